/*
 * karier - career-management rules for Indonesian civil servants, over a
 * dataset folder.  Uses the public libkarier API only.
 *
 *   karier promotion|merit|training|report|validate DIR [options]
 *   karier policy [--policy FILE]
 *
 * The files: options.c (the command line, from one table of commands and
 * one of options), common.c (what commands share), one cmd_*.c per command,
 * out.c (tables, CSV and JSON lines).
 * Exit status: 0 success, 2 bad input or usage, 1 internal failure.
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L /* isatty, mkstemp, fchmod */
#define _DEFAULT_SOURCE         /* realpath */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const struct {
	const char *name;
	int (*run)(struct run *r);
} run_of[] = {
	{"promotion", cmd_promotion}, {"merit", cmd_merit},       {"training", cmd_training},
	{"report", cmd_report},       {"validate", cmd_validate}, {"policy", cmd_policy},
	{"audit", cmd_audit},         {"evaluasi", cmd_evaluasi}, {"rencana", cmd_rencana},
};

int main(int argc, char **argv)
{
	struct run r;
	memset(&r, 0, sizeof r);
	int rc = parse_args(&r.o, argc, argv);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (r.o.fmt == FMT_XLSX && !r.o.output && isatty(STDOUT_FILENO)) {
		fputs("karier: --format xlsx writes a workbook: give --output FILE.xlsx or redirect standard output\n", stderr);
		return EXIT_INPUT;
	}
	if ((rc = load(&r)))
		goto out;
	/* --output FILE is written whole or not at all: into a temporary file beside
	 * it, renamed over FILE only when the command succeeded and every write did.
	 * FILE may be a symbolic link: the file it names is the one replaced (or made).  What
	 * cannot be replaced (a device such as /dev/null, a FIFO, a socket) is
	 * written as the output goes, as standard output is; a folder is refused. */
	char tmp[4096] = "", target[PATH_MAX];
	const char *dest = r.o.output;
	bool direct = false;
	r.out = stdout;
	if (r.o.output) {
		int fd = -1;
		struct stat st;
		bool exists = stat(r.o.output, &st) == 0;
		if (exists && S_ISDIR(st.st_mode)) {
			fprintf(stderr, "karier: --output %s: is a folder, not a file\n", r.o.output);
			rc = EXIT_INPUT;
			goto out;
		}
		direct = exists && !S_ISREG(st.st_mode);
		if (direct) {
			if ((fd = open(r.o.output, O_WRONLY | O_NOCTTY)) >= 0 && !(r.out = fdopen(fd, "w"))) {
				int e = errno;
				close(fd);
				errno = e;
				fd = -1;
			}
		} else {
			struct stat lst;
			ssize_t k;
			if (exists && realpath(r.o.output, target))
				dest = target; /* through a link: the temporary file goes beside the file itself */
			else if (!exists && lstat(r.o.output, &lst) == 0 && S_ISLNK(lst.st_mode) &&
			         (k = readlink(r.o.output, target, sizeof target - 1)) > 0) {
				/* a link to a file not made yet: that file is made, as a shell's > would make it */
				target[k] = '\0';
				const char *slash = strrchr(r.o.output, '/');
				if (target[0] != '/' && slash) { /* relative to the link's folder */
					char rel[PATH_MAX];
					memcpy(rel, target, (size_t)k + 1);
					if ((size_t)snprintf(target, sizeof target, "%.*s/%s", (int)(slash - r.o.output), r.o.output, rel) <
					    sizeof target)
						dest = target;
				} else
					dest = target;
			}
			if ((size_t)snprintf(tmp, sizeof tmp, "%s.XXXXXX", dest) >= sizeof tmp)
				errno = ENAMETOOLONG;
			else if ((fd = mkstemp(tmp)) >= 0) {
				mode_t mask = umask(0); /* the mode a new file gets, not mkstemp's 0600 */
				umask(mask);
				if (fchmod(fd, 0666 & ~mask) || !(r.out = fdopen(fd, "w"))) {
					int e = errno;
					close(fd);
					unlink(tmp);
					errno = e;
					fd = -1;
				}
			}
		}
		if (fd < 0) {
			fprintf(stderr, "karier: --output %s: %s\n", r.o.output, strerror(errno));
			rc = EXIT_INPUT;
			goto out;
		}
	}
	/* large buffered writes: a million rows leave in a few hundred writes, not a write per 4 KiB */
	static char outbuf[1 << 20];
	setvbuf(r.out, outbuf, _IOFBF, sizeof outbuf);
	if (!writer_init(&r.w, r.o.fmt, r.out, r.o.cmd, r.o.lang == KARIER_LANG_EN)) {
		fputs("karier: --format xlsx: this karier was built without libxlsxwriter (install libxlsxwriter-dev and "
		      "build again)\n", stderr);
		rc = EXIT_INPUT;
		if (r.out != stdout) {
			fclose(r.out);
			if (!direct)
				unlink(tmp);
		}
		goto out;
	}
	r.progress = isatty(STDERR_FILENO) && karier_dataset_employee_count(r.ds) >= 20000;
	for (size_t i = 0; i < sizeof run_of / sizeof *run_of; i++)
		if (!strcmp(r.o.cmd, run_of[i].name))
			rc = run_of[i].run(&r);
	if (!writer_finish(&r.w)) /* a workbook is written here, whole */
		rc = rc ? rc : EXIT_INTERNAL;
	bool write_failed = ferror(r.out) != 0;
	if (r.out != stdout) {
		if (fclose(r.out) || write_failed) {
			fprintf(stderr, "karier: --output %s: %s\n", r.o.output, write_failed ? "a write failed" : strerror(errno));
			rc = rc ? rc : EXIT_INTERNAL;
		} else if (!direct && (!rc || r.keep_output) && rename(tmp, dest)) {
			fprintf(stderr, "karier: --output %s: %s\n", r.o.output, strerror(errno));
			rc = EXIT_INTERNAL;
		}
		if (rc && !r.keep_output && !direct)
			unlink(tmp); /* FILE is as it was */
	} else if (fflush(stdout) || write_failed || ferror(stdout)) { /* a full disk, a closed pipe */
		fprintf(stderr, "karier: standard output: %s\n", errno ? strerror(errno) : "a write failed");
		rc = rc ? rc : EXIT_INTERNAL;
	}
	if (!rc && r.skipped)
		rc = EXIT_SKIPPED; /* the output is whole, but it lacks the rows left out */
out:
	karier_dataset_free(r.ds);
	karier_policy_free(r.policy);
	return rc;
}

