"""Party labels as `mou new` writes them, without loading num2words for the common cases."""

from __future__ import annotations

# mou_cli.words.ordinal_label(i, lang) for the first twenty parties (tests keep them equal)
_ID = [
    "PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
    "KESEMBILAN", "KESEPULUH", "KESEBELAS", "KEDUA BELAS", "KETIGA BELAS", "KEEMPAT BELAS",
    "KELIMA BELAS", "KEENAM BELAS", "KETUJUH BELAS", "KEDELAPAN BELAS", "KESEMBILAN BELAS",
    "KEDUA PULUH",
]  # fmt: skip
_EN = [
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
    "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth",
    "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth",
]  # fmt: skip


def ordinal_label(i: int, lang: str) -> str:
    """The label of the i-th party (1-based): ``PIHAK KETIGA`` / ``Third Party``."""
    if 1 <= i <= len(_EN):
        return f"PIHAK {_ID[i - 1]}" if lang == "id" else f"{_EN[i - 1]} Party"
    from mou_cli.words import ordinal_label as spelled

    return spelled(i, lang)
