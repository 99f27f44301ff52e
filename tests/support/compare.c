/* compare.c - assertions shared by the tests. SPDX-License-Identifier: MIT */
#include <stdlib.h>

#include "test.h"

karier_dataset *sample_dataset(void)
{
	const char *dir = getenv("KARIER_SAMPLE_DATA");
	assert_non_null(dir);
	karier_dataset *ds = NULL;
	assert_ok(karier_dataset_load(&ds, dir, NULL, 0));
	return ds;
}

/* x and y hold the same histories, record for record. */
void assert_same_histories(const karier_employee *x, const karier_employee *y)
{
	assert_int_equal(karier_employee_kinerja_count(x), karier_employee_kinerja_count(y));
	for (int32_t k = 0; k < karier_employee_kinerja_count(x); k++) {
		int32_t y1, p1, y2, p2;
		assert_ok(karier_employee_kinerja_get(&y1, &p1, x, k));
		assert_ok(karier_employee_kinerja_get(&y2, &p2, y, k));
		assert_int_equal(y1, y2);
		assert_int_equal(p1, p2);
	}
	assert_int_equal(karier_employee_kompetensi_count(x), karier_employee_kompetensi_count(y));
	for (int32_t k = 0; k < karier_employee_kompetensi_count(x); k++) {
		const char *c1, *c2;
		int32_t l1, l2, d1, d2;
		assert_ok(karier_employee_kompetensi_get(&c1, &l1, &d1, x, k));
		assert_ok(karier_employee_kompetensi_get(&c2, &l2, &d2, y, k));
		assert_string_equal(c1, c2);
		assert_int_equal(l1, l2);
		assert_int_equal(d1, d2);
	}
	assert_int_equal(karier_employee_pelatihan_count(x), karier_employee_pelatihan_count(y));
	for (int32_t k = 0; k < karier_employee_pelatihan_count(x); k++) {
		const char *c1, *c2;
		int32_t d1, d2, j1, j2;
		assert_ok(karier_employee_pelatihan_get(&c1, &d1, &j1, NULL, x, k));
		assert_ok(karier_employee_pelatihan_get(&c2, &d2, &j2, NULL, y, k));
		assert_string_equal(c1, c2);
		assert_int_equal(d1, d2);
		assert_int_equal(j1, j2);
	}
	assert_int_equal(karier_employee_disiplin_count(x), karier_employee_disiplin_count(y));
	assert_int_equal(karier_employee_riwayat_jabatan_count(x), karier_employee_riwayat_jabatan_count(y));
}
