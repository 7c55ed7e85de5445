"""Asking one question: its prompt as plain data (``Prompt``), and the answer checked and turned
into the value stored (a text, per document language when it is shown in the document; a
choice; yes or no; an amount with its currency; a target with its unit).
``asking_several.py`` adds the questions that give several values.

``Asking`` is the walker's half that asks; it hands each ``Prompt`` to an ``Asker``
(``terminal.py`` asks with questionary), so nothing here touches the terminal. When
``filling``, a prompt is not shown: it takes what Enter would take (``enter``), and only a
value nobody can suggest is asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from mou_cli import words
from mou_cli.interview import defaults
from mou_cli.interview.checks import field_values, model_problem
from mou_cli.interview.parsing import PARSERS, REQUIRED, Invalid, echo
from mou_cli.interview.spec import DELETE, OTHER, Choice, Q, Titled, part_paths
from mou_cli.interview.state import Ctx, State, get_path, text_of
from mou_cli.interview.values import (
    measure_text,
    money_text,
    per_language,
    same_number,
    shaped,
    target_text,
)
from mou_cli.messages import Msg, msg

HINT_END = msg("kosongkan untuk selesai", "leave empty to finish")
HINT_SKIP = msg("Enter = terima, - = lewati", "Enter = accept, - = skip")
HINT_DATE = msg("mis. 15/01/2027 atau 15 Januari 2027", "e.g. 15/01/2027 or 15 January 2027")
HINT_MONEY = msg("mis. Rp 750 juta atau USD 25.000", "e.g. IDR 750 million or USD 25,000")
HINT_TARGET = msg("angka dan satuan, mis. 25 desa", "a number and its unit, e.g. 25 villages")
HINT_MEASURE = msg(
    "jumlah dan satuan, mis. 300 unit mesin, atau nilai, mis. Rp 2 miliar",
    "a quantity and its unit, e.g. 300 machines, or a value, e.g. IDR 2 billion",
)


@dataclass
class Prompt:
    """One prompt on the screen, as data."""

    key: str
    kind: str  # text | select | confirm | checkbox | details (a checkbox of what to change)
    message: str
    help: str = ""
    instruction: str = ""
    choices: list[tuple[Any, str]] = field(default_factory=list)
    default: Any = None  # select, confirm, checkbox: what Enter takes
    prefill: str = ""  # text: the answer already given, shown selected (typing replaces it)
    placeholder: str = ""  # text: shown greyed; Enter on empty takes it
    validate: Callable[[str], str | None] | None = None  # text: a message, or None when fine
    convert: Callable[[str], Any] | None = None  # text: typed text -> value
    echo: Callable[[Any], str] | None = None  # what was understood, said back ('' for nothing)


class Demanded(Exception):
    """Enter alone would be refused: nobody can suggest this value."""


def enter(p: Prompt) -> Any:
    """The answer Enter alone gives ``p``."""
    if p.kind == "text":
        try:
            return p.convert(p.prefill) if p.convert else p.prefill
        except Invalid:
            raise Demanded(p.key) from None
    return [] if p.kind == "details" else p.default


class Asker(Protocol):
    def ask(self, prompt: Prompt) -> Any: ...

    def say(self, text: str, style: str = "") -> None: ...


class Asking:
    """Asks single questions of ``state`` through ``asker``; ``on_answer`` runs after each."""

    def __init__(
        self, state: State, asker: Asker | None = None, on_answer: Callable[[], None] = lambda: None
    ) -> None:
        self.state = state
        self.asker = asker
        self.on_answer = on_answer
        self.mode = "ask"
        self.filling = False  # take what Enter would; ask only what has no suggestion
        self.typed = False  # the last answer was typed (not filled in)
        self._title = ""  # the topic title, shown before its first question

    def t(self, message: Msg | None, **values: Any) -> str:
        return self._ctx().t(message, **values)

    def _ctx(self, **kw: Any) -> Ctx:
        ctx = Ctx(self.state.data, self.state.lang, **kw)
        ctx.text_lang = ctx.doc_lang
        return ctx

    @contextmanager
    def _fill(self, on: bool) -> Iterator[None]:
        before, self.filling = self.filling, on
        try:
            yield
        finally:
            self.filling = before

    def _prompt(self, prompt: Prompt) -> Any:
        self.typed = not self.filling
        if self.filling:
            try:
                return enter(prompt)
            except Demanded:
                if self.asker is None:
                    raise
        self.typed = True
        assert self.asker is not None
        self._show_title()
        value = self.asker.ask(prompt)
        said = prompt.echo(value) if prompt.echo and value is not None else ""
        if said:
            self.asker.say(f"= {said}", "echo")
        return value

    def _say(self, text: str, style: str) -> None:
        if self.asker is not None and self.mode in ("ask", "one") and not self.filling:
            self._show_title()
            self.asker.say(text, style)

    def _show_title(self) -> None:
        if self._title and self.asker is not None:
            self.asker.say(self._title, "section")
            self._title = ""

    def _answered(self, key: str) -> None:
        """``key`` is answered: saved at once when typed (a filled-in value is saved with the
        next typed answer; a resumed interview would fill it in the same way)."""
        self.state.done.add(key)
        if self.typed or not self.filling:
            self.on_answer()

    def _say_help(self, q: Q, ctx: Ctx) -> None:
        if q.help:
            self._say(self.t(q.help), "help")

    def _message(self, q: Q, label: str) -> str:
        text = self.t(q.prompt, party="")
        return f"{label} · {text}" if label else text

    def _ask(
        self, q: Q, item: dict[str, Any], key: str, ctx: Ctx, label: str, lead: bool = False
    ) -> Any:
        """The answer to ``q`` at ``key``: one value (``asking_several`` asks for several)."""
        current = self._current(q, item)
        message = self._message(q, label)
        if q.kind in ("select", "party"):
            return self._select(q, key, ctx, message, current)
        if q.kind == "confirm":
            if q.presence:
                raw = get_path(item, q.path, DELETE)
                current = None if raw is DELETE else isinstance(raw, dict)
            default = current if current is not None else self._default(q, ctx, key)
            return self._prompt(Prompt(key, "confirm", message, default=bool(default)))
        if q.kind == "checkbox":
            default = current if current is not None else self._default(q, ctx, key) or []
            choices = [(ch.value, self.t(ch.title)) for ch in self._choices(q, ctx, key)]
            return self._prompt(Prompt(key, "checkbox", message, choices=choices, default=default))
        optional = q.optional or lead
        if q.kind == "measure":
            return self._measure(q, key, ctx, message, current, optional)
        if (q.translatable or q.kind == "target") and len(ctx.doc_langs) > 1:
            out: dict[str, Any] = {}
            for lang in ctx.doc_langs:
                ctx.text_lang = lang
                shown = current.get(lang) if isinstance(current, dict) else current
                if q.kind == "target":
                    shown = target_text(current, lang)
                value = self._text(
                    q, key, ctx, f"{message} [{lang.upper()}]", shown, optional, lead=lead,
                    check=same_number(out.get("id")) if out else None,
                )  # fmt: skip
                if value is None:
                    return None
                out[lang] = value
                optional = False  # once one language is given, the other is required
            return per_language(q, out)
        if q.kind in ("money", "target"):
            said: Any = money_text(current, ctx.lang) if q.kind == "money" else None
            said = said or target_text(current, ctx.text_lang)
        else:
            said = current.get(ctx.text_lang) if isinstance(current, dict) else current
        value = self._text(q, key, ctx, message, said, optional, lead=lead)
        return per_language(q, {ctx.text_lang: value}) if q.kind == "target" else value

    def _measure(self, q: Q, key: str, ctx: Ctx, message: str, current: Any, optional: bool) -> Any:
        """A quantity with its unit or an amount: a quantity's unit is asked again in each
        further document language, with the same number."""
        langs = ctx.doc_langs
        tag = (lambda lang: f"{message} [{lang.upper()}]") if len(langs) > 1 else lambda _: message
        ctx.text_lang = langs[0]
        first = self._text(q, key, ctx, tag(langs[0]), measure_text(current, langs[0]), optional)
        if first is None or first["quantity"] is None or len(langs) == 1:
            return first
        units = {langs[0]: first["unit"]}
        for lang in langs[1:]:
            ctx.text_lang = lang
            shown = measure_text(current, lang) if current and current.get("quantity") else ""
            said = msg("satuannya dalam bahasa Inggris", "its unit in English")
            if lang == "id":
                said = msg("satuannya dalam bahasa Indonesia", "its unit in Indonesian")
            hint = f"{words.digits(first['quantity'], self.state.lang)} + {self.t(said)}"
            again = self._text(
                q, key, ctx, tag(lang), shown, False, check=same_number(first), instruction=hint
            )
            units[lang] = again["unit"]
        return {**first, "unit": units}

    def _current(self, q: Q, item: dict[str, Any]) -> Any:
        """The answer ``item`` holds for ``q`` (a dict of its parts for money, target, measure)."""
        if q.parts:
            found = {p: get_path(item, at) for p, at in zip(q.parts, part_paths(q), strict=True)}
            given = ("amount", "quantity") if q.kind == "measure" else q.parts[:1]
            return found if any(found[p] is not None for p in given) else None
        return get_path(item, q.path)

    def _default(self, q: Q, ctx: Ctx, key: str = "") -> Any:
        """The type's default for a top-level field, else the question's own."""
        if key == q.path:
            found = defaults.field_default(ctx.type, q.path)
            if found is not defaults.MISSING:
                return found(ctx) if callable(found) else found
        return q.default(ctx) if callable(q.default) else q.default

    def _text(
        self,
        q: Q,
        key: str,
        ctx: Ctx,
        message: str,
        current: Any,
        optional: bool,
        *,
        lead: bool = False,
        default: Any = None,
        check: Callable[[Any], Msg | None] | None = None,
        instruction: str = "",
        model_path: str | None = "",
        kind: str = "",
    ) -> Any:
        kind = kind or q.kind
        if current not in (None, ""):
            default = None  # an answer exists: Enter keeps it, emptied it is cleared
        elif default is None:
            default = self._default(q, ctx, key)
        parse: Callable[[str], Any] = PARSERS.get(kind, str.strip)
        if model_path == "":
            model_path = model_path_of(key)
        checks: list[Callable[[Any], Msg | None]] = []
        if q.check is not None:
            question_check = q.check
            checks.append(lambda v: question_check(v, ctx))
        if check is not None:
            checks.append(check)
        lang = ctx.doc_lang if len(ctx.doc_langs) == 1 else ""

        def convert(text: str) -> Any:
            text = text.strip()
            if text == "-" and optional:
                return None
            if not text:
                if default is not None and default != "":
                    return default if kind != "list" else parse(default)
                if optional:
                    return None
                raise Invalid(REQUIRED)
            value = shaped(kind, parse(text), lang)
            for path, part in _parts(q, model_path, value):
                problem = model_problem(path, part)
                if problem:
                    raise Invalid(problem)
            for extra in checks:
                refused = extra(value)
                if refused:
                    raise Invalid(refused)
            return value

        def validate(text: str) -> str | None:
            try:
                convert(text)
            except Invalid as exc:
                return text_of(exc.msg, self.state.lang)
            return None

        hints = [instruction] if instruction else []
        extra_hint = {
            "date": HINT_DATE, "money": HINT_MONEY, "target": HINT_TARGET, "measure": HINT_MEASURE,
        }.get(kind)  # fmt: skip
        if extra_hint and not current and not instruction:
            hints.append(self.t(extra_hint))
        if optional and default not in (None, ""):
            hints.append(self.t(HINT_SKIP))
        elif lead and optional and not current:
            hints.append(self.t(HINT_END))
        return self._prompt(
            Prompt(
                key,
                "text",
                message,
                instruction=f"({'; '.join(hints)})" if hints else "",
                prefill=shown_text(current),
                placeholder=(
                    measure_text(default, self.state.lang)
                    if kind in ("money", "measure") and isinstance(default, dict)
                    else shown_text(default)
                ),
                validate=validate,
                convert=convert,
                echo=lambda v: echo(kind, v, self.state.lang),
            )
        )

    def _select(self, q: Q, key: str, ctx: Ctx, message: str, current: Any) -> Any:
        choices = [(ch.value, self.t(ch.title)) for ch in self._choices(q, ctx, key)]
        values = [v for v, _ in choices]
        default = current if current is not None else self._default(q, ctx, key)
        other_text = None
        if default not in values:
            if OTHER in values and isinstance(default, str):
                default, other_text = OTHER, default
            else:
                default = values[0]
        value = self._prompt(Prompt(key, "select", message, choices=choices, default=default))
        if value == OTHER:
            return self._text(q, key, ctx, message, other_text, False, default="")
        return value

    def _choices(self, q: Q, ctx: Ctx, key: str) -> list[Choice]:
        """What ``q`` offers at ``key``: the parties first for a party question, then its own
        choices (for ``Titled`` ones, the values the answers model allows there)."""
        if isinstance(q.choices, Titled):
            extra = q.choices.choices(field_values(model_path_of(key)))
        else:
            extra = list(q.choices(ctx) if callable(q.choices) else q.choices)
        if q.kind == "party":
            names = [
                Choice(p["short_name"], msg(p["short_name"], p["short_name"]))
                for p in ctx.parties
                if p.get("short_name")
            ]
            return names + extra
        return extra


def _parts(q: Q, model_path: str | None, value: Any) -> list[tuple[str, Any]]:
    """(model path, value) for each field the answer fills, to check against the model."""
    if not model_path:
        return []
    if not q.parts:
        return [(model_path, value)]
    base = model_path.rsplit(".", 1)[0] + "." if "." in model_path else ""
    return [(base + p, value[p]) for p in q.parts if value.get(p) is not None]


def model_path_of(key: str) -> str:
    """``roles[UGM].contributions[0].amount`` -> ``roles[0].contributions[0].amount``."""
    return re.sub(r"\[[^\]]*\]", "[0]", key)


def shown_text(value: Any) -> str:
    """A value as a prompt shows it for editing."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
