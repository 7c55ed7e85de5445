"""Plain text (``.txt``: text extracted from a PDF or a scan), read like Markdown without markup.

A blank line ends a paragraph. So does a line that starts something new: an article or
chapter heading ("Pasal 3", "ARTICLE IV", "BAB I"), the title line under a heading, a list
marker ("1.", "(a)", "-"), a recital ("bahwa", "WHEREAS"), or a short line in capitals. Page
numbers left by PDF extraction ("- 3 -", "Page 3 of 10", "Halaman 3") are skipped.
"""

from __future__ import annotations

import re

from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.readers import directives
from mou_cli.readers.headings import classify, title_like
from mou_cli.readers.structure import Block, assemble, short_title

_PAGE = lazy(
    r"^\s*(?:-\s*\d{1,4}\s*-|\d{1,4}|(?:page|halaman|hal\.)\s*\d{1,4}(?:\s*(?:of|dari|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*/\s*\d{1,4})\s*$",
    re.I,
)
_STARTER = lazy(
    r"^\s*(?:\(?\d{1,2}[.)]\s|\(?[a-zA-Z][.)]\s|\([ivx]{1,4}\)\s|[-•*·▪–]\s|"
    r"(?:bahwa|whereas|menimbang|mengingat)\b|(?-i:(?:DESIRING|RECOGNI[SZ]ING|CONSIDERING"
    r"|ACKNOWLEDGING|NOTING|BELIEVING|BEARING IN MIND|MINDFUL|PURSUANT|AFFIRMING|REAFFIRMING"
    r"|HAVE (?:REACHED|AGREED))\b))",
    re.I,
)
_ITEM = lazy(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|\([ivx]{1,4}\)|[-•*·▪–])\s")


def _sub_heading(line: str) -> bool:
    """ "A. Parties to the Agreement": a lettered or numbered line that is a short Title."""
    rest = _ITEM.sub("", line, count=1).strip()
    return 0 < len(rest.split()) <= 8 and rest[-1] not in ".;:," and title_like(rest)


def blocks_from_lines(
    lines: list[str], first_line: int = 1, disabled: dict[str, set[int | None]] | None = None
) -> list[Block]:
    """Paragraph blocks from raw lines (``first_line`` is the number of ``lines[0]``)."""
    blocks: list[Block] = []
    cur: list[str] = []
    start = 0
    pending: list[str] = []
    after_heading = False

    def flush(end: int, kind: str | None = None) -> None:
        nonlocal cur, pending
        if not cur:
            return
        text = "\n".join(cur)
        kind = kind or ("item" if _ITEM.match(cur[0]) else "para")
        blocks.append(Block(text=text, line=start, kind=kind, cues=kind == "heading"))
        if pending and disabled is not None:
            directives.add(disabled, pending, set(range(start, end + 1)))
            pending = []
        cur = []

    for n, raw in enumerate(lines):
        no = first_line + n
        line = raw.replace("\f", "").replace("\t", " ").rstrip()
        if not line.strip():
            flush(no - 1)
            continue
        if _PAGE.match(line) and not re.match(r"^\s*\d{1,2}\.\s*$", line):
            continue
        d = directives.parse(line)
        if d is not None:
            flush(no - 1)
            if disabled is not None:
                if d[0]:
                    directives.add(disabled, d[1], {None})
                else:
                    pending = d[1]
            continue
        stripped = line.strip()
        heading = classify(stripped)
        ended = not cur or cur[-1].endswith((".", ":", ";")) or after_heading
        caps = ended and stripped.isupper() and len(stripped.split()) <= 12
        title = after_heading and short_title(stripped) and not _STARTER.match(stripped)
        sub_heading = bool(_ITEM.match(stripped)) and _sub_heading(stripped)
        if heading or caps or title or (_STARTER.match(stripped) and cur):
            flush(no - 1)
        if not cur:
            start = no
        cur.append(stripped)
        after_heading = bool(heading and not heading.title and not heading.rest)
        if heading or caps or title or sub_heading:
            flush(no, "heading" if sub_heading and not heading else None)
    flush(first_line + len(lines) - 1)
    return blocks


def read_text(text: str, path: str = "<text>") -> Draft:
    """A draft from plain text."""
    disabled: dict[str, set[int | None]] = {}
    blocks = blocks_from_lines(text.split("\n"), 1, disabled)
    return assemble(path, "txt", blocks, disabled=disabled)
