/*
 * writer.h - one interface for every output format of the karier command.
 * A command writes lists of records and lines outside lists; each format
 * decides how.  A record carries its cells (one text per column) when the
 * format wants cells, its JSON object when it wants JSON; a command builds
 * only what the format asks for, and never asks which format it is.  A new
 * format (a spreadsheet, a page) is one more struct writer_format.
 * SPDX-License-Identifier: MIT
 */
#ifndef KARIER_CLI_WRITER_H
#define KARIER_CLI_WRITER_H

#include "out.h"

struct writer;

struct writer_format {
	const char *name;        /* as --format names it */
	bool cells;              /* records must carry their cells */
	bool json;               /* records must carry their JSON object */
	bool every_reason;       /* a cell of reasons holds all of them, not only the first */
	void (*list_begin)(struct writer *w, int ncol, const char *const *head);
	void (*record)(struct writer *w, const char *const *cells, json_t *json); /* json consumed */
	void (*list_end)(struct writer *w);
	void (*list_drop)(struct writer *w); /* a list given up on an error: nothing of it is written */
	/* a line outside lists (a summary): its text, or its JSON object (consumed) */
	void (*line)(struct writer *w, const char *text, json_t *json);
};

struct writer {
	const struct writer_format *fmt;
	FILE *f;
	struct table t; /* a list being kept to be aligned or quoted at its end */
};

/* The writer of format `fmt` (enum format) onto f. */
void writer_init(struct writer *w, enum format fmt, FILE *f);

static inline void writer_list_begin(struct writer *w, int ncol, const char *const *head)
{
	w->fmt->list_begin(w, ncol, head);
}
static inline void writer_record(struct writer *w, const char *const *cells, json_t *json)
{
	w->fmt->record(w, cells, json);
}
static inline void writer_list_end(struct writer *w) { w->fmt->list_end(w); }
static inline void writer_list_drop(struct writer *w) { w->fmt->list_drop(w); }
static inline void writer_line(struct writer *w, const char *text, json_t *json) { w->fmt->line(w, text, json); }

#endif
