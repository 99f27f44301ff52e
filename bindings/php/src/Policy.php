<?php
declare(strict_types=1);

namespace Karier;

/** Every rule as data: the national default, changed key by key or from a policy JSON file. */
final class Policy extends Handle
{
    protected static function freeFunction(): string
    {
        return 'karier_policy_free';
    }

    public function __construct(?string $file = null)
    {
        $f = Karier::ffi();
        $p = $f->new('karier_policy*');
        Karier::check($f->karier_policy_new_default(\FFI::addr($p)));
        parent::__construct($p);
        if ($file !== null) {
            Karier::check($f->karier_policy_load_json($p, $file));
        }
    }

    /** Set a setting from text in any accepted spelling ("60", "III/d", "2026-04-01", "true"). */
    public function set(string $key, string|int|bool $value): void
    {
        $text = is_bool($value) ? ($value ? 'true' : 'false') : (string) $value;
        Karier::check(Karier::ffi()->karier_policy_set_text($this->cdata(), $key, $text));
    }

    /** A setting's raw value (whole number, hundredths, YYYYMMDD or a code's number). */
    public function get(string $key): int
    {
        $out = Karier::ffi()->new('int64_t');
        Karier::check(Karier::ffi()->karier_policy_get(\FFI::addr($out), $this->cdata(), $key));
        return $out->cdata;
    }

    public function toJson(): string
    {
        return Karier::ownedString(fn ($out) => Karier::ffi()->karier_policy_to_json($out, $this->cdata()));
    }
}
