/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * `ffa-validate check`: judge one call given on the command line, explain its fields
 * (explain.c) and say why it is rejected (rule, spec reference, register, offending bits).
 */
#include <inttypes.h>
#include <string.h>

#include "ffav_cli.h"

static void check_usage(FILE *f)
{
	fprintf(f,
		"usage: ffa-validate check [--role R] [--id ID] [--version V] [--policy P,...]\n"
		"                          [--json] X0 [X1 ... X17]\n"
		"\n"
		"Judge one FF-A call with ffav_check(): decode its fields, print SUCCESS or the\n"
		"status with the rule, its spec reference, the register and the offending bits.\n"
		"Registers are hex (0x...) or decimal; missing registers are 0.\n"
		"\n"
		"  --role R      caller role: host hypervisor vm sp spmc spmd (default sp)\n"
		"  --id ID       caller's FF-A ID (default: 0 for host and hypervisor, 0x1 for "
		"vm,\n"
		"                0x8001 for sp, 0x8000 for spmc, 0xffff for spmd)\n"
		"  --version V   negotiated FF-A version, 1.0 to 1.3 (default 1.2)\n"
		"  --policy P,.. policies: reject-upper-halves ignore-sbz no-per-vcpu\n"
		"                endpoint-framework, comma-separated, or none (default none)\n"
		"  --json        print the decoded call and the verdict as one JSON object\n"
		"  -h, --help    this help\n"
		"\n"
		"Exit status: 0 the call is valid, 1 it is rejected, 2 bad usage.\n");
}

static uint16_t default_id(enum ffav_role role)
{
	switch (role) {
	case FFAV_ROLE_VM:
		return 0x0001;
	case FFAV_ROLE_SP:
		return 0x8001;
	case FFAV_ROLE_SPMC:
		return 0x8000;
	case FFAV_ROLE_SPMD:
		return 0xFFFF;
	case FFAV_ROLE_HOST:
	case FFAV_ROLE_HYPERVISOR:
	default:
		return 0;
	}
}

static bool parse_policy_list(const char *text, uint32_t *policy, FILE *err)
{
	char buf[256];
	char *save = NULL;
	char *tok;

	*policy = 0;
	if (strcmp(text, "none") == 0)
		return true;
	if (strlen(text) >= sizeof(buf) || text[0] == '\0') {
		fprintf(err, "ffa-validate check: bad --policy '%.60s'\n", text);
		return false;
	}
	memcpy(buf, text, strlen(text) + 1); /* fits: checked above */
	for (tok = strtok_r(buf, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
		uint32_t bit;

		if (!ffav_cli_policy_parse(tok, &bit)) {
			fprintf(err,
				"ffa-validate check: unknown policy '%s' (policies: "
				"reject-upper-halves ignore-sbz no-per-vcpu endpoint-framework "
				"notif-extra-sp=N notif-extra-vm=N)\n",
				tok);
			return false;
		}
		*policy |= bit;
	}
	return true;
}

struct check_args {
	struct ffav_caller caller;
	uint64_t regs[FFAV_NREGS];
	unsigned int nregs;
	bool json;
	bool help;
};

/* The value of option argv[*i] ("--opt=value" or "--opt value"), or NULL. */
static const char *option_value(int argc, char **argv, int *i, const char *opt, FILE *err)
{
	size_t n = strlen(opt);
	const char *a = argv[*i];

	if (a[n] == '=')
		return a + n + 1;
	if (*i + 1 >= argc) {
		fprintf(err, "ffa-validate check: %s needs a value\n", opt);
		return NULL;
	}
	return argv[++*i];
}

static bool is_option(const char *a, const char *opt)
{
	size_t n = strlen(opt);

	return strncmp(a, opt, n) == 0 && (a[n] == '\0' || a[n] == '=');
}

/* A register operand: X0, X1, ... in the order given. */
static bool parse_register(const char *a, struct check_args *ca, FILE *err)
{
	if (ca->nregs >= FFAV_NREGS) {
		fprintf(err, "ffa-validate check: more than %d registers given\n", FFAV_NREGS);
		return false;
	}
	if (!ffav_cli_u64_parse(a, true, &ca->regs[ca->nregs])) {
		fprintf(err,
			"ffa-validate check: register x%u '%.60s' is not a 64-bit "
			"number (hex 0x... or decimal)\n",
			ca->nregs, a);
		return false;
	}
	ca->nregs++;
	return true;
}

static bool parse_role(const char *v, struct check_args *ca, FILE *err)
{
	if (ffav_cli_role_parse(v, &ca->caller.role))
		return true;
	fprintf(err,
		"ffa-validate check: unknown role '%.60s' (roles: host "
		"hypervisor vm sp spmc spmd)\n",
		v);
	return false;
}

static bool parse_id(const char *v, uint64_t *id, FILE *err)
{
	if (ffav_cli_u64_parse(v, true, id) && *id <= 0xFFFF)
		return true;
	fprintf(err,
		"ffa-validate check: --id '%.60s' is not a 16-bit FF-A "
		"ID\n",
		v);
	return false;
}

static bool parse_version(const char *v, struct check_args *ca, FILE *err)
{
	if (ffav_cli_version_parse(v, &ca->caller.version) &&
	    ca->caller.version >= FFAV_VERSION_MIN && ca->caller.version <= FFAV_VERSION_MAX)
		return true;
	fprintf(err,
		"ffa-validate check: unknown version '%.60s' (versions: "
		"1.0 "
		"1.1 1.2 1.3)\n",
		v);
	return false;
}

/* State of the command line walk: the caller's ID is set after the walk, once the role is
 * known. */
struct arg_walk {
	bool have_id;
	bool options;
	uint64_t id;
};

/* Option argv[*i] (one that takes a value consumes it). */
static bool parse_option(int argc, char **argv, int *i, struct check_args *ca, struct arg_walk *w,
			 FILE *err)
{
	const char *a = argv[*i];
	const char *v;

	if (strcmp(a, "--") == 0) {
		w->options = false;
	} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
		ca->help = true;
	} else if (strcmp(a, "--json") == 0) {
		ca->json = true;
	} else if (is_option(a, "--role")) {
		v = option_value(argc, argv, i, "--role", err);
		return v != NULL && parse_role(v, ca, err);
	} else if (is_option(a, "--id")) {
		v = option_value(argc, argv, i, "--id", err);
		if (v == NULL || !parse_id(v, &w->id, err))
			return false;
		w->have_id = true;
	} else if (is_option(a, "--version")) {
		v = option_value(argc, argv, i, "--version", err);
		return v != NULL && parse_version(v, ca, err);
	} else if (is_option(a, "--policy")) {
		v = option_value(argc, argv, i, "--policy", err);
		return v != NULL && parse_policy_list(v, &ca->caller.policy, err);
	} else {
		fprintf(err, "ffa-validate check: unknown option '%s'\n", a);
		return false;
	}
	return true;
}

static int parse_args(int argc, char **argv, struct check_args *ca, FILE *err)
{
	struct arg_walk w = { .have_id = false, .options = true, .id = 0 };
	int i;

	memset(ca, 0, sizeof(*ca));
	ca->caller.role = FFAV_ROLE_SP;
	ca->caller.version = FFAV_VERSION(1, 2);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		bool ok;

		if (!w.options || a[0] != '-' || a[1] == '\0')
			ok = parse_register(a, ca, err);
		else
			ok = parse_option(argc, argv, &i, ca, &w, err);
		if (!ok)
			return FFAV_CLI_BAD_INPUT;
	}
	if (ca->help)
		return FFAV_CLI_OK;
	if (ca->nregs == 0) {
		fprintf(err, "ffa-validate check: no register given (at least X0)\n");
		return FFAV_CLI_BAD_INPUT;
	}
	ca->caller.id = w.have_id ? (uint16_t)w.id : default_id(ca->caller.role);
	return FFAV_CLI_OK;
}

static json_t *hex(uint64_t v)
{
	char buf[24];

	(void)snprintf(buf, sizeof(buf), "0x%" PRIx64, v); /* at most 18 chars: fits */
	return json_string(buf);
}

static json_t *caller_json(const struct ffav_caller *c)
{
	json_t *o = json_object();
	json_t *p = json_array();
	char buf[24];
	unsigned int i;

	json_object_set_new(o, "role", json_string(ffav_cli_role_name(c->role)));
	(void)snprintf(buf, sizeof(buf), "0x%04x", c->id); /* 16-bit ID: fits */
	json_object_set_new(o, "id", json_string(buf));
	ffav_cli_version_format(c->version, buf, sizeof(buf));
	json_object_set_new(o, "version", json_string(buf));
	for (i = 0; i < 4; i++) {
		if ((c->policy & (1u << i)) != 0)
			json_array_append_new(p, json_string(ffav_cli_policy_names[i]));
	}
	json_object_set_new(o, "policy", p);
	return o;
}

static void print_json(FILE *out, const struct check_args *ca, const struct ffav_cli_explanation *d,
		       int32_t status, const struct ffav_diag *diag)
{
	json_t *doc = json_object();
	json_t *regs = json_array();
	json_t *fn = json_object();
	json_t *fields = json_array();
	unsigned int n;

	json_object_set_new(doc, "caller", caller_json(&ca->caller));
	for (n = 0; n < ca->nregs; n++)
		json_array_append_new(regs, hex(ca->regs[n]));
	json_object_set_new(doc, "regs", regs);
	json_object_set_new(fn, "fid", hex(d->fid));
	json_object_set_new(fn, "name", d->name != NULL ? json_string(d->name) : json_null());
	json_object_set_new(fn, "covered", json_boolean(d->abi != FFAV_ABI_NONE));
	json_object_set_new(fn, "smc64", json_boolean(d->smc64));
	json_object_set_new(fn, "sve_hint", json_boolean(d->sve_hint));
	json_object_set_new(doc, "function", fn);
	for (n = 0; n < d->n; n++) {
		json_t *f = json_object();

		json_object_set_new(f, "register", json_string(d->f[n].loc));
		json_object_set_new(f, "name", json_string(d->f[n].name));
		json_object_set_new(f, "value", hex(d->f[n].value));
		if (d->f[n].note[0] != '\0')
			json_object_set_new(f, "meaning", json_string(d->f[n].note));
		json_array_append_new(fields, f);
	}
	json_object_set_new(doc, "fields", fields);
	json_object_set_new(doc, "status", json_string(ffav_cli_status_name(status)));
	json_object_set_new(doc, "code", json_integer(status));
	if (status != FFAV_RET_SUCCESS) {
		const struct ffav_cli_rule *info = ffav_cli_rule_by_id(diag->rule);
		json_t *rule = json_object();
		char buf[16];

		(void)snprintf(buf, sizeof(buf), "0x%04" PRIx32, diag->rule); /* at most 10: fits */
		json_object_set_new(rule, "id", json_string(buf));
		json_object_set_new(rule, "name", json_string(info != NULL ? info->name : ""));
		json_object_set_new(rule, "reference", json_string(info != NULL ? info->ref : ""));
		json_object_set_new(rule, "summary",
				    json_string(info != NULL ? info->summary : ""));
		json_object_set_new(doc, "rule", rule);
		json_object_set_new(doc, "register", json_integer(diag->reg));
		json_object_set_new(doc, "bits", hex(diag->bits));
	}
	json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', out);
	json_decref(doc);
}

static void print_text(FILE *out, const struct check_args *ca, const struct ffav_cli_explanation *d,
		       int32_t status, const struct ffav_diag *diag)
{
	char version[16];
	char policy[128];
	unsigned int n;

	if (d->name != NULL)
		fprintf(out, "%s%s (w0 = 0x%08" PRIx32 ", %s%s)\n", d->name,
			d->abi == FFAV_ABI_NONE ? " [not covered by libffa_validate]" : "", d->fid,
			d->smc64 ? "SMC64" : "SMC32", d->sve_hint ? ", SVE hint set" : "");
	else
		fprintf(out, "not an FF-A function (w0 = 0x%08" PRIx32 ")\n",
			(uint32_t)ca->regs[0]);
	ffav_cli_version_format(ca->caller.version, version, sizeof(version));
	ffav_cli_policy_format(ca->caller.policy, policy, sizeof(policy));
	fprintf(out, "caller: %s 0x%04x, FF-A %s, policy %s\n", ffav_cli_role_name(ca->caller.role),
		ca->caller.id, version, policy);
	for (n = 0; n < d->n; n++) {
		if (d->f[n].note[0] != '\0')
			fprintf(out, "  %-11s %-26s 0x%-16" PRIx64 " %s\n", d->f[n].loc,
				d->f[n].name, d->f[n].value, d->f[n].note);
		else
			fprintf(out, "  %-11s %-26s 0x%" PRIx64 "\n", d->f[n].loc, d->f[n].name,
				d->f[n].value);
	}
	fprintf(out, "verdict: %s\n", ffav_cli_status_name(status));
	if (status != FFAV_RET_SUCCESS) {
		const struct ffav_cli_rule *info = ffav_cli_rule_by_id(diag->rule);

		fprintf(out, "  rule:      %s (0x%04" PRIx32 ")\n", info != NULL ? info->name : "?",
			diag->rule);
		if (info != NULL) {
			fprintf(out, "  reference: %s\n", info->ref);
			fprintf(out, "  summary:   %s\n", info->summary);
		}
		fprintf(out, "  register:  x%u\n", (unsigned)diag->reg);
		fprintf(out, "  bits:      0x%" PRIx64 "%s\n", diag->bits,
			diag->bits == 0 ? " (not bit-shaped)" : "");
	}
}

int ffav_cli_cmd_check(int argc, char **argv, FILE *out, FILE *err)
{
	struct ffav_cli_explanation d;
	struct check_args ca;
	struct ffav_diag diag;
	int32_t status;
	int ret = parse_args(argc, argv, &ca, err);

	if (ret != FFAV_CLI_OK) {
		fprintf(err, "(ffa-validate check --help for usage)\n");
		return ret;
	}
	if (ca.help) {
		check_usage(out);
		return FFAV_CLI_OK;
	}
	status = ffav_check(&ca.caller, ca.regs, &diag);
	ffav_cli_explain(&ca.caller, ca.regs, &d);
	if (ca.json)
		print_json(out, &ca, &d, status, &diag);
	else
		print_text(out, &ca, &d, status, &diag);
	return status == FFAV_RET_SUCCESS ? FFAV_CLI_OK : FFAV_CLI_FAILED;
}
