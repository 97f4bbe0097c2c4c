/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * What a valid notification call forwards (ffav_canonical(), lib/frames.c): the fields of
 * each register, without the reserved SBZ fields that FFAV_POLICY_IGNORE_SBZ lets through,
 * so that what is forwarded is what was judged. MBZ fields need no mask: a valid call has
 * them zero.
 */
#include "ffav_internal.h"

#if FFAVI_BUILDS(FFAVI_NOTIF_FAMILIES) /* the build selection: lib/ffav_internal.h */

#define LOW16 0xFFFFull
#define LOW32 0xFFFFFFFFull

/* x1: the two ID fields (w1). x1[63:32] of the SMC64-only `*2` ABIs is not described (w1 is
 * a 32-bit field, DEN0077A v1.3 Tables 16.29, 16.33, 16.37, 16.41): ignored and cleared. */
static uint64_t x1_fields(const struct ffavi_ctx *c)
{
	/* BITMAP_DESTROY w1[31:16] is SBZ (Table 16.8); BITMAP_CREATE's is MBZ (Table 16.3). */
	if (c->abi == FFAV_ABI_NOTIFICATION_BITMAP_DESTROY)
		return LOW16;
	return LOW32;
}

/* x2: the flags. */
static uint64_t x2_fields(const struct ffavi_ctx *c)
{
	switch (c->abi) {
	case FFAV_ABI_NOTIFICATION_BIND:  /* w2[31:1] SBZ (Table 16.12) */
	case FFAV_ABI_NOTIFICATION_BIND2: /* x2[63:1] SBZ (Table 16.29) */
		return 0x1u;
	case FFAV_ABI_NOTIFICATION_UNBIND:  /* w2 SBZ (Table 16.16) */
	case FFAV_ABI_NOTIFICATION_UNBIND2: /* x2 SBZ (Table 16.33) */
		return 0;
	case FFAV_ABI_NOTIFICATION_GET:	 /* w2[31:4] SBZ from v1.2, [1], [3] at NS phys (16.24) */
	case FFAV_ABI_NOTIFICATION_GET2: /* x2[63:4] SBZ, [1], [3] at NS phys (Table 16.41) */
		return ffavi_notif_get2_selectable(c);
	case FFAV_ABI_FEATURES: /* w2 of a feature ID SBZ (Table 13.14; lib/features.c) */
		return (ffavi_w(c, 1) & FFAV_FEATURES_FID_BIT) != 0 ? ~0ull : 0;
	case FFAV_ABI_NOTIFICATION_BITMAP_CREATE: /* the vCPU count */
	case FFAV_ABI_NOTIFICATION_SET:		  /* every field MBZ-checked (Table 16.20) */
	case FFAV_ABI_NOTIFICATION_SET2:	  /* likewise (Table 16.37) */
	default:
		return ~0ull;
	}
}

uint64_t ffavi_notif_meaningful(const struct ffavi_ctx *c, unsigned int n)
{
	if (n == 1)
		return x1_fields(c);
	if (n == 2)
		return x2_fields(c);
	/* BITMAP_CREATE w3 at v1.3: the count w3[8:0]; w3[31:9] SBZ (Table 16.3). */
	if (c->abi == FFAV_ABI_NOTIFICATION_BITMAP_CREATE)
		return 0x1FFu;
	/* GET2's masks: only those of the bitmaps x2 selects (Table 16.41). */
	if (c->abi == FFAV_ABI_NOTIFICATION_GET2 &&
	    !ffavi_notif_get2_mask_selected(n, c->regs[2] & ffavi_notif_get2_selectable(c)))
		return 0;
	return ~0ull;
}

#endif /* FFAVI_BUILDS(FFAVI_NOTIF_FAMILIES) */
