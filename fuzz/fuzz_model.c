/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * fuzz_model: sequences of calls through the stateful models (ffa_validate_model.h: the
 * notification state and the direct-messaging runtime) from declared endpoints.
 *
 * Input layout (a short input reads missing bytes as 0):
 *
 *   byte 0      policy byte (as fuzz_check, fz_policy(): bits [3:0] FFAV_POLICY_*; bit 7
 *               clear: bits [6:4] pick the notification counts FFAV_POLICY_NOTIF_EXTRA_SP/_VM
 *               from fz_notif_counts[]; bit 7 set: an unknown policy bit)
 *   byte 1      endpoints: 1 + (bits [2:0]) records follow
 *   7 bytes     per endpoint:
 *                 role byte, ID (2 bytes), version byte: as fuzz_check (fz_role(),
 *                 fz_fit_id(), fz_version());
 *                 vCPUs: bit 7 clear: 1 + (byte % FFAV_MODEL_MAX_VCPUS); set: bits [6:0]
 *                 as they are (0 or too many: the model must refuse the endpoint);
 *                 properties: bit i sets fz_props[i] (FFAV_PROP_*);
 *                 UUIDs: bits [1:0] how many (0..3), UUID i is fz_uuids[bits [2i+3:2i+2]]
 *   steps       until the input ends, at most FZ_MAX_STEPS, each:
 *     caller    bit 7 clear: declared endpoint (bits [3:0] mod the number declared);
 *               set: an undeclared ID, 0x7FF0 + (bits [3:0]); bits [6:4]: the physical
 *               CPU the call is made on (ffav_model_step_on_cpu(), when the header has it)
 *     op        bits [4:0] index into fz_ops (x0); bit 5: set the SVE hint; bit 6: x0 is
 *               4 raw bytes that follow instead; bit 7: set x0[63:32]
 *     ids       w1 = sender << 16 | receiver, sender from bits [7:4], receiver from bits
 *               [3:0]: 0..7 a declared endpoint (mod the number declared), 8 the caller,
 *               9..14 fz_special_ids[], 15: a raw 16-bit ID follows (sender's first)
 *     args      bits [3:0]: k argument words follow, for x2..x(k+1); bit 4: each is 8
 *               bytes (else 4, zero-extended); bit 5: repeat, x1..x17 are the previous
 *               step's (ids, k and words are then not read): a BIND's w1 and bitmap become
 *               the SET's that the binding allows, a request's w1 the response's; bit 6:
 *               w1 is 4 raw bytes that follow the ids byte (FFA_FEATURES' function IDs,
 *               framework flags), instead of the two IDs; bit 7: the other end answers:
 *               the caller is the half of the previous step's w1 that was not its caller
 *               (else its receiver; the caller byte gives only the CPU), and without bit 5
 *               w1 is the previous w1, its halves swapped unless bit 6 is set (the ids
 *               byte is then ignored): a BIND's sender repeats it as a SET (bit 5) or makes
 *               its own SET on the same w1 (bit 6), a request's receiver responds to it
 *     words
 *
 * Invariants (abort on violation), after every step:
 *  1. status, diag and the stateless invariants as in fuzz_check (status defined and listed
 *     for the ABI, diag.rule iff rejected, ffav_rule_status(), diag.reg/bits in regs);
 *  2. the model invariants hold: after an accepted call, on what it may change (a
 *     notification call: ffav_model_check_notif_invariants_of() its receiver; BITMAP_CREATE,
 *     DESTROY and the other ABIs: ffav_model_check_invariants_of(), every EC too; INFO_GET:
 *     every invariant); after a rejected one, which changed nothing (4), none need
 *     checking; every invariant at the end of the input (which is where the declarations
 *     are checked), and after every declaration and step when built with
 *     -DFZ_FULL_INVARIANTS=1;
 *  3. a call the stateless check rejects (other than for being outside the covered set,
 *     CC_NOT_COVERED: FFA_MSG_WAIT, FFA_RUN, ... are the models' own) is rejected by the
 *     models with the same status; a call from an undeclared endpoint is rejected;
 *  4. a rejected call leaves the model unchanged (byte for byte the twin of 6, before the
 *     twin takes the step: the counters and every slot used so far in the input; the slots
 *     never used are compared with the fresh model at the end of the input; the whole model
 *     after every step with -DFZ_FULL_INVARIANTS=1) and answers ffav_error_frame(status);
 *  5. every frame the models emit passes ffav_check_response(): a notification answer or an
 *     FFA_ERROR against the call; a delivered direct request is a valid call of its sender
 *     (ffav_check()), and the frame later delivered back to that sender (the responder's
 *     DIRECT_RESP/RESP2, FFA_YIELD, FFA_INTERRUPT) against that request; a response is
 *     accepted only when a request is pending at the responder;
 *  6. determinism: a twin model fed the same steps (with resp aliasing regs, where the
 *     header allows it) answers identically; regs is never written;
 *  7. INFO_GET never reports an (endpoint, vCPU) pair, or an endpoint's global list, twice
 *     without a successful SET or SET2 to that endpoint, or a GET or GET2 by it for that
 *     vCPU (which may leave masked notifications pending, DEN0077A v1.3 §16.10), in between;
 *     it names only declared endpoints and IDs given a bitmap by BITMAP_CREATE, and vCPUs
 *     below their count (declared, or BITMAP_CREATE w2), and its list encoding fits the ID
 *     slots;
 *  8. the extended notifications (DEN0077A v1.3 §16.7-§16.10): GET2 returns no notification
 *     its mask names (x3-x8, x9-x14, x15, x16 for the bitmaps x2 selects), nothing for a
 *     bitmap x2 does not select, and nothing at or above the policy's count of its class;
 *     BITMAP_CREATE answers an allocated count no larger than w3[8:0] (from v1.3) and the
 *     policy's SP count (Table 16.4), and 0 before v1.3.
 */
#include "fuzz_common.h"
#include "ffa_validate_model.h"

#define FZ_MAX_STEPS 64
/* -DFZ_FULL_INVARIANTS=1: every invariant after every step, not only on what it touched. */
#ifndef FZ_FULL_INVARIANTS
#define FZ_FULL_INVARIANTS 0
#endif
#define FZ_MAX_DECL 8
#define FZ_GLOBAL FFAV_MODEL_MAX_VCPUS /* slot of an endpoint's global list */

static const uint32_t fz_props[8] = {
	FFAV_PROP_DIRECT_REQ_RECV,  FFAV_PROP_DIRECT_REQ_SEND,	FFAV_PROP_INDIRECT_MSG,
	FFAV_PROP_NOTIFICATIONS,    FFAV_PROP_VM_CREATED,	FFAV_PROP_VM_DESTROYED,
	FFAV_PROP_DIRECT_REQ2_RECV, FFAV_PROP_DIRECT_REQ2_SEND,
};

/* UUIDs as REQ2 carries them (x2, x3); the first is docs/vector-format.md §2's example. */
static const uint64_t fz_uuids[4][2] = {
	{ 0xc2c1b2b1a4a3a2a1ull, 0xd8d7d6d5d4d3d2d1ull },
	{ 0x0000000000000001ull, 0x0000000000000000ull },
	{ 0x4d4f4f4b41415a5aull, 0x0123456789abcdefull },
	{ 0xffffffffffffffffull, 0xffffffffffffffffull },
};

static const uint16_t fz_special_ids[6] = { 0x0000, 0x8000, 0xFFFF, 0xFFC0, 0x7FFF, 0x8001 };

static const uint32_t fz_ops[32] = {
	FFAV_FID_NOTIFICATION_BITMAP_CREATE,
	FFAV_FID_NOTIFICATION_BITMAP_DESTROY,
	FFAV_FID_NOTIFICATION_BIND,
	FFAV_FID_NOTIFICATION_UNBIND,
	FFAV_FID_NOTIFICATION_SET,
	FFAV_FID_NOTIFICATION_GET,
	FFAV_FID_NOTIFICATION_INFO_GET_32,
	FFAV_FID_NOTIFICATION_INFO_GET_64,
	FFAV_FID_MSG_SEND_DIRECT_REQ_32,
	FFAV_FID_MSG_SEND_DIRECT_REQ_64,
	FFAV_FID_MSG_SEND_DIRECT_RESP_32,
	FFAV_FID_MSG_SEND_DIRECT_RESP_64,
	FFAV_FID_MSG_SEND_DIRECT_REQ2,
	FFAV_FID_MSG_SEND_DIRECT_RESP2,
	FFAV_FID_MSG_WAIT_32,
	FFAV_FID_RUN_32,
	FFAV_FID_YIELD_32,
	FFAV_FID_INTERRUPT_32,
	FFAV_FID_ERROR_32,
	FFAV_FID_SUCCESS_32,
	0xC400006Bu, /* FFA_MSG_WAIT_64 (v1.3) */
	0xC400006Du, /* FFA_RUN_64 (v1.3) */
	0xC400006Cu, /* FFA_YIELD_64 (v1.3) */
	0x84000090u, /* FFA_ABORT_32 (v1.3) */
	0xC4000097u, /* FFA_NOTIFICATION_GET2 (v1.3) */
	0xC400007Fu, /* no SMC64 BIND */
	0xC4000095u, /* FFA_NOTIFICATION_UNBIND2 (v1.3) */
	0x84000064u, /* FFA_FEATURES */
	0xC4000096u, /* FFA_NOTIFICATION_SET2 (v1.3) */
	0xC4000094u, /* FFA_NOTIFICATION_BIND2 (v1.3) */
	FFAV_FID_SUCCESS_64,
	0xC4000060u, /* FFA_ERROR_64 (v1.3) */
};

/* Endpoints INFO_GET may name: the declared ones and the Normal-world IDs a
 * BITMAP_CREATE gave a bitmap; what INFO_GET reported since the last successful SET. */
#define FZ_MAX_TRACK (FZ_MAX_DECL + FFAV_MODEL_MAX_ENDPOINTS)
struct fz_track {
	uint16_t id;
	uint16_t vcpus; /* vCPU IDs INFO_GET may name: below this */
	bool reported[FZ_GLOBAL + 1];
};

/* A direct request the models delivered and nobody answered yet (receiver EC). */
#define FZ_MAX_PENDING (FZ_MAX_DECL * FFAV_MODEL_MAX_VCPUS)
struct fz_pending {
	bool used;
	uint16_t receiver, ec;
	struct ffav_caller caller;
	uint64_t call[FFAV_NREGS];
};

struct fz_world {
	struct ffav_model m, twin;
	const struct ffav_model *fresh; /* the model of the input's policy before any step */
	unsigned int hw;		/* slots [0, hw) have been in use in this input */
	uint8_t n_decl;
	struct ffav_endpoint_desc decl[FZ_MAX_DECL];
	uint8_t n_track;
	struct fz_track track[FZ_MAX_TRACK];
	struct fz_pending pending[FZ_MAX_PENDING];
	bool pending_lost; /* the table was full once: a response may answer an unknown request */
};

static const char *fz_inv_label(uint32_t id)
{
#ifdef FFAV_MODEL_INVARIANTS
	const char *name = ffav_model_invariant_name(id);

	if (name[0] != '\0')
		return name;
#endif
	return fz_rule_label(id);
}

static int decl_index(const struct fz_world *w, uint16_t id)
{
	int i;

	for (i = 0; i < w->n_decl; i++) {
		if (w->decl[i].id == id)
			return i;
	}
	return -1;
}

static struct fz_track *track_of(struct fz_world *w, uint16_t id, bool add)
{
	unsigned int i;

	for (i = 0; i < w->n_track; i++) {
		if (w->track[i].id == id)
			return &w->track[i];
	}
	if (!add || w->n_track >= FZ_MAX_TRACK)
		return NULL;
	memset(&w->track[w->n_track], 0, sizeof(w->track[0]));
	w->track[w->n_track].id = id;
	return &w->track[w->n_track++];
}

static void read_endpoint(struct fz_in *in, struct ffav_endpoint_desc *ep)
{
	uint8_t role_byte = fz_u8(in), vb, pb, ub;
	unsigned int i;

	memset(ep, 0, sizeof(*ep));
	ep->role = fz_role(role_byte);
	ep->id = fz_fit_id(role_byte, (uint16_t)fz_le(in, 2));
	ep->version = fz_version(fz_u8(in));
	vb = fz_u8(in);
	ep->vcpus = (vb & 0x80u) != 0 ? (uint16_t)(vb & 0x7Fu)
				      : (uint16_t)(1u + vb % FFAV_MODEL_MAX_VCPUS);
	pb = fz_u8(in);
	for (i = 0; i < 8; i++) {
		if ((pb & (1u << i)) != 0)
			ep->properties |= fz_props[i];
	}
	ub = fz_u8(in);
	ep->n_uuids = (uint8_t)(ub & 3u);
	for (i = 0; i < ep->n_uuids; i++) {
		unsigned int u = (ub >> (2 + 2 * i)) & 3u;

		ep->uuids[i][0] = fz_uuids[u][0];
		ep->uuids[i][1] = fz_uuids[u][1];
	}
}

static uint16_t pick_id(struct fz_in *in, const struct fz_world *w, unsigned int sel,
			uint16_t caller)
{
	if (sel < 8)
		return w->n_decl > 0 ? w->decl[sel % w->n_decl].id : caller;
	if (sel == 8)
		return caller;
	if (sel < 15)
		return fz_special_ids[sel - 9];
	return (uint16_t)fz_le(in, 2);
}

/* The end of w1 (sender << 16 | receiver) that did not call (the receiver when neither
 * did, as when the hypervisor spoke for an endpoint). */
static uint16_t other_end(uint32_t w1, uint16_t caller)
{
	uint16_t receiver = (uint16_t)w1, sender = (uint16_t)(w1 >> 16);

	return receiver == caller ? sender : receiver;
}

/* Read one step; false when the input has ended. On entry, *caller and regs are the previous
 * step's (no step writes regs; 0 before the first), which args bits 5 and 7 reuse. */
static bool read_step(struct fz_in *in, const struct fz_world *w, uint16_t *caller, uint16_t *cpu,
		      uint64_t regs[FFAV_NREGS])
{
	uint32_t last_w1 = (uint32_t)regs[1];
	uint16_t last_caller = *caller;
	uint8_t cb, ob, ib, ab;
	unsigned int k, n;
	bool answer;

	if (in->left < 4)
		return false;
	cb = fz_u8(in);
	ob = fz_u8(in);
	ib = fz_u8(in);
	ab = fz_u8(in);
	answer = (ab & 0x80u) != 0;
	/* Repeat: x1..x17 stay as the previous step left them. */
	if ((ab & 0x20u) == 0)
		memset(regs, 0, FFAV_NREGS * sizeof(regs[0]));
	if (answer)
		*caller = other_end(last_w1, last_caller);
	else if ((cb & 0x80u) == 0 && w->n_decl > 0)
		*caller = w->decl[(cb & 0xFu) % w->n_decl].id;
	else
		*caller = (uint16_t)(0x7FF0u + (cb & 0xFu));
	*cpu = (uint16_t)((cb >> 4) & 7u);
	if ((ob & 0x40u) != 0)
		regs[0] = fz_le(in, 4);
	else
		regs[0] = fz_ops[ob & 31u];
	if ((ob & 0x20u) != 0)
		regs[0] |= FFAV_FID_SVE_HINT;
	if ((ob & 0x80u) != 0)
		regs[0] |= 0xDEAD000100000000ull;
	if ((ab & 0x20u) != 0)
		return true;
	if (answer && (ab & 0x40u) != 0) {
		regs[1] = last_w1;
	} else if (answer) {
		regs[1] = (uint64_t)(last_w1 << 16 | last_w1 >> 16);
	} else if ((ab & 0x40u) != 0) {
		regs[1] = fz_le(in, 4);
	} else {
		uint16_t snd = pick_id(in, w, ib >> 4, *caller);
		uint16_t rcv = pick_id(in, w, ib & 0xFu, *caller);

		regs[1] = (uint64_t)snd << 16 | rcv;
	}
	k = ab & 0xFu;
	for (n = 0; n < k; n++)
		regs[2 + n] = fz_le(in, (ab & 0x10u) != 0 ? 8 : 4);
	return true;
}

/* 7: an INFO_GET answer. Independent of lib/: decoded here from the spec's encoding
 * (DEN0077A v1.2 §16.7): x2[0] more pending, x2[11:7] list count, 2-bit list sizes
 * from x2[12], 16-bit IDs packed from x3 (SMC32: 2 per w register, SMC64: 4 per x). */
static void check_info_get(struct fz_world *w, const uint64_t resp[FFAV_NREGS], bool smc64)
{
	unsigned int per_reg = smc64 ? 4u : 2u;
	unsigned int max_ids = 5u * per_reg;
	uint64_t x2 = smc64 ? resp[2] : (uint32_t)resp[2];
	unsigned int lists = (unsigned int)(x2 >> 7) & 0x1Fu;
	unsigned int slot = 0, l, i;
	bool seen[FZ_MAX_TRACK][FZ_GLOBAL + 1];

	memset(seen, 0, sizeof(seen));
	FZ_ASSERT(lists >= 1 && lists <= max_ids, "INFO_GET answer with %u lists", lists);
	for (l = 0; l < lists; l++) {
		unsigned int size = (unsigned int)(x2 >> (12 + 2 * l)) & 3u;
		struct fz_track *t;
		uint16_t ep;
		unsigned int v, ti;

		FZ_ASSERT(slot + 1 + size <= max_ids, "INFO_GET lists overflow the ID slots");
		ep = (uint16_t)(resp[3 + slot / per_reg] >> (16 * (slot % per_reg)));
		slot++;
		t = track_of(w, ep, false);
		FZ_ASSERT(t != NULL, "INFO_GET names %#x: neither declared nor given a bitmap", ep);
		ti = (unsigned int)(t - w->track);
		if (size == 0) {
			FZ_ASSERT(!t->reported[FZ_GLOBAL] && !seen[ti][FZ_GLOBAL],
				  "INFO_GET reports endpoint %#x (global) again without a new SET",
				  ep);
			seen[ti][FZ_GLOBAL] = true;
		}
		for (v = 0; v < size; v++, slot++) {
			uint16_t vcpu =
				(uint16_t)(resp[3 + slot / per_reg] >> (16 * (slot % per_reg)));

			FZ_ASSERT(vcpu < t->vcpus && vcpu < FZ_GLOBAL,
				  "INFO_GET reports vCPU %u of endpoint %#x (%u vCPUs)", vcpu, ep,
				  t->vcpus);
			FZ_ASSERT(!t->reported[vcpu] && !seen[ti][vcpu],
				  "INFO_GET reports endpoint %#x vCPU %u again without a new SET",
				  ep, vcpu);
			seen[ti][vcpu] = true;
		}
	}
	for (i = 0; i < w->n_track; i++) {
		for (slot = 0; slot <= FZ_GLOBAL; slot++)
			w->track[i].reported[slot] = w->track[i].reported[slot] || seen[i][slot];
	}
}

/* The policy's count of notifications beyond 64 for senders of class w (0: SP, 1: VM). */
static unsigned int policy_extra(uint32_t policy, unsigned int w)
{
	return w == 0 ? (policy & FFAV_POLICY_NOTIF_EXTRA_SP_MASK) >>
				FFAV_POLICY_NOTIF_EXTRA_SP_SHIFT
		      : (policy & FFAV_POLICY_NOTIF_EXTRA_VM_MASK) >>
				FFAV_POLICY_NOTIF_EXTRA_VM_SHIFT;
}

/* 8: GET2's answer (DEN0077A v1.3 Tables 16.41, 16.42), decoded here from the spec's layout:
 * x3-x8 SP bitmap, x9-x14 VM bitmap, ID i in bit i % 64 of the (i / 64)th register, x15/x16
 * the framework bitmaps; the masks in the same registers of the call. */
static void check_get2(const struct ffav_model *m, const uint64_t regs[FFAV_NREGS],
		       const uint64_t resp[FFAV_NREGS])
{
	uint64_t flags = regs[2];
	unsigned int cls, k;

	FZ_ASSERT(resp[0] == FFAV_FID_SUCCESS_64 && resp[1] == 0 && resp[2] == 0 && resp[17] == 0,
		  "GET2 answer is not FFA_SUCCESS64 with x1, x2, x17 zero");
	for (cls = 0; cls < 2; cls++) {
		unsigned int n = 64 + policy_extra(m->policy, cls);

		for (k = 0; k < 6; k++) {
			uint64_t got = resp[3 + 6 * cls + k];
			uint64_t beyond = n >= 64 * (k + 1) ? 0
					  : n <= 64 * k	    ? ~0ull
							    : ~((1ull << (n - 64 * k)) - 1);

			FZ_ASSERT((flags & (1u << cls)) != 0 || got == 0,
				  "GET2 returns class %u, which x2 does not select", cls);
			FZ_ASSERT((got & regs[3 + 6 * cls + k]) == 0,
				  "GET2 returns masked notifications in x%u", 3 + 6 * cls + k);
			FZ_ASSERT((got & beyond) == 0,
				  "GET2 returns notifications beyond %u in x%u", n,
				  3 + 6 * cls + k);
		}
	}
	for (k = 0; k < 2; k++) {
		FZ_ASSERT((flags & (4u << k)) != 0 || resp[15 + k] == 0,
			  "GET2 returns framework bitmap x%u, which x2 does not select", 15 + k);
		FZ_ASSERT((resp[15 + k] & regs[15 + k]) == 0,
			  "GET2 returns masked framework notifications in x%u", 15 + k);
	}
}

/* 8: BITMAP_CREATE's allocated count (DEN0077A v1.3 Tables 16.3, 16.4). */
static void check_create_count(const struct ffav_model *m, uint32_t version,
			       const uint64_t regs[FFAV_NREGS], const uint64_t resp[FFAV_NREGS])
{
	uint32_t asked = version >= FFAV_VERSION(1, 3) ? (uint32_t)regs[3] & 0x1FFu : 0;

	FZ_ASSERT(resp[2] <= asked && resp[2] <= policy_extra(m->policy, 0),
		  "BITMAP_CREATE allocated %llu (asked %u)", (unsigned long long)resp[2], asked);
}

/* The EC of endpoint id that runs on cpu: a UP partition's single EC migrates. */
static uint16_t ec_on(const struct fz_world *w, uint16_t id, uint16_t cpu)
{
	int di = decl_index(w, id);

	return di < 0 || w->decl[di].vcpus <= 1 ? 0 : cpu;
}

static struct fz_pending *pending_of(struct fz_world *w, uint16_t receiver, uint16_t ec)
{
	unsigned int i;

	for (i = 0; i < FZ_MAX_PENDING; i++) {
		if (w->pending[i].used && w->pending[i].receiver == receiver &&
		    w->pending[i].ec == ec)
			return &w->pending[i];
	}
	return NULL;
}

static void answer_pending(const struct fz_pending *p, const uint64_t resp[FFAV_NREGS])
{
	struct ffav_diag d;

	fz_diag_poison(&d);
	if (ffav_check_response(&p->caller, p->call, resp, &d) != FFAV_RET_SUCCESS) {
		fz_dump_regs("request", p->call);
		fz_dump_regs("answer ", resp);
		FZ_ASSERT(false, "the frame does not answer the pending request: " FZ_DIAG_FMT,
			  FZ_DIAG_ARGS(&d));
	}
}

static bool is_direct(enum ffav_abi abi)
{
	return abi >= FFAV_ABI_MSG_SEND_DIRECT_REQ && abi <= FFAV_ABI_MSG_SEND_DIRECT_RESP2;
}

/* The notification ABIs, v1.1 and v1.3 (FFAV_ABI_FEATURES is neither). */
static bool is_notification(enum ffav_abi abi)
{
	return abi != FFAV_ABI_NONE && abi != FFAV_ABI_FEATURES && !is_direct(abi);
}

/* 5a: a notification frame or an FFA_ERROR answers the call itself. */
static void check_own_answer(const struct ffav_caller *c, const uint64_t regs[FFAV_NREGS],
			     const uint64_t resp[FFAV_NREGS])
{
	struct ffav_diag d;

	fz_diag_poison(&d);
	if (ffav_check_response(c, regs, resp, &d) != FFAV_RET_SUCCESS) {
		fz_dump_regs("call", regs);
		fz_dump_regs("resp", resp);
		FZ_ASSERT(false, "model frame fails ffav_check_response(): " FZ_DIAG_FMT,
			  FZ_DIAG_ARGS(&d));
	}
}

/* 5b: a delivered direct request is a call its sender may make; it is kept as pending at
 * the receiver's EC until a frame answers it. */
static void check_delivered_request(struct fz_world *w, const struct ffav_caller *c, uint16_t cpu,
				    const uint64_t regs[FFAV_NREGS],
				    const uint64_t resp[FFAV_NREGS])
{
	struct ffav_caller sender = *c;
	int si = decl_index(w, (uint16_t)(resp[1] >> 16));
	struct ffav_diag d;
	int32_t sts;
	uint16_t rcv = (uint16_t)resp[1];
	struct fz_pending *p;
	unsigned int i;

	if (c->role != FFAV_ROLE_HYPERVISOR && si >= 0) {
		sender.role = w->decl[si].role;
		sender.id = w->decl[si].id;
		sender.version = w->decl[si].version;
	}
	fz_diag_poison(&d);
	sts = ffav_check(&sender, resp, &d);
	if (sts != FFAV_RET_SUCCESS) {
		fz_dump_regs("call     ", regs);
		fz_dump_regs("delivered", resp);
		FZ_ASSERT(false, "delivered request is not a valid call: " FZ_DIAG_FMT,
			  FZ_DIAG_ARGS(&d));
	}
	/* A new request replaces whatever was left at that EC (answered by a frame this
	 * harness does not follow, such as FFA_ERROR). */
	p = pending_of(w, rcv, ec_on(w, rcv, cpu));
	for (i = 0; p == NULL && i < FZ_MAX_PENDING; i++) {
		if (!w->pending[i].used)
			p = &w->pending[i];
	}
	if (p == NULL) {
		w->pending_lost = true;
		return;
	}
	p->used = true;
	p->receiver = rcv;
	p->ec = ec_on(w, rcv, cpu);
	p->caller = *c;
	memcpy(p->call, regs, sizeof(p->call));
}

/* 5c: the responder's DIRECT_RESP/RESP2 as delivered answers the request pending at it. */
static void check_delivered_response(struct fz_world *w, uint16_t cpu,
				     const uint64_t regs[FFAV_NREGS],
				     const uint64_t resp[FFAV_NREGS])
{
	uint16_t id = (uint16_t)(regs[1] >> 16);
	struct fz_pending *p = pending_of(w, id, ec_on(w, id, cpu));

	FZ_ASSERT(p != NULL || w->pending_lost,
		  "response by %#x accepted without a delivered request", id);
	if (p != NULL) {
		answer_pending(p, resp);
		p->used = false;
	}
}

/* 5: the frame of a successful step, or of a model rejection of a valid call. A notification
 * frame or an FFA_ERROR answers the call itself; a delivered direct request is a call its
 * sender may make, and the frame later sent back to its sender (the responder's
 * DIRECT_RESP/RESP2 as delivered, FFA_YIELD or FFA_INTERRUPT) answers that request. */
static void check_frame(struct fz_world *w, const struct ffav_caller *c, uint16_t cpu,
			const uint64_t regs[FFAV_NREGS], int32_t st,
			const uint64_t resp[FFAV_NREGS])
{
	enum ffav_abi abi = ffav_abi_of(regs[0]);
	uint32_t num = (uint32_t)regs[0] & FFAV_FID_NUMBER_MASK;

	if (abi != FFAV_ABI_NONE && (st != FFAV_RET_SUCCESS || !is_direct(abi))) {
		check_own_answer(c, regs, resp);
		return;
	}
	if (st != FFAV_RET_SUCCESS)
		return;
	if (abi == FFAV_ABI_MSG_SEND_DIRECT_REQ || abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2) {
		check_delivered_request(w, c, cpu, regs, resp);
		return;
	}
	if (abi == FFAV_ABI_MSG_SEND_DIRECT_RESP || abi == FFAV_ABI_MSG_SEND_DIRECT_RESP2) {
		check_delivered_response(w, cpu, regs, resp);
		return;
	}
	if (num == 0x6C || num == 0x62) { /* FFA_YIELD by the caller, FFA_INTERRUPT of w1 */
		uint16_t id = num == 0x6C ? c->id : (uint16_t)(regs[1] >> 16);
		const struct fz_pending *p =
			pending_of(w, id, num == 0x6C ? ec_on(w, id, cpu) : (uint16_t)regs[1]);

		if (p != NULL)
			answer_pending(p, resp);
	}
}

/* 7, 8: what a successful notification call tells the INFO_GET tracking, and the answers of
 * GET2 and BITMAP_CREATE. */
static void check_notif_answer(struct fz_world *w, uint32_t version,
			       const uint64_t regs[FFAV_NREGS], const uint64_t resp[FFAV_NREGS])
{
	enum ffav_abi abi = ffav_abi_of(regs[0]);
	struct fz_track *t;

	switch (abi) {
	case FFAV_ABI_NOTIFICATION_INFO_GET:
		check_info_get(w, resp, ((uint32_t)regs[0] & FFAV_FID_SMC64) != 0);
		break;
	case FFAV_ABI_NOTIFICATION_SET:
	case FFAV_ABI_NOTIFICATION_SET2:
		t = track_of(w, (uint16_t)regs[1], false);
		if (t != NULL)
			memset(t->reported, 0, sizeof(t->reported));
		break;
	case FFAV_ABI_NOTIFICATION_GET:
	case FFAV_ABI_NOTIFICATION_GET2:
		if (abi == FFAV_ABI_NOTIFICATION_GET2)
			check_get2(&w->m, regs, resp);
		/* What a GET or GET2 leaves pending may be reported again. */
		t = track_of(w, (uint16_t)regs[1], false);
		if (t != NULL) {
			t->reported[FZ_GLOBAL] = false;
			if ((uint16_t)(regs[1] >> 16) < FZ_GLOBAL)
				t->reported[(uint16_t)(regs[1] >> 16)] = false;
		}
		break;
	case FFAV_ABI_NOTIFICATION_BITMAP_CREATE:
		check_create_count(&w->m, version, regs, resp);
		t = track_of(w, (uint16_t)regs[1], true);
		if (t != NULL && (uint32_t)regs[2] > t->vcpus)
			t->vcpus = (uint16_t)((uint32_t)regs[2] > FZ_GLOBAL ? FZ_GLOBAL
									    : (uint32_t)regs[2]);
		break;
	default:
		break;
	}
}

static int32_t model_step(struct ffav_model *m, uint16_t caller, uint16_t cpu,
			  const uint64_t regs[FFAV_NREGS], uint64_t resp[FFAV_NREGS],
			  struct ffav_diag *d)
{
#ifdef FFAV_MODEL_INVARIANTS
	return ffav_model_step_on_cpu(m, caller, cpu, regs, resp, d);
#else
	(void)cpu;
	return ffav_model_step(m, caller, regs, resp, d);
#endif
}

/* Whether an accepted call can change the notification state of its receiver (w1[15:0])
 * alone and no execution context: the notification ABIs but BITMAP_CREATE and DESTROY, which
 * take and free an endpoint slot, ECs included (DEN0077A v1.3 Tables 16.1-16.44); INFO_GET
 * marks what it reports at every endpoint and is checked whole. */
static bool changes_receiver_notifs_only(enum ffav_abi abi)
{
	return is_notification(abi) && abi != FFAV_ABI_NOTIFICATION_BITMAP_CREATE &&
	       abi != FFAV_ABI_NOTIFICATION_BITMAP_DESTROY && abi != FFAV_ABI_NOTIFICATION_INFO_GET;
}

/* Feedback (not an invariant): a key per state transition an accepted call makes, so that a
 * sequence reaching a new combination of execution-context states, or a notification answer
 * of a new shape, is kept even when the models' code paths look the same. The twin, not yet
 * stepped, holds the state before the call. */
static uint32_t shape_of(const uint64_t *r, unsigned int first, unsigned int n)
{
	uint32_t bits = 0;
	unsigned int k;

	for (k = 0; k < n; k++)
		bits |= (r[first + k] != 0 ? 1u : 0u) << (k < 4 ? k : 3);
	return bits;
}

static void feature_transition(const struct fz_world *w, enum ffav_abi abi, uint16_t caller,
			       uint16_t cpu, const uint64_t regs[FFAV_NREGS],
			       const uint64_t resp[FFAV_NREGS])
{
	uint32_t num = (uint32_t)regs[0] & 0xFFu;

	if (!is_notification(abi)) {
		bool by_w1_high = num == 0x6D || num == 0x62; /* FFA_RUN, FFA_INTERRUPT */
		uint16_t target = by_w1_high ? (uint16_t)(regs[1] >> 16) : (uint16_t)regs[1];
		uint16_t tec = by_w1_high ? (uint16_t)regs[1] : ec_on(w, target, cpu);
		uint16_t cec = ec_on(w, caller, cpu);

		fz_feature(0x1000000u ^ num << 12 ^
			   (uint32_t)(ffav_model_ec_state(&w->twin, caller, cec) + 1) << 9 ^
			   (uint32_t)(ffav_model_ec_state(&w->m, caller, cec) + 1) << 6 ^
			   (uint32_t)(ffav_model_ec_state(&w->twin, target, tec) + 1) << 3 ^
			   (uint32_t)(ffav_model_ec_state(&w->m, target, tec) + 1));
		return;
	}
	switch (abi) {
	case FFAV_ABI_NOTIFICATION_GET: /* SP, VM, SPM and hypervisor bitmaps */
		fz_feature(0x2000000u ^ num << 8 ^ shape_of(resp, 2, 2) << 4 ^
			   shape_of(resp, 4, 2) << 2 ^ shape_of(resp, 6, 2));
		break;
	case FFAV_ABI_NOTIFICATION_GET2:
		fz_feature(0x2000000u ^ num << 8 ^ shape_of(resp, 3, 6) << 4 ^
			   shape_of(resp, 9, 6) << 2 ^ shape_of(resp, 15, 2));
		break;
	case FFAV_ABI_NOTIFICATION_INFO_GET: /* lists, more pending */
		fz_feature(0x2000000u ^ num << 8 ^ ((uint32_t)(resp[2] >> 7) & 0x1Fu) << 1 ^
			   ((uint32_t)resp[2] & 1u));
		break;
	default: /* which words of the bitmap the call named */
		fz_feature(0x2000000u ^ num << 8 ^ shape_of(regs, 2, 7));
		break;
	}
}

/* Feedback for what takes several dependent calls to reach, keyed by a summary of the whole
 * state rather than by one transition, so that each step towards it is kept.
 * Notifications: how many endpoints have something INFO_GET has not reported, how many
 * (endpoint, vCPU) pairs have unreported per-vCPU notifications, the most at one endpoint,
 * and whether any per-vCPU binding exists: INFO_GET's per-vCPU lists, several lists per
 * endpoint and a full answer (DEN0077A v1.3 §16.11) need them to grow one SET at a time. */
static unsigned int capped(unsigned int n, unsigned int cap)
{
	return n < cap ? n : cap;
}

/* How many vCPUs of n have unreported per-vCPU notifications. */
static unsigned int unreported_vcpus(const struct ffav_model_notif *n)
{
	unsigned int count = 0, v, w, k;

	for (v = 0; v < FFAV_MODEL_MAX_VCPUS; v++) {
		bool unreported = false;

		for (w = 0; w < 2; w++) {
			const struct ffav_model_bitmap *b = &n->world[w];

			for (k = 0; k < FFAV_MODEL_NOTIF_WORDS; k++)
				unreported = unreported ||
					     (b->pending_vcpu[v][k] & ~b->reported_vcpu[v][k]) != 0;
		}
		count += unreported ? 1u : 0u;
	}
	return count;
}

/* Whether n has unreported global (or framework) notifications; *per_vcpu_bound is set when
 * it has a per-vCPU binding. */
static bool unreported_global(const struct ffav_model_notif *n, bool *per_vcpu_bound)
{
	bool global = (n->framework[0] & ~n->framework_reported[0]) != 0 ||
		      (n->framework[1] & ~n->framework_reported[1]) != 0;
	unsigned int w, k;

	for (w = 0; w < 2; w++) {
		for (k = 0; k < FFAV_MODEL_NOTIF_WORDS; k++) {
			global = global || (n->world[w].pending[k] & ~n->world[w].reported[k]) != 0;
			*per_vcpu_bound = *per_vcpu_bound || n->world[w].per_vcpu[k] != 0;
		}
	}
	return global;
}

static uint32_t notif_summary(const struct ffav_model *m)
{
	unsigned int eps = 0, pairs = 0, most = 0, s;
	bool per_vcpu_bound = false;

	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		unsigned int vcpus;
		bool global;

		if (!m->ep[s].in_use)
			continue;
		vcpus = unreported_vcpus(&m->ep[s].notif);
		global = unreported_global(&m->ep[s].notif, &per_vcpu_bound);
		eps += global || vcpus > 0 ? 1u : 0u;
		pairs += vcpus;
		most = vcpus > most ? vcpus : most;
	}
	return capped(eps, 7) << 8 | capped(pairs, 15) << 4 | most << 1 |
	       (per_vcpu_bound ? 1u : 0u);
}

/* Direct messaging: how many contexts wait on a request they sent (the length of the request
 * chains: a cycle needs three endpoints in one), and the request the caller's context is
 * handling (partition or framework message, its type): a response is paired with it
 * (DEN0077A v1.3 Table 15.11, chapter 18). */
static uint32_t direct_summary(const struct ffav_model *m, uint16_t caller, uint16_t ec)
{
	unsigned int waiting = 0, s, e;
	uint32_t request = 0;

	for (s = 0; s < FFAV_MODEL_MAX_ENDPOINTS; s++) {
		const struct ffav_model_endpoint *ep = &m->ep[s];

		if (!ep->in_use)
			continue;
		for (e = 0; e < FFAV_MODEL_MAX_VCPUS; e++)
			waiting += ep->ec[e].callee_slot != FFAV_MODEL_NO_EC ? 1u : 0u;
		if (ep->desc.id == caller && ec < FFAV_MODEL_MAX_VCPUS && ep->ec[ec].by_request)
			request = 1u << 14 | (uint32_t)ep->ec[ec].req_abi << 8 | ep->ec[ec].req_fwk;
	}
	return capped(waiting, 3) << 15 | request;
}

/* Every direct-messaging call, accepted or not: the summary before it (the twin, not yet
 * stepped) with the rule that answered it. Every accepted notification call: the summary
 * after it (the model). */
static void feature_state(const struct fz_world *w, enum ffav_abi abi, uint16_t caller,
			  uint16_t cpu, const uint64_t regs[FFAV_NREGS], const struct ffav_diag *d)
{
	uint32_t num = (uint32_t)regs[0] & 0xFFu;

	if (is_direct(abi))
		fz_feature(d->rule * 0x01000193u ^ num << 24 ^
			   direct_summary(&w->twin, caller, ec_on(w, caller, cpu)));
	else if (is_notification(abi) && d->rule == 0)
		fz_feature(0x40000000u ^ num << 12 ^ notif_summary(&w->m));
}

/* The slots of ep[] that have been in use in this input: those below the highest one in use
 * now or before. */
static void raise_hw(struct fz_world *w)
{
	unsigned int s = FFAV_MODEL_MAX_ENDPOINTS;

	while (s > w->hw && !w->m.ep[s - 1].in_use)
		s--;
	w->hw = s;
}

/* The bytes of the model invariant 4 compares after each rejected step: the counters and
 * every slot that has been in use in this input (the model takes free slots lowest first,
 * so the others are most of the model). The slots above hold what ffav_model_init() wrote;
 * check_untouched() compares them with the fresh model at the end of the input, so a write
 * there by a rejected step is still found (unless a later call took that very slot, which
 * rewrites it). With FZ_FULL_INVARIANTS every rejected step compares the whole model. */
static size_t compared_bytes(const struct fz_world *w)
{
	if (FZ_FULL_INVARIANTS)
		return sizeof(w->m);
	return offsetof(struct ffav_model, ep) + w->hw * sizeof(w->m.ep[0]);
}

/* 4, the rest: the slots no endpoint or bitmap has used are as the fresh model has them. */
static void check_untouched(const struct fz_world *w)
{
	const unsigned char *now = (const unsigned char *)&w->m;
	const unsigned char *fresh = (const unsigned char *)w->fresh;
	size_t from = compared_bytes(w);

	FZ_ASSERT(memcmp(now + from, fresh + from, sizeof(w->m) - from) == 0,
		  "a slot no call took (slot %u or above) was written", w->hw);
}

/* 4: a rejected call leaves the model as it was and answers FFA_ERROR(status). */
static void check_rejected(const struct fz_world *w, int32_t st, const struct ffav_diag *d,
			   const uint64_t resp[FFAV_NREGS])
{
	uint64_t err[FFAV_NREGS];

	/* Byte for byte, on purpose: a rejected call must write no byte of the model, and the
	 * struct's members are not part of the contract. The twin, not yet stepped, is the
	 * model before the step, made by the same calls from the same zeroed memory, padding
	 * included, so padding compares equal unless the step wrote it. */
	/* NOLINTNEXTLINE(bugprone-suspicious-memory-comparison,cert-exp42-c,cert-flp37-c) */
	FZ_ASSERT(memcmp(&w->twin, &w->m, compared_bytes(w)) == 0,
		  "rejected call (%d " FZ_DIAG_FMT ") changed the model", (int)st, FZ_DIAG_ARGS(d));
	ffav_error_frame(st, err);
	if (!fz_regs_eq(err, resp)) {
		fz_dump_regs("resp", resp);
		FZ_ASSERT(false, "rejected call, but the frame is not FFA_ERROR(%d)", (int)st);
	}
}

static void step(struct fz_world *w, uint16_t caller, uint16_t cpu, const uint64_t regs[FFAV_NREGS])
{
	uint64_t copy[FFAV_NREGS], resp[FFAV_NREGS], resp2[FFAV_NREGS];
	struct ffav_diag d, d2, dsl;
	enum ffav_abi abi = ffav_abi_of(regs[0]);
	int di = decl_index(w, caller);
	int32_t st, st2, stsl = FFAV_RET_SUCCESS;
	struct ffav_caller sc;
	uint32_t inv;

	memcpy(copy, regs, sizeof(copy));
	fz_diag_poison(&d);
	memset(resp, 0x5A, sizeof(resp));
	st = model_step(&w->m, caller, cpu, regs, resp, &d);
	FZ_ASSERT(fz_regs_eq(copy, regs), "ffav_model_step() wrote regs");

	/* 1 */
	fz_check_diag(st, &d, regs);
	fz_feature(d.rule << 8 ^ ((uint32_t)regs[0] & 0xFFu));
	/* An undeclared caller is a misuse of the model (MODEL_CALLER_UNKNOWN), not an answer
	 * of the spec's: its status is not looked up in the ABI's list. */
	if (abi != FFAV_ABI_NONE && d.rule != FFAV_RULE_MODEL_CALLER_UNKNOWN)
		FZ_ASSERT(fz_status_listed(abi, di >= 0 ? w->decl[di].version : 0, st),
			  "model: %s answered %d, not listed", ffav_abi_name(abi), (int)st);

	/* 4: a rejected call leaves the model as it was. The twin, not yet stepped, is the
	 * state before the step (6 checks that it answers every step as the model does). */
	if (st != FFAV_RET_SUCCESS)
		check_rejected(w, st, &d, resp);

	if (st == FFAV_RET_SUCCESS) {
		raise_hw(w);
		feature_transition(w, abi, caller, cpu, regs, resp);
	}
	feature_state(w, abi, caller, cpu, regs, &d);

	/* 2: a rejected call changed nothing (4), so the invariants still hold; an accepted one
	 * is checked on what it may change: a notification call the notification state of its
	 * receiver (BITMAP_CREATE/DESTROY: that VM's, and every EC), a direct-messaging or CPU
	 * cycle call every EC, INFO_GET everything; every invariant at the end of the input
	 * and, with FZ_FULL_INVARIANTS, after every step. */
	if (FZ_FULL_INVARIANTS || (st == FFAV_RET_SUCCESS && abi == FFAV_ABI_NOTIFICATION_INFO_GET))
		inv = ffav_model_check_invariants(&w->m);
	else if (st != FFAV_RET_SUCCESS)
		inv = 0;
	else if (changes_receiver_notifs_only(abi))
		inv = ffav_model_check_notif_invariants_of(&w->m, (uint16_t)regs[1]);
	else
		inv = ffav_model_check_invariants_of(&w->m, is_notification(abi) ? (uint16_t)regs[1]
										 : caller);
	FZ_ASSERT(inv == 0, "model invariant %#x (%s) broken after x0 %#llx by %#x", inv,
		  fz_inv_label(inv), (unsigned long long)regs[0], caller);

	/* 6: the twin, with resp aliasing regs where the header allows it */
	fz_diag_poison(&d2);
#ifdef FFAV_MODEL_INVARIANTS
	memcpy(resp2, regs, sizeof(resp2));
	st2 = model_step(&w->twin, caller, cpu, resp2, resp2, &d2);
#else
	memset(resp2, 0x5A, sizeof(resp2));
	st2 = model_step(&w->twin, caller, cpu, regs, resp2, &d2);
#endif
	FZ_ASSERT(st2 == st && fz_diag_eq(&d, &d2) && fz_regs_eq(resp, resp2),
		  "twin model answered %d " FZ_DIAG_FMT ", model %d " FZ_DIAG_FMT, (int)st2,
		  FZ_DIAG_ARGS(&d2), (int)st, FZ_DIAG_ARGS(&d));

	/* 3 */
	if (di < 0) {
		FZ_ASSERT(st != FFAV_RET_SUCCESS, "undeclared caller %#x accepted", caller);
	} else {
		sc.role = w->decl[di].role;
		sc.id = w->decl[di].id;
		sc.version = w->decl[di].version;
		sc.policy = w->m.policy;
		fz_diag_poison(&dsl);
		stsl = ffav_check(&sc, regs, &dsl);
		if (stsl != FFAV_RET_SUCCESS && dsl.rule != FFAV_RULE_CC_NOT_COVERED)
			FZ_ASSERT(st == stsl,
				  "stateless check %d " FZ_DIAG_FMT ", model %d " FZ_DIAG_FMT,
				  (int)stsl, FZ_DIAG_ARGS(&dsl), (int)st, FZ_DIAG_ARGS(&d));
	}

	/* 5 */
	if (di >= 0 && stsl == FFAV_RET_SUCCESS)
		check_frame(w, &sc, cpu, regs, st, resp);

	/* 7, 8 */
	if (st == FFAV_RET_SUCCESS && di >= 0)
		check_notif_answer(w, w->decl[di].version, regs, resp);
}

/* The world of an input: empty models under policy. ffav_model_init() writes the whole
 * model (tens of KB), so the fresh models of the last few policies are kept and copied:
 * reuse across inputs, which libFuzzer allows, as a fresh model depends on the policy only.
 * Each kept model was made by ffav_model_init() from zeroed memory and checked once. */
#define FZ_FRESH 4
static void fresh_world(struct fz_world *w, uint32_t policy)
{
	static struct {
		bool made;
		uint32_t policy;
		struct ffav_model m;
	} fresh[FZ_FRESH];
	unsigned int i;

	for (i = 0; i < FZ_FRESH && !(fresh[i].made && fresh[i].policy == policy); i++)
		;
	if (i == FZ_FRESH) {
		static unsigned int next;

		i = next;
		next = (next + 1) % FZ_FRESH;
		memset(&fresh[i].m, 0, sizeof(fresh[i].m));
		ffav_model_init(&fresh[i].m, policy);
		FZ_ASSERT(ffav_model_check_invariants(&fresh[i].m) == 0,
			  "fresh model breaks an invariant");
		fresh[i].made = true;
		fresh[i].policy = policy;
	}
	w->fresh = &fresh[i].m;
	w->hw = 0;
	w->n_decl = 0;
	w->n_track = 0;
	w->pending_lost = false;
	memset(w->pending, 0, sizeof(w->pending));
	memcpy(&w->m, &fresh[i].m, sizeof(w->m));
	memcpy(&w->twin, &fresh[i].m, sizeof(w->twin));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fz_world w;
	struct fz_in in = { data, size };
	uint64_t regs[FFAV_NREGS];
	unsigned int n_ep, i, steps;
	uint16_t caller, cpu;
	uint32_t policy, inv;

	policy = fz_policy(fz_u8(&in));
	fresh_world(&w, policy);
	n_ep = 1u + (fz_u8(&in) & 7u);
	for (i = 0; i < n_ep; i++) {
		struct ffav_endpoint_desc ep;
		int32_t st, st2;

		read_endpoint(&in, &ep);
		st = ffav_model_add_endpoint(&w.m, &ep);
		st2 = ffav_model_add_endpoint(&w.twin, &ep);
		FZ_ASSERT(st == st2, "twin model: add_endpoint %d then %d", (int)st, (int)st2);
		FZ_ASSERT(st == FFAV_RET_SUCCESS || st == FFAV_RET_NO_MEMORY ||
				  st == FFAV_RET_INVALID_PARAMETERS,
			  "ffav_model_add_endpoint() answered %d", (int)st);
		if (st == FFAV_RET_SUCCESS) {
			struct fz_track *t;

			FZ_ASSERT(decl_index(&w, ep.id) < 0, "duplicate endpoint %#x accepted",
				  ep.id);
			w.decl[w.n_decl++] = ep;
			t = track_of(&w, ep.id, true);
			if (t != NULL)
				t->vcpus = ep.vcpus > FZ_GLOBAL ? FZ_GLOBAL : ep.vcpus;
		}
		/* 2: a declaration, which fills one slot, is checked with everything else at
		 * the end of the input (here too with FZ_FULL_INVARIANTS); a step that
		 * changes its state checks it before that */
		if (FZ_FULL_INVARIANTS) {
			inv = ffav_model_check_invariants_of(&w.m, ep.id);
			FZ_ASSERT(inv == 0, "invariant %#x (%s) broken after declaring %#x", inv,
				  fz_inv_label(inv), ep.id);
		}
	}
	raise_hw(&w);
	/* what a first step that repeats (args bit 5) or answers (bit 7) starts from */
	memset(regs, 0, sizeof(regs));
	caller = 0;
	for (steps = 0; steps < FZ_MAX_STEPS && read_step(&in, &w, &caller, &cpu, regs); steps++)
		step(&w, caller, cpu, regs);
	inv = ffav_model_check_invariants(&w.m);
	FZ_ASSERT(inv == 0, "model invariant %#x (%s) broken at the end of the input", inv,
		  fz_inv_label(inv));
	check_untouched(&w);
	return 0;
}
