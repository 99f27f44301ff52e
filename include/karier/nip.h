/*
 * karier/nip.h - the 18-digit NIP of a PNS and the NI PPPK.
 *
 * SPDX-License-Identifier: MIT
 *
 * NIP (PerKa BKN 22/2007 and 43/2007): birth date YYYYMMDD, TMT CPNS
 * YYYYMM, sex (1 male, 2 female), serial 001..999.  Example:
 * "19640520 198903 1 020" is a man born 1964-05-20, CPNS from March 1989,
 * serial 20.
 *
 * NI PPPK: birth date YYYYMMDD, year first appointed YYYY, a two-digit code
 * ("21" in the examples seen; the meaning is UNCONFIRMED, so any two digits
 * are accepted and reported), sex, serial.
 *
 * No check digit exists, so validation is structural: real dates, the TMT
 * after the birth date with the policy's minimum age at appointment
 * ("nip.usia_minimum_tmt", 18 by default, UNCONFIRMED as a formal rule), a
 * sex digit of 1 or 2, a serial from 001.  Spaces between digits are
 * tolerated; any other character is an error.
 *
 * The sex digit is reported because it is part of the number; libkarier
 * never stores it in an employee and never uses it in a decision.
 */
#ifndef KARIER_NIP_H
#define KARIER_NIP_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Size of a buffer that holds a normalised NIP: 18 digits and the NUL. */
#define KARIER_NIP_SIZE 19

/**
 * karier_nip_parse - validate a PNS/CPNS NIP and split it.
 *
 * @out_digits  receives the 18 digits without spaces (KARIER_NIP_SIZE bytes)
 * @out_birth   birth date YYYYMMDD
 * @out_tmt     TMT CPNS as YYYYMM01
 * @out_sex     1 or 2
 * @out_serial  1..999
 * @text        the NIP, spaces allowed
 * @policy      supplies nip.usia_minimum_tmt; NULL means the embedded
 *              national default
 * Any out pointer may be NULL.
 *
 * Errors: KARIER_EINVAL (NULL text), KARIER_EPARSE (not 18 digits),
 * KARIER_ERANGE (impossible date, TMT too early, bad sex digit, serial 000).
 * The message says which part is wrong.
 * @since 0.1.0
 */
KARIER_API int karier_nip_parse(char *out_digits, int32_t *out_birth, int32_t *out_tmt,
                                int32_t *out_sex, int32_t *out_serial, const char *text,
                                const karier_policy *policy);

/**
 * karier_nipppk_parse - validate an NI PPPK and split it: @out_year is the
 * year first appointed, @out_code the two-digit middle code.  Other
 * arguments and errors as karier_nip_parse.
 * @since 0.1.0
 */
KARIER_API int karier_nipppk_parse(char *out_digits, int32_t *out_birth, int32_t *out_year,
                                   int32_t *out_code, int32_t *out_sex, int32_t *out_serial,
                                   const char *text, const karier_policy *policy);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_NIP_H */
