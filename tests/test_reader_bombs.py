"""Small hostile drafts must not hang or balloon `mou check` (issue 13, items 1, 2 and 15).

Each reproducer runs the real command in a subprocess with a time limit and a 1.5 GB
address-space limit (RLIMIT_AS): it ends in exit code 2 with one error line naming the file, or
it succeeds, well within the time limit. The zip bombs are built without compressing their
gigabytes: a deflate stream of one repeated block after a full flush is the same bytes every
time, so a 2 GB part costs a few milliseconds and 2 MB to make.
"""

from __future__ import annotations

import io
import os
import random
import resource
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from conftest import load_answers

from mou_cli.document.build import build
from mou_cli.errors import DraftError
from mou_cli.library.loader import load_library
from mou_cli.readers import MAX_LINES, MAX_TEXT, read
from mou_cli.readers import docx as docx_reader
from mou_cli.readers.docx_numbering import MAX_START, fmt
from mou_cli.readers.docx_package import MAX_XML_PART, Package
from mou_cli.writers import docx as docx_writer

MEMORY = 1_500_000_000
SECONDS = 20  # a refusal (or a small success) ends well within this
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_NS}"'
CT = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def mou(*args: str, cwd: Path | None = None, seconds: float = SECONDS) -> tuple[str, int, float]:
    """``(stdout + stderr, exit code, seconds)`` of ``python -m mou_cli ARGS``, limited."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "CI": "1"}
    start = time.perf_counter()
    r = subprocess.run(
        [sys.executable, "-m", "mou_cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=seconds * 3,
        preexec_fn=_limits,
        check=False,
    )
    return r.stdout + r.stderr, r.returncode, time.perf_counter() - start


def refused(path: Path, words: str) -> None:
    """`mou check path` ends in exit 2 with one error line naming the file and saying ``words``."""
    out, code, seconds = mou("check", str(path))
    assert code == 2, (code, out[-2000:])
    assert "Traceback" not in out and "could not be checked" not in out, out[-2000:]
    errors = [line for line in out.splitlines() if "error:" in line]
    assert len(errors) == 1, out[-2000:]
    assert str(path) in errors[0] and words in errors[0], errors[0]
    assert seconds < SECONDS, seconds


# --- building zips ------------------------------------------------------------------------------


def repeated(block: bytes, times: int) -> tuple[bytes, int, int]:
    """``(raw deflate, CRC-32, size)`` of ``block * times``, compressing ``block`` once."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    once = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)  # the window starts empty again
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    return once * times + c.flush(), crc, len(block) * times


def deflated(data: bytes) -> tuple[bytes, int, int]:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(), zlib.crc32(data), len(data)


def raw_zip(entries: list[tuple[str, tuple[bytes, int, int]]]) -> bytes:
    """A zip of already deflated entries ``(name, (raw deflate, crc, size))``."""
    out = io.BytesIO()
    central = []
    for name, (data, crc, size) in entries:
        nb = name.encode()
        at = out.tell()
        head = struct.pack("<IHHHHHIII", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size)
        out.write(head + struct.pack("<HH", len(nb), 0) + nb + data)
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                *(0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size, len(nb)),
                *(0, 0, 0, 0, 0, at),
            )
            + nb
        )
    start = out.tell()
    out.write(b"".join(central))
    end = out.tell()
    n = len(entries)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, end - start, start, 0))
    return out.getvalue()


def rels(target: str = "word/document.xml") -> bytes:
    return (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        f'2006/relationships"><Relationship Id="rId1" Type="{OFFICE_DOCUMENT}" '
        f'Target="{target}"/></Relationships>'
    ).encode()


def document(body: str) -> bytes:
    return f"<w:document {W}><w:body>{body}</w:body></w:document>".encode()


def para(text: str, extra: str = "") -> str:
    return f'<w:p>{extra}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def package(parts: dict[str, bytes]) -> bytes:
    """A minimal DOCX: content types, relationships and ``parts``."""
    entries = {"[Content_Types].xml": CT, "_rels/.rels": rels(), **parts}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def words(n_bytes: int, seed: int = 1) -> str:
    """Text that compresses like prose (about 4 to 1), ``n_bytes`` long."""
    rnd = random.Random(seed)
    vocab = [
        "para",
        "pihak",
        "sepakat",
        "untuk",
        "bekerja",
        "sama",
        "dengan",
        "itikad",
        "baik",
        "sesuai",
        "pasal",
        "ayat",
        "perjanjian",
        "nota",
        "kesepahaman",
        "jangka",
        "waktu",
        "tahun",
        "biaya",
        "ditanggung",
        "the",
        "parties",
        "agree",
        "to",
        "cooperate",
        "in",
        "good",
        "faith",
        "under",
        "article",
        "clause",
        "term",
        "years",
        "cost",
        "borne",
        "each",
    ]
    out: list[str] = []
    size = 0
    while size < n_bytes:
        w = rnd.choice(vocab) + (str(rnd.randrange(1000)) if rnd.random() < 0.1 else "")
        w += ". " if rnd.random() < 0.08 else " "
        out.append(w)
        size += len(w)
    return "".join(out)[:n_bytes]


@pytest.fixture(scope="module")
def generated() -> list[tuple[str, bytes]]:
    """The entries of a DOCX mou generates: a real package to tamper with."""
    data = docx_writer.render(build(load_answers("en-3party"), load_library()))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def tampered(
    entries: list[tuple[str, bytes]],
    target: str,
    bomb: tuple[bytes, int, int],
    *,
    entry: str = "",
    keep_document: bool = True,
) -> bytes:
    """``entries`` with ``_rels/.rels`` naming ``target`` as the main part, and ``bomb`` in the
    zip as ``entry`` (``target`` by default)."""
    out = []
    for name, data in entries:
        if name == "_rels/.rels":
            data = data.replace(b'Target="word/document.xml"', f'Target="{target}"'.encode())
        if name == "word/document.xml" and not keep_document:
            continue
        out.append((name, deflated(data)))
    return raw_zip([*out, (entry or target, bomb)])


@pytest.fixture(scope="module")
def rules_off(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder whose mou.toml turns every rule off: `mou check` there costs only the reading
    (the rules' own speed is theirs to test)."""
    from mou_cli.check.registry import all_rules

    folder = tmp_path_factory.mktemp("rules-off")
    ids = ", ".join(f'"{rule_id}"' for rule_id in all_rules())
    (folder / "mou.toml").write_text(f"[check]\ndisable = [{ids}]\n", encoding="utf-8")
    return folder


def _read_quickly(folder: Path, path: Path) -> float:
    """`mou check` (rules off) in ``folder`` reads ``path`` and succeeds: the seconds it took."""
    out, code, seconds = mou("check", path.name, cwd=folder, seconds=60)
    assert code == 0 and "Traceback" not in out, out[-2000:]
    return seconds


# --- item 1: the zip-bomb check sees every part read ---------------------------------------------


@pytest.fixture(scope="module")
def giga_a() -> tuple[bytes, int, int]:
    """2,000 MiB of "A": 2 GB in a 2 MB part."""
    return repeated(b"A" * (1 << 20), 2_000)


@pytest.mark.parametrize(
    ("target", "entry", "keep"),
    [
        ("word/document.bin", "", True),
        ("word/DOCUMENT.XML", "", False),
        ("/word/../word/document.xml", "WORD/Document.xml", False),  # OPC names ignore case
    ],
)
def test_a_main_part_named_by_the_relationships_is_vetted(
    tmp_path: Path,
    generated: list[tuple[str, bytes]],
    giga_a: tuple[bytes, int, int],
    target: str,
    entry: str,
    keep: bool,
) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(tampered(generated, target, giga_a, entry=entry, keep_document=keep))
    assert path.stat().st_size < 3_000_000
    refused(path, "zip bomb")


def test_a_second_part_of_the_same_name_in_another_case_is_refused(
    tmp_path: Path, generated: list[tuple[str, bytes]], giga_a: tuple[bytes, int, int]
) -> None:
    """word/DOCUMENT.XML beside word/document.xml: which would a reader get? Neither."""
    path = tmp_path / "twice.docx"
    path.write_bytes(tampered(generated, "word/DOCUMENT.XML", giga_a))
    refused(path, "two parts named word/document.xml")


def _prose_block() -> bytes:
    """1 MiB that deflates about 150 to 1: under the bomb ratio, so sizes are what count."""
    seg = words(7_000, seed=3).encode()
    return (seg * (1 + (1 << 20) // len(seg)))[: 1 << 20]


def test_parts_under_the_ratio_are_held_to_the_size_limits(tmp_path: Path) -> None:
    block = _prose_block()
    too_big = repeated(block, 1 + MAX_XML_PART // len(block))
    path = tmp_path / "one-big-part.docx"
    small = deflated(document(para("Pasal 1")))
    path.write_bytes(
        raw_zip(
            [
                ("[Content_Types].xml", deflated(CT)),
                ("_rels/.rels", deflated(rels())),
                ("word/document.xml", small),
                ("word/styles.xml", too_big),
            ]
        )
    )
    refused(path, "limit for one part")
    path = tmp_path / "many-parts.docx"
    part = repeated(block, 18)  # three of 18 MiB: 57 MB in all
    path.write_bytes(
        raw_zip(
            [
                ("[Content_Types].xml", deflated(CT)),
                ("_rels/.rels", deflated(rels())),
                ("word/document.xml", part),
                ("word/styles.xml", part),
                ("word/numbering.xml", part),
            ]
        )
    )
    refused(path, "over the 50 MB limit")


def test_the_largest_part_allowed_parses_within_the_memory_limit(tmp_path: Path) -> None:
    """Attributes are what a tree costs most per byte (~35 bytes each): a part just under
    MAX_XML_PART made of them (and random enough to pass the ratio) still fits in 1.5 GB."""
    rnd = random.Random(7)
    element = '<x a="{}" b="{}" c="{}" d="{}"/>'
    n = (MAX_XML_PART - 1_000) // len(element.format(0, 0, 0, 0))
    digits = [str(rnd.getrandbits(64)).zfill(20)[:4] for _ in range(n)]
    body = "".join(element.format(*d) for d in digits)
    path = tmp_path / "attributes.docx"
    path.write_bytes(
        package({"word/document.xml": document(f"<w:p>{body}</w:p>" + para("Pasal 1"))})
    )
    out, code, _ = mou("check", str(path), seconds=40)
    assert code in (0, 1) and "Traceback" not in out and "could not" not in out, out[-2000:]


def test_a_part_is_inflated_no_further_than_the_budget(tmp_path: Path) -> None:
    """The second wall: a zip directory that understates a size after it was vetted (as if
    zipfile did not cut a part at its stated size) is caught while inflating."""
    path = tmp_path / "d.docx"
    path.write_bytes(package({"word/document.xml": document(para(words(300_000)))}))
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("word/document.xml")
        real = info.file_size
        info.file_size = 1_000  # the directory understates the part...
        pkg = Package(z, str(path), 200_000)
        assert pkg.main == "word/document.xml"
        info.file_size = real  # ...and zipfile, unlike CPython's, would not cut it there
        with pytest.raises(DraftError, match="unpacks to more than it says"):
            pkg.read("word/document.xml")
        info.file_size = 150_000  # cut by zipfile: the CRC tells
        with pytest.raises(zipfile.BadZipFile, match="CRC"):
            pkg.read("word/document.xml")


def test_other_compression_methods_are_refused(tmp_path: Path) -> None:
    """bzip2 and LZMA inflate a whole read at once, without a bound: Word never uses them."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", rels())
        z.writestr("word/document.xml", document(para("Pasal 1")))
        z.writestr("customXml/item1.xml", b"A" * 10_000_000, zipfile.ZIP_BZIP2)
    path = tmp_path / "bzip2.docx"
    path.write_bytes(buf.getvalue())
    refused(path, "compressed in a way Word never uses")


def test_a_huge_zip_directory_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """zipfile reads the whole directory to open a zip: 200,000 entries cost seconds and
    hundreds of MB before anyone can count them."""
    name = b"a"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0x21, 0, 0, 0, 1, 0) + name
    entry = (
        struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, 0x21, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0
        )
        + name
    )
    n = 200_000
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, len(entry) * n, len(local), 0)
    path = tmp_path / "entries.docx"
    path.write_bytes(local + entry * n + end)
    refused(path, "zip directory is too large")


def test_a_dtd_is_refused(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 9}">' for i in range(1, 8))
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e0 "lol">{laughs}]>'
        + document(para("x") + "<w:p><w:r><w:t>&e7;</w:t></w:r></w:p>").decode()
    )
    path = tmp_path / "dtd.docx"
    path.write_bytes(package({"word/document.xml": xml.encode()}))
    refused(path, "declares a DTD")


def test_content_nested_too_deep_is_refused(tmp_path: Path) -> None:
    depth = docx_reader.MAX_NESTING + 50
    body = "<w:sdt><w:sdtContent>" * depth + para("x") + "</w:sdtContent></w:sdt>" * depth
    path = tmp_path / "deep.docx"
    path.write_bytes(package({"word/document.xml": document(body)}))
    refused(path, "nested more than")
    cells = "<w:tbl><w:tr><w:tc>" * 40 + para("x") + "</w:tc></w:tr></w:tbl>" * 40
    path = tmp_path / "tables.docx"
    path.write_bytes(package({"word/document.xml": document(para("Pasal 1") + cells)}))
    out, code, _ = mou("check", str(path))
    assert code in (0, 1) and "Traceback" not in out, out[-2000:]


# --- item 2: list numbers cost what their digits cost --------------------------------------------


def _numbered(start: str, num_fmt: str, paragraphs: int = 3) -> bytes:
    numbering = (
        f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        f'<w:start w:val="{start}"/><w:numFmt w:val="{num_fmt}"/>'
        '<w:lvlText w:val="Pasal %1"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    ).encode()
    num = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    body = "".join(para(f"Judul {i}", num) + para("Isi pasal.") for i in range(paragraphs))
    return package({"word/document.xml": document(body), "word/numbering.xml": numbering})


NUMBER_BOMBS = [
    ("1000000000000000", "upperRoman"),
    ("2000000000", "upperLetter"),
    ("1000000000000", "lowerLetter"),
    ("9" * 5000, "lowerRoman"),
    ("-5", "upperRoman"),
]


@pytest.mark.parametrize(("start", "num_fmt"), NUMBER_BOMBS)
def test_a_huge_list_start_is_read_quickly(tmp_path: Path, start: str, num_fmt: str) -> None:
    path = tmp_path / "numbers.docx"
    path.write_bytes(_numbered(start, num_fmt))
    out, code, seconds = mou("check", str(path), "--format", "json")
    assert code in (0, 1) and "Traceback" not in out, out[-2000:]
    assert seconds < SECONDS
    labels = [c.text.split(" ", 2)[1] for c in read(path).chunks if c.text.startswith("Pasal")]
    assert len(labels) == 3 and all(len(label) <= 6 for label in labels), labels


def test_list_starts_are_clamped_to_words_range(tmp_path: Path) -> None:
    path = tmp_path / "n.docx"
    path.write_bytes(_numbered("1000000", "decimal"))
    assert [c.text for c in read(path).chunks if c.text.startswith("Pasal")] == [
        f"Pasal {MAX_START + i} Judul {i}" for i in range(3)
    ]


def test_every_number_format_is_short_and_quick() -> None:
    start = time.process_time()
    for n in (0, 1, 4, 26, 27, 780, 781, 3999, 4000, 10**12, 10**4000, -(10**4000)):
        for num_fmt in ("upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal",
                        "decimalZero", "cardinalText", "ordinalText", "decimal"):  # fmt: skip
            assert len(fmt(n, num_fmt)) <= max(30, len(str(n)) + 2), (n, num_fmt)
    assert time.process_time() - start < 1
    assert (fmt(3999, "upperRoman"), fmt(14, "lowerRoman"), fmt(28, "upperLetter")) == (
        "MMMCMXCIX",
        "xiv",
        "BB",
    )
    assert fmt(780, "upperLetter") == "Z" * 30 and fmt(781, "upperLetter") == "781"


def test_long_style_chains_and_open_comments_cost_linear_time(rules_off: Path) -> None:
    """Each of 20,000 paragraphs uses the end of a 20,000-style basedOn chain and sits inside
    20,000 comment ranges never closed: formerly 400 million steps each."""
    n = 20_000
    styles = "".join(
        f'<w:style w:styleId="s{i}"><w:name w:val="S{i}"/>'
        + (f'<w:basedOn w:val="s{i - 1}"/>' if i else "")
        + "</w:style>"
        for i in range(n)
    )
    opened = "".join(f'<w:commentRangeStart w:id="{i}"/>' for i in range(n))
    style = f'<w:pPr><w:pStyle w:val="s{n - 1}"/></w:pPr>'
    body = para("Pasal 1", opened) + "".join(para(f"Isi {i}.", style) for i in range(n))
    path = rules_off / "chains.docx"
    path.write_bytes(
        package(
            {
                "word/document.xml": document(body),
                "word/styles.xml": f"<w:styles {W}>{styles}</w:styles>".encode(),
            }
        )
    )
    assert _read_quickly(rules_off, path) < SECONDS
    assert len(read(path).comments) == n


def test_paragraphs_nested_in_paragraphs_cost_linear_time(rules_off: Path) -> None:
    """Word never nests paragraphs; a header, a comment and a content control in a table cell
    that nest 1,900 deep (each level with 20 runs) were read once per level: 36 million runs."""
    runs = "<w:r><w:t>ab</w:t></w:r>" * 20
    nested = ("<w:p>" + runs) * 1_900 + "</w:p>" * 1_900
    cell = f"<w:tbl><w:tr><w:tc><w:sdt><w:sdtContent>{nested}</w:sdtContent></w:sdt></w:tc></w:tr></w:tbl>"
    parts = {
        "word/document.xml": document(para("Pasal 1") + cell),
        "word/header1.xml": f"<w:hdr {W}>{nested}</w:hdr>".encode(),
        "word/comments.xml": f'<w:comments {W}><w:comment w:id="0">{nested}</w:comment></w:comments>'.encode(),
    }
    path = rules_off / "nested.docx"
    path.write_bytes(package(parts))
    assert _read_quickly(rules_off, path) < SECONDS
    assert any(c.kind == "header" and len(c.text) == 2 * 20 * 1_900 for c in read(path).chunks)


def test_comment_directives_over_too_many_paragraphs_are_refused(tmp_path: Path) -> None:
    n = 1_100
    comments = "".join(
        f'<w:comment w:id="{i}"><w:p><w:r><w:t>mou: disable=MOU-C00{i % 10},MOU-S00{i % 7}'
        "</w:t></w:r></w:p></w:comment>"
        for i in range(n)
    )
    opened = "".join(f'<w:commentRangeStart w:id="{i}"/>' for i in range(n))
    body = para("Pasal 1", opened) + "".join(para(f"Isi {i}.") for i in range(n))
    parts = {"word/document.xml": document(body)}
    parts["word/comments.xml"] = f"<w:comments {W}>{comments}</w:comments>".encode()
    path = tmp_path / "directives.docx"
    path.write_bytes(package(parts))  # 1,100 comments x 2 rules x 1,101 paragraphs: 2.4 million
    refused(path, "Word comments turn rules off over more than")


# --- item 15: large allowed inputs are read, within limits, in bounded time ---------------------


def test_a_text_of_more_than_10_mb_in_one_xml_node_is_read(rules_off: Path) -> None:
    """libxml2 refuses a text node over 10 MB unless told otherwise: a long paragraph is a
    draft, not an attack (the size of what is parsed is bounded before)."""
    path = rules_off / "long.docx"
    path.write_bytes(
        package({"word/document.xml": document(para("Pasal 1") + para(words(10_500_000)))})
    )
    assert _read_quickly(rules_off, path) < 20
    draft = read(path)
    assert max(len(c.text) for c in draft.chunks) > 10_000_000


def test_a_hundred_thousand_paragraphs_are_read(rules_off: Path) -> None:
    body = para("Pasal 1") + "".join(para(words(80, seed=i)) for i in range(100_000))
    path = rules_off / "many.docx"
    path.write_bytes(package({"word/document.xml": document(body)}))
    assert _read_quickly(rules_off, path) < 30


def test_a_20_mb_markdown_line_is_read(rules_off: Path) -> None:
    path = rules_off / "line.md"
    path.write_text("# Pasal 1\n\n" + words(MAX_TEXT - 100) + "\n", encoding="utf-8")
    assert _read_quickly(rules_off, path) < 30


def test_a_draft_of_too_many_paragraphs_or_lines_is_refused(tmp_path: Path) -> None:
    rnd = random.Random(5)
    body = "".join(
        f'<w:p w:rsidR="{rnd.getrandbits(32):08X}"/>' for _ in range(docx_reader.MAX_PARAGRAPHS + 1)
    )
    path = tmp_path / "paragraphs.docx"
    path.write_bytes(package({"word/document.xml": document(body)}))
    refused(path, "paragraphs: too long for a draft")
    path = tmp_path / "lines.md"
    path.write_text("# Pasal 1\n" + "-\n" * MAX_LINES, encoding="utf-8")
    refused(path, "lines, over")
    path = tmp_path / "returns.txt"
    path.write_text("Pasal 1\r" + "1.\r" * MAX_LINES, encoding="utf-8", newline="")
    refused(path, "lines, over")


def test_docx_text_is_held_to_the_text_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "t.docx"
    header = f"<w:hdr {W}>{para(words(30_000, seed=2))}</w:hdr>".encode()
    path.write_bytes(
        package(
            {
                "word/document.xml": document(para("Pasal 1") + para(words(30_000))),
                "word/header1.xml": header,
            }
        )
    )
    monkeypatch.setattr(docx_reader, "MAX_TEXT", 50_000)  # body and header: 60,000
    with pytest.raises(DraftError, match="of text: too long for a draft"):
        read(path)
    monkeypatch.setattr(docx_reader, "MAX_TEXT", 70_000)
    assert any(c.kind == "header" for c in read(path).chunks)


# --- item 15: an integer too long to print, in a clause file ------------------------------------


def test_a_clause_integer_of_thousands_of_digits_is_a_yaml_error(tmp_path: Path) -> None:
    src = Path(__file__).parent.parent / "docs" / "examples" / "custom-clauses"
    clauses = tmp_path / "clauses"
    clauses.mkdir()
    text = (src / "press_releases.yaml").read_text(encoding="utf-8")
    assert "order: 910" in text
    (clauses / "press_releases.yaml").write_text(
        text.replace("order: 910", "order: 1" + "0" * 5000)
    )
    out, code, _ = mou("new", "-e", "strategic-en", "-o", str(tmp_path / "out" / "d"), "-q",
                       "--clauses", str(clauses), cwd=tmp_path)  # fmt: skip
    assert code == 2 and "Traceback" not in out, out[-2000:]
    assert "press_releases.yaml:5" in out and "more than 4,300 digits" in out, out
    out, code, _ = mou("clauses", "lint", str(clauses), cwd=tmp_path)
    assert code == 1 and "internal error" not in out, out[-2000:]
    assert "press_releases.yaml:5" in out and "more than 4,300 digits" in out, out


# --- PDF: the text and line limits of the other readers, and the OCR bitmap ---------------------


def raw_pdf(content: bytes, pages: int = 1, media_box: str = "0 0 595 842") -> bytes:
    """A PDF of ``pages`` pages that all draw the one Flate-compressed ``content`` stream."""
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    data = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    page = (
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] /Contents 3 0 R /Resources "
        "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"
    )
    objects += [page.encode()] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def text_lines(count: int, line: bytes = b"Ab") -> bytes:
    """A content stream that shows ``line`` on ``count`` lines (the ' operator: next line, show)."""
    return b"BT /F1 1 Tf 10 800 Td 1 TL " + (b"(" + line + b") ' ") * count + b"ET"


def test_a_pdf_of_more_lines_than_a_draft_may_hold_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lines.pdf"
    path.write_bytes(raw_pdf(text_lines(MAX_LINES // 30 + 1), pages=30))  # 12 KB
    assert path.stat().st_size < 20_000
    refused(path, f"over {MAX_LINES:,} lines")


def test_a_pdf_of_more_characters_than_a_draft_may_hold_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mou_cli.readers import pdf as pdf_reader

    path = tmp_path / "chars.pdf"
    path.write_bytes(raw_pdf(text_lines(2_000, b"A" * 50), pages=3))  # 3 x 100k characters
    assert len(pdf_reader.page_texts(path, "chars.pdf")) == 3
    monkeypatch.setattr("mou_cli.readers.MAX_TEXT", 250_000)
    taken: list[int] = []
    real = pdf_reader._Budget.take
    monkeypatch.setattr(pdf_reader._Budget, "take", lambda b, t: taken.append(len(t)) or real(b, t))
    with pytest.raises(DraftError, match="more than 250,000 characters of text: too long"):
        pdf_reader.page_texts(path, "chars.pdf")
    assert len(taken) == 2  # the third page's text was refused before it was built


def test_a_huge_scanned_page_is_rendered_within_the_pixel_limit(tmp_path: Path) -> None:
    """A page declared 5 m square was rendered at 300 dpi: 3.6 GB of bitmap, 10 GB, 97 s."""
    from mou_cli.readers import ocr
    from mou_cli.readers.pdf import MAX_PIXELS, _scale

    assert _scale(595, 842) == 300 / 72  # an A4 page: 300 dpi
    scale = _scale(14_400, 14_400)
    assert (14_400 * scale) ** 2 <= MAX_PIXELS
    if ocr.tesseract() is None and not os.environ.get("CI"):
        pytest.skip("tesseract is not installed")
    path = tmp_path / "huge.pdf"
    path.write_bytes(raw_pdf(b"q 0 g 100 100 50 50 re f Q", media_box="0 0 14400 14400"))
    out, code, seconds = mou("check", str(path), seconds=60)
    assert code == 2 and "Traceback" not in out and "MemoryError" not in out, out[-2000:]
    assert "no text found" in out, out[-2000:]
    assert seconds < 60, seconds


def test_a_small_pdf_that_draws_millions_of_objects_is_one_message(tmp_path: Path) -> None:
    """62 KB drawing 6 million one-word lines: PDFium built 2.7 GB of page objects before any
    text could be counted, then aborted the process (SIGABRT, no message). The pages are now
    read in a child with a memory limit, so it ends as one error naming the file."""
    path = tmp_path / "objects.pdf"
    path.write_bytes(raw_pdf(text_lines(6_000_000)))
    assert path.stat().st_size < 100_000
    refused(path, "reading the PDF")


def test_a_pdf_read_behind_the_wall_gives_the_same_pages(tmp_path: Path) -> None:
    from mou_cli.library import isolate
    from mou_cli.readers import pdf as pdf_reader

    path = tmp_path / "small.pdf"
    path.write_bytes(raw_pdf(text_lines(40, b"Pasal 1 Para Pihak sepakat bekerja sama.")))
    here = pdf_reader.page_texts(path, "small.pdf")
    assert here[0].count("Pasal 1 Para Pihak") == 40
    limits = isolate.Limits(60, 1 << 30, "reading the PDF", "a PDF", "small.pdf")
    assert isolate.within(limits, pdf_reader.page_texts, path, "small.pdf") == here
    assert [c.text for c in read(path).chunks]  # read() goes through the wall
