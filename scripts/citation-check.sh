#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# The repository stands on its own: no tracked file cites a document a clone does not have.
# Citations name the Arm specification (e.g. "DEN0077A v1.3 Table 16.29", "DEN0077A v1.2
# §16.3") or a file of this repository. Reported, as file:line: text, and failing the run:
#   - a path that leads out of the repository to a sibling "shared" directory;
#   - a path to a Markdown file under a "spec" directory (the repository has none);
#   - the design-notes file named in capitals, unless the repository holds such a file;
#   - the digests' bare names with a section sign, and the v1.3 digest's file name;
#   - tracker numbers ("issue" followed by a number): say what the change is instead.
# Every tracked file is read except binary ones (fuzz seeds); run from anywhere.
#
#   scripts/citation-check.sh        exit 0: no such reference; 1: the hits are listed
set -euo pipefail
cd "$(dirname "$0")/.."

# Patterns are written so that this file does not match them itself.
patterns=(
	'\.\./shared'
	'(^|[^A-Za-z0-9_])spec/[A-Za-z0-9_.-]+\.md'
	'(^|[^A-Za-z0-9_/])(notifications|direct_messaging|peers|vector-format)\.md[[:space:]]*(§|\\u00a7)'
	'(^|[^A-Za-z0-9_/.-])v1\.3\.md'
	'(^|[^A-Za-z0-9_/.-])peers\.md'
	'[Ii]ssues?[[:space:]]*#?[0-9]+'
)
if ! git ls-files --error-unmatch "DESIGN"'.md' >/dev/null 2>&1; then
	patterns+=('DESIGN\.md')
fi
regex=$(IFS='|'; echo "${patterns[*]}")

hits=$(git ls-files -z | xargs -0 grep -I -n -H -E -- "$regex" 2>/dev/null || true)
if [ -n "$hits" ]; then
	printf '%s\n' "$hits" | cut -c1-200
	n=$(printf '%s\n' "$hits" | wc -l)
	echo "citation-check: $n lines cite something outside the repository (see the header of $0)"
	exit 1
fi
echo "citation-check: $(git ls-files | wc -l) tracked files, no citation leads outside the repository"
