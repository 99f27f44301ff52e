<?php
declare(strict_types=1);

namespace Karier;

/** A libkarier failure: getCode() is the library's status (a negative K::E* value), getMessage() its text. */
final class KarierException extends \RuntimeException
{
}
