/* employee.c - one employee and their histories. SPDX-License-Identifier: MIT */
#include <string.h>

#include "internal.h"

#define KR_FN(name) "karier_employee_" name
#define NEED(e, fn)                                                                                \
	do {                                                                                       \
		if (!(e))                                                                          \
			return kr_null(KR_FN(fn), "employee");                                     \
		if (!(e)->owned)                                                                   \
			return kr_fail(KARIER_EINVAL, KR_FN(fn) ": the employee belongs to a cohort and is read-only"); \
	} while (0)

static bool is_pns(int32_t status) { return status == KARIER_STATUS_PNS || status == KARIER_STATUS_CPNS; }

const struct kr_record kr_no_records[1];

/* A standalone employee and its own pool, in one allocation. */
struct kr_own {
	karier_employee e;
	struct kr_pool pool;
};

static karier_employee *alloc_own(void)
{
	struct kr_own *o = kr_calloc(1, sizeof *o);
	if (!o)
		return NULL;
	o->e.pool = &o->pool;
	o->e.owned = 1;
	return &o->e;
}

static void init_fields(karier_employee *e, const char *digits, int32_t status, int32_t birth, int32_t tmt)
{
	memcpy(e->nip, digits, sizeof e->nip);
	e->status = (uint8_t)status;
	e->birth = birth;
	e->tmt_cpns = tmt;
	e->potensi = -1;
	e->angka_kredit = -1;
}

/* Parse the NIP (or NI PPPK) of a new employee. */
static int parse_nip(char digits[KARIER_NIP_SIZE], int32_t *birth, int32_t *tmt, const char *nip, int32_t status,
                     const karier_policy *policy)
{
	if (status < KARIER_STATUS_PNS || status > KARIER_STATUS_PPPK)
		return kr_fail(KARIER_EINVAL, "status: %d is not PNS (1), CPNS (2) or PPPK (3)", status);
	int32_t year = 0;
	int rc = is_pns(status) ? karier_nip_parse(digits, birth, tmt, NULL, NULL, nip, policy)
	                        : karier_nipppk_parse(digits, birth, &year, NULL, NULL, NULL, nip, policy);
	if (!rc && !is_pns(status))
		*tmt = year * 10000 + 101;
	return rc;
}

int karier_employee_new(karier_employee **out, const char *nip, int32_t status, const karier_policy *policy)
{
	if (!out)
		return kr_null(KR_FN("new"), "out");
	if (!nip)
		return kr_null(KR_FN("new"), "nip");
	char digits[KARIER_NIP_SIZE];
	int32_t birth = 0, tmt = 0;
	int rc = parse_nip(digits, &birth, &tmt, nip, status, policy);
	if (rc)
		return rc;
	karier_employee *e = alloc_own();
	if (!e)
		return kr_fail(KARIER_ENOMEM, KR_FN("new") ": out of memory");
	init_fields(e, digits, status, birth, tmt);
	*out = e;
	return KARIER_OK;
}

int kr_employee_restart(karier_employee *e, const char *nip, int32_t status, const karier_policy *policy)
{
	char digits[KARIER_NIP_SIZE];
	int32_t birth = 0, tmt = 0;
	int rc = parse_nip(digits, &birth, &tmt, nip, status, policy);
	if (rc)
		return rc;
	struct kr_pool *pl = e->pool;
	memset(e, 0, sizeof *e);
	e->pool = pl;
	e->owned = 1;
	pl->n_rec = 0;
	pl->n_str = 0;
	init_fields(e, digits, status, birth, tmt);
	return KARIER_OK;
}

/* Text of a standalone employee: shared within its pool by a linear search;
 * when full, the live strings move to a new buffer (dropping replaced ones). */

/* The i-th offset into the text that the employee holds: nama, unit,
 * jabatan code, then the codes of its competency and training records;
 * NULL past the last. */
static uint32_t *text_ref(karier_employee *e, uint32_t i)
{
	uint32_t *fields[3] = {&e->nama, &e->unit, &e->jabatan_code};
	if (i < 3)
		return fields[i];
	i -= 3;
	for (int k = KR_REC_KOMPETENSI; k <= KR_REC_PELATIHAN; i -= e->cnt[k], k++)
		if (i < e->cnt[k])
			return &e->pool->rec[e->off[k] + i].u.code;
	return NULL;
}

static const char *find_text(const struct kr_pool *pl, const char *s, size_t len, uint32_t *out)
{
	for (uint32_t i = 1; i + len < pl->n_str; i += (uint32_t)strlen(pl->str + i) + 1)
		if (memcmp(pl->str + i, s, len + 1) == 0) {
			*out = i;
			return pl->str + i;
		}
	return NULL;
}

/* s (len bytes, not yet in the pool) appended; the pool has room. */
static void append_text(struct kr_pool *pl, const char *s, size_t len, uint32_t *out)
{
	*out = pl->n_str;
	memcpy(pl->str + pl->n_str, s, len + 1);
	pl->n_str += (uint32_t)len + 1;
}

static void put_text(struct kr_pool *pl, const char *s, size_t len, uint32_t *out)
{
	if (!len) {
		*out = 0;
		return;
	}
	if (!find_text(pl, s, len, out))
		append_text(pl, s, len, out);
}

static int own_text(karier_employee *e, const char *s, uint32_t *out)
{
	if (e->owned == KR_PROJECTION) /* its text is another employee's, only read */
		return kr_fail(KARIER_EINVAL, "employee %s: a plan's working copy takes no new text", e->nip);
	struct kr_pool *pl = e->pool;
	size_t len = strlen(s);
	if (len == 0) {
		*out = 0;
		return KARIER_OK;
	}
	if (pl->n_str == 0) { /* a fresh pool: offset 0 is the empty string */
		if (pl->cap_str == 0) {
			pl->str = kr_malloc(64);
			if (!pl->str)
				return kr_fail(KARIER_ENOMEM, "employee %s: out of memory for text", e->nip);
			pl->cap_str = 64;
		}
		pl->str[0] = '\0';
		pl->n_str = 1;
	}
	if (find_text(pl, s, len, out))
		return KARIER_OK;
	if (pl->n_str + len + 1 > pl->cap_str) {
		/* the live text, the new string, and room to grow */
		size_t live = len + 1;
		uint32_t *ref;
		for (uint32_t i = 0; (ref = text_ref(e, i)); i++)
			live += strlen(pl->str + *ref) + 1;
		size_t cap = 2 * live + 64;
		if (cap > UINT32_MAX)
			return kr_fail(KARIER_ELIMIT, "employee %s: more than 4 GiB of text", e->nip);
		struct kr_pool np = {.str = kr_malloc(cap), .cap_str = (uint32_t)cap, .n_str = 1};
		if (!np.str)
			return kr_fail(KARIER_ENOMEM, "employee %s: out of memory for text", e->nip);
		np.str[0] = '\0';
		for (uint32_t i = 0; (ref = text_ref(e, i)); i++)
			put_text(&np, pl->str + *ref, strlen(pl->str + *ref), ref);
		kr_free(pl->str);
		pl->str = np.str;
		pl->cap_str = np.cap_str;
		pl->n_str = np.n_str;
	}
	append_text(pl, s, len, out); /* not found above, so not among the live text either */
	return KARIER_OK;
}

/* The texts of src (its own fields, then its records' codes, in text_ref's order) into dst's fresh
 * own pool, sized for them at once.  A string met before gets the offset it got then, as put_text
 * would give, but found in a hash of the strings put so far rather than by scanning the pool (a scan
 * per string made a copy quadratic in its records). */
static int own_texts(karier_employee *dst, const karier_employee *src)
{
	struct kr_pool *pl = dst->pool;
	uint32_t n = 0, *ref;
	size_t need = 1;
	for (uint32_t i = 0; (ref = text_ref(dst, i)); i++, n++)
		need += strlen(kr_text(src, *ref)) + 1; /* dst's refs are src's offsets until rewritten */
	if (need + 64 > UINT32_MAX)
		return kr_fail(KARIER_ELIMIT, "employee %s: more than 4 GiB of text", src->nip);
	uint32_t stack[256], cap = 16, *slot = stack;
	while (cap < 2 * n)
		cap *= 2;
	if (cap > 256 && !(slot = kr_malloc(cap * sizeof *slot)))
		return kr_fail(KARIER_ENOMEM, "employee %s: out of memory for text", src->nip);
	memset(slot, 0, cap * sizeof *slot);
	kr_free(pl->str);
	pl->str = kr_malloc(need + 64); /* room for a setter's text or two before own_text compacts */
	if (!pl->str) {
		pl->cap_str = pl->n_str = 0;
		if (slot != stack)
			kr_free(slot);
		return kr_fail(KARIER_ENOMEM, "employee %s: out of memory for text", src->nip);
	}
	pl->cap_str = (uint32_t)(need + 64);
	pl->str[0] = '\0';
	pl->n_str = 1;
	for (uint32_t i = 0; (ref = text_ref(dst, i)); i++) {
		const char *t = kr_text(src, *ref);
		size_t len = strlen(t);
		if (!len) {
			*ref = 0;
			continue;
		}
		uint32_t h = kr_text_hash(t, len) & (cap - 1);
		while (slot[h] && memcmp(pl->str + slot[h], t, len + 1) != 0)
			h = (h + 1) & (cap - 1);
		if (!slot[h]) {
			slot[h] = pl->n_str;
			memcpy(pl->str + pl->n_str, t, len + 1);
			pl->n_str += (uint32_t)len + 1;
		}
		*ref = slot[h];
	}
	if (slot != stack)
		kr_free(slot);
	return KARIER_OK;
}

int karier_employee_copy(karier_employee **out, const karier_employee *src)
{
	if (!out)
		return kr_null(KR_FN("copy"), "out");
	if (!src)
		return kr_null(KR_FN("copy"), "src");
	karier_employee *e = alloc_own();
	if (!e)
		return kr_fail(KARIER_ENOMEM, KR_FN("copy") ": out of memory");
	int rc = kr_employee_copy_into(e, e->pool, src);
	if (rc) {
		karier_employee_free(e);
		return rc;
	}
	*out = e;
	return KARIER_OK;
}

int kr_employee_copy_into(karier_employee *dst, struct kr_pool *pool, const karier_employee *src)
{
	uint8_t owned = dst->owned;
	uint32_t n = 0;
	for (int k = 1; k < KR_REC_KINDS; k++)
		n += src->cnt[k];
	int rc = kr_pool_reserve(pool, n);
	if (rc)
		return rc;
	*dst = *src;
	dst->pool = pool;
	dst->owned = owned;
	if (src->pool == pool) { /* within one cohort: the text is there already */
		for (int k = 1; k < KR_REC_KINDS; k++) {
			dst->off[k] = pool->n_rec;
			if (src->cnt[k])
				memmove(pool->rec + pool->n_rec, pool->rec + src->off[k], (size_t)src->cnt[k] * sizeof *pool->rec);
			pool->n_rec += src->cnt[k];
		}
		return KARIER_OK;
	}
	/* records first (their codes still src's offsets); then the text */
	for (int k = 1; k < KR_REC_KINDS; k++) {
		dst->off[k] = pool->n_rec;
		if (src->cnt[k])
			memcpy(pool->rec + pool->n_rec, kr_rec_begin(src, k), (size_t)src->cnt[k] * sizeof *pool->rec);
		pool->n_rec += src->cnt[k];
	}
	if (owned) /* a fresh employee of its own (karier_employee_copy) */
		return own_texts(dst, src);
	uint32_t *ref;
	for (uint32_t i = 0; (ref = text_ref(dst, i)); i++)
		*ref = 0;
	const char *texts[3] = {kr_text(src, src->nama), kr_text(src, src->unit), kr_text(src, src->jabatan_code)};
	uint32_t *refs[3] = {&dst->nama, &dst->unit, &dst->jabatan_code};
	for (int t = 0; t < 3 && !rc; t++)
		rc = t == 0 ? kr_pool_append(pool, texts[t], refs[t]) : kr_pool_intern(pool, texts[t], refs[t]);
	for (int k = KR_REC_KOMPETENSI; k <= KR_REC_PELATIHAN && !rc; k++)
		for (uint32_t j = 0; j < dst->cnt[k] && !rc; j++) {
			const char *c = kr_text(src, kr_rec_begin(src, k)[j].u.code);
			uint32_t off;
			rc = kr_pool_intern(pool, c, &off);
			if (!rc)
				pool->rec[dst->off[k] + j].u.code = off;
		}
	if (rc && !owned)
		pool->n_rec = dst->off[1]; /* drop what was appended */
	return rc;
}

int kr_employee_project(karier_employee *dst, struct kr_pool *pool, const karier_employee *src, int32_t first, int32_t last,
                        int32_t predikat)
{
	int rc;
	for (int32_t y = first; y <= last; y++) /* the setter's errors, the first year's first: at most 210 years pass */
		if ((rc = kr_check_kinerja(y, predikat)))
			return rc;
	uint32_t n = 0, assumed = first <= last ? (uint32_t)(last - first + 1) : 0;
	for (int k = 1; k < KR_REC_KINDS; k++)
		n += src->cnt[k];
	pool->n_rec = 0;
	if ((rc = kr_pool_reserve(pool, n + assumed + 8))) /* and room for a few records more */
		return rc;
	*dst = *src;
	dst->pool = pool;
	dst->owned = KR_PROJECTION;
	for (int k = 1; k < KR_REC_KINDS; k++) {
		dst->off[k] = pool->n_rec;
		if (src->cnt[k])
			memcpy(pool->rec + pool->n_rec, kr_rec_begin(src, k), (size_t)src->cnt[k] * sizeof *pool->rec);
		/* each later than every recorded year; a year's record each (1990..KARIER_DATE_MAX_YEAR: never
		 * more than KARIER_HISTORY_MAX) */
		for (int32_t y = first; k == KR_REC_KINERJA && y <= last; y++)
			pool->rec[pool->n_rec + dst->cnt[k]++] = (struct kr_record){.a = (uint8_t)predikat, .date = y};
		pool->n_rec += dst->cnt[k];
	}
	pool->str = src->pool->str; /* borrowed: own_text refuses to add to it */
	pool->n_str = pool->cap_str = src->pool->n_str;
	return KARIER_OK;
}

void kr_projection_release(struct kr_pool *pool)
{
	kr_free(pool->rec);
	*pool = (struct kr_pool){0};
}

void karier_employee_free(karier_employee *e)
{
	if (!e || e->owned != 1) /* an employee of a cohort belongs to it (a projection to its plan) */
		return;
	kr_free(e->pool->rec);
	kr_free(e->pool->str);
	kr_free((struct kr_own *)(void *)e);
}

/* ---- pools --------------------------------------------------------------- */

int kr_pool_reserve(struct kr_pool *pl, uint32_t n)
{
	if ((uint64_t)pl->n_rec + n <= pl->cap_rec)
		return KARIER_OK;
	uint64_t cap = pl->cap_rec ? (uint64_t)pl->cap_rec * 2 : 16;
	while (cap < (uint64_t)pl->n_rec + n)
		cap *= 2;
	if (cap > UINT32_MAX)
		return kr_fail(KARIER_ELIMIT, "more than %u history records", UINT32_MAX);
	struct kr_record *nr = kr_realloc(pl->rec, (size_t)cap * sizeof *nr);
	if (!nr)
		return kr_fail(KARIER_ENOMEM, "out of memory for history records");
	pl->rec = nr;
	pl->cap_rec = (uint32_t)cap;
	return KARIER_OK;
}

static int str_room(struct kr_pool *pl, size_t len)
{
	if (pl->n_str == 0)
		len += 1; /* offset 0: "" */
	if ((uint64_t)pl->n_str + len + 1 <= pl->cap_str)
		goto ready;
	uint64_t cap = pl->cap_str ? (uint64_t)pl->cap_str * 2 : 4096;
	while (cap < (uint64_t)pl->n_str + len + 1)
		cap *= 2;
	if (cap > UINT32_MAX)
		return kr_fail(KARIER_ELIMIT, "more than 4 GiB of text");
	char *ns = kr_realloc(pl->str, (size_t)cap);
	if (!ns)
		return kr_fail(KARIER_ENOMEM, "out of memory for text");
	pl->str = ns;
	pl->cap_str = (uint32_t)cap;
ready:
	if (pl->n_str == 0) {
		pl->str[0] = '\0';
		pl->n_str = 1;
	}
	return KARIER_OK;
}

int kr_pool_append(struct kr_pool *pl, const char *s, uint32_t *out)
{
	size_t len = strlen(s);
	if (!len) {
		*out = 0;
		return KARIER_OK;
	}
	int rc = str_room(pl, len);
	if (rc)
		return rc;
	*out = pl->n_str;
	memcpy(pl->str + pl->n_str, s, len + 1);
	pl->n_str += (uint32_t)len + 1;
	return KARIER_OK;
}

uint32_t kr_text_hash(const char *s, size_t len)
{
	/* eight bytes at a time, each word mixed in by a multiply and a shift (the high bits folded back
	 * down: a table takes the low ones), the last bytes as one more word; the length in the seed */
	uint64_t h = UINT64_C(0x9E3779B97F4A7C15) ^ len, w;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * UINT64_C(0xBF58476D1CE4E5B9);
		h ^= h >> 31;
	}
	w = 0;
	memcpy(&w, s + i, len - i);
	h = (h ^ w) * UINT64_C(0x94D049BB133111EB);
	h ^= h >> 29;
	return (uint32_t)(h ^ (h >> 32));
}

uint32_t kr_pool_find(const struct kr_pool *pl, const char *s)
{
	if (!pl->hcap)
		return UINT32_MAX;
	size_t len = strlen(s);
	if (!len)
		return 0;
	for (uint32_t h = kr_text_hash(s, len) & (pl->hcap - 1); pl->hslot[h]; h = (h + 1) & (pl->hcap - 1))
		if (memcmp(pl->str + pl->hslot[h], s, len + 1) == 0)
			return pl->hslot[h];
	return 0;
}

int kr_pool_intern(struct kr_pool *pl, const char *s, uint32_t *out)
{
	size_t len = strlen(s);
	if (!len) {
		*out = 0;
		return KARIER_OK;
	}
	if ((pl->hn + 1) * 2 > pl->hcap) {
		uint32_t cap = pl->hcap ? pl->hcap * 2 : 256;
		uint32_t *ns = kr_calloc(cap, sizeof *ns);
		if (!ns)
			return kr_fail(KARIER_ENOMEM, "out of memory for text");
		for (uint32_t i = 0; i < pl->hcap; i++)
			if (pl->hslot[i]) {
				const char *t = pl->str + pl->hslot[i];
				uint32_t h = kr_text_hash(t, strlen(t)) & (cap - 1);
				while (ns[h])
					h = (h + 1) & (cap - 1);
				ns[h] = pl->hslot[i];
			}
		kr_free(pl->hslot);
		pl->hslot = ns;
		pl->hcap = cap;
	}
	uint32_t h = kr_text_hash(s, len) & (pl->hcap - 1);
	for (; pl->hslot[h]; h = (h + 1) & (pl->hcap - 1))
		if (memcmp(pl->str + pl->hslot[h], s, len + 1) == 0) {
			*out = pl->hslot[h];
			return KARIER_OK;
		}
	int rc = kr_pool_append(pl, s, out);
	if (rc)
		return rc;
	pl->hslot[h] = *out;
	pl->hn++;
	return KARIER_OK;
}

void kr_pool_release(struct kr_pool *pl)
{
	kr_free(pl->rec);
	kr_free(pl->str);
	kr_free(pl->hslot);
	memset(pl, 0, sizeof *pl);
}

/* ---- scalar setters ---- */

int karier_employee_set_nama(karier_employee *e, const char *nama)
{
	NEED(e, "set_nama");
	if (!nama)
		return kr_null(KR_FN("set_nama"), "nama");
	char tmp[KARIER_NAME_MAX + 1];
	int rc = kr_copy_text(tmp, sizeof tmp, nama, "nama", false);
	return rc ? rc : own_text(e, tmp, &e->nama);
}

int karier_employee_set_unit_kerja(karier_employee *e, const char *unit)
{
	NEED(e, "set_unit_kerja");
	if (!unit)
		return kr_null(KR_FN("set_unit_kerja"), "unit");
	char tmp[KARIER_NAME_MAX + 1];
	int rc = kr_copy_text(tmp, sizeof tmp, unit, "unit_kerja", true);
	return rc ? rc : own_text(e, tmp, &e->unit);
}

int karier_employee_set_status(karier_employee *e, int32_t status)
{
	NEED(e, "set_status");
	if (status < KARIER_STATUS_PNS || status > KARIER_STATUS_PPPK)
		return kr_fail(KARIER_EINVAL, "status: %d is not PNS (1), CPNS (2) or PPPK (3)", status);
	if (is_pns(status) != is_pns(e->status))
		return kr_fail(KARIER_EINVAL, "status: %s cannot become %s (the NIP kinds differ); create a new employee",
		               karier_code_name(KARIER_CODE_STATUS, e->status), karier_code_name(KARIER_CODE_STATUS, status));
	e->status = (uint8_t)status;
	return KARIER_OK;
}

int karier_employee_set_tanggal_lahir(karier_employee *e, int32_t date)
{
	NEED(e, "set_tanggal_lahir");
	int rc = kr_check_date("tanggal_lahir", date);
	if (rc)
		return rc;
	if (date >= e->tmt_cpns)
		return kr_fail(KARIER_ERANGE, "tanggal_lahir: %d is not before tmt_cpns %d", date, e->tmt_cpns);
	e->birth = date;
	return KARIER_OK;
}

int karier_employee_set_tmt_cpns(karier_employee *e, int32_t date)
{
	NEED(e, "set_tmt_cpns");
	int rc = kr_check_date("tmt_cpns", date);
	if (rc)
		return rc;
	if (date <= e->birth)
		return kr_fail(KARIER_ERANGE, "tmt_cpns: %d is not after tanggal_lahir %d", date, e->birth);
	if (e->tmt_golongan && date > e->tmt_golongan)
		return kr_fail(KARIER_ERANGE, "tmt_cpns: %d is after tmt_golongan %d", date, e->tmt_golongan);
	if (e->tmt_jabatan && date > e->tmt_jabatan)
		return kr_fail(KARIER_ERANGE, "tmt_cpns: %d is after tmt_jabatan %d", date, e->tmt_jabatan);
	e->tmt_cpns = date;
	return KARIER_OK;
}

int karier_employee_set_pendidikan(karier_employee *e, int32_t p)
{
	NEED(e, "set_pendidikan");
	if (p < 1 || p > KARIER_PEND_COUNT)
		return kr_fail(KARIER_ERANGE, "pendidikan: %d is not a karier_pendidikan 1..%d", p, KARIER_PEND_COUNT);
	if (e->pendidikan_baru && karier_pendidikan_rank(e->pendidikan_baru) <= karier_pendidikan_rank(p))
		return kr_fail(KARIER_ERANGE, "pendidikan: %s is not below pendidikan_baru %s; clear pendidikan_baru first",
		               karier_code_name(KARIER_CODE_PENDIDIKAN, p),
		               karier_code_name(KARIER_CODE_PENDIDIKAN, e->pendidikan_baru));
	e->pendidikan = (uint8_t)p;
	return KARIER_OK;
}

int karier_employee_set_pendidikan_baru(karier_employee *e, int32_t p)
{
	NEED(e, "set_pendidikan_baru");
	if (p == KARIER_PEND_NONE) {
		e->pendidikan_baru = 0;
		return KARIER_OK;
	}
	if (p < 1 || p > KARIER_PEND_COUNT)
		return kr_fail(KARIER_ERANGE, "pendidikan_baru: %d is not a karier_pendidikan 1..%d", p, KARIER_PEND_COUNT);
	if (!e->pendidikan || karier_pendidikan_rank(p) <= karier_pendidikan_rank(e->pendidikan))
		return kr_fail(KARIER_ERANGE, "pendidikan_baru: %s does not rank above pendidikan %s",
		               karier_code_name(KARIER_CODE_PENDIDIKAN, p),
		               e->pendidikan ? karier_code_name(KARIER_CODE_PENDIDIKAN, e->pendidikan) : "(not set)");
	e->pendidikan_baru = (uint8_t)p;
	return KARIER_OK;
}

static int check_tmt(const karier_employee *e, const char *field, int32_t tmt)
{
	int rc = kr_check_date(field, tmt);
	if (rc)
		return rc;
	if (tmt < e->tmt_cpns)
		return kr_fail(KARIER_ERANGE, "%s: %d is before the first appointment (tmt_cpns %d)", field, tmt, e->tmt_cpns);
	return KARIER_OK;
}

int karier_employee_set_golongan(karier_employee *e, int32_t gol, int32_t tmt)
{
	NEED(e, "set_golongan");
	if (!is_pns(e->status))
		return kr_fail(KARIER_EINVAL, "golongan: a PPPK has no golongan ruang; use karier_employee_set_pppk_golongan");
	if (gol < KARIER_GOL_IA || gol > KARIER_GOL_IVE)
		return kr_fail(KARIER_ERANGE, "golongan: %d is not I/a (1) .. IV/e (17)", gol);
	int rc = check_tmt(e, "tmt_golongan", tmt);
	if (rc)
		return rc;
	e->golongan = (uint8_t)gol;
	e->tmt_golongan = tmt;
	return KARIER_OK;
}

int karier_employee_set_pppk_golongan(karier_employee *e, int32_t gol, int32_t tmt)
{
	NEED(e, "set_pppk_golongan");
	if (is_pns(e->status))
		return kr_fail(KARIER_EINVAL, "golongan: a PNS/CPNS has a golongan ruang; use karier_employee_set_golongan");
	if (gol < 1 || gol > 17)
		return kr_fail(KARIER_ERANGE, "golongan: %d is not a PPPK golongan I (1) .. XVII (17)", gol);
	int rc = check_tmt(e, "tmt_golongan", tmt);
	if (rc)
		return rc;
	e->golongan = (uint8_t)gol;
	e->tmt_golongan = tmt;
	return KARIER_OK;
}

int karier_employee_set_jabatan(karier_employee *e, const char *code, int32_t jabatan, int32_t jenjang, int32_t tmt)
{
	NEED(e, "set_jabatan");
	if (!code)
		return kr_null(KR_FN("set_jabatan"), "code");
	int rc = kr_check_jabatan_jenjang(jabatan, jenjang);
	if (rc)
		return rc;
	if ((rc = check_tmt(e, "tmt_jabatan", tmt)))
		return rc;
	char tmp[KARIER_CODE_MAX + 1];
	if ((rc = kr_copy_text(tmp, sizeof tmp, code, "jabatan", false)) || (rc = own_text(e, tmp, &e->jabatan_code)))
		return rc;
	e->jabatan = (uint8_t)jabatan;
	e->jenjang = (uint8_t)jenjang;
	e->tmt_jabatan = tmt;
	return KARIER_OK;
}

int karier_employee_set_potensi(karier_employee *e, int32_t v)
{
	NEED(e, "set_potensi");
	if (v != -1 && (v < 0 || v > 10000))
		return kr_fail(KARIER_ERANGE, "potensi: %d is not -1 (unknown) or 0..10000 hundredths", v);
	e->potensi = v;
	return KARIER_OK;
}

int karier_employee_set_angka_kredit(karier_employee *e, int32_t v)
{
	NEED(e, "set_angka_kredit");
	if (v != -1 && (v < 0 || v > 100000000))
		return kr_fail(KARIER_ERANGE, "angka_kredit: %d is not -1 (unknown) or 0..100000000 hundredths", v);
	e->angka_kredit = v;
	return KARIER_OK;
}

int karier_employee_set_ujian_dinas(karier_employee *e, int32_t level)
{
	NEED(e, "set_ujian_dinas");
	if (level < KARIER_UJIAN_DINAS_NONE || level > KARIER_UJIAN_DINAS_II)
		return kr_fail(KARIER_ERANGE, "ujian_dinas: %d is not 0 (none), 1 (I) or 2 (II)", level);
	e->ujian_dinas = (uint8_t)level;
	return KARIER_OK;
}

int karier_employee_set_ujian_penyesuaian(karier_employee *e, int32_t date)
{
	NEED(e, "set_ujian_penyesuaian");
	int rc = date ? kr_check_date("ujian_penyesuaian", date) : KARIER_OK;
	if (!rc)
		e->ujian_penyesuaian = date;
	return rc;
}

int karier_employee_set_prestasi_luar_biasa(karier_employee *e, int32_t flag)
{
	NEED(e, "set_prestasi_luar_biasa");
	if (flag != 0 && flag != 1)
		return kr_fail(KARIER_ERANGE, "prestasi_luar_biasa: %d is not 0 or 1", flag);
	e->prestasi = (uint8_t)flag;
	return KARIER_OK;
}

/* ---- getters ---- */
#define GET(type, name, expr, none)                                                                \
	type karier_employee_##name(const karier_employee *e) { return e ? (expr) : (none); }
GET(const char *, nip, e->nip, "")
GET(const char *, nama, kr_text(e, e->nama), "")
GET(const char *, unit_kerja, kr_text(e, e->unit), "")
GET(int32_t, status, e->status, 0)
GET(int32_t, tanggal_lahir, e->birth, 0)
GET(int32_t, tmt_cpns, e->tmt_cpns, 0)
GET(int32_t, pendidikan, e->pendidikan, 0)
GET(int32_t, pendidikan_baru, e->pendidikan_baru, 0)
GET(int32_t, golongan, e->golongan, 0)
GET(int32_t, tmt_golongan, e->tmt_golongan, 0)
GET(const char *, jabatan_code, kr_text(e, e->jabatan_code), "")
GET(int32_t, jabatan, e->jabatan, 0)
GET(int32_t, jenjang, e->jenjang, 0)
GET(int32_t, tmt_jabatan, e->tmt_jabatan, 0)
GET(int32_t, potensi, e->potensi, -1)
GET(int32_t, angka_kredit, e->angka_kredit, -1)
GET(int32_t, ujian_dinas, e->ujian_dinas, 0)
GET(int32_t, prestasi_luar_biasa, e->prestasi, 0)
GET(int32_t, ujian_penyesuaian, e->ujian_penyesuaian, 0)
#undef GET

/* ---- histories: one array, grouped by kind ---- */

const struct kr_kind_rule kr_kind_rules[KR_REC_KINDS] = {
	[KR_REC_KINERJA] = {"kinerja", false, KR_KEEP_LAST},
	[KR_REC_KOMPETENSI] = {"kompetensi", true, KR_KEEP_LATEST},
	[KR_REC_PELATIHAN] = {"pelatihan", false, KR_KEEP_ALL},
	[KR_REC_DISIPLIN] = {"disiplin", false, KR_KEEP_ALL},
	[KR_REC_JABATAN] = {"riwayat jabatan", false, KR_KEEP_ALL},
};

static int32_t count_of(const karier_employee *e, int kind) { return e ? e->cnt[kind] : 0; }

/* Insert r as the index-th record of kind (a standalone employee's kinds
 * are contiguous and in kind order within its pool). */
static int insert(karier_employee *e, int kind, int32_t index, const struct kr_record *r)
{
	struct kr_pool *pl = e->pool;
	if (e->cnt[kind] >= KARIER_HISTORY_MAX)
		return kr_fail(KARIER_ELIMIT, "employee %s: more than %d %s records", e->nip, KARIER_HISTORY_MAX,
		               kr_kind_rules[kind].name);
	int rc = kr_pool_reserve(pl, 1);
	if (rc)
		return kr_fail(rc, "employee %s: %s", e->nip, karier_last_error());
	uint32_t at = e->off[kind] + (uint32_t)index;
	memmove(&pl->rec[at + 1], &pl->rec[at], (size_t)(pl->n_rec - at) * sizeof *pl->rec);
	pl->rec[at] = *r;
	pl->n_rec++;
	e->cnt[kind]++;
	for (int k = kind + 1; k < KR_REC_KINDS; k++)
		e->off[k]++;
	return KARIER_OK;
}

static struct kr_record *recs(karier_employee *e, int kind) { return e->pool->rec ? e->pool->rec + e->off[kind] : NULL; }

static const struct kr_record *rec_at(const karier_employee *e, int kind, int32_t index)
{
	if (!e || index < 0 || index >= e->cnt[kind])
		return NULL;
	return kr_rec_begin(e, kind) + index;
}

static int bad_index(const karier_employee *e, int kind, int32_t index, const char *what)
{
	if (!e)
		return kr_null(what, "employee");
	return kr_fail(KARIER_ENOTFOUND, "%s: index %d is outside 0..%d", what, index, e->cnt[kind] - 1);
}

_Static_assert(KARIER_DATE_MAX_YEAR - 1990 + 1 <= KARIER_HISTORY_MAX, "a kinerja record a year fits an employee");
int kr_check_kinerja(int32_t year, int32_t predikat)
{
	if (year < 1990 || year > KARIER_DATE_MAX_YEAR)
		return kr_fail(KARIER_ERANGE, "tahun: %d is outside 1990..%d", year, KARIER_DATE_MAX_YEAR);
	if (predikat < KARIER_PREDIKAT_SANGAT_KURANG || predikat > KARIER_PREDIKAT_SANGAT_BAIK)
		return kr_fail(KARIER_ERANGE, "predikat: %d for tahun %d is not a karier_predikat 1..5", predikat, year);
	return KARIER_OK;
}

/* Where record r (with its code text for a kind kept by code) goes among the
 * employee's records of the kind, by kr_kind_rules: after every record whose
 * key sorts before it or equals it.  *merge_at: the record of the same key it
 * merges into under the kind's rule, or -1. */
static int32_t place(const karier_employee *e, int kind, const struct kr_record *r, const char *code, int32_t *merge_at)
{
	const struct kr_kind_rule *rule = &kr_kind_rules[kind];
	const struct kr_record *x = kr_rec_begin(e, kind);
	int32_t i = 0, n = e->cnt[kind];
	int c = -1;
	while (i < n &&
	       (c = rule->by_code ? strcmp(kr_text(e, x[i].u.code), code) : (x[i].date > r->date) - (x[i].date < r->date)) <= 0)
		i++;
	bool same = i > 0 && (rule->by_code ? strcmp(kr_text(e, x[i - 1].u.code), code) == 0 : x[i - 1].date == r->date);
	*merge_at = rule->keep != KR_KEEP_ALL && same ? i - 1 : -1;
	return i;
}

int karier_employee_set_kinerja(karier_employee *e, int32_t year, int32_t predikat)
{
	NEED(e, "set_kinerja");
	int rc = kr_check_kinerja(year, predikat);
	if (rc)
		return rc;
	struct kr_record nr = {.a = (uint8_t)predikat, .date = year};
	int32_t at, i = place(e, KR_REC_KINERJA, &nr, NULL, &at);
	if (at >= 0) {
		struct kr_record *old = &recs(e, KR_REC_KINERJA)[at];
		if (kr_rec_replaces(KR_REC_KINERJA, old, &nr))
			*old = nr;
		return KARIER_OK;
	}
	return insert(e, KR_REC_KINERJA, i, &nr);
}

int32_t karier_employee_kinerja(const karier_employee *e, int32_t year)
{
	if (!e)
		return 0;
	for (const struct kr_record *r = kr_rec_begin(e, KR_REC_KINERJA), *end = kr_rec_end(e, KR_REC_KINERJA); r < end; r++)
		if (r->date == year)
			return r->a;
	return KARIER_PREDIKAT_NONE;
}

int32_t karier_employee_kinerja_count(const karier_employee *e) { return count_of(e, KR_REC_KINERJA); }

int karier_employee_kinerja_get(int32_t *out_year, int32_t *out_predikat, const karier_employee *e, int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_KINERJA, index);
	if (!r)
		return bad_index(e, KR_REC_KINERJA, index, KR_FN("kinerja_get"));
	if (out_year)
		*out_year = r->date;
	if (out_predikat)
		*out_predikat = r->a;
	return KARIER_OK;
}

int kr_check_kompetensi(const char *code, int32_t level, int32_t date, bool text_checked)
{
	int rc;
	if (!text_checked && (rc = kr_copy_text(NULL, KARIER_CODE_MAX + 1, code, "kompetensi", false)))
		return rc;
	if (level < 1 || level > 5)
		return kr_fail(KARIER_ERANGE, "level: %d for kompetensi \"%s\" is outside 1..5", level, code);
	if (date != 0 && (rc = kr_check_date("tanggal", date)))
		return rc;
	return KARIER_OK;
}

int karier_employee_set_kompetensi(karier_employee *e, const char *code, int32_t level, int32_t date)
{
	NEED(e, "set_kompetensi");
	if (!code)
		return kr_null(KR_FN("set_kompetensi"), "code");
	int rc = kr_check_kompetensi(code, level, date, false);
	if (rc)
		return rc;
	struct kr_record r = {.a = (uint8_t)level, .date = date};
	int32_t at, i = place(e, KR_REC_KOMPETENSI, &r, code, &at);
	if (at >= 0) { /* the same competency: its code text is there already */
		struct kr_record *old = &recs(e, KR_REC_KOMPETENSI)[at];
		if (kr_rec_replaces(KR_REC_KOMPETENSI, old, &r)) {
			old->a = r.a;
			old->date = r.date;
		}
		return KARIER_OK;
	}
	if ((rc = own_text(e, code, &r.u.code)))
		return rc;
	return insert(e, KR_REC_KOMPETENSI, i, &r);
}

int32_t karier_employee_kompetensi(const karier_employee *e, const char *code)
{
	return e && code ? kr_kompetensi_level(e, code) : 0;
}

int32_t karier_employee_kompetensi_count(const karier_employee *e) { return count_of(e, KR_REC_KOMPETENSI); }

int karier_employee_kompetensi_get(const char **out_code, int32_t *out_level, int32_t *out_date,
                                   const karier_employee *e, int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_KOMPETENSI, index);
	if (!r)
		return bad_index(e, KR_REC_KOMPETENSI, index, KR_FN("kompetensi_get"));
	if (out_code)
		*out_code = kr_text(e, r->u.code);
	if (out_level)
		*out_level = r->a;
	if (out_date)
		*out_date = r->date;
	return KARIER_OK;
}

/* Insert keeping kind's records ordered by date, after equal dates. */
static int insert_by_date(karier_employee *e, int kind, const struct kr_record *r)
{
	int32_t at; /* kinds kept by date keep every record (KR_KEEP_ALL): no merge */
	return insert(e, kind, place(e, kind, r, NULL, &at), r);
}

int kr_check_pelatihan(const char *code, int32_t date, int32_t jp, int32_t jenis, bool text_checked)
{
	int rc;
	if (!text_checked && (rc = kr_copy_text(NULL, KARIER_CODE_MAX + 1, code, "kode", false)))
		return rc;
	if ((rc = kr_check_date("tanggal_selesai", date)))
		return rc;
	if (jp < 1 || jp > 2000)
		return kr_fail(KARIER_ERANGE, "jp: %d for pelatihan \"%s\" is outside 1..2000", jp, code);
	if (jenis < KARIER_PELATIHAN_LAINNYA || jenis > KARIER_PELATIHAN_SOSIAL_KULTURAL)
		return kr_fail(KARIER_ERANGE, "jenis: %d for pelatihan \"%s\" is not a karier_pelatihan", jenis, code);
	return KARIER_OK;
}

int karier_employee_add_pelatihan(karier_employee *e, const char *code, int32_t date, int32_t jp, int32_t jenis)
{
	NEED(e, "add_pelatihan");
	if (!code)
		return kr_null(KR_FN("add_pelatihan"), "code");
	int rc = kr_check_pelatihan(code, date, jp, jenis, false);
	uint32_t off = 0;
	if (rc || (rc = own_text(e, code, &off)))
		return rc;
	struct kr_record r = {.a = (uint8_t)jenis, .jp = (uint16_t)jp, .date = date, .u.code = off};
	return insert_by_date(e, KR_REC_PELATIHAN, &r);
}

int32_t karier_employee_pelatihan_count(const karier_employee *e) { return count_of(e, KR_REC_PELATIHAN); }

int karier_employee_pelatihan_get(const char **out_code, int32_t *out_date, int32_t *out_jp, int32_t *out_jenis,
                                  const karier_employee *e, int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_PELATIHAN, index);
	if (!r)
		return bad_index(e, KR_REC_PELATIHAN, index, KR_FN("pelatihan_get"));
	if (out_code)
		*out_code = kr_text(e, r->u.code);
	if (out_date)
		*out_date = r->date;
	if (out_jp)
		*out_jp = r->jp;
	if (out_jenis)
		*out_jenis = r->a;
	return KARIER_OK;
}

static int check_span(const char *field_start, const char *field_end, int32_t start, int32_t end, bool end_optional)
{
	int rc = kr_check_date(field_start, start);
	if (rc)
		return rc;
	if (end == 0 && end_optional)
		return KARIER_OK;
	if ((rc = kr_check_date(field_end, end)))
		return rc;
	if (end <= start)
		return kr_fail(KARIER_ERANGE, "%s: %d is not after %s %d", field_end, end, field_start, start);
	return KARIER_OK;
}

int kr_check_disiplin(int32_t *tingkat, int32_t jenis, int32_t start, int32_t end)
{
	if (jenis) {
		int32_t level = karier_hukuman_tingkat(jenis);
		if (!level)
			return kr_fail(KARIER_ERANGE, "jenis: %d is not a kind of discipline penalty (karier_hukuman 1..12)", jenis);
		if (*tingkat && *tingkat != level)
			return kr_fail(KARIER_EINVAL, "tingkat: %s does not match jenis %s, which is %s",
			               karier_code_name(KARIER_CODE_DISIPLIN, *tingkat) ? karier_code_name(KARIER_CODE_DISIPLIN, *tingkat) : "?",
			               karier_code_name(KARIER_CODE_HUKUMAN, jenis), karier_code_name(KARIER_CODE_DISIPLIN, level));
		*tingkat = level;
	}
	if (*tingkat < KARIER_DISIPLIN_RINGAN || *tingkat > KARIER_DISIPLIN_BERAT)
		return kr_fail(KARIER_ERANGE, "tingkat: %d is not ringan (1), sedang (2) or berat (3)", *tingkat);
	return check_span("tmt_mulai", "tmt_selesai", start, end, true);
}

static int add_disiplin(karier_employee *e, int32_t tingkat, int32_t jenis, int32_t start, int32_t end)
{
	int rc = kr_check_disiplin(&tingkat, jenis, start, end);
	if (rc)
		return rc;
	struct kr_record r = {.a = (uint8_t)tingkat, .b = (uint8_t)jenis, .date = start, .u.end = end};
	return insert_by_date(e, KR_REC_DISIPLIN, &r);
}

int karier_employee_add_disiplin(karier_employee *e, int32_t tingkat, int32_t start, int32_t end)
{
	NEED(e, "add_disiplin");
	return add_disiplin(e, tingkat, KARIER_HUKUMAN_NONE, start, end);
}

int karier_employee_add_hukuman(karier_employee *e, int32_t jenis, int32_t start, int32_t end)
{
	NEED(e, "add_hukuman");
	if (!jenis)
		return kr_fail(KARIER_ERANGE, "jenis: 0 is not a kind of discipline penalty (karier_hukuman 1..12)");
	return add_disiplin(e, KARIER_DISIPLIN_NONE, jenis, start, end);
}

int32_t karier_employee_disiplin_count(const karier_employee *e) { return count_of(e, KR_REC_DISIPLIN); }

int karier_employee_disiplin_get(int32_t *out_tingkat, int32_t *out_start, int32_t *out_end, const karier_employee *e,
                                 int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_DISIPLIN, index);
	if (!r)
		return bad_index(e, KR_REC_DISIPLIN, index, KR_FN("disiplin_get"));
	if (out_tingkat)
		*out_tingkat = r->a;
	if (out_start)
		*out_start = r->date;
	if (out_end)
		*out_end = r->u.end;
	return KARIER_OK;
}

int karier_employee_disiplin_get_jenis(int32_t *out_jenis, const karier_employee *e, int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_DISIPLIN, index);
	if (!r)
		return bad_index(e, KR_REC_DISIPLIN, index, KR_FN("disiplin_get_jenis"));
	if (out_jenis)
		*out_jenis = r->b;
	return KARIER_OK;
}

int kr_check_riwayat(int32_t jabatan, int32_t jenjang, int32_t start, int32_t end)
{
	int rc = kr_check_jabatan_jenjang(jabatan, jenjang);
	return rc ? rc : check_span("tmt_mulai", "tmt_selesai", start, end, false);
}

int karier_employee_add_riwayat_jabatan(karier_employee *e, int32_t jabatan, int32_t jenjang, int32_t start, int32_t end)
{
	NEED(e, "add_riwayat_jabatan");
	int rc = kr_check_riwayat(jabatan, jenjang, start, end);
	if (rc)
		return rc;
	struct kr_record r = {.a = (uint8_t)jabatan, .b = (uint8_t)jenjang, .date = start, .u.end = end};
	return insert_by_date(e, KR_REC_JABATAN, &r);
}

int32_t karier_employee_riwayat_jabatan_count(const karier_employee *e) { return count_of(e, KR_REC_JABATAN); }

int karier_employee_riwayat_jabatan_get(int32_t *out_jabatan, int32_t *out_jenjang, int32_t *out_start,
                                        int32_t *out_end, const karier_employee *e, int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_JABATAN, index);
	if (!r)
		return bad_index(e, KR_REC_JABATAN, index, KR_FN("riwayat_jabatan_get"));
	if (out_jabatan)
		*out_jabatan = r->a;
	if (out_jenjang)
		*out_jenjang = r->b;
	if (out_start)
		*out_start = r->date;
	if (out_end)
		*out_end = r->u.end;
	return KARIER_OK;
}
