/*
 * csv.c - an RFC 4180 reader over a file held in memory: quoted fields,
 * doubled quotes, CRLF or LF, a UTF-8 byte-order mark, and comma or
 * semicolon separators detected from the header row.  Fields are unescaped
 * in place; each keeps the line and column where it starts.
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L /* open, fstat, fcntl, fdopen */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if !defined(_WIN32)
#  include <fcntl.h>
#  include <sys/stat.h>
#  include <unistd.h>
#endif

#include "csv.h"

/* The buffer keeps KR_CSV_PAD zero bytes after its data, so that an unquoted field's end may be
 * looked for 16 bytes at a time without reading past what is allocated and written. */
#define KR_CSV_PAD 16
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__)) && !defined(KR_CSV_BYTEWISE)
#  include <emmintrin.h>
/* The first byte at or after p that ends an unquoted field (sep, '\n', '\r', '\0'), 16 bytes at a
 * time; the scan stops at the NUL after the data at the latest, and reads at most 15 bytes past it. */
static inline const char *field_end(const struct kr_csv *c, const char *p)
{
	const __m128i vs = _mm_set1_epi8(c->sep), vn = _mm_set1_epi8('\n'), vr = _mm_set1_epi8('\r');
	const __m128i vz = _mm_setzero_si128();
	for (;; p += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, vs), _mm_cmpeq_epi8(x, vn)),
		                         _mm_or_si128(_mm_cmpeq_epi8(x, vr), _mm_cmpeq_epi8(x, vz)));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);
		if (bits)
			return p + __builtin_ctz(bits);
	}
}
/* A plain row at p: its line end and its separators, 16 bytes at a time.  *n gets the bytes before
 * the '\n', seps[] the separators as bits (bit i of seps[i / 64]: p[i]).  false when the row is
 * not plain (a quote, a NUL, a carriage return other than one just before the '\n') or has no '\n'
 * within cap bytes.  Reads at most 15 bytes past the '\n' (the buffer's padding covers a last row). */
static inline bool plain_scan(const struct kr_csv *c, const char *p, size_t cap, uint64_t *seps, size_t *n)
{
	const __m128i vs = _mm_set1_epi8(c->sep), vn = _mm_set1_epi8('\n'), vq = _mm_set1_epi8('"');
	const __m128i vr = _mm_set1_epi8('\r'), vz = _mm_setzero_si128();
	for (size_t i = 0; i < cap; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		unsigned nl = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, vn));
		unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, vs));
		unsigned cr = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, vr));
		unsigned bad = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, vq), _mm_cmpeq_epi8(x, vz)));
		unsigned below = nl ? (nl & -nl) - 1 : 0xFFFFu; /* the bytes before the first '\n' of the block */
		if (i % 64 == 0)
			seps[i / 64] = 0;
		seps[i / 64] |= (uint64_t)(sp & below) << (i % 64);
		if (bad & below)
			return false;
		if (nl) {
			size_t at = i + (size_t)__builtin_ctz(nl);
			if (at > cap)
				return false;
			/* a carriage return only as the last byte before the '\n' (when the '\n' starts a block, that
			 * '\r' ended the block before, which sent the row the general way) */
			if (cr & below & ~(at > i ? 1u << (at - i - 1) : 0u))
				return false;
			*n = at;
			return true;
		}
		if (cr)
			return false;
	}
	return false;
}
#else /* elsewhere, and in the unit tests' build of the library (KR_CSV_BYTEWISE) */
/* The first byte at or after p that ends an unquoted field (sep, '\n', '\r', '\0'). */
static inline const char *field_end(const struct kr_csv *c, const char *p)
{
	while (!c->ends[(unsigned char)*p])
		p++;
	return p;
}

/* A plain row at p: as the 16-byte scan above, a byte at a time. */
static inline bool plain_scan(const struct kr_csv *c, const char *p, size_t cap, uint64_t *seps, size_t *n)
{
	for (size_t i = 0; i < cap; i++) {
		char ch = p[i];
		if (i % 64 == 0)
			seps[i / 64] = 0;
		if (ch == '\n') {
			*n = i;
			return true;
		}
		if (ch == '"' || ch == '\0' || (ch == '\r' && p[i + 1] != '\n'))
			return false;
		seps[i / 64] |= (uint64_t)(ch == c->sep) << (i % 64);
	}
	return false;
}
#endif

FILE *kr_open_regular(const char *path, bool *absent)
{
	*absent = false;
#if defined(_WIN32)
	FILE *f = fopen(path, "rb");
	if (!f) {
		*absent = errno == ENOENT;
		kr_fail(*absent ? KARIER_ENOTFOUND : KARIER_EIO, "%s: cannot open: %s", path, strerror(errno));
	}
	return f;
#else
	/* non-blocking, so that a FIFO cannot stop the open; a regular file then reads as usual */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		*absent = errno == ENOENT;
		kr_fail(*absent ? KARIER_ENOTFOUND : KARIER_EIO, "%s: cannot open: %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		close(fd);
		kr_fail(KARIER_EIO, "%s: not a regular file (a folder, a FIFO or a device is never read)", path);
		return NULL;
	}
	int fl = fcntl(fd, F_GETFL);
	FILE *f = fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) ? NULL : fdopen(fd, "rb");
	if (!f) {
		kr_fail(KARIER_EIO, "%s: cannot open: %s", path, strerror(errno));
		close(fd);
	}
	return f;
#endif
}

size_t kr_json_max(const karier_policy *p) { return (size_t)kr_pol(kr_policy_or_default(p), KR_DS_JSON_MIB) << 20; }
size_t kr_csv_row_max(const karier_policy *p) { return (size_t)kr_pol(kr_policy_or_default(p), KR_DS_BARIS_MIB) << 20; }

int kr_read_file(char **out, size_t *out_len, const char *path, size_t max)
{
	bool absent;
	FILE *f = kr_open_regular(path, &absent);
	if (!f)
		return KARIER_EIO; /* absent or not, a file asked for by name must be there */
	size_t cap = 1 << 16, len = 0;
	char *buf = kr_malloc(cap);
	for (;;) {
		if (!buf) {
			fclose(f);
			return kr_fail(KARIER_ENOMEM, "%s: out of memory", path);
		}
		len += fread(buf + len, 1, cap - len - 1, f);
		if (len > max) {
			fclose(f);
			kr_free(buf);
			return kr_fail(KARIER_ELIMIT, "%s: larger than %zu MiB (policy dataset.json_maks_mib): not read", path, max >> 20);
		}
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

#define KR_CSV_CHUNK ((size_t)1 << 20)

/* Find the end of the whole rows in buf[0..len): after the last newline
 * outside quotes (buf always starts at a row boundary).  Quoting is the row
 * parser's (kr_csv_row): a '"' opens a quoted field only where a field
 * starts; inside one, '""' is a quote and '"' closes it; anywhere else a '"'
 * is an ordinary character.  (A stray '"' in an unquoted field used to turn
 * the scanner's quoting over and cut chunks where the parser did not.) */
static size_t whole_rows(const char *buf, size_t len, char sep)
{
	enum { START, PLAIN, QUOTED, QUOTE_SEEN } st;
	size_t end = 0, i = 0;
	while (i < len) { /* at the start of a line outside quotes */
		/* the lines before the next quote's line (all of them when none) are whole as they are */
		const char *q = memchr(buf + i, '"', len - i);
		size_t k = q ? (size_t)(q - buf) : len;
		while (k > i && buf[k - 1] != '\n')
			k--;
		if (k > i)
			end = i = k;
		if (!q)
			break;
		/* the quote's line: byte by byte until a newline outside quotes */
		for (st = START; i < len; i++) {
			char ch = buf[i];
			if (st == QUOTED) {
				if (ch == '"')
					st = QUOTE_SEEN;
				continue;
			}
			if (ch == '"' && st != PLAIN) {
				st = QUOTED; /* opens a field, or is the second of "" inside one */
				continue;
			}
			if (ch == '\n')
				break;
			st = ch == sep || ch == '\r' ? START : PLAIN;
		}
		if (i == len)
			break;
		end = ++i;
	}
	return end;
}

/* Find the first byte at or after buf[from] (below c->limit) that is not
 * text (a NUL, or not UTF-8), with its line and column; buf[from] starts
 * line c->line. */
static void find_bad(struct kr_csv *c, size_t from)
{
	const char *nul = memchr(c->buf + from, '\0', c->limit - from);
	size_t end = nul ? (size_t)(nul - c->buf) : c->limit;
	size_t at = from + kr_utf8_invalid_at(c->buf + from, end - from);
	if (at >= c->limit) {
		c->next_bad = SIZE_MAX;
		return;
	}
	c->next_bad = at;
	c->next_bad_kind = nul && at == end ? KR_CSV_NUL : KR_CSV_UTF8;
	c->next_bad_line = c->line;
	size_t line_start = from;
	for (size_t i = from; i < at; i++)
		if (c->buf[i] == '\n') {
			c->next_bad_line++;
			line_start = i + 1;
		}
	c->next_bad_col = (int64_t)(at - line_start) + 1;
}

/* The separator: the more frequent of ',' and ';' outside quotes on the
 * header row (buf[0..len) holds it whole, after a byte-order mark). */
static char header_sep(const char *buf, size_t len)
{
	size_t i = len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB && (unsigned char)buf[2] == 0xBF ? 3 : 0;
	size_t commas = 0, semis = 0;
	bool q = false;
	for (; i < len && (q || (buf[i] != '\n' && buf[i] != '\r')); i++) {
		if (buf[i] == '"')
			q = !q;
		else if (!q && buf[i] == ',')
			commas++;
		else if (!q && buf[i] == ';')
			semis++;
	}
	return semis > commas ? ';' : ',';
}

/* Move the unread rest to the front and read on until buf holds at least one
 * whole row or the file ends; then check the new whole rows are text. */
static int fill(struct kr_csv *c)
{
	memmove(c->buf, c->buf + c->pos, c->len - c->pos);
	c->len -= c->pos;
	c->pos = 0;
	c->limit = 0;
	for (;;) {
		if (c->cap - c->len < KR_CSV_CHUNK / 2) {
			char *nb = kr_realloc(c->buf, c->cap * 2);
			if (!nb)
				return c->bad = KR_CSV_NOMEM;
			c->buf = nb;
			c->cap *= 2;
		}
		size_t got = fread(c->buf + c->len, 1, c->cap - c->len - KR_CSV_PAD, c->fp);
		c->len += got;
		memset(c->buf + c->len, 0, KR_CSV_PAD); /* the data's end, and the scan's room */
		if (got == 0) {
			if (ferror(c->fp))
				return c->bad = KR_CSV_READ;
			c->eof = true;
		}
		bool header_whole = c->sep || c->eof || memchr(c->buf, '\n', c->len);
		if (header_whole && !c->sep) { /* the first chunk: the rows are cut by the header's separator */
			c->sep = header_sep(c->buf, c->len);
			c->ends[(unsigned char)c->sep] = c->ends['\n'] = c->ends['\r'] = c->ends[0] = 1;
		}
		c->limit = !header_whole ? 0 : c->eof ? c->len : whole_rows(c->buf, c->len, c->sep);
		if (c->limit > 0 || c->eof)
			break;
		if (c->len > c->row_max) { /* no row end in sight: not a CSV file, or an unclosed quote */
			c->bad_line = c->line;
			return c->bad = KR_CSV_ROWSIZE;
		}
	}
	find_bad(c, 0); /* every byte of buf[0..limit) is new: the rows before were all read */
	return KR_CSV_OK;
}

int kr_csv_open(struct kr_csv *c, const char *path, size_t row_max)
{
	memset(c, 0, sizeof *c);
	c->row_max = row_max;
	c->line = 1;
	bool absent;
	c->fp = kr_open_regular(path, &absent);
	if (!c->fp)
		return absent ? KARIER_ENOTFOUND : KARIER_EIO; /* only a file that is not there is "absent" */
	c->cap = KR_CSV_CHUNK;
	c->buf = kr_malloc(c->cap);
	if (!c->buf) {
		kr_csv_close(c);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", path);
	}
	if (fill(c) == KR_CSV_NOMEM) {
		kr_csv_close(c);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", path);
	}
	if (c->bad == KR_CSV_READ) {
		kr_csv_close(c);
		return kr_fail(KARIER_EIO, "%s: read error", path);
	}
	if (c->bad)
		return KARIER_OK;
	if (c->limit >= 3 && (unsigned char)c->buf[0] == 0xEF && (unsigned char)c->buf[1] == 0xBB && (unsigned char)c->buf[2] == 0xBF)
		c->pos = 3;
	return KARIER_OK;
}

void kr_csv_close(struct kr_csv *c)
{
	if (c->fp)
		fclose(c->fp);
	kr_free(c->buf);
	c->fp = NULL;
	c->buf = NULL;
}

/* The row's next field, len bytes at field (NUL-terminated) from line:col: the first
 * KR_CSV_MAX_FIELDS are kept, every field counted. */
static inline void keep_field(struct kr_csv_row *row, char *field, int64_t line, int64_t col, size_t len)
{
	if (row->n < KR_CSV_MAX_FIELDS) {
		row->field[row->n] = field;
		row->fline[row->n] = line;
		row->fcol[row->n] = col;
		row->flen[row->n] = (int32_t)len;
	}
	row->n++;
}

/* The next field of a plain row: start[from..to), NUL-terminated in place. */
static inline void put_field(struct kr_csv_row *row, char *start, size_t from, size_t to, int64_t line)
{
	start[to] = '\0';
	keep_field(row, start + from, line, (int64_t)from + 1, to - from);
}

/* A plain row at c->pos: one line ending in '\n' (or "\r\n") with no quote, no other carriage
 * return and no NUL, split at its separators, as the general reader would split it.  false
 * (nothing changed) for any other row, which the general reader takes. */
static bool plain_row(struct kr_csv *c, struct kr_csv_row *row)
{
	char *start = c->buf + c->pos;
	uint64_t seps[KR_CSV_MAX_FIELDS / 8]; /* longer rows (more than 512 bytes) go the general way */
	size_t n, left = c->limit - c->pos, cap = 64 * (sizeof seps / sizeof *seps);
	if (!plain_scan(c, start, left < cap ? left : cap, seps, &n))
		return false;
	size_t end = n > 0 && start[n - 1] == '\r' ? n - 1 : n; /* the fields' bytes: a '\r' ends the last */
	const int64_t line = c->line;
	row->line = line;
	size_t from = 0;
	for (size_t b = 0; b <= end / 64; b++)
		for (uint64_t bits = b < (end + 63) / 64 ? seps[b] : 0; bits; bits &= bits - 1) {
			size_t to = 64 * b + (size_t)__builtin_ctzll(bits);
			put_field(row, start, from, to, line);
			from = to + 1;
		}
	put_field(row, start, from, end, line); /* the last, up to the line's end */
	c->pos += n + 1;
	c->line++;
	return true;
}

/* A row just read (c->pos past it): 1, or -3 when a byte of it is not text (the row is refused,
 * the file read on). */
static int row_done(struct kr_csv *c)
{
	if (c->next_bad < c->pos) {
		c->row_bad = c->next_bad_kind;
		c->bad_line = c->next_bad_line;
		c->bad_col = c->next_bad_col;
		find_bad(c, c->pos);
		return -3;
	}
	return 1;
}

/* One row.  Returns 1 for a row, 0 at the end, -1 for an unterminated quote
 * (c->err_line and c->err_col say where it opened). */
int kr_csv_row(struct kr_csv *c, struct kr_csv_row *row)
{
	row->n = 0;
	if (c->bad)
		return -2;
	c->row_bad = KR_CSV_OK;
	for (;;) {
		/* skip blank lines */
		while (c->pos < c->limit && (c->buf[c->pos] == '\n' || c->buf[c->pos] == '\r')) {
			if (c->buf[c->pos] == '\n')
				c->line++;
			c->pos++;
		}
		if (c->pos < c->limit)
			break;
		if (c->eof)
			return 0;
		if (fill(c))
			return -2;
	}
	if (plain_row(c, row))
		return row_done(c);
	const size_t len = c->limit;
	row->line = c->line;
	const char *line_start = c->buf + c->pos;
	for (;;) {
		char *out = c->buf + c->pos, *start = out;
		int64_t fline = c->line, fcol = (int64_t)(c->buf + c->pos - line_start) + 1;
		if (c->pos < len && c->buf[c->pos] == '"') {
			c->pos++;
			for (;;) {
				if (c->pos >= len) {
					c->err_line = fline;
					c->err_col = fcol;
					return -1;
				}
				char ch = c->buf[c->pos];
				if (ch == '"') {
					if (c->pos + 1 < len && c->buf[c->pos + 1] == '"') {
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
			while (c->pos < len && c->buf[c->pos] != c->sep && c->buf[c->pos] != '\n' && c->buf[c->pos] != '\r')
				*out++ = c->buf[c->pos++];
		} else { /* unquoted: nothing to unescape, so nothing moves */
			const char *p = c->buf + c->pos, *stop = c->buf + len;
			for (;;) { /* a field ends at a byte of `ends`; whole rows end in '\n', the last at EOF in buf's '\0' */
				p = field_end(c, p);
				if (*p || p >= stop)
					break;
				p++; /* a NUL in the data (its row is refused, not read as text): part of the field */
			}
			if (p > stop)
				p = stop;
			c->pos = (size_t)(p - c->buf);
			out = c->buf + c->pos;
		}
		/* read what ended the field before its terminator may overwrite it */
		char end = c->pos < len ? c->buf[c->pos] : '\n';
		*out = '\0';
		keep_field(row, start, fline, fcol, (size_t)(out - start));
		if (end == c->sep) {
			c->pos++;
			continue;
		}
		/* end of the row: "\r\n", "\n" or a lone "\r" */
		if (end == '\r') {
			c->pos++;
			if (c->pos < len && c->buf[c->pos] == '\n')
				c->pos++;
			c->line++;
		} else if (end == '\n' && c->pos < len) {
			c->pos++;
			c->line++;
		}
		return row_done(c);
	}
}
