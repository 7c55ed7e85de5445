"""Article numbers as written, turned into integers: ``7``, ``IV``, ``twenty-one``,
``Kedua``, ``dua belas``."""

from __future__ import annotations

import re

from mou_cli.draft.rx import lazy

_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORD = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
}  # fmt: skip
_ID_UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]

_ROMAN = lazy(r"(?=[IVXL])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", re.I)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(text: str) -> int | None:
    """``IV`` -> 4, up to 89; None for anything that is not a plain roman numeral."""
    if not text or not _ROMAN.fullmatch(text):
        return None
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        v = _ROMAN_VALUES[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _en_words(words: list[str]) -> int | None:
    total = 0
    for i, w in enumerate(words):
        if w in _EN_UNITS and (i == len(words) - 1):
            total += _EN_UNITS.index(w)
        elif w in _EN_ORD and i == len(words) - 1:
            total += _EN_ORD[w]
        elif w in _EN_TENS and i == 0:
            total += _EN_TENS.index(w) * 10
        elif w.endswith("ieth") and w[:-4] + "y" in _EN_TENS and i == len(words) - 1:
            total += _EN_TENS.index(w[:-4] + "y") * 10
        else:
            return None
    return total or None


def _id_words(words: list[str]) -> int | None:
    if words == ["pertama"]:
        return 1
    if words and words[0].startswith("ke") and words[0] not in _ID_UNITS:
        words = [words[0][2:], *words[1:]]  # kedua -> dua, kesebelas -> sebelas
    words = ["satu" if w in ("se", "") else w for w in words]
    total, cur = 0, 0
    i = 0
    while i < len(words):
        w = words[i]
        if w in _ID_UNITS:
            cur = _ID_UNITS.index(w)
        elif w == "sepuluh":
            cur = 10
        elif w == "sebelas":
            cur = 11
        elif w == "belas":
            cur += 10
        elif w == "puluh":
            total += (cur or 1) * 10
            cur = 0
        else:
            return None
        i += 1
    return (total + cur) or None


def number_value(token: str) -> int | None:
    """A heading number as an integer: ``7``, ``IV``, ``twenty-one``, ``Kedua``, ``dua belas``."""
    token = token.strip().rstrip(".:")
    if token.isdigit():
        return int(token)
    r = roman(token)
    if r is not None:
        return r
    words = re.split(r"[\s-]+", token.lower())
    return _en_words(words) or _id_words(words)
