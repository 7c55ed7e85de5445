"""The shapes the interview is written in: questions, groups of them, topics, and their context.

The questions themselves are data in ``questions.py``; this module only says what a question
is. Nothing here talks to the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Union

Msg = dict[str, str]  # {"id": "...", "en": "..."}

DELETE = object()  # `Q.otherwise`: remove the field when the question does not apply

KINDS = (
    "text",  # free text (``translatable``: one per document language)
    "select",  # one of ``choices``
    "confirm",  # yes / no
    "date",  # a calendar date, stored as YYYY-MM-DD
    "email",
    "int",  # a whole number
    "amount",  # a positive amount of money
    "party",  # one of the parties' short names (plus ``choices``)
    "checkbox",  # several of ``choices``
    "list",  # several texts, one per prompt, empty to finish
    "shares",  # a percentage per party, summing to 100
    "percent",  # one percentage (asked by "shares")
)


def m(id_: str, en: str) -> Msg:
    """A message in Indonesian and English."""
    return {"id": id_, "en": en}


@dataclass(frozen=True)
class Choice:
    value: Any
    title: Msg


@dataclass(frozen=True)
class Q:
    """One question: where its answer goes, how it is asked, and when."""

    path: str  # the answers field, relative to the enclosing group item ("representative.name")
    kind: str
    prompt: Msg
    help: Msg | None = None
    choices: tuple[Choice, ...] | Callable[[Ctx], list[Choice]] = ()
    default: Any = None  # a value, or a function of the context
    when: Callable[[Ctx], bool] | None = None
    optional: bool = False  # empty is allowed (the field is left out)
    otherwise: Any = DELETE  # stored when ``when`` is false
    check: Callable[[Any, Ctx], Msg | None] | None = None  # an extra check of the typed value
    translatable: bool = False  # a text shown in the document: asked in each document language
    presence: bool = False  # confirm: yes = the section exists ({}), no = null
    label: Msg | None = None  # the short name on the review screen (default: the prompt)

    def __post_init__(self) -> None:
        assert self.kind in KINDS, self.kind


@dataclass(frozen=True)
class Group:
    """A repeated item (a party, a goal, a contribution): its questions are asked per item.

    The first question leads: once ``minimum`` items exist, leaving it empty ends the group
    (and, for an existing item, removes it).
    """

    path: str  # the list field ("parties", "goals", "contributions")
    item: Msg  # "Pihak {n}" - how an item is named in prompts
    questions: tuple[Q | Group, ...]
    minimum: int = 0
    maximum: int = 12
    when: Callable[[Ctx], bool] | None = None
    per_party: bool = False  # one item per party, keyed by ``party`` (roles)
    note: Callable[[Ctx], Msg | None] | None = None  # a hint shown after each item


@dataclass(frozen=True)
class Topic:
    """A screen of related questions; the review screen lets the user change one topic."""

    id: str
    title: Msg
    items: tuple[Q | Group, ...]


Item = Union[Q, Group]  # noqa: UP007 - a runtime alias


@dataclass
class Ctx:
    """What a condition or default sees: the answers so far, the current item, the UI language."""

    data: dict[str, Any]
    lang: str = "id"
    item: dict[str, Any] = field(default_factory=dict)
    index: int = 0  # the current item's position in its group
    party: dict[str, Any] | None = None  # per-party groups: the party
    text_lang: str = "id"  # the language of the text being asked (bilingual texts: each)

    def get(self, path: str, default: Any = None) -> Any:
        """The answer at a dotted path of the whole answers (``dispute.forum``)."""
        return get_path(self.data, path, default)

    def here(self, path: str, default: Any = None) -> Any:
        """The answer at a path inside the current item."""
        return get_path(self.item, path, default)

    @property
    def type(self) -> str | None:
        return self.data.get("type")

    @property
    def parties(self) -> list[dict[str, Any]]:
        value = self.data.get("parties")
        return [p for p in value if isinstance(p, dict)] if isinstance(value, list) else []

    @property
    def short_names(self) -> list[str]:
        return [p["short_name"] for p in self.parties if p.get("short_name")]

    @property
    def doc_langs(self) -> tuple[str, ...]:
        return ("id", "en") if self.data.get("language") == "id-en" else (self.doc_lang,)

    @property
    def doc_lang(self) -> str:
        lang = self.data.get("language") or self.lang
        return "id" if lang == "id-en" else lang

    def t(self, msg: Msg | None, **values: Any) -> str:
        """``msg`` in the UI language, with ``{name}`` values filled in."""
        if not msg:
            return ""
        text = msg.get(self.lang) or msg.get("en") or ""
        return text.format(**values) if values else text


_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def split_path(path: str) -> list[str | int]:
    """``parties[0].contact.email`` -> ["parties", 0, "contact", "email"]."""
    return [int(i) if i else name for name, i in _PART.findall(path)]


def get_path(data: Any, path: str, default: Any = None) -> Any:
    """The value at ``path`` inside nested dicts and lists, or ``default``."""
    cur = data
    for part in split_path(path):
        if isinstance(part, int):
            if not isinstance(cur, list) or part >= len(cur):
                return default
        elif not isinstance(cur, dict) or part not in cur:
            return default
        cur = cur[part]
    return cur


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` inside nested dicts, creating dicts (not lists) on the way."""
    parts = split_path(path)
    cur: Any = data
    for part in parts[:-1]:
        nxt = cur[part] if not isinstance(part, str) else cur.get(part)
        if not isinstance(nxt, dict):
            nxt = {}
            cur[part] = nxt
        cur = nxt
    cur[parts[-1]] = value


def del_path(data: dict[str, Any], path: str) -> None:
    """Remove ``path`` (if there), then any dict that this leaves empty."""
    parts = split_path(path)
    trail: list[tuple[Any, Any]] = []
    cur: Any = data
    for part in parts[:-1]:
        if isinstance(part, str) and (not isinstance(cur, dict) or part not in cur):
            return
        if isinstance(part, int) and (not isinstance(cur, list) or part >= len(cur)):
            return
        trail.append((cur, part))
        cur = cur[part]
    if isinstance(cur, dict):
        cur.pop(parts[-1], None)
    for parent, key in reversed(trail):
        child = parent[key]
        if isinstance(child, dict) and not child and isinstance(key, str):
            del parent[key]
        else:
            break
