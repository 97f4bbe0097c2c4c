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

/* One step on `cpu`, with everything a step guarantees checked:
 * - the status (and, for a failure, the rule) is the expected one;
 * - regs is not written; the diag is consistent (rule status, bits within the register);
 * - a rejected call leaves the model byte for byte unchanged and answers with exactly
 *   ffav_error_frame(); a call the stateless check rejects gets its status and rule;
 * - NULL resp and diag give the same status (checked on a copy of the model);
 * - every invariant holds afterwards. */
static inline void mt_step_at(struct ffav_model *m, uint16_t caller, uint16_t cpu,
			      const uint64_t regs[FFAV_NREGS], int32_t want, uint32_t want_rule,
			      const char *file, int line)
{
	static struct ffav_model before;
	static struct ffav_model twin;
	uint64_t copy[FFAV_NREGS];
	uint64_t err[FFAV_NREGS];
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
		assert_int_equal(ffav_rule_status(mt_diag.rule), ret);
		assert_true(mt_diag.reg < FFAV_NREGS);
		assert_int_equal(mt_diag.bits & ~regs[mt_diag.reg], 0);
		assert_memory_equal(&before, m, sizeof(before));
		ffav_error_frame(ret, err);
		assert_memory_equal(err, mt_resp, sizeof(err));
	}
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
