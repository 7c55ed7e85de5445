"""Run the rules over drafts: configuration, inline suppression, findings, many files at once.

A rule that raises does not stop the run: it becomes an ``internal-error`` finding naming the
rule. Unreadable files are reported and the others are still checked. Many files are spread
over the machine's cores; a progress bar shows on a terminal only (never in CI or a pipe).
"""

from __future__ import annotations

import fnmatch
import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mou_cli.check.config import Config
from mou_cli.check.registry import SEVERITIES, Hit, Rule, all_rules, msg
from mou_cli.check.text import article_count
from mou_cli.draft import Draft, Loc
from mou_cli.errors import DraftError

RANK = {s: i for i, s in enumerate(reversed(SEVERITIES))}  # info 0, warning 1, error 2
PARALLEL_MIN_FILES = 24
QUOTE_MAX = 160


def _no_check(draft: Draft) -> Iterable[Hit]:
    return ()


BUILTIN: dict[str, Rule] = {
    "MOU-X001": Rule(
        "MOU-X001",
        "internal-error",
        "error",
        "A rule failed on this draft (a bug in mou, not in the draft).",
        """## What it does
Reports a rule that crashed while checking this draft, so that one broken rule does not
stop the whole run. The message names the rule and the error.

## Why is this bad?
The draft was not fully checked: the named rule's problems may be missing from the report.

## Example
`internal error in MOU-K003 (reference-missing): IndexError: list index out of range`

## Use instead
Report it to the mou maintainers with the draft if you can share it; meanwhile disable the
rule (`disable = ["MOU-K003"]`) to get a clean run.""",
        _no_check,
        "runner",
    ),
    "MOU-X002": Rule(
        "MOU-X002",
        "expected-language-missing",
        "error",
        "The draft lacks a language the configuration expects (`lang`).",
        """## What it does
Checks that the draft has text in the language(s) set by `lang` in `[tool.mou.check]`
(`id`, `en` or `id-en`).

## Why is this bad?
An organisation that signs in Indonesian (Law 24 of 2009, Art. 31) or needs an English text for
a foreign partner wants every draft to have it.

## Example
`lang = "id-en"` and a draft written only in English.

## Use instead
Add the missing language, e.g. a side-by-side Indonesian text (`mou new` with
`language: id-en`).""",
        _no_check,
        "runner",
    ),
}
_LANG_NAMES = {"id": ("Indonesian", "bahasa Indonesia"), "en": ("English", "bahasa Inggris")}


def available_rules() -> dict[str, Rule]:
    """Every registered rule plus the runner's own (internal error, expected language)."""
    return {**all_rules(), **BUILTIN}


@dataclass
class Finding:
    """One problem in one file, ready for any output format."""

    file: str
    rule: str
    name: str
    severity: str
    message: str
    hint: str = ""
    quote: str = ""
    line: int | None = None
    para: int | None = None
    article: str | None = None
    category: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class FileResult:
    """What checking one file gave: its findings, or why it could not be read."""

    path: str
    format: str | None = None
    langs: tuple[str, ...] = ()
    bilingual: bool = False
    articles: int = 0
    answers: bool = False
    message_lang: str = "en"
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 1] + "…"


def _suppressed(draft: Draft, rule: Rule, loc: Loc | None) -> bool:
    for key in (rule.id, rule.name.upper(), "*"):
        where = draft.disabled.get(key)
        if not where:
            continue
        if None in where:
            return True
        if loc is not None and ((loc.line in where) or (loc.para in where)):
            return True
    return False


def _text(m: dict[str, str] | None, lang: str) -> str:
    if not m:
        return ""
    return m.get(lang) or m.get("en") or next(iter(m.values()), "")


def message_lang(draft: Draft, cfg: Config, lang: str | None) -> str:
    """``--lang``, else the configured message language, else the draft's first language."""
    if lang in ("id", "en"):
        return lang
    if cfg.messages:
        return cfg.messages
    return draft.langs[0] if draft.langs and draft.langs[0] in ("id", "en") else "en"


def _builtin_hits(draft: Draft, cfg: Config) -> Iterable[tuple[Rule, Hit]]:
    if cfg.lang:
        for lang in cfg.lang.split("-"):
            if lang not in draft.langs:
                en, id_ = _LANG_NAMES[lang]
                yield (
                    BUILTIN["MOU-X002"],
                    Hit(
                        msg(
                            f"The draft has no {en} text; the configuration expects "
                            f"lang = {cfg.lang!r}.",
                            f"Draf tidak memuat teks {id_}; konfigurasi mengharuskan "
                            f"lang = {cfg.lang!r}.",
                        ),
                        hint=msg(f"Add the {en} text.", f"Tambahkan teks {id_}."),
                    ),
                )


def check_draft(
    draft: Draft,
    cfg: Config,
    *,
    rules: dict[str, Rule] | None = None,
    lang: str | None = None,
) -> list[Finding]:
    """Every finding of every enabled rule on ``draft``, suppressions applied, in text order."""
    rules = all_rules() if rules is None else rules
    mlang = message_lang(draft, cfg, lang)
    out: list[Finding] = []

    def add(rule: Rule, hit: Hit) -> None:
        if _suppressed(draft, rule, hit.loc):
            return
        loc = hit.loc or Loc()
        out.append(
            Finding(
                file=draft.path,
                rule=rule.id,
                name=rule.name,
                severity=cfg.severity.get(rule.id, rule.severity),
                message=_text(hit.message, mlang),
                hint=_text(hit.hint, mlang),
                quote=_quote(hit.quote),
                line=loc.line,
                para=loc.para,
                article=loc.article,
                category=rule.category,
            )
        )

    for rule in rules.values():
        if rule.id in cfg.disable or rule.id in BUILTIN:
            continue
        try:
            hits = list(rule.check(draft))
        except Exception as exc:  # a broken rule must not stop the run
            detail = f"{type(exc).__name__}: {exc}"[:300]
            hit = Hit(
                msg(
                    f"internal error in {rule.id} ({rule.name}): {detail}",
                    f"galat internal pada {rule.id} ({rule.name}): {detail}",
                ),
                hint=msg(
                    "This is a bug in mou; the draft was not checked by this rule.",
                    "Ini kesalahan pada mou; draf belum diperiksa oleh aturan ini.",
                ),
            )
            if "MOU-X001" not in cfg.disable:
                add(BUILTIN["MOU-X001"], hit)
            continue
        for hit in hits:
            add(rule, hit)
    for rule, hit in _builtin_hits(draft, cfg):
        if rule.id not in cfg.disable:
            add(rule, hit)
    out.sort(key=lambda f: (f.line or f.para or 0, -RANK[f.severity], f.rule))
    return out


def check_file(
    path: str | Path, cfg: Config, *, rules: dict[str, Rule] | None = None, lang: str | None = None
) -> FileResult:
    """Read and check one file; an unreadable file gives a result with ``error`` set."""
    from mou_cli.readers import read

    try:
        draft = read(path)
    except DraftError as exc:
        return FileResult(str(path), error=exc.message)
    if cfg.lang:
        draft.expected_langs = tuple(cfg.lang.split("-"))
    findings = check_draft(draft, cfg, rules=rules, lang=lang)
    return FileResult(
        path=draft.path,
        format=draft.source_format,
        langs=draft.langs,
        bilingual=draft.bilingual,
        articles=article_count(draft),
        answers=draft.answers is not None,
        message_lang=message_lang(draft, cfg, lang),
        findings=findings,
    )


def collect(paths: Sequence[Path], cfg: Config) -> tuple[list[Path], list[FileResult]]:
    """The draft files under ``paths`` (folders searched recursively, exclusions applied) and a
    result for each path that does not exist. Files named explicitly are always checked."""
    from mou_cli.readers import kind_of

    files: list[Path] = []
    missing: list[FileResult] = []
    for p in paths:
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                rel_root = Path(root).relative_to(p)
                dirs[:] = sorted(d for d in dirs if not _excluded(rel_root / d, d, cfg))
                for n in sorted(names):
                    f = Path(root) / n
                    if kind_of(f) and not _excluded(rel_root / n, n, cfg):
                        files.append(f)
        elif p.exists():
            files.append(p)
        else:
            missing.append(FileResult(str(p), error=f"{p}: no such file or folder"))
    return list(dict.fromkeys(files)), missing


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

    for kind in sorted({kind_of(Path(f)) for f in files} & _READERS.keys()):
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
    args: tuple[str, Config, str | None], rules: dict[str, Rule] | None = None
) -> FileResult:
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
    rules: dict[str, Rule] | None = None,
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
            workers = min(workers, max(2, len(tasks) // 8))
            chunk = max(1, len(tasks) // (workers * 8))
            with (
                _fewer_collections(),
                ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool,
            ):
                for r in pool.map(_check_one, tasks, chunksize=chunk):
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


def exit_code(results: Sequence[FileResult], fail_on: str) -> int:
    """2 if any file was unreadable, 1 if any finding is at or above ``fail_on``, else 0."""
    if any(r.error for r in results):
        return 2
    floor = RANK[fail_on]
    if any(RANK[f.severity] >= floor for r in results for f in r.findings):
        return 1
    return 0


def summary(results: Sequence[FileResult], fail_on: str) -> dict:
    counts = {s: 0 for s in SEVERITIES}
    for r in results:
        for f in r.findings:
            counts[f.severity] += 1
    return {
        "files": len(results),
        "unreadable": sum(1 for r in results if r.error),
        **counts,
        "fail_on": fail_on,
        "exit_code": exit_code(results, fail_on),
    }
