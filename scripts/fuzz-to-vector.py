#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
"""Turn a fuzz input (a crash reproducer, or any corpus file) into a regression test.

    scripts/fuzz-to-vector.py [--target fuzz_check|fuzz_response|fuzz_model] FILE
        print FILE decoded as a vector test (fuzz_check, fuzz_response) or a scenario
        (fuzz_model), in the JSON of docs/vector-format.md, "expect" left as FILL-IN: decide
        the answer the spec requires, fill in "expect"/"rule", and add the test to
        corpus/vectors/ (call vectors in <abi>.json, response vectors in response_*.json)
        or corpus/scenarios/.
    scripts/fuzz-to-vector.py --keep --target T FILE
        also copy FILE into corpus/T/<SHA-1> so that every test run replays it.

The target defaults to the prefix of the artifact directory (out/fuzz/<target>/crash-...).
docs/fuzzing.md describes the whole procedure.
"""
import argparse
import hashlib
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NREGS = 18
ROLES = ["host", "hypervisor", "vm", "sp", "spmc", "spmd"]
POLICIES = [(1, "reject-upper-halves"), (2, "ignore-sbz"), (4, "no-per-vcpu"),
            (8, "endpoint-framework")]
PROPS = ["direct-req-recv", "direct-req-send", "indirect-msg", "notifications",
         "vm-created", "vm-destroyed", "direct-req2-recv", "direct-req2-send"]
BAD_VERSIONS = ["0.0", "0.9", "1.4", "2.0", "1.65535", "65535.65535", "32769.2", "0.65535"]
MAX_VCPUS = 8


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def left(self):
        return len(self.data) - self.pos

    def u8(self):
        if self.pos < len(self.data):
            self.pos += 1
            return self.data[self.pos - 1]
        return 0

    def le(self, n):
        return sum(self.u8() << (8 * i) for i in range(n))


def fit_id(role_byte, ident):
    if role_byte & 8:
        return ident
    role = role_byte & 7
    if role in (0, 1):
        return 0
    if role == 2:
        ident &= 0x7FFF
        return ident or 1
    return ident | 0x8000


def version_of(b):
    return BAD_VERSIONS[b & 7] if b & 0x80 else "1.%d" % (b & 3)


def caller_of(r):
    """fuzz_common.h: role byte, ID, version byte, policy byte."""
    rb = r.u8()
    ident = fit_id(rb, r.le(2))
    version = version_of(r.u8())
    pb = r.u8()
    caller = {"role": ROLES[rb & 7] if (rb & 7) < 6 else "role-%d" % (rb & 7),
              "id": "0x%04x" % ident, "version": version,
              "policy": [name for bit, name in POLICIES if pb & bit]}
    if pb & 0x80:
        caller["comment"] = "the input also sets unknown policy bit %d" % (4 + ((pb >> 4) & 7))
    return caller


def hexregs(regs):
    n = len(regs)
    while n > 1 and regs[n - 1] == 0:
        n -= 1
    return ["0x%x" % v for v in regs[:n]]


def decode_check(data):
    r = Reader(data)
    caller = caller_of(r)
    regs = [r.le(8) for _ in range(NREGS)]
    return {"caller": caller, "regs": hexregs(regs)}


def decode_response(data):
    r = Reader(data)
    caller = caller_of(r)
    k = r.u8() % (NREGS + 1)
    call = [r.le(8) for _ in range(k)] + [0] * (NREGS - k)
    resp = [r.le(8) for _ in range(NREGS)]
    return {"caller": caller, "regs": hexregs(call), "response": hexregs(resp)}


def decode_model(data):
    # fuzz_model.c: keep these tables in step.
    uuids = ["a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8", "01000000-0000-0000-0000-000000000000",
             "5a5a4141-4b4f-4f4d-efcd-ab8967452301", "ffffffff-ffff-ffff-ffff-ffffffffffff"]
    ops = [0x8400007D, 0x8400007E, 0x8400007F, 0x84000080, 0x84000081, 0x84000082,
           0x84000083, 0xC4000083, 0x8400006F, 0xC400006F, 0x84000070, 0xC4000070,
           0xC400008D, 0xC400008E, 0x8400006B, 0x8400006D, 0x8400006C, 0x84000062,
           0x84000060, 0x84000061, 0xC400006B, 0xC400006D, 0xC400006C, 0x84000090,
           0x84000086, 0xC400007F, 0x84000063, 0x84000064, 0x8400007C, 0xC4000094,
           0xC4000061, 0xC4000060]
    special = [0x0000, 0x8000, 0xFFFF, 0xFFC0, 0x7FFF, 0x8001]
    r = Reader(data)
    pb = r.u8()
    policy = [name for bit, name in POLICIES if pb & bit]
    eps = []
    for _ in range(1 + (r.u8() & 7)):
        c = caller_of(Reader(bytes([r.u8(), r.u8(), r.u8(), r.u8(), 0])))
        vb, props, ub = r.u8(), r.u8(), r.u8()
        ep = {"id": c["id"], "role": c["role"], "version": c["version"],
              "vcpus": (vb & 0x7F) if vb & 0x80 else 1 + vb % MAX_VCPUS,
              "properties": [p for i, p in enumerate(PROPS) if props & (1 << i)],
              "uuids": [uuids[(ub >> (2 + 2 * i)) & 3] for i in range(ub & 3)]}
        eps.append(ep)
    # Endpoints the model refuses (duplicates, bad vCPU counts) are still listed: the
    # scenario runner reports them; remove them by hand if needed.
    ids = [int(e["id"], 16) for e in eps]
    steps = []
    while r.left() >= 4 and len(steps) < 64:
        cb, ob, ib, ab = r.u8(), r.u8(), r.u8(), r.u8()
        caller = ids[(cb & 0xF) % len(ids)] if not cb & 0x80 else 0x7FF0 + (cb & 0xF)
        x0 = r.le(4) if ob & 0x40 else ops[ob & 31]
        if ob & 0x20:
            x0 |= 0x10000
        if ob & 0x80:
            x0 |= 0xDEAD000100000000

        def pick(sel):
            if sel < 8:
                return ids[sel % len(ids)]
            if sel == 8:
                return caller
            if sel < 15:
                return special[sel - 9]
            return r.le(2)
        snd = pick(ib >> 4)
        rcv = pick(ib & 0xF)
        regs = [x0, snd << 16 | rcv]
        for _ in range(ab & 0xF):
            regs.append(r.le(8 if ab & 0x10 else 4))
        steps.append({"caller": "0x%04x" % caller, "regs": hexregs(regs),
                      "expect": "FILL-IN"})
    return {"format": "ffa-validate-scenario/1", "title": "fuzz_model regression",
            "policy": policy, "endpoints": eps, "steps": steps}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--target", choices=["fuzz_check", "fuzz_response", "fuzz_model"])
    ap.add_argument("--keep", action="store_true", help="copy FILE into corpus/TARGET/")
    args = ap.parse_args()
    target = args.target
    if target is None:
        parent = os.path.basename(os.path.dirname(os.path.abspath(args.file)))
        target = parent if parent.startswith("fuzz_") else "fuzz_check"
    with open(args.file, "rb") as f:
        data = f.read()
    name = hashlib.sha1(data).hexdigest()
    if target == "fuzz_model":
        doc = decode_model(data)
    else:
        test = decode_check(data) if target == "fuzz_check" else decode_response(data)
        test = dict(id="fuzz-%s" % name[:12], comment="from %s input %s" % (target, name),
                    **test)
        test["expect"] = "FILL-IN"
        doc = {"format": "ffa-validate-vectors/1" if target == "fuzz_check"
               else "ffa-validate-responses/1",
               "title": "%s regression" % target,
               "groups": [{"caller": test.pop("caller"), "tests": [test]}]}
    print(json.dumps(doc, indent=2))
    if args.keep:
        dest = os.path.join(ROOT, "corpus", target, name)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(args.file, dest)
        print("kept as corpus/%s/%s" % (target, name), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
