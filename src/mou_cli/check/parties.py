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


_LEAD = lazy(
    r"^\s*(?:[a-z0-9]{1,3}[.)]\s+)?(?:between\s+|and\s+|antara\s+|dan\s+)?(?:the\s+)?"
    r"(?P<n>[A-Z][^,(]{2,80}?)\s*[,(]"
)


def _name_in(text: str) -> str | None:
    m = _ON_BEHALF.search(text)
    if m:
        return _behalf(m, text)
    lead = _LEAD.search(text)
    m = _BEFORE_ALIAS.search(text)
    if m:
        name = _CONNECTOR.sub("", m["n"]).strip(" ,")
        if (
            lead
            and lead.end("n") < m.start("n")
            and "," in text[lead.end("n") : m.start("n")]
            and plausible_name(clean_name(lead["n"]))
            and not _DOCUMENT.search(lead["n"])
        ):
            return lead["n"].strip()  # 'X Ltd, a company ... at <address> ("X")': name first
        if len(name) > 2 and not ENTITY.search(text[: m.start()]):
            return name
    m = ENTITY.search(text)
    if m:
        return m.group().strip()
    return lead["n"].strip() if lead else None


def _segments(text: str) -> list[str]:
    """One piece of text per party: a paragraph naming two parties is cut after each alias."""
    ends = [m.end() for m in _ALIAS.finditer(text)]
    if len(ends) < 2:
        return [text]
    cuts = [0, *ends[:-1], len(text)]
    return [text[a:b] for a, b in itertools.pairwise(cuts)]


# Words no party's name starts with: recitals, the document, titles, roles, field labels and
# the collective labels ("PARA PIHAK", "secara sendiri-sendiri disebut PIHAK").
_NOT_A_NAME = lazy(
    r"^(?:bahwa|whereas|menimbang|mengingat|memperhatikan|now|recitals?|pada|dalam|bertindak"
    r"|acting|selaku|sebagai|yang|understanding|memorandum|agreement|nota|perjanjian"
    r"|kesepakatan|mou|moa|name|nama|jabatan|title|alamat|address|date|tanggal|para|pihak"
    r"|party|parties|kedua|pertama|collectively|each|both|this|these|signed|in witness)\b",
    re.IGNORECASE,
)
# a country or city alone is an address, not a party ("..., Seattle, WA 98101, United States")
_PLACE = lazy(
    r"^(?:(?:the )?united states(?: of america)?|u\.?s\.?a?\.?|(?:the )?united kingdom|u\.?k\.?"
    r"|singapore|indonesia|(?:negara )?republik indonesia|republic of indonesia|malaysia"
    r"|australia|japan|china|india|germany|france|the netherlands|ghana|ukraine|thailand"
    r"|jakarta|surabaya|bandung|yogyakarta|bengkulu|makassar|denpasar|singaraja)$",
    re.IGNORECASE,
)
# a template field or a blank: "[NAMA DESA]", "MMMMMMMM, YYYY", "XXXX", "____", "${partner}"
_PLACEHOLDER = lazy(r"[\[\]{}_…<>]|\.{3}|\$\{|X{3,}|M{4,}|Y{4}|D{2}\b")
# what follows a name in a komparisi or an English opening, cut off: a field label or a clause
_TAIL = lazy(
    # from the start of a run of separators only: on a long run of spaces, a match tried from
    # each of them would scan the rest of the run every time
    r"(?<![\s,;:])[\s,;:]+(?:Alamat|Address|NPWP|NIB|Nomor|No\.?(?=\s*[:\d])|Tahun|Telepon|Telp|Phone|Email"
    r"|E-mail|Website|Fax|untuk|berdasarkan|yang|dalam|dengan|beralamat|berkedudukan|selaku"
    r"|sebagai|diwakili|located|having|with|represented|acting|as|whose|which|who)\b.*$",
    re.DOTALL,
)
# a kind of institution without its name: "Program Studi", "Sekolah Dasar" (a line break or
# an OCR gap cut the name off)
_GENERIC = frozenset(
    {
        "program", "studi", "sekolah", "dasar", "menengah", "universitas", "institut",
        "fakultas", "badan", "rumah", "sakit", "umum", "daerah", "dinas", "kantor",
        "pemerintah", "desa", "kabupaten", "kota", "provinsi", "yayasan", "koperasi", "pt",
        "cv", "the", "university", "of", "school", "faculty", "department", "ministry",
    }
)  # fmt: skip
_PRONOUN = frozenset({"its", "it", "the", "their", "his", "her", "dan", "and", "of", "for"})
_RECITAL = lazy(r"^\W*(?:whereas|bahwa|menimbang|mengingat|memperhatikan|recitals?)\b", re.I)
_CONTINUES = lazy(r"^[\s,;]*(?:as|for|acting|under|in its capacity|selaku|sebagai)\b")


def clean_name(name: str) -> str:
    """The name alone: a field label or clause glued after it cut off ("PT X Alamat" -> "PT X")."""
    name = _TAIL.sub("", name).strip(" ,;:-")
    if name.endswith(".") and not re.search(r"(?i)\b(?:inc|ltd|corp|co|tbk|bhd|[a-z])\.$", name):
        name = name.rstrip(".")  # "Tulane University." ends a sentence; "Acme, Inc." keeps it
    return name


def plausible_name(name: str) -> bool:
    """``name`` can be a party's name: not a recital word, title, role, collective label, place,
    pronoun or template blank, and at least three letters long."""
    letters = sum(ch.isalpha() for ch in name)
    return (
        letters >= 3
        and name.strip().lower() not in _PRONOUN
        and not _NOT_A_NAME.search(name.strip(" \"“”'"))
        and not _PLACE.match(name.strip())
        and not _PLACEHOLDER.search(name)
        and not set(norm(name).split()) <= _GENERIC
    )


def _alias_ok(alias: str) -> bool:
    return (
        bool(alias.strip())
        and not _DOCUMENT.fullmatch(alias)
        and not re.fullmatch(
            r"(?i)(?:para(?: pihak)?|pihak|parties|party|the parties)", alias.strip()
        )
    )


def _same_party(name: str, party: Party) -> bool:
    n = norm(name)
    return any(
        k and (n == k or n.startswith(k + " ") or k.startswith(n + " "))
        for k in map(norm, party.names)
    )


@per_draft
def find_parties(draft: Draft) -> list[Party]:
    """The parties the opening names, each with its aliases (PIHAK PERTAMA, "Globex").

    Names that cannot be a party's are left out rather than guessed at: recital words
    ("Bahwa", "Whereas"), the document ("Understanding"), titles and roles ("Acting as
    Director"), places ("United States"), collective labels (PARA PIHAK) and template blanks.
    """
    named = _from_answers(draft) if draft.answers else []  # valid embedded answers name them
    if named:
        return named
    parties: list[Party] = []
    for chunk in front(draft):
        if chunk.kind in ("title", "heading") or not _PARTY_CUE.search(chunk.text):
            continue
        if chunk.part == "recitals" or _RECITAL.search(chunk.text):
            continue  # "Whereas X (the "Platform") ..." describes, it does not name a party
        for i, seg in enumerate(_segments(chunk.text)):
            if i and _CONTINUES.search(seg):
                continue  # ', as agent for the New Generation System ("NGS")': not a new party
            name = _name_in(seg)
            name = clean_name(name) if name else None
            if not name or not plausible_name(name):
                continue
            aliases = {(m["a"] or m["b"]).strip() for m in _ALIAS.finditer(seg)}
            same = next((p for p in parties if _same_party(name, p)), None)
            if same:  # named again, perhaps with its label this time
                same.aliases |= {a for a in aliases if _alias_ok(a)}
                continue
            if _DOCUMENT.search(name) or any(_DOCUMENT.fullmatch(a) for a in aliases):
                continue  # 'This Memorandum (the "MoU")' names the document, not a party
            if any(re.fullmatch(r"(?i)para(?: pihak)?|parties|the parties", a) for a in aliases):
                continue  # 'X dan Y secara bersama-sama disebut PARA PIHAK': no new party
            aliases = {a for a in aliases if _alias_ok(a)}
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
        out.extend((name, chunk) for name in found if plausible_name(name))
    return out
