/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* The rule table: unique stable IDs, an error status, a name, a reference and a summary. */
#include "ffav_test.h"

#define RULE_ROW(name, id, status, ref, text) { id, FFAV_RET_##status, #name },
static const struct {
	uint32_t id;
	int32_t status;
	const char *name;
} rules[] = { FFAV_RULES(RULE_ROW) };

static void rules_are_well_formed(void **state)
{
	size_t n = sizeof(rules) / sizeof(rules[0]);
	size_t i;
	size_t j;

	(void)state;
	for (i = 0; i < n; i++) {
		assert_int_not_equal(rules[i].id, 0);
		assert_true(rules[i].status < 0 && rules[i].status >= FFAV_RET_NOT_READY);
		assert_int_equal(ffav_rule_status(rules[i].id), rules[i].status);
		assert_string_equal(ffav_rule_name(rules[i].id), rules[i].name);
		assert_true(strlen(ffav_rule_ref(rules[i].id)) > 8);
		assert_true(strlen(ffav_rule_summary(rules[i].id)) > 8);
		for (j = i + 1; j < n; j++) {
			assert_int_not_equal(rules[i].id, rules[j].id);
			assert_string_not_equal(rules[i].name, rules[j].name);
		}
	}
}

/* Every 16-bit ID that no rule has answers SUCCESS: the gaps between rules, and the IDs past
 * the last one (the status table of lib/rules.c ends at 0x0800). */
static void ids_without_a_rule_have_no_status(void **state)
{
	size_t n = sizeof(rules) / sizeof(rules[0]);
	uint32_t id;
	size_t i;

	(void)state;
	for (id = 0; id <= 0xFFFFu; id++) {
		bool is_rule = false;

		for (i = 0; i < n; i++)
			is_rule = is_rule || rules[i].id == id;
		if (!is_rule)
			assert_int_equal(ffav_rule_status(id), FFAV_RET_SUCCESS);
	}
}

static void unknown_rule_and_status(void **state)
{
	(void)state;
	assert_int_equal(ffav_rule_status(0), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_rule_status(0xFFFFFFFF), FFAV_RET_SUCCESS);
	assert_string_equal(ffav_rule_name(0xFFFFFFFF), "");
	assert_string_equal(ffav_rule_ref(0), "");
	assert_string_equal(ffav_status_name(FFAV_RET_SUCCESS), "SUCCESS");
	assert_string_equal(ffav_status_name(FFAV_RET_NO_DATA), "NO_DATA");
	assert_string_equal(ffav_status_name(-11), "");
	assert_string_equal(ffav_abi_name(FFAV_ABI_NONE), "");
}

/* Status names: every FF-A status this library answers has one, other values have none;
 * an unknown rule has no summary. */
static void status_names_and_unknown_summary(void **state)
{
	static const char *const names[] = { "SUCCESS",	  "NOT_SUPPORTED", "INVALID_PARAMETERS",
					     "NO_MEMORY", "BUSY",	   "INTERRUPTED",
					     "DENIED",	  "RETRY",	   "ABORTED",
					     "NO_DATA",	  "NOT_READY" };
	int32_t s;

	(void)state;
	for (s = 0; s >= -10; s--)
		assert_string_equal(ffav_status_name(s), names[-s]);
	assert_string_equal(ffav_status_name(1), "");
	assert_string_equal(ffav_status_name(-11), "");
	assert_string_equal(ffav_rule_summary(0), "");
	assert_string_equal(ffav_rule_summary(0xFFFF), "");
	assert_string_not_equal(ffav_rule_summary(FFAV_RULE_CC_FID_UNKNOWN), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rules_are_well_formed),
		cmocka_unit_test(ids_without_a_rule_have_no_status),
		cmocka_unit_test(unknown_rule_and_status),
		cmocka_unit_test(status_names_and_unknown_summary),
	};

	return cmocka_run_group_tests_name("rules", tests, NULL, NULL);
}
