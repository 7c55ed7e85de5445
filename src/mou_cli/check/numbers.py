"""Numbers written twice, in digits and in words, read back so rules can compare them.

``mou_cli.words`` writes ``30 (tiga puluh) hari``, ``sixty (60) days``, ``40% (empat puluh
persen)`` and ``Rp1.000.000,00 (satu juta rupiah)`` with num2words; this module does the
reverse: :func:`parse_words` reads Indonesian or English number words back to a number, and
:func:`pairs` finds every digits-and-words pair in a text, in either order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from mou_cli.draft.rx import lazy

_ID_UNITS = {
    w: i for i, w in enumerate(("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
                                 "delapan", "sembilan"))
}  # fmt: skip
_ID_WHOLE = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
_ID_SCALE = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}
_ID_SE_SCALE = {"seribu": 10**3, "sejuta": 10**6, "semiliar": 10**9}
_EN_UNITS = {
    w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
                                 "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"))
}  # fmt: skip
_EN_TENS = {
    w: 10 * (i + 2) for i, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty",
                                            "seventy", "eighty", "ninety"))
}  # fmt: skip
_EN_SCALE = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

NUMBER_WORDS = frozenset(
    [
        *_ID_UNITS,
        *_ID_WHOLE,
        *_ID_SCALE,
        *_ID_SE_SCALE,
        "belas",
        "puluh",
        "ratus",
        "koma",
        *_EN_UNITS,
        *_EN_TENS,
        *_EN_SCALE,
        "hundred",
        "point",
    ]
)


def _tokens(text: str) -> list[str]:
    return [t for t in _SPLIT.split(text.lower().strip()) if t]


# spaces, commas and every hyphen or dash that joins number words: seventy-two, seventy‑two
# (a non-breaking hyphen), seventy–two
_SPLIT = lazy(r"[\s,\-\u2010\u2011\u2012\u2013\u2014]+")


def parse_words(text: str) -> Decimal | None:
    """``tiga puluh`` -> 30, ``one hundred and twenty`` -> 120; None unless it is all number."""
    toks = [t for t in _tokens(text) if t != "and"]
    if not toks or any(t not in NUMBER_WORDS for t in toks):
        return None
    total, current, last, prev_unit = 0, 0, 0, False
    frac: list[int] = []
    in_frac = False
    for t in toks:
        if in_frac:
            digit = _ID_UNITS.get(t, _EN_UNITS.get(t))
            if digit is None or digit > 9:
                return None
            frac.append(digit)
            continue
        unit = _ID_UNITS.get(t, _EN_UNITS.get(t, _EN_TENS.get(t)))
        if unit is not None:
            if prev_unit and not (last >= 20 and unit < 10 and last % 10 == 0):
                return None  # "dua tiga", "twenty thirty" are not numbers
            current, last, prev_unit = current + unit, unit, True
            continue
        prev_unit = False
        if t in _ID_WHOLE:
            current, last = current + _ID_WHOLE[t], 0
        elif t == "belas" and 0 < last < 10:
            current, last = current + 10, 0
        elif t in ("puluh", "ratus") and 0 < last < 10:
            current, last = current - last + last * (10 if t == "puluh" else 100), 0
        elif t == "hundred" and 0 < current < 100:
            current, last = current * 100, 0
        elif t in _ID_SE_SCALE:
            total, current, last = total + current + _ID_SE_SCALE[t], 0, 0
        elif t in _ID_SCALE or t in _EN_SCALE:
            total, current, last = total + max(current, 1) * {**_ID_SCALE, **_EN_SCALE}[t], 0, 0
        elif t in ("koma", "point"):
            in_frac = True
        else:
            return None
    if in_frac and not frac:
        return None
    value = Decimal(total + current)
    if frac:
        value += Decimal("0." + "".join(map(str, frac)))
    return value


def parse_digits(text: str) -> Decimal | None:
    """``1.000.000,00`` / ``1,000,000.00`` / ``2,5`` / ``40`` -> a number, whatever the locale."""
    s = text.strip().rstrip(".,")
    if not s or not re.fullmatch(r"\d[\d.,]*", s):
        return None
    if "." in s and "," in s:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        whole, frac = s.rsplit(dec, 1)
        s = re.sub(r"[.,]", "", whole) + "." + frac
    elif "." in s or "," in s:
        sep = "." if "." in s else ","
        parts = s.split(sep)
        thousands = len(parts) > 2 or len(parts[-1]) == 3  # 1.000.000 or 1,200
        s = "".join(parts) if thousands else parts[0] + "." + parts[1]
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


_CURRENCY = r"(?:Rp\.?\s?|IDR\s?|USD\s?|US\$\s?|\$\s?|EUR\s?|€\s?|SGD\s?|S\$\s?|AUD\s?|GBP\s?|£\s?)"
# a number in digits, read from where its run of digits starts (so a long run is not scanned
# again from each of its digits): at most 32 characters, longer is no amount
_DIGITS = r"(?<!\d)(?<!\d[.,])(?:\d[\d.,]{0,30}\d|\d)"
_PERCENT_WORDS = {"persen", "percent", "per", "cent"}
_UNIT_WORDS = _PERCENT_WORDS | {
    "hari",
    "minggu",
    "bulan",
    "tahun",
    "jam",
    "kalender",
    "kerja",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "hours",
    "calendar",
    "business",
    "working",
}
_DIGITS_FIRST = lazy(
    rf"(?P<cur>{_CURRENCY})?(?P<num>{_DIGITS})\s?(?P<pct>%)?\s*\((?P<words>[^()]{{2,160}})\)"
)
_WORDS_FIRST = lazy(rf"\(\s*(?P<cur>{_CURRENCY})?(?P<num>{_DIGITS})\s?(?P<pct>%)?\s*\)")


@dataclass(frozen=True)
class Pair:
    """A number written in digits and in words, where it sits and what each part says."""

    digits: Decimal
    words: Decimal
    start: int
    end: int
    text: str

    @property
    def agrees(self) -> bool:
        return self.digits == self.words


def _leading_words(text: str, money: bool) -> Decimal | None:
    """The number that the words in a bracket start with, if the rest is a unit we accept."""
    toks = _tokens(text)
    n = 0
    while n < len(toks) and (toks[n] in NUMBER_WORDS or (toks[n] == "and" and n)):
        n += 1
    if not n:
        return None
    rest = set(toks[n:])
    if rest and not money and not rest <= _UNIT_WORDS:
        return None
    words = " ".join(toks[:n])
    return parse_words(words)


_WORDS = lazy(r"[A-Za-z]+(?:[-\u2010\u2011\u2012\u2013][A-Za-z]+)*")


def _trailing_words(text: str) -> tuple[Decimal | None, int]:
    """The number the words before a bracket end with, and where those words start."""
    spans = list(_WORDS.finditer(text))
    start = len(text)
    words: list[re.Match[str]] = []
    if (
        spans
        and spans[-1].group().lower() in _PERCENT_WORDS
        and not text[spans[-1].end() :].strip()
    ):
        start = spans.pop().start()
    for m in reversed(spans):
        if text[m.end() : start].strip(" ,-"):
            break
        if not all(t in NUMBER_WORDS or t == "and" for t in _tokens(m.group())):
            break
        words.insert(0, m)
        start = m.start()
    while words and words[0].group().lower() == "and":
        words.pop(0)
    if not words:
        return None, start
    return parse_words(" ".join(w.group() for w in words)), words[0].start()


def pairs(text: str) -> tuple[Pair, ...]:
    """Every ``30 (tiga puluh)`` and ``thirty (30)`` in ``text``, money and percent included."""
    if "(" not in text or not _DIGIT.search(text):
        return ()  # both patterns need a bracket and a digit (\d)
    return _pairs(text)


_DIGIT = lazy(r"\d")


@lru_cache(maxsize=8192)
def _pairs(text: str) -> tuple[Pair, ...]:
    out = []
    for m in _DIGITS_FIRST.finditer(text):
        digits = parse_digits(m["num"])
        words = _leading_words(m["words"], money=bool(m["cur"]))
        if digits is not None and words is not None:
            out.append(Pair(digits, words, m.start(), m.end(), m.group()))
    for m in _WORDS_FIRST.finditer(text):
        words, start = _trailing_words(text[max(0, m.start() - 120) : m.start()])
        digits = parse_digits(m["num"])
        if words is not None and digits is not None:
            begin = max(0, m.start() - 120) + start
            out.append(Pair(digits, words, begin, m.end(), text[begin : m.end()]))
    return tuple(out)
