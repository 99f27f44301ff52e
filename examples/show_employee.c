/*
 * show_employee - build the national default policy and one employee, and
 * print both.  Links only the public API (the static library by default).
 *
 *   show_employee [NIP]
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>

#include <karier.h>

static int fail(const char *what)
{
	fprintf(stderr, "show_employee: %s: %s\n", what, karier_last_error());
	return 1;
}

int main(int argc, char **argv)
{
	const char *nip = argc > 1 ? argv[1] : "19640520 198903 1 020";
	karier_policy *pol = NULL;
	karier_employee *e = NULL;
	int rc = 1;
	char buf[64];

	if (karier_version_number() != KARIER_VERSION_NUMBER)
		fprintf(stderr, "show_employee: header %s but library %s\n", KARIER_VERSION_STRING, karier_version_string());
	if (karier_policy_new_default(&pol))
		return fail("policy");

	printf("libkarier %s, national default policy: %d settings, %d period regimes\n", karier_version_string(),
	       karier_policy_setting_count(), karier_policy_period_count(pol));
	static const char *const shown[] = {"kp.reguler.masa_golongan_tahun", "kp.reguler.tahun_kinerja",
	                                    "pendidikan.s1.plafon_reguler", "pelatihan.jp_minimum_pns", "bup.jpt"};
	for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++) {
		int32_t idx;
		const char *cite;
		karier_policy_setting_find(&idx, shown[i]);
		karier_policy_setting_info(NULL, NULL, &cite, NULL, idx);
		karier_policy_get_text(buf, sizeof buf, pol, shown[i]);
		printf("  %-34s %-6s %s\n", shown[i], buf, cite);
	}
	for (int32_t i = 0; i < karier_policy_period_count(pol); i++) {
		int32_t from, mask;
		const char *cite;
		karier_policy_period_get(&from, &mask, &cite, pol, i);
		karier_date_format(buf, sizeof buf, from);
		printf("  periods from %s: months", buf);
		for (int m = 1; m <= 12; m++)
			if (mask & (1 << (m - 1)))
				printf(" %d", m);
		printf("  (%s)\n", cite);
	}

	if (karier_employee_new(&e, nip, KARIER_STATUS_PNS, pol)) {
		rc = fail("nip");
		goto out;
	}
	if (karier_employee_set_nama(e, "Contoh Pegawai (synthetic)") ||
	    karier_employee_set_pendidikan(e, KARIER_PEND_S1) ||
	    karier_employee_set_golongan(e, KARIER_GOL_IIIC, 20210401) ||
	    karier_employee_set_jabatan(e, "PLK-001", KARIER_JAB_PELAKSANA, KARIER_JENJANG_NONE, 20190102) ||
	    karier_employee_set_kinerja(e, 2024, KARIER_PREDIKAT_BAIK) ||
	    karier_employee_set_kinerja(e, 2025, KARIER_PREDIKAT_SANGAT_BAIK)) {
		rc = fail("employee");
		goto out;
	}
	printf("\nemployee %s  %s\n", karier_employee_nip(e), karier_employee_nama(e));
	karier_date_format(buf, sizeof buf, karier_employee_tanggal_lahir(e));
	printf("  tanggal_lahir  %s (from the NIP)\n", buf);
	karier_date_format(buf, sizeof buf, karier_employee_tmt_cpns(e));
	printf("  tmt_cpns       %s (from the NIP)\n", buf);
	printf("  pendidikan     %s\n", karier_code_label(KARIER_CODE_PENDIDIKAN, karier_employee_pendidikan(e), KARIER_LANG_ID));
	karier_date_format(buf, sizeof buf, karier_employee_tmt_golongan(e));
	int32_t g = karier_employee_golongan(e);
	printf("  golongan       %s %s since %s\n", karier_code_name(KARIER_CODE_GOLONGAN, g),
	       karier_code_label(KARIER_CODE_GOLONGAN, g, KARIER_LANG_ID), buf);
	printf("  jabatan        %s (%s)\n", karier_employee_jabatan_code(e),
	       karier_code_label(KARIER_CODE_JABATAN, karier_employee_jabatan(e), KARIER_LANG_ID));
	for (int32_t i = 0; i < karier_employee_kinerja_count(e); i++) {
		int32_t y, p;
		karier_employee_kinerja_get(&y, &p, e, i);
		printf("  kinerja %d   %s\n", y, karier_code_label(KARIER_CODE_PREDIKAT, p, KARIER_LANG_ID));
	}
	rc = 0;
out:
	karier_employee_free(e);
	karier_policy_free(pol);
	return rc;
}
