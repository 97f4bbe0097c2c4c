/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * `ffa-validate scenario`: run scenario files, format "ffa-validate-scenario/1"
 * (spec/vector-format.md §2), through the reference models (ffa_validate_model.h): declare
 * the endpoints, then make each step's call and compare the status, the rule and the
 * response frame with what the step expects. After every step the model's invariants are
 * checked too.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ffav_cli.h"

struct sstep {
	const char *id;		      /* optional name of the step, borrowed */
	char path[FFAV_CLI_PATH_MAX]; /* "steps[4]" */
	uint16_t caller;
	uint16_t cpu;	   /* extension "cpu": the physical CPU of the call (default 0) */
	bool event;	   /* extension "event": "rx-buffer-full" instead of a call */
	uint16_t receiver; /* the event's receiver */
	uint64_t regs[FFAV_NREGS];
	bool has_returns;
	uint64_t returns[FFAV_NREGS];
	uint16_t expect;
	uint32_t rule;
	struct ffav_cli_where where;
	json_t *exercises;
};

struct sfile {
	const char *title;
	bool uses_cpu;	  /* a step has "cpu" other than 0 */
	bool uses_events; /* a step is an "event" */
	uint32_t policy;
	uint8_t n_endpoints;
	struct ffav_endpoint_desc endpoints[FFAV_MODEL_MAX_ENDPOINTS];
	size_t n_steps;
	struct sstep *steps;
};

static void sfile_free(struct sfile *sf)
{
	free(sf->steps);
	sf->steps = NULL;
	sf->n_steps = 0;
}

static bool read_vcpus(struct ffav_cli_reader *r, json_t *ep, uint16_t *vcpus)
{
	json_t *v = ffav_cli_member(r, ep, "vcpus", false);
	size_t old;
	bool ok = true;

	*vcpus = 1;
	if (v == NULL)
		return true;
	old = ffav_cli_push_key(r, "vcpus");
	if (!json_is_integer(v))
		ok = ffav_cli_fail(r, "expected a number of vCPUs (an integer), got %s",
				   ffav_cli_type_name(v));
	else if (json_integer_value(v) < 1 || json_integer_value(v) > FFAV_MODEL_MAX_VCPUS)
		ok = ffav_cli_fail(r, "%" JSON_INTEGER_FORMAT " vCPUs: the models take 1 to %d",
				   json_integer_value(v), FFAV_MODEL_MAX_VCPUS);
	else
		*vcpus = (uint16_t)json_integer_value(v);
	ffav_cli_pop(r, old);
	return ok;
}

static bool read_properties(struct ffav_cli_reader *r, json_t *ep, uint32_t *props)
{
	json_t *list;
	size_t i;

	*props = 0;
	if (!ffav_cli_get_array(r, ep, "properties", false, &list))
		return false;
	for (i = 0; list != NULL && i < json_array_size(list) && !r->failed; i++) {
		size_t o1 = ffav_cli_push_key(r, "properties");
		size_t o2 = ffav_cli_push_index(r, i);
		json_t *v = json_array_get(list, i);
		uint32_t bit;

		if (!json_is_string(v))
			ffav_cli_fail(r, "expected a property name (a string), got %s",
				      ffav_cli_type_name(v));
		else if (!ffav_cli_property_parse(json_string_value(v), &bit))
			ffav_cli_fail(r,
				      "unknown property \"%.40s\" (properties: direct-req-recv "
				      "direct-req-send indirect-msg notifications vm-created "
				      "vm-destroyed direct-req2-recv direct-req2-send)",
				      json_string_value(v));
		else
			*props |= bit;
		ffav_cli_pop(r, o2);
		ffav_cli_pop(r, o1);
	}
	return !r->failed;
}

static bool read_uuids(struct ffav_cli_reader *r, json_t *ep, struct ffav_endpoint_desc *d)
{
	json_t *list;
	size_t i;

	d->n_uuids = 0;
	if (!ffav_cli_get_array(r, ep, "uuids", false, &list))
		return false;
	if (list == NULL)
		return true;
	if (json_array_size(list) > FFAV_MODEL_MAX_UUIDS) {
		size_t old = ffav_cli_push_key(r, "uuids");

		ffav_cli_fail(r, "%zu UUIDs: the models take at most %d", json_array_size(list),
			      FFAV_MODEL_MAX_UUIDS);
		ffav_cli_pop(r, old);
		return false;
	}
	for (i = 0; i < json_array_size(list) && !r->failed; i++) {
		size_t o1 = ffav_cli_push_key(r, "uuids");
		size_t o2 = ffav_cli_push_index(r, i);
		json_t *v = json_array_get(list, i);

		if (!json_is_string(v))
			ffav_cli_fail(r, "expected a UUID (a string), got %s",
				      ffav_cli_type_name(v));
		else if (!ffav_cli_uuid_parse(json_string_value(v), &d->uuids[i][0],
					      &d->uuids[i][1]))
			ffav_cli_fail(r,
				      "\"%.40s\" is not a UUID such as "
				      "\"a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8\"",
				      json_string_value(v));
		else
			d->n_uuids++;
		ffav_cli_pop(r, o2);
		ffav_cli_pop(r, o1);
	}
	return !r->failed;
}

static bool read_endpoint(struct ffav_cli_reader *r, struct sfile *sf, json_t *ep)
{
	struct ffav_endpoint_desc d;
	uint8_t i;

	memset(&d, 0, sizeof(d));
	if (!ffav_cli_want_object(r, ep, "an endpoint") ||
	    !ffav_cli_get_id(r, ep, "id", true, &d.id) ||
	    !ffav_cli_get_role(r, ep, "role", true, &d.role) ||
	    !ffav_cli_get_version(r, ep, "version", true, &d.version) ||
	    !read_vcpus(r, ep, &d.vcpus) || !read_properties(r, ep, &d.properties) ||
	    !read_uuids(r, ep, &d))
		return false;
	for (i = 0; i < sf->n_endpoints; i++) {
		if (sf->endpoints[i].id == d.id) {
			size_t old = ffav_cli_push_key(r, "id");

			ffav_cli_fail(r, "endpoint 0x%04x is declared twice (also endpoints[%u])",
				      d.id, i);
			ffav_cli_pop(r, old);
			return false;
		}
	}
	sf->endpoints[sf->n_endpoints++] = d;
	return true;
}

static bool declared(const struct sfile *sf, uint16_t id)
{
	uint8_t i;

	for (i = 0; i < sf->n_endpoints; i++) {
		if (sf->endpoints[i].id == id)
			return true;
	}
	return false;
}

/* Extension "cpu": an integer, the physical CPU the call is made on (docs/scenarios.md). */
static bool read_cpu(struct ffav_cli_reader *r, json_t *step, uint16_t *cpu)
{
	json_t *v = ffav_cli_member(r, step, "cpu", false);
	size_t old;
	bool ok = true;

	*cpu = 0;
	if (v == NULL)
		return true;
	old = ffav_cli_push_key(r, "cpu");
	if (!json_is_integer(v))
		ok = ffav_cli_fail(r, "expected a CPU number (an integer), got %s",
				   ffav_cli_type_name(v));
	else if (json_integer_value(v) < 0 || json_integer_value(v) > 0xFFFF)
		ok = ffav_cli_fail(r, "CPU %" JSON_INTEGER_FORMAT " is out of range (0 to 65535)",
				   json_integer_value(v));
	else
		*cpu = (uint16_t)json_integer_value(v);
	ffav_cli_pop(r, old);
	return ok;
}

/* Extension "event": something the framework does that is not a call, with its
 * "receiver"; the one event defined is "rx-buffer-full" (docs/scenarios.md). */
static bool read_event(struct ffav_cli_reader *r, json_t *step, struct sstep *s)
{
	const char *event = NULL;
	size_t old;

	if (!ffav_cli_get_string(r, step, "event", false, &event))
		return false;
	if (event == NULL)
		return true;
	old = ffav_cli_push_key(r, "event");
	if (strcmp(event, "rx-buffer-full") != 0)
		ffav_cli_fail(r, "unknown event \"%.40s\" (events: rx-buffer-full)", event);
	else if (json_object_get(step, "regs") != NULL || json_object_get(step, "returns") != NULL)
		ffav_cli_fail(r, "an event step makes no call: it has no \"regs\" and no "
				 "\"returns\"");
	ffav_cli_pop(r, old);
	if (r->failed)
		return false;
	s->event = true;
	return ffav_cli_get_id(r, step, "receiver", true, &s->receiver);
}

static bool read_step(struct ffav_cli_reader *r, struct sfile *sf, json_t *step, struct sstep *s)
{
	memset(s, 0, sizeof(*s));
	(void)snprintf(s->path, sizeof(s->path), "%s", r->path); /* same size as r->path: fits */
	if (!ffav_cli_want_object(r, step, "a step") ||
	    !ffav_cli_get_string(r, step, "id", false, &s->id) ||
	    !ffav_cli_get_id(r, step, "caller", true, &s->caller) || !read_cpu(r, step, &s->cpu) ||
	    !read_event(r, step, s) ||
	    (!s->event && !ffav_cli_get_regs(r, step, "regs", true, s->regs, NULL)) ||
	    (!s->event &&
	     !ffav_cli_get_regs(r, step, "returns", false, s->returns, &s->has_returns)) ||
	    !ffav_cli_read_verdict(r, step, &s->expect, &s->rule, &s->exercises, &s->where))
		return false;
	if (!declared(sf, s->caller)) {
		size_t old = ffav_cli_push_key(r, "caller");

		ffav_cli_fail(r, "caller 0x%04x is not one of the declared endpoints", s->caller);
		ffav_cli_pop(r, old);
		return false;
	}
	sf->uses_cpu |= s->cpu != 0;
	sf->uses_events |= s->event;
	return true;
}

static bool read_scenario(struct ffav_cli_reader *r, json_t *root, struct sfile *sf)
{
	json_t *endpoints;
	json_t *steps;
	size_t i;

	memset(sf, 0, sizeof(*sf));
	if (!ffav_cli_get_string(r, root, "title", false, &sf->title) ||
	    !ffav_cli_get_policy(r, root, "policy", &sf->policy) ||
	    !ffav_cli_get_array(r, root, "endpoints", true, &endpoints) ||
	    !ffav_cli_get_array(r, root, "steps", true, &steps))
		return false;
	if (json_array_size(endpoints) > FFAV_MODEL_MAX_ENDPOINTS) {
		size_t old = ffav_cli_push_key(r, "endpoints");

		ffav_cli_fail(r, "%zu endpoints: the models take at most %d",
			      json_array_size(endpoints), FFAV_MODEL_MAX_ENDPOINTS);
		ffav_cli_pop(r, old);
		return false;
	}
	for (i = 0; i < json_array_size(endpoints); i++) {
		size_t o1 = ffav_cli_push_key(r, "endpoints");
		size_t o2 = ffav_cli_push_index(r, i);
		bool ok = read_endpoint(r, sf, json_array_get(endpoints, i));

		ffav_cli_pop(r, o2);
		ffav_cli_pop(r, o1);
		if (!ok)
			return false;
	}
	if (json_array_size(steps) != 0) {
		sf->steps = calloc(json_array_size(steps), sizeof(*sf->steps));
		if (sf->steps == NULL)
			return ffav_cli_fail(r, "out of memory");
	}
	for (i = 0; i < json_array_size(steps); i++) {
		size_t o1 = ffav_cli_push_key(r, "steps");
		size_t o2 = ffav_cli_push_index(r, i);
		bool ok = read_step(r, sf, json_array_get(steps, i), &sf->steps[i]);

		ffav_cli_pop(r, o2);
		ffav_cli_pop(r, o1);
		if (!ok)
			return false;
		sf->n_steps++;
	}
	return true;
}

bool ffav_cli_scenario_count(struct ffav_cli_reader *r, json_t *root,
			     struct ffav_cli_rule_count *counts, size_t n)
{
	struct sfile sf;
	size_t i;

	if (!read_scenario(r, root, &sf)) {
		sfile_free(&sf);
		return false;
	}
	for (i = 0; i < sf.n_steps; i++)
		ffav_cli_tally(counts, n, FFAV_KIND_SCENARIO, sf.steps[i].rule,
			       sf.steps[i].exercises);
	sfile_free(&sf);
	return true;
}

/* Declare the endpoints; the model's refusal is an error of the file. */
static bool setup_model(struct ffav_cli_reader *r, const struct sfile *sf, struct ffav_model *m)
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
static const char *compare_returns(const struct sstep *s, const uint64_t resp[FFAV_NREGS],
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

/* One step through the models: a call (on its CPU when the models take one), or an event.
 * A file that needs an extension the build lacks is skipped before it runs. */
static int32_t step(struct ffav_model *m, const struct sstep *s, uint64_t resp[FFAV_NREGS],
		    struct ffav_diag *diag)
{
#if FFAV_CLI_HAVE_MODEL_RX_BUFFER_FULL
	if (s->event)
		return ffav_model_rx_buffer_full(m, s->receiver, (s->caller & 0x8000u) != 0, diag);
#endif
#if FFAV_CLI_HAVE_MODEL_STEP_ON_CPU
	return ffav_model_step_on_cpu(m, s->caller, s->cpu, s->regs, resp, diag);
#else
	return ffav_model_step(m, s->caller, s->regs, resp, diag);
#endif
}

/* The name of a broken invariant, for the failure line. */
static const char *invariant_name(uint32_t id)
{
	const struct ffav_cli_rule *info = ffav_cli_rule_by_id(id);

#if FFAV_CLI_HAVE_MODEL_INVARIANT_NAME
	if (ffav_model_invariant_name(id)[0] != '\0')
		return ffav_model_invariant_name(id);
#endif
	return info != NULL ? info->name : "?";
}

static int run_scenario(const char *name, const struct sfile *sf, struct ffav_model *m,
			struct ffav_cli_out *o)
{
	struct ffav_cli_file_run fr;
	size_t i;

	ffav_cli_file_begin(&fr, o, name, FFAV_FORMAT_SCENARIO, sf->title);
	for (i = 0; i < sf->n_steps; i++) {
		const struct sstep *s = &sf->steps[i];
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
	struct ffav_cli_reader r;
	const char *format = NULL;
	struct ffav_model *m = NULL;
	struct sfile sf;
	json_t *root;
	int ret = FFAV_CLI_BAD_INPUT;

	memset(&sf, 0, sizeof(sf));
	root = ffav_cli_load(&r, name, data, len, o->err);
	if (root == NULL || !ffav_cli_get_format(&r, root, &format))
		goto bad;
	if (strcmp(format, FFAV_FORMAT_SCENARIO) != 0) {
		ffav_cli_push_key(&r, "format");
		ffav_cli_fail(&r, "this is a vector file: run it with `ffa-validate vectors`");
		goto bad;
	}
	if (!read_scenario(&r, root, &sf))
		goto bad;
	m = calloc(1, sizeof(*m)); /* the models can be large: not on the stack */
	if (m == NULL) {
		ffav_cli_fail(&r, "out of memory");
		goto bad;
	}
	if (!setup_model(&r, &sf, m))
		goto bad;
	if (sf.uses_cpu && !FFAV_CLI_HAVE_MODEL_STEP_ON_CPU) {
		ffav_cli_file_skipped(o, name,
				      "steps on a CPU other than 0 need ffav_model_step_on_cpu(), "
				      "which this build of the models does not have");
		ret = FFAV_CLI_OK;
	} else if (sf.uses_events && !FFAV_CLI_HAVE_MODEL_RX_BUFFER_FULL) {
		ffav_cli_file_skipped(o, name,
				      "\"rx-buffer-full\" events need ffav_model_rx_buffer_full(), "
				      "which this build of the models does not have");
		ret = FFAV_CLI_OK;
	} else {
		ret = run_scenario(name, &sf, m, o);
	}
	goto done;
bad:
	ffav_cli_file_error(o, name, &r, NULL);
done:
	free(m);
	sfile_free(&sf);
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
