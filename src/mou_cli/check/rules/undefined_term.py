"""MOU-K006: a term or party name used as defined but never defined."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.terms import definitions
from mou_cli.check.text import front, lang_of, quote
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_ORDINAL = lazy(
    r"\bPIHAK (KE[A-Z]+|PERTAMA)\b|\b(?:the )?(First|Second|Third|Fourth) Party\b"
    r"|\bParty [A-D]\b"
)
# "the Programme" in mid-sentence: the regex is (?<=[a-z,;] )the (...); the look-behind is
# checked by hand (_the) so that the scan can jump from one "the " to the next
_THE = lazy(r"the ((?:[A-Z][a-z]+)(?: (?:[A-Z][a-z]+|of|and)){0,3}(?<!of|nd))\b")
_BEFORE_THE = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def _the(text: str) -> Iterator[re.Match[str]]:
    """The matches of (?<=[a-z,;] )the (...), left to right, as ``finditer`` gives them."""
    pos = 0
    while (m := _THE.search(text, pos)) is not None:
        s = m.start()
        if s >= 2 and text[s - 1] == " " and text[s - 2] in _BEFORE_THE:
            yield m
            pos = m.end()
        else:
            pos = s + 1


# A term is generic when it starts or ends with one of these words. Terms come from _THE: words
# of letters joined by single spaces, so the regex ^(FIRST)\b|\b(LAST)$ comes down to the first
# and the last word.
_GENERIC_FIRST = frozenset(
    """Agreement Memorandum Parties Party Annex Appendix Schedule Article Section Clause Republic
    Government Ministry Minister President Court Law Laws Act Regulation Code Rules Centre Center
    Chamber Convention Province Regency City Island District Board Rector Director Chairman Chief
    Indonesian English Bahasa Civil Constitution State""".split()  # noqa: SIM905
)
_GENERIC_LAST = frozenset(
    """Law Act Code Court Rules Centre Center Arbitration Ministry Republic University Regulation
    Convention Institute Association Bank Agency""".split()  # noqa: SIM905
)


def _generic(term: str) -> bool:
    words = term.split(" ")
    return words[0] in _GENERIC_FIRST or words[-1] in _GENERIC_LAST


@rule(
    id="MOU-K006",
    name="undefined-term",
    severity="warning",
    summary="A capitalised term or party label is used but never defined.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports two kinds of use without a definition:

    - a party label ("PIHAK KETIGA", "the Second Party", "Party B") that the opening never
      assigns to anyone;
    - in English, a capitalised term used at least twice after "the" in mid-sentence ("the
      Programme", "the Project Results") that is never defined, is not a name from the
      opening, and is not a law, court or institution. Indonesian capitalises many ordinary
      nouns, so this second check runs only on English text.

    ## Why is this bad?
    A capital letter tells the reader "this has a defined meaning". If no definition exists,
    each party can give the term the meaning it prefers; a label given to no party binds nobody.

    ## Example
    Indonesian:
    ```text
    (komparisi hanya menyebut PIHAK PERTAMA dan PIHAK KEDUA)
    PIHAK KETIGA menyediakan lahan uji coba.
    ```
    English:
    ```text
    The University will host the Programme. Costs of the Programme are shared.
    (no definition of "Programme")
    ```

    ## Use instead
    Indonesian:
    ```text
    PIHAK KEDUA menyediakan lahan uji coba.
    ```
    English:
    ```text
    The Parties will run a farmer training programme in Sleman (the "Programme").
    ```
    """
    defs = definitions(draft)
    defined = {d.term.lower() for d in defs}
    opening = " ".join(c.text for c in front(draft))
    for chunk in draft.chunks:
        if "PIHAK" not in chunk.text and "Party" not in chunk.text:
            continue  # every match of _ORDINAL holds one
        for m in _ORDINAL.finditer(chunk.text):
            label = m.group().removeprefix("the ")
            if label.lower() not in defined and label not in opening:
                yield _hit(chunk, m, label)
                defined.add(label.lower())
    if not defs:
        return  # a draft that defines nothing uses capitals as names
    counts: Counter[str] = Counter()
    first: dict[str, tuple[Chunk, re.Match[str]]] = {}
    for chunk in draft.chunks:
        if chunk.in_signature or lang_of(chunk, draft) != "en" or chunk.kind == "heading":
            continue
        for m in _the(chunk.text):
            term = m[1]
            if _generic(term) or term in opening:
                continue
            if any(d in term.lower() for d in defined if len(d) > 3):
                continue
            counts[term] += 1
            first.setdefault(term, (chunk, m))
    for term, n in counts.items():
        if n >= 2:
            yield _hit(*first[term], term)


def _hit(chunk: Chunk, m: re.Match[str], term: str) -> Hit:
    return Hit(
        msg(
            f"“{term}” dipakai sebagai istilah terdefinisi, tetapi tidak pernah didefinisikan.",
            f"“{term}” is used as a defined term but is never defined.",
        ),
        chunk.loc,
        quote(chunk.text, m.start(), m.end()),
        msg(
            "Definisikan saat pertama kali muncul, atau tulis dengan huruf kecil.",
            "Define it where it first appears, or write it in lower case.",
        ),
    )
