/*
 * karier/promotion.h - kenaikan pangkat, appointment into a jabatan and
 * retirement, each answered by a decision object that carries its reasons.
 *
 * SPDX-License-Identifier: MIT
 *
 * DECISIONS
 *
 * A decision says: eligible or not; for a promotion the kind (jenis) and the
 * new golongan, for an appointment the target position; the date evaluated;
 * the earliest date on which the employee becomes eligible if nothing else
 * changes (0 when waiting cannot fix a failed rule); the retirement date;
 * and the list of every rule checked.  Each check has a stable code (e.g.
 * "KP_MASA_GOLONGAN"), pass or fail, the required and the actual value, a
 * message in Indonesian and English, the regulation cited, and whether
 * waiting fixes it ("menunggu": the rule is time-bound).  Missing data is a
 * failed check naming the data ("KP_DATA_PENDIDIKAN"), never a silent pass.
 *
 * KENAIKAN PANGKAT (PP 99/2000 as amended by PP 12/2002)
 *
 * karier_promotion_evaluate() evaluates the first period date on or after
 * the date given (karier_policy_period_next), and every kind that applies:
 *
 *   reguler             PNS whose jabatan kind takes reguler (pelaksana;
 *                       a manajerial official at the top of the post's
 *                       range, Ps34): 4 years in the golongan (the first
 *                       golongan counted from TMT CPNS, Ps5), the last 2
 *                       kinerja years at least baik, the education ceiling
 *                       (Ps8), ujian dinas I for II/d and II for III/d
 *                       (Ps30-32) with the education exemptions.
 *   pilihan_struktural  manajerial post: 1 year in golongan and in post,
 *                       2 years kinerja, new golongan inside the post's
 *                       range (Ps12).
 *   pilihan_fungsional  jabatan fungsional: 2 years in golongan, 2 years
 *                       kinerja, angka kredit >= the jenjang's AKK, new
 *                       golongan inside the jenjang's range (Ps13,
 *                       PermenPANRB 1/2023).
 *   pilihan_ijazah      a new diploma set with karier_employee_set_
 *                       pendidikan_baru (taken to mean recognised and the
 *                       adjustment exam passed): 1 year in golongan, 1 year
 *                       kinerja, the jump table (Ps18).
 *   pilihan_prestasi    a recognised prestasi kerja luar biasa
 *                       (karier_employee_set_prestasi_luar_biasa): 1 year,
 *                       the last year at sangat baik (Ps15).
 *   pengabdian          a period date within kp.pengabdian.bulan_sebelum_
 *                       pensiun months before retirement: months in golongan
 *                       by the service-years table, 1 year kinerja, never a
 *                       berat penalty (Ps27).
 *
 * Every kind also checks status (only PNS rise in pangkat; CPNS and PPPK get
 * a failed KP_STATUS check saying why), active discipline penalties (PP
 * 94/2021 Ps42: a sedang penalty delays kenaikan pangkat by 1 year from its
 * start) and retirement.  The chosen kind is the eligible one giving the
 * highest golongan (ties in the order above); the others are reported as
 * options.  The kinerja years checked for a period date in year Y are Y-1,
 * Y-2, ...; they are not time-bound: a missing or low year makes the
 * earliest date 0 (new data, not waiting, fixes it).
 *
 * APPOINTMENT (PP 11/2017 Ps54, Ps107, Ps75-80, Ps217)
 *
 * karier_appointment_evaluate() checks an appointment into a target
 * position on a date (any date; appointments have no period calendar):
 * status, education, experience (masa kerja from TMT CPNS), years in the
 * required prior post (current and past posts of the kinds named by
 * jabatan.<kind>.jabatan_sebelumnya and jenjang_sebelumnya), kinerja, age at
 * appointment, minimum golongan, the jenjang's golongan range for JF, the
 * required leadership training, discipline and retirement under the target
 * post's retirement age.  The position's own requirements override the
 * policy's values for its kind.
 *
 * RETIREMENT
 *
 * The retirement date is the first day of the month after the month in
 * which the employee reaches the BUP of their post (PP 11/2017 Ps239,
 * PP 49/2018 Ps54).
 */
#ifndef KARIER_PROMOTION_H
#define KARIER_PROMOTION_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a decision decides. @since 0.1.0 */
typedef enum karier_decision_type {
	KARIER_DECISION_PROMOTION = 1,
	KARIER_DECISION_APPOINTMENT = 2
} karier_decision_type;

/** Kinds of kenaikan pangkat; names via KARIER_CODE_KP_JENIS. @since 0.1.0 */
typedef enum karier_kp_jenis {
	KARIER_KP_NONE = 0,
	KARIER_KP_REGULER = 1,
	KARIER_KP_PILIHAN_STRUKTURAL = 2,
	KARIER_KP_PILIHAN_FUNGSIONAL = 3,
	KARIER_KP_PILIHAN_IJAZAH = 4,
	KARIER_KP_PILIHAN_PRESTASI = 5,
	KARIER_KP_PENGABDIAN = 6
} karier_kp_jenis;

/** Routes into a position (appointment). @since 0.1.0 */
typedef enum karier_route {
	KARIER_ROUTE_DEFAULT = 0,     /**< manajerial: promotion; JF: transfer */
	KARIER_ROUTE_PERTAMA = 1,     /**< first appointment into a JF (Ps75, Ps78) */
	KARIER_ROUTE_PERPINDAHAN = 2  /**< transfer from another post into a JF (Ps76, Ps79) */
} karier_route;

/** How a check's required or actual value reads. @since 0.1.0 */
typedef enum karier_value_type {
	KARIER_VALUE_NONE = 0,       /**< no value */
	KARIER_VALUE_INT = 1,
	KARIER_VALUE_FIXED = 2,      /**< hundredths */
	KARIER_VALUE_DATE = 3,       /**< YYYYMMDD */
	KARIER_VALUE_MONTHS = 4,     /**< a duration in whole months */
	KARIER_VALUE_YEARS = 5,      /**< an age or duration in whole years */
	KARIER_VALUE_GOLONGAN = 6,
	KARIER_VALUE_PREDIKAT = 7,
	KARIER_VALUE_PENDIDIKAN = 8,
	KARIER_VALUE_JABATAN = 9,
	KARIER_VALUE_STATUS = 10,
	KARIER_VALUE_UJIAN_DINAS = 11,
	KARIER_VALUE_PELATIHAN = 12,
	KARIER_VALUE_BOOL = 13,
	KARIER_VALUE_GOLONGAN_RANGE = 14, /**< lowest * 100 + highest */
	KARIER_VALUE_DISIPLIN = 15,       /**< a karier_disiplin (penalty level) */
	KARIER_VALUE_HUKUMAN = 16         /**< a karier_hukuman (kind of penalty) */
} karier_value_type;

/** Which value of a check. @since 0.1.0 */
#define KARIER_CHECK_REQUIRED 0
#define KARIER_CHECK_ACTUAL 1

/** Most checks one decision holds. */
#define KARIER_DECISION_MAX_CHECKS 128

/**
 * karier_promotion_evaluate - may the employee rise in rank on the first
 * period date on or after @date, to what, and if not, when?
 * @current  the employee's current position, for its own retirement age;
 *           may be NULL (the policy's value for the kind applies)
 * @policy   NULL means the embedded national default
 * An employee with incomplete data still gets a decision (with failed data
 * checks); only bad arguments fail.
 * Errors: KARIER_EINVAL (NULL out or employee), KARIER_ERANGE (invalid
 * date, or no period date after it), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_promotion_evaluate(karier_decision **out, const karier_policy *policy,
                                         const karier_employee *employee,
                                         const karier_position *current, int32_t date);

/**
 * karier_appointment_evaluate - may the employee be appointed to @target on
 * @date by @route (a karier_route)?
 * Errors: KARIER_EINVAL (NULL out, employee or target; bad route),
 * KARIER_ERANGE (invalid date), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_appointment_evaluate(karier_decision **out, const karier_policy *policy,
                                           const karier_employee *employee,
                                           const karier_position *target, int32_t date,
                                           int32_t route);

/**
 * karier_retirement_date - the employee's retirement age (BUP) and
 * retirement date.  @position overrides the post (its own BUP or its kind);
 * NULL uses the employee's current jabatan kind and jenjang.
 * Errors: KARIER_EINVAL (NULL), KARIER_ENOTFOUND (no jabatan to take the
 * BUP from).
 * @since 0.1.0
 */
KARIER_API int karier_retirement_date(int32_t *out_date, int32_t *out_bup,
                                      const karier_policy *policy,
                                      const karier_employee *employee,
                                      const karier_position *position);

/** karier_decision_free - release a decision; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_decision_free(karier_decision *decision);

/* Getters; a NULL decision gives 0 or "". @since 0.1.0 */
KARIER_API int32_t karier_decision_kind(const karier_decision *decision);
/** 1 if eligible on karier_decision_tanggal(), else 0. @since 0.1.0 */
KARIER_API int32_t karier_decision_eligible(const karier_decision *decision);
/** The chosen karier_kp_jenis (promotion), KARIER_KP_NONE if not eligible. @since 0.1.0 */
KARIER_API int32_t karier_decision_jenis(const karier_decision *decision);
/** The new golongan (promotion), 0 if not eligible. @since 0.1.0 */
KARIER_API int32_t karier_decision_golongan_baru(const karier_decision *decision);
/** The target position's code (appointment), "" for a promotion. @since 0.1.0 */
KARIER_API const char *karier_decision_target(const karier_decision *decision);
/**
 * The date evaluated: for a promotion, the period date on or after the date
 * asked; when the promotion chosen is pengabdian, which is exempt from the
 * period dates, the 1st of the month on or after the date asked.
 * @since 0.1.0
 */
KARIER_API int32_t karier_decision_tanggal(const karier_decision *decision);
/** The earliest eligible date if nothing else changes; 0 if waiting cannot fix it. @since 0.1.0 */
KARIER_API int32_t karier_decision_tanggal_paling_awal(const karier_decision *decision);
/** The retirement date, 0 when it cannot be known (no jabatan). @since 0.1.0 */
KARIER_API int32_t karier_decision_tanggal_pensiun(const karier_decision *decision);
/** 1 when the date evaluated is on or after the retirement date. @since 0.1.0 */
KARIER_API int32_t karier_decision_setelah_pensiun(const karier_decision *decision);

/** karier_decision_option_count - kinds of kenaikan pangkat evaluated. @since 0.1.0 */
KARIER_API int32_t karier_decision_option_count(const karier_decision *decision);

/**
 * karier_decision_option_get - option @index: its jenis, whether it is
 * eligible, the golongan it gives and its earliest date (0 = not by
 * waiting).  Any out pointer may be NULL.
 * Errors: KARIER_EINVAL, KARIER_ENOTFOUND.
 * @since 0.1.0
 */
KARIER_API int karier_decision_option_get(int32_t *out_jenis, int32_t *out_eligible,
                                          int32_t *out_golongan_baru, int32_t *out_paling_awal,
                                          const karier_decision *decision, int32_t index);

/**
 * karier_decision_reason - the index of the one check that explains a
 * refusal, or -1 when the decision is eligible (or NULL).  The rule, the same
 * for the single decision, the batch (karier_batch_first_failure), the
 * karier command and the bindings: among the failing checks, those shared by
 * every kind and those of the kind of promotion the employee's post takes
 * (pilihan fungsional in a JF, pilihan struktural in a manajerial post,
 * reguler otherwise) come first; of those, when waiting gives an earliest
 * date, the first check waiting fixes (what holds the employee back until
 * then), otherwise the first it cannot fix (the real obstacle); failing
 * those, the first failure of any other kind.  For an appointment every
 * check is the employee's own.
 * @since 0.1.0
 */
KARIER_API int32_t karier_decision_reason(const karier_decision *decision);

/**
 * karier_check_code_count - how many distinct check codes the library has:
 * the registry of every rule a decision can check, in a stable order.
 * @since 0.1.0
 */
KARIER_API int32_t karier_check_code_count(void);

/**
 * karier_check_code_get - check code @index of the registry: its code
 * ("KP_MASA_GOLONGAN"), the message templates of a failure in Indonesian and
 * English (placeholders %R required, %A actual, %Y year; a code with several
 * failures gives the first), the citation (the regulation, or "policy
 * setting" when the citation is the setting's, docs/policy.md) and the
 * evidence grade ("TEXT" for a regulation text, "setting" for the grade of the
 * policy setting, "data" for a check that the data is there).  Strings are
 * static; any out pointer may be NULL.
 * Errors: KARIER_ENOTFOUND (index out of range).
 * @since 0.1.0
 */
KARIER_API int karier_check_code_get(const char **out_code, const char **out_fail_id, const char **out_fail_en,
                                     const char **out_citation, const char **out_grade, int32_t index);

/** karier_decision_check_count - rules checked. @since 0.1.0 */
KARIER_API int32_t karier_decision_check_count(const karier_decision *decision);

/**
 * karier_decision_check_get - check @index: its stable code, pass (1) or
 * fail (0), the kenaikan pangkat kind it belongs to (KARIER_KP_NONE for
 * appointment checks and for checks shared by every kind), whether waiting
 * fixes it (1) and the regulation cited.  Strings are static.
 * Errors: KARIER_EINVAL, KARIER_ENOTFOUND.
 * @since 0.1.0
 */
KARIER_API int karier_decision_check_get(const char **out_code, int32_t *out_ok,
                                         int32_t *out_jenis, int32_t *out_menunggu,
                                         const char **out_ref,
                                         const karier_decision *decision, int32_t index);

/**
 * karier_decision_check_asumsi - 1 when check @index rests on an
 * assumption: on a policy setting whose national default is marked
 * UNCONFIRMED in the policy documentation (its citation says so), on data
 * the employee or position does not hold (a diploma list that is absent),
 * or, for a check that waiting fixes, on later kinerja years meeting the
 * minimum or a penalty without an end date running for the policy's
 * duration.  0 otherwise, and for a NULL decision or an index out of range.
 * @since 0.1.0
 */
KARIER_API int32_t karier_decision_check_asumsi(const karier_decision *decision, int32_t index);

/**
 * karier_decision_check_value - the required (@which =
 * KARIER_CHECK_REQUIRED) or actual (KARIER_CHECK_ACTUAL) value of check
 * @index as a karier_value_type and an integer.
 * @since 0.1.0
 */
KARIER_API int karier_decision_check_value(int32_t *out_type, int64_t *out_value,
                                           const karier_decision *decision, int32_t index,
                                           int32_t which);

/**
 * karier_decision_check_value_text - the same value as text in @lang:
 * "4 tahun 2 bulan" / "4 years 2 months", "III/d", "baik", "2026-04-01",
 * "" for KARIER_VALUE_NONE.  snprintf rules.
 * @since 0.1.0
 */
KARIER_API int karier_decision_check_value_text(char *buf, size_t size,
                                                const karier_decision *decision, int32_t index,
                                                int32_t which, int32_t lang);

/**
 * karier_decision_check_message - one sentence explaining check @index in
 * @lang (karier_lang), e.g. "Masa kerja dalam golongan 3 tahun 11 bulan,
 * kurang dari 4 tahun".  snprintf rules.
 * @since 0.1.0
 */
KARIER_API int karier_decision_check_message(char *buf, size_t size,
                                             const karier_decision *decision, int32_t index,
                                             int32_t lang);

/**
 * karier_decision_reasons_text - every reason of a refusal in @lang
 * (karier_lang), the sentences of karier_decision_check_message joined by
 * "; ": the failing checks of the shared rules and of the employee's own
 * route (the kind karier_decision_reason() prefers), those of the decisive
 * sort first (when waiting gives an earliest date, those waiting fixes;
 * otherwise those it cannot fix), then the route's others; when none of
 * those fails, every failing check.  "" for an eligible decision.  What a
 * list shows in one cell (the karier command's CSV and workbook).
 * snprintf rules.
 * Errors: KARIER_EINVAL (NULL decision, NULL @buf with @size > 0, @lang
 * not a karier_lang).
 * @since 0.1.0
 */
KARIER_API int karier_decision_reasons_text(char *buf, size_t size, const karier_decision *decision,
                                            int32_t lang);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_PROMOTION_H */
