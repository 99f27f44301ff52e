/*
 * csv.c - an RFC 4180 reader over a file held in memory: quoted fields,
 * doubled quotes, CRLF or LF, a UTF-8 byte-order mark, and comma or
 * semicolon separators detected from the header row.  Fields are unescaped
 * in place; each keeps the line and column where it starts.
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

int kr_read_file(char **out, size_t *out_len, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return kr_fail(KARIER_EIO, "%s: cannot open: %s", path, strerror(errno));
	size_t cap = 1 << 16, len = 0;
	char *buf = kr_malloc(cap);
	for (;;) {
		if (!buf) {
			fclose(f);
			return kr_fail(KARIER_ENOMEM, "%s: out of memory", path);
		}
		len += fread(buf + len, 1, cap - len - 1, f);
		if (len < cap - 1)
			break;
		char *nb = kr_realloc(buf, cap * 2);
		if (!nb)
			kr_free(buf);
		buf = nb;
		cap *= 2;
	}
	int err = ferror(f);
	fclose(f);
	if (err) {
		kr_free(buf);
		return kr_fail(KARIER_EIO, "%s: read error", path);
	}
	buf[len] = '\0';
	*out = buf;
	*out_len = len;
	return KARIER_OK;
}

void kr_csv_init(struct kr_csv *c, char *buf, size_t len)
{
	memset(c, 0, sizeof *c);
	c->buf = buf;
	c->len = len;
	c->line = 1;
	if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB && (unsigned char)buf[2] == 0xBF)
		c->pos = 3;
	/* the separator is the more frequent of ',' and ';' outside quotes on the header row */
	size_t commas = 0, semis = 0;
	bool q = false;
	for (size_t i = c->pos; i < len && (q || (buf[i] != '\n' && buf[i] != '\r')); i++) {
		if (buf[i] == '"')
			q = !q;
		else if (!q && buf[i] == ',')
			commas++;
		else if (!q && buf[i] == ';')
			semis++;
	}
	c->sep = semis > commas ? ';' : ',';
}

/* One row.  Returns 1 for a row, 0 at the end, -1 for an unterminated quote
 * (c->err_line and c->err_col say where it opened). */
int kr_csv_row(struct kr_csv *c, struct kr_csv_row *row)
{
	row->n = 0;
	/* skip blank lines */
	while (c->pos < c->len && (c->buf[c->pos] == '\n' || c->buf[c->pos] == '\r')) {
		if (c->buf[c->pos] == '\n')
			c->line++;
		c->pos++;
	}
	if (c->pos >= c->len)
		return 0;
	row->line = c->line;
	const char *line_start = c->buf + c->pos;
	for (;;) {
		if (row->n == KR_CSV_MAX_FIELDS) { /* too many: keep counting, drop the rest */
			row->overflow = true;
		}
		char *out = c->buf + c->pos, *start = out;
		int32_t fline = c->line, fcol = (int32_t)(c->buf + c->pos - line_start) + 1;
		if (c->pos < c->len && c->buf[c->pos] == '"') {
			c->pos++;
			for (;;) {
				if (c->pos >= c->len) {
					c->err_line = fline;
					c->err_col = fcol;
					return -1;
				}
				char ch = c->buf[c->pos];
				if (ch == '"') {
					if (c->pos + 1 < c->len && c->buf[c->pos + 1] == '"') {
						*out++ = '"';
						c->pos += 2;
						continue;
					}
					c->pos++;
					break;
				}
				if (ch == '\n') {
					c->line++;
					line_start = c->buf + c->pos + 1;
				}
				*out++ = ch;
				c->pos++;
			}
			/* anything between the closing quote and the separator is kept */
			while (c->pos < c->len && c->buf[c->pos] != c->sep && c->buf[c->pos] != '\n' && c->buf[c->pos] != '\r')
				*out++ = c->buf[c->pos++];
		} else {
			while (c->pos < c->len && c->buf[c->pos] != c->sep && c->buf[c->pos] != '\n' && c->buf[c->pos] != '\r')
				*out++ = c->buf[c->pos++];
		}
		/* read what ended the field before its terminator may overwrite it */
		char end = c->pos < c->len ? c->buf[c->pos] : '\n';
		*out = '\0';
		if (row->n < KR_CSV_MAX_FIELDS) {
			row->field[row->n] = start;
			row->fline[row->n] = fline;
			row->fcol[row->n] = fcol;
		}
		row->n++;
		if (end == c->sep) {
			c->pos++;
			continue;
		}
		/* end of the row: "\r\n", "\n" or a lone "\r" */
		if (end == '\r') {
			c->pos++;
			if (c->pos < c->len && c->buf[c->pos] == '\n')
				c->pos++;
			c->line++;
		} else if (end == '\n' && c->pos < c->len) {
			c->pos++;
			c->line++;
		}
		return 1;
	}
}
