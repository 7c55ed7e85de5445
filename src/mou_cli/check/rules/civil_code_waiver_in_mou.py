"""MOU-S041: the waiver of Civil Code Arts. 1266-1267 in an MoU that says it does not bind."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.rules.obligations_in_nonbinding_mou import non_binding  # same test as S009
from mou_cli.check.text import hit
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_WAIVER = lazy(r"\b1266\b")


@rule(
    id="MOU-S041",
    name="civil-code-waiver-in-mou",
    severity="warning",
    summary="A non-binding MoU waives Civil Code Arts. 1266-1267, as if it bound the parties.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For a Nota Kesepahaman / Memorandum of Understanding that states it is not legally binding
    (as `MOU-S009` decides: the title names an MoU and a sentence about the MoU says it does
    not bind, or a draft made by `mou new` says `binding: false`), reports the waiver of
    Articles 1266 and 1267 of the Civil Code (KUHPerdata).

    ## Why is this bad?
    The waiver lets a party end a *reciprocal* contract for breach by notice instead of going
    to court. A non-binding MoU has no reciprocal obligations to breach, and a waiver in it
    reads as proof that the parties meant to be bound: the opposite of what the MoU says.

    ## Example
    Indonesian:
    ```text
    Nota Kesepahaman ini tidak mengikat secara hukum. ...
    PARA PIHAK mengesampingkan Pasal 1266 dan Pasal 1267 KUHPerdata.
    ```
    English:
    ```text
    This Memorandum is not legally binding. ...
    The Parties waive Articles 1266 and 1267 of the Civil Code.
    ```

    ## Use instead
    Indonesian:
    ```text
    Nota Kesepahaman ini dapat diakhiri oleh setiap PIHAK dengan pemberitahuan tertulis.
    ```
    English:
    ```text
    Either Party may end this Memorandum by written notice.
    ```
    """
    if not non_binding(draft):
        return
    for chunk in draft.chunks:
        if "1266" not in chunk.text or chunk.in_signature:
            continue
        m = _WAIVER.search(chunk.text)
        if m is not None:
            yield hit(
                chunk,
                m,
                msg(
                    "Pengesampingan Pasal 1266 dan 1267 KUHPerdata dalam Nota Kesepahaman yang "
                    "menyatakan tidak mengikat.",
                    "Waiver of Civil Code Arts. 1266 and 1267 in an MoU that says it does not "
                    "bind.",
                ),
                msg(
                    "Hapus pengesampingan itu; Nota Kesepahaman cukup diakhiri dengan "
                    "pemberitahuan tertulis.",
                    "Remove the waiver; the MoU can simply be ended by written notice.",
                ),
            )
            return
