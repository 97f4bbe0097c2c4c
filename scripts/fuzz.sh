#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Run the libFuzzer targets (docs/fuzzing.md).
#
#   scripts/fuzz.sh [options] [TARGET...]        fuzz every target (or the ones named)
#   scripts/fuzz.sh --ci SECONDS [TARGET...]     CI mode: each target SECONDS, one core, no
#                                                corpus changes; fails on any crash
#
# Options:
#   --time SECONDS    fuzzing time per target (default 300)
#   --jobs N          libFuzzer -fork=N: N worker processes per target (default 1). The
#                     targets run one after the other, so N is the number of cores used.
#   --build-dir DIR   where the fuzz build lives (default build/fuzz); configured and built
#                     with the 'fuzz' preset (or the equivalent cache variables) if missing
#   --no-build        do not (re)build
#   --no-merge        keep new inputs in out/fuzz/<target>/new, do not merge them
#   --artifacts DIR   where crash reproducers go (default out/fuzz/<target>/)
#   -- ARGS...        extra libFuzzer flags for every target
#
# Each target runs over its seeds, BUILD_DIR/fuzz/seeds/<target>/ (the build's target
# fuzz-seeds writes them: the seeds generated from corpus/vectors and corpus/scenarios, and
# the committed ones of corpus/<target>/), with fuzz/ffa.dict and the flags of
# fuzz/<target>.options; new inputs go to out/fuzz/<target>/new. After the run, the inputs
# that add coverage to the seeds (libFuzzer -merge=1) are added to corpus/<target>/, the
# committed seeds, so that they grow only by what is new. A crash leaves crash-<sha1> (and
# the log) in out/fuzz/<target>/; docs/fuzzing.md says how it becomes a regression vector.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TIME=300
JOBS=1
BUILD_DIR=$ROOT/build/fuzz
BUILD=1
MERGE=1
CI_MODE=0
ARTIFACTS=
EXTRA=()
TARGETS=()

usage() {
	sed -n '4,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
	exit "${1:-0}"
}

while [ $# -gt 0 ]; do
	case $1 in
	--time) TIME=$2; shift 2 ;;
	--jobs) JOBS=$2; shift 2 ;;
	--build-dir) BUILD_DIR=$2; shift 2 ;;
	--no-build) BUILD=0; shift ;;
	--no-merge) MERGE=0; shift ;;
	--artifacts) ARTIFACTS=$2; shift 2 ;;
	--ci) CI_MODE=1; TIME=$2; JOBS=1; MERGE=0; shift 2 ;;
	-h|--help) usage 0 ;;
	--) shift; EXTRA=("$@"); break ;;
	-*) echo "fuzz.sh: unknown option $1" >&2; usage 2 ;;
	*) TARGETS+=("$1"); shift ;;
	esac
done
case $TIME in ''|*[!0-9]*) echo "fuzz.sh: --time/--ci needs whole seconds" >&2; exit 2 ;; esac
case $JOBS in ''|*[!0-9]*|0) echo "fuzz.sh: --jobs needs a positive number" >&2; exit 2 ;; esac

# ---- Build --------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
	if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
		if [ "$BUILD_DIR" = "$ROOT/build/fuzz" ] && [ -f "$ROOT/CMakePresets.json" ] &&
			(cd "$ROOT" && cmake --list-presets 2>/dev/null | grep -q '"fuzz"'); then
			(cd "$ROOT" && cmake --preset fuzz)
		else
			cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_C_COMPILER=clang \
				-DCMAKE_BUILD_TYPE=RelWithDebInfo -DFFAV_BUILD_FUZZERS=ON \
				-DFFAV_BUILD_TESTS=OFF -DFFAV_FUZZ_SANITIZERS=address,undefined
		fi
	fi
	cmake --build "$BUILD_DIR" -j "$JOBS"
fi

# The seeds: written by the build (target fuzz-seeds); without a build, by the generator.
SEEDS=$BUILD_DIR/fuzz/seeds
if [ ! -f "$SEEDS/stamp" ]; then
	python3 "$ROOT/scripts/gen-fuzz-seeds.py" --out "$SEEDS" >/dev/null
fi

# The targets this build has (fuzz/CMakeLists.txt builds those whose API has landed).
if [ ${#TARGETS[@]} -eq 0 ]; then
	for f in "$ROOT"/fuzz/fuzz_*.c; do
		t=$(basename "$f" .c)
		[ -x "$BUILD_DIR/fuzz/$t" ] && TARGETS+=("$t")
	done
fi
if [ ${#TARGETS[@]} -eq 0 ]; then
	echo "fuzz.sh: no fuzz target in $BUILD_DIR/fuzz (configure with FFAV_BUILD_FUZZERS=ON)" >&2
	exit 2
fi

# Flags from fuzz/<target>.options ([libfuzzer] key = value; dict relative to fuzz/).
options_of() {
	local file=$ROOT/fuzz/$1.options key value
	[ -f "$file" ] || return 0
	sed -n '/^\[libfuzzer\]/,/^\[/p' "$file" | grep -E '^[a-z_]+ *=' |
		while IFS='=' read -r key value; do
			key=$(echo "$key" | tr -d ' ')
			value=$(echo "$value" | sed 's/^ *//; s/ *$//')
			[ "$key" = dict ] && value=$ROOT/fuzz/$value
			echo "-$key=$value"
		done
}

# ---- Run ----------------------------------------------------------------------------------
failed=()
for t in "${TARGETS[@]}"; do
	bin=$BUILD_DIR/fuzz/$t
	[ -x "$bin" ] || { echo "fuzz.sh: $bin missing" >&2; failed+=("$t"); continue; }
	out=$ROOT/out/fuzz/$t
	art=${ARTIFACTS:-$out}
	mkdir -p "$out/new" "$art"
	seeds=$SEEDS/$t
	corpus=$ROOT/corpus/$t
	mapfile -t opts < <(options_of "$t")
	flags=(-max_total_time="$TIME" -print_final_stats=1 -artifact_prefix="$art/"
		"${opts[@]}")
	[ "$JOBS" -gt 1 ] && flags+=(-fork="$JOBS")
	if [ "$CI_MODE" = 1 ]; then
		# A scratch copy: CI writes neither the seeds nor the committed corpus.
		scratch=$(mktemp -d)
		cp -r "$seeds/." "$scratch/"
		dirs=("$scratch")
	else
		dirs=("$out/new" "$seeds")
	fi
	echo "== $t: ${TIME}s, $JOBS job(s)"
	set +e
	"$bin" "${flags[@]}" "${EXTRA[@]}" "${dirs[@]}" 2>&1 | tee "$out/fuzz.log" |
		grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|==[0-9]+==|SUMMARY|stat::|.*invariant broken|Done )'
	rc=${PIPESTATUS[0]}
	set -e
	[ "$CI_MODE" = 1 ] && rm -rf "$scratch"
	if [ "$rc" != 0 ]; then
		echo "fuzz.sh: $t FAILED (exit $rc); log: $out/fuzz.log; reproducers:" >&2
		ls "$art"/crash-* "$art"/leak-* "$art"/timeout-* "$art"/oom-* 2>/dev/null >&2 || true
		failed+=("$t")
		continue
	fi
	if [ "$MERGE" = 1 ] && [ -n "$(ls -A "$out/new")" ]; then
		# Merge into a copy of the seeds: what it gains adds coverage to all of them.
		merged=$(mktemp -d)
		cp -r "$seeds/." "$merged/"
		"$bin" -merge=1 "${opts[@]}" "$merged" "$out/new" >"$out/merge.log" 2>&1
		# libFuzzer names merged files by their SHA-1, as the seed generator does.
		mkdir -p "$corpus"
		added=0
		for f in "$merged"/*; do
			n=$(basename "$f")
			[ -e "$f" ] && [ ! -e "$seeds/$n" ] || continue
			cp "$f" "$corpus/$n"
			added=$((added + 1))
		done
		rm -rf "$merged" "$out/new"
		# The next build copies them into the seeds too (fuzz-seeds re-runs).
		echo "   merged: $added new inputs into corpus/$t (commit them)"
	fi
done

if [ ${#failed[@]} -gt 0 ]; then
	echo "fuzz.sh: failed: ${failed[*]}" >&2
	exit 1
fi
echo "fuzz.sh: ${TARGETS[*]}: clean"
