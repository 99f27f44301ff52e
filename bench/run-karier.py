#!/usr/bin/env python3
"""Time `karier report` end to end on a generated dataset and print its wall
time and peak memory.

usage: run-karier.py [--count N] [--dir DIR] [--karier PATH] [--hugepages]
  --count N    employees (default 1000000); the dataset is generated once
               into DIR (default /tmp/karier-bench-N) with tools/gen-sample.py
  --hugepages  run karier with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 (glibc
               2.35+ on Linux: malloc asks for transparent huge pages, so the
               kernel maps the large pools in 2 MiB pages instead of 4 KiB ones)
"""
import argparse
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--dir")
    ap.add_argument("--karier", default=os.path.join(ROOT, "build", "cli", "karier"))
    ap.add_argument("--hugepages", action="store_true")
    a = ap.parse_args()
    d = a.dir or f"/tmp/karier-bench-{a.count}"
    if not os.path.exists(os.path.join(d, "pegawai.csv")):
        t = time.monotonic()
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gen-sample.py"), d, "--count", str(a.count)],
                       check=True)
        print(f"generated {a.count} employees into {d} in {time.monotonic() - t:.1f} s")
    size = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d) if f.endswith(".csv"))
    t = time.monotonic()
    env = dict(os.environ)
    if a.hugepages:
        env["GLIBC_TUNABLES"] = "glibc.malloc.hugetlb=1"
    p = subprocess.run([a.karier, "report", d, "--date", "2026-11-22", "--budget-idr", str(a.count * 50_000)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.monotonic() - t
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if p.returncode:
        print(p.stderr, file=sys.stderr)
        return p.returncode
    print(f"karier report{' (huge pages)' if a.hugepages else ''}: {a.count} employees, {size / 1e6:.1f} MB of CSV: {wall:.2f} s, "
          f"peak RSS {peak_kb / 1024:.0f} MB ({peak_kb * 1024 / a.count:.0f} bytes per employee)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
