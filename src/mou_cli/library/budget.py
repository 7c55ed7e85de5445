"""What one clause render may spend: steps, characters written, value sizes and processor time.

A template's work is counted as it happens, whatever it does: each call, attribute read,
operator and loop turn is a step; each value a step builds costs steps for its size; every
piece of text written (printed values, literal text, macro and ``{% set %}`` buffers) goes
through the same counter. Any limit passed stops the render with a ``LimitError``, which the
renderer reports as a broken clause naming its file.
"""

from __future__ import annotations

import datetime as dt
import time
import types
from decimal import Decimal
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.runtime import Undefined

MAX_STEPS = 250_000  # calls, attribute reads, operators and loop turns in one render
MAX_DRAFT_STEPS = 2_000_000  # the same, for every render of one draft together
MAX_OUTPUT = 1_000_000  # characters one render writes, counted at every level
MAX_SIZE = 1_000_000  # characters plus items of any one value a template builds
MAX_COUNT = 100_000  # a width, count or repeat passed to a string method or filter
MAX_POWER = 100  # largest exponent of ``**``
MAX_INT_BITS = 100_000  # largest integer a template may compute (about 30,000 digits)
MAX_SECONDS = 2.0  # processor time of one render: the catch-all for slow single steps
SIZE_PER_STEP = 16  # a value of n characters or items costs n // SIZE_PER_STEP steps
_CHECK_EVERY = 256  # steps between two looks at the clock


class LimitError(SecurityError):
    """A render went over one of its limits (reported as refused by the sandbox)."""


class Budget:
    """The steps, output and time left to one render."""

    __slots__ = ("_check_at", "deadline", "draft", "left", "room", "start")

    def __init__(
        self, steps: int = MAX_STEPS, seconds: float = MAX_SECONDS, *, draft: bool = False
    ) -> None:
        self.draft = draft  # ``steps`` is what the draft's earlier renders left over
        self.start = steps
        self.left = steps
        self.room = MAX_OUTPUT
        self.deadline = time.process_time() + seconds
        self._check_at = max(steps - _CHECK_EVERY, 0)

    @property
    def used(self) -> int:
        """Steps spent so far."""
        return self.start - self.left

    def step(self, n: int = 1) -> None:
        """Spend ``n`` steps."""
        self.left -= n
        if self.left <= self._check_at:
            self._check()

    def _check(self) -> None:
        if self.left < 0:
            if self.draft:
                raise LimitError(
                    f"the clauses of this draft take more than {MAX_DRAFT_STEPS:,} steps "
                    "together (loop turns, calls and operators); this one went over"
                )
            raise LimitError(
                f"the clause takes more than {self.start:,} steps (loop turns, calls and "
                "operators): a loop or a macro runs too long"
            )
        if time.process_time() > self.deadline:
            raise LimitError(f"the clause takes more than {MAX_SECONDS:g} s of processor time")
        self._check_at = max(self.left - _CHECK_EVERY, 0)

    def write(self, n: int) -> None:
        """Count ``n`` characters of output."""
        self.room -= n
        if self.room < 0:
            raise LimitError(f"the clause writes more than {MAX_OUTPUT:,} characters")

    def took(self, value: Any) -> Any:
        """Charge for a value a step built, refusing one over MAX_SIZE; return the value."""
        if type(value) is str:
            size = len(value)
        elif isinstance(value, int):
            if value.bit_length() > MAX_INT_BITS:
                raise LimitError(f"a number would have more than {MAX_INT_BITS:,} bits")
            return value
        else:
            size = weight(value)
        if size > MAX_SIZE:
            raise LimitError(f"a value would have more than {MAX_SIZE:,} characters or items")
        if size >= SIZE_PER_STEP:
            self.step(size // SIZE_PER_STEP)
        return value


def weight(value: Any, limit: int = MAX_SIZE) -> int:
    """Characters plus items of ``value``, counting a shared part each time it appears.

    Stops counting once past ``limit``. Objects that are not text or containers weigh 1.
    """
    if isinstance(value, str):
        return len(value)
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, list | tuple | set | frozenset):
            total += len(item) + 1
            if total <= limit:
                stack.extend(item)
        elif isinstance(item, dict):
            total += len(item) + 1
            if total <= limit:
                stack.extend(item.keys())
                stack.extend(item.values())
        else:
            total += 1
        if total > limit:
            return total
    return total


def check_size(size: int, what: str = "a value") -> None:
    """Refuse a value that would be over MAX_SIZE before it is built."""
    if size > MAX_SIZE:
        raise LimitError(f"{what} would have more than {MAX_SIZE:,} characters or items")


def check_count(value: Any) -> None:
    """Refuse an integer width or count over MAX_COUNT."""
    if isinstance(value, int) and not isinstance(value, bool) and value > MAX_COUNT:
        raise LimitError(f"a width or count of {value:,} is larger than {MAX_COUNT:,}")


# -- plain data ---------------------------------------------------------------------------
class Record:
    """Base of the read-only records of answers that templates see: plain data."""


_PLAIN = (str, int, float, Decimal, dt.date, type(None), Record)


def not_plain(value: Any) -> str | None:
    """What in ``value`` is not plain data (answers, text, numbers, lists), or None.

    Plain data prints as itself; anything else (a function, a macro, a class, a loop) would
    print as a Python internal, such as a memory address.
    """
    stack = [value]
    seen = 0
    while stack:
        item = stack.pop()
        seen += 1
        if seen > MAX_SIZE:
            return "a value too large to print"
        if isinstance(item, _PLAIN):
            continue
        if isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, Undefined):
            str(item)  # raises the undefined-name error of StrictUndefined
        else:
            return describe(item)
    return None


def describe(obj: Any) -> str:
    """A short name for an object that is not data, without its address."""
    if isinstance(obj, type):
        return f"the class '{obj.__name__}'"
    kind = type(obj).__name__
    if kind == "Macro":
        return f"the macro '{getattr(obj, 'name', '')}'"
    if isinstance(obj, _FUNCTIONS):
        name = getattr(obj, "__name__", None)
        named = isinstance(name, str) and name.isidentifier()
        return f"the function '{name}'" if named else "a function"
    return f"a {kind} object"


_FUNCTIONS = (
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.BuiltinMethodType,
)
