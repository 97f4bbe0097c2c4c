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

/* The function-ID half of the calling-convention layer (DESIGN.md §5): only w0 names the
 * function, the SVE hint is stripped, and an ID that is malformed, unknown, of the wrong
 * width, too new, retired or outside the covered set is NOT_SUPPORTED. Fills c->fid,
 * c->abi and c->smc64. */
int32_t ffav_decode_fid(const struct ffav_caller *caller, uint64_t x0, struct ffav_ctx *c,
			struct ffav_diag *diag);

/* Decode and run the calling-convention layer (caller, FID, role, upper halves, unused
 * registers). want restricts the call to one ABI (FFAV_ABI_NONE: any covered ABI). On
 * success fills c and returns FFAV_RET_SUCCESS. */
int32_t ffav_decode(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
		    enum ffav_abi want, struct ffav_ctx *c, struct ffav_diag *diag);

#endif /* FFAV_INTERNAL_H */
