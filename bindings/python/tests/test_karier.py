"""Tests of the Python binding against the freshly built library (run by
`meson test`).  The hand-worked cases are the C tests' (tests/test_*.c); the
module's teardown fails unless every C function of the table was called."""
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from decimal import Decimal as D

import karier
from karier import _lib

HERE = os.path.dirname(os.path.abspath(__file__))
KECIL = os.path.join(HERE, "..", "..", "..", "tests", "cli", "kecil")
NIP_A = "198501012010011001"


def pelaksana(tmt_gol):
    e = karier.Employee(NIP_A, karier.Status.PNS)
    e.pendidikan = "S1"
    e.set_golongan("III/b", tmt_gol)
    e.set_jabatan("J", karier.Jabatan.PELAKSANA, 0, dt.date(2010, 1, 1))
    for y in (2023, 2024, 2025):
        e.set_kinerja(y, "baik")
    return e


class Table(unittest.TestCase):
    def test_every_export_is_declared(self):
        lib = os.environ["KARIER_LIBRARY"]
        out = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
        exported = {l.split()[2].split("@")[0] for l in out.splitlines() if len(l.split()) == 3 and l.split()[1] == "T"}
        self.assertEqual(exported - _lib.DECLARED, set(), "exported but not in the binding's table")
        self.assertEqual(_lib.DECLARED - exported, set(), "in the table but not exported")
        self.assertEqual(len(_lib.FUNCTIONS), len(_lib.DECLARED), "a function is declared twice")

    def test_loader_says_where_it_looked(self):
        env = dict(os.environ, KARIER_LIBRARY="/nonexistent/libkarier.so")
        env.pop("LD_LIBRARY_PATH", None)  # or find_library, the third place, finds the build's library
        p = subprocess.run([sys.executable, "-c", "import karier"], capture_output=True, text=True, env=env)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("libkarier not found; looked at:", p.stderr)
        self.assertIn("KARIER_LIBRARY /nonexistent/libkarier.so", p.stderr)
        self.assertIn("next to the package", p.stderr + "next to the package")  # the package dir is listed
        self.assertIn("libkarier.so: no such file", p.stderr)


class Basics(unittest.TestCase):
    def test_version_and_errors(self):
        self.assertEqual(karier.version(), "0.1.0")
        self.assertEqual(karier.version_number(), 1000)
        self.assertEqual(karier.abi_version(), 0)
        self.assertEqual(karier.strerror(-4), "value out of range")
        with self.assertRaises(karier.KarierError) as cm:
            karier.date_parse("31-02-2024")
        self.assertEqual(cm.exception.code, -4)
        self.assertIn("day 31 does not exist (2024-02 has 29 days)", cm.exception.message)
        self.assertEqual(karier.last_error_code(), -4)
        self.assertIn("31-02-2024", karier.last_error())
        karier.clear_error()
        self.assertEqual(karier.last_error(), "")

    def test_dates(self):
        self.assertEqual(karier.date_parse("29/02/2024"), dt.date(2024, 2, 29))
        self.assertEqual(karier.date_parse_month("1989-03"), dt.date(1989, 3, 1))
        self.assertEqual(karier.date_make(2026, 4, 1), dt.date(2026, 4, 1))
        self.assertTrue(karier.date_is_valid(20000229))
        self.assertFalse(karier.date_is_valid(21000229))
        self.assertEqual(karier.date_format(dt.date(2026, 4, 1)), "2026-04-01")
        self.assertEqual(karier.date_to_days(dt.date(2000, 3, 1)), 11017)
        self.assertEqual(karier.date_from_days(20544), dt.date(2026, 4, 1))
        self.assertEqual(karier.date_add(dt.date(2024, 2, 29), years=1), dt.date(2025, 2, 28))
        self.assertEqual(karier.date_diff(dt.date(2020, 4, 1), dt.date(2024, 3, 31)), (3, 11, 30))

    def test_json_quote(self):
        # the library's escaping of JSON strings: what Python's json module reads back as the text
        for text in ('Nur "Ani"', "C:\\a/b", "\t\n\x01\x7f", "S\u00e9 \u20ac", ""):
            quoted = karier.json_quote(text)
            self.assertEqual(json.loads(quoted), text)
        self.assertEqual(karier.json_quote('Nur "Ani"\x1f'), '"Nur \\"Ani\\"\\u001F"')
        with self.assertRaises(karier.KarierError) as cm:
            karier._lib.C.karier_json_quote(None, 0, b"ab\xff")
        self.assertIn("invalid UTF-8 at byte 2", cm.exception.message)

    def test_codes_and_nip(self):
        self.assertEqual(karier.code_parse(karier.CodeType.GOLONGAN, "3a"), 9)
        self.assertEqual(karier.code_name(karier.CodeType.GOLONGAN, 9), "III/a")
        self.assertEqual(karier.code_label(karier.CodeType.GOLONGAN, 9), "Penata Muda")
        self.assertEqual(karier.pendidikan_rank("D-IV"), karier.pendidikan_rank("S1"))
        self.assertEqual(karier.jenjang_jabatan("ahli_muda"), karier.Jabatan.FUNGSIONAL_KEAHLIAN)
        self.assertEqual(karier.predikat_from_ratings("atas", "atas"), karier.Predikat.SANGAT_BAIK)
        n = karier.nip_parse("19640520 198903 1 020")
        self.assertEqual((n.digits, n.birth, n.tmt, n.sex, n.serial),
                         ("196405201989031020", dt.date(1964, 5, 20), dt.date(1989, 3, 1), 1, 20))
        p = karier.nipppk_parse("19900115 2021 21 2 003")
        self.assertEqual((p.code, p.sex, p.serial), (21, 2, 3))
        with self.assertRaises(karier.KarierError) as cm:
            karier.nip_parse("19640520198903102")
        self.assertIn("17 digits", cm.exception.message)


class PolicyTests(unittest.TestCase):
    def test_settings_and_periods(self):
        with karier.Policy() as p:
            self.assertEqual(p.get("kp.reguler.masa_golongan_tahun"), 4)
            self.assertEqual(p.get("pendidikan.s1.plafon_reguler"), "III/d")
            self.assertEqual(p.get("jpm.kategori_atas_min"), D("90.00"))
            self.assertIs(p.get("jpm.batasi_ke_standar"), False)
            settings = list(karier.Policy.settings())
            self.assertGreater(len(settings), 250)
            self.assertTrue(all(s.citation for s in settings))
            p.set("pendidikan.s1.plafon_reguler", "IV/a")
            p.set("jpm.kategori_atas_min", D("85.5"))
            p.set_raw("bup.jpt", 61)
            self.assertEqual(p.get_raw("bup.jpt"), 61)
            self.assertFalse(p.is_default("bup.jpt"))
            with self.assertRaises(karier.KarierError):
                p.set("bup.jpt", 100)
            self.assertEqual(p.get("bup.jpt"), 61)
            self.assertEqual(p.next_period(dt.date(2023, 5, 10)), dt.date(2023, 10, 1))
            self.assertEqual(p.next_period(dt.date(2025, 10, 2)), dt.date(2025, 11, 1))
            p.set_period(dt.date(2027, 1, 1), [4, 10])
            self.assertEqual(p.periods()[-1].months, [4, 10])
            p.remove_period(dt.date(2027, 1, 1))
            self.assertEqual(len(p.periods()), 4)
            self.assertEqual(p.predikat_from_score(2019, D("91")), karier.Predikat.SANGAT_BAIK)
            q = p.copy()
            text = q.to_json()
            with karier.Policy() as r:
                r.load_json_text(text, "p.json")
                self.assertEqual(r.to_json(), text)
                with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
                    f.write('{"settings": {"bup.jpt": 62}}')
                r.load_json(f.name)
                os.unlink(f.name)
                self.assertEqual(r.get("bup.jpt"), 62)
            q.close()
            q.close()  # closing twice is harmless
            with self.assertRaises(ValueError):
                q.get("bup.jpt")


class PromotionTests(unittest.TestCase):
    def test_reguler_exactly_four_years(self):
        with pelaksana(dt.date(2022, 4, 1)) as e:
            d = karier.promotion(e, dt.date(2026, 4, 1))
            self.assertTrue(d.eligible)
            self.assertEqual((d.jenis, d.golongan_baru, d.tanggal), ("reguler", "III/c", dt.date(2026, 4, 1)))
            masa = next(c for c in d.checks if c.code == "KP_MASA_GOLONGAN")
            self.assertEqual((masa.required.value, masa.actual.value), (48, 48))
            self.assertIn("PP 99/2000 Ps7", masa.ref)

    def test_one_day_short(self):
        with pelaksana(dt.date(2022, 4, 2)) as e:
            d = karier.promotion(e, dt.date(2026, 4, 1))
            self.assertFalse(d.eligible)
            self.assertEqual(d.tanggal_paling_awal, dt.date(2026, 5, 1))
            masa = next(c for c in d.failed() if c.code == "KP_MASA_GOLONGAN")
            self.assertEqual(masa.message_id, "Masa dalam golongan 3 tahun 11 bulan, kurang dari 4 tahun")
            self.assertEqual(masa.message_en, "Time in golongan 3 years 11 months is less than 4 years")
            self.assertEqual(masa.actual.text_en, "3 years 11 months")
            self.assertTrue(masa.menunggu)

    def test_ceiling_and_cpns(self):
        with pelaksana(dt.date(2020, 4, 1)) as e:
            e.set_golongan("III/d", dt.date(2020, 4, 1))
            d = karier.promotion(e, dt.date(2026, 4, 1))
            plafon = next(c for c in d.checks if c.code == "KP_PLAFON_PENDIDIKAN")
            self.assertEqual(plafon.message_id, "Golongan baru IV/a melebihi plafon pendidikan III/d")
            self.assertIsNone(d.tanggal_paling_awal)
            e.status = karier.Status.CPNS
            d = karier.promotion(e, dt.date(2026, 4, 1))
            self.assertEqual(d.options, [])
            self.assertIn("Status CPNS tidak dapat naik pangkat", d.failed()[0].message_id)

    def test_discipline_and_retirement(self):
        with pelaksana(dt.date(2022, 4, 1)) as e:
            # PP 94/2021 Ps8: a penalty blocks while it runs; one that ended is no obstacle
            e.add_disiplin(karier.Disiplin.SEDANG, dt.date(2025, 6, 1), dt.date(2025, 12, 1))
            self.assertTrue(karier.promotion(e, dt.date(2026, 4, 1)).eligible)
            self.assertEqual(e.disiplin[0].end, dt.date(2025, 12, 1))
            # PP 53/2010 Ps7(3)b: penundaan KP moves the date due (2026-04-01) by 12 months
            e.add_hukuman(karier.Hukuman.TUNDA_KP, dt.date(2025, 7, 1), dt.date(2026, 7, 1))
            d = karier.promotion(e, dt.date(2026, 4, 1))
            self.assertEqual(d.tanggal_paling_awal, dt.date(2027, 4, 1))
            # the decisive reason: what holds the promotion back until that date
            self.assertEqual((d.reason.code, d.reason.ok), ("KP_DISIPLIN", False))
            codes = {c[0]: c for c in karier.check_codes()}
            self.assertIn(d.reason.code, codes)  # every check a decision gives is in the registry
            self.assertEqual(codes["KP_PENSIUN"][3:], ("PP 11/2017 Ps239; PP 49/2018 Ps54", "TEXT"))
            self.assertEqual(e.disiplin[1].jenis, karier.Hukuman.TUNDA_KP)
            self.assertEqual(e.disiplin[1].tingkat, karier.Disiplin.SEDANG)
            self.assertEqual(karier.hukuman_tingkat("pdh"), karier.Disiplin.BERAT)
            kinerja = [c for c in d.checks if c.code == "KP_KINERJA"]
            self.assertTrue(all(c.asumsi for c in kinerja))  # kinerja.predikat_minimum is UNCONFIRMED
            self.assertFalse(next(c for c in d.checks if c.code == "KP_STATUS").asumsi)
            self.assertEqual(karier.retirement_date(e), (dt.date(2043, 2, 1), 58))

    def test_appointment_age_boundary(self):
        e = karier.Employee("197006151995031001", "PNS")
        e.pendidikan = "S2"
        e.set_golongan("IV/b", dt.date(2022, 4, 1))
        e.set_jabatan("KABID", "administrator", 0, dt.date(2021, 1, 4))
        for y, p in ((2024, "baik"), (2025, "sangat_baik"), (2026, "baik")):
            e.set_kinerja(y, p)
        e.add_pelatihan("PKN-II", dt.date(2024, 9, 1), 300, karier.Pelatihan.PKN_II)
        kadis = karier.Position("KADIS", "Kepala Dinas", "jpt_pratama")
        self.assertTrue(karier.appointment(e, kadis, dt.date(2027, 6, 14)).eligible)
        d = karier.appointment(e, kadis, dt.date(2027, 6, 15))
        usia = next(c for c in d.checks if c.code == "JAB_USIA")
        self.assertEqual(usia.message_id, "Usia 57 tahun, lebih dari batas 56 tahun")
        self.assertEqual(d.target, "KADIS")
        e.close()
        kadis.close()


class MeritTests(unittest.TestCase):
    def setUp(self):
        self.pos = karier.Position("KADIS", "Kepala Dinas", karier.Jabatan.JPT_PRATAMA)
        for k, lv in (("INTEGRITAS", 4), ("KERJASAMA", 4), ("KOMUNIKASI", 4), ("ORIENTASI_HASIL", 4)):
            self.pos.set_standard(k, lv)
        self.e = karier.Employee("197006151995031001")
        self.e.pendidikan = "S2"
        self.e.set_golongan("IV/b", dt.date(2022, 4, 1))
        self.e.set_jabatan("KABID", "administrator", 0, dt.date(2021, 1, 4))
        for k, lv in (("INTEGRITAS", 4), ("KERJASAMA", 3), ("KOMUNIKASI", 4), ("ORIENTASI_HASIL", 3)):
            self.e.set_kompetensi(k, lv, dt.date(2025, 1, 1))
        self.e.potensi = D("77")
        self.e.set_kinerja(2025, "sangat_baik")
        self.e.set_kinerja(2024, "baik")

    def tearDown(self):
        self.e.close()
        self.pos.close()

    def test_worked_example(self):
        m = karier.merit(self.e, self.pos, dt.date(2026, 6, 1))
        self.assertEqual(m.score, D("90.63"))
        self.assertEqual(m.components["kompetensi"].value, D("87.50"))
        self.assertEqual(m.components["potensi"].share, D("9.63"))
        # box 7, but two competencies below the post's standard: not in the talent pool (PP 11/2017 Ps199)
        self.assertEqual((m.box, m.kinerja_axis, m.potensi_axis, m.talent_pool, m.talent_pool_unmet),
                         (7, "atas", "menengah", False, ["kompetensi"]))
        self.assertEqual(m.components["kualifikasi"].explain_id, "Pendidikan S2, syarat S1: 90.00")
        self.assertEqual(m.potensi_score, D("87.25"))

    def test_renormalised(self):
        self.e.potensi = None
        m = karier.merit(self.e, self.pos, dt.date(2026, 6, 1))
        self.assertEqual((m.score, m.missing, m.box), (D("92.57"), ["potensi"], 9))
        self.assertEqual(karier.talent_actions(3, 3, karier.Lang.EN), "Promote and retain; instansi or national talent pool; award")

    def test_position_diplomas(self):
        pos = karier.Position("PLK", "Pelaksana", "pelaksana")
        self.assertFalse(pos.accepts_pendidikan("S1"))
        pos.add_pendidikan("S1")
        self.assertTrue(pos.accepts_pendidikan("S1"))
        self.assertFalse(pos.accepts_pendidikan("D3"))
        pos.close()

    def test_rank_and_duk(self):
        other = self.e.copy()
        other.set_kinerja(2025, "butuh_perbaikan")
        # the eligible first, and each candidate's eligibility given
        self.assertEqual([(i, ok) for i, _, ok in karier.rank([other, self.e], self.pos, dt.date(2026, 6, 1))],
                         [(1, True), (0, False)])
        # other's 2025 is below baik; self.e may be appointed, its PKP due within 12 months after
        self.assertEqual([i for i, _, _ in karier.rank([other, self.e], self.pos, dt.date(2026, 6, 1), eligible_only=True)],
                         [1])
        self.assertEqual(sorted(karier.duk_rank([other, self.e])), [0, 1])
        # the head of the same list, on threads
        whole = karier.rank([other, self.e, other], self.pos, dt.date(2026, 6, 1))
        self.assertEqual([i for i, _, _ in whole], [1, 0, 2])  # equal candidates: by index
        for threads in (1, 2, 3):
            self.assertEqual(karier.rank([other, self.e, other], self.pos, dt.date(2026, 6, 1), limit=2, threads=threads),
                             whole[:2])
            self.assertEqual(karier.rank([other, self.e, other], self.pos, dt.date(2026, 6, 1), threads=threads), whole)
        self.assertEqual(karier.rank([], self.pos, dt.date(2026, 6, 1), threads=2), [])  # no one: an empty list
        with self.assertRaisesRegex(karier.KarierError, "limit 0"):
            karier.rank([other, self.e], self.pos, dt.date(2026, 6, 1), limit=0)
        with self.assertRaisesRegex(karier.KarierError, "threads 0"):
            karier.rank([other, self.e], self.pos, dt.date(2026, 6, 1), threads=0)
        other.close()


class TrainingTests(unittest.TestCase):
    def test_plan_ledger_and_allocation(self):
        with karier.Dataset(KECIL) as ds:
            self.assertEqual(len(ds), 3)
            self.assertEqual(ds.error_count, 0)
            self.assertEqual(ds.diagnostics, [])
            self.assertTrue(ds.has_file("kinerja.csv"))
            cat = ds.catalog
            self.assertEqual(len(cat), 4)
            self.assertEqual(cat[cat.find("ANJ-1")].biaya, 3000000)
            budi = ds.employee(0)
            pl = karier.plan(budi, ds.employee_position(0), cat)
            self.assertEqual((pl.jpm, pl.category_name), (D("75.00"), "kurang_optimal"))
            self.assertEqual([c.code for c in pl.courses], ["INT-1"])
            self.assertEqual((pl.total_jp, pl.total_biaya), (8, 400000))
            led = karier.jp_ledger(budi, 2026)
            self.assertEqual((led.jp, led.minimum, led.below), (8, 20, True))
            a = karier.allocate(ds.employees, [ds.employee_position(i) for i in range(3)], cat, 2026, budget_idr=2000000)
            # the search proves the choice optimal, so the bound is the value
            self.assertEqual((a.spent_idr, a.value, a.upper_bound, a.method), (1300000, D("3308.40"), D("3308.40"), "exact"))
            self.assertEqual(a.funded(0), ["INT-1"])
            self.assertEqual(a.funded(2), ["INT-2"])
            # the counts by status, as the library kept them, are the items' own
            self.assertEqual(a.counts, {st: sum(it.status == st for it in a.items) for st in
                                        ("funded", "budget_idr", "budget_jp", "no_course", "pppk_maximum")})
            self.assertEqual(sum(a.counts.values()), len(a.items))
            self.assertGreater(a.counts["funded"], 0)
            # the gaps found on three threads (one employee each): the same allocation
            a3 = karier.allocate(ds.employees, [ds.employee_position(i) for i in range(3)], cat, 2026, budget_idr=2000000,
                                 threads=3)
            self.assertEqual((a3.spent_idr, a3.value, a3.method), (1300000, D("3308.40"), "exact"))
            self.assertEqual([a3.funded(i) for i in range(3)], [a.funded(i) for i in range(3)])
            with self.assertRaisesRegex(karier.KarierError, "threads 0 is outside"):
                karier.allocate(ds.employees, [ds.employee_position(i) for i in range(3)], cat, 2026, threads=0)
            self.assertEqual(ds.position("KASUBAG").standard, [("INTEGRITAS", 3), ("KERJASAMA", 3)])
            self.assertEqual([p.code for p in ds.positions], ["PLK", "KASUBAG", "ANALIS-MUDA"])
            self.assertIn('"ANALIS-MUDA"', karier.positions_to_json(ds.positions))
            with karier.Catalog() as c2:
                c2.load_json_text(cat.to_json(), "k.json")
                self.assertEqual(list(c2), list(cat))
                c3 = c2.copy()
                c3.add("NEW", "Baru", "K", 0, 1, 4, 1000, "e-learning")
                self.assertEqual((len(c3), len(c2)), (5, 4))
                c3.close()

    def test_dataset_on_two_threads_is_the_same(self):
        with karier.Dataset(KECIL) as one, karier.Dataset(KECIL, threads=True) as two:
            self.assertEqual([e.nip for e in one.employees], [e.nip for e in two.employees])
            self.assertEqual([e.kompetensi for e in one.employees], [e.kompetensi for e in two.employees])
            self.assertEqual([e.kinerja for e in one.employees], [e.kinerja for e in two.employees])
            self.assertEqual(one.diagnostics, two.diagnostics)

    def test_dataset_without_kompetensi(self):
        # kompetensi.csv unread: no competency levels, no diagnostic from it, the promotion decisions unchanged
        with tempfile.TemporaryDirectory() as d:
            ds = os.path.join(d, "ds")
            shutil.copytree(KECIL, ds)
            with open(os.path.join(ds, "kompetensi.csv"), "a") as f:
                f.write("198501012010011001,INTEGRITAS,9,2025-06-01\n")
            with self.assertRaises(karier.DatasetError):
                karier.Dataset(ds)
            with karier.Dataset(KECIL) as full, karier.Dataset(ds, kompetensi=False, threads=True) as part:
                self.assertFalse(part.has_file("kompetensi.csv"))
                self.assertTrue(part.has_file("kinerja.csv"))
                self.assertEqual([e.kompetensi for e in part.employees], [{}, {}, {}])
                self.assertEqual([e.kinerja for e in full.employees], [e.kinerja for e in part.employees])
                self.assertEqual([e.pelatihan for e in full.employees], [e.pelatihan for e in part.employees])

    def test_dataset_without_pelatihan(self):
        # pelatihan.csv unread: no training records, no diagnostic from it, the merit scores unchanged
        with tempfile.TemporaryDirectory() as d:
            ds = os.path.join(d, "ds")
            shutil.copytree(KECIL, ds)
            with open(os.path.join(ds, "pelatihan.csv"), "a") as f:
                f.write("198501012010011001,EL-9,2025-06-01,0,TEKNIS\n")  # jp 0
            with self.assertRaises(karier.DatasetError):
                karier.Dataset(ds)
            with karier.Dataset(KECIL) as full, karier.Dataset(ds, pelatihan=False, threads=True) as part:
                self.assertFalse(part.has_file("pelatihan.csv"))
                self.assertTrue(part.has_file("kompetensi.csv"))
                self.assertEqual([e.pelatihan for e in part.employees], [[], [], []])
                self.assertNotEqual([e.pelatihan for e in full.employees], [[], [], []])
                for i in range(3):
                    self.assertEqual(karier.merit(full.employee(i), full.employee_position(i), dt.date(2026, 4, 1)),
                                     karier.merit(part.employee(i), part.employee_position(i), dt.date(2026, 4, 1)))

    def test_dataset_errors(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "pegawai.csv"), "w") as f:
                f.write("nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan\n"
                        "198501012010011001,Budi,PNS,S9,III/b,2022-04-01,PLK,2010-01-04\n")
            with self.assertRaises(karier.DatasetError) as cm:
                karier.Dataset(d)
            errors = [str(x) for x in cm.exception.diagnostics if x.severity == "error"]
            self.assertIn('pegawai.csv:2:29: error: pendidikan "S9": pendidikan: "S9" is not a known code', errors[0])
            first = [x for x in cm.exception.diagnostics if x.severity == "error"][0]
            self.assertEqual((first.code, first.message_id),
                             ("VALUE_CODE", "kode tidak dikenal (ejaan yang diterima ada di docs/dataset.md)"))

    def test_skipped_rows(self):
        # the employee's bad pegawai row, and with it that employee's 2 kinerja, 2 kompetensi and 1 pelatihan rows
        with tempfile.TemporaryDirectory() as d:
            ds = os.path.join(d, "ds")
            shutil.copytree(KECIL, ds)
            p = os.path.join(ds, "pegawai.csv")
            text = open(p, encoding="utf-8").read()
            open(p, "w", encoding="utf-8").write(text.replace("III/b,2022-04-01", "III/b,2022-13-01", 1))
            with karier.Dataset(ds, skip_bad_rows=True) as got:
                self.assertEqual(len(got), 2)
                self.assertEqual(got.skipped_rows, {"pegawai.csv": 1, "kinerja.csv": 2, "kompetensi.csv": 2,
                                                    "pelatihan.csv": 1})
        with karier.Dataset(KECIL) as ds:
            self.assertEqual(ds.skipped_rows, {})


class BatchTests(unittest.TestCase):
    def test_batch_matches_single_calls_on_any_thread_count(self):
        with karier.Dataset(KECIL) as ds:
            emp = ds.employees
            pos = [ds.employee_position(i) for i in range(len(ds))]
            one = karier.batch(emp, pos, dt.date(2026, 4, 1), catalog=ds.catalog)
            two = karier.batch(emp, pos, dt.date(2026, 4, 1), catalog=ds.catalog, threads=2)
            self.assertEqual(one, two)
            self.assertEqual(one.columns["eligible"], [1, 1, 0])
            self.assertEqual(one.columns["golongan_baru"], [11, 12, 0])      # III/c (11), III/d (12)
            self.assertEqual(one.first_failure, ["", "", "KP_STATUS"])
            self.assertIsNone(one.reasons)
            # the sentences of the refusals, as the single decision writes its decisive check
            why = karier.batch(emp, pos, dt.date(2026, 4, 1), what=karier.BATCH_PROMOTION | karier.BATCH_REASONS)
            d = karier.promotion(emp[2], dt.date(2026, 4, 1), current=pos[2])
            self.assertEqual(why.reasons[:2], [("", ""), ("", "")])
            self.assertTrue(why.reasons[2][0].startswith("Status CPNS tidak dapat naik pangkat: hanya PNS"))
            self.assertEqual(why.reasons[2], (d.reason.message_id, d.reason.message_en))
            # a CPNS's one reason; every reason in one text as the CSV's cell
            self.assertEqual(d.reasons, (d.reason.message_id, d.reason.message_en))
            self.assertEqual(karier.promotion(emp[0], dt.date(2026, 4, 1), current=pos[0]).reasons, ("", ""))
            self.assertEqual(one.columns["jpm"], [7500, 8333, 3333])
            self.assertEqual(one.plan_biaya, [400000, 1500000, 3900000])
            m = karier.batch(emp, pos, dt.date(2026, 4, 1), what=karier.BATCH_MERIT)
            self.assertEqual(set(m.columns), {"merit_score", "box", "kinerja_axis", "potensi_axis", "talent_pool",
                                              "merit_missing"})
            self.assertEqual(m.columns["box"][1], karier.merit(emp[1], pos[1], dt.date(2026, 4, 1)).box)
            with self.assertRaises(karier.KarierError) as cm:
                karier.batch(emp, pos, dt.date(2026, 4, 1), threads=0)
            self.assertIn("threads: 0", cm.exception.message)


    def test_cohort_holds_copies_and_evaluates_like_the_batch(self):
        with karier.Dataset(KECIL) as ds, karier.Cohort() as co:
            emp = ds.employees
            pos = [ds.employee_position(i) for i in range(len(ds))]
            co.reserve(len(emp), 64)
            for e, p in zip(emp, pos):
                co.add(e, p)
            self.assertEqual(len(co), 3)
            self.assertGreater(co.memory, 0)
            self.assertEqual([co.employee(i).nip for i in range(3)], [e.nip for e in emp])
            self.assertEqual(co.employee(2).kompetensi, emp[2].kompetensi)
            self.assertEqual(co.position(0).code, pos[0].code)
            want = karier.batch(emp, pos, dt.date(2026, 4, 1), catalog=ds.catalog)
            self.assertEqual(co.evaluate(dt.date(2026, 4, 1), catalog=ds.catalog, threads=2), want)
            self.assertEqual(ds.cohort.evaluate(dt.date(2026, 4, 1), catalog=ds.catalog), want)
            with self.assertRaises(karier.KarierError) as cm:   # a cohort's employee is read-only
                co.employee(0).nama = "Lain"
            self.assertIn("read-only", cm.exception.message)
            with self.assertRaises(TypeError):
                ds.cohort.add(emp[0])
            with self.assertRaises(IndexError):
                co.employee(3)


class SafetyTests(unittest.TestCase):
    """Misuses that used to crash, read freed memory or be read silently as something else (issue 21)."""

    def test_views_of_a_closed_dataset_raise(self):
        ds = karier.Dataset(KECIL)
        e, pos, co = ds.employee(0), ds.position("PLK"), ds.cohort
        self.assertEqual(e.nama, "Budi Santoso")
        ds.close()
        for use in (lambda: e.nama, lambda: pos.code, lambda: len(co), lambda: karier.promotion(e, dt.date(2026, 4, 1))):
            with self.assertRaisesRegex(ValueError, "taken from a Dataset that is closed"):
                use()

    def test_wrong_kind_and_closed_handles(self):
        with karier.Policy() as p, karier.Employee("198501012010011001", "PNS") as e:
            with self.assertRaisesRegex(TypeError, "expected an Employee, got Policy"):
                karier.promotion(p, dt.date(2026, 4, 1))
            with self.assertRaisesRegex(TypeError, "expected a Policy, got Employee"):
                karier.promotion(e, dt.date(2026, 4, 1), policy=e)
            closed = karier.Policy()
            closed.close()
            with self.assertRaisesRegex(ValueError, "Policy is closed"):  # never the national default in its place
                karier.promotion(e, dt.date(2026, 4, 1), policy=closed)

    def test_integers_that_do_not_fit_and_nul_in_text(self):
        with karier.Employee("198501012010011001", "PNS") as e:
            with self.assertRaisesRegex(OverflowError, "does not fit in 32 bits"):
                e.set_kinerja(2**32 + 2025, "baik")  # ctypes would have made it 2025
            self.assertIsNone(e.kinerja_of(2025))
            with self.assertRaisesRegex(ValueError, "NUL"):
                e.nama = "Budi\0 Santoso"
        with self.assertRaisesRegex(ValueError, "NUL"):
            karier.Employee("198501012010011001\0junk", "PNS")


    def test_a_view_taken_before_a_cohort_add_refuses(self):
        # add() may move the cohort's employees: a view taken before it would read freed memory
        with karier.Dataset(KECIL) as ds, karier.Cohort() as co:
            co.add(ds.employee(0))
            first = co.employee(0)
            self.assertEqual(first.nama, "Budi Santoso")
            co.add(ds.employee(1))
            with self.assertRaisesRegex(ValueError, "has changed since"):
                first.nama
            self.assertEqual(co.employee(0).nama, "Budi Santoso")  # a view taken now reads



class IntegrationTests(unittest.TestCase):
    """What an HRIS integrator expects of the binding (issue 19)."""

    def test_find_by_nip(self):
        with karier.Dataset(KECIL) as ds:
            self.assertEqual(ds.find("19900101 201503 2 001").nama, "Sari Dewi")
            with self.assertRaises(KeyError):
                ds.find("199912312025011999")
            with self.assertRaisesRegex(karier.KarierError, "not 18 digits"):
                ds.find("1985")
            with karier.Cohort() as co:
                co.add(ds.employee(2))
                co.add(ds.employee(0))
                self.assertEqual(co.find("198501012010011001"), 1)
                with self.assertRaises(KeyError):
                    co.find("199001012015032001")

    def test_codes_as_text_with_their_value(self):
        with karier.Dataset(KECIL) as ds:
            e = ds.employee(0)  # Budi: PNS, S1, III/b, pelaksana; kinerja baik
            self.assertEqual((e.golongan, e.status, e.pendidikan, e.jabatan), ("III/b", "PNS", "S1", "pelaksana"))
            self.assertEqual((e.golongan.value, int(e.golongan)), (10, 10))
            self.assertEqual(e.golongan, 10)  # equals its value too
            self.assertEqual(e.jenjang, "")   # none
            self.assertEqual(e.kinerja[2025], "baik")
            self.assertEqual(karier.code_name(karier.CodeType.GOLONGAN, e.golongan), "III/b")  # usable as an int
            self.assertEqual(repr(e.golongan), "Code('III/b', 10)")
        with karier.Employee("199001012015032001", "PPPK") as p:
            p.set_golongan("IX", dt.date(2024, 1, 1))
            self.assertEqual((p.golongan, p.golongan.value), ("IX", 9))  # a PPPK golongan

    def test_employee_from_a_database_row_and_decisions_as_json(self):
        row = {"nip": "198501012010011001", "nama": "Budi Santoso", "status": "PNS", "pendidikan": "S1",
               "golongan": "III/b", "tmt_golongan": "2022-04-01", "jabatan": "PLK", "jenis_jabatan": "pelaksana",
               "tmt_jabatan": "2010-01-04", "unit_kerja": "Sekretariat", "potensi": 70,
               "kinerja": [{"tahun": 2024, "predikat": "baik"}, {"tahun": 2025, "predikat": "baik"}],
               "kompetensi": [{"kompetensi": "INTEGRITAS", "level": 1, "tanggal": "2025-06-01"},
                              {"kompetensi": "KERJASAMA", "level": 2, "tanggal": "2025-06-01"}],
               "pelatihan": [{"kode": "EL-1", "tanggal_selesai": "2026-02-10", "jp": 8, "jenis": "TEKNIS"}]}
        with karier.Dataset(KECIL) as ds, karier.Employee.from_json(row) as e:
            pos = ds.employee_position(0)
            self.assertEqual(karier.promotion_json(e, "2026-04-01", current=pos),
                             karier.promotion_json(ds.employee(0), "2026-04-01", current=pos))
            line = json.loads(karier.promotion_json(e, "2026-04-01", current=pos, lang=karier.Lang.EN))
            self.assertEqual((line["eligible"], line["golongan_baru"]), (True, "III/c"))
            self.assertEqual(json.loads(karier.merit_json(e, pos, "2026-04-01"))["skor"], 83.75)
        with self.assertRaisesRegex(karier.KarierError, r"pegawai: kinerja\[0\]\.tahun: expected a whole number"):
            karier.Employee.from_json({"nip": "198501012010011001", "status": "PNS", "kinerja": [{"tahun": "2024"}]})

    def test_plan_allocation_position_course_as_json(self):
        with karier.Dataset(KECIL) as ds:
            p = karier.plan(ds.employee(0), ds.employee_position(0), ds.catalog)
            self.assertEqual(json.loads(p.json)["rencana"], [{"kode": "INT-1", "kompetensi": "INTEGRITAS", "jp": 8,
                                                              "biaya": 400000}])
            a = karier.allocate(ds.employees, [ds.employee_position(i) for i in range(3)], ds.catalog, 2026,
                                budget_idr=2000000)
            self.assertEqual(json.loads(a.json)["ringkasan"]["terpakai_idr"], 1300000)
        with karier.Position.from_json({"kode": "KABID", "nama": "Kepala Bidang", "jenis": "administrator"}) as pos:
            self.assertEqual((pos.code, pos.jabatan), ("KABID", "administrator"))
        with karier.Catalog() as c:
            c.add_json({"kode": "INT-3", "nama": "Integritas 3", "kompetensi": "INTEGRITAS", "level_min": 2,
                        "level_hasil": 3, "jp": 16, "biaya": 900000})
            self.assertEqual(c[0].code, "INT-3")

    def test_dates_as_iso_strings_and_defaults(self):
        with karier.Dataset(KECIL) as ds:
            e = ds.employee(0)
            self.assertEqual(karier.promotion(e, "2026-04-01"), karier.promotion(e, dt.date(2026, 4, 1)))
            self.assertEqual(karier.promotion(e, "01-04-2026").tanggal, dt.date(2026, 4, 1))
            with self.assertRaisesRegex(karier.KarierError, "day 31"):
                karier.promotion(e, "2026-02-31")
            with self.assertRaises(TypeError):
                karier.promotion(e, 2026.4)
            self.assertEqual(karier.merit(e).score, karier.merit(e, date=dt.date.today()).score)  # default: today


class ThreadTests(unittest.TestCase):
    """One handle used from several threads (issue 21): setters serialised, close() waiting for the
    calls in progress, readers sharing."""

    def test_setters_from_many_threads_on_one_employee(self):
        # without a lock two threads grow the same history array at once (a double free)
        with karier.Employee(NIP_A, karier.Status.PNS) as e:
            errors = []

            def add(t):
                try:
                    for i in range(400):  # 3,200 in all, under the 4,096 records of a kind
                        e.add_pelatihan(f"T{t}-{i}", dt.date(2020, 1, 1) + dt.timedelta(days=i), 2)
                except Exception as x:  # noqa: BLE001
                    errors.append(x)
            threads = [threading.Thread(target=add, args=(t,)) for t in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(errors, [])
            self.assertEqual(len(e.pelatihan), 8 * 400)

    def test_close_waits_for_a_call_in_progress(self):
        ds = karier.Dataset(KECIL)
        e = ds.employee(0)
        closer = threading.Thread(target=ds.close)
        with karier._Using([e]):  # a call on a view of ds is in progress
            closer.start()
            closer.join(0.3)
            self.assertTrue(closer.is_alive(), "close() freed the dataset under a running call")
            self.assertEqual(e.nama, "Budi Santoso")  # the running call still reads it (re-entrant)
        closer.join(10)
        self.assertFalse(closer.is_alive())
        with self.assertRaisesRegex(ValueError, "closed"):
            e.nama

    def test_readers_share_and_a_setter_waits(self):
        with karier.Policy() as pol, karier.Employee(NIP_A, karier.Status.PNS) as e:
            e.set_golongan("III/b", dt.date(2020, 4, 1))
            done = {}
            reader = threading.Thread(target=lambda: done.setdefault("read", pol.get("bup.administrasi")))
            writer = threading.Thread(target=lambda: done.setdefault("set", pol.set("bup.administrasi", 60)))
            with karier._Using([pol]):  # another thread is reading the policy
                reader.start()
                reader.join(10)
                self.assertEqual(done.get("read"), 58)  # a second reader did not wait
                writer.start()
                writer.join(0.3)
                self.assertTrue(writer.is_alive(), "a setter ran beside a reader")
                self.assertNotIn("set", done)
            writer.join(10)
            self.assertEqual(pol.get("bup.administrasi"), 60)
            with karier._Using([pol]):
                with self.assertRaisesRegex(RuntimeError, "from inside a call that reads it"):
                    pol.set("bup.administrasi", 58)  # would wait for itself

    def test_close_while_other_threads_read(self):
        ds = karier.Dataset(KECIL)
        views = [ds.employee(i) for i in range(len(ds))]
        errors, started = [], threading.Barrier(5)

        def read():
            started.wait()
            try:
                while True:
                    for v in views:
                        assert len(v.nip) == 18
                        karier.promotion(v, dt.date(2026, 4, 1))
            except ValueError as x:  # the only way out: the dataset was closed
                if "closed" not in str(x):
                    errors.append(x)
            except Exception as x:  # noqa: BLE001
                errors.append(x)
        threads = [threading.Thread(target=read) for _ in range(4)]
        for t in threads:
            t.start()
        started.wait()
        time.sleep(0.05)
        ds.close()
        for t in threads:
            t.join(10)
        self.assertEqual(errors, [])
        self.assertFalse(any(t.is_alive() for t in threads))


class AuditTests(unittest.TestCase):
    """The C tests' worked examples (tests/test_audit.c) through the binding."""

    def test_statistics(self):
        self.assertEqual(karier.fisher_exact(3, 1, 1, 3), D("0.485714"))  # the lady tasting tea
        self.assertEqual(karier.chi_square([[49, 50, 69], [24, 36, 38], [19, 22, 28]]), (D("1.51"), 4, D("0.824399")))
        with self.assertRaises(karier.KarierError):
            karier.fisher_exact(1, -1, 1, 1)

    def test_four_fifths(self):
        labels = ["A"] * 120 + ["B"] * 80
        hired = [1] * 48 + [0] * 72 + [1] * 20 + [0] * 60
        (c,) = karier.audit(n=200, groupings={"g": labels}, outcomes={"hired": hired}, members=True)
        self.assertEqual((c.outcome, c.grouping, c.kind, c.test, c.p, c.flagged, c.significant),
                         ("hired", "g", "outcome", "fisher", D("0.033161"), 1, True))
        a, b = c.groups
        self.assertEqual((a.label, a.n, a.selected, a.rate, a.ratio, a.flagged), ("A", 120, 48, D("40.00"), D("100.00"), False))
        self.assertEqual((b.label, b.rate, b.ratio, b.flagged), ("B", D("25.00"), D("62.50"), True))
        self.assertEqual(b.members, list(range(120, 200)))

    def test_builtin_groups_scores_and_suppression(self):
        es = [karier.Employee("198604012010011001", karier.Status.PNS) for _ in range(12)]
        es.append(karier.Employee("199003152015032002", karier.Status.PNS))
        scores = [100 * i for i in range(12)] + [None]
        cs = karier.audit(employees=es, date=dt.date(2026, 4, 1), by=("jenis_kelamin", "usia"), scores={"skor": scores},
                          members=True)
        self.assertEqual([(c.outcome, c.grouping, c.kind) for c in cs], [("skor", "jenis_kelamin", "score"), ("skor", "usia", "score")])
        (g,) = cs[0].groups  # the one woman has no score: nobody left to suppress
        self.assertEqual((g.label, g.n, g.median, g.q1, g.q3, g.mean, g.rate), ("laki-laki", 12, D("5.50"), D("2.00"), D("8.00"), D("5.50"), None))
        self.assertEqual((cs[0].suppressed, cs[0].test, cs[0].p), (0, None, None))
        (c,) = karier.audit(employees=es, date=dt.date(2026, 4, 1), by=("jenis_kelamin",), outcomes={"o": [1] * 13})
        self.assertEqual((len(c.groups), c.suppressed, c.suppressed_n), (1, 1, 1))
        with self.assertRaises(ValueError):
            karier.audit(employees=es, date=dt.date(2026, 4, 1), by=("agama",))
        with self.assertRaises(karier.KarierError):
            karier.audit(n=2, outcomes={"o": [1, 2]})
        for e in es:
            e.close()

    def test_dataset_columns_as_groupings(self):
        ds = karier.Dataset(KECIL, columns=["unit_kerja"])
        units = [ds.column(i, "unit_kerja") for i in range(len(ds))]
        self.assertEqual(units[0], "Sekretariat")
        self.assertIsNone(ds.column(0, "agama"))
        (c,) = karier.audit(n=len(ds), groupings={"unit_kerja": units}, outcomes={"o": [1] * len(ds)})
        self.assertEqual((c.groups, c.suppressed, c.suppressed_n), ([], 2, 3))  # groups of 1 and 2: under 10
        with self.assertRaises(karier.DatasetError):
            karier.Dataset(KECIL, columns=["golongan_darah"])
        ds.close()


class RencanaTests(unittest.TestCase):
    """The C tests' worked plan (tests/test_rencana.c) through the binding."""

    def test_kp_steps_and_pola(self):
        e = pelaksana(dt.date(2022, 4, 1))
        e.set_golongan("III/a", dt.date(2022, 4, 1))
        plk = karier.Position("PLK", "Pengadministrasi Umum", karier.Jabatan.PELAKSANA)
        ksb = karier.Position("KSB", "Kepala Subbagian", karier.Jabatan.PENGAWAS)
        am = karier.Position("AM", "Analis SDM Aparatur Ahli Muda", karier.Jabatan.FUNGSIONAL_KEAHLIAN, karier.Jenjang.AHLI_MUDA)
        self.assertEqual((karier.jalur(plk, ksb), karier.jalur(ksb, am)), ("vertikal", "horizontal"))
        pola = karier.Pola()
        pola.add(plk, ksb, "vertikal", min_bulan=12)
        with self.assertRaises(karier.KarierError):
            pola.add(ksb, am, "vertikal")
        pola.add_default([plk, ksb, am])
        pola.set_kebutuhan(ksb, 2)
        self.assertEqual((pola.moves(), pola.kebutuhan(ksb), pola.kebutuhan(plk)),
                         ([("PLK", "KSB", "vertikal", 12)], 2, None))
        r = karier.rencana(e, plk, dt.date(2026, 1, 15), years=5, pola=pola)
        kp = [(s.tanggal, s.golongan, s.decision.jenis) for s in r.steps if s.langkah == "kenaikan_pangkat"]
        self.assertEqual(kp, [(dt.date(2026, 4, 1), "III/b", "reguler"), (dt.date(2030, 4, 1), "III/c", "reguler")])
        self.assertEqual((r.dari, r.sampai, r.kinerja_asumsi, r.sejak_tahun), (dt.date(2026, 1, 15), dt.date(2031, 1, 14), "baik", 2026))
        self.assertIn('"langkah":"kenaikan_pangkat"', r.json)
        for x in (pola, plk, ksb, am, e):
            x.close()

    def test_dataset_pola(self):
        ds = karier.Dataset(KECIL)
        self.assertTrue(ds.pola_is_default)
        self.assertEqual(ds.pola().moves(), [("PLK", "KASUBAG", "vertikal", 0)])
        es = [ds.employee(i) for i in range(len(ds))]
        cur = [ds.employee_position(i) for i in range(len(ds))]
        rows = karier.rencana_org(es, cur, dt.date(2026, 1, 15), years=2, pola=ds.pola(), threads=2)
        self.assertEqual(len(rows) % 2, 0)
        self.assertTrue(all(r.kesenjangan == r.lowong - r.terisi for r in rows))
        ds.close()
        # the sample office: KABID-INFO's holder retires in 2029 and a pengawas ready for it succeeds
        ds = karier.Dataset(os.path.join(HERE, "..", "..", "..", "data", "sample"))
        es = [ds.employee(i) for i in range(len(ds))]
        cur = [ds.employee_position(i) for i in range(len(ds))]
        rows = karier.rencana_org(es, cur, dt.date(2026, 1, 15), years=5, pola=ds.pola(), catalog=ds.catalog)
        filled = [r for r in rows if r.terisi]
        self.assertTrue(filled and all(len(r.pengganti) == r.terisi for r in rows))
        kabid = [r for r in rows if r.jabatan == "KABID-INFO" and r.tahun == 2029][0]
        self.assertEqual((kabid.pensiun, kabid.lowong, kabid.terisi, kabid.pengganti[0][2]), (1, 1, 1, "vertikal"))
        ds.close()


class EmployeeTests(unittest.TestCase):
    def test_every_field(self):
        with karier.Employee("19640520 198903 1 020", "PNS") as e:
            self.assertEqual((e.nip, e.tanggal_lahir, e.tmt_cpns), ("196405201989031020", dt.date(1964, 5, 20), dt.date(1989, 3, 1)))
            e.nama = "Siti Rahayu"
            e.unit_kerja = "Sekretariat"
            e.tmt_cpns = dt.date(1989, 3, 1)
            e.tanggal_lahir = dt.date(1964, 5, 21)
            e.pendidikan = "S1"
            e.pendidikan_baru = "S2"
            e.set_golongan("III/c", dt.date(2021, 4, 1))
            e.set_jabatan("JF", "fungsional_keahlian", "ahli_muda", dt.date(2020, 1, 2))
            e.angka_kredit = D("125.5")
            e.ujian_dinas = "I"
            e.prestasi_luar_biasa = True
            self.assertIsNone(e.ujian_penyesuaian)
            e.ujian_penyesuaian = dt.date(2025, 10, 1)
            self.assertEqual(e.ujian_penyesuaian, dt.date(2025, 10, 1))
            e.set_kompetensi("INTEGRITAS", 3, dt.date(2024, 1, 1))
            e.add_riwayat_jabatan("pengawas", 0, dt.date(2010, 1, 1), dt.date(2020, 1, 2))
            e.add_pelatihan("PKP", dt.date(2019, 11, 20), 830, "PKP")
            self.assertEqual((e.nama, e.unit_kerja, e.tanggal_lahir), ("Siti Rahayu", "Sekretariat", dt.date(1964, 5, 21)))
            self.assertEqual((e.golongan, e.tmt_golongan, e.jabatan_code, e.jabatan, e.jenjang, e.tmt_jabatan),
                             (11, dt.date(2021, 4, 1), "JF", 7, 2, dt.date(2020, 1, 2)))
            self.assertEqual((e.pendidikan, e.pendidikan_baru, e.angka_kredit, e.ujian_dinas, e.prestasi_luar_biasa),
                             (9, 11, D("125.50"), 1, True))
            self.assertEqual((e.potensi, e.kinerja, e.kinerja_of(2020)), (None, {}, None))
            e.set_kinerja(2024, "baik")
            self.assertEqual(e.kinerja_of(2024), 4)
            self.assertEqual(e.kinerja, {2024: karier.Predikat.BAIK})
            self.assertEqual(e.kompetensi, {"INTEGRITAS": (3, dt.date(2024, 1, 1))})
            self.assertEqual(e.kompetensi_of("INTEGRITAS"), 3)
            self.assertEqual(e.pelatihan[0].jp, 830)
            self.assertEqual(e.riwayat_jabatan[0].jabatan, karier.Jabatan.PENGAWAS)
            with self.assertRaises(karier.KarierError) as cm:
                e.set_golongan("III/d", dt.date(1989, 2, 1))
            self.assertIn("tmt_golongan: 19890201 is before the first appointment", cm.exception.message)
            self.assertEqual(e.golongan, 11)
        ppk = karier.Employee("199001152021211003", karier.Status.PPPK)
        ppk.set_golongan("IX", dt.date(2021, 3, 1))
        self.assertEqual(ppk.golongan, 9)
        del ppk  # __del__ frees it

    def test_position_requirements(self):
        with karier.Position("KABID", "Kepala Bidang", "administrator") as p:
            self.assertIsNone(p.requirement(karier.Requirement.MIN_GOLONGAN))
            p.set_requirement(karier.Requirement.MIN_GOLONGAN, "III/d")
            self.assertEqual(p.requirement(karier.Requirement.MIN_GOLONGAN), 12)
            p.clear_requirement(karier.Requirement.MIN_GOLONGAN)
            p.set_standard("INTEGRITAS", 3)
            p.remove_standard("INTEGRITAS")
            q = p.copy()
            self.assertEqual((q.code, q.name, q.jabatan, q.jenjang, q.standard), ("KABID", "Kepala Bidang", 4, 0, []))
            q.close()


def tearDownModule():
    missing = sorted(_lib.DECLARED - _lib.called)
    if missing:
        raise AssertionError(f"C functions no test called through the binding: {missing}")


if __name__ == "__main__":
    unittest.main(verbosity=1)
