"""The interview on the terminal: the one module that talks to questionary and prompt_toolkit.

``QuestionaryAsker`` asks each ``Prompt`` the walk builds: a text (an answer given before
shows selected, so typing replaces it and an arrow key edits it), a choice, yes or no (the
y/n key only chooses: Enter answers, so a fast "y, Enter" never answers the next question),
several choices. Every word on the screen is in the interview's language, questionary's own
included (``TEXTS``). ``confirm_overwrite`` asks before a draft replaces files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import questionary
from prompt_toolkit import PromptSession
from prompt_toolkit.application import Application
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.keys import Keys
from prompt_toolkit.selection import SelectionState
from questionary import Style
from questionary.prompts.common import InquirerControl, create_inquirer_layout

from mou_cli.interview.asking import Prompt
from mou_cli.interview.state import State, text_of
from mou_cli.messages import msg

if TYPE_CHECKING:
    from mou_cli.document.checklist import Row as ChecklistRow
    from mou_cli.interview.walk import Row

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
    "echo": "fg:ansigreen",
    "note": "",
    "error": "fg:ansired",
}

TEXTS = {
    "welcome": msg(
        "mou: menyusun Nota Kesepahaman atau Perjanjian Kerja Sama. Enter menerima isian yang "
        "tertera; mengetik menggantinya.",
        "mou: drafting a Memorandum of Understanding or a binding cooperation agreement. Enter "
        "accepts what is shown; typing replaces it.",
    ),
    "saving": msg(
        "Jawaban disimpan otomatis di {path}. Ctrl-C untuk jeda; lanjutkan dengan:\n"
        "  mou new --resume {path}",
        "Answers are saved as you go in {path}. Ctrl-C pauses; continue with:\n"
        "  mou new --resume {path}",
    ),
    "found": msg(
        "Ada wawancara yang belum selesai ({path}). Lanjutkan?",
        "An unfinished interview was found ({path}). Continue it?",
    ),
    "paused": msg(
        "Wawancara dijeda; tidak ada jawaban yang hilang. Lanjutkan dengan:\n"
        "  mou new --resume {path}",
        "Interview paused; nothing is lost. Continue with:\n  mou new --resume {path}",
    ),
    "yes": msg("Ya", "Yes"),
    "no": msg("Tidak", "No"),
    "confirm": msg("y = ya, t = tidak, lalu Enter", "y = yes, n = no, then Enter"),
    "select": msg("panah atau angka, lalu Enter", "arrows or number, then Enter"),
    "filter": msg("ketik untuk menyaring, panah, lalu Enter", "type to filter, arrows, then Enter"),
    "checkbox": msg("spasi untuk memilih, Enter untuk lanjut", "space to tick, Enter to go on"),
    "details": msg(
        "spasi = pilih yang ingin diubah; Enter = lanjut",
        "space = tick what to change; Enter = go on",
    ),
    "unchanged": msg("semua seperti tertera", "all as shown"),
    "change": msg("ubah: {names}", "change: {names}"),
    "none": msg("tidak ada", "none"),
    "overwrite": msg("{names} sudah ada. Timpa?", "{names} already exist. Replace?"),
    "kept": msg(
        "Jawaban tetap tersimpan. Tulis ke folder lain dengan:\n"
        "  mou new --resume {path} --out FOLDER",
        "Your answers are kept. Write elsewhere with:\n  mou new --resume {path} --out FOLDER",
    ),
}


class QuestionaryAsker:
    """Asks one ``Prompt`` on the terminal; Ctrl-C raises KeyboardInterrupt."""

    def __init__(self, state: State) -> None:
        self.state = state

    def t(self, key: str, **values: Any) -> str:
        return text_of(TEXTS[key], self.state.lang).format(**values)

    def ask(self, p: Prompt) -> Any:
        if p.kind == "text":
            return self._text(p)
        if p.kind == "confirm":
            return ask_yes_no(p.message, bool(p.default), self.state.lang)
        if p.kind in ("checkbox", "details"):
            return self._checkbox(p)
        values = [v for v, _ in p.choices]
        choices = [questionary.Choice(title, value=i) for i, (_, title) in enumerate(p.choices)]
        index = next((i for i, v in enumerate(values) if same(v, p.default)), 0)
        short = len(choices) <= 19  # 1-9, 0, a-i: clear of the j/k keys; longer: type to filter
        picked = questionary.select(
            p.message,
            choices=choices,
            default=choices[index],
            use_shortcuts=short,
            use_search_filter=not short,
            use_jk_keys=short,
            instruction=f"({self.t('select' if short else 'filter')})",
            style=STYLE,
        ).unsafe_ask()
        return values[picked]

    def _text(self, p: Prompt) -> Any:
        """A text prompt; an answer given before starts selected (typing replaces it)."""
        placeholder = FormattedText([("fg:ansibrightblack", p.placeholder)])
        validate = p.validate
        question = questionary.text(
            p.message,
            default=p.prefill,
            validate=(lambda s: validate(s) or True) if validate else None,
            instruction=p.instruction or None,
            placeholder=placeholder if p.placeholder else None,
            validate_while_typing=False,
            style=STYLE,
        )
        app = question.application

        def select_all() -> None:
            buffer = app.current_buffer
            if buffer.text:
                buffer.cursor_position = len(buffer.text)
                selection = SelectionState(original_cursor_position=0)
                selection.enter_shift_mode()
                buffer.selection_state = selection

        answer = app.run(pre_run=select_all)
        return p.convert(answer) if p.convert else answer

    def _checkbox(self, p: Prompt) -> list[Any]:
        """Several choices ticked with space; the answer shown in words, in this language."""
        details = p.kind == "details"
        boxes = [
            questionary.Choice(title, value=i, checked=v in (p.default or []))
            for i, (v, title) in enumerate(p.choices)
        ]
        control = InquirerControl(boxes, None, pointer="»")

        def tokens() -> list[tuple[str, str]]:
            out = [("class:qmark", "?"), ("class:question", f" {p.message} ")]
            if not control.is_answered:
                hint = self.t("details" if details else "checkbox")
                return [*out, ("class:instruction", f"({hint})")]
            names = [p.choices[i][1].split(":", 1)[0] for i in sorted(control.selected_options)]
            if details:
                said = self.t("change", names=", ".join(names)) if names else self.t("unchanged")
            else:
                said = ", ".join(names) or self.t("none")
            return [*out, ("class:answer", said)]

        keys = KeyBindings()
        _interrupt(keys)

        @keys.add(" ", eager=True)
        def _toggle(_event: Any) -> None:
            value = control.get_pointed_at().value
            chosen = control.selected_options
            if value in chosen:
                chosen.remove(value)
            else:
                chosen.append(value)

        @keys.add(Keys.Down, eager=True)
        def _down(_event: Any) -> None:
            control.select_next()

        @keys.add(Keys.Up, eager=True)
        def _up(_event: Any) -> None:
            control.select_previous()

        @keys.add(Keys.ControlM, eager=True)
        def _done(event: Any) -> None:
            control.is_answered = True
            event.app.exit(result=sorted(control.selected_options))

        @keys.add(Keys.Any)
        def _other(_event: Any) -> None:
            """Nothing else is typed here."""

        layout = create_inquirer_layout(control, tokens)
        ticked: list[int] = Application(layout=layout, key_bindings=keys, style=STYLE).run()
        return [p.choices[i][0] for i in ticked]

    def say(self, text: str, style: str = "") -> None:
        if style == "section":
            text = f"\n── {text} ──"
        elif style in ("help", "hint", "echo"):
            text = f"  {text}"
        questionary.print(text, style=SAY.get(style, ""))

    def show_review(
        self,
        sections: list[tuple[str, list[Row]]],
        rows: list[ChecklistRow] | None,
        problems: list[str],
    ) -> None:
        """The answers grouped by topic, then the checklist (or what blocks drafting)."""
        from mou_cli.interview import screen

        screen.review(sections, rows, problems, self.state.lang)


def ask_yes_no(message: str, default: bool, lang: str) -> bool:
    """Yes or no: y (or n; t for "tidak" in Indonesian) chooses, Enter answers, so a key
    typed after the answer never reaches the next question."""
    words = (text_of(TEXTS["yes"], lang), text_of(TEXTS["no"], lang))
    status: dict[str, Any] = {"answer": None, "complete": False}

    def tokens() -> list[tuple[str, str]]:
        value = default if status["answer"] is None else status["answer"]
        out = [("class:qmark", "?"), ("class:question", f" {message} ")]
        if status["complete"]:
            return [*out, ("class:answer", words[0] if value else words[1])]
        out.append(("class:instruction", f"({text_of(TEXTS['confirm'], lang)}) "))
        chosen = "class:answer" if status["answer"] is not None else "class:instruction"
        return [*out, (chosen, f"[{words[0] if value else words[1]}]")]

    keys = KeyBindings()
    _interrupt(keys)
    for key, value in (("y", True), ("Y", True), ("n", False), ("N", False)):
        keys.add(key)(lambda _e, v=value: status.update(answer=v))
    if lang == "id":
        for key in ("t", "T"):
            keys.add(key)(lambda _e: status.update(answer=False))

    @keys.add(Keys.ControlH)
    def _undo(_event: Any) -> None:
        status["answer"] = None

    @keys.add(Keys.ControlM, eager=True)
    def _done(event: Any) -> None:
        status["complete"] = True
        event.app.exit(result=default if status["answer"] is None else status["answer"])

    @keys.add(Keys.Any)
    def _other(_event: Any) -> None:
        """Nothing else is typed here."""

    session: PromptSession[Any] = PromptSession(tokens, key_bindings=keys, style=STYLE)
    return bool(session.app.run())


def _interrupt(keys: KeyBindings) -> None:
    @keys.add(Keys.ControlC, eager=True)
    @keys.add(Keys.ControlQ, eager=True)
    def _stop(event: Any) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")


def same(a: Any, b: Any) -> bool:
    """Equal and of one type (so that a choice of 1 is not True)."""
    return a == b and type(a) is type(b)


def confirm_overwrite(paths: list[Path], lang: str, progress: Path) -> bool:
    """Ask before replacing existing draft files; when not, say how to write elsewhere."""
    names = ", ".join(p.name for p in paths)
    message = text_of(TEXTS["overwrite"], lang).format(names=names)
    try:
        yes = ask_yes_no(message, False, lang)
    except (KeyboardInterrupt, EOFError):
        yes = False
    if not yes:
        kept = text_of(TEXTS["kept"], lang).format(path=progress)
        questionary.print(kept, style=SAY["hint"])
    return yes
