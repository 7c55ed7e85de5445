"""MOU-C001: the draft does not say who the parties are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.parties import find_parties
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import may_hold
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_LABELS = lazy(
    r"PIHAK (PERTAMA|KESATU|KEDUA)|PARA PIHAK|kedua belah pihak|\bParty [A-C]\b|First Party"
    r"|collectively,?[^.]{0,60}referred to as|secara bersama-sama[^.]{0,40}disebut"
    r"|by and (?:between|among) the following parties",
    re.IGNORECASE,
)


_OPENING = 12  # chunks at the start where the parties are named
_OPENING_CHARS = 6000  # ... and at most this many characters of them
# two organisations, each with the short name the text calls it by: "Couillard Solar
# Foundation (CSF)", "Data Science for Sustainable Development (DSSD)"
# (words of at most 61 characters: "&", "." and "-" start words for \b, and an unbounded word
# would be scanned again from each of them, in quadratic time)
_ORG = lazy(
    r"\b[A-Z][\w&.-]{0,60}(?: (?:of |for |and |de |dan )?[A-Z][\w&.-]{0,60}){1,8}"
    r" \(([A-Z][A-Z0-9&-]{1,9})\)"
)
# a form with a line per party: "Agency Name:", "Nama Instansi:"; captions "Pihak Pemilik"
_FIELD = lazy(
    r"\b(?:agency|company|organi[sz]ation|party|institution) name\s*:|\bnama (?:instansi"
    r"|perusahaan|lembaga|pihak)\s*:",
    re.IGNORECASE,
)
_BETWEEN = lazy(r"\b(?:between|antara)\b.{1,300}?\b(?:and|dan)\b", re.IGNORECASE | re.DOTALL)
_CAPTION = lazy(r"\bPihak (?!Pertama|Kedua|Kesatu|Ketiga)([A-Z][a-z]{2,})\b")


def _between(draft: Draft, chunk: Chunk) -> bool:
    """ "between X and Y" / "antara X dan Y" in ``chunk`` (the words looked up first)."""
    pairs = (("between", "and"), ("antara", "dan"))
    if not any(all(may_hold(draft, chunk, (word,)) for word in pair) for pair in pairs):
        return False
    return _BETWEEN.search(chunk.text) is not None


def _named_in_opening(text: str) -> bool:
    """The opening names two parties in another way: "between" and "and" on different lines,
    two organisations with their short names, a form with a name field per party, a caption
    per party."""
    if _BETWEEN.search(text):
        return True
    if len({m[1] for m in _ORG.finditer(text)}) >= 2 or len(_FIELD.findall(text)) >= 2:
        return True
    return len({m[1] for m in _CAPTION.finditer(text)}) >= 2


@rule(
    id="MOU-C001",
    name="missing-parties",
    severity="error",
    summary="The draft does not identify its parties.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Checks that the opening names the parties: who they are (name, legal form) and what the
    text calls them (PIHAK PERTAMA, "the University"). It looks for a komparisi ("bertindak
    untuk dan atas nama ... selanjutnya disebut PIHAK PERTAMA"), an English parties list
    ("X Ltd, a company ..., represented by ...") or "between X and Y", and in the opening
    also a form with a name line or a caption per party ("Agency Name:", "Pihak Pemilik") or
    two organisations with the short names the text uses ("Couillard Solar Foundation (CSF)").

    ## Why is this bad?
    An agreement binds the parties it names. Without them nobody knows who has agreed to
    what, and no one can enforce it.

    ## Example
    Indonesian:
    ```text
    NOTA KESEPAHAMAN TENTANG PROGRAM LITERASI DIGITAL
    Pasal 1 Maksud dan Tujuan ...
    ```
    English:
    ```text
    MEMORANDUM OF UNDERSTANDING ON DIGITAL LITERACY
    Article 1 Purpose ...
    ```

    ## Use instead
    Indonesian:
    ```text
    Budi Santoso, selaku Direktur Utama, bertindak untuk dan atas nama PT Tani Maju,
    selanjutnya disebut PIHAK PERTAMA.
    ```
    English:
    ```text
    This Memorandum is made between Globex Corporation, represented by Jane Doe, Chief
    Executive ("Globex"), and Universitas Gadjah Mada ("UGM").
    ```
    """
    if find_parties(draft) or any(_LABELS.search(c.text) for c in draft.chunks):
        return
    if any(_between(draft, c) for c in draft.chunks):
        return
    if _named_in_opening(" ".join(c.text for c in draft.chunks[:_OPENING])[:_OPENING_CHARS]):
        return
    yield Hit(
        msg("Draf tidak menyebutkan para pihak.", "The draft does not identify its parties."),
        None,
        "",
        msg(
            "Sebutkan setiap pihak, wakilnya, dan sebutannya (PIHAK PERTAMA, ...) di komparisi.",
            "Name each party, its representative and what the text calls it in the opening.",
        ),
    )
