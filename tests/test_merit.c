/*
 * test_merit.c - merit scores, the 9-box and ranking, computed by hand.
 * Default weights (Keputusan Kepala BKN 411/2025 as reported): kinerja 50,
 * kompetensi 20, potensi 12.5, kualifikasi 10, integritas 7.5.
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>

#include "support/test.h"

#define DATE 20260601 /* kinerja years 2025 (weight 60) and 2024 (weight 40) */

static karier_position *kadis(void)
{
	karier_position *p = NULL;
	assert_ok(karier_position_new(&p, "KADIS", "Kepala Dinas", KARIER_JAB_JPT_PRATAMA, 0));
	assert_ok(karier_position_set_standard(p, "INTEGRITAS", 4));
	assert_ok(karier_position_set_standard(p, "KERJASAMA", 4));
	assert_ok(karier_position_set_standard(p, "KOMUNIKASI", 4));
	assert_ok(karier_position_set_standard(p, "ORIENTASI_HASIL", 4));
	return p;
}

/* S2, competencies 4+3+4+3 = 14 of 16, potensi 77.00, kinerja 2025 SB and 2024 B. */
static karier_employee *candidate(const char *nip)
{
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, nip, KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_S2));
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IVB, 20220401));
	assert_ok(karier_employee_set_jabatan(e, "KABID", KARIER_JAB_ADMINISTRATOR, 0, 20210104));
	assert_ok(karier_employee_set_kompetensi(e, "INTEGRITAS", 4, 20250101));
	assert_ok(karier_employee_set_kompetensi(e, "KERJASAMA", 3, 20250101));
	assert_ok(karier_employee_set_kompetensi(e, "KOMUNIKASI", 4, 20250101));
	assert_ok(karier_employee_set_kompetensi(e, "ORIENTASI_HASIL", 3, 20250101));
	assert_ok(karier_employee_set_potensi(e, 7700));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_SANGAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	return e;
}

static karier_merit *merit(const karier_policy *p, const karier_employee *e, const karier_position *pos)
{
	karier_merit *m = NULL;
	assert_ok(karier_merit_evaluate(&m, p, e, pos, DATE));
	return m;
}

static void component(const karier_merit *m, int32_t c, int32_t value, int32_t applied, int32_t share)
{
	int32_t v, w, a, s;
	assert_ok(karier_merit_component_get(&v, &w, &a, &s, m, c));
	assert_int_equal(v, value);
	assert_int_equal(a, applied);
	assert_int_equal(s, share);
}

static void worked_example(void **state)
{
	(void)state;
	karier_position *pos = kadis();
	karier_employee *e = candidate("197006151995031001");
	karier_merit *m = merit(NULL, e, pos);
	/* kualifikasi: S2 is one rank above S1: 80 + 10 = 90.00
	 * kompetensi: 14 / 16 = 87.50 %
	 * kinerja: (100 x 60 + 85 x 40) / 100 = 94.00
	 * total: (90x10 + 87.5x20 + 77x12.5 + 94x50 + 100x7.5) / 100 = 90.625 -> 90.63 */
	assert_int_equal(karier_merit_score(m), 9063);
	component(m, KARIER_MERIT_KUALIFIKASI, 9000, 1000, 900);
	component(m, KARIER_MERIT_KOMPETENSI, 8750, 2000, 1750);
	component(m, KARIER_MERIT_POTENSI, 7700, 1250, 963);
	component(m, KARIER_MERIT_KINERJA, 9400, 5000, 4700);
	component(m, KARIER_MERIT_INTEGRITAS, 10000, 750, 750);
	assert_int_equal(karier_merit_missing(m), 0);
	/* potensi axis: (90x10 + 87.5x20 + 77x12.5 + 100x7.5) / 50 = 87.25 -> menengah; kinerja 94 -> atas */
	assert_int_equal(karier_merit_potensi_score(m), 8725);
	assert_int_equal(karier_merit_kinerja_axis(m), KARIER_RATING_ATAS);
	assert_int_equal(karier_merit_potensi_axis(m), KARIER_POTENSI_MENENGAH);
	assert_int_equal(karier_merit_box(m), 7);
	/* box 7, but two competencies below the standard (14 of 16 levels): not in the
	 * talent pool (PP 11/2017 Ps199: the required competency) */
	assert_int_equal(karier_merit_talent_pool(m), 0);
	assert_int_equal(karier_merit_talent_pool_unmet(m), KARIER_KRS_KOMPETENSI);
	char buf[200];
	karier_merit_component_explain(buf, sizeof buf, m, KARIER_MERIT_KUALIFIKASI, KARIER_LANG_ID);
	assert_string_equal(buf, "Pendidikan S2, syarat S1: 90.00");
	karier_merit_component_explain(buf, sizeof buf, m, KARIER_MERIT_KOMPETENSI, KARIER_LANG_EN);
	assert_string_equal(buf, "Job-person match 87.50% over 4 standard competencies: 87.50");
	karier_merit_component_explain(buf, sizeof buf, m, KARIER_MERIT_KINERJA, KARIER_LANG_ID);
	assert_string_equal(buf, "2025 Sangat Baik (bobot 60), 2024 Baik (bobot 40): 94.00");
	karier_merit_free(m);
	karier_employee_free(e);
	karier_position_free(pos);
}

static void missing_component_renormalised(void **state)
{
	(void)state;
	karier_position *pos = kadis();
	karier_employee *e = candidate("197006151995031001");
	assert_ok(karier_employee_set_potensi(e, -1));
	karier_merit *m = merit(NULL, e, pos);
	/* (90x10 + 87.5x20 + 94x50 + 100x7.5) / 87.5 = 92.571 -> 92.57 */
	assert_int_equal(karier_merit_score(m), 9257);
	assert_int_equal(karier_merit_missing(m), 1 << (KARIER_MERIT_POTENSI - 1));
	/* applied weights 10/87.5, 20/87.5, 50/87.5, 7.5/87.5 of 100 % */
	component(m, KARIER_MERIT_KUALIFIKASI, 9000, 1143, 1029);
	component(m, KARIER_MERIT_KOMPETENSI, 8750, 2286, 2000);
	component(m, KARIER_MERIT_POTENSI, -1, 0, 0);
	component(m, KARIER_MERIT_KINERJA, 9400, 5714, 5371);
	component(m, KARIER_MERIT_INTEGRITAS, 10000, 857, 857);
	/* potensi axis: (90x10 + 87.5x20 + 100x7.5) / 37.5 = 90.67 -> tinggi: box 9 */
	assert_int_equal(karier_merit_potensi_score(m), 9067);
	assert_int_equal(karier_merit_box(m), 9);
	char buf[200];
	karier_merit_component_explain(buf, sizeof buf, m, KARIER_MERIT_POTENSI, KARIER_LANG_EN);
	assert_string_equal(buf, "No data: no potensi assessment");
	karier_merit_free(m);

	/* the policy switch scores a missing component as zero instead: 8100 / 100 */
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "merit.komponen_hilang_nol", 1));
	m = merit(p, e, pos);
	assert_int_equal(karier_merit_score(m), 8100);
	component(m, KARIER_MERIT_POTENSI, -1, 1250, 0);
	karier_merit_free(m);
	karier_policy_free(p);
	karier_employee_free(e);
	karier_position_free(pos);
}

static void without_position(void **state)
{
	(void)state;
	karier_employee *e = candidate("197006151995031001");
	/* measured against the current post (administrator: S1), no standard: kompetensi missing */
	karier_merit *m = merit(NULL, e, NULL);
	/* (90x10 + 77x12.5 + 94x50 + 100x7.5) / 80 = 73.125 / 0.8 = 91.40625 -> 91.41 */
	assert_int_equal(karier_merit_score(m), 9141);
	assert_int_equal(karier_merit_missing(m), 1 << (KARIER_MERIT_KOMPETENSI - 1));
	karier_merit_free(m);
	karier_employee_free(e);
}

static void integritas_window(void **state)
{
	(void)state;
	karier_employee *e = candidate("197006151995031001");
	/* inside 5 years: one sedang (-30) and one ringan (-10); 2020 is outside */
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_SEDANG, 20230101, 20230701));
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_RINGAN, 20240301, 0));
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_BERAT, 20200101, 20210101));
	karier_merit *m = merit(NULL, e, NULL);
	int32_t v;
	assert_ok(karier_merit_component_get(&v, NULL, NULL, NULL, m, KARIER_MERIT_INTEGRITAS));
	assert_int_equal(v, 6000);
	char buf[200];
	karier_merit_component_explain(buf, sizeof buf, m, KARIER_MERIT_INTEGRITAS, KARIER_LANG_ID);
	assert_string_equal(buf, "Hukuman disiplin dalam 5 tahun terakhir: 1 ringan, 1 sedang, 0 berat: 60.00");
	karier_merit_free(m);
	/* two berat in the window cannot go below zero */
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_BERAT, 20250101, 20260101));
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_BERAT, 20250601, 20260601));
	m = merit(NULL, e, NULL);
	assert_ok(karier_merit_component_get(&v, NULL, NULL, NULL, m, KARIER_MERIT_INTEGRITAS));
	assert_int_equal(v, 0);
	karier_merit_free(m);
	karier_employee_free(e);
}

static void kualifikasi_and_jpm_rules(void **state)
{
	(void)state;
	karier_position *pos = kadis();
	karier_employee *e = candidate("197006151995031001");
	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_D3));
	assert_ok(karier_employee_set_kompetensi(e, "KERJASAMA", 5, 20250601)); /* above the standard 4 */
	karier_merit *m = merit(NULL, e, pos);
	int32_t v;
	assert_ok(karier_merit_component_get(&v, NULL, NULL, NULL, m, KARIER_MERIT_KUALIFIKASI));
	assert_int_equal(v, 0); /* below the requirement */
	assert_ok(karier_merit_component_get(&v, NULL, NULL, NULL, m, KARIER_MERIT_KOMPETENSI));
	assert_int_equal(v, 10000 * 16 / 16); /* 4+5+4+3 = 16 of 16 */
	karier_merit_free(m);
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "jpm.batasi_ke_standar", 1)); /* 4+4+4+3 = 15 of 16 */
	m = merit(p, e, pos);
	assert_ok(karier_merit_component_get(&v, NULL, NULL, NULL, m, KARIER_MERIT_KOMPETENSI));
	assert_int_equal(v, 9375);
	karier_merit_free(m);
	/* S3 is two ranks above S1: 80 + 2 x 10 = 100 (capped there) */
	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_S3));
	m = merit(p, e, pos);
	assert_ok(karier_merit_component_get(&v, NULL, NULL, NULL, m, KARIER_MERIT_KUALIFIKASI));
	assert_int_equal(v, 10000);
	karier_merit_free(m);
	karier_policy_free(p);
	karier_employee_free(e);
	karier_position_free(pos);
}

/* Potensi axis with kualifikasi and kompetensi missing: (potensi x 12.5 + 100 x 7.5) / 20. */
static int32_t box_for(const karier_policy *p, int32_t potensi, int32_t kinerja_baik_score, int32_t *kin_axis,
                       int32_t *pot_axis)
{
	karier_policy *q = NULL;
	assert_ok(karier_policy_copy(&q, p));
	assert_ok(karier_policy_set(q, "merit.kinerja.nilai.baik", kinerja_baik_score));
	assert_ok(karier_policy_set(q, "talenta.kinerja.sumber", 2)); /* the numeric cut-offs */
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, "197006151995031001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_potensi(e, potensi));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	karier_merit *m = merit(q, e, NULL);
	*kin_axis = karier_merit_kinerja_axis(m);
	*pot_axis = karier_merit_potensi_axis(m);
	int32_t box = karier_merit_box(m);
	karier_merit_free(m);
	karier_employee_free(e);
	karier_policy_free(q);
	return box;
}

/* PermenPANRB 6/2022: the kinerja axis follows the latest predikat by default;
 * the score with its cut-offs is the policy's alternative. */
static void nine_box_kinerja_axis_from_the_latest_predikat(void **state)
{
	(void)state;
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, "197006151995031001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_potensi(e, 9500));
	/* 2025 baik, 2024 sangat baik: score (85 x 60 + 100 x 40) / 100 = 91.00 */
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_SANGAT_BAIK));
	karier_merit *m = merit(NULL, e, NULL);
	assert_int_equal(karier_merit_component_get(NULL, NULL, NULL, NULL, m, KARIER_MERIT_KINERJA), KARIER_OK);
	assert_int_equal(karier_merit_kinerja_axis(m), KARIER_RATING_SESUAI); /* baik meets expectation */
	karier_merit_free(m);
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "talenta.kinerja.sumber", 2));
	m = merit(p, e, NULL);
	assert_int_equal(karier_merit_kinerja_axis(m), KARIER_RATING_ATAS); /* 91.00 >= 90.00 */
	karier_merit_free(m);
	/* the latest year butuh perbaikan: below expectation; sangat baik: above */
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BUTUH_PERBAIKAN));
	m = merit(NULL, e, NULL);
	assert_int_equal(karier_merit_kinerja_axis(m), KARIER_RATING_BAWAH);
	karier_merit_free(m);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_SANGAT_BAIK));
	m = merit(NULL, e, NULL);
	assert_int_equal(karier_merit_kinerja_axis(m), KARIER_RATING_ATAS);
	karier_merit_free(m);
	karier_policy_free(p);
	karier_employee_free(e);
}

/* A competency above its standard does not lift the kompetensi component past 100 (so no merit
 * score passes 100 and reorders a shortlist), unless the policy caps per competency instead;
 * the integritas window (merit.integritas.tahun, 5) counts penalties that started after
 * date - 5 years and on or before the date. */
static void competency_cap_and_integritas_window(void **state)
{
	(void)state;
	karier_position *pos = kadis(); /* four competencies at 4 */
	karier_employee *e = candidate("197006151995031001");
	for (int32_t i = 0; i < karier_position_standard_count(pos); i++) {
		const char *code;
		assert_ok(karier_position_standard_get(&code, NULL, pos, i));
		assert_ok(karier_employee_set_kompetensi(e, code, 5, 20250101)); /* 20 of 16 levels: JPM 125 % */
	}
	assert_ok(karier_employee_set_potensi(e, 10000));
	karier_merit *m = merit(NULL, e, pos);
	int32_t v;
	assert_ok(karier_merit_component_get(&v, NULL, NULL, NULL, m, KARIER_MERIT_KOMPETENSI));
	assert_int_equal(v, 10000);
	assert_true(karier_merit_score(m) <= 10000);
	karier_merit_free(m);
	/* integritas: DATE is 2026-06-01, so the window is (2021-06-01, 2026-06-01] */
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_TEGURAN_LISAN, 20210601, 20210602));
	m = merit(NULL, e, pos);
	assert_ok(karier_merit_component_get(&v, NULL, NULL, NULL, m, KARIER_MERIT_INTEGRITAS));
	assert_int_equal(v, 10000); /* started exactly 5 years before: outside */
	karier_merit_free(m);
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_TEGURAN_LISAN, 20210602, 20210603));
	m = merit(NULL, e, pos);
	assert_ok(karier_merit_component_get(&v, NULL, NULL, NULL, m, KARIER_MERIT_INTEGRITAS));
	assert_int_equal(v, 9000); /* one day later: a ringan penalty costs 10.00 */
	karier_merit_free(m);
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_TEGURAN_LISAN, 20260602, 20260603));
	m = merit(NULL, e, pos);
	assert_ok(karier_merit_component_get(&v, NULL, NULL, NULL, m, KARIER_MERIT_INTEGRITAS));
	assert_int_equal(v, 9000); /* starting after the date: not yet */
	karier_merit_free(m);
	karier_employee_free(e);
	karier_position_free(pos);
}

static void nine_box_boundaries(void **state)
{
	(void)state;
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	int32_t k, q;
	/* potensi 60.00 -> axis (60x12.5 + 100x7.5)/20 = 75.00: menengah; 59.99 -> 74.99: rendah */
	assert_int_equal(box_for(p, 6000, 8500, &k, &q), 5);
	assert_int_equal(q, KARIER_POTENSI_MENENGAH);
	assert_int_equal(k, KARIER_RATING_SESUAI);
	assert_int_equal(box_for(p, 5999, 8500, &k, &q), 2);
	assert_int_equal(q, KARIER_POTENSI_RENDAH);
	/* potensi 84.00 -> 90.00: tinggi; 83.99 -> 89.99: menengah */
	assert_int_equal(box_for(p, 8400, 8500, &k, &q), 8);
	assert_int_equal(q, KARIER_POTENSI_TINGGI);
	assert_int_equal(box_for(p, 8399, 8500, &k, &q), 5);
	/* kinerja 90.00 -> atas; 89.99 -> sesuai; 75.00 -> sesuai; 74.99 -> bawah */
	assert_int_equal(box_for(p, 8400, 9000, &k, &q), 9);
	assert_int_equal(k, KARIER_RATING_ATAS);
	assert_int_equal(box_for(p, 8400, 8999, &k, &q), 8);
	assert_int_equal(box_for(p, 8400, 7500, &k, &q), 8);
	assert_int_equal(box_for(p, 8400, 7499, &k, &q), 6);
	assert_int_equal(k, KARIER_RATING_BAWAH);
	assert_int_equal(box_for(p, 5999, 7499, &k, &q), 1);
	assert_int_equal(box_for(p, 6000, 7499, &k, &q), 3);
	assert_int_equal(box_for(p, 5999, 9000, &k, &q), 4);
	assert_int_equal(box_for(p, 6000, 9000, &k, &q), 7);
	karier_policy_free(p);
}

static void numbering_schemes(void **state)
{
	(void)state;
	static const char *const cells[9] = {"bawah_rendah", "bawah_menengah", "bawah_tinggi", "sesuai_rendah",
	                                     "sesuai_menengah", "sesuai_tinggi", "atas_rendah", "atas_menengah",
	                                     "atas_tinggi"};
	/* PermenPANRB 3/2020 (default), row-major from the bottom-left, and from the top-left */
	static const int32_t schemes[3][9] = {
		{1, 3, 6, 2, 5, 8, 4, 7, 9},
		{1, 2, 3, 4, 5, 6, 7, 8, 9},
		{7, 8, 9, 4, 5, 6, 1, 2, 3},
	};
	/* the cells the nine_box_boundaries inputs land in, in the order of cells[] */
	static const int32_t inputs[9][2] = {{5999, 7499}, {6000, 7499}, {8400, 7499}, {5999, 8500}, {6000, 8500},
	                                     {8400, 8500}, {5999, 9000}, {6000, 9000}, {8400, 9000}};
	for (int s = 0; s < 3; s++) {
		karier_policy *p = NULL;
		char key[64];
		assert_ok(karier_policy_new_default(&p));
		for (int c = 0; c < 9; c++) {
			snprintf(key, sizeof key, "talenta.kotak.%s", cells[c]);
			assert_ok(karier_policy_set(p, key, schemes[s][c]));
		}
		for (int c = 0; c < 9; c++) {
			int32_t k, q;
			assert_int_equal(box_for(p, inputs[c][0], inputs[c][1], &k, &q), schemes[s][c]);
		}
		karier_policy_free(p);
	}
}

/* PP 11/2017 Ps198-200: the talent pool needs the required competency, kinerja at
 * least baik for 2 years, and (selection practice) no penalty being served; the
 * 9-box cell is the policy's. */
static void talent_pool_and_actions(void **state)
{
	(void)state;
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	karier_position *pos = kadis();
	karier_employee *e = candidate("197006151995031001");
	/* meet the standard: every competency at its level */
	for (int32_t i = 0; i < karier_position_standard_count(pos); i++) {
		const char *code;
		int32_t level;
		assert_ok(karier_position_standard_get(&code, &level, pos, i));
		assert_ok(karier_employee_set_kompetensi(e, code, level, 20250101));
	}
	/* potensi axis (90x10 + 100x20 + 77x12.5 + 100x7.5) / 50 = 92.25: tinggi; kinerja atas: box 9 */
	karier_merit *m = merit(p, e, pos);
	int32_t box = karier_merit_box(m);
	assert_int_equal(box, 9);
	assert_int_equal(karier_merit_talent_pool(m), 1);
	assert_int_equal(karier_merit_talent_pool_unmet(m), 0);
	karier_merit_free(m);
	/* no position to measure against: competency cannot be shown to meet a standard */
	m = merit(p, e, NULL);
	assert_int_equal(karier_merit_talent_pool_unmet(m), KARIER_KRS_KOMPETENSI);
	karier_merit_free(m);
	/* 2024 butuh perbaikan: kinerja not baik for two years */
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BUTUH_PERBAIKAN));
	m = merit(p, e, pos);
	assert_int_equal(karier_merit_talent_pool_unmet(m) & KARIER_KRS_KINERJA, KARIER_KRS_KINERJA);
	karier_merit_free(m);
	assert_ok(karier_policy_set(p, "talenta.krs.tahun_kinerja", 1)); /* only 2025 asked for */
	m = merit(p, e, pos);
	assert_int_equal(karier_merit_talent_pool_unmet(m) & KARIER_KRS_KINERJA, 0);
	karier_merit_free(m);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	/* a sedang penalty running on the date (2026-03-01 .. 2026-09-01); ended the day before: none */
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_POTONG_TUKIN_6, 20260301, 20260901));
	m = merit(p, e, pos);
	assert_int_equal(karier_merit_talent_pool_unmet(m), KARIER_KRS_DISIPLIN);
	assert_int_equal(karier_merit_talent_pool(m), 0);
	karier_merit_free(m);
	/* one that starts on the date itself is in effect on it (DATE is 2026-06-01) */
	karier_employee *f = candidate("197006151995031002");
	for (int32_t i = 0; i < karier_position_standard_count(pos); i++) {
		const char *code;
		int32_t level;
		assert_ok(karier_position_standard_get(&code, &level, pos, i));
		assert_ok(karier_employee_set_kompetensi(f, code, level, 20250101));
	}
	assert_ok(karier_employee_add_hukuman(f, KARIER_HUKUMAN_POTONG_TUKIN_6, DATE, 20261201));
	m = merit(p, f, pos);
	assert_int_equal(karier_merit_talent_pool_unmet(m) & KARIER_KRS_DISIPLIN, KARIER_KRS_DISIPLIN);
	karier_merit_free(m);
	karier_employee_free(f);
	assert_ok(karier_policy_set(p, "talenta.krs.tanpa_hukuman", 0));
	m = merit(p, e, pos);
	assert_int_equal(karier_merit_talent_pool(m), 1);
	/* the penalty also costs integritas (100 - 30 = 70): potensi 87.75, menengah, box 7 */
	box = karier_merit_box(m);
	assert_int_equal(box, 7);
	karier_merit_free(m);
	/* a cell the policy leaves out of the pool */
	char key[32];
	snprintf(key, sizeof key, "talenta.krs.kotak_%d", box);
	assert_ok(karier_policy_set(p, key, 0));
	m = merit(p, e, pos);
	assert_int_equal(karier_merit_talent_pool(m), 0);
	assert_int_equal(karier_merit_talent_pool_unmet(m), KARIER_KRS_KOTAK);
	karier_merit_free(m);
	karier_position_free(pos);
	assert_string_equal(karier_talent_actions(KARIER_RATING_ATAS, KARIER_POTENSI_TINGGI, KARIER_LANG_EN),
	                    "Promote and retain; instansi or national talent pool; award");
	assert_non_null(strstr(karier_talent_actions(KARIER_RATING_BAWAH, KARIER_POTENSI_RENDAH, KARIER_LANG_ID),
	                       "disiplin"));
	assert_null(karier_talent_actions(0, 1, KARIER_LANG_ID));
	karier_employee_free(e);
	karier_policy_free(p);
}

static void protected_attributes_change_nothing(void **state)
{
	(void)state;
	/* the same record under a man's NIP born 1970 and a woman's NIP born 1990 */
	karier_position *pos = kadis();
	karier_employee *a = candidate("197006151995031001");
	karier_employee *b = candidate("199002022015032001");
	karier_merit *ma = merit(NULL, a, pos), *mb = merit(NULL, b, pos);
	assert_int_equal(karier_merit_score(ma), karier_merit_score(mb));
	for (int32_t c = 1; c <= KARIER_MERIT_COMPONENT_COUNT; c++) {
		int32_t v1, v2, s1, s2;
		assert_ok(karier_merit_component_get(&v1, NULL, NULL, &s1, ma, c));
		assert_ok(karier_merit_component_get(&v2, NULL, NULL, &s2, mb, c));
		assert_int_equal(v1, v2);
		assert_int_equal(s1, s2);
	}
	assert_int_equal(karier_merit_box(ma), karier_merit_box(mb));
	karier_merit_free(ma);
	karier_merit_free(mb);
	karier_employee_free(a);
	karier_employee_free(b);
	karier_position_free(pos);
}

static void bit_identical(void **state)
{
	(void)state;
	karier_position *pos = kadis();
	karier_employee *e = candidate("197006151995031001"), *c = NULL;
	assert_ok(karier_employee_copy(&c, e));
	karier_merit *m1 = merit(NULL, e, pos), *m2 = merit(NULL, c, pos);
	int32_t a[4], b[4];
	for (int32_t k = 1; k <= KARIER_MERIT_COMPONENT_COUNT; k++) {
		assert_ok(karier_merit_component_get(&a[0], &a[1], &a[2], &a[3], m1, k));
		assert_ok(karier_merit_component_get(&b[0], &b[1], &b[2], &b[3], m2, k));
		assert_memory_equal(a, b, sizeof a);
	}
	assert_int_equal(karier_merit_score(m1), karier_merit_score(m2));
	assert_int_equal(karier_merit_potensi_score(m1), karier_merit_potensi_score(m2));
	karier_merit_free(m1);
	karier_merit_free(m2);
	karier_employee_free(c);
	karier_employee_free(e);
	karier_position_free(pos);
}

/* ---- ranking ------------------------------------------------------------- */

static karier_employee *staff(const char *nip, int32_t gol, int32_t tmt_gol, int32_t pred, int32_t potensi)
{
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, nip, KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_S1));
	assert_ok(karier_employee_set_golongan(e, gol, tmt_gol));
	assert_ok(karier_employee_set_jabatan(e, "PLK", KARIER_JAB_PELAKSANA, 0, 20100104));
	assert_ok(karier_employee_set_kinerja(e, 2025, pred));
	assert_ok(karier_employee_set_kinerja(e, 2024, pred));
	assert_ok(karier_employee_set_kompetensi(e, "INTEGRITAS", 3, 0));
	assert_ok(karier_employee_set_potensi(e, potensi));
	return e;
}

static void shortlist_ties_at_every_level(void **state)
{
	(void)state;
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "merit.bobot.kinerja", 0)); /* equal scores, so kinerja breaks ties */
	karier_position *pos = NULL;
	assert_ok(karier_position_new(&pos, "ANALIS", "Analis", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_set_standard(pos, "INTEGRITAS", 3));
	karier_employee *g = staff("197001011995031007", KARIER_GOL_IIIA, 20200101, KARIER_PREDIKAT_BAIK, 9000); /* best score */
	karier_employee *a = staff("197001011995031006", KARIER_GOL_IIIA, 20200101, KARIER_PREDIKAT_SANGAT_BAIK, 7000); /* kinerja */
	karier_employee *b = staff("197001011995031005", KARIER_GOL_IIIC, 20200101, KARIER_PREDIKAT_BAIK, 7000); /* golongan */
	karier_employee *c = staff("197001011995031004", KARIER_GOL_IIIB, 20200101, KARIER_PREDIKAT_BAIK, 7000); /* TMT golongan */
	karier_employee *d = staff("197001011995031003", KARIER_GOL_IIIB, 20210101, KARIER_PREDIKAT_BAIK, 7000); /* masa kerja */
	karier_employee *e = staff("197001011996031001", KARIER_GOL_IIIB, 20210101, KARIER_PREDIKAT_BAIK, 7000); /* NIP */
	karier_employee *f = staff("197001011996031002", KARIER_GOL_IIIB, 20210101, KARIER_PREDIKAT_BAIK, 7000);
	const karier_employee *in[7] = {f, c, e, a, g, d, b};
	int32_t order[7], scores[7], n = -1;
	assert_ok(karier_merit_rank(order, &n, scores, NULL, p, in, 7, pos, DATE, 0));
	assert_int_equal(n, 7);
	const karier_employee *want[7] = {g, a, b, c, d, e, f};
	for (int i = 0; i < 7; i++)
		assert_ptr_equal(in[order[i]], want[i]);
	assert_true(scores[0] > scores[1]);
	for (int i = 1; i < 7; i++)
		assert_int_equal(scores[i], scores[1]);

	/* an active sedang penalty blocks appointment (PP 94/2021): d ranks after every eligible
	 * candidate, whatever its score, and says so; with ELIGIBLE_ONLY it is left out */
	assert_ok(karier_employee_add_disiplin(d, KARIER_DISIPLIN_SEDANG, 20260101, 20260701));
	assert_ok(karier_employee_set_potensi(d, 10000)); /* above five of the six eligible (integritas 70 keeps it below g) */
	int32_t eligible[7];
	assert_ok(karier_merit_rank(order, &n, scores, eligible, p, in, 7, pos, DATE, 0));
	assert_int_equal(n, 7);
	assert_ptr_equal(in[order[6]], d);
	assert_int_equal(eligible[6], 0);
	assert_true(scores[6] > scores[1]);
	for (int i = 0; i < 6; i++)
		assert_int_equal(eligible[i], 1);
	assert_ok(karier_merit_rank(order, &n, NULL, NULL, p, in, 7, pos, DATE, KARIER_RANK_ELIGIBLE_ONLY));
	assert_int_equal(n, 6);
	for (int i = 0; i < n; i++)
		assert_ptr_not_equal(in[order[i]], d);
	/* the post's incumbent is no candidate for it */
	assert_ok(karier_employee_set_jabatan(g, "ANALIS", KARIER_JAB_PELAKSANA, 0, 20100104));
	assert_ok(karier_merit_rank(order, &n, NULL, NULL, p, in, 7, pos, DATE, 0));
	assert_int_equal(n, 6);
	for (int i = 0; i < n; i++)
		assert_ptr_not_equal(in[order[i]], g);
	assert_fails(karier_merit_rank(order, &n, NULL, NULL, p, in, 7, pos, DATE, 8), KARIER_EINVAL, "flags");
	const karier_employee *holes[2] = {a, NULL};
	assert_fails(karier_merit_rank(order, &n, NULL, NULL, p, holes, 2, pos, DATE, 0), KARIER_EINVAL, "employees[1]");

	/* the shortlist: the list's first `limit`, whatever the threads (g, the incumbent, is out; d,
	 * ineligible, last): a, b, c, e, f, d.  One thread or two keep each part's best in a heap */
	const karier_employee *top[6] = {a, b, c, e, f, d};
	int32_t rs[7], re[7];
	assert_ok(karier_merit_rank(order, &n, rs, re, p, in, 7, pos, DATE, 0));
	assert_int_equal(n, 6);
	for (int32_t threads = 1; threads <= 8; threads++)
		for (int32_t limit = 1; limit <= 8; limit++) {
			int32_t so[7] = {-1, -1, -1, -1, -1, -1, -1}, ss[7], se[7], sn = -1;
			assert_ok(karier_merit_shortlist(so, &sn, ss, se, p, in, 7, pos, DATE, 0, limit, threads));
			assert_int_equal(sn, limit < 6 ? limit : 6);
			for (int i = 0; i < sn; i++) {
				assert_ptr_equal(in[so[i]], top[i]);
				assert_int_equal(so[i], order[i]);
				assert_int_equal(ss[i], rs[i]);
				assert_int_equal(se[i], top[i] != d);
				assert_int_equal(se[i], re[i]);
			}
			assert_int_equal(so[sn], -1); /* nothing past the count (sn <= 6) */
			assert_ok(karier_merit_shortlist(so, &sn, NULL, NULL, p, in, 7, pos, DATE, KARIER_RANK_ELIGIBLE_ONLY, limit,
			                                 threads));
			assert_int_equal(sn, limit < 5 ? limit : 5);
			for (int i = 0; i < sn; i++)
				assert_ptr_equal(in[so[i]], top[i]);
		}
	int32_t keep = 42;
	assert_fails(karier_merit_shortlist(order, &keep, NULL, NULL, p, in, 7, pos, DATE, 0, 0, 1), KARIER_EINVAL, "limit 0");
	assert_fails(karier_merit_shortlist(order, &keep, NULL, NULL, p, in, 7, pos, DATE, 0, 3, 0), KARIER_EINVAL, "threads 0");
	assert_fails(karier_merit_shortlist(order, &keep, NULL, NULL, p, in, 7, pos, DATE, 0, 3, KARIER_BATCH_MAX_THREADS + 1),
	             KARIER_EINVAL, "threads 257");
	assert_fails(karier_merit_shortlist(order, &keep, NULL, NULL, p, holes, 2, pos, DATE, 0, 3, 2), KARIER_EINVAL,
	             "employees[1]");
	assert_fails(karier_merit_shortlist(order, &keep, NULL, NULL, p, in, 7, NULL, DATE, 0, 3, 2), KARIER_EINVAL, "position");
	assert_fails(karier_merit_shortlist(order, &keep, NULL, NULL, p, in, 7, pos, 20260230, 0, 3, 2), KARIER_ERANGE, "date");
	assert_int_equal(keep, 42);
	karier_employee *all[7] = {a, b, c, d, e, f, g};
	for (int i = 0; i < 7; i++)
		karier_employee_free(all[i]);
	karier_position_free(pos);
	karier_policy_free(p);
}

/* A shortlist keeps each chunk's best in a heap when the chunk holds more than the limit: 2,000
 * employees (16 chunks a thread of 125, 63 or 42) whose scores tie in groups and arrive in a
 * scattered order, the first 125 above all others, against the whole rank's head, for limits from
 * 1 to past a chunk, on 1 to 3 threads. */
static void shortlist_heaps_keep_the_best(void **state)
{
	(void)state;
	enum { N = 2000 };
	karier_position *pos = NULL;
	assert_ok(karier_position_new(&pos, "ANALIS", "Analis", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_set_standard(pos, "INTEGRITAS", 3));
	karier_employee **e = malloc(N * sizeof *e);
	const karier_employee **in = malloc(N * sizeof *in);
	int32_t *order = malloc(N * sizeof *order), *scores = malloc(N * sizeof *scores), *so = malloc(N * sizeof *so),
	        *ss = malloc(N * sizeof *ss);
	assert_true(e && in && order && scores && so && ss);
	for (int i = 0; i < N; i++) {
		char nip[19];
		snprintf(nip, sizeof nip, "%04d01012009031%03d", 1970 + i / 100, 1 + i % 100); /* all below the BUP */
		uint32_t x = (uint32_t)i * 2654435761u; /* scattered: neither rising nor falling */
		int32_t j = (int32_t)((x ^ (x >> 15)) % N);
		/* the first 125 (the first thread's first chunk) above every other: that chunk alone holds a
		 * shortlist's every name, so its heap must keep exactly its best */
		int first = i < 125;
		e[i] = staff(nip, KARIER_GOL_IIIB, first && j % 3 ? 20200101 : 20210101, /* ties broken by TMT golongan */
		             first ? KARIER_PREDIKAT_SANGAT_BAIK : KARIER_PREDIKAT_BAIK,
		             first ? 10000 - (j % 40) * 50 : (j / 7) * 35 % 7000);
		in[i] = e[i];
	}
	int32_t count = -1;
	assert_ok(karier_merit_rank(order, &count, scores, NULL, NULL, in, N, pos, DATE, 0));
	assert_int_equal(count, N);
	for (int32_t i = 0; i < 125; i++) /* the premise: the first chunk's employees head the rank */
		assert_true(order[i] < 125);
	const int32_t limits[] = {1, 2, 3, 7, 30, 41, 42, 43, 62, 63, 64, 100, 124, 125, 126, 400};
	for (int32_t threads = 1; threads <= 3; threads++)
		for (size_t l = 0; l < sizeof limits / sizeof *limits; l++) {
			int32_t sn = -1;
			assert_ok(karier_merit_shortlist(so, &sn, ss, NULL, NULL, in, N, pos, DATE, 0, limits[l], threads));
			assert_int_equal(sn, limits[l]);
			for (int32_t i = 0; i < sn; i++) {
				assert_int_equal(so[i], order[i]);
				assert_int_equal(ss[i], scores[i]);
			}
		}
	for (int i = 0; i < N; i++)
		karier_employee_free(e[i]);
	free(e);
	free(in);
	free(order);
	free(scores);
	free(so);
	free(ss);
	karier_position_free(pos);
}

/* Over data/sample's 300 employees and a managerial post: every shortlist is the rank's head, on
 * 1 to 4 threads, for limits below, at and past the candidates' count. */
static void shortlist_is_the_head_of_the_rank(void **state)
{
	(void)state;
	karier_dataset *ds = sample_dataset();
	int32_t n = karier_dataset_employee_count(ds);
	assert_true(n >= 300);
	const karier_employee **emp = malloc((size_t)n * sizeof *emp);
	int32_t *order = malloc((size_t)n * sizeof *order), *scores = malloc((size_t)n * sizeof *scores),
	        *eligible = malloc((size_t)n * sizeof *eligible);
	int32_t *so = malloc(((size_t)n + 1) * sizeof *so), *ss = malloc(((size_t)n + 1) * sizeof *ss),
	        *se = malloc(((size_t)n + 1) * sizeof *se);
	assert_true(emp && order && scores && eligible && so && ss && se);
	for (int32_t i = 0; i < n; i++)
		emp[i] = karier_dataset_employee(ds, i);
	const karier_position *vac = NULL;
	for (int32_t i = 0; !vac && i < karier_dataset_position_count(ds); i++) {
		const karier_position *q = karier_dataset_position(ds, i);
		if (karier_position_jabatan(q) == KARIER_JAB_ADMINISTRATOR)
			vac = q;
	}
	assert_non_null(vac);
	int32_t count = 0, yes = 0;
	assert_ok(karier_merit_rank(order, &count, scores, eligible, NULL, emp, n, vac, 20260401, 0));
	for (int32_t i = 0; i < count; i++)
		yes += eligible[i];
	assert_true(count > 250 && yes > 0 && yes < count); /* both groups, so the heap orders across them */
	const int32_t limits[] = {1, 2, 3, 10, yes, yes + 1, 100, count - 1, count, count + 1, n + 7};
	for (int32_t threads = 1; threads <= 4; threads++)
		for (size_t l = 0; l < sizeof limits / sizeof *limits; l++) {
			int32_t sn = -1;
			assert_ok(karier_merit_shortlist(so, &sn, ss, se, NULL, emp, n, vac, 20260401, 0, limits[l], threads));
			assert_int_equal(sn, limits[l] < count ? limits[l] : count);
			for (int32_t i = 0; i < sn; i++) {
				assert_int_equal(so[i], order[i]);
				assert_int_equal(ss[i], scores[i]);
				assert_int_equal(se[i], eligible[i]);
			}
		}
	free(emp);
	free(order);
	free(scores);
	free(eligible);
	free(so);
	free(ss);
	free(se);
	karier_dataset_free(ds);
}

static void duk_order(void **state)
{
	(void)state;
	/* golongan desc, TMT golongan asc, jabatan level, TMT jabatan asc, masa kerja desc, education desc, age desc */
	karier_employee *e[8];
	for (int i = 0; i < 8; i++)
		e[i] = staff(i < 6 ? "197001011995031001" : "197001011995031002", KARIER_GOL_IIIB, 20200101,
		             KARIER_PREDIKAT_BAIK, 7000);
	assert_ok(karier_employee_set_golongan(e[0], KARIER_GOL_IIIC, 20220101));           /* 1: higher golongan */
	assert_ok(karier_employee_set_golongan(e[1], KARIER_GOL_IIIB, 20190101));           /* 2: earlier TMT golongan */
	assert_ok(karier_employee_set_jabatan(e[2], "KASI", KARIER_JAB_PENGAWAS, 0, 20150101)); /* 3: pengawas */
	assert_ok(karier_employee_set_jabatan(e[3], "PLK", KARIER_JAB_PELAKSANA, 0, 20050104)); /* 4: earlier TMT jabatan */
	assert_ok(karier_employee_set_tmt_cpns(e[4], 19940101));                             /* 5: longer masa kerja */
	assert_ok(karier_employee_set_pendidikan(e[5], KARIER_PEND_S2));                     /* 6: higher education */
	assert_ok(karier_employee_set_tanggal_lahir(e[6], 19650101));                        /* 7: older */
	const karier_employee *in[8] = {e[7], e[6], e[5], e[4], e[3], e[2], e[1], e[0]};
	int32_t order[8];
	assert_ok(karier_duk_rank(order, in, 8));
	for (int i = 0; i < 8; i++)
		assert_ptr_equal(in[order[i]], e[i]);
	for (int i = 0; i < 8; i++)
		karier_employee_free(e[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(worked_example),
		cmocka_unit_test(missing_component_renormalised),
		cmocka_unit_test(without_position),
		cmocka_unit_test(integritas_window),
		cmocka_unit_test(kualifikasi_and_jpm_rules),
		cmocka_unit_test(nine_box_boundaries),
		cmocka_unit_test(competency_cap_and_integritas_window),
		cmocka_unit_test(nine_box_kinerja_axis_from_the_latest_predikat),
		cmocka_unit_test(numbering_schemes),
		cmocka_unit_test(talent_pool_and_actions),
		cmocka_unit_test(protected_attributes_change_nothing),
		cmocka_unit_test(bit_identical),
		cmocka_unit_test(shortlist_ties_at_every_level),
		cmocka_unit_test(shortlist_heaps_keep_the_best),
		cmocka_unit_test(shortlist_is_the_head_of_the_rank),
		cmocka_unit_test(duk_order),
	};
	return cmocka_run_group_tests_name("merit", tests, NULL, NULL);
}
