/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_SUCCESS answers of the notification ABIs (DEN0077A v1.3 §16.1-§16.6, §16.11): the
 * width, the target register, the registers each ABI leaves unused, GET's bitmaps and
 * INFO_GET's lists. FFA_ERROR answers are judged in lib/response.c.
 */
#include "response_internal.h"

#if FFAV_SELECT_RESPONSES /* the build selection: lib/ffav_internal.h */

/* RESP_SUCCESS_WIDTH: INFO_GET answers by the caller's convention (DEN0077A v1.3 Tables
 * 16.47, 16.49), GET with w2-w7, an FFA_SUCCESS_32 (Table 16.25); the other ABIs' "FFA_SUCCESS
 * without any further parameters" states no width: the call's, as for INFO_GET. So the
 * call's width is the answer's width (docs/responses.md, "Readings chosen"). */
static int32_t check_width(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	if (r->smc64 != r->call->smc64)
		return ffavi_fail(diag, FFAV_RULE_RESP_SUCCESS_WIDTH, 0,
				  r->regs[0] & FFAV_FID_SMC64);
	return FFAV_RET_SUCCESS;
}

/* RESP_SUCCESS_TARGET: w1 (x1 for SUCCESS_64) is target information, zero for these ABIs:
 * their results start at w2 or carry no parameters (DEN0077A v1.3 §16.1-§16.6, §16.11,
 * Tables 16.4, 16.25, 16.47). */
static int32_t check_target(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint64_t x1 = ffavi_resp_arg(r, 1);

	if (x1 != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_SUCCESS_TARGET, 1, x1);
	return FFAV_RET_SUCCESS;
}

/* GET (DEN0077A v1.3 Table 16.25): w2/w3 hold the SP bitmap when the call asked for
 * SP-sourced notifications (flag bit 0), w4/w5 the VM bitmap (bit 1), w6 the SPM framework
 * bitmap (bit 2), w7 the hypervisor framework bitmap (bit 3). "The caller must ignore this
 * field if Bit[n] in the Flags field was not set": a field whose flag was clear is not judged
 * (every version: docs/responses.md, "Version decisions"). A requested framework bitmap
 * defines only bit 0, RX buffer full: [31:1] are reserved (RESP_GET_FRAMEWORK). */
static int32_t check_get(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	uint32_t flags = ffavi_w(r->call, 2);
	unsigned int n;

	for (n = 6; n <= 7; n++) {
		uint32_t flag = n == 6 ? FFAV_GET_FLAG_SPM : FFAV_GET_FLAG_HYP;
		uint32_t reserved =
			ffavi_resp_w(r, n) & ~(uint32_t)FFAV_FRAMEWORK_NOTIF_RX_BUFFER_FULL;

		if ((flags & flag) != 0 && reserved != 0)
			return ffavi_fail(diag, FFAV_RULE_RESP_GET_FRAMEWORK, n, reserved);
	}
	return FFAV_RET_SUCCESS;
}

/* INFO_GET (DEN0077A v1.3 §16.11, Table 16.49): the lists in x2..x7 (lib/answer_views.c),
 * then nothing beyond x7: SMC64 answers at v1.2+ have x8..x17 zero (Table 16.49 describes
 * x2..x7 only; RESP_SUCCESS_SBZ). */
static int32_t check_info_get(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	int32_t ret = ffavi_info_get_judge(r->regs, r->smc64, diag);

	if (ret != FFAV_RET_SUCCESS)
		return ret;
	return ffavi_resp_unused(r, 8, ffavi_resp_window_end(r), FFAV_RULE_RESP_SUCCESS_SBZ, diag);
}

int32_t ffavi_resp_notif(const struct ffavi_resp *r, struct ffav_diag *diag)
{
	int32_t ret;

	/* BITMAP_CREATE, BIND2, UNBIND2, SET2, GET2, FFA_FEATURES: lib/response_notif2.c. */
	if (ffavi_resp_notif2_handles(r->call->abi))
		return ffavi_resp_notif2(r, diag);
	ret = check_width(r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	ret = check_target(r, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	switch (r->call->abi) {
	case FFAV_ABI_NOTIFICATION_GET:
		return check_get(r, diag);
	case FFAV_ABI_NOTIFICATION_INFO_GET:
		return check_info_get(r, diag);
	default:
		/* BITMAP_DESTROY, BIND, UNBIND, SET: "FFA_SUCCESS without any further parameters",
		 * w2..w7 unused (DEN0077A v1.3 §16.2-§16.5): RESP_SUCCESS_SBZ. */
		return ffavi_resp_unused(r, 2, 7, FFAV_RULE_RESP_SUCCESS_SBZ, diag);
	}
}

#endif /* FFAV_SELECT_RESPONSES */
