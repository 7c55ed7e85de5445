"""Answers validation: every rule, all errors reported together, with field paths and lines."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from mou_cli import answers
from mou_cli.errors import AnswersError
from mou_cli.model import PARTY_REF_FIELDS, party_refs, ref_slots

DATA = Path(__file__).parent / "data"
BASE = yaml.safe_load((DATA / "answers" / "id-basic.yaml").read_text(encoding="utf-8"))
CASES = yaml.safe_load((DATA / "validation_cases.yaml").read_text(encoding="utf-8"))


def _steps(path: str) -> list[str | int]:
    return [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path)]


def _apply(data: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    for path, value in (case.get("set") or {}).items():
        *parents, last = _steps(path)
        node: Any = data
        for p in parents:
            node = node[p]
        node[last] = value
    for path in case.get("delete") or []:
        *parents, last = _steps(path)
        node = data
        for p in parents:
            node = node[p]
        del node[last]
    return data


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_validation_case(case: dict[str, Any]) -> None:
    data = _apply(BASE, case)
    with pytest.raises(AnswersError) as info:
        answers.validate(yaml.safe_load(yaml.safe_dump(data)), name="terms.yaml")
    err = info.value
    reported = [err.message] if case.get("whole") else err.details
    for expected in case["errors"]:
        assert any(expected in line for line in reported), (expected, reported)
    if not case.get("whole"):
        assert len(reported) == len(case["errors"]), reported


def test_valid_base_has_no_problem() -> None:
    loaded = answers.validate(copy.deepcopy(BASE))
    assert loaded.answers.parties[1].short_name == "Poltan"
    assert loaded.warnings == []


def test_problems_carry_line_numbers(tmp_path: Path) -> None:
    text = (DATA / "answers" / "id-basic.yaml").read_text(encoding="utf-8")
    text = text.replace("- party: Poltan\n", "- party: Gamma\n")
    path = tmp_path / "terms.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AnswersError) as info:
        answers.load(path)
    line = next(n for n, s in enumerate(text.splitlines(), 1) if "party: Gamma" in s)
    assert info.value.details == [
        f"line {line}: roles[1].party: no party named 'Gamma' (the parties are 'Bumi Data', 'Poltan')"
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "expected a mapping"),
        ("schema: 1\nlanguage: [", "not valid YAML: line"),
        ("- a\n- b\n", "expected a mapping"),
        ("a: &a [1]\n" + "".join(f"b{i}: *a\n" for i in range(200)), "aliases"),
        ("a: " + "[" * 100 + "]" * 100 + "\n", "nested deeper"),
    ],
)
def test_unreadable_yaml_is_one_clear_error(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnswersError, match=re.escape(expected)):
        answers.load(path)


def test_binary_and_folder_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "x.yaml"
    binary.write_bytes(b"\xff\xfe\x00\x01" * 10)
    with pytest.raises(AnswersError, match="UTF-8"):
        answers.load(binary)
    with pytest.raises(AnswersError, match="is a folder"):
        answers.load(tmp_path)
    with pytest.raises(AnswersError, match="no such file"):
        answers.load(tmp_path / "missing.yaml")


def test_english_draft_with_indonesian_party_warns() -> None:
    data = _apply(BASE, {"set": {"language": "en"}})
    loaded = answers.validate(data)
    assert any("Law 24 of 2009" in w for w in loaded.warnings)


def test_template_like_text_warns_but_is_accepted() -> None:
    data = _apply(BASE, {"set": {"parties[0].address": "{{ 7*7 }} Jalan"}})
    loaded = answers.validate(data)
    assert any("parties[0].address" in w and "printed as typed" in w for w in loaded.warnings)


def test_cut_comment_is_warned() -> None:
    assert answers.cut_comments("  address: 10 Anson Road, #22-01, Singapore\n")
    assert not answers.cut_comments("binding: false    # an MoU\n")
    assert not answers.cut_comments('address: "10 Anson Road, #22-01"\n')


def test_dump_round_trips() -> None:
    a = answers.validate(copy.deepcopy(BASE)).answers
    again = answers.validate(yaml.safe_load(answers.dump_yaml(a))).answers
    assert again == a
    none = copy.deepcopy(BASE)
    none["financial"]["profit_sharing"] = None
    a = answers.validate(none).answers
    text = answers.dump_yaml(a)
    assert "profit_sharing: null" in text
    assert (
        "profit_sharing"
        in answers.validate(yaml.safe_load(text)).answers.financial.model_fields_set
    )


def test_json_schema_describes_the_fields() -> None:
    import json

    schema = json.loads(answers.json_schema())
    assert schema["$schema"].endswith("2020-12/schema")
    assert {"schema", "language", "parties", "financial", "dispute"} <= set(schema["properties"])


def _all_references() -> dict[str, Any]:
    """BASE with every kind of party reference set, all naming a party."""
    data = copy.deepcopy(BASE)
    data["financial"]["costs"] = "shared"
    data["financial"]["cost_shares"] = [
        {"party": "Bumi Data", "percent": 50},
        {"party": "Poltan", "percent": 50},
    ]
    data["ip"].update(foreground="party", foreground_owner="Poltan")
    data["personal_data"] = {"processed": True, "controller": "Bumi Data"}
    return data


# A partnership type's terms holding every party reference they can (one type per answers file).
TYPE_BLOCKS = {
    "distribution": {"principal": "Bumi Data", "distributor": "Poltan"},
    "joint_venture": {"shareholding": [{"party": "Bumi Data", "percent": 100}]},
    "supply_chain": {"supplier": "Bumi Data", "buyer": "Poltan"},
    "marketing": {
        "marks": [{"owner": "Bumi Data", "mark": "BUMI"}],
        "money": "fee",
        "fee": {"amount": 1000000},
        "fee_payer": "Poltan",
        "content_owner": "Poltan",
        "composite_logo_owner": "Bumi Data",
    },
    "technology": {"licensor": "Bumi Data", "licensee": "Poltan"},
    "community": {"grantor": "Bumi Data", "grantee": "Poltan"},
}


@pytest.mark.parametrize("field", PARTY_REF_FIELDS)
def test_every_declared_party_reference_is_checked(field: str) -> None:
    data = _all_references()
    block = field.split(".")[0]
    if block in TYPE_BLOCKS:
        data["type"], data[block] = block, copy.deepcopy(TYPE_BLOCKS[block])
    assert [path for path, *_ in ref_slots(data, field)]  # the declaration matches the data
    assert answers.validate(copy.deepcopy(data)).answers
    path, holder, key = next(ref_slots(data, field))
    holder[key] = "Nobody"  # type: ignore[index]
    with pytest.raises(AnswersError) as info:
        answers.validate(data)
    assert f"{path}: no party named 'Nobody'" in "\n".join(info.value.details)


def test_party_refs_lists_every_reference_in_declared_order() -> None:
    a = answers.validate(_all_references()).answers
    assert party_refs(a) == [
        ("roles[0].party", "Bumi Data"),
        ("roles[1].party", "Poltan"),
        ("financial.profit_sharing.shares[0].party", "Bumi Data"),
        ("financial.profit_sharing.shares[1].party", "Poltan"),
        ("financial.cost_shares[0].party", "Bumi Data"),
        ("financial.cost_shares[1].party", "Poltan"),
        ("ip.foreground_owner", "Poltan"),
        ("personal_data.controller", "Bumi Data"),
    ]
    joint = _all_references()
    joint["personal_data"]["controller"] = "joint"  # not a party: allowed, not a reference
    assert "personal_data.controller" not in dict(party_refs(answers.validate(joint).answers))
