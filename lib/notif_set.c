/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_NOTIFICATION_SET (DEN0077A v1.3 §16.5, Tables 16.19-16.21). The SENDER makes the call: the
 * bits of the bitmap become pending at the receiver.
 *
 *   w1[31:16]  sender ID: the caller (the hypervisor: any Normal-world ID)
 *   w1[15:0]   receiver ID: the other party (an SP when the caller is NS physical)
 *   w2[0]      per-vCPU flag
 *   w2[1]      Delay Schedule Receiver Interrupt: only an SP may set it
 *   w2[15:2]   reserved, MBZ
 *   w2[31:16]  receiver vCPU ID: 0 unless w2[0] = 1 (its bound is state)
 *   w3, w4     bitmap, notification IDs 31..0 and 63..32; not empty
 *
 * Order (docs/notifications.md §3): reserved bits and flags (w2), then the IDs (w1),
 * then the bitmap. Bindings, the bound type of each bit and the vCPU count are state.
 */
#include "ffav_internal.h"

#if FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS) /* the build selection: lib/ffav_internal.h */

#define SET_FLAG_PER_VCPU 0x00000001u  /* w2[0] */
#define SET_FLAG_DELAY_SRI 0x00000002u /* w2[1] */
#define SET_FLAGS_MBZ 0x0000FFFCu      /* w2[15:2] (HF flags_mbz; arm-ffa MBZ_BITS) */
#define SET_VCPU_ID 0xFFFF0000u	       /* w2[31:16] */
#define SET_SENDER FFAVI_NOTIF_ID_HIGH /* sender = caller; the receiver is w1[15:0] */

static const struct ffavi_notif_id_rules set_ids = {
	.self = FFAV_RULE_NOTIF_SET_SENDER,
	.other_lp = FFAV_RULE_NOTIF_SET_RECEIVER_LP,
	.other_not_sp = FFAV_RULE_NOTIF_SET_RECEIVER_NOT_SP,
	.same = FFAV_RULE_NOTIF_SET_RECEIVER_IS_SENDER,
};

/* w2[15:2] are MBZ: INVALID_PARAMETERS, "invalid flags" (DEN0077A v1.3 Tables 16.20, 16.21;
 * HF 6b754a18, arm-ffa, DS). */
static int32_t set_flags_reserved(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	if ((ffavi_w(c, 2) & SET_FLAGS_MBZ) != 0)
		return ffavi_fail_mask(c, diag, FFAV_RULE_NOTIF_SET_FLAGS_MBZ, 2, SET_FLAGS_MBZ);
	return FFAV_RET_SUCCESS;
}

/* Global notifications target no vCPU: w2[31:16] MBZ when w2[0] = 0 (DEN0077A v1.3 Tables
 * 16.20, 16.21; HF 30ac91dc,
 * ACS, arm-ffa, DS). */
static int32_t set_vcpu_id_only_per_vcpu(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint32_t flags = ffavi_w(c, 2);

	if ((flags & SET_FLAG_PER_VCPU) == 0 && (flags & SET_VCPU_ID) != 0)
		return ffavi_fail_mask(c, diag, FFAV_RULE_NOTIF_SET_VCPU_GLOBAL, 2, SET_VCPU_ID);
	return FFAV_RET_SUCCESS;
}

/* Delay SRI is for an SP at the secure virtual instance; from a Normal-world caller
 * (host, hypervisor, VM) it is INVALID_PARAMETERS (DEN0077A v1.3 Table 16.20, §16.5.1: MBZ
 * at every other instance; v1.2 §16.5.1; HF
 * 41c5da38; disputed point 12, docs/notifications.md §5: an older TFTF expected success from
 * a VM). */
static int32_t set_delay_sri_only_from_sp(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	if (ffavi_caller_is_nwd(c) && (ffavi_w(c, 2) & SET_FLAG_DELAY_SRI) != 0)
		return ffavi_fail_mask(c, diag, FFAV_RULE_NOTIF_SET_DELAY_SRI, 2,
				       SET_FLAG_DELAY_SRI);
	return FFAV_RET_SUCCESS;
}

int32_t ffavi_notif_set(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = set_flags_reserved(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = set_vcpu_id_only_per_vcpu(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = set_delay_sri_only_from_sp(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_per_vcpu(c, FFAV_RULE_NOTIF_SET_PER_VCPU, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_id_pair(c, SET_SENDER, &set_ids, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_notif_bitmap_nonempty(c, FFAV_RULE_NOTIF_SET_BITMAP_EMPTY, diag);
}

#endif /* FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS) */
