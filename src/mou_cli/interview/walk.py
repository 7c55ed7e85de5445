"""Walking the questions of a topic in order: ask what is not answered yet, or mark or list what
is; groups of repeated items, one item per party, and the rows of the review screen.

Every question asked has a key (``parties[1].address``, ``roles[UGM].responsibilities``);
the set of answered keys is what makes an interview resumable. Asking one question is the
part of ``asking.py`` and ``asking_several.py``, so nothing here touches the terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mou_cli.interview.asking import Asker
from mou_cli.interview.asking_several import AskingSeveral, num
from mou_cli.interview.parties import reconcile
from mou_cli.interview.spec import DELETE, Group, Q, Topic
from mou_cli.interview.state import Ctx, State, del_path, get_path, set_path
from mou_cli.messages import msg

Row = tuple[str, str]  # (label, value) on the review screen

YES, NO = msg("Ya", "Yes"), msg("Tidak", "No")


class Walker(AskingSeveral):
    """Visits the questions of some topics in one of four modes.

    ``ask``: ask what is not answered yet (a fresh or resumed interview); ``redo``: ask
    everything again, answers pre-filled (changing a topic); ``mark``: record every applicable
    question as answered (an answers file opened for editing); ``show``: collect review rows.
    """

    def __init__(
        self, state: State, asker: Asker | None = None, on_answer: Callable[[], None] = lambda: None
    ) -> None:
        super().__init__(state, asker, on_answer)
        self.rows: list[Row] = []

    def run(self, topic: Topic, mode: str = "ask") -> list[Row]:
        self.mode, self.rows = mode, []
        before = [(p, p.get("short_name")) for p in self._ctx().parties]
        self._title = self.t(topic.title)
        self._items(topic.items, self.state.data, "", self._ctx())
        if mode in ("ask", "redo") and topic.id == "parties":
            reconcile(self.state, before)
            self.on_answer()
        return self.rows

    # --- traversal ------------------------------------------------------------------------

    def _items(
        self,
        items: tuple[Q | Group, ...],
        item: dict[str, Any],
        prefix: str,
        ctx: Ctx,
        label: str = "",
    ) -> None:
        for entry in items:
            if isinstance(entry, Group):
                self._group(entry, item, prefix, ctx, label)
            else:
                self._question(entry, item, prefix + entry.path, ctx, label)

    def _question(self, q: Q, item: dict[str, Any], key: str, ctx: Ctx, label: str) -> None:
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
                self.rows.append((self._label(q), self.format(q, value, ctx, key)))
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

    def _group(
        self, g: Group, parent: dict[str, Any], prefix: str, ctx: Ctx, outer: str = ""
    ) -> None:
        if g.when is not None and not g.when(ctx):
            return
        if g.per_party:
            return self._per_party(g, parent, prefix, ctx)
        items = get_path(parent, g.path)
        if not isinstance(items, list):
            items = []
        lead, rest = g.questions[0], g.questions[1:]
        assert isinstance(lead, Q), g.path  # a group is led by a question
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

    def _per_party(self, g: Group, parent: dict[str, Any], prefix: str, ctx: Ctx) -> None:
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
        return _text_value(value, lang)


def _text_value(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return " / ".join(str(v) for v in value.values() if v)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}".replace(",", "." if lang == "id" else ",")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 10000:
        return f"{value:,}".replace(",", "." if lang == "id" else ",")
    return str(value)
