"""The one YAML module: both loaders agree, the limits hold on both, the line index, the dumper."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from mou_cli import yamlio
from mou_cli.examples import all_examples, find

EXAMPLES = [find(n).read_text(encoding="utf-8") for n in sorted(all_examples())]
BOMB = "a: &a [x, x]\n" + "".join(f"b{i}: &b{i} [*a, *a]\n" for i in range(yamlio.MAX_ALIASES))


def _read(cls: type, text: str) -> tuple[Any, dict[str, int], dict[str, int]]:
    loader = cls(text)
    try:
        node = loader.get_single_node()
        return loader.construct_document(node), yamlio.line_index(node), yamlio.value_lines(node)
    finally:
        loader.dispose()


def test_libyaml_and_python_loaders_read_the_same() -> None:
    """YAML is parsed with libyaml when PyYAML has it; data and line numbers match."""
    assert len(yamlio._LOADERS) == 2  # PyYAML wheels carry libyaml: the fast path is tested
    fast, slow = yamlio._LOADERS
    texts = [*EXAMPLES, "a: &x [1, 2]\nb: *x\nc: {d: 'e', f: [g, {h: 2026-01-05}]}\n"]
    for text in texts:
        assert _read(fast, text) == _read(slow, text)
        data, node = yamlio.parse(text)
        assert (data, yamlio.line_index(node)) == _read(slow, text)[:2]


@pytest.mark.parametrize("which", ["fast", "slow"])
def test_the_limits_hold_on_both_paths(which: str) -> None:
    cls = yamlio._LOADERS[0 if which == "fast" else 1]
    with pytest.raises(yaml.YAMLError, match="more than 100 aliases"):
        cls(BOMB).get_single_node()
    deep = "- " * (100_000 if which == "fast" else 1_000) + "x\n"
    with pytest.raises(yaml.YAMLError, match="nested deeper than 40 levels"):
        cls(deep).get_single_node()
    with pytest.raises(yaml.YAMLError, match="nested deeper"):
        cls("a: " + "[" * 100 + "]" * 100 + "\n").get_single_node()
    assert cls("a: " + "[" * 39 + "]" * 39 + "\n").get_single_node() is not None


@pytest.mark.parametrize("python_errors", [True, False])
def test_parse_refuses_with_the_place(python_errors: bool) -> None:
    with pytest.raises(yamlio.YAMLError, match="aliases") as info:
        yamlio.parse(BOMB, python_errors=python_errors)
    assert info.value.reason == "line 52: more than 100 aliases"  # two aliases a line
    with pytest.raises(yamlio.YAMLError) as info:
        yamlio.parse("schema: 1\nlanguage: [", python_errors=python_errors)
    # PyYAML points at the open bracket, libyaml at the end of the text
    line, column = (2, 12) if python_errors else (3, 1)
    assert (info.value.line, info.value.column) == (line, column)
    assert info.value.reason.startswith(f"line {line}, column {column}: ")


def test_errors_are_worded_as_pure_python_words_them() -> None:
    text = "a: b: c\n"
    with pytest.raises(yaml.YAMLError) as slow:
        yamlio._LOADERS[-1](text).get_single_node()
    with pytest.raises(yamlio.YAMLError) as info:
        yamlio.parse(text)
    assert info.value.problem == slow.value.problem  # type: ignore[attr-defined]
    assert str(info.value) == str(slow.value)


def test_what_libyaml_refuses_is_read_in_python() -> None:
    assert yamlio.parse('a: "\\ud800"\n')[0] == {"a": "\ud800"}
    with pytest.raises(yamlio.YAMLError):
        yamlio.parse('a: "\\ud800"\n', python_errors=False)


def test_dates_stay_text_and_nothing_unsafe_is_built() -> None:
    assert yamlio.load("d: 2027-01-31\nt: 2027-01-31 10:00:00\n") == {
        "d": "2027-01-31",
        "t": "2027-01-31 10:00:00",
    }
    with pytest.raises(yamlio.YAMLError, match="could not determine a constructor"):
        yamlio.load("a: !!python/object/apply:os.system [echo]\n")
    assert yamlio.parse("") == (None, None)


def test_line_index() -> None:
    text = "a: 1\nb:\n  - x\n  - {c: &n {d: 2}}\ne: *n\na: 3\n"
    _, node = yamlio.parse(text)
    assert yamlio.line_index(node) == {
        "": 1,
        "a": 1,  # a repeated key keeps its first line
        "b": 2,
        "b[0]": 3,
        "b[1]": 4,
        "b[1].c": 4,
        "b[1].c.d": 4,
        "e": 5,  # an alias is indexed once, where its anchor is: no "e.d"
    }


def test_value_lines() -> None:
    text = "id: x\nbody:\n  id: |\n    Teks\n  en: >\n    Text\ntitle: {id: A, en: B}\nid: y\n"
    _, node = yamlio.parse(text)
    lines = yamlio.value_lines(node)
    assert lines["id"] == 8 and lines["id:key"] == 8  # a repeated key keeps its last lines
    assert lines["body"] == 3 and lines["body:key"] == 2
    assert lines["body.id"] == 4 and lines["body.id:key"] == 3  # the text after "|"
    assert lines["body.en"] == 6
    assert lines["title.en"] == 7
    assert yamlio.value_lines(yamlio.parse("- a\n")[1]) == {}


def test_the_alias_bomb_is_indexed_at_the_size_of_the_text() -> None:
    bomb = "a: &a {x: 1, y: 1}\n" + "".join(
        f"b{i}: &b{i} {{p: *{'a' if i == 0 else f'b{i - 1}'}, q: *{'a' if i == 0 else f'b{i - 1}'}}}\n"
        for i in range(40)
    )
    _, node = yamlio.parse(bomb)
    assert len(yamlio.line_index(node)) < 200
    assert len(yamlio.value_lines(node)) < 400


@pytest.mark.parametrize("plain_dates", [False, True])
def test_the_dumper_round_trips(plain_dates: bool) -> None:
    data: dict[str, Any] = {
        "z": "first key stays first",
        "text": "Kerja sama 🤝 é ü 中文: #1 - 'quoted' \"double\"",
        "long": "word " * 40,
        "lines": "one\ntwo\n",
        "date": "2027-03-31",
        "none": None,
        "nested": [{"a": 1, "b": [True, 2.5]}, []],
    }
    text = yamlio.dump(data, plain_dates=plain_dates)
    assert yamlio.load(text) == data
    assert yaml.safe_load(text)["z"] == data["z"]
    assert text.startswith("z: first key stays first\n")
    assert ("date: 2027-03-31\n" in text) is plain_dates
    assert ("date: '2027-03-31'\n" in text) is not plain_dates
    assert "é ü 中文" in text and max(len(line) for line in text.splitlines()) <= 110
    assert yamlio.dump(data, plain_dates=plain_dates) == text  # deterministic


def test_the_dumper_writes_dates_plain_as_text() -> None:
    assert yamlio.dump({"d": dt.date(2027, 3, 31)}, plain_dates=True) == "d: 2027-03-31\n"
    assert yamlio.load(yamlio.dump({"d": dt.date(2027, 3, 31)})) == {"d": "2027-03-31"}
