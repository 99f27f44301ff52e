/*
 * audit.c - outcomes compared across groups: rates, adverse-impact ratios,
 * the four-fifths flag, suppression of small groups, a test of
 * independence, and the median and quartiles of scores.  Counts are exact
 * integers; rates and ratios are decided on exact products (128-bit).
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "stats.h"

#define MAX_COLS 64
#define NAME_MAX_BYTES 64

struct grouping {
	char *name;
	int32_t ngroups;
	char **labels; /* by group id, in byte order */
	int32_t *gid;  /* n */
};

struct column {
	char *name;
	int32_t kind; /* karier_audit_kind */
	int32_t *v;   /* n */
};

struct group_res {
	int32_t gid;
	int64_t n, sel;
	int32_t rate, ratio, flagged, median, q1, q3, mean;
};

struct comparison {
	int32_t col, grp;
	int32_t shown, suppressed, method, df, p, flagged, significant;
	int64_t suppressed_n, stat;
	struct group_res *g;
};

struct karier_audit {
	const karier_policy *pol;
	int32_t n;
	int32_t ngrp, ncol, ncmp;
	struct grouping grp[MAX_COLS];
	struct column col[MAX_COLS];
	struct comparison *cmp;
};

/* ---- 128-bit products, for exact comparisons of rates ---- */
struct u128 {
	uint64_t hi, lo;
};

static struct u128 mul(uint64_t a, uint64_t b)
{
	uint64_t al = a & 0xffffffffu, ah = a >> 32, bl = b & 0xffffffffu, bh = b >> 32;
	uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
	struct u128 r = {hh + (lh >> 32) + (hl >> 32) + (mid >> 32), (mid << 32) | (ll & 0xffffffffu)};
	return r;
}

static int cmp128(struct u128 x, struct u128 y)
{
	if (x.hi != y.hi)
		return x.hi < y.hi ? -1 : 1;
	return x.lo < y.lo ? -1 : x.lo > y.lo;
}

/* ---- results ---- */
static void drop_results(karier_audit *a)
{
	for (int32_t i = 0; i < a->ncmp; i++)
		kr_free(a->cmp[i].g);
	kr_free(a->cmp);
	a->cmp = NULL;
	a->ncmp = 0;
}

KARIER_API int karier_audit_new(karier_audit **out, const karier_policy *policy, int32_t n)
{
	if (!out)
		return kr_null("karier_audit_new", "out");
	if (n < 0)
		return kr_fail(KARIER_EINVAL, "karier_audit_new: n is negative (%d)", n);
	karier_audit *a = kr_calloc(1, sizeof *a);
	if (!a)
		return kr_fail(KARIER_ENOMEM, "karier_audit_new: out of memory");
	a->pol = kr_policy_or_default(policy);
	a->n = n;
	*out = a;
	return KARIER_OK;
}

static void free_grouping(struct grouping *g)
{
	for (int32_t k = 0; k < g->ngroups; k++)
		kr_free(g->labels[k]);
	kr_free(g->labels);
	kr_free(g->gid);
	kr_free(g->name);
}

KARIER_API void karier_audit_free(karier_audit *a)
{
	if (!a)
		return;
	drop_results(a);
	for (int32_t i = 0; i < a->ngrp; i++)
		free_grouping(&a->grp[i]);
	for (int32_t i = 0; i < a->ncol; i++) {
		kr_free(a->col[i].name);
		kr_free(a->col[i].v);
	}
	kr_free(a);
}

static char *dup(const char *s)
{
	size_t len = strlen(s);
	char *d = kr_malloc(len + 1);
	if (d)
		memcpy(d, s, len + 1);
	return d;
}

/* A new column's name: 1..64 bytes, not taken by another column. */
static int check_name(const karier_audit *a, const char *func, const char *name, bool grouping)
{
	size_t len = strlen(name);
	if (len == 0 || len > NAME_MAX_BYTES)
		return kr_fail(KARIER_EINVAL, "%s: name must be 1 to %d bytes (%zu)", func, NAME_MAX_BYTES, len);
	if ((grouping ? a->ngrp : a->ncol) >= MAX_COLS)
		return kr_fail(KARIER_ELIMIT, "%s: at most %d %s", func, MAX_COLS, grouping ? "groupings" : "outcomes and scores");
	for (int32_t i = 0; i < a->ngrp; i++)
		if (!strcmp(a->grp[i].name, name))
			return kr_fail(KARIER_EEXISTS, "%s: a grouping named \"%s\" is already in the audit", func, name);
	for (int32_t i = 0; i < a->ncol; i++)
		if (!strcmp(a->col[i].name, name))
			return kr_fail(KARIER_EEXISTS, "%s: an outcome or score named \"%s\" is already in the audit", func, name);
	return KARIER_OK;
}

/* ---- interning labels: an open-addressing table of label -> provisional id ---- */
struct intern {
	struct grouping *g;
	int32_t cap; /* groups the labels array holds */
	uint32_t mask;
	int32_t *slot; /* provisional id + 1, 0 empty */
	uint32_t *hash;
};

static bool intern_grow(struct intern *t)
{
	uint32_t nmask = t->mask ? t->mask * 2 + 1 : 63;
	int32_t *ns = kr_calloc((size_t)nmask + 1, sizeof *ns);
	uint32_t *nh = kr_calloc((size_t)nmask + 1, sizeof *nh);
	if (!ns || !nh) {
		kr_free(ns);
		kr_free(nh);
		return false;
	}
	for (uint32_t i = 0; t->slot && i <= t->mask; i++)
		if (t->slot[i]) {
			uint32_t j = t->hash[i] & nmask;
			while (ns[j])
				j = (j + 1) & nmask;
			ns[j] = t->slot[i];
			nh[j] = t->hash[i];
		}
	kr_free(t->slot);
	kr_free(t->hash);
	t->slot = ns;
	t->hash = nh;
	t->mask = nmask;
	return true;
}

/* The provisional id of label s, added when new; -1 when out of memory. */
static int32_t intern(struct intern *t, const char *s)
{
	if (!s || !*s)
		s = "-";
	if ((uint32_t)t->g->ngroups * 2 >= t->mask && !intern_grow(t))
		return -1;
	uint32_t h = kr_text_hash(s, strlen(s)), j = h & t->mask; /* the library's hash of text */
	for (; t->slot[j]; j = (j + 1) & t->mask)
		if (t->hash[j] == h && !strcmp(t->g->labels[t->slot[j] - 1], s))
			return t->slot[j] - 1;
	if (t->g->ngroups == t->cap) {
		int32_t ncap = t->cap ? t->cap * 2 : 16;
		char **nl = kr_realloc(t->g->labels, (size_t)ncap * sizeof *nl);
		if (!nl)
			return -1;
		t->g->labels = nl;
		t->cap = ncap;
	}
	char *copy = dup(s);
	if (!copy)
		return -1;
	t->g->labels[t->g->ngroups] = copy;
	t->slot[j] = ++t->g->ngroups;
	t->hash[j] = h;
	return t->g->ngroups - 1;
}

struct labelled {
	char *label;
	int32_t id;
};

static int by_label(const void *a, const void *b)
{
	return strcmp(((const struct labelled *)a)->label, ((const struct labelled *)b)->label);
}

/* Renumber the groups in byte order of their labels (unique, so any sort gives the one order). */
static bool order_groups(struct grouping *g, int32_t n)
{
	int32_t k = g->ngroups;
	struct labelled *pair = kr_malloc(((size_t)k + 1) * sizeof *pair);
	int32_t *rank = kr_malloc(((size_t)k + 1) * sizeof *rank);
	if (!pair || !rank) {
		kr_free(pair);
		kr_free(rank);
		return false;
	}
	for (int32_t i = 0; i < k; i++)
		pair[i] = (struct labelled){g->labels[i], i};
	qsort(pair, (size_t)k, sizeof *pair, by_label);
	for (int32_t i = 0; i < k; i++) {
		rank[pair[i].id] = i;
		g->labels[i] = pair[i].label;
	}
	for (int32_t i = 0; i < n; i++)
		g->gid[i] = rank[g->gid[i]];
	kr_free(pair);
	kr_free(rank);
	return true;
}

typedef const char *(*label_fn)(char *buf, size_t size, const void *src, int32_t i, const void *ctx);

static int add_grouping(karier_audit *a, const char *func, const char *name, label_fn fn, const void *src,
                        const void *ctx)
{
	int rc = check_name(a, func, name, true);
	if (rc)
		return rc;
	struct grouping g = {0};
	struct intern t = {&g, 0, 0, NULL, NULL};
	g.name = dup(name);
	g.gid = kr_malloc(((size_t)a->n + 1) * sizeof *g.gid);
	bool ok = g.name && g.gid && intern_grow(&t);
	char buf[128];
	for (int32_t i = 0; ok && i < a->n; i++)
		ok = (g.gid[i] = intern(&t, fn(buf, sizeof buf, src, i, ctx))) >= 0;
	ok = ok && order_groups(&g, a->n);
	kr_free(t.slot);
	kr_free(t.hash);
	if (!ok) {
		free_grouping(&g);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", func);
	}
	drop_results(a);
	a->grp[a->ngrp++] = g;
	return KARIER_OK;
}

static const char *label_given(char *buf, size_t size, const void *src, int32_t i, const void *ctx)
{
	(void)buf, (void)size, (void)ctx;
	return ((const char *const *)src)[i];
}

KARIER_API int karier_audit_add_grouping(karier_audit *a, const char *name, const char *const *labels)
{
	if (!a)
		return kr_null("karier_audit_add_grouping", "audit");
	if (!name)
		return kr_null("karier_audit_add_grouping", "name");
	if (!labels && a->n > 0)
		return kr_null("karier_audit_add_grouping", "labels");
	return add_grouping(a, "karier_audit_add_grouping", name, label_given, labels, NULL);
}

struct builtin_ctx {
	int32_t by, date, width;
	const karier_policy *pol;
};

/* Birth date and sex digit from the NIP (a PNS NIP or an NI PPPK); false when it does not parse. */
static bool from_nip(int32_t *birth, int32_t *sex, const karier_employee *e, const karier_policy *pol)
{
	const char *nip = karier_employee_nip(e);
	if (karier_employee_status(e) == KARIER_STATUS_PPPK)
		return karier_nipppk_parse(NULL, birth, NULL, NULL, sex, NULL, nip, pol) == KARIER_OK;
	return karier_nip_parse(NULL, birth, NULL, sex, NULL, nip, pol) == KARIER_OK;
}

static const char *label_builtin(char *buf, size_t size, const void *src, int32_t i, const void *ctx)
{
	const karier_employee *e = ((const karier_employee *const *)src)[i];
	const struct builtin_ctx *c = ctx;
	int32_t birth = 0, sex = 0, v;
	switch (c->by) {
	case KARIER_AUDIT_BY_JENIS_KELAMIN:
		if (!from_nip(&birth, &sex, e, c->pol))
			return "-";
		return sex == 1 ? "laki-laki" : "perempuan";
	case KARIER_AUDIT_BY_USIA: {
		if (!from_nip(&birth, &sex, e, c->pol) || birth > c->date)
			return "-";
		int32_t age = KR_Y(c->date) - KR_Y(birth) - (c->date % 10000 < birth % 10000);
		int32_t lo = age / c->width * c->width;
		if (c->width == 1)
			snprintf(buf, size, "%02d", age);
		else
			snprintf(buf, size, "%02d-%02d", lo, lo + c->width - 1);
		return buf;
	}
	case KARIER_AUDIT_BY_STATUS:
		return karier_code_name(KARIER_CODE_STATUS, karier_employee_status(e));
	case KARIER_AUDIT_BY_PENDIDIKAN:
		v = karier_employee_pendidikan(e);
		return v ? karier_code_name(KARIER_CODE_PENDIDIKAN, v) : "-";
	case KARIER_AUDIT_BY_GOLONGAN: {
		static const char *const band[] = {"I", "II", "III", "IV"};
		v = karier_employee_golongan(e);
		if (!v)
			return "-";
		if (karier_employee_status(e) == KARIER_STATUS_PPPK) {
			snprintf(buf, size, "PPPK %s", karier_code_name(KARIER_CODE_PPPK_GOLONGAN, v));
			return buf;
		}
		return band[v >= KARIER_GOL_IVA ? 3 : (v - 1) / 4];
	}
	default: /* KARIER_AUDIT_BY_UNIT_KERJA */
		return karier_employee_unit_kerja(e);
	}
}

KARIER_API int karier_audit_add_builtin(karier_audit *a, int32_t by, const karier_employee *const *employees,
                                        int32_t date)
{
	static const char *const names[] = {NULL, "jenis_kelamin", "usia", "status", "pendidikan", "golongan", "unit_kerja"};
	const char *func = "karier_audit_add_builtin";
	if (!a)
		return kr_null(func, "audit");
	if (!employees && a->n > 0)
		return kr_null(func, "employees");
	if (by < 1 || by > KARIER_AUDIT_BY_COUNT)
		return kr_fail(KARIER_EINVAL, "%s: unknown grouping %d (1..%d)", func, by, KARIER_AUDIT_BY_COUNT);
	if (by == KARIER_AUDIT_BY_USIA) {
		int rc = kr_check_date("date", date);
		if (rc)
			return rc;
	}
	for (int32_t i = 0; i < a->n; i++)
		if (!employees[i])
			return kr_fail(KARIER_EINVAL, "%s: employee %d is NULL", func, i);
	struct builtin_ctx c = {by, date, (int32_t)kr_pol(a->pol, KR_AUDIT_USIA_PITA), a->pol};
	return add_grouping(a, func, names[by], label_builtin, employees, &c);
}

static int add_column(karier_audit *a, const char *func, const char *name, const int32_t *values, int32_t kind)
{
	if (!a)
		return kr_null(func, "audit");
	if (!name)
		return kr_null(func, "name");
	if (!values && a->n > 0)
		return kr_null(func, "values");
	int rc = check_name(a, func, name, false);
	if (rc)
		return rc;
	if (kind == KARIER_AUDIT_OUTCOME)
		for (int32_t i = 0; i < a->n; i++)
			if (values[i] != 0 && values[i] != 1 && values[i] != KARIER_AUDIT_NA)
				return kr_fail(KARIER_ERANGE, "%s: values[%d] is %d (1, 0 or KARIER_AUDIT_NA)", func, i, values[i]);
	struct column c = {dup(name), kind, kr_malloc(((size_t)a->n + 1) * sizeof(int32_t))};
	if (!c.name || !c.v) {
		kr_free(c.name);
		kr_free(c.v);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", func);
	}
	if (a->n)
		memcpy(c.v, values, (size_t)a->n * sizeof(int32_t));
	drop_results(a);
	a->col[a->ncol++] = c;
	return KARIER_OK;
}

KARIER_API int karier_audit_add_outcome(karier_audit *a, const char *name, const int32_t *values)
{
	return add_column(a, "karier_audit_add_outcome", name, values, KARIER_AUDIT_OUTCOME);
}

KARIER_API int karier_audit_add_score(karier_audit *a, const char *name, const int32_t *values)
{
	return add_column(a, "karier_audit_add_score", name, values, KARIER_AUDIT_SCORE);
}

/* ---- evaluation ---- */

/* floor(x / y) for y > 0 */
static int64_t floor_div(int64_t x, int64_t y) { return x >= 0 ? x / y : -((-x + y - 1) / y); }

static void outcome_groups(struct comparison *c, int64_t thr, int64_t alpha)
{
	/* the reference: the highest rate sel/n among the shown groups, compared exactly */
	int32_t top = -1;
	for (int32_t k = 0; k < c->shown; k++) {
		struct group_res *g = &c->g[k];
		g->rate = (int32_t)((g->sel * 20000 + g->n) / (2 * g->n)); /* half up */
		g->median = g->q1 = g->q3 = g->mean = KARIER_AUDIT_NA;
		if (top < 0 || cmp128(mul((uint64_t)g->sel, (uint64_t)c->g[top].n), mul((uint64_t)c->g[top].sel, (uint64_t)g->n)) > 0)
			top = k;
	}
	int64_t tsel = top >= 0 ? c->g[top].sel : 0, tn = top >= 0 ? c->g[top].n : 0;
	for (int32_t k = 0; k < c->shown; k++) {
		struct group_res *g = &c->g[k];
		if (!tsel) {
			g->ratio = -1;
			continue;
		}
		/* ratio = floor(sel n_top 10000 / (n sel_top)), at most 10000 */
		uint64_t num = (uint64_t)g->sel * (uint64_t)tn, den = (uint64_t)g->n * (uint64_t)tsel;
		struct u128 lhs = mul(num, 10000);
		int64_t r = (int64_t)((double)num / (double)den * 10000.0);
		if (r < 0)
			r = 0;
		if (r > 10000)
			r = 10000;
		while (r > 0 && cmp128(mul((uint64_t)r, den), lhs) > 0)
			r--;
		while (r < 10000 && cmp128(mul((uint64_t)r + 1, den), lhs) <= 0)
			r++;
		g->ratio = (int32_t)r;
		/* flagged: sel/n < thr/10000 * tsel/tn, i.e. sel tn 10000 < thr tsel n */
		g->flagged = cmp128(lhs, mul((uint64_t)thr, den)) < 0;
		c->flagged += g->flagged;
	}
	/* the test, over the shown groups */
	int64_t sel = 0, n = 0;
	for (int32_t k = 0; k < c->shown; k++) {
		sel += c->g[k].sel;
		n += c->g[k].n;
	}
	c->method = KARIER_AUDIT_TEST_NONE;
	c->p = -1;
	if (c->shown < 2 || sel == 0 || sel == n)
		return;
	double p;
	if (c->shown == 2) {
		c->method = KARIER_AUDIT_TEST_FISHER;
		p = kr_fisher_p(c->g[0].sel, c->g[0].n - c->g[0].sel, c->g[1].sel, c->g[1].n - c->g[1].sel);
	} else {
		/* r x 2: X^2 = sum over groups of (sel - E)^2 / E + (n - sel - E')^2 / E' */
		double x2 = 0.0;
		for (int32_t k = 0; k < c->shown; k++) {
			double e1 = (double)c->g[k].n * (double)sel / (double)n, e0 = (double)c->g[k].n * (double)(n - sel) / (double)n;
			double d1 = (double)c->g[k].sel - e1, d0 = (double)(c->g[k].n - c->g[k].sel) - e0;
			x2 += d1 * d1 / e1 + d0 * d0 / e0;
		}
		c->method = KARIER_AUDIT_TEST_CHI_SQUARE;
		c->df = c->shown - 1;
		c->stat = (int64_t)(x2 * 100.0 + 0.5);
		p = kr_chi2_q(x2, c->df);
	}
	c->p = kr_ppm(p);
	c->significant = p < (double)alpha / 10000.0;
}

/* Sort n keys: LSD radix on the bytes that differ between keys (a merit score and a group index
 * differ in three or four of the eight), through tmp of n keys.  Stable, O(n) per byte sorted. */
static void radix_sort(uint64_t *keys, uint64_t *tmp, int64_t n)
{
	if (n < 2)
		return;
	uint64_t differ = 0;
	for (int64_t i = 1; i < n; i++)
		differ |= keys[i] ^ keys[0];
	uint64_t *from = keys, *to = tmp;
	for (int shift = 0; shift < 64; shift += 8) {
		if (!((differ >> shift) & 0xff))
			continue;
		int64_t count[257] = {0};
		for (int64_t i = 0; i < n; i++)
			count[((from[i] >> shift) & 0xff) + 1]++;
		for (int b = 0; b < 256; b++)
			count[b + 1] += count[b];
		for (int64_t i = 0; i < n; i++)
			to[count[(from[i] >> shift) & 0xff]++] = from[i];
		uint64_t *x = from;
		from = to;
		to = x;
	}
	if (from != keys)
		memcpy(keys, from, (size_t)n * sizeof *keys);
}

/* the value at nearest rank ceil(pct n / 100), 1-based, of a sorted run */
static int32_t rank_value(const uint64_t *run, int64_t n, int32_t pct)
{
	int64_t r = (pct * n + 99) / 100;
	if (r < 1)
		r = 1;
	return (int32_t)((uint32_t)run[r - 1] ^ 0x80000000u);
}

static bool score_groups(struct comparison *c, const karier_audit *a, const struct column *col, const struct grouping *g,
                         const int32_t *shown_index)
{
	int64_t m = 0;
	for (int32_t k = 0; k < c->shown; k++) {
		m += c->g[k].n;
		c->g[k].sel = -1;
		c->g[k].rate = c->g[k].ratio = -1;
	}
	uint64_t *keys = kr_malloc(((size_t)m + 1) * 2 * sizeof *keys);
	if (!keys)
		return false;
	int64_t j = 0;
	for (int32_t i = 0; i < a->n; i++) {
		int32_t s = shown_index[g->gid[i]];
		if (col->v[i] == KARIER_AUDIT_NA || s < 0)
			continue;
		keys[j++] = (uint64_t)(uint32_t)s << 32 | ((uint32_t)col->v[i] ^ 0x80000000u);
	}
	radix_sort(keys, keys + m + 1, m);
	int64_t at = 0;
	for (int32_t k = 0; k < c->shown; k++) {
		struct group_res *r = &c->g[k];
		const uint64_t *run = keys + at;
		int64_t n = r->n, sum = 0;
		for (int64_t t = 0; t < n; t++)
			sum += (int32_t)((uint32_t)run[t] ^ 0x80000000u);
		int64_t lo = (int32_t)((uint32_t)run[(n - 1) / 2] ^ 0x80000000u), hi = (int32_t)((uint32_t)run[n / 2] ^ 0x80000000u);
		r->median = (int32_t)floor_div(lo + hi + 1, 2);
		r->q1 = rank_value(run, n, 25);
		r->q3 = rank_value(run, n, 75);
		r->mean = (int32_t)floor_div(2 * sum + n, 2 * n);
		at += n;
	}
	kr_free(keys);
	return true;
}

static bool compare(struct comparison *c, const karier_audit *a, const struct column *col, const struct grouping *g,
                    int64_t *n, int64_t *sel, int32_t *shown_index)
{
	int64_t min = kr_pol(a->pol, KR_AUDIT_KELOMPOK_MIN);
	memset(n, 0, (size_t)g->ngroups * sizeof *n);
	memset(sel, 0, (size_t)g->ngroups * sizeof *sel);
	for (int32_t i = 0; i < a->n; i++) {
		int32_t v = col->v[i];
		if (v == KARIER_AUDIT_NA)
			continue;
		n[g->gid[i]]++;
		sel[g->gid[i]] += col->kind == KARIER_AUDIT_OUTCOME && v == 1;
	}
	for (int32_t k = 0; k < g->ngroups; k++) {
		shown_index[k] = -1;
		if (!n[k])
			continue;
		if (n[k] < min) {
			c->suppressed++;
			c->suppressed_n += n[k];
		} else
			shown_index[k] = c->shown++;
	}
	c->g = kr_calloc((size_t)c->shown + 1, sizeof *c->g);
	if (!c->g)
		return false;
	for (int32_t k = 0; k < g->ngroups; k++)
		if (shown_index[k] >= 0) {
			struct group_res *r = &c->g[shown_index[k]];
			r->gid = k;
			r->n = n[k];
			r->sel = sel[k];
		}
	if (col->kind == KARIER_AUDIT_SCORE) {
		c->method = KARIER_AUDIT_TEST_NONE;
		c->p = -1;
		return score_groups(c, a, col, g, shown_index);
	}
	outcome_groups(c, kr_pol(a->pol, KR_AUDIT_RASIO_MIN), kr_pol(a->pol, KR_AUDIT_ALPHA));
	return true;
}

KARIER_API int karier_audit_evaluate(karier_audit *a)
{
	if (!a)
		return kr_null("karier_audit_evaluate", "audit");
	drop_results(a);
	int32_t most = 1;
	for (int32_t i = 0; i < a->ngrp; i++)
		if (a->grp[i].ngroups > most)
			most = a->grp[i].ngroups;
	int32_t total = a->ncol * a->ngrp;
	struct comparison *cmp = kr_calloc((size_t)total + 1, sizeof *cmp);
	int64_t *n = kr_malloc((size_t)most * sizeof *n), *sel = kr_malloc((size_t)most * sizeof *sel);
	int32_t *shown = kr_malloc((size_t)most * sizeof *shown);
	bool ok = cmp && n && sel && shown;
	int32_t done = 0;
	for (int32_t o = 0; ok && o < a->ncol; o++)
		for (int32_t g = 0; ok && g < a->ngrp; g++) {
			struct comparison *c = &cmp[done++];
			c->col = o;
			c->grp = g;
			ok = compare(c, a, &a->col[o], &a->grp[g], n, sel, shown);
		}
	kr_free(n);
	kr_free(sel);
	kr_free(shown);
	if (!ok) {
		for (int32_t i = 0; cmp && i < done; i++)
			kr_free(cmp[i].g);
		kr_free(cmp);
		return kr_fail(KARIER_ENOMEM, "karier_audit_evaluate: out of memory");
	}
	a->cmp = cmp;
	a->ncmp = total;
	return KARIER_OK;
}

KARIER_API int32_t karier_audit_comparison_count(const karier_audit *a) { return a ? a->ncmp : 0; }

KARIER_API int karier_audit_comparison_get(const char **out_outcome, const char **out_grouping, int32_t *out_kind,
                                           int32_t *out_groups, int32_t *out_suppressed, int64_t *out_suppressed_n,
                                           int32_t *out_method, int64_t *out_statistic, int32_t *out_df,
                                           int32_t *out_p_ppm, int32_t *out_flagged, int32_t *out_significant,
                                           const karier_audit *a, int32_t index)
{
	if (!a)
		return kr_null("karier_audit_comparison_get", "audit");
	if (index < 0 || index >= a->ncmp)
		return kr_fail(KARIER_ENOTFOUND, "karier_audit_comparison_get: no comparison %d (%d evaluated)", index, a->ncmp);
	const struct comparison *c = &a->cmp[index];
	if (out_outcome)
		*out_outcome = a->col[c->col].name;
	if (out_grouping)
		*out_grouping = a->grp[c->grp].name;
	if (out_kind)
		*out_kind = a->col[c->col].kind;
	if (out_groups)
		*out_groups = c->shown;
	if (out_suppressed)
		*out_suppressed = c->suppressed;
	if (out_suppressed_n)
		*out_suppressed_n = c->suppressed_n;
	if (out_method)
		*out_method = c->method;
	if (out_statistic)
		*out_statistic = c->stat;
	if (out_df)
		*out_df = c->df;
	if (out_p_ppm)
		*out_p_ppm = c->p;
	if (out_flagged)
		*out_flagged = c->flagged;
	if (out_significant)
		*out_significant = c->significant;
	return KARIER_OK;
}

KARIER_API int karier_audit_group_get(const char **out_label, int64_t *out_n, int64_t *out_selected,
                                      int32_t *out_rate, int32_t *out_ratio, int32_t *out_flagged,
                                      int32_t *out_median, int32_t *out_q1, int32_t *out_q3, int32_t *out_mean,
                                      const karier_audit *a, int32_t comparison, int32_t group)
{
	if (!a)
		return kr_null("karier_audit_group_get", "audit");
	if (comparison < 0 || comparison >= a->ncmp)
		return kr_fail(KARIER_ENOTFOUND, "karier_audit_group_get: no comparison %d (%d evaluated)", comparison, a->ncmp);
	const struct comparison *c = &a->cmp[comparison];
	if (group < 0 || group >= c->shown)
		return kr_fail(KARIER_ENOTFOUND, "karier_audit_group_get: comparison %d shows no group %d (%d shown)", comparison,
		               group, c->shown);
	const struct group_res *g = &c->g[group];
	if (out_label)
		*out_label = a->grp[c->grp].labels[g->gid];
	if (out_n)
		*out_n = g->n;
	if (out_selected)
		*out_selected = g->sel;
	if (out_rate)
		*out_rate = g->rate;
	if (out_ratio)
		*out_ratio = g->ratio;
	if (out_flagged)
		*out_flagged = g->flagged;
	if (out_median)
		*out_median = g->median;
	if (out_q1)
		*out_q1 = g->q1;
	if (out_q3)
		*out_q3 = g->q3;
	if (out_mean)
		*out_mean = g->mean;
	return KARIER_OK;
}

KARIER_API const char *karier_audit_label(const karier_audit *a, int32_t grouping, int32_t index)
{
	if (!a || grouping < 0 || grouping >= a->ngrp || index < 0 || index >= a->n)
		return NULL;
	const struct grouping *g = &a->grp[grouping];
	return g->labels[g->gid[index]];
}
