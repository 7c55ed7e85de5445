"""`mou new` as a user runs it: files written, nothing overwritten, clear errors, fast help."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ANSWERS

MOU = [sys.executable, "-m", "mou_cli"]


def mou(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run(
        [*MOU, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120, check=False
    )


def test_help_and_version() -> None:
    r = mou("--help")
    assert r.returncode == 0
    for command in ("new", "schema"):
        assert command in r.stdout
    v = mou("--version")
    assert v.returncode == 0 and v.stdout.startswith("mou ")


def test_help_imports_no_heavy_module() -> None:
    r = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "mou_cli", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    imported = {line.split("|")[-1].strip() for line in r.stderr.splitlines() if "|" in line}
    for heavy in ("docx", "questionary", "jinja2", "pydantic", "babel", "mou_cli.library.loader"):
        assert heavy not in imported, heavy


def test_new_writes_markdown_docx_and_checklist(tmp_path: Path) -> None:
    r = mou("new", "--answers", str(ANSWERS / "id-basic.yaml"), "--out", str(tmp_path))
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    stem = "pengembangan-sistem-informasi-irigasi-desa"
    assert names == [f"{stem}.checklist.md", f"{stem}.docx", f"{stem}.md"]
    assert "Daftar periksa kelengkapan" in r.stdout
    assert "PT BUMI DATA NUSANTARA" in (tmp_path / f"{stem}.md").read_text(encoding="utf-8")
    assert (tmp_path / f"{stem}.docx").read_bytes()[:2] == b"PK"


def test_existing_files_are_never_replaced_without_force(tmp_path: Path) -> None:
    target = tmp_path / "draft"
    (tmp_path / "draft.md").write_text("my edits", encoding="utf-8")
    r = mou("new", "--answers", str(ANSWERS / "id-basic.yaml"), "-o", str(target))
    assert r.returncode == 3
    assert "draft.md" in r.stderr and "--force" in r.stderr
    assert (tmp_path / "draft.md").read_text(encoding="utf-8") == "my edits"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md"]
    r = mou("new", "--answers", str(ANSWERS / "id-basic.yaml"), "-o", str(target), "--force")
    assert r.returncode == 0, r.stderr
    assert "my edits" not in (tmp_path / "draft.md").read_text(encoding="utf-8")


def test_invalid_answers_write_nothing_and_list_every_problem(tmp_path: Path) -> None:
    text = (ANSWERS / "id-basic.yaml").read_text(encoding="utf-8")
    text = text.replace("percent: 35", "percent: 25").replace("- party: Poltan", "- party: Gamma")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    r = mou("new", "--answers", str(bad), "--out", str(out))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "percentages sum to 90; they must sum to 100" in r.stderr
    assert "no party named 'Gamma'" in r.stderr
    assert not out.exists()


def test_format_and_checklist_json(tmp_path: Path) -> None:
    r = mou(
        "new",
        "--answers",
        str(ANSWERS / "weak.yaml"),
        "--out",
        str(tmp_path),
        "--format",
        "md",
        "--checklist-json",
        str(tmp_path / "c.json"),
    )
    assert r.returncode == 0, r.stderr
    assert not list(tmp_path.glob("*.docx"))
    rows = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert {r["key"]: r["status"] for r in rows}["term"] == "missing"
    bad = mou("new", "--answers", str(ANSWERS / "weak.yaml"), "--format", "odt")
    assert bad.returncode == 2 and "unknown format odt" in bad.stderr


def test_list_examples_and_draft_one(tmp_path: Path) -> None:
    r = mou("new", "--list-examples")
    assert r.returncode == 0
    names = [line.split()[0] for line in r.stdout.splitlines() if line.strip()]
    assert names
    d = mou("new", "--example", names[0], "--out", str(tmp_path), "-q")
    assert d.returncode == 0, d.stderr
    assert list(tmp_path.glob("*.docx")) and list(tmp_path.glob("*.md"))
    missing = mou("new", "--example", "no-such-example")
    assert missing.returncode == 2 and "--list-examples" in missing.stderr


def test_schema_is_json() -> None:
    r = mou("schema")
    assert r.returncode == 0
    assert json.loads(r.stdout)["title"].startswith("mou answers file")


def test_both_sources_is_a_usage_error() -> None:
    r = mou("new", "--answers", str(ANSWERS / "weak.yaml"), "--example", "x")
    assert r.returncode == 2 and "not both" in r.stderr


def test_markdown_only_draft_does_not_import_docx(tmp_path: Path) -> None:
    r = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "mou_cli",
            "new",
            "--answers",
            str(ANSWERS / "weak.yaml"),
            "--format",
            "md",
            "--out",
            str(tmp_path),
            "-q",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    imported = {line.split("|")[-1].strip() for line in r.stderr.splitlines() if "|" in line}
    assert "jinja2" in imported  # it did render
    assert "docx" not in imported and "questionary" not in imported


def test_same_answers_give_the_same_bytes(tmp_path: Path, monkeypatch) -> None:
    """With SOURCE_DATE_EPOCH set, drafting twice gives byte-identical Markdown and DOCX."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    outputs = []
    for run in ("a", "b"):
        r = mou("new", "--answers", str(ANSWERS / "bilingual.yaml"), "-o", str(tmp_path / run))
        assert r.returncode == 0, r.stderr
        outputs.append([(tmp_path / f"{run}{ext}").read_bytes() for ext in (".md", ".docx")])
    assert outputs[0] == outputs[1]


def test_a_draft_validates_its_answers_once(tmp_path: Path, monkeypatch) -> None:
    """Markdown, DOCX (with its stored facts and checklist annex) and the checklist file come
    from the model validated when the answers were loaded: pydantic validates them once."""
    from typer.testing import CliRunner

    from mou_cli.cli import app
    from mou_cli.model import Answers

    validate = Answers.model_validate.__func__
    calls = []

    def counting(cls, *args, **kwargs):
        calls.append(cls.__name__)
        return validate(cls, *args, **kwargs)

    monkeypatch.setattr(Answers, "model_validate", classmethod(counting))
    args = ["new", "--answers", str(ANSWERS / "bilingual.yaml"), "--out", str(tmp_path)]
    args += ["--format", "md,docx", "--with-checklist", "--checklist-json", "-"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".docx", ".md", ".md"]
    assert calls == ["Answers"]
    import zipfile

    from mou_cli.document.embedded import read_embedded_facts

    (docx,) = tmp_path.glob("*.docx")
    _, stored = read_embedded_facts(zipfile.ZipFile(docx))
    assert stored is not None and stored["facts"]["rows"]  # the facts `mou check` reads
