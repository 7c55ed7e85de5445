"""Atomic file writes: several files all or nothing, whatever stops the run.

Each file is staged as a temp file in its folder, then renamed into place; a file it replaces is
kept first as a backup (a hard link, or a copy where links are not possible), so a failure part
way puts every old file back. For the length of a write, SIGINT and SIGTERM are held (blocked,
and noted by a handler that does nothing else): one that comes before the renames stops the
write with nothing left behind; the renames, their bookkeeping and the cleanup always run to
their end, and the run stops right after them, saying what was written. An advisory lock per
output stem (``.<stem>.mou-lock`` beside the files, removed afterwards) keeps two runs from
writing the same files at once; the existence check runs under it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from mou_cli.errors import OutputError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks, writes are not serialised
    fcntl = None  # type: ignore[assignment]

SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
LOCK_WAIT = 5.0  # seconds a run waits while another one writes the same files


class Interrupted(OutputError, KeyboardInterrupt):
    """SIGINT or SIGTERM stopped a write; its message says what was written.

    A MouError, so the command line prints one line and exits 128 + the signal (130, 143);
    a KeyboardInterrupt, so code that pauses on Ctrl-C (the interview) still does.
    """

    def __init__(
        self, signum: int, written: Sequence[Path] = (), notes: Sequence[str] = ()
    ) -> None:
        name = "interrupted" if signum == signal.SIGINT else "terminated"
        if written:
            text = f"{name} after writing {', '.join(map(str, written))} in full"
        elif notes:
            text = f"{name}; {'; '.join(notes)}"
        else:
            text = f"{name}; nothing was written"
        super().__init__(text)
        self.exit_code = 128 + signum


def check_writable(paths: Iterable[Path], *, force: bool) -> None:
    """Refuse to go on when any target exists and ``force`` is off."""
    existing = [p for p in paths if os.path.lexists(p)]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise OutputError(
            f"{names} already exist{'s' if len(existing) == 1 else ''}; "
            "pass --force to replace, or choose another place with --out"
        )
    for p in existing:
        if p.is_dir():
            raise OutputError(f"{p} is a folder; choose another output name with -o")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the whole new one."""
    write_all_atomic({Path(path): data})


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_all_atomic(files: Mapping[Path, bytes], *, force: bool | None = None) -> None:
    """Write several files, all or nothing.

    With ``force`` given, :func:`check_writable` runs under the lock, so two runs cannot both
    find the names free. A full disk or a denied permission is an OutputError and the folders
    are left as they were; a signal is :class:`Interrupted`.
    """
    if not files:
        return
    error: OutputError | None = None
    with _HeldSignals() as held:
        job = _Write({Path(p): data for p, data in files.items()}, held)
        try:
            job.run(force)
        except _Stopped:
            pass
        except KeyboardInterrupt:  # raised by a step itself
            held.note(signal.SIGINT)
        except OutputError as exc:
            error = exc
        finally:
            job.clean_up()
    if isinstance(job.failure, KeyboardInterrupt):
        held.note(signal.SIGINT)
    elif job.failure is not None:
        raise job.failure
    if error is not None:
        if job.notes:
            raise OutputError("; ".join([error.message, *job.notes])) from None
        raise error
    if held.received is not None:
        raise Interrupted(held.received, list(job.files) if job.committed else (), job.notes)


def _step(name: str) -> None:
    """Called between two steps of a write; tests replace it to stop the write there."""


class _Stopped(Exception):
    """A held signal stops the write before its commit."""


class _HeldSignals:
    """SIGINT and SIGTERM noted instead of acted on (main thread; elsewhere a no-op).

    Both are also blocked, so not even the noting handler runs inside the write: a signal
    waits as pending and :meth:`check` finds it with ``sigpending``.
    """

    def __init__(self) -> None:
        self.received: int | None = None
        self._handlers: dict[int, Any] = {}
        self._mask: set[int] | None = None
        self._watched: frozenset[int] = frozenset()

    def note(self, signum: int, frame: FrameType | None = None) -> None:
        if self.received is None:
            self.received = signum

    def __enter__(self) -> _HeldSignals:
        if threading.current_thread() is not threading.main_thread():
            return self
        try:
            for s in sorted(SIGNALS):
                if signal.getsignal(s) not in (signal.SIG_IGN, None):
                    self._handlers[s] = signal.signal(s, self.note)
            if hasattr(signal, "pthread_sigmask"):
                self._mask = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
                self._watched = frozenset(self._handlers) - self._mask
        except BaseException:
            self.__exit__()
            raise
        return self

    def check(self) -> None:
        """Stop the write (raise _Stopped) when a signal has come."""
        if self._watched and self.received is None:
            for s in sorted(signal.sigpending() & self._watched):
                self.note(s)
        if self.received is not None:
            raise _Stopped

    def __exit__(self, *exc: object) -> None:
        if self._mask is not None:  # a pending signal reaches note() here
            signal.pthread_sigmask(signal.SIG_SETMASK, self._mask)
            self._mask = None
        # SIGTERM's handler first: signal.signal() runs pending handlers, and a SIGINT's
        # KeyboardInterrupt there would leave note() in place for SIGTERM.
        for s in sorted(self._handlers, reverse=True):
            signal.signal(s, self._handlers.pop(s))


@dataclass
class _Staged:
    path: Path
    tmp: str
    identity: tuple[int, int] | None = None  # the temp file's (device, inode)
    backup: str | None = None  # where the file it replaces is kept meanwhile


@dataclass
class _Write:
    """One write: what it staged, backed up, locked and made, and how to take it back."""

    files: dict[Path, bytes]
    held: _HeldSignals
    made: list[Path] = field(default_factory=list)  # folders made, outermost first
    locks: list[tuple[Path, int]] = field(default_factory=list)
    staged: list[_Staged] = field(default_factory=list)
    committed: bool = False
    failure: BaseException | None = None  # the first non-OSError failure of the clean-up
    notes: list[str] = field(default_factory=list)  # what the clean-up could not undo
    _kept: set[str] = field(default_factory=set)

    def run(self, force: bool | None) -> None:
        folders: dict[Path, Path] = {}  # each folder and a file of it to name in messages
        for path in self.files:
            folders.setdefault(path.parent, path)
        for folder, path in folders.items():
            self.made += _attempt(path, _make_folders, folder)
            _step(f"folder {folder.name}")
        locks = {_lock_path(p): p for p in self.files}
        for lock in sorted(locks):  # one order for every run: no deadlock
            self._lock(lock, locks[lock], time.monotonic() + LOCK_WAIT)
            _step(f"locked {lock.name}")
        self.held.check()
        if force is not None:
            check_writable(self.files, force=force)
        for path, data in self.files.items():
            _attempt(path, self._stage, path, data)
            _step(f"staged {path.name}")
            self.held.check()
        for st in self.staged:
            st.backup = _attempt(st.path, _backup, st.path)
            _step(f"backed up {st.path.name}")
            self.held.check()
        # The commit: no signal stops it (they are held); an OSError takes it back.
        for st in self.staged:
            _attempt(st.path, os.replace, st.tmp, st.path)
            _step(f"renamed {st.path.name}")
        self.committed = True
        _step("committed")

    def _lock(self, lock: Path, target: Path, deadline: float) -> None:
        """Hold ``lock`` (waiting up to the deadline); ``target`` is named in messages."""
        if fcntl is None:  # pragma: no cover
            return
        while True:
            fd = _attempt(target, os.open, lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if not isinstance(exc, BlockingIOError):  # no locks here (some shares)
                    self.locks.append((lock, fd))
                    return
                os.close(fd)
                if time.monotonic() > deadline:
                    stem = lock.name[1 : -len(".mou-lock")]
                    raise OutputError(
                        f"another mou run is writing {lock.parent / stem}.* right now; "
                        "try again when it has finished"
                    ) from None
                self.held.check()
                time.sleep(0.05)
                continue
            if _identity(fd) == _identity(lock):  # not a lock file its holder just removed
                self.locks.append((lock, fd))
                return
            os.close(fd)

    def _stage(self, path: Path, data: bytes) -> None:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        st = _Staged(path, tmp)
        self.staged.append(st)
        with os.fdopen(fd, "wb") as fh:
            st.identity = _identity(fh.fileno())
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a draft is a normal file
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    def clean_up(self) -> None:
        """Take back an unfinished write, then remove temp files, backups and locks.

        Signals are held meanwhile, and every action runs whatever the others do.
        """
        if not self.committed:
            for st in reversed(self.staged):
                self._do(f"restored {st.path.name}", self._restore, st)
        for st in self.staged:
            self._do(f"removed {Path(st.tmp).name}", _unlink, st.tmp)
        for st in self.staged:
            if st.backup and st.backup not in self._kept:
                self._do(f"removed {Path(st.backup).name}", _unlink, st.backup)
        for lock, fd in reversed(self.locks):
            self._do(f"unlocked {lock.name}", _unlock, lock, fd)
        if not self.committed:
            for folder in reversed(self.made):
                self._do(f"removed {folder.name}", folder.rmdir)

    def _restore(self, st: _Staged) -> None:
        """Put back the file ``st`` replaced, or remove the one it made."""
        if st.identity is None or _identity(st.path) != st.identity:
            return  # not renamed: whatever was there still is
        try:
            if st.backup:
                os.replace(st.backup, st.path)
            else:
                os.unlink(st.path)
        except OSError as exc:
            if st.backup:
                self._kept.add(st.backup)
                self.notes.append(
                    f"{st.path} could not be put back ({_reason(exc)}): "
                    f"its previous version is {st.backup}"
                )
            else:
                self.notes.append(f"{st.path} could not be removed ({_reason(exc)})")

    def _do(self, name: str, action: Callable[..., object], *args: Any) -> None:
        try:
            action(*args)
        except OSError:
            pass  # nothing there to remove, or a folder not empty: leave it
        except BaseException as exc:
            self.failure = self.failure or exc
        try:
            _step(name)
        except BaseException as exc:
            self.failure = self.failure or exc


def _attempt(path: Path, action: Callable[..., Any], *args: Any) -> Any:
    """``action(*args)``; an OSError becomes one clear OutputError naming ``path``."""
    try:
        return action(*args)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {_reason(exc)}") from None


def _lock_path(path: Path) -> Path:
    """``.<stem>.mou-lock`` beside ``path``: one lock for ``d.md``, ``d.docx``, ``d.json``..."""
    stem = path.name.lstrip(".").partition(".")[0] or path.name
    return path.with_name(f".{stem}.mou-lock")


def _identity(target: int | Path) -> tuple[int, int] | None:
    try:
        st = os.fstat(target) if isinstance(target, int) else os.lstat(target)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _unlock(lock: Path, fd: int) -> None:
    """Remove the lock file (while still holding it), then let go of it."""
    try:
        if _identity(lock) == _identity(fd):
            os.unlink(lock)
    finally:
        os.close(fd)


def _unlink(name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


def _make_folders(folder: Path) -> list[Path]:
    """Make ``folder`` and its missing parents; return the ones made, outermost first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    made = []
    for f in reversed(missing):
        try:
            f.mkdir()
        except FileExistsError:
            continue  # made meanwhile by another run: not ours to remove
        made.append(f)
    return made


def _backup(path: Path) -> str | None:
    """Where the file at ``path`` is kept until the write is done: a hard link, or a copy
    where the file system has no links; None when there is no file."""
    if not os.path.lexists(path):
        return None
    name = str(path.with_name(f".{path.name}.{os.urandom(6).hex()}.bak"))
    try:
        os.link(path, name, follow_symlinks=False)
    except OSError:
        try:
            shutil.copy2(path, name, follow_symlinks=False)
        except BaseException:
            _unlink(name)
            raise
    return name
