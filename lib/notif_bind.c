/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_NOTIFICATION_BIND and _UNBIND (DEN0077A v1.3 §16.3, §16.4, Tables 16.12, 16.16). The RECEIVER
 * makes the call: it allows (BIND) or revokes (UNBIND) a sender's right to signal the notifications
 * of the bitmap.
 *
 *   w1[31:16]  sender ID: the other party
 *   w1[15:0]   receiver ID: the caller (the hypervisor: any Normal-world ID)
 *   w2         BIND: flags, [0] per-vCPU, [31:1] SBZ; UNBIND: reserved, SBZ
 *   w3, w4     bitmap, notification IDs 31..0 and 63..32; not empty
 *
 * Order (docs/notifications.md §3): reserved bits and flags (w2), then the IDs (w1),
 * then the bitmap. Bindings, pending bits and whether the endpoints exist are state.
 */
#include "ffav_internal.h"

#if FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS) /* the build selection: lib/ffav_internal.h */

#define BIND_FLAGS_MBZ 0xFFFFFFFEu	 /* w2[31:1], SBZ */
#define UNBIND_W2_MBZ 0xFFFFFFFFu	 /* w2[31:0], SBZ */
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

/* BIND flags w2[31:1] are reserved SBZ (DEN0077A v1.3 Table 16.12; no older text labels them
 * MBZ, so at every version from v1.1): refused by default (INVALID_PARAMETERS; HF 1daeaead and
 * the ACS refuse them, OP-TEE and old Xen answer DENIED), ignored under FFAV_POLICY_IGNORE_SBZ
 * and then cleared in the canonical image. The BIND error list (Table 16.13) has no "invalid
 * flags" entry: the refusal is the validator's strict default. */
static int32_t bind_flags_reserved(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return ffavi_notif_sbz_bits(c, 2, BIND_FLAGS_MBZ, FFAV_RULE_NOTIF_BIND_FLAGS_MBZ, diag);
}

/* UNBIND w2 is reserved SBZ (DEN0077A v1.3 Table 16.16, every version from v1.1): refused by
 * default (the ACS "w2/x2 Reserved(MBZ) check" and OP-TEE; Hafnium and Xen drop it), ignored
 * under FFAV_POLICY_IGNORE_SBZ and then cleared in the canonical image. */
static int32_t unbind_w2_reserved(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return ffavi_notif_sbz_bits(c, 2, UNBIND_W2_MBZ, FFAV_RULE_NOTIF_UNBIND_FLAGS_MBZ, diag);
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

#endif /* FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS) */
