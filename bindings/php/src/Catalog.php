<?php
declare(strict_types=1);

namespace Karier;

/** A training catalogue. */
final class Catalog extends Handle
{
    protected static function freeFunction(): string
    {
        return 'karier_catalog_free';
    }

    public static function create(): self
    {
        $p = Karier::ffi()->new('karier_catalog*');
        Karier::check(Karier::ffi()->karier_catalog_new(\FFI::addr($p)));
        return new self($p);
    }

    /** @internal */
    public static function view(\FFI\CData $ptr, Handle $owner): self
    {
        return new self($ptr, $owner);
    }

    public function add(string $code, string $name, string $kompetensi, int $levelMin, int $levelHasil, int $jp, int $biaya,
                        string $moda = 'klasikal'): void
    {
        Karier::check(Karier::ffi()->karier_catalog_add($this->cdata(), $code, $name, $kompetensi, $levelMin, $levelHasil, $jp,
                                                        $biaya, Karier::code(K::CODE_MODA, $moda)));
    }

    public function count(): int
    {
        return Karier::ffi()->karier_catalog_count($this->cdata());
    }
}
