/*
 * cohort_load.c - many employees' histories into a cohort in bulk (see
 * cohort_load.h): the only code outside employee.c and batch.c that knows
 * the cohort's record layout, following the setters' rules (kr_kind_rules).
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "cohort_load.h"

/* ---- the NIP index ---- */

static uint32_t slot_start(uint32_t cap, uint64_t k)
{
	return (uint32_t)((k * UINT64_C(0x9E3779B97F4A7C15)) >> 32) & (cap - 1);
}

static uint32_t slot_of(const struct kr_nip_slot *t, uint32_t cap, uint64_t k)
{
	uint32_t h = slot_start(cap, k);
	while (t[h].key && t[h].key != k)
		h = (h + 1) & (cap - 1);
	return h;
}

/* An empty table, its memory written now rather than left to calloc: the lookups that come before
 * each insertion would otherwise map the kernel's shared zero page, and the insertion then fault a
 * second time to replace it, telling every other core running the process to forget the old page
 * (an interrupt each, dear in a virtual machine).  memset through a volatile pointer, which a
 * compiler may not turn back into calloc. */
static void *(*const volatile zero_fill)(void *, int, size_t) = memset;

static struct kr_nip_slot *fresh_slots(uint32_t cap)
{
	struct kr_nip_slot *t = kr_malloc((size_t)cap * sizeof *t);
	if (t)
		zero_fill(t, 0, (size_t)cap * sizeof *t);
	return t;
}

bool kr_nip_index_put(struct kr_nip_index *ix, uint64_t k, int32_t v)
{
	if ((uint64_t)(ix->n + 1) * 4 > (uint64_t)ix->cap * 3) { /* at most three quarters full */
		uint32_t old = ix->cap, cap = old ? old * 2 : 1024;
		struct kr_nip_slot *t = fresh_slots(cap);
		if (!t)
			return false;
		for (uint32_t i = 0; i < old; i++)
			if (ix->slot[i].key)
				t[slot_of(t, cap, ix->slot[i].key)] = ix->slot[i];
		kr_free(ix->slot);
		ix->slot = t;
		ix->cap = cap;
	}
	struct kr_nip_slot *s = &ix->slot[slot_of(ix->slot, ix->cap, k)];
	if (!s->key)
		ix->n++;
	s->key = k;
	s->val = v;
	return true;
}

bool kr_nip_index_reserve(struct kr_nip_index *ix, uint32_t n)
{
	uint64_t want = 1024;
	while (want * 3 < (uint64_t)n * 4 + 4) /* at most three quarters full with n keys */
		want *= 2;
	if (want <= ix->cap || want > UINT32_MAX / 2)
		return want <= ix->cap;
	struct kr_nip_slot *t = fresh_slots((uint32_t)want);
	if (!t)
		return false;
	for (uint32_t i = 0; i < ix->cap; i++)
		if (ix->slot[i].key)
			t[slot_of(t, (uint32_t)want, ix->slot[i].key)] = ix->slot[i];
	kr_free(ix->slot);
	ix->slot = t;
	ix->cap = (uint32_t)want;
	return true;
}

int kr_nip_index_get(const struct kr_nip_index *ix, uint64_t k, int32_t *v)
{
	if (!ix->cap)
		return 0;
	const struct kr_nip_slot *s = &ix->slot[slot_of(ix->slot, ix->cap, k)];
	if (!s->key)
		return 0;
	*v = s->val;
	return 1;
}

void kr_nip_index_prefetch(const struct kr_nip_index *ix, uint64_t k)
{
#if defined(__GNUC__)
	if (ix->cap)
		__builtin_prefetch(&ix->slot[slot_start(ix->cap, k)]);
#else
	(void)ix;
	(void)k;
#endif
}

void kr_nip_index_release(struct kr_nip_index *ix)
{
	kr_free(ix->slot);
	ix->slot = NULL;
	ix->cap = ix->n = 0;
}

/* ---- the loader ---- */

void kr_load_init(struct kr_load *ld, karier_cohort *co, bool own_pool)
{
	memset(ld, 0, sizeof *ld);
	ld->co = co;
	ld->pool = own_pool ? &ld->own : &co->pool;
}

void kr_load_begin(struct kr_load *ld)
{
	ld->start = ld->pool->n_rec;
	ld->n_run = 0;
}

static void drop_runs(struct kr_load *ld)
{
	kr_free(ld->run_owner);
	kr_free(ld->run_len);
	ld->run_owner = ld->run_len = NULL;
	ld->n_run = ld->cap_run = 0;
}

void kr_load_region(struct kr_load *ld, uint32_t base, uint32_t cap)
{
	ld->own.rec = ld->co->pool.rec + base;
	ld->own.cap_rec = cap;
	ld->own.n_rec = 0;
	ld->region = true;
}

/* A full region's records into a block of their own, which then grows as any pool does
 * (kr_pool_reserve); the region is left as it is. */
static int leave_region(struct kr_load *ld)
{
	struct kr_pool *pl = &ld->own;
	struct kr_record *r = kr_malloc(((size_t)pl->n_rec + 1) * sizeof *r); /* + 1: never a block of no bytes */
	if (!r)
		return kr_fail(KARIER_ENOMEM, "out of memory for history records");
	memcpy(r, pl->rec, (size_t)pl->n_rec * sizeof *r);
	pl->rec = r;
	ld->region = false;
	return KARIER_OK;
}

void kr_load_release(struct kr_load *ld)
{
	drop_runs(ld);
	if (ld->region) /* the cohort's */
		ld->own.rec = NULL;
	ld->region = false;
	kr_pool_release(&ld->own);
	memset(ld->memo, 0, sizeof ld->memo); /* its offsets were into that pool */
}

/* The memo's place for a code of len bytes (1..KARIER_CODE_MAX): a hash of its first byte, its last
 * three and its length (numbered codes, EL-001, EL-002, ..., differ at the end, named ones,
 * INTEGRITAS, KERJASAMA, at both ends). */
static struct kr_load_memo *memo_of(struct kr_load *ld, const char *code, size_t len)
{
	const unsigned char *u = (const unsigned char *)code;
	unsigned h = u[0] * 7u + u[len - 1] + (len > 1 ? u[len - 2] * 11u : 0) + (len > 2 ? u[len - 3] * 101u : 0) + (unsigned)len;
	return &ld->memo[h % KR_LOAD_MEMO];
}

uint32_t kr_load_known_code(struct kr_load *ld, const char *code)
{
	size_t len = strlen(code);
	if (len == 0 || len > KARIER_CODE_MAX)
		return 0;
	const struct kr_load_memo *m = memo_of(ld, code, len);
	return m->len == len && memcmp(m->text, code, len) == 0 ? m->off : 0; /* an empty place has len 0 */
}

/* The code's offset in the loader's pool: from the memo when it was met lately, else interned (and
 * remembered, when it fits). */
static int code_offset(struct kr_load *ld, const char *code, uint32_t *off)
{
	if ((*off = kr_load_known_code(ld, code)))
		return KARIER_OK;
	int rc = kr_pool_intern(ld->pool, code, off);
	size_t len = strlen(code);
	if (!rc && len > 0 && len <= KARIER_CODE_MAX) {
		struct kr_load_memo *m = memo_of(ld, code, len);
		m->off = *off;
		m->len = (uint8_t)len;
		memcpy(m->text, code, len);
	}
	return rc;
}

/* Room for one more run; false when out of memory (the runs are then unchanged). */
static bool room_for_run(struct kr_load *ld)
{
	if (ld->n_run < ld->cap_run)
		return true;
	size_t cap = ld->cap_run ? ld->cap_run * 2 : 4096;
	uint32_t *no = kr_realloc(ld->run_owner, cap * sizeof *no);
	if (no)
		ld->run_owner = no;
	uint32_t *nl = no ? kr_realloc(ld->run_len, cap * sizeof *nl) : NULL;
	if (nl)
		ld->run_len = nl;
	if (!no || !nl)
		return false;
	ld->cap_run = cap;
	return true;
}

/* A record onto the loader's pool, its owner (an employee, or a run while staging) noted: the last
 * run grows, or a new run starts. */
static int push(struct kr_load *ld, uint32_t owner, const struct kr_row *row, const char *code)
{
	struct kr_record r = {.a = (uint8_t)row->a, .b = (uint8_t)row->b, .jp = (uint16_t)row->jp, .date = row->date};
	if (!code)
		r.u.end = row->end;
	int rc = KARIER_OK;
	if (code && !(r.u.code = row->code_off)) /* not looked up already (kr_load_known_code) */
		rc = code_offset(ld, code, &r.u.code);
	if (!rc && ld->region && ld->own.n_rec == ld->own.cap_rec)
		rc = leave_region(ld);
	if (!rc)
		rc = kr_pool_reserve(ld->pool, 1);
	bool same = ld->n_run > 0 && ld->run_owner[ld->n_run - 1] == owner;
	if (!rc && !same && !room_for_run(ld))
		rc = KARIER_ENOMEM;
	if (rc)
		return rc;
	ld->pool->rec[ld->pool->n_rec++] = r;
	if (same)
		ld->run_len[ld->n_run - 1]++;
	else {
		ld->run_owner[ld->n_run] = owner;
		ld->run_len[ld->n_run++] = 1;
	}
	return KARIER_OK;
}

int kr_load_append(struct kr_load *ld, int32_t who, int kind, const struct kr_row *row, const char *code)
{
	karier_employee *e = &ld->co->emp[who];
	if (e->cnt[kind] >= KARIER_HISTORY_MAX) /* full */
		return KR_LOAD_FULL;
	int rc = push(ld, (uint32_t)who, row, code);
	if (!rc)
		e->cnt[kind]++;
	return rc;
}

int kr_load_stage(struct kr_load *ld, uint32_t run, const struct kr_row *row, const char *code)
{
	return push(ld, run, row, code);
}

int kr_load_resolve(struct kr_load *ld, int kind, const int32_t *run_who)
{
	karier_cohort *co = ld->co;
	for (size_t r = 0; r < ld->n_run; r++) {
		karier_employee *e = &co->emp[run_who[ld->run_owner[r]]];
		if ((uint32_t)e->cnt[kind] + ld->run_len[r] > KARIER_HISTORY_MAX) { /* too many */
			for (int32_t i = 0; i < co->n; i++)
				co->emp[i].cnt[kind] = 0; /* nothing of the kind is kept */
			return KR_LOAD_FULL;
		}
		e->cnt[kind] = (uint16_t)(e->cnt[kind] + ld->run_len[r]);
		ld->run_owner[r] = (uint32_t)run_who[ld->run_owner[r]];
	}
	return KARIER_OK;
}

/* Whether record a sorts after record b of the kind: by date, or by code
 * (its rank in the jp field when `ranked`, else its text). */
static bool after(int kind, const struct kr_record *a, const struct kr_record *b, const char *text, bool ranked)
{
	if (!kr_kind_rules[kind].by_code)
		return a->date > b->date;
	return ranked ? a->jp > b->jp : strcmp(text + a->u.code, text + b->u.code) > 0;
}

/* One employee's records of a kind, in the order the setters keep them,
 * merged as the setters merge them (kr_kind_rules). */
static void normalise(const struct kr_pool *pl, karier_employee *e, int kind, bool ranked)
{
	struct kr_record *r = pl->rec + e->off[kind];
	int32_t n = e->cnt[kind];
	/* in order already, no key twice (the usual file): nothing to sort or merge */
	int32_t sorted = 1;
	if (!kr_kind_rules[kind].by_code)
		while (sorted < n && r[sorted].date > r[sorted - 1].date)
			sorted++;
	else if (ranked)
		while (sorted < n && r[sorted].jp > r[sorted - 1].jp)
			sorted++;
	if (sorted == n)
		return;
	for (int32_t i = sorted; i < n; i++) { /* stable insertion sort: rows are few and mostly in order */
		struct kr_record x = r[i];
		int32_t j = i;
		while (j > 0 && after(kind, &r[j - 1], &x, pl->str, ranked)) {
			r[j] = r[j - 1];
			j--;
		}
		r[j] = x;
	}
	if (kr_kind_rules[kind].keep == KR_KEEP_ALL)
		return;
	bool by_code = kr_kind_rules[kind].by_code;
	int32_t out = 0;
	for (int32_t i = 0; i < n; i++) {
		bool same = out > 0 && (by_code ? r[out - 1].u.code == r[i].u.code : r[out - 1].date == r[i].date);
		if (!same)
			r[out++] = r[i];
		else if (kr_rec_replaces(kind, &r[out - 1], &r[i]))
			r[out - 1] = r[i];
	}
	e->cnt[kind] = (uint16_t)out;
}

/* Records kept by code sort by code; there are few distinct codes, so each
 * record gets its code's rank (in the jp field, unused by competencies) and
 * the sorting compares numbers.  false when there are too many codes or no
 * memory: then the sort compares the text. */
static bool rank_codes(const struct kr_pool *pl, uint32_t first, size_t n)
{
	struct kr_record *r = pl->rec + first;
	enum { CAP = 1024 }; /* at most CAP / 2 distinct codes */
	uint32_t *slot = kr_calloc(CAP, sizeof *slot), *distinct = kr_malloc(CAP / 2 * sizeof *distinct);
	uint16_t *rank = kr_malloc(CAP * sizeof *rank);
	uint32_t nd = 0;
	bool ok = slot && distinct && rank;
	for (size_t j = 0; ok && j < n; j++) {
		uint32_t c = r[j].u.code, h = ((c * 2654435761u) >> 16) & (CAP - 1);
		while (slot[h] && slot[h] != c)
			h = (h + 1) & (CAP - 1);
		if (!slot[h]) {
			if (nd == CAP / 2) {
				ok = false;
				break;
			}
			slot[h] = c;
			distinct[nd++] = c;
		}
	}
	if (ok) {
		const char *text = pl->str;
		for (uint32_t i = 1; i < nd; i++) { /* insertion sort of the few distinct codes */
			uint32_t x = distinct[i], j = i;
			for (; j > 0 && strcmp(text + distinct[j - 1], text + x) > 0; j--)
				distinct[j] = distinct[j - 1];
			distinct[j] = x;
		}
		for (uint32_t i = 0; i < nd; i++) {
			uint32_t c = distinct[i], h = ((c * 2654435761u) >> 16) & (CAP - 1);
			while (slot[h] != c)
				h = (h + 1) & (CAP - 1);
			rank[h] = (uint16_t)i;
		}
		for (size_t j = 0; j < n; j++) {
			uint32_t c = r[j].u.code, h = ((c * 2654435761u) >> 16) & (CAP - 1);
			while (slot[h] != c)
				h = (h + 1) & (CAP - 1);
			r[j].jp = rank[h];
		}
	}
	kr_free(slot);
	kr_free(distinct);
	kr_free(rank);
	return ok;
}

int kr_load_finish(struct kr_load *ld, int kind)
{
	karier_cohort *co = ld->co;
	struct kr_pool *pl = ld->pool;
	uint32_t start = ld->start;
	size_t n = pl->n_rec - start, nr = ld->n_run;
	const uint32_t *owner = ld->run_owner, *len = ld->run_len;
	int rc = KARIER_OK;
	bool grouped = true;
	for (size_t r = 1; r < nr && grouped; r++)
		grouped = owner[r] >= owner[r - 1];
	bool ranked = kr_kind_rules[kind].by_code && n > 0 && rank_codes(pl, start, n); /* n = 0: the pool may have no records at all (NULL) */
	if (grouped) { /* each employee's rows are one stretch of runs: sort the stretches */
		uint32_t j = 0;
		for (size_t r = 0; r < nr; j += len[r++])
			if (r == 0 || owner[r] != owner[r - 1]) {
				karier_employee *e = &co->emp[owner[r]];
				e->off[kind] = start + j;
				if (e->cnt[kind] > 1)
					normalise(pl, e, kind, ranked);
			}
	} else { /* rows out of employee order: regroup them through a copy */
		struct kr_record *tmp = kr_malloc((n ? n : 1) * sizeof *tmp);
		if (!tmp) {
			rc = KARIER_ENOMEM;
			goto out;
		}
		memcpy(tmp, pl->rec + start, n * sizeof *tmp);
		uint32_t at = start;
		for (int32_t i = 0; i < co->n; i++) {
			co->emp[i].off[kind] = at;
			at += co->emp[i].cnt[kind];
			co->emp[i].cnt[kind] = 0;
		}
		for (size_t r = 0, j = 0; r < nr; r++) {
			karier_employee *e = &co->emp[owner[r]];
			memcpy(pl->rec + e->off[kind] + e->cnt[kind], tmp + j, len[r] * sizeof *tmp);
			e->cnt[kind] = (uint16_t)(e->cnt[kind] + len[r]);
			j += len[r];
		}
		kr_free(tmp);
		for (int32_t i = 0; i < co->n; i++)
			if (co->emp[i].cnt[kind] > 1)
				normalise(pl, &co->emp[i], kind, ranked);
	}
	if (ranked)
		for (size_t j = 0; j < n; j++)
			pl->rec[start + j].jp = 0;
out:
	drop_runs(ld);
	return rc;
}

int kr_load_merge(struct kr_load *ld, int kind)
{
	karier_cohort *co = ld->co;
	struct kr_pool *pl = &ld->own;
	uint32_t n = pl->n_rec, base = co->pool.n_rec;
	if (ld->region) { /* written where they stay: the offsets move, no record does */
		base = (uint32_t)(pl->rec - co->pool.rec);
		pl->rec = NULL;
		pl->cap_rec = pl->n_rec = 0;
		ld->region = false;
		if (!n)
			return KARIER_OK;
	} else if (!n)
		return KARIER_OK;
	else if (base == 0) { /* the cohort holds no record yet: take the array over */
		kr_free(co->pool.rec);
		co->pool.rec = pl->rec;
		co->pool.cap_rec = pl->cap_rec;
		pl->rec = NULL;
		pl->cap_rec = pl->n_rec = 0;
	} else {
		if (kr_pool_reserve(&co->pool, n))
			return KARIER_ENOMEM;
		/* the peak memory grows by a chunk rather than by the whole file */
		void *own = pl->rec;
		kr_move_giving_back(co->pool.rec + base, &own, n, sizeof *pl->rec);
		pl->rec = NULL;
		pl->cap_rec = pl->n_rec = 0;
	}
	for (int32_t i = 0; base && i < co->n; i++) /* the employees' offsets, from the loader's records to the cohort's */
		co->emp[i].off[kind] += base;
	if (base + n > co->pool.n_rec)
		co->pool.n_rec = base + n;
	if (kind != KR_REC_KOMPETENSI && kind != KR_REC_PELATIHAN)
		return KARIER_OK;
	/* the codes into the cohort's text: own text offset -> cohort text offset */
	uint32_t *remap = kr_malloc((size_t)pl->n_str * sizeof *remap);
	if (!remap)
		return KARIER_ENOMEM;
	int rc = KARIER_OK;
	for (uint32_t o = 1; o < pl->n_str && !rc; o += (uint32_t)strlen(pl->str + o) + 1)
		rc = kr_pool_intern(&co->pool, pl->str + o, &remap[o]);
	for (uint32_t i = base; !rc && i < base + n; i++)
		co->pool.rec[i].u.code = remap[co->pool.rec[i].u.code];
	kr_free(remap);
	return rc;
}
