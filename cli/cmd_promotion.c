/* cmd_promotion.c - karier promotion: kenaikan pangkat of every employee. SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_promotion(struct run *r)
{
	const struct opts *o = &r->o;
	static const char *head_id[] = {"NIP", "Nama", "Golongan", "Layak", "Jenis", "Golongan baru", "Tanggal", "Paling awal", "Alasan"};
	static const char *head_en[] = {"NIP", "Name", "Golongan", "Eligible", "Kind", "New golongan", "Date", "Earliest", "Reason"};
	struct writer *w = &r->w;
	writer_list_begin(w, 9, o->lang == KARIER_LANG_EN ? head_en : head_id, "ktktkkddt");
	int32_t n = karier_dataset_employee_count(r->ds);
	for (int32_t i = 0; i < n; i++) {
		const karier_employee *e = karier_dataset_employee(r->ds, i);
		karier_decision *d = NULL;
		if (karier_promotion_evaluate(&d, r->policy, e, karier_dataset_employee_position(r->ds, i), o->date)) {
			fprintf(stderr, "karier: %s\n", karier_last_error());
			writer_list_drop(w);
			return karier_last_error_code() == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
		}
		int32_t st = karier_employee_status(e), gol = karier_employee_golongan(e);
		const char *golname = st == KARIER_STATUS_PPPK ? code_or(KARIER_CODE_PPPK_GOLONGAN, gol, "")
		                                               : code_or(KARIER_CODE_GOLONGAN, gol, "");
		int32_t jenis = karier_decision_jenis(d), baru = karier_decision_golongan_baru(d);
		char *json_text = NULL; /* the library's JSON of the decision: one source for every surface */
		if (w->fmt->json)
			must(karier_decision_to_json(&json_text, d, e, o->lang, o->failed_checks ? KARIER_JSON_FAILED_CHECKS : 0));
		char tanggal[16] = "", awal[16] = "", reason[2048];
		const char *row[9] = {NULL};
		if (w->fmt->cells) {
			must(karier_date_format(tanggal, sizeof tanggal, karier_decision_tanggal(d)));
			if (karier_decision_tanggal_paling_awal(d))
				must(karier_date_format(awal, sizeof awal, karier_decision_tanggal_paling_awal(d)));
			else
				snprintf(awal, sizeof awal, "-");
			first_reason(reason, sizeof reason, d, e, o->lang, w->fmt->every_reason);
			const char *cells[9] = {karier_employee_nip(e), karier_employee_nama(e), golname,
			                        karier_decision_eligible(d) ? (o->lang ? "yes" : "ya") : (o->lang ? "no" : "tidak"),
			                        jenis ? code_or(KARIER_CODE_KP_JENIS, jenis, "") : "-",
			                        baru ? code_or(KARIER_CODE_GOLONGAN, baru, "") : "-", tanggal, awal,
			                        karier_decision_eligible(d) ? "" : reason};
			memcpy(row, cells, sizeof row);
		}
		writer_record_text(w, row, json_text);
		karier_free_string(json_text);
		karier_decision_free(d);
		progress(r, "promotion", i + 1, n);
	}
	writer_list_end(w);
	return 0;
}

