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
