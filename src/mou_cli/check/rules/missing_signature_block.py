"""MOU-C016: the draft has no signature block."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import headed
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_SIGN = lazy(
    r"untuk dan atas nama|for and on behalf of|\bsigned by\b|in witness|tanda tangan"
    r"|\b(nama|name)\s*:|^_{5,}|\.{8,}|m[ae]terai|^\s*PIHAK \w+(\s{2,}PIHAK \w+)?\s*,?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


@rule(
    id="MOU-C016",
    name="missing-signature-block",
    severity="error",
    summary="The draft has no signature block.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Checks that the draft ends with a signature block: a place for each party to sign, with the
    signer's name and title ("Untuk dan atas nama ...", "For and on behalf of ...", signature
    lines, a signature table).

    ## Why is this bad?
    An agreement binds a party once its representative signs it. Without a block, the parties
    improvise, sign in the wrong place or forget the meterai, and one party may never sign.

    ## Example
    Indonesian:
    ```text
    Demikian Nota Kesepahaman ini dibuat dalam 2 (dua) rangkap asli.
    (dokumen berakhir di sini)
    ```
    English:
    ```text
    This Memorandum is made in two (2) originals.
    (the document ends here)
    ```

    ## Use instead
    Indonesian:
    ```text
    PIHAK PERTAMA                         PIHAK KEDUA
    Untuk dan atas nama PT Tani Maju      Untuk dan atas nama Universitas Gadjah Mada
    Meterai Rp10.000
    Budi Santoso, Direktur Utama          Prof. Dr. Siti Rahayu, Wakil Rektor
    ```
    English:
    ```text
    For and on behalf of Globex Corporation     For and on behalf of the University
    ______________________                      ______________________
    Jane Doe, Chief Executive Officer           John Smith, Rector
    ```
    """
    if any(c.in_signature for c in draft.chunks) or headed(draft, "signature"):
        return
    tail = draft.chunks[-15:]
    if any(_SIGN.search(c.text) for c in tail):
        return
    yield Hit(
        msg("Draf tidak memiliki blok tanda tangan.", "The draft has no signature block."),
        draft.chunks[-1].loc if draft.chunks else None,
        "",
        msg(
            "Akhiri dengan blok tanda tangan: nama pihak, penanda tangan, jabatan, meterai.",
            "End with a signature block: each party's name, signer, title and date.",
        ),
    )
