/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_NOTIFICATION_INFO_GET, SMC32 and SMC64 (spec/notifications.md §8). It takes no
 * parameters: the calling-convention layer has already refused secure callers
 * (NOTIF_INFO_GET_CALLER) and judged every register, x1..x7 and, for INFO_GET_64 from
 * v1.2, x8..x17 (NOTIF_INFO_GET_SBZ). Whether a VM is a scheduler, and whether anything is
 * pending (NO_DATA), is state.
 */
#include "ffav_internal.h"

int32_t ffav_notif_info_get(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}
