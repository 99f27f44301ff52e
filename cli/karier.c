/*
 * karier - career-management rules for Indonesian civil servants, over a
 * dataset folder.  Uses the public libkarier API only.
 *
 *   karier promotion|merit|training|report|validate DIR [options]
 *   karier policy [--policy FILE]
 *
 * Exit status: 0 success, 2 bad input or usage, 1 internal failure.
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L /* localtime_r, isatty */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <karier.h>

#include "out.h"

#define EXIT_INPUT 2
#define EXIT_INTERNAL 1

/* A library call whose failure would be a bug or running out of memory (a
 * getter with an index in range, an evaluation of valid data): its status is
 * checked all the same, and a failure ends the command with the library's
 * message and exit status 1 instead of printing a wrong answer. */
static void must(int status)
{
	if (status < 0) {
		fprintf(stderr, "karier: internal error: %s\n", karier_last_error());
		exit(EXIT_INTERNAL);
	}
}

struct opts {
	const char *cmd, *dir, *policy_file, *position, *output;
	int32_t date, year, lang, threads;
	int64_t budget_idr, budget_jp;
	enum format fmt;
	bool fmt_given, skip_bad_rows;
};

static const char *const usage_text =
	"usage: karier COMMAND [DIR] [options]\n"
	"\n"
	"commands:\n"
	"  promotion DIR   who may rise in rank on the first period date on or after --date, and why not\n"
	"  merit DIR       merit score and 9-box of everyone, or the shortlist for --position\n"
	"  training DIR    competency gaps and training plans; with a budget, what to fund\n"
	"  report DIR      the overview an HR office reads: promotions, shortlist, 9-box, JP, training\n"
	"  validate DIR    check the dataset and report every problem with file:line:column\n"
	"  policy          print the effective policy as JSON (loads back to the same policy)\n"
	"\n"
	"options:\n"
	"  --date YYYY-MM-DD    evaluation date (default: today)\n"
	"  --position CODE      target jabatan (merit shortlist; training career target; report vacancy)\n"
	"  --budget-idr N       training budget in rupiah\n"
	"  --budget-jp N        training budget in JP\n"
	"  --year Y             year of the JP ledger (default: the year of --date)\n"
	"  --policy FILE        policy JSON applied over the national default\n"
	"  --format table|csv|jsonl   output format (default table; jsonl follows the output contract)\n"
	"  --lang id|en         language of messages (default id)\n"
	"  --output FILE        write to FILE instead of standard output\n"
	"  --skip-bad-rows      compute from the rows without errors instead of stopping\n"
	"  --threads N          threads for reading the dataset and for report (default: the processors\n"
	"                       online; the output is the same)\n"
	"  --help               this text, or `karier COMMAND --help` for one command\n";

static const char *help_for(const char *cmd)
{
	if (!strcmp(cmd, "promotion"))
		return "usage: karier promotion DIR [--date D] [--format F] [--lang L] [--output FILE] [--policy FILE]\n"
		       "Evaluates kenaikan pangkat of every employee on the first period date on or after D:\n"
		       "eligible or not, the kind and new golongan, the earliest date, and every rule checked.\n";
	if (!strcmp(cmd, "merit"))
		return "usage: karier merit DIR [--position CODE] [--date D] [--format F] [--lang L] [--output FILE]\n"
		       "Merit score (kualifikasi, kompetensi, potensi, kinerja, integritas) and 9-box of everyone;\n"
		       "with --position, the shortlist for that jabatan in rank order.\n";
	if (!strcmp(cmd, "training"))
		return "usage: karier training DIR [--position CODE] [--budget-idr N] [--budget-jp N] [--year Y] [--date D]\n"
		       "Gaps against the current (or --position) jabatan, the cheapest courses, the JP ledger;\n"
		       "with a budget, which courses to fund and a summary line with a proven upper bound.\n";
	if (!strcmp(cmd, "report"))
		return "usage: karier report DIR [--date D] [--position CODE] [--budget-idr N] [--budget-jp N] [--threads N] [--lang L]\n"
		       "Promotions at the next period, the shortlist for a vacancy, 9-box counts, those under the\n"
		       "20 JP minimum, and the training plan under a budget.\n";
	if (!strcmp(cmd, "validate"))
		return "usage: karier validate DIR [--policy FILE] [--lang L]\n"
		       "Reads the dataset and prints every problem as FILE:LINE:COLUMN; exit status 2 if any is an error.\n";
	if (!strcmp(cmd, "policy"))
		return "usage: karier policy [--policy FILE] [--output FILE]\n"
		       "Prints the effective policy (the national default, or FILE over it) as JSON.\n";
	return usage_text;
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "karier: ");
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n(karier --help lists the commands and options)\n");
	return EXIT_INPUT;
}

static bool parse_i64(const char *s, int64_t *out)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || *end || end == s || v < 0)
		return false;
	*out = v;
	return true;
}

static int32_t today(void)
{
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

static int parse_args(struct opts *o, int argc, char **argv)
{
	memset(o, 0, sizeof *o);
	o->budget_idr = o->budget_jp = KARIER_NO_LIMIT;
	if (argc < 2)
		return usage_error("%s", "no command given");
	o->cmd = argv[1];
	static const char *const cmds[] = {"promotion", "merit", "training", "report", "validate", "policy"};
	bool known = false;
	for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++)
		known |= !strcmp(o->cmd, cmds[i]);
	if (!strcmp(o->cmd, "--help") || !strcmp(o->cmd, "-h")) {
		fputs(usage_text, stdout);
		return -1;
	}
	if (!known)
		return usage_error("unknown command \"%s\"", o->cmd);
	for (int i = 2; i < argc; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define VALUE()                                                                                    \
	do {                                                                                       \
		if (!v)                                                                            \
			return usage_error("option %s needs a value", a);                          \
		i++;                                                                               \
	} while (0)
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(help_for(o->cmd), stdout);
			return -1;
		} else if (!strcmp(a, "--date")) {
			VALUE();
			if (karier_date_parse(&o->date, v))
				return usage_error("--date: %s", karier_last_error());
		} else if (!strcmp(a, "--year")) {
			VALUE();
			int64_t y;
			if (!parse_i64(v, &y) || y < 1900 || y > 2199)
				return usage_error("--year: \"%s\" is not a year 1900..2199", v);
			o->year = (int32_t)y;
		} else if (!strcmp(a, "--budget-idr")) {
			VALUE();
			if (!parse_i64(v, &o->budget_idr))
				return usage_error("--budget-idr: \"%s\" is not a whole number of rupiah", v);
		} else if (!strcmp(a, "--budget-jp")) {
			VALUE();
			if (!parse_i64(v, &o->budget_jp))
				return usage_error("--budget-jp: \"%s\" is not a whole number of JP", v);
		} else if (!strcmp(a, "--position")) {
			VALUE();
			o->position = v;
		} else if (!strcmp(a, "--policy")) {
			VALUE();
			o->policy_file = v;
		} else if (!strcmp(a, "--output")) {
			VALUE();
			o->output = v;
		} else if (!strcmp(a, "--format")) {
			VALUE();
			o->fmt_given = true;
			if (!strcmp(v, "table"))
				o->fmt = FMT_TABLE;
			else if (!strcmp(v, "csv"))
				o->fmt = FMT_CSV;
			else if (!strcmp(v, "jsonl"))
				o->fmt = FMT_JSONL;
			else
				return usage_error("--format: \"%s\" is not table, csv or jsonl", v);
		} else if (!strcmp(a, "--lang")) {
			VALUE();
			if (!strcmp(v, "id"))
				o->lang = KARIER_LANG_ID;
			else if (!strcmp(v, "en"))
				o->lang = KARIER_LANG_EN;
			else
				return usage_error("--lang: \"%s\" is not id or en", v);
		} else if (!strcmp(a, "--threads")) {
			VALUE();
			int64_t t;
			if (!parse_i64(v, &t) || t < 1 || t > KARIER_BATCH_MAX_THREADS)
				return usage_error("--threads: \"%s\" is not a whole number 1..%d", v, KARIER_BATCH_MAX_THREADS);
			o->threads = (int32_t)t;
		} else if (!strcmp(a, "--skip-bad-rows")) {
			o->skip_bad_rows = true;
		} else if (a[0] == '-') {
			return usage_error("unknown option \"%s\"", a);
		} else if (!o->dir && strcmp(o->cmd, "policy")) {
			o->dir = a;
		} else {
			return usage_error("unexpected argument \"%s\"", a);
		}
#undef VALUE
	}
	if (strcmp(o->cmd, "policy") && !o->dir)
		return usage_error("%s needs the dataset folder", o->cmd);
	if (o->fmt == FMT_CSV && (!strcmp(o->cmd, "report") || !strcmp(o->cmd, "validate") || !strcmp(o->cmd, "policy")))
		return usage_error("%s writes table or jsonl, not csv (promotion, merit and training write csv)", o->cmd);
	if (!o->date)
		o->date = today();
	if (!o->year)
		o->year = o->date / 10000;
	if (!o->threads) {
		long cpus = sysconf(_SC_NPROCESSORS_ONLN);
		o->threads = cpus < 1 ? 1 : cpus > 16 ? 16 : (int32_t)cpus;
	}
	return 0;
}

/* ---- shared pieces ------------------------------------------------------- */

struct run {
	struct opts o;
	karier_policy *policy;
	karier_dataset *ds;
	FILE *out;
	bool progress;
};

static void progress(const struct run *r, const char *what, int32_t i, int32_t n)
{
	if (r->progress && (i % 10000 == 0 || i == n))
		fprintf(stderr, "\r%s: %d/%d", what, i, n);
	if (r->progress && i == n)
		fputc('\n', stderr);
}

static const char *code_or(int32_t type, int32_t v, const char *none)
{
	const char *s = karier_code_name(type, v);
	return s ? s : none;
}

static void print_diagnostics(const karier_dataset *ds)
{
	for (int32_t i = 0; i < karier_dataset_diagnostic_count(ds); i++) {
		int32_t sev, line, col;
		const char *file, *cname, *value, *msg;
		must(karier_dataset_diagnostic_get(&sev, &file, &line, &col, &cname, &value, &msg, ds, i));
		fprintf(stderr, "%s:%d:%d: %s: ", file, line, col, sev == KARIER_DIAG_ERROR ? "error" : "warning");
		if (cname[0])
			fprintf(stderr, "%s \"%s\": ", cname, value);
		fprintf(stderr, "%s\n", msg);
	}
}

static int load(struct run *r)
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
	int rc = karier_dataset_load(&r->ds, r->o.dir, r->policy, flags);
	if (rc == KARIER_OK || rc == KARIER_EFORMAT)
		print_diagnostics(r->ds);
	if (rc == KARIER_EFORMAT) {
		fprintf(stderr, "karier: %s: %d error(s); nothing computed (--skip-bad-rows computes from the other rows)\n",
		        r->o.dir, karier_dataset_error_count(r->ds));
		return EXIT_INPUT;
	}
	if (rc) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		return rc == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	}
	return 0;
}

static const karier_position *position_arg(const struct run *r, int *rc)
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

/* ---- promotion ----------------------------------------------------------- */

static json_t *check_value(const karier_decision *d, int32_t i, int32_t which)
{
	int32_t type;
	int64_t v;
	must(karier_decision_check_value(&type, &v, d, i, which));
	switch (type) {
	case KARIER_VALUE_NONE: return NULL;
	case KARIER_VALUE_INT:
	case KARIER_VALUE_MONTHS:
	case KARIER_VALUE_YEARS: return json_integer(v);
	case KARIER_VALUE_FIXED: return json_fixed(v);
	case KARIER_VALUE_DATE: return json_date((int)v);
	case KARIER_VALUE_BOOL: return json_boolean(v);
	case KARIER_VALUE_GOLONGAN: return v ? json_string(code_or(KARIER_CODE_GOLONGAN, (int32_t)v, "?")) : json_null();
	case KARIER_VALUE_PREDIKAT: return v ? json_string(code_or(KARIER_CODE_PREDIKAT, (int32_t)v, "?")) : json_null();
	case KARIER_VALUE_PENDIDIKAN: return v ? json_string(code_or(KARIER_CODE_PENDIDIKAN, (int32_t)v, "?")) : json_null();
	case KARIER_VALUE_JABATAN: return v ? json_string(code_or(KARIER_CODE_JABATAN, (int32_t)v, "?")) : json_null();
	case KARIER_VALUE_STATUS: return v ? json_string(code_or(KARIER_CODE_STATUS, (int32_t)v, "?")) : json_null();
	case KARIER_VALUE_UJIAN_DINAS: return v ? json_string(code_or(KARIER_CODE_UJIAN_DINAS, (int32_t)v, "?")) : json_null();
	case KARIER_VALUE_PELATIHAN: return v ? json_string(code_or(KARIER_CODE_PELATIHAN, (int32_t)v, "?")) : json_null();
	case KARIER_VALUE_DISIPLIN: return v ? json_string(code_or(KARIER_CODE_DISIPLIN, (int32_t)v, "?")) : json_null();
	case KARIER_VALUE_HUKUMAN: return v ? json_string(code_or(KARIER_CODE_HUKUMAN, (int32_t)v, "?")) : json_null();
	case KARIER_VALUE_GOLONGAN_RANGE: {
		char buf[32];
		snprintf(buf, sizeof buf, "%s-%s", code_or(KARIER_CODE_GOLONGAN, (int32_t)(v / 100), "?"),
		         code_or(KARIER_CODE_GOLONGAN, (int32_t)(v % 100), "?"));
		return json_string(buf);
	}
	default: return json_null();
	}
}

/* How an allocation was chosen: the JSON lines' word and the text's phrase. */
static const char *method_name(int32_t m)
{
	return m == KARIER_ALLOCATION_EXACT ? "eksak" : m == KARIER_ALLOCATION_SEARCH_LIMIT ? "batas_pencarian" : "pendekatan";
}

static const char *method_text(int32_t m, int32_t en)
{
	if (m == KARIER_ALLOCATION_EXACT)
		return en ? "optimal, proven by branch and bound" : "optimal, dibuktikan dengan branch and bound";
	if (m == KARIER_ALLOCATION_SEARCH_LIMIT)
		return en ? "best found before the search limit" : "terbaik yang ditemukan sebelum batas pencarian";
	return en ? "greedy by density (too many items to search)" : "serakah menurut densitas (terlalu banyak butir untuk dicari)";
}

static json_t *checks_json(const karier_decision *d, int32_t lang)
{
	json_t *arr = json_array();
	for (int32_t i = 0; i < karier_decision_check_count(d); i++) {
		const char *code, *ref;
		int32_t ok, jenis, wait;
		char msg[512];
		must(karier_decision_check_get(&code, &ok, &jenis, &wait, &ref, d, i));
		must(karier_decision_check_message(msg, sizeof msg, d, i, lang));
		json_t *c = json_object();
		json_object_set_new(c, "code", json_string(code));
		json_object_set_new(c, "ok", json_boolean(ok));
		json_t *req = check_value(d, i, KARIER_CHECK_REQUIRED), *act = check_value(d, i, KARIER_CHECK_ACTUAL);
		if (req)
			json_object_set_new(c, "required", req);
		if (act)
			json_object_set_new(c, "actual", act);
		json_object_set_new(c, "message", json_string(msg));
		json_object_set_new(c, "ref", json_string(ref));
		json_object_set_new(c, "jenis", jenis ? json_string(code_or(KARIER_CODE_KP_JENIS, jenis, "?")) : json_null());
		json_object_set_new(c, "menunggu", json_boolean(wait));
		json_object_set_new(c, "asumsi", json_boolean(karier_decision_check_asumsi(d, i)));
		json_array_append_new(arr, c);
	}
	return arr;
}

/* The kind of kenaikan pangkat that concerns an employee most: their post's pilihan, else reguler. */
static int32_t own_kind(const karier_employee *e)
{
	int32_t k = karier_employee_jabatan(e);
	if (k == KARIER_JAB_FUNGSIONAL_KEAHLIAN || k == KARIER_JAB_FUNGSIONAL_KETERAMPILAN)
		return KARIER_KP_PILIHAN_FUNGSIONAL;
	if (k >= KARIER_JAB_JPT_UTAMA && k <= KARIER_JAB_PENGAWAS)
		return KARIER_KP_PILIHAN_STRUKTURAL;
	return KARIER_KP_REGULER;
}

/* The reasons shown in tables: failing checks of the shared rules and of the
 * employee's own kind; when no date can be given, those waiting cannot fix
 * come first.  `all` joins every reason, else only the first. */
static void first_reason(char *buf, size_t n, const karier_decision *d, const karier_employee *e, int32_t lang, bool all)
{
	size_t used = 0;
	buf[0] = '\0';
	if (!all) { /* the library's decisive reason, as every surface gives it */
		int32_t r = karier_decision_reason(d);
		if (r >= 0)
			must(karier_decision_check_message(buf, n, d, r, lang));
		return;
	}
	int32_t kind = e ? own_kind(e) : -1;
	bool dated = karier_decision_tanggal_paling_awal(d) != 0;
	for (int pass = 0; pass < 3; pass++) {
		for (int32_t i = 0; i < karier_decision_check_count(d); i++) {
			int32_t ok, jenis, wait;
			char msg[512];
			must(karier_decision_check_get(NULL, &ok, &jenis, &wait, NULL, d, i));
			bool mine = kind < 0 || jenis == 0 || jenis == kind;
			/* pass 0: mine and of the decisive sort; pass 1: mine; pass 2: any */
			if (ok || (pass < 2 && !mine) || (pass == 0 && (bool)wait == !dated) || (pass == 1 && (bool)wait != !dated))
				continue;
			must(karier_decision_check_message(msg, sizeof msg, d, i, lang));
			int w = snprintf(buf + used, n - used, "%s%s", used ? "; " : "", msg);
			if (w < 0 || (size_t)w >= n - used)
				return;
			used += (size_t)w;
			if (!all)
				return;
		}
		if (used && pass >= 1)
			return;
	}
}

static int cmd_promotion(struct run *r)
{
	const struct opts *o = &r->o;
	static const char *head_id[] = {"NIP", "Nama", "Golongan", "Layak", "Jenis", "Golongan baru", "Tanggal", "Paling awal", "Alasan"};
	static const char *head_en[] = {"NIP", "Name", "Golongan", "Eligible", "Kind", "New golongan", "Date", "Earliest", "Reason"};
	struct table t;
	table_init(&t, 9, o->lang == KARIER_LANG_EN ? head_en : head_id);
	int32_t n = karier_dataset_employee_count(r->ds);
	for (int32_t i = 0; i < n; i++) {
		const karier_employee *e = karier_dataset_employee(r->ds, i);
		karier_decision *d = NULL;
		if (karier_promotion_evaluate(&d, r->policy, e, karier_dataset_employee_position(r->ds, i), o->date)) {
			fprintf(stderr, "karier: %s\n", karier_last_error());
			table_free(&t);
			return karier_last_error_code() == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
		}
		int32_t st = karier_employee_status(e), gol = karier_employee_golongan(e);
		const char *golname = st == KARIER_STATUS_PPPK ? code_or(KARIER_CODE_PPPK_GOLONGAN, gol, "")
		                                               : code_or(KARIER_CODE_GOLONGAN, gol, "");
		int32_t jenis = karier_decision_jenis(d), baru = karier_decision_golongan_baru(d);
		if (o->fmt == FMT_JSONL) {
			json_t *j = json_object();
			json_object_set_new(j, "nip", json_string(karier_employee_nip(e)));
			json_object_set_new(j, "nama", json_string(karier_employee_nama(e)));
			json_object_set_new(j, "golongan", gol ? json_string(golname) : json_null());
			json_object_set_new(j, "eligible", json_boolean(karier_decision_eligible(d)));
			json_object_set_new(j, "jenis", jenis ? json_string(code_or(KARIER_CODE_KP_JENIS, jenis, "?")) : json_null());
			json_object_set_new(j, "golongan_baru", baru ? json_string(code_or(KARIER_CODE_GOLONGAN, baru, "?")) : json_null());
			json_object_set_new(j, "tanggal", json_date(karier_decision_tanggal(d)));
			json_object_set_new(j, "tanggal_paling_awal", json_date(karier_decision_tanggal_paling_awal(d)));
			json_object_set_new(j, "tanggal_pensiun", json_date(karier_decision_tanggal_pensiun(d)));
			json_object_set_new(j, "checks", checks_json(d, o->lang));
			jsonl_write(r->out, j);
		} else {
			char tanggal[16] = "", awal[16] = "", reason[2048];
			must(karier_date_format(tanggal, sizeof tanggal, karier_decision_tanggal(d)));
			if (karier_decision_tanggal_paling_awal(d))
				must(karier_date_format(awal, sizeof awal, karier_decision_tanggal_paling_awal(d)));
			else
				snprintf(awal, sizeof awal, "-");
			first_reason(reason, sizeof reason, d, e, o->lang, o->fmt == FMT_CSV);
			const char *row[9] = {karier_employee_nip(e), karier_employee_nama(e), golname,
			                      karier_decision_eligible(d) ? (o->lang ? "yes" : "ya") : (o->lang ? "no" : "tidak"),
			                      jenis ? code_or(KARIER_CODE_KP_JENIS, jenis, "") : "-",
			                      baru ? code_or(KARIER_CODE_GOLONGAN, baru, "") : "-", tanggal, awal,
			                      karier_decision_eligible(d) ? "" : reason};
			table_add(&t, row);
		}
		karier_decision_free(d);
		progress(r, "promotion", i + 1, n);
	}
	if (o->fmt != FMT_JSONL)
		table_write(r->out, &t, o->fmt);
	table_free(&t);
	return 0;
}

/* ---- merit --------------------------------------------------------------- */

static const char *const comp_names[6] = {"", "kualifikasi", "kompetensi", "potensi", "kinerja", "integritas"};
static const char *const kin_axis[4] = {NULL, "bawah", "sesuai", "atas"};
static const char *const pot_axis[4] = {NULL, "rendah", "menengah", "tinggi"};

static json_t *merit_json(const karier_employee *e, const karier_merit *m, int32_t rank)
{
	json_t *j = json_object(), *komp = json_object(), *missing = json_array();
	json_object_set_new(j, "nip", json_string(karier_employee_nip(e)));
	json_object_set_new(j, "nama", json_string(karier_employee_nama(e)));
	json_object_set_new(j, "skor", json_fixed(karier_merit_score(m)));
	for (int c = 1; c <= KARIER_MERIT_COMPONENT_COUNT; c++) {
		int32_t v;
		must(karier_merit_component_get(&v, NULL, NULL, NULL, m, c));
		json_object_set_new(komp, comp_names[c], v < 0 ? json_null() : json_fixed(v));
		if (v < 0)
			json_array_append_new(missing, json_string(comp_names[c]));
	}
	json_object_set_new(j, "komponen", komp);
	json_object_set_new(j, "tidak_ada", missing);
	int32_t box = karier_merit_box(m), k = karier_merit_kinerja_axis(m), p = karier_merit_potensi_axis(m);
	json_object_set_new(j, "kotak", box ? json_integer(box) : json_null());
	json_object_set_new(j, "kinerja_sumbu", k ? json_string(kin_axis[k]) : json_null());
	json_object_set_new(j, "potensi_sumbu", p ? json_string(pot_axis[p]) : json_null());
	json_object_set_new(j, "kelompok_rencana_suksesi", json_boolean(karier_merit_talent_pool(m)));
	static const char *const krs_names[4] = {"kotak", "kompetensi", "kinerja", "disiplin"};
	json_t *unmet = json_array();
	for (int b = 0; b < 4; b++)
		if (karier_merit_talent_pool_unmet(m) & (1 << b))
			json_array_append_new(unmet, json_string(krs_names[b]));
	json_object_set_new(j, "krs_tidak_memenuhi", unmet);
	if (rank > 0)
		json_object_set_new(j, "peringkat", json_integer(rank));
	return j;
}

static void merit_row(struct table *t, const karier_employee *e, const karier_merit *m, int32_t rank)
{
	char rk[16], skor[16], comp[5][16], box[8];
	snprintf(rk, sizeof rk, "%d", rank);
	snprintf(skor, sizeof skor, "%d.%02d", karier_merit_score(m) / 100, karier_merit_score(m) % 100);
	for (int c = 1; c <= 5; c++) {
		int32_t v;
		must(karier_merit_component_get(&v, NULL, NULL, NULL, m, c));
		if (v < 0)
			snprintf(comp[c - 1], sizeof comp[c - 1], "-");
		else
			snprintf(comp[c - 1], sizeof comp[c - 1], "%d.%02d", v / 100, v % 100);
	}
	snprintf(box, sizeof box, "%d", karier_merit_box(m));
	const char *row[11] = {rank > 0 ? rk : "", karier_employee_nip(e), karier_employee_nama(e), skor, comp[0], comp[1],
	                       comp[2], comp[3], comp[4], karier_merit_box(m) ? box : "-",
	                       karier_merit_talent_pool(m) ? "KRS" : ""};
	table_add(t, row);
}

static int cmd_merit(struct run *r)
{
	const struct opts *o = &r->o;
	int rc;
	const karier_position *target = position_arg(r, &rc);
	if (rc)
		return rc;
	static const char *head[] = {"#", "NIP", "Nama", "Skor", "Kualifikasi", "Kompetensi", "Potensi", "Kinerja", "Integritas", "Kotak", "KRS"};
	struct table t;
	table_init(&t, 11, head);
	int32_t n = karier_dataset_employee_count(r->ds);
	int32_t *order = malloc(((size_t)n + 1) * sizeof *order), *eligible = malloc(((size_t)n + 1) * sizeof *eligible);
	const karier_employee **emp = malloc(((size_t)n + 1) * sizeof *emp);
	if (!order || !eligible || !emp) {
		free(order);
		free(eligible);
		free(emp);
		table_free(&t);
		return EXIT_INTERNAL;
	}
	int32_t count = n;
	for (int32_t i = 0; i < n; i++) {
		emp[i] = karier_dataset_employee(r->ds, i);
		order[i] = i;
	}
	if (target && karier_merit_rank(order, &count, NULL, eligible, r->policy, emp, n, target, o->date, 0)) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		free(order);
		free(eligible);
		free(emp);
		table_free(&t);
		return EXIT_INTERNAL;
	}
	for (int32_t k = 0; k < count; k++) {
		int32_t i = order[k];
		karier_merit *m = NULL;
		if (karier_merit_evaluate(&m, r->policy, emp[i], target ? target : karier_dataset_employee_position(r->ds, i), o->date)) {
			fprintf(stderr, "karier: %s\n", karier_last_error());
			break;
		}
		if (o->fmt == FMT_JSONL) {
			json_t *j = merit_json(emp[i], m, target ? k + 1 : 0);
			if (target) /* ranked: the eligible first; the post's incumbents are not candidates */
				json_object_set_new(j, "layak_diangkat", json_boolean(eligible[k]));
			jsonl_write(r->out, j);
		} else
			merit_row(&t, emp[i], m, target ? k + 1 : 0);
		karier_merit_free(m);
		progress(r, "merit", k + 1, count);
	}
	if (o->fmt != FMT_JSONL)
		table_write(r->out, &t, o->fmt);
	table_free(&t);
	free(order);
	free(eligible);
	free(emp);
	return 0;
}

/* ---- training ------------------------------------------------------------ */

static int cmd_training(struct run *r)
{
	const struct opts *o = &r->o;
	int rc;
	const karier_position *target = position_arg(r, &rc);
	if (rc)
		return rc;
	const karier_catalog *cat = karier_dataset_catalog(r->ds);
	int32_t n = karier_dataset_employee_count(r->ds);
	bool budget = o->budget_idr != KARIER_NO_LIMIT || o->budget_jp != KARIER_NO_LIMIT;
	karier_allocation *alloc = NULL;
	const karier_employee **emp = malloc(((size_t)n + 1) * sizeof *emp);
	const karier_position **pos = malloc(((size_t)n + 1) * sizeof *pos);
	int32_t *first_item = malloc(((size_t)n + 2) * sizeof *first_item);
	if (!emp || !pos || !first_item) {
		free(emp);
		free(pos);
		free(first_item);
		return EXIT_INTERNAL;
	}
	for (int32_t i = 0; i < n; i++) {
		emp[i] = karier_dataset_employee(r->ds, i);
		pos[i] = target ? target : karier_dataset_employee_position(r->ds, i);
	}
	if (budget && karier_allocate(&alloc, r->policy, emp, pos, n, cat, o->budget_idr, o->budget_jp, o->year)) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		free(emp);
		free(pos);
		free(first_item);
		return EXIT_INTERNAL;
	}
	/* where each employee's items start in the allocation */
	int32_t items = alloc ? karier_allocation_item_count(alloc) : 0, it = 0;
	for (int32_t i = 0; i <= n; i++) {
		int32_t who = -1;
		while (it < items && (karier_allocation_item_get(&who, NULL, NULL, NULL, NULL, NULL, NULL, alloc, it), who < i))
			it++;
		first_item[i] = it;
	}
	static const char *head[] = {"NIP", "Nama", "Jabatan", "JPM", "Kategori", "Kesenjangan", "Rencana", "Biaya", "JP tahun", "Di bawah minimum", "Didanai"};
	struct table t;
	table_init(&t, 11, head);
	for (int32_t i = 0; i < n; i++) {
		const karier_employee *e = emp[i];
		int32_t jp, min, max, below, above;
		must(karier_jp_ledger(&jp, &min, &max, &below, &above, r->policy, e, o->year));
		karier_plan *pl = NULL;
		if (pos[i] && karier_plan_new(&pl, r->policy, e, pos[i], cat)) {
			fprintf(stderr, "karier: %s\n", karier_last_error());
			break;
		}
		json_t *j = NULL, *gaps = NULL, *plan = NULL, *open = NULL, *funded = NULL;
		char gap_text[1024] = "", plan_text[1024] = "", funded_text[512] = "";
		size_t gl = 0, pl_len = 0, fl = 0;
		if (o->fmt == FMT_JSONL) {
			j = json_object();
			gaps = json_array();
			plan = json_array();
			open = json_array();
			funded = json_array();
		}
		for (int32_t g = 0; pl && g < karier_plan_gap_count(pl); g++) {
			const char *komp;
			int32_t std, act, diff, closed;
			must(karier_plan_gap_get(&komp, &std, &act, &diff, &closed, NULL, pl, g));
			if (j) {
				json_t *x = json_object();
				json_object_set_new(x, "kompetensi", json_string(komp));
				json_object_set_new(x, "standar", json_integer(std));
				json_object_set_new(x, "aktual", json_integer(act));
				json_object_set_new(x, "selisih", json_integer(diff));
				json_array_append_new(gaps, x);
				if (closed != 1) /* 0: no course; 2: over a PPPK's yearly maximum */
					json_array_append_new(open, json_string(komp));
			} else {
				int w = snprintf(gap_text + gl, sizeof gap_text - gl, "%s%s %d/%d%s", gl ? ", " : "", komp, act, std,
				                 closed == 1 ? "" : "*");
				if (w > 0 && (size_t)w < sizeof gap_text - gl)
					gl += (size_t)w;
			}
		}
		for (int32_t c = 0; pl && c < karier_plan_course_count(pl); c++) {
			const char *code, *komp;
			int32_t cjp;
			int64_t biaya;
			must(karier_plan_course_get(NULL, NULL, &code, &komp, &cjp, &biaya, pl, c));
			if (j) {
				json_t *x = json_object();
				json_object_set_new(x, "kode", json_string(code));
				json_object_set_new(x, "kompetensi", json_string(komp));
				json_object_set_new(x, "jp", json_integer(cjp));
				json_object_set_new(x, "biaya", json_integer(biaya));
				json_array_append_new(plan, x);
			} else {
				int w = snprintf(plan_text + pl_len, sizeof plan_text - pl_len, "%s%s", pl_len ? " " : "", code);
				if (w > 0 && (size_t)w < sizeof plan_text - pl_len)
					pl_len += (size_t)w;
			}
		}
		for (int32_t k = first_item[i]; alloc && k < first_item[i + 1]; k++) {
			int32_t status;
			must(karier_allocation_item_get(NULL, NULL, NULL, NULL, NULL, NULL, &status, alloc, k));
			if (status != KARIER_FUNDED)
				continue;
			for (int32_t c = 0; c < karier_allocation_item_course_count(alloc, k); c++) {
				const char *code;
				must(karier_allocation_item_course(&code, alloc, k, c));
				if (j)
					json_array_append_new(funded, json_string(code));
				else {
					int w = snprintf(funded_text + fl, sizeof funded_text - fl, "%s%s", fl ? " " : "", code);
					if (w > 0 && (size_t)w < sizeof funded_text - fl)
						fl += (size_t)w;
				}
			}
		}
		int32_t jpm = pl ? karier_plan_jpm(pl) : 0;
		const char *kat = pl ? karier_plan_jpm_category_name(pl) : "";
		if (j) {
			json_object_set_new(j, "nip", json_string(karier_employee_nip(e)));
			json_object_set_new(j, "nama", json_string(karier_employee_nama(e)));
			json_object_set_new(j, "jabatan", pos[i] ? json_string(karier_position_code(pos[i])) : json_null());
			json_object_set_new(j, "jpm", pl ? json_fixed(jpm) : json_null());
			json_object_set_new(j, "kategori_jpm", kat[0] ? json_string(kat) : json_null());
			json_object_set_new(j, "kesenjangan", gaps);
			json_object_set_new(j, "rencana", plan);
			json_object_set_new(j, "tidak_tertutup", open);
			json_object_set_new(j, "jp_tahun", json_integer(jp));
			json_object_set_new(j, "jp_minimum", json_integer(min));
			if (max) {
				json_object_set_new(j, "jp_maksimum", json_integer(max));
				json_object_set_new(j, "di_atas_maksimum", json_boolean(above));
			}
			json_object_set_new(j, "di_bawah_minimum", json_boolean(below));
			if (alloc)
				json_object_set_new(j, "didanai", funded);
			else
				json_decref(funded);
			jsonl_write(r->out, j);
		} else {
			char jpm_s[16], biaya_s[24], jp_s[16];
			int64_t biaya = 0;
			int32_t pjp = 0;
			if (pl)
				must(karier_plan_totals(&pjp, &biaya, pl));
			snprintf(jpm_s, sizeof jpm_s, pl ? "%d.%02d" : "-", jpm / 100, jpm % 100);
			snprintf(biaya_s, sizeof biaya_s, "%lld", (long long)biaya);
			snprintf(jp_s, sizeof jp_s, "%d/%d", jp, min ? min : max);
			const char *row[11] = {karier_employee_nip(e), karier_employee_nama(e), pos[i] ? karier_position_code(pos[i]) : "-",
			                       jpm_s, kat, gap_text, plan_text, biaya_s, jp_s, below ? (o->lang ? "yes" : "ya") : "",
			                       funded_text};
			table_add(&t, row);
		}
		karier_plan_free(pl);
		progress(r, "training", i + 1, n);
	}
	if (o->fmt != FMT_JSONL)
		table_write(r->out, &t, o->fmt);
	table_free(&t);
	if (alloc) {
		int64_t spent, spent_jp, value, upper;
		must(karier_allocation_summary(&spent, &spent_jp, &value, &upper, alloc));
		if (o->fmt == FMT_JSONL) {
			json_t *s = json_object(), *w = json_object();
			json_object_set_new(s, "anggaran_idr", o->budget_idr == KARIER_NO_LIMIT ? json_null() : json_integer(o->budget_idr));
			json_object_set_new(s, "terpakai_idr", json_integer(spent));
			json_object_set_new(s, "anggaran_jp", o->budget_jp == KARIER_NO_LIMIT ? json_null() : json_integer(o->budget_jp));
			json_object_set_new(s, "terpakai_jp", json_integer(spent_jp));
			json_object_set_new(s, "nilai", json_fixed(value));
			json_object_set_new(s, "batas_atas", json_fixed(upper));
			json_object_set_new(s, "metode", json_string(method_name(karier_allocation_method(alloc))));
			json_object_set_new(s, "selisih_batas", json_fixed(upper - value));
			json_object_set_new(w, "ringkasan", s);
			jsonl_write(r->out, w);
		} else {
			fprintf(r->out, "\n%s: Rp %lld / %lld JP; %s %lld.%02lld (%s %lld.%02lld; %s)\n",
			        o->lang ? "Funded" : "Didanai", (long long)spent, (long long)spent_jp, o->lang ? "value" : "nilai",
			        (long long)(value / 100), (long long)(value % 100), o->lang ? "upper bound" : "batas atas",
			        (long long)(upper / 100), (long long)(upper % 100), method_text(karier_allocation_method(alloc), o->lang));
		}
		karier_allocation_free(alloc);
	}
	free(emp);
	free(pos);
	free(first_item);
	return 0;
}

/* ---- validate and policy ------------------------------------------------- */

static int cmd_validate(struct run *r)
{
	int32_t warnings = karier_dataset_diagnostic_count(r->ds) - karier_dataset_error_count(r->ds);
	fprintf(r->out, "%s: %d %s, %d %s, %d %s, %d %s, %d %s\n", r->o.dir, karier_dataset_employee_count(r->ds),
	        r->o.lang ? "employees" : "pegawai", karier_dataset_position_count(r->ds), "jabatan",
	        karier_catalog_count(karier_dataset_catalog(r->ds)), r->o.lang ? "courses" : "pelatihan",
	        karier_dataset_error_count(r->ds), r->o.lang ? "errors" : "kesalahan", warnings, r->o.lang ? "warnings" : "peringatan");
	return 0;
}

static int cmd_policy(struct run *r)
{
	char *text = NULL;
	if (karier_policy_to_json(&text, r->policy)) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		return EXIT_INTERNAL;
	}
	fputs(text, r->out);
	fputc('\n', r->out);
	karier_free_string(text);
	return 0;
}

int cmd_report(struct run *r);

int main(int argc, char **argv)
{
	struct run r;
	memset(&r, 0, sizeof r);
	int rc = parse_args(&r.o, argc, argv);
	if (rc)
		return rc < 0 ? 0 : rc;
	if ((rc = load(&r)))
		goto out;
	r.out = stdout;
	if (r.o.output && !(r.out = fopen(r.o.output, "w"))) {
		fprintf(stderr, "karier: --output %s: %s\n", r.o.output, strerror(errno));
		rc = EXIT_INPUT;
		goto out;
	}
	r.progress = isatty(STDERR_FILENO) && karier_dataset_employee_count(r.ds) >= 20000;
	if (!strcmp(r.o.cmd, "promotion"))
		rc = cmd_promotion(&r);
	else if (!strcmp(r.o.cmd, "merit"))
		rc = cmd_merit(&r);
	else if (!strcmp(r.o.cmd, "training"))
		rc = cmd_training(&r);
	else if (!strcmp(r.o.cmd, "report"))
		rc = cmd_report(&r);
	else if (!strcmp(r.o.cmd, "validate"))
		rc = cmd_validate(&r);
	else
		rc = cmd_policy(&r);
	if (r.out != stdout && fclose(r.out)) {
		fprintf(stderr, "karier: --output %s: %s\n", r.o.output, strerror(errno));
		rc = EXIT_INTERNAL;
	}
out:
	karier_dataset_free(r.ds);
	karier_policy_free(r.policy);
	return rc;
}

/* ---- report -------------------------------------------------------------- */

static void heading(FILE *f, const char *title)
{
	fprintf(f, "\n== %s ==\n\n", title);
}

/* One part of the promotions section.  In JSON mode `ok` holds every
 * employee of the part as nip, "1"/"0", golongan baru, paling awal, reason. */
struct prom_part {
	const struct run *r;
	const karier_employee **emp;
	const karier_position **pos;
	int32_t from, to, eligible;
	struct table ok, not;
};

static void *prom_run(void *arg)
{
	struct prom_part *w = arg;
	const struct opts *o = &w->r->o;
	bool json = o->fmt == FMT_JSONL;
	for (int32_t i = w->from; i < w->to; i++) {
		const karier_employee *e = w->emp[i];
		karier_decision *d = NULL;
		if (karier_promotion_evaluate(&d, w->r->policy, e, w->pos[i], o->date))
			continue;
		int32_t st = karier_employee_status(e), gol = karier_employee_golongan(e);
		const char *golname = st == KARIER_STATUS_PPPK ? code_or(KARIER_CODE_PPPK_GOLONGAN, gol, "-")
		                                               : code_or(KARIER_CODE_GOLONGAN, gol, "-");
		char awal[16] = "-", reason[600];
		if (karier_decision_tanggal_paling_awal(d))
			must(karier_date_format(awal, sizeof awal, karier_decision_tanggal_paling_awal(d)));
		int ok = karier_decision_eligible(d);
		w->eligible += ok;
		if (!ok || json)
			first_reason(reason, sizeof reason, d, e, o->lang, false);
		if (json) {
			int32_t baru = karier_decision_golongan_baru(d);
			const char *row[5] = {karier_employee_nip(e), ok ? "1" : "0", baru ? code_or(KARIER_CODE_GOLONGAN, baru, "?") : "",
			                      karier_decision_tanggal_paling_awal(d) ? awal : "", reason};
			table_add(&w->ok, row);
		} else if (ok) {
			const char *row[5] = {karier_employee_nip(e), karier_employee_nama(e), golname,
			                      code_or(KARIER_CODE_GOLONGAN, karier_decision_golongan_baru(d), "-"),
			                      code_or(KARIER_CODE_KP_JENIS, karier_decision_jenis(d), "-")};
			table_add(&w->ok, row);
		} else {
			const char *row[5] = {karier_employee_nip(e), karier_employee_nama(e), golname, awal, reason};
			table_add(&w->not, row);
		}
		karier_decision_free(d);
	}
	return NULL;
}

/* Run the parts, the last on this thread; a part whose thread cannot start runs here too. */
static void run_parts(struct prom_part *parts, int32_t n)
{
	pthread_t tid[KARIER_BATCH_MAX_THREADS];
	bool started[KARIER_BATCH_MAX_THREADS] = {false};
	for (int32_t k = 0; k + 1 < n; k++)
		started[k] = pthread_create(&tid[k], NULL, prom_run, &parts[k]) == 0;
	prom_run(&parts[n - 1]);
	for (int32_t k = 0; k + 1 < n; k++) {
		if (started[k])
			pthread_join(tid[k], NULL);
		else
			prom_run(&parts[k]);
	}
}

int cmd_report(struct run *r)
{
	const struct opts *o = &r->o;
	bool en = o->lang == KARIER_LANG_EN, json = o->fmt == FMT_JSONL;
	FILE *f = r->out;
	int rc;
	const karier_position *vac = position_arg(r, &rc); /* checked before anything is written */
	if (rc)
		return rc;
	int32_t n = karier_dataset_employee_count(r->ds);
	int32_t nparts = n < o->threads ? (n > 0 ? n : 1) : o->threads;
	const karier_employee **emp = malloc(((size_t)n + 1) * sizeof *emp);
	const karier_position **pos = malloc(((size_t)n + 1) * sizeof *pos);
	int32_t *order = malloc(((size_t)n + 1) * sizeof *order), *scores = malloc(((size_t)n + 1) * sizeof *scores);
	struct prom_part *parts = calloc((size_t)nparts, sizeof *parts);
	if (!emp || !pos || !order || !scores || !parts) {
		free(emp);
		free(pos);
		free(order);
		free(scores);
		free(parts);
		return EXIT_INTERNAL;
	}
	for (int32_t i = 0; i < n; i++) {
		emp[i] = karier_dataset_employee(r->ds, i);
		pos[i] = karier_dataset_employee_position(r->ds, i);
	}
	int32_t period = 0;
	if (karier_policy_period_next(&period, r->policy, o->date)) { /* before anything is written */
		int code = karier_last_error_code();
		fprintf(stderr, "karier: %s\n", karier_last_error());
		free(emp);
		free(pos);
		free(order);
		free(scores);
		free(parts);
		return code == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	}
	char pdate[16];
	must(karier_date_format(pdate, sizeof pdate, period));
	if (!json)
		fprintf(f, "%s %s: %d %s\n", en ? "Report for" : "Laporan", o->dir, n, en ? "employees" : "pegawai");

	/* 1. promotions at the next period: the employees in contiguous parts, one
	 * thread each, every part's rows in its own tables, written in order */
	int32_t eligible = 0;
	static const char *hp_id[] = {"NIP", "Nama", "Golongan", "Baru", "Jenis"};
	static const char *hp_en[] = {"NIP", "Name", "Golongan", "New", "Kind"};
	static const char *hn_id[] = {"NIP", "Nama", "Golongan", "Paling awal", "Alasan"};
	static const char *hn_en[] = {"NIP", "Name", "Golongan", "Earliest", "Reason"};
	static const char *hj[] = {"nip", "eligible", "golongan_baru", "tanggal_paling_awal", "alasan"};
	for (int32_t k = 0; k < nparts; k++) {
		struct prom_part *w = &parts[k];
		w->r = r;
		w->emp = emp;
		w->pos = pos;
		w->from = (int32_t)((int64_t)n * k / nparts);
		w->to = (int32_t)((int64_t)n * (k + 1) / nparts);
		table_init(&w->ok, 5, json ? hj : en ? hp_en : hp_id);
		table_init(&w->not, 5, en ? hn_en : hn_id);
	}
	run_parts(parts, nparts);
	for (int32_t k = 0; k < nparts; k++)
		eligible += parts[k].eligible;
	struct table t;
	if (json) { /* one line, its employees written one at a time */
		json_t *sec = json_object();
		json_object_set_new(sec, "bagian", json_string("kenaikan_pangkat"));
		json_object_set_new(sec, "tanggal", json_string(pdate));
		json_object_set_new(sec, "layak", json_integer(eligible));
		jsonl_array_begin(f, sec, "pegawai");
		bool first = true;
		for (int32_t k = 0; k < nparts; k++)
			for (int32_t i = 0; i < parts[k].ok.nrow; i++) {
				const struct table *pt = &parts[k].ok;
				json_t *x = json_object();
				bool ok = table_cell(pt, i, 1)[0] == '1';
				json_object_set_new(x, "nip", json_string(table_cell(pt, i, 0)));
				json_object_set_new(x, "eligible", json_boolean(ok));
				json_object_set_new(x, "golongan_baru", table_cell(pt, i, 2)[0] ? json_string(table_cell(pt, i, 2)) : json_null());
				json_object_set_new(x, "tanggal_paling_awal", table_cell(pt, i, 3)[0] ? json_string(table_cell(pt, i, 3)) : json_null());
				json_object_set_new(x, "alasan", ok ? json_null() : json_string(table_cell(pt, i, 4)));
				jsonl_array_item(f, x, first);
				first = false;
			}
		jsonl_array_end(f);
	} else {
		char title[128];
		snprintf(title, sizeof title, en ? "Kenaikan pangkat on %s: %d of %d eligible" : "Kenaikan pangkat periode %s: %d dari %d layak",
		         pdate, eligible, n);
		heading(f, title);
		struct table oks[KARIER_BATCH_MAX_THREADS], nots[KARIER_BATCH_MAX_THREADS];
		for (int32_t k = 0; k < nparts; k++) {
			oks[k] = parts[k].ok;
			nots[k] = parts[k].not;
		}
		table_write_parts(f, oks, nparts, FMT_TABLE);
		fprintf(f, "\n%s\n\n", en ? "Not eligible, with the first reason:" : "Belum layak, dengan alasan pertama:");
		table_write_parts(f, nots, nparts, FMT_TABLE);
	}
	for (int32_t k = 0; k < nparts; k++) {
		table_free(&parts[k].ok);
		table_free(&parts[k].not);
	}
	free(parts);

	/* 2. the shortlist for a vacancy: --position, or else the first managerial jabatan */
	for (int32_t i = 0; !vac && i < karier_dataset_position_count(r->ds); i++) {
		const karier_position *p = karier_dataset_position(r->ds, i);
		int32_t k = karier_position_jabatan(p);
		if (k >= KARIER_JAB_JPT_UTAMA && k <= KARIER_JAB_PENGAWAS)
			vac = p;
	}
	if (vac) {
		int32_t count = 0;
		must(karier_merit_rank(order, &count, scores, NULL, r->policy, emp, n, vac, o->date, 0));
		static const char *hs_id[] = {"#", "NIP", "Nama", "Skor", "Layak diangkat", "Alasan"};
		static const char *hs_en[] = {"#", "NIP", "Name", "Score", "Eligible", "Reason"};
		table_init(&t, 6, en ? hs_en : hs_id);
		json_t *js = json ? json_array() : NULL;
		for (int32_t k = 0; k < count && k < 10; k++) {
			karier_decision *d = NULL;
			must(karier_appointment_evaluate(&d, r->policy, emp[order[k]], vac, o->date, KARIER_ROUTE_DEFAULT));
			char rk[8], sk[16], reason[600];
			snprintf(rk, sizeof rk, "%d", k + 1);
			snprintf(sk, sizeof sk, "%d.%02d", scores[k] / 100, scores[k] % 100);
			first_reason(reason, sizeof reason, d, NULL, o->lang, false);
			const char *row[6] = {rk, karier_employee_nip(emp[order[k]]), karier_employee_nama(emp[order[k]]), sk,
			                      karier_decision_eligible(d) ? (en ? "yes" : "ya") : (en ? "no" : "tidak"),
			                      karier_decision_eligible(d) ? "" : reason};
			table_add(&t, row);
			if (js) {
				json_t *x = json_object();
				json_object_set_new(x, "peringkat", json_integer(k + 1));
				json_object_set_new(x, "nip", json_string(karier_employee_nip(emp[order[k]])));
				json_object_set_new(x, "skor", json_fixed(scores[k]));
				json_object_set_new(x, "layak", json_boolean(karier_decision_eligible(d)));
				json_array_append_new(js, x);
			}
			karier_decision_free(d);
		}
		if (json) {
			json_t *s = json_object();
			json_object_set_new(s, "bagian", json_string("daftar_pendek"));
			json_object_set_new(s, "jabatan", json_string(karier_position_code(vac)));
			json_object_set_new(s, "peringkat", js);
			jsonl_write(f, s);
		} else {
			char title[256];
			snprintf(title, sizeof title, en ? "Shortlist for %s (%s), top 10 by merit" : "Daftar pendek %s (%s), 10 teratas menurut merit",
			         karier_position_code(vac), karier_position_name(vac));
			heading(f, title);
			table_write(f, &t, FMT_TABLE);
		}
		table_free(&t);
	}

	/* 3. 9-box counts, from the batch over the dataset's cohort */
	int32_t box[10] = {0}, krs = 0, unknown = 0;
	karier_batch *mb = NULL;
	if (n > 0 && karier_cohort_evaluate(&mb, r->policy, karier_dataset_cohort(r->ds), NULL, o->date, KARIER_BATCH_MERIT,
	                                    o->threads) == KARIER_OK) {
		const int32_t *bx = karier_batch_column(mb, KARIER_COL_BOX), *tp = karier_batch_column(mb, KARIER_COL_TALENT_POOL);
		for (int32_t i = 0; i < n; i++) {
			box[bx[i]]++;
			krs += tp[i];
			unknown += bx[i] == 0;
		}
	}
	karier_batch_free(mb);
	if (json) {
		json_t *s = json_object(), *counts = json_object();
		char k[4];
		for (int b = 1; b <= 9; b++) {
			snprintf(k, sizeof k, "%d", b);
			json_object_set_new(counts, k, json_integer(box[b]));
		}
		json_object_set_new(s, "bagian", json_string("kotak_talenta"));
		json_object_set_new(s, "jumlah", counts);
		json_object_set_new(s, "tidak_diketahui", json_integer(unknown));
		json_object_set_new(s, "kelompok_rencana_suksesi", json_integer(krs));
		jsonl_write(f, s);
	} else {
		heading(f, en ? "9-box talent matrix (PermenPANRB 3/2020)" : "Kotak talenta 9 (PermenPANRB 3/2020)");
		static const char *rows_id[3] = {"Kinerja di atas", "Kinerja sesuai", "Kinerja di bawah"};
		static const char *rows_en[3] = {"Above expectation", "Meets expectation", "Below expectation"};
		static const char *const cells[3][3] = {{"talenta.kotak.atas_rendah", "talenta.kotak.atas_menengah", "talenta.kotak.atas_tinggi"},
		                                        {"talenta.kotak.sesuai_rendah", "talenta.kotak.sesuai_menengah", "talenta.kotak.sesuai_tinggi"},
		                                        {"talenta.kotak.bawah_rendah", "talenta.kotak.bawah_menengah", "talenta.kotak.bawah_tinggi"}};
		static const char *hb_id[] = {"", "Potensi rendah", "Potensi menengah", "Potensi tinggi"};
		static const char *hb_en[] = {"", "Low potential", "Medium potential", "High potential"};
		table_init(&t, 4, en ? hb_en : hb_id);
		for (int row = 0; row < 3; row++) {
			char c[3][32];
			for (int col = 0; col < 3; col++) {
				int64_t b;
				must(karier_policy_get(&b, r->policy, cells[row][col]));
				snprintf(c[col], sizeof c[col], "[%lld] %d", (long long)b, box[b]);
			}
			const char *v[4] = {en ? rows_en[row] : rows_id[row], c[0], c[1], c[2]};
			table_add(&t, v);
		}
		table_write(f, &t, FMT_TABLE);
		table_free(&t);
		fprintf(f, "\n%s: %d; %s: %d\n", en ? "Talent pool (KRS)" : "Kelompok rencana suksesi", krs,
		        en ? "unknown (no kinerja or potential data)" : "tidak diketahui (tanpa data kinerja atau potensi)", unknown);
	}

	/* 4. under the JP minimum */
	static const char *hj_id[] = {"NIP", "Nama", "JP", "Minimum"};
	static const char *hj_en[] = {"NIP", "Name", "JP", "Minimum"};
	table_init(&t, 4, en ? hj_en : hj_id);
	int32_t under = 0;
	for (int32_t i = 0; i < n; i++) {
		int32_t jp, min, below;
		must(karier_jp_ledger(&jp, &min, NULL, &below, NULL, r->policy, emp[i], o->year));
		if (!below)
			continue;
		under++;
		char a[16], b[16];
		snprintf(a, sizeof a, "%d", jp);
		snprintf(b, sizeof b, "%d", min);
		const char *v[4] = {karier_employee_nip(emp[i]), karier_employee_nama(emp[i]), a, b};
		table_add(&t, v);
	}
	if (json) { /* one line, its NIPs written one at a time from the table */
		json_t *s = json_object();
		json_object_set_new(s, "bagian", json_string("di_bawah_minimum_jp"));
		json_object_set_new(s, "tahun", json_integer(o->year));
		json_object_set_new(s, "jumlah", json_integer(under));
		jsonl_array_begin(f, s, "pegawai");
		for (int32_t i = 0; i < t.nrow; i++)
			jsonl_array_item(f, json_string(table_cell(&t, i, 0)), i == 0);
		jsonl_array_end(f);
	} else {
		char title[128];
		snprintf(title, sizeof title, en ? "Under the JP minimum in %d (PP 11/2017 Ps203): %d" : "Di bawah minimum JP tahun %d (PP 11/2017 Ps203): %d",
		         o->year, under);
		heading(f, title);
		table_write(f, &t, FMT_TABLE);
	}
	table_free(&t);

	/* 5. training under the budget */
	karier_allocation *a = NULL;
	if (!karier_allocate(&a, r->policy, emp, pos, n, karier_dataset_catalog(r->ds), o->budget_idr, o->budget_jp, o->year)) {
		int64_t spent, spent_jp, value, upper;
		must(karier_allocation_summary(&spent, &spent_jp, &value, &upper, a));
		int32_t counts[KARIER_UNFUNDED_PPPK_MAKS + 1] = {0};
		for (int32_t k = 0; k < karier_allocation_item_count(a); k++) {
			int32_t st = 0;
			must(karier_allocation_item_get(NULL, NULL, NULL, NULL, NULL, NULL, &st, a, k));
			if (st >= 0 && st <= KARIER_UNFUNDED_PPPK_MAKS)
				counts[st]++;
		}
		int32_t method = karier_allocation_method(a);
		if (json) {
			json_t *s = json_object();
			json_object_set_new(s, "bagian", json_string("pelatihan"));
			json_object_set_new(s, "anggaran_idr", o->budget_idr == KARIER_NO_LIMIT ? json_null() : json_integer(o->budget_idr));
			json_object_set_new(s, "terpakai_idr", json_integer(spent));
			json_object_set_new(s, "anggaran_jp", o->budget_jp == KARIER_NO_LIMIT ? json_null() : json_integer(o->budget_jp));
			json_object_set_new(s, "terpakai_jp", json_integer(spent_jp));
			json_object_set_new(s, "kesenjangan_didanai", json_integer(counts[KARIER_FUNDED]));
			json_object_set_new(s, "kesenjangan_tidak_didanai", json_integer(counts[1] + counts[2]));
			json_object_set_new(s, "kesenjangan_tanpa_pelatihan", json_integer(counts[KARIER_UNFUNDED_NO_COURSE]));
			json_object_set_new(s, "kesenjangan_di_atas_maksimum_pppk", json_integer(counts[KARIER_UNFUNDED_PPPK_MAKS]));
			json_object_set_new(s, "nilai", json_fixed(value));
			json_object_set_new(s, "batas_atas", json_fixed(upper));
			json_object_set_new(s, "metode", json_string(method_name(method)));
			json_object_set_new(s, "selisih_batas", json_fixed(upper - value));
			jsonl_write(f, s);
		} else {
			heading(f, en ? "Training plan under the budget" : "Rencana pelatihan dalam anggaran");
			if (o->budget_idr == KARIER_NO_LIMIT && o->budget_jp == KARIER_NO_LIMIT)
				fprintf(f, "%s\n", en ? "No budget given (--budget-idr, --budget-jp): every closable gap is funded, within a PPPK's yearly JP maximum." :
				                        "Tanpa anggaran (--budget-idr, --budget-jp): semua kesenjangan yang dapat ditutup didanai, dalam batas JP tahunan PPPK.");
			fprintf(f, "%s: Rp %lld, %lld JP\n", en ? "Spent" : "Terpakai", (long long)spent, (long long)spent_jp);
			fprintf(f, "%s: %d %s, %d %s, %d %s\n", en ? "Gaps" : "Kesenjangan", counts[0], en ? "funded" : "didanai",
			        counts[1] + counts[2], en ? "not funded (budget)" : "tidak didanai (anggaran)", counts[3],
			        en ? "with no course in the catalogue" : "tanpa pelatihan di katalog");
			if (counts[KARIER_UNFUNDED_PPPK_MAKS])
				fprintf(f, "%s: %d\n", en ? "Gaps over a PPPK's yearly JP maximum (PP 49/2018 Ps40)" :
				                            "Kesenjangan di atas maksimum JP tahunan PPPK (PP 49/2018 Ps40)",
				        counts[KARIER_UNFUNDED_PPPK_MAKS]);
			fprintf(f, "%s: %lld.%02lld; %s: %lld.%02lld (%s)\n", en ? "Priority-weighted value" : "Nilai berbobot prioritas",
			        (long long)(value / 100), (long long)(value % 100), en ? "proven upper bound" : "batas atas terbukti",
			        (long long)(upper / 100), (long long)(upper % 100), method_text(method, en));
		}
		karier_allocation_free(a);
	}
	free(emp);
	free(pos);
	free(order);
	free(scores);
	return 0;
}
