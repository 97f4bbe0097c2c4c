/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Shared by lib/model*.c: the decoded call a model step works on, endpoint lookups and frame
 * helpers. Not installed.
 */
#ifndef FFAV_MODEL_INTERNAL_H
#define FFAV_MODEL_INTERNAL_H

#include "ffa_validate_model.h"
#include "ffav_internal.h"

/* The models judge endpoints of every role with ffav_check() and answer with the response
 * frames: they need the whole library (include/ffa_validate.h, build selection). */
FFAVI_STATIC_ASSERT(models_need_the_whole_library,
		    FFAVI_SELECTS_ALL_ROLES &&FFAVI_SELECTS_ALL_ABIS &&FFAVI_SELECTS_ALL_VERSIONS
			    &&FFAVI_SELECTS_ALL_POLICIES &&FFAV_SELECT_RESPONSES);

#define MODEL_NO_SLOT (-1)

/* One call being judged by the models. The stateless check has already passed (or, for the
 * CPU-cycle ABIs outside its covered set, found a well-formed function ID of this version). */
struct model_call {
	struct ffav_model *m;
	struct ffav_caller caller; /* built from the caller's declaration and the model policy */
	const uint64_t *regs;
	int caller_slot;
	uint16_t cpu;
	enum ffav_abi abi; /* FFAV_ABI_NONE for the CPU-cycle ABIs */
	uint32_t fid;	   /* w0 with the SVE hint cleared */
	bool smc64;
};

/* The view of register n the checks judge: w-view for SMC32, x for SMC64. */
static inline uint64_t model_arg(const struct model_call *c, unsigned int n)
{
	return c->smc64 ? c->regs[n] : (uint64_t)(uint32_t)c->regs[n];
}

static inline uint32_t model_w(const struct model_call *c, unsigned int n)
{
	return (uint32_t)c->regs[n];
}

/* The notifications the model supports beyond 64 from senders of world w (FFAV_MODEL_FROM_SP,
 * FFAV_MODEL_FROM_VM): the count of the policy (FFAV_POLICY_NOTIF_EXTRA_SP, _VM), at most
 * what a bitmap of FFAV_MODEL_MAX_NOTIFS holds. */
static inline uint16_t model_notif_extra(const struct ffav_model *m, unsigned int w)
{
	uint32_t i = w == FFAV_MODEL_FROM_SP ? (m->policy & FFAV_POLICY_NOTIF_EXTRA_SP_MASK) >>
						       FFAV_POLICY_NOTIF_EXTRA_SP_SHIFT
					     : (m->policy & FFAV_POLICY_NOTIF_EXTRA_VM_MASK) >>
						       FFAV_POLICY_NOTIF_EXTRA_VM_SHIFT;

	return (uint16_t)(i > FFAV_MODEL_MAX_NOTIFS - 64 ? FFAV_MODEL_MAX_NOTIFS - 64 : i);
}

/* lib/model_base.c: the slot of endpoint id, or MODEL_NO_SLOT. */
int ffavi_model_slot_of(const struct ffav_model *m, uint16_t id);

/* The first slot not in use, or MODEL_NO_SLOT. */
int ffavi_model_free_slot(const struct ffav_model *m);

/* Roles that originate calls and are never scheduled by the model: the Normal world and the
 * SPMD. Their execution contexts start RUNNING and are never given the CPU by a request. */
static inline bool model_role_originates(enum ffav_role role)
{
	return role == FFAV_ROLE_HOST || role == FFAV_ROLE_HYPERVISOR || role == FFAV_ROLE_VM ||
	       role == FFAV_ROLE_SPMD;
}

/* Roles the model runs as servers of direct requests: secure partitions and the SPMC. */
static inline bool model_role_serves(enum ffav_role role)
{
	return role == FFAV_ROLE_SP || role == FFAV_ROLE_SPMC;
}

/* The EC of endpoint e that runs on CPU cpu: 0 for a single-EC (UP) endpoint, cpu for a
 * multi-EC (MP) one. False when e has no EC for that CPU. *ec is written on every path and
 * is always an index of ec[] (0 on failure): callers read it only on success, but a static
 * analyser (Frama-C EVA) joins both outcomes. cpu < FFAV_MODEL_MAX_VCPUS follows from
 * cpu < vcpus (MODEL_INV_ENDPOINTS); it is tested too, so that the bound holds whatever the
 * state (docs/verification.md). */
static inline bool model_ec_for_cpu(const struct ffav_model_endpoint *e, uint16_t cpu, uint16_t *ec)
{
	*ec = 0;
	if (e->desc.vcpus == 1)
		return true;
	if (cpu >= FFAV_MODEL_MAX_VCPUS || cpu >= e->desc.vcpus)
		return false;
	*ec = cpu;
	return true;
}

/* lib/model_base.c: the execution contexts of a slot back to their initial state, and one
 * context's request record forgotten (it no longer handles a request, nor was it given
 * cycles by anyone). */
void ffavi_model_reset_ecs(struct ffav_model_endpoint *e);
void ffavi_model_forget_request(struct ffav_model_ec *x);

/* lib/model_base.c: the frame x0 with every other register zero; a no-op when out is NULL. */
void ffavi_model_frame(uint64_t out[FFAV_NREGS], uint64_t x0);

/* Per-model halves of a step, endpoint set-up and invariants. */
int32_t ffavi_model_notif_step(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			       struct ffav_diag *diag);
int32_t ffavi_model_direct_step(const struct model_call *c, uint64_t resp[FFAV_NREGS],
				struct ffav_diag *diag);
int32_t ffavi_model_cycles_step(const struct model_call *c, uint64_t resp[FFAV_NREGS],
				struct ffav_diag *diag);
bool ffavi_model_is_cycles_fid(uint32_t fid);
int32_t ffavi_model_features_step(const struct model_call *c, uint64_t resp[FFAV_NREGS],
				  struct ffav_diag *diag);

void ffavi_model_notif_reset(struct ffav_model_notif *n);
void ffavi_model_notif_enable(const struct ffav_model *m, struct ffav_model_notif *n,
			      uint16_t vcpus, uint16_t extra_sp);

uint32_t ffavi_model_notif_invariants(const struct ffav_model *m);
uint32_t ffavi_model_notif_slot_invariants(const struct ffav_model *m, int s);
uint32_t ffavi_model_direct_invariants(const struct ffav_model *m);

#endif /* FFAV_MODEL_INTERNAL_H */
