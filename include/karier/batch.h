/*
 * karier/batch.h - promotion, merit and training for many employees in one
 * call, on several threads, into columns the caller reads in place.
 *
 * SPDX-License-Identifier: MIT
 *
 * A cohort (karier_cohort) holds many employees compactly: fixed-size
 * fields in one array, every history record (12 bytes) in one shared pool,
 * and codes and names as offsets into one shared text (each distinct code
 * stored once).  An employee with five years of history takes about 350
 * bytes.  karier_cohort_employee() returns an ordinary read-only
 * karier_employee that every function taking a const karier_employee
 * accepts; karier_dataset_cohort() gives the cohort a dataset was read into.
 *
 * karier_cohort_evaluate() and karier_batch_evaluate() run the same engines
 * as karier_promotion_evaluate(), karier_merit_evaluate(), karier_plan_new() and
 * karier_jp_ledger() for every employee, and keeps their verdicts (not the
 * explanations) in one column per result: n int32_t values each, allocated
 * once per batch, with no allocation per employee.  Each refusal's decisive
 * reason is kept too: its code (karier_batch_first_failure) and, with
 * KARIER_BATCH_REASONS, its sentence (karier_batch_reason_message), what a
 * long list shows.  Ask the single-employee functions for every check of
 * the few employees a user looks at.
 *
 * Threads: the employees are cut into contiguous chunks (16 a thread, at
 * most 256) that @threads threads take in turn; each employee's results
 * depend only on its own inputs, so the columns are identical whatever the
 * thread count (tested).  The policy, employees, positions and catalogue
 * are only read and may be shared.
 */
#ifndef KARIER_BATCH_H
#define KARIER_BATCH_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What to evaluate (bits). @since 0.1.0 */
#define KARIER_BATCH_PROMOTION 1
#define KARIER_BATCH_MERIT 2
#define KARIER_BATCH_TRAINING 4
/**
 * With KARIER_BATCH_PROMOTION: also keep each refusal's decisive check
 * (32 bytes per employee) so that karier_batch_reason_message() can write the
 * sentence the single decision writes for it.  @since 0.1.0
 */
#define KARIER_BATCH_REASONS 8
/** Most threads a batch uses. */
#define KARIER_BATCH_MAX_THREADS 256

/**
 * Result columns.  Dates are YYYYMMDD (0 = none), scores hundredths, codes
 * the library's enum values.  @since 0.1.0
 */
typedef enum karier_column {
	/* KARIER_BATCH_PROMOTION: as karier_decision_* of the promotion decision */
	KARIER_COL_ELIGIBLE = 1,
	KARIER_COL_JENIS = 2,
	KARIER_COL_GOLONGAN_BARU = 3,
	KARIER_COL_TANGGAL = 4,
	KARIER_COL_PALING_AWAL = 5,
	KARIER_COL_PENSIUN = 6,
	KARIER_COL_FAILED_CHECKS = 7, /**< how many checks failed (an eligible employee may fail the checks of kinds not chosen) */
	/* KARIER_BATCH_MERIT: as karier_merit_* against the employee's position */
	KARIER_COL_MERIT_SCORE = 8,
	KARIER_COL_BOX = 9,
	KARIER_COL_KINERJA_AXIS = 10,
	KARIER_COL_POTENSI_AXIS = 11,
	KARIER_COL_TALENT_POOL = 12,
	KARIER_COL_MERIT_MISSING = 13,
	/* KARIER_BATCH_TRAINING: as karier_plan_* (-1 without a position) and karier_jp_ledger */
	KARIER_COL_JPM = 14,
	KARIER_COL_JPM_CATEGORY = 15,
	KARIER_COL_GAPS = 16,
	KARIER_COL_GAPS_OPEN = 17, /**< gaps no course sequence closes */
	KARIER_COL_PLAN_JP = 18,
	KARIER_COL_JP_TAHUN = 19,
	KARIER_COL_BELOW_MINIMUM = 20
} karier_column;
#define KARIER_COL_COUNT 20

/**
 * karier_batch_evaluate - evaluate @n employees.
 * @positions   positions[i] is employee i's current (or target) position;
 *              may be NULL, or hold NULL entries
 * @catalog     for the plans; may be NULL (gaps only)
 * @date        promotion is evaluated on the first period date on or after
 *              it; merit on it; the JP ledger on its year
 * @what        KARIER_BATCH_* bits
 * @threads     1..KARIER_BATCH_MAX_THREADS
 * Errors: KARIER_EINVAL (NULL out or employees with n > 0, a NULL employee,
 * no evaluation in @what, an unknown bit, KARIER_BATCH_REASONS without
 * KARIER_BATCH_PROMOTION, threads out of range), KARIER_ERANGE (date),
 * KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_batch_evaluate(karier_batch **out, const karier_policy *policy,
                                     const karier_employee *const *employees,
                                     const karier_position *const *positions, int32_t n,
                                     const karier_catalog *catalog, int32_t date, int32_t what,
                                     int32_t threads);

/**
 * karier_cohort_new - an empty cohort.
 * Errors: KARIER_EINVAL (NULL out), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_cohort_new(karier_cohort **out);

/** karier_cohort_free - release a cohort and its employees; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_cohort_free(karier_cohort *cohort);

/**
 * karier_cohort_reserve - make room for @employees more employees with
 * @records more history records in all, so that adding them does not
 * reallocate (and memory is not doubled past what is needed).
 * Errors: KARIER_EINVAL (NULL cohort, a negative count), KARIER_ELIMIT
 * (more than INT32_MAX employees or UINT32_MAX records), KARIER_ENOMEM;
 * the cohort is unchanged on failure.
 * @since 0.1.0
 */
KARIER_API int karier_cohort_reserve(karier_cohort *cohort, int32_t employees, int64_t records);

/**
 * karier_cohort_add - copy @employee into the cohort, with @position (its
 * current or target jabatan, NULL for none; not copied: it must outlive the
 * cohort).  The employee handle stays the caller's and may be reused.
 * Errors: KARIER_EINVAL (NULL cohort or employee), KARIER_ELIMIT,
 * KARIER_ENOMEM; the cohort is unchanged on failure.
 * @since 0.1.0
 */
KARIER_API int karier_cohort_add(karier_cohort *cohort, const karier_employee *employee,
                                 const karier_position *position);

/** karier_cohort_count - the number of employees; 0 for NULL. @since 0.1.0 */
KARIER_API int32_t karier_cohort_count(const karier_cohort *cohort);

/**
 * karier_cohort_employee - employee @index, read-only (setters refuse it
 * with KARIER_EINVAL and karier_employee_free ignores it); valid until the
 * next karier_cohort_add or karier_cohort_reserve, or the cohort is freed.
 * NULL when the index is out of range.
 * @since 0.1.0
 */
KARIER_API const karier_employee *karier_cohort_employee(const karier_cohort *cohort, int32_t index);

/**
 * karier_cohort_find - the index of the employee with @nip (18 digits;
 * spaces inside allowed, "19850101 201001 1 001"): the first added with it.
 * A hash lookup, kept up to date by karier_cohort_add (about 32 bytes per
 * employee).  Errors: KARIER_EINVAL (NULL, not 18 digits), KARIER_ENOTFOUND
 * (no such employee; *out_index is then -1).  @since 0.1.0
 */
KARIER_API int karier_cohort_find(int32_t *out_index, const karier_cohort *cohort, const char *nip);

/** karier_cohort_position - the position given with employee @index, or NULL. @since 0.1.0 */
KARIER_API const karier_position *karier_cohort_position(const karier_cohort *cohort, int32_t index);

/**
 * karier_cohort_memory - the bytes the cohort holds (employees, records,
 * text and their spare room), for sizing a run.
 * @since 0.1.0
 */
KARIER_API int64_t karier_cohort_memory(const karier_cohort *cohort);

/**
 * karier_cohort_evaluate - karier_batch_evaluate() over a cohort, each
 * employee against the position stored with it.
 * Errors: as karier_batch_evaluate (KARIER_EINVAL for a NULL cohort).
 * @since 0.1.0
 */
KARIER_API int karier_cohort_evaluate(karier_batch **out, const karier_policy *policy, const karier_cohort *cohort,
                                      const karier_catalog *catalog, int32_t date, int32_t what, int32_t threads);

/** karier_batch_free - release a batch; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_batch_free(karier_batch *batch);

/** karier_batch_count - the number of employees evaluated. @since 0.1.0 */
KARIER_API int32_t karier_batch_count(const karier_batch *batch);

/**
 * karier_batch_column - the n values of a column, owned by the batch and
 * valid until it is freed; NULL for a column that was not evaluated or an
 * unknown column.
 * @since 0.1.0
 */
KARIER_API const int32_t *karier_batch_column(const karier_batch *batch, int32_t column);

/** karier_batch_plan_biaya - the rupiah of each plan (int64_t, n values), or NULL. @since 0.1.0 */
KARIER_API const int64_t *karier_batch_plan_biaya(const karier_batch *batch);

/**
 * karier_batch_first_failure - for an employee not eligible for promotion,
 * the stable code of the decisive reason ("KP_MASA_GOLONGAN", ...): the
 * check karier_decision_reason() names for the same employee and date; ""
 * when eligible or when promotion was not evaluated.  Static.
 * @since 0.1.0
 */
KARIER_API const char *karier_batch_first_failure(const karier_batch *batch, int32_t index);

/**
 * karier_batch_reason_message - the sentence explaining the refusal of
 * employee @index in @lang (karier_lang): the message
 * karier_decision_check_message() writes for the check
 * karier_decision_reason() names in the single decision of the same
 * employee and date, e.g. "Masa dalam golongan 6 bulan, kurang dari 1
 * tahun"; "" when the employee is eligible.  snprintf rules (the length the
 * whole sentence needs; at most 511 bytes).  This is what a list of
 * thousands of refusals shows without a decision per employee.
 * Errors: KARIER_EINVAL (NULL batch, NULL @buf with @size > 0, a batch
 * evaluated without KARIER_BATCH_REASONS, @lang not a karier_lang),
 * KARIER_ENOTFOUND (@index out of range).
 * @since 0.1.0
 */
KARIER_API int karier_batch_reason_message(char *buf, size_t size, const karier_batch *batch, int32_t index,
                                           int32_t lang);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_BATCH_H */
