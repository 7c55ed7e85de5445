"""Pairing for the Word redline (:mod:`mou_cli.writers.redline`): the new version's
paragraphs read from its body in the reader's order, the old version's in document order,
their pairing column by column (``textdiff.align``), moved blocks, and the numbers Word puts
before numbered paragraphs (left out of the comparison, matched by their shape)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Any

from mou_cli.draft import Chunk, Draft
from mou_cli.textdiff import align
from mou_cli.writers import redline_xml
from mou_cli.writers.redline_xml import W

Element = Any

MOVE_MIN = 60  # characters of unchanged text that make a moved block a move
_MOVE_BUDGET = 250_000  # paragraph pairs looked at to find moves, per stream
_MARGIN_KINDS = ("header", "footer")
_CONTAINERS = frozenset(f"{W}{t}" for t in ("sdt", "customXml", "sdtContent", "ins", "moveTo"))
GENERIC_LABEL = re.compile(
    r"^\s*(?:(?:pasal|article|section|bab|chapter|bagian|clause)\s+[0-9ivxlcdm]{1,6}\.?"
    r"|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]|\(?[a-z]{1,3}[.)])(?:\s+|$)",
    re.IGNORECASE,
)


@dataclass
class Para:
    """A paragraph of the new version that holds text."""

    p: Element
    runs: list[Element]
    text: str  # the text of its runs (what the redline edits)
    label: str  # the number Word puts before it ("Pasal 3", "(a)"), "" for none
    key: int | None  # the column it is compared in (bilingual pairs), else None
    row: Element | None  # the table row it sits in
    lead: str = ""  # white space before the text (a line break after the number)

    @property
    def full(self) -> str:
        """The text as the reader gives it: number, then text."""
        return f"{self.label} {self.text.lstrip()}" if self.label else self.text


@dataclass
class Plan:
    """What happens to each paragraph: filled while walking the pairs of each column."""

    pairs: list[tuple[int, int]] = field(default_factory=list)  # old i edited into new j
    inserted: list[int] = field(default_factory=list)
    moved: list[list[tuple[int, int]]] = field(default_factory=list)  # blocks of (i, j)
    # removed old paragraphs (i, tag) placed after new paragraph j (None: before the first of
    # the column, whose key is given)
    after: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    before: dict[int | None, list[tuple[int, str]]] = field(default_factory=dict)


def label_pattern(label: str) -> re.Pattern[str]:
    """A pattern for numbers of the same shape as ``label`` ("Pasal 3" -> "Pasal <n>")."""
    out = []
    for part in re.split(r"(\w+|\s+)", label):
        if not part:
            continue
        if part.isspace():
            out.append(r"\s+")
        elif part.isdigit():
            out.append(r"\d{1,6}")
        elif re.fullmatch(r"[A-Za-z]{1,3}|[ivxlcdmIVXLCDM]{1,6}", part):
            out.append(r"[A-Za-z]{1,6}")
        else:
            out.append(re.escape(part))
    return re.compile(r"^\s*" + "".join(out) + r"(?:\s+|$)", re.IGNORECASE)


def shape(label: str) -> str:
    """``label`` with its number made generic: "Pasal 7" and "Pasal 12" share a shape."""
    s = re.sub(r"\d+", "9", label.strip())
    return re.sub(r"\b(?:[ivxlcdm]{1,6}|[a-z]{1,3})\b", "a", s, flags=re.IGNORECASE).casefold()


def move_key(text: str) -> str:
    m = GENERIC_LABEL.match(text)
    return (text[m.end() :] if m else text).strip()


# --- the new version's paragraphs ----------------------------------------------------------


def _walk(parent: Element, out: list[tuple[Element, Element | None]]) -> None:
    """Body paragraphs in the reader's order (tables and content controls included), each
    with the table row it sits in."""
    for child in parent:
        tag = child.tag
        if tag == f"{W}p":
            out.append((child, None))
        elif tag == f"{W}tbl":
            _walk_table(child, out)
        elif tag in _CONTAINERS:
            _walk(child, out)


def _walk_table(tbl: Element, out: list[tuple[Element, Element | None]]) -> None:
    for tr in tbl.findall(f"{W}tr"):
        for tc in tr.findall(f"{W}tc"):
            for c in tc:
                if c.tag == f"{W}tbl":
                    _walk_table(c, out)
                elif c.tag in (f"{W}p", f"{W}sdt", f"{W}customXml"):
                    out.extend((p, tr) for p in _paragraphs(c))


def _paragraphs(root: Element) -> list[Element]:
    if root.tag == f"{W}p":
        return [root]
    return [p for p in root.iter(f"{W}p") if next(p.iterancestors(f"{W}p"), None) is None]


def new_paras(body: Element, new: Draft, bilingual: bool) -> list[Para]:
    """The new version's paragraphs with text, numbered as the reader numbers them."""
    walked: list[tuple[Element, Element | None]] = []
    _walk(body, walked)
    by_para = {c.loc.para: c for c in [*new.chunks, *new.annex] if c.loc.para is not None}
    out = []
    for n, (p, row) in enumerate(walked, start=1):
        runs = redline_xml.text_runs(p)
        text = redline_xml.paragraph_text(runs)
        if not text.strip():
            continue
        chunk = by_para.get(n)
        out.append(para(p, runs, text, chunk, row, bilingual))
    return out


def para(
    p: Element, runs: list[Element], text: str, chunk: Chunk | None, row: Element | None,
    bilingual: bool,
) -> Para:  # fmt: skip
    label = ""
    body = text.lstrip()
    if chunk is not None and chunk.text != text and chunk.text.endswith(" " + body):
        label = chunk.text[: -len(body) - 1]
    key = chunk.column if bilingual and chunk is not None else None
    return Para(p, runs, text, label, key, row, text[: len(text) - len(body)])


# --- pairing -------------------------------------------------------------------------------


def body_chunks(old: Draft) -> list[Chunk]:
    """The old version's paragraphs with text, in the order of the document (a DOCX reader
    gives the cells of a table inside a table before those around it)."""
    out = [c for c in [*old.chunks, *old.annex] if c.kind not in _MARGIN_KINDS and c.text.strip()]
    if all(c.loc.para is not None for c in out):
        out.sort(key=lambda c: c.loc.para or 0)
    return out


def _moves(
    old_keys: Sequence[str], new_keys: Sequence[str], gone: list[int], came: list[int]
) -> list[list[tuple[int, int]]]:
    """Blocks of removed old paragraphs (``gone``) equal, in order, to added new ones
    (``came``), of at least ``MOVE_MIN`` characters."""
    if not gone or not came or len(gone) * len(came) > _MOVE_BUDGET:
        return []
    a = [old_keys[i] for i in gone]
    b = [new_keys[j] for j in came]
    blocks = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for x, y, size in matcher.get_matching_blocks():
        if not size:
            continue
        if sum(len(k) for k in a[x : x + size]) < MOVE_MIN:
            continue
        blocks.append([(gone[x + k], came[y + k]) for k in range(size)])
    # a move is a block that is not where the alignment would have put it: the matcher above
    # only sees paragraphs the alignment left unpaired, so every block it finds is one
    return [blk for blk in blocks if _contiguous(blk)]


def _contiguous(block: list[tuple[int, int]]) -> bool:
    return all(b[0] == a[0] + 1 and b[1] == a[1] + 1 for a, b in pairwise(block))


def _body_level(paras: list[Para], at: int | None, first: int | None) -> bool:
    """Whether an old paragraph placed after new paragraph ``at`` (None: before ``first``)
    lands outside any table."""
    j = first if at is None else at
    return j is None or paras[j].row is None


def plan(olds: list[str], paras: list[Para], old_key: list[int | None], movable: bool) -> Plan:
    """Pair the paragraphs of both versions column by column and decide what each becomes."""
    out = Plan()
    keys = sorted({*old_key, *(p.key for p in paras)}, key=lambda k: -1 if k is None else k)
    for key in keys:
        oi = [i for i, k in enumerate(old_key) if k == key]
        nj = [j for j, p in enumerate(paras) if p.key == key]
        pairs = align([olds[i] for i in oi], [paras[j].full for j in nj])
        gone = [oi[i] for i, j in pairs if j is None and i is not None]
        came = [nj[j] for i, j in pairs if i is None and j is not None]
        anchor: dict[int, int | None] = {}  # removed old paragraph -> new one it follows
        last: int | None = None
        for i, j in pairs:
            if j is not None:
                last = nj[j]
            else:
                assert i is not None
                anchor[oi[i]] = last
        moved: dict[int, int] = {}
        if movable:
            first = nj[0] if nj else None
            blocks = _moves(
                [move_key(t) for t in olds], [move_key(p.full) for p in paras], gone, came
            )
            blocks = [
                b
                for b in blocks
                if all(paras[j].row is None for _, j in b)
                and all(_body_level(paras, anchor[i], first) for i, _ in b)
            ]
            out.moved += blocks
            moved = {i: j for b in blocks for i, j in b}
        moved_to = set(moved.values())
        for i, j in pairs:
            if i is not None and j is not None:
                out.pairs.append((oi[i], nj[j]))
            elif j is not None:
                if nj[j] not in moved_to:
                    out.inserted.append(nj[j])
            else:
                assert i is not None
                tag = "moveFrom" if oi[i] in moved else "del"
                at = anchor[oi[i]]
                if at is None:
                    out.before.setdefault(key, []).append((oi[i], tag))
                else:
                    out.after.setdefault(at, []).append((oi[i], tag))
    return out
