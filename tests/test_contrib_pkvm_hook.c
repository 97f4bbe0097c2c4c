/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The pKVM hook that contrib/linux/import.sh --pkvm wires into pKVM's FF-A proxy
 * (contrib/linux/pkvm/ffav_pkvm.c): ffav_pkvm_host_call() in kvm_host_ffa_handler(), whose
 * pass-through forwards what the hook left in the registers, and ffav_pkvm_prepare() at
 * version negotiation. Linked against the library built with the kit's selection
 * (Makefile.ffa_validate, ffav-nvhe-select), as the nVHE hypervisor builds it.
 *
 * The hook is built against the mock <linux/types.h> (tests/mock/linux), where u64 is
 * unsigned long long and u32 unsigned int, so this file declares its interface with those
 * types.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ffa_validate.h"
#include "ffav_contrib_test.h"

bool ffav_pkvm_host_call(unsigned long long regs[FFAV_NREGS], unsigned int version);
void ffav_pkvm_prepare(unsigned int version);

/* The hook: an uncovered call (FFA_VERSION, FFA_ID_GET, memory sharing) is left to pKVM's
 * own code, registers untouched. */
static void test_hook_leaves_uncovered_call(void **state)
{
	unsigned long long regs[FFAV_NREGS];
	unsigned int n;

	(void)state;
	ffav_t_call(regs, 0x84000069u /* FFA_ID_GET */, 0x8400007Fu, 9, 0, 0);
	regs[17] = 3;
	assert_false(ffav_pkvm_host_call(regs, FFAV_VERSION(1, 1)));
	assert_int_equal(regs[0], 0x84000069u);
	assert_int_equal(regs[1], 0x8400007Fu);
	assert_int_equal(regs[2], 9);
	for (n = 3; n < 17; n++)
		assert_int_equal(regs[n], 0);
	assert_int_equal(regs[17], 3);
}

/* The hook: FFA_FEATURES is outside the kit's selection (pKVM's handler answers it before the
 * hook runs): were it to get here, it would be refused, never passed as valid. */
static void test_hook_refuses_features_outside_selection(void **state)
{
	unsigned long long regs[FFAV_NREGS];

	(void)state;
	ffav_t_call(regs, 0x84000064u /* FFA_FEATURES */, 0x8400007Fu, 0, 0, 0);
	assert_true(ffav_pkvm_host_call(regs, FFAV_VERSION(1, 1)));
	ffav_t_assert_error_frame(regs, FFAV_RET_NOT_SUPPORTED);
}

/* The hook: an accepted call stays to be forwarded by the pass-through (false), rewritten
 * in place as its canonical image: SVE hint, SMC32 upper halves and unused registers gone. */
static void test_hook_rewrites_accepted_call(void **state)
{
	unsigned long long regs[FFAV_NREGS];
	unsigned int n;

	(void)state;
	ffav_t_call(regs, FFAV_FID_NOTIFICATION_BIND | FFAV_FID_SVE_HINT, 0xDEAD000080010000ull, 0,
		    0xFFFF000000000001ull, 0);
	for (n = 8; n < FFAV_NREGS; n++)
		regs[n] = 0x5A5A5A5A5A5A5A5Aull;
	assert_false(ffav_pkvm_host_call(regs, FFAV_VERSION(1, 1)));
	assert_int_equal(regs[0], FFAV_FID_NOTIFICATION_BIND);
	assert_int_equal(regs[1], 0x80010000u);
	assert_int_equal(regs[2], 0);
	assert_int_equal(regs[3], 1);
	for (n = 4; n < FFAV_NREGS; n++)
		assert_int_equal(regs[n], 0);
}

/* The hook: a refused call is answered (true) with the FFA_ERROR frame over all of
 * x0..x17, whatever the host left in x4..x17. */
static void test_hook_answers_refused_call_with_full_error_frame(void **state)
{
	unsigned long long regs[FFAV_NREGS];
	unsigned int n;

	(void)state;
	ffav_t_call(regs, FFAV_FID_NOTIFICATION_BIND, 0x80010001u /* receiver 1: not the host */, 0,
		    1, 0);
	for (n = 4; n < FFAV_NREGS; n++)
		regs[n] = 0xFFFFFFFFFFFFFFFFull;
	assert_true(ffav_pkvm_host_call(regs, FFAV_VERSION(1, 1)));
	assert_int_equal(regs[0], FFAV_FID_ERROR_32);
	assert_int_equal(regs[1], 0);
	assert_int_equal(regs[2], (uint32_t)FFAV_RET_INVALID_PARAMETERS);
	for (n = 3; n < FFAV_NREGS; n++)
		assert_int_equal(regs[n], 0);
}

/* The hook judges at the version pKVM negotiated, within the kit's selection (up to v1.1):
 * BIND at v1.0 does not exist yet, DIRECT_REQ2 (v1.2) not at v1.1, and a v1.2 host is
 * outside the selection: NOT_SUPPORTED each time, never a call passed as valid. */
static void test_hook_uses_negotiated_version(void **state)
{
	unsigned long long regs[FFAV_NREGS];

	(void)state;
	ffav_t_call(regs, FFAV_FID_NOTIFICATION_BIND, 0x80010000u, 0, 1, 0);
	assert_true(ffav_pkvm_host_call(regs, FFAV_VERSION(1, 0)));
	ffav_t_assert_error_frame(regs, FFAV_RET_NOT_SUPPORTED);
	ffav_t_call(regs, FFAV_FID_MSG_SEND_DIRECT_REQ2, 0x00008001u, 0, 0, 0);
	assert_true(ffav_pkvm_host_call(regs, FFAV_VERSION(1, 1)));
	ffav_t_assert_error_frame(regs, FFAV_RET_NOT_SUPPORTED);
	ffav_t_call(regs, FFAV_FID_NOTIFICATION_BIND, 0x80010000u, 0, 1, 0);
	assert_true(ffav_pkvm_host_call(regs, FFAV_VERSION(1, 2)));
	ffav_t_assert_error_frame(regs, FFAV_RET_NOT_SUPPORTED);
	ffav_t_call(regs, FFAV_FID_NOTIFICATION_BIND, 0x80010000u, 0, 1, 0);
	assert_false(ffav_pkvm_host_call(regs, FFAV_VERSION(1, 1)));
	assert_int_equal(regs[0], FFAV_FID_NOTIFICATION_BIND);
}

/* Once the host's description is prepared at negotiation, the hook answers as before: the
 * same calls at the prepared version, and at another version (judged on the call). */
static void test_hook_prepared_at_negotiation(void **state)
{
	static const struct {
		unsigned long long x0, x1, x2, x3;
		bool answered;
	} calls[] = {
		{ FFAV_FID_NOTIFICATION_BIND, 0x80010000u, 0, 1, false },
		{ FFAV_FID_NOTIFICATION_BIND, 0x80010001u, 0, 1, true },
		{ FFAV_FID_NOTIFICATION_SET, 0x00008001u, 0, 1, false },
		{ FFAV_FID_MSG_SEND_DIRECT_REQ_64, 0x00008001u, 0, 7, false },
		{ FFAV_FID_MSG_SEND_DIRECT_REQ_32, 0x00008001u, 0x80000004u, 0, true },
		{ FFAV_FID_MSG_SEND_DIRECT_RESP_32, 0x80010000u, 0, 0, true },
		{ FFAV_FID_NOTIFICATION_INFO_GET_64, 0, 0, 0, false },
		{ FFAV_FID_NOTIFICATION_GET2, 0, 0, 0, true },
	};
	unsigned int i;
	unsigned int v;

	(void)state;
	ffav_pkvm_prepare(FFAV_VERSION(1, 1));
	for (v = 0; v <= 2; v++) {
		for (i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
			unsigned long long a[FFAV_NREGS], b[FFAV_NREGS];
			const struct ffav_caller host = { FFAV_ROLE_HOST, 0, FFAV_VERSION(1, v),
							  0 };
			uint64_t image[FFAV_NREGS];
			bool answered;
			int32_t ret;

			ffav_t_call(a, calls[i].x0, calls[i].x1, calls[i].x2, calls[i].x3, 0);
			ffav_t_call(b, calls[i].x0, calls[i].x1, calls[i].x2, calls[i].x3, 0);
			answered = ffav_pkvm_host_call(a, FFAV_VERSION(1, v));
			/* The library's own answer on the same call. */
			ret = ffav_canonical(&host, (const uint64_t *)b, image, NULL);
			assert_int_equal(answered, ret != FFAV_RET_SUCCESS);
			if (v == 1)
				assert_int_equal(answered, calls[i].answered);
			if (!answered) {
				unsigned int n;

				for (n = 0; n < FFAV_NREGS; n++)
					assert_int_equal(a[n], image[n]);
			}
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hook_leaves_uncovered_call),
		cmocka_unit_test(test_hook_refuses_features_outside_selection),
		cmocka_unit_test(test_hook_rewrites_accepted_call),
		cmocka_unit_test(test_hook_answers_refused_call_with_full_error_frame),
		cmocka_unit_test(test_hook_uses_negotiated_version),
		cmocka_unit_test(test_hook_prepared_at_negotiation),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
