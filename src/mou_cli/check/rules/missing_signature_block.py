"""MOU-C016: the draft has no signature block."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.sections import headed
from mou_cli.draft import Draft
from mou_cli.draft.rx import lazy
from mou_cli.messages import msg

_TAIL = 1500  # characters at the end of the text where a signature block is looked for
# a signature block said in so many words
_BLOCK = lazy(
    r"untuk dan atas nama|for and on behalf of|in witness|m[ae]t[ea]rai|\bttd\b"
    r"|\b(?:signed|signature|tanda tangan|printed name|nama|name|jabatan|title|by|oleh)\s*:"
    r"|\bPIHAK (?:PERTAMA|KESATU|I|1)\b\W{0,3}\s+PIHAK (?:KEDUA|II|2)\b"
    r"|^[^\S\n]*PIHAK \w+\s*,?\s*$",  # not ^\s*: it would scan every line after each line start
    re.IGNORECASE | re.MULTILINE,
)
# "Pihak Pemilik Jojo Yudi Pihak Marketing Peter": each party's caption, then its signer
_CAPTIONS = lazy(
    r"\b(?:PIHAK|Pihak) [A-Za-z]+ [A-Z][\w.]+(?: [A-Z][\w.]+){0,3} (?:PIHAK|Pihak) [A-Za-z]+ [A-Z]"
)
_LINE = lazy(r"_{5,}|\.{8,}|…{3,}")
_FIELD = lazy(r"\b(?:nama|name|jabatan|title|date|tanggal|nip|signature)\b", re.IGNORECASE)
# "Jakarta, 7 Februari 2010" / "Jakarta, [Tanggal]" followed by the signers' titles
_PLACE_DATE = lazy(
    r"\b[A-Z][A-Za-z.]{2,20}(?: [A-Z][A-Za-z.]{2,20})?,\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}"
    r"|[A-Z][a-z]{2,8} \d{1,2},? \d{4}|\[[^\]\n]{1,40}\]|\.{3,}|_{3,}|\$\{[^}\n]{1,60}\})"
)
_TITLE = lazy(
    r"\b(?:direktur|rektor|dekan|kepala|ketua|bupati|wali ?kota|gubernur|camat|manajer|jabatan"
    r"|director|president|principal|chief|rector|dean|chair(?:man|person)?|ceo|head|organi[sz]er"
    r"|manager|officer|superintendent|commissioner|secretary|title)\b",
    re.IGNORECASE,
)
# a signature given as a picture, or a template's field for one: the text cannot show it
_IMAGE = lazy(
    r"<img\b|\$\{\s*(?:signature|ttd|tanda_?tangan)|\{\{\s*(?:signature|ttd|tanda_?tangan)"
    r"|\bsignature_image\b",
    re.IGNORECASE,
)


def _tail(draft: Draft) -> str:
    parts: list[str] = []
    size = 0
    for c in reversed(draft.chunks):
        parts.append(c.text)
        size += len(c.text) + 1
        if size >= _TAIL:
            break
    return "\n".join(reversed(parts))[-_TAIL:]


def signature_found(draft: Draft) -> bool:
    """The text has a signature block: the reader found one, a heading names it, or the end of
    the text holds one (a caption per party, signature lines with names and titles, a place
    and date above the signers' titles, "untuk dan atas nama", "For and on behalf of")."""
    if any(c.in_signature for c in draft.chunks) or headed(draft, "signature"):
        return True
    tail = _tail(draft)
    if _BLOCK.search(tail) or _CAPTIONS.search(tail):
        return True
    if _LINE.search(tail) and _FIELD.search(tail):
        return True
    return bool(_PLACE_DATE.search(tail) and _TITLE.search(tail))


def unsure(draft: Draft) -> bool:
    """A signature block may be there without being text: the pages of a PDF may be pictures
    (a scanned signature page, a stamp), and a template may end with a field for a picture of
    the signatures ("${signature_image}")."""
    return draft.source_format == "pdf" or bool(_IMAGE.search(_tail(draft)))


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
    lines, a signature table, a caption per party above the signers' names). In a PDF, or a
    template that ends with a field for a picture of the signatures, the block may be a
    picture: MOU-C017 reports that instead.

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
    if signature_found(draft) or unsure(draft):
        return  # MOU-C017 says when a block may be a picture
    yield Hit(
        msg("Draf tidak memiliki blok tanda tangan.", "The draft has no signature block."),
        draft.chunks[-1].loc if draft.chunks else None,
        "",
        msg(
            "Akhiri dengan blok tanda tangan: nama pihak, penanda tangan, jabatan, meterai.",
            "End with a signature block: each party's name, signer, title and date.",
        ),
    )
