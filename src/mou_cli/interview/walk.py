"""Walking the questions in order: ask what is not answered yet, or mark or list what is.

Every question asked has a key (``parties[1].address``, ``roles[UGM].responsibilities``);
the set of answered keys is what makes an interview resumable. The walker builds prompts as
plain data and hands them to an ``Asker`` (``flow.py`` asks with questionary), so nothing here
touches the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from mou_cli.interview import defaults
from mou_cli.interview.checks import PARSERS, REQUIRED, Invalid, model_problem
from mou_cli.interview.parties import reconcile
from mou_cli.interview.spec import (
    DELETE,
    Choice,
    Ctx,
    Group,
    Msg,
    Q,
    Topic,
    del_path,
    get_path,
    m,
    set_path,
)

OTHER = "__other__"
MAX_LIST = 20

HINT_END = m("kosongkan untuk selesai", "leave empty to finish")
HINT_SKIP = m("Enter = terima, - = lewati", "Enter = accept, - = skip")
HINT_DATE = m("TTTT-BB-HH", "YYYY-MM-DD")


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


@dataclass
class State:
    """The interview so far: the answers (as an answers file would hold them) and what was asked."""

    data: dict[str, Any] = field(default_factory=lambda: {"schema": 1})
    done: set[str] = field(default_factory=set)
    ui_lang: str | None = None  # --ui-lang; otherwise the document's language

    @property
    def lang(self) -> str:
        if self.ui_lang:
            return self.ui_lang
        return "en" if self.data.get("language") == "en" else "id"


Row = tuple[str, str]  # (label, value) on the review screen


class Walker:
    """Visits the questions of some topics in one of four modes.

    ``ask``: ask what is not answered yet (a fresh or resumed interview); ``redo``: ask
    everything again, answers pre-filled (changing a topic); ``mark``: record every applicable
    question as answered (an answers file opened for editing); ``show``: collect review rows.
    """

    def __init__(
        self, state: State, asker: Asker | None = None, on_answer: Callable[[], None] = lambda: None
    ) -> None:
        self.state = state
        self.asker = asker
        self.on_answer = on_answer
        self.mode = "ask"
        self.rows: list[Row] = []
        self._title = ""  # the topic title, shown before its first question

    # --- entry points ---------------------------------------------------------------------

    def run(self, topic: Topic, mode: str = "ask") -> list[Row]:
        self.mode, self.rows = mode, []
        before = [(p, p.get("short_name")) for p in self._ctx().parties]
        self._title = self.t(topic.title)
        self._items(topic.items, self.state.data, "", self._ctx())
        if mode in ("ask", "redo") and topic.id == "parties":
            reconcile(self.state, before)
            self.on_answer()
        return self.rows

    def t(self, msg: Msg | None, **values: Any) -> str:
        return self._ctx().t(msg, **values)

    # --- traversal ------------------------------------------------------------------------

    def _ctx(self, **kw: Any) -> Ctx:
        ctx = Ctx(self.state.data, self.state.lang, **kw)
        ctx.text_lang = ctx.doc_lang
        return ctx

    def _items(self, items: tuple, item: dict, prefix: str, ctx: Ctx, label: str = "") -> None:
        for entry in items:
            if isinstance(entry, Group):
                self._group(entry, item, prefix, ctx, label)
            else:
                self._question(entry, item, prefix + entry.path, ctx, label)

    def _question(self, q: Q, item: dict, key: str, ctx: Ctx, label: str) -> None:
        if q.when is not None and not q.when(ctx):
            if self.mode in ("ask", "redo"):
                if q.otherwise is DELETE:
                    del_path(item, q.path)
                else:
                    set_path(item, q.path, q.otherwise)
                self.state.done.discard(key)
            return
        if self.mode == "mark":
            self.state.done.add(key)
            return
        if self.mode == "show":
            value = get_path(item, q.path)
            if value is not None or q.presence:
                self.rows.append((self._label(q, label), self.format(q, value, ctx)))
            return
        if self.mode == "ask" and key in self.state.done:
            return
        self._say_help(q, ctx)
        value = self._ask(q, item, key, ctx, label)
        if q.presence:
            current = get_path(item, q.path)
            value = (current if isinstance(current, dict) else {}) if value else None
        if value is None and q.optional:
            del_path(item, q.path)
        else:
            set_path(item, q.path, value)
        self._answered(key)

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

    def _group(self, g: Group, parent: dict, prefix: str, ctx: Ctx, outer: str = "") -> None:
        if g.when is not None and not g.when(ctx):
            return
        if g.per_party:
            return self._per_party(g, parent, prefix, ctx)
        items = get_path(parent, g.path)
        if not isinstance(items, list):
            items = []
        lead, rest = g.questions[0], g.questions[1:]
        i = 0
        while i < g.maximum:
            base = f"{prefix}{g.path}[{i}]."
            exists = i < len(items) and isinstance(items[i], dict)
            label = self.t(g.item, n=i + 1)
            label = f"{outer} · {label}" if outer else label
            item_ctx = self._ctx(item=items[i] if exists else {}, index=i)
            if self.mode in ("mark", "show"):
                if not exists:
                    if self.mode == "mark":
                        self.state.done.add(base + lead.path)
                    break
                if self.mode == "show":
                    saved, self.rows = self.rows, []
                    self._items(g.questions, items[i], base, item_ctx)
                    inner, self.rows = self.rows, saved
                    self.rows.append((label, " · ".join(v for _, v in inner if v) or "—"))
                else:
                    self._items(g.questions, items[i], base, item_ctx)
                i += 1
                continue
            lead_key = base + lead.path
            if self.mode == "ask" and lead_key in self.state.done:
                if not exists:  # the group was ended here
                    break
            else:
                self._say_help(lead, item_ctx)
                optional = i >= g.minimum
                value = self._ask(lead, item_ctx.item, lead_key, item_ctx, label, lead=optional)
                if value is None:
                    self._answered(lead_key)
                    if not exists:
                        break
                    items.pop(i)  # an existing item emptied: remove it
                    if items:
                        set_path(parent, g.path, items)
                    else:
                        del_path(parent, g.path)
                    continue
                if not exists:
                    items.append({})
                    set_path(parent, g.path, items)
                    item_ctx.item = items[i]
                set_path(items[i], lead.path, value)
                self._answered(lead_key)
            self._items(rest, items[i], base, item_ctx, label)
            if g.note is not None:
                hint = g.note(item_ctx)
                if hint:
                    self._say(self.t(hint), "hint")
            i += 1

    def _per_party(self, g: Group, parent: dict, prefix: str, ctx: Ctx) -> None:
        current = get_path(parent, g.path)
        by_party = {r.get("party"): r for r in current or [] if isinstance(r, dict)}
        items = []
        for p in ctx.parties:
            short = p.get("short_name")
            item = by_party.get(short) or {"party": short}
            items.append(item)
        if self.mode in ("ask", "redo"):
            set_path(parent, g.path, items)
        for i, item in enumerate(items):
            short = item["party"]
            label = self.t(g.item, party=short, n=i + 1)
            item_ctx = self._ctx(item=item, index=i, party=ctx.parties[i])
            if self.mode == "show":
                saved, self.rows = self.rows, []
                self._items(g.questions, item, f"{prefix}{g.path}[{short}].", item_ctx, label)
                inner, self.rows = self.rows, saved
                self.rows.append((label, " · ".join(v for _, v in inner if v) or "—"))
            else:
                self._items(g.questions, item, f"{prefix}{g.path}[{short}].", item_ctx, label)

    # --- asking one question --------------------------------------------------------------

    def _ask(self, q: Q, item: dict, key: str, ctx: Ctx, label: str, lead: bool = False) -> Any:
        current = get_path(item, q.path)
        message = f"{label} · {self.t(q.prompt)}" if label else self.t(q.prompt)
        if q.kind == "shares":
            return self._shares(q, item, key, ctx)
        if q.kind == "list":
            return self._list(q, item, key, ctx, message)
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
            choices = [(ch.value, self.t(ch.title)) for ch in self._choices(q, ctx)]
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
        parse = PARSERS.get(q.kind, str.strip)
        if model_path == "":
            model_path = _model_path(key)

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
                raise Invalid(m(problem, problem))
            for extra in (q.check and (lambda v: q.check(v, ctx)), check):
                msg = extra(value) if extra else None
                if msg:
                    raise Invalid(msg)
            return value

        def validate(text: str) -> str | None:
            try:
                convert(text)
            except Invalid as exc:
                return exc.msg.get(self.state.lang) or exc.msg["en"]
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
                prefill=_shown(current),
                placeholder=_shown(default),
                validate=validate,
                convert=convert,
            )
        )

    def _select(self, q: Q, key: str, ctx: Ctx, message: str, current: Any) -> Any:
        choices = [(ch.value, self.t(ch.title)) for ch in self._choices(q, ctx)]
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

    def _choices(self, q: Q, ctx: Ctx) -> list[Choice]:
        extra = list(q.choices(ctx) if callable(q.choices) else q.choices)
        if q.kind == "party":
            names = [
                Choice(p["short_name"], {"id": p["short_name"], "en": p["short_name"]})
                for p in ctx.parties
                if p.get("short_name")
            ]
            return names + extra
        return extra

    def _list(self, q: Q, item: dict, key: str, ctx: Ctx, message: str) -> list[Any] | None:
        """Several texts, one prompt each; what is typed is kept as it goes."""
        current = get_path(item, q.path)
        existing = list(current) if isinstance(current, list) else []
        langs = ctx.doc_langs if q.translatable else (ctx.doc_lang,)
        suggested: list[dict[str, str]] = []
        if not existing:
            for lang in langs:
                ctx.text_lang = lang
                for i, text in enumerate(self._default(q, ctx) or []):
                    if i == len(suggested):
                        suggested.append({})
                    suggested[i][lang] = text
        out: list[Any] = []
        for n in range(MAX_LIST):
            shown = existing[n] if n < len(existing) else None
            suggestion = suggested[n] if n < len(suggested) else None
            item_key, label = f"{key}[{n}]", f"{message} {n + 1}"
            end = shown is None and suggestion is None
            value = self._list_item(q, item_key, ctx, label, langs, shown, suggestion or {}, end)
            if value is None:
                if end:
                    break
                continue
            out.append(value)
            set_path(item, q.path, out + existing[n + 1 :])  # kept, in case of a pause
            self.on_answer()
        return out or None

    def _list_item(self, q, key, ctx, message, langs, shown, suggestion, end) -> Any:
        out: dict[str, str] = {}
        for j, lang in enumerate(langs):
            ctx.text_lang = lang
            msg = f"{message} [{lang.upper()}]" if len(langs) > 1 else message
            now = shown.get(lang) if isinstance(shown, dict) else shown
            value = self._text(
                q,
                key,
                ctx,
                msg,
                now,
                optional=j == 0,
                default=suggestion.get(lang) or "",
                instruction=self.t(HINT_END) if end and j == 0 else "",
            )
            if value is None:
                return None
            out[lang] = value
        return out if len(langs) > 1 else out[langs[0]]

    def _shares(self, q: Q, item: dict, key: str, ctx: Ctx) -> list[dict[str, Any]]:
        names = ctx.short_names
        current = get_path(item, q.path)
        before = {s.get("party"): s.get("percent") for s in current or [] if isinstance(s, dict)}
        out: list[dict[str, Any]] = []
        left: float = 100
        for j, name in enumerate(names):
            last = j == len(names) - 1
            here = left

            def check(value: Any, last: bool = last, here: float = here, name: str = name):
                if last and abs(value - here) > 1e-9:
                    return m(
                        f"Sisa untuk {name} adalah {_num(here)}%; jumlah harus 100%.",
                        f"{name} gets the remaining {_num(here)}%; shares must sum to 100%.",
                    )
                if value > here + 1e-9:
                    return m(f"Melebihi sisa {_num(here)}%.", f"More than the {_num(here)}% left.")
                return None

            equal = round(100 / len(names))
            default = here if last else min(equal, here)
            prefill = before.get(name) if not last and name in before else None
            value = self._text(
                Q(q.path, "percent", q.prompt),
                f"{key}[{name}]",
                ctx,
                self.t(q.prompt, party=name),
                prefill,
                False,
                default=default,
                check=check,
                instruction=self.t(m(f"tersisa {_num(here)}%", f"{_num(here)}% left")),
                model_path=None,
            )
            left = round(left - value, 6)
            if value:
                out.append({"party": name, "percent": value})
        return out

    def _say_help(self, q: Q, ctx: Ctx) -> None:
        if q.help:
            self._say(self.t(q.help), "help")

    # --- review rows ----------------------------------------------------------------------

    def _label(self, q: Q, group_label: str) -> str:
        return self.t(q.label or q.prompt, party="").rstrip(" ?")

    def format(self, q: Q, value: Any, ctx: Ctx) -> str:
        """An answer as the review screen shows it."""
        lang = self.state.lang
        if q.presence:
            return self.t(m("Ya", "Yes")) if isinstance(value, dict) else self.t(m("Tidak", "No"))
        if value is None:
            return "—"
        if q.kind == "confirm":
            return self.t(m("Ya", "Yes")) if value else self.t(m("Tidak", "No"))
        if q.kind in ("select", "party", "checkbox"):
            titles = {ch.value: self.t(ch.title) for ch in self._choices(q, ctx)}
            if isinstance(value, list):
                return ", ".join(titles.get(v, str(v)) for v in value) or "—"
            return titles.get(value, str(value))
        if q.kind == "shares":
            return ", ".join(f"{s.get('party')} {_num(s.get('percent', 0))}%" for s in value)
        if q.kind == "list":
            return "; ".join(_text_value(v, lang) for v in value)
        return _text_value(value, lang)


def _model_path(key: str) -> str:
    """``roles[UGM].contributions[0].amount`` -> ``roles[0].contributions[0].amount``."""
    return re.sub(r"\[[^\]]*\]", "[0]", key)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _text_value(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return " / ".join(str(v) for v in value.values() if v)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}".replace(",", "." if lang == "id" else ",")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 10000:
        return f"{value:,}".replace(",", "." if lang == "id" else ",")
    return str(value)
