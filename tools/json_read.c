/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Reading the JSON files: jansson parses, this file checks the shape and the values and
 * says where a problem is. Every message names the file, the line and column and the JSON
 * path ("groups[2].tests[5].regs[3]") of the value at fault. jansson keeps no positions
 * for values, so the position is found again by scanning the text along the path
 * (ffav_cli_locate); the document is parsed with JSON_REJECT_DUPLICATES, so a path names
 * one value only.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <string.h>

#include "ffav_cli.h"

/* ---- Positions -------------------------------------------------------------------------- */

struct scan {
	const char *s;
	size_t n;
	size_t i;
};

static void scan_ws(struct scan *sc)
{
	while (sc->i < sc->n && (sc->s[sc->i] == ' ' || sc->s[sc->i] == '\t' ||
				 sc->s[sc->i] == '\n' || sc->s[sc->i] == '\r'))
		sc->i++;
}

static bool scan_is(struct scan *sc, char c)
{
	scan_ws(sc);
	return sc->i < sc->n && sc->s[sc->i] == c;
}

/* At an opening quote: move past the closing one. */
static bool skip_string(struct scan *sc)
{
	sc->i++;
	while (sc->i < sc->n) {
		char c = sc->s[sc->i++];

		if (c == '\\')
			sc->i++;
		else if (c == '"')
			return true;
	}
	return false;
}

/* Move past one value (iteratively: nesting depth is counted, not recursed into). */
static bool skip_value(struct scan *sc)
{
	size_t depth = 0;

	scan_ws(sc);
	if (sc->i >= sc->n)
		return false;
	if (sc->s[sc->i] == '"')
		return skip_string(sc);
	if (sc->s[sc->i] != '{' && sc->s[sc->i] != '[') {
		while (sc->i < sc->n && strchr(",}] \t\r\n", sc->s[sc->i]) == NULL)
			sc->i++;
		return true;
	}
	while (sc->i < sc->n) {
		char c = sc->s[sc->i];

		if (c == '"') {
			if (!skip_string(sc))
				return false;
			continue;
		}
		sc->i++;
		if (c == '{' || c == '[') {
			depth++;
		} else if (c == '}' || c == ']') {
			if (--depth == 0)
				return true;
		}
	}
	return false;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* After a backslash in a string: the character escape e (and, for \u, the four hex digits
 * that follow) stands for; '\0' for a \u escape outside ASCII. */
static char unescape(struct scan *sc, char e)
{
	int v = 0;
	int j;

	switch (e) {
	case 'b':
		return '\b';
	case 'f':
		return '\f';
	case 'n':
		return '\n';
	case 'r':
		return '\r';
	case 't':
		return '\t';
	case 'u':
		for (j = 0; j < 4 && sc->i < sc->n; j++) {
			int d = hexval(sc->s[sc->i++]);

			v = v * 16 + (d < 0 ? 0 : d);
		}
		if (v >= 0x80)
			return '\0';
		return (char)v;
	default:
		return e;
	}
}

/* At an opening quote: read a key and say whether it equals want. Keys of the formats are
 * ASCII, so a key with a non-ASCII character (escaped or not) never matches. */
static bool key_matches(struct scan *sc, const char *want)
{
	size_t k = 0;
	bool same = true;

	sc->i++;
	while (sc->i < sc->n) {
		char c = sc->s[sc->i++];

		if (c == '"')
			return same && want[k] == '\0';
		if (c == '\\' && sc->i < sc->n) {
			char e = sc->s[sc->i++];

			c = unescape(sc, e);
		}
		if (c == '\0' || (unsigned char)c >= 0x80 || want[k] != c)
			same = false;
		else
			k++;
	}
	return false;
}

/* Enter object member `key` of the value at sc->i. */
static bool enter_key(struct scan *sc, const char *key)
{
	if (!scan_is(sc, '{'))
		return false;
	sc->i++;
	for (;;) {
		bool match;

		if (!scan_is(sc, '"'))
			return false;
		match = key_matches(sc, key);
		if (!scan_is(sc, ':'))
			return false;
		sc->i++;
		scan_ws(sc);
		if (match)
			return true;
		if (!skip_value(sc) || !scan_is(sc, ','))
			return false;
		sc->i++;
	}
}

/* Enter array element `index` of the value at sc->i. */
static bool enter_index(struct scan *sc, unsigned long index)
{
	unsigned long k;

	if (!scan_is(sc, '['))
		return false;
	sc->i++;
	if (scan_is(sc, ']'))
		return false;
	for (k = 0; k < index; k++) {
		if (!skip_value(sc) || !scan_is(sc, ','))
			return false;
		sc->i++;
	}
	scan_ws(sc);
	return sc->i < sc->n;
}

/* Line and column (1-based, in characters: UTF-8 continuation bytes do not count) of
 * data[at]. */
static void line_column(const char *data, size_t at, unsigned long *line, unsigned long *column)
{
	unsigned long l = 1;
	unsigned long c = 1;
	size_t k;

	for (k = 0; k < at; k++) {
		if (data[k] == '\n') {
			l++;
			c = 1;
		} else if (((unsigned char)data[k] & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*column = c;
}

bool ffav_cli_locate(const char *data, size_t len, const char *path, unsigned long *line,
		     unsigned long *column)
{
	struct scan sc = { data, len, 0 };
	const char *p = path;

	scan_ws(&sc);
	while (*p != '\0') {
		if (*p == '[') {
			unsigned long index = 0;

			for (p++; *p >= '0' && *p <= '9'; p++)
				index = index * 10 + (unsigned long)(*p - '0');
			if (*p != ']' || !enter_index(&sc, index))
				return false;
			p++;
		} else {
			char key[64];
			size_t n = 0;

			if (*p == '.')
				p++;
			while (*p != '\0' && *p != '.' && *p != '[' && n + 1 < sizeof(key))
				key[n++] = *p++;
			key[n] = '\0';
			if (!enter_key(&sc, key))
				return false;
		}
	}
	if (sc.i >= len)
		return false;
	line_column(data, sc.i, line, column);
	return true;
}

/* ---- Errors and paths ------------------------------------------------------------------- */

static void reader_init(struct ffav_cli_reader *r, const char *name, const char *data, size_t len,
			FILE *err)
{
	memset(r, 0, sizeof(*r));
	r->name = name;
	r->data = data;
	r->len = len;
	r->err = err;
}

bool ffav_cli_fail(struct ffav_cli_reader *r, const char *fmt, ...)
{
	va_list ap;

	if (r->failed)
		return false;
	r->failed = true;
	va_start(ap, fmt);
	/* the message and the path are display text: a long one is cut, never overflows */
	/* va_start() is just above: LLVM bug 41311, a clang-tidy run over several files misses
	 * va_start() in every file after the first. */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	(void)vsnprintf(r->message, sizeof(r->message), fmt, ap);
	va_end(ap);
	(void)snprintf(r->where, sizeof(r->where), "%s", r->path); /* same size: fits */
	if (!ffav_cli_locate(r->data, r->len, r->path, &r->line, &r->column)) {
		r->line = 0;
		r->column = 0;
	}
	if (r->err == NULL)
		return false;
	if (r->line != 0)
		fprintf(r->err, "%s:%lu:%lu: error: ", r->name, r->line, r->column);
	else
		fprintf(r->err, "%s: error: ", r->name);
	if (r->where[0] != '\0')
		fprintf(r->err, "%s: ", r->where);
	fprintf(r->err, "%s\n", r->message);
	return false;
}

size_t ffav_cli_push_key(struct ffav_cli_reader *r, const char *key)
{
	size_t old = r->path_len;
	int n = snprintf(r->path + old, sizeof(r->path) - old, "%s%s", old == 0 ? "" : ".", key);

	if (n > 0)
		r->path_len =
			old + (size_t)n < sizeof(r->path) ? old + (size_t)n : sizeof(r->path) - 1;
	return old;
}

size_t ffav_cli_push_index(struct ffav_cli_reader *r, size_t index)
{
	size_t old = r->path_len;
	int n = snprintf(r->path + old, sizeof(r->path) - old, "[%zu]", index);

	if (n > 0)
		r->path_len =
			old + (size_t)n < sizeof(r->path) ? old + (size_t)n : sizeof(r->path) - 1;
	return old;
}

void ffav_cli_pop(struct ffav_cli_reader *r, size_t old)
{
	r->path_len = old;
	r->path[old] = '\0';
}

const char *ffav_cli_type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return "an object";
	case JSON_ARRAY:
		return "an array";
	case JSON_STRING:
		return "a string";
	case JSON_INTEGER:
		return "an integer";
	case JSON_REAL:
		return "a real number";
	case JSON_TRUE:
		return "true";
	case JSON_FALSE:
		return "false";
	case JSON_NULL:
	default:
		return "null";
	}
}

json_t *ffav_cli_load(struct ffav_cli_reader *r, const char *name, const char *data, size_t len,
		      FILE *err)
{
	return ffav_cli_load_parsed(r, name, data, len, err, NULL);
}

void ffav_cli_parse(struct ffav_cli_doc *doc, const char *data, size_t len)
{
	doc->root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &doc->error);
}

json_t *ffav_cli_load_parsed(struct ffav_cli_reader *r, const char *name, const char *data,
			     size_t len, FILE *err, const struct ffav_cli_doc *doc)
{
	struct ffav_cli_doc here;
	const json_error_t *e;
	json_t *root;
	size_t i;

	reader_init(r, name, data, len, err);
	for (i = 0; i < len; i++) {
		if (strchr(" \t\r\n", data[i]) == NULL || data[i] == '\0')
			break;
	}
	if (i == len) {
		r->failed = true;
		(void)snprintf(r->message, sizeof(r->message),
			       "empty file (expected a JSON object)");
		if (err != NULL)
			fprintf(err, "%s: error: %s\n", name, r->message);
		return NULL;
	}
	if (doc == NULL) {
		ffav_cli_parse(&here, data, len);
		doc = &here;
		root = here.root;
	} else {
		root = json_incref(doc->root);
	}
	e = &doc->error;
	if (root == NULL) {
		r->failed = true;
		/* jansson's text is at most JSON_ERROR_TEXT_LENGTH (160): fits */
		(void)snprintf(r->message, sizeof(r->message), "invalid JSON: %s", e->text);
		r->line = e->line > 0 ? (unsigned long)e->line : 0;
		r->column = e->column > 0 ? (unsigned long)e->column : 0;
		if (err == NULL)
			return NULL;
		if (r->line != 0)
			fprintf(err, "%s:%lu:%lu: error: %s\n", name, r->line, r->column,
				r->message);
		else
			fprintf(err, "%s: error: %s\n", name, r->message);
		return NULL;
	}
	if (!json_is_object(root)) {
		ffav_cli_fail(r, "expected an object at the top level, got %s",
			      ffav_cli_type_name(root));
		json_decref(root);
		return NULL;
	}
	return root;
}

/* ---- Typed reads -------------------------------------------------------------------------- */

json_t *ffav_cli_member(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required)
{
	json_t *v = json_object_get(obj, key);

	if (v == NULL && required)
		ffav_cli_fail(r, "missing field \"%s\"", key);
	return v;
}

/* Member key of obj, with the path pointing at it: *old receives what to pop. NULL when
 * absent (an error if required). */
static json_t *enter(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
		     size_t *old)
{
	json_t *v = ffav_cli_member(r, obj, key, required);

	*old = r->path_len;
	if (v != NULL)
		*old = ffav_cli_push_key(r, key);
	return v;
}

static bool want_string(struct ffav_cli_reader *r, const json_t *v, const char *what)
{
	if (json_is_string(v))
		return true;
	return ffav_cli_fail(r, "expected %s (a string), got %s", what, ffav_cli_type_name(v));
}

bool ffav_cli_get_string(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
			 const char **out)
{
	size_t old;
	json_t *v = enter(r, obj, key, required, &old);
	bool ok;

	if (v == NULL)
		return !required;
	ok = want_string(r, v, key);
	if (ok)
		*out = json_string_value(v);
	ffav_cli_pop(r, old);
	return ok;
}

bool ffav_cli_get_array(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
			json_t **out)
{
	size_t old;
	json_t *v = enter(r, obj, key, required, &old);

	*out = NULL;
	if (v == NULL)
		return !required;
	if (!json_is_array(v)) {
		ffav_cli_fail(r, "expected an array, got %s", ffav_cli_type_name(v));
		ffav_cli_pop(r, old);
		return false;
	}
	ffav_cli_pop(r, old);
	*out = v;
	return true;
}

bool ffav_cli_want_object(struct ffav_cli_reader *r, const json_t *v, const char *what)
{
	if (json_is_object(v))
		return true;
	return ffav_cli_fail(r, "expected %s (an object), got %s", what, ffav_cli_type_name(v));
}

/* A register value at the current path: "0x" and 1..16 significant hex digits. */
static bool read_reg(struct ffav_cli_reader *r, const json_t *v, uint64_t *out)
{
	const char *s;

	if (!json_is_string(v))
		return ffav_cli_fail(
			r, "expected a register as a hex string such as \"0x8400007f\", got %s",
			ffav_cli_type_name(v));
	s = json_string_value(v);
	if (s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
		return ffav_cli_fail(r, "register \"%.40s\" is not a hex string starting with 0x",
				     s);
	if (!ffav_cli_u64_parse(s, false, out)) {
		const char *p = s + 2;
		bool hex = *p != '\0';

		for (; *p != '\0'; p++) {
			if (strchr("0123456789abcdefABCDEF", *p) == NULL)
				hex = false;
		}
		if (hex)
			return ffav_cli_fail(r, "register \"%.40s\" does not fit in 64 bits", s);
		return ffav_cli_fail(r, "register \"%.40s\" is not a valid hex number", s);
	}
	return true;
}

bool ffav_cli_get_regs(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
		       uint64_t regs[FFAV_NREGS], bool *present)
{
	size_t old;
	json_t *v = enter(r, obj, key, required, &old);
	size_t n;
	size_t i;

	if (present != NULL)
		*present = v != NULL;
	for (i = 0; i < FFAV_NREGS; i++)
		regs[i] = 0;
	if (v == NULL)
		return !required;
	if (!json_is_array(v)) {
		ffav_cli_fail(r, "expected an array of hex strings (x0, x1, ...), got %s",
			      ffav_cli_type_name(v));
		ffav_cli_pop(r, old);
		return false;
	}
	n = json_array_size(v);
	if (n > FFAV_NREGS) {
		ffav_cli_fail(r, "%zu registers given, at most %d (x0..x17)", n, FFAV_NREGS);
		ffav_cli_pop(r, old);
		return false;
	}
	for (i = 0; i < n; i++) {
		size_t o2 = ffav_cli_push_index(r, i);
		bool ok = read_reg(r, json_array_get(v, i), &regs[i]);

		ffav_cli_pop(r, o2);
		if (!ok)
			break;
	}
	ffav_cli_pop(r, old);
	return !r->failed;
}

bool ffav_cli_get_id(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
		     uint16_t *out)
{
	size_t old;
	json_t *v = enter(r, obj, key, required, &old);
	uint64_t id = 0;
	bool ok = true;

	if (v == NULL)
		return !required;
	if (json_is_integer(v)) {
		json_int_t i = json_integer_value(v);

		if (i < 0 || i > 0xFFFF)
			ok = ffav_cli_fail(r, "ID %" JSON_INTEGER_FORMAT " is not a 16-bit FF-A ID",
					   i);
		id = (uint64_t)i;
	} else if (json_is_string(v)) {
		const char *s = json_string_value(v);

		if (!ffav_cli_u64_parse(s, false, &id))
			ok = ffav_cli_fail(r, "ID \"%.40s\" is not a hex string such as \"0x8001\"",
					   s);
		else if (id > 0xFFFF)
			ok = ffav_cli_fail(r, "ID \"%.40s\" is not a 16-bit FF-A ID", s);
	} else {
		ok = ffav_cli_fail(r,
				   "expected an FF-A ID as a hex string such as \"0x8001\", got %s",
				   ffav_cli_type_name(v));
	}
	if (ok)
		*out = (uint16_t)id;
	ffav_cli_pop(r, old);
	return ok;
}

bool ffav_cli_get_version(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
			  uint32_t *out)
{
	size_t old;
	json_t *v = enter(r, obj, key, required, &old);
	bool ok = true;

	if (v == NULL)
		return !required;
	if (!want_string(r, v, "a version such as \"1.2\""))
		ok = false;
	else if (!ffav_cli_version_parse(json_string_value(v), out))
		ok = ffav_cli_fail(r, "version \"%.40s\" is not MAJOR.MINOR (\"1.0\" .. \"1.3\")",
				   json_string_value(v));
	ffav_cli_pop(r, old);
	return ok;
}

bool ffav_cli_get_role(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
		       enum ffav_role *out)
{
	size_t old;
	json_t *v = enter(r, obj, key, required, &old);
	bool ok = true;

	if (v == NULL)
		return !required;
	if (!want_string(r, v, "a role"))
		ok = false;
	else if (!ffav_cli_role_parse(json_string_value(v), out))
		ok = ffav_cli_fail(
			r, "unknown role \"%.40s\" (roles: host hypervisor vm sp spmc spmd)",
			json_string_value(v));
	ffav_cli_pop(r, old);
	return ok;
}

/* Policy: an array of names, or (project extension) hex masks such as "0x10" for bits this
 * library may not know, so that vectors can exercise CC_CALLER_POLICY. */
bool ffav_cli_get_policy(struct ffav_cli_reader *r, json_t *obj, const char *key, uint32_t *out)
{
	size_t old;
	json_t *v = enter(r, obj, key, false, &old);
	size_t i;

	*out = 0;
	if (v == NULL)
		return true;
	if (!json_is_array(v)) {
		ffav_cli_fail(r, "expected an array of policy names, got %s",
			      ffav_cli_type_name(v));
		ffav_cli_pop(r, old);
		return false;
	}
	for (i = 0; i < json_array_size(v) && !r->failed; i++) {
		size_t o2 = ffav_cli_push_index(r, i);
		json_t *e = json_array_get(v, i);
		uint32_t bit;
		uint64_t mask;

		if (!want_string(r, e, "a policy name")) {
			/* reported */
		} else if (ffav_cli_policy_parse(json_string_value(e), &bit)) {
			*out |= bit;
		} else if (ffav_cli_u64_parse(json_string_value(e), false, &mask) &&
			   mask <= 0xFFFFFFFFu) {
			*out |= (uint32_t)mask;
		} else {
			ffav_cli_fail(r,
				      "unknown policy \"%.40s\" (policies: reject-upper-halves "
				      "ignore-sbz no-per-vcpu endpoint-framework notif-extra-sp=N "
				      "notif-extra-vm=N, or a 32-bit hex mask)",
				      json_string_value(e));
		}
		ffav_cli_pop(r, o2);
	}
	ffav_cli_pop(r, old);
	return !r->failed;
}

bool ffav_cli_get_caller(struct ffav_cli_reader *r, json_t *obj, const char *key, bool required,
			 struct ffav_caller *out, bool *present)
{
	size_t old;
	json_t *v = enter(r, obj, key, required, &old);
	struct ffav_caller c;

	if (present != NULL)
		*present = v != NULL;
	if (v == NULL)
		return !required;
	memset(&c, 0, sizeof(c));
	if (ffav_cli_want_object(r, v, "a caller") &&
	    ffav_cli_get_role(r, v, "role", true, &c.role) &&
	    ffav_cli_get_id(r, v, "id", true, &c.id) &&
	    ffav_cli_get_version(r, v, "version", true, &c.version) &&
	    ffav_cli_get_policy(r, v, "policy", &c.policy))
		*out = c;
	ffav_cli_pop(r, old);
	return !r->failed;
}

bool ffav_cli_get_format(struct ffav_cli_reader *r, json_t *root, const char **format)
{
	if (!ffav_cli_get_string(r, root, "format", true, format))
		return false;
	if (strcmp(*format, FFAV_FORMAT_VECTORS) == 0 ||
	    strcmp(*format, FFAV_FORMAT_RESPONSES) == 0 ||
	    strcmp(*format, FFAV_FORMAT_SCENARIO) == 0)
		return true;
	ffav_cli_push_key(r, "format");
	return ffav_cli_fail(r, "unknown format \"%.60s\" (known: %s, %s, %s)", *format,
			     FFAV_FORMAT_VECTORS, FFAV_FORMAT_RESPONSES, FFAV_FORMAT_SCENARIO);
}

/* One status name at the current path, into mask. */
static bool read_status(struct ffav_cli_reader *r, const json_t *v, uint16_t *mask)
{
	int32_t status;

	if (!want_string(r, v, "a status name"))
		return false;
	if (!ffav_cli_status_parse(json_string_value(v), &status))
		return ffav_cli_fail(r,
				     "unknown status \"%.40s\" (statuses: SUCCESS NOT_SUPPORTED "
				     "INVALID_PARAMETERS NO_MEMORY BUSY INTERRUPTED DENIED RETRY "
				     "ABORTED NO_DATA NOT_READY)",
				     json_string_value(v));
	*mask |= ffav_cli_status_bit(status);
	return true;
}

static bool read_expect(struct ffav_cli_reader *r, json_t *obj, uint16_t *mask)
{
	size_t old;
	json_t *v = enter(r, obj, "expect", true, &old);

	*mask = 0;
	if (v == NULL)
		return false;
	if (json_is_array(v)) {
		size_t i;

		if (json_array_size(v) == 0)
			ffav_cli_fail(r, "empty list of expected statuses");
		for (i = 0; i < json_array_size(v) && !r->failed; i++) {
			size_t o2 = ffav_cli_push_index(r, i);

			read_status(r, json_array_get(v, i), mask);
			ffav_cli_pop(r, o2);
		}
	} else if (!json_is_string(v)) {
		ffav_cli_fail(r, "expected a status name or an array of names, got %s",
			      ffav_cli_type_name(v));
	} else {
		read_status(r, v, mask);
	}
	ffav_cli_pop(r, old);
	return !r->failed;
}

/* A rule name at the current path. */
static bool read_rule_name(struct ffav_cli_reader *r, const json_t *v, uint32_t *rule)
{
	const struct ffav_cli_rule *info;

	if (!want_string(r, v, "a rule name"))
		return false;
	info = ffav_cli_rule_by_name(json_string_value(v));
	if (info == NULL)
		return ffav_cli_fail(r, "unknown rule \"%.60s\" (see ffa-validate rules)",
				     json_string_value(v));
	*rule = info->id;
	return true;
}

size_t ffav_cli_exercises_count(const json_t *list)
{
	if (list == NULL)
		return 0;
	return json_is_array(list) ? json_array_size(list) : 1;
}

uint32_t ffav_cli_exercises_rule(const json_t *list, size_t i)
{
	const json_t *v = json_is_array(list) ? json_array_get(list, i) : list;
	const struct ffav_cli_rule *info = ffav_cli_rule_by_name(json_string_value(v));

	return info != NULL ? info->id : 0;
}

/* "register" (0..17) and "bits" (hex string): where the rule must be reported. Both need
 * "rule", since they say where that rule's field is. */
static bool read_where(struct ffav_cli_reader *r, json_t *obj, uint32_t rule,
		       struct ffav_cli_where *w)
{
	size_t old;
	json_t *v;

	memset(w, 0, sizeof(*w));
	v = enter(r, obj, "register", false, &old);
	if (v != NULL) {
		json_int_t n = json_is_integer(v) ? json_integer_value(v) : -1;

		if (rule == 0)
			ffav_cli_fail(
				r, "\"register\" says where a rule's field is: give \"rule\" too");
		else if (!json_is_integer(v) || n < 0 || n >= FFAV_NREGS)
			ffav_cli_fail(r, "expected a register number 0..17, got %s",
				      json_is_integer(v) ? "a number out of range"
							 : ffav_cli_type_name(v));
		w->has_reg = true;
		w->reg = (uint32_t)n;
		ffav_cli_pop(r, old);
		if (r->failed)
			return false;
	}
	v = enter(r, obj, "bits", false, &old);
	if (v != NULL) {
		if (rule == 0)
			ffav_cli_fail(r,
				      "\"bits\" says where a rule's field is: give \"rule\" too");
		else
			read_reg(r, v, &w->bits);
		w->has_bits = true;
		ffav_cli_pop(r, old);
	}
	return !r->failed;
}

bool ffav_cli_read_verdict(struct ffav_cli_reader *r, json_t *obj, uint16_t *expect, uint32_t *rule,
			   json_t **exercises, struct ffav_cli_where *where)
{
	size_t old;
	json_t *v;
	uint32_t dummy;

	*rule = 0;
	*exercises = NULL;
	if (!read_expect(r, obj, expect))
		return false;

	v = enter(r, obj, "rule", false, &old);
	if (v != NULL) {
		if (read_rule_name(r, v, rule)) {
			const struct ffav_cli_rule *info = ffav_cli_rule_by_id(*rule);

			if ((*expect & ffav_cli_status_bit(info->status)) == 0 ||
			    info->status == FFAV_RET_SUCCESS) {
				char want[160];

				ffav_cli_expect_format(*expect, want, sizeof(want));
				ffav_cli_fail(r,
					      "rule %s rejects with %s, which \"expect\" (%s) does "
					      "not list",
					      info->name, ffav_cli_status_name(info->status), want);
			}
		}
		ffav_cli_pop(r, old);
		if (r->failed)
			return false;
	}

	v = enter(r, obj, "exercises", false, &old);
	if (v != NULL) {
		if ((*expect & ffav_cli_status_bit(FFAV_RET_SUCCESS)) == 0) {
			ffav_cli_fail(r, "\"exercises\" names the rules a valid call passes, but "
					 "\"expect\" does not list SUCCESS");
		} else if (json_is_array(v)) {
			size_t i;

			if (json_array_size(v) == 0)
				ffav_cli_fail(r, "empty list of rules");
			for (i = 0; i < json_array_size(v) && !r->failed; i++) {
				size_t o2 = ffav_cli_push_index(r, i);

				read_rule_name(r, json_array_get(v, i), &dummy);
				ffav_cli_pop(r, o2);
			}
		} else if (json_is_string(v)) {
			read_rule_name(r, v, &dummy);
		} else {
			ffav_cli_fail(r, "expected a rule name or an array of names, got %s",
				      ffav_cli_type_name(v));
		}
		ffav_cli_pop(r, old);
		if (r->failed)
			return false;
		*exercises = v;
	}
	return read_where(r, obj, *rule, where);
}
