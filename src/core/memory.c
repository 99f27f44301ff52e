/*
 * memory.c - huge pages for the large arrays.  A cohort's arrays (a million
 * employees' records, their text, the NIP index, the staged history) are
 * written once, page after page, as the files are read: with 4 KiB pages
 * that is a page fault every 4 KiB, dear in a virtual machine (11-15 us
 * each on the project's, as `bench` prints).  Where the system lets a
 * program ask (Linux's transparent huge pages, "madvise" or "always"), an
 * allocation of KR_HUGE_MIN bytes or more is marked for 2 MB pages: one
 * fault where there were 512.  The memory and its contents are the same
 * either way; elsewhere, or when the system refuses, nothing happens.
 * And a large array moved into a larger one gives its memory back as it
 * goes, so that the move does not hold both whole at once.
 * SPDX-License-Identifier: MIT
 */
#if defined(__linux__)
#  define _DEFAULT_SOURCE /* madvise */
#  include <sys/mman.h>
#  include <unistd.h>
#endif
#include <stdint.h>
#include <string.h>

#include "internal.h"

void kr_advise_huge(void *p, size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	/* the whole pages the block touches (madvise wants a page-aligned start; the kernel
	 * puts huge pages where 2 MB-aligned stretches of the range allow) */
	long size_of_page = sysconf(_SC_PAGESIZE);
	const uintptr_t page = size_of_page > 0 ? (uintptr_t)size_of_page : 4096;
	uintptr_t start = (uintptr_t)p & ~(page - 1), end = ((uintptr_t)p + size + page - 1) & ~(page - 1);
	(void)madvise((void *)start, end - start, MADV_HUGEPAGE); /* advice only: a refusal changes nothing */
#else
	(void)p;
	(void)size;
#endif
}

void kr_move_giving_back(void *dst, void **src, size_t n, size_t size)
{
	const size_t chunk = ((size_t)768 << 10) / (size ? size : 1) + 1; /* elements: about 768 KiB */
	for (size_t left = n; left > 0;) {
		size_t k = left < chunk ? left : chunk;
		left -= k;
		memcpy((char *)dst + left * size, (char *)*src + left * size, k * size);
		void *shrunk = left ? kr_realloc(*src, left * size) : NULL;
		if (shrunk)
			*src = shrunk;
	}
	kr_free(*src);
	*src = NULL;
}
