/* test_employee.c - employee handles and histories. SPDX-License-Identifier: MIT */
#include "support/test.h"
#include "internal.h" /* kr_employee_project, the light plans' working copy */

#define NIP "19640520 198903 1 020"

/* cmocka checks for leaks before a teardown runs, so each test makes and
 * frees its own employee. */
static karier_employee *make(void)
{
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, NIP, KARIER_STATUS_PNS, NULL));
	return e;
}

static void identity_from_nip(void **state)
{
	(void)state;
	karier_employee *e = make();
	assert_string_equal(karier_employee_nip(e), "196405201989031020");
	assert_int_equal(karier_employee_tanggal_lahir(e), 19640520);
	assert_int_equal(karier_employee_tmt_cpns(e), 19890301);
	assert_int_equal(karier_employee_status(e), KARIER_STATUS_PNS);
	assert_int_equal(karier_employee_potensi(e), -1);
	assert_int_equal(karier_employee_angka_kredit(e), -1);
	assert_int_equal(karier_employee_golongan(e), 0);
	assert_string_equal(karier_employee_nama(e), "");

	karier_employee *x = (karier_employee *)(uintptr_t)1;
	assert_fails(karier_employee_new(&x, "19640520 198903 1 02", KARIER_STATUS_PNS, NULL), KARIER_EPARSE, "17 digits");
	assert_fails(karier_employee_new(&x, NIP, 9, NULL), KARIER_EINVAL, "status: 9");
	assert_ptr_equal(x, (karier_employee *)(uintptr_t)1);
	karier_employee_free(e);
}

static void pppk_is_kept_apart(void **state)
{
	(void)state;
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, "199001152021211003", KARIER_STATUS_PPPK, NULL));
	assert_int_equal(karier_employee_tmt_cpns(e), 20210101);
	assert_fails(karier_employee_set_golongan(e, KARIER_GOL_IIIA, 20210301), KARIER_EINVAL, "PPPK has no golongan ruang");
	assert_ok(karier_employee_set_pppk_golongan(e, 9, 20210301));
	assert_int_equal(karier_employee_golongan(e), 9);
	assert_fails(karier_employee_set_pppk_golongan(e, 18, 20210301), KARIER_ERANGE, "XVII");
	assert_fails(karier_employee_set_status(e, KARIER_STATUS_PNS), KARIER_EINVAL, "NIP kinds differ");
	karier_employee_free(e);
}

static void setters_validate_and_keep_state(void **state)
{
	(void)state;
	karier_employee *e = make();
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIC, 20210401));
	/* a TMT before the TMT CPNS (1989-03-01) is refused, and nothing changes */
	assert_fails(karier_employee_set_golongan(e, KARIER_GOL_IIID, 19890201), KARIER_ERANGE, "tmt_golongan: 19890201");
	assert_fails(karier_employee_set_golongan(e, KARIER_GOL_IIID, 20240231), KARIER_ERANGE, "tmt_golongan");
	assert_fails(karier_employee_set_golongan(e, 18, 20240201), KARIER_ERANGE, "golongan: 18");
	assert_int_equal(karier_employee_golongan(e), KARIER_GOL_IIIC);
	assert_int_equal(karier_employee_tmt_golongan(e), 20210401);
	assert_fails(karier_employee_set_tmt_cpns(e, 20220101), KARIER_ERANGE, "after tmt_golongan");
	assert_fails(karier_employee_set_tanggal_lahir(e, 19900101), KARIER_ERANGE, "not before tmt_cpns");
	assert_int_equal(karier_employee_tanggal_lahir(e), 19640520);

	assert_ok(karier_employee_set_jabatan(e, "JF-PK-MUDA", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_MUDA, 20200102));
	assert_fails(karier_employee_set_jabatan(e, "PLK", KARIER_JAB_PELAKSANA, KARIER_JENJANG_AHLI_MUDA, 20200102), KARIER_EINVAL, "jenjang");
	assert_string_equal(karier_employee_jabatan_code(e), "JF-PK-MUDA");
	assert_int_equal(karier_employee_jenjang(e), KARIER_JENJANG_AHLI_MUDA);

	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_S1));
	assert_fails(karier_employee_set_pendidikan_baru(e, KARIER_PEND_D4), KARIER_ERANGE, "does not rank above");
	assert_ok(karier_employee_set_pendidikan_baru(e, KARIER_PEND_S2));
	assert_fails(karier_employee_set_pendidikan(e, KARIER_PEND_S3), KARIER_ERANGE, "pendidikan_baru");
	assert_fails(karier_employee_set_pendidikan(e, 0), KARIER_ERANGE, "pendidikan: 0");
	assert_int_equal(karier_employee_pendidikan(e), KARIER_PEND_S1);

	assert_ok(karier_employee_set_potensi(e, 7725));
	assert_fails(karier_employee_set_potensi(e, 10001), KARIER_ERANGE, "potensi: 10001");
	assert_int_equal(karier_employee_potensi(e), 7725);
	assert_ok(karier_employee_set_angka_kredit(e, 12550));
	assert_ok(karier_employee_set_ujian_dinas(e, KARIER_UJIAN_DINAS_I));
	assert_fails(karier_employee_set_ujian_dinas(e, 3), KARIER_ERANGE, "ujian_dinas");
	assert_ok(karier_employee_set_nama(e, "Siti Rahayu, S.E."));
	assert_fails(karier_employee_set_nama(e, ""), KARIER_ERANGE, "nama");
	assert_string_equal(karier_employee_nama(e), "Siti Rahayu, S.E.");
	assert_fails(karier_employee_set_nama(NULL, "x"), KARIER_EINVAL, "employee is NULL");
	karier_employee_free(e);
}

static void kinerja_history(void **state)
{
	(void)state;
	karier_employee *e = make();
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2023, KARIER_PREDIKAT_SANGAT_BAIK));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_KURANG));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BUTUH_PERBAIKAN)); /* replaces */
	assert_fails(karier_employee_set_kinerja(e, 2024, 6), KARIER_ERANGE, "tahun 2024");
	assert_fails(karier_employee_set_kinerja(e, 1989, 4), KARIER_ERANGE, "tahun: 1989");
	assert_int_equal(karier_employee_kinerja_count(e), 3);
	int32_t y, p;
	assert_ok(karier_employee_kinerja_get(&y, &p, e, 0));
	assert_int_equal(y, 2023);
	assert_ok(karier_employee_kinerja_get(&y, &p, e, 1));
	assert_int_equal(y, 2024);
	assert_int_equal(p, KARIER_PREDIKAT_BUTUH_PERBAIKAN);
	assert_int_equal(karier_employee_kinerja(e, 2025), KARIER_PREDIKAT_BAIK);
	assert_int_equal(karier_employee_kinerja(e, 2022), KARIER_PREDIKAT_NONE);
	assert_fails(karier_employee_kinerja_get(&y, &p, e, 3), KARIER_ENOTFOUND, "index 3");
	karier_employee_free(e);
}

static void other_histories_interleave(void **state)
{
	(void)state;
	karier_employee *e = make();
	/* records of every kind share one array: add them out of order */
	assert_ok(karier_employee_add_riwayat_jabatan(e, KARIER_JAB_PELAKSANA, 0, 19890301, 20100101));
	assert_ok(karier_employee_add_pelatihan(e, "PKP-2019", 20191120, 830, KARIER_PELATIHAN_PKP));
	assert_ok(karier_employee_set_kompetensi(e, "KERJASAMA", 3, 20240101));
	assert_ok(karier_employee_add_disiplin(e, KARIER_DISIPLIN_SEDANG, 20230115, 20240115));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kompetensi(e, "INTEGRITAS", 2, 20220101));
	assert_ok(karier_employee_add_pelatihan(e, "EL-ANJAB", 20250310, 20, KARIER_PELATIHAN_TEKNIS));
	assert_ok(karier_employee_add_pelatihan(e, "LATSAR", 19890901, 120, KARIER_PELATIHAN_LATSAR));
	assert_ok(karier_employee_add_riwayat_jabatan(e, KARIER_JAB_PENGAWAS, 0, 20100101, 20200102));
	/* the latest assessment counts; an older one does not replace it */
	assert_ok(karier_employee_set_kompetensi(e, "INTEGRITAS", 4, 20250101));
	assert_ok(karier_employee_set_kompetensi(e, "INTEGRITAS", 1, 20210101));
	assert_int_equal(karier_employee_kompetensi(e, "INTEGRITAS"), 4);
	assert_int_equal(karier_employee_kompetensi(e, "KOMUNIKASI"), 0);
	assert_int_equal(karier_employee_kompetensi_count(e), 2);
	const char *code;
	int32_t level, date, jp, jenis, start, end, jab, jen;
	assert_ok(karier_employee_kompetensi_get(&code, &level, &date, e, 0));
	assert_string_equal(code, "INTEGRITAS");
	assert_int_equal(date, 20250101);
	assert_int_equal(karier_employee_pelatihan_count(e), 3);
	assert_ok(karier_employee_pelatihan_get(&code, &date, &jp, &jenis, e, 0));
	assert_string_equal(code, "LATSAR");
	assert_ok(karier_employee_pelatihan_get(&code, &date, &jp, &jenis, e, 2));
	assert_string_equal(code, "EL-ANJAB");
	assert_int_equal(jp, 20);
	assert_int_equal(jenis, KARIER_PELATIHAN_TEKNIS);
	assert_int_equal(karier_employee_disiplin_count(e), 1);
	assert_ok(karier_employee_disiplin_get(&level, &start, &end, e, 0));
	assert_int_equal(level, KARIER_DISIPLIN_SEDANG);
	assert_int_equal(end, 20240115);
	assert_int_equal(karier_employee_riwayat_jabatan_count(e), 2);
	assert_ok(karier_employee_riwayat_jabatan_get(&jab, &jen, &start, &end, e, 1));
	assert_int_equal(jab, KARIER_JAB_PENGAWAS);
	assert_int_equal(start, 20100101);
	assert_int_equal(karier_employee_kinerja(e, 2024), KARIER_PREDIKAT_BAIK);

	assert_fails(karier_employee_add_disiplin(e, KARIER_DISIPLIN_BERAT, 20240101, 20240101), KARIER_ERANGE, "tmt_selesai");
	assert_fails(karier_employee_add_disiplin(e, 4, 20240101, 0), KARIER_ERANGE, "tingkat: 4");
	assert_fails(karier_employee_add_pelatihan(e, "X", 20240101, 0, 0), KARIER_ERANGE, "jp: 0");
	assert_fails(karier_employee_add_pelatihan(e, "X", 20241301, 10, 0), KARIER_ERANGE, "tanggal_selesai");
	assert_fails(karier_employee_set_kompetensi(e, "X", 0, 0), KARIER_ERANGE, "level: 0");
	assert_int_equal(karier_employee_pelatihan_count(e), 3);
	assert_int_equal(karier_employee_disiplin_count(e), 1);

	karier_employee *c = NULL;
	assert_ok(karier_employee_copy(&c, e));
	assert_ok(karier_employee_add_pelatihan(e, "NEW", 20260101, 10, 0));
	assert_int_equal(karier_employee_pelatihan_count(c), 3); /* deep copy */
	assert_int_equal(karier_employee_kompetensi(c, "INTEGRITAS"), 4);
	karier_employee_free(c);
	karier_employee_free(e);
}

static void history_limit(void **state)
{
	(void)state;
	karier_employee *e = make();
	int32_t n = 0;
	while (karier_employee_add_pelatihan(e, "E", 20240101, 1, 0) == KARIER_OK)
		n++;
	assert_int_equal(n, KARIER_HISTORY_MAX);
	assert_int_equal(karier_last_error_code(), KARIER_ELIMIT);
	assert_string_equal(karier_last_error(), "employee 196405201989031020: more than 4096 pelatihan records");
	assert_int_equal(karier_employee_pelatihan_count(e), KARIER_HISTORY_MAX);
	/* the limit is per kind, as the dataset reader's is per file */
	assert_ok(karier_employee_set_kompetensi(e, "INTEGRITAS", 3, 20240101));
	assert_int_equal(karier_employee_kompetensi(e, "INTEGRITAS"), 3);
	karier_employee_free(e);
}

/* Every text of a copy reads as the original's: a unit named like a course, a course taken twice,
 * codes that are prefixes of one another, and enough courses (300) that the copy's table of texts
 * outgrows its first size; then the copy takes new text of its own. */
static void copy_keeps_every_text(void **state)
{
	(void)state;
	karier_employee *e = make();
	assert_ok(karier_employee_set_nama(e, "Dewi Lestari"));
	assert_ok(karier_employee_set_unit_kerja(e, "EL-01"));
	assert_ok(karier_employee_set_kompetensi(e, "KOM", 2, 20240101));
	assert_ok(karier_employee_set_kompetensi(e, "KOMU", 4, 20240101));
	assert_ok(karier_employee_add_pelatihan(e, "EL-01", 20240101, 10, 0));
	assert_ok(karier_employee_add_pelatihan(e, "EL-012", 20240201, 10, 0));
	assert_ok(karier_employee_add_pelatihan(e, "EL-01", 20240301, 10, 0));
	for (int i = 0; i < 300; i++) {
		char code[16];
		snprintf(code, sizeof code, "K-%d", i);
		assert_ok(karier_employee_add_pelatihan(e, code, 20240401, 1, 0));
	}
	karier_employee *c = NULL;
	assert_ok(karier_employee_copy(&c, e));
	assert_string_equal(karier_employee_nama(c), "Dewi Lestari");
	assert_string_equal(karier_employee_unit_kerja(c), "EL-01");
	assert_int_equal(karier_employee_kompetensi(c, "KOM"), 2);
	assert_int_equal(karier_employee_kompetensi(c, "KOMU"), 4);
	assert_int_equal(karier_employee_pelatihan_count(c), 303);
	for (int32_t i = 0; i < 303; i++) {
		const char *a, *b;
		assert_ok(karier_employee_pelatihan_get(&a, NULL, NULL, NULL, e, i));
		assert_ok(karier_employee_pelatihan_get(&b, NULL, NULL, NULL, c, i));
		assert_string_equal(a, b);
	}
	assert_ok(karier_employee_set_unit_kerja(c, "Bidang Baru"));
	assert_ok(karier_employee_add_pelatihan(c, "EL-099", 20250101, 10, 0));
	assert_string_equal(karier_employee_unit_kerja(c), "Bidang Baru");
	assert_string_equal(karier_employee_unit_kerja(e), "EL-01");
	const char *last;
	assert_ok(karier_employee_pelatihan_get(&last, NULL, NULL, NULL, c, 303));
	assert_string_equal(last, "EL-099");
	assert_ok(karier_employee_pelatihan_get(&last, NULL, NULL, NULL, c, 2));
	assert_string_equal(last, "EL-01");
	karier_employee_free(c);
	karier_employee_free(e);
}

/* The working copy a light plan makes (rencana.c): the employee's fields and records, its text read
 * from the employee's own pool; records added to the copy only; new text refused, never written into
 * the pool it borrows; karier_employee_free leaves it alone. */
static void projection_borrows_the_text(void **state)
{
	(void)state;
	karier_employee *e = make();
	assert_ok(karier_employee_set_nama(e, "Dewi Lestari"));
	assert_ok(karier_employee_set_kompetensi(e, "KOM", 2, 20240101));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_add_pelatihan(e, "EL-01", 20240101, 10, 0));
	karier_employee x;
	struct kr_pool pool = {0};
	for (int round = 0; round < 2; round++) { /* the second reuses the pool's records */
		assert_ok(kr_employee_project(&x, &pool, e, 1, 0, 0)); /* no year assumed */
		assert_string_equal(karier_employee_nama(&x), "Dewi Lestari");
		assert_int_equal(karier_employee_kompetensi(&x, "KOM"), 2);
		for (int32_t y = 2025; y <= 2031; y++) /* more than the spare room: the records grow */
			assert_ok(karier_employee_set_kinerja(&x, y, KARIER_PREDIKAT_SANGAT_BAIK));
		assert_ok(karier_employee_set_golongan(&x, KARIER_GOL_IIID, 20260401));
		assert_int_equal(karier_employee_kinerja_count(&x), 8);
		assert_int_equal(karier_employee_kinerja_count(e), 1);
		assert_int_equal(karier_employee_golongan(&x), KARIER_GOL_IIID);
		assert_int_not_equal(karier_employee_golongan(e), KARIER_GOL_IIID);
		assert_fails(karier_employee_set_nama(&x, "Lain"), KARIER_EINVAL, "takes no new text");
		assert_fails(karier_employee_add_pelatihan(&x, "EL-02", 20250101, 10, 0), KARIER_EINVAL, "takes no new text");
		assert_int_equal(karier_employee_pelatihan_count(&x), 1);
		const char *code;
		assert_ok(karier_employee_pelatihan_get(&code, NULL, NULL, NULL, &x, 0));
		assert_string_equal(code, "EL-01");
		karier_employee_free(&x); /* not the caller's to free: nothing happens */
	}
	assert_string_equal(karier_employee_nama(e), "Dewi Lestari");
	kr_projection_release(&pool);
	karier_employee_free(e);
}

/* The years a plan assumes are given to the copy on the way, as karier_employee_set_kinerja gives
 * them one by one: after the recorded years, every other kind's records in place; none when the
 * first year is after the last; the setter's errors (an invalid predikat, a year past 2199), the
 * first year's first, and the employee untouched. */
static void projection_assumes_kinerja_years(void **state)
{
	(void)state;
	karier_employee *e = make();
	assert_ok(karier_employee_set_kompetensi(e, "KOM", 2, 20240101));
	assert_ok(karier_employee_set_kinerja(e, 2023, KARIER_PREDIKAT_BUTUH_PERBAIKAN));
	assert_ok(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_add_pelatihan(e, "EL-01", 20240101, 10, 0));
	karier_employee x;
	struct kr_pool pool = {0};
	assert_ok(kr_employee_project(&x, &pool, e, 2025, 2031, KARIER_PREDIKAT_SANGAT_BAIK));
	assert_int_equal(karier_employee_kinerja_count(&x), 9);
	int32_t y, pr;
	assert_ok(karier_employee_kinerja_get(&y, &pr, &x, 1));
	assert_int_equal(y, 2024);
	assert_int_equal(pr, KARIER_PREDIKAT_BAIK);
	for (int32_t i = 2; i < 9; i++) {
		assert_ok(karier_employee_kinerja_get(&y, &pr, &x, i));
		assert_int_equal(y, 2023 + i);
		assert_int_equal(pr, KARIER_PREDIKAT_SANGAT_BAIK);
	}
	assert_int_equal(karier_employee_kinerja(&x, 2031), KARIER_PREDIKAT_SANGAT_BAIK);
	assert_int_equal(karier_employee_kinerja(&x, 2032), KARIER_PREDIKAT_NONE);
	assert_int_equal(karier_employee_kompetensi(&x, "KOM"), 2);
	assert_int_equal(karier_employee_pelatihan_count(&x), 1);
	const char *code;
	assert_ok(karier_employee_pelatihan_get(&code, NULL, NULL, NULL, &x, 0));
	assert_string_equal(code, "EL-01");
	assert_ok(karier_employee_set_kinerja(&x, 2032, KARIER_PREDIKAT_KURANG)); /* the setter after them */
	assert_int_equal(karier_employee_kinerja_count(&x), 10);
	assert_int_equal(karier_employee_kinerja_count(e), 2);
	assert_ok(kr_employee_project(&x, &pool, e, 2025, 2025, KARIER_PREDIKAT_BAIK)); /* one year */
	assert_int_equal(karier_employee_kinerja_count(&x), 3);
	assert_ok(kr_employee_project(&x, &pool, e, 2026, 2025, KARIER_PREDIKAT_BAIK)); /* none */
	assert_int_equal(karier_employee_kinerja_count(&x), 2);
	assert_fails(kr_employee_project(&x, &pool, e, 2025, 2026, 0), KARIER_ERANGE, "predikat: 0 for tahun 2025");
	assert_fails(kr_employee_project(&x, &pool, e, 2025, 2026, 6), KARIER_ERANGE, "predikat: 6 for tahun 2025");
	assert_fails(kr_employee_project(&x, &pool, e, KARIER_DATE_MAX_YEAR - 1, KARIER_DATE_MAX_YEAR + 1, KARIER_PREDIKAT_BAIK),
	             KARIER_ERANGE, "tahun: 2200 is outside 1990..2199");
	assert_ok(kr_employee_project(&x, &pool, e, KARIER_DATE_MAX_YEAR - 1, KARIER_DATE_MAX_YEAR, KARIER_PREDIKAT_BAIK));
	assert_int_equal(karier_employee_kinerja(&x, KARIER_DATE_MAX_YEAR), KARIER_PREDIKAT_BAIK);
	assert_int_equal(karier_employee_kinerja_count(e), 2);
	kr_projection_release(&pool);
	karier_employee_free(e);
}

/* A code that begins another code is not that code, even when both land in the same place of the
 * copy's table of texts (kr_text_hash over a 16-place table for these five texts: the suffix is
 * searched so that they do). */
static void copy_tells_a_prefix_apart(void **state)
{
	(void)state;
	char longer[16] = "";
	for (int i = 0; i < 1000 && !longer[0]; i++) {
		char t[16];
		snprintf(t, sizeof t, "K%d", i);
		if ((kr_text_hash(t, strlen(t)) & 15) == (kr_text_hash("K", 1) & 15))
			memcpy(longer, t, sizeof t);
	}
	assert_true(longer[0]);
	karier_employee *e = make();
	assert_ok(karier_employee_add_pelatihan(e, longer, 20240101, 10, 0));
	assert_ok(karier_employee_add_pelatihan(e, "K", 20240201, 10, 0));
	karier_employee *c = NULL;
	assert_ok(karier_employee_copy(&c, e));
	const char *code;
	assert_ok(karier_employee_pelatihan_get(&code, NULL, NULL, NULL, c, 0));
	assert_string_equal(code, longer);
	assert_ok(karier_employee_pelatihan_get(&code, NULL, NULL, NULL, c, 1));
	assert_string_equal(code, "K");
	karier_employee_free(c);
	karier_employee_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(identity_from_nip),
		cmocka_unit_test(pppk_is_kept_apart),
		cmocka_unit_test(setters_validate_and_keep_state),
		cmocka_unit_test(kinerja_history),
		cmocka_unit_test(other_histories_interleave),
		cmocka_unit_test(history_limit),
		cmocka_unit_test(copy_keeps_every_text),
		cmocka_unit_test(copy_tells_a_prefix_apart),
		cmocka_unit_test(projection_borrows_the_text),
		cmocka_unit_test(projection_assumes_kinerja_years),
	};
	return cmocka_run_group_tests_name("employee", tests, NULL, NULL);
}
