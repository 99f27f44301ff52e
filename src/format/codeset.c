/* codeset.c - a set of position codes for loading, and the sorted index.
 * SPDX-License-Identifier: MIT
 *
 * Loading n positions used to check each code against all earlier ones and
 * insert it into a sorted array: quadratic, 25 s for 100,000 positions.  A
 * hash set answers "seen before?" in constant time; the sorted index is
 * built once, after the file is read. */
#include "format.h"

#include <stdlib.h>
#include <string.h>

int kr_codeset_add(struct kr_codeset *s, const char *code)
{
	if ((s->n + 1) * 2 > s->cap) { /* keep it at most half full */
		uint32_t cap = s->cap ? s->cap * 2 : 64;
		if (cap < s->cap)
			return -1;
		const char **slot = kr_calloc(cap, sizeof *slot);
		if (!slot)
			return -1;
		for (uint32_t i = 0; i < s->cap; i++)
			if (s->slot[i]) {
				uint32_t j = kr_text_hash(s->slot[i], strlen(s->slot[i])) & (cap - 1);
				while (slot[j])
					j = (j + 1) & (cap - 1);
				slot[j] = s->slot[i];
			}
		kr_free(s->slot);
		s->slot = slot;
		s->cap = cap;
	}
	uint32_t j = kr_text_hash(code, strlen(code)) & (s->cap - 1);
	for (; s->slot[j]; j = (j + 1) & (s->cap - 1))
		if (strcmp(s->slot[j], code) == 0)
			return 0;
	s->slot[j] = code;
	s->n++;
	return 1;
}

bool kr_codeset_has(const struct kr_codeset *s, const char *code)
{
	if (!s->cap)
		return false;
	for (uint32_t j = kr_text_hash(code, strlen(code)) & (s->cap - 1); s->slot[j]; j = (j + 1) & (s->cap - 1))
		if (strcmp(s->slot[j], code) == 0)
			return true;
	return false;
}

void kr_codeset_free(struct kr_codeset *s)
{
	kr_free(s->slot);
	s->slot = NULL;
	s->cap = s->n = 0;
}

struct code_at {
	const char *code;
	int32_t at;
};

static int by_code(const void *a, const void *b)
{
	const struct code_at *x = a, *y = b;
	return strcmp(x->code, y->code);
}

int kr_positions_sort_index(int32_t *sorted, karier_position *const *list, int32_t n)
{
	struct code_at *tmp = kr_malloc(((size_t)n + 1) * sizeof *tmp);
	if (!tmp)
		return -1;
	for (int32_t i = 0; i < n; i++)
		tmp[i] = (struct code_at){karier_position_code(list[i]), i};
	qsort(tmp, (size_t)n, sizeof *tmp, by_code); /* codes are distinct: the order is total */
	for (int32_t i = 0; i < n; i++)
		sorted[i] = tmp[i].at;
	kr_free(tmp);
	return 0;
}
