/* cmd_promotion.c - karier promotion: kenaikan pangkat of every employee. SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct promotion_job {
	const struct run *r;
	bool batch; /* the verdicts and decisive reasons from batches: the format shows no more */
	karier_batch *b; /* the batch of employees [from, from + its count) */
	int32_t from;
	const karier_employee *emp[4096];
	const karier_position *pos[4096];
};

/* The record of employee i from a batch: the aligned table, whose reason cell holds only the
 * decisive reason, needs no decision per employee.  Its records are made in order on one thread
 * (rows_run, a format that does not stream): the batch of the next 4,096 employees is evaluated
 * (on --threads threads) when i passes the last, so its columns stay small. */
static int promotion_batch_record(struct promotion_job *j, struct rec *x, int32_t i)
{
	const struct opts *o = &j->r->o;
	const karier_employee *e = karier_dataset_employee(j->r->ds, i);
	if (!j->b || i < j->from || i >= j->from + karier_batch_count(j->b)) {
		int32_t n = karier_dataset_employee_count(j->r->ds) - i, cap = (int32_t)(sizeof j->emp / sizeof *j->emp);
		n = n < cap ? n : cap;
		for (int32_t k = 0; k < n; k++) {
			j->emp[k] = karier_dataset_employee(j->r->ds, i + k);
			j->pos[k] = karier_dataset_employee_position(j->r->ds, i + k);
		}
		karier_batch_free(j->b);
		j->b = NULL;
		if (karier_batch_evaluate(&j->b, j->r->policy, j->emp, j->pos, n, NULL, o->date,
		                          KARIER_BATCH_PROMOTION | KARIER_BATCH_REASONS, o->threads))
			return karier_last_error_code() == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
		j->from = i;
	}
	const karier_batch *b = j->b;
	i -= j->from;
	int32_t yes = karier_batch_column(b, KARIER_COL_ELIGIBLE)[i], jenis = karier_batch_column(b, KARIER_COL_JENIS)[i],
	        baru = karier_batch_column(b, KARIER_COL_GOLONGAN_BARU)[i], awal_date = karier_batch_column(b, KARIER_COL_PALING_AWAL)[i];
	char tanggal[16], awal[16] = "-", reason[512] = "";
	must(karier_date_format(tanggal, sizeof tanggal, karier_batch_column(b, KARIER_COL_TANGGAL)[i]));
	if (awal_date)
		must(karier_date_format(awal, sizeof awal, awal_date));
	if (!yes)
		must(karier_batch_reason_message(reason, sizeof reason, b, i, o->lang));
	const char *row[9] = {karier_employee_nip(e), karier_employee_nama(e), golongan_name(e, ""),
	                      yes ? (o->lang ? "yes" : "ya") : (o->lang ? "no" : "tidak"),
	                      jenis ? code_or(KARIER_CODE_KP_JENIS, jenis, "") : "-",
	                      baru ? code_or(KARIER_CODE_GOLONGAN, baru, "") : "-", tanggal, awal, reason};
	rec_put(x, row, NULL);
	return 0;
}

/* The record of employee i: its cells, or the library's JSON of its decision (one source for every
 * surface).  Called from several threads at once (rows.c): it only reads the run. */
static int promotion_record(void *ctx, struct rec *x, int32_t i)
{
	struct promotion_job *j = ctx;
	if (j->batch)
		return promotion_batch_record(j, x, i);
	const struct run *r = j->r;
	const struct opts *o = &r->o;
	const karier_employee *e = karier_dataset_employee(r->ds, i);
	karier_decision *d = NULL;
	if (karier_promotion_evaluate(&d, r->policy, e, karier_dataset_employee_position(r->ds, i), o->date))
		return karier_last_error_code() == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	char *json_text = NULL;
	if (rec_json(x))
		must(karier_decision_to_json(&json_text, d, e, o->lang, o->failed_checks ? KARIER_JSON_FAILED_CHECKS : 0));
	char tanggal[16] = "", awal[16] = "", small[2048], *reason = small, *big = NULL;
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
		int need = yes ? 0 : reason_cell(small, sizeof small, d, o->lang, x->w->fmt->every_reason);
		if (need >= (int)sizeof small) { /* a long list of reasons: written whole, not cut */
			if (!(big = malloc((size_t)need + 1))) {
				karier_free_string(json_text);
				karier_decision_free(d);
				return EXIT_INTERNAL;
			}
			reason_cell(big, (size_t)need + 1, d, o->lang, x->w->fmt->every_reason);
			reason = big;
		}
		const char *cells[9] = {karier_employee_nip(e), karier_employee_nama(e), golname,
		                        yes ? (o->lang ? "yes" : "ya") : (o->lang ? "no" : "tidak"),
		                        jenis ? code_or(KARIER_CODE_KP_JENIS, jenis, "") : "-",
		                        baru ? code_or(KARIER_CODE_GOLONGAN, baru, "") : "-", tanggal, awal, yes ? "" : reason};
		memcpy(row, cells, sizeof row);
	}
	rec_put(x, row, json_text);
	free(big);
	karier_free_string(json_text);
	karier_decision_free(d);
	return 0;
}

int cmd_promotion(struct run *r)
{
	static const char *head_id[] = {"NIP", "Nama", "Golongan", "Layak", "Jenis", "Golongan baru", "Tanggal", "Paling awal", "Alasan"};
	static const char *head_en[] = {"NIP", "Name", "Golongan", "Eligible", "Kind", "New golongan", "Date", "Earliest", "Reason"};
	struct writer *w = &r->w;
	struct promotion_job *job = malloc(sizeof *job);
	if (!job)
		return EXIT_INTERNAL;
	job->r = r;
	job->batch = !w->fmt->json && !w->fmt->every_reason && !writer_streams(w); /* records in order, on this thread */
	job->b = NULL;
	writer_list_begin(w, 9, r->o.lang == KARIER_LANG_EN ? head_en : head_id, "ktktkkddt");
	writer_list_repeats(w, 0x1FC); /* all but the NIP and the name: golongan, dates, kinds, reasons */
	int status = rows_run(r, "promotion", karier_dataset_employee_count(r->ds), promotion_record, job);
	karier_batch_free(job->b);
	free(job);
	if (status)
		writer_list_drop(w);
	else
		writer_list_end(w);
	return status;
}
