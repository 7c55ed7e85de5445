"""The `mou check` runner, configuration, suppression, output formats and command line.

The rules here are stand-ins registered for the test (the real ones have their own tests), so
these tests pin the machinery around the rules, whatever rules exist.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from mou_cli.check import registry
from mou_cli.check.config import Config, ConfigError, find, load, parse
from mou_cli.check.registry import CheckRule, Hit
from mou_cli.check.runner import check_draft
from mou_cli.cli import app
from mou_cli.commands.check_files import collect, run, show_progress
from mou_cli.draft import Draft
from mou_cli.finding import exit_code
from mou_cli.messages import msg
from mou_cli.readers.markdown import read_text as read_md

DATA = Path(__file__).parent / "data"
SARIF_SCHEMA = json.loads((DATA / "sarif-2.1.0-subset.schema.json").read_text())
DOC = """## What it does
Test rule.

## Why is this bad?
Because.

## Example
`TBD`

## Use instead
Something.
"""


def _placeholder(draft: Draft):
    for c in draft.chunks:
        if "TBD" in c.text:
            yield Hit(
                msg("Isian masih kosong.", "Placeholder left in the text."),
                c.loc,
                quote=c.text,
                hint=msg("Lengkapi.", "Fill it in."),
            )


def _no_term(draft: Draft):
    if not any("term" in a.title.lower() or "jangka" in a.title.lower() for a in draft.articles):
        yield Hit(msg("Tidak ada jangka waktu.", "No term."))


def _broken(draft: Draft):
    raise ValueError("boom")
    yield  # pragma: no cover


FAKE = {
    "MOU-U901": CheckRule("MOU-U901", "test-placeholder", "error", "A placeholder.", DOC,
                          "unfinished", _placeholder),
    "MOU-C901": CheckRule("MOU-C901", "test-missing-term", "warning", "No term.", DOC,
                          "completeness", _no_term),
    "MOU-S901": CheckRule("MOU-S901", "test-broken", "info", "Always fails.", DOC, "style",
                          _broken),
}  # fmt: skip
# the runner's own rules (internal error, expected language) are registered like the others
RUNNER = {k: r for k, r in registry.all_rules().items() if r.category == "runner"}
ARTICLE_NUMBERING = registry.all_rules()["MOU-K004"]  # a real rule, taken before the fakes


@pytest.fixture(autouse=True)
def fake_rules(monkeypatch):
    monkeypatch.setattr(registry, "_RULES", {**FAKE, **RUNNER})
    monkeypatch.delenv("CI", raising=False)
    return FAKE


GOOD = "# MOU\n\n## Article 1 — Purpose\n\nThe parties agree to cooperate.\n\n## Article 2 — Term\n\nThe term is two (2) years.\n"
BAD = "# MOU\n\n## Article 1 — Purpose\n\nThe parties agree to cooperate on TBD.\n"


def rules_without_broken():
    return {k: v for k, v in {**FAKE, **RUNNER}.items() if k != "MOU-S901"}


# --- runner --------------------------------------------------------------------------------------


def test_findings_in_order_with_locations_and_messages():
    d = read_md(BAD, "bad.md")
    found = check_draft(d, Config(), rules=rules_without_broken())
    assert [(f.rule, f.line, f.article, f.severity) for f in found] == [
        ("MOU-C901", None, None, "warning"),
        ("MOU-U901", 5, "Article 1", "error"),
    ]
    f = found[1]
    assert (f.message, f.hint, f.quote, f.file) == (
        "Placeholder left in the text.",
        "Fill it in.",
        "The parties agree to cooperate on TBD.",
        "bad.md",
    )
    ind = check_draft(d, Config(), rules=rules_without_broken(), lang="id")
    assert ind[1].message == "Isian masih kosong."


def test_message_language_defaults_to_the_draft():
    d = read_md("# NOTA\n\n## Pasal 1 — Maksud\n\nPara pihak sepakat untuk TBD dalam hal ini.\n")
    found = check_draft(d, Config(), rules=rules_without_broken())
    assert {f.message for f in found} == {"Tidak ada jangka waktu.", "Isian masih kosong."}
    cfg = Config(messages="en")
    assert check_draft(d, cfg, rules=rules_without_broken())[0].message == "No term."


def test_a_rule_that_raises_is_an_internal_error_finding():
    found = check_draft(read_md(GOOD, "g.md"), Config(), rules=FAKE)
    assert [(f.rule, f.name, f.severity) for f in found] == [
        ("MOU-X001", "internal-error", "error")
    ]
    assert "MOU-S901" in found[0].message and "ValueError: boom" in found[0].message


def test_config_severity_and_disable():
    d = read_md(BAD)
    cfg = Config(disable={"MOU-C901", "MOU-S901"}, severity={"MOU-U901": "info"})
    found = check_draft(d, cfg, rules=FAKE)
    assert [(f.rule, f.severity) for f in found] == [("MOU-U901", "info")]


def test_expected_language():
    d = read_md(GOOD)
    found = check_draft(d, Config(lang="id-en"), rules=rules_without_broken())
    assert [f.rule for f in found] == ["MOU-X002"]
    assert "Indonesian" in found[0].message
    assert check_draft(d, Config(lang="en"), rules=rules_without_broken()) == []


@pytest.mark.parametrize(
    ("comment", "left"),
    [
        ("<!-- mou: disable=MOU-U901 -->", ["MOU-C901"]),
        ("<!-- mou: disable=test-placeholder -->", ["MOU-C901"]),
        ("<!-- mou: disable=MOU-C901 -->", ["MOU-C901", "MOU-U901"]),  # file-level: not a block
        ("<!-- mou: disable-file=MOU-C901 -->", ["MOU-U901"]),
        ("<!-- mou: disable=all -->", ["MOU-C901"]),
    ],
)
def test_inline_suppression(comment, left):
    md = BAD.replace("The parties", f"{comment}\nThe parties")
    found = check_draft(read_md(md), Config(), rules=rules_without_broken())
    assert [f.rule for f in found] == left


def test_suppression_applies_to_the_next_block_only():
    md = BAD + "\nMore TBD here.\n"
    md = md.replace("The parties", "<!-- mou: disable=MOU-U901 -->\nThe parties")
    found = check_draft(read_md(md), Config(), rules=rules_without_broken())
    assert [(f.rule, f.line) for f in found] == [("MOU-C901", None), ("MOU-U901", 8)]


def test_exit_codes():
    from mou_cli.finding import FileResult, Finding

    warn = FileResult("a", findings=[Finding("a", "R", "r", "warning", msg("m", "m"))])
    assert exit_code([warn], "error") == 0
    assert exit_code([warn], "warning") == 1
    assert exit_code([warn], "info") == 1
    assert exit_code([FileResult("b", error="x"), warn], "error") == 2
    assert exit_code([FileResult("c")], "info") == 0


# --- configuration -------------------------------------------------------------------------------


def test_config_parse_ids_names_and_off():
    cfg = parse(
        {
            "disable": ["test-broken"],
            "severity": {"MOU-U901": "warning", "mou-c901": "off"},
            "lang": "id",
            "messages": "en",
            "fail_on": "warning",
            "exclude": ["old/**"],
        },
        FAKE,
    )
    assert cfg.disable == {"MOU-S901", "MOU-C901"}
    assert cfg.severity == {"MOU-U901": "warning"}
    assert (cfg.lang, cfg.messages, cfg.fail_on) == ("id", "en", "warning")
    assert "old/**" in cfg.exclude and "*.checklist.md" in cfg.exclude


def test_config_errors_are_reported_together():
    with pytest.raises(ConfigError) as err:
        parse(
            {"disable": ["MOU-Z999"], "severity": {"MOU-U901": "fatal"}, "lang": "fr", "x": 1},
            FAKE,
        )
    text = " ".join(err.value.details)
    for part in ("MOU-Z999", "fatal", "'lang'", "unknown setting 'x'"):
        assert part in text


def test_config_found_upwards_mou_toml_wins(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.mou.check]\nfail_on = "info"\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    assert find() == tmp_path / "pyproject.toml"
    assert load(None, FAKE).fail_on == "info"
    (tmp_path / "a" / "mou.toml").write_text('[check]\nfail_on = "warning"\n')
    assert load(None, FAKE).fail_on == "warning"
    (tmp_path / "a" / "pyproject.toml").write_text("[tool.other]\nx = 1\n")
    assert find() == tmp_path / "a" / "mou.toml"


def test_check_reads_the_same_nearest_file_as_mou_new(tmp_path, monkeypatch):
    """One project, one configuration: the nearest mou file wins even without [check]."""
    from mou_cli.config import find_config

    (tmp_path / "pyproject.toml").write_text('[tool.mou.check]\nfail_on = "info"\n')
    sub = tmp_path / "team"
    sub.mkdir()
    (sub / "mou.toml").write_text('clauses = ["legal"]\n')
    monkeypatch.chdir(sub)
    assert find_config()[0] == sub / "mou.toml"
    assert find() is None
    assert load(None, FAKE).fail_on == "error"
    (sub / "mou.toml").write_text('clauses = ["legal"]\n[check]\nfail_on = "warning"\n')
    assert find() == sub / "mou.toml"
    assert load(None, FAKE).fail_on == "warning"


def test_config_bad_toml_is_a_clear_error(tmp_path):
    bad = tmp_path / "mou.toml"
    bad.write_text("[check\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load(bad, FAKE)
    with pytest.raises(ConfigError, match="no such configuration file"):
        load(tmp_path / "missing.toml", FAKE)


def test_collect_folders_with_exclusions(tmp_path):
    (tmp_path / "a.md").write_text(GOOD)
    (tmp_path / "a.checklist.md").write_text("# checklist")
    (tmp_path / "notes.odt").write_text("x")
    (tmp_path / "scan.pdf").write_text("x")  # PDF drafts are read too
    (tmp_path / "~$draft.docx").write_text("lock file")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Pasal 1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.md").write_text("x")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "d.md").write_text("x")
    cfg = Config(exclude=(*Config().exclude, "old"))
    files, missing = collect([tmp_path, tmp_path / "gone.md"], cfg)
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.md", "scan.pdf", "sub/b.txt"]
    assert [m.path for m in missing] == [str(tmp_path / "gone.md")]


def test_many_files_in_parallel_keep_their_order(tmp_path):
    files = []
    for i in range(30):
        p = tmp_path / f"d{i:02}.md"
        p.write_text(BAD if i % 3 == 0 else GOOD)
        files.append(p)
    (tmp_path / "empty.md").write_text("")
    files.append(tmp_path / "empty.md")
    cfg = Config(disable={"MOU-S901"})
    results = run(files, cfg, jobs=2)
    assert [r.path for r in results] == [str(f) for f in files]
    assert [bool(r.findings) for r in results[:30]] == [i % 3 == 0 for i in range(30)]
    assert results[-1].error and "empty" in results[-1].error
    assert [r.findings for r in results[:30]] == [r.findings for r in run(files[:30], cfg, jobs=1)]


def test_progress_only_on_a_terminal_outside_ci(monkeypatch):
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert show_progress(True, 5)
    assert not show_progress(False, 5)
    assert not show_progress(True, 1)
    monkeypatch.setenv("CI", "true")
    assert not show_progress(True, 5)
    monkeypatch.delenv("CI")
    monkeypatch.setattr("sys.stderr.isatty", lambda: False)
    assert not show_progress(True, 5)


# --- command line ---------------------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mou.toml").write_text('[check]\ndisable = ["MOU-S901"]\n')
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "bad.md").write_text(BAD)
    return tmp_path


def invoke(*args):
    return runner.invoke(app, ["check", *args])


def test_cli_exit_codes(drafts):
    assert invoke("good.md").exit_code == 0
    assert invoke("bad.md").exit_code == 1
    assert invoke("good.md", "bad.md", "--fail-on", "warning").exit_code == 1
    (drafts / "warn.md").write_text(BAD.replace("TBD", "later"))
    assert invoke("warn.md").exit_code == 0
    assert invoke("warn.md", "--fail-on", "warning").exit_code == 1
    assert invoke("good.md", "missing.md").exit_code == 2
    assert invoke().exit_code == 2
    assert invoke("good.md", "--format", "xml").exit_code == 2
    assert invoke("good.md", "--fail-on", "fatal").exit_code == 2
    assert invoke("good.md", "--config", "nope.toml").exit_code == 2


def test_cli_text_report(drafts):
    out = invoke("bad.md", "good.md").output
    assert "bad.md" in out and "MOU-U901" in out and "line 5, Article 1" in out
    assert "Placeholder left in the text." in out and "hint: Fill it in." in out
    assert "“The parties agree to cooperate on TBD.”" in out
    assert "2 files checked: 1 error, 1 warning, 0 info" in out
    assert "\x1b[" not in out  # no colour codes in a pipe
    ind = invoke("bad.md", "--lang", "id").output
    assert "Isian masih kosong." in ind and "saran: Lengkapi." in ind


def test_cli_json_schema_shape(drafts):
    (drafts / "empty.txt").write_text("")
    result = invoke("bad.md", "good.md", "empty.txt", "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert set(data) == {"version", "tool", "files", "findings", "summary"}
    assert data["version"] == 1 and data["tool"]["name"] == "mou"
    assert [f["path"] for f in data["files"]] == ["bad.md", "good.md", "empty.txt"]
    assert set(data["files"][0]) == {
        "path", "format", "langs", "bilingual", "articles", "answers", "message_lang",
        "findings", "error",
    }  # fmt: skip
    assert data["files"][2]["error"] and "empty" in data["files"][2]["error"]
    f = next(f for f in data["findings"] if f["rule"] == "MOU-U901")
    assert f == {
        "file": "bad.md", "rule": "MOU-U901", "name": "test-placeholder", "severity": "error",
        "message": "Placeholder left in the text.", "hint": "Fill it in.",
        "quote": "The parties agree to cooperate on TBD.", "line": 5, "para": None,
        "page": None, "article": "Article 1", "category": "unfinished",
    }  # fmt: skip
    assert data["summary"] == {
        "files": 3, "unreadable": 1, "error": 1, "warning": 1, "info": 0,
        "fail_on": "error", "exit_code": 2,
    }  # fmt: skip


def test_cli_sarif_is_valid(drafts, tmp_path):
    from check_docx_helpers import review_docx

    review_docx(drafts / "r.docx")
    result = invoke("bad.md", "good.md", "r.docx", "--format", "sarif")
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    run_ = sarif["runs"][0]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    runner = ["MOU-X001", "MOU-X002", "MOU-X003"]
    assert rule_ids == sorted([*FAKE, *RUNNER]) == sorted([*FAKE, *runner])
    for r in run_["tool"]["driver"]["rules"]:
        assert r["shortDescription"]["text"] and r["help"]["text"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    res = {(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"].get("region", {}).get("startLine"))
           for r in run_["results"]}  # fmt: skip
    assert ("MOU-U901", "bad.md", 5) in res
    assert ("MOU-C901", "bad.md", 1) in res  # a whole-file finding points at line 1
    docx_hit = next(r for r in run_["results"] if r["ruleId"] == "MOU-U901" and "r.docx" in
                    r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])  # fmt: skip
    assert docx_hit["properties"]["locationKind"] == "paragraph"
    # a Word paragraph is never presented as a line: no region, a logical location instead
    assert "region" not in docx_hit["locations"][0]["physicalLocation"]
    kinds = [x["kind"] for x in docx_hit["locations"][0]["logicalLocations"]]
    assert kinds[-1] == "paragraph"
    for r in run_["results"]:
        assert rule_ids[r["ruleIndex"]] == r["ruleId"]
    assert run_["invocations"][0]["executionSuccessful"] is True


def test_cli_sarif_reports_unreadable_files(drafts):
    (drafts / "x.docx").write_text("not a zip")
    sarif = json.loads(invoke("x.docx", "--format", "sarif").stdout)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    inv = sarif["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert "not a Word document" in inv["toolExecutionNotifications"][0]["message"]["text"]


def test_cli_config_applies(drafts):
    (drafts / "mou.toml").write_text(
        '[check]\ndisable = ["MOU-S901"]\nseverity = { "MOU-U901" = "info" }\n'
    )
    assert invoke("bad.md").exit_code == 0
    assert invoke("bad.md", "--fail-on", "info").exit_code == 1
    (drafts / "mou.toml").write_text('[check]\ndisable = ["MOU-NOPE"]\n')
    result = invoke("bad.md")
    assert result.exit_code == 2 and "MOU-NOPE" in result.output


def test_cli_explain_and_rules(drafts):
    result = invoke("--explain", "MOU-U901")
    assert result.exit_code == 0
    head = "MOU-U901 test-placeholder (unfinished, default severity: error)"
    assert result.output.startswith(head)
    assert "## Use instead" in result.output
    assert invoke("--explain", "test-placeholder").exit_code == 0
    bad = invoke("--explain", "MOU-Q000")
    assert bad.exit_code == 2 and "mou rules" in bad.output
    listing = runner.invoke(app, ["rules"])
    assert listing.exit_code == 0
    assert re.search(r"^MOU-U901\s+error\s+test-placeholder\s+A placeholder\.$", listing.output,
                     re.M)  # fmt: skip
    data = json.loads(runner.invoke(app, ["rules", "--format", "json"]).stdout)
    assert {"id": "MOU-C901", "name": "test-missing-term", "severity": "warning",
            "category": "completeness", "summary": "No term."} in data  # fmt: skip


def test_cli_explain_takes_short_ids_and_lint_codes(drafts):
    head = "MOU-U901 test-placeholder (unfinished, default severity: error)"
    for key in ("U901", "u901", "mou-u901", "TEST-PLACEHOLDER"):
        result = invoke("--explain", key)
        assert result.exit_code == 0 and result.output.startswith(head), key
    lint = invoke("--explain", "CL204")
    assert lint.exit_code == 0
    assert lint.output.startswith("CL204 unknown-field (template, default severity: error)")
    assert "## Use instead" in lint.output
    assert invoke("--explain", "unknown-field").output == lint.output
    listing = runner.invoke(app, ["rules"]).output.splitlines()
    ids = [line.split()[0] for line in listing]
    assert ids.index("MOU-X002") < ids.index("CL101")  # check rules first, then lint codes
    assert {"MOU-X001", "MOU-X002", "CL101", "CL306"} <= set(ids)


def test_cli_github_annotations(drafts):
    from check_docx_helpers import review_docx

    review_docx(drafts / "r.docx")
    (drafts / "x.docx").write_text("not a zip")
    result = invoke("bad.md", "r.docx", "x.docx", "--format", "github")
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert (
        "::error file=bad.md,line=5,title=MOU-U901 test-placeholder::"
        "Placeholder left in the text. (Fill it in.)"
    ) in lines
    assert "::warning file=bad.md,title=MOU-C901 test-missing-term::No term." in lines
    docx = [x for x in lines if x.startswith("::error file=r.docx,title=MOU-U901")]
    assert docx and all("::paragraf " in x for x in docx)  # no lines: the paragraph, in Indonesian
    assert any(x.startswith("::error file=x.docx::") and "not a Word document" in x for x in lines)
    assert lines[-1] == "3 files checked: 2 errors, 2 warnings, 0 info; 1 could not be read"
    ind = invoke("bad.md", "--format", "github", "--lang", "id").output
    assert "title=MOU-U901 test-placeholder::Isian masih kosong. (Lengkapi.)" in ind


def test_cli_folder(drafts):
    (drafts / "sub").mkdir()
    (drafts / "sub" / "c.md").write_text(BAD)
    (drafts / "sub" / "c.checklist.md").write_text(BAD)
    data = json.loads(invoke(".", "--format", "json").stdout)
    assert sorted(f["path"] for f in data["files"]) == ["bad.md", "good.md", "sub/c.md"]
    (drafts / "empty_dir").mkdir()
    result = invoke("empty_dir")
    assert result.exit_code == 2 and "no drafts" in result.output


GAP = """# MEMORANDUM OF UNDERSTANDING

## Article 1 Purpose

The Parties will train farmers together.

## Article 3 Term

This Memorandum lasts two (2) years.
"""


@pytest.mark.parametrize(("source", "severity"), [("md", "error"), ("pdf", "warning")])
def test_a_skipped_article_number_read_from_a_pdf_is_a_warning(source: str, severity: str):
    """A PDF text layer or OCR can lose a heading the page shows: the finding is capped, and a
    configured severity cannot raise it above the cap."""
    d = read_md(GAP, f"gap.{source}")
    d.source_format = source
    rules = {"MOU-K004": ARTICLE_NUMBERING}
    found = [f for f in check_draft(d, Config(), rules=rules) if f.rule == "MOU-K004"]
    assert [f.severity for f in found] == [severity]
    raised = Config(severity={"MOU-K004": "error"})
    assert [f.severity for f in check_draft(d, raised, rules=rules)] == [severity]
    lowered = Config(severity={"MOU-K004": "info"})
    assert [f.severity for f in check_draft(d, lowered, rules=rules)] == ["info"]
