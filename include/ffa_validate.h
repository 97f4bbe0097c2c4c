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
#include "ffa_validate_abis.h"
#include "ffa_validate_rules.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- The public contract (fixed) --------------------------------------- */

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

/* The callee's supported number of notifications, per sender class, in two 9-bit fields of
 * ffav_caller.policy: i notifications beyond 64, as FFA_FEATURES feature ID 4 reports them
 * (DEN0077A v1.3 Table 13.14: w2[19:11] from SPs, w2[10:2] from VMs) or, at the Non-secure
 * physical instance for one VM, as FFA_NOTIFICATION_BITMAP_CREATE allocated them (Table 16.4
 * w2[8:0]). The bitmaps of BIND2, UNBIND2, SET2 and GET2 then hold 64 + i notifications and
 * their bits above that are refused. 0, a policy that says nothing, means 64, what every
 * implementation before v1.3 supports. i is at most 320 (CC_CALLER_NOTIF_COUNT above it).
 *   caller.policy = FFAV_POLICY_NOTIF_EXTRA_SP(320) | FFAV_POLICY_NOTIF_EXTRA_VM(0);  */
#define FFAV_NOTIF_EXTRA_MAX 320u
#define FFAV_POLICY_NOTIF_EXTRA_SP_SHIFT 8
#define FFAV_POLICY_NOTIF_EXTRA_VM_SHIFT 17
#define FFAV_POLICY_NOTIF_EXTRA_SP_MASK (0x1FFu << FFAV_POLICY_NOTIF_EXTRA_SP_SHIFT)
#define FFAV_POLICY_NOTIF_EXTRA_VM_MASK (0x1FFu << FFAV_POLICY_NOTIF_EXTRA_VM_SHIFT)
#define FFAV_POLICY_NOTIF_EXTRA_SP(i) (((uint32_t)(i)&0x1FFu) << FFAV_POLICY_NOTIF_EXTRA_SP_SHIFT)
#define FFAV_POLICY_NOTIF_EXTRA_VM(i) (((uint32_t)(i)&0x1FFu) << FFAV_POLICY_NOTIF_EXTRA_VM_SHIFT)

/* Every policy bit this library knows. */
#define FFAV_POLICY_ALL                                                                       \
	(FFAV_POLICY_REJECT_UPPER_HALVES | FFAV_POLICY_IGNORE_SBZ | FFAV_POLICY_NO_PER_VCPU | \
	 FFAV_POLICY_ENDPOINT_FRAMEWORK | FFAV_POLICY_NOTIF_EXTRA_SP_MASK |                   \
	 FFAV_POLICY_NOTIF_EXTRA_VM_MASK)

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
	FFAV_ABI_NOTIFICATION_BIND2 = 12,   /* SMC64 only, from v1.3 */
	FFAV_ABI_NOTIFICATION_UNBIND2 = 13, /* SMC64 only, from v1.3 */
	FFAV_ABI_NOTIFICATION_SET2 = 14,    /* SMC64 only, from v1.3 */
	FFAV_ABI_NOTIFICATION_GET2 = 15,    /* SMC64 only, from v1.3 */
	FFAV_ABI_FEATURES = 16,		    /* FFA_FEATURES: the queries of the notification
					       features (IDs 1-4) and of the covered ABIs */
};
#define FFAV_ABI_COUNT 17

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
#define FFAV_FID_FEATURES 0x84000064u
#define FFAV_FID_NOTIFICATION_BIND2 0xC4000094u
#define FFAV_FID_NOTIFICATION_UNBIND2 0xC4000095u
#define FFAV_FID_NOTIFICATION_SET2 0xC4000096u
#define FFAV_FID_NOTIFICATION_GET2 0xC4000097u

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
int32_t ffav_check_notification_bind2(const struct ffav_caller *caller,
				      const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_notification_unbind2(const struct ffav_caller *caller,
					const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_notification_set2(const struct ffav_caller *caller,
				     const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_notification_get2(const struct ffav_caller *caller,
				     const uint64_t regs[FFAV_NREGS], struct ffav_diag *diag);
int32_t ffav_check_features(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
			    struct ffav_diag *diag);

/* FFA_FEATURES w1 (DEN0077A v1.3 Table 13.12): bit 31 set, an FF-A function ID; clear, a
 * feature ID in [7:0] (Table 13.14). */
#define FFAV_FEATURES_FID_BIT (1u << 31)
#define FFAV_FEATURE_NOTIF_PENDING_INTR 0x1u /* notification pending interrupt, from v1.1 */
#define FFAV_FEATURE_SCHEDULE_RECV_INTR 0x2u /* Schedule Receiver interrupt, from v1.1 */
#define FFAV_FEATURE_MANAGED_EXIT_INTR 0x3u  /* managed exit interrupt, from v1.1 */
#define FFAV_FEATURE_NOTIFICATIONS 0x4u	     /* notification features, from v1.3 */

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

/* The name of the FF-A function w0 names in either width ("FFA_MSG_SEND_DIRECT_REQ" for
 * 0x8400006F and 0xC400006F; SVE hint ignored), from FFAV_FUNCTIONS() in
 * ffa_validate_abis.h; "" when w0 names none (or with FFAV_NO_STRINGS). */
const char *ffav_function_name(uint32_t w0);

/* Where the registers of a covered call end, as the checks see them. */
struct ffav_abi_layout {
	enum ffav_abi abi;  /* the covered ABI x0 names */
	bool smc64;	    /* x0 is the ABI's SMC64 function ID */
	uint8_t last_arg;   /* the last parameter register at that version (0: none) */
	uint8_t window_end; /* the last register of the unused-register window: 7, or 17 for
			       SMC64 calls from v1.2; registers last_arg+1..window_end are
			       reserved, those above window_end are not part of the call */
};

/* The parameter window of the call x0 names (SVE hint ignored) at the negotiated FF-A
 * version `version` (FFAV_VERSION(1, 2)). False, with out->abi = FFAV_ABI_NONE, when x0
 * names no covered ABI (ffav_abi_of()); the version is not checked against the ABI's. */
bool ffav_abi_params(uint32_t version, uint64_t x0, struct ffav_abi_layout *out);

/* ---- Build selection: what a port compiles in ----------------------------- */

/* A port that judges only some callers and ABIs (pKVM: its host; Xen: its guests) says so
 * at build time, in its environment header (FFAV_ENV_HEADER) or with -D, and the library
 * compiles only those paths: a role that cannot occur folds every test of it away. A call
 * outside the selection is never judged valid: it gets NOT_SUPPORTED, rule
 * CC_ROLE_NOT_SELECTED, CC_VERSION_NOT_SELECTED, CC_POLICY_NOT_SELECTED (after the caller
 * description) or CC_ABI_NOT_SELECTED (after the function ID, judged as always). Inside the
 * selection every answer is ffav_check()'s unchanged. The default selects everything.
 *
 *   #define FFAV_SELECT_ROLES FFAV_ROLE_BIT_HOST
 *   #define FFAV_SELECT_ABIS (FFAV_ABIS_NOTIFICATIONS | FFAV_ABIS_DIRECT)
 *   #define FFAV_SELECT_VERSION_MAX FFAV_VERSION(1, 1)
 *   #define FFAV_SELECT_POLICIES 0
 *   #define FFAV_SELECT_RESPONSES 0
 *
 * FFAV_SELECT_ROLES, _ABIS and _POLICIES are plain numbers (FFAV_ROLE_BIT_*, FFAV_ABIS_*,
 * FFAV_POLICY_* or literals): lib/ reads them in #if to leave whole files out.
 *
 * The models (ffa_validate_model.h) judge endpoints of every role: build them only with the
 * default selection. */
#define FFAV_ROLE_BIT(role) (1u << (unsigned int)(role))
/* The same as numbers, for FFAV_SELECT_ROLES (lib/ reads it in #if). */
#define FFAV_ROLE_BIT_HOST 0x01u
#define FFAV_ROLE_BIT_HYPERVISOR 0x02u
#define FFAV_ROLE_BIT_VM 0x04u
#define FFAV_ROLE_BIT_SP 0x08u
#define FFAV_ROLE_BIT_SPMC 0x10u
#define FFAV_ROLE_BIT_SPMD 0x20u
#define FFAV_ROLES_ALL 0x3Fu /* the six roles of enum ffav_role */
#define FFAV_ABI_BIT(abi) (1u << (unsigned int)(abi))
/* The ABI families. */
#define FFAV_ABIS_NOTIFICATIONS 0x00FEu	 /* BITMAP_CREATE .. INFO_GET (v1.1) */
#define FFAV_ABIS_DIRECT 0x0300u	 /* MSG_SEND_DIRECT_REQ, _RESP (both widths) */
#define FFAV_ABIS_DIRECT2 0x0C00u	 /* MSG_SEND_DIRECT_REQ2, _RESP2 (v1.2) */
#define FFAV_ABIS_NOTIFICATIONS2 0xF000u /* BIND2, UNBIND2, SET2, GET2 (v1.3) */
#define FFAV_ABIS_FEATURES 0x10000u	 /* FFA_FEATURES */
#define FFAV_ABIS_ALL 0x1FFFEu

#ifndef FFAV_SELECT_ROLES
#define FFAV_SELECT_ROLES FFAV_ROLES_ALL
#endif
#ifndef FFAV_SELECT_ABIS
#define FFAV_SELECT_ABIS FFAV_ABIS_ALL
#endif
#ifndef FFAV_SELECT_VERSION_MAX
#define FFAV_SELECT_VERSION_MAX FFAV_VERSION_MAX
#endif
/* The policy bits (FFAV_POLICY_*) this build honours; a caller with another is refused. */
#ifndef FFAV_SELECT_POLICIES
#define FFAV_SELECT_POLICIES FFAV_POLICY_ALL
#endif
/* 0: the response checker and decoders (ffav_check_response(), ffav_info_get_*(),
 * ffav_get_*()) are not built; a port that only judges calls saves their space. */
#ifndef FFAV_SELECT_RESPONSES
#define FFAV_SELECT_RESPONSES 1
#endif

/* ---- A caller described once ---------------------------------------------- */

/* What does not change between the calls of one caller, judged once: the caller
 * description, which functions it may invoke at its version, where each ABI's reserved
 * registers begin. A port fills it when the caller's description is settled (at FFA_VERSION
 * negotiation, at VM creation) and keeps it with the caller; ffav_check_prepared() then
 * answers exactly as ffav_check() on the description it was prepared from, for every input,
 * with less work per call. Caller-owned, no pointer inside: it may be copied. Its fields are
 * the library's: read them, never write them. */
#define FFAV_PREPARED_FIDS 64u /* function numbers 0x60 .. 0x9F */
struct ffav_prepared {
	struct ffav_caller caller; /* the description, as given */
	int32_t status;		   /* its verdict: FFAV_RET_SUCCESS, or what every call gets */
	uint32_t rule;		   /* ... and its rule */
	/* [w]: SMC32 (0) and SMC64 (1). Bit (n - 0x60): function number n, in that width, is a
	 * covered ABI of the build selection that exists at the caller's version and that the
	 * caller's role may invoke; any other call takes ffav_check()'s path. */
	uint64_t accepts[2];
	/* The first reserved register of each ABI in each width at the caller's version, or 0
	 * when no unused register is judged (FFAV_POLICY_IGNORE_SBZ, or none is reserved). */
	uint8_t first_unused[FFAV_ABI_COUNT][2];
	uint8_t window_end[2]; /* the last register of the unused-register window */
};

/* Judge the description once. Returns its verdict (FFAV_RET_SUCCESS, or the status every
 * call of this caller gets, with the rule in diag); p is filled in either case and is then
 * ready for ffav_check_prepared(). NULL caller or p: INVALID_PARAMETERS, CC_NULL_ARGUMENT,
 * p untouched. */
int32_t ffav_prepare(const struct ffav_caller *caller, struct ffav_prepared *p,
		     struct ffav_diag *diag);

/* ffav_check(&p->caller, regs, diag), from the prepared description: the same status, rule,
 * register and bits for every input. */
int32_t ffav_check_prepared(const struct ffav_prepared *p, const uint64_t regs[FFAV_NREGS],
			    struct ffav_diag *diag);

/* True when the prepared caller may invoke the function x0 names (SVE hint ignored): a
 * covered ABI of the build selection, in that width, that exists at the caller's version and
 * that the caller's role may invoke. ffav_check_prepared() refuses every other call, before
 * any field (NOT_SUPPORTED, with the rule ffav_check() names); a port may use it to tell its
 * own calls from the library's early. False for a NULL or refused description. */
bool ffav_prepared_accepts(const struct ffav_prepared *p, uint64_t x0);

/* ffav_canonical(&p->caller, regs, out, diag), from the prepared description. */
int32_t ffav_canonical_prepared(const struct ffav_prepared *p, const uint64_t regs[FFAV_NREGS],
				uint64_t out[FFAV_NREGS], struct ffav_diag *diag);

/* ---- Responses: check and decode what comes back ------------------------ */

/* Is resp an answer the spec allows to the call `call` that `caller` made?
 *
 * FFAV_RET_SUCCESS when it is, FFAV_RET_INVALID_PARAMETERS (diag: a RESP_* rule, the register
 * of resp and offending bits of resp[reg]) when it is not. Never writes call or resp; diag
 * may be NULL.
 *
 * The call is judged first, with ffav_check(). When the call itself is not a valid covered
 * call, there is no "answer to that call" to judge: the result is the call's verdict, the
 * status and diag ffav_check() gives (a non-RESP_* rule whose register and bits refer to
 * call, not resp). The answer the spec requires then is ffav_error_frame(that status);
 * compare resp with it if that is what you want to know.
 *
 * What is judged, by the ABI of the call (DEN0077A v1.3 chapters 15, 16 and 18;
 * docs/responses.md):
 * - every ABI: FFA_ERROR_32 with w1 = 0, w2 an error code the spec lists for the ABI
 *   (one table, lib/response.c), w3..w7 = 0;
 * - notification ABIs: FFA_SUCCESS of the call's width (INFO_GET_64: SUCCESS_64, all others
 *   SUCCESS_32), w1 = 0, unused registers 0 (SMC64 at v1.2+: x8..x17 too), GET bitmaps only
 *   where the call's flags asked, INFO_GET lists consistent; BITMAP_CREATE at v1.3: the
 *   allocated count in w2[8:0]; BIND2, UNBIND2, SET2: FFA_SUCCESS of either width without
 *   parameters; GET2: FFA_SUCCESS64, x2 = 0, the selected bitmaps within the supported number
 *   (FFAV_POLICY_NOTIF_EXTRA_SP/_VM) and without masked notifications;
 * - FFA_FEATURES: FFA_SUCCESS_32 with w4..w7 = 0, no properties for a covered ABI, feature
 *   ID 4's notification features well formed (DEN0077A v1.3 Tables 13.13, 13.14);
 * - DIRECT_REQ_32/64 and REQ2: the response ABI and width that pair with the request, sender
 *   and receiver swapped, flags well formed, a framework response of the type answering the
 *   request type (w4..w7 reserved), or FFA_INTERRUPT_32 / FFA_YIELD_32 naming the request's
 *   receiver. The response is also a call by the responder: the values of its own fields
 *   (a framework status in w3, ...) are judged by ffav_check() on resp with the responder's
 *   identity, not here;
 * - DIRECT_RESP_32/64 and RESP2: the answer is whatever the responder is given next (a new
 *   request, FFA_RUN, an interrupt, ...), which depends on state a stateless check does not
 *   have: FFA_ERROR_32 is judged; the messaging and CPU-cycle frames (direct REQ/RESP of
 *   either width, REQ2/RESP2 from v1.2, FFA_RUN_32, FFA_INTERRUPT_32, FFA_YIELD_32,
 *   FFA_MSG_WAIT_32) are accepted without looking at their fields.
 * SMC32 answers are judged on w1..w7 (upper halves ignored unless
 * FFAV_POLICY_REJECT_UPPER_HALVES); x0[63:32] is ignored; w0 must be the frame's function ID
 * exactly. FFAV_POLICY_IGNORE_SBZ relaxes the checks of unused whole registers. */
int32_t ffav_check_response(const struct ffav_caller *caller, const uint64_t call[FFAV_NREGS],
			    const uint64_t resp[FFAV_NREGS], struct ffav_diag *diag);

/* -- FFA_NOTIFICATION_INFO_GET answers (DEN0077A v1.2 §16.7, v1.3 §16.11) ----------- */

#define FFAV_INFO_GET_MAX_IDS_32 10 /* ID slots in w3..w7 */
#define FFAV_INFO_GET_MAX_IDS_64 20 /* ID slots in x3..x7 */
#define FFAV_INFO_GET_MAX_VCPUS 3   /* vCPU IDs in one list */

/* A decoded INFO_GET answer: the lists' sizes and the ID slots in order. List i holds the
 * endpoint ID ids[first slot of i] followed by sizes[i] vCPU IDs. 64 bytes. */
struct ffav_info_get_view {
	bool more_pending;			 /* x2[0]: call again */
	uint8_t n_lists;			 /* x2[11:7] */
	uint8_t n_ids;				 /* slots used: n_lists + sum of sizes */
	uint8_t sizes[FFAV_INFO_GET_MAX_IDS_64]; /* vCPU IDs in list i, 0..3 */
	uint16_t ids[FFAV_INFO_GET_MAX_IDS_64];	 /* ID slots 0..n_ids-1 */
};

/* One list: an endpoint with pending notifications and the vCPUs they are for (none:
 * global notifications). */
struct ffav_info_get_list {
	uint16_t endpoint;
	uint8_t n_vcpus;
	uint16_t vcpus[FFAV_INFO_GET_MAX_VCPUS];
};

/* Cursor over the lists of a view; start it with ffav_info_get_iter_init(). */
struct ffav_info_get_iter {
	uint8_t list;
	uint8_t slot;
};

/* Decode x2..x7 of an INFO_GET answer (resp[0] and x1 are not read; smc64: the answer is
 * FFA_SUCCESS_64, 4 IDs per register, else 2 per w register). Fills out as far as the
 * encoding can be read (at most the lists that fit the ID slots) and returns
 * FFAV_RET_SUCCESS when x2..x7 are a consistent encoding (the RESP_INFO_GET_* rules),
 * FFAV_RET_INVALID_PARAMETERS otherwise. */
int32_t ffav_info_get_decode(const uint64_t resp[FFAV_NREGS], bool smc64,
			     struct ffav_info_get_view *out);

void ffav_info_get_iter_init(struct ffav_info_get_iter *it);

/* The next list of v, or false when there is none:
 *   for (ffav_info_get_iter_init(&it); ffav_info_get_next(&v, &it, &l);) ... */
bool ffav_info_get_next(const struct ffav_info_get_view *v, struct ffav_info_get_iter *it,
			struct ffav_info_get_list *out);

/* Building an answer (for models and tests): start empty, append lists, encode.
 * ffav_info_get_add() answers FFAV_RET_INVALID_PARAMETERS for n_vcpus > 3 (or vcpus NULL
 * with n_vcpus > 0) and FFAV_RET_NO_MEMORY when the list does not fit the answer's ID
 * slots; v is unchanged then. ffav_info_get_encode() writes the whole FFA_SUCCESS_32/64
 * frame (every other register zero) and answers FFAV_RET_INVALID_PARAMETERS, writing
 * nothing, when v is not a consistent view for that width (no list, too many IDs, a size
 * above 3, n_ids not matching the sizes). */
void ffav_info_get_init(struct ffav_info_get_view *v);
int32_t ffav_info_get_add(struct ffav_info_get_view *v, bool smc64, uint16_t endpoint,
			  const uint16_t *vcpus, uint8_t n_vcpus);
int32_t ffav_info_get_encode(const struct ffav_info_get_view *v, bool smc64,
			     uint64_t out[FFAV_NREGS]);

/* -- FFA_NOTIFICATION_GET answers (DEN0077A v1.2 and v1.3 §16.6) ---------------------- */

/* GET flags, call w2[3:0]: which bitmaps to return and clear. */
#define FFAV_GET_FLAG_SP (1u << 0)  /* SP-sourced bitmap -> answer w2 (IDs 31..0), w3 */
#define FFAV_GET_FLAG_VM (1u << 1)  /* VM-sourced bitmap -> answer w4, w5 */
#define FFAV_GET_FLAG_SPM (1u << 2) /* SPM framework bitmap -> answer w6 */
#define FFAV_GET_FLAG_HYP (1u << 3) /* hypervisor framework bitmap -> answer w7 */

/* The only framework notification defined: RX buffer full, bit 0 of w6 and of w7. */
#define FFAV_FRAMEWORK_NOTIF_RX_BUFFER_FULL (1u << 0)

struct ffav_get_view {
	uint64_t sp;  /* notification IDs 63..0 from SPs: w3:w2 */
	uint64_t vm;  /* notification IDs 63..0 from VMs: w5:w4 */
	uint32_t spm; /* SPM framework bitmap, w6 */
	uint32_t hyp; /* hypervisor framework bitmap, w7 */
};

/* Decode w2..w7 of a GET answer (resp[0], x1 and upper halves are not read). */
void ffav_get_decode(const uint64_t resp[FFAV_NREGS], struct ffav_get_view *out);

/* Write the FFA_SUCCESS_32 frame of a GET answer; every other register zero. */
void ffav_get_encode(const struct ffav_get_view *v, uint64_t out[FFAV_NREGS]);

#ifdef __cplusplus
}
#endif

#endif /* FFA_VALIDATE_H */
