/*
 * cmd_evaluasi.c - karier evaluasi PLAN.jsonl DIR: what an earlier run
 * decided against what a later dataset shows.  Today the earlier run is
 * `karier promotion --format jsonl`: per employee, eligible or not at a
 * period, with the golongan it would reach.  SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* The categories, in the order counted and written: the key (JSON lines, CSV) and its text. */
enum { K_TEPAT, K_AWAL, K_TERLAMBAT, K_BELUM_WAKTU, K_BELUM, K_DILUAR, K_TETAP, K_TIDAK_ADA, K_COUNT };
static const char *const cat_key[K_COUNT] = {"tepat_waktu", "lebih_awal",          "terlambat", "belum_waktunya",
                                             "belum_naik",  "naik_di_luar_rencana", "tetap",     "tidak_ada"};
static const char *const cat_id[K_COUNT] = {
	"naik pangkat pada tanggal rencana", "naik pangkat sebelum tanggal rencana", "naik pangkat setelah tanggal rencana",
	"tanggal rencana belum tiba",        "layak tetapi belum naik pangkat",      "naik pangkat padahal belum layak",
	"belum layak dan belum naik, sesuai rencana", "tidak ada di data baru (pensiun, pindah atau berhenti)"};
static const char *const cat_en[K_COUNT] = {
	"rose on the planned date", "rose before the planned date", "rose after the planned date", "planned date not yet reached",
	"eligible but not risen",   "rose though not eligible",     "not eligible and not risen, as planned",
	"not in the later dataset (retired, moved or left)"};

/* One line of the plan: what was decided for one employee. */
struct planned {
	char nip[KARIER_NIP_SIZE];
	int32_t line, golongan, golongan_baru, tanggal; /* golongan at the time and the one planned, 0 for none */
	bool eligible;
	/* a line of karier rencana: the post then, the posts planned by --date ("|"-separated), the training JP
	 * planned for the years up to --date's, and the plan's first year */
	bool rencana, krs; /* krs: in the talent pool on the plan's first day */
	char jabatan[KARIER_CODE_MAX + 1], targets[160];
	int32_t jp_plan, year0;
};

/* A successor of karier rencana's organisational lines whose training was funded. */
struct funded {
	char nip[KARIER_NIP_SIZE], post[KARIER_CODE_MAX + 1];
	int64_t didanai;
};

/* Longest line read from a plan: the policy's limit of a CSV row serves (16 MiB by default). */
static int64_t line_max(const karier_policy *p)
{
	int64_t mib = 16;
	must(karier_policy_get(&mib, p, "dataset.baris_csv_maks_mib"));
	return mib << 20;
}

/* The next line of f into *buf (NUL-terminated, without its newline): its length, -1 at the end,
 * -2 past max bytes (the rest of the line is not read), -3 on a read error. */
static int64_t read_line(FILE *f, char **buf, size_t *cap, int64_t max)
{
	size_t len = 0;
	int c;
	while ((c = getc_unlocked(f)) != EOF && c != '\n') { /* one thread reads f: no lock per byte */
		if ((int64_t)len >= max)
			return -2;
		if (len + 1 >= *cap) {
			size_t ncap = *cap ? *cap * 2 : 4096;
			char *nb = realloc(*buf, ncap);
			if (!nb)
				return -3;
			*buf = nb;
			*cap = ncap;
		}
		(*buf)[len++] = (char)c;
	}
	if (ferror(f))
		return -3;
	if (c == EOF && len == 0)
		return -1;
	if (!*buf && !(*buf = malloc(*cap = 1)))
		return -3;
	(*buf)[len] = '\0';
	return (int64_t)len;
}

static int by_nip(const void *a, const void *b) { return strcmp(((const struct planned *)a)->nip, ((const struct planned *)b)->nip); }

/* An error at path:line:col: the message and its detail (may be NULL); the exit status of bad input. */
static int plan_error(const char *path, int32_t line, int32_t col, const char *msg, const char *detail)
{
	fprintf(stderr, "karier: %s:%d:%d: %s%s\n", path, line, col, msg, detail ? detail : "");
	return EXIT_INPUT;
}

/* A golongan field of a line: its code, 0 for null or absent; -1 when it is not a golongan. */
static int32_t golongan_field(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v))
		return 0;
	int32_t g = 0;
	if (!json_is_string(v) || karier_code_parse(&g, KARIER_CODE_GOLONGAN, json_string_value(v)))
		return -1;
	return g;
}

/* A line of karier rencana as a plan: its kenaikan pangkat steps give what is compared (the last due by
 * @date, else the first to come), its jabatan steps due the posts it opens, its pelatihan steps the JP. */
static void from_rencana(struct planned *x, json_t *o, int32_t date)
{
	json_t *steps = json_object_get(o, "langkah"), *s;
	size_t i;
	x->rencana = true;
	x->krs = json_is_true(json_object_get(o, "kelompok_rencana_suksesi"));
	const char *jab = json_string_value(json_object_get(o, "jabatan"));
	snprintf(x->jabatan, sizeof x->jabatan, "%s", jab ? jab : "");
	int32_t dari = 0;
	if (json_is_string(json_object_get(o, "dari")))
		karier_date_parse(&dari, json_string_value(json_object_get(o, "dari")));
	x->year0 = dari / 10000;
	size_t tl = 0;
	int32_t due = 0, due_gol = 0, next = 0, next_gol = 0; /* the last KP step by @date, the first after it */
	json_array_foreach(steps, i, s) {
		const char *kind = json_string_value(json_object_get(s, "langkah"));
		int32_t t = 0;
		if (!kind || !json_is_string(json_object_get(s, "tanggal")) ||
		    karier_date_parse(&t, json_string_value(json_object_get(s, "tanggal"))))
			continue;
		if (!strcmp(kind, "kenaikan_pangkat")) {
			int32_t g = golongan_field(s, "golongan_baru");
			if (g > 0 && t <= date && t >= due) {
				due = t;
				due_gol = g;
			} else if (g > 0 && t > date && (!next || t < next)) {
				next = t;
				next_gol = g;
			}
		} else if (!strcmp(kind, "jabatan") && t <= date) {
			const char *ke = json_string_value(json_object_get(s, "ke"));
			int w = ke ? snprintf(x->targets + tl, sizeof x->targets - tl, "%s%s", tl ? "|" : "", ke) : 0;
			if (w > 0 && (size_t)w < sizeof x->targets - tl)
				tl += (size_t)w;
		} else if (!strcmp(kind, "pelatihan") && t / 10000 <= date / 10000)
			x->jp_plan += (int32_t)json_integer_value(json_object_get(s, "jp"));
	}
	x->eligible = due || next;
	x->tanggal = due ? due : next;
	x->golongan_baru = due ? due_gol : next_gol;
}

/* Read the plan whole (only what is compared is kept: about 40 bytes a line); 0 or an exit status. */
static int read_plan(const struct run *r, struct planned **out, int32_t *count, struct funded **out_funded,
                     int32_t *count_funded)
{
	struct funded *fu = NULL;
	int32_t nfu = 0, capfu = 0;
	const char *path = r->o.plan;
	FILE *f = fopen(path, "rb");
	struct stat st;
	if (!f || fstat(fileno(f), &st) || !S_ISREG(st.st_mode)) {
		fprintf(stderr, "karier: %s: %s\n", path, !f ? strerror(errno) : "not a regular file");
		if (f)
			fclose(f);
		return EXIT_INPUT;
	}
	struct planned *p = NULL;
	int32_t n = 0, cap = 0;
	char *buf = NULL;
	size_t bcap = 0;
	int64_t max = line_max(r->policy), len;
	int rc = 0;
	for (int32_t line = 1; !rc && (len = read_line(f, &buf, &bcap, max)) != -1; line++) {
		if (len == -2) {
			rc = plan_error(path, line, 1, "a line longer than the policy's dataset.baris_csv_maks_mib", NULL);
			break;
		}
		if (len == -3) {
			rc = plan_error(path, line, 1, ferror(f) ? "the file could not be read" : "out of memory", NULL);
			break;
		}
		if (strspn(buf, " \t\r") == (size_t)len)
			continue; /* a blank line */
		json_error_t e;
		json_t *o = json_loadb(buf, (size_t)len, JSON_REJECT_DUPLICATES, &e);
		if (!o) {
			rc = plan_error(path, line, e.column > 0 ? e.column : 1, "not JSON: ", e.text);
			break;
		}
		json_t *nip = json_object_get(o, "nip"), *elig = json_object_get(o, "eligible"), *tgl = json_object_get(o, "tanggal");
		const char *bagian = json_string_value(json_object_get(o, "bagian"));
		bool rencana = json_is_array(json_object_get(o, "langkah"));
		if (bagian && !strcmp(bagian, "rencana_organisasi")) { /* the successors whose training was funded */
			json_t *list = json_object_get(o, "pengganti"), *el;
			size_t k;
			const char *post = json_string_value(json_object_get(o, "jabatan"));
			json_array_foreach(list, k, el) {
				json_int_t dana = json_integer_value(json_object_get(el, "didanai"));
				const char *who = json_string_value(json_object_get(el, "nip"));
				if (dana <= 0 || !who || !post)
					continue;
				if (nfu == capfu) {
					int32_t ncap = capfu ? capfu * 2 : 64;
					struct funded *nf = realloc(fu, (size_t)ncap * sizeof *nf);
					if (!nf) {
						rc = EXIT_INTERNAL;
						break;
					}
					fu = nf;
					capfu = ncap;
				}
				snprintf(fu[nfu].nip, sizeof fu[nfu].nip, "%s", who);
				snprintf(fu[nfu].post, sizeof fu[nfu].post, "%s", post);
				fu[nfu++].didanai = dana;
			}
			json_decref(o);
			continue;
		}
		char digits[KARIER_NIP_SIZE];
		int32_t date = 0;
		if (!json_is_object(o) || (bagian && !nip))
			rc = plan_error(path, line, 1,
			                "not a line of a decision or a plan: karier evaluasi reads the JSON lines of karier promotion or karier rencana", NULL);
		else if (!json_is_string(nip) ||
		         (karier_nip_parse(digits, NULL, NULL, NULL, NULL, json_string_value(nip), r->policy) &&
		          karier_nipppk_parse(digits, NULL, NULL, NULL, NULL, NULL, json_string_value(nip), r->policy)))
			rc = plan_error(path, line, 1, "\"nip\": ", json_is_string(nip) ? karier_last_error() : "missing or not a string");
		else if (!rencana && !json_is_boolean(elig))
			rc = plan_error(path, line, 1, "\"eligible\": missing or not true/false (a line of karier promotion has it)", NULL);
		else if (!rencana && json_is_true(elig) && (!json_is_string(tgl) || karier_date_parse(&date, json_string_value(tgl))))
			rc = plan_error(path, line, 1, "\"tanggal\": an eligible line needs its date as YYYY-MM-DD", NULL);
		if (!rc) {
			int32_t gol = golongan_field(o, "golongan"), baru = rencana ? 0 : golongan_field(o, "golongan_baru");
			if (baru < 0 || (json_is_true(elig) && !baru))
				rc = plan_error(path, line, 1, "\"golongan_baru\": not a golongan ruang (an eligible line names the one it reaches)", NULL);
			else if (n == cap) {
				int32_t ncap = cap ? cap * 2 : 1024;
				struct planned *np = realloc(p, (size_t)ncap * sizeof *np);
				if (!np)
					rc = EXIT_INTERNAL;
				else {
					p = np;
					cap = ncap;
				}
			}
			if (!rc) {
				struct planned *x = &p[n++];
				memset(x, 0, sizeof *x);
				memcpy(x->nip, digits, sizeof x->nip);
				x->line = line;
				x->golongan = gol > 0 ? gol : 0; /* a PPPK's golongan is not a golongan ruang: not compared */
				x->golongan_baru = baru;
				x->tanggal = date;
				x->eligible = json_is_true(elig);
				if (rencana)
					from_rencana(x, o, r->o.date);
			}
		}
		json_decref(o);
	}
	free(buf);
	fclose(f);
	if (!rc) { /* one line per employee: the same NIP twice is two plans for one person (a sorted copy says) */
		struct planned *s = malloc(((size_t)n + 1) * sizeof *s);
		if (!s)
			rc = EXIT_INTERNAL;
		else if (n)
			memcpy(s, p, (size_t)n * sizeof *s);
		if (s)
			qsort(s, (size_t)n, sizeof *s, by_nip);
		for (int32_t i = 1; s && i < n && !rc; i++)
			if (!strcmp(s[i].nip, s[i - 1].nip)) {
				int32_t a = s[i].line < s[i - 1].line ? s[i].line : s[i - 1].line, b = s[i].line ^ s[i - 1].line ^ a;
				char what[96];
				snprintf(what, sizeof what, "%s is planned twice (also line %d)", s[i].nip, a);
				rc = plan_error(path, b, 1, "NIP ", what);
			}
		free(s);
	}
	if (rc) {
		free(p);
		free(fu);
		return rc;
	}
	*out = p;
	*count = n;
	*out_funded = fu;
	*count_funded = nfu;
	return 0;
}

/* Whole months from a to b, negative when b is before a. */
static int32_t months(int32_t a, int32_t b)
{
	int32_t y = 0, m = 0;
	must(karier_date_diff(&y, &m, NULL, b >= a ? a : b, b >= a ? b : a));
	return (b >= a ? 1 : -1) * (12 * y + m);
}

/* Whether code is one of the "|"-separated codes of list. */
static bool listed(const char *list, const char *code)
{
	size_t n = strlen(code);
	for (const char *q = list; *q;) {
		const char *bar = strchr(q, '|');
		size_t len = bar ? (size_t)(bar - q) : strlen(q);
		if (len == n && !strncmp(q, code, n))
			return true;
		q = bar ? bar + 1 : q + len;
	}
	return false;
}

int cmd_evaluasi(struct run *r)
{
	const struct opts *o = &r->o;
	struct writer *w = &r->w;
	bool en = o->lang == KARIER_LANG_EN;
	struct planned *p = NULL;
	struct funded *fu = NULL;
	int32_t n = 0, nfu = 0;
	int rc = read_plan(r, &p, &n, &fu, &nfu);
	if (rc)
		return rc;
	int64_t count[K_COUNT] = {0}, planned = 0, moves[3] = {0}, jp_plan = 0, jp_done = 0, moved_krs = 0;
	for (int32_t i = 0; i < n; i++)
		planned += p[i].eligible;
	static const char *const move_key[3] = {"tetap", "sesuai_rencana", "lain"};
	static const char *head_id[] = {"NIP", "Nama", "Kategori", "Layak", "Golongan rencana", "Tanggal rencana",
	                                "Golongan kini", "TMT golongan kini", "Selisih bulan", "Keterangan",
	                                "Pindah", "JP rencana", "JP realisasi"};
	static const char *head_en[] = {"NIP", "Name", "Category", "Eligible", "Planned golongan", "Planned date",
	                                "Golongan now", "TMT golongan now", "Months late", "Note",
	                                "Moved", "Planned JP", "JP done"};
	writer_list_begin(w, 13, en ? head_en : head_id, "ktkkkdkditkii");
	struct sbuf rec_line = {0}; /* a record's JSON line, its room kept from one to the next */
	for (int32_t i = 0; i < n; i++) {
		const struct planned *x = &p[i];
		int32_t idx = -1, k;
		karier_dataset_employee_find(&idx, r->ds, x->nip);
		const karier_employee *e = idx >= 0 ? karier_dataset_employee(r->ds, idx) : NULL;
		int32_t now = 0, tmt = 0;
		bool pns = e && karier_employee_status(e) != KARIER_STATUS_PPPK;
		if (pns) {
			now = karier_employee_golongan(e);
			tmt = karier_employee_tmt_golongan(e);
		}
		bool late_known = false;
		if (!e)
			k = K_TIDAK_ADA;
		else if (x->eligible) {
			bool risen = pns && now >= x->golongan_baru;
			if (risen && tmt == x->tanggal)
				k = K_TEPAT;
			else if (risen && tmt < x->tanggal)
				k = K_AWAL;
			else if (risen)
				k = K_TERLAMBAT;
			else
				k = x->tanggal > o->date ? K_BELUM_WAKTU : K_BELUM;
			late_known = risen;
		} else
			k = pns && x->golongan && now > x->golongan ? K_DILUAR : K_TETAP;
		count[k]++;
		/* a plan's moves and training: the post now against the post then and the posts planned by --date */
		int mv = -1;
		int32_t done = 0;
		if (x->rencana && e) {
			const char *jab = karier_employee_jabatan_code(e);
			mv = !strcmp(jab, x->jabatan) ? 0 : listed(x->targets, jab) ? 1 : 2;
			moves[mv]++;
			moved_krs += mv && x->krs; /* a post filled from the talent pool */
			for (int32_t y = x->year0; y && y <= o->date / 10000; y++) {
				int32_t jp = 0;
				if (!karier_jp_ledger(&jp, NULL, NULL, NULL, NULL, r->policy, e, y))
					done += jp;
			}
			jp_plan += x->jp_plan;
			jp_done += done;
		}
		char late[16] = "", tgl[16] = "", tmt_s[16] = "", jpp[16] = "", jpd[16] = "";
		int32_t late_months = late_known ? months(x->tanggal, tmt) : 0;
		if (late_known)
			snprintf(late, sizeof late, "%d", late_months);
		if (x->tanggal)
			must(karier_date_format(tgl, sizeof tgl, x->tanggal));
		if (tmt)
			must(karier_date_format(tmt_s, sizeof tmt_s, tmt));
		if (mv >= 0) {
			snprintf(jpp, sizeof jpp, "%d", x->jp_plan);
			snprintf(jpd, sizeof jpd, "%d", done);
		}
		const char *planned_gol = x->eligible ? code_or(KARIER_CODE_GOLONGAN, x->golongan_baru, "") : "";
		const char *now_gol = e ? golongan_name(e, "") : "";
		if (w->fmt->json) { /* the line as text (struct jline): no JSON object per employee */
			struct jline j = {.b = &rec_line, .first = true};
			jline_str(&j, "nip", x->nip);
			jline_str(&j, "kategori", cat_key[k]);
			jline_bool(&j, "eligible", x->eligible);
			jline_str(&j, "golongan_rencana", *planned_gol ? planned_gol : NULL);
			jline_str(&j, "tanggal_rencana", x->tanggal ? tgl : NULL);
			jline_str(&j, "golongan_kini", *now_gol ? now_gol : NULL);
			jline_str(&j, "tmt_golongan_kini", tmt ? tmt_s : NULL);
			if (late_known)
				jline_int(&j, "selisih_bulan", late_months);
			else
				jline_str(&j, "selisih_bulan", NULL);
			if (mv >= 0) {
				jline_str(&j, "pindah", move_key[mv]);
				jline_int(&j, "jp_rencana", x->jp_plan);
				jline_int(&j, "jp_realisasi", done);
			}
			jline_close(&j);
		}
		const char *cells[13] = {x->nip,     e ? karier_employee_nama(e) : "", cat_key[k], x->eligible ? (en ? "yes" : "ya") : "",
		                         planned_gol, tgl, now_gol, tmt_s, late, en ? cat_en[k] : cat_id[k],
		                         mv >= 0 ? move_key[mv] : "", jpp, jpd};
		writer_record_text(w, cells, rec_line.p);
		rec_line.len = 0;
	}
	writer_list_end(w);
	sbuf_free(&rec_line);
	/* the training budget of the plan's successors: the share spent on those whose gaps against the new post closed */
	int64_t dana = 0, closed = 0;
	for (int32_t i = 0; i < nfu; i++) {
		int32_t idx = -1;
		karier_dataset_employee_find(&idx, r->ds, fu[i].nip);
		const karier_position *post = karier_dataset_position_find(r->ds, fu[i].post);
		dana += fu[i].didanai;
		karier_plan *pl = NULL;
		if (idx >= 0 && post && !karier_plan_new(&pl, r->policy, karier_dataset_employee(r->ds, idx), post, NULL) &&
		    karier_plan_gap_count(pl) == 0)
			closed += fu[i].didanai;
		karier_plan_free(pl);
	}
	/* the totals: a summary line for JSON lines, text where the format takes it */
	if (w->fmt->json) {
		json_t *t = json_object();
		for (int q = 0; q < K_COUNT; q++)
			json_object_set_new(t, cat_key[q], json_integer(count[q]));
		json_t *line = json_pack("{s:s, s:s, s:o, s:i, s:I, s:o}", "bagian", "evaluasi", "rencana", o->plan, "tanggal",
		                         json_date(o->date), "pegawai", n, "layak", (json_int_t)planned, "kategori", t);
		if (moves[0] + moves[1] + moves[2]) {
			json_object_set_new(line, "pindah", json_pack("{s:I, s:I, s:I, s:I}", "tetap", (json_int_t)moves[0], "sesuai_rencana",
			                                             (json_int_t)moves[1], "lain", (json_int_t)moves[2],
			                                             "dari_kelompok_rencana_suksesi", (json_int_t)moved_krs));
			json_object_set_new(line, "jp", json_pack("{s:I, s:I}", "rencana", (json_int_t)jp_plan, "realisasi", (json_int_t)jp_done));
		}
		if (nfu)
			json_object_set_new(line, "anggaran_pelatihan", json_pack("{s:I, s:I}", "didanai", (json_int_t)dana,
			                                                          "menutup_kesenjangan", (json_int_t)closed));
		writer_line(w, NULL, line);
	} else if (w->fmt->notes) {
		char text[256];
		snprintf(text, sizeof text, en ? "\n%d planned; %lld eligible, of whom %lld rose on the planned date:\n"
		                               : "\n%d direncanakan; %lld layak, %lld di antaranya naik pangkat pada tanggal rencana:\n",
		         n, (long long)planned, (long long)count[K_TEPAT]);
		writer_line(w, text, NULL);
		for (int q = 0; q < K_COUNT; q++) {
			snprintf(text, sizeof text, "  %-22s %8lld  %s\n", cat_key[q], (long long)count[q], en ? cat_en[q] : cat_id[q]);
			writer_line(w, text, NULL);
		}
		if (moves[0] + moves[1] + moves[2]) {
			snprintf(text, sizeof text, en ? "moves: %lld as planned, %lld elsewhere (%lld of them from the talent pool), %lld stayed; JP %lld done of %lld planned\n"
			                               : "pindah: %lld sesuai rencana, %lld ke jabatan lain (%lld di antaranya dari kelompok rencana suksesi), %lld tetap; JP %lld terlaksana dari %lld direncanakan\n",
			         (long long)moves[1], (long long)moves[2], (long long)moved_krs, (long long)moves[0], (long long)jp_done,
			         (long long)jp_plan);
			writer_line(w, text, NULL);
		}
		if (nfu) {
			snprintf(text, sizeof text, en ? "training funded for successors: Rp %lld, of which Rp %lld closed every gap\n"
			                               : "pelatihan pengganti yang didanai: Rp %lld, Rp %lld di antaranya menutup semua kesenjangan\n",
			         (long long)dana, (long long)closed);
			writer_line(w, text, NULL);
		}
	}
	free(p);
	free(fu);
	return 0;
}
