"""Digits and words always say the same number, as `mou check` (MOU-K002) reads them back.

The rule (``mou_cli.words``): a number is rounded once to at most two decimals, half up, and
both its digits and its words are written from that value.
"""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from conftest import ANSWERS
from hypothesis import given, settings
from hypothesis import strategies as st

from mou_cli import words
from mou_cli.check.numbers import pairs, parse_digits, parse_words

LANGS = st.sampled_from(["id", "en"])
CURRENCIES = st.sampled_from(["IDR", "USD", "EUR", "SGD", "JPY", "GBP"])


def as_written(n: float | Decimal) -> Decimal:
    """What the rule says ``n`` is written as."""
    return Decimal(str(n)).quantize(Decimal("0.01"), ROUND_HALF_UP)


_ID = re.compile(r"^(?P<digits>[\d.,]+)(?P<pct>%?) \((?P<words>.+?)(?: persen)?\)$")
_EN = re.compile(r"^(?P<words>.+?)(?: percent)? \((?P<digits>[\d.,]+)(?P<pct>%?)\)$")


def read_back(text: str, lang: str) -> Decimal:
    """The number ``text`` says in digits, once its words are read back to the same value.

    `mou check`'s own reader does both; every pair it finds in ``text`` must agree (it finds
    none when the words run past its window of 120-160 characters).
    """
    m = (_ID if lang == "id" else _EN).match(text)
    assert m, text
    value, said = parse_digits(m["digits"]), parse_words(m["words"])
    assert value is not None and said == value, (text, value, said)
    assert all(pair.agrees for pair in pairs(text)), pairs(text)
    return value


# Any share a valid answers file can hold: above 0, at most 100, as many decimals as typed.
PERCENTS = st.one_of(
    st.floats(min_value=1e-9, max_value=100, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=Decimal("0.0000001"), max_value=100, places=7),
    st.integers(1, 100),
)


@settings(max_examples=300, deadline=None)
@given(PERCENTS, LANGS)
def test_a_percent_reads_back_as_its_digits(p: float | Decimal, lang: str) -> None:
    text = words.percent(p, lang)
    assert read_back(text, lang) == as_written(p)
    assert len(pairs(text)) == 1  # and `mou check` sees it


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.floats(min_value=0, max_value=1e6, allow_nan=False),
        st.decimals(min_value=0, max_value=10**6, places=4),
    ),
    LANGS,
)
def test_a_number_reads_back_as_its_digits(n: float | Decimal, lang: str) -> None:
    """Counts as templates write them (days, months, units); up to a million, so that the
    English words stay inside the 120 characters `mou check` looks back over."""
    assert read_back(words.num(n, lang), lang) == as_written(n)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**15 - 1), CURRENCIES, LANGS)
def test_a_whole_amount_reads_back_as_its_digits(amount: int, currency: str, lang: str) -> None:
    text = words.money(amount, currency, lang)
    m = _MONEY.match(text)
    assert m and parse_digits(m["figure"]) == amount, text
    assert _money_words(text, currency, lang) == amount, text
    assert all(pair.agrees for pair in pairs(text)), pairs(text)


_MONEY = re.compile(r"^(?:Rp|[A-Z]{3} )(?P<figure>[\d.,]+) \((?P<words>.*)\)$")


def _money_words(text: str, currency: str, lang: str) -> Decimal:
    """An amount's words read back whole, cents included (``... rupiah lima puluh sen``)."""
    m = _MONEY.match(text)
    assert m, text
    name = re.escape(words.currency_words(currency, lang))
    cents = r" (?P<cents>.+) sen" if lang == "id" else r" and (?P<cents>.+) cents"
    said = re.fullmatch(rf"(?P<whole>.+) {name}(?:{cents})?", m["words"])
    assert said, text
    whole = parse_words(said["whole"])
    assert whole is not None, text
    part = parse_words(said["cents"]) if said["cents"] else Decimal(0)
    assert part is not None and part < 100, text
    return whole + part / 100


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.floats(min_value=0.001, max_value=1e12, allow_nan=False),
        st.decimals(min_value=Decimal("0.001"), max_value=10**12, places=3),
    ),
    CURRENCIES,
    LANGS,
)
def test_an_amount_in_words_says_its_figure(
    amount: float | Decimal, currency: str, lang: str
) -> None:
    text = words.money(amount, currency, lang)
    figure = parse_digits(_MONEY.match(text)["figure"])  # type: ignore[index]
    assert figure == as_written(amount), text
    assert _money_words(text, currency, lang) == figure, text


@pytest.mark.parametrize(
    ("p", "lang", "expected"),
    [
        (99.9999999, "id", "100% (seratus persen)"),
        (0.0000001, "id", "0% (nol persen)"),
        (33.333333, "id", "33,33% (tiga puluh tiga koma tiga tiga persen)"),
        (33.333334, "en", "thirty-three point three three percent (33.33%)"),
        (12.125, "en", "twelve point one three percent (12.13%)"),
        (72.5, "id", "72,5% (tujuh puluh dua koma lima persen)"),
    ],
)
def test_the_reported_shares(p: float, lang: str, expected: str) -> None:
    assert words.percent(p, lang) == expected


def _draft(tmp_path: Path, name: str, replace: dict[str, str]) -> str:
    text = (ANSWERS / f"{name}.yaml").read_text(encoding="utf-8")
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mou_cli", "new", "--answers", "a.yaml", "-o", "d", "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return (tmp_path / "d.md").read_text(encoding="utf-8")


def _all_pairs_agree(md: str) -> None:
    for line in md.splitlines():
        for pair in pairs(line):
            assert pair.agrees, pair


def test_mou_s_own_draft_with_odd_shares_reads_back(tmp_path: Path) -> None:
    """The issue's shares: 99.9999999 and 0.0000001; three of about 33.333333."""
    md = _draft(
        tmp_path,
        "en-3party",
        {
            "cost_shares: [{party: Harbourline, percent: 45}, {party: Laut Biru, percent: 40}, "
            "{party: Koperasi Banda, percent: 15}]": "cost_shares: [{party: Harbourline, percent: "
            "99.9999998}, {party: Laut Biru, percent: 0.0000001}, {party: Koperasi Banda, "
            "percent: 0.0000001}]",
            "shares: [{party: Harbourline, percent: 45}, {party: Laut Biru, percent: 40}, "
            "{party: Koperasi Banda, percent: 15}]": "shares: [{party: Harbourline, percent: "
            "33.333333}, {party: Laut Biru, percent: 33.333333}, {party: Koperasi Banda, "
            "percent: 33.333334}]",
        },
    )
    assert "(33.33%)" in md and "(100%)" in md and "(0%)" in md
    _all_pairs_agree(md)


def test_mou_s_own_indonesian_draft_reads_back(tmp_path: Path) -> None:
    md = _draft(
        tmp_path,
        "id-basic",
        {
            "shares: [{party: Bumi Data, percent: 65}, {party: Poltan, percent: 35}]": (
                "shares: [{party: Bumi Data, percent: 99.9999999}, "
                "{party: Poltan, percent: 0.0000001}]"
            )
        },
    )
    assert "100% (seratus persen)" in md and "0% (nol persen)" in md
    _all_pairs_agree(md)
