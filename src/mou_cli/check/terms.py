"""Defined terms: where a draft defines them and where it uses them, per language.

A definition is a quoted term with a defining cue before or after it: ``"X" means``, ``"X"
shall mean``, ``(the "X")``, ``(hereinafter "X")``, ``hereinafter referred to as "X"``,
``individually a "Party" and collectively the "Parties"``, ``"X" or "Y" means``, ``selanjutnya
disebut "X"``, ``"X" adalah``; an unquoted ``yang selanjutnya disebut PIHAK PERTAMA``; or an
entry of a list of definitions (``Informasi Rahasia adalah ...``, ``Disclosing Party means
...``). ``"X" has the meaning given in Section 4.1`` points to a definition elsewhere: it is
kept, marked ``by_reference``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mou_cli.check.sections import articles_for
from mou_cli.check.text import PIHAK_LABEL, lang_of, per_draft
from mou_cli.draft import Chunk, Draft
from mou_cli.draft.rx import lazy

# a quoted span: straight, curly double or curly single quotes, on one line
_QUOTED = lazy(r"[\"“‘](?P<t>[^\"“”‘’\n]{1,80})[\"”’](?![A-Za-z])")
# what may stand between two quoted terms defined together: ("Contoso", the "Client" or the
# "Company"), "Intellectual Property" or "IP" means, "PIHAK" atau "PARA PIHAK"
_CHAIN = lazy(r"[\s,;/]{0,8}(?:(?:or|and|atau|dan)[\s,]{1,4})?(?:(?:the|a|an)\s{1,3})?")
# the words just before a quoted term that make it a definition (searched in the 80
# characters before the quote, anchored at their end)
_BEFORE = lazy(
    r"(?:\(\s{0,3}(?:(?:collectively|together|jointly|individually|each|both|respectively)"
    r",?\s{1,3})?(?:(?:the|a|an)\s{1,3})?"
    r"|\bhereinafter(?:\s{1,3}(?:(?:jointly|collectively|individually|each)\s{1,3})?"
    r"(?:referred\s{1,3}to\s{1,3}as|called|known\s{1,3}as|defined\s{1,3}as|as))?"
    r"[\s,]{0,6}(?:(?:the|a|an)\s{1,3})?"
    r"|\b(?:referred\s{1,3}to|known|defined|designated|called)(?:\s{1,3}herein)?\s{1,3}as"
    r"\s{1,3}(?:(?:the|a|an)\s{1,3})?"
    r"|\b(?:individually|collectively|together|jointly|each|both|respectively),?\s{1,3}"
    r"(?:as\s{1,3})?(?:the|a|an)\s{1,3}"
    r"|\b(?:is|are)\s{1,3}(?:each\s{1,3})?(?:hereby\s{1,3})?(?:called|named|a|an|the)\s{1,3}"
    r"|\b(?:di)?sebut(?:kan)?(?:\s{1,3}(?:juga|sebagai|dengan))?\s{1,3}"
    r"|\b(?:dinamakan|disingkat|dengan\s{1,3}sebutan)\s{1,3}"
    r"|\b(?:bersama-sama|sendiri-sendiri|masing-masing)\s{1,3}sebagai\s{1,3})\Z",
    re.IGNORECASE,
)
_VERBS_EN = r"shall\s{1,3}mean|means|mean|shall\s{1,3}include|includes|refers?\s{1,3}to"
_ENTRY_VERBS_EN = r"shall\s{1,3}mean|means|refers\s{1,3}to"
_VERBS_ID = (
    r"adalah|berarti|yaitu|yakni|ialah|merupakan|(?:mempunyai|memiliki)\s{1,3}arti"
    r"|bermakna|diartikan\s{1,3}sebagai|didefinisikan\s{1,3}sebagai"
)
# the words just after a quoted term that define it, or point to its definition elsewhere
_AFTER = lazy(
    rf"(?=(?P<gap>[\s:,]{{0,8}}))(?P=gap)"  # the gap taken whole, never tried shorter
    rf"(?:{_VERBS_EN}|is\s{{1,3}}defined\s{{1,3}}as|{_VERBS_ID})\b",
    re.IGNORECASE,
)
_REFERS = lazy(
    r"(?=(?P<gap>[\s,]{0,6}))(?P=gap)(?:(?:has|have|shall\s{1,3}have|bears?)\s{1,3}the\s{1,3}(?:same\s{1,3})?"
    r"meanings?|(?:is\s{1,3}|are\s{1,3})?(?:as\s{1,3})?defined\s{1,3}(?:in|below|above)"
    r"|(?:mempunyai|memiliki)\s{1,3}(?:arti|pengertian|makna)\s{1,3}(?:yang\s{1,3}sama\s{1,3})?"
    r"(?:sebagaimana|seperti))\b",
    re.IGNORECASE,
)
# unquoted: "yang selanjutnya disebut PIHAK PERTAMA", "hereinafter referred to as the Licensee"
_NAMED = lazy(
    r"(?i:\b(?:selanjutnya|berikutnya)\s(?:\S{1,20}\s){0,4}?(?:cukup\s)?disebut(?:\s(?:sebagai|juga))?"
    r"|\b(?:bersama-sama|sendiri-sendiri|masing-masing)\sdisebut(?:\ssebagai)?"
    r"|\bhereinafter\s(?:(?:jointly|collectively|individually)\s)?(?:referred\sto\sas|called)"
    r"(?:\sthe)?)\s{1,3}"
    rf"(?P<u>PARA PIHAK|{PIHAK_LABEL}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,3}})"
    # any "disebut" before a party label in capitals: OCR spoils the words before it
    rf"|\bdisebut(?:\s(?:sebagai|juga))?\s{{1,3}}(?P<v>PARA PIHAK|{PIHAK_LABEL})"
)
# an entry of a list of definitions: "Informasi Rahasia adalah", "b. Disclosing Party means"
_ENTRY_TERM = (
    r"^\s{0,8}(?:\(?[a-z0-9]{1,3}[.)]\s{1,4}|\d{1,2}(?:\.\d{1,2}){1,2}\.?\s{1,4})?"
    r"(?P<t>[A-Z][\w’'/-]{0,30}(?:\s(?:[A-Z][\w’'/-]{0,30}|of|and|or|the|for|in|dan|atau|yang"
    r"|untuk)){0,6})\s{0,3}[:–-]?\s{0,3}"
)
_ENTRY = lazy(rf"{_ENTRY_TERM}(?:{_VERBS_EN}|{_VERBS_ID})\b")
_ENTRY_EN = lazy(rf"{_ENTRY_TERM}(?:{_ENTRY_VERBS_EN})\b")
_SMALL = frozenset(["of", "and", "or", "the", "for", "in", "dan", "atau", "yang", "untuk"])


@dataclass(frozen=True)
class Definition:
    term: str
    chunk: Chunk
    start: int
    end: int
    lang: str | None
    by_reference: bool = False  # "X" has the meaning given in Section 4.1


def clean(term: str) -> str:
    """The term without emphasis, outer spaces and punctuation, or a leading article."""
    term = " ".join(term.replace("*", " ").split()).strip(" ,.;:")
    return re.sub(r"^(?:the|a|an)\s+", "", term, flags=re.IGNORECASE).strip()


def _term_ok(term: str) -> bool:
    words = term.split()
    return (
        1 <= len(words) <= 8
        and len(term) >= 2
        and (term[0].isupper() or term[0].isdigit())
        and ". " not in term
        and any(ch.isalpha() for ch in term)
    )


def _quoted(text: str) -> list[tuple[int, int, str, bool]]:
    """The quoted terms ``text`` defines: (start, end, term, by_reference)."""
    spans = list(_QUOTED.finditer(text))
    out: list[tuple[int, int, str, bool]] = []
    i = 0
    while i < len(spans):
        group = [spans[i]]  # quoted terms chained by "," / "or" / "and" define together
        while i + 1 < len(spans) and _CHAIN.fullmatch(text, group[-1].end(), spans[i + 1].start()):
            i += 1
            group.append(spans[i])
        i += 1
        first, last = group[0], group[-1]
        before = _BEFORE.search(text, max(0, first.start() - 80), first.start())
        after = text[last.end() : last.end() + 60]
        refers = bool(_REFERS.match(after))
        if before or refers or _AFTER.match(after):
            for m in group:
                term = clean(m["t"])
                if _term_ok(term):
                    out.append((m.start("t"), m.end("t"), term, refers))
    return out


def _entry(text: str, pattern: re.Pattern[str]) -> tuple[int, int, str] | None:
    m = pattern.match(text)
    if not m:
        return None
    term = clean(m["t"])
    words = [w for w in term.split() if w.lower() not in _SMALL]
    if not words or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return None
    return (m.start("t"), m.end("t"), term) if _term_ok(term) else None


@per_draft
def definitions(draft: Draft) -> list[Definition]:
    """Every definition in reading order."""
    out: list[Definition] = []
    entries = {id(c) for a in articles_for(draft, "definitions") for c in a.body}
    for chunk in draft.chunks:
        if chunk.in_signature or chunk.kind in ("title", "heading"):
            continue
        text = chunk.text.replace("*", " ") if "*" in chunk.text else chunk.text
        lang = lang_of(chunk, draft)
        found: list[tuple[int, int, str, bool]] = []
        if any(q in text for q in '"“‘'):
            found += _quoted(text)
        if "isebut" in text or "ereinafter" in text:  # every match of _NAMED holds one
            for m in _NAMED.finditer(text):
                key = "u" if m["u"] else "v"
                term = clean(m[key])
                if _term_ok(term):
                    found.append((m.start(key), m.end(key), term, False))
        entry = _entry(text, _ENTRY if id(chunk) in entries else _ENTRY_EN)
        if entry:
            found.append((*entry, False))
        reach = 0  # the end of the last definition kept: one that starts before it overlaps
        for s, e, term, ref in sorted(found):
            if s < reach:
                continue
            reach = e
            out.append(Definition(term, chunk, s, e, lang, ref))
    return out


@per_draft
def _texts(draft: Draft) -> dict[str | None, str]:
    """The draft's text per language (chunks of unknown language go into every language),
    hyphens made plain."""
    out: dict[str | None, list[str]] = {}
    unknown = [c.text for c in draft.chunks if lang_of(c, draft) is None]
    for c in draft.chunks:
        out.setdefault(lang_of(c, draft), []).append(c.text)
    return {k: _plain_dashes("\n".join(v + (unknown if k else []))) for k, v in out.items()}


def _plain_dashes(text: str) -> str:
    """``text`` with its hyphens (U+2010) and non-breaking hyphens (U+2011) made plain, and a
    dash between words made a space ("Merdeka Belajar – Kampus Merdeka")."""
    if "\u2010" in text or "\u2011" in text:
        text = text.replace("\u2010", "-").replace("\u2011", "-")
    if "\u2013" in text or "\u2014" in text or " - " in text:
        text = _DASH.sub(" ", text)
    return text


_DASH = lazy(r" ?[\u2013\u2014] ?| - ")


def usage_form(term: str) -> str:
    """The form of ``term`` that its uses show: "Specification(s)" is used as "Specification"."""
    for tail in ("(s)", "(es)"):
        if term.endswith(tail):
            return term[: -len(tail)]
    return term


@per_draft
def _lowered_texts(draft: Draft) -> dict[str | None, str]:
    return {k: v.lower() for k, v in _texts(draft).items()}


def singular(term: str) -> str:
    """``term`` with its last word made singular, case kept: "Renewal Terms" -> "Renewal Term"."""
    if term.endswith("ies") and len(term) > 4:
        return term[:-3] + "y"
    if term.endswith("s") and not term.endswith(("ss", "us", "is")) and len(term) > 3:
        return term[:-1]
    return term


def _forms(term: str) -> set[str]:
    """The forms a use of ``term`` may take, as :func:`count_term` looks for them: singular (the
    plural comes with it), with a hyphen or a space."""
    form = singular(usage_form(term)).replace("\u2011", "-").replace("\u2010", "-")
    spaced = form.replace("-", " ")
    return {form, spaced, spaced.replace(" ", "-")}


def count_uses(draft: Draft, term: str, lang: str | None, limit: int | None = None) -> int:
    """Uses of ``term`` in ``lang``, its definition included: singular, plural and possessive
    ("Party", "Parties", "Party's"), with a hyphen or a space ("End-User", "End User"), and in
    Indonesian whatever the case ("Evaluasi", "evaluasi": Indonesian drafts capitalise defined
    terms loosely). With ``limit``, counting stops there."""
    if lang == "id":
        text, forms = _lowered_texts(draft).get(lang, ""), _forms(term.lower())
    else:
        text, forms = _texts(draft).get(lang, ""), _forms(term)
    n = 0
    for f in forms:
        n += count_term(text, f, None if limit is None else limit - n)
        if limit is not None and n >= limit:
            break
    return n


def uses_elsewhere(draft: Draft, d: Definition) -> bool:
    """The defined term is used somewhere other than its definition. In the defining paragraph
    itself only the term as written counts: '"Program" adalah program pelatihan' does not use
    "Program"."""
    extra = 0  # uses in the defining paragraph counted whatever their case, not as written
    if d.lang == "id":
        known: dict[tuple[int, str], int] = draft.remember("terms.extra", dict)
        key = (id(d.chunk), d.term)
        if key not in known:
            own = _plain_dashes(d.chunk.text)
            known[key] = sum(count_term(own.lower(), f) for f in _forms(d.term.lower())) - sum(
                count_term(own, f) for f in _forms(d.term)
            )
        extra = known[key]
    return count_uses(draft, d.term, d.lang, limit=extra + 2) - extra > 1


_TOKEN = lazy(r"[^\W\d_][\w'’]*")


def misread_use(draft: Draft, d: Definition) -> bool:
    """In a PDF, where OCR may have misread the term where it is defined ("Penanjian" for
    "Perjanjian"), or where it is used: a run of words elsewhere that is nearly the term."""
    if draft.source_format != "pdf":
        return False
    from difflib import SequenceMatcher

    want = d.term.lower()
    size = len(d.term.split())
    for chunk in draft.chunks:
        if chunk is d.chunk or lang_of(chunk, draft) != d.lang:
            continue
        words = _TOKEN.findall(chunk.text.lower())
        for i in range(len(words) - size + 1):
            got = " ".join(words[i : i + size])
            if got[:1] != want[:1] or abs(len(got) - len(want)) > 3:
                continue
            match = SequenceMatcher(None, want, got)
            if (
                match.real_quick_ratio() >= 0.8
                and match.quick_ratio() >= 0.8
                and match.ratio() >= 0.8
            ):
                return True
    return False


def stem(term: str) -> str:
    """``term`` lower case and singular, to compare a use with a definition: "Deliverables",
    "Deliverable" and "Deliverable(s)" have the same stem."""
    t = usage_form(term).lower()
    if t.endswith("ies") and len(t) > 4:
        return t[:-3] + "y"
    if t.endswith(("ses", "xes", "ches", "shes")):
        return t[:-2]
    if t.endswith("s") and not t.endswith("ss") and len(t) > 3:
        return t[:-1]
    return t


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"  # regex [\w-]


def count_term(text: str, term: str, limit: int | None = None) -> int:
    r"""How many times ``term`` stands as a word in ``text``: the matches, left to right and not
    overlapping, of ``(?<![\w-])STEM(?:'s|’s)?(?![\w-])(?! (?:BELAS|PULUH)\b)`` where STEM is
    ``term`` with an optional ``s``/``es`` (``y``/``ies``/``ys`` for a term ending in y:
    "Party", "Parties"; "Key", "Keys"; "Nordly" from "Nordlys"). Found with
    ``str.find`` rather than a regular expression compiled for every term. With ``limit``,
    counting stops there."""
    base, endings = (
        (term[:-1], ("y", "ies", "ys")) if term.endswith("y") else (term, ("s", "es", ""))
    )
    n, pos, size = 0, 0, len(text)
    while (i := text.find(base, pos)) >= 0:
        end = _use_end(text, i, i + len(base), endings, size)
        if end is None:
            pos = i + 1
        else:
            n, pos = n + 1, end
            if limit is not None and n >= limit:
                break
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
