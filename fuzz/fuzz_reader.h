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
 *     JSON run appends exactly one object for the file; both runs read one parse of the
 *     input (ffav_cli_parse(): the document or the syntax error), and neither may change
 *     it: each run's answer is the same whichever of them runs first (checked by running
 *     the text run again when the last byte is a multiple of 16);
 *  4. the input is never written (libFuzzer checks that too).
 */
#ifndef FFAV_FUZZ_READER_H
#define FFAV_FUZZ_READER_H

#include "fuzz_common.h"
#include "ffav_cli.h"

typedef int (*fz_reader_fn)(const char *, const char *, size_t, const struct ffav_cli_doc *,
			    struct ffav_cli_out *);

/* ---- jansson's memory: an arena per input ------------------------------ */

/* Parsing an input and building the JSON run's results makes thousands of small jansson
 * allocations; through ASan's allocator (quarantine, stack depot) they took about half of
 * the time of fuzz_scenario and fuzz_vectors (docs/fuzzing.md, Profile). jansson allocates
 * from this arena instead (json_set_alloc_funcs()), emptied before every input. ASan still
 * sees every block: each is unpoisoned when handed out and poisoned when freed, between
 * blocks lies a poisoned red zone, and what the last input used is poisoned again, so
 * overflows and uses after free of jansson's memory by the readers are reported as before.
 * A block that does not fit comes from malloc(). */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FZ_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(FZ_ASAN)
#define FZ_ASAN 1
#endif
#ifdef FZ_ASAN
#include <sanitizer/asan_interface.h>
#define FZ_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define FZ_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define FZ_POISON(p, n) ((void)(p), (void)(n))
#define FZ_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define FZ_ARENA_SIZE (64u << 20)
#define FZ_ARENA_ALIGN 16u /* a header of this size holds the block's size; as large a red zone */

static unsigned char *fz_arena;
static size_t fz_arena_used;

static void *fz_arena_alloc(size_t n)
{
	size_t payload = (n + FZ_ARENA_ALIGN - 1) & ~(size_t)(FZ_ARENA_ALIGN - 1);
	size_t need = FZ_ARENA_ALIGN + payload + FZ_ARENA_ALIGN;
	unsigned char *block;

	if (payload < n || need > FZ_ARENA_SIZE - fz_arena_used)
		return malloc(n);
	block = fz_arena + fz_arena_used;
	fz_arena_used += need;
	FZ_UNPOISON(block, FZ_ARENA_ALIGN);
	memcpy(block, &n, sizeof(n));
	FZ_POISON(block, FZ_ARENA_ALIGN);
	FZ_UNPOISON(block + FZ_ARENA_ALIGN, n);
	return block + FZ_ARENA_ALIGN;
}

static void fz_arena_free(void *p)
{
	unsigned char *b = p;
	size_t n;

	if (b == NULL)
		return;
	if (b < fz_arena || b >= fz_arena + FZ_ARENA_SIZE) {
		free(p);
		return;
	}
	FZ_UNPOISON(b - FZ_ARENA_ALIGN, FZ_ARENA_ALIGN);
	memcpy(&n, b - FZ_ARENA_ALIGN, sizeof(n));
	FZ_POISON(b - FZ_ARENA_ALIGN, FZ_ARENA_ALIGN + n);
}

/* Before each input: everything of the last one is gone (the readers free all they take). */
static void fz_arena_reset(void)
{
	if (fz_arena == NULL) {
		fz_arena = malloc(FZ_ARENA_SIZE);
		FZ_ASSERT(fz_arena != NULL, "no memory for the arena");
		FZ_POISON(fz_arena, FZ_ARENA_SIZE);
		json_set_alloc_funcs(fz_arena_alloc, fz_arena_free);
	}
	FZ_POISON(fz_arena, fz_arena_used);
	fz_arena_used = 0;
}

static FILE *fz_devnull(void)
{
	static FILE *f;

	if (f == NULL)
		f = fopen("/dev/null", "w");
	FZ_ASSERT(f != NULL, "cannot open /dev/null");
	return f;
}

static int fz_text_run(fz_reader_fn reader, const uint8_t *data, size_t size,
		       const struct ffav_cli_doc *doc, struct ffav_cli_out *text)
{
	memset(text, 0, sizeof(*text));
	text->out = fz_devnull();
	text->err = fz_devnull();
	text->verbose = (size & 1u) != 0;
	return reader("fuzz-input.json", (const char *)data, size, doc, text);
}

static int fz_run_reader(fz_reader_fn reader, const uint8_t *data, size_t size)
{
	struct ffav_cli_out text, js, again;
	int rc_text, rc_json;
	struct ffav_cli_doc doc;

	fz_arena_reset();
	/* One parse for both runs, a syntax error included: jansson's parse was most of the time
	 * of both targets. */
	ffav_cli_parse(&doc, (const char *)data, size);
	rc_text = fz_text_run(reader, data, size, &doc, &text);
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
	rc_json = reader("fuzz-input.json", (const char *)data, size, &doc, &js);
	FZ_ASSERT(rc_json == rc_text && js.passed == text.passed && js.failed == text.failed,
		  "text run %d (%lu passed, %lu failed), JSON run %d (%lu passed, %lu failed)",
		  rc_text, text.passed, text.failed, rc_json, js.passed, js.failed);
	FZ_ASSERT(json_array_size(js.files) == 1, "JSON run appended %zu objects",
		  json_array_size(js.files));
	json_decref(js.files);
	if (size > 0 && data[size - 1] % 16u == 0) {
		int rc_again = fz_text_run(reader, data, size, &doc, &again);
		FZ_ASSERT(rc_again == rc_text && again.passed == text.passed &&
				  again.failed == text.failed,
			  "text run after the JSON run: %d (%lu passed, %lu failed), before: %d",
			  rc_again, again.passed, again.failed, rc_text);
	}
	json_decref(doc.root);
	return 0;
}

#endif /* FFAV_FUZZ_READER_H */
