/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The fields of each framework message, w3..w7 (spec/direct_messaging.md §8.3-§8.6). The
 * header, version, width and roles have been judged (lib/direct_framework.c). Every type
 * but the PSCI request and the power-management response is SMC32 only, so "w" is exact;
 * for those two on SMC64, the registers up to the end of the unused-register window
 * (x17 from v1.2) are judged.
 *
 * SBZ (should-be-zero) fields follow FFAV_POLICY_IGNORE_SBZ; MBZ fields and defined values
 * are always checked. §14 item 5: HF only warns on the VM-availability SBZ fields, arm-ffa
 * rejects them; the library's default is strict, the policy gives HF's reading.
 */
#include "ffav_direct.h"

/* "The registers from x(first) up to x7 (or x17) are zero", not relaxed by any policy. */
static int32_t check_mbz_from(const struct ffavi_ctx *c, unsigned int first, uint32_t rule,
			      struct ffav_diag *diag)
{
	unsigned int end = ffavi_window_end(c);
	unsigned int n;

	for (n = first; n <= end && n < FFAV_NREGS; n++) {
		if (ffavi_arg(c, n) != 0)
			return ffavi_fail(diag, rule, n, ffavi_arg(c, n));
	}
	return FFAV_RET_SUCCESS;
}

/* A response status: 0, or an error code -1..-10. Power management answers with PSCI codes
 * (-1..-9, §8.3; the SPMC answers the SPMD with DENIED when an SP refused CPU_OFF, §8.3),
 * VM availability and partition stop with FF-A codes (-1..-10; NOT_READY is HF's, §14 item
 * 13). One range covers both. */
static bool is_status(uint32_t w)
{
	return w == 0 || w >= (uint32_t)FFAV_RET_NOT_READY;
}

/* The FFA_VERSION response carries a version (bit 31 clear) or NOT_SUPPORTED (§8.6). */
static bool is_version_or_not_supported(uint32_t w)
{
	return (w & 0x80000000u) == 0 || w == (uint32_t)FFAV_RET_NOT_SUPPORTED;
}

/* Every response: status in w3, w4..w7 reserved (§8.3, §8.4, §8.5, §8.6). A 32-bit status
 * is zero-extended (§3), so on SMC64 (the PM response) x3[63:32] is zero too. */
static int32_t check_response(const struct ffavi_ctx *c, bool version, struct ffav_diag *diag)
{
	uint32_t w3 = ffavi_w(c, 3);
	bool ok = version ? is_version_or_not_supported(w3) : is_status(w3);

	if ((ffavi_arg(c, 3) >> 32) != 0)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_STATUS, 3,
				  ffavi_arg(c, 3) & 0xFFFFFFFF00000000ull);
	if (!ok)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_STATUS, 3, w3);
	return ffavi_check_unused_from(c, 4, FFAV_RULE_DIRECT_FWK_RESP_SBZ, diag);
}

/* PSCI request (Table 18.6): w3 PSCI function ID, w4..w6 its arguments (x3..x6 on SMC64),
 * w7 reserved. The PSCI function itself is the receiver's to judge. */
static int32_t check_psci_req(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return ffavi_check_unused_from(c, 7, FFAV_RULE_DIRECT_FWK_PSCI_SBZ, diag);
}

/* Warm boot: w3 = 0 (exit from suspend-to-RAM) or 1 (from a shallower low-power state;
 * other values INVALID_PARAMETERS, arm-ffa), w4..w7 reserved. */
static int32_t check_warm_boot_req(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint32_t w3 = ffavi_w(c, 3);

	if (w3 > 1)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_WARM_BOOT_TYPE, 3, w3);
	return ffavi_check_unused_from(c, 4, FFAV_RULE_DIRECT_FWK_WARM_BOOT_SBZ, diag);
}

/* VM created / destroyed (§8.4): w3/w4 handle (any value: the invalid handle when unused
 * per arm-ffa, 0 in Xen and HF), w5[15:0] the VM ID, w5[31:16], w6 and w7 reserved. */
static int32_t check_vm_availability_req(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint32_t w5 = ffavi_w(c, 5);
	uint16_t vm = (uint16_t)w5;

	if (vm == 0 || ffavi_id_is_secure(vm))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_VM_ID, 5, w5 & 0xFFFFu);
	if ((w5 & 0xFFFF0000u) != 0 && !ffavi_policy(c, FFAV_POLICY_IGNORE_SBZ))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_VM_SBZ, 5, w5 & 0xFFFF0000u);
	return ffavi_check_unused_from(c, 6, FFAV_RULE_DIRECT_FWK_VM_SBZ, diag);
}

/* FFA_VERSION request (§8.6): w3 the requested version, bit 31 MBZ as in FFA_VERSION; w4
 * from v1.3 the FFA_VERSION flags ([1:0] query type, 3 reserved; [31:2] MBZ, arm-ffa; §11),
 * reserved before; w5..w7 reserved. */
static int32_t check_version_req(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint32_t w3 = ffavi_w(c, 3);
	uint32_t w4 = ffavi_w(c, 4);

	if ((w3 & 0x80000000u) != 0)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_VERSION_REQUESTED, 3, 0x80000000u);
	if (!ffavi_version_ge(c, 1, 3))
		return ffavi_check_unused_from(c, 4, FFAV_RULE_DIRECT_FWK_VERSION_SBZ, diag);
	if ((w4 & ~3u) != 0)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_VERSION_FLAGS, 4, w4 & ~3u);
	if (w4 == 3)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_VERSION_FLAGS, 4, w4);
	return ffavi_check_unused_from(c, 5, FFAV_RULE_DIRECT_FWK_VERSION_SBZ, diag);
}

int32_t ffavi_direct_check_fwk_fields(const struct ffavi_ctx *c, uint32_t type,
				      struct ffav_diag *diag)
{
	switch (type) {
	case FFAVI_FWK_PSCI_REQ:
		return check_psci_req(c, diag);
	case FFAVI_FWK_WARM_BOOT_REQ:
		return check_warm_boot_req(c, diag);
	case FFAVI_FWK_VM_CREATED_REQ:
	case FFAVI_FWK_VM_DESTROYED_REQ:
		return check_vm_availability_req(c, diag);
	case FFAVI_FWK_VERSION_REQ:
		return check_version_req(c, diag);
	case FFAVI_FWK_STOP_REQ:
		/* w3 the reason (HF: 1 = for live activation, 0 otherwise; not judged, a
		 * single source); w4..w7 MBZ (HF, §8.5). */
		return check_mbz_from(c, 4, FFAV_RULE_DIRECT_FWK_STOP_MBZ, diag);
	case FFAVI_FWK_PM_RESP:
	case FFAVI_FWK_VM_CREATED_RESP:
	case FFAVI_FWK_VM_DESTROYED_RESP:
	case FFAVI_FWK_STOP_RESP:
		return check_response(c, false, diag);
	case FFAVI_FWK_VERSION_RESP:
		return check_response(c, true, diag);
	default:
		/* Live activation (0x0C..0x0F): implementation-level layouts (HF, TF-A) whose
		 * errors travel as status words, not FFA_ERROR (§8.5): not judged. */
		return FFAV_RET_SUCCESS;
	}
}

/* The bits of x(n), n >= 3, that a framework message of this type carries (§8.3-§8.6). The
 * others are reserved: judged zero, or let through by FFAV_POLICY_IGNORE_SBZ; either way the
 * canonical image clears them, so what is forwarded is what was judged (peers.md R47). */
uint64_t ffavi_direct_fwk_meaningful(const struct ffavi_ctx *c, uint32_t type, unsigned int n)
{
	const uint64_t word = 0xFFFFFFFFull;

	switch (type) {
	case FFAVI_FWK_PSCI_REQ: /* PSCI function ID and three arguments (x3..x6 on SMC64) */
		return n <= 6 ? ~0ull : 0;
	case FFAVI_FWK_VM_CREATED_REQ:
	case FFAVI_FWK_VM_DESTROYED_REQ: /* handle in w3/w4, VM ID in w5[15:0] */
		return n <= 4 ? word : n == 5 ? 0xFFFFull : 0;
	case FFAVI_FWK_VERSION_REQ: /* version in w3, v1.3 flags in w4 */
		return n == 3 || (n == 4 && ffavi_version_ge(c, 1, 3)) ? word : 0;
	case FFAVI_FWK_WARM_BOOT_REQ:
	case FFAVI_FWK_STOP_REQ:
	case FFAVI_FWK_PM_RESP:
	case FFAVI_FWK_VM_CREATED_RESP:
	case FFAVI_FWK_VM_DESTROYED_RESP:
	case FFAVI_FWK_VERSION_RESP:
	case FFAVI_FWK_STOP_RESP: /* one word in w3 */
		return n == 3 ? word : 0;
	default: /* live activation: not judged, carried as it came */
		return ~0ull;
	}
}
