/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Reference models of the state FF-A notification and direct-message calls depend on
 * (DESIGN.md §6). Freestanding: capacities fixed at compile time, state in a caller-owned
 * struct, no allocation. Included by ffa_validate.h users who want the models.
 *
 * The function signatures in this header are a contract shared by the scenario runner
 * (tools/), the fuzzers and the ports' examples; the contents of struct ffav_model are not.
 */
#ifndef FFA_VALIDATE_MODEL_H
#define FFA_VALIDATE_MODEL_H

#include "ffa_validate.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Capacities. A port may define them before including this header. */
#ifndef FFAV_MODEL_MAX_ENDPOINTS
#define FFAV_MODEL_MAX_ENDPOINTS 16
#endif
#ifndef FFAV_MODEL_MAX_VCPUS
#define FFAV_MODEL_MAX_VCPUS 8
#endif
#ifndef FFAV_MODEL_MAX_UUIDS
#define FFAV_MODEL_MAX_UUIDS 4
#endif

/* Partition properties (FFA_PARTITION_INFO_GET, DEN0077A v1.2 Table 6.2;
 * spec/direct_messaging.md §9). */
#define FFAV_PROP_DIRECT_REQ_RECV (1u << 0)
#define FFAV_PROP_DIRECT_REQ_SEND (1u << 1)
#define FFAV_PROP_INDIRECT_MSG (1u << 2)
#define FFAV_PROP_NOTIFICATIONS (1u << 3)
#define FFAV_PROP_VM_CREATED (1u << 6)
#define FFAV_PROP_VM_DESTROYED (1u << 7)
#define FFAV_PROP_DIRECT_REQ2_RECV (1u << 9)
#define FFAV_PROP_DIRECT_REQ2_SEND (1u << 10)

/* An endpoint declared up front (spec/vector-format.md §2 "endpoints"). */
struct ffav_endpoint_desc {
	uint16_t id;
	enum ffav_role role;
	uint32_t version;    /* negotiated FF-A version */
	uint16_t vcpus;	     /* execution contexts, 1..FFAV_MODEL_MAX_VCPUS */
	uint32_t properties; /* FFAV_PROP_* */
	uint8_t n_uuids;
	uint64_t uuids[FFAV_MODEL_MAX_UUIDS][2]; /* as REQ2 carries them: x2, x3 */
};

struct ffav_model {
	uint32_t policy;
	uint8_t n_endpoints;
	struct ffav_endpoint_desc endpoints[FFAV_MODEL_MAX_ENDPOINTS];
};

/* Start empty with the policy every call is judged under. */
void ffav_model_init(struct ffav_model *m, uint32_t policy);

/* Declare an endpoint. SUCCESS; NO_MEMORY when full; INVALID_PARAMETERS for a duplicate ID,
 * an ID that does not fit its role, or vcpus/n_uuids out of range. */
int32_t ffav_model_add_endpoint(struct ffav_model *m, const struct ffav_endpoint_desc *ep);

/* One whole call by the declared endpoint `caller`: the stateless check first, then the
 * state, all before anything changes; then apply it. Returns the status and writes the
 * exact response frame to resp (FFA_SUCCESS/FFA_ERROR/..., which passes
 * ffav_check_response()); diag says which rule rejected the call. */
int32_t ffav_model_step(struct ffav_model *m, uint16_t caller, const uint64_t regs[FFAV_NREGS],
			uint64_t resp[FFAV_NREGS], struct ffav_diag *diag);

/* 0 when every invariant of the model holds, else the ID of the first broken one. */
uint32_t ffav_model_check_invariants(const struct ffav_model *m);

#ifdef __cplusplus
}
#endif

#endif /* FFA_VALIDATE_MODEL_H */
