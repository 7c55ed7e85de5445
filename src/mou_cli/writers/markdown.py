"""The Markdown writer: the document tree as CommonMark, every text escaped.

Layout: the title block, the opening and recitals as plain paragraphs and numbered lists
(``1.``, ``2.``: the parties of the komparisi, the recitals), each article as ``## Pasal N —
Title`` with its paragraphs numbered ``(1)`` (Indonesian) or ``1.1`` (English) and list items
``(a)``; a list of one item is a plain paragraph. Then the signature table, one per language,
each with that language's labels and titles. A bilingual document alternates: each
Indonesian paragraph is followed by its English text as a block quote, so the two stay level.
When the tree carries its answers, they come first as YAML front matter
(:func:`mou_cli.document.embedded.front_matter`).
"""

from __future__ import annotations

import re
from itertools import zip_longest
from string import ascii_lowercase

from mou_cli.tree import Document, Para, Section

_ALWAYS = re.compile(r"([\\`*_\[\]<|~])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def escape(text: str) -> str:
    """Escape ``text`` so CommonMark shows it exactly as typed, on any number of lines.

    Substitutions: a tab becomes a space, CR and CRLF a new line, other control characters are
    dropped, a lone surrogate becomes U+FFFD, and each line loses its leading and trailing
    spaces (Markdown would drop them anyway). Lines are joined with hard line breaks.
    """
    text = _CONTROL.sub("", text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n"))
    text = _SURROGATE.sub("\ufffd", text)
    lines = []
    for line in text.split("\n"):
        line = _ENTITY.sub("\\&", _ALWAYS.sub(r"\\\1", line.strip()))
        line = _LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), line)
        lines.append(line)
    return "\\\n".join(line for line in lines)


def cell(text: str) -> str:
    """``text`` escaped for a table cell, which holds no line break: lines join with a space."""
    return escape(" ".join(line.strip() for line in text.splitlines() if line.strip()))


def _escape_marker(marker: str) -> str:
    if marker[-1] in ".)":
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def letter(i: int) -> str:
    """a, b, ... z, aa, ab ... for list items."""
    return ascii_lowercase[i] if i < 26 else letter(i // 26 - 1) + ascii_lowercase[i % 26]


def para_number(lang: str, article: int, i: int) -> str:
    """``(2)`` in Indonesian (ayat), ``3.2`` in English."""
    return f"({i})" if lang == "id" else f"{article}.{i}"


def render(doc: Document) -> str:
    """The whole document as Markdown text."""
    out: list[str] = []
    first = doc.langs[0]
    if doc.answers is not None:
        from mou_cli.document.embedded import front_matter

        out.append(front_matter(doc.answers).rstrip("\n"))
    for n, lang in enumerate(doc.langs):
        lines = doc.title_lines[lang]
        if n == 0:
            out.append(f"# {escape(lines[0])}")
            rest = lines[1:]
        else:
            rest = lines
        out.append("\\\n".join(f"**{escape(line)}**" for line in rest))
    for section in doc.sections:
        out.extend(_section(doc, section, first))
    if doc.signatures:
        out.extend(_signatures(doc))
    return "\n\n".join(block for block in out if block) + "\n"


def _section(doc: Document, section: Section, first: str) -> list[str]:
    out: list[str] = []
    if section.part == "article":
        heads = [
            f"{doc.heading(section, lang)} — {section.texts[lang].title}" for lang in doc.langs
        ]
        out.append("## " + escape(" / ".join(heads)))
    blocks = [section.texts[lang] for lang in doc.langs]
    numbered = section.part == "article" and len(blocks[0].paras) > 1
    for i, paras in enumerate(zip_longest(*(b.paras for b in blocks)), 1):
        for lang, para in zip(doc.langs, paras, strict=True):
            if para is None:
                continue
            text = _para(para, lang, section, i if numbered else None)
            out.append(text if lang == first else _quote(text))
    return out


def _para(para: Para, lang: str, section: Section, number: int | None) -> str:
    if len(para.items) == 1 and not para.text:  # one item is no list: the paragraph itself
        para = Para(para.items[0])
    lead = escape(para.text)
    if number is not None:
        lead = f"{para_number(lang, section.number or 0, number)} {lead}"
    if len(para.items) == 1:  # ... or a paragraph of its own after the text
        return f"{lead}\n\n{escape(para.items[0])}"
    if not para.items:
        return lead
    if section.part == "article":
        items = [f"- ({letter(j)}) {escape(item)}" for j, item in enumerate(para.items)]
    else:
        items = [f"{j}. {escape(item)}" for j, item in enumerate(para.items, 1)]
    return f"{lead}\n\n" + "\n".join(items) if para.text else "\n".join(items)


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _signatures(doc: Document) -> list[str]:
    sig = doc.signatures
    assert sig is not None
    out = []
    for lang in doc.langs:
        labels = sig.labels[lang]
        head = "| " + " | ".join(cell(s.label[lang]) for s in sig.signatories) + " |"
        rule = "|" + "---|" * len(sig.signatories)
        rows = [
            [f"{cell(labels['for_party'])} {cell(s.name)}" for s in sig.signatories],
            [
                f"*{cell(labels['e_stamp' if sig.e_meterai else 'stamp'])}*"
                if sig.stamp_duty
                else " "
                for _ in sig.signatories
            ],
            [f"**{cell(s.representative)}**" for s in sig.signatories],
            [cell(s.title[lang]) for s in sig.signatories],
        ]
        table = [head, rule] + ["| " + " | ".join(r) + " |" for r in rows]
        out.append("\n".join(table))
        if sig.witnesses:
            lines = [f"{escape(w.name)}, {escape(w.title[lang])}" for w in sig.witnesses]
            if len(lines) > 1:
                lines = [f"{k}. {line}" for k, line in enumerate(lines, 1)]
            head = labels["witnesses" if len(lines) > 1 else "witness"]
            out.append("\n".join([f"**{escape(head)}**", "", *lines]))
    return out
