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
#define FFAV_RULES_NOTIF(X)                                                                      \
	X(NOTIF_CREATE_CALLER, 0x0210, NOT_SUPPORTED,                                            \
	  "DEN0077A v1.2 §16.1 (BITMAP_CREATE) caller",                                          \
	  "BITMAP_CREATE is only for the Non-secure physical instance (host or hypervisor)")     \
	X(NOTIF_CREATE_SBZ, 0x0211, INVALID_PARAMETERS,                                          \
	  "DEN0077A v1.2 §16.1 (BITMAP_CREATE) w3-w7",                                           \
	  "BITMAP_CREATE reserved register is not zero")                                         \
	X(NOTIF_DESTROY_CALLER, 0x0220, NOT_SUPPORTED,                                           \
	  "DEN0077A v1.2 §16.2 (BITMAP_DESTROY) caller",                                         \
	  "BITMAP_DESTROY is only for the Non-secure physical instance (host or hypervisor)")    \
	X(NOTIF_DESTROY_SBZ, 0x0221, INVALID_PARAMETERS,                                         \
	  "DEN0077A v1.2 §16.2 (BITMAP_DESTROY) w2-w7",                                          \
	  "BITMAP_DESTROY reserved register is not zero")                                        \
	X(NOTIF_BIND_CALLER, 0x0230, NOT_SUPPORTED, "DEN0077A v1.2 §16.3 (BIND) caller",         \
	  "BIND is invoked by a receiver endpoint, never by the SPMC or SPMD")                   \
	X(NOTIF_BIND_SBZ, 0x0231, INVALID_PARAMETERS, "DEN0077A v1.2 §16.3 (BIND) w5-w7",        \
	  "BIND reserved register is not zero")                                                  \
	X(NOTIF_UNBIND_CALLER, 0x0240, NOT_SUPPORTED, "DEN0077A v1.2 §16.4 (UNBIND) caller",     \
	  "UNBIND is invoked by a receiver endpoint, never by the SPMC or SPMD")                 \
	X(NOTIF_UNBIND_SBZ, 0x0241, INVALID_PARAMETERS, "DEN0077A v1.2 §16.4 (UNBIND) w5-w7",    \
	  "UNBIND reserved register is not zero")                                                \
	X(NOTIF_SET_CALLER, 0x0250, NOT_SUPPORTED, "DEN0077A v1.2 §16.5 (SET) caller",           \
	  "SET is invoked by a sender endpoint, never by the SPMC or SPMD")                      \
	X(NOTIF_SET_SBZ, 0x0251, INVALID_PARAMETERS, "DEN0077A v1.2 §16.5 (SET) w5-w7",          \
	  "SET reserved register is not zero")                                                   \
	X(NOTIF_GET_CALLER, 0x0260, NOT_SUPPORTED, "DEN0077A v1.2 §16.6 (GET) caller",           \
	  "GET is invoked by a receiver endpoint, never by the SPMC or SPMD")                    \
	X(NOTIF_GET_SBZ, 0x0261, INVALID_PARAMETERS, "DEN0077A v1.2 §16.6 (GET) w3-w7",          \
	  "GET reserved register is not zero")                                                   \
	X(NOTIF_INFO_GET_CALLER, 0x0270, NOT_SUPPORTED, "DEN0077A v1.2 §16.7 (INFO_GET) caller", \
	  "INFO_GET is for the Normal-world scheduler (host, hypervisor, scheduler VM), never "  \
	  "a secure caller")                                                                     \
	X(NOTIF_INFO_GET_SBZ, 0x0271, INVALID_PARAMETERS,                                        \
	  "DEN0077A v1.2 §16.7 (INFO_GET) x1-x7; v1.2+ SMC64 x8-x17",                            \
	  "INFO_GET takes no parameters: a reserved register is not zero")                       \
	/* NOTIF_FIELDS: field rules of issue 3 go here */

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

/* ---- Notification model (lib/model_notif.c; 0x0500-0x050F: the model as a whole) ---- */
#define FFAV_RULES_MODEL_NOTIF(X)                                                                  \
	X(MODEL_CALLER_UNKNOWN, 0x0500, INVALID_PARAMETERS,                                        \
	  "libffa_validate docs/models.md ffav_model_step caller",                                 \
	  "the calling endpoint was not declared to the model")                                    \
	X(MODEL_NOTIF_CREATE_EXISTS, 0x0510, DENIED,                                               \
	  "DEN0077A v1.2 §16.1 (BITMAP_CREATE) w1[15:0]",                                          \
	  "a notification bitmap already exists for this VM ID")                                   \
	X(MODEL_NOTIF_CREATE_NO_MEMORY, 0x0511, NO_MEMORY,                                         \
	  "DEN0077A v1.2 §16.1 (BITMAP_CREATE) w1[15:0]",                                          \
	  "no room left for another Normal-world bitmap (FFAV_MODEL_MAX_BITMAPS, endpoint slots)") \
	X(MODEL_NOTIF_CREATE_VCPUS, 0x0512, NO_MEMORY, "DEN0077A v1.2 §16.1 (BITMAP_CREATE) w2",   \
	  "the vCPU count is larger than the per-vCPU state the model can hold "                   \
	  "(FFAV_MODEL_MAX_VCPUS)")                                                                \
	X(MODEL_NOTIF_DESTROY_NOT_CREATED, 0x0520, DENIED,                                         \
	  "DEN0077A v1.2 §16.2 (BITMAP_DESTROY) w1[15:0]",                                         \
	  "no notification bitmap was created for this VM ID")                                     \
	X(MODEL_NOTIF_DESTROY_PENDING, 0x0521, DENIED,                                             \
	  "DEN0077A v1.2 §16.2 (BITMAP_DESTROY) w1[15:0]",                                         \
	  "notifications (partition or framework) are still pending in the bitmap")                \
	X(MODEL_NOTIF_DESTROY_BOUND, 0x0522, DENIED,                                               \
	  "DEN0077A v1.2 §16.2 (BITMAP_DESTROY) w1[15:0]",                                         \
	  "notifications are still bound in the bitmap (not \"masked\"; HF destroys anyway)")      \
	X(MODEL_NOTIF_RECEIVER_UNKNOWN, 0x0530, INVALID_PARAMETERS,                                \
	  "DEN0077A v1.2 §16.3-§16.6 (BIND, UNBIND, SET, GET) w1[15:0]",                           \
	  "the receiver ID names no partition the model knows and no created bitmap")              \
	X(MODEL_NOTIF_RECEIVER_DISABLED, 0x0531, NOT_SUPPORTED,                                    \
	  "DEN0077A v1.2 §16.3-§16.4, §16.6 (BIND, UNBIND, GET) w1[15:0]",                         \
	  "the receiver is known but cannot receive notifications (SP without the property, "      \
	  "Normal-world endpoint without a bitmap)")                                               \
	X(MODEL_NOTIF_BIND_SENDER_UNKNOWN, 0x0532, INVALID_PARAMETERS,                             \
	  "DEN0077A v1.2 §16.3 (BIND) w1[31:16]",                                                  \
	  "the sender does not exist (an undeclared SP, or an unknown VM bound by a VM)")          \
	X(MODEL_NOTIF_BIND_OTHER_SENDER, 0x0533, DENIED, "DEN0077A v1.2 §16.3 (BIND) w3-w4",       \
	  "a notification is already bound to another sender")                                     \
	X(MODEL_NOTIF_BIND_PENDING, 0x0534, DENIED, "DEN0077A v1.2 §16.3 (BIND) w3-w4",            \
	  "a notification is pending")                                                             \
	X(MODEL_NOTIF_UNBIND_OTHER_SENDER, 0x0540, DENIED, "DEN0077A v1.2 §16.4 (UNBIND) w3-w4",   \
	  "a notification is bound to another sender")                                             \
	X(MODEL_NOTIF_UNBIND_NOT_BOUND, 0x0541, DENIED, "DEN0077A v1.2 §16.4 (UNBIND) w3-w4",      \
	  "a notification is not bound (HF, Xen; OP-TEE accepts)")                                 \
	X(MODEL_NOTIF_UNBIND_PENDING, 0x0542, DENIED, "DEN0077A v1.2 §16.4 (UNBIND) w3-w4",        \
	  "a notification is pending")                                                             \
	X(MODEL_NOTIF_SET_RECEIVER_DISABLED, 0x0550, DENIED, "DEN0077A v1.2 §16.5 (SET) w1[15:0]", \
	  "the receiver is known but does not support receipt of notifications")                   \
	X(MODEL_NOTIF_SET_VCPU, 0x0551, INVALID_PARAMETERS, "DEN0077A v1.2 §16.5 (SET) w2[31:16]", \
	  "the per-vCPU target is not below the receiver's vCPU count")                            \
	X(MODEL_NOTIF_SET_TYPE, 0x0552, INVALID_PARAMETERS, "DEN0077A v1.2 §16.5 (SET) w2[0]",     \
	  "a notification bound to this sender has the other type (global vs per-vCPU)")           \
	X(MODEL_NOTIF_SET_NOT_BOUND, 0x0553, DENIED, "DEN0077A v1.2 §16.5 (SET) w3-w4",            \
	  "a notification is not bound to this sender (unbound, or bound to another)")             \
	X(MODEL_NOTIF_GET_VCPU, 0x0560, INVALID_PARAMETERS, "DEN0077A v1.2 §16.6 (GET) w1[31:16]", \
	  "the vCPU ID is not below the receiver's vCPU count")                                    \
	X(MODEL_NOTIF_INFO_GET_NO_DATA, 0x0570, NO_DATA, "DEN0077A v1.2 §16.7 (INFO_GET)",         \
	  "no pending notification that INFO_GET has not already reported")

/* ---- Direct-messaging model (lib/model_direct.c) ------------------------ */
#define FFAV_RULES_MODEL_DIRECT(X)                                                                 \
	X(MODEL_DIRECT_SENDER_UNKNOWN, 0x0601, INVALID_PARAMETERS,                                 \
	  "DEN0077A v1.2 §15.2-§15.5 (DIRECT_*) w1[31:16]",                                        \
	  "the sender ID names no endpoint declared to the model")                                 \
	X(MODEL_DIRECT_RECEIVER_UNKNOWN, 0x0602, INVALID_PARAMETERS,                               \
	  "DEN0077A v1.2 §15.2-§15.5 (DIRECT_*) w1[15:0]",                                         \
	  "the receiver ID names no endpoint declared to the model")                               \
	X(MODEL_DIRECT_RECEIVER_ROLE, 0x0603, NOT_SUPPORTED,                                       \
	  "DEN0077A v1.2 §15.2 (DIRECT_REQ) w1[15:0]; Xen",                                        \
	  "the receiver is not a partition that serves direct requests (SP or SPMC): "             \
	  "Normal-world receivers are not modelled")                                               \
	X(MODEL_DIRECT_REQ2_UUID, 0x0604, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.2 §15.4 (DIRECT_REQ2) x2-x3",                                               \
	  "the UUID is not nil and not one of the receiver's services")                            \
	X(MODEL_DIRECT_REQ2_VERSION, 0x0605, DENIED, "DEN0077A v1.2 §15.4 (DIRECT_REQ2) w1[15:0]", \
	  "the receiver negotiated a version below v1.2")                                          \
	X(MODEL_DIRECT_RECV_PROP, 0x0606, DENIED,                                                  \
	  "DEN0077A v1.2 Table 6.2 bits 0, 9; §15.2, §15.4 w1[15:0]",                              \
	  "the receiver does not accept this ABI (direct-req-recv / direct-req2-recv property)")   \
	X(MODEL_DIRECT_SEND_PROP, 0x0607, DENIED,                                                  \
	  "DEN0077A v1.2 Table 6.2 bits 1, 10; §15.2, §15.4 w1[31:16]",                            \
	  "the sending SP may not send this ABI (direct-req-send / direct-req2-send property)")    \
	X(MODEL_DIRECT_VM_CREATED_UNSUBSCRIBED, 0x0608, INVALID_PARAMETERS,                        \
	  "DEN0077A v1.2 §18.3, Table 6.2 bit 6 w2[7:0]=4",                                        \
	  "VM created message to a partition that did not subscribe to it (HF)")                   \
	X(MODEL_DIRECT_VM_DESTROYED_UNSUBSCRIBED, 0x0609, INVALID_PARAMETERS,                      \
	  "DEN0077A v1.2 §18.3, Table 6.2 bit 7 w2[7:0]=6",                                        \
	  "VM destroyed message to a partition that did not subscribe to it (HF)")                 \
	X(MODEL_DIRECT_CALLER_EC, 0x0610, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.2 §8.3 runtime model; step cpu",                                            \
	  "the calling endpoint has several execution contexts and none for this CPU")             \
	X(MODEL_DIRECT_RECEIVER_EC, 0x0611, INVALID_PARAMETERS,                                    \
	  "DEN0077A v1.2 §8.3 runtime model; §15.2 w1[15:0]",                                      \
	  "the receiver has several execution contexts and none for this CPU")                     \
	X(MODEL_DIRECT_BUSY, 0x0612, BUSY, "DEN0077A v1.2 §8.3 runtime model; §15.2 w1[15:0]",     \
	  "the receiver's execution context is not waiting (handling a request, running, "         \
	  "blocked or preempted)")                                                                 \
	X(MODEL_DIRECT_CYCLE, 0x0613, DENIED, "DEN0077A v1.2 §8.3 runtime model; §15.2 w1[15:0]",  \
	  "the receiver's execution context is a predecessor in the caller's call chain")          \
	X(MODEL_DIRECT_CALLER_STATE, 0x0614, DENIED, "DEN0077A v1.2 §8.3 runtime model",           \
	  "the calling execution context is not running, or must first resume the context it "     \
	  "gave the CPU to")                                                                       \
	X(MODEL_DIRECT_RESP_NO_REQUEST, 0x0620, DENIED,                                            \
	  "DEN0077A v1.2 §15.3, §15.5 (DIRECT_RESP*); §8.3",                                       \
	  "the responder is not handling a direct request (waiting, or given cycles by FFA_RUN)")  \
	X(MODEL_DIRECT_RESP_ORIGIN, 0x0621, DENIED,                                                \
	  "DEN0077A v1.2 §15.3, §15.5 (DIRECT_RESP*) w1[15:0]",                                    \
	  "the response is not addressed to the endpoint that sent the request")                   \
	X(MODEL_DIRECT_RESP_ABI, 0x0622, DENIED, "DEN0077A v1.2 §15.3, §15.5 (DIRECT_RESP*) w0",   \
	  "DIRECT_RESP answers a DIRECT_REQ, DIRECT_RESP2 a DIRECT_REQ2")                          \
	X(MODEL_DIRECT_RESP_WIDTH, 0x0623, DENIED, "DEN0077A v1.3 §15.3 (DIRECT_RESP) w0[30]",     \
	  "the response's width (SMC32/SMC64) differs from the request's (v1.3 clarification, "    \
	  "applied at every version)")                                                             \
	X(MODEL_DIRECT_RESP_FWK, 0x0624, DENIED,                                                   \
	  "DEN0077A v1.2 §18.1 (DIRECT_RESP) w2[31], w2[7:0]",                                     \
	  "a framework request needs the matching framework response (0/1->2, 4->5, 6->7, ...), "  \
	  "a partition message a partition response")                                              \
	X(MODEL_DIRECT_CYCLES_SBZ, 0x0630, INVALID_PARAMETERS,                                     \
	  "DEN0077A v1.2 (FFA_MSG_WAIT, FFA_YIELD, FFA_RUN, FFA_INTERRUPT) w1-w7",                 \
	  "a reserved register or bit of a CPU-cycle ABI is not zero")                             \
	X(MODEL_DIRECT_CYCLES_CALLER, 0x0631, NOT_SUPPORTED,                                       \
	  "DEN0077A v1.2 (FFA_MSG_WAIT, FFA_YIELD, FFA_INTERRUPT) caller",                         \
	  "the Normal world (and the SPMD) never invokes FFA_MSG_WAIT, FFA_YIELD or "              \
	  "FFA_INTERRUPT")                                                                         \
	X(MODEL_DIRECT_INTERRUPT_CALLER, 0x0632, DENIED,                                           \
	  "DEN0077A v1.2 §8.4 (FFA_INTERRUPT) caller",                                             \
	  "a partition invoked FFA_INTERRUPT: only the framework signals preemption (HF)")         \
	X(MODEL_DIRECT_MSG_WAIT_IN_REQUEST, 0x0633, DENIED, "DEN0077A v1.2 §8.3 (FFA_MSG_WAIT)",   \
	  "FFA_MSG_WAIT while handling a direct request (it must be answered first)")              \
	X(MODEL_DIRECT_TARGET_UNKNOWN, 0x0634, INVALID_PARAMETERS,                                 \
	  "DEN0077A v1.2 (FFA_RUN, FFA_INTERRUPT) w1[31:16]",                                      \
	  "the target is not a declared partition the model runs (SP or SPMC)")                    \
	X(MODEL_DIRECT_TARGET_EC, 0x0635, INVALID_PARAMETERS,                                      \
	  "DEN0077A v1.2 (FFA_RUN, FFA_INTERRUPT) w1[15:0]",                                       \
	  "the target EC does not exist, or is not the one pinned to this CPU")                    \
	X(MODEL_DIRECT_RUN_BLOCKED, 0x0636, DENIED, "DEN0077A v1.2 §8.3 (FFA_RUN) w1",             \
	  "the target EC waits for the response to its own request (call chain)")                  \
	X(MODEL_DIRECT_RUN_NOT_GIVER, 0x0637, DENIED, "DEN0077A v1.2 §8.3-§8.4 (FFA_RUN) w1",      \
	  "a preempted or yielded EC is resumed only by the EC it returned the CPU to")            \
	X(MODEL_DIRECT_INTERRUPT_NOT_RUNNING, 0x0638, DENIED,                                      \
	  "DEN0077A v1.2 §8.4 (FFA_INTERRUPT) w1",                                                 \
	  "the target EC is not running: there is nothing to preempt")

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
