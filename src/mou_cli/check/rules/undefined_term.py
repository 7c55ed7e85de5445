"""MOU-K006: a term or party name used as defined but never defined."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from mou_cli.check.parties import find_parties
from mou_cli.check.registry import Hit, rule
from mou_cli.check.terms import Definition, definitions, stem
from mou_cli.check.text import front, lang_of, quote
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_ORDINAL = lazy(
    r"\bPIHAK (KE[A-Z]+|PERTAMA)\b|\bthe (First|Second|Third|Fourth) Party\b|\bParty [A-D]\b"
)
# a party's block in a form: the label alone on a line, then the party's particulars
_PARTICULARS = lazy(r"^\W{0,4}(?:Nama|Name|Nama Perusahaan|Company)\b|\b(?:PT|CV)\.?\s[A-Z]")
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


# A term is a name, not a term, when it starts or ends with one of these words (institutions,
# places, laws, documents of the state). Terms come from _THE: words of letters joined by single
# spaces, so the regex ^(FIRST)\b|\b(LAST)$ comes down to the first and the last word.
_GENERIC_FIRST = frozenset(
    """Agreement Memorandum Parties Party Annex Appendix Schedule Article Section Clause Republic
    Government Ministry Minister President Court Law Laws Act Regulation Code Rules Centre Center
    Chamber Convention Province Provinces Regency Regencies City Cities Island Islands District
    Districts Village Villages County State States Region Kingdom Commonwealth United European
    Netherlands Philippines Bahamas Gambia Maldives Hague Vatican Internet Board Rector Director
    Chairman Chief Head Dean Governor Mayor Regent Indonesian English Bahasa Civil Constitution
    Department Office Agency Authority Council Commission Secretariat Embassy Consulate Faculty
    School College Hospital Police Parliament Senate Congress Supreme High National Federal
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()  # noqa: SIM905
)
_GENERIC_LAST = frozenset(
    """Law Laws Act Code Court Courts Rules Centre Center Arbitration Ministry Republic University
    Regulation Regulations Convention Treaty Charter Constitution Declaration Protocol Institute
    Association Bank Agency Foundation Office Department Council Commission Authority Committee
    Company Corporation Group Hospital School College Faculty Organization Organisation Network
    Government Province Provinces Regency City District Island Islands State States Region
    Kingdom Union Nations Police""".split()  # noqa: SIM905
)


def _generic(term: str) -> bool:
    words = term.split(" ")
    return words[0] in _GENERIC_FIRST or words[-1] in _GENERIC_LAST or "of" in words


def _heading_like(text: str) -> bool:
    """A heading or a title line in body text: no lower-case letter, or a few words, mostly
    capitalised."""
    if text == text.upper():
        return True  # no lower-case letter
    if len(text) > 160:
        return False
    words = [w for w in text.split() if w[:1].isalpha()]
    caps = sum(w[0].isupper() for w in words)
    return len(words) <= 12 and caps * 3 >= len(words) * 2


# PARA PIHAK, or PIHAK standing alone ("salah satu PIHAK"), used as labels
_PARA_PIHAK = lazy(r"\bPARA PIHAK\b")
_PIHAK = lazy(r"(?<!PARA )\bPIHAK(?= {1,3}[a-z])")  # "salah satu PIHAK dapat", "PIHAK lain"
# a capitalised name introduced in brackets after what it stands for: "customer database
# (Database)", "(the Sponsor)"
_INTRODUCED = lazy(r"\((?:the )?([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\)")


@rule(
    id="MOU-K006",
    name="undefined-term",
    severity="warning",
    summary="A capitalised term or party label is used but never defined.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Reports three kinds of use without a definition:

    - a party label ("PIHAK KETIGA", "the Second Party", "Party B") that the opening never
      assigns to anyone;
    - "PARA PIHAK", or "PIHAK" standing alone ("salah satu PIHAK"), written in capitals as a
      label although no sentence says "secara bersama-sama disebut PARA PIHAK" or
      "masing-masing disebut PIHAK";
    - in English, a capitalised term used at least twice after "the" in mid-sentence ("the
      Programme", "the Project Results") that is never defined (singular and plural count as
      one: "Deliverables" defines "the Deliverable"), is not a name from the opening, and is not
      a name of a place, law, court or institution ("the Provinces of Aceh", "the Ministry of
      Health", "the Singapore International Arbitration Centre"). Headings, lines in capitals
      and sentence starts are not read. Indonesian capitalises many ordinary nouns, so this
      check runs only on English text.

    ## Why is this bad?
    A capital letter tells the reader "this has a defined meaning". If no definition exists,
    each party can give the term the meaning it prefers; a label given to no party binds nobody.

    ## Example
    Indonesian:
    ```text
    (komparisi hanya menyebut PIHAK PERTAMA dan PIHAK KEDUA)
    PIHAK KETIGA menyediakan lahan uji coba. PARA PIHAK melaksanakan Program bersama.
    ```
    English:
    ```text
    The University will host the Programme. Costs of the Programme are shared.
    (no definition of "Programme")
    ```

    ## Use instead
    Indonesian:
    ```text
    PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.
    PIHAK KEDUA menyediakan lahan uji coba. PARA PIHAK melaksanakan Program bersama.
    ```
    English:
    ```text
    The Parties will run a farmer training programme in Sleman (the "Programme").
    ```
    """
    defs = definitions(draft)
    defined = {d.term.lower() for d in defs}
    opening = " ".join(c.text for c in front(draft))
    english_labels = any("First Party" in c.text for c in draft.chunks)
    for i, chunk in enumerate(draft.chunks):
        if "PIHAK" not in chunk.text and "Party" not in chunk.text:
            continue  # every match of _ORDINAL holds one
        for m in _ORDINAL.finditer(chunk.text):
            label = m.group().removeprefix("the ")
            if label.lower() in defined or label in opening:
                continue
            if _form_block(draft, i, label):
                defined.add(label.lower())  # the party's block in a form names it
                continue
            if m[2] in ("Third", "Fourth") and not english_labels:
                continue  # "the Third Party" of a draft without "the First Party": a third party
            yield _hit(chunk, m, label)
            defined.add(label.lower())
    yield from _pihak(draft, defined)
    if not defs:
        return  # a draft that defines nothing uses capitals as names
    yield from _capitalised(draft, defs, opening)


def _form_block(draft: Draft, i: int, label: str) -> bool:
    """The chunk at ``i`` is the label alone ("### PIHAK PERTAMA", "PIHAK KEDUA:") and the next
    chunks give a party's particulars ("Nama Perusahaan: PT ...")."""
    if draft.chunks[i].text.strip(" *#:") != label:
        return False
    return any(_PARTICULARS.search(c.text) for c in draft.chunks[i + 1 : i + 4])


def _pihak(draft: Draft, defined: set[str]) -> Iterator[Hit]:
    """PARA PIHAK and PIHAK used as labels in running text, never defined."""
    for label, pattern in (("PARA PIHAK", _PARA_PIHAK), ("PIHAK", _PIHAK)):
        if label.lower() in defined:
            continue
        for chunk in draft.chunks:
            if chunk.in_signature or label not in chunk.text or _heading_like(chunk.text):
                continue
            m = pattern.search(chunk.text)
            if m:
                yield _hit(chunk, m, label)
                break


def _capitalised(draft: Draft, defs: list[Definition], opening: str) -> Iterator[Hit]:
    """English capitalised terms used after "the" in mid-sentence, at least twice, never
    defined and not names."""
    names = [d.term for d in defs] + [n for p in find_parties(draft) for n in p.names]
    for chunk in draft.chunks:
        if "(" in chunk.text:
            names += [m[1] for m in _INTRODUCED.finditer(chunk.text)]
    stems = {f" {stem(n)} " for n in names if len(n) > 1}
    counts: Counter[str] = Counter()
    first: dict[str, tuple[Chunk, re.Match[str]]] = {}
    for chunk in draft.chunks:
        if chunk.in_signature or lang_of(chunk, draft) != "en" or chunk.kind == "heading":
            continue
        if _heading_like(chunk.text):
            continue
        for m in _the(chunk.text):
            term = m[1]
            if _generic(term) or term in opening:
                continue
            low = f" {stem(term)} "
            if any(s in low for s in stems):
                continue  # defined, a party, or part of a defined term
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
