/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * `ffa-validate scenario`: run scenario files, format "ffa-validate-scenario/1"
 * (docs/cli.md, "File formats"; docs/scenarios.md), through the reference models
 * (ffa_validate_model.h): declare the endpoints, then make each step's call and compare the
 * status, the rule and the response frame with what the step expects. After every step the
 * model's invariants are checked too. The file is read whole first (scenario_file.c).
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ffav_cli.h"

/* Declare the endpoints; the model's refusal is an error of the file. */
static bool setup_model(struct ffav_cli_reader *r, const struct ffav_cli_scenario *sf,
			struct ffav_model *m)
{
	uint8_t i;

	ffav_model_init(m, sf->policy);
	for (i = 0; i < sf->n_endpoints; i++) {
		int32_t ret = ffav_model_add_endpoint(m, &sf->endpoints[i]);

		if (ret != FFAV_RET_SUCCESS) {
			ffav_cli_pop(r, 0);
			ffav_cli_push_key(r, "endpoints");
			ffav_cli_push_index(r, i);
			return ffav_cli_fail(r, "the models refuse this endpoint: %s",
					     ffav_cli_status_name(ret));
		}
	}
	return true;
}

/* Compare the response frame with "returns"; describe the first differences in buf. */
static const char *compare_returns(const struct ffav_cli_step *s, const uint64_t resp[FFAV_NREGS],
				   char *buf, size_t size)
{
	size_t used = 0;
	unsigned int n;

	if (!s->has_returns)
		return NULL;
	buf[0] = '\0';
	for (n = 0; n < FFAV_NREGS && used < size; n++) {
		int w;

		if (resp[n] == s->returns[n])
			continue;
		w = snprintf(buf + used, size - used, "%sx%u = 0x%" PRIx64 ", expected 0x%" PRIx64,
			     used == 0 ? "response differs: " : "; ", n, resp[n], s->returns[n]);
		used += w > 0 ? (size_t)w : 0;
	}
	return buf[0] != '\0' ? buf : NULL;
}

/* One step through the models: a call on its CPU, or an event. */
static int32_t step(struct ffav_model *m, const struct ffav_cli_step *s, uint64_t resp[FFAV_NREGS],
		    struct ffav_diag *diag)
{
	if (s->event)
		return ffav_model_rx_buffer_full(m, s->receiver, (s->caller & 0x8000u) != 0, diag);
	return ffav_model_step_on_cpu(m, s->caller, s->cpu, s->regs, resp, diag);
}

/* The name of a broken invariant, for the failure line. */
static const char *invariant_name(uint32_t id)
{
	const struct ffav_cli_rule *info = ffav_cli_rule_by_id(id);

	if (ffav_model_invariant_name(id)[0] != '\0')
		return ffav_model_invariant_name(id);
	return info != NULL ? info->name : "?";
}

static int run_scenario(const char *name, const struct ffav_cli_scenario *sf, struct ffav_model *m,
			struct ffav_cli_out *o)
{
	struct ffav_cli_file_run fr;
	size_t i;

	ffav_cli_file_begin(&fr, o, name, FFAV_FORMAT_SCENARIO, sf->title);
	for (i = 0; i < sf->n_steps; i++) {
		const struct ffav_cli_step *s = &sf->steps[i];
		uint64_t resp[FFAV_NREGS];
		struct ffav_cli_outcome oc;
		char extra[400];
		uint32_t broken;
		unsigned int n;

		for (n = 0; n < FFAV_NREGS; n++)
			resp[n] = 0;
		memset(&oc, 0, sizeof(oc));
		oc.id = s->id;
		oc.path = s->path;
		oc.expect = s->expect;
		oc.want_rule = s->rule;
		oc.want_where = s->where;
		oc.got = step(m, s, resp, &oc.diag);
		oc.extra = compare_returns(s, resp, extra, sizeof(extra));
		broken = ffav_model_check_invariants(m);
		if (broken != 0) {
			/* a message: truncation would only shorten it */
			(void)snprintf(extra, sizeof(extra),
				       "model invariant %s (0x%04" PRIx32 ") broken",
				       invariant_name(broken), broken);
			oc.extra = extra;
		}
		ffav_cli_file_result(&fr, &oc);
	}
	return ffav_cli_file_end(&fr);
}

int ffav_cli_run_scenario_buffer(const char *name, const char *data, size_t len,
				 struct ffav_cli_out *o)
{
	return ffav_cli_run_scenario_parsed(name, data, len, NULL, o);
}

int ffav_cli_run_scenario_parsed(const char *name, const char *data, size_t len,
				 const struct ffav_cli_doc *doc, struct ffav_cli_out *o)
{
	struct ffav_cli_reader r;
	const char *format = NULL;
	struct ffav_model *m = NULL;
	struct ffav_cli_scenario sf;
	json_t *root;
	int ret = FFAV_CLI_BAD_INPUT;

	memset(&sf, 0, sizeof(sf));
	root = ffav_cli_load_parsed(&r, name, data, len, o->err, doc);
	if (root == NULL || !ffav_cli_get_format(&r, root, &format))
		goto bad;
	if (strcmp(format, FFAV_FORMAT_SCENARIO) != 0) {
		ffav_cli_push_key(&r, "format");
		ffav_cli_fail(&r, "this is a vector file: run it with `ffa-validate vectors`");
		goto bad;
	}
	if (!ffav_cli_read_scenario(&r, root, &sf))
		goto bad;
	m = calloc(1, sizeof(*m)); /* the models can be large: not on the stack */
	if (m == NULL) {
		ffav_cli_fail(&r, "out of memory");
		goto bad;
	}
	if (!setup_model(&r, &sf, m))
		goto bad;
	ret = run_scenario(name, &sf, m, o);
	goto done;
bad:
	ffav_cli_file_error(o, name, &r, NULL);
done:
	free(m);
	ffav_cli_scenario_free(&sf);
	json_decref(root);
	return ret;
}

static void scenario_usage(FILE *f)
{
	fprintf(f,
		"usage: ffa-validate scenario [--json] [--verbose] FILE...\n"
		"\n"
		"Run scenario files (\"ffa-validate-scenario/1\") through the reference models:\n"
		"each step is one call by a declared endpoint; it passes when the models answer\n"
		"the expected status (and rule, and response frame when \"returns\" is given).\n"
		"Prints one line per failing step, a summary line per file and\n"
		"\"N passed, M failed\".\n"
		"\n"
		"  --json       print one JSON document with every step's result\n"
		"  --verbose    also print a line for every passing step\n"
		"  -h, --help   this help\n"
		"\n"
		"Exit status: 0 all passed, 1 a step failed, 2 bad usage or a malformed file.\n");
}

int ffav_cli_cmd_scenario(int argc, char **argv, FILE *out, FILE *err)
{
	return ffav_cli_run_files(argc, argv, out, err, "scenario", scenario_usage,
				  ffav_cli_run_scenario_buffer);
}
