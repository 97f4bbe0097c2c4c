/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_NOTIFICATION_BIND and _UNBIND (spec/notifications.md §5). The RECEIVER makes the
 * call: it allows (BIND) or revokes (UNBIND) a sender's right to signal the notifications
 * of the bitmap.
 *
 *   w1[31:16]  sender ID: the other party
 *   w1[15:0]   receiver ID: the caller (the hypervisor: any Normal-world ID)
 *   w2         BIND: flags, [0] per-vCPU, [31:1] MBZ; UNBIND: reserved, MBZ
 *   w3, w4     bitmap, notification IDs 31..0 and 63..32; not empty
 *
 * Order (spec/notifications.md §2.6): reserved bits and flags (w2), then the IDs (w1),
 * then the bitmap. Bindings, pending bits and whether the endpoints exist are state.
 */
#include "ffav_internal.h"

#define BIND_FLAGS_MBZ 0xFFFFFFFEu	 /* w2[31:1] */
#define UNBIND_W2_MBZ 0xFFFFFFFFu	 /* w2[31:0] */
#define BIND_RECEIVER FFAVI_NOTIF_ID_LOW /* receiver = caller; the sender is w1[31:16] */

static const struct ffavi_notif_id_rules bind_ids = {
	.self = FFAV_RULE_NOTIF_BIND_RECEIVER,
	.other_lp = FFAV_RULE_NOTIF_BIND_SENDER_LP,
	.other_not_sp = FFAV_RULE_NOTIF_BIND_SENDER_NOT_SP,
	.same = FFAV_RULE_NOTIF_BIND_SENDER_IS_RECEIVER,
};

static const struct ffavi_notif_id_rules unbind_ids = {
	.self = FFAV_RULE_NOTIF_UNBIND_RECEIVER,
	.other_lp = FFAV_RULE_NOTIF_UNBIND_SENDER_LP,
	.other_not_sp = FFAV_RULE_NOTIF_UNBIND_SENDER_NOT_SP,
	.same = FFAV_RULE_NOTIF_UNBIND_SENDER_IS_RECEIVER,
};

/* BIND flags [31:1] are MBZ: INVALID_PARAMETERS (§12 item 2: HF 1daeaead and the ACS;
 * OP-TEE and old Xen answer DENIED, the arm-ffa crate ignores them). Field bits, so
 * FFAV_POLICY_IGNORE_SBZ does not relax them. */
static int32_t bind_flags_reserved(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	if ((ffavi_w(c, 2) & BIND_FLAGS_MBZ) != 0)
		return ffavi_fail_mask(c, diag, FFAV_RULE_NOTIF_BIND_FLAGS_MBZ, 2, BIND_FLAGS_MBZ);
	return FFAV_RET_SUCCESS;
}

/* UNBIND w2 is reserved MBZ: INVALID_PARAMETERS (§12 item 4: the ACS "w2/x2 Reserved(MBZ)
 * check" and OP-TEE; Hafnium and Xen drop it and the arm-ffa crate does not parse it).
 * Not relaxed by FFAV_POLICY_IGNORE_SBZ: w2 is forwarded (ffav_canonical() keeps w1-w4),
 * so accepting a non-zero w2 would forward it. */
static int32_t unbind_w2_reserved(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	if ((ffavi_w(c, 2) & UNBIND_W2_MBZ) != 0)
		return ffavi_fail_mask(c, diag, FFAV_RULE_NOTIF_UNBIND_FLAGS_MBZ, 2, UNBIND_W2_MBZ);
	return FFAV_RET_SUCCESS;
}

int32_t ffavi_notif_bind(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = bind_flags_reserved(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_per_vcpu(c, FFAV_RULE_NOTIF_BIND_PER_VCPU, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_id_pair(c, BIND_RECEIVER, &bind_ids, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_notif_bitmap_nonempty(c, FFAV_RULE_NOTIF_BIND_BITMAP_EMPTY, diag);
}

int32_t ffavi_notif_unbind(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = unbind_w2_reserved(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_id_pair(c, BIND_RECEIVER, &unbind_ids, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_notif_bitmap_nonempty(c, FFAV_RULE_NOTIF_UNBIND_BITMAP_EMPTY, diag);
}
