/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * What the Xen-style example expects from Xen, for the partial link in
 * scripts/kernel-like-build.sh: an SMC to the SPMC, which answers FFA_SUCCESS_32 with every
 * other register zero, the injection of a guest's notification pending interrupt, and
 * memset(), which Xen has and gcc calls to zero the example's larger initialised locals.
 */
#include <xen/types.h>

void ffa_example_smc(const uint64_t args[18], uint64_t res[18]);
void ffa_example_raise_npi(uint16_t ffa_id);
void *memset(void *s, int c, size_t n);

void ffa_example_smc(const uint64_t args[18], uint64_t res[18])
{
	unsigned int n;

	(void)args;
	for (n = 0; n < 18; n++)
		res[n] = 0;
	res[0] = 0x84000061u; /* FFA_SUCCESS_32 */
}

void ffa_example_raise_npi(uint16_t ffa_id)
{
	(void)ffa_id;
}

void *memset(void *s, int c, size_t n)
{
	volatile unsigned char *p = s; /* volatile: not turned back into a memset() call */

	while (n-- != 0)
		*p++ = (unsigned char)c;
	return s;
}
