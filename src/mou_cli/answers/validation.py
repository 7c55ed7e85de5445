"""Answers data into the model: the size and schema checks, control characters taken out,
pydantic's and the cross-field problems together, each with its line when one is known."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from mou_cli.answers.notes import warnings
from mou_cli.answers.problems import partial_model, pydantic_problems
from mou_cli.errors import AnswersError
from mou_cli.messages import msg
from mou_cli.model import Answers, cross_field_problems

MAX_BYTES = 1_000_000
SCHEMA_VERSION = 1
# Control characters no document can show: removed from every value when answers are read
# (a tab becomes a space, CR and CRLF a newline), so every output agrees on the same text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class Loaded:
    """A validated answers model, with the warnings worth showing the user."""

    answers: Answers
    warnings: list[str] = field(default_factory=list)


def validate(data: Any, *, name: str = "answers", lines: dict[str, int] | None = None) -> Loaded:
    """Validate answers data (from a file or the interview) into the model."""
    lines = lines or {}
    size = _expanded_size(data, {})
    if size > MAX_BYTES:
        raise AnswersError(
            f"{name}: its aliases (*name) repeat text to {size:,} characters, more than an "
            f"answers file may hold ({MAX_BYTES:,}); write the repeated parts out, or shorten them"
        )
    data, removed = _without_controls(data, "")
    if not isinstance(data, dict):
        raise AnswersError(f"{name}: expected a mapping of fields (schema: 1, language: ..., ...)")
    version = data.get("schema")
    if version != SCHEMA_VERSION:
        what = "has no 'schema' field" if version is None else f"has schema {version!r}"
        raise AnswersError(
            f"{name} {what}; this version of mou reads schema {SCHEMA_VERSION} "
            f"(add 'schema: {SCHEMA_VERSION}' at the top)"
        )
    problems: list[tuple[str, str]] = []
    model: Answers | None = None
    try:
        model = Answers.model_validate(data)
    except ValidationError as exc:
        problems.extend(pydantic_problems(exc))
        model = partial_model(data, problems)
    if model is not None:
        problems.extend(cross_field_problems(model))
        problems.extend(deadline_problems(model))
    if problems:
        located = [(_line_for(path, lines), path, msg) for path, msg in _dedupe(problems)]
        located.sort(key=lambda x: x[0] or 10**9)
        details = [
            f"{f'line {line}: ' if line else ''}{path or '(top level)'}: {msg}"
            for line, path, msg in located
        ]
        noun = "problem" if len(details) == 1 else "problems"
        raise AnswersError(f"{name} has {len(details)} {noun}:", details=details)
    assert model is not None
    notes = [f"{path}: control characters removed ({codes})" for path, codes in removed]
    return Loaded(model, notes + warnings(model))


def deadline_problems(a: Answers) -> list[tuple[str, str]]:
    """A goal due before the agreement is signed cannot be a goal of it: each such deadline,
    with both dates, said in English and then in Indonesian."""
    out = []
    for i, goal in enumerate(a.goals):
        if goal.deadline is not None and goal.deadline < a.date:
            said = msg(
                f"tenggat {goal.deadline.isoformat()} jatuh sebelum tanggal penandatanganan "
                f"{a.date.isoformat()} (date); tujuan harus dicapai sesudah perjanjian "
                "ditandatangani",
                f"deadline {goal.deadline.isoformat()} is before the signing date "
                f"{a.date.isoformat()} (date); a goal must fall due after the agreement is "
                "signed",
            )
            out.append((f"goals[{i}].deadline", f"{said['en']} / {said['id']}"))
    return out


def _dedupe(problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _line_for(path: str, lines: dict[str, int]) -> int | None:
    while path:
        if path in lines:
            return lines[path]
        shorter = re.sub(r"(\.[^.\[]+|\[\d+\])$", "", path)
        if shorter == path:
            return None
        path = shorter
    return None


def _expanded_size(value: Any, seen: dict[int, int]) -> int:
    """The characters of ``value`` with every alias written out, counted without writing
    them out (a YAML bomb is a small graph; its expansion can be astronomically large)."""
    if isinstance(value, str):
        return len(value)
    if not isinstance(value, (dict, list)):
        return 8
    if id(value) in seen:
        return seen[id(value)]
    seen[id(value)] = 0  # a cycle (an alias to an ancestor) counts once
    items = value.items() if isinstance(value, dict) else enumerate(value)
    total = 2 + sum(_expanded_size(k, seen) + _expanded_size(v, seen) for k, v in items)
    seen[id(value)] = total
    return total


def _without_controls(
    value: Any, path: str, done: dict[int, Any] | None = None
) -> tuple[Any, list[tuple[str, str]]]:
    """``value`` with control characters taken out of every string, and where they were.

    A list or mapping met again (a YAML alias) is cleaned once and shared, as in the file, so
    a YAML bomb costs the size of the file, not of its expansion.
    """
    if isinstance(value, str):
        text = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        found = sorted(set(_CONTROL.findall(text)))
        if not found:
            return text, []
        return _CONTROL.sub("", text), [(path, ", ".join(f"U+{ord(c):04X}" for c in found))]
    if not isinstance(value, (dict, list)):
        return value, []
    done = {} if done is None else done
    if id(value) in done:
        return done[id(value)], []
    removed: list[tuple[str, str]] = []
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        done[id(value)] = out
        for k, v in value.items():
            out[k], more = _without_controls(v, f"{path}.{k}" if path else str(k), done)
            removed += more
        return out, removed
    items: list[Any] = []
    done[id(value)] = items
    for i, v in enumerate(value):
        item, more = _without_controls(v, f"{path}[{i}]", done)
        items.append(item)
        removed += more
    return items, removed
