"""MOU-I002: no meterai in the signature block of an agreement under Indonesian law."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.answers import missing_row
from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import indonesian_law_basis, law_note
from mou_cli.check.text import signature
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_STAMP = lazy(r"m[ae]terai|stamp duty|duty stamp|revenue stamp|bermeterai", re.IGNORECASE)


@rule(
    id="MOU-I002",
    name="missing-meterai",
    severity="info",
    summary="No meterai (stamp duty) in the signature block of an agreement under Indonesian law.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    When Indonesian law applies and the draft has a signature block, checks that the block
    (or the closing) provides for a meterai or e-meterai. Indonesian law applies when the
    draft says so, or when it names no governing law and a party is Indonesian (PT, CV,
    Yayasan, an Indonesian address); the message says which. A law named in a party's
    description ("a company established under the laws of Indonesia") is not a choice of law.
    For a draft made by `mou new`, a checklist row "Stamp duty (meterai): missing" counts too.

    ## Why is this bad?
    Under Law 10 of 2020 an agreement is subject to stamp duty of Rp10.000, due on signing,
    for each original. A meterai is not a condition of validity, but an unstamped agreement
    must be stamped later (pemeteraian kemudian) before it can be used as evidence in court.

    ## Example
    Indonesian:
    ```text
    PIHAK PERTAMA                PIHAK KEDUA
    Budi Santoso                 Siti Rahayu
    ```
    English:
    ```text
    For Globex Corporation       For Universitas Gadjah Mada
    Jane Doe                     Siti Rahayu
    ```

    ## Use instead
    Indonesian:
    ```text
    PIHAK PERTAMA                PIHAK KEDUA
    Meterai Rp10.000             Meterai Rp10.000
    Budi Santoso                 Siti Rahayu
    ```
    English:
    ```text
    For Globex Corporation       For Universitas Gadjah Mada
    Stamp duty (meterai)         Stamp duty (meterai)
    Jane Doe                     Siti Rahayu
    ```
    """
    sig = signature(draft)
    if not sig:
        return
    basis = indonesian_law_basis(draft)
    if basis is None and missing_row(draft, "meterai") is not None:
        basis = "party"  # the checklist of the embedded answers asks for a meterai
    if basis is None:
        return
    closing = draft.chunks[-30:]
    if any(_STAMP.search(c.text) for c in [*sig, *closing]):
        return
    why = law_note(basis)
    yield Hit(
        msg(
            f"Tidak ada meterai pada blok tanda tangan ({why['id']}).",
            f"No meterai in the signature block ({why['en']}).",
        ),
        sig[0].loc,
        "",
        msg(
            "Sediakan meterai Rp10.000 (atau e-meterai) pada tanda tangan setiap pihak.",
            "Provide a Rp10.000 meterai (or e-meterai) under each party's signature.",
        ),
    )
