/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Shared by the files of the response checker (lib/response*.c, lib/answer_views.c): the decoded
 * answer and its register views. Not installed.
 */
#ifndef FFAV_RESPONSE_INTERNAL_H
#define FFAV_RESPONSE_INTERNAL_H

#include "ffav_internal.h"

/* The SMC64 forms of FFA_INTERRUPT and FFA_YIELD, new in v1.3 (DEN0077A v1.3 §14.4, §14.2). */
#define FFAVI_FID_INTERRUPT_64 0xC4000062u
#define FFAVI_FID_YIELD_64 0xC400006Cu

/* An answer to a call that ffav_check() accepted. */
struct ffavi_resp {
	const struct ffavi_ctx *call; /* the decoded call being answered */
	const uint64_t *regs;	      /* the answer's x0..x17, never written */
	uint32_t fid;		      /* w0 of the answer, exactly as given */
	bool smc64;		      /* the answer frame is SMC64 (w0[30]) */
};

/* Register n of the answer as its width defines it: the whole X register of an SMC64 frame,
 * the W register of an SMC32 frame (DEN0028 §2.6: SMC32 results are W registers). */
static inline uint64_t ffavi_resp_arg(const struct ffavi_resp *r, unsigned int n)
{
	return r->smc64 ? r->regs[n] : (uint64_t)(uint32_t)r->regs[n];
}

static inline uint32_t ffavi_resp_w(const struct ffavi_resp *r, unsigned int n)
{
	return (uint32_t)r->regs[n];
}

/* The last register an answer of this width can carry: x17 for SMC64 frames from v1.2
 * (SMCCC v1.2 registers; DEN0077A v1.3 Tables 16.46, 16.49), x7 otherwise. */
static inline unsigned int ffavi_resp_window_end(const struct ffavi_resp *r)
{
	return r->smc64 && ffavi_version_ge(r->call, 1, 2) ? 17u : 7u;
}

/* "Registers first..last of the answer are zero", for reserved whole registers: skipped
 * under FFAV_POLICY_IGNORE_SBZ. */
int32_t ffavi_resp_unused(const struct ffavi_resp *r, unsigned int first, unsigned int last,
			  uint32_t rule, struct ffav_diag *diag);

/* Answers by the ABI of the call (after the frame's function ID was found allowed and, when
 * it is FFA_ERROR_32, judged by lib/response.c). */
int32_t ffavi_resp_notif(const struct ffavi_resp *r, struct ffav_diag *diag);
int32_t ffavi_resp_direct(const struct ffavi_resp *r, struct ffav_diag *diag);

/* The answers lib/response_notif2.c judges: BITMAP_CREATE, the v1.3 `*2` ABIs, FFA_FEATURES. */
bool ffavi_resp_notif2_handles(enum ffav_abi abi);
int32_t ffavi_resp_notif2(const struct ffavi_resp *r, struct ffav_diag *diag);

/* The RESP_INFO_GET_* rules on x2..x7 of an INFO_GET answer (SMC32: the W views), shared by
 * the checker and ffav_info_get_decode(). */
int32_t ffavi_info_get_judge(const uint64_t regs[FFAV_NREGS], bool smc64, struct ffav_diag *diag);

#endif /* FFAV_RESPONSE_INTERNAL_H */
