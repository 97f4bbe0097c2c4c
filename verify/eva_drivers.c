/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Frama-C EVA analysis drivers (issue 11; scripts/verify.sh runs each with -main NAME).
 *
 * Each driver calls public entry points of libffa_validate on fully unknown inputs: every
 * register any 64-bit value, the caller's role any int (so invalid enum values too), its ID,
 * version and policy any value, diag and out present or NULL, out aliasing regs. EVA then
 * over-approximates every execution: zero alarms means no undefined behaviour (no read or
 * write out of bounds, no invalid pointer, no signed overflow, no uninitialised read, no
 * invalid enum/bool read, no division by zero) on ANY input, and the ACSL assertions below
 * (the contract of DESIGN.md §3) hold on every one of them.
 *
 * Not compiled into the library; analysed only. Frama-C's own libc headers provide stdint.h
 * and friends, and __fc_builtin.h the nondeterministic generators.
 */
#include "__fc_builtin.h"
#include "__fc_string_axiomatic.h" /* valid_read_string */
#include "ffa_validate.h"

#define U64_ANY() Frama_C_unsigned_long_long_interval(0, 0xFFFFFFFFFFFFFFFFull)
#define U32_ANY() Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu)

/* Largest rule ID in use is below 0x0700 (ranges of ffa_validate_rules.h). */
#define RULE_ID_LIMIT 0x0700u

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

/* The contract every checking entry point keeps (DESIGN.md §3, tests/ffav_test.h). */
static void contract(int32_t ret, const struct ffav_diag *d, const uint64_t regs[FFAV_NREGS])
{
	/*@ assert status_range: -10 <= ret <= 0; */
	/*@ assert reg_range: d->reg < FFAV_NREGS; */
	/*@ assert success_no_rule: ret == 0 ==> d->rule == 0 && d->reg == 0 && d->bits == 0; */
	/*@ assert fail_has_rule: ret != 0 ==> d->rule != 0 && d->rule < RULE_ID_LIMIT; */
	(void)regs;
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
	ret = ffav_check(&caller, regs, &diag);
	contract(ret, &diag, regs);
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
	case FFAV_ABI_MSG_SEND_DIRECT_RESP2:
	default:
		ret = ffav_check_msg_send_direct_resp2(&caller, regs, d);
		break;
	}
	if (with_diag)
		contract(ret, &diag, regs);
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
	ret = ffav_canonical(&caller, regs, out, &diag);
	contract(ret, &diag, regs);
	ret = ffav_canonical(&caller, regs, regs, NULL);
	/*@ assert -10 <= ret <= 0; */
	ret = ffav_canonical(&caller, regs, NULL, &diag);
	/*@ assert ret == FFAV_RET_INVALID_PARAMETERS; */
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
}
