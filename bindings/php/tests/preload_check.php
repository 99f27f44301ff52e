<?php
// The php-fpm route (docs/php.md), run from the CLI: php -d ffi.enable=preload -d ffi.preload=karier_preload.h.
// The scope "KARIER" was loaded at startup; the classes take it without KARIER_FFI_HEADER.
declare(strict_types=1);

require __DIR__ . '/bootstrap.php';
putenv('KARIER_FFI_HEADER');
$ds = new Karier\Dataset(getenv('KARIER_TEST_DATA'));
$d = Karier\Karier::promotion($ds->find('198501012010011001'), '2026-04-01');
$ok = $d['eligible'] === true && $d['golongan_baru'] === 'III/c' && FFI::scope('KARIER') instanceof FFI;
echo $ok ? "ok: the preloaded scope decides Budi's reguler III/b -> III/c at 2026-04-01\n" : "FAIL\n";
exit($ok ? 0 : 1);
