"""What a clause template may call, each with a bound on what the call can build.

The list is positive: a method or filter not named here does not exist for a template, so
a new Python or Jinja release adds nothing. Calls whose output is at most about the size of
their input need no model (the size of every result is checked after the call); the few that
multiply (a width, a repeat, a replacement, a separator, a format field) have their output
size computed from their arguments before they run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from string import Formatter
from typing import Any

from jinja2.filters import FILTERS as JINJA_FILTERS
from jinja2.filters import make_attrgetter
from jinja2.sandbox import SandboxedFormatter

from mou_cli.library.budget import (
    MAX_COUNT,
    MAX_INT_BITS,
    MAX_POWER,
    MAX_SIZE,
    Budget,
    LimitError,
    check_count,
    check_size,
    not_plain,
    weight,
)


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Methods of data values a template may call; every other method is refused.
STR_METHODS = _names(
    "capitalize casefold center count endswith find format format_map index isalnum "
    "isalpha isdecimal isdigit islower isnumeric isspace istitle isupper join ljust lower "
    "lstrip partition removeprefix removesuffix replace rfind rindex rjust rpartition "
    "rsplit rstrip split splitlines startswith strip swapcase title upper zfill"
)
_METHODS: tuple[tuple[type | tuple[type, ...], frozenset[str]], ...] = (
    (str, STR_METHODS),
    ((list, tuple), frozenset({"count", "index"})),
    (dict, frozenset({"get", "items", "keys", "values"})),
    (dt.date, frozenset({"isoformat", "isoweekday", "weekday"})),
)
_DATA = (str, bytes, int, float, complex, list, tuple, dict, set, frozenset, dt.date)

# Jinja filters a template may use (Jinja's others: HTML escaping, random, pretty-printing,
# URL and tag handling, word wrapping are of no use in a clause, and some are slow).
FILTER_NAMES = _names(
    "abs attr batch capitalize center count d default dictsort first float format groupby "
    "indent int items join last length list lower map max min reject rejectattr replace "
    "reverse round select selectattr slice sort string sum title trim truncate unique "
    "upper wordcount"
)
# Filters that turn their value into text: it must be plain data, not a function.
_TEXT_FILTERS = _names(
    "capitalize center format indent lower replace string title trim truncate upper wordcount"
)


def method_allowed(obj: Any, attr: str) -> bool:
    """May a template call ``obj.attr``? Only listed methods of data values; others unchanged."""
    if not isinstance(obj, _DATA):
        return True
    return any(isinstance(obj, kind) and attr in names for kind, names in _METHODS)


# -- size models --------------------------------------------------------------------------
def replace_size(s: Any, old: Any, new: Any, count: Any = None) -> int:
    """Length of ``s.replace(old, new, count)``, computed without building it."""
    s, old, new = str(s), str(old), str(new)
    n = s.count(old) if old else len(s) + 1
    if isinstance(count, int) and count >= 0:
        n = min(n, count)
    return len(s) + n * max(len(new) - len(old), 0)


def texts(budget: Budget, items: Iterable[Any], what: str) -> list[str]:
    """The items of a sequence as text, one step each, refusing non-data and oversize."""
    out: list[str] = []
    size = 0
    for item in items:
        budget.step()
        if type(item) is not str:
            problem = not_plain(item)
            if problem:
                raise LimitError(f"{what} would print {problem}")
            item = str(item)
        size += len(item)
        check_size(size, what)
        out.append(item)
    return out


def join_size(sep: str, parts: list[str]) -> int:
    return sum(map(len, parts)) + max(len(parts) - 1, 0) * len(sep)


def check_repeat(left: Any, right: Any) -> None:
    """``seq * n``: refuse a result over MAX_SIZE before it is built."""
    for seq, n in ((left, right), (right, left)):
        if isinstance(n, int) and isinstance(seq, str | list | tuple) and n > 0:
            check_size(weight(seq, MAX_SIZE // n + 1) * n, "'*'")


def check_power(left: Any, right: Any) -> None:
    """``a ** b``: small exponents only, and no integer over MAX_INT_BITS."""
    if isinstance(right, int | float):
        if abs(right) > MAX_POWER:
            raise LimitError(f"exponent {right} is larger than {MAX_POWER}")
        if isinstance(left, int) and left.bit_length() * right > MAX_INT_BITS:
            raise LimitError("'**' would build a number that is too large")


_PERCENT = re.compile(r"%(?:\(([^)]*)\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.?)", re.S)


def percent_size(fmt: str, args: Any) -> int:
    """An upper bound on the length of ``fmt % args``; refuses widths over MAX_COUNT."""
    positional = list(args) if isinstance(args, tuple) else [args]
    mapping = args if isinstance(args, Mapping) else None
    problem = not_plain(args)
    if problem:
        raise LimitError(f"'%' would print {problem}")
    total = len(fmt)
    i = 0
    for m in _PERCENT.finditer(fmt):
        key, width, precision, conversion = m.groups()
        if conversion == "%":
            continue
        for part in (width, precision):
            if part == "*":
                n = positional[i] if i < len(positional) else 0
                i += 1
            else:
                n = _number(part)
            check_count(n)
            total += n if isinstance(n, int) and n > 0 else 0
        if key is not None and mapping is not None:
            value = mapping.get(key)
        else:
            value = positional[i] if i < len(positional) else None
            i += 1
        total += _text_size(value, conversion)
    return total


def _number(digits: str | None) -> int:
    if not digits:
        return 0
    if len(digits) > len(str(MAX_COUNT)):
        raise LimitError(f"a width or count of {digits} is larger than {MAX_COUNT:,}")
    return int(digits)


def _text_size(value: Any, conversion: str) -> int:
    """An upper bound on the length of ``value`` printed by a ``%`` conversion."""
    if isinstance(value, str):
        return len(value) * (10 if conversion in ("r", "a") else 1)  # repr: 10 a character
    if isinstance(value, int):
        return value.bit_length() // 3 + 2
    if isinstance(value, float):
        return 400
    return weight(value) * 12 + 400


class BoundedFormatter(SandboxedFormatter):
    """``str.format`` for templates: data fields only, widths bounded, output counted."""

    def __init__(self, env: Any) -> None:
        super().__init__(env)
        self.size = 0

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> tuple[Any, str]:
        obj, first = super().get_field(field_name, args, kwargs)
        problem = not_plain(obj)
        if problem:
            raise LimitError(f"a format string would print {problem}")
        return obj, first

    def format_field(self, value: Any, format_spec: str) -> Any:
        for digits in re.findall(r"\d+", format_spec):
            check_count(_number(digits))
        text = super().format_field(value, format_spec)
        self.size += len(text)
        check_size(self.size, "a formatted text")
        return text


def str_format(env: Any, template: str, name: str) -> Callable[..., str]:
    """The bounded ``template.format`` or ``template.format_map`` a template may call."""

    def wrapper(*args: Any, **kwargs: Any) -> str:
        formatter: Formatter = BoundedFormatter(env)
        if name == "format":
            return str(formatter.vformat(template, args, kwargs))
        if kwargs or len(args) != 1:
            raise TypeError("format_map() takes exactly one argument")
        return str(formatter.vformat(template, (), args[0]))

    wrapper.__name__ = name
    return wrapper


def str_method(budget: Budget, method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Check a call of a str method before it runs; return its result when computed here."""
    name = method.__name__
    text = method.__self__
    if name == "join" and args:
        parts = texts(budget, args[0], "'join'")
        check_size(join_size(text, parts), "'join'")
        return text.join(parts)
    if name == "replace":
        check_size(replace_size(text, *args, **kwargs), "'replace'")
    elif name in ("center", "ljust", "rjust", "zfill") and args:
        check_count(args[0])
    return None


# -- filters -------------------------------------------------------------------------------
def _filter_join(budget: Budget, env: Any, value: Any, d: str = "", attribute: Any = None) -> str:
    if attribute is not None:
        value = map(make_attrgetter(env, attribute), value)
    parts = texts(budget, value, "'join'")
    sep = str(d)
    check_size(join_size(sep, parts), "'join'")
    return sep.join(parts)


def _filter_sum(budget: Budget, env: Any, items: Any, attribute: Any = None, start: Any = 0) -> Any:
    """Jinja's ``sum``; lists are concatenated in linear time (``sum(start=[])``)."""
    if attribute is not None:
        items = map(make_attrgetter(env, attribute), items)
    if not isinstance(start, list):
        total = start
        for item in items:
            budget.step()
            total = budget.took(total + item)
        return total
    out = list(start)
    for item in items:
        if not isinstance(item, list):
            raise TypeError(f'can only concatenate list (not "{type(item).__name__}") to list')
        budget.step(1 + len(item) // 16)
        out.extend(item)
        check_size(len(out), "'sum'")
    return out


def _indent_size(s: Any, width: Any = 4, first: bool = False, blank: bool = False) -> int:
    check_count(width)
    pad = len(width) if isinstance(width, str) else max(int(width), 0)
    text = str(s)
    return len(text) + (text.count("\n") + 2) * pad


_SIZES: dict[str, Callable[..., int]] = {
    "replace": replace_size,
    "indent": _indent_size,
    "format": lambda value, *args, **kwargs: percent_size(str(value), kwargs or args),
}
_COUNTS = {"batch": 0, "center": 0, "slice": 0}  # filter -> index of its count among args
_OWN: dict[str, Callable[..., Any]] = {"join": _filter_join, "sum": _filter_sum}


def bounded_filter(env: Any, name: str) -> Callable[..., Any]:
    """Jinja's filter ``name``, charging steps and refusing what would build too much."""
    own = _OWN.get(name)
    fn = JINJA_FILTERS[name]
    size = _SIZES.get(name)
    count_at = _COUNTS.get(name)
    text = name in _TEXT_FILTERS
    skip = 1 if getattr(fn, "jinja_pass_arg", None) else 0

    def filter_(*args: Any, **kwargs: Any) -> Any:
        budget = env.budget
        if budget is None:
            raise LimitError("filters run only while rendering")  # no compile-time folding
        budget.step()
        values = args[skip:]
        if text and values:
            problem = not_plain(values[0])
            if problem:
                raise LimitError(f"'{name}' would print {problem}")
        if own is not None:
            return budget.took(own(budget, env, *values, **kwargs))
        if count_at is not None and len(values) > count_at + 1:
            check_count(values[count_at + 1])
        for key in ("width", "linecount", "slices"):
            if key in kwargs:
                check_count(kwargs[key])
        if size is not None:
            check_size(size(*values, **kwargs), f"'{name}'")
        return budget.took(fn(*args, **kwargs))

    filter_.__name__ = name
    if skip:
        filter_.jinja_pass_arg = fn.jinja_pass_arg  # type: ignore[attr-defined]
    return filter_


def helper_filter(env: Any, fn: Callable[..., Any]) -> Callable[..., Any]:
    """One of mou's helpers as a filter, charging steps and checking its result."""

    def filter_(*args: Any, **kwargs: Any) -> Any:
        budget = env.budget
        if budget is None:
            raise LimitError("filters run only while rendering")
        budget.step()
        return budget.took(fn(*args, **kwargs))

    filter_.__name__ = getattr(fn, "__name__", "helper")
    return filter_


def counted_test(env: Any, fn: Any) -> Callable[..., Any]:
    """A Jinja test, one step per use."""

    def test(*args: Any, **kwargs: Any) -> Any:
        budget = env.budget
        if budget is None:
            raise LimitError("tests run only while rendering")
        budget.step()
        return fn(*args, **kwargs)

    if getattr(fn, "jinja_pass_arg", None):
        test.jinja_pass_arg = fn.jinja_pass_arg  # type: ignore[attr-defined]
    return test
