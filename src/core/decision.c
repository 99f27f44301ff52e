/* decision.c - decision objects: getters, value text and messages. SPDX-License-Identifier: MIT */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "decision.h"

struct kr_check_def {
	const char *code;
	const char *ref;                  /* used when the check names no policy setting */
	const char *ok_id, *fail_id, *ok_en, *fail_en; /* %R required, %A actual, %Y year */
};

#define REF_STATUS "PP 99/2000 Ps1-2 (pangkat of PNS); PP 49/2018 (PPPK has no pangkat)"
#define REF_DATA "data: every rule needs its inputs"
#define REF_DISIPLIN "PP 94/2021 Ps8 and Ps42 jo PP 53/2010 Ps7(3)"
#define REF_PENSIUN "PP 11/2017 Ps239; PP 49/2018 Ps54"

static const struct kr_check_def defs[CK_COUNT] = {
	[CK_STATUS] = {"KP_STATUS", REF_STATUS, "Status %A dapat naik pangkat",
		"Status %A tidak dapat naik pangkat: hanya PNS (CPNS belum diangkat menjadi PNS; PPPK tidak berpangkat)",
		"Status %A may rise in rank",
		"Status %A cannot rise in rank: only a PNS can (a CPNS is not yet a PNS; a PPPK has no pangkat)"},
	[CK_DATA_GOLONGAN] = {"DATA_GOLONGAN", REF_DATA, "Golongan dan TMT golongan ada", "Data golongan dan TMT golongan tidak ada",
		"Golongan and its TMT are known", "Golongan and its TMT are missing"},
	[CK_DATA_PENDIDIKAN] = {"DATA_PENDIDIKAN", REF_DATA, "Pendidikan ada", "Data pendidikan tidak ada",
		"Education is known", "Education is missing"},
	[CK_DATA_JABATAN] = {"DATA_JABATAN", REF_DATA, "Jabatan dan TMT jabatan ada", "Data jabatan dan TMT jabatan tidak ada",
		"Jabatan and its TMT are known", "Jabatan and its TMT are missing"},
	[CK_DATA_ANGKA_KREDIT] = {"DATA_ANGKA_KREDIT", REF_DATA, "Angka kredit ada", "Data angka kredit tidak ada",
		"Angka kredit is known", "Angka kredit is missing"},
	[CK_REG_JABATAN] = {"KP_JABATAN_REGULER", "PP 99/2000 Ps7 and Ps34", "Jabatan %A menempuh kenaikan pangkat reguler",
		"Jabatan %A tidak menempuh kenaikan pangkat reguler (menempuh kenaikan pangkat pilihan)",
		"Jabatan %A takes regular promotion", "Jabatan %A does not take regular promotion (it takes an elective one)"},
	[CK_MASA_GOLONGAN] = {"KP_MASA_GOLONGAN", NULL, "Masa dalam golongan %A, memenuhi minimal %R",
		"Masa dalam golongan %A, kurang dari %R", "Time in golongan %A meets the minimum of %R",
		"Time in golongan %A is less than %R"},
	[CK_MASA_GOLONGAN_CPNS] = {"KP_MASA_GOLONGAN", NULL,
		"Masa dalam golongan pertama %A (dihitung dari TMT CPNS, PP 99/2000 Ps5), memenuhi minimal %R",
		"Masa dalam golongan pertama %A (dihitung dari TMT CPNS, PP 99/2000 Ps5), kurang dari %R",
		"Time in the first golongan %A (counted from TMT CPNS, PP 99/2000 Ps5) meets the minimum of %R",
		"Time in the first golongan %A (counted from TMT CPNS, PP 99/2000 Ps5) is less than %R"},
	[CK_MASA_JABATAN] = {"KP_MASA_JABATAN", NULL, "Masa dalam jabatan %A, memenuhi minimal %R",
		"Masa dalam jabatan %A, kurang dari %R", "Time in post %A meets the minimum of %R",
		"Time in post %A is less than %R"},
	[CK_KINERJA] = {"KP_KINERJA", NULL, "Predikat kinerja tahun %Y %A, minimal %R",
		"Predikat kinerja tahun %Y %A, di bawah %R (tanggal paling awal menganggap tahun-tahun berikutnya minimal %R)",
		"Kinerja of %Y is %A, at least %R",
		"Kinerja of %Y is %A, below %R (the earliest date assumes later years are at least %R)"},
	[CK_KINERJA_MISSING] = {"KP_KINERJA", NULL, "", "Predikat kinerja tahun %Y tidak ada (diperlukan minimal %R)", "",
		"Kinerja of %Y is missing (at least %R is required)"},
	[CK_PLAFON] = {"KP_PLAFON_PENDIDIKAN", NULL, "Golongan baru %A tidak melebihi plafon pendidikan %R",
		"Golongan baru %A melebihi plafon pendidikan %R", "New golongan %A is within the education ceiling %R",
		"New golongan %A is above the education ceiling %R"},
	[CK_UJIAN_I] = {"KP_UJIAN_DINAS_I", NULL, "Lulus ujian dinas tingkat %A", "Kenaikan pangkat ini memerlukan ujian dinas tingkat %R (lulus: %A)",
		"Passed ujian dinas level %A", "This promotion needs ujian dinas level %R (passed: %A)"},
	[CK_UJIAN_I_BEBAS] = {"KP_UJIAN_DINAS_I", NULL, "Bebas ujian dinas tingkat I karena pendidikan %A", "",
		"Exempt from ujian dinas level I by education %A", ""},
	[CK_UJIAN_II] = {"KP_UJIAN_DINAS_II", NULL, "Lulus ujian dinas tingkat %A", "Kenaikan pangkat ini memerlukan ujian dinas tingkat %R (lulus: %A)",
		"Passed ujian dinas level %A", "This promotion needs ujian dinas level %R (passed: %A)"},
	[CK_UJIAN_II_BEBAS] = {"KP_UJIAN_DINAS_II", NULL, "Bebas ujian dinas tingkat II karena pendidikan %A", "",
		"Exempt from ujian dinas level II by education %A", ""},
	[CK_DISIPLIN] = {"KP_DISIPLIN", REF_DISIPLIN, "Tidak sedang menjalani hukuman disiplin yang menghalangi",
		"Sedang menjalani hukuman disiplin %R; tertunda sampai %A", "Not serving a blocking discipline penalty",
		"Serving the discipline penalty %R; held back until %A"},
	[CK_DISIPLIN_TETAP] = {"KP_DISIPLIN", REF_DISIPLIN, "", "Dijatuhi hukuman disiplin %R yang tidak berakhir", "",
		"Given the discipline penalty %R, which does not end"},
	[CK_PENSIUN] = {"KP_PENSIUN", REF_PENSIUN, "Tanggal %A sebelum tanggal pensiun %R", "Tanggal %A tidak sebelum tanggal pensiun %R",
		"Date %A is before retirement on %R", "Date %A is not before retirement on %R"},
	[CK_ANGKA_KREDIT] = {"KP_ANGKA_KREDIT", NULL, "Angka kredit %A memenuhi minimal %R",
		"Angka kredit %A kurang dari %R (tanggal paling awal menganggap predikat Baik pada tahun-tahun berikutnya)",
		"Angka kredit %A meets the minimum of %R",
		"Angka kredit %A is less than %R (the earliest date assumes a Baik predikat in later years)"},
	[CK_RENTANG_JENJANG] = {"KP_RENTANG_JENJANG", NULL, "Golongan baru %A dalam rentang jenjang %R",
		"Golongan baru %A di luar rentang jenjang %R (perlu kenaikan jenjang)", "New golongan %A is within the jenjang range %R",
		"New golongan %A is outside the jenjang range %R (a higher jenjang is needed)"},
	[CK_RENTANG_JABATAN] = {"KP_RENTANG_JABATAN", NULL, "Golongan baru %A dalam rentang golongan jabatan %R",
		"Golongan baru %A di luar rentang golongan jabatan %R", "New golongan %A is within the post's range %R",
		"New golongan %A is outside the post's range %R"},
	[CK_IJAZAH] = {"KP_IJAZAH", NULL, "Golongan %A tidak melebihi %R, batas penyesuaian ijazah",
		"Golongan %A melebihi %R, batas penyesuaian ijazah", "Golongan %A is not above %R, the limit for this diploma",
		"Golongan %A is above %R, the limit for this diploma"},
	[CK_IJAZAH_TIDAK_ADA] = {"KP_IJAZAH", NULL, "", "Ijazah %A tidak memberi penyesuaian golongan", "",
		"Diploma %A gives no golongan adjustment"},
	[CK_PRESTASI] = {"KP_PRESTASI", "PP 99/2000 Ps15", "Prestasi kerja luar biasa diakui", "Prestasi kerja luar biasa tidak diakui",
		"Outstanding achievement recognised", "No recognised outstanding achievement"},
	[CK_MASA_KERJA] = {"KP_MASA_KERJA", NULL, "Masa kerja %A, minimal %R", "Masa kerja %A, kurang dari %R",
		"Length of service %A, at least %R", "Length of service %A is less than %R"},
	[CK_PERNAH_BERAT] = {"KP_PERNAH_DISIPLIN_BERAT", "PP 99/2000 Ps27", "Tidak pernah dijatuhi hukuman disiplin berat",
		"Pernah dijatuhi hukuman disiplin berat (%A kali)", "Never given a heavy discipline penalty",
		"Given a heavy discipline penalty (%A times)"},
	[CK_GOLONGAN_TERTINGGI] = {"KP_GOLONGAN_TERTINGGI", "PP 99/2000 Lampiran", "Golongan %A belum yang tertinggi",
		"Golongan %A adalah golongan tertinggi", "Golongan %A is not the highest", "Golongan %A is the highest"},
	[CK_J_STATUS] = {"JAB_STATUS", "PP 11/2017 Ps54, Ps107", "Status %A dapat diangkat dalam jabatan ini",
		"Status %A tidak dapat diangkat dalam jabatan ini (hanya PNS)", "Status %A may be appointed to this post",
		"Status %A may not be appointed to this post (PNS only)"},
	[CK_J_PENDIDIKAN] = {"JAB_PENDIDIKAN", NULL, "Pendidikan %A memenuhi minimal %R", "Pendidikan %A di bawah minimal %R",
		"Education %A meets the minimum %R", "Education %A is below the minimum %R"},
	[CK_J_PENGALAMAN] = {"JAB_PENGALAMAN", NULL, "Masa kerja %A, memenuhi minimal %R", "Masa kerja %A, kurang dari %R",
		"Experience %A meets the minimum of %R", "Experience %A is less than %R"},
	[CK_J_SEBELUMNYA] = {"JAB_JABATAN_SEBELUMNYA", NULL, "Masa dalam jabatan prasyarat %A, memenuhi minimal %R",
		"Masa dalam jabatan prasyarat %A, kurang dari %R", "Time in the required prior post %A meets the minimum of %R",
		"Time in the required prior post %A is less than %R"},
	[CK_J_KINERJA] = {"JAB_KINERJA", NULL, "Predikat kinerja tahun %Y %A, minimal %R",
		"Predikat kinerja tahun %Y %A, di bawah %R (tanggal paling awal menganggap tahun-tahun berikutnya minimal %R)",
		"Kinerja of %Y is %A, at least %R",
		"Kinerja of %Y is %A, below %R (the earliest date assumes later years are at least %R)"},
	[CK_J_KINERJA_MISSING] = {"JAB_KINERJA", NULL, "", "Predikat kinerja tahun %Y tidak ada (diperlukan minimal %R)", "",
		"Kinerja of %Y is missing (at least %R is required)"},
	[CK_J_USIA] = {"JAB_USIA", NULL, "Usia %A, tidak lebih dari %R", "Usia %A, lebih dari batas %R",
		"Age %A is within the limit of %R", "Age %A is above the limit of %R"},
	[CK_J_GOLONGAN] = {"JAB_GOLONGAN_MINIMUM", NULL, "Golongan %A memenuhi minimal %R", "Golongan %A di bawah minimal %R",
		"Golongan %A meets the minimum %R", "Golongan %A is below the minimum %R"},
	[CK_J_RENTANG] = {"JAB_RENTANG_JENJANG", NULL, "Golongan %A dalam rentang jenjang %R", "Golongan %A di luar rentang jenjang %R",
		"Golongan %A is within the jenjang range %R", "Golongan %A is outside the jenjang range %R"},
	[CK_J_PELATIHAN] = {"JAB_PELATIHAN", NULL, "Pelatihan kepemimpinan %A memenuhi %R", "Pelatihan kepemimpinan %R belum diikuti (tertinggi: %A)",
		"Leadership training %A meets %R", "Leadership training %R not completed (highest: %A)"},
	[CK_J_DISIPLIN] = {"JAB_DISIPLIN", REF_DISIPLIN, "Tidak sedang menjalani hukuman disiplin yang menghalangi",
		"Sedang menjalani hukuman disiplin %R sampai %A", "Not serving a blocking discipline penalty",
		"Serving the discipline penalty %R until %A"},
	[CK_J_DISIPLIN_TETAP] = {"JAB_DISIPLIN", REF_DISIPLIN, "", "Dijatuhi hukuman disiplin %R yang tidak berakhir", "",
		"Given the discipline penalty %R, which does not end"},
	[CK_DISIPLIN_TUNDA] = {"KP_DISIPLIN", "PP 94/2021 Ps42 jo PP 53/2010 Ps7(3)b",
		"", "Kenaikan pangkat ditunda oleh hukuman disiplin %R, dihitung dari tanggal seharusnya; dapat naik mulai %A",
		"", "Promotion delayed by the discipline penalty %R, counted from the date it was due; possible from %A"},
	[CK_UJIAN_I_LATIH] = {"KP_UJIAN_DINAS_I", NULL, "Ujian dinas tingkat I dianggap lulus karena telah mengikuti %A", "",
		"Ujian dinas level I counted as passed through %A", ""},
	[CK_UJIAN_II_LATIH] = {"KP_UJIAN_DINAS_II", NULL, "Ujian dinas tingkat II dianggap lulus karena telah mengikuti %A", "",
		"Ujian dinas level II counted as passed through %A", ""},
	[CK_IJAZAH_UJIAN] = {"KP_UJIAN_PENYESUAIAN", NULL, "Lulus ujian penyesuaian kenaikan pangkat pada %A",
		"Ujian penyesuaian kenaikan pangkat baru lulus pada %A, sesudah %R",
		"Passed the ujian penyesuaian kenaikan pangkat on %A", "The ujian penyesuaian kenaikan pangkat was passed on %A, after %R"},
	[CK_IJAZAH_UJIAN_DATA] = {"KP_UJIAN_PENYESUAIAN", NULL, "",
		"Data kelulusan ujian penyesuaian kenaikan pangkat tidak ada (diperlukan untuk penyesuaian ijazah)", "",
		"No record of the ujian penyesuaian kenaikan pangkat (penyesuaian ijazah needs it)"},
	[CK_IJAZAH_SESUAI] = {"KP_IJAZAH_SESUAI_JABATAN", "PP 99/2000 Ps18 as amended by PP 12/2002",
		"Ijazah %A sesuai dengan jabatan", "Ijazah %A tidak termasuk pendidikan yang diterima jabatan",
		"Diploma %A fits the post", "Diploma %A is not among the post's accepted diplomas"},
	[CK_IJAZAH_SESUAI_DATA] = {"KP_IJAZAH_SESUAI_JABATAN", "PP 99/2000 Ps18 as amended by PP 12/2002",
		"Kesesuaian ijazah %A dengan jabatan tidak dapat diperiksa: jabatan tidak mencantumkan pendidikan yang diterima (dianggap sesuai)",
		"", "Whether diploma %A fits the post cannot be checked: the post lists no accepted diplomas (assumed to fit)", ""},
	[CK_J_PELATIHAN_SETELAH] = {"JAB_PELATIHAN", NULL,
		"Pelatihan kepemimpinan %R belum diikuti; wajib diikuti paling lambat %A setelah pengangkatan", "",
		"Leadership training %R not completed yet; it must be completed within %A of the appointment", ""},
	[CK_J_AK_JENJANG] = {"JAB_ANGKA_KREDIT_JENJANG", NULL, "Angka kredit %A memenuhi minimal %R untuk kenaikan jenjang",
		"Angka kredit %A kurang dari %R untuk kenaikan jenjang", "Angka kredit %A meets the minimum of %R for the next jenjang",
		"Angka kredit %A is less than %R for the next jenjang"},
	[CK_J_DATA_ANGKA_KREDIT] = {"DATA_ANGKA_KREDIT", REF_DATA, "Angka kredit ada", "Data angka kredit tidak ada",
		"Angka kredit is known", "Angka kredit is missing"},
	[CK_J_PENSIUN] = {"JAB_PENSIUN", REF_PENSIUN, "Tanggal %A sebelum tanggal pensiun %R", "Tanggal %A tidak sebelum tanggal pensiun %R",
		"Date %A is before retirement on %R", "Date %A is not before retirement on %R"},
};

void karier_decision_free(karier_decision *d) { kr_free(d); }

/* The first definition of each distinct code, in table order: the registry. */
static int registry(int32_t index)
{
	int32_t n = 0;
	for (int id = 0; id < CK_COUNT; id++) {
		bool first = true;
		for (int j = 0; j < id && first; j++)
			first = strcmp(defs[j].code, defs[id].code) != 0;
		if (first && n++ == index)
			return id;
	}
	return index < 0 ? -1 : -(n + 2); /* not found: -(count + 2) */
}

int32_t karier_check_code_count(void) { return -registry(INT32_MAX) - 2; }

int karier_check_code_get(const char **out_code, const char **out_fail_id, const char **out_fail_en,
                          const char **out_citation, const char **out_grade, int32_t index)
{
	int id = registry(index);
	if (id < 0)
		return kr_fail(KARIER_ENOTFOUND, "check code: index %d is outside 0..%d", index, karier_check_code_count() - 1);
	const struct kr_check_def *d = &defs[id];
	/* a code's failure message: its first definition with one */
	int with_fail = id;
	for (int j = id; j < CK_COUNT && !defs[with_fail].fail_id[0]; j++)
		if (strcmp(defs[j].code, d->code) == 0)
			with_fail = j;
	if (out_code)
		*out_code = d->code;
	if (out_fail_id)
		*out_fail_id = defs[with_fail].fail_id;
	if (out_fail_en)
		*out_fail_en = defs[with_fail].fail_en;
	if (out_citation)
		*out_citation = d->ref ? d->ref : "policy setting";
	if (out_grade)
		*out_grade = !d->ref ? "setting" : strcmp(d->ref, REF_DATA) == 0 ? "data" : "TEXT";
	return KARIER_OK;
}

const char *kr_check_code(int id) { return id >= 0 && id < CK_COUNT ? defs[id].code : ""; }

int32_t karier_decision_kind(const karier_decision *d) { return d ? d->kind : 0; }
int32_t karier_decision_eligible(const karier_decision *d) { return d ? d->eligible : 0; }
int32_t karier_decision_jenis(const karier_decision *d) { return d ? d->jenis : 0; }
int32_t karier_decision_golongan_baru(const karier_decision *d) { return d ? d->gol_baru : 0; }
const char *karier_decision_target(const karier_decision *d) { return d ? d->target : ""; }
int32_t karier_decision_tanggal(const karier_decision *d) { return d ? d->tanggal : 0; }
int32_t karier_decision_tanggal_paling_awal(const karier_decision *d) { return d ? d->paling_awal : 0; }
int32_t karier_decision_tanggal_pensiun(const karier_decision *d) { return d ? d->pensiun : 0; }
int32_t karier_decision_setelah_pensiun(const karier_decision *d) { return d && d->pensiun && d->tanggal >= d->pensiun; }
int32_t karier_decision_option_count(const karier_decision *d) { return d ? d->n_opt : 0; }
int32_t karier_decision_check_count(const karier_decision *d) { return d ? d->n_check : 0; }
int32_t karier_decision_reason(const karier_decision *d) { return d ? d->reason_at : -1; }

int karier_decision_option_get(int32_t *out_jenis, int32_t *out_eligible, int32_t *out_gol, int32_t *out_awal,
                               const karier_decision *d, int32_t i)
{
	if (!d)
		return kr_null("karier_decision_option_get", "decision");
	if (i < 0 || i >= d->n_opt)
		return kr_fail(KARIER_ENOTFOUND, "option: index %d is outside 0..%d", i, d->n_opt - 1);
	const struct kr_option *o = &d->opt[i];
	if (out_jenis)
		*out_jenis = o->jenis;
	if (out_eligible)
		*out_eligible = o->eligible;
	if (out_gol)
		*out_gol = o->gol_baru;
	if (out_awal)
		*out_awal = o->paling_awal;
	return KARIER_OK;
}

static const struct kr_check *get_check(const karier_decision *d, int32_t i, const char *fn)
{
	if (!d) {
		kr_null(fn, "decision");
		return NULL;
	}
	if (i < 0 || i >= d->n_check) {
		kr_fail(KARIER_ENOTFOUND, "check: index %d is outside 0..%d", i, d->n_check - 1);
		return NULL;
	}
	return &d->check[i];
}

int karier_decision_check_get(const char **out_code, int32_t *out_ok, int32_t *out_jenis, int32_t *out_wait,
                              const char **out_ref, const karier_decision *d, int32_t i)
{
	const struct kr_check *c = get_check(d, i, "karier_decision_check_get");
	if (!c)
		return karier_last_error_code();
	if (out_code)
		*out_code = defs[c->id].code;
	if (out_ok)
		*out_ok = c->ok;
	if (out_jenis)
		*out_jenis = c->jenis;
	if (out_wait)
		*out_wait = c->wait;
	if (out_ref)
		*out_ref = c->ref >= 0 ? kr_setting_citation(c->ref)
		           : c->ref == -2 ? "position requirement (overrides the policy)" : defs[c->id].ref;
	return KARIER_OK;
}

int karier_decision_check_value(int32_t *out_type, int64_t *out_value, const karier_decision *d, int32_t i, int32_t which)
{
	const struct kr_check *c = get_check(d, i, "karier_decision_check_value");
	if (!c)
		return karier_last_error_code();
	if (which != KARIER_CHECK_REQUIRED && which != KARIER_CHECK_ACTUAL)
		return kr_fail(KARIER_EINVAL, "which: %d is neither KARIER_CHECK_REQUIRED nor KARIER_CHECK_ACTUAL", which);
	if (out_type)
		*out_type = which ? c->at : c->rt;
	if (out_value)
		*out_value = which ? c->act : c->req;
	return KARIER_OK;
}

static bool unconfirmed(int ref) { return ref >= 0 && strstr(kr_setting_citation(ref), "UNCONFIRMED") != NULL; }

int32_t karier_decision_check_asumsi(const karier_decision *d, int32_t i)
{
	if (!d || i < 0 || i >= d->n_check)
		return 0;
	const struct kr_check *c = &d->check[i];
	return c->asumsi || unconfirmed(c->ref) || unconfirmed(c->ref2);
}

static size_t put(char *dst, const char *s)
{
	size_t n = strlen(s);
	memcpy(dst, s, n);
	return n;
}

static int months_text(char *buf, size_t size, int64_t months, bool en)
{
	int64_t y = months / 12, m = months % 12;
	char t[64];
	size_t n = 0;
	if (y) /* "2 tahun 3 bulan", "2 tahun", "3 bulan", "0 bulan" */
		n += kr_put_int(t + n, y), n += put(t + n, en ? (y == 1 ? " year" : " years") : " tahun");
	if (m || !y) {
		if (y)
			t[n++] = ' ';
		n += kr_put_int(t + n, m), n += put(t + n, en ? (m == 1 ? " month" : " months") : " bulan");
	}
	return kr_put_out(buf, size, t, n);
}

static int code_text(char *buf, size_t size, int32_t type, int64_t v, bool en, bool label)
{
	const char *s = v == 0 ? (en ? "none" : "tidak ada")
	                       : label ? karier_code_label(type, (int32_t)v, en) : karier_code_name(type, (int32_t)v);
	if (!s)
		s = "?";
	return kr_put_out(buf, size, s, strlen(s));
}

static int value_text(char *buf, size_t size, int32_t type, int64_t v, bool en)
{
	switch (type) {
	case KARIER_VALUE_NONE: return snprintf(buf, size, "%s", "");
	case KARIER_VALUE_INT: {
		char t[24];
		return kr_put_out(buf, size, t, kr_put_int(t, v));
	}
	case KARIER_VALUE_FIXED: return kr_fixed_text(buf, size, v);
	case KARIER_VALUE_DATE: {
		char tmp[16];
		if (karier_date_format(tmp, sizeof tmp, (int32_t)v) < 0)
			return kr_put_out(buf, size, "?", 1);
		return kr_put_out(buf, size, tmp, 10);
	}
	case KARIER_VALUE_MONTHS: return months_text(buf, size, v, en);
	case KARIER_VALUE_YEARS: return snprintf(buf, size, "%" PRId64 " %s", v, en ? (v == 1 ? "year" : "years") : "tahun");
	case KARIER_VALUE_GOLONGAN: return code_text(buf, size, KARIER_CODE_GOLONGAN, v, en, false);
	case KARIER_VALUE_PREDIKAT: return code_text(buf, size, KARIER_CODE_PREDIKAT, v, en, true);
	case KARIER_VALUE_PENDIDIKAN: return code_text(buf, size, KARIER_CODE_PENDIDIKAN, v, en, false);
	case KARIER_VALUE_JABATAN: return code_text(buf, size, KARIER_CODE_JABATAN, v, en, true);
	case KARIER_VALUE_STATUS: return code_text(buf, size, KARIER_CODE_STATUS, v, en, false);
	case KARIER_VALUE_UJIAN_DINAS: return code_text(buf, size, KARIER_CODE_UJIAN_DINAS, v, en, false);
	case KARIER_VALUE_PELATIHAN: return code_text(buf, size, KARIER_CODE_PELATIHAN, v, en, false);
	case KARIER_VALUE_DISIPLIN: {
		const char *s = karier_code_label(KARIER_CODE_DISIPLIN, (int32_t)v, en);
		return snprintf(buf, size, "%s %s", en ? "of level" : "tingkat", s ? s : "?");
	}
	case KARIER_VALUE_HUKUMAN: return code_text(buf, size, KARIER_CODE_HUKUMAN, v, en, true);
	case KARIER_VALUE_BOOL: return snprintf(buf, size, "%s", v ? (en ? "yes" : "ya") : (en ? "no" : "tidak"));
	case KARIER_VALUE_GOLONGAN_RANGE: {
		const char *lo = karier_code_name(KARIER_CODE_GOLONGAN, (int32_t)(v / 100));
		const char *hi = karier_code_name(KARIER_CODE_GOLONGAN, (int32_t)(v % 100));
		return snprintf(buf, size, "%s %s %s", lo ? lo : "?", en ? "to" : "s.d.", hi ? hi : "?");
	}
	default: return snprintf(buf, size, "%s", "?");
	}
}

int karier_decision_check_value_text(char *buf, size_t size, const karier_decision *d, int32_t i, int32_t which, int32_t lang)
{
	if (!buf && size > 0)
		return kr_null("karier_decision_check_value_text", "buf");
	int32_t type = 0;
	int64_t v = 0;
	int rc = karier_decision_check_value(&type, &v, d, i, which);
	if (rc)
		return rc;
	return value_text(buf, size, type, v, lang == KARIER_LANG_EN);
}

int kr_check_message(char *buf, size_t size, const struct kr_check *c, int32_t lang)
{
	bool en = lang == KARIER_LANG_EN;
	const struct kr_check_def *def = &defs[c->id];
	const char *t = c->ok ? (en ? def->ok_en : def->ok_id) : (en ? def->fail_en : def->fail_id);
	char out[512], val[96];
	size_t n = 0;
	while (*t && n + 1 < sizeof out) {
		/* the text up to the next '%' whole, then the value it stands for (or the '%' itself) */
		const char *pct = strchr(t, '%');
		size_t run = pct ? (size_t)(pct - t) : strlen(t);
		if (run > sizeof out - 1 - n)
			run = sizeof out - 1 - n;
		memcpy(out + n, t, run);
		n += run;
		t += run;
		if (*t != '%' || n + 1 >= sizeof out)
			break;
		if (t[1] == 'R' || t[1] == 'A' || t[1] == 'Y') {
			if (t[1] == 'Y')
				val[kr_put_int(val, c->year)] = '\0';
			else if (t[1] == 'R')
				value_text(val, sizeof val, c->rt, c->req, en);
			else
				value_text(val, sizeof val, c->at, c->act, en);
			size_t l = strlen(val);
			if (l > sizeof out - 1 - n)
				l = sizeof out - 1 - n;
			memcpy(out + n, val, l);
			n += l;
			t += 2;
		} else {
			out[n++] = *t++;
		}
	}
	return kr_put_out(buf, size, out, n);
}

/* text[0..n) at buf + *used, as much as fits before the last byte (snprintf rules); *used counts it
 * whole. */
static void put_at(char *buf, size_t size, size_t *used, const char *text, size_t n)
{
	if (*used + 1 < size)
		memcpy(buf + *used, text, *used + n < size ? n : size - 1 - *used);
	*used += n;
}

int karier_decision_reasons_text(char *buf, size_t size, const karier_decision *d, int32_t lang)
{
	static const char fn[] = "karier_decision_reasons_text";
	if (!buf && size > 0)
		return kr_null(fn, "buf");
	if (!d)
		return kr_null(fn, "decision");
	if (lang != KARIER_LANG_ID && lang != KARIER_LANG_EN)
		return kr_fail(KARIER_EINVAL, "%s: lang %d is not a karier_lang", fn, lang);
	size_t used = 0; /* the whole text's length; what fits is written as it goes */
	if (size > 0)
		buf[0] = '\0';
	if (d->eligible)
		return 0;
	/* pass p takes the failed checks of place p (kr_reason_place, as karier_decision_reason orders
	 * them): the route's own of the decisive sort, then the route's others; pass 2 every failed check,
	 * only when passes 0 and 1 found none */
	for (int pass = 0; pass < 3 && !(used && pass == 2); pass++)
		for (int32_t i = 0; i < d->n_check; i++) {
			const struct kr_check *c = &d->check[i];
			if (c->ok || (pass < 2 && kr_reason_place(d, kr_reason_sort(d, c->jenis, c->wait)) != pass))
				continue;
			char msg[512];
			int n = kr_check_message(msg, sizeof msg, c, lang);
			if (used)
				put_at(buf, size, &used, "; ", 2);
			put_at(buf, size, &used, msg, (size_t)n);
		}
	if (size > 0)
		buf[used < size ? used : size - 1] = '\0';
	return used > INT32_MAX ? INT32_MAX : (int)used;
}

int karier_decision_check_message(char *buf, size_t size, const karier_decision *d, int32_t i, int32_t lang)
{
	if (!buf && size > 0)
		return kr_null("karier_decision_check_message", "buf");
	const struct kr_check *c = get_check(d, i, "karier_decision_check_message");
	if (!c)
		return karier_last_error_code();
	return kr_check_message(buf, size, c, lang);
}
