"""The interactive interview behind ``mou new``.

The questions are data: the shapes in ``spec.py``, one table per topic in ``questions_*.py``
(listed in order by ``questions.py``), the type defaults in ``defaults.py``. ``state.py`` holds
the answers being built; ``walk.py`` visits a topic's questions, ``asking.py`` and
``asking_several.py`` ask one; ``flow.py`` runs the whole interview and its review screen;
``terminal.py`` is the only module that imports questionary, so importing this package is
cheap. ``store.py`` keeps the progress file. ``start`` runs an interview and returns answers
validated exactly as an answers file is.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mou_cli.errors import MouError

if TYPE_CHECKING:
    from mou_cli.answers import Loaded

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
    if ui_lang not in (None, "id", "en"):
        raise MouError(f"--ui-lang must be 'id' or 'en' (got '{ui_lang}')")
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

    from mou_cli.interview.flow import interview

    outcome = interview(folder=folder, resume=resume, prefill=source, ui_lang=ui_lang)
    lang = outcome.state.lang
    if outcome.answers is None:
        return Session(None, "", outcome.progress, folder, lang)

    from mou_cli.answers import parse_yaml, validate
    from mou_cli.interview.store import answers_yaml

    text = answers_yaml(outcome.answers)
    data, lines = parse_yaml(text, "interview answers")
    loaded = validate(data, name="interview answers", lines=lines)
    return Session(loaded, text, outcome.progress, folder, lang)


__all__ = ["Session", "interactive", "start"]
