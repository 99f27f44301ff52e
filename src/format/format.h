/* format.h - shared by the file layer; never installed. SPDX-License-Identifier: MIT */
#ifndef KR_FORMAT_H
#define KR_FORMAT_H

#include "../core/internal.h"

/* Read a whole regular file of at most @max bytes into a NUL-terminated buffer (free with kr_free()). */
int kr_read_file(char **out, size_t *out_len, const char *path, size_t max);
/* The policy's limits of reading (dataset.*), in bytes. */
size_t kr_json_max(const karier_policy *p);
size_t kr_csv_row_max(const karier_policy *p);

/* Read the positions of a positions JSON text into a new array of handles. */
int kr_positions_from_json(karier_position ***out, int32_t *out_n, const char *text, const char *name);

/* A set of codes (the strings are borrowed, not copied), zero-initialised. */
struct kr_codeset {
	const char **slot;
	uint32_t cap, n;
};
/* 1 if @code was added, 0 if it was already there, -1 when out of memory. */
int kr_codeset_add(struct kr_codeset *s, const char *code);
bool kr_codeset_has(const struct kr_codeset *s, const char *code);
void kr_codeset_free(struct kr_codeset *s);

/* Fill sorted[0..n) with the indices of @list in the order of their (distinct) codes; -1 when out of memory. */
int kr_positions_sort_index(int32_t *sorted, karier_position *const *list, int32_t n);

#endif
