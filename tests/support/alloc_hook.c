/*
 * alloc_hook.c - the library's allocations in test builds (KARIER_ALLOC_HOOK)
 * go through cmocka's checking allocator, so every test also checks for
 * leaks, and a test can make the Nth allocation fail.  One lock serialises
 * them: cmocka's allocator keeps one list, and the dataset reader allocates
 * on two threads.
 * SPDX-License-Identifier: MIT
 */
#include <pthread.h>

#include "test.h"

void *karier_test_malloc(size_t size);
void *karier_test_calloc(size_t n, size_t size);
void *karier_test_realloc(void *ptr, size_t size);
void karier_test_free(void *ptr);

static long fail_after = -1;
static long count;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void karier_test_fail_after(long n)
{
	fail_after = n;
	count = 0;
}

long karier_test_alloc_count(void) { return count; }

static int should_fail(void)
{
	count++;
	if (fail_after < 0)
		return 0;
	if (fail_after == 0)
		return 1;
	fail_after--;
	return 0;
}

void *karier_test_malloc(size_t size)
{
	pthread_mutex_lock(&lock);
	void *p = should_fail() ? NULL : _test_malloc(size, __FILE__, __LINE__);
	pthread_mutex_unlock(&lock);
	return p;
}

void *karier_test_calloc(size_t n, size_t size)
{
	pthread_mutex_lock(&lock);
	void *p = should_fail() ? NULL : _test_calloc(n, size, __FILE__, __LINE__);
	pthread_mutex_unlock(&lock);
	return p;
}

void *karier_test_realloc(void *ptr, size_t size)
{
	pthread_mutex_lock(&lock);
	void *p = should_fail() ? NULL : _test_realloc(ptr, size, __FILE__, __LINE__);
	pthread_mutex_unlock(&lock);
	return p;
}

void karier_test_free(void *ptr)
{
	if (!ptr)
		return;
	pthread_mutex_lock(&lock);
	_test_free(ptr, __FILE__, __LINE__);
	pthread_mutex_unlock(&lock);
}
