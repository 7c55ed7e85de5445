"""The Word redline (``mou_cli.writers.redline``): accepting every tracked change gives the new
version's text and rejecting every one gives the old version's, paragraph for paragraph, read
back from the XML by :func:`resolve` (Word's rules: a paragraph whose mark is removed joins the
next one; an inserted row goes on reject, a deleted one on accept)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from mou_cli.draft import Chunk, Draft, Loc
from mou_cli.errors import DraftError, OutputError
from mou_cli.readers import read
from mou_cli.writers.redline import redline_bytes, write_redline

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WHEN = dt.datetime(2027, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)


# --- reading a redline back ----------------------------------------------------------------


def main_xml(data: bytes, part: str = "word/document.xml") -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(part))


def _text(p: etree._Element) -> str:
    out = []
    for r in p.iter(f"{W}r"):
        rpr = r.find(f"{W}rPr")
        if rpr is not None and rpr.find(f"{W}vanish") is not None:
            continue
        for el in r:
            if el.tag in (f"{W}t", f"{W}delText"):
                out.append(el.text or "")
            elif el.tag in (f"{W}tab", f"{W}ptab"):
                out.append(" ")
            elif el.tag in (f"{W}br", f"{W}cr"):
                out.append("" if el.get(f"{W}type") == "page" else "\n")
            elif el.tag == f"{W}noBreakHyphen":
                out.append("-")
    return "".join(out)


def resolve(data: bytes, accept: bool) -> list[tuple[str, int | None]]:
    """(text, column) of every paragraph with text, as Word shows the redline ``data`` after
    accepting (or rejecting) all changes. ``column``: the cell's place in its row."""
    root = main_xml(data)
    removed, kept = ("del", "moveFrom"), ("ins", "moveTo")
    gone, kept = (removed, kept) if accept else (kept, removed)
    for tag in gone:
        for el in list(root.iter(f"{W}{tag}")):
            parent = el.getparent()
            if parent.tag == f"{W}rPr" and parent.getparent().tag == f"{W}pPr":
                continue  # a paragraph mark: below
            if parent.tag == f"{W}trPr":
                tr = parent.getparent()
                tr.getparent().remove(tr)
                continue
            parent.remove(el)
    for tag in kept:
        for el in list(root.iter(f"{W}{tag}")):
            parent = el.getparent()
            if parent.tag in (f"{W}rPr", f"{W}trPr"):
                parent.remove(el)
                continue
            for child in list(el):
                el.addprevious(child)
            parent.remove(el)
    for t in root.iter(f"{W}delText"):
        t.tag = f"{W}t"
    body = root.find(f"{W}body")
    paragraphs = [p for p in body.iter(f"{W}p") if next(p.iterancestors(f"{W}p"), None) is None]
    texts: dict[int, str] = {id(p): _text(p) for p in paragraphs}
    carried = ""
    out: list[tuple[str, int | None]] = []
    for p in paragraphs:
        text = carried + texts[id(p)]
        carried = ""
        marks = [m for tag in gone for m in p.findall(f"{W}pPr/{W}rPr/{W}{tag}")]
        nxt = p.getnext()
        while (
            nxt is not None and nxt.tag != f"{W}p" and nxt.tag.endswith(("RangeStart", "RangeEnd"))
        ):
            nxt = nxt.getnext()
        if marks and nxt is not None and nxt.tag == f"{W}p":
            carried = text  # the mark is gone: this paragraph runs on into the next
            continue
        if text.strip():
            tc = next(p.iterancestors(f"{W}tc"), None)
            col = None if tc is None else tc.getparent().findall(f"{W}tc").index(tc)
            out.append((text.strip(), col))
    return out


def docx_texts(path: Path) -> list[tuple[str, int | None]]:
    """The paragraphs with text of a DOCX as it is (no changes in it)."""
    return resolve(path.read_bytes(), accept=True)


def by_column(items: list[tuple[str, int | None]], col: int | None) -> list[str]:
    return [t for t, c in items if c == col]


MADE: dict[str, bytes] = {}  # every redline the tests below make, for LibreOffice to open


def check_roundtrip(
    red: bytes, old: list[tuple[str, int | None]], new: list[tuple[str, int | None]]
) -> None:
    MADE[f"r{len(MADE):02d}"] = red
    accepted, rejected = resolve(red, accept=True), resolve(red, accept=False)
    for col in {c for _, c in [*old, *new]}:
        assert by_column(accepted, col) == by_column(new, col), f"accept-all, column {col}"
        assert by_column(rejected, col) == by_column(old, col), f"reject-all, column {col}"


def ids_unique(data: bytes) -> None:
    root = main_xml(data)
    ids = [el.get(f"{W}id") for el in root.iter(f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")]
    assert len(ids) == len(set(ids))


# --- drafts made by mou ----------------------------------------------------------------------

EXAMPLES = Path(__file__).parent.parent / "examples"
# a renegotiation: more money, other shares, longer confidentiality and notice
EDITS = (
    ("amount: 650000000", "amount: 700000000"),
    ("percent: 60}", "percent: 55}"),
    ("percent: 40}", "percent: 45}"),
    ("confidentiality: {years: 3}", "confidentiality: {years: 5}"),
    ("notice_days: 60", "notice_days: 90"),
)


def make_draft(folder: Path, name: str, text: str) -> Path:
    """The DOCX ``mou new`` makes of the answers ``text``."""
    from mou_cli import answers
    from mou_cli.commands.drafting import draft

    src = folder / f"{name}.yaml"
    src.write_text(text, encoding="utf-8")
    d = draft(answers.load(src).answers, stem=folder / name, formats=("docx",))
    out = folder / f"{name}.docx"
    out.write_bytes(d.files[out])
    return out


def edited(text: str, edits: tuple[tuple[str, str], ...]) -> str:
    for a, b in edits:
        assert a in text, a
        text = text.replace(a, b)
    return text


@pytest.fixture(scope="module")
def mou_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("mou-pair")
    v1 = (EXAMPLES / "technology-id.yaml").read_text(encoding="utf-8")
    return make_draft(folder, "v1", v1), make_draft(folder, "v2", edited(v1, EDITS))


def test_accept_gives_new_and_reject_gives_old_on_mou_drafts(mou_pair: tuple[Path, Path]) -> None:
    v1, v2 = mou_pair
    red = redline_bytes(read(v1), read(v2), v2.read_bytes(), when=WHEN)
    old, new = docx_texts(v1), docx_texts(v2)
    assert len(old) > 150 and sum(a != b for a, b in zip(old, new, strict=True)) == 5
    check_roundtrip(red, old, new)
    ids_unique(red)
    root = main_xml(red)
    dels = "".join(t.text or "" for t in root.iter(f"{W}delText"))
    ins = "".join(t.text or "" for i in root.iter(f"{W}ins") for t in i.iter(f"{W}t"))
    assert "650.000.000" in dels and "700.000.000" in ins
    for el in root.iter(f"{W}ins", f"{W}del"):
        assert el.get(f"{W}author") == "mou"
        assert el.get(f"{W}date") == "2027-01-02T03:04:05Z"


def test_drafts_that_are_the_same_give_a_redline_without_changes(
    mou_pair: tuple[Path, Path],
) -> None:
    v1, _ = mou_pair
    red = redline_bytes(read(v1), read(v1), v1.read_bytes(), when=WHEN)
    root = main_xml(red)
    assert not list(root.iter(f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo"))
    assert resolve(red, accept=False) == docx_texts(v1)


def test_the_new_versions_package_is_kept(mou_pair: tuple[Path, Path]) -> None:
    """Styles, numbering, headers, footers and the embedded answers of the new version stay."""
    v1, v2 = mou_pair
    red = redline_bytes(read(v1), read(v2), v2.read_bytes(), when=WHEN)
    with zipfile.ZipFile(v2) as a, zipfile.ZipFile(io.BytesIO(red)) as b:
        for name in a.namelist():
            if name != "word/document.xml":
                assert a.read(name) == b.read(name), name
    assert read_back(red).answers == read(v2).answers


def read_back(data: bytes) -> Draft:
    from mou_cli.readers.docx import read_docx

    return read_docx(io.BytesIO(data), "redline.docx", 50_000_000)


# --- hand-written pairs (python-docx) ----------------------------------------------------------


def write_docx(path: Path, paragraphs: list[str | tuple[str, ...]], bold: str = "") -> Path:
    """A DOCX of plain paragraphs (a tuple is a table row, one cell per item); the word
    ``bold`` is set in bold wherever it appears."""
    import docx

    d = docx.Document()
    for item in paragraphs:
        if isinstance(item, tuple):
            table = d.add_table(rows=1, cols=len(item))
            for cell, text in zip(table.rows[0].cells, item, strict=True):
                cell.paragraphs[0].text = text
            continue
        p = d.add_paragraph()
        parts = re.split(f"({re.escape(bold)})", item) if bold else [item]
        for part in parts:
            if part:
                run = p.add_run(part)
                if part == bold:
                    run.bold = True
    d.save(str(path))
    return path


def redline_of(tmp_path: Path, old: list, new: list, **kw: object) -> tuple[bytes, Path, Path]:
    a = write_docx(tmp_path / "old.docx", old, **kw)  # type: ignore[arg-type]
    b = write_docx(tmp_path / "new.docx", new, **kw)  # type: ignore[arg-type]
    out = tmp_path / "red.docx"
    write_redline(read(a), read(b), b, out, when=WHEN)
    return out.read_bytes(), a, b


OLD_TEXT = [
    "Article 1 Purpose",
    "The Parties will cooperate on the training of rural health workers in Sulawesi.",
    "Article 2 Term",
    "This agreement runs for 2 (two) years from the date of signing.",
    "Article 3 Costs",
    "Each Party bears its own costs of carrying out this agreement.",
]


def test_a_hand_written_pair_round_trips_and_keeps_bold(tmp_path: Path) -> None:
    new = list(OLD_TEXT)
    new[3] = "This agreement runs for 3 (three) years from the date of signing by the Parties."
    new[5] = (
        "Each Party bears its own costs, and the Parties share the costs of the joint workshop."
    )
    new.insert(4, "Either Party may end this agreement with 60 days' written notice.")
    del new[0:2]
    red, a, b = redline_of(tmp_path, OLD_TEXT, new, bold="Parties")
    check_roundtrip(red, docx_texts(a), docx_texts(b))
    root = main_xml(red)
    ins_runs = [r for i in root.iter(f"{W}ins") for r in i.iter(f"{W}r")]
    kept_bold = [
        r
        for r in root.iter(f"{W}r")
        if r.find(f"{W}rPr/{W}b") is not None and r.getparent().tag != f"{W}del"
    ]
    # "Parties" stays bold wherever it was, inserted or kept; plain text stays plain
    assert kept_bold and all("Parties" in "".join(r.itertext()) for r in kept_bold)
    assert any(r.find(f"{W}rPr/{W}b") is None for r in ins_runs)
    # the removed paragraphs come back as deleted paragraphs, marks included
    dead = [p for p in root.iter(f"{W}p") if p.find(f"{W}pPr/{W}rPr/{W}del") is not None]
    assert ["".join(p.itertext()) for p in dead] == OLD_TEXT[0:2]


def test_a_moved_article_is_a_move(tmp_path: Path) -> None:
    new = [*OLD_TEXT[2:4], *OLD_TEXT[0:2], *OLD_TEXT[4:]]
    red, a, b = redline_of(tmp_path, OLD_TEXT, new)
    check_roundtrip(red, docx_texts(a), docx_texts(b))
    root = main_xml(red)
    moved_from = [
        "".join(el.itertext()) for el in root.iter(f"{W}moveFrom") if el.getparent().tag == f"{W}p"
    ]
    moved_to = [
        "".join(el.itertext()) for el in root.iter(f"{W}moveTo") if el.getparent().tag == f"{W}p"
    ]
    assert moved_from == moved_to and len(moved_from) == 2
    starts = {el.get(f"{W}name") for el in root.iter(f"{W}moveFromRangeStart")}
    assert starts == {el.get(f"{W}name") for el in root.iter(f"{W}moveToRangeStart")} != set()
    assert not list(root.iter(f"{W}ins")) and not list(root.iter(f"{W}del"))
    ids_unique(red)


def test_a_cosmetic_edit_is_tracked_word_by_word(tmp_path: Path) -> None:
    new = list(OLD_TEXT)
    new[1] = "The Parties will co-operate on the training of rural health workers in Sulawesi"
    red, a, b = redline_of(tmp_path, OLD_TEXT, new)
    check_roundtrip(red, docx_texts(a), docx_texts(b))
    root = main_xml(red)
    assert ["".join(d.itertext()) for d in root.iter(f"{W}del")] == ["cooperate", "."]
    assert ["".join(i.itertext()) for i in root.iter(f"{W}ins")] == ["co-operate"]


@pytest.mark.parametrize("side", ["old", "new"])
def test_an_empty_side(tmp_path: Path, side: str) -> None:
    old, new = (
        (["Article 1 Purpose"], OLD_TEXT) if side == "old" else (OLD_TEXT, ["Article 1 Purpose"])
    )
    red, a, b = redline_of(tmp_path, old, new)
    check_roundtrip(red, docx_texts(a), docx_texts(b))
    # nothing at all on one side: the Draft holds no paragraph
    empty = Draft(path="empty.md", source_format="md", chunks=[], articles=[], langs=())
    full = read(b)
    red2 = redline_bytes(empty, full, b.read_bytes(), when=WHEN)
    assert resolve(red2, accept=False) == [] and resolve(red2, accept=True) == docx_texts(b)
    red3 = redline_bytes(full, empty, None, when=WHEN)
    assert resolve(red3, accept=True) == [] and resolve(red3, accept=False) == docx_texts(b)


HOSTILE = 'Fee <b>&amp; "costs"</b> ]]> {{ 7*7 }} \x1b[31m\x07 & <w:p/>'


def test_hostile_text_is_data(tmp_path: Path) -> None:
    chunks = [Chunk(text=t, loc=Loc(line=i + 1)) for i, t in enumerate(["Article 1", HOSTILE])]
    old = Draft(path="old.md", source_format="md", chunks=chunks, articles=[], langs=("en",))
    new_chunks = [
        Chunk(text="Article 1", loc=Loc(line=1)),
        Chunk(text=HOSTILE + " more", loc=Loc(line=2)),
    ]
    new = Draft(path="new.md", source_format="md", chunks=new_chunks, articles=[], langs=("en",))
    red = redline_bytes(old, new, None, author='<mou & "co">\x00', when=WHEN, note=lambda a, b: b)
    clean = HOSTILE.replace("\x1b", "").replace("\x07", "")
    assert resolve(red, accept=False) == [("Article 1", None), (clean.strip(), None)]
    assert resolve(red, accept=True) == [("Article 1", None), (clean + " more", None)]
    root = main_xml(red)
    assert {el.get(f"{W}author") for el in root.iter(f"{W}ins")} == {'<mou & "co">'}
    comments = main_xml(red, "word/comments.xml")
    assert "".join(comments.itertext()).endswith(clean + " more")


def test_no_docx_gives_a_plain_one(tmp_path: Path) -> None:
    old = tmp_path / "old.md"
    new = tmp_path / "new.md"
    old.write_text(
        "# Kerja Sama\n\n## Pasal 1 Maksud\n\nPARA PIHAK sepakat bekerja sama.\n", encoding="utf-8"
    )
    new.write_text(
        "# Kerja Sama\n\n## Pasal 1 Maksud\n\nPARA PIHAK sepakat untuk bekerja sama.\n",
        encoding="utf-8",
    )
    red = redline_bytes(read(old), read(new), None, when=WHEN)
    texts = [c.text for c in read(new).chunks]
    assert [t for t, _ in resolve(red, accept=True)] == texts
    assert [t for t, _ in resolve(red, accept=False)] == [c.text for c in read(old).chunks]
    assert ["".join(i.itertext()) for i in main_xml(red).iter(f"{W}ins")] == ["untuk "]


def test_comments_carry_the_note(tmp_path: Path) -> None:
    new = list(OLD_TEXT)
    new[3] = "This agreement runs for 3 (three) years from the date of signing."
    a = write_docx(tmp_path / "a.docx", OLD_TEXT)
    b = write_docx(tmp_path / "b.docx", new)
    seen: list[tuple[str, str]] = []

    def note(old: str, new: str) -> str:
        seen.append((old, new))
        return "substantive: number"

    red = redline_bytes(read(a), read(b), b.read_bytes(), author="Legal", when=WHEN, note=note)
    assert seen == [(OLD_TEXT[3], new[3])]
    with zipfile.ZipFile(io.BytesIO(red)) as z:
        types = z.read("[Content_Types].xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert "/word/comments.xml" in types and "comments+xml" in types
    assert 'Target="comments.xml"' in rels
    comments = main_xml(red, "word/comments.xml").findall(f"{W}comment")
    assert [c.get(f"{W}author") for c in comments] == ["Legal"]
    cid = comments[0].get(f"{W}id")
    root = main_xml(red)
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert [el.get(f"{W}id") for el in root.iter(f"{W}{tag}")] == [cid]
    check_roundtrip(red, docx_texts(a), docx_texts(b))


def test_an_existing_output_is_not_replaced(tmp_path: Path) -> None:
    a = write_docx(tmp_path / "a.docx", OLD_TEXT)
    out = tmp_path / "red.docx"
    out.write_bytes(b"keep me")
    with pytest.raises(OutputError, match="already exists"):
        write_redline(read(a), read(a), a, out)
    assert out.read_bytes() == b"keep me"
    write_redline(read(a), read(a), a, out, force=True)
    assert zipfile.is_zipfile(out)


def test_a_failure_leaves_no_file(tmp_path: Path) -> None:
    a = write_docx(tmp_path / "a.docx", OLD_TEXT)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip at all")
    out = tmp_path / "red.docx"
    with pytest.raises(DraftError, match=r"broken\.docx"):
        write_redline(read(a), read(a), broken, out)
    assert not out.exists()


# --- bilingual drafts: two columns ----------------------------------------------------------

BILINGUAL_EDITS = (
    ("amount: 85000", "amount: 95000"),  # both columns
    ("{id: Melatih teknisi Mitra Alsintan,", "{id: Melatih dan menguji teknisi Mitra Alsintan,"),
    (
        "  - {id: Demonstrasi lapangan dan pelatihan operator, en: Field demonstrations and operator training}\n",
        "",
    ),
)


def test_a_bilingual_pair_round_trips_column_by_column(tmp_path: Path) -> None:
    text = (EXAMPLES / "distribution-id-en.yaml").read_text(encoding="utf-8")
    v1 = make_draft(tmp_path, "v1", text)
    v2 = make_draft(tmp_path, "v2", edited(text, BILINGUAL_EDITS))
    red = redline_bytes(read(v1), read(v2), v2.read_bytes(), when=WHEN)
    old, new = docx_texts(v1), docx_texts(v2)
    assert {c for _, c in old} == {None, 0, 1}
    check_roundtrip(red, old, new)
    root = main_xml(red)
    # the edit made in Indonesian only is tracked in the Indonesian column only
    for ins in root.iter(f"{W}ins"):
        if "".join(ins.itertext()).strip() == "dan menguji":
            tc = next(ins.iterancestors(f"{W}tc"))
            assert tc.getparent().findall(f"{W}tc").index(tc) == 0
            break
    else:
        pytest.fail("the Indonesian-only insertion is missing")
    # a removed scope item is struck in each column, each language in its own column
    for d in root.iter(f"{W}p"):
        if d.find(f"{W}pPr/{W}rPr/{W}del") is None:
            continue
        text = "".join(d.itertext())
        tc = next(d.iterancestors(f"{W}tc"))
        col = tc.getparent().findall(f"{W}tc").index(tc)
        assert ("Demonstrasi" in text and col == 0) or ("Field demonstrations" in text and col == 1)


def test_a_new_row_is_an_inserted_row(tmp_path: Path) -> None:
    old = [
        ("Pasal 1 Maksud", "Article 1 Purpose"),
        ("Para pihak bekerja sama.", "The parties cooperate."),
    ]
    new = [
        old[0],
        ("Pasal 2 Biaya ditanggung masing-masing pihak", "Article 2 Each party bears its costs"),
        old[1],
    ]
    red, a, b = redline_of(tmp_path, old, new)
    check_roundtrip(red, docx_texts(a), docx_texts(b))
    rows = [tr for tr in main_xml(red).iter(f"{W}tr") if tr.find(f"{W}trPr/{W}ins") is not None]
    assert len(rows) == 1 and "Pasal 2" in "".join(rows[0].itertext())


# --- LibreOffice opens every redline made above -----------------------------------------------


def test_libreoffice_opens_every_redline(tmp_path: Path) -> None:
    import subprocess

    from mou_cli.writers.pdf import find_soffice

    soffice = find_soffice()
    if soffice is None:  # CI installs LibreOffice; a developer without it is told so
        pytest.fail("LibreOffice (soffice) is needed: apt-get install libreoffice-writer")
    a = write_docx(tmp_path / "a.docx", OLD_TEXT)
    b = write_docx(tmp_path / "b.docx", [*OLD_TEXT[2:], *OLD_TEXT[:2], "A new closing line."])
    made = dict(MADE)
    made["own"] = redline_bytes(read(a), read(b), b.read_bytes(), when=WHEN, note=lambda o, n: "x")
    names = []
    for name, data in made.items():
        (tmp_path / f"{name}.docx").write_bytes(data)
        names.append(str(tmp_path / f"{name}.docx"))
    profile = tmp_path / "profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *names],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    for name in made:
        pdf = tmp_path / "pdf" / f"{name}.pdf"
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), name
