"""Recognise the headings real drafts use: "Pasal 1", "ARTICLE IV: Term", "SECTION 7.",
"1. DEFINITIONS", "1.0 Period of Agreement", "BAB I", run-in headings ("Article 5. Term. The
term is ...", "3. Supply Forecasts. On or before ..."), and turn their numbers into integers.

``classify`` looks at one line of text (plus cues the reader saw: a heading style, bold,
centred) and says whether it is an article heading, a chapter heading, or neither. For text
that may come from OCR it also reads misread headings ("Pasa! 12", "PASAL5", "Article I0").
"""

from __future__ import annotations

import dataclasses
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
    r"^\s*(?:(?P<num>\d{1,2})(?P<dot>\.0(?=\s)|[.)])?|(?P<roman>[IVX]{1,6})(?P<rdot>\.))(?:\s+|$)(?!\d)"
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


def _toc_line(line: str) -> bool:
    """A table-of-contents line: leader dots, an ellipsis, "____" or a tab, then a page number
    ("Pasal 3 Kerahasiaan ........ 4"). Read from the end in one pass (a regular expression
    searching for the leader takes time that grows with the square of a line of dots)."""
    text = line.rstrip()
    end = len(text)
    while end and (text[end - 1].isdecimal() or text[end - 1] in "ivxlcIVXLC"):
        end -= 1
    if end == len(text):
        return False
    leader = text[:end].rstrip()
    return "\t" in text[len(leader) : end] or leader.endswith(("...", "…", "____"))


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
    garbled: bool = False  # read through OCR misreadings ("Pasa! 12"): the number may be off


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


def classify(
    line: str, *, cues: bool = False, numbered_ok: bool = True, ocr: bool = False
) -> Heading | None:
    """An article or chapter heading at the start of ``line``, or None.

    ``cues``: the reader saw heading formatting (Markdown heading, Word heading style, bold or
    centred); then sentence-case titles are accepted after a number. ``numbered_ok``: a
    numbered line ("7. TERM") may be an article heading. ``ocr``: the text may come from OCR,
    so misread headings ("PASAL5", "Pasa! 12", "Pasai IS", ".4rticle I0", "Il. TUJUAN") are
    read too, marked ``garbled``.
    """
    found = _classify(line, cues, numbered_ok)
    if ocr and (found is None or (found.keyword and found.title in _OCR_ONES)):
        repaired = ocr_heading(line)
        if repaired is not None:
            found = _classify(repaired, cues, numbered_ok)
            if found is not None:
                found = dataclasses.replace(found, garbled=True)
    return found


def _classify(line: str, cues: bool, numbered_ok: bool) -> Heading | None:
    line = line.strip()
    if not line or _toc_line(line):
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
    upper = all(c.isupper() for c in caps)
    one_part = upper or not re.search(r"[.:]\s", rest)  # else a title with text run in
    if title_like(rest, relaxed=cues) and (upper or cues) and one_part:
        return Heading("article", label, n, rest.rstrip(".:"), "", None, False)
    if m.group("dot") == "." and rest.endswith(".") and _title_case(rest[:-1], relaxed=cues):
        return Heading("article", label, n, rest[:-1], "", None, False)  # "2. Obligations."
    if head and len(head.group(1)) > 3 and title_like(head.group(1)):
        # "3. TERM. The ...", "3. Supply Forecasts. On or before ..." (a label before a colon,
        # "1. Market Access: ...", is a list item; "1. PT. MAJU JAYA, a company ..." starts
        # with an abbreviation, not a run-in title)
        title, body = head.group(1), head.group(2)
        full_stop = rest[len(title)] == "." and (body[0].isupper() or body[0] in '"“')
        if title.isupper() or (full_stop and _title_case(title)):
            return Heading("article", label, n, title, body, None, False)
    return None


def _title_case(text: str, *, relaxed: bool = False) -> bool:
    """A short Title Case title without digits: "Obligations of Covered Entity" (``relaxed``,
    the line is bold or a heading: any title shape, "Conflict of interest")."""
    words = text.split()
    return (
        0 < len(words) <= 8
        and not any(c.isdigit() for c in text)
        and title_like(text, relaxed=relaxed)
        and any(len(w) > 3 for w in words)
    )


_TRAILING_SMALL = frozenset(
    """dan atau yang di ke dari untuk dengan pada dalam oleh serta and or of the to for in on by
    with a an""".split()  # noqa: SIM905
)


def short_title(text: str) -> bool:
    """A line that can be the title under an article heading ("Kerahasiaan", "Term and
    Termination"): capitalised, no sentence punctuation, not ending in a small word, and
    Title Case unless very short and without a comma."""
    text = text.strip().strip("*_ ")
    if not text or not (text[0].isupper() or text[0] in "\"'“") or text[-1] in ".;:,":
        return False
    words = text.split()
    if len(words) > 10 or words[-1].lower() in _TRAILING_SMALL or classify(text) is not None:
        return False
    relaxed = len(words) <= 6 and "," not in text  # "Maksud dari Perjanjian ini, adalah"
    return title_like(text) or (relaxed and title_like(text, relaxed=True))


# OCR misreadings of an article heading at the start of a line: the keyword ("Pasa!", "Pasai",
# "Pasa)", "Pnsnl", ".4rticle", "Art1cle"), the space before the number ("PASAL5"), the
# number ("I5", "2I", "IS", "S", "ı") and stray punctuation after it ("Article 9 ,").
_OCR_KEYWORD = lazy(
    r"^[.,'`]{0,2}(?P<kw>(?i:p[an4][s5][an4][l1iı!|)]|[a4]rt[il1]c[l1i]e))"
    r"(?P<gap>\s*)(?P<num>[0-9IVXLOSlıi|!]{1,3}(?: [0-9Il|])?)(?!\w)"
    r"\s*(?P<junk>[,.;]?)(?P<rest>.*)$"
)
# A roman-numbered heading with OCR'd numerals: "|. LATAR BELAKANG", "Il. TUJUAN", "Vi. PENUTUP".
_OCR_ROMAN = lazy(r"^(?P<num>[IVXl|i1]{1,4})\.(?P<rest>\s+[A-Z][^a-z]*)$")
_OCR_ONES = frozenset(["I", "l", "1", "|"])  # "Article I I": the second digit read as a title
_OCR_DIGITS = str.maketrans("IlıiS|!O", "11115110")
_OCR_ROMAN_LETTERS = str.maketrans("l|i1vx", "IIIIVX")


def ocr_heading(line: str) -> str | None:
    """``line`` with an OCR-misread article heading written out ("Pasa! 12" -> "Pasal 12",
    "PASAL S" -> "PASAL 5", "Il. TUJUAN" -> "II. TUJUAN"), or None when nothing was misread."""
    line = line.strip()
    m = _OCR_KEYWORD.match(line)
    if m:
        kw, tok = m.group("kw"), m.group("num")
        number = tok if tok.isdigit() or (tok.isupper() and roman(tok)) else None
        if number is None:  # "I I" is two digits, never a roman numeral
            number = tok.replace(" ", "").translate(_OCR_DIGITS)
            if not number.isdigit():
                return None
        word = "pasal" if kw[0] in "Pp" else "article"
        word = word.upper() if kw.isupper() else word.capitalize()
        rest, dot = m.group("rest"), m.group("junk") == "."  # "Pasal 5." is well read
        well_read = (kw.lower(), number) == (word.lower(), tok) and m.group("gap")
        if well_read and (dot or not m.group("junk")):
            return None  # nothing misread
        return f"{word} {number}{'.' if dot else ''}" + (f" {rest}" if rest else "")
    m = _OCR_ROMAN.match(line)
    if m and not m.group("num").isdigit():
        numeral = m.group("num").translate(_OCR_ROMAN_LETTERS)
        if numeral != m.group("num") and roman(numeral):
            return numeral + "." + m.group("rest")
    return None
