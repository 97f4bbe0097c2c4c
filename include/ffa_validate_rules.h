/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The rules of libffa_validate, one line each:
 *
 *   X(NAME, ID, STATUS, "spec reference", "what is wrong")
 *
 * ID is stable: once released it never changes meaning. STATUS is the FF-A status the rule
 * rejects with (the suffix of FFAV_RET_*). References follow DESIGN.md §7: document,
 * version, section, register and bits. Section numbers are those quoted by the sources of
 * the digests in spec/ (notifications: DEN0077A v1.2 chapter 16, 16.1 BITMAP_CREATE ..
 * 16.7 INFO_GET; direct messaging: chapter 15, 15.2 REQ .. 15.5 RESP2; framework messages:
 * chapter 18). Where sources disagree, the rule follows the digest's reading and says so in
 * docs/rules.md.
 *
 * Ranges: 0x01xx calling convention, 0x02xx notification ABIs, 0x03xx direct messages,
 * 0x04xx response frames, 0x05xx notification model, 0x06xx direct-messaging model.
 */
#ifndef FFA_VALIDATE_RULES_H
#define FFA_VALIDATE_RULES_H

/* ---- Caller identity and the SMCCC calling convention (lib/check.c) ---- */
#define FFAV_RULES_CC(X)                                                                           \
	X(CC_CALLER_ROLE, 0x0101, NOT_SUPPORTED, "libffa_validate DESIGN.md §3 ffav_caller.role",  \
	  "the caller's role is not one of enum ffav_role")                                        \
	X(CC_CALLER_ID, 0x0102, NOT_SUPPORTED, "DEN0077A v1.2 §6.1 partition ID bit 15",           \
	  "the caller's ID does not fit its role (host and hypervisor are 0, a VM is a non-zero "  \
	  "Normal-world ID, SP/SPMC/SPMD IDs have bit 15 set)")                                    \
	X(CC_CALLER_VERSION, 0x0103, NOT_SUPPORTED, "DEN0077A v1.2 §13.2.1 FFA_VERSION w1",        \
	  "the negotiated FF-A version is not one this library judges (v1.0 to v1.3)")             \
	X(CC_CALLER_POLICY, 0x0104, NOT_SUPPORTED, "libffa_validate DESIGN.md §3 FFAV_POLICY_*",   \
	  "the caller's policy has bits this library does not know")                               \
	X(CC_NULL_ARGUMENT, 0x0105, INVALID_PARAMETERS, "libffa_validate DESIGN.md §3 ffav_check", \
	  "caller or regs is NULL")                                                                \
	X(CC_FID_NOT_FAST, 0x0110, NOT_SUPPORTED, "DEN0028 SMCCC Table 2.1 w0[31]",                \
	  "w0 is a yielding call; every FF-A function is a fast call")                             \
	X(CC_FID_OWNER, 0x0111, NOT_SUPPORTED, "DEN0028 SMCCC Table 2.1 w0[29:24]",                \
	  "w0 names an owner other than the Standard Secure Service (4)")                          \
	X(CC_FID_RESERVED, 0x0112, NOT_SUPPORTED, "DEN0028 SMCCC Table 2.1 w0[23:17]",             \
	  "w0 has reserved function-ID bits set (must be zero for fast calls)")                    \
	X(CC_FID_UNKNOWN, 0x0113, NOT_SUPPORTED, "DEN0077A v1.2 §13 function IDs w0[15:0]",        \
	  "w0 names no FF-A function")                                                             \
	X(CC_FID_WIDTH, 0x0114, NOT_SUPPORTED, "DEN0077A v1.2 §13 function IDs w0[30]",            \
	  "the FF-A function does not exist in this calling convention (SMC32/SMC64)")             \
	X(CC_FID_TOO_NEW, 0x0115, NOT_SUPPORTED, "DEN0077A v1.2 §13.2.1 version compatibility",    \
	  "the function is newer than the negotiated FF-A version")                                \
	X(CC_FID_RETIRED, 0x0116, NOT_SUPPORTED, "DEN0077A v1.1 §13 (MSG_POLL, MSG_SEND removed)", \
	  "the function no longer exists at the negotiated FF-A version")                          \
	X(CC_NOT_COVERED, 0x0117, NOT_SUPPORTED, "libffa_validate DESIGN.md §1 scope",             \
	  "a valid FF-A function outside this library's scope (see ffav_covers())")                \
	X(CC_ABI_MISMATCH, 0x0118, NOT_SUPPORTED, "libffa_validate per-ABI entry points",          \
	  "a per-ABI check was called with the function ID of another ABI")                        \
	X(CC_UPPER_HALF, 0x0120, INVALID_PARAMETERS, "DEN0028 SMCCC §2.6 SMC32 x1-x7[63:32]",      \
	  "SMC32 call with non-zero x1..x7[63:32] (FFAV_POLICY_REJECT_UPPER_HALVES)")

/* ---- Notification ABIs (lib/notif_*.c) ---------------------------------- */
#define FFAV_RULES_NOTIF(X)                                                                        \
	X(NOTIF_CREATE_CALLER, 0x0210, NOT_SUPPORTED,                                              \
	  "DEN0077A v1.2 §16.1 (BITMAP_CREATE) caller",                                            \
	  "BITMAP_CREATE is only for the Non-secure physical instance (host or hypervisor)")       \
	X(NOTIF_CREATE_SBZ, 0x0211, INVALID_PARAMETERS,                                            \
	  "DEN0077A v1.2 §16.1 (BITMAP_CREATE) w3-w7 (v1.3: w4-w7)",                               \
	  "BITMAP_CREATE reserved register is not zero")                                           \
	X(NOTIF_CREATE_ID_MBZ, 0x0212, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.2 §16.1 (BITMAP_CREATE) w1[31:16]",                                         \
	  "BITMAP_CREATE w1[31:16], above the VM ID, is reserved and must be zero")                \
	X(NOTIF_CREATE_VM_ID, 0x0213, INVALID_PARAMETERS,                                          \
	  "DEN0077A v1.2 §16.1 (BITMAP_CREATE) w1[15:0]",                                          \
	  "BITMAP_CREATE VM ID is not a Normal-world ID the caller may name (the host only "       \
	  "itself, 0)")                                                                            \
	X(NOTIF_DESTROY_CALLER, 0x0220, NOT_SUPPORTED,                                             \
	  "DEN0077A v1.2 §16.2 (BITMAP_DESTROY) caller",                                           \
	  "BITMAP_DESTROY is only for the Non-secure physical instance (host or hypervisor)")      \
	X(NOTIF_DESTROY_SBZ, 0x0221, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.2 §16.2 (BITMAP_DESTROY) w2-w7",                                            \
	  "BITMAP_DESTROY reserved register is not zero")                                          \
	X(NOTIF_DESTROY_ID_MBZ, 0x0222, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.2 §16.2 (BITMAP_DESTROY) w1[31:16]",                                        \
	  "BITMAP_DESTROY w1[31:16], above the VM ID, is reserved and must be zero")               \
	X(NOTIF_DESTROY_VM_ID, 0x0223, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.2 §16.2 (BITMAP_DESTROY) w1[15:0]",                                         \
	  "BITMAP_DESTROY VM ID is not a Normal-world ID the caller may name (the host only "      \
	  "itself, 0)")                                                                            \
	X(NOTIF_BIND_CALLER, 0x0230, NOT_SUPPORTED, "DEN0077A v1.2 §16.3 (BIND) caller",           \
	  "BIND is invoked by a receiver endpoint, never by the SPMC or SPMD")                     \
	X(NOTIF_BIND_SBZ, 0x0231, INVALID_PARAMETERS, "DEN0077A v1.2 §16.3 (BIND) w5-w7",          \
	  "BIND reserved register is not zero")                                                    \
	X(NOTIF_BIND_FLAGS_MBZ, 0x0232, INVALID_PARAMETERS, "DEN0077A v1.2 §16.3 (BIND) w2[31:1]", \
	  "BIND flags w2[31:1] are reserved and must be zero")                                     \
	X(NOTIF_BIND_PER_VCPU, 0x0233, INVALID_PARAMETERS, "DEN0077A v1.3 §16.3 (BIND) w2[0]",     \
	  "BIND per-vCPU flag set, but per-vCPU notifications are not supported "                  \
	  "(FFAV_POLICY_NO_PER_VCPU)")                                                             \
	X(NOTIF_BIND_RECEIVER, 0x0234, INVALID_PARAMETERS, "DEN0077A v1.2 §16.3 (BIND) w1[15:0]",  \
	  "BIND receiver w1[15:0] is not the caller (a hypervisor may name any Normal-world ID)")  \
	X(NOTIF_BIND_SENDER_LP, 0x0235, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.2 §16.3 (BIND) w1[31:16]",                                                  \
	  "BIND sender w1[31:16] is an SPMD logical partition (0xFFC0-0xFFFE) or the SPMD "        \
	  "(0xFFFF)")                                                                              \
	X(NOTIF_BIND_SENDER_NOT_SP, 0x0236, INVALID_PARAMETERS,                                    \
	  "DEN0077A v1.2 §16.3 (BIND) w1[31:16]",                                                  \
	  "BIND from the Non-secure physical instance: the sender w1[31:16] must be an SP")        \
	X(NOTIF_BIND_SENDER_IS_RECEIVER, 0x0237, INVALID_PARAMETERS,                               \
	  "DEN0077A v1.2 §16.3 (BIND) w1[31:16]",                                                  \
	  "BIND sender w1[31:16] equals the receiver w1[15:0]")                                    \
	X(NOTIF_BIND_BITMAP_EMPTY, 0x0238, INVALID_PARAMETERS, "DEN0077A v1.2 §16.3 (BIND) w3-w4", \
	  "BIND notification bitmap w3|w4 is empty")                                               \
	X(NOTIF_UNBIND_CALLER, 0x0240, NOT_SUPPORTED, "DEN0077A v1.2 §16.4 (UNBIND) caller",       \
	  "UNBIND is invoked by a receiver endpoint, never by the SPMC or SPMD")                   \
	X(NOTIF_UNBIND_SBZ, 0x0241, INVALID_PARAMETERS, "DEN0077A v1.2 §16.4 (UNBIND) w5-w7",      \
	  "UNBIND reserved register is not zero")                                                  \
	X(NOTIF_UNBIND_FLAGS_MBZ, 0x0242, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.2 §16.4 (UNBIND) w2[31:0]", "UNBIND w2 is reserved and must be zero")       \
	X(NOTIF_UNBIND_RECEIVER, 0x0244, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.2 §16.4 (UNBIND) w1[15:0]",                                                 \
	  "UNBIND receiver w1[15:0] is not the caller (a hypervisor may name any Normal-world "    \
	  "ID)")                                                                                   \
	X(NOTIF_UNBIND_SENDER_LP, 0x0245, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.2 §16.4 (UNBIND) w1[31:16]",                                                \
	  "UNBIND sender w1[31:16] is an SPMD logical partition (0xFFC0-0xFFFE) or the SPMD "      \
	  "(0xFFFF)")                                                                              \
	X(NOTIF_UNBIND_SENDER_NOT_SP, 0x0246, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.2 §16.4 (UNBIND) w1[31:16]",                                                \
	  "UNBIND from the Non-secure physical instance: the sender w1[31:16] must be an SP")      \
	X(NOTIF_UNBIND_SENDER_IS_RECEIVER, 0x0247, INVALID_PARAMETERS,                             \
	  "DEN0077A v1.2 §16.4 (UNBIND) w1[31:16]",                                                \
	  "UNBIND sender w1[31:16] equals the receiver w1[15:0]")                                  \
	X(NOTIF_UNBIND_BITMAP_EMPTY, 0x0248, INVALID_PARAMETERS,                                   \
	  "DEN0077A v1.2 §16.4 (UNBIND) w3-w4", "UNBIND notification bitmap w3|w4 is empty")       \
	X(NOTIF_SET_CALLER, 0x0250, NOT_SUPPORTED, "DEN0077A v1.2 §16.5 (SET) caller",             \
	  "SET is invoked by a sender endpoint, never by the SPMC or SPMD")                        \
	X(NOTIF_SET_SBZ, 0x0251, INVALID_PARAMETERS, "DEN0077A v1.2 §16.5 (SET) w5-w7",            \
	  "SET reserved register is not zero")                                                     \
	X(NOTIF_SET_FLAGS_MBZ, 0x0252, INVALID_PARAMETERS, "DEN0077A v1.2 §16.5 (SET) w2[15:2]",   \
	  "SET flags w2[15:2] are reserved and must be zero")                                      \
	X(NOTIF_SET_VCPU_GLOBAL, 0x0253, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.2 §16.5 (SET) w2[31:16]",                                                   \
	  "SET of global notifications (w2[0] = 0) with a non-zero vCPU ID w2[31:16]")             \
	X(NOTIF_SET_DELAY_SRI, 0x0254, INVALID_PARAMETERS, "DEN0077A v1.2 §16.5.1 (SET) w2[1]",    \
	  "SET Delay Schedule Receiver Interrupt flag from a Normal-world caller (only an SP may " \
	  "set it)")                                                                               \
	X(NOTIF_SET_PER_VCPU, 0x0255, INVALID_PARAMETERS, "DEN0077A v1.3 §16.5 (SET) w2[0]",       \
	  "SET per-vCPU flag set, but per-vCPU notifications are not supported "                   \
	  "(FFAV_POLICY_NO_PER_VCPU)")                                                             \
	X(NOTIF_SET_SENDER, 0x0256, INVALID_PARAMETERS, "DEN0077A v1.2 §16.5 (SET) w1[31:16]",     \
	  "SET sender w1[31:16] is not the caller (a hypervisor may name any Normal-world ID)")    \
	X(NOTIF_SET_RECEIVER_LP, 0x0257, INVALID_PARAMETERS, "DEN0077A v1.2 §16.5 (SET) w1[15:0]", \
	  "SET receiver w1[15:0] is an SPMD logical partition (0xFFC0-0xFFFE) or the SPMD "        \
	  "(0xFFFF)")                                                                              \
	X(NOTIF_SET_RECEIVER_NOT_SP, 0x0258, INVALID_PARAMETERS,                                   \
	  "DEN0077A v1.2 §16.5 (SET) w1[15:0]",                                                    \
	  "SET from the Non-secure physical instance: the receiver w1[15:0] must be an SP")        \
	X(NOTIF_SET_RECEIVER_IS_SENDER, 0x0259, INVALID_PARAMETERS,                                \
	  "DEN0077A v1.2 §16.5 (SET) w1[15:0]",                                                    \
	  "SET receiver w1[15:0] equals the sender w1[31:16]")                                     \
	X(NOTIF_SET_BITMAP_EMPTY, 0x025A, INVALID_PARAMETERS, "DEN0077A v1.2 §16.5 (SET) w3-w4",   \
	  "SET notification bitmap w3|w4 is empty")                                                \
	X(NOTIF_GET_CALLER, 0x0260, NOT_SUPPORTED, "DEN0077A v1.2 §16.6 (GET) caller",             \
	  "GET is invoked by a receiver endpoint, never by the SPMC or SPMD")                      \
	X(NOTIF_GET_SBZ, 0x0261, INVALID_PARAMETERS, "DEN0077A v1.2 §16.6 (GET) w3-w7",            \
	  "GET reserved register is not zero")                                                     \
	X(NOTIF_GET_FLAGS_MBZ, 0x0262, INVALID_PARAMETERS, "DEN0077A v1.2 §16.6 (GET) w2[31:4]",   \
	  "GET flags w2[31:4] are reserved and must be zero")                                      \
	X(NOTIF_GET_FLAGS_NS_PHYSICAL, 0x0263, INVALID_PARAMETERS,                                 \
	  "DEN0077A v1.2 §16.6 (GET) w2[1], w2[3]",                                                \
	  "GET from the Non-secure physical instance asks for the VM (w2[1]) or hypervisor "       \
	  "(w2[3]) bitmap, which the hypervisor keeps")                                            \
	X(NOTIF_GET_RECEIVER, 0x0264, INVALID_PARAMETERS, "DEN0077A v1.2 §16.6 (GET) w1[15:0]",    \
	  "GET receiver w1[15:0] is not the caller (a hypervisor may name any Normal-world ID; "   \
	  "w1[31:16] is the vCPU ID)")                                                             \
	X(NOTIF_INFO_GET_CALLER, 0x0270, NOT_SUPPORTED, "DEN0077A v1.2 §16.7 (INFO_GET) caller",   \
	  "INFO_GET is for the Normal-world scheduler (host, hypervisor, scheduler VM), never a "  \
	  "secure caller")                                                                         \
	X(NOTIF_INFO_GET_SBZ, 0x0271, INVALID_PARAMETERS,                                          \
	  "DEN0077A v1.2 §16.7 (INFO_GET) x1-x7; v1.2+ SMC64 x8-x17",                              \
	  "INFO_GET takes no parameters: a reserved register is not zero")

/* ---- Direct-message ABIs and framework messages (lib/direct_*.c) -------- */
#define FFAV_RULES_DIRECT(X)                                                                       \
	X(DIRECT_REQ_CALLER, 0x0310, NOT_SUPPORTED, "DEN0077A v1.2 §15.2 (DIRECT_REQ) caller",     \
	  "this caller may not send FFA_MSG_SEND_DIRECT_REQ")                                      \
	X(DIRECT_REQ_SBZ, 0x0311, INVALID_PARAMETERS,                                              \
	  "DEN0077A v1.2 §15.2 (DIRECT_REQ) SMC64 x8-x17 (v1.2)",                                  \
	  "DIRECT_REQ_64 at v1.2: x8..x17 are reserved and must be zero")                          \
	X(DIRECT_RESP_CALLER, 0x0320, NOT_SUPPORTED, "DEN0077A v1.2 §15.3 (DIRECT_RESP) caller",   \
	  "a Normal-world endpoint (host or VM) never sends FFA_MSG_SEND_DIRECT_RESP to its "      \
	  "proxy")                                                                                 \
	X(DIRECT_RESP_SBZ, 0x0321, INVALID_PARAMETERS,                                             \
	  "DEN0077A v1.2 §15.3 (DIRECT_RESP) SMC64 x8-x17 (v1.2)",                                 \
	  "DIRECT_RESP_64 at v1.2: x8..x17 are reserved and must be zero")                         \
	X(DIRECT_REQ2_CALLER, 0x0330, NOT_SUPPORTED, "DEN0077A v1.2 §15.4 (DIRECT_REQ2) caller",   \
	  "this caller may not send FFA_MSG_SEND_DIRECT_REQ2 (partition messages only)")           \
	X(DIRECT_RESP2_CALLER, 0x0340, NOT_SUPPORTED, "DEN0077A v1.2 §15.5 (DIRECT_RESP2) caller", \
	  "a Normal-world endpoint (host or VM) never sends FFA_MSG_SEND_DIRECT_RESP2 to its "     \
	  "proxy")                                                                                 \
	/* DIRECT_FIELDS: field rules of issue 4 go here */

/* ---- Response frames (lib/response*.c) ---------------------------------- */
#define FFAV_RULES_RESPONSE(X) /* issue 5 */

/* ---- Notification model (lib/model_notif.c) ----------------------------- */
#define FFAV_RULES_MODEL_NOTIF(X) /* issue 6 */

/* ---- Direct-messaging model (lib/model_direct.c) ------------------------ */
#define FFAV_RULES_MODEL_DIRECT(X) /* issue 6 */

/* Every rule. */
#define FFAV_RULES(X)             \
	FFAV_RULES_CC(X)          \
	FFAV_RULES_NOTIF(X)       \
	FFAV_RULES_DIRECT(X)      \
	FFAV_RULES_RESPONSE(X)    \
	FFAV_RULES_MODEL_NOTIF(X) \
	FFAV_RULES_MODEL_DIRECT(X)

#define FFAV_RULE_ENUM_(name, id, status, ref, text) FFAV_RULE_##name = (id),
enum ffav_rule { FFAV_RULE_NONE = 0, FFAV_RULES(FFAV_RULE_ENUM_) };
#undef FFAV_RULE_ENUM_

#endif /* FFA_VALIDATE_RULES_H */
