/*
 * test_audit.c - the audit of outcomes by group, and its statistics, against
 * published worked examples and cases computed by hand.
 *
 * Sources of the expected values:
 * - Fisher's exact test: the lady tasting tea, [[3, 1], [1, 3]], p = 17/35
 *   = 0.4857 (R. A. Fisher, The Design of Experiments, 1935); the
 *   studying/sex example of Wikipedia's "Fisher's exact test",
 *   [[1, 9], [11, 3]], two-sided p = 0.002759; Altman, Practical Statistics
 *   for Medical Research (1991), as in MedCalc's manual, [[6, 1], [2, 8]],
 *   P = 0.015.  Each p was also summed exactly in rational arithmetic.
 * - Chi-square: the "Popular Kids" table (Chase and Dummer, Research
 *   Quarterly for Exercise and Sport 63, 1992; used in Yale's Statistics
 *   101 notes, "Two-Way Tables and the Chi-Square Test"): X^2 = 1.51 on 4
 *   degrees of freedom, p = 0.8244; the neighbourhood/occupation example of
 *   Wikipedia's "Chi-squared test": X^2 = 24.6 on 6 degrees of freedom,
 *   p = 0.0004.  Critical values: NIST/SEMATECH e-Handbook of Statistical
 *   Methods, 1.3.6.7.4 (upper 5 %, 1 % and 0.1 % points).
 * - The four-fifths rule: 29 CFR 1607.4(D); 48 of 120 hired (40 %) against
 *   20 of 80 (25 %) gives an impact ratio of 62.5 %.
 * SPDX-License-Identifier: MIT
 */
#include <math.h>
#include <stdlib.h>

#include "support/test.h"
#include "stats.h"

static void fisher_published(void **state)
{
	(void)state;
	int32_t p = -1;
	assert_ok(karier_fisher_exact(&p, 3, 1, 1, 3));
	assert_int_equal(p, 485714);
	assert_ok(karier_fisher_exact(&p, 1, 9, 11, 3));
	assert_int_equal(p, 2759);
	assert_ok(karier_fisher_exact(&p, 11, 3, 1, 9)); /* rows swapped: the same table */
	assert_int_equal(p, 2759);
	assert_ok(karier_fisher_exact(&p, 1, 11, 9, 3)); /* transposed */
	assert_int_equal(p, 2759);
	assert_ok(karier_fisher_exact(&p, 6, 1, 2, 8));
	assert_int_equal(p, 15220);
	assert_ok(karier_fisher_exact(&p, 48, 72, 20, 60)); /* exact sum: 0.0331607 */
	assert_int_equal(p, 33161);
	/* margins that allow one table only, and an empty one */
	assert_ok(karier_fisher_exact(&p, 5, 0, 0, 5 - 5));
	assert_int_equal(p, 1000000);
	assert_ok(karier_fisher_exact(&p, 0, 0, 0, 0));
	assert_int_equal(p, 1000000);
	/* a table far in the tail: p below half a millionth */
	assert_ok(karier_fisher_exact(&p, 500, 0, 0, 500));
	assert_int_equal(p, 0);
	/* large counts stay finite and symmetric */
	int32_t q = -1;
	assert_ok(karier_fisher_exact(&p, 400000, 600000, 390000, 610000));
	assert_ok(karier_fisher_exact(&q, 390000, 610000, 400000, 600000));
	assert_int_equal(p, q);
	assert_true(p >= 0 && p < 10);

	assert_fails(karier_fisher_exact(NULL, 1, 1, 1, 1), KARIER_EINVAL, "out_p_ppm");
	assert_fails(karier_fisher_exact(&p, 1, -1, 1, 1), KARIER_EINVAL, "negative");
	assert_fails(karier_fisher_exact(&p, INT32_MAX, 1, 0, 0), KARIER_ELIMIT, "total");
}

static void chi_square_published(void **state)
{
	(void)state;
	int64_t kids[9] = {49, 50, 69, 24, 36, 38, 19, 22, 28}, stat = -1;
	int32_t df = -1, p = -1;
	assert_ok(karier_chi_square(&stat, &df, &p, kids, 3, 3));
	assert_int_equal(stat, 151); /* 1.5126 */
	assert_int_equal(df, 4);
	assert_int_equal(p, 824399); /* 0.8244 */
	int64_t city[12] = {90, 60, 104, 95, 30, 50, 51, 20, 30, 40, 45, 35};
	assert_ok(karier_chi_square(&stat, &df, &p, city, 3, 4));
	assert_int_equal(stat, 2457); /* 24.57 */
	assert_int_equal(df, 6);
	assert_int_equal(p, 410); /* 0.00041 */
	/* a row of zeros is left out: the same test with the same degrees of freedom */
	int64_t padded[16] = {90, 60, 104, 95, 0, 0, 0, 0, 30, 50, 51, 20, 30, 40, 45, 35};
	assert_ok(karier_chi_square(&stat, &df, &p, padded, 4, 4));
	assert_int_equal(stat, 2457);
	assert_int_equal(df, 6);
	assert_int_equal(p, 410);
	/* a column of zeros is left out too (its expected counts would be 0/0) */
	int64_t kids0[12] = {49, 50, 69, 0, 24, 36, 38, 0, 19, 22, 28, 0};
	assert_ok(karier_chi_square(&stat, &df, &p, kids0, 3, 4));
	assert_int_equal(stat, 151);
	assert_int_equal(df, 4);
	assert_int_equal(p, 824399);
	/* one column left: no test */
	int64_t flat[3] = {4, 5, 6};
	assert_ok(karier_chi_square(&stat, &df, &p, flat, 3, 1));
	assert_int_equal(df, 0);
	assert_int_equal(p, 1000000);
	assert_ok(karier_chi_square(NULL, NULL, NULL, kids, 3, 3)); /* every out pointer optional */

	assert_fails(karier_chi_square(&stat, &df, &p, NULL, 3, 3), KARIER_EINVAL, "counts");
	assert_fails(karier_chi_square(&stat, &df, &p, kids, 0, 3), KARIER_EINVAL, "rows and cols");
	int64_t neg[4] = {1, 2, -3, 4};
	assert_fails(karier_chi_square(&stat, &df, &p, neg, 2, 2), KARIER_EINVAL, "row 2, column 1");
	assert_fails(karier_chi_square(&stat, &df, &p, kids, 1001, 1000), KARIER_ELIMIT, "cells");
}

/* The upper-tail points of the chi-square table give back their tail
 * probability (the table's values are rounded to three decimals, so within
 * a few hundred millionths of the level). */
static void chi_square_table_points(void **state)
{
	(void)state;
	static const struct {
		double x;
		int32_t df, ppm;
	} pts[] = {{3.841, 1, 50000},  {5.991, 2, 50000}, {7.815, 3, 50000}, {9.488, 4, 50000},
	           {11.070, 5, 50000}, {18.307, 10, 50000}, {6.635, 1, 10000}, {11.345, 3, 10000},
	           {10.828, 1, 1000},  {16.266, 3, 1000}, {124.342, 100, 50000}, {43.773, 30, 50000}};
	for (size_t i = 0; i < sizeof pts / sizeof *pts; i++) {
		int32_t got = kr_ppm(kr_chi2_q(pts[i].x, pts[i].df));
		if (abs(got - pts[i].ppm) > pts[i].ppm / 200 + 20)
			print_error("df %d, x %.3f: %d ppm, table %d\n", pts[i].df, pts[i].x, got, pts[i].ppm);
		assert_true(abs(got - pts[i].ppm) <= pts[i].ppm / 200 + 20);
	}
	assert_int_equal(kr_ppm(kr_chi2_q(0.0, 3)), 1000000);
	assert_int_equal(kr_ppm(kr_chi2_q(2000.0, 3)), 0);
	/* the library's exp and log: within two units in the last place of the true values */
	assert_true(fabs(kr_exp(1.0) - 2.718281828459045) <= 2 * 4.5e-16);
	assert_true(fabs(kr_exp(-10.0) - 4.5399929762484854e-05) <= 2 * 6.8e-21);
	assert_true(fabs(kr_log(10.0) - 2.302585092994046) <= 2 * 4.5e-16);
	assert_true(fabs(kr_log(0.001) - -6.907755278982137) <= 2 * 8.9e-16);
	assert_true(kr_exp(-800.0) == 0.0);
}

/* An audit of n employees with one grouping "g" from labels and the given outcome. */
static karier_audit *audit_of(const karier_policy *pol, const char *const *labels, const int32_t *values, int32_t n)
{
	karier_audit *a = NULL;
	assert_ok(karier_audit_new(&a, pol, n));
	assert_ok(karier_audit_add_grouping(a, "g", labels));
	assert_ok(karier_audit_add_outcome(a, "o", values));
	assert_ok(karier_audit_evaluate(a));
	return a;
}

/* Fill labels/values with `count` members of group `label`, `sel` of them selected. */
static int32_t put(const char **labels, int32_t *values, int32_t at, const char *label, int32_t count, int32_t sel)
{
	for (int32_t i = 0; i < count; i++) {
		labels[at + i] = label;
		values[at + i] = i < sel;
	}
	return at + count;
}

static void four_fifths_worked_example(void **state)
{
	(void)state;
	const char *labels[200];
	int32_t values[200];
	int32_t n = put(labels, values, 0, "A", 120, 48);
	n = put(labels, values, n, "B", 80, 20);
	karier_audit *a = audit_of(NULL, labels, values, n);
	assert_int_equal(karier_audit_comparison_count(a), 1);
	const char *outcome, *grouping, *label;
	int32_t kind, groups, supp, method, df, p, flagged, sig, rate, ratio, gflag, med;
	int64_t supp_n, stat, gn, gsel;
	assert_ok(karier_audit_comparison_get(&outcome, &grouping, &kind, &groups, &supp, &supp_n, &method, &stat, &df, &p,
	                                      &flagged, &sig, a, 0));
	assert_string_equal(outcome, "o");
	assert_string_equal(grouping, "g");
	assert_int_equal(kind, KARIER_AUDIT_OUTCOME);
	assert_int_equal(groups, 2);
	assert_int_equal(supp, 0);
	assert_int_equal(method, KARIER_AUDIT_TEST_FISHER);
	assert_int_equal(p, 33161); /* Fisher on [[48, 72], [20, 60]] */
	assert_int_equal(sig, 1);   /* below 5 % */
	assert_int_equal(flagged, 1);
	assert_ok(karier_audit_group_get(&label, &gn, &gsel, &rate, &ratio, &gflag, &med, NULL, NULL, NULL, a, 0, 0));
	assert_string_equal(label, "A");
	assert_int_equal(gn, 120);
	assert_int_equal(gsel, 48);
	assert_int_equal(rate, 4000);
	assert_int_equal(ratio, 10000); /* the reference group */
	assert_int_equal(gflag, 0);
	assert_int_equal(med, KARIER_AUDIT_NA);
	assert_ok(karier_audit_group_get(&label, &gn, &gsel, &rate, &ratio, &gflag, NULL, NULL, NULL, NULL, a, 0, 1));
	assert_string_equal(label, "B");
	assert_int_equal(rate, 2500);
	assert_int_equal(ratio, 6250);
	assert_int_equal(gflag, 1);
	assert_fails(karier_audit_group_get(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, a, 0, 2), KARIER_ENOTFOUND,
	             "no group 2");
	assert_fails(karier_audit_comparison_get(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, a, 1),
	             KARIER_ENOTFOUND, "no comparison 1");
	karier_audit_free(a);
}

/* Both sides of 80 %, and a ratio that rounds down so a flagged group never reads 80.00. */
static void four_fifths_boundary(void **state)
{
	(void)state;
	enum { N = 25010 };
	const char **labels = malloc(N * sizeof *labels);
	int32_t *values = malloc(N * sizeof *values), ratio, flag;
	assert_non_null(labels);
	assert_non_null(values);
	/* 50 of 100 against 40 of 100: exactly 80 %, not flagged; 39 of 100: flagged */
	int32_t n = put(labels, values, 0, "A", 100, 50);
	n = put(labels, values, n, "B", 100, 40);
	karier_audit *a = audit_of(NULL, labels, values, n);
	assert_ok(karier_audit_group_get(NULL, NULL, NULL, NULL, &ratio, &flag, NULL, NULL, NULL, NULL, a, 0, 1));
	assert_int_equal(ratio, 8000);
	assert_int_equal(flag, 0);
	karier_audit_free(a);
	values[100 + 39] = 0;
	a = audit_of(NULL, labels, values, n);
	assert_ok(karier_audit_group_get(NULL, NULL, NULL, NULL, &ratio, &flag, NULL, NULL, NULL, NULL, a, 0, 1));
	assert_int_equal(ratio, 7800);
	assert_int_equal(flag, 1);
	karier_audit_free(a);
	/* 10 of 10 against 19,999 of 25,000: 79.996 %, shown as 79.99 and flagged */
	n = put(labels, values, 0, "A", 10, 10);
	n = put(labels, values, n, "B", 25000, 19999);
	a = audit_of(NULL, labels, values, n);
	int32_t rate;
	assert_ok(karier_audit_group_get(NULL, NULL, NULL, &rate, &ratio, &flag, NULL, NULL, NULL, NULL, a, 0, 1));
	assert_int_equal(rate, 8000); /* 79.996 % rounds half up to 80.00 as a rate */
	assert_int_equal(ratio, 7999);
	assert_int_equal(flag, 1);
	karier_audit_free(a);
	/* 13 of 25 against 10 of 11: exactly 143/250 = 57.20 %, which the double estimate puts at 57.19 */
	n = put(labels, values, 0, "A", 11, 10);
	n = put(labels, values, n, "B", 25, 13);
	a = audit_of(NULL, labels, values, n);
	assert_ok(karier_audit_group_get(NULL, NULL, NULL, NULL, &ratio, &flag, NULL, NULL, NULL, NULL, a, 0, 1));
	assert_int_equal(ratio, 5720);
	karier_audit_free(a);
	n = put(labels, values, 0, "A", 10, 10);
	n = put(labels, values, n, "B", 25000, 19999);
	/* a policy that sets the threshold at 79.99 %: no longer flagged */
	karier_policy *pol = NULL;
	assert_ok(karier_policy_new_default(&pol));
	assert_ok(karier_policy_set(pol, "audit.rasio_dampak_minimum", 7999));
	a = audit_of(pol, labels, values, n);
	assert_ok(karier_audit_group_get(NULL, NULL, NULL, NULL, &ratio, &flag, NULL, NULL, NULL, NULL, a, 0, 1));
	assert_int_equal(flag, 0);
	karier_audit_free(a);
	/* everybody selected: ratios of 100 %, but no test (nothing to compare) */
	for (int32_t i = 0; i < n; i++)
		values[i] = 1;
	a = audit_of(pol, labels, values, n);
	int32_t m0, p0;
	assert_ok(karier_audit_comparison_get(NULL, NULL, NULL, NULL, NULL, NULL, &m0, NULL, NULL, &p0, NULL, NULL, a, 0));
	assert_int_equal(m0, KARIER_AUDIT_TEST_NONE);
	assert_int_equal(p0, -1);
	karier_audit_free(a);
	/* nobody selected anywhere: no ratio, no flag, no test */
	for (int32_t i = 0; i < n; i++)
		values[i] = 0;
	a = audit_of(pol, labels, values, n);
	int32_t method, p, flagged;
	assert_ok(karier_audit_comparison_get(NULL, NULL, NULL, NULL, NULL, NULL, &method, NULL, NULL, &p, &flagged, NULL, a, 0));
	assert_int_equal(method, KARIER_AUDIT_TEST_NONE);
	assert_int_equal(p, -1);
	assert_int_equal(flagged, 0);
	assert_ok(karier_audit_group_get(NULL, NULL, NULL, &rate, &ratio, &flag, NULL, NULL, NULL, NULL, a, 0, 0));
	assert_int_equal(rate, 0);
	assert_int_equal(ratio, -1);
	karier_audit_free(a);
	karier_policy_free(pol);
	free(labels);
	free(values);
}

/* A group under audit.kelompok_minimum (10) is only counted: not shown, not the
 * reference, not in the test. */
static void suppression_at_the_threshold(void **state)
{
	(void)state;
	const char *labels[64];
	int32_t values[64];
	int32_t n = put(labels, values, 0, "besar", 30, 15);
	n = put(labels, values, n, "kecil", 9, 9);   /* 100 %, but 9 people: suppressed */
	n = put(labels, values, n, "sedang", 10, 2); /* exactly 10: shown */
	n = put(labels, values, n, "luar", 5, 0);
	for (int32_t i = n - 5; i < n; i++)
		values[i] = KARIER_AUDIT_NA; /* outside the population: no group at all */
	karier_audit *a = audit_of(NULL, labels, values, n);
	int32_t groups, supp, method, ratio, flagged;
	int64_t supp_n, gn;
	const char *label;
	assert_ok(karier_audit_comparison_get(NULL, NULL, NULL, &groups, &supp, &supp_n, &method, NULL, NULL, NULL, &flagged,
	                                      NULL, a, 0));
	assert_int_equal(groups, 2);
	assert_int_equal(supp, 1);
	assert_int_equal(supp_n, 9);
	assert_int_equal(method, KARIER_AUDIT_TEST_FISHER); /* two groups shown */
	assert_ok(karier_audit_group_get(&label, &gn, NULL, NULL, &ratio, NULL, NULL, NULL, NULL, NULL, a, 0, 0));
	assert_string_equal(label, "besar");
	assert_int_equal(ratio, 10000); /* the reference, not "kecil" */
	assert_ok(karier_audit_group_get(&label, &gn, NULL, NULL, &ratio, NULL, NULL, NULL, NULL, NULL, a, 0, 1));
	assert_string_equal(label, "sedang");
	assert_int_equal(gn, 10);
	assert_int_equal(ratio, 4000); /* 20 % / 50 % */
	assert_int_equal(flagged, 1);
	karier_audit_free(a);
	/* with the minimum at 9 the small group shows and becomes the reference */
	karier_policy *pol = NULL;
	assert_ok(karier_policy_new_default(&pol));
	assert_ok(karier_policy_set(pol, "audit.kelompok_minimum", 9));
	a = audit_of(pol, labels, values, n);
	assert_ok(karier_audit_comparison_get(NULL, NULL, NULL, &groups, &supp, &supp_n, &method, NULL, NULL, NULL, NULL, NULL,
	                                      a, 0));
	assert_int_equal(groups, 3);
	assert_int_equal(supp, 0);
	assert_int_equal(supp_n, 0);
	assert_int_equal(method, KARIER_AUDIT_TEST_CHI_SQUARE);
	assert_ok(karier_audit_group_get(&label, NULL, NULL, NULL, &ratio, NULL, NULL, NULL, NULL, NULL, a, 0, 0));
	assert_string_equal(label, "besar");
	assert_int_equal(ratio, 5000);
	karier_audit_free(a);
	karier_policy_free(pol);
}

/* Three groups: the chi-square of the audit is that of its groups' r x 2 table. */
static void chi_square_across_groups(void **state)
{
	(void)state;
	const char *labels[400];
	int32_t values[400];
	int32_t n = put(labels, values, 0, "SMA", 100, 20);
	n = put(labels, values, n, "S1", 150, 45);
	n = put(labels, values, n, "D3", 120, 30);
	karier_audit *a = audit_of(NULL, labels, values, n);
	int64_t table[6] = {30, 90, 45, 105, 20, 80}, want_stat, stat; /* D3, S1, SMA in byte order */
	int32_t want_df, want_p, df, p, method, sig;
	assert_ok(karier_chi_square(&want_stat, &want_df, &want_p, table, 3, 2));
	assert_ok(karier_audit_comparison_get(NULL, NULL, NULL, NULL, NULL, NULL, &method, &stat, &df, &p, NULL, &sig, a, 0));
	assert_int_equal(method, KARIER_AUDIT_TEST_CHI_SQUARE);
	assert_int_equal(stat, want_stat);
	assert_int_equal(df, 2);
	assert_int_equal(p, want_p);
	/* by hand: rates 25 %, 30 %, 20 %, overall 95/370; X^2 = 3.1866; with 2 degrees of
	 * freedom the tail is exactly e^(-X^2/2) = 0.203253: not significant */
	assert_int_equal(stat, 319);
	assert_int_equal(p, 203253);
	assert_int_equal(sig, 0);
	const char *label;
	int32_t rate;
	assert_ok(karier_audit_group_get(&label, NULL, NULL, &rate, NULL, NULL, NULL, NULL, NULL, NULL, a, 0, 0));
	assert_string_equal(label, "D3");
	assert_int_equal(rate, 2500);
	karier_audit_free(a);
}

static void score_median_and_quartiles(void **state)
{
	(void)state;
	karier_policy *pol = NULL;
	assert_ok(karier_policy_new_default(&pol));
	assert_ok(karier_policy_set(pol, "audit.kelompok_minimum", 1));
	const char *labels[9] = {"a", "a", "a", "a", "b", "b", "b", "b", "b"};
	int32_t scores[9] = {400, 100, 300, 200, 7000, 7001, KARIER_AUDIT_NA, 6000, 8000};
	karier_audit *a = NULL;
	assert_ok(karier_audit_new(&a, pol, 9));
	assert_ok(karier_audit_add_grouping(a, "g", labels));
	assert_ok(karier_audit_add_score(a, "skor", scores));
	assert_ok(karier_audit_evaluate(a));
	int32_t kind, method, p, rate, ratio, med, q1, q3, mean;
	int64_t n, sel;
	assert_ok(karier_audit_comparison_get(NULL, NULL, &kind, NULL, NULL, NULL, &method, NULL, NULL, &p, NULL, NULL, a, 0));
	assert_int_equal(kind, KARIER_AUDIT_SCORE);
	assert_int_equal(method, KARIER_AUDIT_TEST_NONE);
	assert_int_equal(p, -1);
	/* a: 100 200 300 400: median (200 + 300) / 2, Q1 rank ceil(1) = 100, Q3 rank 3 = 300, mean 250 */
	assert_ok(karier_audit_group_get(NULL, &n, &sel, &rate, &ratio, NULL, &med, &q1, &q3, &mean, a, 0, 0));
	assert_int_equal(n, 4);
	assert_int_equal(sel, -1);
	assert_int_equal(rate, -1);
	assert_int_equal(ratio, -1);
	assert_int_equal(med, 250);
	assert_int_equal(q1, 100);
	assert_int_equal(q3, 300);
	assert_int_equal(mean, 250);
	/* b: 6000 7000 7001 8000 (one left out): median 7000.5 rounds half up to 7001, mean 7000.25 to 7000 */
	assert_ok(karier_audit_group_get(NULL, &n, NULL, NULL, NULL, NULL, &med, &q1, &q3, &mean, a, 0, 1));
	assert_int_equal(n, 4);
	assert_int_equal(med, 7001);
	assert_int_equal(q1, 6000);
	assert_int_equal(q3, 7001);
	assert_int_equal(mean, 7000);
	karier_audit_free(a);
	/* five values: Q1 at rank ceil(1.25) = 2, Q3 at rank ceil(3.75) = 4 (nearest rank, not interpolated) */
	const char *five_l[5] = {"x", "x", "x", "x", "x"};
	int32_t five[5] = {500, 100, 400, 200, 300};
	assert_ok(karier_audit_new(&a, pol, 5));
	assert_ok(karier_audit_add_grouping(a, "g", five_l));
	assert_ok(karier_audit_add_score(a, "s", five));
	assert_ok(karier_audit_evaluate(a));
	assert_ok(karier_audit_group_get(NULL, NULL, NULL, NULL, NULL, NULL, &med, &q1, &q3, &mean, a, 0, 0));
	assert_int_equal(med, 300);
	assert_int_equal(q1, 200);
	assert_int_equal(q3, 400);
	assert_int_equal(mean, 300);
	karier_audit_free(a);
	/* an odd count and negative values: the middle one; the mean rounds half up towards +inf */
	const char *one[3] = {"x", "x", "x"};
	int32_t neg[3] = {-3, -1, -1};
	assert_ok(karier_audit_new(&a, pol, 3));
	assert_ok(karier_audit_add_grouping(a, "g", one));
	assert_ok(karier_audit_add_score(a, "s", neg));
	assert_ok(karier_audit_evaluate(a));
	assert_ok(karier_audit_group_get(NULL, NULL, NULL, NULL, NULL, NULL, &med, &q1, &q3, &mean, a, 0, 0));
	assert_int_equal(med, -1);
	assert_int_equal(q1, -3);
	assert_int_equal(q3, -1);
	assert_int_equal(mean, -2); /* -5/3 = -1.67 */
	karier_audit_free(a);
	karier_policy_free(pol);
}

/* The built-in groupings, read from the NIP and the employee's fields. */
static void builtin_groupings(void **state)
{
	(void)state;
	karier_employee *e[4] = {NULL};
	assert_ok(karier_employee_new(&e[0], "198604012010011001", KARIER_STATUS_PNS, NULL)); /* born 1986-04-01, man */
	assert_ok(karier_employee_new(&e[1], "199003152015032002", KARIER_STATUS_PNS, NULL)); /* 1990-03-15, woman */
	assert_ok(karier_employee_new(&e[2], "199001152021211003", KARIER_STATUS_PPPK, NULL)); /* PPPK: sex digit 1 */
	assert_ok(karier_employee_new(&e[3], "197001012000122001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_golongan(e[0], KARIER_GOL_IIID, 20200401));
	assert_ok(karier_employee_set_golongan(e[1], KARIER_GOL_IID, 20200401));
	assert_ok(karier_employee_set_pppk_golongan(e[2], 9, 20210101));
	assert_ok(karier_employee_set_golongan(e[3], KARIER_GOL_IVE, 20200401));
	assert_ok(karier_employee_set_pendidikan(e[0], KARIER_PEND_S1));
	assert_ok(karier_employee_set_unit_kerja(e[1], "Dinas Kesehatan"));
	const karier_employee *in[4] = {e[0], e[1], e[2], e[3]};
	karier_audit *a = NULL;
	assert_ok(karier_audit_new(&a, NULL, 4));
	for (int32_t by = 1; by <= KARIER_AUDIT_BY_COUNT; by++)
		assert_ok(karier_audit_add_builtin(a, by, in, 20260401));
	static const char *const want[KARIER_AUDIT_BY_COUNT][4] = {
		{"laki-laki", "perempuan", "laki-laki", "perempuan"},
		{"40-49", "30-39", "30-39", "50-59"}, /* 40 on her birthday; 36; 36; 56 */
		{"PNS", "PNS", "PPPK", "PNS"},
		{"S1", "-", "-", "-"},
		{"III", "II", "PPPK IX", "IV"},
		{"-", "Dinas Kesehatan", "-", "-"},
	};
	for (int32_t g = 0; g < KARIER_AUDIT_BY_COUNT; g++)
		for (int32_t i = 0; i < 4; i++)
			assert_string_equal(karier_audit_label(a, g, i), want[g][i]);
	assert_null(karier_audit_label(a, 6, 0));
	assert_null(karier_audit_label(a, 0, 4));
	karier_audit_free(a);
	/* the day before the birthday: still 39 */
	assert_ok(karier_audit_new(&a, NULL, 4));
	assert_ok(karier_audit_add_builtin(a, KARIER_AUDIT_BY_USIA, in, 20260331));
	assert_string_equal(karier_audit_label(a, 0, 0), "30-39");
	karier_audit_free(a);
	/* bands of five years from the policy */
	karier_policy *pol = NULL;
	assert_ok(karier_policy_new_default(&pol));
	assert_ok(karier_policy_set(pol, "audit.usia_lebar_pita", 5));
	assert_ok(karier_audit_new(&a, pol, 4));
	assert_ok(karier_audit_add_builtin(a, KARIER_AUDIT_BY_USIA, in, 20260401));
	assert_string_equal(karier_audit_label(a, 0, 0), "40-44");
	assert_string_equal(karier_audit_label(a, 0, 1), "35-39");
	assert_fails(karier_audit_add_builtin(a, KARIER_AUDIT_BY_USIA, in, 20260230), KARIER_ERANGE, "date");
	assert_fails(karier_audit_add_builtin(a, 7, in, 20260401), KARIER_EINVAL, "unknown grouping 7");
	const karier_employee *holes[4] = {e[0], NULL, e[2], e[3]};
	assert_fails(karier_audit_add_builtin(a, KARIER_AUDIT_BY_STATUS, holes, 20260401), KARIER_EINVAL, "employee 1");
	karier_audit_free(a);
	karier_policy_free(pol);
	for (int i = 0; i < 4; i++)
		karier_employee_free(e[i]);
}

static void errors_leave_the_audit_intact(void **state)
{
	(void)state;
	const char *labels[3] = {"x", NULL, ""};
	int32_t good[3] = {1, 0, KARIER_AUDIT_NA}, bad[3] = {1, 2, 0};
	karier_audit *a = NULL;
	assert_fails(karier_audit_new(NULL, NULL, 3), KARIER_EINVAL, "out");
	assert_fails(karier_audit_new(&a, NULL, -1), KARIER_EINVAL, "negative");
	assert_ok(karier_audit_new(&a, NULL, 3));
	assert_int_equal(karier_audit_comparison_count(a), 0);
	assert_ok(karier_audit_add_grouping(a, "g", labels));
	assert_string_equal(karier_audit_label(a, 0, 1), "-"); /* NULL and "" are the group "-" */
	assert_string_equal(karier_audit_label(a, 0, 2), "-");
	assert_fails(karier_audit_add_grouping(a, "g", labels), KARIER_EEXISTS, "\"g\"");
	assert_fails(karier_audit_add_outcome(a, "g", good), KARIER_EEXISTS, "\"g\"");
	assert_fails(karier_audit_add_outcome(a, "o", bad), KARIER_ERANGE, "values[1] is 2");
	assert_fails(karier_audit_add_outcome(a, "", good), KARIER_EINVAL, "1 to 64 bytes");
	assert_fails(karier_audit_add_outcome(a, "o", NULL), KARIER_EINVAL, "values");
	assert_fails(karier_audit_add_outcome(NULL, "o", good), KARIER_EINVAL, "audit");
	assert_fails(karier_audit_add_grouping(a, NULL, labels), KARIER_EINVAL, "name");
	assert_ok(karier_audit_add_outcome(a, "o", good));
	assert_ok(karier_audit_evaluate(a));
	assert_int_equal(karier_audit_comparison_count(a), 1);
	/* a column added afterwards drops the results until evaluated again */
	assert_ok(karier_audit_add_score(a, "s", good));
	assert_int_equal(karier_audit_comparison_count(a), 0);
	assert_ok(karier_audit_evaluate(a));
	assert_int_equal(karier_audit_comparison_count(a), 2);
	assert_fails(karier_audit_evaluate(NULL), KARIER_EINVAL, "audit");
	assert_int_equal(karier_audit_comparison_count(NULL), 0);
	karier_audit_free(a);
	karier_audit_free(NULL);
	/* 64 groupings at most */
	assert_ok(karier_audit_new(&a, NULL, 3));
	char name[16];
	for (int i = 0; i < 64; i++) {
		snprintf(name, sizeof name, "g%d", i);
		assert_ok(karier_audit_add_grouping(a, name, labels));
	}
	assert_fails(karier_audit_add_grouping(a, "one more", labels), KARIER_ELIMIT, "at most 64");
	karier_audit_free(a);
}

/* Many distinct labels: the table grows, and the groups come out in byte order. */
static void many_groups_in_byte_order(void **state)
{
	(void)state;
	enum { N = 5000 };
	char(*text)[8] = malloc(N * sizeof *text);
	const char **labels = malloc(N * sizeof *labels);
	int32_t *values = malloc(N * sizeof *values);
	assert_non_null(text);
	for (int32_t i = 0; i < N; i++) {
		snprintf(text[i], sizeof text[i], "u%04d", (i * 7919) % 500); /* 500 groups of 10 */
		labels[i] = text[i];
		values[i] = (i * 7919) % 500 < 250;
	}
	karier_audit *a = audit_of(NULL, labels, values, N);
	int32_t groups, method, df;
	assert_ok(karier_audit_comparison_get(NULL, NULL, NULL, &groups, NULL, NULL, &method, NULL, &df, NULL, NULL, NULL, a, 0));
	assert_int_equal(groups, 500);
	assert_int_equal(method, KARIER_AUDIT_TEST_CHI_SQUARE);
	assert_int_equal(df, 499);
	const char *prev = "", *label;
	for (int32_t k = 0; k < groups; k++) {
		int64_t n;
		assert_ok(karier_audit_group_get(&label, &n, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, a, 0, k));
		assert_true(strcmp(prev, label) < 0);
		assert_int_equal(n, 10);
		prev = label;
	}
	karier_audit_free(a);
	free(text);
	free(labels);
	free(values);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fisher_published),
		cmocka_unit_test(chi_square_published),
		cmocka_unit_test(chi_square_table_points),
		cmocka_unit_test(four_fifths_worked_example),
		cmocka_unit_test(four_fifths_boundary),
		cmocka_unit_test(suppression_at_the_threshold),
		cmocka_unit_test(chi_square_across_groups),
		cmocka_unit_test(score_median_and_quartiles),
		cmocka_unit_test(builtin_groupings),
		cmocka_unit_test(errors_leave_the_audit_intact),
		cmocka_unit_test(many_groups_in_byte_order),
	};
	return cmocka_run_group_tests_name("audit", tests, NULL, NULL);
}
