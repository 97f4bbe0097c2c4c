/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Shared by the files of lib/: the decoded call, register views and the small helpers every
 * per-ABI check uses. Not installed.
 */
#ifndef FFAV_INTERNAL_H
#define FFAV_INTERNAL_H

#include "ffa_validate.h"

/* A decoded call: what the calling-convention layer established before any per-ABI check. */
struct ffavi_ctx {
	const struct ffav_caller *caller;
	const uint64_t *regs; /* the caller's x0..x17, never written */
	uint32_t fid;	      /* w0 with the SVE hint cleared */
	enum ffav_abi abi;
	bool smc64;
};

/* Endpoint IDs (DEN0077A v1.2 §6.1). */
#define FFAVI_ID_SECURE_BIT 0x8000u
#define FFAVI_ID_SPMD 0xFFFFu
#define FFAVI_ID_SPMD_LP_FIRST 0xFFC0u /* SPMD logical partitions 0xFFC0..0xFFFE (HF, TF-A) */
#define FFAVI_ID_SPMD_LP_LAST 0xFFFEu

static inline bool ffavi_id_is_secure(uint16_t id)
{
	return (id & FFAVI_ID_SECURE_BIT) != 0;
}

static inline bool ffavi_id_is_spmd_lp(uint16_t id)
{
	return id >= FFAVI_ID_SPMD_LP_FIRST && id <= FFAVI_ID_SPMD_LP_LAST;
}

/* w2 of DIRECT_REQ/RESP from v1.1 (DEN0077A v1.3 Tables 15.7, 15.11). */
#define FFAVI_DIRECT_FWK_BIT 0x80000000u
#define FFAVI_DIRECT_FWK_RESERVED 0x7FFFFF00u
#define FFAVI_DIRECT_FWK_TYPE 0x000000FFu

/* Framework message types, w2[7:0] (DEN0077A v1.3 chapter 18: Tables 18.6-18.13,
 * 18.40-18.46; 0x08 and 0x09 from Hafnium and TF-A, docs/direct_messaging.md). */
#define FFAVI_FWK_PSCI_REQ 0x00u
#define FFAVI_FWK_WARM_BOOT_REQ 0x01u
#define FFAVI_FWK_PM_RESP 0x02u
#define FFAVI_FWK_VM_CREATED_REQ 0x04u
#define FFAVI_FWK_VM_CREATED_RESP 0x05u
#define FFAVI_FWK_VM_DESTROYED_REQ 0x06u
#define FFAVI_FWK_VM_DESTROYED_RESP 0x07u
#define FFAVI_FWK_VERSION_REQ 0x08u
#define FFAVI_FWK_VERSION_RESP 0x09u
#define FFAVI_FWK_STOP_REQ 0x0Au
#define FFAVI_FWK_STOP_RESP 0x0Bu
#define FFAVI_FWK_LA_START_REQ 0x0Cu
#define FFAVI_FWK_LA_START_RESP 0x0Du
#define FFAVI_FWK_LA_FINISH_REQ 0x0Eu
#define FFAVI_FWK_LA_FINISH_RESP 0x0Fu

/* Register views. SMC32 calls are judged on the W registers only (DEN0028 §2.6),
 * SMC64 calls on the whole X registers. */
static inline uint32_t ffavi_w(const struct ffavi_ctx *c, unsigned int n)
{
	return (uint32_t)c->regs[n];
}

static inline uint64_t ffavi_arg(const struct ffavi_ctx *c, unsigned int n)
{
	return c->smc64 ? c->regs[n] : (uint64_t)(uint32_t)c->regs[n];
}

/* For #if around what one family of ABIs needs: FFAV_SELECT_ABIS is made of the FFAV_ABIS_*
 * masks, which the preprocessor can read (ffav_check() refuses an unselected ABI before any
 * of its code would run). */
#define FFAVI_BUILDS(families) (((FFAV_SELECT_ABIS) & (families)) != 0)
#define FFAVI_NOTIF_FAMILIES \
	(FFAV_ABIS_NOTIFICATIONS | FFAV_ABIS_NOTIFICATIONS2 | FFAV_ABIS_FEATURES)
#define FFAVI_DIRECT_FAMILIES (FFAV_ABIS_DIRECT | FFAV_ABIS_DIRECT2)

/* A compile-time assertion in C99 (no _Static_assert: some hosts and the analysers read lib/
 * as C99): a false condition divides by zero in an enumerator, which does not compile. */
#define FFAVI_STATIC_ASSERT(name, cond) enum { ffavi_assert_##name = 1 / (int)!!(cond) }

/* ---- The build selection (FFAV_SELECT_*, include/ffa_validate.h) ----
 * The calling-convention layer refuses every role and version outside the selection before
 * any field is judged, so the field checks may take the selection as a fact: a test of a
 * role that is not selected is constant false, a version above the selection is never
 * reached, and with one role selected the role is a constant. The compiler then drops
 * what cannot happen. With the default selection every test below is the plain one. */
#define FFAVI_ROLE_SELECTED(r) ((FFAV_SELECT_ROLES & FFAV_ROLE_BIT(r)) != 0u)
#define FFAVI_ABI_SELECTED(a) ((FFAV_SELECT_ABIS & FFAV_ABI_BIT(a)) != 0u)
#define FFAVI_SELECTS_ALL_ROLES ((FFAV_SELECT_ROLES & FFAV_ROLES_ALL) == FFAV_ROLES_ALL)
#define FFAVI_SELECTS_ALL_ABIS ((FFAV_SELECT_ABIS & FFAV_ABIS_ALL) == FFAV_ABIS_ALL)
#define FFAVI_SELECTS_ALL_VERSIONS (FFAV_SELECT_VERSION_MAX >= FFAV_VERSION_MAX)
#define FFAVI_SELECTS_ALL_POLICIES ((FFAV_SELECT_POLICIES & FFAV_POLICY_ALL) == FFAV_POLICY_ALL)
/* Exactly one role selected, and which (the lowest selected one otherwise, unused). */
#define FFAVI_ONE_ROLE ((FFAV_SELECT_ROLES & (FFAV_SELECT_ROLES - 1u)) == 0u)
#define FFAVI_FIRST_ROLE(m) \
	((m)&1u ? 0u : (m)&2u ? 1u : (m)&4u ? 2u : (m)&8u ? 3u : (m)&16u ? 4u : 5u)

/* The caller's role (a constant when the selection has one). */
static inline enum ffav_role ffavi_role(const struct ffavi_ctx *c)
{
	if (FFAVI_ONE_ROLE)
		return (enum ffav_role)FFAVI_FIRST_ROLE(FFAV_SELECT_ROLES);
	return c->caller->role;
}

static inline bool ffavi_version_ge(const struct ffavi_ctx *c, uint16_t major, uint16_t minor)
{
	return FFAV_VERSION(major, minor) <= FFAV_SELECT_VERSION_MAX &&
	       c->caller->version >= FFAV_VERSION(major, minor);
}

static inline bool ffavi_policy(const struct ffavi_ctx *c, uint32_t bit)
{
	return (FFAV_SELECT_POLICIES & bit) != 0 && (c->caller->policy & bit) != 0;
}

static inline bool ffavi_role_is(const struct ffavi_ctx *c, enum ffav_role role)
{
	return FFAVI_ROLE_SELECTED(role) && ffavi_role(c) == role;
}

/* Host, hypervisor and VMs are Normal-world callers. */
static inline bool ffavi_caller_is_nwd(const struct ffavi_ctx *c)
{
	return ffavi_role_is(c, FFAV_ROLE_HOST) || ffavi_role_is(c, FFAV_ROLE_HYPERVISOR) ||
	       ffavi_role_is(c, FFAV_ROLE_VM);
}

/* The four direct-message ABIs; every other covered ABI is a notification ABI. */
static inline bool ffavi_abi_is_direct(enum ffav_abi abi)
{
	return abi >= FFAV_ABI_MSG_SEND_DIRECT_REQ && abi <= FFAV_ABI_MSG_SEND_DIRECT_RESP2;
}

/* Record a rejection and return the rule's status. diag may be NULL. */
int32_t ffavi_fail(struct ffav_diag *diag, uint32_t rule, unsigned int reg, uint64_t bits);

/* Offending-bits helper: the set bits of the w-view of register n under mask. */
static inline int32_t ffavi_fail_mask(const struct ffavi_ctx *c, struct ffav_diag *diag,
				      uint32_t rule, unsigned int n, uint64_t mask)
{
	return ffavi_fail(diag, rule, n, ffavi_arg(c, n) & mask);
}

/* The last parameter register the ABI of c uses (0: none). Registers above it, up to the
 * end of the unused-register window, are reserved. */
unsigned int ffavi_last_arg(const struct ffavi_ctx *c);

/* The last register of the unused-register window: x7 for SMC32 calls and for SMC64 calls
 * below v1.2; x17 for SMC64 calls from v1.2 (SMCCC v1.2 registers; DEN0077A v1.3 Tables
 * 15.7, 16.46). */
unsigned int ffavi_window_end(const struct ffavi_ctx *c);

/* "The unused registers from x(first) up are zero": checks first..ffavi_window_end(c) on the
 * call's view, unless FFAV_POLICY_IGNORE_SBZ. */
int32_t ffavi_check_unused_from(const struct ffavi_ctx *c, unsigned int first, uint32_t rule,
				struct ffav_diag *diag);

/* Per-ABI field checks, after the calling-convention layer has accepted the function ID,
 * the caller's role, the upper halves and the unused registers. */
int32_t ffavi_notif_bitmap_create(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_notif_bitmap_destroy(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_notif_bind(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_notif_unbind(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_notif_set(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_notif_get(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_notif_info_get(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_notif_bind2(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_notif_unbind2(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_notif_set2(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_notif_get2(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_features(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_direct_req(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_direct_resp(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_direct_req2(const struct ffavi_ctx *c, struct ffav_diag *diag);
int32_t ffavi_direct_resp2(const struct ffavi_ctx *c, struct ffav_diag *diag);

/* For the canonical image: the bits of x(n) a valid direct-message call carries (all of a
 * payload register; only the defined fields of a framework message). */
uint64_t ffavi_direct_meaningful(const struct ffavi_ctx *c, unsigned int n);

/* ---- Notification field helpers (lib/notif.c), shared by lib/notif_*.c ---- */

/* Host and hypervisor sit at the Non-secure physical instance (enum ffav_role). */
static inline bool ffavi_caller_is_ns_physical(const struct ffavi_ctx *c)
{
	return ffavi_role_is(c, FFAV_ROLE_HOST) || ffavi_role_is(c, FFAV_ROLE_HYPERVISOR);
}

/* The SPMD (0xFFFF) and its logical partitions (0xFFC0..0xFFFE) are never the sender or
 * receiver of a notification (DEN0077A v1.3 §16.3, §16.5; docs/notifications.md §2). */
static inline bool ffavi_id_is_spmd_endpoint(uint16_t id)
{
	return ffavi_id_is_spmd_lp(id) || id == FFAVI_ID_SPMD;
}

/* The two 16-bit ID fields of w1 in BIND, UNBIND, SET and GET. */
#define FFAVI_NOTIF_ID_LOW 0u	/* w1[15:0]: receiver (BIND, UNBIND, SET, GET) */
#define FFAVI_NOTIF_ID_HIGH 16u /* w1[31:16]: sender (BIND, UNBIND, SET); vCPU ID (GET) */

/* The rules one ABI reports for its pair of endpoint IDs in w1. */
struct ffavi_notif_id_rules {
	uint16_t self;	       /* the field naming the caller's side is wrong */
	uint16_t other_lp;     /* the other party is an SPMD logical partition or the SPMD */
	uint16_t other_not_sp; /* NS physical caller: the other party must be an SP */
	uint16_t same;	       /* sender == receiver */
};

/* The 16-bit ID field of w1 at bit position shift. */
static inline uint16_t ffavi_notif_id(const struct ffavi_ctx *c, unsigned int shift)
{
	return (uint16_t)(ffavi_w(c, 1) >> shift);
}

/* The field of w1 at shift names the caller's own side: the host (ID 0, acting only for
 * itself), a VM and an SP must name themselves; the hypervisor may name any Normal-world
 * endpoint. Fails with rule, reporting the field's bits of w1. */
int32_t ffavi_notif_self_id(const struct ffavi_ctx *c, unsigned int shift, uint32_t rule,
			    struct ffav_diag *diag);

/* BIND, UNBIND, SET: the field at self_shift names the caller's side (rules->self), the
 * other field names the other party, which must not be an SPMD logical partition or the
 * SPMD, must be an SP when the caller is at the Non-secure physical instance, and must
 * differ from the caller's side. */
int32_t ffavi_notif_id_pair(const struct ffavi_ctx *c, unsigned int self_shift,
			    const struct ffavi_notif_id_rules *rules, struct ffav_diag *diag);

/* BIND, SET: flag w2[0] asks for per-vCPU notifications, which FFAV_POLICY_NO_PER_VCPU
 * says the callee does not support. */
int32_t ffavi_notif_per_vcpu(const struct ffavi_ctx *c, uint32_t rule, struct ffav_diag *diag);

/* BIND, UNBIND, SET: the bitmap w3 (IDs 31..0) | w4 (IDs 63..32) names a notification. */
int32_t ffavi_notif_bitmap_nonempty(const struct ffavi_ctx *c, uint32_t rule,
				    struct ffav_diag *diag);

/* ---- The v1.3 extended notifications (lib/notif.c, lib/notif2*.c) ---- */

/* A `*2` bitmap or mask spans six registers: x3-x8 (x9-x14 for GET2's VM mask and bitmap),
 * notification i at bit (i mod 64) of the (i / 64)-th (DEN0077A v1.3 Tables 16.29, 16.41). */
#define FFAVI_NOTIF2_REGS 6u

/* The number of notifications (64 + i) the callee supports from SPs (sp) or from VMs
 * (FFAV_POLICY_NOTIF_EXTRA_SP, _VM of the caller's policy; DEN0077A v1.3 Table 13.14 ID 4). */
unsigned int ffavi_notif2_count(const struct ffavi_ctx *c, bool sp);

/* The bits of the k-th register of a bitmap (notifications 64k..64k+63) below count. */
uint64_t ffavi_notif2_allowed(unsigned int count, unsigned int k);

/* Bits of x(first)..x(first+5) above count - 1 are MBZ: fails with rule on the first. */
int32_t ffavi_notif2_exceeds(const struct ffavi_ctx *c, unsigned int first, unsigned int count,
			     uint32_t rule, struct ffav_diag *diag);

/* BIND2, UNBIND2, SET2: the bitmap x3-x8 within the count of the sender's class (w1[31:16]:
 * an SP or a VM), and not empty. */
int32_t ffavi_notif2_sender_bitmap(const struct ffavi_ctx *c, uint32_t exceeds_rule,
				   uint32_t empty_rule, struct ffav_diag *diag);

/* A reserved SBZ field (mask) of register n: refused with rule unless FFAV_POLICY_IGNORE_SBZ. */
int32_t ffavi_notif_sbz_bits(const struct ffavi_ctx *c, unsigned int n, uint64_t mask,
			     uint32_t rule, struct ffav_diag *diag);

/* GET and GET2 flags, w2/x2[3:0] (DEN0077A v1.3 Tables 16.24, 16.41). */
#define FFAVI_GET2_FLAG_SP 0x1ull   /* [0] */
#define FFAVI_GET2_FLAG_VM 0x2ull   /* [1] */
#define FFAVI_GET2_FLAG_SPMC 0x4ull /* [2] */
#define FFAVI_GET2_FLAG_HYP 0x8ull  /* [3] */

/* The bitmaps GET2 may select from the caller's instance: at the Non-secure physical instance
 * the VM and hypervisor-framework bits are SBZ (Table 16.41), so they select nothing there. */
static inline uint64_t ffavi_notif_get2_selectable(const struct ffavi_ctx *c)
{
	if (ffavi_caller_is_ns_physical(c))
		return FFAVI_GET2_FLAG_SP | FFAVI_GET2_FLAG_SPMC;
	return FFAVI_GET2_FLAG_SP | FFAVI_GET2_FLAG_VM | FFAVI_GET2_FLAG_SPMC | FFAVI_GET2_FLAG_HYP;
}

/* GET2 (call: masks; answer: bitmaps): register n (3..16) belongs to the bitmap of flag
 * x2[0] (x3-x8, SP), x2[1] (x9-x14, VM), x2[2] (x15, SPMC framework) or x2[3] (x16,
 * hypervisor framework); true when that flag is set in flags. */
static inline bool ffavi_notif_get2_mask_selected(unsigned int n, uint64_t flags)
{
	unsigned int bit = n <= 8u ? 0u : n <= 14u ? 1u : n - 13u;

	return n >= 3u && n <= 16u && ((flags >> bit) & 1u) != 0;
}

/* For the canonical image: the bits of x(n) a valid notification call carries (its fields;
 * not the SBZ fields FFAV_POLICY_IGNORE_SBZ let through, lib/notif.c). */
uint64_t ffavi_notif_meaningful(const struct ffavi_ctx *c, unsigned int n);

/* The function-ID table (lib/fid.c, from FFAV_FUNCTIONS() in ffa_validate_abis.h): every
 * FF-A function number from 0x60 to 0x97, the FF-A v1.x minor version that introduced each
 * width (FFAVI_FID_NEVER: no such width), the last minor version it exists in
 * (FFAVI_FID_STILL: not retired) and the covered ABI it is (FFAV_ABI_NONE: outside the
 * library's scope). */
struct ffavi_fid_entry {
	uint8_t since32; /* FF-A v1.x minor version introducing the SMC32 form, or FFAVI_FID_NEVER
			  */
	uint8_t since64; /* same for the SMC64 form */
	uint8_t until;	 /* last minor version the function exists in, or FFAVI_FID_STILL */
	uint8_t abi;	 /* enum ffav_abi, FFAV_ABI_NONE when outside the library's scope */
	uint8_t known;	 /* 1 for a function of the table, 0 for a reserved number */
};

#define FFAVI_FID_NUM_FIRST FFAV_FN_NUM_FIRST
#define FFAVI_FID_NUM_LAST FFAV_FN_NUM_LAST
#define FFAVI_FID_NUM_COUNT (FFAVI_FID_NUM_LAST - FFAVI_FID_NUM_FIRST + 1u)
#define FFAVI_FID_NEVER FFAV_FN_VERSION_NEVER /* above every minor version */
#define FFAVI_FID_STILL FFAV_FN_VERSION_STILL

extern const struct ffavi_fid_entry ffavi_fid_table[FFAVI_FID_NUM_COUNT];

/* The entry of function number fid[15:0], or NULL outside the FF-A range and for the
 * reserved numbers. */
static inline const struct ffavi_fid_entry *ffavi_fid_lookup(uint32_t fid)
{
	uint32_t num = fid & FFAV_FID_NUMBER_MASK;
	const struct ffavi_fid_entry *e;

	if (num < FFAVI_FID_NUM_FIRST || num > FFAVI_FID_NUM_LAST)
		return NULL;
	e = &ffavi_fid_table[num - FFAVI_FID_NUM_FIRST];
	return e->known != 0 ? e : NULL;
}

/* A fast call of the Standard Secure Service owner with no reserved bit: one test. */
static inline bool ffavi_fid_well_formed(uint32_t fid)
{
	return (fid & (FFAV_FID_FAST | FFAV_FID_OWNER_MASK | FFAV_FID_RESERVED_MASK)) ==
	       (FFAV_FID_FAST | FFAV_FID_OWNER_STANDARD);
}

/* The minor version that introduced the width fid[30] names. */
static inline uint8_t ffavi_fid_since(const struct ffavi_fid_entry *e, uint32_t fid)
{
	return (fid & FFAV_FID_SMC64) != 0 ? e->since64 : e->since32;
}

/* The function e describes exists in the width fid[30] names at FF-A v1.(minor): introduced
 * at or before it (FFAVI_FID_NEVER: no such width), not retired before it. e may be NULL. */
static inline bool ffavi_fid_exists_at(const struct ffavi_fid_entry *e, uint32_t fid,
				       uint32_t minor)
{
	return e != NULL && minor >= ffavi_fid_since(e, fid) && minor <= e->until;
}

/* The function-ID half of the calling-convention layer (lib/check.c): only w0 names the
 * function, the SVE hint is stripped, and an ID that is malformed, unknown, of the wrong
 * width, too new, retired or outside the covered set is NOT_SUPPORTED. lib/check.c accepts
 * the covered IDs; this names the rule of any other (minor: the caller's minor version). */
int32_t ffavi_fid_reject(uint32_t minor, uint32_t w0, struct ffav_diag *diag);

/* w0 is exactly the ID of an FF-A function in some width at some version (no SVE hint, no
 * reserved bits). */
bool ffavi_fid_known(uint32_t fid);

/* Who may invoke each ABI, its last parameter register and the rules of the calling-convention
 * layer (lib/check.c). */
struct ffavi_abi_entry {
	uint8_t roles;	     /* FFAV_ROLE_BIT()s of the roles that may invoke it */
	uint8_t last_arg[2]; /* [0] below v1.3, [1] from v1.3 (0: no parameter) */
	uint16_t caller_rule;
	uint16_t sbz_rule; /* 0: no unused register judged by the layer */
};

extern const struct ffavi_abi_entry ffavi_abi_table[FFAV_ABI_COUNT];

/* The caller description makes sense and is inside the build selection (the first checks of
 * ffav_check()). */
int32_t ffavi_check_caller(const struct ffav_caller *caller, struct ffav_diag *diag);

/* The fields of the ABI of c, after the calling-convention layer accepted it. */
int32_t ffavi_check_fields(const struct ffavi_ctx *c, struct ffav_diag *diag);

/* ffav_check() restricted to one ABI (FFAV_ABI_NONE: any covered ABI). */
int32_t ffavi_check_abi(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
			struct ffav_diag *diag, enum ffav_abi want);

/* SMC32 upper halves of x1..x7 under FFAV_POLICY_REJECT_UPPER_HALVES (lib/check.c). */
int32_t ffavi_check_upper_halves(const struct ffavi_ctx *c, struct ffav_diag *diag);

/* x(first) | ... | x(end) on the call's view, end being 7 or 17 (lib/regs.c): zero exactly when
 * every one of those registers is. */
uint64_t ffavi_regs_or(const struct ffavi_ctx *c, unsigned int first, unsigned int end);

/* Some register from x(first) up to the end of the window is non-zero on the call's view:
 * fail with rule on the first (lib/regs.c). */
int32_t ffavi_fail_first_nonzero(const struct ffavi_ctx *c, unsigned int first, uint32_t rule,
				 struct ffav_diag *diag);

/* The SUCCESS of a check: diag (may be NULL) says "no rule". */
static inline int32_t ffavi_pass(struct ffav_diag *diag)
{
	if (diag != NULL) {
		diag->rule = FFAV_RULE_NONE;
		diag->reg = 0;
		diag->bits = 0;
	}
	return FFAV_RET_SUCCESS;
}

/* The register image ffav_canonical() writes for the accepted call c. */
void ffavi_canonical_image(const struct ffavi_ctx *c, uint64_t out[FFAV_NREGS]);

/* Decode and run the calling-convention layer (caller, FID, role, upper halves, unused
 * registers). want restricts the call to one ABI (FFAV_ABI_NONE: any covered ABI). On
 * success fills c and returns FFAV_RET_SUCCESS. */
int32_t ffavi_parse_call(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
			 enum ffav_abi want, struct ffavi_ctx *c, struct ffav_diag *diag);

#endif /* FFAV_INTERNAL_H */
