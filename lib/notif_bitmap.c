/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_NOTIFICATION_BITMAP_CREATE and _BITMAP_DESTROY (spec/notifications.md §3, §4): the
 * Non-secure physical instance asks the SPMC to create or destroy the notification bitmap
 * of one Normal-world endpoint.
 *
 *   w1[31:16]  reserved, MBZ
 *   w1[15:0]   VM ID: a Normal-world ID; the host may name only itself (0)
 *   w2         CREATE: vCPU count (any value; it bounds later GET/SET vCPU IDs, which is
 *              state); DESTROY: reserved (the calling-convention layer checks it)
 *
 * The calling-convention layer has already refused every caller but the host and the
 * hypervisor (NOTIF_CREATE_CALLER, NOTIF_DESTROY_CALLER) and judged w3-w7 / w2-w7.
 */
#include "ffav_internal.h"

#define VM_ID_RESERVED 0xFFFF0000u /* w1[31:16] */

/*
 * w1[31:16] is MBZ: INVALID_PARAMETERS (spec/notifications.md §12 item 5, the reading of
 * the arm-ffa crate, OP-TEE and pKVM; Hafnium truncates the field to 16 bits and ignores
 * them).
 */
static int32_t vm_id_reserved_bits(const struct ffavi_ctx *c, uint32_t rule, struct ffav_diag *diag)
{
	if ((ffavi_w(c, 1) & VM_ID_RESERVED) != 0)
		return ffavi_fail_mask(c, diag, rule, 1, VM_ID_RESERVED);
	return FFAV_RET_SUCCESS;
}

/* The VM ID names a Normal-world endpoint (bit 15 clear, else INVALID_PARAMETERS: HF
 * 7ccaccf2, ACS with 0xFFFF); for the host, only itself (0; pKVM requires w1 == 0). */
static int32_t vm_id_names_nwd_endpoint(const struct ffavi_ctx *c, uint32_t rule,
					struct ffav_diag *diag)
{
	return ffavi_notif_self_id(c, FFAVI_NOTIF_ID_LOW, rule, diag);
}

static int32_t check_vm_id(const struct ffavi_ctx *c, uint32_t mbz_rule, uint32_t id_rule,
			   struct ffav_diag *diag)
{
	int32_t ret;

	ret = vm_id_reserved_bits(c, mbz_rule, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return vm_id_names_nwd_endpoint(c, id_rule, diag);
}

int32_t ffavi_notif_bitmap_create(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return check_vm_id(c, FFAV_RULE_NOTIF_CREATE_ID_MBZ, FFAV_RULE_NOTIF_CREATE_VM_ID, diag);
}

int32_t ffavi_notif_bitmap_destroy(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return check_vm_id(c, FFAV_RULE_NOTIF_DESTROY_ID_MBZ, FFAV_RULE_NOTIF_DESTROY_VM_ID, diag);
}
