"""Whole drafts written by hand in the styles real MoUs use: the reader's structure, and the
exact findings, reviewed by hand (``tests/data/drafts/*.expected.yaml``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from mou_cli.check.config import Config
from mou_cli.commands.check_files import check_file
from mou_cli.readers import read

DRAFTS = Path(__file__).parent / "data" / "drafts"
CASES = sorted(p for p in DRAFTS.iterdir() if p.suffix in (".md", ".txt", ".docx"))


def expected(draft: Path) -> dict:
    return yaml.safe_load((DRAFTS / f"{draft.stem}.expected.yaml").read_text())


def _pairs(items) -> Counter:
    return Counter((i["rule"], i["line"]) for i in items or [])


def test_every_draft_has_expectations():
    assert len(CASES) >= 3
    for c in CASES:
        assert (DRAFTS / f"{c.stem}.expected.yaml").is_file(), c.name


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_draft_structure(path):
    exp = expected(path)
    d = read(path)
    assert [[a.label, a.number, a.title] for a in d.articles] == exp["articles"]
    assert list(d.langs) == exp["langs"] and d.bilingual == exp["bilingual"]
    assert [c.loc.line for c in d.chunks if c.part == "recitals"] == exp["recital_lines"]
    assert next(c.loc.line for c in d.chunks if c.in_signature) == exp["signature_line"]
    for art in d.articles:  # every article has a body; no body text sits in the signature
        assert art.body and not any(c.in_signature for c in art.body[:-1])


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_draft_expected_findings(path):
    exp = expected(path)
    want = _pairs(exp["findings"]) - _pairs(exp["missed"]) + _pairs(exp["false_alarms"])
    got = Counter((f.rule, f.line) for f in check_file(path, Config()).findings)
    assert got == want
