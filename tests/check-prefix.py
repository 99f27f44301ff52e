#!/usr/bin/env python3
"""Run a program and require its standard output to begin with PREFIX.

usage: check-prefix.py PREFIX PROGRAM [ARG...]
"""
import subprocess
import sys

out = subprocess.run(sys.argv[2:], capture_output=True, text=True, check=True).stdout
if not out.startswith(sys.argv[1]):
    print(f"expected the output to begin with {sys.argv[1]!r}; it was {out[:300]!r}")
    sys.exit(1)
print("1 passed, 0 failed")
