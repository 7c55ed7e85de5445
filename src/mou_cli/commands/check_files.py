"""The files of a `mou check` run: find them, read and check each, many at once.

Unreadable files are reported and the others are still checked. Many files are spread over
the machine's cores (each worker reads then checks a file); a progress bar shows on a terminal
only (never in CI or a pipe). The rules themselves run in ``mou_cli.check.runner``.
"""

from __future__ import annotations

import fnmatch
import gc
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from mou_cli.check.answers import usable_answers
from mou_cli.check.config import Config
from mou_cli.check.registry import CheckRule, all_rules
from mou_cli.check.runner import check_draft, message_lang
from mou_cli.check.text import article_count
from mou_cli.errors import DraftError
from mou_cli.finding import FileResult

PARALLEL_MIN_FILES = 24


def check_file(
    path: str | Path,
    cfg: Config,
    *,
    rules: dict[str, CheckRule] | None = None,
    lang: str | None = None,
) -> FileResult:
    """Read and check one file; an unreadable file gives a result with ``error`` set."""
    from mou_cli.readers import read

    try:
        draft = read(path)
    except DraftError as exc:
        return FileResult(str(path), error=exc.message)
    findings = check_draft(draft, cfg, rules=rules, lang=lang)
    return FileResult(
        path=draft.path,
        format=draft.source_format,
        langs=draft.langs,
        bilingual=draft.bilingual,
        articles=article_count(draft),
        answers=usable_answers(draft) is not None,
        message_lang=message_lang(draft, cfg, lang),
        findings=findings,
    )


def collect(
    paths: Sequence[Path],
    cfg: Config,
    *,
    follow_symlinks: bool = False,
    note: Callable[[str], None] | None = None,
) -> tuple[list[Path], list[FileResult]]:
    """The draft files under ``paths`` (folders searched recursively, exclusions applied) and a
    result for each path that does not exist or is not a regular file. Files named explicitly
    are always checked. A symbolic link in a folder that leads out of it is skipped, and
    ``note`` (default: a line on stderr) says so, unless ``follow_symlinks``."""
    files: list[Path] = []
    missing: list[FileResult] = []
    for p in paths:
        if p.is_dir():
            files += _walk(p, cfg, follow_symlinks, note or _info)
        elif p.exists() and not _regular(p):
            missing.append(FileResult(str(p), error=f"{p}: not a regular file (a pipe or device)"))
        elif p.exists():
            files.append(p)
        else:
            missing.append(FileResult(str(p), error=f"{p}: no such file or folder"))
    return list(dict.fromkeys(files)), missing


def _walk(top: Path, cfg: Config, follow: bool, note: Callable[[str], None]) -> list[Path]:
    """The draft files below the folder ``top``. Links that lead out of it are followed only
    with ``follow``; each folder is entered once, so a link to a parent makes no loop."""
    from mou_cli.readers import kind_of

    real_top = top.resolve()
    seen = {_identity(top)}
    files: list[Path] = []

    def leaves(path: Path, what: str) -> bool:
        """Whether ``path`` is a link to be skipped (it leads out of ``top``), noted once."""
        if follow or not path.is_symlink():
            return False
        try:
            if path.resolve().is_relative_to(real_top):
                return False
        except (OSError, RuntimeError):  # links in a loop lead nowhere: not out of the folder
            return False
        note(
            f"skipped {path}: a symbolic link to {what} outside {top}; --follow-symlinks checks it"
        )
        return True

    for root, dirs, names in os.walk(top, followlinks=True):
        rel_root = Path(root).relative_to(top)
        kept = []
        for d in sorted(dirs):
            path = Path(root) / d
            if _excluded(rel_root / d, d, cfg) or leaves(path, "a folder"):
                continue
            identity = _identity(path)
            if identity is not None and identity not in seen:  # not entered yet: no loop
                seen.add(identity)
                kept.append(d)
        dirs[:] = kept
        for n in sorted(names):
            f = Path(root) / n
            if kind_of(f) and not _excluded(rel_root / n, n, cfg) and not leaves(f, "a file"):
                if _regular(f):
                    files.append(f)
                else:
                    note(f"skipped {f}: not a regular file (a pipe, a device or a broken link)")
    return files


def _identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of what ``path`` leads to, None when it leads nowhere."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _regular(path: Path) -> bool:
    """Whether ``path`` leads to a regular file (not a pipe, device or socket, which would
    block or never end when read)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _info(text: str) -> None:
    from mou_cli.report.safe import visible

    sys.stderr.write(f"info: {visible(text)}\n")


def _excluded(rel: Path, name: str, cfg: Config) -> bool:
    rel_s = rel.as_posix()
    return any(fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(rel_s, pat) for pat in cfg.exclude)


def _init_worker() -> None:
    all_rules()


_READERS = {
    "docx": "mou_cli.readers.docx",
    "md": "mou_cli.readers.markdown",
    "txt": "mou_cli.readers.text",
}


def _preload(files: Sequence[Path]) -> None:
    """Import the readers the files need (lxml, markdown-it) once, before the worker processes
    start: forked workers inherit them instead of each importing them again."""
    import importlib

    from mou_cli.readers import kind_of

    kinds = {kind for f in files if (kind := kind_of(Path(f))) in _READERS}
    for kind in sorted(kinds):
        importlib.import_module(_READERS[kind])


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Less work for the cycle collector while drafts are checked: what is loaded by now
    (modules, rules, patterns) is frozen out of its scans, and young collections come less
    often. A draft makes many small objects that reference counting frees; left as it is,
    the collector's scans grow with the draft and cost more than linear time."""
    threshold = gc.get_threshold()
    gc.freeze()  # before workers fork, too: their pages stay shared
    gc.set_threshold(max(threshold[0], 20_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _check_one(
    args: tuple[str, Config, str | None], rules: dict[str, CheckRule] | None = None
) -> FileResult:
    """The worker: read and check one file, whatever goes wrong."""
    path, cfg, lang = args
    try:
        return check_file(path, cfg, lang=lang, rules=rules)
    except Exception as exc:  # never lose the whole run to one file
        return FileResult(path, error=f"{path}: could not be checked ({type(exc).__name__}: {exc})")


def show_progress(requested: bool, count: int) -> bool:
    """A progress bar only on a terminal, outside CI, for more than one file."""
    ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    return requested and count > 1 and not ci and sys.stderr.isatty()


def run(
    files: Sequence[Path],
    cfg: Config,
    *,
    lang: str | None = None,
    progress: bool = False,
    rules: dict[str, CheckRule] | None = None,
    jobs: int | None = None,
) -> list[FileResult]:
    """Check ``files`` in order; in parallel when there are many (and no injected ``rules``)."""
    tasks = [(str(f), cfg, lang) for f in files]
    workers = jobs or min(os.cpu_count() or 1, 32)
    parallel = rules is None and len(tasks) >= PARALLEL_MIN_FILES and workers > 1
    tick: Callable[[], None] = lambda: None  # noqa: E731
    bar = None
    if progress:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        task = bar.add_task("checking", total=len(tasks))
        tick = lambda: bar.advance(task)  # noqa: E731
        bar.start()
    results: list[FileResult] = []
    try:
        if parallel:
            from concurrent.futures import ProcessPoolExecutor

            all_rules()  # loaded once here; forked workers inherit it
            _preload(files)
            # the first file is checked here: the modules and patterns it needs (about 250
            # regular expressions are compiled on first use) are then inherited by every worker
            # instead of being made again in each
            with _fewer_collections():
                results.append(_check_one(tasks[0]))
            tick()
            workers = min(workers, max(2, len(tasks) // 8))
            chunk = max(1, len(tasks) // (workers * 8))
            with (
                _fewer_collections(),
                ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool,
            ):
                for r in pool.map(_check_one, tasks[1:], chunksize=chunk):
                    results.append(r)
                    tick()
        else:
            with _fewer_collections():
                for t in tasks:
                    results.append(_check_one(t, rules))
                    tick()
    finally:
        if bar is not None:
            bar.stop()
    return results
