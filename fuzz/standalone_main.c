/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * A main() for the fuzz targets without libFuzzer: any compiler (gcc included) builds each
 * target with it and the test suite replays the target's seed corpus, so every test run
 * checks every seed against every invariant.
 *
 *   fuzz_check_replay [-random=N] [-seed=S] [-min-inputs=K] PATH...
 *
 * PATH is a file or a directory (its regular files, not recursive, in name order). Each
 * input is run through LLVMFuzzerTestOneInput(); a broken invariant aborts. -random=N then
 * also runs N pseudo-random inputs (a fixed xorshift sequence from -seed, half of them
 * mutations of the corpus inputs), a cheap smoke test that needs no fuzzing engine.
 * -min-inputs=K fails when fewer than K files were found (an empty corpus is a setup
 * error, not a pass). Exit status 0 when every input ran.
 */
/* _POSIX_C_SOURCE (stat, opendir) is defined by fuzz/CMakeLists.txt for this file. */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

#define MAX_INPUT (1u << 20) /* libFuzzer's default -max_len is far below this */

struct blob {
	uint8_t *data;
	size_t size;
};

static struct blob *inputs;
static size_t n_inputs, cap_inputs;

static void die(const char *what, const char *path)
{
	fprintf(stderr, "replay: %s: %s: %s\n", what, path, strerror(errno));
	exit(2);
}

static void load_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	struct blob b;
	long len = 0;

	if (f == NULL)
		die("cannot open", path);
	if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
		die("cannot size", path);
	if ((unsigned long)len > MAX_INPUT) {
		fprintf(stderr, "replay: %s: %ld bytes, over %u\n", path, len, MAX_INPUT);
		exit(2);
	}
	b.size = (size_t)len;
	b.data = malloc(b.size + 1);
	if (b.data == NULL || fread(b.data, 1, b.size, f) != b.size)
		die("cannot read", path);
	if (fclose(f) != 0)
		die("cannot close", path);
	if (n_inputs == cap_inputs) {
		cap_inputs = cap_inputs ? 2 * cap_inputs : 256;
		inputs = realloc(inputs, cap_inputs * sizeof(*inputs));
		if (inputs == NULL)
			die("out of memory", path);
	}
	inputs[n_inputs++] = b;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_path(const char *path)
{
	struct stat st;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	DIR *dir;

	if (stat(path, &st) != 0)
		die("cannot stat", path);
	if (!S_ISDIR(st.st_mode)) {
		load_file(path);
		return;
	}
	dir = opendir(path);
	if (dir == NULL)
		die("cannot open directory", path);
	while ((e = readdir(dir)) != NULL) {
		size_t len = strlen(path) + strlen(e->d_name) + 2;
		char *full;

		if (e->d_name[0] == '.')
			continue;
		full = malloc(len);
		if (full == NULL)
			die("out of memory", path);
		if (snprintf(full, len, "%s/%s", path, e->d_name) != (int)(len - 1))
			die("cannot name an entry of", path);
		if (stat(full, &st) != 0 || !S_ISREG(st.st_mode)) {
			free(full);
			continue;
		}
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			names = realloc(names, cap * sizeof(*names));
			if (names == NULL)
				die("out of memory", path);
		}
		names[n++] = full;
	}
	closedir(dir);
	if (n > 0)
		qsort(names, n, sizeof(*names), by_name);
	for (i = 0; i < n; i++) {
		load_file(names[i]);
		free(names[i]);
	}
	free(names);
}

static uint64_t rng_state;

static uint64_t rng(void)
{
	uint64_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	rng_state = x;
	return x;
}

/* N inputs: random bytes, or a corpus input with a few bytes changed, bytes inserted or
 * the tail cut. */
static void run_random(unsigned long n)
{
	uint8_t *buf = malloc(4096);
	unsigned long i;

	if (buf == NULL)
		die("out of memory", "-random");
	for (i = 0; i < n; i++) {
		size_t size, k;

		if (n_inputs > 0 && (rng() & 1) != 0) {
			const struct blob *b = &inputs[rng() % n_inputs];
			size_t changes;

			size = b->size < 4096 ? b->size : 4096;
			memcpy(buf, b->data, size);
			changes = 1 + rng() % 4;
			for (k = 0; k < changes && size > 0; k++) {
				size_t at = rng() % size;

				switch (rng() % 4) {
				case 0:
					buf[at] ^= (uint8_t)(1u << (rng() % 8));
					break;
				case 1:
					buf[at] = (uint8_t)rng();
					break;
				case 2:
					size = at + 1;
					break;
				default:
					buf[at] = (uint8_t)(rng() % 2 ? 0x00 : 0xFF);
					break;
				}
			}
		} else {
			size = (size_t)(rng() % 400);
			for (k = 0; k < size; k++)
				buf[k] = (uint8_t)rng();
		}
		LLVMFuzzerTestOneInput(buf, size);
	}
	free(buf);
}

int main(int argc, char **argv)
{
	unsigned long random_runs = 0, min_inputs = 0;
	size_t i;
	int a;

	rng_state = 0x9E3779B97F4A7C15ull;
	if (LLVMFuzzerInitialize != NULL)
		LLVMFuzzerInitialize(&argc, &argv);
	for (a = 1; a < argc; a++) {
		if (strncmp(argv[a], "-random=", 8) == 0)
			random_runs = strtoul(argv[a] + 8, NULL, 0);
		else if (strncmp(argv[a], "-seed=", 6) == 0)
			rng_state = strtoull(argv[a] + 6, NULL, 0) | 1u;
		else if (strncmp(argv[a], "-min-inputs=", 12) == 0)
			min_inputs = strtoul(argv[a] + 12, NULL, 0);
		else if (argv[a][0] == '-')
			fprintf(stderr, "replay: ignoring libFuzzer-style flag %s\n", argv[a]);
		else
			load_path(argv[a]);
	}
	if (n_inputs < min_inputs) {
		fprintf(stderr, "replay: %zu inputs found, expected at least %lu\n", n_inputs,
			min_inputs);
		return 1;
	}
	LLVMFuzzerTestOneInput((const uint8_t *)"", 0);
	for (i = 0; i < n_inputs; i++)
		LLVMFuzzerTestOneInput(inputs[i].data, inputs[i].size);
	run_random(random_runs);
	printf("replay: %zu corpus inputs and %lu random inputs ran clean\n", n_inputs,
	       random_runs);
	for (i = 0; i < n_inputs; i++)
		free(inputs[i].data);
	free(inputs);
	return 0;
}
