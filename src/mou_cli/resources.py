"""Where the bundled data lives: inside the wheel, or beside ``src/`` in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The bundled folder ``name`` (``clauses``, ``templates`` or ``examples``)."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"mou's bundled '{name}' folder is missing; reinstall mou")
