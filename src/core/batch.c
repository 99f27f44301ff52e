/*
 * batch.c - many employees in one call, on several threads, into columns.
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "cohort_load.h"
#include "decision.h"

struct karier_batch {
	int32_t n, what;
	int32_t *col[KARIER_COL_COUNT + 1];
	int64_t *biaya;
	uint8_t *first_failure; /* check id + 1, 0 when none */
	struct kr_check *reason; /* KARIER_BATCH_REASONS: the decisive check of each refusal (read when first_failure says so) */
};

struct part {
	const karier_policy *p;
	const karier_employee *const *emp; /* either pointers */
	const karier_employee *cemp;       /* or a cohort's array */
	const karier_position *const *pos;
	const karier_catalog *cat;
	int32_t date, period, what, n, chunks; /* the employees, cut into chunks taken in turn (kr_run_chunks) */
	karier_batch *b;
	/* scratch objects, allocated by the calling thread: workers never allocate */
	karier_decision *d;
	karier_merit *m;
	karier_plan *pl;
	struct kr_std_cache *std;
};

/* Chunk c of the employees on a worker's scratch: each employee's results into its own rows. */
static void run_chunk(void *worker, int32_t c)
{
	struct part *w = worker;
	karier_batch *b = w->b;
	karier_decision *d = w->d;
	karier_merit *m = w->m;
	karier_plan *pl = w->pl;
	for (int32_t i = kr_part_start(w->n, c, w->chunks), to = kr_part_start(w->n, c + 1, w->chunks); i < to; i++) {
		const karier_employee *e = w->cemp ? &w->cemp[i] : w->emp[i];
		const karier_position *pos = w->pos ? w->pos[i] : NULL;
		if (d) {
			kr_promotion_fill(d, w->p, e, pos, w->date, w->period);
			b->col[KARIER_COL_ELIGIBLE][i] = d->eligible;
			b->col[KARIER_COL_JENIS][i] = d->jenis;
			b->col[KARIER_COL_GOLONGAN_BARU][i] = d->gol_baru;
			b->col[KARIER_COL_TANGGAL][i] = d->tanggal;
			b->col[KARIER_COL_PALING_AWAL][i] = d->paling_awal;
			b->col[KARIER_COL_PENSIUN][i] = d->pensiun;
			b->col[KARIER_COL_FAILED_CHECKS][i] = d->n_failed;
			b->first_failure[i] = (uint8_t)d->reason_id; /* the decisive reason, when there is one */
			if (b->reason && d->reason_id)
				b->reason[i] = d->reason_check;
		}
		if (m) {
			kr_merit_fill(m, w->p, e, pos, w->date, w->std);
			b->col[KARIER_COL_MERIT_SCORE][i] = karier_merit_score(m);
			b->col[KARIER_COL_BOX][i] = karier_merit_box(m);
			b->col[KARIER_COL_KINERJA_AXIS][i] = karier_merit_kinerja_axis(m);
			b->col[KARIER_COL_POTENSI_AXIS][i] = karier_merit_potensi_axis(m);
			b->col[KARIER_COL_TALENT_POOL][i] = karier_merit_talent_pool(m);
			b->col[KARIER_COL_MERIT_MISSING][i] = karier_merit_missing(m);
		}
		if (pl) {
			int32_t gaps = -1, open = -1, pjp = -1, jpm = -1, cat = -1;
			int64_t biaya = -1;
			if (pos) {
				kr_plan_fill(pl, w->p, e, pos, w->cat, kr_plan_jp_cap(w->p, e), w->std);
				jpm = karier_plan_jpm(pl);
				cat = karier_plan_jpm_category(pl);
				gaps = karier_plan_gap_count(pl);
				open = 0;
				for (int32_t g = 0; g < gaps; g++) {
					int32_t closed;
					karier_plan_gap_get(NULL, NULL, NULL, NULL, &closed, NULL, pl, g);
					open += closed != 1;
				}
				karier_plan_totals(&pjp, &biaya, pl);
			}
			int32_t jp, below;
			karier_jp_ledger(&jp, NULL, NULL, &below, NULL, w->p, e, KR_Y(w->date));
			b->col[KARIER_COL_JPM][i] = jpm;
			b->col[KARIER_COL_JPM_CATEGORY][i] = cat;
			b->col[KARIER_COL_GAPS][i] = gaps;
			b->col[KARIER_COL_GAPS_OPEN][i] = open;
			b->col[KARIER_COL_PLAN_JP][i] = pjp;
			b->col[KARIER_COL_JP_TAHUN][i] = jp;
			b->col[KARIER_COL_BELOW_MINIMUM][i] = below;
			b->biaya[i] = biaya;
		}
	}
}

void karier_batch_free(karier_batch *b)
{
	if (!b)
		return;
	for (int c = 1; c <= KARIER_COL_COUNT; c++)
		kr_free(b->col[c]);
	kr_free(b->biaya);
	kr_free(b->first_failure);
	kr_free(b->reason);
	kr_free(b);
}

static bool column_in(int32_t c, int32_t what)
{
	if (c <= KARIER_COL_FAILED_CHECKS)
		return what & KARIER_BATCH_PROMOTION;
	if (c <= KARIER_COL_MERIT_MISSING)
		return what & KARIER_BATCH_MERIT;
	return what & KARIER_BATCH_TRAINING;
}

static int evaluate(const char *fn, karier_batch **out, const karier_policy *policy, const karier_employee *const *emp,
                    const karier_employee *cemp, const karier_position *const *pos, int32_t n, const karier_catalog *cat,
                    int32_t date, int32_t what, int32_t threads)
{
	if (what <= 0 || what > (KARIER_BATCH_PROMOTION | KARIER_BATCH_MERIT | KARIER_BATCH_TRAINING | KARIER_BATCH_REASONS) ||
	    what == KARIER_BATCH_REASONS)
		return kr_fail(KARIER_EINVAL, "what: %d names no evaluation (KARIER_BATCH_* bits)", what);
	if ((what & KARIER_BATCH_REASONS) && !(what & KARIER_BATCH_PROMOTION))
		return kr_fail(KARIER_EINVAL, "what: KARIER_BATCH_REASONS keeps the reasons of promotion: it needs KARIER_BATCH_PROMOTION");
	if (threads < 1 || threads > KARIER_BATCH_MAX_THREADS)
		return kr_fail(KARIER_EINVAL, "threads: %d is outside 1..%d", threads, KARIER_BATCH_MAX_THREADS);
	int rc = kr_check_date("date", date);
	if (rc)
		return rc;
	const karier_policy *p = kr_policy_or_default(policy);
	int32_t period = kr_period_next(p, date);
	if ((what & KARIER_BATCH_PROMOTION) && !period)
		return kr_fail(KARIER_ERANGE, "date: no kenaikan pangkat period on or after %d", date);
	karier_batch *b = kr_calloc(1, sizeof *b);
	if (!b)
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	b->n = n;
	b->what = what;
	size_t rows = (size_t)n + 1;
	bool ok = true;
	for (int c = 1; c <= KARIER_COL_COUNT && ok; c++)
		if (column_in(c, what))
			ok = (b->col[c] = kr_malloc(rows * sizeof *b->col[c])) != NULL;
	if (ok && (what & KARIER_BATCH_PROMOTION))
		ok = (b->first_failure = kr_malloc(rows)) != NULL;
	if (ok && (what & KARIER_BATCH_REASONS))
		ok = (b->reason = kr_malloc(rows * sizeof *b->reason)) != NULL;
	if (ok && (what & KARIER_BATCH_TRAINING))
		ok = (b->biaya = kr_malloc(rows * sizeof *b->biaya)) != NULL;
	int32_t chunks = kr_chunks(n, threads);
	threads = kr_parts(n, threads);
	struct part parts[KARIER_BATCH_MAX_THREADS];
	memset(parts, 0, (size_t)threads * sizeof parts[0]);
	for (int32_t t = 0; ok && t < threads; t++) {
		struct part *w = &parts[t];
		*w = (struct part){p, emp, cemp, pos, cat, date, period, what, n, chunks, b, NULL, NULL, NULL, NULL};
		if (what & KARIER_BATCH_PROMOTION) {
			ok = ok && (w->d = kr_malloc(sizeof *w->d)) != NULL;
			if (ok)
				w->d->verdict_only = 1; /* the same checks, counted rather than kept */
		}
		if (what & KARIER_BATCH_MERIT)
			ok = ok && (w->m = kr_merit_scratch()) != NULL;
		if (what & KARIER_BATCH_TRAINING)
			ok = ok && (w->pl = kr_plan_scratch()) != NULL;
		if (what & (KARIER_BATCH_MERIT | KARIER_BATCH_TRAINING))
			ok = ok && (w->std = kr_std_cache_new()) != NULL;
	}
	if (ok)
		kr_run_chunks(run_chunk, parts, sizeof parts[0], threads, chunks);
	for (int32_t t = 0; t < threads; t++) {
		kr_free(parts[t].d);
		karier_merit_free(parts[t].m);
		karier_plan_free(parts[t].pl);
		kr_free(parts[t].std);
	}
	if (!ok) {
		karier_batch_free(b);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	}
	*out = b;
	return KARIER_OK;
}

int karier_batch_evaluate(karier_batch **out, const karier_policy *policy, const karier_employee *const *emp,
                          const karier_position *const *pos, int32_t n, const karier_catalog *cat, int32_t date,
                          int32_t what, int32_t threads)
{
	static const char fn[] = "karier_batch_evaluate";
	if (!out)
		return kr_null(fn, "out");
	if (n < 0 || (n > 0 && !emp))
		return kr_fail(KARIER_EINVAL, "%s: %d employees from %p", fn, n, (const void *)emp);
	for (int32_t i = 0; i < n; i++)
		if (!emp[i])
			return kr_fail(KARIER_EINVAL, "%s: employees[%d] is NULL", fn, i);
	return evaluate(fn, out, policy, emp, NULL, pos, n, cat, date, what, threads);
}

int karier_cohort_evaluate(karier_batch **out, const karier_policy *policy, const karier_cohort *c,
                           const karier_catalog *cat, int32_t date, int32_t what, int32_t threads)
{
	static const char fn[] = "karier_cohort_evaluate";
	if (!out)
		return kr_null(fn, "out");
	if (!c)
		return kr_null(fn, "cohort");
	return evaluate(fn, out, policy, NULL, c->emp, c->pos, c->n, cat, date, what, threads);
}

/* ---- cohorts ------------------------------------------------------------- */

int karier_cohort_new(karier_cohort **out)
{
	if (!out)
		return kr_null("karier_cohort_new", "out");
	karier_cohort *c = kr_calloc(1, sizeof *c);
	if (!c)
		return kr_fail(KARIER_ENOMEM, "karier_cohort_new: out of memory");
	*out = c;
	return KARIER_OK;
}

void karier_cohort_free(karier_cohort *c)
{
	if (!c)
		return;
	kr_free(c->emp);
	kr_free(c->pos);
	kr_pool_release(&c->pool);
	kr_nip_index_release(&c->nips);
	kr_free(c);
}

static int set_capacity(karier_cohort *c, int64_t cap)
{
	if (cap > INT32_MAX)
		return kr_fail(KARIER_ELIMIT, "cohort: more than %d employees", INT32_MAX);
	if (cap <= c->cap)
		return KARIER_OK;
	karier_employee *ne = kr_realloc(c->emp, (size_t)cap * sizeof *ne);
	if (!ne)
		return kr_fail(KARIER_ENOMEM, "cohort: out of memory for %lld employees", (long long)cap);
	c->emp = ne;
	const karier_position **np = kr_realloc(c->pos, (size_t)cap * sizeof *np);
	if (!np)
		return kr_fail(KARIER_ENOMEM, "cohort: out of memory for %lld employees", (long long)cap);
	c->pos = np;
	c->cap = (int32_t)cap;
	return KARIER_OK;
}

/* Room for one more employee; the new one is c->emp[c->n], zeroed, with the
 * cohort's pool, not yet counted. */
static int grow(karier_cohort *c)
{
	if (c->n == c->cap) {
		if (c->n == INT32_MAX)
			return kr_fail(KARIER_ELIMIT, "cohort: more than %d employees", INT32_MAX);
		int64_t cap = c->cap ? (int64_t)c->cap * 2 : 1024;
		int rc = set_capacity(c, cap > INT32_MAX ? INT32_MAX : cap);
		if (rc)
			return rc;
	}
	memset(&c->emp[c->n], 0, sizeof c->emp[c->n]);
	c->emp[c->n].pool = &c->pool;
	c->pos[c->n] = NULL;
	return KARIER_OK;
}

int karier_cohort_reserve(karier_cohort *c, int32_t employees, int64_t records)
{
	if (!c)
		return kr_null("karier_cohort_reserve", "cohort");
	if (employees < 0 || records < 0)
		return kr_fail(KARIER_EINVAL, "karier_cohort_reserve: %d employees, %lld records: counts cannot be negative",
		               employees, (long long)records);
	if (records > UINT32_MAX - (int64_t)c->pool.n_rec)
		return kr_fail(KARIER_ELIMIT, "cohort: more than %u history records", UINT32_MAX);
	int rc = set_capacity(c, (int64_t)c->n + employees);
	if (rc)
		return rc;
	if (c->pool.n_rec + (uint32_t)records > c->pool.cap_rec) {
		struct kr_record *nr = kr_realloc(c->pool.rec, ((size_t)c->pool.n_rec + (size_t)records) * sizeof *nr);
		if (!nr)
			return kr_fail(KARIER_ENOMEM, "cohort: out of memory for %lld records", (long long)records);
		c->pool.rec = nr;
		c->pool.cap_rec = c->pool.n_rec + (uint32_t)records;
	}
	return KARIER_OK;
}

int karier_cohort_add(karier_cohort *c, const karier_employee *e, const karier_position *pos)
{
	if (!c)
		return kr_null("karier_cohort_add", "cohort");
	if (!e)
		return kr_null("karier_cohort_add", "employee");
	return kr_cohort_add_key(c, e, pos, kr_nip_key(e->nip));
}

int kr_cohort_add_key(karier_cohort *c, const karier_employee *e, const karier_position *pos, uint64_t key)
{
	karier_employee src = *e; /* e may be one of this cohort's, which growing moves */
	int32_t first;
	bool known = kr_nip_index_get(&c->nips, key, &first) && first >= 0;
	if (!known && !kr_nip_index_put(&c->nips, key, c->n)) /* before the copy: nothing to undo */
		return kr_fail(KARIER_ENOMEM, "cohort: out of memory for the NIP index");
	int rc = grow(c);
	if (rc || (rc = kr_employee_copy_into(&c->emp[c->n], &c->pool, &src))) {
		if (!known)
			kr_nip_index_put(&c->nips, key, -1); /* the slot stays, pointing nowhere */
		return rc;
	}
	c->pos[c->n++] = pos;
	return KARIER_OK;
}

int karier_cohort_find(int32_t *out_index, const karier_cohort *c, const char *nip)
{
	static const char fn[] = "karier_cohort_find";
	if (!out_index)
		return kr_null(fn, "out_index");
	*out_index = -1;
	if (!c)
		return kr_null(fn, "cohort");
	if (!nip)
		return kr_null(fn, "nip");
	char digits[KARIER_NIP_SIZE];
	if (kr_nip_digits(digits, nip, NULL) != 18)
		return kr_fail(KARIER_EINVAL, "nip: \"%.40s\" is not 18 digits", nip);
	int32_t i;
	if (!kr_nip_index_get(&c->nips, kr_nip_key(digits), &i) || i < 0)
		return kr_fail(KARIER_ENOTFOUND, "nip: %s is not in the cohort", digits);
	*out_index = i;
	return KARIER_OK;
}

int32_t karier_cohort_count(const karier_cohort *c) { return c ? c->n : 0; }

const karier_employee *karier_cohort_employee(const karier_cohort *c, int32_t i)
{
	return c && i >= 0 && i < c->n ? &c->emp[i] : NULL;
}

const karier_position *karier_cohort_position(const karier_cohort *c, int32_t i)
{
	return c && i >= 0 && i < c->n ? c->pos[i] : NULL;
}

int64_t karier_cohort_memory(const karier_cohort *c)
{
	if (!c)
		return 0;
	return (int64_t)sizeof *c + (int64_t)c->cap * (int64_t)(sizeof *c->emp + sizeof *c->pos) +
	       (int64_t)c->pool.cap_rec * (int64_t)sizeof *c->pool.rec + (int64_t)c->pool.cap_str +
	       (int64_t)c->pool.hcap * (int64_t)sizeof *c->pool.hslot;
}

int32_t karier_batch_count(const karier_batch *b) { return b ? b->n : 0; }

const int32_t *karier_batch_column(const karier_batch *b, int32_t column)
{
	return b && column >= 1 && column <= KARIER_COL_COUNT ? b->col[column] : NULL;
}

const int64_t *karier_batch_plan_biaya(const karier_batch *b) { return b ? b->biaya : NULL; }

int karier_batch_reason_message(char *buf, size_t size, const karier_batch *b, int32_t i, int32_t lang)
{
	static const char fn[] = "karier_batch_reason_message";
	if (!buf && size > 0)
		return kr_null(fn, "buf");
	if (!b)
		return kr_null(fn, "batch");
	if (!b->reason)
		return kr_fail(KARIER_EINVAL, "%s: the batch was evaluated without KARIER_BATCH_REASONS", fn);
	if (i < 0 || i >= b->n)
		return kr_fail(KARIER_ENOTFOUND, "%s: index %d is outside 0..%d", fn, i, b->n - 1);
	if (lang != KARIER_LANG_ID && lang != KARIER_LANG_EN)
		return kr_fail(KARIER_EINVAL, "%s: lang %d is not a karier_lang", fn, lang);
	if (!b->first_failure[i])
		return kr_put_out(buf, size, "", 0);
	return kr_check_message(buf, size, &b->reason[i], lang);
}

const char *karier_batch_first_failure(const karier_batch *b, int32_t i)
{
	if (!b || !b->first_failure || i < 0 || i >= b->n || !b->first_failure[i])
		return "";
	return kr_check_code(b->first_failure[i] - 1);
}
