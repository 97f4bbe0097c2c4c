/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * w2 of FFA_MSG_SEND_DIRECT_REQ and _RESP, SMC32 and SMC64 (spec/direct_messaging.md §5.1,
 * §6.1, §15 step 4):
 *
 *   v1.0   reserved, MBZ: w2 == 0 (no framework messages exist yet, §8.1)
 *   v1.1+  bit 31 = 0: partition message, w2 == 0 exactly
 *          bit 31 = 1: framework message, [30:8] MBZ, [7:0] type (lib/direct_framework.c)
 *   SMC64  x2[63:32] reserved, MBZ (TF-A EL3 SPMC compares the whole x2; HF for partition
 *          messages)
 *
 * §14 item 2: the ACS skips the request's w2 check from v1.2, with no rationale recorded;
 * HF (v1.2 Table 16.6), TF-A EL3 SPMC and OP-TEE enforce it. Reading followed: MBZ, at
 * every version, for requests and responses alike.
 */
#include "ffav_direct.h"

#define UPPER_HALF 0xFFFFFFFF00000000ull

int32_t ffav_direct_check_flags(const struct ffav_ctx *c, bool request, struct ffav_diag *diag)
{
	uint32_t w2 = ffav_w(c, 2);

	if (c->smc64 && (c->regs[2] & UPPER_HALF) != 0)
		return ffav_fail(diag, FFAV_RULE_DIRECT_FLAGS_UPPER, 2, c->regs[2] & UPPER_HALF);
	if (!ffav_version_ge(c, 1, 1)) {
		if (w2 != 0)
			return ffav_fail(diag, FFAV_RULE_DIRECT_FLAGS_V10, 2, w2);
		return FFAV_RET_SUCCESS;
	}
	if ((w2 & FFAV_DIRECT_FWK_BIT) == 0) {
		if (w2 != 0)
			return ffav_fail(diag, FFAV_RULE_DIRECT_PARTITION_FLAGS, 2, w2);
		return FFAV_RET_SUCCESS;
	}
	return ffav_direct_check_framework(c, request, w2, diag);
}
