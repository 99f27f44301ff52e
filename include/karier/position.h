/*
 * karier/position.h - a jabatan: its kind, jenjang, requirements and
 * competency standard.
 *
 * SPDX-License-Identifier: MIT
 *
 * A position's requirements default to the policy's values for its kind
 * ("jabatan.<kind>.*" settings).  A requirement set on the position itself
 * overrides the policy for that position only; a requirement cleared again
 * falls back to the policy.  The competency standard (standar kompetensi
 * jabatan, PermenPANRB 38/2017) lists a required level 1..5 per competency
 * code: the nine manajerial and sosial-kultural codes of the policy, or any
 * technical code of the instansi.
 */
#ifndef KARIER_POSITION_H
#define KARIER_POSITION_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Longest code (position, competency, course) in bytes, without the NUL. */
#define KARIER_CODE_MAX 31
/** Longest name in bytes, without the NUL. */
#define KARIER_NAME_MAX 159
/** Most competencies in one position's standard. */
#define KARIER_STANDARD_MAX 64

/** Requirements a position may set for itself. @since 0.1.0 */
typedef enum karier_requirement {
	KARIER_REQ_MIN_GOLONGAN = 1,   /**< karier_golongan; 0 = explicitly none */
	KARIER_REQ_MIN_PENDIDIKAN = 2, /**< karier_pendidikan; 0 = explicitly none */
	KARIER_REQ_BUP = 3,            /**< retirement age in years (batas usia pensiun) */
	KARIER_REQ_MAX_USIA = 4,       /**< oldest age at appointment, years; 0 = no limit */
	KARIER_REQ_PELATIHAN = 5,      /**< required leadership training, karier_pelatihan; 0 = none */
	KARIER_REQ_MASA_JABATAN_SEBELUMNYA = 6, /**< years in the required prior post */
	KARIER_REQ_PENGALAMAN = 7,     /**< years of experience (masa kerja) */
	KARIER_REQ_TAHUN_KINERJA = 8   /**< years of kinerja at least baik */
} karier_requirement;
#define KARIER_REQ_COUNT 8

/**
 * karier_position_new - a new position.
 * @code    unique code, 1..KARIER_CODE_MAX bytes, no control characters
 * @name    1..KARIER_NAME_MAX bytes of UTF-8
 * @jabatan a karier_jabatan kind
 * @jenjang a karier_jenjang: required for the fungsional kinds and of the
 *          matching family (ahli_* for keahlian, the others for
 *          keterampilan); must be KARIER_JENJANG_NONE for other kinds
 * Errors: KARIER_EINVAL (NULL, bad kind, jenjang not matching the kind),
 * KARIER_ERANGE (code or name empty or too long, invalid UTF-8),
 * KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_position_new(karier_position **out, const char *code, const char *name,
                                   int32_t jabatan, int32_t jenjang);

/** karier_position_copy - an independent copy. Errors: KARIER_EINVAL, KARIER_ENOMEM. @since 0.1.0 */
KARIER_API int karier_position_copy(karier_position **out, const karier_position *src);

/** karier_position_free - release a position; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_position_free(karier_position *position);

/** Getters; borrowed strings live as long as the position.  NULL -> "" or 0. @since 0.1.0 */
KARIER_API const char *karier_position_code(const karier_position *position);
/** karier_position_name - The position name (borrowed). @since 0.1.0 */
KARIER_API const char *karier_position_name(const karier_position *position);
/** karier_position_jabatan - The karier_jabatan kind. @since 0.1.0 */
KARIER_API int32_t karier_position_jabatan(const karier_position *position);
/** karier_position_jenjang - The karier_jenjang, 0 for non-fungsional kinds. @since 0.1.0 */
KARIER_API int32_t karier_position_jenjang(const karier_position *position);

/**
 * karier_position_add_pendidikan - accept diploma @pendidikan (a
 * karier_pendidikan) as fitting this post, for penyesuaian ijazah
 * (PP 99/2000 Ps18: the diploma must fit the post).  A position with no
 * accepted diploma has no list, and the check says it could not compare.
 * Errors: KARIER_EINVAL (NULL), KARIER_ERANGE (not a pendidikan).
 * @since 0.1.0
 */
KARIER_API int karier_position_add_pendidikan(karier_position *position, int32_t pendidikan);
/** karier_position_accepts_pendidikan - 1 when @pendidikan is in the post's list of accepted diplomas, else 0. @since 0.1.0 */
KARIER_API int32_t karier_position_accepts_pendidikan(const karier_position *position, int32_t pendidikan);

/**
 * karier_position_set_requirement - override one requirement for this
 * position.  The value is checked against the requirement's kind (a real
 * golongan, pendidikan or pelatihan code; ages 18..80; years 0..50).
 * Errors: KARIER_EINVAL (NULL, unknown requirement), KARIER_ERANGE.
 * @since 0.1.0
 */
KARIER_API int karier_position_set_requirement(karier_position *position, int32_t requirement,
                                               int64_t value);

/**
 * karier_position_clear_requirement - drop an override; the policy's value
 * for the kind applies again.  Clearing one that is not set is not an error.
 * @since 0.1.0
 */
KARIER_API int karier_position_clear_requirement(karier_position *position, int32_t requirement);

/**
 * karier_position_requirement - the position's own value of a requirement.
 * Errors: KARIER_EINVAL, KARIER_ENOTFOUND (not set: the policy applies).
 * @since 0.1.0
 */
KARIER_API int karier_position_requirement(int64_t *out, const karier_position *position,
                                           int32_t requirement);

/**
 * karier_position_set_standard - require @level (1..5) of competency @code;
 * replaces the level if the code is already in the standard.
 * Errors: KARIER_EINVAL (NULL), KARIER_ERANGE (level, code length),
 * KARIER_ELIMIT (KARIER_STANDARD_MAX codes), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_position_set_standard(karier_position *position, const char *code,
                                            int32_t level);

/**
 * karier_position_remove_standard - drop a competency from the standard.
 * Errors: KARIER_EINVAL, KARIER_ENOTFOUND.
 * @since 0.1.0
 */
KARIER_API int karier_position_remove_standard(karier_position *position, const char *code);

/** karier_position_standard_count - competencies in the standard. @since 0.1.0 */
KARIER_API int32_t karier_position_standard_count(const karier_position *position);

/**
 * karier_position_standard_get - entry @index of the standard, in the order
 * the codes were first added.  @out_code is borrowed from the position.
 * Errors: KARIER_EINVAL, KARIER_ENOTFOUND (index out of range).
 * @since 0.1.0
 */
KARIER_API int karier_position_standard_get(const char **out_code, int32_t *out_level,
                                            const karier_position *position, int32_t index);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_POSITION_H */
