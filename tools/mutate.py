#!/usr/bin/env python3
"""Mutation testing of libkarier (standard library only).

Applies each mutant of tools/mutants.txt alone to the source tree, rebuilds
a build folder of its own, runs the whole `meson test` suite, and restores
the file.  A mutant is *killed* when the suite fails, *survives* when it
passes.  Prints one line per mutant and the kill rate per file; exits 1 when
a file's rate is below --min (90 % by default), when a mutant's fragment is
not found exactly once, or when a mutant does not build.

  python3 tools/mutate.py                 # every mutant
  python3 tools/mutate.py --list          # check the list only (fragments unique), run nothing
  python3 tools/mutate.py --file src/core/promotion.c
  python3 tools/mutate.py --build build-mutate --min 90

The source tree is modified while a mutant runs and always restored, even on
Ctrl-C; do not build or edit the tree at the same time.  docs/testing.md
says what a survivor means.
"""
import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Mutant:
    def __init__(self, path, line, find, replace):
        self.path, self.line, self.find, self.replace = path, line, find, replace
        self.equivalent = None  # the reason, for a mutant that cannot change a result

    def __str__(self):
        return f"{self.path}: {self.find!r} -> {self.replace!r}"


def parse(list_path):
    """The mutants of the list, with the line each starts on; raises ValueError on a malformed list."""
    mutants, path, pending = [], None, None
    with open(list_path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            tag, text = line[:1], line[2:] if len(line) > 1 else ""
            if tag == "@":
                path = text.strip()
            elif tag == "-":
                if pending:
                    raise ValueError(f"{list_path}:{n}: a '-' line follows a '-' line")
                if not path:
                    raise ValueError(f"{list_path}:{n}: no '@ FILE' line before this mutant")
                pending = (n, text.strip())
            elif tag == "+":
                if not pending:
                    raise ValueError(f"{list_path}:{n}: a '+' line without its '-' line")
                mutants.append(Mutant(path, pending[0], pending[1], text.strip()))
                pending = None
            elif tag == "=":
                if not mutants or pending:
                    raise ValueError(f"{list_path}:{n}: '=' must follow a mutant's '+' line")
                why = text.strip()
                mutants[-1].equivalent = why[len("equivalent:"):].strip() if why.startswith("equivalent:") else why
            else:
                raise ValueError(f"{list_path}:{n}: a line starts with '@', '-', '+', '=' or '#'")
    if pending:
        raise ValueError(f"{list_path}: the last mutant has no '+' line")
    return mutants


def locate(m):
    """The source text and where the fragment starts; raises ValueError unless it occurs exactly once."""
    with open(os.path.join(ROOT, m.path), encoding="utf-8") as f:
        text = f.read()
    at = text.find(m.find)
    if at < 0:
        raise ValueError(f"not found: {m}")
    if text.find(m.find, at + 1) >= 0:
        raise ValueError(f"found more than once: {m}")
    return text, at


def sh(args, timeout):
    return subprocess.run(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout,
                          text=True, errors="replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list-file", default=os.path.join(ROOT, "tools", "mutants.txt"))
    ap.add_argument("--build", default="build-mutate", help="build folder of its own (default build-mutate)")
    ap.add_argument("--file", action="append", help="only the mutants of this file (may repeat)")
    ap.add_argument("--line", action="append", type=int,
                    help="only the mutant starting on this line of the list (may repeat), e.g. to re-run survivors")
    ap.add_argument("--min", type=float, default=90.0, help="least kill rate per file, percent (default 90)")
    ap.add_argument("--list", action="store_true", help="only check that every fragment occurs exactly once")
    ap.add_argument("--timeout", type=int, default=600, help="seconds for one build or one test run")
    ap.add_argument("--timeout-multiplier", type=float, default=0.25,
                    help="of each test's own timeout while a mutant runs: a mutant that hangs is killed sooner "
                         "(default 0.25; the suite takes seconds)")
    a = ap.parse_args()

    try:
        mutants = parse(a.list_file)
    except (OSError, ValueError) as e:
        print(f"mutate: {e}", file=sys.stderr)
        return 2
    if a.file:
        mutants = [m for m in mutants if m.path in a.file]
    if a.line:
        mutants = [m for m in mutants if m.line in a.line]
    bad = []
    for m in mutants:
        try:
            locate(m)
        except (OSError, ValueError) as e:
            bad.append(str(e))
    for b in bad:
        print(f"mutate: {b}", file=sys.stderr)
    if bad:
        return 2
    if a.list:
        print(f"{len(mutants)} mutants, every fragment found exactly once")
        return 0

    build = os.path.join(ROOT, a.build)
    if not os.path.isdir(build):
        r = sh(["meson", "setup", build], a.timeout)
        if r.returncode:
            print(r.stdout)
            return 2
    r = sh(["ninja", "-C", build], a.timeout)
    if r.returncode:
        print(r.stdout[-4000:])
        print("mutate: the unmutated tree does not build", file=sys.stderr)
        return 2
    r = sh(["meson", "test", "-C", build, "--no-rebuild", "-q"], a.timeout)
    if r.returncode:
        print(r.stdout[-4000:])
        print("mutate: the suite fails without any mutant; fix that first", file=sys.stderr)
        return 2

    per_file, survivors, broken = {}, [], []
    started = time.time()
    for i, m in enumerate(mutants, 1):
        text, at = locate(m)
        src = os.path.join(ROOT, m.path)
        stats = per_file.setdefault(m.path, [0, 0])
        try:
            with open(src, "w", encoding="utf-8") as f:
                f.write(text[:at] + m.replace + text[at + len(m.find):])
            r = sh(["ninja", "-C", build], a.timeout)
            if r.returncode:
                outcome = "DOES NOT BUILD"
                broken.append(m)
            else:
                try:
                    r = sh(["meson", "test", "-C", build, "--no-rebuild", "-q", "--maxfail", "1",
                            "--timeout-multiplier", str(a.timeout_multiplier)], a.timeout)
                    killed = r.returncode != 0
                except subprocess.TimeoutExpired:
                    killed = True  # a hang is caught too
                stats[0 if killed else 1] += 1
                outcome = "killed" if killed else ("survived (equivalent)" if m.equivalent else "SURVIVED")
                if not killed:
                    survivors.append(m)
        finally:
            with open(src, "w", encoding="utf-8") as f:
                f.write(text)
        print(f"[{i}/{len(mutants)}] {outcome:22} tools/mutants.txt:{m.line}  {m.path}: {m.find[:60]!r}", flush=True)
    sh(["ninja", "-C", build], a.timeout)  # leave the build matching the restored tree

    print(f"\nkill rate per file (mutants killed / kept), {time.time() - started:.0f} s:")
    low = []
    for path in sorted(per_file):
        killed, survived = per_file[path]
        total = killed + survived
        rate = 100.0 * killed / total if total else 100.0
        print(f"  {path:28} {killed:3} / {total:3}  {rate:5.1f} %")
        if rate < a.min:
            low.append(path)
    killed = sum(k for k, _ in per_file.values())
    total = sum(k + s for k, s in per_file.values())
    print(f"  {'all':28} {killed:3} / {total:3}  {100.0 * killed / max(1, total):5.1f} %")
    for m in survivors:
        print(f"survivor: tools/mutants.txt:{m.line}  {m}" + (f"  [equivalent: {m.equivalent}]" if m.equivalent else ""))
    for m in broken:
        print(f"does not build: tools/mutants.txt:{m.line}  {m}")
    unexplained = [m for m in survivors if not m.equivalent]
    if low or broken or unexplained:
        print(f"mutate: FAILED ({len(low)} file(s) under {a.min:g} %, {len(unexplained)} unexplained survivor(s), "
              f"{len(broken)} mutant(s) that do not build)")
        return 1
    print("mutate: every file at or above the minimum, every survivor explained")
    return 0


if __name__ == "__main__":
    sys.exit(main())
