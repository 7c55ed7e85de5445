"""Per-type terms (issue 15): the answers blocks, their clauses, names, binding scope, checklist.

Each bundled example carries its type's terms (``distribution:``, ...). The same file without
them is an answers file from before these blocks: it must still draft, and its checklist must
mark the type's terms missing.
"""

from __future__ import annotations

import copy
import re
from functools import cache
from typing import Any

import pytest

from mou_cli import answers
from mou_cli.commands.drafting import draft
from mou_cli.document.build import build
from mou_cli.document.checklist import MISSING, NA, OK, WEAK, checklist
from mou_cli.errors import AnswersError
from mou_cli.examples import all_examples
from mou_cli.library.loader import load_library
from mou_cli.model import Answers
from mou_cli.model_types import TYPE_BLOCKS
from mou_cli.tree import Document

EXAMPLES = {name: path for name, (path, _) in all_examples().items()}
NAMES = sorted(EXAMPLES)


@cache
def _data(name: str) -> dict[str, Any]:
    a = answers.load(EXAMPLES[name]).answers
    return a.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _answers(name: str, **changes: Any) -> Answers:
    data = copy.deepcopy(_data(name))
    for path, value in changes.items():
        *parents, last = path.split("__")
        node = data
        for p in parents:
            node = node[p]
        node[last] = value  # None is written as null: "no cap", not "the default"
    return answers.validate(data).answers


def _old(name: str) -> Answers:
    """The example as written before the per-type terms existed."""
    data = copy.deepcopy(_data(name))
    for key in TYPE_BLOCKS:
        data.pop(key, None)
    return answers.validate(data).answers


@cache
def _library() -> Any:
    return load_library()


def _doc(a: Answers) -> Document:
    return build(a, _library())


def _text(doc: Document, lang: str, ids: tuple[str, ...] = ()) -> str:
    return "\n".join(
        "\n".join(
            [s.texts[lang].title, *(t for p in s.texts[lang].paras for t in (p.text, *p.items))]
        )
        for s in doc.sections
        if s.texts.get(lang) and (not ids or s.clause_id in ids)
    )


def _rows(a: Answers) -> dict[str, str]:
    return {r.key: r.status for r in checklist(a) if "." in r.key}


# -- every type: old files still draft, and their checklist marks the type's terms ----------


@pytest.mark.parametrize("name", NAMES)
def test_example_has_its_type_terms_and_no_missing_type_row(name: str) -> None:
    a = answers.load(EXAMPLES[name]).answers
    assert getattr(a, a.type) is not None, "the example shows its type's terms"
    rows = _rows(a)
    assert rows and MISSING not in rows.values(), rows
    assert OK in rows.values()


@pytest.mark.parametrize("name", NAMES)
def test_old_answers_without_type_terms_still_draft_and_are_marked_missing(
    name: str, tmp_path
) -> None:
    a = _old(name)
    d = draft(a, stem=tmp_path / "old", formats=["md", "docx"])
    assert d.files  # drafts without an error
    rows = _rows(a)
    missing = [k for k, v in rows.items() if v == MISSING]
    assert missing, rows
    field = {r.key: r.field for r in checklist(a)}
    assert all(field[k].startswith(a.type) for k in missing)  # the block that fixes it


@pytest.mark.parametrize("name", NAMES)
def test_both_columns_have_the_same_shape(name: str) -> None:
    doc = _doc(answers.load(EXAMPLES[name]).answers)
    for s in doc.sections:
        shapes = {tuple(len(p.items) for p in b.paras) for b in s.texts.values()}
        assert len(shapes) <= 1, s.clause_id


# -- names: the English title and defined name by type; "the other Party" ------------------


@pytest.mark.parametrize(
    ("name", "changes", "kind"),
    [
        ("distribution-id-en", {}, "DISTRIBUTION AGREEMENT"),
        ("distribution-id-en", {"distribution__role": "agent"}, "AGENCY AGREEMENT"),
        ("distribution-id-en", {"binding": False}, "MEMORANDUM OF UNDERSTANDING"),
        ("joint_venture-en", {}, "JOINT VENTURE AGREEMENT"),
        ("supply_chain-id", {"language": "en"}, "SUPPLY AGREEMENT"),
        ("marketing-id-en", {}, "CO-MARKETING AGREEMENT"),
        ("technology-id", {"binding": True, "language": "en"}, "TECHNOLOGY DEVELOPMENT AGREEMENT"),
        ("strategic-en", {"binding": True}, "STRATEGIC ALLIANCE AGREEMENT"),
    ],
)
def test_english_title_names_the_agreement_by_type(name: str, changes: dict, kind: str) -> None:
    doc = _doc(_answers(name, **changes))
    assert doc.title_lines["en"][0] == kind


def test_indonesian_titles_by_type() -> None:
    assert _doc(_answers("distribution-id-en")).title_lines["id"][0] == "PERJANJIAN DISTRIBUSI"
    assert _doc(_answers("supply_chain-id")).title_lines["id"][0] == "PERJANJIAN PASOKAN"
    assert _doc(_answers("technology-id")).title_lines["id"][0] == "NOTA KESEPAHAMAN"


@pytest.mark.parametrize("name", NAMES)
def test_english_never_calls_the_deal_a_partnership(name: str) -> None:
    a = answers.load(EXAMPLES[name]).answers
    if "en" not in a.langs:
        a = _answers(name, language="en" if a.language == "id" else a.language)
    text = _text(_doc(a), "en")
    assert not re.search(r"\bPartnership\b", text)
    if len(a.parties) == 2:
        assert "other Parties" not in text


# -- binding scope ---------------------------------------------------------------------------

BINDS_IN_MOU = ("strategic_non_solicitation", "costs", "ip", "confidentiality", "personal_data")
BINDS_IN_MOU += ("exclusive_negotiation", "term", "termination", "governing_law", "dispute")
BINDS_IN_MOU += ("notices", "binding")


@pytest.mark.parametrize("name", [n for n in NAMES if not _data(n).get("binding")])
def test_mou_binds_exactly_the_listed_articles(name: str) -> None:
    doc = _doc(answers.load(EXAMPLES[name]).answers)
    numbers = {s.clause_id: s.number for s in doc.sections if s.number}
    binding = next(s for s in doc.sections if s.clause_id == "binding")
    text = " ".join(binding.texts[doc.langs[0]].paras[-1].text.split())
    listed = [int(n) for n in re.findall(r"(?:Pasal|Article) (\d+)", text)]
    assert listed == [numbers[c] for c in BINDS_IN_MOU if c in numbers]
    full = _text(doc, doc.langs[0])
    assert "1266" not in full  # no Civil Code waiver in a non-binding MoU
    assert not re.search(r"\bdenda\b|\bpenalty\b|wajib membayar|must pay", full)


@pytest.mark.parametrize("name", NAMES)
def test_survival_covers_personal_data_and_the_after_the_end_articles(name: str) -> None:
    doc = _doc(answers.load(EXAMPLES[name]).answers)
    numbers = {s.clause_id: s.number for s in doc.sections if s.number}
    termination = next(s for s in doc.sections if s.clause_id == "termination")
    last = termination.texts[doc.langs[0]].paras[-1].text
    survive = {int(n) for n in re.findall(r"(?:Pasal|Article) (\d+)", last)}
    for clause_id in ("personal_data", "distribution_exit", "joint_venture_transfer"):
        if clause_id in numbers:
            assert numbers[clause_id] in survive, clause_id


def test_distribution_mou_states_intent_only() -> None:
    a = _answers("distribution-id-en", binding=False, distribution__exclusive_negotiation_days=60)
    ids = {s.clause_id for s in _doc(a).sections}
    assert "distribution_territory" in ids and "exclusive_negotiation" in ids
    assert not ids & {"distribution_commercial", "distribution_delivery", "distribution_exit"}
    text = _text(_doc(a), "id", ("distribution_territory",))
    assert "bermaksud menunjuk" in text and "perjanjian distribusi tersendiri" in text


# -- what each type drafts -----------------------------------------------------------------


def test_distribution_terms_in_both_languages() -> None:
    doc = _doc(answers.load(EXAMPLES["distribution-id-en"]).answers)
    id_text, en_text = _text(doc, "id"), _text(doc, "en")
    for snippet in (
        "distributor tunggal",
        "CIF Pelabuhan Makassar menurut Incoterms 2020",
        "Surat Tanda Pendaftaran (STP)",
        "Pasal 6 Peraturan Menteri Perdagangan Nomor 24 Tahun 2021",
        "membeli kembali persediaan",
        "300 (tiga ratus) unit mesin",
        "22% (dua puluh dua persen)",
    ):
        assert snippet in id_text, snippet
    for snippet in (
        "exclusive distributor",
        "CIF Port of Makassar under Incoterms 2020",
        "Title to the Products passes",
        "buy back the stock",
        "not impose a minimum resale price",
    ):
        assert snippet in en_text, snippet


def test_agent_gets_commission_and_no_delivery_article() -> None:
    a = _answers(
        "distribution-id-en",
        distribution__role="agent",
        distribution__commission_percent=8,
        distribution__price_basis=None,
        distribution__discount_percent=None,
    )
    doc = _doc(a)
    ids = {s.clause_id for s in doc.sections}
    assert "distribution_delivery" not in ids
    assert "komisi sebesar 8% (delapan persen)" in _text(doc, "id")
    assert _rows(a)["dist.delivery"] == NA


def test_joint_venture_company_with_a_foreign_investor() -> None:
    jv = {
        "vehicle": "new_pt",
        "company_name": "PT Rantai Dingin Nusantara",
        "kbli": ["52101"],
        "authorised_capital": {"amount": 40_000_000_000},
        "paid_up_capital": {"amount": 10_000_000_000},
        "shareholding": [
            {"party": "Meridian", "percent": 45},
            {"party": "Kaigan", "percent": 35},
            {"party": "Harbourline", "percent": 20},
        ],
    }
    a = _answers("joint_venture-en", joint_venture=jv)
    doc = _doc(a)
    text = _text(doc, "en")
    assert "Article 7(1) of Indonesian Law Number 40 of 2007" in text
    assert "foreign investment company (PT PMA)" in text and "Article 33" in text
    assert "joint_venture_board" in {s.clause_id for s in doc.sections}
    assert "Articles 57 and 58 of the Company Law" in text
    assert _rows(a)["jv.pma"] == OK and _rows(a)["jv.ad_alignment"] == OK
    low = _answers(
        "joint_venture-en", joint_venture=jv | {"paid_up_capital": {"amount": 1_000_000_000}}
    )
    assert _rows(low)["jv.capital"] == WEAK  # under 25% of the authorised capital


VARIANTS = {
    "technology_licence": (
        "technology-id",
        {
            "binding": True,
            "language": "id-en",
            "technology": {
                "subtype": "licence",
                "licensor": "Lintas Cuaca",
                "licensee": "ITSM",
                "licensed_ip": ["Paten IDP000012345"],
                "licence_scope": "sole",
                "royalty": {"upfront": {"amount": 50_000_000}, "running_percent": 3},
            },
        },
        ("Pasal 79 Undang-Undang Nomor 13 Tahun 2016", "lisensi tunggal", "a sole licence"),
    ),
    "technology_acceptance": (
        "technology-id",
        {"binding": True, "language": "id-en"},
        ("10 (sepuluh) hari kerja", "treated as accepted"),
    ),
    "community_funds": (
        "community-id",
        {
            "binding": True,
            "language": "id-en",
            "community": {
                "partner_form": "yayasan",
                "grantor": "Koperasi Mina Sejahtera",
                "grantee": "Yayasan Tunas Pesisir",
                "grant": {"amount": 600_000_000},
                "tranches": [
                    {"percent": 40, "condition": "penandatanganan"},
                    {"percent": 60, "condition": "laporan kemajuan diterima"},
                ],
                "assets_after": "community",
            },
        },
        ("tahap ke-2", "Pasal 5 Undang-Undang Nomor 16 Tahun 2001", "tranche 2"),
    ),
    "marketing_campaign": (
        "marketing-id-en",
        {
            "marketing__money": "fee",
            "marketing__fee": {"amount": 25_000, "currency": "MYR"},
            "marketing__fee_payer": "Serimas",
        },
        ("imbalan sebesar", "a fee of MYR 25,000.00"),
    ),
}


@pytest.mark.parametrize("clause_id", sorted(VARIANTS))
def test_type_clauses_render_in_both_languages(clause_id: str) -> None:
    name, changes, snippets = VARIANTS[clause_id]
    doc = _doc(_answers(name, **changes))
    section = next(s for s in doc.sections if s.clause_id == clause_id)
    shapes = {tuple(len(p.items) for p in b.paras) for b in section.texts.values()}
    assert len(shapes) == 1, shapes
    text = _text(doc, "id", (clause_id,)) + _text(doc, "en", (clause_id,))
    for snippet in snippets:
        assert snippet in text, snippet
    if clause_id == "community_funds":
        assert "community_reporting" in {s.clause_id for s in doc.sections}


# -- checklist rows say what is weak or missing --------------------------------------------


@pytest.mark.parametrize(
    ("name", "changes", "row", "status"),
    [
        ("distribution-id-en", {"term__years": 3}, "dist.term", WEAK),
        (
            "distribution-id-en",
            {"distribution__regulated": "medical_device"},
            "dist.regulatory",
            MISSING,
        ),
        ("distribution-id-en", {"distribution__regulated": None}, "dist.regulatory", MISSING),
        (
            "distribution-id-en",
            {"distribution__price_basis": "to_be_agreed", "distribution__discount_percent": None},
            "dist.commercial",
            WEAK,
        ),
        (
            "distribution-id-en",
            {"distribution__price_basis": None, "distribution__discount_percent": None},
            "dist.commercial",
            MISSING,
        ),
        ("distribution-id-en", {"distribution__minimum_purchase": None}, "dist.minimum", WEAK),
        ("distribution-id-en", {"distribution__incoterm": None}, "dist.delivery", WEAK),
        ("supply_chain-id", {"supply_chain__late_penalty_cap_percent": None}, "sup.penalty", WEAK),
        (
            "supply_chain-id",
            {"dispute__governing_law": "Republic of Singapore"},
            "sup.umkm",
            MISSING,
        ),
        ("marketing-id-en", {"marketing__record_licence": False}, "mkt.licence", WEAK),
        ("joint_venture-en", {"joint_venture__deadlock": "escalate_only"}, "jv.deadlock", WEAK),
        (
            "community-id",
            {"community__vulnerable_groups": True, "community__safeguarding": False},
            "npo.safeguarding",
            MISSING,
        ),
    ],
)
def test_checklist_row(name: str, changes: dict, row: str, status: str) -> None:
    assert _rows(_answers(name, **changes))[row] == status


def test_pks_only_terms_are_not_asked_of_an_mou() -> None:
    rows = _rows(_old("distribution-id-en").model_copy(update={"binding": False}))
    assert rows["dist.appointment"] == MISSING
    assert {rows[k] for k in rows if k != "dist.appointment"} == {NA}


# -- the answers model -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"joint_venture": {"vehicle": "new_pt"}},
            "joint_venture: given, but type is 'distribution'",
        ),
        (
            {"distribution__distributor": "Hanbit"},
            "distribution.distributor: the principal and the distributor",
        ),
        ({"distribution__principal": "Nobody"}, "distribution.principal: no party named 'Nobody'"),
        ({"distribution__minimum_purchase": {"quantity": 10, "amount": 5}}, "either a quantity"),
        (
            {"distribution__discount_percent": 5, "distribution__price_basis": "fixed"},
            "discount_percent needs",
        ),
        (
            {"distribution__incoterm": {"rule": "FOB2", "place": "Makassar"}},
            "distribution.incoterm.rule",
        ),
    ],
)
def test_type_terms_are_validated_with_a_clear_message(changes: dict, message: str) -> None:
    with pytest.raises(AnswersError) as info:
        _answers("distribution-id-en", **changes)
    assert message in "\n".join(info.value.details)


def test_shareholding_must_sum_to_100() -> None:
    jv = {
        "shareholding": [{"party": "Meridian", "percent": 45}, {"party": "Kaigan", "percent": 35}]
    }
    with pytest.raises(AnswersError) as info:
        _answers("joint_venture-en", joint_venture=jv)
    assert "joint_venture.shareholding: percentages sum to 80" in "\n".join(info.value.details)


def test_schema_documents_the_type_blocks() -> None:
    import json

    schema = json.loads(answers.json_schema())
    assert set(TYPE_BLOCKS) <= set(schema["properties"])
