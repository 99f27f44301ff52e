<?php
declare(strict_types=1);

use Karier\Catalog;
use Karier\Dataset;
use Karier\Employee;
use Karier\K;
use Karier\Karier;
use Karier\KarierException;
use Karier\Policy;
use Karier\Position;
use PHPUnit\Framework\TestCase;

/**
 * The PHP binding over the small hand-made dataset tests/cli/kecil, with the cases the C tests work by
 * hand: Budi Santoso (198501012010011001), PNS S1 III/b since 2022-04-01, pelaksana, kinerja baik 2024
 * and 2025.
 */
final class KarierTest extends TestCase
{
    private static function kecil(): string
    {
        return getenv('KARIER_TEST_DATA') ?: __DIR__ . '/../../../tests/cli/kecil';
    }

    /** A copy of the small dataset in a folder of its own, with $line appended to $file; removed by dropCopy(). */
    private static function kecilWith(string $name, string $file, string $line): string
    {
        $dir = sys_get_temp_dir() . '/karier-php-' . $name . '-' . getmypid();
        @mkdir($dir);
        foreach (glob(self::kecil() . '/*.csv') as $f) {
            copy($f, $dir . '/' . basename($f));
        }
        file_put_contents($dir . '/' . $file, $line, FILE_APPEND);
        return $dir;
    }

    /** Loading $dir fails with K::EFORMAT, its message naming $needle when one is given. */
    private function assertDatasetRefused(string $dir, string $what, string $needle = ''): void
    {
        try {
            new Dataset($dir);
            $this->fail($what . ' was taken');
        } catch (KarierException $e) {
            $this->assertSame(K::EFORMAT, $e->getCode());
            if ($needle !== '') {
                $this->assertStringContainsString($needle, $e->getMessage());
            }
        }
    }

    private static function dropCopy(string $dir): void
    {
        array_map('unlink', glob($dir . '/*'));
        rmdir($dir);
    }

    public function testVersionAndGeneratedConstants(): void
    {
        $this->assertSame(K::VERSION_STRING, Karier::version());
        $this->assertSame(0, K::OK);
        $this->assertSame(-5, K::ENOTFOUND);
        $this->assertSame(19, K::NIP_SIZE);
        $this->assertSame(1, K::LANG_EN);
    }

    /** PP 99/2000 Ps7: four years in III/b since 2022-04-01 and kinerja baik in 2024 and 2025: reguler to III/c. */
    public function testPromotionReguler(): void
    {
        $ds = new Dataset(self::kecil());
        $budi = $ds->find('19850101 201001 1 001');
        $this->assertSame('Budi Santoso', $budi->nama());
        $this->assertSame('III/b', $budi->golongan());
        $this->assertSame('PLK', $budi->jabatanCode());
        $d = Karier::promotion($budi, '2026-04-01', null, $ds->employeePosition(0));
        $this->assertTrue($d['eligible']);
        $this->assertSame(['reguler', 'III/c'], [$d['jenis'], $d['golongan_baru']]);
        $this->assertEquals(new DateTimeImmutable('2026-04-01', new DateTimeZone('UTC')), $d['tanggal']);
        $masa = array_values(array_filter($d['checks'], fn ($c) => $c['code'] === 'KP_MASA_GOLONGAN'))[0];
        $this->assertSame([48, 48, true], [$masa['required'], $masa['actual'], $masa['ok']]);
        $this->assertStringContainsString('PP 99/2000 Ps7', $masa['ref']);
        // a month earlier it is not yet the period: the first period on or after 2026-03-01 is 2026-04-01
        $this->assertEquals($d['tanggal'], Karier::promotion($budi, new DateTimeImmutable('2026-03-02'))['tanggal']);
        $en = Karier::promotion($budi, '01-04-2026', null, null, 'en');
        $this->assertStringContainsString('Time in golongan 4 years', implode(' ', array_column($en['checks'], 'message')));
    }

    /** Merit with the policy's weights (docs/merit.md), as the C tests: 83.75, box 5 (kinerja sesuai, potensi menengah). */
    public function testMerit(): void
    {
        $ds = new Dataset(self::kecil());
        $m = Karier::merit($ds->employee(0), $ds->employeePosition(0), '2026-04-01');
        $this->assertSame(83.75, $m['skor']);
        $this->assertSame(5, $m['kotak']);
        $this->assertSame(['kualifikasi' => 100.0, 'kompetensi' => 75.0, 'potensi' => 70.0, 'kinerja' => 85.0,
                           'integritas' => 100.0], $m['komponen']);
        $this->assertFalse($m['kelompok_rencana_suksesi']);
    }

    /** PLK asks INTEGRITAS 2; Budi has 1: the one-level course INT-1 (8 JP, Rp 400,000) closes it. */
    public function testTrainingPlan(): void
    {
        $ds = new Dataset(self::kecil());
        $p = Karier::plan($ds->employee(0), $ds->position('PLK'), $ds->catalog());
        $this->assertSame([['kompetensi' => 'INTEGRITAS', 'standar' => 2, 'aktual' => 1, 'selisih' => 1]], $p['kesenjangan']);
        $this->assertSame([['kode' => 'INT-1', 'kompetensi' => 'INTEGRITAS', 'jp' => 8, 'biaya' => 400000]], $p['rencana']);
        $this->assertSame([8, 400000], [$p['jp'], $p['biaya']]);
        $this->assertEquals(75, $p['jpm']);
    }

    /** A database row decides exactly as the same employee read from the CSV files. */
    public function testEmployeeFromRow(): void
    {
        $row = ['nip' => '198501012010011001', 'nama' => 'Budi Santoso', 'status' => 'PNS', 'pendidikan' => 'S1',
                'golongan' => 'III/b', 'tmt_golongan' => '2022-04-01', 'jabatan' => 'PLK', 'jenis_jabatan' => 'pelaksana',
                'tmt_jabatan' => '2010-01-04', 'unit_kerja' => 'Sekretariat', 'potensi' => 70,
                'kinerja' => [['tahun' => 2024, 'predikat' => 'baik'], ['tahun' => 2025, 'predikat' => 'baik']],
                'kompetensi' => [['kompetensi' => 'INTEGRITAS', 'level' => 1, 'tanggal' => '2025-06-01'],
                                 ['kompetensi' => 'KERJASAMA', 'level' => 2, 'tanggal' => '2025-06-01']],
                'pelatihan' => [['kode' => 'EL-1', 'tanggal_selesai' => '2026-02-10', 'jp' => 8, 'jenis' => 'TEKNIS']]];
        $ds = new Dataset(self::kecil());
        $pos = $ds->employeePosition(0);
        $this->assertEquals(Karier::promotion($ds->employee(0), '2026-04-01', null, $pos),
                            Karier::promotion(Employee::fromRow($row), '2026-04-01', null, $pos));
        try {
            Employee::fromRow(['nip' => '198501012010011001', 'status' => 'PNS', 'kinerja' => [['tahun' => 2025, 'predikat' => 'hebat']]]);
            $this->fail('a bad predikat was taken');
        } catch (KarierException $e) {
            $this->assertSame(K::ENOTFOUND, $e->getCode());
            $this->assertStringContainsString('pegawai: kinerja[0].predikat: predikat: "hebat" is not a known code', $e->getMessage());
        }
    }

    public function testEmployeeBuiltBySetters(): void
    {
        $e = Employee::create('198501012010011001', 'PNS');
        $e->setPendidikan('S-1');
        $e->setGolongan('3b', '2022-04-01');
        $e->setJabatan('PLK', 'pelaksana', null, '2010-01-04');
        $e->setKinerja(2024, 'Baik');
        $e->setKinerja(2025, 'baik');
        $e->setKompetensi('INTEGRITAS', 1, '2025-06-01');
        $e->addPelatihan('EL-1', '2026-02-10', 8, 'TEKNIS');
        $this->assertSame(['PNS', 'III/b'], [$e->status(), $e->golongan()]);
        $this->assertTrue(Karier::promotion($e, '2026-04-01')['eligible']);
        $this->expectException(KarierException::class);
        $this->expectExceptionMessage('day 30 does not exist');
        $e->setGolongan('III/c', '2025-02-30');
    }

    public function testPolicyPositionCatalog(): void
    {
        $p = new Policy();
        $this->assertSame(58, $p->get('bup.administrasi'));
        $p->set('bup.administrasi', 60);
        $this->assertSame(60, $p->get('bup.administrasi'));
        $this->assertStringContainsString('"libkarier_policy"', $p->toJson());
        $pos = Position::create('KABID', 'Kepala Bidang', 'administrator');
        $pos->setStandard('INTEGRITAS', 3);
        $this->assertSame(['KABID', 'Kepala Bidang', 'administrator'], [$pos->code(), $pos->name(), $pos->jabatan()]);
        $c = Catalog::create();
        $c->add('INT-3', 'Integritas 3', 'INTEGRITAS', 2, 3, 16, 900000, 'e-learning');
        $this->assertSame(1, $c->count());
        $this->expectException(KarierException::class);
        $p->set('bup.administrasi', 'lima puluh');
    }

    /** Errors carry the library's status and message; a dataset with errors names its first diagnostic. */
    public function testErrorsAndDiagnostics(): void
    {
        try {
            Employee::create('1985', 'PNS');
            $this->fail('a 4-digit NIP was taken');
        } catch (KarierException $e) {
            $this->assertSame(K::EPARSE, $e->getCode());
            $this->assertStringContainsString('4 digits, expected 18', $e->getMessage());
        }
        $dir = self::kecilWith('nip', 'kinerja.csv', "199912312025011999,2025,baik\n");
        $this->assertDatasetRefused($dir, 'a dataset with errors', 'NIP tidak ada di pegawai.csv');
        $ds = new Dataset($dir, null, true);
        $d = $ds->diagnostics('en');
        $this->assertSame(['kinerja.csv', 7, 1, 'nip', '199912312025011999', 'error', 'NIP_UNKNOWN', 'NIP is not in pegawai.csv'],
                          array_values($d[0]));
        $this->assertCount(3, $ds);
        $this->assertNull($ds->find('199912312025011999'));
        self::dropCopy($dir);
    }

    /** Without kompetensi.csv (kompetensi: false) an error in that file stops nothing, and Budi's promotion is the same. */
    public function testDatasetWithoutKompetensi(): void
    {
        $dir = self::kecilWith('komp', 'kompetensi.csv', "198501012010011001,INTEGRITAS,9,2025-06-01\n");
        $this->assertDatasetRefused($dir, 'a kompetensi.csv with a level 9');
        $ds = new Dataset($dir, null, false, false);
        $this->assertSame([], $ds->diagnostics());
        $full = new Dataset(self::kecil());
        $this->assertEquals(Karier::promotion($full->employee(0), '2026-04-01', null, $full->employeePosition(0)),
                            Karier::promotion($ds->employee(0), '2026-04-01', null, $ds->employeePosition(0)));
        self::dropCopy($dir);
    }

    /** Without pelatihan.csv (pelatihan: false) an error in that file stops nothing, and the merit scores are the same. */
    public function testDatasetWithoutPelatihan(): void
    {
        $dir = self::kecilWith('pel', 'pelatihan.csv', "198501012010011001,EL-9,2025-06-01,0,TEKNIS\n");
        $this->assertDatasetRefused($dir, 'a pelatihan.csv with jp 0');
        $ds = new Dataset($dir, pelatihan: false);
        $this->assertSame([], $ds->diagnostics());
        $full = new Dataset(self::kecil());
        for ($i = 0; $i < 3; $i++) {
            $this->assertEquals(Karier::merit($full->employee($i), $full->employeePosition($i), '2026-04-01'),
                                Karier::merit($ds->employee($i), $ds->employeePosition($i), '2026-04-01'));
        }
        self::dropCopy($dir);
    }

    /** An employee taken from a dataset keeps the dataset alive after the last other reference goes. */
    public function testViewsKeepTheirDatasetAlive(): void
    {
        $e = (new Dataset(self::kecil()))->employee(1);
        gc_collect_cycles();
        $this->assertSame('Sari Dewi', $e->nama());
        $this->expectException(OutOfRangeException::class);
        (new Dataset(self::kecil()))->employee(3);
    }

    /** The C tests' plan: III/b on 2026-04-01, III/c on 2030-04-01 (PP 99/2000 Ps7, kinerja assumed Baik). */
    public function testRencana(): void
    {
        $e = Employee::create('198501012010011001', 'PNS');
        $e->setPendidikan('S1');
        $e->setGolongan('III/a', '2022-04-01');
        $e->setJabatan('PLK', 'pelaksana', null, '2010-01-04');
        $e->setKinerja(2024, 'baik');
        $e->setKinerja(2025, 'baik');
        $r = Karier::rencana($e, null, '2026-01-15');
        $kp = array_values(array_filter($r['langkah'], fn ($s) => $s['langkah'] === 'kenaikan_pangkat'));
        $this->assertSame([['2026-04-01', 'III/b'], ['2030-04-01', 'III/c']],
                          array_map(fn ($s) => [$s['tanggal'], $s['golongan_baru']], $kp));
        $this->assertSame(['predikat' => 'baik', 'sejak_tahun' => 2026], $r['asumsi']);
        // with the sample's pola karier, Budi's post KASUBAG is one vertikal move away
        $ds = new Dataset(self::kecil());
        $plan = Karier::rencana($ds->employee(0), $ds->employeePosition(0), '2026-01-15', 5, $ds);
        $moves = array_values(array_filter($plan['langkah'], fn ($s) => $s['langkah'] === 'jabatan'));
        $this->assertSame(['KASUBAG', 'vertikal'], [$moves[0]['ke'], $moves[0]['jalur']]);
    }

    /** The four-fifths worked example: 48 of 120 against 20 of 80, a 62.50 % ratio; Fisher p 0.033161. */
    public function testAudit(): void
    {
        $this->assertSame(0.485714, Karier::fisherExact(3, 1, 1, 3)); // the lady tasting tea
        $labels = array_merge(array_fill(0, 120, 'A'), array_fill(0, 80, 'B'));
        $hired = array_merge(array_fill(0, 48, 1), array_fill(0, 72, 0), array_fill(0, 20, 1), array_fill(0, 60, 0));
        [$c] = Karier::audit(['g' => $labels], ['hired' => $hired]);
        $this->assertSame(['fisher', 0.033161, 1, true], [$c['uji'], $c['p'], $c['ditandai_empat_perlima'], $c['signifikan']]);
        $this->assertSame(['kelompok' => 'B', 'n' => 80, 'terpilih' => 20, 'persen' => 25, 'rasio_dampak' => 62.5,
                           'di_bawah_empat_perlima' => true], $c['kelompok'][1]);
        $this->expectException(KarierException::class);
        Karier::audit(['g' => ['a', 'b']], ['o' => [1, 2]]);
    }
}
