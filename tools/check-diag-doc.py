#!/usr/bin/env python3
"""docs/dataset.md lists exactly the diagnostic codes of src/format/diag_kinds.def (its table of
codes), and no document of the project points outside the repository (to shared/spec).

usage: check-diag-doc.py DIAG_KINDS_DEF DATASET_MD DOC...
"""
import re
import sys

kinds, dataset, docs = sys.argv[1], sys.argv[2], sys.argv[3:]
codes = set(re.findall(r'^KR_DIAG\(\w+,\s*"([A-Z_]+)"', open(kinds, encoding="utf-8").read(), re.M))
text = open(dataset, encoding="utf-8").read()
table = text[text.index("### Diagnostic codes"):]
listed = set(re.findall(r"^\| `([A-Z_]+)` \|", table, re.M))
bad = []
if codes - listed:
    bad.append(f"codes not in {dataset}: {sorted(codes - listed)}")
if listed - codes:
    bad.append(f"codes in {dataset} the reader does not have: {sorted(listed - codes)}")
for d in docs + [dataset]:
    if re.search(r"shared/spec|\.\./shared", open(d, encoding="utf-8").read()):
        bad.append(f"{d} points outside the repository (shared/)")
for b in bad:
    print(b)
print(f"{0 if bad else 1} passed, {1 if bad else 0} failed")
sys.exit(1 if bad else 0)
