/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The differential driver (scripts/differential.sh; docs/quality.md "Differential runs"):
 * the library of an old revision (every symbol prefixed old_) and the library of the new
 * tree, linked into one program and asked the same questions. Any difference in a status,
 * a diag, a written register image, a decoded view, a string, a model's answer or the
 * model state after a step is a mismatch: printed in full, exit status 1.
 *
 * Inputs, in this order:
 *   1. every 16-bit rule ID (and a few above): ffav_rule_status/name/ref/summary, and the
 *      status, ABI and invariant names;
 *   2. the calls of the vectors and scenario steps (tests/differential/extract.py writes
 *      them as text), each with its response or a derived one;
 *   3. the fuzz corpora, decoded as the fuzz targets decode them (fuzz/fuzz_check.c,
 *      fuzz_response.c, fuzz_model.c; the JSON ones go through extract.py);
 *   4. the scenarios, replayed through both sides' models;
 *   5. --calls random mutations of the calls of 2-3 (registers, function IDs, endpoint
 *      IDs, framework flags, roles, versions, policies, answers), and --sequences random
 *      model sequences (fuzz_model's byte format, random or mutated from its corpus, and
 *      the scenarios with mutated steps). A deterministic PRNG (--seed).
 *
 * Usage: differential EXTRACT.txt [--calls N] [--sequences N] [--seed S]
 *                     [--check DIR] [--response DIR] [--model DIR]
 */
#include <dirent.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "ffa_validate_model.h"
#include "side.h"

#define NREGS DIFF_NREGS
#define MAX_EP 8
#define MAX_STEPS 64

/* ---- What is compared, and how often ----------------------------------- */

enum counter {
	N_CHECK,
	N_CHECK_NODIAG,
	N_CHECK_ABI,
	N_CANONICAL,
	N_CANONICAL_INPLACE,
	N_PREPARED,
	N_CANONICAL_PREPARED,
	N_CHECK_RESPONSE,
	N_ABI_OF,
	N_COVERS,
	N_INFO_GET_DECODE,
	N_GET_DECODE,
	N_ERROR_FRAME,
	N_RULE_STATUS,
	N_RULE_NAME,
	N_RULE_REF,
	N_RULE_SUMMARY,
	N_NAMES,
	N_MODEL_ADD,
	N_MODEL_STEP,
	N_MODEL_STEP_ON_CPU,
	N_MODEL_RX,
	N_MODEL_STATE,
	N_COUNTERS
};

static const char *const counter_name[N_COUNTERS] = {
	"ffav_check (with diag)",
	"ffav_check (diag NULL)",
	"per-ABI entry points",
	"ffav_canonical (into a buffer)",
	"ffav_canonical (in place)",
	"old ffav_check vs new ffav_check_prepared",
	"old ffav_canonical vs new ffav_canonical_prepared",
	"ffav_check_response",
	"ffav_abi_of",
	"ffav_covers",
	"ffav_info_get_decode/iter",
	"ffav_get_decode",
	"ffav_error_frame",
	"ffav_rule_status",
	"ffav_rule_name",
	"ffav_rule_ref",
	"ffav_rule_summary",
	"status/ABI/invariant names",
	"ffav_model_add_endpoint",
	"ffav_model_step",
	"ffav_model_step_on_cpu",
	"ffav_model_rx_buffer_full",
	"model state after a change",
};

static unsigned long long count[N_COUNTERS];
static unsigned int n_added_rules; /* rule IDs only the new library has */
static unsigned long long n_accepted_calls, n_accepted_steps;
static unsigned long long n_inputs[8];
static const char *const input_name[8] = {
	"vector and scenario calls", "fuzz_check corpus",  "fuzz_response corpus",
	"fuzz_model corpus",	     "scenarios replayed", "random calls",
	"random model sequences",    "mutated scenarios",
};

/* ---- Reporting a mismatch ------------------------------------------------ */

static const char *where = "";

static void dump_regs(const char *what, const uint64_t *r)
{
	unsigned int n;

	fprintf(stderr, "  %s:", what);
	for (n = 0; n < NREGS; n++)
		fprintf(stderr, "%s%" PRIx64, n % 6 == 0 ? "\n    " : " ", r[n]);
	fputc('\n', stderr);
}

static void dump_caller(const struct dside_caller *c)
{
	fprintf(stderr, "  caller: role %u id %#x version %#x policy %#x\n", c->role, c->id,
		c->version, c->policy);
}

static void fail(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "MISMATCH (%s): ", where);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void diff_diag(const char *fn, int32_t so, const struct dside_diag *o, int32_t sn,
		      const struct dside_diag *n)
{
	if (so == sn &&
	    (o == NULL || (o->rule == n->rule && o->reg == n->reg && o->bits == n->bits)))
		return;
	if (o == NULL)
		fail("%s: old %d, new %d", fn, (int)so, (int)sn);
	fail("%s: old %d rule %#x (%s) reg %u bits %#" PRIx64 "; new %d rule %#x (%s) reg %u bits "
	     "%#" PRIx64,
	     fn, (int)so, o->rule, old_side_rule_name(o->rule), o->reg, o->bits, (int)sn, n->rule,
	     new_side_rule_name(n->rule), n->reg, n->bits);
}

static void diff_regs(const char *fn, const uint64_t *o, const uint64_t *n)
{
	if (memcmp(o, n, NREGS * sizeof(o[0])) == 0)
		return;
	dump_regs("old side wrote", o);
	dump_regs("new side wrote", n);
	fail("%s: the register images differ", fn);
}

static void diff_str(const char *fn, uint32_t arg, const char *o, const char *n)
{
	if (strcmp(o, n) != 0)
		fail("%s(%#x): old \"%s\", new \"%s\"", fn, arg, o, n);
}

/* ---- 1. The tables ------------------------------------------------------- */

static void compare_tables(void)
{
	uint32_t id;
	int32_t s;
	uint64_t fo[NREGS], fn[NREGS];

	where = "rule tables";
	for (id = 0; id <= 0x10000u + 0x10u; id++) {
		uint32_t rule = id <= 0xFFFFu ? id : (id << 12) | 0x0301u;

		/* A rule the new library adds (an ID the old one left free) is counted, not
		 * compared: no call of the old library's selection can report it (the calls
		 * below check that every answer is still the old one). */
		if (old_side_rule_status(rule) == 0 && new_side_rule_status(rule) != 0 &&
		    old_side_rule_name(rule)[0] == '\0') {
			n_added_rules++;
			continue;
		}
		if (old_side_rule_status(rule) != new_side_rule_status(rule))
			fail("ffav_rule_status(%#x): old %d, new %d", rule,
			     (int)old_side_rule_status(rule), (int)new_side_rule_status(rule));
		diff_str("ffav_rule_name", rule, old_side_rule_name(rule),
			 new_side_rule_name(rule));
		diff_str("ffav_rule_ref", rule, old_side_rule_ref(rule), new_side_rule_ref(rule));
		diff_str("ffav_rule_summary", rule, old_side_rule_summary(rule),
			 new_side_rule_summary(rule));
		diff_str("ffav_model_invariant_name", rule, old_side_invariant_name(rule),
			 new_side_invariant_name(rule));
		count[N_RULE_STATUS]++;
		count[N_RULE_NAME]++;
		count[N_RULE_REF]++;
		count[N_RULE_SUMMARY]++;
		count[N_NAMES]++;
	}
	for (s = -40; s <= 40; s++) {
		diff_str("ffav_status_name", (uint32_t)s, old_side_status_name(s),
			 new_side_status_name(s));
		diff_str("ffav_abi_name", (uint32_t)s, old_side_abi_name((uint32_t)s & 0xFFu),
			 new_side_abi_name((uint32_t)s & 0xFFu));
		memset(fo, 0x5A, sizeof(fo));
		memset(fn, 0x5A, sizeof(fn));
		old_side_error_frame(s, fo);
		new_side_error_frame(s, fn);
		diff_regs("ffav_error_frame", fo, fn);
		count[N_NAMES] += 2;
		count[N_ERROR_FRAME]++;
	}
}

/* The entry points' answers to NULL arguments. */
static void compare_null_arguments(void)
{
	static const struct dside_caller c = { 0, 0, FFAV_VERSION(1, 2), 0 };
	uint64_t r[NREGS] = { FFAV_FID_NOTIFICATION_BITMAP_CREATE, 0, 1 };
	struct dside_diag dio, din;
	unsigned int abi;

	where = "NULL arguments";
	diff_diag("ffav_check(NULL caller)", old_side_check(NULL, r, &dio), &dio,
		  new_side_check(NULL, r, &din), &din);
	diff_diag("ffav_check(NULL regs)", old_side_check(&c, NULL, &dio), &dio,
		  new_side_check(&c, NULL, &din), &din);
	diff_diag("ffav_canonical(NULL out)", old_side_canonical(&c, r, NULL, &dio), &dio,
		  new_side_canonical(&c, r, NULL, &din), &din);
	diff_diag("ffav_check_prepared(NULL)", old_side_check(NULL, r, &dio), &dio,
		  new_side_check_prepared(NULL, r, &din), &din);
	diff_diag("ffav_check_prepared(NULL regs)", old_side_check(&c, NULL, &dio), &dio,
		  new_side_check_prepared(&c, NULL, &din), &din);
	diff_diag("ffav_canonical_prepared(NULL out)", old_side_canonical(&c, r, NULL, &dio), &dio,
		  new_side_canonical_prepared(&c, r, NULL, &din), &din);
	count[N_PREPARED] += 2;
	count[N_CANONICAL_PREPARED]++;
	diff_diag("ffav_check_response(NULL resp)", old_side_check_response(&c, r, NULL, &dio),
		  &dio, new_side_check_response(&c, r, NULL, &din), &din);
	diff_diag("ffav_check_response(NULL call)", old_side_check_response(&c, NULL, r, &dio),
		  &dio, new_side_check_response(&c, NULL, r, &din), &din);
	count[N_CHECK] += 2;
	count[N_CANONICAL]++;
	count[N_CHECK_RESPONSE] += 2;
	for (abi = 1; abi < 12; abi++) {
		int32_t so = old_side_check_abi(abi, NULL, r, &dio);

		if (so == DIFF_NO_FUNCTION)
			continue;
		diff_diag("per-ABI entry point (NULL caller)", so, &dio,
			  new_side_check_abi(abi, NULL, r, &din), &din);
		count[N_CHECK_ABI]++;
	}
}

/* ---- 2. One stateless call ---------------------------------------------- */

static void compare_call(const struct dside_caller *c, const uint64_t *r, const uint64_t *resp)
{
	struct dside_diag dio, din;
	uint64_t bo[NREGS], bn[NREGS], go[4], gn[4];
	uint8_t vo[256], vn[256];
	size_t lo, ln;
	int32_t so, sn;
	unsigned int abi;
	int smc64;

	so = old_side_check(c, r, &dio);
	sn = new_side_check(c, r, &din);
	if (so != sn || dio.rule != din.rule || dio.reg != din.reg || dio.bits != din.bits) {
		dump_caller(c);
		dump_regs("regs", r);
		diff_diag("ffav_check", so, &dio, sn, &din);
	}
	count[N_CHECK]++;
	n_accepted_calls += so == FFAV_RET_SUCCESS;
	so = old_side_check(c, r, NULL);
	sn = new_side_check(c, r, NULL);
	if (so != sn) {
		dump_caller(c);
		dump_regs("regs", r);
		diff_diag("ffav_check (diag NULL)", so, NULL, sn, NULL);
	}
	count[N_CHECK_NODIAG]++;

	for (abi = 1; abi < 12; abi++) {
		so = old_side_check_abi(abi, c, r, &dio);
		if (so == DIFF_NO_FUNCTION)
			continue;
		sn = new_side_check_abi(abi, c, r, &din);
		if (so != sn || dio.rule != din.rule || dio.reg != din.reg ||
		    dio.bits != din.bits) {
			dump_caller(c);
			dump_regs("regs", r);
			fprintf(stderr, "  entry point of ABI %u (%s)\n", abi,
				new_side_abi_name(abi));
			diff_diag("per-ABI entry point", so, &dio, sn, &din);
		}
		count[N_CHECK_ABI]++;
	}

	memset(bo, 0x5A, sizeof(bo));
	memset(bn, 0x5A, sizeof(bn));
	so = old_side_canonical(c, r, bo, &dio);
	sn = new_side_canonical(c, r, bn, &din);
	if (so != sn || dio.rule != din.rule || dio.reg != din.reg || dio.bits != din.bits ||
	    memcmp(bo, bn, sizeof(bo)) != 0) {
		dump_caller(c);
		dump_regs("regs", r);
		diff_diag("ffav_canonical", so, &dio, sn, &din);
		diff_regs("ffav_canonical", bo, bn);
	}
	count[N_CANONICAL]++;
	memcpy(bo, r, sizeof(bo));
	memcpy(bn, r, sizeof(bn));
	so = old_side_canonical(c, bo, bo, NULL);
	sn = new_side_canonical(c, bn, bn, NULL);
	if (so != sn || memcmp(bo, bn, sizeof(bo)) != 0) {
		dump_caller(c);
		dump_regs("regs", r);
		diff_diag("ffav_canonical in place", so, NULL, sn, NULL);
		diff_regs("ffav_canonical in place", bo, bn);
	}
	count[N_CANONICAL_INPLACE]++;

	/* The new prepared path against the old library's ffav_check() and ffav_canonical(). */
	so = old_side_check(c, r, &dio);
	sn = new_side_check_prepared(c, r, &din);
	if (so != sn || dio.rule != din.rule || dio.reg != din.reg || dio.bits != din.bits) {
		dump_caller(c);
		dump_regs("regs", r);
		diff_diag("ffav_check_prepared", so, &dio, sn, &din);
	}
	count[N_PREPARED]++;
	memset(bo, 0x5A, sizeof(bo));
	memset(bn, 0x5A, sizeof(bn));
	so = old_side_canonical(c, r, bo, &dio);
	sn = new_side_canonical_prepared(c, r, bn, &din);
	if (so != sn || dio.rule != din.rule || dio.reg != din.reg || dio.bits != din.bits ||
	    memcmp(bo, bn, sizeof(bo)) != 0) {
		dump_caller(c);
		dump_regs("regs", r);
		diff_diag("ffav_canonical_prepared", so, &dio, sn, &din);
		diff_regs("ffav_canonical_prepared", bo, bn);
	}
	count[N_CANONICAL_PREPARED]++;

	if (old_side_abi_of(r[0]) != new_side_abi_of(r[0]))
		fail("ffav_abi_of(%#" PRIx64 "): old %u, new %u", r[0], old_side_abi_of(r[0]),
		     new_side_abi_of(r[0]));
	count[N_ABI_OF]++;
	if (old_side_covers(r[0]) != new_side_covers(r[0]))
		fail("ffav_covers(%#" PRIx64 "): old %d, new %d", r[0], old_side_covers(r[0]),
		     new_side_covers(r[0]));
	count[N_COVERS]++;

	so = old_side_check_response(c, r, resp, &dio);
	sn = new_side_check_response(c, r, resp, &din);
	if (so != sn || dio.rule != din.rule || dio.reg != din.reg || dio.bits != din.bits) {
		dump_caller(c);
		dump_regs("call", r);
		dump_regs("response", resp);
		diff_diag("ffav_check_response", so, &dio, sn, &din);
	}
	so = old_side_check_response(c, r, resp, NULL);
	sn = new_side_check_response(c, r, resp, NULL);
	if (so != sn) {
		dump_regs("call", r);
		dump_regs("response", resp);
		diff_diag("ffav_check_response (diag NULL)", so, NULL, sn, NULL);
	}
	count[N_CHECK_RESPONSE] += 2;

	for (smc64 = 0; smc64 < 2; smc64++) {
		so = old_side_info_get_decode(resp, smc64, vo, sizeof(vo), &lo);
		sn = new_side_info_get_decode(resp, smc64, vn, sizeof(vn), &ln);
		if (so != sn || lo != ln ||
		    memcmp(vo, vn, lo < sizeof(vo) ? lo : sizeof(vo)) != 0) {
			dump_regs("response", resp);
			fail("ffav_info_get_decode(smc64 %d): old %d (%zu bytes), new %d (%zu "
			     "bytes) "
			     "or the views differ",
			     smc64, (int)so, lo, (int)sn, ln);
		}
		count[N_INFO_GET_DECODE]++;
	}
	old_side_get_decode(resp, go);
	new_side_get_decode(resp, gn);
	if (memcmp(go, gn, sizeof(go)) != 0) {
		dump_regs("response", resp);
		fail("ffav_get_decode: the views differ");
	}
	count[N_GET_DECODE]++;
}

/* ---- The PRNG and the mutations ------------------------------------------ */

static uint64_t rng_state;

static uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static uint32_t below(uint32_t n)
{
	return (uint32_t)(rnd() % n);
}

/* Every covered function ID and the frames around them. */
static const uint32_t fids[] = {
	FFAV_FID_NOTIFICATION_BITMAP_CREATE,
	FFAV_FID_NOTIFICATION_BITMAP_DESTROY,
	FFAV_FID_NOTIFICATION_BIND,
	FFAV_FID_NOTIFICATION_UNBIND,
	FFAV_FID_NOTIFICATION_SET,
	FFAV_FID_NOTIFICATION_GET,
	FFAV_FID_NOTIFICATION_INFO_GET_32,
	FFAV_FID_NOTIFICATION_INFO_GET_64,
	FFAV_FID_MSG_SEND_DIRECT_REQ_32,
	FFAV_FID_MSG_SEND_DIRECT_REQ_64,
	FFAV_FID_MSG_SEND_DIRECT_RESP_32,
	FFAV_FID_MSG_SEND_DIRECT_RESP_64,
	FFAV_FID_MSG_SEND_DIRECT_REQ2,
	FFAV_FID_MSG_SEND_DIRECT_RESP2,
	FFAV_FID_ERROR_32,
	FFAV_FID_SUCCESS_32,
	FFAV_FID_SUCCESS_64,
	FFAV_FID_INTERRUPT_32,
	FFAV_FID_MSG_WAIT_32,
	FFAV_FID_YIELD_32,
	FFAV_FID_RUN_32,
	0x84000090u, /* FFA_ABORT */
	0xC4000094u /* BIND2 */,
	0x84000063u /* FFA_VERSION */,
};
#define N_FIDS (sizeof(fids) / sizeof(fids[0]))

static const uint16_t special_ids[] = { 0x0000, 0x0001, 0x0002, 0x0003, 0x7FFF, 0x7FF0,
					0x8000, 0x8001, 0x8002, 0x8003, 0xFFFF, 0xFFC0 };
#define N_SPECIAL (sizeof(special_ids) / sizeof(special_ids[0]))

static const uint32_t versions[] = {
	FFAV_VERSION(1, 0), FFAV_VERSION(1, 1),
	FFAV_VERSION(1, 2), FFAV_VERSION(1, 3),
	FFAV_VERSION(1, 2), FFAV_VERSION(1, 3),
	FFAV_VERSION(0, 9), FFAV_VERSION(1, 4),
	FFAV_VERSION(2, 0), 0,
	0xFFFFFFFFu,	    FFAV_VERSION(1, 2) | 0x80000000u,
};

static uint64_t rnd_value(void)
{
	switch (below(8)) {
	case 0:
		return 0;
	case 1:
		return rnd();
	case 2:
		return rnd() & 0xFFFFFFFFu;
	case 3:
		return 1ull << below(64);
	case 4:
		return below(16);
	case 5:
		return ~0ull;
	case 6:
		return (uint64_t)special_ids[below(N_SPECIAL)] << (16 * below(2));
	default:
		return (uint64_t)special_ids[below(N_SPECIAL)] << 16 |
		       special_ids[below(N_SPECIAL)];
	}
}

static uint16_t rnd_id(const struct dside_caller *c)
{
	return below(4) == 0   ? c->id
	       : below(4) == 0 ? (uint16_t)rnd()
			       : special_ids[below(N_SPECIAL)];
}

static uint64_t rnd_fid(void)
{
	uint32_t f = fids[below(N_FIDS)];

	switch (below(8)) {
	case 0:
		f ^= FFAV_FID_SMC64;
		break;
	case 1:
		f += below(2) ? 1u : (uint32_t)-1;
		break;
	case 2:
		f |= FFAV_FID_SVE_HINT;
		break;
	case 3:
		f ^= 1u << below(32);
		break;
	case 4:
		f = (f & ~FFAV_FID_NUMBER_MASK) | (0x60u + below(0x40));
		break;
	default:
		break;
	}
	return below(8) == 0 ? (uint64_t)f | rnd() << 32 : f;
}

static void mutate_regs(uint64_t *r, const struct dside_caller *c)
{
	unsigned int n = below(NREGS);

	switch (below(6)) {
	case 0:
		r[n] = rnd_value();
		break;
	case 1:
		r[n] ^= 1ull << below(64);
		break;
	case 2:
		r[n] ^= rnd() << 32;
		break;
	case 3:
		r[n] = 0;
		break;
	case 4: /* endpoint IDs in w1 */
		r[1] = (r[1] & ~0xFFFFFFFFull) | (uint64_t)rnd_id(c) << 16 | rnd_id(c);
		break;
	default: /* framework flags and message type in w2 */
		r[2] = (r[2] & ~0xFFFFFFFFull) | (below(2) ? 0x80000000u : 0) |
		       (below(2) ? below(16) : below(256)) |
		       (below(8) == 0 ? rnd() & 0x7FFFFF00u : 0);
		break;
	}
}

static void mutate_caller(struct dside_caller *c)
{
	switch (below(4)) {
	case 0:
		c->role = below(16) == 0 ? (uint32_t)rnd() : below(8);
		break;
	case 1:
		c->id = rnd_id(c);
		break;
	case 2:
		c->version = versions[below(sizeof(versions) / sizeof(versions[0]))];
		break;
	default:
		c->policy = below(16) == 0 ? (uint32_t)rnd() : below(32);
		break;
	}
}

/* An answer to r: an FFA_ERROR, an FFA_SUCCESS of either width, the direct-message frames
 * that may answer a request (endpoints swapped), or r's own answer mutated. */
static void make_answer(const struct dside_caller *c, const uint64_t *r, uint64_t *resp)
{
	static const int32_t errs[] = { -1, -2, -3, -4, -5, -6, -7, -8, -9, -10, 0, -11, 1 };
	uint32_t w1 = (uint32_t)r[1];
	unsigned int n, k;

	memset(resp, 0, NREGS * sizeof(resp[0]));
	switch (below(7)) {
	case 0:
		new_side_error_frame(errs[below(sizeof(errs) / sizeof(errs[0]))], resp);
		break;
	case 1:
	case 2:
		resp[0] = below(2) ? FFAV_FID_SUCCESS_32 : FFAV_FID_SUCCESS_64;
		k = below(NREGS);
		for (n = 2; n < k; n++)
			resp[n] = below(2) ? rnd_value() : 0;
		break;
	case 3:
		resp[0] = fids[below(N_FIDS)];
		resp[1] = (uint64_t)(w1 << 16 | w1 >> 16);
		for (n = 2; n < 8; n++)
			resp[n] = below(3) == 0 ? rnd_value() : r[n];
		break;
	case 4:
		resp[0] = below(2) ? FFAV_FID_INTERRUPT_32 : FFAV_FID_YIELD_32;
		resp[1] = below(2) ? (uint64_t)(w1 & 0xFFFFu) << 16 : rnd_value();
		break;
	default:
		memcpy(resp, r, NREGS * sizeof(resp[0]));
		resp[0] = rnd_fid();
		break;
	}
	for (k = below(3); k > 0; k--)
		mutate_regs(resp, c);
}

static void *xrealloc(void *p, size_t size)
{
	void *q = realloc(p, size);

	if (q == NULL) {
		perror("realloc");
		exit(2);
	}
	return q;
}

/* ---- The pool of calls ------------------------------------------------------ */

struct call {
	struct dside_caller c;
	int has_resp;
	uint64_t r[NREGS], resp[NREGS];
};

static struct call *pool;
static size_t n_pool, cap_pool;

static void pool_add(const struct call *k)
{
	if (n_pool == cap_pool) {
		cap_pool = cap_pool ? 2 * cap_pool : 4096;
		pool = xrealloc(pool, cap_pool * sizeof(*pool));
	}
	pool[n_pool++] = *k;
}

static void run_call(struct call *k, unsigned int kind)
{
	if (!k->has_resp) {
		uint64_t resp[NREGS];

		make_answer(&k->c, k->r, resp);
		compare_call(&k->c, k->r, resp);
	} else {
		compare_call(&k->c, k->r, k->resp);
	}
	n_inputs[kind]++;
}

/* ---- Model sequences --------------------------------------------------------- */

struct step {
	int event; /* 0 a call, 1 an rx-buffer-full event */
	uint16_t caller, cpu, receiver;
	uint64_t r[NREGS];
};

struct seq {
	uint32_t policy;
	unsigned int n_ep, n_steps;
	struct dside_ep ep[16];
	struct step step[MAX_STEPS * 2];
};

static uint8_t state_o[1u << 16], state_n[1u << 16];
static const struct step *last_step; /* the step before the state compared, or NULL */

static void compare_state(const void *mo, const void *mn, unsigned int i)
{
	size_t lo = old_side_model_state(mo, state_o, sizeof(state_o));
	size_t ln = new_side_model_state(mn, state_n, sizeof(state_n));

	if (lo > sizeof(state_o) || ln > sizeof(state_n)) {
		fprintf(stderr, "model state of %zu/%zu bytes does not fit\n", lo, ln);
		exit(2);
	}
	if (lo != ln || memcmp(state_o, state_n, lo) != 0) {
		size_t b = 0;

		while (b < lo && b < ln && state_o[b] == state_n[b])
			b++;
		if (last_step != NULL && last_step->event)
			fprintf(stderr, "  step %u: rx-buffer-full at %#x from %#x\n", i,
				last_step->receiver, last_step->caller);
		else if (last_step != NULL) {
			fprintf(stderr, "  step %u: caller %#x cpu %u\n", i, last_step->caller,
				last_step->cpu);
			dump_regs("regs", last_step->r);
		}
		fail("model state after step %u differs (old %zu bytes, new %zu; first difference "
		     "at byte %zu; the first 4 bytes are ffav_model_check_invariants())",
		     i, lo, ln, b);
	}
	count[N_MODEL_STATE]++;
}

static void run_seq(const struct seq *s, unsigned int kind, int alias)
{
	void *mo = old_side_model_new(s->policy), *mn = new_side_model_new(s->policy);
	struct dside_diag dio, din;
	uint64_t ro[NREGS], rn[NREGS];
	unsigned int i;
	int32_t so, sn;

	if (mo == NULL || mn == NULL) {
		perror("malloc");
		exit(2);
	}
	last_step = NULL;
	compare_state(mo, mn, 0);
	for (i = 0; i < s->n_ep; i++) {
		so = old_side_model_add(mo, &s->ep[i]);
		sn = new_side_model_add(mn, &s->ep[i]);
		if (so != sn)
			fail("ffav_model_add_endpoint(endpoint %u, ID %#x): old %d, new %d", i,
			     s->ep[i].id, (int)so, (int)sn);
		count[N_MODEL_ADD]++;
		compare_state(mo, mn, 0);
	}
	for (i = 0; i < s->n_steps; i++) {
		const struct step *t = &s->step[i];

		last_step = t;
		if (t->event) {
			so = old_side_model_rx_buffer_full(mo, t->receiver, t->caller >> 15, &dio);
			sn = new_side_model_rx_buffer_full(mn, t->receiver, t->caller >> 15, &din);
			if (so != sn || dio.rule != din.rule || dio.reg != din.reg ||
			    dio.bits != din.bits) {
				fprintf(stderr, "  step %u: rx-buffer-full at %#x from %#x\n",
					i + 1, t->receiver, t->caller);
				diff_diag("ffav_model_rx_buffer_full", so, &dio, sn, &din);
			}
			count[N_MODEL_RX]++;
		} else {
			int on_cpu = t->cpu != 0 || (i & 1u) != 0;

			if (alias) {
				memcpy(ro, t->r, sizeof(ro));
				memcpy(rn, t->r, sizeof(rn));
				so = old_side_model_step(mo, t->caller, t->cpu, on_cpu, ro, ro,
							 &dio);
				sn = new_side_model_step(mn, t->caller, t->cpu, on_cpu, rn, rn,
							 &din);
			} else {
				memset(ro, 0x5A, sizeof(ro));
				memset(rn, 0x5A, sizeof(rn));
				so = old_side_model_step(mo, t->caller, t->cpu, on_cpu, t->r, ro,
							 &dio);
				sn = new_side_model_step(mn, t->caller, t->cpu, on_cpu, t->r, rn,
							 &din);
			}
			if (so != sn || dio.rule != din.rule || dio.reg != din.reg ||
			    dio.bits != din.bits || memcmp(ro, rn, sizeof(ro)) != 0) {
				fprintf(stderr, "  step %u of %u: caller %#x cpu %u%s\n", i + 1,
					s->n_steps, t->caller, t->cpu,
					alias ? " (resp aliases regs)" : "");
				dump_regs("regs", t->r);
				diff_diag(on_cpu ? "ffav_model_step_on_cpu" : "ffav_model_step", so,
					  &dio, sn, &din);
				diff_regs(on_cpu ? "ffav_model_step_on_cpu" : "ffav_model_step", ro,
					  rn);
			}
			count[on_cpu ? N_MODEL_STEP_ON_CPU : N_MODEL_STEP]++;
			n_accepted_steps += so == FFAV_RET_SUCCESS;
		}
		compare_state(mo, mn, i + 1);
	}
	old_side_model_free(mo);
	new_side_model_free(mn);
	n_inputs[kind]++;
}

/* fuzz/fuzz_model.c's byte format, decoded the same way (read_endpoint(), read_step()). */
static const uint32_t fz_props_tab[8] = {
	FFAV_PROP_DIRECT_REQ_RECV,  FFAV_PROP_DIRECT_REQ_SEND,	FFAV_PROP_INDIRECT_MSG,
	FFAV_PROP_NOTIFICATIONS,    FFAV_PROP_VM_CREATED,	FFAV_PROP_VM_DESTROYED,
	FFAV_PROP_DIRECT_REQ2_RECV, FFAV_PROP_DIRECT_REQ2_SEND,
};
static const uint64_t fz_uuid_tab[4][2] = {
	{ 0xc2c1b2b1a4a3a2a1ull, 0xd8d7d6d5d4d3d2d1ull },
	{ 0x0000000000000001ull, 0x0000000000000000ull },
	{ 0x4d4f4f4b41415a5aull, 0x0123456789abcdefull },
	{ 0xffffffffffffffffull, 0xffffffffffffffffull },
};
static const uint16_t fz_special_tab[6] = { 0x0000, 0x8000, 0xFFFF, 0xFFC0, 0x7FFF, 0x8001 };
static const uint32_t fz_ops_tab[32] = {
	FFAV_FID_NOTIFICATION_BITMAP_CREATE,
	FFAV_FID_NOTIFICATION_BITMAP_DESTROY,
	FFAV_FID_NOTIFICATION_BIND,
	FFAV_FID_NOTIFICATION_UNBIND,
	FFAV_FID_NOTIFICATION_SET,
	FFAV_FID_NOTIFICATION_GET,
	FFAV_FID_NOTIFICATION_INFO_GET_32,
	FFAV_FID_NOTIFICATION_INFO_GET_64,
	FFAV_FID_MSG_SEND_DIRECT_REQ_32,
	FFAV_FID_MSG_SEND_DIRECT_REQ_64,
	FFAV_FID_MSG_SEND_DIRECT_RESP_32,
	FFAV_FID_MSG_SEND_DIRECT_RESP_64,
	FFAV_FID_MSG_SEND_DIRECT_REQ2,
	FFAV_FID_MSG_SEND_DIRECT_RESP2,
	FFAV_FID_MSG_WAIT_32,
	FFAV_FID_RUN_32,
	FFAV_FID_YIELD_32,
	FFAV_FID_INTERRUPT_32,
	FFAV_FID_ERROR_32,
	FFAV_FID_SUCCESS_32,
	0xC400006Bu,
	0xC400006Du,
	0xC400006Cu,
	0x84000090u,
	0x84000086u,
	0xC400007Fu,
	0x84000063u,
	0x84000064u,
	0x8400007Cu,
	0xC4000094u,
	FFAV_FID_SUCCESS_64,
	0xC4000060u,
};

static uint16_t fz_pick(struct fz_in *in, const struct seq *s, unsigned int sel, uint16_t caller)
{
	if (sel < 8)
		return s->n_ep > 0 ? s->ep[sel % s->n_ep].id : caller;
	if (sel == 8)
		return caller;
	if (sel < 15)
		return fz_special_tab[sel - 9];
	return (uint16_t)fz_le(in, 2);
}

/* The endpoints the model accepted, as fuzz_model.c keeps them (for picking callers). */
static void decode_model_input(const uint8_t *data, size_t size, struct seq *s)
{
	struct fz_in in = { data, size };
	struct seq accepted;
	unsigned int n_ep, i;

	memset(s, 0, sizeof(*s));
	memset(&accepted, 0, sizeof(accepted));
	s->policy = fz_policy(fz_u8(&in));
	n_ep = 1u + (fz_u8(&in) & 7u);
	for (i = 0; i < n_ep; i++) {
		struct dside_ep *ep = &s->ep[s->n_ep++];
		uint8_t rb = fz_u8(&in), vb, pb, ub;
		unsigned int k;
		void *m;

		memset(ep, 0, sizeof(*ep));
		ep->role = fz_role(rb);
		ep->id = fz_fit_id(rb, (uint16_t)fz_le(&in, 2));
		ep->version = fz_version(fz_u8(&in));
		vb = fz_u8(&in);
		ep->vcpus = (vb & 0x80u) != 0 ? (uint16_t)(vb & 0x7Fu)
					      : (uint16_t)(1u + vb % FFAV_MODEL_MAX_VCPUS);
		pb = fz_u8(&in);
		for (k = 0; k < 8; k++) {
			if ((pb & (1u << k)) != 0)
				ep->properties |= fz_props_tab[k];
		}
		ub = fz_u8(&in);
		ep->n_uuids = (uint8_t)(ub & 3u);
		for (k = 0; k < ep->n_uuids; k++) {
			unsigned int u = (ub >> (2 + 2 * k)) & 3u;

			ep->uuids[k][0] = fz_uuid_tab[u][0];
			ep->uuids[k][1] = fz_uuid_tab[u][1];
		}
		/* fuzz_model.c picks callers among the endpoints the model accepted */
		m = new_side_model_new(s->policy);
		{
			unsigned int j;

			for (j = 0; j < accepted.n_ep; j++)
				new_side_model_add(m, &accepted.ep[j]);
			if (new_side_model_add(m, ep) == FFAV_RET_SUCCESS)
				accepted.ep[accepted.n_ep++] = *ep;
		}
		new_side_model_free(m);
	}
	while (s->n_steps < MAX_STEPS && in.left >= 4) {
		struct step *t = &s->step[s->n_steps++];
		uint8_t cb = fz_u8(&in), ob = fz_u8(&in), ib = fz_u8(&in), ab = fz_u8(&in);
		unsigned int k, n;
		uint16_t snd, rcv;

		memset(t, 0, sizeof(*t));
		if ((cb & 0x80u) == 0 && accepted.n_ep > 0)
			t->caller = accepted.ep[(cb & 0xFu) % accepted.n_ep].id;
		else
			t->caller = (uint16_t)(0x7FF0u + (cb & 0xFu));
		t->cpu = (uint16_t)((cb >> 4) & 7u);
		t->r[0] = (ob & 0x40u) != 0 ? fz_le(&in, 4) : fz_ops_tab[ob & 31u];
		if ((ob & 0x20u) != 0)
			t->r[0] |= FFAV_FID_SVE_HINT;
		if ((ob & 0x80u) != 0)
			t->r[0] |= 0xDEAD000100000000ull;
		snd = fz_pick(&in, &accepted, ib >> 4, t->caller);
		rcv = fz_pick(&in, &accepted, ib & 0xFu, t->caller);
		t->r[1] = (uint64_t)snd << 16 | rcv;
		k = ab & 0xFu;
		for (n = 0; n < k && 2 + n < NREGS; n++)
			t->r[2 + n] = fz_le(&in, (ab & 0x10u) != 0 ? 8 : 4);
	}
}

/* ---- Reading the inputs -------------------------------------------------------- */

static struct seq *scen;
static size_t n_scen;

static void read_extract(const char *path)
{
	FILE *f = fopen(path, "r");
	char tag[4];
	struct seq *cur = NULL;
	unsigned int n;

	if (f == NULL) {
		perror(path);
		exit(2);
	}
	while (fscanf(f, "%3s", tag) == 1) {
		if (tag[0] == 'C') {
			struct call k;
			unsigned int role, id, has;

			memset(&k, 0, sizeof(k));
			if (fscanf(f, "%x %x %x %x %x", &role, &id, &k.c.version, &k.c.policy,
				   &has) != 5)
				break;
			k.c.role = role;
			k.c.id = (uint16_t)id;
			k.has_resp = has != 0;
			for (n = 0; n < NREGS; n++)
				if (fscanf(f, "%" SCNx64, &k.r[n]) != 1)
					goto bad;
			for (n = 0; n < NREGS; n++)
				if (fscanf(f, "%" SCNx64, &k.resp[n]) != 1)
					goto bad;
			pool_add(&k);
		} else if (tag[0] == 'S') {
			scen = xrealloc(scen, (n_scen + 1) * sizeof(*scen));
			cur = &scen[n_scen++];
			memset(cur, 0, sizeof(*cur));
			if (fscanf(f, "%x", &cur->policy) != 1)
				goto bad;
		} else if (tag[0] == 'E' && cur != NULL && cur->n_ep < 16) {
			struct dside_ep *e = &cur->ep[cur->n_ep++];
			unsigned int id, vcpus, nu;

			if (fscanf(f, "%x %x %x %x %x %x", &id, &e->role, &e->version, &vcpus,
				   &e->properties, &nu) != 6)
				goto bad;
			e->id = (uint16_t)id;
			e->vcpus = (uint16_t)vcpus;
			e->n_uuids = (uint8_t)nu;
			for (n = 0; n < 4; n++)
				if (fscanf(f, "%" SCNx64 " %" SCNx64, &e->uuids[n][0],
					   &e->uuids[n][1]) != 2)
					goto bad;
		} else if ((tag[0] == 'T' || tag[0] == 'X') && cur != NULL) {
			struct step t;
			unsigned int a, b;

			memset(&t, 0, sizeof(t));
			if (fscanf(f, "%x %x", &a, &b) != 2)
				goto bad;
			t.caller = (uint16_t)a;
			if (tag[0] == 'X') {
				t.event = 1;
				t.receiver = (uint16_t)b;
			} else {
				t.cpu = (uint16_t)b;
				for (n = 0; n < NREGS; n++)
					if (fscanf(f, "%" SCNx64, &t.r[n]) != 1)
						goto bad;
			}
			if (cur->n_steps < sizeof(cur->step) / sizeof(cur->step[0]))
				cur->step[cur->n_steps++] = t;
		} else if (tag[0] == 'Z') {
			cur = NULL;
		} else {
			goto bad;
		}
	}
	fclose(f);
	return;
bad:
	fprintf(stderr, "%s: unreadable\n", path);
	exit(2);
}

/* Calls every file of dir as bytes. */
static void for_each_file(const char *dir, void (*fn)(const uint8_t *, size_t))
{
	DIR *d;
	struct dirent *e;
	static uint8_t buf[1u << 20];

	if (dir == NULL || (d = opendir(dir)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		char path[4096];
		FILE *f;
		size_t len;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		f = fopen(path, "rb");
		if (f == NULL)
			continue;
		len = fread(buf, 1, sizeof(buf), f);
		fclose(f);
		fn(buf, len);
	}
	closedir(d);
}

static struct call decode_caller(struct fz_in *in)
{
	struct call k;
	uint8_t rb;

	memset(&k, 0, sizeof(k));
	rb = fz_u8(in);
	k.c.role = (uint32_t)fz_role(rb);
	k.c.id = fz_fit_id(rb, (uint16_t)fz_le(in, 2));
	k.c.version = fz_version(fz_u8(in));
	k.c.policy = fz_policy(fz_u8(in));
	return k;
}

static void one_check_input(const uint8_t *data, size_t size)
{
	struct fz_in in = { data, size };
	struct call k = decode_caller(&in);
	unsigned int n;

	for (n = 0; n < NREGS; n++)
		k.r[n] = fz_le(&in, 8);
	run_call(&k, 1);
	pool_add(&k);
}

static void one_response_input(const uint8_t *data, size_t size)
{
	struct fz_in in = { data, size };
	struct call k = decode_caller(&in);
	unsigned int n, nk = fz_u8(&in) % (NREGS + 1u);

	for (n = 0; n < nk; n++)
		k.r[n] = fz_le(&in, 8);
	for (n = 0; n < NREGS; n++)
		k.resp[n] = fz_le(&in, 8);
	k.has_resp = 1;
	run_call(&k, 2);
	pool_add(&k);
}

static uint8_t **model_corpus;
static size_t *model_len, n_model;

static void one_model_input(const uint8_t *data, size_t size)
{
	static struct seq s;

	decode_model_input(data, size, &s);
	run_seq(&s, 3, 0);
	if (size == 0)
		return;
	model_corpus = xrealloc(model_corpus, (n_model + 1) * sizeof(*model_corpus));
	model_len = xrealloc(model_len, (n_model + 1) * sizeof(*model_len));
	model_corpus[n_model] = xrealloc(NULL, size + 1);
	memcpy(model_corpus[n_model], data, size);
	model_len[n_model++] = size;
}

/* ---- main --------------------------------------------------------------------- */

int main(int argc, char **argv)
{
	unsigned long long calls = 3000000, seqs = 50000, i;
	const char *dir_check = NULL, *dir_resp = NULL, *dir_model = NULL;
	static struct seq s;
	static uint8_t bytes[512];
	int a;
	size_t base_pool;

	if (argc < 2) {
		fprintf(stderr,
			"usage: %s EXTRACT.txt [--calls N] [--sequences N] [--seed S] "
			"[--check DIR] [--response DIR] [--model DIR]\n",
			argv[0]);
		return 2;
	}
	rng_state = 0x46464156u; /* "FFAV" */
	for (a = 2; a + 1 < argc; a += 2) {
		if (strcmp(argv[a], "--calls") == 0)
			calls = strtoull(argv[a + 1], NULL, 0);
		else if (strcmp(argv[a], "--sequences") == 0)
			seqs = strtoull(argv[a + 1], NULL, 0);
		else if (strcmp(argv[a], "--seed") == 0)
			rng_state = strtoull(argv[a + 1], NULL, 0);
		else if (strcmp(argv[a], "--check") == 0)
			dir_check = argv[a + 1];
		else if (strcmp(argv[a], "--response") == 0)
			dir_resp = argv[a + 1];
		else if (strcmp(argv[a], "--model") == 0)
			dir_model = argv[a + 1];
		else {
			fprintf(stderr, "unknown option %s\n", argv[a]);
			return 2;
		}
	}

	compare_tables();
	compare_null_arguments();

	where = "vectors and scenario steps";
	read_extract(argv[1]);
	base_pool = n_pool;
	for (i = 0; i < base_pool; i++)
		run_call(&pool[i], 0);
	where = "fuzz_check corpus";
	for_each_file(dir_check, one_check_input);
	where = "fuzz_response corpus";
	for_each_file(dir_resp, one_response_input);
	where = "fuzz_model corpus";
	for_each_file(dir_model, one_model_input);
	where = "scenarios";
	for (i = 0; i < n_scen; i++) {
		run_seq(&scen[i], 4, 0);
		run_seq(&scen[i], 4, 1);
	}
	if (n_pool == 0) {
		fprintf(stderr, "no calls to start from\n");
		return 2;
	}

	where = "random calls";
	for (i = 0; i < calls; i++) {
		struct call k = pool[rnd() % n_pool];
		unsigned int m, nm = 1 + below(4);

		for (m = 0; m < nm; m++) {
			switch (below(8)) {
			case 0:
				k.r[0] = rnd_fid();
				break;
			case 1:
				mutate_caller(&k.c);
				break;
			case 2:
				if (k.has_resp)
					mutate_regs(k.resp, &k.c);
				else
					k.r[0] = rnd_fid();
				break;
			default:
				mutate_regs(k.r, &k.c);
				break;
			}
		}
		if (below(4) == 0)
			k.has_resp = 0;
		run_call(&k, 5);
	}

	where = "random model sequences";
	for (i = 0; i < seqs; i++) {
		unsigned int kind = below(3), n, len;

		if (kind == 0 || (kind == 1 && n_model == 0)) {
			len = 2 + below(sizeof(bytes) - 2);
			for (n = 0; n < len; n++)
				bytes[n] = (uint8_t)rnd();
			decode_model_input(bytes, len, &s);
			run_seq(&s, 6, (int)below(2));
		} else if (kind == 1) {
			size_t pick = rnd() % n_model;

			len = (unsigned int)(model_len[pick] < sizeof(bytes) ? model_len[pick]
									     : sizeof(bytes));
			memcpy(bytes, model_corpus[pick], len);
			for (n = 1 + below(8); n > 0; n--)
				bytes[rnd() % len] ^= (uint8_t)(1u << below(8)); /* len > 0 */
			decode_model_input(bytes, len, &s);
			run_seq(&s, 6, (int)below(2));
		} else if (n_scen > 0) {
			s = scen[rnd() % n_scen];
			for (n = 1 + below(4); n > 0 && s.n_steps > 0; n--) {
				struct step *t = &s.step[below(s.n_steps)];
				struct dside_caller c = { 0, t->caller, 0, 0 };

				if (t->event)
					continue;
				if (below(4) == 0)
					t->r[0] = rnd_fid();
				else
					mutate_regs(t->r, &c);
				if (below(8) == 0)
					t->cpu = (uint16_t)below(3);
			}
			run_seq(&s, 7, (int)below(2));
		}
	}

	printf("inputs:\n");
	for (a = 0; a < 8; a++)
		printf("  %-28s %llu\n", input_name[a], n_inputs[a]);
	printf("comparisons, old against new:\n");
	for (a = 0; a < N_COUNTERS; a++)
		printf("  %-32s %llu\n", counter_name[a], count[a]);
	printf("accepted: %llu of the calls, %llu of the model steps\n", n_accepted_calls,
	       n_accepted_steps);
	printf("rule IDs only the new library has (not compared): %u\n", n_added_rules);
	printf("identical\n");
	return 0;
}
