/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Every FF-A function ID from v1.0 to v1.3: its number, the widths it exists in, the
 * version that introduced each width, and the version that retired it. Sources: TF-A
 * include/services/ffa_svc.h and spec/direct_messaging.md §2, spec/notifications.md §2.1,
 * §11b. Function numbers run from 0x60 to 0x97.
 */
#include "ffav_internal.h"

#define NEVER FFAV_FID_NEVER
#define STILL FFAV_FID_STILL

#define F(s32, s64, abi)                   \
	{                                  \
		(s32), (s64), STILL, (abi) \
	}
#define UNKNOWN                                    \
	{                                          \
		NEVER, NEVER, STILL, FFAV_ABI_NONE \
	}

const struct ffav_fid_entry ffav_fid_table[FFAV_FID_NUM_COUNT] = {
	/* 0x60 FFA_ERROR */ F(0, 3, FFAV_ABI_NONE),
	/* 0x61 FFA_SUCCESS */ F(0, 0, FFAV_ABI_NONE),
	/* 0x62 FFA_INTERRUPT */ F(0, 3, FFAV_ABI_NONE),
	/* 0x63 FFA_VERSION */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x64 FFA_FEATURES */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x65 FFA_RX_RELEASE */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x66 FFA_RXTX_MAP */ F(0, 0, FFAV_ABI_NONE),
	/* 0x67 FFA_RXTX_UNMAP */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x68 FFA_PARTITION_INFO_GET */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x69 FFA_ID_GET */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x6A FFA_MSG_POLL, v1.0 only */ { 0, NEVER, 0, FFAV_ABI_NONE },
	/* 0x6B FFA_MSG_WAIT */ F(0, 3, FFAV_ABI_NONE),
	/* 0x6C FFA_YIELD */ F(0, 3, FFAV_ABI_NONE),
	/* 0x6D FFA_RUN */ F(0, 3, FFAV_ABI_NONE),
	/* 0x6E FFA_MSG_SEND, v1.0 only */ { 0, NEVER, 0, FFAV_ABI_NONE },
	/* 0x6F */ F(0, 0, FFAV_ABI_MSG_SEND_DIRECT_REQ),
	/* 0x70 */ F(0, 0, FFAV_ABI_MSG_SEND_DIRECT_RESP),
	/* 0x71 FFA_MEM_DONATE */ F(0, 0, FFAV_ABI_NONE),
	/* 0x72 FFA_MEM_LEND */ F(0, 0, FFAV_ABI_NONE),
	/* 0x73 FFA_MEM_SHARE */ F(0, 0, FFAV_ABI_NONE),
	/* 0x74 FFA_MEM_RETRIEVE_REQ */ F(0, 0, FFAV_ABI_NONE),
	/* 0x75 FFA_MEM_RETRIEVE_RESP */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x76 FFA_MEM_RELINQUISH */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x77 FFA_MEM_RECLAIM */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x78 */ UNKNOWN,
	/* 0x79 */ UNKNOWN,
	/* 0x7A FFA_MEM_FRAG_RX */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x7B FFA_MEM_FRAG_TX */ F(0, NEVER, FFAV_ABI_NONE),
	/* 0x7C FFA_NORMAL_WORLD_RESUME */ F(0, 3, FFAV_ABI_NONE),
	/* 0x7D */ F(1, NEVER, FFAV_ABI_NOTIFICATION_BITMAP_CREATE),
	/* 0x7E */ F(1, NEVER, FFAV_ABI_NOTIFICATION_BITMAP_DESTROY),
	/* 0x7F */ F(1, NEVER, FFAV_ABI_NOTIFICATION_BIND),
	/* 0x80 */ F(1, NEVER, FFAV_ABI_NOTIFICATION_UNBIND),
	/* 0x81 */ F(1, NEVER, FFAV_ABI_NOTIFICATION_SET),
	/* 0x82 */ F(1, NEVER, FFAV_ABI_NOTIFICATION_GET),
	/* 0x83 */ F(1, 1, FFAV_ABI_NOTIFICATION_INFO_GET),
	/* 0x84 FFA_RX_ACQUIRE */ F(1, NEVER, FFAV_ABI_NONE),
	/* 0x85 FFA_SPM_ID_GET */ F(1, NEVER, FFAV_ABI_NONE),
	/* 0x86 FFA_MSG_SEND2 */ F(1, NEVER, FFAV_ABI_NONE),
	/* 0x87 FFA_SECONDARY_EP_REGISTER */ F(NEVER, 1, FFAV_ABI_NONE),
	/* 0x88 FFA_MEM_PERM_GET */ F(1, 1, FFAV_ABI_NONE),
	/* 0x89 FFA_MEM_PERM_SET */ F(1, 1, FFAV_ABI_NONE),
	/* 0x8A FFA_CONSOLE_LOG */ F(2, 2, FFAV_ABI_NONE),
	/* 0x8B FFA_PARTITION_INFO_GET_REGS */ F(NEVER, 2, FFAV_ABI_NONE),
	/* 0x8C FFA_EL3_INTR_HANDLE */ F(2, NEVER, FFAV_ABI_NONE),
	/* 0x8D */ F(NEVER, 2, FFAV_ABI_MSG_SEND_DIRECT_REQ2),
	/* 0x8E */ F(NEVER, 2, FFAV_ABI_MSG_SEND_DIRECT_RESP2),
	/* 0x8F FFA_NS_RES_INFO_GET */ F(NEVER, 3, FFAV_ABI_NONE),
	/* 0x90 FFA_ABORT */ F(3, 3, FFAV_ABI_NONE),
	/* 0x91 */ UNKNOWN,
	/* 0x92 */ UNKNOWN,
	/* 0x93 */ UNKNOWN,
	/* 0x94 FFA_NOTIFICATION_BIND2: layout unconfirmed, not judged (notifications.md §11b) */
	F(NEVER, 3, FFAV_ABI_NONE),
	/* 0x95 FFA_NOTIFICATION_UNBIND2 */ F(NEVER, 3, FFAV_ABI_NONE),
	/* 0x96 FFA_NOTIFICATION_SET2 */ F(NEVER, 3, FFAV_ABI_NONE),
	/* 0x97 FFA_NOTIFICATION_GET2 */ F(NEVER, 3, FFAV_ABI_NONE),
};

bool ffav_fid_known(uint32_t fid)
{
	const struct ffav_fid_entry *e;

	if (!ffav_fid_well_formed(fid) || (fid & FFAV_FID_SVE_HINT) != 0)
		return false;
	e = ffav_fid_lookup(fid);
	return e != NULL && ffav_fid_since(e, fid) != NEVER;
}

enum ffav_abi ffav_abi_of(uint64_t x0)
{
	uint32_t fid = (uint32_t)x0 & ~FFAV_FID_SVE_HINT;
	const struct ffav_fid_entry *e;

	if (!ffav_fid_well_formed(fid))
		return FFAV_ABI_NONE;
	e = ffav_fid_lookup(fid);
	if (e == NULL || ffav_fid_since(e, fid) == NEVER)
		return FFAV_ABI_NONE;
	return (enum ffav_abi)e->abi;
}

bool ffav_covers(uint64_t x0)
{
	return ffav_abi_of(x0) != FFAV_ABI_NONE;
}

/* Why the calling-convention layer refuses w0, in the order of DESIGN.md §5: the first test
 * that fails names the rule. Reached only when the function ID is not a covered ABI that
 * exists at the caller's version in this width (decode_fid() in lib/check.c), so when every other
 * test passes, the function is one the library does not cover. */
int32_t ffav_fid_reject(uint32_t minor, uint32_t w0, struct ffav_diag *diag)
{
	uint32_t fid = w0 & ~FFAV_FID_SVE_HINT;
	const struct ffav_fid_entry *e;
	uint8_t since;

	if ((fid & FFAV_FID_FAST) == 0)
		return ffav_fail(diag, FFAV_RULE_CC_FID_NOT_FAST, 0, 0);
	if ((fid & FFAV_FID_OWNER_MASK) != FFAV_FID_OWNER_STANDARD)
		return ffav_fail(diag, FFAV_RULE_CC_FID_OWNER, 0, w0 & FFAV_FID_OWNER_MASK);
	if ((fid & FFAV_FID_RESERVED_MASK) != 0)
		return ffav_fail(diag, FFAV_RULE_CC_FID_RESERVED, 0, w0 & FFAV_FID_RESERVED_MASK);
	e = ffav_fid_lookup(fid);
	if (e == NULL || (e->since32 == NEVER && e->since64 == NEVER))
		return ffav_fail(diag, FFAV_RULE_CC_FID_UNKNOWN, 0, w0 & FFAV_FID_NUMBER_MASK);
	since = ffav_fid_since(e, fid);
	if (since == NEVER)
		return ffav_fail(diag, FFAV_RULE_CC_FID_WIDTH, 0, w0 & FFAV_FID_SMC64);
	if (minor < since)
		return ffav_fail(diag, FFAV_RULE_CC_FID_TOO_NEW, 0, 0);
	if (minor > e->until)
		return ffav_fail(diag, FFAV_RULE_CC_FID_RETIRED, 0, 0);
	return ffav_fail(diag, FFAV_RULE_CC_NOT_COVERED, 0, 0);
}
