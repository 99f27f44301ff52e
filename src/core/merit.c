/*
 * merit.c - merit score, 9-box and ranking.  Inputs are the five merit
 * components only; no protected attribute is read.  Integer arithmetic only.
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decision.h"

#define NC KARIER_MERIT_COMPONENT_COUNT

struct karier_merit {
	int32_t score;
	int32_t value[NC + 1], weight[NC + 1], applied[NC + 1], share[NC + 1];
	int32_t missing;
	int32_t kinerja_axis, potensi_axis, potensi_score, box, krs, krs_unmet;
	/* inputs, for the explanation */
	int32_t pend, req_pend;
	int32_t jpm, n_standard;
	int32_t kin_year[3], kin_pred[3], kin_w[3];
	int32_t pen[4], int_years;
};

static int64_t pol(const karier_policy *p, int id) { return kr_pol(p, (enum kr_setting_id)id); }

int64_t kr_predikat_score(const karier_policy *p, int32_t predikat)
{
	static const int nilai[6] = {0, KR_MERIT_NILAI_SK, KR_MERIT_NILAI_K, KR_MERIT_NILAI_BP, KR_MERIT_NILAI_B,
	                             KR_MERIT_NILAI_SB};
	return predikat >= 1 && predikat <= 5 ? pol(p, nilai[predikat]) : 0;
}

void kr_merit_fill(struct karier_merit *m, const karier_policy *p, const karier_employee *e, const karier_position *pos,
                 int32_t date, struct kr_std_cache *std)
{
	static const int wid[NC + 1] = {0, KR_MERIT_W_KUALIFIKASI, KR_MERIT_W_KOMPETENSI, KR_MERIT_W_POTENSI,
	                                KR_MERIT_W_KINERJA, KR_MERIT_W_INTEGRITAS};
	memset(m, 0, sizeof *m);
	for (int c = 1; c <= NC; c++) {
		m->value[c] = -1;
		m->weight[c] = (int32_t)pol(p, wid[c]);
	}

	/* kualifikasi */
	m->pend = e->pendidikan;
	if (pos)
		m->req_pend = (pos->req_set & (1u << KARIER_REQ_MIN_PENDIDIKAN)) ? (int32_t)pos->req[KARIER_REQ_MIN_PENDIDIKAN]
		                                                               : kr_kind_pendidikan_min(p, pos->jabatan);
	else
		m->req_pend = kr_kind_pendidikan_min(p, e->jabatan);
	if (m->pend && m->req_pend) {
		int32_t diff = karier_pendidikan_rank(m->pend) - karier_pendidikan_rank(m->req_pend);
		int64_t v = diff < 0 ? pol(p, KR_MERIT_KUAL_DI_BAWAH)
		                     : pol(p, KR_MERIT_KUAL_MEMENUHI) + diff * pol(p, KR_MERIT_KUAL_PER_TINGKAT);
		m->value[KARIER_MERIT_KUALIFIKASI] = (int32_t)(v > 10000 ? 10000 : v);
	}

	/* kompetensi */
	bool standard_met = false; /* every competency of the standard at its level (the talent pool) */
	if (pos && pos->n_standard > 0 && e->cnt[KR_REC_KOMPETENSI] > 0) {
		int64_t att, req;
		int32_t below;
		m->n_standard = kr_jpm(p, e, pos, &att, &req, &below, NULL, std);
		standard_met = below == 0;
		m->jpm = (int32_t)kr_div_round(att * 10000, req);
		m->value[KARIER_MERIT_KOMPETENSI] = m->jpm > 10000 ? 10000 : m->jpm;
	}

	/* potensi */
	m->value[KARIER_MERIT_POTENSI] = e->potensi;

	/* kinerja: the last three assessment years, recent weighted more */
	static const int bobot[3] = {KR_MERIT_KIN_BOBOT_1, KR_MERIT_KIN_BOBOT_2, KR_MERIT_KIN_BOBOT_3};
	int64_t num = 0, den = 0;
	for (int k = 0; k < 3; k++) {
		int32_t y = KR_Y(date) - 1 - k, pr = karier_employee_kinerja(e, y), w = (int32_t)pol(p, bobot[k]);
		m->kin_year[k] = y;
		m->kin_pred[k] = pr;
		m->kin_w[k] = w;
		if (pr && w) {
			num += kr_predikat_score(p, pr) * w;
			den += w;
		}
	}
	if (den)
		m->value[KARIER_MERIT_KINERJA] = (int32_t)kr_div_round(num, den);

	/* integritas: penalties that started within the window */
	m->int_years = (int32_t)pol(p, KR_MERIT_INT_TAHUN);
	int32_t from = kr_add_months(date, -12 * m->int_years);
	static const int potong[4] = {0, KR_MERIT_INT_RINGAN, KR_MERIT_INT_SEDANG, KR_MERIT_INT_BERAT};
	int64_t v = 10000;
	for (const struct kr_record *r = kr_rec_begin(e, KR_REC_DISIPLIN), *end = kr_rec_end(e, KR_REC_DISIPLIN); r < end; r++) {
		if (r->date <= date && r->date > from) {
			m->pen[r->a]++;
			v -= pol(p, potong[r->a]);
		}
	}
	m->value[KARIER_MERIT_INTEGRITAS] = (int32_t)(v < 0 ? 0 : v);

	/* total */
	bool zero = pol(p, KR_MERIT_HILANG_NOL) != 0;
	num = den = 0;
	for (int c = 1; c <= NC; c++) {
		if (m->value[c] < 0)
			m->missing |= 1 << (c - 1);
		if (m->value[c] < 0 && !zero)
			continue;
		num += (int64_t)(m->value[c] < 0 ? 0 : m->value[c]) * m->weight[c];
		den += m->weight[c];
	}
	m->score = (int32_t)kr_div_round(num, den);
	for (int c = 1; c <= NC; c++) {
		if (m->value[c] < 0 && !zero)
			continue;
		m->applied[c] = (int32_t)kr_div_round((int64_t)m->weight[c] * 10000, den);
		m->share[c] = (int32_t)kr_div_round((int64_t)(m->value[c] < 0 ? 0 : m->value[c]) * m->weight[c], den);
	}

	/* 9-box: the kinerja axis from the latest predikat (PermenPANRB 6/2022:
	 * sangat baik is above expectation, baik meets it, lower ones are below),
	 * or from the kinerja score against the policy's cut-offs */
	int32_t kin = m->value[KARIER_MERIT_KINERJA];
	if (pol(p, KR_TAL_KINERJA_SUMBER) == 1) {
		int32_t latest = m->kin_pred[0];
		m->kinerja_axis = latest == KARIER_PREDIKAT_SANGAT_BAIK ? KARIER_RATING_ATAS
		                  : latest == KARIER_PREDIKAT_BAIK      ? KARIER_RATING_SESUAI
		                  : latest || zero                      ? KARIER_RATING_BAWAH
		                                                        : 0;
	} else if (kin >= 0 || zero) {
		kin = kin < 0 ? 0 : kin;
		m->kinerja_axis = kin >= pol(p, KR_TAL_KINERJA_ATAS)    ? KARIER_RATING_ATAS
		                  : kin >= pol(p, KR_TAL_KINERJA_SESUAI) ? KARIER_RATING_SESUAI
		                                                          : KARIER_RATING_BAWAH;
	}
	static const int pc[4] = {KARIER_MERIT_KUALIFIKASI, KARIER_MERIT_KOMPETENSI, KARIER_MERIT_POTENSI,
	                          KARIER_MERIT_INTEGRITAS};
	num = den = 0;
	for (int i = 0; i < 4; i++) {
		int c = pc[i];
		if (m->value[c] < 0 && !zero)
			continue;
		num += (int64_t)(m->value[c] < 0 ? 0 : m->value[c]) * m->weight[c];
		den += m->weight[c];
	}
	m->potensi_score = den ? (int32_t)kr_div_round(num, den) : -1;
	if (m->potensi_score >= 0)
		m->potensi_axis = m->potensi_score >= pol(p, KR_TAL_POTENSI_TINGGI)     ? KARIER_POTENSI_TINGGI
		                  : m->potensi_score >= pol(p, KR_TAL_POTENSI_MENENGAH) ? KARIER_POTENSI_MENENGAH
		                                                                        : KARIER_POTENSI_RENDAH;
	if (m->kinerja_axis && m->potensi_axis) {
		static const int box[4][4] = {
			{0, 0, 0, 0},
			{0, KR_BOX_BAWAH_RENDAH, KR_BOX_BAWAH_MENENGAH, KR_BOX_BAWAH_TINGGI},
			{0, KR_BOX_SESUAI_RENDAH, KR_BOX_SESUAI_MENENGAH, KR_BOX_SESUAI_TINGGI},
			{0, KR_BOX_ATAS_RENDAH, KR_BOX_ATAS_MENENGAH, KR_BOX_ATAS_TINGGI},
		};
		m->box = (int32_t)pol(p, box[m->kinerja_axis][m->potensi_axis]);
	}

	/* the talent pool (kelompok rencana suksesi): a cell the policy marks, and
	 * the conditions of PP 11/2017 Ps198-200 */
	if (!m->box || !pol(p, KR_KRS_1 + m->box - 1))
		m->krs_unmet |= KARIER_KRS_KOTAK;
	if (pol(p, KR_TAL_KRS_KOMPETENSI) && !standard_met)
		m->krs_unmet |= KARIER_KRS_KOMPETENSI;
	int64_t min = pol(p, KR_KIN_PREDIKAT_MIN);
	for (int32_t k = 0, n = (int32_t)pol(p, KR_TAL_KRS_KINERJA); k < n; k++) /* the last n years, newest first */
		if ((k < 3 ? m->kin_pred[k] : karier_employee_kinerja(e, KR_Y(date) - 1 - k)) < min)
			m->krs_unmet |= KARIER_KRS_KINERJA;
	if (pol(p, KR_TAL_KRS_DISIPLIN) && kr_disiplin_active(p, e, date))
		m->krs_unmet |= KARIER_KRS_DISIPLIN;
	m->krs = !m->krs_unmet;
}

int karier_merit_evaluate(karier_merit **out, const karier_policy *policy, const karier_employee *e,
                          const karier_position *pos, int32_t date)
{
	if (!out)
		return kr_null("karier_merit_evaluate", "out");
	if (!e)
		return kr_null("karier_merit_evaluate", "employee");
	int rc = kr_check_date("date", date);
	if (rc)
		return rc;
	karier_merit *m = kr_malloc(sizeof *m);
	if (!m)
		return kr_fail(KARIER_ENOMEM, "karier_merit_evaluate: out of memory");
	kr_merit_fill(m, kr_policy_or_default(policy), e, pos, date, NULL);
	*out = m;
	return KARIER_OK;
}

void karier_merit_free(karier_merit *m) { kr_free(m); }

karier_merit *kr_merit_scratch(void) { return kr_malloc(sizeof(struct karier_merit)); }

int32_t karier_merit_score(const karier_merit *m) { return m ? m->score : 0; }
int32_t karier_merit_missing(const karier_merit *m) { return m ? m->missing : 0; }
int32_t karier_merit_kinerja_axis(const karier_merit *m) { return m ? m->kinerja_axis : 0; }
int32_t karier_merit_potensi_axis(const karier_merit *m) { return m ? m->potensi_axis : 0; }
int32_t karier_merit_potensi_score(const karier_merit *m) { return m ? m->potensi_score : -1; }
int32_t karier_merit_box(const karier_merit *m) { return m ? m->box : 0; }
int32_t karier_merit_talent_pool(const karier_merit *m) { return m ? m->krs : 0; }
int32_t karier_merit_talent_pool_unmet(const karier_merit *m) { return m ? m->krs_unmet : 0; }

static int check_component(const karier_merit *m, int32_t c, const char *fn)
{
	if (!m)
		return kr_null(fn, "merit");
	if (c < 1 || c > NC)
		return kr_fail(KARIER_ENOTFOUND, "component: %d is not a karier_merit_component 1..%d", c, NC);
	return KARIER_OK;
}

int karier_merit_component_get(int32_t *out_value, int32_t *out_weight, int32_t *out_applied, int32_t *out_share,
                               const karier_merit *m, int32_t c)
{
	int rc = check_component(m, c, "karier_merit_component_get");
	if (rc)
		return rc;
	if (out_value)
		*out_value = m->value[c];
	if (out_weight)
		*out_weight = m->weight[c];
	if (out_applied)
		*out_applied = m->applied[c];
	if (out_share)
		*out_share = m->share[c];
	return KARIER_OK;
}

int karier_merit_component_explain(char *buf, size_t size, const karier_merit *m, int32_t c, int32_t lang)
{
	if (!buf && size > 0)
		return kr_null("karier_merit_component_explain", "buf");
	int rc = check_component(m, c, "karier_merit_component_explain");
	if (rc)
		return rc;
	bool en = lang == KARIER_LANG_EN;
	char v[24], tmp[256];
	kr_fixed_text(v, sizeof v, m->value[c]);
	const char *pn = m->pend ? karier_code_name(KARIER_CODE_PENDIDIKAN, m->pend) : "-";
	const char *rn = m->req_pend ? karier_code_name(KARIER_CODE_PENDIDIKAN, m->req_pend) : "-";
	switch (c) {
	case KARIER_MERIT_KUALIFIKASI:
		if (m->value[c] < 0)
			return snprintf(buf, size, en ? "No data: education %s, requirement %s" : "Tidak ada data: pendidikan %s, syarat %s", pn, rn);
		return snprintf(buf, size, en ? "Education %s against the required %s: %s" : "Pendidikan %s, syarat %s: %s", pn, rn, v);
	case KARIER_MERIT_KOMPETENSI: {
		if (m->value[c] < 0)
			return snprintf(buf, size, "%s", en ? "No data: no competency standard or no assessed competency"
			                                    : "Tidak ada data: tidak ada standar kompetensi atau hasil asesmen");
		char j[24];
		kr_fixed_text(j, sizeof j, m->jpm);
		return snprintf(buf, size, en ? "Job-person match %s%% over %d standard competencies: %s"
		                              : "Job person match %s%% atas %d kompetensi standar: %s", j, m->n_standard, v);
	}
	case KARIER_MERIT_POTENSI:
		if (m->value[c] < 0)
			return snprintf(buf, size, "%s", en ? "No data: no potensi assessment" : "Tidak ada data: belum ada asesmen potensi");
		return snprintf(buf, size, en ? "Potensi assessment score: %s" : "Nilai asesmen potensi: %s", v);
	case KARIER_MERIT_KINERJA: {
		size_t n = 0;
		tmp[0] = '\0';
		for (int k = 0; k < 3; k++) {
			if (!m->kin_w[k])
				continue;
			const char *lab = m->kin_pred[k] ? karier_code_label(KARIER_CODE_PREDIKAT, m->kin_pred[k], lang)
			                                 : (en ? "missing" : "tidak ada");
			int w = snprintf(tmp + n, sizeof tmp - n, "%s%d %s (%s %d)", n ? ", " : "", m->kin_year[k], lab,
			                 en ? "weight" : "bobot", m->kin_w[k]);
			if (w < 0 || (size_t)w >= sizeof tmp - n)
				break;
			n += (size_t)w;
		}
		if (m->value[c] < 0)
			return snprintf(buf, size, en ? "No data: %s" : "Tidak ada data: %s", tmp);
		return snprintf(buf, size, "%s: %s", tmp, v);
	}
	default: {
		int32_t total = m->pen[1] + m->pen[2] + m->pen[3];
		if (!total)
			return snprintf(buf, size, en ? "No discipline penalty in the last %d years: %s"
			                              : "Tidak ada hukuman disiplin dalam %d tahun terakhir: %s", m->int_years, v);
		return snprintf(buf, size, en ? "Penalties in the last %d years: %d ringan, %d sedang, %d berat: %s"
		                              : "Hukuman disiplin dalam %d tahun terakhir: %d ringan, %d sedang, %d berat: %s",
		                m->int_years, m->pen[1], m->pen[2], m->pen[3], v);
	}
	}
}

const char *karier_talent_actions(int32_t kin, int32_t pot, int32_t lang)
{
	/* PermenPANRB 3/2020, by cell (rows bawah, sesuai, atas; columns rendah, menengah, tinggi) */
	static const char *const id[3][3] = {
		{"Penanganan sesuai ketentuan peraturan (proses disiplin atau kinerja)",
		 "Bimbingan kinerja; konseling; pengembangan kompetensi; penempatan yang sesuai",
		 "Penempatan yang sesuai; bimbingan kinerja; konseling kinerja"},
		{"Bimbingan kinerja; pengembangan kompetensi; penempatan yang sesuai",
		 "Penempatan yang sesuai; bimbingan kinerja; pengembangan kompetensi",
		 "Dipertahankan; masuk kelompok rencana suksesi instansi; rotasi atau perluasan jabatan; bimbingan kinerja"},
		{"Rotasi; pengembangan kompetensi",
		 "Dipertahankan; masuk kelompok rencana suksesi instansi; rotasi atau pengayaan jabatan; pengembangan kompetensi; tugas belajar",
		 "Dipromosikan dan dipertahankan; masuk kelompok rencana suksesi instansi atau nasional; penghargaan"},
	};
	static const char *const en[3][3] = {
		{"Handle under the applicable regulation (disciplinary or performance process)",
		 "Performance coaching; counselling; competency development; place in a suitable post",
		 "Place in a suitable post; performance coaching; performance counselling"},
		{"Performance coaching; competency development; place in a suitable post",
		 "Place in a suitable post; performance coaching; competency development",
		 "Retain; instansi talent pool; rotation or job enlargement; performance coaching"},
		{"Rotation; competency development",
		 "Retain; instansi talent pool; rotation or job enrichment; competency development; study assignment",
		 "Promote and retain; instansi or national talent pool; award"},
	};
	if (kin < 1 || kin > 3 || pot < 1 || pot > 3)
		return NULL;
	return lang == KARIER_LANG_EN ? en[kin - 1][pot - 1] : id[kin - 1][pot - 1];
}

/* ---- ranking ------------------------------------------------------------- */

struct kr_rank_key {
	int32_t eligible, index, score, kinerja, golongan, tmt_golongan, tmt_cpns;
	uint64_t nip; /* the 18 digits as a number: orders as the text does */
};

static int cmp_merit(const void *pa, const void *pb)
{
	const struct kr_rank_key *a = pa, *b = pb;
	if (a->eligible != b->eligible) /* the eligible first: one who may not be appointed never heads the list */
		return a->eligible > b->eligible ? -1 : 1;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->kinerja != b->kinerja)
		return a->kinerja > b->kinerja ? -1 : 1;
	if (a->golongan != b->golongan)
		return a->golongan > b->golongan ? -1 : 1;
	if (a->tmt_golongan != b->tmt_golongan)
		return a->tmt_golongan < b->tmt_golongan ? -1 : 1;
	if (a->tmt_cpns != b->tmt_cpns)
		return a->tmt_cpns < b->tmt_cpns ? -1 : 1;
	if (a->nip != b->nip)
		return a->nip < b->nip ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static int check_array(const karier_employee *const *employees, int32_t n, const char *fn)
{
	if (n < 0)
		return kr_fail(KARIER_EINVAL, "%s: n is %d", fn, n);
	if (n > 0 && !employees)
		return kr_null(fn, "employees");
	for (int32_t i = 0; i < n; i++)
		if (!employees[i])
			return kr_fail(KARIER_EINVAL, "%s: employees[%d] is NULL", fn, i);
	return KARIER_OK;
}

/* One chunk of a ranking: employees [lo, hi), of which it keeps the best `cap` keys: all of them in
 * arrival order when cap covers the chunk, else a heap whose root is the worst kept (cmp_merit's
 * last), replaced by any better. */
struct rank_chunk {
	int32_t lo, hi, cap, n;
	struct kr_rank_key *keys;
};

/* What a thread ranks its chunks with: the ranking's inputs, and its scratch decision, merit and
 * standards cache (the calling thread's allocation). */
struct rank_worker {
	const karier_policy *p;
	const karier_employee *const *e;
	const karier_position *pos;
	int32_t date, flags;
	struct rank_chunk *chunks;
	karier_decision *d;
	struct karier_merit *m;
	struct kr_std_cache *std;
};

static void sift_down(struct kr_rank_key *h, int32_t n, int32_t i)
{
	for (;;) {
		int32_t w = i, l = 2 * i + 1, r = l + 1;
		if (l < n && cmp_merit(&h[l], &h[w]) > 0)
			w = l;
		if (r < n && cmp_merit(&h[r], &h[w]) > 0)
			w = r;
		if (w == i)
			return;
		struct kr_rank_key t = h[i];
		h[i] = h[w];
		h[w] = t;
		i = w;
	}
}

static void sift_up(struct kr_rank_key *h, int32_t i)
{
	while (i > 0 && cmp_merit(&h[i], &h[(i - 1) / 2]) > 0) {
		struct kr_rank_key t = h[i];
		h[i] = h[(i - 1) / 2];
		h[(i - 1) / 2] = t;
		i = (i - 1) / 2;
	}
}

static void rank_chunk(void *arg, int32_t chunk)
{
	struct rank_worker *w = arg;
	struct rank_chunk *c = &w->chunks[chunk];
	bool all = c->cap >= c->hi - c->lo;
	for (int32_t i = c->lo; i < c->hi; i++) {
		const karier_employee *e = w->e[i];
		if (strcmp(kr_text(e, e->jabatan_code), w->pos->code) == 0)
			continue; /* the post's incumbent is not a candidate for it */
		kr_appointment_fill(w->d, w->p, e, w->pos, w->date, KARIER_ROUTE_DEFAULT);
		if (!w->d->eligible && (w->flags & KARIER_RANK_ELIGIBLE_ONLY))
			continue;
		kr_merit_fill(w->m, w->p, e, w->pos, w->date, w->std);
		struct kr_rank_key k = {w->d->eligible, i, w->m->score, w->m->value[KARIER_MERIT_KINERJA], e->golongan,
		                        e->tmt_golongan, e->tmt_cpns, kr_nip_number(e->nip)};
		if (all || c->n < c->cap) {
			c->keys[c->n++] = k;
			if (!all)
				sift_up(c->keys, c->n - 1);
		} else if (cmp_merit(&k, &c->keys[0]) < 0) { /* better than the worst kept */
			c->keys[0] = k;
			sift_down(c->keys, c->n, 0);
		}
	}
}

static int rank(int32_t *out_order, int32_t *out_count, int32_t *out_scores, int32_t *out_eligible,
                const karier_policy *policy, const karier_employee *const *employees, int32_t n, const karier_position *pos,
                int32_t date, int32_t flags, int32_t limit, int32_t threads, const char *fn)
{
	if (!out_order)
		return kr_null(fn, "out_order");
	if (!out_count)
		return kr_null(fn, "out_count");
	if (!pos)
		return kr_null(fn, "position");
	int rc = check_array(employees, n, fn);
	if (rc || (rc = kr_check_date("date", date)))
		return rc;
	if (flags & ~KARIER_RANK_ELIGIBLE_ONLY)
		return kr_fail(KARIER_EINVAL, "flags: 0x%x has unknown bits", (unsigned)flags);
	if (limit < 1)
		return kr_fail(KARIER_EINVAL, "%s: limit %d is not positive", fn, limit);
	if (threads < 1 || threads > KARIER_BATCH_MAX_THREADS)
		return kr_fail(KARIER_EINVAL, "%s: threads %d is outside 1..%d", fn, threads, KARIER_BATCH_MAX_THREADS);
	const karier_policy *p = kr_policy_or_default(policy);
	/* chunks taken in turn by the threads (kr_run_chunks), each keeping its best `limit` keys; every
	 * allocation here, on the calling thread: the chunks' keys side by side, a scratch merit and
	 * decision per thread (the decision's checks counted, not kept: eligibility is all a ranking
	 * needs) */
	int32_t nchunks = kr_chunks(n, threads), nworkers = kr_parts(nchunks, threads);
	struct rank_chunk *chunks = kr_calloc((size_t)nchunks, sizeof *chunks);
	struct rank_worker *workers = kr_calloc((size_t)nworkers, sizeof *workers);
	size_t total = 0; /* the keys the chunks keep */
	for (int32_t c = 0; chunks && c < nchunks; c++) {
		struct rank_chunk *r = &chunks[c];
		*r = (struct rank_chunk){kr_part_start(n, c, nchunks), kr_part_start(n, c + 1, nchunks), 0, 0, NULL};
		r->cap = r->hi - r->lo < limit ? r->hi - r->lo : limit;
		total += (size_t)r->cap;
	}
	struct kr_rank_key *keys = kr_malloc((total + 1) * sizeof *keys);
	bool ok = chunks && workers && keys;
	for (int32_t c = 0, at = 0; ok && c < nchunks; at += chunks[c++].cap)
		chunks[c].keys = keys + at;
	for (int32_t t = 0; ok && t < nworkers; t++) {
		struct rank_worker *w = &workers[t];
		*w = (struct rank_worker){p, employees, pos, date, flags, chunks, kr_malloc(sizeof *w->d), kr_merit_scratch(),
		                          kr_std_cache_new()};
		ok = w->d && w->m && w->std;
		if (ok)
			w->d->verdict_only = 1;
	}
	if (ok) {
		kr_run_chunks(rank_chunk, workers, sizeof *workers, nworkers, nchunks);
		/* the chunks' keys gathered to the front, in one order: the same list for any number of chunks */
		size_t k = 0;
		for (int32_t c = 0; c < nchunks; c++) {
			memmove(keys + k, chunks[c].keys, (size_t)chunks[c].n * sizeof *keys);
			k += (size_t)chunks[c].n;
		}
		qsort(keys, k, sizeof *keys, cmp_merit);
		int32_t out = k < (size_t)limit ? (int32_t)k : limit;
		for (int32_t i = 0; i < out; i++) {
			out_order[i] = keys[i].index;
			if (out_scores)
				out_scores[i] = keys[i].score;
			if (out_eligible)
				out_eligible[i] = keys[i].eligible;
		}
		*out_count = out;
	}
	for (int32_t t = 0; workers && t < nworkers; t++) {
		kr_free(workers[t].d);
		kr_free(workers[t].m);
		kr_free(workers[t].std);
	}
	kr_free(workers);
	kr_free(chunks);
	kr_free(keys);
	return ok ? KARIER_OK : kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
}

int karier_merit_rank(int32_t *out_order, int32_t *out_count, int32_t *out_scores, int32_t *out_eligible,
                      const karier_policy *policy, const karier_employee *const *employees, int32_t n,
                      const karier_position *pos, int32_t date, int32_t flags)
{
	return rank(out_order, out_count, out_scores, out_eligible, policy, employees, n, pos, date, flags, n > 0 ? n : 1, 1,
	            "karier_merit_rank");
}

int karier_merit_shortlist(int32_t *out_order, int32_t *out_count, int32_t *out_scores, int32_t *out_eligible,
                           const karier_policy *policy, const karier_employee *const *employees, int32_t n,
                           const karier_position *pos, int32_t date, int32_t flags, int32_t limit, int32_t threads)
{
	return rank(out_order, out_count, out_scores, out_eligible, policy, employees, n, pos, date, flags, limit, threads,
	            "karier_merit_shortlist");
}

struct kr_duk_key {
	int32_t index, pns, golongan, tmt_golongan, level, tmt_jabatan, tmt_cpns, pend, birth;
	uint64_t nip; /* as in kr_rank_key */
};

static int cmp_duk(const void *pa, const void *pb)
{
	const struct kr_duk_key *a = pa, *b = pb;
#define DESC(f) if (a->f != b->f) return a->f > b->f ? -1 : 1
#define ASC(f) if (a->f != b->f) return a->f < b->f ? -1 : 1
	DESC(pns);
	DESC(golongan);
	ASC(tmt_golongan);
	ASC(level);
	ASC(tmt_jabatan);
	ASC(tmt_cpns);
	DESC(pend);
	ASC(birth);
#undef DESC
#undef ASC
	if (a->nip != b->nip)
		return a->nip < b->nip ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

int karier_duk_rank(int32_t *out_order, const karier_employee *const *employees, int32_t n)
{
	static const char fn[] = "karier_duk_rank";
	if (!out_order)
		return kr_null(fn, "out_order");
	int rc = check_array(employees, n, fn);
	if (rc)
		return rc;
	struct kr_duk_key *keys = kr_malloc(((size_t)n + 1) * sizeof *keys);
	if (!keys)
		return kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
	for (int32_t i = 0; i < n; i++) {
		const karier_employee *e = employees[i];
		/* JPT utama 1 .. pengawas 5 (legacy eselon order); others after */
		int32_t level = e->jabatan >= KARIER_JAB_JPT_UTAMA && e->jabatan <= KARIER_JAB_PENGAWAS ? e->jabatan : 9;
		keys[i] = (struct kr_duk_key){i, e->status != KARIER_STATUS_PPPK, e->golongan, e->tmt_golongan ? e->tmt_golongan : INT32_MAX,
		                              level, e->tmt_jabatan ? e->tmt_jabatan : INT32_MAX, e->tmt_cpns,
		                              karier_pendidikan_rank(e->pendidikan), e->birth, kr_nip_number(e->nip)};
	}
	qsort(keys, (size_t)n, sizeof *keys, cmp_duk);
	for (int32_t i = 0; i < n; i++)
		out_order[i] = keys[i].index;
	kr_free(keys);
	return KARIER_OK;
}
