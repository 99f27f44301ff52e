/* policy.c - settings, the period calendar and the embedded default. SPDX-License-Identifier: MIT */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

struct kr_setting {
	const char *key;
	int32_t type;
	int64_t def, min, max;
	const char *citation;
	const char *description;
};

static const struct kr_setting settings[KR_SETTING_COUNT] = {
#define KR_SET(id, key, type, def, min, max, cite, desc) {key, type, def, min, max, cite, desc},
#include "policy_settings.def"
#undef KR_SET
};

#define MONTHS(...) (0 __VA_ARGS__)
#define BIT(m) | (1 << ((m) - 1))

const struct karier_policy kr_default_policy = {
	.v = {
#define KR_SET(id, key, type, def, min, max, cite, desc) def,
#include "policy_settings.def"
#undef KR_SET
	},
	.n_periods = 4,
	.periods = {
		{20001110, MONTHS(BIT(1) BIT(4) BIT(7) BIT(10)), "PP 99/2000 Ps4 (TEXT)"},
		{20020417, MONTHS(BIT(4) BIT(10)), "PP 12/2002 amending PP 99/2000 Ps4 (TEXT)"},
		{20240101, MONTHS(BIT(2) BIT(4) BIT(6) BIT(8) BIT(10) BIT(12)), "Peraturan BKN 4/2023 Ps2 (2SRC)"},
		{20251001, 0xFFF, "Peraturan BKN 4/2025 (2SRC)"},
	},
};

const karier_policy *kr_policy_or_default(const karier_policy *p) { return p ? p : &kr_default_policy; }

int karier_policy_new_default(karier_policy **out)
{
	if (!out)
		return kr_null("karier_policy_new_default", "out");
	karier_policy *p = kr_malloc(sizeof *p);
	if (!p)
		return kr_fail(KARIER_ENOMEM, "karier_policy_new_default: out of memory");
	memcpy(p, &kr_default_policy, sizeof *p);
	*out = p;
	return KARIER_OK;
}

int karier_policy_copy(karier_policy **out, const karier_policy *src)
{
	if (!out)
		return kr_null("karier_policy_copy", "out");
	if (!src)
		return kr_null("karier_policy_copy", "src");
	karier_policy *p = kr_malloc(sizeof *p);
	if (!p)
		return kr_fail(KARIER_ENOMEM, "karier_policy_copy: out of memory");
	memcpy(p, src, sizeof *p);
	*out = p;
	return KARIER_OK;
}

void karier_policy_free(karier_policy *policy) { kr_free(policy); }

int32_t karier_policy_setting_count(void) { return KR_SETTING_COUNT; }

int karier_policy_setting_info(const char **out_key, int32_t *out_type, const char **out_citation,
                               const char **out_description, int32_t index)
{
	if (index < 0 || index >= KR_SETTING_COUNT)
		return kr_fail(KARIER_ENOTFOUND, "index: %d is outside 0..%d", index, KR_SETTING_COUNT - 1);
	const struct kr_setting *s = &settings[index];
	if (out_key)
		*out_key = s->key;
	if (out_type)
		*out_type = s->type;
	if (out_citation)
		*out_citation = s->citation;
	if (out_description)
		*out_description = s->description;
	return KARIER_OK;
}

static int find(const char *key)
{
	/* A linear scan over a few hundred static keys: settings are looked up
	 * when a policy is built or printed, never in an engine's loop. */
	for (int i = 0; i < KR_SETTING_COUNT; i++)
		if (strcmp(settings[i].key, key) == 0)
			return i;
	return -1;
}

static int find_or_fail(const char *key)
{
	int i = find(key);
	if (i < 0)
		kr_fail(KARIER_ENOTFOUND, "policy: \"%.80s\" is not a setting", key);
	return i;
}

int karier_policy_setting_find(int32_t *out_index, const char *key)
{
	if (!out_index)
		return kr_null("karier_policy_setting_find", "out_index");
	if (!key)
		return kr_null("karier_policy_setting_find", "key");
	int i = find_or_fail(key);
	if (i < 0)
		return KARIER_ENOTFOUND;
	*out_index = i;
	return KARIER_OK;
}

int karier_policy_get(int64_t *out, const karier_policy *policy, const char *key)
{
	if (!out)
		return kr_null("karier_policy_get", "out");
	if (!policy)
		return kr_null("karier_policy_get", "policy");
	if (!key)
		return kr_null("karier_policy_get", "key");
	int i = find_or_fail(key);
	if (i < 0)
		return KARIER_ENOTFOUND;
	*out = policy->v[i];
	return KARIER_OK;
}

static int check_value(int i, int64_t value)
{
	const struct kr_setting *s = &settings[i];
	if (s->type == KARIER_SETTING_DATE) {
		if (!kr_ymd_valid((int32_t)value) || value != (int32_t)value)
			return kr_fail(KARIER_ERANGE, "%s: %" PRId64 " is not a date YYYYMMDD", s->key, value);
		return KARIER_OK;
	}
	if (value < s->min || value > s->max) {
		if (s->type == KARIER_SETTING_FIXED)
			return kr_fail(KARIER_ERANGE, "%s: %" PRId64 " is outside %" PRId64 "..%" PRId64 " (hundredths)",
			               s->key, value, s->min, s->max);
		return kr_fail(KARIER_ERANGE, "%s: %" PRId64 " is outside %" PRId64 "..%" PRId64, s->key, value, s->min,
		               s->max);
	}
	return KARIER_OK;
}

int karier_policy_set(karier_policy *policy, const char *key, int64_t value)
{
	if (!policy)
		return kr_null("karier_policy_set", "policy");
	if (!key)
		return kr_null("karier_policy_set", "key");
	int i = find_or_fail(key);
	if (i < 0)
		return KARIER_ENOTFOUND;
	int rc = check_value(i, value);
	if (rc)
		return rc;
	policy->v[i] = value;
	return KARIER_OK;
}

static int32_t code_type_of(int32_t setting_type)
{
	switch (setting_type) {
	case KARIER_SETTING_GOLONGAN: return KARIER_CODE_GOLONGAN;
	case KARIER_SETTING_PENDIDIKAN: return KARIER_CODE_PENDIDIKAN;
	case KARIER_SETTING_PREDIKAT: return KARIER_CODE_PREDIKAT;
	case KARIER_SETTING_PELATIHAN: return KARIER_CODE_PELATIHAN;
	case KARIER_SETTING_PPPK_GOLONGAN: return KARIER_CODE_PPPK_GOLONGAN;
	default: return 0;
	}
}

int karier_policy_get_text(char *buf, size_t size, const karier_policy *policy, const char *key)
{
	if (!buf && size > 0)
		return kr_null("karier_policy_get_text", "buf");
	if (!policy)
		return kr_null("karier_policy_get_text", "policy");
	if (!key)
		return kr_null("karier_policy_get_text", "key");
	int i = find_or_fail(key);
	if (i < 0)
		return KARIER_ENOTFOUND;
	int64_t v = policy->v[i];
	int32_t type = settings[i].type;
	char tmp[64];
	switch (type) {
	case KARIER_SETTING_BOOL:
		snprintf(tmp, sizeof tmp, "%s", v ? "true" : "false");
		break;
	case KARIER_SETTING_FIXED:
		kr_fixed_text(tmp, sizeof tmp, v);
		break;
	case KARIER_SETTING_DATE:
		karier_date_format(tmp, sizeof tmp, (int32_t)v);
		break;
	case KARIER_SETTING_INT:
		snprintf(tmp, sizeof tmp, "%" PRId64, v);
		break;
	default: {
		const char *name = v == 0 ? "" : karier_code_name(code_type_of(type), (int32_t)v);
		snprintf(tmp, sizeof tmp, "%s", name ? name : "");
	}
	}
	return snprintf(buf, size, "%s", tmp);
}

/* Read "12.5", "90", "-3.25" as hundredths. */
int kr_parse_fixed(int64_t *out, const char *t)
{
	const char *p = t;
	bool neg = false;
	if (*p == '-') {
		neg = true;
		p++;
	}
	if (*p < '0' || *p > '9')
		return -1;
	int64_t whole = 0;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (whole > INT64_C(100000000000))
			return -1;
		whole = whole * 10 + (*p - '0');
	}
	int64_t frac = 0;
	if (*p == '.') {
		p++;
		int n = 0;
		for (; *p >= '0' && *p <= '9'; p++, n++) {
			if (n >= 2)
				return -1; /* more than two decimals would be silently rounded */
			frac = frac * 10 + (*p - '0');
		}
		if (n == 0)
			return -1;
		if (n == 1)
			frac *= 10;
	}
	if (*p)
		return -1;
	*out = (whole * 100 + frac) * (neg ? -1 : 1);
	return 0;
}

int kr_parse_int(int64_t *out, const char *t)
{
	const char *p = t;
	bool neg = *p == '-';
	if (neg)
		p++;
	if (*p < '0' || *p > '9')
		return -1;
	int64_t v = 0;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (v > INT64_C(100000000000))
			return -1;
		v = v * 10 + (*p - '0');
	}
	if (*p)
		return -1;
	*out = neg ? -v : v;
	return 0;
}

int karier_policy_set_text(karier_policy *policy, const char *key, const char *text)
{
	if (!policy)
		return kr_null("karier_policy_set_text", "policy");
	if (!key)
		return kr_null("karier_policy_set_text", "key");
	if (!text)
		return kr_null("karier_policy_set_text", "text");
	int i = find_or_fail(key);
	if (i < 0)
		return KARIER_ENOTFOUND;
	int32_t type = settings[i].type;
	int64_t v = 0;
	switch (type) {
	case KARIER_SETTING_BOOL:
		if (strcmp(text, "true") == 0 || strcmp(text, "1") == 0)
			v = 1;
		else if (strcmp(text, "false") == 0 || strcmp(text, "0") == 0)
			v = 0;
		else
			return kr_fail(KARIER_EPARSE, "%s: \"%.40s\" is not true or false", key, text);
		break;
	case KARIER_SETTING_FIXED:
		if (kr_parse_fixed(&v, text))
			return kr_fail(KARIER_EPARSE, "%s: \"%.40s\" is not a number with at most two decimals", key, text);
		break;
	case KARIER_SETTING_INT:
		if (kr_parse_int(&v, text))
			return kr_fail(KARIER_EPARSE, "%s: \"%.40s\" is not a whole number", key, text);
		break;
	case KARIER_SETTING_DATE: {
		int32_t d;
		int rc = karier_date_parse(&d, text);
		if (rc)
			return kr_fail(rc, "%s: %s", key, karier_last_error());
		v = d;
		break;
	}
	default: {
		bool may_be_none = type != KARIER_SETTING_PREDIKAT;
		if (may_be_none && (text[0] == '\0' || strcmp(text, "none") == 0)) {
			v = 0;
			break;
		}
		int32_t c;
		int rc = karier_code_parse(&c, code_type_of(type), text);
		if (rc)
			return kr_fail(rc, "%s: %s", key, karier_last_error());
		v = c;
	}
	}
	int rc = check_value(i, v);
	if (rc)
		return rc;
	policy->v[i] = v;
	return KARIER_OK;
}

int karier_policy_is_default(const karier_policy *policy, const char *key)
{
	if (!policy)
		return kr_null("karier_policy_is_default", "policy");
	if (!key)
		return kr_null("karier_policy_is_default", "key");
	int i = find_or_fail(key);
	if (i < 0)
		return KARIER_ENOTFOUND;
	return policy->v[i] == settings[i].def;
}

/* ---- period calendar ---------------------------------------------------- */

int32_t karier_policy_period_count(const karier_policy *policy) { return policy ? policy->n_periods : 0; }

int karier_policy_period_get(int32_t *out_from, int32_t *out_month_mask, const char **out_citation,
                             const karier_policy *policy, int32_t index)
{
	if (!policy)
		return kr_null("karier_policy_period_get", "policy");
	if (index < 0 || index >= policy->n_periods)
		return kr_fail(KARIER_ENOTFOUND, "period: index %d is outside 0..%d", index, policy->n_periods - 1);
	const struct kr_period *r = &policy->periods[index];
	if (out_from)
		*out_from = r->from;
	if (out_month_mask)
		*out_month_mask = r->mask;
	if (out_citation)
		*out_citation = r->citation;
	return KARIER_OK;
}

int karier_policy_period_set(karier_policy *policy, int32_t from, int32_t mask)
{
	if (!policy)
		return kr_null("karier_policy_period_set", "policy");
	int rc = kr_check_date("period.from", from);
	if (rc)
		return rc;
	if (mask <= 0 || mask > 0xFFF)
		return kr_fail(KARIER_ERANGE, "period.months: mask 0x%x must name at least one month (1..0xFFF)", (unsigned)mask);
	int32_t i = 0;
	while (i < policy->n_periods && policy->periods[i].from < from)
		i++;
	if (i < policy->n_periods && policy->periods[i].from == from) {
		policy->periods[i].mask = mask;
		policy->periods[i].citation = "policy";
		return KARIER_OK;
	}
	if (policy->n_periods >= KARIER_POLICY_MAX_PERIODS)
		return kr_fail(KARIER_ELIMIT, "period: a policy holds at most %d regimes", KARIER_POLICY_MAX_PERIODS);
	memmove(&policy->periods[i + 1], &policy->periods[i], (size_t)(policy->n_periods - i) * sizeof policy->periods[0]);
	policy->periods[i] = (struct kr_period){from, mask, "policy"};
	policy->n_periods++;
	return KARIER_OK;
}

int karier_policy_period_remove(karier_policy *policy, int32_t from)
{
	if (!policy)
		return kr_null("karier_policy_period_remove", "policy");
	for (int32_t i = 0; i < policy->n_periods; i++) {
		if (policy->periods[i].from != from)
			continue;
		if (policy->n_periods == 1)
			return kr_fail(KARIER_EINVAL, "period: the last regime cannot be removed");
		memmove(&policy->periods[i], &policy->periods[i + 1],
		        (size_t)(policy->n_periods - i - 1) * sizeof policy->periods[0]);
		policy->n_periods--;
		return KARIER_OK;
	}
	return kr_fail(KARIER_ENOTFOUND, "period: no regime starts on %d", from);
}

/* The month mask in force on a date (the first regime before its start). */
static int32_t mask_on(const karier_policy *p, int32_t date)
{
	int32_t mask = p->periods[0].mask;
	for (int32_t i = 0; i < p->n_periods && p->periods[i].from <= date; i++)
		mask = p->periods[i].mask;
	return mask;
}

int32_t kr_period_next(const karier_policy *p, int32_t date)
{
	int32_t y = KR_Y(date), m = KR_M(date) + (KR_D(date) != 1);
	for (int n = 0; n < 12 * 50; n++, m++) { /* month by month, as year and month numbers */
		if (m > 12)
			m = 1, y++;
		if (y > KARIER_DATE_MAX_YEAR)
			return 0;
		int32_t c = y * 10000 + m * 100 + 1;
		if (mask_on(p, c) & (1 << (m - 1)))
			return c;
	}
	return 0;
}

int karier_policy_period_next(int32_t *out, const karier_policy *policy, int32_t date)
{
	if (!out)
		return kr_null("karier_policy_period_next", "out");
	if (!policy)
		return kr_null("karier_policy_period_next", "policy");
	int rc = kr_check_date("date", date);
	if (rc)
		return rc;
	int32_t r = kr_period_next(policy, date);
	if (!r)
		return kr_fail(KARIER_ERANGE, "date: no period date on or after %d within the supported range", date);
	*out = r;
	return KARIER_OK;
}

int karier_policy_predikat_from_score(int32_t *out, const karier_policy *p, int32_t year, int32_t score)
{
	if (!out)
		return kr_null("karier_policy_predikat_from_score", "out");
	if (!p)
		return kr_null("karier_policy_predikat_from_score", "policy");
	if (year < 1990 || year > KARIER_DATE_MAX_YEAR)
		return kr_fail(KARIER_ERANGE, "tahun: %d is outside 1990..%d", year, KARIER_DATE_MAX_YEAR);
	if (score < 0)
		return kr_fail(KARIER_ERANGE, "nilai: %d.%02d is negative", score / 100, -score % 100);
	bool pp46 = year <= p->v[KR_KIN_PP46_TAHUN_AKHIR];
	int64_t sb = p->v[pp46 ? KR_KIN_PP46_SB : KR_KIN_PP30_SB], b = p->v[pp46 ? KR_KIN_PP46_B : KR_KIN_PP30_B];
	int64_t c = p->v[pp46 ? KR_KIN_PP46_C : KR_KIN_PP30_C], k = p->v[pp46 ? KR_KIN_PP46_K : KR_KIN_PP30_K];
	*out = score >= sb  ? KARIER_PREDIKAT_SANGAT_BAIK
	       : score >= b ? KARIER_PREDIKAT_BAIK
	       : score >= c ? KARIER_PREDIKAT_BUTUH_PERBAIKAN
	       : score >= k ? KARIER_PREDIKAT_KURANG
	                    : KARIER_PREDIKAT_SANGAT_KURANG;
	return KARIER_OK;
}

const char *kr_setting_citation(int id)
{
	return id >= 0 && id < KR_SETTING_COUNT ? settings[id].citation : "";
}
