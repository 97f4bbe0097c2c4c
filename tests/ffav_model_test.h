/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* Helpers shared by the model tests: endpoints, calls, and a step that checks everything
 * a step must guarantee. */
#ifndef FFAV_MODEL_TEST_H
#define FFAV_MODEL_TEST_H

#include "ffav_test.h"

#include "ffa_validate_model.h"

/* A call: x0..x5, the rest zero. */
#define CALL(...) ((const uint64_t[FFAV_NREGS]){ __VA_ARGS__ })

static inline void mt_add(struct ffav_model *m, uint16_t id, enum ffav_role role, uint32_t version,
			  uint16_t vcpus, uint32_t props)
{
	struct ffav_endpoint_desc d;

	memset(&d, 0, sizeof(d));
	d.id = id;
	d.role = role;
	d.version = version;
	d.vcpus = vcpus;
	d.properties = props;
	assert_int_equal(ffav_model_add_endpoint(m, &d), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_model_check_invariants(m), 0);
}

/* Add a service UUID (x2, x3) to a declared endpoint. */
static inline void mt_add_uuid(struct ffav_model *m, uint16_t id, uint64_t lo, uint64_t hi)
{
	unsigned int s;

	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		struct ffav_endpoint_desc *d = &m->ep[s].desc;

		if (m->ep[s].in_use && d->id == id) {
			assert_true(d->n_uuids < FFAV_MODEL_MAX_UUIDS);
			d->uuids[d->n_uuids][0] = lo;
			d->uuids[d->n_uuids][1] = hi;
			d->n_uuids++;
			return;
		}
	}
	fail_msg("no endpoint %#x", id);
}

/* The frame of the last step, for tests that look at it. */
static uint64_t mt_resp[FFAV_NREGS];
static struct ffav_diag mt_diag;

/* Requests the model delivered and not yet answered: the answer (the responder's DIRECT_RESP,
 * or FFA_YIELD / FFA_INTERRUPT naming it) must pass ffav_check_response() against them. */
struct mt_request {
	const struct ffav_model *m;
	uint16_t receiver;
	uint16_t ec;
	struct ffav_caller caller;
	uint64_t call[FFAV_NREGS];
};
#define MT_MAX_REQUESTS 32
static struct mt_request mt_requests[MT_MAX_REQUESTS];

static inline void mt_forget_requests(void)
{
	memset(mt_requests, 0, sizeof(mt_requests));
}

static inline const struct ffav_endpoint_desc *mt_desc(const struct ffav_model *m, uint16_t id)
{
	unsigned int s;

	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		if (m->ep[s].in_use && m->ep[s].desc.id == id)
			return &m->ep[s].desc;
	}
	return NULL;
}

static inline struct ffav_caller mt_caller(const struct ffav_model *m, uint16_t id)
{
	const struct ffav_endpoint_desc *d = mt_desc(m, id);

	assert_non_null(d);
	return ffav_t_caller(d->role, d->id, d->version, m->policy);
}

/* The EC of endpoint id that runs on cpu (0 for a single-EC endpoint). */
static inline uint16_t mt_ec(const struct ffav_model *m, uint16_t id, uint16_t cpu)
{
	const struct ffav_endpoint_desc *d = mt_desc(m, id);

	return d == NULL || d->vcpus == 1 ? 0 : cpu;
}

static inline struct mt_request *mt_request_of(const struct ffav_model *m, uint16_t receiver,
					       uint16_t ec)
{
	unsigned int i;

	for (i = 0; i < MT_MAX_REQUESTS; i++) {
		if (mt_requests[i].m == m && mt_requests[i].receiver == receiver &&
		    mt_requests[i].ec == ec)
			return &mt_requests[i];
	}
	return NULL;
}

static inline struct mt_request *mt_free_request(void)
{
	unsigned int i;

	for (i = 0; i < MT_MAX_REQUESTS; i++) {
		if (mt_requests[i].m == NULL)
			return &mt_requests[i];
	}
	return NULL;
}

static inline void mt_answer(const struct mt_request *r, const char *file, int line)
{
	struct ffav_diag d;

	if (ffav_check_response(&r->caller, r->call, mt_resp, &d) != FFAV_RET_SUCCESS)
		fail_msg("%s:%d: frame refused as an answer to the request: %s reg %u bits %#llx",
			 file, line, ffav_rule_name(d.rule), (unsigned)d.reg,
			 (unsigned long long)d.bits);
}

/* Every frame a step emits passes ffav_check_response() (docs/responses.md): an answer to the call
 * itself (notification ABIs, every FFA_ERROR of a valid call), or, for the frames a direct
 * request's receiver sends back, an answer to that request. A delivered request is a call
 * its sender may make: it passes ffav_check(). */
static inline void mt_check_frame(const struct ffav_model *m, uint16_t caller, uint16_t cpu,
				  const uint64_t call[FFAV_NREGS], int32_t ret, const char *file,
				  int line)
{
	enum ffav_abi abi = ffav_abi_of(call[0]);
	uint32_t num = (uint32_t)call[0] & 0xFFFF;
	struct ffav_caller c;
	struct ffav_diag d;
	struct mt_request *r;
	uint16_t id;

	if (mt_desc(m, caller) == NULL)
		return; /* MODEL_CALLER_UNKNOWN: no caller to judge for */
	if (ret != FFAV_RET_SUCCESS && mt_diag.rule < 0x500)
		return; /* the stateless verdict, checked by mt_step_at() */
	c = mt_caller(m, caller);
	if (abi != FFAV_ABI_NONE &&
	    (ret != FFAV_RET_SUCCESS || abi < FFAV_ABI_MSG_SEND_DIRECT_REQ)) {
		if (ffav_check_response(&c, call, mt_resp, &d) != FFAV_RET_SUCCESS)
			fail_msg("%s:%d: response refused: %s reg %u bits %#llx", file, line,
				 ffav_rule_name(d.rule), (unsigned)d.reg,
				 (unsigned long long)d.bits);
		return;
	}
	if (ret != FFAV_RET_SUCCESS)
		return; /* an FFA_ERROR to a CPU-cycle ABI: outside the covered set */
	if (abi == FFAV_ABI_MSG_SEND_DIRECT_REQ || abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2) {
		struct ffav_caller sender = mt_caller(m, (uint16_t)(mt_resp[1] >> 16));

		if (c.role == FFAV_ROLE_HYPERVISOR)
			sender = c; /* it sends for its VMs */
		assert_int_equal(ffav_check(&sender, mt_resp, &d), FFAV_RET_SUCCESS);
		id = (uint16_t)mt_resp[1];
		r = mt_free_request();
		assert_non_null(r);
		r->m = m;
		r->receiver = id;
		r->ec = mt_ec(m, id, cpu);
		r->caller = c;
		memcpy(r->call, call, sizeof(r->call));
		return;
	}
	if (abi == FFAV_ABI_MSG_SEND_DIRECT_RESP || abi == FFAV_ABI_MSG_SEND_DIRECT_RESP2) {
		id = (uint16_t)(call[1] >> 16);
		r = mt_request_of(m, id, mt_ec(m, id, cpu));
		assert_non_null(r);
		mt_answer(r, file, line);
		memset(r, 0, sizeof(*r));
		return;
	}
	if (num == 0x6C || num == 0x62) { /* FFA_YIELD, FFA_INTERRUPT */
		id = num == 0x6C ? caller : (uint16_t)(call[1] >> 16);
		r = mt_request_of(m, id, num == 0x6C ? mt_ec(m, id, cpu) : (uint16_t)call[1]);
		if (r != NULL)
			mt_answer(r, file, line);
	}
}

/* One step on `cpu`, with everything a step guarantees checked:
 * - the status (and, for a failure, the rule) is the expected one;
 * - regs is not written; the diag is consistent (rule status, bits within the register);
 * - a rejected call leaves the model byte for byte unchanged and answers with exactly
 *   ffav_error_frame(); a call the stateless check rejects gets its status and rule;
 * - NULL resp and diag give the same status and the same model;
 * - the frame passes ffav_check_response() (mt_check_frame());
 * - every invariant holds afterwards. */
static inline void mt_step_at(struct ffav_model *m, uint16_t caller, uint16_t cpu,
			      const uint64_t regs[FFAV_NREGS], int32_t want, uint32_t want_rule,
			      const char *file, int line)
{
	static struct ffav_model before;
	static struct ffav_model twin;
	uint64_t copy[FFAV_NREGS];
	uint32_t broken;
	int32_t ret;

	memcpy(copy, regs, sizeof(copy));
	memcpy(&before, m, sizeof(before));
	memcpy(&twin, m, sizeof(twin));
	memset(mt_resp, 0xA5, sizeof(mt_resp));
	memset(&mt_diag, 0xA5, sizeof(mt_diag));
	ret = ffav_model_step_on_cpu(m, caller, cpu, regs, mt_resp, &mt_diag);
	if (ret != want ||
	    (want != FFAV_RET_SUCCESS && want_rule != 0 && mt_diag.rule != want_rule))
		fail_msg("%s:%d: expected %s %s, got %s rule %s reg %u bits %#llx", file, line,
			 ffav_status_name(want), ffav_rule_name(want_rule), ffav_status_name(ret),
			 ffav_rule_name(mt_diag.rule), (unsigned)mt_diag.reg,
			 (unsigned long long)mt_diag.bits);
	assert_memory_equal(copy, regs, sizeof(copy));
	assert_int_equal(ffav_model_step_on_cpu(&twin, caller, cpu, regs, NULL, NULL), ret);
	if (ret == FFAV_RET_SUCCESS) {
		assert_int_equal(mt_diag.rule, 0);
		assert_int_equal(mt_diag.reg, 0);
		assert_int_equal(mt_diag.bits, 0);
		assert_memory_equal(&twin, m, sizeof(twin));
	} else {
		uint64_t err[FFAV_NREGS];

		assert_int_equal(ffav_rule_status(mt_diag.rule), ret);
		assert_true(mt_diag.reg < FFAV_NREGS);
		assert_int_equal(mt_diag.bits & ~regs[mt_diag.reg], 0);
		assert_memory_equal(&before, m, sizeof(before));
		ffav_error_frame(ret, err);
		assert_memory_equal(err, mt_resp, sizeof(err));
		if (mt_desc(m, caller) != NULL && mt_diag.rule < 0x500) {
			struct ffav_caller c = mt_caller(m, caller);
			struct ffav_diag d;

			/* The stateless check's verdict, unchanged. */
			assert_int_equal(ffav_check(&c, regs, &d), ret);
			assert_int_equal(d.rule, mt_diag.rule);
		}
	}
	mt_check_frame(m, caller, cpu, regs, ret, file, line);
	broken = ffav_model_check_invariants(m);
	if (broken != 0)
		fail_msg("%s:%d: invariant %s broken", file, line,
			 ffav_model_invariant_name(broken));
}

#define STEP_OK_ON(m, caller, cpu, regs) \
	mt_step_at((m), (caller), (cpu), (regs), FFAV_RET_SUCCESS, 0, __FILE__, __LINE__)
#define STEP_OK(m, caller, regs) STEP_OK_ON(m, caller, 0, regs)
#define STEP_FAIL_ON(m, caller, cpu, regs, rule)                                     \
	mt_step_at((m), (caller), (cpu), (regs), ffav_rule_status(FFAV_RULE_##rule), \
		   FFAV_RULE_##rule, __FILE__, __LINE__)
#define STEP_FAIL(m, caller, regs, rule) STEP_FAIL_ON(m, caller, 0, regs, rule)

/* The last frame, register by register: x0..x7 (the rest must be zero). */
static inline void mt_expect_frame(const uint64_t want[FFAV_NREGS], const char *file, int line)
{
	unsigned int n;

	for (n = 0; n < FFAV_NREGS; n++) {
		if (mt_resp[n] != want[n])
			fail_msg("%s:%d: x%u = %#llx, expected %#llx", file, line, n,
				 (unsigned long long)mt_resp[n], (unsigned long long)want[n]);
	}
}
#define FRAME(...) mt_expect_frame(CALL(__VA_ARGS__), __FILE__, __LINE__)

#endif /* FFAV_MODEL_TEST_H */
