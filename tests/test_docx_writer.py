"""The DOCX writer, read back: styles, Word numbering, page furniture, properties, annex.
(The signature table: test_docx_signatures.py.)"""

from __future__ import annotations

import copy
import io
import json
import re
import zipfile

import pytest
import yaml
from docx_helpers import NS, Read, W, answers_for, document, rendered
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import answers as any_answers

from mou_cli import answers, words
from mou_cli.document.checklist import checklist
from mou_cli.document.embedded import check_json, dump_answers, read_embedded, read_embedded_facts
from mou_cli.document.facts import facts_of_model
from mou_cli.errors import MouError
from mou_cli.writers import docx as writer
from mou_cli.writers.docx_styles import PARAGRAPH, TABLE, style_id

ID, EN = "technology-id", "joint_venture-en"


# -- styles -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [ID, EN])
def test_every_named_style_is_defined(name):
    r = rendered(name)
    for spec in (*PARAGRAPH, *TABLE):
        assert r.styles[style_id(spec.name)].name == spec.name


def test_normal_is_a_justified_serif_body_in_the_document_language():
    r = rendered(ID)
    normal = r.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.paragraph_format.alignment == 3  # justified
    lang = normal.element.find(f"{W}rPr/{W}lang").get(f"{W}val")
    assert lang == "id-ID"
    assert rendered(EN).styles["Normal"].element.find(f"{W}rPr/{W}lang").get(f"{W}val") == "en-GB"


def test_headings_keep_with_next_and_show_in_the_outline():
    style = rendered(ID).styles["ArticleHeading"]
    assert style.paragraph_format.keep_with_next
    assert style.element.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == "0"


@pytest.mark.parametrize("name", [ID, EN])
def test_no_direct_formatting_in_the_body(name):
    """Paragraphs carry a style (and list numbering); runs carry no formatting at all."""
    r = rendered(name, paraf=True, checklist=None)
    for p in r.paragraphs():
        ppr = p.find(f"{W}pPr")
        if ppr is None:
            continue
        assert {c.tag for c in ppr} <= {f"{W}pStyle", f"{W}numPr", f"{W}sectPr"}
    assert r.body.find(f".//{W}rPr") is None


@pytest.mark.parametrize("name", [ID, EN])
def test_every_clause_paragraph_uses_our_styles(name):
    r = rendered(name)
    used = {Read.style(p) for p in r.paragraphs() if Read.text(p).strip()}
    ours = {style_id(s.name) for s in PARAGRAPH}
    assert None not in used and used <= ours
    assert {"ArticleHeading", "Clause", "ClauseItem", "Opening", "SignatureName"} <= used


@pytest.mark.parametrize(("paper", "size"), [("A4", (11906, 16838)), ("Letter", (12240, 15840))])
def test_paper_size(paper, size):
    r = rendered(ID, paper=paper)
    for section in r.docx.sections:
        assert (section.page_width.twips, section.page_height.twips) == size
        assert section.left_margin.twips > section.right_margin.twips  # binding edge


def test_unknown_paper_is_a_clear_error():
    with pytest.raises(MouError, match="A4 or Letter"):
        writer.render(document(ID), paper="A3")


# -- numbering ----------------------------------------------------------------------------------


def _levels(r: Read, style: str) -> tuple[str, list[str]]:
    """(numId, lvlText of each level) of the list a numbered style is linked to."""
    num_id = r.styles[style].element.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    numbering = r.part("word/numbering.xml")
    (num,) = numbering.xpath(f"w:num[@w:numId='{num_id}']", namespaces=NS)
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    (abstract,) = numbering.xpath(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", namespaces=NS)
    texts = [lvl.find(f"{W}lvlText").get(f"{W}val") for lvl in abstract.findall(f"{W}lvl")]
    return num_id, texts


@pytest.mark.parametrize(
    ("name", "texts"),
    [(ID, ["Pasal %1", "(%2)", "(%3)", ""]), (EN, ["Article %1", "%1.%2", "(%3)", ""])],
)
def test_articles_use_word_multilevel_numbering(name, texts):
    r = rendered(name)
    num_id, levels = _levels(r, "ArticleHeading")
    assert levels == texts
    for style, level in (("Clause", "1"), ("ClauseItem", "2"), ("ClauseContinuation", "3")):
        numpr = r.styles[style].element.find(f"{W}pPr/{W}numPr")
        assert numpr.find(f"{W}numId").get(f"{W}val") == num_id
        assert numpr.find(f"{W}ilvl").get(f"{W}val") == level


@pytest.mark.parametrize("name", [ID, EN])
def test_numbering_follows_the_tree(name):
    doc = document(name)
    r = rendered(name)
    headings = r.styled("ArticleHeading")
    assert len(headings) == len(doc.articles())
    for p, section in zip(headings, doc.articles(), strict=True):
        lang = doc.langs[0]
        assert Read.text(p) == "\n" + section.texts[lang].title  # "Pasal N" is Word's number
    multi = [s for s in doc.articles() if len(s.texts[doc.langs[0]].paras) > 1]
    clauses = sum(len(s.texts[doc.langs[0]].paras) for s in multi)
    assert len(r.styled("Clause")) == clauses


def test_leaving_out_a_clause_leaves_no_gap():
    full = document(ID)
    fewer = document(ID, force_majeure=False)
    assert len(fewer.articles()) == len(full.articles()) - 1
    r = Read(writer.render(fewer))
    names = [b.get(f"{W}name") for b in r.body.iter(f"{W}bookmarkStart")]
    assert names == [f"_Ref_id_{n}" for n in range(1, len(fewer.articles()) + 1)]


@pytest.mark.parametrize("name", [ID, EN])
def test_cross_references_are_live_fields_to_article_headings(name):
    doc = document(name)
    r = rendered(name)
    lang = doc.langs[0]
    marks = {b.get(f"{W}name"): b for b in r.body.iter(f"{W}bookmarkStart")}
    refs = [t.text for t in r.body.iter(f"{W}instrText") if "REF" in t.text]
    assert refs, "the clauses refer to other articles"
    for instr in refs:
        target = re.search(r"REF (\S+)", instr).group(1)
        assert target in marks
        heading = marks[target].getparent()
        assert Read.style(heading) == "ArticleHeading"
        n = int(target.rsplit("_", 1)[1])
        title = doc.articles()[n - 1].texts[lang].title
        assert Read.text(heading) == "\n" + title


def test_references_to_laws_stay_text():
    r = rendered(ID)
    shown = r.all_text()
    assert "Pasal 1618" in shown  # KUHPerdata, not an article of this agreement
    refs = " ".join(t.text for t in r.body.iter(f"{W}instrText"))
    assert "1618" not in refs


# -- page furniture and properties ---------------------------------------------------------------


def test_footer_has_live_page_fields_and_header_the_title_and_number():
    doc = document(ID)
    r = rendered(ID)
    footers = " ".join(
        " ".join(t.text for t in f.iter(f"{W}instrText")) for f in r.parts("word/footer")
    )
    # Y counts the pages of the body only: the cover and the annex are sections of their own
    assert "PAGE" in footers and "SECTIONPAGES" in footers and "NUMPAGES" not in footers
    footer_text = " ".join(Read.text(p) for f in r.parts("word/footer") for p in f.iter(f"{W}p"))
    assert "Halaman" in footer_text and "dari" in footer_text
    header_text = " ".join(Read.text(p) for h in r.parts("word/header") for p in h.iter(f"{W}p"))
    assert doc.meta["title"] in header_text
    assert doc.meta["number"] in header_text
    cover, body = r.docx.sections  # a bare cover page, then the body numbered from 1
    assert cover._sectPr.find(f"{W}headerReference") is None
    assert cover._sectPr.find(f"{W}footerReference") is None
    assert body._sectPr.find(f"{W}pgNumType").get(f"{W}start") == "1"
    assert not body.different_first_page_header_footer


def test_english_footer_says_page_of():
    r = rendered(EN)
    text = " ".join(Read.text(p) for f in r.parts("word/footer") for p in f.iter(f"{W}p"))
    assert "Page" in text and "of" in text


def test_paraf_boxes_one_per_party_only_when_asked():
    a = answers_for(ID)
    with_paraf = rendered(ID, paraf=True)
    (footer,) = [f for f in with_paraf.parts("word/footer") if f.find(f".//{W}tbl") is not None]
    cells = footer.findall(f".//{W}tr")[0].findall(f"{W}tc")
    assert len(cells) == len(a.parties)
    assert "PIHAK PERTAMA" in Read.text(cells[0].find(f"{W}p"))
    assert all(f.find(f".//{W}tbl") is None for f in rendered(ID).parts("word/footer"))


@pytest.mark.parametrize("name", [ID, EN])
def test_core_properties_come_from_the_answers(name):
    doc = document(name)
    core = rendered(name).docx.core_properties
    for key in ("title", "subject", "author", "keywords"):
        assert getattr(core, key) == doc.meta[key]
    assert doc.meta["author"]


def test_cover_page_has_title_number_parties_date_and_place():
    doc = document(ID)
    r = rendered(ID)
    body = list(r.body)
    brk = next(i for i, p in enumerate(body) if p.find(f"{W}pPr/{W}sectPr") is not None)
    cover = "\n".join(Read.text(p) for p in body[: brk + 1])
    for line in doc.title_lines["id"]:
        assert line in cover
    assert doc.meta["number"] in cover
    assert doc.meta["place"] in cover and doc.meta["date"] in cover
    for s in doc.signatures.signatories:
        assert s.name.upper() in cover


# -- content ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [ID, EN])
def test_every_paragraph_of_the_tree_is_in_the_docx(name):
    doc = document(name)
    shown = rendered(name).all_text()
    for section in doc.sections:
        for para in section.texts[doc.langs[0]].paras:
            for text in (para.text, *para.items):
                assert text in shown


@pytest.mark.parametrize("name", [ID, EN])
def test_parties_shares_and_forum(name):
    a = answers_for(name)
    lang = a.langs[0]
    shown = rendered(name).all_text()
    for p in a.parties:
        assert p.name in shown
    for share in a.financial.profit_sharing.shares:
        assert words.percent(share.percent, lang) in shown
    d = a.dispute
    forum = d.arbitration.institution if d.forum == "arbitration" else d.court
    assert forum in shown


# -- checklist annex, odd input, embedding ------------------------------------------------------


def test_checklist_annex_only_when_asked():
    a = answers_for(ID)
    rows = checklist(a)
    r = Read(writer.render(document(ID), checklist=rows))
    assert len(r.docx.sections) == 3  # cover, body, annex
    labels = document(ID).labels["id"]
    assert [Read.text(p) for p in r.styled("AnnexHeading")] == [labels["checklist"]]
    assert [Read.text(p) for p in r.styled("AnnexNote")] == [labels["checklist_note"]]
    (table,) = r.tables("ChecklistTable")
    assert len(table.findall(f"{W}tr")) == len(rows) + 1
    assert len(rendered(ID).docx.sections) == 2
    assert not rendered(ID).styled("AnnexHeading")


def test_control_characters_are_dropped():
    doc = copy.deepcopy(document(ID))
    doc.sections[-1].texts["id"].paras[0].text += "\x07\x1b end"
    r = Read(writer.render(doc))
    assert "\x07" not in r.all_text() and " end" in r.all_text()


def test_answers_are_embedded_when_the_tree_carries_them():
    doc = copy.deepcopy(document(ID))
    doc.answers = {"schema": 1, "title": "x"}
    r = Read(writer.render(doc))
    assert read_embedded(r.zip) == {"schema": 1, "title": "x"}
    assert read_embedded(rendered(ID).zip) == document(ID).answers
    doc.answers = None
    assert read_embedded(Read(writer.render(doc)).zip) is None


def test_facts_are_stored_only_when_given():
    """The writer serialises the facts drafting gives it; without them `mou check` reads the
    YAML text and validates it."""
    a = answers_for(ID)
    doc = document(ID)
    with_facts = zipfile.ZipFile(io.BytesIO(writer.render(doc, facts=facts_of_model(a))))
    stored_answers, stored = read_embedded_facts(with_facts)
    assert stored_answers == doc.answers
    assert stored is not None and stored["facts"] == facts_of_model(a).to_json()
    assert read_embedded_facts(rendered(ID).zip) == (doc.answers, None)


ODD = ["1e3", "yes", "null", "~", "a\u2028b", "x\x85y", "tail ", "a: b", "'q'", "12:30", "é" * 99]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_answers(), st.sampled_from(ODD))
def test_the_stored_json_answers_are_what_the_yaml_text_loads_to(data, odd):
    """`mou check` trusts the ``<check>`` element's JSON copy of the answers in place of the
    YAML text beside it, so the YAML text must load to exactly those answers."""
    if isinstance(data["title"], str):
        data["title"] += f" {odd}"
    model = answers.validate(data).answers
    dumped = model.model_dump(mode="json", by_alias=True, exclude_unset=True)  # as build() does
    assert yaml.safe_load(dump_answers(dumped)) == dumped
    check = check_json(dumped, facts_of_model(model))
    assert check is not None and json.loads(check)["answers"] == dumped


def test_a_title_too_long_for_the_header_line_is_cut_at_a_word() -> None:
    from docx import Document as Open

    from mou_cli.writers import docx_layout

    doc = Open()
    title = "Kerja Sama Rantai Pasok Kopi Arabika Spesialti yang Dapat Ditelusuri di Aceh Tengah"
    docx_layout.header(doc.sections[0], title, "Nomor: 112/PKS-KAN/VI/2027")
    text = "".join(p.text for p in doc.sections[0].header.paragraphs)
    shown, number = text.split("\t")
    assert number == "Nomor: 112/PKS-KAN/VI/2027"
    assert shown.endswith("\u2026") and title.startswith(shown[:-1])
    assert len(shown) + len(number) <= docx_layout.HEADER_CHARS
    assert title.split()[len(shown[:-1].split()) - 1] == shown[:-1].split()[-1]  # a whole word
