/* date.c - calendar dates as YYYYMMDD. SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static bool leap(int32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int32_t kr_days_in_month(int32_t y, int32_t m)
{
	static const int8_t dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && leap(y) ? 29 : dim[m - 1];
}

bool kr_ymd_valid(int32_t ymd)
{
	int32_t y = KR_Y(ymd), m = KR_M(ymd), d = KR_D(ymd);
	if (y < KARIER_DATE_MIN_YEAR || y > KARIER_DATE_MAX_YEAR || m < 1 || m > 12 || d < 1)
		return false;
	return d <= kr_days_in_month(y, m);
}

/* Howard Hinnant's days_from_civil / civil_from_days. */
int32_t kr_days(int32_t ymd)
{
	int32_t y = KR_Y(ymd), m = KR_M(ymd), d = KR_D(ymd);
	y -= m <= 2;
	int32_t era = (y >= 0 ? y : y - 399) / 400;
	int32_t yoe = y - era * 400;
	int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int32_t kr_ymd(int32_t z)
{
	z += 719468;
	int32_t era = (z >= 0 ? z : z - 146096) / 146097;
	int32_t doe = z - era * 146097;
	int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int32_t y = yoe + era * 400;
	int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int32_t mp = (5 * doy + 2) / 153;
	int32_t d = doy - (153 * mp + 2) / 5 + 1;
	int32_t m = mp < 10 ? mp + 3 : mp - 9;
	return (y + (m <= 2)) * 10000 + m * 100 + d;
}

int32_t kr_add_months(int32_t ymd, int32_t months)
{
	/* unsigned arithmetic on the valid, positive date; the engines call this
	 * several times per employee */
	uint32_t u = (uint32_t)ymd, y0 = u / 10000, md = u - y0 * 10000, m0 = md / 100, d = md - m0 * 100;
	int64_t total = (int64_t)(y0 * 12 + m0 - 1) + months;
	if (total < (int64_t)KARIER_DATE_MIN_YEAR * 12 || total > (int64_t)KARIER_DATE_MAX_YEAR * 12 + 11)
		return 0;
	uint32_t t = (uint32_t)total, y = t / 12, m = t - y * 12 + 1;
	if (d > 28) { /* only then can the month be too short */
		uint32_t dim = (uint32_t)kr_days_in_month((int32_t)y, (int32_t)m);
		d = d > dim ? dim : d;
	}
	return (int32_t)(y * 10000 + m * 100 + d);
}

int32_t kr_months_between(int32_t a, int32_t b)
{
	int32_t months = (KR_Y(b) - KR_Y(a)) * 12 + (KR_M(b) - KR_M(a));
	/* A month is complete once the same day number is reached, or the end
	 * of a shorter month (31 Jan -> 28 Feb is one month). */
	if (months > 0) { /* a's day, clamped to b's month, not yet reached */
		int32_t da = KR_D(a), dim = kr_days_in_month(KR_Y(b), KR_M(b));
		if ((da > dim ? dim : da) > KR_D(b))
			months--;
	}
	return months;
}

int kr_check_date(const char *field, int32_t ymd)
{
	if (kr_ymd_valid(ymd))
		return KARIER_OK;
	int32_t y = KR_Y(ymd), m = KR_M(ymd), d = KR_D(ymd);
	if (y >= KARIER_DATE_MIN_YEAR && y <= KARIER_DATE_MAX_YEAR && m >= 1 && m <= 12 && d > 0)
		return kr_fail(KARIER_ERANGE, "%s: %d is not a date (%04d-%02d has %d days)", field, ymd, y,
		               m, kr_days_in_month(y, m));
	return kr_fail(KARIER_ERANGE, "%s: %d is not a date YYYYMMDD in %d..%d", field, ymd,
	               KARIER_DATE_MIN_YEAR, KARIER_DATE_MAX_YEAR);
}

int karier_date_is_valid(int32_t ymd) { return kr_ymd_valid(ymd); }

int karier_date_make(int32_t *out, int32_t year, int32_t month, int32_t day)
{
	if (!out)
		return kr_null("karier_date_make", "out");
	if (year < KARIER_DATE_MIN_YEAR || year > KARIER_DATE_MAX_YEAR)
		return kr_fail(KARIER_ERANGE, "year: %d is outside %d..%d", year, KARIER_DATE_MIN_YEAR,
		               KARIER_DATE_MAX_YEAR);
	if (month < 1 || month > 12)
		return kr_fail(KARIER_ERANGE, "month: %d is not 1..12", month);
	if (day < 1 || day > kr_days_in_month(year, month))
		return kr_fail(KARIER_ERANGE, "day: %d is not in %04d-%02d (1..%d)", day, year, month,
		               kr_days_in_month(year, month));
	*out = year * 10000 + month * 100 + day;
	return KARIER_OK;
}

/* Read 1..maxd ASCII digits (whatever the locale says a digit is); returns the count read. */
static int digits(const char *s, int maxd, int32_t *v)
{
	int n = 0;
	*v = 0;
	while (n < maxd && (unsigned char)(s[n] - '0') <= 9)
		*v = *v * 10 + (s[n++] - '0');
	return n;
}

/* Parse the forms of karier_date_parse; day may be absent (month form). */
static int parse_date(int32_t *out, const char *text, bool month_only)
{
	const char *s = text;
	int32_t a, b, c;
	int na = digits(s, 4, &a);
	int32_t y, m, d = 1;
	if (na == 4 && s[4] == '-') { /* ISO YYYY-MM[-DD] */
		int nb = digits(s + 5, 2, &b);
		if (nb != 2)
			goto bad;
		y = a;
		m = b;
		if (s[7] == '\0' && month_only)
			goto check;
		if (s[7] != '-' || digits(s + 8, 2, &c) != 2 || s[10] != '\0')
			goto bad;
		d = c;
	} else if ((na == 1 || na == 2) && (s[na] == '-' || s[na] == '/')) { /* DD-MM-YYYY */
		char sep = s[na];
		s += na + 1;
		int nb = digits(s, 2, &b);
		if (nb < 1 || s[nb] != sep)
			goto bad;
		s += nb + 1;
		if (digits(s, 4, &c) != 4 || s[4] != '\0')
			goto bad;
		d = a;
		m = b;
		y = c;
	} else {
		goto bad;
	}
check:
	if (y < KARIER_DATE_MIN_YEAR || y > KARIER_DATE_MAX_YEAR)
		return kr_fail(KARIER_ERANGE, "date \"%s\": year %d is outside %d..%d", text, y,
		               KARIER_DATE_MIN_YEAR, KARIER_DATE_MAX_YEAR);
	if (m < 1 || m > 12)
		return kr_fail(KARIER_ERANGE, "date \"%s\": month %d is not 1..12", text, m);
	if (d < 1 || d > kr_days_in_month(y, m))
		return kr_fail(KARIER_ERANGE, "date \"%s\": day %d does not exist (%04d-%02d has %d days)",
		               text, d, y, m, kr_days_in_month(y, m));
	*out = y * 10000 + m * 100 + (month_only ? 1 : d);
	return KARIER_OK;
bad:
	return kr_fail(KARIER_EPARSE, "date \"%s\": expected YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY%s",
	               text, month_only ? " (or YYYY-MM)" : "");
}

int karier_date_parse(int32_t *out, const char *text)
{
	if (!out)
		return kr_null("karier_date_parse", "out");
	if (!text)
		return kr_null("karier_date_parse", "text");
	return parse_date(out, text, false);
}

int karier_date_parse_month(int32_t *out, const char *text)
{
	if (!out)
		return kr_null("karier_date_parse_month", "out");
	if (!text)
		return kr_null("karier_date_parse_month", "text");
	return parse_date(out, text, true);
}

int karier_date_format(char *buf, size_t size, int32_t ymd)
{
	if (!buf && size > 0)
		return kr_null("karier_date_format", "buf");
	if (!kr_ymd_valid(ymd))
		return kr_check_date("date", ymd);
	int32_t y = KR_Y(ymd), m = KR_M(ymd), d = KR_D(ymd); /* a valid year has four digits */
	char tmp[10] = {(char)('0' + y / 1000), (char)('0' + y / 100 % 10), (char)('0' + y / 10 % 10), (char)('0' + y % 10), '-',
	                (char)('0' + m / 10), (char)('0' + m % 10), '-', (char)('0' + d / 10), (char)('0' + d % 10)};
	return kr_put_out(buf, size, tmp, sizeof tmp);
}

int karier_date_to_days(int32_t *out, int32_t ymd)
{
	if (!out)
		return kr_null("karier_date_to_days", "out");
	int rc = kr_check_date("date", ymd);
	if (rc)
		return rc;
	*out = kr_days(ymd);
	return KARIER_OK;
}

int karier_date_from_days(int32_t *out, int32_t days)
{
	if (!out)
		return kr_null("karier_date_from_days", "out");
	const int32_t lo = kr_days(KARIER_DATE_MIN_YEAR * 10000 + 101), hi = kr_days(KARIER_DATE_MAX_YEAR * 10000 + 1231);
	if (days < lo || days > hi)
		return kr_fail(KARIER_ERANGE, "days: %d is outside %d..%d (1900-01-01..2199-12-31)", days, lo, hi);
	*out = kr_ymd(days);
	return KARIER_OK;
}

int karier_date_add(int32_t *out, int32_t ymd, int32_t years, int32_t months, int32_t days)
{
	if (!out)
		return kr_null("karier_date_add", "out");
	int rc = kr_check_date("date", ymd);
	if (rc)
		return rc;
	int64_t total_months = (int64_t)years * 12 + months;
	if (total_months > 12 * 400 || total_months < -12 * 400 || days > 200000 || days < -200000)
		return kr_fail(KARIER_ERANGE, "karier_date_add: %d years %d months %d days is too far", years,
		               months, days);
	int32_t r = kr_add_months(ymd, (int32_t)total_months);
	if (r == 0)
		return kr_fail(KARIER_ERANGE, "karier_date_add: result is outside %d..%d", KARIER_DATE_MIN_YEAR,
		               KARIER_DATE_MAX_YEAR);
	int32_t dn = kr_days(r) + days;
	int32_t res = 0;
	if (karier_date_from_days(&res, dn))
		return kr_fail(KARIER_ERANGE, "karier_date_add: result is outside %d..%d", KARIER_DATE_MIN_YEAR,
		               KARIER_DATE_MAX_YEAR);
	*out = res;
	return KARIER_OK;
}

int karier_date_diff(int32_t *out_years, int32_t *out_months, int32_t *out_days, int32_t from, int32_t to)
{
	int rc = kr_check_date("from", from);
	if (!rc)
		rc = kr_check_date("to", to);
	if (rc)
		return rc;
	if (to < from)
		return kr_fail(KARIER_ERANGE, "karier_date_diff: to %d is before from %d", to, from);
	int32_t months = kr_months_between(from, to);
	int32_t anchor = kr_add_months(from, months);
	if (out_years)
		*out_years = months / 12;
	if (out_months)
		*out_months = months % 12;
	if (out_days)
		*out_days = kr_days(to) - kr_days(anchor);
	return KARIER_OK;
}
