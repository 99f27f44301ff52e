/* out.c - output helpers of the karier command. SPDX-License-Identifier: MIT */
#if defined(__linux__)
#  define _DEFAULT_SOURCE /* madvise */
#  include <sys/mman.h>
#endif
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <karier.h>

#include "out.h"

/* A block of 2 MB or more (a table of a million rows' cells, an array of a million pointers) offered
 * huge pages, as the library offers its own: a page fault per 2 MB rather than per 4 KiB (each fault
 * costs about as much as zeroing its page on the 2-core machine, docs/performance.md), the bytes the
 * same.  Advice only. */
static void *offer_huge(void *p, size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	if (p && size >= ((size_t)2 << 20)) {
		uintptr_t start = ((uintptr_t)p + 4095) & ~(uintptr_t)4095, end = ((uintptr_t)p + size) & ~(uintptr_t)4095;
		if (end > start)
			(void)madvise((void *)start, end - start, MADV_HUGEPAGE);
	}
#else
	(void)size;
#endif
	return p;
}

static void *grow(void *p, size_t size)
{
	void *n = realloc(p, size);
	if (!n) {
		fputs("karier: out of memory\n", stderr);
		exit(1);
	}
	return offer_huge(n, size);
}

void *array_alloc(size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		return NULL;
	return offer_huge(malloc(count * size > 0 ? count * size : 1), count * size);
}

/* Display width of the n bytes at s: code points, not bytes.  Text that is ASCII throughout (tested
 * eight bytes at a time) is as wide as it is long. */
static int width_n(const char *s, size_t n)
{
	uint64_t high = 0;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		high |= x;
	}
	for (; i < n; i++)
		high |= (unsigned char)s[i];
	if (!(high & UINT64_C(0x8080808080808080)))
		return (int)n;
	int w = 0;
	for (i = 0; i < n; i++)
		w += ((unsigned char)s[i] & 0xC0) != 0x80;
	return w;
}

static int width(const char *s) { return width_n(s, strlen(s)); }

void table_init(struct table *t, int ncol, const char **head, const char *types)
{
	memset(t, 0, sizeof *t);
	t->ncol = ncol;
	t->head = head;
	t->types = types;
	for (int c = 0; c < ncol && c < 32; c++)
		t->width[c] = width(head[c]);
}

void table_reserve(struct table *t, int rows, size_t text)
{
	if (t->nrow + rows > t->cap) {
		t->cap = t->nrow + rows;
		t->cell = grow(t->cell, (size_t)t->cap * (size_t)t->ncol * sizeof *t->cell);
	}
	if (t->len + text > t->text_cap) {
		t->text_cap = t->len + text;
		t->text = grow(t->text, t->text_cap);
	}
}

void table_repeats(struct table *t, uint32_t columns) { t->repeats = columns; }

/* FNV-1a of the n bytes at s. */
static uint64_t text_hash(const char *s, size_t n)
{
	uint64_t h = UINT64_C(14695981039346656037);
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
	return h;
}

/* The slot of the text v (n bytes, NUL-terminated) in t's set of repeated values: the one holding
 * it, or the empty one where it goes. */
static size_t *seen_slot(const struct table *t, const char *v, size_t n)
{
	size_t mask = t->seen_cap - 1;
	for (size_t i = (size_t)text_hash(v, n) & mask;; i = (i + 1) & mask)
		if (!t->seen[i] || !strcmp(t->text + t->seen[i] - 1, v))
			return &t->seen[i];
}

/* The slot of a repeated value (seen_slot), after making room for one more value in the set. */
static size_t *seen_find(struct table *t, const char *v, size_t n)
{
	if (2 * (t->seen_n + 1) > t->seen_cap) { /* at most half full: probes stay short */
		size_t *old = t->seen, old_cap = t->seen_cap;
		t->seen_cap = old_cap ? old_cap * 2 : 256;
		t->seen = grow(NULL, t->seen_cap * sizeof *t->seen);
		memset(t->seen, 0, t->seen_cap * sizeof *t->seen);
		for (size_t i = 0; i < old_cap; i++)
			if (old[i]) {
				const char *s = t->text + old[i] - 1;
				*seen_slot(t, s, strlen(s)) = old[i];
			}
		free(old);
	}
	return seen_slot(t, v, n);
}

void table_add(struct table *t, const char **values)
{
	if (t->nrow == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->cell = grow(t->cell, (size_t)t->cap * (size_t)t->ncol * sizeof *t->cell);
	}
	for (int c = 0; c < t->ncol; c++) {
		const char *v = values[c] ? values[c] : "";
		size_t n = strlen(v) + 1;
		int w = width_n(v, n - 1);
		if (c < 32 && w > t->width[c])
			t->width[c] = w;
		size_t *slot = c < 32 && (t->repeats >> c & 1) ? seen_find(t, v, n - 1) : NULL;
		if (slot && *slot) { /* a value already kept (in this column or another): its cell points there */
			t->cell[t->nrow * t->ncol + c] = *slot - 1;
			continue;
		}
		if (t->len + n > t->text_cap) {
			t->text_cap = t->text_cap ? t->text_cap * 2 : 4096;
			while (t->len + n > t->text_cap)
				t->text_cap *= 2;
			t->text = grow(t->text, t->text_cap);
		}
		memcpy(t->text + t->len, v, n);
		t->cell[t->nrow * t->ncol + c] = t->len;
		if (slot) {
			*slot = t->len + 1;
			t->seen_n++;
		}
		t->len += n;
	}
	t->nrow++;
}

void table_free(struct table *t)
{
	free(t->cell);
	free(t->text);
	free(t->seen);
	t->seen = NULL;
	t->seen_cap = t->seen_n = 0;
}

const char *table_cell(const struct table *t, int r, int c) { return t->text + t->cell[(size_t)r * (size_t)t->ncol + (size_t)c]; }

bool cell_is_formula(const char *s) { return s[0] && s[1] && strchr("=+-@\t\r", s[0]) != NULL; }

int text_int(char *buf, long long v)
{
	char tmp[24];
	int k = 0, n = 0;
	unsigned long long a = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do
		tmp[k++] = (char)('0' + a % 10);
	while (a /= 10);
	if (v < 0)
		buf[n++] = '-';
	while (k)
		buf[n++] = tmp[--k];
	buf[n] = '\0';
	return n;
}

int text_hundredths(char *buf, long long v)
{
	unsigned long long a = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	int n = 0;
	if (v < 0)
		buf[n++] = '-';
	n += text_int(buf + n, (long long)(a / 100));
	buf[n++] = '.';
	buf[n++] = (char)('0' + a % 100 / 10);
	buf[n++] = (char)('0' + a % 10);
	buf[n] = '\0';
	return n;
}

void text_append(char *buf, size_t cap, size_t *len, const char *s)
{
	size_t n = strlen(s);
	if (n > cap - 1 - *len)
		n = cap - 1 - *len;
	memcpy(buf + *len, s, n);
	*len += n;
	buf[*len] = '\0';
}

void sbuf_reserve(struct sbuf *b, size_t n)
{
	if (b->len + n >= b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 4096;
		while (b->len + n >= cap)
			cap *= 2;
		b->p = grow(b->p, cap);
		b->cap = cap;
	}
}

void sbuf_put(struct sbuf *b, const char *s, size_t n)
{
	sbuf_reserve(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

bool sbuf_flush(struct sbuf *b, FILE *f)
{
	bool ok = !b->len || fwrite(b->p, 1, b->len, f) == b->len;
	b->len = 0;
	return ok;
}

void sbuf_free(struct sbuf *b)
{
	free(b->p);
	*b = (struct sbuf){0};
}

/* ---- JSON objects as text --------------------------------------------------------------------- */

static void jline_key(struct jline *j, const char *key)
{
	sbuf_putc(j->b, j->first ? '{' : ',');
	j->first = false;
	jline_quote(j->b, key);
	sbuf_putc(j->b, ':');
}

void jline_quote(struct sbuf *b, const char *s)
{
	size_t len = strlen(s);
	if (len > SIZE_MAX / 8) {
		fputs("karier: out of memory\n", stderr);
		exit(1);
	}
	sbuf_reserve(b, 6 * len + 3); /* the most karier_json_quote writes, with its NUL */
	int n = karier_json_quote(b->p + b->len, b->cap - b->len, s);
	if (n < 0) { /* text the library made or read, so valid UTF-8: a failure here is a bug */
		fprintf(stderr, "karier: internal error: %s\n", karier_last_error());
		exit(1);
	}
	b->len += (size_t)n;
}

void jline_str(struct jline *j, const char *key, const char *value)
{
	jline_key(j, key);
	if (value)
		jline_quote(j->b, value);
	else
		sbuf_put(j->b, "null", 4);
}

void jline_bool(struct jline *j, const char *key, bool value)
{
	jline_key(j, key);
	sbuf_put(j->b, value ? "true" : "false", value ? 4 : 5);
}

void jline_int(struct jline *j, const char *key, long long value)
{
	char num[24];
	jline_key(j, key);
	sbuf_put(j->b, num, (size_t)text_int(num, value));
}

void jline_array(struct jline *j, const char *key)
{
	jline_key(j, key);
	sbuf_putc(j->b, '[');
	j->item_first = true;
}

void jline_item(struct jline *j, const char *value)
{
	if (!j->item_first)
		sbuf_putc(j->b, ',');
	j->item_first = false;
	jline_quote(j->b, value);
}

void jline_array_end(struct jline *j) { sbuf_putc(j->b, ']'); }

void jline_extend(struct jline *j, struct sbuf *b, const char *object)
{
	size_t n = strlen(object);
	if (n < 3 || object[0] != '{' || object[n - 1] != '}') { /* the library's to-JSON functions write objects with members */
		fprintf(stderr, "karier: internal error: not a JSON object with members: %.40s\n", object);
		exit(1);
	}
	*j = (struct jline){.b = b};
	sbuf_put(b, object, n - 1);
}

void jline_close(struct jline *j)
{
	sbuf_putc(j->b, '}');
	j->b->p[j->b->len] = '\0'; /* the line as a C string too (sbuf keeps room for this byte) */
}

void jline_end(struct jline *j)
{
	sbuf_put(j->b, "}\n", 2);
}

/* One CSV field: quoted when it holds the separator, a quote or a line break; free text that could
 * start a formula gets a leading ' (inside the quotes when quoted). */
static void csv_field(struct sbuf *b, const char *s, bool text)
{
	bool quote = strpbrk(s, "\"\n\r,;") != NULL;
	if (quote)
		sbuf_putc(b, '"');
	if (text && cell_is_formula(s))
		sbuf_putc(b, '\'');
	if (!quote) {
		sbuf_puts(b, s);
		return;
	}
	for (const char *p = s; *p;) { /* the runs between quotes whole, each quote doubled */
		size_t n = strcspn(p, "\"");
		sbuf_put(b, p, n);
		p += n;
		if (*p == '"') {
			sbuf_put(b, "\"\"", 2);
			p++;
		}
	}
	sbuf_putc(b, '"');
}

/* A cell in the dialect id: a decimal with its comma, an identifier as ="..." (a spreadsheet would
 * read an 18-digit NIP as 1.98501E+17 and lose its last digits). */
static void csv_id_field(struct sbuf *b, const char *s, char type)
{
	if ((type == COL_NUMBER || type == COL_P) && s[0] && strspn(s, "-0123456789.") == strlen(s)) {
		for (; *s; s++)
			sbuf_putc(b, *s == '.' ? ',' : *s);
		return;
	}
	if (type == COL_KEY && s[0] && strspn(s, "0123456789") == strlen(s)) {
		sbuf_put(b, "\"=\"\"", 4);
		sbuf_puts(b, s);
		sbuf_put(b, "\"\"\"", 3);
		return;
	}
	csv_field(b, s, type == COL_TEXT || type == COL_KEY || !type);
}

void csv_row_buf(struct sbuf *b, int ncol, const char *const *cells, const char *types, enum format fmt)
{
	char sep = fmt == FMT_CSV_ID ? ';' : ',';
	for (int c = 0; c < ncol; c++) {
		if (c)
			sbuf_putc(b, sep);
		const char *s = cells[c] ? cells[c] : "";
		char type = types ? types[c] : COL_TEXT;
		if (fmt == FMT_CSV_ID)
			csv_id_field(b, s, type);
		else
			csv_field(b, s, type == COL_TEXT || type == COL_KEY);
	}
	sbuf_put(b, "\r\n", 2);
}

void csv_head(struct sbuf *b, int ncol, const char *const *head, enum format fmt)
{
	sbuf_puts(b, "\xEF\xBB\xBF"); /* spreadsheets read UTF-8 with a byte-order mark */
	csv_row_buf(b, ncol, head, NULL, fmt);
}

void table_write(FILE *f, const struct table *t, enum format fmt) { table_write_parts(f, t, 1, fmt); }

void table_write_parts(FILE *f, const struct table *parts, int n, enum format fmt)
{
	const struct table *t = &parts[0];
	struct sbuf b = {0}; /* rows are built here and leave in large writes; a failed write shows in ferror(f) */
	if (fmt == FMT_CSV || fmt == FMT_CSV_ID) {
		csv_head(&b, t->ncol, t->head, fmt);
		const char *cells[32];
		for (int p = 0; p < n; p++)
			for (int r = 0; r < parts[p].nrow; r++) {
				for (int c = 0; c < t->ncol && c < 32; c++)
					cells[c] = table_cell(&parts[p], r, c);
				csv_row_buf(&b, t->ncol, cells, t->types, fmt);
				if (b.len >= 1 << 16)
					sbuf_flush(&b, f);
			}
		sbuf_flush(&b, f);
		sbuf_free(&b);
		return;
	}
	int w[32] = {0};
	for (int p = 0; p < n; p++)
		for (int c = 0; c < t->ncol && c < 32; c++)
			w[c] = parts[p].width[c] > w[c] ? parts[p].width[c] : w[c];
	static const char spaces[] = "                                                                ",
	                  dashes[] = "----------------------------------------------------------------";
	for (int p = -1; p < n; p++) {
		int rows = p < 0 ? 0 : parts[p].nrow;
		for (int r = p < 0 ? -2 : 0; r < rows; r++) {
			for (int c = 0; c < t->ncol; c++) {
				const char *s = r == -1 ? NULL : r < 0 ? t->head[c] : table_cell(&parts[p], r, c);
				int pad = !s ? w[c] : c + 1 < t->ncol ? w[c] - width(s) : 0;
				if (s)
					sbuf_puts(&b, s);
				for (; pad > 0; pad -= 64) /* the rule under the head, or the padding to the column's width */
					sbuf_put(&b, s ? spaces : dashes, pad < 64 ? (size_t)pad : 64);
				if (c + 1 < t->ncol)
					sbuf_put(&b, "  ", 2);
			}
			sbuf_putc(&b, '\n');
			if (b.len >= 1 << 16)
				sbuf_flush(&b, f);
		}
	}
	sbuf_flush(&b, f);
	sbuf_free(&b);
}

static char *dump(json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_REAL_PRECISION(15) | JSON_ENCODE_ANY);
	if (!s) {
		fputs("karier: out of memory\n", stderr);
		exit(1);
	}
	return s;
}

void jsonl_write(FILE *f, json_t *v)
{
	char *s = dump(v);
	fputs(s, f);
	fputc('\n', f);
	free(s);
	json_decref(v);
}

json_t *json_fixed(long long v) { return json_real((double)v / 100.0); }

json_t *json_date(int date)
{
	char buf[16];
	if (!date || karier_date_format(buf, sizeof buf, date) < 0)
		return json_null();
	return json_string(buf);
}
