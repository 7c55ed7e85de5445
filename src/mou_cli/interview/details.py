"""Details offered, not imposed: a ``Details`` is one prompt listing its questions with the
value each would take (found by a dry run on a copy of the answers, as if Enter were pressed
at every prompt); the user ticks what to change. Then its questions are walked in order: a
ticked one is asked, the others take the value shown (``filling``). Questions a change brings
(the arbitration institution, once arbitration is chosen) are offered the same way, in a
second list, until nothing new comes.

The decision is kept with the answers (``_interview.details``), so a resumed interview
goes on as it would have.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from mou_cli.interview.asking import Prompt
from mou_cli.interview.asking_several import AskingSeveral
from mou_cli.interview.spec import Details, Group, Q
from mou_cli.interview.state import Ctx, State, get_path
from mou_cli.messages import msg

if TYPE_CHECKING:
    from mou_cli.interview.walk import Row

Entry = tuple[str, str, str]  # (key, label, value shown)
ASK, FILL, SKIP = "ask", "fill", "skip"
MORE = msg("(yang baru, karena jawaban Anda)", "(new, from your answer)")
SHOWN = 70  # characters of a value shown in the list


class DetailsWalk(AskingSeveral):
    """The walker's handling of ``Details`` (see ``walk.Walker``)."""

    mode: str
    rows: list[Row]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.skipping = False  # leave unanswered questions for the next offer
        self.policy: Callable[[str], str] | None = None  # per-party items: ASK, FILL or SKIP

    def _items(
        self, items: Any, item: dict[str, Any], prefix: str, ctx: Ctx, label: str = ""
    ) -> None:
        raise NotImplementedError

    def _details(self, d: Details, item: dict[str, Any], prefix: str, ctx: Ctx, label: str) -> None:
        key = f"{prefix}{d.id}?"
        if self.mode == "mark":
            self.state.done.add(key)
        if self.mode != "ask":
            self._items(d.items, item, prefix, ctx, label)
            return
        record = self._records().setdefault(key, {"listed": [], "ticked": []})
        while True:
            listed = set(record["listed"])
            decide = partial(self._decision, listed, set(record["ticked"]))
            for entry in d.items:
                if isinstance(entry, Group) and entry.per_party:
                    with self._policy(decide):
                        self._items((entry,), item, prefix, ctx, label)
                    continue
                with self._decided(decide(prefix + entry.path)):
                    self._items((entry,), item, prefix, ctx, label)
            entries = [e for e in self._preview(d, item, prefix, ctx) if e[0] not in listed]
            if not entries:
                break
            chosen: list[str] = []
            if not self.filling:
                message = self.t(d.prompt)
                if record["listed"]:  # a change brought these: offered the same way
                    message = f"{message} {self.t(MORE)}"
                chosen = self._prompt(
                    Prompt(
                        key,
                        "details",
                        f"{label} · {message}" if label else message,
                        choices=[(k, f"{name}: {_cut(value)}") for k, name, value in entries],
                        default=[],
                    )
                )
            record["listed"] += [k for k, _, _ in entries]
            record["ticked"] += list(chosen)
            self._answered(key)
        if key not in self.state.done:
            self._answered(key)

    def _decision(self, listed: set[str], ticked: set[str], key: str) -> str:
        """Ask what was ticked, fill what was shown, leave what is new for the next offer."""
        if self.filling or (key in listed and key not in ticked):
            return FILL
        return ASK if key in ticked else SKIP

    @contextmanager
    def _decided(self, decision: str) -> Iterator[None]:
        """Walk as ``decision`` says: ask, fill (take what Enter would) or skip (not yet)."""
        before = self.filling, self.skipping
        self.filling, self.skipping = decision == FILL, decision == SKIP
        try:
            yield
        finally:
            self.filling, self.skipping = before

    @contextmanager
    def _policy(self, decide: Callable[[str], str]) -> Iterator[None]:
        before, self.policy = self.policy, decide
        try:
            yield
        finally:
            self.policy = before

    def _records(self) -> dict[str, Any]:
        return self._note("details", dict)

    def _note(self, name: str, kind: type) -> Any:
        """An interview note kept with the answers (``_interview.details``...)."""
        notes = self.state.data.setdefault("_interview", {})
        found = notes.get(name)
        if not isinstance(found, kind):
            found = notes[name] = kind()
        return found

    def filled(self) -> list[str]:
        """The keys whose answer was filled in (a default, a suggestion), not chosen."""
        found: list[str] = self._note("filled", list)
        return found

    def _note_filled(self, key: str) -> None:
        filled = self.filled()
        if not self.typed and key not in filled:
            filled.append(key)
        elif self.typed and key in filled:
            filled.remove(key)

    def _preview(self, d: Details, item: dict[str, Any], prefix: str, ctx: Ctx) -> list[Entry]:
        """What each question of ``d`` not answered yet would take: a dry run on a copy."""
        data = copy.deepcopy(self.state.data)
        shadow = type(self)(State(data, set(self.state.done), self.state.ui_lang))
        inner = get_path(data, prefix[:-1]) if prefix else data
        here = shadow._ctx(item=inner if prefix else {}, index=ctx.index, party=ctx.party)
        shadow.mode, shadow.filling = "fill", True
        shadow._items(d.items, inner, prefix, here)
        shadow.mode, shadow.filling, shadow.rows = "show", False, []
        shadow._items(d.items, inner, prefix, here)
        rows = [r for r in shadow.rows if not r.action]
        done = self.state.done
        out: list[Entry] = []
        for entry in d.items:
            k = prefix + entry.path
            if isinstance(entry, Q):
                out += [(r.key, r.label, r.value) for r in rows if r.key == k and k not in done]
            elif entry.per_party:
                for p in here.short_names:
                    at = f"{k}[{p}]"
                    if not any(x.startswith(at + ".") for x in done):
                        name = self.t(entry.item, party=p, n="")
                        inner = [r for r in rows if r.item.split(" · ")[0] == name]
                        out.append((at, name, _joined(inner)))
            elif f"{k}[0].{_lead(entry)}" not in done and self._applies(entry, here):
                mine = [r for r in rows if r.key.startswith(k + "[")]
                name = re.sub(r"\s*\{n\}\s*", " ", self.t(entry.item, n="{n}")).strip()
                out.append((k, name, _joined(mine)))
        return out

    @staticmethod
    def _applies(g: Group, ctx: Ctx) -> bool:
        return g.when is None or g.when(ctx)

    def _renumber(self, path: str, removed: int) -> None:
        """Keys of the items after ``removed`` in the list at ``path`` move up one; the removed
        item's keys go."""
        pattern = re.compile(rf"^{re.escape(path)}\[(\d+)\]")

        def moved(key: str) -> str | None:
            m = pattern.match(key)
            if not m:
                return key
            n = int(m.group(1))
            if n == removed:
                return None
            return f"{path}[{n - 1 if n > removed else n}]{key[m.end() :]}"

        self.state.done = {k2 for k in self.state.done if (k2 := moved(k)) is not None}
        self.filled()[:] = [k2 for k in self.filled() if (k2 := moved(k)) is not None]
        records = self._records()
        for k in list(records):
            new = moved(k)
            value = records.pop(k)
            if new is not None:
                records[new] = value


def _lead(g: Group) -> str:
    lead = g.questions[0]
    assert isinstance(lead, Q), g.path
    return lead.path


def _joined(rows: list[Row]) -> str:
    """Rows as one value: the answers of each item, items apart."""
    by_item: dict[str, list[str]] = {}
    for r in rows:
        if not r.empty:
            by_item.setdefault(r.item, []).append(r.value)
    return " | ".join(" · ".join(v) for v in by_item.values()) or "—"


def _cut(text: str) -> str:
    return text if len(text) <= SHOWN else text[: SHOWN - 1].rstrip() + "…"
