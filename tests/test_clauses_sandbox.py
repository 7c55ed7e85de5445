"""Clause files are untrusted: hostile templates are refused with a clear error, exit code 2.

Each file of data/hostile_clauses/ tries one way out of the sandbox (Python internals, the
file system, the environment, the clock, resource exhaustion); its first line says which words
the error must contain. `mou new` must refuse it naming the file, never with a traceback, and
`mou clauses lint` must flag it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_cli.cli import app
from mou_cli.errors import RenderError
from mou_cli.library.render import Renderer, TemplateProblem

HOSTILE = Path(__file__).parent / "data" / "hostile_clauses"
FILES = sorted(p.name for p in HOSTILE.glob("*.yaml"))
runner = CliRunner()


@pytest.mark.parametrize("name", FILES)
def test_mou_new_refuses_a_hostile_clause(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "clauses"
    folder.mkdir()
    shutil.copy(HOSTILE / name, folder / name)
    expected = (HOSTILE / name).read_text(encoding="utf-8").split("\n", 1)[0]
    expected = expected.removeprefix("# expect: ")
    result = runner.invoke(
        app,
        ["new", "-e", "technology-id", "--clauses", str(folder), "--out", str(tmp_path), "-q"],
    )
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)  # not an uncaught exception
    assert "Traceback" not in result.output
    assert result.output.startswith(f"error: {folder / name} (")
    assert expected in result.output
    assert not list(tmp_path.glob("*.md")), "nothing may be written"


def test_lint_flags_every_hostile_clause() -> None:
    result = runner.invoke(app, ["clauses", "lint", str(HOSTILE)])
    assert result.exit_code == 1
    flagged = {line.split(":", 1)[0].rsplit("/", 1)[-1] for line in result.output.splitlines()}
    assert set(FILES) <= flagged


def _renderer() -> Renderer:
    from mou_cli import answers
    from mou_cli.document.build import renderer_for
    from mou_cli.examples import find

    renderer, _ = renderer_for(answers.load(find("technology-id")).answers)
    return renderer


@pytest.mark.parametrize(
    "source",
    [
        "{{ parties[0].__dict__ }}",
        "{{ doc.__class__ }}",
        "{{ range.__self__ }}",
        "{{ date_text.__closure__ }}",
        "{{ {}.fromkeys([1]) }}",
        "{{ parties.append(1) }}",
    ],
)
def test_renderer_refuses_internals(source: str) -> None:
    with pytest.raises(TemplateProblem) as err:
        _renderer().paras(source, "en", "x.yaml (en)", first_line=7)
    assert err.value.message.startswith("x.yaml (en), line 7: ")
    assert isinstance(err.value, RenderError)


def test_values_still_render_and_never_become_markup() -> None:
    r = _renderer()
    paras = r.paras("Made in {{ place }}.\n\n- {{ 'a\n\n- b' }}", "en", "x.yaml (en)")
    assert paras[0].text.startswith("Made in ")
    assert paras[1].items == ["a\n\n- b"]


def test_filters_work_in_the_first_template_compiled() -> None:
    """Helper filters are known before any render binds them to a language."""
    from mou_cli.library.render import Templates

    r = Renderer(_renderer().contexts, Templates())
    assert r.text("{{ 30|num }}", "id", "x") == "30 (tiga puluh)"
