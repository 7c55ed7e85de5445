"""Property tests end to end: `mou new` drafts any valid answers, and `mou check` finds no error.

For any valid answers (tests/strategies.py: 2 to 8 parties, every type, language, forum and
optional section) the drafted Markdown and DOCX, written to disk and read back by
``mou_cli.readers``, get no error-level finding from `mou check`'s rules; and any broken answers
make `mou new` fail with the problems listed and write nothing at all.
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from conftest import ANSWERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import answers

from mou_cli import answers as answers_mod
from mou_cli.check.config import Config
from mou_cli.commands.check_files import check_file
from mou_cli.commands.drafting import draft, write
from mou_cli.library.loader import load_library
from mou_cli.model import Answers
from mou_cli.readers import read

SETTINGS = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
LIBRARY_DIRS: tuple[Path, ...] = ()
load_library()  # warm the template cache once, outside the timed examples


# What the placeholder rule (MOU-U001) rightly reports when a user types it: "[...]", "{{ }}",
# "<<x>>", "«x»", "${x}", "___", ".....", "XXX", "TBD". Drafts from answers free of these must
# check clean; test_typed_placeholders_are_reported shows the rule catching them. A "%" in a
# name ("P5 b7%") reads as a share to MOU-K001, so names here carry none.
_LOOKALIKE = str.maketrans("[]{}<>«»$_%", '()()‹›""S--')
_REPEATS = [(re.compile(r"\.{4,}|…{2,}|(?:\. ){3,}"), "..."), (re.compile(r"(?i)x{3,}"), "x")]
_WORDS = re.compile(r"\bTB[ACD]\b")


def _enum_values(node: object) -> set[str]:
    """Every choice the answers schema allows ("net_profit", "supply_chain", ...)."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "enum":
                found.update(v for v in value if isinstance(v, str))
            elif key == "const" and isinstance(value, str):
                found.add(value)
            else:
                found |= _enum_values(value)
    elif isinstance(node, list):
        for item in node:
            found |= _enum_values(item)
    return found


_ENUMS = _enum_values(Answers.model_json_schema())


def _plain(value: object) -> object:
    """``value`` with every placeholder-like pattern in its strings made harmless."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if not isinstance(value, str) or value in _ENUMS:
        return value
    text = value.translate(_LOOKALIKE)
    for pattern, short in _REPEATS:
        text = pattern.sub(short, text)
    return _WORDS.sub("TB", text)


def _valid(data: dict) -> bool:
    try:
        answers_mod.validate(copy.deepcopy(data))
    except answers_mod.AnswersError:
        return False
    return True


plain_answers = answers().map(_plain).filter(_valid)


def _errors(path: Path) -> list[str]:
    result = check_file(path, Config())
    assert result.error is None, result.error
    return [
        f"{f.rule} {f.name} @ {f.article or f.line or f.para}: {f.message} [{f.quote}]"
        for f in result.findings
        if f.severity == "error"
    ]


@SETTINGS
@given(plain_answers)
def test_any_valid_answers_draft_and_check_without_error(data: dict) -> None:
    a = answers_mod.validate(copy.deepcopy(data)).answers
    with tempfile.TemporaryDirectory() as tmp:
        stem = Path(tmp) / "draft"
        written = write(draft(a, stem=stem, formats=("md", "docx")), force=False)
        assert {p.name for p in written} == {"draft.md", "draft.docx", "draft.checklist.md"}
        for name in ("draft.md", "draft.docx"):
            path = Path(tmp) / name
            found = read(path)
            assert found.answers is not None, name  # the answers travel with the draft
            assert len(found.articles) >= 5, name
            assert set(a.langs) <= set(found.langs), (name, found.langs)
            errors = _errors(path)
            assert not errors, (name, a.language, errors)


MOU = [sys.executable, "-m", "mou_cli"]


def _mou(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run(
        [*MOU, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


BREAKAGES = {
    "shares do not sum to 100": lambda d: d["financial"].update(
        costs="shared", cost_shares=[{"party": d["parties"][0]["short_name"], "percent": 40}]
    ),
    "unknown party in a role": lambda d: d["roles"][0].update(party="Nobody At All"),
    "bad e-mail": lambda d: d["parties"][1]["contact"].update(email="not-an-address"),
    "unknown field": lambda d: d.update(partys=[]),
    "impossible date": lambda d: d.update(date="2027-02-30"),
    "one party": lambda d: d.update(parties=d["parties"][:1]),
}


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(answers(max_parties=4), st.sampled_from(sorted(BREAKAGES)))
def test_broken_answers_make_mou_new_write_nothing(data: dict, breakage: str) -> None:
    data = copy.deepcopy(data)
    BREAKAGES[breakage](data)
    with tempfile.TemporaryDirectory() as tmp:
        bad = Path(tmp) / "bad.yaml"
        bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        out = Path(tmp) / "out"
        r = _mou("new", "--answers", str(bad), "--out", str(out))
        assert r.returncode == 2, (breakage, r.stderr)
        assert "Traceback" not in r.stderr
        assert f"error: {bad}" in r.stderr, r.stderr
        assert ("problem" in r.stderr or "lacks" in r.stderr) and "\n  " in r.stderr, (
            r.stderr
        )  # listed
        assert not out.exists()
        assert sorted(p.name for p in Path(tmp).iterdir()) == ["bad.yaml"]


def _draft_and_check(data: dict, tmp: Path) -> dict[str, list[str]]:
    a = answers_mod.validate(data).answers
    write(draft(a, stem=tmp / "draft", formats=("md", "docx")), force=False)
    return {name: _errors(tmp / name) for name in ("draft.md", "draft.docx")}


def _base(name: str) -> dict:
    return yaml.safe_load((ANSWERS / f"{name}.yaml").read_text(encoding="utf-8"))


COURT = {"forum": "court", "court": "Pengadilan Negeri Bandung", "governing_law": "Indonesia"}
REAL_NAMES = [
    ("id-basic", "PT Bank Rakyat Indonesia (Persero) Tbk", None),
    ("id-basic", "Koperasi Tani, Ternak dan Nelayan Sejahtera", None),
    ("id-basic", "PT Bumi Data Nusantara, Tbk", None),
    ("en-3party", "Smith/Jones Partners LLP", None),
    ("en-3party", "Tani, Ternak and Nelayan Cooperative", None),
    ("bilingual", "Hikari Pump K.K. (Japan)", None),
    # An MoU with the arbitration body itself, disputes going to a court.
    ("id-basic", "Badan Arbitrase Nasional Indonesia", COURT),
    ("en-3party", "Singapore International Arbitration Centre", COURT),
]


@pytest.mark.parametrize(("base", "name", "dispute"), REAL_NAMES)
def test_real_party_names_draft_and_check_without_error(
    tmp_path: Path, base: str, name: str, dispute: dict | None
) -> None:
    data = _base(base)
    data["parties"][0]["name"] = name
    if dispute is not None:
        data["dispute"] = dispute
    assert _draft_and_check(data, tmp_path) == {"draft.md": [], "draft.docx": []}


def test_typed_placeholders_are_reported(tmp_path: Path) -> None:
    """The other side of the property: what the user leaves blank, `mou check` reports."""
    data = _base("id-basic")
    data["parties"][0]["address"] = "[alamat lengkap]"
    data["parties"][1]["representative"]["name"] = "TBD"
    errors = _draft_and_check(data, tmp_path)
    for name in ("draft.md", "draft.docx"):
        assert any("MOU-U001" in e and "[alamat lengkap]" in e for e in errors[name]), errors
