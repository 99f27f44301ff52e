/* rows.c - the records of a long list (one per employee), made on several threads when the format
 * streams (CSV, JSON lines).  SPDX-License-Identifier: MIT
 *
 * The list is cut into blocks; each thread makes the records of its part of a block as text in a
 * buffer of its own, and the main thread writes the parts in order while the threads make the next
 * block.  Memory stays a few blocks of text however long the list; the bytes are those of one
 * thread writing record after record. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Records per thread per block: a block of JSON lines with every check (about 2.7 KB a record) stays
 * near 10 MB a thread, and a million employees make a few hundred blocks. */
enum { ROWS_PART = 4096, ROWS_THREADS = 16 };

struct part {
	row_fn fn;
	void *ctx;
	struct writer *w;
	int32_t from, to, done; /* the records [from, done) are made */
	int status;             /* of record `done` when it failed */
	char msg[512];          /* and the library's message */
	struct sbuf *b;
};

void rec_put(struct rec *x, const char *const *cells, const char *json_text)
{
	if (x->b)
		writer_record_buf(x->w, x->b, cells, json_text);
	else
		writer_record_text(x->w, cells, json_text);
}

static void make(struct part *p)
{
	struct rec x = {p->w, p->b};
	p->status = 0;
	for (p->done = p->from; p->done < p->to; p->done++)
		if ((p->status = p->fn(p->ctx, &x, p->done))) {
			snprintf(p->msg, sizeof p->msg, "%s", karier_last_error()); /* the message is the thread's own */
			return;
		}
}

static void *make_thread(void *arg)
{
	make(arg);
	return NULL;
}

/* Write a made block in order; the status of its first failed part (said), else 0. */
static int write_block(struct run *r, const char *what, int32_t count, struct part *part, int np)
{
	for (int i = 0; i < np; i++) {
		sbuf_flush(part[i].b, r->w.f); /* a failed write shows in ferror, checked at the command's end */
		for (int32_t k = part[i].from; k < part[i].done; k++)
			progress(r, what, k + 1, count);
		if (part[i].status) {
			fprintf(stderr, "karier: %s\n", part[i].msg);
			return part[i].status;
		}
	}
	return 0;
}

int rows_run(struct run *r, const char *what, int32_t count, row_fn fn, void *ctx)
{
	struct writer *w = &r->w;
	int threads = r->o.threads < 1 ? 1 : r->o.threads > ROWS_THREADS ? ROWS_THREADS : r->o.threads;
	if (threads == 1 || !writer_streams(w) || count <= ROWS_PART) { /* record after record, to the writer */
		struct rec x = {w, NULL};
		for (int32_t k = 0; k < count; k++) {
			int status = fn(ctx, &x, k);
			if (status) {
				fprintf(stderr, "karier: %s\n", karier_last_error());
				return status;
			}
			progress(r, what, k + 1, count);
		}
		return 0;
	}
	/* two sets of parts: one being made while the other is written */
	static const struct part none;
	struct part part[2][ROWS_THREADS];
	struct sbuf buf[2][ROWS_THREADS];
	pthread_t tid[ROWS_THREADS];
	bool started[ROWS_THREADS];
	int np[2] = {0, 0}, status = 0, set = 0;
	for (int s = 0; s < 2; s++)
		for (int i = 0; i < ROWS_THREADS; i++) {
			part[s][i] = none;
			buf[s][i] = (struct sbuf){0};
		}
	for (int32_t at = 0; at < count; set ^= 1) {
		struct part *p = part[set];
		for (np[set] = 0; np[set] < threads && at < count; np[set]++) {
			struct part *q = &p[np[set]];
			*q = (struct part){fn, ctx, w, at, at, at, 0, "", &buf[set][np[set]]};
			at = q->to = count - at > ROWS_PART ? at + ROWS_PART : count;
		}
		for (int i = 1; i < np[set]; i++) /* a thread that cannot start is made here, after part 0 */
			started[i] = pthread_create(&tid[i], NULL, make_thread, &p[i]) == 0;
		status = write_block(r, what, count, part[set ^ 1], np[set ^ 1]); /* the block before, meanwhile */
		np[set ^ 1] = 0;
		if (!status)
			make(&p[0]);
		for (int i = 1; i < np[set]; i++) {
			if (started[i])
				pthread_join(tid[i], NULL);
			else if (!status)
				make(&p[i]);
		}
		if (status)
			break;
		for (int i = 0; i < np[set]; i++) /* a failure: write up to it, nothing after */
			if (p[i].status) {
				status = write_block(r, what, count, p, i + 1);
				np[set] = 0;
				break;
			}
		if (status)
			break;
	}
	if (!status) /* the last block */
		status = write_block(r, what, count, part[set ^ 1], np[set ^ 1]);
	for (int s = 0; s < 2; s++)
		for (int i = 0; i < ROWS_THREADS; i++)
			sbuf_free(&buf[s][i]);
	return status;
}
