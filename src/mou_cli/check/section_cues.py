"""What the text says when a section is there: the cue phrases of each section, in Indonesian
and English, and the tests a cue's sentence must pass to count.

A cue is a *clause* cue (the sentence states the section: "Perjanjian ini tunduk pada hukum
Republik Indonesia") or, for a few sections, *evidence* that only shows the section exists
("PARA PIHAK sepakat untuk mengadakan kerja sama ..." states what the agreement is for).
Mentions do not count: "intellectual property disputes" in an indemnity is no IP clause,
"costs and expenses" in an indemnity are no financial terms, force majeure listed as a ground
for termination is no force-majeure clause. Patterns run on text from :func:`norm`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mou_cli.draft.rx import lazy

# tokens in the cue lists: <G40> is up to 40 characters inside one sentence, <DOC> a word
# for the agreement itself in Indonesian, <THIS> "this Agreement" and its kin in English
_TOKENS = {
    "<G20>": r"[^.;\n]{0,20}",
    "<G40>": r"[^.;\n]{0,40}",
    "<G60>": r"[^.;\n]{0,60}",
    "<G100>": r"[^.;\n]{0,100}",
    "<DOC>": r"(?:nota|perjanjian|kesepahaman|kesepakatan|kontrak|mou|moa|pks|kerja ?sama"
    r"|addendum)",
    "<THIS>": r"(?:this|the) (?:agreement|memorandum|mou|moa|contract|licen[cs]e|amendment"
    r"|letter)",
}


def _rx(pattern: str) -> str:
    """``pattern`` with its tokens written out."""
    for token, rx in _TOKENS.items():
        pattern = pattern.replace(token, rx)
    return pattern


@dataclass(frozen=True)
class Cue:
    """A pattern (on lower-case text) and the words one of which every match holds: the
    words are found with ``str.find``, and the pattern runs only on the chunks that hold one."""

    needles: tuple[str, ...]
    rx: re.Pattern[str]


def _cues(specs: list[str], flags: int = 0) -> list[Cue]:
    """Cues from "needles ~ pattern" strings."""
    pairs = [spec.split(" ~ ", 1) for spec in specs]
    return [Cue(tuple(n.split("|")), lazy(_rx(p), flags)) for n, p in pairs]


_ODD = (("ı", "i"), ("İ", "I"), ("\u00ad", ""), ("\ufffe", ""), ("\u200b", ""))
_CAPS_COMMA = lazy(r"(?<=[A-Z]),(?=[A-Z])")


def norm(text: str) -> str:
    """One line per chunk for matching: spaces collapsed, OCR's dotless i undone, soft
    hyphens dropped."""
    if not text.isascii():
        for odd, even in _ODD:
            if odd in text:
                text = text.replace(odd, even)
    return " ".join(text.split())


def norm_heading(text: str) -> str:
    """A heading for matching: as :func:`norm`, and a stray comma inside a word in capitals
    ("PERSELISIHA,N", OCR) dropped."""
    text = norm(text)
    return _CAPS_COMMA.sub("", text) if "," in text else text


# section id -> clause cues, "needles ~ pattern": every match of the pattern (on lower-case
# text) holds one of the needles (separated by |)
_CLAUSES: dict[str, list[str]] = {
    "purpose": [
        r"maksud dan tujuan ~ maksud dan tujuan",
        r"tujuan ~ \bbertujuan\b|\btujuan (?:dari |utama )?(?:<DOC>|kegiatan|program)\b",
        r"tujuan ~ \bdengan tujuan\b",
        r"dimaksudkan ~ \bdimaksudkan (?:untuk|sebagai)\b",
        r"purpose ~ \bthe purposes? of (?:this|the)\b(?! agreement,)|\bpurposes? of this\b",
        r"objective ~ \bobjectives? of (?:this|the)\b",
        r"aim ~ \baims? (?:of this|to)\b",
        r"is intended to ~ \b(?:agreement|memorandum|mou|cooperation|partnership"
        r"|collaboration) is intended to\b",
    ],
    "roles": [
        r"jawab ~ \bbertanggung ?jawab (?:atas|untuk|terhadap)\b",
        r"berkewajiban ~ \bberkewajiban\b",
        r"responsib ~ \b(?:will|shall|must) be responsible\b|\bresponsib(?:le|ilities) (?:for"
        r"|of)\b",
    ],
    "costs": [
        r"biaya|anggaran|ditanggung|dana|keuangan|modal ~ \b(?:biaya|pembiayaan|anggaran"
        r"|ditanggung|dana|keuangan|modal)\b",
        r"bagi hasil|pembagian|keuntungan|komisi ~ \bbagi hasil\b|\bpembagian (?:keuntungan"
        r"|hasil)\b|\bkeuntungan\b|\bkomisi\b",
        r"harga|bayar|imbalan|honorarium ~ \bharga\b|\bbayar|\bpembayaran\b|\bdibayar"
        r"|\bimbalan\b|\bhonorarium\b",
        r"nilai ~ \bnilai (?:kontrak|perjanjian|pekerjaan)\b",
        r"cost|expenses|funding|profit|revenue shar|financial obligation ~ \bcosts?\b"
        r"|\bexpenses\b|\bfunding\b|\bprofits?\b|\brevenue shar|\bfinancial obligation",
        r"pay|fee|price|invoice|commission ~ \bpay(?:s|ing|ment|ments|able)?\b|\bfees?\b"
        r"|\bprices?\b|\binvoice|\bcommission\b",
        r"royalt|compensation|remunerat|monetary|allowance ~ \broyalt(?:y|ies)\b(?!-free)"
        r"|\bcompensation\b|\bremunerat|\bmonetary\b|\ballowance\b",
        r"rp.|rp |rp0|rp1|rp2|rp3|rp4|rp5|rp6|rp7|rp8|rp9|idr|usd|$|€"
        r" ~ (?:\brp\.?|\bidr|\busd|\$|€) ?\d",
        r"rupiah|dollar|usd|idr ~ \d ?(?:rupiah|dollars?|usd|idr)\b",
    ],
    "ip": [
        r"intelektual|hak cipta|paten|merek|lisensi|haki|hki ~ kekayaan intelektual"
        r"|\bhak cipta\b|\bpaten\b|\bmerek\b|\blisensi\b|\bhaki\b|\bhki\b",
        r"intellectual property|copyright|patent|trade ~ intellectual property|\bcopyrights?\b"
        r"|\bpatents?\b|\btrade ?marks?\b",
        r"licen ~ \blicen[cs]e (?:to|under|agreement|fee|granted)\b|\blicen[cs]ed (?:to|by"
        r"|under)\b|\bgrants?\b<G60>\blicen[cs]e\b",
    ],
    "confidentiality": [
        r"rahasia ~ \bkerahasiaan\b|\bmerahasiakan\b|\bdirahasiakan\b|\b(?:informasi|data"
        r"|dokumen|keterangan)<G20>\brahasia\b(?! (?:dagang|negara))",
        r"confiden ~ \bconfidential information\b|\bconfidentiality\b|\bin confidence\b"
        r"|\b(?:keep|kept|hold|held|treat|treated|maintain|maintained)\b<G40>\bconfiden",
        r"disclos ~ \bnon-?disclosure\b|\bnot (?:to )?disclose\b",
    ],
    "term": [
        r"berlaku ~ \bberlaku (?:selama|untuk jangka waktu|terhitung)\b|\bmasa berlaku\b"
        r"|<DOC>\b<G60>(?<!tetap )\bberlaku (?:sejak|mulai|pada|efektif|sampai|hingga)\b"
        r"|\bmulai berlaku\b(?! sejak diterima)",
        r"jangka waktu ~ \bjangka waktu (?:<DOC>|berlaku|selama|\d|\w+ \(\d)"
        r"|\buntuk jangka waktu\b",
        r"selama ~ (?:kerja ?sama|bekerja ?sama)\b<G60>\bselama (?:periode|masa|\d)",
        r"force|effect|valid ~ \b(?:agreement|memorandum|mou|contract|this|it)\b<G40>"
        r"\b(?:remains?|continues?|is|be) (?:in (?:full )?(?:force|effect)(?: and effect)?|valid"
        r"|effective) (?:for|until|from|during|through)\b",
        r"term of|period of|commence ~ \bfor a (?:term|period) of\b|\bcommences? on\b"
        r"|\b(?:initial )?term of (?:this |the )?(?:agreement|memorandum|mou|contract)\b"
        r"|\bperiod of (?:the |this )?(?:agreement|cooperation|collaboration|memorandum|mou)\b",
        r"effective ~ \b(?:agreement|memorandum|mou|contract|this)\b<G40>\beffective (?:for|from"
        r"|until|as of)\b",
        r"term|perpanjang ~ \bterm\b<G20>\b(?:extended|renewed)\b|\bextends? (?:the|its) term\b"
        r"|<DOC>\b<G60>\bdiperpanjang\b",
        r"extend|last|run|continue ~ \b(?:shall|will) (?:extend|last|run|continue) (?:from|until"
        r"|for)\b",
    ],
    "termination": [
        r"akhir ~ \bpengakhiran\b|\bdiakhiri\b|\bdapat berakhir\b|\b(?:dapat|berhak|untuk"
        r"|akan) mengakhiri\b|\bmengakhiri <DOC>|\bberakhir (?:apabila|jika|bila|karena|sebelum"
        r"|dengan(?! sendirinya)|atas)\b",
        r"terminasi ~ \bterminasi\b",
        r"pemutusan|pembatalan|penghentian ~ \bpemutusan (?:hubungan )?<DOC>|\b(?:pembatalan"
        r"|penghentian) <DOC>",
        r"batal|henti ~ \b(?:membatalkan|dibatalkan|menghentikan|dihentikan)\b<G20><DOC>",
        r"batal|henti|putus ~ <DOC>\b<G40>\b(?:dibatalkan|dihentikan|diputus(?:kan)?)\b",
        r"terminat ~ \bterminat\w* (?:of )?<THIS>|\bterminate (?:this|the|its|their)\b"
        r"|\bright to terminate\b|\bterminated (?:by|upon|for|earlier|early|at any time|with"
        r"|without|if|in|on|as)\b|\b(?:upon|on|after|following) (?:any "
        r"|the )?(?:early )?termination\b|\btermination (?:for|without|with|by|upon|on|notice"
        r"|rights?)\b|\bunless (?:and until )?(?:sooner |earlier )?terminated\b"
        r"|\bnotice of termination\b",
        r"terminat|tennin|ternin ~ \b(?:may|can|shall|will|might) (?:be )?te(?:rm|nn|rn)inat",
        r"cancel ~ \b(?:right to )?cancel (?:this|the) (?:agreement|mou|memorandum|contract)\b"
        r"|\b(?:may|can|shall) be cancell?ed\b",
    ],
    "dispute": [
        r"perselisihan|sengketa|beda pendapat|perbedaan ~ \bperselisihan\b|\bsengketa\b"
        r"|\bbeda pendapat\b|\bperbedaan (?:dalam )?(?:pendapat|penafsiran|pemahaman)\b",
        r"ketidaksesuaian|ketidaksepahaman ~ \bketidak(?:sesuaian|sepahaman)\b",
        r"dispute|arbitra|bani|domisili hukum ~ \bdisputes?\b|\barbitra|\bbani\b"
        r"|\bdomisili hukum\b",
        r"jurisdiction ~ \bsubmits? to (?:the )?(?:\w+ )?jurisdiction\b"
        r"|\bexclusive jurisdiction\b",
    ],
    "governing_law": [
        r"governed by ~ \bgoverned by\b<G100>\b(?:laws?|acts?|code)\b",
        r"construed|interpreted|constructed|enforced|governed ~ \b(?:construed|interpreted"
        r"|constructed|enforced|governed)\b<G100>\blaws?\b",
        r"govern|apply ~ \blaws? of\b<G60>\b(?:shall|will|to) (?:govern|apply)\b",
        r"governing law|choice of law|applicable law ~ \bgoverning law\b|\bchoice of law\b"
        r"|\bapplicable law (?:is|shall be|will be)\b",
        r"laws of ~ \bsubject to (?:the )?laws of\b",
        r"pilihan hukum|hukum yang berlaku|berlaku hukum ~ \bpilihan hukum\b"
        r"|\bhukum yang berlaku\s*:|\bberlaku hukum (?!yang\b)\w",
        r"diatur|ditafsirkan|tunduk|dilaksanakan ~ \b(?:diatur|ditafsirkan|tunduk|dilaksanakan)\b"
        r"<G100>\bhukum (?!yang\b)\w",
    ],
    "force_majeure": [
        r"keadaan kahar|keadaan memaksa|force|overmacht|act of god ~ keadaan kahar"
        r"|keadaan memaksa|\bforce ?maj|\bovermacht\b|act of god",
        r"beyond ~ beyond (?:its|their|the [\w ]{0,20}) (?:reasonable )?control",
        r"di luar kemampuan ~ \bdi luar kemampuan\b",
    ],
    "notices": [
        r"setiap|semua|segala|seluruh ~ \b(?:setiap|semua|segala|seluruh) (?:surat[- ]?menyurat"
        r"|pemberitahuan|korespondensi|komunikasi)\b",
        r"alamat ~ \balamat (?:korespondensi|surat|sebagai berikut|para pihak)",
        r"surat tercatat|persuratan|surat resmi|mail|faksimili ~ \b(?:memberitahukan"
        r"|pemberitahuan|disampaikan|dikirim\w*)\b<G100>\b(?:surat tercatat|persuratan"
        r"|surat resmi|e-?mail|faksimili)\b",
        r"notice ~ \b(?:all|any) notices?\b(?! of (?:termination|renewal|non-renewal))"
        r"|\bnotices? (?:under|in connection with|to a party|given|required|shall be (?:given"
        r"|sent|delivered|in writing))\b|\baddress(?:es)? for notices\b"
        r"|\bnotices?<G60>\b(?:to the address|at the address|by (?:registered|certified|e-?mail"
        r"|courier|hand))",
    ],
    "amendment": [
        r"addend|adendum|amandemen|amend ~ \baddend(?:um|a)\b|\badendum\b|\bamandemen\b"
        r"|\bamend(?:s|ed|ment|ments)?\b",
        r"perubahan ~ \bperubahan\b<G100>\b(?:dibuat|dilakukan|dituangkan|disetujui"
        r"|disepakati) (?:[\w-]+ ){0,3}tertulis\b|\bperubahan (?:(?:atas|terhadap|dari|isi"
        r"|ketentuan) )*<DOC>\b",
        r"ubah ~ \b(?:hanya )?dapat (?:di)?ubah\b|\bdiubah (?:hanya )?(?:dengan|secara|melalui"
        r"|atas)\b",
        r"change|modification|variation ~ \b(?:changes?|modifications?|variations?) (?:in|to"
        r"|of) (?:this|the) (?:agreement|memorandum|mou|contract)\b|\bvariation of this\b",
        r"changed|varied|modified|amended|altered ~ \b(?:may|can|shall|will)(?: not"
        r"| only)? be (?:changed|varied|modified|amended|altered)\b",
    ],
    "language": [
        r"bahasa indonesia|dalam bahasa|language ~ bahasa indonesia|dalam bahasa|language",
    ],
    "signature": [
        r"ditandatangani|tanda tangan|in witness|signed ~ ditandatangani|tanda tangan|in witness"
        r"|signed (?:by|on behalf)",
        r"on behalf of|atas nama ~ for and on behalf of|untuk dan atas nama",
    ],
}
CLAUSES: dict[str, list[Cue]] = {k: _cues(v) for k, v in _CLAUSES.items()}

# section id -> evidence that the section is there, counted in the opening only (intentions)
_EVIDENCE: dict[str, list[str]] = {
    "purpose": [
        r"maksud ~ \b(?:ber)?maksud (?:untuk|mengadakan|melakukan|menjalin|bekerja)\b",
        r"keinginan|niat ~ \bberkeinginan\b|\bkeinginan (?:bersama|para pihak|kedua belah pihak)\b"
        r"|\bniat\b",
        r"sepakat ~ \b(?:ber)?sepakat (?:untuk )?(?:mengadakan|melakukan|menjalin|membuat|saling"
        r"|mengikatkan diri|bekerja ?sama|menyelenggarakan)\b",
        r"setuju ~ \bsetuju untuk (?:mengadakan|melakukan|bekerja ?sama|menjalin)\b",
        r"sama untuk|dalam rangka|bahwa|menimbang ~ \bbekerja ?sama untuk\b|\bdalam rangka\b"
        r"|^\W{0,100}bahwa\b|\bmenimbang\b",  # \W* would rescan every blank line after each
        r"desir|wish|intend|seek|whereas ~ \b(?:desires?|desirous|wish(?:es)?|intends?|seeks?)"
        r" to\b|\bwhereas\b",
        r"agree ~ \bagrees? to (?:cooperate|collaborate|work together|establish|enter|partner"
        r"|jointly)\b",
        r"this ~ \bthis (?:agreement|memorandum|mou|document) (?:is about|concerns|relates to"
        r"|sets out)\b|\bthis is about\b",
    ],
}
# section id -> evidence that the section is there, counted in the opening only (intentions)
EVIDENCE = {k: _cues(v, re.MULTILINE) for k, v in _EVIDENCE.items()}

# what a cue's sentence must (or must not) hold, per section
_NEED = {
    "dispute": r"selesai|musyawarah|mufakat|kekeluargaan|pengadilan|arbitra|\bbani\b|mediasi"
    r"|negosiasi|resolv|resolution|settle|mediat|court|tribunal|negotiat|amicabl|jurisdiction"
    r"|venue|domisili|referred|submitted",
    "ip": r"\bown|\bproperty of|belong|\bvest|\btitle\b|licen[cs]|grant|assign|\buse\b|reproduc"
    r"|publish|publica|\bmilik|dimiliki|kepemilikan|pemegang|menjadi hak|hak atas|lisensi"
    r"|menggunakan|penggunaan|didaftarkan|pendaftaran|publikasi|diumumkan|rights? (?:in|to)",
    "force_majeure": r"dimaksud|\badalah\b|\bmeans\b|\bmean\b|includ|termasuk|seperti|antara lain"
    r"|such as|liab|tanggung ?jawab|tuntutan|excus|suspen|delay|ditangguhkan|penundaan|tertunda"
    r"|dibebaskan|beyond|di luar|notif|memberitahu|pemberitahuan|prevent|menghalangi|terhalang"
    r"|tidak dapat|unable|fail|kegagalan|keterlambatan|bencana|disaster|wajib",
    "amendment": _rx(
        r"\btertulis\b|\bin writing\b|\bwritten\b|\bsigned\b|\bmutual|\bconsent|\bagree"
        r"|disepakati|persetujuan|kesepakatan|\bhereto\b|\bhereof\b|<DOC>|<THIS>"
    ),
}
_AVOID = {
    # costs in an indemnity or a limit of liability are no financial terms
    "costs": r"indemnif|hold harmless|\bliab|\bdamages\b|ganti rugi|attorneys?'? fees",
    # "a party wishing to terminate ..." states no purpose
    "purpose": r"terminat|mengakhiri|\bextend|memperpanjang|\brenew|\bamend|\bwithdraw",
    # "(as amended)" after a statute
    "amendment": r"\bas amended\b(?! by)",
}
# what must stand right before or inside some cues (kept out of the patterns: two gaps in one
# pattern cost too much on hostile text)
_GL_SUBJECT = lazy(rf"\b(?:{_TOKENS['<DOC>']}|ini)\b[^.;\n]{{0,60}}$", re.IGNORECASE)
_GL_LINK = lazy(r"\b(?:under|in accordance with|pursuant to|according to|by)\b", re.IGNORECASE)
_GL_VERB = lazy(r"(?:diatur|ditafsirkan|tunduk|dilaksanakan)\b", re.IGNORECASE)
_GL_EN = lazy(r"(?:construed|interpreted|constructed|enforced|governed)\b", re.IGNORECASE)


def governs(text: str, start: int, end: int) -> bool:
    """A governing-law cue at ``text[start:end]`` has what it needs around it: "Perjanjian
    ini" before "tunduk ... hukum", "under" or "in accordance with" in "construed ... laws"."""
    cue = text[start:end]
    if _GL_VERB.match(cue):
        return bool(_GL_SUBJECT.search(text[max(0, start - 80) : start]))
    if _GL_EN.match(cue) and not cue.lower().startswith("governed by"):
        return bool(_GL_LINK.search(cue))
    return True


# force majeure in a termination article counts only when it is defined or excuses a party
STRONG_FM = lazy(
    r"dimaksud|\badalah\b|\bmeans\b|shall mean|includ|termasuk|dibebaskan|\bliab"
    r"|tidak (?:bertanggung ?jawab|dapat dituntut)|excus|suspen|ditangguhkan",
    re.IGNORECASE,
)
# a recital tells what happened before; it holds no clause of the agreement
RECITAL = lazy(r"^\W*whereas\b", re.IGNORECASE)
NEED = {k: lazy(v, re.IGNORECASE) for k, v in _NEED.items()}
AVOID = {k: lazy(v, re.IGNORECASE) for k, v in _AVOID.items()}
_SENTENCE_END = lazy(r"(?<=[.;!?])\s+(?=[\"“(]?[A-Z0-9(])")


_REACH = 600  # characters a sentence may run on either side of a cue


def sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``text[start:end]`` (at most ``_REACH`` characters
    more on each side)."""
    lo = max(0, start - _REACH)
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    m = _SENTENCE_END.search(text, end, end + _REACH)
    return text[lo : m.start() if m else min(len(text), end + _REACH)]


def counts(section: str, text: str, start: int, end: int) -> bool:
    """The cue at ``text[start:end]`` counts for ``section`` given its sentence."""
    need, avoid = NEED.get(section), AVOID.get(section)
    if need is None and avoid is None:
        return True
    s = sentence(text, start, end)
    if need is not None and not need.search(s):
        return False
    return avoid is None or not avoid.search(s)


# --- run-in and stray headings -----------------------------------------------------------

# markup and numbering before a run-in heading: "13.2 ", "(b) ", "A. ", "\item \textbf{", "**"
_LEAD = lazy(
    r"^(?:\s|[*_#>{}]|\\[a-zA-Z]+\*?(?:\[[^\]]{0,40}\])?\{?|(?:pasal|article|section|clause)"
    r"\s+[\dIVXLivxl]{1,6}[.:]?|\(?\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|\(?[A-Za-z][.)]"
    r"|\(?[IVXLivxl]{1,5}[.)]){0,6}(?P<lead>[A-Z][^.:;!?\n*}]{1,60}?)[*}]*\s*(?:[.:]|\s[-–—]\s)"
)
_FILLER = lazy(
    r"\b(?:and|dan|or|atau|of|the|this|ini|para|pihak|parties|party|agreement|perjanjian"
    r"|memorandum|mou|provisions?|ketentuan|clause|general|umum)\b|[&/,()\-–—\s]",
    re.IGNORECASE,
)


_JOINED = lazy(r"\b(?:and|dan|serta|or|atau)\b|[&,/]", re.IGNORECASE)


def lead(text: str) -> str | None:
    """The run-in heading a paragraph starts with ("Governing Law." "**Notices:**"), if any:
    a capitalised phrase of at most six words ended by a full stop, a colon or a dash."""
    m = _LEAD.match(text[:160])
    if m is None:
        return None
    words = m["lead"].split()
    return m["lead"] if len(words) <= 6 else None


def pure(title: str, headings: re.Pattern[str]) -> bool:
    """``title`` says nothing but section names: "Governing Law", "Purpose & Scope"; not
    "Notice period" or "Price changes". ``headings`` has a named group per section."""
    named = {m.lastgroup for m in headings.finditer(title)}
    if len(named) > 1 and not _JOINED.search(title):
        return False  # "Copyright Notices" is one thing, not two sections
    return not re.search(r"[^\W\d_]", _FILLER.sub(" ", headings.sub(" ", title)))


def caps_line(text: str) -> bool:
    """A short line in capitals, as an OCR'd heading the reader did not take for one."""
    if len(text) > 90 or len(text.split()) > 8 or text.upper() != text:
        return False
    return sum(ch.isalpha() for ch in text) >= 3
