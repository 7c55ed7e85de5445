"""Keeping references to parties right when the parties change on the review screen.

Which answers fields name a party is declared once, in the model (``PARTY_REF_FIELDS``): a
renamed party is followed in each of them, a removed one is taken out of each.
"""

from __future__ import annotations

from typing import Any

from mou_cli.interview.questions import TOPICS
from mou_cli.interview.spec import Q, leaves
from mou_cli.interview.state import Ctx, State, del_path, get_path
from mou_cli.model import PARTY_REF_FIELDS, ref_slots

# The questions asking a percentage per party: asked again when the set of parties changes.
SHARE_KEYS = tuple(
    q.path for t in TOPICS for q in leaves(t.items) if isinstance(q, Q) and q.kind == "shares"
)
# The references that are a field of their own (not inside a list item): asked again when
# the party they name is removed.
FIELD_REFS = frozenset(f for f in PARTY_REF_FIELDS if "[]" not in f)


def reconcile(state: State, before: list[tuple[dict[str, Any], Any]]) -> None:
    """After the parties were edited: follow renamed parties, forget removed ones, and ask the
    shares again when the set of parties changed."""
    now = Ctx(state.data).parties
    renames = {old: p.get("short_name") for p, old in before if any(p is q for q in now)}
    renames = {old: new for old, new in renames.items() if old != new}
    removed = {old for p, old in before if not any(p is q for q in now)}
    added = any(not any(p is b for b, _ in before) for p in now)
    for old, new in renames.items():
        rename_party(state.data, old, new)
        state.done = {k.replace(f"[{old}]", f"[{new}]") for k in state.done}
    for name in removed:
        drop_party(state.data, name)
        state.done = {k for k in state.done if f"[{name}]" not in k}
        state.done -= FIELD_REFS
    if removed or added:
        state.done -= set(SHARE_KEYS)


def rename_party(data: dict[str, Any], old: Any, new: Any) -> None:
    """Follow a changed short name everywhere it is referenced."""
    for field in PARTY_REF_FIELDS:
        for _, holder, key in ref_slots(data, field):
            if isinstance(holder, dict) and holder.get(key) == old:
                holder[key] = new


def drop_party(data: dict[str, Any], name: Any) -> None:
    """Remove a deleted party's references: a list item naming it (its role, its shares) goes
    with it; a field naming it (the IP owner, the data controller) is removed."""
    for field in PARTY_REF_FIELDS:
        if "[]." not in field:
            if get_path(data, field) == name:
                del_path(data, field)
            continue
        list_field, inner = field.rsplit("[].", 1)
        for _, holder, key in ref_slots(data, list_field):
            items = holder.get(key) if isinstance(holder, dict) else None
            if isinstance(holder, dict) and isinstance(items, list):
                holder[key] = [
                    it for it in items if not (isinstance(it, dict) and get_path(it, inner) == name)
                ]
