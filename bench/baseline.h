/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The benchmark's baseline: a minimal hand-written check of one FF-A call, in the style of a
 * hypervisor proxy (a switch on the function ID, one handler per ABI reading the W registers,
 * early error returns). Written for the benchmark from DEN0077A v1.2 §15.2-§15.5 and
 * §16.1-§16.7; not copied from any proxy.
 */
#ifndef FFAV_BENCH_BASELINE_H
#define FFAV_BENCH_BASELINE_H

#include "ffa_validate.h"

/* FF-A status of the call by caller (whose role, ID and version the proxy knows). */
int32_t baseline_check(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS]);

/* An empty check, to measure the loop and call overhead alone. */
int32_t baseline_noop(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS]);

#endif /* FFAV_BENCH_BASELINE_H */
