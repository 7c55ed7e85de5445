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


def read_yaml(path: Path) -> tuple[Any, dict[str, int]]:
    """Parse a YAML file; return its data and a map from field path to line number."""
    return parse_yaml(read_text(path), str(path))


def read_text(path: Path) -> str:
    """An answers file's text: UTF-8 (with or without a BOM), or UTF-16 with a BOM (what
    Windows Notepad saves as "Unicode"); a folder, a binary or an oversized file is refused."""
    path = Path(path)
    if path.is_dir():
        raise AnswersError(f"{path} is a folder, not an answers file")
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
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


def parse_yaml(text: str, name: str = "<answers>") -> tuple[Any, dict[str, int]]:
    """Parse YAML text; return its data and a map from field path to line number."""
    if "\x00" in text:
        raise AnswersError(
            f"{name}: not a text file (it contains NUL bytes); if it was saved as UTF-16 "
            "or 'Unicode', save it again as UTF-8"
        )
    try:
        data, node = yamlio.parse(text)
    except yamlio.YAMLError as exc:
        raise AnswersError(f"{name}: not valid YAML: {exc.reason}") from None
    except RecursionError:
        raise AnswersError(f"{name}: nested too deeply") from None
    return data, yamlio.line_index(node)


def load(path: Path) -> Loaded:
    """Read and validate an answers file; raise AnswersError listing every problem."""
    text = read_text(path)
    data, lines = parse_yaml(text, str(path))
    loaded = validate(data, name=str(path), lines=lines)
    loaded.warnings[:0] = [f"{path}: {w}" for w in cut_comments(text)]
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
