/* cmd_promotion.c - karier promotion: kenaikan pangkat of every employee. SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The record of employee i: its cells, or the library's JSON of its decision (one source for every
 * surface).  Called from several threads at once (rows.c): it only reads the run. */
static int promotion_record(void *ctx, struct rec *x, int32_t i)
{
	const struct run *r = ctx;
	const struct opts *o = &r->o;
	const karier_employee *e = karier_dataset_employee(r->ds, i);
	karier_decision *d = NULL;
	if (karier_promotion_evaluate(&d, r->policy, e, karier_dataset_employee_position(r->ds, i), o->date))
		return karier_last_error_code() == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	char *json_text = NULL;
	if (rec_json(x))
		must(karier_decision_to_json(&json_text, d, e, o->lang, o->failed_checks ? KARIER_JSON_FAILED_CHECKS : 0));
	char tanggal[16] = "", awal[16] = "", reason[2048];
	const char *row[9] = {NULL};
	if (rec_cells(x)) {
		const char *golname = golongan_name(e, "");
		int32_t jenis = karier_decision_jenis(d), baru = karier_decision_golongan_baru(d);
		bool yes = karier_decision_eligible(d);
		must(karier_date_format(tanggal, sizeof tanggal, karier_decision_tanggal(d)));
		if (karier_decision_tanggal_paling_awal(d))
			must(karier_date_format(awal, sizeof awal, karier_decision_tanggal_paling_awal(d)));
		else
			memcpy(awal, "-", 2);
		if (!yes)
			first_reason(reason, sizeof reason, d, e, o->lang, x->w->fmt->every_reason);
		const char *cells[9] = {karier_employee_nip(e), karier_employee_nama(e), golname,
		                        yes ? (o->lang ? "yes" : "ya") : (o->lang ? "no" : "tidak"),
		                        jenis ? code_or(KARIER_CODE_KP_JENIS, jenis, "") : "-",
		                        baru ? code_or(KARIER_CODE_GOLONGAN, baru, "") : "-", tanggal, awal, yes ? "" : reason};
		memcpy(row, cells, sizeof row);
	}
	rec_put(x, row, json_text);
	karier_free_string(json_text);
	karier_decision_free(d);
	return 0;
}

int cmd_promotion(struct run *r)
{
	static const char *head_id[] = {"NIP", "Nama", "Golongan", "Layak", "Jenis", "Golongan baru", "Tanggal", "Paling awal", "Alasan"};
	static const char *head_en[] = {"NIP", "Name", "Golongan", "Eligible", "Kind", "New golongan", "Date", "Earliest", "Reason"};
	struct writer *w = &r->w;
	writer_list_begin(w, 9, r->o.lang == KARIER_LANG_EN ? head_en : head_id, "ktktkkddt");
	int status = rows_run(r, "promotion", karier_dataset_employee_count(r->ds), promotion_record, r);
	if (status)
		writer_list_drop(w);
	else
		writer_list_end(w);
	return status;
}
