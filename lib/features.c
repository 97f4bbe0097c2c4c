/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * FFA_FEATURES, 0x84000064 (DEN0077A v1.3 §13.3, Tables 13.11-13.15), as far as it concerns
 * the library's ABIs: the queries of the notification features (feature IDs 1-4) and of the
 * covered ABIs' function IDs.
 *
 *   w1[31]     1: w1 is an FF-A function ID (either width of an interface with both);
 *              0: w1 is a feature ID: w1[30:8] reserved MBZ, w1[7:0] the feature ID
 *   w2         input properties of the queried interface; for a feature ID MBZ (Table 13.12),
 *              "Reserved (SBZ)" for IDs 1-4 (Table 13.14), the label this file follows
 *   w3-w7      reserved SBZ (lib/check.c)
 *
 * The only error FFA_FEATURES returns is NOT_SUPPORTED, "not implemented or invalid" (§13.3),
 * so every refusal here is NOT_SUPPORTED. Whether the callee implements a valid query is its
 * own business: the check judges the form of the query, and which function and feature IDs
 * exist at the negotiated version.
 */
#include "ffav_internal.h"

#if FFAVI_BUILDS(FFAV_ABIS_FEATURES) /* the build selection: lib/ffav_internal.h */

#define FEATURE_ID_MBZ 0x7FFFFF00u /* w1[30:8] for a feature ID */
#define FEATURE_ID 0xFFu	   /* w1[7:0] */

/* The minor version that defined each feature ID (DEN0077A v1.3 Table 13.14: IDs 1-3 exist
 * since notifications and managed exit, v1.1; ID 4, the notification features, is v1.3). */
static bool feature_defined(const struct ffavi_ctx *c, uint32_t id)
{
	if (id >= FFAV_FEATURE_NOTIF_PENDING_INTR && id <= FFAV_FEATURE_MANAGED_EXIT_INTR)
		return ffavi_version_ge(c, 1, 1);
	if (id == FFAV_FEATURE_NOTIFICATIONS)
		return ffavi_version_ge(c, 1, 3);
	return false;
}

/* A feature ID (Tables 13.12, 13.14): w1[30:8] MBZ; the ID one the negotiated version
 * defines ("invalid" otherwise: NOT_SUPPORTED); w2, the input properties, SBZ for IDs 1-4
 * (Table 13.14; Table 13.12 says MBZ for every feature ID, the more specific table is
 * followed, docs/notifications.md). */
static int32_t feature_query(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint32_t w1 = ffavi_w(c, 1);

	if ((w1 & FEATURE_ID_MBZ) != 0)
		return ffavi_fail_mask(c, diag, FFAV_RULE_FEATURES_FEATURE_ID_MBZ, 1,
				       FEATURE_ID_MBZ);
	if (!feature_defined(c, w1 & FEATURE_ID))
		return ffavi_fail_mask(c, diag, FFAV_RULE_FEATURES_FEATURE_ID_UNKNOWN, 1,
				       FEATURE_ID);
	return ffavi_notif_sbz_bits(c, 2, 0xFFFFFFFFull, FFAV_RULE_FEATURES_FEATURE_INPUT, diag);
}

/* A function ID (Table 13.12): it names an FF-A function that exists in that width at the
 * negotiated version (SVE hint ignored, as in x0), or it is "invalid": NOT_SUPPORTED. For a
 * covered ABI, w2 must be 0: Table 13.15 defines input properties only for FFA_RXTX_MAP, so a
 * non-zero w2 asks for a property that does not exist. The input properties of the other
 * functions are outside the library's scope and not judged. */
static int32_t function_query(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	uint32_t fid = ffavi_w(c, 1) & ~FFAV_FID_SVE_HINT;
	const struct ffavi_fid_entry *e = ffavi_fid_lookup(fid);
	uint32_t minor = c->caller->version & 0xFFFFu;

	if (!ffavi_fid_well_formed(fid) || e == NULL || minor < ffavi_fid_since(e, fid) ||
	    minor > e->until)
		return ffavi_fail(diag, FFAV_RULE_FEATURES_FID_UNKNOWN, 1, ffavi_w(c, 1));
	if (e->abi != FFAV_ABI_NONE && ffavi_w(c, 2) != 0)
		return ffavi_fail(diag, FFAV_RULE_FEATURES_FID_INPUT, 2, ffavi_w(c, 2));
	return FFAV_RET_SUCCESS;
}

int32_t ffavi_features(const struct ffavi_ctx *c, struct ffav_diag *diag)
{
	if ((ffavi_w(c, 1) & FFAV_FEATURES_FID_BIT) != 0)
		return function_query(c, diag);
	return feature_query(c, diag);
}

#endif /* FFAVI_BUILDS(FFAV_ABIS_FEATURES) */
