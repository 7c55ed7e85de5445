"""Dates as drafts write them, found and read back, impossible ones included.

``Senin, 10 Maret 2027``, ``1 April 2027``, ``March 10, 2027``, ``23-11-2026`` and the formal
Indonesian ``Senin, tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam
(23-11-2026)``. Month and weekday names are those of Babel's Indonesian and English locales.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mou_cli.check.numbers import NUMBER_WORDS, parse_words
from mou_cli.check.text import FOLD_ODD as _FOLD_ODD
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy

# Month and weekday names of Babel's id_ID and en_GB locales (wide and abbreviated month names,
# wide day names, lower case, final dot dropped) plus the old and informal spellings. Written
# out so that a check does not load Babel's locale data; tests compare them with Babel.
_MONTHS: dict[str, int] = {
    **dict.fromkeys(("januari", "jan", "january"), 1),
    **dict.fromkeys(("februari", "feb", "february", "pebruari"), 2),
    **dict.fromkeys(("maret", "mar", "march"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "jun", "june"), 6),
    **dict.fromkeys(("juli", "jul", "july"), 7),
    **dict.fromkeys(("agustus", "agu", "august", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "okt", "october", "oct"), 10),
    **dict.fromkeys(("november", "nov", "nopember"), 11),
    **dict.fromkeys(("desember", "des", "december", "dec"), 12),
}
_DAYS: dict[str, int] = {
    **dict.fromkeys(("senin", "monday"), 0),
    **dict.fromkeys(("selasa", "tuesday"), 1),
    **dict.fromkeys(("rabu", "wednesday"), 2),
    **dict.fromkeys(("kamis", "thursday"), 3),
    **dict.fromkeys(("jumat", "friday", "jum'at"), 4),
    **dict.fromkeys(("sabtu", "saturday"), 5),
    **dict.fromkeys(("minggu", "sunday", "ahad"), 6),
}


def _names() -> tuple[dict[str, int], dict[str, int]]:
    """month name -> 1..12 and weekday name -> 0..6 (Monday 0), Indonesian and English."""
    return _MONTHS, _DAYS


def month_number(name: str) -> int | None:
    return _names()[0].get(name.lower().rstrip("."))


def weekday_number(name: str) -> int | None:
    return _names()[1].get(name.lower())


@dataclass(frozen=True)
class DateMention:
    """A date in the text. ``date`` is None when no such day exists (30 February)."""

    start: int
    end: int
    text: str
    day: int
    month: int
    year: int
    weekday: int | None = None  # the weekday written before it, Monday = 0
    bracket: tuple[int, int, int] | None = None  # formal opening: the (dd-mm-yyyy) after the words
    other: dt.date | None = None  # 03/04/2027 read month first, when that is a date too

    @property
    def date(self) -> dt.date | None:
        if not (1 <= self.month <= 12 and 1 <= self.day <= 31):
            return None
        if self.day > calendar.monthrange(self.year, self.month)[1]:
            return None
        return dt.date(self.year, self.month, self.day)


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern[str]]:
    months, days = _names()
    mon = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    wd = "|".join(sorted((re.escape(d) for d in days), key=len, reverse=True))
    word = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    words = rf"(?:(?:{word})[\s\-]+)*(?:{word})"
    pre = rf"(?:(?P<wd>{wd}),?\s+(?:(?:tanggal|the)\s+)?)?"
    flags = re.IGNORECASE
    return [
        re.compile(
            rf"{pre}tanggal\s+(?P<dw>{words})\s+bulan\s+(?P<mon>{mon})\.?\s+tahun\s+(?P<yw>{words})"
            rf"(?:\s*\((?P<d>\d{{1,2}})[-/.](?P<m>\d{{1,2}})[-/.](?P<y>\d{{4}})\))?",
            flags,
        ),
        # 30 Februari 2026, 30th day of February, 2026, tanggal 30 (tiga puluh) bulan Februari
        # tahun 2026, the 15th of March 2027
        re.compile(
            rf"{pre}\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s{{0,3}}\([a-z][a-z -]{{1,38}}\))?\s+"
            rf"(?:(?:day\s+)?of\s+|bulan\s+)?(?P<mon>{mon})\.?,?\s+(?:tahun\s+)?(?P<y>\d{{4}})\b",
            flags,
        ),
        # February 30, 2026 and February 30 2026
        re.compile(
            rf"{pre}\b(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
            flags,
        ),
        # 30-02-2026, 30/02/2026, 30.02.2026: one separator, not inside a number such as
        # HK.07.00/2020 or 1154/D3/PL.02.00/2021
        re.compile(
            rf"{pre}(?<![\w./-])(?P<d>\d{{1,2}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})"
            r"(?![\w/]|[.-]\d)",
            flags,
        ),
        re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    ]


def find_dates(text: str) -> tuple[DateMention, ...]:
    """Every date in ``text``, in order; overlapping forms are reported once."""
    if not _YEAR.search(text) and "bulan" not in text.lower():
        return ()  # every form has a year or (the formal opening) "bulan"
    return _find_dates(text)


_YEAR = lazy(r"\d{4}")
# what the day-month-year form needs (pattern 3): a quick scan before the slow one
_NUMERIC = lazy(r"\d[-/.]\d{1,2}[-/.]\d{4}")


def chunk_dates(draft: Draft, chunk: Chunk) -> tuple[DateMention, ...]:
    """The dates in ``chunk``, found once per draft however many rules ask."""
    table: dict[int, tuple[DateMention, ...]] = draft.remember("dates", dict)
    key = id(chunk)
    if key not in table:
        table[key] = find_dates(chunk.text)
    return table[key]


@lru_cache(maxsize=8192)
def _find_dates(text: str) -> tuple[DateMention, ...]:
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    pats = _patterns()
    low = text.lower()
    spans = [(0, len(text))] if "bulan" in low else []
    # the lower-case text has the same offsets, and shows every month name that the patterns
    # match (case ignored), unless the text holds one of the few letters where that fails
    folded = not any(ch in text for ch in _FOLD_ODD)
    for i, (a, b) in enumerate(spans + _windows(text)):
        for k in range(len(pats)) if i < len(spans) else range(1, len(pats)):
            if folded and k in (1, 2) and not _has_month(low, a, b):
                continue  # both forms name the month
            if k == 3 and not _NUMERIC.search(text, a, b):
                continue
            for m in pats[k].finditer(text, a, b):
                at = bisect.bisect_left(taken, (m.start(), m.start()))
                if (at and taken[at - 1][1] > m.start()) or (
                    at < len(taken) and taken[at][0] < m.end()
                ):
                    continue  # overlaps a date found before (the spans kept are disjoint)
                mention = _mention(m)
                if mention is not None:
                    taken.insert(at, (m.start(), m.end()))
                    found.append(mention)
    return tuple(sorted(found, key=lambda d: d.start))


def _has_month(low: str, a: int, b: int) -> bool:
    window = low[a:b]
    return any(name in window for name in _MONTHS)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around each four-digit number: every dated form has a year."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"\d{4}", text):
        a, b = max(0, m.start() - 60), min(len(text), m.end() + 4)
        a = text.rfind(" ", 0, a) + 1 if a else 0
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _mention(m: re.Match[str]) -> DateMention | None:
    g = m.groupdict()
    wd = weekday_number(g["wd"]) if g.get("wd") else None
    if g.get("dw"):  # the formal opening: words first, digits in brackets
        dw, yw, mon = parse_words(g["dw"]), parse_words(g["yw"]), month_number(g["mon"])
        if dw is None or yw is None or mon is None:
            return None
        bracket = (int(g["d"]), int(g["m"]), int(g["y"])) if g.get("d") else None
        return DateMention(m.start(), m.end(), m.group(), int(dw), mon, int(yw), wd, bracket)
    month = int(g["m"]) if g.get("m") else month_number(g["mon"])
    year, day = int(g["y"]), int(g["d"])
    if month is None or not 1900 <= year <= 2200:
        return None
    other = None
    if g.get("sep") and day != month and _exists(month, day, year):  # could be month first
        if not _exists(day, month, year):
            day, month = month, day  # 08/25/2023: only the American order is a date
        else:
            other = dt.date(year, day, month)  # 03/04/2027: either order is a date
    return DateMention(m.start(), m.end(), m.group(), day, month, year, wd, other=other)


def _exists(day: int, month: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


_BETWEEN = lazy(
    r"\b(sampai|hingga|s\.?\s?d\.?|s/d|until|to|through|till|berakhir|ends?|expires?|ending)\b"
    r"|^\s*[-–]\s*$",
    re.IGNORECASE,
)
_DURATION = lazy(
    # a number word of at most 40 letters: "-" starts a word for \b, so an unbounded one
    # would be scanned again from each of its hyphens (quadratic time)
    r"(?:(?P<n>\d{1,3})(?:\s*\([^)]{1,40}\))?|\b[a-z-]{1,40}\s*\((?P<n2>\d{1,3})\))\s+"
    r"(?:calendar\s+|kalender\s+)?(?P<u>tahun|bulan|hari|years?|months?|days?)\b",
    re.IGNORECASE,
)


def ranges(
    text: str, found: tuple[DateMention, ...] | None = None
) -> Iterator[tuple[DateMention, DateMention]]:
    """Pairs of dates written as a span: "sejak 1 April 2027 sampai dengan 31 Maret 2028".
    ``found``: the dates of ``text`` when already known (:func:`chunk_dates`)."""
    dates = list(find_dates(text) if found is None else found)
    for a, b in itertools.pairwise(dates):
        between = text[a.end : b.start]
        if len(between) <= 60 and _BETWEEN.search(between):
            yield a, b


@dataclass(frozen=True)
class Duration:
    amount: int
    unit: str  # years | months | days
    start: int
    end: int
    text: str


def durations(text: str) -> Iterator[Duration]:
    """Durations: "2 (dua) tahun", "two (2) years", "18 months"."""
    for m in _DURATION.finditer(text):
        unit = m["u"].lower()
        unit = (
            "years"
            if unit.startswith(("tahun", "year"))
            else "months"
            if unit.startswith(("bulan", "month"))
            else "days"
        )
        yield Duration(int(m["n"] or m["n2"]), unit, m.start(), m.end(), m.group())


def add(start: dt.date, d: Duration) -> dt.date:
    """``start`` plus the duration; month ends are clamped (31 Jan + 1 month = 28/29 Feb)."""
    if d.unit == "days":
        return start + dt.timedelta(days=d.amount)
    months = d.amount * (12 if d.unit == "years" else 1)
    y, m = divmod(start.month - 1 + months, 12)
    year, month = start.year + y, m + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
