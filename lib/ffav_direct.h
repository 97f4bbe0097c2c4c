/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Shared by lib/direct*.c only: the field views of the direct-message ABIs and the checks
 * each file provides to the four entry points of lib/direct.c. Not installed.
 */
#ifndef FFAV_DIRECT_H
#define FFAV_DIRECT_H

#include "ffav_internal.h"

/* w1 of every direct-message ABI: sender [31:16], receiver [15:0]
 * (spec/direct_messaging.md §4). */
static inline uint16_t ffav_direct_sender(const struct ffav_ctx *c)
{
	return (uint16_t)(ffav_w(c, 1) >> 16);
}

static inline uint16_t ffav_direct_receiver(const struct ffav_ctx *c)
{
	return (uint16_t)ffav_w(c, 1);
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

/* lib/direct_ids.c: w1 (and the SMC64 x1[63:32]). */
int32_t ffav_direct_check_responder(const struct ffav_ctx *c, struct ffav_diag *diag);
int32_t ffav_direct_check_ids(const struct ffav_ctx *c, bool request, struct ffav_diag *diag);

/* lib/direct_flags.c: w2 of DIRECT_REQ/RESP (and the SMC64 x2[63:32]). */
int32_t ffav_direct_check_flags(const struct ffav_ctx *c, bool request, struct ffav_diag *diag);

/* lib/direct_framework.c: a framework message's header (w2 with bit 31 set), who may send
 * it, and to whom. Then the fields of the message. */
int32_t ffav_direct_check_framework(const struct ffav_ctx *c, bool request, uint32_t flags,
				    struct ffav_diag *diag);

/* lib/direct_fwk_fields.c: w3..w7 (x3..x17) of one framework message type. */
int32_t ffav_direct_check_fwk_fields(const struct ffav_ctx *c, uint32_t type,
				     struct ffav_diag *diag);

#endif /* FFAV_DIRECT_H */
