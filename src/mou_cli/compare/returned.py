"""What came back: which differences NEW's tracked changes account for, and which were made
with tracking off; paragraphs moved from one place to another.

A DOCX that came back with tracked changes or comments knows, for each paragraph it changed,
what the paragraph said before (every change rejected). A difference is tracked when that
earlier text is OLD's; otherwise someone edited with tracking off, and the user should know.
"""

from __future__ import annotations

from dataclasses import replace

from mou_cli.compare.classify import key
from mou_cli.compare.shape import Change, Reason, Section
from mou_cli.draft import Draft
from mou_cli.messages import msg

MIN_MOVED_WORDS = 4  # a paragraph this short moved is not told apart from one added


def mark_tracked(sections: list[Section], new: Draft) -> None:
    """Set ``tracked`` on every change, when NEW came back with tracked changes or comments."""
    if not new.revisions:
        return
    before: dict[int, str] = {}
    for r in new.revisions:
        if r.kind != "comment" and r.original is not None and r.loc.para is not None:
            before.setdefault(r.loc.para, key(r.original))
    earlier = set(before.values())
    for s in sections:
        s.changes = [replace(c, tracked=_tracked(c, before, earlier)) for c in s.changes]


def _tracked(c: Change, before: dict[int, str], earlier: set[str]) -> bool:
    para = c.new_loc.para if c.new_loc else None
    if c.kind == "changed":
        return para in before and before[para] == key(c.old or "")
    if c.kind == "added":
        return para in before and before[para] == ""
    if c.kind == "removed":
        lines = [k for k in map(key, (c.old or "").split("\n")[1:] or [c.old or ""]) if k]
        return bool(lines) and all(k in earlier for k in lines)
    return para in before


def paragraph_moves(sections: list[Section]) -> None:
    """A paragraph removed in one place and added, word for word, in another (same language)
    is one paragraph moved."""
    gone: dict[tuple[str | None, str], list[tuple[Section, Change]]] = {}
    for s in sections:
        if s.status in ("added", "removed"):
            continue
        for c in s.changes:
            k = key(c.old or "")
            if c.kind == "removed" and len(k.split()) >= MIN_MOVED_WORDS:
                gone.setdefault((c.lang, k), []).append((s, c))
    if not gone:
        return
    for s in sections:
        if s.status in ("added", "removed"):
            continue
        for n, c in enumerate(s.changes):
            k = key(c.new or "")
            if c.kind != "added" or not gone.get((c.lang, k)):
                continue
            source, was = gone[(c.lang, k)].pop(0)
            source.changes.remove(was)
            s.changes[n] = _moved(was, c, s.part)


def _moved(was: Change, now: Change, part: str) -> Change:
    a = (was.old_loc.article if was.old_loc else None) or part
    b = (now.new_loc.article if now.new_loc else None) or part
    if a == b:
        said = msg(f"urutan paragraf diubah ({a})", f"paragraph moved within {a}")
    else:
        said = msg(f"paragraf dipindahkan: {a} -> {b}", f"paragraph moved: {a} -> {b}")
    why = Reason("moved", said, a, b)
    return Change("moved", "moved", (why,), now.lang, was.old, now.new, was.old_loc, now.new_loc)
