"""Hostile clause files: nothing reaches the terminal raw, every unreadable file is one message.

A clause folder can come from anyone (a colleague's repository, a `mou.toml` in a folder that
was sent), so `mou clauses show|list` print what it holds through ``report.safe`` and every
YAML entry point turns a character YAML refuses, or bytes that are not UTF-8, into one message
naming the file, line and column, exit 2: never a traceback. Runs go through ``python -m
mou_cli`` in a subprocess, as a user would run them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mou_cli import yamlio
from mou_cli.errors import EXIT_USAGE
from mou_cli.library import clause as clause_mod

CLAUSE = """\
id: {id}
section: notices
order: 5000
title:
  id: Judul
  en: Title
body:
  id: {body}
  en: Text
"""
ESC = "\x1b]0;pwned\x07\x1b[2J"  # retitles the window, then clears the screen
RAW_UNSAFE = ("\x1b", "\x07", "\x9b", "\u202e")


def mou(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mou_cli", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
        check=False,
    )


def clause_dir(tmp_path: Path, name: str, text: str | bytes) -> Path:
    """``clauses/name`` in ``tmp_path`` holding ``text``; the folder relative to ``tmp_path``."""
    folder = tmp_path / "clauses"
    folder.mkdir(exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return Path("clauses")


# --- 1. mou clauses show / list -----------------------------------------------------------------


def _no_raw_escapes(text: str) -> None:
    for ch in RAW_UNSAFE:
        assert ch not in text, f"U+{ord(ch):04X} reached the terminal raw"


def test_show_escapes_what_the_file_and_its_rendering_hold(tmp_path: Path) -> None:
    # a double-quoted YAML escape renders to a real ESC; a raw bidi override is valid YAML
    body = '"Teks \\e]0;pwned\\a\\e[2J \\x9b6n"'
    text = CLAUSE.format(id="esc_one", body=body).replace("Judul", "Judul \u202eltit")
    folder = clause_dir(tmp_path, "esc.yaml", text)
    done = mou(
        "clauses", "show", "esc_one", "--clauses", folder, "-e", "technology-id", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    _no_raw_escapes(done.stdout)
    # the file is shown line by line as it is, the rendered text with visible escapes
    assert "  id: Judul \\u202eltit\n" in done.stdout
    assert '"Teks \\e]0;pwned\\a\\e[2J \\x9b6n"' in done.stdout
    assert "Teks \\x1b]0;pwned\\x07\\x1b[2J \\x9b6n" in done.stdout


def test_show_and_list_escape_a_hostile_file_name(tmp_path: Path) -> None:
    folder = clause_dir(tmp_path, f"x{ESC}.yaml", CLAUSE.format(id="named", body="teks"))
    shown = mou("clauses", "show", "named", "--clauses", folder, cwd=tmp_path)
    listed = mou("clauses", "list", "--clauses", folder, cwd=tmp_path)
    as_json = mou("clauses", "list", "--clauses", folder, "--format", "json", cwd=tmp_path)
    for done in (shown, listed, as_json):
        assert done.returncode == 0, done.stderr
        _no_raw_escapes(done.stdout)
    assert "x\\x1b]0;pwned\\x07\\x1b[2J.yaml" in shown.stdout.splitlines()[0]
    assert "x\\x1b]0;pwned\\x07\\x1b[2J.yaml" in listed.stdout
    assert "x\\u001b]0;pwned\\u0007\\u001b[2J.yaml" in as_json.stdout  # JSON reads back the same


def test_list_escapes_a_condition(tmp_path: Path) -> None:
    text = CLAUSE.format(id="cond", body="teks") + 'when: "parties \\u202e and \\x9b"\n'
    folder = clause_dir(tmp_path, "c.yaml", text)
    done = mou("clauses", "list", "--clauses", folder, cwd=tmp_path)
    _no_raw_escapes(done.stdout + done.stderr)
    assert "\\u202e" in done.stdout + done.stderr


# --- 2. characters YAML refuses, bytes that are not UTF-8 ---------------------------------------

UNREADABLE: dict[str, tuple[bytes, str]] = {
    # name: (file bytes, what the one message says, after "clauses/x.yaml:")
    "bell": (
        CLAUSE.format(id="bad", body="ab\x07cd").encode(),
        "8:9: not valid YAML (the character U+0007 (a control character)",
    ),
    "escape in a comment": (
        ("# " + ESC + "\n" + CLAUSE.format(id="bad", body="x")).encode(),
        "1:3: not valid YAML (the character U+001B (a control character)",
    ),
    "C1 control": (
        CLAUSE.format(id="bad", body="x\x9by").encode(),
        "8:8: not valid YAML (the character U+009B (a control character)",
    ),
    "noncharacter": (
        CLAUSE.format(id="bad", body="ab\uffff").encode(),
        "8:9: not valid YAML (the character U+FFFF (not a character)",
    ),
    "Latin-1 byte": (
        CLAUSE.format(id="bad", body="caf\xe9").encode("latin-1"),
        "8:10: not UTF-8 text (byte 0xe9)",
    ),
    "UTF-16": (CLAUSE.format(id="bad", body="x").encode("utf-16"), "1:1: not UTF-8 text"),
    "too large": (
        CLAUSE.format(id="bad", body="x").encode() + b"#" * clause_mod.MAX_BYTES,
        "too large for a clause file",
    ),
}


@pytest.mark.parametrize("case", list(UNREADABLE))
def test_an_unreadable_clause_file_is_one_message_naming_file_and_line(
    tmp_path: Path, case: str
) -> None:
    data, said = UNREADABLE[case]
    folder = clause_dir(tmp_path, "x.yaml", data)
    new = mou("new", "--example", "technology-id", "--clauses", folder, "-o", "out/d", cwd=tmp_path)
    assert new.returncode == EXIT_USAGE, new.stderr
    assert "Traceback" not in new.stderr
    assert f"  clauses/x.yaml:{said}" in new.stderr or f"  clauses/x.yaml: {said}" in new.stderr
    assert not (tmp_path / "out").exists()
    lint = mou("clauses", "lint", folder, cwd=tmp_path)
    assert lint.returncode == 1, lint.stderr
    assert "Traceback" not in lint.stderr + lint.stdout
    (finding,) = [line for line in lint.stdout.splitlines() if "CL101" in line]
    place = said.split(": ", 1)[0] if said[0].isdigit() else "1:1"
    assert finding.startswith(f"clauses/x.yaml:{place}: CL101"), finding
    show = mou("clauses", "show", "bad", "--clauses", folder, cwd=tmp_path)
    assert show.returncode == EXIT_USAGE and "Traceback" not in show.stderr


def test_a_clause_file_that_is_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "f.yaml"
    os.mkfifo(fifo)
    with pytest.raises(clause_mod.ClauseFileError, match="not a regular file"):
        clause_mod.read_text(fifo)


def test_a_library_error_lists_each_detail_on_its_own_line(tmp_path: Path) -> None:
    text = CLAUSE.format(id="extra", body="teks") + "a0: 1\na1: 2\n"
    folder = clause_dir(tmp_path, "x.yaml", text)
    done = mou("new", "--example", "technology-id", "--clauses", folder, "-o", "d", cwd=tmp_path)
    assert done.returncode == EXIT_USAGE
    assert "\\x0a" not in done.stderr  # a detail is a line, not an escaped line feed
    assert "    a0: Extra inputs are not permitted\n" in done.stderr


# --- yamlio.parse itself, with and without libyaml ----------------------------------------------

REFUSED = {
    "a: b\x07c\n": (1, 5, "U+0007"),
    "a: 1\nb: \x1b[2J\n": (2, 4, "U+001B"),
    "a: 1\n  b: \uffff\n": (2, 6, "U+FFFF"),
    "a: \ud800\n": (1, 4, "U+D800"),  # a lone surrogate: libyaml cannot even be given one
    "a: \x00\n": (1, 4, "U+0000"),
}


@pytest.mark.parametrize("loaders", ["both", "python only"])
@pytest.mark.parametrize("python_errors", [True, False])
@pytest.mark.parametrize("text", list(REFUSED))
def test_parse_refuses_a_character_yaml_does_not_allow_with_its_place(
    monkeypatch: pytest.MonkeyPatch, loaders: str, python_errors: bool, text: str
) -> None:
    if loaders == "python only":  # PyYAML built without libyaml
        monkeypatch.setattr(yamlio, "_LOADERS", yamlio._LOADERS[-1:])
    line, column, code = REFUSED[text]
    with pytest.raises(yamlio.YAMLError) as info:
        yamlio.parse(text, python_errors=python_errors)
    assert (info.value.line, info.value.column) == (line, column)
    assert info.value.reason.startswith(f"line {line}, column {column}: the character {code}")


def test_what_yaml_allows_is_still_read() -> None:
    text = "a: \ufeffx\u0085\nb: 'tab\there'\nc: \U0001f91d \u202e\n"
    assert yamlio.parse(text)[0] == yamlio.parse(text, python_errors=False)[0]
    assert yamlio.parse(text)[0]["c"] == "\U0001f91d \u202e"
