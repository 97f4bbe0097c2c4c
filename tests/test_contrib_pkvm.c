/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * contrib/linux/example/ffa_proxy_example.c runs as it says: calls the library does not cover
 * are left alone, a rejected call is answered with FFA_ERROR and not forwarded, an accepted
 * call is forwarded as its canonical image. The pKVM hook has its own test,
 * tests/test_contrib_pkvm_hook.c.
 *
 * The example is built against the mock <linux/types.h> (tests/mock/linux), where u64 is
 * unsigned long long and u32 unsigned int, so this file declares its interface with those
 * types; ffa_example_smc() is the hypervisor's SMC, recorded here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ffa_validate.h"
#include "ffav_contrib_test.h"

/* The example's interface (ffa_proxy_example.c). */
struct ffa_example_host {
	unsigned int ffa_version;
	struct ffav_diag rejected;
};
bool ffa_example_host_call(struct ffa_example_host *host, unsigned long long regs[FFAV_NREGS]);
void ffa_example_smc(const unsigned long long args[FFAV_NREGS], unsigned long long res[FFAV_NREGS]);

static unsigned int smc_calls;
static unsigned long long smc_args[FFAV_NREGS];

/* The SPMC: records the call, answers FFA_SUCCESS_32. */
void ffa_example_smc(const unsigned long long args[FFAV_NREGS], unsigned long long res[FFAV_NREGS])
{
	unsigned int n;

	smc_calls++;
	for (n = 0; n < FFAV_NREGS; n++)
		smc_args[n] = args[n];
	for (n = 0; n < FFAV_NREGS; n++)
		res[n] = 0;
	res[0] = FFAV_FID_SUCCESS_32;
}

static struct ffa_example_host host;

static int setup(void **state)
{
	(void)state;
	smc_calls = 0;
	host.ffa_version = FFAV_VERSION(1, 2);
	host.rejected.rule = 0xFFFF;
	return 0;
}

/* Answered with FFA_ERROR, and nothing reached the SPMC. */
static void assert_error_frame(const unsigned long long regs[FFAV_NREGS], int32_t status)
{
	ffav_t_assert_error_frame(regs, status);
	assert_int_equal(smc_calls, 0);
}

static void test_uncovered_call_left_to_existing_code(void **state)
{
	unsigned long long regs[FFAV_NREGS];

	(void)state;
	ffav_t_call(regs, 0x84000063u /* FFA_VERSION */, FFAV_VERSION(1, 2), 7, 0, 0);
	assert_false(ffa_example_host_call(&host, regs));
	assert_int_equal(regs[0], 0x84000063u);
	assert_int_equal(regs[2], 7);
	assert_int_equal(smc_calls, 0);
}

/* SMC32 BIND with garbage above w1/w3 and in x8: the SPMC sees only what was checked. */
static void test_valid_bind_forwarded_as_canonical_image(void **state)
{
	unsigned long long regs[FFAV_NREGS];

	(void)state;
	ffav_t_call(regs, FFAV_FID_NOTIFICATION_BIND, 0xDEAD000080010000ull, 0,
		    0xFFFF000000000001ull, 0);
	regs[8] = 5;
	assert_true(ffa_example_host_call(&host, regs));
	assert_int_equal(smc_calls, 1);
	assert_int_equal(smc_args[0], FFAV_FID_NOTIFICATION_BIND);
	assert_int_equal(smc_args[1], 0x80010000u);
	assert_int_equal(smc_args[3], 1);
	assert_int_equal(smc_args[8], 0);
	assert_int_equal(regs[0], FFAV_FID_SUCCESS_32);
}

static void test_bind_for_another_receiver_rejected(void **state)
{
	unsigned long long regs[FFAV_NREGS];

	(void)state;
	ffav_t_call(regs, FFAV_FID_NOTIFICATION_BIND, 0x80010001u, 0, 1, 0);
	assert_true(ffa_example_host_call(&host, regs));
	assert_error_frame(regs, FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(host.rejected.rule, FFAV_RULE_NOTIF_BIND_RECEIVER);
	assert_int_equal(host.rejected.reg, 1);
}

static void test_direct_resp_64_from_host_not_supported(void **state)
{
	unsigned long long regs[FFAV_NREGS];

	(void)state;
	ffav_t_call(regs, FFAV_FID_MSG_SEND_DIRECT_RESP_64, 0x80010000u, 0, 0, 0);
	assert_true(ffa_example_host_call(&host, regs));
	assert_error_frame(regs, FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(host.rejected.rule, FFAV_RULE_DIRECT_RESP_CALLER);
}

static void test_framework_message_from_host_rejected(void **state)
{
	unsigned long long regs[FFAV_NREGS];

	(void)state;
	ffav_t_call(regs, FFAV_FID_MSG_SEND_DIRECT_REQ_32, 0x00008001u, 0x80000004u, 0, 0);
	assert_true(ffa_example_host_call(&host, regs));
	assert_error_frame(regs, FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(host.rejected.rule, FFAV_RULE_DIRECT_FWK_REQ_ROLE);
}

/* The SVE hint (x0 bit 16) is not forwarded; the SMC64 payload is. */
static void test_direct_req_64_forwarded_without_sve_hint(void **state)
{
	unsigned long long regs[FFAV_NREGS];

	(void)state;
	ffav_t_call(regs, FFAV_FID_MSG_SEND_DIRECT_REQ_64 | FFAV_FID_SVE_HINT, 0x00008001u, 0,
		    0x1122334455667788ull, 0);
	assert_true(ffa_example_host_call(&host, regs));
	assert_int_equal(smc_calls, 1);
	assert_int_equal(smc_args[0], FFAV_FID_MSG_SEND_DIRECT_REQ_64);
	assert_int_equal(smc_args[1], 0x00008001u);
	assert_int_equal(smc_args[3], 0x1122334455667788ull);
}

static void test_req2_before_v1_2_not_supported(void **state)
{
	unsigned long long regs[FFAV_NREGS];

	(void)state;
	host.ffa_version = FFAV_VERSION(1, 1);
	ffav_t_call(regs, FFAV_FID_MSG_SEND_DIRECT_REQ2, 0x00008001u, 0, 0, 0);
	assert_true(ffa_example_host_call(&host, regs));
	assert_error_frame(regs, FFAV_RET_NOT_SUPPORTED);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_uncovered_call_left_to_existing_code, setup),
		cmocka_unit_test_setup(test_valid_bind_forwarded_as_canonical_image, setup),
		cmocka_unit_test_setup(test_bind_for_another_receiver_rejected, setup),
		cmocka_unit_test_setup(test_direct_resp_64_from_host_not_supported, setup),
		cmocka_unit_test_setup(test_framework_message_from_host_rejected, setup),
		cmocka_unit_test_setup(test_direct_req_64_forwarded_without_sve_hint, setup),
		cmocka_unit_test_setup(test_req2_before_v1_2_not_supported, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
