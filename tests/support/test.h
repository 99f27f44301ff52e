/* test.h - shared by every cmocka test of libkarier. SPDX-License-Identifier: MIT */
#ifndef KARIER_TEST_H
#define KARIER_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "karier.h"

/* Assert that a call succeeds, printing the library's message if not. */
#define assert_ok(expr)                                                                          \
	do {                                                                                     \
		int rc_ = (expr);                                                                \
		if (rc_ != KARIER_OK)                                                            \
			print_error("%s -> %d: %s\n", #expr, rc_, karier_last_error());          \
		assert_int_equal(rc_, KARIER_OK);                                                \
	} while (0)

/* Assert a failure status and that the last error mentions `needle`. */
#define assert_fails(expr, status, needle)                                                       \
	do {                                                                                     \
		int rc_ = (expr);                                                                \
		if (rc_ != (status))                                                             \
			print_error("%s -> %d, expected %d: %s\n", #expr, rc_, (status), karier_last_error()); \
		assert_int_equal(rc_, (status));                                                 \
		if (strstr(karier_last_error(), (needle)) == NULL)                               \
			print_error("message \"%s\" lacks \"%s\"\n", karier_last_error(), (needle)); \
		assert_non_null(strstr(karier_last_error(), (needle)));                          \
	} while (0)

/* Assert that x and y hold the same histories, record for record
 * (support/compare.c). */
void assert_same_histories(const karier_employee *x, const karier_employee *y);

/* data/sample (its folder in KARIER_SAMPLE_DATA, set by tests/meson.build), loaded without error;
 * the caller frees it (support/compare.c). */
karier_dataset *sample_dataset(void);

/* Allocation-failure control (support/alloc_hook.c): the next `n`
 * allocations succeed and the one after fails; -1 never fails. */
void karier_test_fail_after(long n);
/* How many allocations the library asked for since the last call. */
long karier_test_alloc_count(void);

#endif
