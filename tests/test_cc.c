/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The calling-convention layer (docs/design.md §5): every rule with a call that passes and one
 * that fails because of it.
 */
#include "ffav_test.h"
#include "ffav_internal.h" /* ffavi_fid_known() */

/* Valid calls used as the base of every case below. */
#define SP1 0x8001
#define SP2 0x8002
static const uint64_t bind_sp[FFAV_NREGS] = { 0x8400007f, 0x80028001, 0, 1, 0 };
static const uint64_t create_hyp[FFAV_NREGS] = { 0x8400007d, 0x0001, 2 };
static const uint64_t info_get_64[FFAV_NREGS] = { 0xC4000083 };
static const uint64_t req_64_sp[FFAV_NREGS] = { 0xC400006f, 0x80018002, 0, 1, 2, 3, 4, 5 };
static const uint64_t req2_sp[FFAV_NREGS] = { 0xC400008d, 0x80018002, 0x1111, 0x2222, 4 };

static void sve_hint_is_stripped(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	memcpy(r, bind_sp, sizeof(r));
	PASS(sp, r);
	r[0] |= FFAV_FID_SVE_HINT;
	PASS(sp, r);
	assert_true(ffav_covers(r[0]));
	assert_int_equal(ffav_abi_of(r[0]), FFAV_ABI_NOTIFICATION_BIND);
}

static void only_w0_names_the_function(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	memcpy(r, bind_sp, sizeof(r));
	r[0] |= 0xFFFFFFFF00000000ull;
	PASS(sp, r);
	assert_true(ffav_covers(r[0]));
}

static void yielding_call_is_not_ffa(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	memcpy(r, bind_sp, sizeof(r));
	r[0] &= ~(uint64_t)FFAV_FID_FAST;
	FAIL(sp, r, FFAV_RULE_CC_FID_NOT_FAST, 0);
	assert_false(ffav_covers(r[0]));
}

static void owner_must_be_standard_service(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];
	struct ffav_diag d;

	(void)state;
	memcpy(r, bind_sp, sizeof(r));
	r[0] = 0x8500007f; /* owner 5 */
	FAIL(sp, r, FFAV_RULE_CC_FID_OWNER, 0);
	ffav_check(&sp, r, &d);
	assert_int_equal(d.bits, 0x05000000);
	r[0] = 0x8000007f; /* owner 0: Arm architecture calls */
	FAIL(sp, r, FFAV_RULE_CC_FID_OWNER, 0);
	assert_false(ffav_covers(r[0]));
}

static void reserved_fid_bits_are_rejected(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];
	struct ffav_diag d;
	unsigned int bit;

	(void)state;
	memcpy(r, bind_sp, sizeof(r));
	for (bit = 17; bit <= 23; bit++) {
		r[0] = 0x8400007full | (1ull << bit);
		FAIL(sp, r, FFAV_RULE_CC_FID_RESERVED, 0);
		ffav_check(&sp, r, &d);
		assert_int_equal(d.bits, 1ull << bit);
		assert_false(ffav_covers(r[0]));
	}
}

static void unknown_function_numbers(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V13, 0);
	static const uint32_t unknown[] = { 0x84000000, 0x8400005f, 0x84000078,
					    0x84000079, 0x84000091, 0x84000093,
					    0x84000098, 0x8400ffff, 0xC4000091 };
	uint64_t r[FFAV_NREGS];
	size_t i;

	(void)state;
	memcpy(r, bind_sp, sizeof(r));
	for (i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		r[0] = unknown[i];
		FAIL(sp, r, FFAV_RULE_CC_FID_UNKNOWN, 0);
		assert_false(ffav_covers(r[0]));
	}
}

static void wrong_width_encodings(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V13, 0);
	struct ffav_caller hyp = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V13, 0);
	static const uint32_t smc64_of_smc32_only[] = { 0xC400007d, 0xC400007e, 0xC400007f,
							0xC4000080, 0xC4000081, 0xC4000082 };
	uint64_t r[FFAV_NREGS];
	size_t i;

	(void)state;
	memcpy(r, bind_sp, sizeof(r));
	for (i = 0; i < sizeof(smc64_of_smc32_only) / sizeof(smc64_of_smc32_only[0]); i++) {
		r[0] = smc64_of_smc32_only[i];
		FAIL(sp, r, FFAV_RULE_CC_FID_WIDTH, 0);
		assert_false(ffav_covers(r[0]));
	}
	/* REQ2 and RESP2 exist only as SMC64. */
	memcpy(r, req2_sp, sizeof(r));
	PASS(sp, r);
	r[0] = 0x8400008d;
	FAIL(sp, r, FFAV_RULE_CC_FID_WIDTH, 0);
	r[0] = 0x8400008e;
	FAIL(sp, r, FFAV_RULE_CC_FID_WIDTH, 0);
	/* INFO_GET exists in both widths. */
	memcpy(r, info_get_64, sizeof(r));
	PASS(hyp, r);
	r[0] = FFAV_FID_NOTIFICATION_INFO_GET_32;
	PASS(hyp, r);
}

static void functions_newer_than_the_version(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V10, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	/* No notification ABI exists at v1.0. */
	memcpy(r, bind_sp, sizeof(r));
	FAIL(sp, r, FFAV_RULE_CC_FID_TOO_NEW, 0);
	sp.version = V11;
	PASS(sp, r);
	/* REQ2 from v1.2 (docs/direct_messaging.md, disagreement 1: NOT_SUPPORTED, not DENIED). */
	memcpy(r, req2_sp, sizeof(r));
	FAIL(sp, r, FFAV_RULE_CC_FID_TOO_NEW, 0);
	sp.version = V12;
	PASS(sp, r);
	/* BIND2 (v1.3) is covered from v1.3 (DEN0077A v1.3 §16.7); FFA_NS_RES_INFO_GET (v1.3)
	 * is a known FID outside the library's scope. */
	r[0] = 0xC4000094;
	FAIL(sp, r, FFAV_RULE_CC_FID_TOO_NEW, 0);
	sp.version = V13;
	assert_true(ffav_covers(r[0]));
	r[0] = 0xC400008F;
	FAIL(sp, r, FFAV_RULE_CC_NOT_COVERED, 0);
	sp.version = V12;
	FAIL(sp, r, FFAV_RULE_CC_FID_TOO_NEW, 0);
	/* DIRECT_REQ exists from v1.0. */
	memcpy(r, req_64_sp, sizeof(r));
	sp.version = V10;
	r[2] = 0;
	PASS(sp, r);
}

static void retired_functions(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V10, 0);
	uint64_t r[FFAV_NREGS] = { 0x8400006a }; /* FFA_MSG_POLL */

	(void)state;
	FAIL(sp, r, FFAV_RULE_CC_NOT_COVERED, 0);
	sp.version = V11;
	FAIL(sp, r, FFAV_RULE_CC_FID_RETIRED, 0);
}

static void functions_outside_the_covered_set(void **state)
{
	struct ffav_caller hyp = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V12, 0);
	static const uint32_t outside[] = { 0x84000063 /* VERSION */,	0xC4000066 /* RXTX_MAP */,
					    0x84000069 /* ID_GET */,	0x8400006b /* MSG_WAIT */,
					    0x84000086 /* MSG_SEND2 */, 0x84000061 /* SUCCESS */ };
	uint64_t r[FFAV_NREGS] = { 0 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(outside) / sizeof(outside[0]); i++) {
		r[0] = outside[i];
		FAIL(hyp, r, FFAV_RULE_CC_NOT_COVERED, 0);
		assert_false(ffav_covers(r[0]));
		assert_int_equal(ffav_abi_of(r[0]), FFAV_ABI_NONE);
	}
}

static void every_covered_fid_is_covered(void **state)
{
	static const struct {
		uint32_t fid;
		enum ffav_abi abi;
	} covered[] = {
		{ 0x8400007d, FFAV_ABI_NOTIFICATION_BITMAP_CREATE },
		{ 0x8400007e, FFAV_ABI_NOTIFICATION_BITMAP_DESTROY },
		{ 0x8400007f, FFAV_ABI_NOTIFICATION_BIND },
		{ 0x84000080, FFAV_ABI_NOTIFICATION_UNBIND },
		{ 0x84000081, FFAV_ABI_NOTIFICATION_SET },
		{ 0x84000082, FFAV_ABI_NOTIFICATION_GET },
		{ 0x84000083, FFAV_ABI_NOTIFICATION_INFO_GET },
		{ 0xC4000083, FFAV_ABI_NOTIFICATION_INFO_GET },
		{ 0x8400006f, FFAV_ABI_MSG_SEND_DIRECT_REQ },
		{ 0xC400006f, FFAV_ABI_MSG_SEND_DIRECT_REQ },
		{ 0x84000070, FFAV_ABI_MSG_SEND_DIRECT_RESP },
		{ 0xC4000070, FFAV_ABI_MSG_SEND_DIRECT_RESP },
		{ 0xC400008d, FFAV_ABI_MSG_SEND_DIRECT_REQ2 },
		{ 0xC400008e, FFAV_ABI_MSG_SEND_DIRECT_RESP2 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(covered) / sizeof(covered[0]); i++) {
		assert_true(ffav_covers(covered[i].fid));
		assert_int_equal(ffav_abi_of(covered[i].fid), covered[i].abi);
		assert_string_not_equal(ffav_abi_name(covered[i].abi), "");
	}
}

static void smc32_upper_halves_ignored_by_default(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];
	unsigned int n;

	(void)state;
	memcpy(r, bind_sp, sizeof(r));
	for (n = 1; n <= 7; n++)
		r[n] |= 0xDEADBEEF00000000ull;
	PASS(sp, r);
}

static void smc32_upper_halves_rejected_under_policy(void **state)
{
	struct ffav_caller sp =
		ffav_t_caller(FFAV_ROLE_SP, SP1, V12, FFAV_POLICY_REJECT_UPPER_HALVES);
	uint64_t r[FFAV_NREGS];
	struct ffav_diag d;
	unsigned int n;

	(void)state;
	memcpy(r, bind_sp, sizeof(r));
	PASS(sp, r);
	for (n = 1; n <= 7; n++) {
		memcpy(r, bind_sp, sizeof(r));
		r[n] |= 0x0000000100000000ull;
		FAIL(sp, r, FFAV_RULE_CC_UPPER_HALF, n);
		ffav_check(&sp, r, &d);
		assert_int_equal(d.bits, 0x0000000100000000ull);
	}
	/* x8..x17 are not part of an SMC32 call even under the policy. */
	memcpy(r, bind_sp, sizeof(r));
	r[8] = ~0ull;
	r[17] = ~0ull;
	PASS(sp, r);
	/* SMC64 calls are not affected by the policy. */
	memcpy(r, req_64_sp, sizeof(r));
	r[3] = ~0ull;
	PASS(sp, r);
}

static void smc32_x8_to_x17_never_looked_at(void **state)
{
	static const uint32_t versions[] = { V11, V12, V13 };
	uint64_t r[FFAV_NREGS];
	unsigned int n;
	size_t v;

	(void)state;
	for (v = 0; v < 3; v++) {
		struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, versions[v], 0);

		memcpy(r, bind_sp, sizeof(r));
		for (n = 8; n < FFAV_NREGS; n++)
			r[n] = 0xFFFFFFFFFFFFFFFFull - n;
		PASS(sp, r);
	}
}

static void smc64_x8_to_x17_window_follows_version(void **state)
{
	struct ffav_caller hyp = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V11, 0);
	uint64_t r[FFAV_NREGS];
	unsigned int n;

	(void)state;
	for (n = 8; n < FFAV_NREGS; n++) {
		memcpy(r, info_get_64, sizeof(r));
		r[n] = 1;
		hyp.version = V11; /* not part of the call */
		hyp.policy = 0;
		PASS(hyp, r);
		hyp.version = V12; /* reserved, SBZ */
		FAIL(hyp, r, FFAV_RULE_NOTIF_INFO_GET_SBZ, n);
		hyp.version = V13;
		FAIL(hyp, r, FFAV_RULE_NOTIF_INFO_GET_SBZ, n);
		hyp.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(hyp, r);
	}
}

static void smc64_direct_req_x8_to_x17(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V11, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	memcpy(r, req_64_sp, sizeof(r));
	r[12] = 0x1234;
	PASS(sp, r); /* v1.1: not part of the call */
	sp.version = V12;
	FAIL(sp, r, FFAV_RULE_DIRECT_REQ_SBZ, 12); /* v1.2: reserved */
	sp.version = V13;
	PASS(sp, r); /* v1.3: payload */
}

static void unused_registers_up_to_x7(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	struct ffav_caller hyp = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V12, 0);
	uint64_t r[FFAV_NREGS];
	unsigned int n;

	(void)state;
	for (n = 5; n <= 7; n++) {
		memcpy(r, bind_sp, sizeof(r));
		r[n] = 0x80;
		FAIL(sp, r, FFAV_RULE_NOTIF_BIND_SBZ, n);
		sp.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(sp, r);
		sp.policy = 0;
	}
	for (n = 3; n <= 7; n++) {
		memcpy(r, create_hyp, sizeof(r));
		r[n] = 1;
		FAIL(hyp, r, FFAV_RULE_NOTIF_CREATE_SBZ, n);
		/* The upper half of an SMC32 register is not part of the check. */
		r[n] = 0x100000000ull;
		PASS(hyp, r);
	}
	/* INFO_GET_32 has no parameter: each of w1..w7 alone, and the lowest of several is the
	 * one reported (SMC64 x8..x17: smc64_x8_to_x17_window_follows_version). */
	for (n = 1; n <= 7; n++) {
		memset(r, 0, sizeof(r));
		r[0] = FFAV_FID_NOTIFICATION_INFO_GET_32;
		r[n] = 0x10;
		FAIL(hyp, r, FFAV_RULE_NOTIF_INFO_GET_SBZ, n);
		r[7] |= 0x20;
		FAIL(hyp, r, FFAV_RULE_NOTIF_INFO_GET_SBZ, n);
	}
	memset(r, 0, sizeof(r));
	r[0] = FFAV_FID_NOTIFICATION_INFO_GET_64;
	r[1] = 0x100000000ull; /* SMC64: the whole register counts */
	r[9] = 1;
	FAIL(hyp, r, FFAV_RULE_NOTIF_INFO_GET_SBZ, 1);
}

static void caller_description_is_checked(void **state)
{
	struct ffav_caller c = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	struct ffav_diag d;

	(void)state;
	PASS(c, bind_sp);
	c.role = (enum ffav_role)42;
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_ROLE, 0);
	/* The first value past enum ffav_role, with an ID of each kind. */
	c.role = (enum ffav_role)(FFAV_ROLE_SPMD + 1);
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_ROLE, 0);
	c.id = 0;
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_ROLE, 0);
	c.id = 1;
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_ROLE, 0);
	c = ffav_t_caller(FFAV_ROLE_SP, 0x0001, V12, 0); /* an SP with a Normal-world ID */
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_ID, 0);
	c = ffav_t_caller(FFAV_ROLE_HOST, 5, V12, 0);
	FAIL(c, create_hyp, FFAV_RULE_CC_CALLER_ID, 0);
	c = ffav_t_caller(FFAV_ROLE_VM, 0, V12, 0);
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_ID, 0);
	c = ffav_t_caller(FFAV_ROLE_VM, 0x8001, V12, 0);
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_ID, 0);
	c = ffav_t_caller(FFAV_ROLE_SP, SP1, FFAV_VERSION(1, 4), 0);
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_VERSION, 0);
	c.version = FFAV_VERSION(2, 0);
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_VERSION, 0);
	c.version = FFAV_VERSION(0, 9);
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_VERSION, 0);
	c.version = V12;
	c.policy = 1u << 26;
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_POLICY, 0);
	c.policy = 1u << 31;
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_POLICY, 0);
	c.policy = 1u << 4;
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_POLICY, 0);
	/* The notification counts: i <= 320 per class (DEN0077A v1.3 Table 13.14 ID 4). */
	c.policy = FFAV_POLICY_NOTIF_EXTRA_SP(320) | FFAV_POLICY_NOTIF_EXTRA_VM(320);
	PASS(c, bind_sp);
	c.policy = FFAV_POLICY_NOTIF_EXTRA_SP(321);
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_NOTIF_COUNT, 0);
	c.policy = FFAV_POLICY_NOTIF_EXTRA_VM(321);
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_NOTIF_COUNT, 0);
	c.policy = FFAV_POLICY_NOTIF_EXTRA_SP(511) | FFAV_POLICY_NOTIF_EXTRA_VM(1);
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_NOTIF_COUNT, 0);
	c.policy = FFAV_POLICY_ALL;
	FAIL(c, bind_sp, FFAV_RULE_CC_CALLER_NOTIF_COUNT, 0);
	c.policy = (FFAV_POLICY_ALL &
		    ~(FFAV_POLICY_NOTIF_EXTRA_SP_MASK | FFAV_POLICY_NOTIF_EXTRA_VM_MASK)) |
		   FFAV_POLICY_NOTIF_EXTRA_SP(320) | FFAV_POLICY_NOTIF_EXTRA_VM(320);
	PASS(c, bind_sp);
	assert_int_equal(ffav_check(NULL, bind_sp, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(ffav_check(&c, NULL, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
}

static void role_may_invoke_abi(void **state)
{
	struct ffav_caller hyp = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V12, 0);
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	struct ffav_caller spmc = ffav_t_caller(FFAV_ROLE_SPMC, 0x8000, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	PASS(hyp, create_hyp);
	FAIL(sp, create_hyp, FFAV_RULE_NOTIF_CREATE_CALLER, 0);
	PASS(hyp, info_get_64);
	FAIL(sp, info_get_64, FFAV_RULE_NOTIF_INFO_GET_CALLER, 0);
	PASS(sp, bind_sp);
	memcpy(r, bind_sp, sizeof(r));
	r[1] = 0x80028000;
	FAIL(spmc, r, FFAV_RULE_NOTIF_BIND_CALLER, 0);
	/* NOT_SUPPORTED for the role comes before reserved registers. */
	memcpy(r, create_hyp, sizeof(r));
	r[7] = 1;
	FAIL(sp, r, FFAV_RULE_NOTIF_CREATE_CALLER, 0);
	FAIL(hyp, r, FFAV_RULE_NOTIF_CREATE_SBZ, 7);
}

static void per_abi_entry_points(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	struct ffav_diag d;
	uint64_t r[FFAV_NREGS];

	(void)state;
	assert_int_equal(ffav_check_notification_bind(&sp, bind_sp, &d), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_check_notification_unbind(&sp, bind_sp, &d), FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(d.rule, FFAV_RULE_CC_ABI_MISMATCH);
	assert_int_equal(ffav_check_msg_send_direct_req(&sp, req_64_sp, &d), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_check_msg_send_direct_req2(&sp, req2_sp, &d), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_check_msg_send_direct_resp(&sp, req2_sp, &d), FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(d.rule, FFAV_RULE_CC_ABI_MISMATCH);
	/* The entry point still runs the calling-convention layer. */
	memcpy(r, bind_sp, sizeof(r));
	r[0] |= 1u << 20;
	assert_int_equal(ffav_check_notification_bind(&sp, r, &d), FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(d.rule, FFAV_RULE_CC_FID_RESERVED);
}

static void check_never_writes_input(void **state)
{
	struct ffav_caller sp =
		ffav_t_caller(FFAV_ROLE_SP, SP1, V12, FFAV_POLICY_REJECT_UPPER_HALVES);
	uint64_t r[FFAV_NREGS];
	uint64_t copy[FFAV_NREGS];
	struct ffav_caller before;
	unsigned int n;

	(void)state;
	for (n = 0; n < FFAV_NREGS; n++)
		r[n] = 0x0123456789ABCDEFull * (n + 1);
	r[0] = 0x8400007f;
	memcpy(copy, r, sizeof(r));
	before = sp;
	ffav_check(&sp, r, NULL);
	assert_memory_equal(copy, r, sizeof(r));
	assert_memory_equal(&before, &sp, sizeof(sp));
}

/* The function table: one row per function number, the SMC64 ID the SMC32 ID with bit 30 set,
 * every covered ABI once, and the public function-ID constants agree with it. */
#define FN_ROW(name, fid32, fid64, since32, since64, until, abi)                                   \
	{                                                                                          \
		#name,	       fid32, fid64, FFAV_FN_VERSION_##since32, FFAV_FN_VERSION_##since64, \
		FFAV_ABI_##abi                                                                     \
	},
static const struct {
	const char *name;
	uint32_t fid32, fid64;
	uint32_t since32, since64;
	enum ffav_abi abi;
} functions[] = { FFAV_FUNCTIONS(FN_ROW) };
#undef FN_ROW

static void function_table_is_consistent(void **state)
{
	size_t n = sizeof(functions) / sizeof(functions[0]);
	unsigned int covered[FFAV_ABI_COUNT] = { 0 };
	size_t i;

	(void)state;
	for (i = 0; i < n; i++) {
		assert_int_equal(functions[i].fid64, functions[i].fid32 | FFAV_FID_SMC64);
		assert_int_equal(functions[i].fid32 & ~FFAV_FID_NUMBER_MASK,
				 FFAV_FID_FAST | FFAV_FID_OWNER_STANDARD);
		assert_true(i == 0 || functions[i].fid32 > functions[i - 1].fid32);
		assert_string_equal(ffav_function_name(functions[i].fid32), functions[i].name);
		assert_string_equal(ffav_function_name(functions[i].fid64 | FFAV_FID_SVE_HINT),
				    functions[i].name);
		assert_true(functions[i].since32 != FFAV_FN_VERSION_NEVER ||
			    functions[i].since64 != FFAV_FN_VERSION_NEVER);
		if (functions[i].abi != FFAV_ABI_NONE) {
			covered[functions[i].abi]++;
			assert_string_equal(ffav_abi_name(functions[i].abi), functions[i].name);
			assert_int_equal(ffav_abi_of(functions[i].since32 != FFAV_FN_VERSION_NEVER
							     ? functions[i].fid32
							     : functions[i].fid64),
					 functions[i].abi);
		}
	}
	for (i = 1; i < FFAV_ABI_COUNT; i++)
		assert_int_equal(covered[i], 1);
	assert_int_equal(ffav_abi_of(FFAV_FID_NOTIFICATION_BIND), FFAV_ABI_NOTIFICATION_BIND);
	assert_int_equal(ffav_abi_of(FFAV_FID_MSG_SEND_DIRECT_RESP2),
			 FFAV_ABI_MSG_SEND_DIRECT_RESP2);
	assert_string_equal(ffav_function_name(FFAV_FID_ERROR_32), "FFA_ERROR");
	assert_string_equal(ffav_function_name(0x84000078u), ""); /* reserved number */
	assert_string_equal(ffav_function_name(0x84000098u), ""); /* past the table */
	assert_string_equal(ffav_function_name(0x8400005Fu), ""); /* before the table */
	assert_string_equal(ffav_function_name(0x84000000u), "");
	assert_string_equal(ffav_function_name(0x0400007Fu), ""); /* yielding call */
	assert_string_equal(ffav_function_name(0x8500007Fu), ""); /* another owner */
	assert_string_equal(ffav_function_name(0x8402007Fu), ""); /* reserved bits */
	assert_string_equal(ffav_abi_name((enum ffav_abi)FFAV_ABI_COUNT), "");
}

/* ffav_abi_params(): the window the checks judge, by width and version. */
static void abi_params_follow_width_and_version(void **state)
{
	struct ffav_abi_layout p;

	(void)state;
	assert_true(ffav_abi_params(FFAV_VERSION(1, 3), FFAV_FID_MSG_SEND_DIRECT_REQ_64, &p));
	assert_int_equal(p.abi, FFAV_ABI_MSG_SEND_DIRECT_REQ);
	assert_true(p.smc64);
	assert_int_equal(p.last_arg, 17);
	assert_int_equal(p.window_end, 17);
	assert_true(ffav_abi_params(FFAV_VERSION(1, 2), FFAV_FID_MSG_SEND_DIRECT_REQ_64, &p));
	assert_int_equal(p.last_arg, 7);
	assert_int_equal(p.window_end, 17);
	assert_true(ffav_abi_params(FFAV_VERSION(1, 1), FFAV_FID_MSG_SEND_DIRECT_REQ_64, &p));
	assert_int_equal(p.last_arg, 7);
	assert_int_equal(p.window_end, 7);
	assert_true(ffav_abi_params(FFAV_VERSION(1, 3), FFAV_FID_MSG_SEND_DIRECT_REQ_32, &p));
	assert_false(p.smc64);
	assert_int_equal(p.last_arg, 7);
	assert_int_equal(p.window_end, 7);
	assert_true(ffav_abi_params(FFAV_VERSION(1, 2),
				    FFAV_FID_NOTIFICATION_BIND | FFAV_FID_SVE_HINT, &p));
	assert_int_equal(p.abi, FFAV_ABI_NOTIFICATION_BIND);
	assert_int_equal(p.last_arg, 4);
	assert_int_equal(p.window_end, 7);
	assert_true(ffav_abi_params(FFAV_VERSION(1, 3), FFAV_FID_NOTIFICATION_BITMAP_CREATE, &p));
	assert_int_equal(p.last_arg, 3);
	assert_true(ffav_abi_params(FFAV_VERSION(1, 2), FFAV_FID_NOTIFICATION_INFO_GET_64, &p));
	assert_int_equal(p.last_arg, 0);
	assert_int_equal(p.window_end, 17);
	assert_false(ffav_abi_params(FFAV_VERSION(1, 2), FFAV_FID_ERROR_32, &p));
	assert_int_equal(p.abi, FFAV_ABI_NONE);
	assert_int_equal(p.last_arg, 0);
	assert_int_equal(p.window_end, 0);
}

/* Assert a rejection by rule with diag register 0 and no offending bits. */
static void fail_reg0_nobits(const struct ffav_caller *c, const uint64_t regs[FFAV_NREGS],
			     uint32_t rule)
{
	struct ffav_diag d;

	assert_int_not_equal(ffav_t_check(c, regs, &d), FFAV_RET_SUCCESS);
	assert_int_equal(d.rule, rule);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);
}

/* Every rejection of the caller description, of the function ID and of the role gate is
 * about the call as a whole: register 0, no offending bits (x0 has bit 0 set so that a
 * stray bits value would still be a subset of it). */
static void cc_rejections_name_no_bits(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	struct ffav_caller c;
	uint64_t r[FFAV_NREGS] = { 0x8400007f, 0x80028001, 0, 1 };
	struct ffav_diag d;

	(void)state;
	c = sp;
	c.role = (enum ffav_role)42;
	fail_reg0_nobits(&c, r, FFAV_RULE_CC_CALLER_ROLE);
	c = sp;
	c.id = 1;
	fail_reg0_nobits(&c, r, FFAV_RULE_CC_CALLER_ID);
	c = sp;
	c.version = FFAV_VERSION(1, 4);
	fail_reg0_nobits(&c, r, FFAV_RULE_CC_CALLER_VERSION);
	c = sp;
	c.policy = 1u << 31;
	fail_reg0_nobits(&c, r, FFAV_RULE_CC_CALLER_POLICY);

	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_check(NULL, r, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);

	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_check_notification_set(&sp, r, &d), FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(d.rule, FFAV_RULE_CC_ABI_MISMATCH);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);

	c = ffav_t_caller(FFAV_ROLE_SPMC, 0x8000, V12, 0);
	fail_reg0_nobits(&c, r, FFAV_RULE_NOTIF_BIND_CALLER);

	r[0] = 0x0400007f; /* yielding */
	fail_reg0_nobits(&sp, r, FFAV_RULE_CC_FID_NOT_FAST);
	r[0] = 0xC4000097; /* NOTIFICATION_GET2_64: only from v1.3 */
	fail_reg0_nobits(&sp, r, FFAV_RULE_CC_FID_TOO_NEW);
	c = sp;
	c.version = V11;
	r[0] = 0x8400006e; /* FFA_MSG_SEND, retired after v1.0 */
	fail_reg0_nobits(&c, r, FFAV_RULE_CC_FID_RETIRED);
	r[0] = 0x84000063; /* FFA_VERSION */
	fail_reg0_nobits(&sp, r, FFAV_RULE_CC_NOT_COVERED);
}

/* The first and the last FF-A function numbers are in the table (0x60 and 0x97), their
 * neighbours are not. */
static void function_number_range_edges(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V13, 0);
	uint64_t r[FFAV_NREGS] = { 0 };

	(void)state;
	r[0] = FFAV_FID_ERROR_32; /* 0x60 */
	FAIL(sp, r, FFAV_RULE_CC_NOT_COVERED, 0);
	r[0] = 0x8400005F;
	FAIL(sp, r, FFAV_RULE_CC_FID_UNKNOWN, 0);
	r[0] = 0xC4000097; /* NOTIFICATION_GET2 at v1.3: covered, the last function number */
	FAIL(sp, r, FFAV_RULE_NOTIF_GET2_RECEIVER, 1);
	r[0] = 0x84000097; /* GET2 has no SMC32 form */
	FAIL(sp, r, FFAV_RULE_CC_FID_WIDTH, 0);
	r[0] = 0xC4000098;
	FAIL(sp, r, FFAV_RULE_CC_FID_UNKNOWN, 0);
}

/* A per-ABI entry point called with a valid FF-A function outside the covered set says so,
 * before the ABI mismatch. */
static void per_abi_entry_with_uncovered_function(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS] = { 0x84000063 }; /* FFA_VERSION */
	struct ffav_diag d;

	(void)state;
	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_check_notification_bind(&sp, r, &d), FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(d.rule, FFAV_RULE_CC_NOT_COVERED);
}

/* Under FFAV_POLICY_REJECT_UPPER_HALVES only x1..x7 are judged: x0's upper half is not a
 * parameter (only w0 names the function). */
static void upper_halves_policy_skips_x0(void **state)
{
	struct ffav_caller sp =
		ffav_t_caller(FFAV_ROLE_SP, SP1, V12, FFAV_POLICY_REJECT_UPPER_HALVES);
	uint64_t r[FFAV_NREGS] = { 0xFFFFFFFF8400007full, 0x80028001, 0, 1 };

	(void)state;
	PASS(sp, r);
}

/* Every per-ABI entry point answers as ffav_check() does for its own ABI, and says
 * CC_ABI_MISMATCH for the others. */
static void every_per_abi_entry_point(void **state)
{
	static const struct {
		int32_t (*fn)(const struct ffav_caller *, const uint64_t *, struct ffav_diag *);
		uint32_t fid;
	} entries[] = {
		{ ffav_check_notification_bitmap_create, 0x8400007D },
		{ ffav_check_notification_bitmap_destroy, 0x8400007E },
		{ ffav_check_notification_bind, 0x8400007F },
		{ ffav_check_notification_unbind, 0x84000080 },
		{ ffav_check_notification_set, 0x84000081 },
		{ ffav_check_notification_get, 0x84000082 },
		{ ffav_check_notification_info_get, 0x84000083 },
		{ ffav_check_msg_send_direct_req, 0x8400006F },
		{ ffav_check_msg_send_direct_resp, 0x84000070 },
		{ ffav_check_msg_send_direct_req2, 0xC400008D },
		{ ffav_check_msg_send_direct_resp2, 0xC400008E },
	};
	struct ffav_caller hyp = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V12, 0);
	uint64_t r[FFAV_NREGS] = { 0 };
	struct ffav_diag d;
	size_t i;
	size_t j;

	(void)state;
	for (i = 0; i < sizeof(entries) / sizeof(entries[0]); i++) {
		for (j = 0; j < sizeof(entries) / sizeof(entries[0]); j++) {
			int32_t want;

			r[0] = entries[j].fid;
			want = ffav_check(&hyp, r, NULL);
			memset(&d, 0xA5, sizeof(d));
			if (i == j) {
				assert_int_equal(entries[i].fn(&hyp, r, &d), want);
			} else {
				assert_int_equal(entries[i].fn(&hyp, r, &d),
						 FFAV_RET_NOT_SUPPORTED);
				assert_int_equal(d.rule, FFAV_RULE_CC_ABI_MISMATCH);
			}
		}
	}
}

/* ffavi_fid_known(): a well-formed FF-A function ID of some width at some version; not an ID
 * of another owner with a known number, nor a number outside the table. */
static void fid_known_edges(void **state)
{
	(void)state;
	assert_true(ffavi_fid_known(0x8400007F));
	assert_false(ffavi_fid_known(0x8500007F)); /* owner 5 */
	assert_false(ffavi_fid_known(0x0400007F)); /* yielding */
	assert_false(ffavi_fid_known(0x8401007F)); /* SVE hint */
	assert_false(ffavi_fid_known(0x84000050)); /* below the table */
	assert_false(ffavi_fid_known(0x840000FF)); /* above it */
	assert_false(ffavi_fid_known(0xC400007F)); /* BIND has no SMC64 form */
}

/* The prepared description: NULL arguments, and a refused description keeps its verdict for
 * every call (every PASS/FAIL of the unit tests also compares the prepared path,
 * ffav_t_same_prepared()). */
static void prepared_null_arguments(void **state)
{
	struct ffav_caller c = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V12, 0);
	uint64_t regs[FFAV_NREGS] = { FFAV_FID_NOTIFICATION_GET, 0x8001, 0x1 };
	uint64_t out[FFAV_NREGS];
	struct ffav_prepared p;
	struct ffav_diag d;

	(void)state;
	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_prepare(NULL, &p, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);
	assert_int_equal(ffav_prepare(&c, NULL, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_prepare(&c, &p, &d), FFAV_RET_SUCCESS);
	assert_int_equal(d.rule, 0);
	assert_int_equal(ffav_check_prepared(&p, regs, &d), FFAV_RET_SUCCESS);
	d.rule = 0xFFFF;
	assert_int_equal(ffav_check_prepared(NULL, regs, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);
	assert_int_equal(ffav_check_prepared(&p, NULL, NULL), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_canonical_prepared(&p, regs, NULL, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_canonical_prepared(NULL, regs, out, &d), FFAV_RET_INVALID_PARAMETERS);
	d.reg = 5;
	d.bits = 5;
	assert_int_equal(ffav_canonical_prepared(&p, NULL, out, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);
}

static void prepared_refused_description(void **state)
{
	static const struct {
		struct ffav_caller c;
		uint32_t rule;
	} bad[] = {
		{ { (enum ffav_role)99, 0, V12, 0 }, FFAV_RULE_CC_CALLER_ROLE },
		{ { FFAV_ROLE_VM, 0, V12, 0 }, FFAV_RULE_CC_CALLER_ID },
		{ { FFAV_ROLE_SP, 0x8001, FFAV_VERSION(1, 9), 0 }, FFAV_RULE_CC_CALLER_VERSION },
		{ { FFAV_ROLE_SP, 0x8001, V12, 1u << 31 }, FFAV_RULE_CC_CALLER_POLICY },
	};
	uint64_t regs[FFAV_NREGS] = { FFAV_FID_NOTIFICATION_GET, 0x8001, 0x1 };
	uint64_t out[FFAV_NREGS];
	struct ffav_prepared p;
	struct ffav_diag d;
	unsigned int i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&d, 0xA5, sizeof(d));
		assert_int_equal(ffav_prepare(&bad[i].c, &p, &d), ffav_rule_status(bad[i].rule));
		assert_int_equal(d.rule, bad[i].rule);
		assert_int_equal(d.reg, 0);
		assert_int_equal(d.bits, 0);
		assert_int_equal(p.status, ffav_rule_status(bad[i].rule));
		assert_int_equal(p.rule, bad[i].rule);
		assert_int_equal(p.accepts[0] | p.accepts[1], 0);
		assert_false(ffav_prepared_accepts(&p, FFAV_FID_NOTIFICATION_GET));
		for (unsigned int a = 0; a < FFAV_ABI_COUNT; a++)
			assert_int_equal(p.first_unused[a][0] | p.first_unused[a][1], 0);
		assert_int_equal(ffav_check_prepared(&p, regs, &d), ffav_rule_status(bad[i].rule));
		assert_int_equal(d.rule, bad[i].rule);
		assert_int_equal(ffav_canonical_prepared(&p, regs, out, &d),
				 ffav_rule_status(bad[i].rule));
		assert_int_equal(d.rule, bad[i].rule);
	}
}

/* The prepared description's tables, read (never written) through the public struct: which
 * function numbers each width accepts for a caller at a version, and where each ABI's reserved
 * registers begin. A wrong entry would not change an answer (a call the tables turn away takes
 * ffav_check()'s path), only the work per call: so they are tested here, against the ABI and
 * instance tables of DEN0077A v1.3 (Tables 13.11, 15.6, 15.10, 15.14, 15.18, 16.2, 16.7,
 * 16.11, 16.15, 16.19, 16.23, 16.28, 16.32, 16.36, 16.40, 16.45). */
static uint64_t fn_bits(const uint32_t *nums, unsigned int n)
{
	uint64_t m = 0;
	unsigned int i;

	for (i = 0; i < n; i++)
		m |= 1ull << (nums[i] - 0x60u);
	return m;
}

#define FN_BITS(...)                               \
	fn_bits((const uint32_t[]){ __VA_ARGS__ }, \
		sizeof((const uint32_t[]){ __VA_ARGS__ }) / sizeof(uint32_t))

/* ffav_prepared_accepts() says exactly what the tables say, for every function number in
 * both widths, with or without the SVE hint and bits above w0; nothing malformed or out of the
 * FF-A range. */
static void assert_accepts_follow_tables(const struct ffav_prepared *p)
{
	uint32_t num;
	unsigned int w;

	for (w = 0; w < 2; w++) {
		for (num = 0x5E; num <= 0x99; num++) {
			uint32_t fid = FFAV_FID_FAST | FFAV_FID_OWNER_STANDARD |
				       (w != 0 ? FFAV_FID_SMC64 : 0u) | num;
			bool in = num >= 0x60 && num <= 0x97 &&
				  ((p->accepts[w] >> (num - 0x60)) & 1u) != 0;

			assert_int_equal(ffav_prepared_accepts(p, fid), in);
			assert_int_equal(ffav_prepared_accepts(p, fid | FFAV_FID_SVE_HINT), in);
			assert_int_equal(ffav_prepared_accepts(p, fid | 0xFFFFFFFF00000000ull), in);
			assert_false(ffav_prepared_accepts(p, fid & ~FFAV_FID_FAST));
			assert_false(ffav_prepared_accepts(p, fid | (1u << 17)));
		}
	}
}

static void prepared_accepts_per_role_and_version(void **state)
{
	struct ffav_prepared p;
	struct ffav_caller c;

	(void)state;
	memset(&p, 0xA5, sizeof(p));
	assert_false(ffav_prepared_accepts(NULL, FFAV_FID_NOTIFICATION_BIND));
	/* An SP at v1.2: BIND..GET (SMC32), DIRECT_REQ/RESP both widths, REQ2/RESP2 (SMC64),
	 * FFA_FEATURES; no BITMAP_CREATE/DESTROY (NS physical), no INFO_GET (Normal world), no
	 * v1.3 ABI, nothing uncovered. */
	c = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V12, 0);
	assert_int_equal(ffav_prepare(&c, &p, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(p.accepts[0], FN_BITS(0x64, 0x6F, 0x70, 0x7F, 0x80, 0x81, 0x82));
	assert_int_equal(p.accepts[1], FN_BITS(0x6F, 0x70, 0x8D, 0x8E));
	assert_accepts_follow_tables(&p);
	/* At v1.3 the extended notifications too (SMC64 only). */
	c.version = V13;
	assert_int_equal(ffav_prepare(&c, &p, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(p.accepts[0], FN_BITS(0x64, 0x6F, 0x70, 0x7F, 0x80, 0x81, 0x82));
	assert_int_equal(p.accepts[1], FN_BITS(0x6F, 0x70, 0x8D, 0x8E, 0x94, 0x95, 0x96, 0x97));
	assert_accepts_follow_tables(&p); /* 0x97, the last function number, included */
	/* The host at v1.0: FFA_FEATURES and DIRECT_REQ only (notifications from v1.1, no
	 * response from the NS physical instance). */
	c = ffav_t_caller(FFAV_ROLE_HOST, 0, V10, 0);
	assert_int_equal(ffav_prepare(&c, &p, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(p.accepts[0], FN_BITS(0x64, 0x6F));
	assert_int_equal(p.accepts[1], FN_BITS(0x6F));
	/* The hypervisor at v1.1: the bitmaps, BIND..INFO_GET, DIRECT_REQ, FEATURES. */
	c = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V11, 0);
	assert_int_equal(ffav_prepare(&c, &p, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(p.accepts[0],
			 FN_BITS(0x64, 0x6F, 0x7D, 0x7E, 0x7F, 0x80, 0x81, 0x82, 0x83));
	assert_int_equal(p.accepts[1], FN_BITS(0x6F, 0x83));
	/* The SPMD at v1.2: direct messages only. */
	c = ffav_t_caller(FFAV_ROLE_SPMD, 0xFFFF, V12, 0);
	assert_int_equal(ffav_prepare(&c, &p, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(p.accepts[0], FN_BITS(0x6F, 0x70));
	assert_int_equal(p.accepts[1], FN_BITS(0x6F, 0x70, 0x8D, 0x8E));
	assert_accepts_follow_tables(&p);
	assert_true(ffav_prepared_accepts(&p, FFAV_FID_MSG_SEND_DIRECT_RESP2));
	assert_false(ffav_prepared_accepts(&p, FFAV_FID_NOTIFICATION_BIND));
}

static void prepared_reserved_windows(void **state)
{
	struct ffav_prepared p;
	struct ffav_caller c = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V12, 0);

	(void)state;
	memset(&p, 0xA5, sizeof(p));
	assert_int_equal(ffav_prepare(&c, &p, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(p.window_end[0], 7);
	assert_int_equal(p.window_end[1], 17);
	assert_int_equal(p.first_unused[FFAV_ABI_NOTIFICATION_BIND][0], 5);    /* w1..w4 */
	assert_int_equal(p.first_unused[FFAV_ABI_NOTIFICATION_GET][0], 3);     /* w1, w2 */
	assert_int_equal(p.first_unused[FFAV_ABI_MSG_SEND_DIRECT_REQ][0], 0);  /* w1..w7 */
	assert_int_equal(p.first_unused[FFAV_ABI_MSG_SEND_DIRECT_REQ][1], 8);  /* x8-x17 at v1.2 */
	assert_int_equal(p.first_unused[FFAV_ABI_MSG_SEND_DIRECT_REQ2][1], 0); /* no SBZ rule */
	assert_int_equal(p.first_unused[FFAV_ABI_FEATURES][0], 3);
	assert_int_equal(p.first_unused[FFAV_ABI_NONE][0], 0);
	c.version = V13; /* DIRECT_REQ_64's payload reaches x17 */
	assert_int_equal(ffav_prepare(&c, &p, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(p.first_unused[FFAV_ABI_MSG_SEND_DIRECT_REQ][1], 0);
	assert_int_equal(p.first_unused[FFAV_ABI_NOTIFICATION_BIND2][1], 9);
	c = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V11, 0); /* SMC64 window ends at x7 */
	assert_int_equal(ffav_prepare(&c, &p, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(p.window_end[1], 7);
	assert_int_equal(p.first_unused[FFAV_ABI_NOTIFICATION_INFO_GET][1], 1);
	c.policy = FFAV_POLICY_IGNORE_SBZ; /* no reserved register judged */
	assert_int_equal(ffav_prepare(&c, &p, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(p.first_unused[FFAV_ABI_NOTIFICATION_INFO_GET][1], 0);
	assert_int_equal(p.first_unused[FFAV_ABI_NOTIFICATION_BIND][0], 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sve_hint_is_stripped),
		cmocka_unit_test(only_w0_names_the_function),
		cmocka_unit_test(yielding_call_is_not_ffa),
		cmocka_unit_test(owner_must_be_standard_service),
		cmocka_unit_test(reserved_fid_bits_are_rejected),
		cmocka_unit_test(unknown_function_numbers),
		cmocka_unit_test(wrong_width_encodings),
		cmocka_unit_test(functions_newer_than_the_version),
		cmocka_unit_test(retired_functions),
		cmocka_unit_test(functions_outside_the_covered_set),
		cmocka_unit_test(every_covered_fid_is_covered),
		cmocka_unit_test(smc32_upper_halves_ignored_by_default),
		cmocka_unit_test(smc32_upper_halves_rejected_under_policy),
		cmocka_unit_test(smc32_x8_to_x17_never_looked_at),
		cmocka_unit_test(smc64_x8_to_x17_window_follows_version),
		cmocka_unit_test(smc64_direct_req_x8_to_x17),
		cmocka_unit_test(unused_registers_up_to_x7),
		cmocka_unit_test(caller_description_is_checked),
		cmocka_unit_test(role_may_invoke_abi),
		cmocka_unit_test(per_abi_entry_points),
		cmocka_unit_test(check_never_writes_input),
		cmocka_unit_test(function_table_is_consistent),
		cmocka_unit_test(abi_params_follow_width_and_version),
		cmocka_unit_test(cc_rejections_name_no_bits),
		cmocka_unit_test(function_number_range_edges),
		cmocka_unit_test(per_abi_entry_with_uncovered_function),
		cmocka_unit_test(upper_halves_policy_skips_x0),
		cmocka_unit_test(every_per_abi_entry_point),
		cmocka_unit_test(fid_known_edges),
		cmocka_unit_test(prepared_null_arguments),
		cmocka_unit_test(prepared_refused_description),
		cmocka_unit_test(prepared_accepts_per_role_and_version),
		cmocka_unit_test(prepared_reserved_windows),
	};

	return cmocka_run_group_tests_name("calling convention", tests, NULL, NULL);
}
