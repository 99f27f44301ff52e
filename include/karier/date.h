/*
 * karier/date.h - calendar dates: parsing, formatting and arithmetic.
 *
 * SPDX-License-Identifier: MIT
 *
 * A date is an int32_t YYYYMMDD in the proleptic Gregorian calendar, years
 * KARIER_DATE_MIN_YEAR..KARIER_DATE_MAX_YEAR.  Month-precision values (the
 * TMT CPNS inside a NIP) are YYYYMM01.  Every function validates its date
 * arguments and fails with KARIER_ERANGE on an impossible one (20240231).
 */
#ifndef KARIER_DATE_H
#define KARIER_DATE_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define KARIER_DATE_MIN_YEAR 1900
#define KARIER_DATE_MAX_YEAR 2199

/**
 * karier_date_parse - read a date written as YYYY-MM-DD (ISO 8601), or as
 * the day-first DD-MM-YYYY or DD/MM/YYYY of Indonesian exports.  Day and
 * month may have one or two digits in the day-first forms; nothing else may
 * surround the date.
 *
 * Errors: KARIER_EINVAL (NULL), KARIER_EPARSE (not one of the forms),
 * KARIER_ERANGE (e.g. "31-02-2024": February 2024 has 29 days).
 * @since 0.1.0
 */
KARIER_API int karier_date_parse(int32_t *out, const char *text);

/**
 * karier_date_parse_month - read a month-precision date "YYYY-MM" (or a full
 * date, whose day is dropped) into YYYYMM01.
 * Errors as karier_date_parse.
 * @since 0.1.0
 */
KARIER_API int karier_date_parse_month(int32_t *out, const char *text);

/**
 * karier_date_make - build YYYYMMDD from its parts, validating them.
 * Errors: KARIER_EINVAL (NULL out), KARIER_ERANGE (impossible date).
 * @since 0.1.0
 */
KARIER_API int karier_date_make(int32_t *out, int32_t year, int32_t month, int32_t day);

/**
 * karier_date_is_valid - 1 if ymd is a real date in the supported range,
 * else 0.  Never fails.
 * @since 0.1.0
 */
KARIER_API int karier_date_is_valid(int32_t ymd);

/**
 * karier_date_format - write ymd as "YYYY-MM-DD" into buf (snprintf rules).
 * Returns 10 (the length needed) or KARIER_ERANGE for an invalid date,
 * KARIER_EINVAL for buf NULL with size > 0.
 * @since 0.1.0
 */
KARIER_API int karier_date_format(char *buf, size_t size, int32_t ymd);

/**
 * karier_date_to_days / karier_date_from_days - convert between YYYYMMDD and
 * the count of days since 1970-01-01 (negative before it).
 * Errors: KARIER_EINVAL (NULL out), KARIER_ERANGE (out of the date range).
 * @since 0.1.0
 */
KARIER_API int karier_date_to_days(int32_t *out, int32_t ymd);
/** karier_date_from_days - the inverse of karier_date_to_days. @since 0.1.0 */
KARIER_API int karier_date_from_days(int32_t *out, int32_t days);

/**
 * karier_date_add - add years and months (calendar arithmetic: the day is
 * clamped to the end of a shorter month, so 2024-02-29 + 1 year is
 * 2025-02-28 and 2025-01-31 + 1 month is 2025-02-28), then days.  Any part
 * may be negative.
 * Errors: KARIER_EINVAL (NULL out), KARIER_ERANGE (invalid ymd or a result
 * out of range).
 * @since 0.1.0
 */
KARIER_API int karier_date_add(int32_t *out, int32_t ymd, int32_t years, int32_t months,
                               int32_t days);

/**
 * karier_date_diff - the whole years, months and days from `from` to `to`
 * (to >= from), counted as a person counts age or masa kerja: 2020-04-01 to
 * 2024-03-31 is 3 years 11 months 30 days; 2020-04-01 to 2024-04-01 is
 * exactly 4 years.  Any out pointer may be NULL.
 * Errors: KARIER_ERANGE (invalid date, or to before from).
 * @since 0.1.0
 */
KARIER_API int karier_date_diff(int32_t *out_years, int32_t *out_months, int32_t *out_days,
                                int32_t from, int32_t to);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_DATE_H */
