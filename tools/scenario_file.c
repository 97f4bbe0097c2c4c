/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Reading scenario files, format "ffa-validate-scenario/1" (docs/cli.md, "File formats";
 * docs/scenarios.md), read and checked whole into struct ffav_cli_scenario: the endpoints to
 * declare to the models, then the steps. Used by `scenario` to run the steps and by `rules`
 * to count their tags.
 */
#include <stdlib.h>
#include <string.h>

#include "ffav_cli.h"

void ffav_cli_scenario_free(struct ffav_cli_scenario *sf)
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

static bool read_endpoint(struct ffav_cli_reader *r, struct ffav_cli_scenario *sf, json_t *ep)
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

static bool declared(const struct ffav_cli_scenario *sf, uint16_t id)
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
static bool read_event(struct ffav_cli_reader *r, json_t *step, struct ffav_cli_step *s)
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

static bool read_step(struct ffav_cli_reader *r, struct ffav_cli_scenario *sf, json_t *step,
		      struct ffav_cli_step *s)
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
	return true;
}

bool ffav_cli_read_scenario(struct ffav_cli_reader *r, json_t *root, struct ffav_cli_scenario *sf)
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
