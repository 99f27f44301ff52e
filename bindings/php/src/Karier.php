<?php
declare(strict_types=1);

namespace Karier;

/**
 * The library and the questions it answers.  The FFI is found, in order:
 * the scope "KARIER" preloaded by opcache.preload (php-fpm; docs/php.md);
 * the header and library named by KARIER_FFI_HEADER and KARIER_LIBRARY;
 * those `meson install` wrote into Installed.php.  Results are arrays decoded
 * from the library's own JSON (the shapes of docs/output.md), dates in them as
 * DateTimeImmutable.
 */
final class Karier
{
    private static ?\FFI $ffi = null;

    public static function ffi(): \FFI
    {
        if (self::$ffi !== null) {
            return self::$ffi;
        }
        try {
            return self::$ffi = \FFI::scope('KARIER');
        } catch (\Throwable $e) {
            // not preloaded: load it here
        }
        $header = getenv('KARIER_FFI_HEADER') ?: (class_exists(Installed::class) ? Installed::HEADER : '');
        $library = getenv('KARIER_LIBRARY') ?: (class_exists(Installed::class) ? Installed::LIBRARY : '');
        if ($header === '' || !is_file($header)) {
            throw new KarierException("libkarier's FFI header not found: set KARIER_FFI_HEADER (karier_ffi.h) or install with meson", K::ENOTFOUND);
        }
        return self::$ffi = \FFI::cdef((string) file_get_contents($header), $library);
    }

    /** @internal A status: a negative one becomes a KarierException with the library's message. */
    public static function check(int $status): int
    {
        if ($status < 0) {
            throw new KarierException((string) self::ffi()->karier_last_error(), $status);
        }
        return $status;
    }

    public static function version(): string
    {
        return (string) self::ffi()->karier_version_string();
    }

    /** @internal A date as YYYYMMDD: a DateTimeInterface, text in any form the library reads, or null (0). */
    public static function ymd(\DateTimeInterface|string|null $date): int
    {
        if ($date === null) {
            return 0;
        }
        if ($date instanceof \DateTimeInterface) {
            return (int) $date->format('Ymd');
        }
        $out = self::ffi()->new('int32_t');
        self::check(self::ffi()->karier_date_parse(\FFI::addr($out), $date));
        return $out->cdata;
    }

    /** @internal A code of list $type (K::CODE_*) from its text in any accepted spelling, or its number. */
    public static function code(int $type, string|int|null $value): int
    {
        if ($value === null || $value === '' || $value === 0) {
            return 0;
        }
        if (is_int($value)) {
            return $value;
        }
        $out = self::ffi()->new('int32_t');
        self::check(self::ffi()->karier_code_parse(\FFI::addr($out), $type, $value));
        return $out->cdata;
    }

    /** The canonical name of code $value in list $type ('' for none). */
    public static function codeName(int $type, int $value): string
    {
        return $value ? (string) self::ffi()->karier_code_name($type, $value) : '';
    }

    /** @internal Text the library allocated (char **), freed once copied. */
    public static function ownedString(callable $call): string
    {
        $p = self::ffi()->new('char*');
        self::check($call(\FFI::addr($p)));
        try {
            return \FFI::string($p);
        } finally {
            self::ffi()->karier_free_string($p);
        }
    }

    /** @internal JSON text as an array, dates as DateTimeImmutable. */
    public static function decode(string $json): array
    {
        $a = json_decode($json, true, 64, JSON_THROW_ON_ERROR);
        foreach (['tanggal', 'tanggal_paling_awal', 'tanggal_pensiun'] as $k) {
            if (isset($a[$k]) && is_string($a[$k])) {
                $a[$k] = new \DateTimeImmutable($a[$k] . ' 00:00:00', new \DateTimeZone('UTC'));
            }
        }
        return $a;
    }

    /**
     * May the employee rise in rank (kenaikan pangkat) on the first period date on or after $date?
     * The array of a `karier promotion --format jsonl` line: eligible, jenis, golongan_baru, tanggal,
     * tanggal_paling_awal, tanggal_pensiun and every check with its message in $lang and citation.
     */
    public static function promotion(Employee $employee, \DateTimeInterface|string $date, ?Policy $policy = null,
                                     ?Position $current = null, string $lang = 'id'): array
    {
        $f = self::ffi();
        $d = $f->new('karier_decision*');
        self::check($f->karier_promotion_evaluate(\FFI::addr($d), $policy?->cdata(), $employee->cdata(), $current?->cdata(),
                                                  self::ymd($date)));
        try {
            $l = $lang === 'en' ? K::LANG_EN : K::LANG_ID;
            return self::decode(self::ownedString(fn ($out) => $f->karier_decision_to_json($out, $d, $employee->cdata(), $l, 0)));
        } finally {
            $f->karier_decision_free($d);
        }
    }

    /** Merit score, components, 9-box and talent pool at $date: the array of a `karier merit` line. */
    public static function merit(Employee $employee, ?Position $position, \DateTimeInterface|string $date,
                                 ?Policy $policy = null): array
    {
        $f = self::ffi();
        $m = $f->new('karier_merit*');
        self::check($f->karier_merit_evaluate(\FFI::addr($m), $policy?->cdata(), $employee->cdata(), $position?->cdata(),
                                              self::ymd($date)));
        try {
            return self::decode(self::ownedString(fn ($out) => $f->karier_merit_to_json($out, $m, $employee->cdata())));
        } finally {
            $f->karier_merit_free($m);
        }
    }

    /**
     * The competency gaps against $position's standard and the cheapest courses of $catalog closing them:
     * the array of karier_plan_to_json (jabatan, jpm, kategori_jpm, kesenjangan, rencana, tidak_tertutup)
     * with the totals 'jp' and 'biaya'.
     */
    public static function plan(Employee $employee, Position $position, ?Catalog $catalog = null, ?Policy $policy = null): array
    {
        $f = self::ffi();
        $p = $f->new('karier_plan*');
        self::check($f->karier_plan_new(\FFI::addr($p), $policy?->cdata(), $employee->cdata(), $position->cdata(), $catalog?->cdata()));
        try {
            $out = self::decode(self::ownedString(fn ($o) => $f->karier_plan_to_json($o, $p, $employee->cdata(), $position->cdata())));
            $jp = $f->new('int32_t');
            $biaya = $f->new('int64_t');
            self::check($f->karier_plan_totals(\FFI::addr($jp), \FFI::addr($biaya), $p));
            return $out + ['jp' => $jp->cdata, 'biaya' => $biaya->cdata];
        } finally {
            $f->karier_plan_free($p);
        }
    }

    /**
     * The career development plan of one employee (docs/rencana.md): the array of a `karier rencana`
     * line (dari, sampai, tanggal_pensiun, asumsi, langkah with each step's checks), without the
     * command's talent-pool field.  The pola karier and the catalogue are $dataset's when given.
     */
    public static function rencana(Employee $employee, ?Position $current, \DateTimeInterface|string $from, int $years = 5,
                                   ?Dataset $dataset = null, ?Policy $policy = null, string $lang = 'id'): array
    {
        $f = self::ffi();
        $r = $f->new('karier_rencana*');
        $pola = $dataset ? $f->karier_dataset_pola($dataset->cdata()) : null;
        $catalog = $dataset ? $f->karier_dataset_catalog($dataset->cdata()) : null;
        self::check($f->karier_rencana_new(\FFI::addr($r), $policy?->cdata(), $employee->cdata(), $current?->cdata(), $pola,
                                           $catalog, self::ymd($from), $years));
        try {
            $l = $lang === 'en' ? K::LANG_EN : K::LANG_ID;
            return self::decode(self::ownedString(fn ($out) => $f->karier_rencana_to_json($out, $r, $employee->cdata(), $l, 0)));
        } finally {
            $f->karier_rencana_free($r);
        }
    }

    /** Fisher's exact test, two-sided, for [[a, b], [c, d]]: the p-value to six decimals. */
    public static function fisherExact(int $a, int $b, int $c, int $d): float
    {
        $p = self::ffi()->new('int32_t');
        self::check(self::ffi()->karier_fisher_exact(\FFI::addr($p), $a, $b, $c, $d));
        return $p->cdata / 1000000;
    }

    /**
     * An audit of outcomes by group (docs/audit.md).  $groupings: name => a label per employee;
     * $outcomes: name => 1, 0 or null (outside the population) per employee; $scores: name => a score
     * in hundredths or null.  One array per outcome and grouping, with the fields of a `karier audit`
     * line: hasil, menurut, jenis, kelompok (each group's kelompok, n, terpilih, persen, rasio_dampak,
     * di_bawah_empat_perlima; or median, q1, q3, rerata for a score), disembunyikan, uji, statistik,
     * df, p, signifikan, ditandai_empat_perlima.
     */
    public static function audit(array $groupings, array $outcomes = [], array $scores = [], ?Policy $policy = null): array
    {
        $f = self::ffi();
        $n = count(reset($groupings) ?: []);
        $a = $f->new('karier_audit*');
        self::check($f->karier_audit_new(\FFI::addr($a), $policy?->cdata(), $n));
        $keep = [];
        try {
            foreach ($groupings as $name => $labels) {
                if (count($labels) !== $n) {
                    throw new KarierException("audit: grouping $name has " . count($labels) . " labels for $n employees", K::EINVAL);
                }
                $arr = $f->new("char*[" . max(1, $n) . "]");
                foreach (array_values($labels) as $i => $label) {
                    $text = (string) $label;
                    $c = $f->new('char[' . (strlen($text) + 1) . ']', false);
                    \FFI::memcpy($c, $text . "\0", strlen($text) + 1);
                    $keep[] = $c;
                    $arr[$i] = $f->cast('char*', $c);
                }
                self::check($f->karier_audit_add_grouping($a, (string) $name, $arr));
            }
            foreach ([[$outcomes, 'karier_audit_add_outcome'], [$scores, 'karier_audit_add_score']] as [$columns, $add]) {
                foreach ($columns as $name => $values) {
                    if (count($values) !== $n) {
                        throw new KarierException("audit: $name has " . count($values) . " values for $n employees", K::EINVAL);
                    }
                    $arr = $f->new('int32_t[' . max(1, $n) . ']');
                    foreach (array_values($values) as $i => $v) {
                        $arr[$i] = $v === null ? K::AUDIT_NA : (int) $v;
                    }
                    self::check($f->$add($a, (string) $name, $arr));
                }
            }
            self::check($f->karier_audit_evaluate($a));
            $out = [];
            $i32 = fn () => $f->new('int32_t');
            for ($i = 0; $i < $f->karier_audit_comparison_count($a); $i++) {
                $o = $f->new('char*');
                $g = $f->new('char*');
                [$kind, $groups, $supp, $method, $df, $p, $flag, $sig] = [$i32(), $i32(), $i32(), $i32(), $i32(), $i32(), $i32(), $i32()];
                $sn = $f->new('int64_t');
                $stat = $f->new('int64_t');
                self::check($f->karier_audit_comparison_get(\FFI::addr($o), \FFI::addr($g), \FFI::addr($kind), \FFI::addr($groups),
                    \FFI::addr($supp), \FFI::addr($sn), \FFI::addr($method), \FFI::addr($stat), \FFI::addr($df), \FFI::addr($p),
                    \FFI::addr($flag), \FFI::addr($sig), $a, $i));
                $score = $kind->cdata === K::AUDIT_SCORE;
                $rows = [];
                for ($k = 0; $k < $groups->cdata; $k++) {
                    $label = $f->new('char*');
                    $gn = $f->new('int64_t');
                    $sel = $f->new('int64_t');
                    [$rate, $ratio, $gf, $med, $q1, $q3, $mean] = [$i32(), $i32(), $i32(), $i32(), $i32(), $i32(), $i32()];
                    self::check($f->karier_audit_group_get(\FFI::addr($label), \FFI::addr($gn), \FFI::addr($sel), \FFI::addr($rate),
                        \FFI::addr($ratio), \FFI::addr($gf), \FFI::addr($med), \FFI::addr($q1), \FFI::addr($q3), \FFI::addr($mean),
                        $a, $i, $k));
                    $row = ['kelompok' => \FFI::string($label), 'n' => $gn->cdata];
                    $row += $score ? ['median' => $med->cdata / 100, 'q1' => $q1->cdata / 100, 'q3' => $q3->cdata / 100,
                                      'rerata' => $mean->cdata / 100]
                                   : ['terpilih' => $sel->cdata, 'persen' => $rate->cdata / 100,
                                      'rasio_dampak' => $ratio->cdata < 0 ? null : $ratio->cdata / 100,
                                      'di_bawah_empat_perlima' => (bool) $gf->cdata];
                    $rows[] = $row;
                }
                $tests = [K::AUDIT_TEST_FISHER => 'fisher', K::AUDIT_TEST_CHI_SQUARE => 'chi_kuadrat'];
                $out[] = ['hasil' => \FFI::string($o), 'menurut' => \FFI::string($g), 'jenis' => $score ? 'skor' : 'hasil',
                          'kelompok' => $rows, 'disembunyikan' => ['kelompok' => $supp->cdata, 'pegawai' => $sn->cdata],
                          'uji' => $tests[$method->cdata] ?? null,
                          'statistik' => $method->cdata === K::AUDIT_TEST_CHI_SQUARE ? $stat->cdata / 100 : null,
                          'df' => $df->cdata, 'p' => $p->cdata < 0 ? null : $p->cdata / 1000000,
                          'signifikan' => (bool) $sig->cdata, 'ditandai_empat_perlima' => $flag->cdata];
            }
            return $out;
        } finally {
            $f->karier_audit_free($a);
            foreach ($keep as $c) {
                \FFI::free($c);
            }
        }
    }
}
