/*
 * test_training.c - gaps, JPM categories, plans, the JP ledger, and budget
 * allocation checked against exhaustive search.
 * SPDX-License-Identifier: MIT
 */
#include <stdbool.h>

#include "support/test.h"

static karier_position *analis(void)
{
	karier_position *p = NULL;
	assert_ok(karier_position_new(&p, "ANALIS", "Analis Jabatan", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_set_standard(p, "INTEGRITAS", 3));
	assert_ok(karier_position_set_standard(p, "KERJASAMA", 3));
	assert_ok(karier_position_set_standard(p, "KOMUNIKASI", 2));
	assert_ok(karier_position_set_standard(p, "TEKNIS_ANJAB", 4));
	return p;
}

static karier_employee *pegawai(const char *nip, int32_t integritas, int32_t kerjasama, int32_t komunikasi, int32_t teknis)
{
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, nip, KARIER_STATUS_PNS, NULL));
	if (integritas)
		assert_ok(karier_employee_set_kompetensi(e, "INTEGRITAS", integritas, 20250101));
	if (kerjasama)
		assert_ok(karier_employee_set_kompetensi(e, "KERJASAMA", kerjasama, 20250101));
	if (komunikasi)
		assert_ok(karier_employee_set_kompetensi(e, "KOMUNIKASI", komunikasi, 20250101));
	if (teknis)
		assert_ok(karier_employee_set_kompetensi(e, "TEKNIS_ANJAB", teknis, 20250101));
	assert_ok(karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_BAIK));
	return e;
}

static karier_catalog *katalog(void)
{
	karier_catalog *c = NULL;
	assert_ok(karier_catalog_new(&c));
	assert_ok(karier_catalog_add(c, "INT-A", "Integritas dasar", "INTEGRITAS", 1, 3, 24, 1000000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_catalog_add(c, "INT-C1", "Integritas lanjut", "INTEGRITAS", 2, 3, 20, 800000, KARIER_MODA_NONKLASIKAL));
	assert_ok(karier_catalog_add(c, "INT-B", "Integritas kelas", "INTEGRITAS", 2, 3, 30, 800000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_catalog_add(c, "INT-C0", "Integritas e-learning", "INTEGRITAS", 2, 3, 20, 800000, KARIER_MODA_NONKLASIKAL));
	assert_ok(karier_catalog_add(c, "TEK-1", "Anjab dasar", "TEKNIS_ANJAB", 0, 2, 10, 1000000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_catalog_add(c, "TEK-2", "Anjab lanjut", "TEKNIS_ANJAB", 2, 4, 10, 2000000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_catalog_add(c, "TEK-ALL", "Anjab lengkap", "TEKNIS_ANJAB", 0, 4, 16, 3500000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_catalog_add(c, "TEK-3", "Anjab ahli", "TEKNIS_ANJAB", 3, 5, 10, 100000, KARIER_MODA_KLASIKAL));
	return c;
}

static void catalogue_validates(void **state)
{
	(void)state;
	karier_catalog *c = katalog();
	assert_int_equal(karier_catalog_count(c), 8);
	assert_fails(karier_catalog_add(c, "INT-A", "dup", "INTEGRITAS", 1, 3, 24, 1, 1), KARIER_EEXISTS, "INT-A");
	assert_fails(karier_catalog_add(c, "X", "x", "INTEGRITAS", 3, 3, 24, 1, 1), KARIER_ERANGE, "level_hasil: 3");
	assert_fails(karier_catalog_add(c, "X", "x", "INTEGRITAS", 5, 5, 24, 1, 1), KARIER_ERANGE, "level_min: 5");
	assert_fails(karier_catalog_add(c, "X", "x", "INTEGRITAS", 1, 2, 0, 1, 1), KARIER_ERANGE, "jp: 0");
	assert_fails(karier_catalog_add(c, "X", "x", "INTEGRITAS", 1, 2, 8, -5, 1), KARIER_ERANGE, "biaya: -5");
	assert_fails(karier_catalog_add(c, "X", "x", "INTEGRITAS", 1, 2, 8, 5, 3), KARIER_ERANGE, "moda: 3");
	assert_int_equal(karier_catalog_count(c), 8);
	int32_t i, lmin, lh, jp, moda;
	int64_t biaya;
	const char *code, *komp;
	assert_ok(karier_catalog_find(&i, c, "TEK-2"));
	assert_int_equal(i, 5);
	assert_ok(karier_catalog_get(&code, NULL, &komp, &lmin, &lh, &jp, &biaya, &moda, c, i));
	assert_string_equal(code, "TEK-2");
	assert_string_equal(komp, "TEKNIS_ANJAB");
	assert_int_equal(biaya, 2000000);
	assert_fails(karier_catalog_find(&i, c, "NOPE"), KARIER_ENOTFOUND, "NOPE");
	karier_catalog *d = NULL;
	assert_ok(karier_catalog_copy(&d, c));
	assert_ok(karier_catalog_add(d, "NEW", "n", "K", 0, 1, 1, 1, 1));
	assert_int_equal(karier_catalog_count(c), 8);
	karier_catalog_free(d);
	karier_catalog_free(c);
}

static void gaps_jpm_and_cheapest_plan(void **state)
{
	(void)state;
	karier_position *pos = analis();
	karier_employee *e = pegawai("198501012010011001", 2, 3, 1, 0);
	karier_catalog *c = katalog();
	karier_plan *pl = NULL;
	assert_ok(karier_plan_new(&pl, NULL, e, pos, c));
	/* JPM = (2 + 3 + 1 + 0) / (3 + 3 + 2 + 4) = 50.00 %: kurang optimal */
	assert_int_equal(karier_plan_jpm(pl), 5000);
	assert_int_equal(karier_plan_jpm_category(pl), KARIER_JPM_BAWAH);
	assert_string_equal(karier_plan_jpm_category_name(pl), "kurang_optimal");
	assert_int_equal(karier_plan_gap_count(pl), 3);
	const char *komp;
	int32_t std, act, diff, closed, nc;
	assert_ok(karier_plan_gap_get(&komp, &std, &act, &diff, &closed, &nc, pl, 0));
	assert_string_equal(komp, "INTEGRITAS");
	assert_int_equal(diff, 1);
	assert_int_equal(closed, 1);
	assert_int_equal(nc, 1);
	assert_ok(karier_plan_gap_get(&komp, &std, &act, &diff, &closed, &nc, pl, 1));
	assert_string_equal(komp, "KOMUNIKASI");
	assert_int_equal(closed, 0); /* no course in the catalogue closes it */
	assert_ok(karier_plan_gap_get(&komp, &std, &act, &diff, &closed, &nc, pl, 2));
	assert_string_equal(komp, "TEKNIS_ANJAB");
	assert_int_equal(std, 4);
	assert_int_equal(act, 0);
	assert_int_equal(diff, 4);
	assert_int_equal(nc, 2);
	/* INTEGRITAS 2 -> 3: three courses cost 800,000; two of them 20 JP; INT-C0 < INT-C1.
	 * TEKNIS 0 -> 4: TEK-1 + TEK-2 = 3,000,000 beats TEK-ALL at 3,500,000 */
	static const char *const want[3] = {"INT-C0", "TEK-1", "TEK-2"};
	assert_int_equal(karier_plan_course_count(pl), 3);
	for (int32_t i = 0; i < 3; i++) {
		const char *code;
		assert_ok(karier_plan_course_get(NULL, NULL, &code, NULL, NULL, NULL, pl, i));
		assert_string_equal(code, want[i]);
	}
	int32_t jp;
	int64_t biaya;
	assert_ok(karier_plan_totals(&jp, &biaya, pl));
	assert_int_equal(jp, 40);
	assert_int_equal(biaya, 3800000);
	karier_plan_free(pl);

	/* at equal rupiah, fewer JP wins: TEK-ALL at 3,000,000 and 16 JP */
	karier_catalog *d = katalog();
	assert_ok(karier_catalog_add(d, "TEK-ALL2", "Anjab paket", "TEKNIS_ANJAB", 0, 4, 16, 3000000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_plan_new(&pl, NULL, e, pos, d));
	const char *code;
	assert_ok(karier_plan_course_get(NULL, NULL, &code, NULL, NULL, NULL, pl, 1));
	assert_string_equal(code, "TEK-ALL2");
	karier_plan_free(pl);
	karier_catalog_free(d);

	/* without a catalogue: gaps only */
	assert_ok(karier_plan_new(&pl, NULL, e, pos, NULL));
	assert_int_equal(karier_plan_gap_count(pl), 3);
	assert_int_equal(karier_plan_course_count(pl), 0);
	karier_plan_free(pl);
	karier_catalog_free(c);
	karier_employee_free(e);
	karier_position_free(pos);
}

/* A standard of ten competencies at level 5 (sum 50); the employee has `attained` levels in all. */
static int32_t category_for(const karier_policy *p, int32_t attained, const char **name)
{
	karier_position *pos = NULL;
	karier_employee *e = NULL;
	assert_ok(karier_position_new(&pos, "P", "P", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_employee_new(&e, "198501012010011001", KARIER_STATUS_PNS, NULL));
	char code[8];
	for (int i = 0; i < 10; i++) {
		snprintf(code, sizeof code, "K%d", i);
		assert_ok(karier_position_set_standard(pos, code, 5));
		int32_t lvl = attained / 10 + (i < attained % 10);
		if (lvl)
			assert_ok(karier_employee_set_kompetensi(e, code, lvl, 0));
	}
	karier_plan *pl = NULL;
	assert_ok(karier_plan_new(&pl, p, e, pos, NULL));
	int32_t cat = karier_plan_jpm_category(pl);
	*name = karier_plan_jpm_category_name(pl);
	karier_plan_free(pl);
	karier_employee_free(e);
	karier_position_free(pos);
	return cat;
}

static void jpm_category_schemes(void **state)
{
	(void)state;
	karier_policy *p = NULL;
	const char *name;
	assert_ok(karier_policy_new_default(&p));
	/* scheme 1: optimal >= 90, cukup optimal 78 to < 90, kurang optimal < 78 */
	assert_int_equal(category_for(p, 45, &name), KARIER_JPM_ATAS); /* 90.00 */
	assert_string_equal(name, "optimal");
	assert_int_equal(category_for(p, 44, &name), KARIER_JPM_TENGAH); /* 88.00 */
	assert_string_equal(name, "cukup_optimal");
	assert_int_equal(category_for(p, 39, &name), KARIER_JPM_TENGAH); /* 78.00 */
	assert_int_equal(category_for(p, 38, &name), KARIER_JPM_BAWAH);  /* 76.00 */
	assert_string_equal(name, "kurang_optimal");
	/* scheme 2: memenuhi syarat >= 80, masih 68 to < 80 */
	assert_ok(karier_policy_set(p, "jpm.skema", 2));
	assert_ok(karier_policy_set_text(p, "jpm.kategori_atas_min", "80"));
	assert_ok(karier_policy_set_text(p, "jpm.kategori_tengah_min", "68"));
	assert_int_equal(category_for(p, 40, &name), KARIER_JPM_ATAS);
	assert_string_equal(name, "memenuhi_syarat");
	assert_int_equal(category_for(p, 39, &name), KARIER_JPM_TENGAH);
	assert_string_equal(name, "masih_memenuhi_syarat");
	assert_int_equal(category_for(p, 34, &name), KARIER_JPM_TENGAH); /* 68.00 */
	assert_int_equal(category_for(p, 33, &name), KARIER_JPM_BAWAH);
	assert_string_equal(name, "kurang_memenuhi_syarat");
	karier_policy_free(p);
}

/* The JPM of e against pos when attained levels count only up to the standard's
 * (policy jpm.batasi_ke_standar = 1). */
static int32_t capped_jpm(const karier_employee *e, const karier_position *pos)
{
	karier_policy *capped = NULL;
	karier_plan *pl = NULL;
	assert_ok(karier_policy_new_default(&capped));
	assert_ok(karier_policy_set(capped, "jpm.batasi_ke_standar", 1));
	assert_ok(karier_plan_new(&pl, capped, e, pos, NULL));
	int32_t jpm = karier_plan_jpm(pl);
	karier_plan_free(pl);
	karier_policy_free(capped);
	return jpm;
}

static void jpm_capping_switch(void **state)
{
	(void)state;
	karier_position *pos = analis();
	karier_employee *e = pegawai("198501012010011001", 5, 5, 1, 1); /* 12 of 12 uncapped */
	karier_plan *pl = NULL;
	assert_ok(karier_plan_new(&pl, NULL, e, pos, NULL));
	assert_int_equal(karier_plan_jpm(pl), 10000);
	karier_plan_free(pl);
	assert_int_equal(capped_jpm(e, pos), 6667); /* 3 + 3 + 1 + 1 = 8 of 12 */
	karier_employee_free(e);
	karier_position_free(pos);
}

static void jp_ledger(void **state)
{
	(void)state;
	karier_employee *e = pegawai("198501012010011001", 0, 0, 0, 0);
	assert_ok(karier_employee_add_pelatihan(e, "A", 20250310, 8, KARIER_PELATIHAN_TEKNIS));
	assert_ok(karier_employee_add_pelatihan(e, "B", 20251120, 10, KARIER_PELATIHAN_TEKNIS));
	assert_ok(karier_employee_add_pelatihan(e, "C", 20241231, 30, KARIER_PELATIHAN_TEKNIS));
	int32_t jp, min, max, below, above;
	assert_ok(karier_jp_ledger(&jp, &min, &max, &below, &above, NULL, e, 2025));
	assert_int_equal(jp, 18);
	assert_int_equal(min, 20); /* PP 11/2017 Ps203(4) */
	assert_int_equal(below, 1);
	assert_int_equal(above, 0);
	assert_ok(karier_employee_add_pelatihan(e, "D", 20251231, 2, KARIER_PELATIHAN_TEKNIS));
	assert_ok(karier_jp_ledger(&jp, NULL, NULL, &below, NULL, NULL, e, 2025));
	assert_int_equal(jp, 20);
	assert_int_equal(below, 0);
	karier_employee_free(e);
	assert_ok(karier_employee_new(&e, "199001152021211003", KARIER_STATUS_PPPK, NULL));
	assert_ok(karier_employee_add_pelatihan(e, "A", 20250310, 30, KARIER_PELATIHAN_TEKNIS));
	assert_ok(karier_jp_ledger(&jp, &min, &max, &below, &above, NULL, e, 2025));
	assert_int_equal(max, 24); /* PP 49/2018 Ps40 */
	assert_int_equal(min, 0);
	assert_int_equal(above, 1);
	assert_int_equal(below, 0);
	assert_fails(karier_jp_ledger(&jp, NULL, NULL, NULL, NULL, NULL, e, 1800), KARIER_ERANGE, "year");
	karier_employee_free(e);
}

/* The allocation's counts by status (karier_allocation_status_count) against its items read one by
 * one; returns the count of `want`. */
static int32_t status_counts_agree(const karier_allocation *a, int32_t want)
{
	int32_t tally[KARIER_UNFUNDED_PPPK_MAKS + 1] = {0}, sum = 0;
	for (int32_t i = 0; i < karier_allocation_item_count(a); i++) {
		int32_t st = -1;
		assert_ok(karier_allocation_item_get(NULL, NULL, NULL, NULL, NULL, NULL, &st, a, i));
		assert_true(st >= KARIER_FUNDED && st <= KARIER_UNFUNDED_PPPK_MAKS);
		tally[st]++;
	}
	for (int32_t st = KARIER_FUNDED; st <= KARIER_UNFUNDED_PPPK_MAKS; st++) {
		int32_t n = -1;
		assert_ok(karier_allocation_status_count(&n, a, st));
		assert_int_equal(n, tally[st]);
		sum += n;
	}
	assert_int_equal(sum, karier_allocation_item_count(a));
	return tally[want];
}

static void allocation_worked_example(void **state)
{
	(void)state;
	karier_position *pos = analis();
	karier_catalog *c = katalog();
	/* e1: JPM 50 %, 20 JP in 2026: priority 100 + 50 x 85/100 + 50 x 50/100 = 167.50
	 * e2: JPM 11/12 = 91.67 %, no JP in 2026: (100 + 42.50 + 4.17) x 10 = 1466.70 */
	karier_employee *e1 = pegawai("198501012010011001", 2, 3, 1, 0);
	karier_employee *e2 = pegawai("198601012011011001", 2, 3, 2, 4);
	assert_ok(karier_employee_add_pelatihan(e1, "X", 20260115, 20, KARIER_PELATIHAN_TEKNIS));
	const karier_employee *emp[2] = {e1, e2};
	const karier_position *pos2[2] = {pos, pos};
	karier_allocation *a = NULL;
	assert_ok(karier_allocate(&a, NULL, emp, pos2, 2, c, 1000000, KARIER_NO_LIMIT, 2026, 1));
	assert_int_equal(karier_allocation_item_count(a), 4);
	int32_t who, diff, status;
	int64_t biaya, jp, value;
	const char *komp;
	/* e1 INTEGRITAS: 1 level, 800,000, 167.50; not funded: the budget went to e2 */
	assert_ok(karier_allocation_item_get(&who, &komp, &diff, &biaya, &jp, &value, &status, a, 0));
	assert_int_equal(who, 0);
	assert_string_equal(komp, "INTEGRITAS");
	assert_int_equal(value, 16750);
	assert_int_equal(status, KARIER_UNFUNDED_BUDGET_IDR);
	/* e1 KOMUNIKASI: no course */
	assert_ok(karier_allocation_item_get(NULL, &komp, NULL, NULL, NULL, NULL, &status, a, 1));
	assert_string_equal(komp, "KOMUNIKASI");
	assert_int_equal(status, KARIER_UNFUNDED_NO_COURSE);
	/* e1 TEKNIS: 4 levels x 167.50 = 670.00 for 3,000,000: over the whole budget */
	assert_ok(karier_allocation_item_get(NULL, NULL, &diff, &biaya, NULL, &value, &status, a, 2));
	assert_int_equal(diff, 4);
	assert_int_equal(biaya, 3000000);
	assert_int_equal(value, 67000);
	assert_int_equal(status, KARIER_UNFUNDED_BUDGET_IDR);
	assert_int_equal(karier_allocation_item_course_count(a, 2), 2);
	const char *code;
	assert_ok(karier_allocation_item_course(&code, a, 2, 1));
	assert_string_equal(code, "TEK-2");
	/* e2 INTEGRITAS: funded */
	assert_ok(karier_allocation_item_get(&who, NULL, NULL, NULL, NULL, &value, &status, a, 3));
	assert_int_equal(who, 1);
	assert_int_equal(value, 146670);
	assert_int_equal(status, KARIER_FUNDED);
	int64_t spent, spent_jp, total, upper;
	assert_ok(karier_allocation_summary(&spent, &spent_jp, &total, &upper, a));
	assert_int_equal(spent, 800000);
	assert_int_equal(spent_jp, 20);
	assert_int_equal(total, 146670);
	/* the search proves this choice optimal: the bound is the value */
	assert_int_equal(karier_allocation_method(a), KARIER_ALLOCATION_EXACT);
	assert_int_equal(upper, 146670);
	/* by status: one funded, two over the rupiah budget, one without a course */
	assert_int_equal(status_counts_agree(a, KARIER_FUNDED), 1);
	assert_int_equal(status_counts_agree(a, KARIER_UNFUNDED_BUDGET_IDR), 2);
	assert_int_equal(status_counts_agree(a, KARIER_UNFUNDED_NO_COURSE), 1);
	assert_int_equal(status_counts_agree(a, KARIER_UNFUNDED_BUDGET_JP), 0);
	karier_allocation_free(a);
	/* greedy alone (no search) keeps the Dantzig bound: e2 INTEGRITAS whole, then
	 * 200,000 / 800,000 of e1 INTEGRITAS (4187.5, rounded up by one) */
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "pelatihan.alokasi.item_maksimum_eksak", 0));
	assert_ok(karier_allocate(&a, p, emp, pos2, 2, c, 1000000, KARIER_NO_LIMIT, 2026, 1));
	assert_int_equal(karier_allocation_method(a), KARIER_ALLOCATION_GREEDY);
	assert_ok(karier_allocation_summary(NULL, NULL, &total, &upper, a));
	assert_int_equal(total, 146670);
	assert_int_equal(upper, 146670 + 4188);
	karier_allocation_free(a);
	karier_policy_free(p);
	karier_catalog_free(c);
	karier_employee_free(e1);
	karier_employee_free(e2);
	karier_position_free(pos);
}

/* The review's case: greedy funds the one dear course, the optimum two cheaper ones. */
static void allocation_exact_beats_greedy(void **state)
{
	(void)state;
	/* equal priorities: base 100.00, no kinerja or kompetensi weight, no JP factor */
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "pelatihan.prioritas.bobot_kinerja", 0));
	assert_ok(karier_policy_set(p, "pelatihan.prioritas.bobot_kompetensi", 0));
	assert_ok(karier_policy_set(p, "pelatihan.prioritas.faktor_di_bawah_minimum", 100));
	karier_position *pos = NULL;
	assert_ok(karier_position_new(&pos, "P", "P", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_set_standard(pos, "A", 5));
	assert_ok(karier_position_set_standard(pos, "B", 3));
	karier_catalog *c = NULL;
	assert_ok(karier_catalog_new(&c));
	assert_ok(karier_catalog_add(c, "KA", "A", "A", 0, 5, 40, 6000000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_catalog_add(c, "KB", "B", "B", 0, 3, 30, 5000000, KARIER_MODA_KLASIKAL));
	/* e1 lacks A (5 levels x 100.00 = 500.00 for 6,000,000); e2 and e3 lack B (300.00 for 5,000,000) */
	karier_employee *e[3] = {NULL, NULL, NULL};
	static const char *const nips[3] = {"198501012010011001", "198501012010011002", "198501012010011003"};
	for (int i = 0; i < 3; i++) {
		assert_ok(karier_employee_new(&e[i], nips[i], KARIER_STATUS_PNS, NULL));
		assert_ok(karier_employee_set_kompetensi(e[i], i == 0 ? "B" : "A", i == 0 ? 3 : 5, 20250101));
	}
	const karier_employee *emp[3] = {e[0], e[1], e[2]};
	const karier_position *ps[3] = {pos, pos, pos};
	karier_allocation *a = NULL;
	assert_ok(karier_allocate(&a, p, emp, ps, 3, c, 10000000, KARIER_NO_LIMIT, 2026, 1));
	int64_t spent, value, upper;
	assert_ok(karier_allocation_summary(&spent, NULL, &value, &upper, a));
	assert_int_equal(karier_allocation_method(a), KARIER_ALLOCATION_EXACT);
	assert_int_equal(value, 60000);      /* both B courses: 300.00 + 300.00 */
	assert_int_equal(spent, 10000000);   /* the second costs exactly what is left */
	assert_int_equal(upper, 60000);
	int32_t st;
	assert_ok(karier_allocation_item_get(NULL, NULL, NULL, NULL, NULL, NULL, &st, a, 0));
	assert_int_equal(st, KARIER_UNFUNDED_BUDGET_IDR);
	karier_allocation_free(a);
	/* one rupiah less and only one B course fits: then A (500.00) is the best */
	assert_ok(karier_allocate(&a, p, emp, ps, 3, c, 9999999, KARIER_NO_LIMIT, 2026, 1));
	assert_ok(karier_allocation_summary(&spent, NULL, &value, &upper, a));
	assert_int_equal(value, 50000);
	assert_int_equal(spent, 6000000);
	karier_allocation_free(a);
	/* greedy alone takes A by density (500.00 / 6 M > 300.00 / 5 M) and stops;
	 * its bound: A, then 4 M / 5 M of a B (240.00, rounded up by one hundredth) */
	assert_ok(karier_policy_set(p, "pelatihan.alokasi.item_maksimum_eksak", 0));
	assert_ok(karier_allocate(&a, p, emp, ps, 3, c, 10000000, KARIER_NO_LIMIT, 2026, 1));
	assert_ok(karier_allocation_summary(NULL, NULL, &value, &upper, a));
	assert_int_equal(karier_allocation_method(a), KARIER_ALLOCATION_GREEDY);
	assert_int_equal(value, 50000);
	assert_int_equal(upper, 74001);
	karier_allocation_free(a);
	/* a search of one step stops at once: the greedy choice, said to be the search's best */
	assert_ok(karier_policy_set(p, "pelatihan.alokasi.item_maksimum_eksak", 20000));
	assert_ok(karier_policy_set(p, "pelatihan.alokasi.batas_langkah", 1));
	assert_ok(karier_allocate(&a, p, emp, ps, 3, c, 10000000, KARIER_NO_LIMIT, 2026, 1));
	assert_ok(karier_allocation_summary(NULL, NULL, &value, &upper, a));
	assert_int_equal(karier_allocation_method(a), KARIER_ALLOCATION_SEARCH_LIMIT);
	assert_int_equal(value, 50000);
	assert_int_equal(upper, 74001);
	karier_allocation_free(a);
	for (int i = 0; i < 3; i++)
		karier_employee_free(e[i]);
	karier_catalog_free(c);
	karier_position_free(pos);
	karier_policy_free(p);
}

/* Priority counts no negative shortfall when the JPM passes 100 % (PP 11/2017 Ps203(3)); the
 * Dantzig bound counts an item that costs the whole budget. */
static void allocation_priority_and_bound_edges(void **state)
{
	(void)state;
	karier_position *pos = NULL;
	assert_ok(karier_position_new(&pos, "P", "P", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_set_standard(pos, "A", 3));
	assert_ok(karier_position_set_standard(pos, "B", 3));
	karier_catalog *c = NULL;
	assert_ok(karier_catalog_new(&c));
	assert_ok(karier_catalog_add(c, "KB", "B", "B", 2, 3, 10, 1000000, KARIER_MODA_KLASIKAL));
	/* A at 5, B at 2: JPM 7/6 = 116.67 % (no capping), one level short on B.  Priority: 100.00
	 * + 50 x 0 (no kinerja) + 50 x max(0, 100 - 116.67) / 100 = 100.00, x 10 under the JP minimum */
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, "198501012010011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_kompetensi(e, "A", 5, 20250101));
	assert_ok(karier_employee_set_kompetensi(e, "B", 2, 20250101));
	const karier_employee *emp[1] = {e};
	const karier_position *ps[1] = {pos};
	karier_allocation *a = NULL;
	assert_ok(karier_allocate(&a, NULL, emp, ps, 1, c, KARIER_NO_LIMIT, KARIER_NO_LIMIT, 2026, 1));
	int64_t value;
	assert_ok(karier_allocation_item_get(NULL, NULL, NULL, NULL, NULL, &value, NULL, a, 0));
	assert_int_equal(value, 100000);
	karier_allocation_free(a);
	karier_employee_free(e);
	karier_catalog_free(c);
	karier_position_free(pos);

	/* greedy alone, Rp 10,000,000: A costs it all (500.00), B 6,000,000 (400.00, denser).  Greedy
	 * takes B, then the best single item A is worth more: A.  Bound: B whole, then 4 M / 10 M of A
	 * (200.00, rounded up by one hundredth) = 600.01: A counts although it costs the whole budget */
	karier_policy *p = NULL;
	assert_ok(karier_policy_new_default(&p));
	assert_ok(karier_policy_set(p, "pelatihan.alokasi.item_maksimum_eksak", 0));
	assert_ok(karier_policy_set(p, "pelatihan.prioritas.bobot_kinerja", 0));
	assert_ok(karier_policy_set(p, "pelatihan.prioritas.bobot_kompetensi", 0));
	assert_ok(karier_policy_set(p, "pelatihan.prioritas.faktor_di_bawah_minimum", 100));
	assert_ok(karier_position_new(&pos, "P", "P", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_set_standard(pos, "A", 5));
	assert_ok(karier_position_set_standard(pos, "B", 4));
	assert_ok(karier_catalog_new(&c));
	assert_ok(karier_catalog_add(c, "KA", "A", "A", 0, 5, 40, 10000000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_catalog_add(c, "KB", "B", "B", 0, 4, 30, 6000000, KARIER_MODA_KLASIKAL));
	karier_employee *e1 = NULL, *e2 = NULL;
	assert_ok(karier_employee_new(&e1, "198501012010011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_kompetensi(e1, "B", 4, 20250101));
	assert_ok(karier_employee_new(&e2, "198501012010011002", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_kompetensi(e2, "A", 5, 20250101));
	const karier_employee *two[2] = {e1, e2};
	const karier_position *pos2[2] = {pos, pos};
	assert_ok(karier_allocate(&a, p, two, pos2, 2, c, 10000000, KARIER_NO_LIMIT, 2026, 1));
	int64_t upper;
	assert_ok(karier_allocation_summary(NULL, NULL, &value, &upper, a));
	assert_int_equal(value, 50000);
	assert_int_equal(upper, 60001);
	karier_allocation_free(a);
	karier_employee_free(e1);
	karier_employee_free(e2);
	karier_catalog_free(c);
	karier_position_free(pos);
	karier_policy_free(p);
}

/* PP 49/2018 Ps40: a PPPK takes at most 24 JP a contract year, in plans and allocations. */
static void pppk_jp_maximum(void **state)
{
	(void)state;
	karier_position *pos = NULL;
	assert_ok(karier_position_new(&pos, "P", "P", KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_PERTAMA));
	assert_ok(karier_position_set_standard(pos, "A", 2));
	assert_ok(karier_position_set_standard(pos, "B", 2));
	karier_catalog *c = NULL;
	assert_ok(karier_catalog_new(&c));
	assert_ok(karier_catalog_add(c, "KA", "A", "A", 0, 2, 16, 1000000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_catalog_add(c, "KB", "B", "B", 0, 2, 8, 1000000, KARIER_MODA_KLASIKAL));
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, "199001152021211003", KARIER_STATUS_PPPK, NULL));
	/* the plan: A (16 JP) then B (8 JP) = 24 JP, exactly the maximum */
	karier_plan *pl = NULL;
	assert_ok(karier_plan_new(&pl, NULL, e, pos, c));
	int32_t closed, jp;
	assert_ok(karier_plan_gap_get(NULL, NULL, NULL, NULL, &closed, NULL, pl, 1));
	assert_int_equal(closed, 1);
	assert_ok(karier_plan_totals(&jp, NULL, pl));
	assert_int_equal(jp, 24);
	karier_plan_free(pl);
	/* one JP more and B no longer fits the plan: a sequence exists (2) but is left out */
	karier_catalog_free(c);
	assert_ok(karier_catalog_new(&c));
	assert_ok(karier_catalog_add(c, "KA", "A", "A", 0, 2, 16, 1000000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_catalog_add(c, "KB", "B", "B", 0, 2, 9, 1000000, KARIER_MODA_KLASIKAL));
	assert_ok(karier_plan_new(&pl, NULL, e, pos, c));
	assert_ok(karier_plan_gap_get(NULL, NULL, NULL, NULL, &closed, NULL, pl, 1));
	assert_int_equal(closed, 2);
	assert_ok(karier_plan_totals(&jp, NULL, pl));
	assert_int_equal(jp, 16);
	assert_int_equal(karier_plan_course_count(pl), 1);
	karier_plan_free(pl);
	/* the allocation, no budget: 10 JP already done in 2026 leave 14; A (16) can never be
	 * funded, B (9) can */
	assert_ok(karier_employee_add_pelatihan(e, "X", 20260301, 10, KARIER_PELATIHAN_TEKNIS));
	const karier_employee *emp[1] = {e};
	const karier_position *ps[1] = {pos};
	karier_allocation *a = NULL;
	assert_ok(karier_allocate(&a, NULL, emp, ps, 1, c, KARIER_NO_LIMIT, KARIER_NO_LIMIT, 2026, 1));
	int32_t st;
	assert_ok(karier_allocation_item_get(NULL, NULL, NULL, NULL, NULL, NULL, &st, a, 0));
	assert_int_equal(st, KARIER_UNFUNDED_PPPK_MAKS);
	assert_ok(karier_allocation_item_get(NULL, NULL, NULL, NULL, NULL, NULL, &st, a, 1));
	assert_int_equal(st, KARIER_FUNDED);
	assert_int_equal(karier_allocation_method(a), KARIER_ALLOCATION_EXACT);
	assert_int_equal(status_counts_agree(a, KARIER_UNFUNDED_PPPK_MAKS), 1); /* over the cap on its own */
	assert_int_equal(status_counts_agree(a, KARIER_FUNDED), 1);
	karier_allocation_free(a);
	/* 16 JP already done: B (9) is over the 8 left too */
	assert_ok(karier_employee_add_pelatihan(e, "Y", 20260401, 6, KARIER_PELATIHAN_TEKNIS));
	assert_ok(karier_allocate(&a, NULL, emp, ps, 1, c, KARIER_NO_LIMIT, KARIER_NO_LIMIT, 2026, 1));
	assert_ok(karier_allocation_item_get(NULL, NULL, NULL, NULL, NULL, NULL, &st, a, 1));
	assert_int_equal(st, KARIER_UNFUNDED_PPPK_MAKS);
	int64_t spent_jp;
	assert_ok(karier_allocation_summary(NULL, &spent_jp, NULL, NULL, a));
	assert_int_equal(spent_jp, 0);
	assert_int_equal(status_counts_agree(a, KARIER_UNFUNDED_PPPK_MAKS), 2);
	karier_allocation_free(a);
	karier_employee_free(e);
	karier_catalog_free(c);
	karier_position_free(pos);
}

/* ---- exhaustive check on small random allocations ---- */

static uint32_t rng_state;
static uint32_t rnd(uint32_t n)
{
	rng_state = rng_state * 1664525u + 1013904223u;
	return (rng_state >> 8) % n;
}

struct instance {
	karier_catalog *c;
	karier_position *pos;
	karier_employee *e[5];
};

/* Five employees; with `pppk` the last is a PPPK (at most 24 JP a year, PP 49/2018 Ps40). */
static void make_instance(struct instance *in, bool pppk)
{
	static const char *const komp[3] = {"K1", "K2", "K3"};
	assert_ok(karier_catalog_new(&in->c));
	char code[16];
	for (int k = 0; k < 3; k++)
		for (int j = 0; j < 4; j++) {
			int32_t lmin = (int32_t)rnd(4);
			int32_t lh = lmin + 1 + (int32_t)rnd((uint32_t)(5 - lmin));
			snprintf(code, sizeof code, "%s-%d", komp[k], j);
			assert_ok(karier_catalog_add(in->c, code, code, komp[k], lmin, lh, 5 + (int32_t)rnd(36),
			                             100000 + 50000 * (int64_t)rnd(100), 1 + (int32_t)rnd(2)));
		}
	assert_ok(karier_position_new(&in->pos, "P", "P", KARIER_JAB_PELAKSANA, 0));
	for (int k = 0; k < 3; k++)
		assert_ok(karier_position_set_standard(in->pos, komp[k], 2 + (int32_t)rnd(4)));
	static const char *const nips[5] = {"198501012010011001", "198501012010011002", "198501012010011003",
	                                    "198501012010011004", "198501012010011005"};
	for (int i = 0; i < 5; i++) {
		if (pppk && i == 4)
			assert_ok(karier_employee_new(&in->e[i], "199001152021211005", KARIER_STATUS_PPPK, NULL));
		else
			assert_ok(karier_employee_new(&in->e[i], nips[i], KARIER_STATUS_PNS, NULL));
		for (int k = 0; k < 3; k++) {
			int32_t lvl = (int32_t)rnd(5);
			if (lvl)
				assert_ok(karier_employee_set_kompetensi(in->e[i], komp[k], lvl, 0));
		}
		assert_ok(karier_employee_set_kinerja(in->e[i], 2025, 1 + (int32_t)rnd(5)));
		if (rnd(2))
			assert_ok(karier_employee_add_pelatihan(in->e[i], "X", 20260105, (pppk && i == 4) ? 6 : 20, 0));
	}
}

static void free_instance(struct instance *in)
{
	for (int i = 0; i < 5; i++)
		karier_employee_free(in->e[i]);
	karier_position_free(in->pos);
	karier_catalog_free(in->c);
}

/* The exact allocation against every subset, and the greedy one's guarantees,
 * on 150 random instances (half with a PPPK whose items share its yearly cap). */
static void allocation_against_exhaustive_search(void **state)
{
	(void)state;
	rng_state = 20261122u;
	karier_policy *greedy = NULL;
	assert_ok(karier_policy_new_default(&greedy));
	assert_ok(karier_policy_set(greedy, "pelatihan.alokasi.item_maksimum_eksak", 0));
	int checked = 0, rich = 0, binding = 0, greedy_short = 0;
	int32_t counted[KARIER_UNFUNDED_PPPK_MAKS + 1] = {0}; /* items of each status, over every allocation */
	for (int round = 0; round < 150; round++) {
		struct instance in;
		bool pppk = round % 2 == 1;
		make_instance(&in, pppk);
		const karier_employee *emp[5] = {in.e[0], in.e[1], in.e[2], in.e[3], in.e[4]};
		const karier_position *pos[5] = {in.pos, in.pos, in.pos, in.pos, in.pos};
		int32_t cap = 24;
		if (pppk) {
			int32_t done;
			assert_ok(karier_jp_ledger(&done, NULL, NULL, NULL, NULL, NULL, in.e[4], 2026));
			cap -= done;
		}
		/* the fundable items and the cost of funding them all */
		karier_allocation *a = NULL;
		assert_ok(karier_allocate(&a, NULL, emp, pos, 5, in.c, KARIER_NO_LIMIT, KARIER_NO_LIMIT, 2026, 1));
		int32_t n = karier_allocation_item_count(a), m = 0, who[16];
		int64_t cost[16], jp[16], val[16], all_idr = 0, all_jp = 0, all_val = 0;
		for (int32_t i = 0; i < n; i++) {
			int32_t st, w;
			int64_t b, j, v;
			assert_ok(karier_allocation_item_get(&w, NULL, NULL, &b, &j, &v, &st, a, i));
			if (st == KARIER_UNFUNDED_NO_COURSE || (w == 4 && pppk && j > cap))
				continue; /* never fundable */
			if (!(pppk && w == 4))
				assert_int_equal(st, KARIER_FUNDED); /* no limit: a PNS's closable items are all funded */
			assert_true(m < 16);
			cost[m] = b, jp[m] = j, val[m] = v, who[m] = w, m++;
			all_idr += b, all_jp += j, all_val += v;
		}
		karier_allocation_free(a);
		int mode = round % 3; /* rupiah only, JP only, both */
		int64_t bidr = mode == 1 ? KARIER_NO_LIMIT : all_idr * (20 + (int64_t)rnd(60)) / 100;
		int64_t bjp = mode == 0 ? KARIER_NO_LIMIT : all_jp * (20 + (int64_t)rnd(60)) / 100;
		/* the optimum, by trying every subset */
		int64_t opt = 0, best_single = 0;
		for (uint32_t s = 0; s < (1u << m); s++) {
			int64_t c = 0, j = 0, v = 0, jp4 = 0;
			for (int32_t i = 0; i < m; i++)
				if (s & (1u << i))
					c += cost[i], j += jp[i], v += val[i], jp4 += who[i] == 4 ? jp[i] : 0;
			if ((bidr != KARIER_NO_LIMIT && c > bidr) || (bjp != KARIER_NO_LIMIT && j > bjp) || (pppk && jp4 > cap))
				continue;
			if (v > opt)
				opt = v;
			if (s && !(s & (s - 1)) && v > best_single)
				best_single = v;
		}
		for (int how = 0; how < 2; how++) {
			assert_ok(karier_allocate(&a, how ? greedy : NULL, emp, pos, 5, in.c, bidr, bjp, 2026, 1));
			int64_t spent, spent_jp, value, upper, jp4 = 0;
			assert_ok(karier_allocation_summary(&spent, &spent_jp, &value, &upper, a));
			for (int32_t i = 0; i < n; i++) {
				int32_t st, w;
				int64_t j;
				assert_ok(karier_allocation_item_get(&w, NULL, NULL, NULL, &j, NULL, &st, a, i));
				jp4 += st == KARIER_FUNDED && w == 4 ? j : 0;
			}
			for (int32_t st = KARIER_FUNDED; st <= KARIER_UNFUNDED_PPPK_MAKS; st++)
				counted[st] += status_counts_agree(a, st);
			int32_t method = karier_allocation_method(a);
			karier_allocation_free(a);
			assert_true(bidr == KARIER_NO_LIMIT || spent <= bidr);
			assert_true(bjp == KARIER_NO_LIMIT || spent_jp <= bjp);
			assert_true(!pppk || jp4 <= cap); /* never past the PPPK maximum */
			assert_true(upper >= opt);        /* the bound is proven */
			if (how == 0) {                   /* the search finds the optimum and says so */
				assert_int_equal(method, KARIER_ALLOCATION_EXACT);
				assert_int_equal(value, opt);
				assert_int_equal(upper, value);
			} else {
				assert_int_equal(method, KARIER_ALLOCATION_GREEDY);
				assert_true(value <= opt);
				assert_true(value >= best_single);
				if (mode != 2 && !pppk)
					assert_true(2 * value >= upper); /* one budget: at least half the bound, so half the optimum */
				greedy_short += value < opt;
			}
		}
		checked++;
		rich += m >= 6;
		binding += opt < all_val;
		free_instance(&in);
	}
	karier_policy_free(greedy);
	assert_int_equal(checked, 150);
	/* the instances are not trivial: most have many items and a budget that binds, and greedy
	 * alone falls short of the optimum on some */
	assert_true(rich >= 100);
	assert_true(binding >= 140);
	assert_true(greedy_short > 0);
	for (int32_t st = KARIER_FUNDED; st <= KARIER_UNFUNDED_PPPK_MAKS; st++) /* every status met and counted */
		assert_true(counted[st] > 0);
	print_message("%d instances, %d with 6+ items, %d where the budget binds, greedy short of the optimum in %d\n",
	              checked, rich, binding, greedy_short);
}

/* The employees' gaps are found in contiguous parts, one thread each: on 1, 2, 3, 5 and 7 threads
 * (more threads than employees included) the allocation is the same item for item, course for
 * course, with the same summary and method, over 40 random instances of five employees in which one
 * employee in turn is measured against no position (no items: a part may hold none). */
static void allocation_same_on_any_threads(void **state)
{
	(void)state;
	rng_state = 20261201u;
	static const int32_t threads[] = {2, 3, 5, 7};
	int items = 0;
	for (int round = 0; round < 40; round++) {
		struct instance in;
		make_instance(&in, round % 2 == 1);
		const karier_employee *emp[5] = {in.e[0], in.e[1], in.e[2], in.e[3], in.e[4]};
		const karier_position *pos[5] = {in.pos, in.pos, in.pos, in.pos, in.pos};
		pos[round % 5] = NULL;
		int64_t bidr = round % 3 == 1 ? KARIER_NO_LIMIT : 300000 + 100000 * (int64_t)rnd(30);
		int64_t bjp = round % 3 == 0 ? KARIER_NO_LIMIT : 10 + (int64_t)rnd(60);
		karier_allocation *one = NULL;
		assert_ok(karier_allocate(&one, NULL, emp, pos, 5, in.c, bidr, bjp, 2026, 1));
		int64_t s1[4];
		assert_ok(karier_allocation_summary(&s1[0], &s1[1], &s1[2], &s1[3], one));
		int32_t n = karier_allocation_item_count(one);
		items += n;
		for (size_t t = 0; t < sizeof threads / sizeof *threads; t++) {
			karier_allocation *a = NULL;
			assert_ok(karier_allocate(&a, NULL, emp, pos, 5, in.c, bidr, bjp, 2026, threads[t]));
			int64_t s[4];
			assert_ok(karier_allocation_summary(&s[0], &s[1], &s[2], &s[3], a));
			assert_memory_equal(s, s1, sizeof s);
			assert_int_equal(karier_allocation_method(a), karier_allocation_method(one));
			assert_int_equal(karier_allocation_item_count(a), n);
			for (int32_t i = 0; i < n; i++) {
				int32_t w1, sel1, st1, w, sel, st;
				const char *k1, *k;
				int64_t b1, j1, v1, b, j, v;
				assert_ok(karier_allocation_item_get(&w1, &k1, &sel1, &b1, &j1, &v1, &st1, one, i));
				assert_ok(karier_allocation_item_get(&w, &k, &sel, &b, &j, &v, &st, a, i));
				assert_int_equal(w, w1);
				assert_string_equal(k, k1);
				assert_int_equal(sel, sel1);
				assert_int_equal(b, b1);
				assert_int_equal(j, j1);
				assert_int_equal(v, v1);
				assert_int_equal(st, st1);
				assert_int_equal(karier_allocation_item_course_count(a, i), karier_allocation_item_course_count(one, i));
				for (int32_t c = 0; c < karier_allocation_item_course_count(one, i); c++) {
					const char *c1, *c2;
					assert_ok(karier_allocation_item_course(&c1, one, i, c));
					assert_ok(karier_allocation_item_course(&c2, a, i, c));
					assert_string_equal(c2, c1);
				}
			}
			karier_allocation_free(a);
		}
		karier_allocation_free(one);
		free_instance(&in);
	}
	assert_true(items >= 200); /* about 2.4 gaps an employee with a position */
}

/* Each gap item names the competency of its own employee's position: two posts with different
 * standards, the second post's standard at the third place of its list (PP 11/2017 Ps203: the
 * needs are the post's standard against the employee's level). */
static void allocation_items_name_their_own_post(void **state)
{
	(void)state;
	karier_position *pa = NULL, *pb = NULL;
	assert_ok(karier_position_new(&pa, "PA", "Post A", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_new(&pb, "PB", "Post B", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_set_standard(pa, "INTEGRITAS", 3));
	assert_ok(karier_position_set_standard(pb, "A_ETIKA", 1));
	assert_ok(karier_position_set_standard(pb, "B_HUKUM", 1));
	assert_ok(karier_position_set_standard(pb, "KOMUNIKASI", 3));
	karier_employee *e1 = NULL, *e2 = NULL;
	assert_ok(karier_employee_new(&e1, "198501012010011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_new(&e2, "198601012010011002", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_kompetensi(e1, "INTEGRITAS", 1, 20250101));
	assert_ok(karier_employee_set_kompetensi(e2, "A_ETIKA", 2, 20250101));
	assert_ok(karier_employee_set_kompetensi(e2, "B_HUKUM", 2, 20250101));
	assert_ok(karier_employee_set_kompetensi(e2, "KOMUNIKASI", 2, 20250101));
	karier_catalog *c = NULL;
	assert_ok(karier_catalog_new(&c));
	const karier_employee *emp[2] = {e1, e2};
	const karier_position *pos[2] = {pa, pb};
	for (int32_t threads = 1; threads <= 2; threads++) {
		karier_allocation *a = NULL;
		assert_ok(karier_allocate(&a, NULL, emp, pos, 2, c, KARIER_NO_LIMIT, KARIER_NO_LIMIT, 2026, threads));
		assert_int_equal(karier_allocation_item_count(a), 2);
		int32_t who, diff, status;
		const char *komp;
		assert_ok(karier_allocation_item_get(&who, &komp, &diff, NULL, NULL, NULL, &status, a, 0));
		assert_int_equal(who, 0);
		assert_string_equal(komp, "INTEGRITAS");
		assert_int_equal(diff, 2);
		assert_ok(karier_allocation_item_get(&who, &komp, &diff, NULL, NULL, NULL, &status, a, 1));
		assert_int_equal(who, 1);
		assert_string_equal(komp, "KOMUNIKASI");
		assert_int_equal(diff, 1);
		assert_int_equal(status, KARIER_UNFUNDED_NO_COURSE); /* an empty catalogue */
		karier_allocation_free(a);
	}
	karier_catalog_free(c);
	karier_employee_free(e1);
	karier_employee_free(e2);
	karier_position_free(pa);
	karier_position_free(pb);
}

static void allocation_bad_arguments(void **state)
{
	(void)state;
	karier_catalog *c = katalog();
	karier_allocation *a = (karier_allocation *)(uintptr_t)1;
	const karier_employee *none[1] = {NULL};
	const karier_position *pos[1] = {NULL};
	assert_fails(karier_allocate(&a, NULL, none, pos, 1, c, 10, 10, 2026, 1), KARIER_EINVAL, "employees[0]");
	assert_fails(karier_allocate(&a, NULL, none, pos, 0, NULL, 10, 10, 2026, 1), KARIER_EINVAL, "catalog is NULL");
	assert_fails(karier_allocate(&a, NULL, none, pos, 0, c, -2, 10, 2026, 1), KARIER_EINVAL, "negative");
	assert_fails(karier_allocate(&a, NULL, none, pos, -1, c, 10, 10, 2026, 1), KARIER_EINVAL, "n is -1");
	assert_fails(karier_allocate(&a, NULL, none, pos, 0, c, 10, 10, 2026, 0), KARIER_EINVAL, "threads 0 is outside 1..256");
	assert_fails(karier_allocate(&a, NULL, none, pos, 0, c, 10, 10, 2026, KARIER_BATCH_MAX_THREADS + 1), KARIER_EINVAL,
	             "threads 257 is outside 1..256");
	assert_ptr_equal(a, (karier_allocation *)(uintptr_t)1);
	assert_ok(karier_allocate(&a, NULL, none, pos, 0, c, 10, 10, 2026, 1));
	assert_int_equal(karier_allocation_item_count(a), 0);
	int32_t count = 42;
	assert_fails(karier_allocation_status_count(NULL, a, KARIER_FUNDED), KARIER_EINVAL, "out_count");
	assert_fails(karier_allocation_status_count(&count, NULL, KARIER_FUNDED), KARIER_EINVAL, "allocation");
	assert_fails(karier_allocation_status_count(&count, a, -1), KARIER_EINVAL, "status -1 is not a karier_unfunded");
	assert_fails(karier_allocation_status_count(&count, a, KARIER_UNFUNDED_PPPK_MAKS + 1), KARIER_EINVAL, "status 5");
	assert_int_equal(count, 42);
	assert_ok(karier_allocation_status_count(&count, a, KARIER_UNFUNDED_PPPK_MAKS));
	assert_int_equal(count, 0);
	karier_allocation_free(a);
	karier_catalog_free(c);
}

/* A standard set out of the order of code, with one competency removed and one added after: each
 * gap still pairs the standard's level with the employee's level of the same competency (the two
 * lists are walked in order of code), in the standard's order; JPM = 12 of 13 levels (92.31), or
 * 10 of 13 when capped at the standard (76.92). */
static void standard_in_any_order(void **state)
{
	(void)state;
	karier_position *p = NULL;
	assert_ok(karier_position_new(&p, "ACAK", "Standar tak berurutan", KARIER_JAB_PELAKSANA, 0));
	static const struct {
		const char *code;
		int32_t level;
	} std[] = {{"ORIENTASI", 3}, {"INTEGRITAS", 4}, {"KERJASAMA", 2}, {"ADAPTASI", 3}, {"KOMUNIKASI", 3}};
	for (size_t i = 0; i < sizeof std / sizeof *std; i++)
		assert_ok(karier_position_set_standard(p, std[i].code, std[i].level));
	assert_ok(karier_position_remove_standard(p, "INTEGRITAS"));
	assert_ok(karier_position_set_standard(p, "BELAJAR", 2));
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, "198501012010011001", KARIER_STATUS_PNS, NULL));
	static const struct {
		const char *code;
		int32_t level;
	} has[] = {{"ZETA", 5}, {"ADAPTASI", 1}, {"BELAJAR", 2}, {"KERJASAMA", 1}, {"KOMUNIKASI", 5}, {"ORIENTASI", 3}, {"INTEGRITAS", 1}};
	for (size_t i = 0; i < sizeof has / sizeof *has; i++)
		assert_ok(karier_employee_set_kompetensi(e, has[i].code, has[i].level, 20250101));
	karier_plan *pl = NULL;
	assert_ok(karier_plan_new(&pl, NULL, e, p, NULL));
	assert_int_equal(karier_plan_gap_count(pl), 2);
	const char *komp;
	int32_t st, act;
	assert_ok(karier_plan_gap_get(&komp, &st, &act, NULL, NULL, NULL, pl, 0));
	assert_string_equal(komp, "KERJASAMA");
	assert_int_equal(st, 2);
	assert_int_equal(act, 1);
	assert_ok(karier_plan_gap_get(&komp, &st, &act, NULL, NULL, NULL, pl, 1));
	assert_string_equal(komp, "ADAPTASI");
	assert_int_equal(st, 3);
	assert_int_equal(act, 1);
	assert_int_equal(karier_plan_jpm(pl), 9231);
	karier_plan_free(pl);
	assert_int_equal(capped_jpm(e, p), 7692);
	karier_employee_free(e);
	karier_position_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(catalogue_validates),
		cmocka_unit_test(gaps_jpm_and_cheapest_plan),
		cmocka_unit_test(standard_in_any_order),
		cmocka_unit_test(jpm_category_schemes),
		cmocka_unit_test(jpm_capping_switch),
		cmocka_unit_test(jp_ledger),
		cmocka_unit_test(allocation_worked_example),
		cmocka_unit_test(allocation_against_exhaustive_search),
		cmocka_unit_test(allocation_exact_beats_greedy),
		cmocka_unit_test(pppk_jp_maximum),
		cmocka_unit_test(allocation_priority_and_bound_edges),
		cmocka_unit_test(allocation_same_on_any_threads),
		cmocka_unit_test(allocation_items_name_their_own_post),
		cmocka_unit_test(allocation_bad_arguments),
	};
	return cmocka_run_group_tests_name("training", tests, NULL, NULL);
}
