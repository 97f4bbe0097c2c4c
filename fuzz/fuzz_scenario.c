/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * fuzz_scenario: the command's scenario reader, ffav_cli_run_scenario_parsed()
 * ("ffa-validate-scenario/1" files, run through the models).
 *
 * Input layout: the whole input is the file (JSON or not). Invariants: fuzz/fuzz_reader.h.
 */
#include "fuzz_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fz_run_reader(ffav_cli_run_scenario_parsed, data, size);
}
