"""Build a document from answers and read back what it says, for tests of drafted text."""

from __future__ import annotations

from typing import Any

from mou_cli import answers
from mou_cli.document.build import build
from mou_cli.library.loader import load_library
from mou_cli.model import Answers
from mou_cli.tree import Document


def doc_of(a: Answers) -> Document:
    """The document the built-in library drafts from ``a``."""
    return build(a, load_library())


def text_of(doc: Document, lang: str) -> str:
    """Everything the document says in ``lang``: title lines and every section."""
    parts = list(doc.title_lines[lang])
    for s in doc.sections:
        block = s.texts[lang]
        parts.append(block.title)
        for p in block.paras:
            parts += [p.text, *p.items]
    return "\n".join(parts)


def changed(a: Answers, **changes: Any) -> Answers:
    """``a`` with top-level fields replaced, validated again."""
    data = a.model_dump(mode="json", by_alias=True, exclude_unset=True)
    data.update(changes)
    return answers.validate(data, name="test").answers
