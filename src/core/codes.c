/* codes.c - the domain's code lists and text helpers. SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

struct code {
	int32_t value;
	const char *name;     /* canonical code */
	const char *label_id; /* Indonesian label */
	const char *label_en; /* English label */
	const char *aliases;  /* '|'-separated normalised spellings besides the name */
};

static const struct code golongan[] = {
	{1, "I/a", "Juru Muda", "Juru Muda", ""},
	{2, "I/b", "Juru Muda Tingkat I", "Juru Muda Tingkat I", ""},
	{3, "I/c", "Juru", "Juru", ""},
	{4, "I/d", "Juru Tingkat I", "Juru Tingkat I", ""},
	{5, "II/a", "Pengatur Muda", "Pengatur Muda", ""},
	{6, "II/b", "Pengatur Muda Tingkat I", "Pengatur Muda Tingkat I", ""},
	{7, "II/c", "Pengatur", "Pengatur", ""},
	{8, "II/d", "Pengatur Tingkat I", "Pengatur Tingkat I", ""},
	{9, "III/a", "Penata Muda", "Penata Muda", ""},
	{10, "III/b", "Penata Muda Tingkat I", "Penata Muda Tingkat I", ""},
	{11, "III/c", "Penata", "Penata", ""},
	{12, "III/d", "Penata Tingkat I", "Penata Tingkat I", ""},
	{13, "IV/a", "Pembina", "Pembina", ""},
	{14, "IV/b", "Pembina Tingkat I", "Pembina Tingkat I", ""},
	{15, "IV/c", "Pembina Utama Muda", "Pembina Utama Muda", ""},
	{16, "IV/d", "Pembina Utama Madya", "Pembina Utama Madya", ""},
	{17, "IV/e", "Pembina Utama", "Pembina Utama", ""},
	{0, NULL, NULL, NULL, NULL}};

static const struct code pppk[] = {
	{1, "I", "Golongan I", "Grade I", ""},          {2, "II", "Golongan II", "Grade II", ""},
	{3, "III", "Golongan III", "Grade III", ""},    {4, "IV", "Golongan IV", "Grade IV", ""},
	{5, "V", "Golongan V", "Grade V", ""},          {6, "VI", "Golongan VI", "Grade VI", ""},
	{7, "VII", "Golongan VII", "Grade VII", ""},    {8, "VIII", "Golongan VIII", "Grade VIII", ""},
	{9, "IX", "Golongan IX", "Grade IX", ""},       {10, "X", "Golongan X", "Grade X", ""},
	{11, "XI", "Golongan XI", "Grade XI", ""},      {12, "XII", "Golongan XII", "Grade XII", ""},
	{13, "XIII", "Golongan XIII", "Grade XIII", ""}, {14, "XIV", "Golongan XIV", "Grade XIV", ""},
	{15, "XV", "Golongan XV", "Grade XV", ""},      {16, "XVI", "Golongan XVI", "Grade XVI", ""},
	{17, "XVII", "Golongan XVII", "Grade XVII", ""}, {0, NULL, NULL, NULL, NULL}};

static const struct code pendidikan[] = {
	{KARIER_PEND_SD, "SD", "Sekolah Dasar", "Primary school", "sekolahdasar"},
	{KARIER_PEND_SLTP, "SLTP", "SLTP", "Junior secondary school", "smp|mts"},
	{KARIER_PEND_SLTP_KEJURUAN, "SLTP_KEJURUAN", "SLTP Kejuruan", "Vocational junior secondary school", "smpkejuruan"},
	{KARIER_PEND_SLTA, "SLTA", "SLTA", "Senior secondary school", "sma|smu|smk|sltakejuruan|smakejuruan"},
	{KARIER_PEND_D1, "D1", "Diploma I", "Diploma I", "di|diplomai|diploma1"},
	{KARIER_PEND_D2, "D2", "Diploma II", "Diploma II", "dii|diplomaii|diploma2"},
	{KARIER_PEND_SGPLB, "SGPLB", "SGPLB", "Special-education teacher school (SGPLB)", ""},
	{KARIER_PEND_D3, "D3", "Diploma III / Sarjana Muda", "Diploma III / bachelor's (junior)", "diii|diplomaiii|diploma3|sarjanamuda|akademi|bakaloreat"},
	{KARIER_PEND_S1, "S1", "Sarjana (S1)", "Bachelor's degree", "sarjana|strata1"},
	{KARIER_PEND_D4, "D4", "Diploma IV", "Diploma IV (applied bachelor's)", "div|diplomaiv|diploma4"},
	{KARIER_PEND_S2, "S2", "Magister (S2)", "Master's degree", "magister|strata2"},
	{KARIER_PEND_DOKTER, "DOKTER", "Dokter", "Medical doctor", "profesidokter"},
	{KARIER_PEND_APOTEKER, "APOTEKER", "Apoteker", "Pharmacist", ""},
	{KARIER_PEND_S3, "S3", "Doktor (S3)", "Doctorate", "doktor|strata3"},
	{0, NULL, NULL, NULL, NULL}};

static const struct code predikat[] = {
	{KARIER_PREDIKAT_SANGAT_KURANG, "sangat_kurang", "Sangat Kurang", "Very poor", "sk|buruk"},
	{KARIER_PREDIKAT_KURANG, "kurang", "Kurang", "Poor", "k"},
	{KARIER_PREDIKAT_BUTUH_PERBAIKAN, "butuh_perbaikan", "Butuh Perbaikan", "Needs improvement", "bp|cukup"},
	{KARIER_PREDIKAT_BAIK, "baik", "Baik", "Good", "b"},
	{KARIER_PREDIKAT_SANGAT_BAIK, "sangat_baik", "Sangat Baik", "Very good", "sb|amatbaik"},
	{0, NULL, NULL, NULL, NULL}};

static const struct code rating[] = {
	{KARIER_RATING_BAWAH, "bawah", "Di Bawah Ekspektasi", "Below expectation", "dibawah|dibawahekspektasi|bawahekspektasi"},
	{KARIER_RATING_SESUAI, "sesuai", "Sesuai Ekspektasi", "Meets expectation", "sesuaiekspektasi"},
	{KARIER_RATING_ATAS, "atas", "Di Atas Ekspektasi", "Above expectation", "diatas|diatasekspektasi|atasekspektasi"},
	{0, NULL, NULL, NULL, NULL}};

static const struct code jabatan[] = {
	{KARIER_JAB_JPT_UTAMA, "jpt_utama", "JPT Utama", "Senior executive (utama)", ""},
	{KARIER_JAB_JPT_MADYA, "jpt_madya", "JPT Madya", "Senior executive (madya)", ""},
	{KARIER_JAB_JPT_PRATAMA, "jpt_pratama", "JPT Pratama", "Senior executive (pratama)", ""},
	{KARIER_JAB_ADMINISTRATOR, "administrator", "Administrator", "Administrator", ""},
	{KARIER_JAB_PENGAWAS, "pengawas", "Pengawas", "Supervisor", ""},
	{KARIER_JAB_PELAKSANA, "pelaksana", "Pelaksana", "Staff (pelaksana)", "fungsionalumum"},
	{KARIER_JAB_FUNGSIONAL_KEAHLIAN, "fungsional_keahlian", "Fungsional Keahlian", "Functional, expert track", "jfkeahlian"},
	{KARIER_JAB_FUNGSIONAL_KETERAMPILAN, "fungsional_keterampilan", "Fungsional Keterampilan", "Functional, skilled track", "jfketerampilan"},
	{0, NULL, NULL, NULL, NULL}};

static const struct code jenjang[] = {
	{KARIER_JENJANG_AHLI_PERTAMA, "ahli_pertama", "Ahli Pertama", "Expert, first level", ""},
	{KARIER_JENJANG_AHLI_MUDA, "ahli_muda", "Ahli Muda", "Expert, junior", ""},
	{KARIER_JENJANG_AHLI_MADYA, "ahli_madya", "Ahli Madya", "Expert, middle", ""},
	{KARIER_JENJANG_AHLI_UTAMA, "ahli_utama", "Ahli Utama", "Expert, principal", ""},
	{KARIER_JENJANG_PEMULA, "pemula", "Pemula", "Skilled, beginner", ""},
	{KARIER_JENJANG_TERAMPIL, "terampil", "Terampil", "Skilled", ""},
	{KARIER_JENJANG_MAHIR, "mahir", "Mahir", "Skilled, advanced", ""},
	{KARIER_JENJANG_PENYELIA, "penyelia", "Penyelia", "Skilled, supervisor", ""},
	{0, NULL, NULL, NULL, NULL}};

static const struct code status[] = {
	{KARIER_STATUS_PNS, "PNS", "PNS", "Civil servant (PNS)", "pegawainegerisipil"},
	{KARIER_STATUS_CPNS, "CPNS", "CPNS", "Civil-servant candidate (CPNS)", "calonpns"},
	{KARIER_STATUS_PPPK, "PPPK", "PPPK", "Contract civil servant (PPPK)", "p3k"},
	{0, NULL, NULL, NULL, NULL}};

static const struct code disiplin[] = {
	{KARIER_DISIPLIN_RINGAN, "ringan", "Ringan", "Light", ""},
	{KARIER_DISIPLIN_SEDANG, "sedang", "Sedang", "Medium", ""},
	{KARIER_DISIPLIN_BERAT, "berat", "Berat", "Heavy", ""},
	{0, NULL, NULL, NULL, NULL}};

static const struct code hukuman[] = {
	{KARIER_HUKUMAN_TEGURAN_LISAN, "teguran_lisan", "Teguran lisan", "Oral warning", ""},
	{KARIER_HUKUMAN_TEGURAN_TERTULIS, "teguran_tertulis", "Teguran tertulis", "Written warning", ""},
	{KARIER_HUKUMAN_PERNYATAAN_TIDAK_PUAS, "pernyataan_tidak_puas", "Pernyataan tidak puas secara tertulis",
	 "Written statement of dissatisfaction", "pernyataantidakpuassecaratertulis"},
	{KARIER_HUKUMAN_POTONG_TUKIN_6, "potong_tukin_6", "Pemotongan tunjangan kinerja 25% selama 6 bulan",
	 "Performance allowance cut by 25% for 6 months", "pemotongantukin6bulan"},
	{KARIER_HUKUMAN_POTONG_TUKIN_9, "potong_tukin_9", "Pemotongan tunjangan kinerja 25% selama 9 bulan",
	 "Performance allowance cut by 25% for 9 months", "pemotongantukin9bulan"},
	{KARIER_HUKUMAN_POTONG_TUKIN_12, "potong_tukin_12", "Pemotongan tunjangan kinerja 25% selama 12 bulan",
	 "Performance allowance cut by 25% for 12 months", "pemotongantukin12bulan"},
	{KARIER_HUKUMAN_TURUN_JABATAN, "turun_jabatan", "Penurunan jabatan setingkat lebih rendah selama 12 bulan",
	 "Post lowered one level for 12 months", "penurunanjabatan"},
	{KARIER_HUKUMAN_BEBAS_JABATAN, "bebas_jabatan", "Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan",
	 "Freed from the post to pelaksana for 12 months", "pembebasanjabatan|pembebasandarijabatan"},
	{KARIER_HUKUMAN_PDH, "pdh", "Pemberhentian dengan hormat tidak atas permintaan sendiri",
	 "Honourable dismissal not at own request", "pdhtaps|pemberhentian"},
	{KARIER_HUKUMAN_TUNDA_KGB, "tunda_kgb", "Penundaan kenaikan gaji berkala selama 1 tahun",
	 "Salary increment delayed 1 year", "penundaankgb"},
	{KARIER_HUKUMAN_TUNDA_KP, "tunda_kp", "Penundaan kenaikan pangkat selama 1 tahun", "Promotion delayed 1 year",
	 "penundaankp|penundaankenaikanpangkat"},
	{KARIER_HUKUMAN_TURUN_PANGKAT, "turun_pangkat", "Penurunan pangkat setingkat lebih rendah selama 1 tahun",
	 "Pangkat lowered one level for 1 year", "penurunanpangkat"},
	{0, NULL, NULL, NULL, NULL}};

int32_t karier_hukuman_tingkat(int32_t jenis)
{
	static const uint8_t level[] = {0, KARIER_DISIPLIN_RINGAN, KARIER_DISIPLIN_RINGAN, KARIER_DISIPLIN_RINGAN,
	                                KARIER_DISIPLIN_SEDANG, KARIER_DISIPLIN_SEDANG, KARIER_DISIPLIN_SEDANG,
	                                KARIER_DISIPLIN_BERAT, KARIER_DISIPLIN_BERAT, KARIER_DISIPLIN_BERAT,
	                                KARIER_DISIPLIN_SEDANG, KARIER_DISIPLIN_SEDANG, KARIER_DISIPLIN_SEDANG};
	return jenis >= 0 && jenis <= KARIER_HUKUMAN_TURUN_PANGKAT ? level[jenis] : KARIER_DISIPLIN_NONE;
}

static const struct code pelatihan[] = {
	{KARIER_PELATIHAN_LAINNYA, "LAINNYA", "Lainnya", "Other", "lain"},
	{KARIER_PELATIHAN_PKP, "PKP", "Pelatihan Kepemimpinan Pengawas", "Supervisor leadership training", "diklatpimiv|pimiv"},
	{KARIER_PELATIHAN_PKA, "PKA", "Pelatihan Kepemimpinan Administrator", "Administrator leadership training", "diklatpimiii|pimiii"},
	{KARIER_PELATIHAN_PKN_II, "PKN_II", "Pelatihan Kepemimpinan Nasional Tingkat II", "National leadership training, level II", "pkn2|diklatpimii|pimii"},
	{KARIER_PELATIHAN_PKN_I, "PKN_I", "Pelatihan Kepemimpinan Nasional Tingkat I", "National leadership training, level I", "pkn1|diklatpimi|pimi"},
	{KARIER_PELATIHAN_LATSAR, "LATSAR", "Pelatihan Dasar CPNS", "CPNS basic training", "prajabatan|diklatprajabatan"},
	{KARIER_PELATIHAN_TEKNIS, "TEKNIS", "Pelatihan Teknis", "Technical training", ""},
	{KARIER_PELATIHAN_FUNGSIONAL, "FUNGSIONAL", "Pelatihan Fungsional", "Functional training", ""},
	{KARIER_PELATIHAN_SOSIAL_KULTURAL, "SOSIAL_KULTURAL", "Pelatihan Sosial Kultural", "Socio-cultural training", ""},
	{0, NULL, NULL, NULL, NULL}};

static const struct code ujian[] = {
	{KARIER_UJIAN_DINAS_I, "I", "Ujian Dinas Tingkat I", "Civil-service exam, level I", "1|tingkati|tingkat1"},
	{KARIER_UJIAN_DINAS_II, "II", "Ujian Dinas Tingkat II", "Civil-service exam, level II", "2|tingkatii|tingkat2"},
	{0, NULL, NULL, NULL, NULL}};

static const struct code moda[] = {
	{KARIER_MODA_KLASIKAL, "klasikal", "Klasikal", "Classroom", "tatapmuka"},
	{KARIER_MODA_NONKLASIKAL, "nonklasikal", "Nonklasikal", "Non-classroom", "elearning|coaching|mentoring|magang|daring|jarakjauh|pertukaran"},
	{0, NULL, NULL, NULL, NULL}};

static const struct code kp_jenis[] = {
	{1, "reguler", "Kenaikan pangkat reguler", "Regular promotion", ""},
	{2, "pilihan_struktural", "Kenaikan pangkat pilihan (jabatan struktural)", "Elective promotion (managerial post)", "struktural"},
	{3, "pilihan_fungsional", "Kenaikan pangkat pilihan (jabatan fungsional)", "Elective promotion (functional post)", "fungsional"},
	{4, "pilihan_ijazah", "Kenaikan pangkat penyesuaian ijazah", "Promotion for a new diploma", "ijazah|penyesuaianijazah"},
	{5, "pilihan_prestasi", "Kenaikan pangkat prestasi kerja luar biasa", "Promotion for outstanding achievement", "prestasi"},
	{6, "pengabdian", "Kenaikan pangkat pengabdian", "Promotion for long service before retirement", ""},
	{0, NULL, NULL, NULL, NULL}};

static const struct code *table(int32_t type, const char **what)
{
	static const struct {
		const struct code *t;
		const char *what;
	} all[] = {
		{NULL, NULL},        {golongan, "golongan"}, {pppk, "golongan PPPK"},
		{pendidikan, "pendidikan"}, {predikat, "predikat"}, {rating, "rating"},
		{jabatan, "jenis jabatan"}, {jenjang, "jenjang"}, {status, "status"},
		{disiplin, "tingkat disiplin"}, {pelatihan, "jenis pelatihan"},
		{ujian, "ujian dinas"},   {moda, "moda"},  {kp_jenis, "jenis kenaikan pangkat"},
		{hukuman, "jenis hukuman disiplin"},
	};
	if (type < 1 || type > KARIER_CODE_HUKUMAN)
		return NULL;
	if (what)
		*what = all[type].what;
	return all[type].t;
}

/* Lower-case and drop spaces and the separators - _ . so that "S-1", "s 1"
 * and "S1" compare equal.  Keeps '/' (golongan). Returns false if too long. */
static bool normalise(char *dst, size_t cap, const char *src)
{
	size_t n = 0;
	for (; *src; src++) {
		unsigned char c = (unsigned char)*src;
		if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '\t')
			continue;
		if (n + 1 >= cap)
			return false;
		dst[n++] = (char)tolower(c);
	}
	dst[n] = '\0';
	return true;
}

static bool alias_match(const char *aliases, const char *norm)
{
	size_t len = strlen(norm);
	const char *p = aliases;
	while (*p) {
		const char *bar = strchr(p, '|');
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		if (n == len && memcmp(p, norm, n) == 0)
			return true;
		if (!bar)
			break;
		p = bar + 1;
	}
	return false;
}

static int roman(const char *s, int32_t *out, const char **end)
{
	static const char *const r[] = {"xvii", "xvi", "xiv", "xiii", "xii", "xv", "xi", "x", "ix",
	                                "viii", "vii", "vi", "iv", "v", "iii", "ii", "i"};
	static const int32_t v[] = {17, 16, 14, 13, 12, 15, 11, 10, 9, 8, 7, 6, 4, 5, 3, 2, 1};
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		size_t n = strlen(r[i]);
		if (strncmp(s, r[i], n) == 0) {
			*out = v[i];
			*end = s + n;
			return 1;
		}
	}
	return 0;
}

/* golongan ruang: roman or arabic major I..IV, optional '/', letter a..e */
static bool parse_golongan(const char *norm, int32_t *out)
{
	int32_t major = 0;
	const char *p = norm;
	if (*p >= '1' && *p <= '4') {
		major = *p - '0';
		p++;
	} else if (!roman(p, &major, &p) || major > 4) {
		return false;
	}
	if (*p == '/')
		p++;
	if (*p < 'a' || *p > 'e' || p[1] != '\0')
		return false;
	int32_t minor = *p - 'a';
	if (major < 4 && minor > 3) /* only IV has ruang e */
		return false;
	*out = (major - 1) * 4 + minor + 1;
	return true;
}

static bool parse_pppk(const char *norm, int32_t *out)
{
	int32_t v = 0;
	const char *end = norm;
	if (isdigit((unsigned char)norm[0])) {
		for (; isdigit((unsigned char)*end) && v < 100; end++)
			v = v * 10 + (*end - '0');
	} else if (!roman(norm, &v, &end)) {
		return false;
	}
	if (*end != '\0' || v < 1 || v > 17)
		return false;
	*out = v;
	return true;
}

int karier_code_parse(int32_t *out, int32_t type, const char *text)
{
	const char *what = NULL;
	const struct code *t = table(type, &what);
	if (!out)
		return kr_null("karier_code_parse", "out");
	if (!text)
		return kr_null("karier_code_parse", "text");
	if (!t)
		return kr_fail(KARIER_EINVAL, "karier_code_parse: %d is not a karier_code_type", type);
	for (const struct code *c = t; c->name; c++) /* the canonical spelling, as data files mostly have it */
		if (strcmp(c->name, text) == 0) {
			*out = c->value;
			return KARIER_OK;
		}
	char norm[64];
	int32_t v = 0;
	if (normalise(norm, sizeof norm, text) && norm[0]) {
		if (type == KARIER_CODE_GOLONGAN && parse_golongan(norm, &v)) {
			*out = v;
			return KARIER_OK;
		}
		if (type == KARIER_CODE_PPPK_GOLONGAN && parse_pppk(norm, &v)) {
			*out = v;
			return KARIER_OK;
		}
		for (const struct code *c = t; c->name; c++) {
			char cn[64];
			normalise(cn, sizeof cn, c->name);
			if (strcmp(cn, norm) == 0 || alias_match(c->aliases, norm)) {
				*out = c->value;
				return KARIER_OK;
			}
		}
	}
	char list[400];
	size_t n = 0;
	list[0] = '\0';
	for (const struct code *c = t; c->name && n + 1 < sizeof list; c++) {
		int w = snprintf(list + n, sizeof list - n, "%s%s", n ? ", " : "", c->name);
		if (w < 0)
			break;
		n += (size_t)w;
	}
	return kr_fail(KARIER_ENOTFOUND, "%s: \"%.60s\" is not a known code (expected one of: %s)", what, text, list);
}

static const struct code *lookup(int32_t type, int32_t value)
{
	const struct code *t = table(type, NULL);
	for (; t && t->name; t++)
		if (t->value == value)
			return t;
	return NULL;
}

const char *karier_code_name(int32_t type, int32_t value)
{
	const struct code *c = lookup(type, value);
	return c ? c->name : NULL;
}

const char *karier_code_label(int32_t type, int32_t value, int32_t lang)
{
	const struct code *c = lookup(type, value);
	if (!c)
		return NULL;
	return lang == KARIER_LANG_EN ? c->label_en : c->label_id;
}

int32_t karier_pendidikan_rank(int32_t p)
{
	static const int8_t rank[KARIER_PEND_COUNT + 1] = {0, 1, 2, 2, 3, 4, 5, 5, 6, 7, 7, 8, 8, 8, 9};
	return p >= 1 && p <= KARIER_PEND_COUNT ? rank[p] : 0;
}

int32_t karier_jenjang_jabatan(int32_t j)
{
	if (j >= KARIER_JENJANG_AHLI_PERTAMA && j <= KARIER_JENJANG_AHLI_UTAMA)
		return KARIER_JAB_FUNGSIONAL_KEAHLIAN;
	if (j >= KARIER_JENJANG_PEMULA && j <= KARIER_JENJANG_PENYELIA)
		return KARIER_JAB_FUNGSIONAL_KETERAMPILAN;
	return KARIER_JAB_NONE;
}

int kr_check_jabatan_jenjang(int32_t jab, int32_t jen)
{
	if (jab < 1 || jab > KARIER_JAB_COUNT)
		return kr_fail(KARIER_EINVAL, "jenis: %d is not a karier_jabatan", jab);
	bool fungsional = jab == KARIER_JAB_FUNGSIONAL_KEAHLIAN || jab == KARIER_JAB_FUNGSIONAL_KETERAMPILAN;
	if (!fungsional) {
		if (jen != KARIER_JENJANG_NONE)
			return kr_fail(KARIER_EINVAL, "jenjang: %s takes no jenjang, got %d", karier_code_name(KARIER_CODE_JABATAN, jab), jen);
		return KARIER_OK;
	}
	if (karier_jenjang_jabatan(jen) != jab)
		return kr_fail(KARIER_EINVAL, "jenjang: %d is not a jenjang of %s", jen, karier_code_name(KARIER_CODE_JABATAN, jab));
	return KARIER_OK;
}

int karier_predikat_from_ratings(int32_t *out, int32_t hasil, int32_t perilaku)
{
	static const int8_t m[3][3] = {
		/* hasil bawah */ {KARIER_PREDIKAT_SANGAT_KURANG, KARIER_PREDIKAT_BUTUH_PERBAIKAN, KARIER_PREDIKAT_BUTUH_PERBAIKAN},
		/* sesuai */ {KARIER_PREDIKAT_KURANG, KARIER_PREDIKAT_BAIK, KARIER_PREDIKAT_BAIK},
		/* atas */ {KARIER_PREDIKAT_KURANG, KARIER_PREDIKAT_BAIK, KARIER_PREDIKAT_SANGAT_BAIK},
	};
	if (!out)
		return kr_null("karier_predikat_from_ratings", "out");
	if (hasil < 1 || hasil > 3)
		return kr_fail(KARIER_ERANGE, "hasil_kerja: %d is not a rating 1..3", hasil);
	if (perilaku < 1 || perilaku > 3)
		return kr_fail(KARIER_ERANGE, "perilaku: %d is not a rating 1..3", perilaku);
	*out = m[hasil - 1][perilaku - 1];
	return KARIER_OK;
}

size_t kr_put_int(char *dst, int64_t v)
{
	char tmp[20];
	size_t n = 0, k = 0;
	uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do
		tmp[k++] = (char)('0' + a % 10);
	while (a /= 10);
	if (v < 0)
		dst[n++] = '-';
	while (k)
		dst[n++] = tmp[--k];
	return n;
}

int kr_put_out(char *buf, size_t size, const char *text, size_t n)
{
	if (size > 0) {
		size_t k = n < size - 1 ? n : size - 1;
		memcpy(buf, text, k);
		buf[k] = '\0';
	}
	return (int)n;
}

int kr_fixed_text(char *buf, size_t size, int64_t v)
{
	uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	char t[32];
	size_t n = 0;
	if (v < 0)
		t[n++] = '-';
	n += kr_put_int(t + n, (int64_t)(a / 100)); /* below 2^63 / 100: fits */
	t[n++] = '.';
	t[n++] = (char)('0' + a % 100 / 10);
	t[n++] = (char)('0' + a % 10);
	return kr_put_out(buf, size, t, n);
}

size_t kr_utf8_invalid_at(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	while (p < end) {
		/* ASCII eight bytes at a time */
		while (end - p >= 8) {
			uint64_t v;
			memcpy(&v, p, 8);
			if (v & UINT64_C(0x8080808080808080))
				break;
			p += 8;
		}
		if (p >= end)
			break;
		unsigned char c = *p;
		if (c < 0x80) {
			p++;
			continue;
		}
		int n = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
		if (n < 0 || (n == 1 && c < 0xC2) || (n == 3 && c > 0xF4) || end - p <= n)
			return (size_t)(p - (const unsigned char *)s);
		uint32_t cp = c & (0x7F >> n);
		for (int i = 1; i <= n; i++) {
			if ((p[i] & 0xC0) != 0x80)
				return (size_t)(p - (const unsigned char *)s);
			cp = (cp << 6) | (p[i] & 0x3F);
		}
		if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
			return (size_t)(p - (const unsigned char *)s);
		p += n + 1;
	}
	return len;
}

bool kr_utf8_valid(const char *s)
{
	size_t len = strlen(s);
	return kr_utf8_invalid_at(s, len) == len;
}

/* Whether the n bytes at s are printable ASCII (0x20..0x7E), eight at a time: a byte below 0x20
 * borrows into its top bit when 0x20 is taken from it (its top bit clear before), one of 0x7F or
 * more has its top bit set once 1 is added or before.  A carry or a borrow between bytes starts at
 * a byte that is found anyway, so "none found" is exact. */
static bool printable_ascii(const char *s, size_t n)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), tops = UINT64_C(0x8080808080808080);
	uint64_t bad = 0;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		bad |= ((x - 0x20 * ones) & ~x) | (x + ones) | x;
	}
	for (; i < n; i++)
		bad |= (unsigned char)(s[i] - 0x20) < 0x5F ? 0 : tops;
	return !(bad & tops);
}

int kr_copy_text(char *dst, size_t cap, const char *src, const char *field, bool allow_empty)
{
	/* the usual text first: its length at once, then printable ASCII throughout */
	size_t n = strlen(src);
	if (n > 0 && n < cap && printable_ascii(src, n)) {
		if (dst)
			memcpy(dst, src, n + 1);
		return KARIER_OK;
	}
	/* one pass, at most cap bytes: the length, the first control character, any byte past ASCII */
	size_t len = 0, ctl = SIZE_MAX;
	unsigned char high = 0;
	while (len < cap && (unsigned char)(src[len] - 0x20) < 0x5F) /* the printable ASCII run: one test a byte */
		len++;
	for (; len < cap && src[len]; len++) {
		unsigned char c = (unsigned char)src[len];
		high |= c;
		if ((c < 0x20 || c == 0x7F) && ctl == SIZE_MAX)
			ctl = len;
	}
	if (len == 0 && !allow_empty)
		return kr_fail(KARIER_ERANGE, "%s: must not be empty", field);
	if (len >= cap)
		return kr_fail(KARIER_ERANGE, "%s: \"%.40s...\" is %zu bytes, longer than %zu", field, src, strlen(src), cap - 1);
	if (ctl != SIZE_MAX)
		return kr_fail(KARIER_ERANGE, "%s: control character 0x%02x at byte %zu", field, (unsigned)(unsigned char)src[ctl], ctl);
	if ((high & 0x80) && kr_utf8_invalid_at(src, len) != len) /* ASCII is UTF-8 */
		return kr_fail(KARIER_ERANGE, "%s: \"%.40s\" is not valid UTF-8", field, src);
	if (dst)
		memcpy(dst, src, len + 1);
	return KARIER_OK;
}
