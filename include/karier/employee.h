/*
 * karier/employee.h - one civil servant: identity, status, education,
 * golongan, jabatan, and the histories the engines read.
 *
 * SPDX-License-Identifier: MIT
 *
 * An employee is built from its NIP (or NI PPPK) and status, which fix the
 * birth date and the TMT CPNS; every other fact is set or added by a
 * validating call that leaves the employee unchanged on failure.  Field
 * names in error messages are the dataset's column names (docs/dataset.md),
 * e.g. "tmt_golongan: 2031-01-01 is before ...".
 *
 * Protected attributes (sex, religion, origin, marital status, disability,
 * ...) have no place here.  The sex digit of the NIP is not stored.  The
 * birth date is kept because retirement and appointment age limits are
 * rules of law; the merit engine never reads it.
 *
 * Memory: a handle is one block (the fixed part, about 112 bytes, with its
 * pool), one growable array of 12-byte history records and one block of
 * text (names and codes, each code once), so three allocations whatever its
 * history.  Many employees are held more compactly still in a cohort
 * (karier/batch.h), whose employees are read-only views.
 */
#ifndef KARIER_EMPLOYEE_H
#define KARIER_EMPLOYEE_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Most history records of one kind (kinerja, kompetensi, pelatihan,
 *  disiplin, riwayat jabatan) one employee holds; one more is KARIER_ELIMIT. */
#define KARIER_HISTORY_MAX 4096

/**
 * karier_employee_new - a new employee.
 * @nip     18 digits, spaces allowed: a NIP for KARIER_STATUS_PNS and
 *          KARIER_STATUS_CPNS, an NI PPPK for KARIER_STATUS_PPPK
 * @status  a karier_status_pegawai
 * @policy  for NIP validation (nip.usia_minimum_tmt); NULL = national default
 * The birth date comes from the NIP; so does the TMT CPNS (day 1 of the NIP's
 * month) for a PNS/CPNS.  Both may be replaced by the setters below.
 * Errors: KARIER_EINVAL (NULL, bad status), KARIER_EPARSE / KARIER_ERANGE
 * (malformed NIP, message names the part), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_employee_new(karier_employee **out, const char *nip, int32_t status,
                                   const karier_policy *policy);

/** karier_employee_copy - an independent deep copy. @since 0.1.0 */
KARIER_API int karier_employee_copy(karier_employee **out, const karier_employee *src);

/** karier_employee_free - release an employee; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_employee_free(karier_employee *employee);

/* ---- Scalar facts ------------------------------------------------------- */

/** Errors: KARIER_EINVAL, KARIER_ERANGE (empty, longer than KARIER_NAME_MAX, invalid UTF-8). @since 0.1.0 */
KARIER_API int karier_employee_set_nama(karier_employee *employee, const char *nama);
/** Work unit, free text ("" clears it).  Errors as set_nama. @since 0.1.0 */
KARIER_API int karier_employee_set_unit_kerja(karier_employee *employee, const char *unit);
/**
 * Change the status.  PNS <-> CPNS keeps the golongan; a change between
 * PNS/CPNS and PPPK is refused (KARIER_EINVAL) because the NIP kinds differ.
 * @since 0.1.0
 */
KARIER_API int karier_employee_set_status(karier_employee *employee, int32_t status);
/** Birth date; must be before the TMT CPNS.  Errors: KARIER_ERANGE. @since 0.1.0 */
KARIER_API int karier_employee_set_tanggal_lahir(karier_employee *employee, int32_t date);
/** TMT CPNS (PNS/CPNS: also the TMT of the first golongan's service). @since 0.1.0 */
KARIER_API int karier_employee_set_tmt_cpns(karier_employee *employee, int32_t date);
/** Highest recognised education, a karier_pendidikan. @since 0.1.0 */
KARIER_API int karier_employee_set_pendidikan(karier_employee *employee, int32_t pendidikan);
/**
 * A diploma obtained but not yet recognised for the golongan (for
 * kenaikan pangkat penyesuaian ijazah); KARIER_PEND_NONE clears it.  It must
 * rank above the recognised pendidikan.
 * @since 0.1.0
 */
KARIER_API int karier_employee_set_pendidikan_baru(karier_employee *employee, int32_t pendidikan);
/**
 * Golongan ruang and its TMT, for PNS and CPNS (KARIER_EINVAL for PPPK).
 * The TMT may not precede the TMT CPNS.
 * @since 0.1.0
 */
KARIER_API int karier_employee_set_golongan(karier_employee *employee, int32_t golongan, int32_t tmt);
/** PPPK golongan I..XVII and its TMT, for PPPK only (KARIER_EINVAL otherwise). @since 0.1.0 */
KARIER_API int karier_employee_set_pppk_golongan(karier_employee *employee, int32_t golongan,
                                                 int32_t tmt);
/**
 * Current jabatan: its code (1..KARIER_CODE_MAX bytes), kind, jenjang (as for
 * karier_position_new) and TMT.
 * @since 0.1.0
 */
KARIER_API int karier_employee_set_jabatan(karier_employee *employee, const char *code,
                                           int32_t jabatan, int32_t jenjang, int32_t tmt);
/** Potensi from a competency assessment, hundredths 0..10000; -1 clears it. @since 0.1.0 */
KARIER_API int karier_employee_set_potensi(karier_employee *employee, int32_t potensi_x100);
/** Accumulated angka kredit, hundredths, >= 0; -1 clears it. @since 0.1.0 */
KARIER_API int karier_employee_set_angka_kredit(karier_employee *employee, int32_t ak_x100);
/** Highest ujian dinas passed, a karier_ujian_dinas. @since 0.1.0 */
KARIER_API int karier_employee_set_ujian_dinas(karier_employee *employee, int32_t level);
/**
 * karier_employee_set_ujian_penyesuaian - the date the employee passed the
 * ujian penyesuaian kenaikan pangkat that penyesuaian ijazah needs
 * (PP 99/2000 Ps18); 0 clears it.  Errors: KARIER_EINVAL (NULL),
 * KARIER_ERANGE (not a date).
 * @since 0.1.0
 */
KARIER_API int karier_employee_set_ujian_penyesuaian(karier_employee *employee, int32_t date);
/**
 * Mark (1) or unmark (0) a recognised prestasi kerja luar biasa, the
 * condition of PP 99/2000 Ps15 that the engine cannot infer from kinerja.
 * @since 0.1.0
 */
KARIER_API int karier_employee_set_prestasi_luar_biasa(karier_employee *employee, int32_t flag);

/* ---- Getters: NULL employee -> 0 or "" --------------------------------- */

/** karier_employee_nip - The 18-digit NIP or NI PPPK, without spaces. @since 0.1.0 */
KARIER_API const char *karier_employee_nip(const karier_employee *employee);
/** karier_employee_nama - The name ("" until set). @since 0.1.0 */
KARIER_API const char *karier_employee_nama(const karier_employee *employee);
/** karier_employee_unit_kerja - The work unit ("" until set). @since 0.1.0 */
KARIER_API const char *karier_employee_unit_kerja(const karier_employee *employee);
/** karier_employee_status - The karier_status_pegawai. @since 0.1.0 */
KARIER_API int32_t karier_employee_status(const karier_employee *employee);
/** karier_employee_tanggal_lahir - The birth date (from the NIP unless set). @since 0.1.0 */
KARIER_API int32_t karier_employee_tanggal_lahir(const karier_employee *employee);
/** karier_employee_tmt_cpns - The TMT CPNS (PNS/CPNS) or the first PPPK year as YYYY0101. @since 0.1.0 */
KARIER_API int32_t karier_employee_tmt_cpns(const karier_employee *employee);
/** karier_employee_pendidikan - The recognised karier_pendidikan, 0 until set. @since 0.1.0 */
KARIER_API int32_t karier_employee_pendidikan(const karier_employee *employee);
/** karier_employee_pendidikan_baru - A new, not yet recognised diploma, 0 if none. @since 0.1.0 */
KARIER_API int32_t karier_employee_pendidikan_baru(const karier_employee *employee);
/** Golongan ruang (PNS/CPNS) or PPPK golongan, per the status; 0 if unset. */
/** karier_employee_golongan - The golongan ruang (PNS/CPNS) or PPPK golongan, per the status; 0 if unset. @since 0.1.0 */
KARIER_API int32_t karier_employee_golongan(const karier_employee *employee);
/** karier_employee_tmt_golongan - The TMT of the current golongan, 0 if unset. @since 0.1.0 */
KARIER_API int32_t karier_employee_tmt_golongan(const karier_employee *employee);
/** karier_employee_jabatan_code - The code of the current jabatan ("" until set). @since 0.1.0 */
KARIER_API const char *karier_employee_jabatan_code(const karier_employee *employee);
/** karier_employee_jabatan - The karier_jabatan kind of the current jabatan, 0 until set. @since 0.1.0 */
KARIER_API int32_t karier_employee_jabatan(const karier_employee *employee);
/** karier_employee_jenjang - The karier_jenjang of the current jabatan, 0 if none. @since 0.1.0 */
KARIER_API int32_t karier_employee_jenjang(const karier_employee *employee);
/** karier_employee_tmt_jabatan - The TMT of the current jabatan, 0 until set. @since 0.1.0 */
KARIER_API int32_t karier_employee_tmt_jabatan(const karier_employee *employee);
/** Hundredths, or -1 when unknown. */
/** karier_employee_potensi - Potensi in hundredths, or -1 when unknown. @since 0.1.0 */
KARIER_API int32_t karier_employee_potensi(const karier_employee *employee);
/** Hundredths, or -1 when unknown. */
/** karier_employee_angka_kredit - Angka kredit in hundredths, or -1 when unknown. @since 0.1.0 */
KARIER_API int32_t karier_employee_angka_kredit(const karier_employee *employee);
/** karier_employee_ujian_dinas - The highest karier_ujian_dinas passed. @since 0.1.0 */
KARIER_API int32_t karier_employee_ujian_dinas(const karier_employee *employee);
/** karier_employee_prestasi_luar_biasa - 1 when a prestasi kerja luar biasa is recognised. @since 0.1.0 */
KARIER_API int32_t karier_employee_prestasi_luar_biasa(const karier_employee *employee);
/** karier_employee_ujian_penyesuaian - Date the ujian penyesuaian kenaikan pangkat was passed, 0 when not recorded. @since 0.1.0 */
KARIER_API int32_t karier_employee_ujian_penyesuaian(const karier_employee *employee);

/* ---- Histories --------------------------------------------------------- */

/**
 * karier_employee_set_kinerja - the predikat of assessment year @year
 * (1990..2199); replaces an existing entry for that year.
 * Errors: KARIER_EINVAL, KARIER_ERANGE, KARIER_ELIMIT, KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_employee_set_kinerja(karier_employee *employee, int32_t year, int32_t predikat);
/** The predikat of @year, or KARIER_PREDIKAT_NONE when that year is missing. @since 0.1.0 */
KARIER_API int32_t karier_employee_kinerja(const karier_employee *employee, int32_t year);
/** Number of kinerja years held. @since 0.1.0 */
KARIER_API int32_t karier_employee_kinerja_count(const karier_employee *employee);
/** Kinerja entry @index, in ascending year. Errors: KARIER_ENOTFOUND. @since 0.1.0 */
KARIER_API int karier_employee_kinerja_get(int32_t *out_year, int32_t *out_predikat,
                                           const karier_employee *employee, int32_t index);

/**
 * karier_employee_set_kompetensi - an assessed level (1..5) of competency
 * @code on @date (0 when undated).  For each code the latest-dated
 * assessment counts; an assessment with the same code and date replaces
 * the earlier one.
 * @since 0.1.0
 */
KARIER_API int karier_employee_set_kompetensi(karier_employee *employee, const char *code,
                                              int32_t level, int32_t date);
/** The level of @code that counts, or 0 when never assessed. @since 0.1.0 */
KARIER_API int32_t karier_employee_kompetensi(const karier_employee *employee, const char *code);
/** Number of distinct competency codes assessed. @since 0.1.0 */
KARIER_API int32_t karier_employee_kompetensi_count(const karier_employee *employee);
/** Competency @index (in order of code), its counting level and date. @since 0.1.0 */
KARIER_API int karier_employee_kompetensi_get(const char **out_code, int32_t *out_level,
                                              int32_t *out_date,
                                              const karier_employee *employee, int32_t index);

/**
 * karier_employee_add_pelatihan - a completed training: course @code,
 * completion @date, @jp hours of learning (1..2000), type @jenis
 * (karier_pelatihan).
 * @since 0.1.0
 */
KARIER_API int karier_employee_add_pelatihan(karier_employee *employee, const char *code,
                                             int32_t date, int32_t jp, int32_t jenis);
/** karier_employee_pelatihan_count - Number of training records. @since 0.1.0 */
KARIER_API int32_t karier_employee_pelatihan_count(const karier_employee *employee);
/** Training @index in order of completion date (then insertion). @since 0.1.0 */
KARIER_API int karier_employee_pelatihan_get(const char **out_code, int32_t *out_date,
                                             int32_t *out_jp, int32_t *out_jenis,
                                             const karier_employee *employee, int32_t index);

/**
 * karier_employee_add_disiplin - a discipline penalty of level @tingkat
 * (karier_disiplin), kind not recorded, in effect from @start; @end is the
 * day it ends (exclusive), or 0 when the record has no end date: the
 * penalty then runs for the policy's duration of its level
 * (disiplin.<level>.bulan).  @end must follow @start.
 * @since 0.1.0
 */
KARIER_API int karier_employee_add_disiplin(karier_employee *employee, int32_t tingkat,
                                            int32_t start, int32_t end);
/**
 * karier_employee_add_hukuman - a discipline penalty of kind @jenis
 * (karier_hukuman), whose level follows from the kind
 * (karier_hukuman_tingkat); @start and @end as for
 * karier_employee_add_disiplin.  An @end of 0 means the penalty runs for the
 * policy's duration of its kind, except KARIER_HUKUMAN_PDH, which never ends.
 * Errors: KARIER_EINVAL (NULL), KARIER_ERANGE (a kind not in the list, bad
 * dates), KARIER_ELIMIT.
 * @since 0.1.0
 */
KARIER_API int karier_employee_add_hukuman(karier_employee *employee, int32_t jenis,
                                           int32_t start, int32_t end);
/** karier_employee_disiplin_count - Number of discipline records. @since 0.1.0 */
KARIER_API int32_t karier_employee_disiplin_count(const karier_employee *employee);
/** karier_employee_disiplin_get - Discipline record @index, in order of start date. Errors: KARIER_ENOTFOUND. @since 0.1.0 */
KARIER_API int karier_employee_disiplin_get(int32_t *out_tingkat, int32_t *out_start,
                                            int32_t *out_end, const karier_employee *employee,
                                            int32_t index);
/** karier_employee_disiplin_get_jenis - the kind (karier_hukuman) of discipline record @index, 0 when only its level is known. Errors: KARIER_ENOTFOUND. @since 0.1.0 */
KARIER_API int karier_employee_disiplin_get_jenis(int32_t *out_jenis, const karier_employee *employee,
                                                  int32_t index);

/**
 * karier_employee_add_riwayat_jabatan - a past post of kind @jabatan and
 * @jenjang held from @start to @end (exclusive; end > start), used for
 * "years in the required prior post".  The current jabatan is not added
 * here.
 * @since 0.1.0
 */
KARIER_API int karier_employee_add_riwayat_jabatan(karier_employee *employee, int32_t jabatan,
                                                   int32_t jenjang, int32_t start, int32_t end);
/** karier_employee_riwayat_jabatan_count - Number of past posts. @since 0.1.0 */
KARIER_API int32_t karier_employee_riwayat_jabatan_count(const karier_employee *employee);
/** karier_employee_riwayat_jabatan_get - Past post @index, in order of start date. Errors: KARIER_ENOTFOUND. @since 0.1.0 */
KARIER_API int karier_employee_riwayat_jabatan_get(int32_t *out_jabatan, int32_t *out_jenjang,
                                                   int32_t *out_start, int32_t *out_end,
                                                   const karier_employee *employee,
                                                   int32_t index);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_EMPLOYEE_H */
