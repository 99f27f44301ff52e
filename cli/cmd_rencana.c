/* cmd_rencana.c - karier rencana: each employee's career development plan. SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *const step_key[] = {NULL, "kenaikan_pangkat", "jabatan", "pelatihan", "pensiun"};

/* One row per step for the formats of cells: NIP, name, date, step, what, JP, rupiah. */
static void step_rows(struct writer *w, const karier_rencana *pl, const karier_employee *e, bool en)
{
	int32_t held = karier_employee_golongan(e); /* the golongan before each KP step */
	for (int32_t i = 0; i < karier_rencana_step_count(pl); i++) {
		int32_t kind, date, gol, jalur, jp, gaps;
		int64_t biaya;
		const karier_position *pos;
		must(karier_rencana_step_get(&kind, &date, &gol, &pos, &jalur, &jp, &biaya, &gaps, pl, i));
		char when[16], what[256] = "", jp_s[16] = "", biaya_s[24] = "";
		must(karier_date_format(when, sizeof when, date));
		const karier_decision *d = karier_rencana_step_decision(pl, i);
		switch (kind) {
		case KARIER_LANGKAH_KP:
			snprintf(what, sizeof what, "%s -> %s (%s)", code_or(KARIER_CODE_GOLONGAN, held, "-"),
			         code_or(KARIER_CODE_GOLONGAN, gol, "-"), code_or(KARIER_CODE_KP_JENIS, karier_decision_jenis(d), "-"));
			held = gol;
			break;
		case KARIER_LANGKAH_JABATAN:
			snprintf(what, sizeof what, en ? "%s (%s), %s; %d competenc%s under the standard" : "%s (%s), %s; %d kompetensi di bawah standar",
			         karier_position_code(pos), karier_position_name(pos), karier_jalur_name(jalur), gaps,
			         gaps == 1 ? "y" : "ies");
			break;
		case KARIER_LANGKAH_PELATIHAN:
			if (gaps)
				snprintf(what, sizeof what, en ? "%d JP short of the minimum" : "kurang %d JP dari minimum", gaps);
			break;
		default: snprintf(what, sizeof what, "%s", en ? "retirement (batas usia pensiun)" : "batas usia pensiun");
		}
		if (kind == KARIER_LANGKAH_JABATAN || kind == KARIER_LANGKAH_PELATIHAN) {
			snprintf(jp_s, sizeof jp_s, "%d", jp);
			snprintf(biaya_s, sizeof biaya_s, "%lld", (long long)biaya);
		}
		const char *cells[7] = {karier_employee_nip(e), karier_employee_nama(e), when, step_key[kind], what, jp_s, biaya_s};
		writer_record(w, cells, NULL);
	}
}

/* The organisational plan: a row per year and post (only --position's with it); in JSON lines after the
 * employees' plans, each row a line "bagian": "rencana_organisasi" with its successors. */
static int org_plan(struct run *r, const karier_position *only, bool lines)
{
	const struct opts *o = &r->o;
	struct writer *w = &r->w;
	bool en = o->lang == KARIER_LANG_EN;
	int32_t n = karier_dataset_employee_count(r->ds);
	const karier_employee **emp = array_alloc((size_t)n + 1, sizeof *emp);
	const karier_position **cur = array_alloc((size_t)n + 1, sizeof *cur);
	if (!emp || !cur) {
		free(emp);
		free(cur);
		return EXIT_INTERNAL;
	}
	for (int32_t i = 0; i < n; i++) {
		emp[i] = karier_dataset_employee(r->ds, i);
		cur[i] = karier_dataset_employee_position(r->ds, i);
	}
	karier_rencana_org *org = NULL;
	int rc = karier_rencana_org_new(&org, r->policy, emp, cur, n, karier_dataset_pola(r->ds), karier_dataset_catalog(r->ds),
	                                o->date, o->years, o->budget_idr, o->threads);
	if (rc) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		free(emp);
		free(cur);
		return rc == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	}
	static const char *head_id[] = {"Tahun", "Jabatan", "Kebutuhan", "Pemangku", "Pensiun", "Keluar", "Lowong",
	                                "Terisi", "Kesenjangan", "Pengganti", "JP", "Biaya", "Didanai"};
	static const char *head_en[] = {"Year", "Post", "Needed", "Holders", "Retiring", "Moved up", "Vacant",
	                                "Filled", "Gap", "Successors", "JP", "Cost", "Funded"};
	if (!lines)
		writer_list_begin(w, 13, en ? head_en : head_id, "ikiiiiiiitirr");
	for (int32_t i = 0; i < karier_rencana_org_count(org); i++) {
		int32_t year, keb, pem, pen, kel, low, ter, gap, jp;
		int64_t biaya, dana;
		const karier_position *post;
		must(karier_rencana_org_get(&year, &post, &keb, &pem, &pen, &kel, &low, &ter, &gap, &jp, &biaya, &dana, org, i));
		if (only && strcmp(karier_position_code(post), karier_position_code(only)))
			continue;
		char succ[256] = "";
		size_t sl = 0;
		json_t *list = lines ? json_array() : NULL;
		for (int32_t k = 0; k < karier_rencana_org_successor_count(org, i); k++) {
			int32_t who, date, jalur, sjp;
			int64_t sb, sd;
			must(karier_rencana_org_successor_get(&who, &date, &jalur, &sjp, &sb, &sd, org, i, k));
			const karier_employee *e = emp[who];
			if (list)
				json_array_append_new(list, json_pack("{s:s, s:s, s:o, s:s, s:i, s:I, s:I}", "nip", karier_employee_nip(e), "dari",
				                                      cur[who] ? karier_position_code(cur[who]) : "", "tanggal", json_date(date),
				                                      "jalur", karier_jalur_name(jalur), "jp", sjp, "biaya", (json_int_t)sb,
				                                      "didanai", (json_int_t)sd));
			int32_t total = karier_rencana_org_successor_count(org, i);
			int wr = k < 5 ? snprintf(succ + sl, sizeof succ - sl, "%s%s", sl ? " " : "", karier_employee_nip(e))
			         : k == 5 ? snprintf(succ + sl, sizeof succ - sl, en ? " and %d more" : " dan %d lainnya", total - 5) : 0;
			if (wr > 0 && (size_t)wr < sizeof succ - sl)
				sl += (size_t)wr; /* the first five; every one is in the JSON lines */
		}
		if (lines) {
			json_t *x = json_pack("{s:s, s:i, s:s, s:i, s:i, s:i, s:i, s:i, s:i, s:i, s:o, s:i, s:I, s:I}", "bagian",
			                      "rencana_organisasi", "tahun", year, "jabatan", karier_position_code(post), "kebutuhan", keb,
			                      "pemangku", pem, "pensiun", pen, "keluar", kel, "lowong", low, "terisi", ter,
			                      "kesenjangan", gap, "pengganti", list, "jp", jp, "biaya", (json_int_t)biaya, "didanai",
			                      (json_int_t)dana);
			writer_line(w, NULL, x);
			continue;
		}
		char c[12][24];
		snprintf(c[0], 24, "%d", year);
		int32_t v[7] = {keb, pem, pen, kel, low, ter, gap};
		for (int k = 0; k < 7; k++)
			snprintf(c[1 + k], 24, "%d", v[k]);
		snprintf(c[8], 24, "%d", jp);
		snprintf(c[9], 24, "%lld", (long long)biaya);
		snprintf(c[10], 24, "%lld", (long long)dana);
		const char *cells[13] = {c[0], karier_position_code(post), c[1], c[2], c[3], c[4], c[5], c[6], c[7], succ, c[8], c[9],
		                         o->budget_idr == KARIER_NO_LIMIT ? "" : c[10]};
		writer_record(w, cells, NULL);
	}
	if (!lines)
		writer_list_end(w);
	karier_rencana_org_free(org);
	free(emp);
	free(cur);
	return 0;
}

int cmd_rencana(struct run *r)
{
	const struct opts *o = &r->o;
	struct writer *w = &r->w;
	bool en = o->lang == KARIER_LANG_EN;
	int32_t n = karier_dataset_employee_count(r->ds), only = -1;
	if (o->nip && karier_dataset_employee_find(&only, r->ds, o->nip)) {
		fprintf(stderr, "karier: --nip: %s\n", karier_last_error());
		return EXIT_INPUT;
	}
	int rc;
	const karier_position *post = position_arg(r, &rc);
	if (rc)
		return rc;
	/* the formats of cells: one employee's steps with --nip, else the organisation's plan */
	if (!w->fmt->json && !o->nip)
		return org_plan(r, post, false);
	static const char *head_id[] = {"NIP", "Nama", "Tanggal", "Langkah", "Rincian", "JP", "Biaya"};
	static const char *head_en[] = {"NIP", "Name", "Date", "Step", "Detail", "JP", "Cost"};
	writer_list_begin(w, 7, en ? head_en : head_id, "ktdktir");
	const karier_pola *pola = karier_dataset_pola(r->ds);
	const karier_catalog *cat = karier_dataset_catalog(r->ds);
	int status = 0;
	for (int32_t i = only >= 0 ? only : 0; i < (only >= 0 ? only + 1 : n) && !status; i++) {
		const karier_employee *e = karier_dataset_employee(r->ds, i);
		karier_rencana *pl = NULL;
		if (karier_rencana_new(&pl, r->policy, e, karier_dataset_employee_position(r->ds, i), pola, cat, o->date, o->years)) {
			fprintf(stderr, "karier: %s: %s\n", karier_employee_nip(e), karier_last_error());
			status = karier_last_error_code() == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
			break;
		}
		if (w->fmt->json) { /* the library's plan, and whether the employee is in the talent pool on the first day */
			char *part = NULL;
			must(karier_rencana_to_json(&part, pl, e, o->lang, o->failed_checks ? KARIER_JSON_FAILED_CHECKS : 0));
			karier_merit *m = NULL;
			must(karier_merit_evaluate(&m, r->policy, e, karier_dataset_employee_position(r->ds, i), o->date));
			struct sbuf line = {0};
			struct jline j;
			jline_extend(&j, &line, part);
			jline_bool(&j, "kelompok_rencana_suksesi", karier_merit_talent_pool(m));
			jline_close(&j);
			karier_merit_free(m);
			karier_free_string(part);
			writer_record_text(w, NULL, line.p);
			sbuf_free(&line);
		}
		if (w->fmt->cells)
			step_rows(w, pl, e, en);
		karier_rencana_free(pl);
		progress(r, "rencana", i + 1, n);
	}
	if (status)
		writer_list_drop(w);
	else
		writer_list_end(w);
	if (!status && w->fmt->json && !o->nip)
		status = org_plan(r, post, true);
	return status;
}
