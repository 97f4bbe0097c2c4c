#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Coverage gate of lib/ (docs/design.md §8): build with gcc --coverage, run every test
# (ctest), write an lcov report with branch coverage restricted to lib/ (HTML under the
# build directory) and fail below FFAV_COV_MIN_LINES % of lines or FFAV_COV_MIN_BRANCHES %
# of branches.
#
#   scripts/coverage.sh [BUILD_DIR]        configure (if needed), build, test, report
#   scripts/coverage.sh --no-build BUILD   only zero, test and report (a preset built it)
#
# Cache variables of the build (what the `coverage` preset sets):
#   CMAKE_C_COMPILER=gcc  CMAKE_BUILD_TYPE=Debug  FFAV_COVERAGE=ON  FFAV_WERROR=ON
#   FFAV_BUILD_TESTS=ON   FFAV_BUILD_CLI=ON       FFAV_BUILD_REPLAY=ON
# Output: BUILD/coverage/lib.info (tracefile), BUILD/coverage/html/index.html, and the
# summary on stdout. Needs lcov 1.16 (Debian 12) and gcov of the same gcc.
set -euo pipefail

build=1
if [ "${1:-}" = "--no-build" ]; then
	build=0
	shift
fi
src=$(cd "$(dirname "$0")/.." && pwd)
bdir=${1:-$src/build/coverage}
min_lines=${FFAV_COV_MIN_LINES:-100}
min_branches=${FFAV_COV_MIN_BRANCHES:-95}
jobs=${FFAV_JOBS:-2}
rc=(--rc lcov_branch_coverage=1)

if [ $build = 1 ]; then
	cmake -S "$src" -B "$bdir" -DCMAKE_C_COMPILER=gcc -DCMAKE_BUILD_TYPE=Debug \
		-DFFAV_COVERAGE=ON -DFFAV_WERROR=ON >/dev/null
	cmake --build "$bdir" -j"$jobs"
fi
if ! grep -q '^FFAV_COVERAGE:BOOL=ON' "$bdir/CMakeCache.txt"; then
	echo "coverage.sh: $bdir is not a FFAV_COVERAGE=ON build" >&2
	exit 2
fi

out=$bdir/coverage
mkdir -p "$out"
lcov --quiet --zerocounters --directory "$bdir"
# Baseline of every compiled file, so that a file no test runs counts as 0%, not as absent.
quiet_perl() { "$@" 2> >(grep -v 'redefined at /usr/bin/geninfo' >&2); }
quiet_perl lcov --quiet "${rc[@]}" --capture --initial --directory "$bdir" \
	--base-directory "$src" --output-file "$out/base.info"
# A failing test does not stop the report (the gate is about lib/); it fails the script.
test_rc=0
ctest --test-dir "$bdir" --output-on-failure -j"$jobs" || test_rc=$?

# (Debian 12's geninfo prints "Subroutine ... redefined" perl warnings: noise, filtered.)
quiet_perl lcov --quiet "${rc[@]}" --capture --directory "$bdir" --base-directory "$src" \
	--output-file "$out/run.info"
lcov --quiet "${rc[@]}" --add-tracefile "$out/base.info" --add-tracefile "$out/run.info" \
	--output-file "$out/all.info"
lcov --quiet "${rc[@]}" --extract "$out/all.info" "$src/lib/*" --output-file "$out/lib.info"
genhtml --quiet "${rc[@]}" --branch-coverage --legend --title "libffa_validate lib/" \
	--prefix "$src" --output-directory "$out/html" "$out/lib.info"
lcov "${rc[@]}" --list "$out/lib.info" | sed 's|'"$src"'/||'
summary=$(lcov "${rc[@]}" --summary "$out/lib.info" 2>&1)
echo "$summary"

# "  lines......: 98.2% (110 of 112 lines)" -> hit and found counts, compared exactly.
counts() {
	echo "$summary" | sed -n "s/^ *$1\\.*: [0-9.]*% (\\([0-9]*\\) of \\([0-9]*\\) .*/\\1 \\2/p"
}
read -r lh lf <<<"$(counts lines)"
read -r bh bf <<<"$(counts branches)"
: "${lh:=0}" "${lf:=0}" "${bh:=0}" "${bf:=0}"
fail=0
# hit/found >= min/100  <=>  100*hit >= min*found (integer minimum percentages)
if [ "$lf" -eq 0 ] || [ $((100 * lh)) -lt $((min_lines * lf)) ]; then
	echo "coverage.sh: FAIL lines $lh/$lf below $min_lines%" >&2
	fail=1
fi
if [ "$bf" -eq 0 ] || [ $((100 * bh)) -lt $((min_branches * bf)) ]; then
	echo "coverage.sh: FAIL branches $bh/$bf below $min_branches%" >&2
	fail=1
fi
if [ $fail = 1 ]; then
	# Say what is missing: the uncovered lines of each file.
	awk -F'[:,]' '/^SF:/ { f = $2 } /^DA:/ && $3 == 0 { print "  not run: " f ":" $2 }' \
		"$out/lib.info" | sed 's|'"$src"'/||' >&2
fi
if [ $test_rc != 0 ]; then
	echo "coverage.sh: FAIL some tests failed (ctest exit $test_rc)" >&2
	fail=1
fi
echo "coverage.sh: lines $lh/$lf, branches $bh/$bf (gate: ${min_lines}% lines," \
	"${min_branches}% branches); HTML: $out/html/index.html"
exit $fail
