/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Typed views of the notification answers that carry data: INFO_GET's lists of endpoints
 * and vCPUs (DEN0077A v1.3 §16.11, Table 16.49; v1.2 §16.7) and GET's bitmaps (DEN0077A
 * v1.3 Table 16.25). Decoders, the builders models use, and the INFO_GET layout rules
 * the response checker applies, so that what is checked is what is decoded.
 */
#include "response_internal.h"

#if FFAV_SELECT_RESPONSES /* the build selection: lib/ffav_internal.h */

/* ---- INFO_GET x2: flags and list sizes (DEN0077A v1.3 Table 16.49) --------- */

#define IG_MORE_PENDING 0x1ull
#define IG_RESERVED_LOW 0x7Eull			  /* x2[6:1] */
#define IG_RESERVED_HIGH_64 0xFFF0000000000000ull /* SMC64 x2[63:52] */
#define IG_COUNT_SHIFT 7
#define IG_COUNT_MASK 0x1Full /* x2[11:7] */
#define IG_SIZES_SHIFT 12
#define IG_SIZE_MASK 0x3ull

static unsigned int max_ids(bool smc64)
{
	return smc64 ? FFAV_INFO_GET_MAX_IDS_64 : FFAV_INFO_GET_MAX_IDS_32;
}

/* Register n as the answer's width defines it (SMC32: the W register). */
static uint64_t view(const uint64_t regs[FFAV_NREGS], unsigned int n, bool smc64)
{
	return smc64 ? regs[n] : (uint64_t)(uint32_t)regs[n];
}

static unsigned int list_count(uint64_t x2)
{
	return (unsigned int)((x2 >> IG_COUNT_SHIFT) & IG_COUNT_MASK);
}

/* Size field of list i (0-based): the number of vCPU IDs after the endpoint ID. */
static unsigned int list_size(uint64_t x2, unsigned int i)
{
	return (unsigned int)((x2 >> (IG_SIZES_SHIFT + 2u * i)) & IG_SIZE_MASK);
}

/* The size fields of lists 0..count-1. count <= 20, so the mask ends at bit 51 at most. */
static uint64_t sizes_in_use(unsigned int count)
{
	return ((1ull << (2u * count)) - 1u) << IG_SIZES_SHIFT;
}

/* ID slot k: 16-bit IDs packed from the low bits of x3 up, 2 per W register (SMC32) or 4
 * per X register (SMC64). */
static unsigned int slot_reg(unsigned int k, bool smc64)
{
	return 3u + (smc64 ? k / 4u : k / 2u);
}

static unsigned int slot_shift(unsigned int k, bool smc64)
{
	return 16u * (smc64 ? k % 4u : k % 2u);
}

static uint16_t slot_id(const uint64_t regs[FFAV_NREGS], unsigned int k, bool smc64)
{
	return (uint16_t)(view(regs, slot_reg(k, smc64), smc64) >> slot_shift(k, smc64));
}

int32_t ffavi_info_get_judge(const uint64_t regs[FFAV_NREGS], bool smc64, struct ffav_diag *diag)
{
	uint64_t x2 = view(regs, 2, smc64);
	uint64_t reserved = x2 & (IG_RESERVED_LOW | (smc64 ? IG_RESERVED_HIGH_64 : 0));
	unsigned int max = max_ids(smc64);
	unsigned int count = list_count(x2);
	unsigned int total;
	unsigned int i;
	unsigned int k;

	/* x2[6:1] MBZ, SMC64 x2[63:52] MBZ (DEN0077A v1.3 Table 16.49): RESP_INFO_GET_RESERVED. */
	if (reserved != 0)
		return ffavi_fail(diag, FFAV_RULE_RESP_INFO_GET_RESERVED, 2, reserved);
	/* At least one list: with nothing to report the answer is NO_DATA (DEN0077A v1.3 Table
	 * 16.48). Each list takes at least one slot, so no more lists than slots (10 or 20;
	 * bit 11 MBZ with SMC32, Table 16.49): RESP_INFO_GET_COUNT. */
	if (count == 0 || count > max)
		return ffavi_fail(diag, FFAV_RULE_RESP_INFO_GET_COUNT, 2,
				  x2 & (IG_COUNT_MASK << IG_COUNT_SHIFT));
	/* "Value of Bit[M:N] in unused lists is ignored" (DEN0077A v1.3 Table 16.49): the size
	 * fields beyond the count are not judged (every version: docs/responses.md). */
	total = count;
	for (i = 0; i < FFAV_INFO_GET_MAX_IDS_64 && i < count; i++)
		total += list_size(x2, i);
	/* The lists' IDs fit x3..x7 (Table 16.49): RESP_INFO_GET_TOTAL. */
	if (total > max)
		return ffavi_fail(diag, FFAV_RULE_RESP_INFO_GET_TOTAL, 2, x2 & sizes_in_use(count));
	/* Slots after the last list are zero (Table 16.49): RESP_INFO_GET_UNUSED_ID. */
	for (k = total; k < FFAV_INFO_GET_MAX_IDS_64 && k < max; k++) {
		if (slot_id(regs, k, smc64) != 0)
			return ffavi_fail(diag, FFAV_RULE_RESP_INFO_GET_UNUSED_ID,
					  slot_reg(k, smc64),
					  ((uint64_t)0xFFFFu << slot_shift(k, smc64)) &
						  regs[slot_reg(k, smc64)]);
	}
	return FFAV_RET_SUCCESS;
}

void ffav_info_get_init(struct ffav_info_get_view *v)
{
	unsigned int i;

	v->more_pending = false;
	v->n_lists = 0;
	v->n_ids = 0;
	for (i = 0; i < FFAV_INFO_GET_MAX_IDS_64; i++) {
		v->sizes[i] = 0;
		v->ids[i] = 0;
	}
}

/* Best effort: the lists (at most count, at most as many as fit the slots) and their IDs. */
static void info_get_fill(const uint64_t regs[FFAV_NREGS], bool smc64,
			  struct ffav_info_get_view *out)
{
	uint64_t x2 = view(regs, 2, smc64);
	unsigned int max = max_ids(smc64);
	unsigned int count = list_count(x2);
	unsigned int used = 0;
	unsigned int i;
	unsigned int k;

	ffav_info_get_init(out);
	out->more_pending = (x2 & IG_MORE_PENDING) != 0;
	for (i = 0; i < FFAV_INFO_GET_MAX_IDS_64 && i < count && i < max; i++) {
		unsigned int size = list_size(x2, i);

		if (used + 1u + size > max)
			break;
		out->sizes[i] = (uint8_t)size;
		used += 1u + size;
		out->n_lists++;
	}
	out->n_ids = (uint8_t)used;
	for (k = 0; k < FFAV_INFO_GET_MAX_IDS_64 && k < used; k++)
		out->ids[k] = slot_id(regs, k, smc64);
}

int32_t ffav_info_get_decode(const uint64_t resp[FFAV_NREGS], bool smc64,
			     struct ffav_info_get_view *out)
{
	if (resp == NULL || out == NULL)
		return FFAV_RET_INVALID_PARAMETERS;
	info_get_fill(resp, smc64, out);
	return ffavi_info_get_judge(resp, smc64, NULL);
}

void ffav_info_get_iter_init(struct ffav_info_get_iter *it)
{
	it->list = 0;
	it->slot = 0;
}

/* A view is walked only as far as it is consistent: every list's IDs inside n_ids, and
 * n_ids inside the slot array. */
bool ffav_info_get_next(const struct ffav_info_get_view *v, struct ffav_info_get_iter *it,
			struct ffav_info_get_list *out)
{
	unsigned int size;
	unsigned int i;

	if (it->list >= v->n_lists || it->list >= FFAV_INFO_GET_MAX_IDS_64 ||
	    v->n_ids > FFAV_INFO_GET_MAX_IDS_64)
		return false;
	size = v->sizes[it->list];
	/*@ split size; */ /* Frama-C EVA: one state per list size keeps the IDs read in bounds */
	if (size > FFAV_INFO_GET_MAX_VCPUS || (unsigned int)it->slot + 1u + size > v->n_ids)
		return false;
	out->endpoint = v->ids[it->slot];
	out->n_vcpus = (uint8_t)size;
	for (i = 0; i < FFAV_INFO_GET_MAX_VCPUS; i++)
		out->vcpus[i] = i < size ? v->ids[it->slot + 1u + i] : 0;
	it->list++;
	it->slot = (uint8_t)(it->slot + 1u + size);
	return true;
}

int32_t ffav_info_get_add(struct ffav_info_get_view *v, bool smc64, uint16_t endpoint,
			  const uint16_t *vcpus, uint8_t n_vcpus)
{
	unsigned int max = max_ids(smc64);
	unsigned int i;

	/* Frama-C EVA: one state per list count and per list size ties the slots written to
	 * the checks below (docs/verification.md). */
	/*@ split v->n_lists; */
	if (n_vcpus > FFAV_INFO_GET_MAX_VCPUS || (vcpus == NULL && n_vcpus != 0) ||
	    v->n_ids > FFAV_INFO_GET_MAX_IDS_64 || v->n_lists > v->n_ids)
		return FFAV_RET_INVALID_PARAMETERS;
	/*@ split n_vcpus; */
	if ((unsigned int)v->n_ids + 1u + n_vcpus > max)
		return FFAV_RET_NO_MEMORY;
	v->sizes[v->n_lists] = n_vcpus;
	v->ids[v->n_ids] = endpoint;
	for (i = 0; i < FFAV_INFO_GET_MAX_VCPUS && i < n_vcpus; i++)
		v->ids[v->n_ids + 1u + i] = vcpus[i];
	v->n_lists++;
	v->n_ids = (uint8_t)(v->n_ids + 1u + n_vcpus);
	return FFAV_RET_SUCCESS;
}

/* A view encodes when it has 1..max lists, sizes of at most 3, and n_ids equal to the
 * slots its lists take, at most max. */
static bool info_get_view_valid(const struct ffav_info_get_view *v, bool smc64)
{
	unsigned int max = max_ids(smc64);
	unsigned int total = 0;
	unsigned int i;

	if (v->n_lists == 0 || v->n_lists > max)
		return false;
	for (i = 0; i < FFAV_INFO_GET_MAX_IDS_64; i++) {
		if (i >= v->n_lists)
			break;
		if (v->sizes[i] > FFAV_INFO_GET_MAX_VCPUS)
			return false;
		total += 1u + v->sizes[i];
	}
	return total == v->n_ids && total <= max;
}

int32_t ffav_info_get_encode(const struct ffav_info_get_view *v, bool smc64,
			     uint64_t out[FFAV_NREGS])
{
	uint64_t x2;
	unsigned int i;
	unsigned int k;

	if (v == NULL || out == NULL || !info_get_view_valid(v, smc64))
		return FFAV_RET_INVALID_PARAMETERS;
	x2 = (v->more_pending ? IG_MORE_PENDING : 0) | ((uint64_t)v->n_lists << IG_COUNT_SHIFT);
	for (i = 0; i < FFAV_INFO_GET_MAX_IDS_64 && i < v->n_lists; i++)
		x2 |= (uint64_t)v->sizes[i] << (IG_SIZES_SHIFT + 2u * i);
	for (k = 0; k < FFAV_NREGS; k++)
		out[k] = 0;
	out[0] = smc64 ? FFAV_FID_SUCCESS_64 : FFAV_FID_SUCCESS_32;
	out[2] = x2;
	for (k = 0; k < FFAV_INFO_GET_MAX_IDS_64 && k < v->n_ids; k++)
		out[slot_reg(k, smc64)] |= (uint64_t)v->ids[k] << slot_shift(k, smc64);
	return FFAV_RET_SUCCESS;
}

/* ---- GET: four bitmaps in w2..w7 (DEN0077A v1.3 Table 16.25) ------------- */

void ffav_get_decode(const uint64_t resp[FFAV_NREGS], struct ffav_get_view *out)
{
	if (resp == NULL || out == NULL)
		return;
	out->sp = (uint64_t)(uint32_t)resp[2] | (uint64_t)(uint32_t)resp[3] << 32;
	out->vm = (uint64_t)(uint32_t)resp[4] | (uint64_t)(uint32_t)resp[5] << 32;
	out->spm = (uint32_t)resp[6];
	out->hyp = (uint32_t)resp[7];
}

void ffav_get_encode(const struct ffav_get_view *v, uint64_t out[FFAV_NREGS])
{
	unsigned int n;

	if (v == NULL || out == NULL)
		return;
	for (n = 0; n < FFAV_NREGS; n++)
		out[n] = 0;
	out[0] = FFAV_FID_SUCCESS_32;
	out[2] = (uint32_t)v->sp;
	out[3] = (uint32_t)(v->sp >> 32);
	out[4] = (uint32_t)v->vm;
	out[5] = (uint32_t)(v->vm >> 32);
	out[6] = v->spm;
	out[7] = v->hyp;
}

#endif /* FFAV_SELECT_RESPONSES */
