"""Property tests: any valid answers draft cleanly; any broken answers fail with messages."""

from __future__ import annotations

import copy
import html
import io
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from strategies import answers

from mou_cli import answers as answers_mod
from mou_cli import words
from mou_cli.document.build import build
from mou_cli.errors import AnswersError
from mou_cli.library.loader import load_library
from mou_cli.writers import docx, markdown

SETTINGS = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
LIBRARY = load_library()


def _visible(md: str) -> str:
    shown = MarkdownIt("commonmark").render(md)
    return html.unescape(re.sub(r"<[^>]+>", "", shown))


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return html.unescape(re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n")))


@SETTINGS
@given(answers())
def test_any_valid_answers_draft_with_every_name_and_share(data: dict) -> None:
    a = answers_mod.validate(data).answers
    doc = build(a, LIBRARY)
    md = markdown.render(doc)
    shown = _visible(md)
    body = _docx_text(docx.render(doc))
    for p in a.parties:
        assert p.name in shown, p.name
        assert p.name in body, p.name
    if a.financial.profit_sharing is not None:
        for share in a.financial.profit_sharing.shares:
            for lang in a.langs:
                assert words.percent(share.percent, lang) in shown


@SETTINGS
@given(answers(), st.sampled_from(["sum", "party", "email", "kind", "forum"]))
def test_broken_answers_fail_with_a_message_naming_the_field(data: dict, breakage: str) -> None:
    data = copy.deepcopy(data)
    if breakage == "sum":
        data["financial"]["costs"] = "shared"
        data["financial"]["cost_shares"] = [
            {"party": data["parties"][0]["short_name"], "percent": 40}
        ]
        field = "financial.cost_shares"
    elif breakage == "party":
        data["roles"][0]["party"] = "Nobody At All"
        field = "roles[0].party"
    elif breakage == "email":
        data["parties"][1]["contact"]["email"] = "not-an-address"
        field = "parties[1].contact.email"
    elif breakage == "kind":
        data["parties"][0]["kind"] = "firm"
        field = "parties[0].kind"
    else:
        data["dispute"] = {"forum": "court", "governing_law": "Indonesia"}
        field = "dispute.court"
    with pytest.raises(AnswersError) as info:
        answers_mod.validate(data)
    assert any(line.startswith(field) for line in info.value.details), info.value.details
