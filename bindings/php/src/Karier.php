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
}
