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
static void table_end(struct writer *w)
{
	table_write(w->f, &w->t, FMT_TABLE);
	table_free(&w->t);
}
static void csv_end(struct writer *w)
{
	table_write(w->f, &w->t, FMT_CSV);
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
	[FMT_TABLE] = {"table", true, false, false, kept_begin, kept_record, table_end, kept_drop, text_line},
	[FMT_CSV] = {"csv", true, false, true, kept_begin, kept_record, csv_end, kept_drop, text_line},
	[FMT_JSONL] = {"jsonl", false, true, false, json_begin, json_record, json_end, json_drop, json_line},
};

void writer_init(struct writer *w, enum format fmt, FILE *f)
{
	memset(w, 0, sizeof *w);
	w->fmt = &formats[fmt];
	w->f = f;
}
