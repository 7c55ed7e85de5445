"""Which section of an agreement a heading or a passage is, by meaning, in both languages.

Real drafts title their articles freely ("Hak dan Kewajiban", "Tugas dan Tanggung Jawab",
"Obligations of the Parties"), and short MoUs fold several sections into one article. So a
section counts as present when an article *heading* names it, or when one of its *key
phrases* appears anywhere in the text. Ids are those of ``mou_cli.library.sections``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from mou_cli.check.registry import Hit
from mou_cli.check.text import may_hold, per_draft
from mou_cli.draft import Article, Chunk, Draft
from mou_cli.draft.rx import lazy
from mou_cli.library.sections import SECTIONS
from mou_cli.messages import Msg, msg

# section id -> words that, in a heading, name it (Indonesian and English, regex, no anchors)
HEADINGS: dict[str, str] = {
    "definitions": r"definisi|pengertian|ketentuan umum|definitions?|interpretation",
    "purpose": r"maksud|tujuan|sasaran|purposes?|objectives?|aims?|goals?",
    "scope": r"ruang lingkup|lingkup|bidang kerja ?sama|scope|areas? of (co-?operation|collab)",
    "roles": r"hak dan kewajiban|kewajiban|tugas|tanggung jawab|peran|pelaksanaan|roles?"
    r"|responsibilit|obligations|duties|undertakings",
    "contributions": r"kontribusi|contributions?",
    "profit_sharing": r"pembagian (keuntungan|hasil|pendapatan|laba)|bagi hasil|profit|revenue",
    "costs": r"pembiayaan|biaya|pendanaan|anggaran|keuangan|costs?|fund|financ|expenses|budget",
    "ip": r"kekayaan intelektual|\bhk[i]\b|\bhaki\b|intellectual property|\bip\b",
    "confidentiality": r"kerahasiaan|rahasia|confidential|non-?disclosure",
    "personal_data": r"data pribadi|personal data|data protection|privacy",
    "governance": r"tata kelola|koordinasi|komite|governance|co-?ordination|committee",
    "evaluation": r"evaluasi|pemantauan|monitoring|pelaporan|laporan|indikator|evaluation"
    r"|reporting|\bkpis?\b|review",
    "term": r"jangka waktu|masa berlaku|berlakunya|\bterm\b|duration|validity|effective date"
    r"|commencement",
    "termination": r"pengakhiran|berakhirnya|pemutusan|terminat",
    "dispute": r"perselisihan|sengketa|disputes?|arbitrat",
    "governing_law": r"hukum yang berlaku|pilihan hukum|domisili|governing law|applicable law"
    r"|choice of law",
    "force_majeure": r"keadaan kahar|keadaan memaksa|force majeure|overmacht",
    "notices": r"pemberitahuan|korespondensi|surat-menyurat|notices?|correspondence"
    r"|communications",
    "amendment": r"perubahan|addendum|adendum|amandemen|amendments?|variations?",
    "language": r"\bbahasa\b|languages?",
    "binding": r"sifat mengikat|mengikat|binding|legal effect",
    "independence": r"kemandirian|hubungan para pihak|independen|relationship of the parties",
    "assignment": r"pengalihan|assignment|transfer of rights",
    "entire_agreement": r"keseluruhan|entire agreement",
    "severability": r"keterpisahan|keterpisahan|severab",
    "anti_corruption": r"korupsi|anti-?bribery|anti-?corruption|integritas|integrity",
    "closing": r"penutup|closing|final provisions|miscellaneous|lain-lain",
    "signature": r"tanda tangan|signatures?|execution",
}

# section id -> phrases in the text that show the section is there even without a heading
PHRASES: dict[str, str] = {
    "purpose": r"maksud dan tujuan|bertujuan untuk|dengan tujuan|tujuan (dari )?(nota|perjanjian"
    r"|kerja ?sama|kesepakatan)|the purpose of|purpose of this|objectives? of this|aims? to"
    r"|is intended to",
    "roles": r"hak dan kewajiban|bertanggung jawab (atas|untuk|terhadap)|berkewajiban"
    r"|(will|shall|must) be responsible|responsib(le|ilities) (for|of)",
    "costs": r"biaya|pembiayaan|anggaran|ditanggung|bagi hasil|pembagian (keuntungan|hasil)"
    r"|costs?\b|expenses|funding|own cost|profits?\b|revenue shar|financial obligation",
    "ip": r"kekayaan intelektual|hak cipta|paten\b|merek\b|intellectual property|copyright"
    r"|patents?\b|trade ?marks?",
    "confidentiality": r"rahasia|confidential",
    "term": r"berlaku (selama|sejak|untuk jangka waktu|terhitung)|jangka waktu|masa berlaku"
    r"|(remains?|continues?|is|be|shall be) (in force|in effect|valid) (for|until|from|during)"
    r"|for a (term|period) of|term of this|commences? on|effective (for|from|until)",
    "termination": r"pengakhiran|mengakhiri|diakhiri|pemutusan|terminat",
    "dispute": r"perselisihan|sengketa|disputes?\b|arbitrat",
    "governing_law": r"tunduk (pada|kepada) (ketentuan )?hukum|diatur (oleh|menurut) hukum"
    r"|pilihan hukum|hukum yang berlaku (bagi|terhadap|atas|untuk|pada) (nota|perjanjian|mou"
    r"|kesepahaman)|governed by [^.;]{0,40}\blaws?\b|construed in accordance with [^.;]{0,40}"
    r"\blaws?\b|governing law|(the )?applicable law (is|shall be|will be)|subject to the laws",
    "force_majeure": r"keadaan kahar|keadaan memaksa|force majeure|overmacht|act of god"
    r"|beyond (its|their|the [\w ]{0,20}) (reasonable )?control",
    "notices": r"(setiap|semua|segala|seluruh) (pemberitahuan|surat-menyurat|korespondensi)"
    r"|alamat (korespondensi|surat|sebagai berikut)|(all|any) notices?\b|notices? (under|in "
    r"connection with|to a party)|address for notices",
    "amendment": r"addendum|adendum|amandemen|perubahan (atas|terhadap|dari)? ?(ketentuan|isi)?"
    r" ?(nota|perjanjian|kesepahaman)|\bamend(ed|ment)?\b|variation of this|(may|can|shall)"
    r" (only )?be (changed|varied|modified)( only)? (in writing|by)|changes? (to|of) (this|the)"
    r" [^.;]{0,40}(must|shall|will) be (made )?in writing|(hanya )?dapat (di)?ubah"
    r"|diubah (hanya )?(dengan|secara|melalui)|perubahan [^.;]{0,60}(dibuat|dilakukan)"
    r" (secara )?tertulis",
    "language": r"bahasa indonesia|dalam bahasa|language",
    "signature": r"ditandatangani|tanda tangan|in witness|signed (by|on behalf)"
    r"|for and on behalf of|untuk dan atas nama",
}


@cache
def _heading_re(section: str) -> re.Pattern[str]:
    return re.compile(HEADINGS[section], re.IGNORECASE)


@cache
def phrase_re(section: str) -> re.Pattern[str]:
    return re.compile(PHRASES[section], re.IGNORECASE)


@lru_cache(maxsize=4096)
def heading_sections(title: str) -> frozenset[str]:
    """Every section a heading names: "Jangka Waktu dan Pengakhiran" -> {term, termination}."""
    return frozenset(s for s in HEADINGS if _heading_re(s).search(title))


def articles_for(draft: Draft, section: str) -> list[Article]:
    """Articles whose heading names ``section``."""
    return [a for a in draft.articles if section in heading_sections(a.title or a.label)]


def headed(draft: Draft, section: str) -> bool:
    """An article or a heading chunk names ``section``."""
    if articles_for(draft, section):
        return True
    return any(c.kind == "heading" and section in heading_sections(c.text) for c in draft.chunks)


# a law named in a party's description is not the agreement's governing law
_PARTY_LAW = lazy(
    r"\b(established|incorporated|organi[sz]ed|existing|registered|formed|constituted|founded"
    r"|didirikan|berdiri|berbadan hukum|berkedudukan|tercatat|terdaftar)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_CHECKS = {
    "governing_law": lambda text, m: not _PARTY_LAW.search(text[max(0, m.start() - 80) : m.start()])
}


def _phrase_in(section: str, text: str) -> bool:
    text = " ".join(text.split())  # a line break inside a phrase (DOCX, text from a PDF)
    check = _CHECKS.get(section)
    if check is None:
        return phrase_re(section).search(text) is not None
    return any(check(text, m) for m in phrase_re(section).finditer(text))


def phrase_chunks(draft: Draft, section: str) -> list[Chunk]:
    """Chunks (outside the signature block) where a key phrase of ``section`` appears."""
    if section not in PHRASES:
        return []
    found: dict[str, list[Chunk]] = draft.remember("phrase-chunks", dict)
    if section not in found:
        found[section] = [
            c for c in draft.chunks if not c.in_signature and _phrase_in(section, c.text)
        ]
    return list(found[section])


def present(draft: Draft, section: str) -> bool:
    """``section`` is in the draft, under a heading or by its key phrases."""
    return headed(draft, section) or bool(phrase_chunks(draft, section))


def section_text(draft: Draft, section: str) -> list[Chunk]:
    """The chunks that make up a section: its articles' bodies, or else the phrase chunks."""
    arts = articles_for(draft, section)
    if arts:
        return [c for a in arts for c in a.body]
    return phrase_chunks(draft, section)


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
