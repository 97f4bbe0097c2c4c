/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * `ffa-validate rules`: every rule of FFAV_RULES() with its ID, status, spec reference and
 * how many tests of the corpus exercise it: "invalid" = tests and steps that name it in
 * "rule" (they must be rejected by it), "valid" = tests and steps that list it in
 * "exercises" (they are its passing counterparts). --check fails for every rule that lacks
 * either, except the few a data file cannot express (exemptions below).
 */
#include <dirent.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ffav_cli.h"

#ifndef FFAV_CLI_CORPUS_DIR
#define FFAV_CLI_CORPUS_DIR "corpus"
#endif

/* Rules no vector, response vector or scenario step can exercise (or that no check reports any
 * more: retired rules keep their IDs), and why. Keep it tiny:
 * every other rule needs a failing and a passing test in corpus/. By name, so that an entry
 * whose rule is not in this build (a model rule before the models land) is simply unused. */
static const struct {
	const char *name;
	const char *why;
} exemptions[] = {
	{ "CC_NULL_ARGUMENT",
	  "exercised by unit tests only: a data file cannot pass a NULL caller or register array" },
	{ "CC_ABI_MISMATCH",
	  "exercised by unit tests only: reported by the per-ABI entry points, which the runners "
	  "do not call (they call ffav_check())" },
	{ "CC_CALLER_ROLE",
	  "exercised by unit tests only: the file formats name roles, so a value outside enum "
	  "ffav_role cannot be written" },
	{ "CC_ROLE_NOT_SELECTED",
	  "exercised by unit tests only (tests/test_selection.c, the library built with a narrower "
	  "FFAV_SELECT_ROLES): the default build selects every role" },
	{ "CC_VERSION_NOT_SELECTED",
	  "exercised by unit tests only (tests/test_selection.c, FFAV_SELECT_VERSION_MAX below "
	  "v1.3): the default build selects every version" },
	{ "CC_ABI_NOT_SELECTED",
	  "exercised by unit tests only (tests/test_selection.c, a narrower FFAV_SELECT_ABIS): the "
	  "default build selects every ABI" },
	{ "CC_POLICY_NOT_SELECTED",
	  "exercised by unit tests only (tests/test_selection.c, a narrower FFAV_SELECT_POLICIES): "
	  "the default build honours every policy bit" },
	{ "RESP_GET_UNREQUESTED",
	  "retired, never reported: a GET answer's field whose flag was clear is ignored "
	  "(DEN0077A v1.3 Table 16.25); the ID keeps its meaning" },
	{ "RESP_INFO_GET_SIZES",
	  "retired, never reported: the size fields of unused INFO_GET lists are ignored "
	  "(DEN0077A v1.3 Table 16.49); the ID keeps its meaning" },
	{ "MODEL_CALLER_UNKNOWN",
	  "exercised by unit tests only: the scenario runner refuses a file whose step names an "
	  "undeclared caller, so the models never see one" },
	{ "DIRECT_REQ2_CALLER",
	  "retired: every role may send FFA_MSG_SEND_DIRECT_REQ2 (DEN0077A v1.3 Table 15.14), so "
	  "no check reports it; the ID stays reserved" },
	{ "DIRECT_RESP_FROM_NWD",
	  "retired: a hypervisor's direct response is refused by DIRECT_RESP_CALLER or "
	  "DIRECT_RESP2_CALLER (DEN0077A v1.3 Tables 15.10, 15.18), so no check reports it; the ID "
	  "stays reserved" },
};
#define NEXEMPTIONS (sizeof(exemptions) / sizeof(exemptions[0]))

static const char *exemption(uint32_t rule)
{
	const struct ffav_cli_rule *info = ffav_cli_rule_by_id(rule);
	size_t i;

	for (i = 0; info != NULL && i < NEXEMPTIONS; i++) {
		if (strcmp(exemptions[i].name, info->name) == 0)
			return exemptions[i].why;
	}
	return NULL;
}

/* How many exemptions name a rule of this build. */
static size_t exemptions_in_use(void)
{
	size_t n = 0;
	size_t i;

	for (i = 0; i < NEXEMPTIONS; i++)
		n += ffav_cli_rule_by_name(exemptions[i].name) != NULL;
	return n;
}

/* One test's or step's tags into counts. */
static void tally(struct ffav_cli_rule_count *counts, size_t n, enum ffav_cli_kind kind,
		  uint32_t rule, const json_t *exercises)
{
	size_t i;
	size_t k;

	for (i = 0; i < n; i++) {
		if (rule != 0 && counts[i].rule == rule)
			counts[i].invalid[kind]++;
		for (k = 0; k < ffav_cli_exercises_count(exercises); k++) {
			if (counts[i].rule == ffav_cli_exercises_rule(exercises, k))
				counts[i].valid[kind]++;
		}
	}
}

/* The tags of a vector or response file, already loaded (false: reported error). */
static bool count_vectors(struct ffav_cli_reader *r, json_t *root, const char *format,
			  struct ffav_cli_rule_count *counts, size_t n)
{
	struct ffav_cli_vector_file vf;
	enum ffav_cli_kind kind;
	size_t i;

	if (!ffav_cli_read_vectors(r, root, format, &vf)) {
		ffav_cli_vector_file_free(&vf);
		return false;
	}
	kind = vf.responses ? FFAV_KIND_RESPONSES : FFAV_KIND_VECTORS;
	for (i = 0; i < vf.n; i++)
		tally(counts, n, kind, vf.tests[i].rule, vf.tests[i].exercises);
	ffav_cli_vector_file_free(&vf);
	return true;
}

/* The same for a scenario file. */
static bool count_scenario(struct ffav_cli_reader *r, json_t *root,
			   struct ffav_cli_rule_count *counts, size_t n)
{
	struct ffav_cli_scenario sf;
	size_t i;

	if (!ffav_cli_read_scenario(r, root, &sf)) {
		ffav_cli_scenario_free(&sf);
		return false;
	}
	for (i = 0; i < sf.n_steps; i++)
		tally(counts, n, FFAV_KIND_SCENARIO, sf.steps[i].rule, sf.steps[i].exercises);
	ffav_cli_scenario_free(&sf);
	return true;
}

int ffav_cli_count_rules_buffer(const char *name, const char *data, size_t len,
				struct ffav_cli_rule_count *counts, size_t n, FILE *err)
{
	struct ffav_cli_reader r;
	const char *format = NULL;
	json_t *root = ffav_cli_load(&r, name, data, len, err);
	bool ok;

	if (root == NULL)
		return FFAV_CLI_BAD_INPUT;
	if (!ffav_cli_get_format(&r, root, &format))
		ok = false;
	else if (strcmp(format, FFAV_FORMAT_SCENARIO) == 0)
		ok = count_scenario(&r, root, counts, n);
	else
		ok = count_vectors(&r, root, format, counts, n);
	json_decref(root);
	return ok ? FFAV_CLI_OK : FFAV_CLI_BAD_INPUT;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* DIR/SUB or DIR/SUB/NAME in buf; false (and a message) when it does not fit. */
static bool join_path(char *buf, size_t size, const char *dir, const char *sub, const char *name,
		      FILE *err)
{
	int n;

	if (name != NULL)
		n = snprintf(buf, size, "%s/%s/%s", dir, sub, name);
	else
		n = snprintf(buf, size, "%s/%s", dir, sub);
	if (n >= 0 && (size_t)n < size)
		return true;
	fprintf(err, "%s/%s%s%s: error: path too long\n", dir, sub, name != NULL ? "/" : "",
		name != NULL ? name : "");
	return false;
}

/* Count the tags of every .json file of DIR/SUB; a missing directory counts nothing. */
static int count_dir(const char *dir, const char *sub, struct ffav_cli_rule_count *counts, size_t n,
		     FILE *err, unsigned long *files)
{
	char path[4096];
	struct dirent *e;
	char **names = NULL;
	size_t count = 0;
	size_t cap = 0;
	int worst = FFAV_CLI_OK;
	size_t i;
	DIR *d;

	if (!join_path(path, sizeof(path), dir, sub, NULL, err))
		return FFAV_CLI_BAD_INPUT;
	d = opendir(path);
	if (d == NULL)
		return FFAV_CLI_OK;
	while ((e = readdir(d)) != NULL) {
		size_t l = strlen(e->d_name);

		if (l < 6 || strcmp(e->d_name + l - 5, ".json") != 0 || e->d_name[0] == '.')
			continue;
		if (count == cap) {
			char **bigger = realloc(names, (cap * 2 + 16) * sizeof(*names));

			if (bigger == NULL)
				break;
			names = bigger;
			cap = cap * 2 + 16;
		}
		names[count] = strdup(e->d_name);
		if (names[count] != NULL)
			count++;
	}
	closedir(d);
	if (count != 0)
		qsort(names, count, sizeof(*names), by_name);
	for (i = 0; i < count; i++) {
		char *data;
		size_t len;

		if (!join_path(path, sizeof(path), dir, sub, names[i], err) ||
		    ffav_cli_read_file(path, &data, &len, err) != FFAV_CLI_OK) {
			worst = FFAV_CLI_BAD_INPUT;
		} else {
			if (ffav_cli_count_rules_buffer(path, data, len, counts, n, err) !=
			    FFAV_CLI_OK)
				worst = FFAV_CLI_BAD_INPUT;
			(*files)++;
			free(data);
		}
		free(names[i]);
	}
	free(names);
	return worst;
}

static unsigned long total(const unsigned long v[FFAV_KIND_COUNT])
{
	return v[FFAV_KIND_VECTORS] + v[FFAV_KIND_SCENARIO] + v[FFAV_KIND_RESPONSES];
}

/* Markdown table cells: a '|' would end the cell. */
static void md_cell(FILE *out, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '|')
			fputc('\\', out);
		fputc(*s, out);
	}
}

static void print_markdown(FILE *out, const struct ffav_cli_rule_count *counts)
{
	size_t i;

	fprintf(out,
		"<!-- SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause -->\n"
		"<!-- Generated by `ffa-validate rules --markdown`: do not edit by hand. -->\n"
		"# libffa_validate rules\n"
		"\n"
		"Every rule of `include/ffa_validate_rules.h`: its stable ID, the FF-A status it\n"
		"rejects a call with, the spec reference and what is wrong. **Valid** counts the\n"
		"tests of `corpus/` that are the rule's passing counterparts (`\"exercises\"`),\n"
		"**Invalid** the tests that the rule must reject (`\"rule\"`): vectors, response\n"
		"vectors and scenario steps together. `ffa-validate rules --check` fails when a\n"
		"rule has no test of either kind, except the exemptions listed below the table.\n"
		"\n"
		"| ID | Rule | Status | Spec reference | What is wrong | Valid | Invalid |\n"
		"|---|---|---|---|---|---:|---:|\n");
	for (i = 0; i < ffav_cli_nrules; i++) {
		const struct ffav_cli_rule *r = &ffav_cli_rules[i];

		fprintf(out, "| 0x%04" PRIx32 " | `%s`%s | %s | ", r->id, r->name,
			exemption(r->id) != NULL ? " (exempt)" : "",
			ffav_cli_status_name(r->status));
		md_cell(out, r->ref);
		fputs(" | ", out);
		md_cell(out, r->summary);
		fprintf(out, " | %lu | %lu |\n", total(counts[i].valid), total(counts[i].invalid));
	}
	fprintf(out, "\n## Exemptions\n\n");
	for (i = 0; i < NEXEMPTIONS; i++) {
		if (ffav_cli_rule_by_name(exemptions[i].name) != NULL)
			fprintf(out, "- `%s`: %s.\n", exemptions[i].name, exemptions[i].why);
	}
}

static void print_text(FILE *out, const struct ffav_cli_rule_count *counts)
{
	size_t i;

	fprintf(out, "%-6s  %-28s %-18s %5s %7s  %s\n", "ID", "RULE", "STATUS", "VALID", "INVALID",
		"REFERENCE");
	for (i = 0; i < ffav_cli_nrules; i++) {
		const struct ffav_cli_rule *r = &ffav_cli_rules[i];

		fprintf(out, "0x%04" PRIx32 "  %-28s %-18s %5lu %7lu  %s%s\n", r->id, r->name,
			ffav_cli_status_name(r->status), total(counts[i].valid),
			total(counts[i].invalid), r->ref,
			exemption(r->id) != NULL ? " (exempt)" : "");
	}
}

static json_t *kinds_json(const unsigned long v[FFAV_KIND_COUNT])
{
	json_t *o = json_object();

	json_object_set_new(o, "vectors", json_integer((json_int_t)v[FFAV_KIND_VECTORS]));
	json_object_set_new(o, "scenario_steps", json_integer((json_int_t)v[FFAV_KIND_SCENARIO]));
	json_object_set_new(o, "responses", json_integer((json_int_t)v[FFAV_KIND_RESPONSES]));
	json_object_set_new(o, "total", json_integer((json_int_t)total(v)));
	return o;
}

static void print_json(FILE *out, const struct ffav_cli_rule_count *counts)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < ffav_cli_nrules; i++) {
		const struct ffav_cli_rule *r = &ffav_cli_rules[i];
		json_t *o = json_object();
		char id[16];

		(void)snprintf(id, sizeof(id), "0x%04" PRIx32, r->id); /* at most 10: fits */
		json_object_set_new(o, "id", json_string(id));
		json_object_set_new(o, "name", json_string(r->name));
		json_object_set_new(o, "status", json_string(ffav_cli_status_name(r->status)));
		json_object_set_new(o, "reference", json_string(r->ref));
		json_object_set_new(o, "summary", json_string(r->summary));
		json_object_set_new(o, "valid", kinds_json(counts[i].valid));
		json_object_set_new(o, "invalid", kinds_json(counts[i].invalid));
		if (exemption(r->id) != NULL)
			json_object_set_new(o, "exempt", json_string(exemption(r->id)));
		json_array_append_new(a, o);
	}
	json_dumpf(a, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', out);
	json_decref(a);
}

/* --check: name every rule without a failing or a passing test. */
static int check_coverage(const struct ffav_cli_rule_count *counts, FILE *out, FILE *err)
{
	unsigned long missing = 0;
	size_t i;

	for (i = 0; i < ffav_cli_nrules; i++) {
		const struct ffav_cli_rule *r = &ffav_cli_rules[i];
		bool no_invalid = total(counts[i].invalid) == 0;
		bool no_valid = total(counts[i].valid) == 0;

		if (exemption(r->id) != NULL || (!no_invalid && !no_valid))
			continue;
		missing++;
		fprintf(err, "rules: %s (0x%04" PRIx32 ") has no %s\n", r->name, r->id,
			no_invalid && no_valid ? "failing and no passing test"
			: no_invalid	       ? "failing test (\"rule\")"
					       : "passing test (\"exercises\")");
	}
	if (missing != 0) {
		fprintf(err, "rules: %lu of %zu rules lack a test\n", missing, ffav_cli_nrules);
		return FFAV_CLI_FAILED;
	}
	fprintf(out, "rules: every rule has a failing and a passing test (%zu rules, %zu exempt)\n",
		ffav_cli_nrules, exemptions_in_use());
	return FFAV_CLI_OK;
}

static void rules_usage(FILE *f)
{
	fprintf(f,
		"usage: ffa-validate rules [--markdown | --json] [--check] [--corpus DIR]\n"
		"\n"
		"List every rule: ID, name, status, spec reference, and how many tests of the\n"
		"corpus exercise it (valid: listed in \"exercises\"; invalid: named in \"rule\"),\n"
		"counting DIR/vectors/*.json and DIR/scenarios/*.json.\n"
		"\n"
		"  --markdown    print the table of docs/rules.md\n"
		"  --json        print the table as JSON\n"
		"  --check       only check: exit 1 naming each rule without a failing or a\n"
		"                passing test (documented exemptions aside)\n"
		"  --corpus DIR  the corpus directory (default %s)\n"
		"  -h, --help    this help\n"
		"\n"
		"Exit status: 0 success, 1 a rule lacks a test (--check), 2 bad usage or a\n"
		"malformed corpus file.\n",
		FFAV_CLI_CORPUS_DIR);
}

/* The counts as asked: --check, else --markdown, else --json, else the text table. */
static int report(const struct ffav_cli_rule_count *counts, bool check, bool markdown, bool json,
		  FILE *out, FILE *err)
{
	if (check)
		return check_coverage(counts, out, err);
	if (markdown)
		print_markdown(out, counts);
	else if (json)
		print_json(out, counts);
	else
		print_text(out, counts);
	return FFAV_CLI_OK;
}

static bool corpus_opens(const char *corpus, FILE *err)
{
	DIR *d = opendir(corpus);

	if (d == NULL) {
		fprintf(err, "ffa-validate rules: cannot open corpus directory '%s'\n", corpus);
		return false;
	}
	closedir(d);
	return true;
}

int ffav_cli_cmd_rules(int argc, char **argv, FILE *out, FILE *err)
{
	static const char *const subdirs[] = { "vectors", "scenarios" };
	const char *corpus = FFAV_CLI_CORPUS_DIR;
	struct ffav_cli_rule_count *counts;
	bool markdown = false;
	bool json = false;
	bool check = false;
	unsigned long files = 0;
	int worst = FFAV_CLI_OK;
	size_t i;
	int a;

	for (a = 1; a < argc; a++) {
		if (strcmp(argv[a], "--markdown") == 0) {
			markdown = true;
		} else if (strcmp(argv[a], "--json") == 0) {
			json = true;
		} else if (strcmp(argv[a], "--check") == 0) {
			check = true;
		} else if (strcmp(argv[a], "--corpus") == 0 && a + 1 < argc) {
			corpus = argv[++a];
		} else if (strncmp(argv[a], "--corpus=", 9) == 0) {
			corpus = argv[a] + 9;
		} else if (strcmp(argv[a], "--help") == 0 || strcmp(argv[a], "-h") == 0) {
			rules_usage(out);
			return FFAV_CLI_OK;
		} else {
			fprintf(err, "ffa-validate rules: unknown option or argument '%s'\n",
				argv[a]);
			rules_usage(err);
			return FFAV_CLI_BAD_INPUT;
		}
	}
	if (markdown && json) {
		fprintf(err, "ffa-validate rules: --markdown and --json exclude each other\n");
		return FFAV_CLI_BAD_INPUT;
	}
	if (!corpus_opens(corpus, err))
		return FFAV_CLI_BAD_INPUT;
	counts = calloc(ffav_cli_nrules, sizeof(*counts));
	if (counts == NULL) {
		fprintf(err, "ffa-validate rules: out of memory\n");
		return FFAV_CLI_BAD_INPUT;
	}
	for (i = 0; i < ffav_cli_nrules; i++)
		counts[i].rule = ffav_cli_rules[i].id;
	for (i = 0; i < sizeof subdirs / sizeof subdirs[0]; i++) {
		int ret = count_dir(corpus, subdirs[i], counts, ffav_cli_nrules, err, &files);

		if (ret > worst)
			worst = ret;
	}
	if (worst == FFAV_CLI_OK) {
		worst = report(counts, check, markdown, json, out, err);
	} else {
		fprintf(err, "ffa-validate rules: the corpus has malformed files (above)\n");
	}
	free(counts);
	return worst;
}
