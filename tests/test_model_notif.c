/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The notification model (lib/model_notif.c): every state rule with a step that passes and
 * one that fails because of it, the exact GET and INFO_GET frames, and the invariants
 * (checked after every step by mt_step_at(), and shown to fire when the state is broken).
 */
#include "ffav_model_test.h"

#define HYP 0x0000
#define VM1 0x0001 /* 2 vCPUs */
#define VM2 0x0002
#define VM3 0x0003 /* never declared: only BITMAP_CREATE gives it a slot */
#define VM9 0x0009 /* never declared */
#define SP1 0x8001 /* 4 vCPUs, notifications */
#define SP2 0x8002 /* notifications */
#define SP3 0x8003 /* no notifications */
#define SP9 0x8009 /* never declared */

#define CREATE(id, vcpus) CALL(0x8400007d, (id), (vcpus))
#define DESTROY(id) CALL(0x8400007e, (id))
#define BIND(snd, rcv, flags, bits) \
	CALL(0x8400007f, (uint64_t)(snd) << 16 | (rcv), (flags), (uint32_t)(bits), (bits) >> 32)
#define UNBIND(snd, rcv, bits) \
	CALL(0x84000080, (uint64_t)(snd) << 16 | (rcv), 0, (uint32_t)(bits), (bits) >> 32)
#define SET(snd, rcv, bits) \
	CALL(0x84000081, (uint64_t)(snd) << 16 | (rcv), 0, (uint32_t)(bits), (bits) >> 32)
#define SET_VCPU(snd, rcv, vcpu, bits)                                              \
	CALL(0x84000081, (uint64_t)(snd) << 16 | (rcv), (uint64_t)(vcpu) << 16 | 1, \
	     (uint32_t)(bits), (bits) >> 32)
#define GET(rcv, vcpu, flags) CALL(0x84000082, (uint64_t)(vcpu) << 16 | (rcv), (flags))
#define INFO_GET_32 CALL(0x84000083)
#define INFO_GET_64 CALL(0xC4000083)

/* v1.3: BITMAP_CREATE with w3[8:0] = SP notifications requested beyond 64 (DEN0077A v1.3
 * Table 16.3). */
#define CREATE_N(id, vcpus, extra) CALL(0x8400007d, (id), (vcpus), (extra))

/* v1.3 extended notifications (DEN0077A v1.3 §16.7-§16.10): ID i is bit i % 64 of
 * x(3 + i / 64); GET2's VM mask is in x9-x14, its framework masks in x15 and x16. */
#define BIND2(snd, rcv, flags, ...) \
	CALL(0xC4000094, (uint64_t)(snd) << 16 | (rcv), (flags), __VA_ARGS__)
#define UNBIND2(snd, rcv, ...) CALL(0xC4000095, (uint64_t)(snd) << 16 | (rcv), 0, __VA_ARGS__)
#define SET2(snd, rcv, flags, ...) \
	CALL(0xC4000096, (uint64_t)(snd) << 16 | (rcv), (flags), __VA_ARGS__)
#define GET2(rcv, vcpu, flags, ...) \
	CALL(0xC4000097, (uint64_t)(vcpu) << 16 | (rcv), (flags), __VA_ARGS__)
#define B(id) (1ull << ((id) % 64)) /* ID id in its register x(3 + id / 64) */

#define GLOBAL 0
#define PER_VCPU 1
#define F_SP 1
#define F_VM 2
#define F_SPM 4
#define F_HYP 8

#define OK_32 0x84000061
#define OK_64 0xC4000061

static struct ffav_model model;

static int setup(void **state)
{
	struct ffav_model *m = &model;

	*state = m;
	mt_forget_requests();
	ffav_model_init(m, 0);
	mt_add(m, HYP, FFAV_ROLE_HYPERVISOR, V12, 1, 0);
	mt_add(m, VM1, FFAV_ROLE_VM, V12, 2, 0);
	mt_add(m, VM2, FFAV_ROLE_VM, V12, 1, 0);
	mt_add(m, SP1, FFAV_ROLE_SP, V12, 4, FFAV_PROP_NOTIFICATIONS);
	mt_add(m, SP2, FFAV_ROLE_SP, V12, 1, FFAV_PROP_NOTIFICATIONS);
	mt_add(m, SP3, FFAV_ROLE_SP, V12, 1, 0);
	return 0;
}

/* ---- Lifecycle ---------------------------------------------------------- */

static void lifecycle_vm_receiver(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, CREATE(VM1, 2));
	FRAME(OK_32);
	STEP_OK(m, VM1, BIND(SP1, VM1, GLOBAL, 0x8ull));
	FRAME(OK_32);
	STEP_OK(m, SP1, SET(SP1, VM1, 0x8ull));
	FRAME(OK_32);
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 1u << 7, VM1);
	STEP_FAIL(m, HYP, INFO_GET_32, MODEL_NOTIF_INFO_GET_NO_DATA);
	STEP_OK(m, VM1, GET(VM1, 0, F_SP | F_VM | F_SPM | F_HYP));
	FRAME(OK_32, 0, 0x8);
	STEP_OK(m, VM1, GET(VM1, 1, F_SP));
	FRAME(OK_32);
	STEP_OK(m, VM1, UNBIND(SP1, VM1, 0x8ull));
	STEP_OK(m, HYP, DESTROY(VM1));
	FRAME(OK_32);
	assert_false(m->ep[1].notif.enabled);
}

static void lifecycle_sp_receiver_vm_sender(void **state)
{
	struct ffav_model *m = *state;

	/* docs/vector-format.md §2's example: SP binds, VM sets, SP gets. */
	STEP_OK(m, HYP, CREATE(VM1, 2));
	STEP_OK(m, SP1, BIND(VM1, SP1, GLOBAL, 0x8ull));
	STEP_OK(m, VM1, SET(VM1, SP1, 0x8ull));
	STEP_OK(m, SP1, GET(SP1, 0, F_VM));
	FRAME(OK_32, 0, 0, 0, 0x8, 0, 0, 0);
	STEP_OK(m, SP1, UNBIND(VM1, SP1, 0x8ull));
}

static void lifecycle_host_without_hypervisor(void **state)
{
	struct ffav_model m;

	(void)state;
	ffav_model_init(&m, 0);
	mt_add(&m, HYP, FFAV_ROLE_HOST, V11, 1, 0);
	mt_add(&m, SP1, FFAV_ROLE_SP, V11, 1, FFAV_PROP_NOTIFICATIONS);
	/* The OS kernel, ID 0, creates its own bitmap and binds with receiver 0 (DEN0077A v1.3
	 * §10.9). */
	STEP_FAIL(&m, HYP, BIND(SP1, HYP, GLOBAL, 1ull << 40), MODEL_NOTIF_RECEIVER_DISABLED);
	STEP_OK(&m, HYP, CREATE(HYP, 1));
	STEP_OK(&m, HYP, BIND(SP1, HYP, GLOBAL, 1ull << 40));
	STEP_OK(&m, SP1, SET(SP1, HYP, 1ull << 40));
	STEP_OK(&m, HYP, INFO_GET_64);
	FRAME(OK_64, 0, 1u << 7, HYP);
	STEP_OK(&m, HYP, GET(HYP, 0, F_SP | F_SPM));
	FRAME(OK_32, 0, 0, 1u << 8);
	STEP_OK(&m, HYP, UNBIND(SP1, HYP, 1ull << 40));
	STEP_OK(&m, HYP, DESTROY(HYP));
}

/* ---- BITMAP_CREATE / BITMAP_DESTROY -------------------------------------- */

/* The v1.3 system of the tests of the extended notifications: 384 SP notifications and 128 VM
 * notifications per receiver (FFA_FEATURES ID 4: i = 320 and 64), every endpoint at v1.3. */
static void declare13(struct ffav_model *m, uint32_t policy)
{
	mt_forget_requests();
	ffav_model_init(m,
			policy | FFAV_POLICY_NOTIF_EXTRA_SP(320) | FFAV_POLICY_NOTIF_EXTRA_VM(64));
	mt_add(m, HYP, FFAV_ROLE_HYPERVISOR, V13, 1, 0);
	mt_add(m, VM1, FFAV_ROLE_VM, V13, 2, 0);
	mt_add(m, VM2, FFAV_ROLE_VM, V13, 1, 0);
	mt_add(m, SP1, FFAV_ROLE_SP, V13, 4, FFAV_PROP_NOTIFICATIONS);
	mt_add(m, SP2, FFAV_ROLE_SP, V13, 1, FFAV_PROP_NOTIFICATIONS);
	mt_add(m, SP3, FFAV_ROLE_SP, V13, 1, 0);
}

/* BITMAP_CREATE at v1.3 allocates the SP notifications asked for in w3[8:0], up to what the
 * model supports, and answers the count in w2[8:0] (DEN0077A v1.3 Tables 16.3, 16.4). */
static void create_allocates_sp_notifications(void **state)
{
	struct ffav_model *m = *state;
	int s;

	declare13(m, 0);
	STEP_OK(m, HYP, CREATE_N(VM1, 2, 0x10));
	FRAME(OK_32, 0, 0x10);
	s = 1;
	assert_int_equal(m->ep[s].desc.id, VM1);
	assert_int_equal(m->ep[s].notif.notifs[FFAV_MODEL_FROM_SP], 64 + 0x10);
	assert_int_equal(m->ep[s].notif.notifs[FFAV_MODEL_FROM_VM], 128);
	STEP_OK(m, HYP, CREATE_N(VM2, 1, 0x1FF)); /* 511 asked, 320 supported */
	FRAME(OK_32, 0, 320);
	assert_int_equal(m->ep[2].notif.notifs[FFAV_MODEL_FROM_SP], 384);
	STEP_OK(m, HYP, CREATE_N(VM3, 1, 320)); /* exactly what is supported */
	FRAME(OK_32, 0, 320);
	STEP_OK(m, HYP, CREATE_N(VM9, 1, 0));
	FRAME(OK_32);
	assert_int_equal(m->ep[7].notif.notifs[FFAV_MODEL_FROM_SP], 64);
	/* DESTROY forgets the count; a new bitmap gets what it asks for. */
	STEP_OK(m, HYP, DESTROY(VM1));
	assert_int_equal(m->ep[s].notif.notifs[FFAV_MODEL_FROM_SP], 0);
	STEP_OK(m, HYP, CREATE_N(VM1, 2, 1));
	FRAME(OK_32, 0, 1);
	assert_int_equal(m->ep[s].notif.notifs[FFAV_MODEL_FROM_SP], 65);

	/* A model that supports 64 SP notifications allocates none. */
	ffav_model_init(m, 0);
	mt_add(m, HYP, FFAV_ROLE_HYPERVISOR, V13, 1, 0);
	STEP_OK(m, HYP, CREATE_N(VM1, 1, 0x10));
	FRAME(OK_32);
	assert_int_equal(m->ep[1].notif.notifs[FFAV_MODEL_FROM_SP], 64);
}

/* Before v1.3, w3 is reserved: the model does not read it even when the policy lets a
 * non-zero w3 through. */
static void create_count_before_v13_ignored(void **state)
{
	struct ffav_model *m = *state;

	ffav_model_init(m, FFAV_POLICY_IGNORE_SBZ | FFAV_POLICY_NOTIF_EXTRA_SP(320));
	mt_add(m, HYP, FFAV_ROLE_HYPERVISOR, V12, 1, 0);
	STEP_OK(m, HYP, CREATE_N(VM1, 1, 0x10));
	FRAME(OK_32);
	assert_int_equal(m->ep[1].notif.notifs[FFAV_MODEL_FROM_SP], 64);
}

static void create_twice_denied(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, CREATE(VM1, 2));
	STEP_FAIL(m, HYP, CREATE(VM1, 2), MODEL_NOTIF_CREATE_EXISTS);
	assert_int_equal(mt_diag.bits, VM1); /* w1[15:0] */
	STEP_OK(m, HYP, CREATE(VM3, 1));     /* an undeclared VM takes a slot of its own */
	STEP_FAIL(m, HYP, CREATE(VM3, 1), MODEL_NOTIF_CREATE_EXISTS);
	assert_int_equal(mt_diag.reg, 1);
	assert_int_equal(mt_diag.bits, VM3);
	assert_int_equal(m->n_bitmaps, 2);
}

static void create_out_of_bitmaps(void **state)
{
	struct ffav_model *m = *state;
	uint16_t id;

	/* FFAV_MODEL_MAX_BITMAPS (8) bitmaps fit, the 9th does not. */
	for (id = 0x10; id < 0x10 + FFAV_MODEL_MAX_BITMAPS; id++)
		STEP_OK(m, HYP, CREATE(id, 1));
	STEP_FAIL(m, HYP, CREATE(VM1, 1), MODEL_NOTIF_CREATE_NO_MEMORY);
	m->ep[1].notif.created = m->ep[1].notif.enabled = true; /* a 9th, by corruption */
	m->n_bitmaps++;
	assert_int_equal(ffav_model_check_invariants(m), FFAV_MODEL_NOTIF_INV_BITMAPS);
	m->ep[1].notif.created = m->ep[1].notif.enabled = false;
	m->n_bitmaps--;
	STEP_OK(m, HYP, DESTROY(0x10));
	STEP_OK(m, HYP, CREATE(VM1, 1));
}

static void create_out_of_slots(void **state)
{
	struct ffav_model m;
	unsigned int id;

	(void)state;
	ffav_model_init(&m, 0);
	mt_add(&m, HYP, FFAV_ROLE_HYPERVISOR, V12, 1, 0);
	for (id = 0x8001; id < 0x8001 + FFAV_MODEL_MAX_ENDPOINTS - 3; id++)
		mt_add(&m, (uint16_t)id, FFAV_ROLE_SP, V12, 1, 0);
	mt_add(&m, VM1, FFAV_ROLE_VM, V12, 1, 0);
	/* One slot is left: one undeclared VM gets it, the next does not, while a declared
	 * VM, which has its slot, still gets a bitmap. */
	STEP_OK(&m, HYP, CREATE(VM3, 1));
	STEP_FAIL(&m, HYP, CREATE(VM9, 1), MODEL_NOTIF_CREATE_NO_MEMORY);
	assert_int_equal(mt_diag.reg, 1);
	assert_int_equal(mt_diag.bits, VM9);
	STEP_OK(&m, HYP, CREATE(VM1, 1));
	STEP_OK(&m, HYP, DESTROY(VM3));
	STEP_OK(&m, HYP, CREATE(VM9, 1));
}

static void create_too_many_vcpus(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, HYP, CREATE(VM1, FFAV_MODEL_MAX_VCPUS + 1), MODEL_NOTIF_CREATE_VCPUS);
	assert_int_equal(mt_diag.reg, 2);
	STEP_OK(m, HYP, CREATE(VM1, FFAV_MODEL_MAX_VCPUS));
}

/* BITMAP_CREATE for an ID nobody declared gives it a slot that describes a VM of the
 * caller's version with the vCPUs of w2 (at least one EC), nothing else; DESTROY gives the
 * slot back with nothing of it left. */
static void create_claims_and_destroy_frees_a_slot(void **state)
{
	struct ffav_model *m = *state;
	const struct ffav_model_endpoint *e = &m->ep[6];
	unsigned int n = m->n_endpoints;

	assert_false(e->in_use);
	STEP_OK(m, HYP, CREATE(VM3, 0));
	assert_true(e->in_use);
	assert_false(e->declared);
	assert_int_equal(e->desc.id, VM3);
	assert_int_equal(e->desc.role, FFAV_ROLE_VM);
	assert_int_equal(e->desc.version, V12);
	assert_int_equal(e->desc.vcpus, 1);
	assert_int_equal(e->desc.properties, 0);
	assert_int_equal(e->desc.n_uuids, 0);
	assert_int_equal(e->notif.vcpus, 0); /* as w2 said: every GET fails (HF) */
	assert_int_equal(m->n_endpoints, n + 1);
	STEP_OK(m, HYP, DESTROY(VM3));
	assert_false(e->in_use);
	assert_int_equal(e->desc.id, 0);
	assert_int_equal(e->desc.vcpus, 0);
	assert_false(e->notif.created);
	assert_false(e->notif.enabled);
	assert_int_equal(m->n_endpoints, n);

	STEP_OK(m, HYP, CREATE(VM3, 3));
	assert_int_equal(e->desc.vcpus, 3);
	assert_int_equal(e->notif.vcpus, 3);
	/* A declared VM keeps its slot, but its notification state goes. */
	STEP_OK(m, HYP, CREATE(VM1, 2));
	STEP_OK(m, HYP, DESTROY(VM1));
	assert_true(m->ep[1].in_use);
	assert_int_equal(m->ep[1].desc.id, VM1);
	assert_int_equal(m->ep[1].notif.vcpus, 0);
	assert_false(m->ep[1].notif.created);
}

/* The notifications property enables an SP at declaration; a Normal-world endpoint needs
 * BITMAP_CREATE whatever it declares (DEN0077A v1.3 §10.9). */
static void vm_property_is_no_bitmap(void **state)
{
	struct ffav_model *m = *state;

	mt_add(m, 0x0004, FFAV_ROLE_VM, V12, 1, FFAV_PROP_NOTIFICATIONS);
	STEP_FAIL(m, 0x0004, BIND(SP1, 0x0004, GLOBAL, 0x1ull), MODEL_NOTIF_RECEIVER_DISABLED);
	STEP_OK(m, HYP, CREATE(0x0004, 1));
	STEP_OK(m, 0x0004, BIND(SP1, 0x0004, GLOBAL, 0x1ull));
}

/* BITMAP_CREATE with a vCPU count of 0 (no implementation refuses it, DEN0077A v1.2 §16.1):
 * global notifications work; every GET fails, as with HF, since no vCPU ID is below 0. */
static void zero_vcpu_bitmap(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, CREATE(VM2, 0));
	STEP_OK(m, VM2, BIND(SP1, VM2, GLOBAL, 0x1ull));
	STEP_OK(m, SP1, SET(SP1, VM2, 0x1ull));
	STEP_FAIL(m, VM2, GET(VM2, 0, F_SP), MODEL_NOTIF_GET_VCPU);
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 1u << 7, VM2);
}

static void destroy_never_created(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, HYP, DESTROY(VM9), MODEL_NOTIF_DESTROY_NOT_CREATED);
	STEP_FAIL(m, HYP, DESTROY(VM1), MODEL_NOTIF_DESTROY_NOT_CREATED); /* declared, no bitmap */
	assert_int_equal(mt_diag.bits, VM1);				  /* w1[15:0] */
	STEP_OK(m, HYP, CREATE(VM1, 1));
	STEP_OK(m, HYP, DESTROY(VM1));
	STEP_FAIL(m, HYP, DESTROY(VM1), MODEL_NOTIF_DESTROY_NOT_CREATED);
}

static void destroy_with_pending(void **state)
{
	struct ffav_model *m = *state;

	/* A framework notification is pending and nothing is bound. */
	STEP_OK(m, HYP, CREATE(VM1, 1));
	assert_int_equal(ffav_model_rx_buffer_full(m, VM1, true, NULL), FFAV_RET_SUCCESS);
	STEP_FAIL(m, HYP, DESTROY(VM1), MODEL_NOTIF_DESTROY_PENDING);
	assert_int_equal(mt_diag.bits, VM1); /* w1[15:0] */
	STEP_OK(m, VM1, GET(VM1, 0, F_SPM));
	FRAME(OK_32, 0, 0, 0, 0, 0, 1, 0);
	STEP_OK(m, HYP, DESTROY(VM1));
	/* A partition notification is pending (it is bound too: pending is reported). */
	STEP_OK(m, HYP, CREATE(VM1, 1));
	STEP_OK(m, VM1, BIND(SP1, VM1, GLOBAL, 1ull));
	STEP_OK(m, SP1, SET(SP1, VM1, 1ull));
	STEP_FAIL(m, HYP, DESTROY(VM1), MODEL_NOTIF_DESTROY_PENDING);
	/* Only the hypervisor's framework notification (the FROM_VM side) is pending. */
	STEP_OK(m, VM1, GET(VM1, 0, F_SP));
	STEP_OK(m, VM1, UNBIND(SP1, VM1, 1ull));
	assert_int_equal(ffav_model_rx_buffer_full(m, VM1, false, NULL), FFAV_RET_SUCCESS);
	STEP_FAIL(m, HYP, DESTROY(VM1), MODEL_NOTIF_DESTROY_PENDING);
	STEP_OK(m, VM1, GET(VM1, 0, F_HYP));
	STEP_OK(m, HYP, DESTROY(VM1));
}

/* An ID with no slot must be refused before any slot is looked at, as the bitmap's owner
 * and as the caller. The model sits right after a guard of one endpoint's size filled with
 * 1s: code that indexed ep[-1] for the missing slot would find a declared caller, or a
 * created bitmap with pending bits, there and answer otherwise. */
static void unknown_id_touches_no_slot(void **state)
{
	static struct {
		unsigned char guard[sizeof(struct ffav_model_endpoint)];
		struct ffav_model m;
	} box;
	struct ffav_model *m = &box.m;
	size_t created = offsetof(struct ffav_model_endpoint, notif) +
			 offsetof(struct ffav_model_notif, created);

	(void)state;
	/* ep[-1].notif.created lies in the guard, not in the model's own header. */
	assert_true(created + offsetof(struct ffav_model, ep) < sizeof(box.guard));
	memset(box.guard, 1, sizeof(box.guard));
	mt_forget_requests();
	ffav_model_init(m, 0);
	mt_add(m, HYP, FFAV_ROLE_HYPERVISOR, V12, 1, 0);
	STEP_FAIL(m, HYP, DESTROY(VM9), MODEL_NOTIF_DESTROY_NOT_CREATED);
	assert_int_equal(mt_diag.reg, 1);
	assert_int_equal(mt_diag.bits, VM9);
	/* The same for an unknown caller: ep[-1] would be a declared endpoint. */
	assert_true(offsetof(struct ffav_model_endpoint, declared) +
			    offsetof(struct ffav_model, ep) <
		    sizeof(box.guard));
	STEP_FAIL(m, VM9, INFO_GET_32, MODEL_CALLER_UNKNOWN);
}

static void destroy_with_bindings(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, CREATE(VM1, 1));
	STEP_OK(m, HYP, BIND(SP2, VM1, GLOBAL, 1ull << 63));
	STEP_FAIL(m, HYP, DESTROY(VM1), MODEL_NOTIF_DESTROY_BOUND);
	assert_int_equal(mt_diag.reg, 1);
	assert_int_equal(mt_diag.bits, VM1); /* w1[15:0] */
	STEP_OK(m, HYP, UNBIND(SP2, VM1, 1ull << 63));
	/* Bound only on the FROM_VM side. */
	STEP_OK(m, VM1, BIND(VM2, VM1, GLOBAL, 1ull));
	STEP_FAIL(m, HYP, DESTROY(VM1), MODEL_NOTIF_DESTROY_BOUND);
	STEP_OK(m, VM1, UNBIND(VM2, VM1, 1ull));
	STEP_OK(m, HYP, DESTROY(VM1));
}

/* ---- Receivers ---------------------------------------------------------- */

static void receiver_unknown(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_diag d;

	STEP_FAIL(m, HYP, BIND(SP1, VM9, GLOBAL, 1ull), MODEL_NOTIF_RECEIVER_UNKNOWN);
	assert_int_equal(mt_diag.reg, 1);
	assert_int_equal(mt_diag.bits, VM9);
	STEP_FAIL(m, HYP, UNBIND(SP1, VM9, 1ull), MODEL_NOTIF_RECEIVER_UNKNOWN);
	STEP_FAIL(m, SP1, SET(SP1, VM9, 1ull), MODEL_NOTIF_RECEIVER_UNKNOWN);
	STEP_FAIL(m, VM1, SET(VM1, VM9, 1ull), MODEL_NOTIF_RECEIVER_UNKNOWN);
	STEP_FAIL(m, HYP, GET(VM9, 0, F_SP), MODEL_NOTIF_RECEIVER_UNKNOWN);
	assert_int_equal(ffav_model_rx_buffer_full(m, VM9, true, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_MODEL_NOTIF_RECEIVER_UNKNOWN);
	assert_int_equal(d.reg, 0); /* no register: a model event, not a call */
	assert_int_equal(d.bits, 0);
	/* Once its bitmap exists, VM 9 is known. */
	STEP_OK(m, HYP, CREATE(VM9, 1));
	STEP_OK(m, HYP, BIND(SP1, VM9, GLOBAL, 1ull));
	STEP_OK(m, SP1, SET(SP1, VM9, 1ull));
	STEP_OK(m, HYP, GET(VM9, 0, F_SP));
	FRAME(OK_32, 0, 1);
	STEP_OK(m, HYP, UNBIND(SP1, VM9, 1ull));
}

static void receiver_disabled(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_diag d;

	/* Known but without notifications: an SP without the property, a declared VM with no
	 * bitmap. BIND, UNBIND and GET answer NOT_SUPPORTED, SET DENIED (docs/notifications.md §5
	 * row 9). */
	STEP_FAIL(m, SP3, BIND(SP1, SP3, GLOBAL, 1ull), MODEL_NOTIF_RECEIVER_DISABLED);
	assert_int_equal(mt_diag.reg, 1);
	assert_int_equal(mt_diag.bits, SP3);
	STEP_FAIL(m, SP3, UNBIND(SP1, SP3, 1ull), MODEL_NOTIF_RECEIVER_DISABLED);
	STEP_FAIL(m, SP3, GET(SP3, 0, F_SP), MODEL_NOTIF_RECEIVER_DISABLED);
	STEP_FAIL(m, VM1, BIND(SP1, VM1, GLOBAL, 1ull), MODEL_NOTIF_RECEIVER_DISABLED);
	STEP_FAIL(m, VM1, GET(VM1, 0, F_SP), MODEL_NOTIF_RECEIVER_DISABLED);
	STEP_FAIL(m, SP1, SET(SP1, SP3, 1ull), MODEL_NOTIF_SET_RECEIVER_DISABLED);
	STEP_FAIL(m, SP1, SET(SP1, VM1, 1ull), MODEL_NOTIF_SET_RECEIVER_DISABLED);
	assert_int_equal(ffav_model_rx_buffer_full(m, SP3, true, &d), FFAV_RET_DENIED);
	assert_int_equal(d.rule, FFAV_RULE_MODEL_NOTIF_SET_RECEIVER_DISABLED);
	assert_int_equal(d.reg, 0); /* no register: a model event, not a call */
	assert_int_equal(d.bits, 0);
	/* The same calls to receivers that can receive notifications. */
	STEP_OK(m, SP2, BIND(SP1, SP2, GLOBAL, 1ull));
	STEP_OK(m, SP1, SET(SP1, SP2, 1ull));
	STEP_OK(m, SP2, GET(SP2, 0, F_SP));
	FRAME(OK_32, 0, 1);
	STEP_OK(m, SP2, UNBIND(SP1, SP2, 1ull));
}

/* ---- BIND / UNBIND ------------------------------------------------------ */

static void bind_sender_unknown(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, CREATE(VM1, 2));
	STEP_FAIL(m, SP1, BIND(SP9, SP1, GLOBAL, 1ull), MODEL_NOTIF_BIND_SENDER_UNKNOWN);
	assert_int_equal(mt_diag.bits, (uint64_t)SP9 << 16);
	STEP_FAIL(m, VM1, BIND(VM9, VM1, GLOBAL, 1ull), MODEL_NOTIF_BIND_SENDER_UNKNOWN);
	STEP_FAIL(m, HYP, BIND(SP9, VM1, GLOBAL, 1ull), MODEL_NOTIF_BIND_SENDER_UNKNOWN);
	/* Known senders; and a VM sender of an SP receiver, which the SPMC cannot check. */
	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 1ull));
	STEP_OK(m, VM1, BIND(VM2, VM1, GLOBAL, 1ull));
	STEP_OK(m, SP1, BIND(VM9, SP1, GLOBAL, 1ull));
	/* An undeclared VM with a bitmap is known. */
	STEP_OK(m, HYP, CREATE(VM3, 1));
	STEP_OK(m, VM1, BIND(VM3, VM1, GLOBAL, 2ull));
}

static void bind_other_sender(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 0x1ull));
	STEP_FAIL(m, SP1, BIND(SP3, SP1, GLOBAL, 0x3ull), MODEL_NOTIF_BIND_OTHER_SENDER);
	assert_int_equal(mt_diag.reg, 3);
	assert_int_equal(mt_diag.bits, 0x1);
	STEP_FAIL(m, SP1, BIND(SP3, SP1, GLOBAL, 0x1ull << 32 | 1), MODEL_NOTIF_BIND_OTHER_SENDER);
	/* Bit 0 of the VM-sourced bitmap is another notification (DEN0077A v1.3 chapter 10). */
	STEP_OK(m, SP1, BIND(VM1, SP1, GLOBAL, 0x1ull));
	STEP_OK(m, SP1, BIND(SP3, SP1, GLOBAL, 0x2ull));
}

static void bind_other_sender_high_word(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 1ull << 33));
	STEP_FAIL(m, SP1, BIND(SP3, SP1, GLOBAL, 3ull << 32), MODEL_NOTIF_BIND_OTHER_SENDER);
	assert_int_equal(mt_diag.reg, 4);
	assert_int_equal(mt_diag.bits, 0x2);
}

static void rebind_same_sender_updates_type(void **state)
{
	struct ffav_model *m = *state;

	/* docs/notifications.md §5 row 6: allowed (spec wording, Xen); HF and OP-TEE deny. */
	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 0x4ull));
	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 0x4ull));
	STEP_OK(m, SP1, BIND(SP2, SP1, PER_VCPU, 0x6ull));
	STEP_FAIL(m, SP2, SET(SP2, SP1, 0x4ull), MODEL_NOTIF_SET_TYPE);
	STEP_OK(m, SP2, SET_VCPU(SP2, SP1, 3, 0x4ull));
}

static void bind_pending_denied(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, SP1, BIND(SP2, SP1, PER_VCPU, 0x10ull));
	STEP_OK(m, SP2, SET_VCPU(SP2, SP1, 1, 0x10ull));
	STEP_FAIL(m, SP1, BIND(SP2, SP1, GLOBAL, 0x10ull), MODEL_NOTIF_BIND_PENDING);
	STEP_OK(m, SP1, GET(SP1, 0, F_SP)); /* vCPU 0: the vCPU 1 bit stays pending */
	FRAME(OK_32);
	STEP_FAIL(m, SP1, BIND(SP2, SP1, GLOBAL, 0x10ull), MODEL_NOTIF_BIND_PENDING);
	STEP_OK(m, SP1, GET(SP1, 1, F_SP));
	FRAME(OK_32, 0, 0x10);
	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 0x10ull));
}

static void unbind_rules(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 0x3ull));
	STEP_FAIL(m, SP1, UNBIND(SP3, SP1, 0x1ull), MODEL_NOTIF_UNBIND_OTHER_SENDER);
	STEP_FAIL(m, SP1, UNBIND(SP2, SP1, 0x4ull), MODEL_NOTIF_UNBIND_NOT_BOUND);
	assert_int_equal(mt_diag.bits, 0x4);
	STEP_FAIL(m, SP1, UNBIND(SP2, SP1, 0x1ull << 40), MODEL_NOTIF_UNBIND_NOT_BOUND);
	assert_int_equal(mt_diag.reg, 4);
	STEP_OK(m, SP2, SET(SP2, SP1, 0x2ull));
	STEP_FAIL(m, SP1, UNBIND(SP2, SP1, 0x3ull), MODEL_NOTIF_UNBIND_PENDING);
	assert_int_equal(mt_diag.bits, 0x2);
	STEP_OK(m, SP1, UNBIND(SP2, SP1, 0x1ull));
	STEP_OK(m, SP1, GET(SP1, 2, F_SP));
	STEP_OK(m, SP1, UNBIND(SP2, SP1, 0x2ull));
	STEP_FAIL(m, SP1, UNBIND(SP2, SP1, 0x2ull), MODEL_NOTIF_UNBIND_NOT_BOUND);
}

/* ---- SET ---------------------------------------------------------------- */

static void set_vcpu_bound(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, CREATE(VM1, 2));
	STEP_OK(m, VM1, BIND(SP1, VM1, PER_VCPU, 0x1ull));
	STEP_FAIL(m, SP1, SET_VCPU(SP1, VM1, 2, 0x1ull), MODEL_NOTIF_SET_VCPU);
	assert_int_equal(mt_diag.reg, 2);
	assert_int_equal(mt_diag.bits, 2u << 16);
	STEP_OK(m, SP1, SET_VCPU(SP1, VM1, 1, 0x1ull));
	STEP_OK(m, SP1, BIND(VM1, SP1, PER_VCPU, 0x1ull));
	STEP_FAIL(m, VM1, SET_VCPU(VM1, SP1, 4, 0x1ull), MODEL_NOTIF_SET_VCPU);
	STEP_OK(m, VM1, SET_VCPU(VM1, SP1, 3, 0x1ull));
}

static void set_type_mismatch(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 0x1ull));
	STEP_OK(m, SP1, BIND(SP2, SP1, PER_VCPU, 0x2ull));
	STEP_FAIL(m, SP2, SET_VCPU(SP2, SP1, 0, 0x1ull), MODEL_NOTIF_SET_TYPE);
	assert_int_equal(mt_diag.bits, 0x1);
	STEP_FAIL(m, SP2, SET(SP2, SP1, 0x2ull), MODEL_NOTIF_SET_TYPE);
	/* Type mismatch (INVALID_PARAMETERS) is reported before an unbound bit (DENIED). */
	STEP_FAIL(m, SP2, SET(SP2, SP1, 0x6ull), MODEL_NOTIF_SET_TYPE);
	assert_int_equal(mt_diag.bits, 0x2);
	STEP_OK(m, SP2, SET(SP2, SP1, 0x1ull));
	STEP_OK(m, SP2, SET_VCPU(SP2, SP1, 0, 0x2ull));
}

static void set_not_bound(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 0x1ull));
	STEP_OK(m, SP1, BIND(SP3, SP1, GLOBAL, 0x2ull));
	STEP_FAIL(m, SP2, SET(SP2, SP1, 0x4ull), MODEL_NOTIF_SET_NOT_BOUND); /* unbound */
	STEP_FAIL(m, SP2, SET(SP2, SP1, 0x3ull), MODEL_NOTIF_SET_NOT_BOUND); /* SP3's */
	assert_int_equal(mt_diag.bits, 0x2);
	STEP_OK(m, HYP, CREATE(VM1, 2));
	STEP_FAIL(m, VM1, SET(VM1, SP1, 0x1ull), MODEL_NOTIF_SET_NOT_BOUND); /* VM-sourced */
	STEP_OK(m, SP2, SET(SP2, SP1, 0x1ull));
	STEP_OK(m, SP2, SET(SP2, SP1, 0x1ull)); /* already pending: no change */
	STEP_OK(m, SP1, GET(SP1, 0, F_SP));
	FRAME(OK_32, 0, 0x1);
}

/* ---- GET ---------------------------------------------------------------- */

static void get_vcpu_bound(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, SP1, GET(SP1, 4, F_SP), MODEL_NOTIF_GET_VCPU);
	assert_int_equal(mt_diag.reg, 1);
	assert_int_equal(mt_diag.bits, 4u << 16);
	STEP_OK(m, SP1, GET(SP1, 3, F_SP));
	STEP_OK(m, SP2, GET(SP2, 0, 0));
	STEP_FAIL(m, SP2, GET(SP2, 1, 0), MODEL_NOTIF_GET_VCPU);
	/* A bitmap created with 0 vCPUs: every GET fails (no source rejects the count). */
	STEP_OK(m, HYP, CREATE(VM2, 0));
	STEP_FAIL(m, VM2, GET(VM2, 0, F_SP), MODEL_NOTIF_GET_VCPU);
	STEP_OK(m, HYP, CREATE(VM3, 0));
	STEP_FAIL(m, HYP, GET(VM3, 0, F_SP), MODEL_NOTIF_GET_VCPU);
}

static void get_returns_and_clears_what_flags_select(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, CREATE(VM1, 2));
	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 0x1ull << 32 | 0x1));
	STEP_OK(m, SP1, BIND(SP2, SP1, PER_VCPU, 0x2ull));
	STEP_OK(m, SP1, BIND(VM1, SP1, GLOBAL, 0x1ull << 63));
	STEP_OK(m, SP2, SET(SP2, SP1, 0x1ull << 32 | 0x1));
	STEP_OK(m, SP2, SET_VCPU(SP2, SP1, 1, 0x2ull));
	STEP_OK(m, SP2, SET_VCPU(SP2, SP1, 2, 0x2ull));
	STEP_OK(m, VM1, SET(VM1, SP1, 0x1ull << 63));
	assert_int_equal(ffav_model_rx_buffer_full(m, SP1, true, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_model_rx_buffer_full(m, SP1, false, NULL), FFAV_RET_SUCCESS);

	STEP_OK(m, SP1, GET(SP1, 0, 0)); /* flags 0: nothing returned, nothing cleared */
	FRAME(OK_32);
	STEP_OK(m, SP1, GET(SP1, 1, F_SPM));
	FRAME(OK_32, 0, 0, 0, 0, 0, 1, 0); /* only the SPM half (HF clears both) */
	STEP_OK(m, SP1, GET(SP1, 1, F_SP));
	FRAME(OK_32, 0, 0x3, 0x1); /* global and vCPU 1's */
	STEP_OK(m, SP1, GET(SP1, 2, F_SP | F_VM | F_SPM | F_HYP));
	FRAME(OK_32, 0, 0x2, 0, 0, 0x80000000, 0, 1); /* vCPU 2's, the VM's, HYP */
	STEP_OK(m, SP1, GET(SP1, 2, F_SP | F_VM | F_SPM | F_HYP));
	FRAME(OK_32);
}

/* ---- INFO_GET ----------------------------------------------------------- */

static void info_get_reports_once(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, HYP, INFO_GET_64, MODEL_NOTIF_INFO_GET_NO_DATA);
	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 0x3ull));
	STEP_OK(m, SP2, SET(SP2, SP1, 0x1ull));
	STEP_OK(m, HYP, INFO_GET_64);
	FRAME(OK_64, 0, 1u << 7, SP1);
	STEP_FAIL(m, HYP, INFO_GET_64, MODEL_NOTIF_INFO_GET_NO_DATA);
	STEP_OK(m, SP2, SET(SP2, SP1, 0x1ull)); /* already pending and reported */
	STEP_FAIL(m, HYP, INFO_GET_32, MODEL_NOTIF_INFO_GET_NO_DATA);
	STEP_OK(m, SP2, SET(SP2, SP1, 0x2ull)); /* a new bit */
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 1u << 7, SP1);
	STEP_OK(m, SP1, GET(SP1, 0, F_SP));
	STEP_OK(m, SP2, SET(SP2, SP1, 0x1ull)); /* after GET: reported again */
	STEP_OK(m, VM1, INFO_GET_32);		/* a scheduler VM may ask too */
	FRAME(OK_32, 0, 1u << 7, SP1);
}

/* VM1's bitmap, bound to SP1: a global notification and a per-vCPU one on both vCPUs pending
 * (3 IDs in the lists: [VM1] [VM1 0 1]). */
static void pend_vm1_global_and_both_vcpus(struct ffav_model *m)
{
	STEP_OK(m, HYP, CREATE(VM1, 2));
	STEP_OK(m, VM1, BIND(SP1, VM1, GLOBAL, 0x1ull));
	STEP_OK(m, VM1, BIND(SP1, VM1, PER_VCPU, 0x2ull));
	STEP_OK(m, SP1, SET(SP1, VM1, 0x1ull));
	STEP_OK(m, SP1, SET_VCPU(SP1, VM1, 0, 0x2ull));
	STEP_OK(m, SP1, SET_VCPU(SP1, VM1, 1, 0x2ull));
}

/* Lists of a global and per-vCPU mix over three receivers: 12 IDs. */
static void pend_twelve_ids(struct ffav_model *m)
{
	uint16_t v;

	pend_vm1_global_and_both_vcpus(m);
	STEP_OK(m, SP1, BIND(VM1, SP1, GLOBAL, 0x1ull));
	STEP_OK(m, SP1, BIND(VM1, SP1, PER_VCPU, 0x2ull));
	STEP_OK(m, VM1, SET(VM1, SP1, 0x1ull));
	for (v = 0; v < 4; v++)
		STEP_OK(m, VM1, SET_VCPU(VM1, SP1, v, 0x2ull));
	STEP_OK(m, SP2, BIND(SP1, SP2, GLOBAL, 0x1ull));
	STEP_OK(m, SP1, SET(SP1, SP2, 0x1ull));
}

static void info_get_32_more_pending(void **state)
{
	struct ffav_model *m = *state;

	pend_twelve_ids(m);
	STEP_OK(m, HYP, CREATE(VM3, 1));
	STEP_OK(m, HYP, BIND(SP1, VM3, GLOBAL, 0x1ull));
	STEP_OK(m, SP1, SET(SP1, VM3, 0x1ull));
	/* [VM1] [VM1 0 1] [SP1] [SP1 0 1 2] and [SP2]: 10 IDs; [SP1 3] and [VM3] do not fit. */
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 0xC8281, 0x00010001, 0x00010000, 0x80018001, 0x00010000, 0x80020002);
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 2u << 7 | 1u << 12, 0x00038001, VM3);
	STEP_FAIL(m, HYP, INFO_GET_32, MODEL_NOTIF_INFO_GET_NO_DATA);
}

static void info_get_32_splits_vcpu_lists(void **state)
{
	struct ffav_model *m = *state;
	uint16_t v;

	/* Eight vCPUs of receiver 0: [0 0 1 2] [0 3 4 5] [0 6], then [0 7]. */
	STEP_OK(m, HYP, CREATE(HYP, 8));
	STEP_OK(m, HYP, BIND(SP1, HYP, PER_VCPU, 0x1ull));
	for (v = 0; v < 8; v++)
		STEP_OK(m, SP1, SET_VCPU(SP1, HYP, v, 0x1ull));
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 0x1F181, 0, 0x00020001, 0x00030000, 0x00050004, 0x00060000);
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 1u << 7 | 1u << 12, 0x00070000);
}

/* The last free ID slot takes a vCPU of an open list: [VM1] [VM1 0 1] [VM2] [VM2 0] [SP1 0 1]
 * is exactly 10 IDs; SP1's vCPUs 2 and 3 wait for the next INFO_GET (DEN0077A v1.2 §16.7). */
static void info_get_32_fills_the_last_slot(void **state)
{
	struct ffav_model *m = *state;
	uint16_t v;

	pend_vm1_global_and_both_vcpus(m);
	STEP_OK(m, HYP, CREATE(VM2, 1));
	STEP_OK(m, VM2, BIND(SP1, VM2, GLOBAL, 0x1ull));
	STEP_OK(m, VM2, BIND(SP1, VM2, PER_VCPU, 0x2ull));
	STEP_OK(m, SP1, SET(SP1, VM2, 0x1ull));
	STEP_OK(m, SP1, SET_VCPU(SP1, VM2, 0, 0x2ull));
	STEP_OK(m, SP1, BIND(VM1, SP1, PER_VCPU, 0x2ull));
	for (v = 0; v < 4; v++)
		STEP_OK(m, VM1, SET_VCPU(VM1, SP1, v, 0x2ull));
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 1u | 5u << 7 | 2u << 14 | 1u << 18 | 2u << 20, 0x00010001, 0x00010000,
	      0x00020002, 0x80010000, 0x00010000);
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 1u << 7 | 2u << 12, 0x00028001, 3);
	STEP_FAIL(m, HYP, INFO_GET_32, MODEL_NOTIF_INFO_GET_NO_DATA);
}

/* Only vCPU 0 of one receiver has something pending: that is data. */
static void info_get_finds_vcpu_zero_alone(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, CREATE(VM2, 1));
	STEP_OK(m, VM2, BIND(SP1, VM2, PER_VCPU, 0x1ull));
	STEP_OK(m, SP1, SET_VCPU(SP1, VM2, 0, 0x1ull));
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 1u << 7 | 1u << 12, VM2);
}

static void info_get_64_fits_twenty(void **state)
{
	struct ffav_model *m = *state;

	pend_twelve_ids(m);
	STEP_OK(m, HYP, INFO_GET_64);
	FRAME(OK_64, 0, 0x1C8300, 0x0001000000010001ull, 0x0001000080018001ull,
	      0x8002000380010002ull);
	STEP_FAIL(m, HYP, INFO_GET_64, MODEL_NOTIF_INFO_GET_NO_DATA);
}

static void info_get_spec_example(void **state)
{
	struct ffav_model *m = *state;
	uint16_t v;

	/* The worked example of DEN0077A v1.2 §16.7.1.1 ("Example usage"):
	 * (0x0000: vCPUs 0,2,3), (0x0000: vCPUs 4,6), (0x0002: global), (0x0003: vCPU 1). */
	STEP_OK(m, HYP, CREATE(HYP, 8));
	STEP_OK(m, HYP, CREATE(VM2, 1));
	STEP_OK(m, HYP, CREATE(VM3, 2));
	STEP_OK(m, HYP, BIND(SP1, HYP, PER_VCPU, 0x1ull));
	STEP_OK(m, VM2, BIND(SP1, VM2, GLOBAL, 0x1ull));
	STEP_OK(m, HYP, BIND(SP1, VM3, PER_VCPU, 0x1ull));
	for (v = 0; v < 7; v++) {
		if (v != 1 && v != 5)
			STEP_OK(m, SP1, SET_VCPU(SP1, HYP, v, 0x1ull));
	}
	STEP_OK(m, SP1, SET(SP1, VM2, 0x1ull));
	STEP_OK(m, SP1, SET_VCPU(SP1, VM3, 1, 0x1ull));
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 0x0004B200, 0x00000000, 0x00030002, 0x00040000, 0x00020006, 0x00010003);
}

static void info_get_framework_is_global(void **state)
{
	struct ffav_model *m = *state;

	struct ffav_diag d;

	STEP_OK(m, HYP, CREATE(VM1, 2));
	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_model_rx_buffer_full(m, VM1, false, &d), FFAV_RET_SUCCESS);
	assert_int_equal(d.rule, 0);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);
	STEP_OK(m, HYP, INFO_GET_32);
	FRAME(OK_32, 0, 1u << 7, VM1);
	STEP_FAIL(m, HYP, INFO_GET_32, MODEL_NOTIF_INFO_GET_NO_DATA);
	STEP_OK(m, VM1, GET(VM1, 0, F_HYP));
	FRAME(OK_32, 0, 0, 0, 0, 0, 0, 1);
}

/* ---- The step itself ---------------------------------------------------- */

static void stateless_check_runs_first(void **state)
{
	struct ffav_model *m = *state;

	/* Whatever the stateless check rejects keeps its status and rule. */
	STEP_FAIL(m, SP1, CALL(0xC400007f, 0x80028001, 0, 1), CC_FID_WIDTH);
	STEP_FAIL(m, SP1, CALL(0x84000063, 0x10002), CC_NOT_COVERED); /* FFA_VERSION */
	STEP_FAIL(m, SP1, CALL(0x84000061), CC_NOT_COVERED);	      /* FFA_SUCCESS */
	STEP_FAIL(m, SP1, CALL(0x8400007d, VM1, 1), NOTIF_CREATE_CALLER);
	STEP_FAIL(m, HYP, CALL(0x8400007d, VM1, 1, 0, 0, 0, 0, 1), NOTIF_CREATE_SBZ);
	STEP_FAIL(m, SP1, CALL(0x8400007f, 0x80028001, 0, 1, 0, 1), NOTIF_BIND_SBZ);
	STEP_FAIL(m, SP1, CALL(0x8400006d, 0x80020000, 0, 0, 0, 0, 0, 0x1),
		  MODEL_DIRECT_CYCLES_SBZ);
	assert_int_equal(mt_diag.reg, 7);
	/* FFA_RUN_64 exists only from v1.3. */
	STEP_FAIL(m, SP1, CALL(0xC400006d, 0x80020000), CC_FID_TOO_NEW);
}

static void caller_must_be_declared(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_diag d;
	uint64_t resp[FFAV_NREGS];

	STEP_FAIL(m, VM9, CREATE(VM1, 1), MODEL_CALLER_UNKNOWN);
	assert_int_equal(mt_diag.reg, 0);
	assert_int_equal(mt_diag.bits, 0);
	STEP_FAIL(m, SP9, INFO_GET_32, MODEL_CALLER_UNKNOWN);
	STEP_OK(m, HYP, CREATE(VM3, 1));
	/* A slot BITMAP_CREATE made is not a declared caller. */
	STEP_FAIL(m, VM3, GET(VM3, 0, F_SP), MODEL_CALLER_UNKNOWN);
	STEP_OK(m, HYP, GET(VM3, 0, F_SP));

	assert_int_equal(ffav_model_step(NULL, HYP, INFO_GET_32, resp, &d),
			 FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);
	assert_int_equal(resp[0], FFAV_FID_ERROR_32);
	assert_int_equal(ffav_model_step(m, HYP, NULL, NULL, NULL), FFAV_RET_INVALID_PARAMETERS);
	d.reg = 5;
	d.bits = 5;
	assert_int_equal(ffav_model_rx_buffer_full(NULL, VM1, true, &d),
			 FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);
	assert_int_equal(ffav_model_step(m, HYP, CREATE(VM1, 1), resp, NULL), FFAV_RET_SUCCESS);
}

static void resp_may_alias_regs(void **state)
{
	struct ffav_model *m = *state;
	uint64_t r[FFAV_NREGS] = { 0x84000082, SP1, F_SP };

	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, 0x5ull << 32 | 0x3));
	STEP_OK(m, SP2, SET(SP2, SP1, 0x5ull << 32 | 0x3));
	assert_int_equal(ffav_model_step(m, SP1, r, r, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(r[0], OK_32);
	assert_int_equal(r[1], 0);
	assert_int_equal(r[2], 0x3);
	assert_int_equal(r[3], 0x5);
}

/* ---- Endpoints ---------------------------------------------------------- */

static void add_endpoint_rules(void **state)
{
	struct ffav_model m;
	struct ffav_endpoint_desc d;
	uint16_t id;

	(void)state;
	ffav_model_init(&m, 0);
	memset(&d, 0, sizeof(d));
	d.id = SP1;
	d.role = FFAV_ROLE_SP;
	d.version = V12;
	d.vcpus = 1;
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_model_add_endpoint(&m, NULL), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_model_add_endpoint(NULL, &d), FFAV_RET_INVALID_PARAMETERS);
	d.role = FFAV_ROLE_VM;
	d.id = 0; /* a VM is never 0 */
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	d.id = SP2; /* nor secure */
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	d.role = FFAV_ROLE_SP;
	d.version = 0;
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	d.version = V12;
	d.id = VM1; /* an SP with a Normal-world ID */
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	d.role = FFAV_ROLE_HYPERVISOR; /* the hypervisor is 0 */
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	d.role = (enum ffav_role)42;
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	d.role = FFAV_ROLE_VM;
	d.vcpus = 0;
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	d.vcpus = FFAV_MODEL_MAX_VCPUS + 1;
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	d.vcpus = 1;
	d.version = FFAV_VERSION(1, 4);
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	d.version = V10;
	d.n_uuids = FFAV_MODEL_MAX_UUIDS + 1;
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_INVALID_PARAMETERS);
	d.n_uuids = FFAV_MODEL_MAX_UUIDS;
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_SUCCESS);
	for (id = 2; id <= FFAV_MODEL_MAX_ENDPOINTS - 1; id++) {
		d.id = id;
		assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_SUCCESS);
	}
	d.id = 0x100;
	assert_int_equal(ffav_model_add_endpoint(&m, &d), FFAV_RET_NO_MEMORY);
	assert_int_equal(m.n_endpoints, FFAV_MODEL_MAX_ENDPOINTS);
	assert_int_equal(ffav_model_check_invariants(&m), 0);
	ffav_model_init(NULL, 0); /* harmless */
}

/* ---- Invariants fire when the state is broken ---------------------------- */

/* ffav_model_check_invariants_of(): at each endpoint in use, 0 or the broken invariant, and
 * the broken one at one endpoint at least (the one whose state is broken, or any for the
 * model-wide and direct-messaging invariants). */
static void expect_broken_at_one(struct ffav_model *m, uint32_t inv)
{
	bool found = false;
	int s;

	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		uint32_t got;

		if (!m->ep[s].in_use)
			continue;
		got = ffav_model_check_invariants_of(m, m->ep[s].desc.id);
		if (got != 0 && got != inv)
			fail_msg("slot %d: expected %s or 0, got %s", s,
				 ffav_model_invariant_name(inv), ffav_model_invariant_name(got));
		found = found || got == inv;
	}
	if (!found)
		fail_msg("no endpoint reports %s", ffav_model_invariant_name(inv));
}

static void expect_broken(struct ffav_model *m, uint32_t inv)
{
	uint32_t got = ffav_model_check_invariants(m);

	if (got != inv)
		fail_msg("expected %s, got %s", ffav_model_invariant_name(inv),
			 ffav_model_invariant_name(got));
	assert_string_not_equal(ffav_model_invariant_summary(inv), "");
	expect_broken_at_one(m, inv);
}

/* ffav_model_check_invariants_of() judges the notification state of the endpoint it names
 * only, and every model-wide invariant. */
static void invariants_of_one_endpoint(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_model_bitmap *b = &m->ep[3].notif.world[FFAV_MODEL_FROM_SP]; /* SP1 */
	uint16_t count;

	assert_int_equal(ffav_model_check_invariants_of(m, SP1), 0);
	assert_int_equal(ffav_model_check_invariants_of(NULL, SP1), FFAV_MODEL_INV_ENDPOINTS);
	assert_int_equal(ffav_model_check_notif_invariants_of(m, SP1), 0);
	assert_int_equal(ffav_model_check_notif_invariants_of(NULL, SP1), FFAV_MODEL_INV_ENDPOINTS);
	b->sender[7] = SP2; /* a sender without a binding */
	assert_int_equal(ffav_model_check_invariants(m), FFAV_MODEL_NOTIF_INV_ONE_SENDER);
	assert_int_equal(ffav_model_check_invariants_of(m, SP1), FFAV_MODEL_NOTIF_INV_ONE_SENDER);
	assert_int_equal(ffav_model_check_notif_invariants_of(m, SP1),
			 FFAV_MODEL_NOTIF_INV_ONE_SENDER);
	assert_int_equal(ffav_model_check_invariants_of(m, SP2), 0);
	assert_int_equal(ffav_model_check_notif_invariants_of(m, SP2), 0);
	assert_int_equal(ffav_model_check_invariants_of(m, 0x7777), 0); /* not held */
	m->n_endpoints++;
	assert_int_equal(ffav_model_check_invariants_of(m, SP2), FFAV_MODEL_INV_ENDPOINTS);
	assert_int_equal(ffav_model_check_notif_invariants_of(m, SP2), FFAV_MODEL_INV_ENDPOINTS);
	m->n_endpoints--;
	m->n_bitmaps++;
	assert_int_equal(ffav_model_check_invariants_of(m, SP2), FFAV_MODEL_NOTIF_INV_BITMAPS);
	assert_int_equal(ffav_model_check_notif_invariants_of(m, SP2),
			 FFAV_MODEL_NOTIF_INV_BITMAPS);
	m->n_bitmaps--;
	b->sender[7] = 0;
	/* The last invariant of an endpoint's order is reached too. */
	count = m->ep[3].notif.notifs[0];
	m->ep[3].notif.notifs[0] = 63;
	assert_int_equal(ffav_model_check_invariants_of(m, SP1), FFAV_MODEL_NOTIF_INV_COUNT);
	m->ep[3].notif.notifs[0] = count;
	assert_int_equal(ffav_model_check_invariants_of(m, SP1), 0);
}

static void notif_invariants_fire(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_model_notif *n = &m->ep[3].notif; /* SP1 */
	struct ffav_model_bitmap *b = &n->world[FFAV_MODEL_FROM_SP];

	assert_int_equal(ffav_model_check_invariants(m), 0);
	assert_int_equal(m->ep[3].desc.id, SP1);

	m->n_endpoints++;
	expect_broken(m, FFAV_MODEL_INV_ENDPOINTS);
	m->n_endpoints--;
	m->ep[4].desc.id = SP1;
	expect_broken(m, FFAV_MODEL_INV_ENDPOINTS);
	m->ep[4].desc.id = SP2;
	m->ep[10].declared = true;
	expect_broken(m, FFAV_MODEL_INV_ENDPOINTS);
	m->ep[10].declared = false;
	m->ep[2].desc.vcpus = 0;
	expect_broken(m, FFAV_MODEL_INV_ENDPOINTS);
	m->ep[2].desc.vcpus = 1;
	assert_int_equal(ffav_model_check_invariants(NULL), FFAV_MODEL_INV_ENDPOINTS);

	m->n_bitmaps = 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_BITMAPS);
	m->n_bitmaps = 0;
	m->ep[5].notif.enabled = true; /* SP3 has no notifications property */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_BITMAPS);
	m->ep[5].notif.enabled = false;
	m->ep[5].notif.created = true; /* a bitmap for a secure ID */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_BITMAPS);
	m->ep[5].notif.enabled = true; /* ... even when enabled and counted like one */
	m->n_bitmaps = 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_BITMAPS);
	m->n_bitmaps = 0;
	m->ep[5].notif.enabled = false;
	m->ep[5].notif.created = false;
	n->vcpus = FFAV_MODEL_MAX_VCPUS + 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_BITMAPS);
	n->vcpus = 4;
	m->ep[1].declared = false; /* VM1 without a declaration or a bitmap */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_BITMAPS);
	m->ep[1].declared = true;

	m->ep[5].notif.framework[0] = 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_DISABLED_EMPTY);
	m->ep[5].notif.framework[0] = 0;
	m->ep[0].notif.framework[0] = 1; /* slot 0 (the hypervisor) is judged too */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_DISABLED_EMPTY);
	m->ep[0].notif.framework[0] = 0;
	/* A free slot's leftovers are not state: only slots in use are judged. */
	assert_false(m->ep[FFAV_MODEL_MAX_ENDPOINTS - 1].in_use);
	m->ep[FFAV_MODEL_MAX_ENDPOINTS - 1].notif.framework[0] = 1;
	assert_int_equal(ffav_model_check_invariants(m), 0);
	m->ep[FFAV_MODEL_MAX_ENDPOINTS - 1].notif.framework[0] = 0;
	m->ep[5].notif.world[1].bound[0] = 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_DISABLED_EMPTY);
	m->ep[5].notif.world[1].bound[0] = 0;
	m->ep[5].notif.world[0].pending_vcpu[0][0] = 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_DISABLED_EMPTY);
	m->ep[5].notif.world[0].pending_vcpu[0][0] = 0;

	b->bound[0] = 1; /* bound to sender 0, a Normal-world ID, in the SP-sourced bitmap */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_ONE_SENDER);
	b->sender[0] = SP1; /* the receiver itself */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_ONE_SENDER);
	b->sender[0] = SP2;
	assert_int_equal(ffav_model_check_invariants(m), 0);
	b->sender[1] = SP2; /* unbound bit with a sender */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_ONE_SENDER);
	b->sender[1] = 0;
	b->per_vcpu[0] = 2; /* unbound bit with a type */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_ONE_SENDER);
	b->per_vcpu[0] = 0;
	n->world[FFAV_MODEL_FROM_VM].bound[0] = 1 << 5; /* VM-sourced bitmap, SP sender */
	n->world[FFAV_MODEL_FROM_VM].sender[5] = SP2;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_ONE_SENDER);
	n->world[FFAV_MODEL_FROM_VM].sender[5] = VM1;
	n->world[FFAV_MODEL_FROM_VM].pending_vcpu[0][0] = 1 << 5; /* bound as global */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_PENDING_BOUND);
	n->world[FFAV_MODEL_FROM_VM].pending_vcpu[0][0] = 0;
	n->world[FFAV_MODEL_FROM_VM].bound[0] = 0;
	n->world[FFAV_MODEL_FROM_VM].sender[5] = 0;
	assert_int_equal(ffav_model_check_invariants(m), 0);

	b->pending[0] = 2; /* not bound */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_PENDING_BOUND);
	b->pending[0] = 0;
	b->pending_vcpu[1][0] = 1; /* bound as global, pending as per-vCPU */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_PENDING_BOUND);
	b->per_vcpu[0] = 1;
	assert_int_equal(ffav_model_check_invariants(m), 0);
	b->pending_vcpu[1][0] = 0;
	b->pending_vcpu[5][0] = 1; /* SP1 has 4 vCPUs */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_VCPU_RANGE);
	b->pending_vcpu[5][0] = 0;
	/* The same in the VM-sourced bitmap. */
	n->world[FFAV_MODEL_FROM_VM].bound[0] = 1;
	n->world[FFAV_MODEL_FROM_VM].per_vcpu[0] = 1;
	n->world[FFAV_MODEL_FROM_VM].sender[0] = VM1;
	assert_int_equal(ffav_model_check_invariants(m), 0);
	n->world[FFAV_MODEL_FROM_VM].pending_vcpu[5][0] = 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_VCPU_RANGE);
	n->world[FFAV_MODEL_FROM_VM].pending_vcpu[5][0] = 0;
	n->world[FFAV_MODEL_FROM_VM].bound[0] = 0;
	n->world[FFAV_MODEL_FROM_VM].per_vcpu[0] = 0;
	n->world[FFAV_MODEL_FROM_VM].sender[0] = 0;
	b->reported_vcpu[1][0] = 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_REPORTED);
	b->reported_vcpu[1][0] = 0;
	b->reported_vcpu[0][0] = 1; /* vCPU 0 is judged too */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_REPORTED);
	b->reported_vcpu[0][0] = 0;
	b->reported[0] = 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_REPORTED);
	b->reported[0] = 0;
	n->framework_reported[1] = 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_REPORTED);
	n->framework_reported[1] = 0;
	n->framework[1] = 2;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_FRAMEWORK);
	n->framework[1] = 0;
	n->framework[0] = 2;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_FRAMEWORK);
	n->framework[0] = 0;
	assert_int_equal(ffav_model_check_invariants(m), 0);
	assert_string_equal(ffav_model_invariant_name(FFAV_MODEL_NOTIF_INV_REPORTED),
			    "MODEL_NOTIF_INV_REPORTED");
	assert_string_equal(ffav_model_invariant_name(0x1234), "");
	{
#define INV_ID(name, id, text) id,
		static const uint32_t all[] = { FFAV_MODEL_INVARIANTS(INV_ID) };
#undef INV_ID
		unsigned int k;

		for (k = 0; k < sizeof(all) / sizeof(all[0]); k++) {
			assert_string_not_equal(ffav_model_invariant_name(all[k]), "");
			assert_string_not_equal(ffav_model_invariant_summary(all[k]), "");
			assert_int_equal(ffav_rule_status(all[k]),
					 FFAV_RET_SUCCESS); /* not rules */
		}
	}
	assert_string_equal(ffav_model_invariant_summary(0x1234), "");
}

/* ---- BIND2 / UNBIND2 / SET2 / GET2 (DEN0077A v1.3 §16.7-§16.10) ------------ */

/* A VM with 384 SP notifications: bind, signal and retrieve ID 383 and ID 3, with the v1.3
 * ABIs and, for IDs 0-63, the v1.1 ones on the same state. */
static void lifecycle_v13_high_ids(void **state)
{
	struct ffav_model *m = *state;

	declare13(m, 0);
	STEP_OK(m, HYP, CREATE_N(VM1, 2, 320));
	FRAME(OK_32, 0, 320);
	STEP_OK(m, VM1, BIND2(SP1, VM1, GLOBAL, B(3), 0, 0, 0, 0, B(383)));
	FRAME(OK_64);
	assert_int_equal(m->ep[1].notif.world[FFAV_MODEL_FROM_SP].sender[383], SP1);
	STEP_OK(m, SP1, SET2(SP1, VM1, 0, 0, 0, 0, 0, 0, B(383)));
	FRAME(OK_64);
	STEP_OK(m, HYP, INFO_GET_64);
	FRAME(OK_64, 0, 1u << 7, VM1);
	STEP_FAIL(m, HYP, INFO_GET_64, MODEL_NOTIF_INFO_GET_NO_DATA);
	/* GET (v1.1) cannot carry ID 383: it stays pending, and INFO_GET lists it again. */
	STEP_OK(m, VM1, GET(VM1, 0, F_SP));
	FRAME(OK_32);
	STEP_OK(m, HYP, INFO_GET_64);
	FRAME(OK_64, 0, 1u << 7, VM1);
	STEP_OK(m, VM1, GET2(VM1, 0, F_SP | F_VM | F_SPM | F_HYP, 0));
	FRAME(OK_64, 0, 0, 0, 0, 0, 0, 0, B(383));
	/* ID 3, bound by BIND2, signalled by SET (v1.1), retrieved by GET2 and GET. */
	STEP_OK(m, SP1, SET(SP1, VM1, B(3)));
	STEP_OK(m, VM1, GET2(VM1, 1, F_SP, 0));
	FRAME(OK_64, 0, 0, B(3));
	STEP_OK(m, SP1, SET(SP1, VM1, B(3)));
	STEP_OK(m, VM1, GET(VM1, 0, F_SP));
	FRAME(OK_32, 0, B(3));
	STEP_FAIL(m, HYP, DESTROY(VM1), MODEL_NOTIF_DESTROY_BOUND);
	STEP_OK(m, VM1, UNBIND(SP1, VM1, B(3)));
	STEP_FAIL(m, HYP, DESTROY(VM1), MODEL_NOTIF_DESTROY_BOUND); /* ID 383 */
	STEP_OK(m, VM1, UNBIND2(SP1, VM1, 0, 0, 0, 0, 0, B(383)));
	FRAME(OK_64);
	STEP_OK(m, HYP, DESTROY(VM1));
}

/* BIND (v1.1) binds what BIND2 sees, and the reverse: bindings, types and senders are one
 * state; the denials of the v1.3 ABIs point at the register of the first offending ID. */
static void v13_bindings_are_shared(void **state)
{
	struct ffav_model *m = *state;

	declare13(m, 0);
	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, B(5)));
	STEP_OK(m, SP1, BIND2(SP2, SP1, PER_VCPU, B(5))); /* same sender: the type changes */
	assert_int_equal(m->ep[3].notif.world[FFAV_MODEL_FROM_SP].per_vcpu[0], B(5));
	STEP_FAIL(m, SP1, BIND2(SP3, SP1, GLOBAL, B(5)), MODEL_NOTIF_BIND_OTHER_SENDER);
	assert_int_equal(mt_diag.reg, 3);
	assert_int_equal(mt_diag.bits, B(5));
	STEP_OK(m, SP1, BIND2(SP3, SP1, GLOBAL, 0, 0, B(130)));
	STEP_FAIL(m, SP1, BIND2(SP2, SP1, GLOBAL, 0, 0, B(130) | B(131)),
		  MODEL_NOTIF_BIND_OTHER_SENDER);
	assert_int_equal(mt_diag.reg, 5);
	assert_int_equal(mt_diag.bits, B(130));
	STEP_OK(m, SP1, BIND(SP2, SP1, GLOBAL, B(6)));

	/* SET2: the type of this sender's bits first, then bits not bound to it. */
	STEP_FAIL(m, SP3, SET2(SP3, SP1, PER_VCPU, 0, 0, B(130)), MODEL_NOTIF_SET_TYPE);
	assert_int_equal(mt_diag.reg, 5);
	assert_int_equal(mt_diag.bits, B(130));
	STEP_FAIL(m, SP3, SET2(SP3, SP1, GLOBAL, B(5), 0, B(130)), MODEL_NOTIF_SET_NOT_BOUND);
	assert_int_equal(mt_diag.reg, 3);
	assert_int_equal(mt_diag.bits, B(5));
	STEP_FAIL(m, SP3, SET2(SP3, SP1, GLOBAL, 0, 0, B(130), B(200)), MODEL_NOTIF_SET_NOT_BOUND);
	assert_int_equal(mt_diag.reg, 6);
	assert_int_equal(mt_diag.bits, B(200));
	STEP_OK(m, SP3, SET2(SP3, SP1, GLOBAL, 0, 0, B(130)));
	STEP_FAIL(m, SP1, BIND2(SP3, SP1, GLOBAL, 0, 0, B(130)), MODEL_NOTIF_BIND_PENDING);
	assert_int_equal(mt_diag.reg, 5);
	STEP_FAIL(m, SP1, UNBIND2(SP3, SP1, 0, 0, B(130)), MODEL_NOTIF_UNBIND_PENDING);
	assert_int_equal(mt_diag.reg, 5);
	STEP_FAIL(m, SP1, UNBIND2(SP3, SP1, 0, 0, 0, B(200)), MODEL_NOTIF_UNBIND_NOT_BOUND);
	assert_int_equal(mt_diag.reg, 6);
	assert_int_equal(mt_diag.bits, B(200));
	STEP_FAIL(m, SP1, UNBIND2(SP2, SP1, 0, 0, B(130)), MODEL_NOTIF_UNBIND_OTHER_SENDER);
	assert_int_equal(mt_diag.reg, 5);
	assert_int_equal(mt_diag.bits, B(130));

	/* SET2's vCPU ID is 48 bits (x2[63:16]); SP1 has 4 vCPUs. */
	STEP_OK(m, SP2, SET2(SP2, SP1, 3ull << 16 | PER_VCPU, B(5)));
	STEP_FAIL(m, SP2, SET2(SP2, SP1, 4ull << 16 | PER_VCPU, B(5)), MODEL_NOTIF_SET_VCPU);
	assert_int_equal(mt_diag.reg, 2);
	assert_int_equal(mt_diag.bits, 4ull << 16);
	STEP_FAIL(m, SP2, SET2(SP2, SP1, 1ull << 63 | PER_VCPU, B(5)), MODEL_NOTIF_SET_VCPU);
	assert_int_equal(mt_diag.bits, 1ull << 63);
	STEP_FAIL(m, SP1, GET2(SP1, 4, F_SP, 0), MODEL_NOTIF_GET_VCPU);
	assert_int_equal(mt_diag.reg, 1);
	/* vCPU 3: its per-vCPU ID 5 and the global ID 130. */
	STEP_OK(m, SP1, GET2(SP1, 2, F_VM, 0));
	FRAME(OK_64);
	STEP_OK(m, SP1, GET2(SP1, 3, F_SP, 0));
	FRAME(OK_64, 0, 0, B(5), 0, B(130));
	STEP_OK(m, SP1, UNBIND(SP2, SP1, B(5) | B(6)));
	STEP_OK(m, SP1, UNBIND2(SP3, SP1, 0, 0, B(130)));
	assert_int_equal(m->ep[3].notif.world[FFAV_MODEL_FROM_SP].bound[2], 0);
	assert_int_equal(m->ep[3].notif.world[FFAV_MODEL_FROM_SP].sender[130], 0);
}

/* The receiver rules of the v1.1 ABIs hold for the v1.3 ones. */
static void v13_receivers(void **state)
{
	struct ffav_model *m = *state;

	declare13(m, 0);
	STEP_FAIL(m, VM2, BIND2(SP1, VM2, GLOBAL, B(1)), MODEL_NOTIF_RECEIVER_DISABLED);
	STEP_FAIL(m, VM2, UNBIND2(SP1, VM2, B(1)), MODEL_NOTIF_RECEIVER_DISABLED);
	STEP_FAIL(m, VM2, GET2(VM2, 0, F_SP, 0), MODEL_NOTIF_RECEIVER_DISABLED);
	STEP_FAIL(m, SP1, SET2(SP1, VM2, GLOBAL, B(1)), MODEL_NOTIF_SET_RECEIVER_DISABLED);
	STEP_FAIL(m, HYP, BIND2(SP1, VM9, GLOBAL, B(1)), MODEL_NOTIF_RECEIVER_UNKNOWN);
	STEP_OK(m, HYP, CREATE_N(VM1, 1, 0));
	STEP_FAIL(m, VM1, BIND2(SP9, VM1, GLOBAL, B(1)), MODEL_NOTIF_BIND_SENDER_UNKNOWN);
	STEP_OK(m, HYP, BIND2(SP1, VM1, GLOBAL, B(1))); /* NS phys: for the VM */
}

/* Bits beyond what the receiver's bitmap holds: a VM bitmap with 16 SP notifications beyond
 * 64 holds IDs 0-79 (DEN0077A v1.3 Tables 16.30, 16.34, 16.38, 16.43). */
static void v13_exceeds(void **state)
{
	struct ffav_model *m = *state;

	declare13(m, 0);
	STEP_OK(m, HYP, CREATE_N(VM1, 2, 16));
	FRAME(OK_32, 0, 16);
	STEP_FAIL(m, VM1, BIND2(SP1, VM1, GLOBAL, B(1), B(80)), MODEL_NOTIF_EXCEEDS);
	assert_int_equal(mt_diag.reg, 4);
	assert_int_equal(mt_diag.bits, B(80));
	STEP_FAIL(m, VM1, BIND2(SP1, VM1, GLOBAL, 0, 0, 0, 0, 0, B(383)), MODEL_NOTIF_EXCEEDS);
	assert_int_equal(mt_diag.reg, 8);
	/* The first ID of a word wholly beyond the count (128: x5 bit 0). */
	STEP_FAIL(m, VM1, BIND2(SP1, VM1, GLOBAL, 0, 0, B(128)), MODEL_NOTIF_EXCEEDS);
	assert_int_equal(mt_diag.reg, 5);
	assert_int_equal(mt_diag.bits, B(128));
	STEP_OK(m, VM1, BIND2(SP1, VM1, GLOBAL, B(1), B(79)));
	STEP_FAIL(m, SP1, SET2(SP1, VM1, GLOBAL, 0, B(79) | B(80)), MODEL_NOTIF_EXCEEDS);
	assert_int_equal(mt_diag.bits, B(80));
	STEP_FAIL(m, VM1, UNBIND2(SP1, VM1, 0, B(100)), MODEL_NOTIF_EXCEEDS);
	assert_int_equal(mt_diag.reg, 4);
	assert_int_equal(mt_diag.bits, B(100));
	STEP_FAIL(m, VM1, GET2(VM1, 0, F_SP, 0, B(80)), MODEL_NOTIF_GET2_MASK_EXCEEDS);
	assert_int_equal(mt_diag.reg, 4);
	assert_int_equal(mt_diag.bits, B(80));
	STEP_OK(m, VM1, GET2(VM1, 0, F_SP, 0, B(79)));
	/* The VM-sourced bitmap of VM1 holds 128 (the policy's count): a sender VM2. */
	STEP_OK(m, VM1, BIND2(VM2, VM1, GLOBAL, 0, B(127)));
	STEP_OK(m, VM1, UNBIND2(VM2, VM1, 0, B(127)));
	/* A VM mask beyond a smaller VM-sourced bitmap (made smaller by hand: the model's
	 * receivers all hold the policy's VM count). */
	m->ep[1].notif.notifs[FFAV_MODEL_FROM_VM] = 64;
	STEP_FAIL(m, VM1, GET2(VM1, 0, F_VM, 0, 0, 0, 0, 0, 0, 0, B(100)),
		  MODEL_NOTIF_GET2_MASK_EXCEEDS);
	assert_int_equal(mt_diag.reg, 10);
	assert_int_equal(mt_diag.bits, B(100));
	STEP_OK(m, VM1, GET2(VM1, 0, F_VM, 0, 0, 0, 0, 0, 0, B(63)));
	/* Both bitmaps selected: the SP mask's refusal stands whatever the VM mask says. */
	STEP_FAIL(m, VM1, GET2(VM1, 0, F_SP | F_VM, 0, B(80)), MODEL_NOTIF_GET2_MASK_EXCEEDS);
	assert_int_equal(mt_diag.reg, 4);
	/* SP mask bits of a VM-only retrieval are not read (SBZ, let through by ignore-sbz). */
	m->policy |= FFAV_POLICY_IGNORE_SBZ;
	STEP_OK(m, VM1, GET2(VM1, 0, F_VM, 0, B(80)));
}

/* GET2's masks: masked notifications are not returned, stay pending, and INFO_GET reports
 * them again; the framework masks likewise (DEN0077A v1.3 §16.10, Table 16.41). */
static void v13_masked_retrieval(void **state)
{
	struct ffav_model *m = *state;

	declare13(m, 0);
	STEP_OK(m, SP1, BIND2(SP2, SP1, GLOBAL, B(1), 0, 0, B(200)));
	STEP_OK(m, SP1, BIND2(SP2, SP1, PER_VCPU, 0, B(65)));
	STEP_OK(m, SP2, SET2(SP2, SP1, GLOBAL, B(1), 0, 0, B(200)));
	STEP_OK(m, SP2, SET2(SP2, SP1, 2ull << 16 | PER_VCPU, 0, B(65)));
	ffav_model_rx_buffer_full(m, SP1, true, NULL);
	STEP_OK(m, HYP, INFO_GET_64);
	FRAME(OK_64, 0, 2u << 7 | 1u << 14, (uint64_t)SP1 | (uint64_t)SP1 << 16 | 2ull << 32);
	/* vCPU 2, SP bitmap without ID 200 and ID 65, SPM framework masked. */
	STEP_OK(m, SP1, GET2(SP1, 2, F_SP | F_SPM, 0, B(65), 0, B(200), 0, 0, 0, 0, 0, 0, 0, 0, 1));
	FRAME(OK_64, 0, 0, B(1));
	assert_int_equal(m->ep[3].notif.world[FFAV_MODEL_FROM_SP].pending[3], B(200));
	assert_int_equal(m->ep[3].notif.world[FFAV_MODEL_FROM_SP].pending_vcpu[2][1], B(65));
	assert_int_equal(m->ep[3].notif.framework[FFAV_MODEL_FROM_SP], 1);
	/* Still pending: INFO_GET reports SP1 again, for its global and its vCPU 2 bits. */
	STEP_OK(m, HYP, INFO_GET_64);
	FRAME(OK_64, 0, 2u << 7 | 1u << 14, (uint64_t)SP1 | (uint64_t)SP1 << 16 | 2ull << 32);
	STEP_FAIL(m, HYP, INFO_GET_64, MODEL_NOTIF_INFO_GET_NO_DATA);
	/* A mask of the other class does nothing; vCPU 0 gets the global bits only. */
	STEP_OK(m, SP1, GET2(SP1, 0, F_SP | F_SPM, 0, 0, 0, 0, 0, 0, 0));
	FRAME(OK_64, 0, 0, 0, 0, 0, B(200), 0, 0, 0, 0, 0, 0, 0, 0, 1);
	STEP_OK(m, SP1, GET2(SP1, 2, F_SP, 0));
	FRAME(OK_64, 0, 0, 0, B(65));
	STEP_FAIL(m, HYP, INFO_GET_64, MODEL_NOTIF_INFO_GET_NO_DATA);
	/* The hypervisor framework mask. */
	ffav_model_rx_buffer_full(m, SP1, false, NULL);
	STEP_OK(m, SP1, GET2(SP1, 0, F_HYP, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1));
	FRAME(OK_64);
	STEP_OK(m, SP1, GET2(SP1, 0, F_HYP, 0));
	FRAME(OK_64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
}

/* GET2 writes its answer over the registers of the call, masks included: every mask word is
 * read before the answer word that lands on it. */
static void v13_get2_resp_may_alias_regs(void **state)
{
	struct ffav_model *m = *state;
	uint64_t r[FFAV_NREGS];
	unsigned int n;

	declare13(m, 0);
	STEP_OK(m, SP1, BIND2(SP2, SP1, GLOBAL, B(0) | B(1), B(64), 0, 0, 0, B(383)));
	STEP_OK(m, SP1, BIND2(VM1, SP1, GLOBAL, B(2) | B(3), B(100)));
	STEP_OK(m, SP2, SET2(SP2, SP1, GLOBAL, B(0) | B(1), B(64), 0, 0, 0, B(383)));
	STEP_OK(m, VM1, SET2(VM1, SP1, GLOBAL, B(2) | B(3), B(100)));
	ffav_model_rx_buffer_full(m, SP1, true, NULL);
	ffav_model_rx_buffer_full(m, SP1, false, NULL);
	for (n = 0; n < FFAV_NREGS; n++)
		r[n] = 0;
	r[0] = 0xC4000097;
	r[1] = SP1;
	r[2] = F_SP | F_VM | F_SPM | F_HYP;
	r[3] = B(1);	/* SP mask: ID 1 */
	r[8] = B(383);	/* ... and ID 383 */
	r[9] = B(2);	/* VM mask: ID 2 (read after the SP words are written) */
	r[10] = B(100); /* ... and ID 100 */
	r[16] = 1;	/* hypervisor framework mask: bit 0 */
	assert_int_equal(ffav_model_step(m, SP1, r, r, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(r[0], OK_64);
	assert_int_equal(r[1], 0);
	assert_int_equal(r[2], 0);
	assert_int_equal(r[3], B(0));
	assert_int_equal(r[4], B(64));
	assert_int_equal(r[8], 0);
	assert_int_equal(r[9], B(3));
	assert_int_equal(r[10], 0);
	assert_int_equal(r[15], 1);
	assert_int_equal(r[16], 0);
	assert_int_equal(r[17], 0);
	assert_int_equal(ffav_model_check_invariants(m), 0);
	/* What the masks kept. */
	STEP_OK(m, SP1, GET2(SP1, 0, F_SP | F_VM | F_HYP, 0));
	FRAME(OK_64, 0, 0, B(1), 0, 0, 0, 0, B(383), B(2), B(100), 0, 0, 0, 0, 0, 1);
}

/* MODEL_NOTIF_INV_COUNT: the counts and what lies beyond them. */
static void count_invariant_fires(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_model_notif *n = &m->ep[3].notif; /* SP1: 64 of each */
	struct ffav_model_bitmap *b = &n->world[FFAV_MODEL_FROM_SP];

	assert_int_equal(n->notifs[FFAV_MODEL_FROM_SP], 64);
	assert_int_equal(ffav_model_check_invariants(m), 0);
	n->notifs[FFAV_MODEL_FROM_VM] = FFAV_MODEL_MAX_NOTIFS + 1;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_COUNT);
	n->notifs[FFAV_MODEL_FROM_VM] = FFAV_MODEL_MAX_NOTIFS; /* beyond the policy: not judged */
	assert_int_equal(ffav_model_check_invariants(m), 0);
	n->notifs[FFAV_MODEL_FROM_VM] = 63;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_COUNT);
	n->notifs[FFAV_MODEL_FROM_VM] = 64;
	m->ep[5].notif.notifs[FFAV_MODEL_FROM_SP] = 64; /* SP3 cannot receive */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_COUNT);
	m->ep[5].notif.notifs[FFAV_MODEL_FROM_SP] = 0;
	assert_int_equal(ffav_model_check_invariants(m), 0);
#if FFAV_MODEL_MAX_NOTIFS > 64
	/* With 128 supported, state at ID 100 is fine, at ID 130 (or its sender) is not. */
	m->policy |= FFAV_POLICY_NOTIF_EXTRA_SP(64);
	n->notifs[FFAV_MODEL_FROM_SP] = 128;
	b->bound[1] = 1ull << 36;
	b->sender[100] = SP2;
	b->pending[1] = 1ull << 36;
	b->reported[1] = 1ull << 36;
	assert_int_equal(ffav_model_check_invariants(m), 0);
	n->notifs[FFAV_MODEL_FROM_SP] = 100; /* ID 100 now beyond */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_COUNT);
	n->notifs[FFAV_MODEL_FROM_SP] = 101;
	assert_int_equal(ffav_model_check_invariants(m), 0);
	b->pending[1] = 0;
	b->reported[1] = 0;
	b->bound[1] = 0;
	b->sender[100] = 0;
#if FFAV_MODEL_MAX_NOTIFS > 128
	n->notifs[FFAV_MODEL_FROM_SP] = 128;
	b->sender[130] = SP2; /* a sender beyond the count (also unbound) */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_ONE_SENDER);
	b->sender[130] = 0;
	b->pending_vcpu[1][2] = 4; /* pending (unbound) beyond the count */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_PENDING_BOUND);
	b->pending_vcpu[1][2] = 0;
	b->reported_vcpu[1][2] = 4; /* reported beyond the count, not pending */
	expect_broken(m, FFAV_MODEL_NOTIF_INV_REPORTED);
	b->reported_vcpu[1][2] = 0;
	b->bound[2] = 4; /* bound beyond the count, to a valid sender */
	b->sender[130] = SP2;
	expect_broken(m, FFAV_MODEL_NOTIF_INV_COUNT);
	b->bound[2] = 0;
	b->sender[130] = 0;
#endif
#endif
	assert_int_equal(ffav_model_check_invariants(m), 0);
}

/* The policy's counts beyond what the model holds (i up to 511 in the 9-bit fields; the
 * stateless check refuses i > 320 with CC_CALLER_NOTIF_COUNT): the receivers hold at most
 * FFAV_MODEL_MAX_NOTIFS, and every call is refused before the model. */
static void policy_counts_clamped(void **state)
{
	struct ffav_model *m = *state;

	ffav_model_init(m, FFAV_POLICY_NOTIF_EXTRA_SP(511) | FFAV_POLICY_NOTIF_EXTRA_VM(321));
	mt_add(m, HYP, FFAV_ROLE_HYPERVISOR, V13, 1, 0);
	mt_add(m, SP1, FFAV_ROLE_SP, V13, 1, FFAV_PROP_NOTIFICATIONS);
	assert_int_equal(m->ep[1].notif.notifs[FFAV_MODEL_FROM_SP], FFAV_MODEL_MAX_NOTIFS);
	assert_int_equal(m->ep[1].notif.notifs[FFAV_MODEL_FROM_VM], FFAV_MODEL_MAX_NOTIFS);
	STEP_FAIL(m, HYP, CREATE_N(VM1, 1, 0x10), CC_CALLER_NOTIF_COUNT);
}

#define T(f) cmocka_unit_test_setup(f, setup)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(lifecycle_vm_receiver),
		T(lifecycle_sp_receiver_vm_sender),
		T(lifecycle_host_without_hypervisor),
		T(create_allocates_sp_notifications),
		T(create_count_before_v13_ignored),
		T(create_twice_denied),
		T(create_out_of_bitmaps),
		T(create_out_of_slots),
		T(create_too_many_vcpus),
		T(create_claims_and_destroy_frees_a_slot),
		T(vm_property_is_no_bitmap),
		T(zero_vcpu_bitmap),
		T(destroy_never_created),
		T(destroy_with_pending),
		T(unknown_id_touches_no_slot),
		T(destroy_with_bindings),
		T(receiver_unknown),
		T(receiver_disabled),
		T(bind_sender_unknown),
		T(bind_other_sender),
		T(bind_other_sender_high_word),
		T(rebind_same_sender_updates_type),
		T(bind_pending_denied),
		T(unbind_rules),
		T(set_vcpu_bound),
		T(set_type_mismatch),
		T(set_not_bound),
		T(get_vcpu_bound),
		T(get_returns_and_clears_what_flags_select),
		T(info_get_reports_once),
		T(info_get_32_more_pending),
		T(info_get_32_splits_vcpu_lists),
		T(info_get_32_fills_the_last_slot),
		T(info_get_finds_vcpu_zero_alone),
		T(info_get_64_fits_twenty),
		T(info_get_spec_example),
		T(info_get_framework_is_global),
		T(stateless_check_runs_first),
		T(caller_must_be_declared),
		T(resp_may_alias_regs),
		T(add_endpoint_rules),
		T(notif_invariants_fire),
		T(invariants_of_one_endpoint),
		T(count_invariant_fires),
		T(lifecycle_v13_high_ids),
		T(v13_bindings_are_shared),
		T(v13_receivers),
		T(v13_exceeds),
		T(v13_masked_retrieval),
		T(v13_get2_resp_may_alias_regs),
		T(policy_counts_clamped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
