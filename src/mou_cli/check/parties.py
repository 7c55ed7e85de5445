"""The parties of a draft: who the opening names, what they are called, who signs.

From the answers embedded by `mou new` when there are some; otherwise from the opening
(komparisi): "bertindak untuk dan atas nama PT X ... selanjutnya disebut PIHAK PERTAMA",
"X Ltd, a company of ..., represented by ... ("X")", and names with a legal form.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from mou_cli.check.text import PIHAK_LABEL, front, per_draft, signature
from mou_cli.draft import Chunk, Draft, Loc
from mou_cli.draft.rx import lazy

_ID_FORMS = (
    r"PT\.?|CV\.?|Yayasan|Koperasi|Perkumpulan|Universitas|Institut|Politeknik"
    r"|Sekolah Tinggi|Pemerintah|Kementerian|Dinas|Badan|Perum|Perusahaan Umum"
    r"|Lembaga|Rumah Sakit|Firma|Persekutuan"
)
_SUFFIX = (
    r"Pte\.? Ltd\.?|Sdn\.? Bhd\.?|Co\., ?Ltd\.?|Pty\.? Ltd\.?|Ltd\.?|Limited|Inc\.?"
    r"|Incorporated|Corp\.?|Corporation|Company|LLC|L\.L\.C\.|GmbH|AG|AS|ASA|B\.V\."
    r"|N\.V\.|S\.A\.|SAS|PLC|plc|LLP|Foundation|University|Institute|Association|Tbk\.?"
)
# a capitalised word, at most 81 characters: "." and "-" inside a word start new words for \b,
# so an unbounded word would be scanned again from each of them (quadratic time)
_CAP = r"(?:[A-Z]|\d+[A-Za-z])[\w.&'’-]{0,80}"
_LINK = r"(?:\s+(?:dan|and|of|&|de|di|für|für)(?=\s+[A-Z]))?"
_EN_FORMS = (
    r"University|Universiti|Universidad|Université|Universität|Universiteit|Ministry|Government"
    r"|Department|Institute|Foundation|Association"
)
ENTITY = lazy(
    rf"\b(?:{_ID_FORMS}|(?:{_EN_FORMS})(?:\s+of(?:\s+the)?)?)\s+{_CAP}(?:{_LINK}\s+{_CAP})*(?:,?\s+(?:{_SUFFIX}))?(?![\w])"
    rf"|\b(?!The\b|This\b|Each\b){_CAP}(?:{_LINK}\s+{_CAP}){{0,5}},?\s+(?:{_SUFFIX})(?![\w])"
)
# what every match of ENTITY holds: a legal form before a space, or a suffix at a word's end
# (two quick scans that spare most chunks the slow one)
_FORM_NEED = lazy(rf"(?:{_ID_FORMS}|{_EN_FORMS})\s")
_SUFFIX_NEED = lazy(rf"(?:{_SUFFIX})(?![\w])")


def entities(text: str) -> Iterator[re.Match[str]]:
    """``ENTITY.finditer(text)``."""
    if _FORM_NEED.search(text) or _SUFFIX_NEED.search(text):
        yield from ENTITY.finditer(text)


ID_ENTITY = lazy(rf"^(?:{_ID_FORMS})\s|\bTbk\.?$")
ID_ADDRESS = lazy(
    r"\bJl\.|\bJalan\b|Kabupaten|Kecamatan|Kelurahan|Provinsi|\bRT\s?\d|\bIndonesia\b|Jakarta"
    r"|Surabaya|Bandung|Yogyakarta|Semarang|Medan|Makassar|Denpasar|Bali\b"
)
# the suffix's spaces are tried from their start only (not from each space of a long run)
_FORMS_RE = lazy(rf"^(?:{_ID_FORMS})\s+|(?:,|(?<!\s))\s+(?:{_SUFFIX})$")
# the name ends with a character that is not a space: the look-ahead then scans each run of
# spaces once, not once for each of its spaces
_ON_BEHALF = lazy(
    r"(?i:(?:untuk dan )?atas nama)\s+(?P<n>[A-Z0-9](?:[^,;()\n/]*?[^\s,;()\n/])??)"
    r"(?=\s*(?:[,;(\n/]|(?i:berkedudukan|yang |selanjutnya|dalam hal)|$))"
    r"|(?i:(?:for and )?on behalf of)\s+(?P<e>[A-Z0-9](?:[^,;()\n/]*?[^\s,;()\n/])??)"
    r"(?=\s*(?:[,;(\n/]|$))"
)
_LEGAL_TAIL = lazy(rf",?\s*(?:{_SUFFIX})(?![\w])")  # after a name: ", Ltd"
_ALIAS = lazy(
    rf"selanjutnya (?:cukup )?disebut(?: sebagai)?\s+[\"“]?(?P<a>{PIHAK_LABEL}|[^\"”,.;)]+?)[\"”]?"
    r"(?=[\s.,;)]|$)|\((?:the |hereinafter(?: referred to as)? |selanjutnya disebut )?"
    r"[\"“](?P<b>[^\"”]{1,200})[\"”]\)"  # bounded: '(“' repeated would each scan the rest
)
_PARTY_CUE = lazy(
    r"selanjutnya (cukup )?disebut|hereinafter|represented by|diwakili oleh|atas nama"
    r"|on behalf of|berkedudukan di|a (company|cooperative|university|foundation|"
    r"non-?profit|government|limited)|having its|with its (registered )?(address|office)"
    r"|\((?:the |hereinafter )?[\"“][A-Z]",
    re.IGNORECASE,
)


_DOCUMENT = lazy(
    r"(the )?(memorandum|agreement|mou|moa|nota kesepahaman|perjanjian|kesepakatan|contract"
    r"|kontrak)\b.*",
    re.IGNORECASE,
)


@dataclass
class Party:
    name: str
    loc: Loc | None
    aliases: set[str] = field(default_factory=set)
    indonesian: bool = False

    @property
    def names(self) -> set[str]:
        return {self.name, core(self.name), *self.aliases} - {""}


def norm(name: str) -> str:
    """Case, dots, commas and spaces ignored: "PT. Tani  Maju" == "pt tani maju"."""
    return " ".join(re.sub(r"[.,’'\"“”]", " ", name).lower().split())


def core(name: str) -> str:
    """The name without its legal form: "PT Tani Maju Sejahtera" -> "Tani Maju Sejahtera"."""
    return _FORMS_RE.sub("", name.strip()).strip(" ,")


def _from_answers(draft: Draft) -> list[Party]:
    from mou_cli.check.answers import usable_answers
    from mou_cli.check.labels import ordinal_label

    out = []
    for i, p in enumerate((usable_answers(draft) or {}).get("parties") or [], 1):
        if not isinstance(p, dict) or not p.get("name"):
            continue
        aliases = {str(p.get("short_name") or ""), ordinal_label(i, "id"), ordinal_label(i, "en")}
        given = p.get("jurisdiction", "")  # a text, or {id, en} texts
        jur = " ".join(map(str, given.values())) if isinstance(given, dict) else str(given)
        jur = jur.lower()
        out.append(Party(str(p["name"]), None, aliases - {""}, "indonesia" in jur or jur == "id"))
    return out


def _behalf(m: re.Match[str], text: str) -> str:
    """The name after "atas nama" / "on behalf of", with a legal form after a comma."""
    key = "n" if m["n"] else "e"
    tail = _LEGAL_TAIL.match(text, m.end(key))  # not a copy of the rest of text per match
    return (m[key] + (tail.group() if tail else "")).strip()


# "UNIVERSITI TEKNOLOGI MARA (hereinafter referred to as “UiTM”)": the words before the alias
# (words of at most 81 characters, as in _CAP)
_BEFORE_ALIAS = lazy(
    r"(?P<n>(?:[A-Z“\"][\w.&'’“”\"-]{0,80},?\s+){0,7}[A-Z][\w.&'’“”\"-]{0,80})\s*"
    r"\((?:hereinafter|selanjutnya|(?:the\s+)?[\"“])"
)
_CONNECTOR = lazy(r"^(?:(?:BETWEEN|AND|ANTARA|DAN|Between|And|The|THE)\s+)+")


def _name_in(text: str) -> str | None:
    m = _ON_BEHALF.search(text)
    if m:
        return _behalf(m, text)
    m = _BEFORE_ALIAS.search(text)
    if m:
        name = _CONNECTOR.sub("", m["n"]).strip(" ,")
        if len(name) > 2 and not ENTITY.search(text[: m.start()]):
            return name
    m = ENTITY.search(text)
    if m:
        return m.group().strip()
    m = re.search(
        r"^\s*(?:[a-z0-9]{1,3}[.)]\s+)?(?:between\s+|and\s+|antara\s+|dan\s+)?(?:the\s+)?"
        r"(?P<n>[A-Z][^,(]{2,80}?)\s*[,(]",
        text,
    )
    return m["n"].strip() if m else None


def _segments(text: str) -> list[str]:
    """One piece of text per party: a paragraph naming two parties is cut after each alias."""
    ends = [m.end() for m in _ALIAS.finditer(text)]
    if len(ends) < 2:
        return [text]
    cuts = [0, *ends[:-1], len(text)]
    return [text[a:b] for a, b in itertools.pairwise(cuts)]


@per_draft
def find_parties(draft: Draft) -> list[Party]:
    """The parties the opening names, each with its aliases (PIHAK PERTAMA, "Globex")."""
    named = _from_answers(draft) if draft.answers else []  # valid embedded answers name them
    if named:
        return named
    parties: list[Party] = []
    for chunk in front(draft):
        if chunk.kind in ("title", "heading") or not _PARTY_CUE.search(chunk.text):
            continue
        for seg in _segments(chunk.text):
            name = _name_in(seg)
            if not name or any(norm(name) in {norm(n) for n in p.names} for p in parties):
                continue
            aliases = {(m["a"] or m["b"]).strip() for m in _ALIAS.finditer(seg)}
            if _DOCUMENT.search(name) or any(_DOCUMENT.fullmatch(a) for a in aliases):
                continue  # 'This Memorandum (the "MoU")' names the document, not a party
            indonesian = bool(ID_ENTITY.search(name) or ID_ADDRESS.search(seg))
            parties.append(Party(name, chunk.loc, aliases, indonesian))
    return parties


def mentioned(party: Party, text: str) -> bool:
    """``party`` is named in ``text`` by its name, core name or an alias."""
    t = norm(text)
    return any(re.search(rf"(?<!\w){re.escape(norm(n))}(?!\w)", t) for n in party.names if n)


def signatory_names(draft: Draft) -> list[tuple[str, Chunk]]:
    """Entities the signature block signs for: "Untuk dan atas nama X", "For X Ltd", or a cell
    holding nothing but an entity name. Witness lines are left out."""
    out: list[tuple[str, Chunk]] = []
    witness = False
    for chunk in signature(draft):
        if re.match(r"(?i)\s*(saksi|witness)", chunk.text):
            witness = True
        if witness:
            continue
        found = [_behalf(m, chunk.text) for m in _ON_BEHALF.finditer(chunk.text)]
        if not found:
            found = [
                m.group().strip()
                for m in entities(chunk.text)
                if len(m.group()) >= 0.8 * len(chunk.text.strip(" *_:"))
            ]
        out.extend((name, chunk) for name in found)
    return out
