/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_NOTIFICATION_BITMAP_CREATE and _BITMAP_DESTROY (DEN0077A v1.3 §16.1, §16.2, Tables
 * 16.2-16.9): the
 * Non-secure physical instance asks the SPMC to create or destroy the notification bitmap
 * of one Normal-world endpoint.
 *
 *   w1[31:16]  reserved: CREATE MBZ (Table 16.3), DESTROY SBZ (Table 16.8)
 *   w1[15:0]   VM ID: a Normal-world ID; the host may name only itself (0)
 *   w3         CREATE from v1.3: [8:0] SP notifications requested beyond 64, [31:9] SBZ
 *   w2         CREATE: vCPU count (any value; it bounds later GET/SET vCPU IDs, which is
 *              state); DESTROY: reserved (the calling-convention layer checks it)
 *
 * The calling-convention layer has already refused every caller but the host and the
 * hypervisor (NOTIF_CREATE_CALLER, NOTIF_DESTROY_CALLER) and judged w3-w7 / w2-w7.
 */
#include "ffav_internal.h"

#if FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS) /* the build selection: lib/ffav_internal.h */

#define VM_ID_RESERVED 0xFFFF0000u   /* w1[31:16] */
#define CREATE_COUNT_SBZ 0xFFFFFE00u /* w3[31:9] from v1.3 */

/*
 * w1[31:16]: MBZ in BITMAP_CREATE (DEN0077A v1.3 Table 16.3; never relaxed), SBZ in
 * BITMAP_DESTROY (Table 16.8, every version from v1.1: refused by default, ignored under
 * FFAV_POLICY_IGNORE_SBZ and then cleared in the canonical image). INVALID_PARAMETERS (the
 * reading of the arm-ffa crate, OP-TEE and pKVM; Hafnium truncates the field to 16 bits).
 */
static int32_t vm_id_reserved_bits(const struct ffavi_ctx *c, uint32_t rule, struct ffav_diag *diag)
{
	if (c->abi == FFAV_ABI_NOTIFICATION_BITMAP_DESTROY)
		return ffavi_notif_sbz_bits(c, 1, VM_ID_RESERVED, rule, diag);
	if ((ffavi_w(c, 1) & VM_ID_RESERVED) != 0)
		return ffavi_fail_mask(c, diag, rule, 1, VM_ID_RESERVED);
	return FFAV_RET_SUCCESS;
}

/* The VM ID names a Normal-world endpoint (DEN0077A v1.3 Tables 16.3, 16.5, 16.8, 16.9: "VM ID
 * not recognised"; bit 15 clear, else INVALID_PARAMETERS: HF
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

/* From v1.3, w3[8:0] is the number of SP notifications requested beyond 64 and w3[31:9] is
 * reserved SBZ (DEN0077A v1.3 Table 16.3; the text writes "[32:9]"). Below v1.3 w3 is a
 * reserved register (NOTIF_CREATE_SBZ, lib/check.c). No error is listed for a count above 320
 * (the bound is stated only in Table 13.14), so the count itself is not judged. */
static int32_t create_count_reserved(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	if (!ffavi_version_ge(c, 1, 3))
		return FFAV_RET_SUCCESS;
	return ffavi_notif_sbz_bits(c, 3, CREATE_COUNT_SBZ, FFAV_RULE_NOTIF_CREATE_COUNT_SBZ, diag);
}

int32_t ffavi_notif_bitmap_create(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret;

	ret = check_vm_id(c, FFAV_RULE_NOTIF_CREATE_ID_MBZ, FFAV_RULE_NOTIF_CREATE_VM_ID, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return create_count_reserved(c, diag);
}

int32_t ffavi_notif_bitmap_destroy(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return check_vm_id(c, FFAV_RULE_NOTIF_DESTROY_ID_MBZ, FFAV_RULE_NOTIF_DESTROY_VM_ID, diag);
}

#endif /* FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS) */
