"""Bad files: `mou check` and `mou new --answers` refuse each with a clear error naming it.

Every case runs the real command in a subprocess with a time limit and an address-space
limit (RLIMIT_AS, 1.5 GB), so a file that makes mou hang, balloon or crash fails the test:
the exit code must be the documented one (never a signal), stderr must name the file and
must not hold a traceback.
"""

from __future__ import annotations

import io
import os
import resource
import struct
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import load_answers

from mou_cli.document.build import build
from mou_cli.library.loader import load_library
from mou_cli.writers import docx as docx_writer
from mou_cli.writers import markdown

MEMORY = 1_500_000_000
SECONDS = 20
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def mou(*args: str, cwd: Path | None = None) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", "CI": "1"}
    start = time.perf_counter()
    r = subprocess.run(
        [sys.executable, "-m", "mou_cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=SECONDS * 3,
        preexec_fn=_limits,
        check=False,
    )
    return r, time.perf_counter() - start


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def _replace_part(docx: bytes, name: str, data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(docx))
    return _zip({i.filename: data if i.filename == name else src.read(i) for i in src.infolist()})


def _lying_sizes(data: bytes) -> bytes:
    """A zip whose headers claim each member unpacks to 1,000 bytes, whatever it holds."""
    out = bytearray(data)
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = out.find(sig)
        while at != -1:
            out[at + size_at : at + size_at + 4] = struct.pack("<I", 1000)
            at = out.find(sig, at + 4)
    return bytes(out)


def _bomb_xml(levels: int = 9) -> bytes:
    ents = ['<!ENTITY e0 "lol">'] + [
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, levels + 1)
    ]
    return (
        f"<?xml version='1.0'?><!DOCTYPE w:document [{''.join(ents)}]>"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>&e{levels};</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


def _xxe_xml() -> bytes:
    return (
        b"<?xml version='1.0'?><!DOCTYPE w:document [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>Pasal 1 &x;</w:t></w:r></w:p></w:body></w:document>"
    )


def _deep_xml(levels: int = 50_000) -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return (
        f"<w:document {ns}><w:body>" + "<w:sdt>" * levels + "</w:sdt>" * levels + "</w:body>"
        "</w:document>"
    ).encode()


def _yaml_laughs(aliases_per_level: int = 10, levels: int = 8, indent: str = "") -> str:
    lines = [f"{indent}x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels + 1):
        refs = ", ".join([f"*a{i - 1}"] * aliases_per_level)
        lines.append(f"{indent}x{i}: &a{i} [{refs}]")
    lines.append(f"{indent}background: *a{levels}")
    return "\n".join(lines) + "\n"


def _complete_answers_with(scope_line: str) -> bytes:
    """A complete answers file (tests/data/answers/en-3party.yaml) with its scope replaced."""
    text = (Path(__file__).parent / "data" / "answers" / "en-3party.yaml").read_text("utf-8")
    lines = [scope_line if line.startswith("scope:") else line for line in text.splitlines()]
    assert scope_line in lines
    return "\n".join(lines).encode() + b"\n"


@pytest.fixture(scope="module")
def good() -> dict[str, bytes]:
    doc = build(load_answers("en-3party"), load_library())
    return {"md": markdown.render(doc).encode(), "docx": docx_writer.render(doc)}


# --- mou check --------------------------------------------------------------------------------

CheckCase = tuple[str, Callable[[dict[str, bytes]], bytes | None], str]
CHECK_CASES: list[CheckCase] = [
    ("empty.md", lambda g: b"", "empty"),
    ("empty.docx", lambda g: b"", "empty"),
    ("binary.md", lambda g: os.urandom(64) + bytes(range(32)) * 300, "binary"),
    ("binary.docx", lambda g: os.urandom(5000), "not a Word document"),
    ("text.docx", lambda g: b"Pasal 1\nMaksud dan Tujuan\n", "not a Word document"),
    ("sheet.docx", lambda g: _zip({"[Content_Types].xml": b"<T/>", "xl/wb.xml": b"<w/>"}), "not"),
    ("empty-zip.docx", lambda g: _zip({}), "not a Word document"),
    (
        "locked.docx",
        lambda g: OLE + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 4000,
        "password-protected",
    ),
    ("old-word.docx", lambda g: OLE + b"\0" * 4600, "old Word"),
    ("truncated.docx", lambda g: g["docx"][: len(g["docx"]) // 2], "docx"),
    (
        "bomb.docx",
        lambda g: _replace_part(g["docx"], "word/document.xml", b"<" + b" " * 150_000_000),
        "zip bomb",
    ),
    (
        "lying-bomb.docx",
        lambda g: _lying_sizes(
            _zip({"[Content_Types].xml": b"<T/>", "word/document.xml": b"\0" * 80_000_000})
        ),
        "lying-bomb.docx",
    ),
    (
        "many-parts.docx",
        lambda g: _zip(
            {"[Content_Types].xml": b"<T/>", **{f"word/p{i}.xml": b"" for i in range(6000)}}
        ),
        "too many parts",
    ),
    (
        "entity-bomb.docx",
        lambda g: _replace_part(g["docx"], "word/document.xml", _bomb_xml()),
        "docx",
    ),
    ("deep-xml.docx", lambda g: _replace_part(g["docx"], "word/document.xml", _deep_xml()), "docx"),
    ("huge.md", lambda g: b"Pasal 1\n" + b"kata " * 4_300_000, "too large"),
    ("draft.pdf", lambda g: b"%PDF-1.7\n", "not a readable PDF"),
    ("folder.md", lambda g: None, "folder"),
]


@pytest.mark.parametrize(("name", "make", "words"), CHECK_CASES, ids=[c[0] for c in CHECK_CASES])
def test_check_refuses_a_bad_file_clearly(
    tmp_path: Path, good: dict[str, bytes], name: str, make, words: str
) -> None:
    path = tmp_path / name
    data = make(good)
    if data is None:
        path.mkdir()
        (path / "notes.txt").write_bytes(b"")  # a folder named like a draft, holding an empty one
    else:
        path.write_bytes(data)
    r, seconds = mou("check", str(path))
    out = r.stdout + r.stderr
    assert r.returncode == 2, (r.returncode, out[-2000:])
    assert "Traceback" not in out and "could not be checked" not in out, out[-2000:]
    assert name in out, out[-2000:]
    assert words in out, out[-2000:]
    assert seconds < SECONDS


def test_check_never_reads_an_external_entity(tmp_path: Path, good: dict[str, bytes]) -> None:
    path = tmp_path / "xxe.docx"
    path.write_bytes(_replace_part(good["docx"], "word/document.xml", _xxe_xml()))
    r, _ = mou("check", str(path), "--format", "json")
    out = r.stdout + r.stderr
    assert r.returncode in (1, 2), out[-2000:]
    assert "Traceback" not in out
    assert "root:" not in out


@pytest.mark.parametrize(
    "front",
    [
        "mou:\n  answers:\n    schema: 1\n    x: " + "[" * 50_000 + "]" * 50_000 + "\n",
        "mou:\n  answers:\n    schema: 1\n" + _yaml_laughs(indent="    "),
        "mou:\n  answers: " + "{a: " * 5_000 + "1" + "}" * 5_000 + "\n",
        "mou: &a [*a]\n",
    ],
    ids=["deep-flow", "alias-bomb", "deep-mapping", "self-alias"],
)
def test_hostile_front_matter_is_ignored_not_fatal(
    tmp_path: Path, good: dict[str, bytes], front: str
) -> None:
    """A draft whose YAML front matter is hostile is still checked (as a draft without answers)."""
    body = good["md"].decode().split("\n---\n", 1)[1]
    path = tmp_path / "front.md"
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    r, seconds = mou("check", str(path))
    out = r.stdout + r.stderr
    assert r.returncode in (0, 1), (r.returncode, out[-2000:])
    assert "Traceback" not in out and "could not be checked" not in out, out[-2000:]
    assert "front.md" in out
    assert seconds < SECONDS


# --- mou new --answers ------------------------------------------------------------------------

NewCase = tuple[str, Callable[[dict[str, bytes]], bytes | None], str]
NEW_CASES: list[NewCase] = [
    ("empty.yaml", lambda g: b"", "expected a mapping"),
    ("blank.yaml", lambda g: b"\n\n   \n# only a comment\n", "expected a mapping"),
    ("folder.yaml", lambda g: None, "is a folder"),
    ("missing.yaml", lambda g: ..., "no such file"),
    ("binary.yaml", lambda g: os.urandom(64) + b"\xff\xfe\xfd" * 100, "UTF-8"),
    ("nul.yaml", lambda g: b"schema: 1\nlanguage: en\x00\n", "NUL"),
    ("utf16.yaml", lambda g: "schema: 1\n".encode("utf-16-be"), "save it again as UTF-8"),
    ("utf16-bom.yaml", lambda g: "schema: 1\n".encode("utf-16"), "language: required"),
    ("draft.docx", lambda g: g["docx"], "UTF-8"),
    ("locked.yaml", lambda g: OLE + b"\0" * 2000, "UTF-8"),
    ("draft.md", lambda g: g["md"], "not valid YAML"),
    (
        "huge.yaml",
        lambda g: b"schema: 1\nbackground:\n" + b"  - lorem ipsum dolor\n" * 60_000,
        "too large",
    ),
    ("deep-flow.yaml", lambda g: b"schema: 1\nx: " + b"[" * 100_000 + b"]" * 100_000, "nested"),
    (
        "deep-block.yaml",
        lambda g: ("schema: 1\n" + "".join(f"{'  ' * i}k{i}:\n" for i in range(200))).encode(),
        "nested deeper",
    ),
    (
        "aliases.yaml",
        lambda g: b"schema: 1\na: &a [1]\n" + b"".join(b"b%d: *a\n" % i for i in range(150)),
        "aliases",
    ),
    (
        "laughs.yaml",
        lambda g: ("schema: 1\nlanguage: en\n" + _yaml_laughs()).encode(),
        "aliases (*name) repeat text",
    ),
    (  # under the alias limit, each alias a long text: 50 MB of scope from 500 KB, in answers
        "long-aliases.yaml",  # complete otherwise (missing answers would be said first)
        lambda g: _complete_answers_with(
            "scope: [&s " + "word " * 100_000 + ", " + ", ".join(["*s"] * 99) + "]"
        ),
        "aliases (*name) repeat text",
    ),
    ("self-alias.yaml", lambda g: b"schema: 1\nbackground: &a [*a]\n", "background[0]"),
    (
        "tags.yaml",
        lambda g: b"schema: 1\nx: !!python/object/apply:os.system ['echo pwned']\n",
        "not valid YAML",
    ),
    ("scalar.yaml", lambda g: b"just a sentence\n", "expected a mapping"),
]


@pytest.mark.parametrize(("name", "make", "words"), NEW_CASES, ids=[c[0] for c in NEW_CASES])
def test_new_refuses_a_bad_answers_file_clearly(
    tmp_path: Path, good: dict[str, bytes], name: str, make, words: str
) -> None:
    path = tmp_path / name
    data = make(good)
    if data is None:
        path.mkdir()
    elif data is not ...:
        path.write_bytes(data)
    out_dir = tmp_path / "out"
    r, seconds = mou("new", "--answers", str(path), "--out", str(out_dir))
    assert r.returncode == 2, (r.returncode, r.stderr[-2000:])
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith(f"error: {path}"), r.stderr[:500]
    assert words in r.stderr, r.stderr[-2000:]
    assert not out_dir.exists()
    assert "pwned" not in r.stdout + r.stderr
    assert seconds < SECONDS


def _with_embedded(docx: bytes, yaml_text: str, check_json: str | None) -> bytes:
    """``docx`` with its embedded answers replaced by ``yaml_text`` (and a `<check>` element
    holding ``check_json``, with the digest of ``yaml_text`` so that it is trusted)."""
    import hashlib

    from lxml import etree

    from mou_cli.document.embedded import NS

    src = zipfile.ZipFile(io.BytesIO(docx))
    entries = {}
    for info in src.infolist():
        data = src.read(info)
        if info.filename.startswith("customXml/item") and NS.encode() in data:
            root = etree.Element(f"{{{NS}}}answers", nsmap={None: NS})
            root.text = yaml_text
            if check_json is not None:
                digest = hashlib.sha256(yaml_text.encode()).hexdigest()
                etree.SubElement(root, f"{{{NS}}}check", sha256=digest).text = check_json
            data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        entries[info.filename] = data
    return _zip(entries)


@pytest.mark.parametrize(
    ("yaml_text", "check_json"),
    [
        ("schema: 1\nx: " + "[" * 50_000 + "]" * 50_000 + "\n", None),
        ("schema: 1\n" + _yaml_laughs(), None),
        ("schema: 1\n", '{"answers": ' + "[" * 100_000 + "]" * 100_000 + "}"),
        ("schema: 1\n", '{"answers": {"parties": ' + "[" * 100_000 + "]" * 100_000 + "}}"),
        ("schema: 1\n", '{"answers": {"parties": "x", "schema": 1}, "facts": 7}'),
    ],
    ids=["deep-yaml", "alias-bomb", "deep-json", "deep-json-parties", "wrong-json"],
)
def test_hostile_embedded_answers_in_a_docx(
    tmp_path: Path, good: dict[str, bytes], yaml_text: str, check_json: str | None
) -> None:
    """Answers embedded in a DOCX are data from anywhere: hostile ones cost bounded time and
    memory, and the draft is still checked, as a draft without answers."""
    path = tmp_path / "embedded.docx"
    path.write_bytes(_with_embedded(good["docx"], yaml_text, check_json))
    r, seconds = mou("check", str(path))
    out = r.stdout + r.stderr
    assert r.returncode in (0, 1), (r.returncode, out[-2000:])
    assert "28 articles" in out, out[-2000:]
    assert "Traceback" not in out and "could not be checked" not in out, out[-2000:]
    assert "embedded.docx" in out
    assert seconds < SECONDS
