/* rows.c - the records of a long list (one per employee), made on several threads when the format
 * streams (CSV, JSON lines).  SPDX-License-Identifier: MIT
 *
 * The list is cut into blocks, each block into pieces that the threads take in turn, each piece's
 * records made as text in a buffer of its own; the main thread writes a block's pieces in order
 * while the threads make the next block.  Memory stays a few blocks of text however long the list;
 * the bytes are those of one thread writing record after record. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Records per thread per block: a block of JSON lines with every check (about 2.7 KB a record) stays
 * near 10 MB a thread, and a million employees make a few hundred blocks.  A block is cut into
 * pieces of ROWS_PIECE records that the threads take in turn, so that a thread whose records take
 * longer (or the main thread, which writes the block before while the others begin) does not leave
 * the others waiting at the block's end. */
enum { ROWS_PART = 4096, ROWS_PIECE = 512, ROWS_THREADS = 16, ROWS_PIECES = ROWS_THREADS * (ROWS_PART / ROWS_PIECE) };

struct part {
	row_fn fn;
	void *ctx;
	struct writer *w;
	int32_t from, to, done; /* the records [from, done) are made */
	int status;             /* of record `done` when it failed */
	char msg[512];          /* and the library's message */
	struct sbuf *b;
};

/* The pieces of one block, taken in turn (next) by every thread that makes them. */
struct block {
	struct part piece[ROWS_PIECES];
	struct sbuf buf[ROWS_PIECES];
	int n;
	atomic_int next;
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

/* Make the block's pieces not yet taken, one at a time; after a failure none is taken any more
 * (the pieces before it are still made, by the threads that took them, and written). */
static void make_pieces(struct block *b)
{
	for (int i; (i = atomic_fetch_add(&b->next, 1)) < b->n;) {
		make(&b->piece[i]);
		if (b->piece[i].status)
			atomic_store(&b->next, b->n);
	}
}

static void *make_thread(void *arg)
{
	make_pieces(arg);
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
	/* two blocks: one being made while the other is written */
	struct block *blk = calloc(2, sizeof *blk);
	if (!blk) {
		fprintf(stderr, "karier: out of memory\n");
		return EXIT_INTERNAL;
	}
	pthread_t tid[ROWS_THREADS];
	bool started[ROWS_THREADS];
	int status = 0, set = 0;
	for (int32_t at = 0; at < count; set ^= 1) {
		struct block *b = &blk[set], *before = &blk[set ^ 1];
		int32_t end = count - at > (int32_t)threads * ROWS_PART ? at + threads * ROWS_PART : count;
		for (b->n = 0; at < end; b->n++) {
			struct part *q = &b->piece[b->n];
			*q = (struct part){fn, ctx, w, at, at, at, 0, "", &b->buf[b->n]};
			at = q->to = end - at > ROWS_PIECE ? at + ROWS_PIECE : end;
		}
		atomic_store(&b->next, 0);
		int workers = b->n < threads ? b->n : threads; /* this thread one of them */
		for (int i = 1; i < workers; i++) /* a thread that cannot start leaves its pieces to the others */
			started[i] = pthread_create(&tid[i], NULL, make_thread, b) == 0;
		status = write_block(r, what, count, before->piece, before->n); /* the block before, meanwhile */
		before->n = 0;
		if (status) /* take the pieces left, so that the threads end soon */
			atomic_store(&b->next, b->n);
		make_pieces(b);
		for (int i = 1; i < workers; i++)
			if (started[i])
				pthread_join(tid[i], NULL);
		if (status)
			break;
		for (int i = 0; i < b->n; i++) /* a failure: write up to it, nothing after */
			if (b->piece[i].status) {
				status = write_block(r, what, count, b->piece, i + 1);
				b->n = 0;
				break;
			}
		if (status)
			break;
	}
	if (!status) /* the last block */
		status = write_block(r, what, count, blk[set ^ 1].piece, blk[set ^ 1].n);
	for (int s = 0; s < 2; s++)
		for (int i = 0; i < ROWS_PIECES; i++)
			sbuf_free(&blk[s].buf[i]);
	free(blk);
	return status;
}
