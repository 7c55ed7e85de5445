"""The interview's state: the answers being built and the keys already asked (``State``), what a
question's conditions and defaults see (``Ctx``), and reading or writing answers by path.

Nothing here talks to the terminal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mou_cli.messages import Msg

BOTH = "both"  # the UI language before it is known: the first question speaks both


def text_of(message: Msg, lang: str) -> str:
    """``message`` in ``lang`` (``id``, ``en`` or ``both``); the English when that text is
    empty."""
    if lang == BOTH:
        id, en = message["id"], message["en"]
        return id if id == en or not en else f"{id} / {en}"
    text = message["id"] if lang == "id" else message["en"] if lang == "en" else ""
    return text or message["en"]


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

    def t(self, message: Msg | None, **values: Any) -> str:
        """``message`` in the UI language, with ``{name}`` values filled in."""
        if not message:
            return ""
        text = text_of(message, self.lang)
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
