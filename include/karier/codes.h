/*
 * karier/codes.h - the domain's code lists: golongan, pendidikan, predikat,
 * jabatan kinds and jenjang, and the small enumerations used by records.
 *
 * SPDX-License-Identifier: MIT
 *
 * Every list is an enum whose values are stable.  One parser and one
 * formatter serve all lists, keyed by karier_code_type, so a binding wraps
 * three functions instead of thirty.  Parsing is case-insensitive and takes
 * the spellings found in Indonesian HR exports ("III/a", "III/A", "3a",
 * "3-a"; "S1", "S-1", "Strata 1"; "D4", "D-IV"; "Sangat Baik", "sangat_baik").
 *
 * Sources: golongan and pangkat PP 99/2000 Ps2 and Lampiran; PPPK golongan
 * Perpres 98/2020; pendidikan PP 98/2000 Ps11(4) jo PP 11/2002; predikat
 * PermenPANRB 6/2022 (legacy PP 30/2019 Ps41 and PP 46/2011); jabatan
 * UU 20/2023 Ps13-18 and PP 11/2017 Ps69; discipline PP 94/2021 Ps8.
 */
#ifndef KARIER_CODES_H
#define KARIER_CODES_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Which code list a value belongs to. @since 0.1.0 */
typedef enum karier_code_type {
	KARIER_CODE_GOLONGAN = 1,      /**< PNS golongan ruang, karier_golongan */
	KARIER_CODE_PPPK_GOLONGAN = 2, /**< PPPK golongan I..XVII, karier_pppk_golongan */
	KARIER_CODE_PENDIDIKAN = 3,    /**< karier_pendidikan */
	KARIER_CODE_PREDIKAT = 4,      /**< karier_predikat */
	KARIER_CODE_RATING = 5,        /**< karier_rating (ekspektasi) */
	KARIER_CODE_JABATAN = 6,       /**< karier_jabatan (kind of post) */
	KARIER_CODE_JENJANG = 7,       /**< karier_jenjang (JF level) */
	KARIER_CODE_STATUS = 8,        /**< karier_status_pegawai */
	KARIER_CODE_DISIPLIN = 9,      /**< karier_disiplin (penalty level) */
	KARIER_CODE_PELATIHAN = 10,    /**< karier_pelatihan (training type) */
	KARIER_CODE_UJIAN_DINAS = 11,  /**< karier_ujian_dinas */
	KARIER_CODE_MODA = 12,         /**< karier_moda (training mode) */
	KARIER_CODE_KP_JENIS = 13,     /**< karier_kp_jenis (karier/promotion.h) */
	KARIER_CODE_HUKUMAN = 14       /**< karier_hukuman (kind of discipline penalty) @since 0.1.0 */
} karier_code_type;

/** PNS golongan ruang, ordered: I/a = 1 .. IV/e = 17.  0 means none. @since 0.1.0 */
typedef enum karier_golongan {
	KARIER_GOL_NONE = 0,
	KARIER_GOL_IA = 1, KARIER_GOL_IB, KARIER_GOL_IC, KARIER_GOL_ID,
	KARIER_GOL_IIA = 5, KARIER_GOL_IIB, KARIER_GOL_IIC, KARIER_GOL_IID,
	KARIER_GOL_IIIA = 9, KARIER_GOL_IIIB, KARIER_GOL_IIIC, KARIER_GOL_IIID,
	KARIER_GOL_IVA = 13, KARIER_GOL_IVB, KARIER_GOL_IVC, KARIER_GOL_IVD, KARIER_GOL_IVE
} karier_golongan;

/**
 * PPPK golongan I = 1 .. XVII = 17.  A distinct type: no regulation equates
 * it with the PNS golongan ruang, and the library never converts one into
 * the other.  @since 0.1.0
 */
typedef enum karier_pppk_golongan {
	KARIER_PPPK_NONE = 0,
	KARIER_PPPK_I = 1,
	KARIER_PPPK_XVII = 17
} karier_pppk_golongan;

/**
 * Education levels, the rows of PP 98/2000 Ps11(4) as amended.  Sarjana Muda,
 * Akademi and Bakaloreat parse as D3; SLTA Kejuruan as SLTA.
 * @since 0.1.0
 */
typedef enum karier_pendidikan {
	KARIER_PEND_NONE = 0,
	KARIER_PEND_SD = 1,
	KARIER_PEND_SLTP = 2,
	KARIER_PEND_SLTP_KEJURUAN = 3,
	KARIER_PEND_SLTA = 4,
	KARIER_PEND_D1 = 5,
	KARIER_PEND_D2 = 6,
	KARIER_PEND_SGPLB = 7,
	KARIER_PEND_D3 = 8,
	KARIER_PEND_S1 = 9,
	KARIER_PEND_D4 = 10,
	KARIER_PEND_S2 = 11,
	KARIER_PEND_DOKTER = 12,
	KARIER_PEND_APOTEKER = 13,
	KARIER_PEND_S3 = 14
} karier_pendidikan;
#define KARIER_PEND_COUNT 14

/** Kinerja predikat, ordered worst to best. @since 0.1.0 */
typedef enum karier_predikat {
	KARIER_PREDIKAT_NONE = 0,
	KARIER_PREDIKAT_SANGAT_KURANG = 1,
	KARIER_PREDIKAT_KURANG = 2,
	KARIER_PREDIKAT_BUTUH_PERBAIKAN = 3, /**< "Cukup" under PP 30/2019 and PP 46/2011 */
	KARIER_PREDIKAT_BAIK = 4,
	KARIER_PREDIKAT_SANGAT_BAIK = 5
} karier_predikat;

/** A rating against expectation (hasil kerja, perilaku, 9-box kinerja axis). @since 0.1.0 */
typedef enum karier_rating {
	KARIER_RATING_NONE = 0,
	KARIER_RATING_BAWAH = 1,  /**< di bawah ekspektasi */
	KARIER_RATING_SESUAI = 2, /**< sesuai ekspektasi */
	KARIER_RATING_ATAS = 3    /**< di atas ekspektasi */
} karier_rating;

/** Kinds of jabatan (UU 20/2023: manajerial and nonmanajerial). @since 0.1.0 */
typedef enum karier_jabatan {
	KARIER_JAB_NONE = 0,
	KARIER_JAB_JPT_UTAMA = 1,
	KARIER_JAB_JPT_MADYA = 2,
	KARIER_JAB_JPT_PRATAMA = 3,
	KARIER_JAB_ADMINISTRATOR = 4,
	KARIER_JAB_PENGAWAS = 5,
	KARIER_JAB_PELAKSANA = 6,
	KARIER_JAB_FUNGSIONAL_KEAHLIAN = 7,
	KARIER_JAB_FUNGSIONAL_KETERAMPILAN = 8
} karier_jabatan;
#define KARIER_JAB_COUNT 8

/** Jenjang of a jabatan fungsional (PP 11/2017 Ps69). @since 0.1.0 */
typedef enum karier_jenjang {
	KARIER_JENJANG_NONE = 0,
	KARIER_JENJANG_AHLI_PERTAMA = 1,
	KARIER_JENJANG_AHLI_MUDA = 2,
	KARIER_JENJANG_AHLI_MADYA = 3,
	KARIER_JENJANG_AHLI_UTAMA = 4,
	KARIER_JENJANG_PEMULA = 5,
	KARIER_JENJANG_TERAMPIL = 6,
	KARIER_JENJANG_MAHIR = 7,
	KARIER_JENJANG_PENYELIA = 8
} karier_jenjang;
#define KARIER_JENJANG_COUNT 8

/** Employment status. @since 0.1.0 */
typedef enum karier_status_pegawai {
	KARIER_STATUS_NONE = 0,
	KARIER_STATUS_PNS = 1,
	KARIER_STATUS_CPNS = 2,
	KARIER_STATUS_PPPK = 3
} karier_status_pegawai;

/** Discipline penalty level (PP 94/2021 Ps8). @since 0.1.0 */
typedef enum karier_disiplin {
	KARIER_DISIPLIN_NONE = 0,
	KARIER_DISIPLIN_RINGAN = 1,
	KARIER_DISIPLIN_SEDANG = 2,
	KARIER_DISIPLIN_BERAT = 3
} karier_disiplin;

/**
 * The kind of a discipline penalty (jenis hukuman disiplin): the penalties of
 * PP 94/2021 Ps8, and the medium ones of PP 53/2010 Ps7(3) that PP 94/2021
 * Ps42 keeps in force until the PP on salary and allowances exists.  Each
 * kind has one level (karier_hukuman_tingkat) and its own effect on
 * kenaikan pangkat:
 *
 *   - every kind of a blocking level (disiplin.<level>.menghalangi) blocks
 *     promotion, appointment and the talent pool while it runs, from its
 *     start up to its end (exclusive);
 *   - KARIER_HUKUMAN_TUNDA_KP delays the kenaikan pangkat that falls due
 *     while the employee holds the golongan it was given in, by
 *     disiplin.jenis.tunda_kp.bulan months counted from the date the
 *     promotion was due, not from the penalty's start;
 *   - KARIER_HUKUMAN_PDH (dismissal) is the only kind that never ends;
 *   - a penalty without an end date runs for the policy's duration of its
 *     kind (disiplin.jenis.<kind>.bulan), or of its level when the kind is
 *     not known (disiplin.<level>.bulan).
 * @since 0.1.0
 */
typedef enum karier_hukuman {
	KARIER_HUKUMAN_NONE = 0,                  /**< kind not recorded: only the level is known */
	KARIER_HUKUMAN_TEGURAN_LISAN = 1,         /**< ringan, PP 94/2021 Ps8(2)a */
	KARIER_HUKUMAN_TEGURAN_TERTULIS = 2,      /**< ringan, Ps8(2)b */
	KARIER_HUKUMAN_PERNYATAAN_TIDAK_PUAS = 3, /**< ringan, Ps8(2)c */
	KARIER_HUKUMAN_POTONG_TUKIN_6 = 4,        /**< sedang, Ps8(3)a: tukin cut 25% for 6 months */
	KARIER_HUKUMAN_POTONG_TUKIN_9 = 5,        /**< sedang, Ps8(3)b: 9 months */
	KARIER_HUKUMAN_POTONG_TUKIN_12 = 6,       /**< sedang, Ps8(3)c: 12 months */
	KARIER_HUKUMAN_TURUN_JABATAN = 7,         /**< berat, Ps8(4)a: post lowered one level for 12 months */
	KARIER_HUKUMAN_BEBAS_JABATAN = 8,         /**< berat, Ps8(4)b: freed to pelaksana for 12 months */
	KARIER_HUKUMAN_PDH = 9,                   /**< berat, Ps8(4)c: dismissal (PDH-TAPS); never ends */
	KARIER_HUKUMAN_TUNDA_KGB = 10,            /**< sedang, PP 53/2010 Ps7(3)a: salary step delayed 1 year */
	KARIER_HUKUMAN_TUNDA_KP = 11,             /**< sedang, PP 53/2010 Ps7(3)b: kenaikan pangkat delayed 1 year */
	KARIER_HUKUMAN_TURUN_PANGKAT = 12         /**< sedang, PP 53/2010 Ps7(3)c: pangkat lowered one level for 1 year */
} karier_hukuman;

/** Training types (PP 11/2017 Ps210-217); leadership ones count for jabatan. @since 0.1.0 */
typedef enum karier_pelatihan {
	KARIER_PELATIHAN_LAINNYA = 0,
	KARIER_PELATIHAN_PKP = 1,    /**< Pelatihan Kepemimpinan Pengawas */
	KARIER_PELATIHAN_PKA = 2,    /**< Pelatihan Kepemimpinan Administrator */
	KARIER_PELATIHAN_PKN_II = 3, /**< Pelatihan Kepemimpinan Nasional Tingkat II */
	KARIER_PELATIHAN_PKN_I = 4,  /**< Pelatihan Kepemimpinan Nasional Tingkat I */
	KARIER_PELATIHAN_LATSAR = 5, /**< Pelatihan Dasar CPNS */
	KARIER_PELATIHAN_TEKNIS = 6,
	KARIER_PELATIHAN_FUNGSIONAL = 7,
	KARIER_PELATIHAN_SOSIAL_KULTURAL = 8
} karier_pelatihan;

/** Highest ujian dinas passed (PP 99/2000 Ps30-32). @since 0.1.0 */
typedef enum karier_ujian_dinas {
	KARIER_UJIAN_DINAS_NONE = 0,
	KARIER_UJIAN_DINAS_I = 1,
	KARIER_UJIAN_DINAS_II = 2
} karier_ujian_dinas;

/** Training mode (PP 11/2017 Ps212). @since 0.1.0 */
typedef enum karier_moda {
	KARIER_MODA_NONE = 0,
	KARIER_MODA_KLASIKAL = 1,
	KARIER_MODA_NONKLASIKAL = 2
} karier_moda;

/** Language of labels and messages. @since 0.1.0 */
typedef enum karier_lang {
	KARIER_LANG_ID = 0, /**< Bahasa Indonesia */
	KARIER_LANG_EN = 1  /**< English */
} karier_lang;

/**
 * karier_code_parse - read a code of the given list from text.
 * Surrounding spaces are ignored; matching is case-insensitive.
 *
 * Errors: KARIER_EINVAL (NULL, unknown type), KARIER_ENOTFOUND (no such
 * code in that list; the last error lists the accepted codes).
 * @since 0.1.0
 */
KARIER_API int karier_code_parse(int32_t *out, int32_t type, const char *text);

/**
 * karier_code_name - the canonical code of a value, as written in the CSV
 * dataset and the JSON output: "III/a", "XVII", "S1", "sangat_baik",
 * "jpt_pratama", "ahli_muda", "PNS", "sedang", "PKN_II", "II", "klasikal".
 * Returns a static string, or NULL for a value not in the list.
 * @since 0.1.0
 */
KARIER_API const char *karier_code_name(int32_t type, int32_t value);

/**
 * karier_code_label - a human label of a value in the given language: the
 * pangkat name for a golongan ("Penata Muda Tingkat I"), "Sangat Baik" or
 * "Very good" for a predikat, "Ahli Muda" for a jenjang, and so on.
 * Returns a static string, or NULL for a value not in the list.
 * @since 0.1.0
 */
KARIER_API const char *karier_code_label(int32_t type, int32_t value, int32_t lang);

/**
 * karier_pendidikan_rank - the order of education levels used when one
 * level is compared with a required minimum: SD 1, SLTP and SLTP Kejuruan 2,
 * SLTA 3, D1 4, D2 and SGPLB 5, D3 6, S1 and D4 7, S2, Dokter and Apoteker 8,
 * S3 9.  Returns 0 for a value not in the list.
 * @since 0.1.0
 */
KARIER_API int32_t karier_pendidikan_rank(int32_t pendidikan);

/**
 * karier_jenjang_jabatan - the jabatan kind a jenjang belongs to:
 * KARIER_JAB_FUNGSIONAL_KEAHLIAN or KARIER_JAB_FUNGSIONAL_KETERAMPILAN,
 * or KARIER_JAB_NONE for a value not in the list.
 * @since 0.1.0
 */
KARIER_API int32_t karier_jenjang_jabatan(int32_t jenjang);

/**
 * karier_hukuman_tingkat - the level (karier_disiplin) of a kind of penalty
 * (karier_hukuman) as PP 94/2021 Ps8 and PP 53/2010 Ps7 set it, or
 * KARIER_DISIPLIN_NONE for KARIER_HUKUMAN_NONE and values not in the list.
 * @since 0.1.0
 */
KARIER_API int32_t karier_hukuman_tingkat(int32_t jenis);

/**
 * karier_predikat_from_ratings - the predikat of PermenPANRB 6/2022 from the
 * rating of hasil kerja and of perilaku kerja (karier_rating values):
 *
 *     hasil \ perilaku   bawah           sesuai            atas
 *     atas               kurang          baik              sangat_baik
 *     sesuai             kurang          baik              baik
 *     bawah              sangat_kurang   butuh_perbaikan   butuh_perbaikan
 *
 * Errors: KARIER_EINVAL (NULL out), KARIER_ERANGE (a rating not 1..3).
 * @since 0.1.0
 */
KARIER_API int karier_predikat_from_ratings(int32_t *out, int32_t hasil_kerja, int32_t perilaku);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_CODES_H */
