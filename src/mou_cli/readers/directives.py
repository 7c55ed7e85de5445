"""Inline suppression: ``mou: disable=ID[,ID...]`` for the next block, ``disable-file`` for all.

Markdown: ``<!-- mou: disable=MOU-C005 -->`` on its own line before the block.
Plain text: the same comment, or a line ``mou: disable=MOU-C005``.
DOCX: a paragraph (it may be hidden text) reading ``mou: disable=MOU-C005``, or a Word comment
with that text on the paragraph it concerns. ``all`` disables every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mou_cli.draft.rx import lazy

# the ids end with a character that is not a space, so no two quantifiers share the spaces
# between them and "-->" (linear time whatever the text: see tests/test_regex_budget.py)
_DIRECTIVE = lazy(
    r"^\s*(?:<!--\s*)?mou\s*:\s*disable(?P<file>-file)?\s*=\s*"
    r"(?P<ids>[A-Za-z0-9_,-](?:[A-Za-z0-9_,\s-]*[A-Za-z0-9_,-])?)\s*(?:-->\s*)?$",
    re.I,
)


def parse(text: str) -> tuple[bool, list[str]] | None:
    """``(whole_file, [ids])`` when ``text`` is a directive, else None."""
    if "mou" not in text.lower():
        return None  # what every directive says, case aside (a quick test for every paragraph)
    m = _DIRECTIVE.match(text.strip())
    if not m:
        return None
    ids = [i.strip().upper() for i in re.split(r"[,\s]+", m.group("ids")) if i.strip()]
    ids = ["*" if i == "ALL" else i for i in ids]
    return (bool(m.group("file")), ids) if ids else None


def add(disabled: dict[str, set[int | None]], ids: list[str], where: Iterable[int | None]) -> None:
    """Disable rules ``ids`` at ``where`` (lines or DOCX paragraphs; None: the whole file)."""
    for i in ids:
        disabled.setdefault(i, set()).update(where)
