/*
 * dataset.c - the employee dataset: a folder of CSV files (docs/dataset.md).
 * Every problem is reported in one pass with file, line, column and value.
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <sys/stat.h>
#include <strings.h>

#include "../core/cohort_load.h"
#include "csv.h"

/* The reader's diagnostics by kind (diag_kinds.def): a code and a message in each language. */
enum diag_kind {
#define KR_DIAG(name, code, id, en) D_##name,
#include "diag_kinds.def"
#undef KR_DIAG
	D_COUNT
};
static const struct {
	const char *code, *id, *en;
} diag_kinds[D_COUNT] = {
#define KR_DIAG(name, code, id, en) {code, id, en},
#include "diag_kinds.def"
#undef KR_DIAG
};

struct kr_diag {
	int32_t severity;
	int32_t kind; /* D_* */
	int64_t line, column;
	char file[32], column_name[32], value[80], message[320], message_id[320];
};

enum { F_PEGAWAI, F_KINERJA, F_KOMPETENSI, F_PELATIHAN, F_DISIPLIN, F_JABATAN, F_STANDAR, F_KATALOG, F_RIWAYAT,
       F_JABATAN_JSON, F_KATALOG_JSON, F_POLA, F_COUNT };
static const char *const file_names[F_COUNT] = {"pegawai.csv", "kinerja.csv", "kompetensi.csv", "pelatihan.csv",
                                                "disiplin.csv", "jabatan.csv", "standar_kompetensi.csv",
                                                "katalog.csv", "riwayat_jabatan.csv", "jabatan.json", "katalog.json",
                                                "pola_karier.csv"};

/* What reading files produces besides employees: diagnostics, the files
 * seen, whether memory ran out; for a history file also its records, through
 * the core's bulk loader (cohort_load.h).  The dataset has one; each history
 * file has its own, merged in file order. */
struct kr_sink {
	struct kr_diag *diag;
	int32_t n_diag, cap_diag, n_err;
	uint32_t files;
	bool bad_row; /* the row being read has an error */
	bool mute_row;  /* the row's first error (a byte that is not text) is all it says */
	bool failed;  /* out of memory while loading */
	struct kr_load ld;
	/* a file read while pegawai.csv is (on another thread): its records are staged by run of rows
	 * of one NIP, each run's NIP kept here, and given to the employees afterwards (resolve_staged) */
	bool defer;
	uint64_t *run_key;
	uint32_t n_run, cap_run;
	/* per file (F_*, and one more for any other name): diagnostics listed, and
	 * those past KARIER_DIAGNOSTICS_PER_FILE only counted (memory stays bounded) */
	int32_t listed[F_COUNT + 1];
	int64_t unlisted[F_COUNT + 1], unlisted_err[F_COUNT + 1];
	int32_t per_file; /* policy dataset.diagnostik_per_file */
	/* per file and kind: listed, and those past dataset.diagnostik_per_jenis only counted */
	int32_t kind_listed[F_COUNT + 1][D_COUNT];
	int64_t kind_more[F_COUNT + 1][D_COUNT];
	bool kind_more_err[F_COUNT + 1][D_COUNT];
	int32_t per_kind; /* policy dataset.diagnostik_per_jenis */
};


struct karier_dataset {
	karier_cohort *co;       /* the employees, compactly */
	karier_employee *tmp;    /* pegawai.csv rows are checked in it */
	int32_t n_pos, cap_pos;
	karier_position **pos;
	int32_t *pos_sorted; /* indices of pos sorted by code */
	karier_catalog *cat;
	karier_pola *pola;  /* pola_karier.csv, or the default ladder of the positions; kebutuhan of jabatan.csv */
	bool pola_default;  /* no pola_karier.csv: the default ladder */
	struct kr_sink out;
	struct kr_nip_index nips; /* the NIPs of pegawai rows with errors (-1); the employees' are the cohort's index */
	int64_t skipped[F_COUNT]; /* per file: data rows left out */
	bool pegawai_unusable;    /* its header failed: the histories' rows are not checked against it */
	/* columns of pegawai.csv kept as text (karier_dataset_load_columns): per employee an offset into text */
	int32_t n_extra;
	struct kept_column {
		char name[KARIER_COLUMN_NAME_MAX + 1];
		char *text;
		size_t len, cap;
		size_t *off; /* per employee, in the cohort's order */
		int32_t n, cap_off;
	} extra[KARIER_DATASET_MAX_COLUMNS];
	size_t row_max, json_max; /* the policy's limits of reading, in bytes */
};


/* ---- diagnostics --------------------------------------------------------- */

/* Room in s for more diagnostics (false, with s failed, when there is none). */
static bool diag_room(struct kr_sink *s, int32_t more)
{
	if (s->n_diag + more <= s->cap_diag)
		return true;
	int32_t cap = s->cap_diag ? s->cap_diag : 32;
	while (cap < s->n_diag + more)
		cap *= 2;
	struct kr_diag *nd = kr_realloc(s->diag, (size_t)cap * sizeof *nd);
	if (!nd) {
		s->failed = true;
		return false;
	}
	s->diag = nd;
	s->cap_diag = cap;
	return true;
}

/* Copy @src into dst[cap] for showing: control characters and bytes that are
 * not UTF-8 become \xNN (a cell's terminal escape sequence never reaches a
 * terminal), and a text too long is cut after a whole character. */
static void shown(char *dst, size_t cap, const char *src)
{
	const unsigned char *p = (const unsigned char *)src;
	size_t o = 0, len = strlen(src), good = 0; /* p[i..good) is known to be UTF-8 (kr_utf8_invalid_at) */
	for (size_t i = 0; i < len;) {
		if (i == good)
			good = i + kr_utf8_invalid_at(src + i, len - i);
		/* a whole character of the valid run, or one byte that is not UTF-8 */
		size_t n = i == good || p[i] < 0x80 ? 1 : p[i] >= 0xf0 ? 4 : p[i] >= 0xe0 ? 3 : 2;
		bool plain = i < good && p[i] >= 0x20 && p[i] != 0x7f;
		size_t need = plain ? n : 4;
		if (o + need >= cap)
			break;
		if (plain)
			memcpy(dst + o, p + i, n);
		else
			snprintf(dst + o, 5, "\\x%02x", p[i]);
		o += need;
		i += n;
		if (i > good) /* the byte after a bad one starts a new run */
			good = i;
	}
	dst[o] = '\0';
}

/* A new diagnostic at the end of s (NULL when memory ran out). */
static struct kr_diag *diag_append(struct kr_sink *s, int32_t sev, int kind, const char *file)
{
	if (!diag_room(s, 1))
		return NULL;
	struct kr_diag *d = &s->diag[s->n_diag++];
	memset(d, 0, sizeof *d);
	d->severity = sev;
	d->kind = kind;
	snprintf(d->file, sizeof d->file, "%s", file);
	return d;
}

/* Both messages of kind from the same arguments (the templates are literals of diag_kinds.def). */
#if defined(__GNUC__)
#  pragma GCC diagnostic push
#  pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif
static void diag_messages(struct kr_diag *d, int kind, va_list ap)
{
	char msg[sizeof d->message];
	va_list aq;
	va_copy(aq, ap);
	vsnprintf(msg, sizeof msg, diag_kinds[kind].en, ap); /* may hold a value too (a code the reader did not know) */
	shown(d->message, sizeof d->message, msg);
	vsnprintf(msg, sizeof msg, diag_kinds[kind].id, aq);
	shown(d->message_id, sizeof d->message_id, msg);
	va_end(aq);
}

static void diag_set(struct kr_diag *d, int kind, ...)
{
	va_list ap;
	va_start(ap, kind);
	diag_messages(d, kind, ap);
	va_end(ap);
}
#if defined(__GNUC__)
#  pragma GCC diagnostic pop
#endif

static int file_index(const char *file)
{
	int fi = 0;
	while (fi < F_COUNT && strcmp(file, file_names[fi]) != 0)
		fi++;
	return fi;
}

/* A diagnostic of kind at file:line:col.  Listed while its file has listed fewer than
 * dataset.diagnostik_per_jenis of its kind and dataset.diagnostik_per_file in all; counted
 * otherwise and summed up when the file is closed, so memory and output stay bounded. */
static void vdiag(struct kr_sink *s, int32_t sev, const char *file, int64_t line, int64_t col, const char *colname,
                  const char *value, int kind, va_list ap)
{
	if (s->mute_row)
		return;
	if (sev == KARIER_DIAG_ERROR) {
		s->n_err += s->n_err < INT32_MAX;
		s->bad_row = true;
	}
	int fi = file_index(file);
	if (s->kind_listed[fi][kind] >= s->per_kind) {
		s->kind_more[fi][kind]++;
		s->kind_more_err[fi][kind] |= sev == KARIER_DIAG_ERROR;
		return;
	}
	if (s->listed[fi] >= s->per_file) {
		s->unlisted[fi]++;
		s->unlisted_err[fi] += sev == KARIER_DIAG_ERROR;
		return;
	}
	s->listed[fi]++;
	s->kind_listed[fi][kind]++;
	struct kr_diag *d = diag_append(s, sev, kind, file);
	if (!d)
		return;
	d->line = line;
	d->column = col;
	shown(d->column_name, sizeof d->column_name, colname ? colname : "");
	shown(d->value, sizeof d->value, value ? value : "");
	diag_messages(d, kind, ap);
}

static void diag(struct kr_sink *s, int32_t sev, const char *file, int64_t line, int64_t col, const char *colname,
                 const char *value, int kind, ...)
{
	va_list ap;
	va_start(ap, kind);
	vdiag(s, sev, file, line, col, colname, value, kind, ap);
	va_end(ap);
}

/* ---- one file ------------------------------------------------------------ */

struct col {
	const char *name;
	bool required;
};

struct file {
	karier_dataset *ds;
	struct kr_sink *out; /* where its diagnostics and records go */
	const karier_policy *p;
	const char *name;
	struct kr_csv csv;
	const struct col *cols;
	int ncols;
	int idx[32]; /* field index of each known column, -1 if absent */
	int32_t header_n;
	struct kr_csv_row row;
	/* the employee of the previous row: a file's rows come grouped by NIP */
	char last_nip[KARIER_NIP_SIZE];
	int32_t last_who;
	int which;          /* F_* */
	bool in_row;        /* a data row is being read */
	bool dropped;       /* ... and it refers to a pegawai row with errors */
	int64_t skipped;    /* data rows left out so far */
	/* the spellings of codes lately parsed per known column (a file has few: "PNS", "III/b"), and
	 * their values; karier_code_parse's answer for a spelling never changes */
	struct {
		uint64_t key[2]; /* the spelling, at most 15 bytes, zero-padded */
		int32_t value;
	} memo[16][24];
	uint8_t memo_n[16];
};

/* The data row just read is done with: count it if it was left out. */
static void end_row(struct file *f)
{
	if (f->in_row && (f->out->bad_row || f->dropped))
		f->skipped++;
	f->in_row = f->dropped = f->out->mute_row = false;
}

/* The file cannot be read on (out of memory, a read error): diagnosed once; the file ends there. */
static void not_text(struct file *f)
{
	if (f->csv.bad == KR_CSV_NOMEM) {
		f->out->failed = true;
		return;
	}
	if (f->csv.bad == KR_CSV_ROWSIZE)
		diag(f->out, KARIER_DIAG_ERROR, f->name, f->csv.bad_line, 1, NULL, NULL, D_ROW_TOO_LONG, f->csv.row_max >> 20);
	else
		diag(f->out, KARIER_DIAG_ERROR, f->name, f->csv.bad_line, f->csv.bad_col, NULL, NULL, D_READ_ERROR);
}

/* A row (or the header) holding a byte that is not text, at that byte. */
static void row_not_text(struct file *f, bool header)
{
	bool nul = f->csv.row_bad == KR_CSV_NUL;
	if (header)
		diag(f->out, KARIER_DIAG_ERROR, f->name, f->csv.bad_line, f->csv.bad_col, NULL, NULL, D_HEADER_NOT_TEXT,
		     nul ? "NUL" : "non-UTF-8");
	else
		diag(f->out, KARIER_DIAG_ERROR, f->name, f->csv.bad_line, f->csv.bad_col, NULL, NULL, nul ? D_NUL_BYTE : D_NOT_UTF8);
}

/* Edit distance of a and b without regard to ASCII case (names are short: at most 64 bytes compared). */
static int distance(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	if (na > 64 || nb > 64)
		return 99;
	int row[65];
	for (size_t j = 0; j <= nb; j++)
		row[j] = (int)j;
	for (size_t i = 1; i <= na; i++) {
		int diag_ = row[0];
		row[0] = (int)i;
		for (size_t j = 1; j <= nb; j++) {
			int up = row[j];
			int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
			int best = diag_ + !same;
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag_ = up;
		}
	}
	return row[nb];
}

/* The known column not in the header that an unknown name most likely misspells: within two edits
 * (one for names of up to four letters), or -1. */
static int closest_column(const char *name, const struct col *cols, int ncols, const int *idx)
{
	int best = -1, best_d = 0;
	size_t n = strlen(name);
	int limit = n <= 4 ? 1 : 2;
	for (int k = 0; k < ncols; k++) {
		if (idx[k] >= 0)
			continue;
		int d = distance(name, cols[k].name);
		if (d <= limit && (best < 0 || d < best_d)) {
			best = k;
			best_d = d;
		}
	}
	return best;
}

/* Open dir/name and read its header. 1 = ready, 0 = absent or unusable (diagnosed). */
static int open_file(struct file *f, karier_dataset *ds, struct kr_sink *out, const karier_policy *p, const char *dir, int which,
                     const struct col *cols, int ncols, bool required)
{
	memset(f, 0, sizeof *f);
	f->last_who = -1;
	f->ds = ds;
	f->out = out;
	f->p = p;
	f->name = file_names[which];
	f->which = which;
	f->cols = cols;
	f->ncols = ncols;
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, f->name);
	int rc = kr_csv_open(&f->csv, path, ds->row_max);
	if (rc == KARIER_ENOTFOUND) {
		if (required)
			diag(f->out, KARIER_DIAG_ERROR, f->name, 0, 0, NULL, NULL, D_FILE_MISSING, dir);
		return 0;
	}
	if (rc) {
		if (rc == KARIER_ENOMEM)
			f->out->failed = true;
		else
			diag(f->out, KARIER_DIAG_ERROR, f->name, 0, 0, NULL, NULL, D_FILE_UNREADABLE, karier_last_error());
		return 0;
	}
	f->out->files |= 1u << which;
	if (f->csv.bad) {
		not_text(f);
		return 0;
	}
	int r = kr_csv_row(&f->csv, &f->row);
	if (r == -2) {
		not_text(f);
		return 0;
	}
	if (r == -3) {
		row_not_text(f, true);
		return 0;
	}
	if (r <= 0) {
		diag(f->out, KARIER_DIAG_ERROR, f->name, 1, 1, NULL, NULL, r == 0 ? D_FILE_EMPTY : D_HEADER_QUOTE);
		return 0;
	}
	for (int k = 0; k < ncols; k++)
		f->idx[k] = -1;
	f->header_n = f->row.n;
	bool ok = true, tabbed = false;
	int32_t nh = f->row.n < KR_CSV_MAX_FIELDS ? f->row.n : KR_CSV_MAX_FIELDS;
	for (int32_t i = 0; i < nh; i++) { /* names trimmed, matched without regard to case */
		char *h = f->row.field[i];
		size_t n = strlen(h);
		while (n && (h[n - 1] == ' ' || h[n - 1] == '\t'))
			h[--n] = '\0';
		while (*h == ' ' || *h == '\t')
			h++;
		f->row.field[i] = h;
		if (strchr(h, '\t') || strchr(h, '|'))
			tabbed = true;
		int k = 0;
		while (k < ncols && strcasecmp(h, cols[k].name) != 0)
			k++;
		if (k == ncols)
			continue;
		if (f->idx[k] >= 0) {
			diag(f->out, KARIER_DIAG_ERROR, f->name, f->row.fline[i], f->row.fcol[i], NULL, h, D_COLUMN_TWICE, h);
			ok = false;
		}
		f->idx[k] = (int)i;
	}
	bool told[32] = {false}; /* a missing column already named by a "did you mean" */
	for (int32_t i = 0; i < nh; i++) {
		const char *h = f->row.field[i];
		int k = 0;
		while (k < ncols && strcasecmp(h, cols[k].name) != 0)
			k++;
		if (k < ncols)
			continue;
		int near = closest_column(h, cols, ncols, f->idx);
		if (near < 0)
			diag(f->out, KARIER_DIAG_WARNING, f->name, f->row.fline[i], f->row.fcol[i], NULL, h, D_COLUMN_UNKNOWN, h);
		else if (cols[near].required && !told[near]) {
			diag(f->out, KARIER_DIAG_ERROR, f->name, f->row.fline[i], f->row.fcol[i], NULL, h, D_COLUMN_MISSPELT_REQUIRED, h,
			     cols[near].name);
			told[near] = true;
			ok = false;
		} else
			diag(f->out, KARIER_DIAG_WARNING, f->name, f->row.fline[i], f->row.fcol[i], NULL, h, D_COLUMN_MISSPELT, h,
			     cols[near].name);
	}
	for (int k = 0; k < ncols; k++)
		if (cols[k].required && f->idx[k] < 0 && !told[k]) {
			diag(f->out, KARIER_DIAG_ERROR, f->name, 1, 0, cols[k].name, NULL,
			     tabbed ? D_COLUMN_MISSING_SEPARATOR : D_COLUMN_MISSING, cols[k].name);
			ok = false;
		}
	bool histories = which == F_KINERJA || which == F_KOMPETENSI || which == F_PELATIHAN || which == F_DISIPLIN ||
	                 which == F_RIWAYAT;
	if (ok && histories && !out->defer && ds->pegawai_unusable) { /* one line, not "NIP is not in pegawai.csv" on every row */
		diag(f->out, KARIER_DIAG_WARNING, f->name, 1, 0, NULL, NULL, D_NOT_CHECKED);
		ok = false;
	}
	f->out->bad_row = false;
	return ok;
}

static void close_file(struct file *f)
{
	end_row(f);
	struct kr_sink *s = f->out;
	int w = f->which;
	for (int k = 0; k < D_COUNT; k++) /* one line per kind for those not listed (not counted again) */
		if (s->kind_more[w][k]) {
			struct kr_diag *d = diag_append(s, s->kind_more_err[w][k] ? KARIER_DIAG_ERROR : KARIER_DIAG_WARNING,
			                                D_MORE_OF_KIND, f->name);
			if (d) {
				snprintf(d->value, sizeof d->value, "%s", diag_kinds[k].code);
				diag_set(d, D_MORE_OF_KIND, (long long)s->kind_more[w][k], diag_kinds[k].code, s->per_kind);
			}
			s->kind_more[w][k] = 0;
			s->kind_more_err[w][k] = false;
		}
	if (s->unlisted[w]) {
		struct kr_diag *d = diag_append(s, s->unlisted_err[w] ? KARIER_DIAG_ERROR : KARIER_DIAG_WARNING, D_MORE_OF_FILE, f->name);
		if (d)
			diag_set(d, D_MORE_OF_FILE, (long long)s->unlisted[w], (long long)s->unlisted_err[w], s->per_file);
		s->unlisted[w] = s->unlisted_err[w] = 0;
	}
	f->ds->skipped[f->which] += f->skipped;
	kr_csv_close(&f->csv);
}

/* Next data row; checks its field count.  1 = row, 0 = end. */
static int next_row(struct file *f)
{
	end_row(f);
	for (;;) {
		f->out->bad_row = false;
		int r = kr_csv_row(&f->csv, &f->row);
		if (r == 0)
			return 0;
		if (r == -2) {
			not_text(f);
			return 0;
		}
		if (r == -3) { /* that row only: the rows after it are read */
			row_not_text(f, false);
			if (f->row.n != f->header_n) {
				f->skipped++;
				continue;
			}
			/* the row goes on as a row with an error, so that pegawai.csv knows its NIP
			 * (and leaves that employee's other rows out quietly); the bad byte is its one error */
			f->in_row = f->out->mute_row = true;
			return 1;
		}
		if (r < 0) {
			diag(f->out, KARIER_DIAG_ERROR, f->name, f->csv.err_line, f->csv.err_col, NULL, NULL, D_QUOTE_UNCLOSED);
			return 0;
		}
		if (f->row.n != f->header_n) {
			diag(f->out, KARIER_DIAG_ERROR, f->name, f->row.line, 0, NULL, NULL, D_FIELD_COUNT, f->header_n, f->row.n);
			f->skipped++;
			continue;
		}
		f->in_row = true;
		return 1;
	}
}

/* The trimmed value of known column k, or NULL when the column is absent or the value empty. */
static const char *val(struct file *f, int k)
{
	if (f->idx[k] < 0)
		return NULL;
	int i = f->idx[k];
	char *s = f->row.field[i];
	size_t n = (size_t)f->row.flen[i];
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	f->row.flen[i] = (int32_t)n;
	while (*s == ' ' || *s == '\t')
		s++;
	return *s ? s : NULL;
}

/* An error of kind at known column k of the row being read. */
static void err(struct file *f, int k, int kind, ...)
{
	int i = f->idx[k];
	va_list ap;
	va_start(ap, kind);
	vdiag(f->out, KARIER_DIAG_ERROR, f->name, i >= 0 ? f->row.fline[i] : f->row.line, i >= 0 ? f->row.fcol[i] : 0,
	      f->cols[k].name, i >= 0 ? f->row.field[i] : "", kind, ap);
	va_end(ap);
}

/* A required value of column k; diagnoses its absence. */
static const char *need(struct file *f, int k)
{
	const char *v = val(f, k);
	if (!v)
		err(f, k, D_VALUE_EMPTY);
	return v;
}

static bool get_date(struct file *f, int k, int32_t *out)
{
	const char *v = val(f, k);
	if (!v)
		return false;
	if (karier_date_parse(out, v)) {
		err(f, k, D_VALUE_DATE, karier_last_error());
		return false;
	}
	return true;
}

static bool get_code(struct file *f, int k, int32_t type, int32_t *out)
{
	const char *v = val(f, k);
	if (!v)
		return false;
	size_t n = strlen(v);
	uint64_t key[2] = {0, 0};
	bool memo = k < 16 && n < sizeof key;
	if (memo)
		memcpy(key, v, n);
	for (int m = 0; memo && m < f->memo_n[k]; m++)
		if (f->memo[k][m].key[0] == key[0] && f->memo[k][m].key[1] == key[1]) {
			*out = f->memo[k][m].value;
			return true;
		}
	if (karier_code_parse(out, type, v)) {
		err(f, k, D_VALUE_CODE, karier_last_error());
		return false;
	}
	if (memo && f->memo_n[k] < 24) { /* the first 24 spellings; a file of more parses the rest each time */
		int m = f->memo_n[k]++;
		memcpy(f->memo[k][m].key, key, sizeof key);
		f->memo[k][m].value = *out;
	}
	return true;
}

static bool get_int(struct file *f, int k, int64_t lo, int64_t hi, int64_t *out)
{
	const char *v = val(f, k);
	if (!v)
		return false;
	if (kr_parse_int(out, v) || *out < lo || *out > hi) {
		err(f, k, D_VALUE_INT, (long long)lo, (long long)hi);
		return false;
	}
	return true;
}

/* A decimal of column k.  A file separated by ';' (what a spreadsheet in an Indonesian locale
 * saves) may write its decimal comma, "69,72"; a ',' file cannot hold one unquoted, and a quoted
 * "69,72" there is refused rather than guessed. */
static bool get_fixed(struct file *f, int k, int64_t lo, int64_t hi, int64_t *out)
{
	const char *v = val(f, k);
	if (!v)
		return false;
	bool comma = f->csv.sep == ';';
	char tmp[32];
	const char *c = comma ? strchr(v, ',') : NULL;
	if (c && strlen(v) < sizeof tmp) { /* "1.069,72" or "6,9,72" then still fail: refused */
		memcpy(tmp, v, strlen(v) + 1);
		tmp[c - v] = '.';
		v = tmp;
	}
	if (kr_parse_fixed(out, v) || *out < lo || *out > hi) {
		err(f, k, comma ? D_VALUE_NUMBER_COMMA : D_VALUE_NUMBER, (long long)(lo / 100), (long long)(hi / 100));
		return false;
	}
	return true;
}

/* While staging: the run of the row's NIP (digits), the previous row's when the same, else a new one;
 * -1 when out of memory. */
static int32_t staged_run(struct file *f, const char *digits)
{
	struct kr_sink *s = f->out;
	if (f->last_who >= 0 && memcmp(digits, f->last_nip, 18) == 0)
		return f->last_who;
	if (s->n_run == s->cap_run) {
		uint32_t cap = s->cap_run ? s->cap_run * 2 : 4096;
		uint64_t *k = cap > s->cap_run && cap <= INT32_MAX ? kr_realloc(s->run_key, (size_t)cap * sizeof *k) : NULL;
		if (!k) {
			s->failed = true;
			return -1;
		}
		s->run_key = k;
		s->cap_run = cap;
	}
	s->run_key[s->n_run] = kr_nip_key(digits);
	memcpy(f->last_nip, digits, sizeof f->last_nip);
	f->dropped = false;
	return f->last_who = (int32_t)s->n_run++;
}

/* The employee a row's nip refers to: its index, -2 for a known bad row (already diagnosed), -1 unknown. */
static int32_t employee_of(struct file *f, int k)
{
	const char *v = need(f, k);
	if (!v)
		return -1;
	if (f->last_who != -1 && strcmp(v, f->last_nip) == 0) { /* the previous row's employee */
		f->dropped = f->last_who == -2;
		return f->last_who;
	}
	char digits[KARIER_NIP_SIZE];
	if (kr_nip_digits(digits, v, NULL) != 18) {
		err(f, k, D_VALUE_NIP);
		return -1;
	}
	if (f->out->defer) /* the employees are being read: a run of rows of one NIP, its number */
		return staged_run(f, digits);
	int32_t idx;
	const karier_cohort *co = f->ds->co;
	int32_t next = f->last_who >= 0 ? f->last_who + 1 : 0; /* files mostly follow pegawai.csv's order */
	if (next < karier_cohort_count(co) && memcmp(karier_employee_nip(karier_cohort_employee(co, next)), digits, 18) == 0)
		idx = next;
	else {
		uint64_t key = kr_nip_key(digits);
		if (!(kr_nip_index_get(&co->nips, key, &idx) && idx >= 0) && !kr_nip_index_get(&f->ds->nips, key, &idx)) {
			err(f, k, D_NIP_UNKNOWN); /* neither an employee (the cohort's index) nor a row with errors (the dataset's) */
			return -1;
		}
	}
	memcpy(f->last_nip, digits, sizeof f->last_nip);
	f->last_who = idx < 0 ? -2 : idx;
	f->dropped = f->last_who == -2;
	return f->last_who;
}

/* Call a library setter; on failure diagnose column k with its message
 * (running out of memory is not a data problem: it fails the whole load). */
#define SET(f, k, call)                                                                            \
	do {                                                                                       \
		int rc_ = (call);                                                                  \
		if (rc_ == KARIER_ENOMEM)                                                          \
			(f)->out->failed = true;                                                    \
		else if (rc_ != KARIER_OK)                                                         \
			err((f), (k), D_VALUE_RULE, karier_last_error());                                \
	} while (0)

/* ---- JSON alternatives ---------------------------------------------------- */

/* Whether dir/name is there at all: a file that exists but cannot be read is
 * there, and reading it then says why (never "absent"). */
static bool exists(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	bool absent;
	FILE *f = kr_open_regular(path, &absent);
	if (f)
		fclose(f);
	return !absent;
}

/* Read dir/name when it exists; NULL when absent or unreadable (diagnosed). */
static char *json_text(karier_dataset *ds, const char *dir, int which)
{
	const char *name = file_names[which];
	if (!exists(dir, name))
		return NULL;
	char path[4096], *text = NULL;
	size_t len;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (kr_read_file(&text, &len, path, ds->json_max)) {
		diag(&ds->out, KARIER_DIAG_ERROR, name, 0, 0, NULL, NULL, D_FILE_UNREADABLE, karier_last_error());
		return NULL;
	}
	ds->out.files |= 1u << which;
	return text;
}

/* Turn "name:line:col: message" from the JSON readers into a diagnostic. */
static void json_diag(karier_dataset *ds, const char *name)
{
	const char *m = karier_last_error();
	int line = 0, col = 0, used = 0;
	size_t nl = strlen(name);
	if (strncmp(m, name, nl) == 0 && sscanf(m + nl, ":%d:%d: %n", &line, &col, &used) == 2 && used)
		m += nl + (size_t)used;
	diag(&ds->out, KARIER_DIAG_ERROR, name, line, col, NULL, NULL, D_JSON, m);
}

/* The index by code, built once when a positions file has been read (standar_kompetensi.csv and the
 * employees look positions up in it). */
static void index_positions(karier_dataset *ds)
{
	ds->pos_sorted = kr_malloc(((size_t)ds->n_pos + 1) * sizeof *ds->pos_sorted);
	if (!ds->pos_sorted || kr_positions_sort_index(ds->pos_sorted, ds->pos, ds->n_pos)) {
		kr_free(ds->pos_sorted);
		ds->pos_sorted = NULL; /* no position is found, and the load fails for want of memory */
		ds->out.failed = true;
	}
}

static bool read_jabatan_json(karier_dataset *ds, const char *dir)
{
	char *text = json_text(ds, dir, F_JABATAN_JSON);
	if (!text)
		return false;
	if (exists(dir, "jabatan.csv") || exists(dir, "standar_kompetensi.csv"))
		diag(&ds->out, KARIER_DIAG_ERROR, "jabatan.json", 0, 0, NULL, NULL, D_BOTH_FORMS,
		     "jabatan.csv / standar_kompetensi.csv");
	karier_position **list = NULL;
	int32_t n = 0;
	if (kr_positions_from_json(&list, &n, text, "jabatan.json")) {
		json_diag(ds, "jabatan.json");
	} else {
		ds->pos = list;
		ds->n_pos = ds->cap_pos = n;
		index_positions(ds);
	}
	kr_free(text);
	return true;
}

static bool read_katalog_json(karier_dataset *ds, const char *dir)
{
	char *text = json_text(ds, dir, F_KATALOG_JSON);
	if (!text)
		return false;
	if (exists(dir, "katalog.csv"))
		diag(&ds->out, KARIER_DIAG_ERROR, "katalog.json", 0, 0, NULL, NULL, D_BOTH_FORMS, "katalog.csv");
	if (karier_catalog_load_json_text(ds->cat, text, "katalog.json"))
		json_diag(ds, "katalog.json");
	kr_free(text);
	return true;
}

/* ---- positions, standards, catalogue ------------------------------------- */

/* The index in ds->pos of the position with `code`, or -1. */
static int32_t find_position_index(const karier_dataset *ds, const char *code)
{
	int32_t lo = 0, hi = ds->pos_sorted ? ds->n_pos : 0;
	while (lo < hi) {
		int32_t mid = lo + (hi - lo) / 2;
		int c = strcmp(karier_position_code(ds->pos[ds->pos_sorted[mid]]), code);
		if (c == 0)
			return ds->pos_sorted[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static const karier_position *find_position(const karier_dataset *ds, const char *code)
{
	int32_t i = find_position_index(ds, code);
	return i >= 0 ? ds->pos[i] : NULL;
}

static void read_jabatan(karier_dataset *ds, const karier_policy *p, const char *dir)
{
	enum { KODE, NAMA, JENIS, JENJANG, MIN_GOL, MIN_PEND, BUP, PEND_OK, KEBUTUHAN, N };
	static const struct col cols[N] = {{"kode", true}, {"nama", true}, {"jenis", true}, {"jenjang", false},
	                                   {"min_golongan", false}, {"min_pendidikan", false}, {"bup", false},
	                                   {"pendidikan_diterima", false}, {"kebutuhan", false}};
	struct file f;
	struct kr_codeset seen = {0};
	if (open_file(&f, ds, &ds->out, p, dir, F_JABATAN, cols, N, false)) {
		while (next_row(&f)) {
			const char *kode = need(&f, KODE), *nama = need(&f, NAMA);
			int32_t jenis = 0, jenjang = 0, gol = 0, pend = 0;
			int64_t bup = 0;
			if (!need(&f, JENIS) || !get_code(&f, JENIS, KARIER_CODE_JABATAN, &jenis))
				jenis = 0;
			get_code(&f, JENJANG, KARIER_CODE_JENJANG, &jenjang);
			bool has_gol = get_code(&f, MIN_GOL, KARIER_CODE_GOLONGAN, &gol);
			bool has_pend = get_code(&f, MIN_PEND, KARIER_CODE_PENDIDIKAN, &pend);
			bool has_bup = get_int(&f, BUP, 40, 80, &bup);
			int64_t kebutuhan = -1;
			get_int(&f, KEBUTUHAN, 0, 1000000, &kebutuhan);
			/* diplomas that fit the post, separated by '|' (e.g. "S1|D4") */
			uint32_t pend_ok = 0;
			const char *list = val(&f, PEND_OK);
			for (const char *q = list; q && *q;) {
				const char *bar = strchr(q, '|');
				size_t n = bar ? (size_t)(bar - q) : strlen(q);
				char one[32];
				int32_t code = 0;
				snprintf(one, sizeof one, "%.*s", (int)(n < sizeof one ? n : sizeof one - 1), q);
				if (karier_code_parse(&code, KARIER_CODE_PENDIDIKAN, one)) {
					err(&f, PEND_OK, D_PENDIDIKAN_LIST, one, karier_last_error());
					break;
				}
				pend_ok |= 1u << code;
				q = bar ? bar + 1 : q + n;
			}
			if (f.out->bad_row || !kode || !nama || !jenis)
				continue;
			if (kr_codeset_has(&seen, kode)) {
				err(&f, KODE, D_JABATAN_TWICE);
				continue;
			}
			karier_position *pos = NULL;
			int rc = karier_position_new(&pos, kode, nama, jenis, jenjang);
			if (rc == KARIER_ENOMEM)
				ds->out.failed = true;
			if (rc) {
				if (rc != KARIER_ENOMEM)
					err(&f, rc == KARIER_EINVAL ? JENJANG : KODE, D_VALUE_RULE, karier_last_error());
				continue;
			}
			if (has_gol)
				karier_position_set_requirement(pos, KARIER_REQ_MIN_GOLONGAN, gol);
			if (has_pend)
				karier_position_set_requirement(pos, KARIER_REQ_MIN_PENDIDIKAN, pend);
			if (has_bup)
				karier_position_set_requirement(pos, KARIER_REQ_BUP, bup);
			for (int32_t k = 1; k < 32; k++)
				if ((pend_ok >> k) & 1)
					karier_position_add_pendidikan(pos, k);
			if (ds->n_pos == ds->cap_pos) {
				int32_t cap = ds->cap_pos ? ds->cap_pos * 2 : 64;
				karier_position **np = kr_realloc(ds->pos, (size_t)cap * sizeof *np);
				if (!np) {
					karier_position_free(pos);
					ds->out.failed = true;
					break;
				}
				ds->pos = np;
				ds->cap_pos = cap;
			}
			if (kr_codeset_add(&seen, karier_position_code(pos)) < 0) {
				karier_position_free(pos);
				ds->out.failed = true;
				break;
			}
			ds->pos[ds->n_pos++] = pos;
			if (kebutuhan >= 0 && karier_pola_set_kebutuhan(ds->pola, pos, (int32_t)kebutuhan)) {
				ds->out.failed = true;
				break;
			}
		}
		index_positions(ds);
	}
	kr_codeset_free(&seen);
	close_file(&f);
}

static void read_standar(karier_dataset *ds, const karier_policy *p, const char *dir)
{
	enum { JAB, KOMP, LEVEL, N };
	static const struct col cols[N] = {{"jabatan", true}, {"kompetensi", true}, {"level", true}};
	struct file f;
	if (open_file(&f, ds, &ds->out, p, dir, F_STANDAR, cols, N, false)) {
		while (next_row(&f)) {
			const char *jab = need(&f, JAB), *komp = need(&f, KOMP);
			int64_t level = 0;
			if (need(&f, LEVEL))
				get_int(&f, LEVEL, 1, 5, &level);
			if (f.out->bad_row || !jab || !komp)
				continue;
			karier_position *pos = (karier_position *)find_position(ds, jab);
			if (!pos) {
				err(&f, JAB, D_JABATAN_UNKNOWN, (ds->out.files & (1u << F_JABATAN_JSON)) ? "jabatan.json" : "jabatan.csv");
				continue;
			}
			SET(&f, KOMP, karier_position_set_standard(pos, komp, (int32_t)level));
		}
	}
	close_file(&f);
}

static void read_katalog(karier_dataset *ds, const karier_policy *p, const char *dir)
{
	enum { KODE, NAMA, KOMP, LMIN, LHASIL, JP, BIAYA, MODA, N };
	static const struct col cols[N] = {{"kode", true},        {"nama", true}, {"kompetensi", true}, {"level_min", true},
	                                   {"level_hasil", true}, {"jp", true},   {"biaya", true},      {"moda", false}};
	struct file f;
	if (open_file(&f, ds, &ds->out, p, dir, F_KATALOG, cols, N, false)) {
		while (next_row(&f)) {
			const char *kode = need(&f, KODE), *nama = need(&f, NAMA), *komp = need(&f, KOMP);
			int64_t lmin = 0, lh = 0, jp = 0, biaya = 0;
			int32_t moda = 0;
			if (need(&f, LMIN))
				get_int(&f, LMIN, 0, 4, &lmin);
			if (need(&f, LHASIL))
				get_int(&f, LHASIL, 1, 5, &lh);
			if (need(&f, JP))
				get_int(&f, JP, 1, 2000, &jp);
			if (need(&f, BIAYA))
				get_int(&f, BIAYA, 0, INT64_C(10000000000000), &biaya);
			get_code(&f, MODA, KARIER_CODE_MODA, &moda);
			if (f.out->bad_row || !kode || !nama || !komp)
				continue;
			int rc = karier_catalog_add(ds->cat, kode, nama, komp, (int32_t)lmin, (int32_t)lh, (int32_t)jp, biaya, moda);
			if (rc == KARIER_ENOMEM)
				ds->out.failed = true;
			else if (rc)
				err(&f, rc == KARIER_EEXISTS ? KODE : LHASIL, D_VALUE_RULE, karier_last_error());
		}
	}
	close_file(&f);
}

/* ---- employees ----------------------------------------------------------- */

/* pola_karier.csv: the moves between posts (karier/rencana.h); without it, the default ladder. */
static void read_pola(karier_dataset *ds, const karier_policy *p, const char *dir)
{
	enum { DARI, KE, JALUR, MIN_BULAN, KETERANGAN, N };
	static const struct col cols[N] = {{"dari", true}, {"ke", true}, {"jalur", true}, {"min_bulan", false},
	                                   {"keterangan", false}};
	struct file f;
	bool have_jabatan = ds->out.files & ((1u << F_JABATAN) | (1u << F_JABATAN_JSON));
	if (open_file(&f, ds, &ds->out, p, dir, F_POLA, cols, N, false)) {
		while (next_row(&f)) {
			const char *dari = need(&f, DARI), *ke = need(&f, KE), *jalur_s = need(&f, JALUR);
			int32_t a = dari ? find_position_index(ds, dari) : -1, b = ke ? find_position_index(ds, ke) : -1, jalur = 0;
			const char *in = (ds->out.files & (1u << F_JABATAN_JSON)) ? "jabatan.json" : "jabatan.csv";
			if (dari && a < 0)
				err(&f, DARI, D_JABATAN_UNKNOWN, in);
			if (ke && b < 0)
				err(&f, KE, D_JABATAN_UNKNOWN, in);
			if (jalur_s && karier_jalur_parse(&jalur, jalur_s))
				err(&f, JALUR, D_VALUE_RULE, karier_last_error());
			int64_t min_bulan = 0;
			get_int(&f, MIN_BULAN, 0, 1200, &min_bulan);
			(void)val(&f, KETERANGAN);
			if (f.out->bad_row || a < 0 || b < 0 || !jalur)
				continue;
			int rc = karier_pola_add(ds->pola, p, ds->pos[a], ds->pos[b], jalur, (int32_t)min_bulan);
			if (rc == KARIER_ENOMEM)
				ds->out.failed = true;
			else if (rc) /* to itself: the target; down or the wrong jalur: the jalur; twice: the first column */
				err(&f, rc == KARIER_EINVAL ? KE : rc == KARIER_EEXISTS ? DARI : JALUR, D_VALUE_RULE, karier_last_error());
		}
	} else if (!(ds->out.files & (1u << F_POLA)) && have_jabatan) {
		ds->pola_default = true;
		if (karier_pola_add_default(ds->pola, p, (const karier_position *const *)ds->pos, ds->n_pos))
			ds->out.failed = true;
	}
	close_file(&f);
}

/* The size of the dataset's file `which` in bytes, for estimates only: 0 when it cannot be had. */
static int64_t size_of(const char *dir, int which)
{
	char path[4096];
	struct stat st;
	snprintf(path, sizeof path, "%s/%s", dir, file_names[which]);
	return stat(path, &st) || st.st_size < 0 ? 0 : (int64_t)st.st_size;
}

/* Room for the employees the file's size suggests (a pegawai row of about 80 bytes and more), so
 * that a large dataset is not copied as its arrays double; pages never written are never resident,
 * so an estimate too high costs address space only.  Room that cannot be had is not an error: the
 * arrays then grow as they fill.  (The records' room is had before: histories_begin.) */
static void reserve_from_sizes(karier_dataset *ds, const char *dir)
{
	int64_t employees = size_of(dir, F_PEGAWAI) / 80;
	if (employees > INT32_MAX / 2)
		employees = INT32_MAX / 2;
	if (employees > 4096 && karier_cohort_reserve(ds->co, (int32_t)employees, 0) == KARIER_OK)
		kr_nip_index_reserve(&ds->co->nips, (uint32_t)employees);
	karier_clear_error();
}

/* Append the next employee's text of a kept column (NULL is ""); false when out of memory. */
static bool keep_text(struct kept_column *c, const char *v)
{
	size_t len = v ? strlen(v) : 0;
	if (c->n == c->cap_off) {
		int32_t cap = c->cap_off ? c->cap_off * 2 : 1024;
		size_t *no = kr_realloc(c->off, (size_t)cap * sizeof *no);
		if (!no)
			return false;
		c->off = no;
		c->cap_off = cap;
	}
	if (c->len + len + 1 > c->cap) {
		size_t cap = c->cap ? c->cap : 4096;
		while (cap < c->len + len + 1)
			cap *= 2;
		char *nt = kr_realloc(c->text, cap);
		if (!nt)
			return false;
		c->text = nt;
		c->cap = cap;
	}
	memcpy(c->text + c->len, v ? v : "", len + 1);
	c->off[c->n++] = c->len;
	c->len += len + 1;
	return true;
}

static void free_kept(karier_dataset *ds)
{
	for (int32_t j = 0; j < ds->n_extra; j++) {
		kr_free(ds->extra[j].text);
		kr_free(ds->extra[j].off);
		ds->extra[j].text = NULL;
		ds->extra[j].off = NULL;
		ds->extra[j].n = ds->extra[j].cap_off = 0;
		ds->extra[j].len = ds->extra[j].cap = 0;
	}
}

/* The key of the next row's NIP when column k, the file's first, holds it and the next row is in the
 * reader's buffer already, beginning with 18 digits and the separator; else 0.  A hint only: the
 * row is read and checked as every row is when its turn comes. */
static uint64_t next_nip_key(const struct file *f, int k)
{
	const struct kr_csv *c = &f->csv;
	if (f->idx[k] != 0 || c->limit < c->pos + 19 || c->buf[c->pos + 18] != c->sep)
		return 0;
	const char *s = c->buf + c->pos;
	for (int i = 0; i < 18; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return kr_nip_key(s);
}

static void read_pegawai(karier_dataset *ds, const karier_policy *p, const char *dir)
{
	enum { NIP, NAMA, STATUS, PEND, GOL, TMT_GOL, JAB, TMT_JAB, UNIT, LAHIR, TMT_CPNS, POTENSI, AK, UD, PEND_BARU, PRESTASI,
	       UPKP, N };
	static const struct col cols[N] = {
		{"nip", true},        {"nama", true},       {"status", true},        {"pendidikan", true},
		{"golongan", true},   {"tmt_golongan", true}, {"jabatan", true},     {"tmt_jabatan", true},
		{"unit_kerja", false}, {"tanggal_lahir", false}, {"tmt_cpns", false}, {"potensi", false},
		{"angka_kredit", false}, {"ujian_dinas", false}, {"pendidikan_baru", false}, {"prestasi_luar_biasa", false},
		{"tanggal_lulus_upkp", false}};
	/* the columns kept as text: a known column's own index, or one more, required, column */
	struct col all[N + KARIER_DATASET_MAX_COLUMNS];
	int kept[KARIER_DATASET_MAX_COLUMNS], nall = N;
	memcpy(all, cols, sizeof cols);
	for (int32_t j = 0; j < ds->n_extra; j++) {
		int k = 0;
		while (k < nall && strcasecmp(all[k].name, ds->extra[j].name) != 0)
			k++;
		if (k == nall)
			all[nall++] = (struct col){ds->extra[j].name, true};
		kept[j] = k;
	}
	struct file f;
	bool have_jabatan = ds->out.files & ((1u << F_JABATAN) | (1u << F_JABATAN_JSON));
	if (!open_file(&f, ds, &ds->out, p, dir, F_PEGAWAI, all, nall, true)) {
		close_file(&f);
		ds->pegawai_unusable = true;
		return;
	}
	if (!have_jabatan)
		diag(&ds->out, KARIER_DIAG_WARNING, "jabatan.csv", 0, 0, NULL, NULL, D_JABATAN_ABSENT);
	reserve_from_sizes(ds, dir);
	while (next_row(&f)) {
		uint64_t ahead = next_nip_key(&f, NIP); /* fetch the next row's slot while this row is read */
		if (ahead)
			kr_nip_index_prefetch(&ds->co->nips, ahead);
		int32_t status = 0;
		const char *nip = need(&f, NIP);
		char digits[KARIER_NIP_SIZE];
		uint64_t key = 0; /* the NIP's, when it has 18 digits (an employee is made only then) */
		if (nip && kr_nip_digits(digits, nip, NULL) == 18) { /* fetch its slot while the row is checked */
			key = kr_nip_key(digits);
			kr_nip_index_prefetch(&ds->co->nips, key); /* in case the row before could not */
		}
		if (need(&f, STATUS))
			get_code(&f, STATUS, KARIER_CODE_STATUS, &status);
		karier_employee *e = NULL;
		if (nip && status) { /* one handle checks every row: no allocation per employee */
			int rc = ds->tmp ? kr_employee_restart(ds->tmp, nip, status, p) : karier_employee_new(&ds->tmp, nip, status, p);
			SET(&f, NIP, rc);
			if (!rc)
				e = ds->tmp;
		}
		if (e) {
			int32_t prev;
			if ((kr_nip_index_get(&ds->co->nips, key, &prev) && prev >= 0) || kr_nip_index_get(&ds->nips, key, &prev)) {
				err(&f, NIP, D_NIP_TWICE);
				continue; /* the first row stays */
			}
		}
		/* every other column, diagnosed even when the NIP is bad */
		const char *nama = need(&f, NAMA);
		int32_t pend = 0, gol = 0, tmt_gol = 0, tmt_jab = 0, lahir = 0, cpns = 0, ud = 0, baru = 0, upkp = 0;
		int64_t potensi = -1, ak = -1, prestasi = 0;
		if (need(&f, PEND))
			get_code(&f, PEND, KARIER_CODE_PENDIDIKAN, &pend);
		if (need(&f, GOL))
			get_code(&f, GOL, status == KARIER_STATUS_PPPK ? KARIER_CODE_PPPK_GOLONGAN : KARIER_CODE_GOLONGAN, &gol);
		if (need(&f, TMT_GOL))
			get_date(&f, TMT_GOL, &tmt_gol);
		const char *jab = need(&f, JAB);
		if (need(&f, TMT_JAB))
			get_date(&f, TMT_JAB, &tmt_jab);
		get_date(&f, LAHIR, &lahir);
		get_date(&f, TMT_CPNS, &cpns);
		get_fixed(&f, POTENSI, 0, 10000, &potensi);
		get_fixed(&f, AK, 0, 100000000, &ak);
		get_code(&f, UD, KARIER_CODE_UJIAN_DINAS, &ud);
		get_code(&f, PEND_BARU, KARIER_CODE_PENDIDIKAN, &baru);
		get_int(&f, PRESTASI, 0, 1, &prestasi);
		get_date(&f, UPKP, &upkp);
		int32_t pos_index = jab && have_jabatan ? find_position_index(ds, jab) : -1;
		const karier_position *pos = pos_index >= 0 ? ds->pos[pos_index] : NULL;
		if (jab && have_jabatan && !pos)
			err(&f, JAB, D_JABATAN_UNKNOWN, (ds->out.files & (1u << F_JABATAN_JSON)) ? "jabatan.json" : "jabatan.csv");
		if (e) {
			if (nama)
				SET(&f, NAMA, karier_employee_set_nama(e, nama));
			const char *unit = val(&f, UNIT);
			if (unit)
				SET(&f, UNIT, karier_employee_set_unit_kerja(e, unit));
			if (cpns)
				SET(&f, TMT_CPNS, karier_employee_set_tmt_cpns(e, cpns));
			if (lahir)
				SET(&f, LAHIR, karier_employee_set_tanggal_lahir(e, lahir));
			if (pend)
				SET(&f, PEND, karier_employee_set_pendidikan(e, pend));
			if (baru)
				SET(&f, PEND_BARU, karier_employee_set_pendidikan_baru(e, baru));
			if (gol && tmt_gol)
				SET(&f, TMT_GOL, status == KARIER_STATUS_PPPK ? karier_employee_set_pppk_golongan(e, gol, tmt_gol)
				                                              : karier_employee_set_golongan(e, gol, tmt_gol));
			if (pos && tmt_jab)
				SET(&f, TMT_JAB, karier_employee_set_jabatan(e, karier_position_code(pos), karier_position_jabatan(pos),
				                                             karier_position_jenjang(pos), tmt_jab));
			if (potensi >= 0)
				SET(&f, POTENSI, karier_employee_set_potensi(e, (int32_t)potensi));
			if (ak >= 0)
				SET(&f, AK, karier_employee_set_angka_kredit(e, (int32_t)ak));
			if (ud)
				SET(&f, UD, karier_employee_set_ujian_dinas(e, ud));
			if (prestasi)
				SET(&f, PRESTASI, karier_employee_set_prestasi_luar_biasa(e, 1));
			if (upkp)
				SET(&f, UPKP, karier_employee_set_ujian_penyesuaian(e, upkp));
		}
		if (!e)
			continue;
		if (f.out->bad_row) {
			if (!kr_nip_index_put(&ds->nips, key, -1))
				ds->out.failed = true;
			continue;
		}
		int rc = kr_cohort_add_key(ds->co, e, pos, key); /* which indexes its NIP */
		for (int32_t j = 0; rc == KARIER_OK && j < ds->n_extra; j++)
			if (!keep_text(&ds->extra[j], val(&f, kept[j])))
				rc = KARIER_ENOMEM;
		if (rc) {
			if (rc == KARIER_ENOMEM)
				ds->out.failed = true;
			else
				err(&f, NIP, D_VALUE_RULE, karier_last_error());
			break;
		}
	}
	close_file(&f);
}

/* ---- history records ----------------------------------------------------- */

/* Append a checked record of employee `who` through the file's loader
 * (column k is blamed for a limit). */
static void add_record(struct file *f, int k, int32_t who, int kind, struct kr_row r, const char *code)
{
	int rc = f->out->defer ? kr_load_stage(&f->out->ld, (uint32_t)who, &r, code) : kr_load_append(&f->out->ld, who, kind, &r, code);
	if (rc == KR_LOAD_FULL)
		err(f, k, D_HISTORY_LIMIT,
		    karier_employee_nip(karier_cohort_employee(f->ds->co, who)), KARIER_HISTORY_MAX, f->name);
	else if (rc == KARIER_ENOMEM)
		f->out->failed = true;
	else if (rc)
		err(f, k, D_VALUE_RULE, karier_last_error());
}

/* After a history file: every employee's run of its records, sorted and merged as the setters keep them. */
static void finish_kind(karier_dataset *ds, struct kr_sink *out, int kind)
{
	(void)ds;
	if (out->defer) /* after its records find their employees (resolve_staged) */
		return;
	if (kr_load_finish(&out->ld, kind))
		out->failed = true;
}

static void read_kinerja(karier_dataset *ds, struct kr_sink *out, const karier_policy *p, const char *dir)
{
	enum { NIP, TAHUN, PREDIKAT, NILAI, N };
	static const struct col cols[N] = {{"nip", true}, {"tahun", true}, {"predikat", false}, {"nilai", false}};
	struct file f;
	if (open_file(&f, ds, out, p, dir, F_KINERJA, cols, N, false)) {
		if (f.idx[PREDIKAT] < 0 && f.idx[NILAI] < 0)
			diag(out, KARIER_DIAG_ERROR, f.name, 1, 0, "predikat", NULL, D_COLUMN_PREDIKAT_OR_NILAI);
		else
			while (next_row(&f)) {
				int32_t who = employee_of(&f, NIP), pred = 0;
				int64_t tahun = 0, nilai = 0;
				if (need(&f, TAHUN))
					get_int(&f, TAHUN, 1990, KARIER_DATE_MAX_YEAR, &tahun);
				if (val(&f, PREDIKAT))
					get_code(&f, PREDIKAT, KARIER_CODE_PREDIKAT, &pred);
				else if (val(&f, NILAI)) {
					if (get_fixed(&f, NILAI, 0, 100000, &nilai) && tahun &&
					    karier_policy_predikat_from_score(&pred, kr_policy_or_default(p), (int32_t)tahun, (int32_t)nilai))
						err(&f, NILAI, D_VALUE_RULE, karier_last_error());
				} else
					err(&f, f.idx[PREDIKAT] >= 0 ? PREDIKAT : NILAI, D_PREDIKAT_OR_NILAI);
				if (who >= 0 && !f.out->bad_row) {
					SET(&f, PREDIKAT, kr_check_kinerja((int32_t)tahun, pred));
					if (!f.out->bad_row)
						add_record(&f, PREDIKAT, who, KR_REC_KINERJA, (struct kr_row){.a = pred, .date = (int32_t)tahun}, NULL);
				}
			}
	}
	finish_kind(ds, out, KR_REC_KINERJA);
	close_file(&f);
}

static void read_kompetensi(karier_dataset *ds, struct kr_sink *out, const karier_policy *p, const char *dir)
{
	enum { NIP, KOMP, LEVEL, TANGGAL, N };
	static const struct col cols[N] = {{"nip", true}, {"kompetensi", true}, {"level", true}, {"tanggal", false}};
	struct file f;
	if (open_file(&f, ds, out, p, dir, F_KOMPETENSI, cols, N, false))
		while (next_row(&f)) {
			int32_t who = employee_of(&f, NIP), date = 0;
			const char *komp = need(&f, KOMP);
			int64_t level = 0;
			if (need(&f, LEVEL))
				get_int(&f, LEVEL, 1, 5, &level);
			get_date(&f, TANGGAL, &date);
			if (who >= 0 && !f.out->bad_row) {
				uint32_t known = kr_load_known_code(&f.out->ld, komp);
				SET(&f, KOMP, kr_check_kompetensi(komp, (int32_t)level, date, known != 0));
				if (!f.out->bad_row)
					add_record(&f, KOMP, who, KR_REC_KOMPETENSI,
					           (struct kr_row){.a = (int32_t)level, .date = date, .code_off = known}, komp);
			}
		}
	finish_kind(ds, out, KR_REC_KOMPETENSI);
	close_file(&f);
}

static void read_pelatihan(karier_dataset *ds, struct kr_sink *out, const karier_policy *p, const char *dir)
{
	enum { NIP, KODE, SELESAI, JP, JENIS, N };
	static const struct col cols[N] = {{"nip", true}, {"kode", true}, {"tanggal_selesai", true}, {"jp", true}, {"jenis", false}};
	struct file f;
	if (open_file(&f, ds, out, p, dir, F_PELATIHAN, cols, N, false))
		while (next_row(&f)) {
			int32_t who = employee_of(&f, NIP), date = 0, jenis = KARIER_PELATIHAN_LAINNYA;
			const char *kode = need(&f, KODE);
			int64_t jp = 0;
			if (need(&f, SELESAI))
				get_date(&f, SELESAI, &date);
			if (need(&f, JP))
				get_int(&f, JP, 1, 2000, &jp);
			get_code(&f, JENIS, KARIER_CODE_PELATIHAN, &jenis);
			if (who >= 0 && !f.out->bad_row) {
				uint32_t known = kr_load_known_code(&f.out->ld, kode);
				SET(&f, KODE, kr_check_pelatihan(kode, date, (int32_t)jp, jenis, known != 0));
				if (!f.out->bad_row)
					add_record(&f, KODE, who, KR_REC_PELATIHAN,
					           (struct kr_row){.a = jenis, .jp = (int32_t)jp, .date = date, .code_off = known}, kode);
			}
		}
	finish_kind(ds, out, KR_REC_PELATIHAN);
	close_file(&f);
}

/* The months the policy gives a penalty that has no end date, and the key
 * of that setting; -1 for a dismissal, which never ends. */
static int64_t default_months(const karier_policy *p, int32_t tingkat, int32_t jenis, char *key, size_t n)
{
	if (jenis == KARIER_HUKUMAN_PDH)
		return -1;
	if (jenis)
		snprintf(key, n, "disiplin.jenis.%s.bulan", karier_code_name(KARIER_CODE_HUKUMAN, jenis));
	else
		snprintf(key, n, "disiplin.%s.bulan", karier_code_name(KARIER_CODE_DISIPLIN, tingkat));
	int64_t v = 0;
	return karier_policy_get(&v, p, key) ? 0 : v;
}

static void read_disiplin(karier_dataset *ds, struct kr_sink *out, const karier_policy *p, const char *dir)
{
	enum { NIP, TINGKAT, MULAI, SELESAI, JENIS, N };
	static const struct col cols[N] = {{"nip", true}, {"tingkat", false}, {"tmt_mulai", true}, {"tmt_selesai", false},
	                                   {"jenis", false}};
	struct file f;
	if (open_file(&f, ds, out, p, dir, F_DISIPLIN, cols, N, false))
		while (next_row(&f)) {
			int32_t who = employee_of(&f, NIP), tingkat = 0, jenis = 0, mulai = 0, selesai = 0;
			/* the kind, or the level: one of them is needed, and they must agree */
			bool has_jenis = val(&f, JENIS) != NULL;
			get_code(&f, JENIS, KARIER_CODE_HUKUMAN, &jenis);
			if (!get_code(&f, TINGKAT, KARIER_CODE_DISIPLIN, &tingkat) && !has_jenis)
				need(&f, TINGKAT);
			if (need(&f, MULAI))
				get_date(&f, MULAI, &mulai);
			get_date(&f, SELESAI, &selesai);
			if (who >= 0 && !f.out->bad_row) {
				SET(&f, jenis && tingkat ? TINGKAT : SELESAI, kr_check_disiplin(&tingkat, jenis, mulai, selesai));
				char key[64];
				int64_t months = f.out->bad_row || selesai ? 0 : default_months(p, tingkat, jenis, key, sizeof key);
				if (months > 0) { /* said once per row, so that a missing end is never silent */
					int i = f.idx[SELESAI];
					diag(f.out, KARIER_DIAG_WARNING, f.name, i >= 0 ? f.row.fline[i] : f.row.line,
					     i >= 0 ? f.row.fcol[i] : 0, "tmt_selesai", "", D_DISIPLIN_NO_END, (long long)months,
					     months == 1 ? "" : "s", key);
				}
				if (!f.out->bad_row)
					add_record(&f, SELESAI, who, KR_REC_DISIPLIN,
					           (struct kr_row){.a = tingkat, .b = jenis, .date = mulai,
					                              .end = selesai},
					           NULL);
			}
		}
	finish_kind(ds, out, KR_REC_DISIPLIN);
	close_file(&f);
}

static void read_riwayat(karier_dataset *ds, struct kr_sink *out, const karier_policy *p, const char *dir)
{
	enum { NIP, JENIS, JENJANG, MULAI, SELESAI, N };
	static const struct col cols[N] = {{"nip", true}, {"jenis", true}, {"jenjang", false}, {"tmt_mulai", true}, {"tmt_selesai", true}};
	struct file f;
	if (open_file(&f, ds, out, p, dir, F_RIWAYAT, cols, N, false))
		while (next_row(&f)) {
			int32_t who = employee_of(&f, NIP), jenis = 0, jenjang = 0, mulai = 0, selesai = 0;
			if (need(&f, JENIS))
				get_code(&f, JENIS, KARIER_CODE_JABATAN, &jenis);
			get_code(&f, JENJANG, KARIER_CODE_JENJANG, &jenjang);
			if (need(&f, MULAI))
				get_date(&f, MULAI, &mulai);
			if (need(&f, SELESAI))
				get_date(&f, SELESAI, &selesai);
			if (who >= 0 && !f.out->bad_row) {
				SET(&f, JENIS, kr_check_riwayat(jenis, jenjang, mulai, selesai));
				if (!f.out->bad_row)
					add_record(&f, JENIS, who, KR_REC_JABATAN,
					           (struct kr_row){.a = jenis, .b = jenjang, .date = mulai, .end = selesai},
					           NULL);
			}
		}
	finish_kind(ds, out, KR_REC_JABATAN);
	close_file(&f);
}

/* ---- the dataset --------------------------------------------------------- */

static void drop_data(karier_dataset *ds)
{
	free_kept(ds);
	karier_pola_free(ds->pola); /* it refers to the positions */
	ds->pola = NULL;
	ds->pola_default = false;
	karier_pola_new(&ds->pola); /* empty; on failure the accessors see none */
	karier_cohort_free(ds->co);
	ds->co = NULL;
	karier_cohort_new(&ds->co); /* empty; on failure the accessors see none */
	for (int32_t i = 0; i < ds->n_pos; i++)
		karier_position_free(ds->pos[i]);
	ds->n_pos = 0;
}

/* What only loading needs. */
static void drop_scaffolding(karier_dataset *ds)
{
	karier_employee_free(ds->tmp);
	kr_nip_index_release(&ds->nips);
	ds->tmp = NULL;
}

/* ---- the history files, on one thread or two ----------------------------- */

typedef void (*hist_reader)(karier_dataset *, struct kr_sink *, const karier_policy *, const char *);
enum { H_KINERJA, H_KOMPETENSI, H_PELATIHAN, H_DISIPLIN, H_RIWAYAT, H_COUNT };
static const hist_reader hist_read[H_COUNT] = {read_kinerja, read_kompetensi, read_pelatihan, read_disiplin, read_riwayat};
static const int hist_kind[H_COUNT] = {KR_REC_KINERJA, KR_REC_KOMPETENSI, KR_REC_PELATIHAN, KR_REC_DISIPLIN,
                                       KR_REC_JABATAN};

static const int hist_file[H_COUNT] = {F_KINERJA, F_KOMPETENSI, F_PELATIHAN, F_DISIPLIN, F_RIWAYAT};

/* Some of the history files, each into its own sink.  While two jobs run,
 * each writes only its sinks and its own kinds' counts and offsets of the
 * employees (different fields), or (staging) no employee at all; the rest of
 * the dataset is only read. */
struct hist_state;
struct hist_job {
	karier_dataset *ds;
	struct kr_sink *sink;
	const karier_policy *p;
	const char *dir;
	unsigned mask;            /* bit h: read file h, then (with a state) the files it claims */
	struct hist_state *state; /* with threads: the files to claim, the staged files offered once read */
	bool second;              /* the second thread's job: a file it claims early is staged */
};
static void hist_run(void *arg);

/* A sink's diagnostics after the dataset's own. */
static void merge_diagnostics(karier_dataset *ds, const struct kr_sink *s)
{
	struct kr_sink *out = &ds->out;
	if (!diag_room(out, s->n_diag))
		return;
	if (s->n_diag)
		memcpy(out->diag + out->n_diag, s->diag, (size_t)s->n_diag * sizeof *s->diag);
	out->n_diag += s->n_diag;
	out->n_err = s->n_err > INT32_MAX - out->n_err ? INT32_MAX : out->n_err + s->n_err;
	out->files |= s->files;
	out->failed |= s->failed;
}

/*
 * The history files.  With threads, the largest (kompetensi.csv, usually) is
 * read on a second thread while pegawai.csv is read on this one; then each
 * thread, when it is free, claims the largest file no thread reads yet
 * (claim), so that neither waits while the other has a file still to begin.  A
 * file the second thread begins before pegawai.csv is read cannot know its
 * employees yet: its records are staged by run of one NIP, in a pool of its
 * own.  The files begun after pegawai.csv, on either thread, are read the
 * ordinary way, each into a pool of its own too.  Each file's pool is its
 * region of the cohort's record array, reserved from the files' sizes before
 * the threads start, so that no record is copied at the end; without that
 * room, the pool of most records becomes the cohort's at the end and the
 * others are copied after it.  Each staged file is resolved as soon as it is
 * read and the employees are all there, by whichever thread is free first
 * (each after the files it claims): every run's NIP found among the employees,
 * the records given to them as the ordinary reader would have given them.  A
 * staged file that said anything at all (a diagnostic), names a NIP that is
 * not an employee, or would give an employee more than KARIER_HISTORY_MAX
 * records, is read again the ordinary way, which says what it says in its
 * place: the dataset is the same on any number of threads.  The diagnostics
 * are merged in file order either way, and the scaffolding of reading (the NIP
 * index of bad rows, the row handle) is dropped at the end.
 */
struct hist_state {
	struct kr_sink sink[H_COUNT];
	unsigned want; /* bit h: file h is read */
	struct hist_job early;
	struct kr_task task;
	/* the staged files' resolving, which either thread takes up (take_staged), under the gate */
	struct kr_gate gate;
	bool pegawai_read; /* the employees are all there: a staged file can be resolved */
	unsigned offered;  /* bit h: staged file h is read and not yet taken */
	unsigned unclaimed; /* bit h: file h is wanted and no thread reads it yet (claim) */
	int order[H_COUNT]; /* the files by size, the largest first: the order they are claimed in */
	bool ok[H_COUNT];  /* staged file h was resolved (false: it is read again the ordinary way) */
	bool regions;      /* with threads, each file read into its region of the cohort's records */
	uint32_t region_base[H_COUNT], region_cap[H_COUNT];
};

static void sink_init(struct kr_sink *s, karier_dataset *ds, bool own_pool)
{
	memset(s, 0, sizeof *s);
	kr_load_init(&s->ld, ds->co, own_pool);
	s->per_file = ds->out.per_file;
	s->per_kind = ds->out.per_kind;
}

static void sink_release(struct kr_sink *s)
{
	kr_free(s->diag);
	kr_free(s->run_key);
	kr_load_release(&s->ld);
}

static void histories_begin(struct hist_state *hs, karier_dataset *ds, const karier_policy *p, const char *dir, bool threads,
                            unsigned want)
{
	/* the files by size, the largest first (ties in file order); the second thread begins with the
	 * largest while this one reads pegawai.csv, then each thread claims the next file when it is
	 * free (claim): neither waits while the other still has a file to begin */
	int64_t size[H_COUNT];
	for (int h = 0; h < H_COUNT; h++) {
		size[h] = (want >> h) & 1u ? size_of(dir, hist_file[h]) : -1;
		int at = h;
		for (; at > 0 && size[hs->order[at - 1]] < size[h]; at--)
			hs->order[at] = hs->order[at - 1];
		hs->order[at] = h;
	}
	unsigned early = threads && want ? 1u << hs->order[0] : 0;
	if (early && !kr_gate_init(&hs->gate))
		early = 0; /* no lock to be had: one thread reads them all */
	hs->want = want;
	hs->pegawai_read = false;
	hs->offered = 0;
	hs->unclaimed = early ? want & ~early : 0;
	for (int h = 0; h < H_COUNT; h++) { /* with threads every file into a pool of its own (read_histories) */
		sink_init(&hs->sink[h], ds, early != 0);
		hs->sink[h].defer = (early >> h) & 1;
	}
	/* room for the records the files' sizes suggest (a history row of 24 bytes and more), so that a
	 * large dataset is not copied as its records double (pages never written are never resident:
	 * an estimate too high costs address space only); with threads, each file's records are
	 * written where the cohort keeps them, in its region of that room, so that the merge moves
	 * none; a file that passes its region goes on in a block of its own, copied at the merge.
	 * Room that cannot be had is not an error: the records then grow as they come. */
	uint64_t sum = 0;
	for (int h = 0; h < H_COUNT; h++) {
		hs->region_base[h] = (uint32_t)sum;
		uint64_t cap = size[h] > 0 ? (uint64_t)size[h] / 24 : 0; /* the sizes found above (-1: not read) */
		hs->region_cap[h] = (uint32_t)(cap < UINT32_MAX / 8 ? cap : UINT32_MAX / 8);
		sum += hs->region_cap[h];
	}
	hs->regions = sum > 0 && sum <= UINT32_MAX / 2 && karier_cohort_reserve(ds->co, 0, (int64_t)sum) == KARIER_OK && early;
	karier_clear_error();
	for (int h = 0; hs->regions && h < H_COUNT; h++)
		if (hs->region_cap[h])
			kr_load_region(&hs->sink[h].ld, hs->region_base[h], hs->region_cap[h]);
	hs->early = (struct hist_job){ds, hs->sink, p, dir, early, hs, true};
	hs->task = (struct kr_task){.fn = hist_run, .arg = &hs->early};
	if (early)
		kr_task_start(&hs->task); /* or run at kr_task_join, on this thread */
}

/* A staged file's records given to their employees; false when it must be read again. */
static bool resolve_staged(karier_dataset *ds, struct kr_sink *s, int kind)
{
	if (s->n_diag || s->failed || ds->pegawai_unusable)
		return false;
	const karier_cohort *co = ds->co;
	int32_t *who = kr_malloc((s->n_run ? s->n_run : 1) * sizeof *who), next = 0, n = karier_cohort_count(co);
	bool ok = who != NULL;
	for (uint32_t r = 0; ok && r < s->n_run; r++) { /* runs mostly follow pegawai.csv's order */
		int32_t idx = next;
		if (!(next < n && kr_nip_key(karier_employee_nip(karier_cohort_employee(co, next))) == s->run_key[r]) &&
		    !(kr_nip_index_get(&co->nips, s->run_key[r], &idx) && idx >= 0))
			ok = false; /* not an employee: the ordinary reader says so, or leaves the rows of a bad row out */
		who[r] = idx;
		next = idx + 1;
	}
	ok = ok && kr_load_resolve(&s->ld, kind, who) == KARIER_OK;
	kr_free(who);
	if (ok && kr_load_finish(&s->ld, kind))
		s->failed = true;
	return ok;
}

/* Resolve, one at a time, the staged files that are read and not yet taken by the other thread;
 * with `wait`, first wait until the employees are all read. */
static void take_staged(struct hist_state *hs, bool wait)
{
	for (;;) {
		kr_gate_lock(&hs->gate);
		while (wait && !hs->pegawai_read)
			kr_gate_wait(&hs->gate);
		int h = 0;
		while (h < H_COUNT && !((hs->offered >> h) & 1u))
			h++;
		if (h < H_COUNT)
			hs->offered &= ~(1u << h);
		kr_gate_unlock(&hs->gate);
		if (h == H_COUNT)
			return;
		hs->ok[h] = resolve_staged(hs->early.ds, &hs->sink[h], hist_kind[h]);
	}
}

/* The next file no thread reads yet, the largest first, now this thread's; H_COUNT when none is
 * left.  A file the second thread claims before the employees are all there is staged. */
static int claim(struct hist_state *hs, bool second)
{
	kr_gate_lock(&hs->gate);
	int i = 0;
	while (i < H_COUNT && !((hs->unclaimed >> hs->order[i]) & 1u))
		i++;
	int h = i < H_COUNT ? hs->order[i] : H_COUNT;
	if (h < H_COUNT) {
		hs->unclaimed &= ~(1u << h);
		hs->sink[h].defer = second && !hs->pegawai_read; /* its rows cannot know their employees yet */
	}
	kr_gate_unlock(&hs->gate);
	return h;
}

static void read_one(struct hist_job *j, int h)
{
	kr_load_begin(&j->sink[h].ld);
	hist_read[h](j->ds, &j->sink[h], j->p, j->dir);
	if (j->state && j->sink[h].defer) { /* offered to whichever thread is free first */
		kr_gate_lock(&j->state->gate);
		j->state->offered |= 1u << h;
		kr_gate_unlock(&j->state->gate);
	}
}

static void hist_run(void *arg)
{
	struct hist_job *j = arg;
	for (int h = 0; h < H_COUNT; h++)
		if (j->mask & (1u << h))
			read_one(j, h);
	if (!j->state)
		return;
	for (int h; (h = claim(j->state, j->second)) < H_COUNT;)
		read_one(j, h);
	if (j->second) /* the staged files the other thread has not taken */
		take_staged(j->state, true);
}

static void read_histories(struct hist_state *hs, karier_dataset *ds, const karier_policy *p, const char *dir)
{
	struct kr_sink *sink = hs->sink;
	unsigned early = hs->early.mask;
	if (early) { /* the employees are read: a staged file can be resolved, by either thread */
		kr_gate_lock(&hs->gate);
		hs->pegawai_read = true;
		kr_gate_wake(&hs->gate);
		kr_gate_unlock(&hs->gate);
	}
	/* without threads every file in order; with them, those this thread claims */
	struct hist_job here = {ds, sink, p, dir, early ? 0 : hs->want, early ? hs : NULL, false};
	hist_run(&here);
	if (early) {
		take_staged(hs, false); /* those the second thread has not taken (it takes them after its files) */
		kr_task_join(&hs->task); /* which resolves the staged files not taken here */
		kr_gate_free(&hs->gate);
	}
	for (int h = 0; h < H_COUNT; h++)
		if (sink[h].defer && !hs->ok[h]) { /* a staged file that could not be resolved */
			sink_release(&sink[h]); /* read again, the ordinary way, into a pool of its own */
			sink_init(&sink[h], ds, true);
			if (hs->regions && hs->region_cap[h]) /* its region again */
				kr_load_region(&sink[h].ld, hs->region_base[h], hs->region_cap[h]);
			ds->skipped[hist_file[h]] = 0;
			struct hist_job again = {ds, sink, p, dir, 1u << h, NULL, false};
			hist_run(&again);
		}
	drop_scaffolding(ds); /* before the merge, which needs room */
	for (int h = 0; h < H_COUNT; h++)
		merge_diagnostics(ds, &sink[h]);
	/* with threads every file was read into a pool of its own: first the files still in their
	 * regions of the cohort's records, merged where they are; then, of the others (a file that
	 * outgrew its region, or every file when there was no room for regions), the one of most
	 * records, which becomes the cohort's array when the cohort holds no record yet (the largest
	 * file is not written to fresh memory twice), and the rest copied after them */
	if (early) {
		for (int h = 0; h < H_COUNT; h++)
			if (sink[h].ld.region && kr_load_merge(&sink[h].ld, hist_kind[h]))
				ds->out.failed = true;
		int most = 0;
		for (int h = 1; h < H_COUNT; h++)
			if (sink[h].ld.own.n_rec > sink[most].ld.own.n_rec)
				most = h;
		if (kr_load_merge(&sink[most].ld, hist_kind[most]))
			ds->out.failed = true;
		for (int h = 0; h < H_COUNT; h++)
			if (h != most && kr_load_merge(&sink[h].ld, hist_kind[h]))
				ds->out.failed = true;
	}
	for (int h = 0; h < H_COUNT; h++)
		sink_release(&sink[h]);
}

void karier_dataset_free(karier_dataset *ds)
{
	if (!ds)
		return;
	for (int32_t i = 0; i < ds->n_pos; i++)
		karier_position_free(ds->pos[i]);
	karier_cohort_free(ds->co);
	free_kept(ds);
	karier_pola_free(ds->pola);
	drop_scaffolding(ds);
	kr_free(ds->pos);
	kr_free(ds->pos_sorted);
	kr_free(ds->out.diag);
	karier_catalog_free(ds->cat);
	kr_free(ds);
}

int karier_dataset_load(karier_dataset **out, const char *dir, const karier_policy *policy, int32_t flags)
{
	return karier_dataset_load_columns(out, dir, policy, flags, NULL, 0);
}

int karier_dataset_load_columns(karier_dataset **out, const char *dir, const karier_policy *policy, int32_t flags,
                                const char *const *columns, int32_t ncolumns)
{
	const char *fn = ncolumns ? "karier_dataset_load_columns" : "karier_dataset_load";
	if (!out)
		return kr_null(fn, "out");
	if (!dir)
		return kr_null(fn, "dir");
	if (flags & ~(KARIER_DATASET_SKIP_BAD_ROWS | KARIER_DATASET_THREADS | KARIER_DATASET_NO_KOMPETENSI |
	              KARIER_DATASET_NO_PELATIHAN))
		return kr_fail(KARIER_EINVAL, "%s: flags 0x%x has unknown bits", fn, (unsigned)flags);
	if (ncolumns < 0 || ncolumns > KARIER_DATASET_MAX_COLUMNS)
		return kr_fail(KARIER_EINVAL, "%s: %d columns to keep (0 to %d)", fn, ncolumns, KARIER_DATASET_MAX_COLUMNS);
	if (ncolumns && !columns)
		return kr_null(fn, "columns");
	for (int32_t j = 0; j < ncolumns; j++) {
		size_t len = columns[j] ? strlen(columns[j]) : 0;
		if (!columns[j] || len == 0 || len > KARIER_COLUMN_NAME_MAX)
			return kr_fail(KARIER_EINVAL, "%s: columns[%d] must be a name of 1 to %d bytes", fn, j, KARIER_COLUMN_NAME_MAX);
		for (int32_t i = 0; i < j; i++)
			if (strcasecmp(columns[i], columns[j]) == 0)
				return kr_fail(KARIER_EINVAL, "%s: column \"%s\" is named twice", fn, columns[j]);
	}
	char path[4096];
	snprintf(path, sizeof path, "%s/pegawai.csv", dir);
	bool absent;
	FILE *probe = kr_open_regular(path, &absent);
	if (!probe)
		return absent ? kr_fail(KARIER_EIO, "%s: cannot open (the dataset folder needs pegawai.csv)", path) : KARIER_EIO;
	fclose(probe);
	karier_dataset *ds = kr_calloc(1, sizeof *ds);
	if (!ds || karier_catalog_new(&ds->cat) || karier_cohort_new(&ds->co) || karier_pola_new(&ds->pola)) {
		if (ds) {
			karier_catalog_free(ds->cat);
			karier_cohort_free(ds->co);
		}
		kr_free(ds);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	}
	const karier_policy *p = kr_policy_or_default(policy);
	for (int32_t j = 0; j < ncolumns; j++)
		memcpy(ds->extra[j].name, columns[j], strlen(columns[j]) + 1);
	ds->n_extra = ncolumns;
	ds->row_max = kr_csv_row_max(p);
	ds->json_max = kr_json_max(p);
	ds->out.per_file = (int32_t)kr_pol(p, KR_DS_DIAG_PER_FILE);
	ds->out.per_kind = (int32_t)kr_pol(p, KR_DS_DIAG_PER_KIND);
	if (!read_jabatan_json(ds, dir)) {
		read_jabatan(ds, p, dir);
		read_standar(ds, p, dir);
	}
	if (!read_katalog_json(ds, dir))
		read_katalog(ds, p, dir);
	read_pola(ds, p, dir);
	struct hist_state *hs = kr_malloc(sizeof *hs);
	if (!hs) {
		karier_dataset_free(ds);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	}
	unsigned want = ((1u << H_COUNT) - 1) & ~(flags & KARIER_DATASET_NO_KOMPETENSI ? 1u << H_KOMPETENSI : 0) &
	                ~(flags & KARIER_DATASET_NO_PELATIHAN ? 1u << H_PELATIHAN : 0);
	histories_begin(hs, ds, p, dir, flags & KARIER_DATASET_THREADS, want);
	read_pegawai(ds, p, dir);
	read_histories(hs, ds, p, dir);
	kr_free(hs);
	if (ds->out.failed) {
		karier_dataset_free(ds);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	}
	if (ds->out.n_err && !(flags & KARIER_DATASET_SKIP_BAD_ROWS)) {
		drop_data(ds);
		*out = ds;
		const struct kr_diag *d = NULL;
		for (int32_t i = 0; i < ds->out.n_diag && !d; i++)
			if (ds->out.diag[i].severity == KARIER_DIAG_ERROR)
				d = &ds->out.diag[i];
		return kr_fail(KARIER_EFORMAT, "%s: %d error(s); first: %s:%lld:%lld: %s", dir, ds->out.n_err, d->file, (long long)d->line, (long long)d->column,
		               d->message);
	}
	*out = ds;
	return KARIER_OK;
}

int32_t karier_dataset_diagnostic_count(const karier_dataset *ds) { return ds ? ds->out.n_diag : 0; }
int32_t karier_dataset_error_count(const karier_dataset *ds) { return ds ? ds->out.n_err : 0; }

int karier_dataset_diagnostic_get(int32_t *out_severity, const char **out_file, int64_t *out_line, int64_t *out_column,
                                  const char **out_column_name, const char **out_value, const char **out_message,
                                  const karier_dataset *ds, int32_t i)
{
	if (!ds)
		return kr_null("karier_dataset_diagnostic_get", "dataset");
	if (i < 0 || i >= ds->out.n_diag)
		return kr_fail(KARIER_ENOTFOUND, "diagnostic: index %d is outside 0..%d", i, ds->out.n_diag - 1);
	const struct kr_diag *d = &ds->out.diag[i];
	if (out_severity)
		*out_severity = d->severity;
	if (out_file)
		*out_file = d->file;
	if (out_line)
		*out_line = d->line;
	if (out_column)
		*out_column = d->column;
	if (out_column_name)
		*out_column_name = d->column_name;
	if (out_value)
		*out_value = d->value;
	if (out_message)
		*out_message = d->message;
	return KARIER_OK;
}

int karier_dataset_diagnostic_text(const char **out_code, const char **out_message, const karier_dataset *ds, int32_t i,
                                   int32_t lang)
{
	if (!ds)
		return kr_null("karier_dataset_diagnostic_text", "dataset");
	if (i < 0 || i >= ds->out.n_diag)
		return kr_fail(KARIER_ENOTFOUND, "diagnostic: index %d is outside 0..%d", i, ds->out.n_diag - 1);
	if (lang != KARIER_LANG_ID && lang != KARIER_LANG_EN)
		return kr_fail(KARIER_EINVAL, "lang: %d is not a karier_lang", lang);
	const struct kr_diag *d = &ds->out.diag[i];
	if (out_code)
		*out_code = diag_kinds[d->kind].code;
	if (out_message)
		*out_message = lang == KARIER_LANG_ID ? d->message_id : d->message;
	return KARIER_OK;
}

int karier_dataset_employee_find(int32_t *out_index, const karier_dataset *ds, const char *nip)
{
	if (!ds) {
		if (out_index)
			*out_index = -1;
		return kr_null("karier_dataset_employee_find", "dataset");
	}
	return karier_cohort_find(out_index, ds->co, nip);
}

int32_t karier_dataset_employee_count(const karier_dataset *ds) { return ds ? karier_cohort_count(ds->co) : 0; }

const karier_pola *karier_dataset_pola(const karier_dataset *ds) { return ds ? ds->pola : NULL; }
int32_t karier_dataset_pola_is_default(const karier_dataset *ds) { return ds && ds->pola_default; }

const char *karier_dataset_employee_column(const karier_dataset *ds, int32_t index, const char *column)
{
	if (!ds || !column || index < 0 || index >= karier_cohort_count(ds->co))
		return NULL;
	for (int32_t j = 0; j < ds->n_extra; j++)
		if (strcasecmp(ds->extra[j].name, column) == 0)
			return index < ds->extra[j].n ? ds->extra[j].text + ds->extra[j].off[index] : NULL;
	return NULL;
}

const karier_employee *karier_dataset_employee(const karier_dataset *ds, int32_t i)
{
	return ds ? karier_cohort_employee(ds->co, i) : NULL;
}

const karier_position *karier_dataset_employee_position(const karier_dataset *ds, int32_t i)
{
	return ds ? karier_cohort_position(ds->co, i) : NULL;
}

const karier_cohort *karier_dataset_cohort(const karier_dataset *ds) { return ds ? ds->co : NULL; }

int32_t karier_dataset_position_count(const karier_dataset *ds) { return ds ? ds->n_pos : 0; }

const karier_position *karier_dataset_position(const karier_dataset *ds, int32_t i)
{
	return ds && i >= 0 && i < ds->n_pos ? ds->pos[i] : NULL;
}

const karier_position *karier_dataset_position_find(const karier_dataset *ds, const char *code)
{
	return ds && code ? find_position(ds, code) : NULL;
}

const karier_catalog *karier_dataset_catalog(const karier_dataset *ds) { return ds ? ds->cat : NULL; }

const char *karier_dataset_file_name(int32_t index) { return index >= 0 && index < F_COUNT ? file_names[index] : NULL; }

int64_t karier_dataset_skipped_rows(const karier_dataset *ds, const char *name)
{
	if (!ds || !name)
		return 0;
	for (int i = 0; i < F_COUNT; i++)
		if (strcmp(name, file_names[i]) == 0)
			return ds->skipped[i];
	return 0;
}

int32_t karier_dataset_has_file(const karier_dataset *ds, const char *name)
{
	if (!ds || !name)
		return 0;
	for (int i = 0; i < F_COUNT; i++)
		if (strcmp(name, file_names[i]) == 0)
			return (ds->out.files >> i) & 1;
	return 0;
}
