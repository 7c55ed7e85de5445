"""The interview on a real terminal: the installed `mou` in a pseudo-terminal (pexpect), and
what happens without a terminal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pexpect
from interview_keys import CTRL_U, ENTER, Pick, Type, run_interview

from mou_cli.answers import load

ROOT = Path(__file__).resolve().parent.parent


def mou_command() -> list[str]:
    found = shutil.which("mou")
    return [found] if found else [sys.executable, "-m", "mou_cli"]


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    # no cursor-position requests: nobody answers them in a pexpect terminal
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm-256color", PROMPT_TOOLKIT_NO_CPR="1")
    env.update(extra)
    return env


SCRIPT = {
    "date": Type("besok", "2027-01-31"),
    "place": Type("Bandung"),
    "parties[0].name": Type("PT Maju Bersama"),
    "parties[0].address": Type("Jl. Asia Afrika 1, Bandung"),
    "parties[0].representative.name": Type("Dewi Lestari"),
    "parties[0].contact.email": Type("dewi@majubersama.co.id"),
    "parties[1].name": Type("Yayasan Hijau Lestari"),
    "parties[1].short_name": Type("Yayasan"),
    "parties[1].address": Type("Jl. Dago 10, Bandung"),
    "parties[1].representative.name": Type("Andi Wijaya"),
    "dispute.forum": Pick("arbitration"),
}


def test_mou_new_in_a_terminal_from_first_prompt_to_docx(monkeypatch, tmp_path):
    # The prompts, in order, and the keys for each: from the same script typed in-process.
    code, typist = run_interview(monkeypatch, SCRIPT, out=tmp_path / "rehearsal")
    assert code == 0
    steps = typist.typed

    out = tmp_path / "drafts"
    cmd = mou_command()
    child = pexpect.spawn(
        cmd[0],
        [*cmd[1:], "new", "--out", str(out)],
        cwd=str(tmp_path),
        env=clean_env(),
        encoding="utf-8",
        dimensions=(60, 250),
        timeout=60,
    )
    try:
        child.expect_exact("mou new --resume")  # says where the answers are kept
        for message, keys in steps:
            child.expect_exact(message)
            if message.startswith("Tanggal"):  # a bad date is refused on screen, then fixed
                child.send(CTRL_U + "besok" + ENTER)
                child.expect_exact("bukan tanggal")
                child.send(CTRL_U + "2027-01-31" + ENTER)
                continue
            child.send(keys)
        child.expect(r"wrote \S+\.docx")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    docx = out / "kemitraan-strategis.docx"
    assert docx.read_bytes()[:2] == b"PK"
    a = load(out / "kemitraan-strategis.answers.yaml").answers
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
    child.send(ENTER)
    child.expect_exact("Type of partnership")
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
