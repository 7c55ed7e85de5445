"""User text is data: hostile values in every field come out exactly as typed, in both formats.

Each hostile value goes into every kind of field at once (party name, address, registration,
representative, background, goal, scope, responsibility, contribution, witness, title, place,
governing law), with a marker per field so each can be found. The Markdown and the DOCX must
show it exactly as typed (after the documented substitutions below), the same number of times
as an innocent value in the same field, and with the document's structure unchanged.

Documented substitutions (answers.py, writers/docx_xml.py, writers/markdown.py):
- on reading answers: control characters other than tab and newline are removed (with a
  warning naming the field), a tab becomes a space, CR and CRLF become a newline, and each
  value loses its leading and trailing whitespace;
- Markdown: each line of a value loses its leading and trailing spaces; in a table cell the
  lines of a value are joined with a space;
- DOCX: a newline is a line break; core properties are cut to 255 characters.
"""

from __future__ import annotations

import copy
import html
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ANSWERS
from lxml import etree
from markdown_it import MarkdownIt

from mou_cli import answers as answers_mod
from mou_cli.document.build import build
from mou_cli.document.embedded import read_embedded
from mou_cli.errors import AnswersError
from mou_cli.library.loader import load_library
from mou_cli.tree import Document, Para, Witness
from mou_cli.writers import docx as docx_writer
from mou_cli.writers import markdown

LIBRARY = load_library()
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LONG = ("Jl. Sudirman Kav. 52–53 🤝 中文 عربى, " * 400)[:10_000]

HOSTILE = {
    "jinja": "{{ 7*7 }} {% for x in range(10**9) %}x{% endfor %} {# c #} {{ parties[0].name }}",
    "jinja-raw": "{% raw %}{{ x }}{% endraw %} ${HOME} $(id) `id`",
    "markdown": "*bold* _it_ `code` **b** [link](http://x) ![img](x.png) <http://y>",
    "md-heading": "# heading",
    "md-list": "1. item",
    "md-bullet": "- item",
    "md-table": "| table | row |",
    "md-quote": "> quoted --- *** ___",
    "md-fence": "```python",
    "md-entity": "&amp; &lt; &#169; &copy; &#x0;",
    "backslash": "C:\\Users\\x\\ end \\",
    "xml": '<w:p/> </w:t></w:r></w:p> ]]> <![CDATA[x]]> <?xml version="1.0"?> \' " <script>',
    "multi-line": "line one\n# two\n| x | y |\n1. three\n- four\n> five",
    "control": "a\x00b\x07c\x1b[31mred\x7f\x0bv\x0cf end",
    "whitespace": "tab\there  double  spaces\r\nwindows\rold mac",
    "rtl": "שלום עולם مرحبا بالعالم \u202eevil\u202c \u200f",
    "zero-width": "zero\u200bwidth\u200djoiner\ufeffbom\u00adsoft",
    "astral": "🤝👩‍👩‍👧 𝕏𝔸 中文 𠀀𠀁 한국어 ไทย",
    "references": "see Article 2 and Pasal 3 ayat (1), Pasal 99",
    "long": LONG,
}

FieldSetter = Callable[[dict[str, Any], str], None]


def _witness(slot: str) -> FieldSetter:
    def put(d: dict[str, Any], v: str) -> None:
        ws = d.setdefault("signatures", {}).setdefault("witnesses", [])
        if not ws:
            ws.append({"name": "Saksi Satu", "title": "Notaris"})
        ws[0][slot] = v

    return put


def _background(d: dict[str, Any], v: str) -> None:
    d["background"] = [v, *d.get("background", [])[1:]]


FIELDS: dict[str, FieldSetter] = {
    "title": lambda d, v: d.__setitem__("title", v),
    "place": lambda d, v: d.__setitem__("place", v),
    "party name": lambda d, v: d["parties"][0].__setitem__("name", v),
    "address": lambda d, v: d["parties"][0].__setitem__("address", v),
    "registration": lambda d, v: d["parties"][0].__setitem__("registration", v),
    "representative": lambda d, v: d["parties"][0]["representative"].__setitem__("name", v),
    "representative title": lambda d, v: d["parties"][1]["representative"].__setitem__("title", v),
    "background": _background,
    "goal": lambda d, v: d["goals"][0].__setitem__("description", v),
    "scope": lambda d, v: d["scope"].__setitem__(0, v),
    "responsibility": lambda d, v: d["roles"][0]["responsibilities"].__setitem__(0, v),
    "contribution": lambda d, v: d["roles"][1]["contributions"][0].__setitem__("description", v),
    "witness": _witness("name"),
    "witness title": _witness("title"),
    "governing law": lambda d, v: d["dispute"].__setitem__("governing_law", v),
}
BASES = ["id-basic", "en-3party", "bilingual"]


def _base(name: str) -> dict[str, Any]:
    return yaml.safe_load((ANSWERS / f"{name}.yaml").read_text(encoding="utf-8"))


def _with(base: dict[str, Any], value: str | None) -> dict[str, Any]:
    """``base`` with every field set to ``value`` plus a marker (None: an innocent value)."""
    data = copy.deepcopy(base)
    for i, (field, setter) in enumerate(FIELDS.items()):
        setter(data, typed(field, value, i) if value is not None else innocent(i))
    return data


def typed(field: str, value: str, i: int) -> str:
    """The value typed into field number ``i``: a party name is at most 300 characters."""
    return f"{value[:280] if field == 'party name' else value} ⟦{i}⟧"


def innocent(i: int) -> str:
    return f"Nilai biasa ⟦{i}⟧"


def as_loaded(value: str) -> str:
    """What reading the answers makes of a typed value (the documented substitutions)."""
    text = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text).strip()


# --- reading the outputs back --------------------------------------------------------------------


def docx_paragraphs(data: bytes) -> list[str]:
    """Each paragraph's text as Word shows it: runs joined, tabs and breaks as \\t and \\n."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(f"{W}p"):
        parts = []
        for e in p.iter(f"{W}t", f"{W}tab", f"{W}br"):
            parts.append(e.text or "" if e.tag == f"{W}t" else "\t" if e.tag == f"{W}tab" else "\n")
        out.append("".join(parts))
    return out


def docx_shape(data: bytes) -> Counter[str]:
    """The structure: paragraphs, tables, rows, cells, bookmarks and each paragraph style.

    The cover is left out: it sets each line of the title block as its own paragraph, so a
    title or party name typed on several lines rightly takes several lines there.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    shape: Counter[str] = Counter()
    for tag in ("tbl", "tr", "tc", "bookmarkStart", "sectPr"):
        shape[tag] = sum(1 for _ in root.iter(f"{W}{tag}"))
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        name = style.get(f"{W}val") if style is not None else "(none)"
        if not name.startswith("Cover"):
            shape["p:" + name] += 1
    return shape


_MD = MarkdownIt("commonmark").enable("table")


def markdown_html(text: str) -> str:
    """The draft's body (after its front matter) as a CommonMark renderer with tables shows it."""
    body = text.split("\n---\n", 1)[1]
    return _MD.render(body)


def visible(shown: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", shown))


def html_shape(shown: str) -> Counter[str]:
    return Counter(m for m in re.findall(r"<([a-z0-9]+)", shown) if m != "br")


# --- the tests -----------------------------------------------------------------------------------


def _render(data: dict[str, Any]) -> tuple[Any, Document, str, bytes]:
    loaded = answers_mod.validate(data)
    doc = build(loaded.answers, LIBRARY)
    return loaded, doc, markdown.render(doc), docx_writer.render(doc)


@pytest.fixture(scope="module", params=BASES)
def plain(request: pytest.FixtureRequest) -> tuple[str, Document, str, bytes]:
    """Per base answers file: its name, tree, Markdown and DOCX with innocent values."""
    _, doc, md, data = _render(_with(_base(request.param), None))
    return request.param, doc, md, data


def same_markdown_shape(doc: Document, md: str, plain_doc: Document, plain_md: str) -> str:
    """Assert ``md`` has the structure of ``plain_md``; return its HTML.

    Each line of the title block is bold, so a title or party name typed on several lines
    adds bold lines: that many, and nothing else.
    """
    shown = markdown_html(md)
    shape, plain_shape = html_shape(shown), html_shape(markdown_html(plain_md))
    lines = sum(len(x) for x in doc.title_lines.values())
    plain_lines = sum(len(x) for x in plain_doc.title_lines.values())
    assert shape.pop("strong") - plain_shape.pop("strong") == lines - plain_lines
    assert shape == plain_shape
    return shown


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_values_in_every_field_are_printed_as_typed(
    plain: tuple[str, Document, str, bytes], kind: str
) -> None:
    base, plain_doc, plain_md, plain_docx = plain
    value = HOSTILE[kind]
    loaded, doc, md, data = _render(_with(_base(base), value))

    # DOCX: opens, same structure, each field's value exactly as loaded, as often as innocently.
    import docx

    assert docx.Document(io.BytesIO(data)).paragraphs
    assert docx_shape(data) == docx_shape(plain_docx)
    paras, plain_paras = docx_paragraphs(data), docx_paragraphs(plain_docx)
    # The cover sets the title block a line to a paragraph, some in capitals: count in the
    # whole text, case folded.
    folded, plain_folded = "\n".join(paras).casefold(), "\n".join(plain_paras).casefold()
    for i, field in enumerate(FIELDS):
        want = as_loaded(typed(field, value, i))
        assert any(want in p for p in paras), (base, field)
        count = folded.count(want.casefold())
        assert count == plain_folded.count(innocent(i).casefold()), (base, field)
    assert "49" not in "".join(p for p in paras if "⟦" in p).replace("2049", "")

    # The answers embedded in the DOCX and the Markdown front matter round-trip exactly.
    embedded = read_embedded(zipfile.ZipFile(io.BytesIO(data)))
    assert embedded is not None
    assert embedded["parties"][0]["address"] == as_loaded(f"{value} ⟦3⟧")

    # Markdown: the same structure, every line of every value visible as typed. Each line of
    # the title block is bold, so a title or name typed on several lines adds bold lines.
    text = visible(same_markdown_shape(doc, md, plain_doc, plain_md))
    for i, field in enumerate(FIELDS):
        for line in as_loaded(typed(field, value, i)).split("\n"):
            assert line.strip() in text, (base, field, line[:60])

    # Control characters were removed on reading, with a warning naming the fields.
    if kind == "control":
        assert any("parties[0].address: control characters removed" in w for w in loaded.warnings)


def test_lone_surrogate_in_answers_is_refused_naming_the_field(tmp_path: Path) -> None:
    text = (ANSWERS / "en-3party.yaml").read_text(encoding="utf-8")
    line = "address: 200 Wharf Street, Brisbane QLD 4000, Australia"
    assert line in text
    text = text.replace(line, 'address: "200 \\ud800 Wharf Street"', 1)
    path = tmp_path / "surrogate.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AnswersError) as info:
        answers_mod.load(path)
    (detail,) = info.value.details
    assert "parties[0].address" in detail and "not valid Unicode" in detail


def test_writers_substitute_what_they_cannot_hold() -> None:
    """A tree built in code (not from answers) may carry anything; the writers never fail."""
    doc = build(answers_mod.validate(_base("en-3party")).answers, LIBRARY)
    doc = copy.deepcopy(doc)
    bad = "A\x00B\x07C\ud800D\ufffeE\r\nF"
    doc.sections[-1].texts["en"].paras.append(Para(bad, [bad]))
    assert doc.signatures is not None
    doc.signatures.signatories[0].name = bad
    doc.signatures.witnesses = [Witness(bad, {"en": bad})]
    doc.meta["title"] = bad * 100  # longer than a core property may be
    data = docx_writer.render(doc)
    import docx

    opened = docx.Document(io.BytesIO(data))
    assert opened.core_properties.title.endswith("…")
    assert len(opened.core_properties.title) == docx_writer.PROPERTY_MAX
    paras = docx_paragraphs(data)
    assert sum(p.count("ABC\ufffdDE\nF") for p in paras) >= 4
    md = markdown.render(doc)
    md.encode("utf-8")  # no lone surrogate left
    assert "ABC\ufffdD\ufffeE" in md


def test_multi_line_names_do_not_break_the_signature_table() -> None:
    data = _base("en-3party")
    data["parties"][0]["name"] = "Harbourline\n| Logistics | Ltd"
    data["parties"][0]["representative"]["name"] = "Megan\n---\nDoyle"
    _, doc, md, _ = _render(data)
    _, plain_doc, plain_md, _ = _render(_base("en-3party"))
    shown = same_markdown_shape(doc, md, plain_doc, plain_md)
    assert "Harbourline | Logistics | Ltd" in visible(shown)
    assert "Megan --- Doyle" in visible(shown)


def _renamed(value: Any, old: str, new: str) -> Any:
    """``value`` with every string equal to ``old`` (a short name and its references) ``new``."""
    if isinstance(value, dict):
        return {k: _renamed(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, old, new) for v in value]
    return new if value == old else value


def test_checklist_table_keeps_its_shape_with_hostile_short_names() -> None:
    from mou_cli.document.checklist import checklist
    from mou_cli.writers.checklist_md import to_markdown

    data = _base("en-3party")
    data = _renamed(data, data["parties"][0]["short_name"], "Harbour\n| line |")
    del data["parties"][0]["contact"]  # so that a checklist row names the party
    a = answers_mod.validate(data).answers
    rows = checklist(a)
    shown = _MD.render(to_markdown(rows, "en", "Checklist"))
    assert shown.count("<tr>") == len(rows) + 1
    assert "Harbour | line |" in visible(shown)
