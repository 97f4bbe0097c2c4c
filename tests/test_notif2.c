/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The FF-A v1.3 notification additions: FFA_NOTIFICATION_BIND2, UNBIND2, SET2, GET2 (lib/notif2.c,
 * lib/notif2_set_get.c), the supported number of notifications (FFAV_POLICY_NOTIF_EXTRA_SP/_VM),
 * the SBZ labels and the canonical image of the notification calls (lib/notif_canon.c),
 * FFA_FEATURES (lib/features.c, lib/model_features.c) and the answers (lib/response_notif2.c).
 * corpus/vectors/notif_v13_extended.json, features.json and response_notif_v13.json hold the
 * same rules as data; this file sweeps the boundaries.
 */
#include "ffa_validate_model.h"
#include "ffav_test.h"

#define R(...) ((const uint64_t[FFAV_NREGS]){ __VA_ARGS__ })

#define BIND2 0xC4000094u
#define UNBIND2 0xC4000095u
#define SET2 0xC4000096u
#define GET2 0xC4000097u
#define FEAT 0x84000064u
#define TOP (1ull << 63)

static const uint32_t extras[] = { 0, 1, 63, 64, 65, 127, 128, 255, 256, 319, 320 };

/* The bitmap x3..x8 with only notification `id` set. */
static void set_notification(uint64_t r[FFAV_NREGS], unsigned int first, unsigned int id)
{
	unsigned int n;

	for (n = first; n < first + 6u; n++)
		r[n] = 0;
	r[first + id / 64u] = 1ull << (id % 64u);
}

/* BIND2, UNBIND2, SET2: with 64 + i notifications from the sender's class, the last one is
 * accepted and the next refused, on the register and bit where it sits; the other class's
 * count does not matter. */
static void bitmap_bound_per_class(void **state)
{
	static const struct {
		uint32_t fid;
		uint64_t w1_sp_sender, w1_vm_sender; /* caller sp 0x8001 */
		uint32_t exceeds;
	} abis[] = {
		{ BIND2, 0x80028001, 0x00028001, FFAV_RULE_NOTIF_BIND2_BITMAP_EXCEEDS },
		{ UNBIND2, 0x80028001, 0x00028001, FFAV_RULE_NOTIF_UNBIND2_BITMAP_EXCEEDS },
	};
	size_t a, i;

	(void)state;
	for (a = 0; a < sizeof(abis) / sizeof(abis[0]); a++) {
		for (i = 0; i < sizeof(extras) / sizeof(extras[0]); i++) {
			unsigned int count = 64u + extras[i];
			struct ffav_caller sp = ffav_t_caller(
				FFAV_ROLE_SP, 0x8001, V13, FFAV_POLICY_NOTIF_EXTRA_SP(extras[i]));
			uint64_t r[FFAV_NREGS] = { abis[a].fid, abis[a].w1_sp_sender };

			set_notification(r, 3, count - 1u);
			PASS(sp, r);
			if (count < 384u) {
				set_notification(r, 3, count);
				FAIL(sp, r, abis[a].exceeds, (int)(3u + count / 64u));
			}
			/* A VM sender: the VM count (0 extra) applies, not the SP count. */
			r[1] = abis[a].w1_vm_sender;
			set_notification(r, 3, 63);
			PASS(sp, r);
			set_notification(r, 3, 64);
			FAIL(sp, r, abis[a].exceeds, 4);
			sp.policy = FFAV_POLICY_NOTIF_EXTRA_VM(extras[i]);
			set_notification(r, 3, count - 1u);
			PASS(sp, r);
		}
	}
}

/* SET2: the sender is the caller; its class picks the count. */
static void set2_bitmap_bound(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(extras) / sizeof(extras[0]); i++) {
		unsigned int count = 64u + extras[i];
		struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V13,
						      FFAV_POLICY_NOTIF_EXTRA_SP(extras[i]));
		struct ffav_caller vm = ffav_t_caller(FFAV_ROLE_VM, 0x0001, V13,
						      FFAV_POLICY_NOTIF_EXTRA_VM(extras[i]));
		uint64_t r[FFAV_NREGS] = { SET2, 0x80018002 };
		uint64_t v[FFAV_NREGS] = { SET2, 0x00018002 };

		set_notification(r, 3, count - 1u);
		set_notification(v, 3, count - 1u);
		PASS(sp, r);
		PASS(vm, v);
		if (count < 384u) {
			set_notification(r, 3, count);
			set_notification(v, 3, count);
			FAIL(sp, r, FFAV_RULE_NOTIF_SET2_BITMAP_EXCEEDS, (int)(3u + count / 64u));
			FAIL(vm, v, FFAV_RULE_NOTIF_SET2_BITMAP_EXCEEDS, (int)(3u + count / 64u));
		}
	}
}

/* x8 is bitmap, x9..x17 reserved: each of x9..x17 alone is refused with the SBZ rule, and
 * let through under FFAV_POLICY_IGNORE_SBZ. GET2's masks reach x16: only x17 is reserved. */
static void reserved_window(void **state)
{
	struct ffav_caller sp =
		ffav_t_caller(FFAV_ROLE_SP, 0x8001, V13,
			      FFAV_POLICY_NOTIF_EXTRA_SP(320) | FFAV_POLICY_NOTIF_EXTRA_VM(320));
	struct ffav_caller relaxed = sp;
	unsigned int n;

	(void)state;
	relaxed.policy |= FFAV_POLICY_IGNORE_SBZ;
	PASS(sp, R(BIND2, 0x80028001, 0, 0, 0, 0, 0, 0, TOP));
	for (n = 9; n < FFAV_NREGS; n++) {
		uint64_t b[FFAV_NREGS] = { BIND2, 0x80028001, 0, 1 };
		uint64_t u[FFAV_NREGS] = { UNBIND2, 0x80028001, 0, 1 };
		uint64_t s[FFAV_NREGS] = { SET2, 0x80018002, 0, 1 };
		uint64_t g[FFAV_NREGS] = { GET2, 0x8001, 0xF };

		b[n] = u[n] = s[n] = g[n] = 1ull << n;
		FAIL(sp, b, FFAV_RULE_NOTIF_BIND2_SBZ, (int)n);
		FAIL(sp, u, FFAV_RULE_NOTIF_UNBIND2_SBZ, (int)n);
		FAIL(sp, s, FFAV_RULE_NOTIF_SET2_SBZ, (int)n);
		PASS(relaxed, b);
		PASS(relaxed, u);
		PASS(relaxed, s);
		if (n == 17)
			FAIL(sp, g, FFAV_RULE_NOTIF_GET2_SBZ, 17);
		else
			PASS(sp, g);
		/* A let-through reserved register is no part of the bitmap: still empty. */
		b[3] = u[3] = s[3] = 0;
		FAIL(relaxed, b, FFAV_RULE_NOTIF_BIND2_BITMAP_EMPTY, 3);
		FAIL(relaxed, u, FFAV_RULE_NOTIF_UNBIND2_BITMAP_EMPTY, 3);
		FAIL(relaxed, s, FFAV_RULE_NOTIF_SET2_BITMAP_EMPTY, 3);
	}
}

/* GET2's masks: register n belongs to flag x2[0] (x3-x8), [1] (x9-x14), [2] (x15), [3]
 * (x16); a mask of an unselected bitmap is SBZ, bits above the count MBZ. */
static void get2_masks_follow_flags(void **state)
{
	struct ffav_caller sp =
		ffav_t_caller(FFAV_ROLE_SP, 0x8001, V13,
			      FFAV_POLICY_NOTIF_EXTRA_SP(320) | FFAV_POLICY_NOTIF_EXTRA_VM(320));
	unsigned int n;

	(void)state;
	for (n = 3; n <= 16u; n++) {
		unsigned int flag = n <= 8u ? 0u : n <= 14u ? 1u : n - 13u;
		uint64_t r[FFAV_NREGS] = { GET2, 0x8001 };

		r[n] = TOP;
		r[2] = 1u << flag;
		PASS(sp, r);
		r[2] = 0xFu & ~(1u << flag);
		FAIL(sp, r, FFAV_RULE_NOTIF_GET2_MASK_UNSELECTED, (int)n);
	}
	sp.policy = FFAV_POLICY_NOTIF_EXTRA_SP(64) | FFAV_POLICY_NOTIF_EXTRA_VM(1);
	PASS(sp, R(GET2, 0x8001, 3, 0, TOP, 0, 0, 0, 0, 0, 1));
	FAIL(sp, R(GET2, 0x8001, 3, 0, 0, 1), FFAV_RULE_NOTIF_GET2_MASK_EXCEEDS, 5);
	FAIL(sp, R(GET2, 0x8001, 3, 0, 0, 0, 0, 0, 0, 0, 2), FFAV_RULE_NOTIF_GET2_MASK_EXCEEDS, 10);
	/* Unselected and beyond the count: the MBZ rule first, even under the policy. */
	sp.policy |= FFAV_POLICY_IGNORE_SBZ;
	FAIL(sp, R(GET2, 0x8001, 0, 0, 0, 1), FFAV_RULE_NOTIF_GET2_MASK_EXCEEDS, 5);
	PASS(sp, R(GET2, 0x8001, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1));
}

/* SET2 x2: [15:2] MBZ, the 48-bit vCPU ID MBZ for a global set, Delay SRI from an SP only. */
static void set2_flags(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V13, 0);
	struct ffav_caller vm = ffav_t_caller(FFAV_ROLE_VM, 0x0001, V13, FFAV_POLICY_IGNORE_SBZ);
	unsigned int b;

	(void)state;
	for (b = 2; b < 16; b++)
		FAIL(sp, R(SET2, 0x80018002, 1ull << b, 1), FFAV_RULE_NOTIF_SET2_FLAGS_MBZ, 2);
	for (b = 16; b < 64; b++) {
		FAIL(sp, R(SET2, 0x80018002, 1ull << b, 1), FFAV_RULE_NOTIF_SET2_VCPU_GLOBAL, 2);
		PASS(sp, R(SET2, 0x80018002, (1ull << b) | 1, 1));
	}
	PASS(sp, R(SET2, 0x80018002, 2, 1));
	FAIL(vm, R(SET2, 0x00018002, 2, 1), FFAV_RULE_NOTIF_SET2_DELAY_SRI, 2);
	vm.policy |= FFAV_POLICY_NO_PER_VCPU;
	FAIL(vm, R(SET2, 0x00018002, 1, 1), FFAV_RULE_NOTIF_SET2_PER_VCPU, 2);
	vm.version = V12;
	FAIL(vm, R(SET2, 0x00018002, 0, 1), FFAV_RULE_CC_FID_TOO_NEW, 0);
}

/* What ffav_canonical() forwards: the SBZ fields FFAV_POLICY_IGNORE_SBZ let through are
 * cleared, and the image passes the strict check. */
static void expect_canonical(struct ffav_caller c, const uint64_t r[FFAV_NREGS],
			     const uint64_t want[FFAV_NREGS])
{
	uint64_t out[FFAV_NREGS];

	assert_int_equal(ffav_canonical(&c, r, out, NULL), FFAV_RET_SUCCESS);
	assert_memory_equal(out, want, sizeof(out));
	c.policy &= ~FFAV_POLICY_IGNORE_SBZ;
	PASS(c, out);
}

static void canonical_clears_sbz_fields(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, 0x8001, V13, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller host = ffav_t_caller(FFAV_ROLE_HOST, 0, V13, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller hyp =
		ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V13, FFAV_POLICY_IGNORE_SBZ);

	(void)state;
	/* BIND w2[31:1], UNBIND w2 (DEN0077A v1.3 Tables 16.12, 16.16). */
	expect_canonical(sp, R(0x8400007F, 0x80028001, 0xFFFFFFFF, 1),
			 R(0x8400007F, 0x80028001, 1, 1));
	expect_canonical(sp, R(0x84000080, 0x80028001, 0xFFFFFFFF, 1),
			 R(0x84000080, 0x80028001, 0, 1));
	/* GET w2[31:4], and [1], [3] at NS physical (Table 16.24). */
	expect_canonical(sp, R(0x84000082, 0x8001, 0xFFFFFFFF), R(0x84000082, 0x8001, 0xF));
	expect_canonical(host, R(0x84000082, 0, 0xFFFFFFFF), R(0x84000082, 0, 0x5));
	/* DESTROY w1[31:16] (Table 16.8); CREATE w3[31:9] at v1.3 (Table 16.3). */
	expect_canonical(hyp, R(0x8400007E, 0xFFFF0005), R(0x8400007E, 5));
	expect_canonical(hyp, R(0x8400007D, 5, 4, 0xFFFFFFFF), R(0x8400007D, 5, 4, 0x1FF));
	/* BIND2 x2[63:1], x1[63:32], x9..x17 (Table 16.29); UNBIND2 x2 (Table 16.33). */
	expect_canonical(sp, R(BIND2, 0xFFFFFFFF80028001ull, ~0ull, 1, 0, 0, 0, 0, 0, 9, 10),
			 R(BIND2, 0x80028001, 1, 1));
	sp.policy |= FFAV_POLICY_NOTIF_EXTRA_SP(320);
	expect_canonical(sp, R(BIND2, 0x80028001, 0, 0, 0, 0, 0, 0, TOP, 0, 0, 0, 0, 0, 0, 0, 0, 1),
			 R(BIND2, 0x80028001, 0, 0, 0, 0, 0, 0, TOP));
	sp.policy = FFAV_POLICY_IGNORE_SBZ;
	expect_canonical(sp, R(UNBIND2, 0x80028001, ~0ull, 1), R(UNBIND2, 0x80028001, 0, 1));
	/* SET2: every field of x2 kept (MBZ-checked). */
	expect_canonical(sp, R(SET2, 0x80018002, 0xFFFF000000000003ull, 1, 0, 0, 0, 0, 0, 1),
			 R(SET2, 0x80018002, 0xFFFF000000000003ull, 1));
	/* GET2: x2[63:4] and the masks of unselected bitmaps (Table 16.41). */
	expect_canonical(sp, R(GET2, 0x8001, 0xF5, 1, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 4, 9, 16),
			 R(GET2, 0x8001, 0x5, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4));
	expect_canonical(host, R(GET2, 0, 0xF, 1, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 4, 9),
			 R(GET2, 0, 0x5, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4));
	/* FFA_FEATURES: w2 of a feature ID SBZ (Table 13.14), w3-w7. */
	expect_canonical(sp, R(FEAT, 4, 7, 8), R(FEAT, 4));
	expect_canonical(sp, R(FEAT, 0x84000066, 7, 8), R(FEAT, 0x84000066, 7));
}

/* FFA_FEATURES: the feature IDs by version, the FIDs by width and version. */
static void features_ids_by_version(void **state)
{
	static const uint32_t versions[] = { V10, V11, V12, V13 };
	size_t v;
	uint32_t id;

	(void)state;
	for (v = 0; v < 4; v++) {
		struct ffav_caller vm = ffav_t_caller(FFAV_ROLE_VM, 1, versions[v], 0);

		for (id = 0; id <= 0xFF; id++) {
			bool defined = (id >= 1 && id <= 3 && v >= 1) || (id == 4 && v == 3);
			uint64_t r[FFAV_NREGS] = { FEAT, id };

			if (defined)
				PASS(vm, r);
			else
				FAIL(vm, r, FFAV_RULE_FEATURES_FEATURE_ID_UNKNOWN, 1);
		}
		PASS(vm, R(FEAT, 0x8400006F));
		PASS(vm, R(FEAT, 0xC400006F));
		if (v >= 1)
			PASS(vm, R(FEAT, 0x8400007F));
		else
			FAIL(vm, R(FEAT, 0x8400007F), FFAV_RULE_FEATURES_FID_UNKNOWN, 1);
		if (v == 3)
			PASS(vm, R(FEAT, 0xC4000094));
		else
			FAIL(vm, R(FEAT, 0xC4000094), FFAV_RULE_FEATURES_FID_UNKNOWN, 1);
		FAIL(vm, R(FEAT, 0x84000094), FFAV_RULE_FEATURES_FID_UNKNOWN, 1);
		if (v == 0)
			PASS(vm, R(FEAT, 0x8400006A)); /* MSG_POLL, v1.0 only */
		else
			FAIL(vm, R(FEAT, 0x8400006A), FFAV_RULE_FEATURES_FID_UNKNOWN, 1);
	}
}

/* Answers: FFA_FEATURES ID 4 at each instance, GET2 bitmaps per register. */
static int32_t resp(const struct ffav_caller *c, const uint64_t call[FFAV_NREGS],
		    const uint64_t answer[FFAV_NREGS], uint32_t *rule)
{
	struct ffav_diag d;
	int32_t ret = ffav_check_response(c, call, answer, &d);

	*rule = d.rule;
	return ret;
}

static void features_answers_per_instance(void **state)
{
	static const enum ffav_role roles[] = { FFAV_ROLE_HOST, FFAV_ROLE_HYPERVISOR, FFAV_ROLE_VM,
						FFAV_ROLE_SP, FFAV_ROLE_SPMC };
	static const uint16_t ids[] = { 0, 0, 1, 0x8001, 0x8000 };
	size_t i;
	uint32_t rule;

	(void)state;
	for (i = 0; i < 5; i++) {
		struct ffav_caller c = ffav_t_caller(roles[i], ids[i], V13, 0);
		bool ns_phys = i < 2;

		assert_int_equal(resp(&c, R(FEAT, 4), R(0x84000061, 0, 320u << 11 | 3), &rule), 0);
		assert_int_equal(resp(&c, R(FEAT, 4), R(0x84000061, 0, 321u << 11), &rule),
				 FFAV_RET_INVALID_PARAMETERS);
		assert_int_equal(rule, FFAV_RULE_RESP_FEATURES_NOTIF_COUNT);
		assert_int_equal(resp(&c, R(FEAT, 4), R(0x84000061, 0, 1u << 2), &rule),
				 ns_phys ? FFAV_RET_INVALID_PARAMETERS : FFAV_RET_SUCCESS);
		if (!ns_phys) {
			assert_int_equal(resp(&c, R(FEAT, 4), R(0x84000061, 0, 320u << 2), &rule),
					 0);
			assert_int_equal(resp(&c, R(FEAT, 4), R(0x84000061, 0, 321u << 2), &rule),
					 FFAV_RET_INVALID_PARAMETERS);
			assert_int_equal(rule, FFAV_RULE_RESP_FEATURES_NOTIF_COUNT);
		} else {
			assert_int_equal(rule, FFAV_RULE_RESP_FEATURES_NOTIF_VM_COUNT);
		}
		assert_int_equal(resp(&c, R(FEAT, 4), R(0x84000061, 0, 1u << 31), &rule),
				 FFAV_RET_INVALID_PARAMETERS);
		assert_int_equal(rule, FFAV_RULE_RESP_FEATURES_NOTIF_RESERVED);
		/* Interrupt IDs: w2 any value, w3 zero. */
		assert_int_equal(resp(&c, R(FEAT, 1), R(0x84000061, 0, 0xFFFFFFFF), &rule), 0);
		assert_int_equal(resp(&c, R(FEAT, 1), R(0x84000061, 0, 0, 1), &rule),
				 FFAV_RET_INVALID_PARAMETERS);
		assert_int_equal(rule, FFAV_RULE_RESP_FEATURES_PROPERTIES);
	}
}

static void get2_answer_per_register(void **state)
{
	struct ffav_caller sp =
		ffav_t_caller(FFAV_ROLE_SP, 0x8001, V13,
			      FFAV_POLICY_NOTIF_EXTRA_SP(128) | FFAV_POLICY_NOTIF_EXTRA_VM(64));
	unsigned int n;
	uint32_t rule;

	(void)state;
	/* VM notifications up to 383: x14 bit 1 is a notification, not a framework bit. */
	{
		uint64_t a[FFAV_NREGS] = { 0xC4000061 };

		sp.policy = FFAV_POLICY_NOTIF_EXTRA_VM(320);
		a[14] = 2;
		assert_int_equal(resp(&sp, R(GET2, 0x8001, 2), a, &rule), 0);
		a[17] = 1;
		assert_int_equal(resp(&sp, R(GET2, 0x8001, 2), a, &rule),
				 FFAV_RET_INVALID_PARAMETERS);
		assert_int_equal(rule, FFAV_RULE_RESP_GET2_SBZ);
	}
	sp.policy = FFAV_POLICY_NOTIF_EXTRA_SP(128) | FFAV_POLICY_NOTIF_EXTRA_VM(64);
	for (n = 3; n <= 16u; n++) {
		unsigned int flag = n <= 8u ? 0u : n <= 14u ? 1u : n - 13u;
		unsigned int count = n <= 8u ? 192u : 128u;
		unsigned int k = n <= 8u ? n - 3u : n - 9u;
		uint64_t call[FFAV_NREGS] = { GET2, 0x8001, 1u << flag };
		uint64_t a[FFAV_NREGS] = { 0xC4000061 };

		a[n] = 1;
		if (n <= 14u && 64u * k >= count) { /* a register wholly beyond the count */
			assert_int_equal(resp(&sp, call, a, &rule), FFAV_RET_INVALID_PARAMETERS);
			assert_int_equal(rule, FFAV_RULE_RESP_GET2_EXCEEDS);
			continue;
		}
		assert_int_equal(resp(&sp, call, a, &rule), 0);
		call[n] = 1;
		assert_int_equal(resp(&sp, call, a, &rule), FFAV_RET_INVALID_PARAMETERS);
		assert_int_equal(rule, FFAV_RULE_RESP_GET2_MASKED);
		call[n] = 0;
		call[2] = 0xFu & ~(1u << flag);
		a[n] = ~0ull;
		assert_int_equal(resp(&sp, call, a, &rule), 0); /* ignored: not selected */
		call[2] = 1u << flag;
		if (n >= 15u) {
			assert_int_equal(resp(&sp, call, a, &rule), FFAV_RET_INVALID_PARAMETERS);
			assert_int_equal(rule, FFAV_RULE_RESP_GET2_FRAMEWORK);
			continue;
		}
		a[n] = count >= 64u * (k + 1u) ? ~0ull : 0;
		assert_int_equal(resp(&sp, call, a, &rule), 0);
		if (64u * (k + 1u) > count) {
			a[n] = 1ull << (count % 64u == 0 ? 0 : count % 64u);
			assert_int_equal(resp(&sp, call, a, &rule), FFAV_RET_INVALID_PARAMETERS);
			assert_int_equal(rule, FFAV_RULE_RESP_GET2_EXCEEDS);
		}
	}
}

/* The model answers FFA_FEATURES from its policy (lib/model_features.c). */
static void model_answers_features(void **state)
{
	static struct ffav_model m;
	const struct ffav_endpoint_desc host_only = {
		.id = 0, .role = FFAV_ROLE_HOST, .version = V13, .vcpus = 1
	};
	const struct ffav_endpoint_desc eps[] = {
		{ .id = 0, .role = FFAV_ROLE_HYPERVISOR, .version = V13, .vcpus = 1 },
		{ .id = 1, .role = FFAV_ROLE_VM, .version = V13, .vcpus = 1 },
		{ .id = 0x8001, .role = FFAV_ROLE_SP, .version = V13, .vcpus = 1 },
	};
	uint64_t out[FFAV_NREGS];
	size_t i;

	(void)state;
	for (i = 0; i < 2; i++) {
		uint32_t policy = i == 0 ? 0
					 : FFAV_POLICY_NO_PER_VCPU |
						   FFAV_POLICY_NOTIF_EXTRA_SP(320) |
						   FFAV_POLICY_NOTIF_EXTRA_VM(5);
		uint32_t nwd = i == 0 ? 0 : (320u << 11) | 3u;

		size_t e;

		ffav_model_init(&m, policy);
		for (e = 0; e < 3; e++)
			assert_int_equal(ffav_model_add_endpoint(&m, &eps[e]), FFAV_RET_SUCCESS);
		assert_int_equal(ffav_model_step(&m, 0, R(FEAT, 4), out, NULL), 0);
		assert_int_equal(out[0], 0x84000061);
		assert_int_equal(out[2], nwd);
		assert_int_equal(ffav_model_step(&m, 1, R(FEAT, 4), out, NULL), 0);
		assert_int_equal(out[2], nwd | (i == 0 ? 0 : 5u << 2));
		assert_int_equal(ffav_model_step(&m, 0x8001, R(FEAT, 0xC4000097), out, NULL), 0);
		assert_int_equal(out[2], 0);
		assert_int_equal(ffav_model_step(&m, 0x8001, R(FEAT, 0x8400006D), out, NULL), 0);
		assert_int_equal(ffav_model_step(&m, 0x8001, R(FEAT, 0x84000069), out, NULL),
				 FFAV_RET_NOT_SUPPORTED);
		assert_int_equal(ffav_model_step(&m, 0x8001, R(FEAT, 1), out, NULL),
				 FFAV_RET_NOT_SUPPORTED);
		/* The host is at the Non-secure physical instance too: no VM count. */
		ffav_model_init(&m, policy);
		assert_int_equal(ffav_model_add_endpoint(&m, &host_only), FFAV_RET_SUCCESS);
		assert_int_equal(ffav_model_step(&m, 0, R(FEAT, 4), out, NULL), 0);
		assert_int_equal(out[2], nwd);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bitmap_bound_per_class),
		cmocka_unit_test(set2_bitmap_bound),
		cmocka_unit_test(reserved_window),
		cmocka_unit_test(get2_masks_follow_flags),
		cmocka_unit_test(set2_flags),
		cmocka_unit_test(canonical_clears_sbz_fields),
		cmocka_unit_test(features_ids_by_version),
		cmocka_unit_test(features_answers_per_instance),
		cmocka_unit_test(get2_answer_per_register),
		cmocka_unit_test(model_answers_features),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
