/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * contrib/xen/example/ffa_mediator_example.c runs as it says: guests' calls that involve an
 * SP are checked and forwarded as their canonical image, VM-to-VM calls are answered by the
 * notification model and never reach the SPMC, GET merges both, and a rejected call is
 * answered with FFA_ERROR and not forwarded.
 *
 * The example is built against the mock <xen/types.h> (tests/mock/xen), whose fixed-width
 * types are the compiler's, as here. ffa_example_smc() (the SPMC) and
 * ffa_example_raise_npi() are Xen's, recorded here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ffa_validate.h"

/* The example's interface (ffa_mediator_example.c). */
int32_t ffa_example_init(void);
int32_t ffa_example_domain_init(uint16_t domid, uint16_t vcpus, uint32_t ffa_version);
bool ffa_example_guest_notification(uint16_t domid, uint32_t ffa_version,
				    uint64_t regs[FFAV_NREGS]);
void ffa_example_smc(const uint64_t args[FFAV_NREGS], uint64_t res[FFAV_NREGS]);
void ffa_example_raise_npi(uint16_t ffa_id);

#define V12 FFAV_VERSION(1, 2)
#define DOM_A 1 /* FF-A ID 2 */
#define DOM_B 2 /* FF-A ID 3 */
#define SP 0x8001u
#define SPMC_SP_BITS 0x10u /* what the mock SPMC returns as the SP bitmap of a GET */

static unsigned int smc_calls;
static uint64_t smc_args[FFAV_NREGS];
static unsigned int npi_calls;
static uint16_t npi_id;

/* The SPMC: records the call, answers FFA_SUCCESS_32 (a GET with the SP flag: w2 bits). */
void ffa_example_smc(const uint64_t args[FFAV_NREGS], uint64_t res[FFAV_NREGS])
{
	unsigned int n;

	smc_calls++;
	for (n = 0; n < FFAV_NREGS; n++)
		smc_args[n] = args[n];
	for (n = 0; n < FFAV_NREGS; n++)
		res[n] = 0;
	res[0] = FFAV_FID_SUCCESS_32;
	if (args[0] == FFAV_FID_NOTIFICATION_GET && (args[2] & 1u) != 0)
		res[2] = SPMC_SP_BITS;
}

void ffa_example_raise_npi(uint16_t ffa_id)
{
	npi_calls++;
	npi_id = ffa_id;
}

/* Xen boots, then creates two guests. */
static int setup(void **state)
{
	(void)state;
	assert_int_equal(ffa_example_init(), FFAV_RET_SUCCESS);
	assert_int_equal(ffa_example_domain_init(DOM_A, 2, V12), FFAV_RET_SUCCESS);
	assert_int_equal(ffa_example_domain_init(DOM_B, 1, V12), FFAV_RET_SUCCESS);
	smc_calls = 0;
	npi_calls = 0;
	return 0;
}

/* domid's call x0..x4 (other registers zero); returns whether the example handled it. */
static bool guest(uint16_t domid, uint64_t regs[FFAV_NREGS], uint64_t x0, uint64_t x1, uint64_t x2,
		  uint64_t x3, uint64_t x4)
{
	unsigned int n;

	for (n = 0; n < FFAV_NREGS; n++)
		regs[n] = 0;
	regs[0] = x0;
	regs[1] = x1;
	regs[2] = x2;
	regs[3] = x3;
	regs[4] = x4;
	return ffa_example_guest_notification(domid, V12, regs);
}

static void assert_success(const uint64_t regs[FFAV_NREGS])
{
	assert_int_equal(regs[0], FFAV_FID_SUCCESS_32);
}

static void assert_error(const uint64_t regs[FFAV_NREGS], int32_t status)
{
	assert_int_equal(regs[0], FFAV_FID_ERROR_32);
	assert_int_equal(regs[2], (uint32_t)status);
}

/* A binds notification 0 to B, B sets it, A gets it: all inside Xen. */
static void test_vm_to_vm_lifecycle_stays_in_xen(void **state)
{
	uint64_t regs[FFAV_NREGS];

	(void)state;
	assert_true(guest(DOM_A, regs, FFAV_FID_NOTIFICATION_BIND, 0x00030002u, 0, 1, 0));
	assert_success(regs);
	assert_true(guest(DOM_B, regs, FFAV_FID_NOTIFICATION_SET, 0x00030002u, 0, 1, 0));
	assert_success(regs);
	assert_int_equal(npi_calls, 1);
	assert_int_equal(npi_id, 2);
	assert_true(guest(DOM_A, regs, FFAV_FID_NOTIFICATION_GET, 0x00000002u, 0x2, 0, 0));
	assert_success(regs);
	assert_int_equal(regs[4], 1);
	assert_int_equal(smc_calls, 0);
}

/* The model's state decides: SET of an unbound bit, UNBIND of a pending one. */
static void test_vm_to_vm_state_rules(void **state)
{
	uint64_t regs[FFAV_NREGS];

	(void)state;
	assert_true(guest(DOM_B, regs, FFAV_FID_NOTIFICATION_SET, 0x00030002u, 0, 1, 0));
	assert_error(regs, FFAV_RET_DENIED);
	assert_int_equal(npi_calls, 0);
	assert_true(guest(DOM_A, regs, FFAV_FID_NOTIFICATION_BIND, 0x00030002u, 0, 1, 0));
	assert_true(guest(DOM_B, regs, FFAV_FID_NOTIFICATION_SET, 0x00030002u, 0, 1, 0));
	assert_true(guest(DOM_A, regs, FFAV_FID_NOTIFICATION_UNBIND, 0x00030002u, 0, 1, 0));
	assert_error(regs, FFAV_RET_DENIED);
	assert_int_equal(smc_calls, 0);
}

/* BIND of an SP sender goes to the SPMC, as the checked image (upper halves cleared). */
static void test_bind_to_sp_forwarded(void **state)
{
	uint64_t regs[FFAV_NREGS];

	(void)state;
	assert_true(guest(DOM_A, regs, FFAV_FID_NOTIFICATION_BIND, 0xFF00000080010002ull, 0,
			  0xAB00000000000004ull, 0));
	assert_success(regs);
	assert_int_equal(smc_calls, 1);
	assert_int_equal(smc_args[0], FFAV_FID_NOTIFICATION_BIND);
	assert_int_equal(smc_args[1], (SP << 16) | 2u);
	assert_int_equal(smc_args[3], 4);
}

/* GET of the SP and VM bitmaps: the SP part from the SPMC (asked for SP only), the VM part
 * from the model. */
static void test_get_merges_spmc_and_model(void **state)
{
	uint64_t regs[FFAV_NREGS];

	(void)state;
	assert_true(guest(DOM_A, regs, FFAV_FID_NOTIFICATION_BIND, 0x00030002u, 0, 0, 0x8));
	assert_true(guest(DOM_B, regs, FFAV_FID_NOTIFICATION_SET, 0x00030002u, 0, 0, 0x8));
	assert_true(guest(DOM_A, regs, FFAV_FID_NOTIFICATION_GET, 0x00000002u, 0x3, 0, 0));
	assert_success(regs);
	assert_int_equal(smc_calls, 1);
	assert_int_equal(smc_args[2], 0x1);
	assert_int_equal(regs[2], SPMC_SP_BITS);
	assert_int_equal(regs[4], 0);
	assert_int_equal(regs[5], 0x8);
}

static void test_rejected_call_not_forwarded(void **state)
{
	uint64_t regs[FFAV_NREGS];

	(void)state;
	/* A binds for B's bitmap: the receiver must be the caller. */
	assert_true(guest(DOM_A, regs, FFAV_FID_NOTIFICATION_BIND, 0x80010003u, 0, 1, 0));
	assert_error(regs, FFAV_RET_INVALID_PARAMETERS);
	/* Only Xen creates bitmaps. */
	assert_true(guest(DOM_A, regs, FFAV_FID_NOTIFICATION_BITMAP_CREATE, 2, 1, 0, 0));
	assert_error(regs, FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(smc_calls, 0);
}

static void test_other_calls_left_to_existing_code(void **state)
{
	uint64_t regs[FFAV_NREGS];

	(void)state;
	assert_false(guest(DOM_A, regs, FFAV_FID_NOTIFICATION_INFO_GET_64, 0, 0, 0, 0));
	assert_false(guest(DOM_A, regs, FFAV_FID_MSG_SEND_DIRECT_REQ_32, 0x00028001u, 0, 0, 0));
	assert_int_equal(regs[0], FFAV_FID_MSG_SEND_DIRECT_REQ_32);
	assert_int_equal(smc_calls, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_vm_to_vm_lifecycle_stays_in_xen, setup),
		cmocka_unit_test_setup(test_vm_to_vm_state_rules, setup),
		cmocka_unit_test_setup(test_bind_to_sp_forwarded, setup),
		cmocka_unit_test_setup(test_get_merges_spmc_and_model, setup),
		cmocka_unit_test_setup(test_rejected_call_not_forwarded, setup),
		cmocka_unit_test_setup(test_other_calls_left_to_existing_code, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
