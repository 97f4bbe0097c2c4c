/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * libffa_validate: a freestanding validator of Arm FF-A notification and
 * direct-message calls.
 *
 * Give it the register image of a call (x0..x17) and who is calling; it
 * answers with the FF-A status the callee must return, and on rejection the
 * rule, the register and the offending bits. Every function is pure: no
 * globals, no allocation, no libc.
 */
#ifndef FFA_VALIDATE_H
#define FFA_VALIDATE_H

#include "ffa_validate_env.h"
#include "ffa_validate_rules.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- The public contract (DESIGN.md §3, fixed) ------------------------- */

#define FFAV_NREGS 18 /* x0..x17 */
#define FFAV_VERSION(major, minor)                                    \
	(((uint32_t)(major) << 16) | (minor)) /* FFA_VERSION encoding \
					       */

/* FF-A status codes, FF-A numbering. */
#define FFAV_RET_SUCCESS 0
#define FFAV_RET_NOT_SUPPORTED (-1)
#define FFAV_RET_INVALID_PARAMETERS (-2)
#define FFAV_RET_NO_MEMORY (-3)
#define FFAV_RET_BUSY (-4)
#define FFAV_RET_INTERRUPTED (-5)
#define FFAV_RET_DENIED (-6)
#define FFAV_RET_RETRY (-7)
#define FFAV_RET_ABORTED (-8)
#define FFAV_RET_NO_DATA (-9)
#define FFAV_RET_NOT_READY (-10)

enum ffav_role {
	FFAV_ROLE_HOST,	      /* NS physical instance, ID 0, acting only for itself: an OS kernel
				 with no hypervisor, or the host under a pKVM-style proxy */
	FFAV_ROLE_HYPERVISOR, /* NS physical instance, ID 0, acting for its VMs: fields naming a
				 Normal-world endpoint may carry any NWd ID (bit 15 clear) */
	FFAV_ROLE_VM,	      /* a guest at the NS virtual instance; the validator runs in its
				 hypervisor; fields naming the caller must equal caller->id */
	FFAV_ROLE_SP,	      /* a secure partition at the secure virtual instance */
	FFAV_ROLE_SPMC,	      /* partition-manager components: the only originators of */
	FFAV_ROLE_SPMD,	      /*   framework messages (with the hypervisor, for VM availability) */
};

/* Policy bits; 0 means "the spec's rules, strictly". */
#define FFAV_POLICY_REJECT_UPPER_HALVES                        \
	(1u << 0) /* SMC32: non-zero x1..x7[63:32] is an error \
		     (default: ignored, as the SMCCC says) */
#define FFAV_POLICY_IGNORE_SBZ                                 \
	(1u << 1) /* reserved should-be-zero registers are not \
		     checked (default: non-zero is an error) */
#define FFAV_POLICY_NO_PER_VCPU                         \
	(1u << 2) /* per-vCPU notifications unsupported \
		     (optional from v1.3) */
#define FFAV_POLICY_ENDPOINT_FRAMEWORK                     \
	(1u << 3) /* let endpoints send framework messages \
		     (default: only framework roles may) */

struct ffav_caller {
	enum ffav_role role;
	uint16_t id;	  /* the caller's own FF-A ID */
	uint32_t version; /* negotiated FF-A version, FFAV_VERSION(1, 2) */
	uint32_t policy;  /* FFAV_POLICY_* */
};

struct ffav_diag {
	uint32_t rule; /* stable rule ID; 0 when the call is valid */
	uint8_t reg;   /* register the rule is about (0..17) */
	uint64_t bits; /* offending bits of that register (0 when not bit-shaped) */
};

/* Stateless check of one call. Never reads past regs[FFAV_NREGS - 1], never writes regs.
 * diag may be NULL. Returns FFAV_RET_SUCCESS or the FF-A error code the callee answers. */
int32_t ffav_check(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
		   struct ffav_diag *diag);

/* ---- Beyond the core contract ------------------------------------------ */

/* Library version, for ports that record what they imported. */
#define FFAV_LIB_VERSION_MAJOR 0
#define FFAV_LIB_VERSION_MINOR 1
#define FFAV_LIB_VERSION_PATCH 0

/* Every policy bit this library knows. */
#define FFAV_POLICY_ALL                                                                       \
	(FFAV_POLICY_REJECT_UPPER_HALVES | FFAV_POLICY_IGNORE_SBZ | FFAV_POLICY_NO_PER_VCPU | \
	 FFAV_POLICY_ENDPOINT_FRAMEWORK)

/* Oldest and newest negotiated FF-A versions this library judges. */
#define FFAV_VERSION_MIN FFAV_VERSION(1, 0)
#define FFAV_VERSION_MAX FFAV_VERSION(1, 3)

/* The covered ABIs. The numbering is stable. */
enum ffav_abi {
	FFAV_ABI_NONE = 0, /* not a call this library judges */
	FFAV_ABI_NOTIFICATION_BITMAP_CREATE = 1,
	FFAV_ABI_NOTIFICATION_BITMAP_DESTROY = 2,
	FFAV_ABI_NOTIFICATION_BIND = 3,
	FFAV_ABI_NOTIFICATION_UNBIND = 4,
	FFAV_ABI_NOTIFICATION_SET = 5,
	FFAV_ABI_NOTIFICATION_GET = 6,
	FFAV_ABI_NOTIFICATION_INFO_GET = 7, /* SMC32 and SMC64 */
	FFAV_ABI_MSG_SEND_DIRECT_REQ = 8,   /* SMC32 and SMC64 */
	FFAV_ABI_MSG_SEND_DIRECT_RESP = 9,  /* SMC32 and SMC64 */
	FFAV_ABI_MSG_SEND_DIRECT_REQ2 = 10,
	FFAV_ABI_MSG_SEND_DIRECT_RESP2 = 11,
};
#define FFAV_ABI_COUNT 12

/* FF-A function IDs of the covered ABIs and of the frames around them. */
#define FFAV_FID_ERROR_32 0x84000060u
#define FFAV_FID_SUCCESS_32 0x84000061u
#define FFAV_FID_SUCCESS_64 0xC4000061u
#define FFAV_FID_INTERRUPT_32 0x84000062u
#define FFAV_FID_MSG_WAIT_32 0x8400006Bu
#define FFAV_FID_YIELD_32 0x8400006Cu
#define FFAV_FID_RUN_32 0x8400006Du
#define FFAV_FID_MSG_SEND_DIRECT_REQ_32 0x8400006Fu
#define FFAV_FID_MSG_SEND_DIRECT_REQ_64 0xC400006Fu
#define FFAV_FID_MSG_SEND_DIRECT_RESP_32 0x84000070u
#define FFAV_FID_MSG_SEND_DIRECT_RESP_64 0xC4000070u
#define FFAV_FID_NOTIFICATION_BITMAP_CREATE 0x8400007Du
#define FFAV_FID_NOTIFICATION_BITMAP_DESTROY 0x8400007Eu
#define FFAV_FID_NOTIFICATION_BIND 0x8400007Fu
#define FFAV_FID_NOTIFICATION_UNBIND 0x84000080u
#define FFAV_FID_NOTIFICATION_SET 0x84000081u
#define FFAV_FID_NOTIFICATION_GET 0x84000082u
#define FFAV_FID_NOTIFICATION_INFO_GET_32 0x84000083u
#define FFAV_FID_NOTIFICATION_INFO_GET_64 0xC4000083u
#define FFAV_FID_MSG_SEND_DIRECT_REQ2 0xC400008Du
#define FFAV_FID_MSG_SEND_DIRECT_RESP2 0xC400008Eu

/* SMCCC function-ID fields (DEN0028 Table 2.1). */
#define FFAV_FID_FAST (1u << 31)
#define FFAV_FID_SMC64 (1u << 30)
#define FFAV_FID_OWNER_MASK (0x3Fu << 24)
#define FFAV_FID_OWNER_STANDARD (4u << 24)
#define FFAV_FID_RESERVED_MASK (0x7Fu << 17)
#define FFAV_FID_SVE_HINT (1u << 16)
#define FFAV_FID_NUMBER_MASK 0xFFFFu

/* True when x0 names a call this library judges: a well-formed FF-A function ID (SVE hint
 * ignored) of a covered ABI in a width it exists in, at some FF-A version. A port calls
 * ffav_check() only for these; FFA_VERSION, FFA_RXTX_MAP, ... are outside the library. */
bool ffav_covers(uint64_t x0);

/* The covered ABI x0 names (SVE hint ignored), or FFAV_ABI_NONE. */
enum ffav_abi ffav_abi_of(uint64_t x0);

/* Per-ABI entry points, for ports that already dispatch on the function ID. Each checks
 * exactly as ffav_check() does, and also that x0 names that ABI (NOT_SUPPORTED, rule
 * CC_ABI_MISMATCH, otherwise). */
int32_t ffav_check_notification_bitmap_create(const struct ffav_caller *caller,
					      const uint64_t regs[FFAV_NREGS],
					      struct ffav_diag *diag);
int32_t ffav_check_notification_bitmap_destroy(const struct ffav_caller *caller,
					       const uint64_t regs[FFAV_NREGS],
					       struct ffav_diag *diag);
int32_t ffav_check_notification_bind(const struct ffav_caller *caller,
				     const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_notification_unbind(const struct ffav_caller *caller,
				       const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_notification_set(const struct ffav_caller *caller,
				    const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_notification_get(const struct ffav_caller *caller,
				    const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_notification_info_get(const struct ffav_caller *caller,
					 const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_msg_send_direct_req(const struct ffav_caller *caller,
				       const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_msg_send_direct_resp(const struct ffav_caller *caller,
					const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_msg_send_direct_req2(const struct ffav_caller *caller,
					const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_msg_send_direct_resp2(const struct ffav_caller *caller,
					 const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);

/* The FFA_ERROR frame a port returns: x0 = FFA_ERROR_32, w2 = status (zero-extended),
 * every other register zero (DEN0077A v1.2 §12.2, FFA_ERROR). */
void ffav_error_frame(int32_t status, uint64_t out[FFAV_NREGS]);

/* Check the call and, when it is valid, write into out the register image to forward:
 * x0 = the function ID with the SVE hint cleared, the registers the ABI uses as the checks
 * saw them (SMC32: upper halves cleared), every other register zero. What was checked is
 * what is forwarded. out may be regs itself. On rejection out is not written and the
 * status is returned as by ffav_check(). */
int32_t ffav_canonical(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
		       uint64_t out[FFAV_NREGS], struct ffav_diag *diag);

/* The status a rule rejects with, or FFAV_RET_SUCCESS for 0 or an unknown ID. */
int32_t ffav_rule_status(uint32_t rule);

/* Names and references as strings. A build with FFAV_NO_STRINGS defined (EL2, EL3) keeps
 * these entry points but they answer "" to save the space of the tables. */
const char *ffav_rule_name(uint32_t rule);    /* "NOTIF_BIND_RECEIVER", or "" */
const char *ffav_rule_ref(uint32_t rule);     /* "DEN0077A v1.2 §16.3 (BIND) w1[15:0]" */
const char *ffav_rule_summary(uint32_t rule); /* one line saying what is wrong */
const char *ffav_status_name(int32_t status); /* "INVALID_PARAMETERS", or "" */
const char *ffav_abi_name(enum ffav_abi abi); /* "FFA_NOTIFICATION_BIND", or "" */

#ifdef __cplusplus
}
#endif

#endif /* FFA_VALIDATE_H */
