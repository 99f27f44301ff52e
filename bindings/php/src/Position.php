<?php
declare(strict_types=1);

namespace Karier;

/** A jabatan: its kind, jenjang, requirements and competency standard. */
final class Position extends Handle
{
    protected static function freeFunction(): string
    {
        return 'karier_position_free';
    }

    /** A new position; $jabatan and $jenjang as text ("administrator", "ahli_muda") or K::JAB_* numbers. */
    public static function create(string $code, string $name, string|int $jabatan, string|int|null $jenjang = null): self
    {
        $f = Karier::ffi();
        $p = $f->new('karier_position*');
        Karier::check($f->karier_position_new(\FFI::addr($p), $code, $name, Karier::code(K::CODE_JABATAN, $jabatan),
                                              Karier::code(K::CODE_JENJANG, $jenjang)));
        return new self($p);
    }

    /** @internal */
    public static function view(\FFI\CData $ptr, Handle $owner): self
    {
        return new self($ptr, $owner);
    }

    public function code(): string
    {
        return (string) Karier::ffi()->karier_position_code($this->cdata());
    }

    public function name(): string
    {
        return (string) Karier::ffi()->karier_position_name($this->cdata());
    }

    public function jabatan(): string
    {
        return Karier::codeName(K::CODE_JABATAN, Karier::ffi()->karier_position_jabatan($this->cdata()));
    }

    public function setStandard(string $kompetensi, int $level): void
    {
        Karier::check(Karier::ffi()->karier_position_set_standard($this->cdata(), $kompetensi, $level));
    }
}
