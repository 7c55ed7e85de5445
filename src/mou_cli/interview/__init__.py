"""The interactive interview behind ``mou new``.

The questions are data: the shapes in ``spec.py``, one table per topic in ``questions_*.py``
(listed in order by ``questions.py``), the type defaults in ``defaults.py``. ``state.py`` holds
the answers being built; ``walk.py`` visits a topic's questions, ``details.py`` offers the
details of a topic, ``asking.py`` and ``asking_several.py`` ask one question and
``parsing.py`` reads what is typed; ``flow.py`` runs the whole interview and its review
screen; ``terminal.py`` is the only module that imports questionary (``screen.py`` prints with
rich), so importing this package is cheap. ``store.py`` keeps the progress file.

``start`` runs an interview and returns answers validated exactly as an answers file is;
``complete`` asks only for what an answers file lacks.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mou_cli.errors import AnswersError, MouError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pydantic import BaseModel

    from mou_cli.answers import Loaded
    from mou_cli.document.checklist import Row as ChecklistRow

ANSWERS_SUFFIX = ".answers.yaml"


def interactive() -> bool:
    """Whether a person can answer questions here (a terminal, and not CI)."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    return sys.stdin.isatty() and sys.stdout.isatty()


@dataclass
class Session:
    """A finished (or paused) interview, for ``mou new`` to draft from."""

    loaded: Loaded | None  # None: paused, nothing to draft
    answers_text: str  # the answers file saved beside the draft
    progress: Path  # the resumable progress file
    folder: Path  # where the draft goes unless --out / -o say otherwise
    lang: str  # the interview's language

    def extra_files(self) -> dict[str, bytes]:
        return {ANSWERS_SUFFIX: self.answers_text.encode("utf-8")}

    def may_replace(self, paths: list[Path], force: bool) -> bool:
        """--force, or the user agrees to replace the draft files that exist."""
        existing = [p for p in paths if p.exists()]
        if force or not existing:
            return force
        from mou_cli.interview.terminal import confirm_overwrite

        return confirm_overwrite(existing, self.lang, self.progress)

    def finished(self) -> None:
        """The draft is written: the progress file is no longer needed."""
        self.progress.unlink(missing_ok=True)

    def report(self, rows: Sequence[ChecklistRow], paths: list[Path]) -> None:
        """The checklist and the files written, in the interview's language."""
        from mou_cli.interview.screen import report

        report(rows, paths, self.lang)


def start(
    *,
    answers: Path | None,
    example: str | None,
    resume: Path | None,
    edit: bool,
    out: Path | None,
    output: Path | None,
    ui_lang: str | None,
) -> Session:
    """Check the options, run the interview, validate the answers as a file would be."""
    if resume is not None and (answers is not None or example is not None):
        raise MouError("--resume continues an interview: give it without --answers or --example")
    if edit and answers is None and example is None:
        raise MouError("--edit opens the interview pre-filled: give --answers FILE with it")
    _check_ui_lang(ui_lang)
    if not interactive():
        raise MouError(
            "the interview needs an interactive terminal; without one, pass --answers FILE "
            "(an answers file) or --example NAME (a bundled example, see --list-examples)"
        )
    source = answers
    if example is not None:
        from mou_cli.examples import find

        source = find(example)
    if resume is not None and not resume.is_file():
        raise MouError(f"{resume}: no such file to resume")
    folder = out or (output.parent if output else (resume.parent if resume else Path(".")))

    return _run(folder, resume=resume, prefill=source, ui_lang=ui_lang)


def lacking(answers: Path) -> list[str]:
    """The fields an answers file lacks, when that is all that is wrong with it; [] when it
    lacks none or has other problems (loading it then says which)."""
    from pydantic import ValidationError

    from mou_cli.answers import read_yaml
    from mou_cli.answers.problems import pydantic_problems
    from mou_cli.model import Answers

    try:
        data, _ = read_yaml(answers)
    except MouError:
        return []
    if not isinstance(data, dict) or data.get("schema") != 1 or not _short_of(data, Answers):
        return []  # a complete file is validated once, when it is loaded
    try:
        Answers.model_validate(data)
    except ValidationError as exc:
        if all(e["type"] in ("missing", "too_short") for e in exc.errors()):
            return [path for path, _ in pydantic_problems(exc)]
    return []


def complete(
    answers: Path, *, out: Path | None, output: Path | None, ui_lang: str | None
) -> Session | None:
    """An answers file with fields missing: the interview asks for those only (an office
    keeps its own party in a file and is asked about the partner). None when nothing is
    missing; without a terminal, every missing field is named and the exit code is 2."""
    missing = lacking(answers)
    if not missing:
        return None
    _check_ui_lang(ui_lang)
    if not interactive():
        raise AnswersError(
            f"{answers} lacks {len(missing)} answer{'s' * (len(missing) > 1)}; add them to the "
            "file, or run the same command in a terminal to be asked for them:",
            details=[_lacks(path) for path in missing],
        )
    folder = out or (output.parent if output else Path("."))
    return _run(folder, prefill=answers, partial=True, ui_lang=ui_lang)


def _short_of(value: dict[str, Any], model: type[BaseModel]) -> bool:
    """``value`` lacks a field ``model`` requires, or a list has fewer items than it needs
    (a quick look: the model says the rest)."""
    from mou_cli.interview.checks import inner_model

    for name, info in model.model_fields.items():
        found = value.get(info.alias or name)
        if found is None:
            if info.is_required():
                return True
            continue
        least = max((getattr(m, "min_length", 0) or 0 for m in info.metadata), default=0)
        if isinstance(found, list) and len(found) < least:
            return True
        inner = inner_model(info.annotation)
        items = found if isinstance(found, list) else [found]
        if inner and any(isinstance(x, dict) and _short_of(x, inner) for x in items):
            return True
    return False


def _check_ui_lang(ui_lang: str | None) -> None:
    if ui_lang not in (None, "id", "en"):
        raise MouError(f"--ui-lang must be 'id' or 'en' (got '{ui_lang}')")


def _lacks(path: str) -> str:
    return f"{path}: at least two parties" if path == "parties" else f"{path}: required"


def _run(
    folder: Path,
    *,
    resume: Path | None = None,
    prefill: Path | None = None,
    partial: bool = False,
    ui_lang: str | None = None,
) -> Session:
    from mou_cli.interview.flow import interview

    outcome = interview(
        folder=folder, resume=resume, prefill=prefill, partial=partial, ui_lang=ui_lang
    )
    lang = outcome.state.lang
    if outcome.answers is None:
        return Session(None, "", outcome.progress, folder, lang)

    from mou_cli.answers import parse_yaml, validate
    from mou_cli.interview.store import answers_yaml

    text = answers_yaml(outcome.answers)
    data, lines = parse_yaml(text, "interview answers")
    loaded = validate(data, name="interview answers", lines=lines)
    return Session(loaded, text, outcome.progress, folder, lang)


__all__ = ["Session", "complete", "interactive", "lacking", "start"]
