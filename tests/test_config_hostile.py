"""Hostile configuration files: one clear message naming the file, in bounded time and memory.

``mou check`` and ``mou new`` read the nearest ``mou.toml`` or ``pyproject.toml`` with
``[tool.mou]`` from the current folder upwards, so a folder sent by anyone brings its own.
Each reproducer runs in a subprocess with a time limit and a 1 GB address-space limit.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mou_cli import config
from mou_cli.errors import EXIT_USAGE, MouError

MEMORY = 1 << 30  # bytes of address space a run may use
SECONDS = 20  # a run ends well within this (Python starting and importing included)

HOSTILE: dict[str, bytes] = {
    # tomllib's memory grows with the square of a dotted key's length: 3 GB here, 11.7 GB at 50k
    "dotted key 30k": b"[tool.mou]\n" + b"a." * 30_000 + b"b = 1\n",
    "dotted key 50k": b"[tool.mou]\n" + b"a." * 50_000 + b"b = 1\n",
    "dotted table": b"[tool.mou." + b"a." * 30_000 + b"b]\nx = 1\n",
    "nested arrays": b"[tool.mou]\nx = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
    "nested tables": b"[tool.mou]\nx = " + b"{a=" * 20_000 + b"1" + b"}" * 20_000 + b"\n",
    "invalid UTF-8": b"[tool.mou]\nclauses = ['caf\xe9']\n",
    "huge integer": b"[tool.mou]\nx = 1" + b"0" * 5_000 + b"\n",
    "too large": b"[tool.mou]\n" + b"# padding\n" * 40_000,
}
SAID = {
    "dotted key 30k": "dotted parts",
    "dotted key 50k": "dotted parts",
    "dotted table": "dotted parts",
    "nested arrays": "nested over",
    "nested tables": "nested over",
    "invalid UTF-8": "not UTF-8",
    "huge integer": "too large",
    "too large": "too large",
}


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def mou(cwd: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "mou_cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=SECONDS * 3,
        preexec_fn=_limits,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "120"},
        check=False,
    )
    return done, time.monotonic() - started


def _one_error_naming(done: subprocess.CompletedProcess[str], path: Path, words: str) -> None:
    assert done.returncode == EXIT_USAGE, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, done.stderr[-2000:]
    assert str(path) in errors[0] and words in errors[0], errors[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "small.md").write_text("# Nota Kesepahaman\n\nPasal 1\n\nIsi.\n", encoding="utf-8")
    return tmp_path.resolve()


@pytest.mark.parametrize("case", list(HOSTILE))
@pytest.mark.parametrize("command", ["check", "new"])
def test_a_hostile_pyproject_is_one_clear_error(folder: Path, case: str, command: str) -> None:
    path = folder / "pyproject.toml"
    path.write_bytes(HOSTILE[case])
    args = ["check", "small.md"] if command == "check" else ["new", "--example", "technology-id"]
    done, seconds = mou(folder, *args, *(["-o", "out/d"] if command == "new" else []))
    _one_error_naming(done, path, SAID[case])
    assert seconds < SECONDS
    assert not (folder / "out").exists()


def test_a_hostile_mou_toml_is_one_clear_error(folder: Path) -> None:
    path = folder / "mou.toml"
    path.write_bytes(b"a." * 30_000 + b"b = 1\n")
    done, seconds = mou(folder, "check", "small.md")
    _one_error_naming(done, path, "dotted parts")
    assert seconds < SECONDS


def test_the_limits_hold_under_the_memory_limit_for_a_normal_run(folder: Path) -> None:
    """The 1 GB limit itself lets a normal run through (so the tests above test the file)."""
    (folder / "pyproject.toml").write_text(
        '[tool.mou]\nclauses = []\n[tool.mou.check]\nlang = "id"\n'
    )
    done, _ = mou(folder, "new", "--example", "technology-id", "-o", "out/d", "-q")
    assert done.returncode == 0, done.stderr[-2000:]
    assert (folder / "out" / "d.md").is_file()


# --- what the limits let through ----------------------------------------------------------------

VALID = """\
# a comment with dots a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee.ff.gg
[tool.mou]
clauses = ["a.b.c", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]
escaped = "quote \\" then . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ."
multi = \"\"\"a \\\"\"\" b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee.ff\"\"\"\"\"
literal = '''{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{'''''
path = 'C:\\dir\\'
floats = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5,
          17.5, 18.5, 19.5, 20.5, 21.5, 22.5, 23.5, 24.5, 25.5, 26.5, 27.5, 28.5, 29.5, 30.5, 31.5,
          32.5, 33.5, 34.5]
when = 1979-05-27T07:32:00.999999-07:00
"quoted.key".b.c = 1
[tool.mou.check]
severity = { "MOU-C005" = "error", a = { b = { c = [[[1]]] } } }
"""


def test_valid_toml_with_dots_and_brackets_in_strings_and_comments_is_read(tmp_path: Path) -> None:
    import tomllib

    path = tmp_path / "mou.toml"
    path.write_text(VALID, encoding="utf-8")
    assert config.read_toml(path) == tomllib.loads(VALID)


def test_the_limits_themselves(tmp_path: Path) -> None:
    path = tmp_path / "mou.toml"
    path.write_text(".".join(["a"] * config.MAX_KEY_PARTS) + " = 1\n")
    config.read_toml(path)
    path.write_text(".".join(["a"] * (config.MAX_KEY_PARTS + 1)) + " = 1\n")
    with pytest.raises(MouError, match="dotted parts"):
        config.read_toml(path)
    depth = config.MAX_NESTING
    path.write_text("x = " + "[" * depth + "]" * depth + "\n[t]\n")
    config.read_toml(path)
    path.write_text("x = " + "[" * (depth + 1) + "]" * (depth + 1) + "\n")
    with pytest.raises(MouError, match="nested over"):
        config.read_toml(path)


def test_a_pyproject_that_does_not_mention_mou_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"[tool.other\nbroken = \xff\n")
    assert config.find_config(tmp_path) == (None, {})
    (tmp_path / "pyproject.toml").write_bytes(b"[tool.mou]\nbroken = \xff\n")
    with pytest.raises(MouError, match="not UTF-8"):
        config.find_config(tmp_path)


def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "mou.toml"
    os.mkfifo(fifo)
    with pytest.raises(MouError, match="not a regular file"):
        config.read_toml(fifo)
    assert config.find_config(tmp_path) == (None, {})  # passed over: not a file
