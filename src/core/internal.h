/*
 * internal.h - what the core's modules share; never installed.
 * SPDX-License-Identifier: MIT
 */
#ifndef KR_INTERNAL_H
#define KR_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "karier.h"

#if defined(__GNUC__)
#  define KR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#  define KR_PRINTF(a, b)
#endif

/* ---- allocation: every allocation of the library goes through these ---- */
/* Blocks of KR_HUGE_MIN bytes or more are offered huge pages (memory.c): the
 * advice changes no byte, only how many page faults writing them costs. */
#define KR_HUGE_MIN ((size_t)2 << 20)
void kr_advise_huge(void *p, size_t size);
static inline void *kr_sized(void *p, size_t size)
{
	if (p && size >= KR_HUGE_MIN)
		kr_advise_huge(p, size);
	return p;
}
#ifdef KARIER_ALLOC_HOOK
/* Test builds route allocations to the test harness (tests/support). */
void *karier_test_malloc(size_t size);
void *karier_test_calloc(size_t n, size_t size);
void *karier_test_realloc(void *ptr, size_t size);
void karier_test_free(void *ptr);
#  define KR_MALLOC karier_test_malloc
#  define KR_CALLOC karier_test_calloc
#  define KR_REALLOC karier_test_realloc
#  define kr_free karier_test_free
#else
#  include <stdlib.h>
#  define KR_MALLOC malloc
#  define KR_CALLOC calloc
#  define KR_REALLOC realloc
#  define kr_free free
#endif
static inline void *kr_malloc(size_t size) { return kr_sized(KR_MALLOC(size), size); }
/* (a non-NULL block means n * size did not overflow) */
static inline void *kr_calloc(size_t n, size_t size) { return kr_sized(KR_CALLOC(n, size), n * size); }
static inline void *kr_realloc(void *p, size_t size) { return kr_sized(KR_REALLOC(p, size), size); }
/* n elements of size bytes from *src to dst (which must not overlap it), back to front a chunk at a
 * time, each copied chunk given back (a shrinking realloc, whose failure is harmless), then *src
 * freed and set to NULL: memory grows by a chunk rather than by the whole array (memory.c). */
void kr_move_giving_back(void *dst, void **src, size_t n, size_t size);

/* ---- errors (error.c) ---- */
/* Record a failure for karier_last_error() and return code. */
int kr_fail(int code, const char *fmt, ...) KR_PRINTF(2, 3);
/* A NULL argument: "<func>: <arg> is NULL". */
int kr_null(const char *func, const char *arg);

/* ---- threads (thread.c) ---- */
/* n items cut into contiguous parts for threads: as many parts as threads, or one per item when
 * there are fewer (at least one part); part t holds [kr_part_start(n, t, parts),
 * kr_part_start(n, t + 1, parts)), the parts' sizes differing by one at most. */
static inline int32_t kr_parts(int32_t n, int32_t threads) { return n < threads ? (n > 0 ? n : 1) : threads; }
static inline int32_t kr_part_start(int32_t n, int32_t t, int32_t parts) { return (int32_t)((int64_t)n * t / parts); }

/* fn(arg) on another thread: kr_task_start starts it (false when no thread
 * could be had), kr_task_join waits for it, or runs it on the calling thread
 * when it never started.  A task must not move between the two calls. */
struct kr_task {
	void (*fn)(void *arg);
	void *arg;
	bool started;
	_Alignas(8) unsigned char handle[16]; /* pthread_t or thrd_t */
};
bool kr_task_start(struct kr_task *t);
void kr_task_join(struct kr_task *t);

/* A lock and a condition, for threads that share a little state (which of
 * some jobs are ready, which taken): kr_gate_init (false when none could be
 * had: then the threads must not share), kr_gate_lock/kr_gate_unlock around
 * the shared state, kr_gate_wait (holding the lock) sleeps until another
 * thread calls kr_gate_wake (and returns holding it again; check the state
 * once more), kr_gate_free after the last use. */
struct kr_gate {
	_Alignas(16) unsigned char lock[64];  /* pthread_mutex_t or mtx_t */
	_Alignas(16) unsigned char cond[64];  /* pthread_cond_t or cnd_t */
};
bool kr_gate_init(struct kr_gate *g);
void kr_gate_lock(struct kr_gate *g);
void kr_gate_unlock(struct kr_gate *g);
void kr_gate_wait(struct kr_gate *g);
void kr_gate_wake(struct kr_gate *g);
void kr_gate_free(struct kr_gate *g);
/* A job in chunks taken in turn: nworkers threads (1..KARIER_BATCH_MAX_THREADS, the calling thread
 * the last of them) each call fn(worker, chunk) for the next chunk of 0..nchunks-1 not yet taken,
 * until none is left; worker t is (char *)workers + t * size, its own scratch.  A chunk that takes
 * longer, or a core lent elsewhere for a while, leaves no thread idle for long.  Without a lock to
 * be had the calling thread takes every chunk, in order, with worker 0. */
void kr_run_chunks(void (*fn)(void *worker, int32_t chunk), void *workers, size_t size, int32_t nworkers, int32_t nchunks);
/* How many chunks: 16 a thread, at most KARIER_BATCH_MAX_THREADS, and one item each at least. */
static inline int32_t kr_chunks(int32_t n, int32_t threads)
{
	return kr_parts(n, threads <= KARIER_BATCH_MAX_THREADS / 16 ? threads * 16 : KARIER_BATCH_MAX_THREADS);
}

/* ---- NIP (nip.c) ---- */
/* The digits of text with spaces skipped, NUL-terminated: returns how many
 * (18 for a NIP's worth), 19 for more than 18, or -1 at a character that is
 * neither (*bad, when not NULL, points at it). */
int kr_nip_digits(char digits[KARIER_NIP_SIZE], const char *text, const char **bad);
/* 18 digits as a number: orders as the text does.  digits must hold 18 digits (kr_nip_digits said
 * 18, or an employee's nip): no shorter string is looked for. */
uint64_t kr_nip_number(const char *digits);

/* ---- dates (date.c); ymd arguments must be valid unless stated ---- */
bool kr_ymd_valid(int32_t ymd);
int32_t kr_days(int32_t ymd);           /* days since 1970-01-01 */
int32_t kr_ymd(int32_t days);           /* inverse of kr_days */
int32_t kr_days_in_month(int32_t y, int32_t m);
/* Add months with end-of-month clamping; returns 0 when out of range. */
int32_t kr_add_months(int32_t ymd, int32_t months);
/* Whole months from a to b (b >= a), as a person counts them. */
int32_t kr_months_between(int32_t a, int32_t b);
/* Check a date argument, naming the field; returns KARIER_OK or fails. */
int kr_check_date(const char *field, int32_t ymd);
#define KR_Y(d) ((d) / 10000)
#define KR_M(d) (((d) / 100) % 100)
#define KR_D(d) ((d) % 100)

/* ---- text helpers (codes.c) ---- */
/* Copy a bounded, non-empty, valid UTF-8 string without control characters (dst NULL: check only). */
int kr_copy_text(char *dst, size_t cap, const char *src, const char *field, bool allow_empty);
bool kr_utf8_valid(const char *s);
size_t kr_utf8_invalid_at(const char *s, size_t len); /* where the first bad sequence starts; len when none */
uint32_t kr_text_hash(const char *s, size_t len);    /* for the hash tables of text (employee.c) */
/* Parse a decimal with at most two decimals into hundredths, or a whole
 * number; 0 on success, -1 when the text is not one. */
int kr_parse_fixed(int64_t *out, const char *text);
int kr_parse_int(int64_t *out, const char *text);
/* Hundredths as text with two decimals ("-3.05"); snprintf rules. */
int kr_fixed_text(char *buf, size_t size, int64_t v);
/* The decimal digits of v (a '-' first when negative) at dst, which has room for 20 characters; no
 * terminator; how many were written.  The messages of decisions are built with these, not printf. */
size_t kr_put_int(char *dst, int64_t v);
/* The characters text[0..n) into buf of size bytes, cut to fit and terminated, as snprintf would: n. */
int kr_put_out(char *buf, size_t size, const char *text, size_t n);

/* ---- policy (policy.c) ---- */
#include "policy_settings.h"

struct kr_period {
	int32_t from;
	int32_t mask;
	const char *citation;
};

struct karier_policy {
	int64_t v[KR_SETTING_COUNT];
	int32_t n_periods;
	struct kr_period periods[KARIER_POLICY_MAX_PERIODS];
};

/* The embedded national default, immutable. */
extern const struct karier_policy kr_default_policy;
static inline int64_t kr_pol(const karier_policy *p, enum kr_setting_id id) { return p->v[id]; }
const karier_policy *kr_policy_or_default(const karier_policy *p);
/* Citation of a policy setting by id. */
const char *kr_setting_citation(int id);
/* First period date on or after date, 0 if none within 50 years. */
int32_t kr_period_next(const karier_policy *p, int32_t date);

/* ---- position (position.c) ---- */
struct kr_standard {
	char code[KARIER_CODE_MAX + 1];
	int32_t level;
};

struct karier_position {
	char code[KARIER_CODE_MAX + 1];
	char name[KARIER_NAME_MAX + 1];
	int32_t jabatan, jenjang;
	uint32_t req_set;                 /* bit r set when requirement r is overridden */
	uint32_t pend_ok;                 /* bit p set when diploma (karier_pendidikan) p fits the post; 0 = no list */
	int64_t req[KARIER_REQ_COUNT + 1];
	int32_t n_standard, cap_standard;
	struct kr_standard *standard;
	uint8_t by_code[KARIER_STANDARD_MAX]; /* the standard's indices in order of code (strcmp) */
};

int kr_check_jabatan_jenjang(int32_t jabatan, int32_t jenjang);

/* Exchange the contents of two catalogues (training.c). */
void kr_catalog_swap(karier_catalog *a, karier_catalog *b);

/* Engines filling caller-owned objects, for batches (merit.c, training.c); std: a
 * thread's cache of standards (competency.c), or NULL. */
struct kr_std_cache;
karier_merit *kr_merit_scratch(void);
void kr_merit_fill(karier_merit *m, const karier_policy *p, const karier_employee *e, const karier_position *pos,
                   int32_t date, struct kr_std_cache *std);
karier_plan *kr_plan_scratch(void);
/* jp_cap: the most JP the plan may hold (a PPPK's yearly maximum), -1 for none */
void kr_plan_fill(karier_plan *pl, const karier_policy *p, const karier_employee *e, const karier_position *pos,
                  const karier_catalog *cat, int32_t jp_cap, struct kr_std_cache *std);
/* The JP a plan of this employee may hold: the PPPK maximum, or -1 (none). */
int32_t kr_plan_jp_cap(const karier_policy *p, const karier_employee *e);

/* ---- competency (competency.c) ---- */
/* The level of competency `code` that counts, 0 if never assessed. */
int32_t kr_kompetensi_level(const karier_employee *e, const char *code);
/* Sums over the position's standard of attained levels (capped at the
 * standard when jpm.batasi_ke_standar) and of required levels; returns the
 * number of competencies in the standard.  levels (KARIER_STANDARD_MAX
 * values, or NULL) receives the employee's level of each, in the standard's
 * order. */
int32_t kr_jpm(const karier_policy *p, const karier_employee *e, const karier_position *pos, int64_t *sum_att,
               int64_t *sum_req, int32_t *below, int32_t *levels, /* below, when not NULL: competencies under their level */
               struct kr_std_cache *std);
/* A thread's cache for kr_jpm over a cohort (kr_free releases it): for each
 * position met, where each code of its standard is in the cohort's text, so
 * that the employee's competencies are matched by offset rather than by
 * comparing text.  It holds for one call over unchanging objects; employees
 * whose pool has no index of its text (standalone ones) are matched by text. */
struct kr_std_cache *kr_std_cache_new(void);
/* num / den rounded half away from zero; 0 when den is 0. */
int64_t kr_div_round(int64_t num, int64_t den);
/* The merit score of a predikat (merit.kinerja.nilai.*), 0 for none. */
int64_t kr_predikat_score(const karier_policy *p, int32_t predikat);
/* The policy's least education for a jabatan kind (0 = none). */
int32_t kr_kind_pendidikan_min(const karier_policy *p, int32_t kind);

/* ---- employee (employee.c) ---- */
enum kr_rec_kind { KR_REC_KINERJA = 1, KR_REC_KOMPETENSI, KR_REC_PELATIHAN, KR_REC_DISIPLIN, KR_REC_JABATAN };
#define KR_REC_KINDS 6 /* index 0 unused */

/* One history record, 12 bytes; which kind it is follows from where it
 * lies (karier_employee.off/cnt).  Codes are offsets into the pool's text. */
struct kr_record {
	uint8_t a;      /* predikat | level | pelatihan jenis | disiplin tingkat | jabatan */
	uint8_t b;      /* jenjang for KR_REC_JABATAN; karier_hukuman for KR_REC_DISIPLIN */
	uint16_t jp;    /* pelatihan JP */
	int32_t date;   /* year (kinerja) | assessment date | completion | start */
	union {
		int32_t end;   /* disiplin / jabatan end (0 = open) */
		uint32_t code; /* kompetensi / pelatihan code: offset into the pool's text */
	} u;
};

/* Where employees keep their records and text: one per standalone employee,
 * one shared by all the employees of a cohort.  Offset 0 of the text is "". */
struct kr_pool {
	struct kr_record *rec;
	char *str;
	uint32_t n_rec, cap_rec;
	uint32_t n_str, cap_str;
	/* text interning (cohorts): open addressing over offsets, 0 = empty */
	uint32_t *hslot;
	uint32_t hcap, hn;
};

/*
 * An employee: fixed-size fields and offsets, about 112 bytes; its records
 * and text live in a pool.  A standalone employee (karier_employee_new) owns
 * its pool, in the same allocation; an employee of a cohort shares the
 * cohort's.  Records of kind k are pool->rec[off[k] .. off[k] + cnt[k]),
 * kept sorted: kinerja by year, kompetensi by code, the others by date.
 */
struct karier_employee {
	struct kr_pool *pool;
	char nip[KARIER_NIP_SIZE];
	uint8_t status, pendidikan, pendidikan_baru, golongan;
	uint8_t jabatan, jenjang, ujian_dinas, prestasi;
	uint8_t owned; /* 1: standalone, freed by karier_employee_free; KR_PROJECTION: see kr_employee_project */
	int32_t birth, tmt_cpns, tmt_golongan, tmt_jabatan;
	int32_t potensi, angka_kredit;
	int32_t ujian_penyesuaian; /* date the ujian penyesuaian kenaikan pangkat was passed, 0 = not recorded */
	uint32_t nama, unit, jabatan_code; /* text offsets */
	uint32_t off[KR_REC_KINDS];
	uint16_t cnt[KR_REC_KINDS];
};

/*
 * How each kind of history record is kept: the one rule that the setters and
 * the bulk loader (cohort_load.c) both follow.  Records are sorted by date
 * (kinerja by year) or by code, records of equal keys keeping the order they
 * were given in; a key given twice merges when the kind says so: a kinerja
 * year keeps the last given, a competency keeps its latest assessment (on
 * equal dates the last given).
 */
enum kr_keep { KR_KEEP_ALL, KR_KEEP_LAST, KR_KEEP_LATEST };
struct kr_kind_rule {
	const char *name; /* as the setters' errors name the kind */
	bool by_code;
	uint8_t keep;     /* enum kr_keep */
};
extern const struct kr_kind_rule kr_kind_rules[KR_REC_KINDS];
/* Whether `later`, of the same key, replaces `earlier` under the kind's rule. */
static inline bool kr_rec_replaces(int kind, const struct kr_record *earlier, const struct kr_record *later)
{
	return kr_kind_rules[kind].keep == KR_KEEP_LAST ||
	       (kr_kind_rules[kind].keep == KR_KEEP_LATEST && later->date >= earlier->date);
}

extern const struct kr_record kr_no_records[1]; /* where an employee without records points */
static inline const struct kr_record *kr_rec_begin(const karier_employee *e, int kind)
{
	return e->pool->rec ? e->pool->rec + e->off[kind] : kr_no_records;
}
static inline const struct kr_record *kr_rec_end(const karier_employee *e, int kind)
{
	return kr_rec_begin(e, kind) + e->cnt[kind];
}
static inline const char *kr_text(const karier_employee *e, uint32_t off) { return off ? e->pool->str + off : ""; }

/* Shared checks of the history setters, so the dataset reader reports the
 * same words; each returns KARIER_OK or fails naming the field. */
int kr_check_kinerja(int32_t year, int32_t predikat);
/* text_checked: the code's text is known to pass (kr_load_known_code), only the values are checked. */
int kr_check_kompetensi(const char *code, int32_t level, int32_t date, bool text_checked);
int kr_check_pelatihan(const char *code, int32_t date, int32_t jp, int32_t jenis, bool text_checked);
/* Discipline: a known jenis sets *tingkat (which, when given, must match it). */
int kr_check_disiplin(int32_t *tingkat, int32_t jenis, int32_t start, int32_t end);
int kr_check_riwayat(int32_t jabatan, int32_t jenjang, int32_t start, int32_t end);

/* Text of a pool: append (no sharing) or intern (shared, hashed); the
 * offset in *out.  Fails with KARIER_ENOMEM or KARIER_ELIMIT (4 GiB). */
int kr_pool_append(struct kr_pool *pl, const char *s, uint32_t *out);
int kr_pool_intern(struct kr_pool *pl, const char *s, uint32_t *out);
/* The offset of s among the interned text, 0 when it is not there (or s is
 * empty); UINT32_MAX when the pool keeps no index of its text. */
uint32_t kr_pool_find(const struct kr_pool *pl, const char *s);
/* Room for n more records in a pool. */
int kr_pool_reserve(struct kr_pool *pl, uint32_t n);
void kr_pool_release(struct kr_pool *pl);

/* Many employees compactly (batch.c): one array, one pool. */
/* An open-addressing hash of NIP keys to employee indices (cohort_load.h has its functions):
 * key and value side by side, so a lookup costs one cache miss.  Any non-zero 64-bit key will do
 * (the organisation plan keeps post addresses in one). */
struct kr_nip_slot {
	uint64_t key; /* kr_nip_key(), 0 = empty */
	int32_t val, pad;
};
struct kr_nip_index {
	struct kr_nip_slot *slot;
	uint32_t cap, n;
};
struct karier_cohort {
	int32_t n, cap;
	karier_employee *emp;
	const karier_position **pos;
	struct kr_pool pool;
	struct kr_nip_index nips; /* NIP -> first employee with it (karier_cohort_find), kept by add */
};
/* Copy src into dst, whose pool is cohort's: scalar fields, records appended
 * to the pool (kinds contiguous), text interned (nama appended). */
int kr_employee_copy_into(karier_employee *dst, struct kr_pool *pool, const karier_employee *src);
/* A plan's working copy of src (rencana.c): src's fields and records in dst, the records in `pool`
 * (whose buffer serves one projection after another; kr_projection_release frees it), the text
 * borrowed from src's pool, which must outlive dst.  The setters that add no text (golongan, angka
 * kredit, kinerja, ...) work on dst; one that adds text fails (KARIER_EINVAL) rather than write to
 * src's pool.  dst is never given to karier_employee_free.  The years first..last (none when first
 * > last), each later than every kinerja year of src, are given kinerja `predikat` on the way, as
 * karier_employee_set_kinerja would give them one by one (its errors, the first year's first). */
#define KR_PROJECTION 2
int kr_employee_project(karier_employee *dst, struct kr_pool *pool, const karier_employee *src, int32_t first, int32_t last,
                        int32_t predikat);
void kr_projection_release(struct kr_pool *pool);
/* Make a standalone employee a new one with this NIP and status, as
 * karier_employee_new does, keeping its allocations. */
int kr_employee_restart(karier_employee *e, const char *nip, int32_t status, const karier_policy *policy);

#endif /* KR_INTERNAL_H */
