/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Field checks of the notification ABIs (lib/notif*.c, DEN0077A v1.2 §16.1-§16.7;
 * docs/notifications.md): for every rule, per role it depends on, a call that passes and one that
 * fails because of that rule alone; the valid calls of every ABI per role; SMC32 calls with garbage
 * in x1..x7[63:32] and in x8..x17 that still pass.
 *
 * Callers: host and hypervisor are ID 0, the VM is 0x0001, the SP is 0x8001.
 */
#include "ffav_test.h"

#define VM1 0x0001u
#define VM2 0x0002u
#define VM7 0x0007u
#define SP1 0x8001u
#define SP2 0x8002u
#define SP3 0x8003u

#define CREATE 0x8400007Dull
#define DESTROY 0x8400007Eull
#define BIND 0x8400007Full
#define UNBIND 0x84000080ull
#define SET 0x84000081ull
#define GET 0x84000082ull
#define INFO_GET_32 0x84000083ull
#define INFO_GET_64 0xC4000083ull

/* w1 of BIND/UNBIND/SET: sender in [31:16], receiver in [15:0]; of GET: vCPU, receiver. */
#define W1(high, low) ((((uint64_t)(high)) << 16) | (uint64_t)(low))

/* A register image x0..x17 (missing registers are 0). */
#define R(...) ((const uint64_t[FFAV_NREGS]){ __VA_ARGS__ })

static const enum ffav_role endpoint_roles[] = { FFAV_ROLE_HOST, FFAV_ROLE_HYPERVISOR, FFAV_ROLE_VM,
						 FFAV_ROLE_SP };
static const uint32_t versions[] = { V11, V12, V13 };

static uint16_t id_of(enum ffav_role role)
{
	switch (role) {
	case FFAV_ROLE_VM:
		return VM1;
	case FFAV_ROLE_SP:
		return SP1;
	case FFAV_ROLE_SPMC:
		return 0x8000;
	case FFAV_ROLE_SPMD:
		return 0xFFFF;
	case FFAV_ROLE_HOST:
	case FFAV_ROLE_HYPERVISOR:
	default:
		return 0;
	}
}

static struct ffav_caller as(enum ffav_role role, uint32_t version, uint32_t policy)
{
	return ffav_t_caller(role, id_of(role), version, policy);
}

/* Every notification rule a FAIL below reported: the last test checks none is missing. */
static uint32_t failed_rules[128];
static size_t n_failed_rules;

static void note_rule(uint32_t rule)
{
	size_t i;

	for (i = 0; i < n_failed_rules; i++) {
		if (failed_rules[i] == rule)
			return;
	}
	assert_true(n_failed_rules < sizeof(failed_rules) / sizeof(failed_rules[0]));
	failed_rules[n_failed_rules++] = rule;
}

/* FAIL, and the offending bits the diag reports. */
#define NFAIL(caller, regs, rule_, reg_, bits_)                \
	do {                                                   \
		struct ffav_diag nd_;                          \
		FAIL(caller, regs, rule_, reg_);               \
		(void)ffav_check(&(caller), (regs), &nd_);     \
		assert_int_equal(nd_.bits, (uint64_t)(bits_)); \
		note_rule(rule_);                              \
	} while (0)

/* ---- Valid calls per ABI and role (DEN0077A v1.2 §16.1-§16.7) ---- */

struct call {
	enum ffav_role role;
	uint64_t regs[8];
};

static const struct call valid_calls[] = {
	/* BITMAP_CREATE: the host for itself; the hypervisor for itself or any VM. */
	{ FFAV_ROLE_HOST, { CREATE, 0, 4 } },
	{ FFAV_ROLE_HYPERVISOR, { CREATE, 0, 8 } },
	{ FFAV_ROLE_HYPERVISOR, { CREATE, VM7, 2 } },
	{ FFAV_ROLE_HYPERVISOR, { CREATE, 0x7FFF, 0 } },
	/* BITMAP_DESTROY */
	{ FFAV_ROLE_HOST, { DESTROY, 0 } },
	{ FFAV_ROLE_HYPERVISOR, { DESTROY, VM7 } },
	/* BIND: receiver = caller in w1[15:0], sender in w1[31:16]. */
	{ FFAV_ROLE_HOST, { BIND, W1(SP1, 0), 0, 1, 0 } },
	{ FFAV_ROLE_HOST, { BIND, W1(SP1, 0), 1, 0, 0x80000000 } },
	{ FFAV_ROLE_HYPERVISOR, { BIND, W1(SP1, VM7), 0, 0xFFFFFFFF, 0xFFFFFFFF } },
	{ FFAV_ROLE_HYPERVISOR, { BIND, W1(0xFFBF, 0), 1, 2, 0 } },
	{ FFAV_ROLE_VM, { BIND, W1(SP1, VM1), 0, 1, 0 } },
	{ FFAV_ROLE_VM, { BIND, W1(VM2, VM1), 1, 0, 1 } },
	{ FFAV_ROLE_SP, { BIND, W1(SP2, SP1), 0, 1, 0 } },
	{ FFAV_ROLE_SP, { BIND, W1(VM1, SP1), 1, 0, 4 } },
	{ FFAV_ROLE_SP, { BIND, W1(0, SP1), 0, 8, 0 } },
	/* UNBIND */
	{ FFAV_ROLE_HOST, { UNBIND, W1(SP1, 0), 0, 1, 0 } },
	{ FFAV_ROLE_HYPERVISOR, { UNBIND, W1(SP2, VM7), 0, 0, 1 } },
	{ FFAV_ROLE_VM, { UNBIND, W1(SP1, VM1), 0, 1, 0 } },
	{ FFAV_ROLE_VM, { UNBIND, W1(VM2, VM1), 0, 1, 1 } },
	{ FFAV_ROLE_SP, { UNBIND, W1(SP2, SP1), 0, 1, 0 } },
	{ FFAV_ROLE_SP, { UNBIND, W1(VM1, SP1), 0, 1, 0 } },
	/* SET: sender = caller in w1[31:16], receiver in w1[15:0]. */
	{ FFAV_ROLE_HOST, { SET, W1(0, SP1), 0, 1, 0 } },
	{ FFAV_ROLE_HOST, { SET, W1(0, SP1), 0x00030001, 1, 0 } },
	{ FFAV_ROLE_HYPERVISOR, { SET, W1(VM7, SP1), 0, 0, 2 } },
	{ FFAV_ROLE_HYPERVISOR, { SET, W1(0, SP2), 1, 1, 0 } },
	{ FFAV_ROLE_VM, { SET, W1(VM1, SP1), 0, 1, 0 } },
	{ FFAV_ROLE_VM, { SET, W1(VM1, VM2), 0x00010001, 1, 0 } },
	{ FFAV_ROLE_SP, { SET, W1(SP1, SP2), 0, 1, 0 } },
	{ FFAV_ROLE_SP, { SET, W1(SP1, VM1), 2, 1, 0 } },
	{ FFAV_ROLE_SP, { SET, W1(SP1, 0), 0x00070003, 0, 1 } },
	/* GET: receiver = caller in w1[15:0], vCPU ID in w1[31:16]. */
	{ FFAV_ROLE_HOST, { GET, W1(0, 0), 0x5 } },
	{ FFAV_ROLE_HOST, { GET, W1(3, 0), 0x1 } },
	{ FFAV_ROLE_HOST, { GET, W1(0, 0), 0x0 } },
	{ FFAV_ROLE_HYPERVISOR, { GET, W1(2, VM7), 0x5 } },
	{ FFAV_ROLE_HYPERVISOR, { GET, W1(0, 0), 0x4 } },
	{ FFAV_ROLE_VM, { GET, W1(0, VM1), 0xF } },
	{ FFAV_ROLE_VM, { GET, W1(5, VM1), 0x2 } },
	{ FFAV_ROLE_SP, { GET, W1(3, SP1), 0xF } },
	{ FFAV_ROLE_SP, { GET, W1(0, SP1), 0x8 } },
	/* INFO_GET: no parameters. */
	{ FFAV_ROLE_HOST, { INFO_GET_32 } },
	{ FFAV_ROLE_HOST, { INFO_GET_64 } },
	{ FFAV_ROLE_HYPERVISOR, { INFO_GET_32 } },
	{ FFAV_ROLE_HYPERVISOR, { INFO_GET_64 } },
	{ FFAV_ROLE_VM, { INFO_GET_32 } },
	{ FFAV_ROLE_VM, { INFO_GET_64 } },
};

static void load(uint64_t r[FFAV_NREGS], const struct call *call)
{
	unsigned int n;

	for (n = 0; n < FFAV_NREGS; n++)
		r[n] = n < 8 ? call->regs[n] : 0;
}

static void valid_calls_pass(void **state)
{
	uint64_t r[FFAV_NREGS];
	size_t i, v;

	(void)state;
	for (i = 0; i < sizeof(valid_calls) / sizeof(valid_calls[0]); i++) {
		for (v = 0; v < 3; v++) {
			struct ffav_caller c = as(valid_calls[i].role, versions[v], 0);

			load(r, &valid_calls[i]);
			PASS(c, r);
		}
	}
}

/* SMC32: x1..x7[63:32] and x8..x17 are not part of the call. */
static void smc32_garbage_outside_the_w_views_passes(void **state)
{
	uint64_t r[FFAV_NREGS];
	unsigned int n;
	size_t i, v;

	(void)state;
	for (i = 0; i < sizeof(valid_calls) / sizeof(valid_calls[0]); i++) {
		if (valid_calls[i].regs[0] == INFO_GET_64)
			continue;
		for (v = 0; v < 3; v++) {
			struct ffav_caller c = as(valid_calls[i].role, versions[v], 0);

			load(r, &valid_calls[i]);
			for (n = 1; n <= 7; n++)
				r[n] |= 0xDEADBEEF00000000ull * n;
			for (n = 8; n < FFAV_NREGS; n++)
				r[n] = 0xFFFFFFFFFFFFFFFFull - n;
			PASS(c, r);
		}
	}
}

/* ---- BITMAP_CREATE and BITMAP_DESTROY ---- */

struct bitmap_abi {
	uint64_t fid;
	uint32_t caller_rule, sbz_rule, mbz_rule, id_rule;
	unsigned int first_sbz;
};

static const struct bitmap_abi create_abi = { CREATE,
					      FFAV_RULE_NOTIF_CREATE_CALLER,
					      FFAV_RULE_NOTIF_CREATE_SBZ,
					      FFAV_RULE_NOTIF_CREATE_ID_MBZ,
					      FFAV_RULE_NOTIF_CREATE_VM_ID,
					      3 };
static const struct bitmap_abi destroy_abi = { DESTROY,
					       FFAV_RULE_NOTIF_DESTROY_CALLER,
					       FFAV_RULE_NOTIF_DESTROY_SBZ,
					       FFAV_RULE_NOTIF_DESTROY_ID_MBZ,
					       FFAV_RULE_NOTIF_DESTROY_VM_ID,
					       2 };

static void bitmap_only_ns_physical_callers(void **state)
{
	const struct bitmap_abi *a = *state;
	static const enum ffav_role refused[] = { FFAV_ROLE_VM, FFAV_ROLE_SP, FFAV_ROLE_SPMC,
						  FFAV_ROLE_SPMD };
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);
	size_t i;

	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(refused[i], V12, 0);

		NFAIL(c, R(a->fid, 0), a->caller_rule, 0, 0);
		/* The VM naming itself changes nothing. */
		NFAIL(c, R(a->fid, c.id), a->caller_rule, 0, 0);
	}
	PASS(host, R(a->fid, 0));
	PASS(hyp, R(a->fid, 0));
}

static void bitmap_unused_registers(void **state)
{
	const struct bitmap_abi *a = *state;
	uint64_t r[FFAV_NREGS];
	unsigned int n;
	size_t i, v;

	for (i = 0; i < 2; i++) {
		for (v = 0; v < 3; v++) {
			struct ffav_caller c = as(endpoint_roles[i], versions[v], 0);

			for (n = a->first_sbz; n <= 7; n++) {
				memset(r, 0, sizeof(r));
				r[0] = a->fid;
				r[n] = 0x40;
				if (a->fid == CREATE && n == 3 && versions[v] == V13) {
					/* v1.3 may define w3 as a count (DEN0077A v1.3 §16.1): not
					 * judged. */
					PASS(c, r);
					continue;
				}
				NFAIL(c, r, a->sbz_rule, n, 0x40);
				c.policy = FFAV_POLICY_IGNORE_SBZ;
				PASS(c, r);
				c.policy = 0;
			}
		}
	}
}

/* w1[31:16] MBZ (docs/notifications.md §5 row 5), for both callers; not relaxed by
 * FFAV_POLICY_IGNORE_SBZ. */
static void bitmap_vm_id_upper_half_mbz(void **state)
{
	const struct bitmap_abi *a = *state;
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);

	PASS(host, R(a->fid, 0x00000000));
	NFAIL(host, R(a->fid, 0x00010000), a->mbz_rule, 1, 0x00010000);
	NFAIL(host, R(a->fid, 0x80000000), a->mbz_rule, 1, 0x80000000);
	PASS(hyp, R(a->fid, 0x00000005));
	NFAIL(hyp, R(a->fid, 0xFFFF0005), a->mbz_rule, 1, 0xFFFF0000);
	/* CREATE's w1[31:16] is MBZ (DEN0077A v1.3 Table 16.3), DESTROY's SBZ (Table 16.8). */
	hyp.policy = FFAV_POLICY_IGNORE_SBZ;
	if (a->fid == CREATE)
		NFAIL(hyp, R(a->fid, 0x00100005), a->mbz_rule, 1, 0x00100000);
	else
		PASS(hyp, R(a->fid, 0x00100005));
	/* Upper halves of x1 are not part of the SMC32 call. */
	PASS(hyp, R(a->fid, 0xFFFFFFFF00000005ull));
}

/* The VM ID: the host only itself (0), the hypervisor any Normal-world ID (bit 15 clear). */
static void bitmap_vm_id_names_nwd_endpoint(void **state)
{
	const struct bitmap_abi *a = *state;
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);

	PASS(host, R(a->fid, 0));
	NFAIL(host, R(a->fid, VM1), a->id_rule, 1, VM1);
	NFAIL(host, R(a->fid, SP1), a->id_rule, 1, SP1);
	PASS(hyp, R(a->fid, 0));
	PASS(hyp, R(a->fid, VM7));
	PASS(hyp, R(a->fid, 0x7FFF));
	NFAIL(hyp, R(a->fid, 0x8000), a->id_rule, 1, 0x8000);
	NFAIL(hyp, R(a->fid, SP1), a->id_rule, 1, SP1);
	NFAIL(hyp, R(a->fid, 0xFFFF), a->id_rule, 1, 0xFFFF);
}

/* ---- BIND and UNBIND: the receiver makes the call ---- */

struct bind_abi {
	uint64_t fid;
	uint32_t caller_rule, sbz_rule, receiver, sender_lp, sender_not_sp, same, empty;
};

static const struct bind_abi bind_abi = {
	BIND,
	FFAV_RULE_NOTIF_BIND_CALLER,
	FFAV_RULE_NOTIF_BIND_SBZ,
	FFAV_RULE_NOTIF_BIND_RECEIVER,
	FFAV_RULE_NOTIF_BIND_SENDER_LP,
	FFAV_RULE_NOTIF_BIND_SENDER_NOT_SP,
	FFAV_RULE_NOTIF_BIND_SENDER_IS_RECEIVER,
	FFAV_RULE_NOTIF_BIND_BITMAP_EMPTY,
};
static const struct bind_abi unbind_abi = {
	UNBIND,
	FFAV_RULE_NOTIF_UNBIND_CALLER,
	FFAV_RULE_NOTIF_UNBIND_SBZ,
	FFAV_RULE_NOTIF_UNBIND_RECEIVER,
	FFAV_RULE_NOTIF_UNBIND_SENDER_LP,
	FFAV_RULE_NOTIF_UNBIND_SENDER_NOT_SP,
	FFAV_RULE_NOTIF_UNBIND_SENDER_IS_RECEIVER,
	FFAV_RULE_NOTIF_UNBIND_BITMAP_EMPTY,
};

/* A valid w1 for each endpoint role: the receiver is the caller (the hypervisor: VM7),
 * the sender an SP. */
static uint64_t bind_w1(enum ffav_role role)
{
	return W1(SP2, role == FFAV_ROLE_HYPERVISOR ? VM7 : id_of(role));
}

static void bind_callers(void **state)
{
	const struct bind_abi *a = *state;
	struct ffav_caller spmc = as(FFAV_ROLE_SPMC, V12, 0);
	struct ffav_caller spmd = as(FFAV_ROLE_SPMD, V12, 0);
	size_t i;

	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);

		PASS(c, R(a->fid, bind_w1(endpoint_roles[i]), 0, 1));
	}
	NFAIL(spmc, R(a->fid, W1(SP2, 0x8000), 0, 1), a->caller_rule, 0, 0);
	NFAIL(spmd, R(a->fid, W1(SP2, 0xFFFF), 0, 1), a->caller_rule, 0, 0);
}

static void bind_unused_registers(void **state)
{
	const struct bind_abi *a = *state;
	uint64_t r[FFAV_NREGS];
	unsigned int n;
	size_t i;

	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);

		for (n = 5; n <= 7; n++) {
			memset(r, 0, sizeof(r));
			r[0] = a->fid;
			r[1] = bind_w1(endpoint_roles[i]);
			r[3] = 1;
			PASS(c, r);
			r[n] = 0x100;
			NFAIL(c, r, a->sbz_rule, n, 0x100);
		}
	}
}

/* The receiver w1[15:0] names the caller: host 0, VM and SP themselves, the hypervisor any
 * Normal-world ID. Each failing call breaks this rule alone. */
static void bind_receiver_is_caller(void **state)
{
	const struct bind_abi *a = *state;
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller vm = as(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);

	PASS(host, R(a->fid, W1(SP1, 0), 0, 1));
	NFAIL(host, R(a->fid, W1(SP1, VM1), 0, 1), a->receiver, 1, VM1);
	PASS(hyp, R(a->fid, W1(SP1, VM7), 0, 1));
	PASS(hyp, R(a->fid, W1(SP1, 0), 0, 1));
	NFAIL(hyp, R(a->fid, W1(SP1, SP2), 0, 1), a->receiver, 1, SP2);
	NFAIL(hyp, R(a->fid, W1(SP1, 0x8000), 0, 1), a->receiver, 1, 0x8000);
	PASS(vm, R(a->fid, W1(SP1, VM1), 0, 1));
	NFAIL(vm, R(a->fid, W1(SP1, VM2), 0, 1), a->receiver, 1, VM2);
	NFAIL(vm, R(a->fid, W1(SP1, 0), 0, 1), a->receiver, 1, 0);
	PASS(sp, R(a->fid, W1(SP2, SP1), 0, 1));
	NFAIL(sp, R(a->fid, W1(SP2, SP3), 0, 1), a->receiver, 1, SP3);
	NFAIL(sp, R(a->fid, W1(SP2, VM1), 0, 1), a->receiver, 1, VM1);
}

/* The classic bug: the caller put in the sender half w1[31:16]. The receiver check must
 * report it, whatever the caller. */
static void bind_caller_in_sender_half_is_refused(void **state)
{
	const struct bind_abi *a = *state;
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller vm = as(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);

	NFAIL(host, R(a->fid, W1(0, SP1), 0, 1), a->receiver, 1, SP1);
	NFAIL(hyp, R(a->fid, W1(VM7, SP1), 0, 1), a->receiver, 1, SP1);
	NFAIL(vm, R(a->fid, W1(VM1, SP1), 0, 1), a->receiver, 1, SP1);
	NFAIL(sp, R(a->fid, W1(SP1, SP2), 0, 1), a->receiver, 1, SP2);
	/* The contract example: SP 0x8001 binding for receiver 0x8003. */
	NFAIL(sp, R(a->fid, 0x80028003, 0, 1), a->receiver, 1, 0x8003);
}

/* The sender is never the SPMD (0xFFFF) or one of its logical partitions (0xFFC0-0xFFFE). */
static void bind_sender_not_spmd_endpoint(void **state)
{
	const struct bind_abi *a = *state;
	static const uint16_t refused[] = { 0xFFC0, 0xFFD5, 0xFFFE, 0xFFFF };
	size_t i, k;

	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t receiver = bind_w1(endpoint_roles[i]) & 0xFFFF;

		PASS(c, R(a->fid, W1(0xFFBF, receiver), 0, 1));
		for (k = 0; k < 4; k++)
			NFAIL(c, R(a->fid, W1(refused[k], receiver), 0, 1), a->sender_lp, 1,
			      (uint64_t)refused[k] << 16);
	}
}

/* From the NS physical instance the sender must be an SP; VMs and SPs may name a VM. */
static void bind_ns_physical_sender_is_sp(void **state)
{
	const struct bind_abi *a = *state;
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller vm = as(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);

	PASS(host, R(a->fid, W1(SP1, 0), 0, 1));
	NFAIL(host, R(a->fid, W1(VM7, 0), 0, 1), a->sender_not_sp, 1, (uint64_t)VM7 << 16);
	PASS(hyp, R(a->fid, W1(SP1, VM7), 0, 1));
	NFAIL(hyp, R(a->fid, W1(VM2, VM7), 0, 1), a->sender_not_sp, 1, (uint64_t)VM2 << 16);
	NFAIL(hyp, R(a->fid, W1(0x7FFF, 0), 0, 1), a->sender_not_sp, 1, 0x7FFFull << 16);
	/* Sender == receiver from the NS physical instance is reported as a non-SP sender. */
	NFAIL(hyp, R(a->fid, W1(VM7, VM7), 0, 1), a->sender_not_sp, 1, (uint64_t)VM7 << 16);
	NFAIL(host, R(a->fid, W1(0, 0), 0, 1), a->sender_not_sp, 1, 0);
	PASS(vm, R(a->fid, W1(VM2, VM1), 0, 1));
	PASS(sp, R(a->fid, W1(VM1, SP1), 0, 1));
	PASS(sp, R(a->fid, W1(0, SP1), 0, 1));
}

static void bind_sender_is_not_receiver(void **state)
{
	const struct bind_abi *a = *state;
	struct ffav_caller vm = as(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);

	PASS(vm, R(a->fid, W1(VM2, VM1), 0, 1));
	NFAIL(vm, R(a->fid, W1(VM1, VM1), 0, 1), a->same, 1, (uint64_t)VM1 << 16);
	PASS(sp, R(a->fid, W1(SP2, SP1), 0, 1));
	NFAIL(sp, R(a->fid, W1(SP1, SP1), 0, 1), a->same, 1, (uint64_t)SP1 << 16);
}

/* w3|w4 must name a notification; only the w-views count. */
static void bind_bitmap_not_empty(void **state)
{
	const struct bind_abi *a = *state;
	size_t i;

	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t w1 = bind_w1(endpoint_roles[i]);

		PASS(c, R(a->fid, w1, 0, 1, 0));
		PASS(c, R(a->fid, w1, 0, 0, 0x80000000));
		NFAIL(c, R(a->fid, w1, 0, 0, 0), a->empty, 3, 0);
		NFAIL(c, R(a->fid, w1, 0, 0xFFFFFFFF00000000ull, 0x100000000ull), a->empty, 3, 0);
	}
}

/* BIND w2: [0] per-vCPU, [31:1] MBZ (docs/notifications.md §5 row 2), not relaxed by
 * FFAV_POLICY_IGNORE_SBZ. */
static void bind_flags_reserved(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t w1 = bind_w1(endpoint_roles[i]);

		PASS(c, R(BIND, w1, 0, 1));
		PASS(c, R(BIND, w1, 1, 1));
		NFAIL(c, R(BIND, w1, 0x2, 1), FFAV_RULE_NOTIF_BIND_FLAGS_MBZ, 2, 0x2);
		NFAIL(c, R(BIND, w1, 0x11, 1), FFAV_RULE_NOTIF_BIND_FLAGS_MBZ, 2, 0x10);
		NFAIL(c, R(BIND, w1, 0xFFFFFFFF, 1), FFAV_RULE_NOTIF_BIND_FLAGS_MBZ, 2, 0xFFFFFFFE);
		/* SBZ (DEN0077A v1.3 Table 16.12): let through under the policy. */
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(c, R(BIND, w1, 0x80000000, 1));
		PASS(c, R(BIND, w1, 0xFFFFFFFF, 1));
	}
}

/* BIND per-vCPU flag under FFAV_POLICY_NO_PER_VCPU: refused from v1.3, where per-vCPU
 * notifications became optional; below v1.3 they are mandatory and the policy has no effect
 * (see lib/notif.c). */
static void bind_per_vcpu_when_unsupported(void **state)
{
	size_t i, v;

	(void)state;
	for (i = 0; i < 4; i++) {
		for (v = 0; v < 3; v++) {
			struct ffav_caller c = as(endpoint_roles[i], versions[v], 0);
			uint64_t w1 = bind_w1(endpoint_roles[i]);

			PASS(c, R(BIND, w1, 1, 1));
			c.policy = FFAV_POLICY_NO_PER_VCPU;
			PASS(c, R(BIND, w1, 0, 1));
			if (versions[v] < V13)
				PASS(c, R(BIND, w1, 1, 1));
			else
				NFAIL(c, R(BIND, w1, 1, 1), FFAV_RULE_NOTIF_BIND_PER_VCPU, 2, 1);
		}
	}
}

/* UNBIND w2 is reserved MBZ (docs/notifications.md §5 row 4), not relaxed by
 * FFAV_POLICY_IGNORE_SBZ. */
static void unbind_w2_reserved(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t w1 = bind_w1(endpoint_roles[i]);

		PASS(c, R(UNBIND, w1, 0, 1));
		PASS(c, R(UNBIND, w1, 0xFFFFFFFF00000000ull, 1));
		NFAIL(c, R(UNBIND, w1, 1, 1), FFAV_RULE_NOTIF_UNBIND_FLAGS_MBZ, 2, 1);
		NFAIL(c, R(UNBIND, w1, 0x10, 1), FFAV_RULE_NOTIF_UNBIND_FLAGS_MBZ, 2, 0x10);
		/* SBZ (DEN0077A v1.3 Table 16.16): let through under the policy. */
		c.policy = FFAV_POLICY_IGNORE_SBZ | FFAV_POLICY_NO_PER_VCPU;
		PASS(c, R(UNBIND, w1, 0x80000000, 1));
	}
}

/* ---- SET: the sender makes the call ---- */

/* A valid w1 for each endpoint role: the sender is the caller (the hypervisor: VM7), the
 * receiver an SP. */
static uint64_t set_w1(enum ffav_role role)
{
	return W1(role == FFAV_ROLE_HYPERVISOR ? VM7 : id_of(role), SP2);
}

static void set_callers(void **state)
{
	struct ffav_caller spmc = as(FFAV_ROLE_SPMC, V12, 0);
	struct ffav_caller spmd = as(FFAV_ROLE_SPMD, V12, 0);
	uint64_t r[FFAV_NREGS];
	unsigned int n;
	size_t i;

	(void)state;
	NFAIL(spmc, R(SET, W1(0x8000, SP2), 0, 1), FFAV_RULE_NOTIF_SET_CALLER, 0, 0);
	NFAIL(spmd, R(SET, W1(0xFFFF, SP2), 0, 1), FFAV_RULE_NOTIF_SET_CALLER, 0, 0);
	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);

		for (n = 5; n <= 7; n++) {
			memset(r, 0, sizeof(r));
			r[0] = SET;
			r[1] = set_w1(endpoint_roles[i]);
			r[3] = 1;
			PASS(c, r);
			r[n] = 0x1;
			NFAIL(c, r, FFAV_RULE_NOTIF_SET_SBZ, n, 1);
		}
	}
}

/* The sender w1[31:16] names the caller: host 0, VM and SP themselves, the hypervisor any
 * Normal-world ID. Each failing call breaks this rule alone. */
static void set_sender_is_caller(void **state)
{
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller vm = as(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);

	(void)state;
	PASS(host, R(SET, W1(0, SP1), 0, 1));
	NFAIL(host, R(SET, W1(VM1, SP1), 0, 1), FFAV_RULE_NOTIF_SET_SENDER, 1, (uint64_t)VM1 << 16);
	PASS(hyp, R(SET, W1(VM7, SP1), 0, 1));
	PASS(hyp, R(SET, W1(0, SP1), 0, 1));
	NFAIL(hyp, R(SET, W1(SP2, SP1), 0, 1), FFAV_RULE_NOTIF_SET_SENDER, 1, (uint64_t)SP2 << 16);
	PASS(vm, R(SET, W1(VM1, SP1), 0, 1));
	NFAIL(vm, R(SET, W1(VM2, SP1), 0, 1), FFAV_RULE_NOTIF_SET_SENDER, 1, (uint64_t)VM2 << 16);
	PASS(sp, R(SET, W1(SP1, SP3), 0, 1));
	NFAIL(sp, R(SET, W1(SP2, SP3), 0, 1), FFAV_RULE_NOTIF_SET_SENDER, 1, (uint64_t)SP2 << 16);
}

/* The classic bug: the caller put in the receiver half w1[15:0], as in BIND. */
static void set_caller_in_receiver_half_is_refused(void **state)
{
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller vm = as(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);

	(void)state;
	NFAIL(host, R(SET, W1(SP1, 0), 0, 1), FFAV_RULE_NOTIF_SET_SENDER, 1, (uint64_t)SP1 << 16);
	NFAIL(hyp, R(SET, W1(SP1, VM7), 0, 1), FFAV_RULE_NOTIF_SET_SENDER, 1, (uint64_t)SP1 << 16);
	NFAIL(vm, R(SET, W1(SP1, VM1), 0, 1), FFAV_RULE_NOTIF_SET_SENDER, 1, (uint64_t)SP1 << 16);
	NFAIL(sp, R(SET, W1(SP2, SP1), 0, 1), FFAV_RULE_NOTIF_SET_SENDER, 1, (uint64_t)SP2 << 16);
}

static void set_receiver_not_spmd_endpoint(void **state)
{
	static const uint16_t refused[] = { 0xFFC0, 0xFFE1, 0xFFFE, 0xFFFF };
	size_t i, k;

	(void)state;
	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t sender = set_w1(endpoint_roles[i]) & 0xFFFF0000;

		PASS(c, R(SET, sender | 0xFFBF, 0, 1));
		for (k = 0; k < 4; k++)
			NFAIL(c, R(SET, sender | refused[k], 0, 1), FFAV_RULE_NOTIF_SET_RECEIVER_LP,
			      1, refused[k]);
	}
}

/* From the NS physical instance the receiver must be an SP; VMs and SPs may name a VM. */
static void set_ns_physical_receiver_is_sp(void **state)
{
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller vm = as(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);

	(void)state;
	PASS(host, R(SET, W1(0, SP1), 0, 1));
	NFAIL(host, R(SET, W1(0, VM7), 0, 1), FFAV_RULE_NOTIF_SET_RECEIVER_NOT_SP, 1, VM7);
	PASS(hyp, R(SET, W1(VM7, SP1), 0, 1));
	NFAIL(hyp, R(SET, W1(VM7, VM2), 0, 1), FFAV_RULE_NOTIF_SET_RECEIVER_NOT_SP, 1, VM2);
	NFAIL(hyp, R(SET, W1(VM7, 0), 0, 1), FFAV_RULE_NOTIF_SET_RECEIVER_NOT_SP, 1, 0);
	PASS(vm, R(SET, W1(VM1, VM2), 0, 1));
	PASS(sp, R(SET, W1(SP1, VM1), 0, 1));
	PASS(sp, R(SET, W1(SP1, 0), 0, 1));
}

static void set_receiver_is_not_sender(void **state)
{
	struct ffav_caller vm = as(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);

	(void)state;
	PASS(vm, R(SET, W1(VM1, VM2), 0, 1));
	NFAIL(vm, R(SET, W1(VM1, VM1), 0, 1), FFAV_RULE_NOTIF_SET_RECEIVER_IS_SENDER, 1, VM1);
	PASS(sp, R(SET, W1(SP1, SP2), 0, 1));
	NFAIL(sp, R(SET, W1(SP1, SP1), 0, 1), FFAV_RULE_NOTIF_SET_RECEIVER_IS_SENDER, 1, SP1);
}

static void set_bitmap_not_empty(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t w1 = set_w1(endpoint_roles[i]);

		PASS(c, R(SET, w1, 0, 0x10, 0));
		PASS(c, R(SET, w1, 0, 0, 0x10));
		NFAIL(c, R(SET, w1, 0, 0, 0), FFAV_RULE_NOTIF_SET_BITMAP_EMPTY, 3, 0);
		NFAIL(c, R(SET, w1, 0, 0x100000000ull, 0xFF00000000ull),
		      FFAV_RULE_NOTIF_SET_BITMAP_EMPTY, 3, 0);
	}
}

/* SET w2[15:2] MBZ, for every caller; not relaxed by FFAV_POLICY_IGNORE_SBZ. */
static void set_flags_reserved(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t w1 = set_w1(endpoint_roles[i]);

		PASS(c, R(SET, w1, 0x00000001, 1));
		PASS(c, R(SET, w1, 0xFFFF0001, 1));
		NFAIL(c, R(SET, w1, 0x4, 1), FFAV_RULE_NOTIF_SET_FLAGS_MBZ, 2, 0x4);
		NFAIL(c, R(SET, w1, 0x8001, 1), FFAV_RULE_NOTIF_SET_FLAGS_MBZ, 2, 0x8000);
		NFAIL(c, R(SET, w1, 0xFFFFFFFF, 1), FFAV_RULE_NOTIF_SET_FLAGS_MBZ, 2, 0xFFFC);
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		NFAIL(c, R(SET, w1, 0x100, 1), FFAV_RULE_NOTIF_SET_FLAGS_MBZ, 2, 0x100);
	}
}

/* SET of global notifications carries vCPU ID 0. */
static void set_vcpu_id_only_with_per_vcpu_flag(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t w1 = set_w1(endpoint_roles[i]);

		PASS(c, R(SET, w1, 0x00000000, 1));
		PASS(c, R(SET, w1, 0x00010001, 1));
		NFAIL(c, R(SET, w1, 0x00010000, 1), FFAV_RULE_NOTIF_SET_VCPU_GLOBAL, 2, 0x00010000);
		NFAIL(c, R(SET, w1, 0x80000000, 1), FFAV_RULE_NOTIF_SET_VCPU_GLOBAL, 2, 0x80000000);
	}
}

/* Delay SRI (w2[1]) only from an SP (v1.2 §16.5.1). */
static void set_delay_sri_only_from_sp(void **state)
{
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);
	size_t i;

	(void)state;
	for (i = 0; i < 3; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t w1 = set_w1(endpoint_roles[i]);

		PASS(c, R(SET, w1, 0x0, 1));
		NFAIL(c, R(SET, w1, 0x2, 1), FFAV_RULE_NOTIF_SET_DELAY_SRI, 2, 0x2);
		NFAIL(c, R(SET, w1, 0x00030003, 1), FFAV_RULE_NOTIF_SET_DELAY_SRI, 2, 0x2);
	}
	PASS(sp, R(SET, set_w1(FFAV_ROLE_SP), 0x2, 1));
	PASS(sp, R(SET, set_w1(FFAV_ROLE_SP), 0x00030003, 1));
}

/* SET per-vCPU flag under FFAV_POLICY_NO_PER_VCPU, at every version. */
static void set_per_vcpu_when_unsupported(void **state)
{
	size_t i, v;

	(void)state;
	for (i = 0; i < 4; i++) {
		for (v = 0; v < 3; v++) {
			struct ffav_caller c = as(endpoint_roles[i], versions[v], 0);
			uint64_t w1 = set_w1(endpoint_roles[i]);

			PASS(c, R(SET, w1, 0x00020001, 1));
			c.policy = FFAV_POLICY_NO_PER_VCPU;
			PASS(c, R(SET, w1, 0, 1));
			if (versions[v] < V13) {
				PASS(c, R(SET, w1, 0x00020001, 1));
				continue;
			}
			NFAIL(c, R(SET, w1, 0x00000001, 1), FFAV_RULE_NOTIF_SET_PER_VCPU, 2, 1);
			NFAIL(c, R(SET, w1, 0x00020001, 1), FFAV_RULE_NOTIF_SET_PER_VCPU, 2, 1);
		}
	}
}

/* ---- GET: the receiver makes the call; w1[31:16] is its vCPU ID ---- */

static uint64_t get_w1(enum ffav_role role)
{
	return W1(1, role == FFAV_ROLE_HYPERVISOR ? VM7 : id_of(role));
}

static void get_callers(void **state)
{
	struct ffav_caller spmc = as(FFAV_ROLE_SPMC, V12, 0);
	struct ffav_caller spmd = as(FFAV_ROLE_SPMD, V12, 0);
	uint64_t r[FFAV_NREGS];
	unsigned int n;
	size_t i;

	(void)state;
	NFAIL(spmc, R(GET, W1(0, 0x8000), 1), FFAV_RULE_NOTIF_GET_CALLER, 0, 0);
	NFAIL(spmd, R(GET, W1(0, 0xFFFF), 1), FFAV_RULE_NOTIF_GET_CALLER, 0, 0);
	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);

		for (n = 3; n <= 7; n++) {
			memset(r, 0, sizeof(r));
			r[0] = GET;
			r[1] = get_w1(endpoint_roles[i]);
			r[2] = 1;
			PASS(c, r);
			r[n] = 0x80000000;
			NFAIL(c, r, FFAV_RULE_NOTIF_GET_SBZ, n, 0x80000000);
		}
	}
}

/* The receiver w1[15:0] names the caller; w1[31:16] is a vCPU ID, never an endpoint. */
static void get_receiver_is_caller(void **state)
{
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller vm = as(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);

	(void)state;
	PASS(host, R(GET, W1(0, 0), 1));
	NFAIL(host, R(GET, W1(0, VM1), 1), FFAV_RULE_NOTIF_GET_RECEIVER, 1, VM1);
	PASS(hyp, R(GET, W1(0, VM7), 1));
	PASS(hyp, R(GET, W1(0, 0), 1));
	NFAIL(hyp, R(GET, W1(0, SP1), 1), FFAV_RULE_NOTIF_GET_RECEIVER, 1, SP1);
	PASS(vm, R(GET, W1(0, VM1), 1));
	NFAIL(vm, R(GET, W1(0, VM2), 1), FFAV_RULE_NOTIF_GET_RECEIVER, 1, VM2);
	PASS(sp, R(GET, W1(0, SP1), 1));
	NFAIL(sp, R(GET, W1(0, SP2), 1), FFAV_RULE_NOTIF_GET_RECEIVER, 1, SP2);
}

/* The classic bug (early Hafnium, OP-TEE): receiver and vCPU halves swapped. */
static void get_vcpu_half_is_not_the_receiver(void **state)
{
	struct ffav_caller host = as(FFAV_ROLE_HOST, V12, 0);
	struct ffav_caller hyp = as(FFAV_ROLE_HYPERVISOR, V12, 0);
	struct ffav_caller vm = as(FFAV_ROLE_VM, V12, 0);
	struct ffav_caller sp = as(FFAV_ROLE_SP, V12, 0);

	(void)state;
	/* The caller's ID in the vCPU half, another receiver: refused. */
	NFAIL(vm, R(GET, W1(VM1, 0), 1), FFAV_RULE_NOTIF_GET_RECEIVER, 1, 0);
	NFAIL(sp, R(GET, W1(SP1, 3), 1), FFAV_RULE_NOTIF_GET_RECEIVER, 1, 3);
	NFAIL(hyp, R(GET, W1(VM7, SP2), 1), FFAV_RULE_NOTIF_GET_RECEIVER, 1, SP2);
	NFAIL(host, R(GET, W1(0, 5), 1), FFAV_RULE_NOTIF_GET_RECEIVER, 1, 5);
	/* Any vCPU ID with the right receiver passes: its bound is state. */
	PASS(vm, R(GET, W1(VM1, VM1), 1));
	PASS(sp, R(GET, W1(SP1, SP1), 1));
	PASS(sp, R(GET, W1(0xFFFF, SP1), 1));
	PASS(hyp, R(GET, W1(0x8000, VM7), 1));
	PASS(host, R(GET, W1(5, 0), 1));
	/* Even under FFAV_POLICY_NO_PER_VCPU: Linux passes smp_processor_id() here. */
	sp.policy = FFAV_POLICY_NO_PER_VCPU;
	sp.version = V13;
	PASS(sp, R(GET, W1(7, SP1), 0xF));
}

/* GET w2[31:4]: SBZ from v1.2, MBZ at v1.1 (DEN0077A v1.3 Table 16.24; docs/notifications.md). */
static void get_flags_reserved(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t w1 = get_w1(endpoint_roles[i]);

		PASS(c, R(GET, w1, 0x5));
		PASS(c, R(GET, w1, 0x0));
		NFAIL(c, R(GET, w1, 0x10), FFAV_RULE_NOTIF_GET_FLAGS_MBZ, 2, 0x10);
		NFAIL(c, R(GET, w1, 0xFF05), FFAV_RULE_NOTIF_GET_FLAGS_MBZ, 2, 0xFF00);
		/* SBZ from v1.2 (DEN0077A v1.3 Table 16.24), MBZ at v1.1. */
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(c, R(GET, w1, 0x80000001));
		PASS(c, R(GET, w1, 0xFFFFFFFF00000001ull));
		c.version = FFAV_VERSION(1, 1);
		NFAIL(c, R(GET, w1, 0x80000001), FFAV_RULE_NOTIF_GET_FLAGS_MBZ, 2, 0x80000000);
		c.policy = 0;
		NFAIL(c, R(GET, w1, 0x80000001), FFAV_RULE_NOTIF_GET_FLAGS_MBZ, 2, 0x80000000);
	}
}

/* The NS physical instance asks only for the SP and SPM bitmaps. */
static void get_flags_at_ns_physical(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < 4; i++) {
		struct ffav_caller c = as(endpoint_roles[i], V12, 0);
		uint64_t w1 = get_w1(endpoint_roles[i]);

		PASS(c, R(GET, w1, 0x1));
		PASS(c, R(GET, w1, 0x4));
		PASS(c, R(GET, w1, 0x5));
		if (endpoint_roles[i] == FFAV_ROLE_VM || endpoint_roles[i] == FFAV_ROLE_SP) {
			PASS(c, R(GET, w1, 0x2));
			PASS(c, R(GET, w1, 0x8));
			PASS(c, R(GET, w1, 0xF));
			continue;
		}
		NFAIL(c, R(GET, w1, 0x2), FFAV_RULE_NOTIF_GET_FLAGS_NS_PHYSICAL, 2, 0x2);
		NFAIL(c, R(GET, w1, 0x8), FFAV_RULE_NOTIF_GET_FLAGS_NS_PHYSICAL, 2, 0x8);
		NFAIL(c, R(GET, w1, 0xF), FFAV_RULE_NOTIF_GET_FLAGS_NS_PHYSICAL, 2, 0xA);
		/* Receiver 0, the caller itself: the same. */
		NFAIL(c, R(GET, W1(0, 0), 0x2), FFAV_RULE_NOTIF_GET_FLAGS_NS_PHYSICAL, 2, 0x2);
		/* SBZ at NS physical (DEN0077A v1.3 Table 16.24): let through under the policy. */
		c.policy = FFAV_POLICY_IGNORE_SBZ;
		PASS(c, R(GET, w1, 0xF));
	}
}

/* ---- INFO_GET: no parameters ---- */

static void info_get_callers_and_registers(void **state)
{
	static const enum ffav_role refused[] = { FFAV_ROLE_SP, FFAV_ROLE_SPMC, FFAV_ROLE_SPMD };
	static const uint64_t fids[] = { INFO_GET_32, INFO_GET_64 };
	uint64_t r[FFAV_NREGS];
	unsigned int n;
	size_t i, f;

	(void)state;
	for (f = 0; f < 2; f++) {
		for (i = 0; i < 3; i++) {
			struct ffav_caller c = as(refused[i], V12, 0);

			NFAIL(c, R(fids[f]), FFAV_RULE_NOTIF_INFO_GET_CALLER, 0, 0);
		}
		for (i = 0; i < 3; i++) {
			struct ffav_caller c = as(endpoint_roles[i], V12, 0);

			for (n = 1; n <= 7; n++) {
				memset(r, 0, sizeof(r));
				r[0] = fids[f];
				PASS(c, r);
				r[n] = 0x2;
				NFAIL(c, r, FFAV_RULE_NOTIF_INFO_GET_SBZ, n, 0x2);
				/* The upper halves: ignored for SMC32, reserved for SMC64. */
				r[n] = 0x200000000ull;
				if (fids[f] == INFO_GET_32)
					PASS(c, r);
				else
					NFAIL(c, r, FFAV_RULE_NOTIF_INFO_GET_SBZ, n,
					      0x200000000ull);
				c.policy = FFAV_POLICY_IGNORE_SBZ;
				PASS(c, r);
				c.policy = 0;
			}
		}
	}
}

/* INFO_GET_64 x8..x17: not part of the call at v1.1, reserved from v1.2. INFO_GET_32
 * never looks at them. */
static void info_get_x8_to_x17_follow_the_version(void **state)
{
	uint64_t r[FFAV_NREGS];
	unsigned int n;
	size_t i, v;

	(void)state;
	for (i = 0; i < 3; i++) {
		for (v = 0; v < 3; v++) {
			struct ffav_caller c = as(endpoint_roles[i], versions[v], 0);

			for (n = 8; n < FFAV_NREGS; n++) {
				memset(r, 0, sizeof(r));
				r[0] = INFO_GET_32;
				r[n] = 0xFFFFFFFFFFFFFFFFull;
				PASS(c, r);
				r[0] = INFO_GET_64;
				if (versions[v] == V11)
					PASS(c, r);
				else
					NFAIL(c, r, FFAV_RULE_NOTIF_INFO_GET_SBZ, n,
					      0xFFFFFFFFFFFFFFFFull);
			}
		}
	}
}

/* ---- Every notification rule was seen failing above ---- */

#define NOTIF_RULE_ID(name, id, status, ref, text) id,
static const uint32_t notif_rules[] = { FFAV_RULES_NOTIF(NOTIF_RULE_ID) };

static void every_notification_rule_has_a_failing_call(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof(notif_rules) / sizeof(notif_rules[0]); i++) {
		bool seen = false;

		for (j = 0; j < n_failed_rules; j++)
			seen = seen || failed_rules[j] == notif_rules[i];
		if (!seen)
			fail_msg("no failing call for %s", ffav_rule_name(notif_rules[i]));
		assert_int_equal(notif_rules[i] & 0xFF00, 0x0200);
	}
}

static const uint64_t create_hyp[FFAV_NREGS] = { 0x8400007d, 0x0001, 2 };
static const uint64_t destroy_hyp[FFAV_NREGS] = { 0x8400007e, 0x0001 };
/* SP 0x8001 binds notification 32 (w4) of its SP bitmap to SP 0x8002. */
static const uint64_t bind_hi_sp[FFAV_NREGS] = { 0x8400007f, 0x80028001, 0, 0, 1 };
/* SP 0x8001 fetches its SP-sourced notifications (flags bit 0). */
static const uint64_t get_sp[FFAV_NREGS] = { 0x84000082, 0x00008001, 0x1 };
static const uint64_t info_get_32[FFAV_NREGS] = { 0x84000083 };

/* BITMAP_CREATE: w1, w2 are parameters; w3 is reserved up to v1.2 and left alone at v1.3
 * (check.c ffavi_last_arg); w4 is reserved at every version. */
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

#define WITH(fn, abi) cmocka_unit_test_prestate(fn, (void *)&(abi))

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(valid_calls_pass),
		cmocka_unit_test(smc32_garbage_outside_the_w_views_passes),
		WITH(bitmap_only_ns_physical_callers, create_abi),
		WITH(bitmap_only_ns_physical_callers, destroy_abi),
		WITH(bitmap_unused_registers, create_abi),
		WITH(bitmap_unused_registers, destroy_abi),
		WITH(bitmap_vm_id_upper_half_mbz, create_abi),
		WITH(bitmap_vm_id_upper_half_mbz, destroy_abi),
		WITH(bitmap_vm_id_names_nwd_endpoint, create_abi),
		WITH(bitmap_vm_id_names_nwd_endpoint, destroy_abi),
		WITH(bind_callers, bind_abi),
		WITH(bind_callers, unbind_abi),
		WITH(bind_unused_registers, bind_abi),
		WITH(bind_unused_registers, unbind_abi),
		WITH(bind_receiver_is_caller, bind_abi),
		WITH(bind_receiver_is_caller, unbind_abi),
		WITH(bind_caller_in_sender_half_is_refused, bind_abi),
		WITH(bind_caller_in_sender_half_is_refused, unbind_abi),
		WITH(bind_sender_not_spmd_endpoint, bind_abi),
		WITH(bind_sender_not_spmd_endpoint, unbind_abi),
		WITH(bind_ns_physical_sender_is_sp, bind_abi),
		WITH(bind_ns_physical_sender_is_sp, unbind_abi),
		WITH(bind_sender_is_not_receiver, bind_abi),
		WITH(bind_sender_is_not_receiver, unbind_abi),
		WITH(bind_bitmap_not_empty, bind_abi),
		WITH(bind_bitmap_not_empty, unbind_abi),
		cmocka_unit_test(bind_flags_reserved),
		cmocka_unit_test(bind_per_vcpu_when_unsupported),
		cmocka_unit_test(unbind_w2_reserved),
		cmocka_unit_test(set_callers),
		cmocka_unit_test(set_sender_is_caller),
		cmocka_unit_test(set_caller_in_receiver_half_is_refused),
		cmocka_unit_test(set_receiver_not_spmd_endpoint),
		cmocka_unit_test(set_ns_physical_receiver_is_sp),
		cmocka_unit_test(set_receiver_is_not_sender),
		cmocka_unit_test(set_bitmap_not_empty),
		cmocka_unit_test(set_flags_reserved),
		cmocka_unit_test(set_vcpu_id_only_with_per_vcpu_flag),
		cmocka_unit_test(set_delay_sri_only_from_sp),
		cmocka_unit_test(set_per_vcpu_when_unsupported),
		cmocka_unit_test(get_callers),
		cmocka_unit_test(get_receiver_is_caller),
		cmocka_unit_test(get_vcpu_half_is_not_the_receiver),
		cmocka_unit_test(get_flags_reserved),
		cmocka_unit_test(get_flags_at_ns_physical),
		cmocka_unit_test(info_get_callers_and_registers),
		cmocka_unit_test(info_get_x8_to_x17_follow_the_version),
		cmocka_unit_test(every_notification_rule_has_a_failing_call),
		cmocka_unit_test(create_parameter_extent),
		cmocka_unit_test(destroy_parameter_extent),
		cmocka_unit_test(bind_parameter_extent),
		cmocka_unit_test(get_parameter_extent),
		cmocka_unit_test(info_get_w1_reserved),
	};

	return cmocka_run_group_tests_name("notification fields", tests, NULL, NULL);
}
