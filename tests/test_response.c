/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * ffav_check_response() and the INFO_GET / GET decoders: every RESP_* rule with an answer
 * that passes and one that fails because of it, the error-code table per ABI, the worked
 * INFO_GET examples of DEN0077A v1.2 §16.7, and round trips through the builders.
 */
#include "ffav_test.h"

/* ---- Helpers ------------------------------------------------------------- */

/* Run ffav_check_response() and assert what every answer must satisfy: call and resp are
 * not written, diag NULL gives the same status, a pass clears diag, a rejection names a rule
 * of that status and, for a RESP_* rule, offending bits inside resp[reg] (for the call's own
 * rules, inside call[reg]). */
static int32_t t_resp(const struct ffav_caller *c, const uint64_t call[FFAV_NREGS],
		      const uint64_t resp[FFAV_NREGS], struct ffav_diag *d)
{
	uint64_t call_copy[FFAV_NREGS];
	uint64_t resp_copy[FFAV_NREGS];
	int32_t ret;

	memcpy(call_copy, call, sizeof(call_copy));
	memcpy(resp_copy, resp, sizeof(resp_copy));
	memset(d, 0xA5, sizeof(*d));
	ret = ffav_check_response(c, call, resp, d);
	assert_memory_equal(call_copy, call, sizeof(call_copy));
	assert_memory_equal(resp_copy, resp, sizeof(resp_copy));
	assert_int_equal(ffav_check_response(c, call, resp, NULL), ret);
	if (ret == FFAV_RET_SUCCESS) {
		assert_int_equal(d->rule, 0);
		assert_int_equal(d->reg, 0);
		assert_int_equal(d->bits, 0);
	} else {
		assert_int_not_equal(d->rule, 0);
		assert_int_equal(ffav_rule_status(d->rule), ret);
		assert_true(d->reg < FFAV_NREGS);
		if ((d->rule & 0xFF00u) == 0x0400u)
			assert_int_equal(d->bits & ~resp[d->reg], 0);
		else
			assert_int_equal(d->bits & ~call[d->reg], 0);
	}
	return ret;
}

/* ANY_BITS: the test does not pin the offending bits. */
#define ANY_BITS (~0ull)

static void expect_bits(const struct ffav_diag *d, uint64_t bits)
{
	if (bits != ANY_BITS)
		assert_int_equal(d->bits, bits);
}

#define RPASS(caller, call, resp)                                                                 \
	do {                                                                                      \
		struct ffav_diag d_;                                                              \
		int32_t r_ = t_resp(&(caller), (call), (resp), &d_);                              \
		if (r_ != FFAV_RET_SUCCESS)                                                       \
			fail_msg("expected SUCCESS, got %s rule %s reg %u bits %#llx",            \
				 ffav_status_name(r_), ffav_rule_name(d_.rule), (unsigned)d_.reg, \
				 (unsigned long long)d_.bits);                                    \
	} while (0)

/* Assert a rejection by rule_ about register reg_ (reg_ < 0: any) with bits_. */
#define RFAIL_BITS(caller, call, resp, rule_, reg_, bits_)                                         \
	do {                                                                                       \
		struct ffav_diag d_;                                                               \
		int32_t r_ = t_resp(&(caller), (call), (resp), &d_);                               \
		if (r_ == FFAV_RET_SUCCESS || d_.rule != (uint32_t)(rule_))                        \
			fail_msg("expected %s, got %s rule %s reg %u", #rule_,                     \
				 ffav_status_name(r_), ffav_rule_name(d_.rule), (unsigned)d_.reg); \
		if ((int)(reg_) >= 0)                                                              \
			assert_int_equal(d_.reg, (reg_));                                          \
		expect_bits(&d_, (bits_));                                                         \
	} while (0)

#define RFAIL(caller, call, resp, rule_, reg_) RFAIL_BITS(caller, call, resp, rule_, reg_, ANY_BITS)

#define SP1 0x8001u
#define SP2 0x8002u
#define VM1 0x0001u
#define SPMC_ID 0x8000u
#define SPMD_ID 0xFFFFu

#define SUCCESS_32 0x84000061ull
#define SUCCESS_64 0xC4000061ull
#define ERROR_32 0x84000060ull
#define ERROR_64 0xC4000060ull
#define INTERRUPT_32 0x84000062ull
#define INTERRUPT_64 0xC4000062ull
#define YIELD_32 0x8400006Cull
#define RUN_32 0x8400006Dull
#define MSG_WAIT_32 0x8400006Bull
#define REQ_32 0x8400006Full
#define REQ_64 0xC400006Full
#define RESP_32 0x84000070ull
#define RESP_64 0xC4000070ull
#define REQ2 0xC400008Dull
#define RESP2 0xC400008Eull

static struct ffav_caller who(enum ffav_role role, uint32_t version, uint32_t policy)
{
	uint16_t id = 0;

	if (role == FFAV_ROLE_VM)
		id = VM1;
	else if (role == FFAV_ROLE_SP)
		id = SP1;
	else if (role == FFAV_ROLE_SPMC)
		id = SPMC_ID;
	else if (role == FFAV_ROLE_SPMD)
		id = SPMD_ID;
	return ffav_t_caller(role, id, version, policy);
}

/* Valid calls, one per covered ABI (spec-valid: they stay valid as field rules land). */
static const uint64_t create_call[FFAV_NREGS] = { 0x8400007D, VM1, 2 };		   /* hypervisor */
static const uint64_t destroy_call[FFAV_NREGS] = { 0x8400007E, VM1 };		   /* hypervisor */
static const uint64_t bind_call[FFAV_NREGS] = { 0x8400007F, 0x80028001, 0, 1, 0 }; /* SP1 */
static const uint64_t unbind_call[FFAV_NREGS] = { 0x84000080, 0x80028001, 0, 1, 0 }; /* SP1 */
static const uint64_t set_call[FFAV_NREGS] = { 0x84000081, 0x80018002, 0, 1, 0 };    /* SP1 */
static const uint64_t get_call_sp[FFAV_NREGS] = { 0x84000082, 0x00008001, 0xF };     /* SP1 */
static const uint64_t get_call_hyp[FFAV_NREGS] = { 0x84000082, VM1, 0x5 };	     /* SP | SPM */
static const uint64_t info_get_32_call[FFAV_NREGS] = { 0x84000083 };
static const uint64_t info_get_64_call[FFAV_NREGS] = { 0xC4000083 };
/* VM1 -> SP1 partition requests. */
static const uint64_t req_32_call[FFAV_NREGS] = { REQ_32, 0x00018001, 0, 1, 2, 3, 4, 5 };
static const uint64_t req_64_call[FFAV_NREGS] = { REQ_64, 0x00018001, 0, 1, 2, 3, 4, 5 };
static const uint64_t req2_call[FFAV_NREGS] = {
	REQ2, 0x00018001, 0xc2c1b2b1a4a3a2a1ull, 0xd8d7d6d5d4d3d2d1ull, 4, 5
};
/* SP1 -> VM1 responses (a call of the SP). */
static const uint64_t resp_32_call[FFAV_NREGS] = { RESP_32, 0x80010001, 0, 1 };
static const uint64_t resp2_call[FFAV_NREGS] = { RESP2, 0x80010001, 0, 0, 4 };

static void set_regs(uint64_t r[FFAV_NREGS], const uint64_t *init, size_t n)
{
	size_t i;

	memset(r, 0, sizeof(uint64_t) * FFAV_NREGS);
	for (i = 0; i < n && i < FFAV_NREGS; i++)
		r[i] = init[i];
}

#define SET(r, ...)                                                     \
	do {                                                            \
		const uint64_t init_[] = { __VA_ARGS__ };               \
		set_regs((r), init_, sizeof(init_) / sizeof(init_[0])); \
	} while (0)

/* DEN0077A v1.2 §16.7.1.1 "Example usage" (the arm-ffa crate's unit test): lists (0: 0,2,3), (0:
 * 4,6), (2: global), (3: 1). */
#define AF_W2 0x0004B200ull
static const uint64_t af_example_32[FFAV_NREGS] = {
	SUCCESS_32, 0, AF_W2, 0x00000000, 0x00030002, 0x00040000, 0x00020006, 0x00010003
};
static const uint64_t af_example_64[FFAV_NREGS] = {
	SUCCESS_64, 0, AF_W2, 0x0003000200000000ull, 0x0002000600040000ull, 0x0000000000010003ull,
	0,	    0
};

/* ---- The call is judged first ---------------------------------------------- */

static void invalid_call_gives_the_calls_verdict(void **state)
{
	struct ffav_caller spmc = who(FFAV_ROLE_SPMC, V12, 0);
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	struct ffav_diag d;

	(void)state;
	SET(resp, SUCCESS_32);
	/* The SPMC never binds: the call's rule and status, about the call. */
	memcpy(call, bind_call, sizeof(call));
	assert_int_equal(t_resp(&spmc, call, resp, &d), FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(d.rule, FFAV_RULE_NOTIF_BIND_CALLER);
	/* A reserved register of the call is set: INVALID_PARAMETERS, the call's SBZ rule,
	 * offending bits from the call. */
	SET(call, 0x8400007E, VM1, 0, 0, 0, 0, 0, 0x80);
	assert_int_equal(t_resp(&hyp, call, resp, &d), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_NOTIF_DESTROY_SBZ);
	assert_int_equal(d.reg, 7);
	assert_int_equal(d.bits, 0x80);
	/* Not a covered call at all. */
	SET(call, 0x84000063); /* FFA_VERSION */
	assert_int_equal(t_resp(&hyp, call, resp, &d), FFAV_RET_NOT_SUPPORTED);
	assert_int_equal(d.rule, FFAV_RULE_CC_NOT_COVERED);
	/* The same call, valid, with the same answer: judged as an answer. */
	memcpy(call, destroy_call, sizeof(call));
	RPASS(hyp, call, resp);
}

static void null_arguments(void **state)
{
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	uint64_t resp[FFAV_NREGS] = { SUCCESS_32 };
	struct ffav_diag d;

	(void)state;
	assert_int_equal(ffav_check_response(&hyp, destroy_call, NULL, &d),
			 FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(ffav_check_response(NULL, destroy_call, resp, &d),
			 FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(d.rule, FFAV_RULE_CC_NULL_ARGUMENT);
	assert_int_equal(ffav_check_response(&hyp, NULL, resp, NULL), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_check_response(&hyp, destroy_call, resp, NULL), FFAV_RET_SUCCESS);
}

/* ---- RESP_FID and RESP_UPPER_HALF ------------------------------------------ */

static void answer_frame_must_fit_the_call(void **state)
{
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller vm = who(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller vm11 = who(FFAV_ROLE_VM, V11, 0);
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	struct ffav_caller sp11 = who(FFAV_ROLE_SP, V11, 0);
	uint64_t resp[FFAV_NREGS];
	uint64_t call[FFAV_NREGS];

	(void)state;
	/* Notification calls: FFA_SUCCESS or FFA_ERROR_32. */
	SET(resp, SUCCESS_32);
	RPASS(hyp, destroy_call, resp);
	SET(resp, SUCCESS_32 | 0xFFFFFFFF00000000ull); /* x0[63:32] is not the frame */
	RPASS(hyp, destroy_call, resp);
	SET(resp, RESP_32);
	RFAIL_BITS(hyp, destroy_call, resp, FFAV_RULE_RESP_FID, 0, 0);
	SET(resp, SUCCESS_32 | FFAV_FID_SVE_HINT); /* w0 is the frame's ID exactly */
	RFAIL(hyp, destroy_call, resp, FFAV_RULE_RESP_FID, 0);
	SET(resp, ERROR_64, 0, 0xFFFFFFFE); /* every peer answers FFA_ERROR_32 */
	RFAIL(hyp, destroy_call, resp, FFAV_RULE_RESP_FID, 0);
	SET(resp, ERROR_64, 0, 0xFFFFFFFE);
	RFAIL(hyp, info_get_64_call, resp, FFAV_RULE_RESP_FID, 0);

	/* Direct requests: a response, FFA_INTERRUPT_32, FFA_YIELD_32 or FFA_ERROR_32. */
	SET(resp, RESP_32, 0x80010001);
	RPASS(vm, req_32_call, resp);
	SET(resp, INTERRUPT_32, 0x80010000);
	RPASS(vm, req_32_call, resp);
	SET(resp, YIELD_32, 0x80010000);
	RPASS(vm, req_32_call, resp);
	SET(resp, SUCCESS_32); /* completes without a response (DEN0077A v1.3 §15.2) */
	RPASS(vm, req_32_call, resp);
	SET(resp, INTERRUPT_64, 0x80010000); /* the SMC64 form exists from v1.3 */
	RFAIL(vm, req_32_call, resp, FFAV_RULE_RESP_FID, 0);
	SET(resp, REQ_32, 0x80010001);
	RFAIL(vm, req_32_call, resp, FFAV_RULE_RESP_FID, 0);
	SET(resp, RESP2, 0x80010001); /* RESP2 does not exist at v1.1 */
	RFAIL(vm11, req_32_call, resp, FFAV_RULE_RESP_FID, 0);
	SET(resp, RESP_32, 0x80010001); /* a pairing error, not RESP_FID */
	RFAIL(vm, req2_call, resp, FFAV_RULE_RESP_DIRECT_ABI, 0);
	memcpy(call, req_32_call, sizeof(call));
	call[1] = 0x00058001; /* the hypervisor relays VM 5's request */
	SET(resp, YIELD_32, 0x80010000);
	RPASS(hyp, call, resp);

	/* Direct responses: the responder's next work item, not judged beyond w0. */
	SET(resp, REQ_32, 0x00018001, 0, 0x1234);
	RPASS(sp, resp_32_call, resp);
	SET(resp, REQ_64, 0x80028001, 0, 0x1234);
	RPASS(sp, resp_32_call, resp);
	SET(resp, REQ2, 0x00018001, 1, 2);
	RPASS(sp, resp_32_call, resp);
	RFAIL(sp11, resp_32_call, resp, FFAV_RULE_RESP_FID, 0);
	SET(resp, RESP2, 0x00018001);
	RPASS(sp, resp2_call, resp);
	RFAIL(sp11, resp_32_call, resp, FFAV_RULE_RESP_FID, 0);
	SET(resp, RESP_32, 0x80020001);
	RPASS(sp11, resp_32_call, resp);
	SET(resp, RESP_64, 0x80020001);
	RPASS(sp, resp2_call, resp);
	SET(resp, RUN_32, 0x80010000);
	RPASS(sp, resp_32_call, resp);
	SET(resp, INTERRUPT_32, 0, 0x20);
	RPASS(sp, resp2_call, resp);
	SET(resp, YIELD_32);
	RPASS(sp, resp_32_call, resp);
	SET(resp, MSG_WAIT_32);
	RPASS(sp, resp_32_call, resp);
	SET(resp, SUCCESS_32);
	RFAIL(sp, resp_32_call, resp, FFAV_RULE_RESP_FID, 0);
	SET(resp, 0x84000063); /* FFA_VERSION */
	RFAIL(sp, resp2_call, resp, FFAV_RULE_RESP_FID, 0);

	/* The SPMC answered the SPMD: any FF-A call of the Normal world may come next. */
	{
		struct ffav_caller spmc = who(FFAV_ROLE_SPMC, V12, 0);
		uint64_t pm_resp[FFAV_NREGS] = { 0x84000070, 0x8000FFFF, 0x80000002 };

		SET(resp, 0x84000063); /* FFA_VERSION */
		RPASS(spmc, pm_resp, resp);
		SET(resp, 0xC4000073); /* FFA_MEM_SHARE_64 */
		RPASS(spmc, pm_resp, resp);
		SET(resp, 0x84000078); /* no FF-A function */
		RFAIL(spmc, pm_resp, resp, FFAV_RULE_RESP_FID, 0);
		SET(resp, 0x84010063); /* an SVE hint: not the frame's ID exactly */
		RFAIL(spmc, pm_resp, resp, FFAV_RULE_RESP_FID, 0);
	}
	/* The same for the SPMD: an SPMD logical partition answered SP1, and the SPMD is
	 * resumed by whatever FF-A call comes through it next. */
	{
		struct ffav_caller lp = ffav_t_caller(FFAV_ROLE_SPMD, 0xFFC0, V12, 0);
		uint64_t lp_resp[FFAV_NREGS] = { 0x84000070, 0xFFC08001 };

		SET(resp, 0x84000063); /* FFA_VERSION */
		RPASS(lp, lp_resp, resp);
		SET(resp, 0x84000078); /* no FF-A function */
		RFAIL(lp, lp_resp, resp, FFAV_RULE_RESP_FID, 0);
	}
}

static void upper_halves_of_smc32_answers(void **state)
{
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	struct ffav_caller sp_strict = who(FFAV_ROLE_SP, V12, FFAV_POLICY_REJECT_UPPER_HALVES);
	struct ffav_caller hyp_strict =
		who(FFAV_ROLE_HYPERVISOR, V12, FFAV_POLICY_REJECT_UPPER_HALVES);
	uint64_t resp[FFAV_NREGS];
	unsigned int n;

	(void)state;
	for (n = 1; n <= 7; n++) {
		SET(resp, SUCCESS_32);
		resp[n] = 0x0000000100000000ull;
		RPASS(sp, bind_call, resp);
		RFAIL_BITS(sp_strict, bind_call, resp, FFAV_RULE_RESP_UPPER_HALF, n,
			   0x0000000100000000ull);
	}
	/* An error code sign-extended into x2 is malformed under every policy: the code is
	 * zero-extended (DEN0077A v1.2, FFA_ERROR). */
	SET(resp, ERROR_32, 0, 0xFFFFFFFFFFFFFFFAull);
	RFAIL_BITS(sp, bind_call, resp, FFAV_RULE_RESP_ERROR_CODE, 2, 0xFFFFFFFF00000000ull);
	RFAIL_BITS(sp_strict, bind_call, resp, FFAV_RULE_RESP_UPPER_HALF, 2, 0xFFFFFFFF00000000ull);
	SET(resp, ERROR_32, 0, 0xFFFFFFFA);
	RPASS(sp_strict, bind_call, resp);
	/* SMC64 answers have no upper halves to reject. */
	RPASS(hyp_strict, info_get_64_call, af_example_64);
	/* x8..x17 are not part of an SMC32 answer. */
	SET(resp, SUCCESS_32);
	for (n = 8; n < FFAV_NREGS; n++)
		resp[n] = ~0ull;
	RPASS(sp_strict, bind_call, resp);
}

/* ---- FFA_ERROR frames ------------------------------------------------------ */

/* The codes each ABI may answer with, written out here independently of lib/response.c
 * (DEN0077A v1.3 Tables 15.8, 15.12, 15.16, 15.20, 16.5, 16.9, 16.13, 16.17, 16.21, 16.26,
 * 16.48; NOT_READY from v1.2, ABORTED from v1.3). */
struct error_case {
	const char *name;
	enum ffav_role role;
	const uint64_t *call;
	uint16_t always;
	uint16_t from_12;
	uint16_t from_13;
};

#define C(status) (1u << (unsigned int)(-(status)))
#define NS C(FFAV_RET_NOT_SUPPORTED)
#define INV C(FFAV_RET_INVALID_PARAMETERS)
#define NOMEM C(FFAV_RET_NO_MEMORY)
#define BUSY C(FFAV_RET_BUSY)
#define DEN C(FFAV_RET_DENIED)
#define ABRT C(FFAV_RET_ABORTED)
#define NODATA C(FFAV_RET_NO_DATA)
#define NOTRDY C(FFAV_RET_NOT_READY)

static const struct error_case error_cases[] = {
	{ "BITMAP_CREATE", FFAV_ROLE_HYPERVISOR, create_call, NS | INV | DEN | NOMEM, 0, 0 },
	{ "BITMAP_DESTROY", FFAV_ROLE_HYPERVISOR, destroy_call, NS | INV | DEN, 0, 0 },
	{ "BIND", FFAV_ROLE_SP, bind_call, NS | INV | DEN, 0, ABRT },
	{ "UNBIND", FFAV_ROLE_SP, unbind_call, NS | INV | DEN, 0, ABRT },
	{ "SET", FFAV_ROLE_SP, set_call, NS | INV | DEN, 0, ABRT },
	{ "GET", FFAV_ROLE_SP, get_call_sp, NS | INV | DEN, 0, 0 },
	{ "GET (hypervisor)", FFAV_ROLE_HYPERVISOR, get_call_hyp, NS | INV | DEN, 0, 0 },
	{ "INFO_GET_32", FFAV_ROLE_HYPERVISOR, info_get_32_call, NS | NODATA, 0, 0 },
	{ "INFO_GET_64", FFAV_ROLE_HOST, info_get_64_call, NS | NODATA, 0, 0 },
	{ "DIRECT_REQ_32", FFAV_ROLE_VM, req_32_call, NS | INV | DEN | BUSY, NOTRDY, ABRT },
	{ "DIRECT_REQ_64", FFAV_ROLE_VM, req_64_call, NS | INV | DEN | BUSY, NOTRDY, ABRT },
	{ "DIRECT_RESP_32", FFAV_ROLE_SP, resp_32_call, NS | INV | DEN, 0, ABRT },
	{ "DIRECT_REQ2", FFAV_ROLE_VM, req2_call, NS | INV | DEN | BUSY, NOTRDY, ABRT },
	{ "DIRECT_RESP2", FFAV_ROLE_SP, resp2_call, NS | INV | DEN, 0, ABRT },
};

static void error_codes_per_abi(void **state)
{
	static const uint32_t versions[] = { V11, V12, V13 };
	size_t i, v;
	int32_t code;

	(void)state;
	for (i = 0; i < sizeof(error_cases) / sizeof(error_cases[0]); i++) {
		const struct error_case *e = &error_cases[i];

		for (v = 0; v < sizeof(versions) / sizeof(versions[0]); v++) {
			struct ffav_caller c = who(e->role, versions[v], 0);
			uint16_t allowed = e->always;
			uint64_t resp[FFAV_NREGS];
			struct ffav_diag d;

			/* REQ2/RESP2 exist from v1.2. */
			if (versions[v] < V12 && (e->call[0] == REQ2 || e->call[0] == RESP2))
				continue;
			if (versions[v] >= V12)
				allowed = (uint16_t)(allowed | e->from_12);
			if (versions[v] >= V13)
				allowed = (uint16_t)(allowed | e->from_13);
			for (code = -1; code >= -10; code--) {
				bool ok = (allowed & C(code)) != 0;
				int32_t ret;

				SET(resp, ERROR_32, 0, (uint32_t)code);
				ret = t_resp(&c, e->call, resp, &d);
				if (ok && ret != FFAV_RET_SUCCESS)
					fail_msg("%s v%#x: code %d refused (%s)", e->name,
						 (unsigned)versions[v], (int)code,
						 ffav_rule_name(d.rule));
				if (!ok && (ret == FFAV_RET_SUCCESS ||
					    d.rule != FFAV_RULE_RESP_ERROR_CODE_ABI))
					fail_msg("%s v%#x: code %d accepted", e->name,
						 (unsigned)versions[v], (int)code);
				if (!ok)
					assert_int_equal(d.bits, (uint32_t)code);
			}
		}
	}
}

static void error_frame_layout(void **state)
{
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	struct ffav_caller sp_sbz = who(FFAV_ROLE_SP, V12, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller vm = who(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	uint64_t resp[FFAV_NREGS];
	unsigned int n;

	(void)state;
	/* w2: a defined code. 0, -11, and positive values are none. */
	SET(resp, ERROR_32, 0, 0xFFFFFFFE);
	RPASS(sp, bind_call, resp);
	RPASS(vm, req_64_call, resp);
	SET(resp, ERROR_32, 0, 0xFFFFFFF7); /* INFO_GET: NO_DATA or NOT_SUPPORTED only */
	RPASS(hyp, info_get_64_call, resp);
	SET(resp, ERROR_32, 0, 0);
	RFAIL_BITS(sp, bind_call, resp, FFAV_RULE_RESP_ERROR_CODE, 2, 0);
	SET(resp, ERROR_32, 0, 0xFFFFFFF5); /* -11 */
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_ERROR_CODE, 2, 0xFFFFFFF5);
	SET(resp, ERROR_32, 0, 2);
	RFAIL_BITS(hyp, info_get_32_call, resp, FFAV_RULE_RESP_ERROR_CODE, 2, 2);
	SET(resp, ERROR_32, 0, 0x80000000);
	RFAIL(hyp, info_get_32_call, resp, FFAV_RULE_RESP_ERROR_CODE, 2);
	/* NOT_READY is defined but listed for no ABI. */
	SET(resp, ERROR_32, 0, 0xFFFFFFF6);
	RFAIL(hyp, info_get_32_call, resp, FFAV_RULE_RESP_ERROR_CODE_ABI, 2);

	/* w1: target information, zero. */
	SET(resp, ERROR_32, 0x80010000, 0xFFFFFFFE);
	RFAIL_BITS(sp, bind_call, resp, FFAV_RULE_RESP_ERROR_TARGET, 1, 0x80010000);
	RFAIL(vm, req_32_call, resp, FFAV_RULE_RESP_ERROR_TARGET, 1);
	RFAIL(sp_sbz, bind_call, resp, FFAV_RULE_RESP_ERROR_TARGET, 1); /* MBZ, not SBZ */
	/* w3: error argument, zero for these ABIs. */
	SET(resp, ERROR_32, 0, 0xFFFFFFFE, 1);
	RFAIL_BITS(sp, bind_call, resp, FFAV_RULE_RESP_ERROR_ARG, 3, 1);
	RFAIL(vm, req2_call, resp, FFAV_RULE_RESP_ERROR_ARG, 3);
	RFAIL(sp_sbz, bind_call, resp, FFAV_RULE_RESP_ERROR_ARG, 3);
	/* w4..w7: reserved. */
	for (n = 4; n <= 7; n++) {
		SET(resp, ERROR_32, 0, 0xFFFFFFFA);
		resp[n] = 0x10;
		RFAIL_BITS(sp, bind_call, resp, FFAV_RULE_RESP_ERROR_SBZ, n, 0x10);
		RFAIL(vm, req_32_call, resp, FFAV_RULE_RESP_ERROR_SBZ, n);
		RPASS(sp_sbz, bind_call, resp);
	}
}

/* ---- FFA_SUCCESS of the notification ABIs --------------------------------- */

static void success_width(void **state)
{
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	uint64_t resp[FFAV_NREGS];

	(void)state;
	SET(resp, SUCCESS_32, 0, 0x80);
	RPASS(hyp, info_get_32_call, resp);
	RFAIL_BITS(hyp, info_get_64_call, resp, FFAV_RULE_RESP_SUCCESS_WIDTH, 0, 0);
	SET(resp, SUCCESS_64, 0, 0x80);
	RPASS(hyp, info_get_64_call, resp);
	/* Xen answers INFO_GET_32 with SUCCESS_64 (its mediator, 2026). */
	RFAIL_BITS(hyp, info_get_32_call, resp, FFAV_RULE_RESP_SUCCESS_WIDTH, 0, FFAV_FID_SMC64);
	SET(resp, SUCCESS_64);
	RFAIL(sp, bind_call, resp, FFAV_RULE_RESP_SUCCESS_WIDTH, 0);
	RFAIL(hyp, create_call, resp, FFAV_RULE_RESP_SUCCESS_WIDTH, 0);
	RFAIL(sp, get_call_sp, resp, FFAV_RULE_RESP_SUCCESS_WIDTH, 0);
}

static void success_target_and_unused_registers(void **state)
{
	static const struct {
		enum ffav_role role;
		const uint64_t *call;
	} calls[] = {
		{ FFAV_ROLE_HYPERVISOR, create_call },
		{ FFAV_ROLE_HYPERVISOR, destroy_call },
		{ FFAV_ROLE_SP, bind_call },
		{ FFAV_ROLE_SP, unbind_call },
		{ FFAV_ROLE_SP, set_call },
		{ FFAV_ROLE_VM, set_call },
	};
	uint64_t resp[FFAV_NREGS];
	size_t i;
	unsigned int n;

	(void)state;
	for (i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
		struct ffav_caller c = who(calls[i].role, V12, 0);
		struct ffav_caller c_sbz = who(calls[i].role, V12, FFAV_POLICY_IGNORE_SBZ);
		uint64_t call[FFAV_NREGS];

		memcpy(call, calls[i].call, sizeof(call));
		if (calls[i].role == FFAV_ROLE_VM)
			call[1] = 0x00018001; /* VM1 sets for SP1 */
		SET(resp, SUCCESS_32);
		RPASS(c, call, resp);
		SET(resp, SUCCESS_32, 0x00010000);
		RFAIL_BITS(c, call, resp, FFAV_RULE_RESP_SUCCESS_TARGET, 1, 0x00010000);
		RFAIL(c_sbz, call, resp, FFAV_RULE_RESP_SUCCESS_TARGET, 1);
		for (n = 2; n <= 7; n++) {
			SET(resp, SUCCESS_32);
			resp[n] = 0x40;
			RFAIL_BITS(c, call, resp, FFAV_RULE_RESP_SUCCESS_SBZ, n, 0x40);
			RPASS(c_sbz, call, resp);
		}
	}
}

static void create_success_at_v13(void **state)
{
	struct ffav_caller hyp12 = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller hyp13 = who(FFAV_ROLE_HYPERVISOR, V13, 0);
	uint64_t resp[FFAV_NREGS];

	(void)state;
	/* v1.3 may return an allocated count in w2[8:0] (DEN0077A v1.3 Table 16.4): not judged. */
	SET(resp, SUCCESS_32, 0, 0x40);
	RPASS(hyp13, create_call, resp);
	RFAIL(hyp12, create_call, resp, FFAV_RULE_RESP_SUCCESS_SBZ, 2);
	SET(resp, SUCCESS_32, 0, 0x40, 1);
	RFAIL(hyp13, create_call, resp, FFAV_RULE_RESP_SUCCESS_SBZ, 3);
	/* Other ABIs are unchanged at v1.3. */
	SET(resp, SUCCESS_32, 0, 0x40);
	RFAIL(hyp13, destroy_call, resp, FFAV_RULE_RESP_SUCCESS_SBZ, 2);
}

static void success_64_high_registers(void **state)
{
	struct ffav_caller hyp11 = who(FFAV_ROLE_HYPERVISOR, V11, 0);
	struct ffav_caller hyp12 = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller hyp13 = who(FFAV_ROLE_HYPERVISOR, V13, 0);
	struct ffav_caller hyp_sbz = who(FFAV_ROLE_HYPERVISOR, V12, FFAV_POLICY_IGNORE_SBZ);
	uint64_t resp[FFAV_NREGS];
	unsigned int n;

	(void)state;
	for (n = 8; n < FFAV_NREGS; n++) {
		SET(resp, SUCCESS_64, 0, 0x80, 0x1234);
		resp[n] = 0x1ull << 40;
		RPASS(hyp11, info_get_64_call, resp); /* not part of the answer at v1.1 */
		RFAIL_BITS(hyp12, info_get_64_call, resp, FFAV_RULE_RESP_SUCCESS_SBZ, n,
			   0x1ull << 40);
		RFAIL(hyp13, info_get_64_call, resp, FFAV_RULE_RESP_SUCCESS_SBZ, n);
		RPASS(hyp_sbz, info_get_64_call, resp);
		/* SMC32 answers end at w7. */
		resp[0] = SUCCESS_32;
		resp[3] = 0x1234;
		RPASS(hyp12, info_get_32_call, resp);
	}
	/* x1 of SUCCESS_64 is the whole register. */
	SET(resp, SUCCESS_64, 0x100000000ull, 0x80);
	RFAIL_BITS(hyp12, info_get_64_call, resp, FFAV_RULE_RESP_SUCCESS_TARGET, 1, 0x100000000ull);
}

/* ---- GET ------------------------------------------------------------------ */

static void get_bitmaps_only_where_asked(void **state)
{
	static const uint32_t flag_of[8] = { 0, 0, 1, 1, 2, 2, 4, 8 };
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	struct ffav_caller sp_sbz = who(FFAV_ROLE_SP, V12, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	uint32_t flags;
	unsigned int n;

	(void)state;
	/* Every flag: every bitmap may be there. */
	SET(resp, SUCCESS_32, 0, 0xFFFFFFFF, 0x80000000, 0x1, 0x10000, 1, 1);
	RPASS(sp, get_call_sp, resp);
	/* Flags 0 is legal, and everything is zero. */
	memcpy(call, get_call_sp, sizeof(call));
	call[2] = 0;
	SET(resp, SUCCESS_32);
	RPASS(sp, call, resp);
	/* A field whose flag was clear is ignored, whatever it holds (DEN0077A v1.3 Table
	 * 16.25); a requested framework bitmap defines only bit 0. */
	for (flags = 0; flags < 16; flags++) {
		call[2] = flags;
		for (n = 2; n <= 7; n++) {
			SET(resp, SUCCESS_32);
			resp[n] = 1;
			RPASS(sp, call, resp);
			resp[n] = 0xFFFFFFFF;
			if (n >= 6 && (flags & flag_of[n]) != 0) {
				RFAIL_BITS(sp, call, resp, FFAV_RULE_RESP_GET_FRAMEWORK, n,
					   0xFFFFFFFE);
				RFAIL(sp_sbz, call, resp, FFAV_RULE_RESP_GET_FRAMEWORK, n);
			} else {
				RPASS(sp, call, resp);
			}
		}
	}
	/* The hypervisor fetching for a VM asks for SP and SPM only. */
	SET(resp, SUCCESS_32, 0, 0x10, 0, 0, 0, 1, 0);
	RPASS(hyp, get_call_hyp, resp);
	SET(resp, SUCCESS_32, 0, 0x10, 0x20, 0x20, 0, 1, 0xFFFFFFFF);
	RPASS(hyp, get_call_hyp, resp);
	SET(resp, SUCCESS_32, 0, 0x10, 0, 0, 0, 3, 1);
	RFAIL_BITS(hyp, get_call_hyp, resp, FFAV_RULE_RESP_GET_FRAMEWORK, 6, 2);
	/* Upper halves are not bitmaps. */
	SET(resp, SUCCESS_32, 0, 0, 0, 0xFFFFFFFF00000000ull);
	RPASS(hyp, get_call_hyp, resp);
}

static void get_framework_bitmaps_define_bit_0(void **state)
{
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	struct ffav_caller sp_sbz = who(FFAV_ROLE_SP, V12, FFAV_POLICY_IGNORE_SBZ);
	uint64_t resp[FFAV_NREGS];

	(void)state;
	SET(resp, SUCCESS_32, 0, 0, 0, 0, 0, FFAV_FRAMEWORK_NOTIF_RX_BUFFER_FULL,
	    FFAV_FRAMEWORK_NOTIF_RX_BUFFER_FULL);
	RPASS(sp, get_call_sp, resp);
	SET(resp, SUCCESS_32, 0, 0, 0, 0, 0, 0x3, 0);
	RFAIL_BITS(sp, get_call_sp, resp, FFAV_RULE_RESP_GET_FRAMEWORK, 6, 0x2);
	RFAIL(sp_sbz, get_call_sp, resp, FFAV_RULE_RESP_GET_FRAMEWORK, 6);
	SET(resp, SUCCESS_32, 0, 0, 0, 0, 0, 0, 0x80000001);
	RFAIL_BITS(sp, get_call_sp, resp, FFAV_RULE_RESP_GET_FRAMEWORK, 7, 0x80000000);
	/* Partition bitmaps use all 64 bits. */
	SET(resp, SUCCESS_32, 0, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF);
	RPASS(sp, get_call_sp, resp);
}

static void get_decode_and_encode(void **state)
{
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	uint64_t resp[FFAV_NREGS];
	uint64_t again[FFAV_NREGS];
	struct ffav_get_view v;
	struct ffav_get_view w;

	(void)state;
	SET(resp, SUCCESS_32, 0, 0x00000008, 0x80000000, 0x1, 0x2, 1, 1);
	resp[2] |= 0xABCD000000000000ull; /* upper halves are not read */
	ffav_get_decode(resp, &v);
	assert_int_equal(v.sp, 0x8000000000000008ull);
	assert_int_equal(v.vm, 0x0000000200000001ull);
	assert_int_equal(v.spm, 1);
	assert_int_equal(v.hyp, 1);
	ffav_get_encode(&v, again);
	assert_int_equal(again[0], SUCCESS_32);
	assert_int_equal(again[2], 0x8);
	assert_int_equal(again[3], 0x80000000);
	assert_int_equal(again[4], 1);
	assert_int_equal(again[5], 2);
	assert_int_equal(again[6], 1);
	assert_int_equal(again[7], 1);
	RPASS(sp, get_call_sp, again);
	ffav_get_decode(again, &w);
	assert_memory_equal(&v, &w, sizeof(v));
	/* NULL is ignored. */
	ffav_get_decode(NULL, &v);
	ffav_get_decode(resp, NULL);
	ffav_get_encode(NULL, again);
	ffav_get_encode(&v, NULL);
}

/* ---- INFO_GET ----------------------------------------------------------------- */

static void expect_list(const struct ffav_info_get_view *v, struct ffav_info_get_iter *it,
			uint16_t endpoint, uint8_t n, uint16_t v0, uint16_t v1, uint16_t v2)
{
	struct ffav_info_get_list l;

	assert_true(ffav_info_get_next(v, it, &l));
	assert_int_equal(l.endpoint, endpoint);
	assert_int_equal(l.n_vcpus, n);
	assert_int_equal(l.vcpus[0], v0);
	assert_int_equal(l.vcpus[1], v1);
	assert_int_equal(l.vcpus[2], v2);
}

static void check_af_lists(const struct ffav_info_get_view *v)
{
	struct ffav_info_get_iter it;
	struct ffav_info_get_list l;

	assert_false(v->more_pending);
	assert_int_equal(v->n_lists, 4);
	assert_int_equal(v->n_ids, 10);
	ffav_info_get_iter_init(&it);
	expect_list(v, &it, 0x0000, 3, 0, 2, 3);
	expect_list(v, &it, 0x0000, 2, 4, 6, 0);
	expect_list(v, &it, 0x0002, 0, 0, 0, 0);
	expect_list(v, &it, 0x0003, 1, 1, 0, 0);
	assert_false(ffav_info_get_next(v, &it, &l));
}

static void info_get_worked_examples(void **state)
{
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller host = who(FFAV_ROLE_HOST, V11, 0);
	struct ffav_info_get_view v;
	struct ffav_info_get_iter it;
	struct ffav_info_get_list l;
	uint64_t out[FFAV_NREGS];
	uint64_t tftf[FFAV_NREGS];
	static const uint16_t r0[] = { 0, 1, 2 }, r1[] = { 3, 4, 5 }, r2[] = { 6, 7 };

	(void)state;
	/* AF SMC32: checks, decodes, and re-encodes to the same registers. */
	RPASS(hyp, info_get_32_call, af_example_32);
	RPASS(host, info_get_32_call, af_example_32);
	assert_int_equal(ffav_info_get_decode(af_example_32, false, &v), FFAV_RET_SUCCESS);
	check_af_lists(&v);
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_SUCCESS);
	assert_memory_equal(out, af_example_32, sizeof(out));
	/* AF SMC64: the same lists. */
	RPASS(hyp, info_get_64_call, af_example_64);
	RPASS(host, info_get_64_call, af_example_64);
	assert_int_equal(ffav_info_get_decode(af_example_64, true, &v), FFAV_RET_SUCCESS);
	check_af_lists(&v);
	assert_int_equal(ffav_info_get_encode(&v, true, out), FFAV_RET_SUCCESS);
	assert_memory_equal(out, af_example_64, sizeof(out));

	/* TFTF per-vCPU example, SMC64, receiver R = SP2: [R,0,1,2], [R,3,4,5], [R,6,7]. Built
	 * with the builder, then checked and decoded. 11 IDs: too many for SMC32. */
	ffav_info_get_init(&v);
	assert_int_equal(ffav_info_get_add(&v, true, SP2, r0, 3), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_info_get_add(&v, true, SP2, r1, 3), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_info_get_add(&v, true, SP2, r2, 2), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_info_get_encode(&v, true, tftf), FFAV_RET_SUCCESS);
	assert_int_equal(tftf[0], SUCCESS_64);
	assert_int_equal(tftf[2], (3u << 7) | (3u << 12) | (3u << 14) | (2u << 16));
	assert_int_equal(tftf[3], 0x0002000100008002ull);
	assert_int_equal(tftf[4], 0x0005000400038002ull);
	assert_int_equal(tftf[5], 0x0000000700068002ull);
	assert_int_equal(tftf[6], 0);
	RPASS(hyp, info_get_64_call, tftf);
	assert_int_equal(ffav_info_get_decode(tftf, true, &v), FFAV_RET_SUCCESS);
	assert_int_equal(v.n_lists, 3);
	assert_int_equal(v.n_ids, 11);
	ffav_info_get_iter_init(&it);
	expect_list(&v, &it, SP2, 3, 0, 1, 2);
	expect_list(&v, &it, SP2, 3, 3, 4, 5);
	expect_list(&v, &it, SP2, 2, 6, 7, 0);
	assert_false(ffav_info_get_next(&v, &it, &l));
	ffav_info_get_init(&v);
	assert_int_equal(ffav_info_get_add(&v, false, SP2, r0, 3), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_info_get_add(&v, false, SP2, r1, 3), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_info_get_add(&v, false, SP2, r2, 2), FFAV_RET_NO_MEMORY);
	assert_int_equal(v.n_lists, 2); /* unchanged by the refusal */
}

/* Encode random-ish sets of lists, check them as answers, decode and compare. */
static void info_get_round_trips(void **state)
{
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	uint32_t seed = 12345;
	unsigned int round;

	(void)state;
	for (round = 0; round < 400; round++) {
		bool smc64 = (round & 1) != 0;
		struct ffav_info_get_view v;
		struct ffav_info_get_view w;
		struct ffav_info_get_iter it;
		struct ffav_info_get_list l;
		uint64_t out[FFAV_NREGS];
		uint16_t eps[FFAV_INFO_GET_MAX_IDS_64];
		uint16_t vc[FFAV_INFO_GET_MAX_IDS_64][3];
		uint8_t nv[FFAV_INFO_GET_MAX_IDS_64];
		unsigned int lists = 0;
		unsigned int i, j;

		ffav_info_get_init(&v);
		v.more_pending = (round & 2) != 0;
		for (;;) {
			seed = seed * 1103515245u + 12345u;
			eps[lists] = (uint16_t)(seed >> 8);
			nv[lists] = (uint8_t)((seed >> 24) & 3);
			for (j = 0; j < 3; j++)
				vc[lists][j] = (uint16_t)(seed >> (4 * j));
			if (ffav_info_get_add(&v, smc64, eps[lists], vc[lists], nv[lists]) !=
			    FFAV_RET_SUCCESS)
				break;
			lists++;
		}
		assert_true(lists >= 1);
		assert_int_equal(ffav_info_get_encode(&v, smc64, out), FFAV_RET_SUCCESS);
		RPASS(hyp, smc64 ? info_get_64_call : info_get_32_call, out);
		assert_int_equal(ffav_info_get_decode(out, smc64, &w), FFAV_RET_SUCCESS);
		assert_int_equal(w.more_pending, v.more_pending);
		assert_int_equal(w.n_lists, lists);
		ffav_info_get_iter_init(&it);
		for (i = 0; i < lists; i++) {
			assert_true(ffav_info_get_next(&w, &it, &l));
			assert_int_equal(l.endpoint, eps[i]);
			assert_int_equal(l.n_vcpus, nv[i]);
			for (j = 0; j < nv[i]; j++)
				assert_int_equal(l.vcpus[j], vc[i][j]);
		}
		assert_false(ffav_info_get_next(&w, &it, &l));
	}
}

static void info_get_reserved_bits(void **state)
{
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller hyp_sbz = who(FFAV_ROLE_HYPERVISOR, V12, FFAV_POLICY_IGNORE_SBZ);
	uint64_t resp[FFAV_NREGS];
	unsigned int bit;

	(void)state;
	for (bit = 1; bit <= 6; bit++) {
		memcpy(resp, af_example_32, sizeof(resp));
		resp[2] |= 1ull << bit;
		RFAIL_BITS(hyp, info_get_32_call, resp, FFAV_RULE_RESP_INFO_GET_RESERVED, 2,
			   1ull << bit);
		RFAIL(hyp_sbz, info_get_32_call, resp, FFAV_RULE_RESP_INFO_GET_RESERVED, 2);
		memcpy(resp, af_example_64, sizeof(resp));
		resp[2] |= 1ull << bit;
		RFAIL(hyp, info_get_64_call, resp, FFAV_RULE_RESP_INFO_GET_RESERVED, 2);
	}
	for (bit = 52; bit <= 63; bit++) {
		memcpy(resp, af_example_64, sizeof(resp));
		resp[2] |= 1ull << bit;
		RFAIL_BITS(hyp, info_get_64_call, resp, FFAV_RULE_RESP_INFO_GET_RESERVED, 2,
			   1ull << bit);
		/* In an SMC32 answer those are upper-half bits: ignored. */
		memcpy(resp, af_example_32, sizeof(resp));
		resp[2] |= 1ull << bit;
		RPASS(hyp, info_get_32_call, resp);
	}
	/* The more-pending bit is data. */
	memcpy(resp, af_example_64, sizeof(resp));
	resp[2] |= 1;
	RPASS(hyp, info_get_64_call, resp);
}

static void info_get_list_count(void **state)
{
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	uint64_t resp[FFAV_NREGS];
	unsigned int count;

	(void)state;
	/* Count 0: nothing to report is NO_DATA, not SUCCESS. */
	SET(resp, SUCCESS_32);
	RFAIL_BITS(hyp, info_get_32_call, resp, FFAV_RULE_RESP_INFO_GET_COUNT, 2, 0);
	SET(resp, SUCCESS_64, 0, 1); /* more pending, no list */
	RFAIL(hyp, info_get_64_call, resp, FFAV_RULE_RESP_INFO_GET_COUNT, 2);
	/* Lists of one global entry each (IDs 1..count): up to 10 / 20 fit. */
	for (count = 1; count <= 31; count++) {
		unsigned int k;

		SET(resp, SUCCESS_32, 0, (uint64_t)count << 7);
		for (k = 0; k < count && k < 10; k++)
			resp[3 + k / 2] |= (uint64_t)(k + 1) << (16 * (k % 2));
		if (count <= 10)
			RPASS(hyp, info_get_32_call, resp);
		else
			RFAIL_BITS(hyp, info_get_32_call, resp, FFAV_RULE_RESP_INFO_GET_COUNT, 2,
				   (uint64_t)count << 7);
		SET(resp, SUCCESS_64, 0, (uint64_t)count << 7);
		for (k = 0; k < count && k < 20; k++)
			resp[3 + k / 4] |= (uint64_t)(k + 1) << (16 * (k % 4));
		if (count <= 20)
			RPASS(hyp, info_get_64_call, resp);
		else
			RFAIL_BITS(hyp, info_get_64_call, resp, FFAV_RULE_RESP_INFO_GET_COUNT, 2,
				   (uint64_t)count << 7);
	}
}

static void info_get_sizes_beyond_count(void **state)
{
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	uint64_t resp[FFAV_NREGS];
	unsigned int field;

	(void)state;
	/* One global list; the size fields of unused lists are ignored (DEN0077A v1.3 Table
	 * 16.49): not judged, and not counted towards the IDs. */
	for (field = 1; field < 20; field++) {
		uint64_t bits = 3ull << (12 + 2 * field);

		SET(resp, SUCCESS_64, 0, (1u << 7) | bits, 0x8001);
		RPASS(hyp, info_get_64_call, resp);
		if (field < 10) {
			SET(resp, SUCCESS_32, 0, (1u << 7) | bits, 0x8001);
			RPASS(hyp, info_get_32_call, resp);
		}
	}
	/* Two lists, the second of size 2: fields 0 and 1 in use; field 2 ignored. */
	SET(resp, SUCCESS_32, 0, (2u << 7) | (2u << 14), 0x00058001, 0x00070006);
	RPASS(hyp, info_get_32_call, resp);
	resp[2] |= 3u << 16;
	RPASS(hyp, info_get_32_call, resp);
	/* Ten lists of one ID each fill ten of twenty slots: the ignored fields of lists
	 * 11..20, all 3, would make 70 IDs if they were counted. */
	SET(resp, SUCCESS_64, 0, (10u << 7) | 0xFFFFF00000000ull, 0x0004000300020001ull,
	    0x0008000700060005ull, 0x000A0009u);
	RPASS(hyp, info_get_64_call, resp);
}

static void info_get_total_ids(void **state)
{
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	uint64_t resp[FFAV_NREGS];

	(void)state;
	/* SMC32: 3 lists of 3 vCPUs = 12 IDs > 10. */
	SET(resp, SUCCESS_32, 0, (3u << 7) | (0x3Fu << 12));
	RFAIL_BITS(hyp, info_get_32_call, resp, FFAV_RULE_RESP_INFO_GET_TOTAL, 2, 0x3Fu << 12);
	/* 2 lists of 3 + 1 list of 2 = 11 > 10, but fits SMC64 (the TFTF example). */
	SET(resp, SUCCESS_32, 0, (3u << 7) | (0x2Fu << 12));
	RFAIL(hyp, info_get_32_call, resp, FFAV_RULE_RESP_INFO_GET_TOTAL, 2);
	/* 2 lists of 3 + 1 list of 1 = 10: fits. */
	SET(resp, SUCCESS_32, 0, (3u << 7) | (0x1Fu << 12));
	RPASS(hyp, info_get_32_call, resp);
	/* SMC64: 6 lists of 3 = 24 > 20; 5 lists of 3 = 20 fits. */
	SET(resp, SUCCESS_64, 0, (6u << 7) | (0xFFFull << 12));
	RFAIL_BITS(hyp, info_get_64_call, resp, FFAV_RULE_RESP_INFO_GET_TOTAL, 2, 0xFFFull << 12);
	SET(resp, SUCCESS_64, 0, (5u << 7) | (0x3FFull << 12));
	RPASS(hyp, info_get_64_call, resp);
	/* 20 lists, one of size 1: 21 > 20. */
	SET(resp, SUCCESS_64, 0, (20u << 7) | (1ull << 12));
	RFAIL(hyp, info_get_64_call, resp, FFAV_RULE_RESP_INFO_GET_TOTAL, 2);
}

static void info_get_unused_slots(void **state)
{
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller hyp_sbz = who(FFAV_ROLE_HYPERVISOR, V12, FFAV_POLICY_IGNORE_SBZ);
	uint64_t resp[FFAV_NREGS];
	unsigned int k;

	(void)state;
	/* One list [0x8001, vCPU 5]: slots 2.. are unused. */
	for (k = 2; k < 10; k++) {
		SET(resp, SUCCESS_32, 0, (1u << 7) | (1u << 12), 0x00058001);
		resp[3 + k / 2] |= 0x7ull << (16 * (k % 2));
		RFAIL_BITS(hyp, info_get_32_call, resp, FFAV_RULE_RESP_INFO_GET_UNUSED_ID,
			   3 + k / 2, 0x7ull << (16 * (k % 2)));
		RFAIL(hyp_sbz, info_get_32_call, resp, FFAV_RULE_RESP_INFO_GET_UNUSED_ID,
		      3 + k / 2);
	}
	for (k = 2; k < 20; k++) {
		SET(resp, SUCCESS_64, 0, (1u << 7) | (1u << 12), 0x00058001);
		resp[3 + k / 4] |= 0x8000ull << (16 * (k % 4));
		RFAIL_BITS(hyp, info_get_64_call, resp, FFAV_RULE_RESP_INFO_GET_UNUSED_ID,
			   3 + k / 4, 0x8000ull << (16 * (k % 4)));
	}
	/* A used slot may hold ID 0 (the hypervisor, or vCPU 0). */
	SET(resp, SUCCESS_32, 0, (1u << 7) | (1u << 12), 0);
	RPASS(hyp, info_get_32_call, resp);
	/* SMC32: x3..x7[63:32] hold no slots. */
	SET(resp, SUCCESS_32, 0, (1u << 7) | (1u << 12), 0x0000000100058001ull);
	RPASS(hyp, info_get_32_call, resp);
}

static void info_get_decoder_edges(void **state)
{
	struct ffav_info_get_view v;
	struct ffav_info_get_iter it;
	struct ffav_info_get_list l;
	uint64_t resp[FFAV_NREGS];
	uint64_t out[FFAV_NREGS];
	static const uint16_t three[] = { 1, 2, 3 };
	unsigned int i;

	(void)state;
	assert_int_equal(ffav_info_get_decode(NULL, false, &v), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_info_get_decode(af_example_32, false, NULL),
			 FFAV_RET_INVALID_PARAMETERS);
	/* Inconsistent answers decode as far as they can be read. */
	SET(resp, SUCCESS_32, 0, (12u << 7) | 1u, 0x00020001, 0x00040003, 0x00060005, 0x00080007,
	    0x000A0009);
	assert_int_equal(ffav_info_get_decode(resp, false, &v), FFAV_RET_INVALID_PARAMETERS);
	assert_true(v.more_pending);
	assert_int_equal(v.n_lists, 10); /* 12 global lists claimed, 10 slots */
	assert_int_equal(v.n_ids, 10);
	assert_int_equal(v.ids[9], 0x000A);
	SET(resp, SUCCESS_32, 0, (4u << 7) | (0xFFu << 12), 0x00020001);
	assert_int_equal(ffav_info_get_decode(resp, false, &v), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(v.n_lists, 2); /* lists of 4 IDs: two fit */
	assert_int_equal(v.n_ids, 8);
	SET(resp, SUCCESS_64, 0, 0x40 | (1u << 7), 0x1);
	assert_int_equal(ffav_info_get_decode(resp, true, &v), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(v.n_lists, 1);
	assert_int_equal(v.ids[0], 1);

	/* The iterator stops at the end of a consistent walk and on inconsistent views. */
	ffav_info_get_init(&v);
	ffav_info_get_iter_init(&it);
	assert_false(ffav_info_get_next(&v, &it, &l));
	v.n_lists = 1;
	v.n_ids = 1;
	v.sizes[0] = 4; /* more than 3 vCPUs */
	assert_false(ffav_info_get_next(&v, &it, &l));
	v.sizes[0] = 1; /* list runs past n_ids */
	assert_false(ffav_info_get_next(&v, &it, &l));
	v.sizes[0] = 0;
	v.n_ids = 21; /* past the slot array */
	assert_false(ffav_info_get_next(&v, &it, &l));
	v.n_ids = 20;
	v.n_lists = 30;
	it.list = 20; /* past the size array */
	assert_false(ffav_info_get_next(&v, &it, &l));

	/* Builders refuse what cannot be encoded. */
	ffav_info_get_init(&v);
	assert_int_equal(ffav_info_get_add(&v, true, 1, three, 4), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_info_get_add(&v, true, 1, NULL, 1), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_info_get_add(&v, true, 1, NULL, 0), FFAV_RET_SUCCESS);
	v.n_ids = 21;
	assert_int_equal(ffav_info_get_add(&v, true, 1, NULL, 0), FFAV_RET_INVALID_PARAMETERS);
	v.n_ids = 1;
	v.n_lists = 2;
	assert_int_equal(ffav_info_get_add(&v, true, 1, NULL, 0), FFAV_RET_INVALID_PARAMETERS);

	ffav_info_get_init(&v);
	memset(out, 0x5A, sizeof(out));
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(out[0], 0x5A5A5A5A5A5A5A5Aull); /* nothing written */
	assert_int_equal(ffav_info_get_encode(NULL, false, out), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_info_get_add(&v, false, 1, three, 3), FFAV_RET_SUCCESS);
	assert_int_equal(ffav_info_get_encode(&v, false, NULL), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_SUCCESS);
	v.n_ids = 3; /* does not match the sizes */
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_INVALID_PARAMETERS);
	v.n_ids = 4;
	v.sizes[0] = 5;
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_INVALID_PARAMETERS);
	v.sizes[0] = 3;
	v.n_lists = 11; /* more lists than SMC32 slots */
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_INVALID_PARAMETERS);
	v.n_lists = 3;
	v.n_ids = 12; /* 1 + 3 + 1 + 0 + 1 + 0 = 6 */
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_INVALID_PARAMETERS);
	v.n_ids = 6;
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_SUCCESS);
	v.sizes[1] = 3;
	v.sizes[2] = 3;
	v.n_ids = 12; /* consistent, but 12 IDs exceed SMC32 */
	assert_int_equal(ffav_info_get_encode(&v, false, out), FFAV_RET_INVALID_PARAMETERS);
	assert_int_equal(ffav_info_get_encode(&v, true, out), FFAV_RET_SUCCESS);

	/* 20 global lists fill SMC64 exactly; a 21st does not fit. */
	ffav_info_get_init(&v);
	for (i = 0; i < 20; i++)
		assert_int_equal(ffav_info_get_add(&v, true, (uint16_t)(i + 1), NULL, 0),
				 FFAV_RET_SUCCESS);
	assert_int_equal(ffav_info_get_add(&v, true, 21, NULL, 0), FFAV_RET_NO_MEMORY);
	assert_int_equal(ffav_info_get_encode(&v, true, out), FFAV_RET_SUCCESS);
	assert_int_equal(out[2], 20u << 7);
	assert_int_equal(out[7], 0x0014001300120011ull);
	assert_int_equal(ffav_info_get_decode(out, true, &v), FFAV_RET_SUCCESS);
	assert_int_equal(v.n_lists, 20);
}

/* ---- Direct-request answers ------------------------------------------------ */

static void direct_response_pairs_with_request(void **state)
{
	struct ffav_caller vm = who(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller vm13 = who(FFAV_ROLE_VM, V13, 0);
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];

	(void)state;
	SET(resp, RESP_32, 0x80010001, 0, 7, 8);
	RPASS(vm, req_32_call, resp);
	SET(resp, RESP_64, 0x80010001, 0, 7, 8);
	RPASS(vm, req_64_call, resp);
	SET(resp, RESP2, 0x80010001, 0, 0, 7, 8);
	RPASS(vm, req2_call, resp);
	/* The other ABI. */
	SET(resp, RESP2, 0x80010001);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_ABI, 0, 0);
	RFAIL(vm, req_64_call, resp, FFAV_RULE_RESP_DIRECT_ABI, 0);
	SET(resp, RESP_64, 0x80010001);
	RFAIL(vm, req2_call, resp, FFAV_RULE_RESP_DIRECT_ABI, 0);
	SET(resp, RESP_32, 0x80010001);
	RFAIL(vm, req2_call, resp, FFAV_RULE_RESP_DIRECT_ABI, 0);
	/* The other width: 0x84000070 completes an SMC32 or an SMC64 request, 0xC4000070
	 * only an SMC64 one, at every version (DEN0077A v1.3 Table 15.11). */
	SET(resp, RESP_64, 0x80010001);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_WIDTH, 0, FFAV_FID_SMC64);
	RFAIL_BITS(vm13, req_32_call, resp, FFAV_RULE_RESP_DIRECT_WIDTH, 0, FFAV_FID_SMC64);
	SET(resp, RESP_32, 0x80010001);
	RPASS(vm, req_64_call, resp);
	RPASS(vm13, req_64_call, resp);
	/* SP-to-SP requests too. */
	SET(call, REQ_64, 0x80018002, 0, 1);
	SET(resp, RESP_64, 0x80028001);
	RPASS(sp, call, resp);
	SET(resp, RESP_32, 0x80028001);
	RPASS(sp, call, resp);
	sp.version = V13;
	RPASS(sp, call, resp);
	SET(call, REQ_32, 0x80018002, 0, 1);
	SET(resp, RESP_64, 0x80028001);
	RFAIL(sp, call, resp, FFAV_RULE_RESP_DIRECT_WIDTH, 0);
}

static void direct_response_swaps_endpoints(void **state)
{
	struct ffav_caller vm = who(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];

	(void)state;
	/* The request's w1 unchanged: both halves wrong. */
	SET(resp, RESP_32, 0x00018001);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_ENDPOINTS, 1, 0x00018001);
	/* Right sender, wrong receiver. */
	SET(resp, RESP_32, 0x80010002);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_ENDPOINTS, 1, 0x0002);
	/* Wrong sender (another SP answers). */
	SET(resp, RESP_32, 0x80020001);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_ENDPOINTS, 1, 0x80020000);
	SET(resp, RESP2, 0x80020001);
	RFAIL(vm, req2_call, resp, FFAV_RULE_RESP_DIRECT_ENDPOINTS, 1);
	/* A receiver of 0 is offending with no bits to show. */
	SET(resp, RESP_32, 0x80010000);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_ENDPOINTS, 1, 0);
	/* The hypervisor relaying VM 5's request gets the answer for VM 5. */
	SET(call, REQ_32, 0x00058001, 0, 1);
	SET(resp, RESP_32, 0x80010005);
	RPASS(hyp, call, resp);
	SET(resp, RESP_32, 0x80010000);
	RFAIL(hyp, call, resp, FFAV_RULE_RESP_DIRECT_ENDPOINTS, 1);
	/* Wrong in bit 0 only (VM 4 for VM 5): the receiver half is named with its bits. */
	SET(resp, RESP_32, 0x80010004);
	RFAIL_BITS(hyp, call, resp, FFAV_RULE_RESP_DIRECT_ENDPOINTS, 1, 0x0004);
	SET(resp, RESP_32, 0x80000005); /* sender 0x8000 for 0x8001 */
	RFAIL_BITS(hyp, call, resp, FFAV_RULE_RESP_DIRECT_ENDPOINTS, 1, 0x80000000);
	/* SMC64: x1[63:32] is ignored. */
	SET(resp, RESP_64, 0xFFFFFFFF80010001ull);
	RPASS(vm, req_64_call, resp);
	SET(call, REQ2, 0x80018002, 0, 0);
	SET(resp, RESP2, 0x0000000180028001ull);
	RPASS(sp, call, resp);
}

static void direct_response_flags(void **state)
{
	struct ffav_caller vm10 = who(FFAV_ROLE_VM, V10, 0);
	struct ffav_caller vm = who(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller vm_sbz = who(FFAV_ROLE_VM, V12, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller spmd = who(FFAV_ROLE_SPMD, V12, 0);
	struct ffav_caller spmd_sbz = who(FFAV_ROLE_SPMD, V12, FFAV_POLICY_IGNORE_SBZ);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];

	(void)state;
	/* Partition response (DEN0077A v1.3 Table 15.11): w2[7:0] MBZ, w2[30:8] SBZ; x2[63:32]
	 * of SMC64 kept zero. */
	SET(resp, RESP_32, 0x80010001, 0x10);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_FLAGS, 2, 0x10);
	RFAIL(vm_sbz, req_32_call, resp, FFAV_RULE_RESP_DIRECT_FLAGS, 2);
	SET(resp, RESP_32, 0x80010001, 0x7FFFFF00);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_FLAGS_SBZ, 2, 0x7FFFFF00);
	RPASS(vm_sbz, req_32_call, resp);
	SET(resp, RESP_32, 0x80010001, 0x7FFFFF01); /* the MBZ part is reported first */
	RFAIL_BITS(vm_sbz, req_32_call, resp, FFAV_RULE_RESP_DIRECT_FLAGS, 2, 0x1);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_FLAGS, 2, 0x1);
	SET(resp, RESP_32, 0x80010001, 0xFFFFFFFF00000000ull); /* SMC32: w2 only */
	RPASS(vm, req_32_call, resp);
	SET(resp, RESP_64, 0x80010001, 0x100000000ull);
	RFAIL_BITS(vm, req_64_call, resp, FFAV_RULE_RESP_DIRECT_FLAGS, 2, 0x100000000ull);
	/* Framework response: only bit 31 and the type. */
	SET(call, REQ_32, 0xFFFF8000, 0x80000000, 0x84000002); /* SPMD: PSCI CPU_OFF */
	SET(resp, RESP_32, 0x8000FFFF, 0x80000002);
	RPASS(spmd, call, resp);
	SET(resp, RESP_32, 0x8000FFFF, 0x80000102); /* SBZ for 0x00-0x07 (Table 18.8) */
	RFAIL_BITS(spmd, call, resp, FFAV_RULE_RESP_DIRECT_FLAGS_SBZ, 2, 0x100);
	RPASS(spmd_sbz, call, resp);
	SET(resp, RESP_32, 0x8000FFFF, 0xC0000002);
	RFAIL_BITS(spmd, call, resp, FFAV_RULE_RESP_DIRECT_FLAGS_SBZ, 2, 0x40000000);
	SET(call, REQ_64, 0xFFFF8000, 0x80000000, 0xC4000003);
	SET(resp, RESP_64, 0x8000FFFF, 0x0000000180000002ull);
	RFAIL_BITS(spmd, call, resp, FFAV_RULE_RESP_DIRECT_FLAGS, 2, 0x100000000ull);
	SET(resp, RESP_64, 0x8000FFFF, 0x80000002);
	RPASS(spmd, call, resp);
	/* v1.0: w2 is reserved altogether. */
	SET(resp, RESP_32, 0x80010001, 0x80000002);
	RFAIL_BITS(vm10, req_32_call, resp, FFAV_RULE_RESP_DIRECT_FLAGS, 2, 0x80000002);
	SET(resp, RESP_32, 0x80010001, 0);
	RPASS(vm10, req_32_call, resp);
}

/* The lifecycle requests 0x0A, 0x0C, 0x0E exist only as 0xC400006F (DEN0077A v1.3 Tables
 * 18.40, 18.43, 18.45). Which width the call side accepts is the call checks' business
 * (lib/direct_framework.c): call (an SMC32 frame) is turned into the SMC64 one when that is
 * the accepted form. Returns whether the call is now SMC64. */
static bool lifecycle_request(const struct ffav_caller *c, uint64_t call[FFAV_NREGS])
{
	uint64_t wide[FFAV_NREGS];

	memcpy(wide, call, sizeof(wide));
	wide[0] = REQ_64;
	if (ffav_check(c, wide, NULL) != FFAV_RET_SUCCESS)
		return false;
	call[0] = REQ_64;
	return true;
}

static void direct_response_kind_and_type(void **state)
{
	/* Each framework request from the component that sends it (DEN0077A v1.3 §18),
	 * and the response type that answers it. */
	static const struct {
		enum ffav_role role;
		uint16_t id;
		uint32_t w1; /* sender << 16 | receiver */
		uint32_t req;
		uint32_t resp;
	} pairs[] = {
		{ FFAV_ROLE_SPMD, SPMD_ID, 0xFFFF8000, 0x00, 0x02 }, /* PSCI */
		{ FFAV_ROLE_SPMC, SPMC_ID, 0x80008001, 0x00, 0x02 }, /* PSCI, relayed to SP1 */
		{ FFAV_ROLE_SPMD, SPMD_ID, 0xFFFF8000, 0x01, 0x02 }, /* warm boot */
		{ FFAV_ROLE_HYPERVISOR, 0, 0x00008001, 0x04, 0x05 }, /* VM created */
		{ FFAV_ROLE_HYPERVISOR, 0, 0x00008001, 0x06, 0x07 }, /* VM destroyed */
		{ FFAV_ROLE_SPMD, SPMD_ID, 0xFFFF8000, 0x08, 0x09 }, /* FFA_VERSION */
		{ FFAV_ROLE_SPMC, SPMC_ID, 0x80008001, 0x0A, 0x0B }, /* partition stop */
		{ FFAV_ROLE_SPMD, 0xFFC0, 0xFFC08000, 0x0C, 0x0D },  /* LFA start (SPMD LP) */
		{ FFAV_ROLE_SPMD, 0xFFC0, 0xFFC08000, 0x0E, 0x0F },  /* LFA finish */
	};
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller vm = who(FFAV_ROLE_VM, V12, 0);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	size_t i;
	uint32_t t;

	(void)state;
	/* A partition request gets a partition response. */
	SET(resp, RESP_32, 0x80010001, 0x80000005);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_KIND, 2, 0x80000000);
	/* A framework request gets a framework response ... */
	SET(call, REQ_32, 0x00008001, 0x80000004, 0, 0, VM1); /* hypervisor: VM 1 created */
	SET(resp, RESP_32, 0x80010000, 0, 0);
	RFAIL_BITS(hyp, call, resp, FFAV_RULE_RESP_DIRECT_KIND, 2, 0);
	SET(resp, RESP_32, 0x80010000, 0x80000005, 0);
	RPASS(hyp, call, resp);
	SET(resp, RESP_32, 0x80010000, 0x80000005, 0xFFFFFFFE); /* status: an error */
	RPASS(hyp, call, resp);
	SET(resp, RESP_32, 0x80010000, 0x80000007, 0);
	RFAIL_BITS(hyp, call, resp, FFAV_RULE_RESP_DIRECT_FRAMEWORK_TYPE, 2, 0x07);
	/* ... of the type that answers it. */
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		struct ffav_caller c = ffav_t_caller(pairs[i].role, pairs[i].id, V13, 0);
		uint32_t answer_w1 = (pairs[i].w1 << 16) | (pairs[i].w1 >> 16);

		bool smc64;

		SET(call, REQ_32, pairs[i].w1, 0x80000000u | pairs[i].req);
		if (pairs[i].req == 0x04 || pairs[i].req == 0x06)
			call[5] = VM1;
		if (pairs[i].req == 0x0C || pairs[i].req == 0x0E)
			call[3] = SP1;
		smc64 = lifecycle_request(&c, call);
		for (t = 0; t < 0x100; t++) {
			SET(resp, smc64 ? RESP_64 : RESP_32, answer_w1, 0x80000000u | t);
			if (t != pairs[i].resp)
				RFAIL_BITS(c, call, resp, FFAV_RULE_RESP_DIRECT_FRAMEWORK_TYPE, 2,
					   t);
			else if (t >= 0x0A && !smc64) /* no SMC32 lifecycle response */
				RFAIL_BITS(c, call, resp, FFAV_RULE_RESP_DIRECT_WIDTH, 0, 0);
			else
				RPASS(c, call, resp);
		}
	}
}

/* A framework request type that is no request (0x03 reserved, 0x05 a response, 0x10 and up
 * undefined) has no response type that answers it. Until the call side refuses such
 * requests (lib/direct_framework.c), the answer is what is refused; after, the call is. Either way
 * no answer passes. */
static void direct_request_type_without_response(void **state)
{
	static const uint32_t types[] = { 0x02, 0x03, 0x05, 0x0F, 0x10, 0x42, 0x82, 0xFF };
	struct ffav_caller spmd = who(FFAV_ROLE_SPMD, V13, 0);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	struct ffav_diag d;
	size_t i;
	uint32_t t;

	(void)state;
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		SET(call, REQ_32, 0xFFFF8000, 0x80000000u | types[i]);
		for (t = 0; t < 0x100; t++) {
			int32_t ret;

			SET(resp, RESP_32, 0x8000FFFF, 0x80000000u | t);
			ret = t_resp(&spmd, call, resp, &d);
			assert_int_equal(ret, FFAV_RET_INVALID_PARAMETERS);
			if ((d.rule & 0xFF00u) == 0x0400u)
				assert_int_equal(d.rule, FFAV_RULE_RESP_DIRECT_FRAMEWORK_TYPE);
		}
	}
}

static void direct_framework_response_reserved(void **state)
{
	struct ffav_caller spmd = who(FFAV_ROLE_SPMD, V12, 0);
	struct ffav_caller spmd_sbz = who(FFAV_ROLE_SPMD, V12, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	unsigned int n;

	(void)state;
	for (n = 4; n <= 7; n++) {
		/* PM response: w3 = PSCI status, w4..w7 reserved. */
		SET(call, REQ_32, 0xFFFF8000, 0x80000001, 0);
		SET(resp, RESP_32, 0x8000FFFF, 0x80000002, 0xFFFFFFFD);
		RPASS(spmd, call, resp);
		resp[n] = 1;
		RFAIL_BITS(spmd, call, resp, FFAV_RULE_RESP_DIRECT_SBZ, n, 1);
		RPASS(spmd_sbz, call, resp);
		/* VM destroyed response. */
		SET(call, REQ_32, 0x00008001, 0x80000006, 0, 0, VM1);
		SET(resp, RESP_32, 0x80010000, 0x80000007, 0);
		resp[n] = 0x10000;
		RFAIL_BITS(hyp, call, resp, FFAV_RULE_RESP_DIRECT_SBZ, n, 0x10000);
		/* Version response: w3 the version, w4..w7 reserved. */
		SET(call, REQ_32, 0xFFFF8000, 0x80000008, 0x10002);
		SET(resp, RESP_32, 0x8000FFFF, 0x80000009, 0x10002);
		RPASS(spmd, call, resp);
		resp[n] = 1;
		RFAIL_BITS(spmd, call, resp, FFAV_RULE_RESP_DIRECT_SBZ, n, 1);
	}
	/* SMC64 PM response: x4..x7 are whole registers. */
	SET(call, REQ_64, 0xFFFF8000, 0x80000000, 0xC4000003, 1, 2);
	SET(resp, RESP_64, 0x8000FFFF, 0x80000002, 0, 0, 0x100000000ull);
	RFAIL_BITS(spmd, call, resp, FFAV_RULE_RESP_DIRECT_SBZ, 5, 0x100000000ull);
}

static void direct_response_64_high_registers(void **state)
{
	struct ffav_caller vm11 = who(FFAV_ROLE_VM, V11, 0);
	struct ffav_caller vm12 = who(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller vm13 = who(FFAV_ROLE_VM, V13, 0);
	struct ffav_caller vm_sbz = who(FFAV_ROLE_VM, V12, FFAV_POLICY_IGNORE_SBZ);
	uint64_t resp[FFAV_NREGS];
	unsigned int n;

	(void)state;
	for (n = 8; n < FFAV_NREGS; n++) {
		SET(resp, RESP_64, 0x80010001, 0, 1, 2, 3, 4, 5);
		resp[n] = 0xFFull << 56;
		RPASS(vm11, req_64_call, resp); /* not part of the ABI */
		RFAIL_BITS(vm12, req_64_call, resp, FFAV_RULE_RESP_DIRECT_SBZ, n, 0xFFull << 56);
		RPASS(vm13, req_64_call, resp); /* payload */
		RPASS(vm_sbz, req_64_call, resp);
		/* SMC32 answers end at w7. */
		resp[0] = RESP_32;
		RPASS(vm12, req_32_call, resp);
		/* RESP2: x4..x17 are payload. */
		resp[0] = RESP2;
		resp[2] = 0;
		resp[3] = 0;
		RPASS(vm12, req2_call, resp);
	}
}

static void direct_resp2_reserved(void **state)
{
	struct ffav_caller vm = who(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller vm_sbz = who(FFAV_ROLE_VM, V12, FFAV_POLICY_IGNORE_SBZ);
	uint64_t resp[FFAV_NREGS];

	(void)state;
	SET(resp, RESP2, 0x80010001, 0x80000002);
	RFAIL_BITS(vm, req2_call, resp, FFAV_RULE_RESP_DIRECT2_RESERVED, 2, 0x80000002);
	RPASS(vm_sbz, req2_call, resp); /* SBZ (DEN0077A v1.3 Table 15.19) */
	SET(resp, RESP2, 0x80010001, 0, 0x100000000ull);
	RFAIL_BITS(vm, req2_call, resp, FFAV_RULE_RESP_DIRECT2_RESERVED, 3, 0x100000000ull);
	SET(resp, RESP2, 0x80010001, 0, 0, 0xFFFFFFFFFFFFFFFFull);
	RPASS(vm, req2_call, resp);
}

static void direct_interrupt_and_yield(void **state)
{
	struct ffav_caller vm = who(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller vm_sbz = who(FFAV_ROLE_VM, V12, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller sp = who(FFAV_ROLE_SP, V11, 0);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	unsigned int n;

	(void)state;
	/* w1 names the request's receiver (SP1) and its vCPU. */
	SET(resp, INTERRUPT_32, 0x80010003);
	RPASS(vm, req_32_call, resp);
	RPASS(vm, req_64_call, resp);
	RPASS(vm, req2_call, resp);
	SET(resp, INTERRUPT_32, 0x80020003);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_CYCLES_ENDPOINT, 1, 0x80020000);
	SET(resp, INTERRUPT_32, 0x00000003);
	RFAIL_BITS(vm, req2_call, resp, FFAV_RULE_RESP_CYCLES_ENDPOINT, 1, 0);
	SET(resp, YIELD_32, 0x80010000, 0x1000, 0x1); /* timeout in w2/w3 */
	RPASS(vm, req_32_call, resp);
	SET(resp, YIELD_32, 0x00010000);
	RFAIL_BITS(vm, req_64_call, resp, FFAV_RULE_RESP_CYCLES_ENDPOINT, 1, 0x00010000);
	/* SP-to-SP. */
	SET(call, REQ_32, 0x80018002, 0, 1);
	SET(resp, YIELD_32, 0x80020000);
	RPASS(sp, call, resp);
	/* FFA_INTERRUPT w2 MBZ (DEN0077A v1.3 Table 14.17), never relaxed; then FFA_INTERRUPT
	 * w3..w7 and FFA_YIELD w4..w7 SBZ. */
	for (n = 2; n <= 7; n++) {
		SET(resp, INTERRUPT_32, 0x80010000);
		resp[n] = 0x20;
		if (n == 2) {
			RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_CYCLES_MBZ, n, 0x20);
			RFAIL_BITS(vm_sbz, req_32_call, resp, FFAV_RULE_RESP_CYCLES_MBZ, n, 0x20);
		} else {
			RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_CYCLES_SBZ, n, 0x20);
			RPASS(vm_sbz, req_32_call, resp);
		}
		SET(resp, YIELD_32, 0x80010000);
		resp[n] = 0x20;
		if (n < 4) {
			RPASS(vm, req_32_call, resp);
		} else {
			RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_CYCLES_SBZ, n, 0x20);
			RPASS(vm_sbz, req_32_call, resp);
		}
	}
}

/* ---- Edges found by mutation testing (docs/quality.md) -------------------- */

/* An SMC32 answer ends at w7 (DEN0077A v1.2, FFA_SUCCESS and FFA_ERROR): x8..x17 are
 * not judged for any SMC32 frame, whatever their content. */
static void smc32_answers_end_at_w7(void **state)
{
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	struct ffav_caller vm = who(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller spmd = who(FFAV_ROLE_SPMD, V12, 0);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	unsigned int n;

	(void)state;
	for (n = 8; n < FFAV_NREGS; n++) {
		/* FFA_ERROR_32. */
		SET(resp, ERROR_32, 0, 0xFFFFFFFE);
		resp[n] = ~0ull;
		RPASS(sp, bind_call, resp);
		/* SUCCESS_32 of BITMAP_CREATE, of GET (every bitmap asked), of SET. */
		SET(resp, SUCCESS_32);
		resp[n] = ~0ull;
		RPASS(hyp, create_call, resp);
		RPASS(sp, get_call_sp, resp);
		RPASS(sp, set_call, resp);
		resp[n] = 2; /* not a framework bitmap bit: w8 is no bitmap at all */
		RPASS(sp, get_call_sp, resp);
		/* A framework response (PM) and the cycles. */
		SET(call, REQ_32, 0xFFFF8000, 0x80000001, 0);
		SET(resp, RESP_32, 0x8000FFFF, 0x80000002, 0xFFFFFFFD);
		resp[n] = ~0ull;
		RPASS(spmd, call, resp);
		SET(resp, INTERRUPT_32, 0x80010000);
		resp[n] = ~0ull;
		RPASS(vm, req_32_call, resp);
		SET(resp, YIELD_32, 0x80010000);
		resp[n] = ~0ull;
		RPASS(vm, req_32_call, resp);
	}
}

/* The live-activation finish response (0x0F) is not judged beyond w3, like the start
 * response (DEN0077A v1.3 §18). */
/* A lifecycle request in the width the call side accepts, and its response frame with
 * status x3 (DEN0077A v1.3 Tables 18.40-18.46). */
static bool lifecycle_pair(const struct ffav_caller *c, uint32_t w1, uint32_t req, uint64_t x3,
			   uint64_t call[FFAV_NREGS], uint64_t resp[FFAV_NREGS])
{
	bool smc64;

	SET(call, REQ_32, w1, 0x80000000u | req, x3);
	smc64 = lifecycle_request(c, call);
	SET(resp, smc64 ? RESP_64 : RESP_32, (w1 << 16) | (w1 >> 16), 0x80000000u | (req + 1u));
	return smc64;
}

/* A lifecycle response that is right in every field: accepted when it answers the SMC64
 * request; while the call side accepts only the SMC32 request, the SMC32 response answering it
 * is refused for its width alone, the last check (Tables 18.41, 18.44, 18.46). */
#define LC_OK(caller, call, resp, smc64)                                                   \
	do {                                                                               \
		if (smc64)                                                                 \
			RPASS(caller, call, resp);                                         \
		else                                                                       \
			RFAIL_BITS(caller, call, resp, FFAV_RULE_RESP_DIRECT_WIDTH, 0, 0); \
	} while (0)

/* Partition stop (Tables 18.40, 18.41) and live activation (Tables 18.43-18.46) responses:
 * an 8-bit status in x3[7:0] with x3[63:8] MBZ, w2[30:8] MBZ, the registers after the status,
 * and SMC64 only. Run with the request width the call side accepts (lifecycle_request()). */
static void lifecycle_responses(void **state)
{
	static const uint8_t stop_ok[] = { 0x00, 0xFF, 0xFE, 0xFA, 0xF9 };
	static const uint8_t stop_bad[] = { 0x01, 0x7F, 0x80, 0xF6, 0xF7, 0xF8, 0xFB, 0xFC, 0xFD };
	struct ffav_caller spmc = who(FFAV_ROLE_SPMC, V13, 0);
	struct ffav_caller spmc_sbz = who(FFAV_ROLE_SPMC, V13, FFAV_POLICY_IGNORE_SBZ);
	struct ffav_caller lp = ffav_t_caller(FFAV_ROLE_SPMD, 0xFFC0, V13, 0);
	struct ffav_caller lp_sbz =
		ffav_t_caller(FFAV_ROLE_SPMD, 0xFFC0, V13, FFAV_POLICY_IGNORE_SBZ);
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	unsigned int i, n;
	uint32_t req;
	bool smc64;

	(void)state;
	smc64 = lifecycle_pair(&spmc, 0x80008001, 0x0A, 0, call, resp);
	LC_OK(spmc, call, resp, smc64);
	/* The other width. */
	resp[0] = smc64 ? RESP_32 : RESP_64;
	RFAIL_BITS(spmc, call, resp, FFAV_RULE_RESP_DIRECT_WIDTH, 0, smc64 ? 0 : FFAV_FID_SMC64);
	/* w2[30:8] MBZ, not relaxed. */
	lifecycle_pair(&spmc, 0x80008001, 0x0A, 0, call, resp);
	resp[2] |= 0x100;
	RFAIL_BITS(spmc_sbz, call, resp, FFAV_RULE_RESP_DIRECT_FLAGS, 2, 0x100);
	/* Stop response statuses: SUCCESS, NOT_SUPPORTED, INVALID_PARAMETERS, DENIED, RETRY. */
	for (i = 0; i < sizeof(stop_ok); i++) {
		lifecycle_pair(&spmc, 0x80008001, 0x0A, 0, call, resp);
		resp[3] = stop_ok[i];
		LC_OK(spmc, call, resp, smc64);
		resp[3] |= 0x100;
		RFAIL_BITS(spmc, call, resp, FFAV_RULE_RESP_DIRECT_FWK_STATUS, 3, 0x100);
		resp[3] = 0xFFFFFF00u | stop_ok[i]; /* a sign-extended status */
		RFAIL_BITS(spmc, call, resp, FFAV_RULE_RESP_DIRECT_FWK_STATUS, 3, 0xFFFFFF00u);
	}
	for (i = 0; i < sizeof(stop_bad); i++) {
		resp[3] = stop_bad[i];
		RFAIL_BITS(spmc, call, resp, FFAV_RULE_RESP_DIRECT_FWK_STATUS, 3, stop_bad[i]);
	}
	/* Live activation: the same and ABORTED (Tables 18.44, 18.46). */
	for (req = 0x0C; req <= 0x0E; req += 2) {
		for (i = 0; i < sizeof(stop_ok); i++) {
			lifecycle_pair(&lp, 0xFFC08000, req, SP1, call, resp);
			resp[3] = stop_ok[i];
			LC_OK(lp, call, resp, smc64);
		}
		resp[3] = 0xF8;
		LC_OK(lp, call, resp, smc64);
		for (i = 0; i < sizeof(stop_bad); i++) {
			resp[3] = stop_bad[i];
			if (stop_bad[i] != 0xF8)
				RFAIL_BITS(lp, call, resp, FFAV_RULE_RESP_DIRECT_FWK_STATUS, 3,
					   stop_bad[i]);
		}
		/* x4..x7 SBZ. */
		for (n = 4; n <= 7; n++) {
			lifecycle_pair(&lp, 0xFFC08000, req, SP1, call, resp);
			resp[n] = 0x40;
			RFAIL_BITS(lp, call, resp, FFAV_RULE_RESP_DIRECT_SBZ, n, 0x40);
			LC_OK(lp_sbz, call, resp, smc64);
		}
	}
	/* Stop response x4/x5: the live-state buffer when the stop was for live activation
	 * (request x3[0] = 1) and the status is SUCCESS; SBZ otherwise. x6/x7 SBZ. */
	for (n = 4; n <= 7; n++) {
		lifecycle_pair(&spmc, 0x80008001, 0x0A, 1, call, resp);
		resp[n] = 0x10000000;
		if (n <= 5)
			LC_OK(spmc, call, resp, smc64);
		else
			RFAIL_BITS(spmc, call, resp, FFAV_RULE_RESP_DIRECT_SBZ, n, 0x10000000);
		resp[3] = 0xFE; /* not SUCCESS: no buffer */
		RFAIL_BITS(spmc, call, resp, FFAV_RULE_RESP_DIRECT_SBZ, n, 0x10000000);
		LC_OK(spmc_sbz, call, resp, smc64);
		lifecycle_pair(&spmc, 0x80008001, 0x0A, 0, call,
			       resp); /* not for live activation */
		resp[n] = 0x10000000;
		RFAIL_BITS(spmc, call, resp, FFAV_RULE_RESP_DIRECT_SBZ, n, 0x10000000);
	}
}

/* The status words of the PM response (SUCCESS or PSCI DENIED, -3: DEN0077A v1.3 Table
 * 18.8) and of the VM availability acknowledgements (SUCCESS, INVALID_PARAMETERS,
 * INTERRUPTED, DENIED, RETRY: Tables 18.11, 18.13), for every code -1..-10 and a few
 * others, in both widths. */
static void framework_response_status(void **state)
{
	struct ffav_caller spmd = who(FFAV_ROLE_SPMD, V12, 0);
	struct ffav_caller hyp = who(FFAV_ROLE_HYPERVISOR, V13, 0);
	uint64_t pm_call[FFAV_NREGS];
	uint64_t vm_call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	int32_t code;
	unsigned int wide;

	(void)state;
	for (wide = 0; wide <= 1; wide++) {
		SET(pm_call, wide ? REQ_64 : REQ_32, 0xFFFF8000, 0x80000000, 0x84000002);
		SET(vm_call, REQ_32, 0x00008001, 0x80000006, 0, 0, VM1);
		for (code = 0; code >= -11; code--) {
			bool pm_ok = code == 0 || code == -3;
			bool vm_ok = code == 0 || code == FFAV_RET_INVALID_PARAMETERS ||
				     code == FFAV_RET_INTERRUPTED || code == FFAV_RET_DENIED ||
				     code == FFAV_RET_RETRY;

			SET(resp, wide ? RESP_64 : RESP_32, 0x8000FFFF, 0x80000002, (uint32_t)code);
			if (pm_ok)
				RPASS(spmd, pm_call, resp);
			else
				RFAIL_BITS(spmd, pm_call, resp, FFAV_RULE_RESP_DIRECT_FWK_STATUS, 3,
					   (uint32_t)code);
			SET(resp, RESP_32, 0x80010000, 0x80000007, (uint32_t)code);
			if (vm_ok)
				RPASS(hyp, vm_call, resp);
			else
				RFAIL_BITS(hyp, vm_call, resp, FFAV_RULE_RESP_DIRECT_FWK_STATUS, 3,
					   (uint32_t)code);
		}
	}
	/* Positive values are no status; the version response (0x09, not in the v1.3 text)
	 * carries a version, not judged here. */
	SET(resp, RESP_32, 0x8000FFFF, 0x80000002, 3);
	RFAIL_BITS(spmd, pm_call, resp, FFAV_RULE_RESP_DIRECT_FWK_STATUS, 3, 3);
	SET(pm_call, REQ_32, 0xFFFF8000, 0x80000008, 0x10002);
	SET(resp, RESP_32, 0x8000FFFF, 0x80000009, 0xFFFFFFF0);
	RPASS(spmd, pm_call, resp);
}

/* Error codes: bit 32 alone makes x2 malformed (zero-extension); odd codes are not upper
 * halves under the strict policy; x0[63:32] is not judged. Direct endpoints: the diag has
 * every set bit of the wrong half. */
static void error_code_and_endpoint_bits(void **state)
{
	struct ffav_caller sp = who(FFAV_ROLE_SP, V12, 0);
	struct ffav_caller sp_strict = who(FFAV_ROLE_SP, V12, FFAV_POLICY_REJECT_UPPER_HALVES);
	struct ffav_caller vm = who(FFAV_ROLE_VM, V12, 0);
	uint64_t resp[FFAV_NREGS];

	(void)state;
	SET(resp, ERROR_32, 0, 0x1FFFFFFFEull);
	RFAIL_BITS(sp, bind_call, resp, FFAV_RULE_RESP_ERROR_CODE, 2, 0x100000000ull);
	SET(resp, ERROR_32, 0, 0xFFFFFFFF); /* NOT_SUPPORTED: every low bit set */
	resp[1] = 0;
	RPASS(sp_strict, bind_call, resp);
	SET(resp, SUCCESS_32, 0, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 1, 1);
	RPASS(sp_strict, get_call_sp, resp);
	/* x0[63:32] is not part of the function ID (as for calls): no upper half to reject. */
	SET(resp, 0xFFFFFFFF00000000ull | ERROR_32, 0, 0xFFFFFFFE);
	RPASS(sp_strict, bind_call, resp);
	/* Right receiver, wrong sender with bit 0 set in its half. */
	SET(resp, RESP_32, 0x80010003);
	RFAIL_BITS(vm, req_32_call, resp, FFAV_RULE_RESP_DIRECT_ENDPOINTS, 1, 0x0003);
}

static const uint64_t req_32_sp[FFAV_NREGS] = { 0x8400006f, 0x80018002, 0, 1, 2, 3, 4, 5 };

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(invalid_call_gives_the_calls_verdict),
		cmocka_unit_test(smc32_answers_end_at_w7),
		cmocka_unit_test(lifecycle_responses),
		cmocka_unit_test(framework_response_status),
		cmocka_unit_test(error_code_and_endpoint_bits),
		cmocka_unit_test(null_arguments),
		cmocka_unit_test(answer_frame_must_fit_the_call),
		cmocka_unit_test(upper_halves_of_smc32_answers),
		cmocka_unit_test(error_codes_per_abi),
		cmocka_unit_test(error_frame_layout),
		cmocka_unit_test(success_width),
		cmocka_unit_test(success_target_and_unused_registers),
		cmocka_unit_test(create_success_at_v13),
		cmocka_unit_test(success_64_high_registers),
		cmocka_unit_test(get_bitmaps_only_where_asked),
		cmocka_unit_test(get_framework_bitmaps_define_bit_0),
		cmocka_unit_test(get_decode_and_encode),
		cmocka_unit_test(info_get_worked_examples),
		cmocka_unit_test(info_get_round_trips),
		cmocka_unit_test(info_get_reserved_bits),
		cmocka_unit_test(info_get_list_count),
		cmocka_unit_test(info_get_sizes_beyond_count),
		cmocka_unit_test(info_get_total_ids),
		cmocka_unit_test(info_get_unused_slots),
		cmocka_unit_test(info_get_decoder_edges),
		cmocka_unit_test(direct_response_pairs_with_request),
		cmocka_unit_test(direct_response_swaps_endpoints),
		cmocka_unit_test(direct_response_flags),
		cmocka_unit_test(direct_response_kind_and_type),
		cmocka_unit_test(direct_request_type_without_response),
		cmocka_unit_test(direct_framework_response_reserved),
		cmocka_unit_test(direct_response_64_high_registers),
		cmocka_unit_test(direct_resp2_reserved),
		cmocka_unit_test(direct_interrupt_and_yield),
		cmocka_unit_test(response_null_and_field_invalid_call),
		cmocka_unit_test(info_get_init_clears_all),
		cmocka_unit_test(info_get_judge_stops_at_last_slot),
		cmocka_unit_test(info_get_decode_keeps_lists_that_fit),
		cmocka_unit_test(info_get_next_bounds),
		cmocka_unit_test(info_get_encode_rejects_bad_views),
		cmocka_unit_test(encoders_stay_in_bounds),
		cmocka_unit_test(get_decode_framework_bitmaps),
	};

	return cmocka_run_group_tests_name("response", tests, NULL, NULL);
}
