"""MOU-C017: no signature block in the text, where the block may be a picture."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.rules.missing_signature_block import signature_found, unsure
from mou_cli.draft import Draft
from mou_cli.messages import msg


@rule(
    id="MOU-C017",
    name="signature-block-not-found",
    severity="info",
    summary="No signature block was found in the text, and it may be a picture.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    Where MOU-C016 (missing-signature-block) cannot be sure, says that it could not find a
    signature block: in a PDF (a signed page is often a scan or a picture without text) or a
    template that ends with a field for a picture of the signatures ("${signature_image}").

    ## Why is this bad?
    It may not be: the block may be on a page that has no text. But if it is really missing,
    the agreement binds nobody, so someone should look at the pages.

    ## Example
    Indonesian:
    ```text
    Nota Kesepahaman ini berlaku sejak ditandatangani oleh PARA PIHAK.
    ${signature_image}
    ```
    English:
    ```text
    This Memorandum takes effect when both Parties have signed it.
    {{ signature_image }}
    ```

    ## Use instead
    Indonesian:
    ```text
    PIHAK PERTAMA                         PIHAK KEDUA
    Untuk dan atas nama PT Tani Maju      Untuk dan atas nama Universitas Gadjah Mada
    ${signature_image}
    Budi Santoso, Direktur Utama          Prof. Dr. Siti Rahayu, Wakil Rektor
    ```
    English:
    ```text
    For and on behalf of Globex Corporation     For and on behalf of the University
    {{ signature_image }}
    Jane Doe, Chief Executive Officer           John Smith, Rector
    ```
    """
    if signature_found(draft) or not unsure(draft):
        return  # found, or MOU-C016 reports it missing
    yield Hit(
        msg(
            "Blok tanda tangan tidak ditemukan dalam teks; mungkin berupa gambar (halaman "
            "pindaian, cap).",
            "Could not find a signature block in the text; it may be a picture (a scanned "
            "page, a stamp).",
        ),
        draft.chunks[-1].loc if draft.chunks else None,
        "",
        msg(
            "Periksa halaman terakhir: setiap pihak harus menandatangani, dengan nama dan jabatan.",
            "Look at the last pages: each party must sign, with the signer's name and title.",
        ),
    )
