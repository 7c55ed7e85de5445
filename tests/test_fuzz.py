"""Fuzzing the readers: whatever bytes `mou check` is given, it reads them or says why not.

Hypothesis drives random bytes and mutations of real drafts (flipped bytes, truncation,
shuffled, dropped or damaged zip parts, XML elements deleted or duplicated, Markdown lines
spliced and shuffled). ``mou_cli.readers.read`` must return a draft or raise ``DraftError``;
any other exception is a bug. Drafts that read are then checked by every rule, and no rule may
crash (an ``internal-error`` finding). Derandomized and bounded (~20 s), so CI is stable;
``MOU_FUZZ_SCALE=20`` hunts longer with fresh examples.
"""

from __future__ import annotations

import io
import os
import random
import tempfile
import time
import zipfile
from pathlib import Path

from conftest import load_answers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from mou_cli.check.config import Config
from mou_cli.check.runner import check_draft
from mou_cli.document.build import build
from mou_cli.errors import DraftError
from mou_cli.library.loader import load_library
from mou_cli.readers import read
from mou_cli.writers import docx as docx_writer
from mou_cli.writers import markdown

# MOU_FUZZ_SCALE=20 runs twenty times the examples, with fresh random ones: a longer hunt.
SCALE = int(os.environ.get("MOU_FUZZ_SCALE", "0") or 0)


def fuzz_settings(n: int):
    return settings(
        max_examples=n * max(SCALE, 1),
        deadline=None,
        derandomize=not SCALE,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _drafts() -> dict[str, tuple[bytes, bytes]]:
    out = {}
    library = load_library()
    for name in ("id-basic", "bilingual"):
        doc = build(load_answers(name), library)
        out[name] = (markdown.render(doc).encode(), docx_writer.render(doc))
    return out


DRAFTS = _drafts()
NAMES = st.sampled_from(sorted(DRAFTS))  # a name, so a failing example prints short
CONFIG = Config()


def read_or_refuse(data: bytes, suffix: str) -> None:
    """Read ``data`` as a file with ``suffix``: a draft (then checked) or a DraftError."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            draft = read(path)
        except DraftError as exc:
            assert str(path) in exc.message
            return
    crashed = [f.message for f in check_draft(draft, CONFIG) if f.rule == "MOU-X001"]
    assert not crashed, crashed


# --- random bytes -------------------------------------------------------------------------------


@fuzz_settings(60)
@given(st.binary(max_size=4096), st.sampled_from([".md", ".txt", ".docx"]))
def test_random_bytes(data: bytes, suffix: str) -> None:
    read_or_refuse(data, suffix)


@fuzz_settings(40)
@given(st.text(max_size=3000), st.sampled_from([".md", ".txt"]))
def test_random_text(text: str, suffix: str) -> None:
    read_or_refuse(text.encode("utf-8", "surrogatepass"), suffix)


# --- mutated DOCX -------------------------------------------------------------------------------


def _entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in entries:
            z.writestr(name, blob)
    return buf.getvalue()


@fuzz_settings(40)
@given(
    NAMES,
    st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=8),
)
def test_docx_with_flipped_bytes(name: str, flips: list[tuple[int, int]]) -> None:
    blob = bytearray(DRAFTS[name][1])
    for at, value in flips:
        blob[at % len(blob)] = value
    read_or_refuse(bytes(blob), ".docx")


@fuzz_settings(25)
@given(NAMES, st.floats(0, 1, exclude_max=True))
def test_truncated_docx(name: str, fraction: float) -> None:
    data = DRAFTS[name][1]
    read_or_refuse(data[: int(len(data) * fraction)], ".docx")


@fuzz_settings(15)
@given(NAMES, st.randoms(use_true_random=False))
def test_shuffled_zip_entries_read_the_same(name: str, rnd: random.Random) -> None:
    """Order inside the zip carries no meaning: a shuffled DOCX reads exactly the same."""
    data = DRAFTS[name][1]
    entries = _entries(data)
    rnd.shuffle(entries)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.docx", Path(tmp) / "b.docx"
        a.write_bytes(data)
        b.write_bytes(_zip(entries))
        first, second = read(a), read(b)
    assert [(x.number, x.title) for x in first.articles] == [
        (x.number, x.title) for x in second.articles
    ]
    assert first.answers == second.answers


@fuzz_settings(30)
@given(NAMES, st.data())
def test_docx_with_a_part_dropped_or_damaged(name: str, pick: st.DataObject) -> None:
    entries = _entries(DRAFTS[name][1])
    i = pick.draw(st.integers(0, len(entries) - 1))
    part, blob = entries[i]
    how = pick.draw(st.sampled_from(["drop", "random", "truncate", "flip", "empty"]))
    if how == "drop":
        del entries[i]
    elif how == "random":
        entries[i] = (part, pick.draw(st.binary(max_size=2000)))
    elif how == "truncate":
        entries[i] = (part, blob[: pick.draw(st.integers(0, len(blob)))])
    elif how == "empty":
        entries[i] = (part, b"")
    else:
        at = pick.draw(st.integers(0, max(0, len(blob) - 1)))
        entries[i] = (part, blob[:at] + pick.draw(st.binary(min_size=1, max_size=8)) + blob[at:])
    read_or_refuse(_zip(entries), ".docx")


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@fuzz_settings(30)
@given(NAMES, st.data())
def test_docx_with_elements_moved(name: str, pick: st.DataObject) -> None:
    """Valid XML, odd structure: paragraphs, runs, tables and cells deleted, doubled, emptied."""
    entries = _entries(DRAFTS[name][1])
    k = next(i for i, (n, _) in enumerate(entries) if n == "word/document.xml")
    root = etree.fromstring(entries[k][1])
    nodes = [e for e in root.iter() if isinstance(e.tag, str) and e.getparent() is not None]
    for _ in range(pick.draw(st.integers(1, 6))):
        node = nodes[pick.draw(st.integers(0, len(nodes) - 1))]
        parent = node.getparent()
        if parent is None:
            continue
        how = pick.draw(st.sampled_from(["delete", "double", "empty", "text", "attr"]))
        if how == "delete":
            parent.remove(node)
        elif how == "double":
            node.addnext(etree.fromstring(etree.tostring(node)))
        elif how == "empty":
            for child in list(node):
                node.remove(child)
        elif how == "text":
            node.text = pick.draw(st.sampled_from(["Pasal 1", "Article 99", "", "(1)", "x" * 500]))
        else:
            for key in list(node.attrib):
                node.set(key, pick.draw(st.sampled_from(["", "-1", "999999999", "abc"])))
    entries[k] = ("word/document.xml", etree.tostring(root))
    read_or_refuse(_zip(entries), ".docx")


# --- mutated Markdown ---------------------------------------------------------------------------


@fuzz_settings(30)
@given(NAMES, st.randoms(use_true_random=False), st.text(max_size=200))
def test_markdown_lines_shuffled_and_spliced(name: str, rnd: random.Random, extra: str) -> None:
    lines = DRAFTS[name][0].decode().split("\n")
    for _ in range(rnd.randint(1, 6)):
        how = rnd.choice(["swap", "drop", "insert", "cut"])
        i, j = rnd.randrange(len(lines)), rnd.randrange(len(lines))
        if how == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif how == "drop" and len(lines) > 1:
            del lines[i]
        elif how == "insert":
            lines.insert(i, extra)
        else:
            lines[i] = lines[i][: rnd.randint(0, len(lines[i]))]
    read_or_refuse("\n".join(lines).encode("utf-8", "surrogatepass"), ".md")


@fuzz_settings(20)
@given(NAMES, st.integers(0, 10**6), st.binary(min_size=1, max_size=16))
def test_markdown_with_bytes_inserted(name: str, at: int, junk: bytes) -> None:
    data = DRAFTS[name][0]
    at %= len(data)
    read_or_refuse(data[:at] + junk + data[at:], ".md")


# --- one structured fuzzer per reader -----------------------------------------------------------
# Drafts built from what each format is made of (headings, lists, tables, directives, front
# matter; numbering, styles, comments, tracked changes, content controls), with hostile values
# mixed in: each must read as a draft or be refused with a DraftError, and quickly.

READ_SECONDS = 10  # a draft of a few KB reads in milliseconds: this only catches a blow-up

_WORDS = st.sampled_from(
    ["Pasal", "Article", "BAB", "PIHAK PERTAMA", "bahwa", "WHEREAS", "[●]", "{{ x }}",
     "<<Nama>>", "Rp 1.000.000", "(satu juta rupiah)", "30 (tiga puluh) hari", "XXX", "TBD",
     "Demikian", "IN WITNESS WHEREOF", "Lampiran", "mou: disable=MOU-C005", "dan", "the",
     "1.", "a.", "(2)", "iv.", "- 3 -", "Halaman 2", "Page 3 of 10", "...", "_" * 40, "é",
     "中文", "\u200b", "\t", "<!--", "-->", "{{", "}}", "|", "*", "#", "&amp;", "\\"]
)  # fmt: skip
_NUMBERS = st.sampled_from(
    ["0", "1", "2", "8", "9", "-1", "32768", "999999999", "1" + "0" * 30, "9" * 5000, "abc",
     "", " 3 ", "٣", "1e3", "0x10"]
)  # fmt: skip
_MD_HTML = ["<!-- {t} -->", "<!-- mou: disable=MOU-C005 -->", "<div>", "<br>", "<u>{t}</u>",
            "<!--", "-->"]  # fmt: skip
_TXT_LINES = st.sampled_from(
    ["", "", "Pasal {n}", "BAB {r}", "ARTICLE {r}", "{n}. {t}", "{a}. {t}", "({n}) {t}",
     "- {n} -", "Halaman {n}", "Page {n} of 9", "bahwa {t};", "WHEREAS {t}", "NOW, THEREFORE",
     "IN WITNESS WHEREOF", "PIHAK PERTAMA        PIHAK KEDUA", "mou: disable={t}",
     "<!-- mou: disable=MOU-C005 -->", "{t}", "{t}", "{T}"]
)  # fmt: skip
_FORMATS = st.sampled_from(
    ["decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal",
     "cardinalText", "ordinalText", "decimalZero", "bullet", "none", "chicago", "x"]
)  # fmt: skip
_LEVEL_TEXTS = st.sampled_from(["%1.", "Pasal %1", "%1.%2.%3", "(%9)", "%1" * 40, ""])
_STYLE_NAMES = st.sampled_from(["heading 1", "Title", "toc 1", "Normal", "x"])
_COMMENTS = st.sampled_from(["mou: disable=MOU-C005", "mou: disable-file=all", "Cek", ""])
_TARGETS = st.sampled_from(
    ["word/document.xml", "/word/document.xml", "word/DOCUMENT.xml",
     "./word/../word/document.xml", "word/missing.xml", ""]
)  # fmt: skip
_WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="{}"/></Relationships>'
)


_CHARS = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=12) | st.text(max_size=4)


def _line(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(_WORDS | _CHARS, min_size=1, max_size=12)))


@st.composite
def markdown_drafts(draw: st.DrawFn) -> str:
    blocks = []
    if draw(st.booleans()):
        yaml_text = draw(st.sampled_from(["mou: {answers: {a: 1}}", "mou: [", "x: *a", "- 1"]))
        blocks.append(f"---\n{yaml_text}\n---")
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.sampled_from(["h", "p", "ul", "ol", "table", "html", "quote", "code"]))
        text = _line(draw)
        if kind == "h":
            blocks.append("#" * draw(st.integers(1, 7)) + " " + text)
        elif kind in ("ul", "ol"):
            marks = ["-", "*", "+"] if kind == "ul" else ["1.", "2)", "a.", "(1)"]
            items = draw(st.lists(st.sampled_from(marks), min_size=1, max_size=5))
            indent = " " * draw(st.integers(0, 6))
            blocks.append("\n".join(f"{indent}{m} {_line(draw)}" for m in items))
        elif kind == "table":
            cols = draw(st.integers(1, 4))
            row = "| " + " | ".join(_line(draw) for _ in range(cols)) + " |"
            blocks.append("\n".join([row, "|" + "---|" * cols, row]))
        elif kind == "html":
            blocks.append(draw(st.sampled_from(_MD_HTML)).format(t=text))
        elif kind == "quote":
            blocks.append("> " + text)
        elif kind == "code":
            blocks.append("```\n" + text + "\n```" if draw(st.booleans()) else "    " + text)
        else:
            blocks.append(text)
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join(b.replace("\n", newline) for b in blocks) + newline


@st.composite
def text_drafts(draw: st.DrawFn) -> bytes:
    lines = []
    for _ in range(draw(st.integers(1, 40))):
        n = draw(st.integers(0, 10**6))
        roman = draw(st.sampled_from(["I", "IV", "XL", "MMM"]))
        letter = draw(st.sampled_from("abcxyz"))
        t = _line(draw)
        lines.append(draw(_TXT_LINES).format(n=n, r=roman, a=letter, t=t, T=t.upper()))
    text = draw(st.sampled_from(["\n", "\r\n", "\r", "\f\n"])).join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _xml_text(draw: st.DrawFn) -> str:
    """A line of text XML can hold (no control characters, surrogates or non-characters)."""
    text = "".join(
        c
        for c in _line(draw)
        if (c in "\t\n\r" or c >= " ")
        and not 0xD800 <= ord(c) <= 0xDFFF
        and c not in "\ufffe\uffff"
    )
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _run(draw: st.DrawFn) -> str:
    rpr = draw(st.sampled_from(["", "<w:b/>", '<w:b w:val="0"/>', "<w:vanish/>"]))
    body = draw(
        st.sampled_from(
            ["t", "t", "<w:tab/>", "<w:br/>", '<w:br w:type="page"/>', "<w:noBreakHyphen/>"]
        )
    )
    if body == "t":
        body = f'<w:t xml:space="preserve">{_xml_text(draw)}</w:t>'
    run = f"<w:r><w:rPr>{rpr}</w:rPr>{body}</w:r>"
    wrap = draw(st.sampled_from(["", "", "ins", "del", "moveFrom", "moveTo"]))
    return f'<w:{wrap} w:id="1">{run}</w:{wrap}>' if wrap else run


def _paragraph(draw: st.DrawFn) -> str:
    ppr = ""
    if draw(st.booleans()):
        ppr += f'<w:pStyle w:val="{draw(st.sampled_from(["s0", "s1", "s2", "Heading1", "x"]))}"/>'
    if draw(st.booleans()):
        ilvl, num = _attr(draw(_NUMBERS)), _attr(draw(_NUMBERS))
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
    if draw(st.booleans()):
        ppr += f'<w:outlineLvl w:val="{_attr(draw(_NUMBERS))}"/>'
    marks = "".join(
        f"<w:{draw(st.sampled_from(['commentRangeStart', 'commentRangeEnd', 'commentReference']))}"
        f' w:id="{draw(st.integers(0, 3))}"/>'
        for _ in range(draw(st.integers(0, 2)))
    )
    runs = "".join(_run(draw) for _ in range(draw(st.integers(0, 4))))
    return f"<w:p><w:pPr>{ppr}</w:pPr>{marks}{runs}</w:p>"


def _body(draw: st.DrawFn, depth: int) -> str:
    out = []
    for _ in range(draw(st.integers(1, 8 if depth == 0 else 3))):
        kind = draw(st.sampled_from(["p", "p", "p", "tbl", "sdt", "ins"] if depth < 3 else ["p"]))
        if kind == "p":
            out.append(_paragraph(draw))
        elif kind == "tbl":
            rows = []
            for _ in range(draw(st.integers(1, 3))):
                cells = "".join(
                    f'<w:tc><w:tcPr><w:gridSpan w:val="{_attr(draw(_NUMBERS))}"/></w:tcPr>'
                    f"{_body(draw, depth + 1)}</w:tc>"
                    for _ in range(draw(st.integers(1, 3)))
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            out.append(f"<w:tbl>{''.join(rows)}</w:tbl>")
        elif kind == "sdt":
            out.append(f"<w:sdt><w:sdtContent>{_body(draw, depth + 1)}</w:sdtContent></w:sdt>")
        else:
            out.append(f'<w:ins w:id="2">{_body(draw, depth + 1)}</w:ins>')
    return "".join(out)


def _numbering(draw: st.DrawFn) -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{_attr(draw(_NUMBERS))}"><w:start w:val="{_attr(draw(_NUMBERS))}"/>'
        f'<w:numFmt w:val="{draw(_FORMATS)}"/><w:lvlText w:val="{draw(_LEVEL_TEXTS)}"/>'
        f'<w:lvlRestart w:val="{_attr(draw(_NUMBERS))}"/>'
        f"{'<w:isLgl/>' if draw(st.booleans()) else ''}</w:lvl>"
        for _ in range(draw(st.integers(0, 4)))
    )
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{_attr(draw(_NUMBERS))}">'
        f'<w:startOverride w:val="{_attr(draw(_NUMBERS))}"/></w:lvlOverride>'
        for _ in range(draw(st.integers(0, 2)))
    )
    nums = "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="{draw(st.sampled_from("01x"))}"/>'
        f"{overrides}</w:num>"
        for n in range(1, draw(st.integers(1, 4)))
    )
    return (
        f'<w:numbering {_WNS}><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>'
        f"{nums}</w:numbering>"
    )


def _styles(draw: st.DrawFn) -> str:
    styles = "".join(
        f'<w:style w:styleId="s{i}"><w:name w:val="{draw(_STYLE_NAMES)}"/>'
        f'<w:basedOn w:val="s{draw(st.integers(0, 3))}"/>'  # chains, loops included
        f'<w:pPr><w:outlineLvl w:val="{_attr(draw(_NUMBERS))}"/><w:jc w:val="center"/></w:pPr>'
        "</w:style>"
        for i in range(draw(st.integers(0, 4)))
    )
    return f"<w:styles {_WNS}>{styles}</w:styles>"


@st.composite
def docx_drafts(draw: st.DrawFn) -> bytes:
    comments = "".join(
        f'<w:comment w:id="{i}"><w:p><w:r><w:t>{draw(_COMMENTS)}</w:t></w:r></w:p></w:comment>'
        for i in range(draw(st.integers(0, 3)))
    )
    parts = {
        "[Content_Types].xml": "<Types/>",
        "_rels/.rels": _RELS.format(draw(_TARGETS) if draw(st.booleans()) else "word/document.xml"),
        "word/document.xml": f"<w:document {_WNS}><w:body>{_body(draw, 0)}</w:body></w:document>",
        "word/numbering.xml": _numbering(draw),
        "word/styles.xml": _styles(draw),
        "word/comments.xml": f"<w:comments {_WNS}>{comments}</w:comments>",
        "word/header1.xml": f"<w:hdr {_WNS}>{_paragraph(draw)}</w:hdr>",
    }
    if draw(st.integers(0, 3)) == 0:
        del parts[draw(st.sampled_from(sorted(parts)))]  # a part missing
    return _zip([(name, xml.encode()) for name, xml in parts.items()])


def _timed_read(data: bytes, suffix: str) -> None:
    start = time.perf_counter()
    read_or_refuse(data, suffix)
    assert time.perf_counter() - start < READ_SECONDS


@fuzz_settings(60)
@given(markdown_drafts())
def test_fuzz_markdown_reader(text: str) -> None:
    _timed_read(text.encode("utf-8", "surrogatepass"), ".md")


@fuzz_settings(60)
@given(text_drafts())
def test_fuzz_text_reader(data: bytes) -> None:
    _timed_read(data, ".txt")


@fuzz_settings(60)
@given(docx_drafts())
def test_fuzz_docx_reader(data: bytes) -> None:
    _timed_read(data, ".docx")
