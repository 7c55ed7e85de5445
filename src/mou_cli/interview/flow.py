"""The interview from start to end: resume or pre-fill, every topic in order (saving after each
answer), then the review screen until the user confirms; Ctrl-C pauses and says how to resume.

The review screen changes one answer at a time: a topic, then a field of it (or an item to
add or remove); what the change brings is asked, and the screen shows again. The prompts
themselves are asked by ``terminal.QuestionaryAsker``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mou_cli.errors import AnswersError
from mou_cli.interview import store
from mou_cli.interview.asking import Prompt
from mou_cli.interview.questions import TOPICS, topic, topic_of
from mou_cli.interview.questions_document import LANGUAGE
from mou_cli.interview.spec import Topic
from mou_cli.interview.state import BOTH, State
from mou_cli.interview.terminal import QuestionaryAsker
from mou_cli.interview.walk import Row, Walker
from mou_cli.messages import msg

if TYPE_CHECKING:
    from mou_cli.document.checklist import Row as ChecklistRow

WORDS = {
    "next": msg("Lanjut?", "What next?"),
    "draft": msg("Semua benar: susun draf", "All correct: write the draft"),
    "change": msg("Ubah: {topic}", "Change: {topic}"),
    "quit": msg("Simpan dan keluar (lanjutkan nanti)", "Save and quit (continue later)"),
    "which": msg("Ubah yang mana?", "Change which?"),
    "back": msg("← Kembali", "← Back"),
}
FIRST = Topic("language", msg("", ""), (LANGUAGE,))  # asked before anything else


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
    partial: bool = False,
    ui_lang: str | None = None,
    asker: QuestionaryAsker | None = None,
) -> Outcome:
    """Run the interview; the answers when confirmed, None in ``answers`` when paused.

    ``prefill`` opens an answers file at the review screen or, ``partial``, asks only what
    it lacks."""
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
            state, review_first = store.load(prefill)[0], not partial
        elif progress.exists():
            found = asker.t("found", path=progress)
            if asker.ask(Prompt("resume", "confirm", found, default=True)):
                state = store.load(progress)[0]
        state.ui_lang = ui_lang or state.ui_lang
        asker.state = state
        walker = Walker(state, asker, on_answer=lambda: store.save(progress, state))
        started = True
        for t in TOPICS if review_first or partial else ():
            walker.run(t, "mark" if review_first else "present")
        store.save(progress, state)
        if not state.ui_lang and "language" not in state.done:
            state.ui_lang = BOTH  # the answer sets the interview's language
            try:
                walker.run(FIRST)
            finally:
                state.ui_lang = None
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
    """Show everything; let the user change one answer and come back; return on confirmation."""
    from mou_cli.answers import validate
    from mou_cli.document.checklist import checklist

    state = walker.state
    while True:
        final = store.finish(state.data)
        problems: list[str] = []
        rows: list[ChecklistRow] | None = None
        try:
            rows = checklist(validate(final, name="answers").answers)
        except AnswersError as exc:
            problems = exc.details or [exc.message]
        shown = [(x, walker.run(x, "show")) for x in TOPICS]
        shown = [(x, rows_) for x, rows_ in shown if rows_]  # a type's terms: only its own
        asker.show_review([(walker.t(x.title), rows_) for x, rows_ in shown], rows, problems)
        t = walker.t
        choices = [("draft", t(WORDS["draft"]))] if not problems else []
        choices += [(x.id, t(WORDS["change"]).format(topic=t(x.title))) for x, _ in shown]
        choices.append(("quit", t(WORDS["quit"])))
        field = _field_of(problems[0]) if problems else ""
        first = topic_of(field) if field else None
        default = "draft" if not problems else (first.id if first else "basics")
        pick = asker.ask(
            Prompt("review", "select", t(WORDS["next"]), choices=choices, default=default)
        )
        if pick == "draft":
            return final
        if pick == "quit":
            raise KeyboardInterrupt
        chosen = topic(pick)
        fields = walker.run(chosen, "show")
        entries = [(r.key, _entry(r)) for r in fields] + [("back", t(WORDS["back"]))]
        keys = [k for k, _ in entries]
        at = field if field in keys else keys[0]
        key = asker.ask(
            Prompt("review.field", "select", t(WORDS["which"]), choices=entries, default=at)
        )
        if key != "back":
            walker.edit(chosen, key, TOPICS)


def _entry(r: Row) -> str:
    """A field as the list of what to change shows it."""
    if r.action:
        return r.label
    value = r.value if len(r.value) <= 60 else r.value[:59] + "…"
    return f"{r.item} · {r.label}: {value}" if r.item else f"{r.label}: {value}"


def _field_of(problem: str) -> str:
    """``line 4: parties[1].address: required`` -> ``parties[1].address``."""
    parts = problem.split(": ")
    return parts[1] if parts[0].startswith("line ") and len(parts) > 2 else parts[0]
