"""How many questions the real `mou new` asks, counted in a pseudo-terminal (interview_pty.py):
a hurried user reaches a two-party draft in at most 25, in either language, and a user
answering a three-party MoU fully in at most 70. Also on the real terminal: a "y" typed with
its Enter never answers the next question, a value is fixed from the review screen in three
steps, a partial answers file is completed, and an Indonesian run shows no English."""

from __future__ import annotations

import re
import time

import yaml
from interview_keys import Pick, Tick, Type
from interview_pty import prompt_line, rehearse, replay

from mou_cli.answers import load

HURRIED = {
    "parties[0].name": Type("PT Maju Bersama"),
    "parties[0].address": Type("Jl. Asia Afrika 1, Bandung"),
    "parties[0].representative.name": Type("Dewi Lestari"),
    "parties[1].name": Type("Yayasan Hijau Lestari"),
    "parties[1].address": Type("Jl. Dago 10, Bandung"),
    "parties[1].representative.name": Type("Andi Wijaya"),
}

# A three-party Indonesian MoU (a university, a regency, a company), answered fully: every
# party's details, the background, two measurable goals, the scope, every role, and the
# governance, term, court and witness the parties agreed; the rest as the type suggests.
FULL = {
    "basics?": Tick("title", "number", "date", "place"),
    "title": Type("Kerja Sama Pengembangan Agrowisata Deli Serdang"),
    "number": Type("027/MOU/USU-PEMKAB-ASL/2027"),
    "date": Type("15 Januari 2027"),
    "place": Type("Medan"),
    "parties[0].name": Type("Universitas Sumatera Utara"),
    "parties[0].address": Type("Jl. Dr. T. Mansur No. 9, Padang Bulan, Medan 20222"),
    "parties[0].representative.name": Type("Prof. Dr. Muryanto Amin"),
    "parties[0].more?": Tick("parties[0].short_name", "parties[0].contact.email"),
    "parties[0].short_name": Type("USU"),
    "parties[0].contact.email": Type("kerjasama@usu.ac.id"),
    "parties[1].name": Type("Pemerintah Kabupaten Deli Serdang"),
    "parties[1].address": Type("Jl. Negara No. 1, Lubuk Pakam 20514"),
    "parties[1].representative.name": Type("dr. H. Asri Ludin Tambunan"),
    "parties[1].more?": Tick(
        "parties[1].short_name", "parties[1].representative.title", "parties[1].contact.email"
    ),
    "parties[1].short_name": Type("Pemkab Deli Serdang"),
    "parties[1].representative.title": Type("Bupati Deli Serdang"),
    "parties[1].contact.email": Type("setda@deliserdangkab.go.id"),
    "parties[2].name": Type("PT Agro Sumatera Lestari"),
    "parties[2].address": Type("Jl. Gatot Subroto No. 88, Medan 20112"),
    "parties[2].representative.name": Type("Ir. Rudi Hartono"),
    "parties[2].more?": Tick(
        "parties[2].short_name",
        "parties[2].registration",
        "parties[2].contact.email",
        "parties[2].contact.name",
        "parties[2].contact.phone",
    ),
    "parties[2].short_name": Type("Agro Sumatera"),
    "parties[2].registration": Type("NIB 9120001234567"),
    "parties[2].contact.email": Type("legal@agrosumatera.co.id"),
    "parties[2].contact.name": Type("Siti Aminah"),
    "parties[2].contact.phone": Type("+62 61 455 1234"),
    "purpose?": Tick("background", "goals", "scope"),
    "background": Type(
        "Pemkab Deli Serdang mengembangkan desa wisata; USU memiliki keahlian agribisnis; "
        "Agro Sumatera mengelola kebun dan memasarkan hasil tani"
    ),
    "goals[0].description": Type("Mengembangkan desa agrowisata"),
    "goals[0].metric": Type("jumlah desa agrowisata yang beroperasi"),
    "goals[0].target": Type("10 desa"),
    "goals[0].deadline": Type("31 Desember 2028"),
    "goals[1].description": Type("Melatih pengelola desa wisata"),
    "goals[1].metric": Type("jumlah pengelola terlatih"),
    "goals[1].target": Type("200 orang"),
    "goals[1].deadline": Type("30/06/2028"),
    "scope": Type("Kajian potensi desa; Pelatihan pengelola; Pemasaran produk agrowisata"),
    "roles?": Tick("roles[USU]", "roles[Pemkab Deli Serdang]", "roles[Agro Sumatera]"),
    "roles[USU].responsibilities": Type("Menyusun kajian potensi desa; Melatih pengelola"),
    "roles[USU].contributions[0].description": Type("Tenaga ahli dan mahasiswa KKN"),
    "roles[Pemkab Deli Serdang].responsibilities": Type("Menetapkan desa sasaran; Memfasilitasi"),
    "roles[Agro Sumatera].responsibilities": Type("Membina petani; Memasarkan produk"),
    "roles[Agro Sumatera].contributions[0].description": Type("Dana pendampingan"),
    "roles[Agro Sumatera].contributions[0].amount": Type("Rp 1,5 miliar"),
    "governance?": Tick("governance.members_per_party", "governance.meetings"),
    "governance.members_per_party": Type("2"),
    "governance.meetings": Pick("monthly"),
    "term?": Tick("term.start", "term.years"),
    "term.start": Type("1 Februari 2027"),
    "term.years": Type("2 tahun"),
    "dispute?": Tick("dispute.court"),
    "dispute.court": Type("Pengadilan Negeri Lubuk Pakam"),
    "closing?": Tick("signatures.witnesses"),
    "signatures.witnesses[0].name": Type("Drs. Ahmad Fauzi"),
    "signatures.witnesses[0].title": Type("Sekretaris Daerah"),
}

# Words of the interface that an Indonesian run must never show.
ENGLISH = (
    "Yes", "No", "done", "selection", "selections", "must", "should", "greater", "Invalid",
    "required", "Review", "Change", "What next", "Save", "quit", "wrote", "Use arrow",
    "shortcuts", "toggle", "weak", "missing", "Party", "Parties", "Document", "Answers",
    "accept", "skip", "leave empty", "None", "Other", "Goal", "Role", "Completeness",
    "Element", "Reason", "Field", "Status ok",
)  # fmt: skip


def english_in(screen: str) -> list[str]:
    """Where the screen shows an English word of the interface (with what is around it)."""
    return [
        screen[max(0, m.start() - 60) : m.end() + 20]
        for w in ENGLISH
        for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w.-])", screen)  # not "No. 9"
    ]


def answers_in(folder):
    (found,) = folder.glob("*.answers.yaml")
    return load(found).answers


def test_a_hurried_user_drafts_two_parties_in_at_most_25_questions(monkeypatch, tmp_path):
    for lang, script in (("id", HURRIED), ("en", {**HURRIED, "language": Pick("en")})):
        steps = rehearse(monkeypatch, script, out=tmp_path / f"rehearsal-{lang}")
        folder = tmp_path / lang
        folder.mkdir()
        run = replay(steps, ["new", "--out", "draft"], folder)
        assert run.exit_status == 0, run.screen[-2000:]
        assert len(steps) <= 25, [s.key for s in steps]
        a = answers_in(folder / "draft")
        assert a.language == lang and len(a.parties) == 2 and a.goals and a.scope
        assert ("ditulis:" if lang == "id" else "wrote ") in run.screen
        assert run.median_wait < 0.5, run.waits  # prompts come at once
        if lang == "id":  # after the first question (in both languages), Indonesian only
            assert not english_in(run.screen.split("mou: menyusun", 1)[1])


TYPE_HEADS = ("distribution", "joint_venture", "supply_chain", "marketing", "technology",
              "community", "strategic")  # fmt: skip


def test_a_hurried_user_meets_at_most_three_prompts_of_a_types_terms(monkeypatch, tmp_path):
    """Per type, for an MoU and a binding agreement: the terms that matter most are asked
    (products and territory, the vehicle and its capital, the goods, the marks, the
    beneficiaries and grant) and the rest offered as one list, so the hurried interview stays
    within 25 questions; every draft gets its type's terms block where the type has one."""
    counts = {}
    for type_ in TYPE_HEADS:
        for binding in (False, True):
            script = {**HURRIED, "type": Pick(type_), "binding": Pick(binding)}
            out = tmp_path / f"{type_}-{binding}"
            steps = rehearse(monkeypatch, script, out=out)
            mine = [s.key for s in steps if s.key.startswith(type_)]
            counts[type_, binding] = (len(mine), len(steps))
            assert len(mine) <= 3, (type_, binding, mine)
            assert len(steps) <= 25, (type_, binding, [s.key for s in steps])
            a = answers_in(out)
            assert a.type == type_ and a.binding is binding
    assert counts[("distribution", True)][0] == 3  # products, territory, the list of terms
    assert counts[("marketing", False)][0] == 0  # an MoU states intent: nothing to add
    print(counts)


def test_a_full_three_party_mou_takes_at_most_70_questions(monkeypatch, tmp_path):
    steps = rehearse(monkeypatch, FULL, out=tmp_path / "rehearsal", ui_lang="id")
    run = replay(steps, ["new", "--out", "draft", "--ui-lang", "id"], tmp_path)
    assert run.exit_status == 0, run.screen[-2000:]
    assert len(steps) <= 70, len(steps)
    a = answers_in(tmp_path / "draft")
    assert [p.short_name for p in a.parties] == ["USU", "Pemkab Deli Serdang", "Agro Sumatera"]
    assert [p.kind for p in a.parties] == ["university", "government", "company"]
    assert [(g.target, g.unit) for g in a.goals] == [("10", "desa"), ("200", "orang")]
    assert all(g.is_measurable for g in a.goals) and len(a.scope) == 3 and len(a.background) == 3
    assert a.roles[2].contributions[0].amount == 1_500_000_000
    assert a.governance.members_per_party == 2 and a.term.years == 2
    assert a.dispute.court == "Pengadilan Negeri Lubuk Pakam"
    assert a.signatures.witnesses[0].title == "Sekretaris Daerah"
    assert "= Jumat, 15 Januari 2027" in run.screen  # the date understood, said back

    assert not english_in(run.screen)  # one language at a time
    assert "Ya" in run.screen and "Tidak" in run.screen and "lengkap" in run.screen


def test_y_then_enter_typed_fast_never_answers_the_next_question(monkeypatch, tmp_path):
    script = {
        **HURRIED,
        "governance?": Tick("governance.committee", "governance.meetings"),
        "governance.committee": Pick(False),
        "governance.meetings": Pick("monthly"),
    }
    steps = rehearse(monkeypatch, script, out=tmp_path / "rehearsal")
    committee = next(s for s in steps if s.key == "governance.committee")
    assert committee.keys == "n\r"  # one write: the key and its Enter together
    nxt = steps[steps.index(committee) + 1]
    progress = tmp_path / "draft" / ".mou-interview.yaml"

    def still_asking(child) -> bool:
        child.expect(prompt_line(nxt.message))  # the next question shows ...
        time.sleep(0.5)
        saved = yaml.safe_load(progress.read_text(encoding="utf-8"))
        assert saved["answers"]["governance"]["committee"] is False
        assert nxt.key not in saved["done"]  # ... and waits: nothing answered it
        return True

    run = replay(steps, ["new", "--out", "draft"], tmp_path, after={committee.key: still_asking})
    assert run.exit_status == 0
    assert answers_in(tmp_path / "draft").governance.meetings == "monthly"


def test_a_value_is_fixed_from_the_review_screen_in_three_steps(monkeypatch, tmp_path):
    """Topic, field, value; here the new country makes the dispute forum's default
    arbitration (the forum was filled in, not chosen), and what that brings is offered once."""
    script = {
        **HURRIED,
        "language": Pick("en"),
        "review": [Pick("parties"), Pick("draft")],
        "review.field": Pick("parties[1].jurisdiction"),
        "parties[1].jurisdiction": Type("Singapore"),
    }
    steps = rehearse(monkeypatch, script, out=tmp_path / "rehearsal")
    keys = [s.key for s in steps]
    first = keys.index("review")
    fix = ["review", "review.field", "parties[1].jurisdiction", "dispute?", "review"]
    assert keys[first:] == fix
    country = steps[first + 2]
    assert country.keys.endswith("Singapore\r")
    run = replay(steps, ["new", "--out", "draft"], tmp_path)
    assert run.exit_status == 0
    a = answers_in(tmp_path / "draft")
    assert a.parties[1].jurisdiction == "Singapore"
    assert a.dispute.forum == "arbitration" and a.dispute.arbitration.institution == "SIAC"


OFFICE = """\
schema: 1
language: id
type: strategic
binding: false
title: Kerja Sama Pelatihan Vokasi
number: 015/UN5/KS/2027
date: 2027-01-15
place: Medan
parties:
  - name: Universitas Sumatera Utara
    short_name: USU
    kind: university
    jurisdiction: Indonesia
    address: Jl. Dr. T. Mansur No. 9, Medan
    representative: {name: Prof. Dr. Muryanto Amin, title: Rektor}
confidentiality: {years: 2}
dispute: {negotiation_days: 30, mediation: true, forum: court,
          court: Pengadilan Negeri Medan, governing_law: Republik Indonesia}
"""


def test_a_partial_answers_file_is_completed_in_a_terminal(monkeypatch, tmp_path):
    office = tmp_path / "office.yaml"
    office.write_text(OFFICE, encoding="utf-8")
    partner = {
        "parties[1].name": Type("PT Perkebunan Nusantara IV"),
        "parties[1].address": Type("Jl. Sei Batang Hari No. 2, Medan"),
        "parties[1].representative.name": Type("Ir. Mahmudi"),
    }
    steps = rehearse(monkeypatch, partner, answers=office, out=tmp_path / "rehearsal")
    keys = [s.key for s in steps]
    assert keys[:3] == ["parties[1].name", "parties[1].address", "parties[1].representative.name"]
    assert "dispute?" not in keys and not any(k.startswith("parties[0]") for k in keys)
    run = replay(steps, ["new", "--answers", "office.yaml", "--out", "draft"], tmp_path)
    assert run.exit_status == 0
    a = answers_in(tmp_path / "draft")
    assert a.parties[0].short_name == "USU" and a.parties[1].short_name == "Perkebunan Nusantara IV"
    assert a.number == "015/UN5/KS/2027" and a.dispute.court == "Pengadilan Negeri Medan"
