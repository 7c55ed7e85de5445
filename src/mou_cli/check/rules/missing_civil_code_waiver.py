"""MOU-I003: a termination clause without the waiver of Civil Code Arts. 1266 and 1267."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.rules.obligations_in_nonbinding_mou import non_binding  # same test as S009
from mou_cli.check.sections import indonesian_law_basis, law_note, present, section_text
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_WAIVER = lazy(r"\b1266\b")


@rule(
    id="MOU-I003",
    name="missing-civil-code-waiver",
    severity="info",
    summary="Termination clause without the customary waiver of Civil Code Arts. 1266-1267.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    When Indonesian law applies and the draft lets a party terminate, looks for the
    customary waiver of Articles 1266 and 1267 of the Civil Code (KUHPerdata) anywhere in the
    text. Indonesian law applies when the draft says so, or when it names no governing law
    and a party is Indonesian; the message says which. Not for an MoU that says it does not
    bind (`binding: false` in a draft made by `mou new`): it has no reciprocal obligations
    whose breach could end it, and MOU-S041 reports a waiver there.

    ## Why is this bad?
    Under Art. 1266 a breach does not end a reciprocal contract by itself: termination must
    be asked of a court. Parties who want termination by written notice customarily waive
    Arts. 1266 and 1267. Some scholars hold Art. 1266 mandatory, so the waiver can be
    contested, but without it a notice of termination may not be enough.

    ## Example
    Indonesian:
    ```text
    Pasal 14 Pengakhiran
    PIHAK PERTAMA dapat mengakhiri Perjanjian ini dengan pemberitahuan tertulis.
    ```
    English:
    ```text
    Article 14 Termination
    Either Party may terminate this Agreement by written notice.
    ```

    ## Use instead
    Indonesian:
    ```text
    Untuk pengakhiran ini PARA PIHAK sepakat mengesampingkan Pasal 1266 dan Pasal 1267
    Kitab Undang-Undang Hukum Perdata.
    ```
    English:
    ```text
    For such termination the Parties waive Articles 1266 and 1267 of the Indonesian
    Civil Code.
    ```
    """
    if non_binding(draft):
        return  # a non-binding MoU has no reciprocal duties to waive for: MOU-S041
    basis = indonesian_law_basis(draft)
    if basis is None or not present(draft, "termination"):
        return
    if any(_WAIVER.search(c.text) for c in draft.chunks if "1266" in c.text):
        return
    where = section_text(draft, "termination")
    why = law_note(basis)
    yield Hit(
        msg(
            f"Ketentuan pengakhiran tanpa pengesampingan Pasal 1266 dan 1267 KUHPerdata "
            f"({why['id']}).",
            f"Termination clause without the waiver of Civil Code Arts. 1266 and 1267 "
            f"({why['en']}).",
        ),
        where[0].loc if where else None,
        "",
        msg(
            "Bila pengakhiran cukup dengan pemberitahuan, tambahkan pengesampingan tersebut.",
            "If termination by notice is intended, add the waiver (customary, but contestable).",
        ),
    )
