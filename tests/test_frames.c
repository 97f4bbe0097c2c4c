/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* The FFA_ERROR frame builder and the canonical register image. */
#include "ffav_test.h"

static void error_frame_layout(void **state)
{
	static const int32_t codes[] = { FFAV_RET_NOT_SUPPORTED, FFAV_RET_INVALID_PARAMETERS,
					 FFAV_RET_NO_MEMORY,	 FFAV_RET_BUSY,
					 FFAV_RET_INTERRUPTED,	 FFAV_RET_DENIED,
					 FFAV_RET_RETRY,	 FFAV_RET_ABORTED,
					 FFAV_RET_NO_DATA,	 FFAV_RET_NOT_READY };
	uint64_t out[FFAV_NREGS];
	size_t i;
	unsigned int n;

	(void)state;
	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		memset(out, 0xFF, sizeof(out));
		ffav_error_frame(codes[i], out);
		assert_int_equal(out[0], 0x84000060);
		assert_int_equal(out[1], 0);
		/* w2 = the code, zero-extended into x2. */
		assert_int_equal(out[2], (uint64_t)(uint32_t)codes[i]);
		assert_int_equal(out[2] >> 32, 0);
		for (n = 3; n < FFAV_NREGS; n++)
			assert_int_equal(out[n], 0);
	}
	assert_int_equal(out[2], 0xFFFFFFF6);	 /* NOT_READY */
	ffav_error_frame(FFAV_RET_DENIED, NULL); /* must not crash */
}

static void canonical_smc32_clears_upper_halves_and_outside(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V12, 0);
	uint64_t r[FFAV_NREGS] = { 0xABCD00008401007full, /* BIND with SVE hint */
				   0xFFFF000080028001ull, 0x1111111100000000ull,
				   0x2222222200000001ull, 0x3333333300000000ull };
	uint64_t out[FFAV_NREGS];
	uint64_t again[FFAV_NREGS];
	unsigned int n;

	(void)state;
	for (n = 5; n <= 7; n++)
		r[n] = 0x4444444400000000ull; /* w5..w7 zero: valid */
	for (n = 8; n < FFAV_NREGS; n++)
		r[n] = ~0ull;
	assert_int_equal(ffav_canonical(&sp, r, out, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(out[0], 0x8400007f);
	assert_int_equal(out[1], 0x80028001);
	assert_int_equal(out[2], 0);
	assert_int_equal(out[3], 1);
	assert_int_equal(out[4], 0);
	for (n = 5; n < FFAV_NREGS; n++)
		assert_int_equal(out[n], 0);
	/* The image is valid, gets the same answer, and is its own canonical image. */
	PASS(sp, out);
	/* out is the input here on purpose: */
	/* NOLINTNEXTLINE(readability-suspicious-call-argument) */
	assert_int_equal(ffav_canonical(&sp, out, again, NULL), FFAV_RET_SUCCESS);
	assert_memory_equal(out, again, sizeof(out));
}

static void canonical_sanitises_sbz_under_ignore_policy(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V12, FFAV_POLICY_IGNORE_SBZ);
	uint64_t r[FFAV_NREGS] = { 0x8400007f, 0x80028001, 0, 1, 0, 5, 6, 7 };
	uint64_t out[FFAV_NREGS];

	(void)state;
	assert_int_equal(ffav_canonical(&sp, r, out, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(out[5], 0);
	assert_int_equal(out[6], 0);
	assert_int_equal(out[7], 0);
	sp.policy = 0;
	PASS(sp, out); /* valid even under the strict policy */
}

static void canonical_rejected_leaves_out_alone(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V12, 0);
	uint64_t r[FFAV_NREGS] = { 0x8400007d, 1, 1 }; /* BITMAP_CREATE from an SP */
	uint64_t out[FFAV_NREGS];
	uint64_t copy[FFAV_NREGS];
	struct ffav_diag d;

	(void)state;
	memset(out, 0x5A, sizeof(out));
	memcpy(copy, out, sizeof(out));
	assert_int_equal(ffav_canonical(&sp, r, out, &d), FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(d.rule, FFAV_RULE_NOTIF_CREATE_CALLER);
	assert_memory_equal(out, copy, sizeof(out));
	assert_int_equal(ffav_canonical(&sp, r, NULL, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
}

static void canonical_in_place(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V12, 0);
	uint64_t r[FFAV_NREGS] = { 0x8400007full | (1ull << 40), 0x80028001ull | (1ull << 33), 0,
				   1 };

	(void)state;
	r[9] = 9;
	assert_int_equal(ffav_canonical(&sp, r, r, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(r[0], 0x8400007f);
	assert_int_equal(r[1], 0x80028001);
	assert_int_equal(r[3], 1);
	assert_int_equal(r[9], 0);
}

static void canonical_direct_req_64_by_version(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V13, 0);
	uint64_t r[FFAV_NREGS] = { 0xC400006f, 0xFFFFFFFF80018002ull, 0, 3, 4, 5, 6, 7 };
	uint64_t out[FFAV_NREGS];
	unsigned int n;

	(void)state;
	for (n = 8; n < FFAV_NREGS; n++)
		r[n] = 0x100 + n;
	/* v1.3: x3..x17 are payload and kept; x1[63:32] is reserved and cleared. */
	assert_int_equal(ffav_canonical(&sp, r, out, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(out[1], 0x80018002);
	for (n = 3; n < FFAV_NREGS; n++)
		assert_int_equal(out[n], r[n]);
	/* v1.1: x8..x17 are not part of the call and are dropped. */
	sp.version = V11;
	assert_int_equal(ffav_canonical(&sp, r, out, NULL), FFAV_RET_SUCCESS);
	for (n = 8; n < FFAV_NREGS; n++)
		assert_int_equal(out[n], 0);
	assert_int_equal(out[7], 7);
}

/* Framework fields let through by FFAV_POLICY_IGNORE_SBZ are not forwarded (docs/design.md §4: what
 * is checked is what is forwarded). */
static void canonical_framework_reserved_fields(void **state)
{
	struct ffav_caller hyp =
		ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V12, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller spmd =
		ffav_t_caller(FFAV_ROLE_SPMD, 0xFFFF, V12, FFAV_POLICY_IGNORE_SBZ);
	/* VM created for VM 5, handle 0x1111/0x2222; w5[31:16], w6, w7 reserved. */
	uint64_t vm[FFAV_NREGS] = { 0x8400006f, 0x00008001, 0x80000004, 0x1111,
				    0x2222,	0xBEEF0005, 0x1234,	0x5678 };
	/* PSCI request: w3 PSCI FID, w4..w6 arguments, w7 reserved. */
	uint64_t psci[FFAV_NREGS] = { 0x8400006f, 0xFFFF8000, 0x80000000, 0x84000002,
				      1,	  2,	      3,	  0xABCD };
	uint64_t out[FFAV_NREGS];

	(void)state;
	assert_int_equal(ffav_canonical(&hyp, vm, out, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(out[3], 0x1111);
	assert_int_equal(out[4], 0x2222);
	assert_int_equal(out[5], 0x0005);
	assert_int_equal(out[6], 0);
	assert_int_equal(out[7], 0);
	hyp.policy = 0;
	FAIL(hyp, vm, FFAV_RULE_DIRECT_FWK_VM_SBZ, 5);
	PASS(hyp, out);
	assert_int_equal(ffav_canonical(&spmd, psci, out, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(out[6], 3);
	assert_int_equal(out[7], 0);
	spmd.policy = 0;
	PASS(spmd, out);
}

#define SP1 0x8001

static const uint64_t req_32_sp[FFAV_NREGS] = { 0x8400006f, 0x80018002, 0, 1, 2, 3, 4, 5 };
static const uint64_t req_64_sp[FFAV_NREGS] = { 0xC400006f, 0x80018003, 0, 1, 2, 3, 4, 5 };
static const uint64_t req2_sp[FFAV_NREGS] = { 0xC400008d, 0x80018002, 0x1111, 0x2222, 4 };

/* DIRECT_REQ_32 at v1.3: SMC32 calls never carry x8..x17, so the canonical image has zeros
 * there even though DIRECT_REQ_64 at v1.3 carries payload up to x17. */
static void canonical_smc32_direct_stops_at_x7(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V13, 0);
	uint64_t r[FFAV_NREGS];
	uint64_t out[FFAV_NREGS];
	unsigned int n;

	(void)state;
	memcpy(r, req_32_sp, sizeof(r));
	for (n = 8; n < FFAV_NREGS; n++)
		r[n] = 0x1000 + n;
	memset(out, 0xFF, sizeof(out));
	assert_int_equal(ffav_canonical(&sp, r, out, NULL), FFAV_RET_SUCCESS);
	for (n = 1; n <= 7; n++)
		assert_int_equal(out[n], r[n]);
	for (n = 8; n < FFAV_NREGS; n++)
		assert_int_equal(out[n], 0);
}

/* The call is valid and its canonical image is the call itself, x1 to x17. */
static void expect_canonical_keeps_x1_up(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS])
{
	uint64_t out[FFAV_NREGS];
	unsigned int n;

	assert_int_equal(ffav_canonical(c, r, out, NULL), FFAV_RET_SUCCESS);
	for (n = 1; n < FFAV_NREGS; n++)
		assert_int_equal(out[n], r[n]);
}

/* DIRECT_REQ2 carries payload up to x17: the canonical image keeps x17. */
static void canonical_req2_keeps_x17(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	memcpy(r, req2_sp, sizeof(r));
	r[16] = 0x1616161616161616ull;
	r[17] = 0x1717171717171717ull;
	expect_canonical_keeps_x1_up(&sp, r);
}

/* DIRECT_REQ2 has no framework bit: x2 is half of the UUID, and its bit 31 selects no
 * framework fields in the canonical image. */
static void canonical_req2_uuid_bit31_is_payload(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];
	unsigned int n;

	(void)state;
	memcpy(r, req2_sp, sizeof(r));
	r[2] = 0x80000008; /* would read as a framework VERSION request in REQ/RESP */
	for (n = 3; n < FFAV_NREGS; n++)
		r[n] = 0x0101010101010101ull * n;
	expect_canonical_keeps_x1_up(&sp, r);
}

/* SMC64 direct request: x1[31:0] (sender, receiver) is forwarded bit for bit, odd receiver
 * ID included. */
static void canonical_direct_64_keeps_every_id_bit(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t out[FFAV_NREGS];

	(void)state;
	assert_int_equal(ffav_canonical(&sp, req_64_sp, out, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(out[1], 0x80018003);
}

/* ffav_canonical(out = NULL) is a NULL argument of the call as a whole. */
static void canonical_null_out_diag(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	struct ffav_diag d;

	(void)state;
	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_canonical(&sp, req_64_sp, NULL, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);
}

/* The error frame writes exactly FFAV_NREGS registers, never one more. */
static void error_frame_stays_in_bounds(void **state)
{
	struct {
		uint64_t out[FFAV_NREGS];
		uint64_t guard;
	} s;
	unsigned int n;

	(void)state;
	memset(&s, 0xFF, sizeof(s));
	ffav_error_frame(FFAV_RET_BUSY, s.out);
	assert_int_equal(s.guard, UINT64_MAX);
	assert_int_equal(s.out[0], FFAV_FID_ERROR_32);
	assert_int_equal(s.out[2], (uint64_t)(uint32_t)FFAV_RET_BUSY);
	for (n = 3; n < FFAV_NREGS; n++)
		assert_int_equal(s.out[n], 0);
}

/* A call the calling-convention layer accepts but a field rule rejects: ffav_canonical()
 * answers as ffav_check() and leaves out alone. */
static void canonical_field_rejection_leaves_out_alone(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];
	uint64_t out[FFAV_NREGS];
	struct ffav_diag d;
	unsigned int n;

	(void)state;
	memcpy(r, req_32_sp, sizeof(r));
	r[2] = 0x10; /* a partition message has w2 == 0 */
	memset(out, 0x5A, sizeof(out));
	memset(&d, 0, sizeof(d));
	assert_int_equal(ffav_canonical(&sp, r, out, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_DIRECT_PARTITION_FLAGS);
	assert_int_equal(d.reg, 2);
	for (n = 0; n < FFAV_NREGS; n++)
		assert_int_equal(out[n], 0x5A5A5A5A5A5A5A5Aull);
}

/* Canonical image of framework messages under FFAV_POLICY_IGNORE_SBZ: the reserved fields
 * let through are cleared, the defined ones kept (docs/design.md §4; DEN0077A v1.2
 * §18.2-§18.3, v1.3 §18). */
static void canonical(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS],
		      uint64_t out[FFAV_NREGS])
{
	memset(out, 0xEE, sizeof(uint64_t) * FFAV_NREGS);
	assert_int_equal(ffav_canonical(c, r, out, NULL), FFAV_RET_SUCCESS);
}

static void canonical_framework_fields(void **state)
{
	struct ffav_caller spmd =
		ffav_t_caller(FFAV_ROLE_SPMD, 0xFFFF, V12, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller hyp =
		ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V12, FFAV_POLICY_IGNORE_SBZ);
	uint64_t r[FFAV_NREGS] = { 0 };
	uint64_t out[FFAV_NREGS];

	(void)state;
	/* FFA_VERSION request, v1.2: w3 the version; w4..w7 reserved. */
	r[0] = 0x8400006F;
	r[1] = 0xFFFF8000;
	r[2] = 0x80000008;
	r[3] = 0x00010002;
	r[4] = 1;
	r[5] = 2;
	r[7] = 3;
	canonical(&spmd, r, out);
	assert_int_equal(out[2], 0x80000008);
	assert_int_equal(out[3], 0x00010002);
	assert_int_equal(out[4], 0);
	assert_int_equal(out[5], 0);
	assert_int_equal(out[7], 0);
	/* v1.3: w4 carries the flags too. */
	spmd.version = V13;
	canonical(&spmd, r, out);
	assert_int_equal(out[3], 0x00010002);
	assert_int_equal(out[4], 1);
	assert_int_equal(out[5], 0);
	/* Warm boot: one word in w3, w4..w7 reserved. */
	spmd.version = V12;
	r[2] = 0x80000001;
	r[3] = 1;
	r[4] = 0x45;
	r[5] = 0;
	r[7] = 0;
	canonical(&spmd, r, out);
	assert_int_equal(out[3], 1);
	assert_int_equal(out[4], 0);
	/* PSCI: function ID and three arguments in w3..w6; w7 reserved. */
	r[2] = 0x80000000;
	r[3] = 0x84000002;
	r[4] = 4;
	r[5] = 5;
	r[6] = 6;
	r[7] = 7;
	canonical(&spmd, r, out);
	assert_int_equal(out[3], 0x84000002);
	assert_int_equal(out[6], 6);
	assert_int_equal(out[7], 0);
	/* VM created: handle in w3/w4, VM ID in w5[15:0]; w5[31:16], w6, w7 reserved. */
	memset(r, 0, sizeof(r));
	r[0] = 0x8400006F;
	r[1] = 0x00008001;
	r[2] = 0x80000004;
	r[3] = 0x33;
	r[4] = 0x44;
	r[5] = 0x00050002;
	r[6] = 7;
	canonical(&hyp, r, out);
	assert_int_equal(out[3], 0x33);
	assert_int_equal(out[4], 0x44);
	assert_int_equal(out[5], 0x0002);
	assert_int_equal(out[6], 0);
	/* A framework response: PM response, the status in w3 and w4..w7 reserved. */
	{
		struct ffav_caller sp =
			ffav_t_caller(FFAV_ROLE_SP, SP1, V12, FFAV_POLICY_IGNORE_SBZ);
		unsigned int n;

		memset(r, 0, sizeof(r));
		r[0] = 0x84000070;
		r[1] = 0x80018000;
		r[2] = 0x80000002;
		r[3] = 0xFFFFFFFD; /* PSCI DENIED (DEN0077A v1.3 Table 18.8) */
		for (n = 4; n <= 7; n++)
			r[n] = (uint64_t)0x10001u * n;
		canonical(&sp, r, out);
		assert_int_equal(out[3], 0xFFFFFFFD);
		for (n = 4; n <= 7; n++)
			assert_int_equal(out[n], 0);
	}
	/* Live activation start (DEN0077A v1.3 Table 18.43, SMC64 only): the SP ID in
	 * x3[15:0], the image and manifest in x4..x7, carried whole; x8..x17 read as SBZ. */
	{
		struct ffav_caller lp =
			ffav_t_caller(FFAV_ROLE_SPMD, 0xFFC0, V13, FFAV_POLICY_IGNORE_SBZ);
		unsigned int n;

		memset(r, 0, sizeof(r));
		r[0] = 0xC400006F;
		r[1] = 0xFFC08000;
		r[2] = 0x8000000C;
		r[3] = SP1;
		for (n = 4; n <= 7; n++)
			r[n] = 0x1111111111111111ull * n;
		r[8] = 8;
		r[17] = 17;
		canonical(&lp, r, out);
		for (n = 3; n <= 7; n++)
			assert_int_equal(out[n], r[n]);
		assert_int_equal(out[8], 0);
		assert_int_equal(out[17], 0);
		/* The finish request (Table 18.45) carries only the SP ID: x4-x7 SBZ. */
		r[2] = 0x8000000E;
		canonical(&lp, r, out);
		assert_int_equal(out[3], SP1);
		for (n = 4; n <= 8; n++)
			assert_int_equal(out[n], 0);
		/* The start response (Table 18.44): the 8-bit status only. */
		lp = ffav_t_caller(FFAV_ROLE_SPMC, 0x8000, V13, FFAV_POLICY_IGNORE_SBZ);
		memset(r, 0, sizeof(r));
		r[0] = 0xC4000070;
		r[1] = 0x8000FFC0;
		r[2] = 0x8000000D;
		r[3] = 0xF8;
		r[4] = 4;
		canonical(&lp, r, out);
		assert_int_equal(out[3], 0xF8);
		assert_int_equal(out[4], 0);
	}
	/* Partition stop response (Table 18.41): the live-state buffer x4/x5 is carried on
	 * SUCCESS; x6, x7 are SBZ. */
	{
		struct ffav_caller sp =
			ffav_t_caller(FFAV_ROLE_SP, SP1, V13, FFAV_POLICY_IGNORE_SBZ);

		memset(r, 0, sizeof(r));
		r[0] = 0xC4000070;
		r[1] = 0x80018000;
		r[2] = 0x8000000B;
		r[4] = 0x10000000;
		r[5] = 2;
		r[6] = 6;
		canonical(&sp, r, out);
		assert_int_equal(out[3], 0);
		assert_int_equal(out[4], 0x10000000);
		assert_int_equal(out[5], 2);
		assert_int_equal(out[6], 0);
		/* On an error status the buffer fields are SBZ: cleared. */
		r[3] = 0xFA;
		canonical(&sp, r, out);
		assert_int_equal(out[3], 0xFA);
		assert_int_equal(out[4], 0);
		assert_int_equal(out[5], 0);
	}
	/* Partition stop request (Table 18.40): the reason x3[0] is carried. */
	{
		struct ffav_caller spmc = ffav_t_caller(FFAV_ROLE_SPMC, 0x8000, V13, 0);

		memset(r, 0, sizeof(r));
		r[0] = 0xC400006F;
		r[1] = 0x80008001;
		r[2] = 0x8000000A;
		r[3] = 1;
		canonical(&spmc, r, out);
		assert_int_equal(out[3], 1);
	}
}

/* The SBZ bits of w2 of a partition message or of a framework message of types 0x00-0x07
 * (DEN0077A v1.3 Tables 15.7, 15.11, 18.6-18.13) and RESP2's SBZ x2/x3 (Table 15.19) are let
 * through by FFAV_POLICY_IGNORE_SBZ and cleared in the canonical image. */
static void canonical_direct_sbz_flags(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V13, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller spmd =
		ffav_t_caller(FFAV_ROLE_SPMD, 0xFFFF, V13, FFAV_POLICY_IGNORE_SBZ);
	uint64_t r[FFAV_NREGS] = { 0 };
	uint64_t out[FFAV_NREGS];

	(void)state;
	r[0] = 0x8400006F;
	r[1] = 0x80018002;
	r[2] = 0x7FFFFF00;
	r[3] = 5;
	canonical(&sp, r, out);
	assert_int_equal(out[2], 0);
	assert_int_equal(out[3], 5);
	r[0] = 0x8400006F;
	r[1] = 0xFFFF8000;
	r[2] = 0x80012300;
	r[3] = 0x84000002;
	canonical(&spmd, r, out);
	assert_int_equal(out[2], 0x80000000);
	memset(r, 0, sizeof(r));
	r[0] = 0xC400008E;
	r[1] = 0x80018002;
	r[2] = 0x1234;
	r[3] = 0x5678;
	r[4] = 9;
	canonical(&sp, r, out);
	assert_int_equal(out[2], 0);
	assert_int_equal(out[3], 0);
	assert_int_equal(out[4], 9);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(error_frame_layout),
		cmocka_unit_test(canonical_smc32_clears_upper_halves_and_outside),
		cmocka_unit_test(canonical_sanitises_sbz_under_ignore_policy),
		cmocka_unit_test(canonical_rejected_leaves_out_alone),
		cmocka_unit_test(canonical_in_place),
		cmocka_unit_test(canonical_direct_req_64_by_version),
		cmocka_unit_test(canonical_framework_reserved_fields),
		cmocka_unit_test(canonical_smc32_direct_stops_at_x7),
		cmocka_unit_test(canonical_req2_keeps_x17),
		cmocka_unit_test(canonical_req2_uuid_bit31_is_payload),
		cmocka_unit_test(canonical_direct_64_keeps_every_id_bit),
		cmocka_unit_test(canonical_null_out_diag),
		cmocka_unit_test(error_frame_stays_in_bounds),
		cmocka_unit_test(canonical_field_rejection_leaves_out_alone),
		cmocka_unit_test(canonical_framework_fields),
		cmocka_unit_test(canonical_direct_sbz_flags),
	};

	return cmocka_run_group_tests_name("frames", tests, NULL, NULL);
}
