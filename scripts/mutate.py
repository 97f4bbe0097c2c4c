#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
"""Mutation testing of lib/. Python 3 standard library only.

One mutation at a time is applied to a copy of the source tree, the copy is rebuilt
incrementally in an out-of-tree build directory, and every test (ctest: unit tests, vectors,
scenarios, corpus replays) is run with a time limit. A mutant that makes a test fail, crash or
time out is killed; one that passes every test survived and means a test is missing (or the
mutant is equivalent: see scripts/mutation-equivalents.txt and docs/quality.md).

Operators (applied inside function bodies only; file-scope tables need --tables):
  ror      flip a comparison: == <-> !=, < -> >= and <=, > -> <= and >=, ...
  const    +1 and -1 on an integer constant
  drop     drop one operand of && / || (A && B -> A, -> B)
  swap     && <-> ||
  status   replace a returned status (FFAV_RET_SUCCESS <-> an error, true <-> false)
  delete   delete a check: `if (...) return ...;` (or continue/break, or a braced block
           ending in one) removed whole

  scripts/mutate.py [--build-dir DIR] [--files lib/a.c,lib/b.c] [--ops ror,const]
                    [--sample N [--stratify [--min-per-file K]]] [--seed S]
                    [--timeout SEC] [--report FILE] [--list] [--min-score PCT] [--tables]
                    [--exclude-tests REGEX] [--match REGEX] [--cmake-arg -DX=Y ...]
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import time

TOKEN_RE = re.compile(
    r"""
    (?P<comment>/\*.*?\*/|//[^\n]*)
  | (?P<string>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])+')
  | (?P<number>0[xX][0-9a-fA-F]+[uUlL]*|[0-9]+[uUlL]*)
  | (?P<ident>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<punct><<=|>>=|\.\.\.|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^]=|[][(){};,.?:~!<>=+\-*/%&|^#])
  | (?P<ws>\s+)
    """,
    re.S | re.X,
)

STATUSES = [
    "FFAV_RET_SUCCESS",
    "FFAV_RET_NOT_SUPPORTED",
    "FFAV_RET_INVALID_PARAMETERS",
    "FFAV_RET_NO_MEMORY",
    "FFAV_RET_BUSY",
    "FFAV_RET_INTERRUPTED",
    "FFAV_RET_DENIED",
    "FFAV_RET_RETRY",
    "FFAV_RET_ABORTED",
    "FFAV_RET_NO_DATA",
    "FFAV_RET_NOT_READY",
]

ROR = {
    "==": ["!="],
    "!=": ["=="],
    "<": [">=", "<="],
    "<=": [">", "<"],
    ">": ["<=", ">="],
    ">=": ["<", ">"],
}

ALL_OPS = ["ror", "const", "drop", "swap", "status", "delete"]


class Tok:
    __slots__ = ("kind", "text", "start", "end", "line", "func", "scope")

    def __init__(self, kind, text, start, line):
        self.kind = kind
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.line = line
        self.func = None  # name of the enclosing function, or None
        self.scope = None  # "func", "init" (file-scope initializer), "type", or None


def tokenize(src):
    """Code tokens of a C file: comments, whitespace and preprocessor lines dropped."""
    toks = []
    pos = 0
    line = 1
    n = len(src)
    while pos < n:
        if src[pos] == "#" and not src[src.rfind("\n", 0, pos) + 1 : pos].strip():
            # A preprocessor directive, with its backslash continuations.
            end = pos
            while True:
                nl = src.find("\n", end)
                if nl < 0:
                    end = n
                    break
                if src[nl - 1] == "\\":
                    end = nl + 1
                    continue
                end = nl
                break
            line += src.count("\n", pos, end)
            pos = end
            continue
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ValueError("cannot tokenize at line %d: %r" % (line, src[pos : pos + 20]))
        text = m.group(0)
        kind = m.lastgroup
        if kind not in ("comment", "ws"):
            toks.append(Tok(kind, text, pos, line))
        line += text.count("\n")
        pos = m.end()
    return toks


def match_forward(toks, i, open_, close):
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text == open_:
            depth += 1
        elif toks[j].text == close:
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced %s at line %d" % (open_, toks[i].line))


def match_backward(toks, i, open_, close):
    depth = 0
    for j in range(i, -1, -1):
        if toks[j].text == close:
            depth += 1
        elif toks[j].text == open_:
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced %s at line %d" % (close, toks[i].line))


def mark_scopes(toks):
    """Tag each token with the file-scope brace block it is in."""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.text == "{":
            end = match_forward(toks, i, "{", "}")
            prev = toks[i - 1] if i > 0 else None
            scope, func = "type", None
            if prev is not None and prev.text == ")":
                scope = "func"
                k = match_backward(toks, i - 1, "(", ")")
                if k > 0 and toks[k - 1].kind == "ident":
                    func = toks[k - 1].text
            elif prev is not None and prev.text == "=":
                scope = "init"
            for j in range(i, end + 1):
                toks[j].scope = scope
                toks[j].func = func
            i = end + 1
        else:
            i += 1


class Mutant:
    __slots__ = ("file", "line", "func", "op", "desc", "edits", "text", "key", "status", "killer",
                 "secs")

    def __init__(self, file, line, func, op, desc, edits):
        self.file = file
        self.line = line
        self.func = func
        self.op = op
        self.desc = desc
        self.edits = edits  # [(start, end, replacement)]
        self.text = None
        self.key = None
        self.status = None
        self.killer = ""
        self.secs = 0.0


def apply_edits(src, edits):
    out = src
    for start, end, rep in sorted(edits, key=lambda e: e[0], reverse=True):
        out = out[:start] + rep + out[end:]
    return out


def snippet(src, start, end, limit=60):
    s = " ".join(src[start:end].split())
    return s if len(s) <= limit else s[: limit - 3] + "..."


# Tokens that end an operand of && / || when walking away from the operator.
OPERAND_STOPS = {",", ";", "?", ":", "=", "+=", "-=", "|=", "&=", "^=", "<<=", ">>=", "{", "}",
                 "return"}


def operand_bounds(toks, i, scope_ok):
    """(left_start, right_end) token indices of the operands of the && / || at i."""
    op = toks[i].text
    stops = OPERAND_STOPS | ({"&&", "||"} if op == "&&" else {"||"})
    depth = 0
    j = i - 1
    while j >= 0 and scope_ok(toks[j]):
        t = toks[j].text
        if t in (")", "]"):
            depth += 1
        elif t in ("(", "["):
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and t in stops:
            break
        j -= 1
    left = j + 1
    depth = 0
    j = i + 1
    while j < len(toks) and scope_ok(toks[j]):
        t = toks[j].text
        if t in ("(", "["):
            depth += 1
        elif t in (")", "]"):
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and t in stops:
            break
        j += 1
    right = j - 1
    return left, right


def number_variants(text):
    m = re.match(r"(0[xX])?([0-9a-fA-F]+)([uUlL]*)$", text)
    prefix, digits, suffix = m.group(1), m.group(2), m.group(3)
    value = int(digits, 16) if prefix else int(digits, 10)
    if not prefix and len(digits) > 1 and digits.startswith("0"):
        return []  # octal: none in lib/, not worth the care
    out = []
    for delta in (1, -1):
        v = value + delta
        if v < 0:
            continue
        if prefix:
            width = len(digits)
            d = "%X" % v if digits.upper() == digits else "%x" % v
            d = d.rjust(width, "0") if len(d) < width else d
            out.append(("%+d" % delta, prefix + d + suffix))
        else:
            out.append(("%+d" % delta, str(v) + suffix))
    return out


def generate(path, rel, src, ops, tables):
    toks = tokenize(src)
    mark_scopes(toks)

    def in_scope(t):
        return t.scope == "func" or (tables and t.scope == "init")

    muts = []

    def add(i, op, desc, edits):
        t = toks[i]
        muts.append(Mutant(rel, t.line, t.func or "<table>", op, desc, edits))

    for i, t in enumerate(toks):
        if not in_scope(t):
            continue
        # A token inside a function-like macro's arguments is code like any other.
        if "ror" in ops and t.text in ROR and t.scope == "func":
            for rep in ROR[t.text]:
                add(i, "ror", "%s -> %s" % (t.text, rep), [(t.start, t.end, rep)])
        if "const" in ops and t.kind == "number":
            for delta, rep in number_variants(t.text):
                add(i, "const", "%s -> %s (%s)" % (t.text, rep, delta), [(t.start, t.end, rep)])
        if t.scope != "func":
            continue
        if t.text in ("&&", "||"):
            if "swap" in ops:
                rep = "||" if t.text == "&&" else "&&"
                add(i, "swap", "%s -> %s" % (t.text, rep), [(t.start, t.end, rep)])
            if "drop" in ops:
                left, right = operand_bounds(toks, i, lambda x: x.scope == "func")
                if left < i and right > i:
                    ls, le = toks[left].start, toks[i - 1].end
                    rs, re_ = toks[i + 1].start, toks[right].end
                    add(i, "drop", "drop `%s %s`" % (snippet(src, ls, le), t.text),
                        [(ls, rs, "")])
                    add(i, "drop", "drop `%s %s`" % (t.text, snippet(src, rs, re_)),
                        [(le, re_, "")])
        if t.text == "return" and "status" in ops:
            j = i + 1
            if j + 1 < len(toks) and toks[j + 1].text == ";":
                v = toks[j].text
                if v in STATUSES:
                    rep = "FFAV_RET_NOT_SUPPORTED" if v == "FFAV_RET_SUCCESS" else \
                        "FFAV_RET_SUCCESS"
                    add(i, "status", "return %s -> %s" % (v, rep),
                        [(toks[j].start, toks[j].end, rep)])
                elif v in ("true", "false"):
                    rep = "false" if v == "true" else "true"
                    add(i, "status", "return %s -> %s" % (v, rep),
                        [(toks[j].start, toks[j].end, rep)])
        if t.text == "if" and "delete" in ops:
            if i > 0 and toks[i - 1].text == "else":
                continue
            if i + 1 >= len(toks) or toks[i + 1].text != "(":
                continue
            cend = match_forward(toks, i + 1, "(", ")")
            s = cend + 1
            if s >= len(toks):
                continue
            if toks[s].text == "{":
                send = match_forward(toks, s, "{", "}")
                body = [x.text for x in toks[s:send]]
                if not any(x in ("return", "continue", "break") for x in body):
                    continue
            elif toks[s].text in ("return", "continue", "break"):
                send = s
                while toks[send].text != ";":
                    send += 1
            else:
                continue
            if send + 1 < len(toks) and toks[send + 1].text == "else":
                continue
            add(i, "delete", "delete `%s`" % snippet(src, t.start, toks[send].end, 70),
                [(t.start, toks[send].end, "")])

    # Resulting text, a stable key, and de-duplication (A && B && C drops B twice).
    seen = set()
    keys = {}
    out = []
    lines = src.split("\n")
    for m in muts:
        if m.op not in ops:
            continue
        m.text = apply_edits(src, m.edits)
        if m.text == src:
            continue
        h = hashlib.sha1(m.text.encode()).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        code = " ".join(lines[m.line - 1].split())
        m.key = "%s|%s|%s|%s" % (rel, m.func, code, m.desc)
        # The same mutation of the same code twice in a function: number them in order.
        nth = keys.get(m.key, 0) + 1
        keys[m.key] = nth
        if nth > 1:
            m.key += " #%d" % nth
        out.append(m)
    return out


def stratified_sample(mutants, files, n, seed, floor):
    """About n mutants, every file represented: each file gets its share of n in proportion
    to its mutants (largest remainders first), and at least min(floor, its mutants). Each
    file is drawn with its own generator (seeded by the seed and the file name), so a change
    in one file does not reshuffle the sample of the others."""
    by_file = {f: [m for m in mutants if m.file == f] for f in files}
    total = len(mutants)
    quota = {}
    rema = []
    for f in files:
        exact = n * len(by_file[f]) / total
        quota[f] = int(exact)
        rema.append((exact - int(exact), f))
    left = n - sum(quota.values())
    for _, f in sorted(rema, key=lambda x: (-x[0], x[1]))[:left]:
        quota[f] += 1
    out = []
    for f in files:
        k = min(len(by_file[f]), max(quota[f], floor))
        h = int(hashlib.sha1(("%d|%s" % (seed, f)).encode()).hexdigest()[:16], 16)
        out.extend(random.Random(h).sample(by_file[f], k))
    return out


UBSAN_FLAGS = "-fsanitize=undefined -fno-sanitize-recover=all"


def ubsan_cmake_args(cmake_args):
    """The cache variables of --ubsan merged into the user's: clang, and the sanitizer flags
    added to CMAKE_C_FLAGS (kept when given) and to the link of the test executables."""
    out = []
    cflags = None
    for a in cmake_args:
        if a.startswith("-DCMAKE_C_FLAGS="):
            cflags = a[len("-DCMAKE_C_FLAGS="):]
        elif not a.startswith("-DCMAKE_C_COMPILER=") and \
                not a.startswith("-DCMAKE_EXE_LINKER_FLAGS="):
            out.append(a)
    out.append("-DCMAKE_C_COMPILER=clang")
    out.append("-DCMAKE_C_FLAGS=%s" % " ".join(x for x in (cflags, UBSAN_FLAGS) if x))
    out.append("-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=undefined")
    return out


def load_equivalents(path):
    keys = {}
    if not os.path.exists(path):
        return keys
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            key, _, reason = line.partition("  # ")
            keys[key.strip()] = reason.strip()
    return keys


def sync_tree(src_root, dst_root, skip_abs):
    """Mirror src_root into dst_root, writing only files whose content changed (so the
    mutation build stays incremental)."""
    skip_names = {".git", "build", "out", "__pycache__", ".cache"}
    for dirpath, dirnames, filenames in os.walk(src_root):
        dirnames[:] = [d for d in dirnames
                       if d not in skip_names and not d.startswith("build")
                       and os.path.abspath(os.path.join(dirpath, d)) not in skip_abs]
        rel = os.path.relpath(dirpath, src_root)
        ddir = os.path.join(dst_root, rel)
        os.makedirs(ddir, exist_ok=True)
        for fn in filenames:
            s = os.path.join(dirpath, fn)
            d = os.path.join(ddir, fn)
            with open(s, "rb") as f:
                data = f.read()
            if os.path.exists(d):
                with open(d, "rb") as f:
                    if f.read() == data:
                        continue
            with open(d, "wb") as f:
                f.write(data)
            shutil.copymode(s, d)


def write_file(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    # Strictly newer than any object built before, whatever the clock granularity.
    now = time.time_ns()
    write_file.last = max(getattr(write_file, "last", 0) + 1_000_000, now)
    os.utime(path, ns=(write_file.last, write_file.last))


def run(cmd, timeout=None, cwd=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=timeout, start_new_session=True)
        return p.returncode, p.stdout.decode(errors="replace")
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors="replace") if e.stdout else ""
        return None, out


def failed_tests(output):
    names = re.findall(r"^\s*\d+ - (\S+) \(", output, re.M)
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--source", default=os.path.dirname(here), help="source tree (default: repo)")
    ap.add_argument("--build-dir", default=None,
                    help="work directory (default: SOURCE/build/mutation)")
    ap.add_argument("--files", default="", help="comma-separated lib/ files (default: lib/*.c)")
    ap.add_argument("--ops", default=",".join(ALL_OPS), help="operators: " + ",".join(ALL_OPS))
    ap.add_argument("--sample", type=int, default=0, help="run N mutants drawn at random")
    ap.add_argument("--seed", type=int, default=1, help="seed of --sample")
    ap.add_argument("--stratify", action="store_true",
                    help="--sample per file, in proportion to each file's mutants")
    ap.add_argument("--min-per-file", type=int, default=3,
                    help="with --stratify: at least this many mutants of every file")
    ap.add_argument("--match", default=None,
                    help="only the mutants whose --list line (FILE:LINE: OP: DESC) matches "
                         "this regex (to rerun known survivors)")
    ap.add_argument("--keys", default=None,
                    help="only the mutants whose key is a line of this file (the Keys section "
                         "of an earlier report: reruns its survivors after the code moved)")
    ap.add_argument("--exclude-tests", default=None,
                    help="ctest -E regex of tests not run against mutants (e.g. '^fuzz\\.')")
    ap.add_argument("--timeout", type=int, default=60, help="seconds of tests per mutant")
    ap.add_argument("--jobs", type=int, default=2, help="build and ctest parallelism")
    ap.add_argument("--report", default=None, help="report file (default: BUILD/report.md)")
    ap.add_argument("--equivalents", default=None,
                    help="known equivalent mutants (default: scripts/mutation-equivalents.txt)")
    ap.add_argument("--tables", action="store_true",
                    help="also mutate constants of file-scope tables (fid_table, abi_table)")
    ap.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    ap.add_argument("--min-score", type=float, default=0.0,
                    help="exit 1 when the score is below this percentage")
    ap.add_argument("--cmake-arg", action="append", default=[],
                    help="extra cache variable for the mutation build (-DX=Y)")
    ap.add_argument("--ubsan", action="store_true",
                    help="build the mutants with clang -fsanitize=undefined (every array "
                         "index checked, trailing arrays too): a mutant that reads out of "
                         "bounds is killed even when its answer stays the same")
    args = ap.parse_args()
    if args.ubsan:
        args.cmake_arg = ubsan_cmake_args(args.cmake_arg)

    src_root = os.path.abspath(args.source)
    work = os.path.abspath(args.build_dir or os.path.join(src_root, "build", "mutation"))
    tree = os.path.join(work, "src")
    bdir = os.path.join(work, "build")
    report = os.path.abspath(args.report or os.path.join(work, "report.md"))
    eq_path = args.equivalents or os.path.join(src_root, "scripts", "mutation-equivalents.txt")
    ops = [o.strip() for o in args.ops.split(",") if o.strip()]
    for o in ops:
        if o not in ALL_OPS:
            ap.error("unknown operator %s" % o)

    if args.files:
        files = [f.strip() for f in args.files.split(",") if f.strip()]
    else:
        files = sorted("lib/" + f for f in os.listdir(os.path.join(src_root, "lib"))
                       if f.endswith(".c"))

    originals = {}
    mutants = []
    for rel in files:
        with open(os.path.join(src_root, rel), encoding="utf-8") as f:
            originals[rel] = f.read()
        mutants.extend(generate(os.path.join(src_root, rel), rel, originals[rel], ops,
                                args.tables))
    total_generated = len(mutants)
    if args.match:
        rx = re.compile(args.match)
        mutants = [m for m in mutants
                   if rx.search("%s:%d: %s: %s" % (m.file, m.line, m.op, m.desc))]
    if args.keys:
        wanted = set(load_equivalents(args.keys))  # the same "key  # note" lines
        found = {m.key for m in mutants} & wanted
        for k in sorted(wanted - found):
            print("mutate.py: key not found (code changed or mutant gone): %s" % k)
        mutants = [m for m in mutants if m.key in wanted]
    if args.sample and args.sample < len(mutants):
        if args.stratify:
            mutants = stratified_sample(mutants, files, args.sample, args.seed,
                                        args.min_per_file)
        else:
            rng = random.Random(args.seed)
            mutants = rng.sample(mutants, args.sample)
        mutants = sorted(mutants, key=lambda m: (files.index(m.file), m.line))
    equivalents = load_equivalents(eq_path)

    if args.list:
        for m in mutants:
            eq = "  [equivalent]" if m.key in equivalents else ""
            print("%s:%d: %s: %s%s" % (m.file, m.line, m.op, m.desc, eq))
        print("%d mutants (%d generated)" % (len(mutants), total_generated))
        return 0

    os.makedirs(work, exist_ok=True)
    sync_tree(src_root, tree, {work})
    t0 = time.time()
    configure = ["cmake", "-S", tree, "-B", bdir, "-DCMAKE_BUILD_TYPE=Debug",
                 "-DFFAV_WERROR=OFF", "-DFFAV_BUILD_FUZZERS=OFF"] + args.cmake_arg
    stamp = os.path.join(bdir, "mutate-configure.txt")
    configured = None
    if os.path.exists(stamp):
        with open(stamp, encoding="utf-8") as f:
            configured = f.read()
    if os.path.exists(bdir) and configured != "\n".join(configure):
        shutil.rmtree(bdir)  # configured otherwise (another compiler, other flags): start over
    if not os.path.exists(os.path.join(bdir, "CMakeCache.txt")):
        rc, out = run(configure)
        if rc != 0:
            sys.stderr.write(out)
            return 2
        write_file(stamp, "\n".join(configure))
    for rel in files:  # start from the originals
        write_file(os.path.join(tree, rel), originals[rel])
    rc, out = run(["cmake", "--build", bdir, "-j%d" % args.jobs])
    if rc != 0:
        sys.stderr.write(out + "\nmutate.py: the unmutated tree does not build\n")
        return 2
    ctest = ["ctest", "--test-dir", bdir, "--timeout", str(args.timeout), "-j%d" % args.jobs]
    excluded = []
    if args.exclude_tests:
        ctest += ["-E", args.exclude_tests]
    rc, out = run(ctest + ["--output-on-failure"], timeout=args.timeout * 4)
    if rc != 0:
        excluded = failed_tests(out)
        if not excluded:
            sys.stderr.write(out + "\nmutate.py: the unmutated tests fail\n")
            return 2
        sys.stderr.write("mutate.py: excluded, failing without mutation: %s\n"
                         % " ".join(excluded))
    m_tests = re.search(r"tests passed, \d+ tests failed out of (\d+)", out)
    n_tests = int(m_tests.group(1)) if m_tests else 0
    if excluded:
        pat = "^(" + "|".join(re.escape(x) for x in excluded) + ")$"
        if args.exclude_tests:
            pat = "(%s)|%s" % (args.exclude_tests, pat)
            ctest = ctest[:-2]
        ctest += ["-E", pat]
    ctest += ["--stop-on-failure"]
    baseline_secs = time.time() - t0

    print("mutate.py: %d mutants of %d generated, %d tests, timeout %ds"
          % (len(mutants), total_generated, n_tests - len(excluded), args.timeout), flush=True)
    try:
        for n, m in enumerate(mutants, 1):
            t1 = time.time()
            path = os.path.join(tree, m.file)
            write_file(path, m.text)
            rc, out = run(["cmake", "--build", bdir, "-j%d" % args.jobs], timeout=600)
            if rc != 0:
                m.status = "build-error"
            else:
                rc, out = run(ctest, timeout=args.timeout * 2 + 30)
                if rc is None:
                    m.status, m.killer = "killed", "timeout"
                elif rc != 0:
                    m.status = "killed"
                    names = failed_tests(out)
                    m.killer = names[0] if names else "ctest exit %d" % rc
                    if "Timeout" in out and not names:
                        m.killer = "timeout"
                elif m.key in equivalents:
                    m.status = "equivalent"
                else:
                    m.status = "survived"
            write_file(path, originals[m.file])
            m.secs = time.time() - t1
            print("[%d/%d] %-11s %s:%d %s: %s%s" % (n, len(mutants), m.status, m.file, m.line,
                                                   m.op, m.desc,
                                                   " (" + m.killer + ")" if m.killer else ""),
                  flush=True)
    finally:
        for rel in files:
            write_file(os.path.join(tree, rel), originals[rel])
    # Leave the mutation build matching the sources.
    run(["cmake", "--build", bdir, "-j%d" % args.jobs])

    killed = [m for m in mutants if m.status == "killed"]
    survived = [m for m in mutants if m.status == "survived"]
    equiv = [m for m in mutants if m.status == "equivalent"]
    broken = [m for m in mutants if m.status == "build-error"]
    judged = len(killed) + len(survived)
    score = 100.0 * len(killed) / judged if judged else 100.0
    elapsed = time.time() - t0

    lines = []
    lines.append("<!-- SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause -->")
    lines.append("# Mutation report")
    lines.append("")
    lines.append("Command: `%s`" % " ".join(["scripts/mutate.py"] + sys.argv[1:]))
    lines.append("")
    lines.append("| files | operators | generated | run | killed | survived | equivalent "
                 "| not built | score | tests | wall time |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
    lines.append("| %s | %s | %d | %d | %d | %d | %d | %d | **%.1f%%** | %d | %.0f s |"
                 % (", ".join(files), ",".join(ops), total_generated, len(mutants),
                    len(killed), len(survived), len(equiv), len(broken), score,
                    n_tests - len(excluded), elapsed))
    lines.append("")
    lines.append("Score = killed / (killed + survived); equivalent mutants (listed in %s with "
                 "the reason) and mutants that do not compile are not counted."
                 % os.path.relpath(eq_path, src_root))
    if excluded:
        lines.append("")
        lines.append("Tests failing before any mutation, left out: %s." % ", ".join(excluded))
    lines.append("")
    lines.append("## Survivors")
    lines.append("")
    if survived:
        lines.append("| where | function | operator | mutation |")
        lines.append("|---|---|---|---|")
        for m in survived:
            lines.append("| %s:%d | %s | %s | %s |" % (m.file, m.line, m.func, m.op,
                                                     m.desc.replace("|", "\\|")))
        lines.append("")
        lines.append("Keys (for %s, followed by `  # reason`):" % os.path.relpath(eq_path,
                                                                                src_root))
        lines.append("")
        lines.append("```")
        for m in survived:
            lines.append(m.key)
        lines.append("```")
    else:
        lines.append("None.")
    lines.append("")
    if equiv:
        lines.append("## Equivalent (not counted)")
        lines.append("")
        for m in equiv:
            lines.append("- %s:%d %s: %s — %s" % (m.file, m.line, m.op, m.desc,
                                                   equivalents[m.key]))
        lines.append("")
    lines.append("## All mutants")
    lines.append("")
    lines.append("| status | where | operator | mutation | killed by | s |")
    lines.append("|---|---|---|---|---|---|")
    for m in mutants:
        lines.append("| %s | %s:%d | %s | %s | %s | %.1f |"
                     % (m.status, m.file, m.line, m.op, m.desc.replace("|", "\\|"), m.killer,
                        m.secs))
    os.makedirs(os.path.dirname(report), exist_ok=True)
    with open(report, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    stale = [k for k in equivalents if k not in {m.key for m in mutants}]
    if stale and not args.sample and not args.files and not args.match and not args.keys:
        print("mutate.py: %d entries of %s match no mutant any more"
              % (len(stale), os.path.relpath(eq_path, src_root)))
    print("mutate.py: %d killed, %d survived, %d equivalent, %d not built: score %.1f%% "
          "(%.0f s, baseline %.0f s); report %s"
          % (len(killed), len(survived), len(equiv), len(broken), score, elapsed, baseline_secs,
             report))
    for m in survived:
        print("  survived %s:%d %s: %s" % (m.file, m.line, m.op, m.desc))
    return 1 if score < args.min_score else 0


if __name__ == "__main__":
    sys.exit(main())
