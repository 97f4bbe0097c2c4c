/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Running a list of files, shared by `vectors` and `scenario`: their common options
 * (--json, --verbose), each file read whole into memory and handed to the command's
 * buffer runner, and the total at the end (report.c).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ffav_cli.h"

int ffav_cli_read_file(const char *path, char **data, size_t *len, FILE *err)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 4096;
	size_t n = 0;
	char *buf;

	*data = NULL;
	*len = 0;
	if (f == NULL) {
		if (err != NULL)
			fprintf(err, "%s: error: cannot open: %s\n", path, strerror(errno));
		return FFAV_CLI_BAD_INPUT;
	}
	errno = 0;
	buf = malloc(cap + 1);
	while (buf != NULL) {
		size_t got = fread(buf + n, 1, cap - n, f);

		n += got;
		if (n < cap)
			break;
		if (cap > ((size_t)1 << 30)) {
			free(buf);
			buf = NULL;
			errno = EFBIG;
			break;
		}
		{
			char *bigger = realloc(buf, cap * 2 + 1);

			if (bigger == NULL) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = bigger;
			cap *= 2;
		}
	}
	if (buf == NULL || ferror(f)) {
		int e = errno != 0 ? errno : EIO;

		if (err != NULL)
			fprintf(err, "%s: error: cannot read: %s\n", path, strerror(e));
		free(buf);
		(void)fclose(f); /* already failing; a read-only stream has nothing to flush */
		return FFAV_CLI_BAD_INPUT;
	}
	(void)fclose(f); /* read-only: nothing to flush, ferror() above judged the read */
	buf[n] = '\0';
	*data = buf;
	*len = n;
	return FFAV_CLI_OK;
}

int ffav_cli_run_files(int argc, char **argv, FILE *out, FILE *err, const char *command,
		       void (*usage)(FILE *),
		       int (*run)(const char *, const char *, size_t, struct ffav_cli_out *))
{
	struct ffav_cli_out o;
	int nfiles = 0;
	int worst = FFAV_CLI_OK;
	bool options = true;
	int i;

	memset(&o, 0, sizeof(o));
	o.out = out;
	o.err = err;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (options && a[0] == '-' && a[1] != '\0') {
			if (strcmp(a, "--") == 0) {
				options = false;
			} else if (strcmp(a, "--json") == 0) {
				o.json = true;
			} else if (strcmp(a, "--verbose") == 0 || strcmp(a, "-v") == 0) {
				o.verbose = true;
			} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
				usage(out);
				return FFAV_CLI_OK;
			} else {
				fprintf(err, "ffa-validate %s: unknown option '%s'\n", command, a);
				usage(err);
				return FFAV_CLI_BAD_INPUT;
			}
			continue;
		}
		nfiles++;
	}
	if (nfiles == 0) {
		fprintf(err, "ffa-validate %s: no file given\n", command);
		usage(err);
		return FFAV_CLI_BAD_INPUT;
	}
	if (o.json)
		o.files = json_array();
	options = true;
	for (i = 1; i < argc; i++) {
		char *data;
		size_t len;
		int ret;

		if (options && argv[i][0] == '-' && argv[i][1] != '\0') {
			options = strcmp(argv[i], "--") != 0;
			continue;
		}
		/* keep the streams in order when both go to one log */
		fflush(out);
		if (ffav_cli_read_file(argv[i], &data, &len, err) != FFAV_CLI_OK) {
			ffav_cli_file_error(&o, argv[i], NULL, "cannot read the file");
			worst = FFAV_CLI_BAD_INPUT;
			continue;
		}
		ret = run(argv[i], data, len, &o);
		free(data);
		fflush(err);
		if (ret > worst)
			worst = ret;
	}
	ffav_cli_print_total(&o, command);
	json_decref(o.files);
	if (worst == FFAV_CLI_OK && o.failed != 0)
		worst = FFAV_CLI_FAILED;
	return worst;
}
