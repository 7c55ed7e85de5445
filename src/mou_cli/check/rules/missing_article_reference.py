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

_NUM = r"(\d{1,3}|[IVXL]{1,6}\b)"
_REF = lazy(
    rf"\b(?:Pasal|Article|Section|Clause|Klausul)s?\s+{_NUM}(?:\.(?P<sub>\d{{1,2}}))?"
    rf"(?:\s*ayat\s*|\s*)(?:\((?P<par>\d{{1,2}})\))?(?:\s*huruf\s*|\s*)(?:\((?P<item>[a-z])\))?"
    rf"|\bayat\s*\((?P<own>\d{{1,2}})\)",
    re.IGNORECASE,
)
_EXTERNAL = lazy(
    r"^[\w\s,()]{0,40}?\b(undang|uu\b|kitab|kuh|peraturan|perpres|keputusan|pp\b|civil code|law"
    r"|act\b|regulation|decree|convention|konvensi|rules|statute|code\b|bani|icc|siac|uncitral)",
    re.IGNORECASE,
)
_LAW_BEFORE = lazy(
    r"\b(undang-undang|uu|kitab|kuh\w*|peraturan|perpres|keputusan|civil code|law|act|regulation"
    r"|decree|convention|konvensi|statute)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_PARA = lazy(r"^\s*(?:\((\d{1,2})\)|\d{1,3}\.(\d{1,2})\b)")
_ITEM = lazy(r"^\s*\(?([a-z])[.)]\s")


def _paras(art: Article) -> set[int]:
    return {int(m[1] or m[2]) for c in art.body if (m := _PARA.match(c.text))}


def _items(art: Article) -> set[str]:
    return {m[1] for c in art.body if (m := _ITEM.match(c.text))}


@rule(
    id="MOU-K003",
    name="missing-article-reference",
    severity="error",
    summary="A reference points to an article, paragraph or item that does not exist.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Finds cross-references in the forms real drafts use ("Pasal 15", "Pasal 7 ayat (2)",
    "ayat (3)" inside an article, "Article IV", "Section 9.3", "clause 4(b)") and checks that
    the article exists, and, where the article numbers its paragraphs or items, that the
    paragraph or item exists too. References to statutes ("Pasal 1266 Kitab Undang-Undang
    Hukum Perdata", "Article 31 of Law 24 of 2009") are skipped.

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
    (a draft with 12 articles)
    ... subject to Section 14.3.
    ```

    ## Use instead
    Indonesian:
    ```text
    ... sebagaimana dimaksud dalam Pasal 11 ayat (2).
    ```
    English:
    ```text
    ... subject to Section 11.3.
    ```
    """
    arts: dict[int, list[Article]] = {}
    for a in draft.articles:
        if a.number is not None:
            arts.setdefault(a.number, []).append(a)
    if not arts:
        return
    by_label = {a.label: a for a in draft.articles}
    # paragraphs and items of each article, computed once however many references point there
    paras_of: dict[int, set[int]] = {}
    items_of: dict[int, set[str]] = {}

    def paras(a: Article) -> set[int]:
        if id(a) not in paras_of:
            paras_of[id(a)] = _paras(a)
        return paras_of[id(a)]

    def items(a: Article) -> set[str]:
        if id(a) not in items_of:
            items_of[id(a)] = _items(a)
        return items_of[id(a)]

    for chunk in draft.chunks:
        if chunk.kind in ("title", "heading"):
            continue
        if not may_hold(draft, chunk, ("pasal", "article", "section", "clause", "klausul", "ayat")):
            continue  # every match of _REF holds one
        for m in _REF.finditer(chunk.text):
            before = chunk.text[max(0, m.start() - 60) : m.start()]
            if _EXTERNAL.match(chunk.text[m.end() : m.end() + 80]) or _LAW_BEFORE.search(before):
                continue
            if m["own"]:
                own = by_label.get(chunk.loc.article or "")
                own_paras = paras(own) if own else set()
                if own and own_paras and int(m["own"]) not in own_paras:
                    yield _hit(chunk, m, f"ayat ({m['own']})", f"{own.label}")
                continue
            num = number_value(m[1])
            if num is None:
                continue
            if num not in arts:
                yield _hit(chunk, m, m.group().strip(), "")
                continue
            par = m["sub"] or m["par"]
            there = set().union(*(paras(a) for a in arts[num]))
            if par and there and int(par) not in there:
                yield _hit(chunk, m, m.group().strip(), "")
            listed = set().union(*(items(a) for a in arts[num]))
            if m["item"] and not par and listed and m["item"] not in listed:
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
