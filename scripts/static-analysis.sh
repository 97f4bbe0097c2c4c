#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Static analysis of the C code: clang-tidy (.clang-tidy: bugprone-*, cert-*,
# clang-analyzer-*, readability-*), cppcheck (warning, style, performance, portability;
# inline suppressions only, each with its reason) and the clang-format check, over lib/
# include/ tests/ tools/ fuzz/ bench/ contrib/ (and verify/ for clang-format: the Frama-C
# drivers state their checks in ACSL comments, which cppcheck cannot read, and are not
# compiled), and scripts/layer-check.py over lib/ (no loop between its files). Any finding
# fails the script.
#
#   scripts/static-analysis.sh [BUILD_DIR]     (default build/static-analysis)
#
# BUILD_DIR is configured with clang (no build) for its compile_commands.json: clang-tidy
# judges every C file of the project that CMake compiles, with the flags it compiles with.
# Needs clang-tidy and clang-format (Debian 12: 14), cppcheck (2.10), python3.
set -uo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
bdir=${1:-$src/build/static-analysis}
jobs=${FFAV_JOBS:-2}
dirs=()
for d in lib include tests tools fuzz bench contrib verify; do
	[ -d "$src/$d" ] && dirs+=("$d")
done
cdirs=()
for d in "${dirs[@]}"; do
	[ "$d" != verify ] && cdirs+=("$d")
done
cd "$src" || exit 2

fail=0
note() { printf '%s\n' "$*"; }

# ---- clang-format ----
mapfile -t cfiles < <(find "${dirs[@]}" -type f \( -name '*.c' -o -name '*.h' -o -name '*.cpp' \) | sort)
fmt_out=$(clang-format --dry-run --Werror "${cfiles[@]}" 2>&1)
fmt_n=$(grep -c 'warning:\|error:' <<<"$fmt_out")
if [ "$fmt_n" != 0 ]; then
	grep 'warning:\|error:' <<<"$fmt_out" | sed 's/\[-Wclang-format-violations\]//'
	fail=1
fi
note "clang-format: ${#cfiles[@]} files, $fmt_n findings"

# ---- cppcheck ----
# -UFFAV_ENV_HEADER: the host-supplied environment header is not ours to check; every other
# configuration (FFAV_NO_STRINGS, __cplusplus) is checked.
cpp_out=$(cppcheck --enable=warning,style,performance,portability --std=c11 --inline-suppr \
	--error-exitcode=1 --quiet -UFFAV_ENV_HEADER -j"$jobs" \
	--template='{file}:{line}:{column}: {severity}: {message} [{id}]' \
	-I include -I lib -I tests "${cdirs[@]}" 2>&1)
cpp_rc=$?
cpp_n=$(grep -c ': \(error\|warning\|style\|performance\|portability\|information\): ' <<<"$cpp_out")
if [ $cpp_rc != 0 ] || [ "$cpp_n" != 0 ]; then
	printf '%s\n' "$cpp_out"
	fail=1
fi
note "cppcheck: $cpp_n findings"

# ---- clang-tidy ----
cmake -S "$src" -B "$bdir" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
	-DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DFFAV_BUILD_FUZZERS=OFF >/dev/null || exit 2
mapfile -t tfiles < <(python3 - "$bdir/compile_commands.json" "$src" "${dirs[@]}" <<'PY'
import json, os, sys
db, src, dirs = sys.argv[1], sys.argv[2], sys.argv[3:]
seen = set()
for e in json.load(open(db)):
    f = os.path.relpath(os.path.join(e["directory"], e["file"]), src)
    if f.endswith(".c") and f.split(os.sep)[0] in dirs and f not in seen:
        seen.add(f)
        print(f)
PY
)
tidy_log=$bdir/clang-tidy.log
printf '%s\n' "${tfiles[@]}" | xargs -P"$jobs" -n4 clang-tidy -p "$bdir" --quiet >"$tidy_log" 2>&1
tidy_n=$(grep -c ': \(warning\|error\): ' "$tidy_log")
if [ "$tidy_n" != 0 ]; then
	grep -A3 ': \(warning\|error\): ' "$tidy_log"
	fail=1
fi
note "clang-tidy: ${#tfiles[@]} files, $tidy_n findings (log: ${tidy_log#$src/})"

# ---- layers ----
# The files of lib/ call each other top-down only (scripts/layer-check.py: the file-level
# call graph from nm of each object, compiled with BUILD_DIR's commands; a loop fails), and
# every symbol lib/ exports is declared in include/ or named ffavi_ (internal).
layer_out=$(python3 "$src/scripts/layer-check.py" -p "$bdir" --api include lib 2>&1)
layer_rc=$?
if [ $layer_rc != 0 ]; then
	printf '%s\n' "$layer_out"
	fail=1
fi
note "layers: $(grep -v '^  ' <<<"$layer_out" | sed 's/^layer-check: //' | paste -sd';' -)"

# The same for the command's files, which use only the public headers: no lib/ header, no
# internal (ffavi_) symbol.
tools_out=$(python3 "$src/scripts/layer-check.py" -p "$bdir" tools 2>&1) || {
	printf '%s\n' "$tools_out"
	fail=1
}
note "tools layers: $(grep -v '^  ' <<<"$tools_out" | sed 's/^layer-check: //' | paste -sd';' -)"
if priv=$(grep -n -E 'ffavi_|FFAVI_|#include "(ffav_internal|model_internal|response_internal|ffav_direct)\.h"' "$src"/tools/*.[ch]); then
	printf '%s\n' "$priv"
	note "tools/: uses lib/'s internal headers or symbols"
	fail=1
fi

# ---- citations: nothing cited lies outside the repository ----
bash "$src/scripts/citation-check.sh" || fail=1

if [ $fail != 0 ]; then
	note "static-analysis.sh: FAIL"
	exit 1
fi
note "static-analysis.sh: 0 findings"
