// SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
/*
 * What the pKVM-style example expects from its hypervisor, for the partial link in
 * scripts/kernel-like-build.sh: an SMC to the SPMC. This one answers FFA_SUCCESS_32 with
 * every other register zero (args and res may be the same array).
 */
#include <linux/types.h>

void ffa_example_smc(const u64 args[18], u64 res[18]);

void ffa_example_smc(const u64 args[18], u64 res[18])
{
	unsigned int n;

	(void)args;
	for (n = 0; n < 18; n++)
		res[n] = 0;
	res[0] = 0x84000061u; /* FFA_SUCCESS_32 */
}
