#!/usr/bin/env python3
"""Load the bundled (synthetic) sample office through the Python binding and
print the promotion list, a shortlist and the training plan.

usage: KARIER_LIBRARY=build/src/libkarier.so PYTHONPATH=bindings/python \
       python3 examples/sample_report.py [DATASET_DIR] [YYYY-MM-DD]
"""
import datetime as dt
import sys

import karier

folder = sys.argv[1] if len(sys.argv) > 1 else "data/sample"
date = dt.date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else dt.date.today()

with karier.Policy() as policy, karier.Dataset(folder, policy) as ds:
    employees = ds.employees
    positions = [ds.employee_position(i) for i in range(len(ds))]

    print(f"Promotions on the first period date on or after {date}:")
    for e, pos in zip(employees, positions):
        d = karier.promotion(e, date, policy=policy, current=pos)
        if d.eligible:
            print(f"  {e.nip}  {e.nama:<22} {karier.code_name(karier.CodeType.GOLONGAN, e.golongan) or '-':>5} -> "
                  f"{d.golongan_baru:<5} {d.jenis}  ({d.tanggal})")

    vacancy = next(p for p in ds.positions if p.jabatan == karier.Jabatan.ADMINISTRATOR)
    print(f"\nShortlist for {vacancy.code} ({vacancy.name}):")
    for place, (i, score, _eligible) in enumerate(karier.rank(employees, vacancy, date, policy=policy)[:5], 1):
        ok = karier.appointment(employees[i], vacancy, date, policy=policy)
        why = "" if ok.eligible else ok.failed()[0].message_en
        print(f"  {place}. {employees[i].nip}  {employees[i].nama:<22} {score:>6}  {'eligible' if ok.eligible else why}")

    budget = 150_000_000
    a = karier.allocate(employees, positions, ds.catalog, date.year, budget_idr=budget, policy=policy)
    print(f"\nTraining under Rp {budget:,}: spent Rp {a.spent_idr:,}, value {a.value} (proven bound {a.upper_bound})")
    for i, e in enumerate(employees[:5]):
        print(f"  {e.nip}  {e.nama:<22} funded: {' '.join(a.funded(i)) or '-'}")
