"""Nothing lost: `mou new` writes all of a draft or none of it, and never a user's file.

An existing draft (.md, .docx or .checklist.md) is never replaced without --force; an
interruption (Ctrl-C), a full disk or a denied permission, at any point of the writing, leaves
the folder exactly as it was (no partial file, no temp file, no half-replaced set), with one
clear line and exit code 3 (130 for Ctrl-C), never a traceback.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ANSWERS
from typer.testing import CliRunner

from mou_cli import fsutil
from mou_cli.cli import app
from mou_cli.errors import EXIT_WRITE

ANSWERS_FILE = str(ANSWERS / "en-3party.yaml")
SUFFIXES = (".md", ".docx", ".checklist.md")


def new(target: Path, *extra: str):
    """`mou new` in this process (so that the file system can be made to fail)."""
    return CliRunner().invoke(app, ["new", "--answers", ANSWERS_FILE, "-o", str(target), *extra])


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden temp files included) with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def assert_one_clear_line(result, *words: str) -> None:
    """One ``error:`` line naming what went wrong, and no traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])


# --- never replaced without --force -------------------------------------------------------------


@pytest.mark.parametrize("existing", SUFFIXES)
def test_one_existing_file_of_the_set_stops_the_whole_draft(tmp_path: Path, existing: str) -> None:
    (tmp_path / f"draft{existing}").write_bytes(b"my own edits")
    before = snapshot(tmp_path)
    r = new(tmp_path / "draft")
    assert r.exit_code == EXIT_WRITE
    assert_one_clear_line(r, f"draft{existing}", "--force")
    assert snapshot(tmp_path) == before  # nothing else written, nothing replaced


def test_every_existing_file_is_named(tmp_path: Path) -> None:
    for suffix in (".docx", ".checklist.md"):
        (tmp_path / f"draft{suffix}").write_bytes(b"mine")
    r = new(tmp_path / "draft")
    assert r.exit_code == EXIT_WRITE
    assert_one_clear_line(r, "draft.docx", "draft.checklist.md", "already exist;")
    assert not (tmp_path / "draft.md").exists()


def test_force_replaces_the_whole_set(tmp_path: Path) -> None:
    for suffix in SUFFIXES:
        (tmp_path / f"draft{suffix}").write_bytes(b"old")
    r = new(tmp_path / "draft", "--force")
    assert r.exit_code == 0, r.stderr
    for suffix in SUFFIXES:
        assert (tmp_path / f"draft{suffix}").read_bytes() != b"old"
    assert sorted(snapshot(tmp_path)) == sorted(f"draft{s}" for s in SUFFIXES)


def test_a_folder_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "draft.docx").mkdir()
    r = new(tmp_path / "draft", "--force")
    assert r.exit_code == EXIT_WRITE
    assert_one_clear_line(r, "draft.docx", "is a folder")
    assert snapshot(tmp_path) == {}


def test_output_under_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "notes").write_bytes(b"a file, not a folder")
    r = new(tmp_path / "notes" / "draft")
    assert r.exit_code == EXIT_WRITE
    assert_one_clear_line(r, "cannot write", "notes")
    assert snapshot(tmp_path) == {"notes": b"a file, not a folder"}


# --- failures while writing ---------------------------------------------------------------------

Failure = Callable[[], BaseException]
FAILURES: dict[str, tuple[Failure, int, str]] = {
    "interrupted": (KeyboardInterrupt, 130, "interrupted; nothing was written"),
    "disk full": (lambda: OSError(errno.ENOSPC, "No space left on device"), 3, "the disk is full"),
    "permission": (lambda: PermissionError(errno.EACCES, "Permission denied"), 3, "permission"),
    "read-only": (lambda: OSError(errno.EROFS, "Read-only file system"), 3, "read-only"),
}


class Saboteur:
    """Makes the ``nth`` call of a file-system function raise, letting the others through."""

    def __init__(self, real: Callable, nth: int, error: Failure) -> None:
        self.real, self.nth, self.error, self.calls = real, nth, error, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls == self.nth:
            raise self.error()
        return self.real(*args, **kwargs)


# Where the writing can fail: making the temp file, filling it, flushing it, renaming it
# into place (the 1st, 2nd or 3rd of the three files).
STAGES = [
    ("tempfile.mkstemp", 1),
    ("tempfile.mkstemp", 3),
    ("os.fsync", 2),
    ("os.replace", 1),
    ("os.replace", 2),
    ("os.replace", 3),
]


def _sabotage(monkeypatch: pytest.MonkeyPatch, where: str, nth: int, error: Failure) -> Saboteur:
    module_name, name = where.split(".")
    module = {"os": fsutil.os, "tempfile": fsutil.tempfile}[module_name]
    saboteur = Saboteur(getattr(module, name), nth, error)
    monkeypatch.setattr(module, name, saboteur)
    return saboteur


@pytest.mark.parametrize(("where", "nth"), STAGES, ids=[f"{w}#{n}" for w, n in STAGES])
@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize("force", [False, True], ids=["new", "replacing"])
def test_a_failure_while_writing_leaves_the_folder_as_it_was(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    nth: int,
    failure: str,
    force: bool,
) -> None:
    error, code, words = FAILURES[failure]
    folder = tmp_path / "drafts"
    if force:  # a previous draft, which must survive whole
        folder.mkdir()
        for suffix in SUFFIXES:
            (folder / f"draft{suffix}").write_bytes(f"previous {suffix}".encode())
    before = snapshot(tmp_path)
    saboteur = _sabotage(monkeypatch, where, nth, error)
    r = new(folder / "draft", *(["--force"] if force else []))
    assert saboteur.calls >= nth  # the failure did happen
    assert r.exit_code == code, r.stderr
    assert "Traceback" not in r.stderr
    assert words in r.stderr, r.stderr
    if code == EXIT_WRITE:
        assert_one_clear_line(r, "cannot write", "drafts")
    assert snapshot(tmp_path) == before
    assert folder.exists() == force  # a folder made for the draft is removed again


def test_backups_are_not_left_behind(tmp_path: Path) -> None:
    for suffix in SUFFIXES:
        (tmp_path / f"draft{suffix}").write_bytes(b"old")
    assert new(tmp_path / "draft", "--force").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"draft{s}" for s in SUFFIXES)


def test_a_file_system_without_hard_links_still_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Backups are hard links; where there are none (FAT, some shares), writing still works."""

    def no_link(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(fsutil.os, "link", no_link)
    (tmp_path / "draft.md").write_bytes(b"old")
    r = new(tmp_path / "draft", "--force")
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "draft.md").read_bytes() != b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"draft{s}" for s in SUFFIXES)


def test_a_real_read_only_folder(tmp_path: Path) -> None:
    """A read-only folder, for real, in a subprocess. Root ignores folder permissions, so
    there the folder is made unwritable by a mount-free trick: its path runs through a file."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "keep.md").write_bytes(b"keep")
    if os.geteuid() == 0:
        target = folder / "keep.md" / "draft"  # a path under a file: ENOTDIR, even for root
        expected = "cannot write"
    else:
        folder.chmod(0o555)
        target = folder / "draft"
        expected = "permission denied"
    try:
        r = subprocess.run(
            [sys.executable, "-m", "mou_cli", "new", "--answers", ANSWERS_FILE, "-o", str(target)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        folder.chmod(0o755)
    assert r.returncode == EXIT_WRITE, r.stderr
    assert "Traceback" not in r.stderr
    assert expected in r.stderr and str(folder) in r.stderr, r.stderr
    assert len([line for line in r.stderr.splitlines() if line.startswith("error:")]) == 1
    assert snapshot(folder) == {"keep.md": b"keep"}


@pytest.mark.parametrize("delay", [0.15, 0.3, 0.4, 0.5, 0.6])
def test_ctrl_c_at_any_moment_leaves_all_or_nothing(tmp_path: Path, delay: float) -> None:
    """A real SIGINT to a running `mou new`: afterwards the folder holds the whole draft or
    nothing at all (and never a temp or backup file), whenever the signal came."""
    import signal
    import time

    folder = tmp_path / "out"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mou_cli",
            "new",
            "--answers",
            ANSWERS_FILE,
            "-o",
            str(folder / "d"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    names = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert names in ([], sorted(f"d{s}" for s in SUFFIXES)), (names, err[-1000:])
    if proc.returncode == 0:
        assert names, err
    elif names == [] and "interrupted" in err:
        assert proc.returncode == 130
