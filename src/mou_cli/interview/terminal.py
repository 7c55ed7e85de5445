"""The interview on the terminal: the one module that talks to questionary and prompt_toolkit.

``QuestionaryAsker`` asks each ``Prompt`` the walk builds and shows the review screen;
``confirm_overwrite`` asks before a draft replaces files. ``TEXTS`` are the screen's own words.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import questionary
from prompt_toolkit.formatted_text import FormattedText
from questionary import Style

from mou_cli.interview.asking import Prompt
from mou_cli.interview.state import State, text_of
from mou_cli.messages import msg

if TYPE_CHECKING:
    from mou_cli.document.checklist import Row as ChecklistRow

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
    "welcome": msg(
        "mou: menyusun Nota Kesepahaman atau Perjanjian Kerja Sama. Enter menerima isian abu-abu.",
        "mou: drafting a Memorandum of Understanding or partnership agreement. "
        "Enter accepts the grey suggestion.",
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
    "review": msg("Periksa jawaban", "Review your answers"),
    "problems": msg("Perlu diperbaiki sebelum menyusun draf:", "To fix before drafting:"),
    "next": msg("Lanjut?", "What next?"),
    "draft": msg("Semua benar: susun draf", "All correct: write the draft"),
    "change": msg("Ubah: {topic}", "Change: {topic}"),
    "quit": msg("Simpan dan keluar (lanjutkan nanti)", "Save and quit (continue later)"),
    "confirm": msg("(y = ya, n = tidak)", "(y/n)"),
    "select": msg("(panah atau angka, lalu Enter)", "(arrows or number, then Enter)"),
    "checkbox": msg(
        "(spasi untuk memilih, Enter untuk lanjut)", "(space to toggle, Enter to go on)"
    ),
    "overwrite": msg("{names} sudah ada. Timpa?", "{names} already exist. Replace?"),
    "kept": msg(
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
        return text_of(TEXTS[key], self.state.lang).format(**values)

    def ask(self, p: Prompt) -> Any:
        if p.kind == "text":
            placeholder = FormattedText([("fg:ansibrightblack", p.placeholder)])
            validate = p.validate
            answer = questionary.text(
                p.message,
                default=p.prefill,
                validate=(lambda s: validate(s) or True) if validate else None,
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
            boxes = [
                questionary.Choice(title, value=i, checked=v in (p.default or []))
                for i, (v, title) in enumerate(p.choices)
            ]
            ticked = questionary.checkbox(
                p.message, choices=boxes, instruction=self.t("checkbox"), style=STYLE
            ).unsafe_ask()
            return [values[i] for i in ticked]
        choices = [questionary.Choice(title, value=i) for i, (_, title) in enumerate(p.choices)]
        index = next((i for i, v in enumerate(values) if same(v, p.default)), 0)
        picked = questionary.select(
            p.message,
            choices=choices,
            default=choices[index],
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

    def show_review(
        self,
        sections: list[tuple[str, list[tuple[str, str]]]],
        rows: list[ChecklistRow] | None,
        problems: list[str],
    ) -> None:
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


def same(a: Any, b: Any) -> bool:
    """Equal and of one type (so that a choice of 1 is not True)."""
    return a == b and type(a) is type(b)


def confirm_overwrite(paths: list[Path], lang: str, progress: Path) -> bool:
    """Ask before replacing existing draft files; when not, say how to write elsewhere."""
    names = ", ".join(p.name for p in paths)
    message = text_of(TEXTS["overwrite"], lang).format(names=names)
    try:
        yes = bool(questionary.confirm(message, default=False, style=STYLE).unsafe_ask())
    except (KeyboardInterrupt, EOFError):
        yes = False
    if not yes:
        kept = text_of(TEXTS["kept"], lang).format(path=progress)
        questionary.print(kept, style=SAY["hint"])
    return yes
