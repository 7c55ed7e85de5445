"""The interview from start to end: resume or pre-fill, every topic in order (saving after each
answer), then the review screen until the user confirms; Ctrl-C pauses and says how to resume.

The prompts themselves are asked by ``terminal.QuestionaryAsker``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mou_cli.errors import AnswersError
from mou_cli.interview import store
from mou_cli.interview.asking import Prompt
from mou_cli.interview.questions import TOPICS, topic, topic_of
from mou_cli.interview.state import State
from mou_cli.interview.terminal import QuestionaryAsker
from mou_cli.interview.walk import Walker

if TYPE_CHECKING:
    from mou_cli.document.checklist import Row


@dataclass
class Outcome:
    answers: dict[str, Any] | None  # None: paused
    progress: Path
    state: State


def interview(
    *,
    folder: Path,
    resume: Path | None = None,
    prefill: Path | None = None,
    ui_lang: str | None = None,
    asker: QuestionaryAsker | None = None,
) -> Outcome:
    """Run the interview; the answers when confirmed, None in ``answers`` when paused."""
    progress = resume or store.default_path(folder)
    state = State(ui_lang=ui_lang)
    asker = asker or QuestionaryAsker(state)
    asker.state = state
    review_first = started = False
    try:
        if resume is not None:
            state, in_progress = store.load(resume)
            review_first = not in_progress
        elif prefill is not None:
            state, review_first = store.load(prefill)[0], True
        elif progress.exists():
            found = asker.t("found", path=progress)
            if asker.ask(Prompt("resume", "confirm", found, default=True)):
                state = store.load(progress)[0]
        state.ui_lang = ui_lang or state.ui_lang
        asker.state = state
        walker = Walker(state, asker, on_answer=lambda: store.save(progress, state))
        started = True
        if review_first:
            for t in TOPICS:
                walker.run(t, "mark")
        store.save(progress, state)
        asker.say(asker.t("welcome"), "note")
        asker.say(asker.t("saving", path=progress), "help")
        if not review_first:
            for t in TOPICS:
                walker.run(t, "ask")
        answers = review(walker, asker)
    except (KeyboardInterrupt, EOFError):
        if started:
            store.save(progress, state)
        asker.say("\n" + asker.t("paused", path=progress), "hint")
        return Outcome(None, progress, state)
    return Outcome(answers, progress, state)


def review(walker: Walker, asker: QuestionaryAsker) -> dict[str, Any]:
    """Show everything; let the user change a topic and come back; return on confirmation."""
    from mou_cli.answers import validate
    from mou_cli.document.checklist import checklist

    state = walker.state
    while True:
        final = store.finish(state.data)
        problems: list[str] = []
        rows: list[Row] | None = None
        try:
            rows = checklist(validate(final, name="answers").answers)
        except AnswersError as exc:
            problems = exc.details or [exc.message]
        sections = [(walker.t(t.title), walker.run(t, "show")) for t in TOPICS]
        asker.show_review(sections, rows, problems)
        choices = [("draft", asker.t("draft"))] if not problems else []
        choices += [(t.id, asker.t("change", topic=walker.t(t.title))) for t in TOPICS]
        choices.append(("quit", asker.t("quit")))
        first = topic_of(problems[0].split(":", 1)[0]) if problems else None
        default = "draft" if not problems else (first.id if first else "basics")
        question = Prompt("review", "select", asker.t("next"), choices=choices, default=default)
        pick = asker.ask(question)
        if pick == "draft":
            return final
        if pick == "quit":
            raise KeyboardInterrupt
        walker.run(topic(pick), "redo")
        for t in TOPICS:  # anything the change made necessary (a new party's role...)
            walker.run(t, "ask")
