/* cmd_validate.c - karier validate and karier policy. SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cli.h"


/* validate: with --format csv or jsonl the diagnostics are the output, one record each (file, line,
 * column, column name, value, severity, code, message in --lang), then for JSON lines one summary
 * line; the status is 2 when there are errors, the output written whole all the same. The table
 * format prints them on standard error (load) and the summary here. */
int cmd_validate(struct run *r)
{
	const karier_dataset *ds = r->ds;
	int32_t n = karier_dataset_diagnostic_count(ds), errors = karier_dataset_error_count(ds);
	bool en = r->o.lang == KARIER_LANG_EN;
	if (r->o.fmt != FMT_TABLE) {
		static const char *const head_id[] = {"berkas", "baris", "kolom", "nama_kolom", "nilai", "tingkat", "kode", "pesan"};
		static const char *const head_en[] = {"file", "line", "column", "column_name", "value", "severity", "code", "message"};
		writer_list_begin(&r->w, 8, en ? head_en : head_id, "tiitttkt");
		for (int32_t i = 0; i < n; i++) {
			struct diag d;
			diag_at(&d, ds, i, r->o.lang);
			char l[24], c[24];
			snprintf(l, sizeof l, "%lld", (long long)d.line);
			snprintf(c, sizeof c, "%lld", (long long)d.column);
			const char *cells[] = {d.file, l, c, d.column_name, d.value, d.severity, d.code, d.message};
			json_t *j = r->w.fmt->json ? json_pack("{s:s, s:I, s:I, s:s, s:s, s:s, s:s, s:s}", "berkas", d.file, "baris",
			                                       (json_int_t)d.line, "kolom", (json_int_t)d.column, "nama_kolom",
			                                       d.column_name, "nilai", d.value, "tingkat", d.severity, "kode", d.code,
			                                       "pesan", d.message)
			                              : NULL;
			writer_record(&r->w, cells, j);
		}
		writer_list_end(&r->w);
		bool loaded = !errors || r->o.skip_bad_rows; /* a dataset with errors holds nothing else */
		if (r->w.fmt->json)
			writer_line(&r->w, NULL,
			            json_pack("{s:{s:i, s:i, s:i, s:i, s:i, s:{s:s, s:i}}}", "ringkasan", "pegawai",
			                      loaded ? karier_dataset_employee_count(ds) : 0, "jabatan",
			                      loaded ? karier_dataset_position_count(ds) : 0, "pelatihan",
			                      loaded ? karier_catalog_count(karier_dataset_catalog(ds)) : 0, "galat", errors, "peringatan",
			                      n - errors, "pola_karier", "sumber",
			                      karier_dataset_pola_is_default(ds) ? "bawaan" : karier_dataset_has_file(ds, "pola_karier.csv") ? "berkas" : "tidak_ada",
			                      "perpindahan", karier_pola_count(karier_dataset_pola(ds))));
		r->keep_output = true;
		return errors ? EXIT_INPUT : 0;
	}
	char text[1024];
	snprintf(text, sizeof text, "%s: %d %s, %d %s, %d %s, %d %s, %d %s\n", r->o.dir, karier_dataset_employee_count(ds),
	         en ? "employees" : "pegawai", karier_dataset_position_count(ds), "jabatan",
	         karier_catalog_count(karier_dataset_catalog(ds)), en ? "courses" : "pelatihan", errors,
	         en ? "errors" : "kesalahan", n - errors, en ? "warnings" : "peringatan");
	writer_line(&r->w, text, NULL);
	/* the pola karier: from pola_karier.csv, or the default ladder (said, so a planner knows) */
	int32_t moves = karier_pola_count(karier_dataset_pola(ds));
	if (karier_dataset_pola_is_default(ds))
		snprintf(text, sizeof text, en ? "pola karier: no pola_karier.csv, the default ladder of jabatan.csv (%d moves)\n"
		                               : "pola karier: tidak ada pola_karier.csv, dipakai tangga bawaan dari jabatan.csv (%d perpindahan)\n",
		         moves);
	else
		snprintf(text, sizeof text, en ? "pola karier: %d moves from pola_karier.csv\n" : "pola karier: %d perpindahan dari pola_karier.csv\n",
		         moves);
	if (karier_dataset_pola_is_default(ds) || karier_dataset_has_file(ds, "pola_karier.csv"))
		writer_line(&r->w, text, NULL);
	return 0;
}

int cmd_policy(struct run *r)
{
	char *text = NULL;
	if (karier_policy_to_json(&text, r->policy)) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		return EXIT_INTERNAL;
	}
	writer_line(&r->w, text, NULL); /* the policy is one JSON document in every format */
	writer_line(&r->w, "\n", NULL);
	karier_free_string(text);
	return 0;
}

