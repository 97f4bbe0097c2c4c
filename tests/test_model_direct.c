/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The direct-messaging runtime model (lib/model_direct.c, lib/model_cycles.c): every state
 * rule with a step that passes and one that fails because of it, the delivered frames, the
 * execution-context states, and the invariants (checked after every step by mt_step_at(),
 * and shown to fire when the state is broken).
 */
#include "ffav_model_test.h"

#define HYP 0x0000
#define VM1 0x0001 /* 2 vCPUs */
#define VM2 0x0002
#define VM3 0x0003  /* never declared */
#define VM4 0x0004  /* v1.3 */
#define VM9 0x0009  /* never declared */
#define SPMC 0x8000 /* 2 ECs */
#define SP1 0x8001  /* 2 ECs, every messaging property, VM availability, one UUID */
#define SP2 0x8002  /* direct-req recv/send, direct-req2 recv */
#define SP3 0x8003  /* no property */
#define SP4 0x8004  /* v1.1, direct-req recv, direct-req2 recv */
#define SP9 0x8009  /* never declared */
#define SPMD 0xFFFF

#define UUID_LO 0xc2c1b2b1a4a3a2a1ull /* a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8 */
#define UUID_HI 0xd8d7d6d5d4d3d2d1ull

#define W1(snd, rcv) ((uint64_t)(snd) << 16 | (rcv))
#define REQ_32(snd, rcv, ...) CALL(0x8400006f, W1(snd, rcv), 0, __VA_ARGS__)
#define REQ_64(snd, rcv, ...) CALL(0xC400006f, W1(snd, rcv), 0, __VA_ARGS__)
#define RESP_32(snd, rcv, ...) CALL(0x84000070, W1(snd, rcv), 0, __VA_ARGS__)
#define RESP_64(snd, rcv, ...) CALL(0xC4000070, W1(snd, rcv), 0, __VA_ARGS__)
#define FWK_REQ(snd, rcv, type, ...) \
	CALL(0x8400006f, W1(snd, rcv), 0x80000000u | (type), __VA_ARGS__)
#define FWK_RESP(snd, rcv, type, ...) \
	CALL(0x84000070, W1(snd, rcv), 0x80000000u | (type), __VA_ARGS__)
#define REQ2(snd, rcv, lo, hi, ...) CALL(0xC400008d, W1(snd, rcv), (lo), (hi), __VA_ARGS__)
#define RESP2(snd, rcv, ...) CALL(0xC400008e, W1(snd, rcv), 0, 0, __VA_ARGS__)
#define RUN(t, ec) CALL(0x8400006d, W1(t, ec))
#define INTERRUPT(t, ec) CALL(0x84000062, W1(t, ec), 0x20)
#define MSG_WAIT CALL(0x8400006b)
#define YIELD(lo, hi) CALL(0x8400006c, 0, (lo), (hi))

#define FWK_PSCI 0x00
#define FWK_WARM_BOOT 0x01
#define FWK_PM_RESP 0x02
#define FWK_VM_CREATED 0x04
#define FWK_VM_CREATED_RESP 0x05
#define FWK_VM_DESTROYED 0x06
#define FWK_VM_DESTROYED_RESP 0x07
#define FWK_VERSION_RESP 0x09

#define EC(m, id, ec, st) assert_int_equal(ffav_model_ec_state((m), (id), (ec)), FFAV_EC_##st)

static struct ffav_model model;

static void declare(struct ffav_model *m, uint32_t policy)
{
	mt_forget_requests();
	ffav_model_init(m, policy);
	mt_add(m, HYP, FFAV_ROLE_HYPERVISOR, V12, 1, 0);
	mt_add(m, VM1, FFAV_ROLE_VM, V12, 2, 0);
	mt_add(m, VM2, FFAV_ROLE_VM, V12, 1, 0);
	mt_add(m, SP1, FFAV_ROLE_SP, V12, 2,
	       FFAV_PROP_DIRECT_REQ_RECV | FFAV_PROP_DIRECT_REQ_SEND | FFAV_PROP_DIRECT_REQ2_RECV |
		       FFAV_PROP_DIRECT_REQ2_SEND | FFAV_PROP_VM_CREATED | FFAV_PROP_VM_DESTROYED);
	mt_add_uuid(m, SP1, UUID_LO, UUID_HI);
	mt_add(m, SP2, FFAV_ROLE_SP, V12, 1,
	       FFAV_PROP_DIRECT_REQ_RECV | FFAV_PROP_DIRECT_REQ_SEND | FFAV_PROP_DIRECT_REQ2_RECV);
	mt_add(m, SP3, FFAV_ROLE_SP, V12, 1, 0);
	mt_add(m, SP4, FFAV_ROLE_SP, V11, 1,
	       FFAV_PROP_DIRECT_REQ_RECV | FFAV_PROP_DIRECT_REQ2_RECV);
	mt_add(m, SPMC, FFAV_ROLE_SPMC, V12, 2, 0);
	mt_add(m, SPMD, FFAV_ROLE_SPMD, V12, 1, 0);
	mt_add(m, VM4, FFAV_ROLE_VM, V13, 1, 0);
}

/* An unknown endpoint has no EC state (-1), whatever memory lies next to the model: here a
 * block of 0xFF bytes just before it, in the same object. */
static struct {
	uint8_t before[sizeof(struct ffav_model_endpoint)];
	struct ffav_model m;
} padded;

static void ec_state_of_unknown_endpoint(void **state)
{
	(void)state;
	memset(padded.before, 0xFF, sizeof(padded.before));
	ffav_model_init(&padded.m, 0);
	mt_add(&padded.m, HYP, FFAV_ROLE_HYPERVISOR, V12, 1, 0);
	assert_int_equal(ffav_model_ec_state(&padded.m, SP9, 0), -1);
	assert_int_equal(ffav_model_ec_state(&padded.m, SP9, 3), -1);
	assert_int_equal(ffav_model_ec_state(&padded.m, HYP, 0), FFAV_EC_RUNNING);
	/* An unknown caller is refused before any slot is looked at. */
	STEP_FAIL(&padded.m, SP9, CALL(0x84000083), MODEL_CALLER_UNKNOWN);
}

/* ffav_model_init() starts every slot empty whatever the memory held: no endpoint, every
 * descriptor field zero, UUIDs included. */
static void init_clears_every_slot(void **state)
{
	static struct ffav_model dirty;
	int s;
	unsigned int u;

	(void)state;
	memset(&dirty, 0xA5, sizeof(dirty));
	ffav_model_init(&dirty, 0);
	assert_int_equal(dirty.n_endpoints, 0);
	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		const struct ffav_endpoint_desc *d = &dirty.ep[s].desc;

		assert_false(dirty.ep[s].in_use);
		assert_int_equal(d->id, 0);
		assert_int_equal(d->role, FFAV_ROLE_HOST);
		assert_int_equal(d->version, 0);
		assert_int_equal(d->vcpus, 0);
		assert_int_equal(d->properties, 0);
		assert_int_equal(d->n_uuids, 0);
		for (u = 0; u < FFAV_MODEL_MAX_UUIDS; u++) {
			assert_true(d->uuids[u][0] == 0);
			assert_true(d->uuids[u][1] == 0);
		}
	}
}

static int setup(void **state)
{
	*state = &model;
	declare(&model, 0);
	return 0;
}

/* ---- Requests and responses --------------------------------------------- */

static void initial_states(void **state)
{
	struct ffav_model *m = *state;

	EC(m, HYP, 0, RUNNING);
	EC(m, VM1, 1, RUNNING);
	EC(m, SPMD, 0, RUNNING);
	EC(m, SP1, 0, WAITING);
	EC(m, SP1, 1, WAITING);
	EC(m, SPMC, 1, WAITING);
	assert_int_equal(ffav_model_ec_state(m, SP1, 2), -1);
	assert_int_equal(ffav_model_ec_state(m, SP9, 0), -1);
	assert_int_equal(ffav_model_ec_state(NULL, SP1, 0), -1);
}

static void request_and_response_are_delivered(void **state)
{
	struct ffav_model *m = *state;

	/* What is checked is delivered: an SMC32 request's upper halves are dropped. */
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 0xFFFFFFFF00000001ull, 2, 3, 4, 5));
	FRAME(0x8400006f, 0x00018001, 0, 1, 2, 3, 4, 5);
	EC(m, VM1, 0, BLOCKED);
	EC(m, SP1, 0, RUNNING);
	EC(m, SP1, 1, WAITING);
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 9));
	FRAME(0x84000070, 0x80010001, 0, 9);
	EC(m, VM1, 0, RUNNING);
	EC(m, SP1, 0, WAITING);

	/* On CPU 1: VM1's EC 1 and SP1's EC 1. */
	STEP_OK_ON(m, VM1, 1, REQ_64(VM1, SP1, 0xFFFFFFFF00000001ull));
	FRAME(0xC400006f, 0x00018001, 0, 0xFFFFFFFF00000001ull);
	EC(m, VM1, 1, BLOCKED);
	EC(m, SP1, 1, RUNNING);
	EC(m, SP1, 0, WAITING);
	STEP_OK_ON(m, SP1, 1, RESP_64(SP1, VM1, 7));
	FRAME(0xC4000070, 0x80010001, 0, 7);
	EC(m, VM1, 1, RUNNING);
}

static void hypervisor_sends_for_its_vms(void **state)
{
	struct ffav_model *m = *state;

	/* The hypervisor forwards for VM1: VM1's EC waits for the response. */
	STEP_OK(m, HYP, REQ_32(VM1, SP2, 1));
	EC(m, VM1, 0, BLOCKED);
	EC(m, HYP, 0, RUNNING);
	STEP_FAIL(m, HYP, REQ_32(VM9, SP1, 1), MODEL_DIRECT_SENDER_UNKNOWN);
	assert_int_equal(mt_diag.bits, (uint64_t)VM9 << 16);
	/* A slot BITMAP_CREATE made holds notification state only. */
	STEP_OK(m, HYP, CALL(0x8400007d, VM3, 1));
	STEP_FAIL(m, HYP, REQ_32(VM3, SP1, 1), MODEL_DIRECT_SENDER_UNKNOWN);
	STEP_OK(m, SP2, RESP_32(SP2, VM1, 0));
	EC(m, VM1, 0, RUNNING);
}

static void call_chain(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_OK(m, SP1, REQ_64(SP1, SP2, 2));
	EC(m, VM1, 0, BLOCKED);
	EC(m, SP1, 0, BLOCKED);
	EC(m, SP2, 0, RUNNING);
	STEP_OK(m, SP2, RESP_64(SP2, SP1, 3));
	EC(m, SP1, 0, RUNNING);
	EC(m, SP2, 0, WAITING);
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 4));
	EC(m, VM1, 0, RUNNING);
	EC(m, SP1, 0, WAITING);
}

static void receiver_unknown(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, VM1, REQ_32(VM1, SP9, 1), MODEL_DIRECT_RECEIVER_UNKNOWN);
	assert_int_equal(mt_diag.bits, SP9);
	STEP_FAIL(m, VM1, REQ2(VM1, SP9, 0, 0, 1), MODEL_DIRECT_RECEIVER_UNKNOWN);
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_FAIL(m, SP1, RESP_32(SP1, VM9, 1), MODEL_DIRECT_RECEIVER_UNKNOWN);
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
}

static void receiver_must_serve_requests(void **state)
{
	struct ffav_model *m = *state;

	/* VM-to-VM messaging is not modelled (Xen: NOT_SUPPORTED). */
	STEP_FAIL(m, VM1, REQ_32(VM1, VM2, 1), MODEL_DIRECT_RECEIVER_ROLE);
	STEP_FAIL(m, VM1, REQ2(VM1, VM2, 0, 0, 1), MODEL_DIRECT_RECEIVER_ROLE);
	STEP_OK(m, VM1, REQ_32(VM1, SP2, 1));
}

static void req2_routing_by_uuid(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, VM1, REQ2(VM1, SP1, UUID_LO, UUID_HI, 0x11));
	FRAME(0xC400008d, 0x00018001, UUID_LO, UUID_HI, 0x11);
	STEP_OK(m, SP1, RESP2(SP1, VM1, 0x22));
	FRAME(0xC400008e, 0x80010001, 0, 0, 0x22);
	STEP_OK(m, VM1, REQ2(VM1, SP1, 0, 0, 0x11)); /* nil: any REQ2 service */
	STEP_OK(m, SP1, RESP2(SP1, VM1, 0x22));
	STEP_FAIL(m, VM1, REQ2(VM1, SP1, UUID_LO + 1, UUID_HI, 0x11), MODEL_DIRECT_REQ2_UUID);
	assert_int_equal(mt_diag.reg, 2);
	STEP_FAIL(m, VM1, REQ2(VM1, SP1, 0, UUID_HI, 0x11), MODEL_DIRECT_REQ2_UUID);
	assert_int_equal(mt_diag.reg, 3);
	STEP_FAIL(m, VM1, REQ2(VM1, SP1, UUID_LO, UUID_HI + 1, 0x11), MODEL_DIRECT_REQ2_UUID);
	STEP_FAIL(m, VM1, REQ2(VM1, SP2, UUID_LO, UUID_HI, 0x11), MODEL_DIRECT_REQ2_UUID);
	STEP_OK(m, VM1, REQ2(VM1, SP2, 0, 0, 0x11));
}

static void req2_receiver_version(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, VM1, REQ2(VM1, SP4, 0, 0, 1), MODEL_DIRECT_REQ2_VERSION);
	STEP_OK(m, VM1, REQ_32(VM1, SP4, 1));
	STEP_OK(m, SP4, RESP_32(SP4, VM1, 1));
}

static void receive_property(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, VM1, REQ_32(VM1, SP3, 1), MODEL_DIRECT_RECV_PROP);
	STEP_FAIL(m, VM1, REQ2(VM1, SP3, 0, 0, 1), MODEL_DIRECT_RECV_PROP);
	STEP_OK(m, VM1, REQ_32(VM1, SP2, 1));
}

static void send_property(void **state)
{
	struct ffav_model *m = *state;

	/* Give SP3 and SP2 the CPU (FFA_RUN model) so only the property is wrong. */
	STEP_OK(m, HYP, RUN(SP3, 0));
	STEP_FAIL(m, SP3, REQ_32(SP3, SP1, 1), MODEL_DIRECT_SEND_PROP);
	assert_int_equal(mt_diag.bits, (uint64_t)SP3 << 16);
	STEP_OK(m, SP3, MSG_WAIT);
	STEP_OK(m, HYP, RUN(SP2, 0));
	STEP_FAIL(m, SP2, REQ2(SP2, SP1, 0, 0, 1), MODEL_DIRECT_SEND_PROP);
	STEP_OK(m, SP2, REQ_32(SP2, SP1, 1));
	STEP_OK(m, SP1, RESP_32(SP1, SP2, 1));
	/* A Normal-world sender's properties are not judged (the SPMC does not know them). */
	STEP_OK(m, VM1, REQ2(VM1, SP1, 0, 0, 1));
}

/* ---- Framework messages ------------------------------------------------- */

static void vm_created_and_destroyed(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, FWK_REQ(HYP, SP1, FWK_VM_CREATED, 0, 0, VM1));
	FRAME(0x8400006f, 0x00008001, 0x80000004, 0, 0, VM1);
	STEP_OK(m, SP1, FWK_RESP(SP1, HYP, FWK_VM_CREATED_RESP, 0));
	FRAME(0x84000070, 0x80010000, 0x80000005);
	STEP_OK(m, HYP, FWK_REQ(HYP, SP1, FWK_VM_DESTROYED, 0, 0, VM1));
	STEP_OK(m, SP1, FWK_RESP(SP1, HYP, FWK_VM_DESTROYED_RESP, 0));
	/* SP2 did not subscribe (INVALID_PARAMETERS, HF). */
	STEP_FAIL(m, HYP, FWK_REQ(HYP, SP2, FWK_VM_CREATED, 0, 0, VM1),
		  MODEL_DIRECT_VM_CREATED_UNSUBSCRIBED);
	assert_int_equal(mt_diag.bits, 0x80000004);
	STEP_FAIL(m, HYP, FWK_REQ(HYP, SP2, FWK_VM_DESTROYED, 0, 0, VM1),
		  MODEL_DIRECT_VM_DESTROYED_UNSUBSCRIBED);
}

static void vm_destroyed_forged_by_a_guest(void **state)
{
	struct ffav_model *m = *state;

	/* Only the hypervisor announces VMs: the stateless check rejects a guest's framework
	 * request (DEN0077A v1.2 §18.3; docs/direct_messaging.md, disagreement 11), and the model
	 * answers exactly as it does, with nothing delivered. */
	STEP_FAIL(m, VM1, FWK_REQ(VM1, SP1, FWK_VM_DESTROYED, 0, 0, VM2), DIRECT_FWK_REQ_ROLE);
	STEP_FAIL(m, VM1, FWK_REQ(VM1, SP1, FWK_VM_CREATED, 0, 0, VM1), DIRECT_FWK_REQ_ROLE);
	EC(m, SP1, 0, WAITING);
	STEP_OK(m, HYP, FWK_REQ(HYP, SP1, FWK_VM_DESTROYED, 0, 0, VM2));
}

static void power_management_chain(void **state)
{
	struct ffav_model *m = *state;

	/* SPMD -> SPMC (PSCI CPU_OFF), SPMC -> SP1, and the responses back. */
	STEP_OK(m, SPMD, FWK_REQ(SPMD, SPMC, FWK_PSCI, 0x84000002));
	EC(m, SPMC, 0, RUNNING);
	STEP_OK(m, SPMC, FWK_REQ(SPMC, SP1, FWK_PSCI, 0x84000002));
	STEP_OK(m, SP1, FWK_RESP(SP1, SPMC, FWK_PM_RESP, 0));
	STEP_OK(m, SPMC, FWK_RESP(SPMC, SPMD, FWK_PM_RESP, 0));
	EC(m, SPMD, 0, RUNNING);
	EC(m, SPMC, 0, WAITING);
	STEP_OK_ON(m, SPMD, 1, FWK_REQ(SPMD, SPMC, FWK_WARM_BOOT, 0));
	STEP_FAIL_ON(m, SPMC, 1, FWK_RESP(SPMC, SPMD, FWK_VERSION_RESP, 0x10002),
		     MODEL_DIRECT_RESP_FWK);
	STEP_OK_ON(m, SPMC, 1, FWK_RESP(SPMC, SPMD, FWK_PM_RESP, 0));
}

/* ---- Execution contexts and CPUs ---------------------------------------- */

static void caller_and_receiver_contexts(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL_ON(m, VM1, 2, REQ_32(VM1, SP2, 1), MODEL_DIRECT_CALLER_EC);
	assert_int_equal(mt_diag.reg, 1);
	assert_int_equal(mt_diag.bits, (uint64_t)VM1 << 16);
	STEP_FAIL_ON(m, HYP, 3, REQ_32(HYP, SP1, 1), MODEL_DIRECT_RECEIVER_EC);
	STEP_OK_ON(m, HYP, 3, REQ_32(HYP, SP2, 1)); /* UP sender and receiver migrate */
	STEP_OK_ON(m, SP2, 5, RESP_32(SP2, HYP, 1));
	STEP_OK_ON(m, VM1, 1, REQ_32(VM1, SP1, 1));
	EC(m, SP1, 1, RUNNING);
	STEP_FAIL_ON(m, SP1, 2, RESP_32(SP1, VM1, 1), MODEL_DIRECT_CALLER_EC);
	STEP_FAIL_ON(m, SP1, 2, MSG_WAIT, MODEL_DIRECT_CALLER_EC);
	assert_int_equal(mt_diag.reg, 0); /* no register names the caller's context */
	assert_int_equal(mt_diag.bits, 0);
	STEP_OK_ON(m, SP1, 1, RESP_32(SP1, VM1, 1));
}

/* ---- BUSY and DENIED ----------------------------------------------------- */

static void busy_receiver(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_FAIL(m, HYP, REQ_32(HYP, SP1, 1), MODEL_DIRECT_BUSY);
	/* The diag names the busy receiver: w1[15:0]. */
	assert_int_equal(mt_diag.reg, 1);
	assert_int_equal(mt_diag.bits, SP1);
	STEP_OK_ON(m, VM1, 1, REQ_32(VM1, SP1, 1)); /* another EC */
	STEP_OK(m, HYP, REQ_32(HYP, SP2, 1));
	STEP_FAIL_ON(m, VM2, 1, REQ_32(VM2, SP2, 1), MODEL_DIRECT_BUSY); /* UP: one EC */
}

static void busy_before_cycle(void **state)
{
	struct ffav_model *m = *state;

	/* ACS ffa_direct_message_error2: SP2, serving SP1's request, sends one back to SP1,
	 * which is handling a request: BUSY (checked first, docs/models.md §5). */
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	STEP_FAIL(m, SP2, REQ_32(SP2, SP1, 1), MODEL_DIRECT_BUSY);
}

static void cycle_denied(void **state)
{
	struct ffav_model *m = *state;

	/* HF fail_if_cyclic_dependency: SP1, started by FFA_RUN, sends to SP2; SP2 sends to
	 * SP1, which handles no request but is its predecessor: DENIED. */
	STEP_OK(m, HYP, RUN(SP1, 0));
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	STEP_FAIL(m, SP2, REQ_32(SP2, SP1, 1), MODEL_DIRECT_CYCLE);
	/* Another chain finds SP1's EC 0 blocked, not waiting: BUSY. */
	STEP_FAIL(m, VM1, REQ_32(VM1, SP1, 1), MODEL_DIRECT_BUSY);
	STEP_OK(m, SP2, RESP_32(SP2, SP1, 1));
	STEP_OK(m, SP1, MSG_WAIT);
	FRAME(0x8400006b);
	EC(m, HYP, 0, RUNNING);
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
}

static void caller_state(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, SP1, REQ_32(SP1, SP2, 1), MODEL_DIRECT_CALLER_STATE); /* SP1 waits */
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_FAIL(m, VM1, REQ_32(VM1, SP2, 1), MODEL_DIRECT_CALLER_STATE); /* VM1 blocked */
	STEP_OK(m, SPMC, INTERRUPT(SP1, 0));
	/* VM1 runs again, but must resume SP1 before anything else. */
	EC(m, VM1, 0, RUNNING);
	STEP_FAIL(m, VM1, REQ_32(VM1, SP2, 1), MODEL_DIRECT_CALLER_STATE);
	STEP_FAIL(m, VM1, RUN(SP2, 0), MODEL_DIRECT_CALLER_STATE);
	STEP_OK(m, VM1, RUN(SP1, 0));
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
	STEP_OK(m, VM1, REQ_32(VM1, SP2, 1));
	STEP_FAIL(m, VM1, RUN(SP1, 0), MODEL_DIRECT_CALLER_STATE); /* VM1 blocked */
}

/* ---- Responses ----------------------------------------------------------- */

static void response_needs_a_request(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, SP1, RESP_32(SP1, VM1, 1), MODEL_DIRECT_RESP_NO_REQUEST);
	STEP_OK(m, HYP, RUN(SP1, 0));
	STEP_FAIL(m, SP1, RESP_32(SP1, HYP, 1), MODEL_DIRECT_RESP_NO_REQUEST);
	STEP_OK(m, SP1, MSG_WAIT);
	STEP_OK(m, HYP, REQ_32(HYP, SP1, 1));
	STEP_OK(m, SP1, RESP_32(SP1, HYP, 1));
}

static void response_while_callee_outstanding(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	STEP_OK(m, SPMC, INTERRUPT(SP2, 0));
	FRAME(0x84000062, 0x80020000);
	EC(m, SP1, 0, RUNNING);
	STEP_FAIL(m, SP1, RESP_32(SP1, VM1, 1), MODEL_DIRECT_CALLER_STATE);
	STEP_OK(m, SP1, RUN(SP2, 0));
	STEP_OK(m, SP2, RESP_32(SP2, SP1, 1));
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
}

static void preempted_inside_a_chain(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	STEP_OK(m, SPMC, INTERRUPT(SP2, 0));
	STEP_OK(m, SPMC, INTERRUPT(SP1, 0)); /* SP1 ran again, and is preempted in turn */
	EC(m, SP1, 0, PREEMPTED);
	EC(m, SP2, 0, PREEMPTED);
	EC(m, VM1, 0, RUNNING);
	STEP_FAIL(m, VM1, RUN(SP2, 0), MODEL_DIRECT_RUN_NOT_GIVER);
	STEP_OK(m, VM1, RUN(SP1, 0));
	STEP_OK(m, SP1, RUN(SP2, 0));
	STEP_OK(m, SP2, RESP_32(SP2, SP1, 1));
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
}

static void response_from_a_blocked_context(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	STEP_FAIL(m, SP1, RESP_32(SP1, VM1, 1), MODEL_DIRECT_CALLER_STATE);
}

static void same_partition_other_context_is_no_cycle(void **state)
{
	struct ffav_model *m = *state;

	/* SP1's EC 0 is in the chain; the UP SP2, migrated to CPU 1, reaches SP1's EC 1. */
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	STEP_OK_ON(m, SP2, 1, REQ_32(SP2, SP1, 1));
	EC(m, SP1, 1, RUNNING);
	STEP_OK_ON(m, SP1, 1, RESP_32(SP1, SP2, 1));
}

static void response_origin(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_FAIL(m, SP1, RESP_32(SP1, HYP, 1), MODEL_DIRECT_RESP_ORIGIN);
	STEP_FAIL(m, SP1, RESP_32(SP1, VM2, 1), MODEL_DIRECT_RESP_ORIGIN);
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
}

static void response_abi_pairing(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, VM1, REQ_64(VM1, SP1, 1));
	STEP_FAIL(m, SP1, RESP2(SP1, VM1, 1), MODEL_DIRECT_RESP_ABI);
	STEP_OK(m, SP1, RESP_64(SP1, VM1, 1));
	STEP_OK(m, VM1, REQ2(VM1, SP1, 0, 0, 1));
	STEP_FAIL(m, SP1, RESP_64(SP1, VM1, 1), MODEL_DIRECT_RESP_ABI);
	STEP_OK(m, SP1, RESP2(SP1, VM1, 1));
}

static void response_width(void **state)
{
	struct ffav_model *m = *state;

	/* 0x84000070 completes an SMC32 or an SMC64 request, 0xC4000070 only an SMC64 one, at
	 * every version (DEN0077A v1.3 Table 15.11). VM1 negotiated v1.2, VM4 v1.3. */
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_FAIL(m, SP1, RESP_64(SP1, VM1, 1), MODEL_DIRECT_RESP_WIDTH);
	assert_int_equal(mt_diag.bits, FFAV_FID_SMC64);
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
	STEP_OK(m, VM1, REQ_64(VM1, SP1, 1));
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
	STEP_OK(m, VM4, REQ_32(VM4, SP1, 1));
	STEP_FAIL(m, SP1, RESP_64(SP1, VM4, 1), MODEL_DIRECT_RESP_WIDTH);
	assert_int_equal(mt_diag.bits, FFAV_FID_SMC64);
	STEP_OK(m, SP1, RESP_32(SP1, VM4, 1));
	STEP_OK(m, VM4, REQ_64(VM4, SP1, 1));
	/* The pending request's flags are 0 or 1 (include/ffa_validate_model.h). */
	assert_int_equal(m->ep[3].desc.id, SP1);
	assert_int_equal(m->ep[3].ec[0].by_request, 1);
	assert_int_equal(m->ep[3].ec[0].req_smc64, 1);
	assert_int_equal(m->ep[3].ec[0].req_v13, 1);
	STEP_OK(m, SP1, RESP_32(SP1, VM4, 1));
	STEP_OK(m, VM4, REQ_64(VM4, SP1, 1));
	STEP_OK(m, SP1, RESP_64(SP1, VM4, 1));
}

static void response_framework_pairing(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_FAIL(m, SP1, FWK_RESP(SP1, VM1, FWK_VM_CREATED_RESP, 0), MODEL_DIRECT_RESP_FWK);
	assert_int_equal(mt_diag.bits, 0x80000005);
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
	STEP_OK(m, HYP, FWK_REQ(HYP, SP1, FWK_VM_CREATED, 0, 0, VM1));
	STEP_FAIL(m, SP1, RESP_32(SP1, HYP, 0), MODEL_DIRECT_RESP_FWK);
	STEP_FAIL(m, SP1, FWK_RESP(SP1, HYP, FWK_VM_DESTROYED_RESP, 0), MODEL_DIRECT_RESP_FWK);
	STEP_OK(m, SP1, FWK_RESP(SP1, HYP, FWK_VM_CREATED_RESP, 0));
}

/* ---- FFA_MSG_WAIT, FFA_YIELD, FFA_RUN, FFA_INTERRUPT --------------------- */

static void cycles_reserved_registers(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, RUN(SP1, 0));
	STEP_FAIL(m, SP1, CALL(0x8400006b, 1), MODEL_DIRECT_CYCLES_SBZ);
	assert_int_equal(mt_diag.reg, 1);
	STEP_FAIL(m, SP1, CALL(0x8400006b, 0, 2), MODEL_DIRECT_CYCLES_SBZ);
	assert_int_equal(mt_diag.bits, 2);
	STEP_FAIL(m, SP1, CALL(0x8400006b, 0, 0, 0, 0, 0, 0, 1), MODEL_DIRECT_CYCLES_SBZ);
	STEP_FAIL(m, SP1, CALL(0x8400006c, 0, 1, 2, 3), MODEL_DIRECT_CYCLES_SBZ);
	assert_int_equal(mt_diag.reg, 4);
	STEP_FAIL(m, SP1, CALL(0x8400006c, 1), MODEL_DIRECT_CYCLES_SBZ);
	STEP_FAIL(m, HYP, CALL(0x8400006d, W1(SP2, 0), 1), MODEL_DIRECT_CYCLES_SBZ);
	STEP_FAIL(m, SPMC, CALL(0x84000062, W1(SP1, 0), 0x20, 1), MODEL_DIRECT_CYCLES_SBZ);
	assert_int_equal(mt_diag.reg, 3);
	STEP_OK(m, SP1, CALL(0x8400006b, 0, 1)); /* v1.2: keep the RX buffer */
	STEP_OK(m, HYP, RUN(SP4, 0));
	STEP_FAIL(m, SP4, CALL(0x8400006b, 0, 1), MODEL_DIRECT_CYCLES_SBZ); /* v1.1 */
	STEP_OK(m, SP4, MSG_WAIT);
}

static void cycles_reserved_registers_ignored_by_policy(void **state)
{
	struct ffav_model m;

	(void)state;
	declare(&m, FFAV_POLICY_IGNORE_SBZ);
	STEP_OK(&m, HYP, CALL(0x8400006d, W1(SP1, 0), 7, 7, 7, 7, 7, 7));
	STEP_FAIL(&m, SP1, CALL(0x8400006b, 1, 2), MODEL_DIRECT_CYCLES_SBZ); /* w2: MBZ bits */
	STEP_OK(&m, SP1, CALL(0x8400006b, 1, 0, 3));
}

static void cycles_callers(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, VM1, MSG_WAIT, MODEL_DIRECT_CYCLES_CALLER);
	STEP_FAIL(m, HYP, YIELD(0, 0), MODEL_DIRECT_CYCLES_CALLER);
	STEP_FAIL(m, HYP, INTERRUPT(SP1, 0), MODEL_DIRECT_CYCLES_CALLER);
	/* A rule about the caller, not about a register's bits. */
	assert_int_equal(mt_diag.reg, 0);
	assert_int_equal(mt_diag.bits, 0);
	STEP_FAIL(m, SPMD, MSG_WAIT, MODEL_DIRECT_CYCLES_CALLER);
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_FAIL(m, SP1, INTERRUPT(SP1, 0), MODEL_DIRECT_INTERRUPT_CALLER);
	STEP_OK(m, SPMD, INTERRUPT(SP1, 0));
	EC(m, SP1, 0, PREEMPTED);
	STEP_OK(m, VM1, RUN(SP1, 0));
	STEP_OK(m, SP1, YIELD(0, 0));
	STEP_OK(m, VM1, RUN(SP1, 0));
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
}

static void msg_wait_while_handling_a_request(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, SP1, MSG_WAIT, MODEL_DIRECT_CALLER_STATE); /* already waiting */
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_FAIL(m, SP1, MSG_WAIT, MODEL_DIRECT_MSG_WAIT_IN_REQUEST);
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
	STEP_OK(m, VM1, RUN(SP1, 0));
	FRAME(0x8400006d, 0x80010000);
	EC(m, VM1, 0, BLOCKED);
	STEP_OK(m, SP1, MSG_WAIT);
	FRAME(0x8400006b);
	EC(m, VM1, 0, RUNNING);
	EC(m, SP1, 0, WAITING);
}

static void run_target(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, HYP, RUN(SP9, 0), MODEL_DIRECT_TARGET_UNKNOWN);
	STEP_FAIL(m, HYP, RUN(VM1, 0), MODEL_DIRECT_TARGET_UNKNOWN);
	STEP_FAIL(m, SPMC, INTERRUPT(SP9, 0), MODEL_DIRECT_TARGET_UNKNOWN);
	STEP_FAIL(m, HYP, RUN(SP1, 1), MODEL_DIRECT_TARGET_EC); /* EC 1 is CPU 1's */
	assert_int_equal(mt_diag.bits, 1);
	STEP_FAIL(m, HYP, RUN(SP2, 1), MODEL_DIRECT_TARGET_EC);
	STEP_FAIL_ON(m, HYP, 3, RUN(SP1, 3), MODEL_DIRECT_TARGET_EC);
	STEP_FAIL_ON(m, VM1, 3, RUN(SP2, 0), MODEL_DIRECT_CALLER_EC);
	STEP_OK_ON(m, HYP, 3, RUN(SP2, 0));
	STEP_OK_ON(m, VM1, 1, RUN(SP1, 1));
	EC(m, SP1, 1, RUNNING);
}

static void run_busy_and_blocked(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, HYP, RUN(SP1, 0));
	STEP_FAIL(m, VM1, RUN(SP1, 0), MODEL_DIRECT_BUSY);
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	STEP_FAIL(m, VM1, RUN(SP1, 0), MODEL_DIRECT_RUN_BLOCKED);
	STEP_OK(m, SP2, RESP_32(SP2, SP1, 1));
	STEP_FAIL(m, VM1, RUN(SP1, 0), MODEL_DIRECT_BUSY);
	/* The diag names the target's endpoint ID, w1[31:16], not its EC: EC 1 on CPU 1. */
	declare(m, 0);
	STEP_OK_ON(m, HYP, 1, RUN(SP1, 1));
	STEP_FAIL_ON(m, VM1, 1, RUN(SP1, 1), MODEL_DIRECT_BUSY);
	assert_int_equal(mt_diag.bits, (uint32_t)SP1 << 16);
}

static void run_resumes_only_for_the_giver(void **state)
{
	struct ffav_model *m = *state;

	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_OK(m, SPMC, INTERRUPT(SP1, 0));
	FRAME(0x84000062, 0x80010000);
	EC(m, SP1, 0, PREEMPTED);
	STEP_FAIL(m, HYP, RUN(SP1, 0), MODEL_DIRECT_RUN_NOT_GIVER);
	STEP_OK(m, VM1, RUN(SP1, 0));
	EC(m, SP1, 0, RUNNING);
	STEP_OK(m, SP1, YIELD(0x10, 0x20));
	FRAME(0x8400006c, 0x80010000, 0x10, 0x20);
	EC(m, SP1, 0, BLOCKED);
	EC(m, VM1, 0, RUNNING);
	STEP_FAIL(m, HYP, RUN(SP1, 0), MODEL_DIRECT_RUN_NOT_GIVER);
	STEP_FAIL(m, HYP, REQ_32(HYP, SP1, 1), MODEL_DIRECT_BUSY); /* yielded, in a request */
	/* The UP SP2 preempted while serving VM1's EC 0: VM1's EC 1 is not its giver. */
	STEP_OK_ON(m, VM1, 1, REQ_32(VM1, SP2, 1));
	STEP_OK(m, SPMC, INTERRUPT(SP2, 0));
	STEP_FAIL(m, VM1, RUN(SP2, 0), MODEL_DIRECT_RUN_NOT_GIVER); /* VM1's EC 0 */
	STEP_FAIL_ON(m, HYP, 1, RUN(SP2, 0), MODEL_DIRECT_RUN_NOT_GIVER);
	STEP_OK_ON(m, VM1, 1, RUN(SP2, 0));
	STEP_OK(m, VM1, RUN(SP1, 0));
	STEP_OK(m, SP1, RESP_32(SP1, VM1, 1));
}

/* FFA_YIELD's w2/w3 hold a timeout only when the hypervisor passes FFA_YIELD to a VM; from v1.3
 * they are MBZ in every other form (DEN0077A v1.3 Table 14.9): a giver at v1.3 that is not a VM
 * sees them zero, a VM sees the timeout. */
static void yield_timeout_only_to_a_vm(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_endpoint_desc d;

	memset(&d, 0, sizeof(d));
	d.id = 0x8006;
	d.role = FFAV_ROLE_SP;
	d.version = FFAV_VERSION(1, 3);
	d.vcpus = 1;
	d.properties = FFAV_PROP_DIRECT_REQ_RECV | FFAV_PROP_DIRECT_REQ_SEND;
	assert_int_equal(ffav_model_add_endpoint(m, &d), FFAV_RET_SUCCESS);
	STEP_OK(m, VM4, REQ_32(VM4, 0x8006, 1));
	STEP_OK(m, 0x8006, REQ_32(0x8006, SP2, 1));
	STEP_OK(m, SP2, YIELD(0x10, 0x20));
	FRAME(0x8400006c, 0x80020000, 0, 0); /* to an SP at v1.3 */
	STEP_OK(m, 0x8006, RUN(SP2, 0));
	STEP_OK(m, SP2, RESP_32(SP2, 0x8006, 1));
	STEP_OK(m, 0x8006, YIELD(0x30, 0x40));
	FRAME(0x8400006c, 0x80060000, 0x30, 0x40); /* to a VM */
	STEP_OK(m, VM4, RUN(0x8006, 0));
	STEP_OK(m, 0x8006, RESP_32(0x8006, VM4, 1));
	/* Before v1.3 the timeout is passed on as given. */
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	STEP_OK(m, SP2, YIELD(0x50, 0x60));
	FRAME(0x8400006c, 0x80020000, 0x50, 0x60); /* to SP1, at v1.2 */
}

static void interrupt_needs_a_running_context(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, SPMC, INTERRUPT(SP1, 0), MODEL_DIRECT_INTERRUPT_NOT_RUNNING);
	assert_int_equal(mt_diag.reg, 1);
	assert_int_equal(mt_diag.bits, (uint32_t)SP1 << 16);
	STEP_FAIL_ON(m, SPMC, 1, INTERRUPT(SP1, 1), MODEL_DIRECT_INTERRUPT_NOT_RUNNING);
	assert_int_equal(mt_diag.bits, (uint32_t)SP1 << 16); /* the endpoint, not EC 1 */
	STEP_OK(m, HYP, RUN(SP1, 0));
	STEP_OK(m, SPMC, INTERRUPT(SP1, 0));
	STEP_FAIL(m, SPMC, INTERRUPT(SP1, 0), MODEL_DIRECT_INTERRUPT_NOT_RUNNING);
	STEP_OK(m, HYP, RUN(SP1, 0));
	STEP_OK(m, SP1, YIELD(0, 0));
	STEP_FAIL(m, SPMC, INTERRUPT(SP1, 0), MODEL_DIRECT_INTERRUPT_NOT_RUNNING);
}

static void yield_needs_a_running_context(void **state)
{
	struct ffav_model *m = *state;

	STEP_FAIL(m, SP1, YIELD(0, 0), MODEL_DIRECT_CALLER_STATE);
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	STEP_FAIL(m, SP1, YIELD(0, 0), MODEL_DIRECT_CALLER_STATE); /* blocked on SP2 */
	STEP_OK(m, SP2, YIELD(0, 0));
	STEP_FAIL(m, SP1, YIELD(0, 0), MODEL_DIRECT_CALLER_STATE); /* must resume SP2 */
	STEP_OK(m, SP1, RUN(SP2, 0));
	STEP_OK(m, SP2, RESP_32(SP2, SP1, 1));
	STEP_OK(m, SP1, YIELD(0, 0));
}

static void v13_wide_cycles(void **state)
{
	struct ffav_model m;

	(void)state;
	ffav_model_init(&m, 0);
	mt_add(&m, HYP, FFAV_ROLE_HYPERVISOR, V13, 1, 0);
	mt_add(&m, SP1, FFAV_ROLE_SP, V13, 1, FFAV_PROP_DIRECT_REQ_RECV);
	STEP_OK(&m, HYP, CALL(0xC400006d, W1(SP1, 0)));
	FRAME(0xC400006d, 0x80010000);
	STEP_FAIL(&m, SP1, CALL(0xC400006b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
		  MODEL_DIRECT_CYCLES_SBZ);
	assert_int_equal(mt_diag.reg, 17);
	STEP_OK(&m, SP1, CALL(0xC400006b));
	FRAME(0xC400006b);
}

/* ---- Invariants fire when the state is broken ---------------------------- */

static void expect_broken(struct ffav_model *m, uint32_t inv)
{
	uint32_t got = ffav_model_check_invariants(m);

	if (got != inv)
		fail_msg("expected %s, got %s", ffav_model_invariant_name(inv),
			 ffav_model_invariant_name(got));
	/* The direct-messaging invariants relate ECs of different endpoints: judged whole by
	 * ffav_model_check_invariants_of() too, whichever endpoint it names. */
	for (int s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		if (!m->ep[s].in_use)
			continue;
		assert_int_equal(ffav_model_check_invariants_of(m, m->ep[s].desc.id), inv);
		/* ... and not by the check for a notification call, which changes no EC. */
		assert_int_equal(ffav_model_check_notif_invariants_of(m, m->ep[s].desc.id), 0);
	}
}

static void direct_invariants_fire(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_model_ec *hyp = &m->ep[0].ec[0];
	struct ffav_model_ec *vm1 = &m->ep[1].ec[0];
	struct ffav_model_ec *sp1 = &m->ep[3].ec[0];
	struct ffav_model_ec *sp2 = &m->ep[4].ec[0];

	assert_int_equal(m->ep[3].desc.id, SP1);
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));

	sp1->state = 7;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_EC_STATE);
	sp1->state = FFAV_EC_RUNNING;
	sp2->by_request = 1; /* waiting, yet handling a request */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_EC_STATE);
	sp2->by_request = 0;
	sp1->yielded = 1;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_EC_STATE);
	sp1->yielded = 0;
	hyp->state = FFAV_EC_WAITING;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_EC_STATE);
	hyp->state = FFAV_EC_RUNNING;
	m->ep[4].ec[1].state = FFAV_EC_RUNNING; /* SP2 has one EC */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_EC_STATE);
	m->ep[4].ec[1].state = FFAV_EC_WAITING;
	m->ep[4].ec[1].origin = VM1;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_EC_STATE);
	m->ep[4].ec[1].origin = 0;
	hyp->state = FFAV_EC_PREEMPTED; /* originators are never preempted ... */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_EC_STATE);
	hyp->state = FFAV_EC_BLOCKED; /* ... nor yield */
	hyp->yielded = 1;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_EC_STATE);
	hyp->state = FFAV_EC_RUNNING;
	hyp->yielded = 0;
	assert_int_equal(ffav_model_check_invariants(m), 0);

	sp1->req_abi = FFAV_ABI_MSG_SEND_DIRECT_RESP;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_REQUEST);
	sp1->req_abi = FFAV_ABI_MSG_SEND_DIRECT_REQ2;
	sp1->req_fwk = 0x84;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_REQUEST);
	sp1->req_abi = FFAV_ABI_MSG_SEND_DIRECT_REQ;
	sp1->req_fwk = 0x04;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_REQUEST);
	sp1->req_fwk = 0;
	sp1->origin = VM2;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_REQUEST);
	sp1->origin = VM1;
	hyp->origin = VM1; /* running, but not for a request */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_REQUEST);
	hyp->origin = 0;
	assert_int_equal(ffav_model_check_invariants(m), 0);

	vm1->callee_ec = 1;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	vm1->callee_ec = 0;
	sp1->giver_ec = 1; /* VM1's EC 1 did not give SP1 the CPU */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	sp1->giver_ec = 0;
	vm1->callee_slot = 12; /* a free slot */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	vm1->callee_slot = 3;
	hyp->callee_ec = 1;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	hyp->callee_ec = FFAV_MODEL_NO_EC;
	sp1->giver_slot = 12;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_REQUEST); /* no EC sent the request */
	sp1->giver_slot = 200;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_REQUEST);
	sp1->giver_slot = 1;
	/* Two ECs claim VM1's EC 0 as giver; its callee is SP1's EC 0 only. Another slot: */
	sp2->state = FFAV_EC_RUNNING;
	sp2->giver_slot = 1;
	sp2->giver_ec = 0;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	sp2->state = FFAV_EC_WAITING;
	sp2->giver_slot = FFAV_MODEL_NO_EC;
	sp2->giver_ec = FFAV_MODEL_NO_EC;
	/* ... the same slot, another EC (SP1's EC 1). */
	m->ep[3].ec[1].state = FFAV_EC_RUNNING;
	m->ep[3].ec[1].giver_slot = 1;
	m->ep[3].ec[1].giver_ec = 0;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	m->ep[3].ec[1].state = FFAV_EC_WAITING;
	m->ep[3].ec[1].giver_slot = FFAV_MODEL_NO_EC;
	m->ep[3].ec[1].giver_ec = FFAV_MODEL_NO_EC;
	/* A running EC not in a request, "given the CPU" by a slot that does not exist. */
	sp2->state = FFAV_EC_RUNNING;
	sp2->giver_slot = 200;
	sp2->giver_ec = 0;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	sp2->state = FFAV_EC_WAITING;
	sp2->giver_slot = FFAV_MODEL_NO_EC;
	sp2->giver_ec = FFAV_MODEL_NO_EC;
	vm1->callee_ec = 5; /* SP1 has 2 ECs */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	vm1->callee_ec = 0;
	sp2->state = FFAV_EC_RUNNING; /* "given the CPU" by VM1's EC 1, which gave it nothing */
	sp2->giver_slot = 1;
	sp2->giver_ec = 1;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	sp2->state = FFAV_EC_WAITING;
	sp2->giver_slot = FFAV_MODEL_NO_EC;
	sp2->giver_ec = FFAV_MODEL_NO_EC;
	m->ep[4].ec[0].state = FFAV_EC_RUNNING; /* SP2 runs, given the CPU by no one */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	m->ep[4].ec[0].state = FFAV_EC_WAITING;
	hyp->giver_slot = 3; /* an originator given the CPU */
	hyp->giver_ec = 1;
	m->ep[3].ec[1].state = FFAV_EC_BLOCKED;
	m->ep[3].ec[1].giver_slot = 1;
	m->ep[3].ec[1].giver_ec = 1;
	m->ep[3].ec[1].callee_slot = 0;
	m->ep[3].ec[1].callee_ec = 0;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	declare(m, 0);
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	hyp->giver_ec = 3;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	hyp->giver_ec = FFAV_MODEL_NO_EC;
	sp2->callee_ec = 3;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_EC_STATE); /* waiting and linked */
	sp2->callee_ec = FFAV_MODEL_NO_EC;
	vm1->state = FFAV_EC_RUNNING; /* its callee runs */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_BLOCKED);
	vm1->state = FFAV_EC_BLOCKED;
	hyp->state = FFAV_EC_BLOCKED; /* blocked on nothing */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_BLOCKED);
	hyp->state = FFAV_EC_RUNNING;
	sp1->state = FFAV_EC_PREEMPTED; /* its giver must run again */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_BLOCKED);
	sp1->state = FFAV_EC_RUNNING;
	assert_int_equal(ffav_model_check_invariants(m), 0);
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	sp1->yielded = 1; /* blocked on a running callee, not yielded */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_BLOCKED);
	sp1->yielded = 0;
	assert_int_equal(ffav_model_check_invariants(m), 0);
}

/* Steps on a corrupted model stay memory-safe (the invariants are broken, so no STEP_*). */
static void corrupted_state_is_survived(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_model_ec *sp1 = &m->ep[3].ec[0];
	struct ffav_model_ec *sp2 = &m->ep[4].ec[0];
	struct ffav_diag d;

	/* A giver loop: the chain walk of a request stops at the number of ECs. */
	sp1->state = FFAV_EC_BLOCKED;
	sp2->state = FFAV_EC_BLOCKED;
	sp1->giver_slot = 4;
	sp1->giver_ec = 0;
	sp2->giver_slot = 3;
	sp2->giver_ec = 0;
	assert_int_equal(ffav_model_step(m, SP1, REQ_32(SP1, SP4, 1), NULL, &d), FFAV_RET_DENIED);
	assert_int_equal(d.rule, FFAV_RULE_MODEL_DIRECT_CALLER_STATE);
	/* A running partition with no giver: FFA_MSG_WAIT hands the CPU to no one. */
	declare(m, 0);
	sp1->state = FFAV_EC_RUNNING;
	assert_int_equal(ffav_model_step(m, SP1, MSG_WAIT, NULL, NULL), FFAV_RET_SUCCESS);
	EC(m, SP1, 0, WAITING);
}

/* Links just past the arrays' bounds, on a running SP1. Every step that follows or uses the
 * link stays inside the model: the mutation build runs this under clang's
 * -fsanitize=undefined, which checks each index against its array (docs/quality.md). */
static const uint8_t bad_links[][2] = {
	{ FFAV_MODEL_MAX_ENDPOINTS, 0 },
	{ 0, FFAV_MODEL_MAX_VCPUS },
	{ FFAV_MODEL_NO_EC, 0 },
	{ 0, FFAV_MODEL_NO_EC },
};

static void give_sp1_a_bad_giver(struct ffav_model *m, unsigned int k, bool by_request)
{
	struct ffav_model_ec *sp1 = &m->ep[3].ec[0];

	declare(m, 0);
	sp1->state = FFAV_EC_RUNNING;
	sp1->giver_slot = bad_links[k][0];
	sp1->giver_ec = bad_links[k][1];
	if (by_request) {
		sp1->by_request = 1;
		sp1->req_abi = FFAV_ABI_MSG_SEND_DIRECT_REQ;
		sp1->origin = VM1;
		expect_broken(m, FFAV_MODEL_DIRECT_INV_REQUEST);
	} else {
		expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	}
}

/* A step on SP1 with a bad link changes SP1 (slot 3) and the receiver `also` only: a write
 * through a link one past the EC array would land in the next slot. */
static void step_sp1(struct ffav_model *m, const uint64_t regs[FFAV_NREGS], int also)
{
	static struct ffav_model before;
	struct ffav_diag d;
	int s;

	memcpy(&before, m, sizeof(before));
	assert_int_equal(ffav_model_step(m, SP1, regs, NULL, &d), FFAV_RET_SUCCESS);
	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		if (s != 3 && s != also)
			assert_memory_equal(&before.ep[s], &m->ep[s], sizeof(m->ep[s]));
	}
}

static void links_out_of_the_arrays(void **state)
{
	struct ffav_model *m = *state;
	unsigned int k;

	for (k = 0; k < sizeof(bad_links) / sizeof(bad_links[0]); k++) {
		/* FFA_MSG_WAIT and FFA_YIELD give the CPU back to no one. */
		give_sp1_a_bad_giver(m, k, false);
		step_sp1(m, MSG_WAIT, 3);
		EC(m, SP1, 0, WAITING);
		give_sp1_a_bad_giver(m, k, false);
		step_sp1(m, YIELD(0, 0), 3);
		EC(m, SP1, 0, BLOCKED);
		/* The cycle walk of a request ends at the link. */
		give_sp1_a_bad_giver(m, k, false);
		step_sp1(m, REQ_32(SP1, SP2, 1), 4);
		EC(m, SP2, 0, RUNNING);
		EC(m, SP1, 0, BLOCKED);
		/* A response is delivered to no one. */
		give_sp1_a_bad_giver(m, k, true);
		step_sp1(m, RESP_32(SP1, VM1, 1), 3);
		EC(m, SP1, 0, WAITING);
	}
}

/* Links that one end holds and the other does not, each caught from the end that holds it
 * (the other end's own links are sound). */
static void direct_invariants_one_sided_links(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_model_ec *vm1 = &m->ep[1].ec[0];
	struct ffav_model_ec *sp1 = &m->ep[3].ec[0];
	struct ffav_model_ec *sp2 = &m->ep[4].ec[0];

	/* SP2 "gave the CPU" to SP1, which the hypervisor ran: SP1's giver is EC 0 of another
	 * slot. */
	STEP_OK(m, HYP, RUN(SP1, 0));
	STEP_OK(m, VM1, REQ_32(VM1, SP2, 1));
	sp2->state = FFAV_EC_BLOCKED;
	sp2->callee_slot = 3;
	sp2->callee_ec = 0;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	/* VM1's EC 1 "sent" the request SP2 handles for VM1's EC 0: same slot, another EC. */
	declare(m, 0);
	STEP_OK(m, VM1, REQ_32(VM1, SP2, 1));
	m->ep[1].ec[1].state = FFAV_EC_BLOCKED;
	m->ep[1].ec[1].callee_slot = 4;
	m->ep[1].ec[1].callee_ec = 0;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);
	/* SP1 blocked on VM1, which runs for no one. */
	declare(m, 0);
	STEP_OK(m, HYP, RUN(SP1, 0));
	sp1->state = FFAV_EC_BLOCKED;
	sp1->callee_slot = 1;
	sp1->callee_ec = 0;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_LINKS);

	/* A request handler's giver that is not an EC of the origin. */
	declare(m, 0);
	STEP_OK(m, VM1, REQ_32(VM1, SP1, 1));
	sp1->giver_ec = 5; /* VM1 has 2 ECs */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_REQUEST);
	sp1->giver_ec = 0;
	sp1->req_fwk = 0x01; /* a framework type without the framework bit */
	expect_broken(m, FFAV_MODEL_DIRECT_INV_REQUEST);
	sp1->req_fwk = 0;
	assert_int_equal(ffav_model_check_invariants(m), 0);

	/* SP1 yielded while its callee runs, though its giver VM1 runs again. */
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	sp1->yielded = 1;
	vm1->state = FFAV_EC_RUNNING;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_BLOCKED);

	/* A free slot that runs. */
	declare(m, 0);
	assert_false(m->ep[12].in_use);
	m->ep[12].desc.vcpus = 1; /* as if it described a running host */
	m->ep[12].ec[0].state = FFAV_EC_RUNNING;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_EC_STATE);
}

/* Only the first n_uuids UUIDs of a description are services, whatever follows them. */
static void req2_uuids_beyond_the_count(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_endpoint_desc d;

	memset(&d, 0, sizeof(d));
	d.id = 0x8005;
	d.role = FFAV_ROLE_SP;
	d.version = V12;
	d.vcpus = 1;
	d.properties = FFAV_PROP_DIRECT_REQ2_RECV;
	d.n_uuids = 1;
	d.uuids[0][0] = UUID_LO;
	d.uuids[0][1] = UUID_HI;
	d.uuids[1][0] = UUID_LO + 1;
	d.uuids[1][1] = UUID_HI;
	assert_int_equal(ffav_model_add_endpoint(m, &d), FFAV_RET_SUCCESS);
	STEP_FAIL(m, VM1, REQ2(VM1, 0x8005, UUID_LO + 1, UUID_HI, 0x11), MODEL_DIRECT_REQ2_UUID);
	STEP_OK(m, VM1, REQ2(VM1, 0x8005, UUID_LO, UUID_HI, 0x11));
}

static void direct_invariants_find_cycles(void **state)
{
	struct ffav_model *m = *state;
	struct ffav_model_ec *sp1 = &m->ep[3].ec[0];
	struct ffav_model_ec *sp2 = &m->ep[4].ec[0];

	/* SP1 and SP2 each gave the other the CPU: a loop no step can build. */
	sp1->state = FFAV_EC_BLOCKED;
	sp2->state = FFAV_EC_BLOCKED;
	sp1->giver_slot = 4;
	sp1->giver_ec = 0;
	sp1->callee_slot = 4;
	sp1->callee_ec = 0;
	sp2->giver_slot = 3;
	sp2->giver_ec = 0;
	sp2->callee_slot = 3;
	sp2->callee_ec = 0;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_ACYCLIC);
	/* Two running ECs in one chain: SP2 runs while its giver SP1 runs too (caught as a
	 * giver that is not blocked). */
	declare(m, 0);
	STEP_OK(m, HYP, RUN(SP1, 0));
	STEP_OK(m, SP1, REQ_32(SP1, SP2, 1));
	sp1->state = FFAV_EC_RUNNING;
	m->ep[0].ec[0].state = FFAV_EC_RUNNING;
	expect_broken(m, FFAV_MODEL_DIRECT_INV_BLOCKED);
	assert_string_equal(ffav_model_invariant_name(FFAV_MODEL_DIRECT_INV_ACYCLIC),
			    "MODEL_DIRECT_INV_ACYCLIC");
}

#define T(f) cmocka_unit_test_setup(f, setup)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(initial_states),
		T(ec_state_of_unknown_endpoint),
		T(init_clears_every_slot),
		T(request_and_response_are_delivered),
		T(hypervisor_sends_for_its_vms),
		T(call_chain),
		T(receiver_unknown),
		T(receiver_must_serve_requests),
		T(req2_routing_by_uuid),
		T(req2_uuids_beyond_the_count),
		T(req2_receiver_version),
		T(receive_property),
		T(send_property),
		T(vm_created_and_destroyed),
		T(vm_destroyed_forged_by_a_guest),
		T(power_management_chain),
		T(caller_and_receiver_contexts),
		T(busy_receiver),
		T(busy_before_cycle),
		T(cycle_denied),
		T(caller_state),
		T(response_needs_a_request),
		T(response_while_callee_outstanding),
		T(preempted_inside_a_chain),
		T(response_from_a_blocked_context),
		T(same_partition_other_context_is_no_cycle),
		T(response_origin),
		T(response_abi_pairing),
		T(response_width),
		T(response_framework_pairing),
		T(cycles_reserved_registers),
		T(cycles_reserved_registers_ignored_by_policy),
		T(cycles_callers),
		T(msg_wait_while_handling_a_request),
		T(run_target),
		T(run_busy_and_blocked),
		T(run_resumes_only_for_the_giver),
		T(yield_timeout_only_to_a_vm),
		T(interrupt_needs_a_running_context),
		T(yield_needs_a_running_context),
		T(v13_wide_cycles),
		T(direct_invariants_fire),
		T(corrupted_state_is_survived),
		T(links_out_of_the_arrays),
		T(direct_invariants_one_sided_links),
		T(direct_invariants_find_cycles),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
