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


# -- bounds by construction: plain data only, listed methods and filters, a budget ----------
@pytest.mark.parametrize(
    "source",
    [
        "{{ range }}",
        "{{ party }}",
        "{% macro f() %}{% endmacro %}{{ f }}",
        "{% for p in parties %}{{ loop }}{% endfor %}",
        "{{ self }}",
        "{{ parties|map(attribute='name') }}",
        "{{ 'x'.upper }}",
        "{{ [range] }}",
        "{{ 'x' ~ range }}",
        "{{ '{}'.format(range) }}",
        "{{ '%s' % range }}",
        "{{ party|upper }}",
        "{{ bare(party) }}",
    ],
)
def test_printing_what_is_not_data_is_refused(source: str) -> None:
    with pytest.raises(TemplateProblem) as err:
        _renderer().paras(source, "en", "x.yaml (en)")
    assert err.value.kind == "sandbox"
    assert " at 0x" not in err.value.message and "<" not in err.value.message


def test_plain_data_prints() -> None:
    r = _renderer()
    (para,) = r.paras("{{ [1, 'a'] }} {{ {'k': true} }} {{ parties[0].name }}", "en", "x")
    assert para.text.startswith("[1, 'a'] {'k': True} ")


def test_values_written_by_macros_and_set_blocks_are_put_back() -> None:
    r = _renderer()
    source = (
        "{% macro f(n) %}x{{ n }}{% endmacro %}{% set b %}v={{ 3 }}{% endset %}{{ f(1) }} {{ b }}"
    )
    assert r.paras(source, "en", "x")[0].text == "x1 v=3"


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("{{ 'x'.encode() }}", "sandbox"),
        ("{{ 'x'.expandtabs(99) }}", "sandbox"),
        ("{{ parties.copy() }}", "sandbox"),
        ("{{ 'x'|striptags }}", "syntax"),
        ("{{ 'x'|wordwrap }}", "syntax"),
        ("{% block b %}x{% endblock %}", "forbidden"),
        (
            "{% autoescape true %}{% set m %}{0.__class__}{% endset %}{% endautoescape %}",
            "forbidden",
        ),
    ],
)
def test_only_listed_methods_filters_and_tags_exist(source: str, kind: str) -> None:
    with pytest.raises(TemplateProblem) as err:
        _renderer().paras(source, "en", "x")
    assert err.value.kind == kind


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("{{ '%*s' % (99999999, 'x') }}", "width or count"),
        ("{{ '%.99999999f' % 1.0 }}", "width or count"),
        ("{{ '{:.99999999f}'.format(1.0) }}", "width or count"),
        ("{{ ('{0}' * 300000).format('x' * 1000) }}", "a formatted text would have"),
        ("{{ ('%(a)s' * 100000) % {'a': 'x' * 1000} }}", "'%' would have"),
        ("{{ ('\n' * 100000)|indent('x' * 1000) }}", "'indent' would have"),
        ("{{ ('x' * 1000).replace('', 'x' * 1000) }}", "'replace' would have"),
        ("{{ ('x' * 1000).join(['y'] * 2000) }}", "'join' would have"),
        ("{{ [1]|batch(999999999, 'x')|list }}", "width or count"),
        ("{{ ((10 ** 99) ** 99) ** 99 }}", "too large"),
        ("{% set t %}{{ 'z' * 1000 }}{% endset %}{{ t * 1100 }}", "writes more than"),
        (
            "{% for x in range(1000) recursive %}{% if loop.depth < 3 %}"
            "{{ loop(range(1000)) }}{% endif %}{% endfor %}x",
            "steps",
        ),
    ],
)
def test_calls_that_multiply_their_input_are_sized_first(source: str, words: str) -> None:
    with pytest.raises(TemplateProblem) as err:
        _renderer().paras(source, "en", "x")
    assert words in err.value.message
    assert err.value.limit


def test_limits_in_a_condition_name_the_file() -> None:
    r = _renderer()
    with pytest.raises(TemplateProblem) as err:
        r.condition("'%999999999s' % 'x'", "en", "w.yaml")
    assert err.value.message.startswith("w.yaml: 'when' refused by the sandbox: a width")
    with pytest.raises(TemplateProblem) as err:
        r.condition("(" * 500 + "1" + ")" * 500, "en", "w.yaml")
    assert "nests too deeply" in err.value.message


def test_the_budget_counts_steps_output_and_sizes() -> None:
    from mou_cli.library.budget import MAX_SIZE, Budget, LimitError

    budget = Budget(steps=10)
    for _ in range(10):
        budget.step()
    with pytest.raises(LimitError, match="more than 10 steps"):
        budget.step()
    with pytest.raises(LimitError, match="writes more than"):
        Budget().write(MAX_SIZE + 1)
    with pytest.raises(LimitError, match="more than 1,000,000 characters or items"):
        Budget().took(["x" * 1000] * 1000)
    assert Budget().took("x" * 1000) == "x" * 1000


def test_the_built_in_library_stays_far_below_the_limits() -> None:
    """The limits leave room: no built-in render uses 1% of its steps, output or size."""
    from mou_cli import answers
    from mou_cli.document.build import render_clause, renderer_for, select
    from mou_cli.examples import all_examples, find
    from mou_cli.library.budget import MAX_STEPS
    from mou_cli.library.loader import load_library

    lib = load_library()
    for name in all_examples():
        a = answers.load(find(name)).answers
        renderer, numbering = renderer_for(a)
        numbering.assign(select(lib, renderer, a.langs[0]))
        for clause in lib.ordered():
            if clause.id in numbering.chosen:
                for lang in a.langs:
                    before = renderer.steps_left
                    block = render_clause(renderer, clause, lang)
                    assert before - renderer.steps_left < MAX_STEPS // 100, clause.path
                    assert sum(len(p.text) for p in block.paras) < 10_000


def test_the_renders_of_one_draft_share_a_budget() -> None:
    from mou_cli.library.budget import MAX_DRAFT_STEPS

    r = _renderer()
    r.steps_left = 1000
    with pytest.raises(TemplateProblem) as err:
        r.paras("{% for i in range(5000) %}{% endfor %}x", "en", "x")
    assert f"more than {MAX_DRAFT_STEPS:,} steps together" in err.value.message
    assert r.steps_left < 0
