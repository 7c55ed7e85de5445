"""What `mou compare` found: changes grouped by article, with their class and reasons.

Pure data, made by :func:`mou_cli.compare.compare` and read by the output formats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from mou_cli.draft import Draft, Loc, Revision
from mou_cli.messages import Msg
from mou_cli.textdiff import Piece

Class = Literal["substantive", "cosmetic", "moved"]
CLASSES: tuple[Class, ...] = ("substantive", "moved", "cosmetic")
# what happened to a paragraph, a heading or a whole article
Kind = Literal[
    "changed", "added", "removed", "moved", "renumbered", "retitled", "one-language", "language"
]


def say(message: Msg, lang: str) -> str:
    """A bilingual message in ``lang`` (id | en)."""
    return message["en"] if lang == "en" else message["id"]


@dataclass(frozen=True)
class Reason:
    """Why a change has its class: ``code`` names what changed (amount, date, number, percent,
    party, obligation, negation, term, forum, law, reference, text, punctuation, case, spacing,
    numbering, moved, language), ``old`` and ``new`` the values as written."""

    code: str
    message: Msg
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True)
class Change:
    """One difference: a paragraph changed, added, removed or moved, or an article heading."""

    cls: Class
    kind: Kind
    reasons: tuple[Reason, ...]
    lang: str | None = None
    old: str | None = None  # the text in OLD (None: not there)
    new: str | None = None  # the text in NEW
    old_loc: Loc | None = None
    new_loc: Loc | None = None
    pieces: tuple[Piece, ...] = ()  # word differences, for a changed paragraph
    # NEW came back with tracked changes: True when they account for this change, False when
    # it was made with tracking off; None when NEW cannot track changes or has none at all
    tracked: bool | None = None


@dataclass(frozen=True)
class Heading:
    """An article's heading on one side: the labels as written ("Pasal 5 / Article 5")."""

    label: str
    number: int | None
    title: str


@dataclass
class Section:
    """A part of the agreement and its changes: the title block, the opening (parties), the
    recitals, one article (both language columns of a bilingual draft), the closing
    (signatures) or an annex."""

    key: str  # "title", "front", "recitals", "closing", "annex", "article <old>:<new>"
    part: str  # title | front | recitals | article | closing | annex
    old: Heading | None = None
    new: Heading | None = None
    changes: list[Change] = field(default_factory=list)
    moved: bool = False  # the article's place among the others changed

    @property
    def status(self) -> str:
        """same | changed | added | removed | moved | renumbered."""
        if self.part == "article" and self.old is None:
            return "added"
        if self.part == "article" and self.new is None:
            return "removed"
        if self.moved:
            return "moved"
        if not self.changes:
            return "same"
        if all(c.kind == "renumbered" for c in self.changes):
            return "renumbered"
        return "changed"


@dataclass(frozen=True)
class AnswerChange:
    """A field of the embedded answers that differs: its dotted path, old and new value."""

    path: str
    old: Any
    new: Any

    @property
    def kind(self) -> str:
        return "added" if self.old is None else "removed" if self.new is None else "changed"


@dataclass
class Comparison:
    """Everything `mou compare` reports about OLD and NEW."""

    old: Draft
    new: Draft
    sections: list[Section]
    langs: tuple[str, ...]  # the languages compared (those of both drafts)
    answers: list[AnswerChange] | None = None  # None: not both drafts carry answers
    refs: dict[int, int] = field(default_factory=dict)  # OLD's article numbers -> NEW's

    @property
    def changes(self) -> list[Change]:
        return [c for s in self.sections for c in s.changes]

    def count(self, cls: Class) -> int:
        return sum(1 for c in self.changes if c.cls == cls)

    @property
    def untracked(self) -> list[Change]:
        """Changes NEW's tracked changes do not account for (NEW came back tracked)."""
        return [c for c in self.changes if c.tracked is False]

    def revisions(self, side: Literal["old", "new"]) -> list[Revision]:
        draft = self.old if side == "old" else self.new
        return draft.revisions

    def exit_code(self, *, strict: bool = False) -> int:
        """0: nothing in substance differs (with ``strict``: nothing at all); 1: differences.
        A moved article or paragraph is a difference: its place may change what it governs."""
        if self.count("substantive") or self.count("moved") or self.answers:
            return 1
        return 1 if strict and self.changes else 0


@dataclass(frozen=True)
class Style:
    """``lang``: the language of the words around the drafts' text (id | en); ``color`` only on
    a terminal; ``strict``: cosmetic differences count (exit 1). ``visible`` writes control
    characters as visible escapes (text); ``json_text`` escapes JSON output the same way
    (None: every non-ASCII character is escaped); ``artifact`` gives a path's SARIF
    artifactLocation (None: a file URI). The command passes `mou check`'s escaping
    (``mou_cli.report.safe``) and SARIF locations, so every format escapes alike."""

    visible: Callable[[str], str]
    lang: str = "en"
    color: bool = False
    strict: bool = False
    json_text: Callable[[str], str] | None = None
    artifact: Callable[[str], dict[str, str]] | None = None
