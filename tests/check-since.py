#!/usr/bin/env python3
"""Every KARIER_API function in the public headers is documented with @since.

usage: check-since.py HEADER...
"""
import re
import sys

missing = []
for h in sys.argv[1:]:
    lines = open(h, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        m = re.search(r"KARIER_API\s+[^;(]*?\b(karier_\w+)\s*\(", line)
        if not m:
            continue
        j, found = i - 1, False
        while j >= 0 and j > i - 40 and "KARIER_API" not in lines[j]:
            if "@since" in lines[j]:
                found = True
                break
            j -= 1
        if not found:
            missing.append(f"{h}:{i + 1}: {m.group(1)} has no @since")
print("\n".join(missing))
print(f"{0 if missing else 1} passed, {1 if missing else 0} failed")
sys.exit(1 if missing else 0)
