"""Lists in the DOCX and Markdown drafts: the komparisi and the recitals numbered 1., 2. in both
languages, items in articles (a), (b), and a list of one item written as a plain paragraph
(never "a." or "(a)" alone), which `mou check` still reads in its part."""

from __future__ import annotations

import pytest
from docx_helpers import NS, Read, W, answers_for, document, rendered

from mou_cli.readers import read
from mou_cli.tree import Document
from mou_cli.writers import docx as writer
from mou_cli.writers import markdown

ID, EN, BI = "technology-id", "joint_venture-en", "distribution-id-en"


def _one_recital(name: str) -> Document:
    """The example with no background: the recitals hold only the closing recital."""
    doc = document(name, background=[])
    (recitals,) = doc.part("recitals")
    assert [len(p.items) for p in recitals.texts[doc.langs[0]].paras if p.items] == [1]
    return doc


def _list_format(r: Read, p) -> tuple[str, str]:
    """The number format and level text of a list paragraph's own numbering."""
    num_id = p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    numbering = r.part("word/numbering.xml")
    (abstract_id,) = numbering.xpath(
        f"w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val", namespaces=NS
    )
    (lvl,) = numbering.xpath(
        f"w:abstractNum[@w:abstractNumId='{abstract_id}']/w:lvl[@w:ilvl='0']", namespaces=NS
    )
    return lvl.find(f"{W}numFmt").get(f"{W}val"), lvl.find(f"{W}lvlText").get(f"{W}val")


# -- the komparisi and the recitals -------------------------------------------------------------


@pytest.mark.parametrize("name", [ID, EN, BI])
def test_komparisi_and_recitals_are_numbered_one_two_in_every_language(name):
    r = rendered(name)
    items = [p for p in r.paragraphs() if (Read.style(p) or "").startswith("ListItem")]
    parties = len(answers_for(name).parties)
    assert len(items) >= parties * len(document(name).langs)
    for p in items:
        assert _list_format(r, p) == ("decimal", "%1.")


def test_markdown_komparisi_and_recitals_are_numbered_too():
    text = markdown.render(document(ID))
    a = answers_for(ID)
    assert text.count("\n1. ") == 2 and text.count("\n2. ") == 2  # parties, recitals
    assert f"\n1. {a.parties[0].representative.name}, selaku" in text


def test_lists_in_the_opening_restart_at_one():
    r = rendered(ID)
    items = r.styled("ListItem")
    num_ids = [p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val") for p in items]
    numbering = r.part("word/numbering.xml")
    for num_id in set(num_ids):
        start = numbering.xpath(
            f"w:num[@w:numId='{num_id}']/w:lvlOverride/w:startOverride/@w:val", namespaces=NS
        )
        assert start == ["1"]
    assert len(set(num_ids)) == 2  # the komparisi and the recitals are separate lists


# -- a list of one item -------------------------------------------------------------------------


def test_a_single_recital_is_a_plain_recital_paragraph_in_the_docx():
    doc = _one_recital(ID)
    (recitals,) = doc.part("recitals")
    (item,) = next(p.items for p in recitals.texts["id"].paras if p.items)
    r = Read(writer.render(doc))
    (shown,) = [p for p in r.paragraphs() if Read.text(p) == item]
    assert Read.style(shown) == "Recital"
    assert shown.find(f"{W}pPr/{W}numPr") is None
    assert len({Read.text(p) for p in r.styled("ListItem")}) == len(doc.signatures.signatories)


def test_a_single_recital_is_a_plain_paragraph_in_the_markdown():
    doc = _one_recital(ID)
    (recitals,) = doc.part("recitals")
    (item,) = next(p.items for p in recitals.texts["id"].paras if p.items)
    text = markdown.render(doc)
    assert f"\n\n{item}\n\n" in text
    assert f"1. {item}" not in text


@pytest.mark.parametrize(("name", "fmt"), [(ID, "md"), (ID, "docx"), (BI, "md"), (BI, "docx")])
def test_mou_check_reads_a_single_recital_as_the_recitals(tmp_path, name, fmt):
    doc = _one_recital(name)
    (recitals,) = doc.part("recitals")
    items = {
        lang: next(p.items[0] for p in recitals.texts[lang].paras if p.items) for lang in doc.langs
    }
    path = tmp_path / f"draft.{fmt}"
    if fmt == "md":
        path.write_text(markdown.render(doc), encoding="utf-8")
    else:
        path.write_bytes(writer.render(doc))
    draft = read(path)
    for lang, item in items.items():
        parts = {c.part for c in draft.chunks if c.text.strip() == item}
        assert parts == {"recitals"}, (lang, item)


def _single_item_paras(doc: Document, lang: str):
    """(section, paragraph) of every article paragraph with a list of one item."""
    return [
        (s, p) for s in doc.articles() for p in s.texts[lang].paras if len(p.items) == 1 and p.text
    ]


@pytest.mark.parametrize("name", [EN, BI])
def test_one_item_in_an_article_is_a_paragraph_not_an_a_item(name):
    doc = document(name)
    lang = doc.langs[0]
    singles = _single_item_paras(doc, lang)
    assert singles, "the example has a list of one item in an article"
    r = rendered(name)
    by_text = {Read.text(p): p for p in r.paragraphs()}
    for section, para in singles:
        numbered = len(section.texts[lang].paras) > 1
        style = Read.style(by_text[para.items[0]])
        assert style == ("ClauseContinuation" if numbered else "ClauseText")
        assert style != "ClauseItem"
    text = markdown.render(document(name))
    for _, para in singles:
        assert f"(a) {markdown.escape(para.items[0])}" not in text
        assert f"\n\n{markdown.escape(para.items[0])}" in text


def test_the_continuation_style_has_no_number_and_the_sub_clause_indent():
    r = rendered(EN)
    numpr = r.styles["ClauseContinuation"].element.find(f"{W}pPr/{W}numPr")
    num_id = numpr.find(f"{W}numId").get(f"{W}val")
    assert numpr.find(f"{W}ilvl").get(f"{W}val") == "3"
    numbering = r.part("word/numbering.xml")
    (abstract_id,) = numbering.xpath(
        f"w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val", namespaces=NS
    )
    levels = numbering.xpath(
        f"w:abstractNum[@w:abstractNumId='{abstract_id}']/w:lvl", namespaces=NS
    )
    clause, continuation = levels[1], levels[3]
    assert continuation.find(f"{W}numFmt").get(f"{W}val") == "none"
    assert continuation.find(f"{W}lvlText").get(f"{W}val") == ""
    left = [lvl.find(f"{W}pPr/{W}ind").get(f"{W}left") for lvl in (clause, continuation)]
    assert left[0] == left[1]  # the item's text starts where the sub-clause's text starts


def test_two_items_stay_a_list():
    doc = document(ID)
    lists = [p for s in doc.articles() for p in s.texts["id"].paras if len(p.items) > 1]
    assert lists
    r = rendered(ID)
    items = {Read.text(p) for p in r.styled("ClauseItem")}
    for para in lists:
        assert set(para.items) <= items
