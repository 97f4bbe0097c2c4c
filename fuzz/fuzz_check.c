/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * fuzz_check: the stateless check, ffav_check(), and everything derived from it
 * (ffav_canonical(), the per-ABI entry points, ffav_covers()/ffav_abi_of()).
 *
 * Input layout (little-endian; a short input reads missing bytes as 0):
 *
 *   byte 0      role byte: bits [2:0] role (0..5 = enum ffav_role, 6 and 7 are not roles);
 *               bit 3: use the ID bytes as they are (clear: fit the ID to the role, see
 *               fz_fit_id()); bits [7:4] pick the "other" ABI for the per-ABI mismatch
 *               check
 *   bytes 1-2   caller ID
 *   byte 3      version byte: bit 7 clear: FF-A v1.(bits [1:0]); set: an invalid version
 *               (fz_bad_versions[bits [2:0]])
 *   byte 4      policy byte: bits [3:0] FFAV_POLICY_*; bits [6:4] the notification counts
 *               (fz_notif_counts) or, with bit 7, an unknown policy bit
 *   bytes 5..   x0, x1, ... x17, 8 bytes each; a partial last register is zero-extended,
 *               missing registers are 0, bytes after x17 are ignored
 *
 * Invariants (abort on violation):
 *  1. the status is a defined FF-A code, one the spec lists for the ABI x0 names (only
 *     NOT_SUPPORTED when it names none), and one a stateless check can know
 *     (NOT_SUPPORTED, INVALID_PARAMETERS, DENIED);
 *  2. diag.rule != 0 exactly when rejected, ffav_rule_status(diag.rule) == status,
 *     diag.reg < 18, diag.bits is a subset of regs[diag.reg];
 *  3. determinism: a second call (diag NULL) gives the same status, and the per-ABI entry
 *     points (8), which run the same checks again, the same diag; regs is never written;
 *  4. x0[63:32] never changes the answer; SMC32 calls, and SMC64 calls below v1.2: x8..x17
 *     never change the answer; SMC32 with the default upper-half policy: x1..x7[63:32]
 *     never change the answer;
 *  5. ffav_covers(x0) == (ffav_abi_of(x0) != NONE); an uncovered x0 is NOT_SUPPORTED;
 *  6. a valid call's canonical image (ffav_canonical()) is valid, gets the same answer, is
 *     its own canonical image, has x0 = the bare function ID and, for SMC32, no upper
 *     halves and x8..x17 zero; computing it in place gives the same image; on rejection
 *     ffav_canonical() gives the check's answer and leaves out untouched;
 *  7. a call rejected for reserved bits (fz_is_reserved_name()) is re-checked with the
 *     offending bits cleared, up to FZ_MAX_CLEAR times: each such rejection names at
 *     least one set bit, and the loop ends accepted or on a rule about something else;
 *     under FFAV_POLICY_IGNORE_SBZ no *_SBZ rule fires;
 *  8. the per-ABI entry point of the ABI x0 names gives exactly ffav_check()'s answer;
 *     another ABI's entry point answers NOT_SUPPORTED, with exactly ffav_check()'s diag
 *     when that is a caller or function-ID rule, else CC_ABI_MISMATCH;
 *  9. relaxing the policy (IGNORE_SBZ and ENDPOINT_FRAMEWORK on, REJECT_UPPER_HALVES and
 *     NO_PER_VCPU off) never turns an accepted call into a rejected one.
 */
#include "fuzz_common.h"

#define FZ_MAX_CLEAR 40

typedef int32_t (*fz_abi_fn)(const struct ffav_caller *, const uint64_t[FFAV_NREGS],
			     struct ffav_diag *);

static const fz_abi_fn fz_abi_entry[FFAV_ABI_COUNT] = {
	[FFAV_ABI_NONE] = NULL,
	[FFAV_ABI_NOTIFICATION_BITMAP_CREATE] = ffav_check_notification_bitmap_create,
	[FFAV_ABI_NOTIFICATION_BITMAP_DESTROY] = ffav_check_notification_bitmap_destroy,
	[FFAV_ABI_NOTIFICATION_BIND] = ffav_check_notification_bind,
	[FFAV_ABI_NOTIFICATION_UNBIND] = ffav_check_notification_unbind,
	[FFAV_ABI_NOTIFICATION_SET] = ffav_check_notification_set,
	[FFAV_ABI_NOTIFICATION_GET] = ffav_check_notification_get,
	[FFAV_ABI_NOTIFICATION_INFO_GET] = ffav_check_notification_info_get,
	[FFAV_ABI_MSG_SEND_DIRECT_REQ] = ffav_check_msg_send_direct_req,
	[FFAV_ABI_MSG_SEND_DIRECT_RESP] = ffav_check_msg_send_direct_resp,
	[FFAV_ABI_MSG_SEND_DIRECT_REQ2] = ffav_check_msg_send_direct_req2,
	[FFAV_ABI_MSG_SEND_DIRECT_RESP2] = ffav_check_msg_send_direct_resp2,
	[FFAV_ABI_NOTIFICATION_BIND2] = ffav_check_notification_bind2,
	[FFAV_ABI_NOTIFICATION_UNBIND2] = ffav_check_notification_unbind2,
	[FFAV_ABI_NOTIFICATION_SET2] = ffav_check_notification_set2,
	[FFAV_ABI_NOTIFICATION_GET2] = ffav_check_notification_get2,
	[FFAV_ABI_FEATURES] = ffav_check_features,
};

/* The same call, answered again: status and diag must match. */
static void expect_same(const char *what, int32_t st0, const struct ffav_diag *d0, int32_t st,
			const struct ffav_diag *d, const uint64_t r0[FFAV_NREGS],
			const uint64_t r[FFAV_NREGS])
{
	if (st == st0 && fz_diag_eq(d, d0))
		return;
	fz_dump_regs("first ", r0);
	fz_dump_regs("second", r);
	FZ_ASSERT(false, "%s: %d " FZ_DIAG_FMT " then %d " FZ_DIAG_FMT, what, (int)st0,
		  FZ_DIAG_ARGS(d0), (int)st, FZ_DIAG_ARGS(d));
}

/* Rules that fire before the function ID is matched against a per-ABI entry point. */
static bool before_abi_match(uint32_t rule)
{
	switch (rule) {
	case FFAV_RULE_CC_CALLER_ROLE:
	case FFAV_RULE_CC_CALLER_ID:
	case FFAV_RULE_CC_CALLER_VERSION:
	case FFAV_RULE_CC_CALLER_POLICY:
	case FFAV_RULE_CC_CALLER_NOTIF_COUNT:
	case FFAV_RULE_CC_FID_NOT_FAST:
	case FFAV_RULE_CC_FID_OWNER:
	case FFAV_RULE_CC_FID_RESERVED:
	case FFAV_RULE_CC_FID_UNKNOWN:
	case FFAV_RULE_CC_FID_WIDTH:
	case FFAV_RULE_CC_FID_TOO_NEW:
	case FFAV_RULE_CC_FID_RETIRED:
	case FFAV_RULE_CC_NOT_COVERED:
		return true;
	default:
		return false;
	}
}

/* 4: registers outside the call never change the answer. */
static void check_ignored_registers(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS],
				    int32_t st, const struct ffav_diag *d)
{
	uint32_t w0 = (uint32_t)r[0];
	bool smc64 = (w0 & FFAV_FID_SMC64) != 0;
	uint64_t m[FFAV_NREGS];
	struct ffav_diag dm;
	unsigned int n;
	int32_t stm;

	memcpy(m, r, sizeof(m));
	m[0] = ~r[0] & 0xFFFFFFFF00000000ull;
	m[0] |= w0;
	if (!smc64 || c->version < FFAV_VERSION(1, 2)) {
		for (n = 8; n < FFAV_NREGS; n++)
			m[n] = ~r[n] ^ ((uint64_t)n << 40);
	}
	if (!smc64 && (c->policy & FFAV_POLICY_REJECT_UPPER_HALVES) == 0) {
		for (n = 1; n <= 7; n++)
			m[n] = (uint32_t)r[n] | (~r[n] & 0xFFFFFFFF00000000ull);
	}
	fz_diag_poison(&dm);
	stm = ffav_check(c, m, &dm);
	expect_same("registers outside the call changed the answer", st, d, stm, &dm, r, m);
}

/* 6: the canonical image. */
static void check_canonical(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS], int32_t st,
			    const struct ffav_diag *d)
{
	uint64_t image[FFAV_NREGS], again[FFAV_NREGS], inplace[FFAV_NREGS];
	struct ffav_diag dc;
	unsigned int n;
	int32_t stc;

	memset(image, 0x5A, sizeof(image));
	fz_diag_poison(&dc);
	stc = ffav_canonical(c, r, image, &dc);
	expect_same("ffav_canonical() and ffav_check() differ", st, d, stc, &dc, r, r);
	if (st != FFAV_RET_SUCCESS) {
		for (n = 0; n < FFAV_NREGS; n++)
			FZ_ASSERT(image[n] == 0x5A5A5A5A5A5A5A5Aull,
				  "rejected call, but ffav_canonical() wrote x%u", n);
		return;
	}
	FZ_ASSERT(image[0] == ((uint32_t)r[0] & ~FFAV_FID_SVE_HINT),
		  "canonical x0 %#llx for w0 %#x", (unsigned long long)image[0], (uint32_t)r[0]);
	if (((uint32_t)r[0] & FFAV_FID_SMC64) == 0) {
		for (n = 1; n < FFAV_NREGS; n++)
			FZ_ASSERT(n <= 7 ? (image[n] >> 32) == 0 : image[n] == 0,
				  "SMC32 canonical x%u = %#llx", n, (unsigned long long)image[n]);
	}

	/* The image is valid, with the same answer. */
	fz_diag_poison(&dc);
	stc = ffav_check(c, image, &dc);
	fz_check_diag(stc, &dc, image);
	expect_same("canonical image gets another answer", st, d, stc, &dc, r, image);

	/* It is its own canonical image. */
	memset(again, 0x5A, sizeof(again));
	stc = ffav_canonical(c, image, again, NULL);
	FZ_ASSERT(stc == FFAV_RET_SUCCESS, "canonical of canonical: %d", (int)stc);
	if (!fz_regs_eq(again, image)) {
		fz_dump_regs("image ", image);
		fz_dump_regs("again ", again);
		FZ_ASSERT(false, "the canonical image is not its own canonical image");
	}

	/* In place (out == regs) gives the same image. */
	memcpy(inplace, r, sizeof(inplace));
	stc = ffav_canonical(c, inplace, inplace, NULL);
	FZ_ASSERT(stc == FFAV_RET_SUCCESS, "in-place canonical: %d", (int)stc);
	FZ_ASSERT(fz_regs_eq(inplace, image), "in-place canonical image differs");
}

/* 7: reserved bits. */
static void check_reserved(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS], int32_t st,
			   const struct ffav_diag *d)
{
	const struct fz_rule_sets *rs = fz_rule_sets();
	uint64_t m[FFAV_NREGS];
	struct ffav_diag dm = *d;
	int i;

	if ((c->policy & FFAV_POLICY_IGNORE_SBZ) != 0)
		FZ_ASSERT(!fz_bit(rs->sbz, d->rule), "IGNORE_SBZ, yet " FZ_DIAG_FMT,
			  FZ_DIAG_ARGS(d));
	if (st == FFAV_RET_SUCCESS || !fz_bit(rs->reserved, d->rule))
		return;
	memcpy(m, r, sizeof(m));
	for (i = 0; i < FZ_MAX_CLEAR; i++) {
		FZ_ASSERT(dm.bits != 0, "reserved-bit rejection names no bits: " FZ_DIAG_FMT,
			  FZ_DIAG_ARGS(&dm));
		m[dm.reg] &= ~dm.bits;
		fz_diag_poison(&dm);
		st = ffav_check(c, m, &dm);
		fz_check_diag(st, &dm, m);
		if (st == FFAV_RET_SUCCESS || !fz_bit(rs->reserved, dm.rule))
			return;
	}
	fz_dump_regs("regs", r);
	FZ_ASSERT(false, "still rejected for reserved bits after clearing %d times: " FZ_DIAG_FMT,
		  FZ_MAX_CLEAR, FZ_DIAG_ARGS(&dm));
}

/* 8: per-ABI entry points. */
static void check_entry_points(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS],
			       int32_t st, const struct ffav_diag *d, enum ffav_abi abi,
			       unsigned int other_sel)
{
	struct ffav_diag de;
	enum ffav_abi other;
	int32_t ste;

	if (abi != FFAV_ABI_NONE) {
		fz_diag_poison(&de);
		ste = fz_abi_entry[abi](c, r, &de);
		expect_same("per-ABI entry point and ffav_check() differ", st, d, ste, &de, r, r);
	}
	other = (enum ffav_abi)(1u + (other_sel + (unsigned int)abi) % (FFAV_ABI_COUNT - 1u));
	if (other == abi)
		other = (enum ffav_abi)(1u + (unsigned int)other % (FFAV_ABI_COUNT - 1u));
	fz_diag_poison(&de);
	ste = fz_abi_entry[other](c, r, &de);
	fz_check_diag(ste, &de, r);
	FZ_ASSERT(ste == FFAV_RET_NOT_SUPPORTED, "%s entry point for %s: %d", ffav_abi_name(other),
		  ffav_abi_name(abi), (int)ste);
	FZ_ASSERT(de.rule == FFAV_RULE_CC_ABI_MISMATCH ||
			  (fz_diag_eq(&de, d) && before_abi_match(d->rule)),
		  "%s entry point for %s: " FZ_DIAG_FMT, ffav_abi_name(other), ffav_abi_name(abi),
		  FZ_DIAG_ARGS(&de));
}

/* API edges, once per process: NULL arguments answer INVALID_PARAMETERS with
 * CC_NULL_ARGUMENT, and ffav_canonical()/ffav_error_frame() accept a NULL out. */
static void check_null_arguments(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS])
{
	static bool done;
	struct ffav_diag d;
	uint64_t f[FFAV_NREGS];
	unsigned int n;

	if (done)
		return;
	done = true;
	fz_diag_poison(&d);
	FZ_ASSERT(ffav_check(NULL, r, &d) == FFAV_RET_INVALID_PARAMETERS &&
			  d.rule == FFAV_RULE_CC_NULL_ARGUMENT,
		  "ffav_check(NULL caller)");
	fz_diag_poison(&d);
	FZ_ASSERT(ffav_check(c, NULL, &d) == FFAV_RET_INVALID_PARAMETERS &&
			  d.rule == FFAV_RULE_CC_NULL_ARGUMENT,
		  "ffav_check(NULL regs)");
	FZ_ASSERT(ffav_canonical(c, r, NULL, NULL) == FFAV_RET_INVALID_PARAMETERS,
		  "ffav_canonical(NULL out)");
	ffav_error_frame(FFAV_RET_DENIED, NULL);
	ffav_error_frame(FFAV_RET_DENIED, f);
	for (n = 0; n < FFAV_NREGS; n++)
		FZ_ASSERT(f[n] == (n == 0   ? FFAV_FID_ERROR_32
				   : n == 2 ? (uint64_t)(uint32_t)FFAV_RET_DENIED
					    : 0),
			  "ffav_error_frame() x%u = %#llx", n, (unsigned long long)f[n]);
}

/* 9: relaxing the policy never rejects an accepted call. */
static void check_relaxed_policy(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS])
{
	struct ffav_caller relaxed = *c;
	struct ffav_diag dr;
	int32_t str;

	relaxed.policy |= FFAV_POLICY_IGNORE_SBZ | FFAV_POLICY_ENDPOINT_FRAMEWORK;
	relaxed.policy &= ~(FFAV_POLICY_REJECT_UPPER_HALVES | FFAV_POLICY_NO_PER_VCPU);
	if (relaxed.policy == c->policy)
		return;
	fz_diag_poison(&dr);
	str = ffav_check(&relaxed, r, &dr);
	FZ_ASSERT(str == FFAV_RET_SUCCESS,
		  "accepted with policy %#x, rejected with relaxed policy %#x: " FZ_DIAG_FMT,
		  c->policy, relaxed.policy, FZ_DIAG_ARGS(&dr));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz_in in = { data, size };
	struct ffav_caller c;
	uint64_t regs[FFAV_NREGS], copy[FFAV_NREGS];
	struct ffav_diag d;
	enum ffav_abi abi;
	uint8_t role_byte;
	unsigned int n;
	int32_t st;

	role_byte = fz_u8(&in);
	c.role = fz_role(role_byte);
	c.id = fz_fit_id(role_byte, (uint16_t)fz_le(&in, 2));
	c.version = fz_version(fz_u8(&in));
	c.policy = fz_policy(fz_u8(&in));
	for (n = 0; n < FFAV_NREGS; n++)
		regs[n] = fz_le(&in, 8);
	memcpy(copy, regs, sizeof(copy));

	/* 1-3. Determinism: the status again with diag NULL here; the whole diag again by the
	 * per-ABI entry points below, which run the same checks. */
	fz_diag_poison(&d);
	st = ffav_check(&c, regs, &d);
	fz_check_diag(st, &d, regs);
	abi = ffav_abi_of(regs[0]);
	FZ_ASSERT((unsigned int)abi < FFAV_ABI_COUNT, "ffav_abi_of() = %u", (unsigned int)abi);
	FZ_ASSERT(fz_status_listed(abi, c.version, st), "%s: status %d is not one the spec lists",
		  abi == FFAV_ABI_NONE ? "uncovered x0" : ffav_abi_name(abi), (int)st);
	FZ_ASSERT(st == FFAV_RET_SUCCESS || (FZ_STATELESS & FZ_ST(st)) != 0,
		  "stateless check answered %d", (int)st);
	FZ_ASSERT(ffav_check(&c, regs, NULL) == st, "not deterministic, or diag == NULL matters");
	/* Accepted: which ABI (and framework message type) for which caller kind; rejected:
	 * which rule for which role and kind of caller ID (0, Normal world, secure). */
	if (st == FFAV_RET_SUCCESS) {
		uint32_t fwk = (abi == FFAV_ABI_MSG_SEND_DIRECT_REQ ||
				abi == FFAV_ABI_MSG_SEND_DIRECT_RESP) &&
					       ((uint32_t)regs[2] & 0x80000000u) != 0
				       ? 0x100u | ((uint32_t)regs[2] & 0xFFu)
				       : 0;

		fz_feature(fwk << 16 ^ (uint32_t)abi << 8 ^ (uint32_t)c.role << 4 ^
			   (c.version & 0xFu));
	} else
		fz_feature(d.rule << 8 ^ (uint32_t)c.role ^ (c.id == 0 ? 0x10u : 0) ^
			   (uint32_t)(c.id >> 15) << 5 ^ 0x80000000u);
	check_null_arguments(&c, regs);

	/* 5 */
	FZ_ASSERT(ffav_covers(regs[0]) == (abi != FFAV_ABI_NONE), "ffav_covers(%#llx)",
		  (unsigned long long)regs[0]);
	FZ_ASSERT(abi != FFAV_ABI_NONE || st == FFAV_RET_NOT_SUPPORTED,
		  "uncovered x0 %#llx answered %d", (unsigned long long)regs[0], (int)st);

	check_ignored_registers(&c, regs, st, &d);
	check_canonical(&c, regs, st, &d);
	check_reserved(&c, regs, st, &d);
	check_entry_points(&c, regs, st, &d, abi, role_byte >> 4);
	if (st == FFAV_RET_SUCCESS)
		check_relaxed_policy(&c, regs);

	FZ_ASSERT(fz_regs_eq(copy, regs), "regs were written (ffav_check() or a derived call)");
	return 0;
}
