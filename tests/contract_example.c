/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * A program written against docs/design.md §3 alone: it uses nothing but the fixed contract, so
 * it must compile, link and run unchanged against every release.
 */
#include <stdio.h>

#include "ffa_validate.h"

int main(void)
{
	/* An SP binds notification 0 of its SP bitmap to another SP. */
	const uint64_t regs[FFAV_NREGS] = { 0x8400007f, 0x80028001, 0x0, 0x1, 0x0 };
	/* The same call, naming another receiver than the caller. */
	const uint64_t spoof[FFAV_NREGS] = { 0x8400007f, 0x80028003, 0x0, 0x1, 0x0 };
	struct ffav_caller caller = { FFAV_ROLE_SP, 0x8001, FFAV_VERSION(1, 2), 0 };
	struct ffav_diag diag;
	int32_t ret;

	ret = ffav_check(&caller, regs, &diag);
	if (ret != FFAV_RET_SUCCESS || diag.rule != 0) {
		printf("valid call rejected: %d rule %u\n", (int)ret, (unsigned)diag.rule);
		return 1;
	}
	ret = ffav_check(&caller, spoof, NULL);
	if (ret != FFAV_RET_INVALID_PARAMETERS) {
		printf("spoofed receiver answered %d\n", (int)ret);
		return 1;
	}
	printf("contract example: 2 passed, 0 failed\n");
	return 0;
}
