"""`mou new`: draft from answers (a file, a bundled example, or the interview)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from mou_cli.errors import MouError

if TYPE_CHECKING:
    from mou_cli.draft import Draft

REDLINE_OPTION = typer.Option(
    "--redline-against",
    metavar="OLD",
    help="An earlier version (the .docx sent, or .md, .txt, .pdf): also write "
    "NAME.redline.docx, this draft with every change from OLD as a Word tracked change.",
)
EMBED_OPTION = typer.Option(
    "--embed",
    metavar="LEVEL",
    help="What the DOCX carries inside. answers (default): the answers, so `mou check` finds "
    "text edited away from them and `mou compare` lists changed answers. facts: only what the "
    "checklist facts (parties, shares, date, checklist rows), which `mou check` still "
    "compares with the text; no answers for `mou compare`. none: nothing, for the copy sent "
    "to the other side. The Markdown "
    "copy carries the answers only with answers.",
)


def run_new(
    *,
    answers: Path | None,
    example: str | None,
    list_examples: bool,
    out: Path | None,
    output: Path | None,
    formats: str,
    force: bool,
    checklist_json: Path | None,
    clause_dirs: list[Path],
    quiet: bool,
    paper: str = "A4",
    paraf: bool = False,
    with_checklist: bool = False,
    resume: Path | None = None,
    edit: bool = False,
    ui_lang: str | None = None,
    redline_against: Path | None = None,
    embed: str = "answers",
) -> int:
    from mou_cli import console

    if list_examples:
        from mou_cli.examples import all_examples

        for name, (_, description) in all_examples().items():
            console.out(f"{name:<28} {description}")
        return 0
    if answers and example:
        raise MouError("give --answers or --example, not both")
    if out is not None and output is not None:
        raise MouError("give --out DIR or -o PATH, not both")
    if output is not None and output.name in ("", ".", ".."):
        raise MouError(
            f"-o needs a file name, such as drafts/acme-mou (got '{output}'); "
            "to choose only the folder, use --out DIR"
        )
    from mou_cli.document.embedded import EMBED_LEVELS

    if embed not in EMBED_LEVELS:
        raise MouError(f"--embed must be one of {', '.join(EMBED_LEVELS)}, not {embed!r}")
    old = _earlier_version(redline_against) if redline_against is not None else None
    from mou_cli import answers as answers_mod
    from mou_cli.commands.drafting import draft, output_stem, parse_formats, write
    from mou_cli.document.checklist import to_json

    fmts = parse_formats(formats)
    session = None
    if resume is not None or edit or (answers is None and example is None):
        from mou_cli.interview import start

        session = start(
            answers=answers,
            example=example,
            resume=resume,
            edit=edit,
            out=out,
            output=output,
            ui_lang=ui_lang,
        )
    elif answers is not None:  # an answers file with fields missing: asked for those only
        from mou_cli.interview import complete

        session = complete(answers, out=out, output=output, ui_lang=ui_lang)
    if session is not None:
        if session.loaded is None:  # paused: the progress file says how to resume
            return 130
        if out is None and output is None:
            out = session.folder

    if session is not None and session.loaded is not None:
        loaded = session.loaded
    elif example is not None:
        from mou_cli.examples import find

        loaded = answers_mod.load(find(example))
    else:
        assert answers is not None
        loaded = answers_mod.load(answers)
    a = loaded.answers
    for w in loaded.warnings:
        console.warn(w)
    stem = output_stem(a, out, output)
    from mou_cli.config import clause_dirs as layered_dirs  # mou.toml / [tool.mou] first

    d = draft(
        a,
        stem=stem,
        formats=fmts,
        clause_dirs=layered_dirs(clause_dirs),
        extra_files=session.extra_files() if session else None,
        paper=paper,
        paraf=paraf,
        with_checklist=with_checklist,
        embed=embed,
        redline_against=_same_language(old, a.langs) if old is not None else None,
    )
    if checklist_json is not None and str(checklist_json) != "-":
        d.files[checklist_json] = to_json(d.checklist).encode()
    if session is not None:
        force = session.may_replace(list(d.files), force)
    paths = write(d, force=force)
    if session is not None:
        session.finished()
    if checklist_json is not None and str(checklist_json) == "-":
        console.out(to_json(d.checklist), end="")
        return 0
    if not quiet and session is not None:  # in the interview's language
        session.report(d.checklist, paths)
    elif not quiet:
        console.checklist_table(d.checklist, a.langs[0])
        for p in paths:
            console.out(f"wrote {p}")
    return 0


def _earlier_version(path: Path) -> Draft:
    """The version ``--redline-against`` names, read before anything is drafted."""
    from mou_cli.readers import read

    old = read(path)
    if not any(c.text.strip() for c in old.chunks):
        raise MouError(f"{path}: no text found to compare with")
    return old


def _same_language(old: Draft, langs: tuple[str, ...]) -> Draft:
    """``old``, when it shares a language with the new draft (else every word would differ)."""
    names = {"id": "Indonesian", "en": "English"}
    if old.langs and not set(old.langs) & set(langs):
        theirs = " and ".join(names.get(x, x) for x in old.langs)
        ours = " and ".join(names.get(x, x) for x in langs)
        raise MouError(
            f"{old.path} is in {theirs} and the new draft in {ours}: a redline between "
            "languages would mark every word; compare it with a draft in the same language"
        )
    return old
