#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Benchmarks of docs/quality.md: for a valid and an invalid call of every covered
# ABI form, ffav_check() next to a minimal hand-written check of the same call
# (bench/baseline.c): nanoseconds per call (CLOCK_MONOTONIC, median of runs; noisy on a shared
# machine, printed, never asserted) and instructions per call under callgrind (repeatable).
# Then the reference models' cost per step. Prints a markdown table.
#
#   bench/run.sh [BUILD_DIR]        (default build/bench; FFAV_BENCH_ITERS, FFAV_BENCH_RUNS)
#
# Needs valgrind (callgrind, and its header for the client requests).
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
bdir=${1:-$src/build/bench}
iters=${FFAV_BENCH_ITERS:-1000000}
runs=${FFAV_BENCH_RUNS:-9}
cg_iters=${FFAV_BENCH_CG_ITERS:-1000}

cmake -S "$src" -B "$bdir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFFAV_BUILD_TESTS=OFF \
	-DFFAV_BUILD_CLI=OFF -DFFAV_BUILD_REPLAY=OFF >/dev/null
cmake --build "$bdir" -j2 --target ffav_bench >/dev/null
bin=$bdir/bench/ffav_bench
cc=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$bdir/CMakeCache.txt")
flags=$(sed -n 's/^CMAKE_C_FLAGS_RELWITHDEBINFO:[A-Z]*=//p' "$bdir/CMakeCache.txt")

timing=$(mktemp)
cgdir=$(mktemp -d)
trap 'rm -rf "$timing" "$cgdir"' EXIT
"$bin" --iters "$iters" --runs "$runs" >"$timing"

have_cg=0
if command -v valgrind >/dev/null; then
	valgrind --tool=callgrind --collect-atstart=yes --callgrind-out-file="$cgdir/cg.out" \
		"$bin" --callgrind --iters "$cg_iters" >"$cgdir/cases" 2>"$cgdir/valgrind.log" &&
		have_cg=1
fi
# name -> instructions per call, from each dump's "desc: Trigger: Client Request: NAME"
# and its "summary:"/"totals:" line (the first event is Ir).
irs=$cgdir/irs
: >"$irs"
if [ $have_cg = 1 ]; then
	for f in "$cgdir"/cg.out.*; do
		awk -v it="$cg_iters" '
			/^desc: Trigger: Client Request: / { name = $NF }
			/^(summary|totals): / { ir = $2 }
			END { if (name != "") printf "%s %.1f\n", name, ir / it }' "$f" >>"$irs"
	done
fi
ir() { awk -v n="$1" '$1 == n { print $2 }' "$irs"; }
model_calls() { awk -F'\t' -v i="$1" '$1 == "model" && $2 == i { print $5 }' "$cgdir/cases"; }

status() { # status code [rule]
	set -- "$1" "$(r="${2:-}"; echo "${r#-}")"
	case $1 in
	0) echo "SUCCESS" ;;
	-1) echo "NOT_SUPPORTED${2:+ ($2)}" ;;
	-2) echo "INVALID_PARAMETERS${2:+ ($2)}" ;;
	*) echo "$1${2:+ ($2)}" ;;
	esac
}

echo "Compiler: $cc $("$cc" -dumpversion) $flags; $(uname -m); $(nproc) CPUs."
echo "Time: median of $runs runs of $iters calls. Instructions: callgrind, $cg_iters calls;"
echo "both include the loop and the call (noop row)."
echo
echo "ffav_check: the call with its caller description; prepared: ffav_check_prepared() on the"
echo "description ffav_prepare() judged once (the same answers). Ratios: instructions / baseline's."
echo
echo "| ABI | call | ffav_check | baseline | ns ffav | ns prep | ns base | instr ffav | instr prep | instr base | ratio ffav | ratio prep |"
echo "|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
noop_ns=$(awk -F'\t' '$1 == "noop" { print $2 }' "$timing")
echo "| (noop) | loop + call of an empty check | | | $noop_ns | $noop_ns | $noop_ns | $(ir noop) | $(ir noop) | $(ir noop) | | |"
awk -F'\t' '$1 == "case"' "$timing" | while IFS=$'\t' read -r _ i abi what lib rule base nsl nsb nsp; do
	il=$(ir "lib:$i")
	ip=$(ir "prep:$i")
	ib=$(ir "base:$i")
	ratio=""
	rprep=""
	[ -n "$il" ] && [ -n "$ib" ] && ratio=$(awk -v a="$il" -v b="$ib" 'BEGIN { printf "%.2f", a / b }')
	[ -n "$ip" ] && [ -n "$ib" ] && rprep=$(awk -v a="$ip" -v b="$ib" 'BEGIN { printf "%.2f", a / b }')
	mark=""
	if { [ "$lib" = 0 ] && [ "$base" != 0 ]; } || { [ "$lib" != 0 ] && [ "$base" = 0 ]; }; then
		mark=" ≠"
	fi
	echo "| $abi | $what | $(status "$lib" "$rule")$mark | $(status "$base") | $nsl | $nsp | $nsb | ${il:--} | ${ip:--} | ${ib:--} | ${ratio:--} | ${rprep:--} |"
done
echo
echo "| model cycle | statuses of one pass | ns per step | instr per step |"
echo "|---|---|---:|---:|"
awk -F'\t' '$1 == "model"' "$timing" | while IFS=$'\t' read -r _ i name st ns; do
	n=$(model_calls "$i")
	irm=$(ir "model:$i")
	per=""
	[ -n "$irm" ] && [ -n "$n" ] && per=$(awk -v a="$irm" -v it="$cg_iters" -v n="$n" 'BEGIN { printf "%.1f", a * it / n }')
	echo "| $name | $st | $ns | ${per:--} |"
done
[ $have_cg = 1 ] || echo "(valgrind not found or failed: no instruction counts)"
