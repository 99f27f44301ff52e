/*
 * test_promotion.c - kenaikan pangkat, appointment and retirement, each case
 * worked by hand from the rule it names.  Dates: since 1 October 2025 every
 * month's 1st is a period date (Peraturan BKN 4/2025).
 * SPDX-License-Identifier: MIT
 */
#include <stdbool.h>

#include "support/test.h"

/* Born 1985-01-01, CPNS from January 2010, male, serial 001. */
#define NIP_A "198501012010011001"

static karier_employee *pns(const char *nip, int32_t pend, int32_t gol, int32_t tmt_gol, int32_t jab, int32_t jen,
                            int32_t tmt_jab)
{
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, nip, KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_pendidikan(e, pend));
	assert_ok(karier_employee_set_golongan(e, gol, tmt_gol));
	assert_ok(karier_employee_set_jabatan(e, "J", jab, jen, tmt_jab));
	return e;
}

/* A pelaksana, S1, III/b since 2022-04-01, kinerja baik 2023-2025. */
static karier_employee *pelaksana(int32_t tmt_gol)
{
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIB, tmt_gol, KARIER_JAB_PELAKSANA, 0, 20100101);
	for (int32_t y = 2023; y <= 2025; y++)
		assert_ok(karier_employee_set_kinerja(e, y, KARIER_PREDIKAT_BAIK));
	return e;
}

static karier_decision *kp(const karier_employee *e, const karier_policy *p, int32_t date)
{
	karier_decision *d = NULL;
	assert_ok(karier_promotion_evaluate(&d, p, e, NULL, date));
	return d;
}

/* Index of the first check with this code (and jenis, -1 = any; year, 0 = any). */
static int32_t find(const karier_decision *d, const char *code, int32_t jenis, int32_t year)
{
	for (int32_t i = 0; i < karier_decision_check_count(d); i++) {
		const char *c;
		int32_t j;
		assert_ok(karier_decision_check_get(&c, NULL, &j, NULL, NULL, d, i));
		if (strcmp(c, code) != 0 || (jenis >= 0 && j != jenis))
			continue;
		if (year) {
			char msg[256];
			char y[8];
			snprintf(y, sizeof y, "%d", year);
			karier_decision_check_message(msg, sizeof msg, d, i, KARIER_LANG_ID);
			if (!strstr(msg, y))
				continue;
		}
		return i;
	}
	return -1;
}

static int32_t ok_of(const karier_decision *d, const char *code, int32_t jenis)
{
	int32_t i = find(d, code, jenis, 0), ok = -1;
	if (i < 0)
		print_error("no check %s (jenis %d)\n", code, jenis);
	assert_true(i >= 0);
	assert_ok(karier_decision_check_get(NULL, &ok, NULL, NULL, NULL, d, i));
	return ok;
}

static void message_of(const karier_decision *d, const char *code, int32_t jenis, int32_t lang, char *buf, size_t n)
{
	int32_t i = find(d, code, jenis, 0);
	assert_true(i >= 0);
	assert_true(karier_decision_check_message(buf, n, d, i, lang) > 0);
}

static int32_t option_awal(const karier_decision *d, int32_t jenis)
{
	for (int32_t i = 0; i < karier_decision_option_count(d); i++) {
		int32_t j, awal;
		assert_ok(karier_decision_option_get(&j, NULL, NULL, &awal, d, i));
		if (j == jenis)
			return awal;
	}
	fail_msg("no option %d", jenis);
	return -1;
}

static karier_position *position(const char *code, int32_t jab, int32_t jen);
static karier_decision *appoint(const karier_employee *e, const karier_position *pos, int32_t date, int32_t route);

/* ---- reguler: 4 years (PP 99/2000 Ps7 as amended by PP 12/2002) ---- */

static void reguler_exactly_four_years(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20220401);
	karier_decision *d = kp(e, NULL, 20260401);
	assert_int_equal(karier_decision_tanggal(d), 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_REGULER);
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IIIC);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20260401);
	assert_int_equal(ok_of(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER), 1);
	int32_t type;
	int64_t v;
	int32_t i = find(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, 0);
	assert_ok(karier_decision_check_value(&type, &v, d, i, KARIER_CHECK_ACTUAL));
	assert_int_equal(type, KARIER_VALUE_MONTHS);
	assert_int_equal(v, 48);
	const char *ref;
	int32_t wait;
	assert_ok(karier_decision_check_get(NULL, NULL, NULL, &wait, &ref, d, i));
	assert_non_null(strstr(ref, "PP 99/2000 Ps7"));
	assert_int_equal(wait, 1);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void reguler_one_day_short(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20220402);
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_NONE);
	assert_int_equal(karier_decision_golongan_baru(d), 0);
	assert_int_equal(ok_of(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER), 0);
	/* four years are complete on 2026-04-02; the next period is 1 May */
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20260501);
	char msg[256];
	message_of(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Masa dalam golongan 3 tahun 11 bulan, kurang dari 4 tahun");
	message_of(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, KARIER_LANG_EN, msg, sizeof msg);
	assert_string_equal(msg, "Time in golongan 3 years 11 months is less than 4 years");
	karier_decision_free(d);
	karier_employee_free(e);
}

/* The message of a masa counted in months, as the library writes it (no printf): none, one, years
 * only, and a buffer too small (cut and terminated, the full length returned, as snprintf). */
static void masa_messages(void **state)
{
	(void)state;
	static const struct {
		int32_t tmt, date;
		const char *id, *en;
	} cases[] = {
		{20260401, 20260401, "Masa dalam golongan 0 bulan, kurang dari 4 tahun", "Time in golongan 0 months is less than 4 years"},
		{20260301, 20260401, "Masa dalam golongan 1 bulan, kurang dari 4 tahun", "Time in golongan 1 month is less than 4 years"},
		{20250401, 20260401, "Masa dalam golongan 1 tahun, kurang dari 4 tahun", "Time in golongan 1 year is less than 4 years"},
		{20240301, 20261001, "Masa dalam golongan 2 tahun 7 bulan, kurang dari 4 tahun",
		 "Time in golongan 2 years 7 months is less than 4 years"},
	};
	for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
		karier_employee *e = pelaksana(cases[c].tmt);
		karier_decision *d = kp(e, NULL, cases[c].date);
		char msg[256];
		message_of(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, KARIER_LANG_ID, msg, sizeof msg);
		assert_string_equal(msg, cases[c].id);
		message_of(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, KARIER_LANG_EN, msg, sizeof msg);
		assert_string_equal(msg, cases[c].en);
		karier_decision_free(d);
		karier_employee_free(e);
	}
	karier_employee *e = pelaksana(20260401);
	karier_decision *d = kp(e, NULL, 20260401);
	int32_t i = -1;
	for (int32_t k = 0; k < karier_decision_check_count(d); k++) {
		const char *code;
		int32_t jenis;
		assert_ok(karier_decision_check_get(&code, NULL, &jenis, NULL, NULL, d, k));
		if (!strcmp(code, "KP_MASA_GOLONGAN") && jenis == KARIER_KP_REGULER)
			i = k;
	}
	char small[10];
	assert_int_equal(karier_decision_check_message(small, sizeof small, d, i, KARIER_LANG_ID), 48);
	assert_string_equal(small, "Masa dala");
	char date[8];
	assert_int_equal(karier_date_format(date, sizeof date, 20260401), 10);
	assert_string_equal(date, "2026-04");
	karier_decision_free(d);
	karier_employee_free(e);
}

static void date_moves_to_next_period(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20220401);
	karier_decision *d = kp(e, NULL, 20260415);
	assert_int_equal(karier_decision_tanggal(d), 20260501);
	assert_true(karier_decision_eligible(d));
	karier_decision_free(d);
	karier_employee_free(e);
}

static void first_golongan_counts_from_tmt_cpns(void **state)
{
	(void)state;
	/* PP 99/2000 Ps5: an S1 CPNS from March 2020 (III/a, the starting golongan of
	 * PP 98/2000 Ps11) whose PNS decree dates the golongan 2021-06-01 */
	karier_employee *e = pns("199501012020031001", KARIER_PEND_S1, KARIER_GOL_IIIA, 20210601, KARIER_JAB_PELAKSANA, 0,
	                         20200301);
	assert_ok(karier_employee_set_kinerja(e, 2022, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2023, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20240301);
	assert_int_equal(karier_decision_tanggal(d), 20240401); /* 2024: even months only */
	assert_true(karier_decision_eligible(d));
	char msg[256];
	message_of(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, KARIER_LANG_ID, msg, sizeof msg);
	assert_non_null(strstr(msg, "dihitung dari TMT CPNS"));
	assert_non_null(strstr(msg, "4 tahun 1 bulan"));
	karier_decision_free(d);
	/* a later golongan counts from its own TMT */
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIB, 20220401));
	d = kp(e, NULL, 20240301);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20260401);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- education ceiling (PP 99/2000 Ps8) ---- */

static void ceiling_reached_s1_at_iiid(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20200401);
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIID, 20200401));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_PLAFON_PENDIDIKAN", KARIER_KP_REGULER), 0);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 0); /* waiting cannot fix it */
	char msg[256];
	message_of(d, "KP_PLAFON_PENDIDIKAN", KARIER_KP_REGULER, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Golongan baru IV/a melebihi plafon pendidikan III/d");
	int32_t i = find(d, "KP_PLAFON_PENDIDIKAN", KARIER_KP_REGULER, 0), wait;
	assert_ok(karier_decision_check_get(NULL, NULL, NULL, &wait, NULL, d, i));
	assert_int_equal(wait, 0);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void ceiling_s1_at_iiic_still_rises(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20220401);
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIC, 20220401));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IIID);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void ceiling_is_policy(void **state)
{
	(void)state;
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set_text(p, "pendidikan.s1.plafon_reguler", "IV/a"));
	karier_employee *e = pelaksana(20200401);
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIID, 20200401));
	karier_decision *d = kp(e, p, 20260401);
	/* III/d -> IV/a also needs ujian dinas II, which an S1 is not exempt from */
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_PLAFON_PENDIDIKAN", KARIER_KP_REGULER), 1);
	assert_int_equal(ok_of(d, "KP_UJIAN_DINAS_II", KARIER_KP_REGULER), 0);
	karier_decision_free(d);
	assert_ok(karier_employee_set_ujian_dinas(e, KARIER_UJIAN_DINAS_II));
	d = kp(e, p, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IVA);
	karier_decision_free(d);
	karier_employee_free(e);
	karier_policy_free(p);
}

/* ---- kinerja: the last 2 years at least baik ---- */

static void kinerja_missing_year_named(void **state)
{
	(void)state;
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIB, 20220401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	int32_t i = find(d, "KP_KINERJA", KARIER_KP_REGULER, 2024), ok;
	assert_true(i >= 0);
	assert_ok(karier_decision_check_get(NULL, &ok, NULL, NULL, NULL, d, i));
	assert_int_equal(ok, 0);
	char msg[256];
	karier_decision_check_message(msg, sizeof msg, d, i, KARIER_LANG_ID);
	assert_string_equal(msg, "Predikat kinerja tahun 2024 tidak ada (diperlukan minimal Baik)");
	karier_decision_check_message(msg, sizeof msg, d, i, KARIER_LANG_EN);
	assert_string_equal(msg, "Kinerja of 2024 is missing (at least Good is required)");
	i = find(d, "KP_KINERJA", KARIER_KP_REGULER, 2025);
	assert_ok(karier_decision_check_get(NULL, &ok, NULL, NULL, NULL, d, i));
	assert_int_equal(ok, 1);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 0); /* data, not waiting, fixes it */
	karier_decision_free(d);
	karier_employee_free(e);
}

static void kinerja_butuh_perbaikan_fails_sangat_baik_passes(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20220401);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BUTUH_PERBAIKAN));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	karier_decision_free(d);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_SANGAT_BAIK));
	d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- status: only PNS rise in pangkat ---- */

static void cpns_and_pppk_not_eligible(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20220401);
	assert_ok(karier_employee_set_status(e, KARIER_STATUS_CPNS));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_STATUS", KARIER_KP_NONE), 0);
	assert_int_equal(karier_decision_option_count(d), 0);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 0);
	char msg[256];
	message_of(d, "KP_STATUS", KARIER_KP_NONE, KARIER_LANG_ID, msg, sizeof msg);
	assert_non_null(strstr(msg, "Status CPNS tidak dapat naik pangkat"));
	karier_decision_free(d);
	karier_employee_free(e);

	assert_ok(karier_employee_new(&e, "199001152021211003", KARIER_STATUS_PPPK, NULL));
	assert_ok(karier_employee_set_pppk_golongan(e, 9, 20210301));
	assert_ok(karier_employee_set_jabatan(e, "JF", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_PERTAMA, 20210301));
	d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	message_of(d, "KP_STATUS", KARIER_KP_NONE, KARIER_LANG_EN, msg, sizeof msg);
	assert_non_null(strstr(msg, "a PPPK has no pangkat"));
	assert_int_equal(find(d, "DATA_GOLONGAN", -1, 0), -1); /* a PPPK golongan is not a golongan ruang */
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- discipline: the penalty itself (PP 94/2021 Ps8; Ps42 jo PP 53/2010 Ps7(3)) ---- */

static int32_t awal_on(const karier_employee *e, const karier_policy *p, int32_t date, int32_t *eligible)
{
	karier_decision *d = kp(e, p, date);
	*eligible = karier_decision_eligible(d);
	int32_t awal = karier_decision_tanggal_paling_awal(d);
	karier_decision_free(d);
	return awal;
}

static void discipline_blocks_while_it_runs(void **state)
{
	(void)state;
	/* III/b since 2021-04-01: reguler due since 2025-04-01.  A 6-month tukin cut
	 * (PP 94/2021 Ps8(3)a) from 2025-12-01 to 2026-06-01 blocks only while it runs. */
	karier_employee *e = pelaksana(20210401);
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_POTONG_TUKIN_6, 20251201, 20260601));
	int32_t el;
	assert_int_equal(awal_on(e, NULL, 20251101, &el), 20251101); /* the month before it starts */
	assert_true(el);
	assert_int_equal(awal_on(e, NULL, 20251201, &el), 20260601); /* it starts on the period date itself */
	assert_false(el);
	assert_int_equal(awal_on(e, NULL, 20260501, &el), 20260601);
	assert_false(el);
	assert_int_equal(awal_on(e, NULL, 20260601, &el), 20260601); /* the end is exclusive */
	assert_true(el);
	karier_decision *d = kp(e, NULL, 20260401);
	char msg[256];
	message_of(d, "KP_DISIPLIN", KARIER_KP_REGULER, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Sedang menjalani hukuman disiplin Pemotongan tunjangan kinerja 25% selama 6 bulan; "
	                         "tertunda sampai 2026-06-01");
	assert_int_equal(karier_decision_check_asumsi(d, find(d, "KP_DISIPLIN", KARIER_KP_REGULER, 0)), 0);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void discipline_finished_tukin_cut_blocks_nothing(void **state)
{
	(void)state;
	/* the review's case: a 6-month sedang penalty that ended 2025-11-01 no longer
	 * stops a promotion on 2026-04-01 (the old rule held it 12 months from its start) */
	karier_employee *e = pelaksana(20220401);
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_SEDANG, 20250501, 20251101));
	int32_t el;
	assert_int_equal(awal_on(e, NULL, 20260401, &el), 20260401);
	assert_true(el);
	karier_employee_free(e);
}

static void discipline_without_end_takes_the_policy_duration(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20210401);
	/* a 9-month tukin cut (Ps8(3)b) recorded without an end: 2025-12-01 + 9 months */
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_POTONG_TUKIN_9, 20251201, 0));
	int32_t el;
	assert_int_equal(awal_on(e, NULL, 20260401, &el), 20260901);
	karier_decision *d = kp(e, NULL, 20260401);
	assert_int_equal(karier_decision_check_asumsi(d, find(d, "KP_DISIPLIN", KARIER_KP_REGULER, 0)), 1);
	karier_decision_free(d);
	karier_employee_free(e);
	/* a sedang penalty of unknown kind without an end: disiplin.sedang.bulan, 12 */
	e = pelaksana(20210401);
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_SEDANG, 20251201, 0));
	assert_int_equal(awal_on(e, NULL, 20260401, &el), 20261201);
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "disiplin.sedang.bulan", 6));
	assert_int_equal(awal_on(e, p, 20260401, &el), 20260601);
	karier_policy_free(p);
	/* a dismissal (Ps8(4)c) never ends: waiting cannot help */
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_PDH, 20260101, 0));
	d = kp(e, NULL, 20270401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 0);
	char msg[256];
	message_of(d, "KP_DISIPLIN", KARIER_KP_REGULER, KARIER_LANG_EN, msg, sizeof msg);
	assert_string_equal(msg, "Given the discipline penalty Honourable dismissal not at own request, which does not end");
	karier_decision_free(d);
	karier_employee_free(e);
}

static void discipline_tunda_kp_counts_from_the_date_due(void **state)
{
	(void)state;
	/* III/b since 2022-04-01: due 2026-04-01.  Penundaan KP 1 tahun (PP 53/2010
	 * Ps7(3)b, kept by PP 94/2021 Ps42) given 2025-06-01: the promotion due on
	 * 2026-04-01 moves to 2027-04-01, not to 2026-06-01 (a year from its start). */
	karier_employee *e = pelaksana(20220401);
	assert_ok(karier_employee_set_kinerja(e, 2026, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_TUNDA_KP, 20250601, 20260601));
	int32_t el;
	assert_int_equal(awal_on(e, NULL, 20260401, &el), 20270401);
	assert_false(el);
	assert_int_equal(awal_on(e, NULL, 20270301, &el), 20270401);
	assert_false(el);
	assert_int_equal(awal_on(e, NULL, 20270401, &el), 20270401);
	assert_true(el);
	karier_decision *d = kp(e, NULL, 20260401);
	char msg[256];
	message_of(d, "KP_DISIPLIN", KARIER_KP_REGULER, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Kenaikan pangkat ditunda oleh hukuman disiplin Penundaan kenaikan pangkat selama 1 tahun, "
	                         "dihitung dari tanggal seharusnya; dapat naik mulai 2027-04-01");
	karier_decision_free(d);
	karier_employee_free(e);

	/* due since 2025-04-01 and not yet promoted: the promotion due when the penalty
	 * starts (2025-12-01, a period date) moves to 2026-12-01 */
	e = pelaksana(20210401);
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_TUNDA_KP, 20251201, 20261201));
	assert_int_equal(awal_on(e, NULL, 20260401, &el), 20261201);
	karier_employee_free(e);

	/* given before the current golongan (so served on the earlier promotion): no delay */
	e = pelaksana(20220401);
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_TUNDA_KP, 20210101, 20220101));
	assert_int_equal(awal_on(e, NULL, 20260401, &el), 20260401);
	assert_true(el);
	karier_employee_free(e);
}

static void discipline_ringan_does_not_block_and_policy_decides(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20220401);
	/* a written warning (Ps8(2)b) with a recorded span */
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_TEGURAN_TERTULIS, 20260101, 20260701));
	int32_t el;
	assert_int_equal(awal_on(e, NULL, 20260401, &el), 20260401);
	assert_true(el);
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "disiplin.ringan.menghalangi", 1));
	assert_int_equal(awal_on(e, p, 20260401, &el), 20260701);
	assert_false(el);
	karier_employee_free(e);
	karier_policy_free(p);
}

static void hukuman_kinds_and_levels(void **state)
{
	(void)state;
	/* PP 94/2021 Ps8(2)-(4) and PP 53/2010 Ps7(3) */
	assert_int_equal(karier_hukuman_tingkat(KARIER_HUKUMAN_PERNYATAAN_TIDAK_PUAS), KARIER_DISIPLIN_RINGAN);
	assert_int_equal(karier_hukuman_tingkat(KARIER_HUKUMAN_POTONG_TUKIN_12), KARIER_DISIPLIN_SEDANG);
	assert_int_equal(karier_hukuman_tingkat(KARIER_HUKUMAN_BEBAS_JABATAN), KARIER_DISIPLIN_BERAT);
	assert_int_equal(karier_hukuman_tingkat(KARIER_HUKUMAN_PDH), KARIER_DISIPLIN_BERAT);
	assert_int_equal(karier_hukuman_tingkat(KARIER_HUKUMAN_TUNDA_KP), KARIER_DISIPLIN_SEDANG);
	assert_int_equal(karier_hukuman_tingkat(KARIER_HUKUMAN_TURUN_PANGKAT), KARIER_DISIPLIN_SEDANG);
	assert_int_equal(karier_hukuman_tingkat(0), 0);
	assert_int_equal(karier_hukuman_tingkat(13), 0);
	karier_employee *e = pelaksana(20220401);
	assert_int_equal(karier_employee_add_hukuman(e, 13, 20250101, 0), KARIER_ERANGE);
	assert_string_equal(karier_last_error(), "jenis: 13 is not a kind of discipline penalty (karier_hukuman 1..12)");
	assert_int_equal(karier_employee_add_hukuman(e, 0, 20250101, 0), KARIER_ERANGE);
	assert_ok(karier_employee_add_hukuman(e, KARIER_HUKUMAN_TURUN_JABATAN, 20250101, 20260101));
	int32_t t, j;
	assert_ok(karier_employee_disiplin_get(&t, NULL, NULL, e, 0));
	assert_ok(karier_employee_disiplin_get_jenis(&j, e, 0));
	assert_int_equal(t, KARIER_DISIPLIN_BERAT);
	assert_int_equal(j, KARIER_HUKUMAN_TURUN_JABATAN);
	assert_int_equal(karier_employee_disiplin_get_jenis(&j, e, 1), KARIER_ENOTFOUND);
	karier_employee_free(e);
}

/* ---- period calendar regimes ---- */

static void period_april_october_until_2023(void **state)
{
	(void)state;
	/* 4 years complete on 2023-07-01, but PP 12/2002 periods are April and October */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIB, 20190701, KARIER_JAB_PELAKSANA, 0, 20100101);
	for (int32_t y = 2020; y <= 2022; y++)
		assert_ok(karier_employee_set_kinerja(e, y, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20230510);
	assert_int_equal(karier_decision_tanggal(d), 20231001);
	assert_true(karier_decision_eligible(d));
	karier_decision_free(d);
	d = kp(e, NULL, 20230401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20231001);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void period_six_dates_and_change_over(void **state)
{
	(void)state;
	/* 4 years complete on 2024-03-01: under Peraturan BKN 4/2023 the next date is 1 April */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIB, 20200301, KARIER_JAB_PELAKSANA, 0, 20100101);
	for (int32_t y = 2022; y <= 2025; y++)
		assert_ok(karier_employee_set_kinerja(e, y, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20231215);
	assert_int_equal(karier_decision_tanggal(d), 20240201);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20240401);
	karier_decision_free(d);
	/* the monthly regime starts 1 October 2025 */
	d = kp(e, NULL, 20250902);
	assert_int_equal(karier_decision_tanggal(d), 20251001);
	karier_decision_free(d);
	d = kp(e, NULL, 20251002);
	assert_int_equal(karier_decision_tanggal(d), 20251101);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- ujian dinas (PP 99/2000 Ps30-32) ---- */

static void ujian_dinas_i_for_iid(void **state)
{
	(void)state;
	/* D3 at II/d (ceiling III/c) needs ujian dinas I to reach III/a */
	karier_employee *e = pns(NIP_A, KARIER_PEND_D3, KARIER_GOL_IID, 20220401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_UJIAN_DINAS_I", KARIER_KP_REGULER), 0);
	char msg[256];
	message_of(d, "KP_UJIAN_DINAS_I", KARIER_KP_REGULER, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Kenaikan pangkat ini memerlukan ujian dinas tingkat I (lulus: tidak ada)");
	karier_decision_free(d);
	assert_ok(karier_employee_set_ujian_dinas(e, KARIER_UJIAN_DINAS_I));
	d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IIIA);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void ujian_dinas_i_exempt_for_s1(void **state)
{
	(void)state;
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IID, 20220401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	char msg[256];
	message_of(d, "KP_UJIAN_DINAS_I", KARIER_KP_REGULER, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Bebas ujian dinas tingkat I karena pendidikan S1");
	karier_decision_free(d);
	karier_employee_free(e);
}

static void ujian_dinas_ii_exempt_for_s2(void **state)
{
	(void)state;
	/* S2 at III/d: ceiling IV/a, and S2 is exempt from ujian dinas II */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S2, KARIER_GOL_IIID, 20220401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IVA);
	assert_int_equal(ok_of(d, "KP_UJIAN_DINAS_II", KARIER_KP_REGULER), 1);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- missing data is a failed check naming the data ---- */

static void missing_data_named(void **state)
{
	(void)state;
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, NIP_A, KARIER_STATUS_PNS, NULL));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "DATA_GOLONGAN", KARIER_KP_NONE), 0);
	assert_int_equal(ok_of(d, "DATA_JABATAN", KARIER_KP_NONE), 0);
	assert_int_equal(karier_decision_tanggal_pensiun(d), 0);
	karier_decision_free(d);
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIB, 20220401));
	assert_ok(karier_employee_set_jabatan(e, "J", KARIER_JAB_PELAKSANA, 0, 20100101));
	d = kp(e, NULL, 20260401);
	assert_int_equal(ok_of(d, "DATA_PENDIDIKAN", KARIER_KP_REGULER), 0);
	char msg[128];
	message_of(d, "DATA_PENDIDIKAN", KARIER_KP_REGULER, KARIER_LANG_EN, msg, sizeof msg);
	assert_string_equal(msg, "Education is missing");
	karier_decision_free(d);
	karier_employee_free(e);
}

static void top_golongan(void **state)
{
	(void)state;
	karier_employee *e = pns(NIP_A, KARIER_PEND_S3, KARIER_GOL_IVE, 20200401, KARIER_JAB_PELAKSANA, 0, 20100101);
	karier_decision *d = kp(e, NULL, 20260401);
	assert_int_equal(ok_of(d, "KP_GOLONGAN_TERTINGGI", KARIER_KP_REGULER), 0);
	assert_false(karier_decision_eligible(d));
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- waiting on kinerja (PP 99/2000 Ps7: the last two years at least baik) ---- */

static void kinerja_low_year_is_a_waiting_matter(void **state)
{
	(void)state;
	/* the review's case: S1 III/b since 2023-04-01, 2024 butuh perbaikan, 2025 baik.
	 * Four years fall on 2027-04-01; by then 2024 has left the window (2025 and
	 * 2026 count, 2026 assumed baik), so the earliest date is 2027-04-01. */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIB, 20230401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BUTUH_PERBAIKAN));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20270401);
	int32_t i = find(d, "KP_KINERJA", KARIER_KP_REGULER, 2024), ok, wait;
	assert_ok(karier_decision_check_get(NULL, &ok, NULL, &wait, NULL, d, i));
	assert_int_equal(ok, 0);
	assert_int_equal(wait, 1);
	assert_int_equal(karier_decision_check_asumsi(d, i), 1);
	karier_decision_free(d);
	karier_employee_free(e);
	/* the time is met, the kinerja is not: a low 2025 leaves the window on 2028-01-01 */
	e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIB, 20220401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_KURANG));
	d = kp(e, NULL, 20260401);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20280101);
	karier_decision_free(d);
	/* a low year already assessed after the window keeps the wait going */
	assert_ok(karier_employee_set_kinerja(e, 2026, KARIER_PREDIKAT_KURANG));
	d = kp(e, NULL, 20260401);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20290101);
	karier_decision_free(d);
	karier_employee_free(e);
	/* a missing year is missing data: waiting does not supply it */
	e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIB, 20220401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 0);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- the first kenaikan pangkat (PP 99/2000 Ps5) ---- */

static void first_golongan_counts_from_cpns_whatever_education(void **state)
{
	(void)state;
	/* CPNS from 2021-03 with SLTA, II/a as PNS from 2022-03-01; holds an S1 now.
	 * The golongan is the one held since appointment: four years count from TMT
	 * CPNS, so on 2025-04-01 (4 years 1 month) reguler is due. */
	karier_employee *e = pns("199901012021031001", KARIER_PEND_S1, KARIER_GOL_IIA, 20220301, KARIER_JAB_PELAKSANA, 0,
	                         20210301);
	assert_ok(karier_employee_set_kinerja(e, 2023, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20250401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IIB);
	int32_t i = find(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, 0);
	char msg[256];
	karier_decision_check_message(msg, sizeof msg, d, i, KARIER_LANG_EN);
	assert_string_equal(msg, "Time in the first golongan 4 years 1 month (counted from TMT CPNS, PP 99/2000 Ps5) meets "
	                         "the minimum of 4 years");
	assert_int_equal(karier_decision_check_asumsi(d, i), 1); /* the 24-month window is UNCONFIRMED */
	karier_decision_free(d);
	/* exactly 24 months after TMT CPNS is still the first golongan (the window is inclusive) */
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIA, 20230301));
	d = kp(e, NULL, 20250401);
	assert_true(karier_decision_eligible(d));
	karier_decision_free(d);
	/* a golongan whose TMT lies 25 months after TMT CPNS is a later one: counted from its TMT */
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIA, 20230401));
	d = kp(e, NULL, 20250401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20270401);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- PPPK in posts (PP 49/2018; Perpres 38/2020) ---- */

static void pppk_may_hold_jf_and_certain_jpt(void **state)
{
	(void)state;
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, "199001152021211003", KARIER_STATUS_PPPK, NULL));
	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_S1));
	assert_ok(karier_employee_set_pppk_golongan(e, 9, 20210301));
	assert_ok(karier_employee_set_jabatan(e, "JF", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_PERTAMA, 20210301));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_position *jf = position("ANALIS", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_PERTAMA);
	karier_decision *d = appoint(e, jf, 20260401, KARIER_ROUTE_PERTAMA);
	assert_int_equal(ok_of(d, "JAB_STATUS", KARIER_KP_NONE), 1);
	assert_true(karier_decision_eligible(d));
	karier_decision_free(d);
	karier_position *adm = position("KABID", KARIER_JAB_ADMINISTRATOR, 0);
	d = appoint(e, adm, 20260401, 0);
	assert_int_equal(ok_of(d, "JAB_STATUS", KARIER_KP_NONE), 0);
	const char *ref;
	assert_ok(karier_decision_check_get(NULL, NULL, NULL, NULL, &ref, d, find(d, "JAB_STATUS", -1, 0)));
	assert_non_null(strstr(ref, "Perpres 38/2020"));
	karier_decision_free(d);
	karier_position_free(adm);
	karier_position_free(jf);
	karier_employee_free(e);
}

/* ---- kenaikan jenjang (PermenPANRB 1/2023; Peraturan BKN 3/2023) ---- */

static void kenaikan_jenjang_needs_akk_jenjang(void **state)
{
	(void)state;
	/* ahli pertama -> ahli muda: AKK jenjang 100 */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIB, 20220401, KARIER_JAB_FUNGSIONAL_KEAHLIAN,
	                         KARIER_JENJANG_AHLI_PERTAMA, 20200101);
	assert_ok(karier_employee_set_angka_kredit(e, 10000));
	karier_position *pos = position("ANALIS-MUDA", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_MUDA);
	karier_decision *d = appoint(e, pos, 20260401, 0);
	assert_int_equal(ok_of(d, "JAB_ANGKA_KREDIT_JENJANG", KARIER_KP_NONE), 1);
	karier_decision_free(d);
	assert_ok(karier_employee_set_angka_kredit(e, 9999));
	d = appoint(e, pos, 20260401, 0);
	assert_int_equal(ok_of(d, "JAB_ANGKA_KREDIT_JENJANG", KARIER_KP_NONE), 0);
	karier_decision_free(d);
	karier_position_free(pos);
	/* two steps up is not a kenaikan jenjang: no such check */
	pos = position("ANALIS-MADYA", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_MADYA);
	d = appoint(e, pos, 20260401, 0);
	assert_int_equal(find(d, "JAB_ANGKA_KREDIT_JENJANG", -1, 0), -1);
	karier_decision_free(d);
	karier_position_free(pos);
	karier_employee_free(e);
}

/* ---- pilihan struktural (PP 99/2000 Ps12 as amended) ---- */

static void struktural_one_year_in_post(void **state)
{
	(void)state;
	/* a pengawas (range III/b..III/d) at III/c: 1 year in golongan and in post */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIC, 20250101, KARIER_JAB_PENGAWAS, 0, 20250101);
	assert_ok(karier_employee_set_kinerja(e, 2023, KARIER_PREDIKAT_BAIK)); /* a 2025 date checks 2023 and 2024 */
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260101);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_PILIHAN_STRUKTURAL);
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IIID);
	assert_int_equal(ok_of(d, "KP_JABATAN_REGULER", KARIER_KP_REGULER), 0); /* pengawas take pilihan */
	assert_int_equal(option_awal(d, KARIER_KP_REGULER), 0);
	karier_decision_free(d);
	/* one month earlier the post is 11 months old */
	d = kp(e, NULL, 20251201);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_MASA_JABATAN", KARIER_KP_PILIHAN_STRUKTURAL), 0);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20260101);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void struktural_range_of_the_post(void **state)
{
	(void)state;
	/* an administrator (range III/d..IV/b) at III/b: III/c is below the range */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIB, 20220101, KARIER_JAB_ADMINISTRATOR, 0, 20220101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260101);
	assert_int_equal(ok_of(d, "KP_RENTANG_JABATAN", KARIER_KP_PILIHAN_STRUKTURAL), 0);
	assert_false(karier_decision_eligible(d));
	karier_decision_free(d);
	/* one step below the lowest golongan of the post: III/c -> III/d is inside */
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIC, 20220101));
	d = kp(e, NULL, 20260101);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IIID);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void struktural_to_iva_needs_ujian_dinas_ii(void **state)
{
	(void)state;
	/* PP 99/2000 Ps30-32: from III/d to IV/a, whatever the kind of promotion.  An
	 * administrator (range III/d..IV/b) with S1, III/d and in post since 2024-04-01. */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIID, 20240401, KARIER_JAB_ADMINISTRATOR, 0, 20240401);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_UJIAN_DINAS_II", KARIER_KP_PILIHAN_STRUKTURAL), 0);
	assert_int_equal(option_awal(d, KARIER_KP_PILIHAN_STRUKTURAL), 0);
	karier_decision_free(d);
	assert_ok(karier_employee_set_ujian_dinas(e, KARIER_UJIAN_DINAS_II));
	d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_PILIHAN_STRUKTURAL);
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IVA);
	karier_decision_free(d);
	/* Diklatpim III (PKA) counts as the exam by the policy's default (UNCONFIRMED, said) */
	assert_ok(karier_employee_set_ujian_dinas(e, KARIER_UJIAN_DINAS_I));
	assert_ok(karier_employee_add_pelatihan(e, "PKA-2025", 20250901, 300, KARIER_PELATIHAN_PKA));
	d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	int32_t i = find(d, "KP_UJIAN_DINAS_II", KARIER_KP_PILIHAN_STRUKTURAL, 0);
	assert_int_equal(karier_decision_check_asumsi(d, i), 1);
	karier_decision_free(d);
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "kp.ujian_dinas_ii.bebas_pelatihan", 0));
	d = kp(e, p, 20260401);
	assert_false(karier_decision_eligible(d));
	karier_decision_free(d);
	/* exempt by education: S2, and dokter and apoteker, which rank with S2 */
	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_DOKTER));
	d = kp(e, p, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_UJIAN_DINAS_II", KARIER_KP_PILIHAN_STRUKTURAL), 1);
	karier_decision_free(d);
	karier_policy_free(p);
	karier_employee_free(e);
}

static void struktural_at_top_takes_reguler(void **state)
{
	(void)state;
	/* PP 99/2000 Ps34: a pengawas already at III/d, the top of the range, takes reguler */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S2, KARIER_GOL_IIID, 20220101, KARIER_JAB_PENGAWAS, 0, 20200101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260101);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_REGULER);
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IVA);
	assert_int_equal(ok_of(d, "KP_RENTANG_JABATAN", KARIER_KP_PILIHAN_STRUKTURAL), 0);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- pilihan fungsional (PP 99/2000 Ps13; PermenPANRB 1/2023) ---- */

static karier_employee *ahli_pertama(int32_t gol, int32_t tmt, int32_t ak)
{
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, gol, tmt, KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_PERTAMA,
	                         20200101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	if (ak >= 0)
		assert_ok(karier_employee_set_angka_kredit(e, ak));
	return e;
}

static void fungsional_angka_kredit(void **state)
{
	(void)state;
	/* ahli pertama: AKK 50 per pangkat step, range III/a..III/b */
	karier_employee *e = ahli_pertama(KARIER_GOL_IIIA, 20240401, 5000);
	karier_decision *d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_PILIHAN_FUNGSIONAL);
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IIIB);
	karier_decision_free(d);
	assert_ok(karier_employee_set_angka_kredit(e, 4999));
	d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	char msg[128];
	message_of(d, "KP_ANGKA_KREDIT", KARIER_KP_PILIHAN_FUNGSIONAL, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Angka kredit 49.99 kurang dari 50.00 (tanggal paling awal menganggap predikat Baik pada "
	                         "tahun-tahun berikutnya)");
	/* waiting earns it: 12.50 a year at Baik (koefisien x 100 %, PermenPANRB 1/2023),
	 * 0.01 short -> ceil(0.01 x 12 / 12.5) = 1 month */
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20260501);
	assert_int_equal(karier_decision_check_asumsi(d, find(d, "KP_ANGKA_KREDIT", KARIER_KP_PILIHAN_FUNGSIONAL, 0)), 1);
	karier_decision_free(d);
	/* 25.00 short -> 25 x 12 / 12.5 = 24 months */
	assert_ok(karier_employee_set_angka_kredit(e, 2500));
	d = kp(e, NULL, 20260401);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20280401);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void fungsional_two_years_and_one_day_short(void **state)
{
	(void)state;
	karier_employee *e = ahli_pertama(KARIER_GOL_IIIA, 20240402, 6000);
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_MASA_GOLONGAN", KARIER_KP_PILIHAN_FUNGSIONAL), 0);
	assert_int_equal(option_awal(d, KARIER_KP_PILIHAN_FUNGSIONAL), 20260501);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void fungsional_top_of_jenjang_and_missing_ak(void **state)
{
	(void)state;
	karier_employee *e = ahli_pertama(KARIER_GOL_IIIB, 20220401, 9000);
	karier_decision *d = kp(e, NULL, 20260401);
	assert_int_equal(ok_of(d, "KP_RENTANG_JENJANG", KARIER_KP_PILIHAN_FUNGSIONAL), 0);
	assert_false(karier_decision_eligible(d));
	karier_decision_free(d);
	karier_employee_free(e);
	e = ahli_pertama(KARIER_GOL_IIIA, 20220401, -1);
	d = kp(e, NULL, 20260401);
	assert_int_equal(ok_of(d, "DATA_ANGKA_KREDIT", KARIER_KP_PILIHAN_FUNGSIONAL), 0);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- penyesuaian ijazah (PP 99/2000 Ps18 as amended) ---- */

static void ijazah_jump_chosen_over_reguler(void **state)
{
	(void)state;
	/* SLTA at II/c with a new S1: reguler gives II/d, the ijazah jump III/a */
	karier_employee *e = pns(NIP_A, KARIER_PEND_SLTA, KARIER_GOL_IIC, 20220401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_pendidikan_baru(e, KARIER_PEND_S1));
	assert_ok(karier_employee_set_ujian_penyesuaian(e, 20251001));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_PILIHAN_IJAZAH);
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IIIA);
	int32_t n = karier_decision_option_count(d), eligible = 0;
	for (int32_t i = 0; i < n; i++) {
		int32_t el;
		karier_decision_option_get(NULL, &el, NULL, NULL, d, i);
		eligible += el;
	}
	assert_int_equal(n, 2);
	assert_int_equal(eligible, 2); /* reguler reported too */
	karier_decision_free(d);
	karier_employee_free(e);
}

static void ijazah_limit_exceeded(void **state)
{
	(void)state;
	/* a new S2 adjusts only from III/a or below */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIB, 20220401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_pendidikan_baru(e, KARIER_PEND_S2));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_int_equal(ok_of(d, "KP_IJAZAH", KARIER_KP_PILIHAN_IJAZAH), 0);
	assert_int_equal(option_awal(d, KARIER_KP_PILIHAN_IJAZAH), 0);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* SLTA at II/d with a new S1, since 2024-04-01, kinerja 2025 baik, ujian penyesuaian passed. */
static karier_employee *slta_s1(int32_t gol)
{
	karier_employee *e = pns(NIP_A, KARIER_PEND_SLTA, gol, 20240401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_pendidikan_baru(e, KARIER_PEND_S1));
	assert_ok(karier_employee_set_ujian_penyesuaian(e, 20251001));
	return e;
}

static void ijazah_at_the_diploma_limit(void **state)
{
	(void)state;
	/* PP 99/2000 Ps18 as amended by PP 12/2002: a new S1 adjusts to III/a from II/d or below */
	karier_employee *e = slta_s1(KARIER_GOL_IID);
	karier_decision *d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_PILIHAN_IJAZAH);
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IIIA);
	karier_decision_free(d);
	karier_employee_free(e);
	e = slta_s1(KARIER_GOL_IIIA); /* one step above the limit */
	d = kp(e, NULL, 20260401);
	assert_int_equal(ok_of(d, "KP_IJAZAH", KARIER_KP_PILIHAN_IJAZAH), 0);
	assert_int_equal(option_awal(d, KARIER_KP_PILIHAN_IJAZAH), 0);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void ijazah_needs_the_exam_and_a_fitting_diploma(void **state)
{
	(void)state;
	karier_employee *e = slta_s1(KARIER_GOL_IID);
	/* Ps18: the ujian penyesuaian kenaikan pangkat; no record is missing data, not an assumption */
	assert_ok(karier_employee_set_ujian_penyesuaian(e, 0));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_UJIAN_PENYESUAIAN", KARIER_KP_PILIHAN_IJAZAH), 0);
	assert_int_equal(option_awal(d, KARIER_KP_PILIHAN_IJAZAH), 0);
	karier_decision_free(d);
	/* passed after the date: from the next period date on */
	assert_ok(karier_employee_set_ujian_penyesuaian(e, 20260515));
	d = kp(e, NULL, 20260401);
	assert_int_equal(ok_of(d, "KP_UJIAN_PENYESUAIAN", KARIER_KP_PILIHAN_IJAZAH), 0);
	assert_int_equal(option_awal(d, KARIER_KP_PILIHAN_IJAZAH), 20260601);
	karier_decision_free(d);
	/* a policy that does not ask for the exam */
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "kp.ijazah.ujian_penyesuaian", 0));
	d = kp(e, p, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(find(d, "KP_UJIAN_PENYESUAIAN", -1, 0), -1);
	/* no post to compare the diploma with: the check passes and says it assumed */
	int32_t i = find(d, "KP_IJAZAH_SESUAI_JABATAN", KARIER_KP_PILIHAN_IJAZAH, 0);
	assert_int_equal(karier_decision_check_asumsi(d, i), 1);
	karier_decision_free(d);
	/* a post that lists its accepted diplomas */
	karier_position *pos = NULL;
	assert_ok(karier_position_new(&pos, "PENGADMIN", "Pengadministrasi", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_add_pendidikan(pos, KARIER_PEND_D3));
	assert_int_equal(karier_position_add_pendidikan(pos, 99), KARIER_ERANGE);
	assert_ok(karier_promotion_evaluate(&d, p, e, pos, 20260401));
	assert_int_equal(ok_of(d, "KP_IJAZAH_SESUAI_JABATAN", KARIER_KP_PILIHAN_IJAZAH), 0);
	assert_int_equal(option_awal(d, KARIER_KP_PILIHAN_IJAZAH), 0);
	karier_decision_free(d);
	assert_ok(karier_position_add_pendidikan(pos, KARIER_PEND_S1));
	assert_true(karier_position_accepts_pendidikan(pos, KARIER_PEND_S1));
	assert_false(karier_position_accepts_pendidikan(pos, KARIER_PEND_S2));
	assert_ok(karier_promotion_evaluate(&d, p, e, pos, 20260401));
	i = find(d, "KP_IJAZAH_SESUAI_JABATAN", KARIER_KP_PILIHAN_IJAZAH, 0);
	assert_int_equal(ok_of(d, "KP_IJAZAH_SESUAI_JABATAN", KARIER_KP_PILIHAN_IJAZAH), 1);
	assert_int_equal(karier_decision_check_asumsi(d, i), 0);
	assert_true(karier_decision_eligible(d));
	karier_decision_free(d);
	karier_position_free(pos);
	karier_policy_free(p);
	karier_employee_free(e);
}

static void ijazah_inside_a_jf(void **state)
{
	(void)state;
	/* Ps18: in a JF the jump needs the angka kredit and stays within the jenjang's range */
	karier_employee *e = pns(NIP_A, KARIER_PEND_SLTA, KARIER_GOL_IIB, 20240401, KARIER_JAB_FUNGSIONAL_KETERAMPILAN,
	                         KARIER_JENJANG_TERAMPIL, 20240401);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_pendidikan_baru(e, KARIER_PEND_D3)); /* II/b or below -> II/c */
	assert_ok(karier_employee_set_ujian_penyesuaian(e, 20251001));
	assert_ok(karier_employee_set_angka_kredit(e, 2000)); /* terampil: 20 per pangkat step */
	karier_decision *d = kp(e, NULL, 20260401);
	assert_int_equal(ok_of(d, "KP_ANGKA_KREDIT", KARIER_KP_PILIHAN_IJAZAH), 1);
	assert_int_equal(ok_of(d, "KP_RENTANG_JENJANG", KARIER_KP_PILIHAN_IJAZAH), 1); /* II/c within II/b..II/d */
	int32_t el = 0;
	for (int32_t k = 0; k < karier_decision_option_count(d); k++) {
		int32_t j, x;
		karier_decision_option_get(&j, &x, NULL, NULL, d, k);
		if (j == KARIER_KP_PILIHAN_IJAZAH)
			el = x;
	}
	assert_true(el);
	karier_decision_free(d);
	assert_ok(karier_employee_set_angka_kredit(e, 1999));
	d = kp(e, NULL, 20260401);
	assert_int_equal(ok_of(d, "KP_ANGKA_KREDIT", KARIER_KP_PILIHAN_IJAZAH), 0);
	karier_decision_free(d);
	karier_employee_free(e);
	/* a pemula (II/a only) cannot take the jump to II/c inside its jenjang */
	e = pns(NIP_A, KARIER_PEND_SLTA, KARIER_GOL_IIA, 20240401, KARIER_JAB_FUNGSIONAL_KETERAMPILAN, KARIER_JENJANG_PEMULA,
	        20240401);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_pendidikan_baru(e, KARIER_PEND_D3));
	assert_ok(karier_employee_set_ujian_penyesuaian(e, 20251001));
	assert_ok(karier_employee_set_angka_kredit(e, 2000));
	d = kp(e, NULL, 20260401);
	assert_int_equal(ok_of(d, "KP_RENTANG_JENJANG", KARIER_KP_PILIHAN_IJAZAH), 0);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- prestasi kerja luar biasa (PP 99/2000 Ps15) ---- */

static void prestasi_beyond_the_ceiling(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20250401);
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIID, 20250401));
	assert_ok(karier_employee_set_prestasi_luar_biasa(e, 1));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d)); /* 2025 is baik, not sangat baik */
	int32_t i = find(d, "KP_KINERJA", KARIER_KP_PILIHAN_PRESTASI, 2025);
	char msg[256];
	karier_decision_check_message(msg, sizeof msg, d, i, KARIER_LANG_ID);
	assert_string_equal(msg, "Predikat kinerja tahun 2025 Baik, di bawah Sangat Baik (tanggal paling awal menganggap "
	                         "tahun-tahun berikutnya minimal Sangat Baik)");
	/* the one year asked for (Ps15) leaves the window on 2027-01-01; 2026 assumed sangat baik */
	assert_int_equal(option_awal(d, KARIER_KP_PILIHAN_PRESTASI), 20270101);
	karier_decision_free(d);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_SANGAT_BAIK));
	d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_PILIHAN_PRESTASI);
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IVA); /* not bound by the S1 ceiling */
	karier_decision_free(d);
	karier_employee_free(e);
}

/* ---- pengabdian (PP 99/2000 Ps27) and retirement (PP 11/2017 Ps239) ---- */

/* Born 1968-03-15, CPNS March 1990: a pelaksana retires at 58, on 2026-04-01. */
static karier_employee *near_retirement(void)
{
	karier_employee *e = pns("196803151990031001", KARIER_PEND_S1, KARIER_GOL_IIID, 20250101, KARIER_JAB_PELAKSANA, 0,
	                         19900301);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	return e;
}

static void pengabdian_one_month_before_retirement(void **state)
{
	(void)state;
	karier_employee *e = near_retirement();
	karier_decision *d = kp(e, NULL, 20260301);
	assert_int_equal(karier_decision_tanggal_pensiun(d), 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_PENGABDIAN);
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IVA);
	/* 36 years of service: the >= 30 years row needs 1 month in the golongan */
	int32_t i = find(d, "KP_MASA_GOLONGAN", KARIER_KP_PENGABDIAN, 0), type;
	int64_t v;
	assert_ok(karier_decision_check_value(&type, &v, d, i, KARIER_CHECK_REQUIRED));
	assert_int_equal(v, 1);
	assert_int_equal(ok_of(d, "KP_PLAFON_PENDIDIKAN", KARIER_KP_REGULER), 0);
	karier_decision_free(d);
	/* two months before retirement the window is not open */
	d = kp(e, NULL, 20260201);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_option_count(d), 1);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void pengabdian_is_exempt_from_period_dates(void **state)
{
	(void)state;
	/* born 1967-03-15, BUP 58 (pelaksana): retires 2025-04-01.  On 2025-03-01 the
	 * period calendar of Peraturan BKN 4/2023 (Feb, Apr, ...) would move the date to
	 * 2025-04-01, the retirement day; pengabdian is exempt (Ps2) and takes 2025-03-01. */
	karier_employee *e = pns("196703151990031001", KARIER_PEND_S1, KARIER_GOL_IIID, 20240101, KARIER_JAB_PELAKSANA, 0,
	                         19900301);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20250301);
	assert_int_equal(karier_decision_tanggal_pensiun(d), 20250401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_PENGABDIAN);
	assert_int_equal(karier_decision_tanggal(d), 20250301);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20250301);
	assert_int_equal(ok_of(d, "KP_PENSIUN", KARIER_KP_REGULER), 0); /* the period date is the retirement day */
	karier_decision_free(d);
	/* asked mid-February: the 1st of the next month, still inside the window */
	d = kp(e, NULL, 20250215);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_tanggal(d), 20250301);
	karier_decision_free(d);
	/* asked on 2025-02-01: the window (one month before retirement) is not open yet */
	d = kp(e, NULL, 20250201);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_option_count(d), 1); /* reguler only */
	karier_decision_free(d);
	karier_employee_free(e);
}

static void pengabdian_never_after_berat(void **state)
{
	(void)state;
	karier_employee *e = near_retirement();
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_BERAT, 20050101, 20060101));
	karier_decision *d = kp(e, NULL, 20260301);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_PERNAH_DISIPLIN_BERAT", KARIER_KP_PENGABDIAN), 0);
	char msg[128];
	message_of(d, "KP_PERNAH_DISIPLIN_BERAT", KARIER_KP_PENGABDIAN, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Pernah dijatuhi hukuman disiplin berat (1 kali)");
	karier_decision_free(d);
	karier_employee_free(e);
}

/* PP 99/2000 Ps27: 30 years of service need 1 month in the golongan; 29 years 11 months fall in
 * the 25-30 row (12 months).  Only a berat penalty ever given disqualifies. */
static void pengabdian_at_the_service_threshold(void **state)
{
	(void)state;
	/* born 1968-03-15 (retires 2026-04-01), CPNS 1996-03: on 2026-03-01 exactly 30 years */
	karier_employee *e = pns("196803151996031001", KARIER_PEND_S1, KARIER_GOL_IIID, 20260101, KARIER_JAB_PELAKSANA, 0,
	                         19960301);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260301);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_PENGABDIAN);
	int32_t type, i = find(d, "KP_MASA_GOLONGAN", KARIER_KP_PENGABDIAN, 0);
	int64_t v;
	assert_ok(karier_decision_check_value(&type, &v, d, i, KARIER_CHECK_REQUIRED));
	assert_int_equal(v, 1);
	karier_decision_free(d);
	/* a sedang penalty long ended does not disqualify pengabdian; a berat one would */
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_SEDANG, 20100101, 20110101));
	d = kp(e, NULL, 20260301);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "KP_PERNAH_DISIPLIN_BERAT", KARIER_KP_PENGABDIAN), 1);
	karier_decision_free(d);
	karier_employee_free(e);
	/* CPNS one month later (1996-04): 29 years 11 months, so 12 months in the golongan are needed,
	 * and 2 months since 2026-01-01 are not enough */
	e = pns("196803151996041001", KARIER_PEND_S1, KARIER_GOL_IIID, 20260101, KARIER_JAB_PELAKSANA, 0, 19960401);
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	d = kp(e, NULL, 20260301);
	assert_false(karier_decision_eligible(d));
	i = find(d, "KP_MASA_GOLONGAN", KARIER_KP_PENGABDIAN, 0);
	assert_ok(karier_decision_check_value(&type, &v, d, i, KARIER_CHECK_REQUIRED));
	assert_int_equal(v, 12);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* The decision's earliest date is the soonest of its options'. */
static void earliest_is_the_soonest_option(void **state)
{
	(void)state;
	/* an ahli pertama, III/a since 2024-04-01, AK short by 0.01: the fungsional option waits one
	 * month (2026-05-01); reguler, not its kind of promotion, never */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIIA, 20240401, KARIER_JAB_FUNGSIONAL_KEAHLIAN,
	                         KARIER_JENJANG_AHLI_PERTAMA, 20200101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_angka_kredit(e, 4999));
	assert_ok(karier_employee_set_pendidikan_baru(e, KARIER_PEND_S2)); /* ijazah: waits for its exam, 2026-09-01 */
	assert_ok(karier_employee_set_ujian_penyesuaian(e, 20260815));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(option_awal(d, KARIER_KP_REGULER), 0);
	assert_int_equal(option_awal(d, KARIER_KP_PILIHAN_FUNGSIONAL), 20260501);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20260501);
	karier_decision_free(d);
	karier_employee_free(e);
}

/* Boundaries of the choice and of the earliest date. */
static void ties_exact_dates_and_missing_education(void **state)
{
	(void)state;
	/* SLTA at II/b since 2021-04-01 with a new D3: reguler and penyesuaian ijazah both give II/c;
	 * on a tie the kinds count in their order (docs/promotion.md): reguler is reported */
	karier_employee *e = pns(NIP_A, KARIER_PEND_SLTA, KARIER_GOL_IIB, 20210401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_pendidikan_baru(e, KARIER_PEND_D3));
	assert_ok(karier_employee_set_ujian_penyesuaian(e, 20260401)); /* passed on the period date itself: counts */
	karier_decision *d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_golongan_baru(d), KARIER_GOL_IIC);
	assert_int_equal(karier_decision_jenis(d), KARIER_KP_REGULER);
	assert_int_equal(ok_of(d, "KP_UJIAN_PENYESUAIAN", KARIER_KP_PILIHAN_IJAZAH), 1);
	karier_decision_free(d);
	karier_employee_free(e);

	/* born 1968-03-15, pelaksana: retires 2026-04-01; four years in III/b end on that very day,
	 * so waiting cannot help: no earliest date */
	e = pns("196803151990031001", KARIER_PEND_S1, KARIER_GOL_IIIB, 20220401, KARIER_JAB_PELAKSANA, 0, 19900301);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	d = kp(e, NULL, 20260201);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_tanggal_pensiun(d), 20260401);
	assert_int_equal(option_awal(d, KARIER_KP_REGULER), 0);
	karier_decision_free(d);
	karier_employee_free(e);

	/* no education recorded: the first golongan still counts from TMT CPNS (PP 99/2000 Ps5) */
	assert_ok(karier_employee_new(&e, "199901012021031001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIA, 20220301));
	assert_ok(karier_employee_set_jabatan(e, "PLK", KARIER_JAB_PELAKSANA, 0, 20210301));
	d = kp(e, NULL, 20250401);
	assert_int_equal(ok_of(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER), 1); /* 4 years 1 month since 2021-03 */
	assert_int_equal(ok_of(d, "DATA_PENDIDIKAN", KARIER_KP_REGULER), 0);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void decision_on_or_after_retirement(void **state)
{
	(void)state;
	karier_employee *e = near_retirement();
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIC, 20200101));
	assert_ok(karier_employee_set_kinerja(e, 2026, KARIER_PREDIKAT_BAIK));
	karier_decision *d = kp(e, NULL, 20260401);
	assert_true(karier_decision_setelah_pensiun(d));
	assert_int_equal(ok_of(d, "KP_PENSIUN", KARIER_KP_REGULER), 0);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 0);
	karier_decision_free(d);
	/* and a wait that would end after retirement gives no date either */
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIC, 20230101));
	d = kp(e, NULL, 20260101);
	assert_false(karier_decision_setelah_pensiun(d));
	assert_int_equal(option_awal(d, KARIER_KP_REGULER), 0);
	karier_decision_free(d);
	karier_employee_free(e);
}

static void retirement_dates(void **state)
{
	(void)state;
	int32_t date, bup;
	/* born 1964-05-20, pelaksana: 58 on 2022-05-20, retires 2022-06-01 */
	karier_employee *e = pns("196405201989031020", KARIER_PEND_S1, KARIER_GOL_IIID, 20100401, KARIER_JAB_PELAKSANA, 0,
	                         19890301);
	assert_ok(karier_retirement_date(&date, &bup, NULL, e, NULL));
	assert_int_equal(bup, 58);
	assert_int_equal(date, 20220601);
	/* ahli utama: 65 */
	assert_ok(karier_employee_set_jabatan(e, "JF", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_UTAMA, 20150101));
	assert_ok(karier_retirement_date(&date, &bup, NULL, e, NULL));
	assert_int_equal(bup, 65);
	assert_int_equal(date, 20290601);
	/* a position's own BUP (a guru, say) overrides the policy */
	karier_position *pos = NULL;
	assert_ok(karier_position_new(&pos, "GURU", "Guru Ahli Utama", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_UTAMA));
	assert_ok(karier_position_set_requirement(pos, KARIER_REQ_BUP, 60));
	assert_ok(karier_retirement_date(&date, &bup, NULL, e, pos));
	assert_int_equal(date, 20240601);
	/* administrator and pengawas are "administrasi" posts: 58, not the JPT's 60 (PP 11/2017 Ps239) */
	assert_ok(karier_employee_set_jabatan(e, "KABID", KARIER_JAB_ADMINISTRATOR, 0, 20150101));
	assert_ok(karier_retirement_date(&date, &bup, NULL, e, NULL));
	assert_int_equal(bup, 58);
	assert_int_equal(date, 20220601);
	assert_ok(karier_employee_set_jabatan(e, "KASI", KARIER_JAB_PENGAWAS, 0, 20150101));
	assert_ok(karier_retirement_date(&date, &bup, NULL, e, NULL));
	assert_int_equal(bup, 58);
	/* a period date before retirement counts (April 2022, PP 12/2002 calendar); the next, October, not */
	karier_decision *d = kp(e, NULL, 20220401);
	assert_int_equal(ok_of(d, "KP_PENSIUN", KARIER_KP_REGULER), 1);
	karier_decision_free(d);
	d = kp(e, NULL, 20220501);
	assert_int_equal(karier_decision_tanggal(d), 20221001);
	assert_int_equal(ok_of(d, "KP_PENSIUN", KARIER_KP_REGULER), 0);
	karier_decision_free(d);
	/* monthly periods (Peraturan BKN 4/2025): retiring 2026-04-01, the month before counts, the day itself not */
	karier_employee *r = near_retirement();
	d = kp(r, NULL, 20260301);
	assert_int_equal(ok_of(d, "KP_PENSIUN", KARIER_KP_REGULER), 1);
	karier_decision_free(d);
	d = kp(r, NULL, 20260401);
	assert_int_equal(ok_of(d, "KP_PENSIUN", KARIER_KP_REGULER), 0);
	assert_true(karier_decision_setelah_pensiun(d));
	karier_decision_free(d);
	karier_employee_free(r);
	/* JPT: 60; born on the 1st, the month after the birthday month */
	karier_employee_free(e);
	e = pns(NIP_A, KARIER_PEND_S2, KARIER_GOL_IVC, 20200101, KARIER_JAB_JPT_PRATAMA, 0, 20200101);
	assert_ok(karier_retirement_date(&date, &bup, NULL, e, NULL));
	assert_int_equal(bup, 60);
	assert_int_equal(date, 20450201);
	karier_employee_free(e);
	karier_position_free(pos);
	/* born 2141-11: retires 2199-12-01, the last month the library represents; born 2141-12 the
	 * date would be 2200-01-01, outside KARIER_DATE_MAX_YEAR, so it is 0 (unknown), never invalid */
	e = pns("214111012160121001", KARIER_PEND_S1, KARIER_GOL_IIIA, 21610101, KARIER_JAB_PELAKSANA, 0, 21610101);
	assert_ok(karier_retirement_date(&date, &bup, NULL, e, NULL));
	assert_int_equal(date, 21991201);
	karier_employee_free(e);
	e = pns("214112012160121001", KARIER_PEND_S1, KARIER_GOL_IIIA, 21610101, KARIER_JAB_PELAKSANA, 0, 21610101);
	assert_ok(karier_retirement_date(&date, &bup, NULL, e, NULL));
	assert_int_equal(date, 0);
	karier_employee_free(e);
	assert_ok(karier_employee_new(&e, NIP_A, KARIER_STATUS_PNS, NULL));
	assert_fails(karier_retirement_date(&date, &bup, NULL, e, NULL), KARIER_ENOTFOUND, "jabatan");
	karier_employee_free(e);
}

/* ---- appointment (PP 11/2017 Ps54, Ps107, Ps76, Ps217) ---- */

static karier_position *position(const char *code, int32_t jab, int32_t jen)
{
	karier_position *p = NULL;
	assert_ok(karier_position_new(&p, code, code, jab, jen));
	return p;
}

static karier_decision *appoint(const karier_employee *e, const karier_position *pos, int32_t date, int32_t route)
{
	karier_decision *d = NULL;
	assert_ok(karier_appointment_evaluate(&d, NULL, e, pos, date, route));
	return d;
}

/* An administrator since 2021-01-04, IV/b, S2, born 1970-06-15, with PKN II. */
static karier_employee *candidate_jpt(void)
{
	karier_employee *e = pns("197006151995031001", KARIER_PEND_S2, KARIER_GOL_IVB, 20220401, KARIER_JAB_ADMINISTRATOR, 0,
	                         20210104);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_SANGAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2026, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_add_pelatihan(e, "PKN-II-2024", 20240901, 300, KARIER_PELATIHAN_PKN_II));
	return e;
}

static void jpt_pratama_all_requirements(void **state)
{
	(void)state;
	karier_employee *e = candidate_jpt();
	karier_position *pos = position("KADIS", KARIER_JAB_JPT_PRATAMA, 0);
	karier_decision *d = appoint(e, pos, 20260301, 0);
	assert_int_equal(karier_decision_kind(d), KARIER_DECISION_APPOINTMENT);
	assert_string_equal(karier_decision_target(d), "KADIS");
	assert_true(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "JAB_JABATAN_SEBELUMNYA", KARIER_KP_NONE), 1);
	assert_int_equal(ok_of(d, "JAB_PELATIHAN", KARIER_KP_NONE), 1);
	assert_int_equal(ok_of(d, "JAB_GOLONGAN_MINIMUM", KARIER_KP_NONE), 1);
	assert_int_equal(ok_of(d, "JAB_USIA", KARIER_KP_NONE), 1);
	karier_decision_free(d);
	karier_position_free(pos);
	karier_employee_free(e);
}

static void jpt_pratama_age_56_on_the_boundary(void **state)
{
	(void)state;
	karier_employee *e = candidate_jpt();
	karier_position *pos = position("KADIS", KARIER_JAB_JPT_PRATAMA, 0);
	/* born 1970-06-15: 56 until 2027-06-14, 57 from 2027-06-15 */
	karier_decision *d = appoint(e, pos, 20270614, 0);
	assert_int_equal(ok_of(d, "JAB_USIA", KARIER_KP_NONE), 1);
	karier_decision_free(d);
	d = appoint(e, pos, 20270615, 0);
	assert_int_equal(ok_of(d, "JAB_USIA", KARIER_KP_NONE), 0);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 0);
	char msg[128];
	message_of(d, "JAB_USIA", KARIER_KP_NONE, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Usia 57 tahun, lebih dari batas 56 tahun");
	karier_decision_free(d);
	karier_position_free(pos);
	karier_employee_free(e);
}

static void jpt_pratama_missing_pkn_ii(void **state)
{
	(void)state;
	karier_employee *e = pns("197006151995031001", KARIER_PEND_S2, KARIER_GOL_IVB, 20220401, KARIER_JAB_ADMINISTRATOR, 0,
	                         20210104);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_add_pelatihan(e, "PKA-2019", 20190901, 300, KARIER_PELATIHAN_PKA));
	karier_position *pos = position("KADIS", KARIER_JAB_JPT_PRATAMA, 0);
	/* by default the training may follow within 12 months of the appointment
	 * (PP 100/2000 Ps7 as amended by PP 13/2002, kept by PP 11/2017 Ps363) */
	karier_decision *d = appoint(e, pos, 20260301, 0);
	assert_true(karier_decision_eligible(d));
	char msg[160];
	message_of(d, "JAB_PELATIHAN", KARIER_KP_NONE, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Pelatihan kepemimpinan PKN_II belum diikuti; wajib diikuti paling lambat 1 tahun setelah "
	                         "pengangkatan");
	assert_int_equal(karier_decision_check_asumsi(d, find(d, "JAB_PELATIHAN", KARIER_KP_NONE, 0)), 1);
	karier_decision_free(d);
	/* a policy that wants it before the appointment */
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "jabatan.pelatihan.bulan_setelah_pengangkatan", 0));
	assert_ok(karier_appointment_evaluate(&d, p, e, pos, 20260301, KARIER_ROUTE_DEFAULT));
	assert_false(karier_decision_eligible(d));
	message_of(d, "JAB_PELATIHAN", KARIER_KP_NONE, KARIER_LANG_ID, msg, sizeof msg);
	assert_string_equal(msg, "Pelatihan kepemimpinan PKN_II belum diikuti (tertinggi: PKA)");
	karier_decision_free(d);
	/* training completed after the date does not count on it */
	assert_ok(karier_employee_add_pelatihan(e, "PKN2-2026", 20260302, 400, KARIER_PELATIHAN_PKN_II));
	assert_ok(karier_appointment_evaluate(&d, p, e, pos, 20260301, KARIER_ROUTE_DEFAULT));
	assert_false(karier_decision_eligible(d));
	karier_decision_free(d);
	assert_ok(karier_appointment_evaluate(&d, p, e, pos, 20260302, KARIER_ROUTE_DEFAULT));
	assert_true(karier_decision_eligible(d));
	karier_decision_free(d);
	karier_policy_free(p);
	karier_position_free(pos);
	karier_employee_free(e);
}

static void administrator_needs_three_years_as_pengawas(void **state)
{
	(void)state;
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIID, 20220401, KARIER_JAB_PENGAWAS, 0, 20230601);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_add_pelatihan(e, "PKA", 20250301, 300, KARIER_PELATIHAN_PKA));
	karier_position *pos = position("KABID", KARIER_JAB_ADMINISTRATOR, 0);
	karier_decision *d = appoint(e, pos, 20260531, 0);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "JAB_JABATAN_SEBELUMNYA", KARIER_KP_NONE), 0);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20260601);
	karier_decision_free(d);
	d = appoint(e, pos, 20260601, 0);
	assert_true(karier_decision_eligible(d));
	karier_decision_free(d);
	karier_position_free(pos);
	karier_employee_free(e);
}

static void prior_posts_add_up(void **state)
{
	(void)state;
	/* 2 years as pengawas earlier plus 1 year in the current pengawas post */
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIID, 20220401, KARIER_JAB_PENGAWAS, 0, 20250401);
	assert_ok(karier_employee_add_riwayat_jabatan(e, KARIER_JAB_PENGAWAS, 0, 20210101, 20230101));
	assert_ok(karier_employee_add_riwayat_jabatan(e, KARIER_JAB_PELAKSANA, 0, 20100101, 20210101));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_add_pelatihan(e, "PKA", 20250301, 300, KARIER_PELATIHAN_PKA));
	karier_position *pos = position("KABID", KARIER_JAB_ADMINISTRATOR, 0);
	karier_decision *d = appoint(e, pos, 20260401, 0);
	int32_t i = find(d, "JAB_JABATAN_SEBELUMNYA", KARIER_KP_NONE, 0), type;
	int64_t v;
	assert_ok(karier_decision_check_value(&type, &v, d, i, KARIER_CHECK_ACTUAL));
	assert_int_equal(v, 36);
	assert_true(karier_decision_eligible(d));
	karier_decision_free(d);
	karier_position_free(pos);
	karier_employee_free(e);
}

static void pengawas_needs_d3(void **state)
{
	(void)state;
	karier_employee *e = pns(NIP_A, KARIER_PEND_SLTA, KARIER_GOL_IIIA, 20220401, KARIER_JAB_PELAKSANA, 0, 20100101);
	karier_position *pos = position("KASUBAG", KARIER_JAB_PENGAWAS, 0);
	karier_decision *d = appoint(e, pos, 20260401, 0);
	assert_int_equal(ok_of(d, "JAB_PENDIDIKAN", KARIER_KP_NONE), 0);
	assert_int_equal(ok_of(d, "JAB_JABATAN_SEBELUMNYA", KARIER_KP_NONE), 1); /* 16 years as pelaksana */
	char msg[128];
	message_of(d, "JAB_PENDIDIKAN", KARIER_KP_NONE, KARIER_LANG_EN, msg, sizeof msg);
	assert_string_equal(msg, "Education SLTA is below the minimum D3");
	karier_decision_free(d);
	karier_position_free(pos);
	karier_employee_free(e);
}

static void jf_transfer_age_53_and_range(void **state)
{
	(void)state;
	/* transfer into ahli muda (PP 11/2017 Ps76): at most 53, golongan III/c..III/d */
	karier_employee *e = pns("197301012000031001", KARIER_PEND_S1, KARIER_GOL_IIIC, 20220401, KARIER_JAB_PELAKSANA, 0,
	                         20000301);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	karier_position *pos = position("JF-MUDA", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_MUDA);
	karier_decision *d = appoint(e, pos, 20261231, KARIER_ROUTE_PERPINDAHAN);
	assert_true(karier_decision_eligible(d)); /* 53 until 2026-12-31 */
	karier_decision_free(d);
	d = appoint(e, pos, 20270101, KARIER_ROUTE_PERPINDAHAN);
	assert_int_equal(ok_of(d, "JAB_USIA", KARIER_KP_NONE), 0);
	karier_decision_free(d);
	/* a first appointment has no age limit and needs 1 year of kinerja (2026 for a 2027 date) */
	assert_ok(karier_employee_set_kinerja(e, 2026, KARIER_PREDIKAT_BAIK));
	d = appoint(e, pos, 20270101, KARIER_ROUTE_PERTAMA);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(find(d, "JAB_USIA", -1, 0), -1);
	karier_decision_free(d);
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIB, 20220401));
	d = appoint(e, pos, 20260401, KARIER_ROUTE_PERPINDAHAN);
	assert_int_equal(ok_of(d, "JAB_RENTANG_JENJANG", KARIER_KP_NONE), 0);
	karier_decision_free(d);
	karier_position_free(pos);
	karier_employee_free(e);
}

static void position_requirement_overrides_policy(void **state)
{
	(void)state;
	karier_employee *e = candidate_jpt();
	karier_position *pos = position("KADIS", KARIER_JAB_JPT_PRATAMA, 0);
	assert_ok(karier_position_set_requirement(pos, KARIER_REQ_MIN_GOLONGAN, KARIER_GOL_IVC));
	karier_decision *d = appoint(e, pos, 20260301, 0);
	int32_t i = find(d, "JAB_GOLONGAN_MINIMUM", KARIER_KP_NONE, 0), ok;
	const char *ref;
	assert_ok(karier_decision_check_get(NULL, &ok, NULL, NULL, &ref, d, i));
	assert_int_equal(ok, 0);
	assert_non_null(strstr(ref, "position requirement"));
	karier_decision_free(d);
	karier_position_free(pos);
	karier_employee_free(e);
}

static void appointment_blocked_by_discipline(void **state)
{
	(void)state;
	karier_employee *e = candidate_jpt();
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_SEDANG, 20260101, 20260701));
	karier_position *pos = position("KADIS", KARIER_JAB_JPT_PRATAMA, 0);
	karier_decision *d = appoint(e, pos, 20260301, 0);
	assert_false(karier_decision_eligible(d));
	assert_int_equal(ok_of(d, "JAB_DISIPLIN", KARIER_KP_NONE), 0);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20260701); /* while it runs, no longer */
	karier_decision_free(d);
	karier_position_free(pos);
	karier_employee_free(e);
}

static void bad_arguments(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20220401);
	karier_position *pos = position("KADIS", KARIER_JAB_JPT_PRATAMA, 0);
	karier_decision *d = (karier_decision *)(uintptr_t)1;
	assert_fails(karier_promotion_evaluate(&d, NULL, NULL, NULL, 20260401), KARIER_EINVAL, "employee is NULL");
	assert_fails(karier_promotion_evaluate(&d, NULL, e, NULL, 20260231), KARIER_ERANGE, "date");
	assert_fails(karier_appointment_evaluate(&d, NULL, e, NULL, 20260401, 0), KARIER_EINVAL, "target is NULL");
	assert_fails(karier_appointment_evaluate(&d, NULL, e, pos, 20260401, KARIER_ROUTE_PERTAMA), KARIER_EINVAL,
	             "fungsional only");
	assert_fails(karier_appointment_evaluate(&d, NULL, e, pos, 20260401, 7), KARIER_EINVAL, "route: 7");
	assert_ptr_equal(d, (karier_decision *)(uintptr_t)1);
	assert_int_equal(karier_decision_check_count(NULL), 0);
	assert_fails(karier_decision_check_get(NULL, NULL, NULL, NULL, NULL, NULL, 0), KARIER_EINVAL, "decision is NULL");
	karier_decision_free(NULL);
	karier_position_free(pos);
	karier_employee_free(e);
}

/* An S1 at III/d since 2024-04-01, kinerja baik in 2024 and 2025, ujian dinas II: on 2026-04-01 the
 * time in golongan is short (waiting fixes it) and IV/a is above the S1 ceiling (it does not). */
static karier_employee *s1_at_iiid(void)
{
	karier_employee *e = pns(NIP_A, KARIER_PEND_S1, KARIER_GOL_IIID, 20240401, KARIER_JAB_PELAKSANA, 0, 20100101);
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_ujian_dinas(e, KARIER_UJIAN_DINAS_II));
	return e;
}

/* The decisive reason (karier_decision_reason): with no date to wait for, the obstacle waiting
 * cannot remove, even when a time check fails first; with a date, what holds the employee until
 * then; a check of the employee's own route before another kind's. */
static void decisive_reason(void **state)
{
	(void)state;
	/* S1 at III/d since 2024-04-01: time in golongan short (waiting fixes it) and IV/a above the S1
	 * ceiling (it does not): no earliest date, and the reason is the ceiling */
	karier_employee *e = s1_at_iiid();
	karier_decision *d = kp(e, NULL, 20260401);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 0);
	assert_true(find(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, 0) < find(d, "KP_PLAFON_PENDIDIKAN", KARIER_KP_REGULER, 0));
	assert_int_equal(karier_decision_reason(d), find(d, "KP_PLAFON_PENDIDIKAN", KARIER_KP_REGULER, 0));
	karier_decision_free(d);
	/* III/c instead: only the time is short, a date is given, and the time is the reason */
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIC, 20240401));
	d = kp(e, NULL, 20260401);
	assert_int_equal(karier_decision_tanggal_paling_awal(d), 20280401);
	assert_int_equal(karier_decision_reason(d), find(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, 0));
	karier_decision_free(d);
	karier_employee_free(e);
	/* eligible: no reason */
	e = pelaksana(20220401);
	d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_reason(d), -1);
	karier_decision_free(d);
	karier_employee_free(e);
	assert_int_equal(karier_decision_reason(NULL), -1);
}

/* The reasons of a refusal in one text, worked by hand: undated, the obstacle waiting cannot fix
 * (the S1 ceiling, PP 99/2000 Ps18) before the time in golongan (Ps7); dated, the time alone;
 * eligible, nothing.  snprintf rules; errors named. */
static void reasons_text_by_hand(void **state)
{
	(void)state;
	karier_employee *e = s1_at_iiid();
	karier_decision *d = kp(e, NULL, 20260401);
	char plafon[512], masa[512], want[1100], got[1100], small[10];
	assert_true(karier_decision_check_message(plafon, sizeof plafon, d, find(d, "KP_PLAFON_PENDIDIKAN", KARIER_KP_REGULER, 0),
	                                          KARIER_LANG_ID) > 0);
	assert_true(karier_decision_check_message(masa, sizeof masa, d, find(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, 0),
	                                          KARIER_LANG_ID) > 0);
	snprintf(want, sizeof want, "%s; %s", plafon, masa);
	assert_int_equal(karier_decision_reasons_text(got, sizeof got, d, KARIER_LANG_ID), (int)strlen(want));
	assert_string_equal(got, want);
	assert_int_equal(karier_decision_reasons_text(NULL, 0, d, KARIER_LANG_ID), (int)strlen(want));
	assert_int_equal(karier_decision_reasons_text(small, sizeof small, d, KARIER_LANG_ID), (int)strlen(want));
	assert_memory_equal(small, want, sizeof small - 1);
	assert_int_equal(small[sizeof small - 1], '\0');
	memcpy(small, "keep", 5);
	assert_fails(karier_decision_reasons_text(small, sizeof small, d, 2), KARIER_EINVAL, "lang 2");
	assert_fails(karier_decision_reasons_text(NULL, 4, d, KARIER_LANG_ID), KARIER_EINVAL, "buf");
	assert_fails(karier_decision_reasons_text(small, sizeof small, NULL, KARIER_LANG_ID), KARIER_EINVAL, "decision");
	assert_string_equal(small, "keep");
	karier_decision_free(d);
	/* III/c instead: only the time is short, the date is given, the time alone is the reason */
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIC, 20240401));
	d = kp(e, NULL, 20260401);
	assert_true(karier_decision_check_message(masa, sizeof masa, d, find(d, "KP_MASA_GOLONGAN", KARIER_KP_REGULER, 0),
	                                          KARIER_LANG_EN) > 0);
	assert_int_equal(karier_decision_reasons_text(got, sizeof got, d, KARIER_LANG_EN), (int)strlen(masa));
	assert_string_equal(got, masa);
	karier_decision_free(d);
	karier_employee_free(e);
	e = pelaksana(20220401);
	d = kp(e, NULL, 20260401);
	assert_true(karier_decision_eligible(d));
	assert_int_equal(karier_decision_reasons_text(got, sizeof got, d, KARIER_LANG_ID), 0);
	assert_string_equal(got, "");
	karier_decision_free(d);
	karier_employee_free(e);
}

/* The same rule written here from its documentation, over every employee of the bundled office on
 * three dates and in both languages: the route's own failing checks, the decisive sort first, then
 * the route's others; when none, every failing check. */
static void reasons_text_as_documented(void **state)
{
	(void)state;
	karier_dataset *ds = sample_dataset();
	static const int32_t dates[] = {20230401, 20260401, 20280101};
	int32_t several = 0;
	for (size_t t = 0; t < sizeof dates / sizeof *dates; t++)
		for (int32_t i = 0; i < karier_dataset_employee_count(ds); i++) {
			const karier_employee *e = karier_dataset_employee(ds, i);
			karier_decision *d = NULL;
			assert_ok(karier_promotion_evaluate(&d, NULL, e, karier_dataset_employee_position(ds, i), dates[t]));
			int32_t k = karier_employee_jabatan(e);
			int32_t own = k == KARIER_JAB_FUNGSIONAL_KEAHLIAN || k == KARIER_JAB_FUNGSIONAL_KETERAMPILAN ? KARIER_KP_PILIHAN_FUNGSIONAL
			              : k >= KARIER_JAB_JPT_UTAMA && k <= KARIER_JAB_PENGAWAS                    ? KARIER_KP_PILIHAN_STRUKTURAL
			                                                                                           : KARIER_KP_REGULER;
			bool dated = karier_decision_tanggal_paling_awal(d) != 0;
			for (int32_t lang = KARIER_LANG_ID; lang <= KARIER_LANG_EN; lang++) {
				char want[8192] = "", got[8192];
				size_t used = 0;
				int32_t taken = 0;
				for (int pass = 0; pass < 3 && !karier_decision_eligible(d) && !(pass == 2 && used); pass++)
					for (int32_t c = 0; c < karier_decision_check_count(d); c++) {
						int32_t ok, jenis, wait;
						assert_ok(karier_decision_check_get(NULL, &ok, &jenis, &wait, NULL, d, c));
						bool mine = jenis == KARIER_KP_NONE || jenis == own;
						int of = !mine ? 2 : (wait != 0) == dated ? 0 : 1;
						if (ok || (pass < 2 && of != pass))
							continue;
						char msg[512];
						karier_decision_check_message(msg, sizeof msg, d, c, lang);
						used += (size_t)snprintf(want + used, sizeof want - used, "%s%s", used ? "; " : "", msg);
						taken++;
					}
				assert_int_equal(karier_decision_reasons_text(got, sizeof got, d, lang), (int)used);
				assert_string_equal(got, want);
				several += taken > 1 && lang == KARIER_LANG_ID;
			}
			karier_decision_free(d);
		}
	assert_true(several > 100); /* the office has refusals of several reasons */
	karier_dataset_free(ds);
}

/* The registry of check codes: distinct, each with its failure in both languages, a citation and
 * a grade; an index outside it is an error. */
static void check_code_registry(void **state)
{
	(void)state;
	int32_t n = karier_check_code_count();
	assert_int_equal(n, 36); /* the 33 codes of 0.1.0 and KP_UJIAN_PENYESUAIAN, KP_IJAZAH_SESUAI_JABATAN, JAB_ANGKA_KREDIT_JENJANG */
	for (int32_t i = 0; i < n; i++) {
		const char *code, *fid, *fen, *cite, *grade;
		assert_ok(karier_check_code_get(&code, &fid, &fen, &cite, &grade, i));
		assert_true(fid[0] && fen[0] && cite[0]);
		assert_true(strcmp(grade, "TEXT") == 0 || strcmp(grade, "setting") == 0 || strcmp(grade, "data") == 0);
		for (int32_t j = 0; j < i; j++) {
			const char *other;
			assert_ok(karier_check_code_get(&other, NULL, NULL, NULL, NULL, j));
			assert_string_not_equal(code, other);
		}
	}
	assert_int_equal(karier_check_code_get(NULL, NULL, NULL, NULL, NULL, n), KARIER_ENOTFOUND);
	assert_int_equal(karier_check_code_get(NULL, NULL, NULL, NULL, NULL, -1), KARIER_ENOTFOUND);
}

static void every_check_has_code_message_and_ref(void **state)
{
	(void)state;
	karier_employee *e = pelaksana(20220402);
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_SEDANG, 20250601, 0));
	karier_decision *d = kp(e, NULL, 20260401);
	for (int32_t i = 0; i < karier_decision_check_count(d); i++) {
		const char *code, *ref;
		char id[256], en[256], req[64], act[64];
		assert_ok(karier_decision_check_get(&code, NULL, NULL, NULL, &ref, d, i));
		assert_true(strlen(code) > 4);
		assert_true(strlen(ref) > 4);
		assert_true(karier_decision_check_message(id, sizeof id, d, i, KARIER_LANG_ID) > 10);
		assert_true(karier_decision_check_message(en, sizeof en, d, i, KARIER_LANG_EN) > 10);
		assert_string_not_equal(id, en);
		assert_true(karier_decision_check_value_text(req, sizeof req, d, i, KARIER_CHECK_REQUIRED, KARIER_LANG_ID) >= 0);
		assert_true(karier_decision_check_value_text(act, sizeof act, d, i, KARIER_CHECK_ACTUAL, KARIER_LANG_EN) >= 0);
	}
	karier_decision_free(d);
	karier_employee_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reguler_exactly_four_years),
		cmocka_unit_test(reguler_one_day_short),
		cmocka_unit_test(masa_messages),
		cmocka_unit_test(date_moves_to_next_period),
		cmocka_unit_test(first_golongan_counts_from_tmt_cpns),
		cmocka_unit_test(ceiling_reached_s1_at_iiid),
		cmocka_unit_test(ceiling_s1_at_iiic_still_rises),
		cmocka_unit_test(ceiling_is_policy),
		cmocka_unit_test(kinerja_missing_year_named),
		cmocka_unit_test(kinerja_butuh_perbaikan_fails_sangat_baik_passes),
		cmocka_unit_test(cpns_and_pppk_not_eligible),
		cmocka_unit_test(discipline_blocks_while_it_runs),
		cmocka_unit_test(discipline_finished_tukin_cut_blocks_nothing),
		cmocka_unit_test(discipline_without_end_takes_the_policy_duration),
		cmocka_unit_test(discipline_tunda_kp_counts_from_the_date_due),
		cmocka_unit_test(hukuman_kinds_and_levels),
		cmocka_unit_test(discipline_ringan_does_not_block_and_policy_decides),
		cmocka_unit_test(period_april_october_until_2023),
		cmocka_unit_test(period_six_dates_and_change_over),
		cmocka_unit_test(ujian_dinas_i_for_iid),
		cmocka_unit_test(ujian_dinas_i_exempt_for_s1),
		cmocka_unit_test(ujian_dinas_ii_exempt_for_s2),
		cmocka_unit_test(missing_data_named),
		cmocka_unit_test(top_golongan),
		cmocka_unit_test(struktural_one_year_in_post),
		cmocka_unit_test(struktural_range_of_the_post),
		cmocka_unit_test(struktural_at_top_takes_reguler),
		cmocka_unit_test(struktural_to_iva_needs_ujian_dinas_ii),
		cmocka_unit_test(kinerja_low_year_is_a_waiting_matter),
		cmocka_unit_test(first_golongan_counts_from_cpns_whatever_education),
		cmocka_unit_test(pppk_may_hold_jf_and_certain_jpt),
		cmocka_unit_test(kenaikan_jenjang_needs_akk_jenjang),
		cmocka_unit_test(fungsional_angka_kredit),
		cmocka_unit_test(fungsional_two_years_and_one_day_short),
		cmocka_unit_test(fungsional_top_of_jenjang_and_missing_ak),
		cmocka_unit_test(ijazah_jump_chosen_over_reguler),
		cmocka_unit_test(ijazah_limit_exceeded),
		cmocka_unit_test(ijazah_at_the_diploma_limit),
		cmocka_unit_test(ijazah_needs_the_exam_and_a_fitting_diploma),
		cmocka_unit_test(ijazah_inside_a_jf),
		cmocka_unit_test(prestasi_beyond_the_ceiling),
		cmocka_unit_test(pengabdian_one_month_before_retirement),
		cmocka_unit_test(pengabdian_never_after_berat),
		cmocka_unit_test(pengabdian_is_exempt_from_period_dates),
		cmocka_unit_test(pengabdian_at_the_service_threshold),
		cmocka_unit_test(earliest_is_the_soonest_option),
		cmocka_unit_test(ties_exact_dates_and_missing_education),
		cmocka_unit_test(decision_on_or_after_retirement),
		cmocka_unit_test(retirement_dates),
		cmocka_unit_test(jpt_pratama_all_requirements),
		cmocka_unit_test(jpt_pratama_age_56_on_the_boundary),
		cmocka_unit_test(jpt_pratama_missing_pkn_ii),
		cmocka_unit_test(administrator_needs_three_years_as_pengawas),
		cmocka_unit_test(prior_posts_add_up),
		cmocka_unit_test(pengawas_needs_d3),
		cmocka_unit_test(jf_transfer_age_53_and_range),
		cmocka_unit_test(position_requirement_overrides_policy),
		cmocka_unit_test(appointment_blocked_by_discipline),
		cmocka_unit_test(bad_arguments),
		cmocka_unit_test(every_check_has_code_message_and_ref),
		cmocka_unit_test(check_code_registry),
		cmocka_unit_test(decisive_reason),
		cmocka_unit_test(reasons_text_by_hand),
		cmocka_unit_test(reasons_text_as_documented),
	};
	return cmocka_run_group_tests_name("promotion", tests, NULL, NULL);
}
