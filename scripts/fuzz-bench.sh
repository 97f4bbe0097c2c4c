#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# The fuzzing benchmarks of docs/fuzzing.md §8 (figures, not tests). One core per target.
#
#   scripts/fuzz-bench.sh speed [SECONDS]      exec/s of fuzz_check, -fsanitize=fuzzer only
#                                              (no ASan/UBSan), -O2, from an empty corpus
#                                              with the dictionary (default 30 s)
#   scripts/fuzz-bench.sh stateful [SECONDS] [TARGET]
#                                              exec/s of each stateful target (fuzz_model,
#                                              fuzz_scenario, fuzz_vectors; or TARGET alone)
#                                              and of fuzz_check
#                                              side by side, one core each, both with ASan and
#                                              UBSan as the fuzz preset builds them, from their
#                                              seed corpora, SECONDS each (default 60); then the
#                                              ratios (aims: 1/30, 1/30 and 1/100)
#   scripts/fuzz-bench.sh coverage [SECONDS] [TARGET]
#                                              TARGET (fuzz_check, default, or fuzz_model)
#                                              from an empty corpus with the dictionary for
#                                              SECONDS (default 300), built with clang
#                                              source-based coverage; then the branch coverage
#                                              of the files it judges (fuzz_check: lib/'s
#                                              stateless checks; fuzz_model: lib/model*.c)
#                                              reached by the whole run, the time at which the
#                                              run first reached it, the branches left
#                                              uncovered, and the branch directions the
#                                              seed corpus takes that the run did not
#
# Builds go to build/fuzz-speed, build/fuzz-cov and build/fuzz (the fuzz preset); results and
# reports to out/bench/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUTDIR=$ROOT/out/bench
MODE=${1:-}
SECONDS_ARG=${2:-}
TARGET_ARG=${3:-}
PIN=()
command -v taskset >/dev/null && PIN=(taskset -c 0)
LLVM_PROFDATA=$(command -v llvm-profdata || command -v llvm-profdata-14)
LLVM_COV=$(command -v llvm-cov || command -v llvm-cov-14)
# lib/'s stateless checks: everything ffav_check()/ffav_canonical() run (not the models,
# not the response checker, not the string tables of rules.c).
STATELESS_RE='lib/(check|fid|frames|notif[a-z_]*|direct[a-z_]*)\.c$'
MODEL_RE='lib/model[a-z_]*\.c$'

configure() { # dir target extra-cmake-args...
	local dir=$1 target=$2
	shift 2
	cmake -S "$ROOT" -B "$dir" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Release \
		-DFFAV_BUILD_FUZZERS=ON -DFFAV_BUILD_REPLAY=OFF -DFFAV_BUILD_TESTS=OFF \
		-DFFAV_BUILD_CLI=OFF -DFFAV_SANITIZE=OFF -DFFAV_FUZZ_SANITIZERS= "$@" >/dev/null
	cmake --build "$dir" -j 1 --target "$target" >/dev/null
}

# The max_len of a target's options file.
max_len_of() { # target
	sed -n 's/^max_len *= *//p' "$ROOT/fuzz/$1.options"
}

speed() {
	local secs=${SECONDS_ARG:-30} dir=$ROOT/build/fuzz-speed work
	configure "$dir" fuzz_check
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

# One run of a target over a copy of its seeds, pinned to a core: its exec/s.
rate_of() { # binary target core seconds log
	local work
	work=$(mktemp -d)
	cp -r "$ROOT/build/fuzz/fuzz/seeds/$2/." "$work/"
	taskset -c "$3" "$1" -dict="$ROOT/fuzz/ffa.dict" -max_len="$(max_len_of "$2")" \
		-max_total_time="$4" -print_final_stats=1 "$work" >"$5" 2>&1 || true
	rm -rf "$work"
	sed -n 's/^stat::average_exec_per_sec: *//p' "$5"
}

stateful() {
	local secs=${SECONDS_ARG:-60} bin=$ROOT/build/fuzz/fuzz t c0=0 c1=1 check rate
	local targets=(fuzz_model fuzz_scenario fuzz_vectors)
	case $TARGET_ARG in
	'') ;;
	fuzz_model | fuzz_scenario | fuzz_vectors) targets=("$TARGET_ARG") ;;
	*) echo "fuzz-bench.sh stateful: TARGET is fuzz_model, fuzz_scenario or fuzz_vectors" >&2; exit 2 ;;
	esac
	command -v taskset >/dev/null || { echo "fuzz-bench.sh: needs taskset" >&2; exit 2; }
	[ "$(nproc)" -ge 2 ] || c1=0
	(cd "$ROOT" && cmake --preset fuzz >/dev/null)
	cmake --build "$ROOT/build/fuzz" -j "$(nproc)" --target fuzz_check fuzz_model \
		fuzz_scenario fuzz_vectors >/dev/null
	mkdir -p "$OUTDIR"
	echo "fuzz preset (ASan + UBSan, every invariant armed), seed corpora, ${secs}s, side by side:"
	printf '%-14s %10s %18s %8s %6s\n' target exec/s "fuzz_check exec/s" ratio aim
	for t in "${targets[@]}"; do
		rate_of "$bin/fuzz_check" fuzz_check "$c0" "$secs" "$OUTDIR/stateful-check-$t.log" \
			>"$OUTDIR/stateful-check-$t.rate" &
		rate=$(rate_of "$bin/$t" "$t" "$c1" "$secs" "$OUTDIR/stateful-$t.log")
		wait
		check=$(cat "$OUTDIR/stateful-check-$t.rate")
		rate=${rate:-0} check=${check:-0}
		printf '%-14s %10s %18s %8s %6s\n' "$t" "$rate" "$check" \
			"1/$(((check + rate / 2) / (rate > 0 ? rate : 1)))" \
			"$([ "$t" = fuzz_vectors ] && echo 1/100 || echo 1/30)"
	done | tee "$OUTDIR/stateful.txt"
	echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other jobs on the machine)"
}

# Branches of the judged files in a profile: "covered total".
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
print(cov, tot)' "$FILES_RE"
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
	local target=${TARGET_ARG:-fuzz_check}
	case $target in
	fuzz_check) FILES_RE=$STATELESS_RE ;;
	fuzz_model) FILES_RE=$MODEL_RE ;;
	*) echo "fuzz-bench.sh coverage: TARGET is fuzz_check or fuzz_model" >&2; exit 2 ;;
	esac
	configure "$dir" "$target" -DCMAKE_C_FLAGS="-fprofile-instr-generate -fcoverage-mapping"
	BIN=$dir/fuzz/$target
	mkdir -p "$OUTDIR"
	corpus=$OUTDIR/cov-corpus-$target
	rm -rf "$corpus"
	mkdir -p "$corpus"
	echo "$target, empty corpus + dictionary, ${secs}s, one core, coverage build:"
	start=$(date +%s.%N)
	# -reduce_inputs=0: a corpus file's mtime is then the time its coverage was found.
	LLVM_PROFILE_FILE=/dev/null "${PIN[@]}" "$BIN" -dict="$ROOT/fuzz/ffa.dict" \
		-max_len="$(max_len_of "$target")" -reduce_inputs=0 -max_total_time="$secs" \
		-print_final_stats=1 "$corpus" >"$OUTDIR/coverage-fuzz-$target.log" 2>&1
	grep -E 'stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' \
		"$OUTDIR/coverage-fuzz-$target.log"

	profile_of "$corpus" "$OUTDIR/all.profdata"
	read -r final total < <(branches_of "$OUTDIR/all.profdata")
	echo "branches of $FILES_RE covered by the whole run: $final of $total"

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
	mapfile -t srcs < <(ls "$ROOT"/lib/*.c | grep -E "$FILES_RE")
	"$LLVM_COV" report -show-branch-summary -instr-profile="$OUTDIR/all.profdata" "$BIN" \
		"${srcs[@]}" | tee "$OUTDIR/coverage-report-$target.txt"
	"$LLVM_COV" show -show-branches=count -instr-profile="$OUTDIR/all.profdata" "$BIN" \
		"${srcs[@]}" >"$OUTDIR/coverage-show-$target.txt"
	echo "branches never taken (file:line, from $OUTDIR/coverage-show-$target.txt):"
	awk '/^\/.*\.c:$/ { f = $0 } /Branch \(/ && (/True: 0,/ || /False: 0\]/) { print f, $0 }' \
		"$OUTDIR/coverage-show-$target.txt" | sed "s|$ROOT/||" | head -n 200

	# What the seed corpus (generated + committed, target fuzz-seeds) reaches that the run
	# did not: the branches a run from nothing had not found, as opposed to those no input
	# reaches.
	profile_of "$dir/fuzz/seeds/$target" "$OUTDIR/seeds.profdata"
	read -r got _ < <(branches_of "$OUTDIR/seeds.profdata")
	echo "the seed corpus ($(find "$dir/fuzz/seeds/$target" -type f | wc -l) inputs) covers $got of $total"
	"$LLVM_COV" show -show-branches=count -instr-profile="$OUTDIR/seeds.profdata" "$BIN" \
		"${srcs[@]}" >"$OUTDIR/coverage-show-seeds-$target.txt"
	python3 "$ROOT/scripts/branch-diff.py" "$OUTDIR/coverage-show-seeds-$target.txt" \
		"$OUTDIR/coverage-show-$target.txt" | sed "s|$ROOT/||"
}

case $MODE in
speed) speed ;;
stateful) stateful ;;
coverage) coverage ;;
*) sed -n '4,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
