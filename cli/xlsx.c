/*
 * xlsx.c - the karier command's spreadsheet format (--format xlsx), through
 * libxlsxwriter: a workbook with one sheet per list (per section of the
 * report), a bold frozen header row with an autofilter, NIPs and codes as
 * text, scores, JP and money as numbers with Indonesian-style formats, dates
 * as dates, free text that could start a formula neutralised with a leading
 * '.  Lines outside lists (summaries, notes) go to one more sheet.  The
 * workbook is built in a temporary file (libxlsxwriter writes to a path) and
 * copied to the writer's stream at the end, so --output stays whole-or-nothing.
 * Built only when libxlsxwriter is found (KARIER_HAVE_XLSX).
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L /* mkstemp, fdopen */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "writer.h"

#define SHEET_ROWS 1048576 /* rows of a sheet, the header's included */
#define MAX_SHEETS 200

struct xlsx {
	char path[4096];
	lxw_workbook *wb;
	lxw_format *head, *number, *p, *integer, *rupiah, *date;
	lxw_worksheet *ws, *notes;
	lxw_row_t row, note_row;
	int ncol;
	const char *const *headers;
	const char *types;
	char title[64]; /* the sheet's name as asked (the section, the command) */
	int part;       /* a list longer than a sheet continues on "title (2)", ... */
	double width[32];
	char names[MAX_SHEETS][32]; /* sheet names given, to keep them unique */
	int nnames;
	lxw_error failed;
};

static void fail(struct xlsx *x, lxw_error e)
{
	if (e != LXW_NO_ERROR && x->failed == LXW_NO_ERROR)
		x->failed = e;
}

/* A valid, unique sheet name from @want: no []:*?/\, at most 31 bytes cut on a character. */
static void sheet_name(struct xlsx *x, char out[32], const char *want)
{
	char base[32];
	size_t n = 0;
	for (const char *s = want; *s && n < 31; s++)
		base[n++] = strchr("[]:*?/\\", *s) ? '-' : *s;
	while (n && ((unsigned char)base[n - 1] & 0xC0) == 0x80) /* never half a character */
		n--;
	if (n && (unsigned char)base[n - 1] >= 0xC0)
		n--;
	base[n] = '\0';
	if (!n)
		snprintf(base, sizeof base, "Sheet");
	snprintf(out, 32, "%s", base);
	for (int k = 2;; k++) {
		bool taken = false;
		for (int i = 0; i < x->nnames && !taken; i++)
			taken = strcasecmp(x->names[i], out) == 0;
		if (!taken)
			break;
		char suffix[16];
		int sl = snprintf(suffix, sizeof suffix, " (%d)", k);
		size_t keep = n + (size_t)sl > 31 ? 31 - (size_t)sl : n;
		while (keep && ((unsigned char)base[keep] & 0xC0) == 0x80)
			keep--;
		snprintf(out, 32, "%.*s%s", (int)keep, base, suffix);
	}
	if (x->nnames < MAX_SHEETS)
		snprintf(x->names[x->nnames++], 32, "%s", out);
}

static struct xlsx *start(struct writer *w)
{
	if (w->xlsx)
		return w->xlsx;
	struct xlsx *x = calloc(1, sizeof *x);
	if (!x) {
		fputs("karier: out of memory\n", stderr);
		exit(1);
	}
	const char *dir = getenv("TMPDIR");
	snprintf(x->path, sizeof x->path, "%s/karier-xlsx-XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(x->path);
	if (fd < 0) {
		fprintf(stderr, "karier: xlsx: a temporary file in %s: %s\n", dir && *dir ? dir : "/tmp", strerror(errno));
		exit(1);
	}
	close(fd);
	lxw_workbook_options opt = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
	x->wb = workbook_new_opt(x->path, &opt);
	if (!x->wb) {
		unlink(x->path);
		fputs("karier: xlsx: the workbook could not be created\n", stderr);
		exit(1);
	}
	x->head = workbook_add_format(x->wb);
	format_set_bold(x->head);
	x->number = workbook_add_format(x->wb);
	format_set_num_format(x->number, "#,##0.00");
	x->p = workbook_add_format(x->wb);
	format_set_num_format(x->p, "0.000000");
	x->integer = workbook_add_format(x->wb);
	format_set_num_format(x->integer, "#,##0");
	x->rupiah = workbook_add_format(x->wb);
	format_set_num_format(x->rupiah, "\"Rp\"\\ #,##0");
	x->date = workbook_add_format(x->wb);
	format_set_num_format(x->date, "dd/mm/yyyy");
	w->xlsx = x;
	return x;
}

/* Text as a cell: a formula-looking value gets a leading ' (OWASP). */
static void write_text(struct xlsx *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
	if (!s[0])
		return;
	if (cell_is_formula(s)) {
		size_t n = strlen(s);
		char *q = malloc(n + 2);
		if (!q) {
			fputs("karier: out of memory\n", stderr);
			exit(1);
		}
		q[0] = '\'';
		memcpy(q + 1, s, n + 1);
		fail(x, worksheet_write_string(ws, r, c, q, f));
		free(q);
	} else {
		fail(x, worksheet_write_string(ws, r, c, s, f));
	}
}

static void open_sheet(struct xlsx *x)
{
	char name[32], want[64];
	if (x->part > 1)
		snprintf(want, sizeof want, "%.24s (%d)", x->title, x->part);
	else
		snprintf(want, sizeof want, "%s", x->title);
	sheet_name(x, name, want);
	x->ws = workbook_add_worksheet(x->wb, name);
	if (!x->ws) {
		fail(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return;
	}
	for (int c = 0; c < x->ncol; c++) {
		write_text(x, x->ws, 0, (lxw_col_t)c, x->headers[c], x->head);
		size_t n = strlen(x->headers[c]);
		if (c < 32 && (double)n + 2 > x->width[c])
			x->width[c] = (double)n + 2;
	}
	worksheet_freeze_panes(x->ws, 1, 0);
	x->row = 1;
}

static void close_sheet(struct xlsx *x)
{
	if (!x->ws)
		return;
	if (x->ncol > 0)
		fail(x, worksheet_autofilter(x->ws, 0, 0, x->row > 1 ? x->row - 1 : 1, (lxw_col_t)(x->ncol - 1)));
	for (int c = 0; c < x->ncol && c < 32; c++)
		fail(x, worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c, x->width[c] > 60 ? 60 : x->width[c], NULL));
	x->ws = NULL;
}

static void xlsx_begin(struct writer *w, int ncol, const char *const *head, const char *types)
{
	struct xlsx *x = start(w);
	x->ncol = ncol;
	x->headers = head;
	x->types = types;
	x->part = 1;
	memset(x->width, 0, sizeof x->width);
	snprintf(x->title, sizeof x->title, "%s", w->title ? w->title : "karier");
	open_sheet(x);
}

/* A number the command formatted ("83.72", "12", "-"), or false when it is not one. */
static bool number(const char *s, double *out)
{
	if (!s[0])
		return false;
	char *end;
	errno = 0;
	*out = strtod(s, &end);
	return *end == '\0' && errno == 0 && strspn(s, "-0123456789.") == strlen(s);
}

static void xlsx_record(struct writer *w, const char *const *cells, json_t *json)
{
	json_decref(json);
	struct xlsx *x = w->xlsx;
	if (x->row == SHEET_ROWS) { /* the sheet is full: the list goes on on the next one */
		close_sheet(x);
		x->part++;
		open_sheet(x);
	}
	if (!x->ws)
		return;
	for (int c = 0; c < x->ncol; c++) {
		const char *s = cells[c] ? cells[c] : "";
		char type = x->types ? x->types[c] : COL_TEXT;
		double v;
		int y, m, d;
		lxw_col_t col = (lxw_col_t)c;
		if ((type == COL_NUMBER || type == COL_P || type == COL_INTEGER || type == COL_RUPIAH) && number(s, &v))
			fail(x, worksheet_write_number(x->ws, x->row, col, v,
			                               type == COL_NUMBER ? x->number : type == COL_P ? x->p
			                               : type == COL_RUPIAH ? x->rupiah : x->integer));
		else if (type == COL_DATE && strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 && y >= 1900) {
			lxw_datetime dt = {.year = y, .month = m, .day = d};
			fail(x, worksheet_write_datetime(x->ws, x->row, col, &dt, x->date));
		} else
			write_text(x, x->ws, x->row, col, s, NULL);
		size_t n = strlen(s);
		if (c < 32 && (double)n + 2 > x->width[c])
			x->width[c] = (double)n + 2;
	}
	x->row++;
}

static void xlsx_end(struct writer *w) { close_sheet(w->xlsx); }

/* A list given up on an error: its sheet stays (a workbook cannot take one back), but the command
 * fails and --output is left as it was. */
static void xlsx_drop(struct writer *w) { close_sheet(w->xlsx); }

/* A line outside lists: on the notes sheet, one row per line of text. */
static void xlsx_line(struct writer *w, const char *text, json_t *json)
{
	json_decref(json);
	struct xlsx *x = start(w);
	if (!text)
		return;
	if (!x->notes) {
		char name[32];
		sheet_name(x, name, w->en ? "Notes" : "Catatan");
		x->notes = workbook_add_worksheet(x->wb, name);
		if (!x->notes) {
			fail(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
			return;
		}
		fail(x, worksheet_set_column(x->notes, 0, 0, 100, NULL));
	}
	const char *p = text;
	while (*p) {
		size_t n = strcspn(p, "\n");
		if (n && x->note_row < SHEET_ROWS) {
			char *line = strndup(p, n);
			if (!line) {
				fputs("karier: out of memory\n", stderr);
				exit(1);
			}
			write_text(x, x->notes, x->note_row++, 0, line, NULL);
			free(line);
		}
		p += n + (p[n] == '\n');
	}
}

/* Close the workbook and copy it to the stream; false (said on standard error) when that failed. */
static bool xlsx_finish(struct writer *w)
{
	struct xlsx *x = w->xlsx;
	if (!x) { /* nothing was written: still a workbook, with one empty sheet */
		x = start(w);
	}
	bool ok = true;
	lxw_error e = workbook_close(x->wb);
	if (x->failed != LXW_NO_ERROR || e != LXW_NO_ERROR) {
		fprintf(stderr, "karier: xlsx: %s\n", lxw_strerror(x->failed != LXW_NO_ERROR ? x->failed : e));
		ok = false;
	}
	FILE *in = ok ? fopen(x->path, "rb") : NULL;
	if (ok && !in) {
		fprintf(stderr, "karier: xlsx: %s: %s\n", x->path, strerror(errno));
		ok = false;
	}
	if (in) {
		char buf[1 << 16];
		size_t n;
		while ((n = fread(buf, 1, sizeof buf, in)) > 0)
			if (fwrite(buf, 1, n, w->f) != n)
				break; /* the caller sees the stream's error */
		if (ferror(in)) {
			fprintf(stderr, "karier: xlsx: reading %s back failed\n", x->path);
			ok = false;
		}
		fclose(in);
	}
	unlink(x->path);
	free(x);
	w->xlsx = NULL;
	return ok;
}

const struct writer_format writer_xlsx = {"xlsx", true, false, true, FMT_XLSX, xlsx_begin, xlsx_record, xlsx_end,
                                          xlsx_drop, xlsx_line, xlsx_finish, false, true};
