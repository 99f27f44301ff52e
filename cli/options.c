/*
 * options.c - the karier command line: one table of commands and one of
 * options, from which getopt_long parses (--opt value and --opt=value) and
 * from which every `karier COMMAND --help` is written, so the help lists
 * exactly what the command accepts.  SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE /* getopt_long */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* The commands: what each does, whether it reads a dataset folder, whether it
 * writes CSV.  Bits of `cmds` in the option table. */
enum { C_PROMOTION = 1, C_MERIT = 2, C_TRAINING = 4, C_REPORT = 8, C_VALIDATE = 16, C_POLICY = 32, C_AUDIT = 64, C_EVALUASI = 128, C_RENCANA = 256 };
#define C_DATASET (C_PROMOTION | C_MERIT | C_TRAINING | C_REPORT | C_VALIDATE | C_AUDIT | C_EVALUASI | C_RENCANA)
#define C_PAGE (C_REPORT | C_AUDIT | C_RENCANA | C_EVALUASI) /* commands that write --format html */
#define C_ALL (C_DATASET | C_POLICY)

static const struct command {
	const char *name;
	unsigned bit;
	bool dir, csv;
	const char *summary; /* one line for `karier --help` */
	const char *about;   /* what `karier COMMAND --help` says first */
} commands[] = {
	{"promotion", C_PROMOTION, true, true, "who may rise in rank on the first period date on or after --date, and why not",
	 "Evaluates kenaikan pangkat of every employee on the first period date on or after D:\n"
	 "eligible or not, the kind and new golongan, the earliest date, and every rule checked.\n"},
	{"merit", C_MERIT, true, true, "merit score and 9-box of everyone, or the shortlist for --position",
	 "Merit score (kualifikasi, kompetensi, potensi, kinerja, integritas) and 9-box of everyone;\n"
	 "with --position, the shortlist for that jabatan in rank order.\n"},
	{"training", C_TRAINING, true, true, "competency gaps and training plans; with a budget, what to fund",
	 "Gaps against the current (or --position) jabatan, the cheapest courses, the JP ledger;\n"
	 "with a budget, which courses to fund and a summary line with a proven upper bound.\n"},
	{"report", C_REPORT, true, false, "the overview an HR office reads: promotions, shortlist, 9-box, JP, training",
	 "Promotions at the next period, the shortlist for a vacancy, 9-box counts, those under the\n"
	 "20 JP minimum, and the training plan under a budget.\n"},
	{"validate", C_VALIDATE, true, true, "check the dataset and report every problem with file:line:column",
	 "Reads the dataset and prints every problem as FILE:LINE:COLUMN on standard error; with --format\n"
	 "csv or jsonl the problems are the output instead (file, line, column, column name, value,\n"
	 "severity, code, message in --lang). Exit status 2 if any is an error.\n"},
	{"audit", C_AUDIT, true, true, "equal chances measured: outcomes by group, adverse impact, significance",
	 "Compares outcomes across groups of employees: eligible for kenaikan pangkat at the period, in the\n"
	 "talent pool, JP minimum met, on the shortlist for --position, training funded under --budget-idr,\n"
	 "and the merit score. Per group: count, rate, adverse-impact ratio against the highest rate\n"
	 "(flagged under the four-fifths rule), and a test (Fisher's exact for two groups, chi-square for\n"
	 "more). Groups smaller than the policy's audit.kelompok_minimum (10) are only counted. --by names\n"
	 "a grouping: jenis_kelamin, usia, status, pendidikan, golongan, unit_kerja, or any column of\n"
	 "pegawai.csv (repeat --by; without it, the six built-in groupings).\n"},
	{"rencana", C_RENCANA, true, true, "the career development plan: each employee's steps over --years from --from",
	 "The rencana pengembangan karier of every employee (or --nip): from --from over --years (5),\n"
	 "year by year, the kenaikan pangkat reached and when (assuming predikat Baik for years not yet\n"
	 "recorded), the posts one move of the pola karier away and from when the appointment checks\n"
	 "pass (with their competency gaps), each year's training JP, and retirement; then the\n"
	 "organisation's plan: per year and post the needs (kebutuhan), the retirements and moves, the\n"
	 "vacancies, the ready successors by merit (talent pool first) and the gap. Table, CSV, xlsx and\n"
	 "html show one employee's steps with --nip, else the organisation's plan (--position: one post);\n"
	 "JSON lines hold both. The pola karier is pola_karier.csv, or the default ladder of jabatan.csv.\n"},
	{"evaluasi", C_EVALUASI, true, true, "planned against realised: an earlier run's JSON lines against a later dataset",
	 "Compares what an earlier run decided with what a later dataset shows, per employee and in total:\n"
	 "from the JSON lines of `karier promotion` or `karier rencana`, whether each kenaikan pangkat\n"
	 "happened on the planned date, earlier, later or not yet, and who rose without being eligible;\n"
	 "for a plan also the moves made, the training JP done and the funded training that closed gaps.\n"
	 "--date is the day of the comparison: a planned date after it is not yet due.\n"},
	{"policy", C_POLICY, false, false, "print the effective policy as JSON (loads back to the same policy)",
	 "Prints the effective policy (the national default, or FILE over it) as JSON.\n"},
};
enum { N_COMMANDS = sizeof commands / sizeof *commands };

/* The options: the commands that take each, its value's name and what it does. */
enum { O_DATE = 256, O_POSITION, O_BUDGET_IDR, O_BUDGET_JP, O_YEAR, O_POLICY, O_FORMAT, O_LANG, O_OUTPUT, O_SKIP,
       O_THREADS, O_CSV_DIALECT, O_CHECKS, O_BY, O_FROM, O_YEARS, O_NIP, O_HELP, O_VERSION };
static const struct option_def {
	const char *name;
	int id;
	unsigned cmds;
	const char *value; /* NULL: the option takes no value */
	const char *help;
} option_defs[] = {
	{"date", O_DATE, C_DATASET, "YYYY-MM-DD", "evaluation date (default: today)"},
	{"position", O_POSITION, C_MERIT | C_TRAINING | C_REPORT | C_AUDIT | C_RENCANA, "CODE",
	 "target jabatan (merit shortlist; training career target; report vacancy; audit shortlist; rencana: one post)"},
	{"budget-idr", O_BUDGET_IDR, C_TRAINING | C_REPORT | C_AUDIT | C_RENCANA, "N",
	 "training budget in rupiah (rencana: per year, for the successors)"},
	{"budget-jp", O_BUDGET_JP, C_TRAINING | C_REPORT, "N", "training budget in JP"},
	{"year", O_YEAR, C_TRAINING | C_REPORT, "Y", "year of the JP ledger (default: the year of --date)"},
	{"policy", O_POLICY, C_ALL, "FILE", "policy JSON applied over the national default"},
	{"format", O_FORMAT, C_ALL, "FORMAT",
	 "table, csv, jsonl, xlsx or html (default table; jsonl follows the output contract, docs/output.md)"},
	{"csv-dialect", O_CSV_DIALECT, C_PROMOTION | C_MERIT | C_TRAINING | C_VALIDATE | C_AUDIT | C_EVALUASI, "rfc|id",
	 "with --format csv: rfc (',' and '.', the default) or id (';', decimal comma, NIP kept as text: Excel in Indonesian)"},
	{"lang", O_LANG, C_ALL, "id|en", "language of messages (default id)"},
	{"output", O_OUTPUT, C_ALL, "FILE", "write to FILE instead of standard output"},
	{"skip-bad-rows", O_SKIP, C_DATASET, NULL, "compute from the rows without errors instead of stopping"},
	{"checks", O_CHECKS, C_PROMOTION | C_RENCANA, "all|failed",
	 "with --format jsonl: every check of each decision (all, the default) or only those that failed"},
	{"from", O_FROM, C_RENCANA, "YYYY-MM-DD", "the plan's first day (the same as --date; default: today)"},
	{"years", O_YEARS, C_RENCANA, "N", "years the plan covers, 1..40 (default 5)"},
	{"nip", O_NIP, C_RENCANA, "NIP", "the plan of this employee only"},
	{"by", O_BY, C_AUDIT, "COLUMN",
	 "a grouping of the audit: jenis_kelamin, usia, status, pendidikan, golongan, unit_kerja or a pegawai.csv column (repeatable)"},
	{"threads", O_THREADS, C_DATASET, "N",
	 "threads for reading the dataset, report, and the CSV and JSON lines of promotion, merit and training (default: the processors online; the output is the same)"},
	{"help", O_HELP, C_ALL, NULL, "this text"},
	{"version", O_VERSION, C_ALL, NULL, "the version of karier and of libkarier"},
};
enum { N_OPTIONS = sizeof option_defs / sizeof *option_defs };

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

static void option_lines(FILE *f, unsigned bit)
{
	for (int i = 0; i < N_OPTIONS; i++) {
		const struct option_def *d = &option_defs[i];
		if (!(d->cmds & bit))
			continue;
		char left[40];
		snprintf(left, sizeof left, "--%s%s%s", d->name, d->value ? " " : "", d->value ? d->value : "");
		fprintf(f, "  %-24s %s\n", left, d->help);
	}
}

/* `karier --help`: the commands and every option. */
static void help_all(FILE *f)
{
	fputs("usage: karier COMMAND [PLAN.jsonl] [DIR] [options]\n\ncommands:\n", f);
	for (int i = 0; i < N_COMMANDS; i++) {
		char left[32];
		snprintf(left, sizeof left, "%s%s", commands[i].name,
		         commands[i].bit == C_EVALUASI ? " PLAN DIR" : commands[i].dir ? " DIR" : "");
		fprintf(f, "  %-18s %s\n", left, commands[i].summary);
	}
	fputs("\noptions (`karier COMMAND --help` lists those of one command):\n", f);
	option_lines(f, C_ALL);
}

/* `karier COMMAND --help`: generated from the same tables that parse. */
static void help_command(FILE *f, const struct command *c)
{
	fprintf(f, "usage: karier %s%s%s [options]\n%s\noptions:\n", c->name, c->bit == C_EVALUASI ? " PLAN.jsonl" : "",
	        c->dir ? " DIR" : "", c->about);
	option_lines(f, c->bit);
	fprintf(f, "\n--format takes %s.\n", c->bit == C_POLICY   ? "table or jsonl (the policy is JSON in both)"
	                                       : c->bit == C_REPORT ? "table, jsonl, xlsx or html"
	                                       : c->bit == C_AUDIT  ? "table, csv, jsonl, xlsx or html"
	                                       : c->csv             ? "table, csv, jsonl or xlsx"
	                                                            : "table, jsonl or xlsx");
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

/* The command's only reading of the clock: the default --date. */
static int32_t today(void)
{
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

/* One option's value into the options. */
static int take(struct opts *o, int id, const char *v)
{
	int64_t n;
	switch (id) {
	case O_DATE:
	case O_FROM: /* rencana's name for the same date */
		if (karier_date_parse(&o->date, v))
			return usage_error("--%s: %s", id == O_FROM ? "from" : "date", karier_last_error());
		return 0;
	case O_YEAR:
		if (!parse_i64(v, &n) || n < 1900 || n > 2199)
			return usage_error("--year: \"%s\" is not a year 1900..2199", v);
		o->year = (int32_t)n;
		return 0;
	case O_BUDGET_IDR:
		return parse_i64(v, &o->budget_idr) ? 0 : usage_error("--budget-idr: \"%s\" is not a whole number of rupiah", v);
	case O_BUDGET_JP:
		return parse_i64(v, &o->budget_jp) ? 0 : usage_error("--budget-jp: \"%s\" is not a whole number of JP", v);
	case O_POSITION: o->position = v; return 0;
	case O_POLICY: o->policy_file = v; return 0;
	case O_OUTPUT: o->output = v; return 0;
	case O_FORMAT:
		o->fmt_given = true;
		if (!strcmp(v, "table"))
			o->fmt = FMT_TABLE;
		else if (!strcmp(v, "csv"))
			o->fmt = FMT_CSV;
		else if (!strcmp(v, "jsonl"))
			o->fmt = FMT_JSONL;
		else if (!strcmp(v, "xlsx"))
			o->fmt = FMT_XLSX;
		else if (!strcmp(v, "html"))
			o->fmt = FMT_HTML;
		else
			return usage_error("--format: \"%s\" is not table, csv, jsonl, xlsx or html", v);
		return 0;
	case O_CSV_DIALECT:
		if (!strcmp(v, "rfc"))
			o->csv_id = false;
		else if (!strcmp(v, "id"))
			o->csv_id = true;
		else
			return usage_error("--csv-dialect: \"%s\" is not rfc or id", v);
		o->dialect_given = true;
		return 0;
	case O_LANG:
		if (!strcmp(v, "id"))
			o->lang = KARIER_LANG_ID;
		else if (!strcmp(v, "en"))
			o->lang = KARIER_LANG_EN;
		else
			return usage_error("--lang: \"%s\" is not id or en", v);
		return 0;
	case O_THREADS:
		if (!parse_i64(v, &n) || n < 1 || n > KARIER_BATCH_MAX_THREADS)
			return usage_error("--threads: \"%s\" is not a whole number 1..%d", v, KARIER_BATCH_MAX_THREADS);
		o->threads = (int32_t)n;
		return 0;
	case O_SKIP: o->skip_bad_rows = true; return 0;
	case O_YEARS:
		if (!parse_i64(v, &n) || n < 1 || n > KARIER_RENCANA_MAX_YEARS)
			return usage_error("--years: \"%s\" is not a whole number 1..%d", v, KARIER_RENCANA_MAX_YEARS);
		o->years = (int32_t)n;
		return 0;
	case O_NIP: o->nip = v; return 0;
	case O_BY:
		if (o->nby == (int)(sizeof o->by / sizeof *o->by))
			return usage_error("--by: at most %d groupings", (int)(sizeof o->by / sizeof *o->by));
		if (!*v || strlen(v) > KARIER_COLUMN_NAME_MAX)
			return usage_error("--by: \"%s\" is not a column name of 1 to %d bytes", v, KARIER_COLUMN_NAME_MAX);
		for (int i = 0; i < o->nby; i++)
			if (!strcasecmp(o->by[i], v))
				return usage_error("--by: \"%s\" is given twice", v);
		o->by[o->nby++] = v;
		return 0;
	case O_CHECKS:
		if (!strcmp(v, "all"))
			o->failed_checks = false;
		else if (!strcmp(v, "failed"))
			o->failed_checks = true;
		else
			return usage_error("--checks: \"%s\" is not all or failed", v);
		return 0;
	default: return usage_error("internal: option %d", id);
	}
}

int parse_args(struct opts *o, int argc, char **argv)
{
	memset(o, 0, sizeof *o);
	o->budget_idr = o->budget_jp = KARIER_NO_LIMIT;
	if (argc < 2)
		return usage_error("%s", "no command given");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		help_all(stdout);
		return -1;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("karier %s (libkarier %s, ABI %d)\n", KARIER_VERSION_STRING, karier_version_string(), karier_abi_version());
		return -1;
	}
	const struct command *c = NULL;
	for (int i = 0; i < N_COMMANDS && !c; i++)
		if (!strcmp(argv[1], commands[i].name))
			c = &commands[i];
	if (!c)
		return usage_error("unknown command \"%s\"", argv[1]);
	o->cmd = c->name;

	struct option longopts[N_OPTIONS + 1];
	for (int i = 0; i < N_OPTIONS; i++)
		longopts[i] = (struct option){option_defs[i].name, option_defs[i].value ? required_argument : no_argument, NULL,
		                              option_defs[i].id};
	longopts[N_OPTIONS] = (struct option){NULL, 0, NULL, 0};
	/* getopt_long over the arguments after the command; DIR may stand anywhere */
	int n = argc - 1;
	char **av = argv + 1;
	optind = 1;
	opterr = 0;
	for (int id; (id = getopt_long(n, av, ":h", longopts, NULL)) != -1;) {
		const char *arg = av[optind - 1];
		if (id == '?')
			return usage_error("unknown option \"%s\"", arg);
		if (id == ':')
			return usage_error("option %s needs a value", arg);
		if (id == 'h' || id == O_HELP) {
			help_command(stdout, c);
			return -1;
		}
		if (id == O_VERSION) {
			printf("karier %s (libkarier %s, ABI %d)\n", KARIER_VERSION_STRING, karier_version_string(),
			       karier_abi_version());
			return -1;
		}
		const struct option_def *d = NULL;
		for (int i = 0; i < N_OPTIONS && !d; i++)
			if (option_defs[i].id == id)
				d = &option_defs[i];
		if (!(d->cmds & c->bit))
			return usage_error("%s does not take --%s (karier %s --help lists its options)", c->name, d->name, c->name);
		int rc = take(o, id, optarg);
		if (rc)
			return rc;
	}
	for (int i = optind; i < n; i++) {
		if (c->bit == C_EVALUASI && !o->plan)
			o->plan = av[i];
		else if (c->dir && !o->dir)
			o->dir = av[i];
		else
			return usage_error("unexpected argument \"%s\"", av[i]);
	}
	if (c->bit == C_EVALUASI && !o->dir)
		return usage_error("%s", "evaluasi needs the earlier JSON lines and the later dataset folder: karier evaluasi PLAN.jsonl DIR");
	if (c->dir && !o->dir)
		return usage_error("%s needs the dataset folder", o->cmd);
	if (o->fmt == FMT_CSV && !c->csv)
		return usage_error("%s writes table, jsonl, xlsx or html, not csv (promotion, merit, training and validate write csv)",
		                   o->cmd);
	if (o->fmt == FMT_HTML && !(c->bit & C_PAGE))
		return usage_error("%s writes no page: --format html is for report, audit, rencana and evaluasi", o->cmd);
	if (o->fmt == FMT_XLSX && c->bit == C_POLICY)
		return usage_error("%s", "policy writes JSON, not xlsx");
	if (o->dialect_given && o->fmt != FMT_CSV)
		return usage_error("%s", "--csv-dialect goes with --format csv");
	if (o->csv_id)
		o->fmt = FMT_CSV_ID;
	if (!o->date)
		o->date = today();
	if (!o->year)
		o->year = o->date / 10000;
	if (!o->years)
		o->years = 5;
	if (!o->threads) {
		long cpus = sysconf(_SC_NPROCESSORS_ONLN);
		o->threads = cpus < 1 ? 1 : cpus > 16 ? 16 : (int32_t)cpus;
	}
	return 0;
}
