<?php
declare(strict_types=1);

namespace Karier;

/**
 * An object of the library: freed by its destructor unless it is a view
 * taken from another (an employee of a dataset), which then holds that owner
 * alive and frees nothing.
 */
abstract class Handle
{
    /** @var \FFI\CData|null the C pointer */
    protected ?\FFI\CData $ptr;
    /** the object this one was taken from, kept alive while this one lives */
    protected ?Handle $owner;

    protected function __construct(\FFI\CData $ptr, ?Handle $owner = null)
    {
        $this->ptr = $ptr;
        $this->owner = $owner;
    }

    /** The name of the library's free function for this kind of object. */
    abstract protected static function freeFunction(): string;

    /** @internal The C pointer, for the library's calls. */
    public function cdata(): \FFI\CData
    {
        if ($this->ptr === null) {
            throw new KarierException(static::class . ' is freed', K::EINVAL);
        }
        return $this->ptr;
    }

    public function __destruct()
    {
        if ($this->ptr !== null && $this->owner === null) {
            Karier::ffi()->{static::freeFunction()}($this->ptr);
        }
        $this->ptr = null;
    }

    public function __clone()
    {
        throw new KarierException('copy a ' . static::class . ' with its copy() method', K::EINVAL);
    }
}
