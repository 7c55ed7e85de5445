"""Three or more parties: the title, outsiders, each party's number, signatory authority; the
interview's signatory defaults by kind."""

from __future__ import annotations

import re
from typing import Any

import pytest
from conftest import load_answers
from document_helpers import changed, doc_of, text_of

from mou_cli.check.registry import all_rules
from mou_cli.errors import AnswersError
from mou_cli.interview import defaults
from mou_cli.interview.questions_parties import authority_basis, signatory_title
from mou_cli.interview.state import Ctx
from mou_cli.model import Answers
from mou_cli.readers.markdown import read_text
from mou_cli.writers import markdown


def _parties(a: Answers, n: int) -> list[dict[str, Any]]:
    return [p.model_dump(mode="json", exclude_unset=True) for p in a.parties[:n]]


# -- the title ---------------------------------------------------------------------------------


def test_three_party_titles_list_the_parties_with_commas() -> None:
    doc = doc_of(load_answers("three_parties_id"))
    lines = doc.title_lines["id"]
    at = lines.index("ANTARA")
    assert lines[at + 1 : at + 5] == [
        "UNIVERSITAS SUMATERA UTARA,",
        "PEMERINTAH KABUPATEN SAMOSIR,",
        "DAN",
        "PT DANAU TOBA LESTARI",
    ]
    en = doc_of(load_answers("en-3party")).title_lines["en"]
    at = en.index("BETWEEN")
    first, second, conj = en[at + 1 : at + 4]
    # "A, B AND C": a comma after A only, one AND
    assert first.endswith(",") and not second.endswith(",") and conj == "AND"
    assert en.count("AND") == 1


def test_two_party_title_has_no_comma() -> None:
    a = load_answers("three_parties_id")
    two = changed(a, parties=_parties(a, 2), roles=[r.model_dump() for r in a.roles[:2]])
    lines = doc_of(two).title_lines["id"]
    at = lines.index("ANTARA")
    assert lines[at + 1 : at + 4] == [
        "UNIVERSITAS SUMATERA UTARA",
        "DAN",
        "PEMERINTAH KABUPATEN SAMOSIR",
    ]


# -- outsiders when PIHAK KETIGA is a label -----------------------------------------------------


def test_outsiders_are_not_pihak_ketiga_when_pihak_ketiga_is_a_party() -> None:
    text = text_of(doc_of(load_answers("three_parties_id")), "id")
    assert "selanjutnya disebut PIHAK KETIGA" in text
    assert "pihak ketiga" not in text
    assert text.count("pihak lain di luar PARA PIHAK") >= 3  # IP, confidentiality, termination


def test_two_parties_keep_pihak_ketiga_for_outsiders() -> None:
    a = load_answers("three_parties_id")
    two = changed(a, parties=_parties(a, 2), roles=[r.model_dump() for r in a.roles[:2]])
    text = text_of(doc_of(two), "id")
    assert "PIHAK KETIGA" not in text
    assert "pihak ketiga" in text and "pihak lain di luar PARA PIHAK" not in text


def _k020(md: str) -> list[str]:
    rule = all_rules()["MOU-K020"]
    return [h.quote for h in rule.check(read_text(md, "draft.md"))]


def test_check_passes_our_three_party_draft_and_flags_the_old_wording() -> None:
    md = markdown.render(doc_of(load_answers("three_parties_id")))
    assert _k020(md) == []
    old = md.replace("pihak lain di luar PARA PIHAK", "pihak ketiga")
    assert len(_k020(old)) == md.count("pihak lain di luar PARA PIHAK") >= 3


# -- each party's own document number -----------------------------------------------------------


def test_each_party_number_is_printed_under_the_title_in_party_order() -> None:
    lines = doc_of(load_answers("three_parties_id")).title_lines["id"]
    numbers = [line for line in lines if line.startswith("NOMOR:")]
    assert numbers == [
        "NOMOR: 450/UN5.1.R/KS/2027",
        "NOMOR: 119/045/BPP/2027",
        "NOMOR: 015/DTL-PKS/II/2027",
    ]
    assert lines.index(numbers[0]) > lines.index("TENTANG")


def test_numbers_name_their_party_when_one_is_missing() -> None:
    a = load_answers("three_parties_id")
    parties = _parties(a, 3)
    del parties[1]["document_number"]
    lines = doc_of(changed(a, parties=parties, language="id-en")).title_lines
    assert [x for x in lines["id"] if x.startswith("NOMOR")] == [
        "NOMOR: 450/UN5.1.R/KS/2027 (USU)",
        "NOMOR: 015/DTL-PKS/II/2027 (Danau Toba)",
    ]
    assert "NO. 015/DTL-PKS/II/2027 (Danau Toba)" in lines["en"]


# -- signatory authority ------------------------------------------------------------------------


def test_komparisi_cites_each_signatory_authority() -> None:
    a = load_answers("three_parties_id")
    text = text_of(doc_of(a), "id")
    rector, regent, company = re.findall(r"^.*selanjutnya disebut PIHAK \w+[;.]$", text, re.M)
    assert "berdasarkan Keputusan Majelis Wali Amanat Nomor 12/UN5.MWA/KPT/2026" in rector
    assert "kepala daerah yang mewakili pemerintah daerah" in regent
    assert "Peraturan Pemerintah Nomor 28 Tahun 2018" in regent
    assert "berdasarkan surat kuasa dari Direksi, yaitu Surat Kuasa Direksi Nomor 07" in company
    en = text_of(doc_of(changed(a, language="en")), "en")
    assert "acting under Keputusan Majelis Wali Amanat Nomor 12" in en
    assert "acting under a power of attorney from its board of directors (Surat Kuasa" in en


@pytest.mark.parametrize(
    ("kind", "name", "title", "basis"),
    [
        ("company", "PT Maju", "Direktur Utama", "articles"),
        ("cooperative", "Koperasi Tani", "Ketua", "articles"),
        ("nonprofit", "Yayasan Cahaya", "Ketua Pengurus", "board"),
        ("university", "Universitas Andalas", "Rektor", "appointment"),
        ("university", "Politeknik Negeri Padang", "Direktur", "appointment"),
        (
            "university",
            "Universitas Andalas",
            "Wakil Rektor Bidang Penelitian",
            "power_of_attorney",
        ),
        ("university", "Universitas Andalas", "Dekan Fakultas Pertanian", "power_of_attorney"),
        ("university", "Andalas University", "Vice Rector for Research", "power_of_attorney"),
        ("government", "Pemerintah Kabupaten Kupang", "Bupati Kupang", "regional_head"),
        ("government", "Pemerintah Kota Padang", "Mayor of Padang", "regional_head"),
        ("government", "Pemerintah Kabupaten Kupang", "Sekretaris Daerah", "power_of_attorney"),
        ("government", "Kementerian Desa", "Direktur Jenderal", "office"),
        ("individual", "Budi Santoso", "Pribadi", "self"),
    ],
)
def test_authority_defaults_by_kind(kind: str, name: str, title: str, basis: str) -> None:
    a = load_answers("three_parties_id")
    parties = _parties(a, 3)
    parties[0].update(kind=kind, name=name, representative={"name": "Budi Santoso", "title": title})
    parties[0].pop("authority")
    assert changed(a, parties=parties).parties[0].authority_basis == basis


def test_authority_that_does_not_fit_the_kind_is_an_error_naming_the_field() -> None:
    a = load_answers("three_parties_id")
    parties = _parties(a, 3)
    parties[2]["authority"] = {"basis": "regional_head"}
    with pytest.raises(AnswersError) as err:
        changed(a, parties=parties)
    said = " ".join(err.value.details)
    assert "parties[2]" in said and "regional_head" in said and "'government'" in said


def test_old_files_without_the_new_party_fields_still_draft() -> None:
    a = load_answers("id-basic")  # schema 1, no authority, no document numbers
    assert all(p.authority is None and p.document_number is None for p in a.parties)
    assert "selanjutnya disebut PIHAK KEDUA" in text_of(doc_of(a), "id")


# -- the interview's signatory defaults ---------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name", "abroad", "id_", "en"),
    [
        ("government", "Pemerintah Kabupaten Kupang", False, "Bupati", "Regent"),
        ("government", "Pemerintah Kota Padang", False, "Wali Kota", "Mayor"),
        ("government", "Pemerintah Provinsi Aceh", False, "Gubernur", "Governor"),
        ("company", "AquaFlow Pte. Ltd.", True, "Direktur", "Director"),
        ("company", "PT Tani Maju", False, "Direktur Utama", "President Director"),
        ("university", "Universitas Andalas", False, "Rektor", "Rector"),
    ],
)
def test_signatory_title_defaults(kind: str, name: str, abroad: bool, id_: str, en: str) -> None:
    assert defaults.signatory_title(kind, name, abroad) == {"id": id_, "en": en}
    item = {"kind": kind, "name": name, "jurisdiction": "Singapore" if abroad else "Indonesia"}
    for lang, want in (("id", id_), ("en", en)):
        assert signatory_title(Ctx({}, item=item, text_lang=lang)) == want


def test_the_interview_offers_the_authority_the_model_would_use() -> None:
    item = {
        "kind": "government",
        "name": "Pemerintah Kabupaten Kupang",
        "jurisdiction": "Indonesia",
        "representative": {"name": "Frans Tefa", "title": {"id": "Bupati", "en": "Regent"}},
    }
    assert authority_basis(Ctx({}, item=item)) == "regional_head"
    item["representative"] = {"name": "Frans Tefa", "title": "Sekretaris Daerah"}
    assert authority_basis(Ctx({}, item=item)) == "power_of_attorney"
