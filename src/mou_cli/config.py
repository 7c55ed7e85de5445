"""Project configuration: ``mou.toml`` or ``[tool.mou]`` in ``pyproject.toml``.

The nearest file from the current folder upwards wins; in one folder ``mou.toml`` is read before
``pyproject.toml``, and a ``pyproject.toml`` without ``[tool.mou]`` is passed over. Paths in the
configuration are relative to the file that holds them.

```toml
# mou.toml                          # pyproject.toml
clauses = ["legal/clauses"]         [tool.mou]
                                    clauses = ["legal/clauses"]
```
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mou_cli.errors import MouError

CONFIG_FILES = ("mou.toml", "pyproject.toml")


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
            data = read_toml(path)
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
        import tomli
    except ImportError:  # pragma: no cover
        raise MouError(
            "reading mou.toml or pyproject.toml on Python 3.10 needs the 'tomli' package: "
            "pip install tomli"
        ) from None
    return tomli  # pragma: no cover


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file's data; a file that cannot be read or parsed is a MouError naming it."""
    toml = _toml()
    try:
        with path.open("rb") as fh:
            return toml.load(fh)
    except toml.TOMLDecodeError as exc:
        raise MouError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise MouError(f"{path}: cannot read ({exc.strerror})") from None


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
