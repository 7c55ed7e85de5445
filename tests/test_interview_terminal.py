"""The interview on a real terminal: the installed `mou` in a pseudo-terminal (pexpect), and
what happens without a terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pexpect
from interview_keys import Pick, Tick, Type
from interview_pty import clean_env, mou_command, rehearse, replay

from mou_cli.answers import load

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = {
    "basics?": Tick("date", "place"),
    "date": Type("besok", "31/01/2027"),
    "place": Type("Bandung"),
    "parties[0].name": Type("PT Maju Bersama"),
    "parties[0].address": Type("Jl. Asia Afrika 1, Bandung"),
    "parties[0].representative.name": Type("Dewi Lestari"),
    "parties[0].more?": Tick("parties[0].contact.email"),
    "parties[0].contact.email": Type("dewi@majubersama.co.id"),
    "parties[1].name": Type("Yayasan Hijau Lestari"),
    "parties[1].address": Type("Jl. Dago 10, Bandung"),
    "parties[1].representative.name": Type("Andi Wijaya"),
    "parties[1].more?": Tick("parties[1].short_name"),
    "parties[1].short_name": Type("Yayasan"),
    "dispute?": Tick("dispute.forum"),
    "dispute.forum": Pick("arbitration"),
}


def test_mou_new_in_a_terminal_from_first_prompt_to_docx(monkeypatch, tmp_path):
    steps = rehearse(monkeypatch, SCRIPT, out=tmp_path / "rehearsal")
    run = replay(steps, ["new", "--out", "drafts"], tmp_path)
    assert run.exit_status == 0, run.screen[-2000:]
    assert "mou new --resume" in run.screen  # says where the answers are kept
    assert "'besok' bukan tanggal" in run.screen  # a bad date is refused on screen, then fixed
    assert "= Minggu, 31 Januari 2027" in run.screen
    out = tmp_path / "drafts"
    docx = out / "kerja-sama-strategis.docx"
    assert docx.read_bytes()[:2] == b"PK"
    a = load(out / "kerja-sama-strategis.answers.yaml").answers
    assert str(a.date) == "2027-01-31" and a.place == "Bandung"
    assert a.parties[1].kind == "nonprofit" and a.dispute.forum == "arbitration"
    assert not (out / ".mou-interview.yaml").exists()


def test_ctrl_c_in_a_terminal_keeps_the_answers_and_says_how_to_resume(tmp_path):
    cmd = mou_command()
    child = pexpect.spawn(
        cmd[0], [*cmd[1:], "new", "--ui-lang", "en"], cwd=str(tmp_path), env=clean_env(),
        encoding="utf-8", dimensions=(40, 200), timeout=60,
    )  # fmt: skip
    child.expect_exact("Document language")
    child.send("\r")
    child.expect_exact("Type of cooperation")
    child.send("\x03")
    child.expect_exact("mou new --resume .mou-interview.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "language: id" in (tmp_path / ".mou-interview.yaml").read_text(encoding="utf-8")


def test_no_terminal_exits_at_once_naming_answers_and_example(tmp_path):
    for env in (clean_env(), clean_env(CI="true")):
        done = subprocess.run(
            [*mou_command(), "new"],
            cwd=tmp_path,
            env=env,
            stdin=subprocess.PIPE,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2
        assert "--answers" in done.stderr and "--example" in done.stderr
        assert not list(tmp_path.iterdir())  # nothing written, nothing waited for


def test_ci_without_answers_exits_even_in_a_terminal(tmp_path):
    cmd = mou_command()
    child = pexpect.spawn(
        cmd[0], [*cmd[1:], "new"], cwd=str(tmp_path), env=clean_env(CI="1"),
        encoding="utf-8", timeout=60,
    )  # fmt: skip
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2 and "--example" in child.before


def test_questionary_is_imported_only_by_the_interview(tmp_path):
    example = ROOT / "examples" / "technology-id.yaml"
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from mou_cli.cli import app\n"
        "r = CliRunner()\n"
        "assert r.invoke(app, ['--help']).exit_code == 0\n"
        f"res = r.invoke(app, ['new', '--answers', {str(example)!r}, '--out', {str(tmp_path)!r}])\n"
        "assert res.exit_code == 0, res.output\n"
        "bad = [m for m in sys.modules if m.startswith(('questionary', 'prompt_toolkit'))]\n"
        "assert not bad, bad\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=clean_env()
    )
    assert done.returncode == 0, done.stderr
    assert list(tmp_path.glob("*.docx"))


def test_a_partial_answers_file_without_a_terminal_names_every_missing_field(tmp_path):
    office = tmp_path / "office.yaml"
    office.write_text(
        "schema: 1\nlanguage: id\ntype: strategic\nparties:\n  - name: PT Maju\n"
        "    short_name: Maju\n    kind: company\n    jurisdiction: Indonesia\n"
        "    address: Jl. Asia Afrika 1\n    representative: {name: Dewi, title: Direktur}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [*mou_command(), "new", "--answers", str(office), "--out", str(tmp_path / "o")],
        cwd=tmp_path,
        env=clean_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "in a terminal" in done.stderr
    for field in ("parties: at least two parties", "title: required", "date: required"):
        assert field in done.stderr
    assert "place: required" in done.stderr
    assert not (tmp_path / "o").exists()  # nothing written


DISTRIBUTION = {
    "type": Pick("distribution"),
    "parties[0].name": Type("PT Mitra Alsintan Sulawesi"),
    "parties[0].address": Type("Jl. Urip Sumoharjo No. 20, Makassar"),
    "parties[0].representative.name": Type("Andi Rahman"),
    "parties[1].name": Type("Hanbit Machinery Co., Ltd."),
    "parties[1].address": Type("123 Teheran-ro, Seoul"),
    "parties[1].representative.name": Type("Lee Min-jae"),
    "parties[1].more?": Tick("parties[1].short_name", "parties[1].jurisdiction"),
    "parties[1].short_name": Type("Hanbit"),
    "parties[1].jurisdiction": Type("Korea Selatan"),
    "distribution.products": Type("Mesin tanam padi HT-4; Mesin panen mini MC-120"),
    "distribution.territory": Type("Provinsi Sulawesi Selatan"),
    "distribution?": [
        Tick(
            "distribution.exclusivity",
            "distribution.minimum_purchase.amount",
            "distribution.incoterm.place",
        ),
        Tick(),  # what the answers brought (reserved channels, the consequence): as shown
    ],
    "distribution.exclusivity": Pick("sole"),
    "distribution.minimum_purchase.amount": Type("USD 1,5 juta"),
    "distribution.incoterm.place": Type("Pelabuhan Makassar"),
}


def test_a_distribution_agreement_in_a_terminal_keeps_every_term_typed(monkeypatch, tmp_path):
    """The type's terms on a real terminal: products and territory asked, the appointment and
    money ticked from one list, what they bring offered once; all of it in the answers file,
    and a sole appointment's term follows PP 29/2021 (five years)."""
    steps = rehearse(monkeypatch, DISTRIBUTION, out=tmp_path / "rehearsal", ui_lang="id")
    keys = [s.key for s in steps]
    assert [k for k in keys if k.startswith("distribution")] == [
        "distribution.products", "distribution.territory", "distribution?",
        "distribution.exclusivity", "distribution.minimum_purchase.amount",
        "distribution.incoterm.place", "distribution?",
    ]  # fmt: skip
    assert keys.index("distribution.products") > keys.index("parties[1].name")
    run = replay(steps, ["new", "--out", "draft", "--ui-lang", "id"], tmp_path)
    assert run.exit_status == 0, run.screen[-2000:]
    assert "Ketentuan khusus jenis kerja sama" in run.screen
    assert "Prinsipal: Hanbit" in run.screen  # the maker abroad, suggested
    assert "= USD 1.500.000" in run.screen  # the amount understood, said back
    (saved,) = (tmp_path / "draft").glob("*.answers.yaml")
    d = load(saved).answers.distribution
    assert d.principal == "Hanbit" and d.distributor == "Mitra Alsintan Sulawesi"
    assert d.products == ["Mesin tanam padi HT-4", "Mesin panen mini MC-120"]
    assert d.territory == ["Provinsi Sulawesi Selatan"] and d.exclusivity == "sole"
    assert (d.minimum_purchase.amount, d.minimum_purchase.currency) == (1_500_000, "USD")
    assert d.minimum_purchase.on_failure == "lose_exclusivity"
    assert (d.incoterm.rule, d.incoterm.place) == ("CIF", "Pelabuhan Makassar")
    assert load(saved).answers.term.years == 5
    (draft,) = (p for p in (tmp_path / "draft").glob("*.md") if ".checklist" not in p.name)
    text = draft.read_text(encoding="utf-8")
    assert "distributor tunggal" in text and "Pelabuhan Makassar" in text
