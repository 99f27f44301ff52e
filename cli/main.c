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
#define _POSIX_C_SOURCE 200809L /* isatty */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const struct {
	const char *name;
	int (*run)(struct run *r);
} run_of[] = {
	{"promotion", cmd_promotion}, {"merit", cmd_merit},       {"training", cmd_training},
	{"report", cmd_report},       {"validate", cmd_validate}, {"policy", cmd_policy},
};

int main(int argc, char **argv)
{
	struct run r;
	memset(&r, 0, sizeof r);
	int rc = parse_args(&r.o, argc, argv);
	if (rc)
		return rc < 0 ? 0 : rc;
	if ((rc = load(&r)))
		goto out;
	r.out = stdout;
	if (r.o.output && !(r.out = fopen(r.o.output, "w"))) {
		fprintf(stderr, "karier: --output %s: %s\n", r.o.output, strerror(errno));
		rc = EXIT_INPUT;
		goto out;
	}
	writer_init(&r.w, r.o.fmt, r.out);
	r.progress = isatty(STDERR_FILENO) && karier_dataset_employee_count(r.ds) >= 20000;
	for (size_t i = 0; i < sizeof run_of / sizeof *run_of; i++)
		if (!strcmp(r.o.cmd, run_of[i].name))
			rc = run_of[i].run(&r);
	if (r.out != stdout && fclose(r.out)) {
		fprintf(stderr, "karier: --output %s: %s\n", r.o.output, strerror(errno));
		rc = EXIT_INTERNAL;
	}
out:
	karier_dataset_free(r.ds);
	karier_policy_free(r.policy);
	return rc;
}

