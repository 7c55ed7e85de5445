"""Walking the questions of a topic in order: ask what is not answered yet, fill in what the
user accepted without asking, mark or list what is answered, or change one answer; groups of
repeated items, one item per party, and the rows of the review screen.

Every question asked has a key (``parties[1].address``, ``roles[UGM].responsibilities``);
the set of answered keys is what makes an interview resumable. Asking one question is the
part of ``asking.py`` and ``asking_several.py``, offering details that of ``details.py``, so
nothing here touches the terminal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mou_cli import words
from mou_cli.interview.asking import Asker, Demanded
from mou_cli.interview.asking_several import num
from mou_cli.interview.details import DetailsWalk
from mou_cli.interview.parties import reconcile
from mou_cli.interview.spec import DELETE, Details, Group, Q, Topic, part_paths
from mou_cli.interview.state import Ctx, State, del_path, get_path, set_path
from mou_cli.interview.values import measure_text, money_text, target_text
from mou_cli.messages import msg

YES, NO = msg("Ya", "Yes"), msg("Tidak", "No")
ADD = msg("+ {item} (tambah)", "+ {item} (add)")
REMOVE = msg("− Hapus {item}", "− Remove {item}")

# What a mode does with each applicable question: ask it unless answered (``ask``); take what
# Enter would take (``fill``, a dry run); record it as answered (``mark``: an answers file
# opened with --edit; ``present``: only the answers a partial answers file gives); list it
# (``show``); ask only the one whose key is ``target`` (``one``: a change on the review
# screen); forget it when it was filled in, not chosen (``clear``: it is filled in again).
MODES = ("ask", "fill", "mark", "present", "show", "one", "clear")


@dataclass
class Row:
    """One answer on the review screen, or an action there (add or remove an item)."""

    key: str  # the answer's key, or an action: "goals[+]" adds, "goals[1]-" removes
    label: str
    value: str
    item: str = ""  # the group item it belongs to ("Pihak 1")
    empty: bool = False  # no answer (listed for changing, left off the review table)
    action: bool = False


class Walker(DetailsWalk):
    """Visits the questions of a topic in one of the ``MODES``."""

    def __init__(
        self, state: State, asker: Asker | None = None, on_answer: Callable[[], None] = lambda: None
    ) -> None:
        super().__init__(state, asker, on_answer)
        self.rows: list[Row] = []
        self.target = ""
        self.needs: list[str] = []  # a dry run: the keys nobody can suggest a value for
        self.given_item = False  # "present": inside an item the answers file gives

    def run(self, topic: Topic, mode: str = "ask", target: str = "") -> list[Row]:
        assert mode in MODES, mode
        self.mode, self.rows, self.target = mode, [], target
        before = [(p, p.get("short_name")) for p in self._ctx().parties]
        self._title = self.t(topic.title)
        self._items(topic.items, self.state.data, "", self._ctx())
        if mode in ("ask", "one") and topic.id == "parties":
            reconcile(self.state, before)
            self.on_answer()
        return self.rows

    def edit(self, topic: Topic, key: str, topics: tuple[Topic, ...]) -> None:
        """Change the answer at ``key`` (or add or remove an item), then offer what the change
        brings; what was filled in rather than chosen follows the change (a new type brings its
        own defaults)."""
        self.run(topic, "one", key)
        for t in topics:
            self.run(t, "clear")
        for t in topics:
            self.run(t, "ask")

    # --- traversal ------------------------------------------------------------------------

    def _items(
        self,
        items: tuple[Q | Group | Details, ...],
        item: dict[str, Any],
        prefix: str,
        ctx: Ctx,
        label: str = "",
    ) -> None:
        for entry in items:
            if isinstance(entry, Details):
                self._details(entry, item, prefix, ctx, label)
            elif isinstance(entry, Group):
                self._group(entry, item, prefix, ctx, label)
            else:
                self._question(entry, item, prefix + entry.path, ctx, label)

    def _question(self, q: Q, item: dict[str, Any], key: str, ctx: Ctx, label: str) -> None:
        mode, done = self.mode, self.state.done
        if q.when is not None and not q.when(ctx):
            if mode in ("ask", "one", "fill"):
                if q.otherwise is not DELETE:
                    set_path(item, q.path, q.otherwise)
                else:
                    for path in part_paths(q) or (q.path,):
                        del_path(item, path)
                done.discard(key)
            return
        if mode == "mark" or (mode == "present" and self._given(q, item, self.given_item)):
            done.add(key)
            return
        if mode == "show":
            value = self._current(q, item)
            shown = self.format(q, value, ctx, key)
            self.rows.append(
                Row(key, self._label(q), shown, label, value is None and not q.presence)
            )
            return
        if mode == "clear":
            if key in self.filled():
                for path in part_paths(q) or (q.path,):
                    del_path(item, path)
                done.discard(key)
            return
        if mode == "present" or (mode == "one" and key != self.target):
            return
        if mode in ("ask", "fill") and key in done:
            return
        if self.skipping:  # offered later, with the value it would take
            return
        self._say_help(q, ctx)
        try:
            value = self._ask(q, item, key, ctx, label)
        except Demanded:
            self.needs.append(key)
            return
        self._store(q, item, value)
        self._note_filled(key)
        self._answered(key)

    def _given(self, q: Q, item: dict[str, Any], whole: bool = False) -> bool:
        """An answers file gives ``q`` an answer (``profit_sharing: null`` is one); in an item
        it gives (``whole``), an optional question left out is answered too."""
        if whole and q.optional:
            return True
        if q.presence:
            return get_path(item, q.path, DELETE) is not DELETE
        return self._current(q, item) is not None

    def _store(self, q: Q, item: dict[str, Any], value: Any) -> None:
        if q.presence:
            current = get_path(item, q.path)
            set_path(
                item, q.path, (current if isinstance(current, dict) else {}) if value else None
            )
        elif q.parts:
            for part, path in zip(q.parts, part_paths(q), strict=True):
                found = value.get(part) if isinstance(value, dict) else None
                if found is None:
                    del_path(item, path)
                else:
                    set_path(item, path, found)
        elif value is None and q.optional:
            del_path(item, q.path)
        else:
            set_path(item, q.path, value)

    def _group(
        self, g: Group, parent: dict[str, Any], prefix: str, ctx: Ctx, outer: str = ""
    ) -> None:
        if g.when is not None and not g.when(ctx):
            if self.mode in ("ask", "one", "fill"):  # no longer applies: its items go
                del_path(parent, g.path)
                here = f"{prefix}{g.path}["
                self.state.done = {k for k in self.state.done if not k.startswith(here)}
            return
        if g.per_party:
            return self._per_party(g, parent, prefix, ctx)
        found = get_path(parent, g.path)
        items: list[Any] = found if isinstance(found, list) else []
        lead = g.questions[0]
        assert isinstance(lead, Q), g.path  # a group is led by a question
        here = f"{prefix}{g.path}"
        if self.mode == "one" and self.target == f"{here}[+]":
            return self._add(g, parent, items, prefix, ctx, outer)
        if self.mode == "one" and self.target.startswith(f"{here}[") and self.target[-1] == "-":
            index = self.target[len(here) + 1 : -2]
            if index.isdigit() and int(index) < len(items):
                return self._remove(g, parent, items, int(index), prefix)
        i = 0
        while i < g.maximum:
            exists = i < len(items) and isinstance(items[i], dict)
            if self.mode in ("ask", "fill"):
                step = self._ask_item(g, parent, items, i, prefix, ctx, outer)
                if step == "end":
                    break
                i += step == "next"
                continue
            if not exists:
                ended = f"{here}[{i}].{lead.path}"
                enough = i >= max(1, g.minimum) or self.given_item
                if self.mode == "mark" or (self.mode == "present" and enough):
                    self.state.done.add(ended)
                if self.mode == "show" and i < g.maximum:
                    add = self._item(g, i, outer, ADD)
                    self.rows.append(Row(f"{here}[+]", add, "", outer, action=True))
                break
            label = self._item(g, i, outer)
            item_ctx = self._ctx(item=items[i], index=i)
            given, self.given_item = self.given_item, self.mode == "present"
            try:
                self._items(g.questions, items[i], f"{here}[{i}].", item_ctx, label)
            finally:
                self.given_item = given
            if self.mode == "show" and len(items) > g.minimum:
                remove = self._item(g, i, outer, REMOVE)
                self.rows.append(Row(f"{here}[{i}]-", remove, "", label, action=True))
            i += 1

    def _item(self, g: Group, i: int, outer: str, action: Any = None) -> str:
        """How item ``i`` of ``g`` is named ("Tani Maju · Kontribusi 2"), or an action on it."""
        label = self.t(g.item, n=i + 1)
        label = f"{outer} · {label}" if outer else label
        return self.t(action, item=label) if action else label

    def _ask_item(
        self,
        g: Group,
        parent: dict[str, Any],
        items: list[Any],
        i: int,
        prefix: str,
        ctx: Ctx,
        outer: str,
    ) -> str:
        """Ask item ``i`` of ``g``: "next", "again" (an item was removed here) or "end"."""
        lead, rest = g.questions[0], g.questions[1:]
        assert isinstance(lead, Q)
        base = f"{prefix}{g.path}[{i}]."
        exists = i < len(items) and isinstance(items[i], dict)
        label = self._item(g, i, outer)
        item_ctx = self._ctx(item=items[i] if exists else {}, index=i)
        lead_key = base + lead.path
        if lead_key in self.state.done:
            if not exists:  # the group was ended here
                return "end"
        elif self.skipping:
            return "end"
        else:
            self._say_help(lead, item_ctx)
            try:
                value = self._ask(lead, item_ctx.item, lead_key, item_ctx, label, i >= g.minimum)
            except Demanded:
                self.needs.append(lead_key)
                return "end"
            if value is None:
                self._answered(lead_key)
                if not exists:
                    return "end"
                self._remove(g, parent, items, i, prefix)  # an existing item emptied
                return "again"
            if not exists:
                items.append({})
                set_path(parent, g.path, items)
                item_ctx.item = items[i]
            self._store(lead, items[i], value)
            self._note_filled(lead_key)
            self._answered(lead_key)
        self._items(rest, items[i], base, item_ctx, label)
        if g.note is not None:
            hint = g.note(item_ctx)
            if hint:
                self._say(self.t(hint), "hint")
        return "next"

    def _add(
        self,
        g: Group,
        parent: dict[str, Any],
        items: list[Any],
        prefix: str,
        ctx: Ctx,
        outer: str,
    ) -> None:
        """A new item at the end of ``g``, asked in full."""
        if len(items) >= g.maximum:
            return
        base = f"{prefix}{g.path}[{len(items)}]."
        self.state.done = {k for k in self.state.done if not k.startswith(base)}
        self.mode = "ask"
        try:
            self._ask_item(g, parent, items, len(items), prefix, ctx, outer)
        finally:
            self.mode = "one"

    def _remove(
        self, g: Group, parent: dict[str, Any], items: list[Any], i: int, prefix: str
    ) -> None:
        """Item ``i`` of ``g`` goes; the keys of the items after it move up one."""
        items.pop(i)
        if items:
            set_path(parent, g.path, items)
        else:
            del_path(parent, g.path)
        self._renumber(f"{prefix}{g.path}", i)
        self.on_answer()

    def _per_party(self, g: Group, parent: dict[str, Any], prefix: str, ctx: Ctx) -> None:
        current = get_path(parent, g.path)
        by_party = {r.get("party"): r for r in current or [] if isinstance(r, dict)}
        items = [
            by_party.get(p.get("short_name")) or {"party": p.get("short_name")} for p in ctx.parties
        ]
        if self.mode in ("ask", "one", "fill"):
            set_path(parent, g.path, items)
        policy = self.policy
        for i, item in enumerate(items):
            short = item["party"]
            label = self.t(g.item, party=short, n=i + 1)
            item_ctx = self._ctx(item=item, index=i, party=ctx.parties[i])
            base = f"{prefix}{g.path}[{short}]"
            given, self.given_item = self.given_item, self.mode == "present" and short in by_party
            decision = policy(base) if self.mode == "ask" and policy is not None else None
            try:
                if decision is None:
                    self._items(g.questions, item, base + ".", item_ctx, label)
                else:
                    with self._decided(decision):
                        self._items(g.questions, item, base + ".", item_ctx, label)
            finally:
                self.given_item = given

    # --- review rows ----------------------------------------------------------------------

    def _label(self, q: Q) -> str:
        return self.t(q.label or q.prompt, party="").rstrip(" ?")

    def format(self, q: Q, value: Any, ctx: Ctx, key: str) -> str:
        """An answer (at ``key``) as the review screen shows it."""
        lang = self.state.lang
        if q.presence:
            return self.t(YES) if isinstance(value, dict) else self.t(NO)
        if value is None:
            return "—"
        if q.kind == "confirm":
            return self.t(YES) if value else self.t(NO)
        if q.kind in ("select", "party", "checkbox"):
            titles = {ch.value: self.t(ch.title) for ch in self._choices(q, ctx, key)}
            if isinstance(value, list):
                return ", ".join(titles.get(v, str(v)) for v in value) or "—"
            return titles.get(value, str(value))
        if q.kind == "shares":
            return ", ".join(f"{s.get('party')} {num(s.get('percent', 0))}%" for s in value)
        if q.kind == "list":
            return "; ".join(_text_value(v, lang) for v in value)
        if q.kind == "money":
            return money_text(value, lang)
        if q.kind == "measure":
            return measure_text(value, lang)
        if q.kind == "target":
            return target_text(value, ctx.doc_lang)
        if q.kind == "date" and isinstance(value, str):
            try:
                return words.date(dt.date.fromisoformat(value), lang)
            except ValueError:
                return value
        return _text_value(value, lang)


def _text_value(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return " / ".join(str(v) for v in value.values() if v)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}".replace(",", "." if lang == "id" else ",")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 10000:
        return f"{value:,}".replace(",", "." if lang == "id" else ",")
    return str(value)
