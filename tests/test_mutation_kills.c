/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Tests written to kill mutants of the calling-convention layer and the frames that survived
 * tools/mutate.py (docs/quality.md): the exact extent of each ABI's parameter registers, the
 * diag of every CC rejection (register 0, no bits), the edges of the function-number range,
 * and the canonical image and error frame to the last register.
 */
#include <string.h>

#include "ffav_test.h"
#include "ffav_internal.h" /* ffav_fid_known() */

#define SP1 0x8001
#define SP2 0x8002

static const uint64_t create_hyp[FFAV_NREGS] = { 0x8400007d, 0x0001, 2 };
static const uint64_t destroy_hyp[FFAV_NREGS] = { 0x8400007e, 0x0001 };
/* SP 0x8001 binds notification 32 (w4) of its SP bitmap to SP 0x8002. */
static const uint64_t bind_hi_sp[FFAV_NREGS] = { 0x8400007f, 0x80028001, 0, 0, 1 };
/* SP 0x8001 fetches its SP-sourced notifications (flags bit 0). */
static const uint64_t get_sp[FFAV_NREGS] = { 0x84000082, 0x00008001, 0x1 };
static const uint64_t info_get_32[FFAV_NREGS] = { 0x84000083 };
static const uint64_t req_32_sp[FFAV_NREGS] = { 0x8400006f, 0x80018002, 0, 1, 2, 3, 4, 5 };
static const uint64_t req_64_sp[FFAV_NREGS] = { 0xC400006f, 0x80018003, 0, 1, 2, 3, 4, 5 };
static const uint64_t req2_sp[FFAV_NREGS] = { 0xC400008d, 0x80018002, 0x1111, 0x2222, 4 };

/* Assert a rejection by rule with diag register 0 and no offending bits. */
static void fail_reg0_nobits(const struct ffav_caller *c, const uint64_t regs[FFAV_NREGS],
			     uint32_t rule)
{
	struct ffav_diag d;

	assert_int_not_equal(ffav_t_check(c, regs, &d), FFAV_RET_SUCCESS);
	assert_int_equal(d.rule, rule);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);
}

/* BITMAP_CREATE: w1, w2 are parameters; w3 is reserved up to v1.2 and left alone at v1.3
 * (check.c ffav_last_arg); w4 is reserved at every version. */
static void create_parameter_extent(void **state)
{
	struct ffav_caller hyp = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	memcpy(r, create_hyp, sizeof(r));
	r[3] = 1;
	FAIL(hyp, r, FFAV_RULE_NOTIF_CREATE_SBZ, 3);
	hyp.version = V13;
	PASS(hyp, r);
	memcpy(r, create_hyp, sizeof(r));
	r[4] = 1;
	FAIL(hyp, r, FFAV_RULE_NOTIF_CREATE_SBZ, 4);
}

/* BITMAP_DESTROY: w1 is the parameter, w2 is the first reserved register. */
static void destroy_parameter_extent(void **state)
{
	struct ffav_caller hyp = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	PASS(hyp, destroy_hyp);
	memcpy(r, destroy_hyp, sizeof(r));
	r[2] = 1;
	FAIL(hyp, r, FFAV_RULE_NOTIF_DESTROY_SBZ, 2);
}

/* BIND: w4 (notifications 63..32) is a parameter, w5 the first reserved register. */
static void bind_parameter_extent(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	PASS(sp, bind_hi_sp);
	memcpy(r, bind_hi_sp, sizeof(r));
	r[5] = 1;
	FAIL(sp, r, FFAV_RULE_NOTIF_BIND_SBZ, 5);
}

/* GET: w2 (flags) is a parameter, w3 the first reserved register. */
static void get_parameter_extent(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	PASS(sp, get_sp);
	memcpy(r, get_sp, sizeof(r));
	r[3] = 1;
	FAIL(sp, r, FFAV_RULE_NOTIF_GET_SBZ, 3);
}

/* INFO_GET takes no parameter: w1 is already reserved. */
static void info_get_w1_reserved(void **state)
{
	struct ffav_caller host = ffav_t_caller(FFAV_ROLE_HOST, 0, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	PASS(host, info_get_32);
	memcpy(r, info_get_32, sizeof(r));
	r[1] = 1;
	FAIL(host, r, FFAV_RULE_NOTIF_INFO_GET_SBZ, 1);
}

/* Every rejection of the caller description, of the function ID and of the role gate is
 * about the call as a whole: register 0, no offending bits (x0 has bit 0 set so that a
 * stray bits value would still be a subset of it). */
static void cc_rejections_name_no_bits(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	struct ffav_caller c;
	uint64_t r[FFAV_NREGS] = { 0x8400007f, 0x80028001, 0, 1 };
	struct ffav_diag d;

	(void)state;
	c = sp;
	c.role = (enum ffav_role)42;
	fail_reg0_nobits(&c, r, FFAV_RULE_CC_CALLER_ROLE);
	c = sp;
	c.id = 1;
	fail_reg0_nobits(&c, r, FFAV_RULE_CC_CALLER_ID);
	c = sp;
	c.version = FFAV_VERSION(1, 4);
	fail_reg0_nobits(&c, r, FFAV_RULE_CC_CALLER_VERSION);
	c = sp;
	c.policy = 1u << 31;
	fail_reg0_nobits(&c, r, FFAV_RULE_CC_CALLER_POLICY);

	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_check(NULL, r, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);

	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_check_notification_set(&sp, r, &d), FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(d.rule, FFAV_RULE_CC_ABI_MISMATCH);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);

	c = ffav_t_caller(FFAV_ROLE_SPMC, 0x8000, V12, 0);
	fail_reg0_nobits(&c, r, FFAV_RULE_NOTIF_BIND_CALLER);

	r[0] = 0x0400007f; /* yielding */
	fail_reg0_nobits(&sp, r, FFAV_RULE_CC_FID_NOT_FAST);
	r[0] = 0xC4000097; /* NOTIFICATION_GET2_64: only from v1.3 */
	fail_reg0_nobits(&sp, r, FFAV_RULE_CC_FID_TOO_NEW);
	c = sp;
	c.version = V11;
	r[0] = 0x8400006e; /* FFA_MSG_SEND, retired after v1.0 */
	fail_reg0_nobits(&c, r, FFAV_RULE_CC_FID_RETIRED);
	r[0] = 0x84000063; /* FFA_VERSION */
	fail_reg0_nobits(&sp, r, FFAV_RULE_CC_NOT_COVERED);
}

/* The first and the last FF-A function numbers are in the table (0x60 and 0x97), their
 * neighbours are not. */
static void function_number_range_edges(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V13, 0);
	uint64_t r[FFAV_NREGS] = { 0 };

	(void)state;
	r[0] = FFAV_FID_ERROR_32; /* 0x60 */
	FAIL(sp, r, FFAV_RULE_CC_NOT_COVERED, 0);
	r[0] = 0x8400005F;
	FAIL(sp, r, FFAV_RULE_CC_FID_UNKNOWN, 0);
	r[0] = 0xC4000097; /* NOTIFICATION_GET2_64 at v1.3 */
	FAIL(sp, r, FFAV_RULE_CC_NOT_COVERED, 0);
	r[0] = 0xC4000098;
	FAIL(sp, r, FFAV_RULE_CC_FID_UNKNOWN, 0);
}

/* A per-ABI entry point called with a valid FF-A function outside the covered set says so,
 * before the ABI mismatch. */
static void per_abi_entry_with_uncovered_function(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS] = { 0x84000063 }; /* FFA_VERSION */
	struct ffav_diag d;

	(void)state;
	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_check_notification_bind(&sp, r, &d), FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(d.rule, FFAV_RULE_CC_NOT_COVERED);
}

/* Under FFAV_POLICY_REJECT_UPPER_HALVES only x1..x7 are judged: x0's upper half is not a
 * parameter (only w0 names the function). */
static void upper_halves_policy_skips_x0(void **state)
{
	struct ffav_caller sp =
		ffav_t_caller(FFAV_ROLE_SP, SP1, V12, FFAV_POLICY_REJECT_UPPER_HALVES);
	uint64_t r[FFAV_NREGS] = { 0xFFFFFFFF8400007full, 0x80028001, 0, 1 };

	(void)state;
	PASS(sp, r);
}

/* DIRECT_REQ_32 at v1.3: SMC32 calls never carry x8..x17, so the canonical image has zeros
 * there even though DIRECT_REQ_64 at v1.3 carries payload up to x17. */
static void canonical_smc32_direct_stops_at_x7(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V13, 0);
	uint64_t r[FFAV_NREGS];
	uint64_t out[FFAV_NREGS];
	unsigned int n;

	(void)state;
	memcpy(r, req_32_sp, sizeof(r));
	for (n = 8; n < FFAV_NREGS; n++)
		r[n] = 0x1000 + n;
	memset(out, 0xFF, sizeof(out));
	assert_int_equal(ffav_canonical(&sp, r, out, NULL), FFAV_RET_SUCCESS);
	for (n = 1; n <= 7; n++)
		assert_int_equal(out[n], r[n]);
	for (n = 8; n < FFAV_NREGS; n++)
		assert_int_equal(out[n], 0);
}

/* The call is valid and its canonical image is the call itself, x1 to x17. */
static void expect_canonical_keeps_x1_up(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS])
{
	uint64_t out[FFAV_NREGS];
	unsigned int n;

	assert_int_equal(ffav_canonical(c, r, out, NULL), FFAV_RET_SUCCESS);
	for (n = 1; n < FFAV_NREGS; n++)
		assert_int_equal(out[n], r[n]);
}

/* DIRECT_REQ2 carries payload up to x17: the canonical image keeps x17. */
static void canonical_req2_keeps_x17(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];

	(void)state;
	memcpy(r, req2_sp, sizeof(r));
	r[16] = 0x1616161616161616ull;
	r[17] = 0x1717171717171717ull;
	expect_canonical_keeps_x1_up(&sp, r);
}

/* DIRECT_REQ2 has no framework bit: x2 is half of the UUID, and its bit 31 selects no
 * framework fields in the canonical image. */
static void canonical_req2_uuid_bit31_is_payload(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];
	unsigned int n;

	(void)state;
	memcpy(r, req2_sp, sizeof(r));
	r[2] = 0x80000008; /* would read as a framework VERSION request in REQ/RESP */
	for (n = 3; n < FFAV_NREGS; n++)
		r[n] = 0x0101010101010101ull * n;
	expect_canonical_keeps_x1_up(&sp, r);
}

/* A framework status in an SMC64 response: x3[63:32] is named alone, not w3's bits. */
static void fwk_status_upper_half_bits(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS] = { 0xC4000070, 0x80018000, 0x80000002, 0x100000001ull };
	struct ffav_diag d;

	(void)state;
	assert_int_equal(ffav_check(&sp, r, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_DIRECT_FWK_STATUS);
	assert_int_equal(d.reg, 3);
	assert_int_equal(d.bits, 0x100000000ull);
}

/* SMC64 direct request: x1[31:0] (sender, receiver) is forwarded bit for bit, odd receiver
 * ID included. */
static void canonical_direct_64_keeps_every_id_bit(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t out[FFAV_NREGS];

	(void)state;
	assert_int_equal(ffav_canonical(&sp, req_64_sp, out, NULL), FFAV_RET_SUCCESS);
	assert_int_equal(out[1], 0x80018003);
}

/* ffav_canonical(out = NULL) is a NULL argument of the call as a whole. */
static void canonical_null_out_diag(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	struct ffav_diag d;

	(void)state;
	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_canonical(&sp, req_64_sp, NULL, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);
}

/* The error frame writes exactly FFAV_NREGS registers, never one more. */
static void error_frame_stays_in_bounds(void **state)
{
	struct {
		uint64_t out[FFAV_NREGS];
		uint64_t guard;
	} s;
	unsigned int n;

	(void)state;
	memset(&s, 0xFF, sizeof(s));
	ffav_error_frame(FFAV_RET_BUSY, s.out);
	assert_int_equal(s.guard, UINT64_MAX);
	assert_int_equal(s.out[0], FFAV_FID_ERROR_32);
	assert_int_equal(s.out[2], (uint64_t)(uint32_t)FFAV_RET_BUSY);
	for (n = 3; n < FFAV_NREGS; n++)
		assert_int_equal(s.out[n], 0);
}

/* Every per-ABI entry point answers as ffav_check() does for its own ABI, and says
 * CC_ABI_MISMATCH for the others. */
static void every_per_abi_entry_point(void **state)
{
	static const struct {
		int32_t (*fn)(const struct ffav_caller *, const uint64_t *, struct ffav_diag *);
		uint32_t fid;
	} entries[] = {
		{ ffav_check_notification_bitmap_create, 0x8400007D },
		{ ffav_check_notification_bitmap_destroy, 0x8400007E },
		{ ffav_check_notification_bind, 0x8400007F },
		{ ffav_check_notification_unbind, 0x84000080 },
		{ ffav_check_notification_set, 0x84000081 },
		{ ffav_check_notification_get, 0x84000082 },
		{ ffav_check_notification_info_get, 0x84000083 },
		{ ffav_check_msg_send_direct_req, 0x8400006F },
		{ ffav_check_msg_send_direct_resp, 0x84000070 },
		{ ffav_check_msg_send_direct_req2, 0xC400008D },
		{ ffav_check_msg_send_direct_resp2, 0xC400008E },
	};
	struct ffav_caller hyp = ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V12, 0);
	uint64_t r[FFAV_NREGS] = { 0 };
	struct ffav_diag d;
	size_t i;
	size_t j;

	(void)state;
	for (i = 0; i < sizeof(entries) / sizeof(entries[0]); i++) {
		for (j = 0; j < sizeof(entries) / sizeof(entries[0]); j++) {
			int32_t want;

			r[0] = entries[j].fid;
			want = ffav_check(&hyp, r, NULL);
			memset(&d, 0xA5, sizeof(d));
			if (i == j) {
				assert_int_equal(entries[i].fn(&hyp, r, &d), want);
			} else {
				assert_int_equal(entries[i].fn(&hyp, r, &d),
						 FFAV_RET_NOT_SUPPORTED);
				assert_int_equal(d.rule, FFAV_RULE_CC_ABI_MISMATCH);
			}
		}
	}
}

/* A call the calling-convention layer accepts but a field rule rejects: ffav_canonical()
 * answers as ffav_check() and leaves out alone. */
static void canonical_field_rejection_leaves_out_alone(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t r[FFAV_NREGS];
	uint64_t out[FFAV_NREGS];
	struct ffav_diag d;
	unsigned int n;

	(void)state;
	memcpy(r, req_32_sp, sizeof(r));
	r[2] = 0x10; /* a partition message has w2 == 0 */
	memset(out, 0x5A, sizeof(out));
	memset(&d, 0, sizeof(d));
	assert_int_equal(ffav_canonical(&sp, r, out, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_DIRECT_PARTITION_FLAGS);
	assert_int_equal(d.reg, 2);
	for (n = 0; n < FFAV_NREGS; n++)
		assert_int_equal(out[n], 0x5A5A5A5A5A5A5A5Aull);
}

/* Status names: every FF-A status this library answers has one, other values have none;
 * an unknown rule has no summary. */
static void status_names_and_unknown_summary(void **state)
{
	static const char *const names[] = { "SUCCESS",	  "NOT_SUPPORTED", "INVALID_PARAMETERS",
					     "NO_MEMORY", "BUSY",	   "INTERRUPTED",
					     "DENIED",	  "RETRY",	   "ABORTED",
					     "NO_DATA",	  "NOT_READY" };
	int32_t s;

	(void)state;
	for (s = 0; s >= -10; s--)
		assert_string_equal(ffav_status_name(s), names[-s]);
	assert_string_equal(ffav_status_name(1), "");
	assert_string_equal(ffav_status_name(-11), "");
	assert_string_equal(ffav_rule_summary(0), "");
	assert_string_equal(ffav_rule_summary(0xFFFF), "");
	assert_string_not_equal(ffav_rule_summary(FFAV_RULE_CC_FID_UNKNOWN), "");
}

/* ffav_check_response(): a NULL answer is a NULL argument of the call as a whole, and a call
 * a field rule rejects has no answer to judge: its own verdict is the result. */
static void response_null_and_field_invalid_call(void **state)
{
	struct ffav_caller sp = ffav_t_caller(FFAV_ROLE_SP, SP1, V12, 0);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	struct ffav_diag d;

	(void)state;
	memcpy(call, req_32_sp, sizeof(call));
	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_check_response(&sp, call, NULL, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(d.reg, 0);
	assert_int_equal(d.bits, 0);

	call[2] = 0x10; /* a partition message has w2 == 0 */
	ffav_error_frame(FFAV_RET_INVALID_PARAMETERS, resp);
	memset(&d, 0xA5, sizeof(d));
	assert_int_equal(ffav_check_response(&sp, call, resp, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_DIRECT_PARTITION_FLAGS);
	assert_int_equal(d.reg, 2);
}

/* ffav_fid_known(): a well-formed FF-A function ID of some width at some version; not an ID
 * of another owner with a known number, nor a number outside the table. */
static void fid_known_edges(void **state)
{
	(void)state;
	assert_true(ffav_fid_known(0x8400007F));
	assert_false(ffav_fid_known(0x8500007F)); /* owner 5 */
	assert_false(ffav_fid_known(0x0400007F)); /* yielding */
	assert_false(ffav_fid_known(0x8401007F)); /* SVE hint */
	assert_false(ffav_fid_known(0x84000050)); /* below the table */
	assert_false(ffav_fid_known(0x840000FF)); /* above it */
	assert_false(ffav_fid_known(0xC400007F)); /* BIND has no SMC64 form */
}

/* ---- lib/decode.c: INFO_GET and GET views (DEN0077A v1.2 §16.6, §16.7) ------------- */

/* ffav_info_get_init() clears every field, the first slot and size included. */
static void info_get_init_clears_all(void **state)
{
	struct ffav_info_get_view v;
	unsigned int i;

	(void)state;
	memset(&v, 0xA5, sizeof(v));
	ffav_info_get_init(&v);
	assert_false(v.more_pending);
	assert_int_equal(v.n_lists, 0);
	assert_int_equal(v.n_ids, 0);
	for (i = 0; i < FFAV_INFO_GET_MAX_IDS_64; i++) {
		assert_int_equal(v.sizes[i], 0);
		assert_int_equal(v.ids[i], 0);
	}
}

/* An SMC32 answer has 10 ID slots in w3..w7: w8 is no slot, whatever it holds. */
static void info_get_judge_stops_at_last_slot(void **state)
{
	/* One list, endpoint 0x8001 with no vCPU; w8 low half set. */
	uint64_t r32[FFAV_NREGS] = { 0x84000061, 0, 1u << 7, 0x8001, 0, 0, 0, 0, 0xFFFF };
	/* SMC64: 20 slots in x3..x7; x8 is no slot either. */
	uint64_t r64[FFAV_NREGS] = { 0xC4000061, 0, 1u << 7, 0x8001, 0, 0, 0, 0, 0xFFFF };
	struct ffav_info_get_view v;

	(void)state;
	assert_int_equal(ffav_info_get_decode(r32, false, &v), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_info_get_decode(r64, true, &v), FFAV_RET_SUCCESS);
	assert_int_equal(v.n_lists, 1);
	assert_int_equal(v.ids[0], 0x8001);
}

/* Best-effort decode of lists that overflow the slots: SMC32, three lists of sizes 3, 3, 2
 * take 4 + 4 + 3 = 11 > 10 slots. The first two fit (8 slots); the third does not, even
 * though its vCPU IDs alone (2) would end exactly at slot 10. */
static void info_get_decode_keeps_lists_that_fit(void **state)
{
	uint64_t r[FFAV_NREGS] = {
		0x84000061, 0,		(3u << 7) | (3u << 12) | (3u << 14) | (2u << 16),
		0x00118001, 0x00130012, 0x00218002,
		0x00230022, 0x00318003
	};
	struct ffav_info_get_view v;

	(void)state;
	assert_int_equal(ffav_info_get_decode(r, false, &v), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(v.n_lists, 2);
	assert_int_equal(v.n_ids, 8);
	assert_int_equal(v.sizes[0], 3);
	assert_int_equal(v.sizes[1], 3);
	assert_int_equal(v.sizes[2], 0);
	assert_int_equal(v.ids[4], 0x8002);
	assert_int_equal(v.ids[8], 0);
}

/* The iterator yields exactly n_lists lists, even when n_ids leaves slots over, and never a
 * list whose size is above 3. */
static void info_get_next_bounds(void **state)
{
	struct ffav_info_get_view v;
	struct ffav_info_get_iter it;
	struct ffav_info_get_list l;

	(void)state;
	ffav_info_get_init(&v);
	v.n_lists = 1;
	v.n_ids = 3;
	v.ids[0] = 0x8001;
	v.ids[1] = 0x8002;
	v.ids[2] = 0x8003;
	ffav_info_get_iter_init(&it);
	assert_true(ffav_info_get_next(&v, &it, &l));
	assert_int_equal(l.endpoint, 0x8001);
	assert_int_equal(l.n_vcpus, 0);
	assert_false(ffav_info_get_next(&v, &it, &l));

	ffav_info_get_init(&v);
	v.n_lists = 1;
	v.n_ids = 5;
	v.sizes[0] = 4;
	ffav_info_get_iter_init(&it);
	assert_false(ffav_info_get_next(&v, &it, &l));
}

/* Encoding refuses a view with more lists than the width has slots (SMC64: 21 > 20, the
 * size loop stopping at 20 would otherwise count 20 slots) and a size above 3. */
static void info_get_encode_rejects_bad_views(void **state)
{
	struct ffav_info_get_view v;
	uint64_t out[FFAV_NREGS] = { 0 };

	(void)state;
	ffav_info_get_init(&v);
	v.n_lists = 21;
	v.n_ids = 20;
	assert_int_equal(ffav_info_get_encode(&v, true, out), FFAV_RET_INVALID_PARAMETERS);
	ffav_info_get_init(&v);
	v.n_lists = 11;
	v.n_ids = 10;
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_INVALID_PARAMETERS);

	ffav_info_get_init(&v);
	v.n_lists = 1;
	v.n_ids = 5;
	v.sizes[0] = 4;
	assert_int_equal(ffav_info_get_encode(&v, true, out), FFAV_RET_INVALID_PARAMETERS);
	v.sizes[0] = 3;
	v.n_ids = 4;
	assert_int_equal(ffav_info_get_encode(&v, true, out), FFAV_RET_SUCCESS);

	/* Slots past n_ids are not encoded, whatever the view holds there. */
	ffav_info_get_init(&v);
	assert_int_equal(ffav_info_get_add(&v, false, 0x8001, NULL, 0), FFAV_RET_SUCCESS);
	v.ids[1] = 0x1234;
	v.ids[2] = 0x5678;
	v.sizes[1] = 3; /* past n_lists: no list */
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_SUCCESS);
	assert_int_equal(out[2], 1u << 7); /* one list of size 0 */
	assert_int_equal(out[3], 0x8001);
	assert_int_equal(out[4], 0);
}

/* The encoders write exactly the 18 registers of the frame: a word past out[17] (here the
 * 19th element of the caller's own array) is left alone. */
static void encoders_stay_in_bounds(void **state)
{
	uint64_t buf[FFAV_NREGS + 1];
	struct ffav_info_get_view v;
	struct ffav_get_view g = { 1, 2, 3, 4 };
	unsigned int n;

	(void)state;
	ffav_info_get_init(&v);
	assert_int_equal(ffav_info_get_add(&v, false, 0x8001, NULL, 0), FFAV_RET_SUCCESS);
	for (n = 0; n <= FFAV_NREGS; n++)
		buf[n] = 0x5A5A5A5A5A5A5A5Aull;
	assert_int_equal(ffav_info_get_encode(&v, false, buf), FFAV_RET_SUCCESS);
	assert_int_equal(buf[17], 0);
	assert_true(buf[FFAV_NREGS] == 0x5A5A5A5A5A5A5A5Aull);

	for (n = 0; n <= FFAV_NREGS; n++)
		buf[n] = 0x5A5A5A5A5A5A5A5Aull;
	ffav_get_encode(&g, buf);
	assert_int_equal(buf[17], 0);
	assert_true(buf[FFAV_NREGS] == 0x5A5A5A5A5A5A5A5Aull);
}

/* GET: w6 is the SPM framework bitmap, w7 the hypervisor's (DEN0077A v1.2 §16.6). */
static void get_decode_framework_bitmaps(void **state)
{
	const uint64_t r[FFAV_NREGS] = { 0x84000061, 0, 0, 0, 0, 0, 0x66, 0x77 };
	struct ffav_get_view g;

	(void)state;
	ffav_get_decode(r, &g);
	assert_int_equal(g.spm, 0x66);
	assert_int_equal(g.hyp, 0x77);
}

/* Canonical image of framework messages under FFAV_POLICY_IGNORE_SBZ: the reserved fields
 * let through are cleared, the defined ones kept (docs/design.md §4; DEN0077A v1.2
 * §18.2-§18.3, v1.3 §18). */
static void canonical(const struct ffav_caller *c, const uint64_t r[FFAV_NREGS],
		      uint64_t out[FFAV_NREGS])
{
	memset(out, 0xEE, sizeof(uint64_t) * FFAV_NREGS);
	assert_int_equal(ffav_canonical(c, r, out, NULL), FFAV_RET_SUCCESS);
}

static void canonical_framework_fields(void **state)
{
	struct ffav_caller spmd =
		ffav_t_caller(FFAV_ROLE_SPMD, 0xFFFF, V12, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller hyp =
		ffav_t_caller(FFAV_ROLE_HYPERVISOR, 0, V12, FFAV_POLICY_IGNORE_SBZ);
	uint64_t r[FFAV_NREGS] = { 0 };
	uint64_t out[FFAV_NREGS];

	(void)state;
	/* FFA_VERSION request, v1.2: w3 the version; w4..w7 reserved. */
	r[0] = 0x8400006F;
	r[1] = 0xFFFF8000;
	r[2] = 0x80000008;
	r[3] = 0x00010002;
	r[4] = 1;
	r[5] = 2;
	r[7] = 3;
	canonical(&spmd, r, out);
	assert_int_equal(out[2], 0x80000008);
	assert_int_equal(out[3], 0x00010002);
	assert_int_equal(out[4], 0);
	assert_int_equal(out[5], 0);
	assert_int_equal(out[7], 0);
	/* v1.3: w4 carries the flags too. */
	spmd.version = V13;
	canonical(&spmd, r, out);
	assert_int_equal(out[3], 0x00010002);
	assert_int_equal(out[4], 1);
	assert_int_equal(out[5], 0);
	/* Warm boot: one word in w3, w4..w7 reserved. */
	spmd.version = V12;
	r[2] = 0x80000001;
	r[3] = 1;
	r[4] = 0x45;
	r[5] = 0;
	r[7] = 0;
	canonical(&spmd, r, out);
	assert_int_equal(out[3], 1);
	assert_int_equal(out[4], 0);
	/* PSCI: function ID and three arguments in w3..w6; w7 reserved. */
	r[2] = 0x80000000;
	r[3] = 0x84000002;
	r[4] = 4;
	r[5] = 5;
	r[6] = 6;
	r[7] = 7;
	canonical(&spmd, r, out);
	assert_int_equal(out[3], 0x84000002);
	assert_int_equal(out[6], 6);
	assert_int_equal(out[7], 0);
	/* VM created: handle in w3/w4, VM ID in w5[15:0]; w5[31:16], w6, w7 reserved. */
	memset(r, 0, sizeof(r));
	r[0] = 0x8400006F;
	r[1] = 0x00008001;
	r[2] = 0x80000004;
	r[3] = 0x33;
	r[4] = 0x44;
	r[5] = 0x00050002;
	r[6] = 7;
	canonical(&hyp, r, out);
	assert_int_equal(out[3], 0x33);
	assert_int_equal(out[4], 0x44);
	assert_int_equal(out[5], 0x0002);
	assert_int_equal(out[6], 0);
	/* A framework response: PM response, the status in w3 and w4..w7 reserved. */
	{
		struct ffav_caller sp =
			ffav_t_caller(FFAV_ROLE_SP, SP1, V12, FFAV_POLICY_IGNORE_SBZ);
		unsigned int n;

		memset(r, 0, sizeof(r));
		r[0] = 0x84000070;
		r[1] = 0x80018000;
		r[2] = 0x80000002;
		r[3] = 0xFFFFFFFA;
		for (n = 4; n <= 7; n++)
			r[n] = (uint64_t)0x10001u * n;
		canonical(&sp, r, out);
		assert_int_equal(out[3], 0xFFFFFFFA);
		for (n = 4; n <= 7; n++)
			assert_int_equal(out[n], 0);
	}
	/* Live activation (0x0C..0x0F): not judged, carried whole. */
	{
		struct ffav_caller lp = ffav_t_caller(FFAV_ROLE_SPMD, 0xFFC0, V13, 0);
		unsigned int n;

		memset(r, 0, sizeof(r));
		r[0] = 0x8400006F;
		r[1] = 0xFFC08001;
		r[2] = 0x8000000C;
		for (n = 3; n <= 7; n++)
			r[n] = (uint64_t)0x11111111u * n;
		canonical(&lp, r, out);
		for (n = 3; n <= 7; n++)
			assert_int_equal(out[n], r[n]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(create_parameter_extent),
		cmocka_unit_test(destroy_parameter_extent),
		cmocka_unit_test(bind_parameter_extent),
		cmocka_unit_test(get_parameter_extent),
		cmocka_unit_test(info_get_w1_reserved),
		cmocka_unit_test(cc_rejections_name_no_bits),
		cmocka_unit_test(function_number_range_edges),
		cmocka_unit_test(per_abi_entry_with_uncovered_function),
		cmocka_unit_test(upper_halves_policy_skips_x0),
		cmocka_unit_test(canonical_smc32_direct_stops_at_x7),
		cmocka_unit_test(canonical_req2_keeps_x17),
		cmocka_unit_test(canonical_req2_uuid_bit31_is_payload),
		cmocka_unit_test(fwk_status_upper_half_bits),
		cmocka_unit_test(canonical_direct_64_keeps_every_id_bit),
		cmocka_unit_test(canonical_null_out_diag),
		cmocka_unit_test(error_frame_stays_in_bounds),
		cmocka_unit_test(every_per_abi_entry_point),
		cmocka_unit_test(canonical_field_rejection_leaves_out_alone),
		cmocka_unit_test(status_names_and_unknown_summary),
		cmocka_unit_test(response_null_and_field_invalid_call),
		cmocka_unit_test(fid_known_edges),
		cmocka_unit_test(info_get_init_clears_all),
		cmocka_unit_test(info_get_judge_stops_at_last_slot),
		cmocka_unit_test(info_get_decode_keeps_lists_that_fit),
		cmocka_unit_test(info_get_next_bounds),
		cmocka_unit_test(info_get_encode_rejects_bad_views),
		cmocka_unit_test(encoders_stay_in_bounds),
		cmocka_unit_test(get_decode_framework_bitmaps),
		cmocka_unit_test(canonical_framework_fields),
	};

	return cmocka_run_group_tests_name("mutation_kills", tests, NULL, NULL);
}
