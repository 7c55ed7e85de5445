"""MOU-K010: a party that does not sign, or a signatory that is not a party."""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

from mou_cli.check.parties import (
    Party,
    core,
    find_parties,
    mentioned,
    norm,
    signatory_names,
)
from mou_cli.check.registry import Hit, rule
from mou_cli.check.text import quote, signature
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

# A place to sign, whoever it is for: a party label (PIHAK PERTAMA, "PIHAK" alone when OCR lost
# the ordinal, First Party), "untuk dan atas nama" / "on behalf of", or a "By:" line.
_LABEL_SLOT = lazy(r"(?<!PARA )(?<!Para )\bPIHAK\b|\b(?:First|Second|Third|Fourth) Party\b")
_BEHALF_SLOT = lazy(r"(?i)\batas nama\b|\bon behalf of\b")
_BY_SLOT = lazy(r"(?im)^[ \t]*(?:\*+[ \t]*)?(?:By|Oleh)[ \t]*:")  # one way to read a space


def slots(text: str) -> int:
    """How many places to sign the block has, by its most used kind of marker."""
    return max(
        len(_LABEL_SLOT.findall(text)), len(_BEHALF_SLOT.findall(text)), len(_BY_SLOT.findall(text))
    )


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

    On agreements written by others the opening and the block are often laid out so that no
    name can be matched (a komparisi naming the signatory, a block of labels and titles, a
    scan OCR has garbled), so a party not found by name is reported only when the block names
    another party and has fewer places to sign (labels, "atas nama" / "on behalf of", "By:"
    lines) than there are parties, and never in a PDF, whose block is often a picture or
    OCR debris that lost a column. Words that cannot be a party's name are never taken for
    one: recital words ("Bahwa", "Whereas"), the document ("Understanding"), titles and roles
    ("Acting as Director"), places ("United States"), collective labels (PARA PIHAK) and
    template blanks ("[NAMA DESA]", which MOU-U001 reports).

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
    strangers = [
        (name, chunk) for name, chunk in signatory_names(draft) if _stranger(name, chunk, parties)
    ]
    named = [p for p in parties if mentioned(p, text)]
    # A party not found by name is reported only when the block cannot hold it: it names
    # another party, and has fewer places to sign (not counting those signed for a stranger)
    # than there are parties. A block of labels, titles and signatories' names, or one OCR
    # has garbled, gives each party its place.
    unplaced = (
        named and draft.source_format != "pdf" and slots(text) - len(strangers) < len(parties)
    )
    for p in parties:
        if unplaced and p not in named:
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
    for name, chunk in strangers:
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


def _stranger(name: str, chunk: Chunk, parties: list[Party]) -> bool:
    """The block signs for ``name``, which is none of ``parties``."""
    n, c = norm(name), norm(core(name))
    if any(n in {norm(x) for x in p.names} or c == norm(core(p.name)) for p in parties):
        return False
    if any(mentioned(p, name) for p in parties):
        return False
    if any(norm(p.name).startswith(n) and norm(p.name) in norm(chunk.text) for p in parties):
        return False  # cut at a comma, bracket or slash of the name: "PT X (Persero) Tbk"
    # a misspelt party name: MOU-K009 reports it
    return not any(SequenceMatcher(None, c, norm(core(p.name))).ratio() >= 0.88 for p in parties)
