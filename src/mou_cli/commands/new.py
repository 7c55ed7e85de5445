"""`mou new`: draft from answers (a file, a bundled example, or later the interview)."""

from __future__ import annotations

from pathlib import Path

from mou_cli.errors import MouError


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
    if answers is None and example is None:
        raise MouError(
            "the interactive interview is not available yet; "
            "pass --answers FILE or --example NAME (see --list-examples)"
        )

    from mou_cli import answers as answers_mod
    from mou_cli.drafting import draft, output_stem, parse_formats, write

    fmts = parse_formats(formats)
    if example is not None:
        from mou_cli.examples import find

        source = find(example)
    else:
        source = answers
    assert source is not None
    loaded = answers_mod.load(source)
    a = loaded.answers
    for w in loaded.warnings:
        console.warn(w)
    stem = output_stem(a, out, output)
    d = draft(a, stem=stem, formats=fmts, clause_dirs=clause_dirs)
    if checklist_json is not None and str(checklist_json) != "-":
        from mou_cli.document.checklist import to_json

        d.files[checklist_json] = to_json(d.checklist).encode()
    paths = write(d, force=force)
    if checklist_json is not None and str(checklist_json) == "-":
        from mou_cli.document.checklist import to_json

        console.out(to_json(d.checklist), end="")
        return 0
    if not quiet:
        console.checklist_table(d.checklist, a.langs[0])
        for p in paths:
            console.out(f"wrote {p}")
    return 0
