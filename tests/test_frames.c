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
	};

	return cmocka_run_group_tests_name("frames", tests, NULL, NULL);
}
