"""The completeness checklist: complete answers are all ok, weak answers say what to fix."""

from __future__ import annotations

import json

from conftest import load_answers

from mou_cli.document.checklist import MISSING, NA, OK, WEAK, checklist, to_json
from mou_cli.writers.checklist_md import to_markdown


def _by_key(name: str) -> dict[str, str]:
    return {r.key: r.status for r in checklist(load_answers(name))}


GENERAL = 17  # rows every agreement has; its type adds its own (tests/test_types.py)


def test_complete_answers_are_all_ok() -> None:
    a = load_answers("id-basic")  # a technology MoU written before the per-type terms
    rows = {r.key: r.status for r in checklist(a)}
    general = {k: v for k, v in rows.items() if "." not in k}
    assert len(general) == GENERAL
    # the polytechnic's Direktur signs on a decree of appointment the answers do not number
    assert general.pop("representatives") == WEAK
    assert set(general.values()) == {OK}
    assert rows["tech.subtype"] == MISSING  # the kind of technology deal is not stated
    tech = a.model_validate(a.model_dump(by_alias=True) | {"technology": {"subtype": "data"}})
    rows = {r.key: r.status for r in checklist(tech)}
    rows.pop("representatives")
    assert set(rows.values()) == {OK, NA}  # licence and acceptance terms wait for the PKS
    assert [k for k, v in rows.items() if v == NA] == [
        "tech.licence_grant",
        "tech.recording",
        "tech.acceptance",
        "tech.grant_back",
    ]


def test_weak_answers_list_every_gap_with_its_field() -> None:
    rows = checklist(load_answers("weak"))
    status = {r.key: r.status for r in rows}
    assert status == {
        "goals": WEAK,
        "roles": MISSING,
        "contributions": MISSING,
        "profit_sharing": MISSING,
        "costs": WEAK,
        "ally.competition": MISSING,
        "ally.no_partnership": OK,
        "ally.followups": MISSING,
        "ip": MISSING,
        "confidentiality": MISSING,
        "governance": MISSING,
        "term": MISSING,
        "termination": MISSING,
        "dispute": MISSING,
        "governing_law": MISSING,
        "force_majeure": MISSING,
        "notices": WEAK,
        "representatives": WEAK,  # a Dean signs on a delegation with no number or date
        "indonesian_text": NA,
        "meterai": NA,
    }
    goals = next(r for r in rows if r.key == "goals")
    assert goals.field == "goals[0]"
    assert "metric" in goals.reason["en"] and "ukuran" in goals.reason["id"]


def test_english_draft_with_indonesian_party_marks_indonesian_text_missing() -> None:
    rows = _by_key("en-3party")
    assert rows["indonesian_text"] == MISSING
    assert rows["meterai"] == OK


def test_explicit_no_profit_sharing_is_ok() -> None:
    a = load_answers("weak")
    fin = a.financial.model_validate({"profit_sharing": None, "costs": "each_party_own"})
    a = a.model_copy(update={"financial": fin})
    status = {r.key: r.status for r in checklist(a)}
    assert status["profit_sharing"] == OK
    assert status["costs"] == OK


def test_checklist_outputs() -> None:
    rows = checklist(load_answers("weak"))
    data = json.loads(to_json(rows))
    assert data[0]["key"] == "goals" and set(data[0]["element"]) == {"id", "en"}
    md = to_markdown(rows, "id", "Daftar periksa")
    assert md.startswith("# Daftar periksa") and "| Unsur | Status |" in md
    assert md.count("\n| ") == len(rows) + 1
