"""Numbers, money, dates and party labels written the way each language's contracts write them.

Indonesian: ``30 (tiga puluh) hari``, ``40% (empat puluh persen)``,
``Rp750.000.000,00 (tujuh ratus lima puluh juta rupiah)``, ``Senin, 23 November 2026``.
English: ``thirty (30) days``, ``forty percent (40%)``, ``IDR 750,000,000.00 (seven hundred
fifty million rupiah)``. num2words and Babel do the work; this module only composes.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import re
import sys
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from functools import cache, lru_cache
from typing import Any

_LOCALE = {"id": "id_ID", "en": "en_GB"}


_CONVERTERS = {"id": ("lang_ID", "Num2Word_ID"), "en": ("lang_EN", "Num2Word_EN")}


@cache
def _converter(lang: str) -> Any:
    """num2words' converter for ``lang``, the object its ``num2words()`` function calls.

    ``import num2words`` imports and sets up all of its ~50 languages (~25 ms, a twentieth of a
    whole draft). Our two are plain submodules, so while num2words is not loaded yet they are
    imported under a bare package entry that is removed again at once; a later
    ``import num2words`` then loads the package as usual. tests/test_words.py holds the results
    to the public function's.
    """
    module_name, class_name = _CONVERTERS[lang]
    if "num2words" not in sys.modules:
        spec = importlib.util.find_spec("num2words")
        if spec is not None and spec.submodule_search_locations is not None:
            shell = importlib.util.module_from_spec(spec)  # the package, its __init__ not run
            sys.modules["num2words"] = shell
            try:
                module = importlib.import_module(f"num2words.{module_name}")
            finally:
                if sys.modules.get("num2words") is shell:
                    del sys.modules["num2words"]
            return getattr(module, class_name)()
    from num2words import CONVERTER_CLASSES

    return CONVERTER_CLASSES[lang]


_CENTS = Decimal("0.01")


def _rounded(n: float | int | Decimal) -> Decimal:
    """``n`` to two decimals, half up (``33.333333`` -> ``33.33``, ``99.999`` -> ``100.00``)."""
    d = Decimal(str(n))
    if not d.is_finite():
        raise ValueError(f"{n} is not a finite number")
    # enough precision for every digit of the whole part: quantize never raises
    return d.quantize(_CENTS, ROUND_HALF_UP, Context(prec=max(28, d.adjusted() + 4)))


def _plain(n: float | int | Decimal) -> int | Decimal:
    """The number as written: at most two decimals, an int when it is whole."""
    if isinstance(n, int):
        return n
    d = _rounded(n)
    if d == d.to_integral_value():
        return int(d)
    return d.normalize(Context(prec=len(d.as_tuple().digits)))  # 33.30 -> 33.3, all digits kept


@lru_cache(maxsize=2048)
def cardinal(n: float | int, lang: str) -> str:
    """The number in words: ``tiga puluh`` / ``thirty``; decimals (at most two, see above)
    digit by digit after ``koma`` / ``point``."""
    value = _plain(n)
    if isinstance(value, Decimal):
        whole, _, frac = format(value, "f").partition(".")
        sep = "koma" if lang == "id" else "point"
        digits = " ".join(cardinal(int(c), lang) for c in frac)
        return f"{cardinal(int(whole), lang)} {sep} {digits}"
    text: str = _converter(lang).to_cardinal(value)
    if lang == "en":
        text = text.replace(",", "").replace(" and ", " ")
    return text


def _format(value: int | Decimal, lang: str, pattern: str | None = None) -> str:
    """Babel's digits for ``value``, with enough decimal precision for a number of any size."""
    from babel.numbers import format_decimal

    size = len(str(abs(int(value))))
    with localcontext(Context(prec=max(28, size + 4))):  # Babel rounds in the current context
        return format_decimal(value, format=pattern, locale=_LOCALE[lang])


def digits(n: float | int, lang: str) -> str:
    """The number in digits with the language's separators: ``1.200`` / ``1,200``; at most two
    decimals, as :func:`cardinal` says it."""
    return _format(_plain(n), lang)


def num(n: float | int, lang: str) -> str:
    """``30 (tiga puluh)`` in Indonesian; ``thirty (30)`` in English."""
    if lang == "id":
        return f"{digits(n, lang)} ({cardinal(n, lang)})"
    return f"{cardinal(n, lang)} ({digits(n, lang)})"


def counted(n: float | int, unit_id: str, unit_en: str, lang: str) -> str:
    """A number with its unit: ``60 (enam puluh) hari kalender`` / ``sixty (60) calendar days``."""
    if lang == "id":
        return f"{num(n, lang)} {unit_id}"
    unit = unit_en if n != 1 else _singular(unit_en)
    return f"{num(n, lang)} {unit}"


def days(n: int, lang: str) -> str:
    """Calendar days, always said as such so no reader wonders about business days."""
    return counted(n, "hari kalender", "calendar days", lang)


def years(n: int, lang: str) -> str:
    return counted(n, "tahun", "years", lang)


def months(n: int, lang: str) -> str:
    return counted(n, "bulan", "months", lang)


def percent(p: float | int, lang: str) -> str:
    """``40% (empat puluh persen)`` / ``forty percent (40%)``."""
    if lang == "id":
        return f"{digits(p, lang)}% ({cardinal(p, lang)} persen)"
    return f"{cardinal(p, lang)} percent ({digits(p, lang)}%)"


_CURRENCY_WORDS = {
    "IDR": ("rupiah", "rupiah"),
    "USD": ("dolar Amerika Serikat", "United States dollars"),
    "EUR": ("euro", "euros"),
    "SGD": ("dolar Singapura", "Singapore dollars"),
    "JPY": ("yen", "yen"),
    "AUD": ("dolar Australia", "Australian dollars"),
    "GBP": ("pound sterling", "pounds sterling"),
    "MYR": ("ringgit", "ringgit"),
    "CNY": ("yuan", "yuan"),
}


def currency_words(code: str, lang: str) -> str:
    """The currency's name as used after an amount in words."""
    if code in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[code][0 if lang == "id" else 1]
    from babel.numbers import get_currency_name

    name = str(get_currency_name(code, count=2, locale=_LOCALE[lang]))
    if lang == "id":  # the unit first, the country after it: "won Korea Selatan"
        unit, _, rest = name.partition(" ")
        return f"{unit.lower()} {rest}".strip()
    return name  # English capitalises only the country's adjective: "South Korean won"


def money(amount: float | int, currency: str, lang: str) -> str:
    """``Rp750.000.000,00 (tujuh ratus lima puluh juta rupiah)``; other currencies code first.

    Cents are said as such: ``Rp1.500,50 (seribu lima ratus rupiah lima puluh sen)``.
    """
    value = _rounded(amount)
    whole, cents = int(value), int((value - int(value)) * 100)
    if _minor_digits(currency) == 0 and not cents:  # yen, won: no decimals to write
        figure = _format(Decimal(whole), lang, "#,##0")
    else:
        figure = _format(value, lang, "#,##0.00")
    words_ = f"{cardinal(whole, lang)} {currency_words(currency, lang)}"
    if cents:
        words_ += (
            f" {cardinal(cents, lang)} sen"
            if lang == "id"
            else f" and {cardinal(cents, lang)} cents"
        )
    if lang == "id" and currency == "IDR":
        return f"Rp{figure} ({words_})"
    return f"{currency} {figure} ({words_})"


@cache
def _minor_digits(currency: str) -> int:
    """Decimals the currency is written with (ISO 4217, through Babel): 2 for USD, 0 for JPY
    and KRW; 2 for IDR, as Indonesian contracts write it ("Rp750.000.000,00"), though its
    coins are gone."""
    if currency == "IDR":
        return 2
    from babel.numbers import get_currency_precision

    try:
        return int(get_currency_precision(currency))
    except (KeyError, ValueError, TypeError):
        return 2


def date(d: dt.date, lang: str) -> str:
    """``23 November 2026`` in both languages (Indonesian month names in Indonesian)."""
    from babel.dates import format_date

    return format_date(d, "d MMMM y", locale=_LOCALE[lang])


def weekday(d: dt.date, lang: str) -> str:
    """``Senin`` / ``Monday``."""
    from babel.dates import format_date

    return format_date(d, "EEEE", locale=_LOCALE[lang])


def date_words(d: dt.date, lang: str) -> str:
    """The formal opening date.

    Indonesian: ``Senin, tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam
    (23-11-2026)``; English: ``Monday, 23 November 2026``.
    """
    from babel.dates import format_date

    if lang == "id":
        month = format_date(d, "MMMM", locale=_LOCALE[lang])
        return (
            f"{weekday(d, lang)}, tanggal {cardinal(d.day, lang)} bulan {month} "
            f"tahun {cardinal(d.year, lang)} ({d:%d-%m-%Y})"
        )
    return f"{weekday(d, lang)}, {date(d, lang)}"


def ordinal_label(i: int, lang: str) -> str:
    """The label of the i-th party (1-based): ``PIHAK KETIGA`` / ``Third Party``."""
    if lang == "id":
        return f"PIHAK {_converter('id').to_ordinal(i).upper()}"
    return f"{_converter('en').to_ordinal(i).capitalize()} Party"


def join(items: list[str], lang: str) -> str:
    """``A, B, dan C`` (PUEBI's serial comma) / ``A, B and C``."""
    items = [str(x) for x in items]
    conj = "dan" if lang == "id" else "and"
    if len(items) <= 2:
        return f" {conj} ".join(items)
    serial = "," if lang == "id" else ""  # PUEBI: "kertas, pena, dan tinta"
    return f"{', '.join(items[:-1])}{serial} {conj} {items[-1]}"


def _singular(unit: str) -> str:
    return re.sub(r"s$", "", unit)


# A target as typed: "200", "5.000" or "5,000" (thousands), "12,5" or "12.5", "80%".
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
_DECIMAL = re.compile(r"\d+(?:[.,]\d{1,2})?")


def target_number(text: str) -> int | Decimal | None:
    """The number a typed target means, or None when it is not a plain number. One separator
    followed by three digits groups thousands in either convention ("1,200", "1.200")."""
    s = text.strip()
    if _GROUPED.fullmatch(s):
        return int(re.sub(r"[.,]", "", s))
    if _DECIMAL.fullmatch(s):
        return _plain(Decimal(s.replace(",", ".")))
    return None


def quantity(target: str, unit: str, lang: str) -> str:
    """A goal's target in digits and words with its unit: ``200 (dua ratus) orang`` /
    ``two hundred (200) people``, ``80% (delapan puluh persen)``; a target that is not a
    plain number ("Tier 3") is printed as typed, followed by its unit."""
    text = target.strip()
    is_percent = text.endswith("%")
    found = target_number(text[:-1] if is_percent else text)
    n = found if found is None or isinstance(found, int) else float(found)  # two decimals
    if n is None:
        said = text
    elif is_percent:
        said = percent(n, lang)
    else:
        said = num(n, lang)
    return f"{said} {unit.strip()}" if unit.strip() else said
