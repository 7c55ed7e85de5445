"""Differences between two texts: word by word inside a paragraph, paragraph by paragraph
inside a document.

Shared by ``mou compare`` (which classes the changes) and the Word redline writer (which
turns them into tracked changes), so both see the same differences. Pure functions on
strings; nothing here knows about articles, languages or files.

Guarantees the callers rely on:

- ``diff_words(old, new)``: joining the ``equal`` and ``delete`` pieces gives ``old``, joining
  the ``equal`` and ``insert`` pieces gives ``new``, character for character.
- ``align(old, new)``: every index of ``old`` and of ``new`` appears exactly once, both in
  increasing order, so walking the pairs rebuilds either list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Kind = Literal["equal", "insert", "delete"]

# a word (letters, digits, underscore, joined by inner apostrophes, dots, commas or hyphens as
# in "Rp750.000.000,00", "1.5", "co-operate"), a run of spaces, or one other character
_TOKEN = re.compile(r"\w+(?:[.,'’\-/]\w+)*|\s+|[^\w\s]")

# above this many paragraph pairs in one unmatched stretch the pairing is positional, so a
# document rewritten from end to end still costs linear time
_PAIRING_BUDGET = 4_000


@dataclass(frozen=True)
class Piece:
    """A run of text that is the same in both versions, only in the new, or only in the old."""

    kind: Kind
    text: str


def tokens(text: str) -> list[str]:
    """``text`` cut into words, runs of white space and single punctuation marks."""
    return _TOKEN.findall(text)


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Join neighbouring pieces of one kind; fold a lone space between two changes into them,
    so "a b" -> "x y" reads as one deletion and one insertion, not four."""
    out: list[Piece] = []
    for i, p in enumerate(pieces):
        if (
            p.kind == "equal"
            and p.text.isspace()
            and 0 < i < len(pieces) - 1
            and pieces[i - 1].kind != "equal"
            and pieces[i + 1].kind != "equal"
        ):
            out.append(Piece("delete", p.text))
            out.append(Piece("insert", p.text))
            continue
        out.append(p)
    # order each run of changes as: deletions, then insertions
    ordered: list[Piece] = []
    run: list[Piece] = []
    for p in [*out, Piece("equal", "")]:
        if p.kind == "equal":
            ordered += [q for q in run if q.kind == "delete"] + [
                q for q in run if q.kind == "insert"
            ]
            run = []
            ordered.append(p)
        else:
            run.append(p)
    merged: list[Piece] = []
    for p in ordered:
        if not p.text:
            continue
        if merged and merged[-1].kind == p.kind:
            merged[-1] = Piece(p.kind, merged[-1].text + p.text)
        else:
            merged.append(p)
    return merged


def diff_words(old: str, new: str) -> list[Piece]:
    """The word-level differences that turn ``old`` into ``new``."""
    if old == new:
        return [Piece("equal", old)] if old else []
    a, b = tokens(old), tokens(new)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(Piece("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("delete", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("insert", "".join(b[j1:j2])))
    return _merge(pieces)


def _key(text: str) -> str:
    """What two paragraphs must share to count as the same paragraph unchanged."""
    return " ".join(text.split()).casefold()


def similarity(old: str, new: str) -> float:
    """0.0 (nothing in common) to 1.0 (same words), on words, ignoring case and spacing."""
    a = [t for t in tokens(_key(old)) if not t.isspace()]
    b = [t for t in tokens(_key(new)) if not t.isspace()]
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


Pair = tuple["int | None", "int | None"]


def _pair_gap(
    old: Sequence[str], new: Sequence[str], i0: int, j0: int, threshold: float
) -> list[Pair]:
    """Pair the paragraphs of an unmatched stretch, in order, where they are alike enough;
    the rest are deleted (old) or inserted (new)."""
    n, m = len(old), len(new)
    if n * m > _PAIRING_BUDGET:  # positional: the k-th old with the k-th new
        k = min(n, m)
        pairs: list[Pair] = [(i0 + i, j0 + i) for i in range(k)]
        pairs += [(i0 + i, None) for i in range(k, n)]
        pairs += [(None, j0 + j) for j in range(k, m)]
        return pairs
    sim = [[similarity(old[i], new[j]) for j in range(m)] for i in range(n)]
    # best total similarity of an order-keeping pairing (LCS-like dynamic programme)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= threshold else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    out: list[Pair] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= threshold and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            out.append((i0 + i, j0 + j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            out.append((i0 + i, None))
            i += 1
        else:
            out.append((None, j0 + j))
            j += 1
    out += [(i0 + k, None) for k in range(i, n)]
    out += [(None, j0 + k) for k in range(j, m)]
    return out


def align(old: Sequence[str], new: Sequence[str], threshold: float = 0.5) -> list[Pair]:
    """Pair the paragraphs of two versions in order: ``(i, j)`` same or edited paragraph,
    ``(i, None)`` removed, ``(None, j)`` added. Paragraphs equal up to case and spacing pair
    first; in between, edited paragraphs pair when at least ``threshold`` of their words match."""
    a, b = [_key(t) for t in old], [_key(t) for t in new]
    pairs: list[Pair] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += [(i1 + k, j1 + k) for k in range(i2 - i1)]
        else:
            pairs += _pair_gap(old[i1:i2], new[j1:j2], i1, j1, threshold)
    return pairs
