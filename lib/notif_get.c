/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_NOTIFICATION_GET (DEN0077A v1.3 §16.6, Table 16.24), and INFO_GET below. The RECEIVER makes
 * the call and fetches its pending notifications from the bitmaps its flags name.
 *
 *   w1[31:16]  receiver vCPU ID (NOT an endpoint ID): its bound is state (the vCPU count
 *              of BITMAP_CREATE or of the partition), so it is not judged here
 *   w1[15:0]   receiver ID: the caller (the hypervisor: any Normal-world ID)
 *   w2[0..3]   SP, VM, SPM-framework and hypervisor-framework bitmap flags; 0 is legal
 *   w2[31:4]   reserved: SBZ from v1.2, MBZ at v1.1; w2[1], w2[3] SBZ at NS physical
 *
 * Order (docs/notifications.md §3): reserved bits and flags (w2), then the receiver.
 */
#include "ffav_internal.h"

#if FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS) /* the build selection: lib/ffav_internal.h */

#define GET_FLAG_VM 0x2u		/* w2[1]: notifications from VMs */
#define GET_FLAG_HYP 0x8u		/* w2[3]: hypervisor framework notifications */
#define GET_FLAGS_MBZ 0xFFFFFFF0u	/* w2[31:4] */
#define GET_RECEIVER FFAVI_NOTIF_ID_LOW /* receiver = caller; w1[31:16] is the vCPU ID */

/* w2[31:4] are reserved SBZ (DEN0077A v1.3 Table 16.24) from v1.2; at v1.1 they are MBZ (the
 * v1.1 EAC0 text Hafnium fc95a30e quotes, "Must Be Zero", the one older text with a different
 * label). Refused by default ("Flags incorrectly encoded", Table 16.26); from v1.2 ignored
 * under FFAV_POLICY_IGNORE_SBZ and cleared in the canonical image. */
static int32_t get_flags_reserved(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	if (!ffavi_version_ge(c, 1, 2) && (ffavi_w(c, 2) & GET_FLAGS_MBZ) != 0)
		return ffavi_fail_mask(c, diag, FFAV_RULE_NOTIF_GET_FLAGS_MBZ, 2, GET_FLAGS_MBZ);
	return ffavi_notif_sbz_bits(c, 2, GET_FLAGS_MBZ, FFAV_RULE_NOTIF_GET_FLAGS_MBZ, diag);
}

/* At the NS physical instance every receiver is a Normal-world endpoint, whose VM-sourced
 * and hypervisor-framework bitmaps the hypervisor keeps, not the SPMC: w2[1] and w2[3] are
 * SBZ there (DEN0077A v1.3 Table 16.24, every version from v1.1; HF
 * ffa_notifications_is_get_valid, DS "NS_PHYSICAL && (flags_vm || flags_hyp)"; Linux asks for
 * SP|SPM when its ID is 0). Refused by default, ignored under FFAV_POLICY_IGNORE_SBZ and then
 * cleared in the canonical image. */
static int32_t get_flags_ns_physical(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	if (!ffavi_caller_is_ns_physical(c))
		return FFAV_RET_SUCCESS;
	return ffavi_notif_sbz_bits(c, 2, GET_FLAG_VM | GET_FLAG_HYP,
				    FFAV_RULE_NOTIF_GET_FLAGS_NS_PHYSICAL, diag);
}

/* The receiver w1[15:0] names the caller (DEN0077A v1.3 Tables 16.24, 16.26). Early Hafnium and
 * OP-TEE read it from w1[31:16], the vCPU ID (docs/notifications.md §2). */
static int32_t get_receiver_is_caller(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return ffavi_notif_self_id(c, GET_RECEIVER, FFAV_RULE_NOTIF_GET_RECEIVER, diag);
}

int32_t ffavi_notif_get(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = get_flags_reserved(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = get_flags_ns_physical(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return get_receiver_is_caller(c, diag);
}

/* ---- FFA_NOTIFICATION_INFO_GET ------------------------------------------ */

/* FFA_NOTIFICATION_INFO_GET, SMC32 and SMC64 (DEN0077A v1.3 §16.11, Tables 16.45-16.48). It takes
 * no parameters: the calling-convention layer has already refused secure callers
 * (NOTIF_INFO_GET_CALLER) and judged every register, x1..x7 and, for INFO_GET_64 from
 * v1.2, x8..x17 (NOTIF_INFO_GET_SBZ). Those registers are SBZ (Table 16.46), and Table
 * 16.48 lists only NO_DATA and NOT_SUPPORTED: the strict default refuses a non-zero one with
 * NOT_SUPPORTED, a code INFO_GET may return (at every version: no older text lists
 * INVALID_PARAMETERS for it), and FFAV_POLICY_IGNORE_SBZ lets it through (docs/notifications.md,
 * "Version decisions"). Whether a VM is a scheduler, and whether anything is pending (NO_DATA),
 * is state. */
int32_t ffavi_notif_info_get(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}

#endif /* FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS) */
