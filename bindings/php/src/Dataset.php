<?php
declare(strict_types=1);

namespace Karier;

/**
 * A folder of CSV files (docs/dataset.md).  Employees, positions and the
 * catalogue taken from it are views: each keeps the dataset alive.
 */
final class Dataset extends Handle implements \Countable
{
    protected static function freeFunction(): string
    {
        return 'karier_dataset_free';
    }

    /**
     * Load the folder.  A dataset with errors throws a KarierException (code K::EFORMAT) whose
     * message names the first; diagnostics($lang) lists them all when loaded with $skipBadRows.
     * $kompetensi = false leaves kompetensi.csv unread (K::DATASET_NO_KOMPETENSI): enough for
     * promotion decisions, which never look at competencies; not for merit or training.
     * $pelatihan = false leaves pelatihan.csv unread (K::DATASET_NO_PELATIHAN): enough for merit
     * scores and the 9-box, which never look at training; not for appointments, promotion,
     * training or the JP ledger.
     */
    public function __construct(string $dir, ?Policy $policy = null, bool $skipBadRows = false, bool $kompetensi = true,
                                bool $pelatihan = true)
    {
        $f = Karier::ffi();
        $p = $f->new('karier_dataset*');
        $flags = ($skipBadRows ? K::DATASET_SKIP_BAD_ROWS : 0) | ($kompetensi ? 0 : K::DATASET_NO_KOMPETENSI)
            | ($pelatihan ? 0 : K::DATASET_NO_PELATIHAN);
        $rc = $f->karier_dataset_load(\FFI::addr($p), $dir, $policy?->cdata(), $flags);
        parent::__construct($p);
        if ($rc === K::EFORMAT) {
            $first = $this->diagnostics()[0] ?? null;
            $where = $first ? sprintf(' (%s:%d:%d: %s)', $first['berkas'], $first['baris'], $first['kolom'], $first['pesan']) : '';
            throw new KarierException((string) $f->karier_last_error() . $where, $rc);
        }
        Karier::check($rc);
    }

    public function count(): int
    {
        return Karier::ffi()->karier_dataset_employee_count($this->cdata());
    }

    public function employee(int $index): Employee
    {
        $e = Karier::ffi()->karier_dataset_employee($this->cdata(), $index);
        if ($e === null) {
            throw new \OutOfRangeException("employee $index");
        }
        return Employee::view($e, $this);
    }

    /** The employee with this NIP (spaces allowed), or null: a hash lookup. */
    public function find(string $nip): ?Employee
    {
        $i = Karier::ffi()->new('int32_t');
        $rc = Karier::ffi()->karier_dataset_employee_find(\FFI::addr($i), $this->cdata(), $nip);
        if ($rc === K::ENOTFOUND) {
            return null;
        }
        Karier::check($rc);
        return $this->employee($i->cdata);
    }

    /** The position of employee $index's current jabatan, or null. */
    public function employeePosition(int $index): ?Position
    {
        $p = Karier::ffi()->karier_dataset_employee_position($this->cdata(), $index);
        return $p === null ? null : Position::view($p, $this);
    }

    public function position(string $code): ?Position
    {
        $p = Karier::ffi()->karier_dataset_position_find($this->cdata(), $code);
        return $p === null ? null : Position::view($p, $this);
    }

    public function catalog(): Catalog
    {
        return Catalog::view(Karier::ffi()->karier_dataset_catalog($this->cdata()), $this);
    }

    /** Every diagnostic: berkas, baris, kolom, nama_kolom, nilai, tingkat, kode, pesan (in $lang). */
    public function diagnostics(string $lang = 'id'): array
    {
        $f = Karier::ffi();
        $out = [];
        $sev = $f->new('int32_t');
        $line = $f->new('int64_t');
        $col = $f->new('int64_t');
        $file = $f->new('const char*');
        $cname = $f->new('const char*');
        $value = $f->new('const char*');
        $code = $f->new('const char*');
        $msg = $f->new('const char*');
        for ($i = 0; $i < $f->karier_dataset_diagnostic_count($this->cdata()); $i++) {
            Karier::check($f->karier_dataset_diagnostic_get(\FFI::addr($sev), \FFI::addr($file), \FFI::addr($line), \FFI::addr($col),
                                                            \FFI::addr($cname), \FFI::addr($value), null, $this->cdata(), $i));
            Karier::check($f->karier_dataset_diagnostic_text(\FFI::addr($code), \FFI::addr($msg), $this->cdata(), $i,
                                                             $lang === 'en' ? K::LANG_EN : K::LANG_ID));
            $out[] = ['berkas' => \FFI::string($file), 'baris' => $line->cdata, 'kolom' => $col->cdata,
                      'nama_kolom' => \FFI::string($cname), 'nilai' => \FFI::string($value),
                      'tingkat' => $sev->cdata === K::DIAG_ERROR ? 'error' : 'warning', 'kode' => \FFI::string($code),
                      'pesan' => \FFI::string($msg)];
        }
        return $out;
    }
}
