/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Shared by the fuzz targets: the input cursor, the decoding of caller bytes, and the
 * invariants every answer of the library must satisfy (docs/fuzzing.md lists them).
 *
 * A broken invariant prints what broke and calls abort(), which libFuzzer (and the
 * standalone replay main) report as a crash, with the input saved as a reproducer.
 * Hosted code: the library under test is freestanding, the harness is not.
 */
#ifndef FFAV_FUZZ_COMMON_H
#define FFAV_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ffa_validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ---- Aborting on a broken invariant ------------------------------------ */

#define FZ_ASSERT(cond, ...)                                                                   \
	do {                                                                                   \
		if (!(cond)) {                                                                 \
			fprintf(stderr, "%s:%d: invariant broken: %s\n  ", __FILE__, __LINE__, \
				#cond);                                                        \
			fprintf(stderr, __VA_ARGS__);                                          \
			fputc('\n', stderr);                                                   \
			abort();                                                               \
		}                                                                              \
	} while (0)

/* ---- Extra feedback for libFuzzer --------------------------------------- */

/* libFuzzer treats every counter of this section as coverage: a target bumps one per
 * combination of what it judged (caller role, version, policy, ABI, rule), so an input that
 * reaches a known rule for a new kind of caller is kept even when the library's code paths
 * look the same (shared case labels, conditions compiled to selects). Built only for
 * libFuzzer (FFAV_FUZZ_EXTRA_COUNTERS); a no-op elsewhere. Keep the keys coarse: every
 * combination is a corpus entry, and a corpus of thousands slows the search down. */
#ifdef FFAV_FUZZ_EXTRA_COUNTERS
#define FZ_EXTRA_BITS 11 /* libFuzzer scans and clears the whole array on every run */
__attribute__((used,
	       section("__libfuzzer_extra_counters"))) static uint8_t fz_extra[1u << FZ_EXTRA_BITS];

static inline void fz_feature(uint32_t key)
{
	uint32_t i = (key * 2654435761u) >> (32 - FZ_EXTRA_BITS);

	fz_extra[i] = 1; /* one feature per combination, not one per hit count */
}
#else
static inline void fz_feature(uint32_t key)
{
	(void)key;
}
#endif

/* ---- Reading the input ------------------------------------------------- */

struct fz_in {
	const uint8_t *p;
	size_t left;
};

static inline uint8_t fz_u8(struct fz_in *in)
{
	uint8_t v = 0;

	if (in->left > 0) {
		v = *in->p++;
		in->left--;
	}
	return v;
}

/* Little-endian, n bytes (n <= 8); missing bytes read as 0. */
static inline uint64_t fz_le(struct fz_in *in, unsigned int n)
{
	uint64_t v = 0;
	unsigned int i;

	for (i = 0; i < n; i++)
		v |= (uint64_t)fz_u8(in) << (8 * i);
	return v;
}

/* ---- Caller bytes (role, id, version, policy) -------------------------- */

/* Versions outside FFAV_VERSION_MIN..FFAV_VERSION_MAX, selected by a version byte with bit 7
 * set, so that the caller-description rules stay reachable. */
static const uint32_t fz_bad_versions[8] = {
	0u,
	FFAV_VERSION(0, 9),
	FFAV_VERSION(1, 4),
	FFAV_VERSION(2, 0),
	FFAV_VERSION(1, 0xFFFF),
	0xFFFFFFFFu,
	FFAV_VERSION(1, 2) | 0x80000000u,
	FFAV_VERSION(0, 0xFFFF),
};

/* Role byte: bits [2:0] the role (6 and 7 are not roles), bit 3 set: the ID bytes are used
 * as they are; clear: the ID is made to fit the role (host and hypervisor 0, a VM a non-zero
 * Normal-world ID, secure roles bit 15 set). */
static inline enum ffav_role fz_role(uint8_t b)
{
	return (enum ffav_role)(b & 7u);
}

static inline uint16_t fz_fit_id(uint8_t role_byte, uint16_t id)
{
	if ((role_byte & 8u) != 0)
		return id;
	switch (fz_role(role_byte)) {
	case FFAV_ROLE_HOST:
	case FFAV_ROLE_HYPERVISOR:
		return 0;
	case FFAV_ROLE_VM:
		id &= 0x7FFFu;
		return id == 0 ? 1 : id;
	case FFAV_ROLE_SP:
	case FFAV_ROLE_SPMC:
	case FFAV_ROLE_SPMD:
	default:
		return (uint16_t)(id | 0x8000u);
	}
}

/* Version byte: bit 7 clear: FF-A v1.(bits [1:0]); set: fz_bad_versions[bits [2:0]]. */
static inline uint32_t fz_version(uint8_t b)
{
	if ((b & 0x80u) != 0)
		return fz_bad_versions[b & 7u];
	return FFAV_VERSION(1, b & 3u);
}

/* The notification counts a policy byte with bit 7 clear selects (bits [6:4]): none, the
 * largest, the boundaries of the first registers, one class only, and two that
 * CC_CALLER_NOTIF_COUNT refuses (FFAV_POLICY_NOTIF_EXTRA_SP/_VM, DEN0077A v1.3 Table 13.14). */
static const uint32_t fz_notif_counts[8] = {
	0u,
	FFAV_POLICY_NOTIF_EXTRA_SP(320) | FFAV_POLICY_NOTIF_EXTRA_VM(320),
	FFAV_POLICY_NOTIF_EXTRA_SP(1),
	FFAV_POLICY_NOTIF_EXTRA_VM(1),
	FFAV_POLICY_NOTIF_EXTRA_SP(64) | FFAV_POLICY_NOTIF_EXTRA_VM(256),
	FFAV_POLICY_NOTIF_EXTRA_SP(319) | FFAV_POLICY_NOTIF_EXTRA_VM(127),
	FFAV_POLICY_NOTIF_EXTRA_SP(321),
	FFAV_POLICY_NOTIF_EXTRA_VM(511),
};

/* Policy byte: bits [3:0] FFAV_POLICY_* as they are; bit 7 clear: bits [6:4] pick the
 * notification counts (fz_notif_counts); bit 7 set: bits [6:4] add an unknown policy bit
 * (26 + bits [6:4], bit 31 for 6 and 7). */
static inline uint32_t fz_policy(uint8_t b)
{
	uint32_t p = b & 0xFu;
	uint32_t sel = (b >> 4) & 7u;

	if ((b & 0x80u) != 0)
		return p | 1u << (sel < 6u ? 26u + sel : 31u);
	return p | fz_notif_counts[sel];
}

/* ---- Statuses ----------------------------------------------------------- */

static inline bool fz_status_defined(int32_t s)
{
	return s <= FFAV_RET_SUCCESS && s >= FFAV_RET_NOT_READY;
}

#define FZ_ST(s) (1u << (unsigned int)(-(s)))
#define FZ_NS FZ_ST(FFAV_RET_NOT_SUPPORTED)
#define FZ_INV FZ_ST(FFAV_RET_INVALID_PARAMETERS)
#define FZ_NOMEM FZ_ST(FFAV_RET_NO_MEMORY)
#define FZ_BUSY FZ_ST(FFAV_RET_BUSY)
#define FZ_DEN FZ_ST(FFAV_RET_DENIED)
#define FZ_ABRT FZ_ST(FFAV_RET_ABORTED)
#define FZ_NODATA FZ_ST(FFAV_RET_NO_DATA)

/* The error statuses the spec lists for each covered ABI: the FFA_ERROR encoding tables of
 * DEN0077A v1.3 (Tables 15.8, 15.12, 15.16, 15.20, 16.5, 16.9, 16.13, 16.17, 16.21, 16.26,
 * 16.48), NOT_READY from v1.2 and ABORTED from v1.3 (docs/responses.md, "Version decisions").
 * call_only: statuses the library's call checks give although the ABI's list omits them
 * (INFO_GET_32's INVALID_PARAMETERS for non-zero upper halves under
 * FFAV_POLICY_REJECT_UPPER_HALVES, CC_UPPER_HALF; its non-zero SBZ input is NOT_SUPPORTED,
 * docs/v1.3-conformance.md G1): a call verdict may be one, an answer may not. A call that names no
 * covered ABI can only be NOT_SUPPORTED. Kept here, apart from lib/response.c's table, as an
 * independent oracle. */
struct fz_abi_statuses {
	uint32_t always;
	uint32_t from_12;
	uint32_t from_13;
	uint32_t call_only;
};

#define FZ_NOTRDY FZ_ST(FFAV_RET_NOT_READY)

static const struct fz_abi_statuses fz_abi_errors[FFAV_ABI_COUNT] = {
	[FFAV_ABI_NONE] = { FZ_NS, 0, 0, 0 },
	[FFAV_ABI_NOTIFICATION_BITMAP_CREATE] = { FZ_NS | FZ_INV | FZ_DEN | FZ_NOMEM, 0, 0, 0 },
	[FFAV_ABI_NOTIFICATION_BITMAP_DESTROY] = { FZ_NS | FZ_INV | FZ_DEN, 0, 0, 0 },
	[FFAV_ABI_NOTIFICATION_BIND] = { FZ_NS | FZ_INV | FZ_DEN, 0, FZ_ABRT, 0 },
	[FFAV_ABI_NOTIFICATION_UNBIND] = { FZ_NS | FZ_INV | FZ_DEN, 0, FZ_ABRT, 0 },
	[FFAV_ABI_NOTIFICATION_SET] = { FZ_NS | FZ_INV | FZ_DEN, 0, FZ_ABRT, 0 },
	[FFAV_ABI_NOTIFICATION_GET] = { FZ_NS | FZ_INV | FZ_DEN, 0, 0, 0 },
	[FFAV_ABI_NOTIFICATION_INFO_GET] = { FZ_NS | FZ_NODATA, 0, 0, FZ_INV },
	[FFAV_ABI_MSG_SEND_DIRECT_REQ] = { FZ_NS | FZ_INV | FZ_DEN | FZ_BUSY, FZ_NOTRDY, FZ_ABRT,
					   0 },
	[FFAV_ABI_MSG_SEND_DIRECT_RESP] = { FZ_NS | FZ_INV | FZ_DEN, 0, FZ_ABRT, 0 },
	[FFAV_ABI_MSG_SEND_DIRECT_REQ2] = { FZ_NS | FZ_INV | FZ_DEN | FZ_BUSY, FZ_NOTRDY, FZ_ABRT,
					    0 },
	[FFAV_ABI_MSG_SEND_DIRECT_RESP2] = { FZ_NS | FZ_INV | FZ_DEN, 0, FZ_ABRT, 0 },
	/* DEN0077A v1.3 Tables 16.30, 16.34, 16.38, 16.43: ABORTED from BIND2, UNBIND2 and
	 * SET2, never from GET2 (they exist only from v1.3). */
	[FFAV_ABI_NOTIFICATION_BIND2] = { FZ_NS | FZ_INV | FZ_DEN | FZ_ABRT, 0, 0, 0 },
	[FFAV_ABI_NOTIFICATION_UNBIND2] = { FZ_NS | FZ_INV | FZ_DEN | FZ_ABRT, 0, 0, 0 },
	[FFAV_ABI_NOTIFICATION_SET2] = { FZ_NS | FZ_INV | FZ_DEN | FZ_ABRT, 0, 0, 0 },
	[FFAV_ABI_NOTIFICATION_GET2] = { FZ_NS | FZ_INV | FZ_DEN, 0, 0, 0 },
	/* FFA_FEATURES: NOT_SUPPORTED only (DEN0077A v1.3 §13.3). */
	[FFAV_ABI_FEATURES] = { FZ_NS, 0, 0, 0 },
};

/* Statuses a stateless check can give: the rest (NO_MEMORY, BUSY, NO_DATA, ABORTED, ...)
 * depend on state it does not have. */
#define FZ_STATELESS (FZ_NS | FZ_INV | FZ_DEN)

/* The statuses abi may answer with at negotiated version `version`; with call verdicts, also
 * the call-only ones. */
static inline uint32_t fz_statuses(enum ffav_abi abi, uint32_t version, bool call_verdict)
{
	uint32_t allowed = fz_abi_errors[abi].always;

	if (version >= FFAV_VERSION(1, 2))
		allowed |= fz_abi_errors[abi].from_12;
	if (version >= FFAV_VERSION(1, 3))
		allowed |= fz_abi_errors[abi].from_13;
	if (call_verdict)
		allowed |= fz_abi_errors[abi].call_only;
	return allowed;
}

/* Is s a status the spec lists for abi at negotiated version `version`, as the verdict on a
 * call (fz_status_listed) or as the code of an FFA_ERROR answer (fz_answer_listed)? */
static inline bool fz_status_listed(enum ffav_abi abi, uint32_t version, int32_t s)
{
	if (s == FFAV_RET_SUCCESS)
		return true;
	if ((unsigned int)abi >= FFAV_ABI_COUNT || !fz_status_defined(s))
		return false;
	return (fz_statuses(abi, version, true) & FZ_ST(s)) != 0;
}

static inline bool fz_answer_listed(enum ffav_abi abi, uint32_t version, int32_t s)
{
	if (s == FFAV_RET_SUCCESS)
		return true;
	if ((unsigned int)abi >= FFAV_ABI_COUNT || !fz_status_defined(s))
		return false;
	return (fz_statuses(abi, version, false) & FZ_ST(s)) != 0;
}

/* ---- Rules ---------------------------------------------------------------- */

/* The rule table, straight from the X-macro: an oracle independent of lib/rules.c. */
struct fz_rule {
	uint32_t id;
	int32_t status;
	const char *name;
};

#define FZ_RULE_ROW(name, id, status, ref, text) { (id), FFAV_RET_##status, #name },
static const struct fz_rule fz_rules[] = { FFAV_RULES(FZ_RULE_ROW){ 0, 0, "" } };
#undef FZ_RULE_ROW
#define FZ_NRULES (sizeof(fz_rules) / sizeof(fz_rules[0]) - 1)

/* Rule IDs are 16-bit; bit maps over the ID space, filled once. */
#define FZ_RULE_SPACE 0x10000u
struct fz_rule_sets {
	bool ready;
	uint8_t known[FZ_RULE_SPACE / 8];
	uint8_t reserved[FZ_RULE_SPACE / 8]; /* reserved-bit rules (fz_is_reserved_name) */
	uint8_t sbz[FZ_RULE_SPACE / 8];	     /* fz_unused_reg_rules[] */
	int32_t status[FZ_RULE_SPACE];
};

static inline bool fz_ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* "Reserved" rules: the call is wrong only because bits the spec reserves are set, so
 * clearing the bits the diag names is a fix. By name: *_SBZ (reserved registers), *_MBZ and
 * *RESERVED* (reserved bits inside a field), *UPPER* (upper halves the spec reserves:
 * CC_UPPER_HALF, RESP_UPPER_HALF under FFAV_POLICY_REJECT_UPPER_HALVES, SMC64 x1/x2 upper
 * halves of direct messages); and only INVALID_PARAMETERS ones: CC_FID_RESERVED says "not
 * an FF-A call at all", clearing w0 bits names another function. */
static inline bool fz_is_reserved_name(const char *name)
{
	return fz_ends_with(name, "_SBZ") || fz_ends_with(name, "_MBZ") ||
	       strstr(name, "RESERVED") != NULL || strstr(name, "UPPER") != NULL;
}

/* The unused-register rules of the calling-convention layer (lib/check.c abi_table): the
 * "reserved should-be-zero registers" FFAV_POLICY_IGNORE_SBZ stops checking. */
static const uint32_t fz_unused_reg_rules[] = {
	FFAV_RULE_NOTIF_CREATE_SBZ,
	FFAV_RULE_NOTIF_DESTROY_SBZ,
	FFAV_RULE_NOTIF_BIND_SBZ,
	FFAV_RULE_NOTIF_UNBIND_SBZ,
	FFAV_RULE_NOTIF_SET_SBZ,
	FFAV_RULE_NOTIF_GET_SBZ,
	FFAV_RULE_NOTIF_INFO_GET_SBZ,
	FFAV_RULE_DIRECT_REQ_SBZ,
	FFAV_RULE_DIRECT_RESP_SBZ,
	/* the v1.3 ABIs' reserved registers and every field the text labels SBZ (DEN0077A v1.3
	 * Tables 13.12, 13.14, 16.3, 16.8, 16.12, 16.16, 16.24, 16.29-16.41; GET w2[31:4] is MBZ at
	 * v1.1, so NOTIF_GET_FLAGS_MBZ is not here) */
	FFAV_RULE_NOTIF_BIND2_SBZ,
	FFAV_RULE_NOTIF_UNBIND2_SBZ,
	FFAV_RULE_NOTIF_SET2_SBZ,
	FFAV_RULE_NOTIF_GET2_SBZ,
	FFAV_RULE_FEATURES_SBZ,
	FFAV_RULE_NOTIF_BIND2_FLAGS_SBZ,
	FFAV_RULE_NOTIF_UNBIND2_FLAGS_SBZ,
	FFAV_RULE_NOTIF_GET2_FLAGS_SBZ,
	FFAV_RULE_NOTIF_GET2_FLAGS_NS_PHYSICAL,
	FFAV_RULE_NOTIF_GET2_MASK_UNSELECTED,
	FFAV_RULE_NOTIF_CREATE_COUNT_SBZ,
	FFAV_RULE_FEATURES_FEATURE_INPUT,
	FFAV_RULE_NOTIF_BIND_FLAGS_MBZ,
	FFAV_RULE_NOTIF_UNBIND_FLAGS_MBZ,
	FFAV_RULE_NOTIF_GET_FLAGS_NS_PHYSICAL,
	FFAV_RULE_NOTIF_DESTROY_ID_MBZ,
};

static inline const struct fz_rule_sets *fz_rule_sets(void)
{
	static struct fz_rule_sets s;
	size_t i;

	if (s.ready)
		return &s;
	for (i = 0; i < FZ_NRULES; i++) {
		uint32_t id = fz_rules[i].id;

		FZ_ASSERT(id != 0 && id < FZ_RULE_SPACE, "rule %s has ID %#x", fz_rules[i].name,
			  id);
		FZ_ASSERT((s.known[id / 8] & (1u << (id % 8))) == 0, "rule ID %#x used twice", id);
		s.known[id / 8] |= (uint8_t)(1u << (id % 8));
		s.status[id] = fz_rules[i].status;
		if (fz_rules[i].status == FFAV_RET_INVALID_PARAMETERS &&
		    fz_is_reserved_name(fz_rules[i].name))
			s.reserved[id / 8] |= (uint8_t)(1u << (id % 8));
	}
	for (i = 0; i < sizeof(fz_unused_reg_rules) / sizeof(fz_unused_reg_rules[0]); i++)
		s.sbz[fz_unused_reg_rules[i] / 8] |= (uint8_t)(1u << (fz_unused_reg_rules[i] % 8));
	s.ready = true;
	return &s;
}

static inline bool fz_bit(const uint8_t *set, uint32_t id)
{
	return id < FZ_RULE_SPACE && (set[id / 8] & (1u << (id % 8))) != 0;
}

static inline const char *fz_rule_label(uint32_t id)
{
	size_t i;

	for (i = 0; i < FZ_NRULES; i++) {
		if (fz_rules[i].id == id)
			return fz_rules[i].name;
	}
	return "?";
}

static inline void fz_dump_regs(const char *what, const uint64_t r[FFAV_NREGS])
{
	unsigned int n;

	fprintf(stderr, "%s:", what);
	for (n = 0; n < FFAV_NREGS; n++)
		fprintf(stderr, " %#llx", (unsigned long long)r[n]);
	fputc('\n', stderr);
}

/* The invariants of one (status, diag) answer about regs:
 * - the status is a defined FF-A code;
 * - diag.rule != 0 exactly when the call is rejected, the rule is one of the table, and
 *   ffav_rule_status(rule) and the table both give the status;
 * - diag.reg < 18 and diag.bits is a subset of regs[diag.reg];
 * - on success the whole diag is zero. */
static inline void fz_check_diag(int32_t st, const struct ffav_diag *d,
				 const uint64_t regs[FFAV_NREGS])
{
	const struct fz_rule_sets *rs = fz_rule_sets();

	FZ_ASSERT(fz_status_defined(st), "status %d", (int)st);
	if (st == FFAV_RET_SUCCESS) {
		FZ_ASSERT(d->rule == 0 && d->reg == 0 && d->bits == 0,
			  "accepted but diag rule %#x reg %u bits %#llx", (unsigned)d->rule,
			  (unsigned)d->reg, (unsigned long long)d->bits);
		return;
	}
	FZ_ASSERT(d->rule != 0, "status %d without a rule", (int)st);
	FZ_ASSERT(fz_bit(rs->known, d->rule), "rule %#x is not in FFAV_RULES", (unsigned)d->rule);
	FZ_ASSERT(ffav_rule_status(d->rule) == st, "rule %s: ffav_rule_status %d, answer %d",
		  fz_rule_label(d->rule), (int)ffav_rule_status(d->rule), (int)st);
	FZ_ASSERT(rs->status[d->rule] == st, "rule %s: table status %d, answer %d",
		  fz_rule_label(d->rule), (int)rs->status[d->rule], (int)st);
	FZ_ASSERT(d->reg < FFAV_NREGS, "rule %s: diag.reg %u", fz_rule_label(d->rule),
		  (unsigned)d->reg);
	FZ_ASSERT((d->bits & ~regs[d->reg]) == 0, "rule %s: bits %#llx not in x%u = %#llx",
		  fz_rule_label(d->rule), (unsigned long long)d->bits, (unsigned)d->reg,
		  (unsigned long long)regs[d->reg]);
}

static inline bool fz_diag_eq(const struct ffav_diag *a, const struct ffav_diag *b)
{
	return a->rule == b->rule && a->reg == b->reg && a->bits == b->bits;
}

#define FZ_DIAG_FMT "rule %s (%#x) reg %u bits %#llx"
#define FZ_DIAG_ARGS(d)                                                    \
	fz_rule_label((d)->rule), (unsigned)(d)->rule, (unsigned)(d)->reg, \
		(unsigned long long)(d)->bits

/* Register arrays compared with a loop, not memcmp(): libFuzzer hooks memcmp() to learn
 * comparison operands, which costs time on every call and teaches it nothing here. */
static inline bool fz_regs_eq(const uint64_t a[FFAV_NREGS], const uint64_t b[FFAV_NREGS])
{
	uint64_t diff = 0;
	unsigned int n;

	for (n = 0; n < FFAV_NREGS; n++)
		diff |= a[n] ^ b[n];
	return diff == 0;
}

static inline void fz_diag_poison(struct ffav_diag *d)
{
	memset(d, 0xA5, sizeof(*d));
}

#endif /* FFAV_FUZZ_COMMON_H */
