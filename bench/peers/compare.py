#!/usr/bin/env python3
"""karier against what a user would otherwise run, side by side: the verdicts first (the peers must
agree with karier's reguler verdicts wherever the rules overlap, rule.md), then the three timed
alternately, the figures and the ratios printed (this machine is noisy: read the ranges).

usage: compare.py DIR [--date 2026-04-01] [--rounds 3] [--karier build/cli/karier]
  --rounds 0 checks the verdicts only (what `meson test` runs: nothing is timed there)
  DIR a dataset folder (python3 tools/gen-sample.py /tmp/big --count 1000000 makes a large one)
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MODELLED = {"KP_STATUS", "KP_JABATAN_REGULER", "KP_MASA_GOLONGAN", "KP_KINERJA", "KP_DISIPLIN"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--date", default="2026-04-01")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--karier", default=os.path.join(ROOT, "build", "cli", "karier"))
    a = ap.parse_args()
    peers = {"python csv": [sys.executable, os.path.join(HERE, "kp_python.py"), a.dir, a.date],
             "sqlite": [sys.executable, os.path.join(HERE, "kp_sqlite.py"), a.dir, a.date]}
    # the failed checks are enough to tell the reguler verdict and whether the rules overlap
    karier_json = [a.karier, "promotion", a.dir, "--date", a.date, "--format", "jsonl", "--checks", "failed",
                   "--threads", "2"]
    karier_csv = [a.karier, "promotion", a.dir, "--date", a.date, "--format", "csv", "--threads", "2"]

    # 1. the verdicts agree where the rules overlap
    reguler, overlap = {}, set()
    out = subprocess.run(karier_json, capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        d = json.loads(line)
        if d["tanggal"] != a.date:
            sys.exit(f"compare.py: {a.date} is not a period date (karier evaluated {d['tanggal']}); give one")
        failed = [c for c in d["checks"] if c["jenis"] in (None, "reguler")]  # of the reguler route
        reguler[d["nip"]] = not failed
        if all(c["code"] in MODELLED for c in failed):
            overlap.add(d["nip"])
    bad = 0
    for name, cmd in peers.items():
        eligible = set(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split())
        wrong = sorted(n for n in overlap if (n in eligible) != reguler[n])
        print(f"{name}: {len(eligible)} eligible; on the {len(overlap)} employees where the rules overlap, "
              f"{len(overlap) - len(wrong)} agree with karier" + (f", {len(wrong)} do not: {wrong[:5]}" if wrong else ""))
        bad += len(wrong)
    if bad:
        sys.exit("compare.py: the peers and karier disagree: no timing is meaningful until they agree")

    if a.rounds == 0:
        return
    # 2. the time, alternately
    runs = {"karier (csv)": karier_csv, **peers}
    times = {k: [] for k in runs}
    for _ in range(a.rounds):
        for name, cmd in runs.items():
            t = time.monotonic()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
            times[name].append(time.monotonic() - t)
    k = times["karier (csv)"]
    print(f"\n{a.rounds} rounds over {a.dir}, wall seconds min-max (median):")
    for name, t in times.items():
        t = sorted(t)
        ratio = "" if name.startswith("karier") else \
            f"   karier {min(t) / max(k):.1f}x-{max(t) / min(k):.1f}x faster (median {t[len(t) // 2] / sorted(k)[len(k) // 2]:.1f}x)"
        print(f"  {name:14} {t[0]:7.2f}-{t[-1]:7.2f} ({t[len(t) // 2]:.2f}){ratio}")


if __name__ == "__main__":
    main()
