/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The public entry points of the stateless check: ffav_check(), the per-ABI entry points
 * and ffav_abi_params(); the calling-convention layer (ffavi_parse_call()) and the dispatch
 * to one function per ABI.
 *
 * Order (docs/notifications.md §3, docs/direct_messaging.md): the caller description, the function
 * ID (NOT_SUPPORTED), who may invoke the ABI at all (NOT_SUPPORTED), SMC32 upper halves and unused
 * registers (INVALID_PARAMETERS), then the ABI's own fields.
 */
#include "ffav_internal.h"

#define ROLE(r) (1u << (r))
#define NWD_ENDPOINTS (ROLE(FFAV_ROLE_HOST) | ROLE(FFAV_ROLE_HYPERVISOR) | ROLE(FFAV_ROLE_VM))
#define ENDPOINTS (NWD_ENDPOINTS | ROLE(FFAV_ROLE_SP))
#define PARTITION_MANAGERS (ROLE(FFAV_ROLE_SPMC) | ROLE(FFAV_ROLE_SPMD))

#define NS_PHYSICAL (ROLE(FFAV_ROLE_HOST) | ROLE(FFAV_ROLE_HYPERVISOR))
#define RESPONDERS (ROLE(FFAV_ROLE_VM) | ROLE(FFAV_ROLE_SP) | PARTITION_MANAGERS)

/* Who may invoke each ABI at all, its last parameter register, and the rules for the caller
 * and for the unused registers above the parameters. Roles: the instances-and-conduits table
 * of each ABI, DEN0077A v1.3 Tables 16.2, 16.7, 16.11, 16.15, 16.19, 16.23, 16.28, 16.32, 16.36,
 * 16.40, 16.45 and 15.6, 15.10, 15.14, 15.18; which
 * role sits at which instance: enum ffav_role (include/ffa_validate.h). */
const struct ffavi_abi_entry ffavi_abi_table[FFAV_ABI_COUNT] = {
	/* From v1.3 w3 is the notification count, w3[8:0], and w3[31:9] SBZ (DEN0077A v1.3
	 * Table 16.3; lib/notif_bitmap.c); below v1.3 w3 is reserved. */
	[FFAV_ABI_NOTIFICATION_BITMAP_CREATE] = { NS_PHYSICAL,
						  { 2, 3 },
						  FFAV_RULE_NOTIF_CREATE_CALLER,
						  FFAV_RULE_NOTIF_CREATE_SBZ },
	[FFAV_ABI_NOTIFICATION_BITMAP_DESTROY] = { NS_PHYSICAL,
						   { 1, 1 },
						   FFAV_RULE_NOTIF_DESTROY_CALLER,
						   FFAV_RULE_NOTIF_DESTROY_SBZ },
	[FFAV_ABI_NOTIFICATION_BIND] = { ENDPOINTS,
					 { 4, 4 },
					 FFAV_RULE_NOTIF_BIND_CALLER,
					 FFAV_RULE_NOTIF_BIND_SBZ },
	[FFAV_ABI_NOTIFICATION_UNBIND] = { ENDPOINTS,
					   { 4, 4 },
					   FFAV_RULE_NOTIF_UNBIND_CALLER,
					   FFAV_RULE_NOTIF_UNBIND_SBZ },
	[FFAV_ABI_NOTIFICATION_SET] = { ENDPOINTS,
					{ 4, 4 },
					FFAV_RULE_NOTIF_SET_CALLER,
					FFAV_RULE_NOTIF_SET_SBZ },
	[FFAV_ABI_NOTIFICATION_GET] = { ENDPOINTS,
					{ 2, 2 },
					FFAV_RULE_NOTIF_GET_CALLER,
					FFAV_RULE_NOTIF_GET_SBZ },
	[FFAV_ABI_NOTIFICATION_INFO_GET] = { NWD_ENDPOINTS,
					     { 0, 0 },
					     FFAV_RULE_NOTIF_INFO_GET_CALLER,
					     FFAV_RULE_NOTIF_INFO_GET_SBZ },
	/* REQ at all four instances (DEN0077A v1.3 Table 15.6). v1.3 extends the SMC64 payload
	 * to x17 (DEN0077A v1.3 Tables 15.7, 15.11; x8-x17 reserved at v1.2, DEN0077A v1.2
	 * §15.2); the SMC32 forms stop at w7 (last_arg()). */
	[FFAV_ABI_MSG_SEND_DIRECT_REQ] = { ENDPOINTS | PARTITION_MANAGERS,
					   { 7, 17 },
					   0 /* every role may send it */,
					   FFAV_RULE_DIRECT_REQ_SBZ },
	/* Responses: every instance but Non-secure physical, which has only the ERET row
	 * (DEN0077A v1.3 Tables 15.10, 15.18): VMs at NS virt, SPs, the SPMC and the SPMD. */
	[FFAV_ABI_MSG_SEND_DIRECT_RESP] = { RESPONDERS,
					    { 7, 17 },
					    FFAV_RULE_DIRECT_RESP_CALLER,
					    FFAV_RULE_DIRECT_RESP_SBZ },
	/* REQ2 at all four instances (DEN0077A v1.3 Table 15.14), the SPMD and the SPMC
	 * included (Secure physical SMC and ERET rows). */
	[FFAV_ABI_MSG_SEND_DIRECT_REQ2] = { ENDPOINTS | PARTITION_MANAGERS,
					    { 17, 17 },
					    0 /* every role may send it */,
					    0 },
	[FFAV_ABI_MSG_SEND_DIRECT_RESP2] = { RESPONDERS,
					     { 17, 17 },
					     FFAV_RULE_DIRECT_RESP2_CALLER,
					     0 },
	/* The v1.3 extended notifications, SMC64 only (DEN0077A v1.3 Tables 16.28, 16.32, 16.36,
	 * 16.40: the same instances as BIND, UNBIND, SET, GET). The bitmap ends at x8, x9-x17
	 * are reserved SBZ (Tables 16.29, 16.33, 16.37); GET2's masks end at x16, x17 SBZ
	 * (Table 16.41). Below v1.3 decode_fid() refuses them. */
	[FFAV_ABI_NOTIFICATION_BIND2] = { ENDPOINTS,
					  { 8, 8 },
					  FFAV_RULE_NOTIF_BIND2_CALLER,
					  FFAV_RULE_NOTIF_BIND2_SBZ },
	[FFAV_ABI_NOTIFICATION_UNBIND2] = { ENDPOINTS,
					    { 8, 8 },
					    FFAV_RULE_NOTIF_UNBIND2_CALLER,
					    FFAV_RULE_NOTIF_UNBIND2_SBZ },
	[FFAV_ABI_NOTIFICATION_SET2] = { ENDPOINTS,
					 { 8, 8 },
					 FFAV_RULE_NOTIF_SET2_CALLER,
					 FFAV_RULE_NOTIF_SET2_SBZ },
	[FFAV_ABI_NOTIFICATION_GET2] = { ENDPOINTS,
					 { 16, 16 },
					 FFAV_RULE_NOTIF_GET2_CALLER,
					 FFAV_RULE_NOTIF_GET2_SBZ },
	/* FFA_FEATURES (DEN0077A v1.3 Tables 13.11, 13.12): every endpoint, and the SPMC at the
	 * Secure physical instance (SMC to the SPMD); w1, w2 parameters, w3-w7 SBZ. */
	[FFAV_ABI_FEATURES] = { ENDPOINTS | ROLE(FFAV_ROLE_SPMC),
				{ 2, 2 },
				FFAV_RULE_FEATURES_CALLER,
				FFAV_RULE_FEATURES_SBZ },
};

/* The last parameter register of the call's ABI at the caller's version (abi_table). An SMC32
 * call has none above w7 (DEN0028 §2.6): DIRECT_REQ/RESP_32 stay at w7 from v1.3. */
static unsigned int last_arg(const struct ffavi_ctx *c)
{
	unsigned int last = ffavi_abi_table[c->abi].last_arg[ffavi_version_ge(c, 1, 3) ? 1 : 0];

	if (!c->smc64 && last > 7u)
		return 7u;
	return last;
}

unsigned int ffavi_last_arg(const struct ffavi_ctx *c)
{
	return last_arg(c);
}

bool ffav_abi_params(uint32_t version, uint64_t x0, struct ffav_abi_layout *out)
{
	/* Only the version matters to last_arg() and ffavi_window_end(). */
	struct ffav_caller caller = { .version = version };
	struct ffavi_ctx c = { .caller = &caller, .fid = (uint32_t)x0 & ~FFAV_FID_SVE_HINT };

	c.abi = ffav_abi_of(x0);
	c.smc64 = (c.fid & FFAV_FID_SMC64) != 0;
	out->abi = c.abi;
	out->smc64 = c.smc64;
	out->last_arg = 0;
	out->window_end = 0;
	if (c.abi == FFAV_ABI_NONE)
		return false;
	out->last_arg = (uint8_t)last_arg(&c);
	out->window_end = (uint8_t)ffavi_window_end(&c);
	return true;
}

/* Which caller IDs each role may have (DEN0077A v1.3 Tables 15.7, 15.11 w1; ID bit 15:
 * DEN0077A v1.2 §6.1): host and hypervisor are ID 0, a
 * VM a non-zero Normal-world ID; SP, SPMC and SPMD IDs have bit 15 set. */
#define ID_ZERO (1u << 0)
#define ID_NWD (1u << 1)
#define ID_SECURE (1u << 2)

static const uint8_t role_ids[] = {
	[FFAV_ROLE_HOST] = ID_ZERO, [FFAV_ROLE_HYPERVISOR] = ID_ZERO, [FFAV_ROLE_VM] = ID_NWD,
	[FFAV_ROLE_SP] = ID_SECURE, [FFAV_ROLE_SPMC] = ID_SECURE,     [FFAV_ROLE_SPMD] = ID_SECURE,
};

#define ROLE_COUNT (sizeof(role_ids) / sizeof(role_ids[0]))

/* The numeric role bits are those of enum ffav_role. */
FFAVI_STATIC_ASSERT(role_bits,
		    FFAV_ROLE_BIT_HOST == FFAV_ROLE_BIT(FFAV_ROLE_HOST) &&
			    FFAV_ROLE_BIT_HYPERVISOR == FFAV_ROLE_BIT(FFAV_ROLE_HYPERVISOR) &&
			    FFAV_ROLE_BIT_VM == FFAV_ROLE_BIT(FFAV_ROLE_VM) &&
			    FFAV_ROLE_BIT_SP == FFAV_ROLE_BIT(FFAV_ROLE_SP) &&
			    FFAV_ROLE_BIT_SPMC == FFAV_ROLE_BIT(FFAV_ROLE_SPMC) &&
			    FFAV_ROLE_BIT_SPMD == FFAV_ROLE_BIT(FFAV_ROLE_SPMD) &&
			    FFAV_ROLES_ALL == (1u << ROLE_COUNT) - 1u);

static uint32_t id_kind(uint16_t id)
{
	if (ffavi_id_is_secure(id))
		return ID_SECURE;
	return id == 0 ? ID_ZERO : ID_NWD;
}

/* The caller description must make sense before anything is judged on it, and be inside the
 * build selection. */
static inline int32_t check_caller(const struct ffav_caller *caller, struct ffav_diag *diag)
{
	uint32_t role = (uint32_t)caller->role;

	/* docs/design.md §3 ffav_caller.role */
	if (role >= ROLE_COUNT)
		return ffavi_fail(diag, FFAV_RULE_CC_CALLER_ROLE, 0, 0);
	/* DEN0077A v1.3 Tables 15.7, 15.11 w1 (endpoint IDs); DEN0077A v1.2 §6.1 ID bit 15 */
	if ((role_ids[role] & id_kind(caller->id)) == 0)
		return ffavi_fail(diag, FFAV_RULE_CC_CALLER_ID, 0, 0);
	/* DEN0077A v1.3 §13.2.1 FFA_VERSION number */
	if (caller->version < FFAV_VERSION_MIN || caller->version > FFAV_VERSION_MAX)
		return ffavi_fail(diag, FFAV_RULE_CC_CALLER_VERSION, 0, 0);
	/* docs/design.md §3 FFAV_POLICY_* */
	if ((caller->policy & ~FFAV_POLICY_ALL) != 0)
		return ffavi_fail(diag, FFAV_RULE_CC_CALLER_POLICY, 0, 0);
	/* DEN0077A v1.3 Table 13.14 ID 4: 0 <= i <= 320 in both counts. */
	if (((caller->policy & FFAV_POLICY_NOTIF_EXTRA_SP_MASK) >>
	     FFAV_POLICY_NOTIF_EXTRA_SP_SHIFT) > FFAV_NOTIF_EXTRA_MAX ||
	    ((caller->policy & FFAV_POLICY_NOTIF_EXTRA_VM_MASK) >>
	     FFAV_POLICY_NOTIF_EXTRA_VM_SHIFT) > FFAV_NOTIF_EXTRA_MAX)
		return ffavi_fail(diag, FFAV_RULE_CC_CALLER_NOTIF_COUNT, 0, 0);
	/* docs/porting.md build selection: the field checks take these two as facts */
	if (!FFAVI_SELECTS_ALL_ROLES && !FFAVI_ROLE_SELECTED(role))
		return ffavi_fail(diag, FFAV_RULE_CC_ROLE_NOT_SELECTED, 0, 0);
	if (!FFAVI_SELECTS_ALL_VERSIONS && caller->version > FFAV_SELECT_VERSION_MAX)
		return ffavi_fail(diag, FFAV_RULE_CC_VERSION_NOT_SELECTED, 0, 0);
	if (!FFAVI_SELECTS_ALL_POLICIES && (caller->policy & ~(uint32_t)FFAV_SELECT_POLICIES) != 0)
		return ffavi_fail(diag, FFAV_RULE_CC_POLICY_NOT_SELECTED, 0, 0);
	return FFAV_RET_SUCCESS;
}

/* SMC32: the SMCCC makes only w1..w7 meaningful; their upper halves are ignored unless the
 * port asks for them to be rejected (DEN0028 §2.6; FFAV_POLICY_REJECT_UPPER_HALVES). FFA_FEATURES
 * and FFA_NOTIFICATION_INFO_GET return no INVALID_PARAMETERS (DEN0077A v1.3 §13.3, Table
 * 16.48): their refusal is NOT_SUPPORTED (CC_UPPER_HALF_NOT_SUPPORTED). */
static inline int32_t check_upper_halves(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint32_t rule = c->abi == FFAV_ABI_FEATURES || c->abi == FFAV_ABI_NOTIFICATION_INFO_GET
				? FFAV_RULE_CC_UPPER_HALF_NOT_SUPPORTED
				: FFAV_RULE_CC_UPPER_HALF;
	unsigned int n;

	if (c->smc64 || !ffavi_policy(c, FFAV_POLICY_REJECT_UPPER_HALVES))
		return FFAV_RET_SUCCESS;
	for (n = 1; n <= 7; n++) {
		uint64_t upper = c->regs[n] & 0xFFFFFFFF00000000ull;

		/* DEN0028 SMCCC §2.6 SMC32 x1-x7[63:32] */
		if (upper != 0)
			return ffavi_fail(diag, rule, n, upper);
	}
	return FFAV_RET_SUCCESS;
}

/* The function ID is a covered ABI that exists in this width at the caller's version: one
 * test of the ID's form (fast call, Standard Secure Service owner, no reserved bit), one
 * table entry (lib/fid.c) and its version range. FFAVI_FID_NEVER is above every minor
 * version, so a width the function does not have fails the "since" test. Fills c->fid,
 * c->abi and c->smc64; any refusal is explained by ffavi_fid_reject(). */
static int32_t decode_fid(uint32_t minor, uint64_t x0, struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint32_t w0 = (uint32_t)x0;
	uint32_t fid = w0 & ~FFAV_FID_SVE_HINT;
	const struct ffavi_fid_entry *e = ffavi_fid_lookup(fid);

	c->fid = fid;
	c->smc64 = (fid & FFAV_FID_SMC64) != 0;
	if (!ffavi_fid_well_formed(fid) || !ffavi_fid_exists_at(e, fid, minor) ||
	    e->abi == FFAV_ABI_NONE) {
		/* c stays defined for the analysers, which do not see that a refusal is never
		 * SUCCESS. */
		c->abi = FFAV_ABI_NONE;
		return ffavi_fid_reject(minor, w0, diag);
	}
	c->abi = (enum ffav_abi)e->abi;
	return FFAV_RET_SUCCESS;
}

/* For the prepared path (lib/prepared.c); ffav_check() keeps the static ones inline. */
int32_t ffavi_check_caller(const struct ffav_caller *caller, struct ffav_diag *diag)
{
	return check_caller(caller, diag);
}

int32_t ffavi_check_upper_halves(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return check_upper_halves(c, diag);
}

int32_t ffavi_parse_call(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
			 enum ffav_abi want, struct ffavi_ctx *c, struct ffav_diag *diag)
{
	const struct ffavi_abi_entry *a;
	int32_t ret;

	/* docs/design.md §3 ffav_check() */
	if (caller == NULL || regs == NULL)
		return ffavi_fail(diag, FFAV_RULE_CC_NULL_ARGUMENT, 0, 0);
	ret = check_caller(caller, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	c->caller = caller;
	c->regs = regs;
	ret = decode_fid(caller->version & 0xFFFFu, regs[0], c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	/* docs/porting.md build selection */
	if (!FFAVI_SELECTS_ALL_ABIS && !FFAVI_ABI_SELECTED(c->abi))
		return ffavi_fail(diag, FFAV_RULE_CC_ABI_NOT_SELECTED, 0, 0);
	/* docs/design.md §3 per-ABI entry points */
	if (want != FFAV_ABI_NONE && c->abi != want)
		return ffavi_fail(diag, FFAV_RULE_CC_ABI_MISMATCH, 0, 0);

	a = &ffavi_abi_table[c->abi];
	/* The instances-and-conduits table of the ABI (e.g. DEN0077A v1.3 Tables 15.10, 15.18) */
	if ((a->roles & ROLE(ffavi_role(c))) == 0)
		return ffavi_fail(diag, a->caller_rule, 0, 0);
	ret = check_upper_halves(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	if (a->sbz_rule != 0)
		return ffavi_check_unused_from(c, last_arg(c) + 1, a->sbz_rule, diag);
	return FFAV_RET_SUCCESS;
}

/* Each ABI's field checks. An ABI outside the build selection is refused before (its function
 * is then not referenced, and a kit may leave its file out); the last line names the rule all
 * the same. */
#define FIELDS(abi, fn)                      \
	case abi:                            \
		if (FFAVI_ABI_SELECTED(abi)) \
			return fn(c, diag);  \
		break;

static int32_t check_fields(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	switch (c->abi) {
		FIELDS(FFAV_ABI_NOTIFICATION_BITMAP_CREATE, ffavi_notif_bitmap_create)
		FIELDS(FFAV_ABI_NOTIFICATION_BITMAP_DESTROY, ffavi_notif_bitmap_destroy)
		FIELDS(FFAV_ABI_NOTIFICATION_BIND, ffavi_notif_bind)
		FIELDS(FFAV_ABI_NOTIFICATION_UNBIND, ffavi_notif_unbind)
		FIELDS(FFAV_ABI_NOTIFICATION_SET, ffavi_notif_set)
		FIELDS(FFAV_ABI_NOTIFICATION_GET, ffavi_notif_get)
		FIELDS(FFAV_ABI_NOTIFICATION_INFO_GET, ffavi_notif_info_get)
		FIELDS(FFAV_ABI_MSG_SEND_DIRECT_REQ, ffavi_direct_req)
		FIELDS(FFAV_ABI_MSG_SEND_DIRECT_RESP, ffavi_direct_resp)
		FIELDS(FFAV_ABI_MSG_SEND_DIRECT_REQ2, ffavi_direct_req2)
		FIELDS(FFAV_ABI_NOTIFICATION_BIND2, ffavi_notif_bind2)
		FIELDS(FFAV_ABI_NOTIFICATION_UNBIND2, ffavi_notif_unbind2)
		FIELDS(FFAV_ABI_NOTIFICATION_SET2, ffavi_notif_set2)
		FIELDS(FFAV_ABI_NOTIFICATION_GET2, ffavi_notif_get2)
		FIELDS(FFAV_ABI_FEATURES, ffavi_features)
	case FFAV_ABI_NONE: /* ffavi_parse_call() accepts covered, selected ABIs only */
	case FFAV_ABI_MSG_SEND_DIRECT_RESP2:
	default:
		break;
	}
	return FFAVI_ABI_SELECTED(FFAV_ABI_MSG_SEND_DIRECT_RESP2) &&
			       c->abi == FFAV_ABI_MSG_SEND_DIRECT_RESP2
		       ? ffavi_direct_resp2(c, diag)
		       : ffavi_fail(diag, FFAV_RULE_CC_ABI_NOT_SELECTED, 0, 0);
}

#undef FIELDS

int32_t ffavi_check_fields(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	return check_fields(c, diag);
}

/* ffav_check() restricted to one ABI (FFAV_ABI_NONE: any covered ABI). */
static int32_t check_abi(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
			 struct ffav_diag *diag, enum ffav_abi want)
{
	struct ffavi_ctx c;
	int32_t ret;

	ret = ffavi_parse_call(caller, regs, want, &c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = check_fields(&c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_pass(diag);
}

int32_t ffavi_check_abi(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
			struct ffav_diag *diag, enum ffav_abi want)
{
	return check_abi(caller, regs, diag, want);
}

int32_t ffav_check(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
		   struct ffav_diag *diag)
{
	return check_abi(caller, regs, diag, FFAV_ABI_NONE);
}
