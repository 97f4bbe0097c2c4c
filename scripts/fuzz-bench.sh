#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# The fuzzing benchmarks of docs/fuzzing.md §8 (figures, not tests). One core throughout.
#
#   scripts/fuzz-bench.sh speed [SECONDS]      exec/s of fuzz_check, -fsanitize=fuzzer only
#                                              (no ASan/UBSan), -O2, from an empty corpus
#                                              with the dictionary (default 30 s)
#   scripts/fuzz-bench.sh coverage [SECONDS]   fuzz_check from an empty corpus with the
#                                              dictionary for SECONDS (default 300), built
#                                              with clang source-based coverage; then the
#                                              branch coverage of lib/'s stateless checks
#                                              reached by the whole run, the time at which
#                                              the run first reached it, and the branches
#                                              left uncovered
#
# Builds go to build/fuzz-speed and build/fuzz-cov; results and reports to out/bench/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUTDIR=$ROOT/out/bench
MODE=${1:-}
SECONDS_ARG=${2:-}
PIN=()
command -v taskset >/dev/null && PIN=(taskset -c 0)
LLVM_PROFDATA=$(command -v llvm-profdata || command -v llvm-profdata-14)
LLVM_COV=$(command -v llvm-cov || command -v llvm-cov-14)
# lib/'s stateless checks: everything ffav_check()/ffav_canonical() run (not the models,
# not the response checker, not the string tables of rules.c).
STATELESS_RE='lib/(check|fid|frames|notif[a-z_]*|direct[a-z_]*)\.c$'

configure() { # dir extra-cmake-args...
	local dir=$1
	shift
	cmake -S "$ROOT" -B "$dir" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Release \
		-DFFAV_BUILD_FUZZERS=ON -DFFAV_BUILD_REPLAY=OFF -DFFAV_BUILD_TESTS=OFF \
		-DFFAV_BUILD_CLI=OFF -DFFAV_SANITIZE=OFF -DFFAV_FUZZ_SANITIZERS= "$@" >/dev/null
	cmake --build "$dir" -j 1 --target fuzz_check >/dev/null
}

speed() {
	local secs=${SECONDS_ARG:-30} dir=$ROOT/build/fuzz-speed work
	configure "$dir"
	mkdir -p "$OUTDIR"
	work=$(mktemp -d)
	echo "fuzz_check, -fsanitize=fuzzer only, -O2, one core, ${secs}s from an empty corpus:"
	"${PIN[@]}" "$dir/fuzz/fuzz_check" -dict="$ROOT/fuzz/ffa.dict" -max_len=160 \
		-max_total_time="$secs" -print_final_stats=1 "$work" 2>&1 |
		tee "$OUTDIR/speed.log" | grep -E 'stat::(number_of_executed_units|average_exec_per_sec)'
	echo "and starting from the seed corpus, ${secs}s:"
	rm -rf "$work" && mkdir -p "$work"
	cp -r "$dir/fuzz/seeds/fuzz_check/." "$work/" # generated + committed (target fuzz-seeds)
	"${PIN[@]}" "$dir/fuzz/fuzz_check" -dict="$ROOT/fuzz/ffa.dict" -max_len=160 \
		-max_total_time="$secs" -print_final_stats=1 "$work" 2>&1 |
		tee -a "$OUTDIR/speed.log" | grep -E 'stat::average_exec_per_sec'
	# The machine's ceiling: libFuzzer itself, with a target that does nothing.
	printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
		'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
		'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
		>"$work/empty.c"
	clang -O2 -fsanitize=fuzzer "$work/empty.c" -o "$work/empty"
	mkdir -p "$work/ec"
	echo "baseline, an empty target (libFuzzer alone), ${secs}s:"
	"${PIN[@]}" "$work/empty" -max_len=160 -max_total_time="$secs" -print_final_stats=1 \
		"$work/ec" 2>&1 | tee -a "$OUTDIR/speed.log" | grep -E 'stat::average_exec_per_sec'
	rm -rf "$work"
	echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other jobs on the machine)"
}

# Branches of the stateless files in a profile: "covered total".
branches_of() { # profdata
	"$LLVM_COV" export -summary-only -instr-profile="$1" "$BIN" 2>/dev/null |
		python3 -c '
import json, re, sys
d = json.load(sys.stdin)
cov = tot = 0
for f in d["data"][0]["files"]:
    if re.search(sys.argv[1], f["filename"]):
        b = f["summary"]["branches"]
        cov += b["covered"]; tot += b["count"]
print(cov, tot)' "$STATELESS_RE"
}

profile_of() { # dir-with-inputs out.profdata
	local raw
	raw=$(mktemp --suffix=.profraw)
	LLVM_PROFILE_FILE=$raw "$BIN" -runs=0 "$1" >/dev/null 2>&1
	"$LLVM_PROFDATA" merge -sparse "$raw" -o "$2"
	rm -f "$raw"
}

coverage() {
	local secs=${SECONDS_ARG:-300} dir=$ROOT/build/fuzz-cov corpus start
	configure "$dir" -DCMAKE_C_FLAGS="-fprofile-instr-generate -fcoverage-mapping"
	BIN=$dir/fuzz/fuzz_check
	mkdir -p "$OUTDIR"
	corpus=$OUTDIR/cov-corpus
	rm -rf "$corpus"
	mkdir -p "$corpus"
	echo "fuzz_check, empty corpus + dictionary, ${secs}s, one core, coverage build:"
	start=$(date +%s.%N)
	# -reduce_inputs=0: a corpus file's mtime is then the time its coverage was found.
	LLVM_PROFILE_FILE=/dev/null "${PIN[@]}" "$BIN" -dict="$ROOT/fuzz/ffa.dict" \
		-max_len=160 -reduce_inputs=0 -max_total_time="$secs" -print_final_stats=1 \
		"$corpus" >"$OUTDIR/coverage-fuzz.log" 2>&1
	grep -E 'stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' \
		"$OUTDIR/coverage-fuzz.log"

	profile_of "$corpus" "$OUTDIR/all.profdata"
	read -r final total < <(branches_of "$OUTDIR/all.profdata")
	echo "stateless branches covered by the whole run: $final of $total"

	# The earliest prefix of the corpus (by mtime) that covers as much: binary search.
	mapfile -t files < <(find "$corpus" -type f -printf '%T@ %p\n' | sort -n | cut -d' ' -f2-)
	local lo=1 hi=${#files[@]} mid prefix got
	prefix=$(mktemp -d)
	while [ "$lo" -lt "$hi" ]; do
		mid=$(((lo + hi) / 2))
		rm -rf "$prefix" && mkdir -p "$prefix"
		cp "${files[@]:0:$mid}" "$prefix/"
		profile_of "$prefix" "$OUTDIR/prefix.profdata"
		read -r got _ < <(branches_of "$OUTDIR/prefix.profdata")
		if [ "$got" -ge "$final" ]; then hi=$mid; else lo=$((mid + 1)); fi
	done
	rm -rf "$prefix"
	python3 -c 'import os,sys; print("reached after %.1f s (input %d of %d)" %
		(os.stat(sys.argv[1]).st_mtime - float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))' \
		"${files[$((lo - 1))]}" "$start" "$lo" "${#files[@]}"

	# The report, and the branches never taken (to judge whether they are reachable).
	mapfile -t srcs < <(ls "$ROOT"/lib/*.c | grep -E "$STATELESS_RE")
	"$LLVM_COV" report -show-branch-summary -instr-profile="$OUTDIR/all.profdata" "$BIN" \
		"${srcs[@]}" | tee "$OUTDIR/coverage-report.txt"
	"$LLVM_COV" show -show-branches=count -instr-profile="$OUTDIR/all.profdata" "$BIN" \
		"${srcs[@]}" >"$OUTDIR/coverage-show.txt"
	echo "branches never taken (file:line, from $OUTDIR/coverage-show.txt):"
	awk '/^\/.*\.c:$/ { f = $0 } /Branch \(/ && (/True: 0,/ || /False: 0\]/) { print f, $0 }' \
		"$OUTDIR/coverage-show.txt" | sed "s|$ROOT/||" | head -n 60
}

case $MODE in
speed) speed ;;
coverage) coverage ;;
*) sed -n '4,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
