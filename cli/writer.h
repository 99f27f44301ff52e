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
	enum format kept_as;     /* how a kept list is written: FMT_TABLE aligned, FMT_CSV quoted */
	/* types: one COL_* letter per column (out.h), or NULL for all text */
	void (*list_begin)(struct writer *w, int ncol, const char *const *head, const char *types);
	void (*record)(struct writer *w, const char *const *cells, json_t *json); /* json consumed */
	void (*list_end)(struct writer *w);
	/* a list given up on an error: a kept table is not written; JSON lines and CSV stream, so what is
	 * written stays (the exit status says the command failed, and --output is left as it was) */
	void (*list_drop)(struct writer *w);
	/* a line outside lists (a summary): its text, or its JSON object (consumed) */
	void (*line)(struct writer *w, const char *text, json_t *json);
	/* after the command: a format that builds its file whole (xlsx) writes it; false on failure */
	bool (*finish)(struct writer *w);
	bool detail; /* wants the detail lists a page draws from (every employee by 9-box) and section heads */
	bool notes;  /* a line of free text (a summary) belongs in its output; not in CSV, whose every line is a row */
};

struct writer {
	const struct writer_format *fmt;
	FILE *f;
	const char *title; /* of the list or section being written (a sheet's name) */
	bool en;           /* --lang en */
	void *xlsx;        /* the workbook being built (xlsx.c) */
	void *html;        /* the page being built (html.c) */
	struct table t; /* a list being kept to be aligned or quoted at its end */
	struct sbuf line; /* a CSV row on its way to f (its room kept from row to row) */
	/* the open section (writer_section_begin) and its grouped list */
	const char *sec_array;
	char sec_name[64]; /* "<bagian>.<array>": the field naming a record's section in JSON lines */
	int ngroup;
	struct table group[4];
	struct table *taken[4]; /* tables given whole to a group (writer_group_take), after its own rows */
	int ntaken[4];
	const char *between[4];
	const char *sheet_of[4];
	const char *group_types;
};

/* The writer of format `fmt` (enum format) onto f; title names a list outside sections (a sheet).
 * False when the format is not built in (xlsx without libxlsxwriter). */
bool writer_init(struct writer *w, enum format fmt, FILE *f, const char *title, bool en);
/* After the command: false (said on standard error) when the format could not write its file. */
bool writer_finish(struct writer *w);

static inline void writer_list_begin(struct writer *w, int ncol, const char *const *head, const char *types)
{
	w->fmt->list_begin(w, ncol, head, types);
}
static inline void writer_record(struct writer *w, const char *const *cells, json_t *json)
{
	w->fmt->record(w, cells, json);
}
/* The columns of the open list whose values repeat (table_repeats): a kept list stores each distinct
 * value once; the formats that keep nothing ignore it. */
static inline void writer_list_repeats(struct writer *w, uint32_t columns) { table_repeats(&w->t, columns); }
/* A record whose JSON the library wrote as text (karier_decision_to_json, ...): JSON lines take the
 * text as its line, the formats of cells the cells. */
void writer_record_text(struct writer *w, const char *const *cells, const char *json_text);
/* Whether a record of the open list can be made as text on its own (CSV, JSON lines: nothing
 * depends on the other records), so that several threads may make records at once (rows.c). */
bool writer_streams(const struct writer *w);
/* A record of the open list as writer_record_text would write it, appended to b instead; only when
 * writer_streams(w). */
void writer_record_buf(const struct writer *w, struct sbuf *b, const char *const *cells, const char *json_text);
static inline void writer_list_end(struct writer *w) { w->fmt->list_end(w); }
static inline void writer_list_drop(struct writer *w) { w->fmt->list_drop(w); }
static inline void writer_line(struct writer *w, const char *text, json_t *json) { w->fmt->line(w, text, json); }

/*
 * Sections, for a command that writes several (the report).  A section has a
 * title, for the formats of cells, and a JSON head object (consumed), for
 * JSON lines: the head is the section's first line, written at once, and
 * with `array` each record is a line of its own whose field "bagian" names
 * it "<the head's bagian>.<array>".  Within a section, records come in a
 * grouped list: the formats of cells keep each group as its own table, written
 * in group order at the list's end after its line `between` (NULL: none);
 * JSON lines take the records in the order given.  writer_note writes a line
 * for the formats of cells only.  A workbook (xlsx) puts each group on its own
 * sheet: the section's `sheet` name, or the group's in `sheets` (NULL: the
 * section's, made unique), and the notes on a sheet of their own.
 */
void writer_section_begin(struct writer *w, const char *title, const char *sheet, json_t *head, const char *array);
void writer_section_end(struct writer *w);
void writer_groups_begin(struct writer *w, int ngroup, int ncol, const char *const *const *heads,
                         const char *const *between, const char *const *sheets, const char *types);
void writer_group_record(struct writer *w, int group, const char *const *cells, json_t *json);
/* JSON lines of a section's list made as text, no JSON object per record (a list of a million
 * employees, on the threads that make its records): each line a JSON object (struct jline) whose
 * first member, "bagian", holds the field writer_section_field wrote into buf (room for 64 bytes), the
 * name writer_section_begin gives the records of a section whose head's "bagian" is @bagian and whose
 * list is @array; writer_group_lines writes b's lines inside the open section (JSON lines only: other
 * formats drop them) and empties b. */
void writer_section_field(char *buf, size_t size, const char *bagian, const char *array);
void writer_group_lines(struct writer *w, struct sbuf *b);
/* As writer_group_lines, each of b's lines written after the n bytes of begin, the beginning every
 * line shares: lines held in memory for a while (a million of them) hold only what differs. */
void writer_group_lines_after(struct writer *w, struct sbuf *b, const char *begin, size_t n);
/* A table of a group's rows, built elsewhere (of the group's columns, table_init with any heads),
 * given whole: its rows follow the group's, and the writer frees it (t is emptied).  Kept as it is,
 * not copied, by the formats that keep groups.  For the formats of cells only (w->fmt->cells); JSON
 * lines take each record's object (writer_group_record) or lines made as text (writer_group_lines). */
void writer_group_take(struct writer *w, int group, struct table *t);
void writer_groups_end(struct writer *w);
void writer_note(struct writer *w, const char *text);

#ifdef KARIER_HAVE_XLSX
extern const struct writer_format writer_xlsx;
#endif

/* The page (html.c): sections are drawn from their JSON heads and records. */
extern const struct writer_format writer_html;
void html_section_begin(struct writer *w, const char *title, json_t *head);
void html_section_end(struct writer *w);
void html_groups_begin(struct writer *w, int ngroup, int ncol, const char *const *const *heads, const char *const *between,
                       const char *types);
void html_group_record(struct writer *w, int group, const char *const *cells);
void html_groups_end(struct writer *w);
void html_note(struct writer *w, const char *text);

#endif
