"""Every rule against its cases in tests/check_cases/<RULE-ID>.yaml, and every rule's docs.

``MOU-X001`` (internal-error) has no case file: it is reported when another rule raises, never
found in a text (tests/test_check_runner.py makes a rule raise).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from mou_cli.check.registry import all_rules
from mou_cli.draft import Loc
from mou_cli.finding import DOC_SECTIONS, SEVERITIES
from mou_cli.readers.markdown import read_text

CASES = Path(__file__).parent / "check_cases"
RULES = all_rules()
NO_CASES = {"MOU-X001"}  # reported by the runner when a rule raises


def _cases() -> list:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append(pytest.param(path.stem, case, id=f"{path.stem}:{case['name']}"))
    return out


@pytest.mark.parametrize(("rule_id", "case"), _cases())
def test_rule_case(rule_id: str, case: dict) -> None:
    rule = RULES[rule_id]
    draft = read_text(case["text"], f"{rule_id}.md")
    # what only a DOCX can hold (tracked changes, comments) is given as line numbers
    for field in ("tracked_changes", "comments"):
        setattr(draft, field, [Loc(line=n) for n in case.get(field, [])])
    # the languages the configuration requires (`lang = "id-en"`), as the runner sets them
    draft.expected_langs = tuple(case.get("expected_langs", ()))
    hits = list(rule.check(draft))
    shown = [(h.message["en"], h.quote) for h in hits]
    expect = case["expect"]
    if not expect:
        assert hits == [], shown
    for item in expect:
        if isinstance(item, int):
            assert len(hits) == item, shown
        else:
            found = [h for h in hits if any(item in t for t in (*h.message.values(), h.quote))]
            assert found, f"no hit mentions {item!r}: {shown}"
    for h in hits:
        assert h.message["en"] and h.message["id"], "a message in both languages"


def test_case_files_cover_every_rule_in_both_languages() -> None:
    for rule_id in RULES.keys() - NO_CASES:
        path = CASES / f"{rule_id}.yaml"
        assert path.exists(), f"{rule_id} has no case file"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        for lang in ("id", "en"):
            mine = [c for c in cases if c["lang"] == lang]
            assert any(c["expect"] for c in mine), f"{rule_id}: no failing {lang} case"
            assert any(not c["expect"] for c in mine), f"{rule_id}: no passing {lang} case"
    assert {p.stem for p in CASES.glob("*.yaml")} <= set(RULES) - NO_CASES, (
        "a case file for no rule"
    )


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_docs(rule_id: str) -> None:
    r = RULES[rule_id]
    assert re.fullmatch(r"MOU-[CKUISX]0\d\d", r.id)
    assert r.severity in SEVERITIES
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r.name)
    assert r.summary.endswith(".") and len(r.summary) < 100
    positions = [r.doc.find(s + "\n") for s in DOC_SECTIONS]
    assert all(p >= 0 for p in positions), f"{rule_id}: a doc section is missing"
    assert positions == sorted(positions), f"{rule_id}: doc sections out of order"
    if r.category == "runner":
        return  # about the run, not the draft's wording: no Indonesian and English examples
    parts = dict(re.findall(r"^## (.+?)\n(.*?)(?=^## |\Z)", r.doc, re.S | re.M))
    for section in ("Example", "Use instead"):
        assert "Indonesian:" in parts[section], f"{rule_id}: {section} needs Indonesian"
        assert "English:" in parts[section], f"{rule_id}: {section} needs English"
        assert parts[section].count("```") >= 4, f"{rule_id}: {section} needs two code blocks"


def test_ids_and_names_unique() -> None:
    names = [r.name for r in RULES.values()]
    assert len(names) == len(set(names))
    assert len(RULES) >= 40
