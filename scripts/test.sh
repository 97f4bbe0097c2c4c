#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# The whole test suite, as CI runs it (the README's test command). Every stage runs even when
# an earlier one fails; the last line counts the tests that passed and failed over all stages.
#
#   scripts/test.sh            everything
#   scripts/test.sh STAGE...   only those stages (names below)
set -uo pipefail
cd "$(dirname "$0")/.."

STAGES=(default asan aarch64 release freestanding kernel-like real-linux install fuzz coverage mutation
	verify static-analysis)
[[ $# -gt 0 ]] && STAGES=("$@")

logdir=build/test-logs
mkdir -p "$logdir"
passed=0
failed=0
failed_stages=()

# A ctest-based stage adds its test counts; any other stage counts as one test.
count_stage() { # stage log rc
	local line
	line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$2" | tail -n 1)
	if [[ -n $line ]]; then
		local bad total
		bad=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
		total=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
		passed=$((passed + total - bad))
		failed=$((failed + bad))
		if [[ $3 -ne 0 && $bad -eq 0 ]]; then
			failed=$((failed + 1)) # the stage failed outside its tests (build, configure)
		fi
	elif [[ $3 -eq 0 ]]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
	fi
	[[ $3 -ne 0 ]] && failed_stages+=("$1")
	return 0
}

run_stage() {
	local stage=$1 rc
	local log=$logdir/$stage.log
	echo "==> stage $stage (log: $log)"
	case $stage in
	default | asan | aarch64 | release)
		cmake --workflow --preset "$stage" >"$log" 2>&1
		rc=$?
		;;
	coverage)
		# gcc --coverage build, every test, lcov report of lib/: 100% lines, 95% branches.
		{ cmake --workflow --preset coverage &&
			bash scripts/coverage.sh --no-build build/coverage; } >"$log" 2>&1
		rc=$?
		;;
	static-analysis)
		# clang-tidy, cppcheck and clang-format over the project: 0 findings.
		bash scripts/static-analysis.sh >"$log" 2>&1
		rc=$?
		;;
	verify)
		# Frama-C EVA over every entry point with unknown inputs: 0 alarms.
		bash scripts/verify.sh build/verify >"$log" 2>&1
		rc=$?
		;;
	fuzz)
		# The libFuzzer build generates the seeds and replays them under ctest (with
		# fuzz.seeds-check: committed seeds are not generator output, the generator is
		# deterministic), then every target fuzzes for a short bounded time (docs/fuzzing.md).
		{ cmake --workflow --preset fuzz &&
			bash scripts/fuzz.sh --no-build --build-dir build/fuzz --ci "${FFAV_FUZZ_CI_SECONDS:-30}"; } >"$log" 2>&1
		rc=$?
		;;
	freestanding | install)
		bash "scripts/$stage-check.sh" >"$log" 2>&1
		rc=$?
		;;
	kernel-like)
		bash scripts/kernel-like-build.sh >"$log" 2>&1
		rc=$?
		;;
	real-linux)
		# pKVM in Debian's Linux 6.12 tree (linux-source-6.12): import --pkvm, nvhe/ built
		# with W=1 and CONFIG_WERROR=y by gcc and clang, against a baseline without it.
		bash scripts/real-tree-linux.sh >"$log" 2>&1
		rc=$?
		;;
	mutation)
		# The CI-sized mutation gate of lib/ (docs/quality.md): a fixed stratified sample,
		# score >= 95%, about 8 minutes on 2 cores.
		bash scripts/mutation-gate.sh >"$log" 2>&1
		rc=$?
		;;
	*)
		echo "unknown stage: $stage" >"$log"
		rc=2
		;;
	esac
	grep -E 'tests passed|FAIL|Error|error:|freestanding\[|lines\.\.|branches\.|alarms|passed, [0-9]+ failed|mutate.py: [0-9]+ killed|^  survived|kvm_nvhe.o (text|undefined)|real-tree-linux:' "$log" |
		tail -n 8 | sed 's/^/    /'
	echo "    stage $stage: $([[ $rc -eq 0 ]] && echo ok || echo "FAILED (rc=$rc)")"
	count_stage "$stage" "$log" "$rc"
}

for s in "${STAGES[@]}"; do
	run_stage "$s"
done

if ((${#failed_stages[@]})); then
	echo "failed stages: ${failed_stages[*]}"
fi
echo "suite: $passed passed, $failed failed"
[[ $failed -eq 0 && ${#failed_stages[@]} -eq 0 ]]
