"""One clause file: metadata and an Indonesian and an English body, both Jinja templates.

A clause file is read within limits (:func:`read_text`): a regular file of at most
:data:`MAX_BYTES`, UTF-8; a file outside them is a :class:`ClauseFileError` naming the file and,
for a byte that is not UTF-8 or a character YAML refuses, its line and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mou_cli.errors import LibraryError
from mou_cli.library.sections import PARTS, SECTIONS
from mou_cli.regular_file import NotRegularFile, read_regular
from mou_cli.yamlio import Node, YAMLError, parse, value_lines

MAX_BYTES = 1_000_000  # a clause file; mou's largest is about 25 KB


class BilingualText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)
    en: str = Field(min_length=1)


class ClauseMeta(BaseModel):
    """The metadata block of a clause file."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    section: str
    part: str = "article"
    order: int = Field(ge=0, le=100_000)
    title: BilingualText
    when: str | None = None
    description: str | None = None
    body: BilingualText

    @field_validator("section")
    @classmethod
    def _known_section(cls, v: str) -> str:
        if v not in SECTIONS:
            raise ValueError(f"unknown section '{v}'; known: {', '.join(SECTIONS)}")
        return v

    @field_validator("part")
    @classmethod
    def _known_part(cls, v: str) -> str:
        if v not in PARTS:
            raise ValueError(f"unknown part '{v}'; use one of {', '.join(PARTS)}")
        return v


@dataclass(frozen=True)
class Clause:
    """A clause as loaded: its metadata, where it came from, and where each body starts."""

    meta: ClauseMeta
    path: Path
    lines: dict[str, int]  # "section", "when", "body.id"... -> line of the value in the file
    builtin: bool

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def body_line(self) -> dict[str, int]:
        """Language -> line of the body's first text line in the file."""
        return _by_lang(self.lines, "body")

    @property
    def title_line(self) -> dict[str, int]:
        return _by_lang(self.lines, "title")

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (PARTS.index(self.meta.part), self.meta.order, self.meta.id)


def load_clause(path: Path, *, builtin: bool = False) -> Clause:
    """Read and validate one clause file; raise LibraryError naming the file and field."""
    data, node = _read(path)
    try:
        meta = ClauseMeta.model_validate(data)
    except ValidationError as exc:
        details = [
            f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}"
            for e in exc.errors(include_url=False)
        ]
        raise LibraryError(f"{path}: not a valid clause file", details=details) from None
    return Clause(meta=meta, path=path, lines=value_lines(node), builtin=builtin)


class ClauseFileError(LibraryError):
    """A clause file that is not readable YAML mapping; ``line``/``column`` when known."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def read_clause_file(path: Path) -> tuple[dict[str, Any], Node]:
    """Parse a clause file into its data and YAML node (raise ClauseFileError)."""
    return _read(path)


def read_text(path: Path) -> str:
    """The text of a clause file: a regular file of at most MAX_BYTES, in UTF-8 (a BOM is
    dropped), line ends made ``\\n``. Raise ClauseFileError naming the file."""
    try:
        data = read_regular(path, MAX_BYTES + 1)
    except NotRegularFile:
        raise ClauseFileError(f"{path}: not a regular file") from None
    except OSError as exc:
        raise ClauseFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ClauseFileError(
            f"{path}: too large for a clause file (over {MAX_BYTES:,} bytes); split it"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise ClauseFileError(
            f"{path}:{line}:{column}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
            "save the file as UTF-8",
            line,
            column,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read(path: Path) -> tuple[dict[str, Any], Node]:
    text = read_text(path)
    try:
        # libyaml's own messages, as clause authors have always seen them
        data, node = parse(text, python_errors=False)
    except YAMLError as exc:
        line, col = exc.line or 1, exc.column or 1
        raise ClauseFileError(
            f"{path}:{line}:{col}: not valid YAML ({exc.problem})", line, col
        ) from None
    if not isinstance(data, dict) or node is None:
        raise ClauseFileError(
            f"{path}: a clause file is a mapping (id, section, order, title, body)"
        )
    return data, node


def _by_lang(lines: dict[str, int], field: str) -> dict[str, int]:
    return {lang: lines[f"{field}.{lang}"] for lang in ("id", "en") if f"{field}.{lang}" in lines}
