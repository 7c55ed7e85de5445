"""Warnings about valid answers: things that are allowed but that the user should know."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from mou_cli.model import Answers
from mou_cli.model_base import known_title

_TEMPLATE_LIKE = re.compile(r"\{\{|\{%|\{#")


def warnings(a: Answers) -> list[str]:
    """Things that are allowed but that the user should know."""
    out: list[str] = []
    if "id" not in a.langs and a.has_indonesian_party:
        names = [p.name for p in a.parties if p.is_indonesian]
        who = (
            f"{names[0]} is an Indonesian party"
            if len(names) == 1
            else (f"{', '.join(names[:-1])} and {names[-1]} are Indonesian parties")
        )
        out.append(
            f"{who}: Law 24 of 2009 (Art. 31) requires an Indonesian text. This draft is in "
            "English only; use 'language: id-en' for the version to be signed."
        )
    if len(a.langs) > 1:
        out.extend(_untranslated_titles(a))
    for path, text in _texts(a.model_dump(mode="python", by_alias=True), ""):
        if _TEMPLATE_LIKE.search(text):
            out.append(
                f"{path} contains template-like text ({text[:40]!r}); it is printed as typed"
            )
    return out


def _untranslated_titles(a: Answers) -> list[str]:
    """Titles typed once that the table of usual titles does not translate: printed as typed
    in both columns of a bilingual draft."""
    people = [(f"parties[{i}].representative", p.representative) for i, p in enumerate(a.parties)]
    people += [(f"signatures.witnesses[{i}]", w) for i, w in enumerate(a.signatures.witnesses)]
    return [
        f"{path}.title {person.title!r} is printed as typed in both languages; to translate "
        f"it, write {{id: ..., en: ...}}"
        for path, person in people
        if isinstance(person.title, str) and not known_title(person.title)
    ]


def _texts(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _texts(v, f"{path}[{i}]")
