/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The v1.3 extended notifications, FFA_NOTIFICATION_BIND2 and _UNBIND2 (DEN0077A v1.3 §16.7,
 * §16.8, Tables 16.28-16.34), and the bitmap geometry the four `*2` ABIs share. SET2 and GET2
 * are in lib/notif2_set_get.c. SMC64 only, from v1.3: the calling-convention layer has
 * refused the SMC32 encodings and older versions (CC_FID_WIDTH, CC_FID_TOO_NEW), the callers
 * the instance tables do not name, and the reserved registers above the bitmaps.
 *
 *   w1[31:16]  sender ID: the other party (BIND2, UNBIND2)
 *   w1[15:0]   receiver ID: the caller (the hypervisor: any Normal-world ID)
 *   x2         BIND2: [0] per-vCPU flag, [63:1] reserved SBZ; UNBIND2: reserved SBZ
 *   x3-x8      bitmap [b:0], notification i at bit (i mod 64) of x(i / 64 + 3); bits of
 *              unimplemented notification IDs MBZ; not empty
 *   x9-x17     reserved SBZ (lib/check.c)
 *
 * x1[63:32] is not described (w1 is a 32-bit field): it is ignored and cleared in the
 * canonical image, as for the SMC64 direct messages.
 */
#include "ffav_internal.h"

#if FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS2) /* the build selection: lib/ffav_internal.h */

#define BIND2_FLAGS_SBZ 0xFFFFFFFFFFFFFFFEull /* x2[63:1] (Table 16.29) */
#define UNBIND2_X2_SBZ 0xFFFFFFFFFFFFFFFFull  /* x2 (Table 16.33) */
#define RECEIVER FFAVI_NOTIF_ID_LOW

/* x3..x8 = 0 names no notification: INVALID_PARAMETERS, "empty notification bitmap"
 * (Tables 16.30, 16.34, 16.38). */
static int32_t bitmap_nonempty(const struct ffavi_ctx *c, uint32_t rule, struct ffav_diag *diag)
{
	uint64_t acc = 0;
	unsigned int k;

	for (k = 0; k < FFAVI_NOTIF2_REGS; k++)
		acc |= c->regs[3u + k];
	if (acc == 0)
		return ffavi_fail(diag, rule, 3, 0);
	return FFAV_RET_SUCCESS;
}

/* BIND2, UNBIND2, SET2: the bitmap x3..x8 of notifications from the sender w1[31:16], whose
 * class (an SP: bit 15 set; a VM) picks the supported number. */
int32_t ffavi_notif2_sender_bitmap(const struct ffavi_ctx *c, uint32_t exceeds_rule,
				   uint32_t empty_rule, struct ffav_diag *diag)
{
	bool sp = ffavi_id_is_secure(ffavi_notif_id(c, FFAVI_NOTIF_ID_HIGH));
	int32_t ret;

	ret = ffavi_notif2_exceeds(c, 3, ffavi_notif2_count(c, sp), exceeds_rule, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return bitmap_nonempty(c, empty_rule, diag);
}

static const struct ffavi_notif_id_rules bind2_ids = {
	.self = FFAV_RULE_NOTIF_BIND2_RECEIVER,
	.other_lp = FFAV_RULE_NOTIF_BIND2_SENDER_LP,
	.other_not_sp = FFAV_RULE_NOTIF_BIND2_SENDER_NOT_SP,
	.same = FFAV_RULE_NOTIF_BIND2_SENDER_IS_RECEIVER,
};

static const struct ffavi_notif_id_rules unbind2_ids = {
	.self = FFAV_RULE_NOTIF_UNBIND2_RECEIVER,
	.other_lp = FFAV_RULE_NOTIF_UNBIND2_SENDER_LP,
	.other_not_sp = FFAV_RULE_NOTIF_UNBIND2_SENDER_NOT_SP,
	.same = FFAV_RULE_NOTIF_UNBIND2_SENDER_IS_RECEIVER,
};

/* BIND2 (Tables 16.29, 16.30): x2[63:1] SBZ; the per-vCPU flag x2[0] only where supported;
 * the IDs as for BIND; the bitmap within the supported number and not empty. */
int32_t ffavi_notif_bind2(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = ffavi_notif_sbz_bits(c, 2, BIND2_FLAGS_SBZ, FFAV_RULE_NOTIF_BIND2_FLAGS_SBZ, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_per_vcpu(c, FFAV_RULE_NOTIF_BIND2_PER_VCPU, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_id_pair(c, RECEIVER, &bind2_ids, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_notif2_sender_bitmap(c, FFAV_RULE_NOTIF_BIND2_BITMAP_EXCEEDS,
					  FFAV_RULE_NOTIF_BIND2_BITMAP_EMPTY, diag);
}

/* UNBIND2 (Tables 16.33, 16.34): x2 SBZ; the IDs as for UNBIND; the bitmap within the
 * supported number and not empty. */
int32_t ffavi_notif_unbind2(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = ffavi_notif_sbz_bits(c, 2, UNBIND2_X2_SBZ, FFAV_RULE_NOTIF_UNBIND2_FLAGS_SBZ, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_id_pair(c, RECEIVER, &unbind2_ids, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_notif2_sender_bitmap(c, FFAV_RULE_NOTIF_UNBIND2_BITMAP_EXCEEDS,
					  FFAV_RULE_NOTIF_UNBIND2_BITMAP_EMPTY, diag);
}

#endif /* FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS2) */
