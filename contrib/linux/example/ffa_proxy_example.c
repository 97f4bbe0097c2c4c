// SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
/*
 * Example: a pKVM-style FF-A proxy checking the host's calls with libffa_validate.
 *
 * Under pKVM the host kernel is not trusted by the hypervisor: its SMCs to the secure
 * world trap to EL2, and the proxy there relays them to the SPMC. The host is the
 * Non-secure physical FF-A instance, ID 0, acting only for itself, so every call is judged
 * with role FFAV_ROLE_HOST and caller ID 0, at the version the host negotiated.
 *
 * For each trapped call, ffa_example_host_call():
 *   1. leaves every call the library does not cover (FFA_VERSION, FFA_FEATURES,
 *      FFA_RXTX_MAP, memory sharing, ...) to the proxy's existing code: ffav_covers();
 *   2. checks the call with the per-ABI entry point of its function ID;
 *   3. on rejection answers the host with the FFA_ERROR frame and forwards nothing;
 *   4. otherwise forwards the canonical image of the call: the registers exactly as the
 *      checks saw them (SMC32 upper halves cleared, unused registers zero). What was
 *      checked is what is forwarded.
 *
 * Written from ffa_validate.h and the FF-A specification only.
 */
#include <linux/types.h>

#include "ffa_validate.h"

/*
 * Provided by the hypervisor: an SMC to the SPMC with x0..x17 = args, the answer's
 * x0..x17 stored in res (args and res may be the same array). pKVM has this as
 * arm_smccc_1_2_smc() on the host context's registers.
 */
void ffa_example_smc(const u64 args[FFAV_NREGS], u64 res[FFAV_NREGS]);

/* What the proxy keeps about the host. */
struct ffa_example_host {
	u32 ffa_version;	   /* set by the existing FFA_VERSION handling */
	struct ffav_diag rejected; /* why the last call was refused: rule, register, bits */
};

bool ffa_example_host_call(struct ffa_example_host *host, u64 regs[FFAV_NREGS]);

/* The per-ABI checks, as a proxy that dispatches on the function ID calls them. */
static s32 ffa_example_check(const struct ffav_caller *caller, const u64 regs[FFAV_NREGS],
			     struct ffav_diag *diag)
{
	switch (ffav_abi_of(regs[0])) {
	case FFAV_ABI_NOTIFICATION_BITMAP_CREATE:
		/* The host may create only its own bitmap, ID 0. */
		return ffav_check_notification_bitmap_create(caller, regs, diag);
	case FFAV_ABI_NOTIFICATION_BITMAP_DESTROY:
		return ffav_check_notification_bitmap_destroy(caller, regs, diag);
	case FFAV_ABI_NOTIFICATION_BIND:
		/* Receiver w1[15:0] must be the host itself; flags [31:1] MBZ; bitmap != 0. */
		return ffav_check_notification_bind(caller, regs, diag);
	case FFAV_ABI_NOTIFICATION_UNBIND:
		return ffav_check_notification_unbind(caller, regs, diag);
	case FFAV_ABI_NOTIFICATION_SET:
		return ffav_check_notification_set(caller, regs, diag);
	case FFAV_ABI_NOTIFICATION_GET:
		return ffav_check_notification_get(caller, regs, diag);
	case FFAV_ABI_NOTIFICATION_INFO_GET:
		return ffav_check_notification_info_get(caller, regs, diag);
	case FFAV_ABI_MSG_SEND_DIRECT_REQ:
		/* Sender w1[31:16] must be 0 and no framework message (w2 bit 31) from a host. */
		return ffav_check_msg_send_direct_req(caller, regs, diag);
	case FFAV_ABI_MSG_SEND_DIRECT_RESP:
		/* The host never answers a request: NOT_SUPPORTED, SMC32 and SMC64 alike. */
		return ffav_check_msg_send_direct_resp(caller, regs, diag);
	case FFAV_ABI_MSG_SEND_DIRECT_REQ2:
		/* NOT_SUPPORTED unless the host negotiated v1.2 or later. */
		return ffav_check_msg_send_direct_req2(caller, regs, diag);
	case FFAV_ABI_MSG_SEND_DIRECT_RESP2:
		return ffav_check_msg_send_direct_resp2(caller, regs, diag);
	case FFAV_ABI_NONE:
	default:
		return ffav_check(caller, regs, diag);
	}
}

/*
 * The host's trapped FF-A call, x0..x17 in regs; on return regs holds the answer. Returns
 * false when the call is left to the proxy's existing code.
 */
bool ffa_example_host_call(struct ffa_example_host *host, u64 regs[FFAV_NREGS])
{
	const struct ffav_caller caller = {
		.role = FFAV_ROLE_HOST,
		.id = 0,
		.version = host->ffa_version,
		.policy = 0, /* the spec's rules, strictly: reserved registers must be zero */
	};
	s32 ret;

	if (!ffav_covers(regs[0]))
		return false;

	ret = ffa_example_check(&caller, regs, &host->rejected);
	/* The same checks again, and the image they judged written over the host's call. */
	if (ret == FFAV_RET_SUCCESS)
		ret = ffav_canonical(&caller, regs, regs, &host->rejected);
	if (ret != FFAV_RET_SUCCESS) {
		ffav_error_frame(ret, regs);
		return true;
	}

	/* The SPMC's answer goes back to the host as it came. */
	ffa_example_smc(regs, regs);
	return true;
}
