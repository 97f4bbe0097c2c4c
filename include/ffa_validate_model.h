/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Reference models of the state FF-A notification and direct-message calls depend on
 * (docs/models.md). Freestanding: capacities fixed at compile time, state in a caller-owned
 * struct, no allocation. Included by ffa_validate.h users who want the models.
 *
 * The function signatures in this header are a contract shared by the scenario runner
 * (tools/), the fuzzers and the ports' examples; the contents of struct ffav_model are not.
 * docs/models.md describes what the models keep, their rules and their invariants.
 */
#ifndef FFA_VALIDATE_MODEL_H
#define FFA_VALIDATE_MODEL_H

#include "ffa_validate.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Capacities. A port may define them before including this header (the library and every
 * user of the struct must then be built with the same values). */
#ifndef FFAV_MODEL_MAX_ENDPOINTS
#define FFAV_MODEL_MAX_ENDPOINTS 16 /* declared endpoints + bitmaps created for undeclared IDs */
#endif
#ifndef FFAV_MODEL_MAX_VCPUS
#define FFAV_MODEL_MAX_VCPUS 8 /* execution contexts per endpoint (and per-vCPU bitmaps) */
#endif
#ifndef FFAV_MODEL_MAX_UUIDS
#define FFAV_MODEL_MAX_UUIDS 4 /* REQ2 service UUIDs per partition */
#endif
#ifndef FFAV_MODEL_MAX_BITMAPS
#define FFAV_MODEL_MAX_BITMAPS 8 /* Normal-world bitmaps BITMAP_CREATE can allocate */
#endif
#ifndef FFAV_MODEL_MAX_NOTIFS
/* Notification IDs a receiver's bitmap of one sender class can hold: 64 (every v1.1 and v1.2
 * implementation) up to 384 (DEN0077A v1.3 Table 13.14: 64 + i, i <= 320), a multiple of 64. */
#define FFAV_MODEL_MAX_NOTIFS 384
#endif
#if FFAV_MODEL_MAX_NOTIFS < 64 || FFAV_MODEL_MAX_NOTIFS > 384 || FFAV_MODEL_MAX_NOTIFS % 64 != 0
#error "FFAV_MODEL_MAX_NOTIFS must be 64, 128, ..., 384"
#endif

/* Partition properties (FFA_PARTITION_INFO_GET, DEN0077A v1.2 Table 6.2). */
#define FFAV_PROP_DIRECT_REQ_RECV (1u << 0)
#define FFAV_PROP_DIRECT_REQ_SEND (1u << 1)
#define FFAV_PROP_INDIRECT_MSG (1u << 2)
#define FFAV_PROP_NOTIFICATIONS (1u << 3)
#define FFAV_PROP_VM_CREATED (1u << 6)
#define FFAV_PROP_VM_DESTROYED (1u << 7)
#define FFAV_PROP_DIRECT_REQ2_RECV (1u << 9)
#define FFAV_PROP_DIRECT_REQ2_SEND (1u << 10)

/* An endpoint declared up front (docs/scenarios.md, "Endpoints"). */
struct ffav_endpoint_desc {
	uint16_t id;
	enum ffav_role role;
	uint32_t version;    /* negotiated FF-A version */
	uint16_t vcpus;	     /* execution contexts, 1..FFAV_MODEL_MAX_VCPUS */
	uint32_t properties; /* FFAV_PROP_* */
	uint8_t n_uuids;
	uint64_t uuids[FFAV_MODEL_MAX_UUIDS][2]; /* as REQ2 carries them: x2, x3 */
};

/* State of an execution context in the direct-messaging runtime model
 * (DEN0077A v1.3 chapter 14; docs/models.md). Secure partitions and the SPMC start WAITING; the
 * Normal world and the SPMD, which originate calls, start RUNNING. */
enum ffav_ec_state {
	FFAV_EC_WAITING = 0,   /* may receive a direct request (or be given cycles by FFA_RUN) */
	FFAV_EC_RUNNING = 1,   /* has the CPU */
	FFAV_EC_BLOCKED = 2,   /* waits for the EC it sent a request to / ran, or yielded */
	FFAV_EC_PREEMPTED = 3, /* interrupted (FFA_INTERRUPT); resumed by FFA_RUN */
};

/* ---- Internal state: read it for debugging, change it only through the functions ---- */

#define FFAV_MODEL_NOTIFS FFAV_MODEL_MAX_NOTIFS		    /* notification IDs per bitmap */
#define FFAV_MODEL_NOTIF_WORDS (FFAV_MODEL_MAX_NOTIFS / 64) /* 64-bit words per bitmap */
#define FFAV_MODEL_NO_EC 0xFFu

/* One sender world's bitmap at one receiver: bindings, pending bits and what INFO_GET has
 * already reported (DEN0077A v1.3 §16.3-§16.11). Notification ID i is bit i % 64 of word
 * i / 64, as BIND2..GET2 carry it in x3-x8 (DEN0077A v1.3 Table 16.29); the v1.1 ABIs reach
 * word 0 only. */
struct ffav_model_bitmap {
	uint64_t bound[FFAV_MODEL_NOTIF_WORDS];	   /* bit i is bound ... */
	uint64_t per_vcpu[FFAV_MODEL_NOTIF_WORDS]; /* ... as a per-vCPU notification */
	uint16_t sender[FFAV_MODEL_NOTIFS];	   /* ... to this sender (0 when unbound) */
	uint64_t pending[FFAV_MODEL_NOTIF_WORDS];  /* pending global notifications */
	uint64_t pending_vcpu[FFAV_MODEL_MAX_VCPUS][FFAV_MODEL_NOTIF_WORDS]; /* per-vCPU ones */
	uint64_t reported[FFAV_MODEL_NOTIF_WORDS]; /* pending bits INFO_GET already listed */
	uint64_t reported_vcpu[FFAV_MODEL_MAX_VCPUS][FFAV_MODEL_NOTIF_WORDS];
};

#define FFAV_MODEL_FROM_SP 0 /* bitmap of notifications whose sender is an SP */
#define FFAV_MODEL_FROM_VM 1 /* ... whose sender is a Normal-world endpoint */

struct ffav_model_notif {
	bool enabled;	    /* may receive notifications: SP with the property, or bitmap created */
	bool created;	    /* BITMAP_CREATE made it (Normal world) */
	uint16_t vcpus;	    /* vCPU count bounding GET and per-vCPU SET (BITMAP_CREATE w2) */
	uint16_t notifs[2]; /* IDs its bitmaps hold per sender class, 64 + i (0 when disabled) */
	struct ffav_model_bitmap world[2]; /* FFAV_MODEL_FROM_SP, FFAV_MODEL_FROM_VM */
	uint32_t framework[2];		   /* pending SPM (FROM_SP) and hypervisor (FROM_VM) bits */
	uint32_t framework_reported[2];
};

/* The request an execution context handles, and the chain links between contexts. */
struct ffav_model_ec {
	uint8_t state;	     /* enum ffav_ec_state */
	uint8_t yielded;     /* BLOCKED by FFA_YIELD (resumable by FFA_RUN) */
	uint8_t by_request;  /* running for a direct request (else for FFA_RUN) */
	uint8_t req_abi;     /* enum ffav_abi of the request: DIRECT_REQ or DIRECT_REQ2 */
	uint8_t req_smc64;   /* the request was an SMC64 call */
	uint8_t req_v13;     /* ... made at v1.3 or later (informational: no rule depends on it) */
	uint8_t req_fwk;     /* 0: partition message; else 0x80 | framework type */
	uint16_t origin;     /* endpoint ID the request came from */
	uint8_t giver_slot;  /* the EC that gave this one the CPU (request or FFA_RUN) */
	uint8_t giver_ec;    /*   or FFAV_MODEL_NO_EC */
	uint8_t callee_slot; /* the EC this one gave the CPU to, or FFAV_MODEL_NO_EC */
	uint8_t callee_ec;
};

struct ffav_model_endpoint {
	bool in_use;
	bool declared; /* by ffav_model_add_endpoint (else made by BITMAP_CREATE) */
	struct ffav_endpoint_desc desc;
	struct ffav_model_notif notif;
	struct ffav_model_ec ec[FFAV_MODEL_MAX_VCPUS];
};

struct ffav_model {
	uint32_t policy;
	uint8_t n_endpoints; /* slots in use */
	uint8_t n_bitmaps;   /* Normal-world bitmaps created */
	struct ffav_model_endpoint ep[FFAV_MODEL_MAX_ENDPOINTS];
};

/* ---- The contract ------------------------------------------------------ */

/* Start empty with the policy every call is judged under. Its notification counts
 * (FFAV_POLICY_NOTIF_EXTRA_SP(i), _VM(i): DEN0077A v1.3 Table 13.14 ID 4, 0 = 64) are also
 * what the model supports: every receiver's bitmaps hold 64 + i notifications of that sender
 * class (i at most FFAV_MODEL_MAX_NOTIFS - 64), except that a Normal-world bitmap holds the
 * SP notifications BITMAP_CREATE allocated for it (Table 16.4 w2[8:0]). */
void ffav_model_init(struct ffav_model *m, uint32_t policy);

/* Declare an endpoint. SUCCESS; NO_MEMORY when full; INVALID_PARAMETERS for a duplicate ID,
 * an ID that does not fit its role, or vcpus/n_uuids out of range. */
int32_t ffav_model_add_endpoint(struct ffav_model *m, const struct ffav_endpoint_desc *ep);

/* One whole call by the declared endpoint `caller`: the stateless check first, then the
 * state, all before anything changes; then apply it. Returns the status and writes the
 * exact response frame to resp (FFA_SUCCESS/FFA_ERROR/..., which passes
 * ffav_check_response()); diag says which rule rejected the call. Same as
 * ffav_model_step_on_cpu() on CPU 0. */
int32_t ffav_model_step(struct ffav_model *m, uint16_t caller, const uint64_t regs[FFAV_NREGS],
			uint64_t resp[FFAV_NREGS], struct ffav_diag *diag);

/* 0 when every invariant of the model holds, else the ID of the first broken one
 * (FFAV_MODEL_INV_*, below). */
uint32_t ffav_model_check_invariants(const struct ffav_model *m);

/* ---- Beyond the contract ----------------------------------------------- */

/* ffav_model_check_invariants() for a model that kept every invariant before a call that
 * could change the notification state of endpoint `id` only (any direct-messaging state):
 * the model-wide invariants, every direct-messaging one (they relate execution contexts of
 * different endpoints), and the notification invariants of endpoint `id` alone (none when
 * the model does not hold `id`). 0 or the ID of a broken invariant. For harnesses that check
 * after every step (fuzz/fuzz_model.c): walking every endpoint's bitmaps costs far more. */
uint32_t ffav_model_check_invariants_of(const struct ffav_model *m, uint16_t id);

/* The same without the direct-messaging invariants, for a call that changes no
 * direct-messaging state (the notification ABIs): the model-wide invariants and the
 * notification invariants of endpoint `id` alone. */
uint32_t ffav_model_check_notif_invariants_of(const struct ffav_model *m, uint16_t id);

/* ffav_model_step() for a call made on physical CPU `cpu` (scenario step field "cpu").
 * The caller runs its execution context `cpu` (EC 0 when it has only one), and a direct
 * request to a partition with several ECs is delivered to its EC `cpu` (FF-A pins an MP
 * partition's EC to its CPU; a UP partition's single EC migrates). Notification calls do
 * not depend on the CPU. resp and diag may be NULL; resp may alias regs.
 *
 * Frames written to resp on success (docs/models.md §4):
 *   notification ABIs   FFA_SUCCESS_32 (INFO_GET_64: FFA_SUCCESS_64), GET bitmaps in w2-w7,
 *                       INFO_GET lists in w2/x2 and w3-w7/x3-x7, other registers zero;
 *   DIRECT_REQ/REQ2     the request as delivered to the receiver (ffav_canonical() image);
 *   DIRECT_RESP/RESP2   the response as delivered to the requester (ffav_canonical());
 *   FFA_RUN             FFA_RUN with w1 = target ID << 16 | EC, as the target resumes;
 *   FFA_MSG_WAIT        FFA_MSG_WAIT, as returned to the EC that gave the caller the CPU;
 *   FFA_YIELD           FFA_YIELD with w1 = caller ID << 16 | EC and w2/w3 (timeout) copied;
 *   FFA_INTERRUPT       FFA_INTERRUPT with w1 = target ID << 16 | EC.
 * On rejection: the FFA_ERROR frame of ffav_error_frame(). */
int32_t ffav_model_step_on_cpu(struct ffav_model *m, uint16_t caller, uint16_t cpu,
			       const uint64_t regs[FFAV_NREGS], uint64_t resp[FFAV_NREGS],
			       struct ffav_diag *diag);

/* The framework raises "RX buffer full" (framework notification bit 0) at `receiver`, as
 * when an indirect message (FFA_MSG_SEND2) is copied into its RX buffer: the SPM framework
 * bit when the sender is an SP (from_sp), else the hypervisor framework bit
 * (DEN0077A v1.3 Table 16.25, w6 and w7). Scenario step {"event": "rx-buffer-full", "receiver": ID}
 * with the sender as "caller". SUCCESS; INVALID_PARAMETERS (MODEL_NOTIF_RECEIVER_UNKNOWN) or
 * DENIED (MODEL_NOTIF_SET_RECEIVER_DISABLED) as for FFA_NOTIFICATION_SET. */
int32_t ffav_model_rx_buffer_full(struct ffav_model *m, uint16_t receiver, bool from_sp,
				  struct ffav_diag *diag);

/* The state of execution context `ec` of endpoint `id` (enum ffav_ec_state), or -1 when
 * there is no such context. */
int ffav_model_ec_state(const struct ffav_model *m, uint16_t id, uint16_t ec);

/* ---- Invariants -------------------------------------------------------- */

/* X(NAME, ID, "what must hold"). IDs share the model ranges of ffa_validate_rules.h
 * (0x05F0.. notification model, 0x06F0.. direct-messaging model) but are not rules: no call
 * is rejected with them, ffav_model_check_invariants() reports them. */
#define FFAV_MODEL_INVARIANTS(X)                                                                 \
	X(MODEL_INV_ENDPOINTS, 0x05F0,                                                           \
	  "endpoint slots in use have distinct IDs that fit their roles, valid versions and "    \
	  "1..FFAV_MODEL_MAX_VCPUS execution contexts; n_endpoints counts them")                 \
	X(MODEL_NOTIF_INV_BITMAPS, 0x05F1,                                                       \
	  "only Normal-world endpoints have created bitmaps, n_bitmaps counts them (at most "    \
	  "FFAV_MODEL_MAX_BITMAPS); an endpoint receives notifications iff it is an SP with "    \
	  "the notifications property or its bitmap was created")                                \
	X(MODEL_NOTIF_INV_DISABLED_EMPTY, 0x05F2,                                                \
	  "an endpoint that cannot receive notifications has no binding and nothing pending")    \
	X(MODEL_NOTIF_INV_ONE_SENDER, 0x05F3,                                                    \
	  "every bound bit has exactly one sender, of the bitmap's world and not the receiver "  \
	  "itself; an unbound bit has no sender and no type")                                    \
	X(MODEL_NOTIF_INV_PENDING_BOUND, 0x05F4,                                                 \
	  "every pending bit is bound, global bits as global, per-vCPU bits as per-vCPU")        \
	X(MODEL_NOTIF_INV_VCPU_RANGE, 0x05F5,                                                    \
	  "no per-vCPU bit is pending for a vCPU at or beyond the receiver's vCPU count")        \
	X(MODEL_NOTIF_INV_REPORTED, 0x05F6, "INFO_GET marks only bits that are still pending")   \
	X(MODEL_NOTIF_INV_FRAMEWORK, 0x05F7,                                                     \
	  "only framework bit 0 (RX buffer full) is ever pending")                               \
	X(MODEL_NOTIF_INV_COUNT, 0x05F8,                                                         \
	  "a receiver's bitmaps hold 64 to FFAV_MODEL_MAX_NOTIFS notifications per sender "      \
	  "class (an endpoint that cannot receive: 0), and nothing is bound, typed, pending or " \
	  "reported at or above that count")                                                     \
	X(MODEL_DIRECT_INV_EC_STATE, 0x06F0,                                                     \
	  "every EC state is one of enum ffav_ec_state; a WAITING EC handles nothing and is "    \
	  "linked to nothing; ECs of the call originators (Normal world, SPMD) never wait")      \
	X(MODEL_DIRECT_INV_REQUEST, 0x06F1,                                                      \
	  "an EC handles at most one request: a DIRECT_REQ (partition or framework message) "    \
	  "or a DIRECT_REQ2, from the endpoint of the EC that gave it the CPU")                  \
	X(MODEL_DIRECT_INV_LINKS, 0x06F2,                                                        \
	  "chain links are mutual: A gave B the CPU iff B's giver is A; every non-waiting EC "   \
	  "of a partition has a giver, and originators have none")                               \
	X(MODEL_DIRECT_INV_BLOCKED, 0x06F3,                                                      \
	  "an EC whose callee runs (or is blocked on its own callee) is BLOCKED, one whose "     \
	  "callee is preempted or yielded is RUNNING or PREEMPTED; a yielded EC is BLOCKED")     \
	X(MODEL_DIRECT_INV_ACYCLIC, 0x06F4,                                                      \
	  "following givers from any EC ends at an originator without revisiting an EC")

#define FFAV_MODEL_INV_ENUM_(name, id, text) FFAV_##name = (id),
enum ffav_model_invariant { FFAV_MODEL_INVARIANTS(FFAV_MODEL_INV_ENUM_) };
#undef FFAV_MODEL_INV_ENUM_

/* "MODEL_NOTIF_INV_PENDING_BOUND" and its summary, or "" (unknown ID, or FFAV_NO_STRINGS). */
const char *ffav_model_invariant_name(uint32_t id);
const char *ffav_model_invariant_summary(uint32_t id);

#ifdef __cplusplus
}
#endif

#endif /* FFA_VALIDATE_MODEL_H */
