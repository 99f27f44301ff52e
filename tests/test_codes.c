/* test_codes.c - code lists. SPDX-License-Identifier: MIT */
#include "support/test.h"
#include "internal.h" /* kr_copy_text, kr_utf8_valid: the text rules every setter and reader uses */

static int32_t parse(int32_t type, const char *text)
{
	int32_t v = -99;
	int rc = karier_code_parse(&v, type, text);
	return rc == KARIER_OK ? v : rc;
}

/* kr_copy_text, which every text setter and reader goes through, against its rules spelled out
 * byte by byte: for texts of 1 to 40 bytes with one byte in any place set to a control character
 * (0x01, 0x1F, 0x7F), the edges of printable ASCII (0x20, 0x7E), a byte past ASCII alone (0x80,
 * 0xFF, an unfinished 0xC3) or a whole "é", each under a limit just below, at and above its length:
 * too long first, then the first control character by its place, then invalid UTF-8, else copied
 * whole.  (Plain ASCII is checked eight bytes at a time; each of those places lands in a word.) */
static void copy_text_rules_byte_by_byte(void **state)
{
	(void)state;
	static const unsigned char odd[] = {0x01, 0x1F, 0x7F, 0x20, 0x7E, 0x80, 0xFF, 0xC3, 0};
	int checked = 0;
	for (size_t len = 1; len <= 40; len++)
		for (size_t at = 0; at < len; at++)
			for (size_t v = 0; v < sizeof odd; v++) {
				char src[48], dst[48];
				for (size_t i = 0; i < len; i++)
					src[i] = (char)('a' + (i * 7) % 26);
				src[len] = '\0';
				size_t n = len;
				if (odd[v])
					src[at] = (char)odd[v];
				else if (at + 1 < len) { /* a whole "é": two bytes */
					src[at] = (char)0xC3;
					src[at + 1] = (char)0xA9;
				}
				for (size_t cap = n; cap <= n + 1; cap++) {
					memset(dst, '#', sizeof dst);
					int rc = kr_copy_text(dst, cap, src, "teks", false);
					size_t ctl = SIZE_MAX;
					bool high = false;
					for (size_t i = 0; i < n; i++) {
						unsigned char c = (unsigned char)src[i];
						if ((c < 0x20 || c == 0x7F) && ctl == SIZE_MAX)
							ctl = i;
						high = high || c >= 0x80;
					}
					bool bad_utf8 = high && !kr_utf8_valid(src);
					char want[96];
					if (n >= cap) {
						snprintf(want, sizeof want, "teks: \"%.40s...\" is %zu bytes, longer than %zu", src, n, cap - 1);
						assert_int_equal(rc, KARIER_ERANGE);
						assert_string_equal(karier_last_error(), want);
					} else if (ctl != SIZE_MAX) {
						snprintf(want, sizeof want, "teks: control character 0x%02x at byte %zu", (unsigned char)src[ctl], ctl);
						assert_int_equal(rc, KARIER_ERANGE);
						assert_string_equal(karier_last_error(), want);
					} else if (bad_utf8) {
						assert_int_equal(rc, KARIER_ERANGE);
						assert_non_null(strstr(karier_last_error(), "is not valid UTF-8"));
					} else {
						assert_int_equal(rc, KARIER_OK);
						assert_memory_equal(dst, src, n + 1);
						assert_int_equal(dst[n + 1], '#'); /* nothing written past the text */
						checked++;
					}
				}
			}
	assert_true(checked > 2000);
	assert_fails(kr_copy_text(NULL, 8, "", "teks", false), KARIER_ERANGE, "teks: must not be empty");
	assert_ok(kr_copy_text(NULL, 8, "", "teks", true));
	assert_ok(kr_copy_text(NULL, 8, "abcdefg", "teks", false)); /* dst NULL: checked only */
}

static void golongan_spellings(void **state)
{
	(void)state;
	/* PP 99/2000 Lampiran: III/a is the 9th golongan ruang, Penata Muda */
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, "III/a"), KARIER_GOL_IIIA);
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, "III/A"), KARIER_GOL_IIIA);
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, "3a"), KARIER_GOL_IIIA);
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, "3/a"), KARIER_GOL_IIIA);
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, " iii-a "), KARIER_GOL_IIIA);
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, "I/a"), 1);
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, "II/d"), 8);
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, "IV/e"), 17);
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, "III/e"), KARIER_ENOTFOUND); /* only IV has ruang e */
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, "V/a"), KARIER_ENOTFOUND);
	assert_int_equal(parse(KARIER_CODE_GOLONGAN, "IX"), KARIER_ENOTFOUND); /* a PPPK golongan */
	assert_fails(karier_code_parse(&(int32_t){0}, KARIER_CODE_GOLONGAN, "III/x"), KARIER_ENOTFOUND, "III/x");
	assert_non_null(strstr(karier_last_error(), "IV/e")); /* lists the accepted codes */
	assert_string_equal(karier_code_name(KARIER_CODE_GOLONGAN, KARIER_GOL_IIIA), "III/a");
	assert_string_equal(karier_code_label(KARIER_CODE_GOLONGAN, KARIER_GOL_IIIA, KARIER_LANG_ID), "Penata Muda");
	assert_string_equal(karier_code_label(KARIER_CODE_GOLONGAN, KARIER_GOL_IVE, KARIER_LANG_EN), "Pembina Utama");
	assert_null(karier_code_name(KARIER_CODE_GOLONGAN, 18));
	assert_null(karier_code_name(KARIER_CODE_GOLONGAN, 0));
	for (int32_t g = 1; g <= 17; g++) /* every name parses back to itself */
		assert_int_equal(parse(KARIER_CODE_GOLONGAN, karier_code_name(KARIER_CODE_GOLONGAN, g)), g);
}

static void pppk_golongan_is_its_own_list(void **state)
{
	(void)state;
	assert_int_equal(parse(KARIER_CODE_PPPK_GOLONGAN, "IX"), 9);
	assert_int_equal(parse(KARIER_CODE_PPPK_GOLONGAN, "xvii"), 17);
	assert_int_equal(parse(KARIER_CODE_PPPK_GOLONGAN, "14"), 14);
	assert_int_equal(parse(KARIER_CODE_PPPK_GOLONGAN, "XVIII"), KARIER_ENOTFOUND);
	assert_int_equal(parse(KARIER_CODE_PPPK_GOLONGAN, "17"), 17); /* the last of Perpres 98/2020's scale */
	assert_int_equal(parse(KARIER_CODE_PPPK_GOLONGAN, "18"), KARIER_ENOTFOUND);
	assert_int_equal(parse(KARIER_CODE_PPPK_GOLONGAN, "0"), KARIER_ENOTFOUND);
	assert_int_equal(parse(KARIER_CODE_PPPK_GOLONGAN, "III/a"), KARIER_ENOTFOUND);
	for (int32_t g = 1; g <= 17; g++)
		assert_int_equal(parse(KARIER_CODE_PPPK_GOLONGAN, karier_code_name(KARIER_CODE_PPPK_GOLONGAN, g)), g);
}

static void pendidikan_spellings_and_rank(void **state)
{
	(void)state;
	assert_int_equal(parse(KARIER_CODE_PENDIDIKAN, "S1"), KARIER_PEND_S1);
	assert_int_equal(parse(KARIER_CODE_PENDIDIKAN, "S-1"), KARIER_PEND_S1);
	assert_int_equal(parse(KARIER_CODE_PENDIDIKAN, "D4"), KARIER_PEND_D4);
	assert_int_equal(parse(KARIER_CODE_PENDIDIKAN, "D-IV"), KARIER_PEND_D4);
	assert_int_equal(parse(KARIER_CODE_PENDIDIKAN, "Sarjana Muda"), KARIER_PEND_D3);
	assert_int_equal(parse(KARIER_CODE_PENDIDIKAN, "SMA"), KARIER_PEND_SLTA);
	assert_int_equal(parse(KARIER_CODE_PENDIDIKAN, "SLTP_KEJURUAN"), KARIER_PEND_SLTP_KEJURUAN);
	assert_int_equal(parse(KARIER_CODE_PENDIDIKAN, "apoteker"), KARIER_PEND_APOTEKER);
	assert_int_equal(parse(KARIER_CODE_PENDIDIKAN, "S4"), KARIER_ENOTFOUND);
	/* every row of PP 98/2000 Ps11(4) round-trips */
	for (int32_t p = 1; p <= KARIER_PEND_COUNT; p++)
		assert_int_equal(parse(KARIER_CODE_PENDIDIKAN, karier_code_name(KARIER_CODE_PENDIDIKAN, p)), p);
	assert_int_equal(karier_pendidikan_rank(KARIER_PEND_S1), karier_pendidikan_rank(KARIER_PEND_D4));
	assert_int_equal(karier_pendidikan_rank(KARIER_PEND_DOKTER), karier_pendidikan_rank(KARIER_PEND_S2));
	assert_true(karier_pendidikan_rank(KARIER_PEND_S3) > karier_pendidikan_rank(KARIER_PEND_S2));
	assert_true(karier_pendidikan_rank(KARIER_PEND_D3) < karier_pendidikan_rank(KARIER_PEND_S1));
	assert_int_equal(karier_pendidikan_rank(99), 0);
}

static void predikat_and_matrix(void **state)
{
	(void)state;
	assert_int_equal(parse(KARIER_CODE_PREDIKAT, "Sangat Baik"), KARIER_PREDIKAT_SANGAT_BAIK);
	assert_int_equal(parse(KARIER_CODE_PREDIKAT, "sangat_baik"), KARIER_PREDIKAT_SANGAT_BAIK);
	assert_int_equal(parse(KARIER_CODE_PREDIKAT, "Butuh Perbaikan"), KARIER_PREDIKAT_BUTUH_PERBAIKAN);
	assert_int_equal(parse(KARIER_CODE_PREDIKAT, "cukup"), KARIER_PREDIKAT_BUTUH_PERBAIKAN); /* PP 30/2019 */
	assert_int_equal(parse(KARIER_CODE_PREDIKAT, "buruk"), KARIER_PREDIKAT_SANGAT_KURANG);   /* PP 46/2011 */
	/* PermenPANRB 6/2022: hasil kerja (rows) x perilaku (columns) */
	static const int32_t expect[3][3] = {
		{KARIER_PREDIKAT_SANGAT_KURANG, KARIER_PREDIKAT_BUTUH_PERBAIKAN, KARIER_PREDIKAT_BUTUH_PERBAIKAN},
		{KARIER_PREDIKAT_KURANG, KARIER_PREDIKAT_BAIK, KARIER_PREDIKAT_BAIK},
		{KARIER_PREDIKAT_KURANG, KARIER_PREDIKAT_BAIK, KARIER_PREDIKAT_SANGAT_BAIK},
	};
	for (int32_t h = 1; h <= 3; h++)
		for (int32_t p = 1; p <= 3; p++) {
			int32_t out = 0;
			assert_ok(karier_predikat_from_ratings(&out, h, p));
			assert_int_equal(out, expect[h - 1][p - 1]);
		}
	int32_t out = 0;
	assert_fails(karier_predikat_from_ratings(&out, 0, 2), KARIER_ERANGE, "hasil_kerja");
	assert_fails(karier_predikat_from_ratings(&out, 2, 4), KARIER_ERANGE, "perilaku");
}

static void jabatan_jenjang_status(void **state)
{
	(void)state;
	assert_int_equal(parse(KARIER_CODE_JABATAN, "jpt_pratama"), KARIER_JAB_JPT_PRATAMA);
	assert_int_equal(parse(KARIER_CODE_JABATAN, "JPT Pratama"), KARIER_JAB_JPT_PRATAMA);
	assert_int_equal(parse(KARIER_CODE_JABATAN, "fungsional_keahlian"), KARIER_JAB_FUNGSIONAL_KEAHLIAN);
	assert_int_equal(parse(KARIER_CODE_JENJANG, "Ahli Muda"), KARIER_JENJANG_AHLI_MUDA);
	assert_int_equal(parse(KARIER_CODE_JENJANG, "penyelia"), KARIER_JENJANG_PENYELIA);
	assert_int_equal(karier_jenjang_jabatan(KARIER_JENJANG_AHLI_UTAMA), KARIER_JAB_FUNGSIONAL_KEAHLIAN);
	assert_int_equal(karier_jenjang_jabatan(KARIER_JENJANG_PEMULA), KARIER_JAB_FUNGSIONAL_KETERAMPILAN);
	assert_int_equal(karier_jenjang_jabatan(0), KARIER_JAB_NONE);
	assert_int_equal(parse(KARIER_CODE_STATUS, "pppk"), KARIER_STATUS_PPPK);
	assert_int_equal(parse(KARIER_CODE_DISIPLIN, "Berat"), KARIER_DISIPLIN_BERAT);
	assert_int_equal(parse(KARIER_CODE_PELATIHAN, "PKN II"), KARIER_PELATIHAN_PKN_II);
	assert_int_equal(parse(KARIER_CODE_PELATIHAN, "Diklatpim III"), KARIER_PELATIHAN_PKA);
	assert_int_equal(parse(KARIER_CODE_UJIAN_DINAS, "II"), KARIER_UJIAN_DINAS_II);
	assert_int_equal(parse(KARIER_CODE_MODA, "e-learning"), KARIER_MODA_NONKLASIKAL);
	assert_int_equal(parse(KARIER_CODE_RATING, "di atas ekspektasi"), KARIER_RATING_ATAS);
	assert_string_equal(karier_code_label(KARIER_CODE_PREDIKAT, KARIER_PREDIKAT_BAIK, KARIER_LANG_EN), "Good");
	assert_fails(karier_code_parse(&(int32_t){0}, 99, "x"), KARIER_EINVAL, "karier_code_type");
	assert_fails(karier_code_parse(&(int32_t){0}, KARIER_CODE_STATUS, NULL), KARIER_EINVAL, "text is NULL");
	assert_null(karier_code_name(99, 1));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(copy_text_rules_byte_by_byte),
		cmocka_unit_test(golongan_spellings),
		cmocka_unit_test(pppk_golongan_is_its_own_list),
		cmocka_unit_test(pendidikan_spellings_and_rank),
		cmocka_unit_test(predikat_and_matrix),
		cmocka_unit_test(jabatan_jenjang_status),
	};
	return cmocka_run_group_tests_name("codes", tests, NULL, NULL);
}
