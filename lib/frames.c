/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Frames for ports: the FFA_ERROR frame to return, and the canonical register image to
 * forward after a successful check: what is checked is what is forwarded (docs/porting.md).
 */
#include "ffav_internal.h"

static void zero_regs(uint64_t out[FFAV_NREGS])
{
	unsigned int n;

	for (n = 0; n < FFAV_NREGS; n++)
		out[n] = 0;
}

/* FFA_ERROR: w0 = FFA_ERROR_32, w2 = the status zero-extended, the rest zero
 * (DEN0077A v1.2 §12.2, FFA_ERROR). */
void ffav_error_frame(int32_t status, uint64_t out[FFAV_NREGS])
{
	if (out == NULL)
		return;
	zero_regs(out);
	out[0] = FFAV_FID_ERROR_32;
	out[2] = (uint64_t)(uint32_t)status;
}

/* The part of register n the checks of c judged: the w-view for SMC32 calls; for SMC64
 * direct messages x1[63:32] is reserved and ignored (DEN0077A v1.3 Table 15.7 w1); a
 * notification call carries its fields without the SBZ ones (lib/notif_canon.c); a
 * framework message carries only its defined fields (its reserved ones may have been let
 * through by FFAV_POLICY_IGNORE_SBZ). */
static uint64_t judged_view(const struct ffavi_ctx *c, unsigned int n)
{
#if FFAVI_BUILDS(FFAVI_NOTIF_FAMILIES)
	if (!ffavi_abi_is_direct(c->abi))
		return ffavi_arg(c, n) & ffavi_notif_meaningful(c, n);
#endif
#if FFAVI_BUILDS(FFAVI_DIRECT_FAMILIES)
	if (c->smc64 && n == 1)
		return c->regs[1] & 0xFFFFFFFFull;
	return ffavi_arg(c, n) & ffavi_direct_meaningful(c, n);
#else
	(void)c;
	(void)n;
	return 0; /* no ABI of the build selection gets here */
#endif
}

/* Ascending order, each register read before it is written: out may alias regs. */
void ffavi_canonical_image(const struct ffavi_ctx *c, uint64_t out[FFAV_NREGS])
{
	unsigned int last = ffavi_last_arg(c);
	unsigned int n;

	out[0] = c->fid;
	for (n = 1; n < FFAV_NREGS; n++)
		out[n] = n <= last ? judged_view(c, n) : 0;
}

int32_t ffav_canonical(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
		       uint64_t out[FFAV_NREGS], struct ffav_diag *diag)
{
	struct ffavi_ctx c;
	int32_t ret;

	if (out == NULL)
		return ffavi_fail(diag, FFAV_RULE_CC_NULL_ARGUMENT, 0, 0);
	/* Decode first, then check: every rejection then comes with its diag (Frama-C EVA cannot
	 * see that a decode after a successful check never fails; docs/verification.md). */
	ret = ffavi_parse_call(caller, regs, FFAV_ABI_NONE, &c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = ffav_check(caller, regs, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ffavi_canonical_image(&c, out);
	return FFAV_RET_SUCCESS;
}
