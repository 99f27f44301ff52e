/*
 * rencana.c - the pola karier (moves between posts, with their jalur) and
 * the plan of one employee over some years, projected with the engines of
 * promotion.c, training.c and the appointment checks.
 * SPDX-License-Identifier: MIT
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cohort_load.h" /* kr_nip_index: any non-zero 64-bit key, here a post's address */
#include "decision.h"
#include "internal.h"

struct move {
	const karier_position *from, *to;
	int32_t jalur, min_bulan;
};

struct need {
	const karier_position *pos;
	int32_t n;
};

struct karier_pola {
	struct move *m;
	int32_t n, cap;
	struct need *k;
	int32_t nk, capk;
};

struct step {
	int32_t kind, date, golongan, jalur, jp, gaps;
	int64_t biaya;
	const karier_position *pos;
	karier_decision *d;
};

struct karier_rencana {
	int32_t from, to, pensiun, asumsi, tahun_asumsi;
	struct step *s;
	int32_t n, cap;
};

static int64_t pol(const karier_policy *p, enum kr_setting_id id) { return kr_pol(p, id); }

/* The first n bytes of a and b equal without regard to ASCII case (a and b hold at least n). */
static bool same_ci(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
			return false;
	return true;
}

/* ---- jalur ---- */

KARIER_API const char *karier_jalur_name(int32_t jalur)
{
	static const char *const names[] = {NULL, "horizontal", "vertikal", "diagonal"};
	return jalur >= 1 && jalur <= 3 ? names[jalur] : NULL;
}

KARIER_API int karier_jalur_parse(int32_t *out, const char *text)
{
	if (!out)
		return kr_null("karier_jalur_parse", "out_jalur");
	if (!text)
		return kr_null("karier_jalur_parse", "text");
	for (int32_t j = 1; j <= 3; j++)
		if (strlen(text) == strlen(karier_jalur_name(j)) && same_ci(text, karier_jalur_name(j), strlen(text))) {
			*out = j;
			return KARIER_OK;
		}
	return kr_fail(KARIER_EPARSE, "jalur \"%s\" is not horizontal, vertikal or diagonal", text);
}

/* The group of a kind: 1 JA (administrasi), 2 JF, 3 JPT; 0 for none. */
static int group_of(int32_t kind)
{
	switch (kind) {
	case KARIER_JAB_PELAKSANA:
	case KARIER_JAB_PENGAWAS:
	case KARIER_JAB_ADMINISTRATOR: return 1;
	case KARIER_JAB_FUNGSIONAL_KEAHLIAN:
	case KARIER_JAB_FUNGSIONAL_KETERAMPILAN: return 2;
	case KARIER_JAB_JPT_PRATAMA:
	case KARIER_JAB_JPT_MADYA:
	case KARIER_JAB_JPT_UTAMA: return 3;
	default: return 0;
	}
}

static const char *const group_name[] = {"-", "JA", "JF", "JPT"};

/* The level of a post from the policy (0 for a post of no kind, or a JF without its jenjang). */
static int64_t level_of(const karier_policy *p, const karier_position *pos)
{
	static const enum kr_setting_id by_kind[KARIER_JAB_COUNT + 1] = {
		[KARIER_JAB_JPT_UTAMA] = KR_TINGKAT_JPT_UTAMA, [KARIER_JAB_JPT_MADYA] = KR_TINGKAT_JPT_MADYA,
		[KARIER_JAB_JPT_PRATAMA] = KR_TINGKAT_JPT_PRATAMA, [KARIER_JAB_ADMINISTRATOR] = KR_TINGKAT_ADMINISTRATOR,
		[KARIER_JAB_PENGAWAS] = KR_TINGKAT_PENGAWAS, [KARIER_JAB_PELAKSANA] = KR_TINGKAT_PELAKSANA};
	static const enum kr_setting_id by_jenjang[KARIER_JENJANG_COUNT + 1] = {
		[KARIER_JENJANG_AHLI_PERTAMA] = KR_TINGKAT_AHLI_PERTAMA, [KARIER_JENJANG_AHLI_MUDA] = KR_TINGKAT_AHLI_MUDA,
		[KARIER_JENJANG_AHLI_MADYA] = KR_TINGKAT_AHLI_MADYA,     [KARIER_JENJANG_AHLI_UTAMA] = KR_TINGKAT_AHLI_UTAMA,
		[KARIER_JENJANG_PEMULA] = KR_TINGKAT_PEMULA,             [KARIER_JENJANG_TERAMPIL] = KR_TINGKAT_TERAMPIL,
		[KARIER_JENJANG_MAHIR] = KR_TINGKAT_MAHIR,               [KARIER_JENJANG_PENYELIA] = KR_TINGKAT_PENYELIA};
	int32_t kind = pos->jabatan, jen = pos->jenjang;
	if (group_of(kind) == 2)
		return jen >= 1 && jen <= KARIER_JENJANG_COUNT ? pol(p, by_jenjang[jen]) : 0;
	return group_of(kind) ? pol(p, by_kind[kind]) : 0;
}

KARIER_API int karier_jalur_between(int32_t *out, const karier_policy *policy, const karier_position *from,
                                    const karier_position *to)
{
	static const char fn[] = "karier_jalur_between";
	if (!out)
		return kr_null(fn, "out_jalur");
	if (!from || !to)
		return kr_null(fn, !from ? "from" : "to");
	const karier_policy *p = kr_policy_or_default(policy);
	if (from == to || !strcmp(from->code, to->code))
		return kr_fail(KARIER_EINVAL, "%s: a move from %s to itself", fn, from->code);
	int64_t lf = level_of(p, from), lt = level_of(p, to);
	int gf = group_of(from->jabatan), gt = group_of(to->jabatan);
	if (!lf || !lt)
		return kr_fail(KARIER_ERANGE, "%s: %s has no level (a post needs its kind, and a JF its jenjang)", fn,
		               !lf ? from->code : to->code);
	if (lt < lf)
		return kr_fail(KARIER_ERANGE,
		               "%s to %s goes down (level %lld of %s to level %lld of %s): not a move of the pola karier", from->code,
		               to->code, (long long)lf, group_name[gf], (long long)lt, group_name[gt]);
	*out = lt == lf ? KARIER_JALUR_HORIZONTAL : gf == gt ? KARIER_JALUR_VERTIKAL : KARIER_JALUR_DIAGONAL;
	return KARIER_OK;
}

/* ---- the pola ---- */

KARIER_API int karier_pola_new(karier_pola **out)
{
	if (!out)
		return kr_null("karier_pola_new", "out");
	karier_pola *p = kr_calloc(1, sizeof *p);
	if (!p)
		return kr_fail(KARIER_ENOMEM, "karier_pola_new: out of memory");
	*out = p;
	return KARIER_OK;
}

KARIER_API void karier_pola_free(karier_pola *p)
{
	if (!p)
		return;
	kr_free(p->m);
	kr_free(p->k);
	kr_free(p);
}

static int find_move(const karier_pola *p, const karier_position *from, const karier_position *to)
{
	for (int32_t i = 0; i < p->n; i++)
		if (!strcmp(p->m[i].from->code, from->code) && !strcmp(p->m[i].to->code, to->code))
			return i;
	return -1;
}

static int push_move(karier_pola *p, const char *fn, struct move m)
{
	if (p->n == p->cap) {
		int32_t cap = p->cap ? p->cap * 2 : 16;
		struct move *nm = kr_realloc(p->m, (size_t)cap * sizeof *nm);
		if (!nm)
			return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
		p->m = nm;
		p->cap = cap;
	}
	p->m[p->n++] = m;
	return KARIER_OK;
}

KARIER_API int karier_pola_add(karier_pola *p, const karier_policy *policy, const karier_position *from,
                               const karier_position *to, int32_t jalur, int32_t min_bulan)
{
	static const char fn[] = "karier_pola_add";
	if (!p)
		return kr_null(fn, "pola");
	int32_t is;
	int rc = karier_jalur_between(&is, policy, from, to);
	if (rc)
		return rc;
	if (jalur != is)
		return kr_fail(KARIER_ERANGE, "jalur %s contradicts the posts: %s (%s, level %lld) to %s (%s, level %lld) is %s",
		               karier_jalur_name(jalur) ? karier_jalur_name(jalur) : "?", from->code, group_name[group_of(from->jabatan)],
		               (long long)level_of(kr_policy_or_default(policy), from), to->code, group_name[group_of(to->jabatan)],
		               (long long)level_of(kr_policy_or_default(policy), to), karier_jalur_name(is));
	if (min_bulan < 0)
		return kr_fail(KARIER_ERANGE, "%s: min_bulan %d is negative", fn, min_bulan);
	if (find_move(p, from, to) >= 0)
		return kr_fail(KARIER_EEXISTS, "the move %s to %s is already in the pola karier", from->code, to->code);
	return push_move(p, fn, (struct move){from, to, jalur, min_bulan});
}

/* A JF's family: its name without its trailing jenjang word ("Analis SDM Aparatur Ahli Muda" -> "Analis SDM Aparatur Ahli";
 * "Ahli" stays on both sides, as a keterampilan JF never links to a keahlian one). */
static size_t family_len(const char *name)
{
	static const char *const words[] = {"pertama", "muda", "madya", "utama", "pemula", "terampil", "mahir", "penyelia"};
	size_t end = strlen(name);
	for (;;) {
		while (end && name[end - 1] == ' ')
			end--;
		size_t start = end;
		while (start && name[start - 1] != ' ')
			start--;
		bool jen = false;
		for (size_t w = 0; w < sizeof words / sizeof *words && !jen; w++)
			jen = strlen(words[w]) == end - start && same_ci(name + start, words[w], end - start);
		if (!jen || start == 0)
			return end;
		end = start;
	}
}

/* Whether the default ladder links a to b: the next level of the JA/JPT chain, or the next jenjang of one JF. */
static bool ladder(const karier_position *a, const karier_position *b)
{
	static const int32_t chain[] = {KARIER_JAB_PELAKSANA, KARIER_JAB_PENGAWAS, KARIER_JAB_ADMINISTRATOR,
	                                KARIER_JAB_JPT_PRATAMA, KARIER_JAB_JPT_MADYA, KARIER_JAB_JPT_UTAMA};
	for (size_t i = 0; i + 1 < sizeof chain / sizeof *chain; i++)
		if (a->jabatan == chain[i])
			return b->jabatan == chain[i + 1];
	if (group_of(a->jabatan) != 2 || a->jabatan != b->jabatan || !a->jenjang || b->jenjang != a->jenjang + 1 ||
	    karier_jenjang_jabatan(b->jenjang) != karier_jenjang_jabatan(a->jenjang))
		return false;
	size_t la = family_len(a->name), lb = family_len(b->name);
	return la == lb && same_ci(a->name, b->name, la);
}

KARIER_API int karier_pola_add_default(karier_pola *p, const karier_policy *policy, const karier_position *const *positions,
                                       int32_t n)
{
	static const char fn[] = "karier_pola_add_default";
	if (!p)
		return kr_null(fn, "pola");
	if (!positions && n > 0)
		return kr_null(fn, "positions");
	if (n < 0)
		return kr_fail(KARIER_EINVAL, "%s: n is negative (%d)", fn, n);
	for (int32_t i = 0; i < n; i++)
		if (!positions[i])
			return kr_fail(KARIER_EINVAL, "%s: position %d is NULL", fn, i);
	int32_t before = p->n;
	for (int32_t i = 0; i < n; i++)
		for (int32_t j = 0; j < n; j++) {
			int32_t jalur;
			if (i == j || !ladder(positions[i], positions[j]) || find_move(p, positions[i], positions[j]) >= 0 ||
			    karier_jalur_between(&jalur, policy, positions[i], positions[j]))
				continue;
			if (push_move(p, fn, (struct move){positions[i], positions[j], jalur, 0})) {
				p->n = before; /* unchanged on failure */
				return KARIER_ENOMEM;
			}
		}
	karier_clear_error(); /* the moves left out are not an error */
	return KARIER_OK;
}

KARIER_API int32_t karier_pola_count(const karier_pola *p) { return p ? p->n : 0; }

KARIER_API int karier_pola_get(const karier_position **out_from, const karier_position **out_to, int32_t *out_jalur,
                               int32_t *out_min_bulan, const karier_pola *p, int32_t i)
{
	if (!p)
		return kr_null("karier_pola_get", "pola");
	if (i < 0 || i >= p->n)
		return kr_fail(KARIER_ENOTFOUND, "karier_pola_get: no move %d (%d in the pola)", i, p->n);
	if (out_from)
		*out_from = p->m[i].from;
	if (out_to)
		*out_to = p->m[i].to;
	if (out_jalur)
		*out_jalur = p->m[i].jalur;
	if (out_min_bulan)
		*out_min_bulan = p->m[i].min_bulan;
	return KARIER_OK;
}

KARIER_API int karier_pola_set_kebutuhan(karier_pola *p, const karier_position *pos, int32_t kebutuhan)
{
	static const char fn[] = "karier_pola_set_kebutuhan";
	if (!p || !pos)
		return kr_null(fn, !p ? "pola" : "position");
	if (kebutuhan < 0)
		return kr_fail(KARIER_ERANGE, "%s: kebutuhan %d of %s is negative", fn, kebutuhan, pos->code);
	for (int32_t i = 0; i < p->nk; i++)
		if (!strcmp(p->k[i].pos->code, pos->code)) {
			p->k[i].n = kebutuhan;
			return KARIER_OK;
		}
	if (p->nk == p->capk) {
		int32_t cap = p->capk ? p->capk * 2 : 16;
		struct need *nk = kr_realloc(p->k, (size_t)cap * sizeof *nk);
		if (!nk)
			return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
		p->k = nk;
		p->capk = cap;
	}
	p->k[p->nk++] = (struct need){pos, kebutuhan};
	return KARIER_OK;
}

KARIER_API int32_t karier_pola_kebutuhan(const karier_pola *p, const karier_position *pos)
{
	for (int32_t i = 0; p && pos && i < p->nk; i++)
		if (!strcmp(p->k[i].pos->code, pos->code))
			return p->k[i].n;
	return -1;
}

/* ---- the plan ---- */

static bool add_step(karier_rencana *r, struct step s)
{
	if (r->n == r->cap) {
		int32_t cap = r->cap ? r->cap * 2 : 16;
		struct step *ns = kr_realloc(r->s, (size_t)cap * sizeof *ns);
		if (!ns)
			return false;
		r->s = ns;
		r->cap = cap;
	}
	r->s[r->n++] = s;
	return true;
}

KARIER_API void karier_rencana_free(karier_rencana *r)
{
	if (!r)
		return;
	for (int32_t i = 0; i < r->n; i++)
		karier_decision_free(r->s[i].d);
	kr_free(r->s);
	kr_free(r);
}

/* A light plan's scratch, one per thread: the verdict-only decision each evaluation fills again, the
 * working copy of the employee (kr_employee_project: its records here, its text the employee's), and
 * the plan itself, its steps' room kept from one employee to the next (no allocation per employee). */
struct light {
	karier_decision *d;
	karier_employee e;
	struct kr_pool pool;
	karier_rencana plan;
	const int32_t *moves; /* the pola's moves from the employee's post (their indices, ascending) */
	int32_t n_moves;
};

/* The projection: a working copy of the employee, set to its state on a date. */
struct proj {
	const karier_policy *p;
	karier_employee *e;
	int32_t from, gol0, tmt0;
	int64_t ak0, ak_year; /* angka kredit at `from` (-1 unknown) and earned per year under the assumption */
	const karier_rencana *r;
	bool pppk;
	/* a light plan's one decision, filled again for each evaluation with its checks counted, not
	 * kept (only the verdict and the dates are read); NULL: a decision per step, kept in the step */
	karier_decision *scratch;
};

/* The kenaikan pangkat decision on the first period date on or after t (*d NULL: no period date
 * is left), in the light plan's scratch or a new decision. */
static int kp_at(struct proj *x, const karier_position *current, int32_t t, karier_decision **d)
{
	*d = NULL;
	if (!x->scratch) {
		int rc = karier_promotion_evaluate(d, x->p, x->e, current, t);
		return rc == KARIER_ERANGE ? KARIER_OK : rc;
	}
	int32_t period = kr_period_next(x->p, t);
	if (period) {
		kr_promotion_fill(x->scratch, x->p, x->e, current, t, period);
		*d = x->scratch;
	}
	return KARIER_OK;
}

/* The appointment decision to post `to` on date t, in the light plan's scratch or a new decision. */
static int appointment_at(struct proj *x, const karier_position *to, int32_t t, karier_decision **d)
{
	if (!x->scratch)
		return karier_appointment_evaluate(d, x->p, x->e, to, t, KARIER_ROUTE_DEFAULT);
	kr_appointment_fill(x->scratch, x->p, x->e, to, t, KARIER_ROUTE_DEFAULT);
	*d = x->scratch;
	return KARIER_OK;
}

/* A decision the plan is done with (the scratch stays). */
static void done_with(struct proj *x, karier_decision *d)
{
	if (d != x->scratch)
		karier_decision_free(d);
}

/* The copy on date t: the golongan of the last KP step on or before t, the angka kredit accrued to t. */
static int state_at(struct proj *x, int32_t t)
{
	int32_t gol = x->gol0, tmt = x->tmt0;
	for (int32_t i = 0; i < x->r->n; i++)
		if (x->r->s[i].kind == KARIER_LANGKAH_KP && x->r->s[i].date <= t) {
			gol = x->r->s[i].golongan;
			tmt = x->r->s[i].date;
		}
	int rc = KARIER_OK;
	if (gol && tmt && !x->pppk)
		rc = karier_employee_set_golongan(x->e, gol, tmt);
	if (!rc && x->ak0 >= 0 && t >= x->from) {
		int64_t ak = x->ak0 + x->ak_year * kr_months_between(x->from, t) / 12;
		rc = karier_employee_set_angka_kredit(x->e, (int32_t)(ak < INT32_MAX ? ak : INT32_MAX));
	}
	return rc;
}

static int32_t day_after(int32_t d) { return kr_ymd(kr_days(d) + 1); }

/* The kenaikan pangkat steps: each eligible period, then the next from the day after. */
static int plan_kp(karier_rencana *r, struct proj *x, const karier_position *current)
{
	int32_t t = r->from;
	for (int guard = 0; guard < 64 && t < r->to; guard++) {
		int rc = state_at(x, t);
		karier_decision *d = NULL;
		if (rc || (rc = kp_at(x, current, t, &d)) || !d)
			return rc; /* or no period date left: the plan has none */
		int32_t at = karier_decision_tanggal(d), soon = karier_decision_tanggal_paling_awal(d);
		bool inside = at < r->to && (!r->pensiun || at < r->pensiun);
		if (karier_decision_eligible(d) && inside) {
			struct step s = {KARIER_LANGKAH_KP, at, karier_decision_golongan_baru(d), 0, 0, 0, 0, NULL,
			                 d == x->scratch ? NULL : d};
			if (!add_step(r, s)) {
				done_with(x, d);
				return kr_fail(KARIER_ENOMEM, "karier_rencana_new: out of memory");
			}
			t = day_after(at);
			continue;
		}
		done_with(x, d);
		if (!inside || !soon || soon <= t || soon >= r->to)
			break;
		t = soon;
	}
	return KARIER_OK;
}

/* A JABATAN step for each move from the current post: the first date its appointment checks pass.
 * A light plan is given those moves (lt->moves); a plan of its own looks for them in the pola. */
static int plan_moves(karier_rencana *r, struct proj *x, const karier_employee *e, const karier_position *current,
                      const karier_pola *pola, const karier_catalog *cat, const struct light *lt)
{
	bool light = lt != NULL;
	int32_t count = light ? lt->n_moves : pola ? pola->n : 0;
	for (int32_t j = 0; pola && current && j < count; j++) {
		const struct move *mv = &pola->m[light ? lt->moves[j] : j];
		if (!light && strcmp(mv->from->code, current->code))
			continue;
		int32_t t = r->from, tj = karier_employee_tmt_jabatan(e);
		if (mv->min_bulan && tj) { /* months in the current post first */
			int32_t ready = kr_add_months(tj, mv->min_bulan);
			if (ready > t)
				t = ready;
		}
		/* a JF's next jenjang is granted with the pangkat of its range: checked at that golongan */
		static const int16_t jen_lo[] = BY_JENJANG(GOL_LO);
		bool jenjang_up = group_of(mv->to->jabatan) == 2 && mv->to->jabatan == current->jabatan && current->jenjang &&
		                  mv->to->jenjang == current->jenjang + 1 && !x->pppk;
		for (int guard = 0; guard < 16 && t && t < r->to && (!r->pensiun || t < r->pensiun); guard++) {
			int rc = state_at(x, t);
			int32_t lo = jenjang_up ? (int32_t)pol(x->p, (enum kr_setting_id)jen_lo[mv->to->jenjang]) : 0;
			int32_t cpns = karier_employee_tmt_cpns(x->e);
			if (!rc && lo && karier_employee_golongan(x->e) && karier_employee_golongan(x->e) < lo)
				rc = karier_employee_set_golongan(x->e, lo, cpns > t ? cpns : t);
			karier_decision *d = NULL;
			if (rc || (rc = appointment_at(x, mv->to, t, &d)))
				return rc;
			if (karier_decision_eligible(d)) {
				struct step s = {KARIER_LANGKAH_JABATAN, t, karier_employee_golongan(x->e), mv->jalur, 0, 0, 0, mv->to,
				                 d == x->scratch ? NULL : d};
				karier_plan *pl = NULL;
				if (!light && (rc = karier_plan_new(&pl, x->p, x->e, mv->to, cat))) {
					done_with(x, d);
					return rc;
				}
				if (pl) {
					s.gaps = karier_plan_gap_count(pl);
					karier_plan_totals(&s.jp, &s.biaya, pl);
					karier_plan_free(pl);
				}
				if (!add_step(r, s)) {
					done_with(x, d);
					return kr_fail(KARIER_ENOMEM, "karier_rencana_new: out of memory");
				}
				break;
			}
			int32_t soon = karier_decision_tanggal_paling_awal(d);
			done_with(x, d);
			/* the next jenjang waits for its angka kredit: the month the accrual reaches it */
			static const int16_t akk[] = BY_JENJANG(AKK_JENJANG);
			int64_t need = jenjang_up ? pol(x->p, (enum kr_setting_id)akk[current->jenjang]) : 0, have = karier_employee_angka_kredit(x->e);
			if (!soon && jenjang_up && x->ak0 >= 0 && x->ak_year > 0 && have < need) {
				int64_t months = ((need - x->ak0) * 12 + x->ak_year - 1) / x->ak_year;
				soon = months < 12 * KARIER_RENCANA_MAX_YEARS ? kr_add_months(x->from, (int32_t)months) : 0;
			}
			if (!soon || soon <= t)
				break;
			t = soon;
		}
	}
	return KARIER_OK;
}

/* A PELATIHAN step a year: the current post's gap courses in order, at least the PNS minimum a year
 * while courses remain (the JP already done in the first year counted), never past a PPPK's maximum. */
static int plan_training(karier_rencana *r, struct proj *x, const karier_employee *e, const karier_position *current,
                         const karier_catalog *cat)
{
	karier_plan *pl = NULL;
	int rc;
	if (current && (rc = karier_plan_new(&pl, x->p, e, current, cat)))
		return rc;
	int32_t nc = pl ? karier_plan_course_count(pl) : 0, next = 0;
	int64_t min = x->pppk ? 0 : pol(x->p, KR_LAT_JP_MIN_PNS), max = x->pppk ? pol(x->p, KR_LAT_JP_MAKS_PPPK) : 0;
	int32_t years = KR_Y(r->to) - KR_Y(r->from); /* the calendar years of the plan, the first being @from's */
	for (int32_t y = KR_Y(r->from); y < KR_Y(r->from) + years; y++) {
		int32_t date = y * 10000 + 1231;
		if (r->pensiun && y * 10000 + 101 >= r->pensiun)
			break;
		if (r->pensiun && date >= r->pensiun) /* the year of retirement: its training before the last day */
			date = kr_ymd(kr_days(r->pensiun) - 1);
		int32_t done = 0;
		if (y == KR_Y(r->from))
			karier_jp_ledger(&done, NULL, NULL, NULL, NULL, x->p, e, y);
		int64_t jp = done, biaya = 0;
		while (next < nc) {
			int32_t cjp;
			int64_t cb;
			karier_plan_course_get(NULL, NULL, NULL, NULL, &cjp, &cb, pl, next);
			if ((max && jp + cjp > max) || (!max && jp >= min))
				break;
			jp += cjp;
			biaya += cb;
			next++;
		}
		int64_t owed = jp < min ? min - jp : 0;
		if (jp > done || owed) {
			struct step s = {KARIER_LANGKAH_PELATIHAN, date, 0, 0, (int32_t)(jp - done), (int32_t)owed, biaya, NULL, NULL};
			if (!add_step(r, s)) {
				karier_plan_free(pl);
				return kr_fail(KARIER_ENOMEM, "karier_rencana_new: out of memory");
			}
		}
	}
	karier_plan_free(pl);
	return KARIER_OK;
}

static int by_date(const void *a, const void *b)
{
	const struct step *x = a, *y = b;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->pos && y->pos ? strcmp(x->pos->code, y->pos->code) : 0;
}

static int build(karier_rencana **out, const karier_policy *policy, const karier_employee *e, const karier_position *current,
                 const karier_pola *pola, const karier_catalog *cat, int32_t from, int32_t years, struct light *lt);

KARIER_API int karier_rencana_new(karier_rencana **out, const karier_policy *policy, const karier_employee *e,
                                  const karier_position *current, const karier_pola *pola, const karier_catalog *cat,
                                  int32_t from, int32_t years)
{
	return build(out, policy, e, current, pola, cat, from, years, NULL);
}

/* With a light scratch, a light plan: only the steps an organisational plan needs (KP and JABATAN,
 * without the gaps' courses and without their decisions), every evaluation filled into the scratch
 * decision, the employee projected into the scratch copy rather than copied whole. */
static int build(karier_rencana **out, const karier_policy *policy, const karier_employee *e, const karier_position *current,
                 const karier_pola *pola, const karier_catalog *cat, int32_t from, int32_t years, struct light *lt)
{
	bool light = lt != NULL;
	static const char fn[] = "karier_rencana_new";
	if (!out)
		return kr_null(fn, "out");
	if (!e)
		return kr_null(fn, "employee");
	int rc = kr_check_date("from", from);
	if (rc)
		return rc;
	if (years < 1 || years > KARIER_RENCANA_MAX_YEARS)
		return kr_fail(KARIER_ERANGE, "%s: years %d is outside 1..%d", fn, years, KARIER_RENCANA_MAX_YEARS);
	const karier_policy *p = kr_policy_or_default(policy);
	karier_rencana *r = light ? &lt->plan : kr_calloc(1, sizeof *r);
	if (!r)
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	if (light) /* the scratch plan again: no step, its room kept (a light step has no decision) */
		*r = (karier_rencana){.s = r->s, .cap = r->cap};
	r->from = from;
	r->to = kr_add_months(from, 12 * years);
	r->asumsi = (int32_t)pol(p, KR_RENCANA_KINERJA);
	int32_t bup;
	if (karier_retirement_date(&r->pensiun, &bup, p, e, current))
		r->pensiun = 0;
	karier_clear_error();
	struct proj x = {p, NULL, from, karier_employee_golongan(e), karier_employee_tmt_golongan(e), -1, 0, r,
	                 karier_employee_status(e) == KARIER_STATUS_PPPK, light ? lt->d : NULL};
	/* the assumption: each year from the last recorded kinerja (or the year before the plan) to the plan's end */
	int32_t last = 0, y, pr;
	for (int32_t i = 0; i < karier_employee_kinerja_count(e); i++)
		if (!karier_employee_kinerja_get(&y, &pr, e, i) && y > last)
			last = y;
	int32_t first = last ? last + 1 : KR_Y(from) - 1;
	if (first < KR_Y(from) - 1)
		first = KR_Y(from) - 1;
	if (light && !(rc = kr_employee_project(&lt->e, &lt->pool, e, first, KR_Y(r->to), r->asumsi))) /* the years given on the way */
		x.e = &lt->e;
	else if (!light && !(rc = karier_employee_copy(&x.e, e)))
		for (y = first; !rc && y <= KR_Y(r->to); y++)
			rc = karier_employee_set_kinerja(x.e, y, r->asumsi);
	if (rc) {
		if (!light) {
			karier_employee_free(x.e);
			kr_free(r);
		}
		return rc;
	}
	r->tahun_asumsi = first <= KR_Y(r->to) ? first : 0;
	/* angka kredit: a JF's, earned each year at the assumed predikat (PermenPANRB 1/2023) */
	static const enum kr_setting_id konv[6] = {0, KR_AK_SK, KR_AK_K, KR_AK_BP, KR_AK_B, KR_AK_SB};
	static const int16_t koef[] = BY_JENJANG(KOEF);
	int32_t jen = karier_employee_jenjang(e);
	if (group_of(karier_employee_jabatan(e)) == 2 && jen >= 1 && jen <= KARIER_JENJANG_COUNT && r->asumsi >= 1 &&
	    r->asumsi <= 5) {
		x.ak0 = karier_employee_angka_kredit(e);
		x.ak_year = pol(p, (enum kr_setting_id)koef[jen]) * pol(p, konv[r->asumsi]) / 100;
	}
	if (!rc)
		rc = plan_kp(r, &x, current);
	if (!rc)
		rc = plan_moves(r, &x, e, current, pola, cat, lt);
	if (!rc && !light)
		rc = plan_training(r, &x, e, current, cat);
	if (!rc && r->pensiun && r->pensiun >= from && r->pensiun < r->to &&
	    !add_step(r, (struct step){KARIER_LANGKAH_PENSIUN, r->pensiun, 0, 0, 0, 0, 0, NULL, NULL}))
		rc = kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	if (!light)
		karier_employee_free(x.e);
	if (rc) {
		if (!light)
			karier_rencana_free(r);
		return rc;
	}
	if (r->n > 1) /* a plan may have no step (qsort wants an array) */
		qsort(r->s, (size_t)r->n, sizeof *r->s, by_date);
	*out = r;
	return KARIER_OK;
}

KARIER_API int32_t karier_rencana_step_count(const karier_rencana *r) { return r ? r->n : 0; }

KARIER_API int karier_rencana_step_get(int32_t *out_kind, int32_t *out_date, int32_t *out_golongan,
                                       const karier_position **out_position, int32_t *out_jalur, int32_t *out_jp,
                                       int64_t *out_biaya, int32_t *out_gaps, const karier_rencana *r, int32_t i)
{
	if (!r)
		return kr_null("karier_rencana_step_get", "rencana");
	if (i < 0 || i >= r->n)
		return kr_fail(KARIER_ENOTFOUND, "karier_rencana_step_get: no step %d (%d in the plan)", i, r->n);
	const struct step *s = &r->s[i];
	if (out_kind)
		*out_kind = s->kind;
	if (out_date)
		*out_date = s->date;
	if (out_golongan)
		*out_golongan = s->golongan;
	if (out_position)
		*out_position = s->pos;
	if (out_jalur)
		*out_jalur = s->jalur;
	if (out_jp)
		*out_jp = s->jp;
	if (out_biaya)
		*out_biaya = s->biaya;
	if (out_gaps)
		*out_gaps = s->gaps;
	return KARIER_OK;
}

KARIER_API const karier_decision *karier_rencana_step_decision(const karier_rencana *r, int32_t i)
{
	return r && i >= 0 && i < r->n ? r->s[i].d : NULL;
}

KARIER_API int karier_rencana_info(int32_t *out_from, int32_t *out_to, int32_t *out_pensiun, int32_t *out_kinerja_asumsi,
                                   int32_t *out_tahun_asumsi, const karier_rencana *r)
{
	if (!r)
		return kr_null("karier_rencana_info", "rencana");
	if (out_from)
		*out_from = r->from;
	if (out_to)
		*out_to = r->to;
	if (out_pensiun)
		*out_pensiun = r->pensiun;
	if (out_kinerja_asumsi)
		*out_kinerja_asumsi = r->asumsi;
	if (out_tahun_asumsi)
		*out_tahun_asumsi = r->tahun_asumsi;
	return KARIER_OK;
}

/* ---- the organisational plan: needs, availability and the gap, year by year ---- */

struct cand { /* an employee eligible for a post from a date, in rank order per post */
	int32_t who, date, jalur, post; /* post: the target */
	int64_t key; /* talent pool, then merit score: higher first */
};

struct succ {
	int32_t who, date, jalur, jp;
	int64_t biaya, didanai;
};

struct org_row {
	int32_t year, post, kebutuhan, pemangku, pensiun, keluar, lowong, terisi, jp;
	int64_t biaya, didanai;
	int32_t first_succ, n_succ;
};

struct karier_rencana_org {
	const karier_position **post;
	int32_t npost;
	struct org_row *row;
	int32_t nrow;
	struct succ *succ;
	int32_t nsucc, capsucc;
};

/* What each employee's light plan gives: retirement, and the posts one move away with their dates. */
struct person {
	int32_t pensiun, post, first, count; /* its candidacies: cand[first .. first+count) before sorting */
	int64_t key;
};

/* A chunk of the employees, [lo, hi), and what their light plans give: the candidacies, in rank
 * order.  The chunks (kr_chunks) are taken in turn by whichever thread is free (kr_run_chunks); the
 * list merged from them (merge_cands) is the same whatever their number and whichever thread took
 * each. */
struct part {
	const karier_policy *p;
	const karier_employee *const *e;
	const karier_position *const *cur;
	const karier_pola *pola;
	const karier_rencana_org *org;
	const int32_t *mv_first, *mv_idx; /* the pola's moves by their post of origin: mv_idx[mv_first[p] ..
	                                   * mv_first[p + 1]) are those from post p */
	int32_t from, years, lo, hi, rc;
	struct person *person;
	struct cand *cand; /* this chunk's */
	int32_t ncand, capcand;
	char msg[256]; /* the failure's message: the last error is the thread's own */
};

/* A thread of the people pass: the chunks, and its scratch objects (allocated by the calling thread;
 * each evaluation fills one again). */
struct worker {
	struct part *parts;
	struct light lt;
	karier_merit *m;
	struct kr_std_cache *std;
};

static int32_t post_index(const karier_rencana_org *o, const karier_position *pos)
{
	if (!pos)
		return -1;
	int32_t lo = 0, hi = o->npost - 1;
	while (lo <= hi) { /* posts are sorted by code for this search; the rows follow another order */
		int32_t mid = (lo + hi) / 2, c = strcmp(o->post[mid]->code, pos->code);
		if (!c)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

static int cand_order(const void *a, const void *b);

static void run_people(struct part *w, struct worker *k)
{
	for (int32_t i = w->lo; i < w->hi && !w->rc; i++) {
		struct person *pe = &w->person[i];
		pe->post = post_index(w->org, w->cur[i]);
		pe->first = w->ncand;
		k->lt.moves = pe->post >= 0 ? w->mv_idx + w->mv_first[pe->post] : NULL;
		k->lt.n_moves = pe->post >= 0 ? w->mv_first[pe->post + 1] - w->mv_first[pe->post] : 0;
		karier_rencana *r = NULL;
		int rc = build(&r, w->p, w->e[i], w->cur[i], w->pola, NULL, w->from, w->years, &k->lt);
		if (rc) {
			w->rc = rc;
			w->lo = i; /* the employee the message names */
			break;
		}
		pe->pensiun = r->pensiun;
		bool ranked = false; /* the rank key only for a candidate: most plans have no move */
		for (int32_t j = 0; !rc && j < r->n; j++) {
			if (r->s[j].kind != KARIER_LANGKAH_JABATAN)
				continue;
			if (!ranked) {
				kr_merit_fill(k->m, w->p, w->e[i], w->cur[i], w->from, k->std); /* as karier_merit_evaluate */
				pe->key = (int64_t)karier_merit_talent_pool(k->m) << 32 | (uint32_t)karier_merit_score(k->m);
				ranked = true;
			}
			if (w->ncand == w->capcand) {
				int32_t cap = w->capcand ? w->capcand * 2 : 256;
				struct cand *nc = kr_realloc(w->cand, (size_t)cap * sizeof *nc);
				if (!nc) {
					rc = kr_fail(KARIER_ENOMEM, "karier_rencana_org_new: out of memory");
					break;
				}
				w->cand = nc;
				w->capcand = cap;
			}
			w->cand[w->ncand++] = (struct cand){i, r->s[j].date, r->s[j].jalur, post_index(w->org, r->s[j].pos), pe->key};
		}
		pe->count = w->ncand - pe->first;
		w->rc = rc; /* r is the thread's scratch plan (k->lt.plan), filled again for the next employee */
	}
	if (!w->rc && w->ncand > 1) /* the chunk's candidates in rank order, on its thread (merge_cands) */
		qsort(w->cand, (size_t)w->ncand, sizeof *w->cand, cand_order);
	if (w->rc)
		snprintf(w->msg, sizeof w->msg, "%s: %s", karier_employee_nip(w->e[w->lo]), karier_last_error());
}

/* Chunk c on a worker's scratch (kr_run_chunks).  Every chunk is read, even after one failed: the
 * failure reported is the first employee's in the chunks' order, whichever thread was quicker. */
static void people_chunk(void *worker, int32_t c)
{
	struct worker *k = worker;
	run_people(&k->parts[c], k);
}

static void free_scratch(struct worker *workers, int32_t n)
{
	for (int32_t t = 0; t < n; t++) {
		kr_free(workers[t].lt.d);
		kr_free(workers[t].lt.plan.s);
		kr_projection_release(&workers[t].lt.pool);
		karier_merit_free(workers[t].m);
		kr_free(workers[t].std);
	}
}

/* Candidates of a post in rank order: the talent pool first, then the merit score, then the earlier date, then the employee. */
static int cand_order(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	if (x->post != y->post)
		return x->post < y->post ? -1 : 1;
	if (x->key != y->key)
		return x->key > y->key ? -1 : 1;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return (x->who > y->who) - (x->who < y->who);
}

/* The parts' candidates, each part's in rank order already (run_people), merged into out in that
 * order: the list one sort of them all would give, the order being total (it ends at the employee).
 * A heap of the parts by their first candidate not yet taken: n log(parts) comparisons. */
static void merge_cands(struct cand *out, const struct part *parts, int32_t nparts)
{
	int32_t heap[KARIER_BATCH_MAX_THREADS], at[KARIER_BATCH_MAX_THREADS], nh = 0;
#define HEAD(t) (&parts[t].cand[at[t]])
#define BEFORE(i, j) (cand_order(HEAD(heap[i]), HEAD(heap[j])) < 0)
	for (int32_t t = 0; t < nparts; t++) {
		at[t] = 0;
		if (!parts[t].ncand)
			continue;
		int32_t i = nh++;
		heap[i] = t;
		for (; i > 0 && BEFORE(i, (i - 1) / 2); i = (i - 1) / 2) {
			int32_t tmp = heap[i];
			heap[i] = heap[(i - 1) / 2];
			heap[(i - 1) / 2] = tmp;
		}
	}
	for (size_t c = 0; nh > 0; c++) {
		int32_t t = heap[0];
		out[c] = *HEAD(t);
		if (++at[t] == parts[t].ncand)
			heap[0] = heap[--nh];
		for (int32_t i = 0;;) { /* the first part's new head down to its place */
			int32_t l = 2 * i + 1, r = l + 1, m = i;
			if (l < nh && BEFORE(l, m))
				m = l;
			if (r < nh && BEFORE(r, m))
				m = r;
			if (m == i)
				break;
			int32_t tmp = heap[i];
			heap[i] = heap[m];
			heap[m] = tmp;
			i = m;
		}
	}
#undef BEFORE
#undef HEAD
}

KARIER_API void karier_rencana_org_free(karier_rencana_org *o)
{
	if (!o)
		return;
	kr_free(o->post);
	kr_free(o->row);
	kr_free(o->succ);
	kr_free(o);
}

static int by_address(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t) * (const karier_position *const *)a, y = (uintptr_t) * (const karier_position *const *)b;
	return (x > y) - (x < y);
}

/* By code; of one code, by address: which object stands for a code held through two never hangs on
 * whether qsort keeps equal elements in order (C leaves it open; glibc's did, by chance). */
static int by_code(const void *a, const void *b)
{
	int c = strcmp((*(const karier_position *const *)a)->code, (*(const karier_position *const *)b)->code);
	return c ? c : by_address(a, b);
}

/* The posts: those held, those of the pola's moves and needs; unique, sorted by code.  Many
 * employees hold one post object: each object is kept once, through the index of the objects seen
 * by address (a pass over the employees, not a sort of them), and only those few are sorted by code. */
static bool collect_posts(karier_rencana_org *o, const karier_position *const *cur, int32_t n, const karier_pola *pola)
{
	size_t cap = (size_t)n + 2 * (size_t)(pola ? pola->n : 0) + (size_t)(pola ? pola->nk : 0) + 1, u = 0;
	const karier_position **all = kr_malloc(cap * sizeof *all);
	struct kr_nip_index seen = {0};
	bool ok = all != NULL;
	size_t npola = pola ? 2 * (size_t)pola->n + (size_t)pola->nk : 0;
	for (size_t i = 0; ok && i < npola + (size_t)n; i++) {
		const karier_position *p = i >= npola ? cur[i - npola]
		                           : i < 2 * (size_t)pola->n ? (i % 2 ? pola->m[i / 2].to : pola->m[i / 2].from)
		                                                     : pola->k[i - 2 * (size_t)pola->n].pos;
		int32_t at;
		if (!p || kr_nip_index_get(&seen, (uintptr_t)p, &at))
			continue;
		ok = kr_nip_index_put(&seen, (uintptr_t)p, 0);
		all[u++] = p;
	}
	kr_nip_index_release(&seen);
	if (!ok) {
		kr_free(all);
		return false;
	}
	if (u > 1)
		qsort(all, u, sizeof *all, by_code); /* one row per code, its object of the lowest address */
	size_t v = 0;
	for (size_t i = 0; i < u; i++)
		if (!v || strcmp(all[v - 1]->code, all[i]->code))
			all[v++] = all[i];
	o->post = all;
	o->npost = (int32_t)v;
	return true;
}

static bool add_succ(karier_rencana_org *o, struct succ s)
{
	if (o->nsucc == o->capsucc) {
		int32_t cap = o->capsucc ? o->capsucc * 2 : 64;
		struct succ *ns = kr_realloc(o->succ, (size_t)cap * sizeof *ns);
		if (!ns)
			return false;
		o->succ = ns;
		o->capsucc = cap;
	}
	o->succ[o->nsucc++] = s;
	return true;
}

KARIER_API int karier_rencana_org_new(karier_rencana_org **out, const karier_policy *policy,
                                      const karier_employee *const *employees, const karier_position *const *current,
                                      int32_t n, const karier_pola *pola, const karier_catalog *catalog, int32_t from,
                                      int32_t years, int64_t budget_idr, int32_t threads)
{
	static const char fn[] = "karier_rencana_org_new";
	if (!out)
		return kr_null(fn, "out");
	if (n < 0 || (n > 0 && (!employees || !current)))
		return kr_fail(KARIER_EINVAL, "%s: %s", fn, n < 0 ? "n is negative" : "NULL employees or current");
	for (int32_t i = 0; i < n; i++)
		if (!employees[i])
			return kr_fail(KARIER_EINVAL, "%s: employee %d is NULL", fn, i);
	if (threads < 1 || threads > KARIER_BATCH_MAX_THREADS)
		return kr_fail(KARIER_EINVAL, "%s: threads %d is outside 1..%d", fn, threads, KARIER_BATCH_MAX_THREADS);
	if (budget_idr < 0 && budget_idr != KARIER_NO_LIMIT)
		return kr_fail(KARIER_EINVAL, "%s: budget_idr %lld is negative", fn, (long long)budget_idr);
	int rc = kr_check_date("from", from);
	if (rc)
		return rc;
	if (years < 1 || years > KARIER_RENCANA_MAX_YEARS)
		return kr_fail(KARIER_ERANGE, "%s: years %d is outside 1..%d", fn, years, KARIER_RENCANA_MAX_YEARS);
	const karier_policy *p = kr_policy_or_default(policy);
	karier_rencana_org *o = kr_calloc(1, sizeof *o);
	struct person *person = kr_calloc((size_t)n + 1, sizeof *person);
	int32_t nworkers = kr_parts(n, threads), nparts = kr_chunks(n, threads);
	struct part *parts = kr_calloc((size_t)nparts, sizeof *parts);
	struct worker *workers = kr_calloc((size_t)nworkers, sizeof *workers);
	int32_t *mv_first = NULL, *mv_idx = NULL;
	if (!o || !person || !parts || !workers || !collect_posts(o, current, n, pola) ||
	    !(mv_first = kr_calloc((size_t)o->npost + 2, sizeof *mv_first)) ||
	    !(mv_idx = kr_malloc(((size_t)(pola ? pola->n : 0) + 1) * sizeof *mv_idx))) {
		kr_free(person);
		kr_free(parts);
		kr_free(workers);
		kr_free(mv_first);
		karier_rencana_org_free(o);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	}
	/* the pola's moves grouped by their post of origin, each group in the pola's order: a light plan
	 * walks its post's moves only (counted into mv_first[p + 2], summed, then placed) */
	for (int32_t m = 0; pola && m < pola->n; m++)
		mv_first[post_index(o, pola->m[m].from) + 2]++;
	for (int32_t q = 2; q <= o->npost + 1; q++)
		mv_first[q] += mv_first[q - 1];
	for (int32_t m = 0; pola && m < pola->n; m++)
		mv_idx[mv_first[post_index(o, pola->m[m].from) + 1]++] = m;
	/* 1. each employee's light plan, in chunks taken by the threads in turn: the same whatever their number */
	for (int32_t c = 0; c < nparts; c++)
		parts[c] = (struct part){.p = p, .e = employees, .cur = current, .pola = pola, .org = o, .mv_first = mv_first,
		                         .mv_idx = mv_idx, .from = from, .years = years, .lo = kr_part_start(n, c, nparts),
		                         .hi = kr_part_start(n, c + 1, nparts), .person = person};
	bool scratch = true;
	for (int32_t t = 0; t < nworkers; t++) {
		workers[t] = (struct worker){.parts = parts};
		workers[t].lt.d = kr_malloc(sizeof *workers[t].lt.d);
		workers[t].m = kr_merit_scratch();
		workers[t].std = kr_std_cache_new();
		if (workers[t].lt.d)
			workers[t].lt.d->verdict_only = 1; /* the same checks, counted rather than kept */
		scratch = scratch && workers[t].lt.d && workers[t].m && workers[t].std;
	}
	if (!scratch) {
		free_scratch(workers, nworkers);
		kr_free(mv_first);
		kr_free(mv_idx);
		kr_free(person);
		kr_free(parts);
		kr_free(workers);
		karier_rencana_org_free(o);
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	}
	kr_run_chunks(people_chunk, workers, sizeof *workers, nworkers, nparts);
	int32_t ncand = 0;
	for (int32_t t = 0; t < nparts; t++) {
		if (!rc && parts[t].rc)
			rc = kr_fail(parts[t].rc, "%s", parts[t].msg); /* said again on this thread */
		ncand += parts[t].ncand;
	}
	struct cand *cand = rc ? NULL : kr_malloc(((size_t)ncand + 1) * sizeof *cand);
	int32_t *first = rc ? NULL : kr_calloc((size_t)o->npost + 1, sizeof *first);
	int32_t *holders = rc ? NULL : kr_calloc((size_t)o->npost + 1, sizeof *holders);
	int32_t *need = rc ? NULL : kr_calloc((size_t)o->npost + 1, sizeof *need);
	int32_t *order = rc ? NULL : kr_malloc(((size_t)o->npost + 1) * sizeof *order);
	int32_t *slot = rc ? NULL : kr_malloc(((size_t)o->npost + 1) * sizeof *slot); /* post -> its row in a year */
	uint8_t *moved = rc ? NULL : kr_calloc((size_t)n + 1, 1);
	o->row = rc ? NULL : kr_calloc((size_t)o->npost * (size_t)years + 1, sizeof *o->row);
	if (!rc && (!cand || !first || !holders || !need || !order || !slot || !moved || !o->row))
		rc = kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	if (!rc) {
		/* candidates grouped by target post, in rank order */
		merge_cands(cand, parts, nparts);
		for (int32_t i = 0, q = 0; q <= o->npost; q++) { /* first[q]: the first candidate of post q */
			while (i < ncand && cand[i].post < q)
				i++;
			first[q] = i;
		}
		for (int32_t i = 0; i < n; i++) {
			if (person[i].pensiun && person[i].pensiun <= from)
				person[i].post = -1; /* retired before the plan starts */
			if (person[i].post >= 0)
				holders[person[i].post]++;
		}
		for (int32_t q = 0; q < o->npost; q++) {
			int32_t k = karier_pola_kebutuhan(pola, o->post[q]);
			need[q] = k >= 0 ? k : holders[q]; /* no kebutuhan given: the posts held today stay */
			order[q] = q;
		}
		/* the rows' order: the higher posts first (their successors leave posts below the same year), then by code */
		for (int32_t a = 1; a < o->npost; a++)
			for (int32_t b = a; b > 0 && level_of(p, o->post[order[b]]) > level_of(p, o->post[order[b - 1]]); b--) {
				int32_t tmp = order[b];
				order[b] = order[b - 1];
				order[b - 1] = tmp;
			}
		for (int32_t q = 0; q < o->npost; q++)
			slot[order[q]] = q;
		/* 2. year by year: retirements, then each post's vacancies filled from its best-ranked ready candidates */
		for (int32_t y = 0; y < years && !rc; y++) {
			int32_t ys = kr_add_months(from, 12 * y), ye = kr_add_months(from, 12 * (y + 1));
			struct org_row *rows = &o->row[(size_t)y * (size_t)o->npost];
			for (int32_t q = 0; q < o->npost; q++) {
				rows[q].year = KR_Y(ys);
				rows[q].post = order[q];
				rows[q].kebutuhan = need[order[q]];
			}
			int32_t *at = holders; /* holders now, by post */
			for (int32_t q = 0; q < o->npost; q++)
				rows[q].pemangku = at[order[q]];
			for (int32_t i = 0; i < n; i++)
				if (person[i].post >= 0 && person[i].pensiun >= ys && person[i].pensiun < ye) {
					rows[slot[person[i].post]].pensiun++;
					at[person[i].post]--;
					person[i].post = -1;
				}
			int32_t year_first_succ = o->nsucc;
			for (int32_t q = 0; q < o->npost && !rc; q++) {
				int32_t post = order[q];
				struct org_row *row = &rows[q];
				row->lowong = need[post] > at[post] ? need[post] - at[post] : 0;
				row->first_succ = o->nsucc;
				for (int32_t k = first[post]; k < first[post + 1] && row->terisi < row->lowong; k++) {
					const struct cand *x = &cand[k];
					struct person *pe = &person[x->who];
					if (moved[x->who] || pe->post < 0 || x->date >= ye)
						continue; /* moved already, retired or left, or not ready this year */
					int32_t jp = 0;
					int64_t biaya = 0;
					karier_plan *pl = NULL;
					if ((rc = karier_plan_new(&pl, p, employees[x->who], o->post[post], catalog)))
						break;
					karier_plan_totals(&jp, &biaya, pl);
					karier_plan_free(pl);
					if (!add_succ(o, (struct succ){x->who, x->date > ys ? x->date : ys, x->jalur, jp, biaya, 0})) {
						rc = kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
						break;
					}
					rows[slot[pe->post]].keluar++;
					at[pe->post]--;
					at[post]++;
					pe->post = post;
					moved[x->who] = 1;
					row->terisi++;
					row->jp += jp;
					row->biaya += biaya;
				}
				row->n_succ = o->nsucc - row->first_succ;
			}
			/* the year's budget across its successors' training: the existing allocation */
			int32_t ns = o->nsucc - year_first_succ;
			if (!rc && budget_idr != KARIER_NO_LIMIT && ns > 0 && catalog) {
				const karier_employee **se = kr_malloc((size_t)ns * sizeof *se);
				const karier_position **sp = kr_malloc((size_t)ns * sizeof *sp);
				karier_allocation *al = NULL;
				if (!se || !sp)
					rc = kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
				for (int32_t k = 0; !rc && k < ns; k++) {
					se[k] = employees[o->succ[year_first_succ + k].who];
					sp[k] = o->post[person[o->succ[year_first_succ + k].who].post];
				}
				if (!rc)
					rc = karier_allocate(&al, p, se, sp, ns, catalog, budget_idr, KARIER_NO_LIMIT, KR_Y(ys), threads);
				for (int32_t k = 0; !rc && k < karier_allocation_item_count(al); k++) {
					int32_t who, st;
					int64_t b;
					karier_allocation_item_get(&who, NULL, NULL, &b, NULL, NULL, &st, al, k);
					if (st == KARIER_FUNDED)
						o->succ[year_first_succ + who].didanai += b;
				}
				karier_allocation_free(al);
				kr_free(se);
				kr_free(sp);
				for (int32_t q = 0; !rc && q < o->npost; q++)
					for (int32_t k = 0; k < rows[q].n_succ; k++)
						rows[q].didanai += o->succ[rows[q].first_succ + k].didanai;
			}
		}
	}
	for (int32_t c = 0; c < nparts; c++)
		kr_free(parts[c].cand);
	free_scratch(workers, nworkers);
	kr_free(parts);
	kr_free(workers);
	kr_free(person);
	kr_free(mv_first);
	kr_free(mv_idx);
	kr_free(cand);
	kr_free(first);
	kr_free(holders);
	kr_free(need);
	kr_free(order);
	kr_free(slot);
	kr_free(moved);
	if (rc) {
		karier_rencana_org_free(o);
		return rc;
	}
	o->nrow = o->npost * years;
	*out = o;
	return KARIER_OK;
}

KARIER_API int32_t karier_rencana_org_count(const karier_rencana_org *o) { return o ? o->nrow : 0; }

KARIER_API int karier_rencana_org_get(int32_t *out_year, const karier_position **out_post, int32_t *out_kebutuhan,
                                      int32_t *out_pemangku, int32_t *out_pensiun, int32_t *out_keluar,
                                      int32_t *out_lowong, int32_t *out_terisi, int32_t *out_kesenjangan, int32_t *out_jp,
                                      int64_t *out_biaya, int64_t *out_didanai, const karier_rencana_org *o, int32_t i)
{
	if (!o)
		return kr_null("karier_rencana_org_get", "org");
	if (i < 0 || i >= o->nrow)
		return kr_fail(KARIER_ENOTFOUND, "karier_rencana_org_get: no row %d (%d in the plan)", i, o->nrow);
	const struct org_row *r = &o->row[i];
	if (out_year)
		*out_year = r->year;
	if (out_post)
		*out_post = o->post[r->post];
	if (out_kebutuhan)
		*out_kebutuhan = r->kebutuhan;
	if (out_pemangku)
		*out_pemangku = r->pemangku;
	if (out_pensiun)
		*out_pensiun = r->pensiun;
	if (out_keluar)
		*out_keluar = r->keluar;
	if (out_lowong)
		*out_lowong = r->lowong;
	if (out_terisi)
		*out_terisi = r->terisi;
	if (out_kesenjangan)
		*out_kesenjangan = r->lowong - r->terisi;
	if (out_jp)
		*out_jp = r->jp;
	if (out_biaya)
		*out_biaya = r->biaya;
	if (out_didanai)
		*out_didanai = r->didanai;
	return KARIER_OK;
}

KARIER_API int32_t karier_rencana_org_successor_count(const karier_rencana_org *o, int32_t i)
{
	return o && i >= 0 && i < o->nrow ? o->row[i].n_succ : 0;
}

KARIER_API int karier_rencana_org_successor_get(int32_t *out_employee, int32_t *out_date, int32_t *out_jalur,
                                                int32_t *out_jp, int64_t *out_biaya, int64_t *out_didanai,
                                                const karier_rencana_org *o, int32_t i, int32_t k)
{
	if (!o)
		return kr_null("karier_rencana_org_successor_get", "org");
	if (i < 0 || i >= o->nrow || k < 0 || k >= o->row[i].n_succ)
		return kr_fail(KARIER_ENOTFOUND, "karier_rencana_org_successor_get: no successor %d of row %d", k, i);
	const struct succ *s = &o->succ[o->row[i].first_succ + k];
	if (out_employee)
		*out_employee = s->who;
	if (out_date)
		*out_date = s->date;
	if (out_jalur)
		*out_jalur = s->jalur;
	if (out_jp)
		*out_jp = s->jp;
	if (out_biaya)
		*out_biaya = s->biaya;
	if (out_didanai)
		*out_didanai = s->didanai;
	return KARIER_OK;
}
