/* cmd_report.c - karier report: the overview an HR office reads. SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#ifdef __GLIBC__
#include <malloc.h>
#endif

/* One part of the promotions section, evaluated on a thread of its own.
 * For the formats of cells, rows[0] holds the eligible's rows and rows[1] the
 * others', five cells each as their tables show them, given to the writer
 * whole afterwards (writer_group_take: not copied).  For JSON lines, lines
 * holds each employee's line in order, written as text (struct jline: no
 * JSON object per employee), without the beginning all lines share.  The
 * part also reads each of its employees' JP ledger of the year for section 4. */
struct prom_part {
	const struct run *r;
	const karier_employee **emp;
	const karier_position **pos;
	int32_t from, to, eligible;
	int failed;     /* the batch's error code, 0 when it ran */
	char msg[512]; /* and the library's message, the thread's own */
	int32_t *jp_of, *min_of; /* per employee: JP this year, the minimum */
	bool *below;
	struct table rows[2];
	struct sbuf lines; /* JSON lines: each line from its "nip" value on */
};

/* The sections of a million lines as JSON lines name them: the head's "bagian", the list of
 * employees; the promotions, those under the JP minimum. */
static const char prom_bagian[] = "kenaikan_pangkat", prom_array[] = "pegawai";
static const char jp_bagian[] = "di_bawah_minimum_jp", jp_array[] = "pegawai";

static void *prom_run(void *arg)
{
	struct prom_part *w = arg;
	const struct opts *o = &w->r->o;
	bool json = w->r->w.fmt->json;
	/* the verdicts and the decisive reasons from the batch, a chunk of the part at a time (its
	 * columns stay small): no decision per employee */
	enum { CHUNK = 4096 };
	for (int32_t from = w->from; from < w->to; from += CHUNK) {
		int32_t count = w->to - from < CHUNK ? w->to - from : CHUNK;
		karier_batch *b = NULL;
		if (karier_batch_evaluate(&b, w->r->policy, w->emp + from, w->pos + from, count, NULL, o->date,
		                          KARIER_BATCH_PROMOTION | KARIER_BATCH_REASONS, 1)) {
			w->failed = karier_last_error_code();
			snprintf(w->msg, sizeof w->msg, "%s", karier_last_error());
			return NULL;
		}
		const int32_t *ok_of = karier_batch_column(b, KARIER_COL_ELIGIBLE),
		              *baru_of = karier_batch_column(b, KARIER_COL_GOLONGAN_BARU),
		              *awal_of = karier_batch_column(b, KARIER_COL_PALING_AWAL), *jenis_of = karier_batch_column(b, KARIER_COL_JENIS);
		for (int32_t k = 0; k < count; k++) {
			int32_t i = from + k;
			const karier_employee *e = w->emp[i];
			int32_t below;
			must(karier_jp_ledger(&w->jp_of[i], &w->min_of[i], NULL, &below, NULL, w->r->policy, e, o->year));
			w->below[i] = below;
			const char *golname = golongan_name(e, "-");
			char awal[16] = "-", reason[600];
			reason[0] = '\0'; /* "" for the eligible (an initialiser would clear all 600 bytes each row) */
			if (awal_of[k])
				must(karier_date_format(awal, sizeof awal, awal_of[k]));
			int ok = ok_of[k];
			w->eligible += ok;
			if (!ok)
				must(karier_batch_reason_message(reason, sizeof reason, b, k, o->lang));
			if (json) {
				/* the line after its beginning, {"bagian":"kenaikan_pangkat.pegawai","nip": (the same for
				 * every line, written with each: writer_group_lines_after) */
				jline_quote(&w->lines, karier_employee_nip(e));
				struct jline j = {.b = &w->lines};
				jline_bool(&j, "eligible", ok);
				jline_str(&j, "golongan_baru", baru_of[k] ? code_or(KARIER_CODE_GOLONGAN, baru_of[k], "?") : NULL);
				jline_str(&j, "tanggal_paling_awal", awal_of[k] ? awal : NULL);
				jline_str(&j, "alasan", ok ? NULL : reason);
				jline_end(&j);
			} else if (ok) {
				const char *row[5] = {karier_employee_nip(e), karier_employee_nama(e), golname,
				                      code_or(KARIER_CODE_GOLONGAN, baru_of[k], "-"), code_or(KARIER_CODE_KP_JENIS, jenis_of[k], "-")};
				table_add(&w->rows[0], row);
			} else {
				const char *row[5] = {karier_employee_nip(e), karier_employee_nama(e), golname, awal, reason};
				table_add(&w->rows[1], row);
			}
		}
		karier_batch_free(b);
	}
	return NULL;
}

/* One part of the JP section's rows (the employees under the minimum), for the formats of cells:
 * a table of its own, given to the writer whole, in order. */
struct jp_part {
	const karier_employee **emp;
	const int32_t *jp_of, *min_of; /* jp_of -1: not under the minimum */
	int32_t from, to;
	struct table rows;
};

static void *jp_run(void *arg)
{
	struct jp_part *w = arg;
	for (int32_t i = w->from; i < w->to; i++) {
		if (w->jp_of[i] < 0)
			continue;
		char a[24], b[24];
		text_int(a, w->jp_of[i]);
		text_int(b, w->min_of[i]);
		const char *v[4] = {karier_employee_nip(w->emp[i]), karier_employee_nama(w->emp[i]), a, b};
		table_add(&w->rows, v);
	}
	return NULL;
}

/* fn over n parts of `size` bytes each, the last on this thread; a part whose thread cannot start runs
 * here too. */
static void run_parts(void *(*fn)(void *), void *parts, size_t size, int32_t n)
{
	pthread_t tid[KARIER_BATCH_MAX_THREADS];
	bool started[KARIER_BATCH_MAX_THREADS] = {false};
	char *at = parts;
	for (int32_t k = 0; k + 1 < n; k++)
		started[k] = pthread_create(&tid[k], NULL, fn, at + (size_t)k * size) == 0;
	fn(at + (size_t)(n - 1) * size);
	for (int32_t k = 0; k + 1 < n; k++) {
		if (started[k])
			pthread_join(tid[k], NULL);
		else
			fn(at + (size_t)k * size);
	}
}

/* The open section's groups written and the section closed (a thread's body). */
static void *end_section(void *arg)
{
	struct writer *w = arg;
	writer_groups_end(w);
	writer_section_end(w);
	return NULL;
}

static void free_each(void **held, size_t n)
{
	for (size_t k = 0; k < n; k++)
		free(held[k]);
}

int cmd_report(struct run *r)
{
	const struct opts *o = &r->o;
	struct writer *wr = &r->w;
	/* json: records carry JSON objects; heads: sections carry their JSON head (JSON lines, and a
	 * format that draws charts from the numbers); detail: the format lists every employee by box */
	bool en = o->lang == KARIER_LANG_EN, json = wr->fmt->json, with_head = json || wr->fmt->detail;
	int rc;
	const karier_position *vac = position_arg(r, &rc); /* checked before anything is written */
	if (rc)
		return rc;
	int32_t n = karier_dataset_employee_count(r->ds);
	int32_t nparts = n < o->threads ? (n > 0 ? n : 1) : o->threads;
	const karier_employee **emp = array_alloc((size_t)n + 1, sizeof *emp);
	const karier_position **pos = array_alloc((size_t)n + 1, sizeof *pos);
	int32_t *order = array_alloc((size_t)n + 1, sizeof *order), *scores = array_alloc((size_t)n + 1, sizeof *scores);
	struct prom_part *parts = calloc((size_t)nparts, sizeof *parts);
	int32_t *jp_of = array_alloc((size_t)n + 1, sizeof *jp_of), *min_of = array_alloc((size_t)n + 1, sizeof *min_of);
	bool *below = array_alloc((size_t)n + 1, 1);
	void *held[] = {emp, pos, order, scores, parts, jp_of, min_of, below}; /* freed together on an early return */
	if (!emp || !pos || !order || !scores || !parts || !jp_of || !min_of || !below) {
		free_each(held, sizeof held / sizeof *held);
		return EXIT_INTERNAL;
	}
	for (int32_t i = 0; i < n; i++) {
		emp[i] = karier_dataset_employee(r->ds, i);
		pos[i] = karier_dataset_employee_position(r->ds, i);
	}
	int32_t period = 0;
	if (karier_policy_period_next(&period, r->policy, o->date)) { /* before anything is written */
		int code = karier_last_error_code();
		fprintf(stderr, "karier: %s\n", karier_last_error());
		free_each(held, sizeof held / sizeof *held);
		return code == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	}
	char pdate[16];
	must(karier_date_format(pdate, sizeof pdate, period));
	char text[512];
	snprintf(text, sizeof text, "%s %s: %d %s\n", en ? "Report for" : "Laporan", o->dir, n, en ? "employees" : "pegawai");
	writer_note(wr, text);

	/* 1. promotions at the next period: the employees in contiguous parts, one
	 * thread each, every part's rows in its own tables, written in order */
	int32_t eligible = 0;
	static const char *hp_id[] = {"NIP", "Nama", "Golongan", "Baru", "Jenis"};
	static const char *hp_en[] = {"NIP", "Name", "Golongan", "New", "Kind"};
	static const char *hn_id[] = {"NIP", "Nama", "Golongan", "Paling awal", "Alasan"};
	static const char *hn_en[] = {"NIP", "Name", "Golongan", "Earliest", "Reason"};
	static const char *hrow[] = {"", "", "", "", ""};
	for (int32_t k = 0; k < nparts; k++) {
		struct prom_part *w = &parts[k];
		w->r = r;
		w->emp = emp;
		w->pos = pos;
		w->from = (int32_t)((int64_t)n * k / nparts);
		w->to = (int32_t)((int64_t)n * (k + 1) / nparts);
		w->jp_of = jp_of;
		w->min_of = min_of;
		w->below = below;
		table_init(&w->rows[0], 5, hrow, NULL);
		table_init(&w->rows[1], 5, hrow, NULL);
		/* not table_repeats: the memory these tables free is the allocation's next, so storing each
		 * reason once here only moves the page faults there (measured: no faster, the same peak) */
		/* room for every row of the part in either table, or its JSON lines (about 175 bytes each),
		 * made here: a large block is mapped on its own, only its pages written are memory, and it
		 * goes back whole when freed (grown by a worker, it would stay in that thread's arena) */
		int32_t count = w->to - w->from;
		if (json) {
			sbuf_reserve(&w->lines, (size_t)count * 192);
		} else {
			table_reserve(&w->rows[0], count, (size_t)count * 64);
			table_reserve(&w->rows[1], count, (size_t)count * 128);
		}
	}
	run_parts(prom_run, parts, sizeof *parts, nparts);
	int failed = 0;
	const char *why = "";
	for (int32_t k = 0; k < nparts; k++) {
		eligible += parts[k].eligible;
		if (!failed && parts[k].failed) {
			failed = parts[k].failed;
			why = parts[k].msg;
		}
	}
	if (failed) { /* out of memory: the period date was checked above */
		fprintf(stderr, "karier: %s\n", why);
		for (int32_t k = 0; k < nparts; k++) {
			table_free(&parts[k].rows[0]);
			table_free(&parts[k].rows[1]);
			sbuf_free(&parts[k].lines);
		}
		free_each(held, sizeof held / sizeof *held);
		return failed == KARIER_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
	}
	json_t *sec = json_object();
	json_object_set_new(sec, "bagian", json_string(prom_bagian));
	json_object_set_new(sec, "tanggal", json_string(pdate));
	json_object_set_new(sec, "layak", json_integer(eligible));
	snprintf(text, sizeof text, en ? "Kenaikan pangkat on %s: %d of %d eligible" : "Kenaikan pangkat periode %s: %d dari %d layak",
	         pdate, eligible, n);
	writer_section_begin(wr, text, en ? "Promotion" : "Kenaikan pangkat", sec, prom_array); /* JSON: one line, its employees streamed */
	const char *const *heads[2] = {en ? hp_en : hp_id, en ? hn_en : hn_id};
	const char *between[2] = {NULL, en ? "Not eligible, with the first reason:" : "Belum layak, dengan alasan pertama:"};
	const char *sheets[2] = {en ? "Eligible" : "Layak", en ? "Not eligible" : "Belum layak"};
	writer_groups_begin(wr, 2, 5, heads, between, sheets, "ktkdt"); /* a date where one is */
	char prom_field[64];
	writer_section_field(prom_field, sizeof prom_field, prom_bagian, prom_array);
	struct sbuf prom_begin = {0}; /* each JSON line's beginning, up to the NIP */
	struct jline pj = {.b = &prom_begin, .first = true};
	jline_str(&pj, "bagian", prom_field);
	sbuf_puts(&prom_begin, ",\"nip\":");
	for (int32_t k = 0; k < nparts; k++) {
		if (json) { /* JSON lines: a record per employee, in order */
			writer_group_lines_after(wr, &parts[k].lines, prom_begin.p, prom_begin.len);
			sbuf_free(&parts[k].lines);
			table_free(&parts[k].rows[0]);
			table_free(&parts[k].rows[1]);
		} else { /* the formats of cells: each part's two tables given whole, in order */
			writer_group_take(wr, 0, &parts[k].rows[0]);
			writer_group_take(wr, 1, &parts[k].rows[1]);
		}
	}
	/* the promotions' tables written on a thread of their own while the shortlist is computed (a
	 * million rows take about 0.1 s to align, with the other core idle); nothing else touches the
	 * writer until that thread is joined */
	sbuf_free(&prom_begin);
	pthread_t ender;
	bool ending = pthread_create(&ender, NULL, end_section, wr) == 0;
	if (!ending)
		end_section(wr);
	free(parts);

	/* 2. the shortlist for a vacancy: --position, or else the first managerial jabatan */
	for (int32_t i = 0; !vac && i < karier_dataset_position_count(r->ds); i++) {
		const karier_position *p = karier_dataset_position(r->ds, i);
		int32_t k = karier_position_jabatan(p);
		if (k >= KARIER_JAB_JPT_UTAMA && k <= KARIER_JAB_PENGAWAS)
			vac = p;
	}
	int32_t count = 0;
	if (vac)
		must(karier_merit_shortlist(order, &count, scores, NULL, r->policy, emp, n, vac, o->date, 0, 10, o->threads));
	if (ending)
		pthread_join(ender, NULL);
	if (vac) {
		static const char *hs_id[] = {"#", "NIP", "Nama", "Skor", "Layak diangkat", "Alasan"};
		static const char *hs_en[] = {"#", "NIP", "Name", "Score", "Eligible", "Reason"};
		json_t *head = NULL;
		if (with_head) {
			head = json_object();
			json_object_set_new(head, "bagian", json_string("daftar_pendek"));
			json_object_set_new(head, "jabatan", json_string(karier_position_code(vac)));
		}
		snprintf(text, sizeof text, en ? "Shortlist for %s (%s), top 10 by merit" : "Daftar pendek %s (%s), 10 teratas menurut merit",
		         karier_position_code(vac), karier_position_name(vac));
		writer_section_begin(wr, text, en ? "Shortlist" : "Daftar pendek", head, "peringkat");
		const char *const *hs[1] = {en ? hs_en : hs_id};
		writer_groups_begin(wr, 1, 6, hs, NULL, NULL, "iktntt");
		for (int32_t k = 0; k < count; k++) {
			karier_decision *d = NULL;
			must(karier_appointment_evaluate(&d, r->policy, emp[order[k]], vac, o->date, KARIER_ROUTE_DEFAULT));
			char rk[12], sk[16], reason[600];
			snprintf(rk, sizeof rk, "%d", k + 1);
			snprintf(sk, sizeof sk, "%d.%02d", scores[k] / 100, scores[k] % 100);
			reason_cell(reason, sizeof reason, d, o->lang, false);
			const char *row[6] = {rk, karier_employee_nip(emp[order[k]]), karier_employee_nama(emp[order[k]]), sk,
			                      karier_decision_eligible(d) ? (en ? "yes" : "ya") : (en ? "no" : "tidak"),
			                      karier_decision_eligible(d) ? "" : reason};
			json_t *x = NULL;
			if (json) {
				x = json_object();
				json_object_set_new(x, "peringkat", json_integer(k + 1));
				json_object_set_new(x, "nip", json_string(karier_employee_nip(emp[order[k]])));
				json_object_set_new(x, "skor", json_fixed(scores[k]));
				json_object_set_new(x, "layak", json_boolean(karier_decision_eligible(d)));
			}
			writer_group_record(wr, 0, row, x);
			karier_decision_free(d);
		}
		writer_groups_end(wr);
		writer_section_end(wr);
	}

	/* 3. 9-box counts, from the batch over the dataset's cohort */
	int32_t box[10] = {0}, krs = 0, unknown = 0;
	karier_batch *mb = NULL;
	const int32_t *bx = NULL;
	if (n > 0 && karier_cohort_evaluate(&mb, r->policy, karier_dataset_cohort(r->ds), NULL, o->date, KARIER_BATCH_MERIT,
	                                    o->threads) == KARIER_OK) {
		const int32_t *tp = karier_batch_column(mb, KARIER_COL_TALENT_POOL);
		bx = karier_batch_column(mb, KARIER_COL_BOX);
		for (int32_t i = 0; i < n; i++) {
			box[bx[i]]++;
			krs += tp[i];
			unknown += bx[i] == 0;
		}
	}
	static const char *const grid_keys[3][3] = {
		{"talenta.kotak.atas_rendah", "talenta.kotak.atas_menengah", "talenta.kotak.atas_tinggi"},
		{"talenta.kotak.sesuai_rendah", "talenta.kotak.sesuai_menengah", "talenta.kotak.sesuai_tinggi"},
		{"talenta.kotak.bawah_rendah", "talenta.kotak.bawah_menengah", "talenta.kotak.bawah_tinggi"}};
	int64_t grid[3][3]; /* the box number at kinerja row (atas first), potensi column (rendah first) */
	for (int row = 0; row < 3; row++)
		for (int col = 0; col < 3; col++)
			must(karier_policy_get(&grid[row][col], r->policy, grid_keys[row][col]));
	json_t *s9 = NULL;
	if (with_head) {
		json_t *counts = json_object(), *kisi = json_array();
		char k[4];
		s9 = json_object();
		for (int b = 1; b <= 9; b++) {
			snprintf(k, sizeof k, "%d", b);
			json_object_set_new(counts, k, json_integer(box[b]));
		}
		for (int row = 0; row < 3; row++)
			json_array_append_new(kisi, json_pack("[I,I,I]", (json_int_t)grid[row][0], (json_int_t)grid[row][1],
			                                      (json_int_t)grid[row][2]));
		json_object_set_new(s9, "bagian", json_string("kotak_talenta"));
		json_object_set_new(s9, "jumlah", counts);
		json_object_set_new(s9, "tidak_diketahui", json_integer(unknown));
		json_object_set_new(s9, "kelompok_rencana_suksesi", json_integer(krs));
		json_object_set_new(s9, "kisi", kisi); /* rows kinerja atas, sesuai, bawah; columns potensi rendah..tinggi */
	}
	writer_section_begin(wr, en ? "9-box talent matrix (PermenPANRB 3/2020)" : "Kotak talenta 9 (PermenPANRB 3/2020)",
	                     en ? "9-box" : "Kotak talenta", s9, NULL);
	if (wr->fmt->detail && bx) { /* every employee under its box (a page lists them, collapsed) */
		static const char *hd_id[] = {"Kotak", "NIP", "Nama"};
		static const char *hd_en[] = {"Box", "NIP", "Name"};
		const char *const *hd[1] = {en ? hd_en : hd_id};
		writer_groups_begin(wr, 1, 3, hd, NULL, NULL, "ikt");
		for (int32_t i = 0; i < n; i++) {
			char b[4];
			snprintf(b, sizeof b, "%d", bx[i]);
			const char *v[3] = {b, karier_employee_nip(emp[i]), karier_employee_nama(emp[i])};
			writer_group_record(wr, 0, v, NULL);
		}
		writer_groups_end(wr);
	} else if (wr->fmt->cells) {
		static const char *rows_id[3] = {"Kinerja di atas", "Kinerja sesuai", "Kinerja di bawah"};
		static const char *rows_en[3] = {"Above expectation", "Meets expectation", "Below expectation"};
		static const char *hb_id[] = {"", "Potensi rendah", "Potensi menengah", "Potensi tinggi"};
		static const char *hb_en[] = {"", "Low potential", "Medium potential", "High potential"};
		const char *const *hb[1] = {en ? hb_en : hb_id};
		writer_groups_begin(wr, 1, 4, hb, NULL, NULL, NULL);
		for (int row = 0; row < 3; row++) {
			char c[3][32];
			for (int col = 0; col < 3; col++)
				snprintf(c[col], sizeof c[col], "[%lld] %d", (long long)grid[row][col], box[grid[row][col]]);
			const char *v[4] = {en ? rows_en[row] : rows_id[row], c[0], c[1], c[2]};
			writer_group_record(wr, 0, v, NULL);
		}
		writer_groups_end(wr);
	}
	karier_batch_free(mb);
	snprintf(text, sizeof text, "\n%s: %d; %s: %d\n", en ? "Talent pool (KRS)" : "Kelompok rencana suksesi", krs,
	         en ? "unknown (no kinerja or potential data)" : "tidak diketahui (tanpa data kinerja atau potensi)", unknown);
	writer_note(wr, text);
	writer_section_end(wr);

	/* 4. under the JP minimum: counted first (the count heads the section), then written */
	static const char *hj_id[] = {"NIP", "Nama", "JP", "Minimum"};
	static const char *hj_en[] = {"NIP", "Name", "JP", "Minimum"};
	int32_t under = 0, jp_min_common = 0, min_seen[256] = {0};
	int64_t bins[9] = {0}; /* everyone's JP this year in bins of 5, the last open (40 and more) */
	for (int32_t i = 0; i < n; i++) { /* the ledgers were read with the promotions (prom_run) */
		bins[jp_of[i] >= 40 ? 8 : jp_of[i] < 0 ? 0 : jp_of[i] / 5]++;
		if (min_of[i] >= 0 && min_of[i] < 256 && ++min_seen[min_of[i]] > min_seen[jp_min_common])
			jp_min_common = min_of[i]; /* the minimum most employees have (20 JP, PP 11/2017 Ps203) */
		if (!below[i])
			jp_of[i] = -1;
		else
			under++;
	}
	json_t *sj = NULL;
	if (with_head) {
		json_t *dist = json_array();
		for (int b = 0; b < 9; b++)
			json_array_append_new(dist, b < 8 ? json_pack("{s:i, s:i, s:I}", "dari", b * 5, "sampai", b * 5 + 4, "jumlah",
			                                              (json_int_t)bins[b])
			                                  : json_pack("{s:i, s:n, s:I}", "dari", 40, "sampai", "jumlah", (json_int_t)bins[b]));
		sj = json_object();
		json_object_set_new(sj, "bagian", json_string(jp_bagian));
		json_object_set_new(sj, "tahun", json_integer(o->year));
		json_object_set_new(sj, "jumlah", json_integer(under));
		json_object_set_new(sj, "jp_minimum", json_integer(jp_min_common));
		json_object_set_new(sj, "distribusi", dist);
	}
	snprintf(text, sizeof text, en ? "Under the JP minimum in %d (PP 11/2017 Ps203): %d" : "Di bawah minimum JP tahun %d (PP 11/2017 Ps203): %d",
	         o->year, under);
	writer_section_begin(wr, text, en ? "Under the JP minimum" : "Di bawah minimum JP", sj, jp_array); /* JSON: one line, its NIPs streamed */
	const char *const *hjs[1] = {en ? hj_en : hj_id};
	writer_groups_begin(wr, 1, 4, hjs, NULL, NULL, "ktii");
	struct jp_part *jps = json ? NULL : calloc((size_t)nparts, sizeof *jps);
	if (jps) { /* the formats of cells: each part's rows made on a thread of its own, given whole in order */
		static const char *jrow[] = {"", "", "", ""};
		for (int32_t k = 0; k < nparts; k++) {
			struct jp_part *w = &jps[k];
			*w = (struct jp_part){emp, jp_of, min_of, (int32_t)((int64_t)n * k / nparts),
			                      (int32_t)((int64_t)n * (k + 1) / nparts), {0}};
			table_init(&w->rows, 4, jrow, NULL);
			int rows = 0;
			size_t bytes = 0;
			for (int32_t i = w->from; i < w->to; i++)
				if (jp_of[i] >= 0) { /* NIP, nama, and two numbers of at most 11 bytes, each with its NUL */
					rows++;
					bytes += strlen(karier_employee_nip(emp[i])) + strlen(karier_employee_nama(emp[i])) + 26;
				}
			table_reserve(&w->rows, rows, bytes);
		}
		run_parts(jp_run, jps, sizeof *jps, nparts);
		for (int32_t k = 0; k < nparts; k++)
			writer_group_take(wr, 0, &jps[k].rows);
		free(jps);
	}
	struct sbuf lines = {0};
	char jp_field[64];
	writer_section_field(jp_field, sizeof jp_field, jp_bagian, jp_array);
	for (int32_t i = 0; !jps && i < n; i++) { /* JSON lines (or no memory for the parts): a record at a time */
		if (jp_of[i] < 0)
			continue;
		if (json) { /* as text, in large writes */
			struct jline j = {.b = &lines, .first = true};
			jline_str(&j, "bagian", jp_field);
			jline_str(&j, "nip", karier_employee_nip(emp[i]));
			jline_end(&j);
			if (lines.len >= 1 << 16)
				writer_group_lines(wr, &lines);
			continue;
		}
		char a[24], b[24];
		text_int(a, jp_of[i]);
		text_int(b, min_of[i]);
		const char *v[4] = {karier_employee_nip(emp[i]), karier_employee_nama(emp[i]), a, b};
		writer_group_record(wr, 0, v, NULL);
	}
	writer_group_lines(wr, &lines);
	sbuf_free(&lines);
	writer_groups_end(wr);
	writer_section_end(wr);
	free(jp_of);
	free(min_of);
	free(below);

#ifdef __GLIBC__
	/* the sections before freed blocks of a few MB that glibc keeps in its heaps (its threshold for
	 * mapping a block on its own rises with each mapped block freed): given back before the
	 * allocation, the report's largest section (at 1,000,000 employees the peak 9 MB lower) */
	malloc_trim(0);
#endif
	/* 5. training under the budget */
	karier_allocation *a = NULL;
	if (!karier_allocate(&a, r->policy, emp, pos, n, karier_dataset_catalog(r->ds), o->budget_idr, o->budget_jp, o->year, o->threads)) {
		int64_t spent, spent_jp, value, upper;
		must(karier_allocation_summary(&spent, &spent_jp, &value, &upper, a));
		int32_t counts[KARIER_UNFUNDED_PPPK_MAKS + 1] = {0};
		for (int32_t st = KARIER_FUNDED; st <= KARIER_UNFUNDED_PPPK_MAKS; st++)
			must(karier_allocation_status_count(&counts[st], a, st));
		int32_t method = karier_allocation_method(a);
		json_t *st = NULL;
		if (with_head) {
			st = json_object();
			json_object_set_new(st, "bagian", json_string("pelatihan"));
			json_object_set_new(st, "anggaran_idr", o->budget_idr == KARIER_NO_LIMIT ? json_null() : json_integer(o->budget_idr));
			json_object_set_new(st, "terpakai_idr", json_integer(spent));
			json_object_set_new(st, "anggaran_jp", o->budget_jp == KARIER_NO_LIMIT ? json_null() : json_integer(o->budget_jp));
			json_object_set_new(st, "terpakai_jp", json_integer(spent_jp));
			json_object_set_new(st, "kesenjangan_didanai", json_integer(counts[KARIER_FUNDED]));
			json_object_set_new(st, "kesenjangan_tidak_didanai", json_integer(counts[1] + counts[2]));
			json_object_set_new(st, "kesenjangan_tanpa_pelatihan", json_integer(counts[KARIER_UNFUNDED_NO_COURSE]));
			json_object_set_new(st, "kesenjangan_di_atas_maksimum_pppk", json_integer(counts[KARIER_UNFUNDED_PPPK_MAKS]));
			json_object_set_new(st, "nilai", json_fixed(value));
			json_object_set_new(st, "batas_atas", json_fixed(upper));
			json_object_set_new(st, "metode", json_string(method_name(method)));
			json_object_set_new(st, "selisih_batas", json_fixed(upper - value));
		}
		writer_section_begin(wr, en ? "Training plan under the budget" : "Rencana pelatihan dalam anggaran",
		                     en ? "Training" : "Pelatihan", st, NULL);
		if (o->budget_idr == KARIER_NO_LIMIT && o->budget_jp == KARIER_NO_LIMIT) {
			snprintf(text, sizeof text, "%s\n", en ? "No budget given (--budget-idr, --budget-jp): every closable gap is funded, within a PPPK's yearly JP maximum." :
			                                        "Tanpa anggaran (--budget-idr, --budget-jp): semua kesenjangan yang dapat ditutup didanai, dalam batas JP tahunan PPPK.");
			writer_note(wr, text);
		}
		snprintf(text, sizeof text, "%s: Rp %lld, %lld JP\n", en ? "Spent" : "Terpakai", (long long)spent, (long long)spent_jp);
		writer_note(wr, text);
		snprintf(text, sizeof text, "%s: %d %s, %d %s, %d %s\n", en ? "Gaps" : "Kesenjangan", counts[0], en ? "funded" : "didanai",
		         counts[1] + counts[2], en ? "not funded (budget)" : "tidak didanai (anggaran)", counts[3],
		         en ? "with no course in the catalogue" : "tanpa pelatihan di katalog");
		writer_note(wr, text);
		if (counts[KARIER_UNFUNDED_PPPK_MAKS]) {
			snprintf(text, sizeof text, "%s: %d\n", en ? "Gaps over a PPPK's yearly JP maximum (PP 49/2018 Ps40)" :
			                                             "Kesenjangan di atas maksimum JP tahunan PPPK (PP 49/2018 Ps40)",
			         counts[KARIER_UNFUNDED_PPPK_MAKS]);
			writer_note(wr, text);
		}
		snprintf(text, sizeof text, "%s: %lld.%02lld; %s: %lld.%02lld (%s)\n", en ? "Priority-weighted value" : "Nilai berbobot prioritas",
		         (long long)(value / 100), (long long)(value % 100), en ? "proven upper bound" : "batas atas terbukti",
		         (long long)(upper / 100), (long long)(upper % 100), method_text(method, en));
		writer_note(wr, text);
		writer_section_end(wr);
		karier_allocation_free(a);
	}

	/* 6. the career development plan: five years from the date, the organisation's needs, successors and gap */
	karier_rencana_org *org = NULL;
	if (!karier_rencana_org_new(&org, r->policy, emp, pos, n, karier_dataset_pola(r->ds), karier_dataset_catalog(r->ds), o->date,
	                            5, KARIER_NO_LIMIT, o->threads)) {
		enum { YEARS = 5 };
		int64_t sum[YEARS][6] = {{0}}; /* kebutuhan, pensiun, lowong, terisi, kesenjangan, biaya */
		int32_t year0 = 0;
		for (int32_t i = 0; i < karier_rencana_org_count(org); i++) {
			int32_t year, keb, pen, low, ter, gap;
			int64_t biaya;
			must(karier_rencana_org_get(&year, NULL, &keb, NULL, &pen, NULL, &low, &ter, &gap, NULL, &biaya, NULL, org, i));
			if (!i)
				year0 = year;
			int32_t y = year - year0;
			if (y < 0 || y >= YEARS)
				continue;
			int64_t v[6] = {keb, pen, low, ter, gap, biaya};
			for (int k = 0; k < 6; k++)
				sum[y][k] += v[k];
		}
		karier_rencana_org_free(org);
		json_t *rh = NULL;
		if (with_head) {
			rh = json_object();
			json_object_set_new(rh, "bagian", json_string("rencana"));
			json_object_set_new(rh, "dari", json_date(o->date));
			json_object_set_new(rh, "pola_bawaan", json_boolean(karier_dataset_pola_is_default(r->ds)));
		}
		writer_section_begin(wr, en ? "Career development plan, five years: needs, successors and gap"
		                            : "Rencana pengembangan karier lima tahun: kebutuhan, pengganti dan kesenjangan",
		                     en ? "Career plan" : "Rencana karier", rh, "tahun");
		static const char *hr_id[] = {"Tahun", "Kebutuhan", "Pensiun", "Lowong", "Terisi", "Kesenjangan", "Biaya"};
		static const char *hr_en[] = {"Year", "Needed", "Retiring", "Vacant", "Filled", "Gap", "Cost"};
		const char *const *hrs[1] = {en ? hr_en : hr_id};
		writer_groups_begin(wr, 1, 7, hrs, NULL, NULL, "iiiiiir");
		for (int y = 0; y < YEARS && year0; y++) {
			char c[7][24];
			snprintf(c[0], sizeof c[0], "%d", year0 + y);
			for (int k = 0; k < 6; k++)
				snprintf(c[k + 1], sizeof c[k + 1], "%lld", (long long)sum[y][k]);
			const char *v[7] = {c[0], c[1], c[2], c[3], c[4], c[5], c[6]};
			writer_group_record(wr, 0, v,
			                    json ? json_pack("{s:i, s:I, s:I, s:I, s:I, s:I, s:I}", "tahun", year0 + y, "kebutuhan",
			                                     (json_int_t)sum[y][0], "pensiun", (json_int_t)sum[y][1], "lowong",
			                                     (json_int_t)sum[y][2], "terisi", (json_int_t)sum[y][3], "kesenjangan",
			                                     (json_int_t)sum[y][4], "biaya", (json_int_t)sum[y][5])
			                         : NULL);
		}
		writer_groups_end(wr);
		snprintf(text, sizeof text, "%s\n",
		         karier_dataset_pola_is_default(r->ds)
		                 ? (en ? "Pola karier: the default ladder of jabatan.csv (no pola_karier.csv). Per post: karier rencana."
		                       : "Pola karier: tangga bawaan dari jabatan.csv (tidak ada pola_karier.csv). Per jabatan: karier rencana.")
		                 : (en ? "Pola karier: pola_karier.csv. Per post: karier rencana." : "Pola karier: pola_karier.csv. Per jabatan: karier rencana."));
		writer_note(wr, text);
		writer_section_end(wr);
	}
	free(emp);
	free(pos);
	free(order);
	free(scores);
	return 0;
}

