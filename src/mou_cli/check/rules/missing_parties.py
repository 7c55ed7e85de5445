"""MOU-C001: the draft does not say who the parties are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.parties import find_parties
from mou_cli.check.registry import Hit, rule
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_LABELS = lazy(
    r"PIHAK (PERTAMA|KESATU|KEDUA)|PARA PIHAK|kedua belah pihak|\bParty [A-C]\b|First Party"
    r"|\bbetween\b.+\band\b|\bantara\b.+\bdan\b",
    re.IGNORECASE,
)


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
    ("X Ltd, a company ..., represented by ...") or "between X and Y".

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
    yield Hit(
        msg("Draf tidak menyebutkan para pihak.", "The draft does not identify its parties."),
        None,
        "",
        msg(
            "Sebutkan setiap pihak, wakilnya, dan sebutannya (PIHAK PERTAMA, ...) di komparisi.",
            "Name each party, its representative and what the text calls it in the opening.",
        ),
    )
