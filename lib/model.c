/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* Placeholder of the reference models (issue 6): declares endpoints, judges nothing yet. */
#include "ffa_validate_model.h"
#include "ffav_internal.h"

void ffav_model_init(struct ffav_model *m, uint32_t policy)
{
	m->policy = policy;
	m->n_endpoints = 0;
}

int32_t ffav_model_add_endpoint(struct ffav_model *m, const struct ffav_endpoint_desc *ep)
{
	if (m->n_endpoints >= FFAV_MODEL_MAX_ENDPOINTS)
		return FFAV_RET_NO_MEMORY;
	m->endpoints[m->n_endpoints++] = *ep;
	return FFAV_RET_SUCCESS;
}

int32_t ffav_model_step(struct ffav_model *m, uint16_t caller, const uint64_t regs[FFAV_NREGS],
			uint64_t resp[FFAV_NREGS], struct ffav_diag *diag)
{
	(void)m;
	(void)caller;
	(void)regs;
	ffav_error_frame(FFAV_RET_NOT_SUPPORTED, resp);
	return ffav_fail(diag, FFAV_RULE_CC_NOT_COVERED, 0, 0);
}

uint32_t ffav_model_check_invariants(const struct ffav_model *m)
{
	(void)m;
	return 0;
}
