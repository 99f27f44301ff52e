#!/usr/bin/env python3
"""Every `setting` named in a docs table with a default must match the library.

usage: check-doc-defaults.py POLICY_DOC_EXE DOC.md...
The library's defaults come from the policy_doc program's table.
"""
import re
import subprocess
import sys


def main():
    out = subprocess.run([sys.argv[1]], check=True, capture_output=True, text=True).stdout
    defaults = {}
    for line in out.splitlines():
        m = re.match(r"\| `([^`]+)` \| [^|]+ \| ([^|]*) \|", line)
        if m:
            defaults[m.group(1)] = m.group(2).strip()
    bad = checked = 0
    for doc in sys.argv[2:]:
        for n, line in enumerate(open(doc, encoding="utf-8"), 1):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 4 or not line.startswith("|"):
                continue
            keys = re.findall(r"`([a-z0-9_.]+)`", cells[-2])
            if len(keys) != 1 or keys[0] not in defaults and "." not in keys[0]:
                continue
            key, want = keys[0], cells[-1]
            if key not in defaults:
                print(f"{doc}:{n}: `{key}` is not a setting")
                bad += 1
                continue
            checked += 1
            first = re.split(r" -> | / ", want)[0]  # "A / B" and "A -> B" name the first setting's value first
            if defaults[key] != first:
                print(f"{doc}:{n}: `{key}` default is {defaults[key]!r}, the table says {want!r}")
                bad += 1
    print(f"{checked} defaults checked")
    print(f"{0 if bad else 1} passed, {1 if bad else 0} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
