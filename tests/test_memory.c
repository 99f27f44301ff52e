/*
 * test_memory.c - the huge-page advice for large blocks (memory.c): a block
 * of KR_HUGE_MIN bytes or more is marked for huge pages, one a byte smaller
 * is not, through kr_malloc, kr_calloc and kr_realloc alike, and the bytes
 * are what were written.  Read off /proc/self/smaps ("hg" among a mapping's
 * VmFlags); skipped where there is no such file or transparent huge pages
 * are off.  SPDX-License-Identifier: MIT
 */
#define _DEFAULT_SOURCE
#define KARIER_ALLOC_HOOK /* the allocation macros as the library's test build has them */
#include <stdio.h>
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(large_blocks_marked),
		cmocka_unit_test(failure_passed_on),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
