/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* ffa-validate: the subcommands and the global help. */
#include <string.h>

#include "ffav_cli.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: ffa-validate COMMAND [OPTIONS] [ARGS]\n"
		"\n"
		"Validate Arm FF-A notification and direct-message calls with libffa_validate "
		"%d.%d.%d.\n"
		"\n"
		"commands:\n"
		"  check X0 [X1 ...]   decode one call and judge it (rule, spec reference, bits)\n"
		"  vectors FILE...     run vector files (ffa-validate-vectors/1, -responses/1)\n"
		"  scenario FILE...    run scenario files (ffa-validate-scenario/1) through the "
		"models\n"
		"  rules               list the rules and how many corpus tests exercise each\n"
		"\n"
		"  ffa-validate COMMAND --help    options of a command\n"
		"  ffa-validate --version         the library version\n"
		"\n"
		"Exit status: 0 success (valid call, all tests passed), 1 rejected call or failed\n"
		"test, 2 bad usage or malformed input. See docs/cli.md.\n",
		FFAV_LIB_VERSION_MAJOR, FFAV_LIB_VERSION_MINOR, FFAV_LIB_VERSION_PATCH);
}

int ffav_cli_main(int argc, char **argv, FILE *out, FILE *err)
{
	const char *cmd;

	if (argc < 2) {
		usage(err);
		return FFAV_CLI_BAD_INPUT;
	}
	cmd = argv[1];
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
		usage(out);
		return FFAV_CLI_OK;
	}
	if (strcmp(cmd, "--version") == 0) {
		fprintf(out, "ffa-validate (libffa_validate) %d.%d.%d\n", FFAV_LIB_VERSION_MAJOR,
			FFAV_LIB_VERSION_MINOR, FFAV_LIB_VERSION_PATCH);
		return FFAV_CLI_OK;
	}
	if (strcmp(cmd, "check") == 0)
		return ffav_cli_cmd_check(argc - 1, argv + 1, out, err);
	if (strcmp(cmd, "vectors") == 0)
		return ffav_cli_cmd_vectors(argc - 1, argv + 1, out, err);
	if (strcmp(cmd, "scenario") == 0)
		return ffav_cli_cmd_scenario(argc - 1, argv + 1, out, err);
	if (strcmp(cmd, "rules") == 0)
		return ffav_cli_cmd_rules(argc - 1, argv + 1, out, err);
	fprintf(err,
		"ffa-validate: unknown command '%s' (commands: check vectors scenario rules)\n",
		cmd);
	return FFAV_CLI_BAD_INPUT;
}
