/*
 * html.c - the karier command's page (--format html, for report): one
 * self-contained HTML file with inline CSS and SVG, no script, font or image
 * fetched from anywhere, so it opens from a USB stick on an offline laptop.
 * Each section of the report is drawn from its JSON head (the numbers the
 * JSON lines carry) and its records: the 9-box grid coloured as PermenPANRB
 * 3/2020 is usually drawn, with the employees of each box in a collapsed
 * list; eligible promotions per kind and per period; JP this year against the
 * minimum; the training budget; the shortlist.  Every chart has the table of
 * its numbers beside it (readable without colour, printed in black and
 * white), and the page prints on A4.  Lists beyond a limit become counts with
 * a note, so the page for a million employees stays small.  The bytes depend
 * only on the input: no clock is read.  The page is built in memory and
 * written whole at the end.
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <karier.h>

#include "writer.h"

#define LIST_ROWS 200 /* rows of a table on the page; the rest are counted */
#define BOX_NAMES 100 /* employees named under each 9-box */
#define MAX_KEYS 1024 /* distinct kinds or period dates tallied (about 80 years of monthly periods) */
#define PERIODS 8     /* period dates drawn one by one */

struct buf {
	char *p;
	size_t n, cap;
};

struct tally {
	char key[MAX_KEYS][32];
	int64_t count[MAX_KEYS];
	int n;
	int64_t other; /* keys beyond MAX_KEYS */
};

struct group {
	const char *const *head;
	const char *between;
	int64_t rows;
	struct buf body; /* the first LIST_ROWS rows */
};

struct html {
	struct buf page, notes; /* notes: of the section being written */
	bool en;
	json_t *head; /* the section's JSON head, or NULL */
	const char *title;
	int ngroup, ncol;
	const char *types;
	struct group g[4];
	struct tally kinds, dates;   /* kenaikan pangkat: eligible per kind, the others per earliest date */
	struct buf box_names[10];    /* 9-box: the first BOX_NAMES names of each box */
	int64_t box_count[10];
	int nsection;
};

static void oom(void)
{
	fputs("karier: out of memory\n", stderr);
	exit(1);
}

static void put(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (b->n + n + 1 > cap)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p)
			oom();
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void puts_(struct buf *b, const char *s) { put(b, s, strlen(s)); }

static void pf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void pf(struct buf *b, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* Text as HTML: the five characters that mean something escaped. */
static void esc(struct buf *b, const char *s)
{
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, "&<>\"'");
		put(b, p, n);
		p += n;
		if (!*p)
			break;
		switch (*p++) {
		case '&': puts_(b, "&amp;"); break;
		case '<': puts_(b, "&lt;"); break;
		case '>': puts_(b, "&gt;"); break;
		case '"': puts_(b, "&quot;"); break;
		default: puts_(b, "&#39;"); break;
		}
	}
}

static void buf_free(struct buf *b)
{
	free(b->p);
	memset(b, 0, sizeof *b);
}

/* Count key, the keys kept sorted (binary search; a new key is inserted in its place). */
static void tally_add(struct tally *t, const char *key)
{
	int lo = 0, hi = t->n;
	while (lo < hi) {
		int mid = (lo + hi) / 2, c = strcmp(t->key[mid], key);
		if (c == 0) {
			t->count[mid]++;
			return;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (t->n == MAX_KEYS) { /* more distinct keys than a chart draws: counted with the last ones */
		t->other++;
		return;
	}
	memmove(t->key[lo + 1], t->key[lo], (size_t)(t->n - lo) * sizeof t->key[0]);
	memmove(&t->count[lo + 1], &t->count[lo], (size_t)(t->n - lo) * sizeof t->count[0]);
	snprintf(t->key[lo], sizeof t->key[lo], "%s", key);
	t->count[lo] = 1;
	t->n++;
}

static struct html *state(struct writer *w)
{
	if (!w->html) {
		struct html *h = calloc(1, sizeof *h);
		if (!h)
			oom();
		h->en = w->en;
		w->html = h;
	}
	return w->html;
}

/* ---- charts ------------------------------------------------------------- */

/* A horizontal bar chart with its numbers in a table beside it: one bar per
 * label, each bar labelled with its value, so nothing depends on colour. */
static void bars(struct buf *b, const char *id, const char *caption, const char *what, const char *const *label,
                 const int64_t *value, int n)
{
	int64_t max = 1;
	for (int i = 0; i < n; i++)
		max = value[i] > max ? value[i] : max;
	pf(b, "<figure class=\"chart\" id=\"%s\"><figcaption>", id);
	esc(b, caption);
	pf(b, "</figcaption><div class=\"pair\"><svg role=\"img\" aria-labelledby=\"%s-t\" viewBox=\"0 0 420 %d\" "
	      "width=\"420\" height=\"%d\"><title id=\"%s-t\">",
	   id, 22 * n + 8, 22 * n + 8, id);
	esc(b, caption);
	puts_(b, "</title>");
	for (int i = 0; i < n; i++) {
		int y = 22 * i + 4;
		long wpx = (long)(value[i] * 230 / max);
		pf(b, "<text x=\"0\" y=\"%d\" class=\"lbl\">", y + 14);
		esc(b, label[i]);
		pf(b, "</text><rect x=\"150\" y=\"%d\" width=\"%ld\" height=\"16\" class=\"bar\"/>"
		      "<text x=\"%ld\" y=\"%d\" class=\"val\">%lld</text>",
		   y, wpx, 154 + wpx, y + 13, (long long)value[i]);
	}
	puts_(b, "</svg><table class=\"num\"><thead><tr><th scope=\"col\">");
	esc(b, what);
	puts_(b, "</th><th scope=\"col\">n</th></tr></thead><tbody>");
	for (int i = 0; i < n; i++) {
		puts_(b, "<tr><td>");
		esc(b, label[i]);
		pf(b, "</td><td data-key=\"%s-%d\">%lld</td></tr>", id, i, (long long)value[i]);
	}
	puts_(b, "</tbody></table></div></figure>\n");
}

/* The fill of a 9-box cell: red for the lowest box to dark green for the highest. */
static const char *box_fill(int64_t box)
{
	static const char *const fill[10] = {"#ffffff", "#e06666", "#f6a05a", "#f6a05a", "#f9d76e", "#f9d76e",
	                                     "#f9d76e", "#93c47d", "#93c47d", "#38a34a"};
	return box >= 1 && box <= 9 ? fill[box] : "#ffffff";
}

static void ninebox(struct html *h, struct buf *b)
{
	json_t *kisi = json_object_get(h->head, "kisi"), *jumlah = json_object_get(h->head, "jumlah");
	int64_t total = 0;
	for (int k = 1; k <= 9; k++)
		total += h->box_count[k];
	if (!total)
		for (int k = 1; k <= 9; k++) { /* no detail list: the head's counts */
			char key[4];
			snprintf(key, sizeof key, "%d", k);
			h->box_count[k] = json_integer_value(json_object_get(jumlah, key));
			total += h->box_count[k];
		}
	static const char *const rows_id[3] = {"Kinerja di atas", "Kinerja sesuai", "Kinerja di bawah"};
	static const char *const rows_en[3] = {"Above expectation", "Meets expectation", "Below expectation"};
	static const char *const cols_id[3] = {"Potensi rendah", "Potensi menengah", "Potensi tinggi"};
	static const char *const cols_en[3] = {"Low potential", "Medium potential", "High potential"};
	const char *const *rows = h->en ? rows_en : rows_id, *const *cols = h->en ? cols_en : cols_id;
	pf(b, "<figure class=\"chart\" id=\"kotak\"><figcaption>%s</figcaption><div class=\"pair\">",
	   h->en ? "9-box talent matrix: employees per box and share" : "Kotak talenta 9: jumlah pegawai per kotak dan porsinya");
	pf(b, "<svg role=\"img\" aria-labelledby=\"kotak-t\" viewBox=\"0 0 420 330\" width=\"420\" height=\"330\">"
	      "<title id=\"kotak-t\">%s</title>",
	   h->en ? "9-box grid" : "Kisi kotak talenta 9");
	for (int r = 0; r < 3; r++) {
		json_t *row = json_array_get(kisi, (size_t)r);
		pf(b, "<text x=\"0\" y=\"%d\" class=\"lbl\">%s</text>", 60 + 100 * r, rows[r]);
		for (int c = 0; c < 3; c++) {
			int64_t box = json_integer_value(json_array_get(row, (size_t)c));
			int64_t n = box >= 1 && box <= 9 ? h->box_count[box] : 0;
			int x = 120 + 100 * c, y = 10 + 100 * r;
			long long share = total ? (n * 1000 + total / 2) / total : 0; /* per mille, rounded */
			pf(b, "<rect x=\"%d\" y=\"%d\" width=\"96\" height=\"96\" fill=\"%s\" class=\"cell\"/>"
			      "<text x=\"%d\" y=\"%d\" class=\"boxno\">%lld</text>"
			      "<text x=\"%d\" y=\"%d\" class=\"boxn\">%lld</text>"
			      "<text x=\"%d\" y=\"%d\" class=\"boxp\">%lld,%lld%%</text>",
			   x, y, box_fill(box), x + 6, y + 16, (long long)box, x + 48, y + 58, (long long)n, x + 48, y + 80,
			   share / 10, share % 10);
		}
	}
	for (int c = 0; c < 3; c++)
		pf(b, "<text x=\"%d\" y=\"325\" class=\"lbl mid\">%s</text>", 168 + 100 * c, cols[c]);
	pf(b, "</svg><table class=\"num\"><thead><tr><th scope=\"col\">%s</th><th scope=\"col\">n</th><th scope=\"col\">%%</th>"
	      "</tr></thead><tbody>",
	   h->en ? "Box" : "Kotak");
	for (int k = 9; k >= 1; k--) {
		long long share = total ? (h->box_count[k] * 1000 + total / 2) / total : 0;
		pf(b, "<tr><td>%d</td><td data-box=\"%d\">%lld</td><td>%lld,%lld</td></tr>", k, k, (long long)h->box_count[k],
		   share / 10, share % 10);
	}
	puts_(b, "</tbody></table></div></figure>\n");
	for (int k = 9; k >= 1; k--) {
		if (!h->box_count[k])
			continue;
		pf(b, "<details><summary>%s %d: %lld %s</summary><ul class=\"names\">", h->en ? "Box" : "Kotak", k,
		   (long long)h->box_count[k], h->en ? "employees" : "pegawai");
		put(b, h->box_names[k].p ? h->box_names[k].p : "", h->box_names[k].n);
		puts_(b, "</ul>");
		if (h->box_count[k] > BOX_NAMES)
			pf(b, "<p class=\"more\">%s %lld %s</p>", h->en ? "and" : "dan", (long long)(h->box_count[k] - BOX_NAMES),
			   h->en ? "more, listed in --format xlsx or jsonl" : "lagi, terdaftar di --format xlsx atau jsonl");
		puts_(b, "</details>\n");
	}
}

static void promotion_charts(struct html *h, struct buf *b)
{
	const char *label[MAX_KEYS + 2];
	int64_t value[MAX_KEYS + 2];
	int n = 0;
	for (int i = 0; i < h->kinds.n; i++) {
		label[n] = h->kinds.key[i];
		value[n++] = h->kinds.count[i];
	}
	pf(b, "<p class=\"big\">%s: <span id=\"layak\">%lld</span></p>\n", h->en ? "Eligible" : "Layak",
	   (long long)json_integer_value(json_object_get(h->head, "layak")));
	if (n)
		bars(b, "per-jenis", h->en ? "Eligible at this period, per kind of kenaikan pangkat"
		                           : "Layak pada periode ini, per jenis kenaikan pangkat",
		     h->en ? "Kind" : "Jenis", label, value, n);
	/* per period: eligible now, then the others at their earliest period date (sorted: dates in order) */
	n = 0;
	const char *now = json_string_value(json_object_get(h->head, "tanggal"));
	label[n] = now ? now : "";
	value[n++] = json_integer_value(json_object_get(h->head, "layak"));
	int64_t never = 0, later = h->dates.other; /* the next PERIODS dates one by one, then the rest together */
	int shown = 0;
	for (int i = 0; i < h->dates.n; i++) {
		if (!strcmp(h->dates.key[i], "-"))
			never = h->dates.count[i];
		else if (shown++ < PERIODS) {
			label[n] = h->dates.key[i];
			value[n++] = h->dates.count[i];
		} else
			later += h->dates.count[i];
	}
	if (later) {
		label[n] = h->en ? "later" : "sesudahnya";
		value[n++] = later;
	}
	if (never) {
		label[n] = h->en ? "not by waiting" : "tidak dengan menunggu";
		value[n++] = never;
	}
	bars(b, "per-periode", h->en ? "Eligible per period: now, and the others from their earliest period date"
	                             : "Layak per periode: sekarang, dan yang lain sejak periode paling awalnya",
	     h->en ? "Period" : "Periode", label, value, n);
}

static void jp_chart(struct html *h, struct buf *b)
{
	json_t *dist = json_object_get(h->head, "distribusi");
	const char *label[16];
	char text[16][24];
	int64_t value[16];
	int n = 0;
	size_t i;
	json_t *bin;
	json_array_foreach(dist, i, bin) {
		if (n == 16)
			break;
		json_t *to = json_object_get(bin, "sampai");
		if (json_is_null(to))
			snprintf(text[n], sizeof text[n], "%lld+", (long long)json_integer_value(json_object_get(bin, "dari")));
		else
			snprintf(text[n], sizeof text[n], "%lld-%lld", (long long)json_integer_value(json_object_get(bin, "dari")),
			         (long long)json_integer_value(to));
		label[n] = text[n];
		value[n++] = json_integer_value(json_object_get(bin, "jumlah"));
	}
	pf(b, "<p class=\"big\">%s %lld JP: <span id=\"di-bawah\">%lld</span></p>\n",
	   h->en ? "Under the minimum of" : "Di bawah minimum", (long long)json_integer_value(json_object_get(h->head, "jp_minimum")),
	   (long long)json_integer_value(json_object_get(h->head, "jumlah")));
	char cap[160];
	snprintf(cap, sizeof cap, h->en ? "JP this year (%lld), employees per band; the minimum is %lld JP"
	                                : "JP tahun ini (%lld), jumlah pegawai per rentang; minimum %lld JP",
	         (long long)json_integer_value(json_object_get(h->head, "tahun")),
	         (long long)json_integer_value(json_object_get(h->head, "jp_minimum")));
	bars(b, "jp", cap, "JP", label, value, n);
}

static void training_chart(struct html *h, struct buf *b)
{
	json_t *hd = h->head;
	long long budget = json_integer_value(json_object_get(hd, "anggaran_idr")),
	          spent = json_integer_value(json_object_get(hd, "terpakai_idr"));
	pf(b, "<p class=\"big\">%s: Rp <span id=\"terpakai\">%lld</span>", h->en ? "Spent" : "Terpakai", spent);
	if (!json_is_null(json_object_get(hd, "anggaran_idr")))
		pf(b, " %s Rp <span id=\"anggaran\">%lld</span>", h->en ? "of" : "dari", budget);
	puts_(b, "</p>\n");
	const char *label[4] = {h->en ? "funded" : "didanai", h->en ? "not funded (budget)" : "tidak didanai (anggaran)",
	                        h->en ? "no course in the catalogue" : "tanpa pelatihan di katalog",
	                        h->en ? "over a PPPK's yearly maximum" : "di atas maksimum PPPK"};
	int64_t value[4] = {json_integer_value(json_object_get(hd, "kesenjangan_didanai")),
	                    json_integer_value(json_object_get(hd, "kesenjangan_tidak_didanai")),
	                    json_integer_value(json_object_get(hd, "kesenjangan_tanpa_pelatihan")),
	                    json_integer_value(json_object_get(hd, "kesenjangan_di_atas_maksimum_pppk"))};
	bars(b, "kesenjangan", h->en ? "Competency gaps by what the allocation did" : "Kesenjangan kompetensi menurut alokasi",
	     h->en ? "Gaps" : "Kesenjangan", label, value, 4);
	double nilai = json_number_value(json_object_get(hd, "nilai")), batas = json_number_value(json_object_get(hd, "batas_atas"));
	const char *vl[2] = {h->en ? "value reached" : "nilai tercapai", h->en ? "proven upper bound" : "batas atas terbukti"};
	int64_t vv[2] = {(int64_t)(nilai + 0.5), (int64_t)(batas + 0.5)};
	bars(b, "nilai", h->en ? "Priority-weighted gap closure against its proven bound (rounded)"
	                       : "Penutupan kesenjangan berbobot prioritas terhadap batas atasnya (dibulatkan)",
	     h->en ? "Value" : "Nilai", vl, vv, 2);
}

/* ---- the writer's entry points ------------------------------------------ */

void html_section_begin(struct writer *w, const char *title, json_t *head)
{
	struct html *h = state(w);
	json_decref(h->head);
	h->head = head;
	h->title = title;
	h->kinds.n = h->dates.n = 0;
	h->kinds.other = h->dates.other = 0;
	for (int k = 0; k < 10; k++) {
		buf_free(&h->box_names[k]);
		h->box_count[k] = 0;
	}
	h->notes.n = 0;
	h->ngroup = 0;
}

void html_groups_begin(struct writer *w, int ngroup, int ncol, const char *const *const *heads, const char *const *between,
                       const char *types)
{
	struct html *h = state(w);
	h->ngroup = ngroup > 4 ? 4 : ngroup;
	h->ncol = ncol;
	h->types = types;
	for (int g = 0; g < h->ngroup; g++) {
		h->g[g].head = heads[g];
		h->g[g].between = between ? between[g] : NULL;
		h->g[g].rows = 0;
		h->g[g].body.n = 0;
	}
}

static bool numeric(char type) { return type == COL_NUMBER || type == COL_P || type == COL_INTEGER || type == COL_RUPIAH; }

void html_group_record(struct writer *w, int group, const char *const *cells)
{
	struct html *h = state(w);
	const char *bag = json_string_value(json_object_get(h->head, "bagian"));
	bag = bag ? bag : "";
	if (!strcmp(bag, "kotak_talenta")) { /* the detail list: box, NIP, name */
		int k = atoi(cells[0]);
		if (k < 0 || k > 9)
			return;
		if (h->box_count[k]++ < BOX_NAMES) {
			puts_(&h->box_names[k], "<li>");
			esc(&h->box_names[k], cells[1]);
			puts_(&h->box_names[k], " ");
			esc(&h->box_names[k], cells[2]);
			puts_(&h->box_names[k], "</li>");
		}
		return;
	}
	if (!strcmp(bag, "kenaikan_pangkat"))
		tally_add(group == 0 ? &h->kinds : &h->dates, cells[group == 0 ? 4 : 3]);
	struct group *g = &h->g[group < h->ngroup ? group : 0];
	if (g->rows++ >= LIST_ROWS)
		return;
	puts_(&g->body, "<tr>");
	for (int c = 0; c < h->ncol; c++) {
		puts_(&g->body, h->types && numeric(h->types[c]) ? "<td class=\"n\">" : "<td>");
		esc(&g->body, cells[c] ? cells[c] : "");
		puts_(&g->body, "</td>");
	}
	puts_(&g->body, "</tr>");
}

void html_groups_end(struct writer *w) { (void)w; }

void html_note(struct writer *w, const char *text)
{
	struct html *h = state(w);
	struct buf *b = h->title ? &h->notes : &h->page;
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\n");
		if (n) {
			char *line = malloc(n + 1);
			if (!line)
				oom();
			memcpy(line, p, n);
			line[n] = '\0';
			puts_(b, "<p>");
			esc(b, line);
			puts_(b, "</p>\n");
			free(line);
		}
		p += n + (p[n] == '\n');
	}
}

static void table(struct html *h, struct buf *b, struct group *g)
{
	if (g->between) {
		puts_(b, "<h3>");
		esc(b, g->between);
		puts_(b, "</h3>\n");
	}
	puts_(b, "<table class=\"list\"><thead><tr>");
	for (int c = 0; c < h->ncol; c++) {
		puts_(b, "<th scope=\"col\">");
		esc(b, g->head[c]);
		puts_(b, "</th>");
	}
	puts_(b, "</tr></thead><tbody>");
	put(b, g->body.p ? g->body.p : "", g->body.n);
	puts_(b, "</tbody></table>\n");
	if (g->rows > LIST_ROWS)
		pf(b, "<p class=\"more\">%s %lld %s</p>\n", h->en ? "and" : "dan", (long long)(g->rows - LIST_ROWS),
		   h->en ? "more, listed in --format xlsx or jsonl" : "lagi, terdaftar di --format xlsx atau jsonl");
}

void html_section_end(struct writer *w)
{
	struct html *h = state(w);
	struct buf *b = &h->page;
	const char *bag = json_string_value(json_object_get(h->head, "bagian"));
	bag = bag ? bag : "";
	pf(b, "<section id=\"%s\">\n<h2>", bag[0] ? bag : "bagian");
	esc(b, h->title ? h->title : "");
	puts_(b, "</h2>\n");
	if (!strcmp(bag, "kenaikan_pangkat"))
		promotion_charts(h, b);
	else if (!strcmp(bag, "kotak_talenta"))
		ninebox(h, b);
	else if (!strcmp(bag, "di_bawah_minimum_jp"))
		jp_chart(h, b);
	else if (!strcmp(bag, "pelatihan"))
		training_chart(h, b);
	put(b, h->notes.p ? h->notes.p : "", h->notes.n);
	if (strcmp(bag, "kotak_talenta"))
		for (int g = 0; g < h->ngroup; g++)
			table(h, b, &h->g[g]);
	puts_(b, "</section>\n");
	json_decref(h->head);
	h->head = NULL;
	h->title = NULL;
	h->ngroup = 0;
}

static const char style[] =
	"body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;color:#111;margin:0 auto;max-width:190mm;padding:8mm}"
	"h1{font-size:16pt;margin:0 0 4pt}h2{font-size:13pt;border-bottom:1px solid #555;margin:14pt 0 6pt}"
	"h3{font-size:11pt;margin:10pt 0 4pt}p{margin:3pt 0}.big{font-size:12pt}"
	"figure{margin:6pt 0;break-inside:avoid;page-break-inside:avoid}figcaption{font-weight:bold;margin-bottom:3pt}"
	".pair{display:flex;flex-wrap:wrap;gap:10pt;align-items:flex-start}svg{max-width:100%;height:auto}"
	".lbl{font-size:11px}.mid{text-anchor:middle}.val{font-size:11px}.bar{fill:#4a6fa5;stroke:#111;stroke-width:.5}"
	".cell{stroke:#111;stroke-width:1}.boxno{font-size:11px}.boxn{font-size:20px;font-weight:bold;text-anchor:middle}"
	".boxp{font-size:12px;text-anchor:middle}"
	"table{border-collapse:collapse;margin:4pt 0}th,td{border:1px solid #999;padding:1pt 4pt;text-align:left;"
	"vertical-align:top}td.n,.num td+td{text-align:right}thead{display:table-header-group}"
	"tr{break-inside:avoid;page-break-inside:avoid}.list{width:100%;font-size:9pt}.more{font-style:italic}"
	"details{margin:2pt 0}summary{cursor:pointer}.names{columns:2;font-size:9pt;margin:2pt 0}"
	"footer{margin-top:12pt;font-size:8.5pt;color:#444}"
	"@page{size:A4;margin:12mm}@media print{body{padding:0;max-width:none}details{display:block}"
	"details>summary{list-style:none}details:not([open])>*:not(summary){display:block}}";

/* The page: head, the sections in order, a footer; written whole. */
static bool html_finish(struct writer *w)
{
	struct html *h = state(w);
	struct buf out = {0};
	pf(&out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n<style>",
	   h->en ? "en" : "id", h->en ? "Career report" : "Laporan karier");
	puts_(&out, style);
	pf(&out, "</style>\n</head>\n<body>\n<main>\n<h1>%s</h1>\n", h->en ? "Career report" : "Laporan karier");
	put(&out, h->page.p ? h->page.p : "", h->page.n);
	pf(&out, "</main>\n<footer>libkarier %s. %s</footer>\n</body>\n</html>\n", karier_version_string(),
	   h->en ? "Every number is in the JSON lines of the same run (--format jsonl)."
	         : "Setiap angka ada di baris JSON dari jalankan yang sama (--format jsonl).");
	bool ok = fwrite(out.p, 1, out.n, w->f) == out.n;
	buf_free(&out);
	buf_free(&h->page);
	buf_free(&h->notes);
	for (int k = 0; k < 10; k++)
		buf_free(&h->box_names[k]);
	for (int g = 0; g < 4; g++)
		buf_free(&h->g[g].body);
	json_decref(h->head);
	free(h);
	w->html = NULL;
	return ok;
}

/* Lists outside sections (no command writes one to a page today) become a section of their own. */
static void html_list_begin(struct writer *w, int ncol, const char *const *head, const char *types)
{
	html_section_begin(w, w->title, NULL);
	const char *const *heads[1] = {head};
	html_groups_begin(w, 1, ncol, heads, NULL, types);
}
static void html_record(struct writer *w, const char *const *cells, json_t *json)
{
	json_decref(json);
	html_group_record(w, 0, cells);
}
static void html_list_end(struct writer *w) { html_section_end(w); }
static void html_list_drop(struct writer *w) { html_section_end(w); }
static void html_line(struct writer *w, const char *text, json_t *json)
{
	json_decref(json);
	if (text)
		html_note(w, text);
}

const struct writer_format writer_html = {"html", true, false, false, FMT_HTML, html_list_begin, html_record,
                                          html_list_end, html_list_drop, html_line, html_finish, true, true};
