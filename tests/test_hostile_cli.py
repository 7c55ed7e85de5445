"""Hostile input at the command line: answers, `-o`, output streams, folders, terminal escapes.

Each reproducer of issue 13 (items 8, 9, 12, 13, 14) runs the real command in a subprocess
with a time limit and a 1 GB address-space limit, and must end in one clear message with the
documented exit code: 2 bad input, 74 standard output could not be written, 141 standard
output closed early (nothing said), never a traceback or a hang.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ANSWERS

from mou_cli import cli, fsutil, stdout
from mou_cli.errors import MouError

MEMORY = 1 << 30
SECONDS = 30
BASE = (ANSWERS / "en-3party.yaml").read_text(encoding="utf-8")
ESCAPES = "\x1b]0;pwned\x07\x1b[2J"
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # \n allowed


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def mou(
    *args: str, cwd: Path | None = None, stdout: int | None = subprocess.PIPE
) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "NO_COLOR": "1", "CI": "1", "COLUMNS": "120"}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "mou_cli", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env=env,
        timeout=SECONDS * 2,
        preexec_fn=_limits,
        check=False,
    )
    return done, time.monotonic() - started


def _one_error(done: subprocess.CompletedProcess[str], *words: str) -> str:
    """The run ended with exit 2 and one `error:` line holding ``words``; that line."""
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, done.stderr[-2000:]
    for w in words:
        assert w in done.stderr, (w, done.stderr[-2000:])
    return errors[0]


def _answers(tmp_path: Path, old: str, new: str, name: str = "a.yaml") -> Path:
    assert old in BASE, old
    path = tmp_path / name
    path.write_text(BASE.replace(old, new, 1), encoding="utf-8")
    return path


# --- item 8: answers and -o that used to end in a traceback ----------------------------------

TERM = "term: {start: 2027-06-01, years: 8,"


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        (TERM, "term: {start: 9999-12-31, years: 1,", ["term:", "after the year 9999"]),
        (TERM, "term: {start: 9990-06-30, years: 20,", ["term:", "after the year 9999"]),
        ("years: 4}", "years: " + "9" * 4400 + "}", ["line 58, column", "more than 4,300 digits"]),
        ("amount: 180000", "amount: " + "1" * 5000, ["line 41, column", "more than 4,300 digits"]),
        ("place: Ambon", "place: Am\x9bbon", ["line 7, column 10", "U+009B"]),
    ],
    ids=["year-10000", "year-10009", "long-integer", "long-amount", "c1-control"],
)
def test_bad_answers_are_one_error_naming_the_place(tmp_path, old, new, words):
    path = _answers(tmp_path, old, new)
    done, seconds = mou("new", "--answers", str(path), "--out", str(tmp_path / "out"))
    line = _one_error(done, *words)
    assert str(path) in line
    assert not (tmp_path / "out").exists()
    assert seconds < SECONDS


def test_a_raw_control_character_is_removed_with_a_warning(tmp_path):
    """YAML refuses a form feed typed raw; the README promises removal with a warning."""
    path = _answers(tmp_path, "place: Ambon", "place: Am\x0cbon\x7f")
    done, _ = mou("new", "--answers", str(path), "-o", str(tmp_path / "d"), "-f", "md")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "line 7: place: control characters removed (U+000C, U+007F)" in done.stderr
    text = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert "Ambon" in text and "\x0c" not in text and "\x7f" not in text


@pytest.mark.parametrize("output", ["/", ".", "", "..", "drafts/.."])
def test_o_without_a_file_name_is_refused(tmp_path, output):
    done, _ = mou("new", "--answers", str(ANSWERS / "en-3party.yaml"), "-o", output, cwd=tmp_path)
    assert "-o needs a file name" in _one_error(done)
    assert list(tmp_path.iterdir()) == []


def test_an_answers_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "answers.yaml"
    os.mkfifo(fifo)
    done, seconds = mou("new", "--answers", str(fifo), "--out", str(tmp_path / "out"))
    assert "not a regular file" in _one_error(done, str(fifo))
    assert seconds < SECONDS


# --- item 9: amounts and percents outside what can be written ---------------------------------


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ("amount: 180000", "amount: .inf", "amount", "finite"),
        ("amount: 180000", "amount: .nan", "amount", "finite"),
        ("amount: 180000", "amount: 1e308", "amount", "less than 1,000,000,000,000,000"),
        ("amount: 180000", "amount: 1.0e+15", "amount", "less than 1,000,000,000,000,000"),
        ("percent: 40", "percent: .nan", "percent", "finite"),
        ("percent: 40", "percent: .inf", "percent", "finite"),
    ],
)
def test_numbers_are_checked_with_their_field(tmp_path, old, new, field, words):
    path = _answers(tmp_path, old, new)
    done, _ = mou("new", "--answers", str(path), "--out", str(tmp_path / "out"))
    _one_error(done, str(path), words)
    detail = [line for line in done.stderr.splitlines() if words in line]
    assert re.match(rf"  line \d+: [\w.\[\]]+\.{field}: ", detail[0]), detail
    assert "contributions.yaml" not in done.stderr and "clauses" not in done.stderr


def test_the_largest_amount_is_drafted(tmp_path):
    path = _answers(tmp_path, "amount: 180000", "amount: 999999999999999")
    done, _ = mou("new", "--answers", str(path), "-o", str(tmp_path / "d"), "-f", "md")
    assert done.returncode == 0, done.stderr[-2000:]
    text = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert "USD 999,999,999,999,999.00" in text


# --- item 12: terminal escapes ----------------------------------------------------------------

ESCAPED_DRAFT = (
    "# MEMORANDUM OF UNDERSTANDING\n\n"
    + "The Parties agree to cooperate on training and research in Sleman.\n\n" * 6
    + f"## Article 1 [●] {ESCAPES}\n\nThe [●] {ESCAPES} \u202eevil\u202c \x9b31m text.\n"
)


@pytest.fixture
def escapes(tmp_path: Path) -> Path:
    name = f"n{ESCAPES}ame.md"
    (tmp_path / name).write_text(ESCAPED_DRAFT, encoding="utf-8")
    return tmp_path / name


def test_text_output_shows_control_characters_as_escapes(escapes):
    for fmt in ("text", "github"):
        done, _ = mou("check", escapes.name, "--format", fmt, cwd=escapes.parent)
        assert done.returncode in (0, 1), done.stderr[-2000:]
        assert not UNSAFE.search(done.stdout + done.stderr), repr(done.stdout[:3000])
        assert r"n\x1b]0;pwned\x07\x1b[2Jame.md" in done.stdout
        if fmt == "text":  # the quotes: github annotations have none
            assert r"Article 1 [●] \x1b]0;pwned\x07\x1b[2J" in done.stdout
            assert r"\u202eevil\u202c" in done.stdout and r"\x9b31m" in done.stdout


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_and_sarif_keep_the_data_as_data(escapes, fmt):
    done, _ = mou("check", escapes.name, "--format", fmt, cwd=escapes.parent)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert not UNSAFE.search(done.stdout), repr(done.stdout[:3000])
    text = "\n".join(_strings(json.loads(done.stdout)))
    assert ESCAPES in text and "\u202eevil\u202c" in text and "\x9b31m" in text
    assert escapes.name in text


def _strings(value: object) -> list[str]:
    """Every string in JSON data, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_file_names_in_error_messages_are_escaped(tmp_path):
    done, _ = mou("check", f"gone{ESCAPES}.md", cwd=tmp_path)
    assert done.returncode == 2
    assert not UNSAFE.search(done.stdout + done.stderr)
    assert r"gone\x1b]0;pwned" in done.stdout


# --- item 13: folder scans and symbolic links -----------------------------------------------


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / ".env").write_text("# TOKEN\n\nSECRET_TOKEN=hunter2 Pasal 1\n", encoding="utf-8")
    (secret / "other.md").write_text("# NOTA\n\nPasal 1 hunter3\n", encoding="utf-8")
    scan = tmp_path / "scan"
    (scan / "sub").mkdir(parents=True)
    (scan / "a.md").write_text(ESCAPED_DRAFT.replace(ESCAPES, ""), encoding="utf-8")
    (scan / "notes.md").symlink_to(secret / ".env")
    (scan / "linked").symlink_to(secret, target_is_directory=True)
    (scan / "sub" / "up").symlink_to(scan, target_is_directory=True)  # a loop
    (scan / "sub" / "same.md").symlink_to(scan / "a.md")  # inside the folder: checked
    os.mkfifo(scan / "pipe.md")
    (scan / "loop1.md").symlink_to(scan / "loop2.md")  # links in a loop lead nowhere
    (scan / "loop2.md").symlink_to(scan / "loop1.md")
    return scan


def _uris(sarif: str) -> set[str]:
    run = json.loads(sarif)["runs"][0]
    return {a["location"]["uri"] for a in run["artifacts"]}


def test_a_folder_scan_does_not_leave_the_folder_through_links(linked):
    done, seconds = mou("check", "scan", "--format", "sarif", cwd=linked.parent)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert "hunter" not in done.stdout and "SECRET_TOKEN" not in done.stdout
    assert _uris(done.stdout) == {"scan/a.md"}  # scan/sub/same.md resolves to it
    notes = [line for line in done.stderr.splitlines() if line.startswith("info: skipped")]
    assert sorted(notes) == sorted(
        [
            "info: skipped scan/linked: a symbolic link to a folder outside scan; "
            "--follow-symlinks checks it",
            "info: skipped scan/notes.md: a symbolic link to a file outside scan; "
            "--follow-symlinks checks it",
            "info: skipped scan/loop1.md: not a regular file (a pipe, a device or a broken link)",
            "info: skipped scan/loop2.md: not a regular file (a pipe, a device or a broken link)",
            "info: skipped scan/pipe.md: not a regular file (a pipe, a device or a broken link)",
        ]
    )
    assert seconds < SECONDS


def test_follow_symlinks_opts_in(linked):
    done, seconds = mou(
        "check", "scan", "--format", "sarif", "--follow-symlinks", cwd=linked.parent
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert _uris(done.stdout) == {"scan/a.md", "secret/.env", "secret/other.md"}
    assert "symbolic link to" not in done.stderr
    assert seconds < SECONDS


def test_a_fifo_named_on_the_command_line_is_an_error_not_a_hang(linked):
    done, seconds = mou("check", "scan/pipe.md", cwd=linked.parent)
    assert done.returncode == 2
    assert "not a regular file" in done.stdout
    assert seconds < SECONDS


# --- item 14: standard output that cannot be written ----------------------------------------

OUTPUTS = [
    ["rules"],
    ["rules", "--format", "json"],
    ["schema"],
    ["check", "DRAFT", "--format", "sarif"],
    ["check", "DRAFT"],
    ["--help"],
    ["--version"],
]


def _draft(tmp_path: Path, args: list[str]) -> list[str]:
    draft = tmp_path / "d.md"
    draft.write_text(ESCAPED_DRAFT.replace(ESCAPES, ""), encoding="utf-8")
    return [str(draft) if a == "DRAFT" else a for a in args]


@pytest.mark.parametrize("args", OUTPUTS, ids=" ".join)
def test_a_full_disk_on_stdout_is_exit_74_with_one_line(tmp_path, args):
    with open("/dev/full", "w") as full:
        done, _ = mou(*_draft(tmp_path, args), stdout=full.fileno())
    assert done.returncode == stdout.EXIT_IOERR == 74, done.stderr[-2000:]
    assert done.stderr == "error: could not write to standard output: the disk is full\n"


@pytest.mark.parametrize("args", OUTPUTS, ids=" ".join)
def test_a_closed_pipe_on_stdout_is_exit_141_quietly(tmp_path, args):
    read_end, write_end = os.pipe()
    os.close(read_end)  # whoever reads has gone, as `head -1` after its line
    try:
        done, _ = mou(*_draft(tmp_path, args), stdout=write_end)
    finally:
        os.close(write_end)
    assert done.returncode == stdout.EXIT_PIPE == 141, done.stderr[-2000:]
    assert done.stderr == ""


def test_head_reads_what_it_wants(tmp_path):
    """`mou rules | head -1`: head's line arrives whole, mou ends 0 or 141, says nothing."""
    env = {**os.environ, "NO_COLOR": "1"}
    line = f"{sys.executable} -m mou_cli rules | head -1; echo ${{PIPESTATUS[0]}}"
    done = subprocess.run(
        ["bash", "-c", line], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    first, code = done.stdout.splitlines()
    assert first.startswith("MOU-") and code in ("0", "141")
    assert done.stderr == ""


def test_help_documents_exit_codes_and_follow_symlinks():
    done, _ = mou("check", "--help")
    text = " ".join(done.stdout.split())
    assert "--follow-symlinks" in text
    for code in ("74", "141", "130"):
        assert f" {code} " in text, code
    assert "74 standard output could not be written" in " ".join(mou("--help")[0].stdout.split())


# --- Ctrl-C: say what the write layer says, else only "interrupted" ----------------------------


def _interrupt(exc: BaseException) -> None:
    raise exc


def test_interrupted_says_nothing_false(capsys):
    with pytest.raises(cli.typer.Exit) as stop:
        cli._run(_interrupt, exc=KeyboardInterrupt())
    assert stop.value.exit_code == 130
    assert capsys.readouterr().err == "interrupted\n"


def test_interrupted_during_a_write_says_what_was_written(capsys, tmp_path):
    import signal

    written = fsutil.Interrupted(signal.SIGINT, [tmp_path / "d.md"])
    with pytest.raises(cli.typer.Exit) as stop:
        cli._run(_interrupt, exc=written)
    assert stop.value.exit_code == 130
    err = capsys.readouterr().err
    assert err == f"error: interrupted after writing {tmp_path / 'd.md'} in full\n"
    assert isinstance(written, MouError)
