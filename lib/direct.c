/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Field checks of the direct-message ABIs (spec/direct_messaging.md §5-§8, §15). The
 * calling-convention layer (lib/check.c) has already judged the function ID (REQ2/RESP2:
 * SMC64 only, from v1.2), the caller's right to invoke the ABI, the SMC32 upper halves and
 * the unused registers (REQ/RESP_64 x8..x17: reserved at v1.2, payload at v1.3).
 *
 * What needs state is not decided here but by the direct-messaging model: whether the
 * receiver exists, accepts this kind of request and is waiting; which request a response
 * answers (ABI, width, framework type); whether a REQ2 UUID is one the receiver declared.
 *
 * Order of every check: who answers (responses), then w1, then w2 and what it selects.
 */
#include "ffav_direct.h"

/* Payload registers are carried whole; a framework message carries only its fields. */
uint64_t ffavi_direct_meaningful(const struct ffavi_ctx *c, unsigned int n)
{
	uint32_t w2 = ffavi_w(c, 2);
	bool req_resp =
		c->abi == FFAV_ABI_MSG_SEND_DIRECT_REQ || c->abi == FFAV_ABI_MSG_SEND_DIRECT_RESP;

	if (!req_resp || n < 3 || (w2 & FFAVI_DIRECT_FWK_BIT) == 0)
		return ~0ull;
	return ffavi_direct_fwk_meaningful(c, w2 & FFAVI_DIRECT_FWK_TYPE, n);
}

int32_t ffavi_direct_req(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = ffavi_direct_check_ids(c, true, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_direct_check_flags(c, true, diag);
}

int32_t ffavi_direct_resp(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = ffavi_direct_check_responder(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_direct_check_ids(c, false, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_direct_check_flags(c, false, diag);
}

/* REQ2: x2/x3 hold the UUID of the receiver's service, bytes 0..7 little-endian in x2 and
 * 8..15 in x3 (spec/direct_messaging.md §7.1). Every 128-bit value is a well-formed UUID
 * and the nil UUID is allowed, so nothing about it is judged without state: the model
 * checks it against the UUIDs the receiver declared (INVALID_PARAMETERS, §7.3). REQ2 has no
 * flags register: framework messages cannot travel in it (§7.1). */
int32_t ffavi_direct_req2(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return ffavi_direct_check_ids(c, true, diag);
}

/* RESP2: x2/x3 are reserved. HF ignores them, TF-A applies the REQ flag check, arm-ffa
 * writes zeros; the digest's strict reading is MBZ (spec/direct_messaging.md §7.2, §14
 * item 6), so FFAV_POLICY_IGNORE_SBZ does not relax them. */
static int32_t check_resp2_reserved(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	unsigned int n;

	for (n = 2; n <= 3; n++) {
		if (c->regs[n] != 0)
			return ffavi_fail(diag, FFAV_RULE_DIRECT_RESP2_RESERVED, n, c->regs[n]);
	}
	return FFAV_RET_SUCCESS;
}

int32_t ffavi_direct_resp2(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = ffavi_direct_check_responder(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_direct_check_ids(c, false, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return check_resp2_reserved(c, diag);
}
