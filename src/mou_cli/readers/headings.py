"""Recognise the headings real drafts use: "Pasal 1", "ARTICLE IV: Term", "SECTION 7.",
"1. DEFINITIONS", "BAB I", run-in headings ("Article 5. Term. The term is ..."), and turn their
numbers into integers.

``classify`` looks at one line of text (plus cues the reader saw: a heading style, bold,
centred) and says whether it is an article heading, a chapter heading, or neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mou_cli.draft.numerals import number_value, roman
from mou_cli.draft.rx import lazy

# ---------------------------------------------------------------------------------------------

ARTICLE_WORDS = r"pasal|article|artikel|section|clause|klausul"
CHAPTER_WORDS = r"bab|chapter|part|bagian"
_NUMWORD = (
    r"(?:(?:kesatu|pertama|ke)?(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
    r"sebelas)(?:\s+(?:belas|puluh))?(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
    r"sembilan))?|kesatu|pertama|(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|"
    r"six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth)"
)
_NUM = rf"(\d{{1,3}}(?![.,]\d)|[IVXL]{{1,7}}\b|{_NUMWORD}\b)"
_LABEL = lazy(rf"^\s*(?P<kw>{ARTICLE_WORDS})\s+(?P<num>{_NUM[1:-1]})", re.I)
_CHAPTER = lazy(rf"^\s*(?P<kw>{CHAPTER_WORDS})\s+(?P<num>{_NUM[1:-1]})", re.I)
_NUMBERED = lazy(
    r"^\s*(?:(?P<num>\d{1,2})(?P<dot>[.)])?|(?P<roman>[IVX]{1,6})(?P<rdot>\.))(?:\s+|$)(?!\d)"
)
_SEP = lazy(r"^\s*(?:[.:)]|[-–—]{1,2}|\s)\s*")
_SMALL = frozenset(
    [
        "of",
        "and",
        "or",
        "the",
        "to",
        "for",
        "in",
        "on",
        "a",
        "an",
        "dan",
        "atau",
        "serta",
        "yang",
        "di",
        "ke",
        "dari",
        "untuk",
        "dengan",
        "para",
        "&",
        "/",
    ]
)
_LOWER_REF = lazy(
    r"^(ayat|huruf|angka|butir|of|to|and|or|dan|atau|sampai|hingga|s\.d\.|through|above|"
    r"below|herein|hereof|this|ini|tersebut|di|dalam|in|shall|will|may|wajib|akan)\b",
    re.I,
)
_TOC = lazy(r"(\.{3,}|…+|_{4,}|\t)\s*[\divxlc]+\s*$", re.I)


def _toc_marks(line: str) -> bool:
    """``line`` holds what every match of _TOC starts with (dots, an ellipsis, "____", a tab)."""
    return "..." in line or "…" in line or "____" in line or "\t" in line


@dataclass(frozen=True)
class Heading:
    """What a heading line says."""

    kind: str  # article | chapter
    label: str  # as written: "Pasal 3", "ARTICLE IV", "7."
    number: int | None
    title: str  # may be empty: the title is then often on the next line
    rest: str  # text run in after the title ("Article 5. Term. The term is ...")
    lang: str | None  # from the keyword: Pasal -> id, Article -> en; None for "7."
    keyword: bool  # True for Pasal/Article/Section/Clause, False for "7." headings


def title_like(text: str, *, relaxed: bool = False) -> bool:
    """Short and shaped like a title: capitals or Title Case, no sentence ending."""
    text = text.strip().strip("*_ ")
    if not text or len(text) > 90:
        return False
    words = text.split()
    sentence = len(words) > 12 or text[-1] in ",;" or (text[-1] in ".:" and not text.isupper())
    if sentence and not (text[-1] == "." and len(words) <= 4 and relaxed):
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters):
        return True
    if relaxed:
        return text[0].isupper() or not text[0].isalpha()
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in _SMALL for w in words)


def _split_title(rest: str, sep: str, cues: bool) -> tuple[str, str] | None:
    """Split the text after a label into (title, run-in body), or None if it is a sentence."""
    rest = rest.strip()
    if not rest:
        return "", ""
    punct = bool(sep.strip())
    if not punct and not cues and rest[0].islower():
        return None
    if title_like(rest, relaxed=punct or cues):
        return rest.rstrip(".:").strip(), ""
    m = re.match(r"^(.{1,80}?)[.:]\s+(\S.*)$", rest, re.S)
    if m and title_like(m.group(1), relaxed=punct or cues) and len(m.group(1).split()) <= 8:
        return m.group(1).strip(), m.group(2).strip()
    if punct and not (_LOWER_REF.match(rest) and rest[0].islower()):
        # "Article 5. The term is five years.", "Article 3 : To carry out ..." — a run-in
        # heading with no title (after a full stop or colon, a capital starts a sentence)
        return "", rest
    return None


def classify(line: str, *, cues: bool = False, numbered_ok: bool = True) -> Heading | None:
    """An article or chapter heading at the start of ``line``, or None.

    ``cues``: the reader saw heading formatting (Markdown heading, Word heading style, bold or
    centred); then sentence-case titles are accepted after a number. ``numbered_ok``: a
    numbered line ("7. TERM") may be an article heading.
    """
    line = line.strip()
    if not line or (_toc_marks(line) and _TOC.search(line)):
        return None
    for kind, rx in (("article", _LABEL), ("chapter", _CHAPTER)):
        m = rx.match(line)
        if m:
            return _keyword_heading(kind, m, line, cues)
    return _numbered_heading(line, cues) if numbered_ok else None


def _keyword_heading(kind: str, m: re.Match[str], line: str, cues: bool) -> Heading | None:
    """ "Pasal 3", "ARTICLE IV: Term", "BAB I" (``m``: the keyword and number matched)."""
    num_txt = m.group("num")
    kw = m.group("kw").lower()
    weak = kind == "chapter" and kw in ("part", "bagian") and not cues
    if weak and not line[: m.end()].isupper():
        return None
    after = line[m.end() :]
    sep_m = _SEP.match(after)
    if after and not sep_m:
        return None
    sep = sep_m.group(0) if sep_m else ""
    rest = after[len(sep) :]
    if not sep.strip() and num_txt.isalpha() and not num_txt.isupper() and roman(num_txt):
        # "Section i" is too weak unless written as a roman numeral in capitals
        return None
    split = _split_title(rest, sep, cues)
    if split is None:
        return None
    lang = "id" if kw in ("pasal", "bab", "bagian", "klausul", "artikel") else "en"
    label = line[: m.end()].strip()
    if sep.strip() == "." and not split[0] and not split[1]:
        label += "."
    return Heading(kind, label, number_value(num_txt), split[0], split[1], lang, True)


def _numbered_heading(line: str, cues: bool) -> Heading | None:
    """ "7. TERM", "IV. DEFINITIONS", "3. Scope. The parties ..." (run in)."""
    m = _NUMBERED.match(line)
    if not m or (m.group("num") and not m.group("dot") and not cues):
        return None
    rest = line[m.end() :].strip()
    label = line[: m.end()].strip()
    n = int(m.group("num")) if m.group("num") else roman(m.group("roman"))
    if n is None or (m.group("roman") and not rest):
        return None
    if not rest:
        return Heading("article", label, n, "", "", None, False)
    caps = [c for c in rest if c.isalpha()]
    if not caps:
        return None
    head = re.match(r"^([^.:]{2,60}?)[.:]\s+(\S.*)$", rest, re.S)
    if title_like(rest) and (all(c.isupper() for c in caps) or cues):
        return Heading("article", label, n, rest.rstrip(".:"), "", None, False)
    if head and title_like(head.group(1)) and head.group(1).isupper():
        return Heading("article", label, n, head.group(1), head.group(2), None, False)
    return None


_TRAILING_SMALL = frozenset(
    """dan atau yang di ke dari untuk dengan pada dalam oleh serta and or of the to for in on by
    with a an""".split()  # noqa: SIM905
)


def short_title(text: str) -> bool:
    """A line that can be the title under an article heading ("Kerahasiaan", "Term and
    Termination"): capitalised, no sentence punctuation, not ending in a small word, and
    Title Case unless very short."""
    text = text.strip().strip("*_ ")
    if not text or not (text[0].isupper() or text[0] in "\"'“") or text[-1] in ".;:,":
        return False
    words = text.split()
    if len(words) > 10 or words[-1].lower() in _TRAILING_SMALL or classify(text) is not None:
        return False
    return title_like(text) or (len(words) <= 6 and title_like(text, relaxed=True))
