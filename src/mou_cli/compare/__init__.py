"""`mou compare`: what changed between two versions of an agreement, and how much it matters.

``compare(old, new)`` takes two drafts as the readers of `mou check` make them and pairs their
parts (title block, opening, recitals, each article by number and title, closing, annexes), then
their paragraphs, then their words; each difference is classed substantive, cosmetic or moved,
with its reasons (:mod:`~mou_cli.compare.classify`). Bilingual drafts are compared column by
column and a change made in one column only is reported; answers embedded by `mou new` are
compared field by field; a DOCX that came back with tracked changes or comments says which
differences were tracked. ``FORMATS`` renders the result as text, JSON or SARIF, and ``notes``
gives the redline writer a comment for each substantive change.
"""

from __future__ import annotations

from collections.abc import Callable

from mou_cli.compare import answers as answers_diff
from mou_cli.compare import returned, signals
from mou_cli.compare.classify import Context, classify, describe
from mou_cli.compare.columns import LANG_NAMES
from mou_cli.compare.sections import sections as compare_sections
from mou_cli.compare.shape import Change, Comparison, Reason, Section, Style
from mou_cli.draft import Draft
from mou_cli.errors import DraftError
from mou_cli.messages import msg

MAX_TERMS = 500  # defined terms looked for in changed paragraphs at most


def _names(langs: tuple[str, ...]) -> str:
    return " and ".join(LANG_NAMES.get(lang, (lang, lang))[1] for lang in langs)


def languages(old: Draft, new: Draft) -> tuple[tuple[str, ...], list[Change]]:
    """The languages both drafts are in, and a change for a language column only one has.
    Two drafts with no language in common are not two versions of one agreement: a
    ``DraftError`` naming both."""
    a, b = old.langs, new.langs
    if not a or not b:
        return a or b, []
    common = tuple(lang for lang in b if lang in a)
    if not common:
        raise DraftError(
            f"{old.path} is in {_names(a)} but {new.path} is in {_names(b)}: compare two "
            "versions of one agreement in the same language"
        )
    out: list[Change] = []
    for lang, added in [
        *((x, True) for x in b if x not in a),
        *((x, False) for x in a if x not in b),
    ]:
        name_id, name_en = LANG_NAMES.get(lang, (lang, lang))
        what = msg(
            f"teks {name_id} {'ditambahkan' if added else 'dihapus'} (tidak dibandingkan)",
            f"the {name_en} text was {'added' if added else 'removed'} (not compared)",
        )
        reason = Reason("language", what, None if added else lang, lang if added else None)
        out.append(Change("substantive", "language", (reason,), lang))
    return common, out


def context(old: Draft, new: Draft) -> Context:
    """The parties' names (from the embedded answers and the opening) and the defined terms of
    both drafts."""
    parties: set[str] = set()
    terms: dict[str, None] = {}
    for draft in (old, new):
        for p in (draft.answers or {}).get("parties") or []:
            if isinstance(p, dict):
                parties.update(str(p[k]) for k in ("name", "short_name") if p.get(k))
        for c in draft.chunks:
            if c.part in ("title", "front"):
                parties.update(signals.companies(c.text))
            for t in signals.terms(c.text):
                if len(terms) < MAX_TERMS:
                    terms.setdefault(t)
    parties.discard("")
    return Context({}, frozenset(parties), frozenset(terms) - parties)


def compare(old: Draft, new: Draft) -> Comparison:
    """Everything that differs between OLD and NEW (see the module docstring)."""
    langs, language_changes = languages(old, new)
    found, ctx = compare_sections(old, new, langs, context(old, new))
    if language_changes:
        found.insert(0, Section("languages", "languages", changes=language_changes))
    returned.paragraph_moves(found)
    returned.mark_tracked(found, new)
    answer_changes = None
    if old.answers is not None and new.answers is not None:
        answer_changes = answers_diff.diff(old.answers, new.answers)
    return Comparison(old, new, found, langs, answer_changes, refs=ctx.refs)


def notes(found: Comparison, lang: str) -> Callable[[str, str], str | None]:
    """For the redline writer: a comment stating the class and reasons of a substantive change
    from one paragraph's old text to its new text (None when it is cosmetic, no change, or a
    paragraph added or removed whole, which the redline shows as such)."""
    base = context(found.old, found.new)
    ctx = Context(found.refs, base.parties, base.terms)

    def note(old_text: str, new_text: str) -> str | None:
        if old_text == new_text:
            return None
        if not old_text.strip() or not new_text.strip():
            return None  # a paragraph added or removed whole says so itself in the redline
        cls, reasons, _ = classify(old_text, new_text, ctx)
        return describe(cls, reasons, lang) if cls == "substantive" else None

    return note


def _text(found: Comparison, style: Style) -> str:
    from mou_cli.compare import text

    return text.render(found, style)


def _json(found: Comparison, style: Style) -> str:
    from mou_cli.compare import jsondoc

    return jsondoc.render(found, style)


def _sarif(found: Comparison, style: Style) -> str:
    from mou_cli.compare import sarif

    return sarif.render(found, style)


FORMATS: dict[str, Callable[[Comparison, Style], str]] = {
    "text": _text,
    "json": _json,
    "sarif": _sarif,
}


__all__ = ["FORMATS", "Comparison", "Style", "compare", "notes"]
