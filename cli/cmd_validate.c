/* cmd_validate.c - karier validate and karier policy. SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cli.h"


int cmd_validate(struct run *r)
{
	int32_t warnings = karier_dataset_diagnostic_count(r->ds) - karier_dataset_error_count(r->ds);
	char text[1024];
	snprintf(text, sizeof text, "%s: %d %s, %d %s, %d %s, %d %s, %d %s\n", r->o.dir, karier_dataset_employee_count(r->ds),
	         r->o.lang ? "employees" : "pegawai", karier_dataset_position_count(r->ds), "jabatan",
	         karier_catalog_count(karier_dataset_catalog(r->ds)), r->o.lang ? "courses" : "pelatihan",
	         karier_dataset_error_count(r->ds), r->o.lang ? "errors" : "kesalahan", warnings,
	         r->o.lang ? "warnings" : "peringatan");
	writer_line(&r->w, text, NULL); /* no JSON form yet: the diagnostics as JSON lines are to come */
	return 0;
}

int cmd_policy(struct run *r)
{
	char *text = NULL;
	if (karier_policy_to_json(&text, r->policy)) {
		fprintf(stderr, "karier: %s\n", karier_last_error());
		return EXIT_INTERNAL;
	}
	writer_line(&r->w, text, NULL); /* the policy is one JSON document in every format */
	writer_line(&r->w, "\n", NULL);
	karier_free_string(text);
	return 0;
}

