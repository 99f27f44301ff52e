/*
 * promotion.c - kenaikan pangkat, appointment into a jabatan, retirement.
 * Every rule value comes from the policy; every rule checked becomes a check
 * of the decision.  SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "decision.h"

#define FOREVER INT32_MAX
#define REF_POSITION (-2) /* the position's own requirement */

/* Setting ids by jabatan kind, jenjang and pendidikan (index = enum value). */
#define BY_KIND(f)                                                                                 \
	{-1, KR_JAB_JPT_UTAMA_##f, KR_JAB_JPT_MADYA_##f, KR_JAB_JPT_PRATAMA_##f, KR_JAB_ADMINISTRATOR_##f,  \
	 KR_JAB_PENGAWAS_##f, KR_JAB_PELAKSANA_##f, KR_JAB_FUNGSIONAL_KEAHLIAN_##f,                        \
	 KR_JAB_FUNGSIONAL_KETERAMPILAN_##f}
#define BY_PEND(f)                                                                                 \
	{-1, KR_PEND_SD_##f, KR_PEND_SLTP_##f, KR_PEND_SLTP_KEJURUAN_##f, KR_PEND_SLTA_##f, KR_PEND_D1_##f,  \
	 KR_PEND_D2_##f, KR_PEND_SGPLB_##f, KR_PEND_D3_##f, KR_PEND_S1_##f, KR_PEND_D4_##f, KR_PEND_S2_##f,   \
	 KR_PEND_DOKTER_##f, KR_PEND_APOTEKER_##f, KR_PEND_S3_##f}

static const int16_t kind_pend[] = BY_KIND(PEND), kind_pengalaman[] = BY_KIND(PENGALAMAN),
		     kind_sebelumnya[] = BY_KIND(SEBELUMNYA), kind_usia[] = BY_KIND(USIA),
		     kind_gol_min[] = BY_KIND(GOL_MIN), kind_pelatihan[] = BY_KIND(PELATIHAN),
		     kind_kinerja[] = BY_KIND(KINERJA), kind_jab_prior[] = BY_KIND(JAB_PRIOR),
		     kind_jen_prior[] = BY_KIND(JEN_PRIOR), kind_pppk[] = BY_KIND(PPPK);
static const int16_t kind_reguler[] = {-1, KR_KP_REG_JAB_JPT_UTAMA, KR_KP_REG_JAB_JPT_MADYA, KR_KP_REG_JAB_JPT_PRATAMA,
				       KR_KP_REG_JAB_ADMINISTRATOR, KR_KP_REG_JAB_PENGAWAS, KR_KP_REG_JAB_PELAKSANA,
				       KR_KP_REG_JAB_FUNGSIONAL_KEAHLIAN, KR_KP_REG_JAB_FUNGSIONAL_KETERAMPILAN};
static const int16_t kind_gol_lo[] = {-1, KR_JAB_JPT_UTAMA_GOL_LO, KR_JAB_JPT_MADYA_GOL_LO, KR_JAB_JPT_PRATAMA_GOL_LO,
				      KR_JAB_ADMINISTRATOR_GOL_LO, KR_JAB_PENGAWAS_GOL_LO, -1, -1, -1};
static const int16_t kind_gol_hi[] = {-1, KR_JAB_JPT_UTAMA_GOL_HI, KR_JAB_JPT_MADYA_GOL_HI, KR_JAB_JPT_PRATAMA_GOL_HI,
				      KR_JAB_ADMINISTRATOR_GOL_HI, KR_JAB_PENGAWAS_GOL_HI, -1, -1, -1};
static const int16_t jen_lo[] = BY_JENJANG(GOL_LO), jen_hi[] = BY_JENJANG(GOL_HI), jen_akk[] = BY_JENJANG(AKK_PANGKAT),
		     jen_koef[] = BY_JENJANG(KOEF), jen_akk_jenjang[] = BY_JENJANG(AKK_JENJANG),
		     jen_usia[] = BY_JENJANG(USIA), jen_bup[] = BY_JENJANG(BUP);
static const int16_t pend_plafon[] = BY_PEND(PLAFON), pend_ij_maks[] = BY_PEND(IJ_MAKS),
		     pend_ij_baru[] = BY_PEND(IJ_BARU);

int32_t kr_kind_pendidikan_min(const karier_policy *p, int32_t kind)
{
	return kind >= 1 && kind <= KARIER_JAB_COUNT ? (int32_t)kr_pol(p, (enum kr_setting_id)kind_pend[kind]) : 0;
}

static bool manajerial(int32_t kind) { return kind >= KARIER_JAB_JPT_UTAMA && kind <= KARIER_JAB_PENGAWAS; }
static bool fungsional(int32_t kind)
{
	return kind == KARIER_JAB_FUNGSIONAL_KEAHLIAN || kind == KARIER_JAB_FUNGSIONAL_KETERAMPILAN;
}
static int32_t max32(int32_t a, int32_t b) { return a > b ? a : b; }

/* ---- retirement ---------------------------------------------------------- */

static int32_t bup_of(const karier_policy *p, const karier_employee *e, const karier_position *pos)
{
	if (pos && (pos->req_set & (1u << KARIER_REQ_BUP)))
		return (int32_t)pos->req[KARIER_REQ_BUP];
	int32_t kind = pos ? pos->jabatan : e->jabatan, jen = pos ? pos->jenjang : e->jenjang;
	if (kind >= KARIER_JAB_JPT_UTAMA && kind <= KARIER_JAB_JPT_PRATAMA)
		return (int32_t)kr_pol(p, KR_BUP_JPT);
	if (kind >= KARIER_JAB_ADMINISTRATOR && kind <= KARIER_JAB_PELAKSANA)
		return (int32_t)kr_pol(p, KR_BUP_ADMINISTRASI);
	if (fungsional(kind) && jen >= 1 && jen <= KARIER_JENJANG_COUNT)
		return (int32_t)kr_pol(p, (enum kr_setting_id)jen_bup[jen]);
	return 0;
}

/* The first day of the month after the month the BUP age is reached. */
static int32_t retirement(int32_t birth, int32_t bup)
{
	/* the 1st of the birth month, bup years and one month on: the age is
	 * reached in the birth month, whatever the day */
	return kr_add_months(KR_Y(birth) * 10000 + KR_M(birth) * 100 + 1, bup * 12 + 1);
}

int karier_retirement_date(int32_t *out_date, int32_t *out_bup, const karier_policy *policy, const karier_employee *e,
                           const karier_position *pos)
{
	if (!e)
		return kr_null("karier_retirement_date", "employee");
	const karier_policy *p = kr_policy_or_default(policy);
	int32_t bup = bup_of(p, e, pos);
	if (!bup)
		return kr_fail(KARIER_ENOTFOUND, "jabatan: employee %s has no jabatan to take the retirement age from", e->nip);
	if (out_date)
		*out_date = retirement(e->birth, bup);
	if (out_bup)
		*out_bup = bup;
	return KARIER_OK;
}

/* ---- evaluation context -------------------------------------------------- */

struct ctx {
	const karier_policy *p;
	const karier_employee *e;
	karier_decision *d;
	const karier_position *pos; /* the current post (promotion) or the target (appointment); may be NULL */
	int32_t date, retire;
	int32_t jenis;       /* option being evaluated */
	bool ok, never;      /* all checks pass; a failure waiting cannot fix */
	bool monthly;        /* the option is exempt from period dates (pengabdian): any 1st of a month */
	bool promotion;      /* a kenaikan pangkat: a penundaan kenaikan pangkat moves its date */
	int32_t hold;        /* latest date from which a failing time-bound check holds */
	int32_t due;         /* the date the time-bound durations are met, however long ago (0 = none) */
	int32_t kin_from;    /* kin[y - kin_from]: the predikat of year y, for the 16 years before the date */
	uint8_t kin[16];
};

/* One pass over the kinerja records for the years the checks ask about. */
static void cache_kinerja(struct ctx *c)
{
	c->kin_from = KR_Y(c->date) - 16;
	memset(c->kin, 0, sizeof c->kin);
	for (const struct kr_record *r = kr_rec_begin(c->e, KR_REC_KINERJA), *re = kr_rec_end(c->e, KR_REC_KINERJA); r < re; r++)
		if (r->date >= c->kin_from && r->date < c->kin_from + 16)
			c->kin[r->date - c->kin_from] = r->a;
}

static int32_t kinerja_of(const struct ctx *c, int32_t y)
{
	return y >= c->kin_from && y < c->kin_from + 16 ? c->kin[y - c->kin_from] : karier_employee_kinerja(c->e, y);
}

/* One check; `ref2` is a further setting it rests on (-1 none), `asumsi` an
 * assumption about absent data or future years it makes. */
static void add2(struct ctx *c, int id, bool ok, bool wait, int rt, int64_t req, int at, int64_t act, int year, int ref,
                 int ref2, bool asumsi)
{
	karier_decision *d = c->d;
	const struct kr_check check = {(uint8_t)id, ok, (uint8_t)c->jenis, wait, (uint8_t)rt, (uint8_t)at,
	                               asumsi, (int16_t)year, (int16_t)ref, (int16_t)ref2, req, act};
	int32_t at_index = -1;
	if (d->verdict_only)
		d->n_failed += !ok;
	else if (d->n_check < KARIER_DECISION_MAX_CHECKS) { /* sized for the worst case, see decision.h */
		at_index = d->n_check;
		d->check[d->n_check++] = check;
	}
	if (!ok) {
		/* a candidate for the decisive reason: the first failure of its sort */
		int slot = kr_reason_sort(d, c->jenis, wait);
		if (!d->cand_id[slot]) {
			d->cand_id[slot] = id + 1;
			d->cand_at[slot] = at_index;
			if (d->verdict_only) /* kept for the batch's message: the decision keeps no checks */
				d->cand_check[slot] = check;
		}
		c->ok = false;
		if (!wait)
			c->never = true;
	}
}

static void add(struct ctx *c, int id, bool ok, bool wait, int rt, int64_t req, int at, int64_t act, int year, int ref)
{
	add2(c, id, ok, wait, rt, req, at, act, year, ref, -1, false);
}

static int64_t pol(const struct ctx *c, int id) { return kr_pol(c->p, (enum kr_setting_id)id); }

/* A time-bound minimum duration from `start`, in months. */
static void duration2(struct ctx *c, int id, int32_t start, int32_t months, int ref, int ref2)
{
	int32_t have = c->date >= start ? kr_months_between(start, c->date) : 0;
	bool ok = have >= months;
	add2(c, id, ok, true, KARIER_VALUE_MONTHS, months, KARIER_VALUE_MONTHS, have, 0, ref, ref2, false);
	int32_t met = kr_add_months(start, months);
	c->due = max32(c->due, met ? met : FOREVER);
	if (!ok)
		c->hold = max32(c->hold, met ? met : FOREVER);
}

static void duration(struct ctx *c, int id, int32_t start, int32_t months, int ref)
{
	duration2(c, id, start, months, ref, -1);
}

/*
 * Every one of the `n` assessment years before the date's year at least
 * `min`.  A year below it is a waiting matter: from the 1st of January of
 * year y + n + 1 it has left the window, and the later years, assumed to
 * meet the minimum (the check says so), take its place.  A missing year is
 * missing data, which waiting does not supply.  `min_ref` is the setting
 * of the minimum.
 */
static void kinerja(struct ctx *c, int id_ok, int id_missing, int32_t n, int32_t min, int ref, int min_ref)
{
	int32_t y0 = KR_Y(c->date), last_low = 0;
	for (int32_t y = y0 - n; y < y0; y++) {
		int32_t got = kinerja_of(c, y);
		if (!got)
			add2(c, id_missing, false, false, KARIER_VALUE_PREDIKAT, min, KARIER_VALUE_PREDIKAT, 0, y, ref, min_ref,
			     false);
		else {
			add2(c, id_ok, got >= min, true, KARIER_VALUE_PREDIKAT, min, KARIER_VALUE_PREDIKAT, got, y, ref, min_ref,
			     got < min);
			if (got < min)
				last_low = y;
		}
	}
	if (!last_low)
		return;
	/* years already assessed after the window count too: a low one keeps the wait going */
	for (const struct kr_record *r = kr_rec_begin(c->e, KR_REC_KINERJA), *re = kr_rec_end(c->e, KR_REC_KINERJA); r < re; r++)
		if (r->date >= y0 && r->a < min)
			last_low = max32(last_low, r->date);
	c->hold = max32(c->hold, (last_low + n + 1) * 10000 + 101);
}

/*
 * The day a penalty stops counting against this decision (exclusive); its
 * start when it blocks nothing.  A record without an end runs for the
 * policy's duration of its kind (of its level when the kind is unknown);
 * only a dismissal never ends.  For a kenaikan pangkat, a penundaan
 * kenaikan pangkat given while the employee holds the current golongan
 * moves the promotion due on or after its start by its months, counted from
 * that due date (PP 53/2010 Ps7(3)b, kept by PP 94/2021 Ps42).
 */
static int32_t penalty_end(const struct ctx *c, const struct kr_record *r)
{
	static const int blok[4] = {0, KR_DIS_RINGAN_BLOK, KR_DIS_SEDANG_BLOK, KR_DIS_BERAT_BLOK};
	static const int level_months[4] = {0, KR_DIS_RINGAN_BULAN, KR_DIS_SEDANG_BULAN, KR_DIS_BERAT_BULAN};
	static const int kind_months[KARIER_HUKUMAN_TURUN_PANGKAT + 1] = {
		-1, KR_DIS_JENIS_TEGURAN_LISAN_BULAN, KR_DIS_JENIS_TEGURAN_TERTULIS_BULAN,
		KR_DIS_JENIS_PERNYATAAN_TIDAK_PUAS_BULAN, KR_DIS_JENIS_POTONG_TUKIN_6_BULAN, KR_DIS_JENIS_POTONG_TUKIN_9_BULAN,
		KR_DIS_JENIS_POTONG_TUKIN_12_BULAN, KR_DIS_JENIS_TURUN_JABATAN_BULAN, KR_DIS_JENIS_BEBAS_JABATAN_BULAN, -1,
		KR_DIS_JENIS_TUNDA_KGB_BULAN, KR_DIS_JENIS_TUNDA_KP_BULAN, KR_DIS_JENIS_TURUN_PANGKAT_BULAN};
	if (!pol(c, blok[r->a]))
		return r->date;
	int32_t end = r->u.end;
	if (!end) {
		if (r->b == KARIER_HUKUMAN_PDH)
			return FOREVER;
		end = kr_add_months(r->date, (int32_t)pol(c, r->b ? kind_months[r->b] : level_months[r->a]));
	}
	if (c->promotion && r->b == KARIER_HUKUMAN_TUNDA_KP && r->date >= c->e->tmt_golongan) {
		int32_t due = kr_period_next(c->p, max32(r->date, c->due));
		int32_t moved = due ? kr_add_months(due, (int32_t)pol(c, KR_DIS_JENIS_TUNDA_KP_BULAN)) : 0;
		end = max32(end, moved ? moved : FOREVER);
	}
	return end ? end : FOREVER;
}

/* The first date >= t on which no blocking penalty is in effect (FOREVER if
 * none); *why, when not NULL, the record that moved it last. */
static int32_t discipline_free_from(const struct ctx *c, int32_t t, const struct kr_record **why)
{
	for (bool moved = true; moved && t != FOREVER;) {
		moved = false;
		for (const struct kr_record *r = kr_rec_begin(c->e, KR_REC_DISIPLIN), *re = kr_rec_end(c->e, KR_REC_DISIPLIN);
		     r < re; r++) {
			int32_t end = r->date <= t ? penalty_end(c, r) : 0;
			if (t < end) {
				t = end;
				moved = true;
				if (why)
					*why = r;
			}
		}
	}
	return t;
}

bool kr_disiplin_active(const karier_policy *p, const karier_employee *e, int32_t date)
{
	struct ctx c = {.p = p, .e = e, .date = date};
	return discipline_free_from(&c, date, NULL) != date;
}

static void discipline(struct ctx *c, int id, int id_forever)
{
	const struct kr_record *why = NULL;
	int32_t free_from = discipline_free_from(c, c->date, &why);
	if (free_from == c->date)
		add(c, id, true, true, KARIER_VALUE_NONE, 0, KARIER_VALUE_NONE, 0, 0, -1);
	else {
		/* the penalty named: its kind, or its level when the kind is not recorded */
		int rt = why->b ? KARIER_VALUE_HUKUMAN : KARIER_VALUE_DISIPLIN;
		int64_t req = why->b ? why->b : why->a;
		bool tunda = c->promotion && why->b == KARIER_HUKUMAN_TUNDA_KP;
		int ref = tunda ? KR_DIS_JENIS_TUNDA_KP_BULAN : -1;
		if (free_from == FOREVER)
			add(c, id_forever, false, false, rt, req, KARIER_VALUE_NONE, 0, 0, ref);
		else {
			add2(c, tunda ? CK_DISIPLIN_TUNDA : id, false, true, rt, req, KARIER_VALUE_DATE, free_from, 0, ref, -1,
			     !why->u.end);
			c->hold = max32(c->hold, free_from);
		}
	}
}

static void pensiun(struct ctx *c, int id)
{
	if (c->retire)
		add(c, id, c->date < c->retire, false, KARIER_VALUE_DATE, c->retire, KARIER_VALUE_DATE, c->date, 0, -1);
}

/* ---- kenaikan pangkat ---------------------------------------------------- */

static void begin(struct ctx *c, int32_t jenis, int32_t date)
{
	c->jenis = jenis;
	c->date = date;
	c->ok = true;
	c->never = false;
	c->monthly = jenis == KARIER_KP_PENGABDIAN;
	c->hold = date;
	c->due = 0;
}

/* The first 1st of a month on or after date. */
static int32_t month_start(int32_t date)
{
	return KR_D(date) == 1 ? date : kr_add_months(KR_Y(date) * 10000 + KR_M(date) * 100 + 1, 1);
}

/* The earliest period date on which the option's time-bound checks hold. */
static int32_t earliest_period(const struct ctx *c)
{
	int32_t x = c->hold;
	for (int i = 0; i < 64; i++) {
		x = discipline_free_from(c, x, NULL);
		if (x == FOREVER)
			return 0;
		int32_t cand = c->monthly ? month_start(x) : kr_period_next(c->p, x);
		if (!cand)
			return 0;
		if (discipline_free_from(c, cand, NULL) == cand)
			return c->retire && cand >= c->retire ? 0 : cand;
		x = cand;
	}
	return 0;
}

static void end_option(struct ctx *c, int32_t gol_baru)
{
	karier_decision *d = c->d;
	struct kr_option *o = &d->opt[d->n_opt++];
	o->jenis = c->jenis;
	o->tanggal = c->date;
	o->eligible = c->ok;
	o->gol_baru = gol_baru;
	o->paling_awal = c->ok ? c->date : c->never ? 0 : earliest_period(c);
}

/* The first kenaikan pangkat counts from TMT CPNS (PP 99/2000 Ps5): whenever
 * the golongan is still the one held since appointment (its TMT within
 * kp.golongan_pertama.batas_bulan_sejak_cpns of the TMT CPNS), whatever
 * education the employee holds now. */
static void masa_golongan(struct ctx *c, int32_t months, int ref)
{
	const karier_employee *e = c->e;
	bool first = e->tmt_cpns && e->tmt_cpns < e->tmt_golongan &&
	             e->tmt_golongan <= kr_add_months(e->tmt_cpns, (int32_t)pol(c, KR_KP_PERTAMA_BULAN));
	if (first)
		duration2(c, CK_MASA_GOLONGAN_CPNS, e->tmt_cpns, months, ref, KR_KP_PERTAMA_BULAN);
	else
		duration(c, CK_MASA_GOLONGAN, e->tmt_golongan, months, ref);
}

static bool not_top(struct ctx *c)
{
	bool ok = c->e->golongan < KARIER_GOL_IVE;
	add(c, CK_GOLONGAN_TERTINGGI, ok, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_GOLONGAN, c->e->golongan, 0, -1);
	return ok;
}

/* The leadership training of the highest level completed on or before the date (0 = none). */
static int32_t leadership_done(const karier_employee *e, int32_t date)
{
	int32_t best = 0;
	for (const struct kr_record *r = kr_rec_begin(e, KR_REC_PELATIHAN), *re = kr_rec_end(e, KR_REC_PELATIHAN); r < re; r++)
		if (r->a >= KARIER_PELATIHAN_PKP && r->a <= KARIER_PELATIHAN_PKN_I && r->date <= date && r->a > best)
			best = r->a;
	return best;
}

/* Ujian dinas for the step from the current golongan (PP 99/2000 Ps30-32):
 * tingkat I from II/d, tingkat II from III/d, whatever the kind of
 * promotion that takes the step; exempt by education, or counted as passed
 * through the leadership training the policy names. */
static void ujian_dinas(struct ctx *c)
{
	static const struct {
		int dari, bebas, latih, id, id_bebas, id_latih, level;
	} ujian[2] = {{KR_KP_UD1_DARI, KR_KP_UD1_BEBAS, KR_KP_UD1_LATIH, CK_UJIAN_I, CK_UJIAN_I_BEBAS, CK_UJIAN_I_LATIH,
	               KARIER_UJIAN_DINAS_I},
	              {KR_KP_UD2_DARI, KR_KP_UD2_BEBAS, KR_KP_UD2_LATIH, CK_UJIAN_II, CK_UJIAN_II_BEBAS, CK_UJIAN_II_LATIH,
	               KARIER_UJIAN_DINAS_II}};
	const karier_employee *e = c->e;
	for (int i = 0; i < 2; i++) {
		if (!pol(c, ujian[i].dari) || e->golongan != pol(c, ujian[i].dari))
			continue;
		int32_t bebas = (int32_t)pol(c, ujian[i].bebas), latih = (int32_t)pol(c, ujian[i].latih);
		int32_t done = latih ? leadership_done(e, c->date) : 0;
		if (bebas && e->pendidikan && karier_pendidikan_rank(e->pendidikan) >= karier_pendidikan_rank(bebas))
			add(c, ujian[i].id_bebas, true, false, KARIER_VALUE_PENDIDIKAN, bebas, KARIER_VALUE_PENDIDIKAN, e->pendidikan,
			    0, ujian[i].bebas);
		else if (e->ujian_dinas < ujian[i].level && latih && done >= latih)
			add(c, ujian[i].id_latih, true, false, KARIER_VALUE_PELATIHAN, latih, KARIER_VALUE_PELATIHAN, done, 0,
			    ujian[i].latih);
		else
			add(c, ujian[i].id, e->ujian_dinas >= ujian[i].level, false, KARIER_VALUE_UJIAN_DINAS, ujian[i].level,
			    KARIER_VALUE_UJIAN_DINAS, e->ujian_dinas, 0, ujian[i].dari);
	}
}

static void kinerja_min(struct ctx *c, int32_t n, int ref)
{
	kinerja(c, CK_KINERJA, CK_KINERJA_MISSING, n, (int32_t)pol(c, KR_KIN_PREDIKAT_MIN), ref, KR_KIN_PREDIKAT_MIN);
}

static void option_reguler(struct ctx *c)
{
	const karier_employee *e = c->e;
	int32_t kind = e->jabatan, gol = e->golongan;
	begin(c, KARIER_KP_REGULER, c->date);
	bool takes = pol(c, kind_reguler[kind]) != 0;
	if (!takes && manajerial(kind) && pol(c, KR_KP_REG_PUNCAK) && gol >= pol(c, kind_gol_hi[kind]))
		takes = true; /* Ps34: at the top of the post's range */
	add(c, CK_REG_JABATAN, takes, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_JABATAN, kind, 0, kind_reguler[kind]);
	masa_golongan(c, (int32_t)pol(c, KR_KP_REG_MASA) * 12, KR_KP_REG_MASA);
	kinerja_min(c, (int32_t)pol(c, KR_KP_REG_KINERJA), KR_KP_REG_KINERJA);
	if (not_top(c)) {
		if (!e->pendidikan)
			add(c, CK_DATA_PENDIDIKAN, false, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_NONE, 0, 0, -1);
		else {
			int32_t plafon = (int32_t)pol(c, pend_plafon[e->pendidikan]);
			add(c, CK_PLAFON, gol + 1 <= plafon, false, KARIER_VALUE_GOLONGAN, plafon, KARIER_VALUE_GOLONGAN, gol + 1, 0,
			    pend_plafon[e->pendidikan]);
		}
	}
	ujian_dinas(c);
	discipline(c, CK_DISIPLIN, CK_DISIPLIN_TETAP);
	pensiun(c, CK_PENSIUN);
	end_option(c, gol < KARIER_GOL_IVE ? gol + 1 : 0);
}

static void range_check(struct ctx *c, int id, int lo_id, int hi_id, int32_t target)
{
	int32_t lo = lo_id >= 0 ? (int32_t)pol(c, lo_id) : 0, hi = hi_id >= 0 ? (int32_t)pol(c, hi_id) : 0;
	add(c, id, lo && hi && target >= lo && target <= hi, false, KARIER_VALUE_GOLONGAN_RANGE, lo * 100 + hi,
	    KARIER_VALUE_GOLONGAN, target, 0, lo_id);
}

static void option_struktural(struct ctx *c)
{
	const karier_employee *e = c->e;
	begin(c, KARIER_KP_PILIHAN_STRUKTURAL, c->date);
	masa_golongan(c, (int32_t)pol(c, KR_KP_STRUK_MASA) * 12, KR_KP_STRUK_MASA);
	duration(c, CK_MASA_JABATAN, e->tmt_jabatan, (int32_t)pol(c, KR_KP_STRUK_JABATAN) * 12, KR_KP_STRUK_JABATAN);
	kinerja_min(c, (int32_t)pol(c, KR_KP_STRUK_KINERJA), KR_KP_STRUK_KINERJA);
	if (not_top(c))
		range_check(c, CK_RENTANG_JABATAN, kind_gol_lo[e->jabatan], kind_gol_hi[e->jabatan], e->golongan + 1);
	ujian_dinas(c);
	discipline(c, CK_DISIPLIN, CK_DISIPLIN_TETAP);
	pensiun(c, CK_PENSIUN);
	end_option(c, e->golongan < KARIER_GOL_IVE ? e->golongan + 1 : 0);
}

/*
 * The angka kredit a pangkat step in the jenjang needs (PermenPANRB 1/2023).
 * A shortfall is a waiting matter: each year earns the jenjang's koefisien
 * times the conversion of a Baik predikat (the check assumes later years are
 * Baik and says so), counted in whole months from the date.
 */
static void angka_kredit(struct ctx *c)
{
	const karier_employee *e = c->e;
	if (e->angka_kredit < 0) {
		add(c, CK_DATA_ANGKA_KREDIT, false, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_NONE, 0, 0, -1);
		return;
	}
	int64_t need = pol(c, jen_akk[e->jenjang]), per_year = pol(c, jen_koef[e->jenjang]) * pol(c, KR_AK_B) / 100;
	bool ok = e->angka_kredit >= need;
	add2(c, CK_ANGKA_KREDIT, ok, per_year > 0, KARIER_VALUE_FIXED, need, KARIER_VALUE_FIXED, e->angka_kredit, 0,
	     jen_akk[e->jenjang], jen_koef[e->jenjang], !ok && per_year > 0);
	if (!ok && per_year > 0) {
		int64_t months = ((need - e->angka_kredit) * 12 + per_year - 1) / per_year;
		int32_t at = months < 1200 ? kr_add_months(c->date, (int32_t)months) : 0;
		c->hold = max32(c->hold, at ? at : FOREVER);
	}
}

static void option_fungsional(struct ctx *c)
{
	const karier_employee *e = c->e;
	begin(c, KARIER_KP_PILIHAN_FUNGSIONAL, c->date);
	masa_golongan(c, (int32_t)pol(c, KR_KP_FUNG_MASA) * 12, KR_KP_FUNG_MASA);
	kinerja_min(c, (int32_t)pol(c, KR_KP_FUNG_KINERJA), KR_KP_FUNG_KINERJA);
	angka_kredit(c);
	if (not_top(c))
		range_check(c, CK_RENTANG_JENJANG, jen_lo[e->jenjang], jen_hi[e->jenjang], e->golongan + 1);
	discipline(c, CK_DISIPLIN, CK_DISIPLIN_TETAP);
	pensiun(c, CK_PENSIUN);
	end_option(c, e->golongan < KARIER_GOL_IVE ? e->golongan + 1 : 0);
}

/* Penyesuaian ijazah (PP 99/2000 Ps18 as amended by PP 12/2002): the jump
 * the diploma gives, the ujian penyesuaian kenaikan pangkat, a diploma that
 * fits the post, and inside a jabatan fungsional the angka kredit and the
 * jenjang's golongan range. */
static void option_ijazah(struct ctx *c)
{
	const karier_employee *e = c->e;
	int32_t nb = e->pendidikan_baru, maks = (int32_t)pol(c, pend_ij_maks[nb]), baru = (int32_t)pol(c, pend_ij_baru[nb]);
	begin(c, KARIER_KP_PILIHAN_IJAZAH, c->date);
	if (!maks || !baru)
		add(c, CK_IJAZAH_TIDAK_ADA, false, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_PENDIDIKAN, nb, 0, pend_ij_maks[nb]);
	else
		add(c, CK_IJAZAH, e->golongan <= maks && baru > e->golongan, false, KARIER_VALUE_GOLONGAN, maks,
		    KARIER_VALUE_GOLONGAN, e->golongan, 0, pend_ij_maks[nb]);
	if (pol(c, KR_KP_IJ_UJIAN)) {
		if (!e->ujian_penyesuaian)
			add(c, CK_IJAZAH_UJIAN_DATA, false, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_NONE, 0, 0, KR_KP_IJ_UJIAN);
		else
			add(c, CK_IJAZAH_UJIAN, e->ujian_penyesuaian <= c->date, true, KARIER_VALUE_DATE, c->date, KARIER_VALUE_DATE,
			    e->ujian_penyesuaian, 0, KR_KP_IJ_UJIAN);
		if (e->ujian_penyesuaian > c->date)
			c->hold = max32(c->hold, e->ujian_penyesuaian);
	}
	if (c->pos && c->pos->pend_ok)
		add(c, CK_IJAZAH_SESUAI, (c->pos->pend_ok >> nb) & 1, false, KARIER_VALUE_PENDIDIKAN, nb,
		    KARIER_VALUE_PENDIDIKAN, nb, 0, -1);
	else /* nothing to compare with: said, not assumed silently */
		add2(c, CK_IJAZAH_SESUAI_DATA, true, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_PENDIDIKAN, nb, 0, -1, -1, true);
	masa_golongan(c, (int32_t)pol(c, KR_KP_IJ_MASA) * 12, KR_KP_IJ_MASA);
	kinerja_min(c, (int32_t)pol(c, KR_KP_IJ_KINERJA), KR_KP_IJ_KINERJA);
	if (fungsional(e->jabatan) && e->jenjang) {
		angka_kredit(c);
		if (baru)
			range_check(c, CK_RENTANG_JENJANG, jen_lo[e->jenjang], jen_hi[e->jenjang], baru);
	}
	discipline(c, CK_DISIPLIN, CK_DISIPLIN_TETAP);
	pensiun(c, CK_PENSIUN);
	end_option(c, c->ok ? baru : (baru > e->golongan ? baru : 0));
}

static void option_prestasi(struct ctx *c)
{
	const karier_employee *e = c->e;
	begin(c, KARIER_KP_PILIHAN_PRESTASI, c->date);
	add(c, CK_PRESTASI, e->prestasi != 0, false, KARIER_VALUE_BOOL, 1, KARIER_VALUE_BOOL, e->prestasi, 0, -1);
	masa_golongan(c, (int32_t)pol(c, KR_KP_PRES_MASA) * 12, KR_KP_PRES_MASA);
	kinerja(c, CK_KINERJA, CK_KINERJA_MISSING, (int32_t)pol(c, KR_KP_PRES_KINERJA), (int32_t)pol(c, KR_KP_PRES_PREDIKAT),
	        KR_KP_PRES_KINERJA, KR_KP_PRES_PREDIKAT);
	not_top(c);
	discipline(c, CK_DISIPLIN, CK_DISIPLIN_TETAP);
	pensiun(c, CK_PENSIUN);
	end_option(c, e->golongan < KARIER_GOL_IVE ? e->golongan + 1 : 0);
}

/* Pengabdian (PP 99/2000 Ps27), on the 1st of a month: exempt from the
 * period dates (Peraturan BKN 4/2023 Ps2; kept by Peraturan BKN 4/2025). */
static void option_pengabdian(struct ctx *c, int32_t date)
{
	static const int mk[4] = {KR_KP_ABDI_MK_1, KR_KP_ABDI_MK_2, KR_KP_ABDI_MK_3, KR_KP_ABDI_MK_4};
	static const int bulan[4] = {KR_KP_ABDI_BULAN_1, KR_KP_ABDI_BULAN_2, KR_KP_ABDI_BULAN_3, KR_KP_ABDI_BULAN_4};
	const karier_employee *e = c->e;
	begin(c, KARIER_KP_PENGABDIAN, date);
	int32_t service = kr_months_between(e->tmt_cpns, c->date);
	int row = -1, lowest = -1;
	for (int i = 0; i < 4; i++) { /* the row with the largest threshold reached */
		int64_t th = pol(c, mk[i]);
		if (service >= th * 12 && (row < 0 || th > pol(c, mk[row])))
			row = i;
		if (lowest < 0 || th < pol(c, mk[lowest]))
			lowest = i;
	}
	int r = row >= 0 ? row : lowest;
	add(c, CK_MASA_KERJA, row >= 0, false, KARIER_VALUE_YEARS, pol(c, mk[r]), KARIER_VALUE_MONTHS, service, 0, mk[r]);
	if (row >= 0)
		masa_golongan(c, (int32_t)pol(c, bulan[row]), bulan[row]);
	kinerja_min(c, (int32_t)pol(c, KR_KP_ABDI_KINERJA), KR_KP_ABDI_KINERJA);
	int32_t berat = 0;
	for (const struct kr_record *x = kr_rec_begin(e, KR_REC_DISIPLIN), *xe = kr_rec_end(e, KR_REC_DISIPLIN); x < xe; x++)
		berat += x->a == KARIER_DISIPLIN_BERAT;
	add(c, CK_PERNAH_BERAT, berat == 0, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_INT, berat, 0, -1);
	not_top(c);
	discipline(c, CK_DISIPLIN, CK_DISIPLIN_TETAP);
	pensiun(c, CK_PENSIUN);
	end_option(c, e->golongan < KARIER_GOL_IVE ? e->golongan + 1 : 0);
}

/* The kind of promotion the employee's post takes: pilihan fungsional in a JF,
 * pilihan struktural in a manajerial post, reguler otherwise. */
static int32_t own_kind(const karier_employee *e)
{
	return fungsional(e->jabatan) ? KARIER_KP_PILIHAN_FUNGSIONAL
	       : manajerial(e->jabatan) ? KARIER_KP_PILIHAN_STRUKTURAL
	                                : KARIER_KP_REGULER;
}

/* Reset the decisive-reason candidates before a decision fills. */
static void reason_begin(karier_decision *d, int32_t kind)
{
	d->own_kind = kind;
	for (int i = 0; i < 3; i++) {
		d->cand_id[i] = 0;
		d->cand_at[i] = -1;
	}
	d->reason_id = 0;
	d->reason_at = -1;
}

/*
 * The one check that explains a refusal, the same for every surface (single
 * decision, batch, command, bindings): among the failing checks, those shared
 * by every kind and those of the employee's own route first; of those, when
 * waiting gives an earliest date the first that waiting fixes (what holds the
 * employee back until then), otherwise the first it cannot fix (the real
 * obstacle); failing those, the first failure of any other option.
 */
static void reason_end(karier_decision *d)
{
	if (d->eligible)
		return;
	int best = -1; /* the candidate of the first place (kr_reason_place) */
	for (int slot = 0; slot < 3; slot++)
		if (d->cand_id[slot] && (best < 0 || kr_reason_place(d, slot) < kr_reason_place(d, best)))
			best = slot;
	if (best < 0)
		return;
	d->reason_id = d->cand_id[best];
	d->reason_at = d->cand_at[best];
	if (d->verdict_only)
		d->reason_check = d->cand_check[best];
}

static int new_decision(karier_decision **d, const char *fn)
{
	*d = kr_malloc(sizeof **d); /* the fill functions reset the header; checks are written as they fill */
	if (*d)
		(*d)->verdict_only = 0;
	return *d ? KARIER_OK : kr_fail(KARIER_ENOMEM, "%s: out of memory", fn);
}

int karier_promotion_evaluate(karier_decision **out, const karier_policy *policy, const karier_employee *e,
                              const karier_position *current, int32_t date)
{
	static const char fn[] = "karier_promotion_evaluate";
	if (!out)
		return kr_null(fn, "out");
	if (!e)
		return kr_null(fn, "employee");
	int rc = kr_check_date("date", date);
	if (rc)
		return rc;
	const karier_policy *p = kr_policy_or_default(policy);
	int32_t t = kr_period_next(p, date);
	if (!t)
		return kr_fail(KARIER_ERANGE, "date: no kenaikan pangkat period on or after %d", date);
	karier_decision *d;
	if ((rc = new_decision(&d, fn)))
		return rc;
	kr_promotion_fill(d, p, e, current, date, t);
	*out = d;
	return KARIER_OK;
}

void kr_promotion_fill(karier_decision *d, const karier_policy *p, const karier_employee *e,
                       const karier_position *current, int32_t date, int32_t t)
{
	/* the checks array is written as it fills, so only the header is reset */
	int32_t verdict_only = d->verdict_only;
	memset(d, 0, offsetof(struct karier_decision, check));
	d->verdict_only = verdict_only;
	reason_begin(d, own_kind(e));
	d->kind = KARIER_DECISION_PROMOTION;
	d->tanggal = t;
	int32_t bup = bup_of(p, e, current);
	d->pensiun = bup ? retirement(e->birth, bup) : 0;
	struct ctx c = {.p = p, .e = e, .d = d, .pos = current, .date = t, .retire = d->pensiun, .promotion = true};
	cache_kinerja(&c);

	/* Checks every kind shares. */
	begin(&c, KARIER_KP_NONE, t);
	add(&c, CK_STATUS, e->status == KARIER_STATUS_PNS, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_STATUS, e->status, 0, -1);
	if (e->status != KARIER_STATUS_PPPK)
		add(&c, CK_DATA_GOLONGAN, e->golongan && e->tmt_golongan, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_NONE, 0, 0, -1);
	add(&c, CK_DATA_JABATAN, e->jabatan != 0, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_NONE, 0, 0, -1);

	if (c.ok) {
		option_reguler(&c);
		if (manajerial(e->jabatan))
			option_struktural(&c);
		if (fungsional(e->jabatan))
			option_fungsional(&c);
		if (e->pendidikan_baru)
			option_ijazah(&c);
		if (e->prestasi)
			option_prestasi(&c);
		int32_t window = (int32_t)pol(&c, KR_KP_ABDI_BULAN_PENSIUN), abdi = month_start(date);
		if (c.retire && abdi >= kr_add_months(c.retire, -window) && abdi < c.retire)
			option_pengabdian(&c, abdi);
	}
	int32_t best = -1, soonest = 0;
	for (int32_t i = 0; i < d->n_opt; i++) {
		const struct kr_option *o = &d->opt[i];
		if (o->eligible && (best < 0 || o->gol_baru > d->opt[best].gol_baru))
			best = i;
		if (o->paling_awal && (!soonest || o->paling_awal < soonest))
			soonest = o->paling_awal;
	}
	if (best >= 0) {
		d->eligible = 1;
		d->jenis = d->opt[best].jenis;
		d->gol_baru = d->opt[best].gol_baru;
		d->tanggal = d->paling_awal = d->opt[best].tanggal;
	} else {
		d->paling_awal = soonest;
	}
	reason_end(d);
}

/* ---- appointment --------------------------------------------------------- */

/* The position's own requirement, or the policy's value for its kind. */
static int64_t requirement(const struct ctx *c, const karier_position *pos, int req, int setting, int *ref)
{
	if (pos->req_set & (1u << req)) {
		*ref = REF_POSITION;
		return pos->req[req];
	}
	*ref = setting;
	return setting >= 0 ? pol(c, setting) : 0;
}

/* Months spent in past posts that count as the required prior post, up to the
 * date; *current_counts tells whether the current post counts as well. */
static int32_t prior_months(const struct ctx *c, int64_t jab_mask, int64_t jen_mask, bool *current_counts)
{
	const karier_employee *e = c->e;
	int32_t total = 0;
	for (const struct kr_record *r = kr_rec_begin(e, KR_REC_JABATAN), *re = kr_rec_end(e, KR_REC_JABATAN); r < re; r++) {
		bool match = (r->b ? (jen_mask >> (r->b - 1)) & 1 : (jab_mask >> (r->a - 1)) & 1) != 0;
		if (match && r->date < c->date)
			total += kr_months_between(r->date, r->u.end < c->date ? r->u.end : c->date);
	}
	*current_counts = e->jabatan && (e->jenjang ? (jen_mask >> (e->jenjang - 1)) & 1 : (jab_mask >> (e->jabatan - 1)) & 1);
	return total;
}

static int32_t age_at(int32_t birth, int32_t date) { return date >= birth ? kr_months_between(birth, date) / 12 : 0; }

int karier_appointment_evaluate(karier_decision **out, const karier_policy *policy, const karier_employee *e,
                                const karier_position *pos, int32_t date, int32_t route)
{
	static const char fn[] = "karier_appointment_evaluate";
	if (!out)
		return kr_null(fn, "out");
	if (!e)
		return kr_null(fn, "employee");
	if (!pos)
		return kr_null(fn, "target");
	int rc = kr_check_date("date", date);
	if (rc)
		return rc;
	int32_t kind = pos->jabatan;
	if (route < KARIER_ROUTE_DEFAULT || route > KARIER_ROUTE_PERPINDAHAN)
		return kr_fail(KARIER_EINVAL, "route: %d is not a karier_route", route);
	if (route != KARIER_ROUTE_DEFAULT && !fungsional(kind))
		return kr_fail(KARIER_EINVAL, "route: %d applies to jabatan fungsional only, not %s", route,
		               karier_code_name(KARIER_CODE_JABATAN, kind));
	karier_decision *d;
	if ((rc = new_decision(&d, fn)))
		return rc;
	kr_appointment_fill(d, kr_policy_or_default(policy), e, pos, date, route);
	*out = d;
	return KARIER_OK;
}

void kr_appointment_fill(karier_decision *d, const karier_policy *p, const karier_employee *e, const karier_position *pos,
                         int32_t date, int32_t route)
{
	int32_t kind = pos->jabatan, jen = pos->jenjang;
	bool pertama = route == KARIER_ROUTE_PERTAMA;
	int32_t verdict_only = d->verdict_only;
	memset(d, 0, offsetof(struct karier_decision, check));
	d->verdict_only = verdict_only;
	reason_begin(d, KARIER_KP_NONE);
	d->kind = KARIER_DECISION_APPOINTMENT;
	d->tanggal = date;
	memcpy(d->target, pos->code, sizeof d->target);
	d->pensiun = retirement(e->birth, bup_of(p, e, pos));
	struct ctx c = {.p = p, .e = e, .d = d, .pos = pos, .date = date, .retire = d->pensiun};
	cache_kinerja(&c);
	begin(&c, KARIER_KP_NONE, date);
	int ref;

	/* a PNS; a PPPK only in the kinds of post the policy opens to PPPK (PP 49/2018, Perpres 38/2020) */
	bool pppk = e->status == KARIER_STATUS_PPPK;
	add(&c, CK_J_STATUS, e->status == KARIER_STATUS_PNS || (pppk && pol(&c, kind_pppk[kind])), false, KARIER_VALUE_NONE, 0,
	    KARIER_VALUE_STATUS, e->status, 0, pppk ? kind_pppk[kind] : -1);

	int32_t pend = (int32_t)requirement(&c, pos, KARIER_REQ_MIN_PENDIDIKAN, kind_pend[kind], &ref);
	if (pend) {
		if (!e->pendidikan)
			add(&c, CK_DATA_PENDIDIKAN, false, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_NONE, 0, 0, -1);
		else
			add(&c, CK_J_PENDIDIKAN, karier_pendidikan_rank(e->pendidikan) >= karier_pendidikan_rank(pend), false,
			    KARIER_VALUE_PENDIDIKAN, pend, KARIER_VALUE_PENDIDIKAN, e->pendidikan, 0, ref);
	}

	int32_t years = pertama ? 0 : (int32_t)requirement(&c, pos, KARIER_REQ_PENGALAMAN, kind_pengalaman[kind], &ref);
	if (years)
		duration(&c, CK_J_PENGALAMAN, e->tmt_cpns, years * 12, ref);

	years = (int32_t)requirement(&c, pos, KARIER_REQ_MASA_JABATAN_SEBELUMNYA, kind_sebelumnya[kind], &ref);
	if (years) {
		bool accruing;
		int32_t past = prior_months(&c, pol(&c, kind_jab_prior[kind]), pol(&c, kind_jen_prior[kind]), &accruing);
		accruing = accruing && e->tmt_jabatan <= date;
		int32_t have = past + (accruing ? kr_months_between(e->tmt_jabatan, date) : 0);
		bool ok = have >= years * 12;
		add(&c, CK_J_SEBELUMNYA, ok, accruing, KARIER_VALUE_MONTHS, years * 12, KARIER_VALUE_MONTHS, have, 0, ref);
		if (!ok && accruing) /* the current post completes what past posts left */
			c.hold = max32(c.hold, kr_add_months(e->tmt_jabatan, years * 12 - past));
	}

	int32_t n = (int32_t)requirement(&c, pos, KARIER_REQ_TAHUN_KINERJA,
	                                 pertama ? KR_JAB_JF_PERTAMA_KINERJA : kind_kinerja[kind], &ref);
	kinerja(&c, CK_J_KINERJA, CK_J_KINERJA_MISSING, n, (int32_t)pol(&c, KR_KIN_PREDIKAT_MIN), ref, KR_KIN_PREDIKAT_MIN);

	int32_t usia = (int32_t)requirement(&c, pos, KARIER_REQ_MAX_USIA,
	                                    fungsional(kind) ? (pertama ? -1 : jen_usia[jen]) : kind_usia[kind], &ref);
	if (usia) {
		int32_t age = age_at(e->birth, date);
		add(&c, CK_J_USIA, age <= usia, false, KARIER_VALUE_YEARS, usia, KARIER_VALUE_YEARS, age, 0, ref);
	}

	int32_t gol_min = (int32_t)requirement(&c, pos, KARIER_REQ_MIN_GOLONGAN, kind_gol_min[kind], &ref);
	bool pns_gol = e->status != KARIER_STATUS_PPPK;
	if ((gol_min || fungsional(kind)) && pns_gol && !e->golongan)
		add(&c, CK_DATA_GOLONGAN, false, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_NONE, 0, 0, -1);
	else if (pns_gol) {
		if (gol_min)
			add(&c, CK_J_GOLONGAN, e->golongan >= gol_min, false, KARIER_VALUE_GOLONGAN, gol_min, KARIER_VALUE_GOLONGAN,
			    e->golongan, 0, ref);
		if (fungsional(kind))
			range_check(&c, CK_J_RENTANG, jen_lo[jen], jen_hi[jen], e->golongan);
	}

	int32_t lat = (int32_t)requirement(&c, pos, KARIER_REQ_PELATIHAN, kind_pelatihan[kind], &ref);
	if (lat) {
		/* done by the date; or, where the policy allows it, within months after the appointment */
		int32_t best = leadership_done(e, date), after = (int32_t)pol(&c, KR_JAB_PELATIHAN_SETELAH);
		if (best >= lat || !after)
			add(&c, CK_J_PELATIHAN, best >= lat, false, KARIER_VALUE_PELATIHAN, lat, KARIER_VALUE_PELATIHAN, best, 0, ref);
		else
			add2(&c, CK_J_PELATIHAN_SETELAH, true, false, KARIER_VALUE_PELATIHAN, lat, KARIER_VALUE_MONTHS, after, 0,
			     KR_JAB_PELATIHAN_SETELAH, ref, false);
	}

	/* kenaikan jenjang within one JF: the angka kredit of the jenjang step (PermenPANRB 1/2023; Peraturan BKN 3/2023) */
	if (fungsional(kind) && e->jabatan == kind && e->jenjang && jen == e->jenjang + 1 &&
	    karier_jenjang_jabatan(jen) == karier_jenjang_jabatan(e->jenjang) && pol(&c, jen_akk_jenjang[e->jenjang])) {
		int64_t need = pol(&c, jen_akk_jenjang[e->jenjang]);
		if (e->angka_kredit < 0)
			add(&c, CK_J_DATA_ANGKA_KREDIT, false, false, KARIER_VALUE_NONE, 0, KARIER_VALUE_NONE, 0, 0, -1);
		else
			add(&c, CK_J_AK_JENJANG, e->angka_kredit >= need, false, KARIER_VALUE_FIXED, need, KARIER_VALUE_FIXED,
			    e->angka_kredit, 0, jen_akk_jenjang[e->jenjang]);
	}

	discipline(&c, CK_J_DISIPLIN, CK_J_DISIPLIN_TETAP);
	pensiun(&c, CK_J_PENSIUN);

	d->eligible = c.ok;
	if (c.ok)
		d->paling_awal = date;
	else if (!c.never) {
		int32_t x = discipline_free_from(&c, c.hold, NULL);
		/* later dates must still meet the age limit and precede retirement */
		bool fits = x != FOREVER && discipline_free_from(&c, x, NULL) == x && (!usia || age_at(e->birth, x) <= usia) &&
		            (!c.retire || x < c.retire);
		d->paling_awal = fits ? x : 0;
	}
	reason_end(d);
}
