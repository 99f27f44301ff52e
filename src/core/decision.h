/* decision.h - the decision object shared by the engines; never installed. SPDX-License-Identifier: MIT */
#ifndef KR_DECISION_H
#define KR_DECISION_H

#include "internal.h"

/* Every rule the engines check.  The code string (decision.c) is stable. */
enum kr_check_id {
	CK_STATUS,
	CK_DATA_GOLONGAN,
	CK_DATA_PENDIDIKAN,
	CK_DATA_JABATAN,
	CK_DATA_ANGKA_KREDIT,
	CK_REG_JABATAN,
	CK_MASA_GOLONGAN,
	CK_MASA_GOLONGAN_CPNS,
	CK_MASA_JABATAN,
	CK_KINERJA,
	CK_KINERJA_MISSING,
	CK_PLAFON,
	CK_UJIAN_I,
	CK_UJIAN_I_BEBAS,
	CK_UJIAN_II,
	CK_UJIAN_II_BEBAS,
	CK_DISIPLIN,
	CK_DISIPLIN_TETAP,
	CK_PENSIUN,
	CK_ANGKA_KREDIT,
	CK_RENTANG_JENJANG,
	CK_RENTANG_JABATAN,
	CK_IJAZAH,
	CK_IJAZAH_TIDAK_ADA,
	CK_PRESTASI,
	CK_MASA_KERJA,
	CK_PERNAH_BERAT,
	CK_GOLONGAN_TERTINGGI,
	CK_J_STATUS,
	CK_J_PENDIDIKAN,
	CK_J_PENGALAMAN,
	CK_J_SEBELUMNYA,
	CK_J_KINERJA,
	CK_J_KINERJA_MISSING,
	CK_J_USIA,
	CK_J_GOLONGAN,
	CK_J_RENTANG,
	CK_J_PELATIHAN,
	CK_J_DISIPLIN,
	CK_J_DISIPLIN_TETAP,
	CK_J_PENSIUN,
	CK_DISIPLIN_TUNDA,      /* a penundaan kenaikan pangkat moves the date due */
	CK_UJIAN_I_LATIH,       /* ujian dinas I counted as passed through leadership training */
	CK_UJIAN_II_LATIH,
	CK_IJAZAH_UJIAN,        /* ujian penyesuaian kenaikan pangkat passed */
	CK_IJAZAH_UJIAN_DATA,
	CK_IJAZAH_SESUAI,       /* the diploma fits the post */
	CK_IJAZAH_SESUAI_DATA,
	CK_J_PELATIHAN_SETELAH, /* leadership training may follow the appointment */
	CK_J_AK_JENJANG,        /* angka kredit for kenaikan jenjang */
	CK_J_DATA_ANGKA_KREDIT,
	CK_COUNT
};

struct kr_check {
	uint8_t id, ok, jenis, wait, rt, at;
	uint8_t asumsi;  /* rests on an assumption about absent data or future years */
	int16_t year;    /* context year (kinerja), 0 if none */
	int16_t ref;     /* policy setting whose citation applies, -1 for the check's own */
	int16_t ref2;    /* a further setting the check rests on, -1 for none */
	int64_t req, act;
};

struct kr_option {
	int32_t jenis, eligible, gol_baru, paling_awal;
	int32_t tanggal; /* the date evaluated: the period date, or the 1st of the month for pengabdian */
};

struct karier_decision {
	int32_t kind, eligible, jenis, gol_baru;
	int32_t tanggal, paling_awal, pensiun;
	char target[KARIER_CODE_MAX + 1];
	int32_t n_opt, n_check;
	/* verdict only (batches): the checks are evaluated and counted, not kept */
	int32_t verdict_only, n_failed;
	/* the decisive reason (karier_decision_reason): candidates by sort, filled as checks fail;
	 * slot 0 the employee's own route and waiting fixes it, 1 own route and it does not, 2 any */
	int32_t own_kind;           /* the kind of promotion the employee's post takes */
	int32_t cand_id[3], cand_at[3]; /* check id + 1 (0 = none) and index (-1 in verdict-only mode) */
	int32_t reason_id, reason_at;   /* the choice: check id + 1 and index, 0 and -1 when eligible */
	/* verdict-only mode: the candidates' checks themselves, and the choice's (its message in a batch) */
	struct kr_check cand_check[3], reason_check;
	struct kr_option opt[8];
	struct kr_check check[KARIER_DECISION_MAX_CHECKS];
};


/* The sort of a failed check among a refusal's reasons (karier_decision_reason, the batch's reason,
 * karier_decision_reasons_text): 0 a check of the shared rules or of the employee's own route that
 * waiting fixes, 1 one of those that waiting does not fix, 2 another kind's. */
static inline int kr_reason_sort(const karier_decision *d, int32_t jenis, bool wait)
{
	bool own = jenis == KARIER_KP_NONE || jenis == d->own_kind;
	return !own ? 2 : wait ? 0 : 1;
}

/* The place of a sort among a refusal's reasons, 0 first: when waiting gives an earliest date, what
 * waiting fixes (what holds the employee back until then), otherwise what it cannot (the real
 * obstacle); another kind's last. */
static inline int kr_reason_place(const karier_decision *d, int sort)
{
	return sort == 2 ? 2 : (sort == 0) == (d->paling_awal != 0) ? 0 : 1;
}

/* Fill *d with the promotion decision on period date t; arguments already validated. */
void kr_promotion_fill(karier_decision *d, const karier_policy *p, const karier_employee *e,
                       const karier_position *current, int32_t date, int32_t t);
/* The message of check *c (its failure's or its pass's text with the values in), as
 * karier_decision_check_message gives it; the length it needed, as snprintf (decision.c). */
int kr_check_message(char *buf, size_t size, const struct kr_check *c, int32_t lang);
/* The stable code of check id `id` (decision.c). */
const char *kr_check_code(int id);
/* Fill *d with the appointment decision; arguments already validated. */
void kr_appointment_fill(karier_decision *d, const karier_policy *p, const karier_employee *e, const karier_position *pos,
                         int32_t date, int32_t route);
/* Whether a blocking discipline penalty is in effect on date (the appointment rule). */
bool kr_disiplin_active(const karier_policy *p, const karier_employee *e, int32_t date);

#endif
