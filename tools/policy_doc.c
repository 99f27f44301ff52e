/*
 * policy_doc - print generated parts of the documentation from the library
 * itself, so the documents cannot drift from the code (tests compare them):
 *   policy_doc            docs/policy.md's tables of settings and periods
 *   policy_doc --checks   docs/promotion.md's registry of check codes
 *   policy_doc --count    docs/data-model.md's sentence counting the settings
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include <karier.h>

static const char *type_name(int32_t t)
{
	switch (t) {
	case KARIER_SETTING_INT: return "int";
	case KARIER_SETTING_BOOL: return "bool";
	case KARIER_SETTING_FIXED: return "fixed";
	case KARIER_SETTING_GOLONGAN: return "golongan";
	case KARIER_SETTING_PENDIDIKAN: return "pendidikan";
	case KARIER_SETTING_PREDIKAT: return "predikat";
	case KARIER_SETTING_DATE: return "date";
	case KARIER_SETTING_PELATIHAN: return "pelatihan";
	case KARIER_SETTING_PPPK_GOLONGAN: return "golongan PPPK";
	default: return "?";
	}
}

/* A table cell: '|' would end the cell, so it is escaped. */
static void cell(const char *s)
{
	for (; *s; s++)
		fputs(*s == '|' ? "\\|" : (char[]){*s, 0}, stdout);
}

static int checks(void)
{
	printf("## Check codes\n\n%d codes, the registry of `karier_check_code_get()`: what a failure says (`%%R` the "
	       "required value, `%%A` the actual one, `%%Y` the year), the citation, and the evidence grade (TEXT: a "
	       "regulation's text; setting: the grade of the policy setting the check cites, in docs/policy.md; data: "
	       "the data is there).\n\n",
	       karier_check_code_count());
	printf("| code | fails (id) | fails (en) | citation | evidence |\n|---|---|---|---|---|\n");
	for (int32_t i = 0; i < karier_check_code_count(); i++) {
		const char *code, *fid, *fen, *cite, *grade;
		if (karier_check_code_get(&code, &fid, &fen, &cite, &grade, i))
			return 1;
		printf("| `%s` | ", code);
		cell(fid);
		printf(" | ");
		cell(fen);
		printf(" | %s | %s |\n", cite, grade);
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--checks") == 0)
		return checks();
	if (argc > 1 && strcmp(argv[1], "--count") == 0) {
		printf("The national default policy has %d settings.\n", karier_policy_setting_count());
		return 0;
	}
	karier_policy *p = NULL;
	if (karier_policy_new_default(&p)) {
		fprintf(stderr, "policy_doc: %s\n", karier_last_error());
		return 1;
	}
	printf("## Settings\n\n");
	printf("%d settings. `fixed` values are written with two decimals; codes use the canonical spelling "
	       "(an empty value means *none*).\n\n", karier_policy_setting_count());
	printf("| key | type | default | source | meaning |\n|---|---|---|---|---|\n");
	for (int32_t i = 0; i < karier_policy_setting_count(); i++) {
		const char *key, *cite, *desc;
		int32_t type;
		char buf[64];
		karier_policy_setting_info(&key, &type, &cite, &desc, i);
		karier_policy_get_text(buf, sizeof buf, p, key);
		printf("| `%s` | %s | %s | %s | %s |\n", key, type_name(type), buf[0] ? buf : "*none*", cite, desc);
	}
	printf("\n## Period calendar (kenaikan pangkat dates)\n\n| from | months (day 1) | source |\n|---|---|---|\n");
	for (int32_t i = 0; i < karier_policy_period_count(p); i++) {
		int32_t from, mask;
		const char *cite;
		char date[16];
		karier_policy_period_get(&from, &mask, &cite, p, i);
		karier_date_format(date, sizeof date, from);
		printf("| %s |", date);
		for (int m = 1; m <= 12; m++)
			if (mask & (1 << (m - 1)))
				printf(" %d", m);
		printf(" | %s |\n", cite);
	}
	karier_policy_free(p);
	return 0;
}
