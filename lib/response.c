/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * ffav_check_response(): is an answer one the spec allows to a call? This file judges the
 * call, decides which frames may answer it at all, and checks FFA_ERROR frames against the
 * one table of error codes per ABI; lib/response_notif.c and lib/response_direct.c judge the
 * other frames.
 */
#include "response_internal.h"

#if FFAV_SELECT_RESPONSES /* the build selection: lib/ffav_internal.h */

/* ---- Error codes the spec lists per ABI --------------------------------- */

/* One bit per FF-A error code: bit n is code -n (n = 1..10). */
#define CODE(status) ((uint16_t)(1u << (unsigned int)(-(status))))
#define NS CODE(FFAV_RET_NOT_SUPPORTED)
#define INV CODE(FFAV_RET_INVALID_PARAMETERS)
#define NOMEM CODE(FFAV_RET_NO_MEMORY)
#define BUSY CODE(FFAV_RET_BUSY)
#define DEN CODE(FFAV_RET_DENIED)
#define ABRT CODE(FFAV_RET_ABORTED)
#define NODATA CODE(FFAV_RET_NO_DATA)
#define NOTRDY CODE(FFAV_RET_NOT_READY)

struct error_codes {
	uint16_t always;  /* listed at every version the ABI exists in */
	uint16_t from_12; /* added by v1.2 */
	uint16_t from_13; /* added by v1.3 */
};

/*
 * THE table of error codes each ABI may answer with (FFA_ERROR w2): exactly the lists of the
 * ABIs' FFA_ERROR encoding tables in DEN0077A v1.3. A code that is not listed is refused
 * with RESP_ERROR_CODE_ABI. The version a code was added in is a decision where the v1.3
 * text states the list without a version condition (docs/responses.md, "Version
 * decisions"); the caller's negotiated version selects the list.
 *
 * Notifications, DEN0077A v1.3 chapter 16:
 *   Table 16.5 BITMAP_CREATE: NOT_SUPPORTED, INVALID_PARAMETERS, DENIED, NO_MEMORY.
 *   Table 16.9 BITMAP_DESTROY: NOT_SUPPORTED, INVALID_PARAMETERS, DENIED.
 *   Tables 16.13, 16.17 BIND, UNBIND: NOT_SUPPORTED, INVALID_PARAMETERS, DENIED; ABORTED
 *      (sender aborted) from v1.3, the version of FFA_ABORT (DEN0077A v1.3 §13.14).
 *   Table 16.21 SET: NOT_SUPPORTED, INVALID_PARAMETERS, DENIED; ABORTED (receiver aborted)
 *      from v1.3.
 *   Table 16.26 GET: NOT_SUPPORTED, INVALID_PARAMETERS, DENIED.
 *   Table 16.48 INFO_GET: NO_DATA, NOT_SUPPORTED only (no INVALID_PARAMETERS, every version).
 * Direct messages, DEN0077A v1.3 chapter 15:
 *   Table 15.8 DIRECT_REQ: NOT_SUPPORTED, INVALID_PARAMETERS, DENIED, BUSY; NOT_READY from
 *      v1.2; ABORTED from v1.3.
 *   Table 15.12 DIRECT_RESP: NOT_SUPPORTED, INVALID_PARAMETERS, DENIED; ABORTED from v1.3.
 *   Table 15.16 DIRECT_REQ2 (v1.2+): as DIRECT_REQ.
 *   Table 15.20 DIRECT_RESP2 (v1.2+): as DIRECT_RESP.
 * INTERRUPTED and RETRY are listed for none of these ABIs.
 */
static const struct error_codes error_table[FFAV_ABI_COUNT] = {
	[FFAV_ABI_NOTIFICATION_BITMAP_CREATE] = { NS | INV | DEN | NOMEM, 0, 0 },
	[FFAV_ABI_NOTIFICATION_BITMAP_DESTROY] = { NS | INV | DEN, 0, 0 },
	[FFAV_ABI_NOTIFICATION_BIND] = { NS | INV | DEN, 0, ABRT },
	[FFAV_ABI_NOTIFICATION_UNBIND] = { NS | INV | DEN, 0, ABRT },
	[FFAV_ABI_NOTIFICATION_SET] = { NS | INV | DEN, 0, ABRT },
	[FFAV_ABI_NOTIFICATION_GET] = { NS | INV | DEN, 0, 0 },
	[FFAV_ABI_NOTIFICATION_INFO_GET] = { NS | NODATA, 0, 0 },
	[FFAV_ABI_MSG_SEND_DIRECT_REQ] = { NS | INV | DEN | BUSY, NOTRDY, ABRT },
	[FFAV_ABI_MSG_SEND_DIRECT_RESP] = { NS | INV | DEN, 0, ABRT },
	[FFAV_ABI_MSG_SEND_DIRECT_REQ2] = { NS | INV | DEN | BUSY, NOTRDY, ABRT },
	[FFAV_ABI_MSG_SEND_DIRECT_RESP2] = { NS | INV | DEN, 0, ABRT },
	/* The v1.3 extended notifications (they exist only from v1.3): DEN0077A v1.3 Tables
	 * 16.30 (BIND2), 16.34 (UNBIND2), 16.38 (SET2): NOT_SUPPORTED, INVALID_PARAMETERS,
	 * DENIED, ABORTED; Table 16.43 (GET2): NOT_SUPPORTED, INVALID_PARAMETERS, DENIED, never
	 * ABORTED. */
	[FFAV_ABI_NOTIFICATION_BIND2] = { NS | INV | DEN | ABRT, 0, 0 },
	[FFAV_ABI_NOTIFICATION_UNBIND2] = { NS | INV | DEN | ABRT, 0, 0 },
	[FFAV_ABI_NOTIFICATION_SET2] = { NS | INV | DEN | ABRT, 0, 0 },
	[FFAV_ABI_NOTIFICATION_GET2] = { NS | INV | DEN, 0, 0 },
	/* FFA_FEATURES: NOT_SUPPORTED only, "not implemented or invalid" (DEN0077A v1.3 §13.3). */
	[FFAV_ABI_FEATURES] = { NS, 0, 0 },
};

/* FFA_ERROR w2 holds a defined code when it is -1..-10 as a 32-bit value
 * (0xFFFFFFFF..0xFFFFFFF6). Compared unsigned: no signed conversion of w2. */
#define CODE_MOST_NEGATIVE 0xFFFFFFF6u

static bool error_code_defined(uint32_t w2)
{
	return w2 >= CODE_MOST_NEGATIVE;
}

static bool error_code_listed(const struct ffavi_ctx *c, uint32_t w2)
{
	const struct error_codes *e = &error_table[c->abi];
	uint16_t allowed = e->always;
	uint32_t n = ~w2 + 1u; /* -code, 1..10: ~w2 is 0..9, so no wrap-around */

	if (ffavi_version_ge(c, 1, 2))
		allowed = (uint16_t)(allowed | e->from_12);
	if (ffavi_version_ge(c, 1, 3))
		allowed = (uint16_t)(allowed | e->from_13);
	return (allowed & (1u << n)) != 0;
}

/* FFA_ERROR_32: w1 = 0, w2 = a code listed for the ABI, w3 = 0, w4..w7 = 0
 * (DEN0077A v1.2 §12.2, FFA_ERROR; the FFA_ERROR syntax table is in chapter 12 of v1.3, before
 * the chapters this library is checked against; the per-ABI lists are the v1.3 tables named at
 * error_table). */
static int32_t check_error_frame(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint32_t w1 = ffavi_resp_w(r, 1);
	uint32_t w2 = ffavi_resp_w(r, 2);
	uint32_t w3 = ffavi_resp_w(r, 3);

	/* Target information: only meaningful where the spec uses it, never for these ABIs
	 * (DEN0077A v1.2 §12.2 FFA_ERROR w1). RESP_ERROR_TARGET. */
	if (w1 != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_ERROR_TARGET, 1, w1);
	/* The code is zero-extended into x2 (DEN0077A v1.2 §12.2, int32 in w2): a sign-extended
	 * code is malformed whatever the policy on upper halves. RESP_ERROR_CODE. */
	if ((r->regs[2] >> 32) != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_ERROR_CODE, 2, r->regs[2] & ~0xFFFFFFFFull);
	if (!error_code_defined(w2))
		return ffavi_fail(diag, FFAV_RULE_RESP_ERROR_CODE, 2, w2);
	/* The ABI's list (DEN0077A v1.3 Tables 15.8, 15.12, 15.16, 15.20, 16.5, 16.9, 16.13,
	 * 16.17, 16.21, 16.26, 16.48). RESP_ERROR_CODE_ABI. */
	if (!error_code_listed(r->call, w2))
		return ffavi_fail(diag, FFAV_RULE_RESP_ERROR_CODE_ABI, 2, w2);
	/* Error argument: only RETRY from FFA_CONSOLE_LOG uses it (DEN0077A v1.3 Table 13.56);
	 * RESP_ERROR_ARG. Then w4..w7 reserved (DEN0077A v1.2 §12.2): RESP_ERROR_SBZ. */
	if (w3 != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_ERROR_ARG, 3, w3);
	return ffavi_resp_unused(r, 4, 7, FFAV_RULE_RESP_ERROR_SBZ, diag);
}

/* ---- Which frames may answer which call ---------------------------------- */

/* Every covered ABI but the four direct-message ones is a notification ABI. */
static bool is_notification(enum ffav_abi abi)
{
	return abi != FFAV_ABI_NONE && !ffavi_abi_is_direct(abi);
}

static bool is_request(enum ffav_abi abi)
{
	return abi == FFAV_ABI_MSG_SEND_DIRECT_REQ || abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2;
}

/* A notification call completes with FFA_SUCCESS (either width here; the width is judged
 * by RESP_SUCCESS_WIDTH) or FFA_ERROR. */
static bool answers_notification(const struct ffavi_resp *r)
{
	return r->fid == FFAV_FID_SUCCESS_32 || r->fid == FFAV_FID_SUCCESS_64;
}

/* A direct request completes with a direct response (either ABI and width here; pairing
 * is judged by RESP_DIRECT_ABI and RESP_DIRECT_WIDTH), FFA_INTERRUPT, FFA_YIELD, FFA_SUCCESS
 * (no direct response; every other register MBZ, RESP_DIRECT_SUCCESS_MBZ) or FFA_ERROR: the
 * completions of a request, DEN0077A v1.3 §15.2, §15.4 and Table 15.11; RESP_FID otherwise.
 * FFA_SUCCESS at every version of the ABI (docs/responses.md, "Version decisions"). The SMC64
 * forms of FFA_INTERRUPT and FFA_YIELD exist from v1.3 (DEN0077A v1.3 §14.2, §14.4); the text
 * pairs no completion width with the request's, so either width completes either request. */
static bool answers_request(const struct ffavi_resp *r)
{
	switch (r->fid) {
	case FFAV_FID_MSG_SEND_DIRECT_RESP_32:
	case FFAV_FID_MSG_SEND_DIRECT_RESP_64:
	case FFAV_FID_INTERRUPT_32:
	case FFAV_FID_YIELD_32:
	case FFAV_FID_SUCCESS_32:
	case FFAV_FID_SUCCESS_64:
		return true;
	case FFAV_FID_MSG_SEND_DIRECT_RESP2:
		return ffavi_version_ge(r->call, 1, 2);
	case FFAVI_FID_INTERRUPT_64:
	case FFAVI_FID_YIELD_64:
		return ffavi_version_ge(r->call, 1, 3);
	default:
		return false;
	}
}

/* What a responder is given next after its DIRECT_RESP/RESP2 depends on the runtime state
 * (DEN0077A v1.3 §14.1, §15.3, Tables 15.11, 15.19: RESP completes as FFA_MSG_WAIT does): a
 * new request, a response to a request of its own, cycles (FFA_RUN), an interrupt, or, for
 * the Normal world, the yield or wait of the partition that ran; the SMC64 forms of
 * FFA_INTERRUPT and FFA_YIELD from v1.3. These frames are accepted and their fields are not
 * judged here. */
static bool resumes_responder(const struct ffavi_resp *r)
{
	switch (r->fid) {
	case FFAV_FID_MSG_SEND_DIRECT_REQ_32:
	case FFAV_FID_MSG_SEND_DIRECT_REQ_64:
	case FFAV_FID_MSG_SEND_DIRECT_RESP_32:
	case FFAV_FID_MSG_SEND_DIRECT_RESP_64:
	case FFAV_FID_RUN_32:
	case FFAV_FID_INTERRUPT_32:
	case FFAV_FID_YIELD_32:
	case FFAV_FID_MSG_WAIT_32:
		return true;
	case FFAV_FID_MSG_SEND_DIRECT_REQ2:
	case FFAV_FID_MSG_SEND_DIRECT_RESP2:
		return ffavi_version_ge(r->call, 1, 2);
	case FFAVI_FID_INTERRUPT_64:
	case FFAVI_FID_YIELD_64:
		return ffavi_version_ge(r->call, 1, 3);
	default:
		return false;
	}
}

/* w0 names a frame that may answer the call at all (RESP_FID). FFA_ERROR_32 answers every
 * call; the text states no FFA_ERROR width (DEN0077A v1.3 chapters 13-18), and SMC64 calls are
 * answered with the SMC32 FFA_ERROR in practice, so FFA_ERROR_64 (v1.3) is not accepted. w0 must be
 * the frame's ID exactly: an SVE hint or reserved bits in an answer's w0 make it no FF-A frame. */
static bool frame_allowed(const struct ffavi_resp *r)
{
	if (r->fid == FFAV_FID_ERROR_32)
		return true;
	if (is_notification(r->call->abi))
		return answers_notification(r);
	if (is_request(r->call->abi))
		return answers_request(r);
	/* The SPMC and SPMD answer at the Secure physical instance, where RESP returns "with any
	 * FF-A ABI" (DEN0077A v1.3 Table 15.11, §15.3): any FF-A function ID may resume them. */
	if (ffavi_role_is(r->call, FFAV_ROLE_SPMC) || ffavi_role_is(r->call, FFAV_ROLE_SPMD))
		return ffavi_fid_known(r->fid);
	return resumes_responder(r); /* DIRECT_RESP, DIRECT_RESP2 */
}

/* SMC32 answers: as for calls, x1..x7[63:32] carry nothing and are ignored unless the port
 * asks for them to be rejected (DEN0028 §2.6; FFAV_POLICY_REJECT_UPPER_HALVES). */
static int32_t check_upper_halves(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	unsigned int n;

	if (r->smc64 || !ffavi_policy(r->call, FFAV_POLICY_REJECT_UPPER_HALVES))
		return FFAV_RET_SUCCESS;
	for (n = 1; n <= 7; n++) {
		uint64_t upper = r->regs[n] & 0xFFFFFFFF00000000ull;

		if (upper != 0)
			return ffavi_fail(diag, FFAV_RULE_RESP_UPPER_HALF, n, upper);
	}
	return FFAV_RET_SUCCESS;
}

static int32_t check_frame(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	if (r->fid == FFAV_FID_ERROR_32)
		return check_error_frame(r, diag);
	if (is_notification(r->call->abi))
		return ffavi_resp_notif(r, diag);
	if (is_request(r->call->abi))
		return ffavi_resp_direct(r, diag);
	/* DIRECT_RESP/RESP2: the responder's next work item is not judged (resumes_responder()). */
	return FFAV_RET_SUCCESS;
}

static int32_t pass(struct ffav_diag *diag)
{
	if (diag != NULL) {
		diag->rule = FFAV_RULE_NONE;
		diag->reg = 0;
		diag->bits = 0;
	}
	return FFAV_RET_SUCCESS;
}

int32_t ffav_check_response(const struct ffav_caller *caller, const uint64_t call[FFAV_NREGS],
			    const uint64_t resp[FFAV_NREGS], struct ffav_diag *diag)
{
	struct ffavi_ctx c;
	struct ffavi_resp r;
	int32_t ret;

	if (resp == NULL)
		return ffavi_fail(diag, FFAV_RULE_CC_NULL_ARGUMENT, 0, 0);
	/* An invalid call has no answer to judge: its own verdict is the result. Decoded first
	 * (ffav_check() starts with the same decoding, so a rejection here is its rejection):
	 * c is then known to be filled, also to Frama-C EVA (docs/verification.md). */
	ret = ffavi_parse_call(caller, call, FFAV_ABI_NONE, &c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffav_check(caller, call, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;

	r.call = &c;
	r.regs = resp;
	r.fid = (uint32_t)resp[0];
	r.smc64 = (r.fid & FFAV_FID_SMC64) != 0;
	if (!frame_allowed(&r))
		return ffavi_fail(diag, FFAV_RULE_RESP_FID, 0, 0);
	ret = check_upper_halves(&r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = check_frame(&r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return pass(diag);
}

#endif /* FFAV_SELECT_RESPONSES */
