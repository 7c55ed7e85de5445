"""Typed text -> a value, forgiving of the usual ways people write it; a refusal says what
would be accepted, in both languages (``Invalid``).

Dates in ISO or written out (``15/01/2027``, ``15 Januari 2027``, ``1 March 2027``, month names
from Babel); numbers with either convention's separators (``1.200.000``, ``1,200,000``) and
words (``750 juta``); an amount with its currency (``USD 25.000``); a target with its unit
(``25 desa``); either of those two (``300 unit mesin`` or ``Rp 2 miliar``); a currency code in
any case (``usd``, ``rp``); a list in one line (``a; b; c``). ``echo`` says back what was
understood.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any, NoReturn

from mou_cli import words
from mou_cli.messages import Msg, msg


class Invalid(ValueError):
    """A typed answer that cannot be used; ``msg`` says why in both languages."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message["en"])
        self.msg = message


REQUIRED = msg("Wajib diisi.", "This one is required.")
DATE_FORMS = msg(
    "tulis misalnya 2027-01-15, 15/01/2027 atau 15 Januari 2027",
    "write e.g. 2027-01-15, 15/01/2027 or 15 January 2027",
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NUMERIC_DATE = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")
_WRITTEN_DATE = re.compile(r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4}))")
_EN_DATE = re.compile(r"(?:([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))")
# Spellings Babel does not give but people write (old Indonesian, short forms).
_EXTRA_MONTHS = {"pebruari": 2, "agt": 8, "ags": 8, "sept": 9, "nop": 11, "nopember": 11}
_SCALES = {
    "ribu": 10**3, "rb": 10**3, "thousand": 10**3, "k": 10**3,
    "juta": 10**6, "jt": 10**6, "million": 10**6, "m": 10**6,
    "miliar": 10**9, "milyar": 10**9, "billion": 10**9, "bn": 10**9,
    "triliun": 10**12, "trillion": 10**12,
}  # fmt: skip
_SYMBOLS = {
    "rp": "IDR", "rupiah": "IDR", "$": "USD", "us$": "USD", "s$": "SGD",
    "€": "EUR", "£": "GBP", "¥": "JPY",
}  # fmt: skip
_MONEY_HEAD = re.compile(r"^(rp\.?|rupiah|us\$|s\$|[$€£¥]|[a-z]{3}\b)\s*", re.IGNORECASE)
_MONEY_TAIL = re.compile(r"\s*\b(rupiah|[a-z]{3})$", re.IGNORECASE)
_UNIT_WORDS = ("hari", "day", "days", "tahun", "year", "years", "bulan", "month", "months")


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    """The ISO 4217 codes in use somewhere today (from Babel): ``IDR``, ``USD``, ``SGD``..."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    found: set[str] = set()
    for territory in Locale("en").territories:
        found.update(get_territory_currencies(str(territory)))
    return frozenset(found)


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names and their short forms in Indonesian and English, lower case -> 1..12."""
    from babel.dates import get_month_names

    out = dict(_EXTRA_MONTHS)
    for lang in ("id", "en"):
        for width in ("wide", "abbreviated"):
            for n, name in get_month_names(width, "format", lang).items():
                out[name.lower().rstrip(".")] = n
    return out


def parse_date(text: str) -> str:
    """A date as people write it -> ``YYYY-MM-DD``; day before month when written in digits
    (``15/01/2027``), as in Indonesia."""
    s = re.sub(r"^[^\d,]+,\s*", "", text.strip().lower())  # "Senin, 15 Januari 2027"
    found: tuple[int, int, int] | None = None
    if m := _NUMERIC_DATE.fullmatch(s):
        a, b, c = m.groups()
        if len(a) == 4:
            found = (int(a), int(b), int(c))
        elif len(c) in (2, 4):
            found = (int(c) + (2000 if len(c) == 2 else 0), int(b), int(a))
    elif (m := _WRITTEN_DATE.fullmatch(s)) and m.group(2) in _months():
        found = (int(m.group(3)), _months()[m.group(2)], int(m.group(1)))
    elif (m := _EN_DATE.fullmatch(s)) and m.group(1) in _months():
        found = (int(m.group(3)), _months()[m.group(1)], int(m.group(2)))
    if found is None:
        _refuse(f"'{text}' bukan tanggal; ", f"'{text}' is not a date; ", DATE_FORMS)
    try:
        return dt.date(*found).isoformat()
    except ValueError:
        raise Invalid(
            msg(
                f"Tanggal {text} tidak ada di kalender; {DATE_FORMS['id']}.",
                f"There is no {text} in the calendar; {DATE_FORMS['en']}.",
            )
        ) from None


def parse_email(text: str) -> str:
    if not _EMAIL.match(text.strip()):
        _refuse(
            f"'{text}' bukan alamat e-mail",
            f"'{text}' is not an e-mail address",
            msg("contoh: nama@contoh.co.id", "e.g. name@example.com"),
        )
    return text.strip()


def parse_int(text: str) -> int:
    """A whole number: ``30``, ``1.000``, ``1,000``, ``30 hari``, ``3 years``."""
    s = re.sub(rf"\s*\b({'|'.join(_UNIT_WORDS)})$", "", text.strip().lower())
    cleaned = re.sub(r"(?<=\d)[.,\s](?=\d{3}\b)", "", s)
    if not re.fullmatch(r"\d+", cleaned):
        _refuse(
            f"'{text}' bukan bilangan bulat",
            f"'{text}' is not a whole number",
            msg("tulis angka, misalnya 30", "write digits, e.g. 30"),
        )
    return int(cleaned)


def _number(s: str) -> float | None:
    """``750.000.000``, ``1,5``, ``1.500.000,50``, ``1,500,000.50`` -> the number, or None."""
    s = s.replace(" ", "").replace("_", "")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", s) and len(set(re.findall(r"[.,]", s))) == 1:
        s = re.sub(r"[.,]", "", s)  # 1.500.000 or 1,500,000 (never 1.5 thousandths)
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+,\d+", s):
        s = s.replace(".", "").replace(",", ".")  # 1.500.000,50
    elif re.fullmatch(r"\d{1,3}(,\d{3})+\.\d+", s):
        s = s.replace(",", "")  # 1,500,000.50
    elif re.fullmatch(r"\d+([.,]\d+)?", s):
        s = s.replace(",", ".")
    else:
        return None
    return float(s)


def _whole(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def parse_number(text: str) -> int | float:
    """A positive number in Indonesian or English style: ``750.000.000``, ``1,5``, ``33.5``."""
    value = _number(text.strip())
    if value is None:
        _refuse(
            f"'{text}' bukan angka",
            f"'{text}' is not a number",
            msg("tulis misalnya 1.200.000 atau 1,5", "write e.g. 1,200,000 or 1.5"),
        )
    if value <= 0:
        _refuse("Harus lebih dari nol", "Must be more than zero", msg("misalnya 10", "e.g. 10"))
    return _whole(value)


def parse_money(text: str) -> dict[str, Any]:
    """An amount and its currency: ``Rp 750.000.000``, ``750 juta``, ``USD 25,000``,
    ``25.000 EUR`` -> ``{amount, currency}`` (the currency None when not written)."""
    s = text.strip()
    currency = None
    head, tail = _MONEY_HEAD.match(s), _MONEY_TAIL.search(s)
    for found in (head, tail):
        if found:
            code = found.group(1).lower().rstrip(".")
            if code in _SCALES:
                continue
            currency = _SYMBOLS.get(code, code.upper())
            s = s[: found.start()] + s[found.end() :]
            break
    scale = 1
    m = re.search(r"(?:(?<=\d)|\s+)([a-z]+)\.?$", s.strip(), re.IGNORECASE)
    if m and m.group(1).lower() in _SCALES:
        scale = _SCALES[m.group(1).lower()]
        s = s.strip()[: m.start()]
    value = _number(s.strip())
    if value is None or value <= 0:
        _refuse(
            f"'{text}' bukan jumlah uang",
            f"'{text}' is not an amount",
            msg(
                "tulis misalnya Rp 750.000.000, 750 juta atau USD 25.000",
                "write e.g. IDR 750,000,000, 750 million or USD 25,000",
            ),
        )
    return {"amount": _whole(round(value * scale, 2)), "currency": currency}


def parse_target(text: str) -> dict[str, Any]:
    """A number and its unit: ``25 desa`` -> ``{target: 25, unit: "desa"}``; ``80%`` keeps the
    sign in the number (``{target: "80%"}``)."""
    m = re.fullmatch(r"\s*([\d.,]+)\s*(%?)\s*(.*?)\s*", text)
    value = _number(m.group(1)) if m else None
    if m is None or value is None:
        _refuse(
            f"'{text}' bukan target",
            f"'{text}' is not a target",
            msg(
                "tulis angka lalu satuannya, misalnya 25 desa atau 5.000 petani",
                "write a number, then its unit: e.g. 25 villages or 5,000 farmers",
            ),
        )
    return {"target": _whole(value), "percent": bool(m.group(2)), "unit": m.group(3) or None}


def parse_currency(text: str) -> str:
    """A currency as people write it: ``usd``, ``IDR``, ``Rp``, ``rupiah``, ``S$`` -> ``USD``,
    ``IDR``, ``SGD``; a three-letter code no country uses today is refused."""
    s = text.strip().lower().rstrip(".")
    code = _SYMBOLS.get(s) or s.upper()
    if code not in _currencies():
        _refuse(
            f"'{text}' bukan kode mata uang",
            f"'{text}' is not a currency code",
            msg("tulis misalnya IDR, Rp, USD atau SGD", "write e.g. IDR, Rp, USD or SGD"),
        )
    return code


def _money_written(text: str) -> bool:
    """``text`` names a currency (``Rp 2 miliar``, ``USD 150.000``, ``150.000 usd``)."""
    for found in (_MONEY_HEAD.match(text), _MONEY_TAIL.search(text)):
        if found:
            code = found.group(1).lower().rstrip(".")
            if code in _SYMBOLS or code.upper() in _currencies():
                return True
    return False


def parse_measure(text: str) -> dict[str, Any]:
    """A quantity with its unit or an amount of money: ``300 unit mesin``, ``2 juta botol`` ->
    ``{quantity, unit}``; ``Rp 2 miliar``, ``USD 150,000``, ``750 juta`` -> ``{amount,
    currency}``. The other two parts are None."""
    s = text.strip()
    none = {"amount": None, "currency": None, "quantity": None, "unit": None}
    if _money_written(s):
        return {**none, **parse_money(s)}
    m = re.fullmatch(r"(\d[\d.,]*)\s*(.*)", s)
    value, rest = (_number(m.group(1)), m.group(2).strip()) if m else (None, "")
    scale = 1
    if (word := re.match(r"([a-z]+)\.?(?:\s+|$)", rest, re.IGNORECASE)) and (
        word.group(1).lower() in _SCALES and len(word.group(1)) > 1  # "300 m": metres
    ):
        scale, rest = _SCALES[word.group(1).lower()], rest[word.end() :].strip()
    if value is not None and scale > 1 and not rest:  # "750 juta": rupiah, as amounts are
        return {**none, **parse_money(s)}
    quantity = value * scale if value is not None else 0
    if not rest or not quantity or not float(quantity).is_integer():
        _refuse(
            f"'{text}' bukan jumlah dengan satuan atau nilai uang",
            f"'{text}' is neither a quantity with its unit nor an amount of money",
            msg(
                "tulis bilangan bulat lalu satuannya (300 unit mesin) atau nilainya "
                "(Rp 2 miliar, USD 150.000)",
                "write a whole number, then its unit (300 machines), or a value "
                "(IDR 2 billion, USD 150,000)",
            ),
        )
    return {**none, "quantity": int(quantity), "unit": rest}


def parse_percent(text: str) -> int | float:
    s = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = float(s)
    except ValueError:
        value = -1
    if not 0 <= value <= 100:
        _refuse(
            f"'{text}' bukan persentase",
            f"'{text}' is not a percentage",
            msg("tulis angka antara 0 dan 100, misalnya 40", "write 0 to 100, e.g. 40"),
        )
    return _whole(value)


def split_list(text: str) -> list[str]:
    """``a; b; c`` -> ``["a", "b", "c"]`` (empty pieces dropped)."""
    return [piece.strip() for piece in re.split(r"[;\n]", text) if piece.strip()]


def _refuse(id: str, en: str, accepted: Msg) -> NoReturn:
    """Refuse with what was wrong, then what would be accepted."""
    sep = "" if id.endswith(" ") else "; "
    raise Invalid(msg(f"{id}{sep}{accepted['id']}.", f"{en}{sep}{accepted['en']}."))


PARSERS = {
    "date": parse_date,
    "email": parse_email,
    "int": parse_int,
    "amount": parse_number,
    "percent": parse_percent,
    "money": parse_money,
    "target": parse_target,
    "measure": parse_measure,
    "currency": parse_currency,
    "list": split_list,
}


def echo(kind: str, value: Any, lang: str) -> str:
    """What was understood, said back when it may differ from what was typed ('' otherwise)."""
    if kind == "date" and isinstance(value, str):
        day = dt.date.fromisoformat(value)
        return f"{words.weekday(day, lang)}, {words.date(day, lang)}"
    if kind == "measure" and isinstance(value, dict) and value.get("quantity"):
        unit = value.get("unit")
        unit = unit.get(lang) or next(iter(unit.values())) if isinstance(unit, dict) else unit
        n = words.digits(value["quantity"], lang)
        return f"jumlah {n}, satuan: {unit}" if lang == "id" else f"quantity {n}, unit: {unit}"
    if kind == "currency" and isinstance(value, str):
        return value
    if kind in ("money", "measure") and isinstance(value, dict) and value.get("amount"):
        return f"{value.get('currency') or 'IDR'} {words.digits(value['amount'], lang)}"
    if kind == "amount" and isinstance(value, (int, float)) and value >= 1000:
        return words.digits(value, lang)
    if kind == "target" and isinstance(value, dict) and value.get("unit"):
        unit = value["unit"]
        unit = unit.get(lang) or next(iter(unit.values())) if isinstance(unit, dict) else unit
        return f"target {value['target']}, {'satuan' if lang == 'id' else 'unit'}: {unit}"
    if kind == "list" and isinstance(value, list) and len(value) > 1:
        return f"{len(value)} {'butir' if lang == 'id' else 'items'}"
    return ""
