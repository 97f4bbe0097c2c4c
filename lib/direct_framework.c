/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * w2 of FFA_MSG_SEND_DIRECT_REQ and _RESP, SMC32 and SMC64, and the framework messages it
 * selects (DEN0077A v1.3 Tables 15.7, 15.11):
 *
 *   v1.0   reserved, MBZ: w2 == 0 (no framework messages exist yet)
 *   v1.1+  bit 31 = 0: partition message: [30:8] SBZ, [7:0] MBZ
 *          bit 31 = 1: framework message: [30:8] SBZ for types 0x00-0x07 (Tables
 *          18.6-18.13), MBZ for 0x0A-0x0F (Tables 18.40-18.46); [7:0] the type (below)
 *   SMC64  x2[63:32] MBZ (the text types the flags uint32; judged as reserved)
 *
 * The SBZ fields follow FFAV_POLICY_IGNORE_SBZ (and the canonical image clears them,
 * lib/direct.c); the MBZ ones are always judged. Versions of the partition-message label:
 * docs/direct_messaging.md, "Version and reading decisions".
 *
 * Framework messages (w2[31] = 1 in DIRECT_REQ/RESP): the header in w2, the version and
 * width that carry each type, who sends it and to whom (DEN0077A v1.3 chapter 18). The
 * fields of each message: lib/direct_fwk_fields.c.
 *
 * Only framework components originate framework messages (DEN0077A v1.3 chapter 18 names
 * every sender): a guest or a pKVM host that can set w2[31] could otherwise announce "VM
 * destroyed" for another VM. FFAV_POLICY_ENDPOINT_FRAMEWORK lifts the role restriction for
 * endpoints (host, hypervisor, VM, SP), as some test set-ups need.
 */
#include "ffav_direct.h"

#if FFAVI_BUILDS(FFAVI_DIRECT_FAMILIES) /* the build selection: lib/ffav_internal.h */

#define UPPER_HALF 0xFFFFFFFF00000000ull

#define ROLE(r) (1u << (r))
#define NEVER 0xFFu /* not a framework message type */

/* Widths that carry a type: FFA_MSG_SEND_DIRECT_REQ/RESP in SMC32 and/or SMC64. */
#define W32 1u
#define W64 2u
#define BOTH (W32 | W64)

/* One framework message type (DEN0077A v1.3 Tables 18.6-18.13, 18.40-18.46). */
struct fwk_type {
	uint8_t since;	 /* FF-A v1.x minor version that defines it, or NEVER */
	bool request;	 /* a request (DIRECT_REQ), else a response (DIRECT_RESP) */
	uint8_t widths;	 /* W32 and/or W64 */
	bool flags_mbz;	 /* w2[30:8] MBZ (the lifecycle messages), else SBZ */
	uint8_t senders; /* roles that send it */
};

#define REQ(since, widths, mbz, senders)                  \
	{                                                 \
		(since), true, (widths), (mbz), (senders) \
	}
#define RESP(since, widths, mbz, senders)                  \
	{                                                  \
		(since), false, (widths), (mbz), (senders) \
	}
#define UNDEFINED                         \
	{                                 \
		NEVER, false, 0, false, 0 \
	}

#define SPMD ROLE(FFAV_ROLE_SPMD)
#define SPMC ROLE(FFAV_ROLE_SPMC)
#define SP ROLE(FFAV_ROLE_SP)
#define HYPERVISOR ROLE(FFAV_ROLE_HYPERVISOR)
/* Every sender below is one of these, and FFAVI_FWK_SENDER_ROLES names them. */
FFAVI_STATIC_ASSERT(fwk_senders, (SPMD | SPMC | SP | HYPERVISOR) == FFAVI_FWK_SENDER_ROLES);

/*
 * Versions (DEN0077A v1.3 chapter 18 says in which version no type appeared;
 * docs/direct_messaging.md, "Version and reading decisions"): power management and VM
 * availability from v1.1, where framework messages appear (a v1.0 callee treats any w2 as
 * INVALID_PARAMETERS); the FFA_VERSION messages 0x08/0x09, which the text does not define,
 * from v1.1 as well (an SPMD forwards every Normal-world FFA_VERSION call with them, at
 * whatever version it runs, and v1.1 SPMCs answer them); the lifecycle messages (partition
 * stop, live activation) from v1.3.
 *
 * Widths: 0x00-0x07 in either width (Tables 18.6-18.8, 18.10-18.13: "0x8400006F or
 * 0xC400006F", "0x84000070 or 0xC4000070"), at every version they exist in; 0x0A-0x0F SMC64
 * only (Tables 18.40, 18.41, 18.43-18.46); 0x08/0x09 SMC32 only, the one form they are sent
 * in.
 *
 * Senders (the w1 rows of each table): the SPMD and the SPMC send PSCI and warm-boot
 * requests (SPMD to SPMC, SPMC to SP, Tables 18.6, 18.7); the hypervisor announces VM
 * creation and destruction to SPs (18.10, 18.12); the SPMC stops partitions (18.40); EL3
 * logical partitions managed by the SPMD start and finish live activation (18.43, 18.45: the
 * SPMD role with an LSP ID); the SPMD sends the FFA_VERSION request. A response comes from
 * the role that received its request: SPs and the SPMC answer power management (18.8); SPs
 * answer VM availability (18.11, 18.13), and so does an SPMC that is itself the subscribed
 * partition (an S-EL1 SPMC such as a TEE, which the hypervisor addresses by its own ID);
 * SPs answer partition stop (18.41); the SPMC answers the version and live-activation
 * requests (18.44, 18.46).
 */
static const struct fwk_type fwk_types[16] = {
	/* 0x00 PSCI, Table 18.6 */ REQ(1, BOTH, false, SPMD | SPMC),
	/* 0x01 warm boot, Table 18.7 */ REQ(1, BOTH, false, SPMD | SPMC),
	/* 0x02 PM response, Table 18.8 */ RESP(1, BOTH, false, SPMC | SP),
	/* 0x03 */ UNDEFINED,
	/* 0x04 VM created, Table 18.10 */ REQ(1, BOTH, false, HYPERVISOR),
	/* 0x05 VM created response, Table 18.11 */ RESP(1, BOTH, false, SP | SPMC),
	/* 0x06 VM destroyed, Table 18.12 */ REQ(1, BOTH, false, HYPERVISOR),
	/* 0x07 VM destroyed response, Table 18.13 */ RESP(1, BOTH, false, SP | SPMC),
	/* 0x08 FFA_VERSION (not in the text) */ REQ(1, W32, false, SPMD),
	/* 0x09 FFA_VERSION response (not in the text) */ RESP(1, W32, false, SPMC),
	/* 0x0A partition stop, Table 18.40 */ REQ(3, W64, true, SPMC),
	/* 0x0B partition stop response, Table 18.41 */ RESP(3, W64, true, SP),
	/* 0x0C live activation start, Table 18.43 */ REQ(3, W64, true, SPMD),
	/* 0x0D live activation start response, Table 18.44 */ RESP(3, W64, true, SPMC),
	/* 0x0E live activation finish, Table 18.45 */ REQ(3, W64, true, SPMD),
	/* 0x0F live activation finish response, Table 18.46 */ RESP(3, W64, true, SPMC),
};

static const struct fwk_type *fwk_lookup(uint32_t type)
{
	if (type >= sizeof(fwk_types) / sizeof(fwk_types[0]) || fwk_types[type].since == NEVER)
		return NULL;
	return &fwk_types[type];
}

#if FFAVI_FWK_SENDERS_SELECTED /* who may send, and to whom: lib/ffav_direct.h */

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
#endif /* FFAVI_FWK_SENDERS_SELECTED */

/* w2[30:8]: SBZ for 0x00-0x09 and types the text does not define (DEN0077A v1.3 Tables
 * 15.7, 15.11, 18.6-18.13), MBZ for the lifecycle messages (Tables 18.40-18.46). */
static int32_t check_reserved_flags(const struct ffavi_ctx *c, uint32_t flags,
				    const struct fwk_type *t, struct ffav_diag *diag)
{
	uint32_t reserved = flags & FFAVI_DIRECT_FWK_RESERVED;

	if (reserved == 0)
		return FFAV_RET_SUCCESS;
	if (t != NULL && t->flags_mbz)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_FLAGS_MBZ, 2, reserved);
	if (ffavi_policy(c, FFAV_POLICY_IGNORE_SBZ))
		return FFAV_RET_SUCCESS;
	return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_FLAGS_RESERVED, 2, reserved);
}

/* The header: reserved bits, type, version, direction and width. */
static int32_t check_header(const struct ffavi_ctx *c, bool request, uint32_t flags,
			    const struct fwk_type **out, struct ffav_diag *diag)
{
	uint32_t type = flags & FFAVI_DIRECT_FWK_TYPE;
	const struct fwk_type *t = fwk_lookup(type);
	int32_t ret;

	ret = check_reserved_flags(c, flags, t, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	/* DEN0077A v1.3 Tables 18.6-18.13, 18.40-18.46 w2[7:0] */
	if (t == NULL)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_TYPE_UNKNOWN, 2, type);
	/* DEN0077A v1.3 chapter 18: 0x00-0x09 from v1.1, 0x0A-0x0F from v1.3 */
	if ((c->caller->version & 0xFFFFu) < t->since)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_TYPE_TOO_NEW, 2, type);
	/* DEN0077A v1.3 Tables 18.6-18.13, 18.40-18.46 w0: REQ carries requests, RESP responses */
	if (request && !t->request)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_RESPONSE_IN_REQ, 2, type);
	if (!request && t->request)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_REQUEST_IN_RESP, 2, type);
	/* DEN0077A v1.3 Tables 18.6-18.8, 18.10-18.13 (either width), 18.40, 18.41, 18.43-18.46
	 * (SMC64 only) w0[30] */
	if ((t->widths & (c->smc64 ? W64 : W32)) == 0)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_WIDTH, 2, type);
	*out = t;
	return FFAV_RET_SUCCESS;
}

static int32_t refuse_sender(bool request, uint32_t flags, struct ffav_diag *diag)
{
	return ffavi_fail(diag,
			  request ? FFAV_RULE_DIRECT_FWK_REQ_ROLE : FFAV_RULE_DIRECT_FWK_RESP_ROLE,
			  2, flags & (FFAVI_DIRECT_FWK_BIT | FFAVI_DIRECT_FWK_TYPE));
}

#if FFAVI_FWK_SENDERS_SELECTED

static int32_t check_role(const struct ffavi_ctx *c, bool request, const struct fwk_type *t,
			  uint32_t flags, struct ffav_diag *diag)
{
	/* t is set: check_header() fills it whenever it passes, and ffavi_fail() never answers
	 * SUCCESS for a defined rule (what the analyser cannot see across files). */
	/* Senders: the w1 rows of DEN0077A v1.3 Tables 18.6-18.13, 18.40-18.46. */
	/* NOLINTNEXTLINE(clang-analyzer-core.NullDereference) */
	if ((t->senders & ROLE(ffavi_role(c))) != 0 || endpoint_waiver(c))
		return FFAV_RET_SUCCESS;
	return refuse_sender(request, flags, diag);
}

/* A framework request speaks for the component itself (DEN0077A v1.3 Tables 18.6, 18.7,
 * 18.10, 18.12, 18.43, 18.45 w1[31:16]): the generic sender rule lets a hypervisor name its
 * VMs and the SPMD its logical partitions, but VM availability comes from the hypervisor's
 * own ID ("Hypervisor ID", 0), power management and version from the SPMD itself ("SPMD
 * ID"), live activation from an EL3 logical partition managed by the SPMD ("EL3 LSP ID").
 * Other roles can only name themselves already. */
static int32_t check_sender_id(const struct ffavi_ctx *c, uint32_t type, struct ffav_diag *diag)
{
	uint16_t sender = ffavi_direct_sender(c);
	bool ok;

	if (endpoint_waiver(c))
		return FFAV_RET_SUCCESS;
	switch (ffavi_role(c)) {
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

/* VM availability goes to SPs, which subscribe to it (DEN0077A v1.3 Tables 18.10, 18.12
 * w1[15:0] "SP ID"; §18.3.2.2: never between VMs or from a VM); never into the Normal
 * world. */
static int32_t check_receiver(const struct ffavi_ctx *c, uint32_t type, struct ffav_diag *diag)
{
	bool vm_availability =
		type == FFAVI_FWK_VM_CREATED_REQ || type == FFAVI_FWK_VM_DESTROYED_REQ;

	if (vm_availability && !ffavi_id_is_secure(ffavi_direct_receiver(c)))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FWK_RECEIVER, 1, c->regs[1] & 0xFFFFull);
	return FFAV_RET_SUCCESS;
}
#endif /* FFAVI_FWK_SENDERS_SELECTED */

static int32_t check_framework(const struct ffavi_ctx *c, bool request, uint32_t flags,
			       struct ffav_diag *diag)
{
	const struct fwk_type *t = NULL;
	int32_t ret;

	ret = check_header(c, request, flags, &t, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
#if FFAVI_FWK_SENDERS_SELECTED
	ret = check_role(c, request, t, flags, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	if (request) {
		ret = check_sender_id(c, flags & FFAVI_DIRECT_FWK_TYPE, diag);
		if (ret != FFAV_RET_SUCCESS)
			return ret;
		ret = check_receiver(c, flags & FFAVI_DIRECT_FWK_TYPE, diag);
		if (ret != FFAV_RET_SUCCESS)
			return ret;
	}
	return ffavi_direct_check_fwk_fields(c, flags & FFAVI_DIRECT_FWK_TYPE, diag);
#else
	/* No role of the build selection sends a framework message (lib/ffav_direct.h): who
	 * may send it refuses this one, and nothing else of it is built. */
	(void)c;
	(void)t;
	return refuse_sender(request, flags, diag);
#endif
}

/* ---- w2 of DIRECT_REQ/RESP ------------------------------------------------ */

int32_t ffavi_direct_check_flags(const struct ffavi_ctx *c, bool request, struct ffav_diag *diag)
{
	uint32_t w2 = ffavi_w(c, 2);

	/* DEN0077A v1.3 Tables 15.7, 15.11: the flags are uint32; x2[63:32] judged reserved. */
	if (c->smc64 && (c->regs[2] & UPPER_HALF) != 0)
		return ffavi_fail(diag, FFAV_RULE_DIRECT_FLAGS_UPPER, 2, c->regs[2] & UPPER_HALF);
	if (!ffavi_version_ge(c, 1, 1)) {
		/* DEN0077A v1.0: w2 reserved, MBZ */
		if (w2 != 0)
			return ffavi_fail(diag, FFAV_RULE_DIRECT_FLAGS_V10, 2, w2);
		return FFAV_RET_SUCCESS;
	}
	if ((w2 & FFAVI_DIRECT_FWK_BIT) == 0) {
		/* Partition message (DEN0077A v1.3 Tables 15.7, 15.11): w2[7:0] MBZ, w2[30:8]
		 * SBZ, from v1.1. */
		if ((w2 & FFAVI_DIRECT_FWK_TYPE) != 0)
			return ffavi_fail(diag, FFAV_RULE_DIRECT_PARTITION_FLAGS, 2,
					  w2 & FFAVI_DIRECT_FWK_TYPE);
		if ((w2 & FFAVI_DIRECT_FWK_RESERVED) != 0 &&
		    !ffavi_policy(c, FFAV_POLICY_IGNORE_SBZ))
			return ffavi_fail(diag, FFAV_RULE_DIRECT_PARTITION_FLAGS_SBZ, 2,
					  w2 & FFAVI_DIRECT_FWK_RESERVED);
		return FFAV_RET_SUCCESS;
	}
	return check_framework(c, request, w2, diag);
}

#endif /* FFAVI_BUILDS(FFAVI_DIRECT_FAMILIES) */
