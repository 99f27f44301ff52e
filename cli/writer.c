/* writer.c - the formats of the karier command: an aligned table, CSV (two dialects), JSON lines, and
 * xlsx (xlsx.c). SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "writer.h"

/* table: the list is kept and written whole at its end (column widths) */
static void kept_begin(struct writer *w, int ncol, const char *const *head, const char *types)
{
	table_init(&w->t, ncol, (const char **)head, types);
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

/* CSV: streamed, a row as it comes (quoting needs no other row); the header at the list's start */
static void csv_begin(struct writer *w, int ncol, const char *const *head, const char *types)
{
	table_init(&w->t, ncol, (const char **)head, types); /* the columns only: no row is kept */
	csv_head(&w->line, ncol, head, w->fmt->kept_as);
	sbuf_flush(&w->line, w->f); /* a failed write shows in ferror, checked at the command's end */
}
static void csv_record(struct writer *w, const char *const *cells, json_t *json)
{
	json_decref(json);
	csv_row_buf(&w->line, w->t.ncol, cells, w->t.types, w->fmt->kept_as);
	sbuf_flush(&w->line, w->f);
}
static void csv_end(struct writer *w)
{
	table_free(&w->t);
	sbuf_free(&w->line);
}

/* JSON lines: a record is a line as it comes */
static void json_begin(struct writer *w, int ncol, const char *const *head, const char *types)
{
	(void)w;
	(void)ncol;
	(void)head;
	(void)types;
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
	[FMT_TABLE] = {"table", true, false, false, FMT_TABLE, kept_begin, kept_record, kept_end, kept_drop, text_line, NULL, false, true},
	[FMT_CSV] = {"csv", true, false, true, FMT_CSV, csv_begin, csv_record, csv_end, csv_end, text_line, NULL, false, false},
	[FMT_JSONL] = {"jsonl", false, true, false, FMT_JSONL, json_begin, json_record, json_end, json_drop, json_line, NULL, false, false},
	[FMT_CSV_ID] = {"csv", true, false, true, FMT_CSV_ID, csv_begin, csv_record, csv_end, csv_end, text_line, NULL, false, false},
};

/* Whether the format draws a page (html.c takes the sections, groups and notes). */
static bool page(const struct writer *w) { return w->fmt->kept_as == FMT_HTML; }

/* Whether the format writes a workbook rather than text (titles, notes and groups go to its sheets). */
static bool sheets(const struct writer *w) { return w->fmt->kept_as == FMT_XLSX; }

void writer_section_field(char *buf, size_t size, const char *bagian, const char *array)
{
	snprintf(buf, size, "%s.%s", bagian, array ? array : "");
}

void writer_section_begin(struct writer *w, const char *title, const char *sheet, json_t *head, const char *array)
{
	if (page(w)) {
		html_section_begin(w, title, head);
		return;
	}
	w->sec_array = NULL;
	if (w->fmt->cells) {
		json_decref(head);
		if (sheets(w))
			w->title = sheet ? sheet : title;
		else if (title)
			fprintf(w->f, "\n== %s ==\n\n", title);
		return;
	}
	/* JSON lines: the head is the section's first line; each record follows on a line of its own,
	 * named "<bagian>.<array>" (a section of a million employees is a million short lines) */
	w->sec_array = array;
	writer_section_field(w->sec_name, sizeof w->sec_name, json_string_value(json_object_get(head, "bagian")), array);
	jsonl_write(w->f, head);
}

void writer_section_end(struct writer *w)
{
	if (page(w)) {
		html_section_end(w);
		return;
	}
	w->sec_array = NULL;
}

void writer_groups_begin(struct writer *w, int ngroup, int ncol, const char *const *const *heads,
                         const char *const *between, const char *const *sheets, const char *types)
{
	if (page(w)) {
		html_groups_begin(w, ngroup, ncol, heads, between, types);
		return;
	}
	w->ngroup = ngroup;
	w->group_types = types;
	for (int g = 0; g < ngroup && w->fmt->cells; g++) {
		table_init(&w->group[g], ncol, (const char **)heads[g], types);
		w->between[g] = between ? between[g] : NULL;
		w->sheet_of[g] = sheets ? sheets[g] : NULL;
	}
}

void writer_group_record(struct writer *w, int group, const char *const *cells, json_t *json)
{
	if (page(w)) {
		json_decref(json);
		html_group_record(w, group, cells);
		return;
	}
	if (w->fmt->cells) {
		json_decref(json);
		table_add(&w->group[group], (const char **)cells);
	} else if (w->sec_array && json) {
		json_t *line = json_pack("{s:s}", "bagian", w->sec_name);
		json_object_update(line, json); /* the section's name first, then the record's fields */
		json_decref(json);
		jsonl_write(w->f, line);
	} else {
		json_decref(json);
	}
}

void writer_group_lines(struct writer *w, struct sbuf *b) { writer_group_lines_after(w, b, NULL, 0); }

void writer_group_lines_after(struct writer *w, struct sbuf *b, const char *begin, size_t n)
{
	if (w->fmt->json && !w->fmt->cells && w->sec_array) { /* a failed write shows in ferror, checked at the command's end */
		if (!n) {
			sbuf_flush(b, w->f);
		} else {
			struct sbuf out = {0};
			for (const char *p = b->p, *end = b->p + b->len; p < end;) {
				const char *nl = memchr(p, '\n', (size_t)(end - p));
				const char *next = nl ? nl + 1 : end;
				sbuf_put(&out, begin, n);
				sbuf_put(&out, p, (size_t)(next - p));
				if (out.len >= 1 << 16)
					sbuf_flush(&out, w->f);
				p = next;
			}
			sbuf_flush(&out, w->f);
			sbuf_free(&out);
		}
	}
	b->len = 0;
}

void writer_group_take(struct writer *w, int group, struct table *t)
{
	if (!page(w) && w->fmt->cells && t->nrow) {
		struct table *more = realloc(w->taken[group], (size_t)(w->ntaken[group] + 1) * sizeof *more);
		if (!more) {
			fputs("karier: out of memory\n", stderr);
			exit(1);
		}
		more[w->ntaken[group]++] = *t;
		w->taken[group] = more;
		memset(t, 0, sizeof *t);
		return;
	}
	const char *cells[32];
	for (int r = 0; r < t->nrow; r++) { /* a page takes the rows it shows */
		for (int c = 0; c < t->ncol && c < 32; c++)
			cells[c] = table_cell(t, r, c);
		writer_group_record(w, group, cells, NULL);
	}
	table_free(t);
	memset(t, 0, sizeof *t);
}

void writer_groups_end(struct writer *w)
{
	if (page(w)) {
		html_groups_end(w);
		return;
	}
	const char *title = w->title;
	for (int g = 0; g < w->ngroup && w->fmt->cells; g++) {
		/* the group's own rows, then the tables it was given, as one table (widths over all) */
		int np = 1 + w->ntaken[g];
		struct table *parts = malloc((size_t)np * sizeof *parts);
		if (!parts) {
			fputs("karier: out of memory\n", stderr);
			exit(1);
		}
		parts[0] = w->group[g];
		for (int k = 1; k < np; k++)
			parts[k] = w->taken[g][k - 1];
		struct table *t = &w->group[g];
		if (sheets(w)) { /* each group a sheet: the section's title, then the line between */
			w->title = w->sheet_of[g] ? w->sheet_of[g] : title;
			w->fmt->list_begin(w, t->ncol, t->head, w->group_types);
			for (int k = 0; k < np; k++)
				for (int r = 0; r < parts[k].nrow; r++) {
					const char *cells[32];
					for (int c = 0; c < t->ncol && c < 32; c++)
						cells[c] = table_cell(&parts[k], r, c);
					w->fmt->record(w, cells, NULL);
				}
			w->fmt->list_end(w);
		} else {
			if (w->between[g])
				fprintf(w->f, "\n%s\n\n", w->between[g]);
			table_write_parts(w->f, parts, np, w->fmt->kept_as);
		}
		for (int k = 0; k < np; k++)
			table_free(&parts[k]);
		free(parts);
		free(w->taken[g]);
		w->taken[g] = NULL;
		w->ntaken[g] = 0;
	}
	w->title = title;
	w->ngroup = 0;
}

void writer_note(struct writer *w, const char *text)
{
	if (page(w))
		html_note(w, text);
	else if (sheets(w))
		w->fmt->line(w, text, NULL);
	else if (w->fmt->cells)
		fputs(text, w->f);
}

bool writer_init(struct writer *w, enum format fmt, FILE *f, const char *title, bool en)
{
	memset(w, 0, sizeof *w);
	w->f = f;
	w->title = title;
	w->en = en;
	if (fmt == FMT_HTML) {
		w->fmt = &writer_html;
		return true;
	}
	if (fmt == FMT_XLSX) {
#ifdef KARIER_HAVE_XLSX
		w->fmt = &writer_xlsx;
		return true;
#else
		return false;
#endif
	}
	w->fmt = &formats[fmt];
	return true;
}

bool writer_finish(struct writer *w) { return w->fmt->finish ? w->fmt->finish(w) : true; }

void writer_record_text(struct writer *w, const char *const *cells, const char *json_text)
{
	if (w->fmt->json && !w->fmt->cells) {
		fputs(json_text, w->f);
		fputc('\n', w->f);
	} else {
		writer_record(w, cells, NULL);
	}
}

bool writer_streams(const struct writer *w)
{
	return w->fmt == &formats[FMT_CSV] || w->fmt == &formats[FMT_CSV_ID] || w->fmt == &formats[FMT_JSONL];
}

void writer_record_buf(const struct writer *w, struct sbuf *b, const char *const *cells, const char *json_text)
{
	if (w->fmt->json && !w->fmt->cells) {
		sbuf_puts(b, json_text);
		sbuf_putc(b, '\n');
	} else {
		csv_row_buf(b, w->t.ncol, cells, w->t.types, w->fmt->kept_as);
	}
}
