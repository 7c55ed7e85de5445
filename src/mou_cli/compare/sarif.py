"""``--format sarif``: the differences as SARIF 2.1.0 results, as `mou check` writes them.

One result per change, on NEW (on OLD for what was removed). The rules are the classes: MOU-D001
substantive change, MOU-D002 moved, MOU-D003 cosmetic change, MOU-D004 embedded answer changed.
A Markdown or text draft gives the line as the region; a DOCX or PDF has no lines, so its
results carry logical locations only (the article, then the paragraph or page), never a
paragraph number posing as a line. Substantive and moved are warnings, cosmetic notes: a
difference is something to read, not an error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mou_cli import __version__
from mou_cli.compare.shape import Change, Comparison, Style, say

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULES = (
    ("MOU-D001", "substantive-change", "A difference in substance: a figure, party, obligation, "
     "term, forum or law changed, or text was added or removed.", "warning"),
    ("MOU-D002", "moved", "An article or paragraph was moved to another place.", "warning"),
    ("MOU-D003", "cosmetic-change", "Only punctuation, letter case, spacing or numbering "
     "changed.", "note"),
    ("MOU-D004", "answer-changed", "A field of the answers embedded by `mou new` changed.",
     "warning"),
)  # fmt: skip
_BY_CLASS = {"substantive": 0, "moved": 1, "cosmetic": 2}


def _artifact(path: str, style: Style) -> dict[str, str]:
    if style.artifact is not None:
        return style.artifact(path)
    return {"uri": Path(path).resolve().as_uri()}


def _result(c: Change, found: Comparison, style: Style) -> dict[str, Any]:
    on_new = c.new_loc is not None or c.old_loc is None
    loc = c.new_loc if on_new else c.old_loc
    path = found.new.path if on_new else found.old.path
    physical: dict[str, Any] = {"artifactLocation": _artifact(path, style)}
    logical: list[dict[str, str]] = []
    props: dict[str, Any] = {"class": c.cls, "kind": c.kind, "side": "new" if on_new else "old"}
    if loc is not None and loc.article:
        logical.append({"name": loc.article, "kind": "section"})
        props["article"] = loc.article
    if loc is not None and loc.line:
        physical["region"] = {"startLine": loc.line}
    elif loc is not None and loc.para:
        logical.append({"name": f"paragraph {loc.para}", "kind": "paragraph"})
        props.update(locationKind="paragraph", paragraph=loc.para)
    elif loc is not None and loc.page:
        logical.append({"name": f"page {loc.page}", "kind": "page"})
        props.update(locationKind="page", page=loc.page)
    else:
        props["locationKind"] = "file"
    if c.lang:
        props["lang"] = c.lang
    if c.tracked is not None:
        props["tracked"] = c.tracked
    location: dict[str, Any] = {"physicalLocation": physical}
    if logical:
        location["logicalLocations"] = logical
    index = _BY_CLASS[c.cls]
    text = "; ".join(say(r.message, style.lang) for r in c.reasons) or c.kind
    return {
        "ruleId": RULES[index][0],
        "ruleIndex": index,
        "level": RULES[index][3],
        "message": {"text": text},
        "locations": [location],
        "properties": props,
    }


def document(found: Comparison, style: Style) -> dict[str, Any]:
    results = [_result(c, found, style) for c in found.changes]
    for a in found.answers or []:
        results.append(
            {
                "ruleId": RULES[3][0],
                "ruleIndex": 3,
                "level": RULES[3][3],
                "message": {"text": f"{a.path}: {a.old!s} -> {a.new!s}"},
                "locations": [
                    {
                        "physicalLocation": {"artifactLocation": _artifact(found.new.path, style)},
                        "logicalLocations": [{"name": a.path, "kind": "member"}],
                    }
                ],
                "properties": {"locationKind": "answers", "path": a.path},
            }
        )
    rules = [
        {
            "id": rid,
            "name": name,
            "shortDescription": {"text": summary},
            "fullDescription": {"text": summary},
            "defaultConfiguration": {"level": level},
        }
        for rid, name, summary, level in RULES
    ]
    run = {
        "tool": {"driver": {"name": "mou", "version": __version__,
                            "semanticVersion": __version__, "rules": rules}},
        "invocations": [{"executionSuccessful": True,
                         "exitCode": found.exit_code(strict=style.strict)}],
        "artifacts": [{"location": _artifact(d.path, style)} for d in (found.old, found.new)],
        "results": results,
        "columnKind": "unicodeCodePoints",
    }  # fmt: skip
    if style.artifact is not None:
        run["originalUriBaseIds"] = {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}}
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(found: Comparison, style: Style) -> str:
    doc = document(found, style)
    if style.json_text is None:
        return json.dumps(doc, ensure_ascii=True, indent=2) + "\n"
    return style.json_text(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"
