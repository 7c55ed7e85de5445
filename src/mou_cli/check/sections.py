"""Which section of an agreement a heading or a passage is, by meaning, in both languages.

Real drafts title their articles freely ("Hak dan Kewajiban", "Obligations of the Parties"),
fold several sections into one article ("Pasal 8 Lain-lain" settling disputes and amendments),
and reach us through OCR ("PENYELESAIAN PERSELISIHA,N" left as a paragraph). So a section is
present when a heading names it (an article, a heading, a run-in heading "8.5 Notices:", a
stray line in capitals) or when the text states it anywhere: a clause cue in a sentence that
passes the section's tests (``section_cues``), and for the purpose an intention in the
opening, for the roles a duty given to one party. Ids are those of ``mou_cli.library.sections``.

Each cue's needles are looked up in the whole text with ``str.find``, and its pattern runs
only on the chunks that hold one: a draft is scanned once per cue, never chunk by chunk with
every pattern.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from mou_cli.check import section_cues as cues
from mou_cli.check.registry import Hit
from mou_cli.check.text import may_hold, per_draft
from mou_cli.draft import Article, Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.library.sections import SECTIONS
from mou_cli.messages import Msg, msg

# section id -> words that, in a heading, name it (Indonesian and English, regex, a word start)
HEADINGS: dict[str, str] = {
    "definitions": r"definisi|pengertian|ketentuan umum|definitions?|interpretation",
    "purpose": r"maksud\b|tujuan\b|sasaran\b|purposes?\b|objectives?\b|aims?\b|goals?\b",
    "scope": r"ruang lingkup|lingkup|bidang kerja ?sama|scope|areas? of (co-?operation|collab)",
    "roles": r"hak dan kewajiban|kewajiban|tugas|tanggung ?jawab|peran\b|roles?\b"
    r"|responsibilit|obligations|duties|undertakings",
    "contributions": r"kontribusi|contributions?",
    "profit_sharing": r"pembagian (keuntungan|hasil|pendapatan|laba)|bagi hasil|profit|revenue",
    "costs": r"pembiayaan|biaya|pendanaan|anggaran|keuangan|costs?\b|fund|financ|expenses|budget"
    r"|pembayaran|nilai (kontrak|perjanjian|pekerjaan)|harga\b|payments?\b|fees?\b|prices?\b"
    r"|pricing|compensation|remuneration|royalt|imbalan",
    "ip": r"kekayaan intelektual|hk[i]\b|haki\b|intellectual property|ip\b|licen[cs]e|lisensi"
    r"|hak cipta|copyright",
    "confidentiality": r"kerahasiaan|rahasia|confidential|non-?disclosure",
    "personal_data": r"data pribadi|personal data|data protection|privacy",
    "governance": r"tata kelola|koordinasi|komite|governance|co-?ordination|committee",
    "evaluation": r"evaluasi|pemantauan|monitoring|pelaporan|laporan|indikator|evaluation"
    r"|reporting|kpis?\b|review",
    "term": r"jangka waktu(?! (pembiayaan|pembayaran|pendanaan|penyerahan|garansi|pemeliharaan"
    r"|pengembalian))|masa berlaku|berlakunya|term\b|duration|validity|effective date"
    r"|commencement|period of (the |this )?(agreement|co-?operation|collaboration|memorandum|mou)"
    r"|masa (kerja ?sama|perjanjian)|waktu pelaksanaan",
    "termination": r"pengakhiran|berakhirnya|pemutusan|te(rm|nn|rn)inat|terminasi|pembatalan"
    r"|penghentian|cancell?ation",
    "dispute": r"perselisihan|sengketa|disputes?|arbitrat|jurisdiction|yurisdiksi|domisili",
    "governing_law": r"hukum yang berlaku|pilihan hukum|governing law|applicable law\b"
    r"|choice of law",
    "force_majeure": r"keadaan kahar|keadaan memaksa|force ?maj|overmacht|act of god",
    "notices": r"pemberitahuan|korespondensi|surat-menyurat|notices?\b|correspondence"
    r"|communications",
    "amendment": r"perubahan|addendum|adendum|amandemen|amendments?|variations?|modifications?",
    "language": r"bahasa\b|languages?",
    "binding": r"sifat mengikat|mengikat|binding|legal effect",
    "independence": r"kemandirian|hubungan para pihak|independen|relationship of the parties",
    "assignment": r"pengalihan|assignment|transfer of rights",
    "entire_agreement": r"keseluruhan|entire agreement",
    "severability": r"keterpisahan|severab",
    "anti_corruption": r"korupsi|anti-?bribery|anti-?corruption|integritas|integrity",
    "closing": r"penutup|closing|final provisions|miscellaneous|lain-lain|ketentuan lain",
    "signature": r"tanda tangan|penandatanganan|signatures?|execution",
}
# sections whose clauses the parties sign under: a clause the reader put into the signature
# block (a list run on after the last article) still counts for them
_OPERATIVE = frozenset(
    {"ip", "confidentiality", "term", "termination", "dispute", "governing_law", "force_majeure"}
    | {"notices", "amendment"}
)


@cache
def _any_heading() -> re.Pattern[str]:
    """Every section's heading words in one pattern (on lower-case text), a named group per
    section."""
    return re.compile("|".join(rf"(?P<{s}>\b(?:{rx}))" for s, rx in HEADINGS.items()))


@lru_cache(maxsize=4096)
def heading_sections(title: str) -> frozenset[str]:
    """Every section a heading names: "Jangka Waktu dan Pengakhiran" -> {term, termination}."""
    text = cues.norm_heading(title).lower()
    return frozenset(m.lastgroup or "" for m in _any_heading().finditer(text))


def articles_for(draft: Draft, section: str) -> list[Article]:
    """Articles whose heading names ``section``."""
    return [a for a in draft.articles if section in heading_sections(a.title or a.label)]


_NUMBERING = lazy(r"^\s*(?:[\dIVXLivxl]{1,5}|[A-Za-z])[.)]\s+")


@dataclass
class _Layout:
    """What a draft's chunks say, worked out once: each chunk's text as matched (``norm``) and
    in lower case, all of it in one string, the sections each chunk names as a heading (a
    heading, a run-in heading, a stray line in capitals), and the sections of the nearest
    heading at or before it."""

    texts: list[str]
    lows: list[str]
    heads: list[frozenset[str]]
    context: list[frozenset[str]]
    big: str = ""
    starts: list[int] = field(default_factory=list)


def _pure(title: str) -> bool:
    return cues.pure(title.lower(), _any_heading())


@per_draft
def _layout(draft: Draft) -> _Layout:
    texts = [cues.norm(c.text) for c in draft.chunks]
    heads: list[frozenset[str]] = []
    context: list[frozenset[str]] = []
    starts = {id(a.body[0]): a for a in draft.articles if a.body}
    near: frozenset[str] = frozenset()
    for c, text in zip(draft.chunks, texts, strict=True):
        if id(c) in starts:
            article = starts[id(c)]
            near = heading_sections(article.title or article.label)
        named: frozenset[str] = frozenset()
        if c.in_signature or c.kind == "title":
            pass
        elif c.kind == "heading" or cues.caps_line(_NUMBERING.sub("", text)):
            named = heading_sections(text)
            near = named or near
        elif (run_in := cues.lead(text)) is not None:
            said = heading_sections(run_in)
            near = said or near
            named = said if said and _pure(run_in) else frozenset()
        heads.append(named)
        context.append(near)
    # one character of the text in lower case is one character: cue positions hold in both
    lows = [low if len(low) == len(t) else t for t, low in ((t, t.lower()) for t in texts)]
    offsets = list(itertools.accumulate((len(t) + 1 for t in lows), initial=0))
    return _Layout(texts, lows, heads, context, "\n".join(lows), offsets)


def headed(draft: Draft, section: str) -> bool:
    """An article, a heading chunk or a run-in heading names ``section``."""
    if articles_for(draft, section):
        return True
    return any(section in named for named in _layout(draft).heads)


# a law named in a party's description is not the agreement's governing law
_PARTY_LAW = lazy(
    r"\b(established|incorporated|organi[sz]ed|existing|registered|formed|constituted|founded"
    r"|didirikan|berdiri|berbadan hukum|berkedudukan|tercatat|terdaftar)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


def _counts(section: str, text: str, m: re.Match[str], near: frozenset[str]) -> bool:
    if section == "governing_law" and (
        _PARTY_LAW.search(text[max(0, m.start() - 80) : m.start()])
        or not cues.governs(text, m.start(), m.end())
    ):
        return False
    if (
        section == "force_majeure"
        and "termination" in near
        and section not in near
        and not cues.STRONG_FM.search(cues.sentence(text, m.start(), m.end()))
    ):
        return False  # force majeure as a ground for termination is no force-majeure clause
    if section in _OPERATIVE and cues.RECITAL.match(text):
        return False
    return cues.counts(section, text, m.start(), m.end())


def _scan(draft: Draft, found: list[cues.Cue]) -> Iterator[tuple[int, re.Match[str]]]:
    """(chunk index, match in the chunk's lower-case text) for every match of the cues: each
    cue's needles are looked up in the whole text at once, and its pattern runs only on the
    chunks that hold one."""
    lay = _layout(draft)
    for cue in found:
        where: set[int] = set()
        for needle in cue.needles:
            at = lay.big.find(needle)
            while at >= 0:
                after = bisect.bisect_right(lay.starts, at)  # the chunk after this one
                where.add(after - 1)
                at = lay.big.find(needle, lay.starts[after]) if after < len(lay.starts) else -1
        for i in sorted(where):
            for m in cue.rx.finditer(lay.lows[i]):
                yield i, m


def _clause_indices(draft: Draft, section: str) -> list[int]:
    """Chunks whose text states ``section`` (its cues, in sentences that pass its tests)."""
    found: dict[str, list[int]] = draft.remember("phrase-chunks", dict)
    if section not in found:
        lay, out = _layout(draft), set()
        for i, m in _scan(draft, cues.CLAUSES[section]):
            if i in out or (draft.chunks[i].in_signature and section not in _OPERATIVE):
                continue
            if _counts(section, lay.texts[i], m, lay.context[i]):
                out.add(i)
        found[section] = sorted(out)
    return found[section]


def phrase_chunks(draft: Draft, section: str) -> list[Chunk]:
    """Chunks (outside the signature block) where a key phrase of ``section`` appears."""
    if section not in cues.CLAUSES:
        return []
    chunks = draft.chunks
    return [chunks[i] for i in _clause_indices(draft, section) if not chunks[i].in_signature]


def _evidence(draft: Draft, section: str) -> bool:
    """The opening shows ``section`` is there: what the parties intend to do (purpose)."""
    lay, n = _layout(draft), len(draft.chunks)
    for i, m in _scan(draft, cues.EVIDENCE[section]):
        c = draft.chunks[i]
        opening = (
            c.part in ("title", "front", "recitals") or 5 * i < 3 * n or "scope" in lay.context[i]
        )
        if opening and not c.in_signature and _counts(section, lay.texts[i], m, lay.context[i]):
            return True
    return False


def present(draft: Draft, section: str) -> bool:
    """``section`` is in the draft: under a heading, stated by its key phrases, or shown by
    what the text says (an intention in the opening for the purpose, a party's duties for
    its roles)."""
    if headed(draft, section) or (section in cues.CLAUSES and _clause_indices(draft, section)):
        return True
    if section in cues.EVIDENCE and _evidence(draft, section):
        return True
    return section == "roles" and duties(draft)


def section_text(draft: Draft, section: str) -> list[Chunk]:
    """The chunks that make up a section: its articles' bodies, or else the phrase chunks."""
    arts = articles_for(draft, section)
    if arts:
        return [c for a in arts for c in a.body]
    return phrase_chunks(draft, section)


_PIHAK = (
    r"pihak (?:pertama|kedua|kesatu|ketiga|keempat|i{1,3}|iv|[1-4])\b"
    r"|(?:first|second|third) party|party [a-d]\b"
)
_ROLE_NOUNS = (
    "supplier|purchaser|buyer|seller|licensor|licensee|grantor|grantee|sponsor|developer|user"
    "|client|customer|vendor|contractor|consultant|provider|recipient|distributor|reseller"
    "|agent|owner|lessor|lessee|investor|company|university|institution|school|host|partner"
    "|covered entity|data user|data provider|requester|employer|member|pengembang|pemilik"
    "|penyedia|pengguna|mitra"
)
_DUTY = (
    r"(?:'s)?(?: (?:also|hereby|further|juga|dapat))? (?:shall|will|must|should|agrees? to"
    r"|undertakes? to|is responsible for|is obliged to|wajib|berkewajiban|bertugas"
    r"|bertanggung ?jawab|akan|bersedia|sanggup|harus|berhak|setuju untuk|menyediakan|memberikan"
    r"|melaksanakan|menyiapkan|membayar|menanggung|menyelenggarakan|mengelola|menerima"
    r"|mempunyai kewajiban|memiliki kewajiban)\b(?! (?:memberitahukan|notify|give notice"
    r"|terminate|mengakhiri))"
)
_GENERIC = {"party", "parties", "para pihak", "pihak", "the parties", "kedua belah pihak"}


_DUTY_RX = lazy(_DUTY)
# a party named by its label or its role, then a duty
_SUBJECT_DUTY = [
    cues.Cue(
        ("pihak", "party", *_ROLE_NOUNS.split("|")),
        lazy(
            rf"(?<![\w-])(?:{_PIHAK}"
            rf"|(?:{_ROLE_NOUNS})s?){_DUTY}"
        ),
    )
]


@per_draft
def duties(draft: Draft) -> bool:
    """A party is given something to do: "PIHAK KEDUA wajib menyediakan ...", "The Supplier
    shall supply ...", "Users should return the loggers ..." (one party, not all of them)."""
    from mou_cli.check.parties import find_parties

    if any(not draft.chunks[i].in_signature for i, _ in _scan(draft, _SUBJECT_DUTY)):
        return True
    lay = _layout(draft)
    names = {
        cues.norm(n).lower() for p in find_parties(draft) for n in p.names if len(n.strip()) > 1
    } - _GENERIC
    for name in names:  # a party named by the name or short name the opening gives it
        at = lay.big.find(name)
        while at >= 0:
            end = at + len(name)
            i = bisect.bisect_right(lay.starts, at) - 1
            word = at == 0 or not (lay.big[at - 1].isalnum() or lay.big[at - 1] in "-_")
            if word and _DUTY_RX.match(lay.big, end) and not draft.chunks[i].in_signature:
                return True
            at = lay.big.find(name, end)
    return False


def name(section: str, lang: str) -> str:
    """The section's name in ``lang`` ("Keadaan kahar" / "Force majeure")."""
    return SECTIONS[section][0 if lang == "id" else 1]


def missing(
    draft: Draft,
    section: str,
    message: Msg,
    hint: Msg,
    also: tuple[str, ...] = (),
    row: str | None = None,
) -> Iterator[Hit]:
    """One document-level hit when neither ``section`` nor any of ``also`` is present.

    ``row``: the completeness checklist row of the same element. When the draft carries its
    answers and they leave that row missing, the hit is given even if a passing phrase would
    count as the section ("confidential information" in another article), unless an article
    is now headed for it (added by hand after `mou new`): the report agrees with the checklist.
    """
    if row is not None:
        from mou_cli.check.answers import missing_row

        gap = missing_row(draft, row)
        if gap is not None and not headed(draft, row if row in HEADINGS else section):
            yield Hit(
                msg(
                    f"Daftar periksa: “{gap.element['id']}” tidak ada dalam jawaban, dan tidak "
                    "ada pasal yang mengaturnya.",
                    f"Checklist: “{gap.element['en']}” is missing from the answers, and no "
                    "article covers it.",
                ),
                None,
                "",
                msg(
                    f"Isi `{gap.field}` pada jawaban lalu jalankan `mou new` lagi, "
                    f"atau: {hint['id']}",
                    f"Fill in `{gap.field}` in the answers and run `mou new` again, "
                    f"or: {hint['en']}",
                ),
            )
            return
    if not any(present(draft, s) for s in (section, *also)):
        yield Hit(message, None, "", hint)


_ID_LAW = lazy(
    r"hukum (negara )?(republik )?indonesia|hukum yang berlaku di (negara )?(republik )?indonesia"
    r"|laws? of (the )?(republic of )?indonesia|indonesian law",
    re.IGNORECASE,
)


_GOVERNS = lazy(
    r"govern|construed|applicable law|tunduk|diatur (oleh|berdasarkan|menurut)|hukum yang berlaku"
    r"|pilihan hukum|subject to the laws",
    re.IGNORECASE,
)


def _governs_indonesian(sentence: str) -> bool:
    for m in _ID_LAW.finditer(sentence):
        if _PARTY_LAW.search(sentence[max(0, m.start() - 80) : m.start()]):
            continue  # "a company established under the laws of Indonesia"
        if _GOVERNS.search(sentence):
            return True
    return False


@per_draft
def indonesian_law(draft: Draft) -> bool:
    """The draft says it is governed by Indonesian law (not merely that a party is Indonesian)."""
    chunks = [c for c in draft.chunks if not c.in_signature]
    for c in section_text(draft, "governing_law") + chunks:
        if not may_hold(draft, c, ("indonesia",)):
            continue  # every match of _ID_LAW holds it
        for sentence in re.split(r"(?<=[.;])\s+", c.text):
            if _governs_indonesian(sentence):
                return True
    return False


def indonesian_law_basis(draft: Draft) -> str | None:
    """Why Indonesian law applies: ``"stated"`` (the draft says so), ``"party"`` (no governing
    law is stated and a party is Indonesian), or None (another law, or no Indonesian party)."""
    if indonesian_law(draft):
        return "stated"
    if present(draft, "governing_law"):
        return None
    from mou_cli.check.parties import find_parties

    return "party" if any(p.indonesian for p in find_parties(draft)) else None


def law_note(basis: str) -> Msg:
    """The clause for a message saying why Indonesian law is assumed."""
    if basis == "stated":
        return msg("draf tunduk pada hukum Indonesia", "the draft is governed by Indonesian law")
    return msg(
        "hukum yang berlaku tidak disebutkan dan ada pihak Indonesia",
        "no governing law is stated and a party is Indonesian",
    )
