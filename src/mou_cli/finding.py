"""Findings: what a rule reports, one shape for `mou check` and `mou clauses lint`.

A ``Rule`` describes a rule (id, name, default severity, summary, documentation); a ``Finding``
is one problem a rule found in one file, its message and hint in both languages; a
``FileResult`` is what checking one file gave. ``find_rule`` is the one lookup of a rule by id,
short id or name, and ``exit_code`` turns results into the exit code of a run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from mou_cli.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE
from mou_cli.messages import Msg

SEVERITIES = ("error", "warning", "info")
RANK = {s: i for i, s in enumerate(reversed(SEVERITIES))}  # info 0, warning 1, error 2
# A rule's documentation, in ruff's shape: these sections, in this order.
DOC_SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")
ID_PREFIX = "MOU-"  # of `mou check` rule ids; clause lint codes (CL204) have none


@dataclass(frozen=True)
class Rule:
    """What a rule is: its id (``MOU-K002``, ``CL204``), name, default severity and docs."""

    id: str
    name: str  # lower-case-with-dashes: number-words-mismatch
    severity: str  # the default; configuration may change it
    summary: str  # one sentence
    doc: str  # Markdown: DOC_SECTIONS in order
    category: str  # completeness, consistency, ..., runner; metadata, template, rendering

    @property
    def short_id(self) -> str:
        """The id without ``MOU-``: ``K002``; a clause lint code is its own short id."""
        return short_id(self.id)


def short_id(rule_id: str) -> str:
    """``MOU-K002`` -> ``K002`` (any case in, upper case out); ``CL204`` stays ``CL204``."""
    up = rule_id.strip().upper()
    return up.removeprefix(ID_PREFIX)


R = TypeVar("R", bound=Rule)


def find_rule(rules: Mapping[str, R] | Iterable[R], key: str) -> R | None:
    """The rule ``key`` names: its id (``MOU-K002``), short id (``K002``, ``CL204``) or name
    (``number-words-mismatch``), case ignored; None when no rule matches."""
    wanted = key.strip()
    short, name = short_id(wanted), wanted.lower()
    found = rules.values() if isinstance(rules, Mapping) else rules
    for rule in found:
        if rule.short_id == short or rule.name == name:
            return rule
    return None


def pick(message: Msg, lang: str) -> str:
    """``message`` in ``lang`` (``id`` or ``en``), else in whichever language it has."""
    text = message["id"] if lang == "id" else message["en"]
    return text or message["en"] or message["id"]


@dataclass(frozen=True)
class Finding:
    """One problem in one file: where, which rule, and what to say in either language.

    ``msg`` and ``hint_msg`` hold both languages; ``message`` and ``hint`` are the texts in
    ``lang``, the language this finding is reported in. Clause lint findings are in English
    only (both languages hold the English text) and have a column.
    """

    file: str
    rule: str  # the rule's id: MOU-K002, CL204
    name: str  # the rule's name
    severity: str  # after configuration: error | warning | info
    msg: Msg = field(hash=False)  # what is wrong
    hint_msg: Msg | None = field(default=None, hash=False)  # what to do
    quote: str = ""  # the text concerned, short
    line: int | None = None  # 1-based line (Markdown, text, clause files)
    para: int | None = None  # 1-based paragraph number (DOCX)
    page: int | None = None  # 1-based page (PDF)
    article: str | None = None  # the nearest article heading as written
    category: str = ""  # the rule's category
    col: int | None = None  # 1-based column, when known
    lang: str = "en"  # the language it is reported in

    @property
    def message(self) -> str:
        return pick(self.msg, self.lang)

    @property
    def hint(self) -> str:
        return pick(self.hint_msg, self.lang) if self.hint_msg else ""


@dataclass
class FileResult:
    """What checking one file gave: its findings, or why it could not be read, and what was
    learned of it on the way (format, languages, articles)."""

    path: str
    format: str | None = None  # md | txt | docx; None when unreadable
    langs: tuple[str, ...] = ()
    bilingual: bool = False
    articles: int = 0
    answers: bool = False  # the file carries the answers it was generated from
    message_lang: str = "en"
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


def counts(results: Sequence[FileResult]) -> dict[str, int]:
    """Findings by severity over ``results``: ``{"error": n, "warning": n, "info": n}``."""
    out = dict.fromkeys(SEVERITIES, 0)
    for r in results:
        for f in r.findings:
            out[f.severity] += 1
    return out


def exit_code(results: Sequence[FileResult], fail_on: str) -> int:
    """2 if any file was unreadable, 1 if any finding is at or above ``fail_on``, else 0."""
    if any(r.error for r in results):
        return EXIT_USAGE
    floor = RANK[fail_on]
    if any(RANK[f.severity] >= floor for r in results for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK
