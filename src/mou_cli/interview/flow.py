"""The interview on the terminal: the one module that talks to questionary and prompt_toolkit.

``interview`` asks every topic in order (saving after each answer), then shows the review
screen until the user confirms; Ctrl-C pauses and says how to resume.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import questionary
from prompt_toolkit.formatted_text import FormattedText
from questionary import Style

from mou_cli.errors import AnswersError
from mou_cli.interview import store
from mou_cli.interview.questions import TOPICS, topic, topic_of
from mou_cli.interview.spec import m
from mou_cli.interview.walk import Prompt, State, Walker

STYLE = Style(
    [
        ("qmark", "fg:ansicyan bold"),
        ("question", "bold"),
        ("instruction", "fg:ansibrightblack"),
        ("answer", "fg:ansigreen"),
        ("pointer", "fg:ansicyan bold"),
        ("highlighted", "fg:ansicyan bold"),
        ("selected", "fg:ansigreen"),
    ]
)
SAY = {
    "section": "bold fg:ansicyan",
    "help": "fg:ansibrightblack",
    "hint": "fg:ansiyellow",
    "note": "",
    "error": "fg:ansired",
}

TEXTS = {
    "welcome": m(
        "mou: menyusun Nota Kesepahaman atau Perjanjian Kerja Sama. Enter menerima isian abu-abu.",
        "mou: drafting a Memorandum of Understanding or partnership agreement. "
        "Enter accepts the grey suggestion.",
    ),
    "saving": m(
        "Jawaban disimpan otomatis di {path}. Ctrl-C untuk jeda; lanjutkan dengan:\n"
        "  mou new --resume {path}",
        "Answers are saved as you go in {path}. Ctrl-C pauses; continue with:\n"
        "  mou new --resume {path}",
    ),
    "found": m(
        "Ada wawancara yang belum selesai ({path}). Lanjutkan?",
        "An unfinished interview was found ({path}). Continue it?",
    ),
    "paused": m(
        "Wawancara dijeda; tidak ada jawaban yang hilang. Lanjutkan dengan:\n"
        "  mou new --resume {path}",
        "Interview paused; nothing is lost. Continue with:\n  mou new --resume {path}",
    ),
    "review": m("Periksa jawaban", "Review your answers"),
    "problems": m("Perlu diperbaiki sebelum menyusun draf:", "To fix before drafting:"),
    "next": m("Lanjut?", "What next?"),
    "draft": m("Semua benar: susun draf", "All correct: write the draft"),
    "change": m("Ubah: {topic}", "Change: {topic}"),
    "quit": m("Simpan dan keluar (lanjutkan nanti)", "Save and quit (continue later)"),
    "confirm": m("(y = ya, n = tidak)", "(y/n)"),
    "select": m("(panah atau angka, lalu Enter)", "(arrows or number, then Enter)"),
    "checkbox": m("(spasi untuk memilih, Enter untuk lanjut)", "(space to toggle, Enter to go on)"),
    "overwrite": m("{names} sudah ada. Timpa?", "{names} already exist. Replace?"),
    "kept": m(
        "Jawaban tetap tersimpan. Tulis ke folder lain dengan:\n"
        "  mou new --resume {path} --out FOLDER",
        "Your answers are kept. Write elsewhere with:\n  mou new --resume {path} --out FOLDER",
    ),
}


class QuestionaryAsker:
    """Asks one ``Prompt`` with questionary; Ctrl-C raises KeyboardInterrupt."""

    def __init__(self, state: State) -> None:
        self.state = state

    def t(self, key: str, **values: Any) -> str:
        return TEXTS[key][self.state.lang].format(**values)

    def ask(self, p: Prompt) -> Any:
        if p.kind == "text":
            placeholder = FormattedText([("fg:ansibrightblack", p.placeholder)])
            answer = questionary.text(
                p.message,
                default=p.prefill,
                validate=(lambda s: p.validate(s) or True) if p.validate else None,
                instruction=p.instruction or None,
                placeholder=placeholder if p.placeholder else None,
                validate_while_typing=False,
                style=STYLE,
            ).unsafe_ask()
            return p.convert(answer) if p.convert else answer
        if p.kind == "confirm":
            yes_no = f"{self.t('confirm')} [{'y' if p.default else 'n'}] "
            return questionary.confirm(
                p.message, default=bool(p.default), instruction=yes_no, style=STYLE
            ).unsafe_ask()
        values = [v for v, _ in p.choices]
        if p.kind == "checkbox":
            choices = [
                questionary.Choice(title, value=i, checked=v in (p.default or []))
                for i, (v, title) in enumerate(p.choices)
            ]
            picked = questionary.checkbox(
                p.message, choices=choices, instruction=self.t("checkbox"), style=STYLE
            ).unsafe_ask()
            return [values[i] for i in picked]
        choices = [questionary.Choice(title, value=i) for i, (_, title) in enumerate(p.choices)]
        index = next((i for i, v in enumerate(values) if _same(v, p.default)), 0)
        picked = questionary.select(
            p.message,
            choices=choices,
            default=index,
            use_shortcuts=len(choices) <= 19,  # 1-9, 0, a-i: clear of the j/k keys
            instruction=self.t("select"),
            style=STYLE,
        ).unsafe_ask()
        return values[picked]

    def say(self, text: str, style: str = "") -> None:
        if style == "section":
            text = f"\n── {text} ──"
        elif style in ("help", "hint"):
            text = f"  {text}"
        questionary.print(text, style=SAY.get(style, ""))

    def show_review(self, sections, rows, problems: list[str]) -> None:
        """The answers grouped by topic, then the checklist (or what blocks drafting)."""
        from rich.console import Console
        from rich.table import Table

        from mou_cli import console as mou_console

        lang = self.state.lang
        table = Table(title=self.t("review"), title_justify="left", show_header=False)
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for title, items in sections:
            table.add_row(f"[cyan]{title}[/cyan]", "")
            for label, value in items:
                table.add_row(f"  {label}", value, style=None)
        out = Console()
        out.print(table, markup=True)
        if rows is not None:
            mou_console.checklist_table(rows, lang)
        if problems:
            out.print(f"[red]{self.t('problems')}[/red]")
            for line in problems:
                out.print(f"  [red]•[/red] {line}", markup=False)


def _same(a: Any, b: Any) -> bool:
    return a == b and type(a) is type(b)


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
        rows = None
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


def confirm_overwrite(paths: list[Path], lang: str, progress: Path) -> bool:
    """Ask before replacing existing draft files; when not, say how to write elsewhere."""
    names = ", ".join(p.name for p in paths)
    message = TEXTS["overwrite"][lang].format(names=names)
    try:
        yes = bool(questionary.confirm(message, default=False, style=STYLE).unsafe_ask())
    except (KeyboardInterrupt, EOFError):
        yes = False
    if not yes:
        questionary.print(TEXTS["kept"][lang].format(path=progress), style=SAY["hint"])
    return yes
