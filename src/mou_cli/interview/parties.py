"""Keeping references to parties right when the parties change on the review screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mou_cli.interview.spec import Ctx, del_path, get_path, set_path

if TYPE_CHECKING:
    from mou_cli.interview.walk import State

SHARE_KEYS = ("financial.profit_sharing.shares", "financial.cost_shares")


def reconcile(state: State, before: list[tuple[dict, Any]]) -> None:
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
        state.done -= {"ip.foreground_owner", "personal_data.controller"}
    if removed or added:
        state.done -= set(SHARE_KEYS)


def rename_party(data: dict[str, Any], old: str, new: str) -> None:
    """Follow a changed short name everywhere it is referenced."""
    for ref in _party_refs(data):
        if ref[0].get(ref[1]) == old:
            ref[0][ref[1]] = new


def drop_party(data: dict[str, Any], name: str) -> None:
    """Remove a deleted party's role, shares and ownerships."""
    if isinstance(data.get("roles"), list):
        data["roles"] = [r for r in data["roles"] if r.get("party") != name]
    for path in SHARE_KEYS:
        shares = get_path(data, path)
        if isinstance(shares, list):
            set_path(data, path, [s for s in shares if s.get("party") != name])
    for path in ("ip.foreground_owner", "personal_data.controller"):
        if get_path(data, path) == name:
            del_path(data, path)


def _party_refs(data: dict[str, Any]) -> list[tuple[dict, str]]:
    refs: list[tuple[dict, str]] = []
    for r in data.get("roles") or []:
        if isinstance(r, dict):
            refs.append((r, "party"))
    for path in SHARE_KEYS:
        for s in get_path(data, path) or []:
            if isinstance(s, dict):
                refs.append((s, "party"))
    for path in ("ip", "personal_data"):
        section = data.get(path)
        if isinstance(section, dict):
            refs.append((section, "foreground_owner" if path == "ip" else "controller"))
    return refs
