/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * fuzz_vectors: the command's vector-file reader, ffav_cli_run_vectors_parsed()
 * ("ffa-validate-vectors/1" and "ffa-validate-responses/1" files).
 *
 * Input layout: the whole input is the file (JSON or not). Invariants: fuzz/fuzz_reader.h.
 */
#include "fuzz_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fz_run_reader(ffav_cli_run_vectors_parsed, data, size);
}
