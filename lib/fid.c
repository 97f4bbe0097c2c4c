/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The function-ID table, derived from FFAV_FUNCTIONS() (include/ffa_validate_abis.h): every
 * FF-A function number from 0x60 to 0x97, the widths it exists in, the version that
 * introduced each width and the version that retired it; the function and ABI names; and
 * why the calling-convention layer refuses a function ID.
 */
#include "ffav_internal.h"

#define NEVER FFAV_FID_NEVER

/* One entry per function, at the index of its number; the reserved numbers stay zero
 * (known = 0). */
#define FID_ENTRY(name, fid32, fid64, since32, since64, until, abi)                           \
	[((fid32)&FFAV_FID_NUMBER_MASK) -                                                     \
		FFAV_FID_NUM_FIRST] = { FFAV_FN_VERSION_##since32, FFAV_FN_VERSION_##since64, \
					FFAV_FN_VERSION_##until, FFAV_ABI_##abi, 1 },

const struct ffav_fid_entry ffav_fid_table[FFAV_FID_NUM_COUNT] = { FFAV_FUNCTIONS(FID_ENTRY) };

#undef FID_ENTRY

bool ffav_fid_known(uint32_t fid)
{
	const struct ffav_fid_entry *e;

	if (!ffav_fid_well_formed(fid) || (fid & FFAV_FID_SVE_HINT) != 0)
		return false;
	e = ffav_fid_lookup(fid);
	return e != NULL && ffav_fid_since(e, fid) != NEVER;
}

enum ffav_abi ffav_abi_of(uint64_t x0)
{
	uint32_t fid = (uint32_t)x0 & ~FFAV_FID_SVE_HINT;
	const struct ffav_fid_entry *e;

	if (!ffav_fid_well_formed(fid))
		return FFAV_ABI_NONE;
	e = ffav_fid_lookup(fid);
	if (e == NULL || ffav_fid_since(e, fid) == NEVER)
		return FFAV_ABI_NONE;
	return (enum ffav_abi)e->abi;
}

bool ffav_covers(uint64_t x0)
{
	return ffav_abi_of(x0) != FFAV_ABI_NONE;
}

/* Why the calling-convention layer refuses w0, in the order of DESIGN.md §5: the first test
 * that fails names the rule. Reached only when the function ID is not a covered ABI that
 * exists at the caller's version in this width (decode_fid() in lib/check.c), so when every other
 * test passes, the function is one the library does not cover. */
int32_t ffav_fid_reject(uint32_t minor, uint32_t w0, struct ffav_diag *diag)
{
	uint32_t fid = w0 & ~FFAV_FID_SVE_HINT;
	const struct ffav_fid_entry *e;
	uint8_t since;

	if ((fid & FFAV_FID_FAST) == 0)
		return ffav_fail(diag, FFAV_RULE_CC_FID_NOT_FAST, 0, 0);
	if ((fid & FFAV_FID_OWNER_MASK) != FFAV_FID_OWNER_STANDARD)
		return ffav_fail(diag, FFAV_RULE_CC_FID_OWNER, 0, w0 & FFAV_FID_OWNER_MASK);
	if ((fid & FFAV_FID_RESERVED_MASK) != 0)
		return ffav_fail(diag, FFAV_RULE_CC_FID_RESERVED, 0, w0 & FFAV_FID_RESERVED_MASK);
	e = ffav_fid_lookup(fid);
	if (e == NULL)
		return ffav_fail(diag, FFAV_RULE_CC_FID_UNKNOWN, 0, w0 & FFAV_FID_NUMBER_MASK);
	since = ffav_fid_since(e, fid);
	if (since == NEVER)
		return ffav_fail(diag, FFAV_RULE_CC_FID_WIDTH, 0, w0 & FFAV_FID_SMC64);
	if (minor < since)
		return ffav_fail(diag, FFAV_RULE_CC_FID_TOO_NEW, 0, 0);
	if (minor > e->until)
		return ffav_fail(diag, FFAV_RULE_CC_FID_RETIRED, 0, 0);
	return ffav_fail(diag, FFAV_RULE_CC_NOT_COVERED, 0, 0);
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
	[((fid32)&FFAV_FID_NUMBER_MASK) - FFAV_FID_NUM_FIRST] = #name,

static const char *const function_names[FFAV_FID_NUM_COUNT] = { FFAV_FUNCTIONS(FID_NAME) };

#undef FID_NAME

const char *ffav_function_name(uint32_t w0)
{
	if (!ffav_fid_well_formed(w0) || ffav_fid_lookup(w0) == NULL)
		return "";
	return function_names[(w0 & FFAV_FID_NUMBER_MASK) - FFAV_FID_NUM_FIRST];
}

/* The function whose table entry is abi: each covered ABI is one function number. */
const char *ffav_abi_name(enum ffav_abi abi)
{
	unsigned int i;

	if (abi == FFAV_ABI_NONE)
		return "";
	for (i = 0; i < FFAV_FID_NUM_COUNT; i++) {
		if (ffav_fid_table[i].known != 0 && ffav_fid_table[i].abi == (uint32_t)abi)
			return function_names[i];
	}
	return "";
}

#endif /* FFAV_NO_STRINGS */
