/* cmd_audit.c - karier audit: outcomes compared across groups of employees. SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

static const char *const builtin_names[KARIER_AUDIT_BY_COUNT + 1] = {NULL,         "jenis_kelamin", "usia",      "status",
                                                                     "pendidikan", "golongan",      "unit_kerja"};

int32_t audit_builtin(const char *name)
{
	for (int32_t k = 1; k <= KARIER_AUDIT_BY_COUNT; k++)
		if (!strcasecmp(name, builtin_names[k]))
			return k;
	return 0;
}

/* The outcomes, in the order written: the key (the JSON lines' "hasil") and what it measures. */
enum { O_KP, O_KRS, O_JP, O_PENDEK, O_DANA, O_SKOR, O_COUNT };
static const char *const outcome_key[O_COUNT] = {"kenaikan_pangkat", "kelompok_rencana_suksesi", "jp_minimum",
                                                 "daftar_pendek",    "pelatihan_didanai",        "skor_merit"};

static void fixed_text(char *buf, size_t n, int64_t v)
{
	snprintf(buf, n, "%s%lld.%02lld", v < 0 ? "-" : "", (long long)(llabs(v) / 100), (long long)(llabs(v) % 100));
}

static const char *test_name(int32_t m) { return m == KARIER_AUDIT_TEST_FISHER ? "fisher" : m == KARIER_AUDIT_TEST_CHI_SQUARE ? "chi_kuadrat" : NULL; }

/* One comparison: a JSON line for JSON lines, a row per group (and one for the suppressed) for the formats of cells. */
static void write_comparison(struct writer *w, const karier_audit *a, int32_t i, bool en)
{
	const char *outcome, *grouping;
	int32_t kind, groups, supp, method, df, p, flagged, sig;
	int64_t supp_n, stat;
	must(karier_audit_comparison_get(&outcome, &grouping, &kind, &groups, &supp, &supp_n, &method, &stat, &df, &p,
	                                 &flagged, &sig, a, i));
	bool score = kind == KARIER_AUDIT_SCORE;
	char stat_s[32] = "", df_s[16] = "", p_s[16] = "";
	if (method == KARIER_AUDIT_TEST_CHI_SQUARE) {
		fixed_text(stat_s, sizeof stat_s, stat);
		snprintf(df_s, sizeof df_s, "%d", df);
	}
	if (p >= 0)
		snprintf(p_s, sizeof p_s, "%d.%06d", p / 1000000, p % 1000000);
	const char *yes = en ? "yes" : "ya", *test = test_name(method);
	json_t *line = NULL, *list = NULL;
	if (w->fmt->json) {
		line = json_pack("{s:s, s:s, s:s}", "hasil", outcome, "menurut", grouping, "jenis", score ? "skor" : "hasil");
		list = json_array();
	}
	for (int32_t g = 0; g < groups; g++) {
		const char *label;
		int64_t n, sel;
		int32_t rate, ratio, gflag, med, q1, q3, mean;
		must(karier_audit_group_get(&label, &n, &sel, &rate, &ratio, &gflag, &med, &q1, &q3, &mean, a, i, g));
		if (list) {
			json_t *x = json_pack("{s:s, s:I}", "kelompok", label, "n", (json_int_t)n);
			if (score) {
				json_object_set_new(x, "median", json_fixed(med));
				json_object_set_new(x, "q1", json_fixed(q1));
				json_object_set_new(x, "q3", json_fixed(q3));
				json_object_set_new(x, "rerata", json_fixed(mean));
			} else {
				json_object_set_new(x, "terpilih", json_integer(sel));
				json_object_set_new(x, "persen", json_fixed(rate));
				json_object_set_new(x, "rasio_dampak", ratio < 0 ? json_null() : json_fixed(ratio));
				json_object_set_new(x, "di_bawah_empat_perlima", json_boolean(gflag));
			}
			json_array_append_new(list, x);
		}
		if (w->fmt->cells) {
			char n_s[24], sel_s[24] = "", rate_s[24] = "", ratio_s[24] = "", med_s[24] = "", q1_s[24] = "", q3_s[24] = "",
			              mean_s[24] = "";
			snprintf(n_s, sizeof n_s, "%lld", (long long)n);
			if (score) {
				fixed_text(med_s, sizeof med_s, med);
				fixed_text(q1_s, sizeof q1_s, q1);
				fixed_text(q3_s, sizeof q3_s, q3);
				fixed_text(mean_s, sizeof mean_s, mean);
			} else {
				snprintf(sel_s, sizeof sel_s, "%lld", (long long)sel);
				fixed_text(rate_s, sizeof rate_s, rate);
				if (ratio >= 0)
					fixed_text(ratio_s, sizeof ratio_s, ratio);
			}
			const char *cells[17] = {outcome, grouping, label,  n_s,    sel_s, rate_s, ratio_s,        gflag ? yes : "",
			                         med_s,   q1_s,     q3_s,   mean_s, test ? test : "", stat_s, df_s, p_s, sig ? yes : ""};
			writer_record(w, cells, NULL);
		}
	}
	if (w->fmt->cells && supp) {
		char label[96], n_s[24];
		snprintf(label, sizeof label, en ? "(suppressed: %d group%s under the minimum)" : "(disembunyikan: %d kelompok di bawah minimum)",
		         supp, en && supp != 1 ? "s" : "");
		snprintf(n_s, sizeof n_s, "%lld", (long long)supp_n);
		const char *cells[17] = {outcome, grouping, label, n_s, "", "", "", "", "", "", "", "", "", "", "", "", ""};
		writer_record(w, cells, NULL);
	}
	if (line) {
		json_object_set_new(line, "kelompok", list);
		json_object_set_new(line, "disembunyikan", json_pack("{s:i, s:I}", "kelompok", supp, "pegawai", (json_int_t)supp_n));
		json_object_set_new(line, "uji", test ? json_string(test) : json_null());
		json_object_set_new(line, "statistik", method == KARIER_AUDIT_TEST_CHI_SQUARE ? json_fixed(stat) : json_null());
		json_object_set_new(line, "df", json_integer(df));
		json_object_set_new(line, "p", p >= 0 ? json_real(p / 1e6) : json_null());
		json_object_set_new(line, "signifikan", json_boolean(sig));
		json_object_set_new(line, "ditandai_empat_perlima", json_integer(flagged));
		writer_record(w, NULL, line);
	}
}

/* The outcome columns from the batch, the shortlist and the allocation; 0 or an exit status. */
static int outcomes(struct run *r, int32_t *col[O_COUNT], const karier_employee **emp, const karier_position **pos, int32_t n,
                    const karier_position *target)
{
	const struct opts *o = &r->o;
	karier_batch *b = NULL;
	if (karier_cohort_evaluate(&b, r->policy, karier_dataset_cohort(r->ds), karier_dataset_catalog(r->ds), o->date,
	                           KARIER_BATCH_PROMOTION | KARIER_BATCH_MERIT | KARIER_BATCH_TRAINING, o->threads))
		return EXIT_INTERNAL;
	const int32_t *elig = karier_batch_column(b, KARIER_COL_ELIGIBLE), *krs = karier_batch_column(b, KARIER_COL_TALENT_POOL),
	              *below = karier_batch_column(b, KARIER_COL_BELOW_MINIMUM), *score = karier_batch_column(b, KARIER_COL_MERIT_SCORE);
	for (int32_t i = 0; i < n; i++) {
		/* kenaikan pangkat is a PNS's: a CPNS or a PPPK is outside its population (PP 99/2000; PP 49/2018) */
		col[O_KP][i] = karier_employee_status(emp[i]) == KARIER_STATUS_PNS ? elig[i] : KARIER_AUDIT_NA;
		col[O_KRS][i] = krs[i];
		int32_t min = 0; /* the JP minimum is a PNS's and a CPNS's; a PPPK has none (PP 11/2017 Ps203(4)) */
		must(karier_jp_ledger(NULL, &min, NULL, NULL, NULL, r->policy, emp[i], o->date / 10000));
		col[O_JP][i] = min ? !below[i] : KARIER_AUDIT_NA;
		col[O_SKOR][i] = score[i];
	}
	karier_batch_free(b);
	if (target) {
		int32_t *order = array_alloc((size_t)n + 1, sizeof *order), count = 0;
		if (!order || karier_merit_shortlist(order, &count, NULL, NULL, r->policy, emp, n, target, o->date, 0, n > 0 ? n : 1,
		                                     o->threads)) {
			free(order);
			return EXIT_INTERNAL;
		}
		int64_t k = 0;
		must(karier_policy_get(&k, r->policy, "audit.daftar_pendek"));
		for (int32_t i = 0; i < n; i++)
			col[O_PENDEK][i] = KARIER_AUDIT_NA; /* the post's incumbents are not candidates */
		for (int32_t j = 0; j < count; j++)
			col[O_PENDEK][order[j]] = j < k;
		free(order);
	}
	if (o->budget_idr != KARIER_NO_LIMIT) {
		karier_allocation *al = NULL;
		if (karier_allocate(&al, r->policy, emp, pos, n, karier_dataset_catalog(r->ds), o->budget_idr, o->budget_jp,
		                    o->year, o->threads))
			return EXIT_INTERNAL;
		for (int32_t i = 0; i < n; i++)
			col[O_DANA][i] = KARIER_AUDIT_NA; /* no gap, no training to fund */
		for (int32_t k = 0; k < karier_allocation_item_count(al); k++) {
			int32_t who, st;
			must(karier_allocation_item_get(&who, NULL, NULL, NULL, NULL, NULL, &st, al, k));
			if (col[O_DANA][who] == KARIER_AUDIT_NA)
				col[O_DANA][who] = 0;
			if (st == KARIER_FUNDED)
				col[O_DANA][who] = 1;
		}
		karier_allocation_free(al);
	}
	return 0;
}

int cmd_audit(struct run *r)
{
	const struct opts *o = &r->o;
	struct writer *w = &r->w;
	bool en = o->lang == KARIER_LANG_EN;
	int rc;
	const karier_position *target = position_arg(r, &rc);
	if (rc)
		return rc;
	int32_t n = karier_dataset_employee_count(r->ds), period = 0;
	if (karier_policy_period_next(&period, r->policy, o->date)) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		return EXIT_INPUT;
	}
	const karier_employee **emp = array_alloc((size_t)n + 1, sizeof *emp);
	const karier_position **pos = array_alloc((size_t)n + 1, sizeof *pos);
	const char **labels = array_alloc((size_t)n + 1, sizeof *labels);
	int32_t *col[O_COUNT] = {NULL};
	bool ok = emp && pos && labels;
	for (int k = 0; k < O_COUNT; k++)
		ok = ok && (col[k] = array_alloc((size_t)n + 1, sizeof(int32_t)));
	karier_audit *a = NULL;
	int status = ok ? 0 : EXIT_INTERNAL;
	for (int32_t i = 0; ok && i < n; i++) {
		emp[i] = karier_dataset_employee(r->ds, i);
		pos[i] = karier_dataset_employee_position(r->ds, i);
	}
	if (!status)
		status = outcomes(r, col, emp, pos, n, target);
	if (!status && karier_audit_new(&a, r->policy, n))
		status = EXIT_INTERNAL;
	/* the groupings: --by in order, or the six built-in ones */
	int nby = o->nby ? o->nby : KARIER_AUDIT_BY_COUNT;
	for (int g = 0; !status && g < nby; g++) {
		const char *name = o->nby ? o->by[g] : builtin_names[g + 1];
		int32_t by = audit_builtin(name);
		if (by)
			rc = karier_audit_add_builtin(a, by, emp, o->date);
		else {
			for (int32_t i = 0; i < n; i++)
				labels[i] = karier_dataset_employee_column(r->ds, i, name);
			rc = karier_audit_add_grouping(a, name, labels);
		}
		if (rc)
			status = rc == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	}
	for (int k = 0; !status && k < O_COUNT; k++) {
		if ((k == O_PENDEK && !target) || (k == O_DANA && o->budget_idr == KARIER_NO_LIMIT))
			continue;
		if ((k == O_SKOR ? karier_audit_add_score : karier_audit_add_outcome)(a, outcome_key[k], col[k]))
			status = EXIT_INTERNAL;
	}
	if (!status && karier_audit_evaluate(a))
		status = EXIT_INTERNAL;
	if (status) {
		if (karier_last_error_code())
			fprintf(stderr, "karier: %s\n", karier_last_error());
	} else {
		if (w->fmt->json) { /* the head line: what the audit measured, and on which rules */
			int64_t min = 0, thr = 0, alpha = 0;
			must(karier_policy_get(&min, r->policy, "audit.kelompok_minimum"));
			must(karier_policy_get(&thr, r->policy, "audit.rasio_dampak_minimum"));
			must(karier_policy_get(&alpha, r->policy, "audit.alpha"));
			json_t *head = json_pack("{s:s, s:o, s:o, s:i, s:I, s:o, s:o}", "bagian", "audit", "tanggal", json_date(o->date),
			                         "periode_kenaikan_pangkat", json_date(period), "pegawai", n, "kelompok_minimum",
			                         (json_int_t)min, "rasio_dampak_minimum", json_fixed(thr), "alpha", json_fixed(alpha));
			if (target)
				json_object_set_new(head, "jabatan", json_string(karier_position_code(target)));
			if (o->budget_idr != KARIER_NO_LIMIT)
				json_object_set_new(head, "anggaran_idr", json_integer(o->budget_idr));
			writer_line(w, NULL, head);
		}
		static const char *head_id[17] = {"Hasil",  "Menurut", "Kelompok", "N",   "Terpilih",  "Persen",
		                                  "Rasio dampak", "Di bawah 4/5", "Median", "Q1", "Q3", "Rerata",
		                                  "Uji",    "Statistik", "df", "p", "Signifikan"};
		static const char *head_en[17] = {"Outcome", "By", "Group", "N", "Selected", "Rate", "Impact ratio", "Below 4/5",
		                                  "Median", "Q1", "Q3", "Mean", "Test", "Statistic", "df", "p", "Significant"};
		writer_list_begin(w, 17, en ? head_en : head_id, "kktiinntnnnnknipt");
		for (int32_t i = 0; i < karier_audit_comparison_count(a); i++)
			write_comparison(w, a, i, en);
		writer_list_end(w);
	}
	karier_audit_free(a);
	for (int k = 0; k < O_COUNT; k++)
		free(col[k]);
	free(emp);
	free(pos);
	free(labels);
	return status;
}
