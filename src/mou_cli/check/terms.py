"""Defined terms: where a draft defines them and where it uses them, per language.

A definition is a quoted term with a defining cue ("Confidential Information" means ...,
(the "Programme"), selanjutnya disebut "Program", "Informasi Rahasia" adalah ...), an
unquoted "selanjutnya disebut PIHAK PERTAMA", or an entry of a definitions article
("Informasi Rahasia adalah ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mou_cli.check.sections import articles_for
from mou_cli.check.text import PIHAK_LABEL, lang_of, per_draft
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy

_Q = r"[\"“”]"
_TERM = r"[^\"“”\n]{2,60}?"
_DEFS = [
    lazy(
        rf"{_Q}(?P<t>{_TERM}){_Q}\s*(?:means|shall mean|has the meaning|refers to|includes"
        rf"|adalah|berarti|yaitu|ialah|merupakan|mempunyai arti)\b"
    ),
    lazy(
        rf"\((?:the |an? |hereinafter(?: referred to as| called)?\s+(?:the )?|selanjutnya disebut"
        rf"(?: sebagai)?\s+)?{_Q}(?P<t>{_TERM}){_Q}\)"
    ),
    lazy(
        rf"(?:hereinafter (?:referred to as|called)|(?:together|collectively|jointly)"
        rf" (?:referred to as|called|are|the)|(?:each|individually) (?:a|is a|referred to as)"
        rf"|(?:is|are|as) (?:a|an|the))\s+{_Q}(?P<t>{_TERM}){_Q}"
    ),
    lazy(
        r"(?:selanjutnya (?:cukup )?disebut(?: sebagai)?|secara bersama-sama disebut"
        r"|masing-masing disebut|hereinafter (?:referred to as|called))\s+"
        rf"(?P<u>PARA PIHAK|{PIHAK_LABEL}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,3}})"
    ),
]
_ENTRY = lazy(
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
        text = chunk.text
        # the first three forms quote the term; the fourth follows "disebut" / "hereinafter"
        quoted = '"' in text or "“" in text or "”" in text
        named = "disebut" in text or "hereinafter" in text
        taken: list[tuple[int, int]] = []
        pats = [*_DEFS, _ENTRY] if id(chunk) in entries else _DEFS
        for k, pat in enumerate(pats):
            if (k < 3 and not quoted) or (k == 3 and not named):
                continue
            for m in pat.finditer(text):
                key = "t" if m.groupdict().get("t") else "u"
                s, e = m.span(key)
                if any(s < b and a < e for a, b in taken):
                    continue
                term = _clean(m[key])
                if len(term) >= 2 and term[0].isupper():
                    taken.append((s, e))
                    out.append(Definition(term, chunk, s, e, lang_of(chunk, draft)))
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
    return count_term(_texts(draft).get(lang, ""), term)


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"  # regex [\w-]


def count_term(text: str, term: str) -> int:
    r"""How many times ``term`` stands as a word in ``text``: the matches, left to right and not
    overlapping, of ``(?<![\w-])STEM(?:'s|’s)?(?![\w-])(?! (?:BELAS|PULUH)\b)`` where STEM is
    ``term`` with an optional ``s``/``es`` (``y``/``ies`` for a term ending in y). Found with
    ``str.find`` rather than a regular expression compiled for every term."""
    base, endings = (term[:-1], ("y", "ies")) if term.endswith("y") else (term, ("s", "es", ""))
    n, pos, size = 0, 0, len(text)
    while (i := text.find(base, pos)) >= 0:
        end = _use_end(text, i, i + len(base), endings, size)
        if end is None:
            pos = i + 1
        else:
            n, pos = n + 1, end
    return n


def _use_end(text: str, start: int, after: int, endings: tuple[str, ...], size: int) -> int | None:
    if start and _wordish(text[start - 1]):
        return None
    for ending in endings:
        if not text.startswith(ending, after):
            continue
        stem_end = after + len(ending)
        for possessive in ("'s", "’s", ""):
            if not text.startswith(possessive, stem_end):
                continue
            end = stem_end + len(possessive)
            if end < size and _wordish(text[end]):
                continue
            if text.startswith((" BELAS", " PULUH"), end) and (
                end + 6 >= size or not _word(text[end + 6])
            ):
                continue
            return end
    return None


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # regex \w
