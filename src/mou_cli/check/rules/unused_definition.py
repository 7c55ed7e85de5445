"""MOU-K007: a term is defined and never used."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.terms import definitions, misread_use, uses_elsewhere
from mou_cli.check.text import quote
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-K007",
    name="unused-definition",
    severity="warning",
    summary="A term is defined but never used.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For every defined term, in every usual form ("X" means, "X" shall mean, (the "X"),
    (hereinafter "X"), hereinafter referred to as "X", "A" or "B" means, selanjutnya disebut
    "X", yang selanjutnya disebut PIHAK KETIGA, "X" adalah, an entry of a definitions article),
    counts its uses elsewhere in the same language and reports a term used nowhere else. Uses
    are counted in the singular and the plural, possessives included ("Party", "Parties",
    "Party's"; "Specification(s)" counts "Specification"), with a hyphen or a space ("End-User",
    "End User"), and in Indonesian whatever the case, since Indonesian drafts capitalise
    defined terms loosely. In a PDF, where OCR misreads words, a use that is nearly the term
    ("Perjanjian" for a "Penanjian" defined) counts as a use.

    ## Why is this bad?
    An unused definition is usually the trace of a clause that was deleted or renamed: the
    text that should use the term now says something else ("Program" defined, "Kegiatan"
    used), and the reader cannot tell whether they mean the same thing.

    ## Example
    Indonesian:
    ```text
    "Program" adalah program pelatihan petani di Kabupaten Sleman.
    (istilah "Program" tidak pernah dipakai lagi)
    ```
    English:
    ```text
    "Pilot Area" means the districts of Sleman and Klaten.
    (the term "Pilot Area" is never used again)
    ```

    ## Use instead
    Indonesian:
    ```text
    Hapus definisinya, atau pakai istilahnya: "PIHAK KEDUA melaksanakan Program."
    ```
    English:
    ```text
    Delete the definition, or use it: "Field trials take place in the Pilot Area."
    ```
    """
    for d in definitions(draft):
        if uses_elsewhere(draft, d) or misread_use(draft, d):
            continue
        yield Hit(
            msg(
                f"“{d.term}” didefinisikan, tetapi tidak pernah dipakai.",
                f"“{d.term}” is defined but never used.",
            ),
            d.chunk.loc,
            quote(d.chunk.text, d.start, d.end),
            msg(
                "Pakai istilah tersebut atau hapus definisinya.",
                "Use the term, or delete the definition.",
            ),
        )
