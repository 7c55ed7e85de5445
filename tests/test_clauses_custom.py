"""Custom clause libraries: layering by id, placement by metadata, config files, list/show."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_cli.cli import app
from mou_cli.config import clause_dirs, find_config
from mou_cli.errors import MouError
from mou_cli.library.loader import load_library

ROOT = Path(__file__).parent.parent
CUSTOM = ROOT / "docs" / "examples" / "custom-clauses"
BUILTIN_MARK = ("officers, employees and professional advisers", "pengurus, pegawai dan penasihat")
CUSTOM_MARK = ("in any form, is Confidential Information", "dalam bentuk apa pun, merupakan")
runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from a folder with no mou.toml above it."""
    monkeypatch.chdir(tmp_path)


def _draft(tmp_path: Path, example: str, *extra: str) -> str:
    out = tmp_path / "out"
    args = ["new", "-e", example, "--out", str(out), "-f", "md", "-q", "--force", *extra]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    (md,) = [p for p in out.glob("*.md") if not p.name.endswith(".checklist.md")]
    return md.read_text(encoding="utf-8")


@pytest.mark.parametrize(("example", "lang"), [("strategic-en", 0), ("technology-id", 1)])
def test_override_changes_the_draft(tmp_path: Path, example: str, lang: int) -> None:
    before = _draft(tmp_path, example)
    assert BUILTIN_MARK[lang] in before and CUSTOM_MARK[lang] not in before
    after = _draft(tmp_path, example, "--clauses", str(CUSTOM))
    assert CUSTOM_MARK[lang] in after
    assert BUILTIN_MARK[lang] not in after


def test_new_clause_goes_where_its_metadata_says(tmp_path: Path) -> None:
    text = _draft(tmp_path, "strategic-en", "--clauses", str(CUSTOM))
    heads = [line for line in text.splitlines() if line.startswith("## Article")]
    titles = [h.split(" — ", 1)[1] for h in heads]
    i = titles.index("Confidentiality")
    assert titles[i + 1] == "Press Releases"
    n = int(heads[i].split()[2])
    assert heads[i + 1].startswith(f"## Article {n + 1} ")
    # ref() in the new clause points at the (custom) confidentiality article's number
    assert f"as defined in Article {n}." in text


def test_layering_by_id() -> None:
    lib = load_library([CUSTOM])
    conf = lib.clauses["confidentiality"]
    assert not conf.builtin and conf.path.parent == CUSTOM
    assert [c.builtin for c in lib.replaced["confidentiality"]] == [True]
    assert "press_releases" in lib.clauses and "press_releases" not in lib.replaced
    ids = [c.id for c in lib.ordered()]
    assert ids.index("press_releases") == ids.index("confidentiality") + 1


def test_later_folders_win(tmp_path: Path) -> None:
    second = tmp_path / "second"
    second.mkdir()
    text = (CUSTOM / "press_releases.yaml").read_text(encoding="utf-8")
    (second / "pr.yaml").write_text(text.replace("order: 910", "order: 2450"), encoding="utf-8")
    lib = load_library([CUSTOM, second])
    assert lib.clauses["press_releases"].meta.order == 2450
    assert [c.path.parent for c in lib.replaced["press_releases"]] == [CUSTOM]


# -- configuration --------------------------------------------------------------------------
def test_no_config(tmp_path: Path) -> None:
    assert find_config(tmp_path) == (None, {})
    assert clause_dirs([], tmp_path) == []


def test_mou_toml_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "legal").mkdir()
    (tmp_path / "mou.toml").write_text('clauses = ["legal"]\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    path, table = find_config(deep)
    assert path == (tmp_path / "mou.toml").resolve()
    assert table == {"clauses": ["legal"]}
    assert clause_dirs([], deep) == [(tmp_path / "legal").resolve()]


def test_pyproject_tool_mou_and_precedence(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.mou]\nclauses = ["lib"]\n', encoding="utf-8"
    )
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "y"\n', encoding="utf-8")
    path, _ = find_config(inner)  # a pyproject.toml without [tool.mou] is passed over
    assert path == (tmp_path / "pyproject.toml").resolve()
    (inner / "mou.toml").write_text("clauses = []\n", encoding="utf-8")
    assert find_config(inner)[0] == (inner / "mou.toml").resolve()


def test_command_line_folders_layer_after_configured_ones(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "mou.toml").write_text('clauses = ["a", "b"]\n', encoding="utf-8")
    got = clause_dirs([tmp_path / "c", tmp_path / "a"], tmp_path)
    assert [p.name for p in got] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("clauses = [", "not valid TOML"),
        ("clauses = 3", "must be a list of folder paths"),
        ('clauses = ["missing"]', "is not a folder"),
    ],
)
def test_bad_config_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "mou.toml").write_text(text, encoding="utf-8")
    with pytest.raises(MouError, match=message):
        clause_dirs([], tmp_path)


def test_mou_new_reads_the_config(tmp_path: Path) -> None:
    legal = tmp_path / "legal"
    shutil.copytree(CUSTOM, legal)
    (tmp_path / "mou.toml").write_text('clauses = ["legal"]\n', encoding="utf-8")
    assert CUSTOM_MARK[0] in _draft(tmp_path, "strategic-en")


# -- list and show ---------------------------------------------------------------------------
def test_list_shows_source_and_replacement() -> None:
    result = runner.invoke(app, ["clauses", "list", "--clauses", str(CUSTOM)])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line for line in result.output.splitlines() if line.strip()}
    assert rows["ID"].split() == ["ID", "PART", "ORDER", "SECTION", "WHEN", "LANGS", "SOURCE"]
    assert rows["confidentiality"].endswith("confidentiality.yaml (replaces built-in)")
    assert rows["press_releases"].split()[1:4] == ["article", "910", "confidentiality"]
    assert "custom" in rows["press_releases"] and "replaces" not in rows["press_releases"]
    assert rows["opening"].endswith("built-in")


def test_list_json() -> None:
    result = runner.invoke(app, ["clauses", "list", "-f", "json", "--clauses", str(CUSTOM)])
    assert result.exit_code == 0
    rows = {r["id"]: r for r in json.loads(result.output)}
    conf = rows["confidentiality"]
    assert conf["source"] == "custom" and conf["when"] == "confidentiality"
    assert [r["builtin"] for r in conf["replaces"]] == [True]
    assert conf["languages"] == ["id", "en"]
    assert rows["opening"]["source"] == "built-in" and rows["opening"]["replaces"] == []


def test_show_prints_source_and_rendered_text(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["clauses", "show", "press_releases", "--clauses", str(CUSTOM), "-e", "technology-id"]
    )
    assert result.exit_code == 0, result.output
    assert "id: press_releases" in result.output  # the source
    assert "--- id ---" in result.output
    assert "terlebih dahulu dari PIHAK PERTAMA dan PIHAK KEDUA" in result.output
    assert "{{" not in result.output.split("--- id ---")[1]


def test_show_with_an_answers_file_renders_each_language(tmp_path: Path) -> None:
    from mou_cli.examples import find

    result = runner.invoke(
        app, ["clauses", "show", "confidentiality", "--answers", str(find("distribution-id-en"))]
    )
    assert result.exit_code == 0, result.output
    assert "--- id ---" in result.output and "--- en ---" in result.output
    assert "Pasal " in result.output and "Article " in result.output


def test_show_unknown_id_suggests() -> None:
    result = runner.invoke(app, ["clauses", "show", "confidentialty"])
    assert result.exit_code == 2
    assert "did you mean confidentiality?" in result.output


def test_show_says_when_the_condition_is_false() -> None:
    result = runner.invoke(app, ["clauses", "show", "profit_sharing", "-e", "strategic-en"])
    assert result.exit_code == 0, result.output
    assert "(not in this document: its condition is false: financial.profit_sharing)" in (
        result.output
    )


def test_a_broken_custom_folder_stops_mou_new_with_a_pointer_to_lint(tmp_path: Path) -> None:
    folder = tmp_path / "legal"
    folder.mkdir()
    (folder / "x.yaml").write_text("id: x\nsection: nope\norder: 1\n", encoding="utf-8")
    result = runner.invoke(app, ["new", "-e", "strategic-en", "--clauses", str(folder)])
    assert result.exit_code == 2
    assert f"{folder / 'x.yaml'}: not a valid clause file" in result.output
    assert "mou clauses lint" in result.output
