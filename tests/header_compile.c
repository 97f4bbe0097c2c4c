/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* The public header alone, compiled as C99, C11 (-pedantic) and C++. */
#include "ffa_validate.h"

int ffav_header_compiles(void);

int ffav_header_compiles(void)
{
	struct ffav_caller caller = { FFAV_ROLE_SP, 0x8001, FFAV_VERSION(1, 2), 0 };
	struct ffav_diag diag = { 0, 0, 0 };

	return (int)caller.role + (int)diag.rule + FFAV_NREGS + (int)FFAV_RULE_CC_FID_UNKNOWN;
}
