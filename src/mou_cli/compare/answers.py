"""The answers embedded in two drafts, field by field: what changed between them."""

from __future__ import annotations

from typing import Any

from mou_cli.compare.shape import AnswerChange

MAX_FIELDS = 20_000  # leaves read from one side's answers at most (they are bounded already)


def flatten(value: Any, prefix: str = "", out: dict[str, Any] | None = None) -> dict[str, Any]:
    """Dotted path -> value for every leaf: ``parties.0.name``; an empty list or mapping is a
    leaf of its own."""
    out = {} if out is None else out
    if len(out) >= MAX_FIELDS:
        return out
    if isinstance(value, dict) and value:
        for k, v in value.items():
            flatten(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(value, list) and value:
        for i, v in enumerate(value):
            flatten(v, f"{prefix}.{i}" if prefix else str(i), out)
    else:
        out[prefix] = value
    return out


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[AnswerChange]:
    """The fields whose value differs, was added or removed, in NEW's order (then OLD's)."""
    a, b = flatten(old), flatten(new)
    out = [AnswerChange(k, a.get(k), v) for k, v in b.items() if a.get(k) != v]
    out += [AnswerChange(k, v, None) for k, v in a.items() if k not in b and v is not None]
    return out
