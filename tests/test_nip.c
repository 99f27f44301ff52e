/* test_nip.c - NIP and NI PPPK. SPDX-License-Identifier: MIT */
#include "support/test.h"

static void nip_splits_into_its_parts(void **state)
{
	(void)state;
	char digits[KARIER_NIP_SIZE];
	int32_t birth, tmt, sex, serial;
	/* PerKa BKN 22/2007: born 1964-05-20, TMT CPNS March 1989, male, serial 020 */
	assert_ok(karier_nip_parse(digits, &birth, &tmt, &sex, &serial, "196405201989031020", NULL));
	assert_string_equal(digits, "196405201989031020");
	assert_int_equal(birth, 19640520);
	assert_int_equal(tmt, 19890301);
	assert_int_equal(sex, 1);
	assert_int_equal(serial, 20);
	/* spaces between the groups are tolerated */
	memset(digits, 0, sizeof digits);
	assert_ok(karier_nip_parse(digits, &birth, NULL, NULL, NULL, "19640520 198903 1 020", NULL));
	assert_string_equal(digits, "196405201989031020");
	assert_ok(karier_nip_parse(NULL, NULL, NULL, &sex, NULL, "198511302010122001", NULL));
	assert_int_equal(sex, 2);
}

static void nip_rejects_each_bad_part(void **state)
{
	(void)state;
	int32_t birth = 7;
	assert_fails(karier_nip_parse(NULL, &birth, NULL, NULL, NULL, "19640520198903102", NULL), KARIER_EPARSE, "17 digits");
	assert_fails(karier_nip_parse(NULL, &birth, NULL, NULL, NULL, "1964052019890310200", NULL), KARIER_EPARSE, "more than 18");
	assert_fails(karier_nip_parse(NULL, &birth, NULL, NULL, NULL, "19640520-198903-1-020", NULL), KARIER_EPARSE, "'-' at position 9");
	assert_fails(karier_nip_parse(NULL, &birth, NULL, NULL, NULL, "196402311989031020", NULL), KARIER_ERANGE, "birth date");
	assert_fails(karier_nip_parse(NULL, &birth, NULL, NULL, NULL, "196405201989131020", NULL), KARIER_ERANGE, "TMT CPNS month");
	assert_fails(karier_nip_parse(NULL, &birth, NULL, NULL, NULL, "196405201989033020", NULL), KARIER_ERANGE, "digit 15 is 3");
	assert_fails(karier_nip_parse(NULL, &birth, NULL, NULL, NULL, "196405201989031000", NULL), KARIER_ERANGE, "serial");
	/* appointed at 17: before the default minimum age of 18 */
	assert_fails(karier_nip_parse(NULL, &birth, NULL, NULL, NULL, "199001012007011001", NULL), KARIER_ERANGE, "before age 18");
	assert_fails(karier_nip_parse(NULL, &birth, NULL, NULL, NULL, NULL, NULL), KARIER_EINVAL, "text is NULL");
	assert_int_equal(birth, 7);
}

static void nip_minimum_age_is_policy(void **state)
{
	(void)state;
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "nip.usia_minimum_tmt", 16));
	assert_ok(karier_nip_parse(NULL, NULL, NULL, NULL, NULL, "199001012007011001", p));
	/* exactly 18 at the month of appointment passes the default */
	assert_ok(karier_nip_parse(NULL, NULL, NULL, NULL, NULL, "199001012008011001", NULL));
	karier_policy_free(p);
}

static void ni_pppk(void **state)
{
	(void)state;
	char digits[KARIER_NIP_SIZE];
	int32_t birth, year, code, sex, serial;
	assert_ok(karier_nipppk_parse(digits, &birth, &year, &code, &sex, &serial, "19900115 2021 21 2 003", NULL));
	assert_string_equal(digits, "199001152021212003");
	assert_int_equal(birth, 19900115);
	assert_int_equal(year, 2021);
	assert_int_equal(code, 21);
	assert_int_equal(sex, 2);
	assert_int_equal(serial, 3);
	assert_fails(karier_nipppk_parse(NULL, NULL, NULL, NULL, NULL, NULL, "199001152021219003", NULL), KARIER_ERANGE, "digit 15");
	assert_fails(karier_nipppk_parse(NULL, NULL, NULL, NULL, NULL, NULL, "199001151899211003", NULL), KARIER_ERANGE, "year of appointment");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(nip_splits_into_its_parts),
		cmocka_unit_test(nip_rejects_each_bad_part),
		cmocka_unit_test(nip_minimum_age_is_policy),
		cmocka_unit_test(ni_pppk),
	};
	return cmocka_run_group_tests_name("nip", tests, NULL, NULL);
}
