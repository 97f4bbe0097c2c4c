/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The v1.3 extended notifications FFA_NOTIFICATION_SET2 and _GET2 (DEN0077A v1.3 §16.9,
 * §16.10, Tables 16.36-16.43). SMC64 only, from v1.3 (lib/check.c); the bitmap geometry is
 * in lib/notif.c.
 *
 * SET2, the SENDER's call (Table 16.37):
 *   w1[31:16]  sender ID: the caller (the hypervisor: any Normal-world ID)
 *   w1[15:0]   receiver ID: the other party (an SP when the caller is NS physical)
 *   x2[0]      per-vCPU flag
 *   x2[1]      Delay Schedule Receiver Interrupt: MBZ except at the Secure virtual instance
 *   x2[15:2]   reserved, MBZ
 *   x2[63:16]  receiver vCPU ID (48 bits): MBZ when x2[0] = 0
 *   x3-x8      bitmap [b:0]; bits above b MBZ; not empty
 *
 * GET2, the RECEIVER's call (Table 16.41):
 *   w1[31:16]  receiver vCPU ID (state); w1[15:0] receiver ID: the caller
 *   x2[3:0]    select the SP, VM, SPMC-framework, hypervisor-framework bitmaps; [1] and [3]
 *              SBZ at the Non-secure physical instance; x2[63:4] reserved SBZ
 *   x3-x8      SP notification mask [b:0] (1 = do not retrieve): bits above b MBZ; SBZ if
 *              x2[0] = 0
 *   x9-x14     VM notification mask, the same with x2[1]
 *   x15, x16   SPMC / hypervisor framework masks: SBZ if x2[2] / x2[3] = 0
 *   x17        reserved SBZ (lib/check.c)
 * Table 16.43 lists "empty notification bitmap specified" for GET2, a call that takes masks,
 * not bitmaps: the text defines no empty bitmap for it, so nothing is refused for it (x2 = 0
 * stays valid, as for GET; docs/notifications.md).
 */
#include "ffav_internal.h"

#if FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS2) /* the build selection: lib/ffav_internal.h */

#define SET2_FLAG_PER_VCPU 0x1ull	   /* x2[0] */
#define SET2_FLAG_DELAY_SRI 0x2ull	   /* x2[1] */
#define SET2_FLAGS_MBZ 0xFFFCull	   /* x2[15:2] */
#define SET2_VCPU_ID 0xFFFFFFFFFFFF0000ull /* x2[63:16] */
#define GET2_FLAG_SP FFAVI_GET2_FLAG_SP
#define GET2_FLAG_VM FFAVI_GET2_FLAG_VM
#define GET2_FLAG_SPMC FFAVI_GET2_FLAG_SPMC
#define GET2_FLAG_HYP FFAVI_GET2_FLAG_HYP
#define GET2_FLAGS_SBZ 0xFFFFFFFFFFFFFFF0ull /* x2[63:4] */

static const struct ffavi_notif_id_rules set2_ids = {
	.self = FFAV_RULE_NOTIF_SET2_SENDER,
	.other_lp = FFAV_RULE_NOTIF_SET2_RECEIVER_LP,
	.other_not_sp = FFAV_RULE_NOTIF_SET2_RECEIVER_NOT_SP,
	.same = FFAV_RULE_NOTIF_SET2_RECEIVER_IS_SENDER,
};

/* SET2 x2 (Tables 16.37, 16.38): [15:2] MBZ; the vCPU ID [63:16] MBZ for global
 * notifications (x2[0] = 0); Delay SRI [1] MBZ but at the Secure virtual instance (§16.5.1),
 * so from a Normal-world caller INVALID_PARAMETERS ("invalid flags"). */
static int32_t set2_flags(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint64_t x2 = c->regs[2];

	if ((x2 & SET2_FLAGS_MBZ) != 0)
		return ffavi_fail(diag, FFAV_RULE_NOTIF_SET2_FLAGS_MBZ, 2, x2 & SET2_FLAGS_MBZ);
	if ((x2 & SET2_FLAG_PER_VCPU) == 0 && (x2 & SET2_VCPU_ID) != 0)
		return ffavi_fail(diag, FFAV_RULE_NOTIF_SET2_VCPU_GLOBAL, 2, x2 & SET2_VCPU_ID);
	if (ffavi_caller_is_nwd(c) && (x2 & SET2_FLAG_DELAY_SRI) != 0)
		return ffavi_fail(diag, FFAV_RULE_NOTIF_SET2_DELAY_SRI, 2, SET2_FLAG_DELAY_SRI);
	return FFAV_RET_SUCCESS;
}

int32_t ffavi_notif_set2(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = set2_flags(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_per_vcpu(c, FFAV_RULE_NOTIF_SET2_PER_VCPU, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_id_pair(c, FFAVI_NOTIF_ID_HIGH, &set2_ids, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_notif2_sender_bitmap(c, FFAV_RULE_NOTIF_SET2_BITMAP_EXCEEDS,
					  FFAV_RULE_NOTIF_SET2_BITMAP_EMPTY, diag);
}

/* GET2 x2 (Tables 16.41, 16.43): [63:4] SBZ; [1] and [3] SBZ at the Non-secure physical
 * instance (the hypervisor keeps those bitmaps, as for GET). */
static int32_t get2_flags(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = ffavi_notif_sbz_bits(c, 2, GET2_FLAGS_SBZ, FFAV_RULE_NOTIF_GET2_FLAGS_SBZ, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_notif_sbz_bits(
		c, 2, (GET2_FLAG_VM | GET2_FLAG_HYP) & ~ffavi_notif_get2_selectable(c),
		FFAV_RULE_NOTIF_GET2_FLAGS_NS_PHYSICAL, diag);
}

/* The masks (Table 16.41): bits above b of the SP mask x3-x8 (SP count) and of the VM mask
 * x9-x14 (VM count) MBZ, whether or not the bitmap is selected; the mask of a bitmap x2 does
 * not select is SBZ (x15 and x16 whole registers). */
static int32_t get2_masks(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint64_t selected = c->regs[2] & ffavi_notif_get2_selectable(c);
	unsigned int n;
	int32_t ret;

	ret = ffavi_notif2_exceeds(c, 3, ffavi_notif2_count(c, true),
				   FFAV_RULE_NOTIF_GET2_MASK_EXCEEDS, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif2_exceeds(c, 9, ffavi_notif2_count(c, false),
				   FFAV_RULE_NOTIF_GET2_MASK_EXCEEDS, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	for (n = 3; n <= 16u; n++) {
		ret = ffavi_notif_sbz_bits(c, n,
					   ffavi_notif_get2_mask_selected(n, selected) ? 0 : ~0ull,
					   FFAV_RULE_NOTIF_GET2_MASK_UNSELECTED, diag);
		if (ret != FFAV_RET_SUCCESS)
			return ret;
	}
	return FFAV_RET_SUCCESS;
}

int32_t ffavi_notif_get2(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = get2_flags(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffavi_notif_self_id(c, FFAVI_NOTIF_ID_LOW, FFAV_RULE_NOTIF_GET2_RECEIVER, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return get2_masks(c, diag);
}

#endif /* FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS2) */
