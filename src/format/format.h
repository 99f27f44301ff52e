/* format.h - shared by the file layer; never installed. SPDX-License-Identifier: MIT */
#ifndef KR_FORMAT_H
#define KR_FORMAT_H

#include "../core/internal.h"

/* Read a whole file into a NUL-terminated buffer (free with free()). */
int kr_read_file(char **out, size_t *out_len, const char *path);

#endif
