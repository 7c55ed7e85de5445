"""Answers files: their text read safely, parsed with the line of every field, and written."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mou_cli import yamlio
from mou_cli.answers.validation import MAX_BYTES, Loaded, validate
from mou_cli.errors import AnswersError
from mou_cli.model import Answers
from mou_cli.regular_file import NotRegularFile, read_regular


def read_yaml(path: Path) -> tuple[Any, dict[str, int]]:
    """Parse a YAML file; return its data and a map from field path to line number."""
    return parse_yaml(read_text(path), str(path))


def read_text(path: Path) -> str:
    """An answers file's text: UTF-8 (with or without a BOM), or UTF-16 with a BOM (what
    Windows Notepad saves as "Unicode"); a folder, a pipe or device, a binary or an oversized
    file is refused."""
    path = Path(path)
    try:
        raw = read_regular(path, MAX_BYTES + 1)
    except NotRegularFile as exc:
        if exc.is_dir:
            raise AnswersError(f"{path} is a folder, not an answers file") from None
        raise AnswersError(
            f"{path} is not a regular file (a pipe, device or socket); give an answers file"
        ) from None
    except FileNotFoundError:
        raise AnswersError(f"{path}: no such file") from None
    except OSError as exc:
        raise AnswersError(f"{path}: cannot read ({exc.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise AnswersError(f"{path}: too large for an answers file (over {MAX_BYTES:,} bytes)")
    try:
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            text = raw.decode("utf-16")
            if sum(c < "\x80" for c in text) * 2 >= len(text):  # YAML keys are ASCII
                return text
            raise UnicodeDecodeError("utf-16", raw, 0, 2, "mostly not text")
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AnswersError(f"{path}: not a UTF-8 text file (is it binary?)") from None


def parse_yaml(
    text: str, name: str = "<answers>", notes: list[str] | None = None
) -> tuple[Any, dict[str, int]]:
    """Parse YAML text; return its data and a map from field path to line number.

    Control characters typed raw into the file (which YAML itself refuses) are removed first,
    as they are from every value, and noted in ``notes`` with their line and field.
    """
    if "\x00" in text:
        raise AnswersError(
            f"{name}: not a text file (it contains NUL bytes); if it was saved as UTF-16 "
            "or 'Unicode', save it again as UTF-8"
        )
    text, removed = _without_raw_controls(text)
    bad = _NOT_YAML.search(text)
    if bad is not None:
        line, col = _place(text, bad.start())
        raise AnswersError(
            f"{name}: line {line}, column {col}: the character U+{ord(bad.group()):04X} "
            "cannot be in a YAML file; delete it"
        )
    try:
        data, node = yamlio.parse(text)
    except yamlio.YAMLError as exc:
        raise AnswersError(f"{name}: not valid YAML: {exc.reason}") from None
    except RecursionError:
        raise AnswersError(f"{name}: nested too deeply") from None
    lines = yamlio.line_index(node)
    if notes is not None:
        notes += [
            f"line {n}: {_field_at(n, lines) or '(top level)'}: control characters removed "
            f"({codes})"
            for n, codes in removed
        ]
    return data, lines


# What YAML refuses in a text; C0 controls and DEL are taken out before (see parse_yaml).
_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_RAW_CONTROL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _without_raw_controls(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``text`` without raw control characters, and ``(line, codes)`` where they were."""
    if not _RAW_CONTROL.search(text):
        return text, []
    removed: list[tuple[int, str]] = []
    lines = text.split("\n")
    for n, line in enumerate(lines, 1):
        found = sorted(set(_RAW_CONTROL.findall(line)))
        if found:
            removed.append((n, ", ".join(f"U+{ord(c):04X}" for c in found)))
            lines[n - 1] = _RAW_CONTROL.sub("", line)
    return "\n".join(lines), removed


def _place(text: str, index: int) -> tuple[int, int]:
    """Line and column (from 1) of ``text[index]``."""
    start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - start + 1


def _field_at(line: int, lines: dict[str, int]) -> str:
    """The innermost field that starts at or before ``line``."""
    best, best_line = "", 0
    for path, start in lines.items():
        if best_line <= start <= line and (start > best_line or len(path) > len(best)):
            best, best_line = path, start
    return best


def load(path: Path) -> Loaded:
    """Read and validate an answers file; raise AnswersError listing every problem."""
    text = read_text(path)
    notes: list[str] = []
    data, lines = parse_yaml(text, str(path), notes)
    loaded = validate(data, name=str(path), lines=lines)
    loaded.warnings[:0] = [f"{path}: {w}" for w in notes + cut_comments(text)]
    return loaded


# `key: some text #22-01` -- YAML reads " #" as the start of a comment and drops the rest.
_CUT_COMMENT = re.compile(r"^\s*(?:-\s+)?[\w.-]+:\s+(?![\'\"{\[|>])[^#\n]*\S\s+#(?=\S)")


def cut_comments(text: str) -> list[str]:
    """Lines where an unquoted value probably lost its end to a YAML comment."""
    return [
        f"line {n}: ' #' starts a YAML comment, so the text after it was dropped; "
        "put the whole value in quotes"
        for n, line in enumerate(text.splitlines(), 1)
        if _CUT_COMMENT.match(line)
    ]


def dump_yaml(a: Answers) -> str:
    """The answers as a YAML answers file that ``load`` reads back to the same model."""
    # Only what was given: an explicit "profit_sharing: null" (no profit shared) must survive.
    return yamlio.dump(a.model_dump(mode="json", by_alias=True, exclude_unset=True))


def json_schema() -> str:
    """The JSON Schema of the answers file, for editors."""
    schema = Answers.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "mou answers file (schema 1)"
    return json.dumps(schema, indent=2, ensure_ascii=False)
