/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_FEATURES in the reference models (DEN0077A v1.3 §13.3, Tables 13.13, 13.14): what the
 * modelled callee implements is the covered ABIs and the CPU-cycle ABIs the models run, and
 * the notification features (feature ID 4) as the model's policy states them. It raises no
 * interrupt, so it implements no interrupt feature (IDs 1-3), and nothing else.
 */
#include "model_internal.h"

#define PER_VCPU_VM_UNSUPPORTED 0x1u /* ID 4 w2[0] */
#define PER_VCPU_SP_UNSUPPORTED 0x2u /* ID 4 w2[1] */
#define VM_COUNT_SHIFT 2u	     /* ID 4 w2[10:2] */
#define SP_COUNT_SHIFT 11u	     /* ID 4 w2[19:11] */

/* Feature ID 4 (Table 13.14): per-vCPU support per class (FFAV_POLICY_NO_PER_VCPU from v1.3,
 * both classes), the counts of the policy; the VM count MBZ at the Non-secure physical
 * instance. */
static uint32_t notification_features(const struct model_call *c)
{
	uint32_t policy = c->caller.policy;
	uint32_t sp =
		(policy & FFAV_POLICY_NOTIF_EXTRA_SP_MASK) >> FFAV_POLICY_NOTIF_EXTRA_SP_SHIFT;
	uint32_t vm =
		(policy & FFAV_POLICY_NOTIF_EXTRA_VM_MASK) >> FFAV_POLICY_NOTIF_EXTRA_VM_SHIFT;
	uint32_t w2 = sp << SP_COUNT_SHIFT;

	if (c->caller.role != FFAV_ROLE_HOST && c->caller.role != FFAV_ROLE_HYPERVISOR)
		w2 |= vm << VM_COUNT_SHIFT;
	if ((policy & FFAV_POLICY_NO_PER_VCPU) != 0)
		w2 |= PER_VCPU_VM_UNSUPPORTED | PER_VCPU_SP_UNSUPPORTED;
	return w2;
}

int32_t ffavi_model_features_step(const struct model_call *c, uint64_t resp[FFAV_NREGS],
				  struct ffav_diag *diag)
{
	uint32_t w1 = model_w(c, 1);
	uint32_t fid = w1 & ~FFAV_FID_SVE_HINT;

	/* The stateless check accepted the query: a function ID exists at this version, a
	 * feature ID is defined at it. */
	if ((w1 & FFAV_FEATURES_FID_BIT) != 0) {
		if (ffav_abi_of(fid) == FFAV_ABI_NONE && !ffavi_model_is_cycles_fid(fid))
			return ffavi_fail(diag, FFAV_RULE_MODEL_FEATURES_NOT_IMPLEMENTED, 1, w1);
		ffavi_model_frame(resp, FFAV_FID_SUCCESS_32);
		return FFAV_RET_SUCCESS;
	}
	if (w1 != FFAV_FEATURE_NOTIFICATIONS) /* w1[31:8] are zero (FEATURES_FEATURE_ID_MBZ) */
		return ffavi_fail(diag, FFAV_RULE_MODEL_FEATURES_NOT_IMPLEMENTED, 1, w1);
	ffavi_model_frame(resp, FFAV_FID_SUCCESS_32);
	if (resp != NULL)
		resp[2] = notification_features(c);
	return FFAV_RET_SUCCESS;
}
