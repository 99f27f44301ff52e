/* cmd_training.c - karier training: gaps, plans, the JP ledger and the budget allocation. SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cli.h"


struct training_job {
	const struct run *r;
	const karier_catalog *cat;
	const karier_allocation *alloc;
	const karier_employee **emp;
	const karier_position **pos;
	const int32_t *first_item;
};

/* The record of employee i: its plan, its JP ledger and what the allocation funds; called from
 * several threads at once (rows.c). */
static int training_record(void *ctx, struct rec *x, int32_t i)
{
	const struct training_job *j = ctx;
	const struct run *r = j->r;
	const struct opts *o = &r->o;
	const karier_allocation *alloc = j->alloc;
	const karier_position **pos = j->pos;
	const int32_t *first_item = j->first_item;
	const karier_employee *e = j->emp[i];
	int32_t jp, min, max, below, above;
	must(karier_jp_ledger(&jp, &min, &max, &below, &above, r->policy, e, o->year));
	karier_plan *pl = NULL;
	if (pos[i] && karier_plan_new(&pl, r->policy, e, pos[i], j->cat))
		return karier_last_error_code() == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT; /* no half list */
	char gap_text[1024] = "", plan_text[1024] = "", funded_text[512] = "";
	size_t gl = 0, pl_len = 0, fl = 0;
	for (int32_t g = 0; rec_cells(x) && pl && g < karier_plan_gap_count(pl); g++) {
		const char *komp;
		int32_t std, act, diff, closed;
		must(karier_plan_gap_get(&komp, &std, &act, &diff, &closed, NULL, pl, g));
		char a[24], s[24]; /* "KOMUNIKASI 2/3*": no printf in a row of a long list */
		text_int(a, act);
		text_int(s, std);
		const char *parts[] = {gl ? ", " : "", komp, " ", a, "/", s, closed == 1 ? "" : "*"};
		for (size_t p = 0; p < sizeof parts / sizeof *parts; p++)
			text_append(gap_text, sizeof gap_text, &gl, parts[p]);
	}
	for (int32_t c = 0; rec_cells(x) && pl && c < karier_plan_course_count(pl); c++) {
		const char *code;
		must(karier_plan_course_get(NULL, NULL, &code, NULL, NULL, NULL, pl, c));
		text_append(plan_text, sizeof plan_text, &pl_len, pl_len ? " " : "");
		text_append(plan_text, sizeof plan_text, &pl_len, code);
	}
	struct sbuf line = {0};
	struct jline jl = {.b = &line};
	if (rec_json(x)) { /* the library's plan part, then the JP ledger, then what the allocation funds */
		char *part = NULL;
		must(karier_plan_to_json(&part, pl, e, pos[i]));
		jline_extend(&jl, &line, part);
		karier_free_string(part);
		jline_int(&jl, "jp_tahun", jp);
		jline_int(&jl, "jp_minimum", min);
		if (max) {
			jline_int(&jl, "jp_maksimum", max);
			jline_bool(&jl, "di_atas_maksimum", above);
		}
		jline_bool(&jl, "di_bawah_minimum", below);
		if (alloc)
			jline_array(&jl, "didanai");
	}
	for (int32_t k = first_item[i]; alloc && k < first_item[i + 1]; k++) { /* the funded courses: a cell, an array */
		int32_t st;
		must(karier_allocation_item_get(NULL, NULL, NULL, NULL, NULL, NULL, &st, alloc, k));
		for (int32_t c = 0; st == KARIER_FUNDED && c < karier_allocation_item_course_count(alloc, k); c++) {
			const char *code;
			must(karier_allocation_item_course(&code, alloc, k, c));
			if (rec_cells(x)) {
				text_append(funded_text, sizeof funded_text, &fl, fl ? " " : "");
				text_append(funded_text, sizeof funded_text, &fl, code);
			}
			if (rec_json(x))
				jline_item(&jl, code);
		}
	}
	if (rec_json(x)) {
		if (alloc)
			jline_array_end(&jl);
		jline_close(&jl);
	}
	int32_t jpm = pl ? karier_plan_jpm(pl) : 0;
	const char *kat = pl ? karier_plan_jpm_category_name(pl) : "";
	const char *row[11] = {NULL};
	char jpm_s[24], biaya_s[24], jp_s[48];
	if (rec_cells(x)) {
		int64_t biaya = 0;
		int32_t pjp = 0;
		if (pl) {
			must(karier_plan_totals(&pjp, &biaya, pl));
			text_hundredths(jpm_s, jpm);
		} else {
			memcpy(jpm_s, "-", 2);
		}
		text_int(biaya_s, biaya);
		int k = text_int(jp_s, jp); /* "12/20" */
		jp_s[k++] = '/';
		text_int(jp_s + k, min ? min : max);
		const char *cells[11] = {karier_employee_nip(e), karier_employee_nama(e),
		                         pos[i] ? karier_position_code(pos[i]) : "-", jpm_s, kat, gap_text, plan_text, biaya_s, jp_s,
		                         below ? (o->lang ? "yes" : "ya") : "", funded_text};
		memcpy(row, cells, sizeof row);
	}
	rec_put(x, row, line.p);
	sbuf_free(&line);
	karier_plan_free(pl);
	return 0;
}

int cmd_training(struct run *r)
{
	const struct opts *o = &r->o;
	int rc;
	const karier_position *target = position_arg(r, &rc);
	if (rc)
		return rc;
	const karier_catalog *cat = karier_dataset_catalog(r->ds);
	int32_t n = karier_dataset_employee_count(r->ds);
	bool budget = o->budget_idr != KARIER_NO_LIMIT || o->budget_jp != KARIER_NO_LIMIT;
	karier_allocation *alloc = NULL;
	const karier_employee **emp = array_alloc((size_t)n + 1, sizeof *emp);
	const karier_position **pos = array_alloc((size_t)n + 1, sizeof *pos);
	int32_t *first_item = array_alloc((size_t)n + 2, sizeof *first_item);
	if (!emp || !pos || !first_item) {
		free(emp);
		free(pos);
		free(first_item);
		return EXIT_INTERNAL;
	}
	for (int32_t i = 0; i < n; i++) {
		emp[i] = karier_dataset_employee(r->ds, i);
		pos[i] = target ? target : karier_dataset_employee_position(r->ds, i);
	}
	if (budget && karier_allocate(&alloc, r->policy, emp, pos, n, cat, o->budget_idr, o->budget_jp, o->year, o->threads)) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		free(emp);
		free(pos);
		free(first_item);
		return EXIT_INTERNAL;
	}
	/* where each employee's items start in the allocation */
	int32_t items = alloc ? karier_allocation_item_count(alloc) : 0, it = 0;
	for (int32_t i = 0; i <= n; i++) {
		int32_t who = -1;
		while (it < items && (karier_allocation_item_get(&who, NULL, NULL, NULL, NULL, NULL, NULL, alloc, it), who < i))
			it++;
		first_item[i] = it;
	}
	static const char *head_id[] = {"NIP", "Nama", "Jabatan", "JPM", "Kategori", "Kesenjangan", "Rencana", "Biaya", "JP tahun", "Di bawah minimum", "Didanai"};
	static const char *head_en[] = {"NIP", "Name", "Jabatan", "JPM", "Category", "Gaps", "Plan", "Cost", "JP this year", "Under the minimum", "Funded"};
	struct writer *wr = &r->w;
	writer_list_begin(wr, 11, o->lang == KARIER_LANG_EN ? head_en : head_id, "ktknttrittt");
	struct training_job job = {r, cat, alloc, emp, pos, first_item};
	int status = rows_run(r, "training", n, training_record, &job);
	if (status)
		writer_list_drop(wr);
	else
		writer_list_end(wr);
	if (alloc && !status) {
		int64_t spent, spent_jp, value, upper;
		must(karier_allocation_summary(&spent, &spent_jp, &value, &upper, alloc));
		char text[512] = "";
		if (wr->fmt->json) {
			char *json = NULL;
			must(karier_allocation_to_json(&json, alloc, o->budget_idr, o->budget_jp));
			snprintf(text, sizeof text, "%s\n", json);
			karier_free_string(json);
		}
		if (wr->fmt->cells) {
			snprintf(text, sizeof text, "\n%s: Rp %lld / %lld JP; %s %lld.%02lld (%s %lld.%02lld; %s)\n",
			         o->lang ? "Funded" : "Didanai", (long long)spent, (long long)spent_jp, o->lang ? "value" : "nilai",
			         (long long)(value / 100), (long long)(value % 100), o->lang ? "upper bound" : "batas atas",
			         (long long)(upper / 100), (long long)(upper % 100), method_text(karier_allocation_method(alloc), o->lang));
		}
		if (wr->fmt->json || wr->fmt->notes)
			writer_line(wr, text, NULL);
		else /* CSV: every line a row; the summary goes to standard error, as the notes of a table's diagnostics */
			fputs(text + 1, stderr);
	}
	karier_allocation_free(alloc);
	free(emp);
	free(pos);
	free(first_item);
	return status;
}

