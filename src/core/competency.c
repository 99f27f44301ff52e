/* competency.c - job-person match against a position's standard. SPDX-License-Identifier: MIT */
#include <string.h>

#include "internal.h"

/* strcmp for the short codes compared here: inline, most differ early. */
static inline int code_cmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

int32_t kr_kompetensi_level(const karier_employee *e, const char *code)
{
	const struct kr_record *r = kr_rec_begin(e, KR_REC_KOMPETENSI);
	const char *text = e->pool->str;
	int32_t lo = 0, hi = e->cnt[KR_REC_KOMPETENSI];
	while (lo < hi) { /* competency records are sorted by code */
		int32_t mid = lo + (hi - lo) / 2;
		int c = code_cmp(text + r[mid].u.code, code);
		if (c == 0)
			return r[mid].a;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* The employee's level of each competency of the position's standard, levels[i] for standard i: the
 * two lists walked together in order of code (both are kept in it), not a search per competency. */
static void levels_of(const karier_employee *e, const karier_position *pos, int32_t *levels)
{
	const struct kr_record *r = kr_rec_begin(e, KR_REC_KOMPETENSI);
	const char *text = e->pool->str;
	int32_t n = e->cnt[KR_REC_KOMPETENSI], j = 0;
	for (int32_t k = 0; k < pos->n_standard; k++) {
		int32_t i = pos->by_code[k];
		int c = 1;
		while (j < n && (c = code_cmp(text + r[j].u.code, pos->standard[i].code)) < 0)
			j++;
		levels[i] = j < n && c == 0 ? r[j].a : 0;
	}
}

int32_t kr_jpm(const karier_policy *p, const karier_employee *e, const karier_position *pos, int64_t *sum_att,
               int64_t *sum_req, int32_t *below, int32_t *levels)
{
	bool cap = kr_pol(p, KR_JPM_BATASI) != 0;
	*sum_att = *sum_req = 0;
	int32_t short_of = 0, own[KARIER_STANDARD_MAX];
	if (!levels)
		levels = own;
	levels_of(e, pos, levels);
	for (int32_t i = 0; i < pos->n_standard; i++) {
		int32_t need = pos->standard[i].level, have = levels[i];
		*sum_att += cap && have > need ? need : have;
		*sum_req += need;
		short_of += have < need;
	}
	if (below)
		*below = short_of;
	return pos->n_standard;
}

int64_t kr_div_round(int64_t num, int64_t den)
{
	if (den == 0)
		return 0;
	if ((num < 0) != (den < 0))
		return -((((num < 0 ? -num : num) * 2) + (den < 0 ? -den : den)) / (2 * (den < 0 ? -den : den)));
	if (num < 0)
		num = -num, den = -den;
	return (num * 2 + den) / (2 * den);
}
