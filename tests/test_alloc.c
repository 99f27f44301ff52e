/*
 * test_alloc.c - every constructor and every growing call under allocation
 * failure: fail the Nth allocation, step N up until the call succeeds.  A
 * failed call returns KARIER_ENOMEM, leaves its out-parameter and its object
 * unchanged, and leaks nothing (cmocka checks every block).
 * SPDX-License-Identifier: MIT
 */
#include <stdlib.h>

#include "support/test.h"

static void policy_constructors(void **state)
{
	(void)state;
	karier_policy *p = SENTINEL, *q = SENTINEL;
	FAIL_LOOP(karier_policy_new_default(&p), assert_ptr_equal(p, SENTINEL), (void)0);
	FAIL_LOOP(karier_policy_copy(&q, p), assert_ptr_equal(q, SENTINEL), karier_policy_free(q));
	karier_policy_free(p);
}

static void position_constructors_and_growth(void **state)
{
	(void)state;
	karier_position *p = SENTINEL, *q = SENTINEL;
	FAIL_LOOP(karier_position_new(&p, "P1", "Pengawas", KARIER_JAB_PENGAWAS, 0), assert_ptr_equal(p, SENTINEL), (void)0);
	FAIL_LOOP(karier_position_set_standard(p, "INTEGRITAS", 2), assert_int_equal(karier_position_standard_count(p), 0), (void)0);
	char code[16];
	for (int i = 1; i < 12; i++) {
		snprintf(code, sizeof code, "T%02d", i);
		assert_ok(karier_position_set_standard(p, code, 2));
	}
	/* the 13th entry grows the array */
	FAIL_LOOP(karier_position_set_standard(p, "T13", 3), assert_int_equal(karier_position_standard_count(p), 12), (void)0);
	assert_int_equal(karier_position_standard_count(p), 13);
	FAIL_LOOP(karier_position_copy(&q, p), assert_ptr_equal(q, SENTINEL), (void)0);
	assert_int_equal(karier_position_standard_count(q), 13);
	karier_position_free(q);
	karier_position_free(p);
}

static void employee_constructors_and_growth(void **state)
{
	(void)state;
	karier_employee *e = SENTINEL, *c = SENTINEL;
	FAIL_LOOP(karier_employee_new(&e, "196405201989031020", KARIER_STATUS_PNS, NULL), assert_ptr_equal(e, SENTINEL), (void)0);
	FAIL_LOOP(karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK), assert_int_equal(karier_employee_kinerja_count(e), 0), (void)0);
	for (int i = 1; i < 16; i++)
		assert_ok(karier_employee_add_pelatihan(e, "C", 20200101 + i, 4, 0));
	/* the 17th record grows the array; every kind shares it */
	FAIL_LOOP(karier_employee_set_kompetensi(e, "INTEGRITAS", 3, 0), assert_int_equal(karier_employee_kompetensi_count(e), 0), (void)0);
	FAIL_LOOP(karier_employee_copy(&c, e), assert_ptr_equal(c, SENTINEL), (void)0);
	assert_int_equal(karier_employee_pelatihan_count(c), 15);
	assert_int_equal(karier_employee_kompetensi(c, "INTEGRITAS"), 3);
	karier_employee_free(c);
	karier_employee_free(e);
}

static void decisions(void **state)
{
	(void)state;
	karier_employee *e = NULL;
	karier_position *pos = NULL;
	karier_decision *d = SENTINEL;
	assert_ok(karier_employee_new(&e, "198501012010011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIB, 20220401));
	assert_ok(karier_employee_set_jabatan(e, "J", KARIER_JAB_PELAKSANA, 0, 20100101));
	assert_ok(karier_position_new(&pos, "KASUBAG", "Kepala Subbagian", KARIER_JAB_PENGAWAS, 0));
	FAIL_LOOP(karier_promotion_evaluate(&d, NULL, e, NULL, 20260401), assert_ptr_equal(d, SENTINEL), karier_decision_free(d));
	d = SENTINEL;
	FAIL_LOOP(karier_appointment_evaluate(&d, NULL, e, pos, 20260401, 0), assert_ptr_equal(d, SENTINEL),
	          karier_decision_free(d));
	karier_position_free(pos);
	karier_employee_free(e);
}

static void merit_and_ranking(void **state)
{
	(void)state;
	karier_employee *e = NULL;
	karier_position *pos = NULL;
	karier_merit *m = SENTINEL;
	assert_ok(karier_employee_new(&e, "198501012010011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_pendidikan(e, KARIER_PEND_SLTA));
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIB, 20220401));
	assert_ok(karier_employee_set_jabatan(e, "J", KARIER_JAB_PELAKSANA, 0, 20100101));
	assert_ok(karier_position_new(&pos, "P", "Pelaksana", KARIER_JAB_PELAKSANA, 0));
	FAIL_LOOP(karier_merit_evaluate(&m, NULL, e, pos, 20260401), assert_ptr_equal(m, SENTINEL), karier_merit_free(m));
	const karier_employee *list[2] = {e, e};
	int32_t order[2] = {-7, -7}, n = -7;
	FAIL_LOOP(karier_merit_rank(order, &n, NULL, NULL, NULL, list, 2, pos, 20260401, KARIER_RANK_ELIGIBLE_ONLY),
	          assert_int_equal(n, -7), (void)0);
	assert_int_equal(n, 2);
	order[0] = order[1] = -7;
	n = -7;
	FAIL_LOOP(karier_merit_shortlist(order, &n, NULL, NULL, NULL, list, 2, pos, 20260401, 0, 1, 2),
	          (assert_int_equal(n, -7), assert_int_equal(order[0], -7)), (void)0);
	assert_int_equal(n, 1);
	order[0] = order[1] = -7;
	FAIL_LOOP(karier_duk_rank(order, list, 2), assert_int_equal(order[0], -7), (void)0);
	karier_position_free(pos);
	karier_employee_free(e);
}

static void training(void **state)
{
	(void)state;
	karier_catalog *c = SENTINEL, *d = SENTINEL;
	FAIL_LOOP(karier_catalog_new(&c), assert_ptr_equal(c, SENTINEL), (void)0);
	FAIL_LOOP(karier_catalog_add(c, "A", "A", "K", 0, 2, 10, 1000, KARIER_MODA_KLASIKAL),
	          assert_int_equal(karier_catalog_count(c), 0), (void)0);
	FAIL_LOOP(karier_catalog_copy(&d, c), assert_ptr_equal(d, SENTINEL), karier_catalog_free(d));
	karier_employee *e = NULL;
	karier_position *pos = NULL;
	assert_ok(karier_employee_new(&e, "198501012010011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_position_new(&pos, "P", "P", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_set_standard(pos, "K", 2));
	karier_plan *pl = SENTINEL;
	FAIL_LOOP(karier_plan_new(&pl, NULL, e, pos, c), assert_ptr_equal(pl, SENTINEL), karier_plan_free(pl));
	const karier_employee *emp[1] = {e};
	const karier_position *ps[1] = {pos};
	karier_allocation *a = SENTINEL;
	FAIL_LOOP(karier_allocate(&a, NULL, emp, ps, 1, c, 500, KARIER_NO_LIMIT, 2026, 1), assert_ptr_equal(a, SENTINEL),
	          karier_allocation_free(a));
	karier_position_free(pos);
	karier_employee_free(e);
	karier_catalog_free(c);
}

static void batch(void **state)
{
	(void)state;
	karier_employee *e = NULL;
	karier_position *pos = NULL;
	assert_ok(karier_employee_new(&e, "198501012010011001", KARIER_STATUS_PNS, NULL));
	assert_ok(karier_employee_set_golongan(e, KARIER_GOL_IIIB, 20220401));
	assert_ok(karier_employee_set_jabatan(e, "J", KARIER_JAB_PELAKSANA, 0, 20100101));
	assert_ok(karier_position_new(&pos, "P", "P", KARIER_JAB_PELAKSANA, 0));
	const karier_employee *emp[3] = {e, e, e};
	const karier_position *ps[3] = {pos, pos, pos};
	karier_batch *b = SENTINEL;
	/* two threads: the scratch objects of both parts come from the calling thread */
	FAIL_LOOP(karier_batch_evaluate(&b, NULL, emp, ps, 3, NULL, 20261122, 7, 2), assert_ptr_equal(b, SENTINEL),
	          karier_batch_free(b));
	karier_position_free(pos);
	karier_employee_free(e);
}

static void dataset(void **state)
{
	(void)state;
	const char *dir = getenv("KARIER_TEST_DATA");
	assert_non_null(dir);
	karier_dataset *ds = SENTINEL;
	FAIL_LOOP(karier_dataset_load(&ds, dir, NULL, 0), assert_ptr_equal(ds, SENTINEL), (void)0);
	assert_int_equal(karier_dataset_employee_count(ds), 3);
	assert_int_equal(karier_dataset_error_count(ds), 0);
	karier_dataset_free(ds);
	/* the same with kompetensi.csv read on a second thread: whichever thread
	 * meets the failure, the load fails whole and frees everything */
	ds = SENTINEL;
	FAIL_LOOP(karier_dataset_load(&ds, dir, NULL, KARIER_DATASET_THREADS), assert_ptr_equal(ds, SENTINEL), (void)0);
	assert_int_equal(karier_dataset_employee_count(ds), 3);
	assert_int_equal(karier_employee_kompetensi(karier_dataset_employee(ds, 0), "KERJASAMA"), 2);
	karier_dataset_free(ds);
	/* with a column kept as text */
	ds = SENTINEL;
	const char *kept[1] = {"unit_kerja"};
	FAIL_LOOP(karier_dataset_load_columns(&ds, dir, NULL, 0, kept, 1), assert_ptr_equal(ds, SENTINEL), (void)0);
	assert_string_equal(karier_dataset_employee_column(ds, 0, "unit_kerja"), "Sekretariat");
	karier_dataset_free(ds);
}

static void audit_under_failure(void **state)
{
	(void)state;
	karier_audit *a = SENTINEL;
	const char *labels[12] = {"b", "a", "c", "a", "b", "c", "a", "a", "b", "c", "d", NULL};
	int32_t values[12] = {1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, KARIER_AUDIT_NA};
	FAIL_LOOP(karier_audit_new(&a, NULL, 12), assert_ptr_equal(a, SENTINEL), (void)0);
	FAIL_LOOP(karier_audit_add_grouping(a, "g", labels), assert_null(karier_audit_label(a, 0, 0)), (void)0);
	karier_employee *e = NULL;
	assert_ok(karier_employee_new(&e, "198604012010011001", KARIER_STATUS_PNS, NULL));
	const karier_employee *in[12];
	for (int i = 0; i < 12; i++)
		in[i] = e;
	FAIL_LOOP(karier_audit_add_builtin(a, KARIER_AUDIT_BY_USIA, in, 20260401), assert_null(karier_audit_label(a, 1, 0)),
	          (void)0);
	FAIL_LOOP(karier_audit_add_outcome(a, "o", values), (void)0, (void)0);
	FAIL_LOOP(karier_audit_add_score(a, "s", values), (void)0, (void)0);
	FAIL_LOOP(karier_audit_evaluate(a), assert_int_equal(karier_audit_comparison_count(a), 0), (void)0);
	assert_int_equal(karier_audit_comparison_count(a), 4);
	int64_t counts[4] = {1, 2, 3, 4};
	FAIL_LOOP(karier_chi_square(NULL, NULL, NULL, counts, 2, 2), (void)0, (void)0);
	karier_employee_free(e);
	karier_audit_free(a);
}

static void rencana_under_failure(void **state)
{
	(void)state;
	karier_position *plk = NULL, *ksb = NULL;
	assert_ok(karier_position_new(&plk, "PLK", "Pengadministrasi Umum", KARIER_JAB_PELAKSANA, 0));
	assert_ok(karier_position_new(&ksb, "KSB", "Kepala Subbagian", KARIER_JAB_PENGAWAS, 0));
	assert_ok(karier_position_set_standard(ksb, "K1", 3));
	karier_pola *p = SENTINEL;
	FAIL_LOOP(karier_pola_new(&p), assert_ptr_equal(p, SENTINEL), (void)0);
	FAIL_LOOP(karier_pola_add(p, NULL, plk, ksb, KARIER_JALUR_VERTIKAL, 0), assert_int_equal(karier_pola_count(p), 0), (void)0);
	FAIL_LOOP(karier_pola_set_kebutuhan(p, ksb, 2), assert_int_equal(karier_pola_kebutuhan(p, ksb), -1), (void)0);
	karier_pola *q = NULL;
	assert_ok(karier_pola_new(&q));
	const karier_position *both[2] = {plk, ksb};
	FAIL_LOOP(karier_pola_add_default(q, NULL, both, 2), assert_int_equal(karier_pola_count(q), 0), (void)0);
	assert_int_equal(karier_pola_count(q), 1);
	karier_pola_free(q);
	karier_catalog *cat = NULL;
	assert_ok(karier_catalog_new(&cat));
	assert_ok(karier_catalog_add(cat, "C1", "Kursus", "K1", 1, 3, 16, 1000000, 1));
	karier_employee *e[2] = {NULL, NULL};
	for (int i = 0; i < 2; i++) {
		assert_ok(karier_employee_new(&e[i], i ? "196903102000011001" : "198501012010011001", KARIER_STATUS_PNS, NULL));
		assert_ok(karier_employee_set_pendidikan(e[i], KARIER_PEND_S1));
		assert_ok(karier_employee_set_golongan(e[i], i ? KARIER_GOL_IIID : KARIER_GOL_IIIB, 20220401));
		assert_ok(karier_employee_set_jabatan(e[i], i ? "KSB" : "PLK", i ? KARIER_JAB_PENGAWAS : KARIER_JAB_PELAKSANA, 0,
		                                      20100104));
		assert_ok(karier_employee_set_kinerja(e[i], 2025, KARIER_PREDIKAT_BAIK));
		assert_ok(karier_employee_set_kinerja(e[i], 2024, KARIER_PREDIKAT_BAIK));
		assert_ok(karier_employee_set_kompetensi(e[i], "K1", 1, 20250101));
	}
	karier_rencana *r = SENTINEL;
	FAIL_LOOP(karier_rencana_new(&r, NULL, e[0], plk, p, cat, 20260115, 5), assert_ptr_equal(r, SENTINEL), (void)0);
	assert_true(karier_rencana_step_count(r) > 3);
	karier_rencana_free(r);
	const karier_employee *emp[2] = {e[0], e[1]};
	const karier_position *cur[2] = {plk, ksb};
	karier_rencana_org *o = SENTINEL;
	FAIL_LOOP(karier_rencana_org_new(&o, NULL, emp, cur, 2, p, cat, 20260115, 3, 5000000, 1), assert_ptr_equal(o, SENTINEL),
	          (void)0);
	int32_t filled = 0;
	for (int32_t i = 0; i < karier_rencana_org_count(o); i++)
		filled += karier_rencana_org_successor_count(o, i);
	assert_int_equal(filled, 1); /* the pengawas retires, the pelaksana succeeds */
	karier_rencana_org_free(o);
	for (int i = 0; i < 2; i++)
		karier_employee_free(e[i]);
	karier_catalog_free(cat);
	karier_pola_free(p);
	karier_position_free(plk);
	karier_position_free(ksb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(policy_constructors),
		cmocka_unit_test(position_constructors_and_growth),
		cmocka_unit_test(employee_constructors_and_growth),
		cmocka_unit_test(decisions),
		cmocka_unit_test(merit_and_ranking),
		cmocka_unit_test(training),
		cmocka_unit_test(dataset),
		cmocka_unit_test(batch),
		cmocka_unit_test(audit_under_failure),
		cmocka_unit_test(rencana_under_failure),
	};
	return cmocka_run_group_tests_name("alloc", tests, NULL, NULL);
}
