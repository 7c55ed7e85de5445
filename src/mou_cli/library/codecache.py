"""An on-disk cache of compiled clause templates, so a draft does not recompile every clause.

Compiling ~80 Jinja templates costs more than rendering them. The compiled code object of each
template is stored under a key made of its source and the versions of everything that shapes
the code (Python, Jinja, mou), so a changed clause, a new Jinja or a new mou never reuses an
old entry. Only code that passed every check (syntax, forbidden tags) is stored. The cache is
an optimisation: any problem reading or writing it is ignored and the template is compiled.

Location: ``$MOU_CACHE_DIR``, else ``$XDG_CACHE_HOME/mou``, else ``~/.cache/mou``.
``MOU_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from types import CodeType

import jinja2

from mou_cli import __version__


@lru_cache(maxsize=1)
def cache_dir() -> Path | None:
    """The folder for compiled templates, or None when caching is off."""
    if os.environ.get("MOU_NO_CACHE"):
        return None
    base = os.environ.get("MOU_CACHE_DIR")
    if base:
        root = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = (Path(xdg) if xdg else Path.home() / ".cache") / "mou"
    tag = f"jinja-{jinja2.__version__}-py{sys.version_info[0]}{sys.version_info[1]}-{__version__}"
    return root / tag


def _path(kind: str, source: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(f"{kind}\0{source}".encode()).hexdigest()
    return folder / f"{digest}.code"


def load(kind: str, source: str) -> CodeType | None:
    """The cached code for ``source``, or None."""
    path = _path(kind, source)
    if path is None:
        return None
    try:
        code = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return code if isinstance(code, CodeType) else None


def store(kind: str, source: str, code: CodeType) -> None:
    """Remember the code compiled from ``source`` (silently skipped when it cannot be written)."""
    path = _path(kind, source)
    if path is None:
        return
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(code))
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
