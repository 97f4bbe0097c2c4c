/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Field checks of the direct-message ABIs (spec/direct_messaging.md §5-§8). The calling-
 * convention layer has already judged the function ID, the caller's right to invoke the
 * ABI and the unused registers. Field rules: issue 4 (not yet implemented here).
 */
#include "ffav_internal.h"

int32_t ffav_direct_req(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}

int32_t ffav_direct_resp(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}

int32_t ffav_direct_req2(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}

int32_t ffav_direct_resp2(const struct ffav_ctx *c, struct ffav_diag *diag)
{
	(void)c;
	(void)diag;
	return FFAV_RET_SUCCESS;
}
