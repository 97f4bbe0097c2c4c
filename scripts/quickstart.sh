#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# The main job on a fresh Debian 12 machine: install the dependencies, build the library and the
# ffa-validate command, then run the shipped vectors and scenarios through the command and show
# the results file by file.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >build-release-configure.log 2>&1 || { cat build-release-configure.log; exit 1; }
rm -f build-release-configure.log
cmake --build --preset release >/dev/null
cli=build/release/tools/ffa-validate
status=0
echo
echo "== Vectors: one call each, stateless (corpus/vectors)"
"$cli" vectors corpus/vectors/*.json || status=1
if compgen -G "corpus/scenarios/*.json" >/dev/null; then
	echo
	echo "== Scenarios: sequences of calls through the reference models (corpus/scenarios)"
	"$cli" scenario corpus/scenarios/*.json || status=1
fi
echo
echo "== Rules: every rule with a passing and a failing vector"
"$cli" rules --check --corpus corpus >/dev/null && echo "rules --check: ok" || status=1
exit $status
