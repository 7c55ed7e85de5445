"""Checklist rows for joint ventures, technology, community programmes and strategic alliances.

From ``../shared/spec/partnership-types.md`` ("Rows"); see :mod:`mou_cli.document.rows` for how
a row becomes missing (terms absent) or n/a (a binding-only term in an MoU).
"""

from __future__ import annotations

from typing import Any

from mou_cli.document.rows import MISSING, NA, OK, STATED, WEAK, Pair, TypeRows, Verdict

AUDIT_THRESHOLD_IDR = 500_000_000
"""Aid a yayasan receives in a year from which its accounts are audited (UU 16/2001 Ps.52)."""


def joint_venture(r: TypeRows) -> None:
    """Rows ``jv.*``: capital and stakes, deadlock, transfers, articles of association, and
    the foreign-investment checks of a PT PMA."""
    foreign = any(not p.is_indonesian for p in r.a.parties)

    def capital(j: Any) -> Verdict:
        if not j.shareholding:
            return (
                WEAK,
                ("Kepemilikan saham belum ditetapkan.", "No shareholding is stated."),
                "joint_venture.shareholding",
            )
        if j.vehicle != "unincorporated" and j.authorised_capital is None:
            return (
                WEAK,
                ("Persentase saham tanpa nilai modal.", "Stakes without capital amounts."),
                "joint_venture.authorised_capital",
            )
        auth, paid = j.authorised_capital, j.paid_up_capital
        if auth and paid and auth.currency == paid.currency and paid.amount * 4 < auth.amount:
            return (
                WEAK,
                (
                    "Modal disetor kurang dari 25% modal dasar (UUPT Ps.33).",
                    "Paid-up capital below 25% of authorised capital (Company Law Art. 33).",
                ),
                "joint_venture.paid_up_capital",
            )
        return (
            OK,
            ("Modal dan kepemilikan saham diatur.", "Capital and shareholding are stated."),
            "",
        )

    def deadlock(j: Any) -> Verdict:
        if j.deadlock == "escalate_only":
            return (
                WEAK,
                (
                    "Kebuntuan hanya dirujuk ke pimpinan, tanpa jalan keluar.",
                    "Deadlock is only escalated, with no way out.",
                ),
                "joint_venture.deadlock",
            )
        return OK, STATED, ""

    def transfer(j: Any) -> Verdict:
        if not j.rofr:
            return (
                WEAK,
                ("Tanpa hak membeli terlebih dahulu.", "No right of first refusal."),
                "joint_venture.rofr",
            )
        return (
            OK,
            (
                f"Hak membeli terlebih dahulu {j.rofr_days} hari.",
                f"Right of first refusal, {j.rofr_days} days.",
            ),
            "",
        )

    def articles(j: Any) -> Verdict:
        if j.vehicle == "unincorporated":
            return NA, ("Tanpa perseroan.", "No company."), "joint_venture.vehicle"
        return (
            OK,
            ("Anggaran dasar disesuaikan dengan perjanjian.", "The articles mirror the agreement."),
            "",
        )

    def pma(j: Any) -> Verdict:
        if not foreign or j.vehicle == "unincorporated":
            return (
                NA,
                ("Tanpa penanam modal asing dalam perseroan.", "No foreign investor in a company."),
                "joint_venture.vehicle",
            )
        if not j.kbli:
            return (
                WEAK,
                (
                    "PT PMA tanpa KBLI: bidang usaha dan batas investasi belum diperiksa.",
                    "PT PMA without KBLI: business line and investment thresholds unchecked.",
                ),
                "joint_venture.kbli",
            )
        return (
            OK,
            (
                "KBLI disebutkan; bidang usaha dan batas investasi diperiksa.",
                "KBLI named; business line and thresholds checked.",
            ),
            "",
        )

    r.judge(
        "jv.capital",
        ("Modal dan kepemilikan saham", "Capital and shareholding"),
        capital,
        pks=False,
    )
    r.judge("jv.deadlock", ("Kebuntuan", "Deadlock"), deadlock)
    r.judge("jv.transfer", ("Pengalihan saham", "Share transfers"), transfer)
    r.judge(
        "jv.ad_alignment",
        ("Anggaran dasar mengikuti perjanjian", "Articles mirror the agreement"),
        articles,
    )
    r.judge(
        "jv.pma", ("Penanaman modal asing (PT PMA)", "Foreign investment (PT PMA)"), pma, pks=False
    )


def technology(r: TypeRows) -> None:
    """Rows ``tech.*``: what kind of technology deal, the licence grant and its recording
    (UU 13/2016 Ps.79), acceptance testing, and grant-back of improvements."""
    t = r.block
    r.judge(
        "tech.subtype",
        ("Jenis perjanjian teknologi", "Kind of technology agreement"),
        lambda t: (
            (OK, STATED, "")
            if t.subtype
            else (
                MISSING,
                (
                    "Lisensi, pengembangan atau berbagi data belum dipilih.",
                    "Licence, development or data sharing is not chosen.",
                ),
                "technology.subtype",
            )
        ),
        pks=False,
    )
    licence, development = (
        t is not None and t.subtype == "licence",
        t is not None and t.subtype == "development",
    )
    not_licence: Pair = ("Bukan perjanjian lisensi.", "Not a licence agreement.")

    def grant(t: Any) -> Verdict:
        if not licence:
            return NA, not_licence, "technology.subtype"
        if not t.licensed_ip or "licence_scope" not in t.model_fields_set:
            return (
                WEAK,
                (
                    "Hak yang dilisensikan atau sifat eksklusivitasnya belum disebutkan.",
                    "The licensed rights or the exclusivity are not stated.",
                ),
                "technology.licensed_ip",
            )
        return OK, STATED, ""

    def recording(t: Any) -> Verdict:
        if not licence:
            return NA, not_licence, "technology.subtype"
        return (
            OK,
            (
                "Pencatatan di DJKI diatur (UU 13/2016 Ps.79).",
                "Recording with DJKI is stated (Law 13/2016 Art. 79).",
            ),
            "technology.recording_by",
        )

    def acceptance(t: Any) -> Verdict:
        if not development:
            return (
                NA,
                ("Bukan perjanjian pengembangan.", "Not a development agreement."),
                "technology.subtype",
            )
        if not t.deemed_acceptance:
            return (
                WEAK,
                ("Tanpa penerimaan yang dianggap terjadi.", "No deemed acceptance."),
                "technology.deemed_acceptance",
            )
        return OK, STATED, ""

    def grant_back(t: Any) -> Verdict:
        if not licence:
            return NA, not_licence, "technology.subtype"
        if t.improvements == "grant_back_exclusive":
            return (
                WEAK,
                (
                    "Lisensi balik eksklusif dapat menghambat persaingan (PP 36/2018 Ps.6).",
                    "An exclusive grant-back may restrict competition (GR 36/2018 Art. 6).",
                ),
                "technology.improvements",
            )
        return OK, STATED, ""

    r.judge("tech.licence_grant", ("Pemberian lisensi", "Licence grant"), grant)
    r.judge("tech.recording", ("Pencatatan lisensi", "Recording of the licence"), recording)
    r.judge("tech.acceptance", ("Uji penerimaan", "Acceptance testing"), acceptance)
    r.judge(
        "tech.grant_back",
        ("Penyempurnaan dan lisensi balik", "Improvements and grant-back"),
        grant_back,
    )


def community(r: TypeRows) -> None:
    """Rows ``npo.*``: beneficiaries, grant tranches, reports, audit, safeguarding and assets
    after the end."""
    c = r.block
    no_grant: Pair = ("Tanpa dana hibah.", "No grant.")

    def funds(c: Any) -> Verdict:
        if c.grant is None:
            return NA, no_grant, "community.grant"
        if not c.tranches:
            return (
                WEAK,
                (
                    "Dana hibah tanpa tahap dan syarat penyaluran.",
                    "Grant without tranches and conditions.",
                ),
                "community.tranches",
            )
        return OK, STATED, ""

    def audit(c: Any) -> Verdict:
        if c.grant is None:
            return NA, no_grant, "community.grant"
        big = c.grant.currency == "IDR" and c.grant.amount >= AUDIT_THRESHOLD_IDR
        if big and not c.audit_right:
            return (
                WEAK,
                (
                    "Hibah Rp500 juta atau lebih tanpa hak audit.",
                    "A grant of Rp500 million or more without an audit right.",
                ),
                "community.audit_right",
            )
        return OK, STATED, ""

    def assets(c: Any) -> Verdict:
        if c.grant is None:
            return NA, no_grant, "community.grant"
        if c.assets_after is None:
            return (
                MISSING,
                (
                    "Nasib aset setelah program belum diatur.",
                    "What happens to assets after the programme is not stated.",
                ),
                "community.assets_after",
            )
        return OK, STATED, ""

    r.judge(
        "npo.beneficiaries",
        ("Penerima manfaat dan lokasi", "Beneficiaries and location"),
        lambda c: (
            (OK, STATED, "")
            if c.beneficiaries
            else (
                WEAK,
                ("Penerima manfaat belum disebutkan.", "No beneficiaries are named."),
                "community.beneficiaries",
            )
        ),
        pks=False,
    )
    r.judge("npo.funds", ("Penyaluran dana", "Disbursement of funds"), funds)
    r.judge(
        "npo.reporting",
        ("Laporan dan pertanggungjawaban", "Reports and accountability"),
        lambda c: (OK, STATED, ""),
    )
    r.judge("npo.audit", ("Audit", "Audit"), audit)
    el: Pair = ("Pelindungan penerima manfaat", "Safeguarding beneficiaries")
    if c is not None and c.vulnerable_groups and not c.safeguarding:
        r.add(
            "npo.safeguarding",
            el,
            MISSING,
            (
                "Anak atau kelompok rentan terlibat, tanpa ketentuan pelindungan.",
                "Children or vulnerable adults are involved, without safeguarding terms.",
            ),
            "community.safeguarding",
        )
    else:
        r.add(
            "npo.safeguarding",
            el,
            OK,
            (
                "Kode etik dan pelaporan dalam 24 jam.",
                "Code of conduct and reports within 24 hours.",
            ),
            "community.safeguarding",
        )
    r.judge("npo.assets", ("Aset setelah program", "Assets after the programme"), assets)


def strategic(r: TypeRows) -> None:
    """Rows ``ally.*``: competition between allies, no partnership, and the next documents."""

    def competition(s: Any) -> Verdict:
        if s.competitors:
            return (
                OK,
                (
                    "Pesaing: pertukaran informasi dibatasi (UU 5/1999).",
                    "Competitors: information exchange is limited (Law 5/1999).",
                ),
                "",
            )
        return (
            OK,
            ("PARA PIHAK tidak bersaing.", "The parties do not compete."),
            "strategic.competitors",
        )

    def followups(s: Any) -> Verdict:
        if not s.definitive_agreements:
            return (
                WEAK,
                ("Perjanjian lanjutan tidak disebutkan.", "No follow-on agreements are named."),
                "strategic.definitive_agreements",
            )
        return OK, STATED, ""

    r.judge("ally.competition", ("Persaingan usaha", "Competition law"), competition, pks=False)
    r.add(
        "ally.no_partnership",
        ("Bukan persekutuan", "No partnership"),
        OK,
        (
            "Bukan persekutuan perdata (KUHPer 1618), keagenan atau usaha patungan.",
            "No civil partnership (Civil Code 1618), agency or joint venture.",
        ),
        "type",
    )
    r.judge("ally.followups", ("Perjanjian lanjutan", "Follow-on agreements"), followups, pks=False)
