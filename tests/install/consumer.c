/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* Links against the installed library and judges one call. */
#include <stdio.h>

#include "ffa_validate.h"

int main(void)
{
	const uint64_t regs[FFAV_NREGS] = { 0x84000063 }; /* FFA_VERSION: outside the scope */
	struct ffav_caller caller = { FFAV_ROLE_HOST, 0, FFAV_VERSION(1, 1), 0 };
	struct ffav_diag diag;
	int32_t ret = ffav_check(&caller, regs, &diag);

	printf("%s %s\n", ffav_status_name(ret), ffav_rule_name(diag.rule));
	return ret == FFAV_RET_NOT_SUPPORTED && diag.rule == FFAV_RULE_CC_NOT_COVERED ? 0 : 1;
}
