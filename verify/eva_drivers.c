/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Frama-C EVA analysis drivers (docs/verification.md; scripts/verify.sh runs each with -main NAME).
 *
 * Each driver calls public entry points of libffa_validate on fully unknown inputs: every
 * register any 64-bit value, the caller's role any int (so invalid enum values too), its ID,
 * version and policy any value, diag and out present or NULL, out aliasing regs. EVA then
 * over-approximates every execution: zero alarms means no undefined behaviour (no read or
 * write out of bounds, no invalid pointer, no signed overflow, no uninitialised read, no
 * invalid enum/bool read, no division by zero) on ANY input, and the ACSL assertions below
 * (the contract of docs/design.md §3) hold on every one of them.
 *
 * Not compiled into the library; analysed only. Frama-C's own libc headers provide stdint.h
 * and friends, and __fc_builtin.h the nondeterministic generators.
 */
#include "__fc_builtin.h"
#include "__fc_string_axiomatic.h" /* valid_read_string */
#include "ffa_validate.h"

#define U64_ANY() Frama_C_unsigned_long_long_interval(0, 0xFFFFFFFFFFFFFFFFull)
#define U32_ANY() Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu)

/* Largest rule ID in use is below 0x0800 (ranges of ffa_validate_rules.h). */
#define RULE_ID_LIMIT 0x0800u

static void any_regs(uint64_t regs[FFAV_NREGS])
{
	unsigned int n;

	for (n = 0; n < FFAV_NREGS; n++)
		regs[n] = U64_ANY();
}

static void any_caller(struct ffav_caller *c)
{
	c->role = (enum ffav_role)Frama_C_int_interval(-2147483647 - 1, 2147483647);
	c->id = Frama_C_unsigned_short_interval(0, 0xFFFFu);
	c->version = U32_ANY();
	c->policy = U32_ANY();
}

/* The contract every checking entry point keeps (docs/design.md §3, tests/ffav_test.h), as far as
 * EVA can follow it. The driver zeroes the diag before the call. "A rejection names a rule"
 * (ret != 0 ==> d->rule != 0) is not asserted: CIL gives each function one return point,
 * where EVA joins a helper's "rejected, diag written" and "passed, diag untouched" outcomes
 * and cannot tie ret to the diag afterwards (docs/verification.md); the unit tests check it
 * on every call they make (ffav_t_check) and the fuzzers on every input. */
static void contract(int32_t ret, const struct ffav_diag *d)
{
	/*@ assert status_range: -10 <= ret <= 0; */
	/*@ assert reg_range: d->reg < FFAV_NREGS; */
	/*@ assert success_no_rule: ret == 0 ==> d->rule == 0 && d->reg == 0 && d->bits == 0; */
	/*@ assert rule_range: d->rule < RULE_ID_LIMIT; */
}

static void zero_diag(struct ffav_diag *d)
{
	d->rule = 0;
	d->reg = 0;
	d->bits = 0;
}

/* ffav_check() on any call by any caller, with and without a diag. */
void eva_check(void)
{
	struct ffav_caller caller;
	uint64_t regs[FFAV_NREGS];
	struct ffav_diag diag;
	int32_t ret;

	any_caller(&caller);
	any_regs(regs);
	zero_diag(&diag);
	ret = ffav_check(&caller, regs, &diag);
	contract(ret, &diag);
	ret = ffav_check(&caller, regs, NULL);
	/*@ assert -10 <= ret <= 0; */
	ret = ffav_check(NULL, regs, &diag);
	/*@ assert ret == FFAV_RET_INVALID_PARAMETERS; */
	ret = ffav_check(&caller, NULL, &diag);
	/*@ assert ret == FFAV_RET_INVALID_PARAMETERS; */
}

/* One per-ABI entry point on a fresh unknown call. Everything is local, so the states of
 * one call do not multiply those of the next. */
static void per_abi(enum ffav_abi which, int with_diag)
{
	struct ffav_caller caller;
	uint64_t regs[FFAV_NREGS];
	struct ffav_diag diag;
	struct ffav_diag *d = with_diag ? &diag : NULL;
	int32_t ret;

	any_caller(&caller);
	any_regs(regs);
	zero_diag(&diag);
	switch (which) {
	case FFAV_ABI_NOTIFICATION_BITMAP_CREATE:
		ret = ffav_check_notification_bitmap_create(&caller, regs, d);
		break;
	case FFAV_ABI_NOTIFICATION_BITMAP_DESTROY:
		ret = ffav_check_notification_bitmap_destroy(&caller, regs, d);
		break;
	case FFAV_ABI_NOTIFICATION_BIND:
		ret = ffav_check_notification_bind(&caller, regs, d);
		break;
	case FFAV_ABI_NOTIFICATION_UNBIND:
		ret = ffav_check_notification_unbind(&caller, regs, d);
		break;
	case FFAV_ABI_NOTIFICATION_SET:
		ret = ffav_check_notification_set(&caller, regs, d);
		break;
	case FFAV_ABI_NOTIFICATION_GET:
		ret = ffav_check_notification_get(&caller, regs, d);
		break;
	case FFAV_ABI_NOTIFICATION_INFO_GET:
		ret = ffav_check_notification_info_get(&caller, regs, d);
		break;
	case FFAV_ABI_MSG_SEND_DIRECT_REQ:
		ret = ffav_check_msg_send_direct_req(&caller, regs, d);
		break;
	case FFAV_ABI_MSG_SEND_DIRECT_RESP:
		ret = ffav_check_msg_send_direct_resp(&caller, regs, d);
		break;
	case FFAV_ABI_MSG_SEND_DIRECT_REQ2:
		ret = ffav_check_msg_send_direct_req2(&caller, regs, d);
		break;
	case FFAV_ABI_NOTIFICATION_BIND2:
		ret = ffav_check_notification_bind2(&caller, regs, d);
		break;
	case FFAV_ABI_NOTIFICATION_UNBIND2:
		ret = ffav_check_notification_unbind2(&caller, regs, d);
		break;
	case FFAV_ABI_NOTIFICATION_SET2:
		ret = ffav_check_notification_set2(&caller, regs, d);
		break;
	case FFAV_ABI_NOTIFICATION_GET2:
		ret = ffav_check_notification_get2(&caller, regs, d);
		break;
	case FFAV_ABI_FEATURES:
		ret = ffav_check_features(&caller, regs, d);
		break;
	case FFAV_ABI_MSG_SEND_DIRECT_RESP2:
	default:
		ret = ffav_check_msg_send_direct_resp2(&caller, regs, d);
		break;
	}
	if (with_diag)
		contract(ret, &diag);
	/*@ assert -10 <= ret <= 0; */
}

/* Every per-ABI entry point, with and without a diag, and the function-ID helpers. */
void eva_per_abi(void)
{
	uint64_t x0 = U64_ANY();
	enum ffav_abi abi = ffav_abi_of(x0);
	unsigned int a;

	/*@ assert abi_range: 0 <= abi < FFAV_ABI_COUNT; */
	(void)ffav_covers(x0);
	/*@ loop unroll FFAV_ABI_COUNT; */
	for (a = FFAV_ABI_NOTIFICATION_BITMAP_CREATE; a < FFAV_ABI_COUNT; a++) {
		per_abi((enum ffav_abi)a, 1);
		per_abi((enum ffav_abi)a, 0);
	}
}

/* ffav_canonical() into a separate image, into regs itself, and with out == NULL. */
void eva_canonical(void)
{
	struct ffav_caller caller;
	uint64_t regs[FFAV_NREGS];
	uint64_t out[FFAV_NREGS];
	struct ffav_diag diag;
	int32_t ret;

	any_caller(&caller);
	any_regs(regs);
	zero_diag(&diag);
	ret = ffav_canonical(&caller, regs, out, &diag);
	contract(ret, &diag);
	ret = ffav_canonical(&caller, regs, regs, NULL);
	/*@ assert -10 <= ret <= 0; */
	ret = ffav_canonical(&caller, regs, NULL, &diag);
	/*@ assert ret == FFAV_RET_INVALID_PARAMETERS; */
}

/* A caller described once (ffav_prepare()) and any call judged from the description
 * (ffav_check_prepared(), ffav_canonical_prepared()); under a build selection (the select-*
 * drivers) as the kits build it. */
void eva_prepared(void)
{
	struct ffav_caller caller;
	struct ffav_prepared p;
	uint64_t regs[FFAV_NREGS];
	uint64_t out[FFAV_NREGS];
	struct ffav_diag diag;
	bool accepted;
	int32_t ret;

	any_caller(&caller);
	any_regs(regs);
	zero_diag(&diag);
	ret = ffav_prepare(&caller, &p, &diag);
	contract(ret, &diag);
	zero_diag(&diag);
	ret = ffav_check_prepared(&p, regs, &diag);
	contract(ret, &diag);
	zero_diag(&diag);
	ret = ffav_canonical_prepared(&p, regs, out, &diag);
	contract(ret, &diag);
	ret = ffav_canonical_prepared(&p, regs, regs, NULL);
	/*@ assert -10 <= ret <= 0; */
	ret = ffav_check_prepared(NULL, regs, &diag);
	/*@ assert ret == FFAV_RET_INVALID_PARAMETERS; */
	ret = ffav_check_prepared(&p, NULL, &diag);
	/*@ assert ret == FFAV_RET_INVALID_PARAMETERS; */
	ret = ffav_prepare(NULL, &p, &diag);
	/*@ assert ret == FFAV_RET_INVALID_PARAMETERS; */
	accepted = ffav_prepared_accepts(&p, regs[0]);
	/*@ assert accepted == 0 || accepted == 1; */
	accepted = ffav_prepared_accepts(NULL, regs[0]);
	/*@ assert accepted == 0; */
}

/* The FFA_ERROR frame for any status, into an image or NULL. */
void eva_error_frame(void)
{
	uint64_t out[FFAV_NREGS];
	int32_t status = (int32_t)Frama_C_int_interval(-2147483647 - 1, 2147483647);

	ffav_error_frame(status, out);
	/*@ assert out[0] == FFAV_FID_ERROR_32 && out[1] == 0 && out[17] == 0; */
	ffav_error_frame(status, NULL);
}

/* Rule IDs, statuses and ABIs to strings: any value, known or not. */
void eva_strings(void)
{
	uint32_t rule = U32_ANY();
	int32_t status = (int32_t)Frama_C_int_interval(-2147483647 - 1, 2147483647);
	enum ffav_abi abi = (enum ffav_abi)Frama_C_int_interval(-2147483647 - 1, 2147483647);
	const char *s;
	int32_t st;

	st = ffav_rule_status(rule);
	/*@ assert -10 <= st <= 0; */
	s = ffav_rule_name(rule);
	/*@ assert valid_read_string(s); */
	s = ffav_rule_ref(rule);
	/*@ assert valid_read_string(s); */
	s = ffav_rule_summary(rule);
	/*@ assert valid_read_string(s); */
	s = ffav_status_name(status);
	/*@ assert valid_read_string(s); */
	s = ffav_abi_name(abi);
	/*@ assert valid_read_string(s); */
	s = ffav_function_name(U32_ANY());
	/*@ assert valid_read_string(s); */
}

/* ffav_abi_params() on any version and any x0: the window it reports is one the checks use. */
void eva_abi_params(void)
{
	struct ffav_abi_layout p;
	bool covered;

	covered = ffav_abi_params(U32_ANY(), U64_ANY(), &p);
	/*@ assert covered <==> p.abi != FFAV_ABI_NONE; */
	/*@ assert 0 <= p.abi < FFAV_ABI_COUNT; */
	/*@ assert p.last_arg <= 17; */
	/*@ assert covered ==> p.window_end == 7 || p.window_end == 17; */
	/*@ assert !covered ==> p.last_arg == 0 && p.window_end == 0; */
}

/* ffav_check_response() on any call and any answer, by any caller, with and without a diag,
 * and with NULL arguments. */
void eva_response(void)
{
	struct ffav_caller caller;
	uint64_t call[FFAV_NREGS];
	uint64_t resp[FFAV_NREGS];
	struct ffav_diag diag;
	int32_t ret;

	any_caller(&caller);
	any_regs(call);
	any_regs(resp);
	zero_diag(&diag);
	ret = ffav_check_response(&caller, call, resp, &diag);
	contract(ret, &diag);
	ret = ffav_check_response(&caller, call, resp, NULL);
	/*@ assert -10 <= ret <= 0; */
	ret = ffav_check_response(NULL, call, resp, &diag);
	/*@ assert -10 <= ret < 0; */
	ret = ffav_check_response(&caller, NULL, resp, &diag);
	/*@ assert -10 <= ret < 0; */
	ret = ffav_check_response(&caller, call, NULL, &diag);
	/*@ assert -10 <= ret < 0; */
}

static bool any_bool(void)
{
	return Frama_C_interval(0, 1) != 0;
}

/* INFO_GET answers: decode any register image of either width and walk its lists; build
 * one from any lists; encode any view (every integer field arbitrary, even inconsistent). */
void eva_info_get(void)
{
	uint64_t resp[FFAV_NREGS];
	uint64_t out[FFAV_NREGS];
	struct ffav_info_get_view v;
	struct ffav_info_get_iter it;
	struct ffav_info_get_list l;
	uint16_t vcpus[FFAV_INFO_GET_MAX_VCPUS];
	bool smc64 = any_bool();
	unsigned int n;
	int32_t ret;

	any_regs(resp);
	ret = ffav_info_get_decode(resp, smc64, &v);
	/*@ assert ret == FFAV_RET_SUCCESS || ret == FFAV_RET_INVALID_PARAMETERS; */
	ffav_info_get_iter_init(&it);
	/*@ loop unroll FFAV_INFO_GET_MAX_IDS_64 + 1; */
	for (n = 0; n <= FFAV_INFO_GET_MAX_IDS_64; n++) {
		if (!ffav_info_get_next(&v, &it, &l))
			break;
		/*@ assert l.n_vcpus <= FFAV_INFO_GET_MAX_VCPUS; */
	}

	ffav_info_get_init(&v);
	for (n = 0; n < FFAV_INFO_GET_MAX_VCPUS; n++)
		vcpus[n] = Frama_C_unsigned_short_interval(0, 0xFFFFu);
	/*@ loop unroll FFAV_INFO_GET_MAX_IDS_64 + 1; */
	for (n = 0; n <= FFAV_INFO_GET_MAX_IDS_64; n++) {
		ret = ffav_info_get_add(&v, smc64, Frama_C_unsigned_short_interval(0, 0xFFFFu),
					any_bool() ? vcpus : NULL,
					Frama_C_unsigned_char_interval(0, 0xFFu));
		/*@ assert -3 <= ret <= 0; */
	}
	ret = ffav_info_get_encode(&v, smc64, out);
	/*@ assert ret == FFAV_RET_SUCCESS || ret == FFAV_RET_INVALID_PARAMETERS; */

	v.more_pending = any_bool();
	v.n_lists = Frama_C_unsigned_char_interval(0, 0xFFu);
	v.n_ids = Frama_C_unsigned_char_interval(0, 0xFFu);
	for (n = 0; n < FFAV_INFO_GET_MAX_IDS_64; n++) {
		v.sizes[n] = Frama_C_unsigned_char_interval(0, 0xFFu);
		v.ids[n] = Frama_C_unsigned_short_interval(0, 0xFFFFu);
	}
	ret = ffav_info_get_encode(&v, smc64, out);
	/*@ assert ret == FFAV_RET_SUCCESS || ret == FFAV_RET_INVALID_PARAMETERS; */
	ret = ffav_info_get_encode(&v, smc64, NULL);
	ret = ffav_info_get_encode(NULL, smc64, out);
	/*@ assert ret == FFAV_RET_INVALID_PARAMETERS; */
}

/* GET answers: decode any image, encode any view. */
void eva_get(void)
{
	uint64_t resp[FFAV_NREGS];
	struct ffav_get_view v;

	any_regs(resp);
	ffav_get_decode(resp, &v);
	v.sp = U64_ANY();
	v.vm = U64_ANY();
	v.spm = U32_ANY();
	v.hyp = U32_ANY();
	ffav_get_encode(&v, resp);
	/*@ assert resp[0] == FFAV_FID_SUCCESS_32 && resp[1] == 0; */
}
