"""The answers as one language of the document prints them.

A text a party or the law gives that differs by language (a signatory's title, a country, a
court, an arbitration seat, the governing law) is resolved to ``lang``: a ``{id, en}`` value
as given, a plain string through :mod:`mou_cli.model_base`'s tables ("Singapore" reads
"Singapura" in Indonesian, "Director" reads "Direktur"). The clause templates render the
result, so no value of one language reaches the other's column. (Goal targets are written by
language, with words and unit, by the ``quantity`` helper in the goals clause.)
"""

from __future__ import annotations

from mou_cli.model import Answers, Party, Person
from mou_cli.model_base import court_of, law_of, place, title_of


def localized(a: Answers, lang: str) -> Answers:
    """A copy of ``a`` whose per-language values are plain strings in ``lang``."""
    d = a.dispute
    if d is not None:
        arb = d.arbitration
        d = d.model_copy(
            update={
                "governing_law": law_of(d.governing_law, lang),
                "court": court_of(d.court, lang) if d.court is not None else None,
                "arbitration": arb
                if arb is None
                else arb.model_copy(update={"seat": place(arb.seat, lang)}),
            }
        )
    signatures = a.signatures.model_copy(
        update={"witnesses": [_person(w, lang) for w in a.signatures.witnesses]}
    )
    return a.model_copy(
        update={
            "parties": [_party(p, lang) for p in a.parties],
            "dispute": d,
            "signatures": signatures,
        }
    )


def signature_titles(p: Person, langs: tuple[str, ...]) -> dict[str, str]:
    """A signatory's title under the signature in each of the document's languages
    ({"id": "Direktur", "en": "Director"}); each writer prints the language it lays out."""
    return {lang: title_of(p.title, lang) for lang in langs}


def _party(p: Party, lang: str) -> Party:
    return p.model_copy(
        update={
            "jurisdiction": place(p.jurisdiction, lang),
            "representative": _person(p.representative, lang),
        }
    )


def _person(p: Person, lang: str) -> Person:
    return p.model_copy(update={"title": title_of(p.title, lang)})
