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

/* The cache: a direct-mapped table of positions, each with the offsets of its standard's codes in
 * one pool's text (0: not there, so no employee of the pool has it).  About 17 KB a thread. */
enum { STD_SLOTS = 64 };
struct kr_std_cache {
	const struct kr_pool *pool;
	const karier_position *pos[STD_SLOTS];
	uint32_t off[STD_SLOTS][KARIER_STANDARD_MAX];
};

struct kr_std_cache *kr_std_cache_new(void) { return kr_calloc(1, sizeof(struct kr_std_cache)); }

/* pos's codes in pool's text, standard by standard, from the cache or looked up into it. */
static const uint32_t *std_offsets(struct kr_std_cache *c, const struct kr_pool *pool, const karier_position *pos)
{
	if (c->pool != pool) {
		memset(c->pos, 0, sizeof c->pos);
		c->pool = pool;
	}
	size_t s = (size_t)(((uint64_t)(uintptr_t)pos * UINT64_C(0x9E3779B97F4A7C15)) >> 58); /* 6 bits: STD_SLOTS */
	if (c->pos[s] != pos) {
		for (int32_t i = 0; i < pos->n_standard; i++)
			c->off[s][i] = kr_pool_find(pool, pos->standard[i].code);
		c->pos[s] = pos;
	}
	return c->off[s];
}

/* The employee's level of each competency of the position's standard, levels[i] for standard i.
 * Over a cohort with a cache, each standard's code is found among the employee's competencies by
 * its offset in the cohort's text (codes there are interned: one text, one offset).  Otherwise the
 * two lists are walked together in order of code (both are kept in it), not a search per
 * competency. */
static void levels_of(const karier_employee *e, const karier_position *pos, int32_t *levels, struct kr_std_cache *std)
{
	const struct kr_record *r = kr_rec_begin(e, KR_REC_KOMPETENSI);
	if (std && e->pool->hcap) {
		const uint32_t *off = std_offsets(std, e->pool, pos);
		int32_t n = e->cnt[KR_REC_KOMPETENSI];
		for (int32_t i = 0; i < pos->n_standard; i++) {
			levels[i] = 0;
			for (int32_t j = 0; off[i] && j < n; j++)
				if (r[j].u.code == off[i]) {
					levels[i] = r[j].a;
					break;
				}
		}
		return;
	}
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
               int64_t *sum_req, int32_t *below, int32_t *levels, struct kr_std_cache *std)
{
	bool cap = kr_pol(p, KR_JPM_BATASI) != 0;
	*sum_att = *sum_req = 0;
	int32_t short_of = 0, own[KARIER_STANDARD_MAX];
	if (!levels)
		levels = own;
	levels_of(e, pos, levels, std);
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
