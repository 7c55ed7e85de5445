"""Metadata checks: one clause file against the clause format (CL101-CL108)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mou_cli.clauselint.codes import finding
from mou_cli.finding import Finding
from mou_cli.library.clause import Clause, ClauseFileError, ClauseMeta, read_clause_file
from mou_cli.library.sections import PARTS, SECTIONS
from mou_cli.yamlio import value_lines

LANGS = ("id", "en")


@dataclass
class FileCheck:
    """A clause file as far as it could be read: the clause if valid, else its raw data."""

    path: Path
    clause: Clause | None = None
    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def line(self, key: str) -> int:
        """The line of a key path's value, or of the key, or 1."""
        return self.lines.get(key) or self.lines.get(f"{key}:key") or 1

    def key_line(self, key: str) -> int:
        """The line of a key itself (top of the file for the whole file)."""
        return self.lines.get(f"{key}:key", 1)

    def add(self, code: str, message: str, line: int = 1, col: int = 1) -> None:
        self.findings.append(finding(str(self.path), line, col, code, message))


def check_file(path: Path, *, builtin: bool = False) -> FileCheck:
    """Read one clause file and check its metadata."""
    fc = FileCheck(path)
    try:
        data, node = read_clause_file(path)
    except ClauseFileError as exc:
        message = exc.message.split(": ", 1)[1] if ": " in exc.message else exc.message
        fc.add("CL101", message, exc.line, exc.column)
        return fc
    fc.data, fc.lines = data, value_lines(node)
    try:
        meta = ClauseMeta.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            _report(fc, err)
        return fc
    fc.clause = Clause(meta=meta, path=path, lines=fc.lines, builtin=builtin)
    return fc


def _report(fc: FileCheck, err: Any) -> None:
    loc = tuple(str(p) for p in err["loc"])
    key = ".".join(loc)
    kind = err["type"]
    msg = str(err["msg"]).removeprefix("Value error, ")
    if loc and loc[0] in ("title", "body") and (len(loc) == 2 and loc[1] in LANGS):
        if kind == "missing":
            fc.add("CL108", f"'{loc[0]}' has no '{loc[1]}' text", fc.key_line(loc[0]))
            return
        if kind == "string_too_short":
            fc.add("CL108", f"'{key}' is empty", fc.line(key))
            return
    if kind == "missing":
        fc.add("CL102", f"missing required key '{key}'", fc.key_line(".".join(loc[:-1])))
    elif kind == "extra_forbidden":
        known = ("id", "section", "part", "order", "when", "title", "description", "body")
        options = LANGS if len(loc) > 1 else known
        fc.add("CL103", f"unknown key '{key}'{_did_you_mean(loc[-1], options)}", fc.key_line(key))
    elif loc == ("section",) and kind == "value_error":
        value = str(fc.data.get("section"))
        fc.add("CL104", f"unknown section '{value}'{_did_you_mean(value, SECTIONS)}", fc.line(key))
    elif loc == ("part",) and kind == "value_error":
        part = fc.data.get("part")
        fc.add("CL105", f"unknown part '{part}'; use {', '.join(PARTS)}", fc.line(key))
    else:
        fc.add("CL106", f"'{key or '(top)'}': {msg}", fc.line(key))


def _did_you_mean(word: str, options: Any) -> str:
    match = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""
