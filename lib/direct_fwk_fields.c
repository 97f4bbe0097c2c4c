/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The fields of each framework message, w3/x3 up to the end of the register window
 * (DEN0077A v1.3 Tables 18.6-18.13, 18.40-18.46). The header, version, width and roles have
 * been judged (lib/direct_framework.c): 0x00-0x07 come in either width, 0x08/0x09 in SMC32
 * only, 0x0A-0x0F in SMC64 only.
 *
 * SBZ (should-be-zero) fields follow FFAV_POLICY_IGNORE_SBZ; MBZ fields and defined values
 * are always checked. The text describes x0-x7 only; in the SMC64 forms the upper halves of
 * the 32-bit fields (w3..w5 of 0x01-0x07) and x8-x17 are read as SBZ, each under the SBZ rule
 * of its type (docs/direct_messaging.md, "Version and reading decisions").
 */
#include "ffav_direct.h"

#if FFAVI_BUILDS(FFAVI_DIRECT_FAMILIES) && \
	FFAVI_FWK_SENDERS_SELECTED /* the build selection: lib/ffav_direct.h */

#define UPPER_HALF 0xFFFFFFFF00000000ull

/* PSCI's DENIED (-3, PSCI specification DEN0022), which DEN0077A v1.3 Table 18.8 names "as
 * defined in [13]"; FF-A's DENIED is -6. */
#define PSCI_DENIED 0xFFFFFFFDu

/* "x(first) up to x(last) are zero", not relaxed by any policy. */
static int32_t check_mbz_range(const struct ffavi_ctx *c, unsigned int first, unsigned int last,
			       uint32_t rule, struct ffav_diag *diag)
{
	unsigned int n;

	for (n = first; n <= last && n < FFAV_NREGS; n++) {
		if (ffavi_arg(c, n) != 0)
			return ffavi_fail(diag, rule, n, ffavi_arg(c, n));
	}
	return FFAV_RET_SUCCESS;
}

/* SMC64 forms of a message whose field n is 32 bits wide: x(n)[63:32] SBZ. */
static int32_t check_upper_sbz(const struct ffavi_ctx *c, unsigned int n, uint32_t rule,
			       struct ffav_diag *diag)
{
	uint64_t upper = ffavi_arg(c, n) & UPPER_HALF;

	if (upper == 0 || ffavi_policy(c, FFAV_POLICY_IGNORE_SBZ))
		return FFAV_RET_SUCCESS;
	return ffavi_fail(diag, rule, n, upper);
}

/* Power-management response (Table 18.8): SUCCESS or DENIED as PSCI encodes them. */
static bool is_pm_status(uint32_t w)
{
	return w == 0 || w == PSCI_DENIED;
}

/* VM created/destroyed acknowledgement (Tables 18.11, 18.13): exactly these five, each with
 * its effect on the VM-availability state (Table 18.9). */
static bool is_vm_status(uint32_t w)
{
	return w == 0 || w == (uint32_t)FFAV_RET_INVALID_PARAMETERS ||
	       w == (uint32_t)FFAV_RET_INTERRUPTED || w == (uint32_t)FFAV_RET_DENIED ||
	       w == (uint32_t)FFAV_RET_RETRY;
}

/* The FFA_VERSION response carries a version (bit 31 clear) or NOT_SUPPORTED (DEN0077A v1.3
 * §13.2: the FFA_VERSION result; type 0x09 is not in the text). */
static bool is_version_or_not_supported(uint32_t w)
{
	return (w & 0x80000000u) == 0 || w == (uint32_t)FFAV_RET_NOT_SUPPORTED;
}

/* Lifecycle responses carry an 8-bit status in x3[7:0] (Tables 18.41, 18.44, 18.46): the
 * FF-A status code in two's complement, truncated to 8 bits (SUCCESS 0x00, NOT_SUPPORTED
 * 0xFF, INVALID_PARAMETERS 0xFE, DENIED 0xFA, RETRY 0xF9, ABORTED 0xF8), the only encoding
 * of the negative codes that fits a field whose bits [63:8] are MBZ. The stop response has
 * no ABORTED (Table 18.41); the live-activation responses have it (18.44, 18.46). */
static bool is_lifecycle_status(uint8_t s, bool aborted)
{
	return s == 0 || s == (uint8_t)FFAV_RET_NOT_SUPPORTED ||
	       s == (uint8_t)FFAV_RET_INVALID_PARAMETERS || s == (uint8_t)FFAV_RET_DENIED ||
	       s == (uint8_t)FFAV_RET_RETRY || (aborted && s == (uint8_t)FFAV_RET_ABORTED);
}

/* Responses with a 32-bit status in w3 (Tables 18.8, 18.11, 18.13; 0x09): the status, on
 * SMC64 x3[63:32] SBZ, then w4..w7 (x4..x17) SBZ. */
static int32_t check_word_response(const struct ffavi_ctx *c, bool ok, struct ffav_diag *diag)
{
	int32_t ret;

	if (!ok)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_STATUS, 3, ffavi_w(c, 3));
	ret = check_upper_sbz(c, 3, FFAV_RULE_DIRECT_FWK_RESP_SBZ, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_check_unused_from(c, 4, FFAV_RULE_DIRECT_FWK_RESP_SBZ, diag);
}

/* Stop and live-activation responses (Tables 18.41, 18.44, 18.46): x3[63:8] MBZ, x3[7:0] a
 * listed status. */
static int32_t check_byte_status(const struct ffavi_ctx *c, bool aborted, struct ffav_diag *diag)
{
	uint64_t x3 = ffavi_arg(c, 3);

	if ((x3 >> 8) != 0)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_STATUS_MBZ, 3, x3 & ~0xFFull);
	if (!is_lifecycle_status((uint8_t)x3, aborted))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_STATUS, 3, x3);
	return FFAV_RET_SUCCESS;
}

/* Partition stop response (Table 18.41): x4/x5 the live-state buffer (base, size in pages),
 * values the SPMC judges (an invalid buffer aborts the SP); SBZ when the status is not
 * SUCCESS. Whether the stop was for live activation is in the request: the model's. x6, x7
 * (and x8-x17) SBZ. */
static int32_t check_stop_resp(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret = check_byte_status(c, false, diag);

	if (ret != FFAV_RET_SUCCESS)
		return ret;
	if ((uint8_t)ffavi_arg(c, 3) != 0)
		return ffavi_check_unused_from(c, 4, FFAV_RULE_DIRECT_FWK_RESP_SBZ, diag);
	return ffavi_check_unused_from(c, 6, FFAV_RULE_DIRECT_FWK_RESP_SBZ, diag);
}

/* Live-activation responses (Tables 18.44, 18.46): x4-x7 SBZ. */
static int32_t check_la_resp(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	int32_t ret = check_byte_status(c, true, diag);

	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_check_unused_from(c, 4, FFAV_RULE_DIRECT_FWK_RESP_SBZ, diag);
}

/* PSCI request (Table 18.6): w3 PSCI function ID, w4..w6 (x4..x6) its arguments, w7/x7 SBZ.
 * The PSCI function itself is the receiver's to judge. */
static int32_t check_psci_req(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return ffavi_check_unused_from(c, 7, FFAV_RULE_DIRECT_FWK_PSCI_SBZ, diag);
}

/* Warm boot (Table 18.7): w3[0] the type (0: from suspend-to-RAM, 1: from a shallower
 * low-power state), w3[30:1] MBZ (bit 31, which the table omits, judged with them);
 * x3[63:32] SBZ on SMC64; w4..w7 / x4..x17 SBZ. */
static int32_t check_warm_boot_req(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint32_t w3 = ffavi_w(c, 3);
	int32_t ret;

	if (w3 > 1)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_WARM_BOOT_TYPE, 3, w3);
	ret = check_upper_sbz(c, 3, FFAV_RULE_DIRECT_FWK_WARM_BOOT_SBZ, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_check_unused_from(c, 4, FFAV_RULE_DIRECT_FWK_WARM_BOOT_SBZ, diag);
}

/* VM created / destroyed (Tables 18.10, 18.12): w3/w4 the handle (any value: whether it is
 * used is the hypervisor's choice, so the invalid handle for an unused field cannot be told
 * from a real one statelessly), w5[15:0] the VM ID, w5[31:16], w6 and w7 SBZ; on SMC64 the
 * handle stays split over w3 (low) and w4 (high), and x3-x5[63:32] are SBZ. */
static int32_t check_vm_availability_req(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint32_t w5 = ffavi_w(c, 5);
	uint16_t vm = (uint16_t)w5;
	unsigned int n;

	if (vm == 0 || ffavi_id_is_secure(vm))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_VM_ID, 5, w5 & 0xFFFFu);
	if ((w5 & 0xFFFF0000u) != 0 && !ffavi_policy(c, FFAV_POLICY_IGNORE_SBZ))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_VM_SBZ, 5, w5 & 0xFFFF0000u);
	for (n = 3; n <= 5; n++) {
		int32_t ret = check_upper_sbz(c, n, FFAV_RULE_DIRECT_FWK_VM_SBZ, diag);

		if (ret != FFAV_RET_SUCCESS)
			return ret;
	}
	return ffavi_check_unused_from(c, 6, FFAV_RULE_DIRECT_FWK_VM_SBZ, diag);
}

/* FFA_VERSION request (type 0x08, not in the text; docs/direct_messaging.md): w3 the
 * requested version, bit 31 MBZ as in FFA_VERSION (DEN0077A v1.3 §13.2); w4 from v1.3 the
 * FFA_VERSION flags ([1:0] request kind: negotiate, query compatible, query negotiated;
 * 3 reserved; [31:2] MBZ), reserved before; w5..w7 reserved. */
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

/* Partition stop request (Table 18.40): x3[0] the reason (0: the SP will be deleted or
 * restarted, 1: stop for live activation), x3[63:1] MBZ; x4-x7 MBZ; x8-x17 SBZ. */
static int32_t check_stop_req(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint64_t x3 = ffavi_arg(c, 3);
	int32_t ret;

	if ((x3 >> 1) != 0)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_STOP_REASON_MBZ, 3, x3 & ~1ull);
	ret = check_mbz_range(c, 4, 7, FFAV_RULE_DIRECT_FWK_STOP_MBZ, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_check_unused_from(c, 8, FFAV_RULE_DIRECT_FWK_LIFECYCLE_SBZ, diag);
}

/* Live activation start and finish requests (Tables 18.43, 18.45): x3[15:0] the SP to
 * live-activate (an SP ID: bit 15 set), x3[63:16] MBZ. Start: x4/x5 the image's PA and page
 * count, x6/x7 the manifest's (MBZ if none): addresses and sizes in the SPMC's granule, the
 * SPMC's to judge; x8-x17 SBZ. Finish: x4-x7 SBZ, x8-x17 too. */
static int32_t check_la_req(const struct ffavi_ctx *c, bool start, struct ffav_diag *diag)
{
	uint64_t x3 = ffavi_arg(c, 3);

	if ((x3 >> 16) != 0)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_LA_ID_MBZ, 3, x3 & ~0xFFFFull);
	if (!ffavi_id_is_secure((uint16_t)x3))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_LA_SP_ID, 3, x3);
	return ffavi_check_unused_from(c, start ? 8 : 4, FFAV_RULE_DIRECT_FWK_LIFECYCLE_SBZ, diag);
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
		return check_stop_req(c, diag);
	case FFAVI_FWK_LA_START_REQ:
		return check_la_req(c, true, diag);
	case FFAVI_FWK_LA_FINISH_REQ:
		return check_la_req(c, false, diag);
	case FFAVI_FWK_PM_RESP:
		return check_word_response(c, is_pm_status(ffavi_w(c, 3)), diag);
	case FFAVI_FWK_VM_CREATED_RESP:
	case FFAVI_FWK_VM_DESTROYED_RESP:
		return check_word_response(c, is_vm_status(ffavi_w(c, 3)), diag);
	case FFAVI_FWK_VERSION_RESP:
		return check_word_response(c, is_version_or_not_supported(ffavi_w(c, 3)), diag);
	case FFAVI_FWK_STOP_RESP:
		return check_stop_resp(c, diag);
	case FFAVI_FWK_LA_START_RESP:
	case FFAVI_FWK_LA_FINISH_RESP:
	default: /* check_header() let only defined types through */
		return check_la_resp(c, diag);
	}
}

/* The lifecycle messages' fields (Tables 18.40, 18.41, 18.43-18.46), x3..x17. */
static uint64_t lifecycle_meaningful(const struct ffavi_ctx *c, uint32_t type, unsigned int n)
{
	switch (type) {
	case FFAVI_FWK_STOP_REQ: /* the reason, x3[0] */
		return n == 3 ? 1u : 0;
	case FFAVI_FWK_STOP_RESP: /* status x3[7:0]; the live-state buffer x4/x5 on SUCCESS */
		if (n == 3)
			return 0xFFu;
		return (n == 4 || n == 5) && (uint8_t)ffavi_arg(c, 3) == 0 ? ~0ull : 0;
	case FFAVI_FWK_LA_START_REQ: /* SP ID x3[15:0], image and manifest x4..x7 */
		return n == 3 ? 0xFFFFull : n <= 7 ? ~0ull : 0;
	case FFAVI_FWK_LA_FINISH_REQ: /* SP ID x3[15:0] */
		return n == 3 ? 0xFFFFull : 0;
	case FFAVI_FWK_LA_START_RESP:
	case FFAVI_FWK_LA_FINISH_RESP: /* status x3[7:0] */
	default:
		return n == 3 ? 0xFFu : 0;
	}
}

/* The bits of x(n), n >= 3, that a framework message of this type carries (the tables named
 * above). The others are reserved: judged zero, or let through by FFAV_POLICY_IGNORE_SBZ;
 * either way the canonical image clears them, so what is forwarded is what was judged. */
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
	case FFAVI_FWK_PM_RESP:
	case FFAVI_FWK_VM_CREATED_RESP:
	case FFAVI_FWK_VM_DESTROYED_RESP:
	case FFAVI_FWK_VERSION_RESP: /* one word in w3 */
		return n == 3 ? word : 0;
	default:
		return lifecycle_meaningful(c, type, n);
	}
}

#endif /* FFAVI_BUILDS(FFAVI_DIRECT_FAMILIES) && FFAVI_FWK_SENDERS_SELECTED */
