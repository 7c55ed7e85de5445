"""Markdown drafts, parsed as CommonMark (plus tables) with markdown-it-py.

Each heading, paragraph, list item and table cell becomes a block with its source line (from
``token.map``). Block quotes are kept as blocks too: `mou` writes the second language of a
bilingual draft as a block quote under each paragraph, and the reader uses that layout to tell
the languages apart. Indented or fenced code is read as plain text, since hand-written drafts
indent headings; a whole draft inside a ```markdown fence is read as Markdown. A bold first
heading line over plain text ("**4. Funding.**" then the clause) is a block of its own. Inline
and block HTML keeps its text: comments and formatting tags (``<br>``, ``<u>``, ``<div>``) are
dropped, anything else in angle brackets is kept, since in a draft it is a placeholder
(``<<field>>``, ``<Nama Pihak>``). YAML front matter is where `mou` keeps the answers; an HTML
comment ``<!-- mou: disable=ID -->`` suppresses findings in the next block.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from mou_cli.document.embedded import split_front_matter
from mou_cli.draft import Draft
from mou_cli.draft.lang import detect
from mou_cli.draft.rx import lazy
from mou_cli.readers import directives
from mou_cli.readers.blocks import Block
from mou_cli.readers.headings import classify
from mou_cli.readers.structure import assemble
from mou_cli.readers.text import blocks_from_lines

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


# HTML tags that only format text: dropped (``<br>`` is a line break). Any other tag-like
# text is kept as written, since in a draft it is a placeholder ("<Nama Pihak>", "<<field>>").
_FORMAT_TAGS = frozenset(
    """a abbr b big blockquote br center cite code col colgroup dd del div dl dt em font h1 h2
    h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strike strong sub sup table
    tbody td tfoot th thead tr u ul wbr""".split()  # noqa: SIM905
)
# the name is all of the word ("(?![\w-])"): trying shorter names before the attributes would
# take time growing with the square of an unclosed "<aaaa..."
_TAG = lazy(r"</?([A-Za-z][\w-]*)(?![\w-])[^<>]*?/?>")


def _without_comments(raw: str) -> str:
    """``raw`` without its comments, as ``re.sub(r"<!--.*?-->", "", raw, flags=re.S)`` but in
    one pass: after an unclosed "<!--" no later one can close (the regex would look again from
    every "<!--", in time growing with the square of the text)."""
    parts: list[str] = []
    pos = 0
    while (start := raw.find("<!--", pos)) >= 0 and (end := raw.find("-->", start + 4)) >= 0:
        parts.append(raw[pos:start])
        pos = end + 3
    parts.append(raw[pos:])
    return "".join(parts)


def _html_text(raw: str, wrapped: bool = False) -> str:
    """What an HTML fragment shows in a draft: comments and formatting tags dropped, anything
    else (a placeholder in angle brackets) kept. ``wrapped``: the fragment sits inside ``<...>``
    (``<<field>>``), so it is a placeholder even when it looks like a tag."""
    if raw.startswith("<!--"):
        return ""
    if wrapped:
        return raw

    def tag(m: re.Match[str]) -> str:
        name = m.group(1).lower()
        if name not in _FORMAT_TAGS:
            return m.group()
        return "\n" if name == "br" else ""

    return _TAG.sub(tag, _without_comments(raw))


def _inline_text(token: Token) -> tuple[str, bool, list[tuple[bool, list[str]]], int]:
    """(plain text, whole text is bold/italic, inline directives, length of a first line that
    is all bold/italic when more lines follow: "**4. Term.**" over the article's text)."""
    parts: list[str] = []
    found: list[tuple[bool, list[str]]] = []
    emph = 0
    plain_chars = 0
    lead = -1  # where the first line ends, once a line break is met
    lead_plain = 0
    children = token.children or []
    for i, child in enumerate(children):
        t = child.type
        if t in ("strong_open", "em_open"):
            emph += 1
        elif t in ("strong_close", "em_close"):
            emph -= 1
        elif t in ("softbreak", "hardbreak"):
            if lead < 0:
                lead, lead_plain = len("".join(parts)), plain_chars
            parts.append("\n")
        elif t == "image":
            parts.append(child.content)
        elif t in ("text", "code_inline", "html_inline"):
            shown = _shown(children, i, found)
            parts.append(shown)
            if not emph and shown.strip():
                plain_chars += len(shown.strip())
    text = "".join(parts)
    bold_lead = lead if lead > 0 and not lead_plain and text[:lead].strip() else 0
    return text, bool(text.strip()) and plain_chars == 0, found, bold_lead


def _shown(children: list[Token], i: int, found: list[tuple[bool, list[str]]]) -> str:
    """The text ``children[i]`` shows; an inline directive shows nothing and joins ``found``."""
    child = children[i]
    if child.type != "html_inline":
        return child.content
    d = directives.parse(child.content)
    if d:
        found.append(d)
        return ""
    return _html_text(child.content, _wrapped(children, i))


def _wrapped(children: list[Token], i: int) -> bool:
    """Inline HTML ``children[i]`` sits inside ``<...>`` (``<<field>>``)."""
    before = children[i - 1].content if i and children[i - 1].type == "text" else ""
    after = children[i + 1] if i + 1 < len(children) else None
    return before.endswith("<") and after is not None and after.content[:1] == ">"


def read_text(text: str, path: str = "<text>") -> Draft:
    """A draft from Markdown text (front matter, if any, gives the embedded answers)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, _, answers = split_front_matter(text)
    text = _unfenced(text)
    walk = _Walk()
    for tok in _parser().parse(text):
        walk.token(tok)
    _bilingual_layout(walk.blocks, answers)
    return assemble(path, "md", walk.blocks, disabled=walk.disabled, answers=answers)


_FENCE_OPEN = lazy(r"^\s*(`{3,}|~{3,})\s*(?:markdown|md)\s*\n", re.I)


def _unfenced(text: str) -> str:
    """A whole draft pasted inside a ```markdown fence (as chat tools hand it out) is read as
    Markdown: the fence lines become blank lines, so line numbers stay right. A fence that
    holds only part of a draft (a template inside it) stays code."""
    m = _FENCE_OPEN.match(text)
    if not m:
        return text
    body = text[m.end() :]
    close = body.rstrip().rsplit("\n", 1)
    if close[-1].strip() == m.group(1):
        body = body.rstrip()[: -len(close[-1])]
    elif m.group(1) in body:
        return text  # the fence closes before the end: only part of the draft is in it
    return "\n" * text[: m.end()].count("\n") + body


def _lines_of(tok: Token) -> set[int | None]:
    return set(range(tok.map[0] + 1, tok.map[1] + 1)) if tok.map else set()


@dataclass
class _Walk:
    """The blocks and directives found so far, and where in the token stream the walk is."""

    blocks: list[Block] = field(default_factory=list)
    disabled: dict[str, set[int | None]] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)  # rule ids disabled for the next block
    pending_level: int = 0
    quote: int = 0  # block quote depth
    heading_level: int = 0
    items: list[str] = field(default_factory=list)  # the marker of each open list item
    first_in_item: bool = False
    table: int = -1
    row: int = -1
    in_cell: bool = False

    def token(self, tok: Token) -> None:
        self._apply_pending(tok)
        handle = _HANDLERS.get(tok.type)
        if handle is not None:
            handle(self, tok)

    def _apply_pending(self, tok: Token) -> None:
        """A directive comment disables its rules in the next block at its level or above."""
        if not (self.pending and tok.map and tok.nesting >= 0 and tok.level <= self.pending_level):
            return
        if tok.type != "html_block" or not directives.parse(tok.content):
            directives.add(self.disabled, self.pending, _lines_of(tok))
            self.pending = []

    def html_block(self, tok: Token) -> None:
        for raw in tok.content.splitlines():
            d = directives.parse(raw)
            if d and d[0]:
                directives.add(self.disabled, d[1], {None})
            elif d:
                self.pending, self.pending_level = d[1], tok.level
        shown = _html_text(tok.content)
        if shown.strip() and tok.map:
            lines = shown.split("\n")
            self.blocks.extend(blocks_from_lines(lines, tok.map[0] + 1, self.disabled))

    def code(self, tok: Token) -> None:
        """Indented or fenced code: plain text (hand-written drafts indent headings)."""
        if tok.map:
            start = tok.map[0] + 1 + (1 if tok.type == "fence" else 0)
            lines = tok.content.split("\n")
            self.blocks.extend(blocks_from_lines(lines, start, self.disabled))

    def quote_open(self, tok: Token) -> None:
        self.quote += 1

    def quote_close(self, tok: Token) -> None:
        self.quote -= 1

    def heading_open(self, tok: Token) -> None:
        self.heading_level = int(tok.tag[1])

    def heading_close(self, tok: Token) -> None:
        self.heading_level = 0

    def item_open(self, tok: Token) -> None:
        self.items.append(f"{tok.info}{tok.markup}" if tok.info else "")
        self.first_in_item = True

    def item_close(self, tok: Token) -> None:
        self.items.pop()

    def table_open(self, tok: Token) -> None:
        self.table += 1
        self.row = -1

    def row_open(self, tok: Token) -> None:
        self.row += 1

    def cell_open(self, tok: Token) -> None:
        self.in_cell = True

    def cell_close(self, tok: Token) -> None:
        self.in_cell = False

    def inline(self, tok: Token) -> None:
        """The text of a heading, paragraph, list item or table cell: one block."""
        body, emph, found, lead = _inline_text(tok)
        for whole, ids in found:
            directives.add(self.disabled, ids, {None} if whole else _lines_of(tok))
        if not body.strip():
            return
        kind = "para"
        cues = emph
        tail = ""
        if self.heading_level:
            kind = "title" if self.heading_level == 1 and not self.blocks else "heading"
            cues = True
        elif self.in_cell:
            kind = "cell"
        if self.items and not self.heading_level and not self.in_cell:
            kind = "item"
            if self.first_in_item and self.items[-1]:
                body, lead = f"{self.items[-1]} {body}", lead and lead + len(self.items[-1]) + 1
            self.first_in_item = False
        if lead and kind in ("para", "item") and classify(body[:lead], cues=True):
            # a bold heading line over plain text ("**4. Funding.**" then the clause)
            body, tail, cues = body[:lead], body[lead + 1 :], True
        line = tok.map[0] + 1 if tok.map else None
        block = Block(body, line=line, kind=kind, cues=cues, quote=self.quote > 0)
        block.level = self.heading_level or None
        if self.in_cell:
            block.table, block.row = self.table, self.row
        self.blocks.append(block)
        if tail.strip():
            after = None if line is None else line + 1
            self.blocks.append(Block(tail, line=after, kind="para", quote=self.quote > 0))


_HANDLERS: dict[str, Callable[[_Walk, Token], None]] = {
    "html_block": _Walk.html_block,
    "code_block": _Walk.code,
    "fence": _Walk.code,
    "blockquote_open": _Walk.quote_open,
    "blockquote_close": _Walk.quote_close,
    "heading_open": _Walk.heading_open,
    "heading_close": _Walk.heading_close,
    "list_item_open": _Walk.item_open,
    "list_item_close": _Walk.item_close,
    "table_open": _Walk.table_open,
    "tr_open": _Walk.row_open,
    "th_open": _Walk.cell_open,
    "td_open": _Walk.cell_open,
    "th_close": _Walk.cell_close,
    "td_close": _Walk.cell_close,
    "inline": _Walk.inline,
}


def _bilingual_layout(blocks: list[Block], answers: dict[str, Any] | None) -> None:
    """A bilingual draft in `mou`'s layout: each paragraph of the first language is followed by
    its second-language text as a block quote. From the first to the last quote, plain
    paragraphs are the first language and quotes the second, whatever words they contain (a
    name or a sentence the user typed once appears in both). The languages come from the
    embedded answers, else from the words of all plain and all quoted paragraphs together."""
    quotes = [n for n, b in enumerate(blocks) if b.quote and b.table is None]
    if len(quotes) < 2:
        return
    start = quotes[0] - 1 if quotes[0] and not blocks[quotes[0] - 1].quote else quotes[0]
    span = [b for b in blocks[start : quotes[-1] + 1] if b.table is None and b.kind != "heading"]
    lang = (answers or {}).get("language")
    plain: str | None = "id"
    quoted: str | None = "en"
    if lang != "id-en":
        plain = detect(" ".join(b.text for b in span if not b.quote))
        quoted = detect(" ".join(b.text for b in span if b.quote))
        if plain is None or quoted is None or plain == quoted:
            return
    for b in span:
        b.lang = quoted if b.quote else plain
