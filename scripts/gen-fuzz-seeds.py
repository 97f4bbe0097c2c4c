#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
"""Generate the fuzzers' seed corpora and dictionary (fuzz/ffa.dict).

Seeds come from the project's data: every vector in corpus/vectors/*.json (call vectors and
response vectors, whose "response" frames seed fuzz_response), every scenario in
corpus/scenarios/*.json (and their "returns" frames), plus a small built-in set of valid
calls and scenarios so that every corpus has seeds before any data exists. Each seed is
encoded in its target's input layout (documented at the top of fuzz/<target>.c) and named
by the SHA-1 of its content. The output depends on nothing but those files and this
script: generating twice gives identical trees.

The generated seeds are not committed: the build writes them (fuzz/CMakeLists.txt, target
fuzz-seeds) into <build>/fuzz/seeds/<target>/, together with the seeds committed in
corpus/<target>/, which are only those the generator does not produce (found by fuzzing,
or made by hand). The replay tests, scripts/fuzz.sh and oss-fuzz/build.sh read that
directory.

    scripts/gen-fuzz-seeds.py --out DIR    write DIR/<target>/: every generated seed and
                                           every committed seed of corpus/<target>/ (the
                                           files already in DIR/<target>/ are removed)
    scripts/gen-fuzz-seeds.py --check      exit 1 when a file of corpus/<target>/ is
                                           generator output (it need not be committed),
                                           when two runs (different PYTHONHASHSEED) do
                                           not generate the same seeds, or when
                                           fuzz/ffa.dict differs from what --dict writes
    scripts/gen-fuzz-seeds.py --dict       rewrite fuzz/ffa.dict
    scripts/gen-fuzz-seeds.py --list       print "<target> <name>" of every generated seed

The dictionary's FF-A function IDs come from FFAV_FUNCTIONS() in
include/ffa_validate_abis.h, the library's one table of FF-A functions.

Needs only the Python 3 standard library.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
NREGS = 18

ROLES = {"host": 0, "hypervisor": 1, "vm": 2, "sp": 3, "spmc": 4, "spmd": 5}
POLICIES = {"reject-upper-halves": 1, "ignore-sbz": 2, "no-per-vcpu": 4, "endpoint-framework": 8}
PROPS = ["direct-req-recv", "direct-req-send", "indirect-msg", "notifications",
         "vm-created", "vm-destroyed", "direct-req2-recv", "direct-req2-send"]
MODEL_MAX_VCPUS = 8
MODEL_MAX_DECL = 8

# fuzz_model.c: fz_uuids[] and fz_ops[] (keep in step).
FZ_UUIDS = [(0xc2c1b2b1a4a3a2a1, 0xd8d7d6d5d4d3d2d1), (1, 0),
            (0x4d4f4f4b41415a5a, 0x0123456789abcdef),
            (0xffffffffffffffff, 0xffffffffffffffff)]
FZ_OPS = [0x8400007D, 0x8400007E, 0x8400007F, 0x84000080, 0x84000081, 0x84000082,
          0x84000083, 0xC4000083, 0x8400006F, 0xC400006F, 0x84000070, 0xC4000070,
          0xC400008D, 0xC400008E, 0x8400006B, 0x8400006D, 0x8400006C, 0x84000062,
          0x84000060, 0x84000061, 0xC400006B, 0xC400006D, 0xC400006C, 0x84000090,
          0xC4000097, 0xC400007F, 0xC4000095, 0x84000064, 0xC4000096, 0xC4000094,
          0xC4000061, 0xC4000060]

ABIS_HEADER = os.path.join(ROOT, "include", "ffa_validate_abis.h")
# One row of FFAV_FUNCTIONS(): X(NAME, SMC32_ID, SMC64_ID, SINCE32, SINCE64, UNTIL, ABI).
ABI_ROW = re.compile(r"^\s*X\(\s*(FFA_\w+)\s*,\s*(0x[0-9A-Fa-f]+)\s*,\s*(0x[0-9A-Fa-f]+)\s*,"
                     r"\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)\s*\)")


def fid_list(path=ABIS_HEADER):
    """(name, function ID) of every width of every FF-A function of FFAV_FUNCTIONS(): NAME_32
    with SMC32_ID unless SINCE32 is NEVER, NAME_64 with SMC64_ID unless SINCE64 is NEVER."""
    out = []
    with open(path) as f:
        for line in f:
            m = ABI_ROW.match(line)
            if not m:
                continue
            name, id32, id64, since32, since64 = m.group(1, 2, 3, 4, 5)
            if since32 != "NEVER":
                out.append(("%s_32" % name, int(id32, 16)))
            if since64 != "NEVER":
                out.append(("%s_64" % name, int(id64, 16)))
    if not out:
        raise SystemExit("gen-fuzz-seeds: no FFAV_FUNCTIONS() row in %s" % path)
    return out


# ---- Helpers -------------------------------------------------------------------------------

def hexval(v):
    if isinstance(v, int):
        return v
    return int(str(v), 16) if str(v).lower().startswith("0x") else int(str(v), 0)


def regs_of(lst):
    regs = [hexval(v) & 0xFFFFFFFFFFFFFFFF for v in (lst or [])][:NREGS]
    return regs + [0] * (NREGS - len(regs))


def le(v, n):
    return (v & ((1 << (8 * n)) - 1)).to_bytes(n, "little")


def version_byte(v):
    v = str(v or "1.2")
    try:
        major, minor = (int(x) for x in v.split("."))
    except ValueError:
        return 0x80
    if major == 1 and 0 <= minor <= 3:
        return minor
    return 0x80


# fuzz_common.h fz_notif_counts[] (keep in step): (SP, VM) notifications beyond 64.
FZ_NOTIF_COUNTS = [(0, 0), (320, 320), (1, 0), (0, 1), (64, 256), (319, 127), (321, 0), (0, 511)]


def policy_bits(names):
    """The fuzz targets' policy byte: the FFAV_POLICY_* bits, and the notification counts
    ("notif-extra-sp=N", "notif-extra-vm=N") as the index of fz_notif_counts[] (the closest
    entry when the exact pair is not there: a seed only needs to come near)."""
    bits, sp, vm = 0, 0, 0
    for n in names or []:
        n = str(n)
        if n.startswith("notif-extra-sp="):
            sp = int(n.split("=", 1)[1])
        elif n.startswith("notif-extra-vm="):
            vm = int(n.split("=", 1)[1])
        else:
            bits |= POLICIES.get(n, 0)
    best = min(range(len(FZ_NOTIF_COUNTS)),
               key=lambda i: (abs(FZ_NOTIF_COUNTS[i][0] - sp) + abs(FZ_NOTIF_COUNTS[i][1] - vm), i))
    return bits | best << 4


def trim(regs):
    n = len(regs)
    while n > 1 and regs[n - 1] == 0:
        n -= 1
    return regs[:n]


# ---- fuzz_check: role, id, version, policy, then registers -----------------------------------

def enc_check(caller, regs):
    role = ROLES.get(caller.get("role", "sp"), 6) | 0x08  # bit 3: the ID as it is
    out = bytes([role]) + le(hexval(caller.get("id", 0)), 2)
    out += bytes([version_byte(caller.get("version")), policy_bits(caller.get("policy"))])
    for r in trim(regs):
        out += le(r, 8)
    return out


# ---- fuzz_response: caller bytes, call register count, call, response ----------------------

def enc_response(caller, call, resp):
    head = enc_check(caller, [])[:5]
    c = trim(call)
    out = head + bytes([len(c)])
    for r in c:
        out += le(r, 8)
    for r in trim(resp):
        out += le(r, 8)
    return out


# ---- fuzz_model: policy, endpoints, steps ----------------------------------------------------

def enc_model(scn):
    eps = scn.get("endpoints", [])[:MODEL_MAX_DECL]
    if not eps:
        return None
    ids = [hexval(e.get("id", 0)) & 0xFFFF for e in eps]
    out = bytes([policy_bits(scn.get("policy")), len(eps) - 1])
    for e in eps:
        out += bytes([ROLES.get(e.get("role", "sp"), 6) | 0x08]) + le(hexval(e.get("id", 0)), 2)
        out += bytes([version_byte(e.get("version"))])
        v = int(e.get("vcpus", 1))
        out += bytes([(v - 1) if 1 <= v <= MODEL_MAX_VCPUS else 0x80 | (v & 0x7F)])
        pb = 0
        for p in e.get("properties", []):
            if p in PROPS:
                pb |= 1 << PROPS.index(p)
        out += bytes([pb])
        ub, n = 0, 0
        for u in e.get("uuids", []):
            pair = uuid_regs(u)
            if pair in FZ_UUIDS and n < 3:
                ub |= FZ_UUIDS.index(pair) << (2 + 2 * n)
                n += 1
        out += bytes([ub | n])
    for st in scn.get("steps", []):
        regs = regs_of(st.get("regs"))
        cid = hexval(st.get("caller", 0)) & 0xFFFF
        cb = ids.index(cid) if cid in ids else 0x80 | (cid & 0xF)
        w0 = regs[0] & 0xFFFFFFFF
        extra = b""
        base = w0 & ~0x10000
        if base in FZ_OPS:
            ob = FZ_OPS.index(base) | (0x20 if w0 & 0x10000 else 0)
        else:
            ob, extra = 0x40, le(w0, 4)
        if regs[0] >> 32:
            ob |= 0x80
        snd, rcv = (regs[1] >> 16) & 0xFFFF, regs[1] & 0xFFFF
        sel, raw = 0, b""
        for shift, v in ((4, snd), (0, rcv)):
            if v in ids and ids.index(v) < 8:
                sel |= ids.index(v) << shift
            else:
                sel |= 15 << shift
                raw += le(v, 2)
        args = trim(regs[2:17]) if any(regs[2:17]) else []
        wide = any(a >> 32 for a in args)
        ab = len(args) | (0x10 if wide else 0)
        out += bytes([cb, ob, sel, ab]) + extra + raw
        for a in args:
            out += le(a, 8 if wide else 4)
    return out


def uuid_regs(u):
    """A UUID string to REQ2's (x2, x3): the 16 bytes loaded little-endian, RFC 4122 byte
    order as written (the "uuids" of a scenario endpoint, docs/cli.md)."""
    h = str(u).replace("-", "")
    if len(h) != 32:
        return None
    b = bytes.fromhex(h)
    return (int.from_bytes(b[:8], "little"), int.from_bytes(b[8:], "little"))


# ---- Built-in seeds -------------------------------------------------------------------------

SP1, SP2, VM1 = "0x8001", "0x8002", "0x1"
BUILTIN_CALLS = [
    ("hypervisor", "0x0", ["0x8400007d", "0x1", "0x2"]),
    ("host", "0x0", ["0x8400007d", "0x0", "0x4"]),
    ("hypervisor", "0x0", ["0x8400007e", "0x1"]),
    ("sp", SP1, ["0x8400007f", "0x80028001", "0x0", "0x1", "0x0"]),
    ("sp", SP1, ["0x8400007f", "0x80028001", "0x1", "0x0", "0x80000000"]),
    ("vm", VM1, ["0x8400007f", "0x80010001", "0x0", "0x10"]),
    ("hypervisor", "0x0", ["0x8400007f", "0x80010001", "0x0", "0x10"]),
    ("sp", SP1, ["0x84000080", "0x80028001", "0x0", "0x1"]),
    ("sp", SP1, ["0x84000081", "0x80018002", "0x2", "0x1"]),
    ("sp", SP1, ["0x84000081", "0x80018002", "0x30001", "0x0", "0x1"]),
    ("hypervisor", "0x0", ["0x84000081", "0x00018001", "0x0", "0x8"]),
    ("vm", VM1, ["0x84000081", "0x00018001", "0x0", "0x8"]),
    ("sp", SP1, ["0x84000082", "0x00008001", "0xf"]),
    ("sp", SP1, ["0x84000082", "0x00028001", "0x1"]),
    ("hypervisor", "0x0", ["0x84000082", "0x0001", "0x5"]),
    ("host", "0x0", ["0x84000082", "0x0", "0x5"]),
    ("hypervisor", "0x0", ["0x84000083"]),
    ("host", "0x0", ["0xc4000083"]),
    ("vm", VM1, ["0xc4000083"]),
    ("vm", VM1, ["0x8400006f", "0x00018001", "0x0", "0x1", "0x2", "0x3", "0x4", "0x5"]),
    ("hypervisor", "0x0", ["0xc400006f", "0x00028001", "0x0", "0x1111222233334444"]),
    ("sp", SP1, ["0xc400006f", "0x80018002", "0x0", "0x1", "0x2"]),
    ("spmd", "0xffff", ["0x8400006f", "0xffff8001", "0x80000000", "0x84000001"]),
    ("hypervisor", "0x0", ["0x8400006f", "0x00008001", "0x80000004", "0x0", "0x0", "0x1"]),
    ("spmc", "0x8000", ["0x8400006f", "0x80008001", "0x80000008", "0x00010002"]),
    ("sp", SP1, ["0x84000070", "0x80010001", "0x0", "0x7"]),
    ("sp", SP1, ["0xc4000070", "0x80018002", "0x0", "0x7"]),
    ("sp", SP1, ["0x84000070", "0x8001ffff", "0x80000002", "0x0"]),
    ("sp", SP1, ["0x84000070", "0x80010000", "0x80000005", "0x0"]),
    ("vm", VM1, ["0xc400008d", "0x00018001", "0xc2c1b2b1a4a3a2a1", "0xd8d7d6d5d4d3d2d1",
                 "0x1", "0x2", "0x3", "0x4", "0x5", "0x6", "0x7", "0x8", "0x9", "0xa", "0xb",
                 "0xc", "0xd", "0xe"]),
    ("sp", SP1, ["0xc400008d", "0x80018002", "0x0", "0x0", "0x1"]),
    ("sp", SP1, ["0xc400008e", "0x80010001", "0x0", "0x0", "0x1", "0x2"]),
    ("sp", SP1, ["0x8401007f", "0x80028001", "0x0", "0x1"]),           # SVE hint
    ("sp", SP1, ["0xffffffff8400007f", "0xdead000080028001", "0x0", "0x1"]),
    ("sp", SP1, ["0x8400007f", "0x80028001", "0x0", "0x1", "0x0", "0x1", "0x0", "0x0",
                 "0x5", "0x6"]),
    ("sp", SP1, ["0x84000061"]),
    ("sp", SP1, ["0x0400007f"]),
    ("sp", SP1, ["0x8480007f"]),
]


def builtin_vectors():
    groups = []
    for version, policy in (("1.2", []), ("1.1", []), ("1.0", []),
                            ("1.2", ["ignore-sbz", "reject-upper-halves"]),
                            ("1.3", ["no-per-vcpu", "endpoint-framework"])):
        for role, cid, regs in BUILTIN_CALLS:
            groups.append(({"role": role, "id": cid, "version": version, "policy": policy},
                           regs_of(regs)))
    return groups


BUILTIN_SCENARIOS = [
    {   # the notification life cycle: create, bind, set, INFO_GET, get, unbind, destroy
        "policy": [],
        "endpoints": [
            {"id": "0x0000", "role": "hypervisor", "version": "1.2"},
            {"id": "0x0001", "role": "vm", "version": "1.2", "vcpus": 2},
            {"id": "0x8001", "role": "sp", "version": "1.2", "vcpus": 8,
             "properties": PROPS, "uuids": ["a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8"]},
        ],
        "steps": [
            {"caller": "0x0000", "regs": ["0x8400007d", "0x1", "0x2"]},
            {"caller": "0x8001", "regs": ["0x8400007f", "0x00018001", "0x0", "0x8", "0x0"]},
            {"caller": "0x0001", "regs": ["0x84000081", "0x00018001", "0x0", "0x8", "0x0"]},
            {"caller": "0x0000", "regs": ["0xc4000083"]},
            {"caller": "0x0000", "regs": ["0xc4000083"]},
            {"caller": "0x8001", "regs": ["0x84000082", "0x00008001", "0x2"]},
            {"caller": "0x0001", "regs": ["0x84000081", "0x00018001", "0x0", "0x8", "0x0"]},
            {"caller": "0x0000", "regs": ["0x84000083"]},
            {"caller": "0x8001", "regs": ["0x84000080", "0x00018001", "0x0", "0x8"]},
            {"caller": "0x0000", "regs": ["0x8400007e", "0x1"]},
        ],
    },
    {   # direct messaging: request, response, busy receiver, REQ2
        "policy": [],
        "endpoints": [
            {"id": "0x0000", "role": "hypervisor", "version": "1.2"},
            {"id": "0x0001", "role": "vm", "version": "1.2", "vcpus": 1},
            {"id": "0x8001", "role": "sp", "version": "1.2", "vcpus": 1,
             "properties": PROPS, "uuids": ["a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8"]},
            {"id": "0x8002", "role": "sp", "version": "1.2", "vcpus": 1,
             "properties": ["direct-req-recv", "direct-req-send"]},
        ],
        "steps": [
            {"caller": "0x0001", "regs": ["0x8400006f", "0x00018001", "0x0", "0x1"]},
            {"caller": "0x0001", "regs": ["0x8400006f", "0x00018001", "0x0", "0x1"]},
            {"caller": "0x8001", "regs": ["0x84000070", "0x80010001", "0x0", "0x2"]},
            {"caller": "0x0001", "regs": ["0xc400008d", "0x00018001", "0xc2c1b2b1a4a3a2a1",
                                          "0xd8d7d6d5d4d3d2d1", "0x5"]},
            {"caller": "0x8001", "regs": ["0xc400008e", "0x80010001", "0x0", "0x0", "0x6"]},
            {"caller": "0x8001", "regs": ["0xc400006f", "0x80018002", "0x0", "0x1"]},
            {"caller": "0x8002", "regs": ["0x8400006b"]},
            {"caller": "0x8002", "regs": ["0xc4000070", "0x80028001", "0x0", "0x1"]},
        ],
    },
    {   # per-vCPU notifications, several INFO_GET lists, SMC32 and SMC64
        "policy": [],
        "endpoints": [
            {"id": "0x0000", "role": "hypervisor", "version": "1.1"},
            {"id": "0x0002", "role": "vm", "version": "1.1", "vcpus": 4},
            {"id": "0x8003", "role": "sp", "version": "1.1", "vcpus": 4,
             "properties": ["notifications", "direct-req-recv"]},
        ],
        "steps": [
            {"caller": "0x0000", "regs": ["0x8400007d", "0x2", "0x4"]},
            {"caller": "0x0002", "regs": ["0x8400007f", "0x80030002", "0x1", "0xff"]},
            {"caller": "0x8003", "regs": ["0x84000081", "0x80030002", "0x10001", "0x1"]},
            {"caller": "0x8003", "regs": ["0x84000081", "0x80030002", "0x30001", "0x2"]},
            {"caller": "0x0000", "regs": ["0x84000083"]},
            {"caller": "0x0002", "regs": ["0x84000082", "0x00010002", "0x1"]},
            {"caller": "0x0000", "regs": ["0xc4000083"]},
        ],
    },
]


# ---- Readers' seeds: small JSON files --------------------------------------------------------

def compact(doc):
    return json.dumps(doc, separators=(",", ":"), sort_keys=False).encode()


def vector_file_seeds(doc, max_bytes=6000, max_chunks=3):
    """A few small files per vector file (groups of at most 8 tests, packed up to
    max_bytes, at most max_chunks files) instead of the whole file: the reader's code
    needs the shapes, not every test."""
    out, groups = [], []

    def emit():
        if groups:
            out.append(compact({"format": doc.get("format"), "title": doc.get("title", ""),
                                "groups": list(groups)}))
            groups.clear()

    for g in doc.get("groups", []):
        if len(out) >= max_chunks:
            break
        g2 = dict(g)
        g2["tests"] = g.get("tests", [])[:8]
        groups.append(g2)
        if len(compact({"groups": groups})) > max_bytes:
            groups.pop()
            emit()
            groups.append(g2)
    if len(out) < max_chunks:
        emit()
    return out


READER_EXTRAS = {
    "fuzz_vectors": [
        b'{"format":"ffa-validate-vectors/1","title":"","groups":[]}',
        b'{"format":"ffa-validate-vectors/1","groups":[{"caller":{"role":"sp","id":"0x8001",'
        b'"version":"1.2","policy":["ignore-sbz"]},"tests":[{"id":"a","regs":["0x8400007f",'
        b'"0x80028001","0x0","0x1"],"expect":["SUCCESS","DENIED"],"exercises":'
        b'["NOTIF_BIND_SBZ"]},{"id":"b","regs":["0x8400007f","0x80028001","0x0","0x1","0x0",'
        b'"0x1"],"expect":"INVALID_PARAMETERS","rule":"NOTIF_BIND_SBZ"}]}]}',
        b'{"format":"ffa-validate-responses/1","groups":[]}',
        b'{"format":"ffa-validate-vectors/1","groups":[{"caller":{"role":"nope"},"tests":[{}]}]}',
        b'{"format":"ffa-validate-vectors/1","groups":[{"tests":[{"regs":["0xzz",1,null]}]}]}',
        b'[',
    ],
    "fuzz_scenario": [
        b'{"format":"ffa-validate-scenario/1","title":"","policy":[],"endpoints":[],"steps":[]}',
        b'{"format":"ffa-validate-scenario/1","endpoints":[{"id":"0x8001","role":"sp",'
        b'"version":"1.2","vcpus":99,"uuids":["not-a-uuid"]}],"steps":[{"caller":"0x9"}]}',
        b'{"format":"ffa-validate-scenario/1","policy":["bogus"],"endpoints":{},"steps":1}',
        b'{"',
    ],
}


# ---- Collect ---------------------------------------------------------------------------------

def load_json_dir(sub):
    d = os.path.join(CORPUS, sub)
    out = []
    if not os.path.isdir(d):
        return out
    for name in sorted(os.listdir(d)):
        if name.endswith(".json"):
            path = os.path.join(d, name)
            try:
                with open(path, "rb") as f:
                    raw = f.read()
                out.append((name, raw, json.loads(raw)))
            except (OSError, ValueError) as e:
                print("gen-fuzz-seeds: skipping %s: %s" % (path, e), file=sys.stderr)
    return out


def collect():
    seeds = {t: set() for t in ("fuzz_check", "fuzz_response", "fuzz_model", "fuzz_vectors",
                                "fuzz_scenario")}
    vectors = load_json_dir("vectors")
    scenarios = load_json_dir("scenarios")

    for caller, regs in builtin_vectors():
        seeds["fuzz_check"].add(enc_check(caller, regs))
    for _, _, doc in vectors:
        for g in doc.get("groups", []):
            for t in g.get("tests", []):
                caller = t.get("caller", g.get("caller", {}))
                if "regs" in t:
                    seeds["fuzz_check"].add(enc_check(caller, regs_of(t["regs"])))
                if "response" in t:
                    seeds["fuzz_response"].add(enc_response(
                        caller, regs_of(t.get("regs")), regs_of(t["response"])))
        seeds["fuzz_vectors"].update(vector_file_seeds(doc))

    for scn in BUILTIN_SCENARIOS + [doc for _, _, doc in scenarios]:
        enc = enc_model(scn)
        if enc is not None:
            seeds["fuzz_model"].add(enc)
        eps = {hexval(e.get("id", 0)) & 0xFFFF: e for e in scn.get("endpoints", [])}
        for st in scn.get("steps", []):
            e = eps.get(hexval(st.get("caller", 0)) & 0xFFFF)
            if e is None:
                continue
            caller = {"role": e.get("role"), "id": e.get("id"), "version": e.get("version"),
                      "policy": scn.get("policy", [])}
            call = regs_of(st.get("regs"))
            seeds["fuzz_check"].add(enc_check(caller, call))
            if "returns" in st:
                seeds["fuzz_response"].add(enc_response(caller, call,
                                                        regs_of(st["returns"])))
    for scn in BUILTIN_SCENARIOS:
        doc = {"format": "ffa-validate-scenario/1", "title": "built-in"}
        doc.update(scn)
        seeds["fuzz_scenario"].add(compact(doc))
    for _, raw, doc in scenarios:
        seeds["fuzz_scenario"].add(compact(doc) if len(raw) > 4096 else raw)

    # Responses: error frames and plain successes to every built-in call.
    for caller, regs in builtin_vectors()[:len(BUILTIN_CALLS)]:
        for resp in ([0x84000060, 0, 0xFFFFFFFE], [0x84000060, 0, 0xFFFFFFFA],
                     [0x84000061], [0xC4000061], [0x84000061, 0, 0x4B200, 0, 0x30002,
                                                  0x40000, 0x20006, 0x10003]):
            seeds["fuzz_response"].add(enc_response(caller, regs, regs_of(resp)))
    for t, extra in READER_EXTRAS.items():
        seeds[t].update(extra)
    return seeds


# ---- Dictionary ------------------------------------------------------------------------------

def dict_token(b):
    return "".join("\\x%02X" % c for c in b)


def dict_text():
    lines = ["# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause",
             "# libFuzzer dictionary for every fuzz target (generated by",
             "# scripts/gen-fuzz-seeds.py --dict). Integers are little-endian, as the",
             "# targets read registers.", "",
             "# Every FF-A function ID (FFAV_FUNCTIONS() of include/ffa_validate_abis.h), 4 bytes."]
    for name, fid in fid_list():
        lines.append('%s="%s"' % (name.lower(), dict_token(le(fid, 4))))
    lines.append("fid_sve_hint=\"%s\"" % dict_token(le(0x10000, 4)))
    lines += ["", "# Negotiated versions (FFAV_VERSION encoding)."]
    for minor in range(4):
        lines.append('version_1_%d="%s"' % (minor, dict_token(le(0x10000 | minor, 4))))
    lines += ["", "# Role, version and policy bytes of the targets' caller headers."]
    for name, v in ROLES.items():
        lines.append('role_%s="%s"' % (name, dict_token(bytes([v]))))
        lines.append('role_%s_raw_id="%s"' % (name, dict_token(bytes([v | 8]))))
    for name, v in POLICIES.items():
        lines.append('policy_%s="%s"' % (name.replace("-", "_"), dict_token(bytes([v]))))
    lines += ["", "# Endpoint IDs (2 bytes) and sender/receiver pairs (w1, 4 bytes)."]
    for name, v in (("id_hyp", 0), ("id_vm1", 1), ("id_spmc", 0x8000), ("id_sp1", 0x8001),
                    ("id_sp2", 0x8002), ("id_spmd", 0xFFFF), ("id_spmd_lp", 0xFFC0),
                    ("id_invalid", 0x7FFF)):
        lines.append('%s="%s"' % (name, dict_token(le(v, 2))))
    for name, v in (("w1_sp2_to_sp1", 0x80028001), ("w1_sp1_to_sp2", 0x80018002),
                    ("w1_vm1_to_sp1", 0x00018001), ("w1_sp1_to_vm1", 0x80010001),
                    ("w1_hyp_to_sp1", 0x00008001), ("w1_spmd_to_sp1", 0xFFFF8001),
                    ("w1_spmc_to_sp1", 0x80008001), ("w1_sp1_to_spmd", 0x8001FFFF),
                    ("w1_sp1_to_hyp", 0x80010000)):
        lines.append('%s="%s"' % (name, dict_token(le(v, 4))))
    lines += ["", "# Flags and masks."]
    for name, v in (("mask_hi16", 0xFFFF0000), ("set_flags_mbz", 0x0000FFFC),
                    ("get_flags_mbz", 0xFFFFFFF0), ("get_flags_all", 0xF),
                    ("set_per_vcpu_1", 0x00010001), ("set_delay_sri", 0x2),
                    ("fwk_bit", 0x80000000), ("fwk_reserved", 0x7FFFFF00),
                    ("fwk_psci_req", 0x80000000), ("fwk_psci_resp", 0x80000002),
                    ("fwk_vm_created", 0x80000004), ("fwk_vm_created_resp", 0x80000005),
                    ("fwk_vm_destroyed", 0x80000006), ("fwk_vm_destroyed_resp", 0x80000007),
                    ("fwk_version_req", 0x80000008), ("fwk_version_resp", 0x80000009),
                    ("psci_cpu_off", 0x84000002), ("psci_cpu_suspend", 0xC4000001),
                    ("error_invalid", 0xFFFFFFFE), ("error_denied", 0xFFFFFFFA),
                    ("error_not_supported", 0xFFFFFFFF), ("info_get_example", 0x0004B200)):
        lines.append('%s="%s"' % (name, dict_token(le(v, 4))))
    for name, v in (("upper_half", 0xFFFFFFFF00000000), ("all_ones", 0xFFFFFFFFFFFFFFFF),
                    ("uuid_lo", FZ_UUIDS[0][0]), ("uuid_hi", FZ_UUIDS[0][1]),
                    ("bitmap_hi", 0x8000000000000000)):
        lines.append('%s="%s"' % (name, dict_token(le(v, 8))))
    lines += ["", "# JSON tokens of the vector and scenario files (fuzz_vectors, fuzz_scenario)."]
    for tok in ('"format"', '"ffa-validate-vectors/1"', '"ffa-validate-scenario/1"',
                '"ffa-validate-responses/1"', '"groups"', '"tests"', '"caller"', '"role"',
                '"id"', '"version"', '"policy"', '"regs"', '"expect"', '"rule"',
                '"exercises"', '"endpoints"', '"steps"', '"returns"', '"vcpus"',
                '"properties"', '"uuids"', '"comment"', '"SUCCESS"', '"INVALID_PARAMETERS"',
                '"NOT_SUPPORTED"', '"DENIED"', '"BUSY"', '"NO_DATA"', '"1.2"', '"sp"', '"vm"',
                '"hypervisor"', '"0x8400007f"', '"0xffffffffffffffff"'):
        lines.append('json_%d="%s"' % (len(lines), tok.replace('"', '\\"')))
    return "\n".join(lines) + "\n"


# ---- Output ----------------------------------------------------------------------------------

TARGETS = ("fuzz_check", "fuzz_model", "fuzz_response", "fuzz_scenario", "fuzz_vectors")
DICT = os.path.join(ROOT, "fuzz", "ffa.dict")


def generated():
    """{target: {name: content}} of every generated seed, the name the content's SHA-1."""
    return {t: {hashlib.sha1(b).hexdigest(): b for b in blobs}
            for t, blobs in collect().items()}


def committed(target):
    """{name: path} of the seeds committed in corpus/<target>/."""
    d = os.path.join(CORPUS, target)
    if not os.path.isdir(d):
        return {}
    return {n: os.path.join(d, n) for n in sorted(os.listdir(d))
            if os.path.isfile(os.path.join(d, n))}


def listing(seeds):
    return "".join("%s %s\n" % (t, n) for t in sorted(seeds) for n in sorted(seeds[t]))


def write_out(out, seeds):
    real = os.path.realpath(out)
    if real == os.path.realpath(CORPUS) or real.startswith(os.path.realpath(CORPUS) + os.sep):
        raise SystemExit("gen-fuzz-seeds: --out %s is the committed corpus" % out)
    for t in TARGETS:
        d = os.path.join(out, t)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for name, blob in seeds[t].items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(blob)
        kept = committed(t)
        for name, path in kept.items():
            shutil.copyfile(path, os.path.join(d, name))
        print("%s: %d generated + %d committed seeds" % (t, len(seeds[t]), len(kept)))


def check(seeds):
    bad = 0
    # Committed seeds are only those the generator does not produce.
    for t in TARGETS:
        contents = set(seeds[t].values())
        for name, path in committed(t).items():
            with open(path, "rb") as f:
                if f.read() in contents:
                    print("corpus/%s/%s is generator output: delete it (the build generates "
                          "it)" % (t, name), file=sys.stderr)
                    bad += 1
    # Deterministic: runs with other string hash seeds list the same seeds.
    mine = listing(seeds)
    for hash_seed in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        other = subprocess.run([sys.executable, os.path.abspath(__file__), "--list"], env=env,
                               check=True, stdout=subprocess.PIPE).stdout.decode()
        if other != mine:
            print("gen-fuzz-seeds: PYTHONHASHSEED=%s generates other seeds" % hash_seed,
                  file=sys.stderr)
            bad += 1
    # The dictionary is the one --dict writes.
    with open(DICT) as f:
        if f.read() != dict_text():
            print("fuzz/ffa.dict is stale: run scripts/gen-fuzz-seeds.py --dict",
                  file=sys.stderr)
            bad += 1
    if bad:
        return 1
    print("gen-fuzz-seeds: %d generated seeds, deterministic; %d committed seeds, none "
          "generated; fuzz/ffa.dict current" % (sum(len(v) for v in seeds.values()),
                                               sum(len(committed(t)) for t in TARGETS)))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", metavar="DIR",
                    help="write DIR/<target>/: generated and committed seeds")
    ap.add_argument("--check", action="store_true",
                    help="fail when a committed seed is generated, the output is not "
                    "deterministic or fuzz/ffa.dict is stale")
    ap.add_argument("--dict", action="store_true", help="rewrite fuzz/ffa.dict")
    ap.add_argument("--list", action="store_true", help="list the generated seeds")
    args = ap.parse_args()
    if not (args.out or args.check or args.dict or args.list):
        ap.error("nothing to do: give --out DIR, --check, --dict or --list")

    if args.dict:
        with open(DICT, "w") as f:
            f.write(dict_text())
    seeds = generated()
    if args.list:
        sys.stdout.write(listing(seeds))
    if args.out:
        write_out(args.out, seeds)
    if args.check:
        return check(seeds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
