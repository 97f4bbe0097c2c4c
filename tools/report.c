/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Results of the vector and scenario runners: one line per failure naming the file and
 * the test (or step), a summary line per file, and "N passed, M failed" at the end; or,
 * with --json, one document with every test's result.
 */
#include <inttypes.h>
#include <string.h>

#include "ffav_cli.h"

static json_t *hex_string(uint64_t v)
{
	char buf[24];

	(void)snprintf(buf, sizeof(buf), "0x%" PRIx64, v); /* at most 18 chars: fits */
	return json_string(buf);
}

static bool where_matches(const struct ffav_cli_where *w, const struct ffav_diag *d)
{
	return (!w->has_reg || d->reg == w->reg) && (!w->has_bits || d->bits == w->bits);
}

static json_t *expect_array(uint16_t mask)
{
	json_t *a = json_array();
	int32_t s;

	for (s = 0; s > -FFAV_CLI_NSTATUS; s--) {
		if ((mask & ffav_cli_status_bit(s)) != 0)
			json_array_append_new(a, json_string(ffav_cli_status_name(s)));
	}
	return a;
}

static json_t *rule_or_null(uint32_t rule)
{
	const struct ffav_cli_rule *info = ffav_cli_rule_by_id(rule);

	if (rule == 0)
		return json_null();
	if (info == NULL) {
		char buf[24];

		(void)snprintf(buf, sizeof(buf), "0x%04" PRIx32, rule); /* at most 10: fits */
		return json_string(buf);
	}
	return json_string(info->name);
}

static const char *rule_text(uint32_t rule, char *buf, size_t size)
{
	const struct ffav_cli_rule *info = ffav_cli_rule_by_id(rule);

	if (info != NULL)
		return info->name;
	(void)snprintf(buf, size, "0x%04" PRIx32, rule); /* callers pass 24 bytes: fits */
	return buf;
}

void ffav_cli_file_begin(struct ffav_cli_file_run *fr, struct ffav_cli_out *o, const char *name,
			 const char *format, const char *title)
{
	memset(fr, 0, sizeof(*fr));
	fr->o = o;
	fr->name = name;
	if (!o->json)
		return;
	fr->obj = json_object();
	fr->tests = json_array();
	json_object_set_new(fr->obj, "file", json_string(name));
	json_object_set_new(fr->obj, "format", json_string(format));
	if (title != NULL)
		json_object_set_new(fr->obj, "title", json_string(title));
}

/* Status, rule and where (when given) as expected, and nothing else wrong. */
static bool outcome_passes(const struct ffav_cli_outcome *oc)
{
	bool status_ok = (oc->expect & ffav_cli_status_bit(oc->got)) != 0;
	bool rule_ok =
		oc->want_rule == 0 || oc->got == FFAV_RET_SUCCESS || oc->diag.rule == oc->want_rule;
	bool where_ok = oc->got == FFAV_RET_SUCCESS || where_matches(&oc->want_where, &oc->diag);

	return status_ok && rule_ok && where_ok && oc->extra == NULL;
}

static void json_result(struct ffav_cli_file_run *fr, const struct ffav_cli_outcome *oc, bool pass)
{
	json_t *t = json_object();
	json_t *got = json_object();

	if (oc->id != NULL)
		json_object_set_new(t, "id", json_string(oc->id));
	json_object_set_new(t, "path", json_string(oc->path));
	json_object_set_new(t, "passed", json_boolean(pass));
	json_object_set_new(t, "expect", expect_array(oc->expect));
	json_object_set_new(t, "rule", rule_or_null(oc->want_rule));
	if (oc->want_where.has_reg)
		json_object_set_new(t, "register", json_integer(oc->want_where.reg));
	if (oc->want_where.has_bits)
		json_object_set_new(t, "bits", hex_string(oc->want_where.bits));
	json_object_set_new(got, "status", json_string(ffav_cli_status_name(oc->got)));
	json_object_set_new(got, "rule", rule_or_null(oc->diag.rule));
	json_object_set_new(got, "register", json_integer(oc->diag.reg));
	json_object_set_new(got, "bits", hex_string(oc->diag.bits));
	json_object_set_new(t, "got", got);
	if (oc->extra != NULL)
		json_object_set_new(t, "message", json_string(oc->extra));
	json_array_append_new(fr->tests, t);
}

/* ": expected X (rule R, xN, bits B), got Y (rule R', xN', bits B')[; extra]" */
static void text_failure(FILE *out, const struct ffav_cli_outcome *oc)
{
	char want[160];

	ffav_cli_expect_format(oc->expect, want, sizeof(want));
	fprintf(out, ": expected %s", want);
	if (oc->want_rule != 0) {
		char b1[24];

		fprintf(out, " (rule %s", rule_text(oc->want_rule, b1, sizeof(b1)));
		if (oc->want_where.has_reg)
			fprintf(out, ", x%u", (unsigned)oc->want_where.reg);
		if (oc->want_where.has_bits)
			fprintf(out, ", bits 0x%" PRIx64, oc->want_where.bits);
		fputc(')', out);
	}
	fprintf(out, ", got %s", ffav_cli_status_name(oc->got));
	if (oc->got != FFAV_RET_SUCCESS) {
		char b2[24];

		fprintf(out, " (rule %s, x%u, bits 0x%" PRIx64 ")",
			rule_text(oc->diag.rule, b2, sizeof(b2)), (unsigned)oc->diag.reg,
			oc->diag.bits);
	}
	if (oc->extra != NULL)
		fprintf(out, "; %s", oc->extra);
}

bool ffav_cli_file_result(struct ffav_cli_file_run *fr, const struct ffav_cli_outcome *oc)
{
	bool pass = outcome_passes(oc);
	struct ffav_cli_out *o = fr->o;

	if (pass)
		fr->passed++;
	else
		fr->failed++;
	if (o->json) {
		json_result(fr, oc, pass);
		return pass;
	}
	if (o->out == NULL || (pass && !o->verbose))
		return pass;
	if (oc->id != NULL)
		fprintf(o->out, "%s: %s %s (%s)", fr->name, pass ? "pass" : "FAIL", oc->id,
			oc->path);
	else
		fprintf(o->out, "%s: %s %s", fr->name, pass ? "pass" : "FAIL", oc->path);
	if (!pass)
		text_failure(o->out, oc);
	fputc('\n', o->out);
	return pass;
}

int ffav_cli_file_end(struct ffav_cli_file_run *fr)
{
	struct ffav_cli_out *o = fr->o;

	o->passed += fr->passed;
	o->failed += fr->failed;
	if (o->json) {
		json_object_set_new(fr->obj, "status",
				    json_string(fr->failed != 0 ? "failed" : "ok"));
		json_object_set_new(fr->obj, "passed", json_integer((json_int_t)fr->passed));
		json_object_set_new(fr->obj, "failed", json_integer((json_int_t)fr->failed));
		json_object_set_new(fr->obj, "tests", fr->tests);
		if (o->files != NULL)
			json_array_append_new(o->files, fr->obj);
		else
			json_decref(fr->obj);
		fr->obj = NULL;
		fr->tests = NULL;
	} else if (o->out != NULL) {
		fprintf(o->out, "%s: %lu passed, %lu failed\n", ffav_cli_basename(fr->name),
			fr->passed, fr->failed);
	}
	return fr->failed != 0 ? FFAV_CLI_FAILED : FFAV_CLI_OK;
}

void ffav_cli_file_error(struct ffav_cli_out *o, const char *name, const struct ffav_cli_reader *r,
			 const char *message)
{
	if (o->json) {
		json_t *f = json_object();
		json_t *e = json_object();

		json_object_set_new(f, "file", json_string(name));
		json_object_set_new(f, "status", json_string("error"));
		json_object_set_new(e, "message", json_string(r != NULL ? r->message : message));
		if (r != NULL && r->line != 0) {
			json_object_set_new(e, "line", json_integer((json_int_t)r->line));
			json_object_set_new(e, "column", json_integer((json_int_t)r->column));
		}
		if (r != NULL && r->where[0] != '\0')
			json_object_set_new(e, "path", json_string(r->where));
		json_object_set_new(f, "error", e);
		if (o->files != NULL)
			json_array_append_new(o->files, f);
		else
			json_decref(f);
	} else if (o->out != NULL) {
		fprintf(o->out, "%s: error, not run\n", ffav_cli_basename(name));
	}
}

void ffav_cli_print_total(struct ffav_cli_out *o, const char *command)
{
	if (o->out == NULL)
		return;
	if (o->json) {
		json_t *doc = json_object();

		json_object_set_new(doc, "command", json_string(command));
		if (o->files != NULL)
			json_object_set(doc, "files", o->files);
		else
			json_object_set_new(doc, "files", json_array());
		json_object_set_new(doc, "passed", json_integer((json_int_t)o->passed));
		json_object_set_new(doc, "failed", json_integer((json_int_t)o->failed));
		json_dumpf(doc, o->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		fputc('\n', o->out);
		json_decref(doc);
		return;
	}
	fprintf(o->out, "%lu passed, %lu failed\n", o->passed, o->failed);
}
