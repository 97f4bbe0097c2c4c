#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
"""Pre-pass of the differential harness (scripts/differential.sh): the calls of the JSON
vectors and the scenarios as one line of hex numbers each, for tests/differential/differential.c.

Usage: extract.py OUT.txt FILE.json...

Lines (every number hexadecimal, registers x0..x17 in full):
  C role id version policy has_resp r0..r17 s0..s17   one stateless call (s: the response, or 0)
  S policy                                             a scenario starts
  E id role version vcpus properties n_uuids u0x2 u0x3 u1x2 ... (4 UUID pairs)
  T caller cpu r0..r17                                 a call through the models
  X caller receiver                                    an rx-buffer-full event
  Z                                                    the scenario ends
The scenario steps are written as stateless calls too (C lines), with the caller's
declared identity and the scenario's policy.
"""
import json
import sys

ROLES = {"host": 0, "hypervisor": 1, "vm": 2, "sp": 3, "spmc": 4, "spmd": 5}
POLICY = {"reject-upper-halves": 1, "ignore-sbz": 2, "no-per-vcpu": 4, "endpoint-framework": 8}
PROPS = {"direct-req-recv": 1 << 0, "direct-req-send": 1 << 1, "indirect-msg": 1 << 2,
         "notifications": 1 << 3, "vm-created": 1 << 6, "vm-destroyed": 1 << 7,
         "direct-req2-recv": 1 << 9, "direct-req2-send": 1 << 10}
M64 = (1 << 64) - 1


def num(v):
    if isinstance(v, int):
        return v & M64
    return int(str(v), 16 if str(v).lower().startswith("0x") else 10) & M64


def role(v):
    return ROLES[v] if v in ROLES else num(v) & 0xFFFFFFFF


def version(v):
    s = str(v)
    if "." in s:
        major, minor = s.split(".", 1)
        return (int(major) << 16 | int(minor)) & 0xFFFFFFFF
    return num(s) & 0xFFFFFFFF


def policy(lst):
    p = 0
    for name in lst or []:
        p |= POLICY[name] if name in POLICY else num(name)
    return p & 0xFFFFFFFF


def regs(lst):
    r = [num(v) for v in (lst or [])][:18]
    return r + [0] * (18 - len(r))


def uuid(s):
    b = bytes.fromhex(s.replace("-", ""))
    return int.from_bytes(b[:8], "little"), int.from_bytes(b[8:16], "little")


def hexs(vals):
    return " ".join("%x" % v for v in vals)


def call_line(c, r, resp=None, pol=None):
    if pol is None:
        pol = policy(c.get("policy"))
    return "C %s %x %s %s\n" % (hexs([role(c.get("role")), num(c.get("id", "0")) & 0xFFFF,
                                      version(c.get("version", "1.2")), pol]),
                                 0 if resp is None else 1, hexs(r),
                                 hexs(resp if resp is not None else [0] * 18))


def vectors(doc, out):
    for g in doc.get("groups", []):
        for t in g.get("tests", []):
            c = t.get("caller", g.get("caller", {}))
            resp = regs(t["response"]) if "response" in t else None
            out.append(call_line(c, regs(t.get("regs")), resp))


def scenario(doc, out):
    pol = policy(doc.get("policy"))
    out.append("S %x\n" % pol)
    decl = {}
    for e in doc.get("endpoints", []):
        ids = num(e["id"]) & 0xFFFF
        props = 0
        for p in e.get("properties", []):
            props |= PROPS[p] if p in PROPS else num(p)
        us = [uuid(u) for u in e.get("uuids", [])][:4]
        flat = [x for u in us for x in u] + [0] * (8 - 2 * len(us))
        decl[ids] = {"role": e["role"], "id": e["id"], "version": e.get("version", "1.2"),
                     "policy": []}
        out.append("E %s %s\n" % (hexs([ids, role(e["role"]), version(e.get("version", "1.2")),
                                         num(e.get("vcpus", 1)) & 0xFFFF, props, len(us)]),
                                   hexs(flat)))
    calls = []
    for s in doc.get("steps", []):
        caller = num(s.get("caller", "0")) & 0xFFFF
        if s.get("event") == "rx-buffer-full":
            out.append("X %x %x\n" % (caller, num(s.get("receiver", "0")) & 0xFFFF))
            continue
        r = regs(s.get("regs"))
        out.append("T %x %x %s\n" % (caller, num(s.get("cpu", 0)) & 0xFFFF, hexs(r)))
        if caller in decl:
            calls.append(call_line(decl[caller], r, pol=pol))
    out.append("Z\n")
    out.extend(calls)


def main():
    out = []
    for path in sys.argv[2:]:
        lines = []
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            fmt = str(doc.get("format", ""))
            if fmt.startswith("ffa-validate-scenario/"):
                scenario(doc, lines)
            elif fmt.startswith(("ffa-validate-vectors/", "ffa-validate-responses/")):
                vectors(doc, lines)
        except (ValueError, UnicodeDecodeError, KeyError, TypeError, AttributeError):
            # The fuzz corpora hold malformed files on purpose: a file that does not read
            # as the format says gives no calls.
            continue
        out.extend(lines)
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.writelines(out)


if __name__ == "__main__":
    main()
