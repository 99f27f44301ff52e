/*
 * test_memory.c - the huge-page advice for large blocks (memory.c): a block
 * of KR_HUGE_MIN bytes or more is marked for huge pages, one a byte smaller
 * is not, through kr_malloc, kr_calloc and kr_realloc alike, and the bytes
 * are what were written.  Read off /proc/self/smaps ("hg" among a mapping's
 * VmFlags); skipped where there is no such file or transparent huge pages
 * are off.  And kr_move_giving_back: an array moved whole, its source given
 * back a chunk at a time.  SPDX-License-Identifier: MIT
 */
#define _DEFAULT_SOURCE
#define KARIER_ALLOC_HOOK /* the allocation macros as the library's test build has them */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/test.h"
#include "internal.h" /* kr_malloc and its kin */

/* Whether the mapping holding p is marked for huge pages: 1, 0, or -1 when it cannot be told. */
static int marked(const void *p)
{
	FILE *f = fopen("/proc/self/smaps", "r");
	if (!f)
		return -1;
	char line[512];
	int inside = 0, found = -1;
	while (fgets(line, sizeof line, f)) {
		unsigned long lo, hi;
		if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, '-') < strchr(line, ' '))
			inside = (uintptr_t)p >= lo && (uintptr_t)p < hi;
		else if (inside && strncmp(line, "VmFlags:", 8) == 0) {
			found = strstr(line, " hg") != NULL;
			break;
		}
	}
	fclose(f);
	return found;
}

static bool thp_available(void)
{
	FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
	char line[128] = "";
	bool ok = f && fgets(line, sizeof line, f) && !strstr(line, "[never]");
	if (f)
		fclose(f);
	return ok && marked(&ok) >= 0;
}

static void large_blocks_marked(void **state)
{
	(void)state;
	if (!thp_available())
		skip();
	/* the small block first: the allocator's mmap threshold rises only when a mapped block is freed */
	char *small = kr_malloc(KR_HUGE_MIN - 1);
	assert_non_null(small);
	assert_int_equal(marked(small), 0);

	char *big = kr_malloc(KR_HUGE_MIN);
	assert_non_null(big);
	assert_int_equal(marked(big), 1);
	memset(big, 0x5a, KR_HUGE_MIN);
	assert_int_equal(big[0], 0x5a);
	assert_int_equal(big[KR_HUGE_MIN - 1], 0x5a);

	/* the small block grown past the line by realloc keeps its bytes and is marked */
	memset(small, 0x33, KR_HUGE_MIN - 1);
	char *grown = kr_realloc(small, 2 * KR_HUGE_MIN);
	assert_non_null(grown);
	assert_int_equal(marked(grown), 1);
	assert_int_equal(grown[0], 0x33);
	assert_int_equal(grown[KR_HUGE_MIN - 2], 0x33);

	/* calloc's size is the product */
	char *zeros = kr_calloc(KR_HUGE_MIN / 8, 8);
	assert_non_null(zeros);
	assert_int_equal(marked(zeros), 1);
	assert_int_equal(zeros[KR_HUGE_MIN - 1], 0);

	kr_free(zeros);
	kr_free(grown);
	kr_free(big);
}

/* A failed allocation is passed on as NULL, nothing advised. */
static void failure_passed_on(void **state)
{
	(void)state;
	karier_test_fail_after(0);
	void *p = kr_malloc(KR_HUGE_MIN);
	karier_test_fail_after(-1);
	assert_null(p);
}

/* 1,000,000 int32_t (4,000,000 bytes) moved into the middle of another array: chunks of
 * 786,432 / 4 + 1 = 196,609 elements, so six (five whole, then 16,955), the source shrunk after
 * each but the last (five reallocs) and freed; every value in its place, nothing either side
 * touched.  With every shrink refused the move is the same.  Nothing to move: nothing done. */
static void moved_giving_back(void **state)
{
	(void)state;
	enum { N = 1000000 };
	int32_t *dst = malloc((N + 2) * sizeof *dst);
	assert_non_null(dst);
	for (int refuse = 0; refuse < 2; refuse++) {
		int32_t *src = kr_malloc(N * sizeof *src);
		assert_non_null(src);
		for (int32_t i = 0; i < N; i++)
			src[i] = 7 * i + 1;
		dst[0] = dst[N + 1] = -1;
		void *moving = src;
		karier_test_fail_after(refuse ? 0 : -1);
		kr_move_giving_back(dst + 1, &moving, N, sizeof *src);
		long reallocs = karier_test_alloc_count();
		karier_test_fail_after(-1);
		assert_null(moving); /* freed: the checking allocator would report a leak */
		assert_int_equal(reallocs, 5);
		assert_int_equal(dst[0], -1);
		assert_int_equal(dst[N + 1], -1);
		for (int32_t i = 0; i < N; i++)
			if (dst[i + 1] != 7 * i + 1)
				fail_msg("element %d is %d, not %d", i, dst[i + 1], 7 * i + 1);
	}
	void *none = NULL;
	kr_move_giving_back(dst, &none, 0, sizeof *dst);
	assert_int_equal(karier_test_alloc_count(), 0);
	assert_null(none);
	free(dst);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(large_blocks_marked),
		cmocka_unit_test(failure_passed_on),
		cmocka_unit_test(moved_giving_back),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
