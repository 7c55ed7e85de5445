"""Asking one question: its prompt as plain data (``Prompt``), and the answer checked and turned
into the value stored (a text, per document language when it is shown in the document; a
choice; yes or no). ``asking_several.py`` adds the questions that give several values.

``Asking`` is the walker's half that asks; it hands each ``Prompt`` to an ``Asker``
(``terminal.py`` asks with questionary), so nothing here touches the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from mou_cli.interview import defaults
from mou_cli.interview.checks import PARSERS, REQUIRED, Invalid, field_values, model_problem
from mou_cli.interview.spec import DELETE, OTHER, Choice, Q, Titled
from mou_cli.interview.state import Ctx, State, get_path, text_of
from mou_cli.messages import Msg, msg

HINT_END = msg("kosongkan untuk selesai", "leave empty to finish")
HINT_SKIP = msg("Enter = terima, - = lewati", "Enter = accept, - = skip")
HINT_DATE = msg("TTTT-BB-HH", "YYYY-MM-DD")


@dataclass
class Prompt:
    """One prompt on the screen, as data."""

    key: str
    kind: str  # text | select | confirm | checkbox
    message: str
    help: str = ""
    instruction: str = ""
    choices: list[tuple[Any, str]] = field(default_factory=list)
    default: Any = None  # select, confirm, checkbox: what Enter takes
    prefill: str = ""  # text: the answer already given, editable
    placeholder: str = ""  # text: shown greyed; Enter on empty takes it
    validate: Callable[[str], str | None] | None = None  # text: a message, or None when fine
    convert: Callable[[str], Any] | None = None  # text: typed text -> value


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
        self._title = ""  # the topic title, shown before its first question

    def t(self, message: Msg | None, **values: Any) -> str:
        return self._ctx().t(message, **values)

    def _ctx(self, **kw: Any) -> Ctx:
        ctx = Ctx(self.state.data, self.state.lang, **kw)
        ctx.text_lang = ctx.doc_lang
        return ctx

    def _prompt(self, prompt: Prompt) -> Any:
        assert self.asker is not None
        self._show_title()
        return self.asker.ask(prompt)

    def _say(self, text: str, style: str) -> None:
        if self.asker is not None and self.mode in ("ask", "redo"):
            self._show_title()
            self.asker.say(text, style)

    def _show_title(self) -> None:
        if self._title and self.asker is not None:
            self.asker.say(self._title, "section")
            self._title = ""

    def _answered(self, key: str) -> None:
        self.state.done.add(key)
        self.on_answer()

    def _say_help(self, q: Q, ctx: Ctx) -> None:
        if q.help:
            self._say(self.t(q.help), "help")

    def _message(self, q: Q, label: str) -> str:
        return f"{label} · {self.t(q.prompt)}" if label else self.t(q.prompt)

    def _ask(
        self, q: Q, item: dict[str, Any], key: str, ctx: Ctx, label: str, lead: bool = False
    ) -> Any:
        """The answer to ``q`` at ``key``: one value (``asking_several`` asks for several)."""
        current = get_path(item, q.path)
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
        if q.translatable and len(ctx.doc_langs) > 1:
            out: dict[str, str] = {}
            for lang in ctx.doc_langs:
                ctx.text_lang = lang
                shown = current.get(lang) if isinstance(current, dict) else current
                value = self._text(
                    q, key, ctx, f"{message} [{lang.upper()}]", shown, optional, lead=lead
                )
                if value is None:
                    return None
                out[lang] = value
                optional = False  # once one language is given, the other is required
            return out
        shown = current.get(ctx.text_lang) if isinstance(current, dict) else current
        return self._text(q, key, ctx, message, shown, optional, lead=lead)

    def _default(self, q: Q, ctx: Ctx, key: str = "") -> Any:
        """The type's default for a top-level field, else the question's own."""
        if key == q.path:
            found = defaults.field_default(ctx.type, q.path)
            if found is not defaults.MISSING:
                return found
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
    ) -> Any:
        if default is None:
            default = self._default(q, ctx, key)
        parse: Callable[[str], Any] = PARSERS.get(q.kind, str.strip)
        if model_path == "":
            model_path = model_path_of(key)
        checks: list[Callable[[Any], Msg | None]] = []
        if q.check is not None:
            question_check = q.check
            checks.append(lambda v: question_check(v, ctx))
        if check is not None:
            checks.append(check)

        def convert(text: str) -> Any:
            text = text.strip()
            if text == "-" and optional:
                return None
            if not text:
                if default is not None and default != "":
                    return default
                if optional:
                    return None
                raise Invalid(REQUIRED)
            value = parse(text)
            problem = model_problem(model_path, value) if model_path else None
            if problem:
                raise Invalid(msg(problem, problem))
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
        if q.kind == "date":
            hints.append(self.t(HINT_DATE))
        if optional and default not in (None, ""):
            hints.append(self.t(HINT_SKIP))
        elif lead and optional:
            hints.append(self.t(HINT_END))
        return self._prompt(
            Prompt(
                key,
                "text",
                message,
                instruction=f"({'; '.join(hints)})" if hints else "",
                prefill=shown_text(current),
                placeholder=shown_text(default),
                validate=validate,
                convert=convert,
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
