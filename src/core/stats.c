/*
 * stats.c - Fisher's exact test and Pearson's chi-square test, with their
 * p-values in millionths.  exp and log are the library's own, built from
 * additions, multiplications and divisions (and the exact frexp/ldexp), so
 * a p-value is the same on every platform whatever its libm.
 * SPDX-License-Identifier: MIT
 */
#ifdef __clang__
#  pragma STDC FP_CONTRACT OFF
#endif
#include <math.h>

#include "internal.h"
#include "stats.h"

/* ln 2 split so that k * LN2_HI is exact for |k| < 2^11 (fdlibm's constants) */
static const double LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;

double kr_exp(double x)
{
	if (x != x)
		return x;
	if (x < -746.0)
		return 0.0;
	if (x > 709.0)
		return HUGE_VAL;
	double kf = x * 1.44269504088896338700; /* x / ln 2 */
	int k = (int)(kf < 0 ? kf - 0.5 : kf + 0.5);
	double r = (x - k * LN2_HI) - k * LN2_LO; /* |r| <= 0.35 */
	double term = 1.0, sum = 1.0;
	for (int i = 1; i <= 20; i++) { /* r^21 / 21! < 1e-29 */
		term = term * r / i;
		sum += term;
	}
	return ldexp(sum, k);
}

double kr_log(double x)
{
	if (!(x > 0.0))
		return x == 0.0 ? -HUGE_VAL : (x - x) / 0.0;
	int e;
	double m = frexp(x, &e); /* x = m 2^e, m in [0.5, 1) */
	if (m < 0.70710678118654752440) {
		m *= 2.0;
		e--;
	}
	double s = (m - 1.0) / (m + 1.0), s2 = s * s; /* |s| <= 0.172 */
	double term = s, sum = s;
	for (int i = 3; i <= 41; i += 2) { /* s^43 < 1e-32 */
		term *= s2;
		sum += term / i;
	}
	return e * LN2_HI + (e * LN2_LO + 2.0 * sum);
}

/* erfc(z) for z >= 0 */
static double erfc_pos(double z)
{
	static const double INV_SQRT_PI = 0.56418958354775628695;
	if (z < 3.0) {
		/* erf z = 2/sqrt(pi) e^{-z^2} sum 2^n z^{2n+1} / (1 3 5 ... (2n+1)): no cancellation */
		double t = z, sum = z, z2 = 2.0 * z * z;
		for (int n = 1; n < 200 && t > 1e-18 * sum; n++) {
			t = t * z2 / (2 * n + 1);
			sum += t;
		}
		return 1.0 - 2.0 * INV_SQRT_PI * kr_exp(-z * z) * sum;
	}
	/* the continued fraction erfc z = e^{-z^2}/sqrt(pi) / (z + 1/2 / (z + 1 / (z + 3/2 / (z + ...)))) */
	double f = z;
	for (int n = 100; n >= 1; n--)
		f = z + (n / 2.0) / f;
	return INV_SQRT_PI * kr_exp(-z * z) / f;
}

double kr_chi2_q(double x, int32_t df)
{
	if (df < 1)
		return 1.0;
	if (!(x > 0.0))
		return 1.0;
	double lam = x / 2.0, llam = kr_log(lam), q = 0.0;
	if (df % 2 == 0) {
		/* Q = sum_{i < df/2} e^{-lam} lam^i / i! */
		double lfact = 0.0;
		for (int32_t i = 0; i < df / 2; i++) {
			if (i > 0)
				lfact += kr_log((double)i);
			q += kr_exp(-lam + i * llam - lfact);
		}
	} else {
		/* Q = erfc(sqrt lam) + sum_{i <= (df-3)/2} e^{-lam} lam^{i+1/2} / Gamma(i + 3/2) */
		q = erfc_pos(sqrt(lam));
		double lgam = 0.57236494292470008707 + kr_log(0.5); /* ln Gamma(3/2) = ln(sqrt(pi)/2) */
		for (int32_t i = 0; i <= (df - 3) / 2; i++) {
			if (i > 0)
				lgam += kr_log(i + 0.5);
			q += kr_exp(-lam + (i + 0.5) * llam - lgam);
		}
	}
	return q > 1.0 ? 1.0 : q < 0.0 ? 0.0 : q;
}

int32_t kr_ppm(double p)
{
	if (!(p > 0.0))
		return 0;
	if (p >= 1.0)
		return 1000000;
	return (int32_t)(p * 1e6 + 0.5);
}

double kr_fisher_p(int64_t a, int64_t b, int64_t c, int64_t d)
{
	int64_t r1 = a + b, c1 = a + c, n = a + b + c + d, r2 = n - r1;
	int64_t lo = c1 - r2 > 0 ? c1 - r2 : 0, hi = r1 < c1 ? r1 : c1;
	if (lo == hi)
		return 1.0;
	/* weights relative to the mode, P(x+1)/P(x) = (c1-x)(r1-x) / ((x+1)(n-c1-r1+x+1)) */
	int64_t mode = (int64_t)(((double)(r1 + 1) * (double)(c1 + 1)) / (double)(n + 2));
	if (mode < lo)
		mode = lo;
	if (mode > hi)
		mode = hi;
	/* the observed table's weight: walk from the mode to a */
	double wa = 1.0;
	for (int64_t x = mode; x < a && wa > 0.0; x++)
		wa *= (double)(c1 - x) * (double)(r1 - x) / ((double)(x + 1) * (double)(n - c1 - r1 + x + 1));
	for (int64_t x = mode; x > a && wa > 0.0; x--)
		wa *= (double)x * (double)(n - c1 - r1 + x) / ((double)(c1 - x + 1) * (double)(r1 - x + 1));
	double limit = wa * (1.0 + 1e-7), total = 1.0, tail = wa >= 1.0 / (1.0 + 1e-7) ? 1.0 : 0.0;
	/* both sides of the mode, until the weights cannot matter (below 1e-300 of the mode's) */
	double w = 1.0;
	for (int64_t x = mode; x < hi; x++) {
		w *= (double)(c1 - x) * (double)(r1 - x) / ((double)(x + 1) * (double)(n - c1 - r1 + x + 1));
		if (w < 1e-300)
			break;
		total += w;
		if (w <= limit)
			tail += w;
	}
	w = 1.0;
	for (int64_t x = mode; x > lo; x--) {
		w *= (double)x * (double)(n - c1 - r1 + x) / ((double)(c1 - x + 1) * (double)(r1 - x + 1));
		if (w < 1e-300)
			break;
		total += w;
		if (w <= limit)
			tail += w;
	}
	double p = tail / total;
	return p > 1.0 ? 1.0 : p;
}

KARIER_API int karier_fisher_exact(int32_t *out_p_ppm, int64_t a, int64_t b, int64_t c, int64_t d)
{
	if (!out_p_ppm)
		return kr_null("karier_fisher_exact", "out_p_ppm");
	if (a < 0 || b < 0 || c < 0 || d < 0)
		return kr_fail(KARIER_EINVAL, "karier_fisher_exact: a count is negative");
	if (a > INT32_MAX || b > INT32_MAX || c > INT32_MAX || d > INT32_MAX || a + b + c + d > INT32_MAX)
		return kr_fail(KARIER_ELIMIT, "karier_fisher_exact: the table's total is above %d", INT32_MAX);
	*out_p_ppm = kr_ppm(kr_fisher_p(a, b, c, d));
	return KARIER_OK;
}

int kr_chi_square(double *out_x2, int32_t *out_df, const int64_t *counts, int32_t rows, int32_t cols, int64_t *rtot,
                  int64_t *ctot)
{
	int64_t n = 0;
	for (int32_t j = 0; j < cols; j++)
		ctot[j] = 0;
	for (int32_t i = 0; i < rows; i++) {
		rtot[i] = 0;
		for (int32_t j = 0; j < cols; j++) {
			rtot[i] += counts[(int64_t)i * cols + j];
			ctot[j] += counts[(int64_t)i * cols + j];
		}
		n += rtot[i];
	}
	int32_t r = 0, c = 0;
	for (int32_t i = 0; i < rows; i++)
		r += rtot[i] > 0;
	for (int32_t j = 0; j < cols; j++)
		c += ctot[j] > 0;
	double x2 = 0.0;
	for (int32_t i = 0; i < rows; i++)
		for (int32_t j = 0; j < cols; j++) {
			if (!rtot[i] || !ctot[j])
				continue;
			double e = (double)rtot[i] * (double)ctot[j] / (double)n;
			double o = (double)counts[(int64_t)i * cols + j] - e;
			x2 += o * o / e;
		}
	*out_x2 = x2;
	*out_df = r > 1 && c > 1 ? (r - 1) * (c - 1) : 0;
	return KARIER_OK;
}

KARIER_API int karier_chi_square(int64_t *out_statistic, int32_t *out_df, int32_t *out_p_ppm, const int64_t *counts,
                                 int32_t rows, int32_t cols)
{
	if (!counts)
		return kr_null("karier_chi_square", "counts");
	if (rows < 1 || cols < 1)
		return kr_fail(KARIER_EINVAL, "karier_chi_square: rows and cols must be at least 1 (%d x %d)", rows, cols);
	if ((int64_t)rows * cols > 1000000)
		return kr_fail(KARIER_ELIMIT, "karier_chi_square: more than 1000000 cells (%d x %d)", rows, cols);
	int64_t total = 0;
	for (int64_t k = 0; k < (int64_t)rows * cols; k++) {
		if (counts[k] < 0)
			return kr_fail(KARIER_EINVAL, "karier_chi_square: count %lld (row %lld, column %lld) is negative",
			               (long long)counts[k], (long long)(k / cols) + 1, (long long)(k % cols) + 1);
		if (counts[k] > INT32_MAX || (total += counts[k]) > INT32_MAX)
			return kr_fail(KARIER_ELIMIT, "karier_chi_square: the table's total is above %d", INT32_MAX);
	}
	int64_t *tot = kr_malloc(((size_t)rows + (size_t)cols) * sizeof *tot);
	if (!tot)
		return kr_fail(KARIER_ENOMEM, "karier_chi_square: out of memory");
	double x2;
	int32_t df;
	kr_chi_square(&x2, &df, counts, rows, cols, tot, tot + rows);
	kr_free(tot);
	if (out_statistic)
		*out_statistic = (int64_t)(x2 * 100.0 + 0.5);
	if (out_df)
		*out_df = df;
	if (out_p_ppm)
		*out_p_ppm = df ? kr_ppm(kr_chi2_q(x2, df)) : 1000000;
	return KARIER_OK;
}
