"""Markdown drafts, parsed as CommonMark (plus tables) with markdown-it-py.

Each heading, paragraph, list item and table cell becomes a block with its source line (from
``token.map``). Block quotes are kept as blocks too: `mou` writes the second language of a
bilingual draft as a block quote under each paragraph, and the reader uses that layout to tell
the languages apart. Indented or fenced code is read as plain text, since hand-written drafts
indent headings. Inline and block HTML keeps its text: comments and formatting tags (``<br>``,
``<u>``, ``<div>``) are dropped, anything else in angle brackets is kept, since in a draft it is
a placeholder (``<<field>>``, ``<Nama Pihak>``). YAML front matter is where `mou` keeps the
answers; an HTML comment ``<!-- mou: disable=ID -->`` suppresses findings in the next block.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mou_cli.document.embedded import split_front_matter
from mou_cli.draft import Draft
from mou_cli.draft.lang import detect
from mou_cli.draft.rx import lazy
from mou_cli.readers import directives
from mou_cli.readers.structure import Block, assemble
from mou_cli.readers.text import blocks_from_lines


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


# HTML tags that only format text: dropped (``<br>`` is a line break). Any other tag-like
# text is kept as written, since in a draft it is a placeholder ("<Nama Pihak>", "<<field>>").
_FORMAT_TAGS = frozenset(
    """a abbr b big blockquote br center cite code col colgroup dd del div dl dt em font h1 h2
    h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strike strong sub sup table
    tbody td tfoot th thead tr u ul wbr""".split()  # noqa: SIM905
)
_TAG = lazy(r"</?([A-Za-z][\w-]*)[^<>]*?/?>")
_COMMENT = lazy(r"<!--.*?-->", re.S)


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

    return _TAG.sub(tag, _COMMENT.sub("", raw))


def _inline_text(token) -> tuple[str, bool, list[tuple[bool, list[str]]]]:
    """(plain text, whole text is bold/italic, inline directives)."""
    parts: list[str] = []
    found: list[tuple[bool, list[str]]] = []
    emph = 0
    plain_chars = 0
    children = token.children or []
    for i, child in enumerate(children):
        t = child.type
        if t in ("text", "code_inline"):
            parts.append(child.content)
            if not emph and child.content.strip():
                plain_chars += len(child.content.strip())
        elif t in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif t in ("strong_open", "em_open"):
            emph += 1
        elif t in ("strong_close", "em_close"):
            emph -= 1
        elif t == "html_inline":
            d = directives.parse(child.content)
            if d:
                found.append(d)
                continue
            before = children[i - 1].content if i and children[i - 1].type == "text" else ""
            after = children[i + 1] if i + 1 < len(children) else None
            wrapped = before.endswith("<") and after is not None and after.content[:1] == ">"
            shown = _html_text(child.content, wrapped)
            parts.append(shown)
            if not emph and shown.strip():
                plain_chars += len(shown.strip())
        elif t == "image":
            parts.append(child.content)
    text = "".join(parts)
    return text, bool(text.strip()) and plain_chars == 0, found


def read_text(text: str, path: str = "<text>") -> Draft:
    """A draft from Markdown text (front matter, if any, gives the embedded answers)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, _, answers = split_front_matter(text)
    tokens = _parser().parse(text)
    blocks: list[Block] = []
    disabled: dict[str, set[int | None]] = {}
    pending: list[str] = []
    pending_level = 0
    quote = 0
    heading_level = 0
    items: list[str | None] = []  # marker of each open list item, None once used
    first_in_item = False
    table = -1
    row = -1
    col = -1
    in_cell = False

    def lines_of(tok) -> set[int | None]:
        return set(range(tok.map[0] + 1, tok.map[1] + 1)) if tok.map else set()

    for tok in tokens:
        t = tok.type
        next_block = pending and tok.map and tok.nesting >= 0 and tok.level <= pending_level
        if next_block and (t != "html_block" or not directives.parse(tok.content)):
            directives.add(disabled, pending, lines_of(tok))
            pending = []
        if t == "html_block":
            for raw in tok.content.splitlines():
                d = directives.parse(raw)
                if d and d[0]:
                    directives.add(disabled, d[1], {None})
                elif d:
                    pending, pending_level = d[1], tok.level
            shown = _html_text(tok.content)
            if shown.strip() and tok.map:
                blocks.extend(blocks_from_lines(shown.split("\n"), tok.map[0] + 1, disabled))
        elif t == "blockquote_open":
            quote += 1
        elif t == "blockquote_close":
            quote -= 1
        elif t == "heading_open":
            heading_level = int(tok.tag[1])
        elif t == "heading_close":
            heading_level = 0
        elif t == "list_item_open":
            marker = f"{tok.info}{tok.markup}" if tok.info else ""
            items.append(marker)
            first_in_item = True
        elif t == "list_item_close":
            items.pop()
        elif t == "table_open":
            table += 1
            row = -1
        elif t == "tr_open":
            row += 1
            col = -1
        elif t in ("th_open", "td_open"):
            col += 1
            in_cell = True
        elif t in ("th_close", "td_close"):
            in_cell = False
        elif t in ("code_block", "fence") and tok.map:
            start = tok.map[0] + 1 + (1 if t == "fence" else 0)
            blocks.extend(blocks_from_lines(tok.content.split("\n"), start, disabled))
        elif t == "inline":
            body, emph, found = _inline_text(tok)
            line = tok.map[0] + 1 if tok.map else None
            for whole, ids in found:
                directives.add(disabled, ids, {None} if whole else lines_of(tok))
            if not body.strip():
                continue
            kind = "para"
            cues = emph
            if heading_level:
                kind = "title" if heading_level == 1 and not blocks else "heading"
                cues = True
            elif in_cell:
                kind = "cell"
            elif items:
                kind = "item"
                if first_in_item and items[-1]:
                    body = f"{items[-1]} {body}"
                first_in_item = False
            block = Block(body, line=line, kind=kind, cues=cues, quote=quote > 0)
            if in_cell:
                block.table, block.row = table, row
            blocks.append(block)
    _bilingual_layout(blocks, answers)
    return assemble(path, "md", blocks, disabled=disabled, answers=answers)


def _bilingual_layout(blocks: list[Block], answers: dict | None) -> None:
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
    if lang == "id-en":
        plain, quoted = "id", "en"
    else:
        plain = detect(" ".join(b.text for b in span if not b.quote))
        quoted = detect(" ".join(b.text for b in span if b.quote))
        if plain is None or quoted is None or plain == quoted:
            return
    for b in span:
        b.lang = quoted if b.quote else plain
