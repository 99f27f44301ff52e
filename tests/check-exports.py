#!/usr/bin/env python3
"""Check the shared library's exports against the public headers.

Every defined dynamic symbol must be a function declared KARIER_API in a
header under include/, every declared function must be exported, and the
only other entries allowed are the version nodes of src/libkarier.map.
And the library calls its own functions directly: no PLT slot (a JUMP_SLOT
relocation, read with readelf) names a karier_ function, or every call from
one source file to a public function of another would go through the PLT.

usage: check-exports.py LIBRARY MAPFILE HEADER...
"""
import re
import subprocess
import sys


def main():
    lib, mapfile, headers = sys.argv[1], sys.argv[2], sys.argv[3:]
    declared = set()
    for h in headers:
        text = open(h, encoding="utf-8").read()
        # KARIER_API <type> [*]name(   possibly across lines
        for m in re.finditer(r"KARIER_API\s+[^;(]*?\b(karier_\w+)\s*\(", text):
            declared.add(m.group(1))
    nodes = set(re.findall(r"^\s*(KARIER_[0-9.]+)\s*\{", open(mapfile).read(), re.M))
    out = subprocess.run(["nm", "-D", "--defined-only", lib], check=True, capture_output=True, text=True).stdout
    exported, others = set(), set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        kind, name = parts[1], parts[2].split("@")[0]
        if kind == "A" and name in nodes:
            continue
        (exported if name.startswith("karier_") and kind == "T" else others).add(name)
    ok = True
    for name in sorted(others):
        print(f"exported but not a karier_ function: {name}")
        ok = False
    for name in sorted(exported - declared):
        print(f"exported but not declared KARIER_API in a header: {name}")
        ok = False
    for name in sorted(declared - exported):
        print(f"declared in a header but not exported: {name}")
        ok = False
    rel = subprocess.run(["readelf", "-rW", lib], check=True, capture_output=True, text=True).stdout
    slots = sorted({m.group(1) for m in re.finditer(r"JUMP_SLOT\s+\S+\s+(karier_\w+)", rel)})
    for name in slots:
        print(f"called through the PLT inside the library: {name}")
        ok = False
    print(f"{len(exported)} exported functions, {len(declared)} declared, {len(slots)} called through the PLT")
    print("1 passed, 0 failed" if ok else "0 passed, 1 failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
