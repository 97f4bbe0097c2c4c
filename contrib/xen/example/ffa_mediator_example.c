/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Example: a Xen-style FF-A mediator handling its guests' notification calls with
 * libffa_validate.
 *
 * Every guest is an FF-A endpoint at the Non-secure virtual instance with ID domid + 1,
 * so each guest's calls are judged with role FFAV_ROLE_VM and that ID. Two kinds of calls
 * arrive:
 *   - notifications between a guest and an SP: their state is the SPMC's. Xen checks the
 *     call without state and forwards the canonical image of it, the registers exactly as
 *     the checks saw them (what was checked is what is forwarded);
 *   - notifications between two guests (VM-to-VM): they never leave Xen. The notification
 *     model keeps who is bound to which bit and what is pending, judges the whole call
 *     before it changes anything and writes the exact answer: the table that the
 *     "Track VM notification bindings locally" series writes by hand.
 * BITMAP_CREATE/DESTROY from a guest get NOT_SUPPORTED from the checks (only Xen itself
 * may call them); INFO_GET and everything else stay with the mediator's existing code. Xen's
 * own RX-buffer-full notification to a guest goes into the model with
 * ffav_model_rx_buffer_full() and comes back in GET w7.
 *
 * Written from ffa_validate.h, ffa_validate_model.h and the FF-A specification only.
 */
#include <xen/types.h>

#include "ffa_validate.h"
#include "ffa_validate_model.h"

/* Provided by Xen: an SMC to the SPMC with x0..x17 = args, the answer in res (args and
 * res may be the same array); arm_smccc_1_2_smc() in Xen. */
void ffa_example_smc(const uint64_t args[FFAV_NREGS], uint64_t res[FFAV_NREGS]);
/* Provided by Xen: pend the notification pending interrupt of the guest with that FF-A ID
 * (Xen injects its own NPI into the receiver's vCPU). */
void ffa_example_raise_npi(uint16_t ffa_id);

int32_t ffa_example_init(void);
int32_t ffa_example_domain_init(uint16_t domid, uint16_t vcpus, uint32_t ffa_version);
bool ffa_example_guest_notification(uint16_t domid, uint32_t ffa_version,
				    uint64_t frame[FFAV_NREGS]);

#define XEN_FFA_ID 0 /* Xen itself: the Non-secure physical instance */

/* The spec's rules, strictly, with global notifications only: from v1.3, where per-vCPU
 * notifications are optional, a per-vCPU BIND or SET is INVALID_PARAMETERS. */
#define XEN_FFA_POLICY FFAV_POLICY_NO_PER_VCPU

/* FFA_NOTIFICATION_GET w2 flags: which bitmaps to fetch (DEN0077A v1.2 §16.6). */
#define GET_FLAG_SP (1u << 0)
#define GET_FLAG_VM (1u << 1)
#define GET_FLAG_SPM (1u << 2)
#define GET_FLAG_HYP (1u << 3)

/* The VM-to-VM notification state of every guest. Xen takes one spinlock around each
 * ffav_model_*() call, since a call changes the state of two domains. */
static struct ffav_model vm_notif;

static uint16_t guest_ffa_id(uint16_t domid)
{
	return (uint16_t)(domid + 1);
}

/* At boot: the model starts empty, with Xen as the hypervisor that creates the bitmaps. */
int32_t ffa_example_init(void)
{
	const struct ffav_endpoint_desc xen = {
		.id = XEN_FFA_ID,
		.role = FFAV_ROLE_HYPERVISOR,
		.version = FFAV_VERSION(1, 2),
		.vcpus = 1,
	};

	ffav_model_init(&vm_notif, XEN_FFA_POLICY);
	return ffav_model_add_endpoint(&vm_notif, &xen);
}

/* At domain creation: declare the guest, then create its bitmap as Xen does at the SPMC
 * with FFA_NOTIFICATION_BITMAP_CREATE (w1 = VM ID, w2 = vCPU count). */
int32_t ffa_example_domain_init(uint16_t domid, uint16_t vcpus, uint32_t ffa_version)
{
	const struct ffav_endpoint_desc guest = {
		.id = guest_ffa_id(domid),
		.role = FFAV_ROLE_VM,
		.version = ffa_version,
		.vcpus = vcpus,
		.properties = FFAV_PROP_NOTIFICATIONS,
	};
	uint64_t regs[FFAV_NREGS] = { FFAV_FID_NOTIFICATION_BITMAP_CREATE, guest.id, vcpus };
	int32_t ret;

	ret = ffav_model_add_endpoint(&vm_notif, &guest);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffav_model_step(&vm_notif, XEN_FFA_ID, regs, regs, NULL); /* answer in place */
}

/* The other endpoint of a BIND or UNBIND (the sender, w1[31:16]) or of a SET (the
 * receiver, w1[15:0]) is an SP when bit 15 of its ID is set: then the SPMC keeps the
 * state (DEN0077A v1.2 §6.1). */
static bool peer_is_sp(const uint64_t call[FFAV_NREGS])
{
	uint32_t w1 = (uint32_t)call[1];
	uint16_t peer = ffav_abi_of(call[0]) == FFAV_ABI_NOTIFICATION_SET ? (uint16_t)w1
									  : (uint16_t)(w1 >> 16);

	return (peer & 0x8000u) != 0;
}

/* GET names up to four bitmaps: the VM bitmap and Xen's own framework bitmap (RX buffer
 * full) are in the model, the SP and SPM ones at the SPMC. The model goes first and judges
 * the whole call before it clears anything, so a GET it refuses reaches the SPMC not at
 * all. */
static void guest_notification_get(uint16_t id, uint64_t call[FFAV_NREGS],
				   uint64_t resp[FFAV_NREGS])
{
	uint32_t flags = (uint32_t)call[2];
	uint64_t local[3] = { 0, 0, 0 }; /* w4, w5, w7 */

	if (flags & (GET_FLAG_VM | GET_FLAG_HYP)) {
		call[2] = flags & (GET_FLAG_VM | GET_FLAG_HYP);
		if (ffav_model_step(&vm_notif, id, call, resp, NULL) != FFAV_RET_SUCCESS)
			return;
		local[0] = resp[4];
		local[1] = resp[5];
		local[2] = resp[7];
	}
	call[2] = flags & (GET_FLAG_SP | GET_FLAG_SPM);
	if (call[2] != 0) {
		ffa_example_smc(call, resp);
		if ((uint32_t)resp[0] != FFAV_FID_SUCCESS_32)
			return;
	} else {
		for (unsigned int n = 0; n < FFAV_NREGS; n++)
			resp[n] = 0;
		resp[0] = FFAV_FID_SUCCESS_32;
	}
	resp[4] = local[0];
	resp[5] = local[1];
	resp[7] = local[2];
}

/* The calls handled here; the rest stay with the mediator's existing code. */
static bool handled_here(enum ffav_abi abi)
{
	switch (abi) {
	case FFAV_ABI_NOTIFICATION_BITMAP_CREATE: /* NOT_SUPPORTED from a guest */
	case FFAV_ABI_NOTIFICATION_BITMAP_DESTROY:
	case FFAV_ABI_NOTIFICATION_BIND:
	case FFAV_ABI_NOTIFICATION_UNBIND:
	case FFAV_ABI_NOTIFICATION_SET:
	case FFAV_ABI_NOTIFICATION_GET:
		return true;
	default:
		return false;
	}
}

/*
 * A guest's FF-A call, x0..x17 in frame; on return frame holds the answer. Returns false
 * for the calls left to the mediator's existing code.
 */
bool ffa_example_guest_notification(uint16_t domid, uint32_t ffa_version,
				    uint64_t frame[FFAV_NREGS])
{
	const struct ffav_caller guest = {
		.role = FFAV_ROLE_VM,
		.id = guest_ffa_id(domid),
		.version = ffa_version,
		.policy = XEN_FFA_POLICY,
	};
	enum ffav_abi abi = ffav_abi_of(frame[0]);
	uint64_t call[FFAV_NREGS];
	int32_t ret;

	if (!handled_here(abi))
		return false;

	/* Stateless checks, and the image they judged. */
	ret = ffav_canonical(&guest, frame, call, NULL);
	if (ret != FFAV_RET_SUCCESS) {
		ffav_error_frame(ret, frame);
		return true;
	}

	if (abi == FFAV_ABI_NOTIFICATION_GET)
		guest_notification_get(guest.id, call, frame);
	else if (peer_is_sp(call))
		ffa_example_smc(call, frame);
	else if (ffav_model_step(&vm_notif, guest.id, call, frame, NULL) == FFAV_RET_SUCCESS &&
		 abi == FFAV_ABI_NOTIFICATION_SET)
		ffa_example_raise_npi((uint16_t)call[1]);
	return true;
}
