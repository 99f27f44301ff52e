#!/usr/bin/env python3
"""How fast this machine gives a process fresh memory: the rate at which
pages never touched before are first written, in 2 MiB pages (transparent
huge pages, as libkarier asks for its large blocks) and in 4 KiB pages.

On a virtual machine this rate can be far below memory's own speed, and
can change from one run to the next: the guest may hand its free memory
back to the host (Linux's free page reporting), so the first write to such
a page waits for the host to supply it again.  `karier report` at 1,000,000
employees writes about 600 MB of fresh memory; its wall time moves with
this rate, so a figure measured in one hour and a figure measured in
another are compared only with this printed beside them.

usage: first-touch.py [--mb N] [--pause S]
  --mb N      size of each block (default 512)
  --pause S   seconds to wait before the cold round (default 5): long
              enough for freed memory to go back to the host
Standard library only (mmap.madvise: Python 3.8+, Linux).
"""
import argparse
import mmap
import sys
import time

PAGE = 4096


def touch(size, huge):
    """Seconds to map size bytes and write one byte in each 4 KiB page."""
    t = time.monotonic()
    m = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    if huge:
        m.madvise(mmap.MADV_HUGEPAGE)
    for i in range(0, size, PAGE):
        m[i] = 1
    elapsed = time.monotonic() - t
    m.close()
    return elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=512)
    ap.add_argument("--pause", type=float, default=5.0)
    a = ap.parse_args()
    if a.mb < 1 or a.pause < 0:
        ap.error("--mb is at least 1 and --pause not negative")
    if not hasattr(mmap, "MADV_HUGEPAGE"):
        print("first-touch.py: mmap.MADV_HUGEPAGE is not there (Linux, Python 3.8+)", file=sys.stderr)
        return 2
    size = a.mb << 20
    # the loop's own cost (a Python statement per page), measured on memory already written
    m = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    for i in range(0, size, PAGE):
        m[i] = 1
    t = time.monotonic()
    for i in range(0, size, PAGE):
        m[i] = 2
    loop = time.monotonic() - t
    m.close()
    time.sleep(a.pause)
    rounds = [("2 MiB pages, cold (after a pause)", True), ("2 MiB pages, warm (memory just freed)", True),
              ("4 KiB pages", False), ("4 KiB pages, again", False)]
    for name, huge in rounds:
        s = max(touch(size, huge) - loop, 1e-6)
        print(f"first touch of {a.mb} MB in {name}: {s:.3f} s, {a.mb / s:,.0f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
