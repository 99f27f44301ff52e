#!/usr/bin/env python3
"""Write a SYNTHETIC employee dataset (docs/dataset.md) for a regional office.

Every person, name and number here is invented by a seeded random generator;
nothing describes a real civil servant.  The distributions (golongan by
education and service, jabatan mix, kinerja, competencies, training,
discipline) are shaped to look like a regional BKD, so the sample exercises
every rule.

usage: gen-sample.py OUT_DIR [--count N] [--seed S] [--date YYYY-MM-DD]
  --count N   employees (default 300: the bundled sample; millions for benchmarks)
"""
import argparse
import csv
import datetime as dt
import os
import random

MANAJERIAL = ["INTEGRITAS", "KERJASAMA", "KOMUNIKASI", "ORIENTASI_HASIL", "PELAYANAN_PUBLIK",
              "PENGEMBANGAN_DIRI", "MENGELOLA_PERUBAHAN", "PENGAMBILAN_KEPUTUSAN", "PEREKAT_BANGSA"]
TEKNIS = ["TEKNIS_MANAJEMEN_ASN", "TEKNIS_SIASN", "TEKNIS_KEARSIPAN", "TEKNIS_KEUANGAN",
          "TEKNIS_ANALISIS_JABATAN", "TEKNIS_PEMROGRAMAN"]

# code, name, kind, jenjang, base level of the standard, technical competencies, headcount weight
POSITIONS = [
    ("KABAN", "Kepala Badan Kepegawaian dan Pengembangan SDM", "jpt_pratama", "", 4, ["TEKNIS_MANAJEMEN_ASN"], 0),
    ("SEKBAN", "Sekretaris Badan", "administrator", "", 3, ["TEKNIS_MANAJEMEN_ASN", "TEKNIS_KEUANGAN"], 0),
    ("KABID-MUTASI", "Kepala Bidang Mutasi dan Promosi", "administrator", "", 3, ["TEKNIS_MANAJEMEN_ASN"], 0),
    ("KABID-BANGKOM", "Kepala Bidang Pengembangan Kompetensi", "administrator", "", 3, ["TEKNIS_MANAJEMEN_ASN"], 0),
    ("KABID-INFO", "Kepala Bidang Informasi Kepegawaian", "administrator", "", 3, ["TEKNIS_SIASN"], 0),
    ("KASUBBAG-UMUM", "Kepala Subbagian Umum dan Kepegawaian", "pengawas", "", 2, ["TEKNIS_KEARSIPAN"], 0),
    ("KASUBBAG-KEU", "Kepala Subbagian Keuangan", "pengawas", "", 2, ["TEKNIS_KEUANGAN"], 0),
    ("KASUBBID-MUTASI", "Kepala Subbidang Mutasi", "pengawas", "", 2, ["TEKNIS_MANAJEMEN_ASN"], 0),
    ("KASUBBID-PROMOSI", "Kepala Subbidang Promosi", "pengawas", "", 2, ["TEKNIS_MANAJEMEN_ASN"], 0),
    ("KASUBBID-DIKLAT", "Kepala Subbidang Diklat", "pengawas", "", 2, ["TEKNIS_MANAJEMEN_ASN"], 0),
    ("KASUBBID-DATA", "Kepala Subbidang Data", "pengawas", "", 2, ["TEKNIS_SIASN"], 0),
    ("ANALIS-SDM-PERTAMA", "Analis SDM Aparatur Ahli Pertama", "fungsional_keahlian", "ahli_pertama", 2, ["TEKNIS_MANAJEMEN_ASN", "TEKNIS_ANALISIS_JABATAN"], 14),
    ("ANALIS-SDM-MUDA", "Analis SDM Aparatur Ahli Muda", "fungsional_keahlian", "ahli_muda", 3, ["TEKNIS_MANAJEMEN_ASN", "TEKNIS_ANALISIS_JABATAN"], 9),
    ("ANALIS-SDM-MADYA", "Analis SDM Aparatur Ahli Madya", "fungsional_keahlian", "ahli_madya", 3, ["TEKNIS_MANAJEMEN_ASN", "TEKNIS_ANALISIS_JABATAN"], 3),
    ("PRAKOM-PERTAMA", "Pranata Komputer Ahli Pertama", "fungsional_keahlian", "ahli_pertama", 2, ["TEKNIS_SIASN", "TEKNIS_PEMROGRAMAN"], 5),
    ("PRAKOM-MUDA", "Pranata Komputer Ahli Muda", "fungsional_keahlian", "ahli_muda", 3, ["TEKNIS_SIASN", "TEKNIS_PEMROGRAMAN"], 3),
    ("ARSIPARIS-TERAMPIL", "Arsiparis Terampil", "fungsional_keterampilan", "terampil", 2, ["TEKNIS_KEARSIPAN"], 6),
    ("ARSIPARIS-MAHIR", "Arsiparis Mahir", "fungsional_keterampilan", "mahir", 2, ["TEKNIS_KEARSIPAN"], 4),
    ("ARSIPARIS-PENYELIA", "Arsiparis Penyelia", "fungsional_keterampilan", "penyelia", 3, ["TEKNIS_KEARSIPAN"], 2),
    ("PENGADM-UMUM", "Pengadministrasi Umum", "pelaksana", "", 1, ["TEKNIS_KEARSIPAN"], 24),
    ("PENGADM-KEPEG", "Pengadministrasi Kepegawaian", "pelaksana", "", 1, ["TEKNIS_MANAJEMEN_ASN"], 22),
    ("PENGELOLA-DATA", "Pengelola Data Kepegawaian", "pelaksana", "", 2, ["TEKNIS_SIASN"], 14),
    ("BENDAHARA", "Bendahara", "pelaksana", "", 2, ["TEKNIS_KEUANGAN"], 4),
    ("PENGEMUDI", "Pengemudi", "pelaksana", "", 1, [], 4),
]
ONE_EACH = {"jpt_pratama", "administrator", "pengawas"}
# kebutuhan (formasi) per post: one of each managerial post, the rest near today's headcount
KEBUTUHAN = {"ANALIS-SDM-PERTAMA": 36, "ANALIS-SDM-MUDA": 26, "ANALIS-SDM-MADYA": 4, "PRAKOM-PERTAMA": 18,
             "PRAKOM-MUDA": 8, "ARSIPARIS-TERAMPIL": 17, "ARSIPARIS-MAHIR": 10, "ARSIPARIS-PENYELIA": 3,
             "PENGADM-UMUM": 50, "PENGADM-KEPEG": 50, "PENGELOLA-DATA": 38, "BENDAHARA": 14, "PENGEMUDI": 8}
# the pola karier: from, to, jalur, months in the first post before the move
POLA = [
    ("PENGADM-UMUM", "KASUBBAG-UMUM", "vertikal", 24), ("PENGADM-KEPEG", "KASUBBAG-UMUM", "vertikal", 24),
    ("PENGADM-KEPEG", "KASUBBID-MUTASI", "vertikal", 24), ("PENGADM-KEPEG", "KASUBBID-PROMOSI", "vertikal", 24),
    ("PENGADM-KEPEG", "KASUBBID-DIKLAT", "vertikal", 24), ("PENGELOLA-DATA", "KASUBBID-DATA", "vertikal", 24),
    ("BENDAHARA", "KASUBBAG-KEU", "vertikal", 24),
    ("PENGADM-KEPEG", "ANALIS-SDM-PERTAMA", "diagonal", 12), ("PENGELOLA-DATA", "PRAKOM-PERTAMA", "diagonal", 12),
    ("PENGADM-UMUM", "ARSIPARIS-TERAMPIL", "diagonal", 12),
    ("ANALIS-SDM-PERTAMA", "ANALIS-SDM-MUDA", "vertikal", 0), ("ANALIS-SDM-MUDA", "ANALIS-SDM-MADYA", "vertikal", 0),
    ("PRAKOM-PERTAMA", "PRAKOM-MUDA", "vertikal", 0), ("ARSIPARIS-TERAMPIL", "ARSIPARIS-MAHIR", "vertikal", 0),
    ("ARSIPARIS-MAHIR", "ARSIPARIS-PENYELIA", "vertikal", 0),
    ("ANALIS-SDM-MUDA", "KASUBBID-MUTASI", "horizontal", 24), ("ANALIS-SDM-MUDA", "KASUBBID-PROMOSI", "horizontal", 24),
    ("ANALIS-SDM-MUDA", "KASUBBID-DIKLAT", "horizontal", 24), ("PRAKOM-MUDA", "KASUBBID-DATA", "horizontal", 24),
    ("KASUBBID-MUTASI", "KABID-MUTASI", "vertikal", 24), ("KASUBBID-PROMOSI", "KABID-MUTASI", "vertikal", 24),
    ("KASUBBID-DIKLAT", "KABID-BANGKOM", "vertikal", 24), ("KASUBBID-DATA", "KABID-INFO", "vertikal", 24),
    ("KASUBBAG-UMUM", "SEKBAN", "vertikal", 24), ("KASUBBAG-KEU", "SEKBAN", "vertikal", 24),
    ("ANALIS-SDM-MADYA", "KABID-MUTASI", "horizontal", 24), ("ANALIS-SDM-MADYA", "KABID-BANGKOM", "horizontal", 24),
    ("KABID-MUTASI", "SEKBAN", "horizontal", 24), ("KABID-BANGKOM", "SEKBAN", "horizontal", 24),
    ("KABID-INFO", "SEKBAN", "horizontal", 24),
    ("SEKBAN", "KABAN", "diagonal", 24), ("KABID-MUTASI", "KABAN", "diagonal", 24),
    ("KABID-BANGKOM", "KABAN", "diagonal", 24), ("KABID-INFO", "KABAN", "diagonal", 24),
]

GOL = ["I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
       "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"]
START = {"SD": 0, "SLTP": 2, "SLTA": 4, "D3": 6, "S1": 8, "S2": 9, "S3": 10}
CEIL = {"SD": 4, "SLTP": 6, "SLTA": 9, "D3": 10, "S1": 11, "S2": 12, "S3": 13}
PPPK_GOL = {"SD": "I", "SLTP": "IV", "SLTA": "V", "D3": "VII", "S1": "IX", "S2": "X", "S3": "XI"}
RANGE = {"ahli_pertama": (8, 9), "ahli_muda": (10, 11), "ahli_madya": (12, 14), "terampil": (5, 7),
         "mahir": (8, 9), "penyelia": (10, 11), "jpt_pratama": (13, 15), "administrator": (11, 13),
         "pengawas": (9, 11)}
AKK = {"ahli_pertama": 50, "ahli_muda": 100, "ahli_madya": 150, "terampil": 20, "mahir": 50, "penyelia": 100}
FIRST = ["Agus", "Ahmad", "Andi", "Bambang", "Budi", "Dedi", "Dewi", "Dian", "Eka", "Endang", "Fajar", "Fitri",
         "Hadi", "Hendra", "Indah", "Intan", "Joko", "Kartika", "Lestari", "Made", "Maria", "Nur", "Putri",
         "Rahmat", "Ratna", "Rina", "Rudi", "Sari", "Siti", "Sri", "Teguh", "Tri", "Wahyu", "Wayan", "Yanti", "Yusuf"]
LAST = ["Hidayat", "Kusuma", "Lubis", "Nasution", "Pratama", "Purba", "Rahayu", "Saputra", "Setiawan",
        "Siregar", "Simanjuntak", "Susanti", "Wibowo", "Wijaya", "Yulianti", "Harahap", "Manurung", "Pohan"]
UNITS = ["Sekretariat", "Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi", "Bidang Informasi Kepegawaian"]


def period_on_or_before(d):
    """The April or October 1st on or before d (the pre-2024 calendar), or the month's 1st after."""
    if d.year >= 2024:
        return dt.date(d.year, d.month, 1)
    m = 10 if d.month >= 10 else 4 if d.month >= 4 else None
    return dt.date(d.year, m, 1) if m else dt.date(d.year - 1, 10, 1)


def add_years(d, y):
    try:
        return d.replace(year=d.year + y)
    except ValueError:
        return d.replace(year=d.year + y, day=28)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20261122)
    ap.add_argument("--date", default="2026-11-01")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    today = dt.date.fromisoformat(a.date)
    os.makedirs(a.out, exist_ok=True)

    def writer(name, header):
        f = open(os.path.join(a.out, name), "w", newline="", encoding="utf-8")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        return f, w

    # positions and their standards
    f, w = writer("jabatan.csv", ["kode", "nama", "jenis", "jenjang", "min_golongan", "min_pendidikan", "bup", "kebutuhan"])
    for code, name, kind, jen, base, tek, _ in POSITIONS:
        w.writerow([code, name, kind, jen, "", "", "", KEBUTUHAN.get(code, 1)])
    f.close()
    f, w = writer("pola_karier.csv", ["dari", "ke", "jalur", "min_bulan"])
    for move in POLA:
        w.writerow(move)
    f.close()
    f, w = writer("standar_kompetensi.csv", ["jabatan", "kompetensi", "level"])
    standard = {}
    for code, name, kind, jen, base, tek, _ in POSITIONS:
        std = [(k, base) for k in MANAJERIAL] + [(t, min(5, base + 1)) for t in tek]
        standard[code] = std
        for k, lv in std:
            w.writerow([code, k, lv])
    f.close()

    # the catalogue: for every competency, a course per level step, a cheaper e-learning for some, and a package
    f, w = writer("katalog.csv", ["kode", "nama", "kompetensi", "level_min", "level_hasil", "jp", "biaya", "moda"])
    for k in MANAJERIAL + TEKNIS:
        short = k.replace("TEKNIS_", "T-").replace("_", "")[:10]
        for lv in range(0, 5):
            jp = rnd.choice([8, 16, 24, 32, 40])
            w.writerow([f"{short}-{lv + 1}", f"Pelatihan {k.title().replace('_', ' ')} tingkat {lv + 1}", k, lv, lv + 1,
                        jp, jp * rnd.choice([60000, 75000, 90000, 110000]), "klasikal"])
            if rnd.random() < 0.4:
                w.writerow([f"{short}-{lv + 1}E", f"E-learning {k.title().replace('_', ' ')} {lv + 1}", k, lv, lv + 1,
                            jp // 2 or 4, (jp // 2 or 4) * 30000, "nonklasikal"])
        w.writerow([f"{short}-PAKET", f"Paket {k.title().replace('_', ' ')} 1-3", k, 0, 3, 60, 60 * 80000, "klasikal"])
    f.close()

    # headcount: one holder for each manajerial post, the rest by weight
    slots = [p for p in POSITIONS if p[2] in ONE_EACH]
    weighted = [p for p in POSITIONS if p[2] not in ONE_EACH]
    weights = [p[6] for p in weighted]
    people = slots + rnd.choices(weighted, weights=weights, k=max(0, a.count - len(slots)))
    people = people[:a.count]

    files = {n: writer(n, h) for n, h in [
        ("pegawai.csv", ["nip", "nama", "status", "pendidikan", "golongan", "tmt_golongan", "jabatan", "tmt_jabatan",
                         "unit_kerja", "potensi", "angka_kredit", "ujian_dinas"]),
        ("kinerja.csv", ["nip", "tahun", "predikat"]),
        ("kompetensi.csv", ["nip", "kompetensi", "level", "tanggal"]),
        ("pelatihan.csv", ["nip", "kode", "tanggal_selesai", "jp", "jenis"]),
        ("disiplin.csv", ["nip", "tingkat", "tmt_mulai", "tmt_selesai"]),
        ("riwayat_jabatan.csv", ["nip", "jenis", "jenjang", "tmt_mulai", "tmt_selesai"])]}
    W = {n: fw[1] for n, fw in files.items()}
    used = set()
    for i, (code, name, kind, jen, base, tek, _) in enumerate(people):
        manager = kind in ONE_EACH
        if kind == "jpt_pratama":
            pend = rnd.choice(["S2", "S2", "S3"])
        elif kind == "administrator":
            pend = rnd.choice(["S1", "S2", "S2"])
        elif kind == "pengawas":
            pend = rnd.choice(["S1", "S1", "S2", "D3"])
        elif kind == "fungsional_keahlian":
            pend = rnd.choice(["S1"] * 4 + ["S2"])
        elif kind == "fungsional_keterampilan":
            pend = rnd.choice(["D3", "D3", "SLTA"])
        else:
            pend = rnd.choice(["SLTA"] * 4 + ["D3"] * 2 + ["S1"] * 3 + (["SD"] if code == "PENGEMUDI" else []))
        status = "PNS"
        if not manager and rnd.random() < 0.13:
            status = "PPPK"
        elif not manager and rnd.random() < 0.04:
            status = "CPNS"
        # dates: the oldest born 1966, CPNS at 22..32
        if kind == "jpt_pratama":
            birth = dt.date(rnd.randint(1968, 1975), rnd.randint(1, 12), rnd.randint(1, 28))
        elif manager:
            birth = dt.date(rnd.randint(1968, 1985), rnd.randint(1, 12), rnd.randint(1, 28))
        elif status == "CPNS":
            birth = dt.date(rnd.randint(1996, 2001), rnd.randint(1, 12), rnd.randint(1, 28))
        else:
            birth = dt.date(rnd.randint(1966, 1998), rnd.randint(1, 12), rnd.randint(1, 28))
        cpns = dt.date(birth.year + rnd.randint(22, 30), rnd.choice([1, 3, 4]), 1)
        if status == "CPNS":
            cpns = dt.date(rnd.choice([2025, 2026]), 1 if today.year > 2025 else 3, 1)
        if status == "PPPK":
            cpns = dt.date(rnd.choice([2021, 2022, 2023, 2024]), rnd.choice([1, 3, 7]), 1)
        if cpns >= today:
            cpns = dt.date(today.year - 1, 3, 1)
        sex = rnd.choice("12")
        while True:
            if status == "PPPK":
                nip = f"{birth:%Y%m%d}{cpns.year}21{sex}{rnd.randint(1, 999):03d}"
            else:
                nip = f"{birth:%Y%m%d}{cpns:%Y%m}{sex}{rnd.randint(1, 999):03d}"
            if nip not in used:
                used.add(nip)
                break
        nama = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        service = (today - cpns).days / 365.25
        # golongan
        if status == "PPPK":
            gol, tmt_gol = PPPK_GOL[pend], cpns
        else:
            start = START[pend]
            steps = int(max(0, service - rnd.uniform(0, 3)) // 4)
            idx = min(start + steps, CEIL[pend])
            lo, hi = RANGE.get(jen or kind, (0, 16))
            idx = max(min(idx, hi), min(lo, CEIL[pend] + 1, 16)) if (jen or manager) else idx
            years_back = rnd.uniform(0.2, 4.5) if idx > start else service
            tmt_gol = cpns if idx == start else max(cpns, period_on_or_before(today - dt.timedelta(days=int(365.25 * years_back))))
            gol = GOL[idx]
        tmt_jab = max(cpns, dt.date(rnd.randint(min(max(cpns.year, 2015), today.year - 1), today.year - 1), rnd.randint(1, 12), rnd.choice([1, 2, 3])))
        potensi = f"{min(98, max(40, rnd.gauss(72, 10))):.2f}" if rnd.random() < 0.6 else ""
        ak = f"{rnd.uniform(0, AKK[jen] * 1.6):.2f}" if jen else ""
        ud = "I" if status == "PNS" and gol in ("II/d", "III/a") and rnd.random() < 0.5 else ""
        W["pegawai.csv"].writerow([nip, nama, status, pend, gol, tmt_gol.isoformat(), code, tmt_jab.isoformat(),
                                   rnd.choice(UNITS), potensi, ak, ud])
        # kinerja: a personal tendency
        tendency = rnd.random()
        for y in range(max(2021, cpns.year), today.year):
            if rnd.random() < 0.03:
                continue  # a missing year, as real data has
            x = rnd.random() * 0.7 + tendency * 0.3
            pred = "sangat_baik" if x > 0.82 else "baik" if x > 0.18 else "butuh_perbaikan" if x > 0.06 else \
                "kurang" if x > 0.02 else "sangat_kurang"
            W["kinerja.csv"].writerow([nip, y, pred])
        # competencies against the position's standard
        if rnd.random() < 0.9:
            when = dt.date(rnd.choice([2024, 2025]), rnd.randint(1, 12), 15)
            for k, lv in standard[code]:
                W["kompetensi.csv"].writerow([nip, k, max(1, min(5, lv + rnd.choice([-2, -1, -1, 0, 0, 0, 1]))), when.isoformat()])
        # training
        for y in range(max(2024, cpns.year), today.year + 1):
            for _ in range(rnd.choice([0, 1, 1, 2, 3])):
                d = dt.date(y, rnd.randint(1, 12 if y < today.year else max(1, today.month - 1)), rnd.randint(1, 28))
                W["pelatihan.csv"].writerow([nip, f"EL-{rnd.randint(1, 40):03d}", d.isoformat(),
                                             rnd.choice([4, 8, 8, 12, 16, 24, 40]), rnd.choice(["TEKNIS", "FUNGSIONAL", "LAINNYA"])])
        lead = {"pengawas": ("PKP", 830), "administrator": ("PKA", 830), "jpt_pratama": ("PKN_II", 900)}.get(kind)
        if lead and rnd.random() < 0.85:
            d = max(cpns, tmt_jab - dt.timedelta(days=rnd.randint(60, 900)))
            W["pelatihan.csv"].writerow([nip, lead[0] + f"-{d.year}", d.isoformat(), lead[1], lead[0]])
        if status == "CPNS":
            W["pelatihan.csv"].writerow([nip, "LATSAR", (cpns + dt.timedelta(days=120)).isoformat(), 120, "LATSAR"])
        # discipline
        r = rnd.random()
        if r < 0.05:
            level = "ringan" if r < 0.03 else "sedang" if r < 0.045 else "berat"
            s = dt.date(rnd.randint(2022, today.year), rnd.randint(1, 12), 1)
            if s < today and s > cpns:
                e = s + dt.timedelta(days=rnd.choice([180, 270, 365]))
                W["disiplin.csv"].writerow([nip, level, s.isoformat(), e.isoformat()])
        # past posts of managers
        if manager and tmt_jab.year - cpns.year > 6:
            prior = {"jpt_pratama": "administrator", "administrator": "pengawas", "pengawas": "pelaksana"}[kind]
            s = max(cpns, dt.date(tmt_jab.year - rnd.randint(3, 6), 1, 1))
            if s < tmt_jab:
                W["riwayat_jabatan.csv"].writerow([nip, prior, "", s.isoformat(), tmt_jab.isoformat()])
    for f, _ in files.values():
        f.close()


if __name__ == "__main__":
    main()
