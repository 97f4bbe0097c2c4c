/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_SUCCESS answers of the v1.3 extended notifications (DEN0077A v1.3 §16.7-§16.10,
 * Tables 16.28-16.42), of FFA_NOTIFICATION_BITMAP_CREATE (Table 16.4: the allocated count
 * from v1.3) and of FFA_FEATURES (Tables 13.13-13.15). FFA_ERROR answers and their code lists
 * are judged in lib/response.c.
 */
#include "response_internal.h"

#if FFAV_SELECT_RESPONSES /* the build selection: lib/ffav_internal.h */

#define CREATE_COUNT_RESERVED 0xFFFFFE00u /* answer w2[31:9] from v1.3 */
#define FEATURE_ID 0xFFu
#define NOTIF_FEATURES_RESERVED 0xFFF00000u /* ID 4 w2[31:20] */
#define NOTIF_FEATURES_VM_COUNT 0x000007FCu /* ID 4 w2[10:2] */
#define NOTIF_FEATURES_SP_COUNT 0x000FF800u /* ID 4 w2[19:11] */
#define NOTIF_FEATURES_VM_SHIFT 2u
#define NOTIF_FEATURES_SP_SHIFT 11u
#define FRAMEWORK_DEFINED ((uint64_t)FFAV_FRAMEWORK_NOTIF_RX_BUFFER_FULL)

/* x1 (w1) is target information, zero for these ABIs. */
static int32_t check_target(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint64_t x1 = ffavi_resp_arg(r, 1);

	if (x1 != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_SUCCESS_TARGET, 1, x1);
	return FFAV_RET_SUCCESS;
}

/* BIND2, UNBIND2, SET2: "FFA_SUCCESS without any further parameters" (DEN0077A v1.3 §16.7-§16.9).
 * The width is not stated: both are accepted (an SMC64 call is commonly answered with
 * FFA_SUCCESS_32); every register after x1 is reserved, SBZ. */
static int32_t check_plain_success(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	int32_t ret = check_target(r, diag);

	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_resp_unused(r, 2, ffavi_resp_window_end(r), FFAV_RULE_RESP_NOTIF2_SUCCESS_SBZ,
				 diag);
}

/* One selected bitmap register n (3..16) of a GET2 answer (Table 16.42): bits above the
 * supported number MBZ (x3-x8 the SP count, x9-x14 the VM count); a notification the call
 * masked (Table 16.41: 1 = do not retrieve) is not returned; the framework bitmaps x15, x16
 * define only bit 0, RX buffer full. */
static int32_t check_get2_bitmap(const struct ffavi_resp *r, unsigned int n, struct ffav_diag *diag)
{
	uint64_t v = r->regs[n];
	uint64_t masked = v & r->call->regs[n];

	if (n <= 14u) {
		bool sp = n <= 8u;
		unsigned int k = n - (sp ? 3u : 9u);
		uint64_t extra = v & ~ffavi_notif2_allowed(ffavi_notif2_count(r->call, sp), k);

		if (extra != 0)
			return ffavi_fail(diag, FFAV_RULE_RESP_GET2_EXCEEDS, n, extra);
	}
	if (masked != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_GET2_MASKED, n, masked);
	if (n >= 15u && (v & ~FRAMEWORK_DEFINED) != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_GET2_FRAMEWORK, n, v & ~FRAMEWORK_DEFINED);
	return FFAV_RET_SUCCESS;
}

/* GET2 (Table 16.42): FFA_SUCCESS64; x2 MBZ; the bitmaps the call selected (x2 of the call,
 * as the instance allows) judged, those it did not select ignored ("the caller must ignore"
 * them); x17 SBZ. */
static int32_t check_get2(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint64_t selected = r->call->regs[2] & ffavi_notif_get2_selectable(r->call);
	unsigned int n;
	int32_t ret;

	if (!r->smc64)
		return ffavi_fail(diag, FFAV_RULE_RESP_GET2_WIDTH, 0, 0);
	ret = check_target(r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	if (r->regs[2] != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_GET2_RESERVED, 2, r->regs[2]);
	for (n = 3; n <= 16u; n++) {
		if (!ffavi_notif_get2_mask_selected(n, selected))
			continue;
		ret = check_get2_bitmap(r, n, diag);
		if (ret != FFAV_RET_SUCCESS)
			return ret;
	}
	return ffavi_resp_unused(r, 17, ffavi_resp_window_end(r), FFAV_RULE_RESP_GET2_SBZ, diag);
}

/* BITMAP_CREATE (Table 16.4): from v1.3 w2[8:0] is the number of SP notifications allocated
 * beyond 64 and w2[31:9] is "Reserved (SBZ)"; below v1.3 w2 is unused. w3-w7 unused. */
static int32_t check_create(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint32_t reserved = ffavi_resp_w(r, 2) & CREATE_COUNT_RESERVED;
	int32_t ret = check_target(r, diag);

	if (ret != FFAV_RET_SUCCESS)
		return ret;
	if (!ffavi_version_ge(r->call, 1, 3))
		return ffavi_resp_unused(r, 2, 7, FFAV_RULE_RESP_SUCCESS_SBZ, diag);
	if (reserved != 0 && !ffavi_policy(r->call, FFAV_POLICY_IGNORE_SBZ))
		return ffavi_fail(diag, FFAV_RULE_RESP_CREATE_COUNT_RESERVED, 2, reserved);
	return ffavi_resp_unused(r, 3, 7, FFAV_RULE_RESP_SUCCESS_SBZ, diag);
}

/* Feature ID 4, the notification features (Table 13.14): w2[31:20] MBZ; the VM count
 * w2[10:2] MBZ at the Non-secure physical instance; each count at most 320. Bits 0 and 1
 * (per-vCPU support per class) may take any value. */
static int32_t check_notif_features(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint32_t w2 = ffavi_resp_w(r, 2);
	uint32_t vm = (w2 & NOTIF_FEATURES_VM_COUNT) >> NOTIF_FEATURES_VM_SHIFT;
	uint32_t sp = (w2 & NOTIF_FEATURES_SP_COUNT) >> NOTIF_FEATURES_SP_SHIFT;

	if ((w2 & NOTIF_FEATURES_RESERVED) != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_FEATURES_NOTIF_RESERVED, 2,
				  w2 & NOTIF_FEATURES_RESERVED);
	if (ffavi_caller_is_ns_physical(r->call) && vm != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_FEATURES_NOTIF_VM_COUNT, 2,
				  w2 & NOTIF_FEATURES_VM_COUNT);
	if (vm > FFAV_NOTIF_EXTRA_MAX)
		return ffavi_fail(diag, FFAV_RULE_RESP_FEATURES_NOTIF_COUNT, 2,
				  w2 & NOTIF_FEATURES_VM_COUNT);
	if (sp > FFAV_NOTIF_EXTRA_MAX)
		return ffavi_fail(diag, FFAV_RULE_RESP_FEATURES_NOTIF_COUNT, 2,
				  w2 & NOTIF_FEATURES_SP_COUNT);
	return FFAV_RET_SUCCESS;
}

/* The properties w2-w3 of a FFA_FEATURES answer (Tables 13.13-13.15): "MBZ if no optional
 * features are implemented or no implementation details are exported". A covered ABI has no
 * interface properties (Table 13.15 lists only FFA_RXTX_MAP): w2 = w3 = 0. Feature IDs 1-3
 * return an interrupt ID in w2 and ID 4 the notification features: w3 = 0. The properties of
 * the functions outside the library's scope are not judged. */
static int32_t check_features_properties(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint32_t query = ffavi_w(r->call, 1);
	uint32_t w2 = ffavi_resp_w(r, 2);
	uint32_t w3 = ffavi_resp_w(r, 3);

	if ((query & FFAV_FEATURES_FID_BIT) != 0) {
		if (ffav_abi_of(query) == FFAV_ABI_NONE)
			return FFAV_RET_SUCCESS;
		if (w2 != 0)
			return ffavi_fail(diag, FFAV_RULE_RESP_FEATURES_PROPERTIES, 2, w2);
	} else if ((query & FEATURE_ID) == FFAV_FEATURE_NOTIFICATIONS) {
		int32_t ret = check_notif_features(r, diag);

		if (ret != FFAV_RET_SUCCESS)
			return ret;
	}
	if (w3 != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_FEATURES_PROPERTIES, 3, w3);
	return FFAV_RET_SUCCESS;
}

/* FFA_FEATURES (Table 13.13): FFA_SUCCESS_32, target 0, the properties, w4-w7 MBZ (never
 * relaxed). */
static int32_t check_features(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	unsigned int n;
	int32_t ret;

	if (r->smc64)
		return ffavi_fail(diag, FFAV_RULE_RESP_SUCCESS_WIDTH, 0, FFAV_FID_SMC64);
	ret = check_target(r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = check_features_properties(r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	for (n = 4; n <= 7u; n++) {
		uint32_t w = ffavi_resp_w(r, n);

		if (w != 0)
			return ffavi_fail(diag, FFAV_RULE_RESP_FEATURES_MBZ, n, w);
	}
	return FFAV_RET_SUCCESS;
}

bool ffavi_resp_notif2_handles(enum ffav_abi abi)
{
	switch (abi) {
	case FFAV_ABI_NOTIFICATION_BITMAP_CREATE:
	case FFAV_ABI_NOTIFICATION_BIND2:
	case FFAV_ABI_NOTIFICATION_UNBIND2:
	case FFAV_ABI_NOTIFICATION_SET2:
	case FFAV_ABI_NOTIFICATION_GET2:
	case FFAV_ABI_FEATURES:
		return true;
	default:
		return false;
	}
}

int32_t ffavi_resp_notif2(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	switch (r->call->abi) {
	case FFAV_ABI_NOTIFICATION_BITMAP_CREATE:
		if (r->smc64)
			return ffavi_fail(diag, FFAV_RULE_RESP_SUCCESS_WIDTH, 0, FFAV_FID_SMC64);
		return check_create(r, diag);
	case FFAV_ABI_NOTIFICATION_GET2:
		return check_get2(r, diag);
	case FFAV_ABI_FEATURES:
		return check_features(r, diag);
	default: /* BIND2, UNBIND2, SET2 */
		return check_plain_success(r, diag);
	}
}

#endif /* FFAV_SELECT_RESPONSES */
