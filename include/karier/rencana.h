/*
 * karier/rencana.h - the career development plan (rencana pengembangan
 * karier): the pola karier as data, and a plan for one employee over some
 * years, step by step.
 *
 * SPDX-License-Identifier: MIT
 *
 * The pola karier (Peraturan BKN 28/2020, as the BKN guides quote it) names
 * the moves an agency allows between its posts, each of one of three kinds
 * (jalur):
 *
 *   horizontal  to a post of equal level, within one group or across the
 *               groups JA (administrasi), JF (fungsional) and JPT;
 *   vertikal    to a higher post within the same group;
 *   diagonal    to a higher post in another group.
 *
 * A post's group follows from its kind; its level from the policy's
 * pola.tingkat.* settings, ordered by the golongan each post spans:
 * pelaksana and pemula 1, terampil 2, mahir and ahli pertama 3, penyelia,
 * ahli muda and pengawas 4, ahli madya and administrator 5, ahli utama and
 * JPT pratama 6, JPT madya 7, JPT utama 8 (PermenPANRB 17/2021 sets eselon
 * IV beside ahli muda and eselon III beside ahli madya; the rest is
 * UNCONFIRMED).  A move to a lower level is not a pola karier
 * move.  karier_pola_add() refuses a jalur that contradicts the posts'
 * kinds and levels, so that a pola read from a file cannot say "vertikal"
 * of a move into another group.
 *
 * Without a file, karier_pola_add_default() draws the usual ladder from the
 * positions: pelaksana to pengawas to administrator to JPT pratama, madya
 * and utama (every post of one level to every post of the next: jabatan.csv
 * does not say which unit a post is in), and each JF's jenjang ladder (the
 * posts whose names differ only in the jenjang word, "Analis SDM Aparatur
 * Ahli Pertama" to "... Ahli Muda").
 *
 * A plan (karier_rencana) projects one employee from a start date over
 * whole years, under one stated assumption: each year after the last
 * recorded kinerja (from the year before the plan's at the earliest) has
 * the predikat rencana.kinerja_asumsi (Baik); a recorded predikat is never
 * replaced.  Its steps, in date order:
 *
 *   KARIER_LANGKAH_KP         each kenaikan pangkat, on its period date,
 *                             with the decision that allows it (its checks
 *                             and their reasons, in both languages);
 *   KARIER_LANGKAH_JABATAN    each post one move of the pola karier away
 *                             from the current one, from the first date the
 *                             appointment checks pass (the decision), with
 *                             the competency gaps against its standard and
 *                             the JP and rupiah of the courses closing them;
 *                             a JF's next jenjang among them, its angka
 *                             kredit accrued year by year (koefisien x the
 *                             predikat's conversion, PermenPANRB 1/2023) in
 *                             the one counter the engines read, and checked
 *                             at the lowest golongan of the new jenjang's
 *                             range (the jenjang and its pangkat rise
 *                             together; the step's golongan says which);
 *   KARIER_LANGKAH_PELATIHAN  each calendar year's training (the years of
 *                             the plan, the first being @from's; dated 31
 *                             December, or the day before retirement): the
 *                             JP of the current post's gap courses
 *                             scheduled that year, at least the PNS
 *                             minimum (20 JP, the JP already done in the
 *                             first year counted) while courses remain and
 *                             never past a PPPK's maximum (24), and the JP
 *                             still owed to reach the minimum;
 *   KARIER_LANGKAH_PENSIUN    retirement, when it falls within the plan (no
 *                             step comes after it).
 *
 * Threads: a pola is built by one thread and may then be read by many; a
 * plan reads the policy, employee, positions, pola and catalogue only.
 */
#ifndef KARIER_RENCANA_H
#define KARIER_RENCANA_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The kinds of move. @since 0.1.0 */
typedef enum karier_jalur {
	KARIER_JALUR_HORIZONTAL = 1,
	KARIER_JALUR_VERTIKAL = 2,
	KARIER_JALUR_DIAGONAL = 3
} karier_jalur;

/** The kinds of step of a plan. @since 0.1.0 */
typedef enum karier_langkah {
	KARIER_LANGKAH_KP = 1,
	KARIER_LANGKAH_JABATAN = 2,
	KARIER_LANGKAH_PELATIHAN = 3,
	KARIER_LANGKAH_PENSIUN = 4
} karier_langkah;

/** Most years a plan covers. @since 0.1.0 */
#define KARIER_RENCANA_MAX_YEARS 40

/**
 * karier_jalur_name - "horizontal", "vertikal", "diagonal"; NULL for
 * another value.  karier_jalur_parse reads those words in any case.
 * @since 0.1.0
 */
KARIER_API const char *karier_jalur_name(int32_t jalur);
/** karier_jalur_parse - a karier_jalur from its word. Errors: KARIER_EINVAL (NULL), KARIER_EPARSE. @since 0.1.0 */
KARIER_API int karier_jalur_parse(int32_t *out_jalur, const char *text);

/**
 * karier_jalur_between - the jalur a move from @from to @to is.
 * Errors: KARIER_EINVAL (NULL; the same position), KARIER_ERANGE (@to is
 * of a lower level: not a pola karier move; a position of no kind).  The
 * message names both positions with their groups and levels.
 * @since 0.1.0
 */
KARIER_API int karier_jalur_between(int32_t *out_jalur, const karier_policy *policy, const karier_position *from,
                                    const karier_position *to);

/** karier_pola_new - an empty pola. Errors: KARIER_EINVAL, KARIER_ENOMEM. @since 0.1.0 */
KARIER_API int karier_pola_new(karier_pola **out);

/** karier_pola_free - release a pola (not its positions); NULL is ignored. @since 0.1.0 */
KARIER_API void karier_pola_free(karier_pola *pola);

/**
 * karier_pola_add - allow the move @from -> @to of kind @jalur, after at
 * least @min_bulan months in @from (0 for none).  The positions are
 * borrowed: they must outlive the pola.
 * Errors: as karier_jalur_between; KARIER_ERANGE (@jalur is not the one
 * the posts' kinds and levels make it, named in the message; a negative
 * @min_bulan), KARIER_EEXISTS (the move is already in the pola),
 * KARIER_ENOMEM.  The pola is unchanged on failure.
 * @since 0.1.0
 */
KARIER_API int karier_pola_add(karier_pola *pola, const karier_policy *policy, const karier_position *from,
                               const karier_position *to, int32_t jalur, int32_t min_bulan);

/**
 * karier_pola_add_default - add the default ladder of @n positions (see
 * above); moves already in the pola stay.  Errors: KARIER_EINVAL (NULL, a
 * NULL position), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_pola_add_default(karier_pola *pola, const karier_policy *policy,
                                       const karier_position *const *positions, int32_t n);

/** karier_pola_count - the moves of the pola; 0 for NULL. @since 0.1.0 */
KARIER_API int32_t karier_pola_count(const karier_pola *pola);

/**
 * karier_pola_get - move @index, in the order added.  Any out pointer may
 * be NULL.  Errors: KARIER_EINVAL (NULL pola), KARIER_ENOTFOUND (index).
 * @since 0.1.0
 */
KARIER_API int karier_pola_get(const karier_position **out_from, const karier_position **out_to, int32_t *out_jalur,
                               int32_t *out_min_bulan, const karier_pola *pola, int32_t index);

/**
 * karier_pola_set_kebutuhan - how many posts of @position the agency needs
 * (its formasi).  Errors: KARIER_EINVAL (NULL), KARIER_ERANGE (negative),
 * KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_pola_set_kebutuhan(karier_pola *pola, const karier_position *position, int32_t kebutuhan);

/** karier_pola_kebutuhan - the posts @position needs, or -1 when not given. @since 0.1.0 */
KARIER_API int32_t karier_pola_kebutuhan(const karier_pola *pola, const karier_position *position);

/**
 * karier_rencana_new - the plan of @employee, in @current (its post; NULL
 * when it has none), from @from over @years whole years (1..40).
 * @pola     the moves; NULL or empty plans no JABATAN step
 * @catalog  for the courses of gaps; NULL plans gaps without courses
 * Errors: KARIER_EINVAL (NULL out or employee), KARIER_ERANGE (date, years),
 * KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_rencana_new(karier_rencana **out, const karier_policy *policy, const karier_employee *employee,
                                  const karier_position *current, const karier_pola *pola,
                                  const karier_catalog *catalog, int32_t from, int32_t years);

/** karier_rencana_free - release a plan; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_rencana_free(karier_rencana *rencana);

/** karier_rencana_step_count - its steps; 0 for NULL. @since 0.1.0 */
KARIER_API int32_t karier_rencana_step_count(const karier_rencana *rencana);

/**
 * karier_rencana_step_get - step @index (in date order; on one date, KP
 * before JABATAN before PELATIHAN before PENSIUN).  Any out pointer may be
 * NULL.
 * @out_kind      a karier_langkah
 * @out_date      its date (a PELATIHAN step: 31 December of its year)
 * @out_golongan  KP: the golongan reached; JABATAN: the employee's golongan
 *                on that date; else 0
 * @out_position  JABATAN: the target post (borrowed from the pola); else NULL
 * @out_jalur     JABATAN: its karier_jalur; else 0
 * @out_jp        JABATAN: JP of the courses closing its gaps; PELATIHAN:
 *                JP of the year; else 0
 * @out_biaya     rupiah of those courses; else 0
 * @out_gaps      JABATAN: competencies under the target's standard;
 *                PELATIHAN: JP still owed to reach the minimum; else 0
 * Errors: KARIER_EINVAL (NULL plan), KARIER_ENOTFOUND (index).
 * @since 0.1.0
 */
KARIER_API int karier_rencana_step_get(int32_t *out_kind, int32_t *out_date, int32_t *out_golongan,
                                       const karier_position **out_position, int32_t *out_jalur, int32_t *out_jp,
                                       int64_t *out_biaya, int32_t *out_gaps, const karier_rencana *rencana,
                                       int32_t index);

/**
 * karier_rencana_step_decision - the decision behind a KP or JABATAN step
 * (its checks and their messages through the karier_decision_* functions),
 * borrowed from the plan; NULL for another step or index.
 * @since 0.1.0
 */
KARIER_API const karier_decision *karier_rencana_step_decision(const karier_rencana *rencana, int32_t index);

/**
 * karier_rencana_info - the plan's frame.  Any out pointer may be NULL.
 * @out_from, @out_to     the first day and the day after the last
 * @out_pensiun           the retirement date (0 when it cannot be known)
 * @out_kinerja_asumsi    the predikat assumed for years without one
 * @out_tahun_asumsi      the first year assumed (0 when none is)
 * Errors: KARIER_EINVAL (NULL plan).
 * @since 0.1.0
 */
KARIER_API int karier_rencana_info(int32_t *out_from, int32_t *out_to, int32_t *out_pensiun,
                                   int32_t *out_kinerja_asumsi, int32_t *out_tahun_asumsi,
                                   const karier_rencana *rencana);

/* ---- the organisational plan: needs, availability, gap ------------------ */

/**
 * karier_rencana_org_new - the plan of an organisation of @n employees
 * (@current[i]: employee i's post, or NULL) over @years years from @from,
 * year by year and post by post:
 *
 *   needs         kebutuhan: the pola's (karier_pola_set_kebutuhan, the
 *                 kebutuhan column of jabatan.csv), or the posts held on
 *                 @from when not given; vacancies (lowong) = kebutuhan less
 *                 the holders that year, after the retirements of the year
 *                 (batas usia pensiun) and the holders moved up to another
 *                 post (keluar);
 *   availability  the candidates of a post: employees one move of the pola
 *                 away, ready by the year's end by their own plans (the
 *                 appointment checks pass), in rank order: the talent pool
 *                 first, then the merit score against their current post,
 *                 the earlier date, then input order; each moves at most
 *                 once in the plan;
 *   gap           kesenjangan = vacancies no ready candidate fills.
 *
 * The posts are filled from the highest level down, so that a successor's
 * old post is a vacancy of the same year.  Each successor carries the JP
 * and rupiah of the courses closing their gaps against the new post; with
 * @budget_idr (per year; KARIER_NO_LIMIT for none) the year's successors'
 * training is shared with karier_allocate, and each row says how much was
 * funded.  The employees' plans are computed on @threads threads, which
 * take contiguous chunks of them in turn (16 a thread, at most 256); the
 * result is the same for any number (tested).
 * Errors: KARIER_EINVAL (NULL, a NULL employee, n < 0, threads outside
 * 1..KARIER_BATCH_MAX_THREADS, a negative budget), KARIER_ERANGE (date,
 * years), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_rencana_org_new(karier_rencana_org **out, const karier_policy *policy,
                                      const karier_employee *const *employees, const karier_position *const *current,
                                      int32_t n, const karier_pola *pola, const karier_catalog *catalog, int32_t from,
                                      int32_t years, int64_t budget_idr, int32_t threads);

/** karier_rencana_org_free - release an organisational plan; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_rencana_org_free(karier_rencana_org *org);

/** karier_rencana_org_count - its rows: years x posts, year by year, the higher posts first; 0 for NULL. @since 0.1.0 */
KARIER_API int32_t karier_rencana_org_count(const karier_rencana_org *org);

/**
 * karier_rencana_org_get - row @index: the calendar year it starts in, the
 * post (borrowed), kebutuhan, holders at the year's start (pemangku),
 * retirements in the year, holders moved up (keluar), vacancies (lowong),
 * filled (terisi), kesenjangan (lowong - terisi), and the successors'
 * training: JP, rupiah, and rupiah funded under the budget.  Any out
 * pointer may be NULL.  Errors: KARIER_EINVAL, KARIER_ENOTFOUND.
 * @since 0.1.0
 */
KARIER_API int karier_rencana_org_get(int32_t *out_year, const karier_position **out_post, int32_t *out_kebutuhan,
                                      int32_t *out_pemangku, int32_t *out_pensiun, int32_t *out_keluar,
                                      int32_t *out_lowong, int32_t *out_terisi, int32_t *out_kesenjangan, int32_t *out_jp,
                                      int64_t *out_biaya, int64_t *out_didanai, const karier_rencana_org *org,
                                      int32_t index);

/** karier_rencana_org_successor_count - the successors who fill row @index's vacancies. @since 0.1.0 */
KARIER_API int32_t karier_rencana_org_successor_count(const karier_rencana_org *org, int32_t index);

/**
 * karier_rencana_org_successor_get - successor @k of row @index, in rank
 * order: the employee's index, the date of the move (their first ready
 * date, or the year's start), its karier_jalur, the JP and rupiah of the
 * courses closing their gaps, and the rupiah funded.  Any out pointer may
 * be NULL.  Errors: KARIER_EINVAL, KARIER_ENOTFOUND.
 * @since 0.1.0
 */
KARIER_API int karier_rencana_org_successor_get(int32_t *out_employee, int32_t *out_date, int32_t *out_jalur,
                                                int32_t *out_jp, int64_t *out_biaya, int64_t *out_didanai,
                                                const karier_rencana_org *org, int32_t index, int32_t k);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_RENCANA_H */
