/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The function-ID table, derived from FFAV_FUNCTIONS() (include/ffa_validate_abis.h): every
 * FF-A function number from 0x60 to 0x97, the widths it exists in, the version that
 * introduced each width and the version that retired it; the function and ABI names; and
 * why the calling-convention layer refuses a function ID.
 */
#include "ffav_internal.h"

#define NEVER FFAVI_FID_NEVER

/* One entry per function, at the index of its number; the reserved numbers stay zero
 * (known = 0). */
#define FID_ENTRY(name, fid32, fid64, since32, since64, until, abi)                            \
	[((fid32)&FFAV_FID_NUMBER_MASK) -                                                      \
		FFAVI_FID_NUM_FIRST] = { FFAV_FN_VERSION_##since32, FFAV_FN_VERSION_##since64, \
					 FFAV_FN_VERSION_##until, FFAV_ABI_##abi, 1 },

const struct ffavi_fid_entry ffavi_fid_table[FFAVI_FID_NUM_COUNT] = { FFAV_FUNCTIONS(FID_ENTRY) };

#undef FID_ENTRY

#if FFAV_SELECT_RESPONSES /* the response checker is its one user */

bool ffavi_fid_known(uint32_t fid)
{
	const struct ffavi_fid_entry *e;

	if (!ffavi_fid_well_formed(fid) || (fid & FFAV_FID_SVE_HINT) != 0)
		return false;
	e = ffavi_fid_lookup(fid);
	return e != NULL && ffavi_fid_since(e, fid) != NEVER;
}

#endif

enum ffav_abi ffav_abi_of(uint64_t x0)
{
	uint32_t fid = (uint32_t)x0 & ~FFAV_FID_SVE_HINT;
	const struct ffavi_fid_entry *e;

	if (!ffavi_fid_well_formed(fid))
		return FFAV_ABI_NONE;
	e = ffavi_fid_lookup(fid);
	if (e == NULL || ffavi_fid_since(e, fid) == NEVER)
		return FFAV_ABI_NONE;
	return (enum ffav_abi)e->abi;
}

bool ffav_covers(uint64_t x0)
{
	return ffav_abi_of(x0) != FFAV_ABI_NONE;
}

/* Why the calling-convention layer refuses w0, in the order of the CC_FID_* rules
 * (include/ffa_validate_rules.h): the first test that fails names the rule. Reached only when the
 * function ID is not a covered ABI that exists at the caller's version in this width (decode_fid()
 * in lib/check.c), so when every other test passes, the function is one the library does not cover.
 */
int32_t ffavi_fid_reject(uint32_t minor, uint32_t w0, struct ffav_diag *diag)
{
	uint32_t fid = w0 & ~FFAV_FID_SVE_HINT;
	const struct ffavi_fid_entry *e;
	uint8_t since;

	/* DEN0028 SMCCC Table 2.1: w0[31] fast call, w0[29:24] owner, w0[23:17] reserved */
	if ((fid & FFAV_FID_FAST) == 0)
		return ffavi_fail(diag, FFAV_RULE_CC_FID_NOT_FAST, 0, 0);
	if ((fid & FFAV_FID_OWNER_MASK) != FFAV_FID_OWNER_STANDARD)
		return ffavi_fail(diag, FFAV_RULE_CC_FID_OWNER, 0, w0 & FFAV_FID_OWNER_MASK);
	if ((fid & FFAV_FID_RESERVED_MASK) != 0)
		return ffavi_fail(diag, FFAV_RULE_CC_FID_RESERVED, 0, w0 & FFAV_FID_RESERVED_MASK);
	/* DEN0077A v1.3 chapters 13-18, each ABI's function syntax table: w0[15:0], w0[30] */
	e = ffavi_fid_lookup(fid);
	if (e == NULL)
		return ffavi_fail(diag, FFAV_RULE_CC_FID_UNKNOWN, 0, w0 & FFAV_FID_NUMBER_MASK);
	since = ffavi_fid_since(e, fid);
	if (since == NEVER)
		return ffavi_fail(diag, FFAV_RULE_CC_FID_WIDTH, 0, w0 & FFAV_FID_SMC64);
	/* DEN0077A v1.3 §13.2.1 version compatibility */
	if (minor < since)
		return ffavi_fail(diag, FFAV_RULE_CC_FID_TOO_NEW, 0, 0);
	/* DEN0077A v1.1 §13; DEN0077A v1.3 §18.4 (MSG_SEND, MSG_POLL for v1.0 only) */
	if (minor > e->until)
		return ffavi_fail(diag, FFAV_RULE_CC_FID_RETIRED, 0, 0);
	/* docs/design.md §1 scope */
	return ffavi_fail(diag, FFAV_RULE_CC_NOT_COVERED, 0, 0);
}

#ifdef FFAV_NO_STRINGS

const char *ffav_function_name(uint32_t w0)
{
	(void)w0;
	return "";
}

const char *ffav_abi_name(enum ffav_abi abi)
{
	(void)abi;
	return "";
}

#else

#define FID_NAME(name, fid32, fid64, since32, since64, until, abi) \
	[((fid32)&FFAV_FID_NUMBER_MASK) - FFAVI_FID_NUM_FIRST] = #name,

/* A name exactly where the table above has a function (known = 1): both come from one
 * FFAV_FUNCTIONS() row. The names are what is tested below, so that the analysers (Frama-C
 * EVA) see that only a name is ever returned. */
static const char *const function_names[FFAVI_FID_NUM_COUNT] = { FFAV_FUNCTIONS(FID_NAME) };

#undef FID_NAME

const char *ffav_function_name(uint32_t w0)
{
	uint32_t num = w0 & FFAV_FID_NUMBER_MASK;
	const char *name;

	if (!ffavi_fid_well_formed(w0) || num < FFAVI_FID_NUM_FIRST || num > FFAVI_FID_NUM_LAST)
		return "";
	name = function_names[num - FFAVI_FID_NUM_FIRST];
	return name != NULL ? name : "";
}

/* The function whose table entry is abi: each covered ABI is one function number. */
const char *ffav_abi_name(enum ffav_abi abi)
{
	unsigned int i;

	if (abi == FFAV_ABI_NONE)
		return "";
	for (i = 0; i < FFAVI_FID_NUM_COUNT; i++) {
		const char *name = function_names[i];

		if (name != NULL && ffavi_fid_table[i].abi == (uint32_t)abi)
			return name;
	}
	return "";
}

#endif /* FFAV_NO_STRINGS */
