#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# CI-sized mutation gate of lib/: a fixed-seed stratified sample of the mutants of
# every lib/*.c file (each file's share in proportion to its mutants, at least 3 of each),
# run against the fast tests (unit tests, vectors, responses, scenarios, rules, CLI; no fuzz
# corpus replay), fails below a 95% score. The full run stays `scripts/mutate.py` (CMake target
# `mutation`); docs/quality.md says how the two relate.
#
#   scripts/mutation-gate.sh [WORKDIR]     (default build/mutation-gate)
#
# The mutants are built with clang -fsanitize=undefined (mutate.py --ubsan) when clang is
# installed (scripts/install-deps.sh installs it): a mutant that indexes an array out of
# bounds is killed, even where the memory it reads happens to give the same answer.
#
# Environment: FFAV_GATE_SAMPLE (250), FFAV_GATE_SEED (10), FFAV_GATE_MIN_SCORE (95),
# FFAV_GATE_JOBS (2), FFAV_GATE_UBSAN (1; 0 builds with the default compiler, unsanitized).
# Needs ninja (Debian: ninja-build) if present, else make is used.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-"$here/build/mutation-gate"}
sample=${FFAV_GATE_SAMPLE:-250}
seed=${FFAV_GATE_SEED:-10}
min=${FFAV_GATE_MIN_SCORE:-95}
jobs=${FFAV_GATE_JOBS:-2}

ubsan=
if [ "${FFAV_GATE_UBSAN:-1}" = 1 ] && command -v clang >/dev/null 2>&1; then
	ubsan=--ubsan
fi

gen=
if command -v ninja >/dev/null 2>&1; then
	gen=--cmake-arg=-GNinja
fi

# -O0 -g0: the quickest rebuild and relink of the ~15 test executables after each mutation.
# No fuzz replay (FFAV_BUILD_REPLAY=OFF): those replays take 20-30 s per mutant.
exec python3 "$here/scripts/mutate.py" --build-dir "$work" \
	--sample "$sample" --stratify --seed "$seed" --min-score "$min" \
	--jobs "$jobs" --timeout 30 \
	--cmake-arg=-DFFAV_BUILD_REPLAY=OFF --cmake-arg=-DCMAKE_C_FLAGS=-g0 \
	--cmake-arg=-DCMAKE_BUILD_TYPE= $gen $ubsan \
	--report "$work/report.md"
