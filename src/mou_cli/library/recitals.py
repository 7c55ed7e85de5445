"""Recitals as typed, made ready for the text: the lead word the template already writes
("bahwa", "that", "whereas") taken off, and each party's short name defined where the
recitals first use it.

The Indonesian komparisi names the parties PIHAK PERTAMA, PIHAK KEDUA...; a recital typed
"USU memiliki ..." would use a name the text never defined, so its first use becomes
``Universitas Sumatera Utara ("USU")``. The English komparisi defines each short name
already (``... ("USU")``), so English recitals are only cleaned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

_LEAD = re.compile(r"^\s*(?:bahwa|that|whereas)\b[\s,:]*", re.IGNORECASE)


def cleaned(text: str, lang: str) -> str:
    """``text`` without a leading "bahwa"/"that"/"whereas" and without closing punctuation;
    in English, a recital whose lead word was taken off starts with a capital, as the
    sentence it now is (otherwise the text is kept as typed)."""
    text = str(text)
    bare = _LEAD.sub("", text, count=1)
    if lang == "en" and bare != text and bare[:1].islower():
        bare = bare[0].upper() + bare[1:]
    return bare.rstrip(" .;,:")


_FIRST = re.compile(r"([A-Z][a-z]+)(?= [a-z])")


def recital(
    items: Sequence[str],
    index: int,
    parties: Sequence[tuple[str, str]],
    lang: str,
    names: frozenset[str] = frozenset(),
    elsewhere: str = "",
) -> str:
    """The ``index``-th recital of ``items``, cleaned. In Indonesian, each party's short
    name (``parties``: (name, short name)) that no earlier recital used is defined at its
    first use here, or, when neither the recitals nor ``elsewhere`` (the rest of the typed
    text) use it again, the full name is written out instead; and a sentence's capital is
    dropped after "bahwa" ("bahwa banjir di ...") unless the word is a name: one of ``names``
    (the words of the parties' names and addresses and of the place) or followed by another
    capitalised word."""
    text = cleaned(items[index], lang)
    if lang != "id":
        return text
    first = _FIRST.match(text)
    if first and first.group(1) not in names and all(first.group(1) != s for _, s in parties):
        text = text[0].lower() + text[1:]
    earlier = [str(t) for t in items[:index]]
    for name, short in parties:
        if not short or short.casefold() == name.casefold():
            continue
        full = re.compile(
            rf"(?<!\w){re.escape(name)}(?!\w)(?:\s*\(\s*[\"“]?{re.escape(short)}[\"”]?\s*\))?"
        )
        alone = re.compile(rf"(?<!\w){re.escape(short)}(?!\w)")
        if any(full.search(t) or alone.search(t) for t in earlier):
            continue  # defined (or already written out) in an earlier recital
        f, a = full.search(text), alone.search(text)
        hit = f if f is not None and (a is None or f.start() <= a.start()) else a
        if hit is None:
            continue
        rest = [text[hit.end() :], *(str(t) for t in items[index + 1 :]), elsewhere]
        if any(alone.search(t) for t in rest):
            term = f'{name} ("{short}")'
        else:  # a term used once is not worth defining (mou check: MOU-K007)
            term = text[hit.start() : hit.end()] if hit is f else name
        text = f"{text[: hit.start()]}{term}{text[hit.end() :]}"
    return text


def name_words(texts: Sequence[str]) -> frozenset[str]:
    """The capitalised words of ``texts``: words that are names wherever they appear."""
    return frozenset(w for t in texts for w in re.findall(r"\b[A-Z][a-z]+\b", str(t)))


def typed_texts(value: Any, lang: str) -> Iterator[str]:
    """Every text in dumped answers data, in ``lang`` where a text gives both languages."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        if set(value) == {"id", "en"}:
            yield from typed_texts(value[lang], lang)
        else:
            for v in value.values():
                yield from typed_texts(v, lang)
    elif isinstance(value, list):
        for v in value:
            yield from typed_texts(v, lang)
