/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The FF-A functions, one line each:
 *
 *   X(NAME, SMC32_ID, SMC64_ID, SINCE32, SINCE64, UNTIL, ABI)
 *
 * NAME is the function's name in DEN0077A. SMC32_ID and SMC64_ID are the function IDs of its
 * two widths (fast call, Standard Secure Service owner, function number in [15:0]; the SMC64
 * ID is the SMC32 ID with bit 30 set). SINCE32 and SINCE64 are the FF-A v1.x minor version
 * that introduced each width, NEVER when the function has no such width (its ID then names
 * nothing). UNTIL is the last minor version the function exists in, STILL when it is not
 * retired. ABI is the covered ABI it is (the suffix of an enum ffav_abi constant), NONE when
 * the library does not judge it. The X macro that expands the table pastes the versions
 * into FFAV_FN_VERSION_##SINCE32 (..._0 to ..._3, ..._NEVER, ..._STILL) and the ABI into
 * FFAV_ABI_##ABI, so that no macro of the user's can change a column. The numbers missing
 * from the table (0x78, 0x79, 0x91..0x93) are reserved.
 *
 * Sources: the "Function ID" row of each function's syntax table in DEN0077A v1.3 chapters
 * 13-18 (Table 13.12 for FFA_FEATURES, ...), the editions v1.0 to v1.2 for the version that
 * introduced each width (FFA_MSG_POLL and FFA_MSG_SEND exist in v1.0 only), cross-checked
 * with TF-A include/services/ffa_svc.h. lib/fid.c derives the function-ID table from this
 * one, and ffav_function_name() and ffav_abi_name() the names.
 */
#ifndef FFA_VALIDATE_ABIS_H
#define FFA_VALIDATE_ABIS_H

/* The values of the version columns. NEVER and STILL are above every minor version. */
#define FFAV_FN_VERSION_0 0u
#define FFAV_FN_VERSION_1 1u
#define FFAV_FN_VERSION_2 2u
#define FFAV_FN_VERSION_3 3u
#define FFAV_FN_VERSION_NEVER 0xFFu
#define FFAV_FN_VERSION_STILL 0xFFu

/* The function numbers the table spans. */
#define FFAV_FN_NUM_FIRST 0x60u
#define FFAV_FN_NUM_LAST 0x97u

/* clang-format off */
#define FFAV_FUNCTIONS(X) \
	/* NAME                             SMC32_ID    SMC64_ID    SINCE32 SINCE64 UNTIL  ABI */                      \
	X(FFA_ERROR,                       0x84000060, 0xC4000060, 0,      3,      STILL, NONE)                        \
	X(FFA_SUCCESS,                     0x84000061, 0xC4000061, 0,      0,      STILL, NONE)                        \
	X(FFA_INTERRUPT,                   0x84000062, 0xC4000062, 0,      3,      STILL, NONE)                        \
	X(FFA_VERSION,                     0x84000063, 0xC4000063, 0,      NEVER,  STILL, NONE)                        \
	X(FFA_FEATURES,                    0x84000064, 0xC4000064, 0,      NEVER,  STILL, FEATURES)                    \
	X(FFA_RX_RELEASE,                  0x84000065, 0xC4000065, 0,      NEVER,  STILL, NONE)                        \
	X(FFA_RXTX_MAP,                    0x84000066, 0xC4000066, 0,      0,      STILL, NONE)                        \
	X(FFA_RXTX_UNMAP,                  0x84000067, 0xC4000067, 0,      NEVER,  STILL, NONE)                        \
	X(FFA_PARTITION_INFO_GET,          0x84000068, 0xC4000068, 0,      NEVER,  STILL, NONE)                        \
	X(FFA_ID_GET,                      0x84000069, 0xC4000069, 0,      NEVER,  STILL, NONE)                        \
	X(FFA_MSG_POLL,                    0x8400006A, 0xC400006A, 0,      NEVER,  0,     NONE)                        \
	X(FFA_MSG_WAIT,                    0x8400006B, 0xC400006B, 0,      3,      STILL, NONE)                        \
	X(FFA_YIELD,                       0x8400006C, 0xC400006C, 0,      3,      STILL, NONE)                        \
	X(FFA_RUN,                         0x8400006D, 0xC400006D, 0,      3,      STILL, NONE)                        \
	X(FFA_MSG_SEND,                    0x8400006E, 0xC400006E, 0,      NEVER,  0,     NONE)                        \
	X(FFA_MSG_SEND_DIRECT_REQ,         0x8400006F, 0xC400006F, 0,      0,      STILL, MSG_SEND_DIRECT_REQ)         \
	X(FFA_MSG_SEND_DIRECT_RESP,        0x84000070, 0xC4000070, 0,      0,      STILL, MSG_SEND_DIRECT_RESP)        \
	X(FFA_MEM_DONATE,                  0x84000071, 0xC4000071, 0,      0,      STILL, NONE)                        \
	X(FFA_MEM_LEND,                    0x84000072, 0xC4000072, 0,      0,      STILL, NONE)                        \
	X(FFA_MEM_SHARE,                   0x84000073, 0xC4000073, 0,      0,      STILL, NONE)                        \
	X(FFA_MEM_RETRIEVE_REQ,            0x84000074, 0xC4000074, 0,      0,      STILL, NONE)                        \
	X(FFA_MEM_RETRIEVE_RESP,           0x84000075, 0xC4000075, 0,      NEVER,  STILL, NONE)                        \
	X(FFA_MEM_RELINQUISH,              0x84000076, 0xC4000076, 0,      NEVER,  STILL, NONE)                        \
	X(FFA_MEM_RECLAIM,                 0x84000077, 0xC4000077, 0,      NEVER,  STILL, NONE)                        \
	X(FFA_MEM_FRAG_RX,                 0x8400007A, 0xC400007A, 0,      NEVER,  STILL, NONE)                        \
	X(FFA_MEM_FRAG_TX,                 0x8400007B, 0xC400007B, 0,      NEVER,  STILL, NONE)                        \
	X(FFA_NORMAL_WORLD_RESUME,         0x8400007C, 0xC400007C, 0,      3,      STILL, NONE)                        \
	X(FFA_NOTIFICATION_BITMAP_CREATE,  0x8400007D, 0xC400007D, 1,      NEVER,  STILL, NOTIFICATION_BITMAP_CREATE)  \
	X(FFA_NOTIFICATION_BITMAP_DESTROY, 0x8400007E, 0xC400007E, 1,      NEVER,  STILL, NOTIFICATION_BITMAP_DESTROY) \
	X(FFA_NOTIFICATION_BIND,           0x8400007F, 0xC400007F, 1,      NEVER,  STILL, NOTIFICATION_BIND)           \
	X(FFA_NOTIFICATION_UNBIND,         0x84000080, 0xC4000080, 1,      NEVER,  STILL, NOTIFICATION_UNBIND)         \
	X(FFA_NOTIFICATION_SET,            0x84000081, 0xC4000081, 1,      NEVER,  STILL, NOTIFICATION_SET)            \
	X(FFA_NOTIFICATION_GET,            0x84000082, 0xC4000082, 1,      NEVER,  STILL, NOTIFICATION_GET)            \
	X(FFA_NOTIFICATION_INFO_GET,       0x84000083, 0xC4000083, 1,      1,      STILL, NOTIFICATION_INFO_GET)       \
	X(FFA_RX_ACQUIRE,                  0x84000084, 0xC4000084, 1,      NEVER,  STILL, NONE)                        \
	X(FFA_SPM_ID_GET,                  0x84000085, 0xC4000085, 1,      NEVER,  STILL, NONE)                        \
	X(FFA_MSG_SEND2,                   0x84000086, 0xC4000086, 1,      NEVER,  STILL, NONE)                        \
	X(FFA_SECONDARY_EP_REGISTER,       0x84000087, 0xC4000087, NEVER,  1,      STILL, NONE)                        \
	X(FFA_MEM_PERM_GET,                0x84000088, 0xC4000088, 1,      1,      STILL, NONE)                        \
	X(FFA_MEM_PERM_SET,                0x84000089, 0xC4000089, 1,      1,      STILL, NONE)                        \
	X(FFA_CONSOLE_LOG,                 0x8400008A, 0xC400008A, 2,      2,      STILL, NONE)                        \
	X(FFA_PARTITION_INFO_GET_REGS,     0x8400008B, 0xC400008B, NEVER,  2,      STILL, NONE)                        \
	X(FFA_EL3_INTR_HANDLE,             0x8400008C, 0xC400008C, 2,      NEVER,  STILL, NONE)                        \
	X(FFA_MSG_SEND_DIRECT_REQ2,        0x8400008D, 0xC400008D, NEVER,  2,      STILL, MSG_SEND_DIRECT_REQ2)        \
	X(FFA_MSG_SEND_DIRECT_RESP2,       0x8400008E, 0xC400008E, NEVER,  2,      STILL, MSG_SEND_DIRECT_RESP2)       \
	X(FFA_NS_RES_INFO_GET,             0x8400008F, 0xC400008F, NEVER,  3,      STILL, NONE)                        \
	X(FFA_ABORT,                       0x84000090, 0xC4000090, 3,      3,      STILL, NONE)                        \
	X(FFA_NOTIFICATION_BIND2,          0x84000094, 0xC4000094, NEVER,  3,      STILL, NOTIFICATION_BIND2)          \
	X(FFA_NOTIFICATION_UNBIND2,        0x84000095, 0xC4000095, NEVER,  3,      STILL, NOTIFICATION_UNBIND2)        \
	X(FFA_NOTIFICATION_SET2,           0x84000096, 0xC4000096, NEVER,  3,      STILL, NOTIFICATION_SET2)           \
	X(FFA_NOTIFICATION_GET2,           0x84000097, 0xC4000097, NEVER,  3,      STILL, NOTIFICATION_GET2)
/* clang-format on */

#endif /* FFA_VALIDATE_ABIS_H */
