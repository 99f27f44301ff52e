/*
 * karier/common.h - conventions shared by every libkarier header.
 *
 * SPDX-License-Identifier: MIT
 *
 * CONVENTIONS (read once, they hold for every function of the library)
 *
 *   Status.      A fallible function returns an int: KARIER_OK (0) on success
 *                or one of the negative karier_status codes below.  The
 *                numeric values are stable across releases.
 *   Out first.   Out-parameters come first and are named out / out_*.  On
 *                failure they are left untouched unless the function says
 *                otherwise.
 *   Last error.  After a failure, karier_last_error() returns a message for
 *                the calling thread naming the field and the bad value, e.g.
 *                `tmt_golongan: "31-02-2024" is not a date (February 2024
 *                has 29 days)`.
 *   Handles.     Every object is an opaque pointer created by a *_new or
 *                *_copy function and released by its own *_free function,
 *                which accepts NULL.  A failed call never leaves a half-built
 *                object behind and never changes an existing one.
 *   Strings.     UTF-8, NUL-terminated.  Borrowed `const char *` results are
 *                owned by the object (or are static) and stay valid until
 *                that object is changed or freed; the header says which.
 *                Text written into a caller buffer follows snprintf: the
 *                return value is the length the full text needs (excluding
 *                the NUL) and the buffer is always terminated when size > 0.
 *   Dates.       A date is an int32_t holding YYYYMMDD (e.g. 20260401 for
 *                1 April 2026); a month-precision date is YYYYMM01.  The
 *                library never reads the clock: every "today" is an argument.
 *   Fixed point. Scores, percentages and angka kredit are int32_t holding
 *                hundredths (8325 means 83.25).  No result is a float.
 *   Threads.     No global mutable state.  Objects may be read from many
 *                threads at once; changing an object needs exclusive access.
 *                karier_last_error() is per thread.
 */
#ifndef KARIER_COMMON_H
#define KARIER_COMMON_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(KARIER_BUILDING)
#    define KARIER_API __declspec(dllexport)
#  elif defined(KARIER_STATIC)
#    define KARIER_API
#  else
#    define KARIER_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define KARIER_API __attribute__((visibility("default")))
#else
#  define KARIER_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * karier_status - the result of every fallible call.  Values are stable.
 * @since 0.1.0
 */
/*
 * The library's objects, as opaque handles.  Each is declared here once, so
 * that every header compiles alone under C99, which forbids repeating a
 * typedef, as well as C11 and C++.  @since 0.1.0
 */
typedef struct karier_policy karier_policy;         /**< a policy: karier/policy.h */
typedef struct karier_position karier_position;     /**< a jabatan: karier/position.h */
typedef struct karier_employee karier_employee;     /**< an employee: karier/employee.h */
typedef struct karier_decision karier_decision;     /**< a promotion or appointment decision: karier/promotion.h */
typedef struct karier_merit karier_merit;           /**< a merit result: karier/merit.h */
typedef struct karier_catalog karier_catalog;       /**< a training catalogue: karier/training.h */
typedef struct karier_plan karier_plan;             /**< an individual training plan: karier/training.h */
typedef struct karier_allocation karier_allocation; /**< a budget allocation: karier/training.h */
typedef struct karier_dataset karier_dataset;       /**< a dataset read from files: karier/io.h */
typedef struct karier_cohort karier_cohort;         /**< many employees, compactly: karier/batch.h */
typedef struct karier_batch karier_batch;           /**< a batch's columns: karier/batch.h */
typedef struct karier_pola karier_pola;             /**< the pola karier: karier/rencana.h */
typedef struct karier_rencana karier_rencana;       /**< a career development plan: karier/rencana.h */
typedef struct karier_rencana_org karier_rencana_org; /**< an organisation's plan: karier/rencana.h */

typedef enum karier_status {
	KARIER_OK = 0,
	KARIER_EINVAL = -1,    /**< a NULL pointer or an argument of the wrong kind */
	KARIER_ENOMEM = -2,    /**< memory could not be allocated */
	KARIER_EPARSE = -3,    /**< text is not in any accepted form */
	KARIER_ERANGE = -4,    /**< well-formed but impossible or out of range */
	KARIER_ENOTFOUND = -5, /**< an unknown key, code or index */
	KARIER_EEXISTS = -6,   /**< a duplicate where one is allowed */
	KARIER_ELIMIT = -7,    /**< a fixed capacity of the object is reached */
	KARIER_EIO = -8,       /**< a file could not be read or written */
	KARIER_EFORMAT = -9,   /**< a file's content is malformed */
	KARIER_EVERSION = -10  /**< an options struct of an unknown version */
} karier_status;

/**
 * karier_strerror - a short static English description of a status code.
 * Returns "unknown status" for a value that is not a karier_status.
 * @since 0.1.0
 */
KARIER_API const char *karier_strerror(int status);

/**
 * karier_last_error - the message of the last failure on this thread.
 * The text names the field and the bad value.  It is owned by the library,
 * thread-local, and valid until the next failing call on the same thread.
 * Returns "" when no call on this thread has failed yet.  Successful calls
 * do not clear it.
 * @since 0.1.0
 */
KARIER_API const char *karier_last_error(void);

/**
 * karier_last_error_code - the status of the last failure on this thread,
 * KARIER_OK if none.
 * @since 0.1.0
 */
KARIER_API int karier_last_error_code(void);

/**
 * karier_clear_error - forget the last failure of this thread.
 * @since 0.1.0
 */
KARIER_API void karier_clear_error(void);

#ifdef __cplusplus
}
#endif
#endif /* KARIER_COMMON_H */
