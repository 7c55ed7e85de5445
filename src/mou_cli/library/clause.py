"""One clause file: metadata and an Indonesian and an English body, both Jinja templates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mou_cli.errors import LibraryError
from mou_cli.library.sections import PARTS, SECTIONS


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


def read_clause_file(path: Path) -> tuple[dict[str, Any], yaml.Node]:
    """Parse a clause file into its data and YAML node (raise ClauseFileError)."""
    return _read(path)


def _read(path: Path) -> tuple[Any, yaml.Node]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ClauseFileError(f"{path}: cannot read ({exc})") from None
    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_cls(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ClauseFileError(
            f"{path}:{line}:{col}: not valid YAML ({getattr(exc, 'problem', exc)})", line, col
        ) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ClauseFileError(
            f"{path}: a clause file is a mapping (id, section, order, title, body)"
        )
    return data, node


def value_lines(node: yaml.Node, prefix: str = "") -> dict[str, int]:
    """Key path ("order", "body.en") -> line (1-based) where its value's text starts."""
    out: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return out
    for key, value in node.value:
        path = f"{prefix}{key.value}"
        # A block scalar's text starts on the line after its indicator.
        style_offset = 1 if getattr(value, "style", None) in ("|", ">") else 0
        out[path] = value.start_mark.line + 1 + style_offset
        out[f"{path}:key"] = key.start_mark.line + 1
        if isinstance(value, yaml.MappingNode):
            out.update(value_lines(value, f"{path}."))
    return out


def _by_lang(lines: dict[str, int], field: str) -> dict[str, int]:
    return {lang: lines[f"{field}.{lang}"] for lang in ("id", "en") if f"{field}.{lang}" in lines}
