/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The notification model (DEN0077A v1.3 §16.1-§16.6, §16.11, with the readings of
 * docs/notifications.md §5): bitmaps
 * created for Normal-world endpoints, per-receiver bindings in each sender world, pending
 * global and per-vCPU bits, the two framework bitmaps, and what INFO_GET has reported.
 *
 * The model is the whole system seen from its endpoints: the SPMC and a hypervisor together.
 * VM-to-VM notifications (kept by the hypervisor) and those involving an SP (kept by the
 * SPMC) follow the same rules; a Normal-world endpoint's bitmaps exist once BITMAP_CREATE
 * has run for it, an SP's when it declares the notifications property.
 *
 * Check order (docs/notifications.md §3): the stateless check has already judged the
 * function ID, the caller and every field; then the receiver (unknown: INVALID_PARAMETERS;
 * known without notifications: NOT_SUPPORTED for BIND/UNBIND/GET, DENIED for SET, disputed
 * point 9); the INVALID_PARAMETERS state checks (vCPU bounds, SET type) before the DENIED ones
 * (bindings, pending, disputed point 10; the disputed points: docs/notifications.md §5).
 */
#include "model_internal.h"

#define RX_BUFFER_FULL 1u /* framework notification bit 0 (DEN0077A v1.3 Table 16.25) */

/* GET flags (w2), GET2 flags (x2) (DEN0077A v1.3 Tables 16.24, 16.41) */
#define GET_FLAG_SP (1u << 0)
#define GET_FLAG_VM (1u << 1)
#define GET_FLAG_SPM (1u << 2)
#define GET_FLAG_HYP (1u << 3)

#define INFO_GET_MAX_IDS_32 10u
#define INFO_GET_MAX_IDS_64 20u
#define INFO_GET_MAX_VCPUS_PER_LIST 3u

/* A set of notification IDs as a call carries it: ID i is bit i % 64 of word i / 64, the
 * six words of x3-x8 (BIND2, UNBIND2, SET2, GET2's SP mask) or x9-x14 (GET2's VM mask;
 * DEN0077A v1.3 Tables 16.29, 16.33, 16.37, 16.41). The v1.1 ABIs fill word 0 from w3
 * (IDs 31..0) and w4 (IDs 63..32). The model's bitmaps keep FFAV_MODEL_NOTIF_WORDS <= 6 words;
 * a call's words beyond them are refused before they are used (bits_fit()). */
#define CALL_WORDS 6u
#define WORDS FFAV_MODEL_NOTIF_WORDS

static void clear_words(uint64_t *w, unsigned int n)
{
	unsigned int k;

	for (k = 0; k < n; k++)
		w[k] = 0;
}

static void reset_bitmap(struct ffav_model_bitmap *b)
{
	unsigned int i;

	clear_words(b->bound, WORDS);
	clear_words(b->per_vcpu, WORDS);
	clear_words(b->pending, WORDS);
	clear_words(b->reported, WORDS);
	for (i = 0; i < FFAV_MODEL_NOTIFS; i++)
		b->sender[i] = 0;
	for (i = 0; i < FFAV_MODEL_MAX_VCPUS; i++) {
		clear_words(b->pending_vcpu[i], WORDS);
		clear_words(b->reported_vcpu[i], WORDS);
	}
}

void ffavi_model_notif_reset(struct ffav_model_notif *n)
{
	unsigned int w;

	n->enabled = false;
	n->created = false;
	n->vcpus = 0;
	for (w = 0; w < 2; w++) {
		reset_bitmap(&n->world[w]);
		n->notifs[w] = 0;
		n->framework[w] = 0;
		n->framework_reported[w] = 0;
	}
}

/* The endpoint receives notifications from now on: vcpus per-vCPU bitmaps, the model's
 * supported counts per sender class, except extra_sp SP notifications beyond 64 (what
 * BITMAP_CREATE allocated, DEN0077A v1.3 Table 16.4; for an SP the policy's count). */
void ffavi_model_notif_enable(const struct ffav_model *m, struct ffav_model_notif *n,
			      uint16_t vcpus, uint16_t extra_sp)
{
	n->enabled = true;
	n->vcpus = vcpus;
	n->notifs[FFAV_MODEL_FROM_SP] = (uint16_t)(64u + extra_sp);
	n->notifs[FFAV_MODEL_FROM_VM] = (uint16_t)(64u + model_notif_extra(m, FFAV_MODEL_FROM_VM));
}

/* The bitmap of the receiver that holds notifications from sender. */
static unsigned int world_of(uint16_t sender)
{
	return ffavi_id_is_secure(sender) ? FFAV_MODEL_FROM_SP : FFAV_MODEL_FROM_VM;
}

/* Word k (0..5) of the notification set of the call: x(first + k) for the v1.3 ABIs (wide);
 * for the v1.1 ABIs word 0 is w3 (IDs 31..0) and w4 (IDs 63..32), the others zero. Read
 * from the registers each time: the checks keep no copy of the call's set, so that no
 * handler needs six-word arrays on its stack (docs/models.md §1). */
static uint64_t call_word(const struct model_call *c, bool wide, unsigned int first, unsigned int k)
{
	if (wide)
		return c->regs[first + k];
	return k == 0 ? (uint64_t)model_w(c, 3) | ((uint64_t)model_w(c, 4) << 32) : 0;
}

/* Bit i of bitmap s (i < FFAV_MODEL_NOTIFS). */
static bool bit_of(const uint64_t *s, unsigned int i)
{
	return (s[i / 64] >> (i % 64) & 1u) != 0;
}

/* The bits of word k that a bitmap of n notifications holds. */
static uint64_t word_mask(unsigned int n, unsigned int k)
{
	if (n >= 64 * (k + 1))
		return ~0ull;
	if (n <= 64 * k)
		return 0;
	return (1ull << (n - 64 * k)) - 1;
}

/* Word k of the bits of b bound to sender. */
static uint64_t bound_to(const struct ffav_model_bitmap *b, uint16_t sender, unsigned int k)
{
	uint64_t mask = 0;
	unsigned int i;

	for (i = 0; i < 64; i++) {
		if ((b->bound[k] >> i & 1u) != 0 && b->sender[64 * k + i] == sender)
			mask |= 1ull << i;
	}
	return mask;
}

/* Word k of the bits of b pending globally or for any vCPU. */
static uint64_t pending_word(const struct ffav_model_bitmap *b, unsigned int k)
{
	uint64_t mask = b->pending[k];
	unsigned int v;

	for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++)
		mask |= b->pending_vcpu[v][k];
	return mask;
}

static bool pending_any(const struct ffav_model_bitmap *b)
{
	unsigned int k;

	for (k = 0; k < WORDS; k++) {
		if (pending_word(b, k) != 0)
			return true;
	}
	return false;
}

/* Reject for the notifications bad of word k of the call's set. The v1.1 ABIs: the
 * register is w3 when a bit of IDs 0-31 is among them, else w4. The v1.3 ABIs: x(first + k)
 * and its bad bits (the first word with a bad bit: the callers go up from word 0). */
static int32_t fail_word(struct ffav_diag *diag, uint32_t rule, bool wide, unsigned int first,
			 unsigned int k, uint64_t bad)
{
	if (wide)
		return ffavi_fail(diag, rule, first + k, bad);
	if ((uint32_t)bad != 0)
		return ffavi_fail(diag, rule, 3, (uint32_t)bad);
	return ffavi_fail(diag, rule, 4, bad >> 32);
}

/* A notification of the call's set at or above n, the number the receiver's bitmap of its
 * class holds: "a notification set that exceeds the supported number of notifications"
 * (DEN0077A v1.3 Tables 16.30, 16.34, 16.38, 16.43: INVALID_PARAMETERS). Only the v1.3 ABIs
 * reach beyond ID 63. Every word of x(first)..x(first + 5) is judged, also those beyond
 * FFAV_MODEL_NOTIF_WORDS: the other checks then read only the model's words. */
static int32_t check_beyond(const struct model_call *c, bool wide, unsigned int first,
			    unsigned int n, uint32_t rule, struct ffav_diag *diag)
{
	unsigned int k;

	for (k = 0; k < CALL_WORDS; k++) {
		uint64_t bad = call_word(c, wide, first, k) & ~word_mask(n, k);

		if (bad != 0)
			return fail_word(diag, rule, wide, first, k, bad);
	}
	return FFAV_RET_SUCCESS;
}

/* What a state check refuses among the bits of the call (x3-x8, or w3/w4). */
enum words_check {
	BOUND_TO_OTHER, /* bound to another sender */
	PENDING,	/* pending (globally or for a vCPU) */
	NOT_BOUND,	/* not bound at all */
	OTHER_TYPE,	/* bound to this sender with the type the call does not give */
	NOT_MINE,	/* not bound to this sender */
};

/* The first word of the call's set with a bit the check refuses, as rule; else SUCCESS.
 * per_vcpu is the type the call gives (OTHER_TYPE). */
static int32_t check_words(const struct model_call *c, bool wide, const struct ffav_model_bitmap *b,
			   uint16_t sender, bool per_vcpu, enum words_check what, uint32_t rule,
			   struct ffav_diag *diag)
{
	unsigned int k;

	for (k = 0; k < WORDS; k++) {
		uint64_t bits = call_word(c, wide, 3, k);
		uint64_t bad;

		switch (what) {
		case BOUND_TO_OTHER:
			bad = bits & b->bound[k] & ~bound_to(b, sender, k);
			break;
		case PENDING:
			bad = bits & pending_word(b, k);
			break;
		case NOT_BOUND:
			bad = bits & ~b->bound[k];
			break;
		case OTHER_TYPE:
			bad = bits & bound_to(b, sender, k) &
			      (per_vcpu ? ~b->per_vcpu[k] : b->per_vcpu[k]);
			break;
		case NOT_MINE:
		default:
			bad = bits & ~bound_to(b, sender, k);
			break;
		}
		if (bad != 0)
			return fail_word(diag, rule, wide, 3, k, bad);
	}
	return FFAV_RET_SUCCESS;
}

/* The receiver named by w1[15:0]: unknown to the model, or known without notification
 * support (disabled_rule), or its slot. */
static int32_t find_receiver(const struct model_call *c, uint32_t disabled_rule, int *slot,
			     struct ffav_diag *diag)
{
	uint32_t w1 = model_w(c, 1);

	*slot = ffavi_model_slot_of(c->m, (uint16_t)w1);
	if (*slot == MODEL_NO_SLOT)
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_RECEIVER_UNKNOWN, 1, w1 & 0xFFFFu);
	if (!c->m->ep[*slot].notif.enabled)
		return ffavi_fail(diag, disabled_rule, 1, w1 & 0xFFFFu);
	return FFAV_RET_SUCCESS;
}

static void success(const struct model_call *c, uint64_t resp[FFAV_NREGS])
{
	ffavi_model_frame(resp, c->smc64 ? FFAV_FID_SUCCESS_64 : FFAV_FID_SUCCESS_32);
}

/* ---- BITMAP_CREATE / BITMAP_DESTROY (DEN0077A v1.3 §16.1, §16.2) --------- */

/* An undeclared Normal-world ID gets a slot of its own for as long as its bitmap exists. */
static void claim_slot(const struct model_call *c, struct ffav_model_endpoint *e, uint16_t id,
		       uint32_t vcpus)
{
	e->in_use = true;
	e->declared = false;
	e->desc.id = id;
	e->desc.role = FFAV_ROLE_VM; /* ID 0 is the caller of BITMAP_CREATE: always declared */
	e->desc.version = c->caller.version;
	e->desc.vcpus = vcpus == 0 ? 1 : (uint16_t)vcpus;
	e->desc.properties = 0;
	e->desc.n_uuids = 0;
	ffavi_model_reset_ecs(e);
	c->m->n_endpoints++;
}

/* The SP notifications beyond 64 that BITMAP_CREATE asks for: w3[8:0] from v1.3 (DEN0077A
 * v1.3 Table 16.3), none before (w3 is reserved there). */
#define CREATE_COUNT_MASK 0x1FFu

static int32_t notif_create(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			    struct ffav_diag *diag)
{
	struct ffav_model *m = c->m;
	uint32_t w1 = model_w(c, 1);
	uint32_t vcpus = model_w(c, 2);
	uint16_t id = (uint16_t)w1;
	int s = ffavi_model_slot_of(m, id);
	uint16_t extra = 0;
	int slot;

	if (s != MODEL_NO_SLOT && m->ep[s].notif.created)
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_CREATE_EXISTS, 1, w1 & 0xFFFFu);
	if (vcpus > FFAV_MODEL_MAX_VCPUS)
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_CREATE_VCPUS, 2, vcpus);
	/* The slot is looked up once and tested where it is used: a static analyser cannot tell
	 * that a second lookup finds the free slot the first one found (docs/verification.md). */
	slot = s == MODEL_NO_SLOT ? ffavi_model_free_slot(m) : s;
	if (m->n_bitmaps >= FFAV_MODEL_MAX_BITMAPS || slot == MODEL_NO_SLOT)
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_CREATE_NO_MEMORY, 1, w1 & 0xFFFFu);

	/* v1.3: the model allocates what was asked for, up to the SP notifications it supports;
	 * the answer says how many (DEN0077A v1.3 Table 16.4 w2[8:0]; "allocated" may be less
	 * than requested, and Table 16.5 lists no error for asking too many). */
	if (c->caller.version >= FFAV_VERSION(1, 3)) {
		extra = (uint16_t)(model_w(c, 3) & CREATE_COUNT_MASK);
		if (extra > model_notif_extra(m, FFAV_MODEL_FROM_SP))
			extra = model_notif_extra(m, FFAV_MODEL_FROM_SP);
	}
	if (s == MODEL_NO_SLOT) {
		s = slot;
		claim_slot(c, &m->ep[s], id, vcpus);
	}
	ffavi_model_notif_reset(&m->ep[s].notif);
	ffavi_model_notif_enable(m, &m->ep[s].notif, (uint16_t)vcpus, extra);
	m->ep[s].notif.created = true;
	m->n_bitmaps++;
	success(c, resp);
	if (resp != NULL)
		resp[2] = extra;
	return FFAV_RET_SUCCESS;
}

static bool anything_pending(const struct ffav_model_notif *n)
{
	unsigned int w;

	for (w = 0; w < 2; w++) {
		if (pending_any(&n->world[w]) || n->framework[w] != 0)
			return true;
	}
	return false;
}

static bool anything_bound(const struct ffav_model_notif *n)
{
	unsigned int w;
	unsigned int k;

	for (w = 0; w < 2; w++) {
		for (k = 0; k < WORDS; k++) {
			if (n->world[w].bound[k] != 0)
				return true;
		}
	}
	return false;
}

/* DESTROY needs the bitmap "masked and non-pending": nothing bound and nothing pending,
 * framework bits included (disputed point 8; HF destroys a bitmap with bindings). */
static int32_t notif_destroy(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			     struct ffav_diag *diag)
{
	struct ffav_model *m = c->m;
	uint32_t w1 = model_w(c, 1);
	int s = ffavi_model_slot_of(m, (uint16_t)w1);
	struct ffav_model_endpoint *e;

	/* DEN0077A v1.3 Table 16.9: DENIED when no bitmap exists, or when it is not masked and
	 * non-pending. */
	if (s == MODEL_NO_SLOT || !m->ep[s].notif.created)
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_DESTROY_NOT_CREATED, 1, w1 & 0xFFFFu);
	e = &m->ep[s];
	if (anything_pending(&e->notif))
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_DESTROY_PENDING, 1, w1 & 0xFFFFu);
	if (anything_bound(&e->notif))
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_DESTROY_BOUND, 1, w1 & 0xFFFFu);

	ffavi_model_notif_reset(&e->notif);
	m->n_bitmaps--;
	if (!e->declared) {
		/* The slot was the bitmap's own: give it back. */
		e->in_use = false;
		e->desc.id = 0;
		e->desc.vcpus = 0;
		ffavi_model_reset_ecs(e);
		m->n_endpoints--;
	}
	success(c, resp);
	return FFAV_RET_SUCCESS;
}

/* ---- BIND / UNBIND, BIND2 / UNBIND2 (DEN0077A v1.3 §16.3, §16.4, §16.7, §16.8) ----- */

/* The SPMC knows every SP and the hypervisor every VM it binds for, so an SP sender, or a
 * Normal-world sender of a Normal-world receiver, must exist. A VM sender of an SP receiver
 * cannot be checked by the SPMC (docs/notifications.md §2). */
static bool sender_must_exist(uint16_t sender, uint16_t receiver)
{
	return ffavi_id_is_secure(sender) || !ffavi_id_is_secure(receiver);
}

static int32_t notif_bind(const struct model_call *c, bool wide, uint64_t resp[FFAV_NREGS],
			  struct ffav_diag *diag)
{
	uint32_t w1 = model_w(c, 1);
	uint16_t sender = (uint16_t)(w1 >> 16);
	bool per_vcpu = (model_w(c, 2) & 1u) != 0;
	unsigned int world = world_of(sender);
	struct ffav_model_bitmap *b;
	unsigned int k;
	unsigned int i;
	int32_t ret;
	int s;

	ret = find_receiver(c, FFAV_RULE_MODEL_NOTIF_RECEIVER_DISABLED, &s, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	if (sender_must_exist(sender, (uint16_t)w1) &&
	    ffavi_model_slot_of(c->m, sender) == MODEL_NO_SLOT)
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_BIND_SENDER_UNKNOWN, 1,
				  w1 & 0xFFFF0000u);
	b = &c->m->ep[s].notif.world[world];
	ret = check_beyond(c, wide, 3, c->m->ep[s].notif.notifs[world],
			   FFAV_RULE_MODEL_NOTIF_EXCEEDS, diag);
	/* Re-binding to the same sender is allowed and updates the type: the spec denies
	 * only bits "bound to another sender" (DEN0077A v1.3 Tables 16.13, 16.30; disputed
	 * point 6: Xen agrees, HF and OP-TEE deny). */
	if (ret == FFAV_RET_SUCCESS)
		ret = check_words(c, wide, b, sender, per_vcpu, BOUND_TO_OTHER,
				  FFAV_RULE_MODEL_NOTIF_BIND_OTHER_SENDER, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = check_words(c, wide, b, sender, per_vcpu, PENDING,
				  FFAV_RULE_MODEL_NOTIF_BIND_PENDING, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;

	for (k = 0; k < WORDS; k++) {
		uint64_t bits = call_word(c, wide, 3, k);

		for (i = 0; i < 64; i++) {
			if ((bits >> i & 1u) != 0)
				b->sender[64 * k + i] = sender;
		}
		b->bound[k] |= bits;
		if (per_vcpu)
			b->per_vcpu[k] |= bits;
		else
			b->per_vcpu[k] &= ~bits;
	}
	success(c, resp);
	return FFAV_RET_SUCCESS;
}

static int32_t notif_unbind(const struct model_call *c, bool wide, uint64_t resp[FFAV_NREGS],
			    struct ffav_diag *diag)
{
	uint16_t sender = (uint16_t)(model_w(c, 1) >> 16);
	unsigned int world = world_of(sender);
	struct ffav_model_bitmap *b;
	unsigned int k;
	unsigned int i;
	int32_t ret;
	int s;

	ret = find_receiver(c, FFAV_RULE_MODEL_NOTIF_RECEIVER_DISABLED, &s, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	b = &c->m->ep[s].notif.world[world];
	ret = check_beyond(c, wide, 3, c->m->ep[s].notif.notifs[world],
			   FFAV_RULE_MODEL_NOTIF_EXCEEDS, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = check_words(c, wide, b, sender, false, BOUND_TO_OTHER,
				  FFAV_RULE_MODEL_NOTIF_UNBIND_OTHER_SENDER, diag);
	/* An unbound bit is not bound to this sender: DENIED as in HF and Xen (DEN0077A v1.3
	 * Tables 16.17, 16.34; disputed point 7; OP-TEE accepts). */
	if (ret == FFAV_RET_SUCCESS)
		ret = check_words(c, wide, b, sender, false, NOT_BOUND,
				  FFAV_RULE_MODEL_NOTIF_UNBIND_NOT_BOUND, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = check_words(c, wide, b, sender, false, PENDING,
				  FFAV_RULE_MODEL_NOTIF_UNBIND_PENDING, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;

	for (k = 0; k < WORDS; k++) {
		uint64_t bits = call_word(c, wide, 3, k);

		for (i = 0; i < 64; i++) {
			if ((bits >> i & 1u) != 0)
				b->sender[64 * k + i] = 0;
		}
		b->bound[k] &= ~bits;
		b->per_vcpu[k] &= ~bits;
	}
	success(c, resp);
	return FFAV_RET_SUCCESS;
}

/* ---- SET, SET2 (DEN0077A v1.3 §16.5, §16.9) ------------------------------ */

static int32_t notif_set(const struct model_call *c, bool wide, uint64_t resp[FFAV_NREGS],
			 struct ffav_diag *diag)
{
	uint16_t sender = (uint16_t)(model_w(c, 1) >> 16);
	/* SET's w2[31:16] is a 16-bit vCPU ID, SET2's x2[63:16] a 48-bit one (DEN0077A v1.3
	 * Tables 16.20, 16.37). */
	uint64_t flags = wide ? c->regs[2] : model_w(c, 2);
	bool per_vcpu = (flags & 1u) != 0;
	uint64_t vcpu = flags >> 16;
	unsigned int world = world_of(sender);
	const struct ffav_model_notif *n;
	struct ffav_model_bitmap *b;
	unsigned int k;
	int32_t ret;
	int s;

	ret = find_receiver(c, FFAV_RULE_MODEL_NOTIF_SET_RECEIVER_DISABLED, &s, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	n = &c->m->ep[s].notif;
	/* vcpus <= FFAV_MODEL_MAX_VCPUS (BITMAP_CREATE and declarations bound it); the array
	 * bound is tested too, so that no state makes the write out of bounds (DEN0077A v1.3
	 * Tables 16.21, 16.38: INVALID_PARAMETERS). */
	if (per_vcpu && (vcpu >= FFAV_MODEL_MAX_VCPUS || vcpu >= n->vcpus))
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_SET_VCPU, 2, flags & ~0xFFFFull);
	b = &c->m->ep[s].notif.world[world];
	ret = check_beyond(c, wide, 3, n->notifs[world], FFAV_RULE_MODEL_NOTIF_EXCEEDS, diag);
	/* Type mismatch is judged on the bits this sender holds, before the binding check:
	 * INVALID_PARAMETERS first, whatever else is wrong (DEN0077A v1.3 Tables 16.21, 16.38;
	 * disputed point 10; HF reports DENIED when unbound bits are mixed in). */
	if (ret == FFAV_RET_SUCCESS)
		ret = check_words(c, wide, b, sender, per_vcpu, OTHER_TYPE,
				  FFAV_RULE_MODEL_NOTIF_SET_TYPE, diag);
	if (ret == FFAV_RET_SUCCESS)
		ret = check_words(c, wide, b, sender, per_vcpu, NOT_MINE,
				  FFAV_RULE_MODEL_NOTIF_SET_NOT_BOUND, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;

	for (k = 0; k < WORDS; k++) {
		if (per_vcpu)
			b->pending_vcpu[vcpu][k] |= call_word(c, wide, 3, k);
		else
			b->pending[k] |= call_word(c, wide, 3, k);
	}
	success(c, resp);
	return FFAV_RET_SUCCESS;
}

/* ---- GET, GET2 (DEN0077A v1.3 §16.6, §16.10) ------------------------------ */

/* Return and clear the partition notifications of bitmap b for vCPU v, global ones and those
 * pending for v, except the masked ones; answer word 0. GET2 (mask != NULL): the mask is
 * x(first)..x(first + 5) of the call and word k of the answer goes to out[k] (out may be
 * NULL, and may be the same registers as mask: word k of the mask is read before word k of
 * the answer is written). GET (mask == NULL) masks IDs 64 and above, which it cannot carry.
 * Masked notifications stay pending; the INFO_GET marks of the bitmap and vCPU go, so that
 * INFO_GET reports what is left (docs/models.md §3). */
static uint64_t take_bitmap(struct ffav_model_bitmap *b, uint16_t v, const uint64_t *mask,
			    uint64_t *out)
{
	uint64_t first = 0;
	unsigned int k;

	for (k = 0; k < CALL_WORDS; k++) {
		uint64_t got = 0;

		if (k < WORDS) {
			uint64_t keep = mask != NULL ? mask[k] : k == 0 ? 0 : ~0ull;

			got = (b->pending[k] | b->pending_vcpu[v][k]) & ~keep;
			b->pending[k] &= ~got;
			b->pending_vcpu[v][k] &= ~got;
			b->reported[k] = 0;
			b->reported_vcpu[v][k] = 0;
		}
		if (k == 0)
			first = got;
		if (out != NULL)
			out[k] = got;
	}
	return first;
}

static uint32_t take_framework(struct ffav_model_notif *n, unsigned int w, uint64_t mask)
{
	uint32_t got = n->framework[w] & ~(uint32_t)mask;

	n->framework[w] &= ~got;
	n->framework_reported[w] = 0;
	return got;
}

/* One class of GET2's answer, x(first)..x(first + 5): taken when the flags select it (its
 * mask in the same registers of the call), else zero (its mask is SBZ, DEN0077A v1.3 Table
 * 16.41: not read). */
static void get2_class(const struct model_call *c, struct ffav_model_bitmap *b, uint16_t vcpu,
		       bool selected, unsigned int first, uint64_t resp[FFAV_NREGS])
{
	unsigned int k;

	if (selected) {
		(void)take_bitmap(b, vcpu, &c->regs[first], resp != NULL ? &resp[first] : NULL);
		return;
	}
	for (k = 0; resp != NULL && k < CALL_WORDS; k++)
		resp[first + k] = 0;
}

/* Only the classes the flags name are returned and cleared; HF clears both framework
 * halves whatever the flag (disputed point 13), the model only the requested one.
 * GET's answer: w2/w3 SP-sourced IDs 31..0 / 63..32, w4/w5 VM-sourced, w6 SPM framework, w7
 * hypervisor framework (DEN0077A v1.3 Table 16.25). GET2's (FFA_SUCCESS64, Table 16.42): x2
 * zero, x3-x8 SP-sourced, x9-x14 VM-sourced, x15 SPM framework, x16 hypervisor framework.
 * resp may be the call's registers: every input is read before the register it lands in is
 * written. */
static int32_t notif_get(const struct model_call *c, bool wide, uint64_t resp[FFAV_NREGS],
			 struct ffav_diag *diag)
{
	uint32_t w1 = model_w(c, 1);
	uint64_t flags = wide ? c->regs[2] : model_w(c, 2);
	uint16_t vcpu = (uint16_t)(w1 >> 16);
	struct ffav_model_notif *n;
	uint64_t mask_spm = 0;
	uint64_t mask_hyp = 0;
	uint64_t sp = 0;
	uint64_t vm = 0;
	uint32_t spm = 0;
	uint32_t hyp = 0;
	int32_t ret;
	int s;

	ret = find_receiver(c, FFAV_RULE_MODEL_NOTIF_RECEIVER_DISABLED, &s, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	n = &c->m->ep[s].notif;
	if (vcpu >= FFAV_MODEL_MAX_VCPUS || vcpu >= n->vcpus) /* as in notif_set() */
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_GET_VCPU, 1, w1 & 0xFFFF0000u);
	/* A mask bit of a notification the receiver's bitmap does not hold: "exceeds the
	 * supported number" (DEN0077A v1.3 Table 16.43: INVALID_PARAMETERS). */
	if (wide && (flags & GET_FLAG_SP) != 0)
		ret = check_beyond(c, true, 3, n->notifs[FFAV_MODEL_FROM_SP],
				   FFAV_RULE_MODEL_NOTIF_GET2_MASK_EXCEEDS, diag);
	if (ret == FFAV_RET_SUCCESS && wide && (flags & GET_FLAG_VM) != 0)
		ret = check_beyond(c, true, 9, n->notifs[FFAV_MODEL_FROM_VM],
				   FFAV_RULE_MODEL_NOTIF_GET2_MASK_EXCEEDS, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;

	if (!wide) {
		if ((flags & GET_FLAG_SP) != 0)
			sp = take_bitmap(&n->world[FFAV_MODEL_FROM_SP], vcpu, NULL, NULL);
		if ((flags & GET_FLAG_VM) != 0)
			vm = take_bitmap(&n->world[FFAV_MODEL_FROM_VM], vcpu, NULL, NULL);
	} else {
		mask_spm = c->regs[15];
		mask_hyp = c->regs[16];
		get2_class(c, &n->world[FFAV_MODEL_FROM_SP], vcpu, (flags & GET_FLAG_SP) != 0, 3,
			   resp);
		get2_class(c, &n->world[FFAV_MODEL_FROM_VM], vcpu, (flags & GET_FLAG_VM) != 0, 9,
			   resp);
	}
	if ((flags & GET_FLAG_SPM) != 0)
		spm = take_framework(n, FFAV_MODEL_FROM_SP, mask_spm);
	if ((flags & GET_FLAG_HYP) != 0)
		hyp = take_framework(n, FFAV_MODEL_FROM_VM, mask_hyp);
	if (resp == NULL)
		return FFAV_RET_SUCCESS;
	if (wide) {
		resp[0] = FFAV_FID_SUCCESS_64;
		resp[1] = 0;
		resp[2] = 0;
		resp[15] = spm;
		resp[16] = hyp;
		resp[17] = 0;
		return FFAV_RET_SUCCESS;
	}
	success(c, resp);
	resp[2] = (uint32_t)sp;
	resp[3] = sp >> 32;
	resp[4] = (uint32_t)vm;
	resp[5] = vm >> 32;
	resp[6] = spm;
	resp[7] = hyp;
	return FFAV_RET_SUCCESS;
}

/* ---- INFO_GET (DEN0077A v1.3 §16.11) ------------------------------------ */

static bool words_unreported(const uint64_t *pending, const uint64_t *reported)
{
	unsigned int k;

	for (k = 0; k < WORDS; k++) {
		if ((pending[k] & ~reported[k]) != 0)
			return true;
	}
	return false;
}

static void mark_words(uint64_t *reported, const uint64_t *pending)
{
	unsigned int k;

	for (k = 0; k < WORDS; k++)
		reported[k] = pending[k];
}

static bool global_unreported(const struct ffav_model_notif *n)
{
	unsigned int w;

	for (w = 0; w < 2; w++) {
		if (words_unreported(n->world[w].pending, n->world[w].reported) ||
		    (n->framework[w] & ~n->framework_reported[w]) != 0)
			return true;
	}
	return false;
}

static bool vcpu_unreported(const struct ffav_model_notif *n, unsigned int v)
{
	unsigned int w;

	for (w = 0; w < 2; w++) {
		if (words_unreported(n->world[w].pending_vcpu[v], n->world[w].reported_vcpu[v]))
			return true;
	}
	return false;
}

static void mark_global(struct ffav_model_notif *n)
{
	unsigned int w;

	for (w = 0; w < 2; w++) {
		mark_words(n->world[w].reported, n->world[w].pending);
		n->framework_reported[w] = n->framework[w];
	}
}

static void mark_vcpu(struct ffav_model_notif *n, unsigned int v)
{
	unsigned int w;

	for (w = 0; w < 2; w++)
		mark_words(n->world[w].reported_vcpu[v], n->world[w].pending_vcpu[v]);
}

static bool endpoint_unreported(const struct ffav_model_notif *n)
{
	unsigned int v;

	if (!n->enabled)
		return false;
	if (global_unreported(n))
		return true;
	for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++) {
		if (vcpu_unreported(n, v))
			return true;
	}
	return false;
}

/* The lists being packed: ID slots used, lists opened, the list size fields of x2. */
struct info_lists {
	uint64_t *resp; /* may be NULL: only the marks are made */
	unsigned int max_ids;
	unsigned int ids_per_reg;
	unsigned int ids;
	unsigned int lists;
	unsigned int size_shift; /* of the last list's size field in x2 */
	uint64_t x2;
};

static void put_id(struct info_lists *l, uint16_t id)
{
	unsigned int reg = 3 + l->ids / l->ids_per_reg;
	unsigned int shift = 16 * (l->ids % l->ids_per_reg);

	if (l->resp != NULL)
		l->resp[reg] |= (uint64_t)id << shift;
	l->ids++;
}

/* Open list [id] (0 vCPU IDs). */
static void open_list(struct info_lists *l, uint16_t id)
{
	put_id(l, id);
	/* Every list takes an ID slot, so lists < ids <= max_ids <= 20 here and the modulo
	 * changes nothing: it bounds the shift for a static analyser, which cannot relate the
	 * two counts (docs/verification.md). */
	l->size_shift = 12 + 2 * (l->lists % INFO_GET_MAX_IDS_64);
	l->lists++;
}

/* Add vCPU v to the last list, whose size field grows by one. (The field's position is kept
 * by open_list(), rather than computed from lists - 1 here: a static analyser cannot tell
 * that a list is open whenever a vCPU is added; docs/verification.md.) */
static void add_vcpu(struct info_lists *l, uint16_t v)
{
	put_id(l, v);
	l->x2 += 1ull << l->size_shift;
}

/* One endpoint's lists: [ID] when it has unreported global notifications (framework ones
 * count as global), then [ID, vCPU...] with up to 3 vCPUs per list for the vCPUs with
 * unreported per-vCPU ones (DEN0077A v1.3 §16.11). What does not fit stays unreported
 * and sets more-pending. Returns true when something did not fit. */
static bool pack_endpoint(struct info_lists *l, struct ffav_model_notif *n, uint16_t id)
{
	unsigned int in_list = INFO_GET_MAX_VCPUS_PER_LIST; /* no open per-vCPU list yet */
	bool more = false;
	unsigned int v;

	if (global_unreported(n)) {
		if (l->ids + 1 <= l->max_ids) {
			open_list(l, id);
			mark_global(n);
		} else {
			more = true;
		}
	}
	for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++) {
		if (!vcpu_unreported(n, v))
			continue;
		if (in_list < INFO_GET_MAX_VCPUS_PER_LIST && l->ids + 1 <= l->max_ids) {
			add_vcpu(l, (uint16_t)v);
			in_list++;
		} else if (l->ids + 2 <= l->max_ids) {
			open_list(l, id);
			add_vcpu(l, (uint16_t)v);
			in_list = 1;
		} else {
			more = true;
			continue;
		}
		mark_vcpu(n, v);
	}
	return more;
}

static int32_t notif_info_get(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			      struct ffav_diag *diag)
{
	struct info_lists l;
	bool more = false;
	bool any = false;
	int s;

	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		if (c->m->ep[s].in_use && endpoint_unreported(&c->m->ep[s].notif))
			any = true;
	}
	if (!any)
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_INFO_GET_NO_DATA, 0, 0);

	success(c, resp);
	l.resp = resp;
	l.max_ids = c->smc64 ? INFO_GET_MAX_IDS_64 : INFO_GET_MAX_IDS_32;
	l.ids_per_reg = c->smc64 ? 4u : 2u;
	l.ids = 0;
	l.lists = 0;
	l.size_shift = 12;
	l.x2 = 0;
	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		struct ffav_model_endpoint *e = &c->m->ep[s];

		if (e->in_use && endpoint_unreported(&e->notif) &&
		    pack_endpoint(&l, &e->notif, e->desc.id))
			more = true;
	}
	l.x2 |= (uint64_t)l.lists << 7;
	if (more)
		l.x2 |= 1u;
	if (resp != NULL)
		resp[2] = l.x2;
	return FFAV_RET_SUCCESS;
}

/* ---- Entry points ------------------------------------------------------- */

int32_t ffavi_model_notif_step(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			       struct ffav_diag *diag)
{
	switch (c->abi) {
	case FFAV_ABI_NOTIFICATION_BITMAP_CREATE:
		return notif_create(c, resp, diag);
	case FFAV_ABI_NOTIFICATION_BITMAP_DESTROY:
		return notif_destroy(c, resp, diag);
	case FFAV_ABI_NOTIFICATION_BIND:
		return notif_bind(c, false, resp, diag);
	case FFAV_ABI_NOTIFICATION_UNBIND:
		return notif_unbind(c, false, resp, diag);
	case FFAV_ABI_NOTIFICATION_SET:
		return notif_set(c, false, resp, diag);
	case FFAV_ABI_NOTIFICATION_GET:
		return notif_get(c, false, resp, diag);
	case FFAV_ABI_NOTIFICATION_BIND2:
		return notif_bind(c, true, resp, diag);
	case FFAV_ABI_NOTIFICATION_UNBIND2:
		return notif_unbind(c, true, resp, diag);
	case FFAV_ABI_NOTIFICATION_SET2:
		return notif_set(c, true, resp, diag);
	case FFAV_ABI_NOTIFICATION_GET2:
		return notif_get(c, true, resp, diag);
	case FFAV_ABI_NOTIFICATION_INFO_GET:
	default:
		return notif_info_get(c, resp, diag);
	}
}

int32_t ffav_model_rx_buffer_full(struct ffav_model *m, uint16_t receiver, bool from_sp,
				  struct ffav_diag *diag)
{
	int s;

	if (m == NULL)
		return ffavi_fail(diag, FFAV_RULE_CC_NULL_ARGUMENT, 0, 0);
	s = ffavi_model_slot_of(m, receiver);
	if (s == MODEL_NO_SLOT)
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_RECEIVER_UNKNOWN, 0, 0);
	if (!m->ep[s].notif.enabled)
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_SET_RECEIVER_DISABLED, 0, 0);
	m->ep[s].notif.framework[from_sp ? FFAV_MODEL_FROM_SP : FFAV_MODEL_FROM_VM] |=
		RX_BUFFER_FULL;
	if (diag != NULL) {
		diag->rule = FFAV_RULE_NONE;
		diag->reg = 0;
		diag->bits = 0;
	}
	return FFAV_RET_SUCCESS;
}

/* ---- Invariants --------------------------------------------------------- */

static bool bitmaps_invariant(const struct ffav_model *m)
{
	unsigned int created = 0;
	int s;

	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		const struct ffav_model_endpoint *e = &m->ep[s];
		bool sp_enabled;

		if (!e->in_use)
			continue;
		sp_enabled = e->desc.role == FFAV_ROLE_SP &&
			     (e->desc.properties & FFAV_PROP_NOTIFICATIONS) != 0;
		if (e->notif.created && ffavi_id_is_secure(e->desc.id))
			return false;
		if (!e->declared && !e->notif.created)
			return false;
		if (e->notif.enabled != (e->notif.created || sp_enabled))
			return false;
		if (e->notif.vcpus > FFAV_MODEL_MAX_VCPUS)
			return false;
		if (e->notif.created)
			created++;
	}
	return created == m->n_bitmaps && created <= FFAV_MODEL_MAX_BITMAPS;
}

static bool notif_empty(const struct ffav_model_notif *n)
{
	unsigned int w;

	for (w = 0; w < 2; w++) {
		const struct ffav_model_bitmap *b = &n->world[w];
		unsigned int k;

		if (pending_any(b) || n->framework[w] != 0)
			return false;
		for (k = 0; k < WORDS; k++) {
			if (b->bound[k] != 0)
				return false;
		}
	}
	return true;
}

static bool one_sender(const struct ffav_model_bitmap *b, unsigned int w, uint16_t receiver)
{
	unsigned int i;

	for (i = 0; i < FFAV_MODEL_NOTIFS; i++) {
		bool bound = bit_of(b->bound, i);

		if (!bound && (b->sender[i] != 0 || bit_of(b->per_vcpu, i)))
			return false;
		if (bound && (world_of(b->sender[i]) != w || b->sender[i] == receiver))
			return false;
	}
	return true;
}

static bool pending_bound(const struct ffav_model_bitmap *b)
{
	unsigned int v;
	unsigned int k;

	for (k = 0; k < WORDS; k++) {
		if ((b->pending[k] & ~(b->bound[k] & ~b->per_vcpu[k])) != 0)
			return false;
		for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++) {
			if ((b->pending_vcpu[v][k] & ~(b->bound[k] & b->per_vcpu[k])) != 0)
				return false;
		}
	}
	return true;
}

static bool vcpu_range(const struct ffav_model_notif *n)
{
	unsigned int w;
	unsigned int v;
	unsigned int k;

	for (w = 0; w < 2; w++) {
		for (v = n->vcpus; v < FFAV_MODEL_MAX_VCPUS; v++) {
			for (k = 0; k < WORDS; k++) {
				if ((n->world[w].pending_vcpu[v][k] |
				     n->world[w].reported_vcpu[v][k]) != 0)
					return false;
			}
		}
	}
	return true;
}

static bool words_within(const uint64_t *words, const uint64_t *within)
{
	unsigned int k;

	for (k = 0; k < WORDS; k++) {
		if ((words[k] & ~within[k]) != 0)
			return false;
	}
	return true;
}

static bool reported_pending(const struct ffav_model_notif *n)
{
	unsigned int w;
	unsigned int v;

	for (w = 0; w < 2; w++) {
		const struct ffav_model_bitmap *b = &n->world[w];

		if (!words_within(b->reported, b->pending) ||
		    (n->framework_reported[w] & ~n->framework[w]) != 0)
			return false;
		for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++) {
			if (!words_within(b->reported_vcpu[v], b->pending_vcpu[v]))
				return false;
		}
	}
	return true;
}

/* Nothing of bitmap b at or above its count n: bound bits carry the type, the pending and
 * reported bits; hence no sender either (see below). */
static bool bitmap_within(const struct ffav_model_bitmap *b, unsigned int n)
{
	unsigned int v;
	unsigned int k;

	for (k = 0; k < WORDS; k++) {
		uint64_t beyond = ~word_mask(n, k);
		uint64_t any = b->bound[k] | b->per_vcpu[k] | b->pending[k] | b->reported[k];

		for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++)
			any |= b->pending_vcpu[v][k] | b->reported_vcpu[v][k];
		if ((any & beyond) != 0)
			return false;
	}
	/* The senders need no loop of their own: MODEL_NOTIF_INV_ONE_SENDER, checked first,
	 * holds a sender only where the bound bit is set, and no bound bit lies beyond n. */
	return true;
}

/* MODEL_NOTIF_INV_COUNT for one endpoint: counts of 64..FFAV_MODEL_MAX_NOTIFS when it can
 * receive (0 when it cannot), nothing beyond them. That a count is at most 64 + the policy's
 * is not checked here: it holds by construction (ffavi_model_notif_enable(), BITMAP_CREATE's
 * clamp) and the unit tests check it, but a relation between a field and the policy is what
 * a non-relational analyser loses (docs/verification.md). */
static bool count_kept(const struct ffav_model_notif *n)
{
	unsigned int w;

	for (w = 0; w < 2; w++) {
		if (!n->enabled && n->notifs[w] != 0)
			return false;
		if (n->enabled && (n->notifs[w] < 64 || n->notifs[w] > FFAV_MODEL_MAX_NOTIFS))
			return false;
		if (!bitmap_within(&n->world[w], n->notifs[w]))
			return false;
	}
	return true;
}

/* Whether endpoint e keeps invariant inv. */
static bool endpoint_keeps(const struct ffav_model_endpoint *e, uint32_t inv)
{
	const struct ffav_model_notif *n = &e->notif;

	switch (inv) {
	case FFAV_MODEL_NOTIF_INV_DISABLED_EMPTY:
		return n->enabled || notif_empty(n);
	case FFAV_MODEL_NOTIF_INV_ONE_SENDER:
		return one_sender(&n->world[0], 0, e->desc.id) &&
		       one_sender(&n->world[1], 1, e->desc.id);
	case FFAV_MODEL_NOTIF_INV_PENDING_BOUND:
		return pending_bound(&n->world[0]) && pending_bound(&n->world[1]);
	case FFAV_MODEL_NOTIF_INV_VCPU_RANGE:
		return vcpu_range(n);
	case FFAV_MODEL_NOTIF_INV_REPORTED:
		return reported_pending(n);
	case FFAV_MODEL_NOTIF_INV_FRAMEWORK:
		return ((n->framework[0] | n->framework[1]) & ~RX_BUFFER_FULL) == 0;
	case FFAV_MODEL_NOTIF_INV_COUNT:
	default:
		return count_kept(n);
	}
}

/* The invariants one endpoint's notification state keeps, lowest-numbered first. */
static const uint32_t endpoint_order[] = {
	FFAV_MODEL_NOTIF_INV_DISABLED_EMPTY, FFAV_MODEL_NOTIF_INV_ONE_SENDER,
	FFAV_MODEL_NOTIF_INV_PENDING_BOUND,  FFAV_MODEL_NOTIF_INV_VCPU_RANGE,
	FFAV_MODEL_NOTIF_INV_REPORTED,	     FFAV_MODEL_NOTIF_INV_FRAMEWORK,
	FFAV_MODEL_NOTIF_INV_COUNT,
};

#define N_ENDPOINT_ORDER (sizeof(endpoint_order) / sizeof(endpoint_order[0]))

/* The lowest-numbered invariant some endpoint breaks, or 0. */
uint32_t ffavi_model_notif_invariants(const struct ffav_model *m)
{
	unsigned int k;
	int s;

	if (!bitmaps_invariant(m))
		return FFAV_MODEL_NOTIF_INV_BITMAPS;

	for (k = 0; k < N_ENDPOINT_ORDER; k++) {
		for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
			if (m->ep[s].in_use && !endpoint_keeps(&m->ep[s], endpoint_order[k]))
				return endpoint_order[k];
		}
	}
	return 0;
}

/* The model-wide notification invariant and those of slot s alone (s from
 * ffavi_model_slot_of(): a slot in use, or MODEL_NO_SLOT for none): the lowest-numbered one
 * broken, or 0. */
uint32_t ffavi_model_notif_slot_invariants(const struct ffav_model *m, int s)
{
	unsigned int k;

	if (!bitmaps_invariant(m))
		return FFAV_MODEL_NOTIF_INV_BITMAPS;
	if (s == MODEL_NO_SLOT)
		return 0;
	for (k = 0; k < N_ENDPOINT_ORDER; k++) {
		if (!endpoint_keeps(&m->ep[s], endpoint_order[k]))
			return endpoint_order[k];
	}
	return 0;
}
