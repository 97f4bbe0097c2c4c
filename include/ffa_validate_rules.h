/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The rules of libffa_validate, one line each:
 *
 *   X(NAME, ID, STATUS, "spec reference", "what is wrong")
 *
 * ID is stable: once released it never changes meaning. STATUS is the FF-A status the rule
 * rejects with (the suffix of FFAV_RET_*). A reference names the document, version, table
 * (or section), register and bits, e.g. "DEN0077A v1.3 Table 15.7 w2[30:8]", plus the older
 * version where the rule differs by version. Where the text leaves a point open, the rule
 * follows the reading docs/notifications.md and docs/direct_messaging.md state, and
 * docs/rules.md says so. A retired rule keeps its ID and is reported by no check.
 *
 * Ranges: 0x01xx calling convention, 0x02xx notification ABIs, 0x03xx direct messages,
 * 0x04xx response frames, 0x05xx notification model, 0x06xx direct-messaging model, 0x07xx
 * FFA_FEATURES queries.
 */
#ifndef FFA_VALIDATE_RULES_H
#define FFA_VALIDATE_RULES_H

/* ---- Caller identity and the SMCCC calling convention (lib/check.c) ---- */
#define FFAV_RULES_CC(X)                                                                            \
	X(CC_CALLER_ROLE, 0x0101, NOT_SUPPORTED, "docs/design.md §3 ffav_caller.role",              \
	  "the caller's role is not one of enum ffav_role")                                         \
	X(CC_CALLER_ID, 0x0102, NOT_SUPPORTED,                                                      \
	  "DEN0077A v1.3 Tables 15.7, 15.11 w1 (endpoint IDs); DEN0077A v1.2 §6.1 ID bit 15",       \
	  "the caller's ID does not fit its role (host and hypervisor are 0, a VM is a non-zero "   \
	  "Normal-world ID, SP/SPMC/SPMD IDs have bit 15 set)")                                     \
	X(CC_CALLER_VERSION, 0x0103, NOT_SUPPORTED, "DEN0077A v1.3 §13.2.1 FFA_VERSION number",     \
	  "the negotiated FF-A version is not one this library judges (v1.0 to v1.3)")              \
	X(CC_CALLER_POLICY, 0x0104, NOT_SUPPORTED, "docs/design.md §3 FFAV_POLICY_*",               \
	  "the caller's policy has bits this library does not know")                                \
	X(CC_NULL_ARGUMENT, 0x0105, INVALID_PARAMETERS, "docs/design.md §3 ffav_check()",           \
	  "caller or regs is NULL")                                                                 \
	X(CC_FID_NOT_FAST, 0x0110, NOT_SUPPORTED, "DEN0028 SMCCC Table 2.1 w0[31]",                 \
	  "w0 is a yielding call; every FF-A function is a fast call")                              \
	X(CC_FID_OWNER, 0x0111, NOT_SUPPORTED, "DEN0028 SMCCC Table 2.1 w0[29:24]",                 \
	  "w0 names an owner other than the Standard Secure Service (4)")                           \
	X(CC_FID_RESERVED, 0x0112, NOT_SUPPORTED, "DEN0028 SMCCC Table 2.1 w0[23:17]",              \
	  "w0 has reserved function-ID bits set (must be zero for fast calls)")                     \
	X(CC_FID_UNKNOWN, 0x0113, NOT_SUPPORTED,                                                    \
	  "DEN0077A v1.3 chapters 13-18, each ABI's function syntax table w0[15:0]",                \
	  "w0 names no FF-A function")                                                              \
	X(CC_FID_WIDTH, 0x0114, NOT_SUPPORTED,                                                      \
	  "DEN0077A v1.3 chapters 13-18, each ABI's function syntax table w0[30] (e.g. Table "      \
	  "15.15: REQ2 0xC400008D only)",                                                           \
	  "the FF-A function does not exist in this calling convention (SMC32/SMC64)")              \
	X(CC_FID_TOO_NEW, 0x0115, NOT_SUPPORTED, "DEN0077A v1.3 §13.2.1 version compatibility",     \
	  "the function is newer than the negotiated FF-A version")                                 \
	X(CC_FID_RETIRED, 0x0116, NOT_SUPPORTED,                                                    \
	  "DEN0077A v1.1 §13 (MSG_POLL, MSG_SEND deprecated); DEN0077A v1.3 §18.4 Tables 18.15, " \
	  "18.19 (v1.0 compatibility only)",                                                        \
	  "the function no longer exists at the negotiated FF-A version")                           \
	X(CC_NOT_COVERED, 0x0117, NOT_SUPPORTED, "docs/design.md §1 scope",                         \
	  "a valid FF-A function outside this library's scope (see ffav_covers())")                 \
	X(CC_ABI_MISMATCH, 0x0118, NOT_SUPPORTED, "docs/design.md §3 per-ABI entry points",         \
	  "a per-ABI check was called with the function ID of another ABI")                         \
	X(CC_UPPER_HALF, 0x0120, INVALID_PARAMETERS, "DEN0028 SMCCC §2.6 SMC32 x1-x7[63:32]",       \
	  "SMC32 call with non-zero x1..x7[63:32] (FFAV_POLICY_REJECT_UPPER_HALVES)")

/* ---- Notification ABIs (lib/notif_*.c) ---------------------------------- */
#define FFAV_RULES_NOTIF(X)                                                                        \
	X(NOTIF_CREATE_CALLER, 0x0210, NOT_SUPPORTED,                                              \
	  "DEN0077A v1.3 Table 16.2 (BITMAP_CREATE) instances",                                    \
	  "BITMAP_CREATE is only for the Non-secure physical instance (host or hypervisor)")       \
	X(NOTIF_CREATE_SBZ, 0x0211, INVALID_PARAMETERS,                                            \
	  "DEN0077A v1.3 Table 16.3 (BITMAP_CREATE) w4-w7 SBZ; v1.1, v1.2: w3-w7",                 \
	  "BITMAP_CREATE reserved register is not zero")                                           \
	X(NOTIF_CREATE_ID_MBZ, 0x0212, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 16.3, 16.5 (BITMAP_CREATE) w1[31:16] MBZ",                         \
	  "BITMAP_CREATE w1[31:16], above the VM ID, is reserved and must be zero")                \
	X(NOTIF_CREATE_VM_ID, 0x0213, INVALID_PARAMETERS,                                          \
	  "DEN0077A v1.3 Tables 16.3, 16.5 (BITMAP_CREATE) w1[15:0]",                              \
	  "BITMAP_CREATE VM ID is not a Normal-world ID the caller may name (the host only "       \
	  "itself, 0)")                                                                            \
	X(NOTIF_DESTROY_CALLER, 0x0220, NOT_SUPPORTED,                                             \
	  "DEN0077A v1.3 Table 16.7 (BITMAP_DESTROY) instances",                                   \
	  "BITMAP_DESTROY is only for the Non-secure physical instance (host or hypervisor)")      \
	X(NOTIF_DESTROY_SBZ, 0x0221, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Table 16.8 (BITMAP_DESTROY) w2-w7 SBZ",                                   \
	  "BITMAP_DESTROY reserved register is not zero")                                          \
	X(NOTIF_DESTROY_ID_MBZ, 0x0222, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Table 16.8 (BITMAP_DESTROY) w1[31:16] SBZ",                               \
	  "BITMAP_DESTROY w1[31:16], above the VM ID, is reserved (should be zero)")               \
	X(NOTIF_DESTROY_VM_ID, 0x0223, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 16.8, 16.9 (BITMAP_DESTROY) w1[15:0]",                             \
	  "BITMAP_DESTROY VM ID is not a Normal-world ID the caller may name (the host only "      \
	  "itself, 0)")                                                                            \
	X(NOTIF_BIND_CALLER, 0x0230, NOT_SUPPORTED, "DEN0077A v1.3 Table 16.11 (BIND) instances",  \
	  "BIND is invoked by a receiver endpoint, never by the SPMC or SPMD")                     \
	X(NOTIF_BIND_SBZ, 0x0231, INVALID_PARAMETERS,                                              \
	  "DEN0077A v1.3 Table 16.12 (BIND) w5-w7 SBZ", "BIND reserved register is not zero")      \
	X(NOTIF_BIND_FLAGS_MBZ, 0x0232, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Table 16.12 (BIND) w2[31:1] SBZ",                                         \
	  "BIND flags w2[31:1] are reserved (should be zero)")                                     \
	X(NOTIF_BIND_PER_VCPU, 0x0233, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 16.12, 16.13 (BIND) w2[0]; Table 13.14 ID 4",                      \
	  "BIND per-vCPU flag set, but per-vCPU notifications are not supported "                  \
	  "(FFAV_POLICY_NO_PER_VCPU)")                                                             \
	X(NOTIF_BIND_RECEIVER, 0x0234, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 16.12, 16.13 (BIND) w1[15:0]",                                     \
	  "BIND receiver w1[15:0] is not the caller (a hypervisor may name any Normal-world ID)")  \
	X(NOTIF_BIND_SENDER_LP, 0x0235, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 16.12, 16.13 (BIND) w1[31:16]",                                    \
	  "BIND sender w1[31:16] is an SPMD logical partition (0xFFC0-0xFFFE) or the SPMD "        \
	  "(0xFFFF)")                                                                              \
	X(NOTIF_BIND_SENDER_NOT_SP, 0x0236, INVALID_PARAMETERS,                                    \
	  "DEN0077A v1.3 Tables 16.11, 16.12 (BIND) w1[31:16]",                                    \
	  "BIND from the Non-secure physical instance: the sender w1[31:16] must be an SP")        \
	X(NOTIF_BIND_SENDER_IS_RECEIVER, 0x0237, INVALID_PARAMETERS,                               \
	  "DEN0077A v1.3 Tables 16.12, 16.13 (BIND) w1[31:16]",                                    \
	  "BIND sender w1[31:16] equals the receiver w1[15:0]")                                    \
	X(NOTIF_BIND_BITMAP_EMPTY, 0x0238, INVALID_PARAMETERS,                                     \
	  "DEN0077A v1.3 Table 16.12 (BIND) w3-w4", "BIND notification bitmap w3|w4 is empty")     \
	X(NOTIF_UNBIND_CALLER, 0x0240, NOT_SUPPORTED,                                              \
	  "DEN0077A v1.3 Table 16.15 (UNBIND) instances",                                          \
	  "UNBIND is invoked by a receiver endpoint, never by the SPMC or SPMD")                   \
	X(NOTIF_UNBIND_SBZ, 0x0241, INVALID_PARAMETERS,                                            \
	  "DEN0077A v1.3 Table 16.16 (UNBIND) w5-w7 SBZ", "UNBIND reserved register is not zero")  \
	X(NOTIF_UNBIND_FLAGS_MBZ, 0x0242, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Table 16.16 (UNBIND) w2 SBZ", "UNBIND w2 is reserved (should be zero)")   \
	X(NOTIF_UNBIND_RECEIVER, 0x0244, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.3 Tables 16.16, 16.17 (UNBIND) w1[15:0]",                                   \
	  "UNBIND receiver w1[15:0] is not the caller (a hypervisor may name any Normal-world "    \
	  "ID)")                                                                                   \
	X(NOTIF_UNBIND_SENDER_LP, 0x0245, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Tables 16.16, 16.17 (UNBIND) w1[31:16]",                                  \
	  "UNBIND sender w1[31:16] is an SPMD logical partition (0xFFC0-0xFFFE) or the SPMD "      \
	  "(0xFFFF)")                                                                              \
	X(NOTIF_UNBIND_SENDER_NOT_SP, 0x0246, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.3 Tables 16.15, 16.16 (UNBIND) w1[31:16]",                                  \
	  "UNBIND from the Non-secure physical instance: the sender w1[31:16] must be an SP")      \
	X(NOTIF_UNBIND_SENDER_IS_RECEIVER, 0x0247, INVALID_PARAMETERS,                             \
	  "DEN0077A v1.3 Tables 16.16, 16.17 (UNBIND) w1[31:16]",                                  \
	  "UNBIND sender w1[31:16] equals the receiver w1[15:0]")                                  \
	X(NOTIF_UNBIND_BITMAP_EMPTY, 0x0248, INVALID_PARAMETERS,                                   \
	  "DEN0077A v1.3 Tables 16.16, 16.17 (UNBIND) w3-w4 (invalid bitmap)",                     \
	  "UNBIND notification bitmap w3|w4 is empty")                                             \
	X(NOTIF_SET_CALLER, 0x0250, NOT_SUPPORTED, "DEN0077A v1.3 Table 16.19 (SET) instances",    \
	  "SET is invoked by a sender endpoint, never by the SPMC or SPMD")                        \
	X(NOTIF_SET_SBZ, 0x0251, INVALID_PARAMETERS, "DEN0077A v1.3 Table 16.20 (SET) w5-w7 SBZ",  \
	  "SET reserved register is not zero")                                                     \
	X(NOTIF_SET_FLAGS_MBZ, 0x0252, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 16.20, 16.21 (SET) w2[15:2] MBZ",                                  \
	  "SET flags w2[15:2] are reserved and must be zero")                                      \
	X(NOTIF_SET_VCPU_GLOBAL, 0x0253, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.3 Tables 16.20, 16.21 (SET) w2[31:16] MBZ if w2[0] = 0",                    \
	  "SET of global notifications (w2[0] = 0) with a non-zero vCPU ID w2[31:16]")             \
	X(NOTIF_SET_DELAY_SRI, 0x0254, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Table 16.20 (SET) w2[1]; §16.5.1",                                        \
	  "SET Delay Schedule Receiver Interrupt flag from a Normal-world caller (only an SP may " \
	  "set it)")                                                                               \
	X(NOTIF_SET_PER_VCPU, 0x0255, INVALID_PARAMETERS,                                          \
	  "DEN0077A v1.3 Tables 16.20, 16.21 (SET) w2[0]; Table 13.14 ID 4",                       \
	  "SET per-vCPU flag set, but per-vCPU notifications are not supported "                   \
	  "(FFAV_POLICY_NO_PER_VCPU)")                                                             \
	X(NOTIF_SET_SENDER, 0x0256, INVALID_PARAMETERS,                                            \
	  "DEN0077A v1.3 Tables 16.20, 16.21 (SET) w1[31:16]",                                     \
	  "SET sender w1[31:16] is not the caller (a hypervisor may name any Normal-world ID)")    \
	X(NOTIF_SET_RECEIVER_LP, 0x0257, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.3 Tables 16.20, 16.21 (SET) w1[15:0]",                                      \
	  "SET receiver w1[15:0] is an SPMD logical partition (0xFFC0-0xFFFE) or the SPMD "        \
	  "(0xFFFF)")                                                                              \
	X(NOTIF_SET_RECEIVER_NOT_SP, 0x0258, INVALID_PARAMETERS,                                   \
	  "DEN0077A v1.3 Tables 16.19, 16.20 (SET) w1[15:0]",                                      \
	  "SET from the Non-secure physical instance: the receiver w1[15:0] must be an SP")        \
	X(NOTIF_SET_RECEIVER_IS_SENDER, 0x0259, INVALID_PARAMETERS,                                \
	  "DEN0077A v1.3 Tables 16.20, 16.21 (SET) w1[15:0]",                                      \
	  "SET receiver w1[15:0] equals the sender w1[31:16]")                                     \
	X(NOTIF_SET_BITMAP_EMPTY, 0x025A, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Table 16.20 (SET) w3-w4", "SET notification bitmap w3|w4 is empty")       \
	X(NOTIF_GET_CALLER, 0x0260, NOT_SUPPORTED, "DEN0077A v1.3 Table 16.23 (GET) instances",    \
	  "GET is invoked by a receiver endpoint, never by the SPMC or SPMD")                      \
	X(NOTIF_GET_SBZ, 0x0261, INVALID_PARAMETERS, "DEN0077A v1.3 Table 16.24 (GET) w3-w7 SBZ",  \
	  "GET reserved register is not zero")                                                     \
	X(NOTIF_GET_FLAGS_MBZ, 0x0262, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 16.24, 16.26 (GET) w2[31:4] SBZ; v1.1: MBZ",                       \
	  "GET flags w2[31:4] are reserved (should be zero; must be zero at v1.1)")                \
	X(NOTIF_GET_FLAGS_NS_PHYSICAL, 0x0263, INVALID_PARAMETERS,                                 \
	  "DEN0077A v1.3 Table 16.24 (GET) w2[1], w2[3] SBZ at NS physical",                       \
	  "GET from the Non-secure physical instance asks for the VM (w2[1]) or hypervisor "       \
	  "(w2[3]) bitmap, which the hypervisor keeps")                                            \
	X(NOTIF_GET_RECEIVER, 0x0264, INVALID_PARAMETERS,                                          \
	  "DEN0077A v1.3 Tables 16.24, 16.26 (GET) w1[15:0]",                                      \
	  "GET receiver w1[15:0] is not the caller (a hypervisor may name any Normal-world ID; "   \
	  "w1[31:16] is the vCPU ID)")                                                             \
	X(NOTIF_INFO_GET_CALLER, 0x0270, NOT_SUPPORTED,                                            \
	  "DEN0077A v1.3 Table 16.45 (INFO_GET) instances",                                        \
	  "INFO_GET is for the Normal-world scheduler (host, hypervisor, scheduler VM), never a "  \
	  "secure caller")                                                                         \
	X(NOTIF_INFO_GET_SBZ, 0x0271, NOT_SUPPORTED,                                               \
	  "DEN0077A v1.3 Tables 16.46, 16.48 (INFO_GET) x1-x7 SBZ; v1.2+ SMC64 x8-x17",            \
	  "INFO_GET takes no parameters: a reserved register is not zero (NOT_SUPPORTED: the "     \
	  "only codes Table 16.48 lists are NO_DATA and NOT_SUPPORTED)")

/* ---- The caller description, v1.3 additions (lib/check.c) ---- */
#define FFAV_RULES_CC2(X)                                                                         \
	X(CC_CALLER_NOTIF_COUNT, 0x0130, NOT_SUPPORTED,                                           \
	  "DEN0077A v1.3 Table 13.14 ID 4 w2[10:2], w2[19:11] (0 <= i <= 320)",                   \
	  "the caller's policy states more than 320 notifications beyond 64 "                     \
	  "(FFAV_POLICY_NOTIF_EXTRA_SP or _VM)")                                                  \
	X(CC_UPPER_HALF_NOT_SUPPORTED, 0x0131, NOT_SUPPORTED,                                     \
	  "DEN0028 SMCCC §2.6 SMC32 x1-x7[63:32]; DEN0077A v1.3 §13.3, Table 16.48",              \
	  "SMC32 FFA_FEATURES or INFO_GET with non-zero x1..x7[63:32] "                           \
	  "(FFAV_POLICY_REJECT_UPPER_HALVES; NOT_SUPPORTED, the only refusal these ABIs return)") \
	X(CC_ROLE_NOT_SELECTED, 0x0140, NOT_SUPPORTED,                                            \
	  "docs/porting.md build selection (FFAV_SELECT_ROLES)",                                  \
	  "the caller's role is outside the roles this build judges")                             \
	X(CC_VERSION_NOT_SELECTED, 0x0141, NOT_SUPPORTED,                                         \
	  "docs/porting.md build selection (FFAV_SELECT_VERSION_MAX)",                            \
	  "the caller's FF-A version is above the newest this build judges")                      \
	X(CC_ABI_NOT_SELECTED, 0x0142, NOT_SUPPORTED,                                             \
	  "docs/porting.md build selection (FFAV_SELECT_ABIS)",                                   \
	  "a covered ABI outside the ABI families this build judges")                             \
	X(CC_POLICY_NOT_SELECTED, 0x0143, NOT_SUPPORTED,                                          \
	  "docs/porting.md build selection (FFAV_SELECT_POLICIES)",                               \
	  "the caller's policy has a bit this build does not honour")

/* ---- v1.3 extended notifications and the BITMAP_CREATE count (lib/notif2_*.c) ---- */
#define FFAV_RULES_NOTIF2(X)                                                                       \
	X(NOTIF_BIND2_CALLER, 0x0280, NOT_SUPPORTED,                                               \
	  "DEN0077A v1.3 Table 16.28 (BIND2) instances",                                           \
	  "BIND2 is invoked by a receiver endpoint, never by the SPMC or SPMD")                    \
	X(NOTIF_BIND2_SBZ, 0x0281, INVALID_PARAMETERS,                                             \
	  "DEN0077A v1.3 Table 16.29 (BIND2) x9-x17 SBZ",                                          \
	  "BIND2 reserved register x9..x17 is not zero")                                           \
	X(NOTIF_BIND2_FLAGS_SBZ, 0x0282, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.3 Table 16.29 (BIND2) x2[63:1] SBZ",                                        \
	  "BIND2 flags x2[63:1] are reserved (should be zero)")                                    \
	X(NOTIF_BIND2_PER_VCPU, 0x0283, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 16.29, 16.30 (BIND2) x2[0]; Table 13.14 ID 4",                     \
	  "BIND2 per-vCPU flag set, but per-vCPU notifications are not supported "                 \
	  "(FFAV_POLICY_NO_PER_VCPU)")                                                             \
	X(NOTIF_BIND2_RECEIVER, 0x0284, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Table 16.29 (BIND2) w1[15:0]",                                            \
	  "BIND2 receiver w1[15:0] is not the caller (a hypervisor may name any Normal-world ID)") \
	X(NOTIF_BIND2_SENDER_LP, 0x0285, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.3 Tables 16.29, 16.30 (BIND2) w1[31:16]",                                   \
	  "BIND2 sender w1[31:16] is an SPMD logical partition (0xFFC0-0xFFFE) or the SPMD "       \
	  "(0xFFFF)")                                                                              \
	X(NOTIF_BIND2_SENDER_NOT_SP, 0x0286, INVALID_PARAMETERS,                                   \
	  "DEN0077A v1.3 Tables 16.28, 16.29 (BIND2) w1[31:16]",                                   \
	  "BIND2 from the Non-secure physical instance: the sender w1[31:16] must be an SP")       \
	X(NOTIF_BIND2_SENDER_IS_RECEIVER, 0x0287, INVALID_PARAMETERS,                              \
	  "DEN0077A v1.3 Tables 16.29, 16.30 (BIND2) w1[31:16]",                                   \
	  "BIND2 sender w1[31:16] equals the receiver w1[15:0]")                                   \
	X(NOTIF_BIND2_BITMAP_EMPTY, 0x0288, INVALID_PARAMETERS,                                    \
	  "DEN0077A v1.3 Tables 16.29, 16.30 (BIND2) x3-x8",                                       \
	  "BIND2 notification bitmap x3..x8 is empty")                                             \
	X(NOTIF_BIND2_BITMAP_EXCEEDS, 0x0289, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.3 Tables 16.29, 16.30 (BIND2) x3-x8 bits above b MBZ",                      \
	  "BIND2 bitmap names a notification beyond the supported number "                         \
	  "(FFAV_POLICY_NOTIF_EXTRA_SP, _VM)")                                                     \
	X(NOTIF_UNBIND2_CALLER, 0x0290, NOT_SUPPORTED,                                             \
	  "DEN0077A v1.3 Table 16.32 (UNBIND2) instances",                                         \
	  "UNBIND2 is invoked by a receiver endpoint, never by the SPMC or SPMD")                  \
	X(NOTIF_UNBIND2_SBZ, 0x0291, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Table 16.33 (UNBIND2) x9-x17 SBZ",                                        \
	  "UNBIND2 reserved register x9..x17 is not zero")                                         \
	X(NOTIF_UNBIND2_FLAGS_SBZ, 0x0292, INVALID_PARAMETERS,                                     \
	  "DEN0077A v1.3 Table 16.33 (UNBIND2) x2 SBZ", "UNBIND2 x2 is reserved (should be zero)") \
	X(NOTIF_UNBIND2_RECEIVER, 0x0294, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Table 16.33 (UNBIND2) w1[15:0]",                                          \
	  "UNBIND2 receiver w1[15:0] is not the caller (a hypervisor may name any Normal-world "   \
	  "ID)")                                                                                   \
	X(NOTIF_UNBIND2_SENDER_LP, 0x0295, INVALID_PARAMETERS,                                     \
	  "DEN0077A v1.3 Tables 16.33, 16.34 (UNBIND2) w1[31:16]",                                 \
	  "UNBIND2 sender w1[31:16] is an SPMD logical partition (0xFFC0-0xFFFE) or the SPMD "     \
	  "(0xFFFF)")                                                                              \
	X(NOTIF_UNBIND2_SENDER_NOT_SP, 0x0296, INVALID_PARAMETERS,                                 \
	  "DEN0077A v1.3 Tables 16.32, 16.33 (UNBIND2) w1[31:16]",                                 \
	  "UNBIND2 from the Non-secure physical instance: the sender w1[31:16] must be an SP")     \
	X(NOTIF_UNBIND2_SENDER_IS_RECEIVER, 0x0297, INVALID_PARAMETERS,                            \
	  "DEN0077A v1.3 Tables 16.33, 16.34 (UNBIND2) w1[31:16]",                                 \
	  "UNBIND2 sender w1[31:16] equals the receiver w1[15:0]")                                 \
	X(NOTIF_UNBIND2_BITMAP_EMPTY, 0x0298, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.3 Tables 16.33, 16.34 (UNBIND2) x3-x8",                                     \
	  "UNBIND2 notification bitmap x3..x8 is empty")                                           \
	X(NOTIF_UNBIND2_BITMAP_EXCEEDS, 0x0299, INVALID_PARAMETERS,                                \
	  "DEN0077A v1.3 Tables 16.33, 16.34 (UNBIND2) x3-x8 bits above b MBZ",                    \
	  "UNBIND2 bitmap names a notification beyond the supported number "                       \
	  "(FFAV_POLICY_NOTIF_EXTRA_SP, _VM)")                                                     \
	X(NOTIF_SET2_CALLER, 0x02A0, NOT_SUPPORTED, "DEN0077A v1.3 Table 16.36 (SET2) instances",  \
	  "SET2 is invoked by a sender endpoint, never by the SPMC or SPMD")                       \
	X(NOTIF_SET2_SBZ, 0x02A1, INVALID_PARAMETERS,                                              \
	  "DEN0077A v1.3 Table 16.37 (SET2) x9-x17 SBZ",                                           \
	  "SET2 reserved register x9..x17 is not zero")                                            \
	X(NOTIF_SET2_FLAGS_MBZ, 0x02A2, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 16.37, 16.38 (SET2) x2[15:2] MBZ",                                 \
	  "SET2 flags x2[15:2] are reserved and must be zero")                                     \
	X(NOTIF_SET2_VCPU_GLOBAL, 0x02A3, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Tables 16.37, 16.38 (SET2) x2[63:16] MBZ if x2[0] = 0",                   \
	  "SET2 of global notifications (x2[0] = 0) with a non-zero vCPU ID x2[63:16]")            \
	X(NOTIF_SET2_DELAY_SRI, 0x02A4, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Table 16.37 (SET2) x2[1]; §16.5.1",                                       \
	  "SET2 Delay Schedule Receiver Interrupt flag from a Normal-world caller (MBZ but at "    \
	  "the Secure virtual instance)")                                                          \
	X(NOTIF_SET2_PER_VCPU, 0x02A5, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 16.37, 16.38 (SET2) x2[0]; Table 13.14 ID 4",                      \
	  "SET2 per-vCPU flag set, but per-vCPU notifications are not supported "                  \
	  "(FFAV_POLICY_NO_PER_VCPU)")                                                             \
	X(NOTIF_SET2_SENDER, 0x02A6, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Table 16.37 (SET2) w1[31:16]",                                            \
	  "SET2 sender w1[31:16] is not the caller (a hypervisor may name any Normal-world ID)")   \
	X(NOTIF_SET2_RECEIVER_LP, 0x02A7, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Tables 16.37, 16.38 (SET2) w1[15:0]",                                     \
	  "SET2 receiver w1[15:0] is an SPMD logical partition (0xFFC0-0xFFFE) or the SPMD "       \
	  "(0xFFFF)")                                                                              \
	X(NOTIF_SET2_RECEIVER_NOT_SP, 0x02A8, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.3 Tables 16.36, 16.37 (SET2) w1[15:0]",                                     \
	  "SET2 from the Non-secure physical instance: the receiver w1[15:0] must be an SP")       \
	X(NOTIF_SET2_RECEIVER_IS_SENDER, 0x02A9, INVALID_PARAMETERS,                               \
	  "DEN0077A v1.3 Tables 16.37, 16.38 (SET2) w1[15:0]",                                     \
	  "SET2 receiver w1[15:0] equals the sender w1[31:16]")                                    \
	X(NOTIF_SET2_BITMAP_EMPTY, 0x02AA, INVALID_PARAMETERS,                                     \
	  "DEN0077A v1.3 Tables 16.37, 16.38 (SET2) x3-x8",                                        \
	  "SET2 notification bitmap x3..x8 is empty")                                              \
	X(NOTIF_SET2_BITMAP_EXCEEDS, 0x02AB, INVALID_PARAMETERS,                                   \
	  "DEN0077A v1.3 Tables 16.37, 16.38 (SET2) x3-x8 bits above b MBZ",                       \
	  "SET2 bitmap names a notification beyond the supported number "                          \
	  "(FFAV_POLICY_NOTIF_EXTRA_SP, _VM)")                                                     \
	X(NOTIF_GET2_CALLER, 0x02B0, NOT_SUPPORTED, "DEN0077A v1.3 Table 16.40 (GET2) instances",  \
	  "GET2 is invoked by a receiver endpoint, never by the SPMC or SPMD")                     \
	X(NOTIF_GET2_SBZ, 0x02B1, INVALID_PARAMETERS, "DEN0077A v1.3 Table 16.41 (GET2) x17 SBZ",  \
	  "GET2 reserved register x17 is not zero")                                                \
	X(NOTIF_GET2_FLAGS_SBZ, 0x02B2, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 16.41, 16.43 (GET2) x2[63:4] SBZ",                                 \
	  "GET2 flags x2[63:4] are reserved (should be zero)")                                     \
	X(NOTIF_GET2_FLAGS_NS_PHYSICAL, 0x02B3, INVALID_PARAMETERS,                                \
	  "DEN0077A v1.3 Table 16.41 (GET2) x2[1], x2[3] SBZ at NS physical",                      \
	  "GET2 from the Non-secure physical instance asks for the VM (x2[1]) or hypervisor "      \
	  "(x2[3]) bitmap, which the hypervisor keeps")                                            \
	X(NOTIF_GET2_RECEIVER, 0x02B4, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Table 16.41 (GET2) w1[15:0]",                                             \
	  "GET2 receiver w1[15:0] is not the caller (a hypervisor may name any Normal-world ID; "  \
	  "w1[31:16] is the vCPU ID)")                                                             \
	X(NOTIF_GET2_MASK_UNSELECTED, 0x02B5, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.3 Table 16.41 (GET2) x3-x16 SBZ if the bitmap is not selected",             \
	  "GET2 mask of a bitmap x2 does not select is not zero (x3-x8: x2[0], x9-x14: x2[1], "    \
	  "x15: x2[2], x16: x2[3])")                                                               \
	X(NOTIF_GET2_MASK_EXCEEDS, 0x02B6, INVALID_PARAMETERS,                                     \
	  "DEN0077A v1.3 Tables 16.41, 16.43 (GET2) x3-x14 bits above b MBZ",                      \
	  "GET2 mask names a notification beyond the supported number "                            \
	  "(FFAV_POLICY_NOTIF_EXTRA_SP, _VM)")                                                     \
	X(NOTIF_CREATE_COUNT_SBZ, 0x02C0, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Table 16.3 (BITMAP_CREATE) w3[31:9] SBZ (v1.3; v1.1, v1.2: w3 reserved, " \
	  "NOTIF_CREATE_SBZ)",                                                                     \
	  "BITMAP_CREATE w3[31:9], above the notification count, is reserved (should be zero)")

/* ---- FFA_FEATURES queries (lib/features.c) ---- */
#define FFAV_RULES_FEATURES(X)                                                                     \
	X(FEATURES_CALLER, 0x0700, NOT_SUPPORTED,                                                  \
	  "DEN0077A v1.3 Table 13.11 (FEATURES) instances",                                        \
	  "FFA_FEATURES is invoked by an endpoint or the SPMC, never by the SPMD")                 \
	X(FEATURES_SBZ, 0x0701, NOT_SUPPORTED, "DEN0077A v1.3 Table 13.12 (FEATURES) w3-w7 SBZ",   \
	  "FFA_FEATURES reserved register w3..w7 is not zero (NOT_SUPPORTED, its only error "      \
	  "code)")                                                                                 \
	X(FEATURES_FEATURE_ID_MBZ, 0x0702, NOT_SUPPORTED,                                          \
	  "DEN0077A v1.3 Table 13.12 (FEATURES) w1[30:8] MBZ for a feature ID",                    \
	  "FFA_FEATURES feature-ID query (w1[31] = 0) with w1[30:8] not zero")                     \
	X(FEATURES_FEATURE_ID_UNKNOWN, 0x0703, NOT_SUPPORTED,                                      \
	  "DEN0077A v1.3 Tables 13.12, 13.14 (FEATURES) w1[7:0]; IDs 1-3 from v1.1, ID 4 from "    \
	  "v1.3",                                                                                  \
	  "FFA_FEATURES queries a feature ID the negotiated version does not define")              \
	X(FEATURES_FEATURE_INPUT, 0x0704, NOT_SUPPORTED,                                           \
	  "DEN0077A v1.3 Table 13.14 (FEATURES) w2 SBZ for IDs 1-4; Table 13.12 w2 MBZ",           \
	  "FFA_FEATURES feature-ID query with input properties w2 not zero")                       \
	X(FEATURES_FID_UNKNOWN, 0x0705, NOT_SUPPORTED,                                             \
	  "DEN0077A v1.3 Table 13.12 (FEATURES) w1[31] = 1",                                       \
	  "FFA_FEATURES queries a function ID that names no FF-A function of that width at the "   \
	  "negotiated version")                                                                    \
	X(FEATURES_FID_INPUT, 0x0706, NOT_SUPPORTED,                                               \
	  "DEN0077A v1.3 Tables 13.12, 13.15 (FEATURES) w2",                                       \
	  "FFA_FEATURES query of a covered ABI with input properties w2: none are defined (Table " \
	  "13.15 lists only FFA_RXTX_MAP)")                                                        \
	X(MODEL_FEATURES_NOT_IMPLEMENTED, 0x0710, NOT_SUPPORTED,                                   \
	  "DEN0077A v1.3 §13.3 (FEATURES) w1: not implemented",                                    \
	  "the modelled callee does not implement the queried function or feature "                \
	  "(it implements the covered and CPU-cycle ABIs and feature ID 4)")

/* ---- Direct-message ABIs and framework messages (lib/direct_*.c) -------- */
#define FFAV_RULES_DIRECT(X)                                                                       \
	X(DIRECT_REQ_SBZ, 0x0311, INVALID_PARAMETERS,                                              \
	  "DEN0077A v1.2 §15.2 (DIRECT_REQ) SMC64 x8-x17 (v1.2); payload from DEN0077A v1.3 "     \
	  "Table 15.7",                                                                            \
	  "DIRECT_REQ_64 at v1.2: x8..x17 are reserved and must be zero")                          \
	X(DIRECT_RESP_CALLER, 0x0320, NOT_SUPPORTED,                                               \
	  "DEN0077A v1.3 Table 15.10 (DIRECT_RESP instances: Non-secure physical ERET only)",      \
	  "a caller at the Non-secure physical instance (host or hypervisor) never sends "         \
	  "FFA_MSG_SEND_DIRECT_RESP: no SMC row")                                                  \
	X(DIRECT_RESP_SBZ, 0x0321, INVALID_PARAMETERS,                                             \
	  "DEN0077A v1.2 §15.3 (DIRECT_RESP) SMC64 x8-x17 (v1.2); payload from DEN0077A v1.3 "    \
	  "Table 15.11",                                                                           \
	  "DIRECT_RESP_64 at v1.2: x8..x17 are reserved and must be zero")                         \
	X(DIRECT_REQ2_CALLER, 0x0330, NOT_SUPPORTED,                                               \
	  "DEN0077A v1.3 Table 15.14 (DIRECT_REQ2 instances: all four)",                           \
	  "retired: every role may send FFA_MSG_SEND_DIRECT_REQ2 (no check reports it; the ID "    \
	  "stays reserved)")                                                                       \
	X(DIRECT_RESP2_CALLER, 0x0340, NOT_SUPPORTED,                                              \
	  "DEN0077A v1.3 Table 15.18 (DIRECT_RESP2 instances: Non-secure physical ERET only)",     \
	  "a caller at the Non-secure physical instance (host or hypervisor) never sends "         \
	  "FFA_MSG_SEND_DIRECT_RESP2: no SMC row")                                                 \
	X(DIRECT_RESP_FROM_NWD, 0x0301, INVALID_PARAMETERS, "DEN0077A v1.3 Tables 15.10, 15.18",   \
	  "retired: a hypervisor's direct response is refused by DIRECT_RESP_CALLER / "            \
	  "DIRECT_RESP2_CALLER (no check reports it; the ID stays reserved)")                      \
	X(DIRECT_X1_UPPER, 0x0302, INVALID_PARAMETERS,                                             \
	  "DEN0077A v1.3 Tables 15.7, 15.11, 15.15, 15.19 SMC64 x1[63:32] (w1 is uint32)",         \
	  "SMC64 direct message with non-zero x1[63:32] (FFAV_POLICY_REJECT_UPPER_HALVES)")        \
	X(DIRECT_SENDER_SECURE, 0x0303, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 15.7, 15.11, 15.15, 15.19 w1[31:16]; DEN0077A v1.2 §6.1 ID bit "  \
	  "15",                                                                                    \
	  "a Normal-world caller names a secure endpoint as the sender")                           \
	X(DIRECT_SPMD_ID, 0x0304, INVALID_PARAMETERS,                                              \
	  "DEN0077A v1.3 Tables 15.6, 15.14 (Secure physical rows) w1; §18.10 (EL3 LSPs managed " \
	  "by the SPMD)",                                                                          \
	  "an SPMD or SPMD logical-partition ID outside the SPMD-SPMC channel: as sender by a "    \
	  "caller other than the SPMD, or as a request's receiver (only the SPMC may address the " \
	  "SPMD; its logical partitions receive no requests)")                                     \
	X(DIRECT_SENDER_NOT_CALLER, 0x0305, INVALID_PARAMETERS,                                    \
	  "DEN0077A v1.3 Tables 15.7, 15.11, 15.15, 15.19 w1[31:16]",                              \
	  "the sender is not the caller (only a hypervisor relays, for Normal-world IDs; the "     \
	  "SPMD for its logical partitions)")                                                      \
	X(DIRECT_SENDER_IS_RECEIVER, 0x0306, INVALID_PARAMETERS,                                   \
	  "DEN0077A v1.3 Tables 15.7, 15.11, 15.15, 15.19 w1",                                     \
	  "sender and receiver are the same endpoint")                                             \
	X(DIRECT_REQ_TO_NWD, 0x0307, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Tables 15.6, 15.14 (no ERET row at Non-secure physical) w1[15:0]",        \
	  "a direct request to a Normal-world endpoint from a caller other than a VM (only the "   \
	  "Non-secure virtual instance delivers requests into the Normal world)")                  \
	X(DIRECT_FLAGS_UPPER, 0x0308, INVALID_PARAMETERS,                                          \
	  "DEN0077A v1.3 Tables 15.7, 15.11 SMC64 x2[63:32] (the flags are uint32)",               \
	  "SMC64 direct message with non-zero x2[63:32] (reserved, MBZ)")                          \
	X(DIRECT_FLAGS_V10, 0x0309, INVALID_PARAMETERS,                                            \
	  "DEN0077A v1.0 (DIRECT_REQ, DIRECT_RESP) w2 reserved",                                   \
	  "at v1.0 w2 is reserved (MBZ): there are no framework messages")                         \
	X(DIRECT_PARTITION_FLAGS, 0x030A, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Tables 15.7, 15.11 w2[7:0] (partition message: MBZ)",                     \
	  "partition message (w2[31] = 0) with non-zero w2[7:0] (MBZ)")                            \
	X(DIRECT_RESP2_RESERVED, 0x0341, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.3 Table 15.19 (DIRECT_RESP2) x2-x3 (SBZ)",                                  \
	  "DIRECT_RESP2 x2/x3 are reserved (SBZ; FFAV_POLICY_IGNORE_SBZ lets them through)")       \
	X(DIRECT_FWK_FLAGS_RESERVED, 0x0350, INVALID_PARAMETERS,                                   \
	  "DEN0077A v1.3 Tables 15.7, 15.11, 18.6-18.13 w2[30:8] (SBZ)",                           \
	  "framework message (types 0x00-0x09) with non-zero w2[30:8] (SBZ)")                      \
	X(DIRECT_FWK_TYPE_UNKNOWN, 0x0351, INVALID_PARAMETERS,                                     \
	  "DEN0077A v1.3 Tables 18.6-18.13, 18.40-18.46 w2[7:0]",                                  \
	  "w2[7:0] is not a defined framework message type")                                       \
	X(DIRECT_FWK_TYPE_TOO_NEW, 0x0352, INVALID_PARAMETERS,                                     \
	  "DEN0077A v1.3 chapter 18 w2[7:0]; types 0x00-0x09 from v1.1, 0x0A-0x0F from v1.3 "      \
	  "(DEN0077A v1.2 chapter 18 has no lifecycle messages)",                                  \
	  "the framework message type does not exist at the negotiated FF-A version")              \
	X(DIRECT_FWK_RESPONSE_IN_REQ, 0x0353, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.3 Tables 18.6, 18.7, 18.10, 18.12, 18.40, 18.43, 18.45 w0, w2[7:0]",        \
	  "DIRECT_REQ carries a framework response type")                                          \
	X(DIRECT_FWK_REQUEST_IN_RESP, 0x0354, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.3 Tables 18.8, 18.11, 18.13, 18.41, 18.44, 18.46 w0, w2[7:0]",              \
	  "DIRECT_RESP carries a framework request type")                                          \
	X(DIRECT_FWK_WIDTH, 0x0355, INVALID_PARAMETERS,                                            \
	  "DEN0077A v1.3 Tables 18.6-18.8, 18.10-18.13 (either width), 18.40, 18.41, "             \
	  "18.43-18.46 (SMC64 only) w0[30], w2[7:0]",                                              \
	  "the framework message type is not carried by this width (0x0A-0x0F: SMC64 only; the "   \
	  "FFA_VERSION messages 0x08/0x09: SMC32 only)")                                           \
	X(DIRECT_FWK_REQ_ROLE, 0x0356, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 18.6, 18.7, 18.10, 18.12, 18.40, 18.43, 18.45 w1 (senders)",       \
	  "the caller does not originate this framework request (hypervisor: VM availability; "    \
	  "SPMD/SPMC: power management; SPMD: version, live activation; SPMC: partition stop)")    \
	X(DIRECT_FWK_RESP_ROLE, 0x0357, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 18.8, 18.11, 18.13, 18.41, 18.44, 18.46 w1 (senders)",             \
	  "the caller never receives the framework request this response answers")                 \
	X(DIRECT_FWK_SENDER_ID, 0x0358, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 18.6, 18.7, 18.10, 18.12, 18.43, 18.45 w1[31:16]",                 \
	  "a framework request not sent in the framework component's own name (hypervisor: ID 0; " \
	  "SPMD: its own ID, or a logical partition for live activation)")                         \
	X(DIRECT_FWK_RECEIVER, 0x0359, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 18.10, 18.12 w1[15:0] (SP ID); §18.3.2.2",                         \
	  "a VM-availability request to a Normal-world endpoint (only SPs subscribe)")             \
	X(DIRECT_FWK_STATUS, 0x035A, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Tables 18.8, 18.11, 18.13, 18.41, 18.44, 18.46 w3 / x3[7:0]",             \
	  "the response's status is not one its type lists (PM: 0 or PSCI DENIED; VM "             \
	  "availability: 0, -2, -5, -6, -7; stop: 0, -1, -2, -6, -7 in x3[7:0]; live activation: " \
	  "the same and -8; version: a version or NOT_SUPPORTED)")                                 \
	X(DIRECT_FWK_RESP_SBZ, 0x035B, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 18.8, 18.11, 18.13 w4-w7; 18.41 x4-x7; 18.44, 18.46 x4-x7",        \
	  "framework response reserved register is not zero (SBZ)")                                \
	X(DIRECT_FWK_PSCI_SBZ, 0x0360, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Table 18.6 (PSCI request) w7/x7",                                         \
	  "PSCI framework request reserved register is not zero (SBZ)")                            \
	X(DIRECT_FWK_WARM_BOOT_TYPE, 0x0361, INVALID_PARAMETERS,                                   \
	  "DEN0077A v1.3 Table 18.7 (warm-boot request) w3[0], w3[31:1] MBZ",                      \
	  "warm-boot type is neither 0 (from suspend-to-RAM) nor 1 (from a shallower state)")      \
	X(DIRECT_FWK_WARM_BOOT_SBZ, 0x0362, INVALID_PARAMETERS,                                    \
	  "DEN0077A v1.3 Table 18.7 (warm-boot request) w4-w7 / x4-x17",                           \
	  "warm-boot request reserved register is not zero (SBZ)")                                 \
	X(DIRECT_FWK_VERSION_REQUESTED, 0x0363, INVALID_PARAMETERS,                                \
	  "DEN0077A v1.3 §13.2 (FFA_VERSION) input version bit 31; type 0x08 is not defined in "  \
	  "DEN0077A v1.3 chapter 18 (docs/direct_messaging.md, reading decisions)",                \
	  "the requested version has bit 31 set (MBZ)")                                            \
	X(DIRECT_FWK_VERSION_FLAGS, 0x0364, INVALID_PARAMETERS,                                    \
	  "DEN0077A v1.3 §13.2 (FFA_VERSION flags: negotiate, query compatible, query "           \
	  "negotiated) in w4",                                                                     \
	  "v1.3 version request flags: w4[31:2] non-zero or the reserved query type 3")            \
	X(DIRECT_FWK_VERSION_SBZ, 0x0365, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 §13.2 (FFA_VERSION) w2-w7 reserved, carried in w4-w7 of type 0x08",       \
	  "version request reserved register is not zero (SBZ)")                                   \
	X(DIRECT_FWK_VM_ID, 0x0370, INVALID_PARAMETERS,                                            \
	  "DEN0077A v1.3 Tables 18.10, 18.12 (VM availability) w5[15:0]",                          \
	  "the VM ID is not a Normal-world VM ID (non-zero, bit 15 clear)")                        \
	X(DIRECT_FWK_VM_SBZ, 0x0371, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Tables 18.10, 18.12 (VM availability) w5[31:16], w6-w7; SMC64 "           \
	  "x3-x5[63:32], x8-x17",                                                                  \
	  "VM-availability request reserved field is not zero (SBZ)")                              \
	X(DIRECT_FWK_STOP_MBZ, 0x0372, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Table 18.40 (partition stop request) x4-x7",                              \
	  "partition-stop request reserved register is not zero (MBZ)")                            \
	X(DIRECT_FWK_FLAGS_MBZ, 0x0373, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 18.40, 18.41, 18.43-18.46 w2[30:8] (MBZ)",                         \
	  "lifecycle framework message (types 0x0A-0x0F) with non-zero w2[30:8] (MBZ)")            \
	X(DIRECT_PARTITION_FLAGS_SBZ, 0x0374, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.3 Tables 15.7, 15.11 w2[30:8] (SBZ), from v1.1",                            \
	  "partition message (w2[31] = 0) with non-zero w2[30:8] (SBZ)")                           \
	X(DIRECT_FWK_STOP_REASON_MBZ, 0x0375, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.3 Table 18.40 (partition stop request) x3[63:1]",                           \
	  "partition-stop request x3[63:1], above the reason bit, is not zero (MBZ)")              \
	X(DIRECT_FWK_STATUS_MBZ, 0x0376, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.3 Tables 18.41, 18.44, 18.46 x3[63:8]",                                     \
	  "stop or live-activation response x3[63:8], above the 8-bit status, is not zero (MBZ)")  \
	X(DIRECT_FWK_LA_ID_MBZ, 0x0377, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 18.43, 18.45 (live activation requests) x3[63:16]",                \
	  "live-activation request x3[63:16], above the SP ID, is not zero (MBZ)")                 \
	X(DIRECT_FWK_LA_SP_ID, 0x0378, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 18.43, 18.45 (live activation requests) x3[15:0]; DEN0077A v1.2 "  \
	  "§6.1 ID bit 15",                                                                        \
	  "the partition to live-activate is not an SP ID (bit 15 clear)")                         \
	X(DIRECT_FWK_LIFECYCLE_SBZ, 0x0379, INVALID_PARAMETERS,                                    \
	  "DEN0077A v1.3 Table 18.45 x4-x7 (SBZ); Tables 18.40, 18.43, 18.45 describe x0-x7 only " \
	  "(x8-x17 read as SBZ)",                                                                  \
	  "lifecycle request reserved register is not zero (SBZ)")                                 \
	/* DIRECT_FIELDS: the field rules of the direct-message ABIs end here */

/* ---- Response frames (lib/response*.c) ---------------------------------- */
/* Every response rule rejects with INVALID_PARAMETERS: "this answer is not one the spec allows
 * to that call". References: the completion and FFA_ERROR tables of DEN0077A v1.3 chapters
 * 14-16 and 18; the FFA_ERROR frame itself per DEN0077A v1.2 §12.2 (chapter 12 of v1.3 is not
 * part of the text the rules are checked against). RESP_GET_UNREQUESTED and
 * RESP_INFO_GET_SIZES are retired: their IDs keep their meaning and are never reported. */
#define FFAV_RULES_RESPONSE(X)                                                                       \
	X(RESP_FID, 0x0401, INVALID_PARAMETERS,                                                      \
	  "DEN0077A v1.3 §15.2, §15.4, Table 15.11 (completions of a request), §16 (FFA_SUCCESS " \
	  "or FFA_ERROR) answer w0",                                                                 \
	  "w0 of the answer names no frame the spec allows in answer to this call")                  \
	X(RESP_UPPER_HALF, 0x0402, INVALID_PARAMETERS, "DEN0028 SMCCC §2.6 SMC32 x1-x7[63:32]",      \
	  "SMC32 answer with non-zero x1..x7[63:32] (FFAV_POLICY_REJECT_UPPER_HALVES)")              \
	X(RESP_ERROR_TARGET, 0x0410, INVALID_PARAMETERS, "DEN0077A v1.2 §12.2 (FFA_ERROR) w1",       \
	  "FFA_ERROR w1 (target information) is not zero")                                           \
	X(RESP_ERROR_CODE, 0x0411, INVALID_PARAMETERS,                                               \
	  "DEN0077A v1.1 Table 12.2 (error status codes), v1.2 §12.2 (FFA_ERROR) w2",                \
	  "FFA_ERROR w2 is not a defined FF-A error code (-1..-10)")                                 \
	X(RESP_ERROR_CODE_ABI, 0x0412, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Tables 15.8, 15.12, 15.16, 15.20, 16.5, 16.9, 16.13, 16.17, 16.21, "        \
	  "16.26, 16.48 FFA_ERROR w2 (NOT_READY v1.2+, ABORTED v1.3+)",                              \
	  "FFA_ERROR w2 is an error code the spec does not list for this ABI (at this version)")     \
	X(RESP_ERROR_ARG, 0x0413, INVALID_PARAMETERS,                                                \
	  "DEN0077A v1.2 §12.2 (FFA_ERROR) w3; v1.3 Table 13.56 (its only user)",                    \
	  "FFA_ERROR w3 (error argument) is not zero: only FFA_CONSOLE_LOG's RETRY uses it")         \
	X(RESP_ERROR_SBZ, 0x0414, INVALID_PARAMETERS, "DEN0077A v1.2 §12.2 (FFA_ERROR) w4-w7",       \
	  "FFA_ERROR reserved register w4..w7 is not zero")                                          \
	X(RESP_SUCCESS_WIDTH, 0x0420, INVALID_PARAMETERS,                                            \
	  "DEN0077A v1.3 Tables 16.25 (GET w2-w7), 16.47, 16.49 (INFO_GET by the caller's "          \
	  "convention) FFA_SUCCESS w0[30]",                                                          \
	  "FFA_SUCCESS width does not match the call (INFO_GET_64: SUCCESS_64; others: "             \
	  "SUCCESS_32)")                                                                             \
	X(RESP_SUCCESS_TARGET, 0x0421, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 §16.1-§16.6, §16.11 (\"FFA_SUCCESS without any further parameters\", "   \
	  "Tables 16.4, 16.25, 16.47) FFA_SUCCESS w1",                                               \
	  "FFA_SUCCESS w1 (target information) is not zero")                                         \
	X(RESP_SUCCESS_SBZ, 0x0422, INVALID_PARAMETERS,                                              \
	  "DEN0077A v1.3 §16.1-§16.5 FFA_SUCCESS w2-w7 (Table 16.4 from v1.3 w3-w7); Table "       \
	  "16.49 SMC64 v1.2+ x8-x17",                                                                \
	  "FFA_SUCCESS register the ABI does not use is not zero")                                   \
	X(RESP_GET_UNREQUESTED, 0x0423, INVALID_PARAMETERS,                                          \
	  "DEN0077A v1.3 Table 16.25 (GET) FFA_SUCCESS w2-w7: retired, the caller ignores a "        \
	  "field whose flag was clear",                                                              \
	  "retired, never reported: a GET answer's bitmap whose flag the call did not set is "       \
	  "ignored, not judged")                                                                     \
	X(RESP_GET_FRAMEWORK, 0x0424, INVALID_PARAMETERS,                                            \
	  "DEN0077A v1.3 Table 16.25 (GET) FFA_SUCCESS w6[31:1], w7[31:1]",                          \
	  "GET answer sets an undefined framework notification in a requested framework bitmap "     \
	  "(only bit 0, RX buffer full)")                                                            \
	X(RESP_INFO_GET_RESERVED, 0x0430, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Table 16.49 (INFO_GET) FFA_SUCCESS x2[6:1], SMC64 x2[63:52]",               \
	  "INFO_GET answer has reserved bits of x2 set")                                             \
	X(RESP_INFO_GET_COUNT, 0x0431, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Table 16.49 (INFO_GET) FFA_SUCCESS x2[11:7]; Table 16.48 (NO_DATA)",        \
	  "INFO_GET answer list count is 0 (that is NO_DATA) or above 10 (SMC32) / 20 (SMC64)")      \
	X(RESP_INFO_GET_SIZES, 0x0432, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Table 16.49 (INFO_GET) FFA_SUCCESS x2[51:12]: retired, \"Value of "         \
	  "Bit[M:N] in unused lists is ignored\"",                                                   \
	  "retired, never reported: the size field of a list beyond the count is ignored, not "      \
	  "judged")                                                                                  \
	X(RESP_INFO_GET_TOTAL, 0x0433, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Table 16.49 (INFO_GET) FFA_SUCCESS x2[51:7], x3-x7",                        \
	  "INFO_GET answer lists more IDs than x3..x7 hold (10 for SMC32, 20 for SMC64)")            \
	X(RESP_INFO_GET_UNUSED_ID, 0x0434, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.3 Table 16.49 (INFO_GET) FFA_SUCCESS x3-x7 ID slots",                         \
	  "INFO_GET answer has a non-zero ID slot beyond the IDs of its lists")                      \
	X(RESP_DIRECT_ABI, 0x0440, INVALID_PARAMETERS,                                               \
	  "DEN0077A v1.3 §15.2, §15.4 (completions: REQ by DIRECT_RESP, REQ2 by DIRECT_RESP2) w0",   \
	  "direct request answered by the other response ABI (REQ needs RESP, REQ2 needs RESP2)")    \
	X(RESP_DIRECT_WIDTH, 0x0441, INVALID_PARAMETERS,                                             \
	  "DEN0077A v1.3 Table 15.11 (DIRECT_RESP) w0: 0xC4000070 completes only an SMC64 REQ",      \
	  "SMC32 direct request answered by the SMC64 response (RESP_64 completes only REQ_64; "     \
	  "RESP_32 completes either)")                                                               \
	X(RESP_DIRECT_ENDPOINTS, 0x0442, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 15.11, 15.19 (DIRECT_RESP, DIRECT_RESP2) w1[31:0]",                  \
	  "response w1 is not the request's w1 with sender and receiver swapped")                    \
	X(RESP_DIRECT_FLAGS, 0x0443, INVALID_PARAMETERS,                                             \
	  "DEN0077A v1.3 Table 15.11 (DIRECT_RESP) w2[7:0] MBZ; Tables 18.41, 18.44, 18.46 "         \
	  "w2[30:8] MBZ; SMC64 x2[63:32]; v1.0 w2",                                                  \
	  "direct-message flags malformed: partition message with w2[7:0] != 0, lifecycle "          \
	  "framework message with w2[30:8] set, x2[63:32] set, or w2 != 0 at v1.0")                  \
	X(RESP_DIRECT_KIND, 0x0444, INVALID_PARAMETERS,                                              \
	  "DEN0077A v1.3 Table 15.11 (DIRECT_RESP) w2[31]; chapter 18",                              \
	  "a partition request needs a partition response, a framework request a framework one")     \
	X(RESP_DIRECT_FRAMEWORK_TYPE, 0x0445, INVALID_PARAMETERS,                                    \
	  "DEN0077A v1.3 Tables 18.6-18.8, 18.10-18.13, 18.40-18.46 framework message type "         \
	  "w2[7:0]",                                                                                 \
	  "framework response type does not answer the request type (0/1->2, 4->5, 6->7, 8->9, "     \
	  "0xA->0xB, 0xC->0xD, 0xE->0xF)")                                                           \
	X(RESP_DIRECT_SBZ, 0x0446, INVALID_PARAMETERS,                                               \
	  "DEN0077A v1.3 Tables 18.8, 18.11, 18.13 w4-w7; 18.41 x4-x7; 18.44, 18.46 x4-x7; v1.2 "    \
	  "§15.3 x8-x17",                                                                            \
	  "direct response reserved register is not zero (framework response w4..w7; stop "          \
	  "response x4/x5 without a live-state buffer, x6/x7; RESP_64 x8..x17 at v1.2)")             \
	X(RESP_DIRECT2_RESERVED, 0x0447, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Table 15.19 (DIRECT_RESP2) x2-x3 SBZ",                                      \
	  "DIRECT_RESP2 x2/x3 are reserved (SBZ: skipped under FFAV_POLICY_IGNORE_SBZ)")             \
	X(RESP_CYCLES_ENDPOINT, 0x0450, INVALID_PARAMETERS,                                          \
	  "DEN0077A v1.3 Tables 14.17 (FFA_INTERRUPT), 14.9 (FFA_YIELD) w1[31:16]",                  \
	  "FFA_INTERRUPT/FFA_YIELD answering a direct request names an endpoint other than the "     \
	  "request's receiver")                                                                      \
	X(RESP_CYCLES_SBZ, 0x0451, INVALID_PARAMETERS,                                               \
	  "DEN0077A v1.3 Tables 14.17 (FFA_INTERRUPT) w3-w7/x3-x17, 14.9 (FFA_YIELD) "               \
	  "w4-w7/x4-x17",                                                                            \
	  "FFA_INTERRUPT/FFA_YIELD reserved register is not zero")                                   \
	X(RESP_DIRECT_SUCCESS_MBZ, 0x0460, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.3 §15.2, §15.4 (FFA_SUCCESS completes a request: other registers MBZ)",       \
	  "FFA_SUCCESS completing a direct request has a non-zero parameter register")               \
	X(RESP_DIRECT_FLAGS_SBZ, 0x0461, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Table 15.11 (DIRECT_RESP) w2[30:8] SBZ; Tables 18.8, 18.11, 18.13",         \
	  "direct response reserved flags w2[30:8] are not zero (SBZ: skipped under "                \
	  "FFAV_POLICY_IGNORE_SBZ)")                                                                 \
	X(RESP_DIRECT_FWK_STATUS, 0x0462, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 18.8 (w3: SUCCESS, PSCI DENIED), 18.11, 18.13 (w3), 18.41, "         \
	  "18.44, 18.46 (x3[7:0], x3[63:8] MBZ)",                                                    \
	  "framework response status is not one its table lists (PM: 0, -3; VM availability: "       \
	  "0, -2, -5, -6, -7; stop: 8-bit 0, -1, -2, -6, -7; live activation: also -8)")             \
	X(RESP_CYCLES_MBZ, 0x0463, INVALID_PARAMETERS,                                               \
	  "DEN0077A v1.3 Table 14.17 (FFA_INTERRUPT) w2; v1.3 Table 14.9 (FFA_YIELD) w2-w3",         \
	  "FFA_INTERRUPT's interrupt ID, or (v1.3, not from the hypervisor to a VM) FFA_YIELD's "    \
	  "timeout, is not zero (MBZ)")

/* ---- Answers to the v1.3 notification ABIs and to FFA_FEATURES (lib/response_notif2.c) ---- */
#define FFAV_RULES_RESPONSE_NOTIF2(X)                                                            \
	X(RESP_CREATE_COUNT_RESERVED, 0x0490, INVALID_PARAMETERS,                                \
	  "DEN0077A v1.3 Table 16.4 (BITMAP_CREATE) FFA_SUCCESS w2[31:9] SBZ (v1.3)",            \
	  "BITMAP_CREATE answer w2[31:9], above the allocated notification count, is not zero")  \
	X(RESP_NOTIF2_SUCCESS_SBZ, 0x0491, INVALID_PARAMETERS,                                   \
	  "DEN0077A v1.3 Tables 16.28, 16.32, 16.36 (BIND2, UNBIND2, SET2) FFA_SUCCESS w2-w7 / " \
	  "x2-x17",                                                                              \
	  "BIND2/UNBIND2/SET2 answer FFA_SUCCESS carries a parameter (\"without any further "    \
	  "parameters\")")                                                                       \
	X(RESP_GET2_WIDTH, 0x0492, INVALID_PARAMETERS,                                           \
	  "DEN0077A v1.3 Table 16.42 (GET2) FFA_SUCCESS64 w0",                                   \
	  "GET2 is answered with FFA_SUCCESS64, not FFA_SUCCESS32")                              \
	X(RESP_GET2_RESERVED, 0x0493, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Table 16.42 (GET2) FFA_SUCCESS64 x2 MBZ",                               \
	  "GET2 answer x2 is reserved and must be zero")                                         \
	X(RESP_GET2_EXCEEDS, 0x0494, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Table 16.42 (GET2) FFA_SUCCESS64 x3-x14 bits above b MBZ",              \
	  "GET2 answer reports a notification beyond the supported number "                      \
	  "(FFAV_POLICY_NOTIF_EXTRA_SP, _VM)")                                                   \
	X(RESP_GET2_MASKED, 0x0495, INVALID_PARAMETERS,                                          \
	  "DEN0077A v1.3 Tables 16.41, 16.42 (GET2) masks x3-x16 vs FFA_SUCCESS64 x3-x16",       \
	  "GET2 answer reports a notification the call masked (1 = do not retrieve)")            \
	X(RESP_GET2_FRAMEWORK, 0x0496, INVALID_PARAMETERS,                                       \
	  "DEN0077A v1.3 Table 16.42 (GET2) FFA_SUCCESS64 x15[63:1], x16[63:1]",                 \
	  "GET2 answer sets an undefined framework notification (only bit 0, RX buffer full)")   \
	X(RESP_GET2_SBZ, 0x0497, INVALID_PARAMETERS,                                             \
	  "DEN0077A v1.3 Table 16.42 (GET2) FFA_SUCCESS64 x17 SBZ",                              \
	  "GET2 answer x17 is reserved (should be zero)")                                        \
	X(RESP_FEATURES_MBZ, 0x04A0, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Table 13.13 (FEATURES) FFA_SUCCESS w4-w7 MBZ",                          \
	  "FFA_FEATURES answer w4..w7 is not zero")                                              \
	X(RESP_FEATURES_PROPERTIES, 0x04A1, INVALID_PARAMETERS,                                  \
	  "DEN0077A v1.3 Tables 13.13-13.15 (FEATURES) FFA_SUCCESS w2-w3 MBZ if none",           \
	  "FFA_FEATURES answer has properties the query defines none for (w2/w3 of a covered "   \
	  "ABI, w3 of feature IDs 1-4)")                                                         \
	X(RESP_FEATURES_NOTIF_RESERVED, 0x04A2, INVALID_PARAMETERS,                              \
	  "DEN0077A v1.3 Table 13.14 (FEATURES ID 4) FFA_SUCCESS w2[31:20] MBZ",                 \
	  "notification features answer w2[31:20] is not zero")                                  \
	X(RESP_FEATURES_NOTIF_VM_COUNT, 0x04A3, INVALID_PARAMETERS,                              \
	  "DEN0077A v1.3 Table 13.14 (FEATURES ID 4) FFA_SUCCESS w2[10:2] MBZ at NS physical",   \
	  "notification features answer to the Non-secure physical instance states a VM "        \
	  "notification count")                                                                  \
	X(RESP_FEATURES_NOTIF_COUNT, 0x04A4, INVALID_PARAMETERS,                                 \
	  "DEN0077A v1.3 Table 13.14 (FEATURES ID 4) FFA_SUCCESS w2[10:2], w2[19:11] <= 320",    \
	  "notification features answer states more than 320 notifications beyond 64")

/* ---- Notification model (lib/model_notif.c; 0x0500-0x050F: the model as a whole) ----
 */
#define FFAV_RULES_MODEL_NOTIF(X)                                                                  \
	X(MODEL_CALLER_UNKNOWN, 0x0500, INVALID_PARAMETERS,                                        \
	  "libffa_validate docs/models.md §1 ffav_model_step caller",                              \
	  "the calling endpoint was not declared to the model")                                    \
	X(MODEL_NOTIF_CREATE_EXISTS, 0x0510, DENIED,                                               \
	  "DEN0077A v1.3 Table 16.5 (BITMAP_CREATE: DENIED) w1[15:0]",                             \
	  "a notification bitmap already exists for this VM ID")                                   \
	X(MODEL_NOTIF_CREATE_NO_MEMORY, 0x0511, NO_MEMORY,                                         \
	  "DEN0077A v1.3 Table 16.5 (BITMAP_CREATE: NO_MEMORY) w1[15:0]",                          \
	  "no room left for another Normal-world bitmap (FFAV_MODEL_MAX_BITMAPS, endpoint slots)") \
	X(MODEL_NOTIF_CREATE_VCPUS, 0x0512, NO_MEMORY,                                             \
	  "DEN0077A v1.3 Table 16.3 w2, Table 16.5 (BITMAP_CREATE: NO_MEMORY)",                    \
	  "the vCPU count is larger than the per-vCPU state the model can hold "                   \
	  "(FFAV_MODEL_MAX_VCPUS)")                                                                \
	X(MODEL_NOTIF_DESTROY_NOT_CREATED, 0x0520, DENIED,                                         \
	  "DEN0077A v1.3 Table 16.9 (BITMAP_DESTROY: DENIED) w1[15:0]",                            \
	  "no notification bitmap was created for this VM ID")                                     \
	X(MODEL_NOTIF_DESTROY_PENDING, 0x0521, DENIED,                                             \
	  "DEN0077A v1.3 Table 16.9 (BITMAP_DESTROY: DENIED, not non-pending) w1[15:0]",           \
	  "notifications (partition or framework) are still pending in the bitmap")                \
	X(MODEL_NOTIF_DESTROY_BOUND, 0x0522, DENIED,                                               \
	  "DEN0077A v1.3 Table 16.9 (BITMAP_DESTROY: DENIED, not masked) w1[15:0]",                \
	  "notifications are still bound in the bitmap (not \"masked\"; HF destroys anyway)")      \
	X(MODEL_NOTIF_RECEIVER_UNKNOWN, 0x0530, INVALID_PARAMETERS,                                \
	  "DEN0077A v1.3 Tables 16.13, 16.17, 16.21, 16.26, 16.30, 16.34, 16.38, 16.43 w1[15:0]",  \
	  "the receiver ID names no partition the model knows and no created bitmap")              \
	X(MODEL_NOTIF_RECEIVER_DISABLED, 0x0531, NOT_SUPPORTED,                                    \
	  "DEN0077A v1.3 Tables 16.13, 16.17, 16.26, 16.30, 16.34, 16.43 (NOT_SUPPORTED) "         \
	  "w1[15:0]",                                                                              \
	  "the receiver is known but cannot receive notifications (SP without the property, "      \
	  "Normal-world endpoint without a bitmap)")                                               \
	X(MODEL_NOTIF_BIND_SENDER_UNKNOWN, 0x0532, INVALID_PARAMETERS,                             \
	  "DEN0077A v1.3 Tables 16.13, 16.30 (BIND, BIND2: invalid sender) w1[31:16]",             \
	  "the sender does not exist (an undeclared SP, or an unknown VM bound by a VM)")          \
	X(MODEL_NOTIF_BIND_OTHER_SENDER, 0x0533, DENIED,                                           \
	  "DEN0077A v1.3 Tables 16.13, 16.30 (BIND, BIND2: DENIED) w3-w4, x3-x8",                  \
	  "a notification is already bound to another sender")                                     \
	X(MODEL_NOTIF_BIND_PENDING, 0x0534, DENIED,                                                \
	  "DEN0077A v1.3 Tables 16.13, 16.30 (BIND, BIND2: DENIED) w3-w4, x3-x8",                  \
	  "a notification is pending")                                                             \
	X(MODEL_NOTIF_UNBIND_OTHER_SENDER, 0x0540, DENIED,                                         \
	  "DEN0077A v1.3 Tables 16.17, 16.34 (UNBIND, UNBIND2: DENIED) w3-w4, x3-x8",              \
	  "a notification is bound to another sender")                                             \
	X(MODEL_NOTIF_UNBIND_NOT_BOUND, 0x0541, DENIED,                                            \
	  "DEN0077A v1.3 Tables 16.17, 16.34 (UNBIND, UNBIND2: DENIED) w3-w4, x3-x8",              \
	  "a notification is not bound (HF, Xen; OP-TEE accepts)")                                 \
	X(MODEL_NOTIF_UNBIND_PENDING, 0x0542, DENIED,                                              \
	  "DEN0077A v1.3 Tables 16.17, 16.34 (UNBIND, UNBIND2: DENIED) w3-w4, x3-x8",              \
	  "a notification is pending")                                                             \
	X(MODEL_NOTIF_SET_RECEIVER_DISABLED, 0x0550, DENIED,                                       \
	  "DEN0077A v1.3 Tables 16.21, 16.38 (SET, SET2: DENIED) w1[15:0]",                        \
	  "the receiver is known but does not support receipt of notifications")                   \
	X(MODEL_NOTIF_SET_VCPU, 0x0551, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 16.20 w2[31:16], 16.37 x2[63:16]; 16.21, 16.38",                   \
	  "the per-vCPU target is not below the receiver's vCPU count")                            \
	X(MODEL_NOTIF_SET_TYPE, 0x0552, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 16.21, 16.38 (SET, SET2) w2[0]/x2[0], w3-w4/x3-x8",                \
	  "a notification bound to this sender has the other type (global vs per-vCPU)")           \
	X(MODEL_NOTIF_SET_NOT_BOUND, 0x0553, DENIED,                                               \
	  "DEN0077A v1.3 Tables 16.21, 16.38 (SET, SET2: DENIED) w3-w4, x3-x8",                    \
	  "a notification is not bound to this sender (unbound, or bound to another)")             \
	X(MODEL_NOTIF_GET_VCPU, 0x0560, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.3 Tables 16.24, 16.41 w1[31:16]; 16.26, 16.43",                             \
	  "the vCPU ID is not below the receiver's vCPU count")                                    \
	X(MODEL_NOTIF_INFO_GET_NO_DATA, 0x0570, NO_DATA,                                           \
	  "DEN0077A v1.3 Table 16.48 (INFO_GET: NO_DATA)",                                         \
	  "no pending notification that INFO_GET has not already reported")                        \
	X(MODEL_NOTIF_EXCEEDS, 0x0580, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.3 Tables 16.29-16.30, 16.33-16.34, 16.37-16.38 x3-x8",                      \
	  "a notification ID is at or above the number the receiver's bitmap of the sender's "     \
	  "class holds (64 + the SP notifications BITMAP_CREATE allocated, or the policy's "       \
	  "count)")                                                                                \
	X(MODEL_NOTIF_GET2_MASK_EXCEEDS, 0x0581, INVALID_PARAMETERS,                               \
	  "DEN0077A v1.3 Tables 16.41, 16.43 (GET2) x3-x8, x9-x14",                                \
	  "a mask bit of a selected bitmap is at or above the number of notifications the "        \
	  "receiver's bitmap of that class holds")

/* ---- Direct-messaging model (lib/model_direct.c, lib/model_cycles.c) ---- */
#define FFAV_RULES_MODEL_DIRECT(X)                                                                 \
	X(MODEL_DIRECT_SENDER_UNKNOWN, 0x0601, INVALID_PARAMETERS,                                 \
	  "DEN0077A v1.3 Tables 15.8, 15.12, 15.16, 15.20 (INVALID_PARAMETERS) w1[31:16]",         \
	  "the sender ID names no endpoint declared to the model")                                 \
	X(MODEL_DIRECT_RECEIVER_UNKNOWN, 0x0602, INVALID_PARAMETERS,                               \
	  "DEN0077A v1.3 Tables 15.8, 15.12, 15.16, 15.20 (INVALID_PARAMETERS) w1[15:0]",          \
	  "the receiver ID names no endpoint declared to the model")                               \
	X(MODEL_DIRECT_RECEIVER_ROLE, 0x0603, NOT_SUPPORTED,                                       \
	  "DEN0077A v1.3 Tables 15.8, 15.16 (NOT_SUPPORTED) w1[15:0]",                             \
	  "the receiver is not a partition that serves direct requests (SP or SPMC): "             \
	  "Normal-world receivers are not modelled")                                               \
	X(MODEL_DIRECT_REQ2_UUID, 0x0604, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Table 15.15 x2-x3, Table 15.16 (UUID not recognised)",                    \
	  "the UUID is not nil and not one of the receiver's services")                            \
	X(MODEL_DIRECT_REQ2_VERSION, 0x0605, DENIED,                                               \
	  "DEN0077A v1.3 Table 15.16 (DIRECT_REQ2: DENIED) w1[15:0]",                              \
	  "the receiver negotiated a version below v1.2")                                          \
	X(MODEL_DIRECT_RECV_PROP, 0x0606, DENIED,                                                  \
	  "DEN0077A v1.3 Tables 15.8, 15.16 (DENIED) w1[15:0]; DEN0077A v1.2 Table 6.2 bits 0, 9", \
	  "the receiver does not accept this ABI (direct-req-recv / direct-req2-recv property)")   \
	X(MODEL_DIRECT_SEND_PROP, 0x0607, DENIED,                                                  \
	  "DEN0077A v1.3 Tables 15.8, 15.16 (DENIED) w1[31:16]; DEN0077A v1.2 Table 6.2 bits 1, "  \
	  "10",                                                                                    \
	  "the sending SP may not send this ABI (direct-req-send / direct-req2-send property)")    \
	X(MODEL_DIRECT_VM_CREATED_UNSUBSCRIBED, 0x0608, INVALID_PARAMETERS,                        \
	  "DEN0077A v1.3 Table 18.10 w2[7:0]=4; DEN0077A v1.2 Table 6.2 bit 6",                    \
	  "VM created message to a partition that did not subscribe to it (HF)")                   \
	X(MODEL_DIRECT_VM_DESTROYED_UNSUBSCRIBED, 0x0609, INVALID_PARAMETERS,                      \
	  "DEN0077A v1.3 Table 18.12 w2[7:0]=6; DEN0077A v1.2 Table 6.2 bit 7",                    \
	  "VM destroyed message to a partition that did not subscribe to it (HF)")                 \
	X(MODEL_DIRECT_CALLER_EC, 0x0610, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Tables 15.8, 15.16 (INVALID_PARAMETERS); step cpu",                       \
	  "the calling endpoint has several execution contexts and none for this CPU")             \
	X(MODEL_DIRECT_RECEIVER_EC, 0x0611, INVALID_PARAMETERS,                                    \
	  "DEN0077A v1.3 Tables 15.8, 15.16 (INVALID_PARAMETERS) w1[15:0]; Table 14.14",           \
	  "the receiver has several execution contexts and none for this CPU")                     \
	X(MODEL_DIRECT_BUSY, 0x0612, BUSY, "DEN0077A v1.3 Tables 15.8, 15.16 (BUSY) w1[15:0]",     \
	  "the receiver's execution context is not waiting (handling a request, running, "         \
	  "blocked or preempted)")                                                                 \
	X(MODEL_DIRECT_CYCLE, 0x0613, DENIED,                                                      \
	  "DEN0077A v1.3 Tables 15.8, 15.16 (DENIED: not in a state to handle it) w1[15:0]",       \
	  "the receiver's execution context is a predecessor in the caller's call chain")          \
	X(MODEL_DIRECT_CALLER_STATE, 0x0614, DENIED,                                               \
	  "DEN0077A v1.3 Tables 15.8, 15.12, 15.16, 15.20, 14.14 (DENIED: not in a state)",        \
	  "the calling execution context is not running, or must first resume the context it "     \
	  "gave the CPU to")                                                                       \
	X(MODEL_DIRECT_RESP_NO_REQUEST, 0x0620, DENIED,                                            \
	  "DEN0077A v1.3 Tables 15.12, 15.20 (DIRECT_RESP, DIRECT_RESP2: DENIED)",                 \
	  "the responder is not handling a direct request (waiting, or given cycles by FFA_RUN)")  \
	X(MODEL_DIRECT_RESP_ORIGIN, 0x0621, DENIED,                                                \
	  "DEN0077A v1.3 Tables 15.11, 15.19 w1[15:0]; 15.12, 15.20 (DENIED)",                     \
	  "the response is not addressed to the endpoint that sent the request")                   \
	X(MODEL_DIRECT_RESP_ABI, 0x0622, DENIED,                                                   \
	  "DEN0077A v1.3 §15.2, §15.4 completions; Tables 15.12, 15.20 (DENIED) w0",               \
	  "DIRECT_RESP answers a DIRECT_REQ, DIRECT_RESP2 a DIRECT_REQ2")                          \
	X(MODEL_DIRECT_RESP_WIDTH, 0x0623, DENIED,                                                 \
	  "DEN0077A v1.3 Table 15.11 (DIRECT_RESP) w0: 0xC4000070 completes only an SMC64 REQ",    \
	  "an SMC32 request answered by DIRECT_RESP_64 (DIRECT_RESP_32 answers either width)")     \
	X(MODEL_DIRECT_RESP_FWK, 0x0624, DENIED,                                                   \
	  "DEN0077A v1.3 Table 15.11 w2[31], w2[7:0]; Tables 18.8, 18.11, 18.13",                  \
	  "a framework request needs the matching framework response (0/1->2, 4->5, 6->7, ...), "  \
	  "a partition message a partition response")                                              \
	X(MODEL_DIRECT_CYCLES_SBZ, 0x0630, INVALID_PARAMETERS,                                     \
	  "DEN0077A v1.3 Tables 14.3, 14.9, 14.13, 14.17 w1-w7",                                   \
	  "a reserved register or bit of a CPU-cycle ABI is not zero")                             \
	X(MODEL_DIRECT_CYCLES_CALLER, 0x0631, NOT_SUPPORTED,                                       \
	  "DEN0077A v1.3 Tables 14.2, 14.7, 14.16 (instances)",                                    \
	  "the Normal world (and the SPMD) never invokes FFA_MSG_WAIT, FFA_YIELD or "              \
	  "FFA_INTERRUPT")                                                                         \
	X(MODEL_DIRECT_INTERRUPT_CALLER, 0x0632, DENIED,                                           \
	  "DEN0077A v1.3 Table 14.16 (FFA_INTERRUPT instances) caller",                            \
	  "a partition invoked FFA_INTERRUPT: only the framework signals preemption (HF)")         \
	X(MODEL_DIRECT_MSG_WAIT_IN_REQUEST, 0x0633, DENIED,                                        \
	  "DEN0077A v1.3 Table 14.4 (FFA_MSG_WAIT: DENIED)",                                       \
	  "FFA_MSG_WAIT while handling a direct request (it must be answered first)")              \
	X(MODEL_DIRECT_TARGET_UNKNOWN, 0x0634, INVALID_PARAMETERS,                                 \
	  "DEN0077A v1.3 Tables 14.13, 14.14 (FFA_RUN), 14.17 (FFA_INTERRUPT) w1[31:16]",          \
	  "the target is not a declared partition the model runs (SP or SPMC)")                    \
	X(MODEL_DIRECT_TARGET_EC, 0x0635, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.3 Tables 14.13, 14.14 (FFA_RUN), 14.17 (FFA_INTERRUPT) w1[15:0]",           \
	  "the target EC does not exist, or is not the one pinned to this CPU")                    \
	X(MODEL_DIRECT_RUN_BLOCKED, 0x0636, DENIED,                                                \
	  "DEN0077A v1.3 Table 14.14 (FFA_RUN: DENIED) w1",                                        \
	  "the target EC waits for the response to its own request (call chain)")                  \
	X(MODEL_DIRECT_RUN_NOT_GIVER, 0x0637, DENIED,                                              \
	  "DEN0077A v1.3 Table 14.14 (FFA_RUN: DENIED) w1",                                        \
	  "a preempted or yielded EC is resumed only by the EC it returned the CPU to")            \
	X(MODEL_DIRECT_INTERRUPT_NOT_RUNNING, 0x0638, DENIED,                                      \
	  "DEN0077A v1.3 Table 14.17 (FFA_INTERRUPT) w1",                                          \
	  "the target EC is not running: there is nothing to preempt")
/* Every rule. */
#define FFAV_RULES(X)                 \
	FFAV_RULES_CC(X)              \
	FFAV_RULES_CC2(X)             \
	FFAV_RULES_NOTIF(X)           \
	FFAV_RULES_NOTIF2(X)          \
	FFAV_RULES_FEATURES(X)        \
	FFAV_RULES_DIRECT(X)          \
	FFAV_RULES_RESPONSE(X)        \
	FFAV_RULES_RESPONSE_NOTIF2(X) \
	FFAV_RULES_MODEL_NOTIF(X)     \
	FFAV_RULES_MODEL_DIRECT(X)

#define FFAV_RULE_ENUM_(name, id, status, ref, text) FFAV_RULE_##name = (id),
enum ffav_rule { FFAV_RULE_NONE = 0, FFAV_RULES(FFAV_RULE_ENUM_) };
#undef FFAV_RULE_ENUM_

#endif /* FFA_VALIDATE_RULES_H */
