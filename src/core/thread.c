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
#  define MTX(g) ((mtx_t *)(void *)(g)->lock)
#  define CND(g) ((cnd_t *)(void *)(g)->cond)
bool kr_gate_init(struct kr_gate *g)
{
	_Static_assert(sizeof(mtx_t) <= sizeof g->lock && sizeof(cnd_t) <= sizeof g->cond, "kr_gate too small");
	if (mtx_init(MTX(g), mtx_plain) != thrd_success)
		return false;
	if (cnd_init(CND(g)) != thrd_success) {
		mtx_destroy(MTX(g));
		return false;
	}
	return true;
}
void kr_gate_lock(struct kr_gate *g) { mtx_lock(MTX(g)); }
void kr_gate_unlock(struct kr_gate *g) { mtx_unlock(MTX(g)); }
void kr_gate_wait(struct kr_gate *g) { cnd_wait(CND(g), MTX(g)); }
void kr_gate_wake(struct kr_gate *g) { cnd_broadcast(CND(g)); }
void kr_gate_free(struct kr_gate *g)
{
	cnd_destroy(CND(g));
	mtx_destroy(MTX(g));
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
#  define MTX(g) ((pthread_mutex_t *)(void *)(g)->lock)
#  define CND(g) ((pthread_cond_t *)(void *)(g)->cond)
bool kr_gate_init(struct kr_gate *g)
{
	_Static_assert(sizeof(pthread_mutex_t) <= sizeof g->lock && sizeof(pthread_cond_t) <= sizeof g->cond,
	               "kr_gate too small");
	if (pthread_mutex_init(MTX(g), NULL))
		return false;
	if (pthread_cond_init(CND(g), NULL)) {
		pthread_mutex_destroy(MTX(g));
		return false;
	}
	return true;
}
void kr_gate_lock(struct kr_gate *g) { pthread_mutex_lock(MTX(g)); }
void kr_gate_unlock(struct kr_gate *g) { pthread_mutex_unlock(MTX(g)); }
void kr_gate_wait(struct kr_gate *g) { pthread_cond_wait(CND(g), MTX(g)); }
void kr_gate_wake(struct kr_gate *g) { pthread_cond_broadcast(CND(g)); }
void kr_gate_free(struct kr_gate *g)
{
	pthread_cond_destroy(CND(g));
	pthread_mutex_destroy(MTX(g));
}
#endif

/* ---- chunks taken in turn (kr_run_chunks) ---- */
struct chunk_run {
	void (*fn)(void *worker, int32_t chunk);
	struct kr_gate gate;
	bool gated;
	int32_t next, n; /* the next chunk not taken; how many */
};

struct chunk_worker {
	struct chunk_run *run;
	void *worker;
};

static void chunk_loop(void *arg)
{
	struct chunk_worker *w = arg;
	struct chunk_run *r = w->run;
	for (int32_t round = 0;; round++) {
		int32_t c = round; /* alone: every chunk in turn */
		if (r->gated) {
			kr_gate_lock(&r->gate);
			c = r->next++;
			kr_gate_unlock(&r->gate);
		}
		if (c >= r->n)
			return;
		r->fn(w->worker, c);
	}
}

void kr_run_chunks(void (*fn)(void *worker, int32_t chunk), void *workers, size_t size, int32_t nworkers, int32_t nchunks)
{
	struct chunk_run r = {.fn = fn, .n = nchunks};
	r.gated = nworkers > 1 && kr_gate_init(&r.gate);
	if (!r.gated)
		nworkers = 1; /* no lock to be had: the calling thread takes every chunk */
	struct chunk_worker w[KARIER_BATCH_MAX_THREADS];
	struct kr_task task[KARIER_BATCH_MAX_THREADS];
	for (int32_t t = 0; t < nworkers; t++) {
		w[t] = (struct chunk_worker){&r, (char *)workers + (size_t)t * size};
		task[t] = (struct kr_task){.fn = chunk_loop, .arg = &w[t]};
		if (t + 1 < nworkers)
			kr_task_start(&task[t]); /* not started: run on join, when no chunk may be left */
	}
	chunk_loop(&w[nworkers - 1]); /* the calling thread is the last worker */
	for (int32_t t = 0; t + 1 < nworkers; t++)
		kr_task_join(&task[t]);
	if (r.gated)
		kr_gate_free(&r.gate);
}
