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
		if (w->fmt->json) {
			char *line = NULL;
			must(karier_rencana_to_json(&line, pl, e, o->lang, o->failed_checks ? KARIER_JSON_FAILED_CHECKS : 0));
			writer_record_text(w, NULL, line);
			karier_free_string(line);
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
	return status;
}
