/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Field checks of the direct-message ABIs (DEN0077A v1.3 §15.2-§15.5, chapter 18). The
 * calling-convention layer (lib/check.c) has already judged the function ID (REQ2/RESP2:
 * SMC64 only, from v1.2), the caller's right to invoke the ABI, the SMC32 upper halves and
 * the unused registers (REQ/RESP_64 x8..x17: reserved at v1.2, payload at v1.3).
 *
 * What needs state is not decided here but by the direct-messaging model: whether the
 * receiver exists, accepts this kind of request and is waiting; which request a response
 * answers (ABI, width, framework type); whether a REQ2 UUID is one the receiver declared.
 *
 * Who may send each ABI at all (DEN0077A v1.3 Tables 15.6, 15.10, 15.14, 15.18) is judged by
 * the calling-convention layer too. Order of every check: w1, then w2 and what it selects.
 */
#include "ffav_direct.h"

#if FFAVI_BUILDS(FFAVI_DIRECT_FAMILIES) /* the build selection: lib/ffav_internal.h */

/* Payload registers are carried whole; w2 of a partition message or of a framework message
 * of types 0x00-0x09 without its SBZ bits [30:8] (DEN0077A v1.3 Tables 15.7, 15.11; the
 * lifecycle types have them MBZ, judged zero); RESP2 without its SBZ x2/x3 (Table 15.19); a
 * framework message carries only its fields. */
uint64_t ffavi_direct_meaningful(const struct ffavi_ctx *c, unsigned int n)
{
	bool req_resp =
		c->abi == FFAV_ABI_MSG_SEND_DIRECT_REQ || c->abi == FFAV_ABI_MSG_SEND_DIRECT_RESP;

	if (c->abi == FFAV_ABI_MSG_SEND_DIRECT_RESP2)
		return n == 2 || n == 3 ? 0 : ~0ull;
	if (!req_resp)
		return ~0ull;
	if (n == 2)
		return ~(uint64_t)FFAVI_DIRECT_FWK_RESERVED;
		/* Without a framework sender in the build selection no framework message passes. */
#if FFAVI_FWK_SENDERS_SELECTED
	if (n >= 3 && (ffavi_w(c, 2) & FFAVI_DIRECT_FWK_BIT) != 0)
		return ffavi_direct_fwk_meaningful(c, ffavi_w(c, 2) & FFAVI_DIRECT_FWK_TYPE, n);
#endif
	return ~0ull;
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

	ret = ffavi_direct_check_ids(c, false, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_direct_check_flags(c, false, diag);
}

/* REQ2: x2/x3 hold the UUID of the receiver's service, bytes 0..7 little-endian in x2 and
 * 8..15 in x3 (DEN0077A v1.3 §15.4). Every 128-bit value is a well-formed UUID and the nil
 * UUID is allowed, so nothing about it is judged without state: the model checks it against
 * the UUIDs the receiver declared (INVALID_PARAMETERS, DEN0077A v1.3 Table 15.16). REQ2 has
 * no flags register: framework messages cannot travel in it (DEN0077A v1.3 chapter 18). */
#if FFAVI_BUILDS(FFAV_ABIS_DIRECT2)
int32_t ffavi_direct_req2(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return ffavi_direct_check_ids(c, true, diag);
}

/* RESP2: x2/x3 are reserved, SBZ (DEN0077A v1.3 Table 15.19): FFAV_POLICY_IGNORE_SBZ lets
 * them through and the canonical image clears them. */
static int32_t check_resp2_reserved(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	unsigned int n;

	if (ffavi_policy(c, FFAV_POLICY_IGNORE_SBZ))
		return FFAV_RET_SUCCESS;
	for (n = 2; n <= 3; n++) {
		if (c->regs[n] != 0)
			return ffavi_fail(diag, FFAV_RULE_DIRECT_RESP2_RESERVED, n, c->regs[n]);
	}
	return FFAV_RET_SUCCESS;
}

int32_t ffavi_direct_resp2(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = ffavi_direct_check_ids(c, false, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return check_resp2_reserved(c, diag);
}

#endif /* FFAVI_BUILDS(FFAV_ABIS_DIRECT2) */

#endif /* FFAVI_BUILDS(FFAVI_DIRECT_FAMILIES) */
