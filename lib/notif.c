/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Field checks of the notification ABIs (spec/notifications.md §3-§11). The calling-
 * convention layer has already judged the function ID, the caller's right to invoke the
 * ABI and the unused registers. Field rules: issue 3 (not yet implemented here).
 */
#include "ffav_internal.h"

int32_t ffav_notif_bitmap_create(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}

int32_t ffav_notif_bitmap_destroy(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}

int32_t ffav_notif_bind(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}

int32_t ffav_notif_unbind(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}

int32_t ffav_notif_set(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}

int32_t ffav_notif_get(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}

int32_t ffav_notif_info_get(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}
