/* position.c - a jabatan with requirements and competency standard. SPDX-License-Identifier: MIT */
#include <string.h>

#include "internal.h"

int karier_position_new(karier_position **out, const char *code, const char *name, int32_t jabatan, int32_t jenjang)
{
	if (!out)
		return kr_null("karier_position_new", "out");
	if (!code)
		return kr_null("karier_position_new", "code");
	if (!name)
		return kr_null("karier_position_new", "name");
	int rc = kr_check_jabatan_jenjang(jabatan, jenjang);
	if (rc)
		return rc;
	struct karier_position tmp = {.jabatan = jabatan, .jenjang = jenjang};
	if ((rc = kr_copy_text(tmp.code, sizeof tmp.code, code, "kode", false)) ||
	    (rc = kr_copy_text(tmp.name, sizeof tmp.name, name, "nama", false)))
		return rc;
	karier_position *p = kr_malloc(sizeof *p);
	if (!p)
		return kr_fail(KARIER_ENOMEM, "karier_position_new: out of memory");
	*p = tmp;
	*out = p;
	return KARIER_OK;
}

int karier_position_copy(karier_position **out, const karier_position *src)
{
	if (!out)
		return kr_null("karier_position_copy", "out");
	if (!src)
		return kr_null("karier_position_copy", "src");
	karier_position *p = kr_malloc(sizeof *p);
	if (!p)
		return kr_fail(KARIER_ENOMEM, "karier_position_copy: out of memory");
	*p = *src;
	p->standard = NULL;
	p->cap_standard = 0;
	if (src->n_standard > 0) {
		p->standard = kr_malloc((size_t)src->n_standard * sizeof *p->standard);
		if (!p->standard) {
			kr_free(p);
			return kr_fail(KARIER_ENOMEM, "karier_position_copy: out of memory");
		}
		memcpy(p->standard, src->standard, (size_t)src->n_standard * sizeof *p->standard);
		p->cap_standard = src->n_standard;
	}
	*out = p;
	return KARIER_OK;
}

void karier_position_free(karier_position *p)
{
	if (!p)
		return;
	kr_free(p->standard);
	kr_free(p);
}

const char *karier_position_code(const karier_position *p) { return p ? p->code : ""; }
const char *karier_position_name(const karier_position *p) { return p ? p->name : ""; }
int32_t karier_position_jabatan(const karier_position *p) { return p ? p->jabatan : 0; }
int32_t karier_position_jenjang(const karier_position *p) { return p ? p->jenjang : 0; }

static int check_requirement(int32_t req, int64_t v)
{
	switch (req) {
	case KARIER_REQ_MIN_GOLONGAN:
		if (v < 0 || v > KARIER_GOL_IVE)
			return kr_fail(KARIER_ERANGE, "min_golongan: %lld is not a golongan 0..17", (long long)v);
		return KARIER_OK;
	case KARIER_REQ_MIN_PENDIDIKAN:
		if (v < 0 || v > KARIER_PEND_COUNT)
			return kr_fail(KARIER_ERANGE, "min_pendidikan: %lld is not a pendidikan 0..%d", (long long)v, KARIER_PEND_COUNT);
		return KARIER_OK;
	case KARIER_REQ_BUP:
		if (v < 40 || v > 80)
			return kr_fail(KARIER_ERANGE, "bup: %lld is outside 40..80 years", (long long)v);
		return KARIER_OK;
	case KARIER_REQ_MAX_USIA:
		if (v != 0 && (v < 18 || v > 80))
			return kr_fail(KARIER_ERANGE, "usia_maksimum: %lld is neither 0 (no limit) nor 18..80", (long long)v);
		return KARIER_OK;
	case KARIER_REQ_PELATIHAN:
		if (v < 0 || v > KARIER_PELATIHAN_SOSIAL_KULTURAL)
			return kr_fail(KARIER_ERANGE, "pelatihan: %lld is not a karier_pelatihan", (long long)v);
		return KARIER_OK;
	case KARIER_REQ_MASA_JABATAN_SEBELUMNYA:
	case KARIER_REQ_PENGALAMAN:
		if (v < 0 || v > 50)
			return kr_fail(KARIER_ERANGE, "requirement %d: %lld is outside 0..50 years", req, (long long)v);
		return KARIER_OK;
	case KARIER_REQ_TAHUN_KINERJA:
		if (v < 0 || v > 10)
			return kr_fail(KARIER_ERANGE, "tahun_kinerja: %lld is outside 0..10", (long long)v);
		return KARIER_OK;
	default:
		return kr_fail(KARIER_EINVAL, "requirement: %d is not a karier_requirement", req);
	}
}

int karier_position_add_pendidikan(karier_position *p, int32_t pend)
{
	if (!p)
		return kr_null("karier_position_add_pendidikan", "position");
	if (!karier_code_name(KARIER_CODE_PENDIDIKAN, pend))
		return kr_fail(KARIER_ERANGE, "pendidikan: %d is not a karier_pendidikan", pend);
	p->pend_ok |= 1u << pend;
	return KARIER_OK;
}

int32_t karier_position_accepts_pendidikan(const karier_position *p, int32_t pend)
{
	return p && pend > 0 && pend < 32 && ((p->pend_ok >> pend) & 1);
}

int karier_position_set_requirement(karier_position *p, int32_t req, int64_t value)
{
	if (!p)
		return kr_null("karier_position_set_requirement", "position");
	int rc = check_requirement(req, value);
	if (rc)
		return rc;
	p->req[req] = value;
	p->req_set |= 1u << req;
	return KARIER_OK;
}

int karier_position_clear_requirement(karier_position *p, int32_t req)
{
	if (!p)
		return kr_null("karier_position_clear_requirement", "position");
	if (req < 1 || req > KARIER_REQ_COUNT)
		return kr_fail(KARIER_EINVAL, "requirement: %d is not a karier_requirement", req);
	p->req_set &= ~(1u << req);
	p->req[req] = 0;
	return KARIER_OK;
}

int karier_position_requirement(int64_t *out, const karier_position *p, int32_t req)
{
	if (!out)
		return kr_null("karier_position_requirement", "out");
	if (!p)
		return kr_null("karier_position_requirement", "position");
	if (req < 1 || req > KARIER_REQ_COUNT)
		return kr_fail(KARIER_EINVAL, "requirement: %d is not a karier_requirement", req);
	if (!(p->req_set & (1u << req)))
		return kr_fail(KARIER_ENOTFOUND, "requirement %d is not set on position %s", req, p->code);
	*out = p->req[req];
	return KARIER_OK;
}

static int32_t standard_index(const karier_position *p, const char *code)
{
	for (int32_t i = 0; i < p->n_standard; i++)
		if (strcmp(p->standard[i].code, code) == 0)
			return i;
	return -1;
}

int karier_position_set_standard(karier_position *p, const char *code, int32_t level)
{
	if (!p)
		return kr_null("karier_position_set_standard", "position");
	if (!code)
		return kr_null("karier_position_set_standard", "code");
	if (level < 1 || level > 5)
		return kr_fail(KARIER_ERANGE, "level: %d for kompetensi \"%.40s\" is outside 1..5", level, code);
	struct kr_standard s = {.level = level};
	int rc = kr_copy_text(s.code, sizeof s.code, code, "kompetensi", false);
	if (rc)
		return rc;
	int32_t i = standard_index(p, code);
	if (i >= 0) {
		p->standard[i].level = level;
		return KARIER_OK;
	}
	if (p->n_standard >= KARIER_STANDARD_MAX)
		return kr_fail(KARIER_ELIMIT, "kompetensi: position %s already has %d competencies", p->code, KARIER_STANDARD_MAX);
	int32_t at = p->n_standard; /* its place in the order of code */
	while (at > 0 && strcmp(p->standard[p->by_code[at - 1]].code, s.code) > 0)
		at--;
	if (p->n_standard == p->cap_standard) {
		int32_t cap = p->cap_standard ? p->cap_standard * 2 : 12;
		if (cap > KARIER_STANDARD_MAX)
			cap = KARIER_STANDARD_MAX;
		struct kr_standard *ns = kr_realloc(p->standard, (size_t)cap * sizeof *ns);
		if (!ns)
			return kr_fail(KARIER_ENOMEM, "karier_position_set_standard: out of memory");
		p->standard = ns;
		p->cap_standard = cap;
	}
	memmove(&p->by_code[at + 1], &p->by_code[at], (size_t)(p->n_standard - at));
	p->by_code[at] = (uint8_t)p->n_standard;
	p->standard[p->n_standard++] = s;
	return KARIER_OK;
}

int karier_position_remove_standard(karier_position *p, const char *code)
{
	if (!p)
		return kr_null("karier_position_remove_standard", "position");
	if (!code)
		return kr_null("karier_position_remove_standard", "code");
	int32_t i = standard_index(p, code);
	if (i < 0)
		return kr_fail(KARIER_ENOTFOUND, "kompetensi: \"%.40s\" is not in the standard of %s", code, p->code);
	memmove(&p->standard[i], &p->standard[i + 1], (size_t)(p->n_standard - i - 1) * sizeof p->standard[0]);
	int32_t out = 0;
	for (int32_t k = 0; k < p->n_standard; k++) /* the order of code without i, the later indices one less */
		if (p->by_code[k] != i)
			p->by_code[out++] = (uint8_t)(p->by_code[k] > i ? p->by_code[k] - 1 : p->by_code[k]);
	p->n_standard--;
	return KARIER_OK;
}

int32_t karier_position_standard_count(const karier_position *p) { return p ? p->n_standard : 0; }

int karier_position_standard_get(const char **out_code, int32_t *out_level, const karier_position *p, int32_t index)
{
	if (!p)
		return kr_null("karier_position_standard_get", "position");
	if (index < 0 || index >= p->n_standard)
		return kr_fail(KARIER_ENOTFOUND, "standard: index %d is outside 0..%d", index, p->n_standard - 1);
	if (out_code)
		*out_code = p->standard[index].code;
	if (out_level)
		*out_level = p->standard[index].level;
	return KARIER_OK;
}
