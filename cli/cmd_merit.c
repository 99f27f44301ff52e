/* cmd_merit.c - karier merit: merit scores, the 9-box, the shortlist. SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cli.h"


/* One employee's record: its cells and its JSON object, as the format asks;
 * `eligible` is the candidate's eligibility on a shortlist, -1 off one. */
static void merit_put(struct rec *x, const karier_employee *e, const karier_merit *m, int32_t rank, int32_t eligible)
{
	if (rec_json(x) && !rec_cells(x)) { /* the library's JSON, with the shortlist's fields after it */
		char *text = NULL;
		must(karier_merit_to_json(&text, m, e));
		if (rank > 0) {
			struct sbuf line = {0};
			struct jline j;
			jline_extend(&j, &line, text);
			jline_int(&j, "peringkat", rank);
			if (eligible >= 0) /* ranked: the eligible first; the post's incumbents are not candidates */
				jline_bool(&j, "layak_diangkat", eligible);
			jline_close(&j);
			rec_put(x, NULL, line.p);
			sbuf_free(&line);
		} else {
			rec_put(x, NULL, text);
		}
		karier_free_string(text);
		return;
	}
	char rk[24], skor[24], comp[5][24], box[24]; /* no printf in a row of a long list */
	text_int(rk, rank);
	text_hundredths(skor, karier_merit_score(m));
	for (int c = 1; c <= 5; c++) {
		int32_t v;
		must(karier_merit_component_get(&v, NULL, NULL, NULL, m, c));
		if (v < 0)
			memcpy(comp[c - 1], "-", 2);
		else
			text_hundredths(comp[c - 1], v);
	}
	text_int(box, karier_merit_box(m));
	const char *row[11] = {rank > 0 ? rk : "", karier_employee_nip(e), karier_employee_nama(e), skor, comp[0], comp[1],
	                       comp[2], comp[3], comp[4], karier_merit_box(m) ? box : "-",
	                       karier_merit_talent_pool(m) ? "KRS" : ""};
	rec_put(x, row, NULL);
}

struct merit_job {
	const struct run *r;
	const karier_position *target;
	const karier_employee **emp;
	const int32_t *order, *eligible;
};

/* The record of the k-th in the list's order; called from several threads at once (rows.c). */
static int merit_record(void *ctx, struct rec *x, int32_t k)
{
	const struct merit_job *j = ctx;
	int32_t i = j->order[k];
	karier_merit *m = NULL;
	if (karier_merit_evaluate(&m, j->r->policy, j->emp[i], j->target ? j->target : karier_dataset_employee_position(j->r->ds, i),
	                          j->r->o.date))
		return karier_last_error_code() == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT; /* no half list */
	merit_put(x, j->emp[i], m, j->target ? k + 1 : 0, j->target ? j->eligible[k] : -1);
	karier_merit_free(m);
	return 0;
}

int cmd_merit(struct run *r)
{
	const struct opts *o = &r->o;
	int rc;
	const karier_position *target = position_arg(r, &rc);
	if (rc)
		return rc;
	static const char *head_id[] = {"#", "NIP", "Nama", "Skor", "Kualifikasi", "Kompetensi", "Potensi", "Kinerja", "Integritas", "Kotak", "KRS"};
	static const char *head_en[] = {"#", "NIP", "Name", "Score", "Qualification", "Competency", "Potential", "Performance", "Integrity", "Box", "Talent pool"};
	int32_t n = karier_dataset_employee_count(r->ds);
	int32_t *order = array_alloc((size_t)n + 1, sizeof *order), *eligible = array_alloc((size_t)n + 1, sizeof *eligible);
	const karier_employee **emp = array_alloc((size_t)n + 1, sizeof *emp);
	if (!order || !eligible || !emp) {
		free(order);
		free(eligible);
		free(emp);
		return EXIT_INTERNAL;
	}
	int32_t count = n;
	for (int32_t i = 0; i < n; i++) {
		emp[i] = karier_dataset_employee(r->ds, i);
		order[i] = i;
	}
	if (target && karier_merit_shortlist(order, &count, NULL, eligible, r->policy, emp, n, target, o->date, 0, n > 0 ? n : 1,
	                                     o->threads)) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		free(order);
		free(eligible);
		free(emp);
		return EXIT_INTERNAL;
	}
	struct writer *w = &r->w;
	writer_list_begin(w, 11, o->lang == KARIER_LANG_EN ? head_en : head_id, "iktnnnnnnit");
	struct merit_job job = {r, target, emp, order, eligible};
	int status = rows_run(r, "merit", count, merit_record, &job);
	if (status)
		writer_list_drop(w);
	else
		writer_list_end(w);
	free(order);
	free(eligible);
	free(emp);
	return status;
}

