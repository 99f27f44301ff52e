/*
 * test_batch.c - a batch gives, for every employee, exactly what the
 * single-employee functions give, and the same columns on any number of
 * threads.  The employees are varied by a seeded generator.
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>

#include "support/test.h"

#define N 300
#define DATE 20261122

static uint32_t rng = 7u;
static uint32_t rnd(uint32_t n)
{
	rng = rng * 1664525u + 1013904223u;
	return (rng >> 8) % n;
}

struct world {
	karier_position *pos[4];
	karier_catalog *cat;
	karier_employee *e[N];
	const karier_employee *ce[N];
	const karier_position *cp[N];
};

static const char *const komp[5] = {"INTEGRITAS", "KERJASAMA", "KOMUNIKASI", "TEKNIS_A", "TEKNIS_B"};

static void build(struct world *w)
{
	static const int32_t kinds[4][2] = {{KARIER_JAB_PELAKSANA, 0}, {KARIER_JAB_PENGAWAS, 0},
	                                    {KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_PERTAMA},
	                                    {KARIER_JAB_ADMINISTRATOR, 0}};
	for (int k = 0; k < 4; k++) {
		char code[8];
		snprintf(code, sizeof code, "P%d", k);
		assert_ok(karier_position_new(&w->pos[k], code, code, kinds[k][0], kinds[k][1]));
		for (int c = 0; c < 5; c++)
			assert_ok(karier_position_set_standard(w->pos[k], komp[c], 2 + (k + c) % 3));
	}
	assert_ok(karier_catalog_new(&w->cat));
	for (int i = 0; i < 30; i++) {
		char code[8];
		snprintf(code, sizeof code, "C%02d", i);
		int32_t lmin = (int32_t)rnd(4);
		assert_ok(karier_catalog_add(w->cat, code, code, komp[i % 4], lmin, lmin + 1 + (int32_t)rnd((uint32_t)(5 - lmin)),
		                             8 + (int32_t)rnd(30), 100000 + 10000 * (int64_t)rnd(90), 1));
	}
	for (int i = 0; i < N; i++) {
		char nip[19];
		int32_t by = 1966 + (int32_t)rnd(33), cy = by + 22 + (int32_t)rnd(8);
		snprintf(nip, sizeof nip, "%04d%02d%02d%04d%02d%d%03d", by, 1 + (int)rnd(12), 1 + (int)rnd(28), cy,
		         1 + (int)rnd(12), 1 + (int)rnd(2), 1 + i);
		assert_ok(karier_employee_new(&w->e[i], nip, rnd(10) ? KARIER_STATUS_PNS : KARIER_STATUS_CPNS, NULL));
		karier_employee *e = w->e[i];
		int k = (int)rnd(4);
		w->cp[i] = rnd(10) ? w->pos[k] : NULL; /* some without a position */
		w->ce[i] = e;
		if (rnd(20))
			assert_ok(karier_employee_set_pendidikan(e, rnd(3) ? KARIER_PEND_S1 : KARIER_PEND_D3));
		int32_t tmt = karier_employee_tmt_cpns(e) > 20180401 ? karier_employee_tmt_cpns(e) : 20180401 + 10000 * (int32_t)rnd(8);
		assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIA + (int32_t)rnd(8), tmt));
		assert_ok(karier_employee_set_jabatan(e, "J", kinds[k][0], kinds[k][1], karier_employee_tmt_cpns(e)));
		if (rnd(2))
			assert_ok(karier_employee_set_potensi(e, 5000 + (int32_t)rnd(4500)));
		assert_ok(karier_employee_set_angka_kredit(e, (int32_t)rnd(10000)));
		for (int y = 2021; y <= 2025; y++)
			if (rnd(12))
				assert_ok(karier_employee_set_kinerja(e, y, 2 + (int32_t)rnd(4)));
		for (int c = 0; c < 5; c++)
			if (rnd(6))
				assert_ok(karier_employee_set_kompetensi(e, komp[c], 1 + (int32_t)rnd(4), 20250101));
		if (rnd(3))
			assert_ok(karier_employee_add_pelatihan(e, "EL", 20260101 + 100 * (int32_t)rnd(10), 4 + (int32_t)rnd(20), 6));
		if (!rnd(8))
			assert_ok(karier_employee_add_disiplin(e, 1 + (int32_t)rnd(3), 20251101, 20261101));
	}
}

static void destroy(struct world *w)
{
	for (int i = 0; i < N; i++)
		karier_employee_free(w->e[i]);
	for (int k = 0; k < 4; k++)
		karier_position_free(w->pos[k]);
	karier_catalog_free(w->cat);
}

#define ALL (KARIER_BATCH_PROMOTION | KARIER_BATCH_MERIT | KARIER_BATCH_TRAINING)

/* One decisive reason: over the bundled sample office, at dates across three period calendars,
 * the batch's reason is the single decision's karier_decision_reason() for every employee, and
 * it is a failing check of the shared rules or of the employee's own route whenever one fails. */
static void one_reason_everywhere(void **state)
{
	(void)state;
	karier_dataset *ds = sample_dataset();
	const karier_cohort *co = karier_dataset_cohort(ds);
	static const int32_t dates[] = {20230401, 20250301, 20260401, 20261122, 20280101};
	int32_t refused = 0, own = 0;
	for (size_t t = 0; t < sizeof dates / sizeof *dates; t++) {
		karier_batch *b = NULL;
		assert_ok(karier_cohort_evaluate(&b, NULL, co, NULL, dates[t], KARIER_BATCH_PROMOTION, 2));
		for (int32_t i = 0; i < karier_dataset_employee_count(ds); i++) {
			const karier_employee *e = karier_dataset_employee(ds, i);
			karier_decision *d = NULL;
			assert_ok(karier_promotion_evaluate(&d, NULL, e, karier_dataset_employee_position(ds, i), dates[t]));
			int32_t r = karier_decision_reason(d);
			const char *code = "";
			int32_t jenis = 0, ok = 1;
			if (r >= 0)
				assert_ok(karier_decision_check_get(&code, &ok, &jenis, NULL, NULL, d, r));
			assert_string_equal(karier_batch_first_failure(b, i), code);
			assert_int_equal(r < 0, karier_decision_eligible(d) != 0);
			if (r >= 0) {
				assert_int_equal(ok, 0);
				refused++;
				int32_t k = karier_employee_jabatan(e);
				int32_t mine = k == KARIER_JAB_FUNGSIONAL_KEAHLIAN || k == KARIER_JAB_FUNGSIONAL_KETERAMPILAN
				                   ? KARIER_KP_PILIHAN_FUNGSIONAL
				               : k >= KARIER_JAB_JPT_UTAMA && k <= KARIER_JAB_PENGAWAS ? KARIER_KP_PILIHAN_STRUKTURAL
				                                                                      : KARIER_KP_REGULER;
				own += jenis == KARIER_KP_NONE || jenis == mine;
			}
			karier_decision_free(d);
		}
		karier_batch_free(b);
	}
	assert_true(refused > 500);
	assert_int_equal(own, refused); /* every employee has a post, so a reason of their own route exists */
	karier_dataset_free(ds);
}

static void same_as_single_calls(void **state)
{
	(void)state;
	struct world w;
	build(&w);
	karier_batch *b = NULL;
	assert_ok(karier_batch_evaluate(&b, NULL, w.ce, w.cp, N, w.cat, DATE, ALL, 1));
	assert_int_equal(karier_batch_count(b), N);
	int eligible = 0, boxes = 0, planned = 0;
	for (int i = 0; i < N; i++) {
		karier_decision *d;
		assert_ok(karier_promotion_evaluate(&d, NULL, w.e[i], w.cp[i], DATE));
		assert_int_equal(karier_batch_column(b, KARIER_COL_ELIGIBLE)[i], karier_decision_eligible(d));
		assert_int_equal(karier_batch_column(b, KARIER_COL_JENIS)[i], karier_decision_jenis(d));
		assert_int_equal(karier_batch_column(b, KARIER_COL_GOLONGAN_BARU)[i], karier_decision_golongan_baru(d));
		assert_int_equal(karier_batch_column(b, KARIER_COL_TANGGAL)[i], karier_decision_tanggal(d));
		assert_int_equal(karier_batch_column(b, KARIER_COL_PALING_AWAL)[i], karier_decision_tanggal_paling_awal(d));
		assert_int_equal(karier_batch_column(b, KARIER_COL_PENSIUN)[i], karier_decision_tanggal_pensiun(d));
		int32_t failed = 0;
		for (int32_t k = 0; k < karier_decision_check_count(d); k++) {
			int32_t ok;
			karier_decision_check_get(NULL, &ok, NULL, NULL, NULL, d, k);
			failed += !ok;
		}
		assert_int_equal(karier_batch_column(b, KARIER_COL_FAILED_CHECKS)[i], failed);
		const char *why = "";
		if (karier_decision_reason(d) >= 0)
			karier_decision_check_get(&why, NULL, NULL, NULL, NULL, d, karier_decision_reason(d));
		assert_string_equal(karier_batch_first_failure(b, i), why);
		eligible += karier_decision_eligible(d);
		karier_decision_free(d);

		karier_merit *m;
		assert_ok(karier_merit_evaluate(&m, NULL, w.e[i], w.cp[i], DATE));
		assert_int_equal(karier_batch_column(b, KARIER_COL_MERIT_SCORE)[i], karier_merit_score(m));
		assert_int_equal(karier_batch_column(b, KARIER_COL_BOX)[i], karier_merit_box(m));
		assert_int_equal(karier_batch_column(b, KARIER_COL_KINERJA_AXIS)[i], karier_merit_kinerja_axis(m));
		assert_int_equal(karier_batch_column(b, KARIER_COL_POTENSI_AXIS)[i], karier_merit_potensi_axis(m));
		assert_int_equal(karier_batch_column(b, KARIER_COL_TALENT_POOL)[i], karier_merit_talent_pool(m));
		assert_int_equal(karier_batch_column(b, KARIER_COL_MERIT_MISSING)[i], karier_merit_missing(m));
		boxes += karier_merit_box(m) != 0;
		karier_merit_free(m);

		int32_t jp, below;
		assert_ok(karier_jp_ledger(&jp, NULL, NULL, &below, NULL, NULL, w.e[i], 2026));
		assert_int_equal(karier_batch_column(b, KARIER_COL_JP_TAHUN)[i], jp);
		assert_int_equal(karier_batch_column(b, KARIER_COL_BELOW_MINIMUM)[i], below);
		if (!w.cp[i]) {
			assert_int_equal(karier_batch_column(b, KARIER_COL_GAPS)[i], -1);
			continue;
		}
		karier_plan *pl;
		assert_ok(karier_plan_new(&pl, NULL, w.e[i], w.cp[i], w.cat));
		assert_int_equal(karier_batch_column(b, KARIER_COL_JPM)[i], karier_plan_jpm(pl));
		assert_int_equal(karier_batch_column(b, KARIER_COL_JPM_CATEGORY)[i], karier_plan_jpm_category(pl));
		assert_int_equal(karier_batch_column(b, KARIER_COL_GAPS)[i], karier_plan_gap_count(pl));
		int32_t open = 0, pjp;
		int64_t biaya;
		for (int32_t g = 0; g < karier_plan_gap_count(pl); g++) {
			int32_t closed;
			karier_plan_gap_get(NULL, NULL, NULL, NULL, &closed, NULL, pl, g);
			open += !closed;
		}
		karier_plan_totals(&pjp, &biaya, pl);
		assert_int_equal(karier_batch_column(b, KARIER_COL_GAPS_OPEN)[i], open);
		assert_int_equal(karier_batch_column(b, KARIER_COL_PLAN_JP)[i], pjp);
		assert_int_equal(karier_batch_plan_biaya(b)[i], biaya);
		planned += karier_plan_course_count(pl) > 0;
		karier_plan_free(pl);
	}
	/* the generated world exercises the rules: some eligible, some boxed, some planned */
	assert_true(eligible > 5 && eligible < N - 5);
	assert_true(boxes > N / 2);
	assert_true(planned > N / 3);
	karier_batch_free(b);
	destroy(&w);
}

static void identical_on_any_thread_count(void **state)
{
	(void)state;
	struct world w;
	build(&w);
	karier_batch *one = NULL;
	assert_ok(karier_batch_evaluate(&one, NULL, w.ce, w.cp, N, w.cat, DATE, ALL, 1));
	static const int32_t counts[] = {2, 3, 7, N + 5};
	for (size_t t = 0; t < sizeof counts / sizeof *counts; t++) {
		karier_batch *b = NULL;
		assert_ok(karier_batch_evaluate(&b, NULL, w.ce, w.cp, N, w.cat, DATE, ALL, counts[t] > 256 ? 256 : counts[t]));
		for (int32_t c = 1; c <= KARIER_COL_COUNT; c++)
			assert_memory_equal(karier_batch_column(one, c), karier_batch_column(b, c), N * sizeof(int32_t));
		assert_memory_equal(karier_batch_plan_biaya(one), karier_batch_plan_biaya(b), N * sizeof(int64_t));
		for (int i = 0; i < N; i++)
			assert_string_equal(karier_batch_first_failure(one, i), karier_batch_first_failure(b, i));
		karier_batch_free(b);
	}
	/* only what was asked is computed */
	karier_batch *m = NULL;
	assert_ok(karier_batch_evaluate(&m, NULL, w.ce, w.cp, N, NULL, DATE, KARIER_BATCH_MERIT, 2));
	assert_null(karier_batch_column(m, KARIER_COL_ELIGIBLE));
	assert_null(karier_batch_column(m, KARIER_COL_JPM));
	assert_null(karier_batch_plan_biaya(m));
	assert_memory_equal(karier_batch_column(one, KARIER_COL_BOX), karier_batch_column(m, KARIER_COL_BOX), N * sizeof(int32_t));
	assert_null(karier_batch_column(m, 99));
	assert_string_equal(karier_batch_first_failure(m, 0), "");
	karier_batch_free(m);
	karier_batch_free(one);
	destroy(&w);
}

/* A cohort holds copies that read back field for field and evaluate to the
 * same columns as the handles they were copied from. */
static void cohort_copies_and_evaluates(void **state)
{
	(void)state;
	struct world w;
	build(&w);
	karier_cohort *co = NULL;
	assert_ok(karier_cohort_new(&co));
	assert_ok(karier_cohort_reserve(co, N / 2, 100)); /* less than needed: adding grows it */
	assert_ok(karier_employee_set_nama(w.e[0], "Siti Aminah"));
	assert_ok(karier_employee_set_unit_kerja(w.e[0], "Bidang Mutasi"));
	assert_ok(karier_employee_add_pelatihan(w.e[0], "PKA", 20250301, 40, KARIER_PELATIHAN_PKA));
	for (int i = 0; i < N; i++)
		assert_ok(karier_cohort_add(co, w.e[i], w.cp[i]));
	assert_int_equal(karier_cohort_count(co), N);
	assert_true(karier_cohort_memory(co) > (int64_t)N * 100);
	for (int i = 0; i < N; i++) {
		const karier_employee *a = w.e[i], *b = karier_cohort_employee(co, i);
		assert_ptr_equal(karier_cohort_position(co, i), w.cp[i]);
		assert_string_equal(karier_employee_nip(a), karier_employee_nip(b));
		assert_string_equal(karier_employee_nama(a), karier_employee_nama(b));
		assert_string_equal(karier_employee_jabatan_code(a), karier_employee_jabatan_code(b));
		assert_int_equal(karier_employee_golongan(a), karier_employee_golongan(b));
		assert_int_equal(karier_employee_potensi(a), karier_employee_potensi(b));
		assert_same_histories(a, b);
		for (int c = 0; c < 5; c++)
			assert_int_equal(karier_employee_kompetensi(a, komp[c]), karier_employee_kompetensi(b, komp[c]));
	}
	assert_string_equal(karier_employee_unit_kerja(karier_cohort_employee(co, 0)), "Bidang Mutasi");
	karier_batch *one = NULL, *two = NULL;
	assert_ok(karier_batch_evaluate(&one, NULL, w.ce, w.cp, N, w.cat, DATE, ALL, 1));
	assert_ok(karier_cohort_evaluate(&two, NULL, co, w.cat, DATE, ALL, 3));
	for (int32_t c = 1; c <= KARIER_COL_COUNT; c++)
		assert_memory_equal(karier_batch_column(one, c), karier_batch_column(two, c), N * sizeof(int32_t));
	assert_memory_equal(karier_batch_plan_biaya(one), karier_batch_plan_biaya(two), N * sizeof(int64_t));
	karier_batch_free(one);
	karier_batch_free(two);

	/* an employee of the cohort is read-only and belongs to it */
	karier_employee *view = (karier_employee *)(uintptr_t)karier_cohort_employee(co, 0);
	assert_fails(karier_employee_set_kinerja(view, 2025, 4), KARIER_EINVAL, "read-only");
	assert_fails(karier_employee_set_nama(view, "X"), KARIER_EINVAL, "read-only");
	karier_employee_free(view); /* ignored */
	/* adding one of its own employees (which growing moves) copies it too */
	assert_ok(karier_cohort_add(co, karier_cohort_employee(co, 0), w.cp[0]));
	assert_string_equal(karier_employee_nama(karier_cohort_employee(co, N)), "Siti Aminah");
	assert_int_equal(karier_employee_pelatihan_count(karier_cohort_employee(co, N)), karier_employee_pelatihan_count(w.e[0]));
	/* a copy of a cohort's employee is an ordinary, writable handle */
	karier_employee *copy = NULL;
	assert_ok(karier_employee_copy(&copy, karier_cohort_employee(co, 0)));
	assert_ok(karier_employee_set_kinerja(copy, 2025, 5));
	assert_string_equal(karier_employee_unit_kerja(copy), "Bidang Mutasi");
	karier_employee_free(copy);

	assert_null(karier_cohort_employee(co, N + 1));
	assert_null(karier_cohort_employee(co, -1));
	assert_null(karier_cohort_position(co, N + 1));
	assert_fails(karier_cohort_add(co, NULL, NULL), KARIER_EINVAL, "employee");
	assert_fails(karier_cohort_add(NULL, w.e[0], NULL), KARIER_EINVAL, "cohort");
	assert_fails(karier_cohort_reserve(co, -1, 0), KARIER_EINVAL, "negative");
	assert_fails(karier_cohort_reserve(co, 0, INT64_C(1) << 33), KARIER_ELIMIT, "records");
	assert_fails(karier_cohort_reserve(NULL, 1, 0), KARIER_EINVAL, "cohort");
	assert_fails(karier_cohort_new(NULL), KARIER_EINVAL, "out");
	karier_batch *b = (karier_batch *)(uintptr_t)1;
	assert_fails(karier_cohort_evaluate(&b, NULL, NULL, NULL, DATE, ALL, 1), KARIER_EINVAL, "cohort");
	assert_fails(karier_cohort_evaluate(&b, NULL, co, NULL, DATE, ALL, 0), KARIER_EINVAL, "threads");
	assert_ptr_equal(b, (karier_batch *)(uintptr_t)1);
	assert_int_equal(karier_cohort_count(NULL), 0);
	assert_int_equal(karier_cohort_memory(NULL), 0);
	karier_cohort_free(co);
	karier_cohort_free(NULL);
	destroy(&w);
}

/* A standalone employee's text is compacted as names are replaced: the
 * last values stay, the history's codes with them. */
static void replaced_text_does_not_pile_up(void **state)
{
	(void)state;
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, "198501012010011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_kompetensi(e, "INTEGRITAS", 3, 20250101));
	assert_ok(karier_employee_add_pelatihan(e, "PKA-2025", 20250301, 40, KARIER_PELATIHAN_PKA));
	char name[64];
	for (int i = 0; i < 5000; i++) {
		snprintf(name, sizeof name, "Nama ke-%d dengan teks yang cukup panjang", i);
		assert_ok(karier_employee_set_nama(e, name));
		assert_ok(karier_employee_set_unit_kerja(e, i % 2 ? "Bidang A" : "Bidang B"));
	}
	assert_string_equal(karier_employee_nama(e), name);
	assert_string_equal(karier_employee_unit_kerja(e), "Bidang A");
	assert_int_equal(karier_employee_kompetensi(e, "INTEGRITAS"), 3);
	const char *code;
	assert_ok(karier_employee_pelatihan_get(&code, NULL, NULL, NULL, e, 0));
	assert_string_equal(code, "PKA-2025");
	karier_employee_free(e);
}

/* Over a cohort each standard's code is found among an employee's competencies by its place in the
 * cohort's text (a cache a thread keeps per position).  Hand-worked first: a standard of A 3, B 2
 * and Z 4, where no employee was ever assessed in Z (its code is not in the cohort's text), and an
 * employee with A 3, B 1 and C 5 (C outside the standard): levels 3, 1, 0, JPM 4 / 9 = 44.44 %
 * (4444), two gaps, Z's among them.  Then 400 employees over 150 positions (more than the cache's
 * 64 places, so positions share places and replace each other), 30 codes of which 25 are ever
 * assessed: the cohort's merit and training columns, on one thread and on two, equal the single
 * calls on the standalone employees, which compare the codes as text. */
static void cohort_standards_matched_by_offset(void **state)
{
	(void)state;
	karier_position *ps = NULL;
	assert_ok(karier_position_new(&ps, "STD", "Standar", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_set_standard(ps, "A", 3));
	assert_ok(karier_position_set_standard(ps, "B", 2));
	assert_ok(karier_position_set_standard(ps, "Z", 4));
	karier_employee *one = NULL;
	assert_ok(karier_employee_new(&one, "199001012015031001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_kompetensi(one, "A", 3, 20250101));
	assert_ok(karier_employee_set_kompetensi(one, "B", 1, 20250101));
	assert_ok(karier_employee_set_kompetensi(one, "C", 5, 20250101));
	karier_cohort *small = NULL;
	assert_ok(karier_cohort_new(&small));
	assert_ok(karier_cohort_add(small, one, ps));
	karier_batch *b = NULL;
	assert_ok(karier_cohort_evaluate(&b, NULL, small, NULL, DATE, KARIER_BATCH_TRAINING, 1));
	assert_int_equal(karier_batch_column(b, KARIER_COL_JPM)[0], 4444);
	assert_int_equal(karier_batch_column(b, KARIER_COL_GAPS)[0], 2);
	karier_batch_free(b);
	karier_cohort_free(small);
	karier_employee_free(one);
	karier_position_free(ps);

	enum { NP = 150, NE = 400, NK = 30 };
	rng = 20261201u;
	karier_position *pos[NP];
	karier_employee *emp[NE];
	const karier_position *at[NE];
	char code[16];
	for (int k = 0; k < NP; k++) {
		snprintf(code, sizeof code, "P%03d", k);
		assert_ok(karier_position_new(&pos[k], code, code, KARIER_JAB_PELAKSANA, 0));
		for (int c = 0; c < NK; c++)
			if (rnd(3) == 0) {
				snprintf(code, sizeof code, "KOMP_%02d", c);
				assert_ok(karier_position_set_standard(pos[k], code, 1 + (int32_t)rnd(5)));
			}
	}
	karier_cohort *co = NULL;
	assert_ok(karier_cohort_new(&co));
	for (int i = 0; i < NE; i++) {
		char nip[19];
		snprintf(nip, sizeof nip, "19800101200501%d%03d", 1 + (int)rnd(2), 1 + i);
		assert_ok(karier_employee_new(&emp[i], nip, KARIER_STATUS_PNS, NULL));
		for (int c = 0; c < NK - 5; c++) /* KOMP_25 .. KOMP_29: never assessed */
			if (rnd(2)) {
				snprintf(code, sizeof code, "KOMP_%02d", c);
				assert_ok(karier_employee_set_kompetensi(emp[i], code, 1 + (int32_t)rnd(5), 20250101));
			}
		assert_ok(karier_employee_set_kinerja(emp[i], 2025, 2 + (int32_t)rnd(4)));
		at[i] = pos[rnd(NP)];
		assert_ok(karier_cohort_add(co, emp[i], at[i]));
	}
	int32_t missing = 0, partial = 0;
	for (int32_t threads = 1; threads <= 2; threads++) {
		assert_ok(karier_cohort_evaluate(&b, NULL, co, NULL, DATE, KARIER_BATCH_MERIT | KARIER_BATCH_TRAINING, threads));
		for (int i = 0; i < NE; i++) {
			karier_merit *m = NULL;
			karier_plan *pl = NULL;
			assert_ok(karier_merit_evaluate(&m, NULL, emp[i], at[i], DATE));
			assert_ok(karier_plan_new(&pl, NULL, emp[i], at[i], NULL));
			assert_int_equal(karier_batch_column(b, KARIER_COL_MERIT_SCORE)[i], karier_merit_score(m));
			assert_int_equal(karier_batch_column(b, KARIER_COL_TALENT_POOL)[i], karier_merit_talent_pool(m));
			assert_int_equal(karier_batch_column(b, KARIER_COL_JPM)[i], karier_plan_jpm(pl));
			assert_int_equal(karier_batch_column(b, KARIER_COL_GAPS)[i], karier_plan_gap_count(pl));
			for (int32_t g = 0; g < karier_plan_gap_count(pl); g++) {
				const char *k = NULL;
				int32_t aktual = -1;
				assert_ok(karier_plan_gap_get(&k, NULL, &aktual, NULL, NULL, NULL, pl, g));
				missing += strcmp(k, "KOMP_25") >= 0; /* a code no one was assessed in */
				partial += aktual > 0;
			}
			karier_merit_free(m);
			karier_plan_free(pl);
		}
		karier_batch_free(b);
	}
	assert_true(missing > 100 && partial > 100); /* both kinds of gap are common */
	karier_cohort_free(co);
	for (int i = 0; i < NE; i++)
		karier_employee_free(emp[i]);
	for (int k = 0; k < NP; k++)
		karier_position_free(pos[k]);
}

/* The sentence of each refusal from the batch (KARIER_BATCH_REASONS) is the
 * single decision's message for the check karier_decision_reason() names, in
 * both languages, on any thread count; "" for the eligible. */
static void reason_messages_as_the_single_decision(void **state)
{
	(void)state;
	karier_dataset *ds = sample_dataset();
	const karier_cohort *co = karier_dataset_cohort(ds);
	static const int32_t dates[] = {20230401, 20260401, 20280101};
	static const int32_t threads[] = {1, 3};
	int32_t refused = 0;
	for (size_t t = 0; t < sizeof dates / sizeof *dates; t++)
		for (size_t h = 0; h < sizeof threads / sizeof *threads; h++) {
			karier_batch *b = NULL;
			assert_ok(karier_cohort_evaluate(&b, NULL, co, NULL, dates[t], KARIER_BATCH_PROMOTION | KARIER_BATCH_REASONS,
			                                 threads[h]));
			for (int32_t i = 0; i < karier_dataset_employee_count(ds); i++) {
				karier_decision *d = NULL;
				assert_ok(karier_promotion_evaluate(&d, NULL, karier_dataset_employee(ds, i),
				                                    karier_dataset_employee_position(ds, i), dates[t]));
				int32_t r = karier_decision_reason(d);
				for (int32_t lang = KARIER_LANG_ID; lang <= KARIER_LANG_EN; lang++) {
					char want[512] = "", got[512];
					if (r >= 0)
						assert_true(karier_decision_check_message(want, sizeof want, d, r, lang) > 0);
					assert_int_equal(karier_batch_reason_message(got, sizeof got, b, i, lang), (int)strlen(want));
					assert_string_equal(got, want);
				}
				refused += r >= 0;
				karier_decision_free(d);
			}
			karier_batch_free(b);
		}
	assert_true(refused > 500);
	karier_dataset_free(ds);

	/* hand-worked: III/c since 2025-10-01, a pelaksana, on 2026-04-01: six months in the golongan
	 * where kenaikan pangkat reguler asks four years (PP 99/2000 Ps7 as amended by PP 12/2002);
	 * waiting fixes it, so it is the reason named, and the earliest date is the period date the
	 * four years are met, 2029-10-01 */
	karier_employee *e = NULL;
	karier_position *pos = NULL;
	assert_ok(karier_position_new(&pos, "PLK", "Pelaksana", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_employee_new(&e, "198501012010011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_S1));
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIC, 20251001));
	assert_ok(karier_employee_set_jabatan(e, "PLK", KARIER_JAB_PELAKSANA, 0, 20100101));
	for (int32_t y = 2021; y <= 2025; y++)
		assert_ok(karier_employee_set_kinerja(e, y, KARIER_PREDIKAT_BAIK));
	const karier_employee *one[1] = {e};
	const karier_position *at[1] = {pos};
	karier_batch *b = NULL;
	assert_ok(karier_batch_evaluate(&b, NULL, one, at, 1, NULL, 20260401, KARIER_BATCH_PROMOTION | KARIER_BATCH_REASONS, 1));
	assert_string_equal(karier_batch_first_failure(b, 0), "KP_MASA_GOLONGAN");
	assert_int_equal(karier_batch_column(b, KARIER_COL_PALING_AWAL)[0], 20291001);
	char text[512], small[8];
	assert_int_equal(karier_batch_reason_message(text, sizeof text, b, 0, KARIER_LANG_ID), 48);
	assert_string_equal(text, "Masa dalam golongan 6 bulan, kurang dari 4 tahun");
	assert_int_equal(karier_batch_reason_message(text, sizeof text, b, 0, KARIER_LANG_EN), 46);
	assert_string_equal(text, "Time in golongan 6 months is less than 4 years");
	/* snprintf rules: the length needed, the text cut to the buffer */
	assert_int_equal(karier_batch_reason_message(NULL, 0, b, 0, KARIER_LANG_ID), 48);
	assert_int_equal(karier_batch_reason_message(small, sizeof small, b, 0, KARIER_LANG_ID), 48);
	assert_string_equal(small, "Masa da");
	/* errors: named, the buffer untouched */
	memcpy(small, "keep", 5);
	assert_fails(karier_batch_reason_message(small, sizeof small, b, 1, KARIER_LANG_ID), KARIER_ENOTFOUND, "index 1");
	assert_fails(karier_batch_reason_message(small, sizeof small, b, -1, KARIER_LANG_ID), KARIER_ENOTFOUND, "index -1");
	assert_fails(karier_batch_reason_message(small, sizeof small, b, 0, 2), KARIER_EINVAL, "lang 2");
	assert_fails(karier_batch_reason_message(NULL, 8, b, 0, KARIER_LANG_ID), KARIER_EINVAL, "buf");
	assert_fails(karier_batch_reason_message(small, sizeof small, NULL, 0, KARIER_LANG_ID), KARIER_EINVAL, "batch");
	assert_string_equal(small, "keep");
	karier_batch_free(b);
	/* without KARIER_BATCH_REASONS the columns are there, the sentences are not */
	assert_ok(karier_batch_evaluate(&b, NULL, one, at, 1, NULL, 20260401, KARIER_BATCH_PROMOTION, 1));
	assert_fails(karier_batch_reason_message(small, sizeof small, b, 0, KARIER_LANG_ID), KARIER_EINVAL,
	             "without KARIER_BATCH_REASONS");
	karier_batch_free(b);
	/* both sides of the four years (kinerja baik through 2028): on 2029-04-01 three years and six
	 * months, still refused; on 2029-10-01 four years, eligible, and the sentence is "" */
	for (int32_t y = 2026; y <= 2028; y++)
		assert_ok(karier_employee_set_kinerja(e, y, KARIER_PREDIKAT_BAIK));
	assert_ok(karier_batch_evaluate(&b, NULL, one, at, 1, NULL, 20290401, KARIER_BATCH_PROMOTION | KARIER_BATCH_REASONS, 1));
	assert_int_equal(karier_batch_column(b, KARIER_COL_ELIGIBLE)[0], 0);
	assert_true(karier_batch_reason_message(text, sizeof text, b, 0, KARIER_LANG_ID) > 0);
	assert_string_equal(text, "Masa dalam golongan 3 tahun 6 bulan, kurang dari 4 tahun");
	karier_batch_free(b);
	assert_ok(karier_batch_evaluate(&b, NULL, one, at, 1, NULL, 20291001, KARIER_BATCH_PROMOTION | KARIER_BATCH_REASONS, 1));
	assert_int_equal(karier_batch_column(b, KARIER_COL_ELIGIBLE)[0], 1);
	assert_string_equal(karier_batch_first_failure(b, 0), "");
	assert_int_equal(karier_batch_reason_message(text, sizeof text, b, 0, KARIER_LANG_ID), 0);
	assert_string_equal(text, "");
	karier_batch_free(b);
	karier_employee_free(e);
	karier_position_free(pos);
}

static void bad_arguments(void **state)
{
	(void)state;
	karier_batch *b = (karier_batch *)(uintptr_t)1;
	const karier_employee *none[1] = {NULL};
	assert_fails(karier_batch_evaluate(&b, NULL, none, NULL, 1, NULL, DATE, ALL, 1), KARIER_EINVAL, "employees[0]");
	assert_fails(karier_batch_evaluate(&b, NULL, none, NULL, 0, NULL, DATE, 0, 1), KARIER_EINVAL, "what: 0");
	assert_fails(karier_batch_evaluate(&b, NULL, none, NULL, 0, NULL, DATE, ALL, 0), KARIER_EINVAL, "threads: 0");
	assert_fails(karier_batch_evaluate(&b, NULL, none, NULL, 0, NULL, DATE, KARIER_BATCH_REASONS, 1), KARIER_EINVAL, "what: 8");
	assert_fails(karier_batch_evaluate(&b, NULL, none, NULL, 0, NULL, DATE, KARIER_BATCH_MERIT | KARIER_BATCH_REASONS, 1),
	             KARIER_EINVAL, "needs KARIER_BATCH_PROMOTION");
	assert_fails(karier_batch_evaluate(&b, NULL, none, NULL, 0, NULL, DATE, 16 | KARIER_BATCH_PROMOTION, 1), KARIER_EINVAL,
	             "what: 17");
	assert_fails(karier_batch_evaluate(&b, NULL, none, NULL, 0, NULL, DATE, ALL, 257), KARIER_EINVAL, "threads: 257");
	assert_fails(karier_batch_evaluate(&b, NULL, none, NULL, 0, NULL, 20260230, ALL, 1), KARIER_ERANGE, "date");
	assert_ptr_equal(b, (karier_batch *)(uintptr_t)1);
	assert_ok(karier_batch_evaluate(&b, NULL, none, NULL, 0, NULL, DATE, ALL, 4)); /* an empty batch is fine */
	assert_int_equal(karier_batch_count(b), 0);
	karier_batch_free(b);
	karier_batch_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(same_as_single_calls),
		cmocka_unit_test(one_reason_everywhere),
		cmocka_unit_test(identical_on_any_thread_count),
		cmocka_unit_test(cohort_copies_and_evaluates),
		cmocka_unit_test(replaced_text_does_not_pile_up),
		cmocka_unit_test(cohort_standards_matched_by_offset),
		cmocka_unit_test(reason_messages_as_the_single_decision),
		cmocka_unit_test(bad_arguments),
	};
	return cmocka_run_group_tests_name("batch", tests, NULL, NULL);
}
