/* test_date.c - calendar dates. SPDX-License-Identifier: MIT */
#include "support/test.h"

static void parse_accepted_forms(void **state)
{
	(void)state;
	int32_t d = 0;
	assert_ok(karier_date_parse(&d, "2024-02-29"));
	assert_int_equal(d, 20240229);
	assert_ok(karier_date_parse(&d, "29-02-2024")); /* Indonesian export, day first */
	assert_int_equal(d, 20240229);
	assert_ok(karier_date_parse(&d, "29/02/2024"));
	assert_int_equal(d, 20240229);
	assert_ok(karier_date_parse(&d, "1/2/2024"));
	assert_int_equal(d, 20240201);
	assert_ok(karier_date_parse_month(&d, "1989-03"));
	assert_int_equal(d, 19890301);
	assert_ok(karier_date_parse_month(&d, "1989-03-17"));
	assert_int_equal(d, 19890301);
}

static void parse_rejects_impossible_and_malformed(void **state)
{
	(void)state;
	int32_t d = 77;
	/* 2024 is a leap year: February has 29 days, so the 31st does not exist */
	assert_fails(karier_date_parse(&d, "31-02-2024"), KARIER_ERANGE, "31-02-2024");
	assert_non_null(strstr(karier_last_error(), "29 days"));
	assert_fails(karier_date_parse(&d, "2023-02-29"), KARIER_ERANGE, "28 days");
	assert_fails(karier_date_parse(&d, "2024-13-01"), KARIER_ERANGE, "month 13");
	assert_fails(karier_date_parse(&d, "1899-12-31"), KARIER_ERANGE, "year 1899");
	assert_fails(karier_date_parse(&d, "2024/01/01"), KARIER_EPARSE, "2024/01/01");
	assert_fails(karier_date_parse(&d, "20240101"), KARIER_EPARSE, "expected YYYY-MM-DD");
	assert_fails(karier_date_parse(&d, ""), KARIER_EPARSE, "date");
	assert_fails(karier_date_parse(&d, " 2024-01-01"), KARIER_EPARSE, "date");
	assert_fails(karier_date_parse(&d, "2024-01-01x"), KARIER_EPARSE, "date");
	assert_fails(karier_date_parse(&d, "2024-1-01"), KARIER_EPARSE, "date");
	assert_fails(karier_date_parse(&d, "01-02-24"), KARIER_EPARSE, "date");
	assert_fails(karier_date_parse(&d, "1-2/2024"), KARIER_EPARSE, "date");
	assert_fails(karier_date_parse(&d, NULL), KARIER_EINVAL, "text is NULL");
	assert_fails(karier_date_parse(NULL, "2024-01-01"), KARIER_EINVAL, "out is NULL");
	assert_int_equal(d, 77); /* untouched by every failure */
}

static void validity_and_make(void **state)
{
	(void)state;
	assert_true(karier_date_is_valid(20000229));  /* divisible by 400: leap */
	assert_false(karier_date_is_valid(21000229)); /* divisible by 100: not leap */
	assert_false(karier_date_is_valid(20240000));
	assert_false(karier_date_is_valid(0));
	int32_t d;
	assert_ok(karier_date_make(&d, 2026, 4, 1));
	assert_int_equal(d, 20260401);
	assert_fails(karier_date_make(&d, 2026, 4, 31), KARIER_ERANGE, "day: 31");
	assert_fails(karier_date_make(&d, 2026, 0, 1), KARIER_ERANGE, "month: 0");
}

static void format(void **state)
{
	(void)state;
	char buf[16];
	assert_int_equal(karier_date_format(buf, sizeof buf, 20260401), 10);
	assert_string_equal(buf, "2026-04-01");
	char small[5];
	assert_int_equal(karier_date_format(small, sizeof small, 19890301), 10); /* snprintf rules */
	assert_string_equal(small, "1989");
	assert_int_equal(karier_date_format(NULL, 0, 19890301), 10);
	assert_int_equal(karier_date_format(buf, sizeof buf, 20240230), KARIER_ERANGE);
}

static void day_numbers(void **state)
{
	(void)state;
	int32_t n, d;
	assert_ok(karier_date_to_days(&n, 19700101));
	assert_int_equal(n, 0);
	assert_ok(karier_date_to_days(&n, 20000301));
	assert_int_equal(n, 11017);
	assert_ok(karier_date_to_days(&n, 20260401));
	assert_int_equal(n, 20544);
	assert_ok(karier_date_from_days(&d, 20544));
	assert_int_equal(d, 20260401);
	assert_ok(karier_date_from_days(&d, -1));
	assert_int_equal(d, 19691231);
	/* every day of the range round-trips */
	int32_t lo, hi;
	assert_ok(karier_date_to_days(&lo, 19000101));
	assert_ok(karier_date_to_days(&hi, 21991231));
	for (int32_t i = lo; i <= hi; i++) {
		assert_ok(karier_date_from_days(&d, i));
		assert_ok(karier_date_to_days(&n, d));
		assert_int_equal(n, i);
	}
	assert_int_equal(karier_date_from_days(&d, hi + 1), KARIER_ERANGE);
}

static void add_clamps_to_month_end(void **state)
{
	(void)state;
	int32_t d;
	assert_ok(karier_date_add(&d, 20240229, 1, 0, 0));
	assert_int_equal(d, 20250228);
	assert_ok(karier_date_add(&d, 20250131, 0, 1, 0));
	assert_int_equal(d, 20250228);
	assert_ok(karier_date_add(&d, 20240101, 0, 0, -1));
	assert_int_equal(d, 20231231);
	assert_ok(karier_date_add(&d, 20251001, 0, -1, 0));
	assert_int_equal(d, 20250901);
	assert_ok(karier_date_add(&d, 20210401, 4, 0, 0)); /* 4 years in golongan */
	assert_int_equal(d, 20250401);
	assert_fails(karier_date_add(&d, 21991201, 0, 1, 0), KARIER_ERANGE, "outside");
	assert_fails(karier_date_add(&d, 20240230, 0, 1, 0), KARIER_ERANGE, "20240230");
}

static void diff_counts_like_masa_kerja(void **state)
{
	(void)state;
	int32_t y, m, d;
	/* one day short of four years */
	assert_ok(karier_date_diff(&y, &m, &d, 20200401, 20240331));
	assert_int_equal(y, 3);
	assert_int_equal(m, 11);
	assert_int_equal(d, 30);
	assert_ok(karier_date_diff(&y, &m, &d, 20200401, 20240401));
	assert_int_equal(y, 4);
	assert_int_equal(m, 0);
	assert_int_equal(d, 0);
	assert_ok(karier_date_diff(&y, &m, &d, 20250131, 20250228));
	assert_int_equal(m, 1);
	assert_int_equal(d, 0);
	assert_ok(karier_date_diff(NULL, NULL, &d, 20240101, 20240101));
	assert_int_equal(d, 0);
	assert_fails(karier_date_diff(&y, &m, &d, 20240102, 20240101), KARIER_ERANGE, "before");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_accepted_forms),
		cmocka_unit_test(parse_rejects_impossible_and_malformed),
		cmocka_unit_test(validity_and_make),
		cmocka_unit_test(format),
		cmocka_unit_test(day_numbers),
		cmocka_unit_test(add_clamps_to_month_end),
		cmocka_unit_test(diff_counts_like_masa_kerja),
	};
	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
