/*
 * test_rencana.c - the pola karier and the career development plan, worked
 * by hand.  The jalur follow Peraturan BKN 28/2020 as the BKN guides quote
 * it (horizontal: equal level; vertikal: higher, same group; diagonal:
 * higher, another group), with the policy's default levels (pelaksana 1,
 * ahli pertama 3, pengawas and ahli muda 4, administrator 5, JPT pratama 6).
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>

#include "support/test.h"

enum { PLK, PLK2, KSB, KBD, KDN, AP, AM, PKM, AT, AMH, APY, NPOS };

static karier_position *pos[NPOS];

static int setup(void **state)
{
	(void)state;
	static const struct {
		const char *code, *name;
		int32_t kind, jenjang;
	} p[NPOS] = {
		{"PLK", "Pengadministrasi Umum", KARIER_JAB_PELAKSANA, 0},
		{"PLK2", "Pengelola Data", KARIER_JAB_PELAKSANA, 0},
		{"KSB", "Kepala Subbagian Umum", KARIER_JAB_PENGAWAS, 0},
		{"KBD", "Kepala Bidang", KARIER_JAB_ADMINISTRATOR, 0},
		{"KDN", "Kepala Dinas", KARIER_JAB_JPT_PRATAMA, 0},
		{"AP", "Analis SDM Aparatur Ahli Pertama", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_PERTAMA},
		{"AM", "Analis SDM Aparatur Ahli Muda", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_MUDA},
		{"PKM", "Pranata Komputer Ahli Muda", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_MUDA},
		{"AT", "Arsiparis Terampil", KARIER_JAB_FUNGSIONAL_KETERAMPILAN, KARIER_JENJANG_TERAMPIL},
		{"AMH", "Arsiparis Mahir", KARIER_JAB_FUNGSIONAL_KETERAMPILAN, KARIER_JENJANG_MAHIR},
		{"APY", "Arsiparis Penyelia", KARIER_JAB_FUNGSIONAL_KETERAMPILAN, KARIER_JENJANG_PENYELIA},
	};
	for (int i = 0; i < NPOS; i++)
		assert_ok(karier_position_new(&pos[i], p[i].code, p[i].name, p[i].kind, p[i].jenjang));
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	for (int i = 0; i < NPOS; i++)
		karier_position_free(pos[i]);
	return 0;
}

static int32_t jalur(int a, int b)
{
	int32_t j = 0;
	assert_ok(karier_jalur_between(&j, NULL, pos[a], pos[b]));
	return j;
}

static void jalur_of_each_move(void **state)
{
	(void)state;
	assert_int_equal(jalur(PLK, KSB), KARIER_JALUR_VERTIKAL);   /* JA 1 -> JA 4 */
	assert_int_equal(jalur(KSB, AM), KARIER_JALUR_HORIZONTAL);  /* JA 4 -> JF 4 */
	assert_int_equal(jalur(PLK, AP), KARIER_JALUR_DIAGONAL);    /* JA 1 -> JF 3 */
	assert_int_equal(jalur(KBD, KDN), KARIER_JALUR_DIAGONAL);   /* JA 5 -> JPT 6: another group */
	assert_int_equal(jalur(AP, AM), KARIER_JALUR_VERTIKAL);     /* JF 3 -> JF 4 */
	assert_int_equal(jalur(AM, PKM), KARIER_JALUR_HORIZONTAL);  /* JF 4 -> JF 4 */
	assert_int_equal(jalur(AT, AMH), KARIER_JALUR_VERTIKAL);    /* JF 2 -> JF 3 */
	assert_int_equal(jalur(PLK, AT), KARIER_JALUR_DIAGONAL);    /* JA 1 -> JF 2 */
	int32_t j = 0;
	assert_fails(karier_jalur_between(&j, NULL, pos[AM], pos[PLK]), KARIER_ERANGE, "goes down (level 4 of JF to level 1 of JA)");
	assert_fails(karier_jalur_between(&j, NULL, pos[PLK], pos[PLK]), KARIER_EINVAL, "PLK to itself");
	assert_fails(karier_jalur_between(NULL, NULL, pos[PLK], pos[KSB]), KARIER_EINVAL, "out_jalur");
	/* the levels are policy: a pengawas at 5 makes pengawas -> administrator horizontal */
	karier_policy *pol = NULL;
	assert_ok(karier_policy_new_default(&pol));
	assert_ok(karier_policy_set(pol, "pola.tingkat.pengawas", 5));
	assert_ok(karier_jalur_between(&j, pol, pos[KSB], pos[KBD]));
	assert_int_equal(j, KARIER_JALUR_HORIZONTAL);
	karier_policy_free(pol);
	/* words */
	assert_string_equal(karier_jalur_name(KARIER_JALUR_DIAGONAL), "diagonal");
	assert_null(karier_jalur_name(4));
	assert_ok(karier_jalur_parse(&j, "Vertikal"));
	assert_int_equal(j, KARIER_JALUR_VERTIKAL);
	assert_fails(karier_jalur_parse(&j, "naik"), KARIER_EPARSE, "\"naik\" is not horizontal, vertikal or diagonal");
}

static void pola_checks_each_move(void **state)
{
	(void)state;
	karier_pola *p = NULL;
	assert_ok(karier_pola_new(&p));
	assert_ok(karier_pola_add(p, NULL, pos[PLK], pos[KSB], KARIER_JALUR_VERTIKAL, 24));
	assert_fails(karier_pola_add(p, NULL, pos[KSB], pos[AM], KARIER_JALUR_VERTIKAL, 0), KARIER_ERANGE,
	             "jalur vertikal contradicts the posts: KSB (JA, level 4) to AM (JF, level 4) is horizontal");
	assert_fails(karier_pola_add(p, NULL, pos[PLK], pos[KSB], KARIER_JALUR_VERTIKAL, 0), KARIER_EEXISTS,
	             "PLK to KSB is already");
	assert_fails(karier_pola_add(p, NULL, pos[KSB], pos[KBD], KARIER_JALUR_VERTIKAL, -1), KARIER_ERANGE, "min_bulan -1");
	assert_fails(karier_pola_add(p, NULL, pos[KBD], pos[KSB], KARIER_JALUR_VERTIKAL, 0), KARIER_ERANGE, "goes down");
	assert_int_equal(karier_pola_count(p), 1);
	const karier_position *from, *to;
	int32_t j, m;
	assert_ok(karier_pola_get(&from, &to, &j, &m, p, 0));
	assert_ptr_equal(from, pos[PLK]);
	assert_ptr_equal(to, pos[KSB]);
	assert_int_equal(j, KARIER_JALUR_VERTIKAL);
	assert_int_equal(m, 24);
	assert_fails(karier_pola_get(NULL, NULL, NULL, NULL, p, 1), KARIER_ENOTFOUND, "no move 1");
	/* kebutuhan */
	assert_int_equal(karier_pola_kebutuhan(p, pos[KSB]), -1);
	assert_ok(karier_pola_set_kebutuhan(p, pos[KSB], 2));
	assert_ok(karier_pola_set_kebutuhan(p, pos[KSB], 3));
	assert_int_equal(karier_pola_kebutuhan(p, pos[KSB]), 3);
	assert_fails(karier_pola_set_kebutuhan(p, pos[KBD], -1), KARIER_ERANGE, "negative");
	karier_pola_free(p);
	karier_pola_free(NULL);
}

/* The default ladder: the JA chain up to JPT, and each JF's next jenjang (names equal but for the jenjang). */
static void default_ladder(void **state)
{
	(void)state;
	karier_pola *p = NULL;
	assert_ok(karier_pola_new(&p));
	assert_ok(karier_pola_add_default(p, NULL, (const karier_position *const *)pos, NPOS));
	static const struct {
		int from, to;
		int32_t jalur;
	} want[] = {{PLK, KSB, KARIER_JALUR_VERTIKAL}, {PLK2, KSB, KARIER_JALUR_VERTIKAL}, {KSB, KBD, KARIER_JALUR_VERTIKAL},
	            {KBD, KDN, KARIER_JALUR_DIAGONAL}, {AP, AM, KARIER_JALUR_VERTIKAL},    {AT, AMH, KARIER_JALUR_VERTIKAL},
	            {AMH, APY, KARIER_JALUR_VERTIKAL}};
	assert_int_equal(karier_pola_count(p), 7); /* not AP -> PKM: another JF */
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		const karier_position *from, *to;
		int32_t j;
		assert_ok(karier_pola_get(&from, &to, &j, NULL, p, (int32_t)i));
		assert_ptr_equal(from, pos[want[i].from]);
		assert_ptr_equal(to, pos[want[i].to]);
		assert_int_equal(j, want[i].jalur);
	}
	/* again: nothing twice */
	assert_ok(karier_pola_add_default(p, NULL, (const karier_position *const *)pos, NPOS));
	assert_int_equal(karier_pola_count(p), 7);
	const karier_position *holes[2] = {pos[PLK], NULL};
	assert_fails(karier_pola_add_default(p, NULL, holes, 2), KARIER_EINVAL, "position 1");
	karier_pola_free(p);
}

/* A pelaksana, S1, III/a since 2022-04-01, kinerja Baik in 2024 and 2025. */
static karier_employee *pelaksana(const char *nip)
{
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, nip, KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_S1));
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIA, 20220401));
	assert_ok(karier_employee_set_jabatan(e, "PLK", KARIER_JAB_PELAKSANA, 0, 20100104));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	return e;
}

/* Kenaikan pangkat reguler (PP 99/2000 Ps7: four years in golongan, Baik in the last two): III/b on the
 * 2026-04-01 period, III/c four years later on 2030-04-01, with 2026 to 2031 assumed Baik. */
static void kp_on_its_dates(void **state)
{
	(void)state;
	karier_employee *e = pelaksana("198501012010011001");
	karier_rencana *r = NULL;
	assert_ok(karier_rencana_new(&r, NULL, e, pos[PLK], NULL, NULL, 20260115, 5));
	int32_t from, to, pensiun, asumsi, tahun;
	assert_ok(karier_rencana_info(&from, &to, &pensiun, &asumsi, &tahun, r));
	assert_int_equal(from, 20260115);
	assert_int_equal(to, 20310115);
	assert_int_equal(pensiun, 20430201); /* born 1985-01-01, BUP 58 */
	assert_int_equal(asumsi, KARIER_PREDIKAT_BAIK);
	assert_int_equal(tahun, 2026);
	int32_t kinds[16], dates[16], gol[16], jp[16], owed[16], n = karier_rencana_step_count(r);
	assert_int_equal(n, 7); /* 2 KP, 5 years of training */
	for (int32_t i = 0; i < n; i++)
		assert_ok(karier_rencana_step_get(&kinds[i], &dates[i], &gol[i], NULL, NULL, &jp[i], NULL, &owed[i], r, i));
	assert_int_equal(kinds[0], KARIER_LANGKAH_KP);
	assert_int_equal(dates[0], 20260401);
	assert_int_equal(gol[0], KARIER_GOL_IIIB);
	assert_int_equal(karier_decision_jenis(karier_rencana_step_decision(r, 0)), KARIER_KP_REGULER);
	assert_true(karier_decision_eligible(karier_rencana_step_decision(r, 0)));
	assert_int_equal(kinds[1], KARIER_LANGKAH_PELATIHAN);
	assert_int_equal(dates[1], 20261231);
	assert_int_equal(jp[1], 0);
	assert_int_equal(owed[1], 20); /* nothing done, no course to plan: the 20 JP minimum owed (PP 11/2017 Ps203(4)) */
	assert_int_equal(dates[4], 20291231);
	assert_int_equal(kinds[5], KARIER_LANGKAH_KP);
	assert_int_equal(dates[5], 20300401);
	assert_int_equal(gol[5], KARIER_GOL_IIIC);
	assert_int_equal(dates[6], 20301231);
	assert_null(karier_rencana_step_decision(r, 1));
	assert_null(karier_rencana_step_decision(r, 7));
	assert_fails(karier_rencana_step_get(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, r, 7), KARIER_ENOTFOUND, "no step 7");
	karier_rencana_free(r);
	/* with kinerja Kurang recorded for 2025, no period of 2026 or 2027 has two Baik years before it: the first
	 * is 2028-01-01 (2026 and 2027 assumed Baik; the assumption starts after the last recorded year) */
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_KURANG));
	assert_ok(karier_rencana_new(&r, NULL, e, pos[PLK], NULL, NULL, 20260115, 2));
	for (int32_t i = 0; i < karier_rencana_step_count(r); i++) {
		int32_t k;
		int32_t dd, g;
		assert_ok(karier_rencana_step_get(&k, &dd, &g, NULL, NULL, NULL, NULL, NULL, r, i));
		if (k == KARIER_LANGKAH_KP) {
			assert_int_equal(dd, 20280101);
			assert_int_equal(g, KARIER_GOL_IIIB);
		}
	}
	karier_rencana_free(r);
	karier_employee_free(e);
}

/* Each JABATAN step's date is the first its appointment checks pass: they pass on it, not the day before. */
static void assert_first_eligible(const karier_rencana *r, const karier_employee *e, int32_t from)
{
	for (int32_t i = 0; i < karier_rencana_step_count(r); i++) {
		int32_t kind, date, gol;
		const karier_position *to;
		assert_ok(karier_rencana_step_get(&kind, &date, &gol, &to, NULL, NULL, NULL, NULL, r, i));
		if (kind != KARIER_LANGKAH_JABATAN)
			continue;
		assert_true(karier_decision_eligible(karier_rencana_step_decision(r, i)));
		if (date == from)
			continue;
		karier_employee *x = NULL;
		assert_ok(karier_employee_copy(&x, e));
		int32_t before = 0;
		assert_ok(karier_date_add(&before, date, 0, 0, -1));
		assert_ok(karier_employee_set_golongan(x, gol, 20220401 < before ? 20220401 : before));
		karier_decision *d = NULL;
		assert_ok(karier_appointment_evaluate(&d, NULL, x, to, before, KARIER_ROUTE_DEFAULT));
		assert_false(karier_decision_eligible(d));
		karier_decision_free(d);
		karier_employee_free(x);
	}
}

/* A JF ahli pertama at III/b with 74.93 angka kredit: 25.07 more at 12.50 a year (koefisien at Baik,
 * PermenPANRB 1/2023) take 25 whole months, so ahli muda (100 for the jenjang) from 2028-02-15, at III/c. */
static void jenjang_from_angka_kredit(void **state)
{
	(void)state;
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, "198703132016042660", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_S1));
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIB, 20251101));
	assert_ok(karier_employee_set_jabatan(e, "AP", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_PERTAMA, 20191203));
	assert_ok(karier_employee_set_angka_kredit(e, 7493));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_pola *p = NULL;
	assert_ok(karier_pola_new(&p));
	assert_ok(karier_pola_add_default(p, NULL, (const karier_position *const *)pos, NPOS));
	karier_rencana *r = NULL;
	assert_ok(karier_rencana_new(&r, NULL, e, pos[AP], p, NULL, 20260115, 5));
	int found = 0;
	for (int32_t i = 0; i < karier_rencana_step_count(r); i++) {
		int32_t kind, date, gol, j;
		const karier_position *to;
		assert_ok(karier_rencana_step_get(&kind, &date, &gol, &to, &j, NULL, NULL, NULL, r, i));
		if (kind != KARIER_LANGKAH_JABATAN)
			continue;
		found++;
		assert_ptr_equal(to, pos[AM]);
		assert_int_equal(j, KARIER_JALUR_VERTIKAL);
		assert_int_equal(date, 20280215);
		assert_int_equal(gol, KARIER_GOL_IIIC);
	}
	assert_int_equal(found, 1);
	karier_rencana_free(r);
	/* assuming Sangat Baik instead: 150 % of the koefisien, 18.75 a year, so 25.07 takes 17 months: 2027-06-15 */
	karier_policy *sb = NULL;
	assert_ok(karier_policy_new_default(&sb));
	assert_ok(karier_policy_set_text(sb, "rencana.kinerja_asumsi", "sangat_baik"));
	assert_ok(karier_rencana_new(&r, sb, e, pos[AP], p, NULL, 20260115, 5));
	found = 0;
	for (int32_t i = 0; i < karier_rencana_step_count(r); i++) {
		int32_t kind, date;
		assert_ok(karier_rencana_step_get(&kind, &date, NULL, NULL, NULL, NULL, NULL, NULL, r, i));
		if (kind == KARIER_LANGKAH_JABATAN) {
			assert_int_equal(date, 20270615);
			found++;
		}
	}
	assert_int_equal(found, 1);
	karier_rencana_free(r);
	karier_policy_free(sb);
	/* a move within the same jenjang (another JF's ahli pertama) is checked at the employee's own golongan:
	 * with II/d, under the jenjang's range, no step (the jenjang's golongan is raised only for the next jenjang) */
	karier_position *ap2 = NULL;
	assert_ok(karier_position_new(&ap2, "AP2", "Pranata Komputer Ahli Pertama", KARIER_JAB_FUNGSIONAL_KEAHLIAN,
	                              KARIER_JENJANG_AHLI_PERTAMA));
	karier_pola *h = NULL;
	assert_ok(karier_pola_new(&h));
	assert_ok(karier_pola_add(h, NULL, pos[AP], ap2, KARIER_JALUR_HORIZONTAL, 0));
	karier_employee *low = NULL;
	assert_ok(karier_employee_copy(&low, e));
	assert_ok(karier_employee_set_golongan(low, KARIER_GOL_IID, 20200401));
	assert_ok(karier_rencana_new(&r, NULL, low, pos[AP], h, NULL, 20260115, 5));
	for (int32_t i = 0; i < karier_rencana_step_count(r); i++) {
		int32_t kind;
		assert_ok(karier_rencana_step_get(&kind, NULL, NULL, NULL, NULL, NULL, NULL, NULL, r, i));
		assert_int_not_equal(kind, KARIER_LANGKAH_JABATAN);
	}
	karier_rencana_free(r);
	karier_employee_free(low);
	karier_pola_free(h);
	karier_position_free(ap2);
	/* with 100.00 already, from the first day */
	assert_ok(karier_employee_set_angka_kredit(e, 10000));
	assert_ok(karier_rencana_new(&r, NULL, e, pos[AP], p, NULL, 20260115, 5));
	int32_t kind, date;
	for (int32_t i = 0; i < karier_rencana_step_count(r); i++) {
		assert_ok(karier_rencana_step_get(&kind, &date, NULL, NULL, NULL, NULL, NULL, NULL, r, i));
		if (kind == KARIER_LANGKAH_JABATAN)
			assert_int_equal(date, 20260115);
	}
	karier_rencana_free(r);
	karier_pola_free(p);
	karier_employee_free(e);
}

/* Posts one move away by each jalur, each from the first date its appointment checks pass. */
static void posts_by_each_jalur(void **state)
{
	(void)state;
	karier_employee *e = pelaksana("198501012010011001");
	karier_pola *p = NULL;
	assert_ok(karier_pola_new(&p));
	assert_ok(karier_pola_add(p, NULL, pos[PLK], pos[KSB], KARIER_JALUR_VERTIKAL, 0));
	assert_ok(karier_pola_add(p, NULL, pos[PLK], pos[AP], KARIER_JALUR_DIAGONAL, 0));
	assert_ok(karier_pola_add(p, NULL, pos[PLK], pos[PLK2], KARIER_JALUR_HORIZONTAL, 0));
	karier_rencana *r = NULL;
	assert_ok(karier_rencana_new(&r, NULL, e, pos[PLK], p, NULL, 20260115, 5));
	int32_t seen[4] = {0};
	for (int32_t i = 0; i < karier_rencana_step_count(r); i++) {
		int32_t kind, j;
		assert_ok(karier_rencana_step_get(&kind, NULL, NULL, NULL, &j, NULL, NULL, NULL, r, i));
		if (kind == KARIER_LANGKAH_JABATAN)
			seen[j]++;
	}
	assert_int_equal(seen[KARIER_JALUR_HORIZONTAL], 1);
	assert_int_equal(seen[KARIER_JALUR_DIAGONAL], 1);
	assert_int_equal(seen[KARIER_JALUR_VERTIKAL], 1);
	assert_first_eligible(r, e, 20260115);
	karier_rencana_free(r);
	/* min_bulan: a move allowed only after 24 months in the post counts from TMT jabatan */
	karier_pola_free(p);
	assert_ok(karier_pola_new(&p));
	assert_ok(karier_pola_add(p, NULL, pos[PLK], pos[PLK2], KARIER_JALUR_HORIZONTAL, 240));
	assert_ok(karier_rencana_new(&r, NULL, e, pos[PLK], p, NULL, 20260115, 5));
	for (int32_t i = 0; i < karier_rencana_step_count(r); i++) {
		int32_t kind, date;
		assert_ok(karier_rencana_step_get(&kind, &date, NULL, NULL, NULL, NULL, NULL, NULL, r, i));
		if (kind == KARIER_LANGKAH_JABATAN)
			assert_int_equal(date, 20300104); /* TMT jabatan 2010-01-04 + 240 months */
	}
	karier_rencana_free(r);
	karier_pola_free(p);
	karier_employee_free(e);
}

/* Born 1970-05-10, pelaksana (BUP 58, PP 11/2017 Ps239): retirement 2028-06-01, the first day of the
 * month after the 58th birthday's; no step after it; the training of 2028 dated the day before. */
static void retirement_ends_the_plan(void **state)
{
	(void)state;
	karier_employee *e = pelaksana("197005102000011001");
	karier_rencana *r = NULL;
	assert_ok(karier_rencana_new(&r, NULL, e, pos[PLK], NULL, NULL, 20260115, 5));
	int32_t n = karier_rencana_step_count(r), kind, date, pensiun;
	assert_ok(karier_rencana_info(NULL, NULL, &pensiun, NULL, NULL, r));
	assert_int_equal(pensiun, 20280601);
	assert_ok(karier_rencana_step_get(&kind, &date, NULL, NULL, NULL, NULL, NULL, NULL, r, n - 1));
	assert_int_equal(kind, KARIER_LANGKAH_PENSIUN);
	assert_int_equal(date, 20280601);
	assert_ok(karier_rencana_step_get(&kind, &date, NULL, NULL, NULL, NULL, NULL, NULL, r, n - 2));
	assert_int_equal(kind, KARIER_LANGKAH_PELATIHAN);
	assert_int_equal(date, 20280531);
	karier_rencana_free(r);
	karier_employee_free(e);
}

/* KSB asking level 2 in K1, K2 and K3, and *cat the courses C1-C3 closing each from level 1 (16 JP,
 * cost[i] rupiah). */
static const char *const k3[3] = {"K1", "K2", "K3"};
static karier_position *ksb_with_standard(karier_catalog **cat, const int64_t cost[3])
{
	karier_position *ksb = NULL;
	assert_ok(karier_position_copy(&ksb, pos[KSB]));
	assert_ok(karier_catalog_new(cat));
	for (int i = 0; i < 3; i++) {
		char code[8];
		snprintf(code, sizeof code, "C%d", i + 1);
		assert_ok(karier_position_set_standard(ksb, k3[i], 2));
		assert_ok(karier_catalog_add(*cat, code, code, k3[i], 1, 2, 16, cost[i], 1));
	}
	return ksb;
}

/* Training year by year: courses of 16 JP for three gaps.  A PNS takes courses until the year's JP reach
 * the minimum of 20 (PP 11/2017 Ps203(4)): 2026 two (32), 2027 the third (16, 4 owed), 2028 none (20 owed).
 * A PPPK's plan holds one year's maximum of 24 JP (PP 49/2018 Ps40): one course, in 2026. */
static void training_year_by_year(void **state)
{
	(void)state;
	static const int64_t cost[3] = {1000000, 2000000, 3000000};
	karier_catalog *cat = NULL;
	karier_position *ksb = ksb_with_standard(&cat, cost);
	karier_employee *e = pelaksana("198501012010011001");
	for (int i = 0; i < 3; i++)
		assert_ok(karier_employee_set_kompetensi(e, k3[i], 1, 20250101));
	karier_rencana *r = NULL;
	assert_ok(karier_rencana_new(&r, NULL, e, ksb, NULL, cat, 20260115, 3));
	static const int32_t want[3][4] = {{20261231, 32, 3000000, 0}, {20271231, 16, 3000000, 4}, {20281231, 0, 0, 20}};
	int32_t n = 0;
	for (int32_t i = 0; i < karier_rencana_step_count(r); i++) {
		int32_t kind, date, jp, owed;
		int64_t biaya;
		assert_ok(karier_rencana_step_get(&kind, &date, NULL, NULL, NULL, &jp, &biaya, &owed, r, i));
		if (kind != KARIER_LANGKAH_PELATIHAN)
			continue;
		assert_true(n < 3);
		assert_int_equal(date, want[n][0]);
		assert_int_equal(jp, want[n][1]);
		assert_int_equal(biaya, want[n][2]);
		assert_int_equal(owed, want[n][3]);
		n++;
	}
	assert_int_equal(n, 3);
	karier_rencana_free(r);
	karier_employee_free(e);
	/* the PPPK: with courses of 16, 8 and 16 JP, the first two make exactly the 24 JP maximum */
	karier_catalog_free(cat);
	assert_ok(karier_catalog_new(&cat));
	for (int i = 0; i < 3; i++) {
		char code[8];
		snprintf(code, sizeof code, "C%d", i + 1);
		assert_ok(karier_catalog_add(cat, code, code, k3[i], 1, 2, i == 1 ? 8 : 16, 1000000, 1));
	}
	assert_ok(karier_employee_new(&e, "199001152021211003", KARIER_STATUS_PPPK, NULL));
	assert_ok(karier_employee_set_pppk_golongan(e, 9, 20210101));
	assert_ok(karier_employee_set_jabatan(e, "KSB", KARIER_JAB_PENGAWAS, 0, 20210101));
	for (int i = 0; i < 3; i++)
		assert_ok(karier_employee_set_kompetensi(e, k3[i], 1, 20250101));
	assert_ok(karier_rencana_new(&r, NULL, e, ksb, NULL, cat, 20260115, 3));
	assert_int_equal(karier_rencana_step_count(r), 1); /* no KP, no minimum owed; the plan holds one year's 24 */
	int32_t kind, date, jp, owed;
	assert_ok(karier_rencana_step_get(&kind, &date, NULL, NULL, NULL, &jp, NULL, &owed, r, 0));
	assert_int_equal(kind, KARIER_LANGKAH_PELATIHAN);
	assert_int_equal(date, 20261231);
	assert_int_equal(jp, 24);
	assert_int_equal(owed, 0);
	karier_rencana_free(r);
	karier_employee_free(e);
	karier_catalog_free(cat);
	karier_position_free(ksb);
}

/* KSB's holder (pengawas, born 1969-03-10: BUP 58, retiring 2027-04-01) and two pelaksana ready for
 * KSB (S1, III/b): B, listed first, and A with the higher merit (potensi 80.00 against 60.00). */
static void three_of_ksb(karier_employee *e[3])
{
	e[0] = NULL;
	assert_ok(karier_employee_new(&e[0], "196903102000011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_pendidikan(e[0], KARIER_PEND_S1));
	assert_ok(karier_employee_set_golongan(e[0], KARIER_GOL_IIID, 20200401));
	assert_ok(karier_employee_set_jabatan(e[0], "KSB", KARIER_JAB_PENGAWAS, 0, 20150101));
	e[1] = pelaksana("198501012010011001");
	e[2] = pelaksana("198601012010011002");
	for (int i = 1; i < 3; i++)
		assert_ok(karier_employee_set_golongan(e[i], KARIER_GOL_IIIB, 20220401));
	assert_ok(karier_employee_set_potensi(e[1], 6000)); /* B */
	assert_ok(karier_employee_set_potensi(e[2], 8000)); /* A */
}

/* The organisation: KSB's holder and two pelaksana ready for KSB, A with the higher merit
 * (three_of_ksb).  In the plan's second year (2027-01-15 to 2028-01-15) KSB falls vacant by
 * retirement and is filled by A, the best ranked; PLK, left by A, has no candidate (no move of the
 * pola leads into it): a gap of 1. */
static void organisation_needs_availability_gap(void **state)
{
	(void)state;
	karier_employee *e[3];
	three_of_ksb(e);
	const karier_employee *emp[3] = {e[0], e[1], e[2]};
	const karier_position *cur[3] = {pos[KSB], pos[PLK], pos[PLK]};
	karier_pola *p = NULL;
	assert_ok(karier_pola_new(&p));
	assert_ok(karier_pola_add(p, NULL, pos[PLK], pos[KSB], KARIER_JALUR_VERTIKAL, 0));
	karier_rencana_org *o = NULL;
	assert_ok(karier_rencana_org_new(&o, NULL, emp, cur, 3, p, NULL, 20260115, 2, KARIER_NO_LIMIT, 1));
	assert_int_equal(karier_rencana_org_count(o), 4); /* 2 years x 2 posts, KSB first */
	int32_t year, keb, pem, pen, kel, low, ter, gap;
	const karier_position *post;
	assert_ok(karier_rencana_org_get(&year, &post, &keb, &pem, &pen, &kel, &low, &ter, &gap, NULL, NULL, NULL, o, 0));
	assert_int_equal(year, 2026);
	assert_ptr_equal(post, pos[KSB]);
	assert_int_equal(keb, 1); /* no kebutuhan given: the posts held */
	assert_int_equal(low, 0);
	assert_ok(karier_rencana_org_get(&year, &post, &keb, &pem, &pen, &kel, &low, &ter, &gap, NULL, NULL, NULL, o, 2));
	assert_int_equal(year, 2027);
	assert_ptr_equal(post, pos[KSB]);
	assert_int_equal(pem, 1);
	assert_int_equal(pen, 1);
	assert_int_equal(low, 1);
	assert_int_equal(ter, 1);
	assert_int_equal(gap, 0);
	assert_int_equal(karier_rencana_org_successor_count(o, 2), 1);
	int32_t who, date, j;
	assert_ok(karier_rencana_org_successor_get(&who, &date, &j, NULL, NULL, NULL, o, 2, 0));
	assert_int_equal(who, 2); /* A */
	assert_int_equal(date, 20270115); /* ready since 2026: the year's start */
	assert_int_equal(j, KARIER_JALUR_VERTIKAL);
	assert_ok(karier_rencana_org_get(&year, &post, &keb, &pem, &pen, &kel, &low, &ter, &gap, NULL, NULL, NULL, o, 3));
	assert_ptr_equal(post, pos[PLK]);
	assert_int_equal(keb, 2);
	assert_int_equal(pem, 2);
	assert_int_equal(kel, 1);
	assert_int_equal(low, 1);
	assert_int_equal(ter, 0);
	assert_int_equal(gap, 1);
	assert_fails(karier_rencana_org_get(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, o, 4),
	             KARIER_ENOTFOUND, "no row 4");
	assert_fails(karier_rencana_org_successor_get(NULL, NULL, NULL, NULL, NULL, NULL, o, 3, 0), KARIER_ENOTFOUND,
	             "no successor 0 of row 3");
	karier_rencana_org_free(o);
	/* a kebutuhan of 2 for KSB: a vacancy from the first year, filled by A; B the next year's */
	assert_ok(karier_pola_set_kebutuhan(p, pos[KSB], 2));
	assert_ok(karier_rencana_org_new(&o, NULL, emp, cur, 3, p, NULL, 20260115, 2, KARIER_NO_LIMIT, 1));
	assert_ok(karier_rencana_org_get(NULL, NULL, &keb, NULL, NULL, NULL, &low, &ter, NULL, NULL, NULL, NULL, o, 0));
	assert_int_equal(keb, 2);
	assert_int_equal(low, 1);
	assert_int_equal(ter, 1);
	assert_ok(karier_rencana_org_successor_get(&who, NULL, NULL, NULL, NULL, NULL, o, 0, 0));
	assert_int_equal(who, 2);
	assert_ok(karier_rencana_org_successor_get(&who, NULL, NULL, NULL, NULL, NULL, o, 2, 0));
	assert_int_equal(who, 1);
	karier_rencana_org_free(o);
	/* a kebutuhan of 0 (the post is abolished): its holder's retirement leaves no vacancy */
	assert_ok(karier_pola_set_kebutuhan(p, pos[KSB], 0));
	assert_ok(karier_rencana_org_new(&o, NULL, emp, cur, 3, p, NULL, 20260115, 2, KARIER_NO_LIMIT, 1));
	assert_ok(karier_rencana_org_get(NULL, NULL, &keb, NULL, &pen, NULL, &low, &ter, NULL, NULL, NULL, NULL, o, 2));
	assert_int_equal(keb, 0);
	assert_int_equal(pen, 1);
	assert_int_equal(low, 0);
	assert_int_equal(ter, 0);
	karier_rencana_org_free(o);
	/* a plan from 2026-04-01: the retirement on 2027-04-01 is the second year's first day, counted in it */
	assert_ok(karier_pola_set_kebutuhan(p, pos[KSB], 1));
	assert_ok(karier_rencana_org_new(&o, NULL, emp, cur, 3, p, NULL, 20260401, 2, KARIER_NO_LIMIT, 1));
	assert_ok(karier_rencana_org_get(&year, NULL, NULL, NULL, &pen, NULL, &low, NULL, NULL, NULL, NULL, NULL, o, 0));
	assert_int_equal(pen, 0);
	assert_ok(karier_rencana_org_get(&year, NULL, NULL, NULL, &pen, NULL, &low, NULL, NULL, NULL, NULL, NULL, o, 2));
	assert_int_equal(year, 2027);
	assert_int_equal(pen, 1);
	assert_int_equal(low, 1);
	karier_rencana_org_free(o);
	assert_fails(karier_rencana_org_new(&o, NULL, emp, cur, 3, p, NULL, 20260115, 2, KARIER_NO_LIMIT, 0), KARIER_EINVAL,
	             "threads 0");
	assert_fails(karier_rencana_org_new(&o, NULL, emp, cur, 3, p, NULL, 20260115, 2, -5, 1), KARIER_EINVAL, "budget");
	karier_pola_free(p);
	for (int i = 0; i < 3; i++)
		karier_employee_free(e[i]);
}

/* The year's budget across its successors' training (karier_allocate over the year's successors): KSB
 * now asks level 2 in three competencies where the two pelaksana stand at 1, and the courses closing
 * them cost Rp 1, 2 and 4 million (16 JP each).  As in organisation_needs_availability_gap, A succeeds
 * to KSB in the plan's second year; the plan costs A's training whole (48 JP, Rp 7 million) and a
 * yearly budget of Rp 3.5 million funds C1 and C2 (Rp 3 million, two gaps closed, where C3 alone
 * would close one): the row and its successor say Rp 3 million funded.  The first year has no
 * successor and funds nothing. */
static void organisation_budget_per_year(void **state)
{
	(void)state;
	static const int64_t cost[3] = {1000000, 2000000, 4000000};
	karier_catalog *cat = NULL;
	karier_position *ksb = ksb_with_standard(&cat, cost);
	karier_employee *e[3];
	three_of_ksb(e);
	for (int i = 0; i < 3; i++)
		for (int j = 1; j < 3; j++)
			assert_ok(karier_employee_set_kompetensi(e[j], k3[i], 1, 20250101));
	const karier_employee *emp[3] = {e[0], e[1], e[2]};
	const karier_position *cur[3] = {ksb, pos[PLK], pos[PLK]};
	karier_pola *p = NULL;
	assert_ok(karier_pola_new(&p));
	assert_ok(karier_pola_add(p, NULL, pos[PLK], ksb, KARIER_JALUR_VERTIKAL, 0));
	karier_rencana_org *o = NULL;
	assert_ok(karier_rencana_org_new(&o, NULL, emp, cur, 3, p, cat, 20260115, 2, 3500000, 1));
	assert_int_equal(karier_rencana_org_count(o), 4);
	int32_t year, ter, jp, who;
	int64_t biaya, didanai;
	const karier_position *post;
	assert_ok(karier_rencana_org_get(&year, &post, NULL, NULL, NULL, NULL, NULL, &ter, NULL, &jp, &biaya, &didanai, o, 0));
	assert_int_equal(year, 2026);
	assert_ptr_equal(post, ksb);
	assert_int_equal(ter, 0);
	assert_int_equal(didanai, 0);
	assert_ok(karier_rencana_org_get(&year, &post, NULL, NULL, NULL, NULL, NULL, &ter, NULL, &jp, &biaya, &didanai, o, 2));
	assert_int_equal(year, 2027);
	assert_ptr_equal(post, ksb);
	assert_int_equal(ter, 1);
	assert_int_equal(jp, 48);
	assert_int_equal(biaya, 7000000);
	assert_int_equal(didanai, 3000000);
	assert_ok(karier_rencana_org_successor_get(&who, NULL, NULL, &jp, &biaya, &didanai, o, 2, 0));
	assert_int_equal(who, 2); /* A */
	assert_int_equal(jp, 48);
	assert_int_equal(biaya, 7000000);
	assert_int_equal(didanai, 3000000);
	karier_rencana_org_free(o);
	karier_pola_free(p);
	for (int i = 0; i < 3; i++)
		karier_employee_free(e[i]);
	karier_catalog_free(cat);
	karier_position_free(ksb);
}

/* The posts of the organisation's plan: every post held once, however many hold it and in whatever
 * order they come, a row per code each year in order of code (pelaksana posts alike: no level
 * between them); a code of two post objects is one row, stood for by the object of the lower
 * address, whatever order qsort leaves equal codes in.  150 posts, held by 450 employees in a
 * scattered order. */
static void organisation_posts_once_each(void **state)
{
	(void)state;
	enum { NP = 150, NE = 3 * NP };
	karier_position *post[NP + 1];
	char code[16];
	for (int i = 0; i < NP; i++) {
		snprintf(code, sizeof code, "P%03d", i);
		assert_ok(karier_position_new(&post[i], code, "Pelaksana", KARIER_JAB_PELAKSANA, 0));
	}
	assert_ok(karier_position_new(&post[NP], "P007", "Pelaksana (a second object)", KARIER_JAB_PELAKSANA, 0));
	karier_employee *e = pelaksana("198501012010011001");
	const karier_employee *emp[NE];
	const karier_position *cur[NE];
	for (int i = 0; i < NE; i++) {
		emp[i] = e;
		cur[i] = post[(i * 37) % NP]; /* 37 is prime to 150: every post, three times, scattered */
	}
	cur[0] = post[NP]; /* the first held P000: now P007, through its second object, met before the first */
	karier_rencana_org *o = NULL;
	for (int threads = 1; threads <= 2; threads++) {
		assert_ok(karier_rencana_org_new(&o, NULL, emp, cur, NE, NULL, NULL, 20260115, 2, KARIER_NO_LIMIT, threads));
		assert_int_equal(karier_rencana_org_count(o), 2 * NP);
		const karier_position *seven = (uintptr_t)post[7] < (uintptr_t)post[NP] ? post[7] : post[NP];
		for (int r = 0; r < 2 * NP; r++) {
			int32_t year, keb;
			const karier_position *at;
			assert_ok(karier_rencana_org_get(&year, &at, &keb, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, o, r));
			assert_int_equal(year, 2026 + r / NP);
			snprintf(code, sizeof code, "P%03d", r % NP);
			assert_string_equal(karier_position_code(at), code);
			assert_ptr_equal(at, r % NP == 7 ? seven : post[r % NP]);
			/* the posts held: three holders each, but P000 two and P007 four, across its two objects */
			assert_int_equal(keb, r % NP == 0 ? 2 : r % NP == 7 ? 4 : 3);
		}
		karier_rencana_org_free(o);
	}
	karier_employee_free(e);
	for (int i = 0; i <= NP; i++)
		karier_position_free(post[i]);
}

/* The organisation's plan takes each employee's moves from a light plan (its decisions counted, not
 * kept) and a successor moves on the later of that date and the year's first day: over data/sample
 * (300 employees, its pola_karier.csv) every successor's date is that of the step to the same post in
 * the employee's own plan (karier_rencana_new), or the year's first day when that step is earlier. */
static void organisation_agrees_with_each_plan(void **state)
{
	(void)state;
	karier_dataset *ds = sample_dataset();
	int32_t n = karier_dataset_employee_count(ds);
	const karier_employee **emp = malloc((size_t)n * sizeof *emp);
	const karier_position **cur = malloc((size_t)n * sizeof *cur);
	assert_non_null(emp);
	assert_non_null(cur);
	for (int32_t i = 0; i < n; i++) {
		emp[i] = karier_dataset_employee(ds, i);
		cur[i] = karier_dataset_employee_position(ds, i);
	}
	const karier_pola *pola = karier_dataset_pola(ds);
	karier_rencana_org *o = NULL;
	assert_ok(karier_rencana_org_new(&o, NULL, emp, cur, n, pola, NULL, 20260115, 5, KARIER_NO_LIMIT, 2));
	int checked = 0, later = 0;
	for (int32_t i = 0; i < karier_rencana_org_count(o); i++) {
		int32_t year;
		const karier_position *post;
		assert_ok(karier_rencana_org_get(&year, &post, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, o, i));
		int32_t start = year * 10000 + 115; /* the plan's years run from 15 January */
		for (int32_t k = 0; k < karier_rencana_org_successor_count(o, i); k++) {
			int32_t who, date, own = 0;
			assert_ok(karier_rencana_org_successor_get(&who, &date, NULL, NULL, NULL, NULL, o, i, k));
			karier_rencana *r = NULL;
			assert_ok(karier_rencana_new(&r, NULL, emp[who], cur[who], pola, NULL, 20260115, 5));
			for (int32_t s = 0; s < karier_rencana_step_count(r); s++) {
				int32_t kind, d;
				const karier_position *to;
				assert_ok(karier_rencana_step_get(&kind, &d, NULL, &to, NULL, NULL, NULL, NULL, r, s));
				if (kind == KARIER_LANGKAH_JABATAN && !strcmp(karier_position_code(to), karier_position_code(post)))
					own = d;
			}
			karier_rencana_free(r);
			assert_true(own > 0);
			assert_int_equal(date, own > start ? own : start);
			later += own > start;
			checked++;
		}
	}
	assert_true(checked >= 20); /* successors enough to mean something, some on a date of their own */
	assert_true(later > 0);
	karier_rencana_org_free(o);
	free(emp);
	free(cur);
	karier_dataset_free(ds);
}

/* A move that waits for a kenaikan pangkat's golongan to hold: Budi, pelaksana III/a since 2022-04-01,
 * rises to III/b on 2026-04-01 (PP 99/2000 Ps7); the pola lets him move after 204 months in his post, on
 * 2027-01-04, to Analis SDM Aparatur Ahli Pertama, held in III/a-III/b (PermenPANRB 1/2023), or to
 * a Kepala Subbagian whose post asks III/b at least (a position's requirement over the policy): at
 * III/b he may be appointed to either, so the organisation's vacancy there is his on 2027-01-04, as
 * in his own plan (a wrong golongan after the KP, III/a or III/c, would leave him out of one). */
static void organisation_move_after_kp(void **state)
{
	(void)state;
	karier_position *ksb = NULL; /* Kepala Subbagian asking III/b at least */
	assert_ok(karier_position_new(&ksb, "KSB-B", "Kepala Subbagian Keuangan", KARIER_JAB_PENGAWAS, 0));
	assert_ok(karier_position_set_requirement(ksb, KARIER_REQ_MIN_GOLONGAN, KARIER_GOL_IIIB));
	const struct {
		const karier_position *post;
		int32_t jalur;
	} target[2] = {{pos[AP], KARIER_JALUR_DIAGONAL}, {ksb, KARIER_JALUR_VERTIKAL}};
	for (int m = 0; m < 2; m++) {
		karier_employee *e = pelaksana("198501012010011001");
		karier_pola *p = NULL;
		assert_ok(karier_pola_new(&p));
		assert_ok(karier_pola_add(p, NULL, pos[PLK], target[m].post, target[m].jalur, 204));
		assert_ok(karier_pola_set_kebutuhan(p, target[m].post, 1));
		karier_rencana *r = NULL;
		assert_ok(karier_rencana_new(&r, NULL, e, pos[PLK], p, NULL, 20260115, 5));
		int32_t kind, date, gol;
		const karier_position *to;
		assert_ok(karier_rencana_step_get(&kind, &date, &gol, NULL, NULL, NULL, NULL, NULL, r, 0));
		assert_int_equal(kind, KARIER_LANGKAH_KP);
		assert_int_equal(date, 20260401);
		assert_int_equal(gol, KARIER_GOL_IIIB);
		assert_ok(karier_rencana_step_get(&kind, &date, &gol, &to, NULL, NULL, NULL, NULL, r, 2));
		assert_int_equal(kind, KARIER_LANGKAH_JABATAN);
		assert_int_equal(date, 20270104);
		assert_int_equal(gol, KARIER_GOL_IIIB);
		assert_ptr_equal(to, target[m].post);
		karier_rencana_free(r);
		const karier_employee *emp[1] = {e};
		const karier_position *cur[1] = {pos[PLK]};
		karier_rencana_org *o = NULL;
		assert_ok(karier_rencana_org_new(&o, NULL, emp, cur, 1, p, NULL, 20260115, 5, KARIER_NO_LIMIT, 1));
		int32_t year, low, ter, who = -1;
		const karier_position *post;
		assert_ok(karier_rencana_org_get(&year, &post, NULL, NULL, NULL, NULL, &low, &ter, NULL, NULL, NULL, NULL, o, 0));
		assert_int_equal(year, 2026);
		assert_ptr_equal(post, target[m].post);
		assert_int_equal(low, 1);
		assert_int_equal(ter, 1);
		assert_ok(karier_rencana_org_successor_get(&who, &date, NULL, NULL, NULL, NULL, o, 0, 0));
		assert_int_equal(who, 0);
		assert_int_equal(date, 20270104);
		karier_rencana_org_free(o);
		karier_pola_free(p);
		karier_employee_free(e);
	}
	karier_position_free(ksb);
}

/* The same organisational plan on 1, 2, 3 and 5 threads: every row and successor equal.  The
 * employees are cut into 16 chunks a thread (at most 256), taken by whichever thread is free: 16, 32
 * and 48 chunks here, and on 5 threads one employee a chunk.  (More threads are left to the command's
 * tests: cmocka's checking allocator, which every allocation goes through here, fails with eight.) */
static void organisation_same_on_any_threads(void **state)
{
	(void)state;
	enum { N = 60 };
	karier_employee *e[N];
	const karier_employee *emp[N];
	const karier_position *cur[N];
	char nip[19];
	for (int i = 0; i < N; i++) {
		snprintf(nip, sizeof nip, "19%02d0101201001%d%03d", 62 + i % 30, 1 + i % 2, i + 1);
		e[i] = pelaksana(nip);
		assert_ok(karier_employee_set_golongan(e[i], KARIER_GOL_IIIA + i % 4, 20220401));
		assert_ok(karier_employee_set_potensi(e[i], 5000 + 97 * i % 4000));
		emp[i] = e[i];
		cur[i] = i % 10 == 0 ? pos[KSB] : i % 25 == 0 ? pos[KBD] : pos[PLK];
	}
	karier_pola *p = NULL;
	assert_ok(karier_pola_new(&p));
	assert_ok(karier_pola_add_default(p, NULL, (const karier_position *const *)pos, NPOS));
	karier_rencana_org *o[4] = {NULL};
	static const int32_t threads[4] = {1, 2, 3, 5};
	for (int t = 0; t < 4; t++)
		assert_ok(karier_rencana_org_new(&o[t], NULL, emp, cur, N, p, NULL, 20260115, 5, KARIER_NO_LIMIT, threads[t]));
	int filled = 0;
	for (int t = 1; t < 4; t++) {
		assert_int_equal(karier_rencana_org_count(o[t]), karier_rencana_org_count(o[0]));
		for (int32_t i = 0; i < karier_rencana_org_count(o[0]); i++) {
			int32_t a[9], b[9];
			const karier_position *pa, *pb;
			assert_ok(karier_rencana_org_get(&a[0], &pa, &a[1], &a[2], &a[3], &a[4], &a[5], &a[6], &a[7], &a[8], NULL, NULL, o[0], i));
			assert_ok(karier_rencana_org_get(&b[0], &pb, &b[1], &b[2], &b[3], &b[4], &b[5], &b[6], &b[7], &b[8], NULL, NULL, o[t], i));
			assert_memory_equal(a, b, sizeof a);
			assert_ptr_equal(pa, pb);
			assert_int_equal(karier_rencana_org_successor_count(o[t], i), karier_rencana_org_successor_count(o[0], i));
			for (int32_t k = 0; k < karier_rencana_org_successor_count(o[0], i); k++) {
				int32_t x, y;
				assert_ok(karier_rencana_org_successor_get(&x, NULL, NULL, NULL, NULL, NULL, o[0], i, k));
				assert_ok(karier_rencana_org_successor_get(&y, NULL, NULL, NULL, NULL, NULL, o[t], i, k));
				assert_int_equal(x, y);
				filled++;
			}
		}
	}
	assert_true(filled > 0); /* the comparison compared someone */
	for (int t = 0; t < 4; t++)
		karier_rencana_org_free(o[t]);
	karier_pola_free(p);
	for (int i = 0; i < N; i++)
		karier_employee_free(e[i]);
}

static void bad_arguments(void **state)
{
	(void)state;
	karier_employee *e = pelaksana("198501012010011001");
	karier_rencana *r = NULL;
	assert_fails(karier_rencana_new(NULL, NULL, e, NULL, NULL, NULL, 20260115, 5), KARIER_EINVAL, "out");
	assert_fails(karier_rencana_new(&r, NULL, NULL, NULL, NULL, NULL, 20260115, 5), KARIER_EINVAL, "employee");
	assert_fails(karier_rencana_new(&r, NULL, e, NULL, NULL, NULL, 20260230, 5), KARIER_ERANGE, "from");
	assert_fails(karier_rencana_new(&r, NULL, e, NULL, NULL, NULL, 20260115, 0), KARIER_ERANGE, "years 0");
	assert_fails(karier_rencana_new(&r, NULL, e, NULL, NULL, NULL, 20260115, 41), KARIER_ERANGE, "1..40");
	assert_null(r);
	assert_int_equal(karier_rencana_step_count(NULL), 0);
	assert_fails(karier_rencana_info(NULL, NULL, NULL, NULL, NULL, NULL), KARIER_EINVAL, "rencana");
	karier_rencana_free(NULL);
	karier_employee_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(jalur_of_each_move),
		cmocka_unit_test(pola_checks_each_move),
		cmocka_unit_test(default_ladder),
		cmocka_unit_test(kp_on_its_dates),
		cmocka_unit_test(jenjang_from_angka_kredit),
		cmocka_unit_test(posts_by_each_jalur),
		cmocka_unit_test(retirement_ends_the_plan),
		cmocka_unit_test(training_year_by_year),
		cmocka_unit_test(organisation_needs_availability_gap),
		cmocka_unit_test(organisation_same_on_any_threads),
		cmocka_unit_test(organisation_budget_per_year),
		cmocka_unit_test(organisation_posts_once_each),
		cmocka_unit_test(organisation_agrees_with_each_plan),
		cmocka_unit_test(organisation_move_after_kp),
		cmocka_unit_test(bad_arguments),
	};
	return cmocka_run_group_tests_name("rencana", tests, setup, teardown);
}
