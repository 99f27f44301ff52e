/*
 * to_json.c - decisions, merit results, plans and allocations as JSON text
 * (written as it goes, no allocation per value), and an employee, a position
 * or a course from a JSON object (read with jansson): the shapes of the
 * karier command's JSON lines (docs/output.md), which the command takes from
 * these same functions.
 * Built on the public API only.
 * SPDX-License-Identifier: MIT
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "../core/internal.h"
#include "format.h"


/* ---- a JSON text written as it goes ----------------------------------------
 * The hot shapes (a decision, a merit result: one per employee) are written
 * straight into one growing buffer, with no allocation per value, byte for
 * byte as jansson's compact dump with 15 significant digits writes them (the
 * golden files compare the two). */
struct jw {
	char *p;
	size_t n, cap;
	bool fail, first; /* out of memory; no member written yet in the open object */
};

/* Room for n more bytes and a NUL; false (and the writer failed) when out of memory. */
static bool jw_room(struct jw *w, size_t n)
{
	if (w->fail)
		return false;
	if (w->n + n + 1 > w->cap) {
		size_t cap = w->cap ? w->cap : 1024;
		while (w->n + n + 1 > cap)
			cap *= 2;
		char *p = realloc(w->p, cap); /* malloc'd: karier_free_string frees it */
		if (!p) {
			w->fail = true;
			return false;
		}
		w->p = p;
		w->cap = cap;
	}
	return true;
}

static void jw_put(struct jw *w, const char *s, size_t n)
{
	if (!jw_room(w, n))
		return;
	memcpy(w->p + w->n, s, n);
	w->n += n;
	w->p[w->n] = '\0';
}

static void jw_raw(struct jw *w, const char *s) { jw_put(w, s, strlen(s)); }

/* The bytes a string writes as they are: not ", \ or a control character (NUL ends it). */
#define JW_PLAIN8(c) (c) >= 0x20 && (c) != '"' && (c) != '\\'
#define JW_PLAIN4(c) JW_PLAIN8(c), JW_PLAIN8((c) + 1), JW_PLAIN8((c) + 2), JW_PLAIN8((c) + 3)
#define JW_PLAIN16(c) JW_PLAIN4(c), JW_PLAIN4((c) + 4), JW_PLAIN4((c) + 8), JW_PLAIN4((c) + 12)
#define JW_PLAIN64(c) JW_PLAIN16(c), JW_PLAIN16((c) + 16), JW_PLAIN16((c) + 32), JW_PLAIN16((c) + 48)
static const bool jw_plain[256] = {JW_PLAIN64(0), JW_PLAIN64(64), JW_PLAIN64(128), JW_PLAIN64(192)};

/* The escape of a byte that is not plain, into esc (room for 7): its length, 2 or 6. */
static size_t escape(char *esc, unsigned char c)
{
	static const char hex[] = "0123456789ABCDEF";
	const char *short_form = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\b' ? "\\b" : c == '\f' ? "\\f"
	                       : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : NULL;
	if (short_form) {
		memcpy(esc, short_form, 2);
		return 2;
	}
	memcpy(esc, "\\u00", 4);
	esc[4] = hex[c >> 4];
	esc[5] = hex[c & 15];
	return 6;
}

/* s quoted into dst, which has room for 6 * strlen(s) + 3 bytes: ", \ and control characters escaped
 * as jansson escapes them, UTF-8 as it is; the length written (a NUL after it, not counted). */
static size_t quote(char *dst, const char *s)
{
	char *d = dst;
	*d++ = '"';
	for (const unsigned char *p = (const unsigned char *)s;;) {
		const unsigned char *run = p; /* the plain bytes up to the next escape or the end, copied at once */
		while (jw_plain[*p])
			p++;
		memcpy(d, run, (size_t)(p - run));
		d += p - run;
		if (!*p)
			break;
		d += escape(d, *p++);
	}
	*d++ = '"';
	*d = '\0';
	return (size_t)(d - dst);
}

/* The length of s quoted (quote), counted without writing it. */
static size_t quoted_length(const char *s)
{
	size_t n = 2;
	char esc[8];
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		n += jw_plain[*p] ? 1 : escape(esc, *p);
	return n;
}

/* A string as quote writes it, into the growing text. */
static void jw_str(struct jw *w, const char *s)
{
	size_t len = strlen(s);
	if (len > (SIZE_MAX - 3) / 6 || !jw_room(w, 6 * len + 2)) {
		w->fail = true;
		return;
	}
	w->n += quote(w->p + w->n, s);
}

int karier_json_quote(char *buf, size_t size, const char *text)
{
	static const char fn[] = "karier_json_quote";
	if (!text)
		return kr_null(fn, "text");
	if (!buf && size)
		return kr_fail(KARIER_EINVAL, "%s: buf is NULL and size is %zu", fn, size);
	size_t len = strlen(text), bad = kr_utf8_invalid_at(text, len);
	if (bad < len)
		return kr_fail(KARIER_EINVAL, "%s: text: invalid UTF-8 at byte %zu", fn, bad);
	if (len <= (INT_MAX - 2) / 6 && size > 6 * len + 2)
		return (int)quote(buf, text); /* room for any quoting of it (jline's): one pass, no counting */
	size_t need = quoted_length(text);
	if (need > INT_MAX)
		return kr_fail(KARIER_ERANGE, "%s: text: %zu bytes quoted, more than %d", fn, need, INT_MAX);
	if (need < size) {
		quote(buf, text);
	} else if (size) { /* cut as snprintf cuts: the quoted text's first size - 1 bytes (never its closing quote) */
		size_t at = 0;
		if (size > 1)
			buf[at++] = '"';
		for (const unsigned char *p = (const unsigned char *)text; *p && at + 1 < size; p++) {
			char esc[8];
			size_t k = jw_plain[*p] ? (esc[0] = (char)*p, 1) : escape(esc, *p);
			for (size_t i = 0; i < k && at + 1 < size; i++)
				buf[at++] = esc[i];
		}
		buf[at] = '\0';
	}
	return (int)need;
}

/* The next element of the open object or array: a comma before all but the first. */
static void jw_item(struct jw *w)
{
	if (!w->first)
		jw_put(w, ",", 1);
	w->first = false;
}

/* The next member's key. */
static void jw_key(struct jw *w, const char *key)
{
	jw_item(w);
	jw_str(w, key);
	jw_put(w, ":", 1);
}

static void jw_open(struct jw *w, const char *brace)
{
	jw_raw(w, brace);
	w->first = true;
}

/* Close an object or array nested in another: what follows in the outer one is not its first element. */
static void jw_close(struct jw *w, const char *brace)
{
	jw_raw(w, brace);
	w->first = false;
}

/* Numbers without printf: one or more per record of a long list. */
static void jw_int(struct jw *w, long long v)
{
	char b[24];
	jw_put(w, b, kr_put_int(b, v));
}

/* Hundredths as jansson writes v / 100.0 with 15 digits: "83.75", "100.0", "8583.6", "-0.5". */
static void jw_fixed(struct jw *w, long long v)
{
	char b[32];
	size_t n = (size_t)kr_fixed_text(b, sizeof b, v);
	if (b[n - 1] == '0') /* one decimal at least: 100.00 -> 100.0, 8583.60 -> 8583.6 */
		n--;
	jw_put(w, b, n);
}

static void jw_date(struct jw *w, int32_t d)
{
	char buf[16];
	if (!d || karier_date_format(buf, sizeof buf, d) < 0)
		jw_raw(w, "null");
	else
		jw_str(w, buf);
}

/* A code as its name ("?" for a value the list does not have), or null for none. */
static void jw_code(struct jw *w, int32_t type, int32_t v)
{
	if (!v) {
		jw_raw(w, "null");
		return;
	}
	const char *s = karier_code_name(type, v);
	jw_str(w, s ? s : "?");
}

/* A check's required or actual value under @key; nothing when it has none. */
static void jw_check_value(struct jw *w, const char *key, const karier_decision *d, int32_t i, int32_t which)
{
	int32_t type;
	int64_t v;
	if (karier_decision_check_value(&type, &v, d, i, which) || type == KARIER_VALUE_NONE)
		return;
	jw_key(w, key);
	switch (type) {
	case KARIER_VALUE_INT:
	case KARIER_VALUE_MONTHS:
	case KARIER_VALUE_YEARS: jw_int(w, v); break;
	case KARIER_VALUE_FIXED: jw_fixed(w, v); break;
	case KARIER_VALUE_DATE: jw_date(w, (int32_t)v); break;
	case KARIER_VALUE_BOOL: jw_raw(w, v ? "true" : "false"); break;
	case KARIER_VALUE_GOLONGAN: jw_code(w, KARIER_CODE_GOLONGAN, (int32_t)v); break;
	case KARIER_VALUE_PREDIKAT: jw_code(w, KARIER_CODE_PREDIKAT, (int32_t)v); break;
	case KARIER_VALUE_PENDIDIKAN: jw_code(w, KARIER_CODE_PENDIDIKAN, (int32_t)v); break;
	case KARIER_VALUE_JABATAN: jw_code(w, KARIER_CODE_JABATAN, (int32_t)v); break;
	case KARIER_VALUE_STATUS: jw_code(w, KARIER_CODE_STATUS, (int32_t)v); break;
	case KARIER_VALUE_UJIAN_DINAS: jw_code(w, KARIER_CODE_UJIAN_DINAS, (int32_t)v); break;
	case KARIER_VALUE_PELATIHAN: jw_code(w, KARIER_CODE_PELATIHAN, (int32_t)v); break;
	case KARIER_VALUE_DISIPLIN: jw_code(w, KARIER_CODE_DISIPLIN, (int32_t)v); break;
	case KARIER_VALUE_HUKUMAN: jw_code(w, KARIER_CODE_HUKUMAN, (int32_t)v); break;
	case KARIER_VALUE_GOLONGAN_RANGE: {
		const char *lo = karier_code_name(KARIER_CODE_GOLONGAN, (int32_t)(v / 100)),
		           *hi = karier_code_name(KARIER_CODE_GOLONGAN, (int32_t)(v % 100));
		char buf[32];
		snprintf(buf, sizeof buf, "%s-%s", lo ? lo : "?", hi ? hi : "?");
		jw_str(w, buf);
		break;
	}
	default: jw_raw(w, "null");
	}
}

/* The finished text, or KARIER_ENOMEM. */
static int jw_finish(struct jw *w, char **out, const char *fn)
{
	if (w->fail || !w->p) {
		free(w->p);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	}
	*out = w->p;
	return KARIER_OK;
}

static void jw_identity(struct jw *w, const karier_employee *e)
{
	if (!e)
		return;
	jw_key(w, "nip");
	jw_str(w, karier_employee_nip(e));
	jw_key(w, "nama");
	jw_str(w, karier_employee_nama(e));
}



/* The arguments every to-JSON function of a decision or a plan takes: *out cleared, the object, the
 * language and the flags checked; KARIER_OK or the failure. */
static int json_args(const char *fn, char **out_json, const void *object, const char *what, int32_t lang, int32_t flags)
{
	if (!out_json)
		return kr_null(fn, "out_json");
	*out_json = NULL;
	if (!object)
		return kr_null(fn, what);
	if (lang != KARIER_LANG_ID && lang != KARIER_LANG_EN)
		return kr_fail(KARIER_EINVAL, "%s: lang %d is not a karier_lang", fn, lang);
	if (flags & ~KARIER_JSON_FAILED_CHECKS)
		return kr_fail(KARIER_EINVAL, "%s: flags %d: only KARIER_JSON_FAILED_CHECKS is defined", fn, flags);
	return KARIER_OK;
}

/* "nip", "nama" and "golongan" (a PPPK's from its own list) of an employee, when there is one. */
static void jw_person(struct jw *w, const karier_employee *e)
{
	jw_identity(w, e);
	if (e) {
		jw_key(w, "golongan");
		jw_code(w, karier_employee_status(e) == KARIER_STATUS_PPPK ? KARIER_CODE_PPPK_GOLONGAN : KARIER_CODE_GOLONGAN,
		        karier_employee_golongan(e));
	}
}

/* "checks": [...] of a decision (only the failed with KARIER_JSON_FAILED_CHECKS); false when a getter failed. */
static bool jw_checks(struct jw *w, const karier_decision *d, int32_t lang, int32_t flags)
{
	jw_key(w, "checks");
	jw_open(w, "[");
	for (int32_t i = 0; i < karier_decision_check_count(d); i++) {
		const char *code, *ref;
		int32_t ok, jenis, wait;
		char msg[512];
		if (karier_decision_check_get(&code, &ok, &jenis, &wait, &ref, d, i))
			return false; /* the getter said why */
		if (ok && (flags & KARIER_JSON_FAILED_CHECKS))
			continue; /* before the message is formatted: most checks pass */
		if (karier_decision_check_message(msg, sizeof msg, d, i, lang) < 0)
			return false;
		jw_item(w);
		jw_open(w, "{");
		jw_key(w, "code");
		jw_str(w, code);
		jw_key(w, "ok");
		jw_raw(w, ok ? "true" : "false");
		jw_check_value(w, "required", d, i, KARIER_CHECK_REQUIRED);
		jw_check_value(w, "actual", d, i, KARIER_CHECK_ACTUAL);
		jw_key(w, "message");
		jw_str(w, msg);
		jw_key(w, "ref");
		jw_str(w, ref);
		jw_key(w, "jenis");
		jw_code(w, KARIER_CODE_KP_JENIS, jenis);
		jw_key(w, "menunggu");
		jw_raw(w, wait ? "true" : "false");
		jw_key(w, "asumsi");
		jw_raw(w, karier_decision_check_asumsi(d, i) ? "true" : "false");
		jw_close(w, "}");
	}
	jw_raw(w, "]");
	return true;
}

int karier_decision_to_json(char **out_json, const karier_decision *d, const karier_employee *e, int32_t lang, int32_t flags)
{
	static const char fn[] = "karier_decision_to_json";
	int rc = json_args(fn, out_json, d, "decision", lang, flags);
	if (rc)
		return rc;
	struct jw w = {0};
	jw_open(&w, "{");
	jw_person(&w, e);
	jw_key(&w, "eligible");
	jw_raw(&w, karier_decision_eligible(d) ? "true" : "false");
	jw_key(&w, "jenis");
	jw_code(&w, KARIER_CODE_KP_JENIS, karier_decision_jenis(d));
	jw_key(&w, "golongan_baru");
	jw_code(&w, KARIER_CODE_GOLONGAN, karier_decision_golongan_baru(d));
	jw_key(&w, "tanggal");
	jw_date(&w, karier_decision_tanggal(d));
	jw_key(&w, "tanggal_paling_awal");
	jw_date(&w, karier_decision_tanggal_paling_awal(d));
	jw_key(&w, "tanggal_pensiun");
	jw_date(&w, karier_decision_tanggal_pensiun(d));
	if (!jw_checks(&w, d, lang, flags)) {
		free(w.p);
		return KARIER_EINVAL;
	}
	jw_raw(&w, "}");
	return jw_finish(&w, out_json, fn);
}

int karier_merit_to_json(char **out_json, const karier_merit *m, const karier_employee *e)
{
	static const char fn[] = "karier_merit_to_json";
	static const char *const comp[6] = {"", "kualifikasi", "kompetensi", "potensi", "kinerja", "integritas"};
	static const char *const kin_axis[4] = {NULL, "bawah", "sesuai", "atas"};
	static const char *const pot_axis[4] = {NULL, "rendah", "menengah", "tinggi"};
	static const char *const krs[4] = {"kotak", "kompetensi", "kinerja", "disiplin"};
	if (!out_json)
		return kr_null(fn, "out_json");
	*out_json = NULL;
	if (!m)
		return kr_null(fn, "merit");
	struct jw w = {0};
	int32_t v[6];
	jw_open(&w, "{");
	jw_identity(&w, e);
	jw_key(&w, "skor");
	jw_fixed(&w, karier_merit_score(m));
	jw_key(&w, "komponen");
	jw_open(&w, "{");
	for (int c = 1; c <= KARIER_MERIT_COMPONENT_COUNT && c < 6; c++) {
		v[c] = -1;
		karier_merit_component_get(&v[c], NULL, NULL, NULL, m, c);
		jw_key(&w, comp[c]);
		if (v[c] < 0)
			jw_raw(&w, "null");
		else
			jw_fixed(&w, v[c]);
	}
	jw_close(&w, "}");
	jw_key(&w, "tidak_ada");
	jw_open(&w, "[");
	for (int c = 1; c <= KARIER_MERIT_COMPONENT_COUNT && c < 6; c++)
		if (v[c] < 0) {
			jw_item(&w);
			jw_str(&w, comp[c]);
		}
	jw_close(&w, "]");
	int32_t box = karier_merit_box(m), k = karier_merit_kinerja_axis(m), p = karier_merit_potensi_axis(m);
	jw_key(&w, "kotak");
	if (box)
		jw_int(&w, box);
	else
		jw_raw(&w, "null");
	jw_key(&w, "kinerja_sumbu");
	if (k >= 1 && k <= 3)
		jw_str(&w, kin_axis[k]);
	else
		jw_raw(&w, "null");
	jw_key(&w, "potensi_sumbu");
	if (p >= 1 && p <= 3)
		jw_str(&w, pot_axis[p]);
	else
		jw_raw(&w, "null");
	jw_key(&w, "kelompok_rencana_suksesi");
	jw_raw(&w, karier_merit_talent_pool(m) ? "true" : "false");
	jw_key(&w, "krs_tidak_memenuhi");
	jw_open(&w, "[");
	for (int b = 0; b < 4; b++)
		if (karier_merit_talent_pool_unmet(m) & (1 << b)) {
			jw_item(&w);
			jw_str(&w, krs[b]);
		}
	jw_raw(&w, "]}");
	return jw_finish(&w, out_json, fn);
}

/* ---- an employee from a JSON object ------------------------------------- */

struct from {
	karier_employee *e;
	const karier_policy *p;
	char where[96]; /* the key being read: "kinerja[2].predikat" */
};

static int bad(struct from *f, const char *what)
{
	return kr_fail(KARIER_EFORMAT, "pegawai: %s: %s", f->where, what);
}

/* A library call's failure, named by the key. */
static int lib(struct from *f, int rc)
{
	if (rc == KARIER_OK || rc == KARIER_ENOMEM)
		return rc;
	char msg[400];
	snprintf(msg, sizeof msg, "%s", karier_last_error());
	return kr_fail(rc, "pegawai: %s: %s", f->where, msg);
}

static int text_of(struct from *f, json_t *v, const char **out)
{
	if (!json_is_string(v))
		return bad(f, "expected a string");
	*out = json_string_value(v);
	return KARIER_OK;
}

static int date_of(struct from *f, json_t *v, int32_t *out)
{
	*out = 0;
	if (!v || json_is_null(v)) /* absent or null: none */
		return KARIER_OK;
	const char *s = NULL;
	int rc = text_of(f, v, &s);
	return rc ? rc : lib(f, karier_date_parse(out, s));
}

static int code_of(struct from *f, json_t *v, int32_t type, int32_t *out)
{
	*out = 0;
	if (!v || json_is_null(v))
		return KARIER_OK;
	if (json_is_integer(v)) {
		json_int_t n = json_integer_value(v);
		if (n < 0 || n > 64 || !karier_code_name(type, (int32_t)n))
			return bad(f, "not a code of its list");
		*out = (int32_t)n;
		return KARIER_OK;
	}
	const char *s = NULL;
	int rc = text_of(f, v, &s);
	return rc ? rc : lib(f, karier_code_parse(out, type, s));
}

static int int_of(struct from *f, json_t *v, int64_t lo, int64_t hi, int64_t *out)
{
	if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi) {
		char msg[96];
		snprintf(msg, sizeof msg, "expected a whole number %lld..%lld", (long long)lo, (long long)hi);
		return bad(f, msg);
	}
	*out = json_integer_value(v);
	return KARIER_OK;
}

/* A decimal in hundredths: a JSON number (at most two decimals) or text ("69.72"). */
static int fixed_of(struct from *f, json_t *v, int32_t *out)
{
	*out = -1;
	if (!v || json_is_null(v))
		return KARIER_OK;
	int64_t h;
	if (json_is_integer(v) && json_integer_value(v) >= 0 && json_integer_value(v) <= 10000000)
		h = json_integer_value(v) * 100;
	else if (json_is_real(v) && json_real_value(v) >= 0 && json_real_value(v) <= 10000000) {
		double x = json_real_value(v) * 100.0;
		h = (int64_t)llround(x);
		if (fabs(x - (double)h) > 1e-6)
			return bad(f, "more than two decimals");
	} else if (json_is_string(v)) {
		if (kr_parse_fixed(&h, json_string_value(v)) || h < 0 || h > INT32_MAX)
			return bad(f, "expected a number with at most two decimals");
	} else
		return bad(f, "expected a number with at most two decimals");
	*out = (int32_t)h;
	return KARIER_OK;
}

/* Each element of the history array @key through @one; the keys of an element are checked by it. */
static int each(struct from *f, json_t *obj, const char *key, int (*one)(struct from *, json_t *))
{
	json_t *arr = json_object_get(obj, key);
	if (!arr)
		return KARIER_OK;
	if (!json_is_array(arr)) {
		snprintf(f->where, sizeof f->where, "%s", key);
		return bad(f, "expected an array");
	}
	size_t i;
	json_t *el;
	json_array_foreach(arr, i, el) {
		snprintf(f->where, sizeof f->where, "%s[%zu]", key, i);
		if (!json_is_object(el))
			return bad(f, "expected an object");
		int rc = one(f, el);
		if (rc)
			return rc;
	}
	return KARIER_OK;
}

/* Only @allowed keys in @obj (a key the reader does not know would be a fact dropped). */
static int keys_known(struct from *f, json_t *obj, const char *const *allowed)
{
	const char *k;
	json_t *v;
	json_object_foreach(obj, k, v) {
		bool ok = false;
		for (const char *const *a = allowed; *a && !ok; a++)
			ok = strcmp(*a, k) == 0;
		if (!ok) {
			size_t n = strlen(f->where);
			snprintf(f->where + n, sizeof f->where - n, "%s%s", n ? "." : "", k);
			return bad(f, "unknown key");
		}
	}
	return KARIER_OK;
}

/* Field @key of element @el into the position of its name in f->where. */
static json_t *field(struct from *f, json_t *el, const char *key, size_t base)
{
	snprintf(f->where + base, sizeof f->where - base, ".%s", key);
	return json_object_get(el, key);
}

static int one_kinerja(struct from *f, json_t *el)
{
	static const char *const keys[] = {"tahun", "predikat", "nilai", NULL};
	size_t base = strlen(f->where);
	int rc = keys_known(f, el, keys);
	int64_t year = 0;
	int32_t pred = 0, nilai = -1;
	if (rc || (rc = int_of(f, field(f, el, "tahun", base), 1990, KARIER_DATE_MAX_YEAR, &year)))
		return rc;
	json_t *pv = field(f, el, "predikat", base);
	if (pv && (rc = code_of(f, pv, KARIER_CODE_PREDIKAT, &pred)))
		return rc;
	json_t *nv = field(f, el, "nilai", base);
	if (!pred && nv) {
		if ((rc = fixed_of(f, nv, &nilai)))
			return rc;
		if (nilai >= 0 && (rc = lib(f, karier_policy_predikat_from_score(&pred, f->p, (int32_t)year, nilai))))
			return rc;
	}
	if (!pred) {
		snprintf(f->where + base, sizeof f->where - base, "%s", "");
		return bad(f, "needs a predikat or a nilai");
	}
	snprintf(f->where + base, sizeof f->where - base, "%s", "");
	return lib(f, karier_employee_set_kinerja(f->e, (int32_t)year, pred));
}

static int one_kompetensi(struct from *f, json_t *el)
{
	static const char *const keys[] = {"kompetensi", "level", "tanggal", NULL};
	size_t base = strlen(f->where);
	const char *code = NULL;
	int64_t level = 0;
	int32_t date = 0;
	int rc = keys_known(f, el, keys);
	if (rc || (rc = text_of(f, field(f, el, "kompetensi", base), &code)) ||
	    (rc = int_of(f, field(f, el, "level", base), 1, 5, &level)) || (rc = date_of(f, field(f, el, "tanggal", base), &date)))
		return rc;
	snprintf(f->where + base, sizeof f->where - base, "%s", "");
	return lib(f, karier_employee_set_kompetensi(f->e, code, (int32_t)level, date));
}

static int one_pelatihan(struct from *f, json_t *el)
{
	static const char *const keys[] = {"kode", "tanggal_selesai", "jp", "jenis", NULL};
	size_t base = strlen(f->where);
	const char *code = NULL;
	int64_t jp = 0;
	int32_t date = 0, jenis = 0;
	int rc = keys_known(f, el, keys);
	if (rc || (rc = text_of(f, field(f, el, "kode", base), &code)) ||
	    (rc = date_of(f, field(f, el, "tanggal_selesai", base), &date)) ||
	    (rc = int_of(f, field(f, el, "jp", base), 1, 2000, &jp)) ||
	    (rc = code_of(f, field(f, el, "jenis", base), KARIER_CODE_PELATIHAN, &jenis)))
		return rc;
	snprintf(f->where + base, sizeof f->where - base, "%s", "");
	return lib(f, karier_employee_add_pelatihan(f->e, code, date, (int32_t)jp, jenis));
}

static int one_disiplin(struct from *f, json_t *el)
{
	static const char *const keys[] = {"tingkat", "jenis", "tmt_mulai", "tmt_selesai", NULL};
	size_t base = strlen(f->where);
	int32_t tingkat = 0, jenis = 0, start = 0, end = 0;
	int rc = keys_known(f, el, keys);
	if (rc || (rc = code_of(f, field(f, el, "tingkat", base), KARIER_CODE_DISIPLIN, &tingkat)) ||
	    (rc = code_of(f, field(f, el, "jenis", base), KARIER_CODE_HUKUMAN, &jenis)) ||
	    (rc = date_of(f, field(f, el, "tmt_mulai", base), &start)) || (rc = date_of(f, field(f, el, "tmt_selesai", base), &end)))
		return rc;
	snprintf(f->where + base, sizeof f->where - base, "%s", "");
	if (jenis) {
		if (tingkat && tingkat != karier_hukuman_tingkat(jenis))
			return bad(f, "tingkat does not agree with jenis");
		return lib(f, karier_employee_add_hukuman(f->e, jenis, start, end));
	}
	if (!tingkat)
		return bad(f, "needs a tingkat or a jenis");
	return lib(f, karier_employee_add_disiplin(f->e, tingkat, start, end));
}

static int one_riwayat(struct from *f, json_t *el)
{
	static const char *const keys[] = {"jenis", "jenjang", "tmt_mulai", "tmt_selesai", NULL};
	size_t base = strlen(f->where);
	int32_t jenis = 0, jenjang = 0, start = 0, end = 0;
	int rc = keys_known(f, el, keys);
	if (rc || (rc = code_of(f, field(f, el, "jenis", base), KARIER_CODE_JABATAN, &jenis)) ||
	    (rc = code_of(f, field(f, el, "jenjang", base), KARIER_CODE_JENJANG, &jenjang)) ||
	    (rc = date_of(f, field(f, el, "tmt_mulai", base), &start)) || (rc = date_of(f, field(f, el, "tmt_selesai", base), &end)))
		return rc;
	snprintf(f->where + base, sizeof f->where - base, "%s", "");
	return lib(f, karier_employee_add_riwayat_jabatan(f->e, jenis, jenjang, start, end));
}

/* The scalar fields, in an order where each setter finds what it checks against already set. */
static int scalars(struct from *f, json_t *o)
{
	int32_t v = 0, d = 0, jenis = 0, jenjang = 0;
	const char *s = NULL;
	int rc;
	json_t *x;
#define KEY(k) (snprintf(f->where, sizeof f->where, "%s", k), json_object_get(o, k))
	if ((x = KEY("nama")) && ((rc = text_of(f, x, &s)) || (rc = lib(f, karier_employee_set_nama(f->e, s)))))
		return rc;
	if ((x = KEY("unit_kerja")) && !json_is_null(x) &&
	    ((rc = text_of(f, x, &s)) || (rc = lib(f, karier_employee_set_unit_kerja(f->e, s)))))
		return rc;
	if ((x = KEY("tanggal_lahir")) && ((rc = date_of(f, x, &d)) || (d && (rc = lib(f, karier_employee_set_tanggal_lahir(f->e, d))))))
		return rc;
	if ((x = KEY("tmt_cpns")) && ((rc = date_of(f, x, &d)) || (d && (rc = lib(f, karier_employee_set_tmt_cpns(f->e, d))))))
		return rc;
	if ((x = KEY("pendidikan")) && ((rc = code_of(f, x, KARIER_CODE_PENDIDIKAN, &v)) ||
	                                (v && (rc = lib(f, karier_employee_set_pendidikan(f->e, v))))))
		return rc;
	if ((x = KEY("pendidikan_baru")) && ((rc = code_of(f, x, KARIER_CODE_PENDIDIKAN, &v)) ||
	                                     (v && (rc = lib(f, karier_employee_set_pendidikan_baru(f->e, v))))))
		return rc;
	if ((x = KEY("golongan"))) {
		bool pppk = karier_employee_status(f->e) == KARIER_STATUS_PPPK;
		json_t *t = json_object_get(o, "tmt_golongan");
		if ((rc = code_of(f, x, pppk ? KARIER_CODE_PPPK_GOLONGAN : KARIER_CODE_GOLONGAN, &v)))
			return rc;
		snprintf(f->where, sizeof f->where, "%s", "tmt_golongan");
		if (!t)
			return bad(f, "missing: golongan needs its tmt_golongan");
		if ((rc = date_of(f, t, &d)))
			return rc;
		snprintf(f->where, sizeof f->where, "%s", "golongan");
		if (v && (rc = lib(f, pppk ? karier_employee_set_pppk_golongan(f->e, v, d) : karier_employee_set_golongan(f->e, v, d))))
			return rc;
	}
	if ((x = KEY("jabatan")) && !json_is_null(x)) {
		if ((rc = text_of(f, x, &s)) || (rc = code_of(f, KEY("jenis_jabatan"), KARIER_CODE_JABATAN, &jenis)) ||
		    (rc = code_of(f, KEY("jenjang"), KARIER_CODE_JENJANG, &jenjang)) || (rc = date_of(f, KEY("tmt_jabatan"), &d)))
			return rc;
		snprintf(f->where, sizeof f->where, "%s", "jabatan");
		if ((rc = lib(f, karier_employee_set_jabatan(f->e, s, jenis, jenjang, d))))
			return rc;
	}
	if ((x = KEY("potensi")) && ((rc = fixed_of(f, x, &v)) || (v >= 0 && (rc = lib(f, karier_employee_set_potensi(f->e, v))))))
		return rc;
	if ((x = KEY("angka_kredit")) &&
	    ((rc = fixed_of(f, x, &v)) || (v >= 0 && (rc = lib(f, karier_employee_set_angka_kredit(f->e, v))))))
		return rc;
	if ((x = KEY("ujian_dinas")) && ((rc = code_of(f, x, KARIER_CODE_UJIAN_DINAS, &v)) ||
	                                 (rc = lib(f, karier_employee_set_ujian_dinas(f->e, v)))))
		return rc;
	if ((x = KEY("prestasi_luar_biasa"))) {
		if (!json_is_boolean(x) && !(json_is_integer(x) && (json_integer_value(x) == 0 || json_integer_value(x) == 1)))
			return bad(f, "expected true, false, 0 or 1");
		if ((rc = lib(f, karier_employee_set_prestasi_luar_biasa(f->e, json_is_true(x) || json_integer_value(x) == 1))))
			return rc;
	}
	if ((x = KEY("tanggal_lulus_upkp")) &&
	    ((rc = date_of(f, x, &d)) || (d && (rc = lib(f, karier_employee_set_ujian_penyesuaian(f->e, d))))))
		return rc;
#undef KEY
	return KARIER_OK;
}

int karier_employee_from_json(karier_employee **out, const char *text, const karier_policy *policy)
{
	static const char fn[] = "karier_employee_from_json";
	static const char *const keys[] = {"nip", "nama", "status", "pendidikan", "golongan", "tmt_golongan", "jabatan",
	                                   "jenis_jabatan", "jenjang", "tmt_jabatan", "unit_kerja", "tanggal_lahir",
	                                   "tmt_cpns", "potensi", "angka_kredit", "ujian_dinas", "pendidikan_baru",
	                                   "prestasi_luar_biasa", "tanggal_lulus_upkp", "kinerja", "kompetensi",
	                                   "pelatihan", "disiplin", "riwayat_jabatan", NULL};
	if (!out)
		return kr_null(fn, "out");
	*out = NULL;
	if (!text)
		return kr_null(fn, "text");
	json_error_t err;
	json_t *o = json_loads(text, JSON_REJECT_DUPLICATES, &err);
	if (!o)
		return kr_fail(KARIER_EFORMAT, "pegawai:%d:%d: %s", err.line, err.column, err.text);
	struct from f = {.p = policy};
	int rc = KARIER_OK;
	const char *nip = NULL, *status_text = NULL;
	int32_t status = 0;
	if (!json_is_object(o))
		rc = bad(&f, "expected an object");
	else if (!(rc = keys_known(&f, o, keys))) {
		snprintf(f.where, sizeof f.where, "%s", "nip");
		json_t *n = json_object_get(o, "nip"), *s = json_object_get(o, "status");
		if (!n)
			rc = bad(&f, "missing");
		else if (!(rc = text_of(&f, n, &nip))) {
			snprintf(f.where, sizeof f.where, "%s", "status");
			if (!s)
				rc = bad(&f, "missing");
			else if (!(rc = text_of(&f, s, &status_text)) && !(rc = lib(&f, karier_code_parse(&status, KARIER_CODE_STATUS, status_text)))) {
				snprintf(f.where, sizeof f.where, "%s", "nip");
				rc = lib(&f, karier_employee_new(&f.e, nip, status, policy));
			}
		}
	}
	if (!rc)
		rc = scalars(&f, o);
	if (!rc)
		rc = each(&f, o, "kinerja", one_kinerja);
	if (!rc)
		rc = each(&f, o, "kompetensi", one_kompetensi);
	if (!rc)
		rc = each(&f, o, "pelatihan", one_pelatihan);
	if (!rc)
		rc = each(&f, o, "disiplin", one_disiplin);
	if (!rc)
		rc = each(&f, o, "riwayat_jabatan", one_riwayat);
	json_decref(o);
	if (rc) {
		karier_employee_free(f.e);
		return rc;
	}
	*out = f.e;
	return KARIER_OK;
}

/* ---- plans, allocations, a position and a course ------------------------- */

/* A member "key": null or the value the caller writes next (returns whether to write it). */
static bool jw_key_or_null(struct jw *w, const char *key, bool present)
{
	jw_key(w, key);
	if (!present)
		jw_raw(w, "null");
	return present;
}

int karier_plan_to_json(char **out_json, const karier_plan *plan, const karier_employee *e, const karier_position *position)
{
	static const char fn[] = "karier_plan_to_json";
	if (!out_json)
		return kr_null(fn, "out_json");
	*out_json = NULL;
	struct jw w = {0};
	jw_open(&w, "{");
	jw_identity(&w, e);
	if (jw_key_or_null(&w, "jabatan", position != NULL))
		jw_str(&w, karier_position_code(position));
	if (jw_key_or_null(&w, "jpm", plan != NULL))
		jw_fixed(&w, karier_plan_jpm(plan));
	const char *kat = plan ? karier_plan_jpm_category_name(plan) : NULL;
	if (jw_key_or_null(&w, "kategori_jpm", kat && kat[0]))
		jw_str(&w, kat);
	int32_t ngap = plan ? karier_plan_gap_count(plan) : 0, ncourse = plan ? karier_plan_course_count(plan) : 0;
	for (int pass = 0; pass < 2; pass++) { /* the gaps, then those no course closes */
		jw_key(&w, pass ? "tidak_tertutup" : "kesenjangan");
		jw_open(&w, "[");
		for (int32_t g = 0; g < ngap; g++) {
			const char *komp = "";
			int32_t std = 0, act = 0, diff = 0, closed = 0;
			karier_plan_gap_get(&komp, &std, &act, &diff, &closed, NULL, plan, g);
			if (pass && closed == 1) /* 0: no course closes it; 2: over a PPPK's yearly maximum */
				continue;
			jw_item(&w);
			if (pass) {
				jw_str(&w, komp);
			} else {
				jw_open(&w, "{");
				jw_key(&w, "kompetensi");
				jw_str(&w, komp);
				jw_key(&w, "standar");
				jw_int(&w, std);
				jw_key(&w, "aktual");
				jw_int(&w, act);
				jw_key(&w, "selisih");
				jw_int(&w, diff);
				jw_close(&w, "}");
			}
		}
		jw_close(&w, "]");
		if (pass)
			break;
		jw_key(&w, "rencana");
		jw_open(&w, "[");
		for (int32_t c = 0; c < ncourse; c++) {
			const char *code = "", *komp = "";
			int32_t jp = 0;
			int64_t biaya = 0;
			karier_plan_course_get(NULL, NULL, &code, &komp, &jp, &biaya, plan, c);
			jw_item(&w);
			jw_open(&w, "{");
			jw_key(&w, "kode");
			jw_str(&w, code);
			jw_key(&w, "kompetensi");
			jw_str(&w, komp);
			jw_key(&w, "jp");
			jw_int(&w, jp);
			jw_key(&w, "biaya");
			jw_int(&w, biaya);
			jw_close(&w, "}");
		}
		jw_close(&w, "]");
	}
	jw_raw(&w, "}");
	return jw_finish(&w, out_json, fn);
}

int karier_allocation_to_json(char **out_json, const karier_allocation *a, int64_t budget_idr, int64_t budget_jp)
{
	static const char fn[] = "karier_allocation_to_json";
	if (!out_json)
		return kr_null(fn, "out_json");
	*out_json = NULL;
	if (!a)
		return kr_null(fn, "allocation");
	int64_t spent, spent_jp, value, upper;
	int rc = karier_allocation_summary(&spent, &spent_jp, &value, &upper, a);
	if (rc)
		return rc;
	int32_t m = karier_allocation_method(a);
	struct jw w = {0};
	jw_open(&w, "{");
	jw_key(&w, "ringkasan");
	jw_open(&w, "{");
	if (jw_key_or_null(&w, "anggaran_idr", budget_idr != KARIER_NO_LIMIT))
		jw_int(&w, budget_idr);
	jw_key(&w, "terpakai_idr");
	jw_int(&w, spent);
	if (jw_key_or_null(&w, "anggaran_jp", budget_jp != KARIER_NO_LIMIT))
		jw_int(&w, budget_jp);
	jw_key(&w, "terpakai_jp");
	jw_int(&w, spent_jp);
	jw_key(&w, "nilai");
	jw_fixed(&w, value);
	jw_key(&w, "batas_atas");
	jw_fixed(&w, upper);
	jw_key(&w, "metode");
	jw_str(&w, m == KARIER_ALLOCATION_EXACT ? "eksak" : m == KARIER_ALLOCATION_SEARCH_LIMIT ? "batas_pencarian" : "pendekatan");
	jw_key(&w, "selisih_batas");
	jw_fixed(&w, upper - value);
	jw_raw(&w, "}}");
	return jw_finish(&w, out_json, fn);
}

/* @object inside the file form "{prefix [object]}" (a JSON text of one element), for the file readers. */
static char *wrapped(const char *prefix, const char *object)
{
	size_t a = strlen(prefix), b = strlen(object);
	char *t = kr_malloc(a + b + 3);
	if (!t)
		return NULL;
	memcpy(t, prefix, a);
	memcpy(t + a, object, b);
	memcpy(t + a + b, "]}", 3);
	return t;
}

int karier_position_from_json(karier_position **out, const char *json)
{
	static const char fn[] = "karier_position_from_json";
	if (!out)
		return kr_null(fn, "out");
	*out = NULL;
	if (!json)
		return kr_null(fn, "json");
	char *text = wrapped("{\"libkarier_positions\": 1, \"jabatan\": [", json);
	if (!text)
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	karier_position **list = NULL;
	int32_t n = 0;
	int rc = kr_positions_from_json(&list, &n, text, "jabatan");
	kr_free(text);
	if (rc)
		return rc;
	if (n != 1) { /* "{...}, {...}" would be two */
		for (int32_t i = 0; i < n; i++)
			karier_position_free(list[i]);
		kr_free(list);
		return kr_fail(KARIER_EFORMAT, "%s: expected one jabatan object, found %d", fn, n);
	}
	*out = list[0];
	kr_free(list);
	return KARIER_OK;
}

int karier_catalog_add_json(karier_catalog *catalog, const char *json)
{
	static const char fn[] = "karier_catalog_add_json";
	if (!catalog)
		return kr_null(fn, "catalog");
	if (!json)
		return kr_null(fn, "json");
	karier_catalog *one = NULL;
	int rc = karier_catalog_new(&one);
	if (rc)
		return rc;
	char *text = wrapped("{\"libkarier_catalog\": 1, \"pelatihan\": [", json);
	if (!text) {
		karier_catalog_free(one);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	}
	rc = karier_catalog_load_json_text(one, text, "pelatihan");
	kr_free(text);
	if (!rc && karier_catalog_count(one) != 1)
		rc = kr_fail(KARIER_EFORMAT, "%s: expected one course object, found %d", fn, karier_catalog_count(one));
	if (!rc) { /* into the catalogue through the same checks (a code already there is refused) */
		const char *code, *name, *komp;
		int32_t lmin, lh, jp, moda;
		int64_t biaya;
		rc = karier_catalog_get(&code, &name, &komp, &lmin, &lh, &jp, &biaya, &moda, one, 0);
		if (!rc)
			rc = karier_catalog_add(catalog, code, name, komp, lmin, lh, jp, biaya, moda);
	}
	karier_catalog_free(one);
	return rc;
}

int karier_rencana_to_json(char **out_json, const karier_rencana *r, const karier_employee *e, int32_t lang, int32_t flags)
{
	static const char fn[] = "karier_rencana_to_json";
	static const char *const kind_name[] = {NULL, "kenaikan_pangkat", "jabatan", "pelatihan", "pensiun"};
	int rc = json_args(fn, out_json, r, "rencana", lang, flags);
	if (rc)
		return rc;
	int32_t from, to, pensiun, asumsi, tahun;
	karier_rencana_info(&from, &to, &pensiun, &asumsi, &tahun, r);
	struct jw w = {0};
	jw_open(&w, "{");
	jw_person(&w, e);
	if (e) {
		jw_key(&w, "jabatan");
		if (*karier_employee_jabatan_code(e))
			jw_str(&w, karier_employee_jabatan_code(e));
		else
			jw_raw(&w, "null");
	}
	jw_key(&w, "dari");
	jw_date(&w, from);
	jw_key(&w, "sampai");
	jw_date(&w, kr_ymd(kr_days(to) - 1));
	jw_key(&w, "tanggal_pensiun");
	jw_date(&w, pensiun);
	jw_key(&w, "asumsi");
	jw_open(&w, "{");
	jw_key(&w, "predikat");
	jw_code(&w, KARIER_CODE_PREDIKAT, asumsi);
	jw_key(&w, "sejak_tahun");
	if (tahun)
		jw_int(&w, tahun);
	else
		jw_raw(&w, "null");
	jw_close(&w, "}");
	jw_key(&w, "langkah");
	jw_open(&w, "[");
	for (int32_t i = 0; i < karier_rencana_step_count(r); i++) {
		int32_t kind, date, gol, jalur, jp, gaps;
		int64_t biaya;
		const karier_position *pos;
		karier_rencana_step_get(&kind, &date, &gol, &pos, &jalur, &jp, &biaya, &gaps, r, i);
		jw_item(&w);
		jw_open(&w, "{");
		jw_key(&w, "langkah");
		jw_str(&w, kind_name[kind]);
		jw_key(&w, "tanggal");
		jw_date(&w, date);
		if (kind == KARIER_LANGKAH_KP || kind == KARIER_LANGKAH_JABATAN) {
			jw_key(&w, kind == KARIER_LANGKAH_KP ? "golongan_baru" : "golongan");
			jw_code(&w, KARIER_CODE_GOLONGAN, gol);
		}
		const karier_decision *d = karier_rencana_step_decision(r, i);
		if (kind == KARIER_LANGKAH_KP) {
			jw_key(&w, "jenis");
			jw_code(&w, KARIER_CODE_KP_JENIS, karier_decision_jenis(d));
		}
		if (kind == KARIER_LANGKAH_JABATAN) {
			jw_key(&w, "ke");
			jw_str(&w, karier_position_code(pos));
			jw_key(&w, "jalur");
			jw_str(&w, karier_jalur_name(jalur));
			jw_key(&w, "kesenjangan");
			jw_int(&w, gaps);
		}
		if (kind == KARIER_LANGKAH_JABATAN || kind == KARIER_LANGKAH_PELATIHAN) {
			jw_key(&w, "jp");
			jw_int(&w, jp);
			jw_key(&w, "biaya");
			jw_int(&w, biaya);
		}
		if (kind == KARIER_LANGKAH_PELATIHAN) {
			jw_key(&w, "jp_kurang");
			jw_int(&w, gaps);
		}
		if (d && !jw_checks(&w, d, lang, flags)) {
			free(w.p);
			return KARIER_EINVAL;
		}
		jw_close(&w, "}");
	}
	jw_raw(&w, "]}");
	return jw_finish(&w, out_json, fn);
}
