"""All or nothing under SIGINT and SIGTERM at any instant, and one writer at a time.

``fsutil._step`` is called between every two steps of a write (folders, lock, each staged
file, each backup, each rename, the commit, each clean-up action). The tests replace it to
interrupt there: by raising KeyboardInterrupt, or by sending the process a real SIGINT or
SIGTERM; then a second time during the clean-up that follows. Afterwards the folder holds
exactly the old files or exactly the new set, byte for byte, and nothing else (no temp file,
backup or lock file); the message says which.
"""

from __future__ import annotations

import errno
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import ANSWERS

from mou_cli import fsutil
from mou_cli.errors import EXIT_WRITE, MouError

NAMES = ("d.md", "d.docx", "d.checklist.md")
SIGNUMS = {"SIGINT": signal.SIGINT, "SIGTERM": signal.SIGTERM}


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root``, hidden ones included, with its bytes."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def new_files(folder: Path, tag: str = "new") -> dict[Path, bytes]:
    return {folder / n: f"{tag} {n}".encode() * (1 + i * 300) for i, n in enumerate(NAMES)}


@pytest.fixture(autouse=True)
def _signals_must_not_leak() -> Iterator[list[int]]:
    """A signal that escaped a write would reach these (and must not): recorded, not fatal."""
    leaked: list[int] = []
    old = {s: signal.signal(s, lambda n, f: leaked.append(n)) for s in SIGNUMS.values()}
    yield leaked
    for s, handler in old.items():
        signal.signal(s, handler)
    assert leaked == [], "a signal got past the write"


class Scenario:
    """A folder (new, or holding a previous draft replaced with force) and the files to write."""

    def __init__(self, root: Path, replacing: bool) -> None:
        self.root, self.folder = root, root / "out" / "drafts"
        self.replacing = replacing
        if replacing:
            self.folder.mkdir(parents=True)
            for n in NAMES:
                (self.folder / n).write_bytes(f"previous {n}".encode())
        self.old = snapshot(root)
        self.files = new_files(self.folder)
        self.new = {str(p.relative_to(root)): data for p, data in self.files.items()}

    def write(
        self, monkeypatch: pytest.MonkeyPatch, acts: dict[int, str]
    ) -> tuple[list[str], Exception | None]:
        """Write, acting at the n-th step (1-based) as ``acts`` says; the steps seen and the error."""
        seen: list[str] = []

        def hook(name: str) -> None:
            seen.append(name)
            act = acts.get(len(seen))
            if act == "raise":
                raise KeyboardInterrupt
            if act:
                os.kill(os.getpid(), SIGNUMS[act])

        monkeypatch.setattr(fsutil, "_step", hook)
        try:
            fsutil.write_all_atomic(self.files, force=self.replacing)
        except fsutil.Interrupted as exc:
            return seen, exc
        return seen, None

    def assert_all_or_nothing(self, error: Exception | None, context: object) -> None:
        after = snapshot(self.root)
        assert after in (self.old, self.new), (context, sorted(after))
        if after == self.old and not self.replacing:
            assert not (self.root / "out").exists(), context  # folders made are removed again
        if error is not None:
            message = str(error)
            if after == self.old:
                assert "nothing was written" in message, (context, message)
            else:
                assert "nothing was written" not in message and "in full" in message, message


def _steps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replacing: bool) -> list[str]:
    steps, error = Scenario(tmp_path / "dry", replacing).write(monkeypatch, {})
    assert error is None
    return steps


def test_the_steps_cover_the_whole_sequence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = _steps(tmp_path, monkeypatch, replacing=True)
    for n in NAMES:
        for kind in ("staged", "backed up", "renamed"):
            assert f"{kind} {n}" in steps
    assert "committed" in steps and "locked .d.mou-lock" in steps
    assert steps.index("committed") < steps.index("unlocked .d.mou-lock")
    assert sum(s.startswith("removed .d.") and s.endswith(".bak") for s in steps) == 3


@pytest.mark.parametrize("act", ["raise", "SIGINT", "SIGTERM"])
@pytest.mark.parametrize("replacing", [False, True], ids=["new", "replacing"])
def test_an_interruption_at_every_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, act: str, replacing: bool
) -> None:
    steps = _steps(tmp_path, monkeypatch, replacing)
    for i, name in enumerate(steps, 1):
        s = Scenario(tmp_path / f"run{i}", replacing)
        _, error = s.write(monkeypatch, {i: act})
        assert isinstance(error, fsutil.Interrupted), (name, error)
        assert isinstance(error, MouError) and isinstance(error, KeyboardInterrupt)
        assert error.exit_code == (143 if act == "SIGTERM" else 130), name
        s.assert_all_or_nothing(error, name)
        if act != "raise" and steps.index("committed") < i:
            assert snapshot(s.root) == s.new, name  # a signal after the commit: all written


@pytest.mark.parametrize("first", ["raise", "SIGTERM"])
@pytest.mark.parametrize("replacing", [False, True], ids=["new", "replacing"])
def test_a_second_interruption_during_the_clean_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str, replacing: bool
) -> None:
    """Interrupted at step i, then again at every later step j: the clean-up (putting back
    the old files, removing temp files, backups, the lock and folders made) still finishes."""
    steps = _steps(tmp_path, monkeypatch, replacing)
    runs = 0
    for i in range(1, len(steps) + 1):
        followed, _ = Scenario(tmp_path / f"probe{i}", replacing).write(monkeypatch, {i: first})
        for j in range(i + 1, len(followed) + 1):
            s = Scenario(tmp_path / f"run{i}-{j}", replacing)
            _, error = s.write(monkeypatch, {i: first, j: "raise"})
            assert isinstance(error, fsutil.Interrupted), (i, j, error)
            s.assert_all_or_nothing(error, (followed[i - 1], followed[j - 1]))
            runs += 1
    assert runs > 50


def test_without_hard_links_the_old_files_come_back_from_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_link(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(fsutil.os, "link", no_link)
    steps = _steps(tmp_path, monkeypatch, replacing=True)
    for i in range(1, steps.index("committed") + 1):
        s = Scenario(tmp_path / f"run{i}", replacing=True)
        _, error = s.write(monkeypatch, {i: "raise"})
        assert snapshot(s.root) == s.old, steps[i - 1]
        s.assert_all_or_nothing(error, steps[i - 1])


def test_a_failed_restore_is_said_and_the_backup_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When even putting an old file back fails, the message says where its old version is."""
    s = Scenario(tmp_path, replacing=True)
    real_replace = os.replace
    calls = {"n": 0}

    def replace(src: str, dst: str) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.EIO, "Input/output error")  # the 2nd rename fails
        if calls["n"] == 3:
            raise OSError(errno.EIO, "Input/output error")  # and so does putting back the 1st
        real_replace(src, dst)

    monkeypatch.setattr(fsutil.os, "replace", replace)
    with pytest.raises(MouError) as info:
        fsutil.write_all_atomic(s.files, force=True)
    message = info.value.message
    assert "cannot write" in message and "could not be put back" in message, message
    kept = [p for p in s.folder.iterdir() if p.name.endswith(".bak")]
    assert len(kept) == 1 and kept[0].name in message
    assert kept[0].read_bytes() == b"previous d.md"


# --- a real process, a real signal --------------------------------------------------------------

CHILD = """
import os, sys, time
from mou_cli import fsutil
from mou_cli.cli import main
target = sys.argv[1]
def hook(step):
    if step.startswith(target):
        print("AT", step, file=sys.stderr, flush=True)
        time.sleep(0.5)  # the signal arrives here, inside the write
fsutil._step = hook
sys.argv = ["mou", *sys.argv[2:]]
main()
"""

ANSWERS_FILE = str(ANSWERS / "en-3party.yaml")
OUTPUT = ("d.md", "d.docx", "d.checklist.md")


@pytest.mark.parametrize(
    ("at", "sig", "replacing"),
    [
        ("locked", "SIGTERM", False),
        ("staged d.docx", "SIGTERM", True),
        ("backed up d.md", "SIGINT", True),
        ("renamed d.md", "SIGTERM", True),
        ("renamed d.docx", "SIGINT", False),
        ("committed", "SIGTERM", True),
        ("removed .d.md.", "SIGINT", True),
        ("unlocked", "SIGTERM", False),
    ],
)
def test_a_real_signal_to_mou_new(tmp_path: Path, at: str, sig: str, replacing: bool) -> None:
    folder = tmp_path / "out"
    if replacing:
        folder.mkdir()
        for n in OUTPUT:
            (folder / n).write_bytes(b"previous " + n.encode())
    before = snapshot(tmp_path)
    args = ["new", "--answers", ANSWERS_FILE, "-o", str(folder / "d"), "-q"]
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, at, *args, *(["--force"] if replacing else [])],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.stderr is not None
    earlier = []
    for line in proc.stderr:  # the draft's warnings, then the step
        earlier.append(line)
        if line.startswith("AT "):
            break
    assert line.startswith("AT " + at), earlier
    proc.send_signal(SIGNUMS[sig])
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 128 + SIGNUMS[sig], err
    assert "Traceback" not in err
    after = snapshot(tmp_path)
    names = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    whole = names == sorted(OUTPUT) and all(
        after[f"out/{n}"] != before.get(f"out/{n}") for n in OUTPUT
    )
    assert after == before or whole, names
    errors = [x for x in err.splitlines() if x.startswith("error:")]
    assert len(errors) == 1, err
    said = "interrupted" if sig == "SIGINT" else "terminated"
    if after == before:
        assert f"{said}; nothing was written" in errors[0]
    else:
        assert f"{said} after writing" in errors[0] and "in full" in errors[0]


# --- one writer at a time -----------------------------------------------------------------------


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _writer(folder: str, tag: str, force: bool, start: object, results: object) -> None:
    """One run writing the three files tagged ``tag``; its outcome to ``results``."""
    fsutil._step = lambda name: time.sleep(0.02)  # widen every gap between steps
    start.wait()  # type: ignore[attr-defined]
    try:
        fsutil.write_all_atomic(new_files(Path(folder), tag), force=force)
        results.put((tag, 0, ""))  # type: ignore[attr-defined]
    except MouError as exc:
        results.put((tag, exc.exit_code, exc.message))  # type: ignore[attr-defined]


def _race(folder: Path, force: bool) -> list[tuple[str, int, str]]:
    ctx = _context()
    start, results = ctx.Barrier(2), ctx.Queue()
    procs = [
        ctx.Process(target=_writer, args=(str(folder), t, force, start, results)) for t in "AB"
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return outcomes


def _one_writer_only(folder: Path) -> str:
    """The tag of the run whose files are all there (never a mix), with nothing else."""
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(NAMES), names  # no lock, temp or backup file left
    tags = {(folder / n).read_bytes().split(b" ")[0].decode() for n in NAMES}
    assert len(tags) == 1, tags
    return tags.pop()


@pytest.mark.parametrize("round_", range(3))
def test_two_runs_at_once_one_writes_the_other_is_told(tmp_path: Path, round_: int) -> None:
    folder = tmp_path / "out"
    outcomes = _race(folder, force=False)
    won = [tag for tag, code, _ in outcomes if code == 0]
    lost = [(code, message) for _, code, message in outcomes if code != 0]
    assert len(won) == 1 and len(lost) == 1, outcomes
    code, message = lost[0]
    assert code == EXIT_WRITE
    assert "already exist" in message or "another mou run is writing" in message, message
    assert _one_writer_only(folder) == won[0]


def test_two_forced_runs_at_once_never_mix(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    outcomes = _race(folder, force=True)
    assert [code for _, code, _ in outcomes] == [0, 0], outcomes
    _one_writer_only(folder)


def _hold_lock(folder: Path) -> Callable[[], None]:
    import fcntl

    folder.mkdir(exist_ok=True)
    fd = os.open(folder / ".d.mou-lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)

    def release() -> None:
        os.unlink(folder / ".d.mou-lock")
        os.close(fd)

    return release


def test_a_busy_lock_is_a_clear_error_after_a_short_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    release = _hold_lock(folder)
    monkeypatch.setattr(fsutil, "LOCK_WAIT", 0.3)
    try:
        with pytest.raises(MouError) as info:
            fsutil.write_all_atomic(new_files(folder), force=False)
    finally:
        release()
    assert info.value.exit_code == EXIT_WRITE
    assert (
        "another mou run is writing" in info.value.message
        and str(folder / "d") in info.value.message
    )
    assert snapshot(tmp_path) == {}


def test_a_signal_while_waiting_for_the_lock_stops_at_once(tmp_path: Path) -> None:
    import threading

    folder = tmp_path / "out"
    release = _hold_lock(folder)
    timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGTERM))
    started = time.monotonic()
    timer.start()
    try:
        with pytest.raises(fsutil.Interrupted) as info:
            fsutil.write_all_atomic(new_files(folder), force=False)
    finally:
        timer.join()
        release()
    assert time.monotonic() - started < fsutil.LOCK_WAIT / 2
    assert info.value.exit_code == 143 and "terminated; nothing was written" in info.value.message
    assert snapshot(tmp_path) == {}


def test_the_existence_check_runs_under_the_lock(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    fsutil.write_all_atomic(new_files(folder, "first"), force=False)
    with pytest.raises(MouError, match="already exist"):
        fsutil.write_all_atomic(new_files(folder, "second"), force=False)
    assert _one_writer_only(folder) == "first"
    fsutil.write_all_atomic(new_files(folder, "second"), force=True)
    assert _one_writer_only(folder) == "second"
