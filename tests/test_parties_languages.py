"""Per-language values: titles, countries, laws, courts, seats and numbers are right in each
language, and no value of one language reaches the other column of a bilingual draft."""

from __future__ import annotations

import re
from typing import Any

import pytest
from conftest import load_answers
from document_helpers import changed, doc_of, text_of

from mou_cli.answers.notes import warnings
from mou_cli.errors import AnswersError
from mou_cli.model import Answers, TextMap
from mou_cli.model_base import court_of, is_abroad, law_of, place, title_of


@pytest.mark.parametrize(
    ("value", "id_", "en"),
    [
        ("Singapore", "Singapura", "Singapore"),
        ("Singapura", "Singapura", "Singapore"),
        ("Norway", "Norwegia", "Norway"),
        ("Jakarta", "Jakarta", "Jakarta"),
        ("Lima", "Lima", "Lima"),  # not in the table: as typed
        (
            TextMap(id="Negara Bagian Delaware", en="the State of Delaware"),
            "Negara Bagian Delaware",
            "the State of Delaware",
        ),
    ],
)
def test_places(value: Any, id_: str, en: str) -> None:
    assert (place(value, "id"), place(value, "en")) == (id_, en)


@pytest.mark.parametrize(
    ("value", "id_", "en"),
    [
        ("Singapore", "hukum Negara Republik Singapura", "the laws of the Republic of Singapore"),
        (
            "Singapore law",
            "hukum Negara Republik Singapura",
            "the laws of the Republic of Singapore",
        ),
        (
            "Republik Indonesia",
            "hukum Negara Republik Indonesia",
            "the laws of the Republic of Indonesia",
        ),
        ("Japan", "hukum Jepang", "the laws of Japan"),
        ("Peru", "hukum Peru", "the laws of Peru"),
        (
            "the laws of the State of New York",
            "the laws of the State of New York",
            "the laws of the State of New York",
        ),
    ],
)
def test_laws(value: str, id_: str, en: str) -> None:
    assert (law_of(value, "id"), law_of(value, "en")) == (id_, en)


@pytest.mark.parametrize(
    ("value", "id_", "en"),
    [
        ("Director", "Direktur", "Director"),
        ("Direktur Utama", "Direktur Utama", "President Director"),
        ("Bupati Kupang", "Bupati Kupang", "Regent of Kupang"),
        ("Mayor of Padang", "Wali Kota Padang", "Mayor of Padang"),
        ("Chief Technology Officer", "Chief Technology Officer", "Chief Technology Officer"),
    ],
)
def test_titles(value: str, id_: str, en: str) -> None:
    assert (title_of(value, "id"), title_of(value, "en")) == (id_, en)


def test_courts_and_seats() -> None:
    assert court_of("the District Court of Makassar", "id") == "Pengadilan Negeri Makassar"
    assert court_of("Makassar District Court", "id") == "Pengadilan Negeri Makassar"
    assert (
        court_of("Pengadilan Negeri Medan", "en") == "Pengadilan Negeri Medan"
    )  # the clause adds the English
    assert is_abroad("Singapore") and is_abroad("London")
    assert not is_abroad("Jakarta") and not is_abroad("Surabaya")


# -- a bilingual cross-border draft ---------------------------------------------------------------


def _pairs(a: Answers) -> list[tuple[str, str]]:
    """Every value the draft prints that differs by language: (Indonesian, English)."""
    out: list[tuple[str, str]] = []
    for p in a.parties:
        out.append((title_of(p.representative.title, "id"), title_of(p.representative.title, "en")))
        out.append((place(p.jurisdiction, "id"), place(p.jurisdiction, "en")))
    d = a.dispute
    assert d is not None and d.arbitration is not None
    out.append((law_of(d.governing_law, "id"), law_of(d.governing_law, "en")))
    out.append((place(d.arbitration.seat, "id"), place(d.arbitration.seat, "en")))
    for g in a.goals:
        for value in (g.metric, g.unit):
            if isinstance(value, TextMap):
                out.append((value.id or "", value.en or ""))
    out.append(("1.200", "1,200"))
    out.append(("seribu dua ratus", "one thousand two hundred"))
    return [(i, e) for i, e in out if i != e]


# Names that are the same in both texts although they hold a word of one language.
_PROPER = ("Singapore International Arbitration Centre", "AquaFlow Technologies Pte. Ltd.")


def test_no_value_of_one_language_reaches_the_other_column() -> None:
    a = load_answers("cross_border_id_en")
    doc = doc_of(a)
    columns = {lang: text_of(doc, lang) for lang in ("id", "en")}
    for name in _PROPER:
        columns = {k: v.replace(name, "") for k, v in columns.items()}
    pairs = _pairs(a)
    assert len(pairs) >= 7  # Director, Direktur Utama, Singapore, law, seat, units, numbers
    for id_, en in pairs:
        english_only = re.compile(rf"(?<![\w.,]){re.escape(en)}(?![\w])")
        indonesian_only = re.compile(rf"(?<![\w.,]){re.escape(id_)}(?![\w])")
        assert not english_only.search(columns["id"]), f"{en!r} in the Indonesian column"
        assert not indonesian_only.search(columns["en"]), f"{id_!r} in the English column"
        assert indonesian_only.search(columns["id"]), f"{id_!r} missing from the Indonesian column"
        assert english_only.search(columns["en"]), f"{en!r} missing from the English column"


def test_cross_border_details_read_right_in_each_language() -> None:
    doc = doc_of(load_answers("cross_border_id_en"))
    id_, en = text_of(doc, "id"), text_of(doc, "en")
    assert "Daniel Tan Wei Ming, selaku Direktur," in id_
    assert "didirikan berdasarkan hukum Negara Republik Singapura" in id_
    assert "represented by Daniel Tan Wei Ming, Director," in en
    assert "tempat kedudukan arbitrase adalah Singapura;" in id_
    # the seat's language: SIAC in Singapore is not heard in Indonesian
    assert "bahasa yang digunakan dalam proses arbitrase adalah Bahasa Inggris" in id_
    assert "the language of the arbitration is English" in en
    assert "target 1.200 (seribu dua ratus) paket" in id_
    assert "a target of one thousand two hundred (1,200) kits" in en
    titles = [s.title for s in doc.signatures.signatories] if doc.signatures else []
    assert titles == [
        {"id": "Direktur", "en": "Director"},
        {"id": "Direktur Utama", "en": "President Director"},
    ]


def test_a_domestic_seat_keeps_the_document_language() -> None:
    a = load_answers("cross_border_id_en")
    d = a.model_dump(mode="json", exclude_unset=True)["dispute"]
    d["arbitration"].update(institution="BANI", seat="Jakarta")
    text = text_of(doc_of(changed(a, dispute=d, prevailing_language="id")), "id")
    assert "bahasa yang digunakan dalam proses arbitrase adalah Bahasa Indonesia" in text


def test_a_per_language_value_needs_both_languages_in_a_bilingual_draft() -> None:
    a = load_answers("cross_border_id_en")
    parties = [p.model_dump(mode="json", exclude_unset=True) for p in a.parties]
    parties[0]["representative"]["title"] = {"en": "Director"}
    with pytest.raises(AnswersError) as err:
        changed(a, parties=parties)
    assert any("parties[0].representative.title" in d for d in err.value.details)


def test_plain_titles_the_table_cannot_translate_are_named_in_a_warning() -> None:
    a = load_answers("cross_border_id_en")
    assert not [w for w in warnings(a) if "representative.title" in w]
    parties = [p.model_dump(mode="json", exclude_unset=True) for p in a.parties]
    parties[0]["representative"]["title"] = "Head of Regional Sales"
    said = [w for w in warnings(changed(a, parties=parties)) if "representative.title" in w]
    assert len(said) == 1 and "parties[0]" in said[0] and "{id: ..., en: ...}" in said[0]


def test_schema_1_plain_strings_still_draft() -> None:
    a = load_answers("bilingual")  # every party value a plain string
    assert all(isinstance(p.representative.title, str) for p in a.parties)
    text = text_of(doc_of(a), "id")
    assert "hukum Jepang" in text and "hukum Japan" not in text
