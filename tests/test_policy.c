/* test_policy.c - settings, citations, the period calendar. SPDX-License-Identifier: MIT */
#include "support/test.h"

static int setup(void **state)
{
	karier_policy *p = NULL;
	if (karier_policy_new_default(&p))
		return -1;
	*state = p;
	return 0;
}

static int teardown(void **state)
{
	karier_policy_free(*state);
	return 0;
}

static int64_t get(const karier_policy *p, const char *key)
{
	int64_t v = -999;
	assert_ok(karier_policy_get(&v, p, key));
	return v;
}

static void every_setting_names_its_source(void **state)
{
	const karier_policy *p = *state;
	int32_t n = karier_policy_setting_count();
	assert_true(n > 200);
	for (int32_t i = 0; i < n; i++) {
		const char *key, *cite, *desc;
		int32_t type, idx;
		assert_ok(karier_policy_setting_info(&key, &type, &cite, &desc, i));
		assert_true(strlen(cite) > 5);
		assert_true(strlen(desc) > 10);
		assert_true(type >= KARIER_SETTING_INT && type <= KARIER_SETTING_PPPK_GOLONGAN);
		/* keys are unique: find returns this index */
		assert_ok(karier_policy_setting_find(&idx, key));
		assert_int_equal(idx, i);
		assert_int_equal(karier_policy_is_default(p, key), 1);
		/* the text form reads back to the same value */
		char buf[64];
		assert_true(karier_policy_get_text(buf, sizeof buf, p, key) >= 0);
		karier_policy *q = NULL;
		assert_ok(karier_policy_copy(&q, p));
		assert_ok(karier_policy_set_text(q, key, buf));
		assert_int_equal(get(q, key), get(p, key));
		karier_policy_free(q);
	}
	assert_int_equal(karier_policy_setting_info(NULL, NULL, NULL, NULL, n), KARIER_ENOTFOUND);
}

static void national_defaults(void **state)
{
	const karier_policy *p = *state;
	char buf[32];
	/* PP 99/2000 Ps7 as amended by PP 12/2002: 4 years, 2 years of kinerja */
	assert_int_equal(get(p, "kp.reguler.masa_golongan_tahun"), 4);
	assert_int_equal(get(p, "kp.reguler.tahun_kinerja"), 2);
	/* PP 99/2000 Ps8 as amended: ceilings */
	assert_int_equal(get(p, "pendidikan.s1.plafon_reguler"), KARIER_GOL_IIID);
	assert_int_equal(get(p, "pendidikan.slta.plafon_reguler"), KARIER_GOL_IIIB);
	assert_int_equal(get(p, "pendidikan.sgplb.plafon_reguler"), KARIER_GOL_IIIC);
	assert_int_equal(get(p, "pendidikan.s3.plafon_reguler"), KARIER_GOL_IVB);
	/* PP 94/2021 Ps8(3): tukin cuts of 6, 9 and 12 months; PP 53/2010 Ps7(3)b: KP delayed 1 year */
	assert_int_equal(get(p, "disiplin.jenis.potong_tukin_6.bulan"), 6);
	assert_int_equal(get(p, "disiplin.jenis.potong_tukin_9.bulan"), 9);
	assert_int_equal(get(p, "disiplin.jenis.tunda_kp.bulan"), 12);
	/* PP 49/2018 and Perpres 38/2020: PPPK in JF and JPT madya, not in administrator posts */
	assert_int_equal(get(p, "jabatan.fungsional_keahlian.pppk"), 1);
	assert_int_equal(get(p, "jabatan.jpt_madya.pppk"), 1);
	assert_int_equal(get(p, "jabatan.administrator.pppk"), 0);
	int64_t v;
	assert_int_equal(karier_policy_get(&v, p, "pendidikan.s2.golongan_awal"), KARIER_ENOTFOUND); /* no rule read it */
	/* PP 99/2000 Ps18: S1 from at most II/d to III/a */
	assert_int_equal(get(p, "ijazah.s1.golongan_maksimum"), KARIER_GOL_IID);
	assert_int_equal(get(p, "ijazah.s1.golongan_baru"), KARIER_GOL_IIIA);
	/* PP 11/2017 Ps239 */
	assert_int_equal(get(p, "bup.fungsional.ahli_utama"), 65);
	assert_int_equal(get(p, "bup.administrasi"), 58);
	assert_int_equal(get(p, "pelatihan.jp_minimum_pns"), 20);
	assert_int_equal(get(p, "pelatihan.jp_maksimum_pppk"), 24);
	assert_int_equal(get(p, "talenta.kotak.atas_tinggi"), 9);
	assert_int_equal(get(p, "talenta.kotak.bawah_tinggi"), 6);
	assert_int_equal(karier_policy_get_text(buf, sizeof buf, p, "jpm.kategori_atas_min"), 5);
	assert_string_equal(buf, "90.00");
	karier_policy_get_text(buf, sizeof buf, p, "jenjang.pemula.koefisien");
	assert_string_equal(buf, "3.75");
	karier_policy_get_text(buf, sizeof buf, p, "jabatan.pengawas.pelatihan");
	assert_string_equal(buf, "PKP");
	karier_policy_get_text(buf, sizeof buf, p, "jabatan.jpt_utama.golongan_minimum");
	assert_string_equal(buf, "");
	karier_policy_get_text(buf, sizeof buf, p, "jpm.batasi_ke_standar");
	assert_string_equal(buf, "false");
}

static void setters_validate_and_leave_value_on_failure(void **state)
{
	karier_policy *p = *state;
	assert_ok(karier_policy_set_text(p, "pendidikan.s1.plafon_reguler", "3c"));
	assert_int_equal(get(p, "pendidikan.s1.plafon_reguler"), KARIER_GOL_IIIC);
	assert_int_equal(karier_policy_is_default(p, "pendidikan.s1.plafon_reguler"), 0);
	assert_fails(karier_policy_set_text(p, "pendidikan.s1.plafon_reguler", "III/x"), KARIER_ENOTFOUND,
	             "pendidikan.s1.plafon_reguler");
	/* a wrapped message keeps the inner one intact */
	static const char want[] =
		"pendidikan.s1.plafon_reguler: golongan: \"III/x\" is not a known code (expected one of: I/a, I/b";
	assert_true(strncmp(karier_last_error(), want, strlen(want)) == 0);
	assert_fails(karier_policy_set(p, "pendidikan.s1.plafon_reguler", 18), KARIER_ERANGE, "0..17");
	assert_int_equal(get(p, "pendidikan.s1.plafon_reguler"), KARIER_GOL_IIIC);
	assert_fails(karier_policy_set(p, "kp.reguler.masa_golongan_tahun", -1), KARIER_ERANGE, "kp.reguler.masa_golongan_tahun");
	assert_fails(karier_policy_set(p, "kp.reguler.tidak_ada", 1), KARIER_ENOTFOUND, "kp.reguler.tidak_ada");
	assert_ok(karier_policy_set_text(p, "jpm.kategori_atas_min", "85.5"));
	assert_int_equal(get(p, "jpm.kategori_atas_min"), 8550);
	assert_fails(karier_policy_set_text(p, "jpm.kategori_atas_min", "85.555"), KARIER_EPARSE, "two decimals");
	assert_fails(karier_policy_set_text(p, "jpm.batasi_ke_standar", "ya"), KARIER_EPARSE, "true or false");
	assert_fails(karier_policy_set_text(p, "bup.jpt", "60 tahun"), KARIER_EPARSE, "whole number");
	assert_int_equal(get(p, "jpm.kategori_atas_min"), 8550);
	assert_fails(karier_policy_get(NULL, p, "bup.jpt"), KARIER_EINVAL, "out is NULL");
	assert_fails(karier_policy_set(NULL, "bup.jpt", 60), KARIER_EINVAL, "policy is NULL");
}

static void copy_is_independent(void **state)
{
	karier_policy *p = *state, *q = NULL;
	assert_ok(karier_policy_copy(&q, p));
	assert_ok(karier_policy_set(q, "bup.jpt", 62));
	assert_ok(karier_policy_period_set(q, 20270101, 0x208));
	assert_int_equal(get(p, "bup.jpt"), 60);
	assert_int_equal(karier_policy_period_count(p), 4);
	assert_int_equal(karier_policy_period_count(q), 5);
	karier_policy_free(q);
	karier_policy_free(NULL);
}

static int32_t next(const karier_policy *p, int32_t d)
{
	int32_t out = 0;
	assert_ok(karier_policy_period_next(&out, p, d));
	return out;
}

static void period_calendar_regimes(void **state)
{
	karier_policy *p = *state;
	/* PP 12/2002: April and October until the end of 2023 */
	assert_int_equal(next(p, 20230510), 20231001);
	assert_int_equal(next(p, 20230401), 20230401);
	assert_int_equal(next(p, 20230402), 20231001);
	/* Peraturan BKN 4/2023 from 2024: February, April, ..., December */
	assert_int_equal(next(p, 20231115), 20240201);
	assert_int_equal(next(p, 20240202), 20240401);
	assert_int_equal(next(p, 20250802), 20251001);
	/* Peraturan BKN 4/2025 from 1 October 2025: every month */
	assert_int_equal(next(p, 20251001), 20251001);
	assert_int_equal(next(p, 20251002), 20251101);
	assert_int_equal(next(p, 20261122), 20261201);
	/* PP 99/2000 Ps4 quarterly before PP 12/2002 took effect */
	assert_int_equal(next(p, 20020102), 20020401);
	assert_int_equal(next(p, 20020501), 20021001);
	/* before the first regime, the first regime applies */
	assert_int_equal(next(p, 19950215), 19950401);

	int32_t from, mask;
	const char *cite;
	assert_ok(karier_policy_period_get(&from, &mask, &cite, p, 3));
	assert_int_equal(from, 20251001);
	assert_int_equal(mask, 0xFFF);
	assert_non_null(strstr(cite, "Peraturan BKN 4/2025"));

	/* a regional what-if: back to April and October from 2027 */
	assert_ok(karier_policy_period_set(p, 20270101, (1 << 3) | (1 << 9)));
	assert_int_equal(next(p, 20261215), 20270401);
	assert_ok(karier_policy_period_get(NULL, NULL, &cite, p, 4));
	assert_string_equal(cite, "policy");
	assert_fails(karier_policy_period_set(p, 20270101, 0), KARIER_ERANGE, "at least one month");
	assert_fails(karier_policy_period_set(p, 20270230, 1), KARIER_ERANGE, "period.from");
	assert_ok(karier_policy_period_remove(p, 20270101));
	assert_int_equal(next(p, 20261215), 20270101);
	assert_fails(karier_policy_period_remove(p, 20270101), KARIER_ENOTFOUND, "20270101");
	for (int i = 0; i < 3; i++) {
		assert_ok(karier_policy_period_get(&from, NULL, NULL, p, 0));
		assert_ok(karier_policy_period_remove(p, from));
	}
	assert_fails(karier_policy_period_remove(p, 20251001), KARIER_EINVAL, "last regime");
	for (int32_t i = 1; karier_policy_period_count(p) < KARIER_POLICY_MAX_PERIODS; i++)
		assert_ok(karier_policy_period_set(p, 20300101 + i * 10000, 1));
	assert_fails(karier_policy_period_set(p, 20290101, 1), KARIER_ELIMIT, "at most");
}

static int32_t from_score(const karier_policy *p, int32_t year, int32_t score)
{
	int32_t out = 0;
	assert_ok(karier_policy_predikat_from_score(&out, p, year, score));
	return out;
}

static void legacy_scores(void **state)
{
	const karier_policy *p = *state;
	/* PP 46/2011 (years up to 2020): SB >= 91, B 76-90, C 61-75, K 51-60 */
	assert_int_equal(from_score(p, 2019, 9100), KARIER_PREDIKAT_SANGAT_BAIK);
	assert_int_equal(from_score(p, 2019, 9099), KARIER_PREDIKAT_BAIK);
	assert_int_equal(from_score(p, 2020, 7600), KARIER_PREDIKAT_BAIK);
	assert_int_equal(from_score(p, 2020, 7599), KARIER_PREDIKAT_BUTUH_PERBAIKAN);
	assert_int_equal(from_score(p, 2015, 5100), KARIER_PREDIKAT_KURANG);
	assert_int_equal(from_score(p, 2015, 5000), KARIER_PREDIKAT_SANGAT_KURANG);
	/* PP 30/2019 Ps41 (from 2021): SB 110-120, B 90-120, C 70-<90, K 50-<70 */
	assert_int_equal(from_score(p, 2021, 11000), KARIER_PREDIKAT_SANGAT_BAIK);
	assert_int_equal(from_score(p, 2021, 10999), KARIER_PREDIKAT_BAIK);
	assert_int_equal(from_score(p, 2021, 9100), KARIER_PREDIKAT_BAIK);
	assert_int_equal(from_score(p, 2021, 6999), KARIER_PREDIKAT_KURANG);
	assert_int_equal(from_score(p, 2021, 4999), KARIER_PREDIKAT_SANGAT_KURANG);
	int32_t out;
	assert_fails(karier_policy_predikat_from_score(&out, p, 2021, -1), KARIER_ERANGE, "negative");
	assert_fails(karier_policy_predikat_from_score(&out, p, 1980, 9000), KARIER_ERANGE, "tahun");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(every_setting_names_its_source, setup, teardown),
		cmocka_unit_test_setup_teardown(national_defaults, setup, teardown),
		cmocka_unit_test_setup_teardown(setters_validate_and_leave_value_on_failure, setup, teardown),
		cmocka_unit_test_setup_teardown(copy_is_independent, setup, teardown),
		cmocka_unit_test_setup_teardown(period_calendar_regimes, setup, teardown),
		cmocka_unit_test_setup_teardown(legacy_scores, setup, teardown),
	};
	return cmocka_run_group_tests_name("policy", tests, NULL, NULL);
}
