"""MOU-K010: a party that does not sign, or a signatory that is not a party."""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

from mou_cli.check.parties import core, find_parties, mentioned, norm, signatory_names
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import quote, signature
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-K010",
    name="parties-not-signing",
    severity="error",
    summary="A party named in the opening has no place to sign, or a signatory is no party.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Compares the parties in the opening with the signature block. Each party must appear
    there by name, short name or label (PIHAK PERTAMA, "Globex"); each entity the block signs
    for ("Untuk dan atas nama ...", "For and on behalf of ...") must be a party. Runs only
    when the draft has a signature block (its absence is MOU-C016).

    ## Why is this bad?
    A party that does not sign is not bound, and an entity that signs without being named as
    a party is bound to nothing clear. Both happen when a party is added or replaced late in
    negotiation.

    ## Example
    Indonesian:
    ```text
    (komparisi: PT Tani Maju, Universitas Gadjah Mada dan Koperasi Sejahtera)
    Untuk dan atas nama PT Tani Maju     Untuk dan atas nama Universitas Gadjah Mada
    ```
    English:
    ```text
    (opening: Globex Corporation and Initech Ltd)
    For and on behalf of Globex Corporation   For and on behalf of Umbrella Inc.
    ```

    ## Use instead
    Indonesian:
    ```text
    Satu kolom tanda tangan untuk setiap pihak yang disebut dalam komparisi.
    ```
    English:
    ```text
    For and on behalf of Globex Corporation   For and on behalf of Initech Ltd
    ```
    """
    sig = signature(draft)
    parties = find_parties(draft)
    if not sig or not parties:
        return
    text = "\n".join(c.text for c in sig)
    for p in parties:
        if not mentioned(p, text):
            yield Hit(
                msg(
                    f"Pihak “{p.name}” tidak memiliki tempat di blok tanda tangan.",
                    f"The party “{p.name}” has no place in the signature block.",
                ),
                p.loc or sig[0].loc,
                p.name,
                msg(
                    "Tambahkan kolom tanda tangan untuk setiap pihak.",
                    "Add a signature column for every party.",
                ),
            )
    for name, chunk in signatory_names(draft):
        n, c = norm(name), norm(core(name))
        if any(n in {norm(x) for x in p.names} or c == norm(core(p.name)) for p in parties):
            continue
        if any(mentioned(p, name) for p in parties):
            continue
        if any(norm(p.name).startswith(n) and norm(p.name) in norm(chunk.text) for p in parties):
            continue  # cut at a comma, bracket or slash of the name: "PT X (Persero) Tbk"
        if any(SequenceMatcher(None, c, norm(core(p.name))).ratio() >= 0.88 for p in parties):
            continue  # a misspelt party name: MOU-K009 reports it
        yield Hit(
            msg(
                f"Blok tanda tangan ditandatangani untuk “{name}”, yang bukan pihak.",
                f"The signature block signs for “{name}”, which is not a party.",
            ),
            chunk.loc,
            quote(chunk.text),
            msg(
                "Tanda tangani atas nama pihak di komparisi, atau tambahkan sebagai pihak.",
                "Sign for the parties named in the opening, or add this one as a party.",
            ),
        )
