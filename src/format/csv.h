/* csv.h - the CSV reader of the file layer; never installed. SPDX-License-Identifier: MIT */
#ifndef KR_CSV_H
#define KR_CSV_H

#include <stdio.h>

#include "format.h"

#define KR_CSV_MAX_FIELDS 64

/* A CSV file read in chunks: only whole rows are parsed, and each chunk's
 * bytes are checked (no NUL, valid UTF-8) before any of its rows is; a row
 * holding a byte that is not text is refused on its own (-3). */
struct kr_csv {
	FILE *fp;
	char *buf;
	size_t cap, len, pos;
	size_t limit;   /* end of the whole rows in buf */
	size_t row_max; /* bytes a row may take (policy dataset.baris_csv_maks_mib) */
	bool eof;
	int64_t line;
	char sep;
	unsigned char ends[256]; /* 1 for a byte that ends an unquoted field: sep, '\n', '\r', and '\0' */
	int64_t err_line, err_col;
	int32_t bad;     /* KR_CSV_READ or KR_CSV_NOMEM: the file cannot be read on */
	int32_t row_bad; /* KR_CSV_NUL or KR_CSV_UTF8: the row just refused (-3) is not text */
	int64_t bad_line, bad_col; /* where its bad byte is (64-bit: a file may have more than 2^31 lines) */
	size_t next_bad; /* offset in buf of the next byte that is not text, SIZE_MAX when none */
	int32_t next_bad_kind;
	int64_t next_bad_line, next_bad_col;
};

enum { KR_CSV_OK, KR_CSV_NUL, KR_CSV_UTF8, KR_CSV_READ, KR_CSV_NOMEM, KR_CSV_ROWSIZE };

struct kr_csv_row {
	int32_t n; /* every field of the row, counted; the first KR_CSV_MAX_FIELDS are kept */
	int64_t line;
	char *field[KR_CSV_MAX_FIELDS];
	int64_t fline[KR_CSV_MAX_FIELDS], fcol[KR_CSV_MAX_FIELDS];
	int32_t flen[KR_CSV_MAX_FIELDS]; /* bytes before the field's NUL */
};

/* Open path and read its first chunk; KARIER_OK, KARIER_ENOTFOUND (it cannot
 * be opened), KARIER_EIO (a read error) or KARIER_ENOMEM, with the message
 * set.  c->bad tells whether that chunk is usable. */
int kr_csv_open(struct kr_csv *c, const char *path, size_t row_max);
/* path opened for reading only if it is a regular file, without ever blocking
 * (a FIFO or a device is refused, a folder too); NULL otherwise, with the
 * reason in karier_last_error() and *absent set when there is no such file. */
FILE *kr_open_regular(const char *path, bool *absent);
void kr_csv_close(struct kr_csv *c);
/* One row: 1, 0 at the end, -1 for an unterminated quote (err_line/err_col
 * say where it opened), -2 when the file cannot be read on (c->bad says
 * why), -3 for a row with a byte that is not text (c->row_bad says which,
 * bad_line/bad_col where; the next call reads the row after it). */
int kr_csv_row(struct kr_csv *c, struct kr_csv_row *row);

#endif
