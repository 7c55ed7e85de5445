"""`mou clauses lint`: each lint code caught at its line, the built-in library clean.

Every folder of data/broken_clauses/ is one case: its files are linted over the built-in
library and the findings must be exactly the ``# expect: CODE LINE, ...`` of its files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_cli.clauselint.codes import CODES
from mou_cli.clauselint.runner import lint
from mou_cli.clauselint.samples import TYPES, generated
from mou_cli.cli import app
from mou_cli.finding import DOC_SECTIONS
from mou_cli.model import cross_field_problems

DATA = Path(__file__).parent / "data"
BROKEN = DATA / "broken_clauses"
CASES = sorted(p.name for p in BROKEN.iterdir() if p.is_dir())
DOCS = Path(__file__).parent.parent / "docs"
runner = CliRunner()


def _expected(folder: Path) -> set[tuple[str, str, int]]:
    out = set()
    for path in sorted(folder.iterdir()):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        for code, line in re.findall(r"(CL\d{3}) (\d+)", first.removeprefix("# expect:")):
            out.add((path.name, code, int(line)))
    return out


@pytest.mark.parametrize("case", CASES)
def test_broken_clause_is_caught_with_code_and_line(case: str) -> None:
    folder = BROKEN / case
    found = {(Path(f.file).name, f.rule, f.line) for f in lint([folder]).findings}
    assert found == _expected(folder)
    assert case.split("-")[0] in {code for _, code, _ in found}


def test_every_lint_code_has_a_broken_case_and_documentation() -> None:
    covered = {case.split("-")[0] for case in CASES}
    assert covered == set(CODES)
    guide = (DOCS / "clause-authoring.md").read_text(encoding="utf-8")
    for code, rule in CODES.items():
        assert f"`{code}`" in guide and rule.name in guide, f"{code} is not documented"


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_lint_code_is_a_rule_with_docs(code: str) -> None:
    r = CODES[code]
    assert r.id == code and re.fullmatch(r"CL[123]\d\d", code)
    assert r.severity == "error" and r.category in ("metadata", "template", "rendering")
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", r.name)
    assert r.summary[0].isupper() and r.summary.endswith(".") and len(r.summary) < 100
    positions = [r.doc.find(s + "\n") for s in DOC_SECTIONS]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), code
    parts = dict(re.findall(r"^## (.+?)\n(.*?)(?=^## |\Z)", r.doc, re.S | re.M))
    for section in ("Example", "Use instead"):
        assert parts[section].count("```") >= 2, f"{code}: {section} needs a code block"


def test_rule_names_are_unique_across_check_and_lint() -> None:
    from mou_cli.commands.rulebook import every_rule

    rules = every_rule()
    assert len({r.name for r in rules}) == len({r.id for r in rules}) == len(rules)


@pytest.mark.parametrize("key", ["CL204", "cl204", "MOU-CL204", "unknown-field"])
def test_explain_a_lint_code(key: str) -> None:
    result = runner.invoke(app, ["clauses", "lint", "--explain", key])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("CL204 unknown-field (template, default severity: error)")
    assert "## What it does" in result.output and "## Use instead" in result.output
    checked = runner.invoke(app, ["check", "--explain", "K002"])
    assert checked.exit_code == 0 and checked.output.startswith("MOU-K002 ")
    bad = runner.invoke(app, ["clauses", "lint", "--explain", "CL999"])
    assert bad.exit_code == 2 and "mou rules" in bad.output


def test_builtin_library_is_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no mou.toml: no argument means the built-in library
    result = runner.invoke(app, ["clauses", "lint"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("no problems (")


def test_text_output_is_path_line_col_code_and_a_summary() -> None:
    result = runner.invoke(app, ["clauses", "lint", str(BROKEN / "CL204-unknown-field")])
    assert result.exit_code == 1
    *lines, summary = result.output.strip().splitlines()
    assert len(lines) == 4
    for line in lines:
        assert re.fullmatch(r".+clause\.yaml:\d+:\d+: CL204 .+", line), line
    assert "'p.representative' has no field 'nmae' (did you mean 'name'?)" in result.output
    assert summary.startswith("4 problems in 1 file (1 clause file checked")


def test_json_output() -> None:
    folder = BROKEN / "CL302-prints-none"
    result = runner.invoke(app, ["clauses", "lint", "--format", "json", str(folder)])
    assert result.exit_code == 1
    doc = json.loads(result.output)
    assert doc["summary"]["problems"] == len(doc["findings"]) == 2
    first = doc["findings"][0]
    assert set(first) == {"path", "line", "col", "code", "name", "message"}
    assert (first["code"], first["name"], first["line"]) == ("CL302", "prints-none", 11)


def test_sarif_output_is_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jsonschema

    schema = json.loads((DATA / "sarif-2.1.0-subset.schema.json").read_text())
    monkeypatch.chdir(BROKEN.parent.parent)
    folder = BROKEN / "CL203-unknown-name"
    result = runner.invoke(app, ["clauses", "lint", "-f", "sarif", str(folder)])
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, schema)
    run = sarif["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == sorted(CODES)
    first = run["results"][0]
    assert rules[first["ruleIndex"]] == first["ruleId"] == "CL203"
    location = first["locations"][0]["physicalLocation"]
    assert (
        location["artifactLocation"]["uri"] == "data/broken_clauses/CL203-unknown-name/clause.yaml"
    )
    assert location["region"] == {"startLine": 10, "startColumn": 17}
    assert first["message"]["text"].startswith("unknown name 'partys'")


def test_github_output_annotates_files() -> None:
    result = runner.invoke(
        app, ["clauses", "lint", "-f", "github", str(BROKEN / "CL203-unknown-name")]
    )
    assert result.exit_code == 1
    assert result.output.startswith("::error file=")
    assert ",line=10,col=17,title=CL203 unknown-name::unknown name 'partys'" in result.output


def test_a_single_file_is_linted_within_its_folder() -> None:
    folder = BROKEN / "CL107-duplicate-id"
    clean = lint([folder / "a.yaml"]).findings
    assert clean == []  # a.yaml is fine; the duplicate is b.yaml's problem
    assert [f.rule for f in lint([folder / "b.yaml"]).findings] == ["CL107"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no/such/folder"], "no such clause folder or file"),
        (["--format", "xml"], "unknown format 'xml'"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["clauses", "lint", *args])
    assert result.exit_code == 2
    assert message in result.output


def test_an_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["clauses", "lint", str(tmp_path)])
    assert result.exit_code == 2
    assert "no clause files" in result.output


def test_generated_answers_are_valid_and_cover_the_matrix() -> None:
    samples = generated()
    for s in samples:
        assert cross_field_problems(s.answers) == [], s.name
    answers = [s.answers for s in samples]
    assert {a.type for a in answers} == set(TYPES)
    assert {a.dispute.forum for a in answers if a.dispute} == {"arbitration", "court"}
    assert {len(a.parties) for a in answers} == {2, 3, 4, 5}
    assert {a.binding for a in answers} == {True, False}
    assert {a.language for a in answers} == {"id", "en", "id-en"}
    for kind in TYPES:
        with_profit = {a.financial.profit_sharing is not None for a in answers if a.type == kind}
        assert with_profit == {True, False}, kind
        assert any(a.dispute is None and a.term is None for a in answers if a.type == kind)


def test_the_worked_example_in_the_docs_is_clean() -> None:
    result = runner.invoke(app, ["clauses", "lint", str(DOCS / "examples" / "custom-clauses")])
    assert result.exit_code == 0, result.output
