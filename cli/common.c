/* common.c - helpers the karier commands share: loading, positions, check values and reasons. SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cli.h"


/* A library call whose failure would be a bug or running out of memory (a
 * getter with an index in range, an evaluation of valid data): its status is
 * checked all the same, and a failure ends the command with the library's
 * message and exit status 1 instead of printing a wrong answer. */
void must(int status)
{
	if (status < 0) {
		fprintf(stderr, "karier: internal error: %s\n", karier_last_error());
		exit(EXIT_INTERNAL);
	}
}




void progress(const struct run *r, const char *what, int32_t i, int32_t n)
{
	if (r->progress && (i % 10000 == 0 || i == n))
		fprintf(stderr, "\r%s: %d/%d", what, i, n);
	if (r->progress && i == n)
		fputc('\n', stderr);
}

const char *code_or(int32_t type, int32_t v, const char *none)
{
	const char *s = karier_code_name(type, v);
	return s ? s : none;
}

const char *golongan_name(const karier_employee *e, const char *none)
{
	return code_or(karier_employee_status(e) == KARIER_STATUS_PPPK ? KARIER_CODE_PPPK_GOLONGAN : KARIER_CODE_GOLONGAN,
	               karier_employee_golongan(e), none);
}

/* The dataset's diagnostics on standard error, in the language asked for:
 * file:line:column: error|warning: column "value": message [CODE].  The words
 * error and warning stay as they are (editors and scripts look for them). */
void diag_at(struct diag *d, const karier_dataset *ds, int32_t i, int32_t lang)
{
	int32_t sev;
	must(karier_dataset_diagnostic_get(&sev, &d->file, &d->line, &d->column, &d->column_name, &d->value, NULL, ds, i));
	must(karier_dataset_diagnostic_text(&d->code, &d->message, ds, i, lang));
	d->severity = sev == KARIER_DIAG_ERROR ? "error" : "warning";
}

void print_diagnostics(const karier_dataset *ds, int32_t lang)
{
	for (int32_t i = 0; i < karier_dataset_diagnostic_count(ds); i++) {
		struct diag d;
		diag_at(&d, ds, i, lang);
		fprintf(stderr, "%s:%lld:%lld: %s: ", d.file, (long long)d.line, (long long)d.column, d.severity);
		if (d.column_name[0])
			fprintf(stderr, "%s \"%s\": ", d.column_name, d.value);
		fprintf(stderr, "%s [%s]\n", d.message, d.code);
	}
}

int load(struct run *r)
{
	if (karier_policy_new_default(&r->policy))
		return EXIT_INTERNAL;
	if (r->o.policy_file && karier_policy_load_json(r->policy, r->o.policy_file)) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		return karier_last_error_code() == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	}
	if (!r->o.dir)
		return 0;
	int32_t flags = (r->o.skip_bad_rows ? KARIER_DATASET_SKIP_BAD_ROWS : 0) | (r->o.threads > 1 ? KARIER_DATASET_THREADS : 0);
	if (!strcmp(r->o.cmd, "promotion")) /* kenaikan pangkat never looks at competencies: their file is left unread */
		flags |= KARIER_DATASET_NO_KOMPETENSI;
	if (!strcmp(r->o.cmd, "merit") && !r->o.position) /* merit never looks at training; --position's appointment checks do */
		flags |= KARIER_DATASET_NO_PELATIHAN;
	/* the columns of pegawai.csv an audit groups by, other than the built-in groupings */
	const char *kept[KARIER_DATASET_MAX_COLUMNS];
	int32_t nkept = 0;
	for (int i = 0; i < r->o.nby; i++)
		if (!audit_builtin(r->o.by[i])) {
			if (nkept == KARIER_DATASET_MAX_COLUMNS) {
				fprintf(stderr, "karier: --by: at most %d columns of pegawai.csv\n", KARIER_DATASET_MAX_COLUMNS);
				return EXIT_INPUT;
			}
			kept[nkept++] = r->o.by[i];
		}
	int rc = karier_dataset_load_columns(&r->ds, r->o.dir, r->policy, flags, kept, nkept);
	/* validate --format csv|jsonl writes the diagnostics as its output, errors or not */
	bool as_output = !strcmp(r->o.cmd, "validate") && r->o.fmt != FMT_TABLE;
	if ((rc == KARIER_OK || rc == KARIER_EFORMAT) && !as_output)
		print_diagnostics(r->ds, r->o.lang);
	if (rc == KARIER_EFORMAT && as_output)
		return 0;
	if (rc == KARIER_EFORMAT) {
		fprintf(stderr,
		        r->o.lang == KARIER_LANG_EN
		                ? "karier: %s: %d error(s); nothing computed (--skip-bad-rows computes from the other rows)\n"
		                : "karier: %s: %d galat; tidak ada yang dihitung (--skip-bad-rows menghitung dari baris lainnya)\n",
		        r->o.dir, karier_dataset_error_count(r->ds));
		return EXIT_INPUT;
	}
	if (rc) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		return rc == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	}
	/* what --skip-bad-rows left out, per file: the answers do not cover these rows */
	const char *name;
	for (int32_t i = 0; (name = karier_dataset_file_name(i)) != NULL; i++) {
		int64_t n = karier_dataset_skipped_rows(r->ds, name);
		if (n)
			fprintf(stderr, "%s %s %lld",
			        r->skipped                        ? ","
			        : r->o.lang == KARIER_LANG_EN ? "karier: rows left out (--skip-bad-rows):"
			                                        : "karier: baris yang ditinggalkan (--skip-bad-rows):",
			        name, (long long)n);
		r->skipped += n;
	}
	if (r->skipped)
		fprintf(stderr, r->o.lang == KARIER_LANG_EN ? "; the results do not cover them (exit status 3)\n"
		                                            : "; hasilnya tidak mencakup baris itu (status keluar 3)\n");
	return 0;
}

const karier_position *position_arg(const struct run *r, int *rc)
{
	*rc = 0;
	if (!r->o.position)
		return NULL;
	const karier_position *p = karier_dataset_position_find(r->ds, r->o.position);
	if (!p) {
		fprintf(stderr, "karier: --position: \"%s\" is not a jabatan in %s/jabatan.csv\n", r->o.position, r->o.dir);
		*rc = EXIT_INPUT;
	}
	return p;
}


/* How an allocation was chosen: the JSON lines' word and the text's phrase. */
const char *method_name(int32_t m)
{
	return m == KARIER_ALLOCATION_EXACT ? "eksak" : m == KARIER_ALLOCATION_SEARCH_LIMIT ? "batas_pencarian" : "pendekatan";
}

const char *method_text(int32_t m, int32_t en)
{
	if (m == KARIER_ALLOCATION_EXACT)
		return en ? "optimal, proven by branch and bound" : "optimal, dibuktikan dengan branch and bound";
	if (m == KARIER_ALLOCATION_SEARCH_LIMIT)
		return en ? "best found before the search limit" : "terbaik yang ditemukan sebelum batas pencarian";
	return en ? "greedy by density (too many items to search)" : "serakah menurut densitas (terlalu banyak butir untuk dicari)";
}

/* The reasons shown in a cell: the library's decisive reason, or (`all`) every reason of the
 * employee's own route (karier_decision_reasons_text), as every surface gives them.  The length the
 * whole text needs, as snprintf: a caller whose buffer was too small asks again with room. */
int reason_cell(char *buf, size_t n, const karier_decision *d, int32_t lang, bool all)
{
	buf[0] = '\0';
	int32_t r = all ? 0 : karier_decision_reason(d);
	int len = all ? karier_decision_reasons_text(buf, n, d, lang) : r >= 0 ? karier_decision_check_message(buf, n, d, r, lang) : 0;
	must(len);
	return len;
}
