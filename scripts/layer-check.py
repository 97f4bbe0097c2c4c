#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
"""The files of a directory call each other top-down only: no loop in the file-level call graph.

    scripts/layer-check.py [-p BUILD_DIR] [-v] DIR...

For each DIR (lib, tools, ...), every C file of DIR that BUILD_DIR's compile_commands.json
compiles (first command per file) is compiled again, with that command, into a scratch
directory; `nm` then lists what each object defines and what it needs. File A depends on
file B when A needs a symbol B defines (calls between the files of one directory only:
what a file needs from another directory or from libc is not an edge). The script fails,
naming the files and the symbols of each loop, when a set of files depend on each other in
a circle; otherwise it prints the layers, top (entry points) first: a file's layer is one
above the highest layer it depends on, layer 0 depending on no other file of DIR.

BUILD_DIR defaults to build/default (configured by `cmake --preset default`). Needs nm.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile


def commands(build_dir, src, directory):
    """(relative source path, argv, cwd) for each C file directly in directory."""
    db = os.path.join(build_dir, "compile_commands.json")
    with open(db, encoding="utf-8") as f:
        entries = json.load(f)
    want = os.path.realpath(os.path.join(src, directory))
    seen = {}
    for e in entries:
        path = os.path.realpath(os.path.join(e["directory"], e["file"]))
        if not path.endswith(".c") or os.path.dirname(path) != want or path in seen:
            continue
        argv = e["arguments"] if "arguments" in e else shlex.split(e["command"])
        seen[path] = (os.path.relpath(path, src), argv, e["directory"])
    return sorted(seen.values())


def compile_to(argv, cwd, out):
    """argv with its output replaced by out (and no dependency files)."""
    new = []
    skip = False
    for a in argv:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-MD", "-MMD"):
            continue
        new.append(a)
    subprocess.run(new + ["-o", out], cwd=cwd, check=True)


def symbols(obj):
    """(defined, undefined) external symbol names of an object file."""
    out = subprocess.run(["nm", "-P", obj], check=True, capture_output=True, text=True).stdout
    defined, undefined = set(), set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        name, kind = parts[0], parts[1]
        if kind == "U":
            undefined.add(name)
        elif kind in "TDRBCGSVW":
            defined.add(name)
    return defined, undefined


def strongly_connected(nodes, edges):
    """Tarjan: the strongly connected components of the graph, each a sorted list."""
    index, low, stack, on, comps = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            comps.append(sorted(comp))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return comps


def check(build_dir, src, directory, verbose):
    cmds = commands(build_dir, src, directory)
    if not cmds:
        print(f"layer-check: {directory}: no C file in {build_dir}/compile_commands.json")
        return False
    defs, needs = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, (rel, argv, cwd) in enumerate(cmds):
            obj = os.path.join(tmp, f"{i}.o")
            compile_to(argv, cwd, obj)
            defs[rel], needs[rel] = symbols(obj)
    owner = {}
    for rel, names in defs.items():
        for name in names:
            owner.setdefault(name, rel)
    edges = {rel: {} for rel in defs}
    for rel, names in needs.items():
        for name in sorted(names):
            dep = owner.get(name)
            if dep is not None and dep != rel:
                edges[rel].setdefault(dep, []).append(name)
    loops = [c for c in strongly_connected(defs, edges) if len(c) > 1]
    if loops:
        for comp in loops:
            print(f"layer-check: {directory}: loop between {', '.join(comp)}:")
            for a in comp:
                for b in comp:
                    if b in edges[a]:
                        print(f"  {a} -> {b}: {', '.join(edges[a][b])}")
        return False
    layer = {}

    def depth(v):
        if v not in layer:
            layer[v] = 1 + max((depth(w) for w in edges[v]), default=-1)
        return layer[v]

    for v in defs:
        depth(v)
    print(f"layer-check: {directory}: {len(defs)} files, no loop")
    for lv in sorted(set(layer.values()), reverse=True):
        files = sorted(v for v in layer if layer[v] == lv)
        print(f"  layer {lv}: {' '.join(os.path.basename(f) for f in files)}")
        if verbose:
            for f in files:
                for dep in sorted(edges[f]):
                    print(f"    {os.path.basename(f)} -> {os.path.basename(dep)}: "
                          f"{', '.join(edges[f][dep])}")
    return True


def main():
    src = os.path.realpath(os.path.join(os.path.dirname(__file__), ".."))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-p", dest="build", default=os.path.join(src, "build", "default"),
                    help="build directory with compile_commands.json (default build/default)")
    ap.add_argument("-v", dest="verbose", action="store_true",
                    help="print every edge with the symbols behind it")
    ap.add_argument("dirs", nargs="+", help="directories of the repository: lib, tools, ...")
    args = ap.parse_args()
    ok = True
    for d in args.dirs:
        ok = check(args.build, src, d, args.verbose) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
