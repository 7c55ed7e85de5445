"""`mou new --redline-against OLD` (the draft and its redline, written together or not at all)
and `mou new --embed answers|facts|none` (what the DOCX carries inside), read from the files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_redline import EDITS, EXAMPLES, check_roundtrip, docx_texts, edited

from mou_cli.document.embedded import NS, read_embedded_facts
from mou_cli.readers import read

MOU = [sys.executable, "-m", "mou_cli"]


def mou(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run(
        [*MOU, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with v1.yaml, v2.yaml (a renegotiation) and v1.docx, the version sent."""
    folder = tmp_path_factory.mktemp("versions")
    text = (EXAMPLES / "technology-id.yaml").read_text(encoding="utf-8")
    (folder / "v1.yaml").write_text(text, encoding="utf-8")
    (folder / "v2.yaml").write_text(edited(text, EDITS), encoding="utf-8")
    r = mou("new", "--answers", "v1.yaml", "-o", "v1", "-q", "-f", "docx", cwd=folder)
    assert r.returncode == 0, r.stderr
    return folder


def test_the_redline_is_written_beside_the_draft(versions: Path, tmp_path: Path) -> None:
    out = tmp_path / "v2"
    r = mou("new", "-a", str(versions / "v2.yaml"), "-o", str(out), "--redline-against",
            str(versions / "v1.docx"), cwd=tmp_path)  # fmt: skip
    assert r.returncode == 0, r.stderr
    red = tmp_path / "v2.redline.docx"
    assert f"wrote {red}" in r.stdout
    check_roundtrip(
        red.read_bytes(), docx_texts(versions / "v1.docx"), docx_texts(tmp_path / "v2.docx")
    )
    # each substantive change carries a comment saying what kind of change it is
    with zipfile.ZipFile(red) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
    assert comments.count("<w:comment ") >= 1 and "substantif" in comments
    # the same command again: every output exists, nothing is replaced
    before = red.read_bytes()
    r = mou("new", "-a", str(versions / "v2.yaml"), "-o", str(out), "--redline-against",
            str(versions / "v1.docx"), cwd=tmp_path)  # fmt: skip
    assert r.returncode == 3 and "v2.redline.docx" in r.stderr
    assert red.read_bytes() == before


def test_a_markdown_only_draft_still_gets_its_redline(versions: Path, tmp_path: Path) -> None:
    r = mou("new", "-a", str(versions / "v2.yaml"), "-o", "v2", "-f", "md", "-q",
            "--redline-against", str(versions / "v1.docx"), cwd=tmp_path)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "v2.checklist.md",
        "v2.md",
        "v2.redline.docx",
    ]


@pytest.mark.parametrize(
    ("old", "content", "message"),
    [
        ("missing.docx", None, "no such file"),
        ("broken.docx", b"PK\x03\x04 damaged", "not a Word document"),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
         "password-protected"),
        ("empty.md", b"   \n", "empty|no text"),
    ],
)  # fmt: skip
def test_bad_earlier_versions_stop_before_anything_is_written(
    versions: Path, tmp_path: Path, old: str, content: bytes | None, message: str
) -> None:
    if content is not None:
        (tmp_path / old).write_bytes(content)
    r = mou("new", "-a", str(versions / "v2.yaml"), "-o", "v2", "-q", "--redline-against", old,
            cwd=tmp_path)  # fmt: skip
    assert r.returncode == 2
    assert old in r.stderr and any(m in r.stderr for m in message.split("|"))
    assert "Traceback" not in r.stderr
    assert not list(tmp_path.glob("v2*"))


def test_a_version_in_another_language_is_refused(versions: Path, tmp_path: Path) -> None:
    r = mou("new", "--example", "strategic-en", "-o", "en", "-q", "--redline-against",
            str(versions / "v1.docx"), cwd=tmp_path)  # fmt: skip
    assert r.returncode == 2 and "Indonesian" in r.stderr and "English" in r.stderr
    assert not list(tmp_path.glob("en*"))


# --- --embed ---------------------------------------------------------------------------------


def _answers_part(docx: Path) -> bytes | None:
    with zipfile.ZipFile(docx) as z:
        for name in z.namelist():
            if name.startswith("customXml/item") and NS.encode() in z.read(name)[:400]:
                return z.read(name)
    return None


@pytest.mark.parametrize("level", ["answers", "facts", "none"])
def test_embed_levels(versions: Path, tmp_path: Path, level: str) -> None:
    r = mou("new", "-a", str(versions / "v1.yaml"), "-o", "d", "-q", "--embed", level, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    docx, md = tmp_path / "d.docx", (tmp_path / "d.md").read_text(encoding="utf-8")
    part = _answers_part(docx)
    with zipfile.ZipFile(docx) as z:
        answers, stored = read_embedded_facts(z)
    name = "Lintas Cuaca"  # a party's short name, in the answers and in the facts
    if level == "answers":
        assert part is not None and b"schema: 1" in part
        assert answers is not None and answers["parties"][0]["short_name"] == name
        assert md.startswith("---\nmou:")
    elif level == "facts":
        assert part is not None and b"schema: 1" not in part and b"address" not in part
        assert answers is None and stored is not None
        assert stored["facts"]["parties"][0][1] == name
        assert not md.startswith("---")
    else:
        assert part is None and answers is None and stored is None
        assert not md.startswith("---") and "Jl." not in json.dumps(stored)
    # `mou check` reads each level without complaint (MOU-X003 would say the data was ignored)
    check = mou("check", "d.docx", "--format", "json", cwd=tmp_path)
    assert "MOU-X003" not in check.stdout
    assert read(docx).answers == answers


def test_facts_alone_still_feed_the_checklist_rules(versions: Path, tmp_path: Path) -> None:
    """A party share edited in the text is still caught (MOU-K019) with --embed facts."""
    from mou_cli.check.answers import answers_facts

    r = mou("new", "-a", str(versions / "v1.yaml"), "-o", "d", "-q", "-f", "docx", "--embed", "facts",
            cwd=tmp_path)  # fmt: skip
    assert r.returncode == 0, r.stderr
    facts = answers_facts(read(tmp_path / "d.docx"))
    assert facts is not None and dict(facts.profit_shares or ()) == {
        "Lintas Cuaca": 60.0,
        "ITSM": 40.0,
    }
