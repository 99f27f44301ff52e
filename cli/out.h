/* out.h - output helpers of the karier command: tables, CSV, JSON lines. SPDX-License-Identifier: MIT */
#ifndef KARIER_CLI_OUT_H
#define KARIER_CLI_OUT_H

#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

enum format { FMT_TABLE, FMT_CSV, FMT_JSONL };

/* A table built row by row, then written aligned or as CSV.  The cells'
 * text is kept in one growing buffer (millions of rows, few allocations);
 * the widths of the columns are kept as rows are added. */
struct table {
	int ncol, nrow, cap;
	const char **head;
	size_t *cell; /* nrow * ncol offsets into text */
	char *text;
	size_t len, text_cap;
	int width[32];
};

void table_init(struct table *t, int ncol, const char **head);
void table_add(struct table *t, const char **values);
void table_write(FILE *f, const struct table *t, enum format fmt);
/* Several tables of the same columns written as one (widths over all). */
void table_write_parts(FILE *f, const struct table *parts, int n, enum format fmt);
const char *table_cell(const struct table *t, int row, int col);
void table_free(struct table *t);

/* One JSON value per line, compact, numbers with up to 15 significant digits. */
void jsonl_write(FILE *f, json_t *v);
/* One JSON line of an object whose last member is an array too large to
 * hold as a tree: the members of @head first (@head is consumed), then
 * "name":[ , the elements one by one (each consumed), then ]} and the newline. */
void jsonl_array_begin(FILE *f, json_t *head, const char *name);
void jsonl_array_item(FILE *f, json_t *v, bool first);
void jsonl_array_end(FILE *f);
/* Hundredths as a JSON number with at most two decimals. */
json_t *json_fixed(long long hundredths);
/* A date YYYYMMDD as "YYYY-MM-DD", or null for 0. */
json_t *json_date(int date);

#endif
