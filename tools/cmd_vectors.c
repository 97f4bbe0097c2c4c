/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * `ffa-validate vectors`: run vector files, format "ffa-validate-vectors/1"
 * (spec/vector-format.md §1) through ffav_check(), and "ffa-validate-responses/1" (the
 * same with a "response" per test) through ffav_check_response().
 *
 * A file is read and checked whole before any test runs, so a malformed file runs
 * nothing and is reported once, with its position.
 */
#include <stdlib.h>
#include <string.h>

#include "ffav_cli.h"

struct vtest {
	const char *id;		      /* borrowed from the JSON document */
	char path[FFAV_CLI_PATH_MAX]; /* "groups[2].tests[5]" */
	struct ffav_caller caller;
	uint64_t regs[FFAV_NREGS];
	uint64_t response[FFAV_NREGS];
	uint16_t expect;
	uint32_t rule;
	struct ffav_cli_where where;
	json_t *exercises; /* borrowed, or NULL */
};

struct vfile {
	bool responses; /* "ffa-validate-responses/1" */
	const char *format;
	const char *title;
	size_t n;
	size_t cap;
	struct vtest *tests;
};

static void vfile_free(struct vfile *vf)
{
	free(vf->tests);
	memset(vf, 0, sizeof(*vf));
}

static struct vtest *vfile_add(struct ffav_cli_reader *r, struct vfile *vf)
{
	if (vf->n == vf->cap) {
		size_t cap = vf->cap == 0 ? 64 : vf->cap * 2;
		struct vtest *t = realloc(vf->tests, cap * sizeof(*t));

		if (t == NULL) {
			ffav_cli_fail(r, "out of memory");
			return NULL;
		}
		vf->tests = t;
		vf->cap = cap;
	}
	memset(&vf->tests[vf->n], 0, sizeof(vf->tests[0]));
	return &vf->tests[vf->n++];
}

/* One test object at the current path. */
static bool read_test(struct ffav_cli_reader *r, struct vfile *vf, json_t *test,
		      const struct ffav_caller *group_caller)
{
	struct vtest *t;
	bool has_caller;

	if (!ffav_cli_want_object(r, test, "a test"))
		return false;
	t = vfile_add(r, vf);
	if (t == NULL)
		return false;
	(void)snprintf(t->path, sizeof(t->path), "%s", r->path); /* same size as r->path: fits */
	if (!ffav_cli_get_string(r, test, "id", true, &t->id) ||
	    !ffav_cli_get_caller(r, test, "caller", false, &t->caller, &has_caller) ||
	    !ffav_cli_get_regs(r, test, "regs", true, t->regs, NULL) ||
	    (vf->responses && !ffav_cli_get_regs(r, test, "response", true, t->response, NULL)) ||
	    !ffav_cli_read_verdict(r, test, &t->expect, &t->rule, &t->exercises, &t->where))
		return false;
	if (!has_caller) {
		if (group_caller == NULL)
			return ffav_cli_fail(r, "no caller: give one in the test or in its group");
		t->caller = *group_caller;
	}
	return true;
}

static bool read_group(struct ffav_cli_reader *r, struct vfile *vf, json_t *group)
{
	struct ffav_caller caller;
	bool has_caller;
	json_t *tests;
	size_t j;

	if (!ffav_cli_want_object(r, group, "a group") ||
	    !ffav_cli_get_caller(r, group, "caller", false, &caller, &has_caller) ||
	    !ffav_cli_get_array(r, group, "tests", true, &tests))
		return false;
	for (j = 0; j < json_array_size(tests); j++) {
		size_t o1 = ffav_cli_push_key(r, "tests");
		size_t o2 = ffav_cli_push_index(r, j);
		bool ok = read_test(r, vf, json_array_get(tests, j), has_caller ? &caller : NULL);

		ffav_cli_pop(r, o2);
		ffav_cli_pop(r, o1);
		if (!ok)
			return false;
	}
	return true;
}

static int by_id(const void *a, const void *b)
{
	const struct vtest *const *x = a;
	const struct vtest *const *y = b;
	int c = strcmp((*x)->id, (*y)->id);

	if (c != 0)
		return c;
	return *x < *y ? -1 : (*x > *y ? 1 : 0);
}

/* Test IDs name the tests in failure lines: they must be unique within a file. */
static bool check_unique_ids(struct ffav_cli_reader *r, struct vfile *vf)
{
	const struct vtest **sorted;
	size_t i;

	if (vf->n < 2)
		return true;
	/* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers: sizeof a pointer */
	sorted = malloc(vf->n * sizeof(*sorted));
	if (sorted == NULL)
		return ffav_cli_fail(r, "out of memory");
	for (i = 0; i < vf->n; i++)
		sorted[i] = &vf->tests[i];
	/* NOLINTNEXTLINE(bugprone-sizeof-expression): as above, its elements are pointers */
	qsort(sorted, vf->n, sizeof(*sorted), by_id);
	for (i = 1; i < vf->n; i++) {
		if (strcmp(sorted[i - 1]->id, sorted[i]->id) == 0) {
			ffav_cli_pop(r, 0);
			ffav_cli_push_key(r, sorted[i]->path);
			ffav_cli_push_key(r, "id");
			ffav_cli_fail(r, "duplicate test id \"%.60s\" (also at %s)", sorted[i]->id,
				      sorted[i - 1]->path);
			break;
		}
	}
	free(sorted);
	return !r->failed;
}

/* Read and check a whole vector or response file. */
static bool read_vectors(struct ffav_cli_reader *r, json_t *root, const char *format,
			 struct vfile *vf)
{
	json_t *groups;
	size_t i;

	memset(vf, 0, sizeof(*vf));
	vf->format = format;
	vf->responses = strcmp(format, FFAV_FORMAT_RESPONSES) == 0;
	if (!ffav_cli_get_string(r, root, "title", false, &vf->title) ||
	    !ffav_cli_get_array(r, root, "groups", true, &groups))
		return false;
	for (i = 0; i < json_array_size(groups); i++) {
		size_t o1 = ffav_cli_push_key(r, "groups");
		size_t o2 = ffav_cli_push_index(r, i);
		bool ok = read_group(r, vf, json_array_get(groups, i));

		ffav_cli_pop(r, o2);
		ffav_cli_pop(r, o1);
		if (!ok)
			return false;
	}
	return check_unique_ids(r, vf);
}

bool ffav_cli_vectors_count(struct ffav_cli_reader *r, json_t *root, const char *format,
			    struct ffav_cli_rule_count *counts, size_t n)
{
	enum ffav_cli_kind kind;
	struct vfile vf;
	size_t i;

	if (!read_vectors(r, root, format, &vf)) {
		vfile_free(&vf);
		return false;
	}
	kind = vf.responses ? FFAV_KIND_RESPONSES : FFAV_KIND_VECTORS;
	for (i = 0; i < vf.n; i++)
		ffav_cli_tally(counts, n, kind, vf.tests[i].rule, vf.tests[i].exercises);
	vfile_free(&vf);
	return true;
}

static int32_t run_one(const struct vfile *vf, const struct vtest *t, struct ffav_diag *diag)
{
#if FFAV_CLI_HAVE_CHECK_RESPONSE
	if (vf->responses)
		return ffav_check_response(&t->caller, t->regs, t->response, diag);
#else
	(void)vf;
#endif
	return ffav_check(&t->caller, t->regs, diag);
}

static int run_vectors(const char *name, const struct vfile *vf, struct ffav_cli_out *o)
{
	struct ffav_cli_file_run fr;
	size_t i;

	ffav_cli_file_begin(&fr, o, name, vf->format, vf->title);
	for (i = 0; i < vf->n; i++) {
		const struct vtest *t = &vf->tests[i];
		struct ffav_cli_outcome oc;

		memset(&oc, 0, sizeof(oc));
		oc.id = t->id;
		oc.path = t->path;
		oc.expect = t->expect;
		oc.want_rule = t->rule;
		oc.want_where = t->where;
		oc.got = run_one(vf, t, &oc.diag);
		ffav_cli_file_result(&fr, &oc);
	}
	return ffav_cli_file_end(&fr);
}

int ffav_cli_run_vectors_buffer(const char *name, const char *data, size_t len,
				struct ffav_cli_out *o)
{
	struct ffav_cli_reader r;
	const char *format = NULL;
	struct vfile vf;
	json_t *root;
	int ret;

	memset(&vf, 0, sizeof(vf));
	root = ffav_cli_load(&r, name, data, len, o->err);
	if (root == NULL || !ffav_cli_get_format(&r, root, &format))
		goto bad;
	if (strcmp(format, FFAV_FORMAT_SCENARIO) == 0) {
		ffav_cli_push_key(&r, "format");
		ffav_cli_fail(&r, "this is a scenario file: run it with `ffa-validate scenario`");
		goto bad;
	}
	if (!read_vectors(&r, root, format, &vf))
		goto bad;
	if (vf.responses && !FFAV_CLI_HAVE_CHECK_RESPONSE) {
		ffav_cli_file_skipped(o, name,
				      "response vectors need ffav_check_response(), which this "
				      "build of libffa_validate does not have");
		ret = FFAV_CLI_OK;
	} else {
		ret = run_vectors(name, &vf, o);
	}
	vfile_free(&vf);
	json_decref(root);
	return ret;
bad:
	ffav_cli_file_error(o, name, &r, NULL);
	vfile_free(&vf);
	json_decref(root);
	return FFAV_CLI_BAD_INPUT;
}

static void vectors_usage(FILE *f)
{
	fprintf(f,
		"usage: ffa-validate vectors [--json] [--verbose] FILE...\n"
		"\n"
		"Run vector files (\"ffa-validate-vectors/1\": each test's registers through\n"
		"ffav_check(); \"ffa-validate-responses/1\": each test's response through\n"
		"ffav_check_response()). Prints one line per failing test, a summary line per\n"
		"file and \"N passed, M failed\".\n"
		"\n"
		"  --json       print one JSON document with every test's result\n"
		"  --verbose    also print a line for every passing test\n"
		"  -h, --help   this help\n"
		"\n"
		"Exit status: 0 all passed, 1 a test failed, 2 bad usage or a malformed file.\n");
}

/* Shared by `vectors` and `scenario`: options, then run each file. */
int ffav_cli_run_files(int argc, char **argv, FILE *out, FILE *err, const char *command,
		       void (*usage)(FILE *),
		       int (*run)(const char *, const char *, size_t, struct ffav_cli_out *))
{
	struct ffav_cli_out o;
	int nfiles = 0;
	int worst = FFAV_CLI_OK;
	bool options = true;
	int i;

	memset(&o, 0, sizeof(o));
	o.out = out;
	o.err = err;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (options && a[0] == '-' && a[1] != '\0') {
			if (strcmp(a, "--") == 0) {
				options = false;
			} else if (strcmp(a, "--json") == 0) {
				o.json = true;
			} else if (strcmp(a, "--verbose") == 0 || strcmp(a, "-v") == 0) {
				o.verbose = true;
			} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
				usage(out);
				return FFAV_CLI_OK;
			} else {
				fprintf(err, "ffa-validate %s: unknown option '%s'\n", command, a);
				usage(err);
				return FFAV_CLI_BAD_INPUT;
			}
			continue;
		}
		nfiles++;
	}
	if (nfiles == 0) {
		fprintf(err, "ffa-validate %s: no file given\n", command);
		usage(err);
		return FFAV_CLI_BAD_INPUT;
	}
	if (o.json)
		o.files = json_array();
	options = true;
	for (i = 1; i < argc; i++) {
		char *data;
		size_t len;
		int ret;

		if (options && argv[i][0] == '-' && argv[i][1] != '\0') {
			options = strcmp(argv[i], "--") != 0;
			continue;
		}
		/* keep the streams in order when both go to one log */
		fflush(out);
		if (ffav_cli_read_file(argv[i], &data, &len, err) != FFAV_CLI_OK) {
			ffav_cli_file_error(&o, argv[i], NULL, "cannot read the file");
			worst = FFAV_CLI_BAD_INPUT;
			continue;
		}
		ret = run(argv[i], data, len, &o);
		free(data);
		fflush(err);
		if (ret > worst)
			worst = ret;
	}
	ffav_cli_print_total(&o, command);
	json_decref(o.files);
	if (worst == FFAV_CLI_OK && o.failed != 0)
		worst = FFAV_CLI_FAILED;
	return worst;
}

int ffav_cli_cmd_vectors(int argc, char **argv, FILE *out, FILE *err)
{
	return ffav_cli_run_files(argc, argv, out, err, "vectors", vectors_usage,
				  ffav_cli_run_vectors_buffer);
}
