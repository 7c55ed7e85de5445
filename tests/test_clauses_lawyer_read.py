"""Clause wording a lawyer reading the rendered drafts asked for (issue 15).

Each test drafts from answers written here and reads the text back: a delegated signatory
with no document shows a blank to fill and the checklist calls it weak; references to the
same article are written "Pasal ini"; a goal's unit comes from its measure; shared costs in
a non-binding MoU are a plan, not a payment duty; a distribution scope that says "exclusive"
is not contradicted; one witness is not "saksi-saksi".
"""

from __future__ import annotations

import re
from typing import Any

from document_helpers import doc_of, text_of

from mou_cli import answers
from mou_cli.document.checklist import OK, WEAK, checklist
from mou_cli.model import Answers

FOUNDATION = {
    "name": "Yayasan Cahaya Timur",
    "short_name": "Yayasan",
    "kind": "nonprofit",
    "jurisdiction": "Indonesia",
    "address": "Jl. Merdeka No. 1, Kupang",
    "representative": {"name": "Maria Lake", "title": "Ketua Pengurus"},
}
REGENCY = {
    "name": "Pemerintah Kabupaten Kupang",
    "short_name": "Pemkab Kupang",
    "kind": "government",
    "jurisdiction": "Indonesia",
    "address": "Jl. Timor Raya Km. 36, Oelamasi",
    "representative": {"name": "Frans Tefa", "title": "Sekretaris Daerah"},
}


def _answers(**changes: Any) -> Answers:
    data: dict[str, Any] = {
        "schema": 1,
        "language": "id-en",
        "type": "community",
        "title": {"id": "Program Literasi Keuangan", "en": "Financial Literacy Programme"},
        "date": "2026-12-05",
        "place": "Kupang",
        "binding": False,
        "parties": [FOUNDATION, REGENCY],
        "goals": [
            {
                "description": "Melatih kader desa",
                "metric": "jumlah peserta yang lulus",
                "target": "600",
                "deadline": "2027-11-30",
            }
        ],
        "scope": ["Pelatihan di 40 desa"],
        "financial": {
            "profit_sharing": None,
            "costs": "shared",
            "cost_shares": [
                {"party": "Yayasan", "percent": 70},
                {"party": "Pemkab Kupang", "percent": 30},
            ],
        },
        "term": {"start": "2027-01-01", "years": 1},
        "termination": {"notice_days": 30},
        "dispute": {
            "forum": "court",
            "court": "Pengadilan Negeri Oelamasi",
            "governing_law": "Republik Indonesia",
        },
        "notices": True,
        "signatures": {"witnesses": [{"name": "Kornelis Nope", "title": "Kepala Dinas"}]},
    }
    data.update(changes)
    return answers.validate(data, name="test").answers


def _row(a: Answers, key: str):  # type: ignore[no-untyped-def]
    return next(r for r in checklist(a) if r.key == key)


def test_delegated_regional_official_without_a_power_of_attorney_leaves_a_blank() -> None:
    a = _answers()
    doc = doc_of(a)
    id_, en = text_of(doc, "id"), text_of(doc, "en")
    assert "diberi kuasa oleh Bupati Kupang" in id_
    assert "berdasarkan Surat Kuasa Nomor ... tanggal ..., sesuai dengan Peraturan" in id_
    assert "kepala daerah untuk" not in id_
    assert "authorised by the Regent of Kupang" in en
    assert "under power of attorney No. ... dated ..., as Government Regulation 28" in en
    row = _row(a, "representatives")
    assert row.status == WEAK
    assert row.field == "parties[1].authority.document"
    assert "Pemkab Kupang" in row.reason["id"] and "Pemkab Kupang" in row.reason["en"]


def test_a_given_power_of_attorney_is_printed_and_the_row_is_ok() -> None:
    given = "Surat Kuasa Bupati Kupang Nomor 180/77/2026 tanggal 1 Desember 2026"
    a = _answers(parties=[FOUNDATION, REGENCY | {"authority": {"document": given}}])
    id_ = text_of(doc_of(a), "id")
    assert f"berdasarkan {given}, sesuai dengan" in id_
    assert "Nomor ... tanggal" not in id_
    assert _row(a, "representatives").status == OK


def test_a_vice_rector_and_a_rector_without_documents_show_blanks() -> None:
    university = {
        "name": "Universitas Nusa Cendana",
        "short_name": "Undana",
        "kind": "university",
        "jurisdiction": "Indonesia",
        "address": "Jl. Adisucipto, Kupang",
        "representative": {"name": "Ina Fallo", "title": "Wakil Rektor"},
    }
    own = {"profit_sharing": None, "costs": "each_party_own"}
    id_ = text_of(doc_of(_answers(parties=[FOUNDATION, university], financial=own)), "id")
    assert "berdasarkan surat kuasa dari Rektor Nomor ... tanggal ..." in id_
    rector = university | {"representative": {"name": "Maxs Sanam", "title": "Rektor"}}
    a = _answers(parties=[FOUNDATION, rector], financial=own)
    assert "keputusan pengangkatannya sebagai Rektor Nomor ... tanggal ..." in text_of(
        doc_of(a), "id"
    )
    assert _row(a, "representatives").status == WEAK


def test_an_article_refers_to_itself_as_pasal_ini_capitalised() -> None:
    id_ = text_of(doc_of(_answers()), "id")
    assert "sebagaimana dimaksud dalam Pasal ini." in id_  # the amendment article
    assert "sesuai dengan Pasal ini." in id_  # the notices article
    assert not re.search(r"\bpasal ini\b", id_)


def test_a_goal_counted_by_its_measure_prints_the_unit_in_words() -> None:
    doc = doc_of(_answers())
    assert "dengan target 600 (enam ratus) peserta yang lulus, yang dicapai" in text_of(doc, "id")
    en_goal = {
        "description": "Commission microgrids",
        "metric": "installed capacity (kWp)",
        "target": "1,500",
    }
    en = text_of(doc_of(_answers(goals=[en_goal])), "en")
    assert (
        "measured by installed capacity against a target of one thousand five hundred (1,500) kWp"
        in en
    )


def test_shared_costs_in_a_non_binding_mou_are_a_plan_not_a_payment_duty() -> None:
    doc = doc_of(_answers())
    id_, en = text_of(doc, "id"), text_of(doc, "en")
    assert "PARA PIHAK bermaksud menanggung biaya bersama" in id_
    assert "masing-masing PIHAK menanggung sendiri biaya yang dikeluarkannya" in id_
    assert "ditanggung oleh PARA PIHAK dengan porsi" not in id_
    assert "The Parties intend to share the joint costs" in en
    assert "each Party bears the costs it incurs" in en
    binding = text_of(doc_of(_answers(binding=True)), "id")
    assert "Biaya bersama pelaksanaan Kerja Sama ditanggung oleh PARA PIHAK dengan porsi" in binding


def test_a_scope_that_says_exclusive_is_not_contradicted() -> None:
    a = _answers(
        type="distribution",
        binding=True,
        scope=["Distribusi eksklusif di Provinsi Jawa Timur", "Layanan purnajual"],
    )
    doc = doc_of(a)
    id_, en = text_of(doc, "id"), text_of(doc, "en")
    assert "tidak bersifat eksklusif" not in id_
    assert "not exclusive" not in en
    assert "penunjukan di Wilayah bersifat eksklusif" in id_
    assert "the appointment in the Territory is exclusive" in en
    assert "adalah wilayah yang disebutkan dalam Pasal 3 ayat (1) huruf a." in id_
    assert re.search(r'the "Territory"\) is the area named in Article 3\.1\(a\)\.', en)
    plain = text_of(doc_of(_answers(type="distribution", scope=["Penjualan di Kota Kupang"])), "id")
    assert "Penunjukan di Wilayah tidak bersifat eksklusif." in plain


def test_one_witness_is_not_saksi_saksi_in_the_closing() -> None:
    doc = doc_of(_answers())
    assert "ditandatangani oleh PARA PIHAK di hadapan saksi pada hari" in text_of(doc, "id")
    assert "in the presence of the witness below" in text_of(doc, "en")
    two = [{"name": "A", "title": "B"}, {"name": "C", "title": "D"}]
    doc = doc_of(_answers(signatures={"witnesses": two}))
    assert "di hadapan saksi-saksi pada hari" in text_of(doc, "id")


def test_a_missed_minimum_under_a_non_exclusive_appointment_is_a_ground_to_terminate() -> None:
    from mou_cli.examples import find
    from mou_cli.yamlio import load

    data = load(find("distribution-id-en").read_text(encoding="utf-8"))
    dist = data["distribution"]
    dist["exclusivity"] = "non_exclusive"
    dist["minimum_purchase"].pop("on_failure", None)  # the model's default
    en = text_of(doc_of(answers.validate(data, name="test").answers), "en")
    assert "may terminate this" in en and "make the appointment non-exclusive" not in en
    dist["exclusivity"] = "exclusive"
    en = text_of(doc_of(answers.validate(data, name="test").answers), "en")
    assert "make the appointment non-exclusive" in en


def test_named_brand_guidelines_replace_the_promise_to_hand_them_over() -> None:
    from mou_cli.examples import find
    from mou_cli.yamlio import load

    data = load(find("marketing-id-en").read_text(encoding="utf-8"))
    named = data["marketing"]["brand_guidelines"]["en"]
    en = text_of(doc_of(answers.validate(data, name="test").answers), "en")
    assert f"must follow {named}" in en and "its brand guidelines within" not in en
    del data["marketing"]["brand_guidelines"]
    en = text_of(doc_of(answers.validate(data, name="test").answers), "en")
    assert "its brand guidelines within fourteen (14) calendar days" in en
