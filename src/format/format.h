/* format.h - shared by the file layer; never installed. SPDX-License-Identifier: MIT */
#ifndef KR_FORMAT_H
#define KR_FORMAT_H

#include "../core/internal.h"

/* Read a whole file into a NUL-terminated buffer (free with free()). */
int kr_read_file(char **out, size_t *out_len, const char *path);

/* Read the positions of a positions JSON text into a new array of handles. */
int kr_positions_from_json(karier_position ***out, int32_t *out_n, const char *text, const char *name);

#endif
