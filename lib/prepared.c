/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * A caller described once (include/ffa_validate.h, struct ffav_prepared): what ffav_check()
 * judges again on every call but which only the caller description decides, judged when the
 * port prepares the description. The per-call path then tests the function ID against one
 * word, takes the ABI's first reserved register from a small table and runs the same field
 * checks as ffav_check(). Any call that word does not accept (an unknown, retired, too new,
 * unselected or uncovered function, or one the caller's role may not invoke) goes through
 * ffav_check()'s own path, which names the rule: the answers are the same by construction.
 */
#include "ffav_internal.h"

/* The function ID fid may succeed for caller: covered, inside the build selection, existing
 * in this width at the caller's version (the same tests as decode_fid() in lib/check.c) and
 * invoked from an instance its table lists for the caller's role (ffavi_abi_table). */
static bool accepts_fid(const struct ffav_caller *caller, uint32_t fid)
{
	const struct ffavi_fid_entry *e = ffavi_fid_lookup(fid);
	uint32_t minor = caller->version & 0xFFFFu;

	/* An uncovered function (FFAV_ABI_NONE) is never selected (FFAV_ABIS_* have no bit 0) and
	 * its table entry lists no role. */
	if (!ffavi_fid_exists_at(e, fid, minor) || !FFAVI_ABI_SELECTED(e->abi))
		return false;
	return (ffavi_abi_table[e->abi].roles & FFAV_ROLE_BIT(caller->role)) != 0u;
}

/* The first register the calling-convention layer judges unused for abi in one width at the
 * caller's version, or 0 when it judges none (no SBZ rule, as for FFAV_ABI_NONE's empty entry;
 * FFAV_POLICY_IGNORE_SBZ; or the parameters fill the window). */
static uint8_t first_unused(const struct ffav_caller *caller, enum ffav_abi abi, bool smc64)
{
	struct ffavi_ctx c = { .caller = caller, .abi = abi, .smc64 = smc64 };
	unsigned int first = ffavi_last_arg(&c) + 1u;

	if (ffavi_abi_table[abi].sbz_rule == 0u || ffavi_policy(&c, FFAV_POLICY_IGNORE_SBZ) ||
	    first > ffavi_window_end(&c))
		return 0;
	return (uint8_t)first;
}

static void prepare_tables(struct ffav_prepared *p)
{
	uint32_t num;
	unsigned int abi;
	unsigned int w;

	for (w = 0; w < 2u; w++) {
		uint32_t width = w != 0u ? FFAV_FID_SMC64 : 0u;
		struct ffavi_ctx c = { .caller = &p->caller, .smc64 = w != 0u };

		p->accepts[w] = 0;
		for (num = 0; num < FFAVI_FID_NUM_COUNT; num++) {
			uint32_t fid = FFAV_FID_FAST | width | FFAV_FID_OWNER_STANDARD |
				       (num + FFAVI_FID_NUM_FIRST);

			if (p->status == FFAV_RET_SUCCESS && accepts_fid(&p->caller, fid))
				p->accepts[w] |= 1ull << num;
		}
		p->window_end[w] = (uint8_t)ffavi_window_end(&c);
		for (abi = 0; abi < FFAV_ABI_COUNT; abi++)
			p->first_unused[abi][w] =
				p->status == FFAV_RET_SUCCESS
					? first_unused(&p->caller, (enum ffav_abi)abi, w != 0u)
					: 0u;
	}
}

int32_t ffav_prepare(const struct ffav_caller *caller, struct ffav_prepared *p,
		     struct ffav_diag *diag)
{
	struct ffav_diag d = { FFAV_RULE_NONE, 0, 0 };
	int32_t ret;

	/* docs/design.md §3 ffav_check() */
	if (caller == NULL || p == NULL)
		return ffavi_fail(diag, FFAV_RULE_CC_NULL_ARGUMENT, 0, 0);
	ret = ffavi_check_caller(caller, &d);
	p->caller = *caller;
	p->status = ret;
	p->rule = ret == FFAV_RET_SUCCESS ? FFAV_RULE_NONE : d.rule;
	prepare_tables(p);
	if (ret != FFAV_RET_SUCCESS) {
		if (diag != NULL)
			*diag = d;
		return ret;
	}
	return ffavi_pass(diag);
}

/* p accepts the call x0 names (a covered ABI of the build selection, in that width, at the
 * caller's version, that the role may invoke): true, with the index of its function number in
 * the function-ID table. */
static bool accepted_index(const struct ffav_prepared *p, uint64_t x0, uint32_t *index)
{
	uint32_t fid = (uint32_t)x0 & ~FFAV_FID_SVE_HINT;
	uint32_t num = fid & FFAV_FID_NUMBER_MASK;
	unsigned int w = (fid & FFAV_FID_SMC64) != 0u ? 1u : 0u;

	/* A description whose role is not one of enum ffav_role accepts nothing (its verdict
	 * is CC_CALLER_ROLE); the test keeps the role's range in view for the analysers. */
	if (p == NULL || (uint32_t)p->caller.role > (uint32_t)FFAV_ROLE_SPMD ||
	    !ffavi_fid_well_formed(fid) || num < FFAVI_FID_NUM_FIRST || num > FFAVI_FID_NUM_LAST)
		return false;
	*index = num - FFAVI_FID_NUM_FIRST;
	return ((p->accepts[w] >> *index) & 1u) != 0u;
}

bool ffav_prepared_accepts(const struct ffav_prepared *p, uint64_t x0)
{
	uint32_t index;

	return accepted_index(p, x0, &index);
}

/* The fast decode: true, with c filled, when the prepared caller may make the call x0 names;
 * false for every other call, which the description refuses (ffav_check()'s path names why). */
static bool decode(const struct ffav_prepared *p, const uint64_t regs[FFAV_NREGS],
		   struct ffavi_ctx *c)
{
	uint32_t i;

	if (!accepted_index(p, regs[0], &i))
		return false;
	c->caller = &p->caller;
	c->regs = regs;
	c->fid = (uint32_t)regs[0] & ~FFAV_FID_SVE_HINT;
	c->abi = (enum ffav_abi)ffavi_fid_table[i].abi;
	c->smc64 = (c->fid & FFAV_FID_SMC64) != 0u;
	return true;
}

/* What ffavi_parse_call() judges after the function ID and the role, and the fields. */
static int32_t check_decoded(const struct ffav_prepared *p, const struct ffavi_ctx *c,
			     struct ffav_diag *diag)
{
	unsigned int w = c->smc64 ? 1u : 0u;
	unsigned int first = p->first_unused[c->abi][w];

	if (!c->smc64 && ffavi_policy(c, FFAV_POLICY_REJECT_UPPER_HALVES)) {
		int32_t ret = ffavi_check_upper_halves(c, diag);

		if (ret != FFAV_RET_SUCCESS)
			return ret;
	}
	/* The window is zero, or ffavi_fail_first_nonzero() names the first register that is
	 * not. */
	if (first != 0u && ffavi_regs_or(c, first, p->window_end[w]) != 0u)
		return ffavi_fail_first_nonzero(c, first, ffavi_abi_table[c->abi].sbz_rule, diag);
	return ffavi_check_fields(c, diag);
}

int32_t ffav_check_prepared(const struct ffav_prepared *p, const uint64_t regs[FFAV_NREGS],
			    struct ffav_diag *diag)
{
	struct ffavi_ctx c;
	int32_t ret;

	/* docs/design.md §3 ffav_check() */
	if (p == NULL || regs == NULL)
		return ffavi_fail(diag, FFAV_RULE_CC_NULL_ARGUMENT, 0, 0);
	/* Every SUCCESS ends in ffavi_pass(), which the analysers can follow
	 * (docs/verification.md). */
	if (decode(p, regs, &c))
		ret = check_decoded(p, &c, diag);
	else
		ret = ffav_check(&p->caller, regs, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_pass(diag);
}

int32_t ffav_canonical_prepared(const struct ffav_prepared *p, const uint64_t regs[FFAV_NREGS],
				uint64_t out[FFAV_NREGS], struct ffav_diag *diag)
{
	struct ffavi_ctx c;
	int32_t ret;

	if (out == NULL || p == NULL || regs == NULL)
		return ffavi_fail(diag, FFAV_RULE_CC_NULL_ARGUMENT, 0, 0);
	if (decode(p, regs, &c)) {
		ret = check_decoded(p, &c, diag);
		if (ret == FFAV_RET_SUCCESS)
			ffavi_canonical_image(&c, out);
	} else {
		ret = ffav_canonical(&p->caller, regs, out, diag);
	}
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_pass(diag);
}
