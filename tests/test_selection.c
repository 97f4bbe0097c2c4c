/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The build selection (FFAV_SELECT_*, include/ffa_validate.h): this file is built against the
 * library compiled with a narrower selection, the one the CMake target passes (the pKVM kit's:
 * the host, the v1.1 notifications and DIRECT_REQ/RESP, up to v1.1, no response checker; or
 * the Xen kit's: VMs, every ABI family, no response checker).
 *
 * What must hold: a call outside the selection is never judged valid; it gets NOT_SUPPORTED
 * with CC_ROLE_NOT_SELECTED, CC_VERSION_NOT_SELECTED or CC_ABI_NOT_SELECTED once the caller
 * description and the function ID have passed their usual checks; inside the selection the
 * answers are those of the whole library (the hand-written cases below; scripts/differential.sh
 * --select compares the two libraries on millions of calls); the prepared path answers as
 * ffav_check() does.
 */
#include "ffav_test.h"

#define ROLE_SELECTED(r) ((FFAV_SELECT_ROLES & FFAV_ROLE_BIT(r)) != 0u)
#define ABI_SELECTED(a) ((FFAV_SELECT_ABIS & FFAV_ABI_BIT(a)) != 0u)

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void zero(uint64_t r[FFAV_NREGS])
{
	memset(r, 0, sizeof(uint64_t) * FFAV_NREGS);
}

/* A caller description that passes every check before the selection's. */
static struct ffav_caller valid_caller(enum ffav_role role, uint32_t version)
{
	uint16_t id = 0;

	if (role == FFAV_ROLE_VM)
		id = 5;
	else if (role == FFAV_ROLE_SP || role == FFAV_ROLE_SPMC)
		id = 0x8001;
	else if (role == FFAV_ROLE_SPMD)
		id = 0xFFFF;
	return ffav_t_caller(role, id, version, 0);
}

static int32_t check(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS], struct ffav_diag *d)
{
	return ffav_t_check(c, r, d); /* also compares the prepared path */
}

static void expect(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS], uint32_t rule)
{
	struct ffav_diag d;
	int32_t ret = check(c, r, &d);

	if (d.rule != rule)
		fail_msg("expected %s, got %s", ffav_rule_name(rule), ffav_rule_name(d.rule));
	assert_int_equal(ret, ffav_rule_status(rule));
}

/* Every role outside the selection is refused after its description passed; a broken
 * description is still refused by its own rule. */
static void roles_outside(void **state)
{
	uint64_t r[FFAV_NREGS];
	unsigned int role;

	(void)state;
	zero(r);
	r[0] = FFAV_FID_NOTIFICATION_INFO_GET_32;
	for (role = 0; role <= FFAV_ROLE_SPMD; role++) {
		struct ffav_caller c = valid_caller((enum ffav_role)role, FFAV_VERSION(1, 1));
		struct ffav_caller bad = c;

		bad.id = role == FFAV_ROLE_VM ? 0 : 7; /* the wrong kind of ID for the role */
		expect(&bad, r, FFAV_RULE_CC_CALLER_ID);
		if (!ROLE_SELECTED(role))
			expect(&c, r, FFAV_RULE_CC_ROLE_NOT_SELECTED);
	}
}

static void versions_outside(void **state)
{
	uint64_t r[FFAV_NREGS];
	uint32_t minor;
	unsigned int role;

	(void)state;
	zero(r);
	r[0] = FFAV_FID_NOTIFICATION_INFO_GET_32;
	for (role = 0; role <= FFAV_ROLE_SPMD; role++) {
		if (!ROLE_SELECTED(role))
			continue;
		for (minor = 0; minor <= 3; minor++) {
			struct ffav_caller c =
				valid_caller((enum ffav_role)role, FFAV_VERSION(1, minor));

			if (c.version > FFAV_SELECT_VERSION_MAX)
				expect(&c, r, FFAV_RULE_CC_VERSION_NOT_SELECTED);
		}
		/* Outside FF-A v1.0-v1.3: the description's own rule comes first. */
		{
			struct ffav_caller c =
				valid_caller((enum ffav_role)role, FFAV_VERSION(1, 9));

			expect(&c, r, FFAV_RULE_CC_CALLER_VERSION);
		}
	}
}

/* A policy bit the build does not honour is refused after the rest of the description. */
static void policies_outside(void **state)
{
	uint64_t r[FFAV_NREGS];
	unsigned int role;
	unsigned int bit;

	(void)state;
	zero(r);
	r[0] = FFAV_FID_NOTIFICATION_INFO_GET_32;
	for (role = 0; role <= FFAV_ROLE_SPMD; role++) {
		if (!ROLE_SELECTED(role))
			continue;
		for (bit = 0; bit < 32; bit++) {
			struct ffav_caller c =
				valid_caller((enum ffav_role)role, FFAV_VERSION(1, 1));

			c.policy = 1u << bit;
			if ((c.policy & FFAV_POLICY_ALL) == 0)
				expect(&c, r, FFAV_RULE_CC_CALLER_POLICY);
			else if ((c.policy & FFAV_SELECT_POLICIES) == 0)
				expect(&c, r, FFAV_RULE_CC_POLICY_NOT_SELECTED);
		}
	}
}

/* Every covered function of an unselected ABI, at a selected role and version where it
 * exists, gets CC_ABI_NOT_SELECTED; where it does not exist yet, its CC_FID rule. */
static void abis_outside(void **state)
{
	static const uint32_t fids[] = {
		FFAV_FID_NOTIFICATION_BITMAP_CREATE, FFAV_FID_NOTIFICATION_BIND,
		FFAV_FID_NOTIFICATION_INFO_GET_64,   FFAV_FID_MSG_SEND_DIRECT_REQ_32,
		FFAV_FID_MSG_SEND_DIRECT_RESP_64,    FFAV_FID_MSG_SEND_DIRECT_REQ2,
		FFAV_FID_MSG_SEND_DIRECT_RESP2,	     FFAV_FID_NOTIFICATION_BIND2,
		FFAV_FID_NOTIFICATION_GET2,	     FFAV_FID_FEATURES,
	};
	uint64_t r[FFAV_NREGS];
	unsigned int role;
	unsigned int i;
	unsigned int seen = 0;

	(void)state;
	for (role = 0; role <= FFAV_ROLE_SPMD; role++) {
		struct ffav_caller c = valid_caller((enum ffav_role)role, FFAV_SELECT_VERSION_MAX);

		if (!ROLE_SELECTED(role))
			continue;
		for (i = 0; i < sizeof(fids) / sizeof(fids[0]); i++) {
			struct ffav_diag d;
			enum ffav_abi abi = ffav_abi_of(fids[i]);

			zero(r);
			r[0] = fids[i];
			(void)check(&c, r, &d);
			if (ABI_SELECTED(abi)) {
				assert_int_not_equal(d.rule, FFAV_RULE_CC_ABI_NOT_SELECTED);
				continue;
			}
			seen++;
			/* The function ID's own checks first (a function too new for the
			 * version), then the selection. */
			if (d.rule != FFAV_RULE_CC_FID_TOO_NEW)
				assert_int_equal(d.rule, FFAV_RULE_CC_ABI_NOT_SELECTED);
			assert_int_equal(ffav_rule_status(d.rule), FFAV_RET_NOT_SUPPORTED);
		}
	}
	assert_true(seen > 0 || FFAV_SELECT_ABIS == FFAV_ABIS_ALL);
}

/* Random calls of every role and version: never SUCCESS outside the selection; the
 * selection's rules only where the call is outside it; the prepared path agrees (check()). */
static void random_calls(void **state)
{
	unsigned int i;
	unsigned int successes = 0;

	(void)state;
	for (i = 0; i < 200000u; i++) {
		uint64_t r[FFAV_NREGS];
		struct ffav_diag d;
		unsigned int role = (unsigned int)(next() % 6u);
		struct ffav_caller c = valid_caller((enum ffav_role)role,
						    FFAV_VERSION(1, (uint32_t)(next() % 4u)));
		unsigned int n;
		bool inside;
		int32_t ret;

		zero(r);
		/* Any FF-A function number, either width; three times in four a covered one. */
		do
			r[0] = FFAV_FID_FAST | FFAV_FID_OWNER_STANDARD |
			       (next() % 2u ? FFAV_FID_SMC64 : 0u) |
			       (uint32_t)(0x60u + next() % 0x38u);
		while (i % 4u != 0 && !ffav_covers(r[0]));
		/* Mostly small values, so that calls pass often enough. */
		for (n = 1; n < FFAV_NREGS; n++)
			r[n] = next() % 4u == 0 ? next() & (next() % 2u ? 0xFFFFu : 0x8001FFFFull)
						: 0;
		if (next() % 2u)
			r[1] = (uint64_t)c.id | ((uint64_t)(next() % 2u ? 0x8001u : c.id) << 16);
		if (next() % 4u == 0)
			c.policy = (uint32_t)next() &
				   (FFAV_POLICY_REJECT_UPPER_HALVES | FFAV_POLICY_IGNORE_SBZ |
				    FFAV_POLICY_NO_PER_VCPU | FFAV_POLICY_ENDPOINT_FRAMEWORK);
		inside = ROLE_SELECTED(role) && c.version <= FFAV_SELECT_VERSION_MAX &&
			 (c.policy & ~(uint32_t)FFAV_SELECT_POLICIES) == 0 &&
			 ABI_SELECTED(ffav_abi_of(r[0]));
		ret = check(&c, r, &d);
		if (ret == FFAV_RET_SUCCESS) {
			assert_true(inside);
			successes++;
		}
		if (d.rule == FFAV_RULE_CC_ROLE_NOT_SELECTED)
			assert_false(ROLE_SELECTED(role));
		if (d.rule == FFAV_RULE_CC_VERSION_NOT_SELECTED)
			assert_true(c.version > FFAV_SELECT_VERSION_MAX);
		if (d.rule == FFAV_RULE_CC_POLICY_NOT_SELECTED)
			assert_true((c.policy & ~(uint32_t)FFAV_SELECT_POLICIES) != 0);
		if (d.rule == FFAV_RULE_CC_ABI_NOT_SELECTED)
			assert_false(ABI_SELECTED(ffav_abi_of(r[0])));
	}
	assert_true(successes > 100u);
}

#if FFAV_SELECT_ROLES == FFAV_ROLE_BIT_HOST /* the pKVM kit's selection */

/* Inside the selection the rules are the whole library's: a few of the host's calls. */
static void host_calls(void **state)
{
	struct ffav_caller c = valid_caller(FFAV_ROLE_HOST, FFAV_VERSION(1, 1));
	uint64_t r[FFAV_NREGS];

	(void)state;
	zero(r);
	r[0] = FFAV_FID_NOTIFICATION_BIND;
	r[1] = 0x80010000u; /* sender SP 0x8001, receiver the host 0 */
	r[3] = 1;
	PASS(c, r);
	r[2] = 0x2; /* w2[31:1] flags */
	expect(&c, r, FFAV_RULE_NOTIF_BIND_FLAGS_MBZ);
	r[2] = 0;
	r[1] = 0x80010005u; /* receiver 5: not the host */
	expect(&c, r, FFAV_RULE_NOTIF_BIND_RECEIVER);

	zero(r);
	r[0] = FFAV_FID_MSG_SEND_DIRECT_REQ_32;
	r[1] = 0x00008001u; /* sender the host 0, receiver SP 0x8001 */
	PASS(c, r);
	r[2] = 0x80000004u; /* a framework message (VM created): not the host's to send */
	expect(&c, r, FFAV_RULE_DIRECT_FWK_REQ_ROLE);
	r[2] = 0;
	r[1] = 0x00000005u; /* to a Normal-world ID */
	expect(&c, r, FFAV_RULE_DIRECT_REQ_TO_NWD);

	zero(r);
	r[0] = FFAV_FID_MSG_SEND_DIRECT_RESP_32; /* the NS physical instance has no RESP */
	r[1] = 0x00008001u;
	expect(&c, r, FFAV_RULE_DIRECT_RESP_CALLER);
	r[0] = FFAV_FID_MSG_SEND_DIRECT_REQ2; /* v1.2: too new for v1.1 */
	expect(&c, r, FFAV_RULE_CC_FID_TOO_NEW);
	r[0] = 0x84000063u; /* FFA_VERSION: not covered */
	expect(&c, r, FFAV_RULE_CC_NOT_COVERED);
}

#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(roles_outside),
		cmocka_unit_test(versions_outside),
		cmocka_unit_test(policies_outside),
		cmocka_unit_test(abis_outside),
		cmocka_unit_test(random_calls),
#if FFAV_SELECT_ROLES == FFAV_ROLE_BIT_HOST
		cmocka_unit_test(host_calls),
#endif
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
