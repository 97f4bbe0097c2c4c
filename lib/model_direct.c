/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The direct-messaging runtime model (DEN0077A v1.3 §15.2-§15.5, chapters 14 and 18):
 * the state of every execution context, the request each one handles, and the call chains
 * that requests and FFA_RUN build. The CPU-cycle ABIs that move contexts between states
 * (FFA_MSG_WAIT, FFA_YIELD, FFA_RUN, FFA_INTERRUPT) are in model_cycles.c.
 *
 * Chains: the context that gives another the CPU (by a direct request or FFA_RUN) is its
 * giver, and the other is the giver's callee. A request's sender context is BLOCKED while
 * its callee runs; when the callee is preempted or yields, the giver runs again and may
 * only resume it (FFA_RUN). The Normal world and the SPMD originate chains; secure
 * partitions and the SPMC serve them.
 *
 * Request check order (DEN0077A v1.3 Table 15.8, in HF's order): sender, receiver
 * (INVALID_PARAMETERS), REQ2 UUID (INVALID_PARAMETERS), VM-availability subscription
 * (INVALID_PARAMETERS, HF), properties and REQ2 receiver version (DENIED), execution context for
 * this CPU (INVALID_PARAMETERS), then the runtime: a receiver context that is running or handling a
 * request is BUSY; one that is a predecessor in the caller's chain is DENIED; any other that is not
 * waiting is BUSY (BUSY is checked first, docs/models.md); finally the caller's own context must be
 * running with nothing it must resume first (DENIED).
 */
#include "model_internal.h"

/* The slot of a declared endpoint (direct messaging only concerns declared endpoints; the
 * slots BITMAP_CREATE makes for undeclared IDs hold notification state only). */
static int declared_slot(const struct ffav_model *m, uint16_t id)
{
	int s = ffavi_model_slot_of(m, id);

	if (s == MODEL_NO_SLOT || !m->ep[s].declared)
		return MODEL_NO_SLOT;
	return s;
}

static bool has_callee(const struct ffav_model_ec *x)
{
	return x->callee_slot != FFAV_MODEL_NO_EC;
}

/* True when EC (ts, te) is ec (s, e) or one of its givers, up the chain. */
static bool in_chain(const struct ffav_model *m, int s, uint16_t e, int ts, uint16_t te)
{
	unsigned int i;

	for (i = 0; i < FFAV_MODEL_MAX_ENDPOINTS * FFAV_MODEL_MAX_VCPUS; i++) {
		const struct ffav_model_ec *x;

		if (s == ts && e == te)
			return true;
		x = &m->ep[s].ec[e];
		/* No giver (FFAV_MODEL_NO_EC is beyond both bounds); a link out of the arrays
		 * cannot exist while MODEL_DIRECT_INV_LINKS holds, and ends the walk too. */
		if (x->giver_slot >= FFAV_MODEL_MAX_ENDPOINTS ||
		    x->giver_ec >= FFAV_MODEL_MAX_VCPUS)
			return false;
		s = x->giver_slot;
		e = x->giver_ec;
	}
	return false;
}

/* The endpoints of w1 and the sender's context on this CPU. */
struct direct_ends {
	int sender;
	int receiver;
	uint16_t sender_ec;
};

/* d holds slot and EC indices on every path (the caller initialises it to 0, 0, 0 and only
 * valid indices are stored), so that no path reads an array out of bounds even where a
 * static analyser joins the failing outcomes with the passing one. */
static int32_t find_ends(const struct model_call *c, struct direct_ends *d, struct ffav_diag *diag)
{
	uint32_t w1 = model_w(c, 1);
	int s = declared_slot(c->m, (uint16_t)(w1 >> 16));
	int r;

	/* Unknown IDs: INVALID_PARAMETERS (DEN0077A v1.3 Tables 15.8, 15.12, 15.16, 15.20). */
	if (s == MODEL_NO_SLOT)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_SENDER_UNKNOWN, 1, w1 & 0xFFFF0000u);
	d->sender = s;
	/* No EC of the caller for this CPU: INVALID_PARAMETERS (Tables 15.8, 15.16). */
	if (!model_ec_for_cpu(&c->m->ep[s], c->cpu, &d->sender_ec))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CALLER_EC, 1, w1 & 0xFFFF0000u);
	r = declared_slot(c->m, (uint16_t)w1);
	if (r == MODEL_NO_SLOT)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RECEIVER_UNKNOWN, 1, w1 & 0xFFFFu);
	d->receiver = r;
	return FFAV_RET_SUCCESS;
}

/* ---- DIRECT_REQ / DIRECT_REQ2 ------------------------------------------ */

static bool uuid_declared(const struct ffav_endpoint_desc *d, uint64_t lo, uint64_t hi)
{
	unsigned int u;

	for (u = 0; u < FFAV_MODEL_MAX_UUIDS; u++) {
		if (u < d->n_uuids && d->uuids[u][0] == lo && d->uuids[u][1] == hi)
			return true;
	}
	return false;
}

/* A nil UUID reaches any REQ2 service of the receiver; another must be one it declares
 * (DEN0077A v1.3 Table 15.16: HF, ACS "Wrong UUID check"). */
static int32_t check_req2_uuid(const struct model_call *c, const struct ffav_endpoint_desc *r,
			       struct ffav_diag *diag)
{
	uint64_t lo = c->regs[2];
	uint64_t hi = c->regs[3];

	if ((lo | hi) == 0 || uuid_declared(r, lo, hi))
		return FFAV_RET_SUCCESS;
	if (lo != 0)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_REQ2_UUID, 2, lo);
	return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_REQ2_UUID, 3, hi);
}

/* VM availability messages go only to partitions subscribed to them (DEN0077A v1.3
 * Tables 18.10, 18.12; DEN0077A v1.2 Table 6.2 bits 6, 7; the status is HF's, the only source:
 * disagreement 10 in docs/direct_messaging.md). */
static int32_t check_subscription(const struct model_call *c, uint32_t props,
				  struct ffav_diag *diag)
{
	uint32_t w2 = model_w(c, 2);
	uint32_t type = w2 & FFAVI_DIRECT_FWK_TYPE;

	if (type == FFAVI_FWK_VM_CREATED_REQ && (props & FFAV_PROP_VM_CREATED) == 0)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_VM_CREATED_UNSUBSCRIBED, 2,
				  w2 & (FFAVI_DIRECT_FWK_BIT | FFAVI_DIRECT_FWK_TYPE));
	if (type == FFAVI_FWK_VM_DESTROYED_REQ && (props & FFAV_PROP_VM_DESTROYED) == 0)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_VM_DESTROYED_UNSUBSCRIBED, 2,
				  w2 & (FFAVI_DIRECT_FWK_BIT | FFAVI_DIRECT_FWK_TYPE));
	return FFAV_RET_SUCCESS;
}

/* Partition messages need the receiver's receive property and, when an SP sends, its send
 * property (DEN0077A v1.2 Table 6.2; DENIED: DEN0077A v1.3 Tables 15.8, 15.16), and REQ2 a
 * receiver at v1.2 or later (Table 15.16). The SPMC does not know a Normal-world sender's
 * properties: they are not judged. */
static int32_t check_properties(const struct model_call *c, const struct ffav_endpoint_desc *s,
				const struct ffav_endpoint_desc *r, struct ffav_diag *diag)
{
	bool req2 = c->abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2;
	uint32_t recv = req2 ? FFAV_PROP_DIRECT_REQ2_RECV : FFAV_PROP_DIRECT_REQ_RECV;
	uint32_t send = req2 ? FFAV_PROP_DIRECT_REQ2_SEND : FFAV_PROP_DIRECT_REQ_SEND;
	uint32_t w1 = model_w(c, 1);

	if ((r->properties & recv) == 0)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RECV_PROP, 1, w1 & 0xFFFFu);
	if (s->role == FFAV_ROLE_SP && (s->properties & send) == 0)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_SEND_PROP, 1, w1 & 0xFFFF0000u);
	if (req2 && r->version < FFAV_VERSION(1, 2))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_REQ2_VERSION, 1, w1 & 0xFFFFu);
	return FFAV_RET_SUCCESS;
}

/* What the receiver accepts, before any runtime state. */
static int32_t check_receiver(const struct model_call *c, const struct direct_ends *d, bool fwk,
			      struct ffav_diag *diag)
{
	const struct ffav_endpoint_desc *s = &c->m->ep[d->sender].desc;
	const struct ffav_endpoint_desc *r = &c->m->ep[d->receiver].desc;

	/* Only partitions serve direct requests here: NOT_SUPPORTED (DEN0077A v1.3 Tables 15.8,
	 * 15.16). */
	if (!model_role_serves(r->role))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RECEIVER_ROLE, 1,
				  model_w(c, 1) & 0xFFFFu);
	if (c->abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2) {
		int32_t ret = check_req2_uuid(c, r, diag);

		if (ret != FFAV_RET_SUCCESS)
			return ret;
	}
	if (fwk)
		return check_subscription(c, r->properties, diag);
	return check_properties(c, s, r, diag);
}

/* The runtime state of the receiver's and the sender's contexts (DEN0077A v1.3 Tables 15.8,
 * 15.16: BUSY when the receiver runs, is blocked or preempted; DENIED when a context is not in
 * a state to handle the call). */
static int32_t check_runtime(const struct model_call *c, const struct direct_ends *d,
			     uint16_t rec_ec, struct ffav_diag *diag)
{
	const struct ffav_model_ec *re = &c->m->ep[d->receiver].ec[rec_ec];
	const struct ffav_model_ec *se = &c->m->ep[d->sender].ec[d->sender_ec];
	uint32_t w1 = model_w(c, 1);

	if (re->state == FFAV_EC_RUNNING || (re->state != FFAV_EC_WAITING && re->by_request))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_BUSY, 1, w1 & 0xFFFFu);
	if (in_chain(c->m, d->sender, d->sender_ec, d->receiver, rec_ec))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CYCLE, 1, w1 & 0xFFFFu);
	if (re->state != FFAV_EC_WAITING)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_BUSY, 1, w1 & 0xFFFFu);
	if (se->state != FFAV_EC_RUNNING || has_callee(se))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CALLER_STATE, 0, 0);
	return FFAV_RET_SUCCESS;
}

static int32_t direct_request(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			      struct ffav_diag *diag)
{
	bool req2 = c->abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2;
	uint32_t w2 = model_w(c, 2);
	bool fwk = !req2 && (w2 & FFAVI_DIRECT_FWK_BIT) != 0;
	struct ffav_model_ec *re;
	struct ffav_model_ec *se;
	struct direct_ends d = { 0, 0, 0 }; /* valid indices whatever find_ends() answers */
	uint16_t rec_ec = 0;
	int32_t ret;

	ret = find_ends(c, &d, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = check_receiver(c, &d, fwk, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	/* The receiver's EC pinned to another CPU: INVALID_PARAMETERS (DEN0077A v1.3 Tables
	 * 15.8, 15.16, 14.14). */
	if (!model_ec_for_cpu(&c->m->ep[d.receiver], c->cpu, &rec_ec))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RECEIVER_EC, 1,
				  model_w(c, 1) & 0xFFFFu);
	ret = check_runtime(c, &d, rec_ec, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;

	/* Deliver: the receiver handles the request, the sender waits for its response. */
	se = &c->m->ep[d.sender].ec[d.sender_ec];
	re = &c->m->ep[d.receiver].ec[rec_ec];
	se->state = FFAV_EC_BLOCKED;
	se->callee_slot = (uint8_t)d.receiver;
	se->callee_ec = (uint8_t)rec_ec;
	re->state = FFAV_EC_RUNNING;
	re->by_request = 1;
	re->req_abi = (uint8_t)c->abi;
	re->req_smc64 = c->smc64 ? 1 : 0;
	re->req_v13 = c->caller.version >= FFAV_VERSION(1, 3) ? 1 : 0;
	re->req_fwk = fwk ? (uint8_t)(0x80u | (w2 & FFAVI_DIRECT_FWK_TYPE)) : 0;
	re->origin = c->m->ep[d.sender].desc.id;
	re->giver_slot = (uint8_t)d.sender;
	re->giver_ec = (uint8_t)d.sender_ec;
	if (resp != NULL)
		(void)ffav_canonical(&c->caller, c->regs, resp, NULL);
	return FFAV_RET_SUCCESS;
}

/* ---- DIRECT_RESP / DIRECT_RESP2 ----------------------------------------- */

/* The framework response type that answers request type req (DEN0077A v1.3 chapter 18): PSCI and
 * warm boot are answered by the power-management response, every other request type t by t + 1. */
static uint32_t fwk_response_to(uint32_t req)
{
	if (req == FFAVI_FWK_PSCI_REQ || req == FFAVI_FWK_WARM_BOOT_REQ)
		return FFAVI_FWK_PM_RESP;
	return req + 1;
}

/* The response answers the pending request: origin, ABI (RESP for REQ, RESP2 for REQ2),
 * width, and framework pairing (DEN0077A v1.3 Tables 15.11, 15.19, chapter 18). */
static int32_t check_pairing(const struct model_call *c, const struct ffav_model_ec *x,
			     struct ffav_diag *diag)
{
	bool resp2 = c->abi == FFAV_ABI_MSG_SEND_DIRECT_RESP2;
	uint32_t w1 = model_w(c, 1);
	uint32_t w2 = model_w(c, 2);
	uint32_t fwk_bits = resp2 ? 0 : w2 & (FFAVI_DIRECT_FWK_BIT | FFAVI_DIRECT_FWK_TYPE);
	bool fwk = !resp2 && (w2 & FFAVI_DIRECT_FWK_BIT) != 0;

	/* Origin and ABI: Tables 15.11, 15.19 w1[15:0], the completions of §15.2, §15.4. */
	if ((uint16_t)w1 != x->origin)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RESP_ORIGIN, 1, w1 & 0xFFFFu);
	if (resp2 != (x->req_abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RESP_ABI, 0, 0);
	/* 0x84000070 completes an SMC32 or an SMC64 request, 0xC4000070 only an SMC64 one
	 * (DEN0077A v1.3 Table 15.11; every version, as the response checker reads it). */
	if (c->smc64 && x->req_smc64 == 0)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RESP_WIDTH, 0,
				  c->regs[0] & FFAV_FID_SMC64);
	/* Framework pairing: Table 15.11 w2[31], w2[7:0]; Tables 18.8, 18.11, 18.13. */
	if (x->req_fwk == 0
		    ? fwk
		    : !fwk || (w2 & FFAVI_DIRECT_FWK_TYPE) != fwk_response_to(x->req_fwk & 0x7Fu))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RESP_FWK, 2, fwk_bits);
	return FFAV_RET_SUCCESS;
}

static int32_t direct_response(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			       struct ffav_diag *diag)
{
	struct ffav_model_ec *x;
	struct direct_ends d = { 0, 0, 0 }; /* valid indices whatever find_ends() answers */
	int32_t ret;

	ret = find_ends(c, &d, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	x = &c->m->ep[d.sender].ec[d.sender_ec];
	/* A responder with no request, or not running: DENIED (DEN0077A v1.3 Tables 15.12,
	 * 15.20). */
	if (x->state == FFAV_EC_WAITING || !x->by_request)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RESP_NO_REQUEST, 0, 0);
	if (x->state != FFAV_EC_RUNNING || has_callee(x))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CALLER_STATE, 0, 0);
	ret = check_pairing(c, x, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;

	/* Deliver: the requester runs again, the responder waits for the next request. An EC
	 * handling a request has a giver in the arrays (MODEL_DIRECT_INV_REQUEST); the bounds
	 * are tested so that no state makes the write out of bounds. */
	if (x->giver_slot < FFAV_MODEL_MAX_ENDPOINTS && x->giver_ec < FFAV_MODEL_MAX_VCPUS) {
		struct ffav_model_ec *g = &c->m->ep[x->giver_slot].ec[x->giver_ec];

		g->state = FFAV_EC_RUNNING;
		g->callee_slot = FFAV_MODEL_NO_EC;
		g->callee_ec = FFAV_MODEL_NO_EC;
	}
	x->state = FFAV_EC_WAITING;
	ffavi_model_forget_request(x);
	if (resp != NULL)
		(void)ffav_canonical(&c->caller, c->regs, resp, NULL);
	return FFAV_RET_SUCCESS;
}

int32_t ffavi_model_direct_step(const struct model_call *c, uint64_t resp[FFAV_NREGS],
				struct ffav_diag *diag)
{
	if (c->abi == FFAV_ABI_MSG_SEND_DIRECT_REQ || c->abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2)
		return direct_request(c, resp, diag);
	return direct_response(c, resp, diag);
}

/* ---- Invariants --------------------------------------------------------- */

static const struct ffav_model_ec *ec_ref(const struct ffav_model *m, uint8_t s, uint8_t e)
{
	if (s >= FFAV_MODEL_MAX_ENDPOINTS || e >= FFAV_MODEL_MAX_VCPUS || !m->ep[s].in_use ||
	    e >= m->ep[s].desc.vcpus)
		return NULL;
	return &m->ep[s].ec[e];
}

static bool idle(const struct ffav_model_ec *x)
{
	return (x->yielded | x->by_request | x->req_abi | x->req_smc64 | x->req_v13 | x->req_fwk |
		x->origin) == 0 &&
	       (x->giver_slot & x->giver_ec & x->callee_slot & x->callee_ec) == FFAV_MODEL_NO_EC;
}

static bool ec_state_ok(const struct ffav_model_endpoint *e, unsigned int i)
{
	const struct ffav_model_ec *x = &e->ec[i];

	if (!e->in_use || i >= e->desc.vcpus)
		return x->state == FFAV_EC_WAITING && idle(x);
	if (x->state > FFAV_EC_PREEMPTED)
		return false;
	if (x->state == FFAV_EC_WAITING && !idle(x))
		return false;
	if (x->yielded && x->state != FFAV_EC_BLOCKED)
		return false;
	if (model_role_originates(e->desc.role))
		return (x->state == FFAV_EC_RUNNING || x->state == FFAV_EC_BLOCKED) && !x->yielded;
	return true;
}

static bool request_ok(const struct ffav_model *m, const struct ffav_model_ec *x)
{
	const struct ffav_model_endpoint *ge;

	if (!x->by_request)
		return (x->req_abi | x->req_smc64 | x->req_v13 | x->req_fwk | x->origin) == 0;
	if (x->req_abi != FFAV_ABI_MSG_SEND_DIRECT_REQ &&
	    x->req_abi != FFAV_ABI_MSG_SEND_DIRECT_REQ2)
		return false;
	if (x->req_fwk != 0 &&
	    ((x->req_fwk & 0x80u) == 0 || x->req_abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2))
		return false;
	if (x->giver_slot >= FFAV_MODEL_MAX_ENDPOINTS ||
	    ec_ref(m, x->giver_slot, x->giver_ec) == NULL)
		return false;
	ge = &m->ep[x->giver_slot];
	return ge->desc.id == x->origin;
}

static bool links_ok(const struct ffav_model *m, uint8_t s, uint8_t i)
{
	const struct ffav_model_endpoint *e = &m->ep[s];
	const struct ffav_model_ec *x = &e->ec[i];
	const struct ffav_model_ec *y;

	if (x->giver_slot != FFAV_MODEL_NO_EC) {
		y = ec_ref(m, x->giver_slot, x->giver_ec);
		if (y == NULL || y->callee_slot != s || y->callee_ec != i)
			return false;
	} else if (x->giver_ec != FFAV_MODEL_NO_EC) {
		return false;
	}
	if (x->callee_slot != FFAV_MODEL_NO_EC) {
		y = ec_ref(m, x->callee_slot, x->callee_ec);
		if (y == NULL || y->giver_slot != s || y->giver_ec != i)
			return false;
	} else if (x->callee_ec != FFAV_MODEL_NO_EC) {
		return false;
	}
	if (model_role_originates(e->desc.role))
		return x->giver_slot == FFAV_MODEL_NO_EC;
	return x->state == FFAV_EC_WAITING || x->giver_slot != FFAV_MODEL_NO_EC;
}

static bool blocked_ok(const struct ffav_model *m, const struct ffav_model_ec *x)
{
	const struct ffav_model_ec *y;

	if (!has_callee(x))
		return x->state != FFAV_EC_BLOCKED || x->yielded;
	y = ec_ref(m, x->callee_slot, x->callee_ec); /* not NULL: links are checked first */
	if (y != NULL &&
	    (y->state == FFAV_EC_RUNNING || (y->state == FFAV_EC_BLOCKED && !y->yielded)))
		return x->state == FFAV_EC_BLOCKED && !x->yielded;
	return x->state == FFAV_EC_RUNNING || x->state == FFAV_EC_PREEMPTED;
}

/* Following givers from (s, i) ends within the number of ECs. (That a chain has one RUNNING
 * EC at most follows from MODEL_DIRECT_INV_BLOCKED: every giver of a running EC is blocked.) */
static bool acyclic_ok(const struct ffav_model *m, uint8_t s, uint8_t i)
{
	const struct ffav_model_ec *x = &m->ep[s].ec[i];
	unsigned int n;

	/* ec_ref() is not NULL (links are checked first); were it, the walk would end: false. */
	for (n = 0; x != NULL && n < FFAV_MODEL_MAX_ENDPOINTS * FFAV_MODEL_MAX_VCPUS; n++) {
		if (x->giver_slot == FFAV_MODEL_NO_EC)
			return true;
		x = ec_ref(m, x->giver_slot, x->giver_ec);
	}
	return false;
}

/* Whether EC i of slot s keeps invariant inv. ECs beyond an endpoint's count (and of free
 * slots) only have to be idle. */
static bool ec_keeps(const struct ffav_model *m, uint32_t inv, uint8_t s, uint8_t i)
{
	const struct ffav_model_ec *x = &m->ep[s].ec[i];

	if (inv == FFAV_MODEL_DIRECT_INV_EC_STATE)
		return ec_state_ok(&m->ep[s], i);
	if (!m->ep[s].in_use || i >= m->ep[s].desc.vcpus)
		return true;
	switch (inv) {
	case FFAV_MODEL_DIRECT_INV_REQUEST:
		return request_ok(m, x);
	case FFAV_MODEL_DIRECT_INV_LINKS:
		return links_ok(m, s, i);
	case FFAV_MODEL_DIRECT_INV_BLOCKED:
		return blocked_ok(m, x);
	case FFAV_MODEL_DIRECT_INV_ACYCLIC:
	default:
		return acyclic_ok(m, s, i);
	}
}

/* The lowest-numbered invariant some EC breaks, or 0. Each invariant is checked over every
 * EC before the next, so the later ones may rely on the earlier ones. */
uint32_t ffavi_model_direct_invariants(const struct ffav_model *m)
{
	static const uint32_t order[] = {
		FFAV_MODEL_DIRECT_INV_EC_STATE, FFAV_MODEL_DIRECT_INV_REQUEST,
		FFAV_MODEL_DIRECT_INV_LINKS,	FFAV_MODEL_DIRECT_INV_BLOCKED,
		FFAV_MODEL_DIRECT_INV_ACYCLIC,
	};
	unsigned int k;
	uint8_t s;
	uint8_t i;

	for (k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
		for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
			for (i = 0; i < FFAV_MODEL_MAX_VCPUS; i++) {
				if (!ec_keeps(m, order[k], s, i))
					return order[k];
			}
		}
	}
	return 0;
}
