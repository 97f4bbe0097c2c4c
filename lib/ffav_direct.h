/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Shared by lib/direct*.c only: the field views of the direct-message ABIs and the checks
 * each file provides to the four entry points of lib/direct.c. Not installed.
 */
#ifndef FFAV_DIRECT_H
#define FFAV_DIRECT_H

#include "ffav_internal.h"

/* w1 of every direct-message ABI: sender [31:16], receiver [15:0]
 * (DEN0077A v1.3 Tables 15.7, 15.11, 15.15, 15.19). */
static inline uint16_t ffavi_direct_sender(const struct ffavi_ctx *c)
{
	return (uint16_t)(ffavi_w(c, 1) >> 16);
}

static inline uint16_t ffavi_direct_receiver(const struct ffavi_ctx *c)
{
	return (uint16_t)ffavi_w(c, 1);
}

/* The roles that send some framework message (the senders of lib/direct_framework.c's table:
 * hypervisor, SP, SPMC, SPMD), as a number the preprocessor reads, and whether the build
 * selection can send one at all (a selected sender role, or endpoints under
 * FFAV_POLICY_ENDPOINT_FRAMEWORK). When it cannot, every framework message is refused by
 * who may send it, and their fields are not built. */
#define FFAVI_FWK_SENDER_ROLES 0x3Au
#define FFAVI_FWK_SENDERS_SELECTED                            \
	(((FFAV_SELECT_ROLES)&FFAVI_FWK_SENDER_ROLES) != 0 || \
	 ((FFAV_SELECT_POLICIES)&FFAV_POLICY_ENDPOINT_FRAMEWORK) != 0)

/* lib/direct_ids.c: w1 (and the SMC64 x1[63:32]). */
int32_t ffavi_direct_check_ids(const struct ffavi_ctx *c, bool request, struct ffav_diag *diag);

/* lib/direct_framework.c: w2 of DIRECT_REQ/RESP (and the SMC64 x2[63:32]); for a framework
 * message (w2[31] set) its header, who may send it and to whom, then its fields. */
int32_t ffavi_direct_check_flags(const struct ffavi_ctx *c, bool request, struct ffav_diag *diag);

/* lib/direct_fwk_fields.c: w3..w7 (x3..x17) of one framework message type. */
int32_t ffavi_direct_check_fwk_fields(const struct ffavi_ctx *c, uint32_t type,
				      struct ffav_diag *diag);

/* The bits of x(n), n >= 3, that framework message `type` carries. */
uint64_t ffavi_direct_fwk_meaningful(const struct ffavi_ctx *c, uint32_t type, unsigned int n);

#endif /* FFAV_DIRECT_H */
