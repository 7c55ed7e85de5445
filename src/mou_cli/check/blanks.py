"""Blank lines to sign on: told apart from blanks left to fill in.

A signature block has lines meant to stay blank until signing ("Signature: ______", "By:
______", "Paraf 1 ......", "(..................)" under a party's name) and lines for the
signatory's name, title and date. Readers do not always find the block (a PDF page read as
one paragraph, a form laid out with spaces), so a blank counts as a signing blank by what
surrounds it:

- its label is a signing word ("Signature:", "Signed 08/25/2023", "By:", "ttd", "Paraf 2");
- or its label is the signatory's particulars ("Name:", "Nama", "Title:", "Jabatan", "Date:",
  "Tanggal"), it is a bare line or a blank in brackets, and a signing cue is close ("IN
  WITNESS", "Signatures", "signed by", "tanda tangan", a line holding only "PIHAK PERTAMA
  PIHAK KEDUA"), in the same paragraph or in the paragraphs around it;
- or it is as long as a signing blank just before it (the second column of signature lines);
- or it is on one of the last lines of the draft, a line of blanks ("______   ______" under
  the parties' names).

The opening's "Nama: ______" under "yang bertanda tangan di bawah ini" is a blank to fill: the
opening formula is not a signing cue, and the opening is never a signature block.
"""

from __future__ import annotations

import re

from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy

_WORDS = lazy(r"[A-Za-z]+")
# signing words: capitalised, or followed by a colon ("by:" in running text is a preposition)
_SIGN = frozenset(
    ["signature", "signatures", "signed", "sign", "signatory", "by", "initials", "initial"]
)
_SIGN_ANY_CASE = frozenset({"ttd", "paraf"})
_DATA = frozenset(
    """name nama title jabatan position designation date dated tanggal tgl nip nik place tempat
    email telephone phone telepon address alamat witness saksi""".split()  # noqa: SIM905
)
_CUE = lazy(
    r"\b(?:signatures?|signed|signing|signatory|signatories|undersigned|in witness|for and on"
    r" behalf|tanda\s?tangan|ditandatangani\s+oleh|ttd|paraf|witness(?:es)?|materai|meterai)\b",
    re.IGNORECASE,
)
_LABELS_ONLY = lazy(
    r"PIHAK (?:PERTAMA|KEDUA|KETIGA|KEEMPAT|KESATU)|(?:FIRST|SECOND|THIRD|FOURTH) PARTY|[\W_]"
)
_INK = lazy(r"[_.…\s]+")  # what is left after it is the text of a line
_FRONT = frozenset({"title", "front", "recitals"})


def _label(text: str, start: int, floor: int) -> list[str]:
    """The last three words before ``start`` (not before ``floor``), as written."""
    return _WORDS.findall(text, max(floor, start - 30), start)[-3:]


def _signing_label(text: str, start: int, floor: int) -> bool:
    words = _label(text, start, floor)
    for i, w in enumerate(words):
        low = w.lower()
        if low in _SIGN_ANY_CASE:
            return True
        colon = text[max(0, start - 12) : start].rstrip().endswith(":") and i == len(words) - 1
        if low in _SIGN and (w[0].isupper() or colon):
            if low == "by" and i != len(words) - 1:
                continue  # "By" only right before the line: "By: ______"
            return True
    return "tanda tangan" in " ".join(words).lower()


def _data_label(text: str, start: int, end: int, floor: int) -> bool:
    """The blank's label is a signatory's particular, it has none, or it is in brackets."""
    before = text[max(floor, start - 30) : start].rstrip(" *:\t")
    if not before or before.endswith((".", ";", "(")) or before[-1:] in "_.…":
        return True  # a bare line, or "(..........)"
    words = _label(text, start, floor)
    if words and words[-1].lower() in _DATA:
        return True
    after = _WORDS.search(text, end, min(len(text), end + 40))
    return bool(after and after.group().lower() in _DATA | _SIGN and after.group()[0].isupper())


def _labels_only(text: str) -> bool:
    """A line holding only party labels: "PIHAK PERTAMA      PIHAK KEDUA"."""
    return (
        len(text) < 80 and ("PIHAK" in text or "PARTY" in text) and not _LABELS_ONLY.sub("", text)
    )


def _cue_around(draft: Draft, index: int) -> bool:
    """A signing cue in the paragraphs around chunk ``index`` (the opening aside), or the chunk
    is one of the last lines of the draft and mostly blanks (signature lines under the names)."""
    text = draft.chunks[index].text
    if index >= len(draft.chunks) - 5 and len(_INK.sub("", text)) * 2 < len(text):
        return True
    for c in draft.chunks[max(0, index - 4) : index + 3]:
        if c.part not in _FRONT and (_CUE.search(c.text) or _labels_only(c.text)):
            return True
    return False


def signing_blanks(draft: Draft, index: int, spans: list[tuple[int, int]]) -> set[int]:
    """Which of the blanks at ``spans`` (in order) of chunk ``index`` are lines to sign on or to
    write the signatory's particulars on: their positions in ``spans``."""
    chunk: Chunk = draft.chunks[index]
    if chunk.in_signature:
        return set(range(len(spans)))
    text = chunk.text
    out: set[int] = set()
    floor = 0
    last: tuple[int, int] | None = None  # the last signing blank: its length and end
    around: bool | None = None  # worked out once, when first needed
    for i, (s, e) in enumerate(spans):
        signing = _signing_label(text, s, floor)
        if not signing and chunk.part not in _FRONT:
            near = bool(_CUE.search(text, max(0, s - 400), min(len(text), e + 120)))
            if not near:
                around = _cue_around(draft, index) if around is None else around
                near = around
            signing = near and (
                _data_label(text, s, e, floor)
                or (last is not None and e - s == last[0] and s - last[1] < 300)
            )
        if signing:
            out.add(i)
            last = (e - s, e)
        floor = e
    return out
