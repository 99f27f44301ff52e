/* out.h - output helpers of the karier command: tables, CSV, JSON lines. SPDX-License-Identifier: MIT */
#ifndef KARIER_CLI_OUT_H
#define KARIER_CLI_OUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

/* FMT_CSV_ID is CSV for a spreadsheet in an Indonesian locale (--csv-dialect id): ';' between
 * fields, the decimal comma, identifiers kept as text. */
enum format { FMT_TABLE, FMT_CSV, FMT_JSONL, FMT_CSV_ID, FMT_XLSX, FMT_HTML };

/* What a column holds, for the formats that type their cells (the CSV dialect id, xlsx); one
 * letter per column, NULL for all text. */
#define COL_TEXT 't'    /* free text from the data: neutralised if it could start a formula */
#define COL_KEY 'k'     /* an identifier that looks like a number but is not one: a NIP, a code */
#define COL_NUMBER 'n'  /* a decimal with two places, written with '.' (83.72) */
#define COL_P 'p'       /* a probability with six places (0.033161) */
#define COL_INTEGER 'i' /* a whole number (JP, a count, a rank) */
#define COL_RUPIAH 'r'  /* money in rupiah, a whole number */
#define COL_DATE 'd'    /* YYYY-MM-DD, or empty */

/* A cell of free text that a spreadsheet would take for a formula (it begins with =, +, -, @, a tab
 * or a carriage return, and something follows): true when it must be written with a leading '
 * (OWASP, CSV injection).  A lone "-" (no value) is left as it is. */
bool cell_is_formula(const char *s);

/* A table built row by row, then written aligned or as CSV.  The cells'
 * text is kept in one growing buffer (millions of rows, few allocations);
 * the widths of the columns are kept as rows are added. */
struct table {
	int ncol, nrow, cap;
	const char **head;
	const char *types; /* COL_* per column, or NULL */
	size_t *cell; /* nrow * ncol offsets into text */
	char *text;
	size_t len, text_cap;
	int width[32];
	/* the columns whose values repeat (table_repeats): each distinct value's text kept once, found
	 * through an open-addressing set of offsets + 1 (0 = empty) */
	uint32_t repeats;
	size_t *seen, seen_cap, seen_n;
};

void table_init(struct table *t, int ncol, const char **head, const char *types);
/* Columns (bit c for column c, c < 32) whose values repeat from row to row (a golongan, a date, a
 * reason out of some thousands): their cells then share one copy of each distinct text.  A million
 * rows' first reasons are about 16,000 texts of 69 bytes on average, 69 MB copied row by row. */
void table_repeats(struct table *t, uint32_t columns);
void table_add(struct table *t, const char **values);
/* Room for rows more rows of text bytes more (their NULs counted), allocated now: a table filled
 * on another thread then grows no block there (memory a thread allocates stays with its arena). */
void table_reserve(struct table *t, int rows, size_t text);
void table_write(FILE *f, const struct table *t, enum format fmt);
/* Several tables of the same columns written as one (widths over all). */
void table_write_parts(FILE *f, const struct table *parts, int n, enum format fmt);
const char *table_cell(const struct table *t, int row, int col);
/* Text built in memory and written in one fwrite: a row, or the rows of a block (rows.c).  len is
 * kept below cap, so p[len] is always there.  Running out of memory ends the command (exit 1), as
 * every allocation of the command does.  {0} is an empty buffer. */
struct sbuf {
	char *p;
	size_t len, cap;
};
void sbuf_put(struct sbuf *b, const char *s, size_t n);
static inline void sbuf_puts(struct sbuf *b, const char *s) { sbuf_put(b, s, strlen(s)); }
static inline void sbuf_putc(struct sbuf *b, char c)
{
	if (b->len + 1 < b->cap)
		b->p[b->len++] = c;
	else
		sbuf_put(b, &c, 1);
}
/* Write the text to f and empty the buffer (its room is kept); false when the write failed. */
bool sbuf_flush(struct sbuf *b, FILE *f);
void sbuf_free(struct sbuf *b);
/* Room for n more bytes (and the byte after them) at b->p + b->len. */
void sbuf_reserve(struct sbuf *b, size_t n);

/* An array of count elements of size bytes (a million employees' pointers, dates, scores): malloc
 * with the product checked, huge pages offered when it is 2 MB or more; NULL when out of memory. */
void *array_alloc(size_t count, size_t size);

/* A JSON object written as text into a buffer, member by member, byte for byte as jansson's compact
 * dump writes the same object: no JSON value is allocated, for the lists of a million records.
 * Strings are quoted by karier_json_quote, the library's own escaping.  A line is
 *     struct jline j = {.b = b, .first = true}; jline_str(&j, "nip", nip); jline_bool(&j, "eligible", ok); jline_end(&j);
 * which appends {"nip":"...","eligible":true} and a line end to b. */
struct jline {
	struct sbuf *b;
	bool first;      /* no member yet: the next one opens the object */
	bool item_first; /* in an array (jline_array), no item yet */
};
/* value NULL: null */
void jline_str(struct jline *j, const char *key, const char *value);
void jline_bool(struct jline *j, const char *key, bool value);
void jline_int(struct jline *j, const char *key, long long value);
/* An array of strings under key: opened, its items, closed. */
void jline_array(struct jline *j, const char *key);
void jline_item(struct jline *j, const char *value);
void jline_array_end(struct jline *j);
/* The object closed and the line ended (after one member at least: no line is an empty object). */
void jline_end(struct jline *j);
/* An object with members the library wrote as text (karier_merit_to_json, ...) continued in b:
 * its members, then those j adds after them, then jline_close, which closes it without a line end
 * and leaves b's text NUL-terminated (a record's text for rec_put). */
void jline_extend(struct jline *j, struct sbuf *b, const char *object);
void jline_close(struct jline *j);
/* s as a JSON string (karier_json_quote), appended to b. */
void jline_quote(struct sbuf *b, const char *s);

/* Numbers as text without printf, for the cells of long lists: v's decimal digits (buf has room for
 * 21 bytes), hundredths with two decimals ("83.72", "-0.05"; room for 24); each returns the length. */
int text_int(char *buf, long long v);
int text_hundredths(char *buf, long long v);
/* s appended at buf[*len] (buf holds cap bytes), cut to fit and kept terminated. */
void text_append(char *buf, size_t cap, size_t *len, const char *s);

/* CSV appended to a buffer: the byte-order mark and the header, then one row at a time (types: COL_*
 * or NULL). */
void csv_head(struct sbuf *b, int ncol, const char *const *head, enum format fmt);
void csv_row_buf(struct sbuf *b, int ncol, const char *const *cells, const char *types, enum format fmt);
void table_free(struct table *t);

/* One JSON value per line, compact, numbers with up to 15 significant digits. */
void jsonl_write(FILE *f, json_t *v);
/* Hundredths as a JSON number with at most two decimals. */
json_t *json_fixed(long long hundredths);
/* A date YYYYMMDD as "YYYY-MM-DD", or null for 0. */
json_t *json_date(int date);

#endif
