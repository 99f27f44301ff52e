#!/usr/bin/env python3
"""The report's page in a real browser: Debian's chromium, headless, loads the page of data/sample,
and the numbers in the rendered DOM must be those of the JSON lines of the same run (box counts,
eligible count, budget spent, those under the JP minimum); a screenshot at A4 width is written under
the build folder for a person to look at.  Also: the page is self-contained (nothing fetched), its
bytes are the same on every run, and `lang` follows --lang.  Where chromium is missing or cannot
run, the test says so and exits 77 (meson: skipped), never passing silently.

usage: check_report.py KARIER_EXE SOURCE_DIR BUILD_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

EXE, SRC, BUILD = sys.argv[1], sys.argv[2], sys.argv[3]
SAMPLE = os.path.join(SRC, "data", "sample")
ARGS = ["report", SAMPLE, "--date", "2026-04-01", "--budget-idr", "150000000", "--position", "KABAN"]
failed = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))
    if not ok:
        failed.append(name)


def karier(*extra):
    p = subprocess.run([EXE] + ARGS + list(extra), capture_output=True, timeout=300)
    if p.returncode != 0:
        sys.exit(f"karier {' '.join(extra)} failed ({p.returncode}): {p.stderr.decode()}")
    return p.stdout


page_path = os.path.abspath(os.path.join(BUILD, "report.html"))
page = karier("--format", "html")
open(page_path, "wb").write(page)
lines = [json.loads(l) for l in karier("--format", "jsonl").decode().splitlines()]
sec = {l["bagian"]: l for l in lines if "." not in l["bagian"]}  # the heads; records are "<bagian>.<array>"
records = {}
for l in lines:
    if "." in l["bagian"]:
        records.setdefault(l["bagian"], []).append(l)
text = page.decode("utf-8")

# without a browser: self-contained, deterministic, lang set
check("no-fetch", not re.search(r"(src|href)\s*=|https?://|@import|url\(", text), "the page refers to something outside")
check("no-script", "<script" not in text)
check("same-bytes", karier("--format", "html") == page)
check("lang-id", '<html lang="id">' in text)
check("lang-en", b'<html lang="en">' in karier("--format", "html", "--lang", "en"))

browser = shutil.which("chromium") or shutil.which("chromium-browser")
if not browser:
    print("SKIP: chromium is not installed (tools/install-deps.sh installs it); the page was not checked in a browser")
    sys.exit(1 if failed else 77)
with tempfile.TemporaryDirectory() as profile:
    common = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
              f"--user-data-dir={profile}", "--window-size=794,1123"]  # A4 width at 96 dpi
    try:
        dom = subprocess.run(common + ["--dump-dom", "file://" + page_path], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        print("SKIP: chromium did not answer within 120 s")
        sys.exit(1 if failed else 77)
    if dom.returncode != 0 or b"<html" not in dom.stdout:
        print(f"SKIP: chromium cannot run here (exit {dom.returncode}): {dom.stderr.decode()[-300:]}")
        sys.exit(1 if failed else 77)
    shot = os.path.join(BUILD, "report.png")
    subprocess.run(common + [f"--screenshot={shot}", "file://" + page_path], capture_output=True, timeout=120)
    print(f"screenshot: {shot} ({os.path.getsize(shot) if os.path.exists(shot) else 0} bytes)")
rendered = dom.stdout.decode("utf-8")


def number(pattern):
    m = re.search(pattern, rendered)
    return int(m.group(1)) if m else None


got = number(r'<span id="layak">(\d+)</span>')
check("eligible", got == sec["kenaikan_pangkat"]["layak"], f'{got} vs {sec["kenaikan_pangkat"]["layak"]}')
boxes = {k: number(r'<td data-box="%d">(\d+)</td>' % k) for k in range(1, 10)}
want = {k: sec["kotak_talenta"]["jumlah"][str(k)] for k in range(1, 10)}
check("nine-box", boxes == want, f"{boxes} vs {want}")
check("spent", number(r'<span id="terpakai">(\d+)</span>') == sec["pelatihan"]["terpakai_idr"])
check("budget", number(r'<span id="anggaran">(\d+)</span>') == sec["pelatihan"]["anggaran_idr"])
check("under-jp", number(r'<span id="di-bawah">(\d+)</span>') == sec["di_bawah_minimum_jp"]["jumlah"])
bins = [number(r'<td data-key="jp-%d">(\d+)</td>' % i) for i in range(len(sec["di_bawah_minimum_jp"]["distribusi"]))]
check("jp-bands", bins == [b["jumlah"] for b in sec["di_bawah_minimum_jp"]["distribusi"]], f"{bins}")
check("jp-bands-total", sum(b or 0 for b in bins) == 300, f"{sum(b or 0 for b in bins)}")
# the per-period chart: eligible now, and every employee counted once
periods = [int(x) for x in re.findall(r'<td data-key="per-periode-\d+">(\d+)</td>', rendered)]
check("per-period", periods and periods[0] == sec["kenaikan_pangkat"]["layak"] and sum(periods) == 300, f"{periods}")
earliest = sorted({e["tanggal_paling_awal"] for e in records["kenaikan_pangkat.pegawai"]
                   if not e["eligible"] and e["tanggal_paling_awal"]})[:8]
shown = re.findall(r'<tr><td>(\d{4}-\d\d-\d\d)</td><td data-key="per-periode-(\d+)">', rendered)
check("per-period-dates", [d for d, i in shown if i != "0"] == earliest, f"{shown} vs {earliest}")
shortlist = [int(x) for x in re.findall(r"<tr><td class=\"n\">(\d+)</td><td>\d{18}</td>", rendered)]
check("shortlist", shortlist == list(range(1, len(records["daftar_pendek.peringkat"]) + 1)), f"{shortlist}")
print(f"{len(failed)} failed")
sys.exit(1 if failed else 0)
