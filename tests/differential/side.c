/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * One side of the differential harness: see side.h. Built with DIFF_SIDE_OLD (and the
 * generated header of "#define ffav_x old_ffav_x" lines forced in first) against the old
 * revision's include/, and without it against the new tree's include/.
 */
#include <stdlib.h>
#include <string.h>

#include "ffa_validate.h"
#include "ffa_validate_model.h"
#include "side.h"

#ifdef DIFF_SIDE_OLD
#define SIDE(name) old_side_##name
#else
#define SIDE(name) new_side_##name
#endif

typedef int32_t (*abi_fn)(const struct ffav_caller *, const uint64_t[FFAV_NREGS],
			  struct ffav_diag *);

static const abi_fn abi_entry[FFAV_ABI_COUNT] = {
	[FFAV_ABI_NOTIFICATION_BITMAP_CREATE] = ffav_check_notification_bitmap_create,
	[FFAV_ABI_NOTIFICATION_BITMAP_DESTROY] = ffav_check_notification_bitmap_destroy,
	[FFAV_ABI_NOTIFICATION_BIND] = ffav_check_notification_bind,
	[FFAV_ABI_NOTIFICATION_UNBIND] = ffav_check_notification_unbind,
	[FFAV_ABI_NOTIFICATION_SET] = ffav_check_notification_set,
	[FFAV_ABI_NOTIFICATION_GET] = ffav_check_notification_get,
	[FFAV_ABI_NOTIFICATION_INFO_GET] = ffav_check_notification_info_get,
	[FFAV_ABI_MSG_SEND_DIRECT_REQ] = ffav_check_msg_send_direct_req,
	[FFAV_ABI_MSG_SEND_DIRECT_RESP] = ffav_check_msg_send_direct_resp,
	[FFAV_ABI_MSG_SEND_DIRECT_REQ2] = ffav_check_msg_send_direct_req2,
	[FFAV_ABI_MSG_SEND_DIRECT_RESP2] = ffav_check_msg_send_direct_resp2,
#ifdef FFAV_FID_NOTIFICATION_BIND2 /* an old revision may not have the v1.3 entry points */
	[FFAV_ABI_NOTIFICATION_BIND2] = ffav_check_notification_bind2,
	[FFAV_ABI_NOTIFICATION_UNBIND2] = ffav_check_notification_unbind2,
	[FFAV_ABI_NOTIFICATION_SET2] = ffav_check_notification_set2,
	[FFAV_ABI_NOTIFICATION_GET2] = ffav_check_notification_get2,
#endif
#ifdef FFAV_FID_FEATURES
	[FFAV_ABI_FEATURES] = ffav_check_features,
#endif
};

/* The diag a function is given starts poisoned: a field a side leaves unwritten compares
 * equal only when the other side leaves it too. */
static void poison(struct ffav_diag *d)
{
	memset(d, 0xA5, sizeof(*d));
}

static struct ffav_diag *diag_in(struct ffav_diag *tmp, const struct dside_diag *d)
{
	if (d == NULL)
		return NULL;
	poison(tmp);
	return tmp;
}

static void diag_out(struct dside_diag *d, const struct ffav_diag *tmp)
{
	if (d == NULL)
		return;
	d->rule = tmp->rule;
	d->reg = tmp->reg;
	d->bits = tmp->bits;
}

/* NULL stays NULL: the entry points' answer to a NULL argument is compared too. */
static const struct ffav_caller *caller_of(const struct dside_caller *c, struct ffav_caller *fc)
{
	if (c == NULL)
		return NULL;
	memset(fc, 0, sizeof(*fc));
	fc->role = (enum ffav_role)c->role;
	fc->id = c->id;
	fc->version = c->version;
	fc->policy = c->policy;
	return fc;
}

int32_t SIDE(check)(const struct dside_caller *c, const uint64_t *r, struct dside_diag *d)
{
	struct ffav_caller fc;
	struct ffav_diag tmp;
	int32_t st = ffav_check(caller_of(c, &fc), r, diag_in(&tmp, d));

	diag_out(d, &tmp);
	return st;
}

int32_t SIDE(check_abi)(unsigned int abi, const struct dside_caller *c, const uint64_t *r,
			struct dside_diag *d)
{
	struct ffav_caller fc;
	struct ffav_diag tmp;
	int32_t st;

	if (abi == 0 || abi >= FFAV_ABI_COUNT || abi_entry[abi] == NULL)
		return DIFF_NO_FUNCTION;
	st = abi_entry[abi](caller_of(c, &fc), r, diag_in(&tmp, d));
	diag_out(d, &tmp);
	return st;
}

int32_t SIDE(canonical)(const struct dside_caller *c, const uint64_t *r, uint64_t *out,
			struct dside_diag *d)
{
	struct ffav_caller fc;
	struct ffav_diag tmp;
	int32_t st = ffav_canonical(caller_of(c, &fc), r, out, diag_in(&tmp, d));

	diag_out(d, &tmp);
	return st;
}

/* The prepared path (ffav_prepare(), then ffav_check_prepared() / ffav_canonical_prepared());
 * a side without it answers with ffav_check() / ffav_canonical(), what the prepared path must
 * equal. A NULL caller stands for a NULL prepared description. */
#ifdef FFAV_PREPARED_FIDS
static const struct ffav_prepared *prepared_of(const struct dside_caller *c,
					       struct ffav_prepared *p)
{
	struct ffav_caller fc;

	if (c == NULL)
		return NULL;
	(void)ffav_prepare(caller_of(c, &fc), p, NULL);
	return p;
}
#endif

int32_t SIDE(check_prepared)(const struct dside_caller *c, const uint64_t *r, struct dside_diag *d)
{
#ifdef FFAV_PREPARED_FIDS
	struct ffav_prepared p;
	struct ffav_diag tmp;
	int32_t st = ffav_check_prepared(prepared_of(c, &p), r, diag_in(&tmp, d));

	diag_out(d, &tmp);
	return st;
#else
	return SIDE(check)(c, r, d);
#endif
}

int32_t SIDE(canonical_prepared)(const struct dside_caller *c, const uint64_t *r, uint64_t *out,
				 struct dside_diag *d)
{
#ifdef FFAV_PREPARED_FIDS
	struct ffav_prepared p;
	struct ffav_diag tmp;
	int32_t st = ffav_canonical_prepared(prepared_of(c, &p), r, out, diag_in(&tmp, d));

	diag_out(d, &tmp);
	return st;
#else
	return SIDE(canonical)(c, r, out, d);
#endif
}

int32_t SIDE(check_response)(const struct dside_caller *c, const uint64_t *call,
			     const uint64_t *resp, struct dside_diag *d)
{
	struct ffav_caller fc;
	struct ffav_diag tmp;
	int32_t st = ffav_check_response(caller_of(c, &fc), call, resp, diag_in(&tmp, d));

	diag_out(d, &tmp);
	return st;
}

uint32_t SIDE(abi_of)(uint64_t x0)
{
	return (uint32_t)ffav_abi_of(x0);
}

int SIDE(covers)(uint64_t x0)
{
	return ffav_covers(x0) ? 1 : 0;
}

int32_t SIDE(rule_status)(uint32_t rule)
{
	return ffav_rule_status(rule);
}

const char *SIDE(rule_name)(uint32_t rule)
{
	return ffav_rule_name(rule);
}

const char *SIDE(rule_ref)(uint32_t rule)
{
	return ffav_rule_ref(rule);
}

const char *SIDE(rule_summary)(uint32_t rule)
{
	return ffav_rule_summary(rule);
}

const char *SIDE(status_name)(int32_t status)
{
	return ffav_status_name(status);
}

const char *SIDE(abi_name)(uint32_t abi)
{
	return ffav_abi_name((enum ffav_abi)abi);
}

const char *SIDE(invariant_name)(uint32_t id)
{
	return ffav_model_invariant_name(id);
}

void SIDE(error_frame)(int32_t status, uint64_t *out)
{
	ffav_error_frame(status, out);
}

/* The view as bytes, field by field (no padding). */
/* The notification bitmaps as six 64-bit words (384 IDs) whatever the layout of the side's
 * header: before the extended notifications a bitmap was one uint64_t (and every enabled
 * receiver held 64 of each class); after, FFAV_MODEL_NOTIF_WORDS words and notifs[2]. The
 * two sides then serialise the same logical state in the same bytes. */
#define SIDE_MAX_NOTIFS 384u
#ifdef FFAV_MODEL_NOTIF_WORDS
#define SIDE_WORDS(f) (f), (unsigned int)FFAV_MODEL_NOTIF_WORDS
#define SIDE_NOTIFS(p, w) ((p)->notif.notifs[(w)])
#else
#define SIDE_WORDS(f) &(f), 1u
#define SIDE_NOTIFS(p, w) ((uint16_t)((p)->notif.enabled ? 64u : 0u))
#endif

static void put_words(uint8_t *buf, size_t cap, size_t *len, const uint64_t *words, unsigned int n)
{
	unsigned int k;

	for (k = 0; k < 6; k++) {
		uint64_t x = k < n ? words[k] : 0;

		if (*len + sizeof(x) <= cap)
			memcpy(buf + *len, &x, sizeof(x));
		*len += sizeof(x);
	}
}

#define PUT(buf, cap, len, v)                                    \
	do {                                                     \
		if (*(len) + sizeof(v) <= (cap))                 \
			memcpy((buf) + *(len), &(v), sizeof(v)); \
		*(len) += sizeof(v);                             \
	} while (0)

int32_t SIDE(info_get_decode)(const uint64_t *resp, int smc64, uint8_t *out, size_t cap,
			      size_t *len)
{
	struct ffav_info_get_view v;
	struct ffav_info_get_iter it;
	struct ffav_info_get_list l;
	int32_t st;
	unsigned int i;

	memset(&v, 0xA5, sizeof(v));
	st = ffav_info_get_decode(resp, smc64 != 0, &v);
	*len = 0;
	PUT(out, cap, len, v.more_pending);
	PUT(out, cap, len, v.n_lists);
	PUT(out, cap, len, v.n_ids);
	for (i = 0; i < FFAV_INFO_GET_MAX_IDS_64; i++) {
		PUT(out, cap, len, v.sizes[i]);
		PUT(out, cap, len, v.ids[i]);
	}
	if (st == FFAV_RET_SUCCESS) {
		for (ffav_info_get_iter_init(&it); ffav_info_get_next(&v, &it, &l);) {
			PUT(out, cap, len, l.endpoint);
			PUT(out, cap, len, l.n_vcpus);
			for (i = 0; i < l.n_vcpus && i < FFAV_INFO_GET_MAX_VCPUS; i++)
				PUT(out, cap, len, l.vcpus[i]);
		}
	}
	return st;
}

void SIDE(get_decode)(const uint64_t *resp, uint64_t out[4])
{
	struct ffav_get_view v;

	memset(&v, 0xA5, sizeof(v));
	ffav_get_decode(resp, &v);
	out[0] = v.sp;
	out[1] = v.vm;
	out[2] = v.spm;
	out[3] = v.hyp;
}

void *SIDE(model_new)(uint32_t policy)
{
	struct ffav_model *m = malloc(sizeof(*m));

	if (m != NULL)
		ffav_model_init(m, policy);
	return m;
}

void SIDE(model_free)(void *m)
{
	free(m);
}

int32_t SIDE(model_add)(void *m, const struct dside_ep *ep)
{
	struct ffav_endpoint_desc e;
	unsigned int i;

	memset(&e, 0, sizeof(e));
	e.id = ep->id;
	e.role = (enum ffav_role)ep->role;
	e.version = ep->version;
	e.vcpus = ep->vcpus;
	e.properties = ep->properties;
	e.n_uuids = ep->n_uuids;
	for (i = 0; i < FFAV_MODEL_MAX_UUIDS && i < sizeof(ep->uuids) / sizeof(ep->uuids[0]); i++) {
		e.uuids[i][0] = ep->uuids[i][0];
		e.uuids[i][1] = ep->uuids[i][1];
	}
	return ffav_model_add_endpoint(m, &e);
}

int32_t SIDE(model_step)(void *m, uint16_t caller, uint16_t cpu, int on_cpu, const uint64_t *regs,
			 uint64_t *resp, struct dside_diag *d)
{
	struct ffav_diag tmp;
	int32_t st;

	if (on_cpu)
		st = ffav_model_step_on_cpu(m, caller, cpu, regs, resp, diag_in(&tmp, d));
	else
		st = ffav_model_step(m, caller, regs, resp, diag_in(&tmp, d));
	diag_out(d, &tmp);
	return st;
}

int32_t SIDE(model_rx_buffer_full)(void *m, uint16_t receiver, int from_sp, struct dside_diag *d)
{
	struct ffav_diag tmp;
	int32_t st = ffav_model_rx_buffer_full(m, receiver, from_sp != 0, diag_in(&tmp, d));

	diag_out(d, &tmp);
	return st;
}

/* Everything the model holds, member by member (padding left out), then what its public
 * queries answer: the invariants and the state of every execution context. */
size_t SIDE(model_state)(const void *mv, uint8_t *buf, size_t cap)
{
	const struct ffav_model *m = mv;
	size_t len = 0;
	unsigned int e, i, w, v;
	uint32_t inv = ffav_model_check_invariants(m);

	PUT(buf, cap, &len, inv);
	PUT(buf, cap, &len, m->policy);
	PUT(buf, cap, &len, m->n_endpoints);
	PUT(buf, cap, &len, m->n_bitmaps);
	for (e = 0; e < FFAV_MODEL_MAX_ENDPOINTS; e++) {
		const struct ffav_model_endpoint *p = &m->ep[e];

		PUT(buf, cap, &len, p->in_use);
		if (!p->in_use)
			continue;
		PUT(buf, cap, &len, p->declared);
		PUT(buf, cap, &len, p->desc.id);
		PUT(buf, cap, &len, p->desc.role);
		PUT(buf, cap, &len, p->desc.version);
		PUT(buf, cap, &len, p->desc.vcpus);
		PUT(buf, cap, &len, p->desc.properties);
		PUT(buf, cap, &len, p->desc.n_uuids);
		for (i = 0; i < FFAV_MODEL_MAX_UUIDS; i++) {
			PUT(buf, cap, &len, p->desc.uuids[i][0]);
			PUT(buf, cap, &len, p->desc.uuids[i][1]);
		}
		PUT(buf, cap, &len, p->notif.enabled);
		PUT(buf, cap, &len, p->notif.created);
		PUT(buf, cap, &len, p->notif.vcpus);
		for (w = 0; w < 2; w++) {
			const struct ffav_model_bitmap *b = &p->notif.world[w];
			uint16_t notifs = SIDE_NOTIFS(p, w);

			PUT(buf, cap, &len, notifs);
			put_words(buf, cap, &len, SIDE_WORDS(b->bound));
			put_words(buf, cap, &len, SIDE_WORDS(b->per_vcpu));
			for (i = 0; i < SIDE_MAX_NOTIFS; i++) {
				uint16_t snd = i < FFAV_MODEL_NOTIFS ? b->sender[i] : 0;

				PUT(buf, cap, &len, snd);
			}
			put_words(buf, cap, &len, SIDE_WORDS(b->pending));
			put_words(buf, cap, &len, SIDE_WORDS(b->reported));
			for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++) {
				put_words(buf, cap, &len, SIDE_WORDS(b->pending_vcpu[v]));
				put_words(buf, cap, &len, SIDE_WORDS(b->reported_vcpu[v]));
			}
			PUT(buf, cap, &len, p->notif.framework[w]);
			PUT(buf, cap, &len, p->notif.framework_reported[w]);
		}
		for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++) {
			const struct ffav_model_ec *c = &p->ec[v];
			int s = ffav_model_ec_state(m, p->desc.id, (uint16_t)v);

			PUT(buf, cap, &len, s);
			PUT(buf, cap, &len, c->state);
			PUT(buf, cap, &len, c->yielded);
			PUT(buf, cap, &len, c->by_request);
			PUT(buf, cap, &len, c->req_abi);
			PUT(buf, cap, &len, c->req_smc64);
			PUT(buf, cap, &len, c->req_v13);
			PUT(buf, cap, &len, c->req_fwk);
			PUT(buf, cap, &len, c->origin);
			PUT(buf, cap, &len, c->giver_slot);
			PUT(buf, cap, &len, c->giver_ec);
			PUT(buf, cap, &len, c->callee_slot);
			PUT(buf, cap, &len, c->callee_ec);
		}
		i = ffav_model_ec_state(m, p->desc.id, FFAV_MODEL_MAX_VCPUS) == -1 ? 1u : 0u;
		PUT(buf, cap, &len, i);
	}
	return len;
}
