#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Frama-C EVA on libffa_validate (docs/verification.md). Each driver of
# verify/eva_*.c calls public entry points on fully unknown inputs; EVA must finish with
# 0 alarms, every assertion of the driver valid, no warning of the analyser, and nothing
# unproven in the Report plugin's CSV. Any of these fails the script.
#
#   scripts/verify.sh [OUT_DIR] [DRIVER...]     (default build/verify, every driver)
#
# Needs frama-c-base (Debian 12: Frama-C 25.0 Manganese): `apt-get install frama-c-base`.
set -uo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$src/build/verify}
shift || true
cd "$src" || exit 2
mkdir -p "$out"

if ! command -v frama-c >/dev/null; then
	echo "verify.sh: frama-c not found (apt-get install frama-c-base)" >&2
	exit 2
fi

# Common setting. The machine model is LP64 little-endian like aarch64 and x86-64 (Frama-C 25
# has no aarch64 machdep; the library's code depends only on the fixed-width types). Alarms
# are raised for every undefined behaviour EVA knows, plus signed downcasts and unsigned
# overflows (well defined in C, but never intended here). Unsigned downcasts are not
# flagged: the 32-bit register views (uint32_t)x are truncations by design (docs/design.md §5).
common=(-machdep x86_64 -cpp-extra-args="-I include -I lib" -kernel-warn-key CERT:EXP:46=inactive -warn-signed-downcast
	-warn-unsigned-overflow -eva-no-show-progress -eva-warn-key garbled-mix=error)
sources=(lib/*.c verify/eva_drivers.c)
[ -f verify/eva_models.c ] && sources+=(verify/eva_models.c)

# name | entry point | precision options (per driver: what it takes to reach 0 alarms,
# no more). interprocedural-history keeps the outcomes of a callee apart after its return,
# which the contract assertions about (status, diag) pairs need.
drivers=(
	"check|eva_check|-eva-precision 8 -eva-interprocedural-history"
	"check-ilp32-be|eva_check|-eva-precision 8 -eva-interprocedural-history -machdep ppc_32"
	"per-abi|eva_per_abi|-eva-precision 8 -eva-interprocedural-history"
	"canonical|eva_canonical|-eva-precision 8 -eva-interprocedural-history"
	"prepared|eva_prepared|-eva-precision 8 -eva-interprocedural-history"
	"select-pkvm|eva_prepared|-eva-precision 8 -eva-interprocedural-history -cpp-extra-args=-DFFAV_SELECT_ROLES=0x01 -cpp-extra-args=-DFFAV_SELECT_ABIS=0x3FE -cpp-extra-args=-DFFAV_SELECT_VERSION_MAX=0x10001 -cpp-extra-args=-DFFAV_SELECT_POLICIES=0 -cpp-extra-args=-DFFAV_SELECT_RESPONSES=0 -cpp-extra-args=-DFFAV_NO_STRINGS"
	"select-xen|eva_prepared|-eva-precision 8 -eva-interprocedural-history -cpp-extra-args=-DFFAV_SELECT_ROLES=0x04 -cpp-extra-args=-DFFAV_SELECT_POLICIES=0x3FFFF07 -cpp-extra-args=-DFFAV_SELECT_RESPONSES=0 -cpp-extra-args=-DFFAV_NO_STRINGS"
	"error-frame|eva_error_frame|-eva-precision 8"
	"strings|eva_strings|-eva-precision 8"
	"strings-nostrings|eva_strings|-eva-precision 8 -cpp-extra-args=-DFFAV_NO_STRINGS"
	"abi-params|eva_abi_params|-eva-precision 8"
	"response|eva_response|-eva-precision 8 -eva-interprocedural-history"
	"info-get|eva_info_get|-eva-precision 8 -eva-split-limit 300"
	"get|eva_get|-eva-precision 8"
)
# Drivers of verify/eva_models.c: "verify-driver:" lines run by default, "verify-driver-
# optional:" lines (not yet at 0 alarms: docs/verification.md) only when named.
want=("$@")
if [ -f verify/eva_models.c ]; then
	while IFS= read -r line; do
		drivers+=("$line")
	done < <(sed -n 's/^ \* verify-driver: //p' verify/eva_models.c)
	while IFS= read -r line; do
		[[ " ${want[*]} " == *" ${line%%|*} "* ]] && drivers+=("$line")
	done < <(sed -n 's/^ \* verify-driver-optional: //p' verify/eva_models.c)
fi

# The drivers run FFAV_VERIFY_JOBS at a time (default: the number of cores), the longest
# (the models', listed first below) first; the table keeps the order of the list.
jobs_max=${FFAV_VERIFY_JOBS:-$(nproc 2>/dev/null || echo 1)}
ordered=()
for d in "${drivers[@]}"; do
	[[ $d == model-* ]] && ordered+=("$d")
done
for d in "${drivers[@]}"; do
	[[ $d == model-* ]] || ordered+=("$d")
done

# One driver: its table row in $out/NAME.row, its failure report in $out/NAME.fail.
run_driver() {
	local name=$1 main=$2 opts=$3
	local log=$out/$name.log csv=$out/$name.csv
	local t0 t1 rc secs alarms valid funcs unproven ok
	local srcs=("${sources[@]}") f
	# A build selection (select-* drivers, the kits' FFAV_SELECT_*) leaves the models out:
	# they need the whole library (lib/model_internal.h).
	if [[ $name == select-* ]]; then
		srcs=()
		for f in "${sources[@]}"; do
			[[ $f == lib/model* || $f == verify/eva_models.c ]] || srcs+=("$f")
		done
	fi
	rm -f "$csv" "$out/$name.fail"
	t0=$(date +%s.%N)
	# shellcheck disable=SC2086 # opts is a list of options
	frama-c "${common[@]}" "${srcs[@]}" -eva -main "$main" $opts \
		-then -report-csv "$csv" -report-no-proven >"$log" 2>&1
	rc=$?
	t1=$(date +%s.%N)
	secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
	alarms=$(sed -n 's/^ *\([0-9]*\) alarms\{0,1\} generated by the analysis.*/\1/p' "$log")
	[ -z "$alarms" ] && grep -q '0 alarms generated\|No alarm' "$log" && alarms=0
	valid=$(sed -n 's/^ *Assertions *\([0-9]*\) valid.*/\1/p' "$log")
	funcs=$(sed -n 's/^ *\([0-9]*\) functions analyzed (out of \([0-9]*\)).*/\1 of \2/p' "$log")
	unproven=0
	[ -f "$csv" ] && unproven=$(($(wc -l <"$csv") - 1))
	ok=1
	[ $rc = 0 ] || ok=0
	[ "${alarms:-x}" = 0 ] || ok=0
	[ "$unproven" = 0 ] || ok=0
	grep -q 'No errors or warnings raised during the analysis' "$log" || ok=0
	printf '| %s | %s | %s | %s | %s | %s | %s s |\n' "$name" "$main" "${alarms:-?}" \
		"${valid:-0}" "$unproven" "${funcs:-?}" "$secs" >"$out/$name.row"
	if [ $ok = 0 ]; then
		{
			echo "verify.sh: driver $name FAILED (frama-c exit $rc; log ${log#$src/})"
			grep -A2 '^\[[a-z:-]*\] .*Warning\|User Error\|^\[eva:alarm\]' "$log" | head -40
			[ -f "$csv" ] && tail -n +2 "$csv"
		} >"$out/$name.fail"
	fi
}

names=()
for d in "${ordered[@]}"; do
	IFS='|' read -r name main opts <<<"$d"
	if [ ${#want[@]} -gt 0 ] && [[ " ${want[*]} " != *" $name "* ]]; then
		continue
	fi
	while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do
		wait -n
	done
	rm -f "$out/$name.row"
	run_driver "$name" "$main" "$opts" &
	names+=("$name")
done
wait

fail=0
printf '| driver | entry point | alarms | assertions valid | unproven | functions | wall time |\n'
printf '|---|---|---|---|---|---|---|\n'
for d in "${drivers[@]}"; do
	name=${d%%|*}
	[[ " ${names[*]} " == *" $name "* ]] || continue
	if [ -f "$out/$name.row" ]; then
		cat "$out/$name.row"
	else
		echo "| $name | ? | ? | ? | ? | ? | no result |"
		fail=1
	fi
	if [ -f "$out/$name.fail" ]; then
		fail=1
		cat "$out/$name.fail" >&2
	fi
done
if [ $fail != 0 ]; then
	echo "verify.sh: FAIL" >&2
	exit 1
fi
echo "verify.sh: every driver: 0 alarms, every property proved"
