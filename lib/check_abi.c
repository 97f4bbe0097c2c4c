/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The per-ABI entry points (include/ffa_validate.h): ffav_check() restricted to one ABI, for
 * ports that already dispatch on the function ID. A port that calls only ffav_check(),
 * ffav_canonical() or the prepared entry points leaves this file out.
 */
#include "ffav_internal.h"

#define PER_ABI_ENTRY(fn, abi)                                                        \
	int32_t fn(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS], \
		   struct ffav_diag *diag)                                            \
	{                                                                             \
		return ffavi_check_abi(caller, regs, diag, abi);                      \
	}

PER_ABI_ENTRY(ffav_check_notification_bitmap_create, FFAV_ABI_NOTIFICATION_BITMAP_CREATE)
PER_ABI_ENTRY(ffav_check_notification_bitmap_destroy, FFAV_ABI_NOTIFICATION_BITMAP_DESTROY)
PER_ABI_ENTRY(ffav_check_notification_bind, FFAV_ABI_NOTIFICATION_BIND)
PER_ABI_ENTRY(ffav_check_notification_unbind, FFAV_ABI_NOTIFICATION_UNBIND)
PER_ABI_ENTRY(ffav_check_notification_set, FFAV_ABI_NOTIFICATION_SET)
PER_ABI_ENTRY(ffav_check_notification_get, FFAV_ABI_NOTIFICATION_GET)
PER_ABI_ENTRY(ffav_check_notification_info_get, FFAV_ABI_NOTIFICATION_INFO_GET)
PER_ABI_ENTRY(ffav_check_msg_send_direct_req, FFAV_ABI_MSG_SEND_DIRECT_REQ)
PER_ABI_ENTRY(ffav_check_msg_send_direct_resp, FFAV_ABI_MSG_SEND_DIRECT_RESP)
PER_ABI_ENTRY(ffav_check_msg_send_direct_req2, FFAV_ABI_MSG_SEND_DIRECT_REQ2)
PER_ABI_ENTRY(ffav_check_msg_send_direct_resp2, FFAV_ABI_MSG_SEND_DIRECT_RESP2)
PER_ABI_ENTRY(ffav_check_notification_bind2, FFAV_ABI_NOTIFICATION_BIND2)
PER_ABI_ENTRY(ffav_check_notification_unbind2, FFAV_ABI_NOTIFICATION_UNBIND2)
PER_ABI_ENTRY(ffav_check_notification_set2, FFAV_ABI_NOTIFICATION_SET2)
PER_ABI_ENTRY(ffav_check_notification_get2, FFAV_ABI_NOTIFICATION_GET2)
PER_ABI_ENTRY(ffav_check_features, FFAV_ABI_FEATURES)
