/*
 * stats.h - the statistics of the audit (stats.c); never installed.
 * SPDX-License-Identifier: MIT
 */
#ifndef KR_STATS_H
#define KR_STATS_H

#include <stdint.h>

/* exp and log from + - * / only: the same bits on every platform */
double kr_exp(double x);
double kr_log(double x);
/* P(X >= x) for X chi-square with df degrees of freedom */
double kr_chi2_q(double x, int32_t df);
/* Two-sided Fisher exact p of [[a, b], [c, d]] (counts checked by the caller) */
double kr_fisher_p(int64_t a, int64_t b, int64_t c, int64_t d);
/* p in millionths, rounded half up */
int32_t kr_ppm(double p);
/* X squared and degrees of freedom of a rows x cols table; rtot and ctot are
 * scratch of rows and cols values (receive the margins) */
int kr_chi_square(double *out_x2, int32_t *out_df, const int64_t *counts, int32_t rows, int32_t cols, int64_t *rtot,
                  int64_t *ctot);

#endif
