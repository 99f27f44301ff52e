"""libkarier for Python: career-management rules for Indonesian civil servants.

A thin, complete binding over the C library through ctypes (no compiler
needed).  Handles (Policy, Position, Employee, Catalog, Dataset) free their C
object deterministically with `close()` or a `with` block, and with __del__
as a fallback.  Decisions and explanations come back as plain dataclasses.
Dates are datetime.date; scores and percentages are decimal.Decimal with two
places, exactly as the library computes them.  Errors raise KarierError with
the library's message and status code.

    import datetime, karier
    with karier.Policy() as pol, karier.Employee("196405201989031020", karier.Status.PNS, pol) as e:
        e.set_golongan("III/c", datetime.date(2021, 4, 1))
        ...
        d = karier.promotion(e, datetime.date(2026, 4, 1), policy=pol)
        print(d.eligible, [c.message_en for c in d.checks if not c.ok])
"""
import ctypes
import datetime as _dt
import enum
import json as _json
import threading
from threading import get_ident
from ctypes import byref, c_char_p, c_int32, c_int64, c_void_p, create_string_buffer
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Dict, List, Optional, Tuple

from ._lib import C, DECLARED, FUNCTIONS, KarierError, LibraryNotFound, called, lib  # noqa: F401

__all__ = ["KarierError", "LibraryNotFound", "Policy", "Position", "Employee", "Catalog", "Dataset",
           "promotion", "promotion_json", "json_quote", "merit_json", "appointment", "retirement_date", "merit", "rank", "duk_rank", "plan", "jp_ledger",
           "allocate", "positions_to_json", "batch", "Cohort", "Code",
           "audit", "Comparison", "Group", "fisher_exact", "chi_square", "AUDIT_BY", "AUDIT_NA",
           "Pola", "jalur", "rencana", "Rencana", "Step", "rencana_org", "OrgRow"]


# ---- enumerations -----------------------------------------------------------

class CodeType(enum.IntEnum):
    GOLONGAN = 1; PPPK_GOLONGAN = 2; PENDIDIKAN = 3; PREDIKAT = 4; RATING = 5; JABATAN = 6  # noqa: E702
    JENJANG = 7; STATUS = 8; DISIPLIN = 9; PELATIHAN = 10; UJIAN_DINAS = 11; MODA = 12; KP_JENIS = 13  # noqa: E702
    HUKUMAN = 14


class Status(enum.IntEnum):
    PNS = 1; CPNS = 2; PPPK = 3  # noqa: E702


class Jabatan(enum.IntEnum):
    JPT_UTAMA = 1; JPT_MADYA = 2; JPT_PRATAMA = 3; ADMINISTRATOR = 4; PENGAWAS = 5; PELAKSANA = 6  # noqa: E702
    FUNGSIONAL_KEAHLIAN = 7; FUNGSIONAL_KETERAMPILAN = 8  # noqa: E702


class Jenjang(enum.IntEnum):
    NONE = 0; AHLI_PERTAMA = 1; AHLI_MUDA = 2; AHLI_MADYA = 3; AHLI_UTAMA = 4  # noqa: E702
    PEMULA = 5; TERAMPIL = 6; MAHIR = 7; PENYELIA = 8  # noqa: E702


class Predikat(enum.IntEnum):
    SANGAT_KURANG = 1; KURANG = 2; BUTUH_PERBAIKAN = 3; BAIK = 4; SANGAT_BAIK = 5  # noqa: E702


class Disiplin(enum.IntEnum):
    RINGAN = 1; SEDANG = 2; BERAT = 3  # noqa: E702


class Hukuman(enum.IntEnum):
    """Kinds of discipline penalty: PP 94/2021 Ps8 and PP 53/2010 Ps7(3)."""
    TEGURAN_LISAN = 1; TEGURAN_TERTULIS = 2; PERNYATAAN_TIDAK_PUAS = 3; POTONG_TUKIN_6 = 4  # noqa: E702
    POTONG_TUKIN_9 = 5; POTONG_TUKIN_12 = 6; TURUN_JABATAN = 7; BEBAS_JABATAN = 8; PDH = 9  # noqa: E702
    TUNDA_KGB = 10; TUNDA_KP = 11; TURUN_PANGKAT = 12  # noqa: E702


class Pelatihan(enum.IntEnum):
    LAINNYA = 0; PKP = 1; PKA = 2; PKN_II = 3; PKN_I = 4; LATSAR = 5; TEKNIS = 6; FUNGSIONAL = 7  # noqa: E702
    SOSIAL_KULTURAL = 8


class Moda(enum.IntEnum):
    NONE = 0; KLASIKAL = 1; NONKLASIKAL = 2  # noqa: E702


class Requirement(enum.IntEnum):
    MIN_GOLONGAN = 1; MIN_PENDIDIKAN = 2; BUP = 3; MAX_USIA = 4; PELATIHAN = 5  # noqa: E702
    MASA_JABATAN_SEBELUMNYA = 6; PENGALAMAN = 7; TAHUN_KINERJA = 8  # noqa: E702


class Route(enum.IntEnum):
    DEFAULT = 0; PERTAMA = 1; PERPINDAHAN = 2  # noqa: E702


class Lang(enum.IntEnum):
    ID = 0; EN = 1  # noqa: E702


COMPONENTS = ("kualifikasi", "kompetensi", "potensi", "kinerja", "integritas")
NO_LIMIT = -1


# ---- small conversions --------------------------------------------------------

def _s(b):
    return b.decode("utf-8") if b is not None else None


def _b(s):
    b = s.encode("utf-8") if isinstance(s, str) else s
    if isinstance(b, bytes) and b"\0" in b:  # C would see the text cut at the NUL, silently
        raise ValueError(f"{s!r}: text with a NUL character")
    return b


def _ymd(d):
    """A date (or None / 0) as YYYYMMDD: a datetime.date, an ISO string "2026-04-01" (or any form
    karier_date_parse takes: "01-04-2026", "01/04/2026"), or an int YYYYMMDD."""
    if d is None or d == 0:
        return 0
    if isinstance(d, bool):
        raise TypeError("a date is a datetime.date, an ISO string or YYYYMMDD, not a bool")
    if isinstance(d, int):
        return d
    if isinstance(d, str):
        out = c_int32()
        C.karier_date_parse(byref(out), _b(d))
        return out.value
    if isinstance(d, _dt.date):
        return d.year * 10000 + d.month * 100 + d.day
    raise TypeError(f"a date is a datetime.date, an ISO string or YYYYMMDD, not {type(d).__name__}")


class Code(str):
    """A code as its canonical text ("IV/b", "baik", "pelaksana"; "" for none), with its numeric
    value in .value (and int(code)).  It equals its text and its value: e.golongan == "IV/b" and
    e.golongan == 14 both hold."""
    __slots__ = ("value",)

    def __new__(cls, text, value):
        c = super().__new__(cls, text)
        c.value = int(value)
        return c

    def __eq__(self, other):
        if isinstance(other, int) and not isinstance(other, bool):
            return self.value == int(other)
        return str.__eq__(self, other)

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = str.__hash__

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __repr__(self):
        return f"Code({str.__repr__(self)}, {self.value})"


def _codeval(type_, v):
    """The Code of value v in list type_ (v 0: none, Code("", 0))."""
    name = C.karier_code_name(int(type_), v) if v else None
    return Code(name.decode() if name else "", v)


def _date(v):
    return _dt.date(v // 10000, v // 100 % 100, v % 100) if v else None


def _fixed(v):
    return None if v is None or v < 0 else Decimal(v).scaleb(-2).quantize(Decimal("0.01"))


def _hundredths(x):
    d = Decimal(str(x))
    if d != d.quantize(Decimal("0.01")):
        raise ValueError(f"{x} has more than two decimals")
    return int(d * 100)


def _text(fn, *args):
    """Call an snprintf-style function twice: once for the length, once for the text."""
    n = fn(None, 0, *args)
    buf = create_string_buffer(n + 1)
    fn(buf, n + 1, *args)
    return buf.value.decode("utf-8")


def _code(type_, value):
    """A code as given: an int, or text parsed with the library's spellings."""
    if value is None:
        return 0
    if isinstance(value, str):
        return code_parse(type_, value)
    return int(value)


def _owned_string(fn, *args):
    p = c_void_p()
    fn(byref(p), *args)
    try:
        return ctypes.string_at(p.value).decode("utf-8")
    finally:
        C.karier_free_string(p)


# ---- free functions ---------------------------------------------------------

def version():
    return _s(C.karier_version_string())


def version_number():
    return C.karier_version_number()


def abi_version():
    return C.karier_abi_version()


def strerror(code):
    return _s(C.karier_strerror(code))


def last_error():
    return _s(C.karier_last_error())


def last_error_code():
    return C.karier_last_error_code()


def clear_error():
    C.karier_clear_error()


def date_parse(text):
    out = c_int32()
    C.karier_date_parse(byref(out), _b(text))
    return _date(out.value)


def date_parse_month(text):
    out = c_int32()
    C.karier_date_parse_month(byref(out), _b(text))
    return _date(out.value)


def date_make(year, month, day):
    out = c_int32()
    C.karier_date_make(byref(out), year, month, day)
    return _date(out.value)


def date_is_valid(ymd):
    return bool(C.karier_date_is_valid(ymd))


def date_format(d):
    return _text(C.karier_date_format, _ymd(d))


def date_to_days(d):
    out = c_int32()
    C.karier_date_to_days(byref(out), _ymd(d))
    return out.value


def date_from_days(days):
    out = c_int32()
    C.karier_date_from_days(byref(out), days)
    return _date(out.value)


def date_add(d, years=0, months=0, days=0):
    out = c_int32()
    C.karier_date_add(byref(out), _ymd(d), years, months, days)
    return _date(out.value)


def date_diff(start, end):
    """(years, months, days) from start to end, counted as masa kerja is."""
    y, m, d = c_int32(), c_int32(), c_int32()
    C.karier_date_diff(byref(y), byref(m), byref(d), _ymd(start), _ymd(end))
    return y.value, m.value, d.value


def code_parse(type_, text):
    out = c_int32()
    C.karier_code_parse(byref(out), int(type_), _b(text))
    return out.value


def code_name(type_, value):
    return _s(C.karier_code_name(int(type_), int(value)))


def code_label(type_, value, lang=Lang.ID):
    return _s(C.karier_code_label(int(type_), int(value), int(lang)))


def pendidikan_rank(value):
    return C.karier_pendidikan_rank(_code(CodeType.PENDIDIKAN, value))


def jenjang_jabatan(value):
    return C.karier_jenjang_jabatan(_code(CodeType.JENJANG, value))


def check_codes():
    """The registry of check codes: [(code, fails_id, fails_en, citation, grade)] (docs/promotion.md)."""
    out = []
    for i in range(C.karier_check_code_count()):
        v = [c_char_p() for _ in range(5)]
        C.karier_check_code_get(*[byref(x) for x in v], i)
        out.append(tuple(_s(x.value) for x in v))
    return out


def hukuman_tingkat(jenis):
    """The level (Disiplin) of a kind of penalty."""
    return C.karier_hukuman_tingkat(_code(CodeType.HUKUMAN, jenis))


def predikat_from_ratings(hasil_kerja, perilaku):
    out = c_int32()
    C.karier_predikat_from_ratings(byref(out), _code(CodeType.RATING, hasil_kerja), _code(CodeType.RATING, perilaku))
    return out.value


def talent_actions(kinerja_axis, potensi_axis, lang=Lang.ID):
    return _s(C.karier_talent_actions(kinerja_axis, potensi_axis, int(lang)))


def _arg(obj, kind, required=False):
    """The C handle of obj, checked: of the kind the function takes (a Policy where an Employee is
    expected would be read as an employee), and open (a closed handle, or a view of a closed
    dataset, raises ValueError; a closed Policy never silently means the national default)."""
    if obj is None and not required:
        return None
    if not isinstance(obj, kind):  # None included, when required
        article = "an" if kind.__name__[0] in "AEIOU" else "a"
        raise TypeError(f"expected {article} {kind.__name__}, got {'None' if obj is None else type(obj).__name__}")
    return obj._check()


# ---- handles and their locks ------------------------------------------------

class _Guard:
    """The lock of one C object and of the views taken from it: calls that only read share it, a
    call that changes or frees the object (a setter, add, load, close) holds it alone, and new
    readers wait behind a waiting writer (close() is never starved by a stream of readers).
    Re-entrant for the thread that holds it; a thread that reads cannot start a change inside the
    same call."""
    __slots__ = ("_lock", "_cond", "_readers", "_writer", "_depth", "_waiting", "_sleepers")

    def __init__(self):
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._readers = {}  # thread id -> depth
        self._writer = None
        self._depth = 0
        self._waiting = 0  # writers waiting
        self._sleepers = 0  # threads waiting of either kind (notified only when there are some)

    def _sleep(self):
        self._sleepers += 1
        try:
            self._cond.wait()
        finally:
            self._sleepers -= 1

    def acquire(self, write):
        me = get_ident()
        with self._lock:
            if self._writer == me:
                self._depth += 1
            elif me in self._readers:
                if write:
                    raise RuntimeError("a handle cannot be changed or closed from inside a call that reads it")
                self._readers[me] += 1
            elif write:
                self._waiting += 1
                try:
                    while self._writer is not None or self._readers:
                        self._sleep()
                finally:
                    self._waiting -= 1
                self._writer, self._depth = me, 1
            else:
                while self._writer is not None or self._waiting:
                    self._sleep()
                self._readers[me] = 1

    def release(self):
        me = get_ident()
        with self._lock:
            if self._writer == me:
                self._depth -= 1
                if self._depth:
                    return
                self._writer = None
            elif self._readers[me] > 1:
                self._readers[me] -= 1
                return
            else:
                del self._readers[me]
            if self._sleepers:
                self._cond.notify_all()


def _handles(values, out):
    for v in values:
        if isinstance(v, _Handle):
            out.append(v)
        elif isinstance(v, (list, tuple)):
            out.extend(x for x in v if isinstance(x, _Handle))


class _Using:
    """Holds the guards of every handle among a call's arguments for the length of the call, in
    one fixed order (by id) so that two calls never wait on each other; `write` guards are held
    alone, the others shared."""
    __slots__ = ("_held",)

    def __init__(self, reads, write=None):
        modes = {}
        for h in reads:
            modes.setdefault(id(h._guard), [h._guard, False])
        if write is not None:
            modes.setdefault(id(write._guard), [write._guard, True])[1] = True
        self._held = [modes[k] for k in sorted(modes)]

    def __enter__(self):
        taken = []
        try:
            for g, w in self._held:
                g.acquire(w)
                taken.append(g)
        except BaseException:
            for g in reversed(taken):
                g.release()
            raise
        return self

    def __exit__(self, *exc):
        for g, _ in reversed(self._held):
            g.release()


def _guarded(fn, write=False, method=False, constructor=False):
    """fn run with the guards of its handle arguments held (and of self, alone when it writes; a
    constructor's self has no guard yet)."""
    def call(*args, **kwargs):
        if method and not kwargs and all(not isinstance(a, (_Handle, list, tuple)) for a in args[1:]):
            guard = args[0]._guard  # the common case, a getter or setter of one handle: no sorting
            guard.acquire(write)
            try:
                return fn(*args)
            finally:
                guard.release()
        found = []
        _handles(args[1:] if method or constructor else args, found)
        _handles(kwargs.values(), found)
        if method and not write:
            found.append(args[0])
        with _Using(found, args[0] if method and write else None):
            return fn(*args, **kwargs)
    call.__name__, call.__qualname__, call.__doc__ = fn.__name__, fn.__qualname__, fn.__doc__
    return call


_WRITES = ("set", "add", "remove", "clear", "load", "reserve")


class _Handle:
    """An owned C object, freed once by close(), a with block, or __del__.

    Thread safety: every method holds the lock of the object it is called on (for a view, of the
    dataset or cohort it was taken from) and of the handles passed to it, shared when it reads,
    alone when it changes the object; close() waits for the calls in progress.  Any number of
    threads may therefore read one Dataset or Policy at once, and a setter or close() never runs
    beside another call on the same object."""
    _free = None

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        for name, attr in list(vars(cls).items()):
            if name == "__init__":
                setattr(cls, name, _guarded(attr, constructor=True))  # the handles it is given are read
            elif name.startswith("_") and name not in ("__len__", "__getitem__"):
                continue
            elif isinstance(attr, property):
                setattr(cls, name, property(attr.fget and _guarded(attr.fget, False, True),
                                            attr.fset and _guarded(attr.fset, True, True), None, attr.__doc__))
            elif callable(attr) and not isinstance(attr, (staticmethod, classmethod)):
                setattr(cls, name, _guarded(attr, name.startswith(_WRITES), True))

    def __init__(self, h, owner=None):
        self._h = h
        self._owner = owner  # a borrowed handle keeps its owner alive and never frees
        self._guard = owner._guard if owner is not None else _Guard()
        self._generation = owner._generation if owner is not None else 0

    def close(self):
        if self._owner is not None:  # a view: nothing of its own to free
            self._h = None
            return
        guard = getattr(self, "_guard", None)
        if guard is None:  # __init__ failed before the handle existed
            return
        guard.acquire(True)  # waits for the calls in progress on this object and its views
        try:
            if self._h:
                type(self)._free(self._h)
            self._h = None
        finally:
            guard.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def _check(self):
        if not self._h:
            raise ValueError(f"{type(self).__name__} is closed")
        owner = self._owner
        if owner is not None:  # a view: its dataset or cohort (and theirs) must be open too
            if not owner._h:
                raise ValueError(f"{type(self).__name__} was taken from a {type(owner).__name__} that is closed")
            if self._generation != owner._generation:
                raise ValueError(f"{type(self).__name__} was taken from a {type(owner).__name__} "
                                 "that has changed since (add() moves its employees)")
            owner._check()
        return self._h


@dataclass
class Nip:
    digits: str
    birth: _dt.date
    tmt: _dt.date
    sex: int
    serial: int
    code: Optional[int] = None


@_guarded
def nip_parse(text, policy=None):
    buf = create_string_buffer(19)
    b, t, s, n = c_int32(), c_int32(), c_int32(), c_int32()
    C.karier_nip_parse(buf, byref(b), byref(t), byref(s), byref(n), _b(text), _arg(policy, Policy))
    return Nip(buf.value.decode(), _date(b.value), _date(t.value), s.value, n.value)


@_guarded
def nipppk_parse(text, policy=None):
    buf = create_string_buffer(19)
    b, y, c, s, n = c_int32(), c_int32(), c_int32(), c_int32(), c_int32()
    C.karier_nipppk_parse(buf, byref(b), byref(y), byref(c), byref(s), byref(n), _b(text), _arg(policy, Policy))
    return Nip(buf.value.decode(), _date(b.value), _dt.date(y.value, 1, 1), s.value, n.value, c.value)


@dataclass
class Setting:
    key: str
    type: int
    citation: str
    description: str


@dataclass
class Period:
    start: _dt.date
    months: List[int]
    citation: str


class Policy(_Handle):
    """Every rule value as data: the embedded national default, changed key by key."""
    _free = staticmethod(C.karier_policy_free)
    INT, BOOL, FIXED, GOLONGAN, PENDIDIKAN, PREDIKAT, DATE, PELATIHAN, PPPK_GOLONGAN = range(1, 10)

    def __init__(self, _h=None):
        if _h is None:
            h = c_void_p()
            C.karier_policy_new_default(byref(h))
            _h = h.value
        super().__init__(_h)

    def copy(self):
        h = c_void_p()
        C.karier_policy_copy(byref(h), self._check())
        return Policy(h.value)

    @staticmethod
    def settings():
        for i in range(C.karier_policy_setting_count()):
            k, c, d, t = c_char_p(), c_char_p(), c_char_p(), c_int32()
            C.karier_policy_setting_info(byref(k), byref(t), byref(c), byref(d), i)
            yield Setting(_s(k.value), t.value, _s(c.value), _s(d.value))

    @staticmethod
    def setting_type(key):
        t = c_int32()
        C.karier_policy_setting_info(None, byref(t), None, None, Policy.setting_index(key))
        return t.value

    @staticmethod
    def setting_index(key):
        out = c_int32()
        C.karier_policy_setting_find(byref(out), _b(key))
        return out.value

    def get(self, key):
        """The value in Python form: int, bool, Decimal (fixed), date, or a code name (str, '' for none)."""
        t = Policy.setting_type(key)
        v = c_int64()
        C.karier_policy_get(byref(v), self._check(), _b(key))
        if t == Policy.BOOL:
            return bool(v.value)
        if t == Policy.FIXED:
            return _fixed(v.value) if v.value >= 0 else -_fixed(-v.value)
        if t == Policy.DATE:
            return _date(v.value)
        if t == Policy.INT:
            return v.value
        return self.get_text(key)

    def get_raw(self, key):
        v = c_int64()
        C.karier_policy_get(byref(v), self._check(), _b(key))
        return v.value

    def get_text(self, key):
        return _text(C.karier_policy_get_text, self._check(), _b(key))

    def set(self, key, value):
        """Set from a Python value: text in any accepted spelling, bool, int, Decimal/float, or date."""
        h = self._check()
        if isinstance(value, str):
            C.karier_policy_set_text(h, _b(key), _b(value))
        elif isinstance(value, _dt.date):
            C.karier_policy_set(h, _b(key), _ymd(value))
        elif isinstance(value, bool):
            C.karier_policy_set(h, _b(key), int(value))
        elif isinstance(value, (Decimal, float)) or Policy.setting_type(key) == Policy.FIXED:
            C.karier_policy_set(h, _b(key), _hundredths(value))
        else:
            C.karier_policy_set(h, _b(key), int(value))

    def set_raw(self, key, value):
        C.karier_policy_set(self._check(), _b(key), int(value))

    def is_default(self, key):
        return bool(C.karier_policy_is_default(self._check(), _b(key)))

    def periods(self):
        h = self._check()
        out = []
        for i in range(C.karier_policy_period_count(h)):
            f, m, c = c_int32(), c_int32(), c_char_p()
            C.karier_policy_period_get(byref(f), byref(m), byref(c), h, i)
            out.append(Period(_date(f.value), [k for k in range(1, 13) if m.value >> (k - 1) & 1], _s(c.value)))
        return out

    def set_period(self, start, months):
        C.karier_policy_period_set(self._check(), _ymd(start), sum(1 << (m - 1) for m in set(months)))

    def remove_period(self, start):
        C.karier_policy_period_remove(self._check(), _ymd(start))

    def next_period(self, d):
        out = c_int32()
        C.karier_policy_period_next(byref(out), self._check(), _ymd(d))
        return _date(out.value)

    def predikat_from_score(self, year, score):
        out = c_int32()
        C.karier_policy_predikat_from_score(byref(out), self._check(), year, _hundredths(score))
        return out.value

    def to_json(self):
        return _owned_string(C.karier_policy_to_json, self._check())

    def load_json(self, path):
        C.karier_policy_load_json(self._check(), _b(str(path)))

    def load_json_text(self, text, name="<policy>"):
        C.karier_policy_load_json_text(self._check(), _b(text), _b(name))


class Position(_Handle):
    """A jabatan: its kind, jenjang, own requirements and competency standard."""
    _free = staticmethod(C.karier_position_free)

    def __init__(self, code=None, name=None, jabatan=None, jenjang=0, _h=None, _owner=None):
        if _h is None:
            h = c_void_p()
            C.karier_position_new(byref(h), _b(code), _b(name), _code(CodeType.JABATAN, jabatan),
                                  _code(CodeType.JENJANG, jenjang))
            _h = h.value
        super().__init__(_h, _owner)

    def copy(self):
        h = c_void_p()
        C.karier_position_copy(byref(h), self._check())
        return Position(_h=h.value)

    @staticmethod
    def from_json(obj):
        """A new position from one jabatan.json element (text or a dict), read as strictly as the file."""
        h = c_void_p()
        C.karier_position_from_json(byref(h), _b(obj if isinstance(obj, str) else _json.dumps(obj)))
        return Position(_h=h.value)

    code = property(lambda self: _s(C.karier_position_code(self._check())))
    name = property(lambda self: _s(C.karier_position_name(self._check())))
    jabatan = property(lambda self: _codeval(CodeType.JABATAN, C.karier_position_jabatan(self._check())))
    jenjang = property(lambda self: _codeval(CodeType.JENJANG, C.karier_position_jenjang(self._check())))

    def set_requirement(self, req, value):
        codes = {Requirement.MIN_GOLONGAN: CodeType.GOLONGAN, Requirement.MIN_PENDIDIKAN: CodeType.PENDIDIKAN,
                 Requirement.PELATIHAN: CodeType.PELATIHAN}
        v = _code(codes[req], value) if req in codes else int(value)
        C.karier_position_set_requirement(self._check(), int(req), v)

    def add_pendidikan(self, pendidikan):
        """Accept a diploma as fitting the post (penyesuaian ijazah, PP 99/2000 Ps18)."""
        C.karier_position_add_pendidikan(self._check(), _code(CodeType.PENDIDIKAN, pendidikan))

    def accepts_pendidikan(self, pendidikan):
        return bool(C.karier_position_accepts_pendidikan(self._check(), _code(CodeType.PENDIDIKAN, pendidikan)))

    def clear_requirement(self, req):
        C.karier_position_clear_requirement(self._check(), int(req))

    def requirement(self, req):
        """The position's own value, or None when the policy's applies."""
        out = c_int64()
        try:
            C.karier_position_requirement(byref(out), self._check(), int(req))
        except KarierError as e:
            if e.code == -5:
                return None
            raise
        return out.value

    def set_standard(self, code, level):
        C.karier_position_set_standard(self._check(), _b(code), level)

    def remove_standard(self, code):
        C.karier_position_remove_standard(self._check(), _b(code))

    @property
    def standard(self):
        h = self._check()
        out = []
        for i in range(C.karier_position_standard_count(h)):
            c, lv = c_char_p(), c_int32()
            C.karier_position_standard_get(byref(c), byref(lv), h, i)
            out.append((_s(c.value), lv.value))
        return out


@_guarded
def positions_to_json(positions):
    arr = (c_void_p * max(1, len(positions)))(*[_arg(p, Position, True) for p in positions])
    return _owned_string(C.karier_positions_to_json, arr, len(positions))


@dataclass
class Training:
    code: str
    date: _dt.date
    jp: int
    jenis: "Code"


@dataclass
class Penalty:
    tingkat: "Code"
    start: _dt.date
    end: Optional[_dt.date]
    jenis: "Code" = Code("", 0)  # a Hukuman, Code("", 0) when only the level is known


@dataclass
class PastPost:
    jabatan: "Code"
    jenjang: "Code"
    start: _dt.date
    end: _dt.date


class Employee(_Handle):
    """One civil servant.  Setters validate and leave the employee unchanged on failure."""
    _free = staticmethod(C.karier_employee_free)

    def __init__(self, nip=None, status=Status.PNS, policy=None, _h=None, _owner=None):
        if _h is None:
            h = c_void_p()
            C.karier_employee_new(byref(h), _b(nip), _code(CodeType.STATUS, status), _arg(policy, Policy))
            _h = h.value
        super().__init__(_h, _owner)

    def copy(self):
        h = c_void_p()
        C.karier_employee_copy(byref(h), self._check())
        return Employee(_h=h.value)

    @staticmethod
    def from_json(row, policy=None):
        """A new employee from one JSON object (text, or a dict): the pegawai.csv columns and the
        histories as arrays, as karier_employee_from_json takes them (a database row as it comes)."""
        text = row if isinstance(row, str) else _json.dumps(row)
        h = c_void_p()
        with _Using([policy] if policy is not None else []):
            C.karier_employee_from_json(byref(h), _b(text), _arg(policy, Policy))
        return Employee(_h=h.value)

    # scalar facts
    nip = property(lambda self: _s(C.karier_employee_nip(self._check())))
    nama = property(lambda self: _s(C.karier_employee_nama(self._check())),
                    lambda self, v: C.karier_employee_set_nama(self._check(), _b(v)))
    unit_kerja = property(lambda self: _s(C.karier_employee_unit_kerja(self._check())),
                          lambda self, v: C.karier_employee_set_unit_kerja(self._check(), _b(v)))
    status = property(lambda self: _codeval(CodeType.STATUS, C.karier_employee_status(self._check())),
                      lambda self, v: C.karier_employee_set_status(self._check(), _code(CodeType.STATUS, v)))
    tanggal_lahir = property(lambda self: _date(C.karier_employee_tanggal_lahir(self._check())),
                             lambda self, v: C.karier_employee_set_tanggal_lahir(self._check(), _ymd(v)))
    tmt_cpns = property(lambda self: _date(C.karier_employee_tmt_cpns(self._check())),
                        lambda self, v: C.karier_employee_set_tmt_cpns(self._check(), _ymd(v)))
    pendidikan = property(lambda self: _codeval(CodeType.PENDIDIKAN, C.karier_employee_pendidikan(self._check())),
                          lambda self, v: C.karier_employee_set_pendidikan(self._check(), _code(CodeType.PENDIDIKAN, v)))
    pendidikan_baru = property(lambda self: _codeval(CodeType.PENDIDIKAN, C.karier_employee_pendidikan_baru(self._check())),
                               lambda self, v: C.karier_employee_set_pendidikan_baru(self._check(), _code(CodeType.PENDIDIKAN, v)))
    golongan = property(lambda self: _codeval(
        CodeType.PPPK_GOLONGAN if C.karier_employee_status(self._check()) == Status.PPPK else CodeType.GOLONGAN,
        C.karier_employee_golongan(self._check())))
    tmt_golongan = property(lambda self: _date(C.karier_employee_tmt_golongan(self._check())))
    jabatan_code = property(lambda self: _s(C.karier_employee_jabatan_code(self._check())))
    jabatan = property(lambda self: _codeval(CodeType.JABATAN, C.karier_employee_jabatan(self._check())))
    jenjang = property(lambda self: _codeval(CodeType.JENJANG, C.karier_employee_jenjang(self._check())))
    tmt_jabatan = property(lambda self: _date(C.karier_employee_tmt_jabatan(self._check())))
    potensi = property(lambda self: _fixed(C.karier_employee_potensi(self._check())),
                       lambda self, v: C.karier_employee_set_potensi(self._check(), -1 if v is None else _hundredths(v)))
    angka_kredit = property(lambda self: _fixed(C.karier_employee_angka_kredit(self._check())),
                            lambda self, v: C.karier_employee_set_angka_kredit(self._check(), -1 if v is None else _hundredths(v)))
    ujian_dinas = property(lambda self: _codeval(CodeType.UJIAN_DINAS, C.karier_employee_ujian_dinas(self._check())),
                           lambda self, v: C.karier_employee_set_ujian_dinas(self._check(), _code(CodeType.UJIAN_DINAS, v)))
    prestasi_luar_biasa = property(lambda self: bool(C.karier_employee_prestasi_luar_biasa(self._check())),
                                   lambda self, v: C.karier_employee_set_prestasi_luar_biasa(self._check(), int(bool(v))))
    ujian_penyesuaian = property(lambda self: _date(C.karier_employee_ujian_penyesuaian(self._check())),
                                 lambda self, v: C.karier_employee_set_ujian_penyesuaian(self._check(), _ymd(v)))

    def set_golongan(self, golongan, tmt):
        """A golongan ruang for PNS/CPNS, or a PPPK golongan for PPPK (as the status says)."""
        h = self._check()
        if self.status == Status.PPPK:
            C.karier_employee_set_pppk_golongan(h, _code(CodeType.PPPK_GOLONGAN, golongan), _ymd(tmt))
        else:
            C.karier_employee_set_golongan(h, _code(CodeType.GOLONGAN, golongan), _ymd(tmt))

    def set_jabatan(self, code, jabatan, jenjang, tmt):
        C.karier_employee_set_jabatan(self._check(), _b(code), _code(CodeType.JABATAN, jabatan),
                                      _code(CodeType.JENJANG, jenjang), _ymd(tmt))

    # histories
    def set_kinerja(self, year, predikat):
        C.karier_employee_set_kinerja(self._check(), year, _code(CodeType.PREDIKAT, predikat))

    def kinerja_of(self, year):
        v = C.karier_employee_kinerja(self._check(), year)
        return _codeval(CodeType.PREDIKAT, v) if v else None

    @property
    def kinerja(self):
        h = self._check()
        out = {}
        for i in range(C.karier_employee_kinerja_count(h)):
            y, p = c_int32(), c_int32()
            C.karier_employee_kinerja_get(byref(y), byref(p), h, i)
            out[y.value] = _codeval(CodeType.PREDIKAT, p.value)
        return out

    def set_kompetensi(self, code, level, date=None):
        C.karier_employee_set_kompetensi(self._check(), _b(code), level, _ymd(date))

    def kompetensi_of(self, code):
        return C.karier_employee_kompetensi(self._check(), _b(code))

    @property
    def kompetensi(self):
        h = self._check()
        out = {}
        for i in range(C.karier_employee_kompetensi_count(h)):
            c, lv, d = c_char_p(), c_int32(), c_int32()
            C.karier_employee_kompetensi_get(byref(c), byref(lv), byref(d), h, i)
            out[_s(c.value)] = (lv.value, _date(d.value))
        return out

    def add_pelatihan(self, code, date, jp, jenis=Pelatihan.LAINNYA):
        C.karier_employee_add_pelatihan(self._check(), _b(code), _ymd(date), jp, _code(CodeType.PELATIHAN, jenis))

    @property
    def pelatihan(self):
        h = self._check()
        out = []
        for i in range(C.karier_employee_pelatihan_count(h)):
            c, d, jp, j = c_char_p(), c_int32(), c_int32(), c_int32()
            C.karier_employee_pelatihan_get(byref(c), byref(d), byref(jp), byref(j), h, i)
            out.append(Training(_s(c.value), _date(d.value), jp.value, _codeval(CodeType.PELATIHAN, j.value)))
        return out

    def add_disiplin(self, tingkat, start, end=None):
        """A penalty of which only the level is known."""
        C.karier_employee_add_disiplin(self._check(), _code(CodeType.DISIPLIN, tingkat), _ymd(start), _ymd(end))

    def add_hukuman(self, jenis, start, end=None):
        """A penalty of a known kind (Hukuman); its level follows from the kind."""
        C.karier_employee_add_hukuman(self._check(), _code(CodeType.HUKUMAN, jenis), _ymd(start), _ymd(end))

    @property
    def disiplin(self):
        h = self._check()
        out = []
        for i in range(C.karier_employee_disiplin_count(h)):
            t, s, e, j = c_int32(), c_int32(), c_int32(), c_int32()
            C.karier_employee_disiplin_get(byref(t), byref(s), byref(e), h, i)
            C.karier_employee_disiplin_get_jenis(byref(j), h, i)
            out.append(Penalty(_codeval(CodeType.DISIPLIN, t.value), _date(s.value), _date(e.value),
                               _codeval(CodeType.HUKUMAN, j.value)))
        return out

    def add_riwayat_jabatan(self, jabatan, jenjang, start, end):
        C.karier_employee_add_riwayat_jabatan(self._check(), _code(CodeType.JABATAN, jabatan),
                                              _code(CodeType.JENJANG, jenjang), _ymd(start), _ymd(end))

    @property
    def riwayat_jabatan(self):
        h = self._check()
        out = []
        for i in range(C.karier_employee_riwayat_jabatan_count(h)):
            j, n, s, e = c_int32(), c_int32(), c_int32(), c_int32()
            C.karier_employee_riwayat_jabatan_get(byref(j), byref(n), byref(s), byref(e), h, i)
            out.append(PastPost(_codeval(CodeType.JABATAN, j.value), _codeval(CodeType.JENJANG, n.value), _date(s.value),
                                _date(e.value)))
        return out


@dataclass
class Course:
    code: str
    name: str
    kompetensi: str
    level_min: int
    level_hasil: int
    jp: int
    biaya: int
    moda: "Code"


class Catalog(_Handle):
    """A training catalogue."""
    _free = staticmethod(C.karier_catalog_free)

    def __init__(self, _h=None, _owner=None):
        if _h is None:
            h = c_void_p()
            C.karier_catalog_new(byref(h))
            _h = h.value
        super().__init__(_h, _owner)

    def copy(self):
        h = c_void_p()
        C.karier_catalog_copy(byref(h), self._check())
        return Catalog(h.value)

    def add(self, code, name, kompetensi, level_min, level_hasil, jp, biaya, moda=Moda.KLASIKAL):
        C.karier_catalog_add(self._check(), _b(code), _b(name), _b(kompetensi), level_min, level_hasil, jp, biaya,
                             _code(CodeType.MODA, moda))

    def __len__(self):
        return C.karier_catalog_count(self._check())

    def __getitem__(self, i):
        if not 0 <= i < len(self):
            raise IndexError(i)
        c, n, k = c_char_p(), c_char_p(), c_char_p()
        lmin, lh, jp, moda, biaya = c_int32(), c_int32(), c_int32(), c_int32(), c_int64()
        C.karier_catalog_get(byref(c), byref(n), byref(k), byref(lmin), byref(lh), byref(jp), byref(biaya),
                             byref(moda), self._check(), i)
        return Course(_s(c.value), _s(n.value), _s(k.value), lmin.value, lh.value, jp.value, biaya.value,
                      _codeval(CodeType.MODA, moda.value))

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def find(self, code):
        out = c_int32()
        C.karier_catalog_find(byref(out), self._check(), _b(code))
        return out.value

    def to_json(self):
        return _owned_string(C.karier_catalog_to_json, self._check())

    def load_json_text(self, text, name="<catalog>"):
        C.karier_catalog_load_json_text(self._check(), _b(text), _b(name))

    def add_json(self, obj):
        """Add one course from a katalog.json element (text or a dict); unchanged on failure."""
        C.karier_catalog_add_json(self._check(), _b(obj if isinstance(obj, str) else _json.dumps(obj)))


@dataclass
class Diagnostic:
    severity: str
    file: str
    line: int
    column: int
    column_name: str
    value: str
    message: str  # English
    code: str = ""  # stable: NIP_UNKNOWN, VALUE_DATE, ... (docs/dataset.md)
    message_id: str = ""  # Bahasa Indonesia

    def __str__(self):
        col = f'{self.column_name} "{self.value}": ' if self.column_name else ""
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {col}{self.message}"


class DatasetError(KarierError):
    """The dataset has errors; `diagnostics` lists every one of them."""

    def __init__(self, message, diagnostics):
        super().__init__(-9, message, "karier_dataset_load")
        self.diagnostics = diagnostics


class Dataset(_Handle):
    """A folder of CSV files (docs/dataset.md).  Employees and positions are
    borrowed from the dataset and live as long as it does."""
    _free = staticmethod(C.karier_dataset_free)

    def __init__(self, path, policy=None, skip_bad_rows=False, threads=False, columns=(), kompetensi=True,
                 pelatihan=True):
        """columns: names of pegawai.csv columns to keep as text (agama, lokasi, ...), read
        with column(); a named column the file lacks is an error of the dataset.
        kompetensi=False leaves kompetensi.csv unread (KARIER_DATASET_NO_KOMPETENSI): enough
        for promotion decisions, not for merit or training.  pelatihan=False leaves
        pelatihan.csv unread (KARIER_DATASET_NO_PELATIHAN): enough for merit scores and the
        9-box, not for appointments, promotion, training or the JP ledger."""
        h = c_void_p()
        # KARIER_DATASET_SKIP_BAD_ROWS, _THREADS, _NO_KOMPETENSI, _NO_PELATIHAN
        flags = (1 if skip_bad_rows else 0) | (2 if threads else 0) | (0 if kompetensi else 4) | (0 if pelatihan else 8)
        if columns:
            names = (c_char_p * len(columns))(*[_b(c) for c in columns])
            rc = C.karier_dataset_load_columns(byref(h), _b(str(path)), _arg(policy, Policy), flags, names, len(columns))
        else:
            rc = C.karier_dataset_load(byref(h), _b(str(path)), _arg(policy, Policy), flags)
        super().__init__(h.value)
        if rc == -9:
            diags, msg = self.diagnostics, last_error()
            self.close()
            raise DatasetError(msg, diags)

    @property
    def diagnostics(self):
        h = self._check()
        out = []
        for i in range(C.karier_dataset_diagnostic_count(h)):
            s, f, ln, col, cn, v, m = c_int32(), c_char_p(), c_int64(), c_int64(), c_char_p(), c_char_p(), c_char_p()
            C.karier_dataset_diagnostic_get(byref(s), byref(f), byref(ln), byref(col), byref(cn), byref(v), byref(m), h, i)
            code, mid = c_char_p(), c_char_p()
            C.karier_dataset_diagnostic_text(byref(code), byref(mid), h, i, int(Lang.ID))
            out.append(Diagnostic("error" if s.value == 1 else "warning", _s(f.value), ln.value, col.value,
                                  _s(cn.value), _s(v.value), _s(m.value), _s(code.value), _s(mid.value)))
        return out

    @property
    def error_count(self):
        return C.karier_dataset_error_count(self._check())

    def __len__(self):
        return C.karier_dataset_employee_count(self._check())

    def pola(self):
        """The dataset's pola karier (pola_karier.csv or the default ladder), a view that lives with it."""
        return Pola(_h=C.karier_dataset_pola(self._check()), _owner=self)

    @property
    def pola_is_default(self):
        return bool(C.karier_dataset_pola_is_default(self._check()))

    def column(self, i, name):
        """Employee i's text in a column kept with Dataset(columns=...); None if not kept."""
        v = C.karier_dataset_employee_column(self._check(), i, _b(name))
        return None if v is None else _s(v)

    def employee(self, i):
        h = C.karier_dataset_employee(self._check(), i)
        if not h:
            raise IndexError(i)
        return Employee(_h=h, _owner=self)

    @property
    def employees(self):
        return [self.employee(i) for i in range(len(self))]

    @property
    def cohort(self):
        """The employees as a Cohort (borrowed, read-only: do not add to it)."""
        return Cohort(_h=C.karier_dataset_cohort(self._check()), _owner=self)

    def find(self, nip):
        """The employee with this NIP (spaces inside allowed), by a hash lookup; KeyError if none."""
        i = c_int32()
        try:
            C.karier_dataset_employee_find(byref(i), self._check(), _b(nip))
        except KarierError as e:
            if e.code == -5:  # KARIER_ENOTFOUND
                raise KeyError(nip) from None
            raise
        return self.employee(i.value)

    def employee_position(self, i):
        h = C.karier_dataset_employee_position(self._check(), i)
        return Position(_h=h, _owner=self) if h else None

    @property
    def positions(self):
        h = self._check()
        return [Position(_h=C.karier_dataset_position(h, i), _owner=self)
                for i in range(C.karier_dataset_position_count(h))]

    def position(self, code):
        h = C.karier_dataset_position_find(self._check(), _b(code))
        if not h:
            raise KeyError(code)
        return Position(_h=h, _owner=self)

    @property
    def catalog(self):
        return Catalog(_h=C.karier_dataset_catalog(self._check()), _owner=self)

    def has_file(self, name):
        return bool(C.karier_dataset_has_file(self._check(), _b(name)))

    @property
    def skipped_rows(self):
        """Data rows left out, per file that lost any: {"pegawai.csv": 1, "kinerja.csv": 2}."""
        h, out, i = self._check(), {}, 0
        while (name := C.karier_dataset_file_name(i)) is not None:
            n = C.karier_dataset_skipped_rows(h, name)
            if n:
                out[_s(name)] = n
            i += 1
        return out


# ---- decisions ----------------------------------------------------------------

@dataclass
class Value:
    type: int
    value: int
    text_id: str
    text_en: str


@dataclass
class Check:
    code: str
    ok: bool
    jenis: Optional[str]
    menunggu: bool
    ref: str
    required: Value
    actual: Value
    message_id: str
    message_en: str
    asumsi: bool = False  # rests on an UNCONFIRMED setting, absent data, or assumed future years


@dataclass
class Option:
    jenis: str
    eligible: bool
    golongan_baru: Optional[str]
    paling_awal: Optional[_dt.date]


@dataclass
class Decision:
    kind: str
    eligible: bool
    jenis: Optional[str]
    golongan_baru: Optional[str]
    target: Optional[str]
    tanggal: _dt.date
    tanggal_paling_awal: Optional[_dt.date]
    tanggal_pensiun: Optional[_dt.date]
    setelah_pensiun: bool
    options: List[Option] = field(default_factory=list)
    checks: List[Check] = field(default_factory=list)
    reason_index: int = -1  # the check that explains a refusal (karier_decision_reason), -1 when eligible
    reasons: Tuple[str, str] = ("", "")  # every reason of a refusal in one text (Indonesian, English); "" when eligible

    def failed(self):
        return [c for c in self.checks if not c.ok]

    @property
    def reason(self):
        """The one check that explains a refusal, as the library, the batch and the command give it; None if eligible."""
        return self.checks[self.reason_index] if self.reason_index >= 0 else None


def _decision(h, owned=True):
    try:
        d = Decision(
            kind="promotion" if C.karier_decision_kind(h) == 1 else "appointment",
            eligible=bool(C.karier_decision_eligible(h)),
            jenis=code_name(CodeType.KP_JENIS, C.karier_decision_jenis(h)),
            golongan_baru=code_name(CodeType.GOLONGAN, C.karier_decision_golongan_baru(h)),
            target=_s(C.karier_decision_target(h)) or None,
            tanggal=_date(C.karier_decision_tanggal(h)),
            tanggal_paling_awal=_date(C.karier_decision_tanggal_paling_awal(h)),
            tanggal_pensiun=_date(C.karier_decision_tanggal_pensiun(h)),
            setelah_pensiun=bool(C.karier_decision_setelah_pensiun(h)))
        for i in range(C.karier_decision_option_count(h)):
            j, e, g, a = c_int32(), c_int32(), c_int32(), c_int32()
            C.karier_decision_option_get(byref(j), byref(e), byref(g), byref(a), h, i)
            d.options.append(Option(code_name(CodeType.KP_JENIS, j.value), bool(e.value),
                                    code_name(CodeType.GOLONGAN, g.value), _date(a.value)))
        for i in range(C.karier_decision_check_count(h)):
            code, ref = c_char_p(), c_char_p()
            ok, jenis, wait = c_int32(), c_int32(), c_int32()
            C.karier_decision_check_get(byref(code), byref(ok), byref(jenis), byref(wait), byref(ref), h, i)
            values = []
            for which in (0, 1):
                t, v = c_int32(), c_int64()
                C.karier_decision_check_value(byref(t), byref(v), h, i, which)
                values.append(Value(t.value, v.value, _text(C.karier_decision_check_value_text, h, i, which, 0),
                                    _text(C.karier_decision_check_value_text, h, i, which, 1)))
            d.checks.append(Check(_s(code.value), bool(ok.value), code_name(CodeType.KP_JENIS, jenis.value),
                                  bool(wait.value), _s(ref.value), values[0], values[1],
                                  _text(C.karier_decision_check_message, h, i, 0),
                                  _text(C.karier_decision_check_message, h, i, 1),
                                  bool(C.karier_decision_check_asumsi(h, i))))
        d.reason_index = C.karier_decision_reason(h)
        d.reasons = (_text(C.karier_decision_reasons_text, h, 0), _text(C.karier_decision_reasons_text, h, 1))
        return d
    finally:
        if owned:
            C.karier_decision_free(h)


@_guarded
def promotion(employee, date, policy=None, current=None):
    """May the employee rise in rank on the first period date on or after `date`?"""
    h = c_void_p()
    C.karier_promotion_evaluate(byref(h), _arg(policy, Policy), _arg(employee, Employee, True), _arg(current, Position), _ymd(date))
    return _decision(h.value)


@_guarded
def json_quote(text):
    """text as a JSON string, quoted and escaped as every JSON text of libkarier is (karier_json_quote):
    json_quote('Nur "Ani"') == '"Nur \\\\"Ani\\\\""'."""
    return _text(C.karier_json_quote, text.encode("utf-8"))


def promotion_json(employee, date, policy=None, current=None, lang=Lang.ID, failed_checks=False):
    """The decision as the JSON text of a `karier promotion --format jsonl` line (docs/output.md); with
    failed_checks, only the checks that failed (as `--checks failed`)."""
    h = c_void_p()
    emp = _arg(employee, Employee, True)
    C.karier_promotion_evaluate(byref(h), _arg(policy, Policy), emp, _arg(current, Position), _ymd(date))
    try:
        return _owned_string(C.karier_decision_to_json, h.value, emp, int(lang), 1 if failed_checks else 0)
    finally:
        C.karier_decision_free(h.value)


@_guarded
def merit_json(employee, position=None, date=None, policy=None):
    """The merit result as the JSON text of a `karier merit --format jsonl` line."""
    h = c_void_p()
    emp = _arg(employee, Employee, True)
    C.karier_merit_evaluate(byref(h), _arg(policy, Policy), emp, _arg(position, Position),
                            _ymd(_dt.date.today() if date is None else date))
    try:
        return _owned_string(C.karier_merit_to_json, h.value, emp)
    finally:
        C.karier_merit_free(h.value)


@_guarded
def appointment(employee, target, date, policy=None, route=Route.DEFAULT):
    h = c_void_p()
    C.karier_appointment_evaluate(byref(h), _arg(policy, Policy), _arg(employee, Employee, True), _arg(target, Position, True), _ymd(date), int(route))
    return _decision(h.value)


@_guarded
def retirement_date(employee, policy=None, position=None):
    """(retirement date, BUP in years)."""
    d, b = c_int32(), c_int32()
    C.karier_retirement_date(byref(d), byref(b), _arg(policy, Policy), _arg(employee, Employee, True), _arg(position, Position))
    return _date(d.value), b.value


# ---- merit ------------------------------------------------------------------

@dataclass
class Component:
    value: Optional[Decimal]
    weight: Decimal
    applied: Decimal
    share: Decimal
    explain_id: str
    explain_en: str


@dataclass
class Merit:
    score: Decimal
    components: dict
    missing: List[str]
    kinerja_axis: Optional[str]
    potensi_axis: Optional[str]
    potensi_score: Optional[Decimal]
    box: Optional[int]
    talent_pool: bool
    talent_pool_unmet: List[str] = field(default_factory=list)  # "kotak", "kompetensi", "kinerja", "disiplin"


@_guarded
def merit(employee, position=None, date=None, policy=None):
    """Merit at `date` (default: today, as the karier command does)."""
    if date is None:
        date = _dt.date.today()
    h = c_void_p()
    C.karier_merit_evaluate(byref(h), _arg(policy, Policy), _arg(employee, Employee, True), _arg(position, Position), _ymd(date))
    h = h.value
    try:
        comps = {}
        for c, name in enumerate(COMPONENTS, 1):
            v, w, a, s = c_int32(), c_int32(), c_int32(), c_int32()
            C.karier_merit_component_get(byref(v), byref(w), byref(a), byref(s), h, c)
            comps[name] = Component(_fixed(v.value), _fixed(w.value), _fixed(a.value), _fixed(s.value),
                                    _text(C.karier_merit_component_explain, h, c, 0),
                                    _text(C.karier_merit_component_explain, h, c, 1))
        mask = C.karier_merit_missing(h)
        k, p = C.karier_merit_kinerja_axis(h), C.karier_merit_potensi_axis(h)
        return Merit(_fixed(C.karier_merit_score(h)), comps, [n for c, n in enumerate(COMPONENTS) if mask >> c & 1],
                     (None, "bawah", "sesuai", "atas")[k], (None, "rendah", "menengah", "tinggi")[p],
                     _fixed(C.karier_merit_potensi_score(h)), C.karier_merit_box(h) or None,
                     bool(C.karier_merit_talent_pool(h)),
                     [name for b, name in enumerate(("kotak", "kompetensi", "kinerja", "disiplin"))
                      if C.karier_merit_talent_pool_unmet(h) >> b & 1])
    finally:
        C.karier_merit_free(h)


def _array(handles):
    return (c_void_p * max(1, len(handles)))(*[_arg(x, Employee, True) for x in handles])


@_guarded
def rank(employees, position, date, policy=None, eligible_only=False, limit=None, threads=1):
    """The shortlist for a post: [(index into employees, score, eligible)] in rank order, those
    eligible for appointment first; the post's incumbents are left out, and with eligible_only
    so are those not eligible.  limit: only the first `limit` (the same as the whole list's head,
    found without ordering it all); threads: how many threads rank (1..256)."""
    n = len(employees)
    size = max(1, n if limit is None else min(n, limit))
    order, scores, eligible, count = (c_int32 * size)(), (c_int32 * size)(), (c_int32 * size)(), c_int32()
    args = (order, byref(count), scores, eligible, _arg(policy, Policy), _array(employees), n, _arg(position, Position, True),
            _ymd(date), 1 if eligible_only else 0)
    if limit is None and threads == 1:
        C.karier_merit_rank(*args)
    else:
        C.karier_merit_shortlist(*args, max(1, n) if limit is None else limit, threads)
    return [(order[i], _fixed(scores[i]), bool(eligible[i])) for i in range(count.value)]


@_guarded
def duk_rank(employees):
    """The seniority list (DUK): indices into employees."""
    n = len(employees)
    order = (c_int32 * max(1, n))()
    C.karier_duk_rank(order, _array(employees), n)
    return list(order[:n])


# ---- training ---------------------------------------------------------------

@dataclass
class Gap:
    kompetensi: str
    standar: int
    aktual: int
    selisih: int
    closed: bool  # a course sequence in the plan closes it
    courses: int
    over_pppk_maximum: bool = False  # a sequence exists but would take a PPPK past the yearly JP maximum


@dataclass
class PlanCourse:
    gap: int
    catalog_index: int
    code: str
    kompetensi: str
    jp: int
    biaya: int


@dataclass
class Plan:
    jpm: Decimal
    category: int
    category_name: str
    gaps: List[Gap]
    courses: List[PlanCourse]
    total_jp: int
    total_biaya: int
    json: str = ""  # karier_plan_to_json: the plan part of a `karier training` line


@_guarded
def plan(employee, position, catalog=None, policy=None):
    h = c_void_p()
    emp, pos = _arg(employee, Employee, True), _arg(position, Position, True)
    C.karier_plan_new(byref(h), _arg(policy, Policy), emp, pos, _arg(catalog, Catalog))
    h = h.value
    try:
        gaps, courses = [], []
        for i in range(C.karier_plan_gap_count(h)):
            k = c_char_p()
            s, a, d, c, n = c_int32(), c_int32(), c_int32(), c_int32(), c_int32()
            C.karier_plan_gap_get(byref(k), byref(s), byref(a), byref(d), byref(c), byref(n), h, i)
            gaps.append(Gap(_s(k.value), s.value, a.value, d.value, c.value == 1, n.value, c.value == 2))
        for i in range(C.karier_plan_course_count(h)):
            g, ci, jp, b, code, komp = c_int32(), c_int32(), c_int32(), c_int64(), c_char_p(), c_char_p()
            C.karier_plan_course_get(byref(g), byref(ci), byref(code), byref(komp), byref(jp), byref(b), h, i)
            courses.append(PlanCourse(g.value, ci.value, _s(code.value), _s(komp.value), jp.value, b.value))
        jp, biaya = c_int32(), c_int64()
        C.karier_plan_totals(byref(jp), byref(biaya), h)
        return Plan(_fixed(C.karier_plan_jpm(h)), C.karier_plan_jpm_category(h), _s(C.karier_plan_jpm_category_name(h)),
                    gaps, courses, jp.value, biaya.value, _owned_string(C.karier_plan_to_json, h, emp, pos))
    finally:
        C.karier_plan_free(h)


@dataclass
class Ledger:
    jp: int
    minimum: int
    maximum: int
    below: bool
    above: bool


@_guarded
def jp_ledger(employee, year, policy=None):
    v = [c_int32() for _ in range(5)]
    C.karier_jp_ledger(*[byref(x) for x in v], _arg(policy, Policy), _arg(employee, Employee, True), year)
    return Ledger(v[0].value, v[1].value, v[2].value, bool(v[3].value), bool(v[4].value))


@dataclass
class Item:
    employee: int
    kompetensi: str
    selisih: int
    biaya: int
    jp: int
    value: Decimal
    status: str
    courses: List[str]


@dataclass
class Allocation:
    spent_idr: int
    spent_jp: int
    value: Decimal
    upper_bound: Decimal
    items: List[Item]
    method: str = "exact"  # "exact" (proven optimal), "search_limit" or "greedy"
    json: str = ""  # karier_allocation_to_json: the summary line of `karier training` with a budget
    counts: Dict[str, int] = field(default_factory=dict)  # items by status ("funded", ...), as the report sums them

    def funded(self, employee):
        return [c for it in self.items if it.employee == employee and it.status == "funded" for c in it.courses]


_STATUS = ("funded", "budget_idr", "budget_jp", "no_course", "pppk_maximum")
_METHOD = (None, "exact", "search_limit", "greedy")


@_guarded
def allocate(employees, positions, catalog, year, budget_idr=None, budget_jp=None, policy=None, threads=1):
    """Share a training budget across employees (karier_allocate): positions[i] is what employee i is
    measured against (None skips them); budgets of None are unlimited; threads (1..256) find the
    employees' gaps in that many parts at once, with the same Allocation for any number."""
    n = len(employees)
    pos = (c_void_p * max(1, n))(*[_arg(p, Position) for p in positions])
    h = c_void_p()
    C.karier_allocate(byref(h), _arg(policy, Policy), _array(employees), pos, n, _arg(catalog, Catalog, True),
                      NO_LIMIT if budget_idr is None else budget_idr, NO_LIMIT if budget_jp is None else budget_jp, year,
                      threads)
    h = h.value
    try:
        s = [c_int64() for _ in range(4)]
        C.karier_allocation_summary(*[byref(x) for x in s], h)
        items = []
        for i in range(C.karier_allocation_item_count(h)):
            e, d, st, k = c_int32(), c_int32(), c_int32(), c_char_p()
            b, jp, v = c_int64(), c_int64(), c_int64()
            C.karier_allocation_item_get(byref(e), byref(k), byref(d), byref(b), byref(jp), byref(v), byref(st), h, i)
            courses = []
            for j in range(C.karier_allocation_item_course_count(h, i)):
                code = c_char_p()
                C.karier_allocation_item_course(byref(code), h, i, j)
                courses.append(_s(code.value))
            items.append(Item(e.value, _s(k.value), d.value, b.value, jp.value, _fixed(v.value), _STATUS[st.value], courses))
        counts = {}
        for k, name in enumerate(_STATUS):
            c = c_int32()
            C.karier_allocation_status_count(byref(c), h, k)
            counts[name] = c.value
        return Allocation(s[0].value, s[1].value, _fixed(s[2].value), _fixed(s[3].value), items,
                          _METHOD[C.karier_allocation_method(h)],
                          _owned_string(C.karier_allocation_to_json, h, NO_LIMIT if budget_idr is None else budget_idr,
                                        NO_LIMIT if budget_jp is None else budget_jp), counts)
    finally:
        C.karier_allocation_free(h)


# ---- the pola karier and the career development plan (karier/rencana.h) ------

_JALUR = (None, "horizontal", "vertikal", "diagonal")
_LANGKAH = (None, "kenaikan_pangkat", "jabatan", "pelatihan", "pensiun")


@_guarded
def jalur(from_position, to_position, policy=None):
    """The jalur of a move: "horizontal", "vertikal" or "diagonal" (KarierError for a move down)."""
    j = c_int32()
    C.karier_jalur_between(byref(j), _arg(policy, Policy), _arg(from_position, Position, True),
                           _arg(to_position, Position, True))
    return _s(C.karier_jalur_name(j.value))


class Pola(_Handle):
    """The pola karier: moves between positions (borrowed: keep the positions alive) and needs per post.
    Dataset.pola() gives a dataset's."""
    _free = staticmethod(C.karier_pola_free)

    def __init__(self, _h=None, _owner=None):
        if _h is None:
            h = c_void_p()
            C.karier_pola_new(byref(h))
            _h = h.value
        super().__init__(_h, _owner)
        self._positions = []

    def add(self, from_position, to_position, jalur, min_bulan=0, policy=None):
        j = c_int32()
        C.karier_jalur_parse(byref(j), _b(jalur))
        C.karier_pola_add(self._check(), _arg(policy, Policy), _arg(from_position, Position, True),
                          _arg(to_position, Position, True), j.value, min_bulan)
        self._positions += [from_position, to_position]

    def add_default(self, positions, policy=None):
        arr = (c_void_p * max(1, len(positions)))(*[_arg(p, Position, True) for p in positions])
        C.karier_pola_add_default(self._check(), _arg(policy, Policy), arr, len(positions))
        self._positions += list(positions)

    def set_kebutuhan(self, position, n):
        C.karier_pola_set_kebutuhan(self._check(), _arg(position, Position, True), n)
        self._positions.append(position)

    def kebutuhan(self, position):
        n = C.karier_pola_kebutuhan(self._check(), _arg(position, Position, True))
        return None if n < 0 else n

    def moves(self):
        """[(from code, to code, jalur, min_bulan)] in the order added."""
        out = []
        for i in range(C.karier_pola_count(self._check())):
            f, t, j, m = c_void_p(), c_void_p(), c_int32(), c_int32()
            C.karier_pola_get(byref(f), byref(t), byref(j), byref(m), self._check(), i)
            out.append((_s(C.karier_position_code(f.value)), _s(C.karier_position_code(t.value)), _JALUR[j.value], m.value))
        return out


@dataclass
class Step:
    langkah: str  # kenaikan_pangkat, jabatan, pelatihan, pensiun
    tanggal: object
    golongan: Optional[str]
    ke: Optional[str]  # jabatan: the target post's code
    jalur: Optional[str]
    jp: int
    biaya: int
    kesenjangan: int  # jabatan: gaps; pelatihan: JP owed
    decision: Optional[object]  # the Decision of a kenaikan_pangkat or jabatan step


@dataclass
class Rencana:
    dari: object
    sampai: object
    tanggal_pensiun: object
    kinerja_asumsi: str
    sejak_tahun: Optional[int]
    steps: List[Step]
    json: str  # karier_rencana_to_json: the line of `karier rencana --format jsonl`


@_guarded
def rencana(employee, current, date, years=5, pola=None, catalog=None, policy=None, lang=Lang.ID):
    """The career development plan of one employee in `current` (a Position or None) from `date`."""
    h = c_void_p()
    C.karier_rencana_new(byref(h), _arg(policy, Policy), _arg(employee, Employee, True), _arg(current, Position),
                         _arg(pola, Pola), _arg(catalog, Catalog), _ymd(date), years)
    h = h.value
    try:
        steps = []
        for i in range(C.karier_rencana_step_count(h)):
            k, d, g, j, jp, gaps, b, pos = c_int32(), c_int32(), c_int32(), c_int32(), c_int32(), c_int32(), c_int64(), c_void_p()
            C.karier_rencana_step_get(byref(k), byref(d), byref(g), byref(pos), byref(j), byref(jp), byref(b), byref(gaps), h, i)
            dh = C.karier_rencana_step_decision(h, i)
            steps.append(Step(_LANGKAH[k.value], _date(d.value), code_name(CodeType.GOLONGAN, g.value) if g.value else None,
                              _s(C.karier_position_code(pos.value)) if pos.value else None, _JALUR[j.value], jp.value,
                              b.value, gaps.value, _decision(dh, owned=False) if dh else None))
        f, t, p, a, y = c_int32(), c_int32(), c_int32(), c_int32(), c_int32()
        C.karier_rencana_info(byref(f), byref(t), byref(p), byref(a), byref(y), h)
        last = c_int32()
        C.karier_date_add(byref(last), t.value, 0, 0, -1)
        return Rencana(_date(f.value), _date(last.value), _date(p.value), code_name(CodeType.PREDIKAT, a.value),
                       y.value or None, steps, _owned_string(C.karier_rencana_to_json, h, _arg(employee, Employee, True),
                                                          int(lang), 0))
    finally:
        C.karier_rencana_free(h)


@dataclass
class OrgRow:
    tahun: int
    jabatan: str
    kebutuhan: int
    pemangku: int
    pensiun: int
    keluar: int
    lowong: int
    terisi: int
    kesenjangan: int
    jp: int
    biaya: int
    didanai: int
    pengganti: list  # [(employee index, date, jalur, jp, biaya, didanai)] in rank order


@_guarded
def rencana_org(employees, current, date, years=5, pola=None, catalog=None, budget_idr=None, policy=None, threads=1):
    """The organisation's plan: a row per year and post (needs, vacancies, ready successors, gap)."""
    n = len(employees)
    cur = (c_void_p * max(1, n))(*[_arg(p, Position) for p in current])
    h = c_void_p()
    C.karier_rencana_org_new(byref(h), _arg(policy, Policy), _array(employees), cur, n, _arg(pola, Pola),
                             _arg(catalog, Catalog), _ymd(date), years, NO_LIMIT if budget_idr is None else budget_idr, threads)
    h = h.value
    try:
        rows = []
        for i in range(C.karier_rencana_org_count(h)):
            v = [c_int32() for _ in range(9)]
            post, b, d = c_void_p(), c_int64(), c_int64()
            C.karier_rencana_org_get(byref(v[0]), byref(post), *[byref(x) for x in v[1:]], byref(b), byref(d), h, i)
            succ = []
            for k in range(C.karier_rencana_org_successor_count(h, i)):
                w, dt_, j, jp = c_int32(), c_int32(), c_int32(), c_int32()
                sb, sd = c_int64(), c_int64()
                C.karier_rencana_org_successor_get(byref(w), byref(dt_), byref(j), byref(jp), byref(sb), byref(sd), h, i, k)
                succ.append((w.value, _date(dt_.value), _JALUR[j.value], jp.value, sb.value, sd.value))
            x = [y.value for y in v]
            rows.append(OrgRow(x[0], _s(C.karier_position_code(post.value)), *x[1:], b.value, d.value, succ))
        return rows
    finally:
        C.karier_rencana_org_free(h)


# ---- audit: outcomes compared across groups (karier/audit.h) -----------------

AUDIT_NA = -2**31  # KARIER_AUDIT_NA: outside an outcome's or a score's population
AUDIT_BY = {"jenis_kelamin": 1, "usia": 2, "status": 3, "pendidikan": 4, "golongan": 5, "unit_kerja": 6}
_TEST = (None, "fisher", "chi_square")


@dataclass
class Group:
    label: str
    n: int
    selected: Optional[int]  # None for a score
    rate: Optional[Decimal]  # percent
    ratio: Optional[Decimal]  # percent of the highest rate; None when nobody is selected anywhere
    flagged: bool  # under the four-fifths threshold
    median: Optional[Decimal] = None  # scores only, in the score's units
    q1: Optional[Decimal] = None
    q3: Optional[Decimal] = None
    mean: Optional[Decimal] = None
    members: Optional[List[int]] = None  # indices of the employees, with audit(members=True)


@dataclass
class Comparison:
    outcome: str
    grouping: str
    kind: str  # "outcome" or "score"
    groups: List[Group]
    suppressed: int  # groups under audit.kelompok_minimum, not shown
    suppressed_n: int
    test: Optional[str]  # "fisher", "chi_square" or None
    statistic: Optional[Decimal]  # chi square
    df: int
    p: Optional[Decimal]  # to six decimals
    flagged: int
    significant: bool


def _na(v):
    return None if v == AUDIT_NA else Decimal(v).scaleb(-2).quantize(Decimal("0.01"))


def _int32_column(values, n, what):
    if len(values) != n:
        raise ValueError(f"{what}: {len(values)} values for {n} employees")
    return (c_int32 * max(1, n))(*[AUDIT_NA if v is None else int(v) for v in values])


@_guarded
def audit(n=None, employees=None, date=None, by=(), groupings=None, outcomes=None, scores=None, policy=None,
          members=False):
    """Compare outcomes (1, 0 or None per employee) and scores (hundredths, None for none) across
    groupings: the built-in ones named in `by` (AUDIT_BY's keys, computed from `employees` on
    `date`) and `groupings` (name -> a label per employee).  Returns Comparison objects, outcome by
    outcome and grouping by grouping.  members=True lists each shown group's employees (indices);
    a suppressed group's never are."""
    if n is None:
        n = len(employees) if employees is not None else 0
    h = c_void_p()
    C.karier_audit_new(byref(h), _arg(policy, Policy), n)
    h = h.value
    try:
        for name in by:
            if name not in AUDIT_BY:
                raise ValueError(f"unknown grouping {name!r} (one of {', '.join(AUDIT_BY)})")
            if employees is None or len(employees) != n:
                raise ValueError("the built-in groupings need the n employees")
            C.karier_audit_add_builtin(h, AUDIT_BY[name], _array(employees), _ymd(date) if date is not None else 0)
        for name, labels in (groupings or {}).items():
            if len(labels) != n:
                raise ValueError(f"grouping {name}: {len(labels)} labels for {n} employees")
            C.karier_audit_add_grouping(h, _b(name), (c_char_p * max(1, n))(*[None if x is None else _b(str(x)) for x in labels]))
        for name, values in (outcomes or {}).items():
            C.karier_audit_add_outcome(h, _b(name), _int32_column(values, n, name))
        for name, values in (scores or {}).items():
            C.karier_audit_add_score(h, _b(name), _int32_column(values, n, name))
        C.karier_audit_evaluate(h)
        ngroupings = len(by) + len(groupings or {})
        index = {}  # grouping -> label -> member indices
        if members:
            for gi in range(ngroupings):
                index[gi] = {}
                for e in range(n):
                    index[gi].setdefault(_s(C.karier_audit_label(h, gi, e)), []).append(e)
        out = []
        for i in range(C.karier_audit_comparison_count(h)):
            o, g = c_char_p(), c_char_p()
            i32 = [c_int32() for _ in range(8)]
            sn, stat = c_int64(), c_int64()
            kind, groups, supp, method, df, p, flagged, sig = i32
            C.karier_audit_comparison_get(byref(o), byref(g), byref(kind), byref(groups), byref(supp), byref(sn),
                                          byref(method), byref(stat), byref(df), byref(p), byref(flagged), byref(sig), h, i)
            rows = []
            for k in range(groups.value):
                label, gn, sel = c_char_p(), c_int64(), c_int64()
                v = [c_int32() for _ in range(7)]
                C.karier_audit_group_get(byref(label), byref(gn), byref(sel), *[byref(x) for x in v], h, i, k)
                rate, ratio, fl, med, q1, q3, mean = [x.value for x in v]
                score = kind.value == 2
                rows.append(Group(_s(label.value), gn.value, None if score else sel.value,
                                  None if score else _fixed(rate), None if score or ratio < 0 else _fixed(ratio),
                                  bool(fl), _na(med), _na(q1), _na(q3), _na(mean),
                                  index[i % ngroupings].get(_s(label.value)) if members else None))
            out.append(Comparison(_s(o.value), _s(g.value), "score" if kind.value == 2 else "outcome", rows, supp.value,
                                  sn.value, _TEST[method.value], _fixed(stat.value) if method.value == 2 else None,
                                  df.value, None if p.value < 0 else Decimal(p.value) / 1000000, flagged.value,
                                  bool(sig.value)))
        return out
    finally:
        C.karier_audit_free(h)


def fisher_exact(a, b, c, d):
    """Two-sided p of Fisher's exact test for [[a, b], [c, d]], to six decimals."""
    p = c_int32()
    C.karier_fisher_exact(byref(p), a, b, c, d)
    return Decimal(p.value) / 1000000


def chi_square(table):
    """Pearson's chi-square test of a table (a list of rows): (statistic, df, p)."""
    rows, cols = len(table), len(table[0]) if table else 0
    flat = (c_int64 * max(1, rows * cols))(*[int(x) for r in table for x in r])
    stat, df, p = c_int64(), c_int32(), c_int32()
    C.karier_chi_square(byref(stat), byref(df), byref(p), flat, rows, cols)
    return _fixed(stat.value), df.value, Decimal(p.value) / 1000000


# ---- batches ------------------------------------------------------------------

BATCH_PROMOTION, BATCH_MERIT, BATCH_TRAINING, BATCH_REASONS = 1, 2, 4, 8
COLUMNS = ("eligible", "jenis", "golongan_baru", "tanggal", "paling_awal", "pensiun", "failed_checks",
           "merit_score", "box", "kinerja_axis", "potensi_axis", "talent_pool", "merit_missing",
           "jpm", "jpm_category", "gaps", "gaps_open", "plan_jp", "jp_tahun", "below_minimum")


@dataclass
class Batch:
    """The verdicts of a batch as plain lists, one per column (raw library values:
    dates YYYYMMDD, scores in hundredths), plus plan costs and first failing checks."""
    count: int
    columns: dict
    plan_biaya: Optional[List[int]]
    first_failure: Optional[List[str]]
    reasons: Optional[List[Tuple[str, str]]] = None  # with BATCH_REASONS: each refusal's sentence (Indonesian, English)


@_guarded
def batch(employees, positions, date, catalog=None, policy=None,
          what=BATCH_PROMOTION | BATCH_MERIT | BATCH_TRAINING, threads=1):
    n = len(employees)
    pos = (c_void_p * max(1, n))(*[_arg(p, Position) for p in positions])
    h = c_void_p()
    C.karier_batch_evaluate(byref(h), _arg(policy, Policy), _array(employees), pos, n, _arg(catalog, Catalog), _ymd(date),
                            what, threads)
    return _read_batch(h.value, what)


def _read_batch(h, what):
    n = C.karier_batch_count(h)
    try:
        cols = {}
        for c, name in enumerate(COLUMNS, 1):
            p = C.karier_batch_column(h, c)
            if p:
                cols[name] = p[:C.karier_batch_count(h)]
        b = C.karier_batch_plan_biaya(h)
        return Batch(C.karier_batch_count(h), cols, b[:n] if b else None,
                     [_s(C.karier_batch_first_failure(h, i)) for i in range(n)] if what & BATCH_PROMOTION else None,
                     [(_text(C.karier_batch_reason_message, h, i, 0), _text(C.karier_batch_reason_message, h, i, 1))
                      for i in range(n)] if what & BATCH_REASONS else None)
    finally:
        C.karier_batch_free(h)


class Cohort(_Handle):
    """Many employees held compactly (about 350 bytes each with five years of
    history) for evaluation in bulk.  add() copies an employee; employee(i)
    is a read-only view that lives as long as the cohort and until the next
    add()."""
    _free = staticmethod(C.karier_cohort_free)

    def __init__(self, _h=None, _owner=None):
        if _h is None:
            h = c_void_p()
            C.karier_cohort_new(byref(h))
            _h = h.value
        super().__init__(_h, _owner)
        self._positions = []  # the positions must outlive the cohort

    def reserve(self, employees, records=0):
        C.karier_cohort_reserve(self._check(), employees, records)
        self._generation += 1  # the employees may have moved: views taken before now refuse

    def add(self, employee, position=None):
        if self._owner is not None:
            raise TypeError("this cohort is borrowed (Dataset.cohort) and read-only")
        C.karier_cohort_add(self._check(), _arg(employee, Employee, True), _arg(position, Position, True) if position is not None else None)
        self._generation += 1  # the employees may have moved: views taken before now refuse
        if position is not None:
            self._positions.append(position)

    def __len__(self):
        return C.karier_cohort_count(self._check())

    def employee(self, i):
        h = C.karier_cohort_employee(self._check(), i)
        if not h:
            raise IndexError(i)
        return Employee(_h=h, _owner=self)

    def find(self, nip):
        """The index of the first employee added with this NIP; KeyError if none."""
        i = c_int32()
        try:
            C.karier_cohort_find(byref(i), self._check(), _b(nip))
        except KarierError as e:
            if e.code == -5:
                raise KeyError(nip) from None
            raise
        return i.value

    def position(self, i):
        h = C.karier_cohort_position(self._check(), i)
        return Position(_h=h, _owner=self) if h else None

    @property
    def memory(self):
        """Bytes the cohort holds."""
        return C.karier_cohort_memory(self._check())

    def evaluate(self, date, catalog=None, policy=None, what=BATCH_PROMOTION | BATCH_MERIT | BATCH_TRAINING,
                 threads=1):
        """karier_cohort_evaluate: every employee against its own position."""
        h = c_void_p()
        C.karier_cohort_evaluate(byref(h), _arg(policy, Policy), self._check(), _arg(catalog, Catalog), _ymd(date), what, threads)
        return _read_batch(h.value, what)
