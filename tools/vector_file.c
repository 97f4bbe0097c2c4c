/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Reading vector files: "ffa-validate-vectors/1" (docs/cli.md, "File formats") and
 * "ffa-validate-responses/1" (the same with a "response" per test, docs/vector-format.md),
 * read and checked whole into struct ffav_cli_vector_file. Used by `vectors` to run the
 * tests and by `rules` to count their tags.
 */
#include <stdlib.h>
#include <string.h>

#include "ffav_cli.h"

void ffav_cli_vector_file_free(struct ffav_cli_vector_file *vf)
{
	free(vf->tests);
	memset(vf, 0, sizeof(*vf));
}

static struct ffav_cli_vector *vfile_add(struct ffav_cli_reader *r, struct ffav_cli_vector_file *vf)
{
	if (vf->n == vf->cap) {
		size_t cap = vf->cap == 0 ? 64 : vf->cap * 2;
		struct ffav_cli_vector *t = realloc(vf->tests, cap * sizeof(*t));

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
static bool read_test(struct ffav_cli_reader *r, struct ffav_cli_vector_file *vf, json_t *test,
		      const struct ffav_caller *group_caller)
{
	struct ffav_cli_vector *t;
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

static bool read_group(struct ffav_cli_reader *r, struct ffav_cli_vector_file *vf, json_t *group)
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
	const struct ffav_cli_vector *const *x = a;
	const struct ffav_cli_vector *const *y = b;
	int c = strcmp((*x)->id, (*y)->id);

	if (c != 0)
		return c;
	return *x < *y ? -1 : (*x > *y ? 1 : 0);
}

/* Test IDs name the tests in failure lines: they must be unique within a file. */
static bool check_unique_ids(struct ffav_cli_reader *r, struct ffav_cli_vector_file *vf)
{
	const struct ffav_cli_vector **sorted;
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

bool ffav_cli_read_vectors(struct ffav_cli_reader *r, json_t *root, const char *format,
			   struct ffav_cli_vector_file *vf)
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
