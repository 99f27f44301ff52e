#!/usr/bin/env python3
"""Peer 1: kenaikan pangkat reguler (rule.md) with the csv module, as an HR analyst would write it.
Prints the NIPs eligible at D, one per line.

usage: kp_python.py DIR YYYY-MM-DD
"""
import csv
import datetime as dt
import os
import sys

d, when = sys.argv[1], dt.date.fromisoformat(sys.argv[2])
GOOD = {"baik", "sangat_baik"}


def rows(name):
    path = os.path.join(d, name)
    if not os.path.exists(path):
        return
    with open(path, newline="", encoding="utf-8-sig") as f:
        yield from csv.DictReader(f)


def months(start, end):
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def start_of_masa(r):
    """tmt_golongan, or the TMT CPNS while the golongan is the first one (PP 99/2000 Ps5)."""
    gol = dt.date.fromisoformat(r["tmt_golongan"])
    cpns = dt.date.fromisoformat(r["tmt_cpns"]) if r.get("tmt_cpns") else dt.date(int(r["nip"][8:12]), int(r["nip"][12:14]), 1)
    return cpns if cpns < gol and months(cpns, gol) <= 24 else gol


pelaksana = {r["kode"] for r in rows("jabatan.csv") if r["jenis"] == "pelaksana"}
good_years = {}
for r in rows("kinerja.csv"):
    if (r.get("predikat") or "").strip().lower().replace(" ", "_") in GOOD:
        good_years.setdefault(r["nip"], set()).add(int(r["tahun"]))
blocked = set()
for r in rows("disiplin.csv"):
    if r["tingkat"] in ("sedang", "berat"):
        start = dt.date.fromisoformat(r["tmt_mulai"])
        end = dt.date.fromisoformat(r["tmt_selesai"]) if r.get("tmt_selesai") else None
        if start <= when and (end is None or end > when):
            blocked.add(r["nip"])
need = {when.year - 1, when.year - 2}
out = sys.stdout
for r in rows("pegawai.csv"):
    if (r["status"] == "PNS" and r["jabatan"] in pelaksana and r["nip"] not in blocked and
            need <= good_years.get(r["nip"], set()) and
            months(start_of_masa(r), when) >= 48):
        out.write(r["nip"] + "\n")
