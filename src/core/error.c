/* error.c - status strings and the thread-local last error. SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* The only mutable state of the library: one message per thread. */
static _Thread_local char kr_message[512];
static _Thread_local int kr_code;

const char *karier_strerror(int status)
{
	switch (status) {
	case KARIER_OK: return "success";
	case KARIER_EINVAL: return "invalid argument";
	case KARIER_ENOMEM: return "out of memory";
	case KARIER_EPARSE: return "text not in an accepted form";
	case KARIER_ERANGE: return "value out of range";
	case KARIER_ENOTFOUND: return "not found";
	case KARIER_EEXISTS: return "already exists";
	case KARIER_ELIMIT: return "capacity limit reached";
	case KARIER_EIO: return "input/output error";
	case KARIER_EFORMAT: return "malformed file";
	case KARIER_EVERSION: return "unsupported options version";
	default: return "unknown status";
	}
}

const char *karier_last_error(void) { return kr_message; }

int karier_last_error_code(void) { return kr_code; }

void karier_clear_error(void)
{
	kr_message[0] = '\0';
	kr_code = KARIER_OK;
}

int kr_fail(int code, const char *fmt, ...)
{
	/* Format into a local buffer first: callers may pass the previous message
	 * (karier_last_error()) as an argument to wrap it with context. */
	char tmp[sizeof kr_message];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	memcpy(kr_message, tmp, sizeof kr_message);
	kr_code = code;
	return code;
}

int kr_null(const char *func, const char *arg)
{
	return kr_fail(KARIER_EINVAL, "%s: %s is NULL", func, arg);
}
