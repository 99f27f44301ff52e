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
#ifdef KARIER_ALLOC_HOOK
/* Test builds route allocations to the test harness (tests/support). */
void *karier_test_malloc(size_t size);
void *karier_test_calloc(size_t n, size_t size);
void *karier_test_realloc(void *ptr, size_t size);
void karier_test_free(void *ptr);
#  define kr_malloc karier_test_malloc
#  define kr_calloc karier_test_calloc
#  define kr_realloc karier_test_realloc
#  define kr_free karier_test_free
#else
#  include <stdlib.h>
#  define kr_malloc malloc
#  define kr_calloc calloc
#  define kr_realloc realloc
#  define kr_free free
#endif

/* ---- errors (error.c) ---- */
/* Record a failure for karier_last_error() and return code. */
int kr_fail(int code, const char *fmt, ...) KR_PRINTF(2, 3);
/* A NULL argument: "<func>: <arg> is NULL". */
int kr_null(const char *func, const char *arg);

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
/* Copy a bounded, non-empty, valid UTF-8 string without control characters. */
int kr_copy_text(char *dst, size_t cap, const char *src, const char *field, bool allow_empty);
bool kr_utf8_valid(const char *s);
/* Parse a decimal with at most two decimals into hundredths, or a whole
 * number; 0 on success, -1 when the text is not one. */
int kr_parse_fixed(int64_t *out, const char *text);
int kr_parse_int(int64_t *out, const char *text);
/* Hundredths as text with two decimals ("-3.05"); snprintf rules. */
int kr_fixed_text(char *buf, size_t size, int64_t v);

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
	int64_t req[KARIER_REQ_COUNT + 1];
	int32_t n_standard, cap_standard;
	struct kr_standard *standard;
};

int kr_check_jabatan_jenjang(int32_t jabatan, int32_t jenjang);

/* Exchange the contents of two catalogues (training.c). */
void kr_catalog_swap(karier_catalog *a, karier_catalog *b);

/* Engines filling caller-owned objects, for batches (merit.c, training.c). */
karier_merit *kr_merit_scratch(void);
void kr_merit_fill(karier_merit *m, const karier_policy *p, const karier_employee *e, const karier_position *pos,
                   int32_t date);
karier_plan *kr_plan_scratch(void);
void kr_plan_fill(karier_plan *pl, const karier_policy *p, const karier_employee *e, const karier_position *pos,
                  const karier_catalog *cat);

/* ---- competency (competency.c) ---- */
/* The level of competency `code` that counts, 0 if never assessed. */
int32_t kr_kompetensi_level(const karier_employee *e, const char *code);
/* Sums over the position's standard of attained levels (capped at the
 * standard when jpm.batasi_ke_standar) and of required levels; returns the
 * number of competencies in the standard. */
int32_t kr_jpm(const karier_policy *p, const karier_employee *e, const karier_position *pos, int64_t *sum_att,
               int64_t *sum_req);
/* num / den rounded half away from zero; 0 when den is 0. */
int64_t kr_div_round(int64_t num, int64_t den);
/* The merit score of a predikat (merit.kinerja.nilai.*), 0 for none. */
int64_t kr_predikat_score(const karier_policy *p, int32_t predikat);
/* The policy's least education for a jabatan kind (0 = none). */
int32_t kr_kind_pendidikan_min(const karier_policy *p, int32_t kind);

/* ---- employee (employee.c) ---- */
enum kr_rec_kind { KR_REC_KINERJA = 1, KR_REC_KOMPETENSI, KR_REC_PELATIHAN, KR_REC_DISIPLIN, KR_REC_JABATAN };

/* One history record; every kind shares one array, kept sorted by (kind, key). */
struct kr_record {
	uint8_t kind;
	uint8_t a;      /* predikat | level | pelatihan jenis | disiplin tingkat | jabatan */
	uint8_t b;      /* jenjang for KR_REC_JABATAN */
	uint8_t pad;
	int32_t date;   /* year (kinerja) | assessment date | completion | start */
	int32_t end;    /* disiplin / jabatan end (0 = open); pelatihan JP */
	char code[KARIER_CODE_MAX + 1]; /* kompetensi / pelatihan code */
};

struct karier_employee {
	char nip[KARIER_NIP_SIZE];
	char nama[KARIER_NAME_MAX + 1];
	char unit[KARIER_NAME_MAX + 1];
	char jabatan_code[KARIER_CODE_MAX + 1];
	int32_t status;
	int32_t birth, tmt_cpns;
	int32_t pendidikan, pendidikan_baru;
	int32_t golongan, tmt_golongan;
	int32_t jabatan, jenjang, tmt_jabatan;
	int32_t potensi, angka_kredit;
	int32_t ujian_dinas, prestasi;
	int32_t n_rec, cap_rec;
	int32_t first[KR_REC_JABATAN + 1]; /* index of the first record of each kind; the next kind's first (or n_rec) ends it */
	struct kr_record *rec;
};

#endif /* KR_INTERNAL_H */
