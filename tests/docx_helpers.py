"""Shared helpers for the DOCX writer tests: build a document, render it, read it back."""

from __future__ import annotations

import io
import math
import zipfile
from functools import cache
from typing import Any

import yaml
from lxml import etree

from mou_cli import answers
from mou_cli.document.build import build
from mou_cli.examples import find
from mou_cli.library.loader import load_library
from mou_cli.model import Answers
from mou_cli.tree import Document
from mou_cli.writers import docx as writer

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}


@cache
def example_data(name: str) -> dict[str, Any]:
    return yaml.safe_load(find(name).read_text(encoding="utf-8"))


def answers_for(name: str, **changes: Any) -> Answers:
    """A bundled example's answers, with top-level fields replaced by ``changes``."""
    data = dict(example_data(name))
    data.update(changes)
    return answers.validate(data, name=name).answers


@cache
def library():
    return load_library([])


@cache
def _example_document(name: str) -> Document:
    return build(answers_for(name), library())


def document(name: str, **changes: Any) -> Document:
    """The example's document tree (shared when unchanged: do not modify it)."""
    if not changes:
        return _example_document(name)
    return build(answers_for(name, **changes), library())


class Read:
    """A rendered DOCX read back: python-docx's view plus the raw XML parts."""

    def __init__(self, data: bytes) -> None:
        import docx

        self.data = data
        self.docx = docx.Document(io.BytesIO(data))
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.body = self.docx.element.body
        self.styles = {s.style_id: s for s in self.docx.styles}

    def part(self, name: str):
        return etree.fromstring(self.zip.read(name))

    def parts(self, prefix: str) -> list:
        return [self.part(n) for n in self.zip.namelist() if n.startswith(prefix)]

    def paragraphs(self, root=None) -> list:
        """Every ``w:p`` in reading order, tables included."""
        return list((self.body if root is None else root).iter(f"{W}p"))

    @staticmethod
    def style(p) -> str | None:
        ps = p.find(f"{W}pPr/{W}pStyle")
        return None if ps is None else ps.get(f"{W}val")

    @staticmethod
    def text(p) -> str:
        """The text as the tree holds it: the non-breaking spaces and hyphens that keep a date
        on one line read as plain ones."""
        out = []
        for node in p.iter(f"{W}t", f"{W}br", f"{W}tab", f"{W}noBreakHyphen"):
            if node.tag == f"{W}t":
                out.append((node.text or "").replace("\u00a0", " "))
            elif node.tag == f"{W}br":
                out.append("\n" if node.get(f"{W}type") != "page" else "")
            elif node.tag == f"{W}noBreakHyphen":
                out.append("-")
            else:
                out.append("\t")
        return "".join(out)

    def styled(self, style_id: str, root=None) -> list:
        return [p for p in self.paragraphs(root) if self.style(p) == style_id]

    def all_text(self) -> str:
        return "\n".join(self.text(p) for p in self.paragraphs())

    def tables(self, style_id: str) -> list:
        return [
            t
            for t in self.body.iter(f"{W}tbl")
            if t.find(f"{W}tblPr/{W}tblStyle").get(f"{W}val") == style_id
        ]


@cache
def rendered(name: str, **options: Any) -> Read:
    return Read(writer.render(document(name), **options))


def signature_rows(n: int) -> int:
    return math.ceil(n / 2)
