/*
 * karier.h - libkarier, career management rules for Indonesia's civil
 * servants (ASN: PNS and PPPK).  The umbrella header: include this one.
 *
 * SPDX-License-Identifier: MIT
 *
 * The headers are the reference manual.  Read them in this order:
 *
 *   karier/common.h    conventions: status codes, last error, ownership,
 *                      dates, fixed point, threads
 *   karier/version.h   version macros and run-time version
 *   karier/date.h      calendar dates
 *   karier/codes.h     golongan, pendidikan, predikat, jabatan, jenjang, ...
 *   karier/nip.h       NIP and NI PPPK
 *   karier/policy.h    every rule value as data, with its citation
 *   karier/position.h  a jabatan with its requirements and standard
 *   karier/employee.h  one employee and their histories
 *   karier/promotion.h kenaikan pangkat, appointment, retirement: decisions
 *   karier/merit.h     merit score, 9-box, shortlist and DUK ranking
 *   karier/training.h  competency gaps, training plans, JP ledger, budget allocation
 *   karier/io.h        files: the policy as JSON, the employee dataset as CSV
 *   karier/batch.h     many employees in one call, on several threads
 *   karier/audit.h     outcomes compared across groups: equal chances measured
 *   karier/rencana.h   the pola karier and the career development plan
 *
 * A minimal program:
 *
 *     karier_policy *pol = NULL;
 *     karier_employee *e = NULL;
 *     if (karier_policy_new_default(&pol) != KARIER_OK ||
 *         karier_employee_new(&e, "196405201989031020", KARIER_STATUS_PNS, pol) != KARIER_OK)
 *             fprintf(stderr, "%s\n", karier_last_error());
 *     ...
 *     karier_employee_free(e);
 *     karier_policy_free(pol);
 */
#ifndef KARIER_H
#define KARIER_H

#include "karier/common.h"
#include "karier/version.h"
#include "karier/date.h"
#include "karier/codes.h"
#include "karier/nip.h"
#include "karier/policy.h"
#include "karier/position.h"
#include "karier/employee.h"
#include "karier/promotion.h"
#include "karier/merit.h"
#include "karier/training.h"
#include "karier/io.h"
#include "karier/batch.h"
#include "karier/audit.h"
#include "karier/rencana.h"

#endif /* KARIER_H */
