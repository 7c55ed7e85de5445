"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=drafts/a.md,line=5,title=MOU-U001 placeholder::message (hint)``: errors and
warnings as such, info as ``notice``. An annotation has a line only where the file has lines
(a DOCX finding names its paragraph in the message), a column when known; a file that could
not be read is an error on the file. The summary line ends the output.
"""

from __future__ import annotations

from mou_cli.finding import Finding
from mou_cli.report.safe import visible
from mou_cli.report.shape import Report
from mou_cli.report.text import WORDS, summary_line

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    """Escaped for a workflow command; other control characters as visible escapes (the log
    is shown as a terminal would show it)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(value)


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    """One finding as a workflow command."""
    props = [f"file={_prop(f.file)}"]
    if f.line is not None:
        props.append(f"line={f.line}")
    if f.col is not None:
        props.append(f"col={f.col}")
    props.append(f"title={_prop(f'{f.rule} {f.name}')}")
    text = f.message + (f" ({f.hint})" if f.hint else "")
    if f.line is None and f.para is not None:
        text = f"{WORDS.get(f.lang, WORDS['en'])['para']} {f.para}: {text}"
    elif f.line is None and f.page is not None:
        text = f"{WORDS.get(f.lang, WORDS['en'])['page']} {f.page}: {text}"
    return f"::{COMMAND[f.severity]} {','.join(props)}::{_data(text)}"


def render(report: Report) -> str:
    lines = []
    for r in report.results:
        if r.error:
            lines.append(f"::error file={_prop(r.path)}::{_data(r.error)}")
        lines.extend(annotation(f) for f in r.findings)
    return "\n".join([*lines, summary_line(report)]) + "\n"
