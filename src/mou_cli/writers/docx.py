"""The DOCX writer: the document tree as a Word document a legal team can send out as it is.

Layout, in document order:

1. A cover page, a section of its own (no header, footer or page number): the title lines,
   the date and place. Bilingual documents give each line in Indonesian with the English
   beneath it.
2. The agreement (with the running header and the page footer "Halaman 1 dari N", numbered
   from its first page and counting its own pages only): the title
   block as one ``Agreement Title`` paragraph, then each section of the tree. Opening, recitals
   and closing paragraphs use ``Opening``/``Recital``/``Closing`` with ``List Item`` lists
   numbered ``1.``, ``2.`` (the parties of the komparisi, the recitals; the same in both
   languages). An article is an ``Article Heading`` paragraph (Word numbers it "Pasal 1"; the
   title follows a line break) bookmarked for cross references, then ``Clause`` paragraphs
   (Word numbers them ``(1)``/``1.1``) or one ``Clause Text`` paragraph, and ``Clause Item``
   lists ``(a)``. A list of one item is a plain paragraph, never ``a.`` or ``(a)`` alone.
   A bilingual document puts each section in a two-column ``Bilingual Table``: a row for the
   headings, then a row per paragraph, Indonesian left and English right; the English
   paragraphs use the ``... (English)`` styles.
3. The signature table (see :mod:`docx_signatures`), then, when asked, the checklist annex in
   a second section with its own header.

"Pasal 7"/"Article 7" in clause text becomes a ``REF`` field to article 7's heading, so a
renumbered article updates its references when Word updates fields.

User text is data: every value goes into ``w:t`` text nodes, escaped by lxml, and is never
read as markup or as a template. What a DOCX cannot hold is substituted, never an error (see
:func:`~mou_cli.writers.docx_xml.clean`): control characters other than tab and newline are
dropped, CR and CRLF become line breaks, a lone surrogate becomes U+FFFD (the answers loader
refuses those first). The core properties (title, subject, keywords) are made one line and cut
to 255 characters with "…"; the text of the document itself is never cut.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from copy import deepcopy
from itertools import zip_longest
from typing import Any

from mou_cli.document.checklist import Row
from mou_cli.document.embedded import check_json, dump_answers
from mou_cli.document.facts import Facts
from mou_cli.errors import MouError
from mou_cli.tree import Document, Para, Section
from mou_cli.writers import docx_base
from mou_cli.writers.docx_layout import Body, Container, Table, footer, header, page, para
from mou_cli.writers.docx_numbering import Numbering
from mou_cli.writers.docx_package import add_answers, package_bytes
from mou_cli.writers.docx_signatures import checklist_annex, signature_block
from mou_cli.writers.docx_styles import LANG_TAG, PAPER, install, text_width, variant
from mou_cli.writers.docx_xml import (
    NO_BREAK_HYPHEN,
    Element,
    bookmark,
    clean,
    el,
    field,
    put,
    run,
    w,
)

# python-docx (and Word's File > Info) hold at most 255 characters in a core property.
PROPERTY_MAX = 255
# Title lines set smaller on the cover: the words between the names.
_CONNECTORS = {"ANTARA", "DAN", "TENTANG", "BETWEEN", "AND", "ON"}
# "Pasal 6 UU 27/2022", "Article 1266 of the Civil Code": references to laws, not to articles.
_EXTERNAL = re.compile(
    r"(?:\s*(?:ayat\s*\(\d+\)|huruf\s+[a-z]\b|paragraph\s*\(\d+\)|\(\d+\)))*"
    r"(?:\s*(?:,|dan|and|atau|or|jo\.|juncto)\s*(?:Pasal|Article)?\s*\d+)*\s*"
    r"(?:Undang|UU\b|KUH|Kitab|Peraturan|PP\b|Perpres|Permen|Burgerlijk|BW\b"
    r"|of\s+(?:the\s+)?(?:Law|Civil|Government|Regulation|Indonesian|Presidential)"
    r"|(?:Law|Civil\s+Code|Regulation|Act)\b)",
    re.IGNORECASE,
)
_PART_STYLE = {"front": "Opening", "recitals": "Recital", "closing": "Closing"}


def render(
    doc: Document,
    *,
    paper: str = "A4",
    paraf: bool = False,
    checklist: Sequence[Row] | None = None,
    facts: Facts | None = None,
) -> bytes:
    """The whole document as DOCX bytes.

    ``paper`` is ``A4`` or ``Letter``; ``paraf`` puts an initials box per party in the footer
    of every page; ``checklist`` rows, when given, become an annex after the signatures. When
    the tree carries its answers, they are embedded as a custom XML part (see
    :mod:`mou_cli.document.embedded`), with ``facts`` (the facts of those answers, for
    `mou check`) when given.
    """
    from docx import Document as open_docx

    key = paper.upper()
    if key not in PAPER:
        raise MouError(f"unknown paper size '{paper}'; use A4 or Letter")
    d = open_docx(str(docx_base.path()))
    _properties(d, doc)
    numbering = Numbering(d, compact=len(doc.langs) > 1)
    nums = {
        lang: numbering.articles(lang, doc.article_label[lang], i == 0)
        for i, lang in enumerate(doc.langs)
    }
    install(d, doc.langs, nums, key)
    _Writer(d, doc, numbering, key).write(paraf, checklist)
    if doc.answers is not None:
        check = None if facts is None else check_json(doc.answers, facts)
        add_answers(d, dump_answers(doc.answers), check)
    return package_bytes(d)


def _prop(text: str) -> str:
    """A core property value: one line, cut to the 255 characters the format allows."""
    text = " ".join(clean(text).split())
    return text if len(text) <= PROPERTY_MAX else text[: PROPERTY_MAX - 1] + "…"


def _properties(d: Any, doc: Document) -> None:
    core = d.core_properties
    meta = doc.meta
    core.title = _prop(meta.get("title", ""))
    core.subject = _prop(meta.get("subject", ""))
    core.author = _prop(meta.get("author", ""))
    core.keywords = _prop(meta.get("keywords", ""))
    core.category = _prop(meta.get("kind", ""))
    core.language = ", ".join(LANG_TAG.get(lang, lang) for lang in doc.langs)
    core.comments = ""
    core.last_modified_by = ""
    core.created = core.modified = _now()


def _now() -> dt.datetime:
    """The creation time; ``SOURCE_DATE_EPOCH`` fixes it, for byte-identical rebuilds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


class _Writer:
    """Writes one document's body into a prepared python-docx document."""

    def __init__(self, d: Any, doc: Document, numbering: Numbering, paper: str) -> None:
        self.d = d
        self.doc = doc
        self.body = Body(d)
        self.numbering = numbering
        self.paper = paper
        self.first = doc.langs[0]
        self.refs = {lang: _ref_pattern(doc.article_label[lang]) for lang in doc.langs}
        self.marks = {
            (lang, s.number): f"_Ref_{lang}_{s.number}"
            for s in doc.articles()
            for lang in doc.langs
        }
        self._mark_id = 0

    def style(self, name: str, lang: str) -> str:
        return name if lang == self.first else variant(name, lang)

    def labels(self, key: str) -> list[str]:
        return [self.doc.labels[lang][key] for lang in self.doc.langs]

    # -- the parts of the document, in order ------------------------------------------------

    def write(self, paraf: bool, checklist: Sequence[Row] | None) -> None:
        from docx.enum.section import WD_SECTION

        doc, d = self.doc, self.d
        main = d.sections[0]
        page(main, self.paper)
        self.cover(main)
        # Numbered from its own first page: the cover is not counted ("Halaman 1 dari N").
        put(main._sectPr, el("pgNumType", start=1))
        number = doc.meta.get("number", "")
        header(
            main,
            clean(doc.meta.get("title", "")),
            clean(doc.labels[self.first].get("number", "{number}").format(number=number))
            if number
            else "",
        )
        initials = []
        if paraf and doc.signatures:
            word = " / ".join(dict.fromkeys(self.labels("paraf")))
            initials = [clean(f"{word}\n{s.label[self.first]}") for s in doc.signatures.signatories]
        footer(
            main,
            [(lab["page"], lab["of"]) for lab in doc.labels.values()],
            initials,
            self.paper,
            estimated_pages(doc),
        )
        self.title_block()
        for section in doc.sections:
            if len(doc.langs) == 1:
                self.section(self.body, section, self.first)
            else:
                self.bilingual(section)
        if doc.signatures:
            signature_block(self.body, doc.signatures, doc.langs, self.paper)
        if checklist:
            annex = d.add_section(WD_SECTION.NEW_PAGE)
            annex.different_first_page_header_footer = False
            labels = doc.labels[self.first]
            header(annex, clean(labels["checklist"]), "")
            footer(annex, [], [], self.paper)
            checklist_annex(self.body, checklist, self.first, labels, self.paper)

    def cover(self, main: Any) -> None:
        """The cover page, as a section of its own (no header, no footer, no page number)."""
        lines = self.doc.title_lines
        langs = self.doc.langs
        if len(langs) == 2 and len(lines[langs[0]]) == len(lines[langs[1]]):
            for i, (a, b) in enumerate(zip(lines[langs[0]], lines[langs[1]], strict=True)):
                if a == b or (a in _CONNECTORS and b in _CONNECTORS):
                    para(self.body, _cover_style(i, a), clean(a if a == b else f"{a} / {b}"))
                else:
                    para(self.body, _cover_style(i, a), clean(a))
                    para(self.body, "Cover Translation", clean(b))
        else:
            for n, lang in enumerate(langs):
                for i, line in enumerate(lines[lang]):
                    style = _cover_style(i, line) if n == 0 else "Cover Translation"
                    para(self.body, style, clean(line))
        meta = self.doc.meta
        if meta.get("date") or meta.get("place"):
            when = self.doc.labels[self.first]["date_place"].format(
                place=meta.get("place", ""), date=meta.get("date", "")
            )
            para(self.body, "Cover Date", unbreakable_dates(clean(when.strip(", "))))
        end = el("sectPr", el("pPr", self.body.add(el("p"))))
        for tag in ("pgSz", "pgMar"):
            put(end, deepcopy(main._sectPr.find(w(tag))))

    def title_block(self) -> None:
        langs = self.doc.langs
        if len(langs) == 1:
            para(self.body, "Agreement Title", clean("\n".join(self.doc.title_lines[langs[0]])))
            return
        # LibreOffice loses the page numbering of a section that starts with a table: an
        # empty, one-point paragraph comes first.
        para(self.body, "Section Start")
        half = text_width(self.paper) // 2
        t = Table(self.body, [half, half], "Bilingual Table")
        for cell, lang in zip(t.row(), langs, strict=True):
            text = clean("\n".join(self.doc.title_lines[lang]))
            para(cell, self.style("Agreement Title", lang), text)

    def section(self, container: Container, section: Section, lang: str) -> None:
        block = section.texts[lang]
        if section.part == "article":
            self.heading(container, section, lang)
        numbered = section.part == "article" and len(block.paras) > 1
        for para_ in block.paras:
            self.para(container, para_, section, lang, numbered)

    def bilingual(self, section: Section) -> None:
        langs = self.doc.langs
        half = text_width(self.paper) // 2
        t = Table(self.body, [half] * len(langs), "Bilingual Table")
        if section.part == "article":
            for cell, lang in zip(t.row(), langs, strict=True):
                self.heading(cell, section, lang)
        blocks = [section.texts[lang] for lang in langs]
        numbered = section.part == "article" and len(blocks[0].paras) > 1
        for paras in zip_longest(*(b.paras for b in blocks)):
            for cell, lang, para_ in zip(t.row(keep=False), langs, paras, strict=True):
                if para_ is not None:
                    self.para(cell, para_, section, lang, numbered)

    # -- paragraphs ---------------------------------------------------------------------------

    def heading(self, container: Container, section: Section, lang: str) -> None:
        p = para(container, self.style("Article Heading", lang))
        run(p, "\n" + clean(section.texts[lang].title))
        self._mark_id += 1
        bookmark(p, self.marks[(lang, section.number)], self._mark_id)

    def para(
        self, container: Container, p_: Para, section: Section, lang: str, numbered: bool
    ) -> None:
        """A paragraph and its list. A list of one item is no list: the item is a paragraph
        of its own (in a numbered sub-clause, unnumbered and indented as the sub-clause's text),
        or the paragraph itself when there is no text before it."""
        if len(p_.items) == 1 and not p_.text:
            p_ = Para(p_.items[0])
        if section.part == "article":
            lead = "Clause" if numbered else "Clause Text"
            item_style, list_id = self.style("Clause Item", lang), None
            single = "Clause Continuation" if numbered else lead
        else:
            lead = _PART_STYLE.get(section.part, "Opening")
            item_style, list_id = self.style("List Item", lang), None
            single = lead
            if len(p_.items) > 1:
                list_id = self.numbering.new_list()
        if p_.text or numbered:
            self.text(para(container, self.style(lead, lang)), p_.text, lang)
        if len(p_.items) == 1:
            self.text(para(container, self.style(single, lang)), p_.items[0], lang)
            return
        for item in p_.items:
            p = para(container, item_style)
            if list_id is not None:
                numpr = el("numPr")
                numpr.append(el("ilvl", val=0))
                numpr.append(el("numId", val=list_id))
                put(p[0], numpr)
            self.text(p, item, lang)

    def text(self, p: Element, text: str, lang: str) -> None:
        """``text`` into ``p``, each reference to an article of this document a REF field,
        and no date broken across two lines."""
        text = unbreakable_dates(clean(text))
        at = 0
        for m in self.refs[lang].finditer(text):
            mark = self.marks.get((lang, int(m.group(1))))
            if mark is None or _EXTERNAL.match(text, m.end()):
                continue
            if m.start() > at:
                run(p, text[at : m.start()])
            field(p, f"REF {mark} \\r \\h", m.group(0))
            at = m.end()
        if at < len(text):
            run(p, text[at:])


# Characters of clause text on a page of the body, and the part of a page each row of the
# signature block takes (two signatories a row, the witnesses one more), fitted on the bundled
# examples and the shared scenarios as LibreOffice 7.4 lays them out (A4, the styles of
# docx_styles): one column, or the longer language of two side by side. On those 11 drafts the
# estimate is the page count LibreOffice gives, each within half a page.
_CHARS_PER_PAGE = {1: 1850, 2: 1090}
_PAGES_PER_SIGNATURE_ROW = 0.3
_PAGES_BESIDE = 0.2  # the opening lines, spacing and the closing


def estimated_pages(doc: Document) -> int:
    """How many pages the body will take, within a page or so: the page total the footer
    shows until Word counts (a PDF counts it exactly; see ``pdf.paged``)."""
    longest = 0
    for lang in doc.langs:
        chars = 0
        for s in doc.sections:
            block = s.texts[lang]
            chars += len(block.title or "") + 40  # a heading takes a line or two
            chars += sum(len(p.text) + sum(len(i) for i in p.items) for p in block.paras)
        longest = max(longest, chars)
    sig = doc.signatures
    rows = (len(sig.signatories) + 1) // 2 + (1 if sig.witnesses else 0) if sig else 0
    pages = longest / _CHARS_PER_PAGE[min(len(doc.langs), 2)]
    return max(1, round(pages + _PAGES_PER_SIGNATURE_ROW * rows + _PAGES_BESIDE))


_MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember "
    "January February March May June July August October December"
)
_DATE = re.compile(rf"\b\d{{1,2}} (?:{'|'.join(_MONTHS.split())}) \d{{4}}\b")
_NUMERIC_DATE = re.compile(r"(?<![\w-])\d{1,2}-\d{1,2}-\d{4}(?![\w-])")


def unbreakable_dates(text: str) -> str:
    """``15 Januari 2027`` with non-breaking spaces and ``(15-01-2027)`` with non-breaking
    hyphens, so a line never ends inside a date."""
    text = _DATE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)
    return _NUMERIC_DATE.sub(lambda m: m.group(0).replace("-", NO_BREAK_HYPHEN), text)


def _cover_style(i: int, line: str) -> str:
    if i == 0:
        return "Cover Title"
    return "Cover Connector" if line in _CONNECTORS else "Cover Line"


def _ref_pattern(label: str) -> re.Pattern[str]:
    """``Pasal {n}`` -> a pattern for ``Pasal 7`` (group 1 is the number)."""
    before, _, after = label.partition("{n}")
    return re.compile(rf"(?<!\w){re.escape(before)}(\d+)(?!\d){re.escape(after)}")
