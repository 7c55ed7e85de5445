"""The consistency and placeholder rules take time in proportion to the text, whatever it holds.

Each reproducer is a Markdown draft of about 200,000 characters that repeats what one of these
rules looks for: thousands of definitions, placeholders, dates, references, ratios, capitalised
terms. Before the rules kept what they had found in sorted, disjoint spans and counted a term's
uses once per paragraph, some of these took hours (every definition counted again over the
whole text). Each runs in a subprocess with a time limit and a 1 GB address-space limit.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time

import pytest

MEMORY = 1 << 30  # bytes of address space a run may use
SECONDS = 30  # a run ends well within this (Python starting and importing included)
SIZE = 200_000  # characters of each hostile body

RULES = [
    "placeholder", "undefined_term", "unused_definition", "duplicate_definition",
    "impossible_date", "weekday_mismatch", "number_words_mismatch", "shares_not_100",
    "missing_article_reference", "arbitration_incomplete", "empty_heading",
]  # fmt: skip

HOSTILE = {
    "one definition repeated": '("Alpha") ',
    "definitions in a chain": '"Alpha" or ',
    "Indonesian definitions": 'selanjutnya disebut "Mitra" adalah ',
    "brackets": "[a] ",
    "angle brackets": "<SCOPE> ",
    "blanks": "____ Date: ____ ",
    "dates": "Senin, 1 Maret 2027 ",
    "numeric dates": "01.02.2027 ",
    "references": "Pasal 9 ayat (2) huruf c ",
    "ratios": "bagi hasil 70:40 ",
    "capitalised terms": "and the Alpha Beta ",
    "party labels": "salah satu PIHAK lain ",
    "arbitration": "arbitration in Jakarta. ",
    "number words": "thirty (45) ",
}

RUN = """
import importlib, sys
from mou_cli.check import registry
from mou_cli.readers.markdown import read_text
for name in sys.argv[1].split(","):
    importlib.import_module("mou_cli.check.rules." + name)
draft = read_text(sys.stdin.read(), "hostile.md")
print(sum(len(list(r.check(draft))) for r in registry._RULES.values()))
"""


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@pytest.mark.parametrize("piece", list(HOSTILE.values()), ids=list(HOSTILE))
def test_rules_take_linear_time_on_hostile_drafts(piece: str) -> None:
    body = piece * (SIZE // len(piece))
    text = (
        f"# NOTA KESEPAHAMAN\n\n## Pasal 1 Ruang Lingkup\n\n{body}\n\n## Pasal 2 Biaya\n\n{body}\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", RUN, ",".join(RULES)],
        input=text,
        capture_output=True,
        text=True,
        timeout=SECONDS * 3,
        preexec_fn=_limits,
    )
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) >= 0
    assert took < SECONDS, f"{took:.1f} s"
