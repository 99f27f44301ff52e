/*
 * cohort_load.h - loading many employees' histories into a cohort in bulk:
 * the interface the dataset reader (src/format) uses, so that only core
 * knows the cohort's record layout.  Never installed.
 *
 * A reader appends each history row's record, already checked with the
 * setters' kr_check_* functions, to a loader: straight into the cohort's
 * pool, or into a pool of the loader's own (a file read on another thread),
 * merged afterwards.  After a file, kr_load_finish gives every employee its
 * run of records, sorted and merged by the one table of per-kind rules that
 * the setters follow too (kr_kind_rules, internal.h), so an employee read
 * from files is the employee the setters would build from the same rows in
 * file order.
 * SPDX-License-Identifier: MIT
 */
#ifndef KR_COHORT_LOAD_H
#define KR_COHORT_LOAD_H

#include "internal.h"

/* The codes a loader interned last, by a cheap hash of their text: a file's few codes (the
 * competencies, the courses) found without hashing and probing the pool's whole table each row. */
#define KR_LOAD_MEMO 128
struct kr_load_memo {
	uint32_t off; /* in *pool; 0 = empty */
	uint8_t len;
	char text[KARIER_CODE_MAX + 1];
};

struct kr_load {
	karier_cohort *co;
	struct kr_pool *pool, own; /* the cohort's pool, or &own for a file read on another thread */
	bool region;               /* own.rec is a stretch of the cohort's records (kr_load_region) */
	uint32_t start;            /* where the current file's records begin in *pool */
	/* the records since start in runs of one owner (an employee, or a run of rows of one NIP while
	 * staging): run r is run_len[r] records of run_owner[r], in order; a file grouped by employee
	 * has about a run per employee, not an owner per record */
	uint32_t *run_owner, *run_len;
	size_t n_run, cap_run;
	struct kr_load_memo memo[KR_LOAD_MEMO];
};

/* The key of 18 NIP digits (never 0). */
static inline uint64_t kr_nip_key(const char *digits) { return kr_nip_number(digits) + 1; }
/* karier_cohort_add (c and e not NULL) with e's NIP key already at hand, as the reader has it. */
int kr_cohort_add_key(karier_cohort *c, const karier_employee *e, const karier_position *pos, uint64_t key);
/* Set key's value; false when out of memory. */
bool kr_nip_index_put(struct kr_nip_index *ix, uint64_t key, int32_t val);
/* 1 with *val set when the key is there, else 0. */
int kr_nip_index_get(const struct kr_nip_index *ix, uint64_t key, int32_t *val);
/* Room for n keys without growing; false when out of memory (the index is then unchanged). */
bool kr_nip_index_reserve(struct kr_nip_index *ix, uint32_t n);
/* Start fetching the key's slot into the cache (a lookup follows soon). */
void kr_nip_index_prefetch(const struct kr_nip_index *ix, uint64_t key);
void kr_nip_index_release(struct kr_nip_index *ix);

/* A loader into the cohort's pool, or (own_pool) into a pool of its own. */
void kr_load_init(struct kr_load *ld, karier_cohort *co, bool own_pool);
/* Start a file: its records follow those already loaded. */
void kr_load_begin(struct kr_load *ld);
/* One history row's values, as the setters take them: `a` the predikat,
 * level, training jenis, penalty level or jabatan kind; `b` the penalty's
 * kind or the jenjang; the year (kinerja) or date; the end date (disiplin,
 * riwayat jabatan; 0 = open); the JP (pelatihan); the code's offset when the
 * caller has it from kr_load_known_code, else 0 (the loader looks it up). */
struct kr_row {
	int32_t a, b, date, end, jp;
	uint32_t code_off;
};

/* kr_load_append's answer for an employee that already holds
 * KARIER_HISTORY_MAX records of the kind: nothing appended, no error recorded
 * (the reader names its file). */
#define KR_LOAD_FULL 1

/* Append one record of `kind` for employee `who` (an index into the
 * cohort), with its code (kompetensi, pelatihan) or NULL.  KARIER_OK;
 * KR_LOAD_FULL; KARIER_ENOMEM, or KARIER_ELIMIT when the text passes 4 GiB.
 * While two loaders run on two threads, each touches only its own pool and
 * the counts of its own kinds. */
int kr_load_append(struct kr_load *ld, int32_t who, int kind, const struct kr_row *row, const char *code);
/* The offset of code when it is in the loader's memo, else 0: a code of a record appended or staged
 * lately, so one whose text has passed the checks (the loader is given checked records only); a
 * file's records of the same code need not check its text again, and pass the offset on in
 * kr_row.code_off rather than have it looked up a second time. */
uint32_t kr_load_known_code(struct kr_load *ld, const char *code);
/* Staging, for a file read before the employees are (beside pegawai.csv, on another thread): a
 * record of `run` (the reader's number for a run of rows of one NIP) onto a loader with a pool of
 * its own; the cohort is not touched.  KARIER_OK, KARIER_ENOMEM or KARIER_ELIMIT. */
int kr_load_stage(struct kr_load *ld, uint32_t run, const struct kr_row *row, const char *code);
/* After staging a whole file of `kind` and reading the employees: each run's employee (run_who[run],
 * an index into the cohort) takes its records, as kr_load_append would have given them.
 * KR_LOAD_FULL when an employee would pass KARIER_HISTORY_MAX records of the kind: then no
 * employee holds any of the kind, and the file is to be read again the ordinary way (which names
 * the row).  Call from one thread; kr_load_finish follows. */
int kr_load_resolve(struct kr_load *ld, int kind, const int32_t *run_who);
/* After a file of `kind`: each employee's records as one run, sorted and
 * merged by kr_kind_rules.  KARIER_OK or KARIER_ENOMEM. */
int kr_load_finish(struct kr_load *ld, int kind);
/* For a loader with a pool of its own, before its first record: its records are written from
 * the cohort's record `base` on, at most `cap` of them, in room the cohort's pool already has
 * (karier_cohort_reserve), so that kr_load_merge need not copy them.  The cohort's pool must then
 * not move until every loader with a region has been merged.  A loader whose records pass `cap`
 * moves them into a block of its own and goes on there (merged by a copy, as without a region). */
void kr_load_region(struct kr_load *ld, uint32_t base, uint32_t cap);
/* The records of a loader with a pool of its own, into the cohort's pool
 * (codes into the cohort's text, offsets moved with them): in place when
 * they are still in their region, else copied after the cohort's records,
 * or, when the cohort holds none yet, the loader's block taken over (which
 * frees the cohort's array: merge the loaders still in their regions before
 * any other).  Call from one thread, after the other loader finished.
 * KARIER_OK or KARIER_ENOMEM. */
int kr_load_merge(struct kr_load *ld, int kind);
/* Release what the loader holds (not the cohort). */
void kr_load_release(struct kr_load *ld);

#endif
