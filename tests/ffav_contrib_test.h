/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Shared by the tests of the contrib/ kits (tests/test_contrib_*.c): a call's registers and
 * the FFA_ERROR frame a kit answers with. The kits are built against their hosts' mock types,
 * where u64 is unsigned long long, so the registers are of that type here.
 */
#ifndef FFAV_CONTRIB_TEST_H
#define FFAV_CONTRIB_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ffa_validate.h"

/* Zero registers, then x0..x4. */
static inline void ffav_t_call(unsigned long long regs[FFAV_NREGS], unsigned long long x0,
			       unsigned long long x1, unsigned long long x2, unsigned long long x3,
			       unsigned long long x4)
{
	unsigned int n;

	for (n = 0; n < FFAV_NREGS; n++)
		regs[n] = 0;
	regs[0] = x0;
	regs[1] = x1;
	regs[2] = x2;
	regs[3] = x3;
	regs[4] = x4;
}

/* The FFA_ERROR frame over all of x0..x17 (DEN0077A v1.2 §12.2): w2 the status, the rest 0. */
static inline void ffav_t_assert_error_frame(const unsigned long long regs[FFAV_NREGS],
					     int32_t status)
{
	unsigned int n;

	assert_int_equal(regs[0], FFAV_FID_ERROR_32);
	assert_int_equal(regs[1], 0);
	assert_int_equal(regs[2], (uint32_t)status);
	for (n = 3; n < FFAV_NREGS; n++)
		assert_int_equal(regs[n], 0);
}

#endif /* FFAV_CONTRIB_TEST_H */
