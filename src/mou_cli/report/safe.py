"""Text from drafts and file names made safe to print: no terminal control sequence gets out.

A draft, a file name or a clause file can hold an escape sequence (``\\x1b]0;title\\x07``
retitles the window, ``\\x1b[2J`` clears the screen and can hide findings) or a bidirectional
override that reorders what is shown. :func:`visible` writes such characters as visible
escapes (``\\x1b``, ``\\u202e``) for the text formats and messages on a terminal;
:func:`visible_lines` does the same for a whole text shown as it is (a clause file), keeping
its line breaks and tabs; :func:`json_text` writes them as JSON escapes, so the data read back
is the same.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
# the same but for tab and line feed, for a text shown with its lines
_UNSAFE_IN_LINES = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
# what JSON leaves as it is although a terminal acts on it (JSON escapes C0 itself)
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control character and bidi control as a visible escape."""
    return _UNSAFE.sub(_escape, text)


def visible_lines(text: str) -> str:
    """``text`` as :func:`visible` writes it, but with its tabs and line feeds kept."""
    return _UNSAFE_IN_LINES.sub(_escape, text)


def json_text(text: str) -> str:
    """JSON text (from ``json.dumps``) with DEL, C1 and bidi controls as ``\\uXXXX`` escapes.

    They can only stand inside JSON strings, where ``\\uXXXX`` means the same character."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
