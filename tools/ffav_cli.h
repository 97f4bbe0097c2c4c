/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The ffa-validate command (hosted, jansson): what its files share, and the entry points a
 * test or a fuzzer calls without going through main().
 *
 * The files call downwards only, in this order (no file calls one above it, no two call
 * each other):
 *
 *   main.c            main(): ffav_cli_main() on stdout and stderr
 *   cli.c             the global options and the dispatch to a subcommand
 *   cmd_check.c       `check`        (explain.c)
 *   cmd_vectors.c     `vectors`      (vector_file.c, run_files.c, report.c)
 *   cmd_scenario.c    `scenario`     (scenario_file.c, run_files.c, report.c)
 *   cmd_rules.c       `rules`        (vector_file.c, scenario_file.c, run_files.c)
 *   run_files.c       the file loop and options of `vectors` and `scenario`; reading a file
 *   report.c          results: failure lines, summaries, the JSON document
 *   vector_file.c     reading vector and response files whole
 *   scenario_file.c   reading scenario files whole
 *   explain.c         a call field by field, for `check`
 *   json_read.c       typed reads of JSON values, with the file position of every error
 *   names.c           names and numbers both ways: rules, statuses, roles, policies, ...
 *
 * This header declares them bottom-up (types before their users).
 *
 * Every reader takes a buffer, never a file name alone, so that it can be fuzzed: give it
 * any bytes, it answers FFAV_CLI_OK, FFAV_CLI_FAILED or FFAV_CLI_BAD_INPUT, prints what is
 * wrong to the streams of struct ffav_cli_out (NULL streams: silent), frees everything it
 * allocated and never asserts.
 */
#ifndef FFAV_CLI_H
#define FFAV_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <jansson.h>

#include "ffa_validate.h"
#include "ffa_validate_model.h"

/* Exit codes of the command, and return values of the runners below. */
#define FFAV_CLI_OK 0	     /* valid call / every test passed */
#define FFAV_CLI_FAILED 1    /* call rejected / at least one test failed */
#define FFAV_CLI_BAD_INPUT 2 /* usage error, unreadable or malformed input */

/* The file formats (docs/cli.md, "File formats"). */
#define FFAV_FORMAT_VECTORS "ffa-validate-vectors/1"
#define FFAV_FORMAT_RESPONSES "ffa-validate-responses/1"
#define FFAV_FORMAT_SCENARIO "ffa-validate-scenario/1"

/* Where a run writes, and what it has counted so far (summed over files). */
struct ffav_cli_out {
	FILE *out;     /* results (text, or the JSON document); NULL: silent */
	FILE *err;     /* diagnostics about the input; NULL: silent */
	bool json;     /* collect results into files instead of printing text */
	bool verbose;  /* text mode: also one line per passing test */
	json_t *files; /* json mode: array receiving one object per file (owned by the caller) */
	unsigned long passed;
	unsigned long failed;
};

/* ---- Names and numbers (names.c) -------------------------------------------------------- */

/* The rule table, from FFAV_RULES() (independent of FFAV_NO_STRINGS). */
struct ffav_cli_rule {
	const char *name;
	uint32_t id;
	int32_t status;
	const char *ref;
	const char *summary;
};
extern const struct ffav_cli_rule ffav_cli_rules[];
extern const size_t ffav_cli_nrules;
const struct ffav_cli_rule *ffav_cli_rule_by_id(uint32_t id);	     /* NULL if unknown */
const struct ffav_cli_rule *ffav_cli_rule_by_name(const char *name); /* NULL if unknown */

/* Status names, FF-A numbering: 0 (SUCCESS) .. -10 (NOT_READY). */
#define FFAV_CLI_NSTATUS 11
const char *ffav_cli_status_name(int32_t status); /* "UNKNOWN_STATUS" for others */
bool ffav_cli_status_parse(const char *name, int32_t *status);

const char *ffav_cli_role_name(enum ffav_role role);
bool ffav_cli_role_parse(const char *name, enum ffav_role *role);

/* One policy name ("ignore-sbz") to its bit; false if unknown. */
bool ffav_cli_policy_parse(const char *name, uint32_t *bit);
/* Policy bits as "reject-upper-halves,ignore-sbz" (or "none"); unknown bits in hex. */
void ffav_cli_policy_format(uint32_t policy, char *buf, size_t size);
extern const char *const ffav_cli_policy_names[4]; /* index = bit number */

/* "1.2" -> FFAV_VERSION(1, 2). Any MAJOR.MINOR in decimal (major <= 0x7FFF, minor <=
 * 0xFFFF) is accepted: whether the library judges it is the library's answer. */
bool ffav_cli_version_parse(const char *text, uint32_t *version);
void ffav_cli_version_format(uint32_t version, char *buf, size_t size);

/* Partition property names (docs/cli.md, "File formats") to FFAV_PROP_* bits. */
bool ffav_cli_property_parse(const char *name, uint32_t *bit);

/* A register: "0x..." hex, or (when decimal_ok) decimal. Rejects empty, signs, junk and
 * values above 2^64-1. */
bool ffav_cli_u64_parse(const char *text, bool decimal_ok, uint64_t *value);

/* "a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8" -> the REQ2 x2/x3 encoding
 * (DEN0077A v1.3 Table 15.15: a little-endian load of the 16 bytes). */
bool ffav_cli_uuid_parse(const char *text, uint64_t *x2, uint64_t *x3);
void ffav_cli_uuid_format(uint64_t x2, uint64_t x3, char buf[37]);

/* Name of the FF-A function w0 names, in either width ("FFA_VERSION" for 0x84000063 and
 * 0xC4000063), from FFAV_FUNCTIONS(); NULL when w0 is no FF-A function ID (not a fast
 * call, other owner, reserved bits set, or a number outside 0x60..0x97 or reserved). */
const char *ffav_cli_function_name(uint32_t fid);

/* Mask helpers for expect. */
static inline uint16_t ffav_cli_status_bit(int32_t status)
{
	return status <= 0 && status > -FFAV_CLI_NSTATUS ? (uint16_t)(1u << (unsigned)-status) : 0;
}
/* "INVALID_PARAMETERS" or "[NOT_SUPPORTED, DENIED]". */
void ffav_cli_expect_format(uint16_t mask, char *buf, size_t size);

/* The last component of a path, for summary lines. */
const char *ffav_cli_basename(const char *path);

/* ---- Reading JSON files with a path for every message (json_read.c) -------------------- */

#define FFAV_CLI_PATH_MAX 160
struct ffav_cli_reader {
	const char *name; /* file name */
	const char *data; /* the whole file, for positions */
	size_t len;
	FILE *err;
	char path[FFAV_CLI_PATH_MAX]; /* JSON path of the value being read, "" = root */
	size_t path_len;
	bool failed; /* an error was reported; later ones are dropped */
	/* the error, for the JSON output */
	char message[320];
	char where[FFAV_CLI_PATH_MAX];
	unsigned long line;
	unsigned long column;
};

/* Parse data with jansson. On a syntax error (or an empty file) report it with jansson's
 * line and column and return NULL. */
json_t *ffav_cli_load(struct ffav_cli_reader *r, const char *name, const char *data, size_t len,
		      FILE *err);
/* What json_loadb() made of a file: the document (NULL on a syntax error) or the error. */
struct ffav_cli_doc {
	json_t *root;
	json_error_t error;
};
/* Parse data as ffav_cli_load() does (the caller json_decref()s doc->root). */
void ffav_cli_parse(struct ffav_cli_doc *doc, const char *data, size_t len);
/* ffav_cli_load() on a file parsed already by ffav_cli_parse() (doc is borrowed: a new
 * reference is returned), or on data parsed here when doc is NULL. */
json_t *ffav_cli_load_parsed(struct ffav_cli_reader *r, const char *name, const char *data,
			     size_t len, FILE *err, const struct ffav_cli_doc *doc);

/* Report an error at the current path (first one only); always returns false. */
bool ffav_cli_fail(struct ffav_cli_reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Path steps: push returns the old length, to give back to ffav_cli_pop. */
size_t ffav_cli_push_key(struct ffav_cli_reader *r, const char *key);
size_t ffav_cli_push_index(struct ffav_cli_reader *r, size_t index);
void ffav_cli_pop(struct ffav_cli_reader *r, size_t old);

/* Line and column (1-based, columns in characters) of the value at a path such as
 * "groups[2].tests[5].regs[3]" in a document jansson accepted; false if not found. */
bool ffav_cli_locate(const char *data, size_t len, const char *path, unsigned long *line,
		     unsigned long *column);

const char *ffav_cli_type_name(const json_t *v);

/* Typed reads of member `key` of object obj. Each points the path at the value, checks its
 * type and range, reports an error there and returns false when it is wrong. An optional
 * member that is absent leaves *out as it was (or zero, for registers and policies) and
 * returns true, with *present = false when present is given. */
json_t *ffav_cli_member(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required);
bool ffav_cli_want_object(struct ffav_cli_reader *r, const json_t *v, const char *what);
bool ffav_cli_get_string(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
			 const char **out);
bool ffav_cli_get_array(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
			json_t **out);
/* Registers: an array of at most 18 hex strings ("0x8400007f"); missing ones are 0. */
bool ffav_cli_get_regs(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
		       uint64_t regs[FFAV_NREGS], bool *present);
/* An FF-A ID: a hex string ("0x8001") or an integer, at most 0xFFFF. */
bool ffav_cli_get_id(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
		     uint16_t *out);
bool ffav_cli_get_version(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
			  uint32_t *out);
bool ffav_cli_get_role(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
		       enum ffav_role *out);
/* An array of policy names or (extension) 32-bit hex masks; absent: 0. */
bool ffav_cli_get_policy(struct ffav_cli_reader *r, json_t *obj, const char *key, uint32_t *out);
/* A caller object {role, id, version, policy (optional)}. */
bool ffav_cli_get_caller(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
			 struct ffav_caller *out, bool *present);
/* "format", which must be one of the three known. */
bool ffav_cli_get_format(struct ffav_cli_reader *r, json_t *root, const char **format);
/* Extension "register" and "bits" (docs/vector-format.md): where the rule must be reported,
 * the register number and the mask of the offending bits, each optional. */
struct ffav_cli_where {
	bool has_reg;
	bool has_bits;
	uint32_t reg;
	uint64_t bits;
};
/* "expect" (a status name or an array of names -> mask of ffav_cli_status_bit()), "rule"
 * (optional rule name -> ID, 0 when absent) and "exercises" (optional rule name or array
 * of names, kept as the JSON value), checked against each other: the rule's status must be
 * an expected one, and "exercises" goes only on tests that may succeed; then "register" and
 * "bits" (optional, both need "rule") into *where. */
bool ffav_cli_read_verdict(struct ffav_cli_reader *r, json_t *obj, uint16_t *expect, uint32_t *rule,
			   json_t **exercises, struct ffav_cli_where *where);
/* The rules an "exercises" value names (validated by ffav_cli_read_verdict). */
size_t ffav_cli_exercises_count(const json_t *list);
uint32_t ffav_cli_exercises_rule(const json_t *list, size_t i);

/* ---- Explaining a call field by field, for `check` (explain.c) ------------------------- */

#define FFAV_CLI_MAX_FIELDS 48
struct ffav_cli_field {
	char loc[16];	  /* "w1[31:16]", "x3", "w3,w4" */
	const char *name; /* "sender" */
	uint64_t value;
	char note[112]; /* what the value means, or "" */
};
struct ffav_cli_explanation {
	uint32_t fid;	   /* w0 with the SVE hint cleared */
	const char *name;  /* ABI or FF-A function name, or NULL when not FF-A */
	enum ffav_abi abi; /* FFAV_ABI_NONE when not covered */
	bool smc64;
	bool sve_hint;
	unsigned int n;
	struct ffav_cli_field f[FFAV_CLI_MAX_FIELDS];
};
/* What each register of the call holds, for display; the verdict stays ffav_check()'s. */
void ffav_cli_explain(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
		      struct ffav_cli_explanation *d);

/* ---- Vector and response files, read whole (vector_file.c) ------------------------------ */

/* One test. */
struct ffav_cli_vector {
	const char *id;		      /* borrowed from the JSON document */
	char path[FFAV_CLI_PATH_MAX]; /* "groups[2].tests[5]" */
	struct ffav_caller caller;
	uint64_t regs[FFAV_NREGS];
	uint64_t response[FFAV_NREGS];
	uint16_t expect;
	uint32_t rule;
	struct ffav_cli_where where;
	json_t *exercises; /* borrowed, or NULL */
};

struct ffav_cli_vector_file {
	bool responses; /* "ffa-validate-responses/1" */
	const char *format;
	const char *title;
	size_t n;
	size_t cap;
	struct ffav_cli_vector *tests;
};

/* Read and check a whole vector or response file (root already loaded, its format read):
 * every test, their callers, and that test IDs are unique. False: error reported on r.
 * Free vf with ffav_cli_vector_file_free() in both cases. */
bool ffav_cli_read_vectors(struct ffav_cli_reader *r, json_t *root, const char *format,
			   struct ffav_cli_vector_file *vf);
void ffav_cli_vector_file_free(struct ffav_cli_vector_file *vf);

/* ---- Scenario files, read whole (scenario_file.c) ---------------------------------------- */

/* One step. */
struct ffav_cli_step {
	const char *id;		      /* optional name of the step, borrowed */
	char path[FFAV_CLI_PATH_MAX]; /* "steps[4]" */
	uint16_t caller;
	uint16_t cpu;	   /* extension "cpu": the physical CPU of the call (default 0) */
	bool event;	   /* extension "event": "rx-buffer-full" instead of a call */
	uint16_t receiver; /* the event's receiver */
	uint64_t regs[FFAV_NREGS];
	bool has_returns;
	uint64_t returns[FFAV_NREGS];
	uint16_t expect;
	uint32_t rule;
	struct ffav_cli_where where;
	json_t *exercises;
};

struct ffav_cli_scenario {
	const char *title;
	uint32_t policy;
	uint8_t n_endpoints;
	struct ffav_endpoint_desc endpoints[FFAV_MODEL_MAX_ENDPOINTS];
	size_t n_steps;
	struct ffav_cli_step *steps;
};

/* Read and check a whole scenario file (root already loaded): endpoints (within the models'
 * limits, no ID twice), steps (by declared endpoints). False: error reported on r. Free sf
 * with ffav_cli_scenario_free() in both cases. */
bool ffav_cli_read_scenario(struct ffav_cli_reader *r, json_t *root, struct ffav_cli_scenario *sf);
void ffav_cli_scenario_free(struct ffav_cli_scenario *sf);

/* ---- Reporting results (report.c) ------------------------------------------------------ */

/* One file's run. */
struct ffav_cli_file_run {
	struct ffav_cli_out *o;
	const char *name;
	json_t *obj;   /* json mode: the file's object (appended to o->files at the end) */
	json_t *tests; /* json mode: its "tests" array */
	unsigned long passed;
	unsigned long failed;
};

/* What a test or step answered, and what it was expected to. */
struct ffav_cli_outcome {
	const char *id;	  /* test id, or NULL for scenario steps */
	const char *path; /* "groups[0].tests[3]" / "steps[4]" */
	uint16_t expect;  /* mask of accepted statuses */
	uint32_t want_rule;
	struct ffav_cli_where want_where;
	int32_t got;
	struct ffav_diag diag;
	const char *extra; /* further reason for a failure (returns mismatch), or NULL */
};

void ffav_cli_file_begin(struct ffav_cli_file_run *fr, struct ffav_cli_out *o, const char *name,
			 const char *format, const char *title);
/* Record one outcome; returns true when it passed (status and rule match, no extra). */
bool ffav_cli_file_result(struct ffav_cli_file_run *fr, const struct ffav_cli_outcome *oc);
/* Close the file: summary line (text) or object (json), totals into o. */
int ffav_cli_file_end(struct ffav_cli_file_run *fr);
/* A file that could not be run: the reader's error (or a message) in the json output, and
 * "name: error" as its text summary. */
void ffav_cli_file_error(struct ffav_cli_out *o, const char *name, const struct ffav_cli_reader *r,
			 const char *message);
/* "N passed, M failed" (text) or the whole document (json). */
void ffav_cli_print_total(struct ffav_cli_out *o, const char *command);

/* ---- Running a list of files (run_files.c) ---------------------------------------------- */

/* Whole file into memory (NUL-terminated too); FFAV_CLI_OK or FFAV_CLI_BAD_INPUT with a
 * message on err. */
int ffav_cli_read_file(const char *path, char **data, size_t *len, FILE *err);

/* Options shared by `vectors` and `scenario`, then run every file with run(). */
int ffav_cli_run_files(int argc, char **argv, FILE *out, FILE *err, const char *command,
		       void (*usage)(FILE *),
		       int (*run)(const char *, const char *, size_t, struct ffav_cli_out *));

/* ---- The subcommands' entry points (cmd_*.c) -------------------------------------------- */

/* Run one vector file ("ffa-validate-vectors/1" or "ffa-validate-responses/1") held in
 * data[0..len) (no terminating NUL needed); name is used in messages. Adds the results
 * to o (text: failure lines and the file's summary line; json: one object appended to
 * o->files). Returns FFAV_CLI_OK, FFAV_CLI_FAILED or FFAV_CLI_BAD_INPUT. */
int ffav_cli_run_vectors_buffer(const char *name, const char *data, size_t len,
				struct ffav_cli_out *o);
/* The same with data parsed already (ffav_cli_parse(); NULL: parse it here), so that a caller
 * running one file in several output modes parses it once. */
int ffav_cli_run_vectors_parsed(const char *name, const char *data, size_t len,
				const struct ffav_cli_doc *doc, struct ffav_cli_out *o);

/* The same for one scenario file ("ffa-validate-scenario/1"), run through the models of
 * ffa_validate_model.h. */
int ffav_cli_run_scenario_buffer(const char *name, const char *data, size_t len,
				 struct ffav_cli_out *o);
int ffav_cli_run_scenario_parsed(const char *name, const char *data, size_t len,
				 const struct ffav_cli_doc *doc, struct ffav_cli_out *o);

/* How many tests or steps name each rule, per kind of file. */
enum ffav_cli_kind { FFAV_KIND_VECTORS, FFAV_KIND_SCENARIO, FFAV_KIND_RESPONSES, FFAV_KIND_COUNT };
struct ffav_cli_rule_count {
	uint32_t rule;
	unsigned long valid[FFAV_KIND_COUNT];	/* tests/steps listing it in "exercises" */
	unsigned long invalid[FFAV_KIND_COUNT]; /* tests/steps naming it in "rule" */
};

/* Read one file of any of the three formats from a buffer and add its "exercises" and
 * "rule" tags to counts[0..n) (one entry per rule, rule IDs filled in by the caller).
 * Returns FFAV_CLI_OK or FFAV_CLI_BAD_INPUT (message on err, may be NULL). */
int ffav_cli_count_rules_buffer(const char *name, const char *data, size_t len,
				struct ffav_cli_rule_count *counts, size_t n, FILE *err);

/* The subcommands (argv[0] is the subcommand's name). */
int ffav_cli_cmd_check(int argc, char **argv, FILE *out, FILE *err);
int ffav_cli_cmd_vectors(int argc, char **argv, FILE *out, FILE *err);
int ffav_cli_cmd_scenario(int argc, char **argv, FILE *out, FILE *err);
int ffav_cli_cmd_rules(int argc, char **argv, FILE *out, FILE *err);

/* ---- The command (cli.c) ---------------------------------------------------------------- */

/* The whole command: argv[0] is the program name. Output to out, diagnostics to err. */
int ffav_cli_main(int argc, char **argv, FILE *out, FILE *err);

#endif /* FFAV_CLI_H */
