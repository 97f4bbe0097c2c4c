/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * The body of fuzz_vectors and fuzz_scenario: one of the command's buffer readers
 * (tools/ffav_cli.h) on any bytes.
 *
 * Input layout: the whole input is the file's contents (JSON, or not).
 *
 * Invariants (abort on violation; ASan/LSan catch memory errors and leaks):
 *  1. the answer is FFAV_CLI_OK, FFAV_CLI_FAILED or FFAV_CLI_BAD_INPUT;
 *  2. OK means no test failed; FAILED means at least one did;
 *  3. determinism across output modes: the text run (results and diagnostics written to
 *     /dev/null, verbose when the input length is odd) and the JSON run (results
 *     collected into an array) give the same answer and the same pass/fail counts, and the
 *     JSON run appends exactly one object for the file;
 *  4. the input is never written (libFuzzer checks that too).
 */
#ifndef FFAV_FUZZ_READER_H
#define FFAV_FUZZ_READER_H

#include "fuzz_common.h"
#include "ffav_cli.h"

typedef int (*fz_reader_fn)(const char *, const char *, size_t, struct ffav_cli_out *);

static FILE *fz_devnull(void)
{
	static FILE *f;

	if (f == NULL)
		f = fopen("/dev/null", "w");
	FZ_ASSERT(f != NULL, "cannot open /dev/null");
	return f;
}

static int fz_run_reader(fz_reader_fn reader, const uint8_t *data, size_t size)
{
	struct ffav_cli_out text, js;
	int rc_text, rc_json;

	memset(&text, 0, sizeof(text));
	text.out = fz_devnull();
	text.err = fz_devnull();
	text.verbose = (size & 1u) != 0;
	rc_text = reader("fuzz-input.json", (const char *)data, size, &text);
	FZ_ASSERT(rc_text == FFAV_CLI_OK || rc_text == FFAV_CLI_FAILED ||
			  rc_text == FFAV_CLI_BAD_INPUT,
		  "reader answered %d", rc_text);
	FZ_ASSERT(rc_text != FFAV_CLI_OK || text.failed == 0, "OK with %lu failed tests",
		  text.failed);
	FZ_ASSERT(rc_text != FFAV_CLI_FAILED || text.failed > 0, "FAILED without a failed test");

	memset(&js, 0, sizeof(js));
	js.json = true;
	js.files = json_array();
	FZ_ASSERT(js.files != NULL, "json_array() failed");
	rc_json = reader("fuzz-input.json", (const char *)data, size, &js);
	FZ_ASSERT(rc_json == rc_text && js.passed == text.passed && js.failed == text.failed,
		  "text run %d (%lu passed, %lu failed), JSON run %d (%lu passed, %lu failed)",
		  rc_text, text.passed, text.failed, rc_json, js.passed, js.failed);
	FZ_ASSERT(json_array_size(js.files) == 1, "JSON run appended %zu objects",
		  json_array_size(js.files));
	json_decref(js.files);
	return 0;
}

#endif /* FFAV_FUZZ_READER_H */
