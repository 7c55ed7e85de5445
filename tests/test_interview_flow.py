"""Whole interviews typed into the real prompts (see interview_keys.py), through `mou new`."""

from __future__ import annotations

import zipfile
from pathlib import Path

import yaml
from interview_keys import CTRL_C, Pick, Type, run_interview

from mou_cli.answers import load
from mou_cli.commands.new import run_new
from mou_cli.document.checklist import checklist

PARTY_TM = {
    "parties[0].name": Type("PT Tani Maju Sejahtera"),
    "parties[0].short_name": Type("Tani Maju"),
    "parties[0].registration": Type("NIB 8120000123456"),
    "parties[0].address": Type("Jl. Jenderal Sudirman No. 21, Jakarta Pusat 10220"),
    "parties[0].representative.name": Type("Budi Santoso"),
    "parties[0].contact.email": Type("rina@tanimaju.co.id"),
    "parties[0].contact.name": Type("Rina Wulandari"),
}
PARTY_UGM = {
    "parties[1].name": Type("Universitas Gadjah Mada"),
    "parties[1].short_name": Type("UGM"),
    "parties[1].address": Type("Bulaksumur, Sleman, Yogyakarta 55281"),
    "parties[1].representative.name": Type("Prof. Dr. Siti Rahayu"),
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


def test_two_party_indonesian_mou_matches_the_answers_file_route(monkeypatch, tmp_path):
    script = {
        "type": Pick("technology"),
        "title": Type("Kemitraan Pengembangan Aplikasi Pertanian Digital"),
        "number": Type("014/MOU-TMS/XI/2026"),
        "date": Type("23/11/2026"),
        "place": Type("Yogyakarta"),
        **PARTY_TM,
        **PARTY_UGM,
        "background[0]": Type("Tani Maju mengembangkan layanan digital untuk petani kecil."),
        "goals[0].description": Type("Meluncurkan aplikasi rekomendasi tanam"),
        "goals[0].metric": Type("jumlah petani aktif bulanan"),
        "goals[0].target": Type("5.000"),
        "goals[0].deadline": Type("2027-09-30"),
        "roles[Tani Maju].responsibilities[0]": Type("Membangun dan mengoperasikan aplikasi"),
        "roles[Tani Maju].contributions[0].description": Type("Dana uji coba lapangan"),
        "roles[Tani Maju].contributions[0].amount": Type("750.000.000"),
        "roles[UGM].responsibilities[0]": Type("Menyediakan model agronomi"),
        "roles[UGM].contributions[0].description": Type("Tenaga peneliti"),
        "dispute.forum": Pick("arbitration"),
    }
    out = tmp_path / "draft"
    code, typist = run_interview(monkeypatch, script, out=out)
    assert code == 0
    assert typist.unused() == {}
    # Indonesian prompts for an Indonesian document
    assert any("Nama lengkap" in p.message for p in typist.asked)
    # no court question once arbitration is chosen
    assert "dispute.court" not in typist.keys

    saved = answers_file(out)
    raw = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert raw["financial"]["profit_sharing"] is None  # asked, answered "no"
    assert "court" not in raw["dispute"]
    a = load(saved).answers
    assert a.language == "id" and a.type == "technology" and str(a.date) == "2026-11-23"
    assert [p.short_name for p in a.parties] == ["Tani Maju", "UGM"]
    assert a.parties[1].kind == "university"  # guessed from the name
    assert a.roles[0].contributions[0].amount == 750_000_000
    assert a.roles[0].contributions[0].currency == "IDR"
    assert a.goals[0].is_measurable
    assert a.dispute.arbitration.institution == "BANI" and a.dispute.arbitration.seat == "Jakarta"
    assert a.ip.publications == "allowed_after_review"  # a university is a party
    assert a.signatures.stamp_duty
    assert not (out / ".mou-interview.yaml").exists()  # finished: no progress file left

    # the same draft and checklist from the answers file
    again = tmp_path / "again"
    run_new(
        answers=saved,
        example=None,
        list_examples=False,
        out=again,
        output=None,
        formats="md,docx",
        force=False,
        checklist_json=None,
        clause_dirs=[],
        quiet=True,
    )
    stem = saved.name.removesuffix(".answers.yaml")
    for suffix in (".md", ".checklist.md"):
        assert (out / f"{stem}{suffix}").read_bytes() == (again / f"{stem}{suffix}").read_bytes()
    assert docx_parts(out / f"{stem}.docx") == docx_parts(again / f"{stem}.docx")


def test_three_party_english_joint_venture_with_arbitration(monkeypatch, tmp_path):
    script = {
        "language": Pick("en"),
        "type": Pick("joint_venture"),
        "title": Type("Solar Microgrid Joint Venture"),
        "date": Type("2027-03-01"),
        "place": Type("Makassar"),
        "parties[0].name": Type("PT Surya Timur Energi"),
        "parties[0].short_name": Type("Surya Timur"),
        "parties[0].address": Type("Jl. Ahmad Yani No. 3, Makassar"),
        "parties[0].representative.name": Type("Andi Mappanyukki"),
        "parties[1].name": Type("Nordlys Renewables AS"),
        "parties[1].short_name": Type("Nordlys"),
        "parties[1].jurisdiction": Type("Norway"),
        "parties[1].address": Type("Dronning Eufemias gate 16, Oslo"),
        "parties[1].representative.name": Type("Ingrid Solberg"),
        "parties[1].representative.title": Type("Managing Director"),
        "parties[2].name": Type("Koperasi Nelayan Sejahtera"),
        "parties[2].short_name": Type("Koperasi"),
        "parties[2].address": Type("Desa Mattiro Deceng, Pangkep"),
        "parties[2].representative.name": Type("Baso Daeng Rani"),
        "goals[0].target": Type("1,500"),
        "goals[0].deadline": Type("30/06/2028"),
        "roles[Surya Timur].contributions[0].amount": Type("4,000,000,000"),
        "roles[Nordlys].contributions[0].amount": Type("250000"),
        "roles[Nordlys].contributions[0].currency": Type("EUR"),
        "roles[Koperasi].contributions[0].description": Type("Land use rights"),
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
    assert "dispute.court" not in typist.keys

    a = load(answers_file(tmp_path)).answers
    assert a.language == "en" and a.binding  # a joint venture is binding by default
    assert [p.short_name for p in a.parties] == ["Surya Timur", "Nordlys", "Koperasi"]
    assert a.parties[1].jurisdiction == "Norway" and a.parties[2].kind == "cooperative"
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
        "title": Type("Kerja Sama Program Literasi Keuangan Desa"),
        "parties[0].name": Type("Yayasan Cahaya Nusantara"),
        "parties[0].short_name": Type("Yayasan"),
        "parties[0].address": Type("Jl. El Tari No. 8, Kupang"),
        "parties[0].representative.name": Type("Maria Goreti Lake"),
        "parties[1].name": Type("Pemerintah Kabupaten Kupang"),
        "parties[1].short_name": Type("Pemkab Kupang"),
        "parties[1].address": Type("Jl. Timor Raya Km. 36, Oelamasi"),
        "parties[1].representative.name": Type("Frans Tefa"),
        "parties[1].representative.title": Type("Sekretaris Daerah"),
        "financial.cost_shares[Yayasan]": Type("70"),
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    assert not any(k.startswith("financial.profit_sharing") for k in typist.keys)

    saved = answers_file(tmp_path)
    raw = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert "profit_sharing" in raw["financial"] and raw["financial"]["profit_sharing"] is None
    a = load(saved).answers
    assert [p.kind for p in a.parties] == ["nonprofit", "government"]
    assert a.financial.costs == "shared"
    assert [(s.party, s.percent) for s in a.financial.cost_shares] == [
        ("Yayasan", 70),
        ("Pemkab Kupang", 30),
    ]
    assert a.dispute.forum == "court" and a.dispute.court == "Pengadilan Negeri Jakarta"
    profit_row = next(r for r in checklist(a) if r.key == "profit_sharing")
    assert profit_row.status == "ok"  # explicitly none, not forgotten


def test_a_correction_on_the_review_screen(monkeypatch, tmp_path):
    script = {
        **PARTY_TM,
        **PARTY_UGM,
        "parties[0].short_name": [Type("Tani Maju"), Type("TMS")],
        "roles[Tani Maju].responsibilities[0]": Type("Membangun aplikasi"),
        "ip.foreground": Pick("party"),
        "ip.foreground_owner": Pick("Tani Maju"),
        "review": [Pick("parties"), Pick("draft")],
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    assert typist.keys.count("review") == 2
    # the change was made in place: the party's role and IP ownership follow the new name,
    # and nothing after the parties was asked again
    after = typist.keys[typist.keys.index("review") + 1 :]
    assert after[0] == "parties[0].name" and after[-1] == "review"
    assert not any(k.startswith(("roles", "ip.")) for k in after)

    a = load(answers_file(tmp_path)).answers
    assert a.parties[0].short_name == "TMS"
    assert a.roles[0].party == "TMS" and a.roles[0].responsibilities == ["Membangun aplikasi"]
    assert a.ip.foreground_owner == "TMS"


def test_an_interrupted_interview_resumes_where_it_stopped(monkeypatch, tmp_path):
    first = {
        **PARTY_TM,
        "parties[1].name": Type("Universitas Gadjah Mada"),
        "parties[1].short_name": Type("UGM"),
        "parties[1].address": CTRL_C,
    }
    code, typist = run_interview(monkeypatch, first, out=tmp_path)
    assert code == 130
    progress = tmp_path / ".mou-interview.yaml"
    saved = yaml.safe_load(progress.read_text(encoding="utf-8"))
    assert saved["answers"]["parties"][1]["name"] == "Universitas Gadjah Mada"
    assert "parties[1].short_name" in saved["done"]
    assert not list(tmp_path.glob("*.docx"))

    rest = {
        k: v for k, v in PARTY_UGM.items() if k not in ("parties[1].name", "parties[1].short_name")
    }
    code, typist = run_interview(monkeypatch, rest, resume=progress)
    assert code == 0 and typist.unused() == {}
    assert typist.keys[0] == "parties[1].address"  # nothing answered is asked again
    assert "parties[0].name" not in typist.keys
    a = load(answers_file(tmp_path)).answers  # drafted beside the progress file
    assert [p.name for p in a.parties] == ["PT Tani Maju Sejahtera", "Universitas Gadjah Mada"]
    assert not progress.exists()


def test_a_new_interview_offers_to_continue_the_unfinished_one(monkeypatch, tmp_path):
    code, _ = run_interview(monkeypatch, {**PARTY_TM, "parties[1].name": CTRL_C}, out=tmp_path)
    assert code == 130
    code, typist = run_interview(monkeypatch, {**PARTY_UGM, "resume": Pick(True)}, out=tmp_path)
    assert code == 0 and typist.keys[0] == "resume" and typist.keys[1] == "parties[1].name"


def test_invalid_entries_are_refused_with_a_message_and_asked_again(monkeypatch, tmp_path):
    script = {
        **PARTY_TM,
        **PARTY_UGM,
        "date": Type("31/02/2027", "besok", "2027-02-28"),
        "parties[0].contact.email": Type("rina@", "rina tanimaju.co.id", "rina@tanimaju.co.id"),
        "parties[1].short_name": Type("Tani Maju", "UGM"),
        "roles[Tani Maju].contributions[0].description": Type("Dana"),
        "roles[Tani Maju].contributions[0].amount": Type("-5", "lima juta", "5.000.000"),
        "roles[Tani Maju].contributions[0].currency": Type("rupiah", "IDR"),
        "financial.profit_sharing": Pick(True),
        "financial.profit_sharing.shares[Tani Maju]": Type("120", "60"),
        "financial.profit_sharing.shares[UGM]": Type("50", "40"),
        "term.years": Type("0", "tiga", "3"),
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    said = typist.refused
    assert "bukan tanggal" in said["date"][0] and "bukan tanggal" in said["date"][1]
    assert all("bukan alamat e-mail" in m for m in said["parties[0].contact.email"])
    assert "sudah dipakai" in said["parties[1].short_name"][0]
    assert "lebih dari nol" in said["roles[Tani Maju].contributions[0].amount"][0]
    assert "40%" in said["financial.profit_sharing.shares[UGM]"][0]  # the remainder, named
    assert said["term.years"][0]  # the model's own limit (at least 1 year)

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
        "dispute.forum": Pick("court"),
        "dispute.court": Type("Pengadilan Negeri Yogyakarta"),
    }
    code, typist = run_interview(
        monkeypatch, script, answers=find("technology-id"), edit=True, out=tmp_path
    )
    assert code == 0 and typist.unused() == {}
    assert typist.keys[0] == "review"  # nothing asked before the review
    assert "dispute.arbitration.institution" not in typist.keys
    a = load(answers_file(tmp_path)).answers
    assert a.dispute.forum == "court" and a.dispute.arbitration is None
    assert a.dispute.court == "Pengadilan Negeri Yogyakarta"
    before = load(find("technology-id")).answers
    assert a.parties == before.parties and a.goals == before.goals


def test_a_party_added_on_the_review_screen_is_asked_for_its_role_and_share(monkeypatch, tmp_path):
    script = {
        **PARTY_TM,
        **PARTY_UGM,
        "financial.profit_sharing": Pick(True),
        "financial.profit_sharing.shares[Tani Maju]": [Type("50"), Type("40")],
        "review": [Pick("parties"), Pick("draft")],
        "parties[2].name": [Type(""), Type("Koperasi Tani Makmur")],
        "parties[2].address": Type("Desa Sukamaju, Klaten"),
        "parties[2].representative.name": Type("Slamet Riyadi"),
        "roles[Koperasi Tani Makmur].responsibilities[0]": Type("Menyediakan lahan uji coba"),
        "financial.profit_sharing.shares[UGM]": [Type("50"), Type("30")],
    }
    code, typist = run_interview(monkeypatch, script, out=tmp_path)
    assert code == 0 and typist.unused() == {}
    after = typist.keys[typist.keys.index("review") + 1 :]
    assert "roles[Koperasi Tani Makmur].responsibilities[0]" in after
    assert "roles[Tani Maju].responsibilities[0]" not in after  # only what the change needs
    assert "financial.profit_sharing.shares[Koperasi Tani Makmur]" in after
    a = load(answers_file(tmp_path)).answers
    assert [p.short_name for p in a.parties][-1] == "Koperasi Tani Makmur"
    assert a.parties[2].kind == "cooperative"
    assert [s.percent for s in a.financial.profit_sharing.shares] == [40, 30, 30]
    assert a.roles[-1].party == "Koperasi Tani Makmur"
