/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The notification model (spec/notifications.md §3-§8, with the readings of §12): bitmaps
 * created for Normal-world endpoints, per-receiver bindings in each sender world, pending
 * global and per-vCPU bits, the two framework bitmaps, and what INFO_GET has reported.
 *
 * The model is the whole system seen from its endpoints: the SPMC and a hypervisor together.
 * VM-to-VM notifications (kept by the hypervisor) and those involving an SP (kept by the
 * SPMC) follow the same rules; a Normal-world endpoint's bitmaps exist once BITMAP_CREATE
 * has run for it, an SP's when it declares the notifications property.
 *
 * Check order (spec/notifications.md §2.6): the stateless check has already judged the
 * function ID, the caller and every field; then the receiver (unknown: INVALID_PARAMETERS;
 * known without notifications: NOT_SUPPORTED for BIND/UNBIND/GET, DENIED for SET, §12 item
 * 9); the INVALID_PARAMETERS state checks (vCPU bounds, SET type) before the DENIED ones
 * (bindings, pending, §12 item 10).
 */
#include "model_internal.h"

#define RX_BUFFER_FULL 1u /* framework notification bit 0 (spec/notifications.md §1.1) */

/* GET flags (w2) */
#define GET_FLAG_SP (1u << 0)
#define GET_FLAG_VM (1u << 1)
#define GET_FLAG_SPM (1u << 2)
#define GET_FLAG_HYP (1u << 3)

#define INFO_GET_MAX_IDS_32 10u
#define INFO_GET_MAX_IDS_64 20u
#define INFO_GET_MAX_VCPUS_PER_LIST 3u

static void reset_bitmap(struct ffav_model_bitmap *b)
{
	unsigned int i;

	b->bound = 0;
	b->per_vcpu = 0;
	b->pending = 0;
	b->reported = 0;
	for (i = 0; i < FFAV_MODEL_NOTIFS; i++)
		b->sender[i] = 0;
	for (i = 0; i < FFAV_MODEL_MAX_VCPUS; i++) {
		b->pending_vcpu[i] = 0;
		b->reported_vcpu[i] = 0;
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
		n->framework[w] = 0;
		n->framework_reported[w] = 0;
	}
}

/* The bitmap of the receiver that holds notifications from sender. */
static unsigned int world_of(uint16_t sender)
{
	return ffavi_id_is_secure(sender) ? FFAV_MODEL_FROM_SP : FFAV_MODEL_FROM_VM;
}

static uint64_t bitmap_arg(const struct model_call *c)
{
	return (uint64_t)model_w(c, 3) | ((uint64_t)model_w(c, 4) << 32);
}

/* Bits of b bound to sender. */
static uint64_t bound_to(const struct ffav_model_bitmap *b, uint16_t sender)
{
	uint64_t mask = 0;
	unsigned int i;

	for (i = 0; i < FFAV_MODEL_NOTIFS; i++) {
		if ((b->bound >> i & 1u) != 0 && b->sender[i] == sender)
			mask |= 1ull << i;
	}
	return mask;
}

/* Bits of b pending globally or for any vCPU. */
static uint64_t pending_any(const struct ffav_model_bitmap *b)
{
	uint64_t mask = b->pending;
	unsigned int v;

	for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++)
		mask |= b->pending_vcpu[v];
	return mask;
}

/* Reject for the notifications in bad (a subset of the call's bitmap): the register is w3
 * when a bit of IDs 0-31 is among them, else w4. */
static int32_t fail_bitmap(struct ffav_diag *diag, uint32_t rule, uint64_t bad)
{
	if ((uint32_t)bad != 0)
		return ffavi_fail(diag, rule, 3, (uint32_t)bad);
	return ffavi_fail(diag, rule, 4, bad >> 32);
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

/* ---- BITMAP_CREATE / BITMAP_DESTROY (§3, §4) ----------------------------- */

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

static int32_t notif_create(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			    struct ffav_diag *diag)
{
	struct ffav_model *m = c->m;
	uint32_t w1 = model_w(c, 1);
	uint32_t vcpus = model_w(c, 2);
	uint16_t id = (uint16_t)w1;
	int s = ffavi_model_slot_of(m, id);
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

	if (s == MODEL_NO_SLOT) {
		s = slot;
		claim_slot(c, &m->ep[s], id, vcpus);
	}
	ffavi_model_notif_reset(&m->ep[s].notif);
	m->ep[s].notif.enabled = true;
	m->ep[s].notif.created = true;
	m->ep[s].notif.vcpus = (uint16_t)vcpus;
	m->n_bitmaps++;
	success(c, resp);
	return FFAV_RET_SUCCESS;
}

static bool anything_pending(const struct ffav_model_notif *n)
{
	unsigned int w;

	for (w = 0; w < 2; w++) {
		if (pending_any(&n->world[w]) != 0 || n->framework[w] != 0)
			return true;
	}
	return false;
}

/* DESTROY needs the bitmap "masked and non-pending": nothing bound and nothing pending,
 * framework bits included (§12 item 8; HF destroys a bitmap with bindings). */
static int32_t notif_destroy(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			     struct ffav_diag *diag)
{
	struct ffav_model *m = c->m;
	uint32_t w1 = model_w(c, 1);
	int s = ffavi_model_slot_of(m, (uint16_t)w1);
	struct ffav_model_endpoint *e;

	if (s == MODEL_NO_SLOT || !m->ep[s].notif.created)
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_DESTROY_NOT_CREATED, 1, w1 & 0xFFFFu);
	e = &m->ep[s];
	if (anything_pending(&e->notif))
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_DESTROY_PENDING, 1, w1 & 0xFFFFu);
	if ((e->notif.world[0].bound | e->notif.world[1].bound) != 0)
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

/* ---- BIND / UNBIND (§5) ------------------------------------------------- */

/* The SPMC knows every SP and the hypervisor every VM it binds for, so an SP sender, or a
 * Normal-world sender of a Normal-world receiver, must exist. A VM sender of an SP receiver
 * cannot be checked by the SPMC (the trust note of spec/notifications.md §9). */
static bool sender_must_exist(uint16_t sender, uint16_t receiver)
{
	return ffavi_id_is_secure(sender) || !ffavi_id_is_secure(receiver);
}

static int32_t notif_bind(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			  struct ffav_diag *diag)
{
	uint32_t w1 = model_w(c, 1);
	uint16_t sender = (uint16_t)(w1 >> 16);
	bool per_vcpu = (model_w(c, 2) & 1u) != 0;
	uint64_t bits = bitmap_arg(c);
	struct ffav_model_bitmap *b;
	uint64_t bad;
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
	b = &c->m->ep[s].notif.world[world_of(sender)];
	/* Re-binding to the same sender is allowed and updates the type: the spec denies
	 * only bits "bound to another sender" (§12 item 6; Xen agrees, HF and OP-TEE deny). */
	bad = bits & b->bound & ~bound_to(b, sender);
	if (bad != 0)
		return fail_bitmap(diag, FFAV_RULE_MODEL_NOTIF_BIND_OTHER_SENDER, bad);
	bad = bits & pending_any(b);
	if (bad != 0)
		return fail_bitmap(diag, FFAV_RULE_MODEL_NOTIF_BIND_PENDING, bad);

	for (i = 0; i < FFAV_MODEL_NOTIFS; i++) {
		if ((bits >> i & 1u) != 0)
			b->sender[i] = sender;
	}
	b->bound |= bits;
	if (per_vcpu)
		b->per_vcpu |= bits;
	else
		b->per_vcpu &= ~bits;
	success(c, resp);
	return FFAV_RET_SUCCESS;
}

static int32_t notif_unbind(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			    struct ffav_diag *diag)
{
	uint16_t sender = (uint16_t)(model_w(c, 1) >> 16);
	uint64_t bits = bitmap_arg(c);
	struct ffav_model_bitmap *b;
	uint64_t bad;
	unsigned int i;
	int32_t ret;
	int s;

	ret = find_receiver(c, FFAV_RULE_MODEL_NOTIF_RECEIVER_DISABLED, &s, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	b = &c->m->ep[s].notif.world[world_of(sender)];
	bad = bits & b->bound & ~bound_to(b, sender);
	if (bad != 0)
		return fail_bitmap(diag, FFAV_RULE_MODEL_NOTIF_UNBIND_OTHER_SENDER, bad);
	/* An unbound bit is not bound to this sender: DENIED as in HF and Xen (§12 item 7;
	 * OP-TEE accepts). */
	bad = bits & ~b->bound;
	if (bad != 0)
		return fail_bitmap(diag, FFAV_RULE_MODEL_NOTIF_UNBIND_NOT_BOUND, bad);
	bad = bits & pending_any(b);
	if (bad != 0)
		return fail_bitmap(diag, FFAV_RULE_MODEL_NOTIF_UNBIND_PENDING, bad);

	for (i = 0; i < FFAV_MODEL_NOTIFS; i++) {
		if ((bits >> i & 1u) != 0)
			b->sender[i] = 0;
	}
	b->bound &= ~bits;
	b->per_vcpu &= ~bits;
	success(c, resp);
	return FFAV_RET_SUCCESS;
}

/* ---- SET (§6) ----------------------------------------------------------- */

static int32_t notif_set(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			 struct ffav_diag *diag)
{
	uint16_t sender = (uint16_t)(model_w(c, 1) >> 16);
	uint32_t flags = model_w(c, 2);
	bool per_vcpu = (flags & 1u) != 0;
	uint16_t vcpu = (uint16_t)(flags >> 16);
	uint64_t bits = bitmap_arg(c);
	const struct ffav_model_notif *n;
	struct ffav_model_bitmap *b;
	uint64_t mine;
	uint64_t bad;
	int32_t ret;
	int s;

	ret = find_receiver(c, FFAV_RULE_MODEL_NOTIF_SET_RECEIVER_DISABLED, &s, diag);
	if (ret != FFAV_RET_SUCCESS)
		return ret;
	n = &c->m->ep[s].notif;
	/* vcpus <= FFAV_MODEL_MAX_VCPUS (BITMAP_CREATE and declarations bound it); the array
	 * bound is tested too, so that no state makes the write out of bounds. */
	if (per_vcpu && (vcpu >= FFAV_MODEL_MAX_VCPUS || vcpu >= n->vcpus))
		return ffavi_fail(diag, FFAV_RULE_MODEL_NOTIF_SET_VCPU, 2, flags & 0xFFFF0000u);
	b = &c->m->ep[s].notif.world[world_of(sender)];
	mine = bound_to(b, sender);
	/* Type mismatch is judged on the bits this sender holds, before the binding check:
	 * INVALID_PARAMETERS first, whatever else is wrong (§12 item 10; HF reports DENIED
	 * when unbound bits are mixed in). */
	bad = bits & mine & (per_vcpu ? ~b->per_vcpu : b->per_vcpu);
	if (bad != 0)
		return fail_bitmap(diag, FFAV_RULE_MODEL_NOTIF_SET_TYPE, bad);
	bad = bits & ~mine;
	if (bad != 0)
		return fail_bitmap(diag, FFAV_RULE_MODEL_NOTIF_SET_NOT_BOUND, bad);

	if (per_vcpu)
		b->pending_vcpu[vcpu] |= bits;
	else
		b->pending |= bits;
	success(c, resp);
	return FFAV_RET_SUCCESS;
}

/* ---- GET (§7) ----------------------------------------------------------- */

/* Return and clear the partition notifications of bitmap b for vCPU v: global ones and
 * those pending for v. INFO_GET marks go with the bits they marked. */
static uint64_t take_bitmap(struct ffav_model_bitmap *b, uint16_t v)
{
	uint64_t got = b->pending | b->pending_vcpu[v];

	b->pending = 0;
	b->pending_vcpu[v] = 0;
	b->reported = 0;
	b->reported_vcpu[v] = 0;
	return got;
}

static uint32_t take_framework(struct ffav_model_notif *n, unsigned int w)
{
	uint32_t got = n->framework[w];

	n->framework[w] = 0;
	n->framework_reported[w] = 0;
	return got;
}

/* Only the classes the flags name are returned and cleared; HF clears both framework
 * halves whatever the flag (§12 item 13), the model only the requested one. */
static int32_t notif_get(const struct model_call *c, uint64_t resp[FFAV_NREGS],
			 struct ffav_diag *diag)
{
	uint32_t w1 = model_w(c, 1);
	uint32_t flags = model_w(c, 2);
	uint16_t vcpu = (uint16_t)(w1 >> 16);
	struct ffav_model_notif *n;
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

	if ((flags & GET_FLAG_SP) != 0)
		sp = take_bitmap(&n->world[FFAV_MODEL_FROM_SP], vcpu);
	if ((flags & GET_FLAG_VM) != 0)
		vm = take_bitmap(&n->world[FFAV_MODEL_FROM_VM], vcpu);
	if ((flags & GET_FLAG_SPM) != 0)
		spm = take_framework(n, FFAV_MODEL_FROM_SP);
	if ((flags & GET_FLAG_HYP) != 0)
		hyp = take_framework(n, FFAV_MODEL_FROM_VM);
	success(c, resp);
	if (resp != NULL) {
		resp[2] = (uint32_t)sp;
		resp[3] = sp >> 32;
		resp[4] = (uint32_t)vm;
		resp[5] = vm >> 32;
		resp[6] = spm;
		resp[7] = hyp;
	}
	return FFAV_RET_SUCCESS;
}

/* ---- INFO_GET (§8) ------------------------------------------------------ */

static bool global_unreported(const struct ffav_model_notif *n)
{
	unsigned int w;

	for (w = 0; w < 2; w++) {
		if ((n->world[w].pending & ~n->world[w].reported) != 0 ||
		    (n->framework[w] & ~n->framework_reported[w]) != 0)
			return true;
	}
	return false;
}

static bool vcpu_unreported(const struct ffav_model_notif *n, unsigned int v)
{
	unsigned int w;

	for (w = 0; w < 2; w++) {
		if ((n->world[w].pending_vcpu[v] & ~n->world[w].reported_vcpu[v]) != 0)
			return true;
	}
	return false;
}

static void mark_global(struct ffav_model_notif *n)
{
	unsigned int w;

	for (w = 0; w < 2; w++) {
		n->world[w].reported = n->world[w].pending;
		n->framework_reported[w] = n->framework[w];
	}
}

static void mark_vcpu(struct ffav_model_notif *n, unsigned int v)
{
	unsigned int w;

	for (w = 0; w < 2; w++)
		n->world[w].reported_vcpu[v] = n->world[w].pending_vcpu[v];
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
 * unreported per-vCPU ones (spec/notifications.md §8). What does not fit stays unreported
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
		return notif_bind(c, resp, diag);
	case FFAV_ABI_NOTIFICATION_UNBIND:
		return notif_unbind(c, resp, diag);
	case FFAV_ABI_NOTIFICATION_SET:
		return notif_set(c, resp, diag);
	case FFAV_ABI_NOTIFICATION_GET:
		return notif_get(c, resp, diag);
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

		if ((b->bound | pending_any(b) | n->framework[w]) != 0)
			return false;
	}
	return true;
}

static bool one_sender(const struct ffav_model_bitmap *b, unsigned int w, uint16_t receiver)
{
	unsigned int i;

	for (i = 0; i < FFAV_MODEL_NOTIFS; i++) {
		bool bound = (b->bound >> i & 1u) != 0;

		if (!bound && (b->sender[i] != 0 || (b->per_vcpu >> i & 1u) != 0))
			return false;
		if (bound && (world_of(b->sender[i]) != w || b->sender[i] == receiver))
			return false;
	}
	return true;
}

static bool pending_bound(const struct ffav_model_bitmap *b)
{
	unsigned int v;

	if ((b->pending & ~(b->bound & ~b->per_vcpu)) != 0)
		return false;
	for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++) {
		if ((b->pending_vcpu[v] & ~(b->bound & b->per_vcpu)) != 0)
			return false;
	}
	return true;
}

static bool vcpu_range(const struct ffav_model_notif *n)
{
	unsigned int w;
	unsigned int v;

	for (w = 0; w < 2; w++) {
		for (v = n->vcpus; v < FFAV_MODEL_MAX_VCPUS; v++) {
			if ((n->world[w].pending_vcpu[v] | n->world[w].reported_vcpu[v]) != 0)
				return false;
		}
	}
	return true;
}

static bool reported_pending(const struct ffav_model_notif *n)
{
	unsigned int w;
	unsigned int v;

	for (w = 0; w < 2; w++) {
		const struct ffav_model_bitmap *b = &n->world[w];

		if ((b->reported & ~b->pending) != 0 ||
		    (n->framework_reported[w] & ~n->framework[w]) != 0)
			return false;
		for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++) {
			if ((b->reported_vcpu[v] & ~b->pending_vcpu[v]) != 0)
				return false;
		}
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
	default:
		return ((n->framework[0] | n->framework[1]) & ~RX_BUFFER_FULL) == 0;
	}
}

/* The lowest-numbered invariant some endpoint breaks, or 0. */
uint32_t ffavi_model_notif_invariants(const struct ffav_model *m)
{
	static const uint32_t order[] = {
		FFAV_MODEL_NOTIF_INV_DISABLED_EMPTY, FFAV_MODEL_NOTIF_INV_ONE_SENDER,
		FFAV_MODEL_NOTIF_INV_PENDING_BOUND,  FFAV_MODEL_NOTIF_INV_VCPU_RANGE,
		FFAV_MODEL_NOTIF_INV_REPORTED,	     FFAV_MODEL_NOTIF_INV_FRAMEWORK,
	};
	unsigned int k;
	int s;

	if (!bitmaps_invariant(m))
		return FFAV_MODEL_NOTIF_INV_BITMAPS;
	for (k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
		for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
			if (m->ep[s].in_use && !endpoint_keeps(&m->ep[s], order[k]))
				return order[k];
		}
	}
	return 0;
}
