/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * w2 of FFA_MSG_SEND_DIRECT_REQ and _RESP, SMC32 and SMC64, and the framework messages it
 * selects (spec/direct_messaging.md §5.1,
 * §6.1, §15 step 4):
 *
 *   v1.0   reserved, MBZ: w2 == 0 (no framework messages exist yet, §8.1)
 *   v1.1+  bit 31 = 0: partition message, w2 == 0 exactly
 *          bit 31 = 1: framework message, [30:8] MBZ, [7:0] type (below)
 *   SMC64  x2[63:32] reserved, MBZ (TF-A EL3 SPMC compares the whole x2; HF for partition
 *          messages)
 *
 * §14 item 2: the ACS skips the request's w2 check from v1.2, with no rationale recorded;
 * HF (v1.2 Table 16.6), TF-A EL3 SPMC and OP-TEE enforce it. Reading followed: MBZ, at
 * every version, for requests and responses alike.
 *
 * Framework messages (w2[31] = 1 in DIRECT_REQ/RESP): the header in w2, the version and
 * width that carry each type, who sends it and to whom (spec/direct_messaging.md §8, §12,
 * §13; spec/peers.md §5.6, R39, R40). The fields of each message: lib/direct_fwk_fields.c.
 *
 * Only framework components originate framework messages (§8.1, §14 item 11): a guest or a
 * pKVM host that can set w2[31] could otherwise announce "VM destroyed" for another VM
 * (peers.md §5.6; HF, OP-TEE's core path, Xen and merged pKVM do not filter it; pKVM v6
 * and OP-TEE's SP path do). FFAV_POLICY_ENDPOINT_FRAMEWORK lifts the role restriction for
 * endpoints (host, hypervisor, VM, SP), as HF's test set-up needs.
 */
#include "ffav_direct.h"

#define UPPER_HALF 0xFFFFFFFF00000000ull

#define ROLE(r) (1u << (r))
#define NEVER 0xFFu /* not a framework message type */

/* One framework message type (§8.2, §13). */
struct fwk_type {
	uint8_t since;	 /* FF-A v1.x minor version that defines it, or NEVER */
	bool request;	 /* a request (DIRECT_REQ), else a response (DIRECT_RESP) */
	bool smc64;	 /* also carried by the SMC64 form */
	uint8_t senders; /* roles that send it */
};

#define REQ(since, smc64, senders)                \
	{                                         \
		(since), true, (smc64), (senders) \
	}
#define RESP(since, smc64, senders)                \
	{                                          \
		(since), false, (smc64), (senders) \
	}
#define UNDEFINED                      \
	{                              \
		NEVER, false, false, 0 \
	}

#define SPMD ROLE(FFAV_ROLE_SPMD)
#define SPMC ROLE(FFAV_ROLE_SPMC)
#define SP ROLE(FFAV_ROLE_SP)
#define HYPERVISOR ROLE(FFAV_ROLE_HYPERVISOR)

/*
 * Versions (§13): PSCI and VM availability from v1.1 (the framework-message chapter
 * appears with v1.1; a v1.0 callee treats any w2 as INVALID_PARAMETERS), the FFA_VERSION
 * messages from v1.2 (TF-A, arm-ffa, OP-TEE), the v1.3 lifecycle messages (partition stop,
 * live activation: HF, TF-A) from v1.3.
 *
 * Widths (§8.2): arm-ffa decodes only the PSCI request from DIRECT_REQ_64 (its 64-bit PSCI
 * arguments need it) and every other type only from the SMC32 form; TF-A and HF send them
 * all as SMC32. Followed, with one difference: the power-management response is accepted on
 * DIRECT_RESP_64, since v1.3 pairs the response's width with the request's (§13) and a
 * PSCI request made on DIRECT_REQ_64 could not be answered otherwise (arm-ffa rejects every
 * framework response on RESP_64).
 *
 * Senders (§8.2-§8.6): the SPMD and the SPMC send PSCI and warm-boot requests (SPMD to
 * SPMC, SPMC to SP: TF-A's EL3 SPMC sends both); only the SPMD sends the FFA_VERSION request
 * (to the SPMC, §8.6); the hypervisor announces VM creation and destruction to SPs; the
 * SPMC stops partitions; SPMD logical partitions start and finish live activation. A
 * response comes from the role that received its request: SPs and the SPMC answer power
 * management, SPs answer VM availability and partition stop, the SPMC answers the version
 * and live-activation requests.
 */
static const struct fwk_type fwk_types[16] = {
	/* 0x00 PSCI */ REQ(1, true, SPMD | SPMC),
	/* 0x01 warm boot */ REQ(1, false, SPMD | SPMC),
	/* 0x02 PM response */ RESP(1, true, SPMC | SP),
	/* 0x03 */ UNDEFINED,
	/* 0x04 VM created */ REQ(1, false, HYPERVISOR),
	/* 0x05 VM created response */ RESP(1, false, SP),
	/* 0x06 VM destroyed */ REQ(1, false, HYPERVISOR),
	/* 0x07 VM destroyed response */ RESP(1, false, SP),
	/* 0x08 FFA_VERSION */ REQ(2, false, SPMD),
	/* 0x09 FFA_VERSION response */ RESP(2, false, SPMC),
	/* 0x0A partition stop */ REQ(3, false, SPMC),
	/* 0x0B partition stop response */ RESP(3, false, SP),
	/* 0x0C live activation start */ REQ(3, false, SPMD),
	/* 0x0D live activation start response */ RESP(3, false, SPMC),
	/* 0x0E live activation finish */ REQ(3, false, SPMD),
	/* 0x0F live activation finish response */ RESP(3, false, SPMC),
};

static const struct fwk_type *fwk_lookup(uint32_t type)
{
	if (type >= sizeof(fwk_types) / sizeof(fwk_types[0]) || fwk_types[type].since == NEVER)
		return NULL;
	return &fwk_types[type];
}

static bool is_live_activation(uint32_t type)
{
	return type >= FFAVI_FWK_LA_START_REQ && type <= FFAVI_FWK_LA_FINISH_RESP;
}

/* FFAV_POLICY_ENDPOINT_FRAMEWORK: endpoints may send any framework message. */
static bool endpoint_waiver(const struct ffavi_ctx *c)
{
	return ffavi_policy(c, FFAV_POLICY_ENDPOINT_FRAMEWORK) &&
	       !ffavi_role_is(c, FFAV_ROLE_SPMC) && !ffavi_role_is(c, FFAV_ROLE_SPMD);
}

/* The header: reserved bits, type, version, direction and width. */
static int32_t check_header(const struct ffavi_ctx *c, bool request, uint32_t flags,
			    const struct fwk_type **out, struct ffav_diag *diag)
{
	uint32_t type = flags & FFAVI_DIRECT_FWK_TYPE;
	const struct fwk_type *t;

	if ((flags & FFAVI_DIRECT_FWK_RESERVED) != 0)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_FLAGS_RESERVED, 2,
				  flags & FFAVI_DIRECT_FWK_RESERVED);
	t = fwk_lookup(type);
	if (t == NULL)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_TYPE_UNKNOWN, 2, type);
	if ((c->caller->version & 0xFFFFu) < t->since)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_TYPE_TOO_NEW, 2, type);
	if (request && !t->request)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_RESPONSE_IN_REQ, 2, type);
	if (!request && t->request)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_REQUEST_IN_RESP, 2, type);
	if (c->smc64 && !t->smc64)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_WIDTH, 2, type);
	*out = t;
	return FFAV_RET_SUCCESS;
}

static int32_t check_role(const struct ffavi_ctx *c, bool request, const struct fwk_type *t,
			  uint32_t flags, struct ffav_diag *diag)
{
	uint32_t bits = flags & (FFAVI_DIRECT_FWK_BIT | FFAVI_DIRECT_FWK_TYPE);

	/* t is set: check_header() fills it whenever it passes, and ffavi_fail() never answers
	 * SUCCESS for a defined rule (what the analyser cannot see across files). */
	/* NOLINTNEXTLINE(clang-analyzer-core.NullDereference) */
	if ((t->senders & ROLE(c->caller->role)) != 0 || endpoint_waiver(c))
		return FFAV_RET_SUCCESS;
	return ffavi_fail(diag,
			  request ? FFAV_RULE_DIRECT_FWK_REQ_ROLE : FFAV_RULE_DIRECT_FWK_RESP_ROLE,
			  2, bits);
}

/* A framework request speaks for the component itself: the generic sender rule lets a
 * hypervisor name its VMs and the SPMD its logical partitions, but VM availability comes
 * from the hypervisor's own ID (0; OP-TEE's SP path requires exactly that), power
 * management and version from the SPMD itself (HF: sender 0xFFFF), live activation from a
 * logical partition (HF, TF-A). Other roles can only name themselves already. */
static int32_t check_sender_id(const struct ffavi_ctx *c, uint32_t type, struct ffav_diag *diag)
{
	uint16_t sender = ffavi_direct_sender(c);
	bool ok;

	if (endpoint_waiver(c))
		return FFAV_RET_SUCCESS;
	switch (c->caller->role) {
	case FFAV_ROLE_HYPERVISOR:
		ok = sender == c->caller->id;
		break;
	case FFAV_ROLE_SPMD:
		ok = is_live_activation(type) == ffavi_id_is_spmd_lp(sender);
		break;
	case FFAV_ROLE_HOST:
	case FFAV_ROLE_VM:
	case FFAV_ROLE_SP:
	case FFAV_ROLE_SPMC:
	default:
		ok = true;
		break;
	}
	if (ok)
		return FFAV_RET_SUCCESS;
	return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_SENDER_ID, 1, c->regs[1] & 0xFFFF0000ull);
}

/* VM availability goes to SPs, which subscribe to it (§8.4); never into the Normal world. */
static int32_t check_receiver(const struct ffavi_ctx *c, uint32_t type, struct ffav_diag *diag)
{
	bool vm_availability =
		type == FFAVI_FWK_VM_CREATED_REQ || type == FFAVI_FWK_VM_DESTROYED_REQ;

	if (vm_availability && !ffavi_id_is_secure(ffavi_direct_receiver(c)))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_RECEIVER, 1, c->regs[1] & 0xFFFFull);
	return FFAV_RET_SUCCESS;
}

static int32_t check_framework(const struct ffavi_ctx *c, bool request, uint32_t flags,
			       struct ffav_diag *diag)
{
	uint32_t type = flags & FFAVI_DIRECT_FWK_TYPE;
	const struct fwk_type *t = NULL;
	int32_t ret;

	ret = check_header(c, request, flags, &t, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = check_role(c, request, t, flags, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	if (request) {
		ret = check_sender_id(c, type, diag);
		if (ret != FFAV_RET_SUCCESS)
			return ret;
		ret = check_receiver(c, type, diag);
		if (ret != FFAV_RET_SUCCESS)
			return ret;
	}
	return ffavi_direct_check_fwk_fields(c, type, diag);
}

/* ---- w2 of DIRECT_REQ/RESP ------------------------------------------------ */

int32_t ffavi_direct_check_flags(const struct ffavi_ctx *c, bool request, struct ffav_diag *diag)
{
	uint32_t w2 = ffavi_w(c, 2);

	if (c->smc64 && (c->regs[2] & UPPER_HALF) != 0)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FLAGS_UPPER, 2, c->regs[2] & UPPER_HALF);
	if (!ffavi_version_ge(c, 1, 1)) {
		if (w2 != 0)
			return ffavi_fail(diag, FFAV_RULE_DIRECT_FLAGS_V10, 2, w2);
		return FFAV_RET_SUCCESS;
	}
	if ((w2 & FFAVI_DIRECT_FWK_BIT) == 0) {
		if (w2 != 0)
			return ffavi_fail(diag, FFAV_RULE_DIRECT_PARTITION_FLAGS, 2, w2);
		return FFAV_RET_SUCCESS;
	}
	return check_framework(c, request, w2, diag);
}
