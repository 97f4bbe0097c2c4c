/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * fuzz_response: the response checker, ffav_check_response(), on a call and a frame that
 * claims to answer it.
 *
 * Input layout (little-endian; a short input reads missing bytes as 0):
 *
 *   bytes 0-4   role, ID (2 bytes), version and policy bytes, exactly as fuzz_check
 *   byte 5      k: the call has k registers (k mod 19), the rest are 0
 *   8k bytes    the call, x0 first
 *   bytes ..    the response, x0, x1, ... x17, 8 bytes each; missing registers are 0
 *
 * Invariants (abort on violation):
 *  1. the status is SUCCESS or INVALID_PARAMETERS when the call is valid; when it is not,
 *     the answer is ffav_check()'s status and diag for the call;
 *  2. diag.rule != 0 exactly when rejected and names a rule whose status is the answer; for
 *     a valid call it is a response rule (0x04xx) and diag.reg/diag.bits point into the
 *     response (bits a subset of resp[reg]);
 *  3. determinism, diag NULL gives the same status, call and resp are never written;
 *  4. x0[63:32] of the call and of the response never change the answer, nor the call's
 *     x8..x17 when the call is SMC32, nor (default policy) x1..x7[63:32] of an SMC32 call,
 *     nor x1..x7[63:32] of an SMC32 response frame (but FFA_ERROR's x2, where the code
 *     must be zero-extended);
 *  5. the call's canonical image gets the same answer as the call;
 *  6. a response rejected for reserved bits (fz_is_reserved_name()) is re-checked with the
 *     offending bits cleared, up to FZ_MAX_CLEAR times, each rejection naming set bits;
 *  7. for a valid call, FFA_ERROR(s) is accepted exactly when s is an error the spec lists
 *     for the call's ABI (fz_answer_listed, independent of lib/response.c), and a bare
 *     FFA_SUCCESS of the call's width answers every notification ABI but INFO_GET and
 *     FFA_FEATURES, and a bare FFA_SUCCESS_32 every direct request (DEN0077A v1.3 §15.2,
 *     §15.4); BIND2, UNBIND2, SET2 take a bare FFA_SUCCESS of either width, GET2 only
 *     FFA_SUCCESS64.
 */
#include "fuzz_common.h"

#define FZ_MAX_CLEAR 40
#define FZ_RESP_RULE_FIRST 0x0400u
#define FZ_RESP_RULE_LAST 0x04FFu

static void expect_same(const char *what, int32_t st0, const struct ffav_diag *d0, int32_t st,
			const struct ffav_diag *d)
{
	FZ_ASSERT(st == st0 && fz_diag_eq(d, d0), "%s: %d " FZ_DIAG_FMT " then %d " FZ_DIAG_FMT,
		  what, (int)st0, FZ_DIAG_ARGS(d0), (int)st, FZ_DIAG_ARGS(d));
}

static int32_t judge(const struct ffav_caller *c, const uint64_t call[FFAV_NREGS],
		     const uint64_t resp[FFAV_NREGS], struct ffav_diag *d)
{
	fz_diag_poison(d);
	return ffav_check_response(c, call, resp, d);
}

/* 4: registers that are not part of the call or of the answer. */
static void check_ignored(const struct ffav_caller *c, const uint64_t call[FFAV_NREGS],
			  const uint64_t resp[FFAV_NREGS], int32_t st, const struct ffav_diag *d)
{
	uint64_t mc[FFAV_NREGS], mr[FFAV_NREGS];
	bool call32 = ((uint32_t)call[0] & FFAV_FID_SMC64) == 0;
	bool resp32 = ((uint32_t)resp[0] & FFAV_FID_SMC64) == 0;
	bool upper_ok = (c->policy & FFAV_POLICY_REJECT_UPPER_HALVES) == 0;
	struct ffav_diag dm;
	unsigned int n;

	memcpy(mc, call, sizeof(mc));
	memcpy(mr, resp, sizeof(mr));
	mc[0] = (uint32_t)call[0] | (~call[0] & 0xFFFFFFFF00000000ull);
	mr[0] = (uint32_t)resp[0] | (~resp[0] & 0xFFFFFFFF00000000ull);
	if (call32) {
		for (n = 8; n < FFAV_NREGS; n++)
			mc[n] = ~call[n];
		if (upper_ok) {
			for (n = 1; n <= 7; n++)
				mc[n] = (uint32_t)call[n] | (~call[n] & 0xFFFFFFFF00000000ull);
		}
	}
	if (resp32 && upper_ok) {
		for (n = 1; n <= 7; n++) {
			/* Except FFA_ERROR's x2: the code is zero-extended into x2, so x2[63:32]
			 * is judged whatever the policy (DEN0077A v1.2,
			 * FFA_ERROR; lib/response.c check_error_frame()). */
			if (n == 2 && (uint32_t)resp[0] == FFAV_FID_ERROR_32)
				continue;
			mr[n] = (uint32_t)resp[n] | (~resp[n] & 0xFFFFFFFF00000000ull);
		}
	}
	expect_same("registers outside the call and the frame changed the answer", st, d,
		    judge(c, mc, mr, &dm), &dm);
}

/* 6: reserved bits of the response. */
static void check_reserved(const struct ffav_caller *c, const uint64_t call[FFAV_NREGS],
			   const uint64_t resp[FFAV_NREGS], const struct ffav_diag *d)
{
	const struct fz_rule_sets *rs = fz_rule_sets();
	uint64_t m[FFAV_NREGS];
	struct ffav_diag dm = *d;
	int i;

	memcpy(m, resp, sizeof(m));
	for (i = 0; i < FZ_MAX_CLEAR; i++) {
		int32_t st;

		if (!fz_bit(rs->reserved, dm.rule))
			return;
		FZ_ASSERT(dm.bits != 0, "reserved-bit rejection names no bits: " FZ_DIAG_FMT,
			  FZ_DIAG_ARGS(&dm));
		m[dm.reg] &= ~dm.bits;
		st = judge(c, call, m, &dm);
		fz_check_diag(st, &dm, m);
		if (st == FFAV_RET_SUCCESS)
			return;
	}
	FZ_ASSERT(!fz_bit(rs->reserved, dm.rule),
		  "still rejected for reserved bits after clearing %d times: " FZ_DIAG_FMT,
		  FZ_MAX_CLEAR, FZ_DIAG_ARGS(&dm));
}

/* 7: error and success frames built here, judged there. */
static void check_frames(const struct ffav_caller *c, const uint64_t call[FFAV_NREGS],
			 enum ffav_abi abi)
{
	uint64_t f[FFAV_NREGS];
	struct ffav_diag d;
	int32_t s, st;

	for (s = FFAV_RET_NOT_SUPPORTED; s >= FFAV_RET_NOT_READY; s--) {
		bool listed = fz_answer_listed(abi, c->version, s);

		ffav_error_frame(s, f);
		st = judge(c, call, f, &d);
		fz_check_diag(st, &d, f);
		FZ_ASSERT((st == FFAV_RET_SUCCESS) == listed,
			  "%s v%#x: FFA_ERROR(%d) %s, the spec %s it: " FZ_DIAG_FMT,
			  ffav_abi_name(abi), c->version, (int)s,
			  st == FFAV_RET_SUCCESS ? "accepted" : "refused",
			  listed ? "lists" : "does not list", FZ_DIAG_ARGS(&d));
	}
	memset(f, 0, sizeof(f));
	if ((abi >= FFAV_ABI_NOTIFICATION_BITMAP_CREATE && abi < FFAV_ABI_NOTIFICATION_INFO_GET) ||
	    abi == FFAV_ABI_FEATURES || abi == FFAV_ABI_NOTIFICATION_BIND2 ||
	    abi == FFAV_ABI_NOTIFICATION_UNBIND2 || abi == FFAV_ABI_NOTIFICATION_SET2 ||
	    abi == FFAV_ABI_MSG_SEND_DIRECT_REQ || abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2) {
		f[0] = FFAV_FID_SUCCESS_32;
		st = judge(c, call, f, &d);
		FZ_ASSERT(st == FFAV_RET_SUCCESS, "%s: bare FFA_SUCCESS_32 refused: " FZ_DIAG_FMT,
			  ffav_abi_name(abi), FZ_DIAG_ARGS(&d));
	}
	/* The v1.3 ABIs (DEN0077A v1.3 Tables 16.28-16.42): BIND2, UNBIND2, SET2 take either
	 * width; GET2 only FFA_SUCCESS64, and an empty one always (nothing pending). */
	if (abi >= FFAV_ABI_NOTIFICATION_BIND2 && abi <= FFAV_ABI_NOTIFICATION_GET2) {
		f[0] = FFAV_FID_SUCCESS_64;
		st = judge(c, call, f, &d);
		FZ_ASSERT(st == FFAV_RET_SUCCESS, "%s: bare FFA_SUCCESS_64 refused: " FZ_DIAG_FMT,
			  ffav_abi_name(abi), FZ_DIAG_ARGS(&d));
	}
	if (abi == FFAV_ABI_NOTIFICATION_GET2) {
		f[0] = FFAV_FID_SUCCESS_32;
		st = judge(c, call, f, &d);
		FZ_ASSERT(st == FFAV_RET_INVALID_PARAMETERS && d.rule == FFAV_RULE_RESP_GET2_WIDTH,
			  "GET2: FFA_SUCCESS_32 not refused: " FZ_DIAG_FMT, FZ_DIAG_ARGS(&d));
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz_in in = { data, size };
	uint64_t call[FFAV_NREGS], resp[FFAV_NREGS], ccopy[FFAV_NREGS], rcopy[FFAV_NREGS];
	uint64_t canon[FFAV_NREGS];
	struct ffav_caller c;
	struct ffav_diag d, d2, dc;
	uint8_t role_byte;
	unsigned int n, k;
	int32_t st, st2, stc;
	enum ffav_abi abi;

	role_byte = fz_u8(&in);
	c.role = fz_role(role_byte);
	c.id = fz_fit_id(role_byte, (uint16_t)fz_le(&in, 2));
	c.version = fz_version(fz_u8(&in));
	c.policy = fz_policy(fz_u8(&in));
	k = fz_u8(&in) % (FFAV_NREGS + 1u);
	memset(call, 0, sizeof(call));
	for (n = 0; n < k; n++)
		call[n] = fz_le(&in, 8);
	for (n = 0; n < FFAV_NREGS; n++)
		resp[n] = fz_le(&in, 8);
	memcpy(ccopy, call, sizeof(call));
	memcpy(rcopy, resp, sizeof(resp));

	/* 1-3 */
	st = judge(&c, call, resp, &d);
	FZ_ASSERT(memcmp(ccopy, call, sizeof(call)) == 0, "ffav_check_response() wrote call");
	FZ_ASSERT(memcmp(rcopy, resp, sizeof(resp)) == 0, "ffav_check_response() wrote resp");
	fz_diag_poison(&dc);
	stc = ffav_check(&c, call, &dc);
	if (stc != FFAV_RET_SUCCESS) {
		expect_same("invalid call: ffav_check() and ffav_check_response() differ", stc, &dc,
			    st, &d);
		return 0;
	}
	fz_check_diag(st, &d, resp);
	fz_feature(d.rule << 16 ^ ((uint32_t)resp[0] & 0xFFu) << 8 ^ ((uint32_t)call[0] & 0xFFu));
	FZ_ASSERT(st == FFAV_RET_SUCCESS || st == FFAV_RET_INVALID_PARAMETERS,
		  "ffav_check_response() answered %d", (int)st);
	FZ_ASSERT(st == FFAV_RET_SUCCESS ||
			  (d.rule >= FZ_RESP_RULE_FIRST && d.rule <= FZ_RESP_RULE_LAST),
		  "valid call, response refused by a non-response rule " FZ_DIAG_FMT,
		  FZ_DIAG_ARGS(&d));
	st2 = judge(&c, call, resp, &d2);
	expect_same("not deterministic", st, &d, st2, &d2);
	FZ_ASSERT(ffav_check_response(&c, call, resp, NULL) == st,
		  "diag == NULL changes the status");

	check_ignored(&c, call, resp, st, &d);

	/* 5 */
	stc = ffav_canonical(&c, call, canon, NULL);
	FZ_ASSERT(stc == FFAV_RET_SUCCESS, "valid call, ffav_canonical() %d", (int)stc);
	expect_same("the canonical call gets another answer", st, &d, judge(&c, canon, resp, &d2),
		    &d2);

	if (st != FFAV_RET_SUCCESS)
		check_reserved(&c, call, resp, &d);
	abi = ffav_abi_of(call[0]);
	check_frames(&c, call, abi);
	return 0;
}
