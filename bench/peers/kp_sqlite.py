#!/usr/bin/env python3
"""Peer 2: kenaikan pangkat reguler (rule.md) the database way: the CSV files imported into SQLite
(Python's sqlite3 module, a file database as `.import` would make), then one SQL query.  Prints
the NIPs eligible at D, one per line.

usage: kp_sqlite.py DIR YYYY-MM-DD
"""
import csv
import os
import sqlite3
import sys
import tempfile

d, when = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    db = sqlite3.connect(os.path.join(tmp, "kp.db"))
    for name, cols in (("pegawai", ("nip", "status", "jabatan", "tmt_golongan", "tmt_cpns")), ("jabatan", ("kode", "jenis")),
                       ("kinerja", ("nip", "tahun", "predikat")), ("disiplin", ("nip", "tingkat", "tmt_mulai", "tmt_selesai"))):
        db.execute(f"CREATE TABLE {name} ({', '.join(cols)})")
        path = os.path.join(d, name + ".csv")
        if os.path.exists(path):
            with open(path, newline="", encoding="utf-8-sig") as f:
                db.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(cols))})",
                               ([r.get(c) for c in cols] for r in csv.DictReader(f)))
    db.execute("CREATE INDEX k ON kinerja (nip)")
    db.execute("CREATE INDEX s ON disiplin (nip)")
    # the TMT CPNS: the column, or the NIP's YYYYMM; the masa starts there while the golongan is the first
    db.execute("""UPDATE pegawai SET tmt_cpns = substr(nip, 9, 4) || '-' || substr(nip, 13, 2) || '-01'
                  WHERE tmt_cpns IS NULL OR tmt_cpns = ''""")
    months = """((CAST(strftime('%Y', {b}) AS INTEGER) - CAST(strftime('%Y', {a}) AS INTEGER)) * 12
                 + CAST(strftime('%m', {b}) AS INTEGER) - CAST(strftime('%m', {a}) AS INTEGER)
                 - (CAST(strftime('%d', {b}) AS INTEGER) < CAST(strftime('%d', {a}) AS INTEGER)))"""
    start = f"""(CASE WHEN p.tmt_cpns < p.tmt_golongan AND {months.format(a='p.tmt_cpns', b='p.tmt_golongan')} <= 24
                  THEN p.tmt_cpns ELSE p.tmt_golongan END)"""
    q = f"""
    SELECT p.nip FROM pegawai p JOIN jabatan j ON j.kode = p.jabatan
    WHERE p.status = 'PNS' AND j.jenis = 'pelaksana'
      AND {months.format(a=start, b=':d')} >= 48
      AND (SELECT COUNT(DISTINCT k.tahun) FROM kinerja k WHERE k.nip = p.nip
           AND CAST(k.tahun AS INTEGER) IN (CAST(strftime('%Y', :d) AS INTEGER) - 1, CAST(strftime('%Y', :d) AS INTEGER) - 2)
           AND lower(replace(k.predikat, ' ', '_')) IN ('baik', 'sangat_baik')) = 2
      AND NOT EXISTS (SELECT 1 FROM disiplin s WHERE s.nip = p.nip AND s.tingkat IN ('sedang', 'berat')
           AND s.tmt_mulai <= :d AND (s.tmt_selesai IS NULL OR s.tmt_selesai = '' OR s.tmt_selesai > :d))
    ORDER BY p.rowid"""
    out = sys.stdout
    for (nip,) in db.execute(q, {"d": when}):
        out.write(nip + "\n")
    db.close()
