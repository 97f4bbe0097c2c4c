/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * One side of the differential harness (scripts/differential.sh): the library's entry
 * points behind neutral types. tests/differential/side.c is compiled twice, once against
 * the old revision's headers with every public function renamed old_ffav_* (the old
 * library's symbols carry that prefix) and DIFF_SIDE_OLD defined, once against the new
 * tree's headers; differential.c calls both and compares.
 */
#ifndef DIFF_SIDE_H
#define DIFF_SIDE_H

#include <stddef.h>
#include <stdint.h>

#define DIFF_NREGS 18
#define DIFF_NO_FUNCTION 0x7FFFFFFF /* "this side has no such entry point" */

struct dside_caller {
	uint32_t role;
	uint16_t id;
	uint32_t version;
	uint32_t policy;
};

struct dside_diag {
	uint32_t rule;
	uint8_t reg;
	uint64_t bits;
};

struct dside_ep {
	uint16_t id;
	uint32_t role;
	uint32_t version;
	uint16_t vcpus;
	uint32_t properties;
	uint8_t n_uuids;
	uint64_t uuids[4][2];
};

/* The same entry points on each side: old_side_* (the old revision), new_side_*. */
int32_t old_side_check(const struct dside_caller *c, const uint64_t *r, struct dside_diag *d);
int32_t old_side_check_abi(unsigned int abi, const struct dside_caller *c, const uint64_t *r,
			   struct dside_diag *d);
int32_t old_side_canonical(const struct dside_caller *c, const uint64_t *r, uint64_t *out,
			   struct dside_diag *d);
int32_t old_side_check_prepared(const struct dside_caller *c, const uint64_t *r,
				struct dside_diag *d);
int32_t old_side_canonical_prepared(const struct dside_caller *c, const uint64_t *r, uint64_t *out,
				    struct dside_diag *d);
int32_t old_side_check_response(const struct dside_caller *c, const uint64_t *call,
				const uint64_t *resp, struct dside_diag *d);
uint32_t old_side_abi_of(uint64_t x0);
int old_side_covers(uint64_t x0);
int32_t old_side_rule_status(uint32_t rule);
const char *old_side_rule_name(uint32_t rule);
const char *old_side_rule_ref(uint32_t rule);
const char *old_side_rule_summary(uint32_t rule);
const char *old_side_status_name(int32_t status);
const char *old_side_abi_name(uint32_t abi);
const char *old_side_invariant_name(uint32_t id);
void old_side_error_frame(int32_t status, uint64_t *out);
int32_t old_side_info_get_decode(const uint64_t *resp, int smc64, uint8_t *out, size_t cap,
				 size_t *len);
void old_side_get_decode(const uint64_t *resp, uint64_t out[4]);
void *old_side_model_new(uint32_t policy);
void old_side_model_free(void *m);
int32_t old_side_model_add(void *m, const struct dside_ep *ep);
int32_t old_side_model_step(void *m, uint16_t caller, uint16_t cpu, int on_cpu,
			    const uint64_t *regs, uint64_t *resp, struct dside_diag *d);
int32_t old_side_model_rx_buffer_full(void *m, uint16_t receiver, int from_sp,
				      struct dside_diag *d);
size_t old_side_model_state(const void *m, uint8_t *buf, size_t cap);
int32_t new_side_check(const struct dside_caller *c, const uint64_t *r, struct dside_diag *d);
int32_t new_side_check_abi(unsigned int abi, const struct dside_caller *c, const uint64_t *r,
			   struct dside_diag *d);
int32_t new_side_canonical(const struct dside_caller *c, const uint64_t *r, uint64_t *out,
			   struct dside_diag *d);
int32_t new_side_check_prepared(const struct dside_caller *c, const uint64_t *r,
				struct dside_diag *d);
int32_t new_side_canonical_prepared(const struct dside_caller *c, const uint64_t *r, uint64_t *out,
				    struct dside_diag *d);
int32_t new_side_check_response(const struct dside_caller *c, const uint64_t *call,
				const uint64_t *resp, struct dside_diag *d);
uint32_t new_side_abi_of(uint64_t x0);
int new_side_covers(uint64_t x0);
int32_t new_side_rule_status(uint32_t rule);
const char *new_side_rule_name(uint32_t rule);
const char *new_side_rule_ref(uint32_t rule);
const char *new_side_rule_summary(uint32_t rule);
const char *new_side_status_name(int32_t status);
const char *new_side_abi_name(uint32_t abi);
const char *new_side_invariant_name(uint32_t id);
void new_side_error_frame(int32_t status, uint64_t *out);
int32_t new_side_info_get_decode(const uint64_t *resp, int smc64, uint8_t *out, size_t cap,
				 size_t *len);
void new_side_get_decode(const uint64_t *resp, uint64_t out[4]);
void *new_side_model_new(uint32_t policy);
void new_side_model_free(void *m);
int32_t new_side_model_add(void *m, const struct dside_ep *ep);
int32_t new_side_model_step(void *m, uint16_t caller, uint16_t cpu, int on_cpu,
			    const uint64_t *regs, uint64_t *resp, struct dside_diag *d);
int32_t new_side_model_rx_buffer_full(void *m, uint16_t receiver, int from_sp,
				      struct dside_diag *d);
size_t new_side_model_state(const void *m, uint8_t *buf, size_t cap);

#endif /* DIFF_SIDE_H */
