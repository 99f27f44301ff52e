/* writer.c - the formats of the karier command: an aligned table, CSV, JSON lines. SPDX-License-Identifier: MIT */
#include <string.h>

#include "writer.h"

/* table and CSV: the list is kept and written whole at its end (column widths, quoting) */
static void kept_begin(struct writer *w, int ncol, const char *const *head)
{
	table_init(&w->t, ncol, (const char **)head);
}
static void kept_record(struct writer *w, const char *const *cells, json_t *json)
{
	json_decref(json);
	table_add(&w->t, (const char **)cells);
}
static void kept_end(struct writer *w)
{
	table_write(w->f, &w->t, w->fmt->kept_as);
	table_free(&w->t);
}
static void kept_drop(struct writer *w) { table_free(&w->t); }
static void text_line(struct writer *w, const char *text, json_t *json)
{
	json_decref(json);
	fputs(text, w->f);
}

/* JSON lines: a record is a line as it comes */
static void json_begin(struct writer *w, int ncol, const char *const *head)
{
	(void)w;
	(void)ncol;
	(void)head;
}
static void json_record(struct writer *w, const char *const *cells, json_t *json)
{
	(void)cells;
	jsonl_write(w->f, json);
}
static void json_end(struct writer *w) { (void)w; }
static void json_drop(struct writer *w) { (void)w; } /* lines already written stay: JSON lines stream */
static void json_line(struct writer *w, const char *text, json_t *json)
{
	if (json)
		jsonl_write(w->f, json);
	else
		fputs(text, w->f); /* a line with no JSON form (validate's count, the policy's own JSON) */
}

static const struct writer_format formats[] = {
	[FMT_TABLE] = {"table", true, false, false, FMT_TABLE, kept_begin, kept_record, kept_end, kept_drop, text_line},
	[FMT_CSV] = {"csv", true, false, true, FMT_CSV, kept_begin, kept_record, kept_end, kept_drop, text_line},
	[FMT_JSONL] = {"jsonl", false, true, false, FMT_JSONL, json_begin, json_record, json_end, json_drop, json_line},
};

void writer_section_begin(struct writer *w, const char *title, json_t *head, const char *array)
{
	w->sec_head = NULL;
	w->sec_array = NULL;
	if (w->fmt->cells) {
		json_decref(head);
		if (title)
			fprintf(w->f, "\n== %s ==\n\n", title);
		return;
	}
	w->sec_array = array;
	w->sec_first = true;
	if (array)
		jsonl_array_begin(w->f, head, array);
	else
		w->sec_head = head;
}

void writer_section_end(struct writer *w)
{
	if (w->fmt->cells)
		return;
	if (w->sec_array)
		jsonl_array_end(w->f);
	else if (w->sec_head)
		jsonl_write(w->f, w->sec_head);
	w->sec_head = NULL;
	w->sec_array = NULL;
}

void writer_groups_begin(struct writer *w, int ngroup, int ncol, const char *const *const *heads,
                         const char *const *between)
{
	w->ngroup = ngroup;
	for (int g = 0; g < ngroup && w->fmt->cells; g++) {
		table_init(&w->group[g], ncol, (const char **)heads[g]);
		w->between[g] = between ? between[g] : NULL;
	}
}

void writer_group_record(struct writer *w, int group, const char *const *cells, json_t *json)
{
	if (w->fmt->cells) {
		json_decref(json);
		table_add(&w->group[group], (const char **)cells);
	} else if (w->sec_array && json) {
		jsonl_array_item(w->f, json, w->sec_first);
		w->sec_first = false;
	} else {
		json_decref(json);
	}
}

void writer_groups_end(struct writer *w)
{
	for (int g = 0; g < w->ngroup && w->fmt->cells; g++) {
		if (w->between[g])
			fprintf(w->f, "\n%s\n\n", w->between[g]);
		table_write(w->f, &w->group[g], w->fmt->kept_as);
		table_free(&w->group[g]);
	}
	w->ngroup = 0;
}

void writer_note(struct writer *w, const char *text)
{
	if (w->fmt->cells)
		fputs(text, w->f);
}

void writer_init(struct writer *w, enum format fmt, FILE *f)
{
	memset(w, 0, sizeof *w);
	w->fmt = &formats[fmt];
	w->f = f;
}
