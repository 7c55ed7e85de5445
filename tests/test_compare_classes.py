"""`mou compare`: each kind of change gets its class and reason, on hand-written drafts.

The drafts here are written for these tests (Markdown and plain text, Indonesian and English),
not made by `mou new`; each test edits one thing and checks what the comparison says of it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mou_cli.compare import compare, notes, signals
from mou_cli.compare.classify import Context, classify
from mou_cli.compare.shape import Change, Comparison
from mou_cli.readers import read

ID = """# PERJANJIAN KERJA SAMA

Pada hari ini, Senin, tanggal 3 Maret 2025, yang bertanda tangan di bawah ini:

1. PT Alfa Nusantara, berkedudukan di Jakarta, selanjutnya disebut PIHAK PERTAMA.
2. PT Beta Mandiri, berkedudukan di Surabaya, selanjutnya disebut PIHAK KEDUA.

## Pasal 1 Definisi

"Produk" berarti mesin pengering gabah yang dibuat oleh PIHAK PERTAMA.

## Pasal 2 Harga

PIHAK KEDUA wajib membayar Rp100.000.000,00 (seratus juta rupiah) paling lambat 30 (tiga puluh) hari kalender setelah tagihan diterima.

Keterlambatan pembayaran dikenakan denda 2% (dua persen) per bulan.

## Pasal 3 Jangka Waktu

Perjanjian ini berlaku sejak 1 April 2025 sampai dengan 31 Maret 2027, kecuali diakhiri sesuai Pasal 4.

## Pasal 4 Pengakhiran

Masing-masing pihak dapat mengakhiri Perjanjian ini dengan pemberitahuan tertulis 60 (enam puluh) hari sebelumnya.

## Pasal 5 Penyelesaian Sengketa

Sengketa diselesaikan melalui Pengadilan Negeri Jakarta Selatan.

Perjanjian ini tunduk pada hukum Negara Republik Indonesia.

PIHAK PERTAMA                PIHAK KEDUA
"""

EN = """SUPPLY AGREEMENT

This Agreement is made on 3 March 2025 between Gamma Tools Co., Ltd. (the "Supplier") and PT Delta Teknik (the "Buyer").

Article 1 Definitions

"Goods" means the hand tools listed in the order form.

Article 2 Delivery

The Supplier shall deliver the Goods within 14 (fourteen) days of each order.

Article 3 Payment

The Buyer shall pay USD 25,000 within 30 days of delivery.

Article 4 Governing Law

This Agreement is governed by the laws of Singapore and disputes are settled by arbitration at SIAC.
"""


def _pair(tmp_path: Path, old: str, new: str, suffix: str = ".md") -> Comparison:
    a, b = tmp_path / f"old{suffix}", tmp_path / f"new{suffix}"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return compare(read(a), read(b))


def _one(found: Comparison) -> Change:
    assert len(found.changes) == 1, [(c.kind, c.reasons) for c in found.changes]
    return found.changes[0]


def _codes(c: Change) -> list[str]:
    return [r.code for r in c.reasons]


@pytest.mark.parametrize(
    ("old", "new", "code", "values"),
    [
        ("Rp100.000.000,00 (seratus", "Rp150.000.000,00 (seratus lima puluh", "amount",
         ("Rp100.000.000,00", "Rp150.000.000,00")),
        ("31 Maret 2027", "30 Juni 2027", "date", ("31 Maret 2027", "30 Juni 2027")),
        ("30 (tiga puluh) hari kalender", "45 (empat puluh lima) hari kalender", "number",
         ("30 hari", "45 hari")),
        ("denda 2% (dua persen)", "denda 3% (tiga persen)", "percent", ("2%", "3%")),
        ("PT Beta Mandiri, berkedudukan", "PT Gamma Mandiri, berkedudukan", "party",
         ("PT Beta Mandiri", "PT Gamma Mandiri")),
        ("PIHAK KEDUA wajib membayar", "PIHAK KEDUA dapat membayar", "obligation",
         ("wajib", "dapat")),
        ("Pengadilan Negeri Jakarta Selatan", "Pengadilan Negeri Surabaya", "forum",
         ("Jakarta Selatan", "Surabaya")),
        ("hukum Negara Republik Indonesia", "hukum Negara Singapura", "law",
         ("Republik Indonesia", "Singapura")),
        ("mesin pengering gabah", "mesin penggiling padi", "term", (None, "“Produk”")),
    ],
)  # fmt: skip
def test_a_change_of_substance_is_substantive_with_its_reason(
    tmp_path: Path, old: str, new: str, code: str, values: tuple[str | None, str | None]
) -> None:
    assert old in ID
    found = _pair(tmp_path, ID, ID.replace(old, new))
    c = _one(found)
    assert c.cls == "substantive" and c.kind == "changed"
    reason = next(r for r in c.reasons if r.code == code)
    assert (reason.old, reason.new) == values
    assert found.exit_code() == 1


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("hari kalender setelah tagihan diterima.", "hari kalender, setelah tagihan diterima",
         "punctuation"),
        ("Perjanjian ini berlaku sejak", "PERJANJIAN INI berlaku sejak", "case"),
        ("melalui Pengadilan Negeri", "melalui  Pengadilan   Negeri", "spacing"),
        ("\"Produk\" berarti", "“Produk” berarti", "punctuation"),
    ],
)  # fmt: skip
def test_a_change_of_form_is_cosmetic_and_exits_0_unless_strict(
    tmp_path: Path, old: str, new: str, code: str
) -> None:
    found = _pair(tmp_path, ID, ID.replace(old, new))
    c = _one(found)
    assert c.cls == "cosmetic"
    assert code in _codes(c)
    assert found.exit_code() == 0
    assert found.exit_code(strict=True) == 1


def test_identical_drafts_have_no_change(tmp_path: Path) -> None:
    found = _pair(tmp_path, ID, ID)
    assert found.changes == [] and found.exit_code(strict=True) == 0


def test_an_inserted_article_renumbers_the_rest_cosmetically(tmp_path: Path) -> None:
    new = ID.replace(
        "## Pasal 3 Jangka Waktu",
        "## Pasal 3 Kerahasiaan\n\nPARA PIHAK wajib merahasiakan isi Perjanjian ini.\n\n"
        "## Pasal 4 Jangka Waktu",
    )
    new = new.replace("## Pasal 4 Pengakhiran", "## Pasal 5 Pengakhiran")
    new = new.replace("## Pasal 5 Penyelesaian", "## Pasal 6 Penyelesaian")
    new = new.replace("kecuali diakhiri sesuai Pasal 4", "kecuali diakhiri sesuai Pasal 5")
    found = _pair(tmp_path, ID, new)
    added = [c for c in found.changes if c.kind == "added"]
    assert (
        len(added) == 1 and added[0].cls == "substantive" and "Kerahasiaan" in (added[0].new or "")
    )
    renumbered = [c for c in found.changes if c.kind == "renumbered"]
    assert [(c.old, c.new) for c in renumbered] == [
        ("Pasal 3", "Pasal 4"), ("Pasal 4", "Pasal 5"), ("Pasal 5", "Pasal 6")
    ]  # fmt: skip
    assert all(c.cls == "cosmetic" for c in renumbered)
    # the reference follows the renumbering: cosmetic, not a changed reference
    ref = [c for c in found.changes if c.kind == "changed"]
    assert len(ref) == 1 and ref[0].cls == "cosmetic" and _codes(ref[0]) == ["numbering"]
    assert not any(c.kind == "removed" for c in found.changes)


def test_a_reference_to_another_article_is_substantive(tmp_path: Path) -> None:
    found = _pair(tmp_path, ID, ID.replace("sesuai Pasal 4", "sesuai Pasal 5"))
    c = _one(found)
    assert c.cls == "substantive" and "reference" in _codes(c)


def test_a_moved_article_is_moved_not_removed_and_added(tmp_path: Path) -> None:
    block = (
        "## Pasal 3 Jangka Waktu\n\nPerjanjian ini berlaku sejak 1 April 2025 sampai dengan "
        "31 Maret 2027, kecuali diakhiri sesuai Pasal 4.\n\n"
    )
    assert block in ID
    new = ID.replace(block, "")
    new = new.replace("## Pasal 4 Pengakhiran", "## Pasal 3 Pengakhiran")
    new = new.replace("## Pasal 5 Penyelesaian", "## Pasal 4 Penyelesaian")
    new = new.replace(
        "PIHAK PERTAMA                PIHAK KEDUA",
        block.replace("Pasal 3 Jangka", "Pasal 5 Jangka").replace("Pasal 4.", "Pasal 3.")
        + "PIHAK PERTAMA                PIHAK KEDUA",
    )
    found = _pair(tmp_path, ID, new)
    assert not any(c.kind in ("added", "removed") for c in found.changes)
    moved = [c for c in found.changes if c.cls == "moved"]
    assert [(c.old, c.new) for c in moved] == [("Pasal 3", "Pasal 5")]
    section = next(s for s in found.sections if s.old and s.old.label == "Pasal 3")
    assert section.status == "moved"
    assert found.exit_code() == 1  # its place may change what it governs


def test_a_sentence_added_or_removed_is_substantive(tmp_path: Path) -> None:
    extra = "Pembayaran dilakukan melalui transfer ke rekening PIHAK PERTAMA.\n\n"
    new = ID.replace("## Pasal 3", extra + "## Pasal 3")
    found = _pair(tmp_path, ID, new)
    c = _one(found)
    assert (c.cls, c.kind, c.new) == ("substantive", "added", extra.strip())
    back = _pair(tmp_path, new, ID)
    assert _one(back).kind == "removed"


def test_english_hand_written_pair(tmp_path: Path) -> None:
    new = EN.replace("The Supplier shall deliver", "The Supplier may deliver")
    new = new.replace("USD 25,000", "USD 27,500").replace("SIAC", "ICC")
    found = _pair(tmp_path, EN, new, ".txt")
    by_code = {r.code: r for c in found.changes for r in c.reasons}
    assert (by_code["obligation"].old, by_code["obligation"].new) == ("shall", "may")
    assert (by_code["amount"].old, by_code["amount"].new) == ("USD 25,000", "USD 27,500")
    assert "forum" in by_code
    assert all(c.cls == "substantive" for c in found.changes)


def test_negation_added_is_substantive() -> None:
    cls, reasons, _ = classify(
        "Pihak Kedua bertanggung jawab atas kerusakan.",
        "Pihak Kedua tidak bertanggung jawab atas kerusakan.",
        Context(),
    )
    assert cls == "substantive" and [r.code for r in reasons] == ["negation"]


def test_list_numbers_alone_are_cosmetic() -> None:
    cls, reasons, _ = classify("a. Para pihak sepakat.", "b. Para pihak sepakat.", Context())
    assert cls == "cosmetic" and [r.code for r in reasons] == ["numbering"]


def test_redline_notes_state_the_class_and_reason(tmp_path: Path) -> None:
    found = _pair(tmp_path, ID, ID)
    note = notes(found, "en")
    said = note("Harga Rp100.000.000,00.", "Harga Rp120.000.000,00.")
    assert said == "substantive: amount changed: Rp100.000.000,00 -> Rp120.000.000,00"
    assert note("Harga tetap.", "Harga  tetap") is None  # cosmetic
    assert note("", "Teks baru.") is None and note("Sama.", "Sama.") is None


@pytest.mark.parametrize(
    ("written", "key"),
    [("Rp150.000.000,00", "IDR 150000000"), ("IDR 150,000,000.00", "IDR 150000000"),
     ("Rp750 juta", "IDR 750000000"), ("USD 1.5 million", "USD 1500000"),
     ("150.000.000 rupiah", "IDR 150000000")],
)  # fmt: skip
def test_an_amount_has_one_key_in_both_conventions(written: str, key: str) -> None:
    [v] = signals.values(f"sebesar {written} dibayar")
    assert (v.code, v.key) == ("amount", key)


def test_dates_share_a_key_across_languages() -> None:
    keys = {v.key for t in ("20 Mei 2027", "20 May 2027", "May 20, 2027", "2027-05-20",
                            "20/05/2027") for v in signals.values(t)}  # fmt: skip
    assert keys == {"2027-05-20"}


@pytest.mark.parametrize(
    "unit",
    ["A", "a ", "1", "1.", "Rp1", "PT A", '"A', "tidak ", "Pasal ", "30 (", "PIHAK ", "X Co"],
)
def test_the_signals_take_linear_time_on_hostile_text(unit: str) -> None:
    def once(text: str) -> float:
        start = time.perf_counter()
        for p in signals.PATTERNS:
            for _ in p.finditer(text):
                pass
        signals.values(text)
        return time.perf_counter() - start

    def cost(n: int) -> float:  # the best of three: a busy machine slows some runs, not all
        text = unit * (n // len(unit)) + "\x00"
        return min(once(text) for _ in range(3))

    small, large = cost(10_000), cost(40_000)
    assert large < 2.0, f"{unit!r}: {large:.2f} s on 40k characters"
    assert large < max(8 * small, 0.2), f"{unit!r}: {small:.3f} s -> {large:.3f} s"


def test_a_paragraph_moved_to_another_article_is_moved(tmp_path: Path) -> None:
    para = "Keterlambatan pembayaran dikenakan denda 2% (dua persen) per bulan.\n\n"
    new = ID.replace(para, "").replace("## Pasal 5", para + "## Pasal 5")
    found = _pair(tmp_path, ID, new)
    c = _one(found)
    assert (c.cls, c.kind) == ("moved", "moved")
    assert c.old_loc is not None and c.old_loc.article == "Pasal 2"
    assert c.new_loc is not None and c.new_loc.article == "Pasal 4"
    assert found.exit_code() == 1
