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

/* What an out-parameter holds before a call that must leave it alone. */
#define SENTINEL ((void *)(uintptr_t)0x5a5a)

/* Run `call` with the Nth allocation failing, N = 0, 1, ... until it
 * succeeds: each failure must be KARIER_ENOMEM saying "out of memory", and
 * `on_fail` checks what it left; `undo` frees what the successful call made.
 * At least one failure is asserted. */
#define FAIL_LOOP(call, on_fail, undo)                                                           \
	do {                                                                                     \
		int failures_ = 0;                                                               \
		for (long n_ = 0;; n_++) {                                                       \
			karier_test_fail_after(n_);                                              \
			int rc_ = (call);                                                        \
			karier_test_fail_after(-1);                                              \
			if (rc_ == KARIER_OK) {                                                  \
				undo;                                                            \
				break;                                                           \
			}                                                                        \
			assert_int_equal(rc_, KARIER_ENOMEM);                                    \
			assert_non_null(strstr(karier_last_error(), "out of memory"));          \
			on_fail;                                                                 \
			failures_++;                                                             \
			assert_true(n_ < 1000);                                                  \
		}                                                                                \
		assert_true(failures_ >= 1);                                                     \
	} while (0)

#endif
