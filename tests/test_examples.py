"""The bundled examples (`mou new --example NAME`): each validates, renders, and is complete.

Also the partnership-type clauses: each appears in a document of its own type and in no other.
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import pytest

from mou_cli import answers
from mou_cli.commands.drafting import draft
from mou_cli.document.build import build
from mou_cli.document.checklist import MISSING
from mou_cli.examples import all_examples
from mou_cli.library.loader import load_library
from mou_cli.model import Answers
from mou_cli.model_types import TYPE_BLOCKS

EXAMPLES = all_examples()
NAMES = sorted(EXAMPLES)

# partnership type -> the clause only that type gets
TYPE_CLAUSES = {
    "distribution": "distribution_territory",
    "joint_venture": "joint_venture_management",
    "technology": "technology_data",
    "marketing": "marketing_cobranding",
    "community": "community_beneficiaries",
    "supply_chain": "supply_chain_quality",
    "strategic": "strategic_planning",
}


def _load(name: str) -> answers.Loaded:
    return answers.load(EXAMPLES[name][0])


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_there_are_examples() -> None:
    assert len(NAMES) >= len(TYPE_CLAUSES)


@pytest.mark.parametrize("name", NAMES)
def test_example_validates_without_warnings(name: str) -> None:
    loaded = _load(name)
    assert loaded.warnings == []


@pytest.mark.parametrize("name", NAMES)
def test_example_has_a_one_line_description(name: str) -> None:
    path, description = EXAMPLES[name]
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.startswith("# ")
    assert description and description == first[2:].strip()


@pytest.mark.parametrize("name", NAMES)
def test_example_name_matches_type_and_language(name: str) -> None:
    a = _load(name).answers
    assert name == f"{a.type}-{a.language}"


@pytest.mark.parametrize("name", NAMES)
def test_example_renders_markdown_and_docx(name: str, tmp_path: Path) -> None:
    a = _load(name).answers
    stem = tmp_path / "draft"
    d = draft(a, stem=stem, formats=["md", "docx"])
    md = d.files[stem.with_name("draft.md")].decode("utf-8")
    docx = d.files[stem.with_name("draft.docx")]
    assert not list(tmp_path.iterdir()), "draft() must not write files"
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        assert "word/document.xml" in z.namelist()
    plain = md.replace("\\", "")  # Markdown escapes; compare the text as shown
    for p in a.parties:
        assert p.name in plain, f"{p.name} is missing from the Markdown"


@pytest.mark.parametrize("name", NAMES)
def test_example_checklist_has_no_missing_or_weak_rows(name: str) -> None:
    """A bundled example shows a complete agreement: what the checklist would ask a user to
    fix, the example already gives."""
    from mou_cli.document.checklist import WEAK, checklist

    rows = checklist(_load(name).answers)
    assert [(r.key, r.status) for r in rows if r.status in (MISSING, WEAK)] == []


@pytest.mark.parametrize("name", NAMES)
def test_example_gets_its_own_type_clause_only(name: str, library) -> None:
    a = _load(name).answers
    ids = {s.clause_id for s in build(a, library).sections}
    assert TYPE_CLAUSES[a.type] in ids
    assert ids & set(TYPE_CLAUSES.values()) == {TYPE_CLAUSES[a.type]}


def _retyped(a: Answers, new_type: str, **changes: object) -> Answers:
    data = a.model_dump(mode="json", by_alias=True, exclude_unset=True)
    data = copy.deepcopy(data)
    for block in TYPE_BLOCKS:  # another type's terms would be an error
        data.pop(block, None)
    data["type"] = new_type
    data.update(changes)
    return answers.validate(data).answers


def _one_per_language() -> list[str]:
    """The first example of each document language."""
    firsts: dict[str, str] = {}
    for name in NAMES:
        firsts.setdefault(_load(name).answers.language, name)
    return sorted(firsts.values())


@pytest.mark.parametrize("new_type", sorted(TYPE_CLAUSES))
def test_type_clause_follows_the_type(new_type: str, library) -> None:
    """Examples re-typed (binding flipped too) get exactly that type's clause."""
    for name in _one_per_language():
        a = _load(name).answers
        doc = build(_retyped(a, new_type, binding=not a.binding), library)
        found = [s for s in doc.sections if s.clause_id in TYPE_CLAUSES.values()]
        assert [s.clause_id for s in found] == [TYPE_CLAUSES[new_type]], name
        section = found[0]
        assert section.section == "type_specific" and section.part == "article"
        # both columns of a bilingual text have the same paragraphs and list items
        shapes = {tuple(len(p.items) for p in b.paras) for b in section.texts.values()}
        assert len(shapes) == 1, name


@pytest.mark.parametrize("new_type", sorted(TYPE_CLAUSES))
def test_type_clause_renders_without_optional_sections(new_type: str, library) -> None:
    """The type clauses guard every reference: they still render with the optional parts gone."""
    a = _load(NAMES[0]).answers
    bare = _retyped(
        a,
        new_type,
        goals=[],
        scope=[],
        roles=[],
        ip=None,
        governance=None,
        evaluation=None,
        personal_data=None,
        confidentiality=None,
    )
    doc = build(bare, library)
    section = next(s for s in doc.sections if s.clause_id == TYPE_CLAUSES[new_type])
    assert all(block.paras for block in section.texts.values())


def test_examples_cover_the_feature_matrix() -> None:
    """Together the examples show every type, language, party kind, forum and option."""
    loaded = [_load(n).answers for n in NAMES]
    assert {a.type for a in loaded} == set(TYPE_CLAUSES)
    assert {a.language for a in loaded} == {"id", "en", "id-en"}
    assert {p.kind for a in loaded for p in a.parties} == {
        "company",
        "nonprofit",
        "government",
        "university",
        "cooperative",
        "individual",
    }
    assert {len(a.parties) == 2 for a in loaded} == {True, False}
    forums = set()
    for a in loaded:
        assert a.dispute is not None
        if a.dispute.forum == "court":
            forums.add("court")
        else:
            assert a.dispute.arbitration is not None
            forums.add(a.dispute.arbitration.institution)
    assert {"BANI", "SIAC", "court"} <= forums
    assert {a.binding for a in loaded} == {True, False}
    assert {a.financial.profit_sharing is None for a in loaded} == {True, False}
    for a in loaded:
        if any(p.kind == "nonprofit" for p in a.parties):
            assert a.financial.profit_sharing is None
            assert "profit_sharing" in a.financial.model_fields_set  # written as null
    assert any(a.financial.costs == "shared" for a in loaded)
    processed = [a.personal_data for a in loaded if a.personal_data and a.personal_data.processed]
    assert processed and any(pd.cross_border for pd in processed)
    assert any(a.signatures.e_meterai for a in loaded)
    assert any(a.signatures.witnesses for a in loaded)
