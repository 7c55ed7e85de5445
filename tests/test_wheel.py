"""The built wheel carries its clauses, templates and examples, and works outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    return next(out.glob("mou_cli-*.whl"))


def test_wheel_contains_the_data_folders(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for folder, sample in [("clauses", "confidentiality.yaml"), ("templates", "agreement.yaml")]:
        assert f"mou_cli/_data/{folder}/{sample}" in names
    assert any(n.startswith("mou_cli/_data/examples/") and n.endswith(".yaml") for n in names)
    clauses_in_repo = {p.name for p in (ROOT / "clauses").glob("*.yaml")}
    clauses_in_wheel = {
        n.rsplit("/", 1)[1] for n in names if n.startswith("mou_cli/_data/clauses/")
    }
    assert clauses_in_repo == clauses_in_wheel


def _see_the_running_environment(py: Path) -> None:
    """Let the new venv import mou's dependencies from the environment running the tests.

    ``--system-site-packages`` would give it the *base* interpreter's packages, which lack typer
    and the rest when the tests run from a virtual environment. A ``.pth`` file naming this
    environment's site-packages works from a venv and on the system Python alike, offline; the
    venv's own site-packages (where the wheel goes) still comes first, and ``.pth`` files inside
    the added folders (such as an editable install of mou) are not processed.
    """
    here = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    target = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(target) / "zz_running_env.pth").write_text("\n".join(sorted(here)) + "\n")


def test_installed_wheel_drafts_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    _see_the_running_environment(py)
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
        check=True,
        timeout=300,
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run(
        [str(py), "-c", "import mou_cli.resources as r; print(r.data_dir('clauses'))"],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.strip()
    assert str(venv) in where and where.endswith("_data/clauses")
    r = subprocess.run(
        [str(venv / "bin" / "mou"), "new", "--list-examples"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    example = r.stdout.split()[0]
    r = subprocess.run(
        [str(venv / "bin" / "mou"), "new", "--example", example, "--out", "drafts", "-q"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert list((work / "drafts").glob("*.docx"))
