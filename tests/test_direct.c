/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Direct-message field rules (lib/direct*.c, DEN0077A v1.2 §15.2-§15.5, §18;
 * docs/direct_messaging.md): for every rule a call that passes and one that fails because of that
 * rule alone, for each role the rule depends on; every framework message from its proper role and
 * forged by an endpoint; SMC32 garbage that must be ignored; the REQ/RESP_64 x8..x17 window by
 * version.
 */
#include "ffav_test.h"

#define REQ32 0x8400006Full
#define REQ64 0xC400006Full
#define RESP32 0x84000070ull
#define RESP64 0xC4000070ull
#define REQ2 0xC400008Dull
#define RESP2 0xC400008Eull

#define VM1 0x0001u
#define VM2 0x0002u
#define SPMC_ID 0x8000u
#define SP1 0x8001u
#define SP2 0x8002u
#define LP1 0xFFC0u
#define LP_LAST 0xFFFEu
#define SPMD_ID 0xFFFFu

#define FWK 0x80000000ull

#define W1(sender, receiver) (((uint64_t)(sender) << 16) | (uint64_t)(receiver))

static bool id_secure(uint16_t id)
{
	return (id & 0x8000u) != 0;
}

static struct ffav_caller host(uint32_t v)
{
	return ffav_t_caller(FFAV_ROLE_HOST, 0, v, 0);
}

static struct ffav_caller hyp(uint32_t v)
{
	return ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, v, 0);
}

static struct ffav_caller vm(uint32_t v)
{
	return ffav_t_caller(FFAV_ROLE_VM, VM1, v, 0);
}

static struct ffav_caller sp(uint32_t v)
{
	return ffav_t_caller(FFAV_ROLE_SP, SP1, v, 0);
}

static struct ffav_caller spmc(uint32_t v)
{
	return ffav_t_caller(FFAV_ROLE_SPMC, SPMC_ID, v, 0);
}

static struct ffav_caller spmd(uint32_t v)
{
	return ffav_t_caller(FFAV_ROLE_SPMD, SPMD_ID, v, 0);
}

/* r = { x0, x1, x2, x3..x7 }, the rest zero. */
static void mk(uint64_t r[FFAV_NREGS], uint64_t x0, uint64_t x1, uint64_t x2, uint64_t x3,
	       uint64_t x4, uint64_t x5, uint64_t x6, uint64_t x7)
{
	memset(r, 0, FFAV_NREGS * sizeof(r[0]));
	r[0] = x0;
	r[1] = x1;
	r[2] = x2;
	r[3] = x3;
	r[4] = x4;
	r[5] = x5;
	r[6] = x6;
	r[7] = x7;
}

/* ---- Valid calls, per ABI and role ------------------------------------- */

static void valid_requests_per_role(void **state)
{
	static const uint64_t fids[] = { REQ32, REQ64, REQ2 };
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	size_t i;

	(void)state;
	for (i = 0; i < 3; i++) {
		mk(r, fids[i], W1(0, SP1), 0, 1, 2, 3, 4, 5);
		c = host(V12);
		PASS(c, r);
		c = hyp(V12);
		PASS(c, r);
		r[1] = W1(VM2, SP1); /* the hypervisor relays for VM 2 */
		PASS(c, r);
		r[1] = W1(0x7FFF, SP2);
		PASS(c, r);
		r[1] = W1(VM1, SP1);
		c = vm(V12);
		PASS(c, r);
		r[1] = W1(SP1, SP2);
		c = sp(V12);
		PASS(c, r);
		r[1] = W1(SP1, SPMC_ID);
		PASS(c, r);
	}
	/* The SPMC and the SPMD send DIRECT_REQ (partition messages too: EL3 logical
	 * partitions, SPMD logical partitions). */
	mk(r, REQ32, W1(SPMC_ID, SP1), 0, 1, 2, 3, 4, 5);
	c = spmc(V12);
	PASS(c, r);
	r[1] = W1(SPMC_ID, SPMD_ID); /* the SPMC may address the SPMD */
	PASS(c, r);
	c = spmd(V12);
	r[1] = W1(SPMD_ID, SPMC_ID);
	PASS(c, r);
	r[1] = W1(LP1, SP1);
	PASS(c, r);
	r[1] = W1(LP_LAST, SP2);
	PASS(c, r);
	r[0] = REQ64;
	PASS(c, r);
}

static void valid_responses_per_role(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;

	(void)state;
	c = sp(V12);
	mk(r, RESP32, W1(SP1, VM1), 0, 1, 2, 3, 4, 5);
	PASS(c, r);
	r[1] = W1(SP1, 0);
	PASS(c, r);
	r[1] = W1(SP1, SP2);
	PASS(c, r);
	r[1] = W1(SP1, LP1); /* answering an SPMD logical partition */
	PASS(c, r);
	r[1] = W1(SP1, SPMC_ID);
	PASS(c, r);
	r[0] = RESP64;
	PASS(c, r);
	r[0] = RESP2;
	r[2] = 0;
	r[3] = 0;
	PASS(c, r);
	c = spmc(V12);
	mk(r, RESP32, W1(SPMC_ID, SPMD_ID), 0, 1, 2, 3, 4, 5);
	PASS(c, r);
	r[1] = W1(SPMC_ID, 0);
	PASS(c, r);
	c = spmd(V12);
	mk(r, RESP32, W1(SPMD_ID, SPMC_ID), 0, 1, 2, 3, 4, 5);
	PASS(c, r);
	r[0] = RESP64;
	PASS(c, r);
}

/* ---- Who answers ------------------------------------------------------- */

static void responses_from_the_normal_world(void **state)
{
	static const uint64_t fids[] = { RESP32, RESP64, RESP2 };
	uint64_t r[FFAV_NREGS];
	size_t i;

	(void)state;
	for (i = 0; i < 3; i++) {
		struct ffav_caller c;

		uint32_t rule =
			i == 2 ? FFAV_RULE_DIRECT_RESP2_CALLER : FFAV_RULE_DIRECT_RESP_CALLER;

		/* The Non-secure physical instance has only the ERET row for RESP and RESP2
		 * (DEN0077A v1.3 Tables 15.10, 15.18): host and hypervisor get NOT_SUPPORTED. */
		mk(r, fids[i], W1(0, SP1), 0, 0, 0, 0, 0, 0);
		c = hyp(V12);
		FAIL(c, r, rule, 0);
		c = host(V12);
		FAIL(c, r, rule, 0);
		r[1] = W1(SP1, 0);
		c = sp(V12);
		PASS(c, r);
		/* A VM responds at the Non-secure virtual instance (VM-to-VM messaging), in its
		 * own name. */
		r[1] = W1(VM2, VM1);
		c = vm(V12);
		c.id = VM2;
		PASS(c, r);
		r[1] = W1(VM1, VM2);
		FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
		/* The SPMC and the SPMD respond at the Secure physical instance. */
		c = spmc(V12);
		r[1] = W1(SPMC_ID, SPMD_ID);
		PASS(c, r);
	}
}

/* ---- w1 ---------------------------------------------------------------- */

static void x1_upper_half_of_smc64(void **state)
{
	static const uint64_t fids[] = { REQ64, RESP64, REQ2, RESP2 };
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		bool req = fids[i] == REQ64 || fids[i] == REQ2;

		mk(r, fids[i], 0xDEAD000000000000ull | (req ? W1(SP1, SP2) : W1(SP1, VM1)), 0, 0, 0,
		   0, 0, 0);
		c = sp(V12);
		PASS(c, r); /* ignored by default */
		c.policy = FFAV_POLICY_REJECT_UPPER_HALVES;
		FAIL(c, r, FFAV_RULE_DIRECT_X1_UPPER, 1);
		ffav_check(&c, r, &d);
		assert_int_equal(d.bits, 0xDEAD000000000000ull);
		r[1] &= 0xFFFFFFFFull;
		PASS(c, r);
	}
	/* From the Normal world too. */
	mk(r, REQ64, (1ull << 32) | W1(0, SP1), 0, 0, 0, 0, 0, 0);
	c = hyp(V12);
	PASS(c, r);
	c.policy = FFAV_POLICY_REJECT_UPPER_HALVES;
	FAIL(c, r, FFAV_RULE_DIRECT_X1_UPPER, 1);
}

static void secure_sender_from_the_normal_world(void **state)
{
	static const uint64_t fids[] = { REQ32, REQ64, REQ2 };
	struct ffav_caller nwd[3];
	uint64_t r[FFAV_NREGS];
	size_t i, k;

	(void)state;
	nwd[0] = host(V12);
	nwd[1] = hyp(V12);
	nwd[2] = vm(V12);
	for (i = 0; i < 3; i++) {
		for (k = 0; k < 3; k++) {
			mk(r, fids[i], W1(SP2, SP1), 0, 0, 0, 0, 0, 0);
			FAIL(nwd[k], r, FFAV_RULE_DIRECT_SENDER_SECURE, 1);
			r[1] = W1(SPMD_ID, SP1);
			FAIL(nwd[k], r, FFAV_RULE_DIRECT_SENDER_SECURE, 1);
			r[1] = W1(nwd[k].id, SP1);
			PASS(nwd[k], r);
		}
	}
}

static void sender_is_the_caller(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;

	(void)state;
	/* Host: only ID 0 (a pKVM host shares it with the hypervisor). */
	c = host(V12);
	mk(r, REQ32, W1(VM1, SP1), 0, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
	ffav_check(&c, r, &d);
	assert_int_equal(d.bits, 0x00010000);
	r[1] = W1(0, SP1);
	PASS(c, r);
	/* A VM names itself, not another VM nor the hypervisor. */
	c = vm(V12);
	r[1] = W1(VM2, SP1);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
	r[1] = W1(0, SP1);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
	r[0] = REQ2;
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
	r[1] = W1(VM1, SP1);
	PASS(c, r);
	/* The hypervisor relays for any Normal-world ID. */
	c = hyp(V12);
	r[0] = REQ64;
	r[1] = W1(0x7FFF, SP1);
	PASS(c, r);
	/* An SP names itself. */
	c = sp(V12);
	r[1] = W1(SP2, SP1);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
	r[0] = RESP32;
	r[1] = W1(SP2, VM1);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
	r[0] = RESP2;
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
	r[1] = W1(SP1, VM1);
	PASS(c, r);
	/* The SPMC names itself. */
	c = spmc(V12);
	mk(r, REQ32, W1(SP2, SP1), 0, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
	r[1] = W1(SPMC_ID, SP1);
	PASS(c, r);
	/* The SPMD names itself or one of its logical partitions. */
	c = spmd(V12);
	r[1] = W1(SPMC_ID, SP1);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
	r[0] = RESP32;
	r[1] = W1(SP2, SPMC_ID);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1);
	r[1] = W1(LP1, SPMC_ID);
	PASS(c, r);
}

static void sender_is_not_the_receiver(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;

	(void)state;
	c = host(V12);
	mk(r, REQ32, W1(0, 0), 0, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_IS_RECEIVER, 1);
	c = hyp(V12);
	r[1] = W1(VM2, VM2);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_IS_RECEIVER, 1);
	ffav_check(&c, r, &d);
	assert_int_equal(d.bits, 0x00020002);
	r[1] = W1(VM2, VM1); /* no ERET row at NS physical (DEN0077A v1.3 Table 15.6) */
	FAIL(c, r, FFAV_RULE_DIRECT_REQ_TO_NWD, 1);
	r[1] = W1(VM2, SP1);
	PASS(c, r);
	c = vm(V12); /* VM to VM at the Non-secure virtual instance */
	r[1] = W1(VM1, VM2);
	PASS(c, r);
	c = vm(V12);
	r[0] = REQ2;
	r[1] = W1(VM1, VM1);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_IS_RECEIVER, 1);
	r[1] = W1(VM1, SP1);
	PASS(c, r);
	c = sp(V12);
	r[0] = REQ64;
	r[1] = W1(SP1, SP1);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_IS_RECEIVER, 1);
	r[0] = RESP64;
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_IS_RECEIVER, 1);
	r[0] = RESP2;
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_IS_RECEIVER, 1);
	r[1] = W1(SP1, SP2);
	PASS(c, r);
	c = spmc(V12);
	r[0] = RESP32;
	r[1] = W1(SPMC_ID, SPMC_ID);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_IS_RECEIVER, 1);
	r[1] = W1(SPMC_ID, SPMD_ID);
	PASS(c, r);
	c = spmd(V12);
	r[0] = REQ32;
	r[1] = W1(SPMD_ID, SPMD_ID);
	FAIL(c, r, FFAV_RULE_DIRECT_SENDER_IS_RECEIVER, 1);
	r[1] = W1(SPMD_ID, SPMC_ID);
	PASS(c, r);
}

static void no_requests_into_the_normal_world(void **state)
{
	struct ffav_caller secure[3];
	uint64_t r[FFAV_NREGS];
	size_t k;

	(void)state;
	secure[0] = sp(V12);
	secure[1] = spmc(V12);
	secure[2] = spmd(V12);
	for (k = 0; k < 3; k++) {
		mk(r, REQ32, W1(secure[k].id, VM1), 0, 0, 0, 0, 0, 0);
		FAIL(secure[k], r, FFAV_RULE_DIRECT_REQ_TO_NWD, 1);
		r[1] = W1(secure[k].id, 0);
		FAIL(secure[k], r, FFAV_RULE_DIRECT_REQ_TO_NWD, 1);
		r[0] = REQ64;
		FAIL(secure[k], r, FFAV_RULE_DIRECT_REQ_TO_NWD, 1);
		r[1] = W1(secure[k].id, SP2);
		PASS(secure[k], r);
	}
	/* REQ2: SPs only. */
	mk(r, REQ2, W1(SP1, VM1), 0, 0, 0, 0, 0, 0);
	FAIL(secure[0], r, FFAV_RULE_DIRECT_REQ_TO_NWD, 1);
	r[1] = W1(SP1, SP2);
	PASS(secure[0], r);
	/* A response into the Normal world is how a request from there completes. */
	mk(r, RESP32, W1(SP1, VM1), 0, 0, 0, 0, 0, 0);
	PASS(secure[0], r);
}

static void spmd_ids(void **state)
{
	static const uint64_t fids[] = { REQ32, REQ64, REQ2 };
	struct ffav_caller c;
	uint64_t r[FFAV_NREGS];
	size_t i;

	(void)state;
	for (i = 0; i < 3; i++) {
		/* Nobody sends a request to an SPMD logical partition... */
		c = host(V12);
		mk(r, fids[i], W1(0, LP1), 0, 0, 0, 0, 0, 0);
		FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
		r[1] = W1(0, SPMD_ID); /* ...nor, from the Normal world, to the SPMD */
		FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
		r[1] = W1(0, SP1);
		PASS(c, r);
		c = hyp(V12);
		r[1] = W1(VM1, LP_LAST);
		FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
		r[1] = W1(VM1, SP1);
		PASS(c, r);
		c = vm(V12);
		r[1] = W1(VM1, SPMD_ID);
		FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
		r[1] = W1(VM1, SP1);
		PASS(c, r);
		c = sp(V12);
		r[1] = W1(SP1, LP1);
		FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
		r[1] = W1(SP1, SPMD_ID);
		FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
		r[1] = W1(SP1, 0xFFBF); /* just below the range: an ordinary secure ID */
		PASS(c, r);
	}
	/* The SPMC may address the SPMD, not its logical partitions. */
	c = spmc(V12);
	mk(r, REQ32, W1(SPMC_ID, SPMD_ID), 0, 0, 0, 0, 0, 0);
	PASS(c, r);
	r[1] = W1(SPMC_ID, LP1);
	FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
	/* The SPMD's logical partitions send; they do not receive. */
	c = spmd(V12);
	r[1] = W1(LP1, LP_LAST);
	FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
	r[1] = W1(SPMD_ID, LP1);
	FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
	r[1] = W1(LP1, SPMC_ID);
	PASS(c, r);
	/* As sender, the range is the SPMD's: an SP or SPMC whose own ID falls in it may not
	 * use it. */
	c = ffav_t_caller(FFAV_ROLE_SP, 0xFFC1, V12, 0);
	r[1] = W1(0xFFC1, SP1);
	FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
	c = ffav_t_caller(FFAV_ROLE_SPMC, SPMD_ID, V12, 0);
	r[0] = RESP32;
	r[1] = W1(SPMD_ID, SP1);
	FAIL(c, r, FFAV_RULE_DIRECT_SPMD_ID, 1);
	c = spmc(V12);
	r[1] = W1(SPMC_ID, SP1);
	PASS(c, r);
}

/* ---- w2 of REQ/RESP ---------------------------------------------------- */

static void x2_upper_half_of_smc64(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;

	(void)state;
	c = vm(V12);
	mk(r, REQ64, W1(VM1, SP1), 0x100000000ull, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FLAGS_UPPER, 2);
	ffav_check(&c, r, &d);
	assert_int_equal(d.bits, 0x100000000ull);
	c.policy = FFAV_POLICY_IGNORE_SBZ; /* MBZ: not relaxed */
	FAIL(c, r, FFAV_RULE_DIRECT_FLAGS_UPPER, 2);
	r[2] = 0;
	PASS(c, r);
	c = sp(V10); /* at v1.0 too */
	mk(r, RESP64, W1(SP1, VM1), 0xFFFFFFFF00000000ull, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FLAGS_UPPER, 2);
	r[2] = 0;
	PASS(c, r);
	/* A framework message on SMC64 too. */
	c = spmd(V12);
	mk(r, REQ64, W1(SPMD_ID, SPMC_ID), 0x0000000180000000ull, 0x84000002, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FLAGS_UPPER, 2);
	r[2] = FWK;
	PASS(c, r);
	/* SMC32: x2[63:32] is not part of the call. */
	r[0] = REQ32;
	r[2] = 0x1234567880000000ull;
	PASS(c, r);
}

static void flags_reserved_at_v1_0(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;

	(void)state;
	c = vm(V10);
	mk(r, REQ32, W1(VM1, SP1), FWK, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FLAGS_V10, 2);
	r[2] = 1;
	FAIL(c, r, FFAV_RULE_DIRECT_FLAGS_V10, 2);
	r[2] = 0;
	PASS(c, r);
	c = sp(V10);
	mk(r, RESP64, W1(SP1, VM1), FWK | 2, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FLAGS_V10, 2);
	r[2] = 0;
	PASS(c, r);
	/* Even from a framework role. */
	c = spmd(V10);
	mk(r, REQ32, W1(SPMD_ID, SPMC_ID), FWK, 0x84000002, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FLAGS_V10, 2);
	c.version = V11;
	PASS(c, r);
}

static void partition_message_flags(void **state)
{
	static const uint32_t bad[] = { 1, 0xFFFF, 0x00000100, 0x7FFFFFFF };
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		c = vm(V12);
		/* w2[7:0] MBZ, w2[30:8] SBZ (DEN0077A v1.3 Tables 15.7, 15.11) */
		uint32_t rule = (bad[i] & 0xFF) != 0 ? FFAV_RULE_DIRECT_PARTITION_FLAGS
						     : FFAV_RULE_DIRECT_PARTITION_FLAGS_SBZ;

		mk(r, REQ32, W1(VM1, SP1), bad[i], 0, 0, 0, 0, 0);
		FAIL(c, r, rule, 2);
		ffav_check(&c, r, &d);
		assert_int_equal(d.bits, (bad[i] & 0xFF) != 0 ? bad[i] & 0xFF : bad[i]);
		c.policy = FFAV_POLICY_IGNORE_SBZ | FFAV_POLICY_ENDPOINT_FRAMEWORK;
		if ((bad[i] & 0xFF) != 0) /* MBZ */
			FAIL(c, r, FFAV_RULE_DIRECT_PARTITION_FLAGS, 2);
		else
			PASS(c, r);
		c = sp(V13);
		mk(r, RESP64, W1(SP1, VM1), bad[i], 0, 0, 0, 0, 0);
		FAIL(c, r, rule, 2);
		r[2] = 0;
		PASS(c, r);
	}
	/* docs/direct_messaging.md, disagreement 2: refused on requests from v1.2 too (the ACS
	 * stopped checking), w2[30:8] under the SBZ rule. */
	c = host(V13);
	mk(r, REQ64, W1(0, SP1), 0xFFFF, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_PARTITION_FLAGS, 2);
	r[2] = 0xFF00;
	FAIL(c, r, FFAV_RULE_DIRECT_PARTITION_FLAGS_SBZ, 2);
}

/* ---- REQ2 / RESP2 ------------------------------------------------------ */

static void req2_uuid_is_payload(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	unsigned int n;

	(void)state;
	/* a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8 (DEN0077A v1.2 §15.4; docs/vector-format.md §2) */
	mk(r, REQ2, W1(VM1, SP1), 0xc2c1b2b1a4a3a2a1ull, 0xd8d7d6d5d4d3d2d1ull, 0, 0, 0, 0);
	for (n = 4; n < FFAV_NREGS; n++)
		r[n] = ~0ull - n;
	c = vm(V12);
	PASS(c, r);
	c.version = V13;
	PASS(c, r);
	r[2] = 0; /* nil UUID */
	r[3] = 0;
	PASS(c, r);
	/* A REQ2 with "framework" bits in x2 is just a UUID. */
	r[2] = FWK | 4;
	PASS(c, r);
}

static void resp2_reserved_registers(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;
	unsigned int n;

	(void)state;
	c = sp(V12);
	mk(r, RESP2, W1(SP1, VM1), 0, 0, 0, 0, 0, 0);
	for (n = 4; n < FFAV_NREGS; n++)
		r[n] = 0x1000 + n; /* payload */
	PASS(c, r);
	r[2] = 0x8000000000000000ull;
	FAIL(c, r, FFAV_RULE_DIRECT_RESP2_RESERVED, 2);
	ffav_check(&c, r, &d);
	assert_int_equal(d.bits, 0x8000000000000000ull);
	c.policy = FFAV_POLICY_IGNORE_SBZ; /* SBZ (DEN0077A v1.3 Table 15.19): relaxed */
	PASS(c, r);
	c.policy = 0;
	r[2] = FWK | 5; /* not a framework flag word (TF-A's reading is not followed) */
	FAIL(c, r, FFAV_RULE_DIRECT_RESP2_RESERVED, 2);
	r[2] = 0;
	r[3] = 1;
	FAIL(c, r, FFAV_RULE_DIRECT_RESP2_RESERVED, 3);
	r[3] = 0;
	PASS(c, r);
}

/* ---- x8..x17 and SMC32 garbage ----------------------------------------- */

static void smc64_x8_to_x17_by_version(void **state)
{
	static const uint64_t fids[] = { REQ64, RESP64 };
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	size_t i;
	unsigned int n;

	(void)state;
	for (i = 0; i < 2; i++) {
		for (n = 8; n < FFAV_NREGS; n++) {
			mk(r, fids[i], W1(SP1, i == 0 ? SP2 : VM1), 0, 3, 4, 5, 6, 7);
			r[n] = 0xF0F0F0F0F0F0F0F0ull;
			c = sp(V11); /* not part of the call */
			PASS(c, r);
			c.version = V12; /* reserved */
			FAIL(c, r, i == 0 ? FFAV_RULE_DIRECT_REQ_SBZ : FFAV_RULE_DIRECT_RESP_SBZ,
			     n);
			c.policy = FFAV_POLICY_IGNORE_SBZ;
			PASS(c, r);
			c.policy = 0;
			c.version = V13; /* payload */
			PASS(c, r);
		}
	}
	/* REQ2/RESP2: payload at every version that has them. */
	mk(r, REQ2, W1(SP1, SP2), 0, 0, 0, 0, 0, 0);
	for (n = 4; n < FFAV_NREGS; n++)
		r[n] = ~0ull;
	c = sp(V12);
	PASS(c, r);
	r[0] = RESP2;
	PASS(c, r);
}

static void smc32_garbage_is_ignored(void **state)
{
	static const uint32_t versions[] = { V11, V12, V13 };
	uint64_t r[FFAV_NREGS];
	unsigned int n;
	size_t v;

	(void)state;
	for (v = 0; v < 3; v++) {
		struct ffav_caller c;

		/* A partition message from a VM. */
		mk(r, REQ32, 0xDEADBEEF00000000ull | W1(VM1, SP1), 0xFFFFFFFF00000000ull, 1, 2, 3,
		   4, 5);
		for (n = 3; n <= 7; n++)
			r[n] |= 0xA5A5A5A500000000ull;
		for (n = 8; n < FFAV_NREGS; n++)
			r[n] = 0x5A5A5A5A5A5A5A5Aull + n;
		c = vm(versions[v]);
		PASS(c, r);
		/* A response from an SP. */
		r[0] = RESP32;
		r[1] = 0x1234567800000000ull | W1(SP1, VM1);
		c = sp(versions[v]);
		PASS(c, r);
		/* A framework request from the SPMD: w7 is SBZ, its upper half is not. */
		r[0] = REQ32;
		r[1] = 0xFFFFFFFF00000000ull | W1(SPMD_ID, SPMC_ID);
		r[2] = 0xFFFFFFFF00000000ull | FWK;
		r[7] = 0xFFFFFFFF00000000ull;
		c = spmd(versions[v]);
		PASS(c, r);
		/* A framework response from an SP, w4..w7 zero in their low halves. */
		r[0] = RESP32;
		r[1] = 0xFFFFFFFF00000000ull | W1(SP1, SPMC_ID);
		r[2] = 0x0000000100000000ull | FWK | 2;
		r[3] = 0xFFFFFFFF00000000ull;
		for (n = 4; n <= 7; n++)
			r[n] = 0x0000000100000000ull << (n - 4);
		c = sp(versions[v]);
		PASS(c, r);
		/* Under the strict policy the calling convention rejects them instead. */
		c.policy = FFAV_POLICY_REJECT_UPPER_HALVES;
		FAIL(c, r, FFAV_RULE_CC_UPPER_HALF, 1);
	}
}

/* ---- Framework header -------------------------------------------------- */

static void framework_reserved_bits(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;
	unsigned int bit;

	(void)state;
	c = spmd(V12);
	for (bit = 8; bit <= 30; bit++) {
		mk(r, REQ32, W1(SPMD_ID, SPMC_ID), FWK | (1ull << bit), 0x84000002, 0, 0, 0, 0);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_FLAGS_RESERVED, 2);
		ffav_check(&c, r, &d);
		assert_int_equal(d.bits, 1ull << bit);
	}
	r[2] = FWK;
	PASS(c, r);
	c = sp(V12);
	mk(r, RESP32, W1(SP1, SPMC_ID), FWK | 0x00010002, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_FLAGS_RESERVED, 2);
	r[2] = FWK | 2;
	PASS(c, r);
}

static void framework_unknown_types(void **state)
{
	static const uint32_t unknown[] = { 0x03, 0x10, 0x11, 0x7F, 0x80, 0xFF };
	uint64_t r[FFAV_NREGS];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		struct ffav_caller c;

		c = spmd(V13);
		mk(r, REQ32, W1(SPMD_ID, SPMC_ID), FWK | unknown[i], 0, 0, 0, 0, 0);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_TYPE_UNKNOWN, 2);
		c = sp(V13);
		mk(r, RESP32, W1(SP1, SPMC_ID), FWK | unknown[i], 0, 0, 0, 0, 0);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_TYPE_UNKNOWN, 2);
		/* Unknown before the endpoint question: the policy does not help. */
		c.policy = FFAV_POLICY_ENDPOINT_FRAMEWORK;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_TYPE_UNKNOWN, 2);
		/* Reserved bits of an unknown type: the general label, SBZ (DEN0077A v1.3
		 * Table 15.7), judged first; let through by the policy, the type is not. */
		c.policy = 0;
		r[2] = FWK | 0x100 | unknown[i];
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_FLAGS_RESERVED, 2);
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_TYPE_UNKNOWN, 2);
	}
}

static void framework_types_by_version(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;

	(void)state;
	/* PSCI from v1.1. */
	c = spmd(V11);
	mk(r, REQ32, W1(SPMD_ID, SPMC_ID), FWK, 0x84000002, 0, 0, 0, 0);
	PASS(c, r);
	/* FFA_VERSION messages from v1.1 too (not in DEN0077A v1.3 chapter 18; an SPMD forwards
	 * FFA_VERSION with them at every version; docs/direct_messaging.md). */
	r[2] = FWK | 8;
	r[3] = 0x00010002;
	PASS(c, r);
	c.version = V10; /* no framework messages at v1.0 */
	FAIL(c, r, FFAV_RULE_DIRECT_FLAGS_V10, 2);
	c = spmc(V11);
	mk(r, RESP32, W1(SPMC_ID, SPMD_ID), FWK | 9, 0x00010001, 0, 0, 0, 0);
	PASS(c, r);
	c.version = V12;
	/* Lifecycle messages from v1.3, SMC64 only. */
	mk(r, REQ64, W1(SPMC_ID, SP1), FWK | 0x0A, 1, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_TYPE_TOO_NEW, 2);
	c.version = V13;
	PASS(c, r);
	c = sp(V12);
	mk(r, RESP64, W1(SP1, SPMC_ID), FWK | 0x0B, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_TYPE_TOO_NEW, 2);
	c.version = V13;
	PASS(c, r);
	c = spmd(V12);
	mk(r, REQ64, W1(LP1, SPMC_ID), FWK | 0x0C, SP1, 0x80000000, 16, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_TYPE_TOO_NEW, 2);
	c.version = V13;
	PASS(c, r);
}

static void framework_direction(void **state)
{
	static const uint32_t responses[] = { 0x02, 0x05, 0x07, 0x09, 0x0B, 0x0D, 0x0F };
	static const uint32_t requests[] = { 0x00, 0x01, 0x04, 0x06, 0x08, 0x0A, 0x0C, 0x0E };
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(responses) / sizeof(responses[0]); i++) {
		c = spmd(V13);
		mk(r, REQ32, W1(SPMD_ID, SPMC_ID), FWK | responses[i], 0, 0, 0, 0, 0);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_RESPONSE_IN_REQ, 2);
		c = sp(V13);
		r[1] = W1(SP1, SP2);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_RESPONSE_IN_REQ, 2);
	}
	for (i = 0; i < sizeof(requests) / sizeof(requests[0]); i++) {
		c = sp(V13);
		mk(r, RESP32, W1(SP1, SPMC_ID), FWK | requests[i], 0, 0, 0, 0, 0);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_REQUEST_IN_RESP, 2);
		c = spmc(V13);
		r[1] = W1(SPMC_ID, SPMD_ID);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_REQUEST_IN_RESP, 2);
	}
	c = sp(V13);
	mk(r, RESP32, W1(SP1, SPMC_ID), FWK | 2, 0, 0, 0, 0, 0);
	PASS(c, r);
}

/* Widths (DEN0077A v1.3 Tables 18.6-18.13: either width; 18.40-18.46: SMC64 only); the
 * FFA_VERSION messages, not in the text, SMC32 only. */
static void framework_width(void **state)
{
	static const uint32_t both_req[] = { 0x00, 0x01, 0x04, 0x06 };
	static const uint32_t both_resp[] = { 0x02, 0x05, 0x07 };
	static const uint32_t smc64_only_req[] = { 0x0A, 0x0C, 0x0E };
	static const uint32_t smc64_only_resp[] = { 0x0B, 0x0D, 0x0F };
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	size_t i;

	(void)state;
	/* PSCI request on REQ_64 (64-bit PSCI arguments), PM response on RESP_64. */
	c = spmc(V13);
	mk(r, REQ64, W1(SPMC_ID, SP1), FWK, 0xC4000001, 0xFFFFFFFF00000000ull, 2, 3, 0);
	PASS(c, r);
	c = sp(V13);
	mk(r, RESP64, W1(SP1, SPMC_ID), FWK | 2, 0, 0, 0, 0, 0);
	PASS(c, r);
	for (i = 0; i < sizeof(both_req) / sizeof(both_req[0]); i++) {
		c = both_req[i] >= 4 ? hyp(V12) : spmd(V12);
		mk(r, REQ64, both_req[i] >= 4 ? W1(0, SP1) : W1(SPMD_ID, SPMC_ID),
		   FWK | both_req[i], 0, 0, both_req[i] >= 4 ? VM1 : 0, 0, 0);
		PASS(c, r);
		r[0] = REQ32;
		PASS(c, r);
	}
	for (i = 0; i < sizeof(both_resp) / sizeof(both_resp[0]); i++) {
		c = sp(V11);
		mk(r, RESP64, W1(SP1, 0), FWK | both_resp[i], 0, 0, 0, 0, 0);
		PASS(c, r);
		r[0] = RESP32;
		PASS(c, r);
	}
	for (i = 0; i < sizeof(smc64_only_req) / sizeof(smc64_only_req[0]); i++) {
		c = spmd(V13);
		mk(r, REQ32, W1(SPMD_ID, SPMC_ID), FWK | smc64_only_req[i], 0, 0, 0, 0, 0);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_WIDTH, 2);
		c = hyp(V13);
		mk(r, REQ32, W1(0, SP1), FWK | smc64_only_req[i], 0, 0, 0, 0, 0);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_WIDTH, 2);
	}
	for (i = 0; i < sizeof(smc64_only_resp) / sizeof(smc64_only_resp[0]); i++) {
		c = sp(V13);
		mk(r, RESP32, W1(SP1, 0), FWK | smc64_only_resp[i], 0, 0, 0, 0, 0);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_WIDTH, 2);
		c = spmc(V13);
		r[1] = W1(SPMC_ID, SPMD_ID);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_WIDTH, 2);
	}
	c = spmd(V13);
	mk(r, REQ64, W1(SPMD_ID, SPMC_ID), FWK | 8, 0x00010002, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_WIDTH, 2);
	c = spmc(V13);
	mk(r, RESP64, W1(SPMC_ID, SPMD_ID), FWK | 9, 0x00010002, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_WIDTH, 2);
}

/* ---- Framework roles: every type from its proper role, and forged ------ */

struct fwk_case {
	uint32_t type;
	uint32_t version;
	uint16_t sender;
	uint16_t receiver;
	uint32_t w3, w4, w5;
};

/* One valid message of each type, and the role that sends it. */
static const struct {
	enum ffav_role role;
	uint16_t id;
	bool request;
	struct fwk_case m;
} proper[] = {
	{ FFAV_ROLE_SPMD, SPMD_ID, true, { 0x00, V11, SPMD_ID, SPMC_ID, 0x84000002, 0, 0 } },
	{ FFAV_ROLE_SPMC, SPMC_ID, true, { 0x00, V11, SPMC_ID, SP1, 0x84000002, 0, 0 } },
	{ FFAV_ROLE_SPMD, SPMD_ID, true, { 0x01, V11, SPMD_ID, SPMC_ID, 0, 0, 0 } },
	{ FFAV_ROLE_SPMC, SPMC_ID, true, { 0x01, V11, SPMC_ID, SP1, 1, 0, 0 } },
	{ FFAV_ROLE_SP, SP1, false, { 0x02, V11, SP1, SPMC_ID, 0, 0, 0 } },
	{ FFAV_ROLE_SPMC, SPMC_ID, false, { 0x02, V11, SPMC_ID, SPMD_ID, 0xFFFFFFFD, 0, 0 } },
	{ FFAV_ROLE_HYPERVISOR, 0, true, { 0x04, V11, 0, SP1, 0x1000, 0, VM1 } },
	{ FFAV_ROLE_SP, SP1, false, { 0x05, V11, SP1, 0, 0, 0, 0 } },
	/* An S-EL1 SPMC that is itself the subscribed partition (Tables 18.11, 18.13). */
	{ FFAV_ROLE_SPMC, SPMC_ID, false, { 0x05, V11, SPMC_ID, 0, 0xFFFFFFF9, 0, 0 } },
	{ FFAV_ROLE_SPMC, SPMC_ID, false, { 0x07, V11, SPMC_ID, 0, 0, 0, 0 } },
	{ FFAV_ROLE_HYPERVISOR, 0, true, { 0x06, V11, 0, SP1, 0, 0, 0x7FFF } },
	{ FFAV_ROLE_SP, SP1, false, { 0x07, V11, SP1, 0, 0xFFFFFFFE, 0, 0 } },
	{ FFAV_ROLE_SPMD, SPMD_ID, true, { 0x08, V11, SPMD_ID, SPMC_ID, 0x00010002, 0, 0 } },
	{ FFAV_ROLE_SPMC, SPMC_ID, false, { 0x09, V11, SPMC_ID, SPMD_ID, 0x00010001, 0, 0 } },
	{ FFAV_ROLE_SPMC, SPMC_ID, true, { 0x0A, V13, SPMC_ID, SP1, 1, 0, 0 } },
	{ FFAV_ROLE_SP, SP1, false, { 0x0B, V13, SP1, SPMC_ID, 0, 0, 0 } },
	{ FFAV_ROLE_SPMD, SPMD_ID, true, { 0x0C, V13, LP1, SPMC_ID, SP1, 0x80000000, 16 } },
	{ FFAV_ROLE_SPMC, SPMC_ID, false, { 0x0D, V13, SPMC_ID, LP1, 0, 0, 0 } },
	{ FFAV_ROLE_SPMD, SPMD_ID, true, { 0x0E, V13, LP_LAST, SPMC_ID, SP1, 0, 0 } },
	{ FFAV_ROLE_SPMC, SPMC_ID, false, { 0x0F, V13, SPMC_ID, LP_LAST, 0xF8, 0, 0 } },
};

#define NPROPER (sizeof(proper) / sizeof(proper[0]))

static void fwk_regs(uint64_t r[FFAV_NREGS], bool request, const struct fwk_case *m,
		     uint16_t sender, uint16_t receiver)
{
	/* The lifecycle messages (0x0A-0x0F) travel in the SMC64 forms only (DEN0077A v1.3
	 * Tables 18.40-18.46). */
	bool smc64 = m->type >= 0x0A;

	mk(r, request ? (smc64 ? REQ64 : REQ32) : (smc64 ? RESP64 : RESP32), W1(sender, receiver),
	   FWK | m->type, m->w3, m->w4, m->w5, 0, 0);
}

static void framework_from_proper_roles(void **state)
{
	uint64_t r[FFAV_NREGS];
	size_t i;

	(void)state;
	for (i = 0; i < NPROPER; i++) {
		struct ffav_caller c =
			ffav_t_caller(proper[i].role, proper[i].id, proper[i].m.version, 0);

		fwk_regs(r, proper[i].request, &proper[i].m, proper[i].m.sender,
			 proper[i].m.receiver);
		PASS(c, r);
		c.version = V13;
		PASS(c, r);
	}
}

/* Each type from every role that does not send it, under an ID that passes the w1 rules:
 * the forged message fails on the role rule alone, and passes for an endpoint under
 * FFAV_POLICY_ENDPOINT_FRAMEWORK. */
static void framework_forged_by_other_roles(void **state)
{
	static const enum ffav_role roles[] = {
		FFAV_ROLE_HOST, FFAV_ROLE_HYPERVISOR, FFAV_ROLE_VM,
		FFAV_ROLE_SP,	FFAV_ROLE_SPMC,	      FFAV_ROLE_SPMD
	};
	static const uint16_t ids[] = { 0, 0, VM1, SP2, SPMC_ID, SPMD_ID };
	uint64_t r[FFAV_NREGS];
	size_t i, k;
	unsigned int forged = 0;

	(void)state;
	for (i = 0; i < NPROPER; i++) {
		for (k = 0; k < 6; k++) {
			struct ffav_caller c = ffav_t_caller(roles[k], ids[k], V13, 0);
			bool nwd = k <= 2;
			bool endpoint = k <= 3;
			uint16_t receiver = proper[i].m.receiver;
			uint16_t sender = ids[k];
			bool own = false;
			size_t j;

			for (j = 0; j < NPROPER; j++)
				own |= proper[j].m.type == proper[i].m.type &&
				       proper[j].role == roles[k];
			if (own)
				continue;
			if (!proper[i].request && k <= 1)
				continue; /* host, hypervisor: the role gate answers first */
			/* A receiver the w1 rules accept from this caller. */
			if (proper[i].request && nwd && !id_secure(receiver))
				receiver = SP1;
			if (proper[i].request &&
			    (receiver == LP1 || receiver == LP_LAST ||
			     (receiver == SPMD_ID && roles[k] != FFAV_ROLE_SPMC)))
				receiver = SP1;
			if (proper[i].request && !nwd && !id_secure(receiver))
				receiver = SP1;
			if (receiver == sender)
				receiver = roles[k] == FFAV_ROLE_SP ? SP1 : SP2;
			fwk_regs(r, proper[i].request, &proper[i].m, sender, receiver);
			FAIL(c, r,
			     proper[i].request ? FFAV_RULE_DIRECT_FWK_REQ_ROLE
					       : FFAV_RULE_DIRECT_FWK_RESP_ROLE,
			     2);
			forged++;
			c.policy = FFAV_POLICY_ENDPOINT_FRAMEWORK;
			if (endpoint)
				PASS(c, r);
			else
				FAIL(c, r,
				     proper[i].request ? FFAV_RULE_DIRECT_FWK_REQ_ROLE
						       : FFAV_RULE_DIRECT_FWK_RESP_ROLE,
				     2);
		}
	}
	assert_true(forged > 40);
}

/* docs/direct_messaging.md, disagreement 11: a guest or a pKVM host forging "VM destroyed" for
 * another VM. */
static void forged_vm_destroyed(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;

	(void)state;
	c = vm(V12);
	mk(r, REQ32, W1(VM1, SP1), FWK | 6, 0, 0, VM2, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_REQ_ROLE, 2);
	r[0] = REQ64; /* both widths carry it (DEN0077A v1.3 Table 18.12) */
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_REQ_ROLE, 2);
	c = host(V12);
	mk(r, REQ32, W1(0, SP1), FWK | 6, 0, 0, VM2, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_REQ_ROLE, 2);
	c = sp(V12);
	mk(r, REQ32, W1(SP1, SP2), FWK | 6, 0, 0, VM2, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_REQ_ROLE, 2);
	/* The hypervisor, in its own name, to an SP: the genuine message. */
	c = hyp(V12);
	mk(r, REQ32, W1(0, SP1), FWK | 6, 0, 0, VM2, 0, 0);
	PASS(c, r);
}

static void framework_sender_id(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;

	(void)state;
	/* The hypervisor announces VM availability as itself, not as a VM it relays for. */
	c = hyp(V12);
	mk(r, REQ32, W1(VM1, SP1), FWK | 4, 0, 0, VM1, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_SENDER_ID, 1);
	ffav_check(&c, r, &d);
	assert_int_equal(d.bits, 0x00010000);
	r[2] = FWK | 6;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_SENDER_ID, 1);
	c.policy = FFAV_POLICY_ENDPOINT_FRAMEWORK;
	PASS(c, r);
	c.policy = 0;
	r[1] = W1(0, SP1);
	PASS(c, r);
	/* The SPMD sends power management and version as itself... */
	c = spmd(V13);
	mk(r, REQ32, W1(LP1, SPMC_ID), FWK, 0x84000002, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_SENDER_ID, 1);
	r[2] = FWK | 1;
	r[3] = 0;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_SENDER_ID, 1);
	r[2] = FWK | 8;
	r[3] = 0x00010003;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_SENDER_ID, 1);
	c.policy = FFAV_POLICY_ENDPOINT_FRAMEWORK; /* not an endpoint: no waiver */
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_SENDER_ID, 1);
	c.policy = 0;
	r[1] = W1(SPMD_ID, SPMC_ID);
	PASS(c, r);
	/* ...and live activation from a logical partition. */
	mk(r, REQ64, W1(SPMD_ID, SPMC_ID), FWK | 0x0C, SP1, 0x80000000, 16, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_SENDER_ID, 1);
	r[2] = FWK | 0x0E;
	r[4] = 0;
	r[5] = 0;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_SENDER_ID, 1);
	r[1] = W1(LP1, SPMC_ID);
	PASS(c, r);
}

static void framework_receiver(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;

	(void)state;
	/* The hypervisor reaches no Normal-world receiver at all (DEN0077A v1.3 Table 15.6):
	 * refused before the framework checks. */
	c = hyp(V12);
	mk(r, REQ32, W1(0, VM1), FWK | 4, 0, 0, VM2, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_REQ_TO_NWD, 1);
	/* The policy lets endpoints send, not send anywhere. */
	c = vm(V12);
	c.policy = FFAV_POLICY_ENDPOINT_FRAMEWORK;
	r[1] = W1(VM1, VM2);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_RECEIVER, 1);
	r[2] = FWK | 6;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_RECEIVER, 1);
	r[1] = W1(VM1, SP1);
	PASS(c, r);
	c = hyp(V12);
	r[1] = W1(0, SP2);
	PASS(c, r);
	/* The diag names the receiver field exactly: w1[15:0]. */
	{
		struct ffav_diag d;

		c = vm(V12);
		c.policy = FFAV_POLICY_ENDPOINT_FRAMEWORK;
		r[1] = W1(VM1, VM2);
		assert_int_not_equal(ffav_t_check(&c, r, &d), FFAV_RET_SUCCESS);
		assert_int_equal(d.rule, FFAV_RULE_DIRECT_FWK_RECEIVER);
		assert_int_equal(d.bits, VM2);
	}
	/* Only VM availability is kept out of the Normal world: a waived endpoint's other
	 * framework requests may go to a VM (PSCI, type 0). */
	c = vm(V12);
	c.policy = FFAV_POLICY_ENDPOINT_FRAMEWORK;
	r[1] = W1(VM1, VM2);
	r[2] = FWK; /* type 0: PSCI */
	PASS(c, r);
}

/* ---- Framework fields -------------------------------------------------- */

static void psci_request_fields(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	unsigned int n;

	(void)state;
	c = spmd(V12);
	mk(r, REQ32, W1(SPMD_ID, SPMC_ID), FWK, 0x84000002, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 1);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_PSCI_SBZ, 7);
	c.policy = FFAV_POLICY_IGNORE_SBZ;
	PASS(c, r);
	c.policy = 0;
	r[7] = 0;
	PASS(c, r);
	c = spmc(V12);
	r[1] = W1(SPMC_ID, SP1);
	r[7] = 0x80;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_PSCI_SBZ, 7);
	/* SMC64: x7, and at v1.3 x8..x17, which are not payload of a framework message. */
	r[0] = REQ64;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_PSCI_SBZ, 7);
	r[7] = 0;
	for (n = 8; n < FFAV_NREGS; n++) {
		r[n] = 1;
		c.version = V11;
		PASS(c, r);
		c.version = V12;
		FAIL(c, r, FFAV_RULE_DIRECT_REQ_SBZ, n);
		c.version = V13;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_PSCI_SBZ, n);
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(c, r);
		c.policy = 0;
		r[n] = 0;
	}
	PASS(c, r);
}

static void warm_boot_fields(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	unsigned int n;

	(void)state;
	c = spmd(V12);
	mk(r, REQ32, W1(SPMD_ID, SPMC_ID), FWK | 1, 0, 0, 0, 0, 0);
	PASS(c, r);
	r[3] = 1;
	PASS(c, r);
	r[3] = 2;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_WARM_BOOT_TYPE, 3);
	c.policy = FFAV_POLICY_IGNORE_SBZ; /* a defined field: not relaxed */
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_WARM_BOOT_TYPE, 3);
	c = spmc(V12);
	mk(r, REQ32, W1(SPMC_ID, SP1), FWK | 1, 0xFFFFFFFF, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_WARM_BOOT_TYPE, 3);
	r[3] = 0;
	for (n = 4; n <= 7; n++) {
		r[n] = 0x10;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_WARM_BOOT_SBZ, n);
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(c, r);
		c.policy = 0;
		r[n] = 0;
	}
	PASS(c, r);
}

/* The status words each response type lists: PM SUCCESS or PSCI DENIED (DEN0077A v1.3 Table
 * 18.8); VM availability 0, -2, -5, -6, -7 (Tables 18.11, 18.13); the stop response an 8-bit
 * status in x3[7:0] (Table 18.41). */
static void framework_response_fields(void **state)
{
	static const struct {
		uint32_t type;
		uint64_t good[5];
		uint64_t bad[5];
	} lists[] = {
		{ 0x02,
		  { 0, 0xFFFFFFFD, 0, 0, 0 },
		  { 1, 0xFFFFFFFF, 0xFFFFFFFA, 0x80000000, 0xFFFFFFF6 } },
		{ 0x05,
		  { 0, 0xFFFFFFFE, 0xFFFFFFFB, 0xFFFFFFFA, 0xFFFFFFF9 },
		  { 1, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFF8, 0xFFFFFFFC } },
		{ 0x07,
		  { 0, 0xFFFFFFFE, 0xFFFFFFFB, 0xFFFFFFFA, 0xFFFFFFF9 },
		  { 1, 0xFFFFFFF6, 0xFFFFFFFD, 0xFFFFFFF8, 0x7FFFFFFF } },
		{ 0x0B, { 0, 0xFF, 0xFE, 0xFA, 0xF9 }, { 1, 0xF8, 0xFB, 0xFD, 0xFC } },
	};
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	size_t i, t;
	unsigned int n;

	(void)state;
	for (t = 0; t < sizeof(lists) / sizeof(lists[0]); t++) {
		uint32_t type = lists[t].type;

		c = sp(V13);
		mk(r, type == 0x0B ? RESP64 : RESP32,
		   W1(SP1, type == 0x05 || type == 0x07 ? 0 : SPMC_ID), FWK | type, 0, 0, 0, 0, 0);
		for (i = 0; i < 5; i++) {
			r[3] = lists[t].good[i];
			PASS(c, r);
			r[3] = lists[t].bad[i];
			FAIL(c, r, FFAV_RULE_DIRECT_FWK_STATUS, 3);
		}
		r[3] = 0;
		for (n = type == 0x0B ? 6 : 4; n <= 7; n++) {
			r[n] = 0x100;
			FAIL(c, r, FFAV_RULE_DIRECT_FWK_RESP_SBZ, n);
			c.policy = FFAV_POLICY_IGNORE_SBZ;
			PASS(c, r);
			c.policy = 0;
			r[n] = 0;
		}
	}
	/* The SPMC answering the SPMD's PSCI request. */
	c = spmc(V12);
	mk(r, RESP32, W1(SPMC_ID, SPMD_ID), FWK | 2, 0xFFFFFFFD, 0, 0, 0, 1);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_RESP_SBZ, 7);
	r[7] = 0;
	PASS(c, r);
	r[3] = 11;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_STATUS, 3);
	/* The FFA_VERSION response: a version or NOT_SUPPORTED. */
	mk(r, RESP32, W1(SPMC_ID, SPMD_ID), FWK | 9, 0x00010002, 0, 0, 0, 0);
	PASS(c, r);
	r[3] = 0xFFFFFFFF;
	PASS(c, r);
	r[3] = 0x7FFFFFFF;
	PASS(c, r);
	r[3] = 0xFFFFFFFE;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_STATUS, 3);
	r[3] = 0x80010002;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_STATUS, 3);
	r[3] = 0x00010002;
	r[4] = 2;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_RESP_SBZ, 4);
	/* PM response on RESP_64 at v1.3: x4..x17 reserved. */
	c = sp(V13);
	mk(r, RESP64, W1(SP1, SPMC_ID), FWK | 2, 0, 0, 0, 0, 0);
	r[17] = 1;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_RESP_SBZ, 17);
	r[17] = 0;
	/* SMC64: the status is the 32-bit w3 (DEN0077A v1.3 Table 18.8); x3[63:32] is read as
	 * SBZ. */
	r[3] = 0xFFFFFFFF00000000ull;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_RESP_SBZ, 3);
	r[3] = 0x00000000FFFFFFFDull;
	PASS(c, r);
	{
		struct ffav_diag d;

		r[3] = 0x0000000100000000ull;
		assert_int_not_equal(ffav_t_check(&c, r, &d), FFAV_RET_SUCCESS);
		assert_int_equal(d.rule, FFAV_RULE_DIRECT_FWK_RESP_SBZ);
		assert_true(d.bits == 0x0000000100000000ull);
	}
}

static void vm_availability_fields(void **state)
{
	static const uint32_t bad_ids[] = { 0, 0x8000, 0x8001, 0xFFFF };
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;
	size_t i;
	unsigned int n;

	(void)state;
	c = hyp(V12);
	for (i = 0; i < sizeof(bad_ids) / sizeof(bad_ids[0]); i++) {
		mk(r, REQ32, W1(0, SP1), FWK | 4, 0xFFFFFFFF, 0xFFFFFFFF, bad_ids[i], 0, 0);
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_VM_ID, 5);
		r[2] = FWK | 6;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_VM_ID, 5);
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_VM_ID, 5);
		c.policy = 0;
	}
	mk(r, REQ32, W1(0, SP1), FWK | 4, 0xFFFFFFFF, 0xFFFFFFFF, 0x7FFF, 0, 0);
	PASS(c, r);
	r[5] = 0x00010001;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_VM_SBZ, 5);
	ffav_check(&c, r, &d);
	assert_int_equal(d.bits, 0x00010000);
	c.policy = FFAV_POLICY_IGNORE_SBZ;
	PASS(c, r);
	c.policy = 0;
	r[5] = VM1;
	for (n = 6; n <= 7; n++) {
		r[n] = 1;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_VM_SBZ, n);
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(c, r);
		c.policy = 0;
		r[n] = 0;
	}
	/* An SP under the endpoint policy: the same fields. */
	c = sp(V12);
	c.policy = FFAV_POLICY_ENDPOINT_FRAMEWORK;
	mk(r, REQ32, W1(SP1, SP2), FWK | 6, 0, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_VM_ID, 5);
	r[5] = VM2;
	PASS(c, r);
}

static void version_request_fields(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	unsigned int n;

	(void)state;
	c = spmd(V12);
	mk(r, REQ32, W1(SPMD_ID, SPMC_ID), FWK | 8, 0x80010002, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_VERSION_REQUESTED, 3);
	c.policy = FFAV_POLICY_IGNORE_SBZ;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_VERSION_REQUESTED, 3);
	c.policy = 0;
	r[3] = 0x00010002;
	PASS(c, r);
	/* v1.2: w4..w7 reserved. */
	for (n = 4; n <= 7; n++) {
		r[n] = 1;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_VERSION_SBZ, n);
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(c, r);
		c.policy = 0;
		r[n] = 0;
	}
	/* v1.3: w4 carries the FFA_VERSION flags. */
	c.version = V13;
	for (n = 0; n <= 2; n++) {
		r[4] = n;
		PASS(c, r);
	}
	r[4] = 3;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_VERSION_FLAGS, 4);
	r[4] = 4;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_VERSION_FLAGS, 4);
	c.policy = FFAV_POLICY_IGNORE_SBZ;
	r[4] = 0x80000001;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_VERSION_FLAGS, 4);
	{
		struct ffav_diag d;

		(void)ffav_check(&c, r, &d);
		assert_int_equal(d.bits, 0x80000000); /* the MBZ bits [31:2], not the query type */
	}
	c.policy = 0;
	r[4] = 1;
	for (n = 5; n <= 7; n++) {
		r[n] = 1;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_VERSION_SBZ, n);
		r[n] = 0;
	}
	PASS(c, r);
}

/* Partition stop request (DEN0077A v1.3 Table 18.40): x3[0] the reason, x3[63:1] MBZ, x4-x7
 * MBZ, x8-x17 read as SBZ. Its response (Table 18.41): x4/x5 the live-state buffer on
 * SUCCESS, SBZ otherwise. */
static void partition_stop_fields(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;
	unsigned int n;

	(void)state;
	c = spmc(V13);
	mk(r, REQ64, W1(SPMC_ID, SP1), FWK | 0x0A, 0, 0, 0, 0, 0);
	PASS(c, r);
	r[3] = 1;
	PASS(c, r);
	r[3] = 3;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_STOP_REASON_MBZ, 3);
	ffav_check(&c, r, &d);
	assert_int_equal(d.bits, 2);
	r[3] = 0x8000000000000001ull;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_STOP_REASON_MBZ, 3);
	c.policy = FFAV_POLICY_IGNORE_SBZ; /* MBZ: not relaxed */
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_STOP_REASON_MBZ, 3);
	c.policy = 0;
	r[3] = 1;
	for (n = 4; n <= 7; n++) {
		r[n] = 0x20;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_STOP_MBZ, n);
		c.policy = FFAV_POLICY_IGNORE_SBZ; /* MBZ: not relaxed */
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_STOP_MBZ, n);
		c.policy = 0;
		r[n] = 0;
	}
	for (n = 8; n < FFAV_NREGS; n++) {
		r[n] = 1;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_LIFECYCLE_SBZ, n);
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(c, r);
		c.policy = 0;
		r[n] = 0;
	}
	PASS(c, r);
	/* w2[30:8] MBZ for the lifecycle messages (Tables 18.40-18.46). */
	r[2] = FWK | 0x100 | 0x0A;
	c.policy = FFAV_POLICY_IGNORE_SBZ;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_FLAGS_MBZ, 2);
	c.policy = 0;
	/* The response: the buffer on SUCCESS, SBZ on an error status; x6, x7 SBZ. */
	c = sp(V13);
	mk(r, RESP64, W1(SP1, SPMC_ID), FWK | 0x0B, 0, 0x10000000, 2, 0, 0);
	PASS(c, r);
	r[3] = 0xFE;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_RESP_SBZ, 4);
	r[4] = 0;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_RESP_SBZ, 5);
	c.policy = FFAV_POLICY_IGNORE_SBZ;
	PASS(c, r);
	c.policy = 0;
	r[5] = 0;
	PASS(c, r);
	r[3] = 0x1FE;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_STATUS_MBZ, 3);
	c.policy = FFAV_POLICY_IGNORE_SBZ; /* MBZ: not relaxed */
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_STATUS_MBZ, 3);
}

/* Live activation (DEN0077A v1.3 Tables 18.43-18.46): the SP ID in x3[15:0], x3[63:16] MBZ;
 * the start request carries the image and manifest in x4-x7, the finish request has x4-x7
 * SBZ; the responses an 8-bit status (ABORTED included) and x4-x7 SBZ. */
static void live_activation_fields(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	unsigned int n;

	(void)state;
	c = spmd(V13);
	mk(r, REQ64, W1(LP1, SPMC_ID), FWK | 0x0C, SP1, 0x80000000, 16, 0x80100000, 1);
	PASS(c, r);
	r[3] = 0x10000u | SP1;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_LA_ID_MBZ, 3);
	r[3] = 0x8000000000000000ull | SP1;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_LA_ID_MBZ, 3);
	r[3] = VM1;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_LA_SP_ID, 3);
	r[3] = SP1;
	r[8] = 1;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_LIFECYCLE_SBZ, 8);
	r[8] = 0;
	r[2] = FWK | 0x0E;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_LIFECYCLE_SBZ, 4);
	c.policy = FFAV_POLICY_IGNORE_SBZ;
	PASS(c, r);
	c.policy = 0;
	for (n = 4; n <= 7; n++)
		r[n] = 0;
	PASS(c, r);
	r[3] = 0x7FFF;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_LA_SP_ID, 3);
	r[3] = 0xFFFF0000u | SP1;
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_LA_ID_MBZ, 3);
	c = spmc(V13);
	for (n = 0x0D; n <= 0x0F; n += 2) {
		mk(r, RESP64, W1(SPMC_ID, LP1), FWK | n, 0xF8, 0, 0, 0, 0); /* ABORTED */
		PASS(c, r);
		r[3] = 0xFB; /* INTERRUPTED: not listed */
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_STATUS, 3);
		r[3] = 0x100;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_STATUS_MBZ, 3);
		r[3] = 0;
		r[7] = 1;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_RESP_SBZ, 7);
	}
}

/* The SMC64 forms of the 32-bit framework fields (VM availability, warm boot): x(n)[63:32]
 * SBZ, as x8-x17. */
static void framework_smc64_upper_halves(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	unsigned int n;

	(void)state;
	c = hyp(V13);
	for (n = 3; n <= 5; n++) {
		mk(r, REQ64, W1(0, SP1), FWK | 4, 0xFFFFFFFF, 0xFFFFFFFF, VM1, 0, 0);
		PASS(c, r);
		r[n] |= 0x100000000ull;
		FAIL(c, r, FFAV_RULE_DIRECT_FWK_VM_SBZ, n);
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(c, r);
		c.policy = 0;
	}
	/* x6 is not a field of VM availability: all of it is SBZ, not only its upper half. */
	{
		struct ffav_diag d;

		mk(r, REQ64, W1(0, SP1), FWK | 4, 0xFFFFFFFF, 0xFFFFFFFF, VM1, 0x100000001ull, 0);
		assert_int_equal(ffav_t_check(&c, r, &d), FFAV_RET_INVALID_PARAMETERS);
		assert_int_equal(d.rule, FFAV_RULE_DIRECT_FWK_VM_SBZ);
		assert_int_equal(d.reg, 6);
		assert_int_equal(d.bits, 0x100000001ull);
	}
	c = spmd(V13);
	mk(r, REQ64, W1(SPMD_ID, SPMC_ID), FWK | 1, 0x100000001ull, 0, 0, 0, 0);
	FAIL(c, r, FFAV_RULE_DIRECT_FWK_WARM_BOOT_SBZ, 3);
	r[3] = 1;
	PASS(c, r);
}

/* Diag bits name the offending field exactly (docs/design.md §3): the receiver half of w1 for
 * a request into the Normal world, w5[15:0] for a bad VM ID. */
static void diag_bits_of_id_fields(void **state)
{
	uint64_t r[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d;

	(void)state;
	c = sp(V12);
	mk(r, REQ32, W1(SP1, VM1), 0, 0, 0, 0, 0, 0);
	r[2] = 0xFFFF;
	assert_int_not_equal(ffav_t_check(&c, r, &d), FFAV_RET_SUCCESS);
	assert_int_equal(d.rule, FFAV_RULE_DIRECT_REQ_TO_NWD);
	assert_int_equal(d.bits, VM1);
	c = hyp(V12);
	mk(r, REQ32, W1(0, SP1), FWK | 4, 0, 0, 0x8001, 0, 0);
	assert_int_not_equal(ffav_t_check(&c, r, &d), FFAV_RET_SUCCESS);
	assert_int_equal(d.rule, FFAV_RULE_DIRECT_FWK_VM_ID);
	assert_int_equal(d.bits, 0x8001);
}

/* A framework status in an SMC64 response: x3[63:32] is named alone, not w3's bits, as SBZ
 * (the text gives the status 32 bits in both widths, DEN0077A v1.3 Table 18.8). */
static void fwk_status_upper_half_bits(void **state)
{
	struct ffav_caller caller = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS] = { 0xC4000070, 0x80018000, 0x80000002, 0x100000000ull };
	struct ffav_diag d;

	(void)state;
	assert_int_equal(ffav_check(&caller, r, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_DIRECT_FWK_RESP_SBZ);
	assert_int_equal(d.reg, 3);
	assert_int_equal(d.bits, 0x100000000ull);
	caller.policy = FFAV_POLICY_IGNORE_SBZ;
	assert_int_equal(ffav_check(&caller, r, &d), FFAV_RET_SUCCESS);
	r[3] = 0x100000001ull; /* the status itself first */
	assert_int_equal(ffav_check(&caller, r, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_DIRECT_FWK_STATUS);
	assert_int_equal(d.bits, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(valid_requests_per_role),
		cmocka_unit_test(diag_bits_of_id_fields),
		cmocka_unit_test(valid_responses_per_role),
		cmocka_unit_test(responses_from_the_normal_world),
		cmocka_unit_test(x1_upper_half_of_smc64),
		cmocka_unit_test(secure_sender_from_the_normal_world),
		cmocka_unit_test(sender_is_the_caller),
		cmocka_unit_test(sender_is_not_the_receiver),
		cmocka_unit_test(no_requests_into_the_normal_world),
		cmocka_unit_test(spmd_ids),
		cmocka_unit_test(x2_upper_half_of_smc64),
		cmocka_unit_test(flags_reserved_at_v1_0),
		cmocka_unit_test(partition_message_flags),
		cmocka_unit_test(req2_uuid_is_payload),
		cmocka_unit_test(resp2_reserved_registers),
		cmocka_unit_test(smc64_x8_to_x17_by_version),
		cmocka_unit_test(smc32_garbage_is_ignored),
		cmocka_unit_test(framework_reserved_bits),
		cmocka_unit_test(framework_unknown_types),
		cmocka_unit_test(framework_types_by_version),
		cmocka_unit_test(framework_direction),
		cmocka_unit_test(framework_width),
		cmocka_unit_test(framework_from_proper_roles),
		cmocka_unit_test(framework_forged_by_other_roles),
		cmocka_unit_test(forged_vm_destroyed),
		cmocka_unit_test(framework_sender_id),
		cmocka_unit_test(framework_receiver),
		cmocka_unit_test(psci_request_fields),
		cmocka_unit_test(warm_boot_fields),
		cmocka_unit_test(framework_response_fields),
		cmocka_unit_test(vm_availability_fields),
		cmocka_unit_test(version_request_fields),
		cmocka_unit_test(partition_stop_fields),
		cmocka_unit_test(fwk_status_upper_half_bits),
		cmocka_unit_test(live_activation_fields),
		cmocka_unit_test(framework_smc64_upper_halves),
	};

	return cmocka_run_group_tests_name("direct messages", tests, NULL, NULL);
}
