/* find_and_decide - the task of docs/integration.md in C: load a dataset, find an employee by NIP, decide
 * kenaikan pangkat at 2026-12-01 against the post held, print the JSON line.  SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <karier.h>

int main(int argc, char **argv)
{
	karier_dataset *ds = NULL;
	if (karier_dataset_load(&ds, argc > 1 ? argv[1] : "data/sample", NULL, 0)) { /* KARIER_EFORMAT: the diagnostics say why */
		fprintf(stderr, "%s\n", karier_last_error());
		karier_dataset_free(ds);
		return 2;
	}
	int32_t i;
	if (karier_dataset_employee_find(&i, ds, "198404052010032524")) {
		fprintf(stderr, "%s\n", karier_last_error());
		karier_dataset_free(ds);
		return 2;
	}
	karier_decision *d = NULL;
	char *json = NULL;
	if (karier_promotion_evaluate(&d, NULL, karier_dataset_employee(ds, i), karier_dataset_employee_position(ds, i),
	                              20261201) == KARIER_OK &&
	    karier_decision_to_json(&json, d, karier_dataset_employee(ds, i), KARIER_LANG_EN, 0) == KARIER_OK)
		printf("%s\n", json);
	karier_free_string(json);
	karier_decision_free(d);
	karier_dataset_free(ds);
	return 0;
}
