/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The CPU-cycle ABIs as far as the direct-messaging runtime needs them
 * (DEN0077A v1.3 §14.1-§14.4): FFA_MSG_WAIT, FFA_YIELD, FFA_RUN and FFA_INTERRUPT.
 * They are outside ffav_check()'s covered set, so the model judges their registers itself.
 *
 *   FFA_MSG_WAIT   a running SP (or SPMC) context that is not handling a request waits for
 *                  the next one; its giver runs again and sees FFA_MSG_WAIT.
 *   FFA_YIELD      a running SP context gives the CPU back to its giver (BLOCKED, yielded),
 *                  keeping the request it handles; the giver sees FFA_YIELD.
 *   FFA_RUN        w1 = target ID [31:16] | EC [15:0]: gives a waiting context the CPU (the
 *                  FFA_RUN runtime model), or resumes a preempted or yielded one (only its
 *                  giver may). The caller is BLOCKED until the target returns the CPU.
 *   FFA_INTERRUPT  model convention: the framework (an SPMC or SPMD caller) reports that a
 *                  non-secure interrupt preempted running context w1 = target ID | EC; the
 *                  context is PREEMPTED and its giver runs again and sees FFA_INTERRUPT.
 */
#include "model_internal.h"

#define NUM_INTERRUPT 0x62u
#define NUM_MSG_WAIT 0x6Bu
#define NUM_YIELD 0x6Cu
#define NUM_RUN 0x6Du

#define MSG_WAIT_RETAIN_RX 1u /* v1.2+ w2 bit 0 */

bool ffavi_model_is_cycles_fid(uint32_t fid)
{
	uint32_t num = fid & FFAV_FID_NUMBER_MASK;

	return num == NUM_INTERRUPT || num == NUM_MSG_WAIT || num == NUM_YIELD || num == NUM_RUN;
}

/* ---- Registers ---------------------------------------------------------- */

/* Reserved registers from first up (x7, or x17 for SMC64 calls from v1.2) are zero unless
 * FFAV_POLICY_IGNORE_SBZ; register `also` (0: none) is reserved as well (DEN0077A v1.3
 * Tables 14.3, 14.9, 14.13, 14.17). */
static int32_t check_reserved(const struct model_call *c, unsigned int also, unsigned int first,
			      struct ffav_diag *diag)
{
	struct ffavi_ctx x;

	x.caller = &c->caller;
	x.regs = c->regs;
	x.fid = c->fid;
	x.abi = FFAV_ABI_NONE;
	x.smc64 = c->smc64;
	if (also != 0 && !ffavi_policy(&x, FFAV_POLICY_IGNORE_SBZ) && ffavi_arg(&x, also) != 0)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CYCLES_SBZ, also,
				  ffavi_arg(&x, also));
	return ffavi_check_unused_from(&x, first, FFAV_RULE_MODEL_DIRECT_CYCLES_SBZ, diag);
}

/* FFA_MSG_WAIT w2: v1.2 defines bit 0 (retain the RX buffer); every other bit, and the whole
 * register before v1.2, must be zero (DEN0077A v1.3 Table 14.3; disagreement 14 in
 * docs/direct_messaging.md). */
static int32_t check_msg_wait_flags(const struct model_call *c, struct ffav_diag *diag)
{
	uint32_t w2 = model_w(c, 2);
	uint32_t allowed = c->caller.version >= FFAV_VERSION(1, 2) ? MSG_WAIT_RETAIN_RX : 0;

	if ((w2 & ~allowed) != 0)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CYCLES_SBZ, 2, w2 & ~allowed);
	return FFAV_RET_SUCCESS;
}

/* ---- Contexts ----------------------------------------------------------- */

static struct ffav_model_ec *ec_at(const struct model_call *c, int slot, uint16_t ec)
{
	return &c->m->ep[slot].ec[ec];
}

/* The caller's own context on this CPU. */
static int32_t caller_ec(const struct model_call *c, uint16_t *ec, struct ffav_diag *diag)
{
	if (!model_ec_for_cpu(&c->m->ep[c->caller_slot], c->cpu, ec))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CALLER_EC, 0, 0);
	return FFAV_RET_SUCCESS;
}

/* The caller's context is running and has not handed the CPU to a context it must
 * resume first. */
static bool free_to_call(const struct ffav_model_ec *x)
{
	return x->state == FFAV_EC_RUNNING && x->callee_slot == FFAV_MODEL_NO_EC;
}

/* The context named by w1 of FFA_RUN and FFA_INTERRUPT: a declared SP or SPMC, and the EC
 * pinned to this CPU (the only one of a single-EC partition). Else INVALID_PARAMETERS
 * (DEN0077A v1.3 Tables 14.13, 14.14: unknown endpoint or vCPU, vCPU pinned to another PE;
 * Table 14.17). */
static int32_t find_target(const struct model_call *c, int *slot, uint16_t *ec,
			   struct ffav_diag *diag)
{
	uint32_t w1 = model_w(c, 1);
	int s = ffavi_model_slot_of(c->m, (uint16_t)(w1 >> 16));

	/* Slots BITMAP_CREATE makes are Normal-world: never a target. */
	if (s == MODEL_NO_SLOT || !model_role_serves(c->m->ep[s].desc.role))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_TARGET_UNKNOWN, 1, w1 & 0xFFFF0000u);
	if (!model_ec_for_cpu(&c->m->ep[s], c->cpu, ec) || *ec != (uint16_t)w1)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_TARGET_EC, 1, w1 & 0xFFFFu);
	*slot = s;
	return FFAV_RET_SUCCESS;
}

/* x returns the CPU to its giver, which runs again. The links stay unless unlink. */
static void return_to_giver(const struct model_call *c, struct ffav_model_ec *x, bool unlink)
{
	struct ffav_model_ec *g;

	/* No giver: unreachable while the invariants hold (a running partition has one, in the
	 * arrays; FFAV_MODEL_NO_EC is beyond both bounds, which are tested for any state). */
	if (x->giver_slot >= FFAV_MODEL_MAX_ENDPOINTS || x->giver_ec >= FFAV_MODEL_MAX_VCPUS)
		return;
	g = ec_at(c, x->giver_slot, x->giver_ec);
	g->state = FFAV_EC_RUNNING;
	if (unlink) {
		g->callee_slot = FFAV_MODEL_NO_EC;
		g->callee_ec = FFAV_MODEL_NO_EC;
		x->giver_slot = FFAV_MODEL_NO_EC;
		x->giver_ec = FFAV_MODEL_NO_EC;
	}
}

/* The frame the next running context sees: x0 = fid, w1 = id << 16 | ec. */
static void cycles_frame(const struct model_call *c, uint64_t resp[FFAV_NREGS], uint16_t id,
			 uint16_t ec)
{
	ffavi_model_frame(resp, c->fid);
	if (resp != NULL)
		resp[1] = (uint32_t)id << 16 | ec;
}

/* Only partitions the model runs call FFA_MSG_WAIT and FFA_YIELD: the Normal world and the
 * SPMD get NOT_SUPPORTED (DEN0077A v1.3 Tables 14.2, 14.7: no such instance; TF-A SPMD,
 * pKVM). */
static int32_t check_partition_caller(const struct model_call *c, struct ffav_diag *diag)
{
	if (!model_role_serves(c->caller.role))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CYCLES_CALLER, 0, 0);
	return FFAV_RET_SUCCESS;
}

/* ---- The four ABIs ------------------------------------------------------ */

static int32_t msg_wait(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			struct ffav_diag *diag)
{
	struct ffav_model_ec *x;
	uint16_t ec = 0;
	int32_t ret;

	ret = check_partition_caller(c, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = check_reserved(c, 1, 3, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = check_msg_wait_flags(c, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = caller_ec(c, &ec, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	x = ec_at(c, c->caller_slot, ec);
	/* Not in a state to wait, or a request to answer first: DENIED (DEN0077A v1.3 Table
	 * 14.4). */
	if (!free_to_call(x))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CALLER_STATE, 0, 0);
	if (x->by_request)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_MSG_WAIT_IN_REQUEST, 0, 0);

	return_to_giver(c, x, true);
	x->state = FFAV_EC_WAITING;
	ffavi_model_frame(resp, c->fid);
	return FFAV_RET_SUCCESS;
}

/* Whether the FFA_YIELD frame the giver of x sees carries the yielder's timeout: w2/w3 hold
 * a timeout only when the hypervisor passes FFA_YIELD to a VM (NS virtual ERET); from v1.3 they
 * are MBZ in every other form (DEN0077A v1.3 Table 14.9), so a giver at v1.3 or later that is
 * not a VM sees them zero. Before v1.3 the timeout is passed on as given. */
static bool timeout_reaches(const struct model_call *c, const struct ffav_model_ec *x)
{
	const struct ffav_endpoint_desc *g;

	if (x->giver_slot >= FFAV_MODEL_MAX_ENDPOINTS)
		return true;
	g = &c->m->ep[x->giver_slot].desc;
	return g->role == FFAV_ROLE_VM || g->version < FFAV_VERSION(1, 3);
}

static int32_t yield(const struct model_call *c, uint64_t resp[FFAV_NREGS], struct ffav_diag *diag)
{
	uint64_t timeout_lo = model_arg(c, 2);
	uint64_t timeout_hi = model_arg(c, 3);
	bool keep_timeout;
	struct ffav_model_ec *x;
	uint16_t ec = 0;
	int32_t ret;

	ret = check_partition_caller(c, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = check_reserved(c, 1, 4, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = caller_ec(c, &ec, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	x = ec_at(c, c->caller_slot, ec);
	if (!free_to_call(x))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CALLER_STATE, 0, 0);

	keep_timeout = timeout_reaches(c, x);
	return_to_giver(c, x, false);
	x->state = FFAV_EC_BLOCKED;
	x->yielded = 1;
	cycles_frame(c, resp, c->caller.id, ec);
	if (resp != NULL && keep_timeout) {
		resp[2] = timeout_lo;
		resp[3] = timeout_hi;
	}
	return FFAV_RET_SUCCESS;
}

/* Which target states FFA_RUN accepts, and from whom (DEN0077A v1.3 §14.3, Table 14.14): a running
 * target is BUSY; one blocked on its own callee is part of a chain (DENIED); a preempted or yielded
 * one is resumed only by its giver; a waiting one by anyone free to call. */
static int32_t check_run_target(const struct model_call *c, const struct ffav_model_ec *t,
				int caller_slot, uint16_t my_ec, struct ffav_diag *diag)
{
	uint32_t w1 = model_w(c, 1);

	if (t->state == FFAV_EC_RUNNING)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_BUSY, 1, w1 & 0xFFFF0000u);
	if (t->state == FFAV_EC_BLOCKED && !t->yielded)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RUN_BLOCKED, 1, w1 & 0xFFFF0000u);
	if (t->state != FFAV_EC_WAITING &&
	    (t->giver_slot != (uint8_t)caller_slot || t->giver_ec != (uint8_t)my_ec))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_RUN_NOT_GIVER, 1, w1 & 0xFFFF0000u);
	return FFAV_RET_SUCCESS;
}

static int32_t run(const struct model_call *c, uint64_t resp[FFAV_NREGS], struct ffav_diag *diag)
{
	struct ffav_model_ec *me;
	struct ffav_model_ec *t;
	uint16_t my_ec = 0;
	uint16_t t_ec = 0;
	int32_t ret;
	int ts = 0; /* ts, t_ec: set by find_target() whenever it passes */

	ret = check_reserved(c, 0, 2, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = find_target(c, &ts, &t_ec, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = caller_ec(c, &my_ec, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	t = ec_at(c, ts, t_ec);
	me = ec_at(c, c->caller_slot, my_ec);
	ret = check_run_target(c, t, c->caller_slot, my_ec, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	/* A caller may run a waiting context only when it has no callee to resume; a
	 * preempted or yielded target is already its callee. */
	if (me->state != FFAV_EC_RUNNING ||
	    (t->state == FFAV_EC_WAITING && me->callee_slot != FFAV_MODEL_NO_EC))
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CALLER_STATE, 0, 0);

	if (t->state == FFAV_EC_WAITING) {
		t->giver_slot = (uint8_t)c->caller_slot;
		t->giver_ec = (uint8_t)my_ec;
		me->callee_slot = (uint8_t)ts;
		me->callee_ec = (uint8_t)t_ec;
	}
	t->state = FFAV_EC_RUNNING;
	t->yielded = 0;
	me->state = FFAV_EC_BLOCKED;
	cycles_frame(c, resp, c->m->ep[ts].desc.id, t_ec);
	return FFAV_RET_SUCCESS;
}

/* FFA_INTERRUPT is signalled by the framework (DEN0077A v1.3 Table 14.16: no instance where
 * a partition or the Normal world invokes it); a partition invoking it gets DENIED (HF), the
 * Normal world NOT_SUPPORTED (TF-A SPMD). */
static int32_t check_interrupt_caller(const struct model_call *c, struct ffav_diag *diag)
{
	if (c->caller.role == FFAV_ROLE_SP)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_INTERRUPT_CALLER, 0, 0);
	if (c->caller.role != FFAV_ROLE_SPMC && c->caller.role != FFAV_ROLE_SPMD)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_CYCLES_CALLER, 0, 0);
	return FFAV_RET_SUCCESS;
}

static int32_t interrupt(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			 struct ffav_diag *diag)
{
	struct ffav_model_ec *t;
	uint16_t t_ec = 0;
	int32_t ret;
	int ts = 0; /* ts, t_ec: set by find_target() whenever it passes */

	ret = check_interrupt_caller(c, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = check_reserved(c, 0, 3, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = find_target(c, &ts, &t_ec, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	t = ec_at(c, ts, t_ec);
	/* Only a running EC can be preempted (DEN0077A v1.3 Table 14.17 w1). */
	if (t->state != FFAV_EC_RUNNING)
		return ffavi_fail(diag, FFAV_RULE_MODEL_DIRECT_INTERRUPT_NOT_RUNNING, 1,
				  model_w(c, 1) & 0xFFFF0000u);

	return_to_giver(c, t, false);
	t->state = FFAV_EC_PREEMPTED;
	cycles_frame(c, resp, c->m->ep[ts].desc.id, t_ec);
	return FFAV_RET_SUCCESS;
}

int32_t ffavi_model_cycles_step(const struct model_call *c, uint64_t resp[FFAV_NREGS],
				struct ffav_diag *diag)
{
	switch (c->fid & FFAV_FID_NUMBER_MASK) {
	case NUM_MSG_WAIT:
		return msg_wait(c, resp, diag);
	case NUM_YIELD:
		return yield(c, resp, diag);
	case NUM_RUN:
		return run(c, resp, diag);
	case NUM_INTERRUPT:
	default:
		return interrupt(c, resp, diag);
	}
}
