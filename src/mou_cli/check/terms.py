"""Defined terms: where a draft defines them and where it uses them, per language.

A definition is a quoted term with a defining cue ("Confidential Information" means ...,
(the "Programme"), selanjutnya disebut "Program", "Informasi Rahasia" adalah ...), an
unquoted "selanjutnya disebut PIHAK PERTAMA", or an entry of a definitions article
("Informasi Rahasia adalah ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mou_cli.check.draft import Chunk, Draft
from mou_cli.check.sections import articles_for
from mou_cli.check.text import PIHAK_LABEL, lang_of, per_draft

_Q = r"[\"“”]"
_TERM = r"[^\"“”\n]{2,60}?"
_DEFS = [
    re.compile(
        rf"{_Q}(?P<t>{_TERM}){_Q}\s*(?:means|shall mean|has the meaning|refers to|includes"
        rf"|adalah|berarti|yaitu|ialah|merupakan|mempunyai arti)\b"
    ),
    re.compile(
        rf"\((?:the |an? |hereinafter(?: referred to as| called)?\s+(?:the )?|selanjutnya disebut"
        rf"(?: sebagai)?\s+)?{_Q}(?P<t>{_TERM}){_Q}\)"
    ),
    re.compile(
        rf"(?:hereinafter (?:referred to as|called)|(?:together|collectively|jointly)"
        rf" (?:referred to as|called|are|the)|(?:each|individually) (?:a|is a|referred to as)"
        rf"|(?:is|are|as) (?:a|an|the))\s+{_Q}(?P<t>{_TERM}){_Q}"
    ),
    re.compile(
        r"(?:selanjutnya (?:cukup )?disebut(?: sebagai)?|secara bersama-sama disebut"
        r"|masing-masing disebut|hereinafter (?:referred to as|called))\s+"
        rf"(?P<u>PARA PIHAK|{PIHAK_LABEL}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,3}})"
    ),
]
_ENTRY = re.compile(
    rf"^\s*(?:[a-z0-9]{{1,3}}[.)]\s+|\(\w{{1,3}}\)\s+)?{_Q}?(?P<t>[A-Z][\w /-]{{1,50}}?){_Q}?"
    rf"\s*(?:adalah|berarti|yaitu|ialah|means|shall mean|refers to)\b"
)


@dataclass(frozen=True)
class Definition:
    term: str
    chunk: Chunk
    start: int
    end: int
    lang: str | None


def _clean(term: str) -> str:
    term = re.sub(r"^(the|a|an)\s+", "", term.strip(" ,.;:"), flags=re.IGNORECASE)
    return term.strip()


@per_draft
def definitions(draft: Draft) -> list[Definition]:
    """Every definition in reading order."""
    out: list[Definition] = []
    entries = {id(c) for a in articles_for(draft, "definitions") for c in a.body}
    for chunk in draft.chunks:
        if chunk.in_signature or chunk.kind in ("title", "heading"):
            continue
        lang = lang_of(chunk, draft)
        taken: list[tuple[int, int]] = []
        pats = [*_DEFS, _ENTRY] if id(chunk) in entries else _DEFS
        for pat in pats:
            for m in pat.finditer(chunk.text):
                key = "t" if m.groupdict().get("t") else "u"
                s, e = m.span(key)
                if any(s < b and a < e for a, b in taken):
                    continue
                term = _clean(m[key])
                if len(term) >= 2 and term[0].isupper():
                    taken.append((s, e))
                    out.append(Definition(term, chunk, s, e, lang))
    return out


@per_draft
def _texts(draft: Draft) -> dict[str | None, str]:
    """The draft's text per language (chunks of unknown language go into every language)."""
    out: dict[str | None, list[str]] = {}
    unknown = [c.text for c in draft.chunks if lang_of(c, draft) is None]
    for c in draft.chunks:
        out.setdefault(lang_of(c, draft), []).append(c.text)
    return {k: "\n".join(v + (unknown if k else [])) for k, v in out.items()}


def count_uses(draft: Draft, term: str, lang: str | None) -> int:
    """Uses of ``term`` (plural and possessive too) in ``lang``, its definition included."""
    stem = (
        re.escape(term[:-1]) + "(?:y|ies)" if term.endswith("y") else re.escape(term) + "(?:s|es)?"
    )
    pat = re.compile(rf"(?<![\w-]){stem}(?:'s|’s)?(?![\w-])(?! (?:BELAS|PULUH)\b)")
    return len(pat.findall(_texts(draft).get(lang, "")))
