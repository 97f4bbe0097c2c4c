/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* clang-format off */ /* (the driver lines are read whole by scripts/verify.sh) */
/*
 * Frama-C EVA drivers of the reference models (docs/verification.md; scripts/verify.sh reads the
 * driver lines below; docs/verification.md says what each proves).
 *   model-steps      a VM, two SPs and an SPMC, each with up to FFAV_MODEL_MAX_VCPUS contexts,
 *                    then one fully unknown call (any caller ID, any CPU, every register any
 *                    value: every ABI, BIND2..GET2 included), and the queries.
 *   model-steps-per-abi  the same, then one call of each notification ABI on its own with
 *                    every other register any value; optional (over 30 minutes with 384
 *                    notifications per class).
 *   model-add        endpoint declaration with any description.
 *   model-state-any  every field of the model any value of its type (a superset of every
 *                    state the model can reach, and of every state keeping the invariants),
 *                    then one call of any state-changing entry point, every argument unknown.
 *   model-steps-any  the same calls in a loop from an initialised model: any sequence of
 *                    calls; optional (its fixpoint takes too long for CI).
 *
 * verify-driver: model-steps|eva_model_steps|-eva-precision 8 -eva-interprocedural-history
 * verify-driver-optional: model-steps-per-abi|eva_model_steps|-eva-precision 8 -eva-interprocedural-history -cpp-extra-args=-DFFAV_EVA_PER_ABI_STEPS
 * verify-driver: model-add|eva_model_add|-eva-precision 8
 * verify-driver-optional: model-steps-any|eva_model_steps_any|-eva-precision 8 -eva-interprocedural-history -eva-slevel-function eva_model_steps_any:0 -eva-widening-delay 1
 * verify-driver: model-state-any|eva_model_state_any|-eva-precision 8 -eva-interprocedural-history
 */
/* clang-format on */
#include "__fc_builtin.h"
#include "ffa_validate_model.h"

#ifndef STEPS
#define STEPS 1
#endif

static struct ffav_model model; /* large: static, as a port keeps it */

#ifdef FFAV_EVA_PER_ABI_STEPS
static const uint32_t notif_fids[] = {
	FFAV_FID_NOTIFICATION_BITMAP_CREATE, FFAV_FID_NOTIFICATION_BITMAP_DESTROY,
	FFAV_FID_NOTIFICATION_BIND,	     FFAV_FID_NOTIFICATION_UNBIND,
	FFAV_FID_NOTIFICATION_SET,	     FFAV_FID_NOTIFICATION_GET,
	FFAV_FID_NOTIFICATION_INFO_GET_32,   FFAV_FID_NOTIFICATION_INFO_GET_64,
	FFAV_FID_NOTIFICATION_BIND2,	     FFAV_FID_NOTIFICATION_UNBIND2,
	FFAV_FID_NOTIFICATION_SET2,	     FFAV_FID_NOTIFICATION_GET2,
};
#endif

static void any_regs(uint64_t regs[FFAV_NREGS])
{
	unsigned int n;

	for (n = 0; n < FFAV_NREGS; n++)
		regs[n] = Frama_C_unsigned_long_long_interval(0, 0xFFFFFFFFFFFFFFFFull);
}

static void declare(uint16_t id, enum ffav_role role, uint32_t props, uint16_t vcpus)
{
	struct ffav_endpoint_desc d;
	unsigned int i;

	d.id = id;
	d.role = role;
	d.version = FFAV_VERSION(1, Frama_C_unsigned_int_interval(0, 3));
	d.vcpus = vcpus;
	d.properties = props;
	d.n_uuids = 0;
	for (i = 0; i < FFAV_MODEL_MAX_UUIDS; i++) {
		d.uuids[i][0] = 0;
		d.uuids[i][1] = 0;
	}
	(void)ffav_model_add_endpoint(&model, &d);
}

void eva_model_steps(void)
{
	uint64_t regs[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	struct ffav_diag diag;
	unsigned int s;
	uint32_t inv;
	int32_t ret;

	/* The VM's ECs below its vCPU count start RUNNING, the others WAITING: a relation
	 * between two fields that a non-relational domain loses. One state per VM vCPU count
	 * proves the invariants of the initial model; merged after, as the step does not need
	 * the relation (it only reads ECs through bounds-checked indices). */
	uint16_t vm_vcpus = Frama_C_unsigned_short_interval(1, FFAV_MODEL_MAX_VCPUS);

	/*@ split vm_vcpus; */
	ffav_model_init(&model, Frama_C_unsigned_int_interval(0, FFAV_POLICY_ALL));
	declare(0x0001, FFAV_ROLE_VM, 0x7FFu, vm_vcpus);
	declare(0x8001, FFAV_ROLE_SP, 0x7FFu,
		Frama_C_unsigned_short_interval(1, FFAV_MODEL_MAX_VCPUS));
	declare(0x8002, FFAV_ROLE_SP, 0x7FFu,
		Frama_C_unsigned_short_interval(1, FFAV_MODEL_MAX_VCPUS));
	declare(0x8000, FFAV_ROLE_SPMC, 0,
		Frama_C_unsigned_short_interval(1, FFAV_MODEL_MAX_VCPUS));
	inv = ffav_model_check_invariants(&model);
	/*@ assert inv == 0; */
	/*@ merge vm_vcpus; */
	for (s = 0; s < STEPS; s++) {
		uint16_t caller = Frama_C_unsigned_short_interval(0, 0xFFFFu);
		uint16_t cpu = Frama_C_unsigned_short_interval(0, 0xFFFFu);

		any_regs(regs);
		ret = ffav_model_step_on_cpu(&model, caller, cpu, regs, resp, &diag);
		/*@ assert -10 <= ret <= 0; */
	}
#ifdef FFAV_EVA_PER_ABI_STEPS
	/* Each notification ABI on its own (the unknown call above joins them all): the v1.1
	 * ABIs and the v1.3 extended ones (DEN0077A v1.3 §16.7-§16.10), every other register
	 * and the caller any value. Driver model-steps-per-abi (optional: over 30 minutes with
	 * 384 notifications per class). */
	for (s = 0; s < sizeof(notif_fids) / sizeof(notif_fids[0]); s++) {
		any_regs(regs);
		regs[0] = notif_fids[s];
		ret = ffav_model_step_on_cpu(&model, Frama_C_unsigned_short_interval(0, 0xFFFFu), 0,
					     regs, resp, &diag);
		/*@ assert -10 <= ret <= 0; */
	}
#endif
	(void)ffav_model_check_invariants(&model);
	(void)ffav_model_ec_state(&model, Frama_C_unsigned_short_interval(0, 0xFFFFu),
				  Frama_C_unsigned_short_interval(0, 0xFFFFu));
	(void)ffav_model_rx_buffer_full(&model, Frama_C_unsigned_short_interval(0, 0xFFFFu),
					Frama_C_interval(0, 1) != 0, &diag);
}

/* Declaring an endpoint with any description, into a model with any number of them. */
void eva_model_add(void)
{
	struct ffav_endpoint_desc d;
	unsigned int i;
	int32_t ret;

	ffav_model_init(&model, 0);
	for (i = 0; i <= FFAV_MODEL_MAX_ENDPOINTS; i++) {
		d.id = Frama_C_unsigned_short_interval(0, 0xFFFFu);
		d.role = (enum ffav_role)Frama_C_int_interval(-2147483647 - 1, 2147483647);
		d.version = Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu);
		d.vcpus = Frama_C_unsigned_short_interval(0, 0xFFFFu);
		d.properties = Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu);
		d.n_uuids = Frama_C_unsigned_char_interval(0, 0xFFu);
		d.uuids[0][0] = 0;
		d.uuids[0][1] = 0;
		d.uuids[1][0] = 0;
		d.uuids[1][1] = 0;
		d.uuids[2][0] = 0;
		d.uuids[2][1] = 0;
		d.uuids[3][0] = 0;
		d.uuids[3][1] = 0;
		ret = ffav_model_add_endpoint(&model, &d);
		/*@ assert -10 <= ret <= 0; */
	}
	(void)ffav_model_check_invariants(&model);
}

/* Any description, every field any value of its type (as in eva_model_add, UUIDs too). */
static void any_desc(struct ffav_endpoint_desc *d)
{
	unsigned int i;

	d->id = Frama_C_unsigned_short_interval(0, 0xFFFFu);
	d->role = (enum ffav_role)Frama_C_int_interval(-2147483647 - 1, 2147483647);
	d->version = Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu);
	d->vcpus = Frama_C_unsigned_short_interval(0, 0xFFFFu);
	d->properties = Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu);
	d->n_uuids = Frama_C_unsigned_char_interval(0, 0xFFu);
	for (i = 0; i < FFAV_MODEL_MAX_UUIDS; i++) {
		d->uuids[i][0] = Frama_C_unsigned_long_long_interval(0, 0xFFFFFFFFFFFFFFFFull);
		d->uuids[i][1] = Frama_C_unsigned_long_long_interval(0, 0xFFFFFFFFFFFFFFFFull);
	}
}

/* One call of any state-changing entry point, every argument unknown. */
static void any_operation(void)
{
	uint64_t regs[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	struct ffav_endpoint_desc d;
	struct ffav_diag diag;
	int32_t ret;

	switch (Frama_C_interval(0, 2)) {
	case 0: {
		uint16_t caller = Frama_C_unsigned_short_interval(0, 0xFFFFu);
		uint16_t cpu = Frama_C_unsigned_short_interval(0, 0xFFFFu);

		any_regs(regs);
		ret = ffav_model_step_on_cpu(&model, caller, cpu, regs, resp, &diag);
		break;
	}
	case 1:
		ret = ffav_model_rx_buffer_full(&model, Frama_C_unsigned_short_interval(0, 0xFFFFu),
						Frama_C_interval(0, 1) != 0, &diag);
		break;
	default:
		any_desc(&d);
		ret = ffav_model_add_endpoint(&model, &d);
		break;
	}
	/*@ assert -10 <= ret <= 0; */
}

/*
 * Any sequence of calls: a model initialised with any policy, then any number of calls of
 * the entry points that change it (a step by any caller on any CPU with every register any
 * value, an RX-buffer-full event at any receiver from either world, the declaration of an
 * endpoint with any description) in any order. The loop head's state is EVA's fixpoint
 * (widening): it over-approximates every state reachable by any number of calls, i.e. every
 * state the model can be in. The queries then run on that state.
 */
void eva_model_steps_any(void)
{
	struct ffav_diag diag;

	ffav_model_init(&model, Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu));
	while (Frama_C_interval(0, 1)) {
#ifdef EVA_TRACE
		Frama_C_show_each_loop_head(model.n_endpoints, model.n_bitmaps,
					    model.ep[0].ec[0].state, model.ep[1].notif.vcpus,
					    model.ep[2].desc.vcpus);
#endif
		any_operation();
	}
	(void)ffav_model_check_invariants(&model);
	(void)ffav_model_ec_state(&model, Frama_C_unsigned_short_interval(0, 0xFFFFu),
				  Frama_C_unsigned_short_interval(0, 0xFFFFu));
	(void)ffav_model_rx_buffer_full(&model, Frama_C_unsigned_short_interval(0, 0xFFFFu),
					Frama_C_interval(0, 1) != 0, &diag);
}

/* ---- An arbitrary state filtered by the invariants ---------------------- */

static uint64_t any_u64(void)
{
	return Frama_C_unsigned_long_long_interval(0, 0xFFFFFFFFFFFFFFFFull);
}

static uint8_t any_u8(void)
{
	return Frama_C_unsigned_char_interval(0, 0xFFu);
}

static uint16_t any_u16(void)
{
	return Frama_C_unsigned_short_interval(0, 0xFFFFu);
}

static uint32_t any_u32(void)
{
	return Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu);
}

static bool any_bool(void)
{
	return Frama_C_interval(0, 1) != 0;
}

static void any_bitmap(struct ffav_model_bitmap *b)
{
	unsigned int i;
	unsigned int k;

	for (i = 0; i < FFAV_MODEL_NOTIFS; i++)
		b->sender[i] = any_u16();
	for (k = 0; k < FFAV_MODEL_NOTIF_WORDS; k++) {
		b->bound[k] = any_u64();
		b->per_vcpu[k] = any_u64();
		b->pending[k] = any_u64();
		b->reported[k] = any_u64();
		for (i = 0; i < FFAV_MODEL_MAX_VCPUS; i++) {
			b->pending_vcpu[i][k] = any_u64();
			b->reported_vcpu[i][k] = any_u64();
		}
	}
}

static void any_endpoint(struct ffav_model_endpoint *e)
{
	unsigned int i;

	e->in_use = any_bool();
	e->declared = any_bool();
	any_desc(&e->desc);
	e->notif.enabled = any_bool();
	e->notif.created = any_bool();
	e->notif.vcpus = any_u16();
	for (i = 0; i < 2; i++) {
		any_bitmap(&e->notif.world[i]);
		e->notif.notifs[i] = any_u16();
		e->notif.framework[i] = any_u32();
		e->notif.framework_reported[i] = any_u32();
	}
	for (i = 0; i < FFAV_MODEL_MAX_VCPUS; i++) {
		struct ffav_model_ec *x = &e->ec[i];

		x->state = any_u8();
		x->yielded = any_u8();
		x->by_request = any_u8();
		x->req_abi = any_u8();
		x->req_smc64 = any_u8();
		x->req_v13 = any_u8();
		x->req_fwk = any_u8();
		x->origin = any_u16();
		x->giver_slot = any_u8();
		x->giver_ec = any_u8();
		x->callee_slot = any_u8();
		x->callee_ec = any_u8();
	}
}

/*
 * Every field of the model any value of its type (bools 0 or 1, enum ffav_role any int),
 * kept only when ffav_model_check_invariants() finds every invariant holding; then one
 * fully unknown call of each state-changing entry point and the queries. EVA's filtering
 * by the check is non-relational (far weaker than the invariants), so this proves that the
 * step code does nothing undefined on a much larger set of states than the valid ones.
 */
void eva_model_state_any(void)
{
	unsigned int s;

	model.policy = any_u32();
	model.n_endpoints = any_u8();
	model.n_bitmaps = any_u8();
	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++)
		any_endpoint(&model.ep[s]);
#ifdef STATE_FILTER
	if (ffav_model_check_invariants(&model) != 0)
		return;
#endif
	any_operation();
	(void)ffav_model_ec_state(&model, any_u16(), any_u16());
}
