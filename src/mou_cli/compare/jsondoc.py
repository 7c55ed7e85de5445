"""``--format json``: the comparison as a stable, documented document (docs/compare-json.md,
JSON Schema in ``compare/schema.json``), version 1. Within a version, fields are only ever
added, never renamed or removed."""

from __future__ import annotations

import json
from typing import Any

from mou_cli import __version__
from mou_cli.compare.shape import Change, Comparison, Heading, Section, Style, say
from mou_cli.draft import Draft, Loc, Revision

SCHEMA_VERSION = 1


def render(found: Comparison, style: Style) -> str:
    doc = document(found, style)
    if style.json_text is None:
        return json.dumps(doc, ensure_ascii=True, indent=2, default=str) + "\n"
    return style.json_text(json.dumps(doc, ensure_ascii=False, indent=2, default=str)) + "\n"


def _side(d: Draft) -> dict[str, Any]:
    tracked = sum(1 for r in d.revisions if r.kind != "comment")
    return {
        "path": d.path,
        "format": d.source_format,
        "langs": list(d.langs),
        "bilingual": d.bilingual,
        "articles": len(d.articles),
        "answers": d.answers is not None,
        "tracked_changes": tracked,
        "comments": len(d.revisions) - tracked,
    }


def _loc(text: str | None, loc: Loc | None) -> dict[str, Any] | None:
    if text is None and loc is None:
        return None
    loc = loc or Loc()
    return {"text": text, "line": loc.line, "para": loc.para, "page": loc.page,
            "article": loc.article}  # fmt: skip


def _heading(h: Heading | None) -> dict[str, Any] | None:
    return None if h is None else {"label": h.label, "number": h.number, "title": h.title}


def _change(n: int, c: Change, lang: str) -> dict[str, Any]:
    return {
        "id": f"C{n}",
        "class": c.cls,
        "kind": c.kind,
        "lang": c.lang,
        "reasons": [
            {"code": r.code, "message": say(r.message, lang), "old": r.old, "new": r.new}
            for r in c.reasons
        ],
        "old": _loc(c.old, c.old_loc),
        "new": _loc(c.new, c.new_loc),
        "diff": [{"op": p.kind, "text": p.text} for p in c.pieces],
        "tracked": c.tracked,
    }


def _revision(r: Revision) -> dict[str, Any]:
    return {"kind": r.kind, "author": r.author, "date": r.date, "text": r.text,
            "article": r.loc.article, "para": r.loc.para}  # fmt: skip


def document(found: Comparison, style: Style) -> dict[str, Any]:
    """The `mou compare` document, schema version 1."""
    n = 0
    sections: list[dict[str, Any]] = []
    for s in found.sections:
        if not s.changes and s.status == "same":
            continue
        changes = []
        for c in s.changes:
            n += 1
            changes.append(_change(n, c, style.lang))
        sections.append(_section(s, changes))
    tracking = any(c.tracked is not None for c in found.changes)
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "mou", "version": __version__},
        "old": _side(found.old),
        "new": _side(found.new),
        "langs": list(found.langs),
        "message_lang": style.lang,
        "sections": sections,
        "answers": None
        if found.answers is None
        else [
            {"path": a.path, "change": a.kind, "old": a.old, "new": a.new} for a in found.answers
        ],
        "revisions": {
            "old": [_revision(r) for r in found.old.revisions],
            "new": [_revision(r) for r in found.new.revisions],
        },
        "summary": {
            "substantive": found.count("substantive"),
            "moved": found.count("moved"),
            "cosmetic": found.count("cosmetic"),
            "answers_changed": None if found.answers is None else len(found.answers),
            "untracked_edits": len(found.untracked) if tracking else None,
            "strict": style.strict,
            "exit_code": found.exit_code(strict=style.strict),
        },
    }


def _section(s: Section, changes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "key": s.key,
        "part": s.part,
        "status": s.status,
        "old": _heading(s.old),
        "new": _heading(s.new),
        "changes": changes,
    }
