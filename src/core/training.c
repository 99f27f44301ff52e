/*
 * training.c - catalogue, individual plans, JP ledger and budget allocation.
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_STEPS 5 /* levels 0..5: a sequence never needs more than five courses */
/* An allocation's room: an item for every standard, MAX_STEPS courses for each, counted in uint32_t. */
#define KR_ALLOCATION_ROOM (UINT32_MAX / MAX_STEPS)

struct kr_course {
	char code[KARIER_CODE_MAX + 1];
	char kompetensi[KARIER_CODE_MAX + 1];
	char name[KARIER_NAME_MAX + 1];
	int32_t level_min, level_hasil, jp, moda;
	int64_t biaya;
};

struct kr_path {
	bool valid;
	int32_t n;
	int64_t biaya, jp;
	int32_t course[MAX_STEPS];
};

/* For one competency: the cheapest sequence from every level to every level,
 * recomputed when a course of that competency is added, so that a plan looks
 * a gap up instead of searching the catalogue. */
struct kr_komp_table {
	char kompetensi[KARIER_CODE_MAX + 1];
	struct kr_path best[5][6]; /* [from][reached exactly] */
};

struct karier_catalog {
	int32_t n, cap;
	struct kr_course *c;
	int32_t *by_code; /* indices sorted by code */
	int32_t *by_komp; /* indices sorted by (kompetensi, code) */
	int32_t n_komp, cap_komp;
	struct kr_komp_table *komp; /* sorted by kompetensi */
};

/* ---- catalogue ----------------------------------------------------------- */

int karier_catalog_new(karier_catalog **out)
{
	if (!out)
		return kr_null("karier_catalog_new", "out");
	karier_catalog *c = kr_calloc(1, sizeof *c);
	if (!c)
		return kr_fail(KARIER_ENOMEM, "karier_catalog_new: out of memory");
	*out = c;
	return KARIER_OK;
}

void karier_catalog_free(karier_catalog *c)
{
	if (!c)
		return;
	kr_free(c->komp);
	kr_free(c->c);
	kr_free(c->by_code);
	kr_free(c->by_komp);
	kr_free(c);
}

static int reserve(karier_catalog *c, int32_t cap)
{
	struct kr_course *nc = kr_realloc(c->c, (size_t)cap * sizeof *nc);
	if (!nc)
		return KARIER_ENOMEM;
	c->c = nc;
	int32_t *a = kr_realloc(c->by_code, (size_t)cap * sizeof *a);
	if (!a)
		return KARIER_ENOMEM;
	c->by_code = a;
	int32_t *b = kr_realloc(c->by_komp, (size_t)cap * sizeof *b);
	if (!b)
		return KARIER_ENOMEM;
	c->by_komp = b;
	c->cap = cap;
	return KARIER_OK;
}

int karier_catalog_copy(karier_catalog **out, const karier_catalog *src)
{
	if (!out)
		return kr_null("karier_catalog_copy", "out");
	if (!src)
		return kr_null("karier_catalog_copy", "src");
	karier_catalog *c = kr_calloc(1, sizeof *c);
	if (c && src->n_komp) {
		c->komp = kr_malloc((size_t)src->n_komp * sizeof *c->komp);
		if (c->komp) {
			memcpy(c->komp, src->komp, (size_t)src->n_komp * sizeof *c->komp);
			c->n_komp = c->cap_komp = src->n_komp;
		}
	}
	if (!c || (src->n_komp && !c->komp) || (src->n && reserve(c, src->n))) {
		karier_catalog_free(c);
		return kr_fail(KARIER_ENOMEM, "karier_catalog_copy: out of memory");
	}
	if (src->n) {
		memcpy(c->c, src->c, (size_t)src->n * sizeof *c->c);
		memcpy(c->by_code, src->by_code, (size_t)src->n * sizeof *c->by_code);
		memcpy(c->by_komp, src->by_komp, (size_t)src->n * sizeof *c->by_komp);
	}
	c->n = src->n;
	*out = c;
	return KARIER_OK;
}

/* First position in by_code whose code is >= code. */
static int32_t lower_code(const karier_catalog *c, const char *code)
{
	int32_t lo = 0, hi = c->n;
	while (lo < hi) {
		int32_t mid = lo + (hi - lo) / 2;
		if (strcmp(c->c[c->by_code[mid]].code, code) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int cmp_komp(const struct kr_course *a, const char *komp, const char *code)
{
	int r = strcmp(a->kompetensi, komp);
	return r ? r : (code ? strcmp(a->code, code) : 0);
}

/* First position in by_komp at or after (komp, code); code NULL = the first of komp. */
static int32_t lower_komp(const karier_catalog *c, const char *komp, const char *code)
{
	int32_t lo = 0, hi = c->n;
	while (lo < hi) {
		int32_t mid = lo + (hi - lo) / 2;
		const struct kr_course *x = &c->c[c->by_komp[mid]];
		int r = strcmp(x->kompetensi, komp);
		if (r < 0 || (r == 0 && code && strcmp(x->code, code) < 0))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int32_t komp_index(const karier_catalog *c, const char *komp, bool *found);
static int refresh_table(karier_catalog *c, const char *komp);

int karier_catalog_add(karier_catalog *c, const char *code, const char *name, const char *kompetensi, int32_t level_min,
                       int32_t level_hasil, int32_t jp, int64_t biaya, int32_t moda)
{
	static const char fn[] = "karier_catalog_add";
	if (!c)
		return kr_null(fn, "catalog");
	if (!code)
		return kr_null(fn, "code");
	if (!name)
		return kr_null(fn, "name");
	if (!kompetensi)
		return kr_null(fn, "kompetensi");
	struct kr_course x = {.level_min = level_min, .level_hasil = level_hasil, .jp = jp, .moda = moda, .biaya = biaya};
	int rc;
	if ((rc = kr_copy_text(x.code, sizeof x.code, code, "kode", false)) ||
	    (rc = kr_copy_text(x.name, sizeof x.name, name, "nama", false)) ||
	    (rc = kr_copy_text(x.kompetensi, sizeof x.kompetensi, kompetensi, "kompetensi", false)))
		return rc;
	if (level_min < 0 || level_min > 4)
		return kr_fail(KARIER_ERANGE, "level_min: %d for course %s is outside 0..4", level_min, x.code);
	if (level_hasil <= level_min || level_hasil > 5)
		return kr_fail(KARIER_ERANGE, "level_hasil: %d for course %s is outside %d..5", level_hasil, x.code, level_min + 1);
	if (jp < 1 || jp > 2000)
		return kr_fail(KARIER_ERANGE, "jp: %d for course %s is outside 1..2000", jp, x.code);
	if (biaya < 0 || biaya > INT64_C(10000000000000))
		return kr_fail(KARIER_ERANGE, "biaya: %lld for course %s is outside 0..10000000000000", (long long)biaya, x.code);
	if (moda < KARIER_MODA_NONE || moda > KARIER_MODA_NONKLASIKAL)
		return kr_fail(KARIER_ERANGE, "moda: %d for course %s is not unknown (0), klasikal (1) or nonklasikal (2)", moda, x.code);
	int32_t at = lower_code(c, x.code);
	if (at < c->n && strcmp(c->c[c->by_code[at]].code, x.code) == 0)
		return kr_fail(KARIER_EEXISTS, "kode: course %s is already in the catalogue", x.code);
	if (c->n >= KARIER_CATALOG_MAX)
		return kr_fail(KARIER_ELIMIT, "catalogue: at most %d courses", KARIER_CATALOG_MAX);
	if (c->n == c->cap && reserve(c, c->cap ? c->cap * 2 : 64))
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	bool known;
	komp_index(c, x.kompetensi, &known);
	if (!known && c->n_komp == c->cap_komp) { /* make room first: the add below cannot fail then */
		int32_t cap = c->cap_komp ? c->cap_komp * 2 : 16;
		struct kr_komp_table *nt = kr_realloc(c->komp, (size_t)cap * sizeof *nt);
		if (!nt)
			return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
		c->komp = nt;
		c->cap_komp = cap;
	}
	int32_t k = lower_komp(c, x.kompetensi, x.code);
	int32_t i = c->n;
	c->c[i] = x;
	memmove(&c->by_code[at + 1], &c->by_code[at], (size_t)(c->n - at) * sizeof *c->by_code);
	c->by_code[at] = i;
	memmove(&c->by_komp[k + 1], &c->by_komp[k], (size_t)(c->n - k) * sizeof *c->by_komp);
	c->by_komp[k] = i;
	c->n++;
	/* a course index may have shifted in no table (indices are stable), but this
	 * competency's cheapest paths may have changed */
	refresh_table(c, x.kompetensi); /* cannot fail: room was made above */
	return KARIER_OK;
}

int32_t karier_catalog_count(const karier_catalog *c) { return c ? c->n : 0; }

void kr_catalog_swap(karier_catalog *a, karier_catalog *b)
{
	karier_catalog tmp = *a;
	*a = *b;
	*b = tmp;
}

int karier_catalog_get(const char **out_code, const char **out_name, const char **out_kompetensi, int32_t *out_level_min,
                       int32_t *out_level_hasil, int32_t *out_jp, int64_t *out_biaya, int32_t *out_moda,
                       const karier_catalog *c, int32_t index)
{
	if (!c)
		return kr_null("karier_catalog_get", "catalog");
	if (index < 0 || index >= c->n)
		return kr_fail(KARIER_ENOTFOUND, "catalogue: index %d is outside 0..%d", index, c->n - 1);
	const struct kr_course *x = &c->c[index];
	if (out_code)
		*out_code = x->code;
	if (out_name)
		*out_name = x->name;
	if (out_kompetensi)
		*out_kompetensi = x->kompetensi;
	if (out_level_min)
		*out_level_min = x->level_min;
	if (out_level_hasil)
		*out_level_hasil = x->level_hasil;
	if (out_jp)
		*out_jp = x->jp;
	if (out_biaya)
		*out_biaya = x->biaya;
	if (out_moda)
		*out_moda = x->moda;
	return KARIER_OK;
}

int karier_catalog_find(int32_t *out_index, const karier_catalog *c, const char *code)
{
	if (!out_index)
		return kr_null("karier_catalog_find", "out_index");
	if (!c)
		return kr_null("karier_catalog_find", "catalog");
	if (!code)
		return kr_null("karier_catalog_find", "code");
	int32_t at = lower_code(c, code);
	if (at >= c->n || strcmp(c->c[c->by_code[at]].code, code) != 0)
		return kr_fail(KARIER_ENOTFOUND, "kode: course \"%.40s\" is not in the catalogue", code);
	*out_index = c->by_code[at];
	return KARIER_OK;
}

/* ---- cheapest course sequence -------------------------------------------- */

/* a cheaper than b: less rupiah, then less JP, then the smaller list of codes */
static bool cheaper(const karier_catalog *c, const struct kr_path *a, const struct kr_path *b)
{
	if (!b->valid)
		return true;
	if (a->biaya != b->biaya)
		return a->biaya < b->biaya;
	if (a->jp != b->jp)
		return a->jp < b->jp;
	for (int32_t i = 0; i < a->n && i < b->n; i++) {
		int r = strcmp(c->c[a->course[i]].code, c->c[b->course[i]].code);
		if (r)
			return r < 0;
	}
	return a->n < b->n;
}

/* The cheapest sequences from level `from` to every level, over the
 * courses by_komp[first..last): levels only rise, so one pass in level order
 * is exact. */
static void paths_from(const karier_catalog *c, int32_t first, int32_t last, int32_t from, struct kr_path best[6])
{
	memset(best, 0, 6 * sizeof *best);
	best[from].valid = true;
	for (int32_t level = from; level < 5; level++) {
		if (!best[level].valid || best[level].n == MAX_STEPS)
			continue;
		for (int32_t k = first; k < last; k++) {
			int32_t ci = c->by_komp[k];
			const struct kr_course *x = &c->c[ci];
			if (x->level_min > level || x->level_hasil <= level)
				continue;
			struct kr_path cand = best[level];
			cand.course[cand.n++] = ci;
			cand.biaya += x->biaya;
			cand.jp += x->jp;
			if (cheaper(c, &cand, &best[x->level_hasil]))
				best[x->level_hasil] = cand;
		}
	}
}

static int32_t komp_index(const karier_catalog *c, const char *komp, bool *found)
{
	int32_t lo = 0, hi = c->n_komp;
	while (lo < hi) {
		int32_t mid = lo + (hi - lo) / 2;
		int r = strcmp(c->komp[mid].kompetensi, komp);
		if (r == 0) {
			*found = true;
			return mid;
		}
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

/* Recompute the table of competency komp (after a course of it was added). */
static int refresh_table(karier_catalog *c, const char *komp)
{
	bool found;
	int32_t t = komp_index(c, komp, &found);
	if (!found) {
		if (c->n_komp == c->cap_komp) {
			int32_t cap = c->cap_komp ? c->cap_komp * 2 : 16;
			struct kr_komp_table *nt = kr_realloc(c->komp, (size_t)cap * sizeof *nt);
			if (!nt)
				return KARIER_ENOMEM;
			c->komp = nt;
			c->cap_komp = cap;
		}
		memmove(&c->komp[t + 1], &c->komp[t], (size_t)(c->n_komp - t) * sizeof *c->komp);
		c->n_komp++;
		memset(&c->komp[t], 0, sizeof c->komp[t]);
		memcpy(c->komp[t].kompetensi, komp, strlen(komp) + 1);
	}
	int32_t first = lower_komp(c, komp, NULL), last = first;
	while (last < c->n && cmp_komp(&c->c[c->by_komp[last]], komp, NULL) == 0)
		last++;
	for (int32_t from = 0; from < 5; from++)
		paths_from(c, first, last, from, c->komp[t].best[from]);
	return KARIER_OK;
}

/* The cheapest sequence from level `from` to at least `to` for competency komp. */
static struct kr_path cheapest(const karier_catalog *c, const char *komp, int32_t from, int32_t to)
{
	struct kr_path none = {0};
	bool found;
	int32_t t = komp_index(c, komp, &found);
	if (!found || from < 0 || from > 4)
		return none;
	const struct kr_path *win = &none;
	for (int32_t level = to; level <= 5; level++) {
		const struct kr_path *p = &c->komp[t].best[from][level];
		if (p->valid && cheaper(c, p, win))
			win = p;
	}
	return *win;
}

/* ---- individual plan ----------------------------------------------------- */

struct kr_gap {
	char kompetensi[KARIER_CODE_MAX + 1];
	int32_t standard_index; /* where the competency stands in the position's standard */
	int32_t standar, aktual, closed, first_course, n_course;
	int64_t biaya, jp;
};

struct karier_plan {
	int32_t jpm, category, scheme;
	int32_t n_gap, n_course;
	int64_t total_biaya, total_jp;
	const karier_catalog *catalog;
	struct kr_gap gap[KARIER_STANDARD_MAX];
	int32_t course[KARIER_STANDARD_MAX * MAX_STEPS];
	int32_t course_gap[KARIER_STANDARD_MAX * MAX_STEPS];
};

int32_t kr_plan_jp_cap(const karier_policy *p, const karier_employee *e)
{
	return e->status == KARIER_STATUS_PPPK ? (int32_t)kr_pol(p, KR_LAT_JP_MAKS_PPPK) : -1;
}

/* The gaps and, gap by gap in the standard's order, the cheapest sequence that
 * closes each; a sequence that would take the plan past jp_cap is left out
 * (closed = 2: PP 49/2018 Ps40, at most 24 JP a contract year for a PPPK). */
void kr_plan_fill(struct karier_plan *pl, const karier_policy *p, const karier_employee *e,
                      const karier_position *pos, const karier_catalog *cat, int32_t jp_cap, struct kr_std_cache *std)
{
	memset(pl, 0, offsetof(struct karier_plan, gap));
	pl->catalog = cat;
	pl->scheme = (int32_t)kr_pol(p, KR_JPM_SKEMA);
	int64_t att, req;
	int32_t levels[KARIER_STANDARD_MAX];
	kr_jpm(p, e, pos, &att, &req, NULL, levels, std);
	pl->jpm = (int32_t)kr_div_round(att * 10000, req);
	if (req)
		pl->category = pl->jpm >= kr_pol(p, KR_JPM_ATAS)     ? KARIER_JPM_ATAS
		               : pl->jpm >= kr_pol(p, KR_JPM_TENGAH) ? KARIER_JPM_TENGAH
		                                                      : KARIER_JPM_BAWAH;
	for (int32_t i = 0; i < pos->n_standard; i++) {
		const struct kr_standard *s = &pos->standard[i];
		int32_t have = levels[i];
		if (have >= s->level)
			continue;
		struct kr_gap *g = &pl->gap[pl->n_gap++];
		memcpy(g->kompetensi, s->code, sizeof g->kompetensi);
		g->standard_index = i;
		g->standar = s->level;
		g->aktual = have;
		g->first_course = pl->n_course;
		g->n_course = 0;
		g->closed = 0;
		g->biaya = g->jp = 0;
		if (!cat)
			continue;
		struct kr_path path = cheapest(cat, s->code, have, s->level);
		if (!path.valid)
			continue;
		if (jp_cap >= 0 && pl->total_jp + path.jp > jp_cap) {
			g->closed = 2;
			continue;
		}
		g->closed = 1;
		g->n_course = path.n;
		g->biaya = path.biaya;
		g->jp = path.jp;
		for (int32_t k = 0; k < path.n; k++) {
			pl->course_gap[pl->n_course] = pl->n_gap - 1;
			pl->course[pl->n_course++] = path.course[k];
		}
		pl->total_biaya += path.biaya;
		pl->total_jp += path.jp;
	}
}

int karier_plan_new(karier_plan **out, const karier_policy *policy, const karier_employee *e, const karier_position *pos,
                    const karier_catalog *cat)
{
	if (!out)
		return kr_null("karier_plan_new", "out");
	if (!e)
		return kr_null("karier_plan_new", "employee");
	if (!pos)
		return kr_null("karier_plan_new", "position");
	karier_plan *pl = kr_malloc(sizeof *pl);
	if (!pl)
		return kr_fail(KARIER_ENOMEM, "karier_plan_new: out of memory");
	const karier_policy *p = kr_policy_or_default(policy);
	kr_plan_fill(pl, p, e, pos, cat, kr_plan_jp_cap(p, e), NULL);
	*out = pl;
	return KARIER_OK;
}

void karier_plan_free(karier_plan *pl) { kr_free(pl); }

karier_plan *kr_plan_scratch(void) { return kr_malloc(sizeof(struct karier_plan)); }
int32_t karier_plan_jpm(const karier_plan *pl) { return pl ? pl->jpm : 0; }
int32_t karier_plan_jpm_category(const karier_plan *pl) { return pl ? pl->category : 0; }
int32_t karier_plan_gap_count(const karier_plan *pl) { return pl ? pl->n_gap : 0; }
int32_t karier_plan_course_count(const karier_plan *pl) { return pl ? pl->n_course : 0; }

const char *karier_plan_jpm_category_name(const karier_plan *pl)
{
	static const char *const names[3][4] = {
		{"", "", "", ""},
		{"", "optimal", "cukup_optimal", "kurang_optimal"},
		{"", "memenuhi_syarat", "masih_memenuhi_syarat", "kurang_memenuhi_syarat"},
	};
	if (!pl || pl->scheme < 1 || pl->scheme > 2 || pl->category < 0 || pl->category > 3)
		return "";
	return names[pl->scheme][pl->category];
}

int karier_plan_gap_get(const char **out_kompetensi, int32_t *out_standar, int32_t *out_aktual, int32_t *out_selisih,
                        int32_t *out_closed, int32_t *out_courses, const karier_plan *pl, int32_t index)
{
	if (!pl)
		return kr_null("karier_plan_gap_get", "plan");
	if (index < 0 || index >= pl->n_gap)
		return kr_fail(KARIER_ENOTFOUND, "gap: index %d is outside 0..%d", index, pl->n_gap - 1);
	const struct kr_gap *g = &pl->gap[index];
	if (out_kompetensi)
		*out_kompetensi = g->kompetensi;
	if (out_standar)
		*out_standar = g->standar;
	if (out_aktual)
		*out_aktual = g->aktual;
	if (out_selisih)
		*out_selisih = g->standar - g->aktual;
	if (out_closed)
		*out_closed = g->closed;
	if (out_courses)
		*out_courses = g->n_course;
	return KARIER_OK;
}

int karier_plan_course_get(int32_t *out_gap, int32_t *out_catalog_index, const char **out_code, const char **out_kompetensi,
                           int32_t *out_jp, int64_t *out_biaya, const karier_plan *pl, int32_t index)
{
	if (!pl)
		return kr_null("karier_plan_course_get", "plan");
	if (index < 0 || index >= pl->n_course)
		return kr_fail(KARIER_ENOTFOUND, "course: index %d is outside 0..%d", index, pl->n_course - 1);
	const struct kr_course *x = &pl->catalog->c[pl->course[index]];
	if (out_gap)
		*out_gap = pl->course_gap[index];
	if (out_catalog_index)
		*out_catalog_index = pl->course[index];
	if (out_code)
		*out_code = x->code;
	if (out_kompetensi)
		*out_kompetensi = x->kompetensi;
	if (out_jp)
		*out_jp = x->jp;
	if (out_biaya)
		*out_biaya = x->biaya;
	return KARIER_OK;
}

int karier_plan_totals(int32_t *out_jp, int64_t *out_biaya, const karier_plan *pl)
{
	if (!pl)
		return kr_null("karier_plan_totals", "plan");
	if (out_jp)
		*out_jp = (int32_t)pl->total_jp;
	if (out_biaya)
		*out_biaya = pl->total_biaya;
	return KARIER_OK;
}

/* ---- JP ledger ----------------------------------------------------------- */

static int32_t jp_in_year(const karier_employee *e, int32_t year)
{
	int32_t jp = 0;
	for (const struct kr_record *r = kr_rec_begin(e, KR_REC_PELATIHAN), *re = kr_rec_end(e, KR_REC_PELATIHAN); r < re; r++)
		if (KR_Y(r->date) == year)
			jp += r->jp;
	return jp;
}

int karier_jp_ledger(int32_t *out_jp, int32_t *out_minimum, int32_t *out_maximum, int32_t *out_below, int32_t *out_above,
                     const karier_policy *policy, const karier_employee *e, int32_t year)
{
	if (!e)
		return kr_null("karier_jp_ledger", "employee");
	if (year < KARIER_DATE_MIN_YEAR || year > KARIER_DATE_MAX_YEAR)
		return kr_fail(KARIER_ERANGE, "year: %d is outside %d..%d", year, KARIER_DATE_MIN_YEAR, KARIER_DATE_MAX_YEAR);
	const karier_policy *p = kr_policy_or_default(policy);
	bool pppk = e->status == KARIER_STATUS_PPPK;
	int32_t jp = jp_in_year(e, year);
	int32_t min = pppk ? 0 : (int32_t)kr_pol(p, KR_LAT_JP_MIN_PNS), max = pppk ? (int32_t)kr_pol(p, KR_LAT_JP_MAKS_PPPK) : 0;
	if (out_jp)
		*out_jp = jp;
	if (out_minimum)
		*out_minimum = min;
	if (out_maximum)
		*out_maximum = max;
	if (out_below)
		*out_below = jp < min;
	if (out_above)
		*out_above = max && jp > max;
	return KARIER_OK;
}

/* ---- allocation ---------------------------------------------------------- */

/* One gap of one employee, 32 bytes (an allocation over a million employees holds millions); its
 * courses are in the allocation's course array from first_course. */
struct kr_item {
	int32_t employee;
	uint32_t first_course;
	int64_t biaya, value;
	int32_t jp;
	int8_t selisih;
	uint8_t status, n_course;
	uint8_t standard; /* the competency: its place among the employee's position's standards */
};
_Static_assert(sizeof(struct kr_item) == 32 && KARIER_STANDARD_MAX <= 256, "an allocation's item: 32 bytes");

/* The items are written where they stay: one array with a stretch per part of
 * the employees (karier_allocate), each with room for every standard of its
 * employees' positions (no more gaps can be found; the pages a stretch leaves
 * unwritten cost address space only).  A stretch's unused end is a hole that
 * no index names: the algorithms reach items through lists of their places,
 * and item i of the API is found through the parts' first items. */
struct karier_allocation {
	int32_t n;            /* items */
	struct kr_item *item; /* part t's first[t + 1] - first[t] items from at[t] */
	int32_t *course;      /* the items' courses, each part's in its stretch too */
	int32_t parts;
	uint32_t *at;         /* parts: where each part's items begin in item */
	int32_t *first;       /* parts + 1: the index (0..n) of each part's first item */
	const karier_position **pos; /* each employee's position (the caller's array copied; the positions are borrowed) */
	const karier_catalog *catalog;
	int64_t spent_idr, spent_jp, value, upper;
	int32_t method;
	int32_t status_count[KARIER_UNFUNDED_PPPK_MAKS + 1]; /* items by status (a karier_unfunded) */
};

void karier_allocation_free(karier_allocation *a)
{
	if (!a)
		return;
	kr_free(a->item);
	kr_free(a->course);
	kr_free(a->at);
	kr_free(a->first);
	kr_free(a->pos);
	kr_free(a);
}

/* Priority of an employee (hundredths), PP 11/2017 Ps203(3). */
static int64_t priority(const karier_policy *p, const karier_employee *e, int32_t jpm, int32_t year)
{
	int64_t kin = kr_predikat_score(p, karier_employee_kinerja(e, year - 1));
	int64_t shortfall = 10000 - (jpm > 10000 ? 10000 : jpm);
	int64_t prio = kr_pol(p, KR_LAT_PRIO_DASAR) + kr_div_round(kr_pol(p, KR_LAT_PRIO_KINERJA) * kin, 10000) +
	               kr_div_round(kr_pol(p, KR_LAT_PRIO_KOMPETENSI) * shortfall, 10000);
	if (e->status != KARIER_STATUS_PPPK && jp_in_year(e, year) < kr_pol(p, KR_LAT_JP_MIN_PNS))
		prio = kr_div_round(prio * kr_pol(p, KR_LAT_PRIO_DI_BAWAH), 100);
	return prio;
}

/*
 * The items in order of density (value per unit of cost), highest first; on
 * equal densities in item order (which is employee order).  The densities are
 * turned into 64-bit keys that sort as the doubles do and sorted by a stable
 * radix sort, so millions of items sort in a few passes over memory.
 */
struct kr_order {
	uint32_t m;
	uint32_t *idx, *tmp_idx; /* item indices */
	uint64_t *key, *tmp_key;
};

static uint64_t density_key(double d)
{
	if (d == 0)
		d = 0; /* -0 sorts as 0 */
	uint64_t bits;
	memcpy(&bits, &d, sizeof bits);
	bits = (bits >> 63) ? ~bits : bits | (UINT64_C(1) << 63); /* ascending as the doubles */
	return ~bits;                                             /* highest density first */
}

static void radix_sort(struct kr_order *o)
{
	enum { BITS = 11, BUCKETS = 1 << BITS }; /* six passes over 64 bits */
	size_t count[BUCKETS];
	for (int shift = 0; shift < 64; shift += BITS) {
		memset(count, 0, sizeof count);
		for (uint32_t i = 0; i < o->m; i++)
			count[(o->key[i] >> shift) & (BUCKETS - 1)]++;
		if (o->m == 0 || count[(o->key[0] >> shift) & (BUCKETS - 1)] == o->m)
			continue; /* every key has this digit */
		size_t at = 0;
		for (int b = 0; b < BUCKETS; b++) {
			size_t c = count[b];
			count[b] = at;
			at += c;
		}
		for (uint32_t i = 0; i < o->m; i++) {
			size_t to = count[(o->key[i] >> shift) & (BUCKETS - 1)]++;
			o->tmp_key[to] = o->key[i];
			o->tmp_idx[to] = o->idx[i];
		}
		uint64_t *k = o->key;
		o->key = o->tmp_key;
		o->tmp_key = k;
		uint32_t *x = o->idx;
		o->idx = o->tmp_idx;
		o->tmp_idx = x;
	}
}

/* Order the closable items (closable[0..m), ascending) by density. */
enum { BY_IDR, BY_JP, BY_BOTH };
static void order_by_density(struct kr_order *o, const struct kr_item *item, const uint32_t *closable, int how,
                             int64_t budget_idr, int64_t budget_jp, bool lim_idr, bool lim_jp)
{
	for (uint32_t i = 0; i < o->m; i++) {
		const struct kr_item *it = &item[closable[i]];
		double d;
		if (how == BY_BOTH) {
			double cost = (lim_idr ? (double)it->biaya / (double)(budget_idr ? budget_idr : 1) : 0) +
			              (lim_jp ? (double)it->jp / (double)(budget_jp ? budget_jp : 1) : 0);
			d = cost > 0 ? (double)it->value / cost : 1e300;
		} else {
			int64_t cost = how == BY_JP ? it->jp : it->biaya;
			d = cost ? (double)it->value / (double)cost : 1e300;
		}
		o->idx[i] = closable[i];
		o->key[i] = density_key(d);
	}
	radix_sort(o);
}

/* The part of the critical item's value that `left` of its `cost` buys, for a
 * Dantzig bound: rounded up by a whole unit (a double's error here is far
 * below one), and never more than the item itself, so a bound stays at most
 * the prefix plus the critical item. */
static int64_t critical_part(const struct kr_item *it, int64_t left, int64_t cost)
{
	int64_t part = (int64_t)((double)it->value * (double)left / (double)cost) + 1;
	return part < it->value ? part : it->value;
}

/* Fractional-knapsack (Dantzig) bound for one budget over the items that fit it alone. */
static int64_t dantzig(const struct kr_item *item, const uint32_t *order, uint32_t m, int64_t budget, bool jp_budget)
{
	int64_t bound = 0, left = budget;
	for (uint32_t i = 0; i < m; i++) {
		const struct kr_item *it = &item[order[i]];
		int64_t cost = jp_budget ? it->jp : it->biaya;
		if (cost > budget)
			continue; /* can never be funded */
		if (cost <= left) {
			bound += it->value;
			left -= cost;
		} else { /* the critical item, fractionally */
			bound += critical_part(it, left, cost);
			break;
		}
	}
	return bound;
}

/* What limits a choice of items: the budgets and, per employee, the JP a
 * PPPK may still take this year (cap[e], INT32_MAX for no limit; NULL when
 * no employee has one). */
struct kr_limits {
	int64_t budget_idr, budget_jp;
	bool lim_idr, lim_jp;
	const int32_t *cap0; /* at the start */
	int32_t *cap;        /* scratch, as items are funded */
	int32_t n_emp;
};

static void limits_reset(const struct kr_limits *l, int64_t *left_idr, int64_t *left_jp)
{
	*left_idr = l->budget_idr;
	*left_jp = l->budget_jp;
	if (l->cap0)
		memcpy(l->cap, l->cap0, (size_t)l->n_emp * sizeof *l->cap);
}

/* Why an item cannot be funded now (KARIER_FUNDED when it can). */
static int32_t blocked(const struct kr_limits *l, const struct kr_item *it, int64_t left_idr, int64_t left_jp)
{
	if (l->cap0 && it->jp > l->cap[it->employee])
		return KARIER_UNFUNDED_PPPK_MAKS;
	if (l->lim_idr && it->biaya > left_idr)
		return KARIER_UNFUNDED_BUDGET_IDR;
	if (l->lim_jp && it->jp > left_jp)
		return KARIER_UNFUNDED_BUDGET_JP;
	return KARIER_FUNDED;
}

static void charge(const struct kr_limits *l, const struct kr_item *it, int64_t *left_idr, int64_t *left_jp, int sign)
{
	*left_idr -= l->lim_idr ? sign * it->biaya : 0;
	*left_jp -= l->lim_jp ? sign * it->jp : 0;
	if (l->cap0 && l->cap[it->employee] != INT32_MAX)
		l->cap[it->employee] -= sign * it->jp;
}

/* Fund the items with take[k] set (k indexes `order`), then every other item
 * in order that still fits; give the rest their reason.  The value funded. */
static int64_t apply(struct kr_item *item, const uint32_t *order, uint32_t m, const uint8_t *take,
                     const struct kr_limits *l)
{
	int64_t left_idr, left_jp, value = 0;
	limits_reset(l, &left_idr, &left_jp);
	for (int pass = 0; pass < 2; pass++)
		for (uint32_t k = 0; k < m; k++) {
			struct kr_item *it = &item[order[k]];
			if ((take && take[k] == 1) != (pass == 0))
				continue;
			it->status = (uint8_t)blocked(l, it, left_idr, left_jp);
			if (it->status == KARIER_FUNDED) {
				charge(l, it, &left_idr, &left_jp, 1);
				value += it->value;
			}
		}
	return value;
}

/* Fund position `first` of the order (if >= 0), then every item in order
 * that still fits; take[] records the choice.  The value funded. */
static int64_t greedy_fill(struct kr_item *item, const uint32_t *order, uint32_t m, int64_t first,
                           const struct kr_limits *l, uint8_t *take)
{
	int64_t left_idr, left_jp;
	limits_reset(l, &left_idr, &left_jp);
	memset(take, 0, m);
	for (int64_t i = -1; i < (int64_t)m; i++) {
		int64_t k = i < 0 ? first : i;
		if (k < 0 || (i >= 0 && k == first))
			continue;
		const struct kr_item *it = &item[order[k]];
		if (blocked(l, it, left_idr, left_jp) == KARIER_FUNDED) {
			take[k] = 1;
			charge(l, it, &left_idr, &left_jp, 1);
		}
	}
	return apply(item, order, m, take, l);
}

/*
 * Exact search: depth-first branch and bound (Horowitz and Sahni) over the
 * items in order of density of the primary budget, taking an item before
 * skipping it.  A node is cut when its value plus the Dantzig bound of the
 * items left (on the primary budget, leaving out items that can no longer
 * fit any limit) cannot beat the best found: every other limit is relaxed in
 * the bound, so the bound stays valid.  The search counts its steps and
 * stops at `steps_max`; it returns true when it finished, and then best[]
 * is an optimal choice.
 */
struct kr_search {
	const struct kr_item *item;
	const uint32_t *order;
	uint32_t m;
	const struct kr_limits *l;
	bool primary_jp;
	uint64_t steps, steps_max;
	uint8_t *take, *best;
	int64_t best_value;
};

static int64_t search_bound(struct kr_search *s, uint32_t k, int64_t left_idr, int64_t left_jp)
{
	const struct kr_limits *l = s->l;
	int64_t primary_left = s->primary_jp ? left_jp : left_idr, left = primary_left, b = 0;
	for (uint32_t i = k; i < s->m; i++) {
		s->steps++;
		const struct kr_item *it = &s->item[s->order[i]];
		if (blocked(l, it, left_idr, left_jp) != KARIER_FUNDED)
			continue; /* cannot be funded anywhere below this node */
		int64_t cost = s->primary_jp ? it->jp : it->biaya;
		if (cost <= left) {
			b += it->value;
			left -= cost;
		} else {
			b += critical_part(it, left, cost);
			break;
		}
	}
	return b;
}

static bool search(struct kr_search *s)
{
	const struct kr_limits *l = s->l;
	int64_t left_idr, left_jp, value = 0;
	limits_reset(l, &left_idr, &left_jp);
	uint32_t k = 0;
	for (;;) {
		bool back;
		if (k == s->m) {
			if (value > s->best_value) {
				s->best_value = value;
				memcpy(s->best, s->take, s->m);
			}
			back = true;
		} else {
			if (++s->steps > s->steps_max)
				return false;
			back = value + search_bound(s, k, left_idr, left_jp) <= s->best_value;
			if (!back) {
				const struct kr_item *it = &s->item[s->order[k]];
				s->take[k] = blocked(l, it, left_idr, left_jp) == KARIER_FUNDED;
				if (s->take[k]) {
					charge(l, it, &left_idr, &left_jp, 1);
					value += it->value;
				}
				k++;
				continue;
			}
		}
		/* back: the deepest item taken is skipped instead */
		while (k > 0 && s->take[k - 1] != 1)
			k--;
		if (k == 0)
			return true;
		const struct kr_item *it = &s->item[s->order[k - 1]];
		charge(l, it, &left_idr, &left_jp, -1);
		value -= it->value;
		s->take[k - 1] = 2;
	}
}

/* One part of the employees' gap items: [lo, hi) in employee order into the part's stretch of the
 * allocation's arrays, and each employee's PPPK cap.  The parts are taken by the threads
 * (kr_run_chunks), each thread with its own plan and cache, allocated by the calling thread: memory
 * a thread allocates itself stays with that thread's malloc arena once freed. */
struct gather {
	const karier_policy *p;
	const karier_employee *const *e;
	const karier_position *const *pos;
	const karier_catalog *cat;
	int32_t year, lo, hi;
	bool pppk; /* a PPPK among the part's employees */
	struct kr_item *item;  /* the part's stretch: room for every standard of its positions */
	int32_t *course;       /* and MAX_STEPS courses for each */
	uint32_t at, course_at; /* where the stretches begin in the allocation's arrays */
	int32_t n;             /* items written */
	uint32_t n_course;     /* courses written */
	int32_t *cap;          /* per employee: the JP a PPPK may still take this year, INT32_MAX for others */
};

struct gatherer { /* a thread's */
	struct gather *parts;
	struct karier_plan *pl;
	struct kr_std_cache *std;
};

static void gather_run(void *worker, int32_t part)
{
	struct gatherer *w = worker;
	struct gather *g = &w->parts[part];
	struct karier_plan *pl = w->pl;
	for (int32_t i = g->lo; i < g->hi; i++) {
		int32_t cap = kr_plan_jp_cap(g->p, g->e[i]); /* PP 49/2018 Ps40 */
		g->cap[i] = INT32_MAX;
		if (cap >= 0) {
			int32_t done = jp_in_year(g->e[i], g->year);
			g->cap[i] = done < cap ? cap - done : 0;
			g->pppk = true;
		}
		if (!g->pos[i])
			continue;
		kr_plan_fill(pl, g->p, g->e[i], g->pos[i], g->cat, -1, w->std); /* the caps are the allocation's */
		int64_t prio = priority(g->p, g->e[i], pl->jpm, g->year);
		for (int32_t k = 0; k < pl->n_gap; k++) {
			const struct kr_gap *gp = &pl->gap[k];
			struct kr_item *it = &g->item[g->n++];
			memset(it, 0, sizeof *it);
			it->employee = i;
			it->standard = (uint8_t)gp->standard_index; /* < KARIER_STANDARD_MAX */
			it->selisih = (int8_t)(gp->standar - gp->aktual);
			it->value = prio * it->selisih;
			it->status = gp->closed ? KARIER_FUNDED : KARIER_UNFUNDED_NO_COURSE;
			it->biaya = gp->biaya;
			it->jp = (int32_t)gp->jp;
			it->n_course = (uint8_t)gp->n_course;
			it->first_course = g->course_at + g->n_course;
			for (int32_t c = 0; c < gp->n_course; c++)
				g->course[g->n_course++] = pl->course[gp->first_course + c];
		}
	}
}

int karier_allocate(karier_allocation **out, const karier_policy *policy, const karier_employee *const *employees,
                    const karier_position *const *positions, int32_t n, const karier_catalog *cat, int64_t budget_idr,
                    int64_t budget_jp, int32_t year, int32_t threads)
{
	static const char fn[] = "karier_allocate";
	if (!out)
		return kr_null(fn, "out");
	if (!cat)
		return kr_null(fn, "catalog");
	if (n < 0)
		return kr_fail(KARIER_EINVAL, "%s: n is %d", fn, n);
	if (n > 0 && (!employees || !positions))
		return kr_null(fn, employees ? "positions" : "employees");
	if (budget_idr < KARIER_NO_LIMIT || budget_jp < KARIER_NO_LIMIT)
		return kr_fail(KARIER_EINVAL, "%s: budget %lld / %lld JP is negative", fn, (long long)budget_idr, (long long)budget_jp);
	if (year < KARIER_DATE_MIN_YEAR || year > KARIER_DATE_MAX_YEAR)
		return kr_fail(KARIER_ERANGE, "year: %d is outside %d..%d", year, KARIER_DATE_MIN_YEAR, KARIER_DATE_MAX_YEAR);
	if (threads < 1 || threads > KARIER_BATCH_MAX_THREADS)
		return kr_fail(KARIER_EINVAL, "%s: threads %d is outside 1..%d", fn, threads, KARIER_BATCH_MAX_THREADS);
	for (int32_t i = 0; i < n; i++)
		if (!employees[i])
			return kr_fail(KARIER_EINVAL, "%s: employees[%d] is NULL", fn, i);
	const karier_policy *p = kr_policy_or_default(policy);
	karier_allocation *a = kr_calloc(1, sizeof *a);
	uint32_t *closable = NULL;
	uint8_t *take = NULL, *best = NULL;
	int32_t *cap0 = NULL; /* per employee: the JP a PPPK may still take (n entries), then scratch (n more) */
	bool pppk_seen = false;
	struct kr_order o = {0};
	if (!a)
		goto nomem;

	/* one item per gap, in employee order: the employees in contiguous parts, one a thread (more
	 * parts would each end their stretch in a partly written 2 MB page), each writing into its
	 * stretch of the allocation's arrays (nothing is moved afterwards) */
	int32_t nparts = kr_parts(n, threads);
	struct gather g[KARIER_BATCH_MAX_THREADS];
	struct gatherer w[KARIER_BATCH_MAX_THREADS];
	int64_t room = 0; /* the standards of every employee's position: the items' room */
	for (int32_t t = 0; t < nparts; t++) {
		g[t] = (struct gather){.p = p, .e = employees, .pos = positions, .cat = cat, .year = year,
		                       .lo = kr_part_start(n, t, nparts), .hi = kr_part_start(n, t + 1, nparts),
		                       .at = (uint32_t)room, .course_at = (uint32_t)room * MAX_STEPS};
		for (int32_t i = g[t].lo; i < g[t].hi && room <= KR_ALLOCATION_ROOM; i++)
			room += positions[i] ? positions[i]->n_standard : 0;
		if (room > KR_ALLOCATION_ROOM) {
			karier_allocation_free(a);
			return kr_fail(KARIER_ELIMIT, "%s: more than %u competency standards to weigh", fn, (unsigned)KR_ALLOCATION_ROOM);
		}
	}
	a->parts = nparts;
	a->item = kr_malloc(((size_t)room + 1) * sizeof *a->item);
	a->course = kr_malloc(((size_t)room * MAX_STEPS + 1) * sizeof *a->course);
	a->at = kr_malloc((size_t)nparts * sizeof *a->at);
	a->first = kr_malloc(((size_t)nparts + 1) * sizeof *a->first);
	cap0 = kr_malloc(((size_t)n * 2 + 1) * sizeof *cap0);
	if (!a->item || !a->course || !a->at || !a->first || !cap0)
		goto nomem;
	for (int32_t t = 0; t < nparts; t++) {
		g[t].item = a->item + g[t].at;
		g[t].course = a->course + g[t].course_at;
		g[t].cap = cap0;
	}
	bool ready = true;
	for (int32_t t = 0; t < nparts; t++) {
		w[t] = (struct gatherer){g, kr_malloc(sizeof *w[t].pl), kr_std_cache_new()};
		ready = ready && w[t].pl && w[t].std;
	}
	if (ready)
		kr_run_chunks(gather_run, w, sizeof w[0], nparts, nparts);
	for (int32_t t = 0; t < nparts; t++) {
		kr_free(w[t].pl);
		kr_free(w[t].std);
	}
	for (int32_t t = 0; t < nparts; t++) {
		a->at[t] = g[t].at;
		a->first[t] = a->n;
		a->n += g[t].n;
		pppk_seen = pppk_seen || g[t].pppk;
	}
	a->first[nparts] = a->n;
	if (!ready)
		goto nomem;
	/* an item names its competency by its place in its employee's position: the positions kept */
	if (n > 0 && !(a->pos = kr_malloc((size_t)n * sizeof *a->pos)))
		goto nomem;
	if (a->pos)
		memcpy(a->pos, positions, (size_t)n * sizeof *a->pos);
	if (!pppk_seen) { /* no caps to keep (PP 49/2018 Ps40 limits a PPPK only) */
		kr_free(cap0);
		cap0 = NULL;
	}
	struct kr_limits lim = {budget_idr, budget_jp, budget_idr != KARIER_NO_LIMIT, budget_jp != KARIER_NO_LIMIT, cap0,
	                        cap0 ? cap0 + n : NULL, n};
	bool lim_idr = lim.lim_idr, lim_jp = lim.lim_jp;

	/* the fundable items, in item order: a course sequence exists and it fits the employee's cap alone */
	size_t rows = (size_t)a->n + 1;
	closable = kr_malloc(rows * sizeof *closable);
	take = kr_malloc(rows);
	best = kr_malloc(rows);
	o.idx = kr_malloc(rows * sizeof *o.idx);
	o.tmp_idx = kr_malloc(rows * sizeof *o.tmp_idx);
	o.key = kr_malloc(rows * sizeof *o.key);
	o.tmp_key = kr_malloc(rows * sizeof *o.tmp_key);
	if (!closable || !take || !best || !o.idx || !o.tmp_idx || !o.key || !o.tmp_key)
		goto nomem;
	uint32_t m = 0;
	for (int32_t t = 0; t < a->parts; t++)
		for (uint32_t i = a->at[t], end = i + (uint32_t)(a->first[t + 1] - a->first[t]); i < end; i++) {
			struct kr_item *it = &a->item[i];
			if (it->status == KARIER_UNFUNDED_NO_COURSE)
				a->status_count[KARIER_UNFUNDED_NO_COURSE]++;
			else if (cap0 && it->jp > cap0[it->employee]) {
				it->status = KARIER_UNFUNDED_PPPK_MAKS; /* over the cap on its own */
				a->status_count[KARIER_UNFUNDED_PPPK_MAKS]++;
			} else
				closable[m++] = i;
		}
	o.m = m;

	/* upper bound: each budget alone relaxes the problem, so each bound is valid */
	int64_t upper = 0;
	for (uint32_t i = 0; i < m; i++)
		upper += a->item[closable[i]].value;
	if (lim_idr) {
		order_by_density(&o, a->item, closable, BY_IDR, budget_idr, budget_jp, lim_idr, lim_jp);
		int64_t b = dantzig(a->item, o.idx, m, budget_idr, false);
		upper = b < upper ? b : upper;
	}
	if (lim_jp) {
		order_by_density(&o, a->item, closable, BY_JP, budget_idr, budget_jp, lim_idr, lim_jp);
		int64_t b = dantzig(a->item, o.idx, m, budget_jp, true);
		upper = b < upper ? b : upper;
	}

	/* greedy by density on the budget(s) that bind, then the best single item;
	 * with one budget that density is the one just sorted by, and with none
	 * every item in item order */
	if (lim_idr && lim_jp)
		order_by_density(&o, a->item, closable, BY_BOTH, budget_idr, budget_jp, lim_idr, lim_jp);
	else if (!lim_idr && !lim_jp)
		memcpy(o.idx, closable, (size_t)m * sizeof *o.idx);
	int64_t single = -1;
	for (uint32_t i = 0; i < m; i++) {
		const struct kr_item *it = &a->item[o.idx[i]];
		bool fits_alone = (!lim_idr || it->biaya <= budget_idr) && (!lim_jp || it->jp <= budget_jp);
		if (fits_alone && (single < 0 || it->value > a->item[o.idx[single]].value))
			single = i;
	}
	int64_t value = greedy_fill(a->item, o.idx, m, -1, &lim, take);
	if (single >= 0 && a->item[o.idx[single]].value > value) /* the classic repair: never below the best single item */
		value = greedy_fill(a->item, o.idx, m, single, &lim, take);

	/* then the optimum, where the search is cheap enough */
	a->method = KARIER_ALLOCATION_GREEDY;
	if (m <= (uint64_t)kr_pol(p, KR_LAT_ALOKASI_ITEM_EKSAK)) {
		struct kr_search sr = {.item = a->item, .l = &lim, .steps_max = (uint64_t)kr_pol(p, KR_LAT_ALOKASI_LANGKAH),
		                       .take = take, .best = best};
		bool finished = true;
		if (lim_idr || lim_jp) {
			/* the primary budget's density order; the greedy choice is the first best */
			if (lim_idr && lim_jp)
				order_by_density(&o, a->item, closable, BY_IDR, budget_idr, budget_jp, lim_idr, lim_jp);
			for (uint32_t k = 0; k < m; k++)
				best[k] = a->item[o.idx[k]].status == KARIER_FUNDED;
			sr.order = o.idx;
			sr.m = m;
			sr.primary_jp = !lim_idr;
			sr.best_value = value;
			finished = search(&sr);
			if (sr.best_value > value)
				value = apply(a->item, o.idx, m, best, &lim);
		} else if (cap0) {
			/* no budget: the employees are independent, each within its own cap */
			struct kr_limits one = {0, 0, false, true, NULL, NULL, 0};
			for (uint32_t from = 0, to; from < m && finished; from = to) {
				int32_t e = a->item[closable[from]].employee;
				for (to = from; to < m && a->item[closable[to]].employee == e; to++)
					;
				if (cap0[e] == INT32_MAX)
					continue;
				struct kr_order eo = {to - from, o.idx, o.tmp_idx, o.key, o.tmp_key};
				order_by_density(&eo, a->item, closable + from, BY_JP, 0, cap0[e], false, true);
				one.budget_jp = cap0[e];
				int64_t before = greedy_fill(a->item, eo.idx, eo.m, -1, &one, take);
				memcpy(best, take, eo.m);
				sr.order = eo.idx;
				sr.m = eo.m;
				sr.l = &one;
				sr.primary_jp = true;
				sr.best_value = before;
				finished = search(&sr);
				if (sr.best_value > before)
					apply(a->item, eo.idx, eo.m, best, &one);
			}
			value = 0;
			for (uint32_t i = 0; i < m; i++)
				value += a->item[closable[i]].status == KARIER_FUNDED ? a->item[closable[i]].value : 0;
		}
		a->method = finished ? KARIER_ALLOCATION_EXACT : KARIER_ALLOCATION_SEARCH_LIMIT;
		if (finished)
			upper = value;
	}
	for (uint32_t i = 0; i < m; i++) {
		const struct kr_item *it = &a->item[closable[i]];
		a->status_count[it->status]++;
		if (it->status == KARIER_FUNDED) {
			a->spent_idr += it->biaya;
			a->spent_jp += it->jp;
		}
	}
	a->value = value;
	a->upper = upper < value ? value : upper;
	kr_free(closable);
	kr_free(take);
	kr_free(best);
	kr_free(cap0);
	kr_free(o.idx);
	kr_free(o.tmp_idx);
	kr_free(o.key);
	kr_free(o.tmp_key);
	a->catalog = cat;
	*out = a;
	return KARIER_OK;
nomem:
	kr_free(closable);
	kr_free(take);
	kr_free(best);
	kr_free(cap0);
	kr_free(o.idx);
	kr_free(o.tmp_idx);
	kr_free(o.key);
	kr_free(o.tmp_key);
	karier_allocation_free(a);
	return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
}

int karier_allocation_summary(int64_t *out_spent_idr, int64_t *out_spent_jp, int64_t *out_value, int64_t *out_upper,
                              const karier_allocation *a)
{
	if (!a)
		return kr_null("karier_allocation_summary", "allocation");
	if (out_spent_idr)
		*out_spent_idr = a->spent_idr;
	if (out_spent_jp)
		*out_spent_jp = a->spent_jp;
	if (out_value)
		*out_value = a->value;
	if (out_upper)
		*out_upper = a->upper;
	return KARIER_OK;
}

int32_t karier_allocation_item_count(const karier_allocation *a) { return a ? a->n : 0; }

int karier_allocation_status_count(int32_t *out_count, const karier_allocation *a, int32_t status)
{
	static const char fn[] = "karier_allocation_status_count";
	if (!out_count)
		return kr_null(fn, "out_count");
	if (!a)
		return kr_null(fn, "allocation");
	if (status < KARIER_FUNDED || status > KARIER_UNFUNDED_PPPK_MAKS)
		return kr_fail(KARIER_EINVAL, "%s: status %d is not a karier_unfunded (0..%d)", fn, status,
		               KARIER_UNFUNDED_PPPK_MAKS);
	*out_count = a->status_count[status];
	return KARIER_OK;
}

int32_t karier_allocation_method(const karier_allocation *a) { return a ? a->method : 0; }

/* Item i (0..n - 1): in the last part whose first item is at most i (an empty
 * part's first is the next part's). */
static const struct kr_item *item_of(const karier_allocation *a, int32_t i)
{
	int32_t lo = 0, hi = a->parts - 1;
	while (lo < hi) {
		int32_t mid = lo + (hi - lo + 1) / 2;
		if (a->first[mid] <= i)
			lo = mid;
		else
			hi = mid - 1;
	}
	return &a->item[a->at[lo] + (uint32_t)(i - a->first[lo])];
}

static const struct kr_item *item_at(const karier_allocation *a, int32_t i, const char *fn)
{
	if (!a) {
		kr_null(fn, "allocation");
		return NULL;
	}
	if (i < 0 || i >= a->n) {
		kr_fail(KARIER_ENOTFOUND, "item: index %d is outside 0..%d", i, a->n - 1);
		return NULL;
	}
	return item_of(a, i);
}

int karier_allocation_item_get(int32_t *out_employee, const char **out_kompetensi, int32_t *out_selisih,
                               int64_t *out_biaya, int64_t *out_jp, int64_t *out_value, int32_t *out_status,
                               const karier_allocation *a, int32_t i)
{
	const struct kr_item *it = item_at(a, i, "karier_allocation_item_get");
	if (!it)
		return karier_last_error_code();
	if (out_employee)
		*out_employee = it->employee;
	if (out_kompetensi) /* borrowed from the position, which outlives the allocation */
		*out_kompetensi = a->pos[it->employee]->standard[it->standard].code;
	if (out_selisih)
		*out_selisih = it->selisih;
	if (out_biaya)
		*out_biaya = it->biaya;
	if (out_jp)
		*out_jp = it->jp;
	if (out_value)
		*out_value = it->value;
	if (out_status)
		*out_status = it->status;
	return KARIER_OK;
}

int32_t karier_allocation_item_course_count(const karier_allocation *a, int32_t i)
{
	return a && i >= 0 && i < a->n ? item_of(a, i)->n_course : 0;
}

int karier_allocation_item_course(const char **out_code, const karier_allocation *a, int32_t i, int32_t k)
{
	const struct kr_item *it = item_at(a, i, "karier_allocation_item_course");
	if (!it)
		return karier_last_error_code();
	if (k < 0 || k >= it->n_course)
		return kr_fail(KARIER_ENOTFOUND, "course: index %d is outside 0..%d", k, it->n_course - 1);
	if (out_code)
		*out_code = a->catalog->c[a->course[it->first_course + (uint32_t)k]].code;
	return KARIER_OK;
}
