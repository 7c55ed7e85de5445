"""Indonesian or English? A stopword count is enough for contract text.

Each language has a set of frequent function words and contract words; a piece of text is the
language with clearly more hits. Short pieces with no hits (names, numbers) have no language.
"""

from __future__ import annotations

from mou_cli.draft.rx import lazy

_WORD = lazy(r"[a-z]+(?:-[a-z]+)?")

ID_WORDS = frozenset(
    """
    yang dan di dengan untuk dalam ini itu atau pada dari oleh akan tersebut adalah sebagai
    kepada tidak wajib para pihak pasal bahwa ayat sesuai atas hal secara masing-masing
    berdasarkan setiap telah dapat harus antara tentang kerja sama nota kesepahaman perjanjian
    jangka waktu hak kewajiban penyelesaian perselisihan sengketa keadaan kahar kerahasiaan
    ketentuan umum penutup lain-lain biaya pembiayaan hukum berlaku pemberitahuan ruang lingkup
    maksud tujuan pertama kedua ketiga bersama-sama selanjutnya disebut hari tahun bulan tanggal
    bertempat sebagaimana dimaksud lebih lanjut tanpa terhadap melalui apabila jika maka serta
    juga bagi demikian dibuat ditandatangani rangkap bermeterai cukup kekuatan sejak sampai
    hingga menjadi mengenai pelaksanaan kegiatan program pengakhiran perubahan nama jabatan
    alamat kekayaan intelektual pembagian keuntungan bagian
    """.split()  # noqa: SIM905
)

EN_WORDS = frozenset(
    """
    the and of to in for with this that by is be shall will any or on as its under party parties
    agreement must may which each from article section clause whereas witness hereby between
    such other all their not are has have been an at it if within after before these those
    memorandum understanding term termination confidentiality dispute law governing notices
    purpose scope definitions payment costs intellectual property days years written notice
    first second third behalf name title date signed represented address company university
    """.split()  # noqa: SIM905
)


def scores(text: str) -> tuple[int, int]:
    """(Indonesian hits, English hits) among the words of ``text``."""
    id_hits = en_hits = 0
    for w in _WORD.findall(text.lower()):
        if w in ID_WORDS:
            id_hits += 1
        if w in EN_WORDS:
            en_hits += 1
    return id_hits, en_hits


def detect(text: str) -> str | None:
    """``"id"``, ``"en"`` or None when the text gives no clear sign (names, numbers, blanks)."""
    id_hits, en_hits = scores(text)
    if id_hits == en_hits:
        return None
    top, low = max(id_hits, en_hits), min(id_hits, en_hits)
    if top >= 2 * low + 1 or (top >= 4 and top >= 1.5 * low):
        return "id" if id_hits > en_hits else "en"
    return None
