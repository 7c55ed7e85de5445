"""Atomic file writes: a temp file in the target folder, then a rename; several files all or
nothing."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from mou_cli.errors import OutputError


def check_writable(paths: Iterable[Path], *, force: bool) -> None:
    """Refuse to go on when any target exists and ``force`` is off."""
    existing = [p for p in paths if p.exists()]
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


def write_all_atomic(files: dict[Path, bytes]) -> None:
    """Write several files, all or nothing.

    Every file goes to a temp file in its folder first, then each is renamed into place. If
    anything fails on the way (a full disk, a denied permission, Ctrl-C), the folders are left
    as they were: temp files are removed, files already renamed are taken back (a file that
    existed is restored from a hard-link backup), and folders made for the draft are removed.
    """
    staged: list[tuple[str, Path]] = []
    made: list[Path] = []
    backups: dict[Path, str | None] = {}  # "" new file, None old file without backup
    done: list[Path] = []
    finished = False
    try:
        for path, data in files.items():
            path = Path(path)
            try:
                made += _make_folders(path.parent)
                fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
                staged.append((tmp, path))
                os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a draft is a normal file
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
            except OSError as exc:
                raise OutputError(f"cannot write {path}: {_reason(exc)}") from None
        for tmp, path in staged:
            try:
                backups[path] = _backup(path)
                os.replace(tmp, path)
                done.append(path)
            except OSError as exc:
                raise OutputError(f"cannot write {path}: {_reason(exc)}") from None
        finished = True
    finally:
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if not finished:
            _roll_back(done, backups, made)
        for backup in backups.values():
            if backup:
                with contextlib.suppress(OSError):
                    os.unlink(backup)


def _make_folders(folder: Path) -> list[Path]:
    """Make ``folder`` and its missing parents; return the ones made, outermost first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for f in reversed(missing):
        f.mkdir()
    return list(reversed(missing))


def _backup(path: Path) -> str | None:
    """A hard link to the file at ``path`` to restore it from: "" when there is no file,
    None when the file system cannot link (the old file then cannot be restored)."""
    if not os.path.lexists(path):
        return ""
    name = str(path.with_name(f".{path.name}.{os.urandom(6).hex()}.bak"))
    try:
        os.link(path, name, follow_symlinks=False)
    except OSError:
        return None
    return name


def _roll_back(done: list[Path], backups: dict[Path, str | None], made: list[Path]) -> None:
    for path in reversed(done):
        backup = backups.get(path)
        with contextlib.suppress(OSError):
            if backup:
                os.replace(backup, path)
            elif backup == "":
                os.unlink(path)
    for folder in reversed(made):
        with contextlib.suppress(OSError):
            folder.rmdir()
