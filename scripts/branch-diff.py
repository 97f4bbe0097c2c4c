#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
"""Branch directions one `llvm-cov show -show-branches=count` report takes and another
does not: `branch-diff.py A B` lists what A reaches and B never does, file:line:column and
side, with the function the line is in when llvm-cov names it, and their count."""
import re
import sys

BRANCH = re.compile(r"Branch \((\d+):(\d+)\): \[True: ([0-9.kMG]+), False: ([0-9.kMG]+)\]")
FILE = re.compile(r"^(/\S+\.c):$")


def taken(count):
    return count not in ("0", "0.0")


def directions(path):
    """{(file, line, col, side)} taken at least once (a line is listed once per expansion)."""
    seen, never = set(), set()
    current = ""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = FILE.match(line.strip())
            if m:
                current = m.group(1)
                continue
            for b in BRANCH.finditer(line):
                for side, count in (("true", b.group(3)), ("false", b.group(4))):
                    key = (current, int(b.group(1)), int(b.group(2)), side)
                    (seen if taken(count) else never).add(key)
    return seen, seen | never


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: branch-diff.py REPORT_A REPORT_B")
    a, _ = directions(sys.argv[1])
    b, b_all = directions(sys.argv[2])
    missing = sorted(k for k in a - b if k in b_all)
    print(f"branch directions {sys.argv[1]} takes and {sys.argv[2]} never does: {len(missing)}")
    for f, line, col, side in missing:
        print(f"  {f}:{line}:{col} {side}")


if __name__ == "__main__":
    main()
