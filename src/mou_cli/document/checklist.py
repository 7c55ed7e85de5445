"""The completeness checklist: what a sound partnership agreement states, judged from the answers.

Each row is ok, weak or missing (or n/a), with the reason and the answers field that fixes it,
in Indonesian and English: the general elements here, then (after costs) the rows of the
agreement's partnership type (:mod:`mou_cli.document.checklist_types`). Drafting computes the
rows once (:mod:`mou_cli.commands.drafting`); the writers show them
(:mod:`mou_cli.writers.checklist_md`, the DOCX annex) and the facts a draft stores for
`mou check` carry them (:mod:`mou_cli.document.facts`). The answers model is only a type
here, so `mou check` reads stored rows without loading pydantic.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING

from mou_cli.document.checklist_types import type_rows
from mou_cli.document.rows import MISSING as MISSING
from mou_cli.document.rows import NA as NA
from mou_cli.document.rows import OK as OK
from mou_cli.document.rows import WEAK as WEAK
from mou_cli.document.rows import Row as Row
from mou_cli.document.rows import make_row as _row

if TYPE_CHECKING:
    from mou_cli.model import Answers

# How the checklist is headed where people read it (the .checklist.md file, the console).
TITLE = {"id": "Daftar periksa kelengkapan", "en": "Completeness checklist"}
COLUMNS = {
    "id": ("Unsur", "Status", "Alasan", "Isian"),
    "en": ("Element", "Status", "Reason", "Field"),
}


def checklist(a: Answers) -> list[Row]:
    """Every checklist row for ``a``, in a fixed order."""
    return [
        _goals(a),
        _roles(a),
        _contributions(a),
        _profit(a),
        _costs(a),
        *type_rows(a),
        _simple(a, "ip", ("Kepemilikan kekayaan intelektual", "Intellectual property ownership")),
        _confidentiality(a),
        _governance(a),
        _simple(a, "term", ("Jangka waktu", "Term")),
        _simple(
            a,
            "termination",
            ("Pemberitahuan dan masa perbaikan pengakhiran", "Termination notice and cure period"),
        ),
        _dispute(a),
        _law(a),
        _flag(a.force_majeure, "force_majeure", ("Keadaan kahar", "Force majeure")),
        _notices(a),
        _representatives(a),
        _indonesian_text(a),
        _meterai(a),
    ]


def _simple(a: Answers, field: str, el: tuple[str, str]) -> Row:
    if getattr(a, field) is None:
        return _row(field, el, MISSING, ("Belum diatur.", "Not stated."), field)
    return _row(field, el, OK, ("Diatur.", "Stated."), field)


def _flag(on: bool, field: str, el: tuple[str, str]) -> Row:
    if not on:
        return _row(
            field, el, MISSING, ("Pasal ini dinonaktifkan.", "The clause is switched off."), field
        )
    return _row(field, el, OK, ("Diatur.", "Stated."), field)


def _goals(a: Answers) -> Row:
    el = ("Tujuan yang terukur", "Measurable goals")
    if not a.goals:
        return _row("goals", el, MISSING, ("Tidak ada tujuan.", "No goals are stated."), "goals")
    weak = [i for i, g in enumerate(a.goals) if not g.is_measurable]
    if weak:
        where = ", ".join(f"goals[{i}]" for i in weak)
        return _row(
            "goals",
            el,
            WEAK,
            (
                f"{where} tanpa ukuran, target atau tenggat.",
                f"{where} lack a metric, target or deadline.",
            ),
            where,
        )
    return _row(
        "goals",
        el,
        OK,
        ("Setiap tujuan terukur dan bertenggat.", "Every goal has a metric, target and deadline."),
        "goals",
    )


def _roles(a: Answers) -> Row:
    el = ("Peran setiap pihak", "A role for every party")
    if not a.roles:
        return _row("roles", el, MISSING, ("Tidak ada peran.", "No roles are stated."), "roles")
    have = {r.party for r in a.roles if r.responsibilities}
    lacking = [p.short_name for p in a.parties if p.short_name not in have]
    if lacking:
        names = ", ".join(lacking)
        return _row(
            "roles",
            el,
            WEAK,
            (f"Tanpa tanggung jawab: {names}.", f"No responsibilities for: {names}."),
            "roles[].responsibilities",
        )
    return _row(
        "roles",
        el,
        OK,
        ("Setiap pihak punya tanggung jawab.", "Every party has responsibilities."),
        "roles",
    )


def _contributions(a: Answers) -> Row:
    el = ("Kontribusi", "Contributions")
    have = {r.party for r in a.roles if r.contributions}
    if not have:
        return _row(
            "contributions",
            el,
            MISSING,
            ("Tidak ada kontribusi.", "No contributions are stated."),
            "roles[].contributions",
        )
    lacking = [p.short_name for p in a.parties if p.short_name not in have]
    if lacking:
        names = ", ".join(lacking)
        return _row(
            "contributions",
            el,
            WEAK,
            (f"Tanpa kontribusi: {names}.", f"No contribution from: {names}."),
            "roles[].contributions",
        )
    return _row(
        "contributions",
        el,
        OK,
        ("Setiap pihak berkontribusi.", "Every party contributes."),
        "roles[].contributions",
    )


def _profit(a: Answers) -> Row:
    el = ("Pembagian keuntungan", "Profit sharing")
    field = "financial.profit_sharing"
    if a.financial.profit_sharing is not None:
        return _row(
            "profit_sharing", el, OK, ("Bagian berjumlah 100%.", "Shares sum to 100%."), field
        )
    if "profit_sharing" in a.financial.model_fields_set:
        return _row(
            "profit_sharing",
            el,
            OK,
            ("Dinyatakan tidak ada pembagian keuntungan.", "Explicitly none."),
            field,
        )
    return _row(
        "profit_sharing",
        el,
        MISSING,
        (
            "Tidak diatur; isi bagian atau tulis 'profit_sharing: null'.",
            "Not stated; give the shares or write 'profit_sharing: null'.",
        ),
        field,
    )


def _costs(a: Answers) -> Row:
    el = ("Pembagian biaya", "Cost sharing")
    if "costs" not in a.financial.model_fields_set:
        return _row(
            "costs",
            el,
            WEAK,
            (
                "Tidak dinyatakan; dianggap ditanggung masing-masing.",
                "Not stated; assumed each party bears its own.",
            ),
            "financial.costs",
        )
    return _row("costs", el, OK, ("Diatur.", "Stated."), "financial.costs")


def _confidentiality(a: Answers) -> Row:
    el = ("Kerahasiaan", "Confidentiality")
    if a.confidentiality is None:
        return _row(
            "confidentiality", el, MISSING, ("Belum diatur.", "Not stated."), "confidentiality"
        )
    if a.confidentiality.years == 0:
        return _row(
            "confidentiality",
            el,
            WEAK,
            ("Berakhir bersama perjanjian.", "Ends with the agreement."),
            "confidentiality.years",
        )
    return _row(
        "confidentiality",
        el,
        OK,
        ("Diatur, dengan masa berlaku.", "Stated, with a duration."),
        "confidentiality",
    )


def _governance(a: Answers) -> Row:
    el = ("Tata kelola dan evaluasi kinerja", "Governance and performance review")
    if a.governance is None and a.evaluation is None:
        return _row(
            "governance",
            el,
            MISSING,
            ("Tidak ada rapat atau evaluasi.", "No meetings or reviews."),
            "governance",
        )
    if a.governance is None or a.evaluation is None:
        field = "governance" if a.governance is None else "evaluation"
        return _row(
            "governance", el, WEAK, (f"'{field}' belum diisi.", f"'{field}' is not stated."), field
        )
    return _row(
        "governance",
        el,
        OK,
        ("Rapat dan evaluasi KPI diatur.", "Meetings and KPI reviews are set."),
        "governance",
    )


def _dispute(a: Answers) -> Row:
    el = ("Tahapan dan forum penyelesaian sengketa", "Dispute steps and forum")
    d = a.dispute
    if d is None:
        return _row("dispute", el, MISSING, ("Belum diatur.", "Not stated."), "dispute")
    if not d.mediation:
        return _row(
            "dispute",
            el,
            OK,
            ("Musyawarah, lalu forum yang dipilih.", "Negotiation, then the chosen forum."),
            "dispute",
        )
    return _row(
        "dispute",
        el,
        OK,
        (
            "Musyawarah, mediasi, lalu forum yang dipilih.",
            "Negotiation, mediation, then the chosen forum.",
        ),
        "dispute",
    )


def _law(a: Answers) -> Row:
    from mou_cli.model_base import law_of  # pydantic: only when there are answers to read

    el = ("Hukum yang berlaku", "Governing law")
    if a.dispute is None:
        return _row(
            "governing_law", el, MISSING, ("Belum diatur.", "Not stated."), "dispute.governing_law"
        )
    return _row(
        "governing_law",
        el,
        OK,
        (law_of(a.dispute.governing_law, "id"), law_of(a.dispute.governing_law, "en")),
        "dispute.governing_law",
    )


def _notices(a: Answers) -> Row:
    el = ("Pemberitahuan dan kontak", "Notices with contacts")
    if not a.notices:
        return _row(
            "notices",
            el,
            MISSING,
            ("Pasal ini dinonaktifkan.", "The clause is switched off."),
            "notices",
        )
    lacking = [p.short_name for p in a.parties if p.contact is None or not p.contact.email]
    if lacking:
        names = ", ".join(lacking)
        return _row(
            "notices",
            el,
            WEAK,
            (f"Tanpa e-mail kontak: {names}.", f"No contact e-mail for: {names}."),
            "parties[].contact",
        )
    return _row(
        "notices", el, OK, ("Setiap pihak punya kontak.", "Every party has a contact."), "notices"
    )


# Signing on these, a komparisi cites a document (a surat kuasa, a decree of appointment)
# whose number and date the draft leaves blank when the answers do not give them.
_CITES_DOCUMENT = ("power_of_attorney", "appointment")


def _representatives(a: Answers) -> Row:
    el = ("Wakil penanda tangan dan jabatannya", "Representatives with titles")
    blank = [
        (i, p)
        for i, p in enumerate(a.parties)
        if p.authority_basis in _CITES_DOCUMENT and not (p.authority and p.authority.document)
    ]
    if blank:
        names = ", ".join(p.short_name for _, p in blank)
        return _row(
            "representatives",
            el,
            WEAK,
            (
                f"Nomor dan tanggal surat kuasa atau keputusan pengangkatan belum diisi: {names}.",
                f"No number and date of the power of attorney or appointment decree: {names}.",
            ),
            ", ".join(f"parties[{i}].authority.document" for i, _ in blank),
        )
    return _row(
        "representatives",
        el,
        OK,
        ("Setiap pihak punya penanda tangan.", "Every party has a signatory."),
        "parties[].representative",
    )


def _indonesian_text(a: Answers) -> Row:
    el = ("Teks bahasa Indonesia", "Indonesian text")
    if not a.has_indonesian_party:
        return _row(
            "indonesian_text",
            el,
            NA,
            ("Tidak ada pihak Indonesia.", "No Indonesian party."),
            "language",
        )
    if "id" not in a.langs:
        return _row(
            "indonesian_text",
            el,
            MISSING,
            (
                "Ada pihak Indonesia; UU 24/2009 Ps. 31 mewajibkan teks bahasa Indonesia.",
                "An Indonesian party: Law 24/2009 Art. 31 requires an Indonesian text.",
            ),
            "language",
        )
    return _row(
        "indonesian_text",
        el,
        OK,
        ("Ada teks bahasa Indonesia.", "An Indonesian text is included."),
        "language",
    )


def _meterai(a: Answers) -> Row:
    el = ("Meterai", "Stamp duty (meterai)")
    if not a.has_indonesian_party:
        return _row(
            "meterai",
            el,
            NA,
            ("Tidak ada pihak Indonesia.", "No Indonesian party."),
            "signatures.stamp_duty",
        )
    if not a.signatures.stamp_duty:
        return _row(
            "meterai",
            el,
            MISSING,
            (
                "Tanpa tempat meterai; dokumen perlu bermeterai sebelum dipakai sebagai bukti.",
                "No meterai space; the document needs stamp duty before use as evidence.",
            ),
            "signatures.stamp_duty",
        )
    return _row(
        "meterai",
        el,
        OK,
        ("Tempat meterai disediakan.", "A meterai space is provided."),
        "signatures.stamp_duty",
    )


def to_json(rows: Sequence[Row]) -> str:
    """The checklist as JSON: a list of rows with both languages."""
    return json.dumps([asdict(r) for r in rows], indent=2, ensure_ascii=False) + "\n"


def summary(rows: Sequence[Row]) -> dict[str, int]:
    """How many rows have each status."""
    out = {OK: 0, WEAK: 0, MISSING: 0, NA: 0}
    for r in rows:
        out[r.status] += 1
    return out
