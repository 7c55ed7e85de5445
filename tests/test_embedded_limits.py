"""Embedded answers are data from anywhere: the limits and validation of an answers file.

Issue 13, item 11. A DOCX made by `mou new` carries its answers twice (YAML, and a JSON copy
with the facts `mou check` reads) under ONE checksum over both; Markdown carries them as
front matter. Whatever they hold, checking the draft ends in bounded time and memory, with no
internal error, and answers that cannot be used are ignored with one ``MOU-X003`` info finding.
The slow and memory-hungry reproducers run `mou check` in a subprocess with a time limit and
an address-space limit.
"""

from __future__ import annotations

import io
import json
import os
import re
import resource
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import load_answers
from lxml import etree

from mou_cli import answers as answers_mod
from mou_cli.check import answers as check_answers
from mou_cli.check.config import Config
from mou_cli.commands import drafting
from mou_cli.commands.check_files import check_file
from mou_cli.document import embedded
from mou_cli.readers import read

MEMORY = 1 << 30
SECONDS = 30
NS = embedded.NS
Change = Callable[[dict[str, Any]], None]


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def mou_check(path: Path) -> tuple[subprocess.CompletedProcess[str], float, list[dict]]:
    """`mou check --format json` on ``path`` in a subprocess; the run, its time, its findings."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "mou_cli", "check", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "CI": "1"},
        timeout=SECONDS * 2,
        preexec_fn=_limits,
        check=False,
    )
    seconds = time.monotonic() - started
    assert done.returncode in (0, 1), (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    return done, seconds, json.loads(done.stdout)["findings"]


@cache
def _docx(name: str = "id-basic") -> bytes:
    d = drafting.draft(load_answers(name), stem=Path(name), formats=["md", "docx"])
    return next(data for p, data in d.files.items() if p.suffix == ".docx")


@cache
def _md(name: str = "id-basic") -> str:
    d = drafting.draft(load_answers(name), stem=Path(name), formats=["md"])
    return next(data for p, data in d.files.items() if p.name == f"{name}.md").decode()


def _forged(data: bytes, change: Change, *, stamp: bool) -> bytes:
    """The DOCX with its stored JSON passed through ``change``; with ``stamp`` the checksum is
    computed again (a forger who knows the format), else left as it was (a plain edit)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            part = src.read(info)
            if re.fullmatch(r"customXml/item\d+\.xml", info.filename) and NS.encode() in part:
                root = etree.fromstring(part)
                check = root.find(f"{{{NS}}}check")
                stored = json.loads(check.text)
                change(stored)
                check.text = json.dumps(stored, ensure_ascii=False)
                if stamp:
                    check.set("sum", embedded._digest(root.text, check.text))
                part = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            dst.writestr(info, part)
    return out.getvalue()


def _rules(findings: list[dict]) -> list[str]:
    return [f["rule"] for f in findings]


def _many_parties(stored: dict[str, Any]) -> None:
    stored["answers"]["parties"] = [{"name": f"P{i}", "short_name": f"{i}"} for i in range(45_000)]


def _rows_text(stored: dict[str, Any]) -> None:
    stored["facts"]["rows"] = "abcde"


def _other_name(stored: dict[str, Any]) -> None:
    stored["answers"]["parties"][0]["name"] = "PT Palsu Sekali"
    stored["facts"]["parties"][0][0] = "PT Palsu Sekali"


def _other_date(stored: dict[str, Any]) -> None:
    stored["answers"]["date"] = "2031-01-01"
    stored["facts"]["date"] = "2031-01-01"


# --- one checksum over everything trusted ----------------------------------------------------


def test_the_checksum_covers_the_json_too(tmp_path):
    clean = tmp_path / "clean.docx"
    clean.write_bytes(_docx())
    assert read(clean).embedded_facts is not None  # as written: trusted
    for change in (_other_name, _other_date, _rows_text):
        edited = tmp_path / f"{change.__name__}.docx"
        edited.write_bytes(_forged(_docx(), change, stamp=False))
        draft = read(edited)
        assert draft.embedded_facts is None, change.__name__  # the JSON is not used
        assert draft.answers == read(clean).answers  # the YAML is read instead


@pytest.mark.parametrize("change", [_other_name, _other_date], ids=["party", "date"])
def test_json_edited_by_hand_makes_no_false_finding(tmp_path, change):
    """The forged JSON answers used to override the YAML and report a party not signing or
    a date the text does not have: now the YAML's answers are checked, as for the clean file."""
    clean = tmp_path / "clean.docx"
    clean.write_bytes(_docx())
    forged = tmp_path / "forged.docx"
    forged.write_bytes(_forged(_docx(), change, stamp=False))
    _, _, want = mou_check(clean)
    _, _, got = mou_check(forged)
    assert _rules(got) == _rules(want)
    assert not {"MOU-K010", "MOU-K019", "MOU-X001", "MOU-X003"} & set(_rules(got))


@pytest.mark.parametrize("stamp", [False, True], ids=["edited", "stamped"])
def test_45000_parties_in_the_json_cost_bounded_time(tmp_path, stamp):
    path = tmp_path / "many.docx"
    path.write_bytes(_forged(_docx(), _many_parties, stamp=stamp))
    assert path.stat().st_size < 400_000
    _, seconds, findings = mou_check(path)
    assert seconds < SECONDS
    assert "MOU-X001" not in _rules(findings)
    ignored = [f for f in findings if f["rule"] == "MOU-X003"]
    if stamp:  # trusted by its checksum, refused by its bounds: ignored, once
        assert len(ignored) == 1 and "answers.parties" in ignored[0]["message"]
        assert ignored[0]["severity"] == "info"
    else:  # not trusted: the YAML's answers, valid, are used
        assert ignored == []


def test_rows_given_as_text_are_ignored_not_an_internal_error(tmp_path):
    path = tmp_path / "rows.docx"
    path.write_bytes(_forged(_docx(), _rows_text, stamp=True))
    _, _, findings = mou_check(path)
    assert "MOU-X001" not in _rules(findings)
    ignored = [f for f in findings if f["rule"] == "MOU-X003"]
    assert len(ignored) == 1 and "facts.rows" in ignored[0]["message"]


# --- the stored facts, value by value ---------------------------------------------------------


@cache
def _stored() -> dict[str, Any]:
    _, stored = embedded.read_embedded_facts(zipfile.ZipFile(io.BytesIO(_docx())))
    assert stored is not None
    return stored


BAD_FACTS: dict[str, Change] = {
    "rows text": lambda f: f.update(rows="abcde"),
    "row short": lambda f: f["rows"][0].pop(),
    "row status": lambda f: f["rows"][0].__setitem__(2, "fine"),
    "row status list": lambda f: f["rows"][0].__setitem__(2, ["ok"]),
    "row element": lambda f: f["rows"][0].__setitem__(1, {"id": 1, "en": "x"}),
    "parties number": lambda f: f.update(parties=5),
    "parties 13": lambda f: f.update(parties=[["a", "b"]] * 13),
    "party name": lambda f: f["parties"][0].__setitem__(0, None),
    "share nan": lambda f: f.update(cost_shares=[["a", float("nan")]]),
    "share 101": lambda f: f.update(cost_shares=[["a", 101]]),
    "share bool": lambda f: f.update(cost_shares=[["a", True]]),
    "profit text": lambda f: f.update(profit_shares="x"),
    "date": lambda f: f.update(date="2031-02-30"),
    "date type": lambda f: f.update(date=20310101),
    "binding": lambda f: f.update(binding="no"),
    "format": lambda f: f.update(format=99),
    "missing": lambda f: f.pop("rows"),
}


@pytest.mark.parametrize("name", sorted(BAD_FACTS))
def test_malformed_facts_are_refused(name):
    facts = json.loads(json.dumps(_stored()["facts"]))
    check_answers.facts_from_json(facts)  # as stored: accepted
    BAD_FACTS[name](facts)
    with pytest.raises(check_answers.Malformed):
        check_answers.facts_from_json(facts)


BAD_ANSWERS: dict[str, Change] = {
    "schema": lambda a: a.update(schema=2),
    "language": lambda a: a.update(language=["id"]),
    "parties number": lambda a: a.update(parties=5),
    "one party": lambda a: a.update(parties=a["parties"][:1]),
    "party name": lambda a: a["parties"][0].update(name=7),
    "long name": lambda a: a["parties"][0].update(name="x" * 301),
    "jurisdiction": lambda a: a["parties"][0].update(jurisdiction={"x": 1}),
}


@pytest.mark.parametrize("name", sorted(BAD_ANSWERS))
def test_malformed_stored_answers_are_refused(name):
    stored_answers = read_embedded_answers()
    check_answers.check_answers(stored_answers)
    BAD_ANSWERS[name](stored_answers)
    with pytest.raises(check_answers.Malformed):
        check_answers.check_answers(stored_answers)


def read_embedded_answers() -> dict[str, Any]:
    found = embedded.read_embedded(zipfile.ZipFile(io.BytesIO(_docx())))
    assert found is not None
    return json.loads(json.dumps(found))


# --- the same limits as an answers file ------------------------------------------------------


def test_the_yaml_limit_is_the_answers_file_limit():
    assert embedded.MAX_YAML == answers_mod.MAX_BYTES


def _front_matter(body: str) -> str:
    return f"---\nmou:\n  answers:\n{body}---\n" + _md().split("---\n", 2)[2]


FRONT_MATTER = {
    "parties: 5": "    schema: 1\n    language: id\n    parties: 5\n",
    "answers a list": "    - 1\n    - 2\n",
    "raw form feed": "    schema: 1\n    place: Band\x0cung\n",
    "5,000 digits": "    schema: 1\n    parties: " + "7" * 5000 + "\n",
    "alias bomb": "    schema: 1\n    a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"    a{i}: &a{i} [*a{i - 1 if i else ''}, *a{i - 1 if i else ''}]\n" for i in range(40)
    ),
}


@pytest.mark.parametrize("name", sorted(FRONT_MATTER))
def test_invalid_front_matter_answers_are_ignored_once(tmp_path, name):
    """`parties: 5` made six rules fail with MOU-X001; the docs say invalid embedded answers
    are ignored: now they are, with one info finding saying why."""
    path = tmp_path / "draft.md"
    path.write_text(_front_matter(FRONT_MATTER[name]), encoding="utf-8")
    _, seconds, findings = mou_check(path)
    assert "MOU-X001" not in _rules(findings)
    assert _rules(findings).count("MOU-X003") == 1
    assert seconds < SECONDS


def test_valid_front_matter_is_used_and_not_reported(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(_md(), encoding="utf-8")
    result = check_file(path, Config())
    assert result.answers is True
    assert not {"MOU-X001", "MOU-X003"} & {f.rule for f in result.findings}


def test_oversized_embedded_yaml_is_ignored(tmp_path):
    body = "    schema: 1\n    background:\n" + ("      - " + "x" * 1000 + "\n") * 1100
    path = tmp_path / "big.md"
    path.write_text(_front_matter(body), encoding="utf-8")
    result = check_file(path, Config())
    assert result.answers is False and result.error is None
    x003 = [f for f in result.findings if f.rule == "MOU-X003"]
    assert len(x003) == 1 and "1,000,000 bytes" in x003[0].message


def test_unreadable_docx_answers_are_ignored_once(tmp_path):
    """YAML that cannot be read (no stored JSON): one info finding, the draft still checked."""

    def rewrite(yaml_text: str) -> bytes:
        src = zipfile.ZipFile(io.BytesIO(_docx()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as dst:
            for info in src.infolist():
                part = src.read(info)
                if re.fullmatch(r"customXml/item\d+\.xml", info.filename):
                    root = etree.Element(f"{{{NS}}}answers", nsmap={None: NS})
                    root.text = yaml_text
                    part = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
                dst.writestr(info, part)
        return out.getvalue()

    for i, text in enumerate(["schema: 1\nparties: " + "9" * 5000, "[1, 2", "- a\n- b\n"]):
        path = tmp_path / f"u{i}.docx"
        path.write_bytes(rewrite(text))
        result = check_file(path, Config())
        assert result.error is None and result.articles > 0
        rules = [f.rule for f in result.findings]
        assert "MOU-X001" not in rules and rules.count("MOU-X003") == 1, text[:20]
