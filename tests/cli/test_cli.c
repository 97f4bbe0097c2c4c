/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The ffa-validate command: its readers, its error handling (every malformed input gives
 * exit status 2 and a message naming the file, the position and the JSON path), its
 * outputs and its exit codes. The command runs in-process through ffav_cli_main() and the
 * buffer runners, with its streams captured.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "ffav_cli.h"

/* ---- Capturing the command's streams -------------------------------------------------- */

struct run {
	int rc;
	char *out;
	char *err;
};

static void run_free(struct run *r)
{
	free(r->out);
	free(r->err);
	r->out = NULL;
	r->err = NULL;
}

/* The end of cli()'s arguments: a null pointer of the type va_arg() reads (a bare NULL may be
 * an int 0 in a variadic call). */
#define CLI_END ((const char *)NULL)

/* ffa-validate ARGS... (CLI_END-terminated). */
static struct run cli(const char *arg0, ...)
{
	char *argv[40];
	int argc = 0;
	struct run r;
	size_t lo;
	size_t le;
	FILE *out;
	FILE *err;
	va_list ap;
	const char *a;

	argv[argc++] = (char *)"ffa-validate";
	va_start(ap, arg0);
	/* va_start() is just above: LLVM bug 41311, a clang-tidy run over several files misses
	 * va_start() in every file after the first. */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	for (a = arg0; a != NULL && argc < 39; a = va_arg(ap, const char *))
		argv[argc++] = (char *)a;
	va_end(ap);
	argv[argc] = NULL;
	memset(&r, 0, sizeof(r));
	out = open_memstream(&r.out, &lo);
	err = open_memstream(&r.err, &le);
	assert_non_null(out);
	assert_non_null(err);
	r.rc = ffav_cli_main(argc, argv, out, err);
	assert_int_equal(fclose(out), 0);
	assert_int_equal(fclose(err), 0);
	return r;
}

/* Run a vector (or, with scenario, a scenario) document held in memory. */
static struct run run_buffer(const char *name, const char *doc, bool scenario, bool json)
{
	struct ffav_cli_out o;
	struct run r;
	size_t lo;
	size_t le;

	memset(&r, 0, sizeof(r));
	memset(&o, 0, sizeof(o));
	o.out = open_memstream(&r.out, &lo);
	o.err = open_memstream(&r.err, &le);
	o.json = json;
	if (json)
		o.files = json_array();
	if (scenario)
		r.rc = ffav_cli_run_scenario_buffer(name, doc, strlen(doc), &o);
	else
		r.rc = ffav_cli_run_vectors_buffer(name, doc, strlen(doc), &o);
	ffav_cli_print_total(&o, scenario ? "scenario" : "vectors");
	json_decref(o.files);
	assert_int_equal(fclose(o.out), 0);
	assert_int_equal(fclose(o.err), 0);
	return r;
}

#define assert_contains(haystack, needle)                                           \
	do {                                                                        \
		if (strstr((haystack), (needle)) == NULL)                           \
			fail_msg("\"%s\" not found in:\n%s", (needle), (haystack)); \
	} while (0)

/* A malformed vector document: exit 2, and the message names the file, the position and
 * what is wrong. */
static void expect_bad_vectors(const char *doc, const char *where, const char *what)
{
	struct run r = run_buffer("bad.json", doc, false, false);

	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, where);
	assert_contains(r.err, what);
	assert_contains(r.out, "bad.json: error, not run");
	assert_contains(r.out, "0 passed, 0 failed");
	run_free(&r);
}

static void expect_bad_scenario(const char *doc, const char *where, const char *what)
{
	struct run r = run_buffer("bad.json", doc, true, false);

	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, where);
	assert_contains(r.err, what);
	run_free(&r);
}

#define HEAD "{\"format\": \"ffa-validate-vectors/1\", \"groups\": [{"
#define SP_CALLER "\"caller\": {\"role\": \"sp\", \"id\": \"0x8001\", \"version\": \"1.2\"}"
#define BIND_OK "[\"0x8400007f\", \"0x80028001\", \"0x0\", \"0x1\"]"

/* ---- Malformed vector files ------------------------------------------------------------ */

static void syntax_error_gives_line_and_column(void **state)
{
	(void)state;
	/* line 3, the missing comma before "groups" */
	expect_bad_vectors("{\n  \"format\": \"ffa-validate-vectors/1\"\n  \"groups\": []\n}\n",
			   "bad.json:3:", "invalid JSON");
}

static void empty_file(void **state)
{
	(void)state;
	expect_bad_vectors("", "bad.json: error", "empty file");
	expect_bad_vectors(" \n\t\n", "bad.json: error", "empty file");
}

static void top_level_must_be_an_object(void **state)
{
	(void)state;
	expect_bad_vectors("[1, 2]", "bad.json:1:1: error", "expected an object at the top level");
}

static void duplicate_keys_are_rejected(void **state)
{
	(void)state;
	expect_bad_vectors(
		"{\"format\": \"ffa-validate-vectors/1\", \"format\": \"x\", \"groups\": []}",
		"bad.json:1:", "duplicate");
}

static void missing_format(void **state)
{
	(void)state;
	expect_bad_vectors("{\"groups\": []}", "bad.json:1:1: error: ", "missing field \"format\"");
}

static void unknown_format(void **state)
{
	(void)state;
	expect_bad_vectors("{\"format\": \"ffa-validate-vectors/2\", \"groups\": []}",
			   "bad.json:1:12: error: format: ", "unknown format");
}

static void missing_field_names_the_object(void **state)
{
	(void)state;
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [\n"
					  "  {\"id\": \"a\", \"regs\": " BIND_OK "}\n]}]}",
			   "bad.json:2:3: error: groups[0].tests[0]: ", "missing field \"expect\"");
	expect_bad_vectors(HEAD SP_CALLER "}]}", "groups[0]: ", "missing field \"tests\"");
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"regs\": " BIND_OK
					  ", \"expect\": \"SUCCESS\"}]}]}",
			   "groups[0].tests[0]: ", "missing field \"id\"");
}

static void wrong_types(void **state)
{
	(void)state;
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"id\": \"a\", \"regs\": \"0x8400007f\","
					  " \"expect\": \"SUCCESS\"}]}]}",
			   "groups[0].tests[0].regs: ", "expected an array");
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"id\": \"a\", \"regs\": [2214592639],"
					  " \"expect\": \"SUCCESS\"}]}]}",
			   "groups[0].tests[0].regs[0]: ", "hex string");
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": {}}]}",
			   "groups[0].tests: ", "expected an array, got an object");
	expect_bad_vectors("{\"format\": \"ffa-validate-vectors/1\", \"groups\": [3]}",
			   "groups[0]: ", "expected a group (an object), got an integer");
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"id\": 7, \"regs\": " BIND_OK
					  ", \"expect\": \"SUCCESS\"}]}]}",
			   "groups[0].tests[0].id: ", "got an integer");
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK
					  ", \"expect\": 0}]}]}",
			   "groups[0].tests[0].expect: ", "expected a status name");
}

static void bad_hex_registers(void **state)
{
	(void)state;
	expect_bad_vectors(HEAD SP_CALLER
			   ", \"tests\": [{\"id\": \"a\",\n"
			   "\"regs\": [\"0x8400007f\", \"0xZZ\"], \"expect\": \"SUCCESS\"}]}]}",
			   "bad.json:2:24: error: groups[0].tests[0].regs[1]: ",
			   "\"0xZZ\" is not a valid hex number");
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"id\": \"a\", \"regs\": [\"0x\"],"
					  " \"expect\": \"SUCCESS\"}]}]}",
			   "regs[0]: ", "not a valid hex number");
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"id\": \"a\", \"regs\": "
					  "[\"0x10000000000000000\"], \"expect\": \"SUCCESS\"}]}]}",
			   "regs[0]: ", "does not fit in 64 bits");
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"id\": \"a\", \"regs\": [\"12\"],"
					  " \"expect\": \"SUCCESS\"}]}]}",
			   "regs[0]: ", "not a hex string starting with 0x");
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"id\": \"a\", \"regs\": [\"-0x1\"],"
					  " \"expect\": \"SUCCESS\"}]}]}",
			   "regs[0]: ", "not a hex string");
}

static void too_many_registers(void **state)
{
	(void)state;
	expect_bad_vectors(HEAD SP_CALLER
			   ", \"tests\": [{\"id\": \"a\", \"regs\": [\"0x0\","
			   "\"0x0\",\"0x0\",\"0x0\",\"0x0\",\"0x0\",\"0x0\",\"0x0\",\"0x0\","
			   "\"0x0\",\"0x0\",\"0x0\",\"0x0\",\"0x0\",\"0x0\",\"0x0\",\"0x0\","
			   "\"0x0\",\"0x0\"], \"expect\": \"SUCCESS\"}]}]}",
			   "groups[0].tests[0].regs: ", "19 registers given, at most 18");
}

static void bad_callers(void **state)
{
	(void)state;
	expect_bad_vectors(HEAD "\"caller\": {\"role\": \"king\", \"id\": \"0x8001\", \"version\": "
				"\"1.2\"}, \"tests\": []}]}",
			   "groups[0].caller.role: ", "unknown role \"king\"");
	expect_bad_vectors(HEAD "\"caller\": {\"role\": \"sp\", \"id\": \"0x18001\", \"version\": "
				"\"1.2\"}, \"tests\": []}]}",
			   "groups[0].caller.id: ", "not a 16-bit FF-A ID");
	expect_bad_vectors(HEAD "\"caller\": {\"role\": \"sp\", \"id\": \"0x8001\", \"version\": "
				"\"v1\"}, \"tests\": []}]}",
			   "groups[0].caller.version: ", "not MAJOR.MINOR");
	expect_bad_vectors(HEAD "\"caller\": {\"role\": \"sp\", \"id\": \"0x8001\", \"version\": "
				"\"1.2\", \"policy\": [\"strict\"]}, \"tests\": []}]}",
			   "groups[0].caller.policy[0]: ", "unknown policy \"strict\"");
	expect_bad_vectors(HEAD "\"caller\": {\"role\": \"sp\", \"version\": \"1.2\"}, "
				"\"tests\": []}]}",
			   "groups[0].caller: ", "missing field \"id\"");
	expect_bad_vectors(HEAD "\"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK
				", \"expect\": \"SUCCESS\"}]}]}",
			   "groups[0].tests[0]: ", "no caller");
}

static void bad_verdicts(void **state)
{
	(void)state;
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK
					  ", \"expect\": \"FINE\"}]}]}",
			   "groups[0].tests[0].expect: ", "unknown status \"FINE\"");
	expect_bad_vectors(HEAD SP_CALLER ", \"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK
					  ", \"expect\": []}]}]}",
			   "groups[0].tests[0].expect: ", "empty list");
	expect_bad_vectors(HEAD SP_CALLER
			   ", \"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK
			   ", \"expect\": \"INVALID_PARAMETERS\", \"rule\": \"NO_SUCH_RULE\"}]}]}",
			   "groups[0].tests[0].rule: ", "unknown rule \"NO_SUCH_RULE\"");
	expect_bad_vectors(HEAD SP_CALLER
			   ", \"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK
			   ", \"expect\": \"INVALID_PARAMETERS\", \"rule\": \"CC_FID_OWNER\"}]}]}",
			   "groups[0].tests[0].rule: ", "rejects with NOT_SUPPORTED");
	expect_bad_vectors(HEAD SP_CALLER
			   ", \"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK
			   ", \"expect\": \"SUCCESS\", \"exercises\": [\"CC_FID_OWNER\", "
			   "\"NOPE\"]}]}]}",
			   "groups[0].tests[0].exercises[1]: ", "unknown rule \"NOPE\"");
	expect_bad_vectors(HEAD SP_CALLER
			   ", \"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK
			   ", \"expect\": \"NOT_SUPPORTED\", \"exercises\": \"CC_FID_OWNER\"}]}]}",
			   "groups[0].tests[0].exercises: ", "does not list SUCCESS");
}

static void duplicate_test_ids(void **state)
{
	(void)state;
	expect_bad_vectors(
		HEAD SP_CALLER ", \"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK
			       ", \"expect\": \"SUCCESS\"},\n{\"id\": \"a\", \"regs\": " BIND_OK
			       ", \"expect\": \"SUCCESS\"}]}]}",
		"bad.json:2:8: error: groups[0].tests[1].id: ", "duplicate test id \"a\"");
}

static void scenario_given_to_vectors(void **state)
{
	(void)state;
	expect_bad_vectors(
		"{\"format\": \"ffa-validate-scenario/1\", \"endpoints\": [], \"steps\": []}",
		"format: ", "ffa-validate scenario");
}

/* ---- Running vectors --------------------------------------------------------------------- */

static const char two_tests[] = HEAD SP_CALLER
	", \"comment\": \"unknown fields are ignored\", \"tests\": [\n"
	"{\"id\": \"ok\", \"note\": 1, \"regs\": " BIND_OK ", \"expect\": \"SUCCESS\"},\n"
	"{\"id\": \"owner\", \"regs\": [\"0x8500007f\"], \"expect\": \"NOT_SUPPORTED\", "
	"\"rule\": \"CC_FID_OWNER\"},\n"
	"{\"id\": \"wrong\", \"regs\": [\"0x0400007f\"], \"expect\": [\"SUCCESS\", \"DENIED\"]},\n"
	"{\"id\": \"wrong-rule\", \"regs\": [\"0x0400007f\"], \"expect\": \"NOT_SUPPORTED\", "
	"\"rule\": \"CC_FID_OWNER\"}\n]}]}";

static void vectors_report_each_failure_and_the_totals(void **state)
{
	struct run r = run_buffer("dir/two.json", two_tests, false, false);

	(void)state;
	assert_int_equal(r.rc, FFAV_CLI_FAILED);
	assert_contains(r.out, "dir/two.json: FAIL wrong (groups[0].tests[2]): expected SUCCESS or "
			       "DENIED, got NOT_SUPPORTED (rule CC_FID_NOT_FAST, x0, bits 0x0)");
	assert_contains(r.out, "dir/two.json: FAIL wrong-rule (groups[0].tests[3]): expected "
			       "NOT_SUPPORTED (rule CC_FID_OWNER), got NOT_SUPPORTED (rule "
			       "CC_FID_NOT_FAST");
	assert_null(strstr(r.out, "FAIL ok"));
	assert_null(strstr(r.out, "FAIL owner"));
	assert_contains(r.out, "\ntwo.json: 2 passed, 2 failed\n2 passed, 2 failed\n");
	assert_string_equal(r.err, "");
	run_free(&r);
}

static void vectors_json_gives_every_test(void **state)
{
	struct run r = run_buffer("two.json", two_tests, false, true);
	json_error_t jerr;
	json_t *doc;
	json_t *tests;
	json_t *t;

	(void)state;
	assert_int_equal(r.rc, FFAV_CLI_FAILED);
	doc = json_loads(r.out, 0, &jerr);
	assert_non_null(doc);
	assert_int_equal(json_integer_value(json_object_get(doc, "passed")), 2);
	assert_int_equal(json_integer_value(json_object_get(doc, "failed")), 2);
	tests = json_object_get(json_array_get(json_object_get(doc, "files"), 0), "tests");
	assert_int_equal(json_array_size(tests), 4);
	t = json_array_get(tests, 1);
	assert_string_equal(json_string_value(json_object_get(t, "id")), "owner");
	assert_true(json_is_true(json_object_get(t, "passed")));
	assert_string_equal(json_string_value(json_object_get(json_object_get(t, "got"), "rule")),
			    "CC_FID_OWNER");
	assert_string_equal(json_string_value(json_object_get(json_object_get(t, "got"), "bits")),
			    "0x5000000");
	t = json_array_get(tests, 2);
	assert_true(json_is_false(json_object_get(t, "passed")));
	assert_string_equal(json_string_value(json_object_get(t, "path")), "groups[0].tests[2]");
	json_decref(doc);
	run_free(&r);
}

/* Extension "register" / "bits": where the rule must be reported. */
static const char where_tests[] = HEAD SP_CALLER
	", \"tests\": [\n"
	"{\"id\": \"right\", \"regs\": [\"0x8500007f\"], \"expect\": \"NOT_SUPPORTED\", "
	"\"rule\": \"CC_FID_OWNER\", \"register\": 0, \"bits\": \"0x5000000\"},\n"
	"{\"id\": \"wrong-reg\", \"regs\": [\"0x8500007f\"], \"expect\": \"NOT_SUPPORTED\", "
	"\"rule\": \"CC_FID_OWNER\", \"register\": 1},\n"
	"{\"id\": \"wrong-bits\", \"regs\": [\"0x8500007f\"], \"expect\": \"NOT_SUPPORTED\", "
	"\"rule\": \"CC_FID_OWNER\", \"bits\": \"0x4000000\"}\n]}]}";

static void vectors_check_register_and_bits(void **state)
{
	struct run r = run_buffer("w.json", where_tests, false, false);

	(void)state;
	assert_int_equal(r.rc, FFAV_CLI_FAILED);
	assert_null(strstr(r.out, "FAIL right"));
	assert_contains(r.out,
			"w.json: FAIL wrong-reg (groups[0].tests[1]): expected NOT_SUPPORTED "
			"(rule CC_FID_OWNER, x1), got NOT_SUPPORTED (rule CC_FID_OWNER, x0, "
			"bits 0x5000000)");
	assert_contains(r.out, "w.json: FAIL wrong-bits (groups[0].tests[2]): expected "
			       "NOT_SUPPORTED (rule CC_FID_OWNER, bits 0x4000000), got");
	assert_contains(r.out, "w.json: 1 passed, 2 failed\n");
	run_free(&r);
}

static void register_and_bits_need_a_rule_and_a_register(void **state)
{
	(void)state;
	expect_bad_vectors(HEAD SP_CALLER
			   ", \"tests\": [{\"id\": \"a\", \"regs\": "
			   "[\"0x8500007f\"], \"expect\": \"NOT_SUPPORTED\", \"register\": 0}]}]}",
			   "groups[0].tests[0].register: ", "give \"rule\" too");
	expect_bad_vectors(
		HEAD SP_CALLER
		", \"tests\": [{\"id\": \"a\", \"regs\": "
		"[\"0x8500007f\"], \"expect\": \"NOT_SUPPORTED\", \"bits\": \"0x1\"}]}]}",
		"groups[0].tests[0].bits: ", "give \"rule\" too");
	expect_bad_vectors(HEAD SP_CALLER
			   ", \"tests\": [{\"id\": \"a\", \"regs\": "
			   "[\"0x8500007f\"], \"expect\": \"NOT_SUPPORTED\", \"rule\": "
			   "\"CC_FID_OWNER\", \"register\": 18}]}]}",
			   "groups[0].tests[0].register: ", "register number 0..17");
	expect_bad_vectors(HEAD SP_CALLER
			   ", \"tests\": [{\"id\": \"a\", \"regs\": "
			   "[\"0x8500007f\"], \"expect\": \"NOT_SUPPORTED\", \"rule\": "
			   "\"CC_FID_OWNER\", \"register\": \"x0\"}]}]}",
			   "groups[0].tests[0].register: ", "got a string");
	expect_bad_vectors(HEAD SP_CALLER
			   ", \"tests\": [{\"id\": \"a\", \"regs\": "
			   "[\"0x8500007f\"], \"expect\": \"NOT_SUPPORTED\", \"rule\": "
			   "\"CC_FID_OWNER\", \"bits\": \"5\"}]}]}",
			   "groups[0].tests[0].bits: ", "not a hex string");
}

static void verbose_lists_passing_tests(void **state)
{
	struct ffav_cli_out o;
	char *text = NULL;
	size_t len;

	(void)state;
	memset(&o, 0, sizeof(o));
	o.out = open_memstream(&text, &len);
	o.verbose = true;
	assert_int_equal(ffav_cli_run_vectors_buffer("v.json", two_tests, strlen(two_tests), &o),
			 FFAV_CLI_FAILED);
	assert_int_equal(fclose(o.out), 0);
	assert_contains(text, "v.json: pass ok (groups[0].tests[0])\n");
	assert_contains(text, "v.json: pass owner (groups[0].tests[1])\n");
	assert_int_equal(o.passed, 2);
	assert_int_equal(o.failed, 2);
	free(text);
}

static void test_caller_overrides_group_caller(void **state)
{
	static const char doc[] = HEAD SP_CALLER
		", \"tests\": [{\"id\": \"hyp\", \"caller\": {\"role\": "
		"\"hypervisor\", \"id\": \"0x0\", \"version\": \"1.2\"}, \"regs\": "
		"[\"0x8400007d\", "
		"\"0x1\", \"0x2\"], \"expect\": \"SUCCESS\"},\n"
		"{\"id\": \"sp\", \"regs\": [\"0x8400007d\", \"0x1\", \"0x2\"], \"expect\": "
		"\"NOT_SUPPORTED\", \"rule\": \"NOTIF_CREATE_CALLER\"}]}]}";
	struct run r = run_buffer("c.json", doc, false, false);

	(void)state;
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "c.json: 2 passed, 0 failed\n2 passed, 0 failed\n");
	run_free(&r);
}

static void response_files_run_through_the_response_checker(void **state)
{
	static const char doc[] =
		"{\"format\": \"ffa-validate-responses/1\", \"groups\": [{" SP_CALLER
		", \"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK ", \"response\": "
		"[\"0x84000061\"], \"expect\": \"SUCCESS\"}]}]}";
	static const char no_response[] =
		"{\"format\": \"ffa-validate-responses/1\", \"groups\": [{" SP_CALLER
		", \"tests\": [{\"id\": \"a\", \"regs\": " BIND_OK ", \"expect\": \"SUCCESS\"}]}]}";
	struct run r = run_buffer("resp.json", doc, false, false);

	(void)state;
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "resp.json: 1 passed, 0 failed");
	run_free(&r);
	/* the file is still checked: "response" is required */
	expect_bad_vectors(no_response, "groups[0].tests[0]: ", "missing field \"response\"");
}

/* Every proper prefix of a valid file is malformed: exit 2, no crash, no leak. */
static void truncated_files_are_malformed(void **state)
{
	struct ffav_cli_out o;
	size_t len = strlen(two_tests);
	size_t n;

	(void)state;
	memset(&o, 0, sizeof(o));
	for (n = 0; n < len; n++)
		assert_int_equal(ffav_cli_run_vectors_buffer("t.json", two_tests, n, &o),
				 FFAV_CLI_BAD_INPUT);
	assert_int_equal(ffav_cli_run_vectors_buffer("t.json", two_tests, len, &o),
			 FFAV_CLI_FAILED);
}

/* Any byte changed anywhere: an answer, never a crash (ASan/UBSan builds check more). */
static void mutated_files_never_crash(void **state)
{
	static const char bytes[] = { '\0', '"', '{', '}', '[', ']', ',', ':', 'x', '\\', '\xff' };
	size_t len = strlen(two_tests);
	char *copy = malloc(len);
	struct ffav_cli_out o;
	size_t n;
	size_t b;

	(void)state;
	assert_non_null(copy);
	memset(&o, 0, sizeof(o));
	for (n = 0; n < len; n++) {
		for (b = 0; b < sizeof(bytes); b++) {
			int rc;

			/* copy is malloc(len), unterminated on purpose: the buffer API takes a
			 * length and ASan must see any read past it. */
			/* NOLINTNEXTLINE(bugprone-not-null-terminated-result) */
			memcpy(copy, two_tests, len);
			copy[n] = bytes[b];
			rc = ffav_cli_run_vectors_buffer("m.json", copy, len, &o);
			assert_true(rc == FFAV_CLI_OK || rc == FFAV_CLI_FAILED ||
				    rc == FFAV_CLI_BAD_INPUT);
			rc = ffav_cli_run_scenario_buffer("m.json", copy, len, &o);
			assert_true(rc == FFAV_CLI_BAD_INPUT);
		}
	}
	free(copy);
}

/* ---- Scenarios ---------------------------------------------------------------------------- */

#define SCEN_HEAD                                                                       \
	"{\"format\": \"ffa-validate-scenario/1\", \"policy\": [],\n\"endpoints\": [\n" \
	"{\"id\": \"0x0000\", \"role\": \"hypervisor\", \"version\": \"1.2\"},\n"       \
	"{\"id\": \"0x8001\", \"role\": \"sp\", \"version\": \"1.2\", \"vcpus\": 2, "   \
	"\"properties\": [\"direct-req-recv\", \"notifications\"], \"uuids\": "         \
	"[\"a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8\"]}\n],\n"

/* Calls that every version of the models rejects statelessly, so that the tests hold with the
 * placeholder model and with the real one. */
static const char scenario_doc[] = SCEN_HEAD
	"\"steps\": [\n"
	"{\"caller\": \"0x8001\", \"regs\": [\"0x0400007f\"], \"expect\": \"NOT_SUPPORTED\", "
	"\"returns\": [\"0x84000060\", \"0x0\", \"0xffffffff\"]},\n"
	"{\"id\": \"named\", \"caller\": \"0x8001\", \"regs\": [\"0x84000063\"], "
	"\"expect\": \"SUCCESS\"},\n"
	"{\"caller\": \"0x0000\", \"regs\": [\"0x0400007f\"], \"expect\": \"NOT_SUPPORTED\", "
	"\"returns\": [\"0x84000060\", \"0x0\", \"0xfffffffe\"]}\n]}";

static void scenario_steps_are_judged(void **state)
{
	struct run r = run_buffer("s.json", scenario_doc, true, false);

	(void)state;
	assert_int_equal(r.rc, FFAV_CLI_FAILED);
	assert_null(strstr(r.out, "steps[0]"));
	assert_contains(r.out,
			"s.json: FAIL named (steps[1]): expected SUCCESS, got NOT_SUPPORTED");
	assert_contains(r.out, "s.json: FAIL steps[2]: expected NOT_SUPPORTED, got NOT_SUPPORTED");
	assert_contains(r.out, "response differs: x2 = 0xffffffff, expected 0xfffffffe");
	assert_contains(r.out, "s.json: 1 passed, 2 failed\n1 passed, 2 failed\n");
	run_free(&r);
}

/* The same for scenario files: truncated (always malformed) and with any byte changed. */
static void mutated_scenarios_never_crash(void **state)
{
	static const char bytes[] = { '\0', '"', '{', '}', '[', ']', ',', '1', '\\', '\x80' };
	size_t len = strlen(scenario_doc);
	char *copy = malloc(len);
	struct ffav_cli_out o;
	size_t n;
	size_t b;

	(void)state;
	assert_non_null(copy);
	memset(&o, 0, sizeof(o));
	for (n = 0; n < len; n++)
		assert_int_equal(ffav_cli_run_scenario_buffer("t.json", scenario_doc, n, &o),
				 FFAV_CLI_BAD_INPUT);
	for (n = 0; n < len; n++) {
		for (b = 0; b < sizeof(bytes); b++) {
			int rc;

			/* copy is malloc(len), unterminated on purpose: the buffer API takes a
			 * length and ASan must see any read past it. */
			/* NOLINTNEXTLINE(bugprone-not-null-terminated-result) */
			memcpy(copy, scenario_doc, len);
			copy[n] = bytes[b];
			rc = ffav_cli_run_scenario_buffer("m.json", copy, len, &o);
			assert_true(rc == FFAV_CLI_OK || rc == FFAV_CLI_FAILED ||
				    rc == FFAV_CLI_BAD_INPUT);
			rc = ffav_cli_count_rules_buffer("m.json", copy, len, NULL, 0, NULL);
			assert_true(rc == FFAV_CLI_OK || rc == FFAV_CLI_BAD_INPUT);
		}
	}
	free(copy);
}

/* Project extensions of the models (docs/scenarios.md): "cpu" and "event" steps. */
static void scenario_extensions(void **state)
{
	static const char on_cpu[] = SCEN_HEAD
		"\"steps\": [{\"caller\": \"0x8001\", \"cpu\": 1, \"regs\": [\"0x0400007f\"], "
		"\"expect\": \"NOT_SUPPORTED\", \"returns\": [\"0x84000060\", \"0x0\", "
		"\"0xffffffff\"]}]}";
	static const char event[] =
		SCEN_HEAD "\"steps\": [{\"caller\": \"0x8001\", \"event\": \"rx-buffer-full\", "
			  "\"receiver\": \"0x0005\", \"expect\": \"INVALID_PARAMETERS\"}]}";
	struct run r;

	(void)state;
	r = run_buffer("cpu.json", on_cpu, true, false);
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "cpu.json: 1 passed, 0 failed");
	run_free(&r);

	r = run_buffer("event.json", event, true, false);
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "event.json: 1 passed, 0 failed");
	run_free(&r);

	expect_bad_scenario(SCEN_HEAD "\"steps\": [{\"caller\": \"0x8001\", \"cpu\": \"1\", "
				      "\"regs\": [\"0x0\"], \"expect\": \"SUCCESS\"}]}",
			    "steps[0].cpu: ", "expected a CPU number");
	expect_bad_scenario(SCEN_HEAD "\"steps\": [{\"caller\": \"0x8001\", \"cpu\": 65536, "
				      "\"regs\": [\"0x0\"], \"expect\": \"SUCCESS\"}]}",
			    "steps[0].cpu: ", "out of range");
	expect_bad_scenario(SCEN_HEAD "\"steps\": [{\"caller\": \"0x8001\", \"event\": "
				      "\"reboot\", \"expect\": \"SUCCESS\"}]}",
			    "steps[0].event: ", "unknown event \"reboot\"");
	expect_bad_scenario(SCEN_HEAD "\"steps\": [{\"caller\": \"0x8001\", \"event\": "
				      "\"rx-buffer-full\", \"receiver\": \"0x1\", \"regs\": [], "
				      "\"expect\": \"SUCCESS\"}]}",
			    "steps[0].event: ", "an event step makes no call");
	expect_bad_scenario(SCEN_HEAD "\"steps\": [{\"caller\": \"0x8001\", \"event\": "
				      "\"rx-buffer-full\", \"expect\": \"SUCCESS\"}]}",
			    "steps[0]: ", "missing field \"receiver\"");
}

static void malformed_scenarios(void **state)
{
	(void)state;
	expect_bad_scenario(SCEN_HEAD "\"steps\": [{\"caller\": \"0x8002\", \"regs\": "
				      "[\"0x0\"], \"expect\": \"SUCCESS\"}]}",
			    "steps[0].caller: ", "0x8002 is not one of the declared endpoints");
	expect_bad_scenario("{\"format\": \"ffa-validate-scenario/1\", \"endpoints\": [{\"id\": "
			    "\"0x1\", \"role\": \"vm\", \"version\": \"1.2\", \"vcpus\": 0}], "
			    "\"steps\": []}",
			    "endpoints[0].vcpus: ", "0 vCPUs");
	expect_bad_scenario("{\"format\": \"ffa-validate-scenario/1\", \"endpoints\": [{\"id\": "
			    "\"0x1\", \"role\": \"vm\", \"version\": \"1.2\", \"uuids\": "
			    "[\"a1a2a3a4-b1b2-c1c2-d1d2\"]}], \"steps\": []}",
			    "endpoints[0].uuids[0]: ", "is not a UUID");
	expect_bad_scenario("{\"format\": \"ffa-validate-scenario/1\", \"endpoints\": [{\"id\": "
			    "\"0x1\", \"role\": \"vm\", \"version\": \"1.2\", \"properties\": "
			    "[\"fast\"]}], \"steps\": []}",
			    "endpoints[0].properties[0]: ", "unknown property \"fast\"");
	expect_bad_scenario("{\"format\": \"ffa-validate-scenario/1\", \"endpoints\": [{\"id\": "
			    "\"0x1\", \"role\": \"vm\", \"version\": \"1.2\"}, {\"id\": \"0x1\", "
			    "\"role\": \"vm\", \"version\": \"1.2\"}], \"steps\": []}",
			    "endpoints[1].id: ", "declared twice");
	expect_bad_scenario("{\"format\": \"ffa-validate-scenario/1\", \"endpoints\": []}",
			    "bad.json:1:1: error: ", "missing field \"steps\"");
	expect_bad_scenario("{\"format\": \"ffa-validate-vectors/1\", \"groups\": []}",
			    "format: ", "ffa-validate vectors");
	expect_bad_scenario(SCEN_HEAD "\"steps\": [{\"caller\": \"0x8001\", \"regs\": [\"0x0\"], "
				      "\"expect\": \"SUCCESS\", \"returns\": [\"0xg\"]}]}",
			    "steps[0].returns[0]: ", "not a valid hex number");
}

/* ---- The command line ---------------------------------------------------------------------- */

static char *temp_file(const char *content)
{
	char *path = strdup("/tmp/ffav_cli_test_XXXXXX.json");
	int fd;
	FILE *f;

	assert_non_null(path);
	fd = mkstemps(path, 5);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(content, f);
	assert_int_equal(fclose(f), 0);
	return path;
}

static void command_line_errors(void **state)
{
	struct run r;
	char *empty = temp_file("");
	char *good = temp_file(two_tests);

	(void)state;
	r = cli("vectors", "--bogus", good, CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, "unknown option '--bogus'");
	run_free(&r);

	r = cli("vectors", "/nonexistent/x.json", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, "/nonexistent/x.json: error: cannot open");
	run_free(&r);

	r = cli("vectors", empty, CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, empty);
	assert_contains(r.err, "empty file");
	run_free(&r);

	r = cli("vectors", "/tmp", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, "/tmp: error: cannot read");
	run_free(&r);

	r = cli("vectors", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, "no file given");
	run_free(&r);

	r = cli("scenario", "--json", "/nonexistent.json", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.out, "\"status\": \"error\"");
	run_free(&r);

	r = cli("frobnicate", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, "unknown command 'frobnicate'");
	run_free(&r);

	r = cli(NULL);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, "usage: ffa-validate COMMAND");
	run_free(&r);

	/* a bad file does not stop the others; the worst status wins */
	r = cli("vectors", good, empty, CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.out, "2 passed, 2 failed\n");
	run_free(&r);

	unlink(empty);
	unlink(good);
	free(empty);
	free(good);
}

static void every_help(void **state)
{
	static const char *const cmds[] = { "check", "vectors", "scenario", "rules" };
	struct run r;
	size_t i;

	(void)state;
	r = cli("--help", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "commands:");
	run_free(&r);
	r = cli("--version", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "libffa_validate");
	run_free(&r);
	for (i = 0; i < 4; i++) {
		char usage[64];

		r = cli(cmds[i], "--help", CLI_END);
		assert_int_equal(r.rc, FFAV_CLI_OK);
		assert_true(snprintf(usage, sizeof(usage), "usage: ffa-validate %s", cmds[i]) <
			    (int)sizeof(usage));
		assert_contains(r.out, usage);
		assert_contains(r.out, "Exit status");
		run_free(&r);
	}
}

/* `check` names the fields of the direct and framework messages as DEN0077A v1.3 does
 * (Tables 15.7, 18.41, 18.43), with the MBZ/SBZ label of each reserved one. */
static void check_direct_field_names(void **state)
{
	struct run r = cli("check", "--role", "sp", "--id", "0x8001", "--version", "1.3",
			   "0xc4000070", "0x80018000", "0x8000000b", "0xfe", CLI_END);

	(void)state;
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "sender endpoint ID");
	assert_contains(r.out, "receiver endpoint ID");
	assert_contains(r.out, "partition stop response (Table 18.41)");
	assert_contains(r.out, "x3[7:0]     response status code       0xfe               "
			       "INVALID_PARAMETERS");
	assert_contains(r.out, "x3[63:8]    reserved (MBZ)");
	assert_contains(r.out, "live-state buffer base");
	run_free(&r);
	r = cli("check", "--role", "spmd", "--version", "1.3", "0xc400006f", "0xffc08000",
		"0x8000000c", "0x8001", "0x80000000", "4", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "SP to live-activate");
	assert_contains(r.out, "target SP image base (PA)");
	assert_contains(r.out, "verdict: SUCCESS");
	run_free(&r);
	r = cli("check", "--role", "sp", "--id", "0x8001", "--version", "1.3", "0x8400006f",
		"0x80018002", "0x100", CLI_END);
	assert_contains(r.out, "w2[30:8]    reserved (SBZ)");
	assert_contains(r.out, "DIRECT_PARTITION_FLAGS_SBZ");
	run_free(&r);
}

static void check_valid_call(void **state)
{
	struct run r = cli("check", "0x8400007f", "0x80028001", "0", "1", "0", CLI_END);

	(void)state;
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "FFA_NOTIFICATION_BIND (w0 = 0x8400007f, SMC32)");
	assert_contains(r.out, "caller: sp 0x8001, FF-A 1.2, policy none");
	assert_contains(r.out, "w1[31:16]   sender");
	assert_contains(r.out, "w3,w4       notification bitmap        0x1                IDs 0");
	assert_contains(r.out, "verdict: SUCCESS");
	run_free(&r);

	/* decimal registers, and the default ID that goes with the role */
	r = cli("check", "--role", "hypervisor", "2214592637", "1", "2", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "FFA_NOTIFICATION_BITMAP_CREATE");
	assert_contains(r.out, "caller: hypervisor 0x0000");
	run_free(&r);
}

static void check_rejected_call(void **state)
{
	struct run r = cli("check", "--id=0x8001", "--version", "1.2", "--policy",
			   "reject-upper-halves,ignore-sbz", "0x8400007f", "0x100000000", CLI_END);

	(void)state;
	assert_int_equal(r.rc, FFAV_CLI_FAILED);
	assert_contains(r.out, "policy reject-upper-halves,ignore-sbz");
	assert_contains(r.out, "verdict: INVALID_PARAMETERS");
	assert_contains(r.out, "rule:      CC_UPPER_HALF (0x0120)");
	assert_contains(r.out, "reference: DEN0028 SMCCC §2.6 SMC32 x1-x7[63:32]");
	assert_contains(r.out, "register:  x1");
	assert_contains(r.out, "bits:      0x100000000");
	run_free(&r);

	r = cli("check", "0x8500007f", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_FAILED);
	assert_contains(r.out, "not an FF-A function");
	assert_contains(r.out, "CC_FID_OWNER");
	run_free(&r);

	r = cli("check", "0x84000063", "0x10002", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_FAILED);
	assert_contains(r.out, "FFA_VERSION [not covered by libffa_validate]");
	assert_contains(r.out, "CC_NOT_COVERED");
	run_free(&r);
}

static void check_json(void **state)
{
	struct run r = cli("check", "--json", "--role", "sp", "0xc400008d", "0x80018002",
			   "0xc2c1b2b1a4a3a2a1", "0xd8d7d6d5d4d3d2d1", CLI_END);
	json_error_t jerr;
	json_t *doc;
	json_t *fields;
	size_t i;
	bool uuid = false;

	(void)state;
	assert_int_equal(r.rc, FFAV_CLI_OK);
	doc = json_loads(r.out, 0, &jerr);
	assert_non_null(doc);
	assert_string_equal(json_string_value(json_object_get(doc, "status")), "SUCCESS");
	assert_string_equal(
		json_string_value(json_object_get(json_object_get(doc, "function"), "name")),
		"FFA_MSG_SEND_DIRECT_REQ2");
	fields = json_object_get(doc, "fields");
	for (i = 0; i < json_array_size(fields); i++) {
		const char *m =
			json_string_value(json_object_get(json_array_get(fields, i), "meaning"));

		if (m != NULL && strcmp(m, "UUID a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8") == 0)
			uuid = true;
	}
	assert_true(uuid);
	json_decref(doc);
	run_free(&r);

	r = cli("check", "--json", "0x8400007f", "0x80028001", "0", "0", "0", "0", "0", "7",
		CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_FAILED);
	doc = json_loads(r.out, 0, &jerr);
	assert_non_null(doc);
	assert_string_equal(json_string_value(json_object_get(doc, "status")),
			    "INVALID_PARAMETERS");
	assert_int_equal(json_integer_value(json_object_get(doc, "code")), -2);
	assert_int_equal(json_integer_value(json_object_get(doc, "register")), 7);
	assert_string_equal(json_string_value(json_object_get(doc, "bits")), "0x7");
	assert_string_equal(
		json_string_value(json_object_get(json_object_get(doc, "rule"), "name")),
		"NOTIF_BIND_SBZ");
	json_decref(doc);
	run_free(&r);
}

static void check_usage_errors(void **state)
{
	static const struct {
		const char *args[6];
		const char *message;
	} cases[] = {
		{ { "0xZZ" }, "register x0 '0xZZ' is not a 64-bit number" },
		{ { "0x84000063", "18446744073709551616" }, "register x1" },
		{ { "0x10000000000000000" }, "register x0" },
		{ { "-1" }, "unknown option '-1'" },
		{ { "--role", "king", "0x0" }, "unknown role 'king'" },
		{ { "--role" }, "--role needs a value" },
		{ { "--id", "0x10000", "0x0" }, "--id '0x10000' is not a 16-bit FF-A ID" },
		{ { "--version", "1.4", "0x0" }, "unknown version '1.4'" },
		{ { "--version", "one", "0x0" }, "unknown version 'one'" },
		{ { "--policy", "ignore-sbz,fast", "0x0" }, "unknown policy 'fast'" },
		{ { "--frob", "0x0" }, "unknown option '--frob'" },
		{ { NULL }, "no register given" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct run r = cli("check", cases[i].args[0], cases[i].args[1], cases[i].args[2],
				   cases[i].args[3], CLI_END);

		assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
		assert_contains(r.err, cases[i].message);
		run_free(&r);
	}
}

static void check_accepts_at_most_18_registers(void **state)
{
	const char *regs[19];
	struct run r;
	size_t i;

	(void)state;
	regs[0] = "0xc400008d";
	for (i = 1; i < 19; i++)
		regs[i] = "0";
	r = cli("check", regs[0], regs[1], regs[2], regs[3], regs[4], regs[5], regs[6], regs[7],
		regs[8], regs[9], regs[10], regs[11], regs[12], regs[13], regs[14], regs[15],
		regs[16], regs[17], CLI_END);
	assert_int_not_equal(r.rc, FFAV_CLI_BAD_INPUT);
	run_free(&r);
	r = cli("check", regs[0], regs[1], regs[2], regs[3], regs[4], regs[5], regs[6], regs[7],
		regs[8], regs[9], regs[10], regs[11], regs[12], regs[13], regs[14], regs[15],
		regs[16], regs[17], regs[18], CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, "more than 18 registers");
	run_free(&r);
}

/* ---- rules ---------------------------------------------------------------------------------- */

static void rules_counts_and_check(void **state)
{
	char dir[] = "/tmp/ffav_cli_corpus_XXXXXX";
	char sub[64];
	char file[96];
	struct run r;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	assert_true(snprintf(sub, sizeof(sub), "%s/vectors", dir) < (int)sizeof(sub));
	assert_int_equal(mkdir(sub, 0755), 0);
	assert_true(snprintf(file, sizeof(file), "%s/two.json", sub) < (int)sizeof(file));
	f = fopen(file, "w");
	assert_non_null(f);
	fputs(HEAD SP_CALLER
	      ", \"tests\": [{\"id\": \"ok\", \"regs\": " BIND_OK
	      ", \"expect\": \"SUCCESS\", \"exercises\": [\"CC_FID_OWNER\", \"CC_FID_NOT_FAST\"]},"
	      "{\"id\": \"bad\", \"regs\": [\"0x8500007f\"], \"expect\": \"NOT_SUPPORTED\", "
	      "\"rule\": \"CC_FID_OWNER\"}]}]}",
	      f);
	assert_int_equal(fclose(f), 0);

	r = cli("rules", "--corpus", dir, CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out,
			"0x0111  CC_FID_OWNER                 NOT_SUPPORTED          1       1");
	assert_contains(r.out,
			"0x0110  CC_FID_NOT_FAST              NOT_SUPPORTED          1       0");
	run_free(&r);

	r = cli("rules", "--check", "--corpus", dir, CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_FAILED);
	assert_contains(r.err, "CC_FID_NOT_FAST (0x0110) has no failing test");
	assert_contains(r.err, "CC_FID_UNKNOWN (0x0113) has no failing and no passing test");
	assert_null(strstr(r.err, "CC_FID_OWNER"));
	assert_null(strstr(r.err, "CC_NULL_ARGUMENT"));
	run_free(&r);

	r = cli("rules", "--markdown", "--corpus", dir, CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out,
			"| 0x0111 | `CC_FID_OWNER` | NOT_SUPPORTED | DEN0028 SMCCC Table 2.1 "
			"w0[29:24] |");
	assert_contains(r.out, "## Exemptions");
	run_free(&r);

	r = cli("rules", "--json", "--corpus", dir, CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_OK);
	assert_contains(r.out, "\"name\": \"CC_FID_OWNER\"");
	run_free(&r);

	/* a malformed corpus file is an error of the command */
	f = fopen(file, "w");
	assert_non_null(f);
	fputs("{\"format\": \"ffa-validate-vectors/1\", \"groups\": 1}", f);
	assert_int_equal(fclose(f), 0);
	r = cli("rules", "--check", "--corpus", dir, CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, "two.json:1:48: error: groups: expected an array");
	run_free(&r);

	r = cli("rules", "--corpus", "/nonexistent", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	assert_contains(r.err, "cannot open corpus directory");
	run_free(&r);

	r = cli("rules", "--bogus", CLI_END);
	assert_int_equal(r.rc, FFAV_CLI_BAD_INPUT);
	run_free(&r);

	unlink(file);
	rmdir(sub);
	rmdir(dir);
}

/* ---- Readers' building blocks ------------------------------------------------------------- */

/* The command's rule table is FFAV_RULES(), like the library's: same names and texts. */
static void rule_table_matches_the_library(void **state)
{
	size_t i;

	(void)state;
	assert_true(ffav_cli_nrules > 0);
	for (i = 0; i < ffav_cli_nrules; i++) {
		const struct ffav_cli_rule *r = &ffav_cli_rules[i];

		assert_ptr_equal(ffav_cli_rule_by_name(r->name), r);
		assert_ptr_equal(ffav_cli_rule_by_id(r->id), r);
		assert_int_equal(ffav_rule_status(r->id), r->status);
		if (ffav_rule_name(r->id)[0] == '\0')
			continue; /* a library built with FFAV_NO_STRINGS */
		assert_string_equal(ffav_rule_name(r->id), r->name);
		assert_string_equal(ffav_rule_ref(r->id), r->ref);
		assert_string_equal(ffav_rule_summary(r->id), r->summary);
	}
	assert_null(ffav_cli_rule_by_name("NO_SUCH_RULE"));
	assert_null(ffav_cli_rule_by_id(0));
}

/* The names of tools/names.c are those of the library's FFAV_FUNCTIONS() table, in both
 * widths, and only for well-formed FF-A function IDs. */
static void function_names_match_the_library(void **state)
{
	unsigned int named = 0;
	uint32_t num;

	(void)state;
	for (num = FFAV_FN_NUM_FIRST; num <= FFAV_FN_NUM_LAST; num++) {
		uint32_t smc32 = 0x84000000u | num;
		const char *lib = ffav_function_name(smc32);
		const char *ours = ffav_cli_function_name(smc32);

		if (lib[0] == '\0') {
			/* a reserved number, or a library built with FFAV_NO_STRINGS */
			if (ours != NULL)
				assert_string_equal(ffav_cli_function_name(smc32 | FFAV_FID_SMC64),
						    ours);
			continue;
		}
		assert_non_null(ours);
		assert_string_equal(ours, lib);
		assert_string_equal(ffav_cli_function_name(smc32 | FFAV_FID_SMC64), lib);
		named++;
	}
	if (ffav_function_name(0x84000063u)[0] != '\0')
		assert_true(named > 40);
	assert_string_equal(ffav_cli_function_name(0x84000063u), "FFA_VERSION");
	assert_string_equal(ffav_cli_function_name(0xC400008Du), "FFA_MSG_SEND_DIRECT_REQ2");
	assert_string_equal(ffav_cli_function_name(0x84000097u), "FFA_NOTIFICATION_GET2");
	assert_null(ffav_cli_function_name(0x84000078u)); /* reserved number */
	assert_null(ffav_cli_function_name(0x84000098u)); /* past the table */
	assert_null(ffav_cli_function_name(0x8400005Fu)); /* before it */
	assert_null(ffav_cli_function_name(0x04000063u)); /* not a fast call */
	assert_null(ffav_cli_function_name(0x85000063u)); /* another owner */
	assert_null(ffav_cli_function_name(0x84020063u)); /* reserved bits [23:17] */
}

/* The field (by register name) `check` shows at loc, or NULL. */
static const struct ffav_cli_field *field_at(const struct ffav_cli_explanation *e, const char *loc)
{
	unsigned int i;

	for (i = 0; i < e->n; i++) {
		if (strcmp(e->f[i].loc, loc) == 0)
			return &e->f[i];
	}
	return NULL;
}

/* Whether the function w0 names exists at the caller's version (the library judges the
 * function ID before any register). */
static bool exists_at(const struct ffav_caller *caller, uint64_t w0)
{
	uint64_t regs[FFAV_NREGS] = { 0 };
	struct ffav_diag diag;

	regs[0] = w0;
	return ffav_check(caller, regs, &diag) == FFAV_RET_SUCCESS ||
	       (diag.rule != FFAV_RULE_CC_FID_TOO_NEW && diag.rule != FFAV_RULE_CC_FID_RETIRED);
}

/* `check` explains the registers after an ABI's parameters with the window the library
 * judges (ffav_abi_params()): reserved up to window_end, not part of the call above it, for
 * every covered ABI, in each width and version it exists in. */
static void explanation_follows_the_library_window(void **state)
{
	unsigned int checked = 0;
	uint32_t version;
	uint32_t num;

	(void)state;
	for (version = FFAV_VERSION_MIN; version <= FFAV_VERSION_MAX; version++) {
		for (num = FFAV_FN_NUM_FIRST; num <= FFAV_FN_NUM_LAST; num++) {
			unsigned int w;

			for (w = 0; w < 2; w++) {
				uint64_t regs[FFAV_NREGS] = { 0 };
				struct ffav_caller caller = { 0 };
				struct ffav_cli_explanation e;
				struct ffav_abi_layout p;
				const struct ffav_cli_field *f;
				char loc[16];

				regs[0] = 0x84000000u | num | (w != 0 ? FFAV_FID_SMC64 : 0);
				if (!ffav_abi_params(version, regs[0], &p))
					continue;
				caller.role = FFAV_ROLE_SP;
				caller.id = 0x8001;
				caller.version = version;
				if (!exists_at(&caller, regs[0]))
					continue;
				if (p.last_arg < p.window_end)
					regs[p.last_arg + 1] = 1;
				if (p.window_end + 1 < FFAV_NREGS)
					regs[p.window_end + 1] = 1;
				ffav_cli_explain(&caller, regs, &e);
				assert_int_equal(e.abi, p.abi);
				if (p.last_arg < p.window_end) {
					(void)snprintf(loc, sizeof(loc), "%c%u",
						       p.smc64 ? 'x' : 'w', p.last_arg + 1);
					f = field_at(&e, loc);
					assert_non_null(f);
					assert_string_equal(f->name, "reserved");
					assert_string_equal(f->note, "NOT ZERO: reserved register");
				}
				if (p.window_end + 1 < FFAV_NREGS) {
					(void)snprintf(loc, sizeof(loc), "x%u", p.window_end + 1);
					f = field_at(&e, loc);
					assert_non_null(f);
					assert_string_equal(f->name, "not part of the call");
				}
				checked++;
			}
		}
	}
	assert_true(checked >= 40); /* 14 covered (ABI, width) pairs, each at 2 to 4 versions */
}

static void uuid_encoding(void **state)
{
	uint64_t x2;
	uint64_t x3;
	char text[37];

	(void)state;
	/* DEN0077A v1.3 Table 15.15: x2 = UUID bytes 0-7, x3 = bytes 8-15, byte 0 in bits [7:0] */
	assert_true(ffav_cli_uuid_parse("a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8", &x2, &x3));
	assert_int_equal(x2, 0xc2c1b2b1a4a3a2a1ull);
	assert_int_equal(x3, 0xd8d7d6d5d4d3d2d1ull);
	ffav_cli_uuid_format(x2, x3, text);
	assert_string_equal(text, "a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8");
	assert_true(ffav_cli_uuid_parse("A1A2A3A4-B1B2-C1C2-D1D2-D3D4D5D6D7D8", &x2, &x3));
	assert_int_equal(x2, 0xc2c1b2b1a4a3a2a1ull);
	assert_false(ffav_cli_uuid_parse("a1a2a3a4b1b2-c1c2-d1d2-d3d4d5d6d7d8x", &x2, &x3));
	assert_false(ffav_cli_uuid_parse("a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7dg", &x2, &x3));
	assert_false(ffav_cli_uuid_parse("", &x2, &x3));
}

static void number_parsing(void **state)
{
	uint64_t v;
	uint32_t version;

	(void)state;
	assert_true(ffav_cli_u64_parse("0xffffffffffffffff", false, &v));
	assert_int_equal(v, UINT64_MAX);
	assert_true(ffav_cli_u64_parse("18446744073709551615", true, &v));
	assert_int_equal(v, UINT64_MAX);
	assert_false(ffav_cli_u64_parse("18446744073709551616", true, &v));
	assert_false(ffav_cli_u64_parse("12", false, &v));
	assert_false(ffav_cli_u64_parse("", true, &v));
	assert_false(ffav_cli_u64_parse("0x", true, &v));
	assert_false(ffav_cli_u64_parse("+1", true, &v));
	assert_true(ffav_cli_u64_parse("0X00000000000000000001", false, &v));
	assert_int_equal(v, 1);
	assert_true(ffav_cli_version_parse("1.3", &version));
	assert_int_equal(version, FFAV_VERSION(1, 3));
	assert_false(ffav_cli_version_parse("1", &version));
	assert_false(ffav_cli_version_parse("1.", &version));
	assert_false(ffav_cli_version_parse(".2", &version));
	assert_false(ffav_cli_version_parse("1.2.3", &version));
	assert_false(ffav_cli_version_parse("32768.0", &version));
}

static void positions_follow_the_path(void **state)
{
	static const char doc[] = "{\n"
				  "  \"a\": {\"x\": [1, {\"y\": \"z\"}], \"b\\u0063\": [true]},\n"
				  "  \"\xc3\xa9\": 0, \"c\": \"[{\\\"\"\n"
				  "}";
	unsigned long line;
	unsigned long col;

	(void)state;
	assert_true(ffav_cli_locate(doc, strlen(doc), "", &line, &col));
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	assert_true(ffav_cli_locate(doc, strlen(doc), "a.x[1].y", &line, &col));
	assert_int_equal(line, 2);
	assert_int_equal(col, 24);
	assert_true(ffav_cli_locate(doc, strlen(doc), "a.bc[0]", &line, &col));
	assert_int_equal(line, 2);
	assert_int_equal(col, 43);
	/* columns count characters, not bytes */
	assert_true(ffav_cli_locate(doc, strlen(doc), "c", &line, &col));
	assert_int_equal(line, 3);
	assert_int_equal(col, 16);
	assert_false(ffav_cli_locate(doc, strlen(doc), "a.x[2]", &line, &col));
	assert_false(ffav_cli_locate(doc, strlen(doc), "nope", &line, &col));
	assert_false(ffav_cli_locate(doc, strlen(doc), "a[0]", &line, &col));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(syntax_error_gives_line_and_column),
		cmocka_unit_test(empty_file),
		cmocka_unit_test(top_level_must_be_an_object),
		cmocka_unit_test(duplicate_keys_are_rejected),
		cmocka_unit_test(missing_format),
		cmocka_unit_test(unknown_format),
		cmocka_unit_test(missing_field_names_the_object),
		cmocka_unit_test(wrong_types),
		cmocka_unit_test(bad_hex_registers),
		cmocka_unit_test(too_many_registers),
		cmocka_unit_test(bad_callers),
		cmocka_unit_test(bad_verdicts),
		cmocka_unit_test(duplicate_test_ids),
		cmocka_unit_test(scenario_given_to_vectors),
		cmocka_unit_test(vectors_report_each_failure_and_the_totals),
		cmocka_unit_test(vectors_json_gives_every_test),
		cmocka_unit_test(vectors_check_register_and_bits),
		cmocka_unit_test(register_and_bits_need_a_rule_and_a_register),
		cmocka_unit_test(verbose_lists_passing_tests),
		cmocka_unit_test(test_caller_overrides_group_caller),
		cmocka_unit_test(response_files_run_through_the_response_checker),
		cmocka_unit_test(truncated_files_are_malformed),
		cmocka_unit_test(mutated_files_never_crash),
		cmocka_unit_test(scenario_steps_are_judged),
		cmocka_unit_test(malformed_scenarios),
		cmocka_unit_test(scenario_extensions),
		cmocka_unit_test(mutated_scenarios_never_crash),
		cmocka_unit_test(command_line_errors),
		cmocka_unit_test(every_help),
		cmocka_unit_test(check_valid_call),
		cmocka_unit_test(check_direct_field_names),
		cmocka_unit_test(check_rejected_call),
		cmocka_unit_test(check_json),
		cmocka_unit_test(check_usage_errors),
		cmocka_unit_test(check_accepts_at_most_18_registers),
		cmocka_unit_test(rules_counts_and_check),
		cmocka_unit_test(rule_table_matches_the_library),
		cmocka_unit_test(function_names_match_the_library),
		cmocka_unit_test(explanation_follows_the_library_window),
		cmocka_unit_test(uuid_encoding),
		cmocka_unit_test(number_parsing),
		cmocka_unit_test(positions_follow_the_path),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
