/*
 * fuzz_dataset - the dataset reader on arbitrary files.  The input is
 * split at lines "=====" into every file the reader takes (the names
 * karier_dataset_file_name() lists: the eight CSV files, riwayat_jabatan.csv,
 * jabatan.json and katalog.json), an empty part meaning an absent file; they
 * are written to a private folder and loaded with and without skipping bad
 * rows, on one thread and two; then every engine runs over what loaded.
 * SPDX-License-Identifier: MIT
 */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <karier.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char dir[] = "/tmp/karier-fuzz-XXXXXX";
	if (!mkdtemp(dir))
		return 0;
	char path[256];
	size_t start = 0;
	const char *name;
	for (int32_t f = 0; (name = karier_dataset_file_name(f)) != NULL && start <= size; f++) {
		size_t end = start;
		while (end < size && !(end + 6 <= size && !memcmp(data + end, "=====\n", 6) && (end == 0 || data[end - 1] == '\n')))
			end++;
		snprintf(path, sizeof path, "%s/%s", dir, name);
		FILE *out = end > start ? fopen(path, "wb") : NULL;
		if (out) {
			fwrite(data + start, 1, end - start, out);
			fclose(out);
		}
		start = end + 6;
	}
	for (int32_t flags = 0; flags <= (KARIER_DATASET_SKIP_BAD_ROWS | KARIER_DATASET_THREADS); flags++) {
		karier_dataset *ds = NULL;
		int rc = karier_dataset_load(&ds, dir, NULL, flags);
		if (rc == KARIER_OK) {
			int32_t n = karier_dataset_employee_count(ds);
			for (int32_t i = 0; i < n && i < 50; i++) {
				const karier_employee *e = karier_dataset_employee(ds, i);
				const karier_position *pos = karier_dataset_employee_position(ds, i);
				karier_decision *d = NULL;
				if (!karier_promotion_evaluate(&d, NULL, e, pos, 20261201))
					karier_decision_free(d);
				karier_merit *m = NULL;
				if (!karier_merit_evaluate(&m, NULL, e, pos, 20261201))
					karier_merit_free(m);
				karier_plan *pl = NULL;
				if (pos && !karier_plan_new(&pl, NULL, e, pos, karier_dataset_catalog(ds)))
					karier_plan_free(pl);
				if (pos && !karier_appointment_evaluate(&d, NULL, e, pos, 20261201, 0))
					karier_decision_free(d);
			}
		}
		karier_dataset_free(ds);
	}
	for (int32_t f = 0; (name = karier_dataset_file_name(f)) != NULL; f++) {
		snprintf(path, sizeof path, "%s/%s", dir, name);
		unlink(path);
	}
	rmdir(dir);
	return 0;
}
