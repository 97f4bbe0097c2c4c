/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The register helpers at the bottom of the checks: the unused-register window of a call
 * and the test that its unused registers are zero (the calling-convention layer in
 * lib/check.c, the framework-message fields in lib/direct_fwk_fields.c, the CPU-cycle
 * ABIs of the model in lib/model_cycles.c), and the same test on an answer (lib/response*.c).
 * Calls nothing but ffavi_fail() (lib/rules.c).
 */
#include "response_internal.h"

/* ---- Calls --------------------------------------------------------------- */

unsigned int ffavi_window_end(const struct ffavi_ctx *c)
{
	return c->smc64 && ffavi_version_ge(c, 1, 2) ? 17u : 7u;
}

/* x(first) | ... | x(end) on the call's view (end: ffavi_window_end(), or a prepared window's):
 * zero exactly when every one of them is. The view is applied once at the end: the W view of
 * an OR is the OR of the W views. */
static inline uint64_t regs_or(const struct ffavi_ctx *c, unsigned int first, unsigned int end)
{
	uint64_t acc = 0;
	unsigned int n;

	for (n = first; n <= end && n < FFAV_NREGS; n++)
		acc |= c->regs[n];
	return c->smc64 ? acc : (uint64_t)(uint32_t)acc;
}

/* Some register from x(first) up to the end of the window is non-zero on the call's view:
 * report the first. The loop stops at it, at x17 at the latest; the register reported is
 * x17 or one the loop found, an index of regs[] whatever first is (Frama-C EVA cannot tie
 * first <= 17 to the OR that found the non-zero register). */
int32_t ffavi_fail_first_nonzero(const struct ffavi_ctx *c, unsigned int first, uint32_t rule,
				 struct ffav_diag *diag)
{
	uint64_t view = c->smc64 ? ~0ull : 0xFFFFFFFFull;
	unsigned int last = FFAV_NREGS - 1u; /* x17, unless a register before it is non-zero */
	unsigned int n;

	for (n = first; n < FFAV_NREGS - 1u; n++) {
		if ((c->regs[n] & view) != 0) {
			last = n;
			break;
		}
	}
	return ffavi_fail(diag, rule, last, c->regs[last] & view);
}

/* "The unused registers from x(first) up are zero" (the "Other parameter registers:
 * Reserved (SBZ)" row of every syntax table, DEN0077A v1.3 chapters 15 and 16), unless
 * FFAV_POLICY_IGNORE_SBZ. */
uint64_t ffavi_regs_or(const struct ffavi_ctx *c, unsigned int first, unsigned int end)
{
	return regs_or(c, first, end);
}

int32_t ffavi_check_unused_from(const struct ffavi_ctx *c, unsigned int first, uint32_t rule,
				struct ffav_diag *diag)
{
	if (ffavi_policy(c, FFAV_POLICY_IGNORE_SBZ) || regs_or(c, first, ffavi_window_end(c)) == 0)
		return FFAV_RET_SUCCESS;
	return ffavi_fail_first_nonzero(c, first, rule, diag);
}

#if FFAV_SELECT_RESPONSES /* the build selection: include/ffa_validate.h */

/* ---- Answers ------------------------------------------------------------- */

/* "Registers first..last of the answer are zero", unless FFAV_POLICY_IGNORE_SBZ. */
int32_t ffavi_resp_unused(const struct ffavi_resp *r, unsigned int first, unsigned int last,
			  uint32_t rule, struct ffav_diag *diag)
{
	unsigned int n;

	if (ffavi_policy(r->call, FFAV_POLICY_IGNORE_SBZ))
		return FFAV_RET_SUCCESS;
	for (n = first; n < FFAV_NREGS; n++) {
		uint64_t v;

		if (n > last)
			break;
		v = ffavi_resp_arg(r, n);
		if (v != 0)
			return ffavi_fail(diag, rule, n, v);
	}
	return FFAV_RET_SUCCESS;
}

#endif /* FFAV_SELECT_RESPONSES */
