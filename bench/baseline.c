/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Baseline of the benchmark (bench/baseline.h): the checks a careful proxy writes by hand for
 * the covered ABIs, strict reading of DEN0077A, nothing more. It trusts its caller
 * description (the proxy knows who is calling) and does not version-gate function IDs other
 * than REQ2, as proxies do not. Compiled in its own translation unit, like the library, so
 * the compiler cannot hoist either out of the timing loop.
 */
#include "baseline.h"

#define INVAL FFAV_RET_INVALID_PARAMETERS
#define NOSUP FFAV_RET_NOT_SUPPORTED
#define SECURE 0x8000u

static uint32_t w(const uint64_t *r, unsigned int n)
{
	return (uint32_t)r[n];
}

/* Registers from..to are zero: W views for SMC32, X for SMC64. */
static int zero_from(const uint64_t *r, unsigned int from, unsigned int to, int smc64)
{
	unsigned int n;

	for (n = from; n <= to; n++) {
		if (smc64 ? r[n] != 0 : w(r, n) != 0)
			return 0;
	}
	return 1;
}

static int is_nwd(enum ffav_role role)
{
	return role == FFAV_ROLE_HOST || role == FFAV_ROLE_HYPERVISOR || role == FFAV_ROLE_VM;
}

static int is_lp(uint16_t id)
{
	return id >= 0xFFC0u;
}

static int32_t bitmap(const struct ffav_caller *c, const uint64_t *r, unsigned int first_sbz)
{
	if (c->role != FFAV_ROLE_HOST && c->role != FFAV_ROLE_HYPERVISOR)
		return NOSUP;
	if ((w(r, 1) >> 16) != 0 || (w(r, 1) & SECURE) != 0)
		return INVAL;
	return zero_from(r, first_sbz, 7, 0) ? 0 : INVAL;
}

/* The receiver of BIND/UNBIND/GET, the sender of SET: the caller itself, or for the NS
 * physical instance a Normal-world ID. */
static int own_id(const struct ffav_caller *c, uint16_t id)
{
	if (c->role == FFAV_ROLE_HOST || c->role == FFAV_ROLE_HYPERVISOR)
		return (id & SECURE) == 0;
	return id == c->id;
}

static int32_t bind(const struct ffav_caller *c, const uint64_t *r, int unbind)
{
	uint16_t sender = (uint16_t)(w(r, 1) >> 16);
	uint16_t receiver = (uint16_t)w(r, 1);

	if (c->role == FFAV_ROLE_SPMC || c->role == FFAV_ROLE_SPMD)
		return NOSUP;
	if ((w(r, 2) & (unbind ? 0xFFFFFFFFu : 0xFFFFFFFEu)) != 0)
		return INVAL;
	if ((w(r, 3) | w(r, 4)) == 0 || sender == receiver || is_lp(sender) || is_lp(receiver))
		return INVAL;
	if (!own_id(c, receiver))
		return INVAL;
	/* The NS physical instance binds for a VM, to an SP sender. */
	if ((c->role == FFAV_ROLE_HOST || c->role == FFAV_ROLE_HYPERVISOR) &&
	    (sender & SECURE) == 0)
		return INVAL;
	return zero_from(r, 5, 7, 0) ? 0 : INVAL;
}

static int32_t set(const struct ffav_caller *c, const uint64_t *r)
{
	uint16_t sender = (uint16_t)(w(r, 1) >> 16);
	uint16_t receiver = (uint16_t)w(r, 1);
	uint32_t flags = w(r, 2);

	if (c->role == FFAV_ROLE_SPMC || c->role == FFAV_ROLE_SPMD)
		return NOSUP;
	if ((flags & (c->role == FFAV_ROLE_SP ? 0xFFFCu : 0xFFFEu)) != 0)
		return INVAL;
	if ((flags & 1u) == 0 && (flags >> 16) != 0)
		return INVAL;
	if ((w(r, 3) | w(r, 4)) == 0 || sender == receiver || is_lp(sender) || is_lp(receiver))
		return INVAL;
	if (!own_id(c, sender))
		return INVAL;
	if ((c->role == FFAV_ROLE_HOST || c->role == FFAV_ROLE_HYPERVISOR) &&
	    (receiver & SECURE) == 0)
		return INVAL;
	return zero_from(r, 5, 7, 0) ? 0 : INVAL;
}

static int32_t get(const struct ffav_caller *c, const uint64_t *r)
{
	uint16_t receiver = (uint16_t)w(r, 1);
	uint32_t flags = w(r, 2);

	if (c->role == FFAV_ROLE_SPMC || c->role == FFAV_ROLE_SPMD)
		return NOSUP;
	if ((flags & 0xFFFFFFF0u) != 0 || !own_id(c, receiver) || is_lp(receiver))
		return INVAL;
	if ((c->role == FFAV_ROLE_HOST || c->role == FFAV_ROLE_HYPERVISOR) && receiver != 0 &&
	    (flags & 0xAu) != 0)
		return INVAL;
	return zero_from(r, 3, 7, 0) ? 0 : INVAL;
}

static int32_t info_get(const struct ffav_caller *c, const uint64_t *r, int smc64)
{
	if (!is_nwd(c->role))
		return NOSUP;
	return zero_from(r, 1, smc64 ? 17 : 7, smc64) ? 0 : INVAL;
}

/* DIRECT_REQ and DIRECT_RESP (flags in w2), REQ2 and RESP2 (no flags). */
static int32_t direct(const struct ffav_caller *c, const uint64_t *r, int smc64, int resp, int v2)
{
	uint16_t sender = (uint16_t)(w(r, 1) >> 16);
	uint16_t receiver = (uint16_t)w(r, 1);
	int endpoint = c->role != FFAV_ROLE_SPMC && c->role != FFAV_ROLE_SPMD;

	if (resp && (c->role == FFAV_ROLE_HOST || c->role == FFAV_ROLE_VM))
		return NOSUP;
	if (v2 && c->version < FFAV_VERSION(1, 2))
		return NOSUP;
	if (smc64 && (r[1] >> 32) != 0)
		return INVAL;
	if (!v2) {
		uint64_t flags = smc64 ? r[2] : w(r, 2);

		if ((flags & 0x80000000u) == 0 ? flags != 0
					       : (endpoint || (flags & 0xFFFFFFFF7FFFFF00ull) != 0))
			return INVAL;
	} else if (resp && (r[2] | r[3]) != 0) {
		return INVAL;
	}
	if (sender == receiver || is_lp(sender) || is_lp(receiver))
		return INVAL;
	if (endpoint && c->role != FFAV_ROLE_HYPERVISOR && sender != c->id)
		return INVAL;
	if (!v2 && smc64 && c->version == FFAV_VERSION(1, 2) && !zero_from(r, 8, 17, 1))
		return INVAL;
	return 0;
}

int32_t baseline_check(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS])
{
	switch (w(regs, 0) & ~FFAV_FID_SVE_HINT) {
	case FFAV_FID_NOTIFICATION_BITMAP_CREATE:
		return bitmap(caller, regs, 3);
	case FFAV_FID_NOTIFICATION_BITMAP_DESTROY:
		return bitmap(caller, regs, 2);
	case FFAV_FID_NOTIFICATION_BIND:
		return bind(caller, regs, 0);
	case FFAV_FID_NOTIFICATION_UNBIND:
		return bind(caller, regs, 1);
	case FFAV_FID_NOTIFICATION_SET:
		return set(caller, regs);
	case FFAV_FID_NOTIFICATION_GET:
		return get(caller, regs);
	case FFAV_FID_NOTIFICATION_INFO_GET_32:
		return info_get(caller, regs, 0);
	case FFAV_FID_NOTIFICATION_INFO_GET_64:
		return info_get(caller, regs, 1);
	case FFAV_FID_MSG_SEND_DIRECT_REQ_32:
		return direct(caller, regs, 0, 0, 0);
	case FFAV_FID_MSG_SEND_DIRECT_REQ_64:
		return direct(caller, regs, 1, 0, 0);
	case FFAV_FID_MSG_SEND_DIRECT_RESP_32:
		return direct(caller, regs, 0, 1, 0);
	case FFAV_FID_MSG_SEND_DIRECT_RESP_64:
		return direct(caller, regs, 1, 1, 0);
	case FFAV_FID_MSG_SEND_DIRECT_REQ2:
		return direct(caller, regs, 1, 0, 1);
	case FFAV_FID_MSG_SEND_DIRECT_RESP2:
		return direct(caller, regs, 1, 1, 1);
	default:
		return NOSUP;
	}
}

int32_t baseline_noop(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS])
{
	(void)caller;
	(void)regs;
	return 0;
}
