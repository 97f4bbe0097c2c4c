/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Shared by the files of lib/: the decoded call, register views and the small helpers every
 * per-ABI check uses. Not installed.
 */
#ifndef FFAV_INTERNAL_H
#define FFAV_INTERNAL_H

#include "ffa_validate.h"

/* A decoded call: what the calling-convention layer established before any per-ABI check. */
struct ffav_ctx {
	const struct ffav_caller *caller;
	const uint64_t *regs; /* the caller's x0..x17, never written */
	uint32_t fid;	      /* w0 with the SVE hint cleared */
	enum ffav_abi abi;
	bool smc64;
};

/* Endpoint IDs (DEN0077A v1.2 §6.1 per spec/notifications.md §1.6). */
#define FFAV_ID_SECURE_BIT 0x8000u
#define FFAV_ID_SPMD 0xFFFFu
#define FFAV_ID_SPMD_LP_FIRST 0xFFC0u /* SPMD logical partitions 0xFFC0..0xFFFE (HF, TF-A) */
#define FFAV_ID_SPMD_LP_LAST 0xFFFEu

static inline bool ffav_id_is_secure(uint16_t id)
{
	return (id & FFAV_ID_SECURE_BIT) != 0;
}

static inline bool ffav_id_is_spmd_lp(uint16_t id)
{
	return id >= FFAV_ID_SPMD_LP_FIRST && id <= FFAV_ID_SPMD_LP_LAST;
}

/* w2 of DIRECT_REQ/RESP from v1.1 (spec/direct_messaging.md §5.1). */
#define FFAV_DIRECT_FWK_BIT 0x80000000u
#define FFAV_DIRECT_FWK_RESERVED 0x7FFFFF00u
#define FFAV_DIRECT_FWK_TYPE 0x000000FFu

/* Framework message types, w2[7:0] (spec/direct_messaging.md §8.2). */
#define FFAV_FWK_PSCI_REQ 0x00u
#define FFAV_FWK_WARM_BOOT_REQ 0x01u
#define FFAV_FWK_PM_RESP 0x02u
#define FFAV_FWK_VM_CREATED_REQ 0x04u
#define FFAV_FWK_VM_CREATED_RESP 0x05u
#define FFAV_FWK_VM_DESTROYED_REQ 0x06u
#define FFAV_FWK_VM_DESTROYED_RESP 0x07u
#define FFAV_FWK_VERSION_REQ 0x08u
#define FFAV_FWK_VERSION_RESP 0x09u
#define FFAV_FWK_STOP_REQ 0x0Au
#define FFAV_FWK_STOP_RESP 0x0Bu
#define FFAV_FWK_LA_START_REQ 0x0Cu
#define FFAV_FWK_LA_START_RESP 0x0Du
#define FFAV_FWK_LA_FINISH_REQ 0x0Eu
#define FFAV_FWK_LA_FINISH_RESP 0x0Fu

/* Register views. SMC32 calls are judged on the W registers only (DEN0028 §2.6; the
 * digests' recommendation), SMC64 calls on the whole X registers. */
static inline uint32_t ffav_w(const struct ffav_ctx *c, unsigned int n)
{
	return (uint32_t)c->regs[n];
}

static inline uint64_t ffav_arg(const struct ffav_ctx *c, unsigned int n)
{
	return c->smc64 ? c->regs[n] : (uint64_t)(uint32_t)c->regs[n];
}

static inline bool ffav_version_ge(const struct ffav_ctx *c, uint16_t major, uint16_t minor)
{
	return c->caller->version >= FFAV_VERSION(major, minor);
}

static inline bool ffav_policy(const struct ffav_ctx *c, uint32_t bit)
{
	return (c->caller->policy & bit) != 0;
}

static inline bool ffav_role_is(const struct ffav_ctx *c, enum ffav_role role)
{
	return c->caller->role == role;
}

/* Host, hypervisor and VMs are Normal-world callers. */
static inline bool ffav_caller_is_nwd(const struct ffav_ctx *c)
{
	return c->caller->role == FFAV_ROLE_HOST || c->caller->role == FFAV_ROLE_HYPERVISOR ||
	       c->caller->role == FFAV_ROLE_VM;
}

/* Record a rejection and return the rule's status. diag may be NULL. */
int32_t ffav_fail(struct ffav_diag *diag, uint32_t rule, unsigned int reg, uint64_t bits);

/* Offending-bits helper: the set bits of the w-view of register n under mask. */
static inline int32_t ffav_fail_mask(const struct ffav_ctx *c, struct ffav_diag *diag,
				     uint32_t rule, unsigned int n, uint64_t mask)
{
	return ffav_fail(diag, rule, n, ffav_arg(c, n) & mask);
}

/* The last parameter register the ABI of c uses (0: none). Registers above it, up to the
 * end of the unused-register window, are reserved. */
unsigned int ffav_last_arg(const struct ffav_ctx *c);

/* The last register of the unused-register window: x7 for SMC32 calls and for SMC64 calls
 * below v1.2; x17 for SMC64 calls from v1.2 (spec/notifications.md §2.5). */
unsigned int ffav_window_end(const struct ffav_ctx *c);

/* "The unused registers from x(first) up are zero": checks first..ffav_window_end(c) on the
 * call's view, unless FFAV_POLICY_IGNORE_SBZ. */
int32_t ffav_check_unused_from(const struct ffav_ctx *c, unsigned int first, uint32_t rule,
			       struct ffav_diag *diag);

/* Per-ABI field checks, after the calling-convention layer has accepted the function ID,
 * the caller's role, the upper halves and the unused registers. */
int32_t ffav_notif_bitmap_create(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_notif_bitmap_destroy(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_notif_bind(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_notif_unbind(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_notif_set(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_notif_get(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_notif_info_get(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_direct_req(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_direct_resp(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_direct_req2(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_direct_resp2(const struct ffav_ctx *c, struct ffav_diag *diag);

/* For the canonical image: the bits of x(n) a valid direct-message call carries (all of a
 * payload register; only the defined fields of a framework message). */
uint64_t ffav_direct_meaningful(const struct ffav_ctx *c, unsigned int n);

/* ---- Notification field helpers (lib/notif.c), shared by lib/notif_*.c ---- */

/* Host and hypervisor sit at the Non-secure physical instance (spec/notifications.md §9). */
static inline bool ffav_caller_is_ns_physical(const struct ffav_ctx *c)
{
	return c->caller->role == FFAV_ROLE_HOST || c->caller->role == FFAV_ROLE_HYPERVISOR;
}

/* The SPMD (0xFFFF) and its logical partitions (0xFFC0..0xFFFE) are never the sender or
 * receiver of a notification (spec/notifications.md §1.6, §5). */
static inline bool ffav_id_is_spmd_endpoint(uint16_t id)
{
	return ffav_id_is_spmd_lp(id) || id == FFAV_ID_SPMD;
}

/* The two 16-bit ID fields of w1 in BIND, UNBIND, SET and GET. */
#define FFAV_NOTIF_ID_LOW 0u   /* w1[15:0]: receiver (BIND, UNBIND, SET, GET) */
#define FFAV_NOTIF_ID_HIGH 16u /* w1[31:16]: sender (BIND, UNBIND, SET); vCPU ID (GET) */

/* The rules one ABI reports for its pair of endpoint IDs in w1. */
struct ffav_notif_id_rules {
	uint16_t self;	       /* the field naming the caller's side is wrong */
	uint16_t other_lp;     /* the other party is an SPMD logical partition or the SPMD */
	uint16_t other_not_sp; /* NS physical caller: the other party must be an SP */
	uint16_t same;	       /* sender == receiver */
};

/* The 16-bit ID field of w1 at bit position shift. */
static inline uint16_t ffav_notif_id(const struct ffav_ctx *c, unsigned int shift)
{
	return (uint16_t)(ffav_w(c, 1) >> shift);
}

/* The field of w1 at shift names the caller's own side: the host (ID 0, acting only for
 * itself), a VM and an SP must name themselves; the hypervisor may name any Normal-world
 * endpoint. Fails with rule, reporting the field's bits of w1. */
int32_t ffav_notif_self_id(const struct ffav_ctx *c, unsigned int shift, uint32_t rule,
			   struct ffav_diag *diag);

/* BIND, UNBIND, SET: the field at self_shift names the caller's side (rules->self), the
 * other field names the other party, which must not be an SPMD logical partition or the
 * SPMD, must be an SP when the caller is at the Non-secure physical instance, and must
 * differ from the caller's side. */
int32_t ffav_notif_id_pair(const struct ffav_ctx *c, unsigned int self_shift,
			   const struct ffav_notif_id_rules *rules, struct ffav_diag *diag);

/* BIND, SET: flag w2[0] asks for per-vCPU notifications, which FFAV_POLICY_NO_PER_VCPU
 * says the callee does not support. */
int32_t ffav_notif_per_vcpu(const struct ffav_ctx *c, uint32_t rule, struct ffav_diag *diag);

/* BIND, UNBIND, SET: the bitmap w3 (IDs 31..0) | w4 (IDs 63..32) names a notification. */
int32_t ffav_notif_bitmap_nonempty(const struct ffav_ctx *c, uint32_t rule, struct ffav_diag *diag);

/* The function-ID table (lib/fid.c, from FFAV_FUNCTIONS() in ffa_validate_abis.h): every
 * FF-A function number from 0x60 to 0x97, the FF-A v1.x minor version that introduced each
 * width (FFAV_FID_NEVER: no such width), the last minor version it exists in
 * (FFAV_FID_STILL: not retired) and the covered ABI it is (FFAV_ABI_NONE: outside the
 * library's scope). */
struct ffav_fid_entry {
	uint8_t since32; /* FF-A v1.x minor version introducing the SMC32 form, or FFAV_FID_NEVER */
	uint8_t since64; /* same for the SMC64 form */
	uint8_t until;	 /* last minor version the function exists in, or FFAV_FID_STILL */
	uint8_t abi;	 /* enum ffav_abi, FFAV_ABI_NONE when outside the library's scope */
	uint8_t known;	 /* 1 for a function of the table, 0 for a reserved number */
};

#define FFAV_FID_NUM_FIRST FFAV_FN_NUM_FIRST
#define FFAV_FID_NUM_LAST FFAV_FN_NUM_LAST
#define FFAV_FID_NUM_COUNT (FFAV_FID_NUM_LAST - FFAV_FID_NUM_FIRST + 1u)
#define FFAV_FID_NEVER FFAV_FN_VERSION_NEVER /* above every minor version */
#define FFAV_FID_STILL FFAV_FN_VERSION_STILL

extern const struct ffav_fid_entry ffav_fid_table[FFAV_FID_NUM_COUNT];

/* The entry of function number fid[15:0], or NULL outside the FF-A range and for the
 * reserved numbers. */
static inline const struct ffav_fid_entry *ffav_fid_lookup(uint32_t fid)
{
	uint32_t num = fid & FFAV_FID_NUMBER_MASK;
	const struct ffav_fid_entry *e;

	if (num < FFAV_FID_NUM_FIRST || num > FFAV_FID_NUM_LAST)
		return NULL;
	e = &ffav_fid_table[num - FFAV_FID_NUM_FIRST];
	return e->known != 0 ? e : NULL;
}

/* A fast call of the Standard Secure Service owner with no reserved bit: one test. */
static inline bool ffav_fid_well_formed(uint32_t fid)
{
	return (fid & (FFAV_FID_FAST | FFAV_FID_OWNER_MASK | FFAV_FID_RESERVED_MASK)) ==
	       (FFAV_FID_FAST | FFAV_FID_OWNER_STANDARD);
}

/* The minor version that introduced the width fid[30] names. */
static inline uint8_t ffav_fid_since(const struct ffav_fid_entry *e, uint32_t fid)
{
	return (fid & FFAV_FID_SMC64) != 0 ? e->since64 : e->since32;
}

/* The function-ID half of the calling-convention layer (DESIGN.md §5): only w0 names the
 * function, the SVE hint is stripped, and an ID that is malformed, unknown, of the wrong
 * width, too new, retired or outside the covered set is NOT_SUPPORTED. lib/check.c accepts
 * the covered IDs; this names the rule of any other (minor: the caller's minor version). */
int32_t ffav_fid_reject(uint32_t minor, uint32_t w0, struct ffav_diag *diag);

/* w0 is exactly the ID of an FF-A function in some width at some version (no SVE hint, no
 * reserved bits). */
bool ffav_fid_known(uint32_t fid);

/* Decode and run the calling-convention layer (caller, FID, role, upper halves, unused
 * registers). want restricts the call to one ABI (FFAV_ABI_NONE: any covered ABI). On
 * success fills c and returns FFAV_RET_SUCCESS. */
int32_t ffav_decode(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
		    enum ffav_abi want, struct ffav_ctx *c, struct ffav_diag *diag);

#endif /* FFAV_INTERNAL_H */
