/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * `ffa-validate vectors`: run vector files, format "ffa-validate-vectors/1" (docs/cli.md,
 * "File formats") through ffav_check(), and "ffa-validate-responses/1" (the same with a
 * "response" per test, docs/vector-format.md) through ffav_check_response().
 *
 * A file is read and checked whole (vector_file.c) before any test runs, so a malformed
 * file runs nothing and is reported once, with its position.
 */
#include <string.h>

#include "ffav_cli.h"

static int32_t run_one(const struct ffav_cli_vector_file *vf, const struct ffav_cli_vector *t,
		       struct ffav_diag *diag)
{
	if (vf->responses)
		return ffav_check_response(&t->caller, t->regs, t->response, diag);
	return ffav_check(&t->caller, t->regs, diag);
}

static int run_vectors(const char *name, const struct ffav_cli_vector_file *vf,
		       struct ffav_cli_out *o)
{
	struct ffav_cli_file_run fr;
	size_t i;

	ffav_cli_file_begin(&fr, o, name, vf->format, vf->title);
	for (i = 0; i < vf->n; i++) {
		const struct ffav_cli_vector *t = &vf->tests[i];
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
	return ffav_cli_run_vectors_parsed(name, data, len, NULL, o);
}

int ffav_cli_run_vectors_parsed(const char *name, const char *data, size_t len,
				const struct ffav_cli_doc *doc, struct ffav_cli_out *o)
{
	struct ffav_cli_reader r;
	const char *format = NULL;
	struct ffav_cli_vector_file vf;
	json_t *root;
	int ret;

	memset(&vf, 0, sizeof(vf));
	root = ffav_cli_load_parsed(&r, name, data, len, o->err, doc);
	if (root == NULL || !ffav_cli_get_format(&r, root, &format))
		goto bad;
	if (strcmp(format, FFAV_FORMAT_SCENARIO) == 0) {
		ffav_cli_push_key(&r, "format");
		ffav_cli_fail(&r, "this is a scenario file: run it with `ffa-validate scenario`");
		goto bad;
	}
	if (!ffav_cli_read_vectors(&r, root, format, &vf))
		goto bad;
	ret = run_vectors(name, &vf, o);
	ffav_cli_vector_file_free(&vf);
	json_decref(root);
	return ret;
bad:
	ffav_cli_file_error(o, name, &r, NULL);
	ffav_cli_vector_file_free(&vf);
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

int ffav_cli_cmd_vectors(int argc, char **argv, FILE *out, FILE *err)
{
	return ffav_cli_run_files(argc, argv, out, err, "vectors", vectors_usage,
				  ffav_cli_run_vectors_buffer);
}
