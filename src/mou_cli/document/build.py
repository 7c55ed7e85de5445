"""Answers + library -> the document tree: select clauses, number articles, render each language."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from mou_cli import words
from mou_cli.document.localize import localized, signature_titles
from mou_cli.errors import LibraryError, RenderError
from mou_cli.library.clause import Clause
from mou_cli.library.context import build_context, party_label
from mou_cli.library.loader import Library
from mou_cli.library.render import Renderer, Templates
from mou_cli.model import Answers, text_in
from mou_cli.model_types import deal_key, document_key
from mou_cli.resources import data_dir
from mou_cli.tree import Block, Document, Section, Signatory, SignatureBlock, Witness
from mou_cli.yamlio import YAMLError, load


@lru_cache(maxsize=4)
def load_skeleton(path: Path | None = None) -> dict[str, Any]:
    """The document skeleton (title block and labels) from ``templates/agreement.yaml``."""
    path = path or data_dir("templates") / "agreement.yaml"
    try:
        data: dict[str, Any] = load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as exc:
        raise LibraryError(f"{path}: cannot read the document skeleton ({exc})") from None
    for key in ("title_block", "labels", "names", "deal"):
        if not isinstance(data, dict) or key not in data:
            raise LibraryError(f"{path}: the skeleton needs '{key}'")
    return data


def doc_names(a: Answers, lang: str) -> dict[str, str]:
    """The document's ``kind`` (title line), ``name`` and ``deal`` in ``lang``, by its type."""
    skeleton = load_skeleton()
    names: dict[str, str] = skeleton["names"][lang][document_key(a)]
    return {
        "kind": names["kind"],
        "name": names["name"],
        "deal": skeleton["deal"][lang][deal_key(a)],
    }


def select(library: Library, renderer: Renderer, lang: str) -> list[Clause]:
    """The clauses whose condition holds, in document order."""
    return [
        c
        for c in library.ordered()
        if c.meta.when is None or renderer.condition(c.meta.when, lang, str(c.path))
    ]


class Numbering:
    """Article numbers of the chosen clauses, and the ``ref()``/``has()`` helpers reading them."""

    def __init__(self, labels: dict[str, dict[str, str]]) -> None:
        self.labels = labels
        self.numbers: dict[str, int] = {}
        self.chosen: set[str] = set()

    def assign(self, chosen: list[Clause]) -> None:
        """Record the chosen clauses and number the articles among them in order."""
        self.chosen = {c.id for c in chosen}
        articles = [c for c in chosen if c.meta.part == "article"]
        self.numbers = {c.id: i for i, c in enumerate(articles, 1)}

    def ref_for(self, lang: str) -> Callable[[str], str]:
        def ref(clause_id: str) -> str:
            if clause_id not in self.numbers:
                raise RenderError(
                    f"ref('{clause_id}'): that clause is not in this document; "
                    f"check it with has('{clause_id}') first"
                )
            return self.labels[lang]["article"].format(n=self.numbers[clause_id])

        return ref

    def has(self, clause_id: str) -> bool:
        return clause_id in self.numbers or clause_id in self.chosen


def renderer_for(
    answers: Answers, templates: Templates | None = None
) -> tuple[Renderer, Numbering]:
    """A renderer over both languages' contexts, and the numbering its ref()/has() read."""
    numbering = Numbering(load_skeleton()["labels"])
    contexts = {
        lang: build_context(
            localized(answers, lang),
            lang,
            numbering.ref_for(lang),
            numbering.has,
            doc_names(answers, lang),
        )
        for lang in ("id", "en")
    }
    return Renderer(contexts, templates), numbering


def build(answers: Answers, library: Library) -> Document:
    """Build the whole document tree for ``answers``."""
    skeleton = load_skeleton()
    langs = answers.langs
    labels = skeleton["labels"]
    renderer, numbering = renderer_for(answers)
    chosen = select(library, renderer, langs[0])
    numbering.assign(chosen)

    sections = []
    for c in chosen:
        texts = {lang: render_clause(renderer, c, lang) for lang in langs}
        sections.append(
            Section(c.id, c.meta.section, c.meta.part, numbering.numbers.get(c.id), texts)
        )

    title_lines = {}
    for lang in langs:
        raw = renderer.text(skeleton["title_block"][lang], lang, "templates/agreement.yaml")
        title_lines[lang] = [line.strip() for line in raw.splitlines() if line.strip()]

    return Document(
        langs=langs,
        title_lines=title_lines,
        article_label={lang: labels[lang]["article"] for lang in langs},
        sections=sections,
        signatures=_signatures(answers, labels),
        meta=_meta(answers),
        labels={lang: dict(labels[lang]) for lang in langs},
        # The draft carries its answers (Markdown front matter, a DOCX custom part), so
        # `mou check` can compare the text with them later. Only the fields that were given:
        # an explicit null ("profit_sharing: null", no profit shared) must read back the same.
        answers=answers.model_dump(mode="json", by_alias=True, exclude_unset=True),
    )


def render_clause(renderer: Renderer, clause: Clause, lang: str) -> Block:
    """One clause's title and paragraphs in ``lang``; errors name the file and line."""
    origin = f"{clause.path} ({lang})"
    title = renderer.text(
        getattr(clause.meta.title, lang), lang, origin, clause.title_line.get(lang, 1)
    )
    body = getattr(clause.meta.body, lang)
    return Block(title, renderer.paras(body, lang, origin, clause.body_line.get(lang, 1)))


def _signatures(a: Answers, labels: dict[str, dict[str, str]]) -> SignatureBlock:
    signatories = [
        Signatory(
            label={lang: party_label(i, lang, p.short_name) for lang in a.langs},
            name=p.name,
            representative=p.representative.name,
            title=signature_titles(p.representative, a.langs),
        )
        for i, p in enumerate(a.parties, 1)
    ]
    return SignatureBlock(
        signatories=signatories,
        witnesses=[Witness(w.name, signature_titles(w, a.langs)) for w in a.signatures.witnesses],
        stamp_duty=a.signatures.stamp_duty,
        e_meterai=a.signatures.e_meterai,
        labels={lang: dict(labels[lang]) for lang in a.langs},
    )


def _meta(a: Answers) -> dict[str, str]:
    lang = a.langs[0]
    title = text_in(a.title, lang) or ""
    kind = doc_names(a, lang)["kind"]
    return {
        "title": title,
        "kind": kind,
        "number": a.number or "",
        "subject": f"{kind.title()}: {title}",
        "author": ", ".join(p.name for p in a.parties),
        "keywords": ", ".join(
            ["mou", a.type.replace("_", " "), *(p.short_name for p in a.parties)]
        ),
        "date": words.date(a.date, lang),
        "place": a.place,
        "language": a.language,
    }
