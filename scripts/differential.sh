#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Differential run: the library of git revision OLD_REV against the library of the working
# tree (or of NEW_TREE), over the vectors, the scenarios, the fuzz corpora and a few million
# random mutations. Prints how many inputs each entry point was compared on and
# "identical", or the first mismatch in full (exit status 1). docs/quality.md describes it.
#
#   scripts/differential.sh OLD_REV [NEW_TREE]     e.g. scripts/differential.sh main
#   scripts/differential.sh --self-test            proves the harness can fail: HEAD against
#                                                  copies of the tree with one rule changed
# Environment: DIFF_CALLS (random calls, default 3000000), DIFF_SEQUENCES (random model
# sequences, default 50000), DIFF_SEED, DIFF_SEED_DIR (generated fuzz seeds: a directory
# holding fuzz_check/ fuzz_response/ fuzz_model/), CC (default cc), KEEP=1 keeps the temp
# directory.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cc="${CC:-cc}"

usage() {
	sed -n '4,15p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

# build_lib SRC_DIR BUILD_DIR: the static library as CMake builds it, release flags.
build_lib() {
	cmake -S "$1" -B "$2" -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER="$cc" \
		-DFFAV_BUILD_TESTS=OFF -DFFAV_BUILD_CLI=OFF -DFFAV_BUILD_FUZZERS=OFF \
		-DFFAV_BUILD_REPLAY=OFF -DFFAV_WERROR=OFF >"$2.log" 2>&1 ||
		{ cat "$2.log" >&2; return 1; }
	cmake --build "$2" --target ffa_validate -j2 >>"$2.log" 2>&1 ||
		{ cat "$2.log" >&2; return 1; }
	find "$2" -name libffa_validate.a -print -quit
}

# public_functions INCLUDE_DIR: every function the public headers declare.
public_functions() {
	local h
	for h in "$1"/ffa_validate*.h; do
		"$cc" -E -P -I "$1" -x c "$h"
	done | grep -oE '\bffav_[a-z0-9_]+[[:space:]]*\(' | tr -d ' (' | sort -u
}

run() {
	local old_rev="$1" new_tree="$2" tmp="$3"
	local t0 old new extract rename
	t0=$(date +%s)
	mkdir -p "$tmp/old"
	git -C "$here" archive --format=tar "$old_rev" | tar -x -C "$tmp/old"
	echo "old: $old_rev ($(git -C "$here" rev-parse --short "$old_rev")); new: $new_tree"

	old=$(build_lib "$tmp/old" "$tmp/build-old")
	new=$(build_lib "$new_tree" "$tmp/build-new")

	# Every symbol of the old library, definitions and references alike, gets the prefix
	# old_, so the archive stays self-consistent and cannot clash with the new one.
	objcopy --prefix-symbols=old_ "$old" "$tmp/libold.a"
	nm -A --defined-only "$tmp/libold.a" | awk 'NF == 3 { print $3 }' | sort -u >"$tmp/def"
	nm -A --undefined-only "$tmp/libold.a" | awk '{ print $NF }' | sort -u >"$tmp/undef"
	if grep -v '^old_' "$tmp/def" | grep -q .; then
		echo "differential: symbols without the prefix in the renamed library:" >&2
		grep -v '^old_' "$tmp/def" >&2
		return 2
	fi
	if comm -23 "$tmp/undef" "$tmp/def" | grep -q .; then
		echo "differential: the renamed library references what it does not define:" >&2
		comm -23 "$tmp/undef" "$tmp/def" >&2
		return 2
	fi

	# The old headers under a rename: ffav_check -> old_ffav_check, ...
	rename="$tmp/old_rename.h"
	public_functions "$tmp/old/include" | awk '{ printf "#define %s old_%s\n", $1, $1 }' >"$rename"
	local f
	while read -r _ f _; do
		grep -q "^old_$f\$" "$tmp/def" ||
			{ echo "differential: old library lacks $f" >&2; return 2; }
	done <"$rename"

	local cflags=(-std=c11 -O2 -Wall -Wextra -Wno-unused-function)
	"$cc" "${cflags[@]}" -include "$rename" -DDIFF_SIDE_OLD -I "$tmp/old/include" \
		-I "$here/tests/differential" -c "$here/tests/differential/side.c" -o "$tmp/side_old.o"
	"$cc" "${cflags[@]}" -I "$new_tree/include" -I "$here/tests/differential" \
		-c "$here/tests/differential/side.c" -o "$tmp/side_new.o"
	"$cc" "${cflags[@]}" -I "$new_tree/include" -I "$here/tests/differential" -I "$here/fuzz" \
		-c "$here/tests/differential/differential.c" -o "$tmp/differential.o"
	"$cc" -o "$tmp/differential" "$tmp/differential.o" "$tmp/side_old.o" "$tmp/side_new.o" \
		"$tmp/libold.a" "$new"

	# The inputs: the JSON calls as text, the fuzz corpora (committed, and generated ones
	# when the tree generates them) as bytes.
	extract="$tmp/extract.txt"
	local json=()
	mapfile -t json < <(find "$here/corpus/vectors" "$here/corpus/scenarios" \
		"$here/corpus/fuzz_vectors" "$here/corpus/fuzz_scenario" -type f 2>/dev/null | sort)
	python3 "$here/tests/differential/extract.py" "$extract" "${json[@]}"
	local corpus_args=()
	local d
	for d in check response model; do
		mkdir -p "$tmp/fuzz_$d"
		if [ -d "$here/corpus/fuzz_$d" ]; then
			cp -r "$here/corpus/fuzz_$d/." "$tmp/fuzz_$d/"
		fi
		corpus_args+=("--$d" "$tmp/fuzz_$d")
	done
	# Seeds generated at build time rather than committed: the generator's output option,
	# whichever name it has, or DIFF_SEED_DIR (a directory holding fuzz_check/ ...).
	local seeds="${DIFF_SEED_DIR:-}" opt
	if [ -z "$seeds" ] && [ -f "$here/scripts/gen-fuzz-seeds.py" ]; then
		for opt in --out-dir --outdir --output-dir --output --out; do
			if python3 "$here/scripts/gen-fuzz-seeds.py" --help 2>/dev/null |
				grep -q -- "${opt}[ =]"; then
				seeds="$tmp/seeds"
				python3 "$here/scripts/gen-fuzz-seeds.py" "$opt" "$seeds" >/dev/null 2>&1 ||
					seeds=""
				break
			fi
		done
	fi
	if [ -n "$seeds" ]; then
		for d in check response model; do
			if [ -d "$seeds/fuzz_$d" ]; then cp -r "$seeds/fuzz_$d/." "$tmp/fuzz_$d/"; fi
			if [ -d "$seeds/corpus/fuzz_$d" ]; then cp -r "$seeds/corpus/fuzz_$d/." "$tmp/fuzz_$d/"; fi
		done
	fi

	local rc=0
	"$tmp/differential" "$extract" --calls "${DIFF_CALLS:-3000000}" \
		--sequences "${DIFF_SEQUENCES:-50000}" --seed "${DIFF_SEED:-0x46464156}" \
		"${corpus_args[@]}" || rc=$?
	echo "wall time: $(($(date +%s) - t0)) s"
	return $rc
}

# A copy of HEAD with one change in lib/.
mutant() {
	local dst="$1" pattern="$2" replacement="$3" file
	mkdir -p "$dst"
	git -C "$here" archive --format=tar HEAD | tar -x -C "$dst"
	file=$(grep -rlF -- "$pattern" "$dst/lib" | sort | head -n 1)
	if [ -z "$file" ]; then
		echo "self-test: no file in lib/ contains '$pattern'" >&2
		return 1
	fi
	# the first occurrence only
	python3 - "$file" "$pattern" "$replacement" <<'PY'
import sys
path, old, new = sys.argv[1:4]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace(old, new, 1))
PY
	echo "self-test: ${file#"$dst"/}: '$pattern' -> '$replacement'"
}

self_test() {
	local tmp="$1" rc out i
	# One rule reported as another, one comparison flipped, one constant changed. Each
	# must be caught. A case whose text lib/ no longer has is skipped (with a note); at
	# least two must run.
	local cases=(
		"FFAV_RULE_NOTIF_BIND_FLAGS_MBZ|FFAV_RULE_NOTIF_BIND_SBZ"
		">= FFAV_VERSION(1, 3)|> FFAV_VERSION(1, 3)"
		"FFAV_VERSION(1, 2)|FFAV_VERSION(1, 1)"
	)
	local ran=0
	i=0
	for c in "${cases[@]}"; do
		i=$((i + 1))
		if ! mutant "$tmp/mutant$i" "${c%%|*}" "${c#*|}"; then
			continue
		fi
		ran=$((ran + 1))
		set +e
		out=$(DIFF_CALLS=${DIFF_CALLS:-20000} DIFF_SEQUENCES=${DIFF_SEQUENCES:-2000} \
			run HEAD "$tmp/mutant$i" "$tmp/run$i" 2>&1)
		rc=$?
		set -e
		if [ $rc -ne 1 ] || ! grep -q '^MISMATCH' <<<"$out"; then
			echo "$out" | tail -n 30
			echo "self-test FAILED: the changed library was not reported (exit $rc)" >&2
			return 1
		fi
		grep -A12 '^MISMATCH\|^  caller\|^  regs\|^  step' <<<"$out" | head -n 14
	done
	if [ $ran -lt 2 ]; then
		echo "self-test FAILED: only $ran of ${#cases[@]} changes apply to lib/" >&2
		return 1
	fi
	echo "self-test passed: every changed library was reported ($ran changes)"
}

[ $# -ge 1 ] || usage
tmp=$(mktemp -d)
if [ "${KEEP:-0}" != 1 ]; then
	trap 'rm -rf "$tmp"' EXIT
else
	echo "temp directory: $tmp"
fi
case "$1" in
--self-test) self_test "$tmp" ;;
-h | --help) usage ;;
*) run "$1" "$(cd "${2:-$here}" && pwd)" "$tmp/run" ;;
esac
