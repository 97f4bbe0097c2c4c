/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * At the bottom of the models, shared by lib/model*.c: the endpoint slots (lookup, the first
 * free one, the reset of a slot's execution contexts) and the answer frame. Calls nothing.
 */
#include "model_internal.h"

/* ---- Endpoint slots ------------------------------------------------------ */

/* The slot of endpoint id, or MODEL_NO_SLOT. */
int ffavi_model_slot_of(const struct ffav_model *m, uint16_t id)
{
	int s;

	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		if (m->ep[s].in_use && m->ep[s].desc.id == id)
			return s;
	}
	return MODEL_NO_SLOT;
}

/* The first slot not in use, or MODEL_NO_SLOT. */
int ffavi_model_free_slot(const struct ffav_model *m)
{
	int s;

	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		if (!m->ep[s].in_use)
			return s;
	}
	return MODEL_NO_SLOT;
}

/* ---- Execution contexts ----------------------------------------------------- */

/* The context no longer handles a request, nor was it given cycles by anyone. */
void ffavi_model_forget_request(struct ffav_model_ec *x)
{
	x->by_request = 0;
	x->req_abi = 0;
	x->req_smc64 = 0;
	x->req_v13 = 0;
	x->req_fwk = 0;
	x->origin = 0;
	x->giver_slot = FFAV_MODEL_NO_EC;
	x->giver_ec = FFAV_MODEL_NO_EC;
}

/* Every execution context of e back to its initial state: running for the roles that
 * originate calls, waiting for the others, in no call chain. */
void ffavi_model_reset_ecs(struct ffav_model_endpoint *e)
{
	unsigned int i;

	for (i = 0; i < FFAV_MODEL_MAX_VCPUS; i++) {
		struct ffav_model_ec *x = &e->ec[i];

		x->state = FFAV_EC_WAITING;
		if (e->in_use && i < e->desc.vcpus && model_role_originates(e->desc.role))
			x->state = FFAV_EC_RUNNING;
		x->yielded = 0;
		ffavi_model_forget_request(x);
		x->callee_slot = FFAV_MODEL_NO_EC;
		x->callee_ec = FFAV_MODEL_NO_EC;
	}
}

/* ---- Frames -------------------------------------------------------------- */

void ffavi_model_frame(uint64_t out[FFAV_NREGS], uint64_t x0)
{
	unsigned int n;

	if (out == NULL)
		return;
	out[0] = x0;
	for (n = 1; n < FFAV_NREGS; n++)
		out[n] = 0;
}
