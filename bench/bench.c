/*
 * bench - throughput of libkarier's per-employee API on synthetic data made
 * in memory: employees per second, nanoseconds per employee, peak memory.
 *
 *   bench [--n N] [--courses C] [--alloc-n M] [--dataset DIR]
 *
 * N employees (default 1000000) with 5 years of kinerja, 11 competencies,
 * 3 trainings and occasional penalties; a catalogue of C courses (default
 * 2000) over 40 competencies; the allocation runs over the first M employees
 * (default 100000).  --dataset DIR also times reading a CSV dataset folder.
 * The data is synthetic and seeded, so runs are comparable.
 * SPDX-License-Identifier: MIT
 */
#define _DEFAULT_SOURCE /* madvise */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include <karier.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long peak_rss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static uint32_t rng = 20261122u;
static uint32_t rnd(uint32_t n)
{
	rng = rng * 1664525u + 1013904223u;
	return (rng >> 8) % n;
}

/* The first write to each 4 KiB page of `size` fresh bytes at p, then a second write, in seconds. */
static void touch_twice(volatile unsigned char *p, size_t size, double *first, double *again)
{
	double t = now();
	for (size_t i = 0; i < size; i += 4096)
		p[i] = 1;
	*first = now() - t;
	t = now();
	for (size_t i = 0; i < size; i += 4096)
		p[i] = 2;
	*again = now() - t;
}

/* What this machine charges for memory a program has just been given: the
 * first write to each 4 KiB page (the kernel maps and zeroes it), then a
 * second write of the same memory; on Linux, memory straight from the kernel
 * (malloc may hand back what the figures above freed), with 4 KiB pages and
 * then offered huge pages, as the library offers its large blocks
 * (src/core/memory.c).  Every figure above that fills fresh memory (a
 * cohort, a batch's columns, a dataset) pays the first. */
static void first_touch(void)
{
	enum { SIZE = 32 << 20, PAGE = 4096, HUGE = 2 << 20 };
	double first, again;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	static const struct {
		int advice;
		const char *what;
	} kinds[] = {{MADV_NOHUGEPAGE, "fresh memory on this machine"}, {MADV_HUGEPAGE, "  offered huge pages (madvise)"}};
	for (int k = 0; k < 2; k++) {
		unsigned char *m = mmap(NULL, SIZE + HUGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED)
			return;
		/* 2 MB-aligned, so that every 2 MB of it can be a huge page */
		unsigned char *h = (unsigned char *)(((uintptr_t)m + HUGE - 1) & ~(uintptr_t)(HUGE - 1));
		if (madvise(h, SIZE, kinds[k].advice) == 0) {
			touch_twice(h, SIZE, &first, &again);
			printf("%s: first write %.2f us per 4 KiB page, a second write %.3f us\n", kinds[k].what,
			       first * 1e6 / (SIZE / PAGE), again * 1e6 / (SIZE / PAGE));
		}
		munmap(m, SIZE + HUGE);
	}
#else
	volatile unsigned char *p = malloc(SIZE);
	if (!p)
		return;
	touch_twice(p, SIZE, &first, &again);
	printf("fresh memory on this machine: first write %.2f us per 4 KiB page, a second write %.3f us\n",
	       first * 1e6 / (SIZE / PAGE), again * 1e6 / (SIZE / PAGE));
	free((void *)p);
#endif
}

static void report(const char *what, long n, double seconds)
{
	printf("%-42s %9ld  %10.0f /s  %8.1f ns/employee  peak RSS %5ld MB\n", what, n, (double)n / seconds,
	       seconds * 1e9 / (double)n, peak_rss_kb() / 1024);
}

#define CHECK(call)                                                                                \
	do {                                                                                       \
		if ((call) != KARIER_OK) {                                                         \
			fprintf(stderr, "bench: %s: %s\n", #call, karier_last_error());            \
			exit(1);                                                                   \
		}                                                                                  \
	} while (0)

static const char *const komp[11] = {"INTEGRITAS", "KERJASAMA", "KOMUNIKASI", "ORIENTASI_HASIL", "PELAYANAN_PUBLIK",
                                     "PENGEMBANGAN_DIRI", "MENGELOLA_PERUBAHAN", "PENGAMBILAN_KEPUTUSAN", "PEREKAT_BANGSA",
                                     "TEKNIS_A", "TEKNIS_B"};

int main(int argc, char **argv)
{
	long n = 1000000, courses = 2000, alloc_n = 100000;
	const char *dataset = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--n") && i + 1 < argc)
			n = atol(argv[++i]);
		else if (!strcmp(argv[i], "--courses") && i + 1 < argc)
			courses = atol(argv[++i]);
		else if (!strcmp(argv[i], "--alloc-n") && i + 1 < argc)
			alloc_n = atol(argv[++i]);
		else if (!strcmp(argv[i], "--dataset") && i + 1 < argc)
			dataset = argv[++i];
		else {
			fprintf(stderr, "usage: bench [--n N] [--courses C] [--alloc-n M] [--dataset DIR]\n");
			return 2;
		}
	}
	if (n < 1 || n > 6000000 || courses < 1 || alloc_n > n) {
		fprintf(stderr, "bench: --n 1..6000000, --alloc-n <= n\n");
		return 2;
	}
	printf("libkarier %s bench: %ld employees, %ld courses\n\n", karier_version_string(), n, courses);
	karier_policy *pol;
	CHECK(karier_policy_new_default(&pol));
	long rss0 = peak_rss_kb();

	/* positions: one per kind, with a standard of the 11 competencies */
	static const int32_t kinds[4][2] = {{KARIER_JAB_PELAKSANA, 0}, {KARIER_JAB_PENGAWAS, 0},
	                                    {KARIER_JAB_FUNGSIONAL_KEAHLIAN, KARIER_JENJANG_AHLI_MUDA},
	                                    {KARIER_JAB_ADMINISTRATOR, 0}};
	karier_position *pos[4];
	for (int k = 0; k < 4; k++) {
		char code[16];
		snprintf(code, sizeof code, "POS%d", k);
		CHECK(karier_position_new(&pos[k], code, code, kinds[k][0], kinds[k][1]));
		for (int c = 0; c < 11; c++)
			CHECK(karier_position_set_standard(pos[k], komp[c], 2 + (k + c) % 3));
	}
	karier_catalog *cat;
	CHECK(karier_catalog_new(&cat));
	for (long i = 0; i < courses; i++) {
		char code[24], kname[24];
		int32_t lmin = (int32_t)rnd(4);
		snprintf(code, sizeof code, "C%06ld", i);
		snprintf(kname, sizeof kname, "%s", i % 40 < 11 ? komp[i % 40] : "TEKNIS_LAIN");
		if (i % 40 >= 11)
			snprintf(kname, sizeof kname, "TEKNIS_%02ld", i % 40);
		CHECK(karier_catalog_add(cat, code, code, kname, lmin, lmin + 1 + (int32_t)rnd((uint32_t)(5 - lmin)),
		                         8 + (int32_t)rnd(40), 100000 + 50000 * (int64_t)rnd(100), 1));
	}

	/* employees: each built through the API in a handle, then copied into a
	 * cohort (the compact storage the batch reads); the handle is reused */
	karier_cohort *co;
	CHECK(karier_cohort_new(&co));
	CHECK(karier_cohort_reserve(co, (int32_t)n, (int64_t)n * 20)); /* 19.02 records on average */
	double t = now();
	for (long i = 0; i < n; i++) {
		char nip[19];
		int32_t by = 1966 + (int32_t)rnd(33), cy = by + 22 + (int32_t)rnd(8);
		snprintf(nip, sizeof nip, "%04d%02d%02d%04d%02d%d%03ld", by, 1 + (int)rnd(12), 1 + (int)rnd(28), cy, 1 + (int)rnd(12),
		         1 + (int)rnd(2), 1 + i % 999);
		karier_employee *e;
		CHECK(karier_employee_new(&e, nip, KARIER_STATUS_PNS, pol));
		int k = (int)rnd(10) < 6 ? 0 : 1 + (int)rnd(3);
		CHECK(karier_employee_set_nama(e, "Pegawai Contoh"));
		CHECK(karier_employee_set_pendidikan(e, KARIER_PEND_S1));
		int32_t gol = KARIER_GOL_IIIA + (int32_t)rnd(4);
		CHECK(karier_employee_set_golongan(e, gol, karier_employee_tmt_cpns(e) > 20180401 ? karier_employee_tmt_cpns(e) : 20180401 + 10000 * (int32_t)rnd(8)));
		CHECK(karier_employee_set_jabatan(e, karier_position_code(pos[k]), kinds[k][0], kinds[k][1], karier_employee_tmt_cpns(e)));
		CHECK(karier_employee_set_potensi(e, 5000 + (int32_t)rnd(4500)));
		CHECK(karier_employee_set_angka_kredit(e, (int32_t)rnd(20000)));
		for (int y = 2021; y <= 2025; y++)
			CHECK(karier_employee_set_kinerja(e, y, 3 + (int32_t)rnd(3)));
		for (int c = 0; c < 11; c++)
			CHECK(karier_employee_set_kompetensi(e, komp[c], 1 + (int32_t)rnd(4), 20250101));
		for (int j = 0; j < 3; j++)
			CHECK(karier_employee_add_pelatihan(e, "EL", 20240101 + 10000 * (int32_t)rnd(3), 4 + (int32_t)rnd(12), 6));
		if (rnd(50) == 0)
			CHECK(karier_employee_add_disiplin(e, 1 + (int32_t)rnd(3), 20250101, 20260101));
		CHECK(karier_cohort_add(co, e, pos[k]));
		karier_employee_free(e);
	}
	double build = now() - t;
	long rss1 = peak_rss_kb();
	report("build employees (API + cohort)", n, build);
	printf("%-42s %9.0f bytes/employee held, %.0f by peak RSS (peak %ld MB)\n", "memory of the cohort",
	       (double)karier_cohort_memory(co) / (double)n, (double)(rss1 - rss0) * 1024.0 / (double)n, rss1 / 1024);
	const karier_employee **emp = malloc((size_t)n * sizeof *emp);
	const karier_position **epos = malloc((size_t)n * sizeof *epos);
	if (!emp || !epos)
		return 1;
	for (long i = 0; i < n; i++) {
		emp[i] = karier_cohort_employee(co, (int32_t)i);
		epos[i] = karier_cohort_position(co, (int32_t)i);
	}

	long eligible = 0;
	t = now();
	for (long i = 0; i < n; i++) {
		karier_decision *d;
		CHECK(karier_promotion_evaluate(&d, pol, emp[i], epos[i], 20261201));
		eligible += karier_decision_eligible(d);
		karier_decision_free(d);
	}
	report("promotion (decision with reasons)", n, now() - t);

	long boxes = 0;
	t = now();
	for (long i = 0; i < n; i++) {
		karier_merit *m;
		CHECK(karier_merit_evaluate(&m, pol, emp[i], epos[i], 20261201));
		boxes += karier_merit_box(m);
		karier_merit_free(m);
	}
	report("merit and 9-box", n, now() - t);

	long plan_courses = 0;
	t = now();
	for (long i = 0; i < n; i++) {
		karier_plan *p;
		CHECK(karier_plan_new(&p, pol, emp[i], epos[i], cat));
		plan_courses += karier_plan_course_count(p);
		karier_plan_free(p);
	}
	report("gaps and plan (catalogue)", n, now() - t);

	/* the batch API: verdicts only, into columns, on 1 and 2 threads */
	static const struct {
		int32_t what;
		const char *name;
	} ops[3] = {{KARIER_BATCH_PROMOTION, "promotion"}, {KARIER_BATCH_MERIT, "merit and 9-box"},
	            {KARIER_BATCH_TRAINING, "gaps, plan and JP ledger"}};
	long check_eligible = 0;
	for (int o = 0; o < 3; o++)
		for (int32_t threads = 1; threads <= 2; threads++) {
			karier_batch *b;
			char label[64];
			t = now();
			CHECK(karier_cohort_evaluate(&b, pol, co, cat, 20261201, ops[o].what, threads));
			double bt = now() - t;
			snprintf(label, sizeof label, "batch %s, %d thread%s", ops[o].name, threads, threads > 1 ? "s" : "");
			report(label, n, bt);
			if (o == 0 && threads == 1)
				for (long i = 0; i < n; i++)
					check_eligible += karier_batch_column(b, KARIER_COL_ELIGIBLE)[i];
			karier_batch_free(b);
		}
	if (check_eligible != eligible) {
		fprintf(stderr, "bench: the batch found %ld eligible, single calls %ld\n", check_eligible, eligible);
		return 1;
	}

	/* ranking for a vacancy (karier/merit.h): the whole list on one thread, the top ten on 1 and 2;
	 * the top ten must be the list's head */
	{
		int32_t *order = malloc((size_t)n * sizeof *order), top[10], count = 0, tn = 0;
		if (!order)
			return 1;
		t = now();
		CHECK(karier_merit_rank(order, &count, NULL, NULL, pol, emp, (int32_t)n, pos[1], 20261201, 0));
		report("ranking for a post: the whole list", n, now() - t);
		for (int32_t threads = 1; threads <= 2; threads++) {
			char label[64];
			t = now();
			CHECK(karier_merit_shortlist(top, &tn, NULL, NULL, pol, emp, (int32_t)n, pos[1], 20261201, 0, 10, threads));
			snprintf(label, sizeof label, "ranking for a post: top 10, %d thread%s", threads, threads > 1 ? "s" : "");
			report(label, n, now() - t);
			for (int32_t k = 0; k < tn; k++)
				if (top[k] != order[k] || tn != (count < 10 ? count : 10)) {
					fprintf(stderr, "bench: the shortlist's %d-th is not the list's\n", k + 1);
					return 1;
				}
		}
		free(order);
	}

	/* the audit (karier/audit.h): the batch's verdicts compared across the six built-in groupings */
	{
		karier_batch *b;
		t = now();
		CHECK(karier_cohort_evaluate(&b, pol, co, cat, 20261201,
		                             KARIER_BATCH_PROMOTION | KARIER_BATCH_MERIT | KARIER_BATCH_TRAINING, 2));
		double bt = now() - t;
		karier_audit *au;
		t = now();
		CHECK(karier_audit_new(&au, pol, (int32_t)n));
		for (int32_t by = 1; by <= KARIER_AUDIT_BY_COUNT; by++)
			CHECK(karier_audit_add_builtin(au, by, emp, 20261201));
		double gt = now() - t;
		int32_t *jp = malloc((size_t)n * sizeof *jp);
		if (!jp)
			return 1;
		for (long i = 0; i < n; i++)
			jp[i] = !karier_batch_column(b, KARIER_COL_BELOW_MINIMUM)[i];
		t = now();
		CHECK(karier_audit_add_outcome(au, "kenaikan_pangkat", karier_batch_column(b, KARIER_COL_ELIGIBLE)));
		CHECK(karier_audit_add_outcome(au, "kelompok_rencana_suksesi", karier_batch_column(b, KARIER_COL_TALENT_POOL)));
		CHECK(karier_audit_add_outcome(au, "jp_minimum", jp));
		CHECK(karier_audit_add_score(au, "skor_merit", karier_batch_column(b, KARIER_COL_MERIT_SCORE)));
		CHECK(karier_audit_evaluate(au));
		double et = now() - t;
		report("audit: batch of all three, 2 threads", n, bt);
		report("audit: six built-in groupings", n, gt);
		report("audit: 3 outcomes + 1 score x 6 groupings", n, et);
		report("audit: all of it", n, bt + gt + et);
		karier_audit_free(au);
		karier_batch_free(b);
		free(jp);
	}

	/* the organisational plan (karier/rencana.h): five years of every employee, on 2 threads */
	{
		karier_pola *pola;
		CHECK(karier_pola_new(&pola));
		CHECK(karier_pola_add_default(pola, pol, (const karier_position *const *)pos, 4));
		long before = peak_rss_kb();
		karier_rencana_org *org;
		t = now();
		CHECK(karier_rencana_org_new(&org, pol, emp, epos, (int32_t)n, pola, cat, 20261201, 5, KARIER_NO_LIMIT, 2));
		double ot = now() - t;
		long filled = 0;
		for (int32_t i = 0; i < karier_rencana_org_count(org); i++) {
			int32_t ter;
			CHECK(karier_rencana_org_get(NULL, NULL, NULL, NULL, NULL, NULL, NULL, &ter, NULL, NULL, NULL, NULL, org, i));
			filled += ter;
		}
		printf("%-42s %9ld  %10.0f employee-years/s  %.2f s  (%ld posts filled)  %.0f bytes/employee more peak RSS\n",
		       "organisational plan, 5 years, 2 threads", n, 5.0 * (double)n / ot, ot, filled,
		       (double)(peak_rss_kb() - before) * 1024.0 / (double)n);
		karier_rencana_org_free(org);
		karier_pola_free(pola);
	}

	for (int32_t threads = 1; threads <= 2; threads++) {
		karier_allocation *a;
		t = now();
		CHECK(karier_allocate(&a, pol, emp, epos, (int32_t)alloc_n, cat, 5000000000LL, KARIER_NO_LIMIT, 2026, threads));
		double at = now() - t;
		int64_t spent, jp, value, upper;
		karier_allocation_summary(&spent, &jp, &value, &upper, a);
		char label[64];
		snprintf(label, sizeof label, "allocation, Rp 5 billion, %d thread%s", threads, threads > 1 ? "s" : "");
		printf("%-42s %9ld  %10.3f s total  (%d items; value/bound %.4f)  peak RSS %5ld MB\n", label, alloc_n, at,
		       karier_allocation_item_count(a), upper ? (double)value / (double)upper : 1.0, peak_rss_kb() / 1024);
		karier_allocation_free(a);
	}

	if (dataset) {
		karier_dataset *ds;
		long bytes = 0;
		static const char *const files[] = {"pegawai.csv", "kinerja.csv", "kompetensi.csv", "pelatihan.csv",
		                                    "disiplin.csv", "jabatan.csv", "standar_kompetensi.csv", "katalog.csv",
		                                    "riwayat_jabatan.csv"};
		for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
			char path[4096];
			struct stat st;
			snprintf(path, sizeof path, "%s/%s", dataset, files[f]);
			if (!stat(path, &st))
				bytes += st.st_size;
		}
		for (int32_t threads = 1; threads <= 2; threads++) {
			t = now();
			CHECK(karier_dataset_load(&ds, dataset, pol, threads > 1 ? KARIER_DATASET_THREADS : 0));
			double dt = now() - t;
			printf("%-42s %9d  %10.1f MB/s  (%.1f MB in %.2f s)  peak RSS %5ld MB\n",
			       threads > 1 ? "read the CSV dataset, 2 threads" : "read the CSV dataset, 1 thread",
			       karier_dataset_employee_count(ds), (double)bytes / dt / 1e6, (double)bytes / 1e6, dt, peak_rss_kb() / 1024);
			karier_dataset_free(ds);
		}
	}
	printf("\npeak RSS %ld MB; checksums: %ld eligible, %ld box sum, %ld plan courses\n", peak_rss_kb() / 1024, eligible,
	       boxes, plan_courses);
	first_touch(); /* last, so that its memory is not in the peaks above */
	karier_cohort_free(co);
	free(emp);
	free(epos);
	for (int k = 0; k < 4; k++)
		karier_position_free(pos[k]);
	karier_catalog_free(cat);
	karier_policy_free(pol);
	return 0;
}
