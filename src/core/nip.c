/* nip.c - NIP and NI PPPK validation. SPDX-License-Identifier: MIT */
#include <string.h>

#include "internal.h"

int kr_nip_digits(char digits[KARIER_NIP_SIZE], const char *text, const char **bad)
{
	/* the usual spelling first, 18 digits and the end, copied whole (the scan stops at the end: a NUL
	 * is no digit); anything else, spaces among the digits or a mistake, the general way below */
	int i = 0;
	while (i < 18 && (unsigned char)(text[i] - '0') <= 9)
		i++;
	if (i == 18 && text[18] == '\0') {
		memcpy(digits, text, 19);
		return 18;
	}
	int n = 0;
	for (const char *p = text; *p; p++) {
		if (*p == ' ')
			continue;
		if (*p < '0' || *p > '9') {
			if (bad)
				*bad = p;
			return -1;
		}
		if (n == 18)
			return 19;
		digits[n++] = *p;
	}
	digits[n] = '\0';
	return n;
}

uint64_t kr_nip_number(const char *digits)
{
	uint64_t v = 0;
	for (int i = 0; i < 18; i++) /* a fixed count: unrolled, no test of each byte for the end */
		v = v * 10 + (uint64_t)(digits[i] - '0');
	return v;
}

/* Collect exactly 18 digits, skipping spaces, or say what is wrong. */
static int collect(char digits[KARIER_NIP_SIZE], const char *text, const char *what)
{
	const char *p = NULL;
	int n = kr_nip_digits(digits, text, &p);
	if (n < 0)
		return kr_fail(KARIER_EPARSE, "%s \"%.40s\": character '%c' at position %d is not a digit", what, text,
		               *p >= 0x20 && *p < 0x7F ? *p : '?', (int)(p - text) + 1);
	if (n > 18)
		return kr_fail(KARIER_EPARSE, "%s \"%.40s\": more than 18 digits", what, text);
	if (n != 18)
		return kr_fail(KARIER_EPARSE, "%s \"%.40s\": %d digits, expected 18", what, text, n);
	return KARIER_OK;
}

static int32_t num(const char *d, int from, int len)
{
	int32_t v = 0;
	for (int i = from; i < from + len; i++)
		v = v * 10 + (d[i] - '0');
	return v;
}

/* Shared checks: birth date, appointment not before the minimum age, sex, serial. */
static int check_common(const char *d, int32_t *birth, int32_t tmt, const char *what, const char *text,
                        const karier_policy *policy, int32_t *sex, int32_t *serial)
{
	*birth = num(d, 0, 8);
	if (!kr_ymd_valid(*birth))
		return kr_fail(KARIER_ERANGE, "%s \"%.40s\": digits 1-8 (%.8s) are not a valid birth date", what, text, d);
	const karier_policy *pol = kr_policy_or_default(policy);
	int32_t min_age = (int32_t)kr_pol(pol, KR_NIP_USIA_MIN);
	int32_t earliest = kr_add_months(KR_Y(*birth) * 10000 + KR_M(*birth) * 100 + 1, min_age * 12);
	if (tmt < earliest || earliest == 0)
		return kr_fail(KARIER_ERANGE, "%s \"%.40s\": appointment %04d-%02d is before age %d (born %04d-%02d-%02d)", what,
		               text, KR_Y(tmt), KR_M(tmt), min_age, KR_Y(*birth), KR_M(*birth), KR_D(*birth));
	*sex = d[14] - '0';
	if (*sex != 1 && *sex != 2)
		return kr_fail(KARIER_ERANGE, "%s \"%.40s\": digit 15 is %c, expected 1 or 2", what, text, d[14]);
	*serial = num(d, 15, 3);
	if (*serial == 0)
		return kr_fail(KARIER_ERANGE, "%s \"%.40s\": serial (digits 16-18) is 000, expected 001-999", what, text);
	return KARIER_OK;
}

int karier_nip_parse(char *out_digits, int32_t *out_birth, int32_t *out_tmt, int32_t *out_sex, int32_t *out_serial,
                     const char *text, const karier_policy *policy)
{
	if (!text)
		return kr_null("karier_nip_parse", "text");
	char d[KARIER_NIP_SIZE];
	int rc = collect(d, text, "nip");
	if (rc)
		return rc;
	int32_t y = num(d, 8, 4), m = num(d, 12, 2);
	if (y < KARIER_DATE_MIN_YEAR || y > KARIER_DATE_MAX_YEAR || m < 1 || m > 12)
		return kr_fail(KARIER_ERANGE, "nip \"%.40s\": digits 9-14 (%.6s) are not a TMT CPNS month YYYYMM", text, d + 8);
	int32_t tmt = y * 10000 + m * 100 + 1, birth, sex, serial;
	rc = check_common(d, &birth, tmt, "nip", text, policy, &sex, &serial);
	if (rc)
		return rc;
	if (out_digits)
		memcpy(out_digits, d, KARIER_NIP_SIZE);
	if (out_birth)
		*out_birth = birth;
	if (out_tmt)
		*out_tmt = tmt;
	if (out_sex)
		*out_sex = sex;
	if (out_serial)
		*out_serial = serial;
	return KARIER_OK;
}

int karier_nipppk_parse(char *out_digits, int32_t *out_birth, int32_t *out_year, int32_t *out_code, int32_t *out_sex,
                        int32_t *out_serial, const char *text, const karier_policy *policy)
{
	if (!text)
		return kr_null("karier_nipppk_parse", "text");
	char d[KARIER_NIP_SIZE];
	int rc = collect(d, text, "ni_pppk");
	if (rc)
		return rc;
	int32_t y = num(d, 8, 4);
	if (y < KARIER_DATE_MIN_YEAR || y > KARIER_DATE_MAX_YEAR)
		return kr_fail(KARIER_ERANGE, "ni_pppk \"%.40s\": digits 9-12 (%.4s) are not a year of appointment", text, d + 8);
	int32_t birth, sex, serial;
	/* Only the year is known: the appointment may be as late as December. */
	rc = check_common(d, &birth, y * 10000 + 1201, "ni_pppk", text, policy, &sex, &serial);
	if (rc)
		return rc;
	if (out_digits)
		memcpy(out_digits, d, KARIER_NIP_SIZE);
	if (out_birth)
		*out_birth = birth;
	if (out_year)
		*out_year = y;
	if (out_code)
		*out_code = num(d, 12, 2);
	if (out_sex)
		*out_sex = sex;
	if (out_serial)
		*out_serial = serial;
	return KARIER_OK;
}
