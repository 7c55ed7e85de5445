"""The class of one paragraph's change, and why.

Cosmetic: the same words in the same order once the paragraph's own list number, references
to renumbered articles, punctuation, letter case and spacing are set aside. Substantive:
anything else, with the reasons a lawyer looks for first (an amount, a percentage, a date, a
number, an obligation or negation word, a party, a defined term, the forum or the governing law,
an article reference), or the words added and removed when none of those changed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from mou_cli.compare import signals
from mou_cli.compare.shape import Class, Reason, say
from mou_cli.messages import Msg, msg
from mou_cli.textdiff import Piece, diff_words, tokens

# the paragraph's own number: "1.", "2.1", "a.", "(b)", "iv)" (Word numbering or typed)
_LABEL = re.compile(
    r"^\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\(?[a-zA-Z][.)]|\([a-zA-Z]\)"
    r"|\(?[ivxIVX]{1,5}[.)])(?=\s)"
)
_REF = re.compile(r"(?<!\w)(Pasal|Article|Clause|Section|Bagian|Ayat)(\s+)(\d{1,4})(?!\w)", re.I)
_KEEP = frozenset("%$€£¥")  # signs that carry meaning although they are not letters
_DEFINES = re.compile(r"(?<!\w)(?:berarti|adalah|means?|shall\s+mean|refers?\s+to)(?!\w)", re.I)
_CAPITAL = re.compile(r"(?<!\w)[A-Z]")
SNIPPET = 80  # characters of changed text quoted in a reason


@dataclass(frozen=True)
class Context:
    """What the classifier knows about the two drafts: where their articles went (old number ->
    new number), the parties' names and the defined terms."""

    refs: dict[int, int] = field(default_factory=dict)
    parties: frozenset[str] = frozenset()
    terms: frozenset[str] = frozenset()


def split_label(text: str) -> tuple[str, str]:
    """(the paragraph's own list number, the rest)."""
    m = _LABEL.match(text)
    return (m.group().strip(), text[m.end() :].lstrip()) if m else ("", text.strip())


def _renumbered(text: str, refs: dict[int, int]) -> str:
    """``text`` with references to OLD's articles given NEW's numbers."""
    if not refs:
        return text

    def sub(m: re.Match[str]) -> str:
        n = int(m.group(3))
        return f"{m.group(1)}{m.group(2)}{refs.get(n, n)}"

    return _REF.sub(sub, text)


def _words(text: str) -> list[str]:
    return [t for t in tokens(text) if not t.isspace() and (t[0].isalnum() or t in _KEEP)]


def key(text: str) -> str:
    """What two paragraphs share when they differ only cosmetically: the words (and %, $ ...),
    case-folded, without the list number, punctuation or spacing."""
    return " ".join(w.casefold() for w in _words(split_label(text)[1]))


def _cosmetic(old: str, new: str, refs: dict[int, int]) -> tuple[Reason, ...] | None:
    """The reasons ``old`` -> ``new`` is cosmetic, or None when it is not."""
    old_label, old_rest = split_label(old)
    new_label, new_rest = split_label(new)
    mapped = _renumbered(old_rest, refs)
    a, b = _words(mapped), _words(new_rest)
    if [w.casefold() for w in a] != [w.casefold() for w in b]:
        return None
    reasons: list[Reason] = []
    if old_label != new_label or mapped != old_rest:
        reasons.append(
            Reason("numbering", msg("hanya penomoran", "numbering only"), old_label, new_label)
        )
    if a != b:
        reasons.append(Reason("case", msg("huruf besar/kecil", "letter case")))
    sa = [t for t in tokens(mapped) if not t.isspace()]
    sb = [t for t in tokens(new_rest) if not t.isspace()]
    if [t.casefold() for t in sa] != [t.casefold() for t in sb]:
        reasons.append(Reason("punctuation", msg("tanda baca", "punctuation")))
    elif " ".join(mapped.split()) != " ".join(new_rest.split()) or not reasons:
        reasons.append(Reason("spacing", msg("spasi", "spacing")))
    return tuple(reasons)


_WHAT = {
    "amount": ("jumlah uang", "amount"),
    "percent": ("persentase", "percentage"),
    "date": ("tanggal", "date"),
    "number": ("angka", "number"),
    "number-words": ("angka dalam huruf", "number in words"),
    "obligation": ("kata kewajiban", "obligation word"),
    "negation": ("kata ingkar", "negation"),
    "party": ("pihak", "party"),
    "term": ("istilah terdefinisi", "defined term"),
    "definition": ("definisi", "definition"),
    "forum": ("forum penyelesaian sengketa", "forum"),
    "law": ("hukum yang berlaku", "governing law"),
    "reference": ("rujukan pasal", "article reference"),
    "text": ("teks", "text"),
    "title": ("judul pasal", "article title"),
}


def reason(code: str, old: str | None, new: str | None) -> Reason:
    """A reason worded "<what> changed: old -> new" (or added, removed), in both languages."""
    what_id, what_en = _WHAT[code]
    if old and new:
        text = msg(f"{what_id} berubah: {old} -> {new}", f"{what_en} changed: {old} -> {new}")
    elif new:
        text = msg(f"{what_id} ditambahkan: {new}", f"{what_en} added: {new}")
    else:
        text = msg(f"{what_id} dihapus: {old}", f"{what_en} removed: {old}")
    stem = code.split("-")[0] if code == "number-words" else code
    return Reason("term" if code == "definition" else stem, text, old or None, new or None)


def _listed(items: Iterable[str]) -> str:
    return ", ".join(dict.fromkeys(items))


def _counted(code: str, old: Counter[str], new: Counter[str]) -> list[Reason]:
    gone, came = old - new, new - old
    if not gone and not came:
        return []
    return [reason(code, _listed(gone.elements()), _listed(came.elements()))]


def _spans(pieces: tuple[Piece, ...], kind: str) -> list[tuple[int, int]]:
    """Where the pieces of ``kind`` (delete: in OLD, insert: in NEW) stand in their text."""
    out: list[tuple[int, int]] = []
    at = 0
    for p in pieces:
        if p.kind in ("equal", kind):
            if p.kind == kind:
                out.append((at, at + len(p.text)))
            at += len(p.text)
    return out


def _figures(old: str, new: str, pieces: tuple[Piece, ...]) -> list[Reason]:
    """Amounts, percentages, dates and numbers that differ, paired in order within a kind
    (of equal figures, those inside the changed words first)."""
    a, b = signals.values(old), signals.values(new)
    ka = Counter((v.code, v.key) for v in a)
    kb = Counter((v.code, v.key) for v in b)
    gone, came = ka - kb, kb - ka
    out: list[Reason] = []
    for code in ("amount", "percent", "date", "number"):
        olds = _taken(a, code, gone, _spans(pieces, "delete"))
        news = _taken(b, code, came, _spans(pieces, "insert"))
        if olds or news:
            out.append(reason(code, _listed(olds), _listed(news)))
    return out


def _taken(
    found: list[signals.Value],
    code: str,
    wanted: Counter[tuple[str, str]],
    changed: list[tuple[int, int]],
) -> list[str]:
    left = Counter({k: n for k, n in wanted.items() if k[0] == code})

    def outside(v: signals.Value) -> bool:
        return not any(a < v.at + len(v.text) and v.at < b for a, b in changed)

    picked: list[signals.Value] = []
    for v in sorted(found, key=outside):  # stable: in order, those in changed words first
        if v.code == code and left[(code, v.key)] > 0:
            left[(code, v.key)] -= 1
            picked.append(v)
    return [v.text for v in sorted(picked, key=lambda v: v.at)]


def _snippet(pieces: Iterable[Piece], kind: str) -> str:
    text = " … ".join(" ".join(p.text.split()) for p in pieces if p.kind == kind and p.text.strip())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


def _changed_text(pieces: tuple[Piece, ...]) -> str:
    return " ".join(p.text for p in pieces if p.kind != "equal")


def substance(old: str, new: str, pieces: tuple[Piece, ...], ctx: Context) -> list[Reason]:
    """Why ``old`` -> ``new`` (not cosmetic) is substantive, most telling reasons first."""
    out = _figures(old, new, pieces)
    if not any(r.code in ("amount", "number", "percent", "date") for r in out):
        words_a = Counter(w for w in map(str.casefold, _words(old)) if w in signals.NUMBER_WORDS)
        words_b = Counter(w for w in map(str.casefold, _words(new)) if w in signals.NUMBER_WORDS)
        out += _counted("number-words", words_a, words_b)
    obligation = _counted("obligation", signals.obligations(old), signals.obligations(new))
    out += obligation or _counted("negation", signals.negations(old), signals.negations(new))
    out += _counted(
        "party",
        signals.labels(old) + signals.mentions(old, ctx.parties),
        signals.labels(new) + signals.mentions(new, ctx.parties),
    )
    terms = _counted("term", signals.mentions(old, ctx.terms), signals.mentions(new, ctx.terms))
    out += terms or _definition(old, new, ctx)
    changed = _changed_text(pieces)
    for code, about in (("forum", signals.about_forum), ("law", signals.about_law)):
        if (about(old) or about(new)) and (about(changed) or _CAPITAL.search(changed)):
            out.append(reason(code, _snippet(pieces, "delete"), _snippet(pieces, "insert")))
    refs_a = Counter(
        f"{m[0].title()} {ctx.refs.get(int(m[2]), int(m[2]))}" for m in _REF.findall(old)
    )
    refs_b = Counter(f"{m[0].title()} {m[2]}" for m in _REF.findall(new))
    out += _counted("reference", refs_a, refs_b)
    if not out:
        out.append(reason("text", _snippet(pieces, "delete"), _snippet(pieces, "insert")))
    return out


def _definition(old: str, new: str, ctx: Context) -> list[Reason]:
    """The definition of a term changed: the paragraph defines it in both versions."""
    if not (_DEFINES.search(old) and _DEFINES.search(new)):
        return []
    for term in sorted(ctx.terms):
        quoted = (f'"{term}"', f"“{term}”")
        if any(q in old for q in quoted) and any(q in new for q in quoted):
            return [reason("definition", None, f"“{term}”")]
    return []


def classify(
    old: str, new: str, ctx: Context
) -> tuple[Class, tuple[Reason, ...], tuple[Piece, ...]]:
    """The class of ``old`` -> ``new`` (two versions of one paragraph), the reasons, and the
    word differences."""
    pieces = tuple(diff_words(old, new))
    cosmetic = _cosmetic(old, new, ctx.refs)
    if cosmetic is not None:
        return "cosmetic", cosmetic, pieces
    return "substantive", tuple(substance(old, new, pieces, ctx)), pieces


def whole(text: str, added: bool) -> tuple[Reason, ...]:
    """The reasons of a paragraph added (or removed) whole: the text, and its figures."""
    figures = signals.values(text)
    shown = _listed(v.text for v in figures if v.code != "number")
    head = text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"
    first = reason("text", None, head) if added else reason("text", head, None)
    if not shown:
        return (first,)
    what = msg(f"dengan {shown}", f"with {shown}")
    return (first, Reason("text", what, None if added else shown, shown if added else None))


def describe(cls: Class, reasons: Iterable[Reason], lang: str) -> str:
    """One line for a person: "substantive: amount changed: ... ; obligation word ..."."""
    names: dict[str, Msg] = {
        "substantive": msg("substantif", "substantive"),
        "cosmetic": msg("kosmetik", "cosmetic"),
        "moved": msg("dipindahkan", "moved"),
    }
    said = "; ".join(say(r.message, lang) for r in reasons)
    return f"{say(names[cls], lang)}: {said}" if said else say(names[cls], lang)
