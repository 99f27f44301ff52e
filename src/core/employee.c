/* employee.c - one employee and their histories. SPDX-License-Identifier: MIT */
#include <string.h>

#include "internal.h"

#define KR_FN(name) "karier_employee_" name
#define NEED(e, fn)                                                                                \
	do {                                                                                       \
		if (!(e))                                                                          \
			return kr_null(KR_FN(fn), "employee");                                     \
	} while (0)

static bool is_pns(int32_t status) { return status == KARIER_STATUS_PNS || status == KARIER_STATUS_CPNS; }

int karier_employee_new(karier_employee **out, const char *nip, int32_t status, const karier_policy *policy)
{
	if (!out)
		return kr_null(KR_FN("new"), "out");
	if (!nip)
		return kr_null(KR_FN("new"), "nip");
	if (status < KARIER_STATUS_PNS || status > KARIER_STATUS_PPPK)
		return kr_fail(KARIER_EINVAL, "status: %d is not PNS (1), CPNS (2) or PPPK (3)", status);
	char digits[KARIER_NIP_SIZE];
	int32_t birth = 0, tmt = 0, year = 0;
	int rc = is_pns(status) ? karier_nip_parse(digits, &birth, &tmt, NULL, NULL, nip, policy)
	                        : karier_nipppk_parse(digits, &birth, &year, NULL, NULL, NULL, nip, policy);
	if (rc)
		return rc;
	karier_employee *e = kr_calloc(1, sizeof *e);
	if (!e)
		return kr_fail(KARIER_ENOMEM, KR_FN("new") ": out of memory");
	memcpy(e->nip, digits, sizeof e->nip);
	e->status = status;
	e->birth = birth;
	e->tmt_cpns = is_pns(status) ? tmt : year * 10000 + 101;
	e->potensi = -1;
	e->angka_kredit = -1;
	*out = e;
	return KARIER_OK;
}

int karier_employee_copy(karier_employee **out, const karier_employee *src)
{
	if (!out)
		return kr_null(KR_FN("copy"), "out");
	if (!src)
		return kr_null(KR_FN("copy"), "src");
	karier_employee *e = kr_malloc(sizeof *e);
	if (!e)
		return kr_fail(KARIER_ENOMEM, KR_FN("copy") ": out of memory");
	*e = *src;
	e->rec = NULL;
	e->cap_rec = 0;
	if (src->n_rec > 0) {
		e->rec = kr_malloc((size_t)src->n_rec * sizeof *e->rec);
		if (!e->rec) {
			kr_free(e);
			return kr_fail(KARIER_ENOMEM, KR_FN("copy") ": out of memory");
		}
		memcpy(e->rec, src->rec, (size_t)src->n_rec * sizeof *e->rec);
		e->cap_rec = src->n_rec;
	}
	*out = e;
	return KARIER_OK;
}

void karier_employee_free(karier_employee *e)
{
	if (!e)
		return;
	kr_free(e->rec);
	kr_free(e);
}

/* ---- scalar setters ---- */

int karier_employee_set_nama(karier_employee *e, const char *nama)
{
	NEED(e, "set_nama");
	if (!nama)
		return kr_null(KR_FN("set_nama"), "nama");
	return kr_copy_text(e->nama, sizeof e->nama, nama, "nama", false);
}

int karier_employee_set_unit_kerja(karier_employee *e, const char *unit)
{
	NEED(e, "set_unit_kerja");
	if (!unit)
		return kr_null(KR_FN("set_unit_kerja"), "unit");
	return kr_copy_text(e->unit, sizeof e->unit, unit, "unit_kerja", true);
}

int karier_employee_set_status(karier_employee *e, int32_t status)
{
	NEED(e, "set_status");
	if (status < KARIER_STATUS_PNS || status > KARIER_STATUS_PPPK)
		return kr_fail(KARIER_EINVAL, "status: %d is not PNS (1), CPNS (2) or PPPK (3)", status);
	if (is_pns(status) != is_pns(e->status))
		return kr_fail(KARIER_EINVAL, "status: %s cannot become %s (the NIP kinds differ); create a new employee",
		               karier_code_name(KARIER_CODE_STATUS, e->status), karier_code_name(KARIER_CODE_STATUS, status));
	e->status = status;
	return KARIER_OK;
}

int karier_employee_set_tanggal_lahir(karier_employee *e, int32_t date)
{
	NEED(e, "set_tanggal_lahir");
	int rc = kr_check_date("tanggal_lahir", date);
	if (rc)
		return rc;
	if (date >= e->tmt_cpns)
		return kr_fail(KARIER_ERANGE, "tanggal_lahir: %d is not before tmt_cpns %d", date, e->tmt_cpns);
	e->birth = date;
	return KARIER_OK;
}

int karier_employee_set_tmt_cpns(karier_employee *e, int32_t date)
{
	NEED(e, "set_tmt_cpns");
	int rc = kr_check_date("tmt_cpns", date);
	if (rc)
		return rc;
	if (date <= e->birth)
		return kr_fail(KARIER_ERANGE, "tmt_cpns: %d is not after tanggal_lahir %d", date, e->birth);
	if (e->tmt_golongan && date > e->tmt_golongan)
		return kr_fail(KARIER_ERANGE, "tmt_cpns: %d is after tmt_golongan %d", date, e->tmt_golongan);
	if (e->tmt_jabatan && date > e->tmt_jabatan)
		return kr_fail(KARIER_ERANGE, "tmt_cpns: %d is after tmt_jabatan %d", date, e->tmt_jabatan);
	e->tmt_cpns = date;
	return KARIER_OK;
}

int karier_employee_set_pendidikan(karier_employee *e, int32_t p)
{
	NEED(e, "set_pendidikan");
	if (p < 1 || p > KARIER_PEND_COUNT)
		return kr_fail(KARIER_ERANGE, "pendidikan: %d is not a karier_pendidikan 1..%d", p, KARIER_PEND_COUNT);
	if (e->pendidikan_baru && karier_pendidikan_rank(e->pendidikan_baru) <= karier_pendidikan_rank(p))
		return kr_fail(KARIER_ERANGE, "pendidikan: %s is not below pendidikan_baru %s; clear pendidikan_baru first",
		               karier_code_name(KARIER_CODE_PENDIDIKAN, p),
		               karier_code_name(KARIER_CODE_PENDIDIKAN, e->pendidikan_baru));
	e->pendidikan = p;
	return KARIER_OK;
}

int karier_employee_set_pendidikan_baru(karier_employee *e, int32_t p)
{
	NEED(e, "set_pendidikan_baru");
	if (p == KARIER_PEND_NONE) {
		e->pendidikan_baru = 0;
		return KARIER_OK;
	}
	if (p < 1 || p > KARIER_PEND_COUNT)
		return kr_fail(KARIER_ERANGE, "pendidikan_baru: %d is not a karier_pendidikan 1..%d", p, KARIER_PEND_COUNT);
	if (!e->pendidikan || karier_pendidikan_rank(p) <= karier_pendidikan_rank(e->pendidikan))
		return kr_fail(KARIER_ERANGE, "pendidikan_baru: %s does not rank above pendidikan %s",
		               karier_code_name(KARIER_CODE_PENDIDIKAN, p),
		               e->pendidikan ? karier_code_name(KARIER_CODE_PENDIDIKAN, e->pendidikan) : "(not set)");
	e->pendidikan_baru = p;
	return KARIER_OK;
}

static int check_tmt(const karier_employee *e, const char *field, int32_t tmt)
{
	int rc = kr_check_date(field, tmt);
	if (rc)
		return rc;
	if (tmt < e->tmt_cpns)
		return kr_fail(KARIER_ERANGE, "%s: %d is before the first appointment (tmt_cpns %d)", field, tmt, e->tmt_cpns);
	return KARIER_OK;
}

int karier_employee_set_golongan(karier_employee *e, int32_t gol, int32_t tmt)
{
	NEED(e, "set_golongan");
	if (!is_pns(e->status))
		return kr_fail(KARIER_EINVAL, "golongan: a PPPK has no golongan ruang; use karier_employee_set_pppk_golongan");
	if (gol < KARIER_GOL_IA || gol > KARIER_GOL_IVE)
		return kr_fail(KARIER_ERANGE, "golongan: %d is not I/a (1) .. IV/e (17)", gol);
	int rc = check_tmt(e, "tmt_golongan", tmt);
	if (rc)
		return rc;
	e->golongan = gol;
	e->tmt_golongan = tmt;
	return KARIER_OK;
}

int karier_employee_set_pppk_golongan(karier_employee *e, int32_t gol, int32_t tmt)
{
	NEED(e, "set_pppk_golongan");
	if (is_pns(e->status))
		return kr_fail(KARIER_EINVAL, "golongan: a PNS/CPNS has a golongan ruang; use karier_employee_set_golongan");
	if (gol < 1 || gol > 17)
		return kr_fail(KARIER_ERANGE, "golongan: %d is not a PPPK golongan I (1) .. XVII (17)", gol);
	int rc = check_tmt(e, "tmt_golongan", tmt);
	if (rc)
		return rc;
	e->golongan = gol;
	e->tmt_golongan = tmt;
	return KARIER_OK;
}

int karier_employee_set_jabatan(karier_employee *e, const char *code, int32_t jabatan, int32_t jenjang, int32_t tmt)
{
	NEED(e, "set_jabatan");
	if (!code)
		return kr_null(KR_FN("set_jabatan"), "code");
	int rc = kr_check_jabatan_jenjang(jabatan, jenjang);
	if (rc)
		return rc;
	if ((rc = check_tmt(e, "tmt_jabatan", tmt)))
		return rc;
	char tmp[sizeof e->jabatan_code];
	if ((rc = kr_copy_text(tmp, sizeof tmp, code, "jabatan", false)))
		return rc;
	memcpy(e->jabatan_code, tmp, sizeof tmp);
	e->jabatan = jabatan;
	e->jenjang = jenjang;
	e->tmt_jabatan = tmt;
	return KARIER_OK;
}

int karier_employee_set_potensi(karier_employee *e, int32_t v)
{
	NEED(e, "set_potensi");
	if (v != -1 && (v < 0 || v > 10000))
		return kr_fail(KARIER_ERANGE, "potensi: %d is not -1 (unknown) or 0..10000 hundredths", v);
	e->potensi = v;
	return KARIER_OK;
}

int karier_employee_set_angka_kredit(karier_employee *e, int32_t v)
{
	NEED(e, "set_angka_kredit");
	if (v != -1 && (v < 0 || v > 100000000))
		return kr_fail(KARIER_ERANGE, "angka_kredit: %d is not -1 (unknown) or 0..100000000 hundredths", v);
	e->angka_kredit = v;
	return KARIER_OK;
}

int karier_employee_set_ujian_dinas(karier_employee *e, int32_t level)
{
	NEED(e, "set_ujian_dinas");
	if (level < KARIER_UJIAN_DINAS_NONE || level > KARIER_UJIAN_DINAS_II)
		return kr_fail(KARIER_ERANGE, "ujian_dinas: %d is not 0 (none), 1 (I) or 2 (II)", level);
	e->ujian_dinas = level;
	return KARIER_OK;
}

int karier_employee_set_prestasi_luar_biasa(karier_employee *e, int32_t flag)
{
	NEED(e, "set_prestasi_luar_biasa");
	if (flag != 0 && flag != 1)
		return kr_fail(KARIER_ERANGE, "prestasi_luar_biasa: %d is not 0 or 1", flag);
	e->prestasi = flag;
	return KARIER_OK;
}

/* ---- getters ---- */
#define GET(type, name, expr, none)                                                                \
	type karier_employee_##name(const karier_employee *e) { return e ? (expr) : (none); }
GET(const char *, nip, e->nip, "")
GET(const char *, nama, e->nama, "")
GET(const char *, unit_kerja, e->unit, "")
GET(int32_t, status, e->status, 0)
GET(int32_t, tanggal_lahir, e->birth, 0)
GET(int32_t, tmt_cpns, e->tmt_cpns, 0)
GET(int32_t, pendidikan, e->pendidikan, 0)
GET(int32_t, pendidikan_baru, e->pendidikan_baru, 0)
GET(int32_t, golongan, e->golongan, 0)
GET(int32_t, tmt_golongan, e->tmt_golongan, 0)
GET(const char *, jabatan_code, e->jabatan_code, "")
GET(int32_t, jabatan, e->jabatan, 0)
GET(int32_t, jenjang, e->jenjang, 0)
GET(int32_t, tmt_jabatan, e->tmt_jabatan, 0)
GET(int32_t, potensi, e->potensi, -1)
GET(int32_t, angka_kredit, e->angka_kredit, -1)
GET(int32_t, ujian_dinas, e->ujian_dinas, 0)
GET(int32_t, prestasi_luar_biasa, e->prestasi, 0)
#undef GET

/* ---- histories: one array, grouped by kind ---- */

static int32_t lo(const karier_employee *e, int kind) { return e->first[kind]; }
static int32_t hi(const karier_employee *e, int kind) { return kind == KR_REC_JABATAN ? e->n_rec : e->first[kind + 1]; }

static int insert(karier_employee *e, int kind, int32_t at, const struct kr_record *r)
{
	if (e->n_rec >= KARIER_HISTORY_MAX)
		return kr_fail(KARIER_ELIMIT, "employee %s: more than %d history records", e->nip, KARIER_HISTORY_MAX);
	if (e->n_rec == e->cap_rec) {
		int32_t cap = e->cap_rec ? e->cap_rec * 2 : 16;
		if (cap > KARIER_HISTORY_MAX)
			cap = KARIER_HISTORY_MAX;
		struct kr_record *nr = kr_realloc(e->rec, (size_t)cap * sizeof *nr);
		if (!nr)
			return kr_fail(KARIER_ENOMEM, "employee %s: out of memory for history", e->nip);
		e->rec = nr;
		e->cap_rec = cap;
	}
	memmove(&e->rec[at + 1], &e->rec[at], (size_t)(e->n_rec - at) * sizeof *e->rec);
	e->rec[at] = *r;
	e->n_rec++;
	for (int k = kind + 1; k <= KR_REC_JABATAN; k++)
		e->first[k]++;
	return KARIER_OK;
}

static const struct kr_record *rec_at(const karier_employee *e, int kind, int32_t index)
{
	if (!e || index < 0 || index >= hi(e, kind) - lo(e, kind))
		return NULL;
	return &e->rec[lo(e, kind) + index];
}

static int bad_index(const karier_employee *e, int kind, int32_t index, const char *what)
{
	if (!e)
		return kr_null(what, "employee");
	return kr_fail(KARIER_ENOTFOUND, "%s: index %d is outside 0..%d", what, index, hi(e, kind) - lo(e, kind) - 1);
}

int karier_employee_set_kinerja(karier_employee *e, int32_t year, int32_t predikat)
{
	NEED(e, "set_kinerja");
	if (year < 1990 || year > KARIER_DATE_MAX_YEAR)
		return kr_fail(KARIER_ERANGE, "tahun: %d is outside 1990..%d", year, KARIER_DATE_MAX_YEAR);
	if (predikat < KARIER_PREDIKAT_SANGAT_KURANG || predikat > KARIER_PREDIKAT_SANGAT_BAIK)
		return kr_fail(KARIER_ERANGE, "predikat: %d for tahun %d is not a karier_predikat 1..5", predikat, year);
	int32_t i = lo(e, KR_REC_KINERJA), end = hi(e, KR_REC_KINERJA);
	while (i < end && e->rec[i].date < year)
		i++;
	if (i < end && e->rec[i].date == year) {
		e->rec[i].a = (uint8_t)predikat;
		return KARIER_OK;
	}
	struct kr_record r = {.kind = KR_REC_KINERJA, .a = (uint8_t)predikat, .date = year};
	return insert(e, KR_REC_KINERJA, i, &r);
}

int32_t karier_employee_kinerja(const karier_employee *e, int32_t year)
{
	if (!e)
		return 0;
	for (int32_t i = lo(e, KR_REC_KINERJA); i < hi(e, KR_REC_KINERJA); i++)
		if (e->rec[i].date == year)
			return e->rec[i].a;
	return KARIER_PREDIKAT_NONE;
}

int32_t karier_employee_kinerja_count(const karier_employee *e) { return e ? hi(e, KR_REC_KINERJA) - lo(e, KR_REC_KINERJA) : 0; }

int karier_employee_kinerja_get(int32_t *out_year, int32_t *out_predikat, const karier_employee *e, int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_KINERJA, index);
	if (!r)
		return bad_index(e, KR_REC_KINERJA, index, KR_FN("kinerja_get"));
	if (out_year)
		*out_year = r->date;
	if (out_predikat)
		*out_predikat = r->a;
	return KARIER_OK;
}

int karier_employee_set_kompetensi(karier_employee *e, const char *code, int32_t level, int32_t date)
{
	NEED(e, "set_kompetensi");
	if (!code)
		return kr_null(KR_FN("set_kompetensi"), "code");
	struct kr_record r = {.kind = KR_REC_KOMPETENSI, .a = (uint8_t)level, .date = date};
	int rc = kr_copy_text(r.code, sizeof r.code, code, "kompetensi", false);
	if (rc)
		return rc;
	if (level < 1 || level > 5)
		return kr_fail(KARIER_ERANGE, "level: %d for kompetensi \"%s\" is outside 1..5", level, r.code);
	if (date != 0 && (rc = kr_check_date("tanggal", date)))
		return rc;
	int32_t i = lo(e, KR_REC_KOMPETENSI), end = hi(e, KR_REC_KOMPETENSI);
	int cmp = 1;
	while (i < end && (cmp = strcmp(e->rec[i].code, r.code)) < 0)
		i++;
	if (i < end && cmp == 0) {
		if (date >= e->rec[i].date) /* the latest assessment counts */
			e->rec[i] = r;
		return KARIER_OK;
	}
	return insert(e, KR_REC_KOMPETENSI, i, &r);
}

int32_t karier_employee_kompetensi(const karier_employee *e, const char *code)
{
	if (!e || !code)
		return 0;
	for (int32_t i = lo(e, KR_REC_KOMPETENSI); i < hi(e, KR_REC_KOMPETENSI); i++)
		if (strcmp(e->rec[i].code, code) == 0)
			return e->rec[i].a;
	return 0;
}

int32_t karier_employee_kompetensi_count(const karier_employee *e)
{
	return e ? hi(e, KR_REC_KOMPETENSI) - lo(e, KR_REC_KOMPETENSI) : 0;
}

int karier_employee_kompetensi_get(const char **out_code, int32_t *out_level, int32_t *out_date,
                                   const karier_employee *e, int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_KOMPETENSI, index);
	if (!r)
		return bad_index(e, KR_REC_KOMPETENSI, index, KR_FN("kompetensi_get"));
	if (out_code)
		*out_code = r->code;
	if (out_level)
		*out_level = r->a;
	if (out_date)
		*out_date = r->date;
	return KARIER_OK;
}

/* Insert keeping kind's records ordered by date, after equal dates. */
static int insert_by_date(karier_employee *e, int kind, const struct kr_record *r)
{
	int32_t i = lo(e, kind), end = hi(e, kind);
	while (i < end && e->rec[i].date <= r->date)
		i++;
	return insert(e, kind, i, r);
}

int karier_employee_add_pelatihan(karier_employee *e, const char *code, int32_t date, int32_t jp, int32_t jenis)
{
	NEED(e, "add_pelatihan");
	if (!code)
		return kr_null(KR_FN("add_pelatihan"), "code");
	struct kr_record r = {.kind = KR_REC_PELATIHAN, .a = (uint8_t)jenis, .date = date, .end = jp};
	int rc = kr_copy_text(r.code, sizeof r.code, code, "kode", false);
	if (rc || (rc = kr_check_date("tanggal_selesai", date)))
		return rc;
	if (jp < 1 || jp > 2000)
		return kr_fail(KARIER_ERANGE, "jp: %d for pelatihan \"%s\" is outside 1..2000", jp, r.code);
	if (jenis < KARIER_PELATIHAN_LAINNYA || jenis > KARIER_PELATIHAN_SOSIAL_KULTURAL)
		return kr_fail(KARIER_ERANGE, "jenis: %d for pelatihan \"%s\" is not a karier_pelatihan", jenis, r.code);
	return insert_by_date(e, KR_REC_PELATIHAN, &r);
}

int32_t karier_employee_pelatihan_count(const karier_employee *e) { return e ? hi(e, KR_REC_PELATIHAN) - lo(e, KR_REC_PELATIHAN) : 0; }

int karier_employee_pelatihan_get(const char **out_code, int32_t *out_date, int32_t *out_jp, int32_t *out_jenis,
                                  const karier_employee *e, int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_PELATIHAN, index);
	if (!r)
		return bad_index(e, KR_REC_PELATIHAN, index, KR_FN("pelatihan_get"));
	if (out_code)
		*out_code = r->code;
	if (out_date)
		*out_date = r->date;
	if (out_jp)
		*out_jp = r->end;
	if (out_jenis)
		*out_jenis = r->a;
	return KARIER_OK;
}

static int check_span(const char *field_start, const char *field_end, int32_t start, int32_t end, bool end_optional)
{
	int rc = kr_check_date(field_start, start);
	if (rc)
		return rc;
	if (end == 0 && end_optional)
		return KARIER_OK;
	if ((rc = kr_check_date(field_end, end)))
		return rc;
	if (end <= start)
		return kr_fail(KARIER_ERANGE, "%s: %d is not after %s %d", field_end, end, field_start, start);
	return KARIER_OK;
}

int karier_employee_add_disiplin(karier_employee *e, int32_t tingkat, int32_t start, int32_t end)
{
	NEED(e, "add_disiplin");
	if (tingkat < KARIER_DISIPLIN_RINGAN || tingkat > KARIER_DISIPLIN_BERAT)
		return kr_fail(KARIER_ERANGE, "tingkat: %d is not ringan (1), sedang (2) or berat (3)", tingkat);
	int rc = check_span("tmt_mulai", "tmt_selesai", start, end, true);
	if (rc)
		return rc;
	struct kr_record r = {.kind = KR_REC_DISIPLIN, .a = (uint8_t)tingkat, .date = start, .end = end};
	return insert_by_date(e, KR_REC_DISIPLIN, &r);
}

int32_t karier_employee_disiplin_count(const karier_employee *e) { return e ? hi(e, KR_REC_DISIPLIN) - lo(e, KR_REC_DISIPLIN) : 0; }

int karier_employee_disiplin_get(int32_t *out_tingkat, int32_t *out_start, int32_t *out_end, const karier_employee *e,
                                 int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_DISIPLIN, index);
	if (!r)
		return bad_index(e, KR_REC_DISIPLIN, index, KR_FN("disiplin_get"));
	if (out_tingkat)
		*out_tingkat = r->a;
	if (out_start)
		*out_start = r->date;
	if (out_end)
		*out_end = r->end;
	return KARIER_OK;
}

int karier_employee_add_riwayat_jabatan(karier_employee *e, int32_t jabatan, int32_t jenjang, int32_t start, int32_t end)
{
	NEED(e, "add_riwayat_jabatan");
	int rc = kr_check_jabatan_jenjang(jabatan, jenjang);
	if (rc || (rc = check_span("tmt_mulai", "tmt_selesai", start, end, false)))
		return rc;
	struct kr_record r = {.kind = KR_REC_JABATAN, .a = (uint8_t)jabatan, .b = (uint8_t)jenjang, .date = start, .end = end};
	return insert_by_date(e, KR_REC_JABATAN, &r);
}

int32_t karier_employee_riwayat_jabatan_count(const karier_employee *e)
{
	return e ? hi(e, KR_REC_JABATAN) - lo(e, KR_REC_JABATAN) : 0;
}

int karier_employee_riwayat_jabatan_get(int32_t *out_jabatan, int32_t *out_jenjang, int32_t *out_start,
                                        int32_t *out_end, const karier_employee *e, int32_t index)
{
	const struct kr_record *r = rec_at(e, KR_REC_JABATAN, index);
	if (!r)
		return bad_index(e, KR_REC_JABATAN, index, KR_FN("riwayat_jabatan_get"));
	if (out_jabatan)
		*out_jabatan = r->a;
	if (out_jenjang)
		*out_jenjang = r->b;
	if (out_start)
		*out_start = r->date;
	if (out_end)
		*out_end = r->end;
	return KARIER_OK;
}
