"""What in a paragraph can change its substance: amounts, percentages, dates, numbers,
obligation and negation words, party names and labels, defined terms, forum and law words.

Each finder reads a paragraph and returns what it found as written, with a key that is the
same in Indonesian and English ("Rp150.000.000,00" and "IDR 150,000,000.00" share one key), so
the two language columns of a bilingual draft can be held against each other. Every pattern
starts only where a word starts (a look-behind) and repeats nothing inside a repetition, so
each runs in time linear in the text, whatever the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_CUR = r"(?:Rp\.?|IDR|USD|US\$|EUR|SGD|JPY|KRW|AUD|GBP|CNY|MYR|\$|€|£|¥)"
_NUM = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
_SCALE = r"(?:\s?(?:ribu|juta|miliar|milyar|triliun|thousand|million|billion|trillion)(?!\w))?"
_AMOUNT = re.compile(
    rf"(?<![\w$€£¥])(?:(?P<cur>{_CUR})\s?(?P<num>{_NUM}){_SCALE}"
    rf"|(?P<num2>{_NUM}){_SCALE}\s?(?P<cur2>rupiah|dollars?|dolar|euros?)(?!\w))",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(?:%|persen(?!\w)|per\s?cent(?!\w))", re.I)
_MONTH_NAMES = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "pebruari": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6,
    "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "agustus": 8, "august": 8, "agu": 8,
    "agt": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "october": 10,
    "okt": 10, "oct": 10, "november": 11, "nopember": 11, "nov": 11, "desember": 12,
    "december": 12, "des": 12, "dec": 12,
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + ")"
_DATE = re.compile(
    rf"(?<!\w)(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?\s+(?P<y1>\d{{4}})(?!\w)"
    rf"|(?<!\w)(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})(?!\w)"
    r"|(?<![\w/.-])(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})(?!\w)"
    r"|(?<![\w/.-])(?P<d4>\d{1,2})[/.-](?P<m4>\d{1,2})[/.-](?P<y4>\d{4})(?!\w)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?!\w)")
_UNIT = re.compile(r"\s{0,3}(?:\([^()\n]{0,60}\)\s{0,3})?([^\W\d_]+)")
_OBLIGATION = re.compile(
    r"(?<!\w)(?:(?:tidak|tak)\s+)?(?:wajib|harus|dapat|berhak|boleh|berkewajiban|diwajibkan"
    r"|dilarang|bersedia|akan)(?!\w)"
    r"|(?<!\w)(?:shall|must|may|will|should|cannot|can|(?:is|are)\s+entitled\s+to"
    r"|agrees?\s+to|undertakes?\s+to|(?:is|are)\s+required\s+to)(?:\s+not)?(?!\w)",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"(?<!\w)(?:tidak|tak|bukan|tanpa|not|no|without|never|neither|nor)(?!\w)", re.IGNORECASE
)
_LABEL = re.compile(
    r"(?<!\w)(?:PIHAK\s+(?:PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA)|PARA\s+PIHAK"
    r"|Pihak\s+(?:Pertama|Kedua|Ketiga|Keempat|Kelima)|Para\s+Pihak"
    r"|(?:First|Second|Third|Fourth|Fifth|FIRST|SECOND|THIRD|FOURTH|FIFTH)\s+(?:Party|PARTY))"
    r"(?!\w)"
)
_COMPANY = re.compile(
    r"(?<!\w)(?:PT|CV|Yayasan|Koperasi|Perum|Perumda|Universitas|Institut|Politeknik)\.?"
    r"\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,5}"
    r"|(?<!\w)[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,5},?\s+(?:Co\.,?\s+Ltd|Ltd|Inc|LLC|GmbH"
    r"|Corp|Pte\.?\s+Ltd|Limited|Corporation|Company)(?!\w)\.?"
)
_TERM = re.compile(r"[\"“]([A-Z][^\"”\n]{0,60}?)[\"”]")
_FORUM = re.compile(
    r"(?<!\w)(?:pengadilan|court|arbitrase|arbitration|arbiter|arbitrators?|BANI|SIAC|ICC"
    r"|UNCITRAL|BAPMI|mediasi|mediation|mediator|yurisdiksi|jurisdiction|tempat\s+kedudukan"
    r"|seat|kepaniteraan|domisili|venue)(?!\w)",
    re.IGNORECASE,
)
_LAW = re.compile(r"(?<!\w)(?:hukum|law|laws|governed|undang-undang)(?!\w)", re.IGNORECASE)
NUMBER_WORDS = frozenset((
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus", "ribu", "seribu", "juta",
    "miliar", "triliun", "setengah", "zero", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
    "half",
))  # fmt: skip
_CURRENCY = {"rp": "IDR", "rp.": "IDR", "idr": "IDR", "rupiah": "IDR", "$": "USD", "us$": "USD",
             "usd": "USD", "dollar": "USD", "dollars": "USD", "dolar": "USD", "€": "EUR",
             "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "¥": "JPY"}  # fmt: skip
_SCALES = {"ribu": 10**3, "thousand": 10**3, "juta": 10**6, "million": 10**6, "miliar": 10**9,
           "milyar": 10**9, "billion": 10**9, "triliun": 10**12, "trillion": 10**12}  # fmt: skip


@dataclass(frozen=True)
class Value:
    """A figure in a paragraph: ``code`` amount | percent | date | number, ``key`` the value
    whatever the language and convention, ``text`` as written."""

    code: str
    key: str
    text: str
    at: int = 0  # where it starts in the paragraph


def number_key(text: str) -> str:
    """A written number as a plain decimal: "1.500.000,50" and "1,500,000.50" -> "1500000.5".

    A lone separator followed by three digits groups thousands ("1.500" is 1500)."""
    s = text.strip()
    if len(s) > 40 or not s[:1].isdigit():
        return s
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if dec == "." else ".", "").replace(dec, ".")
    elif dots + commas == 1:
        sep = "." if dots else ","
        head, tail = s.split(sep)
        s = head + tail if len(tail) == 3 and len(head) <= 3 else f"{head}.{tail}"
    else:
        s = s.replace(".", "").replace(",", "")
    try:
        return format(Decimal(s).normalize(), "f")
    except InvalidOperation:
        return text


def values(text: str) -> list[Value]:
    """The amounts, percentages, dates and other numbers of ``text``, in order; a number that is
    part of an amount, percentage or date is not counted again on its own."""
    found: list[tuple[int, Value]] = []
    taken: list[tuple[int, int]] = []
    for m in _AMOUNT.finditer(text):
        cur = (m.group("cur") or m.group("cur2") or "").lower()
        num = number_key(m.group("num") or m.group("num2") or "")
        scale = next((v for k, v in _SCALES.items() if k in m.group().lower()), 1)
        if scale != 1 and num[:1].isdigit():
            num = format((Decimal(num) * scale).normalize(), "f")
        key = f"{_CURRENCY.get(cur, cur.upper())} {num}"
        found.append((m.start(), Value("amount", key, m.group(), m.start())))
        taken.append(m.span())
    for m in _PERCENT.finditer(text):
        if not _inside(m.span(), taken):
            found.append(
                (m.start(), Value("percent", number_key(m.group(1)) + "%", m.group(), m.start()))
            )
            taken.append(m.span())
    for m in _DATE.finditer(text):
        if not _inside(m.span(), taken):
            found.append((m.start(), Value("date", _date_key(m), m.group(), m.start())))
            taken.append(m.span())
    for m in _NUMBER.finditer(text):
        if not _inside(m.span(), taken):
            unit = _UNIT.match(text, m.end(), min(len(text), m.end() + 100))
            shown = m.group() + (f" {unit.group(1)}" if unit else "")
            found.append((m.start(), Value("number", number_key(m.group()), shown, m.start())))
    found.sort(key=lambda pair: pair[0])
    return [v for _, v in found]


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] < b or a < span[1] <= b for a, b in taken)


def _date_key(m: re.Match[str]) -> str:
    for i in "1234":
        year = m.group(f"y{i}")
        if year is None:
            continue
        month = m.group(f"m{i}")
        mm = int(month) if month.isdigit() else _MONTH_NAMES[month.lower()]
        return f"{year}-{mm:02d}-{int(m.group(f'd{i}')):02d}"
    return m.group()  # pragma: no cover - one alternative always matched


def obligations(text: str) -> Counter[str]:
    """The obligation and permission words ("wajib", "tidak dapat", "shall not", "may")."""
    return Counter(" ".join(m.group().lower().split()) for m in _OBLIGATION.finditer(text))


def negations(text: str) -> Counter[str]:
    """The negation words ("tidak", "bukan", "tanpa", "not", "without", ...)."""
    return Counter(m.group().lower() for m in _NEGATION.finditer(text))


def labels(text: str) -> Counter[str]:
    """The party labels (PIHAK PERTAMA, PARA PIHAK, First Party, ...) as written, upper case."""
    return Counter(" ".join(m.group().upper().split()) for m in _LABEL.finditer(text))


def companies(text: str) -> list[str]:
    """Names that look like a party's (PT ..., Yayasan ..., ... Co., Ltd.)."""
    return [" ".join(m.group().split()).rstrip(".,") for m in _COMPANY.finditer(text)]


def terms(text: str) -> list[str]:
    """The capitalised words in quotes, as defined terms are written ("Informasi Rahasia")."""
    return [t for t in _TERM.findall(text) if len(t.split()) <= 6 and not t.isupper()]


def mentions(text: str, names: frozenset[str]) -> Counter[str]:
    """How often each of ``names`` occurs in ``text`` (as a whole word or phrase)."""
    out: Counter[str] = Counter()
    for name in names:
        if name in text:
            n = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))
            if n:
                out[name] = n
    return out


def about_forum(text: str) -> bool:
    """Whether ``text`` speaks of a court, arbitration, mediation or their seat."""
    return _FORUM.search(text) is not None


def about_law(text: str) -> bool:
    """Whether ``text`` speaks of the governing law."""
    return _LAW.search(text) is not None


PATTERNS = (_AMOUNT, _PERCENT, _DATE, _NUMBER, _UNIT, _OBLIGATION, _NEGATION, _LABEL, _COMPANY,
            _TERM, _FORUM, _LAW)  # fmt: skip
