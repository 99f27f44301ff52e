/*
 * karier/io.h - files: the policy as JSON, and the employee dataset as a
 * folder of CSV files (docs/dataset.md).  This is the one part of the
 * library that reads files, and only the ones a caller names.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef KARIER_IO_H
#define KARIER_IO_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * karier_free_string - release a string the library allocated for the
 * caller (karier_policy_to_json).  NULL is ignored.
 * @since 0.1.0
 */
KARIER_API void karier_free_string(char *text);

/* ---- policy as JSON ---------------------------------------------------- */

/**
 * karier_policy_to_json - the whole policy as JSON text:
 *
 *     {"libkarier_policy": 1,
 *      "settings": {"nip.usia_minimum_tmt": 18, "pendidikan.sd.golongan_awal": "I/a", ...},
 *      "periode": [{"mulai": "2000-11-10", "bulan": [1, 4, 7, 10], "sumber": "PP 99/2000 Ps4 (TEXT)"}, ...],
 *      "sumber": {"nip.usia_minimum_tmt": "PerKa BKN 22/2007 ...", ...}}
 *
 * Settings of type int are JSON integers, fixed are numbers with at most
 * two decimals, bool are true/false, codes and dates are strings ("" for
 * none).  "sumber" repeats each setting's citation for the reader; loading
 * ignores it.  Free the text with karier_free_string().
 * Errors: KARIER_EINVAL, KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_policy_to_json(char **out_text, const karier_policy *policy);

/**
 * karier_policy_load_json - apply a policy file over @policy: every
 * setting named in "settings" is set, and "periode", when present, replaces
 * the whole period calendar.  Settings the file does not name keep their
 * values, so a regional file may hold only its differences from the
 * national default.  All or nothing: on any error @policy is unchanged.
 * The message is "FILE:LINE:COLUMN: KEY: problem", e.g.
 * "policy.json:12:5: kp.reguler.masa_golongan_tahun: -1 is outside 0..20".
 * Errors: KARIER_EINVAL (NULL), KARIER_EIO (cannot read), KARIER_EFORMAT
 * (not JSON, or not a policy), KARIER_ENOTFOUND (unknown setting),
 * KARIER_ERANGE / KARIER_EPARSE (a bad value), KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_policy_load_json(karier_policy *policy, const char *path);

/**
 * karier_policy_load_json_text - as karier_policy_load_json, from text in
 * memory; @name is the file name used in messages.
 * @since 0.1.0
 */
KARIER_API int karier_policy_load_json_text(karier_policy *policy, const char *text, const char *name);

/* ---- decisions, merit results and employees as JSON --------------------- */

/**
 * karier_decision_to_json - a decision as one JSON object, the shape of a
 * `karier promotion --format jsonl` line (docs/output.md; the command's lines
 * come from this function): with @employee (may be NULL) its "nip", "nama"
 * and "golongan", then "eligible", "jenis", "golongan_baru", "tanggal",
 * "tanggal_paling_awal", "tanggal_pensiun" and "checks" (each with "code",
 * "ok", "required", "actual", "message" in @lang, "ref", "jenis",
 * "menunggu", "asumsi").  Codes are canonical names, dates "YYYY-MM-DD",
 * values in hundredths JSON numbers with at most two decimals.  With
 * KARIER_JSON_FAILED_CHECKS in @flags, "checks" holds only the checks that
 * failed (`karier promotion --checks failed`), else every one.  Free the
 * text with karier_free_string().  Errors: KARIER_EINVAL, KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_decision_to_json(char **out_json, const karier_decision *decision,
                                       const karier_employee *employee, int32_t lang, int32_t flags);
/** karier_decision_to_json flag: only the failed checks. @since 0.1.0 */
#define KARIER_JSON_FAILED_CHECKS 1

/**
 * karier_json_quote - @text as a JSON string, quoted and escaped as every
 * JSON text of the library is (the to-JSON functions below write their
 * strings through the same code): `"` and `\` escaped with a backslash,
 * the control characters as \b \f \n \r \t or \u00XX (upper-case hex), all
 * other bytes, UTF-8 included, as they are; "Nur \"Ani\"" for Nur "Ani".
 * For a program that writes lines of its own beside the library's (the
 * karier command's report does).  snprintf rules: returns the length of
 * the quoted text (without its NUL) and writes it into @buf when @size
 * exceeds that length, else its first @size - 1 bytes; 6 * strlen(@text)
 * + 3 bytes always suffice.  Errors: KARIER_EINVAL (NULL @text, NULL @buf
 * with @size > 0, @text not UTF-8: the message names the byte),
 * KARIER_ERANGE (quoted, more than INT_MAX bytes).
 * @since 0.1.0
 */
KARIER_API int karier_json_quote(char *buf, size_t size, const char *text);

/**
 * karier_merit_to_json - a merit result as one JSON object, the shape of a
 * `karier merit --format jsonl` line: "nip" and "nama" (with @employee),
 * "skor", "komponen" (five numbers or null), "tidak_ada", "kotak",
 * "kinerja_sumbu", "potensi_sumbu", "kelompok_rencana_suksesi",
 * "krs_tidak_memenuhi".  Free with karier_free_string().  @since 0.1.0
 */
KARIER_API int karier_merit_to_json(char **out_json, const karier_merit *merit, const karier_employee *employee);

/**
 * karier_plan_to_json - a training plan as the JSON of a `karier training`
 * line's plan part: "nip" and "nama" (with @employee), "jabatan" (@position's
 * code, or null), "jpm", "kategori_jpm", "kesenjangan" ({"kompetensi",
 * "standar", "aktual", "selisih"}), "rencana" ({"kode", "kompetensi", "jp",
 * "biaya"}) and "tidak_tertutup" (the gaps no course closes).  @plan may be
 * NULL (an employee with no post to measure against): "jpm" and
 * "kategori_jpm" are then null and the arrays empty.  The command adds the
 * JP ledger ("jp_tahun", ...) and "didanai" after these.  @since 0.1.0
 */
KARIER_API int karier_plan_to_json(char **out_json, const karier_plan *plan, const karier_employee *employee,
                                   const karier_position *position);

/**
 * karier_allocation_to_json - an allocation's summary as the last line of
 * `karier training` with a budget: {"ringkasan": {"anggaran_idr",
 * "terpakai_idr", "anggaran_jp", "terpakai_jp", "nilai", "batas_atas",
 * "metode", "selisih_batas"}}; the budgets it was given (KARIER_NO_LIMIT:
 * null).  @since 0.1.0
 */
KARIER_API int karier_allocation_to_json(char **out_json, const karier_allocation *allocation, int64_t budget_idr,
                                         int64_t budget_jp);

/**
 * karier_rencana_to_json - a plan as one JSON object, the line of
 * `karier rencana --format jsonl`: "nip", "nama", "golongan", "jabatan"
 * (with @employee), "dari", "sampai", "tanggal_pensiun", "asumsi"
 * ({"predikat", "sejak_tahun"}), and "langkah": each step with "langkah"
 * ("kenaikan_pangkat", "jabatan", "pelatihan", "pensiun") and "tanggal";
 * a kenaikan_pangkat step "golongan_baru", "jenis" and its "checks"; a
 * jabatan step "golongan", "ke", "jalur", "kesenjangan", "jp", "biaya" and
 * "checks"; a pelatihan step "jp", "biaya", "jp_kurang".  @lang and @flags
 * as karier_decision_to_json.  @since 0.1.0
 */
KARIER_API int karier_rencana_to_json(char **out_json, const karier_rencana *rencana, const karier_employee *employee,
                                      int32_t lang, int32_t flags);

/**
 * karier_position_from_json - a new position from one JSON object, a
 * "jabatan" element of jabatan.json (karier_positions_to_json): "kode",
 * "nama", "jenis", "jenjang", "persyaratan", "standar",
 * "pendidikan_diterima"; read as strictly as the file.  @since 0.1.0
 */
KARIER_API int karier_position_from_json(karier_position **out, const char *json);

/**
 * karier_catalog_add_json - add one course from a JSON object, a "pelatihan"
 * element of katalog.json ({"kode", "nama", "kompetensi", "level_min",
 * "level_hasil", "jp", "biaya", "moda"}), checked as karier_catalog_add
 * checks it; the catalogue is unchanged on failure.  @since 0.1.0
 */
KARIER_API int karier_catalog_add_json(karier_catalog *catalog, const char *json);

/**
 * karier_employee_from_json - a new employee from one JSON object: the
 * columns of pegawai.csv as keys ("nip" and "status" required; "golongan"
 * with "tmt_golongan"; "jabatan" (its code) with "jenis_jabatan", "jenjang"
 * and "tmt_jabatan"), dates as "YYYY-MM-DD" text, codes as text in any
 * accepted spelling or as their numbers, "potensi" and "angka_kredit" as
 * numbers with at most two decimals, and the histories as arrays of objects
 * with the columns of their files: "kinerja" ({"tahun", "predikat" or
 * "nilai"}), "kompetensi" ({"kompetensi", "level", "tanggal"}), "pelatihan"
 * ({"kode", "tanggal_selesai", "jp", "jenis"}), "disiplin" ({"tingkat" or
 * "jenis", "tmt_mulai", "tmt_selesai"}), "riwayat_jabatan" ({"jenis",
 * "jenjang", "tmt_mulai", "tmt_selesai"}).  A database row as it comes.
 * Every key is checked: an unknown key, a value of the wrong type or one the
 * setters refuse is KARIER_EFORMAT or the setter's status, with a message
 * naming the key ("pegawai: kinerja[1].predikat: ...").  @policy (may be
 * NULL) as for karier_employee_new.  @since 0.1.0
 */
KARIER_API int karier_employee_from_json(karier_employee **out, const char *json, const karier_policy *policy);

/* ---- positions and catalogue as JSON ------------------------------------- */

/**
 * karier_positions_to_json - @n positions as JSON text:
 *
 *     {"libkarier_positions": 1,
 *      "jabatan": [{"kode": "KASUBAG", "nama": "Kepala Subbagian Umum", "jenis": "pengawas",
 *                   "jenjang": null,
 *                   "persyaratan": {"min_golongan": "III/b", "bup": 58},
 *                   "standar": {"INTEGRITAS": 3, "KERJASAMA": 3}}, ...]}
 *
 * "persyaratan" holds the requirements the position sets itself, by the
 * names min_golongan, min_pendidikan, bup, usia_maksimum, pelatihan,
 * masa_jabatan_sebelumnya, pengalaman, tahun_kinerja.  Free the text with
 * karier_free_string().  Errors: KARIER_EINVAL, KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_positions_to_json(char **out_text, const karier_position *const *positions,
                                        int32_t n);

/**
 * karier_catalog_to_json - the catalogue as JSON text:
 *
 *     {"libkarier_catalog": 1,
 *      "pelatihan": [{"kode": "INT-1", "nama": "...", "kompetensi": "INTEGRITAS", "level_min": 1,
 *                     "level_hasil": 2, "jp": 8, "biaya": 400000, "moda": "nonklasikal"}, ...]}
 *
 * Free the text with karier_free_string().
 * @since 0.1.0
 */
KARIER_API int karier_catalog_to_json(char **out_text, const karier_catalog *catalog);

/**
 * karier_catalog_load_json_text - add every course of a catalogue JSON text
 * (as karier_catalog_to_json writes) to @catalog.  All or nothing.  Errors
 * name the place and the course: "katalog.json:9:7: INT-2: level_hasil: 2
 * for course INT-2 is outside 3..5".  Errors: KARIER_EINVAL, KARIER_EFORMAT,
 * KARIER_ERANGE, KARIER_EEXISTS, KARIER_ENOMEM.
 * @since 0.1.0
 */
KARIER_API int karier_catalog_load_json_text(karier_catalog *catalog, const char *text,
                                             const char *name);

/* ---- the employee dataset ---------------------------------------------- */

/**
 * Limits of what is read, so that a hostile or mistaken file cannot take
 * memory without bound: a JSON file (a policy, jabatan.json, katalog.json)
 * of at most KARIER_JSON_MAX bytes, and a CSV row (quoted line breaks
 * included) of at most KARIER_CSV_ROW_MAX bytes.  Past either, the file is
 * an error saying so.  These are the national defaults of the policy
 * settings dataset.json_maks_mib and dataset.baris_csv_maks_mib, which a
 * policy file may raise or lower. @since 0.1.0
 */
#define KARIER_JSON_MAX (64 * 1024 * 1024)
#define KARIER_CSV_ROW_MAX (16 * 1024 * 1024) /**< @since 0.1.0 */

/** Dataset flags. @since 0.1.0 */
#define KARIER_DATASET_SKIP_BAD_ROWS 1 /**< drop rows with errors, keep the rest */
/** Read kompetensi.csv and kinerja.csv (without kompetensi.csv: kinerja.csv
 * and pelatihan.csv; without pelatihan.csv: kompetensi.csv) on a second
 * thread while pegawai.csv and the other history files are read; the dataset
 * and its diagnostics are the same either way. @since 0.1.0 */
#define KARIER_DATASET_THREADS 2
/** Leave kompetensi.csv unread (usually the largest file): the employees
 * have no competency levels, the file gives no diagnostic, and
 * karier_dataset_has_file says 0 for it.  For a caller that wants only
 * promotion decisions (kenaikan pangkat), which never look at competencies;
 * merit scores and training plans need the file read. @since 0.1.0 */
#define KARIER_DATASET_NO_KOMPETENSI 4
/** Leave pelatihan.csv unread: the employees have no training records (no
 * JP done, no course passed), the file gives no diagnostic, and
 * karier_dataset_has_file says 0 for it.  For a caller that wants only merit
 * scores and the 9-box against the employees' own posts, which never look
 * at training; appointment checks, training plans, the JP ledger and
 * kenaikan pangkat need the file read. @since 0.1.0 */
#define KARIER_DATASET_NO_PELATIHAN 8

/** Severity of a diagnostic. @since 0.1.0 */
#define KARIER_DIAG_ERROR 1
#define KARIER_DIAG_WARNING 2

/**
 * karier_dataset_load - read the dataset in folder @dir: pegawai.csv
 * (required), and when present kinerja.csv, kompetensi.csv, pelatihan.csv,
 * disiplin.csv, jabatan.csv, standar_kompetensi.csv, katalog.csv,
 * riwayat_jabatan.csv, pola_karier.csv.  jabatan.json may stand instead of jabatan.csv with
 * standar_kompetensi.csv, and katalog.json instead of katalog.csv (the
 * formats of karier_positions_to_json and karier_catalog_to_json); a folder
 * holding both forms of the same data is an error.  Every problem in every file is reported in one
 * pass as a diagnostic with file, line, column, column name and value.
 *
 * Returns KARIER_OK when there is no error (warnings, such as unknown
 * columns, are allowed), or when KARIER_DATASET_SKIP_BAD_ROWS is given (rows
 * with errors are then left out, and rows that refer to them too).
 * Returns KARIER_EFORMAT when there are errors and the flag is not given.
 * In BOTH cases *out receives a dataset that the caller frees: with
 * KARIER_EFORMAT it holds the diagnostics and no data, so nothing can be
 * computed from a dataset with errors by accident.  On other errors (NULL
 * arguments, KARIER_EIO for a missing folder or pegawai.csv, KARIER_ENOMEM)
 * *out is untouched.
 * @policy   for NIP validation and legacy kinerja scores; NULL = default
 * @flags    KARIER_DATASET_SKIP_BAD_ROWS, KARIER_DATASET_THREADS (one more
 *           thread, started and joined within the call),
 *           KARIER_DATASET_NO_KOMPETENSI, KARIER_DATASET_NO_PELATIHAN, or 0;
 *           other bits are KARIER_EINVAL
 * @since 0.1.0
 */
KARIER_API int karier_dataset_load(karier_dataset **out, const char *dir,
                                   const karier_policy *policy, int32_t flags);

/** Most columns karier_dataset_load_columns keeps, and the longest name. @since 0.1.0 */
#define KARIER_DATASET_MAX_COLUMNS 8
#define KARIER_COLUMN_NAME_MAX 64

/**
 * karier_dataset_load_columns - karier_dataset_load, also keeping the text
 * of @ncolumns columns of pegawai.csv named in @columns (matched without
 * regard to case, like every header): columns the library does not read
 * (agama, jabatan_fungsional, lokasi ...) or ones it does (unit_kerja), for
 * an audit by group or a report.  A named column missing from the header
 * is an error diagnostic (COLUMN_MISSING, with a did-you-mean when a header
 * is close), as a required column's is.  Read the text with
 * karier_dataset_employee_column.
 * Errors: as karier_dataset_load; KARIER_EINVAL (NULL columns with
 * ncolumns > 0, more than KARIER_DATASET_MAX_COLUMNS, a NULL or empty name
 * or one longer than KARIER_COLUMN_NAME_MAX bytes, a name given twice).
 * @since 0.1.0
 */
KARIER_API int karier_dataset_load_columns(karier_dataset **out, const char *dir, const karier_policy *policy,
                                           int32_t flags, const char *const *columns, int32_t ncolumns);

/**
 * karier_dataset_employee_column - employee @index's text in a column kept
 * by karier_dataset_load_columns, trimmed ("" for an empty cell), borrowed
 * from the dataset; NULL for a column not kept or an index out of range.
 * @since 0.1.0
 */
KARIER_API const char *karier_dataset_employee_column(const karier_dataset *dataset, int32_t index, const char *column);

/**
 * karier_dataset_pola - the pola karier of the dataset (karier/rencana.h),
 * borrowed: the moves of pola_karier.csv (columns dari, ke, jalur, and
 * optional min_bulan and keterangan; every row checked as karier_pola_add
 * checks it, errors with file:line:column), or, without that file, the
 * default ladder of the positions (karier_dataset_pola_is_default says
 * which); and the kebutuhan column of jabatan.csv.  Empty without
 * positions.  @since 0.1.0
 */
KARIER_API const karier_pola *karier_dataset_pola(const karier_dataset *dataset);
/** karier_dataset_pola_is_default - 1 when the dataset has no pola_karier.csv and its pola is the default ladder. @since 0.1.0 */
KARIER_API int32_t karier_dataset_pola_is_default(const karier_dataset *dataset);

/** karier_dataset_free - release a dataset; NULL is ignored. @since 0.1.0 */
KARIER_API void karier_dataset_free(karier_dataset *dataset);

/**
 * At most this many diagnostics of one file are listed (the default of the
 * policy setting dataset.diagnostik_per_file); the rest are counted
 * (karier_dataset_error_count counts every error) and summed up in one more
 * diagnostic at the end of that file's, so a file of bad rows cannot take
 * memory without bound. @since 0.1.0
 */
#define KARIER_DIAGNOSTICS_PER_FILE 1000
/**
 * At most this many diagnostics of one code (NIP_UNKNOWN, VALUE_DATE, ...)
 * of one file are listed (the default of the policy setting
 * dataset.diagnostik_per_jenis); the rest are counted and summed up in one
 * DIAG_MORE diagnostic per code at the end of that file's, whose value is
 * the code.  A misspelt NIP column thus costs 20 lines and one count, not
 * thousands. @since 0.1.0
 */
#define KARIER_DIAGNOSTICS_PER_KIND 20

/** Diagnostics: errors and warnings, in file order. @since 0.1.0 */
KARIER_API int32_t karier_dataset_diagnostic_count(const karier_dataset *dataset);
/** Errors only, listed or not (at most INT32_MAX). @since 0.1.0 */
KARIER_API int32_t karier_dataset_error_count(const karier_dataset *dataset);

/**
 * karier_dataset_diagnostic_get - diagnostic @index: severity
 * (KARIER_DIAG_*), file name, line and column (1-based, 64-bit: a file
 * may hold more than 2^31 lines; 0 when the whole file is meant; the column
 * counts bytes from the line's start), column name ("" when none), the value found and the
 * message saying what was expected.  Strings are borrowed from the dataset.
 * @since 0.1.0
 */
KARIER_API int karier_dataset_diagnostic_get(int32_t *out_severity, const char **out_file,
                                             int64_t *out_line, int64_t *out_column,
                                             const char **out_column_name,
                                             const char **out_value, const char **out_message,
                                             const karier_dataset *dataset, int32_t index);

/**
 * karier_dataset_diagnostic_text - diagnostic @index's stable code and its
 * message in @lang (KARIER_LANG_ID or KARIER_LANG_EN).  The code never
 * changes with the language: a program keys on it (docs/dataset.md lists
 * every code).  karier_dataset_diagnostic_get() gives the English message.
 * Where a value breaks one of the library's own rules (VALUE_RULE,
 * VALUE_DATE, VALUE_CODE, FILE_UNREADABLE, JSON), the English message is
 * that rule's text and the Indonesian one says the same in general words,
 * carrying the rule's text where it names a limit. Strings are borrowed from
 * the dataset. @since 0.1.0
 */
KARIER_API int karier_dataset_diagnostic_text(const char **out_code, const char **out_message,
                                              const karier_dataset *dataset, int32_t index, int32_t lang);

/** Employees, in the order of pegawai.csv (bad rows left out). @since 0.1.0 */
KARIER_API int32_t karier_dataset_employee_count(const karier_dataset *dataset);
/** Employee @index, borrowed from the dataset; NULL when out of range. @since 0.1.0 */
KARIER_API const karier_employee *karier_dataset_employee(const karier_dataset *dataset,
                                                          int32_t index);
/**
 * karier_dataset_employee_find - the index of the employee with @nip, for
 * karier_dataset_employee(): a hash lookup, not a scan.  Errors as
 * karier_cohort_find.  @since 0.1.0
 */
KARIER_API int karier_dataset_employee_find(int32_t *out_index, const karier_dataset *dataset, const char *nip);
/** The position of employee @index's current jabatan, or NULL. @since 0.1.0 */
KARIER_API const karier_position *karier_dataset_employee_position(const karier_dataset *dataset,
                                                                   int32_t index);
/**
 * karier_dataset_cohort - the employees as a cohort (karier/batch.h), each
 * with its current position, for karier_cohort_evaluate(); borrowed.  The
 * reader fills it directly: no handle per employee.
 * @since 0.1.0
 */
KARIER_API const karier_cohort *karier_dataset_cohort(const karier_dataset *dataset);
/** Positions of jabatan.csv, in file order. @since 0.1.0 */
KARIER_API int32_t karier_dataset_position_count(const karier_dataset *dataset);
/** karier_dataset_position - Position @index of the positions file, borrowed; NULL when out of range. @since 0.1.0 */
KARIER_API const karier_position *karier_dataset_position(const karier_dataset *dataset,
                                                          int32_t index);
/** The position with @code, or NULL. @since 0.1.0 */
KARIER_API const karier_position *karier_dataset_position_find(const karier_dataset *dataset,
                                                               const char *code);
/** The catalogue of katalog.csv (empty when the file is absent); borrowed. @since 0.1.0 */
KARIER_API const karier_catalog *karier_dataset_catalog(const karier_dataset *dataset);
/** 1 when the optional file @name (e.g. "kinerja.csv") was present. @since 0.1.0 */
KARIER_API int32_t karier_dataset_has_file(const karier_dataset *dataset, const char *name);
/**
 * karier_dataset_file_name - the name of the dataset's file @index
 * (0 = "pegawai.csv", then the other CSV files, the two JSON forms and
 * pola_karier.csv); NULL
 * past the last, so a caller can list every file without knowing them.
 * @since 0.1.0
 */
KARIER_API const char *karier_dataset_file_name(int32_t index);
/**
 * karier_dataset_skipped_rows - how many data rows of file @name (e.g.
 * "kinerja.csv") were left out: rows with an error (a bad value, a wrong
 * number of fields, a byte that is not text) and rows that refer to a
 * pegawai.csv row with an error.  With KARIER_DATASET_SKIP_BAD_ROWS this is
 * what the computation lacks; without it, what would be skipped.  0 for a
 * file not read, a JSON file (an error there refuses the whole file), or a
 * name that is not one of the dataset's files.
 * @since 0.1.0
 */
KARIER_API int64_t karier_dataset_skipped_rows(const karier_dataset *dataset, const char *name);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_IO_H */
