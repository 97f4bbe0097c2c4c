/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The reference models (docs/models.md): endpoints, the step that runs one whole call through
 * the stateless check and then the state, and the invariants. The notification state lives
 * in model_notif.c, the direct-messaging runtime in model_direct.c and model_cycles.c.
 *
 * Every step validates the whole call before it changes anything: each handler first runs
 * all of its checks on the unchanged model, and only then applies the call and writes the
 * response frame. No handler copies the model.
 */
#include "model_internal.h"

static void zero_desc(struct ffav_endpoint_desc *d)
{
	unsigned int u;

	d->id = 0;
	d->role = FFAV_ROLE_HOST;
	d->version = 0;
	d->vcpus = 0;
	d->properties = 0;
	d->n_uuids = 0;
	for (u = 0; u < FFAV_MODEL_MAX_UUIDS; u++) {
		d->uuids[u][0] = 0;
		d->uuids[u][1] = 0;
	}
}

static void reset_slot(struct ffav_model_endpoint *e)
{
	e->in_use = false;
	e->declared = false;
	zero_desc(&e->desc);
	ffavi_model_notif_reset(&e->notif);
	ffavi_model_reset_ecs(e);
}

void ffav_model_init(struct ffav_model *m, uint32_t policy)
{
	int s;

	if (m == NULL)
		return;
	m->policy = policy;
	m->n_endpoints = 0;
	m->n_bitmaps = 0;
	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++)
		reset_slot(&m->ep[s]);
}

/* The ID fits the role (the same rule as the calling-convention layer's CC_CALLER_ID). */
static bool id_fits_role(uint16_t id, enum ffav_role role)
{
	switch (role) {
	case FFAV_ROLE_HOST:
	case FFAV_ROLE_HYPERVISOR:
		return id == 0;
	case FFAV_ROLE_VM:
		return id != 0 && !ffavi_id_is_secure(id);
	case FFAV_ROLE_SP:
	case FFAV_ROLE_SPMC:
	case FFAV_ROLE_SPMD:
		return ffavi_id_is_secure(id);
	default:
		return false;
	}
}

static bool desc_valid(const struct ffav_endpoint_desc *d)
{
	return id_fits_role(d->id, d->role) && d->version >= FFAV_VERSION_MIN &&
	       d->version <= FFAV_VERSION_MAX && d->vcpus >= 1 &&
	       d->vcpus <= FFAV_MODEL_MAX_VCPUS && d->n_uuids <= FFAV_MODEL_MAX_UUIDS;
}

int32_t ffav_model_add_endpoint(struct ffav_model *m, const struct ffav_endpoint_desc *ep)
{
	struct ffav_model_endpoint *e;
	int s;

	if (m == NULL || ep == NULL || !desc_valid(ep) ||
	    ffavi_model_slot_of(m, ep->id) != MODEL_NO_SLOT)
		return FFAV_RET_INVALID_PARAMETERS;
	s = ffavi_model_free_slot(m);
	if (s == MODEL_NO_SLOT)
		return FFAV_RET_NO_MEMORY;
	e = &m->ep[s];
	reset_slot(e);
	e->in_use = true;
	e->declared = true;
	e->desc = *ep;
	/* A secure partition receives notifications when its manifest says so; a Normal-world
	 * endpoint only once BITMAP_CREATE has run for it (DEN0077A v1.2 chapter 10). */
	if (ep->role == FFAV_ROLE_SP && (ep->properties & FFAV_PROP_NOTIFICATIONS) != 0)
		ffavi_model_notif_enable(m, &e->notif, ep->vcpus,
					 model_notif_extra(m, FFAV_MODEL_FROM_SP));
	ffavi_model_reset_ecs(e);
	m->n_endpoints++;
	return FFAV_RET_SUCCESS;
}

static void pass(struct ffav_diag *diag)
{
	if (diag != NULL) {
		diag->rule = FFAV_RULE_NONE;
		diag->reg = 0;
		diag->bits = 0;
	}
}

static void copy_diag(struct ffav_diag *to, const struct ffav_diag *from)
{
	if (to != NULL)
		*to = *from;
}

/* The stateless check, with the CPU-cycle ABIs (outside its covered set) let through to the
 * model once their function ID is known to be well formed at the caller's version. */
static int32_t check_stateless(struct model_call *c, struct ffav_diag *diag)
{
	struct ffav_diag d = { FFAV_RULE_NONE, 0, 0 }; /* ffav_check() writes it; EVA: see docs */
	int32_t ret;

	ret = ffav_check(&c->caller, c->regs, &d);
	c->fid = (uint32_t)c->regs[0] & ~FFAV_FID_SVE_HINT;
	c->smc64 = (c->fid & FFAV_FID_SMC64) != 0;
	c->abi = ffav_abi_of(c->regs[0]);
	if (ret == FFAV_RET_SUCCESS)
		return FFAV_RET_SUCCESS;
	if (d.rule == FFAV_RULE_CC_NOT_COVERED && ffavi_model_is_cycles_fid(c->fid))
		return FFAV_RET_SUCCESS;
	copy_diag(diag, &d);
	return ret;
}

static int32_t dispatch(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			struct ffav_diag *diag)
{
	switch (c->abi) {
	case FFAV_ABI_NOTIFICATION_BITMAP_CREATE:
	case FFAV_ABI_NOTIFICATION_BITMAP_DESTROY:
	case FFAV_ABI_NOTIFICATION_BIND:
	case FFAV_ABI_NOTIFICATION_UNBIND:
	case FFAV_ABI_NOTIFICATION_SET:
	case FFAV_ABI_NOTIFICATION_GET:
	case FFAV_ABI_NOTIFICATION_INFO_GET:
	case FFAV_ABI_NOTIFICATION_BIND2:
	case FFAV_ABI_NOTIFICATION_UNBIND2:
	case FFAV_ABI_NOTIFICATION_SET2:
	case FFAV_ABI_NOTIFICATION_GET2:
		return ffavi_model_notif_step(c, resp, diag);
	case FFAV_ABI_MSG_SEND_DIRECT_REQ:
	case FFAV_ABI_MSG_SEND_DIRECT_RESP:
	case FFAV_ABI_MSG_SEND_DIRECT_REQ2:
	case FFAV_ABI_MSG_SEND_DIRECT_RESP2:
		return ffavi_model_direct_step(c, resp, diag);
	case FFAV_ABI_FEATURES:
		return ffavi_model_features_step(c, resp, diag);
	case FFAV_ABI_NONE:
	default:
		return ffavi_model_cycles_step(c, resp, diag);
	}
}

int32_t ffav_model_step_on_cpu(struct ffav_model *m, uint16_t caller, uint16_t cpu,
			       const uint64_t regs[FFAV_NREGS], uint64_t resp[FFAV_NREGS],
			       struct ffav_diag *diag)
{
	struct model_call c;
	const struct ffav_endpoint_desc *d;
	int32_t ret;

	if (m == NULL || regs == NULL) {
		ret = ffavi_fail(diag, FFAV_RULE_CC_NULL_ARGUMENT, 0, 0);
		ffav_error_frame(ret, resp);
		return ret;
	}
	c.m = m;
	c.regs = regs;
	c.cpu = cpu;
	c.caller_slot = ffavi_model_slot_of(m, caller);
	if (c.caller_slot == MODEL_NO_SLOT || !m->ep[c.caller_slot].declared) {
		ret = ffavi_fail(diag, FFAV_RULE_MODEL_CALLER_UNKNOWN, 0, 0);
		ffav_error_frame(ret, resp);
		return ret;
	}
	d = &m->ep[c.caller_slot].desc;
	c.caller.role = d->role;
	c.caller.id = d->id;
	c.caller.version = d->version;
	c.caller.policy = m->policy;

	ret = check_stateless(&c, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = dispatch(&c, resp, diag);
	if (ret != FFAV_RET_SUCCESS) {
		ffav_error_frame(ret, resp);
		return ret;
	}
	pass(diag);
	return FFAV_RET_SUCCESS;
}

int32_t ffav_model_step(struct ffav_model *m, uint16_t caller, const uint64_t regs[FFAV_NREGS],
			uint64_t resp[FFAV_NREGS], struct ffav_diag *diag)
{
	return ffav_model_step_on_cpu(m, caller, 0, regs, resp, diag);
}

int ffav_model_ec_state(const struct ffav_model *m, uint16_t id, uint16_t ec)
{
	int s;

	if (m == NULL)
		return -1;
	s = ffavi_model_slot_of(m, id);
	/* ec < vcpus <= FFAV_MODEL_MAX_VCPUS (MODEL_INV_ENDPOINTS): the array bound is
	 * tested as well, so that no state makes the read out of bounds. */
	if (s == MODEL_NO_SLOT || ec >= FFAV_MODEL_MAX_VCPUS || ec >= m->ep[s].desc.vcpus)
		return -1;
	return (int)m->ep[s].ec[ec].state;
}

/* ---- Invariants -------------------------------------------------------- */

static bool slot_valid(const struct ffav_model *m, int s)
{
	const struct ffav_model_endpoint *e = &m->ep[s];
	int t;

	if (!e->in_use)
		return !e->declared;
	if (!desc_valid(&e->desc))
		return false;
	for (t = s + 1; t < FFAV_MODEL_MAX_ENDPOINTS; t++) {
		if (m->ep[t].in_use && m->ep[t].desc.id == e->desc.id)
			return false;
	}
	return true;
}

static uint32_t endpoints_invariant(const struct ffav_model *m)
{
	unsigned int used = 0;
	int s;

	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		if (!slot_valid(m, s))
			return FFAV_MODEL_INV_ENDPOINTS;
		if (m->ep[s].in_use)
			used++;
	}
	return used == m->n_endpoints ? 0 : FFAV_MODEL_INV_ENDPOINTS;
}

uint32_t ffav_model_check_invariants(const struct ffav_model *m)
{
	uint32_t broken;

	if (m == NULL)
		return FFAV_MODEL_INV_ENDPOINTS;
	broken = endpoints_invariant(m);
	if (broken == 0)
		broken = ffavi_model_notif_invariants(m);
	if (broken == 0)
		broken = ffavi_model_direct_invariants(m);
	return broken;
}

uint32_t ffav_model_check_notif_invariants_of(const struct ffav_model *m, uint16_t id)
{
	uint32_t broken;

	if (m == NULL)
		return FFAV_MODEL_INV_ENDPOINTS;
	broken = endpoints_invariant(m);
	if (broken == 0)
		broken = ffavi_model_notif_slot_invariants(m, ffavi_model_slot_of(m, id));
	return broken;
}

uint32_t ffav_model_check_invariants_of(const struct ffav_model *m, uint16_t id)
{
	uint32_t broken = ffav_model_check_notif_invariants_of(m, id);

	if (broken == 0 && m != NULL)
		broken = ffavi_model_direct_invariants(m);
	return broken;
}

#ifdef FFAV_NO_STRINGS

const char *ffav_model_invariant_name(uint32_t id)
{
	(void)id;
	return "";
}

const char *ffav_model_invariant_summary(uint32_t id)
{
	(void)id;
	return "";
}

#else

const char *ffav_model_invariant_name(uint32_t id)
{
	switch (id) {
#define INV_NAME(name, id_, text) \
	case id_:                 \
		return #name;
		FFAV_MODEL_INVARIANTS(INV_NAME)
#undef INV_NAME
	default:
		return "";
	}
}

const char *ffav_model_invariant_summary(uint32_t id)
{
	switch (id) {
#define INV_TEXT(name, id_, text) \
	case id_:                 \
		return text;
		FFAV_MODEL_INVARIANTS(INV_TEXT)
#undef INV_TEXT
	default:
		return "";
	}
}

#endif
