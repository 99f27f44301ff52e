/*
 * policy_json.c - the policy as a JSON file, through jansson.
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "format.h"

void karier_free_string(char *text) { free(text); }

int karier_policy_to_json(char **out_text, const karier_policy *p)
{
	if (!out_text)
		return kr_null("karier_policy_to_json", "out_text");
	if (!p)
		return kr_null("karier_policy_to_json", "policy");
	json_t *root = json_object(), *settings = json_object(), *sumber = json_object(), *periode = json_array();
	if (!root || !settings || !sumber || !periode)
		goto nomem;
	json_object_set_new(root, "libkarier_policy", json_integer(1));
	json_object_set(root, "settings", settings);
	json_object_set(root, "periode", periode);
	json_object_set(root, "sumber", sumber);
	for (int32_t i = 0; i < karier_policy_setting_count(); i++) {
		const char *key, *cite;
		int32_t type;
		karier_policy_setting_info(&key, &type, &cite, NULL, i);
		int64_t v = p->v[i];
		json_t *val;
		char text[64];
		switch (type) {
		case KARIER_SETTING_INT: val = json_integer(v); break;
		case KARIER_SETTING_BOOL: val = json_boolean(v); break;
		case KARIER_SETTING_FIXED: val = v % 100 ? json_real((double)v / 100.0) : json_integer(v / 100); break;
		default:
			karier_policy_get_text(text, sizeof text, p, key);
			val = json_string(text);
		}
		if (!val || json_object_set_new(settings, key, val) || json_object_set_new(sumber, key, json_string(cite)))
			goto nomem;
	}
	for (int32_t i = 0; i < p->n_periods; i++) {
		char date[16];
		json_t *r = json_object(), *bulan = json_array();
		if (!r || !bulan) {
			json_decref(r);
			json_decref(bulan);
			goto nomem;
		}
		karier_date_format(date, sizeof date, p->periods[i].from);
		for (int m = 1; m <= 12; m++)
			if (p->periods[i].mask & (1 << (m - 1)))
				json_array_append_new(bulan, json_integer(m));
		json_object_set_new(r, "mulai", json_string(date));
		json_object_set_new(r, "bulan", bulan);
		json_object_set_new(r, "sumber", json_string(p->periods[i].citation));
		json_array_append_new(periode, r);
	}
	char *s = json_dumps(root, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
	json_decref(settings);
	json_decref(sumber);
	json_decref(periode);
	json_decref(root);
	if (!s)
		return kr_fail(KARIER_ENOMEM, "karier_policy_to_json: out of memory");
	*out_text = s;
	return KARIER_OK;
nomem:
	json_decref(settings);
	json_decref(sumber);
	json_decref(periode);
	json_decref(root);
	return kr_fail(KARIER_ENOMEM, "karier_policy_to_json: out of memory");
}

/* Line and column (1-based) of position `at` in text. */
static void line_col(const char *text, const char *at, int *line, int *col)
{
	*line = *col = 1;
	for (const char *q = text; q < at; q++) {
		if (*q == '\n') {
			(*line)++;
			*col = 1;
		} else {
			(*col)++;
		}
	}
}

/* Parse JSON text; on failure record "name:line:column: problem" and return NULL. */
static json_t *parse_json(const char *text, const char *name)
{
	json_error_t err;
	json_t *root = json_loads(text, JSON_REJECT_DUPLICATES, &err);
	if (!root)
		kr_fail(KARIER_EFORMAT, "%s:%d:%d: %s", name, err.line, err.column, err.text);
	return root;
}

/* Line and column (1-based) of the first occurrence of "key" as a JSON string (0:0 if absent). */
static void locate(const char *text, const char *key, int *line, int *col)
{
	*line = *col = 0;
	size_t klen = strlen(key);
	for (const char *p = text; (p = strchr(p, '"')) != NULL; p++)
		if (strncmp(p + 1, key, klen) == 0 && p[1 + klen] == '"') {
			line_col(text, p, line, col);
			return;
		}
}

/* Fail with "name:line:col: what: <last error or message>". */
static int fail_at(const char *text, const char *name, const char *key, const char *locate_key, int code, const char *msg)
{
	int line, col;
	locate(text, locate_key ? locate_key : key, &line, &col);
	return kr_fail(code, "%s:%d:%d: %s: %s", name, line, col, key, msg);
}

/* Line and column of field `field` of the element whose "kode" is `code` (or of that "kode"). */
static void locate_in_element(const char *text, const char *code, const char *field, int *line, int *col)
{
	const char *at = text;
	if (code) {
		char pat[80];
		snprintf(pat, sizeof pat, "\"%s\"", code);
		const char *k = strstr(text, pat);
		at = k ? k : text;
		if (field) {
			snprintf(pat, sizeof pat, "\"%s\"", field);
			/* the field may come before "kode" in the object: search back to its '{' */
			const char *open = at;
			while (open > text && *open != '{')
				open--;
			const char *f = strstr(open, pat);
			if (f)
				at = f;
		}
	}
	line_col(text, at, line, col);
}

static int element_fail(const char *text, const char *name, const char *code, const char *field, int status, const char *msg)
{
	int line, col;
	locate_in_element(text, code, field, &line, &col);
	return kr_fail(status, "%s:%d:%d: %s: %s", name, line, col, code ? code : "(no kode)", msg);
}

static const char *str_of(json_t *o, const char *key) { return json_string_value(json_object_get(o, key)); }

/* ---- the keys each object may hold, and their types ---------------------- */

enum { J_STR = 1, J_INT = 2, J_NULL = 4, J_OBJ = 8, J_ARR = 16, J_BOOL = 32, J_REAL = 64 };

struct jkey {
	const char *name;
	unsigned types; /* J_* bits */
};

static unsigned jtype(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_STRING: return J_STR;
	case JSON_INTEGER: return J_INT;
	case JSON_NULL: return J_NULL;
	case JSON_OBJECT: return J_OBJ;
	case JSON_ARRAY: return J_ARR;
	case JSON_REAL: return J_REAL;
	default: return J_BOOL;
	}
}

static const char *jtype_words(unsigned types)
{
	switch (types) {
	case J_STR: return "a string";
	case J_INT: return "a whole number";
	case J_STR | J_NULL: return "a string or null";
	case J_OBJ: return "an object";
	case J_ARR: return "an array";
	default: return "another type";
	}
}

/* The first key of object @o that @keys does not list or whose value has the
 * wrong type (NULL when every key fits); @msg says what is wrong with it. */
static const char *bad_key(json_t *o, const struct jkey *keys, size_t n, const char *what, char *msg, size_t cap)
{
	const char *k;
	json_t *v;
	json_object_foreach(o, k, v) {
		size_t i = 0;
		while (i < n && strcmp(keys[i].name, k) != 0)
			i++;
		if (i == n) {
			size_t len = (size_t)snprintf(msg, cap, "not a key of %s (", what);
			for (size_t j = 0; j < n && len < cap; j++)
				len += (size_t)snprintf(msg + len, cap - len, "%s%s", j ? ", " : "", keys[j].name);
			if (len < cap)
				snprintf(msg + len, cap - len, ")");
			return k;
		}
		if (!(jtype(v) & keys[i].types)) {
			snprintf(msg, cap, "expected %s", jtype_words(keys[i].types));
			return k;
		}
	}
	return NULL;
}

/* A file's top level: an object holding only @keys, with "<format>": 1 when present. */
static int check_top(json_t *root, const struct jkey *keys, size_t n, const char *text, const char *name)
{
	char msg[300];
	const char *k = bad_key(root, keys, n, "the file", msg, sizeof msg);
	if (k)
		return fail_at(text, name, k, NULL, KARIER_EFORMAT, msg);
	json_t *ver = json_object_get(root, keys[0].name);
	if (ver && json_integer_value(ver) != 1)
		return fail_at(text, name, keys[0].name, NULL, KARIER_EFORMAT, "this library reads format 1");
	return KARIER_OK;
}

static int element_keys(json_t *o, const struct jkey *keys, size_t n, const char *what, const char *text, const char *name,
                        const char *code)
{
	char msg[300], full[400];
	if (!json_is_object(o))
		return element_fail(text, name, NULL, NULL, KARIER_EFORMAT, "each element of the array must be an object");
	const char *k = bad_key(o, keys, n, what, msg, sizeof msg);
	if (!k)
		return KARIER_OK;
	snprintf(full, sizeof full, "%s: %s", k, msg);
	return element_fail(text, name, code, k, KARIER_EFORMAT, full);
}

static int apply_setting(karier_policy *p, const char *key, json_t *val, const char *text, const char *name)
{
	int32_t idx, type;
	if (karier_policy_setting_find(&idx, key))
		return fail_at(text, name, key, NULL, KARIER_ENOTFOUND, "not a setting (see docs/policy.md)");
	karier_policy_setting_info(NULL, &type, NULL, NULL, idx);
	char buf[64];
	int rc;
	switch (type) {
	case KARIER_SETTING_BOOL:
		if (!json_is_boolean(val))
			return fail_at(text, name, key, NULL, KARIER_EPARSE, "expected true or false");
		rc = karier_policy_set(p, key, json_is_true(val));
		break;
	case KARIER_SETTING_INT:
		if (!json_is_integer(val))
			return fail_at(text, name, key, NULL, KARIER_EPARSE, "expected a whole number");
		rc = karier_policy_set(p, key, json_integer_value(val));
		break;
	case KARIER_SETTING_FIXED:
		if (json_is_integer(val)) {
			json_int_t v = json_integer_value(val);
			if (v > INT64_MAX / 100 || v < INT64_MIN / 100) /* found by fuzz_parsers: v * 100 overflowed */
				return fail_at(text, name, key, NULL, KARIER_ERANGE, "the number is far outside the setting's range");
			rc = karier_policy_set(p, key, v * 100);
		} else if (json_is_real(val)) {
			double x = json_real_value(val) * 100.0, r = nearbyint(x);
			if (fabs(x - r) > 1e-6 * (fabs(x) > 1 ? fabs(x) : 1) || fabs(r) > 9e15)
				return fail_at(text, name, key, NULL, KARIER_EPARSE, "expected a number with at most two decimals");
			rc = karier_policy_set(p, key, (int64_t)r);
		} else if (json_is_string(val)) {
			rc = karier_policy_set_text(p, key, json_string_value(val));
		} else {
			return fail_at(text, name, key, NULL, KARIER_EPARSE, "expected a number");
		}
		break;
	default:
		if (!json_is_string(val))
			return fail_at(text, name, key, NULL, KARIER_EPARSE, "expected a string");
		rc = karier_policy_set_text(p, key, json_string_value(val));
	}
	if (rc) {
		snprintf(buf, sizeof buf, "%s", "");
		char msg[400];
		snprintf(msg, sizeof msg, "%s", karier_last_error());
		/* the setter's message starts with the key; keep what follows it */
		const char *m = strncmp(msg, key, strlen(key)) == 0 && msg[strlen(key)] == ':' ? msg + strlen(key) + 2 : msg;
		return fail_at(text, name, key, NULL, rc, m);
	}
	return KARIER_OK;
}

static int apply_periode(karier_policy *p, json_t *arr, const char *text, const char *name)
{
	if (!json_is_array(arr) || json_array_size(arr) == 0)
		return fail_at(text, name, "periode", NULL, KARIER_EFORMAT, "expected a non-empty array of {\"mulai\", \"bulan\"}");
	karier_policy tmp = *p;
	tmp.n_periods = 0;
	size_t i;
	json_t *r;
	json_array_foreach(arr, i, r) {
		static const struct jkey keys[] = {{"mulai", J_STR}, {"bulan", J_ARR}, {"sumber", J_STR}};
		char msg[300];
		if (!json_is_object(r))
			return fail_at(text, name, "periode", NULL, KARIER_EFORMAT, "each entry must be an object");
		const char *bad = bad_key(r, keys, sizeof keys / sizeof *keys, "a periode entry", msg, sizeof msg);
		if (bad)
			return fail_at(text, name, "periode", bad, KARIER_EFORMAT, msg);
		json_t *mulai = json_object_get(r, "mulai"), *bulan = json_object_get(r, "bulan");
		int32_t from, mask = 0;
		if (!json_is_string(mulai) || karier_date_parse(&from, json_string_value(mulai)))
			return fail_at(text, name, "periode", "mulai", KARIER_EFORMAT, "each entry needs \"mulai\": a date YYYY-MM-DD");
		size_t k;
		json_t *m;
		if (!json_is_array(bulan))
			return fail_at(text, name, "periode", "bulan", KARIER_EFORMAT, "each entry needs \"bulan\": months 1..12");
		json_array_foreach(bulan, k, m) {
			if (!json_is_integer(m))
				return fail_at(text, name, "periode", "bulan", KARIER_EFORMAT, "months are whole numbers 1..12");
			json_int_t v = json_integer_value(m);
			if (v < 1 || v > 12)
				return fail_at(text, name, "periode", "bulan", KARIER_ERANGE, "months must be 1..12");
			mask |= 1 << (v - 1);
		}
		int rc = karier_policy_period_set(&tmp, from, mask);
		if (rc)
			return fail_at(text, name, "periode", "mulai", rc, karier_last_error());
	}
	/* keep the regulation's citation where the start date matches the national default */
	for (int32_t a = 0; a < tmp.n_periods; a++)
		for (int32_t b = 0; b < kr_default_policy.n_periods; b++)
			if (tmp.periods[a].from == kr_default_policy.periods[b].from &&
			    tmp.periods[a].mask == kr_default_policy.periods[b].mask)
				tmp.periods[a].citation = kr_default_policy.periods[b].citation;
	*p = tmp;
	return KARIER_OK;
}

int karier_policy_load_json_text(karier_policy *policy, const char *text, const char *name)
{
	if (!policy)
		return kr_null("karier_policy_load_json_text", "policy");
	if (!text)
		return kr_null("karier_policy_load_json_text", "text");
	if (!name)
		name = "<policy>";
	json_t *root = parse_json(text, name);
	if (!root)
		return KARIER_EFORMAT;
	int rc = KARIER_OK;
	karier_policy work = *policy; /* all or nothing */
	json_t *settings = json_object_get(root, "settings"), *periode = json_object_get(root, "periode");
	if (!json_is_object(root) || (!settings && !periode)) {
		rc = kr_fail(KARIER_EFORMAT, "%s:1:1: not a libkarier policy (expected an object with \"settings\" or \"periode\")", name);
		goto out;
	}
	/* "sumber" (the citations karier_policy_to_json writes) is read over: a citation is not a rule */
	static const struct jkey top[] = {{"libkarier_policy", J_INT}, {"settings", J_OBJ}, {"periode", J_ARR}, {"sumber", J_OBJ}};
	if ((rc = check_top(root, top, sizeof top / sizeof *top, text, name)))
		goto out;
	const char *key;
	json_t *val;
	json_object_foreach(settings, key, val) {
		if ((rc = apply_setting(&work, key, val, text, name)))
			goto out;
	}
	if (periode && (rc = apply_periode(&work, periode, text, name)))
		goto out;
	*policy = work;
out:
	json_decref(root);
	return rc;
}

int karier_policy_load_json(karier_policy *policy, const char *path)
{
	if (!policy)
		return kr_null("karier_policy_load_json", "policy");
	if (!path)
		return kr_null("karier_policy_load_json", "path");
	char *text = NULL;
	size_t len = 0;
	int rc = kr_read_file(&text, &len, path, kr_json_max(policy));
	if (rc)
		return rc;
	if (strlen(text) != len) {
		kr_free(text);
		return kr_fail(KARIER_EFORMAT, "%s: contains a NUL byte", path);
	}
	rc = karier_policy_load_json_text(policy, text, path);
	kr_free(text);
	return rc;
}

/* ---- positions and catalogue --------------------------------------------- */

static const struct {
	int32_t req;
	const char *name;
	int32_t code_type; /* 0: a number */
} req_names[] = {
	{KARIER_REQ_MIN_GOLONGAN, "min_golongan", KARIER_CODE_GOLONGAN},
	{KARIER_REQ_MIN_PENDIDIKAN, "min_pendidikan", KARIER_CODE_PENDIDIKAN},
	{KARIER_REQ_BUP, "bup", 0},
	{KARIER_REQ_MAX_USIA, "usia_maksimum", 0},
	{KARIER_REQ_PELATIHAN, "pelatihan", KARIER_CODE_PELATIHAN},
	{KARIER_REQ_MASA_JABATAN_SEBELUMNYA, "masa_jabatan_sebelumnya", 0},
	{KARIER_REQ_PENGALAMAN, "pengalaman", 0},
	{KARIER_REQ_TAHUN_KINERJA, "tahun_kinerja", 0},
};

static int dump_into(char **out_text, json_t *root, const char *fn)
{
	char *s = root ? json_dumps(root, JSON_INDENT(2)) : NULL;
	json_decref(root);
	if (!s)
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	*out_text = s;
	return KARIER_OK;
}

int karier_positions_to_json(char **out_text, const karier_position *const *positions, int32_t n)
{
	static const char fn[] = "karier_positions_to_json";
	if (!out_text)
		return kr_null(fn, "out_text");
	if (n < 0 || (n > 0 && !positions))
		return kr_fail(KARIER_EINVAL, "%s: %d positions from %p", fn, n, (const void *)positions);
	json_t *root = json_object(), *arr = json_array();
	json_object_set_new(root, "libkarier_positions", json_integer(1));
	json_object_set_new(root, "jabatan", arr);
	for (int32_t i = 0; i < n; i++) {
		const karier_position *p = positions[i];
		if (!p) {
			json_decref(root);
			return kr_fail(KARIER_EINVAL, "%s: positions[%d] is NULL", fn, i);
		}
		json_t *o = json_object(), *req = json_object(), *std = json_object();
		json_object_set_new(o, "kode", json_string(p->code));
		json_object_set_new(o, "nama", json_string(p->name));
		json_object_set_new(o, "jenis", json_string(karier_code_name(KARIER_CODE_JABATAN, p->jabatan)));
		json_object_set_new(o, "jenjang", p->jenjang ? json_string(karier_code_name(KARIER_CODE_JENJANG, p->jenjang)) : json_null());
		for (size_t k = 0; k < sizeof req_names / sizeof *req_names; k++) {
			if (!(p->req_set & (1u << req_names[k].req)))
				continue;
			int64_t v = p->req[req_names[k].req];
			const char *name = req_names[k].code_type && v ? karier_code_name(req_names[k].code_type, (int32_t)v) : NULL;
			json_object_set_new(req, req_names[k].name,
			                    req_names[k].code_type ? json_string(name ? name : "") : json_integer(v));
		}
		json_object_set_new(o, "persyaratan", req);
		for (int32_t k = 0; k < p->n_standard; k++)
			json_object_set_new(std, p->standard[k].code, json_integer(p->standard[k].level));
		json_object_set_new(o, "standar", std);
		if (p->pend_ok) { /* the diplomas that fit the post (penyesuaian ijazah) */
			json_t *pend = json_array();
			for (int32_t k = 1; k < 32; k++)
				if ((p->pend_ok >> k) & 1)
					json_array_append_new(pend, json_string(karier_code_name(KARIER_CODE_PENDIDIKAN, k)));
			json_object_set_new(o, "pendidikan_diterima", pend);
		}
		json_array_append_new(arr, o);
	}
	return dump_into(out_text, root, fn);
}

int karier_catalog_to_json(char **out_text, const karier_catalog *c)
{
	static const char fn[] = "karier_catalog_to_json";
	if (!out_text)
		return kr_null(fn, "out_text");
	if (!c)
		return kr_null(fn, "catalog");
	json_t *root = json_object(), *arr = json_array();
	json_object_set_new(root, "libkarier_catalog", json_integer(1));
	json_object_set_new(root, "pelatihan", arr);
	for (int32_t i = 0; i < karier_catalog_count(c); i++) {
		const char *code, *name, *komp;
		int32_t lmin, lh, jp, moda;
		int64_t biaya;
		karier_catalog_get(&code, &name, &komp, &lmin, &lh, &jp, &biaya, &moda, c, i);
		json_t *o = json_object();
		json_object_set_new(o, "kode", json_string(code));
		json_object_set_new(o, "nama", json_string(name));
		json_object_set_new(o, "kompetensi", json_string(komp));
		json_object_set_new(o, "level_min", json_integer(lmin));
		json_object_set_new(o, "level_hasil", json_integer(lh));
		json_object_set_new(o, "jp", json_integer(jp));
		json_object_set_new(o, "biaya", json_integer(biaya));
		json_object_set_new(o, "moda", moda ? json_string(karier_code_name(KARIER_CODE_MODA, moda)) : json_null());
		json_array_append_new(arr, o);
	}
	return dump_into(out_text, root, fn);
}


int karier_catalog_load_json_text(karier_catalog *catalog, const char *text, const char *name)
{
	if (!catalog)
		return kr_null("karier_catalog_load_json_text", "catalog");
	if (!text)
		return kr_null("karier_catalog_load_json_text", "text");
	if (!name)
		name = "<catalog>";
	json_t *root = parse_json(text, name);
	if (!root)
		return KARIER_EFORMAT;
	json_t *arr = json_object_get(root, "pelatihan");
	karier_catalog *work = NULL;
	int rc;
	if (!json_is_array(arr)) {
		rc = kr_fail(KARIER_EFORMAT, "%s:1:1: not a libkarier catalogue (expected {\"pelatihan\": [...]})", name);
		goto out;
	}
	static const struct jkey top[] = {{"libkarier_catalog", J_INT}, {"pelatihan", J_ARR}};
	static const struct jkey keys[] = {{"kode", J_STR},   {"nama", J_STR},        {"kompetensi", J_STR},
	                                   {"level_min", J_INT}, {"level_hasil", J_INT}, {"jp", J_INT},
	                                   {"biaya", J_INT},   {"moda", J_STR | J_NULL}};
	if ((rc = check_top(root, top, sizeof top / sizeof *top, text, name)))
		goto out;
	if ((rc = karier_catalog_copy(&work, catalog)))
		goto out;
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o) {
		const char *code = str_of(o, "kode"), *nama = str_of(o, "nama"), *komp = str_of(o, "kompetensi");
		const char *moda_s = str_of(o, "moda");
		if ((rc = element_keys(o, keys, sizeof keys / sizeof *keys, "a course", text, name, code)))
			goto out;
		if (!code || !nama || !komp) {
			rc = element_fail(text, name, code, NULL, KARIER_EFORMAT, "needs \"kode\", \"nama\" and \"kompetensi\" strings");
			goto out;
		}
		static const char *const ints[4] = {"level_min", "level_hasil", "jp", "biaya"};
		json_int_t v[4];
		for (int k = 0; k < 4; k++) {
			json_t *x = json_object_get(o, ints[k]);
			if (!json_is_integer(x)) {
				rc = element_fail(text, name, code, ints[k], KARIER_EFORMAT, "needs whole numbers level_min, level_hasil, jp, biaya");
				goto out;
			}
			v[k] = json_integer_value(x);
		}
		int32_t moda = 0;
		if (moda_s && karier_code_parse(&moda, KARIER_CODE_MODA, moda_s)) {
			rc = element_fail(text, name, code, "moda", KARIER_ERANGE, karier_last_error());
			goto out;
		}
		for (int k = 0; k < 3; k++) /* checked before narrowing to 32 bits */
			if (v[k] < INT32_MIN || v[k] > INT32_MAX) {
				char msg[120];
				snprintf(msg, sizeof msg, "%s: %lld is far outside its range", ints[k], (long long)v[k]);
				rc = element_fail(text, name, code, ints[k], KARIER_ERANGE, msg);
				goto out;
			}
		rc = karier_catalog_add(work, code, nama, komp, (int32_t)v[0], (int32_t)v[1], (int32_t)v[2], v[3], moda);
		if (rc) {
			char msg[400];
			snprintf(msg, sizeof msg, "%s", karier_last_error());
			const char *field = strstr(msg, "level_min") == msg ? "level_min" : strstr(msg, "level_hasil") == msg ? "level_hasil"
			                    : strstr(msg, "jp") == msg ? "jp" : strstr(msg, "biaya") == msg ? "biaya" : NULL;
			rc = element_fail(text, name, code, field, rc, msg);
			goto out;
		}
	}
	/* all or nothing: swap the contents in */
	kr_catalog_swap(catalog, work);
out:
	karier_catalog_free(work);
	json_decref(root);
	return rc;
}

int kr_positions_from_json(karier_position ***out, int32_t *out_n, const char *text, const char *name)
{
	json_t *root = parse_json(text, name);
	if (!root)
		return KARIER_EFORMAT;
	json_t *arr = json_object_get(root, "jabatan");
	karier_position **list = NULL;
	int32_t n = 0;
	int rc = KARIER_OK;
	struct kr_codeset seen = {0};
	if (!json_is_array(arr)) {
		rc = kr_fail(KARIER_EFORMAT, "%s:1:1: not a libkarier positions file (expected {\"jabatan\": [...]})", name);
		goto out;
	}
	static const struct jkey top[] = {{"libkarier_positions", J_INT}, {"jabatan", J_ARR}};
	static const struct jkey keys[] = {{"kode", J_STR},        {"nama", J_STR},    {"jenis", J_STR},
	                                   {"jenjang", J_STR | J_NULL}, {"persyaratan", J_OBJ}, {"standar", J_OBJ},
	                                   {"pendidikan_diterima", J_ARR}};
	struct jkey req_keys[sizeof req_names / sizeof *req_names];
	for (size_t k = 0; k < sizeof req_names / sizeof *req_names; k++)
		req_keys[k] = (struct jkey){req_names[k].name, req_names[k].code_type ? J_STR : J_INT};
	if ((rc = check_top(root, top, sizeof top / sizeof *top, text, name)))
		goto out;
	list = kr_calloc(json_array_size(arr) + 1, sizeof *list);
	if (!list) {
		rc = kr_fail(KARIER_ENOMEM, "%s: out of memory", name);
		goto out;
	}
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o) {
		const char *code = str_of(o, "kode"), *nama = str_of(o, "nama"), *jenis_s = str_of(o, "jenis"), *jen_s = str_of(o, "jenjang");
		int32_t jenis = 0, jenjang = 0;
		if ((rc = element_keys(o, keys, sizeof keys / sizeof *keys, "a jabatan", text, name, code)))
			goto out;
		json_t *req = json_object_get(o, "persyaratan");
		if (req && (rc = element_keys(req, req_keys, sizeof req_keys / sizeof *req_keys, "persyaratan", text, name, code)))
			goto out;
		if (!code || !nama || !jenis_s) {
			rc = element_fail(text, name, code, NULL, KARIER_EFORMAT, "needs \"kode\", \"nama\" and \"jenis\" strings");
			goto out;
		}
		if (karier_code_parse(&jenis, KARIER_CODE_JABATAN, jenis_s) ||
		    (jen_s && karier_code_parse(&jenjang, KARIER_CODE_JENJANG, jen_s))) {
			rc = element_fail(text, name, code, jenis ? "jenjang" : "jenis", KARIER_ENOTFOUND, karier_last_error());
			goto out;
		}
		if (kr_codeset_has(&seen, code)) {
			rc = element_fail(text, name, code, NULL, KARIER_EEXISTS, "jabatan code appears twice");
			goto out;
		}
		if ((rc = karier_position_new(&list[n], code, nama, jenis, jenjang))) {
			rc = element_fail(text, name, code, "jenjang", rc, karier_last_error());
			goto out;
		}
		karier_position *p = list[n++];
		if (kr_codeset_add(&seen, karier_position_code(p)) < 0) {
			rc = kr_fail(KARIER_ENOMEM, "%s: out of memory", name);
			goto out;
		}
		json_t *std = json_object_get(o, "standar");
		for (size_t k = 0; req && k < sizeof req_names / sizeof *req_names; k++) {
			json_t *x = json_object_get(req, req_names[k].name);
			if (!x)
				continue;
			int32_t v = 0;
			if (req_names[k].code_type) {
				const char *s = json_string_value(x);
				if (!s || (*s && karier_code_parse(&v, req_names[k].code_type, s))) {
					rc = element_fail(text, name, code, req_names[k].name, KARIER_EPARSE,
					                  s ? karier_last_error() : "expected a code string");
					goto out;
				}
			}
			int64_t value = req_names[k].code_type ? v : (int64_t)json_integer_value(x); /* the setter checks the range */
			if ((rc = karier_position_set_requirement(p, req_names[k].req, value))) {
				rc = element_fail(text, name, code, req_names[k].name, rc, karier_last_error());
				goto out;
			}
		}
		json_t *pend = json_object_get(o, "pendidikan_diterima"), *pv;
		if (pend && !json_is_array(pend)) {
			rc = element_fail(text, name, code, "pendidikan_diterima", KARIER_EPARSE, "expected an array of pendidikan codes");
			goto out;
		}
		size_t pi;
		json_array_foreach(pend, pi, pv) {
			int32_t v = 0;
			const char *s = json_string_value(pv);
			if (!s || karier_code_parse(&v, KARIER_CODE_PENDIDIKAN, s) || (rc = karier_position_add_pendidikan(p, v))) {
				rc = element_fail(text, name, code, "pendidikan_diterima", rc ? rc : KARIER_EPARSE,
				                  s ? karier_last_error() : "expected a pendidikan code string");
				goto out;
			}
		}
		const char *komp;
		json_t *lv;
		json_object_foreach(std, komp, lv) {
			json_int_t level = json_is_integer(lv) ? json_integer_value(lv) : 0;
			char msg[160];
			if (!json_is_integer(lv))
				snprintf(msg, sizeof msg, "standar: %s: expected a whole number 1..5", komp);
			else if (level < 1 || level > 5) /* before narrowing: 4294967299 is not 3 */
				snprintf(msg, sizeof msg, "standar: %s: level %lld is outside 1..5", komp, (long long)level);
			else if ((rc = karier_position_set_standard(p, komp, (int32_t)level)))
				snprintf(msg, sizeof msg, "%s", karier_last_error());
			else
				continue;
			rc = element_fail(text, name, code, komp, rc ? rc : json_is_integer(lv) ? KARIER_ERANGE : KARIER_EFORMAT, msg);
			goto out;
		}
	}
	*out = list;
	*out_n = n;
	list = NULL;
out:
	kr_codeset_free(&seen);
	for (int32_t k = 0; list && k < n; k++)
		karier_position_free(list[k]);
	kr_free(list);
	json_decref(root);
	return rc;
}
