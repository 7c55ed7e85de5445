"""Regular expressions compiled on first use, so importing the rules compiles none of them.

``lazy(pattern, flags)`` stands in for ``re.compile(pattern, flags)``: the first method call
compiles the pattern, and the compiled pattern's methods then replace the stand-in's, so later
calls cost nothing extra. A run compiles only the patterns that its drafts reach.
``made()`` lists every pattern made this way and still in use (tests time each of them on
hostile text).
"""

from __future__ import annotations

import re
import weakref
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class Lazy:
    """A ``re.Pattern`` compiled when first used (``pattern`` is there from the start)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        _MADE.add(self)

    def __getattr__(self, name: str) -> Any:  # only for what is not set yet
        if name.startswith("__"):
            raise AttributeError(name)
        rx = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(rx, method))
        self.compiled = rx
        return getattr(rx, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


_MADE: weakref.WeakSet[Lazy] = weakref.WeakSet()


def made() -> list[Lazy]:
    """Every pattern made with :func:`lazy` that is still referenced, compiled or not."""
    return list(_MADE)


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use."""
    return Lazy(pattern, int(flags))  # type: ignore[return-value]  # quacks like a Pattern
