/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Field checks shared by the notification ABIs (DEN0077A v1.3 §16.3-§16.10, Tables 16.12-16.41):
 * the endpoint IDs of w1, the per-vCPU flag and the notification bitmap. The per-ABI
 * checks are in lib/notif_bitmap.c (BITMAP_CREATE, BITMAP_DESTROY), lib/notif_bind.c
 * (BIND, UNBIND), lib/notif_set.c (SET), lib/notif_get.c (GET, INFO_GET).
 *
 * Who the caller may name (enum ffav_role in include/ffa_validate.h; docs/notifications.md §2):
 *   host        NS physical, ID 0, acting only for itself: a field naming its side is 0;
 *   hypervisor  NS physical, ID 0, acting for its VMs: a field naming its side may be any
 *               Normal-world ID (bit 15 clear), 0 included; it cannot check more (pKVM
 *               cover letter: the SPMC trusts the NS physical instance with these fields);
 *   vm, sp      a field naming the caller's side is the caller's own ID.
 * The field naming the caller's side is the receiver w1[15:0] in BIND, UNBIND and GET, the
 * sender w1[31:16] in SET, the VM ID w1[15:0] in BITMAP_CREATE/DESTROY. Mixing them up is
 * the bug every peer has had (docs/notifications.md §2), so each ABI names its own field.
 */
#include "ffav_internal.h"

#if FFAVI_BUILDS(FFAVI_NOTIF_FAMILIES) /* the build selection: lib/ffav_internal.h */

#define ID_FIELD_MASK 0xFFFFull
#define FLAG_PER_VCPU 0x1u /* BIND and SET w2[0] */

int32_t ffavi_notif_self_id(const struct ffavi_ctx *c, unsigned int shift, uint32_t rule,
			    struct ffav_diag *diag)
{
	uint16_t id = ffavi_notif_id(c, shift);
	bool ok;

	if (ffavi_role_is(c, FFAV_ROLE_HYPERVISOR))
		ok = !ffavi_id_is_secure(id);
	else
		ok = id == c->caller->id;
	if (ok)
		return FFAV_RET_SUCCESS;
	return ffavi_fail_mask(c, diag, rule, 1, ID_FIELD_MASK << shift);
}

/*
 * The other party of BIND/UNBIND (the sender) and SET (the receiver), DEN0077A v1.3 §16.3-§16.5
 * (syntax Tables 16.12, 16.16, 16.20; the same for BIND2, UNBIND2, SET2,
 * Tables 16.29, 16.33, 16.37) (error tables 16.13, 16.17, 16.21):
 *  - never an SPMD logical partition or the SPMD (HF: INVALID_PARAMETERS);
 *  - from the NS physical instance, always an SP: the SPMC handles only notifications that
 *    involve an SP, VM-to-VM ones are the hypervisor's (HF; TFTF vm_bind_vm);
 *  - never the caller's side itself (HF; XEN 2026).
 * Whether the ID exists, and whether it can receive notifications, is state (the model).
 */
int32_t ffavi_notif_id_pair(const struct ffavi_ctx *c, unsigned int self_shift,
			    const struct ffavi_notif_id_rules *rules, struct ffav_diag *diag)
{
	unsigned int other_shift =
		self_shift == FFAVI_NOTIF_ID_LOW ? FFAVI_NOTIF_ID_HIGH : FFAVI_NOTIF_ID_LOW;
	uint64_t other_mask = ID_FIELD_MASK << other_shift;
	uint16_t self = ffavi_notif_id(c, self_shift);
	uint16_t other = ffavi_notif_id(c, other_shift);
	int32_t ret;

	ret = ffavi_notif_self_id(c, self_shift, rules->self, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	if (ffavi_id_is_spmd_endpoint(other))
		return ffavi_fail_mask(c, diag, rules->other_lp, 1, other_mask);
	if (ffavi_caller_is_ns_physical(c) && !ffavi_id_is_secure(other))
		return ffavi_fail_mask(c, diag, rules->other_not_sp, 1, other_mask);
	if (other == self)
		return ffavi_fail_mask(c, diag, rules->same, 1, other_mask);
	return FFAV_RET_SUCCESS;
}

/*
 * Per-vCPU notifications are optional from v1.3 (FFA_FEATURES feature ID 4); a callee that
 * does not support them answers INVALID_PARAMETERS to the per-vCPU flag of BIND and SET
 * (DEN0077A v1.3 Table 13.14 ID 4; Tables 16.13, 16.21, 16.30, 16.38; disputed point 3 in
 * docs/notifications.md §5: HF, DS, XEN 2026; OP-TEE and old Xen answer DENIED).
 * FFAV_POLICY_NO_PER_VCPU therefore takes effect from v1.3 only: below v1.3 the spec makes per-vCPU
 * support mandatory (DEN0077A v1.2 §16.3), so a callee that negotiated v1.1 or v1.2 must honour the
 * flag and the policy does not change the answer.
 */
int32_t ffavi_notif_per_vcpu(const struct ffavi_ctx *c, uint32_t rule, struct ffav_diag *diag)
{
	if (ffavi_version_ge(c, 1, 3) && ffavi_policy(c, FFAV_POLICY_NO_PER_VCPU) &&
	    (ffavi_w(c, 2) & FLAG_PER_VCPU) != 0)
		return ffavi_fail_mask(c, diag, rule, 2, FLAG_PER_VCPU);
	return FFAV_RET_SUCCESS;
}

/* w3|w4 = 0 names no notification: INVALID_PARAMETERS (BIND, UNBIND, SET: DEN0077A v1.3 Tables
 * 16.12, 16.16, 16.20; Table 16.17 lists an invalid UNBIND bitmap, Tables 16.13 and 16.21 list no
 * empty bitmap for BIND and SET, which the v1.3 `*2` ABIs refuse (Tables 16.30, 16.38): HF, ACS,
 * TFTF bind_unbind_zeroed refuse it at every version). */
int32_t ffavi_notif_bitmap_nonempty(const struct ffavi_ctx *c, uint32_t rule,
				    struct ffav_diag *diag)
{
	if ((ffavi_w(c, 3) | ffavi_w(c, 4)) == 0)
		return ffavi_fail(diag, rule, 3, 0);
	return FFAV_RET_SUCCESS;
}

/* ---- The bitmaps of the v1.3 extended notifications, and SBZ fields ---- */

#if FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS2) || FFAV_SELECT_RESPONSES

/* b + 1 of the bitmaps holding notifications from the sender class of `sp` (Table 13.14 ID 4:
 * 64 + i; FFAV_POLICY_NOTIF_EXTRA_SP/_VM). */
unsigned int ffavi_notif2_count(const struct ffavi_ctx *c, bool sp)
{
	uint32_t policy = c->caller->policy;

	if (sp)
		return 64u + ((policy & FFAV_POLICY_NOTIF_EXTRA_SP_MASK) >>
			      FFAV_POLICY_NOTIF_EXTRA_SP_SHIFT);
	return 64u +
	       ((policy & FFAV_POLICY_NOTIF_EXTRA_VM_MASK) >> FFAV_POLICY_NOTIF_EXTRA_VM_SHIFT);
}

/* The bits of the k-th register of a bitmap (notifications 64k..64k+63) that name a supported
 * notification, count being the number supported. */
uint64_t ffavi_notif2_allowed(unsigned int count, unsigned int k)
{
	unsigned int first = 64u * k;

	if (count >= first + 64u)
		return ~0ull;
	if (count <= first)
		return 0;
	return (1ull << (count - first)) - 1u;
}

/* Bits above b of the bitmap x(first)..x(first+5) are MBZ ("Bits corresponding to
 * unimplemented notification IDs MBZ", Tables 16.29, 16.33, 16.37, 16.41): INVALID_PARAMETERS,
 * "notification set that exceeds the supported number" (Tables 16.30, 16.34, 16.38, 16.43).
 * Never relaxed by FFAV_POLICY_IGNORE_SBZ. */
int32_t ffavi_notif2_exceeds(const struct ffavi_ctx *c, unsigned int first, unsigned int count,
			     uint32_t rule, struct ffav_diag *diag)
{
	unsigned int k;

	for (k = 0; k < FFAVI_NOTIF2_REGS; k++) {
		uint64_t extra = c->regs[first + k] & ~ffavi_notif2_allowed(count, k);

		if (extra != 0)
			return ffavi_fail(diag, rule, first + k, extra);
	}
	return FFAV_RET_SUCCESS;
}

#endif /* FFAVI_BUILDS(FFAV_ABIS_NOTIFICATIONS2) || FFAV_SELECT_RESPONSES */

/* A reserved SBZ field of register n (mask): refused by default, ignored under
 * FFAV_POLICY_IGNORE_SBZ (and cleared in the canonical image, ffavi_notif_meaningful()). */
int32_t ffavi_notif_sbz_bits(const struct ffavi_ctx *c, unsigned int n, uint64_t mask,
			     uint32_t rule, struct ffav_diag *diag)
{
	if (ffavi_policy(c, FFAV_POLICY_IGNORE_SBZ) || (ffavi_arg(c, n) & mask) == 0)
		return FFAV_RET_SUCCESS;
	return ffavi_fail_mask(c, diag, rule, n, mask);
}

#endif /* FFAVI_BUILDS(FFAVI_NOTIF_FAMILIES) */
