#!/usr/bin/env python3
"""The decision functions take no group attribute (UU 5/2014 Ps1 angka 22).

Every prototype in the headers of the engines (employee, position, promotion,
merit, training, batch) is read; no function or parameter name may carry a
word of the merit system's list of attributes that must not make a
difference (sex, age, religion, race, ethnicity, origin, marital status,
disability, political view), nor mention the audit.  Only karier/audit.h,
which looks at outcomes afterwards, may name groups.

usage: check-no-groups.py HEADER...
"""
import re
import sys

FORBIDDEN = {
    "sex", "kelamin", "gender", "usia", "age", "umur", "agama", "religion", "suku", "ethnic", "ethnicity",
    "ras", "race", "asal", "origin", "kawin", "marital", "nikah", "disabilitas", "disability", "difabel",
    "politik", "political", "audit", "kelompok", "group",
}

bad = []
checked = 0
for h in sys.argv[1:]:
    text = open(h, encoding="utf-8").read()
    if re.search(r'#include\s+"(karier/)?audit\.h"', text):
        bad.append(f"{h}: includes audit.h")
    # prototypes: from KARIER_API to the closing ");"
    for m in re.finditer(r"KARIER_API\s+(.*?)\);", text, re.S):
        proto = re.sub(r"/\*.*?\*/", " ", m.group(1), flags=re.S)
        checked += 1
        for ident in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", proto):
            words = set(ident.lower().split("_"))
            hit = words & FORBIDDEN
            if hit:
                bad.append(f"{h}: {ident} ({', '.join(sorted(hit))}) in: {' '.join(proto.split())[:120]}")
if checked < 100:
    bad.append(f"only {checked} prototypes read: the headers were not found or not parsed")
print("\n".join(bad))
print(f"{checked} prototypes read; {0 if bad else 1} passed, {1 if bad else 0} failed")
sys.exit(1 if bad else 0)
