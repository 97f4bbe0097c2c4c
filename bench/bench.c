/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Cost per call of ffav_check() against a minimal hand-written check of the same call
 * (bench/baseline.c), for a valid and an invalid call of every covered ABI form, and the
 * reference models' cost per step. Figures are printed, never asserted (docs/design.md §8).
 *
 *   ffav_bench [--iters N] [--runs R]     nanoseconds per call, median of R runs of N calls
 *   ffav_bench --callgrind [--iters N]    under valgrind --tool=callgrind: one stats dump per
 *                                         measurement (bench/run.sh turns them into
 *                                         instructions per call)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "baseline.h"
#include "ffa_validate.h"
#include "ffa_validate_model.h"

/* bench/CMakeLists.txt defines FFAV_HAVE_CALLGRIND when valgrind's header is there. */
#ifdef FFAV_HAVE_CALLGRIND
#include <valgrind/callgrind.h>
#define HAVE_CALLGRIND 1
#endif
#ifndef HAVE_CALLGRIND
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(s) ((void)(s))
#endif

#define V12 FFAV_VERSION(1, 2)
#define SP1 0x8001
#define SP2 0x8002
#define VM1 0x0001

struct bench_case {
	const char *abi;
	const char *what;
	struct ffav_caller caller;
	uint64_t regs[FFAV_NREGS];
};

#define CALLER(role, id)                       \
	{                                      \
		FFAV_ROLE_##role, (id), V12, 0 \
	}

/* Valid calls, then the same call made invalid by one field (DEN0077A v1.2 §15, §16). */
static const struct bench_case cases[] = {
	{ "NOTIFICATION_BITMAP_CREATE", "valid", CALLER(HYPERVISOR, 0), { 0x8400007D, VM1, 2 } },
	{ "NOTIFICATION_BITMAP_CREATE",
	  "VM ID bit 15",
	  CALLER(HYPERVISOR, 0),
	  { 0x8400007D, 0x8001, 2 } },
	{ "NOTIFICATION_BITMAP_DESTROY", "valid", CALLER(HYPERVISOR, 0), { 0x8400007E, VM1 } },
	{ "NOTIFICATION_BITMAP_DESTROY",
	  "w1[31:16] MBZ",
	  CALLER(HYPERVISOR, 0),
	  { 0x8400007E, 0x00010001 } },
	{ "NOTIFICATION_BIND", "valid", CALLER(SP, SP1), { 0x8400007F, 0x80028001, 0, 1, 0 } },
	{ "NOTIFICATION_BIND",
	  "receiver spoofed",
	  CALLER(SP, SP1),
	  { 0x8400007F, 0x80028003, 0, 1, 0 } },
	{ "NOTIFICATION_UNBIND", "valid", CALLER(SP, SP1), { 0x84000080, 0x80028001, 0, 1, 0 } },
	{ "NOTIFICATION_UNBIND", "w2 MBZ", CALLER(SP, SP1), { 0x84000080, 0x80028001, 1, 1, 0 } },
	{ "NOTIFICATION_SET", "valid", CALLER(SP, SP2), { 0x84000081, 0x80028001, 0, 1, 0 } },
	{ "NOTIFICATION_SET",
	  "w2[15:2] MBZ",
	  CALLER(SP, SP2),
	  { 0x84000081, 0x80028001, 0x4, 1, 0 } },
	{ "NOTIFICATION_GET", "valid", CALLER(SP, SP1), { 0x84000082, SP1, 0x1 } },
	{ "NOTIFICATION_GET", "w2[31:4] MBZ", CALLER(SP, SP1), { 0x84000082, SP1, 0x10 } },
	{ "NOTIFICATION_INFO_GET_64", "valid", CALLER(HYPERVISOR, 0), { 0xC4000083 } },
	{ "NOTIFICATION_INFO_GET_64",
	  "x17 SBZ",
	  CALLER(HYPERVISOR, 0),
	  { 0xC4000083, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 } },
	{ "MSG_SEND_DIRECT_REQ_32", "valid", CALLER(VM, VM1), { 0x8400006F, 0x00018001, 0, 1, 2 } },
	{ "MSG_SEND_DIRECT_REQ_32",
	  "framework bit from VM",
	  CALLER(VM, VM1),
	  { 0x8400006F, 0x00018001, 0x80000004, 1, 2 } },
	{ "MSG_SEND_DIRECT_REQ_64", "valid", CALLER(VM, VM1), { 0xC400006F, 0x00018001, 0, 1, 2 } },
	{ "MSG_SEND_DIRECT_REQ_64",
	  "x8 SBZ (v1.2)",
	  CALLER(VM, VM1),
	  { 0xC400006F, 0x00018001, 0, 1, 2, 0, 0, 0, 1 } },
	{ "MSG_SEND_DIRECT_RESP_32", "valid", CALLER(SP, SP1), { 0x84000070, 0x80010001, 0, 1 } },
	{ "MSG_SEND_DIRECT_RESP_32",
	  "sender spoofed",
	  CALLER(SP, SP1),
	  { 0x84000070, 0x80020001, 0, 1 } },
	{ "MSG_SEND_DIRECT_RESP_64", "valid", CALLER(SP, SP1), { 0xC4000070, 0x80010001, 0, 1 } },
	{ "MSG_SEND_DIRECT_RESP_64",
	  "partition message, w2 != 0",
	  CALLER(SP, SP1),
	  { 0xC4000070, 0x80010001, 0x10, 1 } },
	{ "MSG_SEND_DIRECT_REQ2",
	  "valid",
	  CALLER(SP, SP1),
	  { 0xC400008D, 0x80018002, 0xc2c1b2b1a4a3a2a1ull, 0xd8d7d6d5d4d3d2d1ull, 7 } },
	{ "MSG_SEND_DIRECT_REQ2",
	  "sender == receiver",
	  CALLER(SP, SP1),
	  { 0xC400008D, 0x80018001, 0xc2c1b2b1a4a3a2a1ull, 0xd8d7d6d5d4d3d2d1ull, 7 } },
	{ "MSG_SEND_DIRECT_RESP2", "valid", CALLER(SP, SP2), { 0xC400008E, 0x80028001, 0, 0, 7 } },
	{ "MSG_SEND_DIRECT_RESP2",
	  "x2 reserved",
	  CALLER(SP, SP2),
	  { 0xC400008E, 0x80028001, 1, 0, 7 } },
};
#define NCASES (sizeof(cases) / sizeof(cases[0]))

enum impl { IMPL_LIB, IMPL_PREP, IMPL_BASE, IMPL_NOOP };

/* Each case's caller, described once (ffav_prepare()), as a port keeps it. */
static struct ffav_prepared prepared[NCASES];

static volatile int32_t sink;

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void run_calls(enum impl impl, const struct bench_case *bc, unsigned long iters)
{
	const struct ffav_prepared *p = &prepared[bc - cases];
	struct ffav_diag diag;
	int32_t acc = 0;
	unsigned long i;

	for (i = 0; i < iters; i++) {
		switch (impl) {
		case IMPL_LIB:
			acc += ffav_check(&bc->caller, bc->regs, &diag);
			break;
		case IMPL_PREP:
			acc += ffav_check_prepared(p, bc->regs, &diag);
			break;
		case IMPL_BASE:
			acc += baseline_check(&bc->caller, bc->regs);
			break;
		case IMPL_NOOP:
		default:
			acc += baseline_noop(&bc->caller, bc->regs);
			break;
		}
	}
	sink = acc;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a;
	double y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Median over runs of the nanoseconds per call. */
static double ns_per_call(enum impl impl, const struct bench_case *bc, unsigned long iters,
			  unsigned int runs)
{
	double t[64] = { 0 };
	unsigned int r;

	if (runs == 0 || runs > 64)
		runs = runs == 0 ? 1 : 64;
	run_calls(impl, bc, iters / 10 + 1); /* warm-up */
	for (r = 0; r < runs; r++) {
		uint64_t t0 = now_ns();

		run_calls(impl, bc, iters);
		t[r] = (double)(now_ns() - t0) / (double)iters;
	}
	qsort(t, runs, sizeof(t[0]), cmp_double);
	return t[runs / 2];
}

/* ---- Models: a cycle of steps that returns the model to its starting state ---- */

struct model_cycle {
	const char *name;
	unsigned int n;
	uint16_t caller[4];
	uint64_t regs[4][FFAV_NREGS];
};

/* Notifications: SP1 binds notification 0 to sender SP2, SP2 sets it, SP1 gets it, SP1
 * unbinds it. Direct messaging: VM1 sends a request to SP1, SP1 answers. */
static const struct model_cycle cycles[] = {
	{ "notifications: BIND, SET, GET, UNBIND",
	  4,
	  { SP1, SP2, SP1, SP1 },
	  { { 0x8400007F, 0x80028001, 0, 1 },
	    { 0x84000081, 0x80028001, 0, 1 },
	    { 0x84000082, SP1, 0x1 },
	    { 0x84000080, 0x80028001, 0, 1 } } },
	{ "direct messaging: REQ_32, RESP_32",
	  2,
	  { VM1, SP1 },
	  { { 0x8400006F, 0x00018001, 0, 1 }, { 0x84000070, 0x80010001, 0, 2 } } },
};

static void model_setup(struct ffav_model *m)
{
	static const struct ffav_endpoint_desc eps[] = {
		{ VM1,
		  FFAV_ROLE_VM,
		  V12,
		  1,
		  FFAV_PROP_DIRECT_REQ_SEND | FFAV_PROP_NOTIFICATIONS,
		  0,
		  { { 0, 0 } } },
		{ SP1,
		  FFAV_ROLE_SP,
		  V12,
		  1,
		  FFAV_PROP_DIRECT_REQ_RECV | FFAV_PROP_DIRECT_REQ_SEND | FFAV_PROP_NOTIFICATIONS |
			  FFAV_PROP_DIRECT_REQ2_RECV | FFAV_PROP_DIRECT_REQ2_SEND,
		  0,
		  { { 0, 0 } } },
		{ SP2,
		  FFAV_ROLE_SP,
		  V12,
		  1,
		  FFAV_PROP_DIRECT_REQ_RECV | FFAV_PROP_DIRECT_REQ_SEND | FFAV_PROP_NOTIFICATIONS,
		  0,
		  { { 0, 0 } } },
	};
	unsigned int i;

	ffav_model_init(m, 0);
	for (i = 0; i < sizeof(eps) / sizeof(eps[0]); i++)
		(void)ffav_model_add_endpoint(m, &eps[i]);
}

static struct ffav_model model; /* large: not on the stack */

static void run_steps(const struct model_cycle *mc, unsigned long cycles_n)
{
	uint64_t resp[FFAV_NREGS];
	struct ffav_diag diag;
	int32_t acc = 0;
	unsigned long i;
	unsigned int s;

	for (i = 0; i < cycles_n; i++)
		for (s = 0; s < mc->n; s++)
			acc += ffav_model_step(&model, mc->caller[s], mc->regs[s], resp, &diag);
	sink = acc;
}

static double ns_per_step(const struct model_cycle *mc, unsigned long iters, unsigned int runs)
{
	double t[64] = { 0 };
	unsigned long n = iters / mc->n + 1;
	unsigned int r;

	if (runs == 0 || runs > 64)
		runs = runs == 0 ? 1 : 64;
	for (r = 0; r < runs; r++) {
		uint64_t t0 = now_ns();

		run_steps(mc, n);
		t[r] = (double)(now_ns() - t0) / (double)(n * mc->n);
	}
	qsort(t, runs, sizeof(t[0]), cmp_double);
	return t[runs / 2];
}

/* The statuses of one pass of the cycle, e.g. "0 0 0 0", from a fresh model. */
static void cycle_statuses(const struct model_cycle *mc, char *buf, size_t len)
{
	uint64_t resp[FFAV_NREGS];
	size_t used = 0;
	unsigned int s;

	model_setup(&model);
	buf[0] = '\0';
	for (s = 0; s < mc->n && used + 8 < len; s++) {
		int32_t ret = ffav_model_step(&model, mc->caller[s], mc->regs[s], resp, NULL);
		int k = snprintf(buf + used, len - used, "%s%d", s ? " " : "", (int)ret);

		if (k > 0)
			used += (size_t)k;
	}
}

int main(int argc, char **argv)
{
	unsigned long iters = 1000000;
	unsigned int runs = 7;
	int callgrind = 0;
	unsigned int i;
	int a;

	for (a = 1; a < argc; a++) {
		if (strcmp(argv[a], "--iters") == 0 && a + 1 < argc)
			iters = strtoul(argv[++a], NULL, 0);
		else if (strcmp(argv[a], "--runs") == 0 && a + 1 < argc)
			runs = (unsigned int)strtoul(argv[++a], NULL, 0);
		else if (strcmp(argv[a], "--callgrind") == 0)
			callgrind = 1;
		else {
			(void)fprintf(stderr, "usage: %s [--iters N] [--runs R] [--callgrind]\n",
				      argv[0]);
			return 2;
		}
	}
	if (iters == 0)
		iters = 1;

	/* One line per case: the answers of both, then the cost. In --callgrind mode a stats
	 * dump named "lib:<case>", "base:<case>" or "noop" follows each measurement, of
	 * iters calls. */
	for (i = 0; i < NCASES; i++)
		(void)ffav_prepare(&cases[i].caller, &prepared[i], NULL);
	printf("iters %lu runs %u\n", iters, runs);
	if (callgrind) {
		CALLGRIND_ZERO_STATS;
		run_calls(IMPL_NOOP, &cases[0], iters);
		CALLGRIND_DUMP_STATS_AT("noop");
	} else {
		printf("noop\t%.2f\n", ns_per_call(IMPL_NOOP, &cases[0], iters, runs));
	}
	for (i = 0; i < NCASES; i++) {
		const struct bench_case *bc = &cases[i];
		struct ffav_diag d;
		struct ffav_diag dp;
		int32_t lib = ffav_check(&bc->caller, bc->regs, &d);
		int32_t prep = ffav_check_prepared(&prepared[i], bc->regs, &dp);
		int32_t base = baseline_check(&bc->caller, bc->regs);

		if (prep != lib || dp.rule != d.rule || dp.reg != d.reg || dp.bits != d.bits) {
			(void)fprintf(stderr, "case %u: the prepared path answers differently\n",
				      i);
			return 1;
		}
		printf("case\t%u\t%s\t%s\t%d\t%s\t%d", i, bc->abi, bc->what, (int)lib,
		       d.rule != 0 ? ffav_rule_name(d.rule) : "-", (int)base);
		if (callgrind) {
			char name[16];

			printf("\n");
			(void)fflush(stdout);
			(void)snprintf(name, sizeof(name), "lib:%u", i);
			CALLGRIND_ZERO_STATS;
			run_calls(IMPL_LIB, bc, iters);
			CALLGRIND_DUMP_STATS_AT(name);
			(void)snprintf(name, sizeof(name), "prep:%u", i);
			CALLGRIND_ZERO_STATS;
			run_calls(IMPL_PREP, bc, iters);
			CALLGRIND_DUMP_STATS_AT(name);
			(void)snprintf(name, sizeof(name), "base:%u", i);
			CALLGRIND_ZERO_STATS;
			run_calls(IMPL_BASE, bc, iters);
			CALLGRIND_DUMP_STATS_AT(name);
		} else {
			printf("\t%.2f\t%.2f\t%.2f\n", ns_per_call(IMPL_LIB, bc, iters, runs),
			       ns_per_call(IMPL_BASE, bc, iters, runs),
			       ns_per_call(IMPL_PREP, bc, iters, runs));
		}
	}
	for (i = 0; i < sizeof(cycles) / sizeof(cycles[0]); i++) {
		const struct model_cycle *mc = &cycles[i];
		char st[64];

		cycle_statuses(mc, st, sizeof(st));
		printf("model\t%u\t%s\t%s", i, mc->name, st);
		model_setup(&model);
		if (callgrind) {
			unsigned long n = iters / mc->n + 1;
			char name[16];

			printf("\t%lu\n", n * mc->n);
			(void)fflush(stdout);
			(void)snprintf(name, sizeof(name), "model:%u", i);
			CALLGRIND_ZERO_STATS;
			run_steps(mc, n);
			CALLGRIND_DUMP_STATS_AT(name);
		} else {
			printf("\t%.2f\n", ns_per_step(mc, iters, runs));
		}
	}
	return 0;
}
