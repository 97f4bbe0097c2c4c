/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Answers of a direct request (spec/direct_messaging.md §5.4, §6-§8): the response that
 * pairs with the request, or FFA_INTERRUPT / FFA_YIELD when the receiver was preempted or
 * yielded. FFA_ERROR answers are judged in lib/response.c.
 */
#include "response_internal.h"

/* Direct-message flags, w2 of REQ/RESP (direct_messaging.md §5.1). */
#define FLAG_FRAMEWORK 0x80000000ull
#define FLAG_TYPE_MASK 0xFFull

/* Framework message types (direct_messaging.md §8.2). */
#define FWK_NO_RESPONSE 0x100u /* no type: not a request */

static uint16_t call_sender(const struct ffavi_resp *r)
{
	return (uint16_t)(ffavi_w(r->call, 1) >> 16);
}

static uint16_t call_receiver(const struct ffavi_resp *r)
{
	return (uint16_t)ffavi_w(r->call, 1);
}

/* The response type that answers each framework request type 0x00..0x0F (§8.2-§8.6): the
 * PSCI request and the warm-boot request both get the power-management response. Types
 * that are no request (responses, 0x03 reserved) have none, nor has any type above 0x0F. */
static const uint16_t response_of[16] = {
	[FFAVI_FWK_PSCI_REQ] = FFAVI_FWK_PM_RESP,
	[FFAVI_FWK_WARM_BOOT_REQ] = FFAVI_FWK_PM_RESP,
	[FFAVI_FWK_PM_RESP] = FWK_NO_RESPONSE,
	[0x03] = FWK_NO_RESPONSE,
	[FFAVI_FWK_VM_CREATED_REQ] = FFAVI_FWK_VM_CREATED_RESP,
	[FFAVI_FWK_VM_CREATED_RESP] = FWK_NO_RESPONSE,
	[FFAVI_FWK_VM_DESTROYED_REQ] = FFAVI_FWK_VM_DESTROYED_RESP,
	[FFAVI_FWK_VM_DESTROYED_RESP] = FWK_NO_RESPONSE,
	[FFAVI_FWK_VERSION_REQ] = FFAVI_FWK_VERSION_RESP,
	[FFAVI_FWK_VERSION_RESP] = FWK_NO_RESPONSE,
	[FFAVI_FWK_STOP_REQ] = FFAVI_FWK_STOP_RESP,
	[FFAVI_FWK_STOP_RESP] = FWK_NO_RESPONSE,
	[FFAVI_FWK_LA_START_REQ] = FFAVI_FWK_LA_START_RESP,
	[FFAVI_FWK_LA_START_RESP] = FWK_NO_RESPONSE,
	[FFAVI_FWK_LA_FINISH_REQ] = FFAVI_FWK_LA_FINISH_RESP,
	[FFAVI_FWK_LA_FINISH_RESP] = FWK_NO_RESPONSE,
};

static bool answers_type(unsigned int request, unsigned int type)
{
	/* Bitwise, not short-circuit: one test whatever the request type. */
	return (type == response_of[request & 0x0Fu]) & ((request & ~0x0Fu) == 0);
}

/* Every framework response carries its status (or, 0x09, the version) in w3 and leaves
 * w4..w7 reserved (§8.3 PM, §8.4 VM availability, §8.5 stop, §8.6 version; the same reading
 * as the call-side rule DIRECT_FWK_RESP_SBZ). The live-activation responses (0x0D, 0x0F) are
 * implementation-level layouts (HF, TF-A): not judged. */
static bool response_has_sbz_w4_w7(unsigned int type)
{
	return type != FFAVI_FWK_LA_START_RESP && type != FFAVI_FWK_LA_FINISH_RESP;
}

/* REQ is answered by RESP, REQ2 by RESP2 (§6.2, §7.3: HF and TF-A deny the other one). From
 * v1.3 in the width of the request: v1.3 clarifies that an SMC32 request gets an SMC32
 * response (§13, §14 item 8); no implementation enforces it before, so neither do we. */
static int32_t check_pairing(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	bool req2 = r->call->abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2;
	bool resp2 = r->fid == FFAV_FID_MSG_SEND_DIRECT_RESP2;

	if (req2 != resp2)
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_ABI, 0, 0);
	if (r->smc64 != r->call->smc64 && ffavi_version_ge(r->call, 1, 3))
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_WIDTH, 0,
				  r->regs[0] & FFAV_FID_SMC64);
	return FFAV_RET_SUCCESS;
}

/* The responder is the request's receiver and answers the request's sender (§6.1):
 * response w1 = receiver << 16 | sender. x1[63:32] of SMC64 frames is ignored, as on the
 * call side (§4). */
static int32_t check_endpoints(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint32_t w1 = ffavi_resp_w(r, 1);
	uint32_t expect = (uint32_t)call_receiver(r) << 16 | call_sender(r);
	uint32_t wrong = w1 ^ expect;
	uint64_t bits = 0;

	if (wrong == 0)
		return FFAV_RET_SUCCESS;
	/* Offending bits: the set bits of each half that names the wrong endpoint. */
	if ((wrong & 0xFFFF0000u) != 0)
		bits |= w1 & 0xFFFF0000u;
	if ((wrong & 0x0000FFFFu) != 0)
		bits |= w1 & 0x0000FFFFu;
	return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_ENDPOINTS, 1, bits);
}

/* w2 of RESP (§5.1, §6.1): v1.0 reserves all of it; from v1.1 a partition message has
 * x2 == 0 and a framework message only bit 31 and the type [7:0]. SMC64: the whole x2 (TF-A's
 * EL3 SPMC and HF check x2[63:32] too). */
static int32_t check_flags(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint64_t x2 = ffavi_resp_arg(r, 2);
	uint64_t bad;

	if (ffavi_version_ge(r->call, 1, 1) && (x2 & FLAG_FRAMEWORK) != 0)
		bad = x2 & ~(FLAG_FRAMEWORK | FLAG_TYPE_MASK);
	else
		bad = x2; /* partition message, or any flag at v1.0 */
	if (bad != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_FLAGS, 2, bad);
	return FFAV_RET_SUCCESS;
}

/* A partition request gets a partition response and a framework request a framework
 * response of the type that answers it (§6.2, §8.1; §14 item 7: HF accepts a framework
 * reply to a partition request and does not check the type, a strict validator checks
 * both). Then the registers the framework response leaves reserved. */
static int32_t check_kind(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint64_t x2 = ffavi_resp_arg(r, 2);
	uint64_t call_flags = ffavi_arg(r->call, 2);
	bool framework = (x2 & FLAG_FRAMEWORK) != 0;
	unsigned int type = (unsigned int)(x2 & FLAG_TYPE_MASK);

	if (framework != ((call_flags & FLAG_FRAMEWORK) != 0))
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_KIND, 2, x2 & FLAG_FRAMEWORK);
	if (!framework)
		return FFAV_RET_SUCCESS;
	if (!answers_type((unsigned int)(call_flags & FLAG_TYPE_MASK), type))
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_FRAMEWORK_TYPE, 2,
				  x2 & FLAG_TYPE_MASK);
	if (response_has_sbz_w4_w7(type))
		return ffavi_resp_unused(r, 4, 7, FFAV_RULE_RESP_DIRECT_SBZ, diag);
	return FFAV_RET_SUCCESS;
}

/* x8..x17 of RESP_64: not part of the ABI at v1.1, reserved at v1.2, payload at v1.3
 * (§1.4, §6.1). SMC32 answers never carry them. */
static int32_t check_high_registers(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	if (r->smc64 && ffavi_version_ge(r->call, 1, 2) && !ffavi_version_ge(r->call, 1, 3))
		return ffavi_resp_unused(r, 8, 17, FFAV_RULE_RESP_DIRECT_SBZ, diag);
	return FFAV_RET_SUCCESS;
}

static int32_t check_resp(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	int32_t ret;

	ret = check_flags(r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = check_kind(r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return check_high_registers(r, diag);
}

/* RESP2 (§7.2): x2/x3 reserved, zero (§14 item 6: strict reading, MBZ); x4..x17 payload. */
static int32_t check_resp2(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	unsigned int n;

	for (n = 2; n <= 3; n++) {
		if (r->regs[n] != 0)
			return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT2_RESERVED, n, r->regs[n]);
	}
	return FFAV_RET_SUCCESS;
}

/* FFA_INTERRUPT / FFA_YIELD answering a request (§5.4): the receiver was preempted or
 * yielded; w1 = its endpoint ID [31:16] and vCPU ID [15:0], for the caller's FFA_RUN.
 * FFA_YIELD carries a timeout in w2/w3; the other registers are reserved. */
static int32_t check_cycles(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint32_t w1 = ffavi_resp_w(r, 1);

	if ((w1 >> 16) != call_receiver(r))
		return ffavi_fail(diag, FFAV_RULE_RESP_CYCLES_ENDPOINT, 1, w1 & 0xFFFF0000u);
	return ffavi_resp_unused(r, r->fid == FFAV_FID_YIELD_32 ? 4u : 2u, 7,
				 FFAV_RULE_RESP_CYCLES_SBZ, diag);
}

int32_t ffavi_resp_direct(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	int32_t ret;

	if (r->fid == FFAV_FID_INTERRUPT_32 || r->fid == FFAV_FID_YIELD_32)
		return check_cycles(r, diag);
	ret = check_pairing(r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = check_endpoints(r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	if (r->fid == FFAV_FID_MSG_SEND_DIRECT_RESP2)
		return check_resp2(r, diag);
	return check_resp(r, diag);
}
