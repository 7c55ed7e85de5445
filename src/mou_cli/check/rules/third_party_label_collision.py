"""MOU-K020: PIHAK KETIGA is a party's label, and "pihak ketiga" also means outsiders."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import hit
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

# A party labelled as the third: "selanjutnya disebut PIHAK KETIGA" (also "Pihak Ketiga",
# quoted or bold); English: '("Third Party")', 'hereinafter referred to as the "THIRD PARTY"'.
# A definition of outsiders ('"Third Party" means any person ...') is not a label.
_LABEL_ID = lazy(
    r"\b(?i:disebut)(?:\s+(?i:sebagai))?\s*(?:[\"“*]+\s*)?(?:PIHAK\s+KETIGA|Pihak\s+Ketiga)\b"
)
_LABEL_EN = lazy(
    r"(?:\(\s*|\b(?i:hereinafter)\s+(?:(?i:referred\s+to\s+as|called)\s+)?)"
    r"(?:(?i:the)\s+)?(?:[\"“*]+\s*)?(?:THIRD\s+PARTY|Third\s+Party)\b"
    r"(?![\"”*\s]*(?i:means|shall\s+mean))"
)
# outsiders, written in lower case as the collision has it
_OUTSIDER_ID = lazy(r"\bpihak(?:-pihak)?\s+ketiga\b")
_OUTSIDER_EN = lazy(r"\bthird[\s-]+part(?:y|ies)\b")
_NEEDLES = {"id": ("ketiga", "KETIGA", "Ketiga"), "en": ("third", "Third", "THIRD")}


def _hits(
    chunks: list[Chunk], label: re.Pattern[str], outsider: re.Pattern[str]
) -> list[tuple[Chunk, re.Match[str]]]:
    if not any(label.search(c.text) for c in chunks):
        return []
    return [(c, m) for c in chunks for m in outsider.finditer(c.text)]


@rule(
    id="MOU-K020",
    name="third-party-label-collision",
    severity="error",
    summary='A party is labelled PIHAK KETIGA and "pihak ketiga" also means outsiders.',
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    When a party is labelled PIHAK KETIGA ("selanjutnya disebut PIHAK KETIGA"), reports each
    "pihak ketiga" in lower case, the usual words for someone outside the agreement. Likewise
    in English, when a party is labelled "Third Party", each "third party" in lower case.

    ## Why is this bad?
    With three or more parties, PIHAK KETIGA is one of the signatories. A clause that forbids
    licensing "kepada pihak ketiga" or lets the receiving party use information "dari pihak
    ketiga" then reads as being about that signatory as much as about outsiders: a court has
    to guess which one the parties meant. Three-party agreements name outsiders "pihak lain di
    luar PARA PIHAK" instead.

    ## Example
    Indonesian:
    ```text
    ... selanjutnya disebut PIHAK KETIGA. ... tidak ada PIHAK yang dapat memberikan lisensi
    kepada pihak ketiga tanpa persetujuan tertulis PIHAK lain.
    ```
    English:
    ```text
    ... Koperasi Nelayan Sejahtera (the "Third Party"). ... No Party may license it to a third
    party without the others' consent.
    ```

    ## Use instead
    Indonesian:
    ```text
    ... selanjutnya disebut PIHAK KETIGA. ... tidak ada PIHAK yang dapat memberikan lisensi
    kepada pihak lain di luar PARA PIHAK tanpa persetujuan tertulis PIHAK lain.
    ```
    English:
    ```text
    ... Koperasi Nelayan Sejahtera ("Koperasi"). ... No Party may license it to a third party
    without the others' consent.
    ```
    """
    for lang, label, outsider in (
        ("id", _LABEL_ID, _OUTSIDER_ID),
        ("en", _LABEL_EN, _OUTSIDER_EN),
    ):
        chunks = [c for c in draft.text_in(lang) if any(n in c.text for n in _NEEDLES[lang])]
        for chunk, m in _hits(chunks, label, outsider):
            if lang == "id":
                said = msg(
                    f'"{m.group()}" di sini berarti pihak luar, padahal PIHAK KETIGA adalah '
                    "sebutan salah satu PARA PIHAK.",
                    f'"{m.group()}" here means an outsider, but PIHAK KETIGA is the label of '
                    "one of the parties.",
                )
                fix = msg(
                    'Tulis "pihak lain di luar PARA PIHAK" untuk pihak luar, atau "PIHAK KETIGA" '
                    "bila yang dimaksud adalah pihak tersebut.",
                    'Write "pihak lain di luar PARA PIHAK" for outsiders, or "PIHAK KETIGA" if '
                    "the party is meant.",
                )
            else:
                said = msg(
                    f'"{m.group()}" di sini berarti pihak luar, padahal "Third Party" adalah '
                    "sebutan salah satu pihak.",
                    f'"{m.group()}" here means an outsider, but "Third Party" is the label of '
                    "one of the parties.",
                )
                fix = msg(
                    'Sebut pihak tersebut dengan nama singkatnya, atau tulis "any person other '
                    'than the Parties" untuk pihak luar.',
                    'Call that party by its short name, or write "any person other than the '
                    'Parties" for outsiders.',
                )
            yield hit(chunk, m, said, fix)
