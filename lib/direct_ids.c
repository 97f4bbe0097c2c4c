/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * w1 of the four direct-message ABIs: sender [31:16], receiver [15:0]
 * (DEN0077A v1.3 Tables 15.7, 15.11, 15.15, 15.19).
 *
 * Who may name whom, statelessly:
 * - The sender is the caller. A hypervisor relays for its VMs and may name any Normal-world
 *   ID (bit 15 clear); the SPMD may name its logical partitions; everyone else names only
 *   itself (a host under a pKVM-style proxy: 0, as the v6 review filters).
 * - A Normal-world caller never names a secure sender.
 * - Sender and receiver differ.
 * - Only the Non-secure virtual instance delivers direct requests into the Normal world
 *   (DEN0077A v1.3 Tables 15.6, 15.14: the Non-secure physical instance has no ERET row for
 *   REQ/REQ2): a VM may address another VM (VM-to-VM messaging is a valid configuration,
 *   which a hypervisor supports or not); every other caller (host, hypervisor, SP, SPMC,
 *   SPMD) addresses only secure endpoints (INVALID_PARAMETERS, "invalid endpoint ID",
 *   Tables 15.8, 15.16).
 * - SPMD IDs (0xFFFF) and SPMD logical-partition IDs (0xFFC0..0xFFFE) belong to the
 *   SPMD-SPMC channel (the Secure physical rows of Tables 15.6, 15.14; EL3 LSPs managed by
 *   the SPMD, §18.10): only the SPMD sends with them; only the SPMC sends requests to the
 *   SPMD itself; nobody sends requests to a logical partition, which only initiates.
 *   Responses to them (an SP answering an LP, the SPMC answering the SPMD) are the model's to
 *   pair. The ID values are implementation defined (docs/direct_messaging.md).
 * - Who may respond at all is the calling-convention layer's (lib/check.c): the Non-secure
 *   physical instance has only the ERET row for RESP/RESP2 (Tables 15.10, 15.18), so host
 *   and hypervisor get NOT_SUPPORTED; VMs respond at the Non-secure virtual instance.
 */
#include "ffav_direct.h"

#if FFAVI_BUILDS(FFAVI_DIRECT_FAMILIES) /* the build selection: lib/ffav_internal.h */

#define UPPER_HALF 0xFFFFFFFF00000000ull
#define SENDER_BITS 0xFFFF0000ull
#define RECEIVER_BITS 0x0000FFFFull

static bool id_is_spmd_range(uint16_t id)
{
	return id == FFAVI_ID_SPMD || ffavi_id_is_spmd_lp(id);
}

/* SMC64: the text types w1 as uint32 and does not describe x1[63:32] (DEN0077A v1.3
 * Tables 15.7, 15.11, 15.15, 15.19); every implementation ignores it: ignored by default (the
 * canonical image clears it), rejected under the strict policy. */
static int32_t check_x1_upper(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint64_t upper = c->regs[1] & UPPER_HALF;

	if (!c->smc64 || !ffavi_policy(c, FFAV_POLICY_REJECT_UPPER_HALVES) || upper == 0)
		return FFAV_RET_SUCCESS;
	return ffavi_fail(diag, FFAV_RULE_DIRECT_X1_UPPER, 1, upper);
}

/* May this caller put `sender` in w1[31:16]? */
static bool sender_is_caller(const struct ffavi_ctx *c, uint16_t sender)
{
	switch (ffavi_role(c)) {
	case FFAV_ROLE_HYPERVISOR:
		return !ffavi_id_is_secure(sender);
	case FFAV_ROLE_SPMD:
		return sender == c->caller->id || ffavi_id_is_spmd_lp(sender);
	case FFAV_ROLE_HOST:
	case FFAV_ROLE_VM:
	case FFAV_ROLE_SP:
	case FFAV_ROLE_SPMC:
	default:
		return sender == c->caller->id;
	}
}

static int32_t check_sender(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint16_t sender = ffavi_direct_sender(c);
	uint64_t bits = c->regs[1] & SENDER_BITS;

	/* DEN0077A v1.3 Tables 15.7, 15.11, 15.15, 15.19 w1[31:16] (in this check and below) */
	if (ffavi_caller_is_nwd(c) && ffavi_id_is_secure(sender))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_SENDER_SECURE, 1, bits);
	if (id_is_spmd_range(sender) && !ffavi_role_is(c, FFAV_ROLE_SPMD))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_SPMD_ID, 1, bits);
	if (!sender_is_caller(c, sender))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_SENDER_NOT_CALLER, 1, bits);
	if (sender == ffavi_direct_receiver(c))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_SENDER_IS_RECEIVER, 1,
				  c->regs[1] & (SENDER_BITS | RECEIVER_BITS));
	return FFAV_RET_SUCCESS;
}

/* The receiver of a request (REQ, REQ2). */
static int32_t check_request_receiver(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint16_t receiver = ffavi_direct_receiver(c);
	uint64_t bits = c->regs[1] & RECEIVER_BITS;

	/* DEN0077A v1.3 Tables 15.6, 15.14: only NS virt delivers requests into the NWd. */
	if (!ffavi_role_is(c, FFAV_ROLE_VM) && !ffavi_id_is_secure(receiver))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_REQ_TO_NWD, 1, bits);
	/* DEN0077A v1.3 Tables 15.6, 15.14 (S phys rows), §18.10 */
	if (ffavi_id_is_spmd_lp(receiver) ||
	    (receiver == FFAVI_ID_SPMD && !ffavi_role_is(c, FFAV_ROLE_SPMC)))
		return ffavi_fail(diag, FFAV_RULE_DIRECT_SPMD_ID, 1, bits);
	return FFAV_RET_SUCCESS;
}

int32_t ffavi_direct_check_ids(const struct ffavi_ctx *c, bool request, struct ffav_diag *diag)
{
	int32_t ret;

	ret = check_x1_upper(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = check_sender(c, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	if (request)
		return check_request_receiver(c, diag);
	return FFAV_RET_SUCCESS;
}

#endif /* FFAVI_BUILDS(FFAVI_DIRECT_FAMILIES) */
