/*
 * karier/training.h - competency gaps, training plans, the JP ledger and
 * the allocation of a training budget across an organisation.
 *
 * SPDX-License-Identifier: MIT
 *
 * GAPS (PP 11/2017 Ps206).  For each competency of a position's standard:
 * gap = max(0, required - attained).  The job-person match is the sum of
 * attained levels over the sum of required levels (x 100, hundredths);
 * jpm.batasi_ke_standar caps each attained level at its standard first.
 * Its category comes from jpm.kategori_atas_min / jpm.kategori_tengah_min
 * and jpm.skema: scheme 1 "optimal" / "cukup_optimal" / "kurang_optimal"
 * (90 / 78), scheme 2 "memenuhi_syarat" / "masih_memenuhi_syarat" /
 * "kurang_memenuhi_syarat" (set the thresholds to 80 / 68).  Measure
 * against the current post or a career-target post: the position argument
 * decides.
 *
 * PLANS.  For each gap, the cheapest sequence of catalogue courses that
 * lifts the employee from the attained level to at least the required
 * level: a course may be taken when the current level is at least its
 * level_min, and it raises the level to its level_hasil.  Cheapest means
 * least rupiah, then least JP, then the lexicographically smallest list of
 * course codes.  A gap no sequence closes is reported as not closed.
 *
 * JP LEDGER.  JP of training completed in a calendar year, against the
 * policy's minimum for PNS/CPNS (pelatihan.jp_minimum_pns, PP 11/2017
 * Ps203(4)) and maximum for PPPK (pelatihan.jp_maksimum_pppk, PP 49/2018
 * Ps40).
 *
 * ALLOCATION.  Given employees (each with the position to measure against),
 * one catalogue and a budget in rupiah and/or JP, choose which gap-closing
 * sequences to fund.  Each closable gap is one item: its cost is its
 * sequence's rupiah and JP, its value is the employee's priority times the
 * levels it closes.  Priority follows PP 11/2017 Ps203(3), an equal chance
 * weighted by kinerja and kompetensi: pelatihan.prioritas.dasar, plus
 * pelatihan.prioritas.bobot_kinerja x the last year's predikat score / 100,
 * plus pelatihan.prioritas.bobot_kompetensi x (100 - JPM) / 100; multiplied by
 * pelatihan.prioritas.faktor_di_bawah_minimum for a PNS under the JP minimum
 * in the year (first in line by default).  The result reports what was
 * funded, what was not and why, the value achieved, and a proven upper
 * bound on the best value any choice could reach.  docs/training.md states
 * the guarantee and the complexity.
 */
#ifndef KARIER_TRAINING_H
#define KARIER_TRAINING_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Most courses in one catalogue. */
#define KARIER_CATALOG_MAX 20000
/** Budget value meaning "no limit". */
#define KARIER_NO_LIMIT (-1)

/* ---- catalogue --------------------------------------------------------- */

/** karier_catalog_new - an empty catalogue. Errors: KARIER_EINVAL, KARIER_ENOMEM. @since 0.1.0 */
KARIER_API int karier_catalog_new(karier_catalog **out);
/** karier_catalog_copy - an independent copy. @since 0.1.0 */
KARIER_API int karier_catalog_copy(karier_catalog **out, const karier_catalog *src);
/** karier_catalog_free - release a catalogue; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_catalog_free(karier_catalog *catalog);

/**
 * karier_catalog_add - add a course.
 * @code        unique, 1..KARIER_CODE_MAX bytes
 * @name        1..KARIER_NAME_MAX bytes
 * @kompetensi  the competency it develops (1..KARIER_CODE_MAX bytes)
 * @level_min   level a participant must already have, 0..4
 * @level_hasil level a participant reaches, level_min+1..5
 * @jp          hours of learning, 1..2000
 * @biaya       cost per participant in rupiah, 0..10^13
 * @moda        a karier_moda; KARIER_MODA_NONE when unknown
 * Errors: KARIER_EINVAL (NULL), KARIER_ERANGE (a value out of range, named),
 * KARIER_EEXISTS (duplicate code), KARIER_ELIMIT, KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_catalog_add(karier_catalog *catalog, const char *code, const char *name,
                                  const char *kompetensi, int32_t level_min, int32_t level_hasil,
                                  int32_t jp, int64_t biaya, int32_t moda);

/** karier_catalog_count - courses in the catalogue. @since 0.1.0 */
KARIER_API int32_t karier_catalog_count(const karier_catalog *catalog);

/**
 * karier_catalog_get - course @index (order of addition); strings borrowed
 * from the catalogue.  Any out pointer may be NULL.
 * Errors: KARIER_EINVAL, KARIER_ENOTFOUND.
 * @since 0.1.0
 */
KARIER_API int karier_catalog_get(const char **out_code, const char **out_name,
                                  const char **out_kompetensi, int32_t *out_level_min,
                                  int32_t *out_level_hasil, int32_t *out_jp, int64_t *out_biaya,
                                  int32_t *out_moda, const karier_catalog *catalog, int32_t index);

/** karier_catalog_find - the index of a course by code. Errors: KARIER_ENOTFOUND. @since 0.1.0 */
KARIER_API int karier_catalog_find(int32_t *out_index, const karier_catalog *catalog, const char *code);

/* ---- individual plan --------------------------------------------------- */

/** JPM categories, best first; names depend on jpm.skema. @since 0.1.0 */
typedef enum karier_jpm_category {
	KARIER_JPM_NONE = 0,
	KARIER_JPM_ATAS = 1,   /**< optimal / memenuhi syarat */
	KARIER_JPM_TENGAH = 2, /**< cukup optimal / masih memenuhi syarat */
	KARIER_JPM_BAWAH = 3   /**< kurang optimal / kurang memenuhi syarat */
} karier_jpm_category;

/**
 * karier_plan_new - the gaps of @employee against @position's standard and,
 * when @catalog is not NULL, the cheapest course sequence for each gap.
 * Errors: KARIER_EINVAL (NULL out, employee or position), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_plan_new(karier_plan **out, const karier_policy *policy,
                               const karier_employee *employee, const karier_position *position,
                               const karier_catalog *catalog);

/** karier_plan_free - release a plan; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_plan_free(karier_plan *plan);

/** The job-person match, hundredths of a percent (8750 = 87.50 %); 0 for an empty standard. @since 0.1.0 */
KARIER_API int32_t karier_plan_jpm(const karier_plan *plan);
/** The JPM category (karier_jpm_category); KARIER_JPM_NONE for an empty standard. @since 0.1.0 */
KARIER_API int32_t karier_plan_jpm_category(const karier_plan *plan);
/** The category's name under the policy's scheme, e.g. "cukup_optimal"; "" if none (static). @since 0.1.0 */
KARIER_API const char *karier_plan_jpm_category_name(const karier_plan *plan);

/** karier_plan_gap_count - competencies of the standard below their level. @since 0.1.0 */
KARIER_API int32_t karier_plan_gap_count(const karier_plan *plan);

/**
 * karier_plan_gap_get - gap @index (in the standard's order): competency
 * code (borrowed), required and attained level, the difference, whether a
 * course sequence closes it (1: in the plan; 0: none in the catalogue; 2: one
 * exists but would take a PPPK past the yearly JP maximum, PP 49/2018 Ps40,
 * so the plan leaves it out) and how many courses the plan holds for it.
 * @since 0.1.0
 */
KARIER_API int karier_plan_gap_get(const char **out_kompetensi, int32_t *out_standar,
                                   int32_t *out_aktual, int32_t *out_selisih, int32_t *out_closed,
                                   int32_t *out_courses, const karier_plan *plan, int32_t index);

/** karier_plan_course_count - courses in the plan, all gaps together. @since 0.1.0 */
KARIER_API int32_t karier_plan_course_count(const karier_plan *plan);

/**
 * karier_plan_course_get - course @index of the plan, gap by gap in order:
 * the gap it serves, its catalogue index, code and competency (borrowed
 * from the catalogue, which must outlive the plan), JP and cost.
 * @since 0.1.0
 */
KARIER_API int karier_plan_course_get(int32_t *out_gap, int32_t *out_catalog_index,
                                      const char **out_code, const char **out_kompetensi,
                                      int32_t *out_jp, int64_t *out_biaya,
                                      const karier_plan *plan, int32_t index);

/** Totals of the plan's courses. Any out pointer may be NULL. @since 0.1.0 */
KARIER_API int karier_plan_totals(int32_t *out_jp, int64_t *out_biaya, const karier_plan *plan);

/* ---- JP ledger --------------------------------------------------------- */

/**
 * karier_jp_ledger - JP of training completed in calendar @year and how it
 * stands against the policy: @out_minimum is 20 for PNS/CPNS (0 for PPPK),
 * @out_maximum 24 for PPPK (0 = none for PNS); @out_below 1 when under the
 * minimum, @out_above 1 when over the maximum.  Any out pointer may be NULL.
 * Errors: KARIER_EINVAL (NULL employee), KARIER_ERANGE (year).
 * @since 0.1.0
 */
KARIER_API int karier_jp_ledger(int32_t *out_jp, int32_t *out_minimum, int32_t *out_maximum,
                                int32_t *out_below, int32_t *out_above,
                                const karier_policy *policy, const karier_employee *employee,
                                int32_t year);

/* ---- organisation allocation ------------------------------------------- */

/** Why an item was not funded. @since 0.1.0 */
typedef enum karier_unfunded {
	KARIER_FUNDED = 0,
	KARIER_UNFUNDED_BUDGET_IDR = 1, /**< it no longer fit the rupiah budget */
	KARIER_UNFUNDED_BUDGET_JP = 2,  /**< it no longer fit the JP budget */
	KARIER_UNFUNDED_NO_COURSE = 3,  /**< no course sequence in the catalogue closes the gap */
	KARIER_UNFUNDED_PPPK_MAKS = 4   /**< it would take a PPPK past the JP maximum of the year (PP 49/2018 Ps40) */
} karier_unfunded;

/** How an allocation was chosen (karier_allocation_method). @since 0.1.0 */
typedef enum karier_allocation_method_t {
	KARIER_ALLOCATION_EXACT = 1,        /**< optimal: the search finished, and the upper bound equals the value */
	KARIER_ALLOCATION_SEARCH_LIMIT = 2, /**< the search stopped at pelatihan.alokasi.batas_langkah: the best found */
	KARIER_ALLOCATION_GREEDY = 3        /**< more items than pelatihan.alokasi.item_maksimum_eksak: greedy by density */
} karier_allocation_method_t;

/**
 * karier_allocate - share a budget across @n employees: fund the gap items
 * of the highest total value (priority x levels closed) that fit the
 * budgets and, for every PPPK, the JP the year still allows (the policy's
 * maximum less the JP completed in @year).  Up to
 * pelatihan.alokasi.item_maksimum_eksak fundable items the choice is
 * searched for by branch and bound, which proves it optimal unless it
 * reaches pelatihan.alokasi.batas_langkah steps; above that, or as the
 * search's start, greedy by density with the best single item, whose value
 * is at least half the optimum with one budget.  karier_allocation_method
 * says which, and the summary gives a proven upper bound either way.
 * @positions  positions[i] is the position employee i is measured against
 *             (current or career target); a NULL entry skips that employee
 * @budget_idr rupiah available, or KARIER_NO_LIMIT
 * @budget_jp  JP available, or KARIER_NO_LIMIT
 * @year       the year whose JP decide who is under the minimum, and whose
 *             previous year's kinerja weights priority
 * @threads    1..KARIER_BATCH_MAX_THREADS (karier/batch.h): the employees'
 *             gaps and courses are found in as many contiguous parts at
 *             once; the allocation is the same for any number (tested)
 * Errors: KARIER_EINVAL (NULL arrays or catalogue, n < 0, a NULL employee,
 * a negative budget other than KARIER_NO_LIMIT, threads outside
 * 1..KARIER_BATCH_MAX_THREADS), KARIER_ERANGE (year), KARIER_ENOMEM,
 * KARIER_ELIMIT (more than INT32_MAX gap items).
 * @since 0.1.0
 */
KARIER_API int karier_allocate(karier_allocation **out, const karier_policy *policy,
                               const karier_employee *const *employees,
                               const karier_position *const *positions, int32_t n,
                               const karier_catalog *catalog, int64_t budget_idr,
                               int64_t budget_jp, int32_t year, int32_t threads);

/** karier_allocation_free - release an allocation; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_allocation_free(karier_allocation *allocation);

/**
 * karier_allocation_summary - what was spent and achieved.
 * @out_value       priority-weighted levels closed by the funded items
 *                  (hundredths)
 * @out_upper_bound a proven upper bound on the value of any choice that
 *                  fits the budgets (hundredths)
 * Any out pointer may be NULL.
 * @since 0.1.0
 */
KARIER_API int karier_allocation_summary(int64_t *out_spent_idr, int64_t *out_spent_jp,
                                         int64_t *out_value, int64_t *out_upper_bound,
                                         const karier_allocation *allocation);

/** karier_allocation_method - a karier_allocation_method_t: how the choice was made; 0 for NULL. @since 0.1.0 */
KARIER_API int32_t karier_allocation_method(const karier_allocation *allocation);

/** karier_allocation_item_count - one item per gap of every employee. @since 0.1.0 */
KARIER_API int32_t karier_allocation_item_count(const karier_allocation *allocation);

/**
 * karier_allocation_status_count - how many items have @status (a
 * karier_unfunded: KARIER_FUNDED or the reason an item was not funded),
 * counted as the allocation was made: the totals a report shows without
 * reading every item (the counts of the five statuses sum to
 * karier_allocation_item_count).
 * Errors: KARIER_EINVAL (NULL @out_count or @allocation, @status outside
 * KARIER_FUNDED..KARIER_UNFUNDED_PPPK_MAKS); @out_count is then unchanged.
 * @since 0.1.0
 */
KARIER_API int karier_allocation_status_count(int32_t *out_count, const karier_allocation *allocation,
                                              int32_t status);

/**
 * karier_allocation_item_get - item @index, grouped by employee in input
 * order and by gap in the standard's order: the employee's index, the
 * competency (borrowed from the position), the levels the item closes, its
 * rupiah, JP and value (hundredths), and KARIER_FUNDED or the reason it was
 * not funded (a karier_unfunded).
 * @since 0.1.0
 */
KARIER_API int karier_allocation_item_get(int32_t *out_employee, const char **out_kompetensi,
                                          int32_t *out_selisih, int64_t *out_biaya,
                                          int64_t *out_jp, int64_t *out_value,
                                          int32_t *out_status,
                                          const karier_allocation *allocation, int32_t index);

/** karier_allocation_item_course_count - courses in item @index's sequence. @since 0.1.0 */
KARIER_API int32_t karier_allocation_item_course_count(const karier_allocation *allocation,
                                                       int32_t index);

/**
 * karier_allocation_item_course - catalogue code of course @k of item
 * @index (borrowed from the catalogue, which must outlive the allocation).
 * @since 0.1.0
 */
KARIER_API int karier_allocation_item_course(const char **out_code,
                                             const karier_allocation *allocation, int32_t index,
                                             int32_t k);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_TRAINING_H */
