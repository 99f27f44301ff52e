/*
 * test_io.c - the file layer: policy, positions and catalogue as JSON (round
 * trips and error positions) and the CSV dataset reader's API.  The small
 * hand-made dataset is tests/cli/kecil (KARIER_TEST_DATA points at it).
 * SPDX-License-Identifier: MIT
 */
#define _DEFAULT_SOURCE /* mkdtemp */
#define _XOPEN_SOURCE 700 /* nftw */
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <jansson.h>

#include "support/test.h"

static const char *data_dir(void)
{
	const char *d = getenv("KARIER_TEST_DATA");
	assert_non_null(d);
	return d;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	static char buf[1 << 22];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	assert_true(feof(f)); /* the whole file fits */
	fclose(f);
	buf[n] = '\0';
	return buf;
}

static void put(const char *dir, const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void copy_file(const char *from_dir, const char *to_dir, const char *name)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", from_dir, name);
	put(to_dir, name, slurp(path));
}

/* copy_file for each name of the NULL-terminated @names */
static void copy_files(const char *from_dir, const char *to_dir, const char *const *names)
{
	for (; *names; names++)
		copy_file(from_dir, to_dir, *names);
}

/* The tests' folders are made inside one folder of this run's, removed whole when the tests end
 * (group_teardown), so that a test that fails before its own clean-up leaves nothing behind. */
static char parent[32] = "/tmp/karier-io-XXXXXX";

static int group_setup(void **state)
{
	(void)state;
	return mkdtemp(parent) ? 0 : -1;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int group_teardown(void **state)
{
	(void)state;
	return nftw(parent, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* A new empty folder inside this run's; its path into dir (64 bytes). */
static void new_folder(char *dir)
{
	snprintf(dir, 64, "%s/t-XXXXXX", parent);
	assert_non_null(mkdtemp(dir));
}

/* A new folder (its path into dir, 64 bytes) holding the test data's jabatan.csv. */
static void folder_with_jabatan(char *dir)
{
	new_folder(dir);
	copy_file(data_dir(), dir, "jabatan.csv");
}

/* A new folder (its path into dir, 64 bytes) with kecil's jabatan.csv and pegawai.csv, and its
 * kinerja.csv open for the test to write (close it before loading). */
static FILE *folder_writing_kinerja(char *dir)
{
	new_folder(dir);
	copy_files(data_dir(), dir, (const char *const[]){"jabatan.csv", "pegawai.csv", NULL});
	char path[512];
	snprintf(path, sizeof path, "%s/kinerja.csv", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	return f;
}

static void remove_dir(const char *dir)
{
	static const char *const names[] = {"pegawai.csv", "kinerja.csv", "kompetensi.csv", "pelatihan.csv", "disiplin.csv",
	                                    "jabatan.json", "katalog.json", "jabatan.csv", "katalog.csv",
	                                    "standar_kompetensi.csv", "riwayat_jabatan.csv"};
	char path[512];
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}

/* Loading dir on one thread and on two gives the same status, the same
 * diagnostics in the same order and the same employees, record for record. */
static void same_on_two_threads(const char *dir, int32_t flags)
{
	karier_dataset *a = NULL, *b = NULL;
	int ra = karier_dataset_load(&a, dir, NULL, flags), rb = karier_dataset_load(&b, dir, NULL, flags | KARIER_DATASET_THREADS);
	assert_int_equal(ra, rb);
	assert_int_equal(karier_dataset_diagnostic_count(a), karier_dataset_diagnostic_count(b));
	assert_int_equal(karier_dataset_error_count(a), karier_dataset_error_count(b));
	for (int32_t i = 0; i < karier_dataset_diagnostic_count(a); i++) {
		int32_t sa, sb;
		int64_t la, ca, lb, cb;
		const char *fa, *na, *va, *ma, *fb, *nb, *vb, *mb;
		assert_ok(karier_dataset_diagnostic_get(&sa, &fa, &la, &ca, &na, &va, &ma, a, i));
		assert_ok(karier_dataset_diagnostic_get(&sb, &fb, &lb, &cb, &nb, &vb, &mb, b, i));
		assert_int_equal(sa, sb);
		assert_string_equal(fa, fb);
		assert_int_equal(la, lb);
		assert_int_equal(ca, cb);
		assert_string_equal(na, nb);
		assert_string_equal(va, vb);
		assert_string_equal(ma, mb);
	}
	assert_int_equal(karier_dataset_employee_count(a), karier_dataset_employee_count(b));
	for (int32_t i = 0; i < karier_dataset_employee_count(a); i++) {
		const karier_employee *x = karier_dataset_employee(a, i), *y = karier_dataset_employee(b, i);
		assert_string_equal(karier_employee_nip(x), karier_employee_nip(y));
		assert_string_equal(karier_employee_nama(x), karier_employee_nama(y));
		assert_same_histories(x, y);
	}
	karier_dataset_free(a);
	karier_dataset_free(b);
}

static void policy_json_round_trip(void **state)
{
	(void)state;
	karier_policy *p = NULL, *q = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set_text(p, "jpm.kategori_atas_min", "85.5"));
	assert_ok(karier_policy_set_text(p, "pendidikan.s1.plafon_reguler", "IV/a"));
	assert_ok(karier_policy_period_set(p, 20270101, 0x208));
	char *a = NULL, *b = NULL;
	assert_ok(karier_policy_to_json(&a, p));
	assert_non_null(strstr(a, "\"jpm.kategori_atas_min\": 85.5"));
	assert_non_null(strstr(a, "\"kp.reguler.masa_golongan_tahun\": 4"));
	assert_ok(karier_policy_new_default(&q));
	assert_ok(karier_policy_load_json_text(q, a, "p.json"));
	assert_ok(karier_policy_to_json(&b, q));
	assert_string_equal(a, b);
	int64_t v;
	assert_ok(karier_policy_get(&v, q, "pendidikan.s1.plafon_reguler"));
	assert_int_equal(v, KARIER_GOL_IVA);
	assert_int_equal(karier_policy_period_count(q), 5);
	karier_free_string(a);
	karier_free_string(b);
	/* all or nothing: a file whose second setting is bad changes nothing */
	assert_fails(karier_policy_load_json_text(q, "{\"settings\": {\"bup.jpt\": 62,\n \"bup.administrasi\": 7}}", "x.json"),
	             KARIER_ERANGE, "x.json:2:2: bup.administrasi: 7 is outside 40..80");
	assert_ok(karier_policy_get(&v, q, "bup.jpt"));
	assert_int_equal(v, 60);
	assert_fails(karier_policy_load_json_text(q, "{\"settings\": {\"jpm.kategori_atas_min\": 85.555}}", "x.json"),
	             KARIER_EPARSE, "at most two decimals");
	/* found by fuzzing: an integer this large overflowed when scaled to hundredths */
	assert_fails(karier_policy_load_json_text(q, "{\"settings\": {\"jpm.kategori_atas_min\": 888888888888888885}}", "x.json"),
	             KARIER_ERANGE, "far outside");
	assert_fails(karier_policy_load_json_text(q, "{\"settings\": {\"bup.jpt\": \"60\"}}", "x.json"), KARIER_EPARSE,
	             "bup.jpt: expected a whole number");
	assert_fails(karier_policy_load_json_text(q, "[1, 2]", "x.json"), KARIER_EFORMAT, "not a libkarier policy");
	assert_fails(karier_policy_load_json_text(q, "{\"periode\": [{\"mulai\": \"2027-01-01\", \"bulan\": [13]}]}", "x.json"),
	             KARIER_ERANGE, "months must be 1..12");
	/* every key known and of its type (issue 21): a misspelt "settings" beside "periode" was read over */
	assert_fails(karier_policy_load_json_text(q, "{\"settings\": {}, \"setings\": {\"bup.jpt\": 62}}", "x.json"),
	             KARIER_EFORMAT, "x.json:1:18: setings: not a key of the file (libkarier_policy, settings, periode, sumber)");
	assert_fails(karier_policy_load_json_text(q, "{\"libkarier_policy\": 2, \"settings\": {}}", "x.json"), KARIER_EFORMAT,
	             "x.json:1:2: libkarier_policy: this library reads format 1");
	assert_fails(karier_policy_load_json_text(q, "{\"periode\": {\"mulai\": \"2027-01-01\"}}", "x.json"), KARIER_EFORMAT,
	             "x.json:1:2: periode: expected an array");
	assert_fails(karier_policy_load_json_text(q, "{\"periode\": [{\"mulai\": \"2027-01-01\", \"bulan\": [\"4\"]}]}", "x.json"),
	             KARIER_EFORMAT, "x.json:1:38: periode: months are whole numbers 1..12");
	assert_fails(karier_policy_load_json_text(q, "{\"periode\": [{\"mulai\": \"2027-01-01\", \"bln\": [4]}]}", "x.json"),
	             KARIER_EFORMAT, "x.json:1:38: periode: not a key of a periode entry (mulai, bulan, sumber)");
	assert_ok(karier_policy_get(&v, q, "bup.jpt"));
	assert_int_equal(v, 60); /* nothing of a refused file is kept */
	assert_fails(karier_policy_load_json(q, "/nonexistent/p.json"), KARIER_EIO, "/nonexistent/p.json");
	karier_policy_free(p);
	karier_policy_free(q);
}

static void dataset_api(void **state)
{
	(void)state;
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, data_dir(), NULL, 0));
	assert_int_equal(karier_dataset_employee_count(ds), 3);
	assert_int_equal(karier_dataset_position_count(ds), 3);
	assert_int_equal(karier_dataset_error_count(ds), 0);
	const karier_employee *e = karier_dataset_employee(ds, 1);
	assert_string_equal(karier_employee_nip(e), "199001012015032001");
	assert_int_equal(karier_employee_golongan(e), KARIER_GOL_IIIC);  /* "3c" */
	assert_int_equal(karier_employee_tmt_golongan(e), 20240401);     /* "01-04-2024" */
	assert_int_equal(karier_employee_pendidikan(e), KARIER_PEND_S1); /* "S-1" */
	assert_int_equal(karier_employee_kinerja(e, 2024), KARIER_PREDIKAT_SANGAT_BAIK);
	assert_string_equal(karier_position_code(karier_dataset_employee_position(ds, 1)), "KASUBAG");
	assert_string_equal(karier_employee_nama(karier_dataset_employee(ds, 2)), "Agus Pratama, S.E.");
	assert_string_equal(karier_employee_unit_kerja(karier_dataset_employee(ds, 2)), "Bidang \"Mutasi\"");
	assert_int_equal(karier_catalog_count(karier_dataset_catalog(ds)), 4);
	assert_null(karier_dataset_employee(ds, 3));
	assert_true(karier_dataset_has_file(ds, "kinerja.csv"));
	assert_false(karier_dataset_has_file(ds, "riwayat_jabatan.csv"));
	assert_non_null(karier_dataset_position_find(ds, "ANALIS-MUDA"));
	assert_null(karier_dataset_position_find(ds, "NOPE"));
	karier_dataset_free(ds);
	ds = (karier_dataset *)(uintptr_t)1;
	assert_fails(karier_dataset_load(&ds, "/nonexistent", NULL, 0), KARIER_EIO, "pegawai.csv");
	assert_ptr_equal(ds, (karier_dataset *)(uintptr_t)1);
	assert_fails(karier_dataset_load(&ds, data_dir(), NULL, 16), KARIER_EINVAL, "flags 0x10");
	same_on_two_threads(data_dir(), 0);
}

static void dataset_errors_hold_diagnostics_only(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv",
	    "nip;nama;status;pendidikan;golongan;tmt_golongan;jabatan;tmt_jabatan;agama\n"
	    "198501012010011001;Budi;PNS;S1;III/b;2022-04-01;PLK;2010-01-04;x\n"
	    "198501012010011002;Ani;PNS;S9;III/b;2022-04-01;PLK;2010-01-04;x\n");
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	assert_non_null(ds);
	assert_int_equal(karier_dataset_employee_count(ds), 0); /* nothing to compute from */
	assert_int_equal(karier_dataset_error_count(ds), 1);
	assert_int_equal(karier_dataset_diagnostic_count(ds), 2);
	int32_t sev;
	int64_t line, col;
	const char *file, *cname, *value, *msg;
	assert_ok(karier_dataset_diagnostic_get(&sev, &file, &line, &col, &cname, &value, &msg, ds, 0));
	assert_int_equal(sev, KARIER_DIAG_WARNING); /* an unknown column (a protected attribute, ignored) */
	assert_string_equal(value, "agama");
	assert_string_equal(msg, "unknown column \"agama\" ignored");
	assert_ok(karier_dataset_diagnostic_get(&sev, &file, &line, &col, &cname, &value, &msg, ds, 1));
	assert_int_equal(sev, KARIER_DIAG_ERROR);
	assert_string_equal(file, "pegawai.csv");
	assert_int_equal(line, 3);
	assert_int_equal(col, 28);
	assert_string_equal(cname, "pendidikan");
	assert_string_equal(value, "S9");
	karier_dataset_free(ds);
	/* skipping the bad row keeps the good one */
	assert_ok(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_SKIP_BAD_ROWS));
	assert_int_equal(karier_dataset_employee_count(ds), 1);
	karier_dataset_free(ds);
	remove_dir(dir);
}

/* pegawai.csv of two employees at the PLK jabatan of the small dataset */
static const char budi_and_ani[] = "nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan\n"
                                   "198501012010011001,Budi,PNS,S1,III/b,2022-04-01,PLK,2010-01-04\n"
                                   "198601012010011002,Ani,PNS,S1,III/b,2022-04-01,PLK,2010-01-04\n";

/* Rows of any order give the employee the setters give when called in the
 * file's order: kinerja by year (a repeated year: the last row), kompetensi
 * by code (a repeated code: the latest date; on a tie the last row),
 * trainings by date (equal dates in file order). */
static void dataset_rows_in_any_order(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", budi_and_ani);
	put(dir, "kinerja.csv",
	    "nip,tahun,predikat\n"
	    "198501012010011001,2024,baik\n"
	    "198601012010011002,2024,sangat baik\n"
	    "198501012010011001,2023,baik\n"
	    "198501012010011001,2024,kurang\n");
	put(dir, "kompetensi.csv",
	    "nip,kompetensi,level,tanggal\n"
	    "198501012010011001,INTEGRITAS,3,2024-01-01\n"
	    "198601012010011002,INTEGRITAS,2,2024-01-01\n"
	    "198501012010011001,INTEGRITAS,4,2023-01-01\n"
	    "198501012010011001,KERJASAMA,2,2024-05-01\n"
	    "198501012010011001,KERJASAMA,3,2024-05-01\n"
	    "198501012010011001,ADAPTASI,1,2024-05-01\n"
	    /* a code, then one it begins, that the reader's memo of codes files in the same place */
	    "198501012010011001,KOMN,2,2024-05-01\n"
	    "198501012010011001,KOM,4,2024-05-01\n");
	put(dir, "pelatihan.csv",
	    "nip,kode,tanggal_selesai,jp,jenis\n"
	    "198501012010011001,B,2025-03-01,8,TEKNIS\n"
	    "198501012010011001,\"A \"\"x\"\"\",2024-03-01,8,TEKNIS\n"
	    "198601012010011002,CSA,2024-02-01,8,TEKNIS\n"
	    "198601012010011002,C,2024-03-01,8,TEKNIS\n"
	    "198501012010011001,C,2025-03-01,16,TEKNIS\n");
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, dir, NULL, 0));
	const karier_cohort *co = karier_dataset_cohort(ds);
	assert_int_equal(karier_cohort_count(co), 2);
	assert_ptr_equal(karier_cohort_employee(co, 0), karier_dataset_employee(ds, 0));

	karier_employee *want = NULL;
	assert_ok(karier_employee_new(&want, "198501012010011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_kinerja(want, 2024, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(want, 2023, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_employee_set_kinerja(want, 2024, KARIER_PREDIKAT_KURANG));
	assert_ok(karier_employee_set_kompetensi(want, "INTEGRITAS", 3, 20240101));
	assert_ok(karier_employee_set_kompetensi(want, "INTEGRITAS", 4, 20230101));
	assert_ok(karier_employee_set_kompetensi(want, "KERJASAMA", 2, 20240501));
	assert_ok(karier_employee_set_kompetensi(want, "KERJASAMA", 3, 20240501));
	assert_ok(karier_employee_set_kompetensi(want, "ADAPTASI", 1, 20240501));
	assert_ok(karier_employee_set_kompetensi(want, "KOMN", 2, 20240501));
	assert_ok(karier_employee_set_kompetensi(want, "KOM", 4, 20240501));
	assert_ok(karier_employee_add_pelatihan(want, "B", 20250301, 8, KARIER_PELATIHAN_TEKNIS));
	assert_ok(karier_employee_add_pelatihan(want, "A \"x\"", 20240301, 8, KARIER_PELATIHAN_TEKNIS));
	assert_ok(karier_employee_add_pelatihan(want, "C", 20250301, 16, KARIER_PELATIHAN_TEKNIS));
	const karier_employee *got = karier_dataset_employee(ds, 0);
	assert_int_equal(karier_employee_kinerja_count(got), 2);
	assert_int_equal(karier_employee_kompetensi_count(got), 5);
	assert_int_equal(karier_employee_pelatihan_count(got), 3);
	assert_same_histories(want, got);
	assert_int_equal(karier_employee_kinerja(got, 2024), KARIER_PREDIKAT_KURANG);
	assert_int_equal(karier_employee_kompetensi(got, "KERJASAMA"), 3);
	assert_int_equal(karier_employee_kompetensi(got, "INTEGRITAS"), 3);
	assert_int_equal(karier_employee_kompetensi(karier_dataset_employee(ds, 1), "INTEGRITAS"), 2);
	assert_int_equal(karier_employee_kompetensi(got, "KOM"), 4);
	assert_int_equal(karier_employee_kompetensi(got, "KOMN"), 2);
	const char *code;
	assert_int_equal(karier_employee_pelatihan_count(karier_dataset_employee(ds, 1)), 2);
	assert_ok(karier_employee_pelatihan_get(&code, NULL, NULL, NULL, karier_dataset_employee(ds, 1), 0));
	assert_string_equal(code, "CSA");
	assert_ok(karier_employee_pelatihan_get(&code, NULL, NULL, NULL, karier_dataset_employee(ds, 1), 1));
	assert_string_equal(code, "C");
	karier_employee_free(want);
	karier_dataset_free(ds);
	same_on_two_threads(dir, 0);
	remove_dir(dir);
}

/* Files longer than the reader's chunk: every row is read across the chunk
 * boundaries, and a byte that is not UTF-8 far into a file is reported with
 * its line. */
static void dataset_larger_than_a_chunk(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	char path[512], nip[2000][19];
	for (int i = 0; i < 2000; i++)
		snprintf(nip[i], sizeof nip[i], "19%02d0101202201%d%03d", 80 + i / 100, 1 + i % 2, 1 + i % 100);
	snprintf(path, sizeof path, "%s/pegawai.csv", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs("nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan\n", f);
	for (int i = 0; i < 2000; i++) /* quoted names with doubled quotes straddle chunk boundaries too */
		fprintf(f, "%s,\"Pegawai \"\"%d\"\"\",PNS,S1,III/a,2022-01-01,PLK,2022-01-03\n", nip[i], i);
	fclose(f);
	/* 2000 employees x 30 years of kinerja: about 1.5 MB, more than one chunk */
	snprintf(path, sizeof path, "%s/kinerja.csv", dir);
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs("nip,tahun,predikat\n", f);
	for (int i = 0; i < 2000; i++)
		for (int y = 1995; y < 2025; y++)
			fprintf(f, "%s,%d,%s\n", nip[i], y, (i + y) % 3 ? "baik" : "sangat baik");
	fclose(f);
	/* and 40 competencies each: 80,000 records, which a second thread's
	 * merge copies in more than one part (tested by same_on_two_threads) */
	snprintf(path, sizeof path, "%s/kompetensi.csv", dir);
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs("nip,kompetensi,level,tanggal\n", f);
	for (int i = 0; i < 2000; i++)
		for (int k = 0; k < 40; k++)
			fprintf(f, "%s,K%02d,%d,2025-01-01\n", nip[i], 39 - k, 1 + (i + k) % 5);
	fclose(f);
	snprintf(path, sizeof path, "%s/kinerja.csv", dir);
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, dir, NULL, 0));
	assert_int_equal(karier_dataset_employee_count(ds), 2000);
	for (int i = 0; i < 2000; i += 111) {
		const karier_employee *e = karier_dataset_employee(ds, i);
		char name[32];
		snprintf(name, sizeof name, "Pegawai \"%d\"", i);
		assert_string_equal(karier_employee_nama(e), name);
		assert_int_equal(karier_employee_kinerja_count(e), 30);
		assert_int_equal(karier_employee_kinerja(e, 2011), (i + 2011) % 3 ? KARIER_PREDIKAT_BAIK : KARIER_PREDIKAT_SANGAT_BAIK);
		assert_int_equal(karier_employee_kompetensi_count(e), 40);
		const char *code;
		int32_t level;
		assert_ok(karier_employee_kompetensi_get(&code, &level, NULL, e, 0)); /* kept by code: K00 was the row k = 39 */
		assert_string_equal(code, "K00");
		assert_int_equal(level, 1 + (i + 39) % 5);
	}
	karier_dataset_free(ds);
	same_on_two_threads(dir, 0);
	/* the chunks end at whole rows, not at the file's end: with rows of at most 1 MiB allowed, the
	 * 1.5 MB of kinerja.csv (no quote, no CR) is read all the same */
	karier_policy *narrow = NULL;
	assert_ok(karier_policy_new_default(&narrow));
	assert_ok(karier_policy_set(narrow, "dataset.baris_csv_maks_mib", 1));
	assert_ok(karier_dataset_load(&ds, dir, narrow, 0));
	assert_int_equal(karier_employee_kinerja_count(karier_dataset_employee(ds, 1999)), 30);
	karier_dataset_free(ds);
	karier_policy_free(narrow);
	/* one byte that is not UTF-8 on line 50000 of 60001 */
	f = fopen(path, "r+b");
	assert_non_null(f);
	long at = (long)strlen("nip,tahun,predikat\n") + 49998L * (long)strlen("198001012022011001,1995,baik\n");
	char line[64];
	assert_int_equal(fseek(f, 0, SEEK_SET), 0);
	int32_t lineno = 1;
	long pos = 0;
	while (fgets(line, sizeof line, f) && pos < at) { /* find the line that holds byte `at` */
		pos += (long)strlen(line);
		lineno++;
	}
	assert_int_equal(fseek(f, pos + 3, SEEK_SET), 0);
	fputc(0xFF, f);
	fclose(f);
	ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	int32_t sev;
	int64_t dline, dcol;
	const char *file, *msg;
	assert_ok(karier_dataset_diagnostic_get(&sev, &file, &dline, &dcol, NULL, NULL, &msg, ds, 0));
	assert_string_equal(file, "kinerja.csv");
	assert_string_equal(msg, "is not valid UTF-8");
	assert_int_equal(dline, lineno);
	assert_int_equal(dcol, 4);
	karier_dataset_free(ds);
	same_on_two_threads(dir, 0);
	remove_dir(dir);
}

/* A code's text is checked once per file: a row whose code the reader met in an earlier good row
 * skips the text check, and only such a code does.  After good rows of INTEGRITAS and EL-001 come
 * codes that share their place in the reader's memo (first byte, last three bytes, length) but not
 * their text, I\x01TEGRITAS and E\x7f-001, and one too long for a code: each is refused as a lone
 * row would be, on one thread and on two, and the good rows are kept. */
static void code_text_checked_once_per_file(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", budi_and_ani);
	put(dir, "kompetensi.csv", "nip,kompetensi,level,tanggal\n"
	                           "198501012010011001,INTEGRITAS,3,2024-01-01\n"
	                           "198601012010011002,INTEGRITAS,4,2024-01-01\n"
	                           "198601012010011002,I\x01TEGRITAS,4,2024-01-01\n"
	                           "198601012010011002,KOMPETENSI_YANG_NAMANYA_TERLALU_PANJANG,2,2024-01-01\n");
	put(dir, "pelatihan.csv", "nip,kode,tanggal_selesai,jp,jenis\n"
	                          "198501012010011001,EL-001,2025-03-01,10,TEKNIS\n"
	                          "198601012010011002,EL-001,2025-03-01,12,TEKNIS\n"
	                          "198601012010011002,E\x7f-001,2025-03-01,12,TEKNIS\n");
	static const struct {
		const char *file, *column, *msg;
		int32_t line;
	} want[3] = {{"kompetensi.csv", "kompetensi", "control character 0x01 at byte 1", 4},
	             {"kompetensi.csv", "kompetensi", "is 39 bytes, longer than 31", 5},
	             {"pelatihan.csv", "kode", "control character 0x7f at byte 1", 4}};
	for (int threads = 0; threads < 2; threads++) {
		karier_dataset *ds = NULL;
		assert_int_equal(karier_dataset_load(&ds, dir, NULL, threads ? KARIER_DATASET_THREADS : 0), KARIER_EFORMAT);
		assert_int_equal(karier_dataset_error_count(ds), 3);
		for (int32_t i = 0; i < 3; i++) {
			int64_t line;
			const char *file, *cname, *msg;
			assert_ok(karier_dataset_diagnostic_get(NULL, &file, &line, NULL, &cname, NULL, &msg, ds, i));
			assert_string_equal(file, want[i].file);
			assert_string_equal(cname, want[i].column);
			assert_int_equal(line, want[i].line);
			if (!strstr(msg, want[i].msg))
				fail_msg("diagnostic %d: \"%s\" does not say \"%s\"", i, msg, want[i].msg);
		}
		karier_dataset_free(ds);
		assert_ok(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_SKIP_BAD_ROWS | (threads ? KARIER_DATASET_THREADS : 0)));
		const karier_employee *ani = karier_dataset_employee(ds, 1);
		assert_int_equal(karier_employee_kompetensi_count(ani), 1);
		assert_int_equal(karier_employee_kompetensi(ani, "INTEGRITAS"), 4);
		assert_int_equal(karier_employee_pelatihan_count(ani), 1);
		karier_dataset_free(ds);
	}
	remove_dir(dir);
}

/* Rows may end in "\r\n" (spreadsheets on Windows) or a lone "\r" (old Mac exports): the last
 * field of every row is read without the carriage return, in the reader's portable scanner (this
 * build's) as in the SSE2 one (the command's tests): Budi's kinerja of 2025 and Ani's golongan and
 * competency as with "\n". */
static void carriage_returns_end_rows(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", "nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan\r\n"
	                        "198501012010011001,Budi,PNS,S1,III/b,2022-04-01,PLK,2010-01-04\r\n"
	                        "198601012010011002,Ani,PNS,S1,III/c,2022-04-01,PLK,2010-01-04\r");
	put(dir, "kinerja.csv", "nip,tahun,predikat\r198501012010011001,2025,sangat baik\r\n");
	put(dir, "kompetensi.csv", "nip,kompetensi,level\r\n198601012010011002,INTEGRITAS,4\r\n");
	for (int threads = 0; threads < 2; threads++) {
		karier_dataset *ds = NULL;
		assert_ok(karier_dataset_load(&ds, dir, NULL, threads ? KARIER_DATASET_THREADS : 0));
		assert_int_equal(karier_dataset_error_count(ds), 0);
		assert_int_equal(karier_dataset_employee_count(ds), 2);
		const karier_employee *budi = karier_dataset_employee(ds, 0), *ani = karier_dataset_employee(ds, 1);
		assert_int_equal(karier_employee_kinerja(budi, 2025), KARIER_PREDIKAT_SANGAT_BAIK);
		assert_int_equal(karier_employee_golongan(ani), KARIER_GOL_IIIC);
		assert_int_equal(karier_employee_tmt_jabatan(ani), 20100104);
		assert_int_equal(karier_employee_kompetensi(ani, "INTEGRITAS"), 4);
		karier_dataset_free(ds);
	}
	remove_dir(dir);
}

/* Errors in several history files come in file order whether or not the
 * largest is read on a thread of its own; an employee has at most
 * KARIER_HISTORY_MAX records from one file. */
static void history_errors_in_file_order(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", budi_and_ani);
	put(dir, "kinerja.csv", "nip,tahun,predikat\n198501012010011001,2024,hebat\n198601012010011002,2024,baik\n");
	put(dir, "pelatihan.csv", "nip,kode,tanggal_selesai,jp,jenis\n198601012010011002,EL,2025-03-01,0,TEKNIS\n");
	char path[512];
	snprintf(path, sizeof path, "%s/kompetensi.csv", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs("nip,kompetensi,level,tanggal\n198601012010011002,INTEGRITAS,9,2024-01-01\n", f);
	for (int i = 1; i <= KARIER_HISTORY_MAX + 1; i++) /* lines 3 .. 4099: the last is one too many */
		fprintf(f, "198501012010011001,K%04d,3,2024-01-01\n", i);
	fclose(f);

	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS), KARIER_EFORMAT);
	assert_int_equal(karier_dataset_error_count(ds), 4);
	static const struct {
		const char *file, *column;
		int32_t line, col;
	} want[4] = {{"kinerja.csv", "predikat", 2, 25}, {"kompetensi.csv", "level", 2, 31},
	             {"kompetensi.csv", "kompetensi", 4099, 20}, {"pelatihan.csv", "jp", 2, 34}};
	for (int32_t i = 0; i < 4; i++) {
		int64_t line, col;
		const char *file, *cname, *msg;
		assert_ok(karier_dataset_diagnostic_get(NULL, &file, &line, &col, &cname, NULL, &msg, ds, i));
		assert_string_equal(file, want[i].file);
		assert_string_equal(cname, want[i].column);
		assert_int_equal(line, want[i].line);
		assert_int_equal(col, want[i].col);
		if (i == 2)
			assert_string_equal(msg, "employee 198501012010011001: more than 4096 records in kompetensi.csv");
	}
	karier_dataset_free(ds);
	same_on_two_threads(dir, 0);
	same_on_two_threads(dir, KARIER_DATASET_SKIP_BAD_ROWS);
	assert_ok(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_SKIP_BAD_ROWS | KARIER_DATASET_THREADS));
	assert_int_equal(karier_employee_kompetensi_count(karier_dataset_employee(ds, 0)), KARIER_HISTORY_MAX);
	assert_int_equal(karier_employee_kompetensi(karier_dataset_employee(ds, 0), "K4096"), 3);
	assert_int_equal(karier_employee_kompetensi(karier_dataset_employee(ds, 0), "K4097"), 0);
	karier_dataset_free(ds);
	remove_dir(dir);
}

/* A key repeated in a file already in order: a kinerja year twice (the later row replaces the
 * earlier, as the setter does) and a competency twice (the later assessment is kept), on one
 * thread and on two (staged) alike. */
static void repeated_keys_in_order_merged(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", budi_and_ani);
	put(dir, "kinerja.csv", "nip,tahun,predikat\n198501012010011001,2023,baik\n198501012010011001,2024,baik\n"
	                        "198501012010011001,2024,kurang\n198601012010011002,2024,baik\n");
	put(dir, "kompetensi.csv", "nip,kompetensi,level,tanggal\n198501012010011001,INTEGRITAS,3,2023-01-01\n"
	                           "198501012010011001,INTEGRITAS,4,2024-01-01\n198501012010011001,KERJASAMA,2,2024-01-01\n");
	for (int32_t flags = 0; flags <= KARIER_DATASET_THREADS; flags += KARIER_DATASET_THREADS) {
		karier_dataset *ds = NULL;
		assert_ok(karier_dataset_load(&ds, dir, NULL, flags));
		const karier_employee *budi = karier_dataset_employee(ds, 0);
		assert_int_equal(karier_employee_kinerja_count(budi), 2);
		assert_int_equal(karier_employee_kinerja(budi, 2024), KARIER_PREDIKAT_KURANG);
		assert_int_equal(karier_employee_kompetensi_count(budi), 2);
		assert_int_equal(karier_employee_kompetensi(budi, "INTEGRITAS"), 4);
		karier_dataset_free(ds);
	}
	remove_dir(dir);
}

/* With threads each history file is read into a region of the cohort's records sized from the
 * file (a row of 24 bytes and more); a kompetensi.csv of shorter rows (no tanggal column, codes of
 * one character: 23 bytes a row) outgrows its region, goes on in a block of its own and is copied
 * at the merge, while pelatihan.csv, whose region follows it, is read beside it: every record as
 * on one thread. */
static void region_outgrown(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", budi_and_ani);
	static const char codes[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	char komp[4096] = "nip,kompetensi,level\n";
	for (int who = 0; who < 2; who++)
		for (int c = 0; codes[c]; c++) {
			size_t at = strlen(komp);
			snprintf(komp + at, sizeof komp - at, "%s,%c,%d\n", who ? "198601012010011002" : "198501012010011001",
			         codes[c], 1 + (c + who) % 5);
			assert_int_equal(strlen(komp) - at, 23);
		}
	put(dir, "kompetensi.csv", komp); /* 72 rows in 1,677 bytes: room for 69 */
	put(dir, "pelatihan.csv", "nip,kode,tanggal_selesai,jp\n198501012010011001,LAT-1,2024-03-01,20\n"
	                          "198501012010011001,LAT-2,2024-05-01,30\n198601012010011002,LAT-3,2023-02-01,40\n");
	put(dir, "kinerja.csv", "nip,tahun,predikat\n198501012010011001,2024,baik\n198601012010011002,2024,sangat_baik\n");
	for (int32_t flags = 0; flags <= KARIER_DATASET_THREADS; flags += KARIER_DATASET_THREADS) {
		karier_dataset *ds = NULL;
		assert_ok(karier_dataset_load(&ds, dir, NULL, flags));
		assert_int_equal(karier_dataset_employee_count(ds), 2);
		for (int who = 0; who < 2; who++) {
			const karier_employee *e = karier_dataset_employee(ds, who);
			assert_int_equal(karier_employee_kompetensi_count(e), 36);
			for (int c = 0; codes[c]; c++) {
				char code[2] = {codes[c], '\0'};
				assert_int_equal(karier_employee_kompetensi(e, code), 1 + (c + who) % 5);
			}
			assert_int_equal(karier_employee_kinerja(e, 2024), who ? KARIER_PREDIKAT_SANGAT_BAIK : KARIER_PREDIKAT_BAIK);
		}
		const karier_employee *budi = karier_dataset_employee(ds, 0), *ani = karier_dataset_employee(ds, 1);
		assert_int_equal(karier_employee_pelatihan_count(budi), 2);
		assert_int_equal(karier_employee_pelatihan_count(ani), 1);
		const char *code;
		int32_t date, jp, jenis;
		assert_ok(karier_employee_pelatihan_get(&code, &date, &jp, &jenis, budi, 1));
		assert_string_equal(code, "LAT-2");
		assert_int_equal(date, 20240501);
		assert_int_equal(jp, 30);
		assert_ok(karier_employee_pelatihan_get(&code, &date, &jp, &jenis, ani, 0));
		assert_string_equal(code, "LAT-3");
		assert_int_equal(jp, 40);
		karier_dataset_free(ds);
	}
	/* out of memory at any allocation, the outgrown region's move among them: the load fails whole
	 * (KARIER_ENOMEM), leaves *out as it was and frees what it took (the harness counts leaks) */
	karier_dataset *ds = SENTINEL;
	FAIL_LOOP(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS), assert_ptr_equal(ds, SENTINEL), (void)0);
	assert_int_equal(karier_employee_kompetensi_count(karier_dataset_employee(ds, 1)), 36);
	karier_dataset_free(ds);
	remove_dir(dir);
}

/* The penalty's kind (PP 94/2021 Ps8), the ujian penyesuaian date and a post's
 * accepted diplomas (PP 99/2000 Ps18) as optional columns; a penalty without
 * an end date is said, with the months the policy gives it. */
static void discipline_kind_exam_and_diplomas(void **state)
{
	(void)state;
	char dir[64];
	new_folder(dir);
	put(dir, "jabatan.csv", "kode,nama,jenis,pendidikan_diterima\nPLK,Pelaksana,pelaksana,S1|d4\nADM,Admin,administrator,\n");
	put(dir, "pegawai.csv", "nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan,tanggal_lulus_upkp\n"
	                        "198501012010011001,Budi,PNS,SLTA,II/d,2022-04-01,PLK,2010-01-04,2025-10-01\n"
	                        "198601012010011002,Ani,PNS,S1,III/b,2022-04-01,PLK,2010-01-04,\n");
	put(dir, "disiplin.csv", "nip,tingkat,tmt_mulai,tmt_selesai,jenis\n"
	                         "198501012010011001,,2025-12-01,,potong_tukin_9\n"
	                         "198501012010011001,sedang,2020-01-01,2021-01-01,tunda_kp\n"
	                         "198601012010011002,berat,2024-01-01,,\n"
	                         "198601012010011002,,2019-01-01,,pdh\n");
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, dir, NULL, 0));
	/* two warnings, one for each penalty without an end that is not a dismissal */
	int32_t n = karier_dataset_diagnostic_count(ds), warnings = 0;
	for (int32_t i = 0; i < n; i++) {
		int32_t sev;
		int64_t line, col;
		const char *file, *cname, *msg;
		assert_ok(karier_dataset_diagnostic_get(&sev, &file, &line, &col, &cname, NULL, &msg, ds, i));
		if (strcmp(file, "disiplin.csv") != 0)
			continue;
		warnings++;
		assert_int_equal(sev, KARIER_DIAG_WARNING);
		assert_string_equal(cname, "tmt_selesai");
		if (line == 2)
			assert_string_equal(msg, "no end date: the penalty is taken to run 9 months from tmt_mulai "
			                         "(policy disiplin.jenis.potong_tukin_9.bulan)");
		else {
			assert_int_equal(line, 4);
			assert_string_equal(msg, "no end date: the penalty is taken to run 12 months from tmt_mulai "
			                         "(policy disiplin.berat.bulan)");
		}
	}
	assert_int_equal(warnings, 2);
	const karier_employee *budi = karier_dataset_employee(ds, 0), *ani = karier_dataset_employee(ds, 1);
	int32_t t, j, end;
	int32_t start0;
	assert_ok(karier_employee_disiplin_get(&t, &start0, &end, budi, 0)); /* in start order: the tunda_kp of 2020 */
	assert_int_equal(start0, 20200101);
	assert_int_equal(end, 20210101);
	assert_ok(karier_employee_disiplin_get(&t, NULL, &end, budi, 1));
	assert_ok(karier_employee_disiplin_get_jenis(&j, budi, 1));
	assert_int_equal(t, KARIER_DISIPLIN_SEDANG); /* the level follows from the kind */
	assert_int_equal(j, KARIER_HUKUMAN_POTONG_TUKIN_9);
	assert_int_equal(end, 0);
	assert_ok(karier_employee_disiplin_get_jenis(&j, ani, 0));
	assert_int_equal(j, KARIER_HUKUMAN_PDH);
	assert_int_equal(karier_employee_ujian_penyesuaian(budi), 20251001);
	assert_int_equal(karier_employee_ujian_penyesuaian(ani), 0);
	const karier_position *plk = karier_dataset_position_find(ds, "PLK"), *adm = karier_dataset_position_find(ds, "ADM");
	assert_true(karier_position_accepts_pendidikan(plk, KARIER_PEND_D4));
	assert_false(karier_position_accepts_pendidikan(plk, KARIER_PEND_D3));
	assert_false(karier_position_accepts_pendidikan(adm, KARIER_PEND_S1));
	karier_dataset_free(ds);

	/* a policy giving a kind one month still says so (and in the singular) */
	karier_policy *one = NULL;
	assert_ok(karier_policy_new_default(&one));
	assert_ok(karier_policy_set(one, "disiplin.jenis.potong_tukin_9.bulan", 1));
	assert_ok(karier_dataset_load(&ds, dir, one, 0));
	int32_t said = 0;
	for (int32_t i = 0; i < karier_dataset_diagnostic_count(ds); i++) {
		const char *msg;
		assert_ok(karier_dataset_diagnostic_get(NULL, NULL, NULL, NULL, NULL, NULL, &msg, ds, i));
		said += strcmp(msg, "no end date: the penalty is taken to run 1 month from tmt_mulai "
		                    "(policy disiplin.jenis.potong_tukin_9.bulan)") == 0;
	}
	assert_int_equal(said, 1);
	karier_dataset_free(ds);
	karier_policy_free(one);

	/* a kind and a level that disagree; an unknown kind; neither */
	put(dir, "disiplin.csv", "nip,tingkat,tmt_mulai,tmt_selesai,jenis\n"
	                         "198501012010011001,ringan,2025-12-01,,pdh\n"
	                         "198501012010011001,,2025-12-01,,hukuman_mati\n"
	                         "198501012010011001,,2025-12-01,,\n");
	put(dir, "jabatan.csv", "kode,nama,jenis,pendidikan_diterima\nPLK,Pelaksana,pelaksana,S1\nX,X,pelaksana,S1|SMA-X\n");
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	const char *want[][3] = {
		{"jabatan.csv", "pendidikan_diterima", "\"SMA-X\": "},
		{"disiplin.csv", "tingkat", "tingkat: ringan does not match jenis pdh, which is berat"},
		{"disiplin.csv", "jenis", ""},
		{"disiplin.csv", "tingkat", "required value is empty"},
	};
	int32_t k = 0;
	n = karier_dataset_diagnostic_count(ds);
	for (int32_t i = 0; i < n && k < 4; i++) {
		int32_t sev;
		const char *file, *cname, *msg;
		assert_ok(karier_dataset_diagnostic_get(&sev, &file, NULL, NULL, &cname, NULL, &msg, ds, i));
		if (sev != KARIER_DIAG_ERROR)
			continue;
		assert_string_equal(file, want[k][0]);
		assert_string_equal(cname, want[k][1]);
		assert_true(strncmp(msg, want[k][2], strlen(want[k][2])) == 0);
		k++;
	}
	assert_int_equal(k, 4);
	karier_dataset_free(ds);
	remove_dir(dir);
}

/* Cases a real export has, on purpose: kinerja as a numeric nilai (PP 30/2019 Ps41 from 2021,
 * PP 46/2011 up to kinerja.pp46.tahun_terakhir, 2020), a PPPK row, a NIP twice with
 * --skip-bad-rows, and a position's own minimums from jabatan.csv. */
static void numeric_kinerja_pppk_duplicates_and_minimums(void **state)
{
	(void)state;
	char dir[64];
	new_folder(dir);
	put(dir, "jabatan.csv", "kode,nama,jenis,jenjang,min_golongan,min_pendidikan\n"
	                        "PLK,Pelaksana,pelaksana,,,\nKASI,Kepala Seksi,pengawas,,III/c,S1\n"
	                        "JF1,Analis,fungsional_keahlian,ahli_pertama,,\n");
	put(dir, "pegawai.csv", "nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan\n"
	                        "198501012010011001,Budi,PNS,D3,III/b,2022-04-01,PLK,2010-01-04\n"
	                        "199001152021211003,Rina,PPPK,S1,IX,2021-03-01,JF1,2021-03-01\n"
	                        "198501012010011001,Budi lagi,PNS,S1,III/c,2022-04-01,PLK,2010-01-04\n");
	put(dir, "kinerja.csv", "nip,tahun,predikat,nilai\n"
	                        "198501012010011001,2020,,91.00\n"  /* PP 46/2011: >= 91 sangat baik */
	                        "198501012010011001,2021,,90.99\n"  /* PP 46/2011 no longer: PP 30/2019 90..<110 baik */
	                        "198501012010011001,2022,,89.99\n"  /* PP 30/2019 70..<90: butuh perbaikan */
	                        "198501012010011001,2023,,110.00\n" /* PP 30/2019 >= 110: sangat baik */
	                        "198501012010011001,2024,baik,\n"
	                        "199001152021211003,2025,sangat_baik,\n");
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT); /* the NIP twice */
	int64_t line;
	const char *msg;
	assert_ok(karier_dataset_diagnostic_get(NULL, NULL, &line, NULL, NULL, NULL, &msg, ds, 0));
	assert_int_equal(line, 4);
	assert_string_equal(msg, "NIP appears twice in pegawai.csv");
	karier_dataset_free(ds);
	/* skipping bad rows keeps the first row of the NIP, and every history row goes to it */
	assert_ok(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_SKIP_BAD_ROWS));
	assert_int_equal(karier_dataset_employee_count(ds), 2);
	const karier_employee *budi = karier_dataset_employee(ds, 0), *rina = karier_dataset_employee(ds, 1);
	assert_string_equal(karier_employee_nama(budi), "Budi");
	assert_int_equal(karier_employee_kinerja(budi, 2020), KARIER_PREDIKAT_SANGAT_BAIK);
	assert_int_equal(karier_employee_kinerja(budi, 2021), KARIER_PREDIKAT_BAIK);
	assert_int_equal(karier_employee_kinerja(budi, 2022), KARIER_PREDIKAT_BUTUH_PERBAIKAN);
	assert_int_equal(karier_employee_kinerja(budi, 2023), KARIER_PREDIKAT_SANGAT_BAIK);
	assert_int_equal(karier_employee_kinerja(budi, 2024), KARIER_PREDIKAT_BAIK);
	/* the PPPK: a PPPK golongan, not a golongan ruang */
	assert_int_equal(karier_employee_status(rina), KARIER_STATUS_PPPK);
	assert_int_equal(karier_employee_golongan(rina), 9);
	assert_int_equal(karier_employee_kinerja(rina, 2025), KARIER_PREDIKAT_SANGAT_BAIK);
	/* KASI's own minimums from jabatan.csv: S1 and III/c; Budi has D3 and III/b */
	karier_decision *d = NULL;
	assert_ok(karier_appointment_evaluate(&d, NULL, budi, karier_dataset_position_find(ds, "KASI"), 20260401,
	                                      KARIER_ROUTE_DEFAULT));
	int32_t n = karier_decision_check_count(d), seen = 0;
	for (int32_t i = 0; i < n; i++) {
		const char *code, *ref;
		int32_t ok;
		assert_ok(karier_decision_check_get(&code, &ok, NULL, NULL, &ref, d, i));
		if (strcmp(code, "JAB_PENDIDIKAN") == 0 || strcmp(code, "JAB_GOLONGAN_MINIMUM") == 0) {
			assert_int_equal(ok, 0);
			assert_string_equal(ref, "position requirement (overrides the policy)");
			seen++;
		}
	}
	assert_int_equal(seen, 2);
	karier_decision_free(d);
	karier_dataset_free(ds);
	remove_dir(dir);
}

/* The separator is the more frequent of ',' and ';' on the header row; on a tie, the comma:
 * a column name holding as many semicolons as the header has commas leaves a comma file so. */
static void separator_tie_is_a_comma(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", "nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan,a;b;c;d;e;f;g;h;i\n"
	                        "198501012010011001,Budi,PNS,S1,III/b,2022-04-01,PLK,2010-01-04,x\n");
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, dir, NULL, 0));
	assert_int_equal(karier_dataset_employee_count(ds), 1);
	const char *msg, *cname, *value;
	assert_ok(karier_dataset_diagnostic_get(NULL, NULL, NULL, NULL, &cname, &value, &msg, ds, 0));
	assert_string_equal(msg, "unknown column \"a;b;c;d;e;f;g;h;i\" ignored");
	assert_string_equal(cname, ""); /* a header diagnostic names the column in its message and value */
	assert_string_equal(value, "a;b;c;d;e;f;g;h;i"); /* 8 semicolons, as many as the commas */
	karier_dataset_free(ds);
	remove_dir(dir);
}

static void positions_and_catalogue_as_json(void **state)
{
	(void)state;
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, data_dir(), NULL, 0));
	const karier_position *pos[3];
	for (int i = 0; i < 3; i++)
		pos[i] = karier_dataset_position(ds, i);
	karier_position *own = NULL;
	assert_ok(karier_position_copy(&own, pos[1]));
	assert_ok(karier_position_set_requirement(own, KARIER_REQ_MIN_GOLONGAN, KARIER_GOL_IIIB));
	assert_ok(karier_position_set_requirement(own, KARIER_REQ_BUP, 60));
	assert_ok(karier_position_add_pendidikan(own, KARIER_PEND_S1));
	assert_ok(karier_position_add_pendidikan(own, KARIER_PEND_D4));
	pos[1] = own;
	char *pj = NULL, *cj = NULL;
	assert_ok(karier_positions_to_json(&pj, pos, 3));
	assert_non_null(strstr(pj, "\"min_golongan\": \"III/b\""));
	assert_non_null(strstr(pj, "\"pendidikan_diterima\": [\n        \"S1\",\n        \"D4\"\n      ]"));
	assert_non_null(strstr(pj, "\"INTEGRITAS\": 3"));
	assert_ok(karier_catalog_to_json(&cj, karier_dataset_catalog(ds)));
	assert_non_null(strstr(cj, "\"biaya\": 3000000"));

	/* the same folder with the JSON forms loads to the same positions and courses */
	char dir[64];
	new_folder(dir);
	copy_files(data_dir(), dir, (const char *const[]){"pegawai.csv", "kinerja.csv", "kompetensi.csv",
	                                                  "pelatihan.csv", "disiplin.csv", NULL});
	put(dir, "jabatan.json", pj);
	put(dir, "katalog.json", cj);
	karier_dataset *dj = NULL;
	assert_ok(karier_dataset_load(&dj, dir, NULL, 0));
	assert_true(karier_dataset_has_file(dj, "jabatan.json"));
	const karier_position *back[3];
	for (int i = 0; i < 3; i++)
		back[i] = karier_dataset_position(dj, i);
	char *pj2 = NULL, *cj2 = NULL;
	assert_ok(karier_positions_to_json(&pj2, back, 3));
	assert_ok(karier_catalog_to_json(&cj2, karier_dataset_catalog(dj)));
	assert_string_equal(pj, pj2);
	assert_string_equal(cj, cj2);
	int64_t bup;
	assert_ok(karier_position_requirement(&bup, karier_dataset_position_find(dj, "KASUBAG"), KARIER_REQ_BUP));
	assert_int_equal(bup, 60);
	assert_true(karier_position_accepts_pendidikan(karier_dataset_position_find(dj, "KASUBAG"), KARIER_PEND_D4));
	assert_false(karier_position_accepts_pendidikan(karier_dataset_position_find(dj, "KASUBAG"), KARIER_PEND_S2));
	karier_dataset_free(dj);

	/* both forms at once, and a bad course, are errors with their place */
	copy_file(data_dir(), dir, "katalog.csv");
	assert_int_equal(karier_dataset_load(&dj, dir, NULL, 0), KARIER_EFORMAT);
	int64_t line, col;
	const char *file, *msg;
	assert_ok(karier_dataset_diagnostic_get(NULL, &file, NULL, NULL, NULL, NULL, &msg, dj, 0));
	assert_string_equal(file, "katalog.json");
	assert_non_null(strstr(msg, "also holds katalog.csv"));
	karier_dataset_free(dj);
	char path[512];
	snprintf(path, sizeof path, "%s/katalog.csv", dir);
	unlink(path);
	put(dir, "katalog.json",
	    "{\"pelatihan\": [\n  {\"kode\": \"A\", \"nama\": \"A\", \"kompetensi\": \"K\", \"level_min\": 1, \"level_hasil\": 2,"
	    " \"jp\": 8, \"biaya\": 1, \"moda\": \"klasikal\"},\n  {\"kode\": \"B\", \"nama\": \"B\", \"kompetensi\": \"K\",\n"
	    "   \"level_min\": 2,\n   \"level_hasil\": 2, \"jp\": 8, \"biaya\": 1}]}\n");
	assert_int_equal(karier_dataset_load(&dj, dir, NULL, 0), KARIER_EFORMAT);
	assert_ok(karier_dataset_diagnostic_get(NULL, &file, &line, &col, NULL, NULL, &msg, dj, 0));
	assert_string_equal(file, "katalog.json");
	assert_int_equal(line, 5);
	assert_int_equal(col, 4);
	assert_string_equal(msg, "B: level_hasil: 2 for course B is outside 3..5");
	karier_dataset_free(dj);
	put(dir, "jabatan.json", "{\"jabatan\": [{\"kode\": \"X\", \"nama\": \"X\", \"jenis\": \"menteri\"}]}");
	assert_int_equal(karier_dataset_load(&dj, dir, NULL, 0), KARIER_EFORMAT);
	assert_ok(karier_dataset_diagnostic_get(NULL, &file, NULL, NULL, NULL, NULL, &msg, dj, 0));
	assert_string_equal(file, "jabatan.json");
	assert_non_null(strstr(msg, "\"menteri\" is not a known code"));
	karier_dataset_free(dj);
	remove_dir(dir);

	karier_free_string(pj);
	karier_free_string(cj);
	karier_free_string(pj2);
	karier_free_string(cj2);
	karier_position_free(own);
	karier_dataset_free(ds);
}

/* Load @dir after writing @text as @file; the first diagnostic (which must be an error) as "line:col: message". */
static const char *first_error(const char *dir, const char *file, const char *text)
{
	static char out[600];
	put(dir, file, text);
	karier_dataset *ds = NULL;
	int rc = karier_dataset_load(&ds, dir, NULL, 0);
	assert_true(rc == KARIER_EFORMAT);
	const char *f, *msg;
	int64_t line, col;
	int32_t sev;
	assert_ok(karier_dataset_diagnostic_get(&sev, &f, &line, &col, NULL, NULL, &msg, ds, 0));
	assert_int_equal(sev, KARIER_DIAG_ERROR);
	assert_string_equal(f, file);
	snprintf(out, sizeof out, "%lld:%lld: %s", (long long)line, (long long)col, msg);
	karier_dataset_free(ds);
	return out;
}

/* jabatan.json and katalog.json: every key known and of its type, every integer range-checked before it is
 * narrowed (issue 21: "persyaratan": "bup 58" was read as no requirement, a level of 4294967299 as 3). */
static void json_keys_and_types(void **state)
{
	(void)state;
	char dir[64];
	new_folder(dir);
	copy_files(data_dir(), dir, (const char *const[]){"pegawai.csv", "kinerja.csv", "kompetensi.csv",
	                                                  "pelatihan.csv", "disiplin.csv", "katalog.csv", NULL});
#define JAB(body) "{\"libkarier_positions\": 1, \"jabatan\": [\n  {\"kode\": \"X\", \"nama\": \"X\", \"jenis\": \"pelaksana\"" body "}]}\n"
	assert_string_equal(first_error(dir, "jabatan.json", JAB(",\n   \"persyaratan\": \"bup 58\"")),
	                    "3:4: X: persyaratan: expected an object");
	assert_string_equal(first_error(dir, "jabatan.json", JAB(", \"standar\": [4, 4]")),
	                    "2:52: X: standar: expected an object");
	assert_string_equal(first_error(dir, "jabatan.json", JAB(", \"standar\": {\"INTEGRITAS\": 4294967299}")),
	                    "2:64: X: standar: INTEGRITAS: level 4294967299 is outside 1..5");
	assert_string_equal(first_error(dir, "jabatan.json", JAB(", \"standar\": {\"INTEGRITAS\": 6}")),
	                    "2:64: X: standar: INTEGRITAS: level 6 is outside 1..5");
	assert_string_equal(first_error(dir, "jabatan.json", JAB(", \"standar\": {\"INTEGRITAS\": \"4\"}")),
	                    "2:64: X: standar: INTEGRITAS: expected a whole number 1..5");
	assert_string_equal(first_error(dir, "jabatan.json", JAB(", \"persyaratn\": {}")),
	                    "2:52: X: persyaratn: not a key of a jabatan (kode, nama, jenis, jenjang, persyaratan, standar, "
	                    "pendidikan_diterima)");
	assert_string_equal(first_error(dir, "jabatan.json", JAB(", \"persyaratan\": {\"bup\": \"58\"}")),
	                    "2:68: X: bup: expected a whole number");
	assert_string_equal(first_error(dir, "jabatan.json", JAB(", \"persyaratan\": {\"bupp\": 58}")),
	                    "2:68: X: bupp: not a key of persyaratan (min_golongan, min_pendidikan, bup, usia_maksimum, "
	                    "pelatihan, masa_jabatan_sebelumnya, pengalaman, tahun_kinerja)");
	assert_string_equal(first_error(dir, "jabatan.json", JAB(", \"persyaratan\": {\"bup\": 4294967354}")),
	                    "2:68: X: bup: 4294967354 is outside 40..80 years");
	assert_string_equal(first_error(dir, "jabatan.json", JAB(", \"jenjang\": 3")), "2:52: X: jenjang: expected a string or null");
	assert_string_equal(first_error(dir, "jabatan.json", "{\"libkarier_positions\": 2, \"jabatan\": []}"),
	                    "1:2: libkarier_positions: this library reads format 1");
	assert_string_equal(first_error(dir, "jabatan.json", "{\"jabatan\": [], \"jabatn\": []}"),
	                    "1:17: jabatn: not a key of the file (libkarier_positions, jabatan)");
	assert_string_equal(first_error(dir, "jabatan.json", "{\"jabatan\": [\"X\"]}"),
	                    "1:1: (no kode): each element of the array must be an object");
	/* a code twice: the second element is the error (found through a hash set, not by comparing with every earlier code) */
	assert_string_equal(first_error(dir, "jabatan.json", JAB("},\n  {\"kode\": \"Y\", \"nama\": \"Y\", \"jenis\": \"pelaksana\"},\n"
	                                                         "  {\"kode\": \"X\", \"nama\": \"X2\", \"jenis\": \"pelaksana\"")),
	                    "2:12: X: jabatan code appears twice");
	/* the well-formed element is read: the first error is then pegawai.csv's, whose jabatan are not X */
	put(dir, "jabatan.json", JAB(", \"jenjang\": null, \"persyaratan\": {\"bup\": 58}, \"standar\": {\"INTEGRITAS\": 5}"));
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	const char *file;
	assert_ok(karier_dataset_diagnostic_get(NULL, &file, NULL, NULL, NULL, NULL, NULL, ds, 0));
	assert_string_equal(file, "pegawai.csv");
	karier_dataset_free(ds);
#undef JAB
	char path[512];
	snprintf(path, sizeof path, "%s/jabatan.json", dir);
	unlink(path);
	copy_file(data_dir(), dir, "jabatan.csv");
	copy_file(data_dir(), dir, "standar_kompetensi.csv");
	snprintf(path, sizeof path, "%s/katalog.csv", dir);
	unlink(path);

#define KAT(body) "{\"pelatihan\": [\n  {\"kode\": \"A\", \"nama\": \"A\", \"kompetensi\": \"K\", \"level_min\": 1, " \
	          "\"level_hasil\": 2, \"jp\": 8, \"biaya\": 1" body "}]}\n"
	assert_string_equal(first_error(dir, "katalog.json", KAT(", \"moda\": 5")), "2:104: A: moda: expected a string or null");
	assert_string_equal(first_error(dir, "katalog.json", KAT(", \"moda\": \"terbang\"")),
	                    "2:104: A: moda: \"terbang\" is not a known code (expected one of: klasikal, nonklasikal)");
	assert_string_equal(first_error(dir, "katalog.json", KAT(", \"biayaa\": 5")),
	                    "2:104: A: biayaa: not a key of a course (kode, nama, kompetensi, level_min, level_hasil, jp, biaya, moda)");
	assert_string_equal(first_error(dir, "katalog.json",
	                                "{\"pelatihan\": [\n  {\"kode\": \"A\", \"nama\": \"A\", \"kompetensi\": \"K\", "
	                                "\"level_min\": 1, \"level_hasil\": 2, \"jp\": 4294967304, \"biaya\": 1}]}\n"),
	                    "2:83: A: jp: 4294967304 is far outside its range");
	assert_string_equal(first_error(dir, "katalog.json",
	                                "{\"pelatihan\": [\n  {\"kode\": \"A\", \"nama\": \"A\", \"kompetensi\": \"K\", "
	                                "\"level_min\": 1, \"level_hasil\": 2.0, \"jp\": 8, \"biaya\": 1}]}\n"),
	                    "2:65: A: level_hasil: expected a whole number");
	put(dir, "katalog.json", KAT(", \"moda\": null"));
	assert_ok(karier_dataset_load(&ds, dir, NULL, 0));
	assert_int_equal(karier_catalog_count(karier_dataset_catalog(ds)), 1);
	karier_dataset_free(ds);
#undef KAT
	remove_dir(dir);
}

/* jabatan.csv: a code twice is an error at the second row; the positions found by code afterwards (standar) */
static void jabatan_csv_codes(void **state)
{
	(void)state;
	const char *sample = getenv("KARIER_SAMPLE_DATA"); /* data/sample: 24 positions */
	assert_non_null(sample);
	char dir[64];
	new_folder(dir);
	copy_files(sample, dir, (const char *const[]){"pegawai.csv", "kinerja.csv", "kompetensi.csv", "pelatihan.csv",
	                                              "disiplin.csv", "katalog.csv", "standar_kompetensi.csv", NULL});
	char path[512];
	snprintf(path, sizeof path, "%s/jabatan.csv", dir);
	char *text = NULL;
	{
		char src[512];
		snprintf(src, sizeof src, "%s/jabatan.csv", sample);
		FILE *in = fopen(src, "rb");
		assert_non_null(in);
		text = calloc(1, 1 << 20);
		size_t n = fread(text, 1, (1 << 20) - 1, in);
		fclose(in);
		assert_true(n > 0);
	}
	/* the sample's jabatan.csv with its second row repeated at the end */
	char *row2 = strchr(text, '\n') + 1, *end2 = strchr(row2, '\n') + 1;
	size_t len = strlen(text);
	char *twice = calloc(1, len + (size_t)(end2 - row2) + 1);
	memcpy(twice, text, len);
	memcpy(twice + len, row2, (size_t)(end2 - row2));
	int32_t lines = 0;
	for (char *q = text; *q; q++)
		lines += *q == '\n';
	const char *got = first_error(dir, "jabatan.csv", twice);
	assert_non_null(strstr(got, "jabatan code appears twice"));
	char head[32];
	snprintf(head, sizeof head, "%d:1: ", (int)lines + 1);
	assert_int_equal(strncmp(got, head, strlen(head)), 0);
	/* written in reverse order, the positions are still found by code */
	put(dir, "jabatan.csv", text);
	karier_dataset *a = NULL, *b = NULL;
	assert_ok(karier_dataset_load(&a, dir, NULL, 0));
	char *rows[4096];
	int32_t nrows = 0;
	char *body = strchr(text, '\n') + 1;
	for (char *q = body; *q && nrows < 4096;) {
		rows[nrows++] = q;
		q = strchr(q, '\n') + 1;
	}
	char *rev = calloc(1, len + 1);
	size_t at = (size_t)(body - text);
	memcpy(rev, text, at);
	for (int32_t i = nrows - 1; i >= 0; i--) {
		size_t l = (size_t)(strchr(rows[i], '\n') + 1 - rows[i]);
		memcpy(rev + at, rows[i], l);
		at += l;
	}
	put(dir, "jabatan.csv", rev);
	assert_ok(karier_dataset_load(&b, dir, NULL, 0));
	assert_int_equal(karier_dataset_position_count(a), karier_dataset_position_count(b));
	assert_true(karier_dataset_position_count(a) > 3);
	for (int32_t i = 0; i < karier_dataset_position_count(a); i++) {
		const karier_position *pa = karier_dataset_position(a, i);
		const karier_position *pb = karier_dataset_position_find(b, karier_position_code(pa));
		assert_non_null(pb);
		assert_string_equal(karier_position_code(pa), karier_position_code(pb));
		assert_int_equal(karier_position_standard_count(pa), karier_position_standard_count(pb));
	}
	assert_null(karier_dataset_position_find(b, "NO-SUCH"));
	karier_dataset_free(a);
	karier_dataset_free(b);
	free(text);
	free(twice);
	free(rev);
	remove_dir(dir);
}

/* A cell's bytes are shown escaped (a terminal escape sequence in a CSV cell must not reach a terminal) and
 * a long value is cut after a whole UTF-8 character (issue 21). */
static void diagnostics_shown_safely(void **state)
{
	(void)state;
	char dir[64];
	new_folder(dir);
	copy_files(data_dir(), dir, (const char *const[]){"pegawai.csv", "kompetensi.csv", "pelatihan.csv",
	                                                  "disiplin.csv", "katalog.csv", "jabatan.csv",
	                                                  "standar_kompetensi.csv", NULL});
	char text[600] = "nip,tahun,predikat\n198501012010011001,2024,\x1b[31mbaik\x7f\n198501012010011001,2025,";
	for (int i = 0; i < 50; i++)
		strcat(text, "\xc3\xa9"); /* e with acute accent, two bytes */
	strcat(text, "\n");
	put(dir, "kinerja.csv", text);
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	assert_int_equal(karier_dataset_diagnostic_count(ds), 2);
	const char *value, *msg;
	assert_ok(karier_dataset_diagnostic_get(NULL, NULL, NULL, NULL, NULL, &value, &msg, ds, 0));
	assert_string_equal(value, "\\x1b[31mbaik\\x7f");
	assert_null(strchr(msg, '\x1b'));
	assert_non_null(strstr(msg, "\"\\x1b[31mbaik\\x7f\" is not a known code"));
	assert_ok(karier_dataset_diagnostic_get(NULL, NULL, NULL, NULL, NULL, &value, &msg, ds, 1));
	char want[100] = "";
	for (int i = 0; i < 39; i++) /* 78 of the 79 bytes the value holds: the 40th character would not fit whole */
		strcat(want, "\xc3\xa9");
	assert_string_equal(value, want);
	karier_dataset_free(ds);
	remove_dir(dir);
}

/* Write pegawai.csv of 12,000 employees (about 1.1 MB: more than one chunk of the reader): employee 0's name holds
 * a stray quote in an unquoted field, every 7th name is quoted, and so is every 7th value of an unknown column,
 * over two lines.  A NUL byte is put into the name
 * of employee @nul_at and a byte that is not UTF-8 into that of @bad_at (-1: none).  Returns the line of each. */
static void write_12000(const char *dir, int nul_at, int bad_at, int32_t *nul_line, int32_t *bad_line)
{
	char path[512];
	snprintf(path, sizeof path, "%s/pegawai.csv", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs("nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan,catatan\n", f);
	int32_t line = 2;
	for (int i = 0; i < 12000; i++) {
		fprintf(f, "19%02d0101202201%d%03d,", 80 + i / 1000, 1 + (i / 500) % 2, 1 + i % 500);
		if (i == 0)
			fputs("Budi 5\" Santoso", f);
		else if (i == nul_at || i == bad_at)
			fprintf(f, "Pegawai %c%d", i == nul_at ? '\0' : '\xff', i);
		else if (i % 7 == 0)
			fprintf(f, "\"Pegawai, \"\"%d\"\"\"", i);
		else
			fprintf(f, "Pegawai %d", i);
		fputs(",PNS,S1,III/a,2022-01-01,PLK,2022-01-03,", f);
		/* a column the reader does not know (a warning), quoted over two lines on every 7th row */
		fputs(i % 7 == 0 ? "\"baris satu,\nbaris \"\"dua\"\"\"\n" : "-\n", f);
		if (i == nul_at)
			*nul_line = line;
		if (i == bad_at)
			*bad_line = line;
		line += i % 7 == 0 ? 2 : 1;
	}
	fclose(f);
}

/* The chunk scanner and the row parser share one definition of quoting, and a byte that is not text costs its own
 * row only (issue 21: a stray quote gave a false "quoted field is never closed"; one NUL byte ended the file, so
 * --skip-bad-rows loaded 0 of 12,000 employees). */
static void quoting_and_bad_bytes_per_row(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	int32_t nul_line = 0, bad_line = 0;
	write_12000(dir, -1, -1, &nul_line, &bad_line);
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, dir, NULL, 0));
	assert_int_equal(karier_dataset_employee_count(ds), 12000);
	assert_string_equal(karier_employee_nama(karier_dataset_employee(ds, 0)), "Budi 5\" Santoso");
	assert_string_equal(karier_employee_nama(karier_dataset_employee(ds, 7)), "Pegawai, \"7\"");
	assert_string_equal(karier_employee_nama(karier_dataset_employee(ds, 11999)), "Pegawai 11999");
	karier_dataset_free(ds);
	same_on_two_threads(dir, 0);

	write_12000(dir, 5000, 9001, &nul_line, &bad_line);
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	assert_int_equal(karier_dataset_error_count(ds), 2); /* both rows found: the file is read past the first */
	int64_t line, col;
	const char *msg;
	assert_ok(karier_dataset_diagnostic_get(NULL, NULL, &line, &col, NULL, NULL, &msg, ds, 1)); /* 0 is the warning about catatan */
	assert_int_equal(line, nul_line);
	assert_int_equal(col, 28); /* 18 digits, a comma, "Pegawai ": the 28th byte */
	assert_string_equal(msg, "holds a NUL byte (not text: a binary file?)");
	assert_ok(karier_dataset_diagnostic_get(NULL, NULL, &line, &col, NULL, NULL, &msg, ds, 2));
	assert_int_equal(line, bad_line);
	assert_int_equal(col, 28);
	assert_string_equal(msg, "is not valid UTF-8");
	karier_dataset_free(ds);
	/* and a kinerja row short of a field, one of employee 5000 (whose pegawai row is bad), one good */
	put(dir, "kinerja.csv", "nip,tahun,predikat\n198001012022011001,2024\n198501012022011001,2024,baik\n"
	                        "198001012022011001,2025,baik\n");
	assert_ok(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_SKIP_BAD_ROWS));
	assert_int_equal(karier_dataset_employee_count(ds), 11998); /* the two rows, and only those, left out */
	assert_int_equal(karier_dataset_error_count(ds), 3);
	assert_int_equal(karier_dataset_skipped_rows(ds, "pegawai.csv"), 2);
	assert_int_equal(karier_dataset_skipped_rows(ds, "kinerja.csv"), 2);
	assert_int_equal(karier_employee_kinerja_count(karier_dataset_employee(ds, 0)), 1);
	assert_int_equal(karier_dataset_skipped_rows(ds, "nope.csv"), 0);
	assert_int_equal(karier_dataset_skipped_rows(NULL, "pegawai.csv"), 0);
	assert_string_equal(karier_dataset_file_name(0), "pegawai.csv");
	assert_string_equal(karier_dataset_file_name(10), "katalog.json");
	assert_string_equal(karier_dataset_file_name(11), "pola_karier.csv");
	assert_null(karier_dataset_file_name(12));
	assert_null(karier_dataset_file_name(-1));
	/* in pegawai.csv's order: employee 4999, then 5001 (5000, NIP 198501012022011001, is the NUL row) */
	assert_string_equal(karier_employee_nip(karier_dataset_employee(ds, 4999)), "198401012022012500");
	assert_string_equal(karier_employee_nip(karier_dataset_employee(ds, 5000)), "198501012022011002");
	assert_string_equal(karier_employee_nama(karier_dataset_employee(ds, 5000)), "Pegawai 5001");
	karier_dataset_free(ds);
	same_on_two_threads(dir, KARIER_DATASET_SKIP_BAD_ROWS);
	remove_dir(dir);
}

/* Issue 19: an employee found by NIP in a dataset (a hash lookup, spaces in the NIP allowed). */
static void employee_found_by_nip(void **state)
{
	(void)state;
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, data_dir(), NULL, 0));
	int32_t i = 99;
	assert_ok(karier_dataset_employee_find(&i, ds, "199001012015032001"));
	assert_int_equal(i, 1);
	assert_string_equal(karier_employee_nama(karier_dataset_employee(ds, i)), "Sari Dewi");
	assert_ok(karier_dataset_employee_find(&i, ds, "19920305 202012 1 001"));
	assert_int_equal(i, 2);
	assert_fails(karier_dataset_employee_find(&i, ds, "199912312025011999"), KARIER_ENOTFOUND, "not in the cohort");
	assert_int_equal(i, -1);
	assert_fails(karier_dataset_employee_find(&i, ds, "1985"), KARIER_EINVAL, "not 18 digits");
	assert_fails(karier_dataset_employee_find(&i, ds, NULL), KARIER_EINVAL, "nip");
	assert_fails(karier_dataset_employee_find(NULL, ds, "199001012015032001"), KARIER_EINVAL, "out_index");
	assert_fails(karier_dataset_employee_find(&i, NULL, "199001012015032001"), KARIER_EINVAL, "dataset");
	/* a cohort built by add: the first employee added with a NIP */
	karier_cohort *co = NULL;
	assert_ok(karier_cohort_new(&co));
	for (int k = 2; k >= 0; k--)
		assert_ok(karier_cohort_add(co, karier_dataset_employee(ds, k), NULL));
	assert_ok(karier_cohort_add(co, karier_dataset_employee(ds, 2), NULL)); /* again, at index 3 */
	assert_ok(karier_cohort_find(&i, co, "198501012010011001"));
	assert_int_equal(i, 2);
	assert_ok(karier_cohort_find(&i, co, "199203052020121001"));
	assert_int_equal(i, 0);
	assert_fails(karier_cohort_find(&i, NULL, "199203052020121001"), KARIER_EINVAL, "cohort");
	karier_cohort_free(co);
	karier_dataset_free(ds);
}

/* Issue 19: an employee from one JSON object (a database row with its histories) decides exactly as the
 * same employee read from the CSV dataset: the two decisions' JSON texts (karier_decision_to_json, the
 * command's lines) are equal byte for byte. Budi of tests/cli/kecil, reguler III/b -> III/c at 2026-04-01
 * (PP 99/2000 Ps7: four years in golongan since 2022-04-01, kinerja baik 2024 and 2025). */
static void employee_from_json_decides_as_from_csv(void **state)
{
	(void)state;
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, data_dir(), NULL, 0));
	const karier_employee *budi = karier_dataset_employee(ds, 0);
	karier_employee *e = NULL;
	assert_ok(karier_employee_from_json(&e,
		"{\"nip\": \"198501012010011001\", \"nama\": \"Budi Santoso\", \"status\": \"PNS\", \"pendidikan\": \"S-1\","
		" \"golongan\": \"3b\", \"tmt_golongan\": \"2022-04-01\", \"jabatan\": \"PLK\", \"jenis_jabatan\": \"pelaksana\","
		" \"tmt_jabatan\": \"2010-01-04\", \"unit_kerja\": \"Sekretariat\", \"potensi\": 70.0,"
		" \"kinerja\": [{\"tahun\": 2024, \"predikat\": \"baik\"}, {\"tahun\": 2025, \"predikat\": \"Baik\"}],"
		" \"kompetensi\": [{\"kompetensi\": \"INTEGRITAS\", \"level\": 1, \"tanggal\": \"2025-06-01\"},"
		"                {\"kompetensi\": \"KERJASAMA\", \"level\": 2, \"tanggal\": \"2025-06-01\"}],"
		" \"pelatihan\": [{\"kode\": \"EL-1\", \"tanggal_selesai\": \"2026-02-10\", \"jp\": 8, \"jenis\": \"TEKNIS\"}],"
		" \"disiplin\": [], \"riwayat_jabatan\": []}",
		NULL));
	karier_decision *d1 = NULL, *d2 = NULL;
	assert_ok(karier_promotion_evaluate(&d1, NULL, budi, karier_dataset_employee_position(ds, 0), 20260401));
	assert_ok(karier_promotion_evaluate(&d2, NULL, e, karier_dataset_employee_position(ds, 0), 20260401));
	char *j1 = NULL, *j2 = NULL;
	assert_ok(karier_decision_to_json(&j1, d1, budi, KARIER_LANG_ID, 0));
	assert_ok(karier_decision_to_json(&j2, d2, e, KARIER_LANG_ID, 0));
	assert_string_equal(j1, j2);
	assert_non_null(strstr(j1, "{\"nip\":\"198501012010011001\",\"nama\":\"Budi Santoso\",\"golongan\":\"III/b\","
	                           "\"eligible\":true,\"jenis\":\"reguler\",\"golongan_baru\":\"III/c\",\"tanggal\":\"2026-04-01\""));
	karier_free_string(j1);
	karier_free_string(j2);
	assert_ok(karier_decision_to_json(&j1, d1, NULL, KARIER_LANG_EN, 0)); /* without the employee: the decision only */
	assert_true(strncmp(j1, "{\"eligible\":true,", 17) == 0);
	assert_non_null(strstr(j1, "\"message\":\"Time in golongan 4 years meets the minimum of 4 years\""));
	karier_free_string(j1);
	assert_fails(karier_decision_to_json(&j1, d1, NULL, 7, 0), KARIER_EINVAL, "lang");
	assert_null(j1);
	assert_fails(karier_decision_to_json(&j1, d1, NULL, 0, 2), KARIER_EINVAL, "flags 2");
	assert_ok(karier_decision_to_json(&j1, d1, NULL, KARIER_LANG_ID, KARIER_JSON_FAILED_CHECKS)); /* eligible: none failed */
	assert_non_null(strstr(j1, "\"checks\":[]}"));
	karier_free_string(j1);
	assert_fails(karier_decision_to_json(&j1, NULL, NULL, 0, 0), KARIER_EINVAL, "decision");
	karier_merit *m = NULL;
	assert_ok(karier_merit_evaluate(&m, NULL, e, karier_dataset_employee_position(ds, 0), 20260401));
	assert_ok(karier_merit_to_json(&j1, m, e));
	assert_string_equal(j1, "{\"nip\":\"198501012010011001\",\"nama\":\"Budi Santoso\",\"skor\":83.75,\"komponen\":"
	                        "{\"kualifikasi\":100.0,\"kompetensi\":75.0,\"potensi\":70.0,\"kinerja\":85.0,\"integritas\":100.0},"
	                        "\"tidak_ada\":[],\"kotak\":5,\"kinerja_sumbu\":\"sesuai\",\"potensi_sumbu\":\"menengah\","
	                        "\"kelompok_rencana_suksesi\":false,\"krs_tidak_memenuhi\":[\"kotak\",\"kompetensi\"]}");
	karier_free_string(j1);
	assert_fails(karier_merit_to_json(NULL, m, e), KARIER_EINVAL, "out_json");
	/* text escaped as JSON wants it: a quote and a backslash, UTF-8 as it is */
	assert_ok(karier_employee_set_nama(e, "Budi \"Bud\" \\ Santoso Sé"));
	assert_ok(karier_merit_to_json(&j1, m, e));
	assert_non_null(strstr(j1, "\"nama\":\"Budi \\\"Bud\\\" \\\\ Santoso Sé\",\"skor\":83.75,"));
	karier_free_string(j1);
	/* the same in a long name: a quote and a backslash inside eight-byte runs, and a quote at the end */
	assert_ok(karier_employee_set_nama(e, "Raden Ajeng Kartini Djojoadhiningrat \"Ibu\" Pendidikan Jepara\\Rembang \xce\xa9\""));
	assert_ok(karier_merit_to_json(&j1, m, e));
	assert_non_null(strstr(j1, "\"nama\":\"Raden Ajeng Kartini Djojoadhiningrat \\\"Ibu\\\" Pendidikan Jepara\\\\Rembang "
	                           "\xce\xa9\\\"\",\"skor\""));
	karier_free_string(j1);
	karier_merit_free(m);
	karier_decision_free(d1);
	karier_decision_free(d2);
	karier_employee_free(e);
	karier_dataset_free(ds);
}

/* karier_json_quote: the library's one escaping of JSON strings (the to-JSON functions write theirs
 * through it, and so do the karier command's own lines), byte for byte as jansson's compact dump, which
 * the command's other lines come from (RFC 8259 section 7: a quote, a backslash and the control
 * characters must be escaped; everything else may stand as it is). */
static void json_quote_as_jansson_escapes(void **state)
{
	(void)state;
	char buf[64];
	assert_int_equal(karier_json_quote(buf, sizeof buf, "Nur \"Ani\""), 13);
	assert_string_equal(buf, "\"Nur \\\"Ani\\\"\"");
	assert_int_equal(karier_json_quote(buf, sizeof buf, "C:\\a/b"), 9); /* a backslash doubled; '/' as it is */
	assert_string_equal(buf, "\"C:\\\\a/b\"");
	assert_int_equal(karier_json_quote(buf, sizeof buf, "\t\n\r\b\f"), 12);
	assert_string_equal(buf, "\"\\t\\n\\r\\b\\f\"");
	assert_int_equal(karier_json_quote(buf, sizeof buf, "\x01\x1f\x7f"), 15); /* DEL is not a control character here */
	assert_string_equal(buf, "\"\\u0001\\u001F\x7f\"");
	assert_int_equal(karier_json_quote(buf, sizeof buf, "S\xc3\xa9 \xe2\x82\xac"), 9); /* UTF-8 as it is */
	assert_string_equal(buf, "\"S\xc3\xa9 \xe2\x82\xac\"");
	assert_int_equal(karier_json_quote(buf, sizeof buf, ""), 2);
	assert_string_equal(buf, "\"\"");
	/* every byte alone (those of 0x80 and above as the lead of a two-byte character), and runs of
	 * plain bytes around the escapes, as jansson writes them */
	for (int c = 1; c < 256; c++) {
		char text[4];
		if (c < 0x80)
			snprintf(text, sizeof text, "%c", c);
		else if (c >= 0xc2 && c <= 0xdf)
			snprintf(text, sizeof text, "%c%c", c, 0x80 | (c & 0x3f));
		else
			continue;
		char longer[64];
		snprintf(longer, sizeof longer, "abcdefgh%sijklmno%sp", text, text);
		for (int k = 0; k < 2; k++) {
			const char *t = k ? longer : text;
			json_t *v = json_string(t);
			assert_non_null(v);
			char *want = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
			int n = karier_json_quote(buf, sizeof buf, t);
			assert_int_equal(n, (int)strlen(want));
			assert_string_equal(buf, want);
			free(want);
			json_decref(v);
		}
	}
	/* snprintf rules: the length needed with no room, the text cut to the room (inside an escape too) */
	assert_int_equal(karier_json_quote(NULL, 0, "a\"b"), 6);
	memset(buf, 'x', sizeof buf);
	assert_int_equal(karier_json_quote(buf, 6, "a\"b"), 6); /* "a\"b" needs 7 bytes with its NUL */
	assert_string_equal(buf, "\"a\\\"b");
	assert_int_equal(karier_json_quote(buf, 4, "a\"b"), 6);
	assert_string_equal(buf, "\"a\\");
	assert_int_equal(karier_json_quote(buf, 3, "a\"b"), 6);
	assert_string_equal(buf, "\"a");
	assert_int_equal(karier_json_quote(buf, 2, "a\"b"), 6);
	assert_string_equal(buf, "\"");
	assert_int_equal(karier_json_quote(buf, 1, "a\"b"), 6);
	assert_string_equal(buf, "");
	assert_int_equal(karier_json_quote(buf, 7, "a\"b"), 6); /* exactly enough */
	assert_string_equal(buf, "\"a\\\"b\"");
	/* ten control bytes: 62 bytes quoted, 6 * 10 + 2, the most ten bytes can take; room for 63 holds
	 * them whole, room for 62 cuts the closing quote */
	static const char ctl[] = "\x01\x02\x03\x04\x05\x06\x0e\x0f\x10\x11";
	static const char ctl_quoted[] = "\"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u000E\\u000F\\u0010\\u0011\"";
	assert_int_equal(strlen(ctl_quoted), 62);
	assert_int_equal(karier_json_quote(buf, 63, ctl), 62);
	assert_string_equal(buf, ctl_quoted);
	memset(buf, 'x', sizeof buf);
	assert_int_equal(karier_json_quote(buf, 62, ctl), 62);
	assert_int_equal(strlen(buf), 61);
	assert_memory_equal(buf, ctl_quoted, 61);
	/* bad arguments: named, and buf left as it was */
	strcpy(buf, "keep");
	assert_fails(karier_json_quote(buf, sizeof buf, NULL), KARIER_EINVAL, "text");
	assert_fails(karier_json_quote(NULL, 8, "a"), KARIER_EINVAL, "buf is NULL and size is 8");
	assert_fails(karier_json_quote(buf, sizeof buf, "ab\xff"), KARIER_EINVAL, "text: invalid UTF-8 at byte 2");
	assert_fails(karier_json_quote(buf, sizeof buf, "Jos\xc3"), KARIER_EINVAL, "invalid UTF-8 at byte 3"); /* cut short */
	assert_string_equal(buf, "keep");
}

/* A plan, an allocation, a position and a course as JSON: the plan of Budi (kecil) against PLK, whose
 * INTEGRITAS 2 he lacks by one level (he has 1): INT-1, 8 JP, Rp 400,000, closes it (docs/training.md). */
static void plan_allocation_position_course_json(void **state)
{
	(void)state;
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, data_dir(), NULL, 0));
	const karier_employee *budi = karier_dataset_employee(ds, 0);
	const karier_position *plk = karier_dataset_employee_position(ds, 0);
	karier_plan *pl = NULL;
	assert_ok(karier_plan_new(&pl, NULL, budi, plk, karier_dataset_catalog(ds)));
	char *j = NULL;
	assert_ok(karier_plan_to_json(&j, pl, budi, plk));
	assert_string_equal(j, "{\"nip\":\"198501012010011001\",\"nama\":\"Budi Santoso\",\"jabatan\":\"PLK\",\"jpm\":75.0,"
	                       "\"kategori_jpm\":\"kurang_optimal\",\"kesenjangan\":[{\"kompetensi\":\"INTEGRITAS\",\"standar\":2,"
	                       "\"aktual\":1,\"selisih\":1}],\"rencana\":[{\"kode\":\"INT-1\",\"kompetensi\":\"INTEGRITAS\",\"jp\":8,"
	                       "\"biaya\":400000}],\"tidak_tertutup\":[]}");
	karier_free_string(j);
	assert_ok(karier_plan_to_json(&j, NULL, NULL, NULL)); /* no post to measure against */
	assert_string_equal(j, "{\"jabatan\":null,\"jpm\":null,\"kategori_jpm\":null,\"kesenjangan\":[],\"rencana\":[],"
	                       "\"tidak_tertutup\":[]}");
	karier_free_string(j);
	karier_plan_free(pl);
	/* the allocation under Rp 2,000,000 of the command's golden file (tests/cli/expected/training-budget.jsonl) */
	const karier_employee *emp[3];
	const karier_position *pos[3];
	for (int i = 0; i < 3; i++) {
		emp[i] = karier_dataset_employee(ds, i);
		pos[i] = karier_dataset_employee_position(ds, i);
	}
	karier_allocation *a = NULL;
	assert_ok(karier_allocate(&a, NULL, emp, pos, 3, karier_dataset_catalog(ds), 2000000, KARIER_NO_LIMIT, 2026, 1));
	assert_ok(karier_allocation_to_json(&j, a, 2000000, KARIER_NO_LIMIT));
	assert_string_equal(j, "{\"ringkasan\":{\"anggaran_idr\":2000000,\"terpakai_idr\":1300000,\"anggaran_jp\":null,"
	                       "\"terpakai_jp\":24,\"nilai\":3308.4,\"batas_atas\":3308.4,\"metode\":\"eksak\",\"selisih_batas\":0.0}}");
	karier_free_string(j);
	assert_fails(karier_allocation_to_json(&j, NULL, 0, 0), KARIER_EINVAL, "allocation");
	karier_allocation_free(a);
	/* a position from one jabatan.json element, read as strictly as the file */
	karier_position *p = NULL;
	assert_ok(karier_position_from_json(&p, "{\"kode\": \"KABID\", \"nama\": \"Kepala Bidang\", \"jenis\": \"administrator\","
	                                        " \"standar\": {\"INTEGRITAS\": 3}}"));
	assert_string_equal(karier_position_code(p), "KABID");
	assert_int_equal(karier_position_jabatan(p), KARIER_JAB_ADMINISTRATOR);
	assert_int_equal(karier_position_standard_count(p), 1);
	karier_position_free(p);
	assert_fails(karier_position_from_json(&p, "{\"kode\": \"X\", \"nama\": \"X\", \"jenis\": \"pelaksana\", \"moda\": 1}"),
	             KARIER_EFORMAT, "moda");
	assert_null(p);
	assert_fails(karier_position_from_json(&p, "{\"kode\": \"A\", \"nama\": \"A\", \"jenis\": \"pelaksana\"}, "
	                                           "{\"kode\": \"B\", \"nama\": \"B\", \"jenis\": \"pelaksana\"}"),
	             KARIER_EFORMAT, "expected one jabatan object, found 2");
	/* a course */
	karier_catalog *c = NULL;
	assert_ok(karier_catalog_new(&c));
	assert_ok(karier_catalog_add_json(c, "{\"kode\": \"INT-3\", \"nama\": \"Integritas 3\", \"kompetensi\": \"INTEGRITAS\","
	                                     " \"level_min\": 2, \"level_hasil\": 3, \"jp\": 16, \"biaya\": 900000, \"moda\": \"e-learning\"}"));
	assert_int_equal(karier_catalog_count(c), 1);
	assert_fails(karier_catalog_add_json(c, "{\"kode\": \"INT-3\", \"nama\": \"Lagi\", \"kompetensi\": \"INTEGRITAS\","
	                                        " \"level_min\": 2, \"level_hasil\": 3, \"jp\": 16, \"biaya\": 1}"),
	             KARIER_EEXISTS, "INT-3");
	assert_fails(karier_catalog_add_json(c, "{\"kode\": \"B\", \"nama\": \"B\", \"kompetensi\": \"K\", \"level_min\": 2,"
	                                        " \"level_hasil\": 1, \"jp\": 16, \"biaya\": 1}"),
	             KARIER_ERANGE, "level_hasil");
	assert_int_equal(karier_catalog_count(c), 1); /* unchanged by the failures */
	karier_catalog_free(c);
	karier_dataset_free(ds);
}

/* Every key checked, every error naming it; nothing half-built is returned. */
static void employee_from_json_errors_name_the_key(void **state)
{
	(void)state;
	static const struct {
		const char *json, *message;
		int status;
	} cases[] = {
		{"{\"nip\": \"198501012010011001\", \"status\": \"PNS\", \"agama\": \"x\"}", "pegawai: agama: unknown key", KARIER_EFORMAT},
		{"{\"status\": \"PNS\"}", "pegawai: nip: missing", KARIER_EFORMAT},
		{"{\"nip\": \"198501012010011001\"}", "pegawai: status: missing", KARIER_EFORMAT},
		{"{\"nip\": \"1985\", \"status\": \"PNS\"}", "pegawai: nip: nip \"1985\": 4 digits, expected 18", KARIER_EPARSE},
		{"{\"nip\": \"198501012010011001\", \"status\": \"PNS\", \"potensi\": \"tinggi\"}",
		 "pegawai: potensi: expected a number with at most two decimals", KARIER_EFORMAT},
		{"{\"nip\": \"198501012010011001\", \"status\": \"PNS\", \"potensi\": 69.725}", "pegawai: potensi: more than two decimals",
		 KARIER_EFORMAT},
		{"{\"nip\": \"198501012010011001\", \"status\": \"PNS\", \"golongan\": \"III/b\"}",
		 "pegawai: tmt_golongan: missing: golongan needs its tmt_golongan", KARIER_EFORMAT},
		{"{\"nip\": \"198501012010011001\", \"status\": \"PNS\", \"kinerja\": [{\"tahun\": 2024, \"predikat\": \"baik\"},"
		 " {\"tahun\": 2025, \"predikat\": \"hebat\"}]}",
		 "pegawai: kinerja[1].predikat: predikat: \"hebat\" is not a known code", KARIER_ENOTFOUND},
		{"{\"nip\": \"198501012010011001\", \"status\": \"PNS\", \"kinerja\": {\"tahun\": 2024}}",
		 "pegawai: kinerja: expected an array", KARIER_EFORMAT},
		{"{\"nip\": \"198501012010011001\", \"status\": \"PNS\", \"pelatihan\": [{\"kode\": \"A\", \"tanggal_selesai\":"
		 " \"2025-02-30\", \"jp\": 8}]}",
		 "pegawai: pelatihan[0].tanggal_selesai: date \"2025-02-30\": day 30 does not exist", KARIER_ERANGE},
		{"{\"nip\": \"198501012010011001\", \"status\": \"PNS\", \"kompetensi\": [{\"kompetensi\": \"X\", \"level\": 6}]}",
		 "pegawai: kompetensi[0].level: expected a whole number 1..5", KARIER_EFORMAT},
		{"{\"nip\": \"198501012010011001\", \"status\": \"PNS\", \"disiplin\": [{\"tingkat\": \"ringan\", \"jenis\": \"pdh\","
		 " \"tmt_mulai\": \"2025-01-01\"}]}",
		 "pegawai: disiplin[0]: tingkat does not agree with jenis", KARIER_EFORMAT},
		{"[1, 2]", "pegawai: : expected an object", KARIER_EFORMAT},
		{"{\"nip\": ", "pegawai:1:", KARIER_EFORMAT},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		karier_employee *e = (karier_employee *)1;
		int rc = karier_employee_from_json(&e, cases[i].json, NULL);
		if (rc != cases[i].status || !strstr(karier_last_error(), cases[i].message))
			fail_msg("case %zu: status %d, \"%s\"; wanted %d, \"%s\"", i, rc, karier_last_error(), cases[i].status,
			         cases[i].message);
		assert_null(e);
	}
	karier_employee *e = NULL;
	assert_fails(karier_employee_from_json(&e, NULL, NULL), KARIER_EINVAL, "text");
	assert_fails(karier_employee_from_json(NULL, "{}", NULL), KARIER_EINVAL, "out");
}

/* Diagnostic @i: its code and both messages. */
static void assert_diag(const karier_dataset *ds, int32_t i, const char *code, const char *en, const char *id)
{
	const char *c, *m;
	assert_ok(karier_dataset_diagnostic_text(&c, &m, ds, i, KARIER_LANG_EN));
	assert_string_equal(c, code);
	assert_string_equal(m, en);
	assert_ok(karier_dataset_diagnostic_text(NULL, &m, ds, i, KARIER_LANG_ID));
	assert_string_equal(m, id);
}

/* Issue 17: one typo in a pegawai.csv header is one error naming the closest column, not an error on
 * every history row ("NIP is not in pegawai.csv"); header names are trimmed and matched in any case. */
static void header_typo_named_once(void **state)
{
	(void)state;
	char dir[64];
	new_folder(dir);
	copy_files(data_dir(), dir, (const char *const[]){"jabatan.csv", "kinerja.csv", NULL});
	put(dir, "pegawai.csv", "nip, Nama ,status,pendidikan,golongan,tmt_golngan,jabatan,tmt_jabatan,unit_kreja\n"
	                        "198501012010011001,Budi,PNS,S1,III/b,2022-04-01,PLK,2010-01-04,Sekretariat\n");
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	assert_int_equal(karier_dataset_error_count(ds), 1);
	assert_int_equal(karier_dataset_diagnostic_count(ds), 3);
	int32_t sev;
	const char *file, *cname, *value;
	int64_t line, col;
	assert_ok(karier_dataset_diagnostic_get(&sev, &file, &line, &col, &cname, &value, NULL, ds, 0));
	assert_int_equal(sev, KARIER_DIAG_ERROR);
	assert_string_equal(file, "pegawai.csv");
	assert_int_equal(line, 1);
	assert_int_equal(col, 39); /* where tmt_golngan starts */
	assert_string_equal(value, "tmt_golngan");
	assert_diag(ds, 0, "COLUMN_MISSING",
	            "unknown column \"tmt_golngan\": did you mean the required column \"tmt_golongan\"? The file's rows are "
	            "not checked",
	            "kolom \"tmt_golngan\" tidak dikenal: maksudnya kolom wajib \"tmt_golongan\"? Baris berkas ini tidak diperiksa");
	/* an optional column misspelt: a warning with the suggestion */
	assert_ok(karier_dataset_diagnostic_get(&sev, NULL, NULL, NULL, NULL, NULL, NULL, ds, 1));
	assert_int_equal(sev, KARIER_DIAG_WARNING);
	assert_diag(ds, 1, "COLUMN_UNKNOWN", "unknown column \"unit_kreja\" ignored; did you mean \"unit_kerja\"?",
	            "kolom \"unit_kreja\" tidak dikenal, diabaikan; maksudnya \"unit_kerja\"?"); /* two edits away */
	/* kinerja.csv's rows are not checked against an unusable pegawai.csv: one line */
	assert_ok(karier_dataset_diagnostic_get(&sev, &file, NULL, NULL, NULL, NULL, NULL, ds, 2));
	assert_int_equal(sev, KARIER_DIAG_WARNING);
	assert_string_equal(file, "kinerja.csv");
	assert_diag(ds, 2, "NOT_CHECKED", "the file's rows are not checked: pegawai.csv is unusable (see its errors)",
	            "baris berkas ini tidak diperiksa: pegawai.csv tidak dapat dipakai (lihat galatnya)");
	karier_dataset_free(ds);
	/* a name far from every column gets no suggestion; " Nama " matched "nama" (trimmed, any case) */
	remove(strcat(strcpy((char[512]){0}, dir), "/kinerja.csv"));
	put(dir, "pegawai.csv", "nip, Nama ,STATUS,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan,  catatan  ,unit_krejaa\n"
	                        "198501012010011001,Budi,PNS,S1,III/b,2022-04-01,PLK,2010-01-04,x,y\n");
	assert_ok(karier_dataset_load(&ds, dir, NULL, 0));
	assert_int_equal(karier_dataset_diagnostic_count(ds), 2);
	assert_diag(ds, 0, "COLUMN_UNKNOWN", "unknown column \"catatan\" ignored", "kolom \"catatan\" tidak dikenal, diabaikan");
	assert_diag(ds, 1, "COLUMN_UNKNOWN", "unknown column \"unit_krejaa\" ignored", /* three edits: no guess */
	            "kolom \"unit_krejaa\" tidak dikenal, diabaikan");
	assert_string_equal(karier_employee_nama(karier_dataset_employee(ds, 0)), "Budi");
	assert_fails(karier_dataset_diagnostic_text(NULL, NULL, ds, 0, 2), KARIER_EINVAL, "lang: 2");
	assert_fails(karier_dataset_diagnostic_text(NULL, NULL, ds, 2, KARIER_LANG_ID), KARIER_ENOTFOUND, "index 2");
	assert_fails(karier_dataset_diagnostic_text(NULL, NULL, NULL, 0, KARIER_LANG_ID), KARIER_EINVAL, "dataset");
	karier_dataset_free(ds);
	remove_dir(dir);
}

/* A ';' file, what a spreadsheet in an Indonesian locale saves, may write the decimal comma it writes
 * ("69,72"); a ',' file may not (quoted, "69,72" there is refused, never guessed). */
static void decimal_comma_in_semicolon_files(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", "nip;nama;status;pendidikan;golongan;tmt_golongan;jabatan;tmt_jabatan;potensi;angka_kredit\n"
	                        "198501012010011001;Budi;PNS;S1;III/b;2022-04-01;PLK;2010-01-04;69,72;12,5\n"
	                        "199001012015032001;Sari;PNS;S1;III/c;2024-04-01;PLK;2024-04-01;70.25;\n");
	put(dir, "kinerja.csv", "nip;tahun;nilai\n198501012010011001;2025;90,5\n");
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, dir, NULL, 0));
	assert_int_equal(karier_employee_potensi(karier_dataset_employee(ds, 0)), 6972);
	assert_int_equal(karier_employee_angka_kredit(karier_dataset_employee(ds, 0)), 1250);
	assert_int_equal(karier_employee_potensi(karier_dataset_employee(ds, 1)), 7025); /* a point still reads */
	karier_dataset_free(ds);
	/* two separators in one number, and a comma and a point: refused */
	put(dir, "pegawai.csv", "nip;nama;status;pendidikan;golongan;tmt_golongan;jabatan;tmt_jabatan;potensi\n"
	                        "198501012010011001;Budi;PNS;S1;III/b;2022-04-01;PLK;2010-01-04;6,9,72\n"
	                        "199001012015032001;Sari;PNS;S1;III/c;2024-04-01;PLK;2024-04-01;1.069,72\n");
	remove(strcat(strcpy((char[512]){0}, dir), "/kinerja.csv"));
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	assert_int_equal(karier_dataset_error_count(ds), 2);
	assert_diag(ds, 0, "VALUE_NUMBER", "expected a number 0..100 with '.' or ',' (a ';' file) and at most two decimals",
	            "diharapkan angka 0..100 dengan '.' atau ',' (berkas berpemisah ';') dan paling banyak dua desimal");
	karier_dataset_free(ds);
	put(dir, "pegawai.csv", "nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan,potensi\n"
	                        "198501012010011001,Budi,PNS,S1,III/b,2022-04-01,PLK,2010-01-04,\"69,72\"\n");
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	assert_diag(ds, 0, "VALUE_NUMBER", "expected a number 0..100 with '.' and at most two decimals",
	            "diharapkan angka 0..100 dengan '.' dan paling banyak dua desimal");
	karier_dataset_free(ds);
	remove_dir(dir);
}

/* Issue 17: 100,000 rows with the same error list the first KARIER_DIAGNOSTICS_PER_KIND and count the rest
 * in one line of that code, in memory as on screen. */
static void diagnostics_bounded_per_kind(void **state)
{
	(void)state;
	char dir[64];
	FILE *f = folder_writing_kinerja(dir);
	fputs("nip,tahun,predikat\n", f);
	for (int i = 0; i < 100000; i++) /* a NIP pegawai.csv does not have */
		fprintf(f, "199912312025011999,%d,baik\n", 2000 + i % 25);
	fputs("198501012010011001,2024,hebat\n", f); /* another kind is still listed */
	fclose(f);
	for (int32_t flags = 0; flags <= KARIER_DATASET_THREADS; flags += KARIER_DATASET_THREADS) {
		karier_dataset *ds = NULL;
		assert_int_equal(karier_dataset_load(&ds, dir, NULL, flags), KARIER_EFORMAT);
		assert_int_equal(karier_dataset_error_count(ds), 100001);
		assert_int_equal(karier_dataset_diagnostic_count(ds), KARIER_DIAGNOSTICS_PER_KIND + 2);
		assert_diag(ds, 0, "NIP_UNKNOWN", "NIP is not in pegawai.csv", "NIP tidak ada di pegawai.csv");
		int64_t line;
		const char *value;
		assert_ok(karier_dataset_diagnostic_get(NULL, NULL, &line, NULL, NULL, NULL, NULL, ds, KARIER_DIAGNOSTICS_PER_KIND - 1));
		assert_int_equal(line, KARIER_DIAGNOSTICS_PER_KIND + 1);
		assert_diag(ds, KARIER_DIAGNOSTICS_PER_KIND, "VALUE_CODE", "predikat: \"hebat\" is not a known code (expected one of: sangat_kurang, kurang, butuh_perbaikan, baik, "
		            "sangat_baik)",
		            "kode tidak dikenal (ejaan yang diterima ada di docs/dataset.md)");
		assert_ok(karier_dataset_diagnostic_get(NULL, NULL, &line, NULL, NULL, &value, NULL, ds, KARIER_DIAGNOSTICS_PER_KIND + 1));
		assert_int_equal(line, 0);
		assert_string_equal(value, "NIP_UNKNOWN");
		assert_diag(ds, KARIER_DIAGNOSTICS_PER_KIND + 1, "DIAG_MORE",
		            "99980 more diagnostic(s) of code NIP_UNKNOWN in this file are counted but not listed (the first 20 are)",
		            "99980 diagnostik lain berkode NIP_UNKNOWN di berkas ini dihitung tetapi tidak dicantumkan (20 yang "
		            "pertama dicantumkan)");
		karier_dataset_free(ds);
	}
	karier_policy *p = NULL; /* a policy setting: an office may list more */
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "dataset.diagnostik_per_jenis", 50));
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, p, 0), KARIER_EFORMAT);
	assert_int_equal(karier_dataset_diagnostic_count(ds), 52);
	karier_dataset_free(ds);
	karier_policy_free(p);
	remove_dir(dir);
}

/* A file of bad rows lists its first KARIER_DIAGNOSTICS_PER_FILE diagnostics and counts the rest in one more
 * (issue 21: every diagnostic was kept, 912 MB for a 2 MB file of bad rows). */
static void diagnostics_bounded_per_file(void **state)
{
	(void)state;
	char dir[64];
	FILE *f = folder_writing_kinerja(dir);
	fputs("nip,tahun,predikat\n", f);
	for (int i = 0; i < 2500; i++) /* 2,500 rows, one error each: a predikat that is not one */
		fprintf(f, "198501012010011001,%d,hebat\n", 2000 + i % 25);
	fclose(f);
	karier_policy *many = NULL; /* one kind of error: the limit per kind raised out of the way */
	assert_ok(karier_policy_new_default(&many));
	assert_ok(karier_policy_set(many, "dataset.diagnostik_per_jenis", 1000000));
	for (int32_t flags = 0; flags <= KARIER_DATASET_THREADS; flags += KARIER_DATASET_THREADS) {
		karier_dataset *ds = NULL;
		assert_int_equal(karier_dataset_load(&ds, dir, many, flags), KARIER_EFORMAT);
		assert_int_equal(karier_dataset_error_count(ds), 2500); /* every error counted */
		assert_int_equal(karier_dataset_diagnostic_count(ds), KARIER_DIAGNOSTICS_PER_FILE + 1);
		int32_t sev;
		int64_t line;
		const char *file, *msg;
		assert_ok(karier_dataset_diagnostic_get(&sev, &file, &line, NULL, NULL, NULL, &msg, ds, KARIER_DIAGNOSTICS_PER_FILE - 1));
		assert_int_equal(line, 1001); /* the 1000th bad row, on line 1001 */
		assert_ok(karier_dataset_diagnostic_get(&sev, &file, &line, NULL, NULL, NULL, &msg, ds, KARIER_DIAGNOSTICS_PER_FILE));
		assert_int_equal(sev, KARIER_DIAG_ERROR);
		assert_string_equal(file, "kinerja.csv");
		assert_int_equal(line, 0);
		assert_string_equal(msg, "1500 more diagnostic(s) of this file, 1500 of them errors, are counted but not listed "
		                         "(the first 1000 are)");
		karier_dataset_free(ds);
	}
	/* the limits are policy settings: an office may list fewer, or allow longer rows */
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	karier_policy_free(many);
	assert_ok(karier_policy_set(p, "dataset.diagnostik_per_file", 10));
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, p, 0), KARIER_EFORMAT);
	assert_int_equal(karier_dataset_error_count(ds), 2500);
	assert_int_equal(karier_dataset_diagnostic_count(ds), 11);
	const char *msg;
	assert_ok(karier_dataset_diagnostic_get(NULL, NULL, NULL, NULL, NULL, NULL, &msg, ds, 10));
	assert_string_equal(msg, "2490 more diagnostic(s) of this file, 2490 of them errors, are counted but not listed "
	                         "(the first 10 are)");
	karier_dataset_free(ds);
	assert_fails(karier_policy_set(p, "dataset.diagnostik_per_file", 0), KARIER_ERANGE, "outside 1..10000000");
	karier_policy_free(p);
	remove_dir(dir);
}

/* Size limits: a CSV row without an end in sight, and a JSON file too large, are errors saying so; memory stays
 * bounded (issue 21: a file without line ends was buffered whole). */
static void size_limits(void **state)
{
	(void)state;
	char dir[64], path[512];
	FILE *f = folder_writing_kinerja(dir);
	fputs("nip,tahun,predikat\n198501012010011001,2024,baik\n198501012010011001,2025,\"baik", f);
	static char block[1 << 16];
	memset(block, 'x', sizeof block);
	for (int i = 0; i < (KARIER_CSV_ROW_MAX >> 16) + 8; i++) /* an unclosed quote, then 16.5 MiB and no end */
		assert_int_equal(fwrite(block, 1, sizeof block, f), sizeof block);
	fclose(f);
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	int64_t line, col;
	const char *file, *msg;
	assert_ok(karier_dataset_diagnostic_get(NULL, &file, &line, &col, NULL, NULL, &msg, ds, 0));
	assert_string_equal(file, "kinerja.csv");
	assert_int_equal(line, 3);
	assert_string_equal(msg, "a row longer than 16 MiB (policy dataset.baris_csv_maks_mib) starts here: no line end outside "
	                         "quotes (an unclosed quote, or not a CSV file); the file is read no further");
	karier_dataset_free(ds);
	/* a policy may allow longer rows: at 32 MiB the row is read to the end of the file, and its quote never closes */
	karier_policy *wide = NULL;
	assert_ok(karier_policy_new_default(&wide));
	assert_ok(karier_policy_set(wide, "dataset.baris_csv_maks_mib", 32));
	assert_int_equal(karier_dataset_load(&ds, dir, wide, 0), KARIER_EFORMAT);
	assert_ok(karier_dataset_diagnostic_get(NULL, &file, &line, &col, NULL, NULL, &msg, ds, 0));
	assert_int_equal(line, 3);
	assert_string_equal(msg, "quoted field is never closed (truncated file?)");
	karier_dataset_free(ds);
	karier_policy_free(wide);
	unlink(path);
	/* and a pegawai.csv without a single line end: refused at its header, not read to the end */
	snprintf(path, sizeof path, "%s/pegawai.csv", dir);
	f = fopen(path, "wb");
	assert_non_null(f);
	for (int i = 0; i < (KARIER_CSV_ROW_MAX >> 16) + 8; i++)
		assert_int_equal(fwrite(block, 1, sizeof block, f), sizeof block);
	fclose(f);
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	assert_ok(karier_dataset_diagnostic_get(NULL, &file, &line, &col, NULL, NULL, &msg, ds, 0));
	assert_string_equal(file, "pegawai.csv");
	assert_int_equal(line, 1);
	assert_non_null(strstr(msg, "a row longer than 16 MiB (policy dataset.baris_csv_maks_mib) starts here"));
	karier_dataset_free(ds);
	copy_file(data_dir(), dir, "pegawai.csv");

	/* a policy of KARIER_JSON_MAX bytes and one more: refused before it is parsed */
	snprintf(path, sizeof path, "%s/policy.json", dir);
	for (int over = 0; over <= 1; over++) {
		f = fopen(path, "wb");
		assert_non_null(f);
		fputs("{\"settings\": {}}", f);
		size_t left = (size_t)KARIER_JSON_MAX + (size_t)over - strlen("{\"settings\": {}}");
		memset(block, ' ', sizeof block);
		while (left) {
			size_t n = left < sizeof block ? left : sizeof block;
			assert_int_equal(fwrite(block, 1, n, f), n);
			left -= n;
		}
		fclose(f);
		karier_policy *p = NULL;
		assert_ok(karier_policy_new_default(&p));
		if (over)
			assert_fails(karier_policy_load_json(p, path), KARIER_ELIMIT, "policy.json: larger than 64 MiB (policy dataset.json_maks_mib)");
		else
			assert_ok(karier_policy_load_json(p, path));
		karier_policy_free(p);
	}
	unlink(path);
	remove_dir(dir);
}

/* Issue 16: columns the library does not read (agama) and ones it does (unit_kerja) kept as text
 * for an audit by group; a named column the file lacks is an error naming it. */
static void kept_columns(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", "nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan,Unit_Kerja, Agama ,lokasi\n"
	                        "198501012010011001,Budi,PNS,S1,III/b,2022-04-01,PLK,2010-01-04,Sekretariat,  Islam ,\n"
	                        "198601012010011002,Ani,PNS,S1,III/b,2022-04-01,PLK,2010-01-04,,Katolik,Kota\n");
	karier_dataset *ds = NULL;
	const char *names[3] = {"agama", "UNIT_KERJA", "lokasi"};
	assert_ok(karier_dataset_load_columns(&ds, dir, NULL, 0, names, 3));
	assert_int_equal(karier_dataset_diagnostic_count(ds), 0); /* agama and lokasi are not "unknown" now */
	assert_string_equal(karier_dataset_employee_column(ds, 0, "agama"), "Islam");
	assert_string_equal(karier_dataset_employee_column(ds, 1, "Agama"), "Katolik");
	assert_string_equal(karier_dataset_employee_column(ds, 0, "unit_kerja"), "Sekretariat");
	assert_string_equal(karier_dataset_employee_column(ds, 1, "unit_kerja"), "");
	assert_string_equal(karier_dataset_employee_column(ds, 0, "lokasi"), "");
	assert_string_equal(karier_dataset_employee_column(ds, 1, "lokasi"), "Kota");
	assert_string_equal(karier_employee_unit_kerja(karier_dataset_employee(ds, 0)), "Sekretariat"); /* still read */
	assert_null(karier_dataset_employee_column(ds, 2, "agama"));
	assert_null(karier_dataset_employee_column(ds, -1, "agama"));
	assert_null(karier_dataset_employee_column(ds, 0, "nama")); /* not kept */
	assert_null(karier_dataset_employee_column(ds, 0, NULL));
	assert_null(karier_dataset_employee_column(NULL, 0, "agama"));
	karier_dataset_free(ds);
	/* without the names, the same file warns of its two unknown columns */
	assert_ok(karier_dataset_load(&ds, dir, NULL, 0));
	assert_int_equal(karier_dataset_diagnostic_count(ds), 2);
	assert_null(karier_dataset_employee_column(ds, 0, "agama"));
	karier_dataset_free(ds);
	/* a kept column the file lacks: one error at line 1 with the closest header */
	const char *typo[1] = {"agma"};
	assert_int_equal(karier_dataset_load_columns(&ds, dir, NULL, 0, typo, 1), KARIER_EFORMAT);
	assert_int_equal(karier_dataset_error_count(ds), 1);
	assert_diag(ds, 0, "COLUMN_MISSING",
	            "unknown column \"Agama\": did you mean the required column \"agma\"? The file's rows are not checked",
	            "kolom \"Agama\" tidak dikenal: maksudnya kolom wajib \"agma\"? Baris berkas ini tidak diperiksa");
	karier_dataset_free(ds);
	const char *absent[1] = {"golongan_darah"};
	assert_int_equal(karier_dataset_load_columns(&ds, dir, NULL, 0, absent, 1), KARIER_EFORMAT);
	const char *code, *msg;
	int32_t last = karier_dataset_diagnostic_count(ds) - 1; /* after the warnings of Agama and lokasi */
	assert_int_equal(last, 2);
	assert_ok(karier_dataset_diagnostic_text(&code, &msg, ds, last, KARIER_LANG_EN));
	assert_string_equal(code, "COLUMN_MISSING");
	assert_non_null(strstr(msg, "\"golongan_darah\""));
	karier_dataset_free(ds);
	/* bad arguments leave *out alone */
	ds = NULL;
	const char *twice[2] = {"agama", "AGAMA"}, *empty[1] = {""}, *nine[9] = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
	assert_fails(karier_dataset_load_columns(&ds, dir, NULL, 0, twice, 2), KARIER_EINVAL, "named twice");
	assert_fails(karier_dataset_load_columns(&ds, dir, NULL, 0, empty, 1), KARIER_EINVAL, "columns[0]");
	assert_fails(karier_dataset_load_columns(&ds, dir, NULL, 0, nine, 9), KARIER_EINVAL, "0 to 8");
	assert_fails(karier_dataset_load_columns(&ds, dir, NULL, 0, NULL, 1), KARIER_EINVAL, "columns");
	assert_null(ds);
	remove_dir(dir);
}

/* A NIP repeated after a row of it with errors is still a NIP given twice: the first row stands (with its
 * errors), and with --skip-bad-rows neither row makes an employee; kinerja rows of that NIP are dropped. */
static void nip_twice_after_a_bad_row(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", "nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan\n"
	                        "198501012010011001,Budi,PNS,S1,IX/z,2022-04-01,PLK,2010-01-04\n"
	                        "198501012010011001,Budi,PNS,S1,III/b,2022-04-01,PLK,2010-01-04\n"
	                        "198601012010011002,Ani,PNS,S1,III/b,2022-04-01,PLK,2010-01-04\n");
	put(dir, "kinerja.csv", "nip,tahun,predikat\n198501012010011001,2025,baik\n198601012010011002,2025,baik\n");
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_SKIP_BAD_ROWS), KARIER_OK);
	assert_int_equal(karier_dataset_employee_count(ds), 1);
	assert_string_equal(karier_employee_nip(karier_dataset_employee(ds, 0)), "198601012010011002");
	int found = 0;
	for (int32_t i = 0; i < karier_dataset_diagnostic_count(ds); i++) {
		const char *code, *file;
		int64_t line;
		assert_ok(karier_dataset_diagnostic_get(NULL, &file, &line, NULL, NULL, NULL, NULL, ds, i));
		assert_ok(karier_dataset_diagnostic_text(&code, NULL, ds, i, KARIER_LANG_EN));
		if (!strcmp(code, "NIP_TWICE")) {
			assert_string_equal(file, "pegawai.csv");
			assert_int_equal(line, 3);
			found++;
		}
		assert_true(strcmp(code, "NIP_UNKNOWN")); /* its kinerja row is dropped, not unknown */
	}
	assert_int_equal(found, 1);
	assert_int_equal(karier_dataset_skipped_rows(ds, "kinerja.csv"), 1);
	karier_dataset_free(ds);
	remove_dir(dir);
}

/* With threads, the largest history file is read while pegawai.csv is (here kompetensi.csv, then
 * kinerja.csv), its rows staged by NIP and given to the employees afterwards; a staged file that cannot be given as it is (a NIP of a
 * pegawai row with an error, an employee past KARIER_HISTORY_MAX records, a pegawai.csv that cannot
 * be used) is read again the ordinary way: the same diagnostics, the same rows left out, the same
 * employees as on one thread. */
static void staged_files_fall_back(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	/* 1. a clean file but for one employee's 4097th record: line 4098 says so */
	put(dir, "pegawai.csv", budi_and_ani);
	char path[512];
	snprintf(path, sizeof path, "%s/kompetensi.csv", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs("nip,kompetensi,level,tanggal\n", f);
	for (int i = 1; i <= KARIER_HISTORY_MAX + 1; i++) /* lines 2 .. 4098 */
		fprintf(f, "198501012010011001,K%04d,3,2024-01-01\n", i);
	fputs("198601012010011002,INTEGRITAS,4,2024-01-01\n", f);
	fclose(f);
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS), KARIER_EFORMAT);
	assert_int_equal(karier_dataset_error_count(ds), 1);
	int64_t line;
	const char *msg;
	assert_ok(karier_dataset_diagnostic_get(NULL, NULL, &line, NULL, NULL, NULL, &msg, ds, 0));
	assert_int_equal(line, KARIER_HISTORY_MAX + 2);
	assert_string_equal(msg, "employee 198501012010011001: more than 4096 records in kompetensi.csv");
	karier_dataset_free(ds);
	same_on_two_threads(dir, 0);
	same_on_two_threads(dir, KARIER_DATASET_SKIP_BAD_ROWS);
	/* 1b. the same records in two runs with another employee's row between (no run is too long
	 * while staging; the two together are, when they are given to him): what the staging had given
	 * to both is taken back before the file is read again, which names the line of his 4097th */
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs("nip,kompetensi,level,tanggal\n", f);
	for (int i = 1; i <= KARIER_HISTORY_MAX + 1; i++) { /* lines 2 .. 2101, Ani on 2102, then 2103 .. 4099 */
		if (i == 2101)
			fputs("198601012010011002,INTEGRITAS,4,2024-01-01\n", f);
		fprintf(f, "198501012010011001,K%04d,3,2024-01-01\n", i);
	}
	fclose(f);
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS), KARIER_EFORMAT);
	assert_int_equal(karier_dataset_error_count(ds), 1);
	assert_ok(karier_dataset_diagnostic_get(NULL, NULL, &line, NULL, NULL, NULL, &msg, ds, 0));
	assert_int_equal(line, KARIER_HISTORY_MAX + 3);
	karier_dataset_free(ds);
	assert_ok(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_SKIP_BAD_ROWS | KARIER_DATASET_THREADS));
	assert_int_equal(karier_employee_kompetensi_count(karier_dataset_employee(ds, 1)), 1);
	assert_int_equal(karier_employee_kompetensi(karier_dataset_employee(ds, 1), "INTEGRITAS"), 4);
	assert_int_equal(karier_employee_kompetensi_count(karier_dataset_employee(ds, 0)), KARIER_HISTORY_MAX);
	karier_dataset_free(ds);
	same_on_two_threads(dir, KARIER_DATASET_SKIP_BAD_ROWS);
	/* 2. kinerja rows of a pegawai row with an error: left out quietly, counted */
	put(dir, "pegawai.csv",
	    "nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan\n"
	    "198501012010011001,Budi,PNS,S1,III/b,2022-04-01,PLK,2010-01-04\n"
	    "198601012010011002,Ani,PNS,S1,III/x,2022-04-01,PLK,2010-01-04\n");
	put(dir, "kompetensi.csv", "nip,kompetensi,level,tanggal\n198501012010011001,INTEGRITAS,4,2024-01-01\n");
	put(dir, "kinerja.csv", "nip,tahun,predikat\n198501012010011001,2024,baik\n198601012010011002,2024,baik\n"
	                        "198601012010011002,2025,baik\n");
	assert_ok(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_SKIP_BAD_ROWS | KARIER_DATASET_THREADS));
	assert_int_equal(karier_dataset_employee_count(ds), 1);
	assert_int_equal(karier_dataset_error_count(ds), 1);
	assert_int_equal(karier_dataset_skipped_rows(ds, "kinerja.csv"), 2);
	assert_int_equal(karier_employee_kinerja(karier_dataset_employee(ds, 0), 2024), KARIER_PREDIKAT_BAIK);
	assert_int_equal(karier_employee_kompetensi(karier_dataset_employee(ds, 0), "INTEGRITAS"), 4);
	karier_dataset_free(ds);
	same_on_two_threads(dir, KARIER_DATASET_SKIP_BAD_ROWS);
	/* 3. a NIP that no row of pegawai.csv has */
	put(dir, "pegawai.csv", budi_and_ani);
	put(dir, "kinerja.csv", "nip,tahun,predikat\n198501012010011001,2024,baik\n199912312025011999,2024,baik\n");
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS), KARIER_EFORMAT);
	assert_diag(ds, 0, "NIP_UNKNOWN", "NIP is not in pegawai.csv", "NIP tidak ada di pegawai.csv");
	karier_dataset_free(ds);
	same_on_two_threads(dir, 0);
	/* 4. a pegawai.csv without its nip column: the history files are not checked, one line each */
	put(dir, "pegawai.csv", "nama,status\nBudi,PNS\n");
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS), KARIER_EFORMAT);
	int told = 0;
	for (int32_t i = 0; i < karier_dataset_diagnostic_count(ds); i++) {
		const char *file, *code;
		assert_ok(karier_dataset_diagnostic_get(NULL, &file, NULL, NULL, NULL, NULL, NULL, ds, i));
		assert_ok(karier_dataset_diagnostic_text(&code, NULL, ds, i, KARIER_LANG_EN));
		told |= !strcmp(file, "kompetensi.csv") && !strcmp(code, "NOT_CHECKED");
	}
	assert_true(told);
	karier_dataset_free(ds);
	same_on_two_threads(dir, 0);
	remove_dir(dir);
}

/* With threads, each thread claims the largest history file no thread reads yet once it is free: the
 * second begins with the largest (kompetensi.csv here) and, while pegawai.csv (20,000 employees) is
 * still being read, usually claims and stages the next ones too (by size kinerja.csv, disiplin.csv,
 * then pelatihan.csv); which thread reads which file, and whether it is staged, depends on timing,
 * never the dataset: the same employees, records and diagnostics as on one thread, with an error in
 * the last file claimed (when staged, read again the ordinary way) and without. */
static void files_claimed_by_either_thread(void **state)
{
	(void)state;
	char dir[64], path[512];
	folder_with_jabatan(dir);
	snprintf(path, sizeof path, "%s/pegawai.csv", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs("nip,nama,status,pendidikan,golongan,tmt_golongan,jabatan,tmt_jabatan\n", f);
	for (int i = 0; i < 20000; i++)
		fprintf(f, "19%02d0101202201%d%03d,Pegawai %d,PNS,S1,III/a,2022-01-01,PLK,2022-01-03\n", 60 + i / 500,
		        1 + i % 2, 1 + i % 500, i);
	fclose(f);
	put(dir, "kompetensi.csv", "nip,kompetensi,level,tanggal\n196001012022011001,INTEGRITAS,4,2024-01-01\n"
	                           "196001012022012002,INTEGRITAS,3,2024-01-01\n196001012022011003,KERJASAMA,2,2024-01-01\n"
	                           "196001012022012002,KERJASAMA,5,2024-02-01\n");
	put(dir, "kinerja.csv", "nip,tahun,predikat\n196001012022011001,2024,baik\n196001012022012002,2025,sangat baik\n"
	                        "196001012022012002,2025,kurang\n");
	put(dir, "pelatihan.csv", "nip,kode,tanggal_selesai,jp\n196001012022012002,TEKNIS-1,2024-02-01,24\n");
	put(dir, "disiplin.csv", "nip,tingkat,tmt_mulai,tmt_selesai\n196001012022011003,ringan,2024-01-01,2024-06-30\n");
	for (int round = 0; round < 4; round++) {
		karier_dataset *ds = NULL;
		assert_ok(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS));
		assert_int_equal(karier_dataset_employee_count(ds), 20000);
		const karier_employee *ani = karier_dataset_employee(ds, 1);
		assert_int_equal(karier_employee_kompetensi(ani, "KERJASAMA"), 5);
		assert_int_equal(karier_employee_kinerja(ani, 2025), KARIER_PREDIKAT_KURANG); /* a year's last row */
		assert_int_equal(karier_employee_pelatihan_count(ani), 1);
		assert_int_equal(karier_employee_disiplin_count(karier_dataset_employee(ds, 2)), 1);
		karier_dataset_free(ds);
		same_on_two_threads(dir, 0);
	}
	put(dir, "pelatihan.csv", "nip,kode,tanggal_selesai,jp\n196001012022012002,TEKNIS-1,2024-02-01,0\n"); /* jp 0 */
	for (int round = 0; round < 4; round++) {
		karier_dataset *ds = NULL;
		assert_int_equal(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS), KARIER_EFORMAT);
		int64_t line, column;
		const char *file;
		assert_int_equal(karier_dataset_error_count(ds), 1);
		assert_ok(karier_dataset_diagnostic_get(NULL, &file, &line, &column, NULL, NULL, NULL, ds, 0));
		assert_string_equal(file, "pelatihan.csv");
		assert_int_equal(line, 2);
		assert_int_equal(column, 40); /* jp 0 is outside 1..2000 */
		karier_dataset_free(ds);
		same_on_two_threads(dir, 0);
		same_on_two_threads(dir, KARIER_DATASET_SKIP_BAD_ROWS);
	}
	remove_dir(dir);
}

/* KARIER_DATASET_NO_KOMPETENSI leaves kompetensi.csv unread: an error in it stops nothing, the
 * employees have no competency levels and every other record as before; with threads the largest
 * of the others (here pelatihan.csv) is staged instead, and falls back as kompetensi.csv does. */
static void kompetensi_left_unread(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", budi_and_ani);
	put(dir, "kompetensi.csv", "nip,kompetensi,level,tanggal\n198501012010011001,INTEGRITAS,9,2024-01-01\n");
	put(dir, "kinerja.csv", "nip,tahun,predikat\n198501012010011001,2024,baik\n198601012010011002,2025,sangat baik\n");
	put(dir, "pelatihan.csv", "nip,kode,tanggal_selesai,jp,jenis\n198601012010011002,PKA-1,2023-05-20,120,PKA\n"
	                          "198501012010011001,TEKNIS-1,2024-02-01,24,\n198601012010011002,TEKNIS-2,2024-03-01,16,\n");
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT); /* level 9 is outside 1..5 */
	karier_dataset_free(ds);
	for (int32_t flags = 0; flags <= KARIER_DATASET_THREADS; flags += KARIER_DATASET_THREADS) {
		assert_ok(karier_dataset_load(&ds, dir, NULL, flags | KARIER_DATASET_NO_KOMPETENSI));
		assert_int_equal(karier_dataset_diagnostic_count(ds), 0);
		assert_int_equal(karier_dataset_has_file(ds, "kompetensi.csv"), 0);
		assert_int_equal(karier_dataset_has_file(ds, "kinerja.csv"), 1);
		assert_int_equal(karier_dataset_has_file(ds, "pelatihan.csv"), 1);
		const karier_employee *budi = karier_dataset_employee(ds, 0), *ani = karier_dataset_employee(ds, 1);
		assert_int_equal(karier_employee_kompetensi_count(budi), 0);
		assert_int_equal(karier_employee_kinerja(budi, 2024), KARIER_PREDIKAT_BAIK);
		assert_int_equal(karier_employee_kinerja(ani, 2025), KARIER_PREDIKAT_SANGAT_BAIK);
		assert_int_equal(karier_employee_pelatihan_count(budi), 1);
		assert_int_equal(karier_employee_pelatihan_count(ani), 2);
		const char *code = NULL;
		int32_t date = 0, jp = 0, jenis = 0;
		assert_ok(karier_employee_pelatihan_get(&code, &date, &jp, &jenis, ani, 0));
		assert_string_equal(code, "PKA-1");
		assert_int_equal(date, 20230520);
		assert_int_equal(jp, 120);
		assert_int_equal(jenis, KARIER_PELATIHAN_PKA);
		karier_dataset_free(ds);
	}
	same_on_two_threads(dir, KARIER_DATASET_NO_KOMPETENSI);
	/* a staged pelatihan.csv with an error, and one with a NIP that is no employee's: read again */
	put(dir, "pelatihan.csv", "nip,kode,tanggal_selesai,jp\n198601012010011002,TEKNIS-2,2024-03-01,0\n"
	                          "198501012010011001,TEKNIS-1,2024-02-01,24\n");
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS | KARIER_DATASET_NO_KOMPETENSI),
	                 KARIER_EFORMAT);
	assert_int_equal(karier_dataset_error_count(ds), 1);
	int64_t line, column;
	const char *file;
	assert_ok(karier_dataset_diagnostic_get(NULL, &file, &line, &column, NULL, NULL, NULL, ds, 0));
	assert_string_equal(file, "pelatihan.csv");
	assert_int_equal(line, 2);
	assert_int_equal(column, 40); /* jp 0 is outside 1..2000 */
	karier_dataset_free(ds);
	same_on_two_threads(dir, KARIER_DATASET_NO_KOMPETENSI);
	same_on_two_threads(dir, KARIER_DATASET_NO_KOMPETENSI | KARIER_DATASET_SKIP_BAD_ROWS);
	put(dir, "pelatihan.csv", "nip,kode,tanggal_selesai,jp\n199912312025011999,TEKNIS-2,2024-03-01,8\n");
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS | KARIER_DATASET_NO_KOMPETENSI),
	                 KARIER_EFORMAT);
	assert_diag(ds, 0, "NIP_UNKNOWN", "NIP is not in pegawai.csv", "NIP tidak ada di pegawai.csv");
	karier_dataset_free(ds);
	same_on_two_threads(dir, KARIER_DATASET_NO_KOMPETENSI);
	/* a bit the library does not know */
	ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 16), KARIER_EINVAL); /* no bit 16 */
	assert_null(ds);
	remove_dir(dir);
}

/* KARIER_DATASET_NO_PELATIHAN leaves pelatihan.csv unread (merit scores never look at training): an
 * error in it stops nothing, the employees have no training records, every other file is read as
 * before, on one thread or two, with and without kompetensi.csv. */
static void pelatihan_left_unread(void **state)
{
	(void)state;
	char dir[64];
	folder_with_jabatan(dir);
	put(dir, "pegawai.csv", budi_and_ani);
	put(dir, "kompetensi.csv", "nip,kompetensi,level,tanggal\n198501012010011001,INTEGRITAS,4,2024-01-01\n");
	put(dir, "kinerja.csv", "nip,tahun,predikat\n198501012010011001,2024,baik\n198601012010011002,2025,sangat baik\n");
	put(dir, "pelatihan.csv", "nip,kode,tanggal_selesai,jp\n198601012010011002,TEKNIS-2,2024-03-01,0\n"); /* jp 0 */
	karier_dataset *ds = NULL;
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, 0), KARIER_EFORMAT);
	karier_dataset_free(ds);
	for (int32_t flags = 0; flags <= KARIER_DATASET_THREADS; flags += KARIER_DATASET_THREADS) {
		assert_ok(karier_dataset_load(&ds, dir, NULL, flags | KARIER_DATASET_NO_PELATIHAN));
		assert_int_equal(karier_dataset_diagnostic_count(ds), 0);
		assert_int_equal(karier_dataset_has_file(ds, "pelatihan.csv"), 0);
		assert_int_equal(karier_dataset_has_file(ds, "kompetensi.csv"), 1);
		assert_int_equal(karier_dataset_has_file(ds, "kinerja.csv"), 1);
		const karier_employee *budi = karier_dataset_employee(ds, 0), *ani = karier_dataset_employee(ds, 1);
		assert_int_equal(karier_employee_pelatihan_count(ani), 0);
		assert_int_equal(karier_employee_kompetensi(budi, "INTEGRITAS"), 4);
		assert_int_equal(karier_employee_kinerja(budi, 2024), KARIER_PREDIKAT_BAIK);
		assert_int_equal(karier_employee_kinerja(ani, 2025), KARIER_PREDIKAT_SANGAT_BAIK);
		karier_dataset_free(ds);
		/* and without kompetensi.csv too: kinerja.csv alone is then the second thread's */
		assert_ok(karier_dataset_load(&ds, dir, NULL, flags | KARIER_DATASET_NO_PELATIHAN | KARIER_DATASET_NO_KOMPETENSI));
		assert_int_equal(karier_dataset_diagnostic_count(ds), 0);
		assert_int_equal(karier_dataset_has_file(ds, "pelatihan.csv"), 0);
		assert_int_equal(karier_dataset_has_file(ds, "kompetensi.csv"), 0);
		assert_int_equal(karier_employee_kompetensi_count(karier_dataset_employee(ds, 0)), 0);
		assert_int_equal(karier_employee_kinerja(karier_dataset_employee(ds, 1), 2025), KARIER_PREDIKAT_SANGAT_BAIK);
		karier_dataset_free(ds);
	}
	same_on_two_threads(dir, KARIER_DATASET_NO_PELATIHAN);
	same_on_two_threads(dir, KARIER_DATASET_NO_PELATIHAN | KARIER_DATASET_NO_KOMPETENSI);
	/* a kinerja.csv with an error is still said, in its place */
	put(dir, "kinerja.csv", "nip,tahun,predikat\n198501012010011001,2024,luar biasa\n");
	assert_int_equal(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS | KARIER_DATASET_NO_PELATIHAN),
	                 KARIER_EFORMAT);
	const char *file;
	assert_ok(karier_dataset_diagnostic_get(NULL, &file, NULL, NULL, NULL, NULL, NULL, ds, 0));
	assert_string_equal(file, "kinerja.csv");
	karier_dataset_free(ds);
	same_on_two_threads(dir, KARIER_DATASET_NO_PELATIHAN | KARIER_DATASET_NO_KOMPETENSI);
	remove_dir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(policy_json_round_trip),
		cmocka_unit_test(dataset_api),
		cmocka_unit_test(dataset_errors_hold_diagnostics_only),
		cmocka_unit_test(dataset_rows_in_any_order),
		cmocka_unit_test(dataset_larger_than_a_chunk),
		cmocka_unit_test(history_errors_in_file_order),
		cmocka_unit_test(code_text_checked_once_per_file),
		cmocka_unit_test(carriage_returns_end_rows),
		cmocka_unit_test(staged_files_fall_back),
		cmocka_unit_test(files_claimed_by_either_thread),
		cmocka_unit_test(kompetensi_left_unread),
		cmocka_unit_test(pelatihan_left_unread),
		cmocka_unit_test(positions_and_catalogue_as_json),
		cmocka_unit_test(json_keys_and_types),
		cmocka_unit_test(jabatan_csv_codes),
		cmocka_unit_test(diagnostics_shown_safely),
		cmocka_unit_test(quoting_and_bad_bytes_per_row),
		cmocka_unit_test(diagnostics_bounded_per_file),
		cmocka_unit_test(diagnostics_bounded_per_kind),
		cmocka_unit_test(header_typo_named_once),
		cmocka_unit_test(employee_found_by_nip),
		cmocka_unit_test(employee_from_json_decides_as_from_csv),
		cmocka_unit_test(json_quote_as_jansson_escapes),
		cmocka_unit_test(employee_from_json_errors_name_the_key),
		cmocka_unit_test(plan_allocation_position_course_json),
		cmocka_unit_test(decimal_comma_in_semicolon_files),
		cmocka_unit_test(size_limits),
		cmocka_unit_test(discipline_kind_exam_and_diplomas),
		cmocka_unit_test(numeric_kinerja_pppk_duplicates_and_minimums),
		cmocka_unit_test(repeated_keys_in_order_merged),
		cmocka_unit_test(region_outgrown),
		cmocka_unit_test(separator_tie_is_a_comma),
		cmocka_unit_test(kept_columns),
		cmocka_unit_test(nip_twice_after_a_bad_row),
	};
	return cmocka_run_group_tests_name("io", tests, group_setup, group_teardown);
}
