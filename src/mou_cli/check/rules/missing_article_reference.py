"""MOU-K003: a reference to an article, paragraph or item that the draft does not have."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import may_hold, quote
from mou_cli.draft import Article, Chunk, Draft
from mou_cli.draft.numerals import number_value
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_NUM = r"(?P<n>[0-9]{1,3}|(?-i:[IVXL]{1,6})\b)"
_REF = lazy(
    rf"\b(?:Pasal|Article|Section|Clause|Klausul)s?\s+{_NUM}"
    r"(?:\.(?P<sub>[0-9]{1,2})(?:\.[0-9]{1,2}){0,2})?"
    r"(?:\s{0,2}ayat\s{0,2}(?:\((?P<par>[0-9]{1,2})\)|(?P<par2>[0-9]{1,2})\b)|\s{0,2}\((?P<par3>[0-9]{1,2})\))?"
    r"(?:\s{0,2}huruf\s{1,2}(?P<item2>[a-z])\b|\s{0,2}\((?P<item>[a-z])\))?"
    r"|\bayat\s{0,2}\((?P<own>[0-9]{1,2})\)",
    re.IGNORECASE,
)
# what follows a reference to a statute, a rule book or another document
_EXTERNAL = lazy(
    r"^[\w\s,()]{0,40}?\b(undang|uu\b|kitab|kuh|peraturan|perpres|permen|keputusan|pp\b"
    r"|civil code|law\b|laws\b|act\b|regulation|decree|convention|konvensi|rules|statute|code\b"
    r"|bani|icc|siac|uncitral|treaty|lampiran|annex|exhibit|schedule|appendix|attachment"
    r"|statement of work|sow\b)",
    re.IGNORECASE,
)
_LAW_BEFORE = lazy(
    r"\b(undang-undang|uu|kitab|kuh\w*|peraturan|perpres|keputusan|civil code|law|act|regulation"
    r"|decree|convention|konvensi|statute)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# another agreement: "Pasal 3 Nota Kesepahaman Nomor 12/2020", "Article 4 of the Master
# Agreement"; not this one ("Pasal 3 Perjanjian ini", "Article 4 of this Agreement")
_OTHER_DOC = lazy(
    r"^[\w\s,()]{0,30}?\b(?P<doc>nota kesepahaman|nota kesepakatan|memorandum|mou|moa|perjanjian"
    r"|agreement|kontrak|contract|addendum|adendum|amendment)\b(?P<rest>[^.;:]{0,40})",
    re.IGNORECASE,
)
_THIS = lazy(r"\b(?:this|the)\s+$", re.IGNORECASE)
_THIS_AFTER = lazy(r"^(?:\s+\w+){0,3}?\s+(?:ini|this|hereof)\b", re.IGNORECASE)
# "Pasal 8 KEUANGAN": a heading the reader did not take as one, not a reference
_TITLE_AFTER = lazy(r"\s{1,3}[A-Z]{4,}\b")
_PARA = lazy(r"^\s*(?:\((\d{1,2})\)|\d{1,3}\.(\d{1,2})\b)")
_ITEM = lazy(r"^\s*\(?([a-z])[.)]\s")


def _numbered(found: set[int], first: int, least: int = 2) -> int | None:
    """The last number of a numbering known with confidence: at least ``least`` numbers,
    starting at ``first``, four in five of the run there. None otherwise."""
    if len(found) < least or min(found) != first:
        return None
    last = max(found)
    return last if len(found) * 5 >= (last - first + 1) * 4 else None


def _structure(art: Article) -> tuple[set[int], dict[int | None, set[str]]]:
    """The paragraph numbers of an article, and the item letters under each paragraph (None:
    items before any numbered paragraph)."""
    paras: set[int] = set()
    items: dict[int | None, set[str]] = {}
    current: int | None = None
    for c in art.body:
        if m := _PARA.match(c.text):
            current = int(m[1] or m[2])
            paras.add(current)
        elif m := _ITEM.match(c.text):
            items.setdefault(current, set()).add(m[1])
    return paras, items


def _external(text: str, m: re.Match[str]) -> bool:
    """The reference is to a statute, rules, an annex or another document."""
    after = text[m.end() : m.end() + 80]
    before = text[max(0, m.start() - 60) : m.start()]
    if _EXTERNAL.match(after) or _LAW_BEFORE.search(before):
        return True
    doc = _OTHER_DOC.match(after)
    if not doc:
        return False
    lead = after[: doc.start("doc")]
    return not (_THIS.search(lead) or _THIS_AFTER.match(doc["rest"]))


@rule(
    id="MOU-K003",
    name="missing-article-reference",
    severity="error",
    summary="A reference points to an article, paragraph or item that does not exist.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Finds cross-references in every numbering style real drafts use ("Pasal 15", "Pasal 7 ayat
    (2)", "Pasal 5 ayat (2) huruf a", "ayat (3)" inside an article, "Article IV", "Section
    9.3", "Clause 3(b)") and resolves them against the articles the draft actually has, roman
    and arabic numbers alike ("Article IV" is the article numbered "4."): the article must
    exist and, where the article numbers its paragraphs or items, the paragraph or item too.

    It reports only what it can tell for sure: the draft's own numbering must be known (at
    least three articles found, numbered from 1 with at most one in five missing), and in a
    PDF or plain text, where a heading may be lost to OCR, only a reference past the last
    article counts. Paragraph and item references are checked the same way. References that
    are not to this agreement are skipped: statutes ("Pasal 1266 KUHPerdata", "Pasal 1320
    Kitab Undang-Undang Hukum Perdata", "Section 2 of the Act", "Article 31 of Law 24 of
    2009"), rules, annexes and schedules, and other agreements ("Pasal 7 Nota Kesepahaman
    Nomor 12/2024", "Article 5 of the Master Agreement"); so are headings the reader did not
    take as headings ("Pasal 8 KEUANGAN").

    ## Why is this bad?
    Articles get added, removed and renumbered while a draft is negotiated; references are
    rarely updated. A reference to nothing, or to the wrong article, makes the obligation
    that relies on it unclear.

    ## Example
    Indonesian:
    ```text
    (draf dengan 12 pasal)
    ... sebagaimana dimaksud dalam Pasal 15 ayat (2).
    ```
    English:
    ```text
    (a draft numbered "## 1. Premises", "## 2. Term", "## 3. Rent")
    ... See Article IV for the deposit, and Section 2.5 for renewals.
    ```

    ## Use instead
    Indonesian:
    ```text
    ... sebagaimana dimaksud dalam Pasal 11 ayat (2).
    ```
    English:
    ```text
    ... See Article 3 for the deposit, and Section 2.1 for renewals.
    ```
    """
    arts: dict[int, list[Article]] = {}
    for a in draft.articles:
        if a.number is not None:
            arts.setdefault(a.number, []).append(a)
    last = _numbered(set(arts), 1, least=3)
    if last is None:
        return  # too few articles found, or numbered too loosely, to tell what is missing
    typed = draft.source_format in ("md", "docx")  # no OCR: a gap in the numbering is real
    by_label = {a.label: a for a in draft.articles}
    shapes: dict[int, tuple[set[int], dict[int | None, set[str]]]] = {}

    def shape(arts_: list[Article]) -> tuple[set[int], dict[int | None, set[str]]]:
        key = id(arts_[0])
        if key not in shapes:
            paras: set[int] = set()
            items: dict[int | None, set[str]] = {}
            for a in arts_:
                p, i = _structure(a)
                paras |= p
                for k, v in i.items():
                    items.setdefault(k, set()).update(v)
            shapes[key] = (paras, items)
        return shapes[key]

    for chunk in draft.chunks:
        if chunk.kind in ("title", "heading"):
            continue
        if not may_hold(draft, chunk, ("pasal", "article", "section", "clause", "klausul", "ayat")):
            continue  # every match of _REF holds one
        text = chunk.text
        for m in _REF.finditer(text):
            if _external(text, m):
                continue
            if m["own"]:
                own = by_label.get(chunk.loc.article or "")
                if own is None:
                    continue
                paras, _ = shape([own])
                top = _numbered(paras, 1)
                if top is not None and int(m["own"]) > top:
                    yield _hit(chunk, m, f"ayat ({m['own']})", f"{own.label}")
                continue
            if (m.start() < 5 and not text[: m.start()].strip(" *#")) or _TITLE_AFTER.match(
                text, m.end()
            ):
                continue  # a heading inside a paragraph, not a reference
            num = number_value(m["n"])
            if num is None or (num >= 100 and last < 50):
                continue  # a statute's article number ("Pasal 1266")
            if num not in arts:
                if num > last or (typed and num > 0):
                    yield _hit(chunk, m, m.group().strip(), "")
                continue
            paras, items = shape(arts[num])
            par = m["sub"] or m["par"] or m["par2"] or m["par3"]
            top = _numbered(paras, 1)
            if par and top is not None and int(par) > top:
                yield _hit(chunk, m, m.group().strip(), "")
                continue
            item = m["item"] or m["item2"]
            letters = items.get(int(par), set()) if par else set().union(*items.values())
            known = letters and _numbered({ord(x) for x in letters}, ord("a"))
            if item and known and item.lower() > max(letters):
                yield _hit(chunk, m, m.group().strip(), "")


def _hit(chunk: Chunk, m: re.Match[str], ref: str, within: str) -> Hit:
    where_en = f" in {within}" if within else ""
    where_id = f" dalam {within}" if within else ""
    return Hit(
        msg(
            f"“{ref}” merujuk ke bagian yang tidak ada{where_id}.",
            f"“{ref}” refers to something that does not exist{where_en}.",
        ),
        chunk.loc,
        quote(chunk.text, m.start(), m.end()),
        msg(
            "Perbaiki rujukan atau tambahkan pasal yang dirujuk.",
            "Correct the reference, or add the article it points to.",
        ),
    )
