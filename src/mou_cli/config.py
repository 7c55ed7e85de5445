"""Project configuration: ``mou.toml`` or ``[tool.mou]`` in ``pyproject.toml``.

The nearest file from the current folder upwards wins; in one folder ``mou.toml`` is read before
``pyproject.toml``, and a ``pyproject.toml`` without ``[tool.mou]`` is passed over. Paths in the
configuration are relative to the file that holds them. A ``pyproject.toml`` that does not
mention ``mou`` at all is passed over without being parsed (another tool's broken file does not
stop mou).

A configuration file may come with whatever folder ``mou check`` runs on, so it is read within
limits before the TOML parser sees it: at most :data:`MAX_BYTES`, UTF-8 (a byte-order mark is
dropped), dotted keys of at most :data:`MAX_KEY_PARTS` parts (the parser's memory grows with
the square of a key's length) and arrays or inline tables at most :data:`MAX_NESTING` deep
(the parser recurses). A file outside these limits is one MouError naming the file.

```toml
# mou.toml                          # pyproject.toml
clauses = ["legal/clauses"]         [tool.mou]
                                    clauses = ["legal/clauses"]
```
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mou_cli.errors import MouError
from mou_cli.regular_file import NotRegularFile, read_regular

CONFIG_FILES = ("mou.toml", "pyproject.toml")
MAX_BYTES = 256 * 1024
MAX_KEY_PARTS = 32
MAX_NESTING = 32


def find_config(start: Path | None = None) -> tuple[Path | None, dict[str, Any]]:
    """The nearest configuration file from ``start`` upwards and its mou table.

    Returns ``(None, {})`` when there is none. A file that is not valid TOML, or whose mou
    table is not a table, is a MouError naming the file.
    """
    folder = Path(start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if not path.is_file():
                continue
            raw = _read(path)
            if name == "pyproject.toml" and b"mou" not in raw:
                continue
            data = _parse(path, raw)
            if name == "pyproject.toml":
                tool = data.get("tool", {})
                if not isinstance(tool, dict) or "mou" not in tool:
                    continue
                data = tool["mou"]
            if not isinstance(data, dict):
                raise MouError(f"{path}: [tool.mou] must be a table")
            return path, data
    return None, {}


def _toml() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib
    try:  # pragma: no cover - Python 3.10
        import tomli  # type: ignore[import-not-found, unused-ignore]  # only where installed
    except ImportError:  # pragma: no cover
        raise MouError(
            "reading mou.toml or pyproject.toml on Python 3.10 needs the 'tomli' package: "
            "pip install tomli"
        ) from None
    return tomli  # pragma: no cover


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file's data; a file that cannot be read or parsed is a MouError naming it."""
    return _parse(path, _read(path))


def _read(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES (a FIFO is refused, not waited on)."""
    try:
        data = read_regular(path, MAX_BYTES + 1)
    except NotRegularFile:
        raise MouError(f"{path}: not a regular file") from None
    except OSError as exc:
        raise MouError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise MouError(f"{path}: too large for a configuration file (over {MAX_BYTES // 1024} KB)")
    return data


def _parse(path: Path, data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")  # a BOM (Windows editors) is not TOML's business
    except UnicodeDecodeError as exc:
        raise MouError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    _check_shape(path, text)
    toml = _toml()
    try:
        parsed: dict[str, Any] = toml.loads(text)
    except toml.TOMLDecodeError as exc:
        raise MouError(f"{path}: not valid TOML ({exc})") from None
    except (RecursionError, MemoryError, ValueError) as exc:  # a second wall behind the limits
        reason = "nested too deeply" if isinstance(exc, RecursionError) else "a value too large"
        raise MouError(f"{path}: cannot be read ({reason})") from None
    return parsed


def _check_shape(path: Path, text: str) -> None:
    """Refuse keys of too many dotted parts and values nested too deeply, before parsing."""
    residue = _KEY_CHARS.sub("", _skeleton(text))  # what is left: dots, brackets, = , ...
    parts = 1 + max((len(run) for run in _DOTS.findall(residue)), default=0)
    if parts > MAX_KEY_PARTS:
        raise MouError(
            f"{path}: a key of {parts} dotted parts; at most {MAX_KEY_PARTS} are accepted"
        )
    level = 0
    for c in _NOT_BRACKETS.sub("", residue):
        level = level + 1 if c in "[{" else max(level - 1, 0)
        if level > MAX_NESTING:
            raise MouError(
                f"{path}: brackets nested over {MAX_NESTING} deep; that many levels are not read"
            )


_KEY_CHARS = re.compile(r"[\w\- \t]+")
_DOTS = re.compile(r"\.+")
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_OPENING = re.compile(r'"""|\'\'\'|["\'#]')
# What ends each kind of string; an escape (backslash and the next character) is stepped over.
_ENDS = {
    '"""': re.compile(r'\\.|"""', re.S),
    "'''": re.compile(r"'''"),
    '"': re.compile(r'\\.|"|\n'),
    "'": re.compile(r"'|\n"),
}


def _skeleton(text: str) -> str:
    """``text`` with every string replaced by ``s`` and every comment removed, in one pass.

    Strings are found the way TOML reads them (an escaped quote does not end a basic string;
    a one-line string left open ends at its line's end), so that dots and brackets inside
    them do not count.
    """
    out: list[str] = []
    pos = 0
    while (m := _OPENING.search(text, pos)) is not None:
        out.append(text[pos : m.start()])
        opening = m.group()
        if opening == "#":
            end = text.find("\n", m.end())
            pos = len(text) if end < 0 else end
            continue
        pos = _string_end(text, m.end(), _ENDS[opening])
        if len(opening) == 3:  # up to two quotes of the content may touch the closing three
            pos += len(text[pos : pos + 2]) - len(text[pos : pos + 2].lstrip(opening[0]))
        out.append("s")
    out.append(text[pos:])
    return "".join(out)


def _string_end(text: str, pos: int, ends: re.Pattern[str]) -> int:
    """Where the string whose content starts at ``pos`` ends (past its closing quotes)."""
    while (m := ends.search(text, pos)) is not None:
        if m.group().startswith("\\"):
            pos = m.end()
        else:
            return m.start() if m.group() == "\n" else m.end()
    return len(text)


def config_paths(config_path: Path, table: dict[str, Any], key: str) -> list[Path]:
    """A list-of-folders setting, resolved against the config file's folder."""
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MouError(f"{config_path}: '{key}' must be a list of folder paths")
    paths = [Path(os.path.normpath(config_path.parent / v)) for v in value]
    for p in paths:
        if not p.is_dir():
            raise MouError(f"{config_path}: {key}: '{p}' is not a folder")
    return paths


def clause_dirs(extra: Sequence[Path] = (), start: Path | None = None) -> list[Path]:
    """The user clause folders in layering order: the configured ones, then ``extra``.

    A folder given twice counts once, at its first place.
    """
    path, table = find_config(start)
    configured = config_paths(path, table, "clauses") if path else []
    out: list[Path] = []
    seen: set[Path] = set()
    for folder in (*configured, *map(Path, extra)):
        key = folder.resolve()
        if key not in seen:
            seen.add(key)
            out.append(folder)
    return out
