"""MOU-C044: a co-marketing agreement that uses marks without a licence or approvals."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.type_terms import Element, gaps, rx
from mou_cli.draft import Draft
from mou_cli.messages import msg

ELEMENTS = (
    Element(
        "mkt.licence",
        msg(
            "Merek atau logo dipakai bersama tanpa lisensi.",
            "Marks or logos are used together without a licence.",
        ),
        (rx(r"lisensi|licen[cs]e"),),
        msg(
            "Berikan lisensi merek untuk kampanye dan atur pencatatannya (UU 20/2016 Ps.42).",
            "Grant a trademark licence for the campaign and record it (Law 20/2016 Art. 42).",
        ),
        only_if=rx(r"\bmerek\b|\blogo\b|trade ?marks?|\bbrand"),
    ),
    Element(
        "mkt.approval",
        msg("Tidak ada persetujuan atas materi promosi.", "No approval of promotional material."),
        (rx(r"persetujuan|disetujui|menyetujui|approv"),),
        msg(
            "Atur persetujuan tertulis atas materi, dengan tenggat jawaban.",
            "Require written approval of material, with a deadline for the answer.",
        ),
    ),
    Element(
        "mkt.exit",
        msg(
            "Tidak diatur penarikan materi setelah kerja sama berakhir.",
            "Nothing on taking material down when the agreement ends.",
        ),
        (
            rx(
                r"menarik materi|penarikan materi|ditarik|menghentikan penayangan|take ?down"
                r"|withdraw|removed? from"
            ),
        ),
        msg(
            "Atur batas waktu menarik materi digital dan cetak setelah berakhir.",
            "Set deadlines to take down digital and printed material at the end.",
        ),
    ),
)


@rule(
    id="MOU-C044",
    name="missing-co-marketing-terms",
    severity="warning",
    summary="A co-marketing agreement leaves out the licence, approvals or take-down.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For a co-marketing or co-branding agreement (its title says "Pemasaran Bersama",
    "Co-Marketing" or "Co-Branding", or a draft made by `mou new` says `type: marketing`),
    reports each of these that the text leaves out: a licence for the marks it uses; approval
    of material; and taking material down at the end. Nothing is expected of a memorandum.

    ## Why is this bad?
    Using another company's mark without a licence is an infringement, and an unrecorded
    licence has no effect on third parties (Law 20/2016 Art. 42). Material published without
    approval, or left online after the deal ends, is how co-branding disputes start.

    ## Example
    Indonesian:
    ```text
    PERJANJIAN PEMASARAN BERSAMA
    Pasal 1 PARA PIHAK memasang merek masing-masing pada kemasan bersama.
    ```
    English:
    ```text
    CO-MARKETING AGREEMENT
    Article 1 The Parties put their brands on shared packaging.
    ```

    ## Use instead
    Indonesian:
    ```text
    Masing-masing PIHAK memberikan lisensi noneksklusif atas mereknya untuk kampanye; setiap
    materi disetujui dalam 5 hari kerja dan ditarik dalam 30 hari setelah perjanjian berakhir.
    ```
    English:
    ```text
    Each Party grants a non-exclusive licence of its marks for the campaign; all material is
    approved within 5 working days and withdrawn within 30 days after the agreement ends.
    ```
    """
    yield from gaps(draft, "marketing", ELEMENTS)
