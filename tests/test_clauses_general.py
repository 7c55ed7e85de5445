"""The general clauses (opening, recitals, term ... entire agreement, closing) across variants.

Each case edits tests/data/clause_general_base.yaml and renders it in both languages. The checks:
both columns have the same paragraph and list shape, article references point at the right
articles, and each branch (forum, seat, binding, renewal, language, meterai) says what it must.
"""

from __future__ import annotations

import copy
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from mou_cli import answers
from mou_cli.document.build import build
from mou_cli.library.loader import load_library
from mou_cli.tree import Document

BASE = yaml.safe_load(
    (Path(__file__).parent / "data" / "clause_general_base.yaml").read_text(encoding="utf-8")
)
GENERAL = (
    "opening",
    "recitals",
    "term",
    "termination",
    "termination_waiver",
    "force_majeure",
    "governing_law",
    "dispute",
    "notices",
    "binding",
    "independence",
    "anti_corruption",
    "assignment",
    "amendment",
    "language",
    "severability",
    "entire_agreement",
    "closing",
)
THIRD = {
    "name": "Pemerintah Kabupaten Sleman",
    "short_name": "Pemkab Sleman",
    "kind": "government",
    "jurisdiction": "Indonesia",
    "address": "Jl. Parasamya, Beran, Sleman",
    "representative": {"name": "Harda Kiswaya", "title": "Bupati Sleman"},
}
SIAC = {"institution": "SIAC", "seat": "Singapore", "arbitrators": 1, "language": "en"}

# name -> edits (dotted path -> value); None deletes the key
CASES: dict[str, dict[str, Any]] = {
    "base": {},
    "binding": {"binding": True},
    "three_parties": {"parties.2": THIRD, "binding": True},
    "court": {"dispute.forum": "court", "dispute.court": "Pengadilan Negeri Sleman"},
    "siac_abroad": {"dispute.arbitration": SIAC, "dispute.mediation": False},
    "automatic_renewal": {"term.renewal": "automatic", "term.renewal_years": 1},
    "automatic_no_termination": {
        "term.renewal": "automatic",
        "term.renewal_years": 1,
        "termination": None,
    },
    "no_renewal": {"term.renewal": "none"},
    "survive_confidentiality_only": {"termination.survive": ["confidentiality"]},
    "no_waiver": {"termination.waive_civil_code_1266": False},
    "english_with_indonesian_party": {"language": "en", "binding": True},
    "english_foreign_parties": {
        "language": "en",
        "parties.0.jurisdiction": "Singapore",
        "parties.1.jurisdiction": "Malaysia",
    },
    "prevailing_english": {"prevailing_language": "en"},
    "e_meterai": {"signatures.e_meterai": True},
    "no_stamp": {"signatures.stamp_duty": False},
    "bare": {
        "dispute": None,
        "termination": None,
        "term": None,
        "ip": None,
        "confidentiality": None,
        "force_majeure": False,
        "notices": False,
        "background": [],
    },
}


def _edit(edits: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    for path, value in edits.items():
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        node: Any = data
        for p in parents:
            node = node[p]
        if value is None and not isinstance(node, list):
            node.pop(last, None)
        elif isinstance(node, list) and last == len(node):
            node.append(value)
        else:
            node[last] = value
    if data.get("dispute") and data["dispute"]["forum"] == "court":
        data["dispute"].pop("arbitration", None)
    return data


@cache
def _doc(name: str) -> Document:
    return build(answers.validate(_edit(CASES[name])).answers, load_library())


def _text(doc: Document, clause_id: str, lang: str) -> str:
    for s in doc.sections:
        if s.clause_id == clause_id:
            return "\n".join(" ".join([p.text, *p.items]) for p in s.texts[lang].paras)
    raise KeyError(clause_id)


def _number(doc: Document, clause_id: str) -> int:
    return next(s.number for s in doc.sections if s.clause_id == clause_id)


def _ids(doc: Document) -> set[str]:
    return {s.clause_id for s in doc.sections}


@pytest.mark.parametrize("name", CASES)
def test_both_languages_have_the_same_shape(name: str) -> None:
    doc = _doc(name)
    for s in doc.sections:
        if s.clause_id in GENERAL and len(s.texts) == 2:
            shape = {lang: [len(p.items) for p in s.texts[lang].paras] for lang in s.texts}
            assert shape["id"] == shape["en"], f"{s.clause_id}: {shape}"


@pytest.mark.parametrize("name", CASES)
def test_every_number_has_its_words(name: str) -> None:
    doc = _doc(name)
    for s in doc.sections:
        if s.clause_id not in GENERAL or "id" not in s.texts:
            continue
        text = _text(doc, s.clause_id, "id")
        for m in re.finditer(r"\b(\d+) (hari|tahun|rangkap|orang)\b", text):
            pytest.fail(f"{s.clause_id}: '{m.group(0)}' has no number in words")


def test_opening_names_every_party_and_authority() -> None:
    doc = _doc("three_parties")
    id_text = _text(doc, "opening", "id")
    assert (
        "PIHAK PERTAMA, PIHAK KEDUA, dan PIHAK KETIGA secara bersama-sama disebut PARA PIHAK"
        in (id_text)
    )
    # a Vice Rector signs under the Rector's delegation: its number and date are left to fill
    assert "berdasarkan surat kuasa dari Rektor Nomor ... tanggal ..., selanjutnya" in id_text
    assert "sebagai kepala daerah" in id_text and "Nomor 28 Tahun 2018" in id_text
    assert "Pada hari ini, Senin, tanggal dua puluh tiga bulan November" in id_text
    en_text = _text(doc, "opening", "en")
    assert '("Tani Maju");' in en_text and '("UGM"); and' in en_text
    assert '("Pemkab Sleman").' in en_text


def test_recitals_bridge_into_the_articles() -> None:
    doc = _doc("base")
    # a short name the text uses only once is written out in full
    assert "bahwa PT Tani Maju Sejahtera mengembangkan" in _text(doc, "recitals", "id")
    assert _text(doc, "recitals", "id").endswith("dengan ketentuan sebagai berikut:")
    assert _text(doc, "recitals", "en").endswith("The Parties agree as follows:")


def test_non_binding_mou_lists_exactly_the_binding_articles() -> None:
    """One article lists by number what binds in an MoU; everything else is intent."""
    doc = _doc("base")
    text = _text(doc, "binding", "en")
    binds = ("costs", "ip", "confidentiality", "personal_data", "term", "termination")
    binds += ("governing_law", "dispute", "notices", "binding")
    expected = [f"Article {_number(doc, c)}" for c in binds if c in _ids(doc)]
    assert re.findall(r"Article \d+", text) == expected
    assert "purpose" in _ids(doc) and f"Article {_number(doc, 'purpose')}" not in text
    assert "1338" not in text


def test_binding_agreement_cites_article_1338() -> None:
    text = _text(_doc("binding"), "binding", "id")
    assert "Pasal 1338" in text and "iktikad baik" in text


def test_survival_names_the_chosen_articles_only() -> None:
    doc = _doc("survive_confidentiality_only")
    text = _text(doc, "termination", "en").splitlines()[-1]
    # what the answers chose, and what always survives: personal data, and the type's
    # articles on the time after the end (here technology_data's return of shared data)
    always = ("technology_data", "personal_data")
    kept = [c for c in ("confidentiality", *always) if c in _ids(doc)]
    found = re.findall(r"Article \d+", text)
    assert sorted(found) == sorted(f"Article {_number(doc, c)}" for c in kept)
    assert "ip" in _ids(doc) and f"Article {_number(doc, 'ip')}" not in found
    full = _text(_doc("base"), "termination", "en").splitlines()[-1]
    for clause_id in ("ip", "confidentiality", "governing_law", "dispute"):
        assert f"Article {_number(_doc('base'), clause_id)}" in full


def test_three_parties_may_continue_without_the_leaver() -> None:
    assert "continue it among themselves" in _text(_doc("three_parties"), "termination", "en")
    assert "among themselves" not in _text(_doc("base"), "termination", "en")


@pytest.mark.parametrize(
    ("name", "notice"),
    [("automatic_renewal", "sixty (60)"), ("automatic_no_termination", "ninety (90)")],
)
def test_automatic_renewal_notice_period(name: str, notice: str) -> None:
    text = _text(_doc(name), "term", "en")
    assert "renews automatically" in text and f"at least {notice} calendar days" in text


def test_term_states_start_and_end() -> None:
    text = _text(_doc("no_renewal"), "term", "id")
    assert "1 Desember 2026 sampai dengan tanggal 30 November 2028" in text
    assert "tidak diperpanjang" in text


def test_waiver_follows_the_flag() -> None:
    doc = _doc("binding")
    assert "Pasal 1266 dan Pasal 1267" in _text(doc, "termination_waiver", "id")
    assert f"Pasal {_number(doc, 'termination')}" in _text(doc, "termination_waiver", "id")
    assert "termination_waiver" not in _ids(_doc("no_waiver"))
    assert "termination_waiver" not in _ids(_doc("bare"))


def test_no_waiver_in_a_non_binding_mou() -> None:
    """An MoU has no reciprocal obligations to end; the waiver would suggest it binds."""
    assert "termination_waiver" not in _ids(_doc("base"))
    assert "1266" not in " ".join(_text(_doc("base"), s, "id") for s in _ids(_doc("base")))


def test_bani_arbitration_is_the_only_forum() -> None:
    text = _text(_doc("base"), "dispute", "id")
    assert "Badan Arbitrase Nasional Indonesia (BANI)" in text
    assert "3 (tiga) orang arbiter" in text and "final dan mengikat" in text
    assert "Nomor 30 Tahun 1999" in text and "Jakarta Pusat" not in text
    assert "mediator" in text


def test_foreign_seat_points_to_central_jakarta_for_enforcement() -> None:
    text = _text(_doc("siac_abroad"), "dispute", "en")
    assert "Singapore International Arbitration Centre (SIAC)" in text
    assert "sole arbitrator" in text and "language of the arbitration is English" in text
    assert "Central Jakarta District Court" in text and "mediat" not in text


def test_court_forum_has_no_arbitration() -> None:
    doc = _doc("court")
    for lang in ("id", "en"):
        assert "arbitra" not in _text(doc, "dispute", lang)
    assert "Kepaniteraan Pengadilan Negeri Sleman" in _text(doc, "dispute", "id")
    assert "District Court of Sleman (Pengadilan Negeri Sleman)" in _text(doc, "dispute", "en")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("base", "the Indonesian text prevails"),
        ("prevailing_english", "the English text prevails"),
        ("english_with_indonesian_party", "will make an Indonesian text"),
        ("english_foreign_parties", "for convenience only"),
    ],
)
def test_language_clause(name: str, expected: str) -> None:
    assert expected in _text(_doc(name), "language", "en")


@pytest.mark.parametrize(
    ("name", "expected", "absent"),
    [
        ("base", "2 (dua) rangkap asli, masing-masing bermeterai cukup", "elektronik"),
        ("three_parties", "3 (tiga) rangkap asli", "elektronik"),
        ("e_meterai", "meterai elektronik (e-meterai)", "bermeterai cukup"),
        ("no_stamp", "2 (dua) rangkap asli, yang semuanya", "meterai"),
    ],
)
def test_closing_originals_and_meterai(name: str, expected: str, absent: str) -> None:
    text = _text(_doc(name), "closing", "id")
    assert expected in text and absent not in text


def test_non_binding_mou_makes_no_hard_promises_outside_binding_clauses() -> None:
    doc = _doc("base")
    for clause_id in ("termination", "force_majeure", "severability", "anti_corruption"):
        assert not re.search(r"\bwajib\b(?! disimpan)", _text(doc, clause_id, "id")), clause_id
        assert not re.search(r"\bmust\b", _text(doc, clause_id, "en")), clause_id
    assert "wajib" in _text(_doc("binding"), "force_majeure", "id")


def test_notices_list_each_party_contact() -> None:
    text = _text(_doc("three_parties"), "notices", "id")
    assert "untuk perhatian Rina Wulandari, surat elektronik rina@tanimaju.co.id" in text
    assert "untuk perhatian Harda Kiswaya, Bupati Sleman" in text
