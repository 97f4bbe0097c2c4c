/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* Helpers shared by the CMocka unit tests. */
#ifndef FFAV_TEST_H
#define FFAV_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ffa_validate.h"

#define V10 FFAV_VERSION(1, 0)
#define V11 FFAV_VERSION(1, 1)
#define V12 FFAV_VERSION(1, 2)
#define V13 FFAV_VERSION(1, 3)

static inline struct ffav_caller ffav_t_caller(enum ffav_role role, uint16_t id, uint32_t version,
					       uint32_t policy)
{
	struct ffav_caller c;

	c.role = role;
	c.id = id;
	c.version = version;
	c.policy = policy;
	return c;
}

/* The prepared path answers as ffav_check() did (ret, *d), and its canonical image is
 * ffav_canonical()'s. */
static inline void ffav_t_same_prepared(const struct ffav_caller *c,
					const uint64_t regs[FFAV_NREGS], int32_t ret,
					const struct ffav_diag *d)
{
	struct ffav_prepared p;
	struct ffav_diag pd, cd, cpd;
	uint64_t out[FFAV_NREGS], pout[FFAV_NREGS];
	int32_t cret;

	memset(&pd, 0x5A, sizeof(pd));
	(void)ffav_prepare(c, &p, NULL);
	assert_int_equal(ffav_check_prepared(&p, regs, &pd), ret);
	assert_int_equal(pd.rule, d->rule);
	assert_int_equal(pd.reg, d->reg);
	assert_int_equal(pd.bits, d->bits);
	assert_int_equal(ffav_check_prepared(&p, regs, NULL), ret);
	memset(out, 0x11, sizeof(out));
	memset(pout, 0x11, sizeof(pout));
	cret = ffav_canonical(c, regs, out, &cd);
	assert_int_equal(ffav_canonical_prepared(&p, regs, pout, &cpd), cret);
	assert_int_equal(cpd.rule, cd.rule);
	assert_int_equal(cpd.reg, cd.reg);
	assert_int_equal(cpd.bits, cd.bits);
	assert_memory_equal(out, pout, sizeof(out));
}

/* Run ffav_check() and assert that it neither writes regs nor differs from the per-ABI
 * entry point, then return the status; the diag is left in *d. */
static inline int32_t ffav_t_check(const struct ffav_caller *c, const uint64_t regs[FFAV_NREGS],
				   struct ffav_diag *d)
{
	uint64_t copy[FFAV_NREGS];
	int32_t ret;

	memcpy(copy, regs, sizeof(copy));
	memset(d, 0xA5, sizeof(*d));
	ret = ffav_check(c, regs, d);
	assert_memory_equal(copy, regs, sizeof(copy));
	assert_int_equal(ffav_check(c, regs, NULL), ret);
	ffav_t_same_prepared(c, regs, ret, d);
	if (ret == FFAV_RET_SUCCESS) {
		assert_int_equal(d->rule, 0);
		assert_int_equal(d->reg, 0);
		assert_int_equal(d->bits, 0);
	} else {
		assert_int_not_equal(d->rule, 0);
		assert_int_equal(ffav_rule_status(d->rule), ret);
		assert_true(d->reg < FFAV_NREGS);
		assert_int_equal(d->bits & ~regs[d->reg], 0);
	}
	return ret;
}

/* Assert a call passes. */
#define PASS(caller, regs)                                                                        \
	do {                                                                                      \
		struct ffav_diag d_;                                                              \
		int32_t r_ = ffav_t_check(&(caller), (regs), &d_);                                \
		if (r_ != FFAV_RET_SUCCESS)                                                       \
			fail_msg("expected SUCCESS, got %s rule %s reg %u bits %#llx",            \
				 ffav_status_name(r_), ffav_rule_name(d_.rule), (unsigned)d_.reg, \
				 (unsigned long long)d_.bits);                                    \
	} while (0)

/* Assert a call fails with the rule's status, that rule, and (reg >= 0) that register. */
#define FAIL(caller, regs, rule_, reg_)                                                            \
	do {                                                                                       \
		struct ffav_diag d_;                                                               \
		int32_t r_ = ffav_t_check(&(caller), (regs), &d_);                                 \
		if (r_ == FFAV_RET_SUCCESS || d_.rule != (uint32_t)(rule_))                        \
			fail_msg("expected %s, got %s rule %s reg %u", #rule_,                     \
				 ffav_status_name(r_), ffav_rule_name(d_.rule), (unsigned)d_.reg); \
		if ((int)(reg_) >= 0)                                                              \
			assert_int_equal(d_.reg, (reg_));                                          \
	} while (0)

#endif /* FFAV_TEST_H */
