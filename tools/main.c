/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* ffa-validate: the command's entry point. Everything else is in ffav_cli_main(). */
#include "ffav_cli.h"

int main(int argc, char **argv)
{
	return ffav_cli_main(argc, argv, stdout, stderr);
}
