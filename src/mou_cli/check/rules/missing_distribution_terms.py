"""MOU-C041: a distribution or agency agreement without its commercial terms."""

from __future__ import annotations

from collections.abc import Iterator

from mou_cli.check.registry import Hit, rule
from mou_cli.check.type_terms import Element, gaps, rx
from mou_cli.draft import Draft
from mou_cli.messages import msg

ELEMENTS = (
    Element(
        "dist.appointment",
        msg(
            "Tidak ada penunjukan distributor atau agen.",
            "No appointment of a distributor or agent.",
        ),
        (
            rx(
                r"menunjuk\b.{0,80}\b(?:distributor|agen)|penunjukan (?:sebagai )?"
                r"(?:distributor|agen)|\bappoints?\b.{0,80}\b(?:distributor|agent)"
                r"|appointment (?:of .{0,60})?as (?:its |the |an? )?(?:exclusive |sole "
                r"|non-exclusive )?(?:distributor|agent)"
            ),
        ),
        msg(
            "Nyatakan siapa menunjuk siapa, untuk produk dan wilayah apa, dan apakah tunggal.",
            "Say who appoints whom, for which products and territory, and whether exclusive.",
        ),
        in_mou=True,
    ),
    Element(
        "dist.commercial",
        msg("Tidak ada ketentuan harga dan pembayaran.", "No price and payment terms."),
        (
            rx(r"\bharga\b|\bprices?\b|\bkomisi\b|\bcommission\b"),
            rx(r"pembayaran|dibayar|payment|\bpaid\b|\bpay\b"),
        ),
        msg(
            "Atur dasar harga, pemberitahuan perubahan harga, dan tenggat serta cara pembayaran.",
            "State the price basis, notice of price changes, and payment days and method.",
        ),
    ),
    Element(
        "dist.delivery",
        msg(
            "Tidak ada syarat penyerahan (Incoterms 2020) dan peralihan risiko.",
            "No delivery term (Incoterms 2020) and no passing of risk.",
        ),
        (
            rx(
                r"incoterms|\b(?:EXW|FCA|CPT|CIP|DAP|DPU|DDP|FAS|FOB|CFR|CIF)\b"
                r"|risiko.{0,80}beralih|beralihnya risiko|risk.{0,60}pass"
            ),
        ),
        msg(
            "Sebut aturan Incoterms 2020 dan tempatnya, dan kapan hak milik serta risiko beralih.",
            "Name the Incoterms 2020 rule and place, and when title and risk pass.",
        ),
        only_if=rx(r"\bmembeli\b|pembelian|\bbuys?\b|purchase"),
    ),
    Element(
        "dist.stp",
        msg(
            "Tidak ada legalisasi perjanjian dan pendaftaran STP distributor atau agen.",
            "No legalisation of the agreement or STP registration of the distributor or agent.",
        ),
        (rx(r"\bSTP\b|surat tanda pendaftaran|legalisasi|dilegalisasi|legali[sz](?:ed|ation)"),),
        msg(
            "Atur legalisasi notaris (Permendag 24/2021 Ps.6) dan siapa mendaftarkan STP.",
            "Provide for notarial legalisation (MoT Reg. 24/2021 Art. 6) and who files the STP.",
        ),
    ),
    Element(
        "dist.regulatory",
        msg(
            "Produk wajib izin edar, tetapi pemegang izin edarnya tidak disebutkan.",
            "The products need a marketing authorisation, but its holder is not named.",
        ),
        (rx(r"izin edar|nomor (?:izin )?edar|marketing authori[sz]ation|registration holder"),),
        msg(
            "Sebut siapa memegang izin edar (AKL/AKD, BPOM) dan pengalihannya saat berakhir.",
            "Name who holds the registration (AKL/AKD, BPOM) and its transfer at the end.",
        ),
        only_if=rx(r"\b(?:AKL|AKD|BPOM)\b|alat kesehatan|medical devices?|kosmetik|cosmetics?"),
    ),
    Element(
        "dist.exit",
        msg(
            "Tidak diatur apa yang terjadi dengan stok setelah penunjukan berakhir.",
            "Nothing on the stock once the appointment ends.",
        ),
        (
            rx(
                r"membeli kembali|pembelian kembali|buy[- ]?back|buy back"
                r"|(?:persediaan|stok)\b.{0,100}(?:berakhir|pengakhiran)"
                r"|(?:stock|inventory)\b.{0,100}(?:terminat|expir|ends?\b)"
            ),
        ),
        msg(
            "Atur pembelian kembali stok atau masa jual stok, serta serah terima pelanggan.",
            "Provide for a buy-back or sell-off of stock, and a handover of customers.",
        ),
    ),
)


@rule(
    id="MOU-C041",
    name="missing-distribution-terms",
    severity="warning",
    summary="A distribution or agency agreement leaves out terms such a deal needs.",
)
def check(draft: Draft) -> Iterator[Hit]:
    """## What it does
    For a distribution or agency agreement (its title says "Perjanjian Distribusi",
    "Perjanjian Keagenan", "Distribution Agreement", "Agency Agreement", or a draft made by
    `mou new` says `type: distribution`), reports each of these that the text leaves out: the
    appointment itself; price and payment; a delivery term (an Incoterms 2020 rule, or when
    risk passes) when the distributor buys the goods; notarial legalisation and the STP
    registration; the holder of a marketing authorisation when the products are medical
    devices, cosmetics or other BPOM goods; and what happens to stock at the end. In a
    memorandum of understanding only the appointment is expected. A draft made by `mou new`
    is reported only where its checklist row is missing too.

    ## Why is this bad?
    A distribution agreement is a sale of goods over years. Without price, payment and
    delivery terms every order is a negotiation; without a stated passing of risk Civil Code
    Art. 1460 can put the risk on the buyer before delivery. Permendag 24/2021 Art. 6 asks for a
    legalised agreement, and the STP registers the appointment. A principal that leaves stock
    and registrations with a former distributor cannot move to a new one.

    ## Example
    Indonesian:
    ```text
    PERJANJIAN DISTRIBUSI
    Pasal 1 PIHAK PERTAMA menunjuk PIHAK KEDUA sebagai distributor di Sulawesi Selatan.
    ```
    English:
    ```text
    DISTRIBUTION AGREEMENT
    Article 1 The Company appoints the Distributor as its distributor in South Sulawesi.
    ```

    ## Use instead
    Indonesian:
    ```text
    Harga adalah harga daftar dikurangi 20%, dibayar dalam 30 hari. Produk diserahkan CIF
    Pelabuhan Makassar menurut Incoterms 2020 ...
    ```
    English:
    ```text
    Prices are list prices less 20%, payable within 30 days. Delivery is CIF Port of
    Makassar under Incoterms 2020 ...
    ```
    """
    yield from gaps(draft, "distribution", ELEMENTS)
