"""Sections recognised by what the text says (issue 14, item 3): run-in and OCR'd headings,
clauses inside other articles, mentions that do not count; the needles that spare the cue
patterns most of the text; bounded time on hostile text."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from mou_cli.check import section_cues as cues
from mou_cli.check import sections
from mou_cli.readers.markdown import read_text

TESTS = Path(__file__).parent
ALL_CUES = [
    *((name, cue) for name, found in cues.CLAUSES.items() for cue in found),
    *((name, cue) for name, found in cues.EVIDENCE.items() for cue in found),
    *(("duties", cue) for cue in sections._SUBJECT_DUTY),
]


def _draft(text: str):
    return read_text(textwrap.dedent(text).lstrip(), "t.md")


def _texts() -> list[str]:
    out = []
    for path in sorted((TESTS / "check_cases").glob("*.yaml")):
        out += [c["text"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]]
    for path in sorted((TESTS / "data" / "drafts").glob("*")):
        if path.suffix in (".md", ".txt"):
            out.append(path.read_text(encoding="utf-8"))
    return out


def _needles_hold(text: str) -> None:
    low = cues.norm(text).lower()
    for name, cue in ALL_CUES:
        for m in cue.rx.finditer(low):
            assert any(n in m.group() for n in cue.needles), (name, cue.rx.pattern, m.group())


def test_every_match_holds_a_needle_in_the_case_texts() -> None:
    for text in _texts():
        _needles_hold(text)


WORDS = sorted(
    {n for _, cue in ALL_CUES for n in cue.needles}
    | set(
        [
            "this",
            "the",
            "agreement",
            "perjanjian",
            "nota",
            "ini",
            "shall",
            "will",
            "may",
            "be",
            "is",
            "of",
            "to",
            "in",
            "by",
            "under",
        ]
    )
    | set(
        [
            "laws",
            "hukum",
            "republik",
            "indonesia",
            "tertulis",
            "secara",
            "written",
            "in",
            "writing",
            "pihak",
        ]
    )
    | {"PIHAK KEDUA", ".", ";", "1", "(2)", "rp", "5", "\n", "  "}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_every_match_holds_a_needle(words: list[str]) -> None:
    """The needles are looked up with ``str.find`` before a pattern runs: a match without
    one would be a clause that is never found."""
    _needles_hold(" ".join(words))


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("PENYELESAIAN PERSELISIHA,N", {"dispute"}),  # OCR's stray comma
        ("Jangka Waktu dan Pengakhiran", {"term", "termination"}),
        ("Jangka Waktu Pembiayaan", {"costs"}),  # a funding period, not the term
        ("Indemnification and Claims", set()),  # "aims" inside "Claims" is no purpose
        ("APPLICABLE LAW", {"governing_law"}),
        ("Domisili Hukum", {"dispute"}),  # a chosen court, not the governing law
    ],
)
def test_heading_sections(title: str, named: set[str]) -> None:
    assert set(sections.heading_sections(title)) == named


@pytest.mark.parametrize(
    ("body", "section", "headed"),
    [
        ("8.5 Notices: Written notices go to the addresses above.", "notices", True),
        ("**Governing Law.** New York law applies.", "governing_law", True),
        ("1. Purpose & Scope. The work is described below.", "purpose", True),
        ("Copyright Notices. Each copy carries the notice.", "notices", False),
        ("Notice period: 30 days before the end.", "notices", False),
        ("Price changes: thirty days' notice.", "amendment", False),
        ("PASAL 12 PENYELESAIAN PERSELISIHAN", "dispute", True),  # a heading OCR left as text
    ],
)
def test_run_in_and_stray_headings(body: str, section: str, headed: bool) -> None:
    d = _draft(f"# AGREEMENT\n\nThe text begins here, and it goes on.\n\n{body}\n")
    assert sections.headed(d, section) is headed


def test_a_clause_the_reader_put_into_the_signature_block_still_counts() -> None:
    d = _draft(
        """
        # KONTRAK

        ## Pasal 7 Penutup

        Demikian kontrak ini dibuat dalam 2 (dua) rangkap.

        Kontrak dapat diakhiri jika salah satu pihak melakukan wanprestasi.

        PIHAK PERTAMA

        Direktur Keuangan
        """
    )
    assert any(c.in_signature for c in d.chunks)
    assert sections.present(d, "termination")
    assert not sections.present(d, "costs")  # a signer's title is no financial term


def test_a_recital_holds_no_clause() -> None:
    d = _draft(
        """
        # AMENDMENT NUMBER TWO

        WHEREAS, the First Amendment allowed either Party to cancel the Agreement on notice;

        ## 1. Extension

        The end date is 30 June 2027.
        """
    )
    assert not sections.present(d, "termination")


OPENING = (
    'This Memorandum is made between Globex Corporation, represented by Jane Doe ("Globex"),'
    ' and Universitas Gadjah Mada ("UGM").'
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"{OPENING}\n\n## Article 2 Scope\n\nGlobex shall provide the app.", True),
        (f"{OPENING}\n\n## Article 2 Background\n\nGlobex was founded in 1990.", False),
        ("The Parties will cooperate in research.", False),
        ("PIHAK KEDUA akan menyediakan tenaga penyuluh.", True),
        ("PIHAK yang berubah alamatnya wajib memberitahukan secara tertulis.", False),
        ("PIHAK PERTAMA wajib memberitahukan pengakhiran secara tertulis.", False),
    ],
)
def test_a_party_given_a_task(text: str, found: bool) -> None:
    assert sections.duties(_draft(f"# AGREEMENT\n\n{text}\n")) is found


@pytest.mark.parametrize(
    ("opening", "found"),
    [
        ("PARA PIHAK sepakat untuk mengadakan kerja sama pelatihan guru.", True),
        ("WHEREAS, the Parties wish to develop a training programme;", True),
        ("A Party that wishes to terminate this Agreement gives notice.", False),
        ("PARA PIHAK akan bekerja sama di bidang pertanian.", False),
    ],
)
def test_an_intention_in_the_opening_is_a_purpose(opening: str, found: bool) -> None:
    d = _draft(f"# AGREEMENT\n\n{opening}\n\n## Article 1 Scope\n\nThe work.\n")
    assert sections.present(d, "purpose") is found


HOSTILE = {
    "between": "between " * 100_000,
    "tunduk": "ini tunduk " * 100_000,
    "governed": "governed by " * 80_000,
    "perubahan": "perubahan dibuat " * 60_000,
    "duties": "PIHAK PERTAMA wajib " * 50_000,
    "leads": "\n\n".join("1. Governing Law. x" for _ in range(20_000)),
}
MEMORY = 1 << 30
SECONDS = 60


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_takes_bounded_time(tmp_path: Path, name: str) -> None:
    """About a megabyte of what the cue patterns look for: every completeness rule ends in
    seconds, in a child with 1 GB of address space (a pattern that backtracks over the whole
    text would take hours)."""
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE[name], encoding="utf-8")
    code = (
        "import sys\n"
        "from mou_cli.check.registry import all_rules\n"
        "from mou_cli.readers import read\n"
        "d = read(sys.argv[1])\n"
        "for rid, r in sorted(all_rules().items()):\n"
        "    if rid.startswith('MOU-C'):\n"
        "        list(r.check(d))\n"
        "print('done')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=SECONDS,
        preexec_fn=_limits,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert done.returncode == 0 and done.stdout.strip() == "done", done.stderr[-2000:]
