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

/* Line and column (1-based) of the first occurrence of "key" as a JSON string. */
static void locate(const char *text, const char *key, int *line, int *col)
{
	*line = *col = 0;
	size_t klen = strlen(key);
	for (const char *p = text; (p = strchr(p, '"')) != NULL; p++) {
		if (strncmp(p + 1, key, klen) == 0 && p[1 + klen] == '"') {
			int l = 1, c = 1;
			for (const char *q = text; q < p; q++) {
				if (*q == '\n') {
					l++;
					c = 1;
				} else {
					c++;
				}
			}
			*line = l;
			*col = c;
			return;
		}
	}
}

/* Fail with "name:line:col: what: <last error or message>". */
static int fail_at(const char *text, const char *name, const char *key, const char *locate_key, int code, const char *msg)
{
	int line, col;
	locate(text, locate_key ? locate_key : key, &line, &col);
	return kr_fail(code, "%s:%d:%d: %s: %s", name, line, col, key, msg);
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
			rc = karier_policy_set(p, key, json_integer_value(val) * 100);
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
		json_t *mulai = json_object_get(r, "mulai"), *bulan = json_object_get(r, "bulan");
		int32_t from, mask = 0;
		if (!json_is_string(mulai) || karier_date_parse(&from, json_string_value(mulai)))
			return fail_at(text, name, "periode", "mulai", KARIER_EFORMAT, "each entry needs \"mulai\": a date YYYY-MM-DD");
		size_t k;
		json_t *m;
		if (!json_is_array(bulan))
			return fail_at(text, name, "periode", "bulan", KARIER_EFORMAT, "each entry needs \"bulan\": months 1..12");
		json_array_foreach(bulan, k, m) {
			json_int_t v = json_is_integer(m) ? json_integer_value(m) : 0;
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
	json_error_t err;
	json_t *root = json_loads(text, JSON_REJECT_DUPLICATES, &err);
	if (!root)
		return kr_fail(KARIER_EFORMAT, "%s:%d:%d: %s", name, err.line, err.column, err.text);
	int rc = KARIER_OK;
	karier_policy work = *policy; /* all or nothing */
	json_t *settings = json_object_get(root, "settings"), *periode = json_object_get(root, "periode");
	if (!json_is_object(root) || (!settings && !periode)) {
		rc = kr_fail(KARIER_EFORMAT, "%s:1:1: not a libkarier policy (expected an object with \"settings\" or \"periode\")", name);
		goto out;
	}
	if (settings && !json_is_object(settings)) {
		rc = fail_at(text, name, "settings", NULL, KARIER_EFORMAT, "expected an object of setting: value");
		goto out;
	}
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
	int rc = kr_read_file(&text, &len, path);
	if (rc)
		return rc;
	if (strlen(text) != len) {
		free(text);
		return kr_fail(KARIER_EFORMAT, "%s: contains a NUL byte", path);
	}
	rc = karier_policy_load_json_text(policy, text, path);
	free(text);
	return rc;
}
