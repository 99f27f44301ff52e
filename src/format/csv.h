/* csv.h - the CSV reader of the file layer; never installed. SPDX-License-Identifier: MIT */
#ifndef KR_CSV_H
#define KR_CSV_H

#include "format.h"

#define KR_CSV_MAX_FIELDS 64

struct kr_csv {
	char *buf;
	size_t len, pos;
	int32_t line;
	char sep;
	int32_t err_line, err_col;
};

struct kr_csv_row {
	int32_t n, line;
	bool overflow;
	char *field[KR_CSV_MAX_FIELDS];
	int32_t fline[KR_CSV_MAX_FIELDS], fcol[KR_CSV_MAX_FIELDS];
};

void kr_csv_init(struct kr_csv *c, char *buf, size_t len);
int kr_csv_row(struct kr_csv *c, struct kr_csv_row *row);

#endif
