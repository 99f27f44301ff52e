<?php
declare(strict_types=1);

namespace Karier;

/** One civil servant.  Setters validate and leave the employee unchanged on failure. */
final class Employee extends Handle
{
    protected static function freeFunction(): string
    {
        return 'karier_employee_free';
    }

    /** A new employee: its NIP (spaces allowed) and status ("PNS", "CPNS", "PPPK"). */
    public static function create(string $nip, string $status = 'PNS', ?Policy $policy = null): self
    {
        $f = Karier::ffi();
        $p = $f->new('karier_employee*');
        Karier::check($f->karier_employee_new(\FFI::addr($p), $nip, Karier::code(K::CODE_STATUS, $status), $policy?->cdata()));
        return new self($p);
    }

    /**
     * An employee from a database row: the pegawai.csv columns and the histories (kinerja, kompetensi,
     * pelatihan, disiplin, riwayat_jabatan) as arrays, as an array or JSON text.  An unknown key, a
     * wrong type or a refused value throws, naming the key ("pegawai: kinerja[1].predikat: ...").
     */
    public static function fromRow(array|string $row, ?Policy $policy = null): self
    {
        $json = is_string($row) ? $row : json_encode($row, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE);
        $f = Karier::ffi();
        $p = $f->new('karier_employee*');
        Karier::check($f->karier_employee_from_json(\FFI::addr($p), $json, $policy?->cdata()));
        return new self($p);
    }

    /** @internal */
    public static function view(\FFI\CData $ptr, Handle $owner): self
    {
        return new self($ptr, $owner);
    }

    public function nip(): string
    {
        return (string) Karier::ffi()->karier_employee_nip($this->cdata());
    }

    public function nama(): string
    {
        return (string) Karier::ffi()->karier_employee_nama($this->cdata());
    }

    /** The code of the current jabatan (a kode of jabatan.csv), '' when none. */
    public function jabatanCode(): string
    {
        return (string) Karier::ffi()->karier_employee_jabatan_code($this->cdata());
    }

    public function status(): string
    {
        return Karier::codeName(K::CODE_STATUS, Karier::ffi()->karier_employee_status($this->cdata()));
    }

    /** The golongan as text ("III/b"; a PPPK's "IX"). */
    public function golongan(): string
    {
        $f = Karier::ffi();
        $type = $f->karier_employee_status($this->cdata()) === K::STATUS_PPPK ? K::CODE_PPPK_GOLONGAN : K::CODE_GOLONGAN;
        return Karier::codeName($type, $f->karier_employee_golongan($this->cdata()));
    }

    public function setPendidikan(string $pendidikan): void
    {
        Karier::check(Karier::ffi()->karier_employee_set_pendidikan($this->cdata(), Karier::code(K::CODE_PENDIDIKAN, $pendidikan)));
    }

    public function setGolongan(string $golongan, \DateTimeInterface|string $tmt): void
    {
        $f = Karier::ffi();
        if ($f->karier_employee_status($this->cdata()) === K::STATUS_PPPK) {
            Karier::check($f->karier_employee_set_pppk_golongan($this->cdata(), Karier::code(K::CODE_PPPK_GOLONGAN, $golongan),
                                                                Karier::ymd($tmt)));
        } else {
            Karier::check($f->karier_employee_set_golongan($this->cdata(), Karier::code(K::CODE_GOLONGAN, $golongan), Karier::ymd($tmt)));
        }
    }

    public function setJabatan(string $code, string $jabatan, ?string $jenjang, \DateTimeInterface|string $tmt): void
    {
        Karier::check(Karier::ffi()->karier_employee_set_jabatan($this->cdata(), $code, Karier::code(K::CODE_JABATAN, $jabatan),
                                                                 Karier::code(K::CODE_JENJANG, $jenjang), Karier::ymd($tmt)));
    }

    public function setKinerja(int $year, string $predikat): void
    {
        Karier::check(Karier::ffi()->karier_employee_set_kinerja($this->cdata(), $year, Karier::code(K::CODE_PREDIKAT, $predikat)));
    }

    public function setKompetensi(string $code, int $level, \DateTimeInterface|string|null $date = null): void
    {
        Karier::check(Karier::ffi()->karier_employee_set_kompetensi($this->cdata(), $code, $level, Karier::ymd($date)));
    }

    public function addPelatihan(string $code, \DateTimeInterface|string $date, int $jp, string $jenis = 'LAINNYA'): void
    {
        Karier::check(Karier::ffi()->karier_employee_add_pelatihan($this->cdata(), $code, Karier::ymd($date), $jp,
                                                                   Karier::code(K::CODE_PELATIHAN, $jenis)));
    }
}
