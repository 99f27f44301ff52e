/*
 * karier/policy.h - every rule value as data: the embedded national default,
 * read and changed key by key, with the regulation each value comes from.
 *
 * SPDX-License-Identifier: MIT
 *
 * A policy holds two kinds of data:
 *
 *   Settings.  Named scalar values such as "kp.reguler.masa_golongan_tahun"
 *   (4, PP 99/2000 Ps7 as amended by PP 12/2002) or
 *   "pendidikan.s1.plafon_reguler" (III/d).  The list of keys is fixed by the
 *   library version and can be enumerated with karier_policy_setting_count()
 *   and karier_policy_setting_info(); docs/policy.md lists them all.  Each
 *   setting has a type that says how its int64 value is read:
 *
 *     KARIER_SETTING_INT         a count (years, months, JP, percent, ...)
 *     KARIER_SETTING_BOOL        0 or 1
 *     KARIER_SETTING_FIXED       hundredths (9000 is 90.00)
 *     KARIER_SETTING_GOLONGAN    a karier_golongan, 0 for "none"
 *     KARIER_SETTING_PENDIDIKAN  a karier_pendidikan, 0 for "none"
 *     KARIER_SETTING_PREDIKAT    a karier_predikat
 *     KARIER_SETTING_DATE        YYYYMMDD
 *     KARIER_SETTING_PELATIHAN   a karier_pelatihan, 0 for "none"
 *     KARIER_SETTING_PPPK_GOLONGAN a karier_pppk_golongan, 0 for "none"
 *
 *   The period calendar.  The kenaikan pangkat dates changed over time, so
 *   they are effective-dated regimes: from a date on, promotions take effect
 *   on day 1 of the months in a 12-bit month mask (bit 0 = January).  The
 *   national default has four regimes (PP 99/2000 Ps4; PP 12/2002; Peraturan
 *   BKN 4/2023; Peraturan BKN 4/2025).
 *
 * A policy is a single block of memory with no pointers inside: copying is
 * cheap, and a policy that is no longer changed may be shared by any number
 * of threads.  Setters validate the value against the setting's type and
 * range and leave the policy unchanged on failure.  Citations are static
 * strings describing the national default; a setter does not change them
 * (karier_policy_is_default tells whether a value was overridden).
 */
#ifndef KARIER_POLICY_H
#define KARIER_POLICY_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How a setting's int64 value is read. @since 0.1.0 */
typedef enum karier_setting_type {
	KARIER_SETTING_INT = 1,
	KARIER_SETTING_BOOL = 2,
	KARIER_SETTING_FIXED = 3,
	KARIER_SETTING_GOLONGAN = 4,
	KARIER_SETTING_PENDIDIKAN = 5,
	KARIER_SETTING_PREDIKAT = 6,
	KARIER_SETTING_DATE = 7,
	KARIER_SETTING_PELATIHAN = 8,
	KARIER_SETTING_PPPK_GOLONGAN = 9
} karier_setting_type;

/** Most period regimes a policy holds. */
#define KARIER_POLICY_MAX_PERIODS 16

/**
 * karier_policy_new_default - a new policy holding the embedded national
 * default.  Free it with karier_policy_free().
 * Errors: KARIER_EINVAL (NULL out), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_policy_new_default(karier_policy **out);

/**
 * karier_policy_copy - a new, independent copy of src.
 * Errors: KARIER_EINVAL (NULL), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_policy_copy(karier_policy **out, const karier_policy *src);

/** karier_policy_free - release a policy; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_policy_free(karier_policy *policy);

/** karier_policy_setting_count - the number of settings (fixed per version). @since 0.1.0 */
KARIER_API int32_t karier_policy_setting_count(void);

/**
 * karier_policy_setting_info - describe setting number @index
 * (0 .. count-1).  Every string is static.  Any out pointer may be NULL.
 *
 * @out_key          e.g. "kp.reguler.masa_golongan_tahun"
 * @out_type         a karier_setting_type
 * @out_citation     regulation and article of the default, and its evidence
 *                   level where the domain reference marks it UNCONFIRMED
 * @out_description  one English sentence saying what the value controls
 *
 * Errors: KARIER_ENOTFOUND (index out of range).
 * @since 0.1.0
 */
KARIER_API int karier_policy_setting_info(const char **out_key, int32_t *out_type,
                                          const char **out_citation,
                                          const char **out_description, int32_t index);

/**
 * karier_policy_setting_find - the index of a setting by key.
 * Errors: KARIER_EINVAL (NULL), KARIER_ENOTFOUND (no such key).
 * @since 0.1.0
 */
KARIER_API int karier_policy_setting_find(int32_t *out_index, const char *key);

/**
 * karier_policy_get - the value of a setting, in its type's integer form.
 * Errors: KARIER_EINVAL (NULL), KARIER_ENOTFOUND (no such key).
 * @since 0.1.0
 */
KARIER_API int karier_policy_get(int64_t *out, const karier_policy *policy, const char *key);

/**
 * karier_policy_set - change a setting.  The value must fit the setting's
 * type and documented range.
 * Errors: KARIER_EINVAL (NULL), KARIER_ENOTFOUND (no such key),
 * KARIER_ERANGE (value not allowed; the message gives the range).
 * @since 0.1.0
 */
KARIER_API int karier_policy_set(karier_policy *policy, const char *key, int64_t value);

/**
 * karier_policy_get_text - a setting's value as text: "4", "true",
 * "90.00", "III/d", "S1", "baik", "2025-10-01", "PKP", or "" for a
 * golongan, pendidikan or pelatihan of 0 ("none").  snprintf rules;
 * returns the length needed or a negative status.
 * @since 0.1.0
 */
KARIER_API int karier_policy_get_text(char *buf, size_t size, const karier_policy *policy,
                                      const char *key);

/**
 * karier_policy_set_text - change a setting from text in the form
 * karier_policy_get_text writes (codes in any accepted spelling; "" or
 * "none" for a golongan, pendidikan or pelatihan of 0).
 * Errors: as karier_policy_set, plus KARIER_EPARSE.
 * @since 0.1.0
 */
KARIER_API int karier_policy_set_text(karier_policy *policy, const char *key, const char *text);

/**
 * karier_policy_is_default - 1 if the setting still holds the national
 * default, 0 if it was changed, a negative status for a bad key.
 * @since 0.1.0
 */
KARIER_API int karier_policy_is_default(const karier_policy *policy, const char *key);

/** karier_policy_period_count - the number of period regimes. @since 0.1.0 */
KARIER_API int32_t karier_policy_period_count(const karier_policy *policy);

/**
 * karier_policy_period_get - regime number @index, in order of start date.
 * @out_from        first date the regime applies (YYYYMMDD)
 * @out_month_mask  bit m-1 set when the 1st of month m is a period date
 * @out_citation    the regulation (static; "policy" for a regime a user set)
 * Errors: KARIER_EINVAL (NULL policy), KARIER_ENOTFOUND (bad index).
 * @since 0.1.0
 */
KARIER_API int karier_policy_period_get(int32_t *out_from, int32_t *out_month_mask,
                                        const char **out_citation,
                                        const karier_policy *policy, int32_t index);

/**
 * karier_policy_period_set - add a regime starting on @from, or replace the
 * months of the regime that starts on that date.
 * Errors: KARIER_EINVAL (NULL), KARIER_ERANGE (invalid date, or a mask of
 * 0 or above 0xFFF), KARIER_ELIMIT (KARIER_POLICY_MAX_PERIODS reached).
 * @since 0.1.0
 */
KARIER_API int karier_policy_period_set(karier_policy *policy, int32_t from, int32_t month_mask);

/**
 * karier_policy_period_remove - drop the regime that starts on @from.
 * The last remaining regime cannot be removed.
 * Errors: KARIER_EINVAL (NULL, or removing the last regime),
 * KARIER_ENOTFOUND (no regime starts on that date).
 * @since 0.1.0
 */
KARIER_API int karier_policy_period_remove(karier_policy *policy, int32_t from);

/**
 * karier_policy_period_next - the first kenaikan pangkat period date on or
 * after @date under the regime in force on each candidate date.  Before
 * the first regime's start the first regime applies.  Examples with the
 * national default: 2023-05-10 -> 2023-10-01; 2023-11-15 -> 2024-02-01;
 * 2025-08-02 -> 2025-10-01; 2025-10-02 -> 2025-11-01.
 * Errors: KARIER_EINVAL (NULL), KARIER_ERANGE (invalid date or no period
 * date before the end of the supported range).
 * @since 0.1.0
 */
KARIER_API int karier_policy_period_next(int32_t *out, const karier_policy *policy, int32_t date);

/**
 * karier_policy_predikat_from_score - turn a legacy numeric kinerja score
 * (hundredths) of assessment year @year into a predikat with the policy's
 * bands: PP 46/2011 for years up to "kinerja.pp46.tahun_terakhir", PP 30/2019
 * after.  "Cukup" maps to butuh_perbaikan and "Buruk" to sangat_kurang.
 * Errors: KARIER_EINVAL (NULL), KARIER_ERANGE (negative score or a year out
 * of range).
 * @since 0.1.0
 */
KARIER_API int karier_policy_predikat_from_score(int32_t *out, const karier_policy *policy,
                                                 int32_t year, int32_t score_x100);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_POLICY_H */
