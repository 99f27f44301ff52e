/*
 * thread.c - running a function on another thread, for the batch and the
 * dataset reader.  POSIX threads where there are (ThreadSanitizer can check
 * them; glibc's C11 thrd_create is not intercepted by it), C11 threads
 * elsewhere.  SPDX-License-Identifier: MIT
 */
#include "internal.h"

#if defined(_WIN32)
#  include <threads.h>
static int trampoline(void *arg)
{
	struct kr_task *t = arg;
	t->fn(t->arg);
	return 0;
}
bool kr_task_start(struct kr_task *t)
{
	t->started = thrd_create((thrd_t *)(void *)t->handle, trampoline, t) == thrd_success;
	return t->started;
}
void kr_task_join(struct kr_task *t)
{
	if (t->started)
		thrd_join(*(thrd_t *)(void *)t->handle, NULL);
	else
		t->fn(t->arg);
}
#else
#  include <pthread.h>
static void *trampoline(void *arg)
{
	struct kr_task *t = arg;
	t->fn(t->arg);
	return NULL;
}
bool kr_task_start(struct kr_task *t)
{
	_Static_assert(sizeof(pthread_t) <= sizeof(((struct kr_task *)0)->handle), "kr_task handle too small");
	t->started = pthread_create((pthread_t *)(void *)t->handle, NULL, trampoline, t) == 0;
	return t->started;
}
void kr_task_join(struct kr_task *t)
{
	if (t->started)
		pthread_join(*(pthread_t *)(void *)t->handle, NULL);
	else
		t->fn(t->arg); /* no thread to be had: run it here */
}
#endif
