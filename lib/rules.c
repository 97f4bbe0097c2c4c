/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Rule IDs to statuses, and (unless FFAV_NO_STRINGS) to names, spec references and
 * summaries. Every table is generated from FFAV_RULES() in ffa_validate_rules.h.
 */
#include "ffav_internal.h"

/* The status of each rule, by ID: for each range 0xNNxx of ffa_validate_rules.h (0x01 to 0x07)
 * a run of RANGE_SIZE(NN) bytes from RANGE_BASE(NN), the negated status at the rule's low
 * byte, 0 (SUCCESS) where no rule has the ID. Indexed directly, so that a rejection costs two
 * loads; 832 bytes where one byte per ID up to 0x0800 took 2048. Each range's size leaves
 * room for new rules; a rule past it does not compile (RULE_FITS below). */
#define RANGE_SIZE(hi)        \
	((hi) == 1u   ? 0x50u \
	 : (hi) == 2u ? 0xD0u \
	 : (hi) == 3u ? 0x80u \
	 : (hi) == 4u ? 0xB0u \
	 : (hi) == 5u ? 0x90u \
	 : (hi) == 6u ? 0x40u \
	 : (hi) == 7u ? 0x20u \
		      : 0u)
/* The ranges below hi, one after the other. */
#define RANGE_BELOW(hi, r) ((hi) > (r) ? RANGE_SIZE(r) : 0u)
#define RANGE_BASE(hi)                                                                           \
	(RANGE_BELOW(hi, 1u) + RANGE_BELOW(hi, 2u) + RANGE_BELOW(hi, 3u) + RANGE_BELOW(hi, 4u) + \
	 RANGE_BELOW(hi, 5u) + RANGE_BELOW(hi, 6u))
#define STATUS_TABLE_SIZE (RANGE_BASE(7u) + RANGE_SIZE(7u))
#define RULE_INDEX(id) (RANGE_BASE((unsigned int)(id) >> 8) + ((unsigned int)(id)&0xFFu))

/* A rule whose low byte is past its range's size would take a slot of the next range. */
#define RULE_FITS(name, id, status, ref, text)                                                  \
	ffavi_rule_fits_##name =                                                                \
		1 / (int)(((unsigned int)(id) >> 8) >= 1u && ((unsigned int)(id) >> 8) <= 7u && \
			  ((unsigned int)(id)&0xFFu) < RANGE_SIZE((unsigned int)(id) >> 8)),
enum { FFAV_RULES(RULE_FITS) };
#undef RULE_FITS

#define RULE_STATUS(name, id, status, ref, text) [RULE_INDEX(id)] = (uint8_t)-FFAV_RET_##status,
static const uint8_t rule_statuses[STATUS_TABLE_SIZE] = { FFAV_RULES(RULE_STATUS) };
#undef RULE_STATUS

/* Each range's run, as constants (so that the analysers see every index inside the table). */
static bool rule_slot(uint32_t rule, uint32_t *slot)
{
	uint32_t lo = rule & 0xFFu;
	uint32_t base;
	uint32_t size;

#define RANGE_CASE(hi)                                        \
	case hi:                                              \
		base = RANGE_BASE(hi), size = RANGE_SIZE(hi); \
		break;
	switch (rule >> 8) {
		RANGE_CASE(1u)
		RANGE_CASE(2u)
		RANGE_CASE(3u)
		RANGE_CASE(4u)
		RANGE_CASE(5u)
		RANGE_CASE(6u)
		RANGE_CASE(7u)
	default:
		return false;
	}
	if (lo >= size)
		return false;
	*slot = base + lo;
	return true;
#undef RANGE_CASE
}

int32_t ffav_rule_status(uint32_t rule)
{
	uint32_t slot;

	if (!rule_slot(rule, &slot))
		return FFAV_RET_SUCCESS;
	return -(int32_t)rule_statuses[slot];
}

/* Here rather than in lib/check.c: every rejection looks its status up in the table above. */
int32_t ffavi_fail(struct ffav_diag *diag, uint32_t rule, unsigned int reg, uint64_t bits)
{
	if (diag != NULL) {
		diag->rule = rule;
		diag->reg = (uint8_t)reg;
		diag->bits = bits;
	}
	return ffav_rule_status(rule);
}

#ifdef FFAV_NO_STRINGS

const char *ffav_rule_name(uint32_t rule)
{
	(void)rule;
	return "";
}

const char *ffav_rule_ref(uint32_t rule)
{
	(void)rule;
	return "";
}

const char *ffav_rule_summary(uint32_t rule)
{
	(void)rule;
	return "";
}

const char *ffav_status_name(int32_t status)
{
	(void)status;
	return "";
}

#else

const char *ffav_rule_name(uint32_t rule)
{
	switch (rule) {
#define RULE_NAME(name, id, status, ref, text) \
	case id:                               \
		return #name;
		FFAV_RULES(RULE_NAME)
#undef RULE_NAME
	default:
		return "";
	}
}

const char *ffav_rule_ref(uint32_t rule)
{
	switch (rule) {
#define RULE_REF(name, id, status, ref, text) \
	case id:                              \
		return ref;
		/* Rules of one field can share a reference: one case per rule all the same. */
		FFAV_RULES(RULE_REF) /* NOLINT(bugprone-branch-clone) */
#undef RULE_REF
	default:
		return "";
	}
}

const char *ffav_rule_summary(uint32_t rule)
{
	switch (rule) {
#define RULE_TEXT(name, id, status, ref, text) \
	case id:                               \
		return text;
		FFAV_RULES(RULE_TEXT)
#undef RULE_TEXT
	default:
		return "";
	}
}

const char *ffav_status_name(int32_t status)
{
	switch (status) {
	case FFAV_RET_SUCCESS:
		return "SUCCESS";
	case FFAV_RET_NOT_SUPPORTED:
		return "NOT_SUPPORTED";
	case FFAV_RET_INVALID_PARAMETERS:
		return "INVALID_PARAMETERS";
	case FFAV_RET_NO_MEMORY:
		return "NO_MEMORY";
	case FFAV_RET_BUSY:
		return "BUSY";
	case FFAV_RET_INTERRUPTED:
		return "INTERRUPTED";
	case FFAV_RET_DENIED:
		return "DENIED";
	case FFAV_RET_RETRY:
		return "RETRY";
	case FFAV_RET_ABORTED:
		return "ABORTED";
	case FFAV_RET_NO_DATA:
		return "NO_DATA";
	case FFAV_RET_NOT_READY:
		return "NOT_READY";
	default:
		return "";
	}
}

#endif /* FFAV_NO_STRINGS */
