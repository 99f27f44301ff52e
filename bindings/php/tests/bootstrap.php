<?php
// PHPUnit's bootstrap for the binding's tests (meson test): classes from src/, the generated
// constants from KARIER_PHP_GENERATED (the build folder), the FFI from KARIER_FFI_HEADER and KARIER_LIBRARY.
declare(strict_types=1);

spl_autoload_register(function (string $class): void {
    if (!str_starts_with($class, 'Karier\\')) {
        return;
    }
    $name = substr($class, strlen('Karier\\'));
    $file = $name === 'K' ? getenv('KARIER_PHP_GENERATED') . '/K.php' : __DIR__ . '/../src/' . $name . '.php';
    if (is_file($file)) {
        require $file;
    }
});
