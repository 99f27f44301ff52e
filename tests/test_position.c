/* test_position.c - jabatan handles. SPDX-License-Identifier: MIT */
#include "support/test.h"

static void create_and_read(void **state)
{
	(void)state;
	karier_position *p = NULL;
	assert_ok(karier_position_new(&p, "JF-ASN-MUDA", "Analis SDM Aparatur Ahli Muda", KARIER_JAB_FUNGSIONAL_KEAHLIAN,
	                              KARIER_JENJANG_AHLI_MUDA));
	assert_string_equal(karier_position_code(p), "JF-ASN-MUDA");
	assert_string_equal(karier_position_name(p), "Analis SDM Aparatur Ahli Muda");
	assert_int_equal(karier_position_jabatan(p), KARIER_JAB_FUNGSIONAL_KEAHLIAN);
	assert_int_equal(karier_position_jenjang(p), KARIER_JENJANG_AHLI_MUDA);
	karier_position_free(p);
	karier_position_free(NULL);
	assert_string_equal(karier_position_code(NULL), "");
	assert_int_equal(karier_position_jabatan(NULL), 0);
}

static void bad_arguments(void **state)
{
	(void)state;
	karier_position *p = (karier_position *)(uintptr_t)1; /* must stay untouched */
	assert_fails(karier_position_new(&p, "X", "X", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_TERAMPIL), KARIER_EINVAL, "jenjang");
	assert_fails(karier_position_new(&p, "X", "X", KARIER_JAB_FUNGSIONAL_KETERAMPILAN, KARIER_JENJANG_NONE), KARIER_EINVAL, "jenjang");
	assert_fails(karier_position_new(&p, "X", "X", KARIER_JAB_PELAKSANA, KARIER_JENJANG_AHLI_MUDA), KARIER_EINVAL, "takes no jenjang");
	assert_fails(karier_position_new(&p, "X", "X", 42, 0), KARIER_EINVAL, "jenis: 42");
	assert_fails(karier_position_new(&p, "", "X", KARIER_JAB_PELAKSANA, 0), KARIER_ERANGE, "kode: must not be empty");
	assert_fails(karier_position_new(&p, "0123456789012345678901234567890123", "X", KARIER_JAB_PELAKSANA, 0), KARIER_ERANGE, "longer than 31");
	assert_fails(karier_position_new(&p, "X", "Bad \xff name", KARIER_JAB_PELAKSANA, 0), KARIER_ERANGE, "UTF-8");
	assert_fails(karier_position_new(&p, "X\tY", "X", KARIER_JAB_PELAKSANA, 0), KARIER_ERANGE, "control character 0x09 at byte 1");
	assert_fails(karier_position_new(&p, "X", "Seksi\x7f", KARIER_JAB_PELAKSANA, 0), KARIER_ERANGE, "control character 0x7f at byte 5");
	/* the edges of printable ASCII: 0x1F is a control character, 0x20 and 0x7E are text */
	assert_fails(karier_position_new(&p, "X", "Seksi\x1f", KARIER_JAB_PELAKSANA, 0), KARIER_ERANGE, "control character 0x1f at byte 5");
	assert_ok(karier_position_new(&p, " ~", "Seksi ~", KARIER_JAB_PELAKSANA, 0));
	assert_string_equal(karier_position_code(p), " ~");
	karier_position_free(p);
	/* a text both too long and with a control character says it is too long, with its whole length */
	assert_fails(karier_position_new(&p, "X\tY3456789012345678901234567890123", "X", KARIER_JAB_PELAKSANA, 0), KARIER_ERANGE,
	             "is 34 bytes, longer than 31");
	assert_ok(karier_position_new(&p, "X", "Kepala Seksi Pelayanan Publik dan Pengaduan Masyarakat \xc3\xa9", KARIER_JAB_PELAKSANA, 0));
	assert_string_equal(karier_position_name(p), "Kepala Seksi Pelayanan Publik dan Pengaduan Masyarakat \xc3\xa9");
	karier_position_free(p);
	p = (karier_position *)(uintptr_t)1; /* failed calls leave it as it was */
	assert_fails(karier_position_new(&p, NULL, "X", KARIER_JAB_PELAKSANA, 0), KARIER_EINVAL, "code is NULL");
	assert_fails(karier_position_new(NULL, "X", "X", KARIER_JAB_PELAKSANA, 0), KARIER_EINVAL, "out is NULL");
	assert_ptr_equal(p, (karier_position *)(uintptr_t)1);
}

static void requirements_override_policy(void **state)
{
	(void)state;
	karier_position *p = NULL;
	int64_t v = -1;
	assert_ok(karier_position_new(&p, "KABID", "Kepala Bidang Mutasi", KARIER_JAB_ADMINISTRATOR, 0));
	assert_fails(karier_position_requirement(&v, p, KARIER_REQ_MIN_GOLONGAN), KARIER_ENOTFOUND, "not set");
	assert_ok(karier_position_set_requirement(p, KARIER_REQ_MIN_GOLONGAN, KARIER_GOL_IIID));
	assert_ok(karier_position_requirement(&v, p, KARIER_REQ_MIN_GOLONGAN));
	assert_int_equal(v, KARIER_GOL_IIID);
	assert_ok(karier_position_set_requirement(p, KARIER_REQ_BUP, 60));
	assert_fails(karier_position_set_requirement(p, KARIER_REQ_BUP, 100), KARIER_ERANGE, "bup: 100");
	assert_ok(karier_position_requirement(&v, p, KARIER_REQ_BUP));
	assert_int_equal(v, 60);
	assert_fails(karier_position_set_requirement(p, KARIER_REQ_MAX_USIA, 10), KARIER_ERANGE, "usia_maksimum");
	assert_fails(karier_position_set_requirement(p, 99, 1), KARIER_EINVAL, "karier_requirement");
	assert_ok(karier_position_set_requirement(p, KARIER_REQ_MIN_GOLONGAN, 0)); /* explicitly no minimum */
	assert_ok(karier_position_requirement(&v, p, KARIER_REQ_MIN_GOLONGAN));
	assert_int_equal(v, 0);
	assert_ok(karier_position_clear_requirement(p, KARIER_REQ_MIN_GOLONGAN));
	assert_int_equal(karier_position_requirement(&v, p, KARIER_REQ_MIN_GOLONGAN), KARIER_ENOTFOUND);
	karier_position_free(p);
}

static void competency_standard(void **state)
{
	(void)state;
	karier_position *p = NULL, *q = NULL;
	assert_ok(karier_position_new(&p, "KASUBAG", "Kepala Subbagian Umum", KARIER_JAB_PENGAWAS, 0));
	assert_ok(karier_position_set_standard(p, "INTEGRITAS", 2));
	assert_ok(karier_position_set_standard(p, "KERJASAMA", 2));
	assert_ok(karier_position_set_standard(p, "INTEGRITAS", 3)); /* replaces, keeps the order */
	assert_int_equal(karier_position_standard_count(p), 2);
	const char *code;
	int32_t level;
	assert_ok(karier_position_standard_get(&code, &level, p, 0));
	assert_string_equal(code, "INTEGRITAS");
	assert_int_equal(level, 3);
	assert_fails(karier_position_set_standard(p, "KOMUNIKASI", 6), KARIER_ERANGE, "KOMUNIKASI");
	assert_fails(karier_position_standard_get(&code, &level, p, 2), KARIER_ENOTFOUND, "index 2");
	assert_ok(karier_position_copy(&q, p));
	assert_ok(karier_position_remove_standard(p, "INTEGRITAS"));
	assert_fails(karier_position_remove_standard(p, "INTEGRITAS"), KARIER_ENOTFOUND, "INTEGRITAS");
	assert_int_equal(karier_position_standard_count(p), 1);
	assert_int_equal(karier_position_standard_count(q), 2); /* the copy is deep */
	char c[24];
	for (int i = karier_position_standard_count(p); i < KARIER_STANDARD_MAX; i++) {
		snprintf(c, sizeof c, "TEKNIS-%02d", i);
		assert_ok(karier_position_set_standard(p, c, 1));
	}
	assert_fails(karier_position_set_standard(p, "ONE-MORE", 1), KARIER_ELIMIT, "64");
	karier_position_free(p);
	karier_position_free(q);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(create_and_read),
		cmocka_unit_test(bad_arguments),
		cmocka_unit_test(requirements_override_policy),
		cmocka_unit_test(competency_standard),
	};
	return cmocka_run_group_tests_name("position", tests, NULL, NULL);
}
