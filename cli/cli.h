/*
 * cli.h - what the karier command's files share: the options, the run, the
 * exit codes and the helpers every command uses.  Public libkarier API only.
 * SPDX-License-Identifier: MIT
 */
#ifndef KARIER_CLI_H
#define KARIER_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <karier.h>

#include "out.h"
#include "writer.h"

#define EXIT_INPUT 2
#define EXIT_INTERNAL 1
#define EXIT_SKIPPED 3 /* computed, with --skip-bad-rows, from a dataset some of whose rows were left out */

struct opts {
	const char *cmd, *dir, *policy_file, *position, *output;
	const char *plan; /* evaluasi: the earlier run's JSON lines */
	const char *nip;  /* rencana --nip */
	int32_t years;    /* rencana --years */
	const char *by[14]; /* audit --by: built-in groupings and pegawai.csv columns */
	int nby;
	int32_t date, year, lang, threads;
	int64_t budget_idr, budget_jp;
	enum format fmt;
	bool fmt_given, skip_bad_rows, csv_id, dialect_given, failed_checks;
};


struct run {
	struct opts o;
	karier_policy *policy;
	karier_dataset *ds;
	FILE *out;
	struct writer w; /* the output format, over out */
	bool progress;
	int64_t skipped; /* data rows left out by --skip-bad-rows */
	bool keep_output; /* the output is whole though the status is not 0 (validate's diagnostics) */
};

/* ---- rows.c ---- */
/* Where the record function of a long list puts a record: its cells and/or its JSON text, as the
 * format asks (rec_cells, rec_json). */
struct rec {
	struct writer *w;
	struct sbuf *b; /* the record's text goes here; NULL: straight to the writer */
};
static inline bool rec_cells(const struct rec *x) { return x->w->fmt->cells; }
static inline bool rec_json(const struct rec *x) { return x->w->fmt->json; }
void rec_put(struct rec *x, const char *const *cells, const char *json_text);
/* Make the record of item k (0..count-1) and rec_put it; 0, or an exit status after a library call
 * failed (karier_last_error() on the calling thread says why).  Called from several threads at once
 * when the format streams: it only reads what it shares. */
typedef int (*row_fn)(void *ctx, struct rec *x, int32_t k);
/* The records of the open list in order, made on r->o.threads threads when writer_streams (the bytes
 * are the same on any count), with progress as `what`.  0, or the status of the first record that
 * failed after saying why on standard error (the records before it are written, none after). */
int rows_run(struct run *r, const char *what, int32_t count, row_fn fn, void *ctx);

/* ---- options.c ---- */
/* Parse the command line: 0 to run, a negative number when --help or
 * --version answered, else the exit status of a usage error (printed). */
int parse_args(struct opts *o, int argc, char **argv);

/* ---- common.c ---- */
void must(int status);
void progress(const struct run *r, const char *what, int32_t i, int32_t n);
const char *code_or(int32_t type, int32_t v, const char *none);
/* An employee's golongan as written: a PNS's golongan ruang, a PPPK's from its own list; none when unset. */
const char *golongan_name(const karier_employee *e, const char *none);
/* Diagnostic @i of a dataset, its message in @lang; the strings are the dataset's. */
struct diag {
	const char *file, *column_name, *value, *severity, *code, *message; /* severity: "error" or "warning" */
	int64_t line, column;
};
void diag_at(struct diag *d, const karier_dataset *ds, int32_t i, int32_t lang);
void print_diagnostics(const karier_dataset *ds, int32_t lang);
int load(struct run *r);
const karier_position *position_arg(const struct run *r, int *rc);
const char *method_name(int32_t m);
const char *method_text(int32_t m, int32_t en);
int reason_cell(char *buf, size_t n, const karier_decision *d, int32_t lang, bool all);

/* ---- one file per command ---- */
int cmd_promotion(struct run *r);
int cmd_merit(struct run *r);
int cmd_training(struct run *r);
int cmd_report(struct run *r);
int cmd_validate(struct run *r);
int cmd_policy(struct run *r);
int cmd_audit(struct run *r);
int cmd_evaluasi(struct run *r);
int cmd_rencana(struct run *r);
/* audit --by NAME: the karier_audit_by of a built-in grouping, or 0 for a column of pegawai.csv */
int32_t audit_builtin(const char *name);

#endif
