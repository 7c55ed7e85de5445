"""The shared helpers of the check rules: number words, dates, sections, parties."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mou_cli import words
from mou_cli.check.dates import Duration, add, find_dates, ranges
from mou_cli.check.numbers import pairs, parse_digits, parse_words
from mou_cli.check.parties import find_parties
from mou_cli.check.sections import heading_sections
from mou_cli.readers.markdown import read_text


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["id", "en"]))
def test_words_read_back_what_mou_writes(n: int, lang: str) -> None:
    assert parse_words(words.cardinal(n, lang)) == n


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["id", "en"]))
def test_every_pair_mou_writes_agrees(n: int, lang: str) -> None:
    text = f"{words.num(n, lang)}; {words.percent(n % 101, lang)}; {words.money(n, 'IDR', lang)}"
    found = pairs(text)
    assert len(found) == 3
    assert all(p.agrees for p in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tiga puluh", 30), ("seratus", 100), ("seribu", 1000), ("dua belas", 12),
        ("sebelas", 11), ("thirty-five", 35), ("one hundred and twenty", 120),
        ("dua koma lima", Decimal("2.5")), ("dua tiga", None), ("tiga hari", None),
    ],
)  # fmt: skip
def test_parse_words(text: str, value) -> None:
    assert parse_words(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.000.000,00", 1000000), ("1,000,000.00", 1000000), ("2,5", Decimal("2.5")),
     ("40", 40), ("1.200", 1200)],
)  # fmt: skip
def test_parse_digits(text: str, value) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize(
    ("text", "digits", "words_"),
    [
        ("Rp1.000.000,00 (sepuluh juta rupiah)", 1000000, 10000000),
        ("40% (empat puluh persen)", 40, 40),
        ("sixty (60) days", 60, 60),
        ("30 (tiga puluh) hari", 30, 30),
        ("thirty (45) units", 45, 30),
    ],
)
def test_pairs(text: str, digits: int, words_: int) -> None:
    (p,) = pairs(text)
    assert (p.digits, p.words) == (digits, words_)


def test_no_pair_in_references_or_headings() -> None:
    assert pairs("Pasal 7 ayat (2) dan Section 2 (one of the Parties)") == ()


def test_dates() -> None:
    (d,) = find_dates(
        "Pada hari ini, Senin, tanggal dua puluh tiga bulan November tahun dua ribu "
        "dua puluh enam (23-11-2026)"
    )
    assert (d.date, d.weekday, d.bracket) == (dt.date(2026, 11, 23), 0, (23, 11, 2026))
    (bad,) = find_dates("sampai 30 Februari 2027")
    assert bad.date is None
    (us,) = find_dates("on March 10, 2027")
    assert us.date == dt.date(2027, 3, 10)
    ((a, b),) = ranges("sejak 1 April 2027 sampai dengan 31 Maret 2029")
    assert (a.date, b.date) == (dt.date(2027, 4, 1), dt.date(2029, 3, 31))


def test_add_clamps_month_ends() -> None:
    assert add(dt.date(2027, 1, 31), Duration(1, "months", 0, 0, "")) == dt.date(2027, 2, 28)
    assert add(dt.date(2028, 2, 29), Duration(1, "years", 0, 0, "")) == dt.date(2029, 2, 28)


def test_heading_sections_by_meaning() -> None:
    assert heading_sections("Jangka Waktu dan Pengakhiran") == {"term", "termination"}
    assert "roles" in heading_sections("Hak dan Kewajiban Para Pihak")
    assert "force_majeure" in heading_sections("Keadaan Memaksa (Force Majeure)")
    assert "dispute" in heading_sections("Settlement of Disputes")


def test_parties_from_one_english_sentence() -> None:
    draft = read_text(
        "# MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum is made between The University of "
        'Melbourne, of Parkville, Australia ("Melbourne") and Universitas Gadjah Mada, of '
        'Bulaksumur, Yogyakarta, Indonesia ("UGM").\n\n## Article 1 Purpose\n\nResearch.\n'
    )
    parties = find_parties(draft)
    assert [p.name for p in parties] == ["University of Melbourne", "Universitas Gadjah Mada"]
    assert [p.indonesian for p in parties] == [False, True]
    assert parties[1].aliases == {"UGM"}


def test_party_named_before_its_alias_in_capitals() -> None:
    """A real MoA: the name in capitals before "(hereinafter referred to as ...)", a quoted word
    inside it, and a statute name ("... MARA Act 1976") later in the same sentence."""
    draft = read_text(
        "# MEMORANDUM OF AGREEMENT\n\nBETWEEN\n\nUNIVERSITI TEKNOLOGI MARA (hereinafter referred "
        "to as “UiTM”) is a public university established under the Universiti Teknologi MARA "
        "Act 1976 [Act 173];\n\nAND\n\nUNIVERSITAS PEMBANGUNAN NASIONAL “VETERAN” JAWA TIMUR "
        "(hereinafter referred to as “UPNVJT”), a public university in Surabaya, Indonesia.\n\n"
        "## Article 1 Project\n\nA seminar.\n"
    )
    parties = find_parties(draft)
    assert [p.name for p in parties] == [
        "UNIVERSITI TEKNOLOGI MARA",
        "UNIVERSITAS PEMBANGUNAN NASIONAL “VETERAN” JAWA TIMUR",
    ]
    assert [p.indonesian for p in parties] == [False, True]
