/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Answers of a direct request (DEN0077A v1.3 §15.2-§15.5, Table 15.11, Table 15.19, chapter
 * 18): the response that pairs with the request, FFA_INTERRUPT / FFA_YIELD when the receiver
 * was preempted or yielded (Tables 14.17, 14.9), or FFA_SUCCESS without a response. FFA_ERROR
 * answers are judged in lib/response.c.
 */
#include "response_internal.h"

#if FFAV_SELECT_RESPONSES /* the build selection: lib/ffav_internal.h */

/* Direct-message flags, w2 of REQ/RESP (DEN0077A v1.3 Tables 15.7, 15.11): [31] framework
 * message, [30:8] reserved (SBZ; MBZ for the lifecycle types 0x0A-0x0F, Tables 18.40-18.46),
 * [7:0] the framework type, MBZ for a partition message. */
#define FLAG_FRAMEWORK 0x80000000ull
#define FLAG_RESERVED 0x7FFFFF00ull
#define FLAG_TYPE_MASK 0xFFull
#define X2_UPPER 0xFFFFFFFF00000000ull

/* Framework message types (DEN0077A v1.3 chapter 18). */
#define FWK_NO_RESPONSE 0x100u /* no type: not a request */

static uint16_t call_sender(const struct ffavi_resp *r)
{
	return (uint16_t)(ffavi_w(r->call, 1) >> 16);
}

static uint16_t call_receiver(const struct ffavi_resp *r)
{
	return (uint16_t)ffavi_w(r->call, 1);
}

/* The response type that answers each framework request type 0x00..0x0F (DEN0077A v1.3
 * Tables 18.6-18.13, 18.40-18.46; 0x08/0x09, the FFA_VERSION messages, are not in the v1.3
 * text and are kept as docs/direct_messaging.md reads them): the PSCI request and the
 * warm-boot request both get the power-management response. Types
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

/* ---- Framework response status (DEN0077A v1.3 Tables 18.8, 18.11, 18.13, 18.41, 18.44,
 * 18.46) ---- */

/* One bit per status: bit n is the code -n, n = 1..10 (0, SUCCESS, is always allowed). */
#define ST(n) (1u << (n))

/* The statuses each response type may carry. PM response: SUCCESS or DENIED as the PSCI
 * specification encodes it, -3 (Table 18.8: "as defined in" PSCI; FF-A's DENIED, -6, is not
 * the value). VM created / destroyed acknowledgements: SUCCESS, INVALID_PARAMETERS,
 * INTERRUPTED, DENIED, RETRY only (Tables 18.11, 18.13). Partition stop response: SUCCESS,
 * NOT_SUPPORTED, INVALID_PARAMETERS, DENIED, RETRY (Table 18.41); live-activation responses
 * the same and ABORTED (Tables 18.44, 18.46). 0x09 (not in the v1.3 text) is not judged. */
static uint16_t statuses_of(unsigned int type)
{
	switch (type) {
	case FFAVI_FWK_PM_RESP:
		return ST(3);
	case FFAVI_FWK_VM_CREATED_RESP:
	case FFAVI_FWK_VM_DESTROYED_RESP:
		return ST(2) | ST(5) | ST(6) | ST(7);
	case FFAVI_FWK_STOP_RESP:
		return ST(1) | ST(2) | ST(6) | ST(7);
	default: /* FFAVI_FWK_LA_START_RESP, FFAVI_FWK_LA_FINISH_RESP */
		return ST(1) | ST(2) | ST(6) | ST(7) | ST(8);
	}
}

/* The lifecycle responses (0x0B, 0x0D, 0x0F) carry their status in x3[7:0], an 8-bit two's
 * complement code, with x3[63:8] MBZ (Tables 18.41, 18.44, 18.46); the others a 32-bit
 * code in w3 (Tables 18.8, 18.11, 18.13), x3[63:32] of the SMC64 form not described. */
static bool is_lifecycle(unsigned int type)
{
	return type >= FFAVI_FWK_STOP_REQ;
}

/* RESP_DIRECT_FWK_STATUS: the status of a framework response is one its table lists. */
static int32_t check_fwk_status(const struct ffavi_resp *r, unsigned int type,
				struct ffav_diag *diag)
{
	uint64_t x3 = ffavi_resp_arg(r, 3);
	uint32_t code;
	uint32_t n;

	if (type == FFAVI_FWK_VERSION_RESP)
		return FFAV_RET_SUCCESS;
	if (is_lifecycle(type)) {
		if ((x3 >> 8) != 0)
			return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_FWK_STATUS, 3, x3 & ~0xFFull);
		code = (uint32_t)x3 & 0xFFu;
		n = 0x100u - code; /* -code as an 8-bit value: 1..0x100 */
	} else {
		code = ffavi_resp_w(r, 3);
		if (code == 0)
			return FFAV_RET_SUCCESS;
		n = ~code + 1u; /* -code as a 32-bit value; code != 0, so no wrap-around */
	}
	if (code == 0 || (n <= 10u && (statuses_of(type) & (1u << n)) != 0))
		return FFAV_RET_SUCCESS;
	return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_FWK_STATUS, 3, code);
}

/* The registers after the status. PM and VM-availability responses (and 0x09): w4..w7 SBZ
 * (Tables 18.8, 18.11, 18.13). Partition stop response (Table 18.41): x4/x5 are the base and
 * size of the live-state buffer, SBZ when the status is not SUCCESS or the stop request
 * (x3[0] of the call) was not for live activation, else values the SPMC judges; x6/x7 SBZ.
 * Live-activation responses: x4..x7 SBZ (Tables 18.44, 18.46). RESP_DIRECT_SBZ. */
static int32_t check_fwk_reserved(const struct ffavi_resp *r, unsigned int type,
				  struct ffav_diag *diag)
{
	bool buffer_valid;

	if (type != FFAVI_FWK_STOP_RESP)
		return ffavi_resp_unused(r, 4, 7, FFAV_RULE_RESP_DIRECT_SBZ, diag);
	buffer_valid = ffavi_resp_arg(r, 3) == 0 && (ffavi_arg(r->call, 3) & 1u) != 0;
	return ffavi_resp_unused(r, buffer_valid ? 6u : 4u, 7, FFAV_RULE_RESP_DIRECT_SBZ, diag);
}

/* ---- DIRECT_RESP and DIRECT_RESP2 ---------------------------------------- */

/* REQ is answered by RESP, REQ2 by RESP2: the completions of each request name only these
 * (DEN0077A v1.3 §15.2, §15.4; RESP_DIRECT_ABI). 0x84000070 completes an SMC32 or an SMC64
 * REQ, 0xC4000070 only an SMC64 REQ (DEN0077A v1.3 Table 15.11; at every version:
 * docs/responses.md, "Version decisions"): RESP_DIRECT_WIDTH refuses RESP_64 to REQ_32. */
static int32_t check_pairing(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	bool req2 = r->call->abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2;
	bool resp2 = r->fid == FFAV_FID_MSG_SEND_DIRECT_RESP2;

	if (req2 != resp2)
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_ABI, 0, 0);
	if (r->smc64 && !r->call->smc64)
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_WIDTH, 0,
				  r->regs[0] & FFAV_FID_SMC64);
	return FFAV_RET_SUCCESS;
}

/* The responder is the request's receiver and answers the request's sender (DEN0077A v1.3
 * Table 15.11, Table 15.19): response w1 = receiver << 16 | sender; RESP_DIRECT_ENDPOINTS.
 * x1[63:32] of SMC64 frames is ignored, as on the call side (lib/direct_ids.c). */
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

/* w2 of RESP (DEN0077A v1.3 Table 15.11; Tables 18.41, 18.44, 18.46 for the lifecycle types).
 * v1.0 reserves all of it (RESP_DIRECT_FLAGS). From v1.1: w2[7:0] MBZ for a partition
 * message (RESP_DIRECT_FLAGS); w2[30:8] SBZ (RESP_DIRECT_FLAGS_SBZ, skipped under
 * FFAV_POLICY_IGNORE_SBZ), MBZ for the lifecycle types 0x0A-0x0F (RESP_DIRECT_FLAGS). SMC64:
 * x2[63:32] is not described; kept zero (RESP_DIRECT_FLAGS). */
static int32_t check_flags(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint64_t x2 = ffavi_resp_arg(r, 2);
	bool framework = (x2 & FLAG_FRAMEWORK) != 0;
	uint64_t mbz;
	uint64_t reserved = x2 & FLAG_RESERVED;

	if (!ffavi_version_ge(r->call, 1, 1))
		mbz = x2;
	else if (framework)
		mbz = x2 & X2_UPPER;
	else
		mbz = x2 & (X2_UPPER | FLAG_TYPE_MASK);
	if (mbz != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_FLAGS, 2, mbz);
	if (reserved == 0)
		return FFAV_RET_SUCCESS;
	if (framework && is_lifecycle((unsigned int)(x2 & FLAG_TYPE_MASK)))
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_FLAGS, 2, reserved);
	if (ffavi_policy(r->call, FFAV_POLICY_IGNORE_SBZ))
		return FFAV_RET_SUCCESS;
	return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_FLAGS_SBZ, 2, reserved);
}

/* A partition request gets a partition response and a framework request a framework
 * response of the type that answers it (DEN0077A v1.3 Table 15.11 w2[31], Tables 18.6-18.13,
 * 18.40-18.46; RESP_DIRECT_KIND, RESP_DIRECT_FRAMEWORK_TYPE). Then the status the response
 * carries and the registers it leaves reserved, and last the lifecycle responses' width: they
 * exist only as 0xC4000070 (Tables 18.41, 18.44, 18.46; RESP_DIRECT_WIDTH). */
static int32_t check_kind(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint64_t x2 = ffavi_resp_arg(r, 2);
	uint64_t call_flags = ffavi_arg(r->call, 2);
	bool framework = (x2 & FLAG_FRAMEWORK) != 0;
	unsigned int type = (unsigned int)(x2 & FLAG_TYPE_MASK);
	int32_t ret;

	if (framework != ((call_flags & FLAG_FRAMEWORK) != 0))
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_KIND, 2, x2 & FLAG_FRAMEWORK);
	if (!framework)
		return FFAV_RET_SUCCESS;
	if (!answers_type((unsigned int)(call_flags & FLAG_TYPE_MASK), type))
		return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_FRAMEWORK_TYPE, 2,
				  x2 & FLAG_TYPE_MASK);
	ret = check_fwk_status(r, type, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = check_fwk_reserved(r, type, diag);
	if (ret == FFAV_RET_SUCCESS && is_lifecycle(type) && !r->smc64)
		ret = ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_WIDTH, 0, 0);
	return ret;
}

/* x8..x17 of RESP_64: not part of the ABI at v1.1, reserved at v1.2, payload at v1.3
 * (DEN0077A v1.3 Table 15.11; v1.2 §15.3): RESP_DIRECT_SBZ at v1.2. SMC32 answers never
 * carry them. */
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

/* RESP2 (DEN0077A v1.3 Table 15.19): x2/x3 reserved, SBZ (RESP_DIRECT2_RESERVED, skipped
 * under FFAV_POLICY_IGNORE_SBZ); x4..x17 payload. */
static int32_t check_resp2(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	return ffavi_resp_unused(r, 2, 3, FFAV_RULE_RESP_DIRECT2_RESERVED, diag);
}

/* ---- Completions other than a direct response ----------------------------- */

/* FFA_SUCCESS completes a request "without a corresponding direct response"; all other
 * parameter registers MBZ (DEN0077A v1.3 §15.2, §15.4): w1..w7, or x1..x7 (x1..x17 from v1.2)
 * of FFA_SUCCESS_64. RESP_DIRECT_SUCCESS_MBZ, never relaxed. */
static int32_t check_success(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	unsigned int last = ffavi_resp_window_end(r);
	unsigned int n;

	for (n = 1; n <= last; n++) {
		uint64_t v = ffavi_resp_arg(r, n);

		if (v != 0)
			return ffavi_fail(diag, FFAV_RULE_RESP_DIRECT_SUCCESS_MBZ, n, v);
	}
	return FFAV_RET_SUCCESS;
}

static bool is_yield(uint32_t fid)
{
	return fid == FFAV_FID_YIELD_32 || fid == FFAVI_FID_YIELD_64;
}

/* FFA_INTERRUPT / FFA_YIELD answering a request: the receiver was preempted (DEN0077A v1.3
 * §14.4.1 case 2, Table 14.17) or yielded (Table 14.9). w1 = its endpoint ID [31:16] and
 * vCPU ID [15:0], for the caller's FFA_RUN (RESP_CYCLES_ENDPOINT). FFA_INTERRUPT's w2
 * (interrupt ID) is MBZ in this usage (Table 14.17; RESP_CYCLES_MBZ, every version).
 * FFA_YIELD's w2/w3 carry a timeout only from the hypervisor to a VM (NS virtual ERET): from
 * v1.3 they are MBZ for every other caller (Table 14.9; RESP_CYCLES_MBZ); below v1.3 not
 * judged (docs/responses.md, "Version decisions"). The rest is SBZ (RESP_CYCLES_SBZ; x3..x17
 * of the SMC64 forms). */
static int32_t check_cycles(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint32_t w1 = ffavi_resp_w(r, 1);
	bool yield = is_yield(r->fid);
	unsigned int mbz_last = 2;
	unsigned int n;

	if ((w1 >> 16) != call_receiver(r))
		return ffavi_fail(diag, FFAV_RULE_RESP_CYCLES_ENDPOINT, 1, w1 & 0xFFFF0000u);
	if (yield && (!ffavi_version_ge(r->call, 1, 3) || ffavi_role_is(r->call, FFAV_ROLE_VM)))
		mbz_last = 1; /* the timeout is a value, or below v1.3 not judged */
	else if (yield)
		mbz_last = 3;
	for (n = 2; n <= mbz_last; n++) {
		uint64_t v = ffavi_resp_arg(r, n);

		if (v != 0)
			return ffavi_fail(diag, FFAV_RULE_RESP_CYCLES_MBZ, n, v);
	}
	return ffavi_resp_unused(r, yield ? 4u : 3u, ffavi_resp_window_end(r),
				 FFAV_RULE_RESP_CYCLES_SBZ, diag);
}

int32_t ffavi_resp_direct(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	int32_t ret;

	switch (r->fid) {
	case FFAV_FID_INTERRUPT_32:
	case FFAV_FID_YIELD_32:
	case FFAVI_FID_INTERRUPT_64:
	case FFAVI_FID_YIELD_64:
		return check_cycles(r, diag);
	case FFAV_FID_SUCCESS_32:
	case FFAV_FID_SUCCESS_64:
		return check_success(r, diag);
	default:
		break;
	}
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

#endif /* FFAV_SELECT_RESPONSES */
