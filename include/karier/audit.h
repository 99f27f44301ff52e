/*
 * karier/audit.h - equal chances, measured: outcomes compared across groups
 * of employees (adverse impact, the four-fifths rule, Fisher's exact test
 * and the chi-square test), and the statistics behind them.
 *
 * SPDX-License-Identifier: MIT
 *
 * The merit system promises every ASN the same chance "without
 * distinction of political view, race, religion, origin, sex, marital
 * status, age or disability" (UU 5/2014 Ps1 angka 22; UU 20/2023).  The
 * decision functions of promotion.h, merit.h, training.h and batch.h take
 * no such attribute and never will (a test reads their prototypes).  This
 * header is the other half: it looks at outcomes already decided and asks
 * whether they fall evenly across groups.
 *
 * An audit (karier_audit) holds n employees as columns:
 *
 *   groupings  a label per employee: jenis kelamin, age band, status, ...
 *              (karier_audit_add_builtin computes the usual ones from the
 *              employees; karier_audit_add_grouping takes any labels, e.g.
 *              a column of the HR export);
 *   outcomes   1 (selected: eligible, in the talent pool, funded, ...),
 *              0 (not), or KARIER_AUDIT_NA (outside the outcome's
 *              population: a PPPK for kenaikan pangkat);
 *   scores     a number per employee (hundredths), KARIER_AUDIT_NA for none.
 *
 * karier_audit_evaluate() compares every outcome and score across every
 * grouping.  For an outcome, per group: the count n, the selected, the rate
 * (selected / n), and the adverse-impact ratio (the group's rate / the
 * highest rate among the groups shown); a ratio under the policy's
 * audit.rasio_dampak_minimum (80.00 %, the four-fifths rule) is flagged.
 * Across the groups shown, a test of independence: Fisher's exact test
 * (two-sided) for two groups, Pearson's chi-square with (groups - 1)
 * degrees of freedom for more; its p-value is given with the method.  For a
 * score, per group: the median, the quartiles and the mean.
 *
 * Suppression: a group with fewer employees than audit.kelompok_minimum
 * (default 10) in an outcome's population is not shown: it is only counted
 * (groups and employees), it is not the reference group, and it is left out
 * of the test, so no one can be singled out by a small group's rate.
 *
 * Numbers: counts are exact integers; rates and ratios are hundredths of a
 * percent (62.50 % is 6250); the ratio is rounded down, so a flagged ratio
 * always reads below the threshold, and the flag itself is decided on the
 * exact counts.  p-values are millionths (0.002759 is 2759, rounded half
 * up; 0 means below 0.0000005).  The p-values are computed with IEEE double
 * arithmetic and the library's own exp and log (additions, multiplications
 * and divisions only), so they are the same on every platform.
 *
 * A ratio or a p-value is a signal to look closer, not proof of
 * discrimination: groups differ in golongan, masa kerja and education,
 * which the rules rightly weigh.
 *
 * Threads: an audit is built and evaluated by one thread; after
 * karier_audit_evaluate() its results may be read by many.
 */
#ifndef KARIER_AUDIT_H
#define KARIER_AUDIT_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An audit's columns and, once evaluated, its comparisons. @since 0.1.0 */
typedef struct karier_audit karier_audit;

/** Outside an outcome's or a score's population. @since 0.1.0 */
#define KARIER_AUDIT_NA (-2147483647 - 1) /* INT32_MIN, written so that binding generators read it */

/** The groupings karier_audit_add_builtin computes. @since 0.1.0 */
typedef enum karier_audit_by {
	KARIER_AUDIT_BY_JENIS_KELAMIN = 1, /**< "laki-laki" / "perempuan", from the NIP's sex digit */
	KARIER_AUDIT_BY_USIA = 2,          /**< age band on the date, from the NIP's birth date: "30-39" (audit.usia_lebar_pita years wide) */
	KARIER_AUDIT_BY_STATUS = 3,        /**< "PNS" / "PPPK" */
	KARIER_AUDIT_BY_PENDIDIKAN = 4,    /**< the pendidikan code ("S1"), "-" when not recorded */
	KARIER_AUDIT_BY_GOLONGAN = 5,      /**< the golongan's band: "I".."IV" for a PNS, "PPPK V" (its golongan) for a PPPK, "-" for none */
	KARIER_AUDIT_BY_UNIT_KERJA = 6     /**< unit_kerja, "-" when empty */
} karier_audit_by;
#define KARIER_AUDIT_BY_COUNT 6

/** What a comparison compares. @since 0.1.0 */
typedef enum karier_audit_kind {
	KARIER_AUDIT_OUTCOME = 1, /**< selected or not: rates, ratios, a test */
	KARIER_AUDIT_SCORE = 2    /**< a number: median, quartiles, mean */
} karier_audit_kind;

/** The significance test of a comparison. @since 0.1.0 */
typedef enum karier_audit_method {
	KARIER_AUDIT_TEST_NONE = 0,       /**< fewer than two groups shown, nobody or everybody selected, or a score */
	KARIER_AUDIT_TEST_FISHER = 1,     /**< Fisher's exact test, two-sided (two groups) */
	KARIER_AUDIT_TEST_CHI_SQUARE = 2  /**< Pearson's chi-square, groups - 1 degrees of freedom */
} karier_audit_method;

/**
 * karier_fisher_exact - the two-sided p-value of Fisher's exact test for
 * the 2x2 table [[a, b], [c, d]]: the probability, given the margins, of a
 * table no more probable than this one (relative tolerance 1e-7, as R's
 * fisher.test).  Lady tasting tea, [[3, 1], [1, 3]]: 485714.
 * @out_p_ppm  receives p in millionths, rounded half up
 * Errors: KARIER_EINVAL (NULL out, a negative count), KARIER_ELIMIT (a
 * total above INT32_MAX).
 * @since 0.1.0
 */
KARIER_API int karier_fisher_exact(int32_t *out_p_ppm, int64_t a, int64_t b, int64_t c, int64_t d);

/**
 * karier_chi_square - Pearson's chi-square test of independence for a
 * table of @rows x @cols counts (row by row).  Rows and columns whose total
 * is zero are left out; the degrees of freedom are (rows - 1) x (cols - 1)
 * of what remains, and with none the p-value is 1000000.
 * @out_statistic  X squared in hundredths, rounded half up (may be NULL)
 * @out_df         degrees of freedom (may be NULL)
 * @out_p_ppm      p in millionths, rounded half up (may be NULL)
 * Errors: KARIER_EINVAL (NULL counts, rows or cols < 1, a negative count),
 * KARIER_ELIMIT (more than 1000000 cells, a total above INT32_MAX).
 * @since 0.1.0
 */
KARIER_API int karier_chi_square(int64_t *out_statistic, int32_t *out_df, int32_t *out_p_ppm,
                                 const int64_t *counts, int32_t rows, int32_t cols);

/**
 * karier_audit_new - an audit of @n employees with no columns yet.
 * @policy  supplies audit.* (minimum group size, four-fifths threshold,
 *          age band width, significance level); NULL means the embedded
 *          national default.  Borrowed: it must outlive the audit.
 * Errors: KARIER_EINVAL (NULL out, n < 0), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_audit_new(karier_audit **out, const karier_policy *policy, int32_t n);

/** karier_audit_free - release an audit; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_audit_free(karier_audit *audit);

/**
 * karier_audit_add_grouping - a grouping named @name (UTF-8, 1..64 bytes)
 * with @labels[i] employee i's group (copied; NULL or "" is the group "-").
 * Errors: KARIER_EINVAL (NULL arguments, a bad name), KARIER_EEXISTS (a
 * grouping or outcome of that name), KARIER_ELIMIT (more than 64 columns
 * of a kind), KARIER_ENOMEM.  The audit is unchanged on failure.
 * @since 0.1.0
 */
KARIER_API int karier_audit_add_grouping(karier_audit *audit, const char *name, const char *const *labels);

/**
 * karier_audit_add_builtin - the grouping @by (a karier_audit_by) computed
 * from @employees (n of them, in the audit's order), named after it
 * ("jenis_kelamin", "usia", "status", "pendidikan", "golongan",
 * "unit_kerja").  @date is the day ages are counted on (only for
 * KARIER_AUDIT_BY_USIA, else ignored).
 * Errors: as karier_audit_add_grouping, KARIER_EINVAL (NULL employees or
 * one of them, an unknown @by), KARIER_ERANGE (date).
 * @since 0.1.0
 */
KARIER_API int karier_audit_add_builtin(karier_audit *audit, int32_t by, const karier_employee *const *employees,
                                        int32_t date);

/**
 * karier_audit_add_outcome - an outcome named @name: @values[i] is 1
 * (selected), 0 (not) or KARIER_AUDIT_NA (not in its population).
 * Errors: as karier_audit_add_grouping, KARIER_ERANGE (another value, with
 * its index in the message).
 * @since 0.1.0
 */
KARIER_API int karier_audit_add_outcome(karier_audit *audit, const char *name, const int32_t *values);

/**
 * karier_audit_add_score - a score named @name: @values[i] in hundredths
 * (any int32_t but KARIER_AUDIT_NA, which leaves employee i out).
 * Errors: as karier_audit_add_grouping.
 * @since 0.1.0
 */
KARIER_API int karier_audit_add_score(karier_audit *audit, const char *name, const int32_t *values);

/**
 * karier_audit_evaluate - compare every outcome and score (in the order
 * added) across every grouping (in the order added): comparison
 * outcome * groupings + grouping.  Adding a column afterwards discards the
 * results until the next call.
 * Errors: KARIER_EINVAL (NULL), KARIER_ENOMEM (the previous results are
 * then discarded too).
 * @since 0.1.0
 */
KARIER_API int karier_audit_evaluate(karier_audit *audit);

/** karier_audit_comparison_count - 0 before karier_audit_evaluate. @since 0.1.0 */
KARIER_API int32_t karier_audit_comparison_count(const karier_audit *audit);

/**
 * karier_audit_comparison_get - comparison @index.  Names are borrowed
 * from the audit.  Any out pointer may be NULL.
 * @out_kind         a karier_audit_kind
 * @out_groups       groups shown (karier_audit_group_get 0..groups-1)
 * @out_suppressed   groups not shown, smaller than audit.kelompok_minimum
 * @out_suppressed_n employees in those groups
 * @out_method       a karier_audit_method
 * @out_statistic    X squared in hundredths for chi-square, else 0
 * @out_df           its degrees of freedom, else 0
 * @out_p_ppm        the p-value in millionths; -1 without a test
 * @out_flagged      groups flagged by the four-fifths rule
 * @out_significant  1 when the p-value is below audit.alpha (5.00 %)
 * Errors: KARIER_EINVAL (NULL audit), KARIER_ENOTFOUND (index).
 * @since 0.1.0
 */
KARIER_API int karier_audit_comparison_get(const char **out_outcome, const char **out_grouping, int32_t *out_kind,
                                           int32_t *out_groups, int32_t *out_suppressed, int64_t *out_suppressed_n,
                                           int32_t *out_method, int64_t *out_statistic, int32_t *out_df,
                                           int32_t *out_p_ppm, int32_t *out_flagged, int32_t *out_significant,
                                           const karier_audit *audit, int32_t index);

/**
 * karier_audit_group_get - shown group @group of comparison @comparison,
 * in byte order of the labels.  Any out pointer may be NULL.
 * For an outcome: @out_n employees in the population, @out_selected,
 * @out_rate and @out_ratio (hundredths of a percent; the ratio is -1 when
 * no group has anyone selected), @out_flagged 1 when the ratio is under
 * the four-fifths threshold.  @out_median, @out_q1, @out_q3, @out_mean are
 * KARIER_AUDIT_NA.
 * For a score: @out_n employees with a score, the median (the mean of the
 * two middle values for an even count, rounded half up), the quartiles by
 * nearest rank, the mean (rounded half up), all in the score's hundredths;
 * @out_selected, @out_rate, @out_ratio are -1, @out_flagged 0.
 * Errors: KARIER_EINVAL (NULL audit), KARIER_ENOTFOUND (an index).
 * @since 0.1.0
 */
KARIER_API int karier_audit_group_get(const char **out_label, int64_t *out_n, int64_t *out_selected,
                                      int32_t *out_rate, int32_t *out_ratio, int32_t *out_flagged,
                                      int32_t *out_median, int32_t *out_q1, int32_t *out_q3, int32_t *out_mean,
                                      const karier_audit *audit, int32_t comparison, int32_t group);

/**
 * karier_audit_label - employee @index's label in grouping @grouping (in
 * the order added), borrowed from the audit; NULL for an index out of
 * range.  For a reader who wants to list a group's members.
 * @since 0.1.0
 */
KARIER_API const char *karier_audit_label(const karier_audit *audit, int32_t grouping, int32_t index);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_AUDIT_H */
