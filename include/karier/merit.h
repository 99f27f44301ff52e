/*
 * karier/merit.h - merit score, the 9-box talent matrix, and ranking.
 *
 * SPDX-License-Identifier: MIT
 *
 * The merit system bases career decisions on qualification, competency and
 * performance (UU 5/2014 Ps1 angka 22), widened by UU 20/2023 to
 * kualifikasi, kompetensi, potensi, kinerja, integritas.  The score uses
 * those five components and no others: sex, age, religion, origin, marital
 * status, disability and every other protected attribute are never inputs,
 * and this API offers no way to pass them (the birth date an employee holds
 * for retirement rules is never read here).
 *
 * COMPONENTS (each 0..100, hundredths; weights from the policy)
 *
 *   kualifikasi  education rank against the position's requirement:
 *                merit.kualifikasi.memenuhi when it meets it exactly, plus
 *                merit.kualifikasi.per_tingkat_di_atas per rank above
 *                (capped at 100), merit.kualifikasi.di_bawah below it.
 *   kompetensi   the job-person match against the position's competency
 *                standard: sum of attained levels / sum of required levels,
 *                capped at 100 for the score (jpm.batasi_ke_standar caps
 *                each competency at its standard first).
 *   potensi      the assessment score as recorded.
 *   kinerja      the predikat of the last three assessment years before the
 *                date's year, scored by merit.kinerja.nilai.* and weighted by
 *                merit.kinerja.bobot_tahun_1..3 (recent first); missing years
 *                are left out and the year weights renormalised.
 *   integritas   100 minus merit.integritas.potongan_* for each penalty
 *                that started within merit.integritas.tahun years before the
 *                date (never below 0).
 *
 * A component without data (no position or requirement, no assessed
 * competency or no standard, no potensi, no kinerja year) is missing: it is
 * left out and the other weights renormalised, or scored 0 when
 * merit.komponen_hilang_nol is true.  The result lists what was missing.
 *
 * TOTAL.  score = sum(value_i * weight_i) / sum(weight_i) over the components
 * counted, rounded half up to hundredths once.  Each component's share is
 * value_i * weight_i / sum(weight_i), rounded on its own (shares may differ
 * from the total by a hundredth).  Integer arithmetic only: every platform
 * and binding gets the same digits.
 *
 * 9-BOX (PermenPANRB 3/2020).  The kinerja axis is the kinerja component
 * against talenta.kinerja.*_min (bawah / sesuai / atas); the potensi axis is
 * the other four components combined by their weights against
 * talenta.potensi.*_min (rendah / menengah / tinggi).  The box number comes
 * from talenta.kotak.<kinerja>_<potensi>, so any 3x3 numbering can be
 * expressed; talenta.krs.kotak_<n> marks the talent pool (kelompok rencana
 * suksesi).  Without kinerja or potensi data the box is 0.
 */
#ifndef KARIER_MERIT_H
#define KARIER_MERIT_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The five components. @since 0.1.0 */
typedef enum karier_merit_component {
	KARIER_MERIT_KUALIFIKASI = 1,
	KARIER_MERIT_KOMPETENSI = 2,
	KARIER_MERIT_POTENSI = 3,
	KARIER_MERIT_KINERJA = 4,
	KARIER_MERIT_INTEGRITAS = 5
} karier_merit_component;
#define KARIER_MERIT_COMPONENT_COUNT 5

/** 9-box potensi axis; the kinerja axis uses karier_rating. @since 0.1.0 */
typedef enum karier_potensi_axis {
	KARIER_POTENSI_NONE = 0,
	KARIER_POTENSI_RENDAH = 1,
	KARIER_POTENSI_MENENGAH = 2,
	KARIER_POTENSI_TINGGI = 3
} karier_potensi_axis;

/**
 * karier_merit_evaluate - the merit score and 9-box of an employee.
 * @position  the position measured against: a vacancy's, or the current
 *            post's (its education requirement and competency standard);
 *            NULL: kualifikasi uses the policy's requirement for the
 *            employee's current jabatan kind, and kompetensi is missing
 * @date      the evaluation date (kinerja years and the integritas window)
 * Errors: KARIER_EINVAL (NULL out or employee), KARIER_ERANGE (invalid
 * date), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_merit_evaluate(karier_merit **out, const karier_policy *policy,
                                     const karier_employee *employee,
                                     const karier_position *position, int32_t date);

/** karier_merit_free - release a result; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_merit_free(karier_merit *merit);

/** The total, hundredths 0..10000; 0 when every component is missing. @since 0.1.0 */
KARIER_API int32_t karier_merit_score(const karier_merit *merit);

/**
 * karier_merit_component_get - one component of the explanation.
 * @out_value   normalised value, hundredths 0..10000, or -1 when missing
 * @out_weight  the policy weight, hundredths
 * @out_applied the weight as applied after renormalisation, hundredths of
 *              a percent of the total (the applied weights sum to 10000,
 *              or 0 when nothing counted)
 * @out_share   points the component adds to the total, hundredths
 * Any out pointer may be NULL.
 * Errors: KARIER_EINVAL (NULL merit), KARIER_ENOTFOUND (bad component).
 * @since 0.1.0
 */
KARIER_API int karier_merit_component_get(int32_t *out_value, int32_t *out_weight,
                                          int32_t *out_applied, int32_t *out_share,
                                          const karier_merit *merit, int32_t component);

/**
 * karier_merit_component_explain - the component's inputs in one sentence
 * in @lang, e.g. "Pendidikan S2, syarat S1: 90.00" or "2025 Sangat Baik
 * (bobot 60), 2024 Baik (bobot 40): 94.00".  snprintf rules.
 * @since 0.1.0
 */
KARIER_API int karier_merit_component_explain(char *buf, size_t size, const karier_merit *merit,
                                              int32_t component, int32_t lang);

/** Bit c-1 set for each missing karier_merit_component c. @since 0.1.0 */
KARIER_API int32_t karier_merit_missing(const karier_merit *merit);

/** The 9-box kinerja axis (karier_rating), 0 when unknown. @since 0.1.0 */
KARIER_API int32_t karier_merit_kinerja_axis(const karier_merit *merit);
/** The 9-box potensi axis (karier_potensi_axis), 0 when unknown. @since 0.1.0 */
KARIER_API int32_t karier_merit_potensi_axis(const karier_merit *merit);
/** The potensi-axis score, hundredths, or -1 when unknown. @since 0.1.0 */
KARIER_API int32_t karier_merit_potensi_score(const karier_merit *merit);
/** The box number 1..9 under the policy's numbering, 0 when unknown. @since 0.1.0 */
KARIER_API int32_t karier_merit_box(const karier_merit *merit);
/** 1 when the box belongs to the kelompok rencana suksesi. @since 0.1.0 */
KARIER_API int32_t karier_merit_talent_pool(const karier_merit *merit);

/** The conditions of the talent pool an employee does not meet (bits of karier_merit_talent_pool_unmet). @since 0.1.0 */
typedef enum karier_krs_unmet {
	KARIER_KRS_KOTAK = 1,      /**< the 9-box cell is unknown or not one talenta.krs.kotak_<n> puts in the pool */
	KARIER_KRS_KOMPETENSI = 2, /**< a competency of the post's standard below its level, none assessed, or no standard */
	KARIER_KRS_KINERJA = 4,    /**< a recent kinerja year (talenta.krs.tahun_kinerja) below the minimum or missing */
	KARIER_KRS_DISIPLIN = 8    /**< a blocking discipline penalty in effect on the date */
} karier_krs_unmet;

/**
 * karier_merit_talent_pool_unmet - which conditions of the talent pool
 * (kelompok rencana suksesi) the employee does not meet, as bits of
 * karier_krs_unmet; 0 exactly when karier_merit_talent_pool() is 1.  The
 * pool follows PP 11/2017 Ps198-200: a 9-box cell the policy marks (7, 8, 9
 * by default), competency meeting the post's standard, kinerja at least
 * baik in each of the last two years, and no discipline penalty being
 * served; each condition but the cell can be switched off in the policy.
 * @since 0.1.0
 */
KARIER_API int32_t karier_merit_talent_pool_unmet(const karier_merit *merit);

/**
 * karier_talent_actions - the recommended actions of PermenPANRB 3/2020 for
 * a cell of the 9-box (by its axes, whatever the numbering), as static text
 * in @lang; NULL for axes out of range.
 * @since 0.1.0
 */
KARIER_API const char *karier_talent_actions(int32_t kinerja_axis, int32_t potensi_axis, int32_t lang);

/** Ranking flags. @since 0.1.0 */
#define KARIER_RANK_ELIGIBLE_ONLY 1 /**< keep only those eligible for appointment to the position */

/**
 * karier_merit_rank - a deterministic shortlist for @position: the indices
 * of @employees (n of them), those eligible on @date for appointment
 * (karier_appointment_evaluate, default route) first, each group in order
 * of merit score, ties broken by the kinerja component, then golongan
 * (higher first), TMT golongan (earlier first), masa kerja (longer first,
 * i.e. earlier TMT CPNS), then NIP (ascending).  The post's incumbents
 * (whose jabatan code is the position's) are not listed.  With
 * KARIER_RANK_ELIGIBLE_ONLY only the eligible are listed.
 * @out_order    caller array of n int32_t; receives the indices
 * @out_count    how many are listed
 * @out_scores   optional caller array of n int32_t; receives the scores in
 *               the same order as out_order
 * @out_eligible optional caller array of n int32_t; receives 1 for an
 *               eligible candidate, 0 otherwise, in the same order
 * Errors: KARIER_EINVAL (NULL arrays, employees or position; n < 0; a NULL
 * employee in the array), KARIER_ERANGE, KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_merit_rank(int32_t *out_order, int32_t *out_count, int32_t *out_scores,
                                 int32_t *out_eligible, const karier_policy *policy,
                                 const karier_employee *const *employees, int32_t n,
                                 const karier_position *position, int32_t date, int32_t flags);

/**
 * karier_merit_shortlist - the first @limit candidates of karier_merit_rank's
 * list for @position, found on @threads threads without ordering the whole
 * cohort: the same indices, scores and eligibility in the same order (the
 * ties broken the same way, down to the index), whatever the number of
 * threads.  The employees are cut into contiguous chunks (16 a thread, at
 * most 256) that the threads take in turn; each chunk keeps only its best
 * @limit, and those are then put in order.  With @limit >= n the
 * whole list, as karier_merit_rank gives it, on threads.
 * @out_order    caller array of min(limit, n) int32_t (at least one); receives
 *               the indices
 * @out_count    how many are listed: min(limit, the candidates)
 * @out_scores, @out_eligible  optional, as for karier_merit_rank, each of
 *               min(limit, n) int32_t
 * @limit        1 or more: how many to list at most
 * @threads      1..KARIER_BATCH_MAX_THREADS (karier/batch.h); the employees
 *               and the policy are only read, so they may be shared
 * Errors: as karier_merit_rank; KARIER_EINVAL for @limit < 1 or @threads
 * out of range.  Nothing is written to the arrays on an error.
 * @since 0.1.0
 */
KARIER_API int karier_merit_shortlist(int32_t *out_order, int32_t *out_count, int32_t *out_scores,
                                      int32_t *out_eligible, const karier_policy *policy,
                                      const karier_employee *const *employees, int32_t n,
                                      const karier_position *position, int32_t date, int32_t flags,
                                      int32_t limit, int32_t threads);

/**
 * karier_duk_rank - the classic seniority list (daftar urut kepangkatan):
 * golongan descending, TMT golongan ascending, jabatan level (JPT utama
 * first ... pengawas, then fungsional and pelaksana), TMT jabatan
 * ascending, masa kerja descending, education descending, age descending,
 * then NIP ascending.  Writes n indices to @out_order.
 * Errors: KARIER_EINVAL, KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_duk_rank(int32_t *out_order, const karier_employee *const *employees,
                               int32_t n);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_MERIT_H */
