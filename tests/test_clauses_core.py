"""The core commercial clauses (definitions ... evaluation) across answers variants.

Cases live in data/clause_core_cases.yaml. Each is rendered bilingually; the checks are that
both languages have the same paragraph and list shape (the columns must stay level), that
every defined term is used and every term in use is defined, that a non-binding MoU keeps
hard obligations out of the commercial clauses, and each case's expected wording.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from mou_cli import answers
from mou_cli.document.build import build
from mou_cli.library.loader import load_library
from mou_cli.tree import Document

DATA = yaml.safe_load(
    (Path(__file__).parent / "data" / "clause_core_cases.yaml").read_text(encoding="utf-8")
)
CASES = {c["name"]: c for c in DATA["cases"]}
CORE = (
    "definitions",
    "purpose",
    "scope",
    "roles",
    "contributions",
    "profit_sharing",
    "costs",
    "ip",
    "confidentiality",
    "personal_data",
    "governance",
    "evaluation",
)
COMMERCIAL = ("purpose", "scope", "roles", "contributions", "profit_sharing", "governance")
# Terms the definitions article may define: (Indonesian, English); lower-case ones are
# matched as written because days() prints them that way.
TERMS = [
    ("hari kalender", "calendar day"),
    ("Informasi Rahasia", "Confidential Information"),
    ("Hak Kekayaan Intelektual", "Intellectual Property"),
    ("Komite", "Committee"),
    ("Data Pribadi", "Personal Data"),
    ("UU PDP", "PDP Law"),
]


def _steps(path: str) -> list[str | int]:
    return [int(p) if p.isdigit() else p for p in path.split(".")]


def _edit(base: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(base)
    for path, value in (case.get("set") or {}).items():
        *parents, last = _steps(path)
        node: Any = data
        for p in parents:
            node = node[p]
        if isinstance(node, list) and last == len(node):
            node.append(value)
        else:
            node[last] = value
    for path in case.get("delete") or []:
        *parents, last = _steps(path)
        node = data
        for p in parents:
            node = node[p]
        del node[last]
    return data


_DOCS: dict[str, Document] = {}


def _doc(name: str) -> Document:
    if name not in _DOCS:
        model = answers.validate(_edit(DATA["base"], CASES[name])).answers
        _DOCS[name] = build(model, load_library())
    return _DOCS[name]


def _text(doc: Document, clause_id: str, lang: str) -> str:
    for s in doc.sections:
        if s.clause_id == clause_id:
            return "\n".join("\n".join([p.text, *p.items]) for p in s.texts[lang].paras)
    raise KeyError(clause_id)


def _others(doc: Document, lang: str) -> str:
    return "\n".join(
        _text(doc, s.clause_id, lang) for s in doc.sections if s.clause_id != "definitions"
    )


def _defined(doc: Document, lang: str) -> list[str]:
    paras = next(s for s in doc.sections if s.clause_id == "definitions").texts[lang].paras
    return [m.group(1) for p in paras for i in p.items if (m := re.match(r'"([^"]+)"', i))]


@pytest.mark.parametrize("name", CASES)
def test_languages_have_the_same_shape(name: str) -> None:
    doc = _doc(name)
    for s in doc.sections:
        if s.clause_id not in CORE:
            continue
        shape = {lang: [len(p.items) for p in s.texts[lang].paras] for lang in ("id", "en")}
        assert shape["id"] == shape["en"], f"{s.clause_id}: paragraphs/items differ {shape}"


@pytest.mark.parametrize("name", CASES)
def test_defined_terms_are_used_and_used_terms_defined(name: str) -> None:
    doc = _doc(name)
    for col, lang in enumerate(("id", "en")):
        defined = _defined(doc, lang)
        body = _others(doc, lang)
        for term in defined:
            if term not in ("Nota Kesepahaman", "Perjanjian Kerja Sama"):
                assert term.lower() in body.lower(), f"{lang}: '{term}' is defined but never used"
        for pair in TERMS:
            term = pair[col]
            if term in body:
                assert term in defined or any(d.startswith(term) for d in defined), (
                    f"{lang}: '{term}' is used but not defined"
                )


@pytest.mark.parametrize(
    "name", [n for n, c in CASES.items() if not _edit(DATA["base"], c)["binding"]]
)
def test_non_binding_commercial_clauses_make_no_hard_promises(name: str) -> None:
    doc = _doc(name)
    present = {s.clause_id for s in doc.sections}
    for clause_id in COMMERCIAL:
        if clause_id in present:
            assert not re.search(r"\bwajib\b", _text(doc, clause_id, "id")), clause_id
            assert not re.search(r"\bmust\b", _text(doc, clause_id, "en")), clause_id


@pytest.mark.parametrize("name", CASES)
def test_expected_wording(name: str) -> None:
    case = CASES[name]
    doc = _doc(name)
    present = {s.clause_id for s in doc.sections}
    for clause_id in case.get("omitted") or []:
        assert clause_id not in present, f"{clause_id} should be left out"
    for clause_id, snippets in (case.get("expect") or {}).items():
        text = _text(doc, clause_id, "id") + "\n" + _text(doc, clause_id, "en")
        for snippet in snippets:
            assert snippet in text, f"{clause_id}: missing {snippet!r}"
    for clause_id, snippets in (case.get("absent") or {}).items():
        if clause_id not in present:
            continue
        text = _text(doc, clause_id, "id") + "\n" + _text(doc, clause_id, "en")
        for snippet in snippets:
            assert snippet not in text, f"{clause_id}: unexpected {snippet!r}"
