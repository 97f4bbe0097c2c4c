/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * fuzz_model: sequences of calls through the stateful models (ffa_validate_model.h: the
 * notification state and the direct-messaging runtime) from declared endpoints.
 *
 * Input layout (a short input reads missing bytes as 0):
 *
 *   byte 0      policy byte (as fuzz_check: bits [3:0] FFAV_POLICY_*, bit 7 an unknown bit)
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
 *               set: an undeclared ID, 0x7FF0 + (bits [3:0])
 *     op        bits [4:0] index into fz_ops (x0); bit 5: set the SVE hint; bit 6: x0 is
 *               4 raw bytes that follow instead; bit 7: set x0[63:32]
 *     ids       w1 = sender << 16 | receiver, sender from bits [7:4], receiver from bits
 *               [3:0]: 0..7 a declared endpoint (mod the number declared), 8 the caller,
 *               9..14 fz_special_ids[], 15: a raw 16-bit ID follows (sender's first)
 *     args      bits [3:0]: k argument words follow, for x2..x(k+1); bit 4: each is 8
 *               bytes (else 4, zero-extended)
 *     words
 *
 * Invariants (abort on violation), after every step:
 *  1. status, diag and the stateless invariants as in fuzz_check (status defined and listed
 *     for the ABI, diag.rule iff rejected, ffav_rule_status(), diag.reg/bits in regs);
 *  2. ffav_model_check_invariants() == 0;
 *  3. a call the stateless check rejects (other than for being outside the covered set,
 *     CC_NOT_COVERED: FFA_MSG_WAIT, FFA_RUN, ... are the models' own) is rejected by the
 *     models with the same status; a call from an undeclared endpoint is rejected;
 *  4. a rejected call leaves the model unchanged and answers ffav_error_frame(status);
 *  5. every frame the models emit for a covered call passes ffav_check_response();
 *  6. determinism: a twin model fed the same steps answers identically; regs is never
 *     written;
 *  7. INFO_GET never reports an (endpoint, vCPU) pair, or an endpoint's global list, twice
 *     without a successful SET to that endpoint in between, reports only declared
 *     endpoints and their vCPUs, and its answer is well formed.
 */
#include "fuzz_common.h"
#include "ffa_validate_model.h"

#define FZ_MAX_STEPS 64
#define FZ_MAX_DECL 8
#define FZ_GLOBAL FFAV_MODEL_MAX_VCPUS /* slot of an endpoint's global list */

static const uint32_t fz_props[8] = {
	FFAV_PROP_DIRECT_REQ_RECV,  FFAV_PROP_DIRECT_REQ_SEND,	FFAV_PROP_INDIRECT_MSG,
	FFAV_PROP_NOTIFICATIONS,    FFAV_PROP_VM_CREATED,	FFAV_PROP_VM_DESTROYED,
	FFAV_PROP_DIRECT_REQ2_RECV, FFAV_PROP_DIRECT_REQ2_SEND,
};

/* UUIDs as REQ2 carries them (x2, x3); the first is spec/vector-format.md's example. */
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
	0x84000086u, /* FFA_MSG_SEND2 */
	0xC400007Fu, /* no SMC64 BIND */
	0x84000063u, /* FFA_VERSION */
	0x84000064u, /* FFA_FEATURES */
	0x8400007Cu, /* FFA_NORMAL_WORLD_RESUME */
	0xC4000094u, /* FFA_NOTIFICATION_BIND2 (v1.3, not judged) */
	FFAV_FID_SUCCESS_64,
	0xC4000060u, /* FFA_ERROR_64 (v1.3) */
};

struct fz_world {
	struct ffav_model m, twin;
	uint8_t n_decl;
	struct ffav_endpoint_desc decl[FZ_MAX_DECL];
	/* INFO_GET: what was reported since the endpoint's last successful SET. */
	bool reported[FZ_MAX_DECL][FZ_GLOBAL + 1];
};

static int decl_index(const struct fz_world *w, uint16_t id)
{
	int i;

	for (i = 0; i < w->n_decl; i++) {
		if (w->decl[i].id == id)
			return i;
	}
	return -1;
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

/* Read one step; false when the input has ended. */
static bool read_step(struct fz_in *in, const struct fz_world *w, uint16_t *caller,
		      uint64_t regs[FFAV_NREGS])
{
	uint8_t cb, ob, ib, ab;
	unsigned int k, n;
	uint16_t snd, rcv;

	if (in->left < 4)
		return false;
	cb = fz_u8(in);
	ob = fz_u8(in);
	ib = fz_u8(in);
	ab = fz_u8(in);
	memset(regs, 0, FFAV_NREGS * sizeof(regs[0]));
	if ((cb & 0x80u) == 0 && w->n_decl > 0)
		*caller = w->decl[(cb & 0xFu) % w->n_decl].id;
	else
		*caller = (uint16_t)(0x7FF0u + (cb & 0xFu));
	if ((ob & 0x40u) != 0)
		regs[0] = fz_le(in, 4);
	else
		regs[0] = fz_ops[ob & 31u];
	if ((ob & 0x20u) != 0)
		regs[0] |= FFAV_FID_SVE_HINT;
	if ((ob & 0x80u) != 0)
		regs[0] |= 0xDEAD000100000000ull;
	snd = pick_id(in, w, ib >> 4, *caller);
	rcv = pick_id(in, w, ib & 0xFu, *caller);
	regs[1] = (uint64_t)snd << 16 | rcv;
	k = ab & 0xFu;
	for (n = 0; n < k; n++)
		regs[2 + n] = fz_le(in, (ab & 0x10u) != 0 ? 8 : 4);
	return true;
}

/* 7: an INFO_GET answer. Independent of lib/: decoded here from the spec's encoding
 * (spec/notifications.md §8): x2[0] more pending, x2[11:7] list count, 2-bit list sizes
 * from x2[12], 16-bit IDs packed from x3 (SMC32: 2 per w register, SMC64: 4 per x). */
static void check_info_get(struct fz_world *w, const uint64_t resp[FFAV_NREGS], bool smc64)
{
	unsigned int per_reg = smc64 ? 4u : 2u;
	unsigned int max_ids = 5u * per_reg;
	uint64_t x2 = smc64 ? resp[2] : (uint32_t)resp[2];
	unsigned int lists = (unsigned int)(x2 >> 7) & 0x1Fu;
	unsigned int slot = 0, l;
	bool seen[FZ_MAX_DECL][FZ_GLOBAL + 1];

	memset(seen, 0, sizeof(seen));
	FZ_ASSERT(lists >= 1 && lists <= max_ids, "INFO_GET answer with %u lists", lists);
	for (l = 0; l < lists; l++) {
		unsigned int size = (unsigned int)(x2 >> (12 + 2 * l)) & 3u;
		uint16_t ep, vcpu;
		unsigned int v;
		int di;

		FZ_ASSERT(slot + 1 + size <= max_ids, "INFO_GET lists overflow the ID slots");
		ep = (uint16_t)(resp[3 + slot / per_reg] >> (16 * (slot % per_reg)));
		slot++;
		di = decl_index(w, ep);
		FZ_ASSERT(di >= 0, "INFO_GET reports undeclared endpoint %#x", ep);
		if (size == 0) {
			FZ_ASSERT(!w->reported[di][FZ_GLOBAL] && !seen[di][FZ_GLOBAL],
				  "INFO_GET reports endpoint %#x (global) again without a new SET",
				  ep);
			seen[di][FZ_GLOBAL] = true;
		}
		for (v = 0; v < size; v++, slot++) {
			vcpu = (uint16_t)(resp[3 + slot / per_reg] >> (16 * (slot % per_reg)));
			FZ_ASSERT(vcpu < w->decl[di].vcpus && vcpu < FZ_GLOBAL,
				  "INFO_GET reports vCPU %u of endpoint %#x (%u vCPUs)", vcpu, ep,
				  w->decl[di].vcpus);
			FZ_ASSERT(!w->reported[di][vcpu] && !seen[di][vcpu],
				  "INFO_GET reports endpoint %#x vCPU %u again without a new SET",
				  ep, vcpu);
			seen[di][vcpu] = true;
		}
	}
	for (l = 0; l < FZ_MAX_DECL; l++) {
		for (slot = 0; slot <= FZ_GLOBAL; slot++)
			w->reported[l][slot] = w->reported[l][slot] || seen[l][slot];
	}
}

static void step(struct fz_world *w, uint16_t caller, const uint64_t regs[FFAV_NREGS])
{
	uint64_t copy[FFAV_NREGS], resp[FFAV_NREGS], resp2[FFAV_NREGS], err[FFAV_NREGS];
	static struct ffav_model before;
	struct ffav_diag d, d2, dsl;
	enum ffav_abi abi = ffav_abi_of(regs[0]);
	int di = decl_index(w, caller);
	int32_t st, st2, stsl = FFAV_RET_SUCCESS;
	struct ffav_caller sc;
	uint32_t inv;

	memcpy(copy, regs, sizeof(copy));
	memcpy(&before, &w->m, sizeof(before));
	fz_diag_poison(&d);
	memset(resp, 0x5A, sizeof(resp));
	st = ffav_model_step(&w->m, caller, regs, resp, &d);
	FZ_ASSERT(memcmp(copy, regs, sizeof(copy)) == 0, "ffav_model_step() wrote regs");

	/* 1 */
	fz_check_diag(st, &d, regs);
	if (abi != FFAV_ABI_NONE)
		FZ_ASSERT(fz_status_listed(abi, di >= 0 ? w->decl[di].version : 0, st),
			  "model: %s answered %d, not listed", ffav_abi_name(abi), (int)st);

	/* 2 */
	inv = ffav_model_check_invariants(&w->m);
	FZ_ASSERT(inv == 0, "model invariant %#x (%s) broken after x0 %#llx by %#x", inv,
		  fz_rule_label(inv), (unsigned long long)regs[0], caller);

	/* 6 */
	fz_diag_poison(&d2);
	memset(resp2, 0x5A, sizeof(resp2));
	st2 = ffav_model_step(&w->twin, caller, regs, resp2, &d2);
	FZ_ASSERT(st2 == st && fz_diag_eq(&d, &d2) && memcmp(resp, resp2, sizeof(resp)) == 0,
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

	/* 4 */
	if (st != FFAV_RET_SUCCESS) {
		FZ_ASSERT(memcmp(&before, &w->m, sizeof(before)) == 0,
			  "rejected call (%d " FZ_DIAG_FMT ") changed the model", (int)st,
			  FZ_DIAG_ARGS(&d));
		ffav_error_frame(st, err);
		if (memcmp(err, resp, sizeof(err)) != 0) {
			fz_dump_regs("resp", resp);
			FZ_ASSERT(false, "rejected call, but the frame is not FFA_ERROR(%d)",
				  (int)st);
		}
	}

	/* 5 */
#ifdef FFAV_FUZZ_HAVE_RESPONSE
	if (di >= 0 && stsl == FFAV_RET_SUCCESS && abi != FFAV_ABI_NONE) {
		struct ffav_diag dr;
		int32_t str;

		fz_diag_poison(&dr);
		str = ffav_check_response(&sc, regs, resp, &dr);
		if (str != FFAV_RET_SUCCESS) {
			fz_dump_regs("call", regs);
			fz_dump_regs("resp", resp);
			FZ_ASSERT(false, "model frame fails ffav_check_response(): " FZ_DIAG_FMT,
				  FZ_DIAG_ARGS(&dr));
		}
	}
#endif

	/* 7 */
	if (st == FFAV_RET_SUCCESS && di >= 0) {
		if (abi == FFAV_ABI_NOTIFICATION_INFO_GET)
			check_info_get(w, resp, ((uint32_t)regs[0] & FFAV_FID_SMC64) != 0);
		if (abi == FFAV_ABI_NOTIFICATION_SET) {
			int rcv = decl_index(w, (uint16_t)regs[1]);

			if (rcv >= 0)
				memset(w->reported[rcv], 0, sizeof(w->reported[rcv]));
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fz_world w;
	struct fz_in in = { data, size };
	uint64_t regs[FFAV_NREGS];
	unsigned int n_ep, i, steps;
	uint16_t caller;
	uint32_t policy;

	memset(&w, 0, sizeof(w));
	policy = fz_policy(fz_u8(&in));
	ffav_model_init(&w.m, policy);
	ffav_model_init(&w.twin, policy);
	FZ_ASSERT(ffav_model_check_invariants(&w.m) == 0, "fresh model breaks an invariant");
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
			FZ_ASSERT(decl_index(&w, ep.id) < 0, "duplicate endpoint %#x accepted",
				  ep.id);
			w.decl[w.n_decl++] = ep;
		}
		FZ_ASSERT(ffav_model_check_invariants(&w.m) == 0,
			  "invariant broken after declaring %#x", ep.id);
	}
	for (steps = 0; steps < FZ_MAX_STEPS && read_step(&in, &w, &caller, regs); steps++)
		step(&w, caller, regs);
	return 0;
}
