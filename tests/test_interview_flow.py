"""Whole interviews typed into the real prompts (see interview_keys.py), through `mou new`."""

from __future__ import annotations

import zipfile
from pathlib import Path

import yaml
from interview_keys import CTRL_C, Pick, Tick, Type, run_interview

from mou_cli.answers import load
from mou_cli.commands.new import run_new
from mou_cli.document.checklist import checklist

PARTY_TM = {
    "parties[0].name": Type("PT Tani Maju Sejahtera"),
    "parties[0].address": Type("Jl. Jenderal Sudirman No. 21, Jakarta Pusat 10220"),
    "parties[0].representative.name": Type("Budi Santoso"),
    "parties[0].more?": Tick(
        "parties[0].short_name",
        "parties[0].registration",
        "parties[0].contact.email",
        "parties[0].contact.name",
    ),
    "parties[0].short_name": Type("Tani Maju"),
    "parties[0].registration": Type("NIB 8120000123456"),
    "parties[0].contact.email": Type("rina@tanimaju.co.id"),
    "parties[0].contact.name": Type("Rina Wulandari"),
}
PARTY_UGM = {
    "parties[1].name": Type("Universitas Gadjah Mada"),
    "parties[1].address": Type("Bulaksumur, Sleman, Yogyakarta 55281"),
    "parties[1].representative.name": Type("Prof. Dr. Siti Rahayu"),
    "parties[1].more?": Tick(
        "parties[1].short_name", "parties[1].representative.title", "parties[1].contact.email"
    ),
    "parties[1].short_name": Type("UGM"),
    "parties[1].representative.title": Type("Wakil Rektor Bidang Penelitian"),
    "parties[1].contact.email": Type("agus.pratama@ugm.ac.id"),
}


def answers_file(folder: Path) -> Path:
    (found,) = folder.glob("*.answers.yaml")
    return found


def docx_parts(path: Path) -> dict[str, bytes]:
    """The DOCX contents, less its creation timestamp."""
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def new_from(answers: Path, out: Path) -> int:
    return run_new(
        answers=answers,
        example=None,
        list_examples=False,
        out=out,
        output=None,
        formats="md,docx",
        force=False,
        checklist_json=None,
        clause_dirs=[],
        quiet=True,
    )


def test_two_party_indonesian_mou_matches_the_answers_file_route(monkeypatch, tmp_path):
    script = {
        "type": Pick("technology"),
        "basics?": Tick("title", "number", "date", "place"),
        "title": Type("Kemitraan Pengembangan Aplikasi Pertanian Digital"),
        "number": Type("014/MOU-TMS/XI/2026"),
        "date": Type("23 November 2026"),
        "place": Type("Yogyakarta"),
        **PARTY_TM,
        **PARTY_UGM,
        "purpose?": Tick("background", "goals"),
        "background": Type("Tani Maju mengembangkan layanan digital; UGM meneliti agronomi"),
        "goals[0].description": Type("Meluncurkan aplikasi rekomendasi tanam"),
        "goals[0].metric": Type("jumlah petani aktif bulanan"),
        "goals[0].target": Type("5.000 petani"),
        "goals[0].deadline": Type("30/09/2027"),
        "roles?": Tick("roles[Tani Maju]", "roles[UGM]"),
        "roles[Tani Maju].responsibilities": Type("Membangun dan mengoperasikan aplikasi"),
        "roles[Tani Maju].contributions[0].description": Type("Dana uji coba lapangan"),
        "roles[Tani Maju].contributions[0].amount": Type("Rp 750 juta"),
        "roles[UGM].responsibilities": Type("Menyediakan model agronomi"),
        "roles[UGM].contributions[0].description": Type("Tenaga peneliti"),
        "dispute?": Tick("dispute.forum"),
        "dispute.forum": Pick("arbitration"),
    }
    out = tmp_path / "draft"
    code, typist = run_interview(monkeypatch, script, out=out)
    assert code == 0
    assert typist.unused() == {}
    assert any("Nama lengkap" in p.message for p in typist.asked)  # Indonesian prompts
    assert "dispute.court" not in typist.keys  # no court question once arbitration is chosen
    asked = set(typist.keys)
    assert "governance.meetings" not in asked and "term.years" not in asked  # not opened
    offers = [dict(p.choices) for p in typist.asked if p.key == "dispute?"]
    assert "BANI" in offers[1]["dispute.arbitration.institution"]  # brought, offered
    assert "dispute.arbitration.institution" not in asked

    saved = answers_file(out)
    raw = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert raw["financial"]["profit_sharing"] is None  # the default "no", written down
    assert "court" not in raw["dispute"] and "_interview" not in raw
    a = load(saved).answers
    assert a.language == "id" and a.type == "technology" and str(a.date) == "2026-11-23"
    assert [p.short_name for p in a.parties] == ["Tani Maju", "UGM"]
    assert a.parties[1].kind == "university"  # guessed from the name
    assert a.background == ["Tani Maju mengembangkan layanan digital", "UGM meneliti agronomi"]
    assert (a.goals[0].target, a.goals[0].unit) == ("5.000", "petani")
    assert str(a.goals[0].deadline) == "2027-09-30" and a.goals[0].is_measurable
    assert a.roles[0].contributions[0].amount == 750_000_000
    assert a.roles[0].contributions[0].currency == "IDR"
    assert a.dispute.arbitration.institution == "BANI" and a.dispute.arbitration.seat == "Jakarta"
    assert a.ip.publications == "allowed_after_review"  # a university is a party
    assert a.confidentiality.years == 5 and a.term.years == 3  # the technology defaults
    assert a.signatures.stamp_duty
    assert not (out / ".mou-interview.yaml").exists()  # finished: no progress file left
    text = (out / f"{saved.name.removesuffix('.answers.yaml')}.md").read_text(encoding="utf-8")
    assert "target 5.000 (lima ribu) petani" in text

    # the same draft and checklist from the answers file
    again = tmp_path / "again"
    assert new_from(saved, again) == 0
    stem = saved.name.removesuffix(".answers.yaml")
    for suffix in (".md", ".checklist.md"):
        assert (out / f"{stem}{suffix}").read_bytes() == (again / f"{stem}{suffix}").read_bytes()
    assert docx_parts(out / f"{stem}.docx") == docx_parts(again / f"{stem}.docx")


def test_three_party_english_joint_venture_with_arbitration(monkeypatch, tmp_path):
    script = {
        "language": Pick("en"),
        "type": Pick("joint_venture"),
        "basics?": Tick("title", "date", "place"),
        "title": Type("Solar Microgrid Joint Venture"),
        "date": Type("1 March 2027"),
        "place": Type("Makassar"),
        "parties[0].name": Type("PT Surya Timur Energi"),
        "parties[0].address": Type("Jl. Ahmad Yani No. 3, Makassar"),
        "parties[0].representative.name": Type("Andi Mappanyukki"),
        "parties[0].more?": Tick("parties[0].short_name"),
        "parties[0].short_name": Type("Surya Timur"),
        "parties[1].name": Type("Nordlys Renewables AS"),
        "parties[1].address": Type("Dronning Eufemias gate 16, Oslo"),
        "parties[1].representative.name": Type("Ingrid Solberg"),
        "parties[1].more?": Tick(
            "parties[1].short_name", "parties[1].jurisdiction", "parties[1].representative.title"
        ),
        "parties[1].short_name": Type("Nordlys"),
        "parties[1].jurisdiction": Type("Norway"),
        "parties[1].representative.title": Type("Managing Director"),
        "parties[2].name": Type("Koperasi Nelayan Sejahtera"),
        "parties[2].address": Type("Desa Mattiro Deceng, Pangkep"),
        "parties[2].representative.name": Type("Baso Daeng Rani"),
        "parties[2].more?": Tick("parties[2].short_name"),
        "parties[2].short_name": Type("Koperasi"),
        "purpose?": Tick("goals"),
        "goals[0].target": Type("1,500 kWp"),
        "goals[0].deadline": Type("30/06/2028"),
        "roles?": Tick("roles[Surya Timur]", "roles[Nordlys]", "roles[Koperasi]"),
        "roles[Surya Timur].contributions[0].amount": Type("IDR 4,000,000,000"),
        "roles[Nordlys].contributions[0].amount": Type("250,000 EUR"),
        "roles[Koperasi].contributions[0].description": Type("Land use rights"),
        "financial?": Tick("financial.profit_sharing.shares"),
        "financial.profit_sharing.shares[Surya Timur]": Type("50"),
        "financial.profit_sharing.shares[Nordlys]": Type("30"),
        # Koperasi: Enter takes the 20% remainder offered
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    assert any("Full legal name" in p.message for p in typist.asked)  # English prompts
    assert "parties[3].name" in typist.keys  # a fourth party was offered, and declined
    koperasi = next(p for p in typist.asked if p.key.endswith("shares[Koperasi]"))
    assert koperasi.placeholder == "20"
    assert "dispute.court" not in typist.keys and "dispute.forum" not in typist.keys

    a = load(answers_file(tmp_path)).answers
    assert a.language == "en" and a.binding  # a joint venture is binding by default
    assert [p.short_name for p in a.parties] == ["Surya Timur", "Nordlys", "Koperasi"]
    assert a.parties[1].jurisdiction == "Norway" and a.parties[2].kind == "cooperative"
    assert (a.goals[0].target, a.goals[0].unit) == ("1,500", "kWp")
    ps = a.financial.profit_sharing
    assert [(s.party, s.percent) for s in ps.shares] == [
        ("Surya Timur", 50),
        ("Nordlys", 30),
        ("Koperasi", 20),
    ]
    # joint-venture defaults: shared costs, a committee deciding by majority, capital
    assert a.financial.costs == "shared"
    assert sum(s.percent for s in a.financial.cost_shares) == 100
    assert a.governance.committee and a.governance.decisions == "majority"
    assert a.roles[0].contributions[0].description == "Capital contribution"
    assert a.roles[0].contributions[0].amount == 4_000_000_000
    assert (a.roles[1].contributions[0].amount, a.roles[1].contributions[0].currency) == (
        250000,
        "EUR",
    )
    arb = a.dispute.arbitration
    assert a.dispute.forum == "arbitration" and a.dispute.court is None
    assert (arb.institution, arb.seat, arb.arbitrators) == ("SIAC", "Singapore", 3)
    assert (tmp_path / "solar-microgrid-joint-venture.docx").is_file()


def test_nonprofit_community_programme_is_not_asked_about_profit(monkeypatch, tmp_path):
    script = {
        "type": Pick("community"),
        "parties[0].name": Type("Yayasan Cahaya Nusantara"),
        "parties[0].address": Type("Jl. El Tari No. 8, Kupang"),
        "parties[0].representative.name": Type("Maria Goreti Lake"),
        "parties[1].name": Type("Pemerintah Kabupaten Kupang"),
        "parties[1].address": Type("Jl. Timor Raya Km. 36, Oelamasi"),
        "parties[1].representative.name": Type("Frans Tefa"),
        "financial?": Tick("financial.cost_shares"),
        "financial.cost_shares[Yayasan Cahaya Nusantara]": Type("70"),
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    money = next(p for p in typist.asked if p.key == "financial?")
    assert not any("keuntungan" in title for _, title in money.choices)
    offered = {p.key: [k for k, _ in p.choices] for p in typist.asked if p.kind == "details"}
    assert "parties[0].registration" in offered["parties[0].more?"]
    assert "parties[1].registration" not in offered["parties[1].more?"]  # no NIB: government

    saved = answers_file(tmp_path)
    raw = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert "profit_sharing" in raw["financial"] and raw["financial"]["profit_sharing"] is None
    a = load(saved).answers
    assert [p.kind for p in a.parties] == ["nonprofit", "government"]
    assert a.financial.costs == "shared"
    assert [(s.party, s.percent) for s in a.financial.cost_shares] == [
        ("Yayasan Cahaya Nusantara", 70),
        ("Pemerintah Kabupaten Kupang", 30),
    ]
    assert a.dispute.forum == "court" and a.dispute.court == "Pengadilan Negeri Jakarta"
    profit_row = next(r for r in checklist(a) if r.key == "profit_sharing")
    assert profit_row.status == "ok"  # explicitly none, not forgotten


def test_a_field_changed_on_the_review_screen_is_followed_everywhere(monkeypatch, tmp_path):
    script = {
        **PARTY_TM,
        **PARTY_UGM,
        "roles?": Tick("roles[Tani Maju]"),
        "roles[Tani Maju].responsibilities": Type("Membangun aplikasi"),
        "ip?": [Tick("ip.foreground"), Tick("ip.foreground_owner")],
        "ip.foreground": Pick("party"),
        "ip.foreground_owner": Pick("Tani Maju"),
        "review": [Pick("parties"), Pick("draft")],
        "review.field": Pick("parties[0].short_name"),
        "parties[0].short_name": [Type("Tani Maju"), Type("TMS")],
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    # topic, field, the new value, then the review again: nothing else is asked
    after = typist.keys[typist.keys.index("review") :]
    assert after == ["review", "review.field", "parties[0].short_name", "review"]
    fix = typist.asked[typist.keys.index("review") + 2]
    assert fix.prefill == "Tani Maju"  # the old value, selected: typing replaces it

    a = load(answers_file(tmp_path)).answers
    assert a.parties[0].short_name == "TMS"
    assert a.roles[0].party == "TMS" and a.roles[0].responsibilities == ["Membangun aplikasi"]
    assert a.ip.foreground_owner == "TMS"


def test_defaults_follow_a_change_but_chosen_answers_stay(monkeypatch, tmp_path):
    script = {
        **PARTY_TM,
        **PARTY_UGM,
        "term?": Tick("term.years"),
        "term.years": Type("4 tahun"),
        "review": [Pick("basics"), Pick("draft")],
        "review.field": Pick("type"),
        "type": [Pick("strategic"), Pick("joint_venture")],
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    a = load(answers_file(tmp_path)).answers
    assert a.type == "joint_venture"
    assert a.governance.decisions == "majority"  # filled in: now the joint venture's
    assert a.confidentiality.years == 5 and a.financial.costs == "shared"
    assert a.term.years == 4  # chosen: kept
    assert not a.binding  # asked (Enter on "MoU" is a choice): kept


def test_an_interrupted_interview_resumes_where_it_stopped(monkeypatch, tmp_path):
    first = {
        **PARTY_TM,
        "parties[1].name": Type("Universitas Gadjah Mada"),
        "parties[1].address": CTRL_C,
    }
    code, typist = run_interview(monkeypatch, first, out=tmp_path)
    assert code == 130
    progress = tmp_path / ".mou-interview.yaml"
    saved = yaml.safe_load(progress.read_text(encoding="utf-8"))
    assert saved["answers"]["parties"][1]["name"] == "Universitas Gadjah Mada"
    assert "parties[1].name" in saved["done"] and "parties[0].more?" in saved["done"]
    assert not list(tmp_path.glob("*.docx"))

    rest = {k: v for k, v in PARTY_UGM.items() if k != "parties[1].name"}
    code, typist = run_interview(monkeypatch, rest, resume=progress)
    assert code == 0 and typist.unused() == {}
    assert typist.keys[0] == "parties[1].address"  # nothing answered is asked again
    assert "parties[0].name" not in typist.keys
    a = load(answers_file(tmp_path)).answers  # drafted beside the progress file
    assert [p.name for p in a.parties] == ["PT Tani Maju Sejahtera", "Universitas Gadjah Mada"]
    assert not progress.exists()


def test_a_pause_inside_opened_details_resumes_inside_them(monkeypatch, tmp_path):
    first = {
        **PARTY_TM,
        **PARTY_UGM,
        "governance?": Tick("governance.meetings", "evaluation.annual_report"),
        "governance.meetings": CTRL_C,
    }
    code, _ = run_interview(monkeypatch, first, out=tmp_path)
    assert code == 130
    second = {"governance.meetings": Pick("monthly"), "evaluation.annual_report": Pick(True)}
    code, typist = run_interview(monkeypatch, second, resume=tmp_path / ".mou-interview.yaml")
    assert code == 0 and typist.unused() == {}
    assert typist.keys[:2] == ["governance.meetings", "evaluation.annual_report"]
    a = load(answers_file(tmp_path)).answers
    assert a.governance.meetings == "monthly" and a.evaluation.annual_report


def test_a_new_interview_offers_to_continue_the_unfinished_one(monkeypatch, tmp_path):
    code, _ = run_interview(monkeypatch, {**PARTY_TM, "parties[1].name": CTRL_C}, out=tmp_path)
    assert code == 130
    code, typist = run_interview(monkeypatch, {**PARTY_UGM, "resume": Pick(True)}, out=tmp_path)
    assert code == 0 and typist.keys[0] == "resume" and typist.keys[1] == "parties[1].name"


def test_invalid_entries_are_refused_saying_what_would_do(monkeypatch, tmp_path):
    script = {
        **PARTY_TM,
        **PARTY_UGM,
        "basics?": Tick("date"),
        "date": Type("31/02/2027", "besok", "28 Februari 2027"),
        "parties[0].contact.email": Type("rina@", "rina tanimaju.co.id", "rina@tanimaju.co.id"),
        "parties[1].short_name": Type("Tani Maju", "UGM"),
        "roles?": Tick("roles[Tani Maju]"),
        "roles[Tani Maju].contributions[0].description": Type("Dana"),
        "roles[Tani Maju].contributions[0].amount": Type("-5", "lima juta", "5.000.000"),
        "financial?": [Tick("financial.profit_sharing"), Tick("financial.profit_sharing.shares")],
        "financial.profit_sharing": Pick(True),
        "financial.profit_sharing.shares[Tani Maju]": Type("120", "60"),
        "financial.profit_sharing.shares[UGM]": Type("50", "40"),
        "term?": Tick("term.years"),
        "term.years": Type("0", "tiga", "3"),
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    said = typist.refused
    assert "tidak ada di kalender" in said["date"][0] and "15 Januari 2027" in said["date"][0]
    assert "bukan tanggal" in said["date"][1]
    assert all("bukan alamat e-mail" in m for m in said["parties[0].contact.email"])
    assert "sudah dipakai" in said["parties[1].short_name"][0]
    amount = said["roles[Tani Maju].contributions[0].amount"]
    assert all("750 juta" in m for m in amount)  # what would be accepted
    assert "40" in said["financial.profit_sharing.shares[UGM]"][0]  # the remainder, named
    assert said["term.years"] == ["Harus paling sedikit 1.", said["term.years"][1]]
    assert "tulis angka" in said["term.years"][1]

    a = load(answers_file(tmp_path)).answers
    assert str(a.date) == "2027-02-28"
    assert a.parties[0].contact.email == "rina@tanimaju.co.id"
    assert a.roles[0].contributions[0].amount == 5_000_000
    assert [s.percent for s in a.financial.profit_sharing.shares] == [60, 40]
    assert a.term.years == 3


def test_edit_opens_an_answers_file_at_the_review_screen(monkeypatch, tmp_path):
    from mou_cli.examples import find

    script = {
        "review": [Pick("dispute"), Pick("draft")],
        "review.field": Pick("dispute.forum"),
        "dispute.forum": Pick("court"),
        "dispute?": Tick("dispute.court"),  # what the change brings is offered
        "dispute.court": Type("Pengadilan Negeri Yogyakarta"),
    }
    code, typist = run_interview(
        monkeypatch, script, answers=find("technology-id"), edit=True, out=tmp_path
    )
    assert code == 0 and typist.unused() == {}
    assert typist.keys[0] == "review"  # nothing asked before the review
    assert "dispute.arbitration.institution" not in typist.keys
    assert "dispute.court" in typist.keys
    a = load(answers_file(tmp_path)).answers
    assert a.dispute.forum == "court" and a.dispute.arbitration is None
    assert a.dispute.court == "Pengadilan Negeri Yogyakarta"
    before = load(find("technology-id")).answers
    assert a.parties == before.parties and a.goals == before.goals


def test_a_party_added_on_the_review_screen_is_asked_for_its_role_and_share(monkeypatch, tmp_path):
    script = {
        **PARTY_TM,
        **PARTY_UGM,
        "roles?": [
            Tick("roles[Tani Maju]", "roles[UGM]"),
            Tick("roles[Koperasi Tani Makmur]"),  # the new party's role, offered
        ],
        "roles[Tani Maju].responsibilities": Type("Membangun aplikasi"),
        "financial?": [Tick("financial.profit_sharing"), Tick("financial.profit_sharing.shares")],
        "financial.profit_sharing": Pick(True),
        "financial.profit_sharing.shares[Tani Maju]": [Type("50"), Type("40")],
        "review": [Pick("parties"), Pick("draft")],
        "review.field": Pick("parties[+]"),
        "parties[2].name": [Type(""), Type("Koperasi Tani Makmur")],
        "parties[2].address": Type("Desa Sukamaju, Klaten"),
        "parties[2].representative.name": Type("Slamet Riyadi"),
        "roles[Koperasi Tani Makmur].responsibilities": Type("Menyediakan lahan uji coba"),
        "financial.profit_sharing.shares[UGM]": [Type("50"), Type("30")],
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    after = typist.keys[typist.keys.index("review") + 1 :]
    assert "roles[Koperasi Tani Makmur].responsibilities" in after
    assert "roles[Tani Maju].responsibilities" not in after  # only what the change needs
    assert "financial.profit_sharing.shares[Koperasi Tani Makmur]" in after
    a = load(answers_file(tmp_path)).answers
    assert [p.short_name for p in a.parties][-1] == "Koperasi Tani Makmur"
    assert a.parties[2].kind == "cooperative"
    assert [s.percent for s in a.financial.profit_sharing.shares] == [40, 30, 30]
    assert a.roles[-1].party == "Koperasi Tani Makmur"


def test_a_party_removed_on_the_review_screen_leaves_no_reference(monkeypatch, tmp_path):
    third = {
        "parties[2].name": Type("Koperasi Tani Makmur"),
        "parties[2].address": Type("Desa Sukamaju, Klaten"),
        "parties[2].representative.name": Type("Slamet Riyadi"),
    }
    script = {
        **PARTY_TM,
        **PARTY_UGM,
        **third,
        "roles?": Tick("roles[Koperasi Tani Makmur]"),
        "roles[Koperasi Tani Makmur].responsibilities": Type("Menyediakan lahan"),
        "closing?": [Tick("personal_data.processed"), Tick("personal_data.controller")],
        "personal_data.processed": Pick(True),
        "personal_data.controller": Pick("Koperasi Tani Makmur"),
        "review": [Pick("parties"), Pick("draft")],
        "review.field": Pick("parties[2]-"),
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    a = load(answers_file(tmp_path)).answers
    assert [p.short_name for p in a.parties] == ["Tani Maju", "UGM"]
    assert all(r.party != "Koperasi Tani Makmur" for r in a.roles)
    assert "personal_data.controller" in typist.keys[typist.keys.index("review") :]  # again
    assert a.personal_data.controller == "Tani Maju"


def test_a_partial_answers_file_asks_only_for_what_it_lacks(monkeypatch, tmp_path):
    office = tmp_path / "office.yaml"
    office.write_text(
        "schema: 1\nlanguage: id\ntype: strategic\ntitle: Kerja Sama Pelatihan\n"
        "date: 2027-01-15\nplace: Medan\n"
        "parties:\n  - name: Universitas Sumatera Utara\n    short_name: USU\n"
        "    kind: university\n    jurisdiction: Indonesia\n    address: Jl. Dr. Mansur No. 9\n"
        "    representative: {name: Prof. Muryanto Amin, title: Rektor}\n"
        "confidentiality: {years: 2}\n"
        "dispute: {forum: court, court: Pengadilan Negeri Medan, governing_law: Republik Indonesia}\n",
        encoding="utf-8",
    )
    script = {
        "parties[1].name": Type("PT Perkebunan Nusantara"),
        "parties[1].address": Type("Jl. Sei Batang Hari, Medan"),
        "parties[1].representative.name": Type("Ir. Mahmudi"),
    }
    code, typist = run_interview(monkeypatch, script, answers=office, out=tmp_path / "o")
    assert code == 0 and typist.unused() == {}
    given = ("language", "type", "title", "date", "place", "parties[0]")
    assert not any(k.startswith(given) for k in typist.keys)  # the office's own answers
    assert "parties[1].name" in typist.keys
    offered = {p.key: [k for k, _ in p.choices] for p in typist.asked if p.kind == "details"}
    assert offered["basics?"] == ["number"]  # only what the file lacks
    assert "confidentiality.years" not in offered["ip?"]
    assert offered["dispute?"] == ["dispute.negotiation_days", "dispute.mediation"]
    a = load(answers_file(tmp_path / "o")).answers
    assert a.parties[0].short_name == "USU" and a.parties[1].name == "PT Perkebunan Nusantara"
    assert a.confidentiality.years == 2 and a.dispute.court == "Pengadilan Negeri Medan"
