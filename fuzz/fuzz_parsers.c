/*
 * fuzz_parsers - every text parser of the public API on arbitrary input:
 * dates, codes, NIP and NI PPPK, policy, catalogue and employee JSON.  A crash, a leak
 * or a sanitizer report is a bug; failures with a status are expected.
 * SPDX-License-Identifier: MIT
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <karier.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	int32_t v;
	char digits[KARIER_NIP_SIZE];
	karier_date_parse(&v, text);
	karier_date_parse_month(&v, text);
	for (int32_t t = KARIER_CODE_GOLONGAN; t <= KARIER_CODE_KP_JENIS; t++)
		karier_code_parse(&v, t, text);
	karier_nip_parse(digits, &v, &v, &v, &v, text, NULL);
	karier_nipppk_parse(digits, &v, &v, &v, &v, &v, text, NULL);
	karier_policy *p = NULL;
	if (karier_policy_new_default(&p) == KARIER_OK) {
		karier_policy_load_json_text(p, text, "fuzz.json");
		karier_policy_set_text(p, "pendidikan.s1.plafon_reguler", text);
		karier_policy_set_text(p, "jpm.kategori_atas_min", text);
		karier_policy_free(p);
	}
	karier_catalog *c = NULL;
	karier_employee *e = NULL; /* an employee from a JSON row; when one is built, its decision as JSON */
	if (karier_employee_from_json(&e, text, NULL) == KARIER_OK) {
		karier_decision *d = NULL;
		char *out = NULL;
		if (karier_promotion_evaluate(&d, NULL, e, NULL, 20260401) == KARIER_OK &&
		    karier_decision_to_json(&out, d, e, KARIER_LANG_EN, 0) == KARIER_OK)
			karier_free_string(out);
		karier_decision_free(d);
		karier_employee_free(e);
	}
	if (karier_catalog_new(&c) == KARIER_OK) {
		karier_catalog_load_json_text(c, text, "fuzz.json");
		karier_catalog_free(c);
	}
	free(text);
	return 0;
}
