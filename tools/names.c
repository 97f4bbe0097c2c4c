/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Names and numbers of the command: statuses, roles, policies, versions, partition
 * properties, rules, registers and UUIDs, both ways.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ffav_cli.h"

#define RULE_ENTRY(name_, id_, status_, ref_, text_) \
	{ #name_, (id_), FFAV_RET_##status_, ref_, text_ },
const struct ffav_cli_rule ffav_cli_rules[] = { FFAV_RULES(RULE_ENTRY) };
#undef RULE_ENTRY
const size_t ffav_cli_nrules = sizeof(ffav_cli_rules) / sizeof(ffav_cli_rules[0]);

const struct ffav_cli_rule *ffav_cli_rule_by_id(uint32_t id)
{
	size_t i;

	for (i = 0; i < ffav_cli_nrules; i++) {
		if (ffav_cli_rules[i].id == id)
			return &ffav_cli_rules[i];
	}
	return NULL;
}

/* The rules by name: an index sorted once, searched by halving (every "rule" field of a
 * vector or scenario file is looked up; a walk of the whole table was a tenth of the
 * readers' time). */
#define N_RULES (sizeof(ffav_cli_rules) / sizeof(ffav_cli_rules[0]))
static uint16_t by_name[N_RULES]; /* indices into ffav_cli_rules */
static bool by_name_sorted;

static int name_order(const void *a, const void *b)
{
	const uint16_t *x = a;
	const uint16_t *y = b;

	return strcmp(ffav_cli_rules[*x].name, ffav_cli_rules[*y].name);
}

const struct ffav_cli_rule *ffav_cli_rule_by_name(const char *name)
{
	size_t lo = 0, hi = N_RULES;

	if (!by_name_sorted) {
		size_t i;

		for (i = 0; i < N_RULES; i++)
			by_name[i] = (uint16_t)i;
		qsort(by_name, N_RULES, sizeof(by_name[0]), name_order);
		by_name_sorted = true;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(ffav_cli_rules[by_name[mid]].name, name);

		if (c == 0)
			return &ffav_cli_rules[by_name[mid]];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static const char *const status_names[FFAV_CLI_NSTATUS] = {
	"SUCCESS",   "NOT_SUPPORTED", "INVALID_PARAMETERS",
	"NO_MEMORY", "BUSY",	      "INTERRUPTED",
	"DENIED",    "RETRY",	      "ABORTED",
	"NO_DATA",   "NOT_READY",
};

const char *ffav_cli_status_name(int32_t status)
{
	if (status <= 0 && status > -FFAV_CLI_NSTATUS)
		return status_names[-status];
	return "UNKNOWN_STATUS";
}

bool ffav_cli_status_parse(const char *name, int32_t *status)
{
	int32_t i;

	for (i = 0; i < FFAV_CLI_NSTATUS; i++) {
		if (strcmp(status_names[i], name) == 0) {
			*status = -i;
			return true;
		}
	}
	return false;
}

static const char *const role_names[] = {
	[FFAV_ROLE_HOST] = "host", [FFAV_ROLE_HYPERVISOR] = "hypervisor",
	[FFAV_ROLE_VM] = "vm",	   [FFAV_ROLE_SP] = "sp",
	[FFAV_ROLE_SPMC] = "spmc", [FFAV_ROLE_SPMD] = "spmd",
};
#define NROLES (sizeof(role_names) / sizeof(role_names[0]))

const char *ffav_cli_role_name(enum ffav_role role)
{
	if ((unsigned int)role < NROLES)
		return role_names[role];
	return "unknown-role";
}

bool ffav_cli_role_parse(const char *name, enum ffav_role *role)
{
	unsigned int i;

	for (i = 0; i < NROLES; i++) {
		if (strcmp(role_names[i], name) == 0) {
			*role = (enum ffav_role)i;
			return true;
		}
	}
	return false;
}

/* Index = bit number of FFAV_POLICY_*. */
const char *const ffav_cli_policy_names[4] = {
	"reject-upper-halves",
	"ignore-sbz",
	"no-per-vcpu",
	"endpoint-framework",
};

static bool small_decimal(const char *s, size_t n, uint32_t max, uint32_t *out);

/* The two notification counts of the policy word (FFAV_POLICY_NOTIF_EXTRA_SP, _VM): written
 * "notif-extra-sp=N" and "notif-extra-vm=N", N = 0..511 (the library refuses N > 320,
 * CC_CALLER_NOTIF_COUNT, so that vectors can exercise it). */
static const struct {
	const char *prefix;
	unsigned int shift;
} policy_counts[2] = {
	{ "notif-extra-sp=", FFAV_POLICY_NOTIF_EXTRA_SP_SHIFT },
	{ "notif-extra-vm=", FFAV_POLICY_NOTIF_EXTRA_VM_SHIFT },
};

bool ffav_cli_policy_parse(const char *name, uint32_t *bit)
{
	unsigned int i;

	for (i = 0; i < 4; i++) {
		if (strcmp(ffav_cli_policy_names[i], name) == 0) {
			*bit = 1u << i;
			return true;
		}
	}
	for (i = 0; i < 2; i++) {
		size_t n = strlen(policy_counts[i].prefix);
		uint32_t count;

		if (strncmp(name, policy_counts[i].prefix, n) == 0 &&
		    small_decimal(name + n, strlen(name + n), 0x1FF, &count)) {
			*bit = count << policy_counts[i].shift;
			return true;
		}
	}
	return false;
}

void ffav_cli_policy_format(uint32_t policy, char *buf, size_t size)
{
	size_t used = 0;
	unsigned int i;

	buf[0] = '\0';
	if (policy == 0) {
		(void)snprintf(buf, size, "none"); /* display text: a short buf only cuts it */
		return;
	}
	for (i = 0; i < 4; i++) {
		if ((policy & (1u << i)) != 0 && used < size) {
			int n = snprintf(buf + used, size - used, "%s%s", used != 0 ? "," : "",
					 ffav_cli_policy_names[i]);
			used += n > 0 ? (size_t)n : 0;
		}
	}
	for (i = 0; i < 2; i++) {
		uint32_t count = (policy >> policy_counts[i].shift) & 0x1FFu;

		if (count != 0 && used < size) {
			int n = snprintf(buf + used, size - used, "%s%s%" PRIu32,
					 used != 0 ? "," : "", policy_counts[i].prefix, count);
			used += n > 0 ? (size_t)n : 0;
		}
	}
	if ((policy & ~FFAV_POLICY_ALL) != 0 && used < size)
		(void)snprintf(buf + used, size - used, "%s%#" PRIx32, /* cut if short, as above */
			       used != 0 ? "," : "", policy & ~(uint32_t)FFAV_POLICY_ALL);
}

/* A decimal number of at most 5 digits, no sign; false on anything else. */
static bool small_decimal(const char *s, size_t n, uint32_t max, uint32_t *out)
{
	uint32_t v = 0;
	size_t i;

	if (n == 0 || n > 5)
		return false;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10u + (uint32_t)(s[i] - '0');
	}
	if (v > max)
		return false;
	*out = v;
	return true;
}

bool ffav_cli_version_parse(const char *text, uint32_t *version)
{
	const char *dot = strchr(text, '.');
	uint32_t major;
	uint32_t minor;

	if (dot == NULL)
		return false;
	if (!small_decimal(text, (size_t)(dot - text), 0x7FFF, &major) ||
	    !small_decimal(dot + 1, strlen(dot + 1), 0xFFFF, &minor))
		return false;
	*version = FFAV_VERSION(major, minor);
	return true;
}

void ffav_cli_version_format(uint32_t version, char *buf, size_t size)
{
	/* display text: a short buf only cuts it (callers pass at least 16 bytes: "65535.65535") */
	(void)snprintf(buf, size, "%" PRIu32 ".%" PRIu32, version >> 16, version & 0xFFFFu);
}

static const struct {
	const char *name;
	uint32_t bit;
} properties[] = {
	{ "direct-req-recv", FFAV_PROP_DIRECT_REQ_RECV },
	{ "direct-req-send", FFAV_PROP_DIRECT_REQ_SEND },
	{ "indirect-msg", FFAV_PROP_INDIRECT_MSG },
	{ "notifications", FFAV_PROP_NOTIFICATIONS },
	{ "vm-created", FFAV_PROP_VM_CREATED },
	{ "vm-destroyed", FFAV_PROP_VM_DESTROYED },
	{ "direct-req2-recv", FFAV_PROP_DIRECT_REQ2_RECV },
	{ "direct-req2-send", FFAV_PROP_DIRECT_REQ2_SEND },
};

bool ffav_cli_property_parse(const char *name, uint32_t *bit)
{
	size_t i;

	for (i = 0; i < sizeof(properties) / sizeof(properties[0]); i++) {
		if (strcmp(properties[i].name, name) == 0) {
			*bit = properties[i].bit;
			return true;
		}
	}
	return false;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

bool ffav_cli_u64_parse(const char *text, bool decimal_ok, uint64_t *value)
{
	uint64_t v = 0;
	const char *p;

	if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
		if (text[2] == '\0')
			return false;
		for (p = text + 2; *p != '\0'; p++) {
			int d = hex_digit(*p);

			if (d < 0 || v > (UINT64_MAX >> 4))
				return false;
			v = (v << 4) | (uint64_t)d;
		}
		*value = v;
		return true;
	}
	if (!decimal_ok || text[0] == '\0')
		return false;
	for (p = text; *p != '\0'; p++) {
		uint64_t d;

		if (*p < '0' || *p > '9')
			return false;
		d = (uint64_t)(*p - '0');
		if (v > (UINT64_MAX - d) / 10u)
			return false;
		v = v * 10u + d;
	}
	*value = v;
	return true;
}

/* The UUID's 16 bytes in its text order: byte 0 is "a1" of "a1a2a3a4-...". */
static bool uuid_bytes(const char *text, uint8_t bytes[16])
{
	static const unsigned int dash_at[] = { 8, 13, 18, 23 };
	unsigned int pos = 0;
	unsigned int n = 0;
	unsigned int d = 0;

	if (strlen(text) != 36)
		return false;
	while (pos < 36) {
		int hi;
		int lo;

		if (d < 4 && pos == dash_at[d]) {
			if (text[pos] != '-')
				return false;
			pos++;
			d++;
			continue;
		}
		hi = hex_digit(text[pos]);
		lo = hex_digit(text[pos + 1]);
		if (hi < 0 || lo < 0 || n >= 16)
			return false;
		bytes[n++] = (uint8_t)(hi << 4 | lo);
		pos += 2;
	}
	return n == 16;
}

/* DEN0077A v1.3 Table 15.15 (FFA_MSG_SEND_DIRECT_REQ2): x2 holds bytes 0-7 and x3 bytes
 * 8-15, byte 0 in bits [7:0] (a little-endian load). "a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8" gives
 * x2 = 0xc2c1b2b1a4a3a2a1, x3 = 0xd8d7d6d5d4d3d2d1. */
bool ffav_cli_uuid_parse(const char *text, uint64_t *x2, uint64_t *x3)
{
	uint8_t b[16];
	unsigned int i;

	if (!uuid_bytes(text, b))
		return false;
	*x2 = 0;
	*x3 = 0;
	for (i = 0; i < 8; i++) {
		*x2 |= (uint64_t)b[i] << (8 * i);
		*x3 |= (uint64_t)b[8 + i] << (8 * i);
	}
	return true;
}

void ffav_cli_uuid_format(uint64_t x2, uint64_t x3, char buf[37])
{
	uint8_t b[16];
	unsigned int i;

	for (i = 0; i < 8; i++) {
		b[i] = (uint8_t)(x2 >> (8 * i));
		b[8 + i] = (uint8_t)(x3 >> (8 * i));
	}
	/* 36 characters and the NUL: fits */
	(void)snprintf(buf, 37,
		       "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
		       b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
		       b[13], b[14], b[15]);
}

/* Every FF-A function's name, indexed by function number - FFAV_FN_NUM_FIRST, from the
 * library's table FFAV_FUNCTIONS() (include/ffa_validate_abis.h). Expanded here rather
 * than asked of ffav_function_name(), which answers "" in a build with FFAV_NO_STRINGS. */
#define FUNCTION_NAME(name_, smc32_, smc64_, since32_, since64_, until_, abi_) \
	[(FFAV_FID_NUMBER_MASK & (smc32_)) - FFAV_FN_NUM_FIRST] = #name_,
static const char *const function_names[FFAV_FN_NUM_LAST - FFAV_FN_NUM_FIRST + 1] = {
	FFAV_FUNCTIONS(FUNCTION_NAME)
};
#undef FUNCTION_NAME

const char *ffav_cli_function_name(uint32_t fid)
{
	uint32_t num = fid & FFAV_FID_NUMBER_MASK;

	if ((fid & FFAV_FID_FAST) == 0 || (fid & FFAV_FID_OWNER_MASK) != FFAV_FID_OWNER_STANDARD ||
	    (fid & FFAV_FID_RESERVED_MASK) != 0 || num < FFAV_FN_NUM_FIRST ||
	    num > FFAV_FN_NUM_LAST)
		return NULL;
	return function_names[num - FFAV_FN_NUM_FIRST];
}

const char *ffav_cli_basename(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL && slash[1] != '\0' ? slash + 1 : path;
}

void ffav_cli_expect_format(uint16_t mask, char *buf, size_t size)
{
	size_t used = 0;
	unsigned int count = 0;
	unsigned int i;

	for (i = 0; i < FFAV_CLI_NSTATUS; i++)
		count += (mask >> i) & 1u;
	buf[0] = '\0';
	for (i = 0; i < FFAV_CLI_NSTATUS && used < size; i++) {
		int n;

		if ((mask & (1u << i)) == 0)
			continue;
		n = snprintf(buf + used, size - used, "%s%s", used == 0 ? "" : " or ",
			     status_names[i]);
		used += n > 0 ? (size_t)n : 0;
	}
	if (count == 0)
		(void)snprintf(buf, size, "(nothing)"); /* display text: a short buf only cuts it */
}
