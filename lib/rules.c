/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Rule IDs to statuses, and (unless FFAV_NO_STRINGS) to names, spec references and
 * summaries. Every table is generated from FFAV_RULES() in ffa_validate_rules.h.
 */
#include "ffav_internal.h"

/* Rule IDs run from 0x0101 to 0x07xx (ffa_validate_rules.h): for each ID the negated status
 * of its rule, 0 (SUCCESS) for the IDs no rule has. Indexed directly, so that a rejection
 * costs one load. A rule ID past the table is an initialiser out of bounds: it does not
 * compile. */
#define RULE_ID_LIMIT 0x0800u

#define RULE_STATUS(name, id, status, ref, text) [id] = (uint8_t)-FFAV_RET_##status,
static const uint8_t rule_statuses[RULE_ID_LIMIT] = { FFAV_RULES(RULE_STATUS) };
#undef RULE_STATUS

int32_t ffav_rule_status(uint32_t rule)
{
	if (rule >= RULE_ID_LIMIT)
		return FFAV_RET_SUCCESS;
	return -(int32_t)rule_statuses[rule];
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
