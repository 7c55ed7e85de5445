"""Every regular expression of the readers, the draft helpers and the rules runs in linear time.

A draft is text from anyone, so no pattern may take time that grows faster than the text
(Python's ``re`` backtracks: ``\\.{3,}\\s*\\d+$`` on 30,000 dots is 450 million steps). The
patterns are collected, not listed: every compiled pattern (``re.compile``, ``lazy``) among the
globals of each module of those packages (in lists and dicts too), every ``lazy`` pattern made
so far, and every constant pattern written inline (``re.match(r"...", ...)``), so a pattern
added later is timed too.

Each pattern is run on hostile text made from its own alphabet: long runs of each character
and character class it names, of each literal fragment, and of each sample of each of its parts
and the prefixes of those samples (text that almost matches, again and again), each ended by a
character outside the pattern. ``finditer`` (which does the work of ``search`` and ``sub`` and
more), ``match`` and ``fullmatch`` are timed on ``SCREEN`` characters; a text that takes longer
than a linear pattern could is timed again at 10k and 40k characters, and the time must grow
about linearly (4x, not 16x) and stay under ``CAP``. The end-to-end tests run the reproducers of
issue 13 through ``python -m mou_cli check`` in a subprocess with a time and memory limit.
"""

from __future__ import annotations

import ast
import gc
import importlib
import inspect
import json
import math
import os
import pkgutil
import re
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mou_cli.draft import rx

if sys.version_info >= (3, 11):
    from re import _constants as sre
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as sre
    import sre_parse

PACKAGES = ("mou_cli.readers", "mou_cli.draft", "mou_cli.check")
SCREEN = 6_000  # characters of each hostile text in the first pass
SMALL, LARGE = 10_000, 40_000  # the second pass, for texts slow in the first
SUSPECT = 1.2e-6  # seconds per character: slower than any linear pattern here, even on a busy CI
GROWTH = 8.0  # LARGE / SMALL time: 4 for linear, 16 for quadratic
FLOOR = 0.1  # seconds for LARGE characters below which growth is not judged (timer noise)
CAP = 1.0  # seconds for LARGE characters, whatever the growth (measured: well under 0.05)
END = "\x00"  # ends every hostile text: outside every pattern, so every match attempt fails
MAX_TEXTS = 320  # hostile texts per pattern (the most useful first)

# --- the patterns ------------------------------------------------------------------------------


def _modules() -> Iterator[Any]:
    for name in PACKAGES:
        package = importlib.import_module(name)
        yield package
        for info in pkgutil.walk_packages(package.__path__, f"{name}."):
            if not info.name.endswith("__main__"):
                yield importlib.import_module(info.name)


def _key(p: Any) -> tuple[str, int] | None:
    if isinstance(p, (re.Pattern, rx.Lazy)) and isinstance(p.pattern, str):
        return p.pattern, p.flags & ~re.UNICODE
    return None


def _in(value: Any, depth: int = 0) -> Iterator[tuple[str, int]]:
    """The patterns in ``value``: a pattern, or lists, tuples and dicts holding some."""
    key = _key(value)
    if key is not None:
        yield key
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset, dict)):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _in(item, depth + 1)


# the operations timed: ``finditer`` stands for every scan (search, findall, sub, split)
SCAN, MATCH, FULL = "finditer", "match", "fullmatch"
ALL_OPS = frozenset([SCAN, MATCH, FULL])
_OP = {"search": SCAN, "finditer": SCAN, "findall": SCAN, "sub": SCAN, "subn": SCAN,
       "split": SCAN, "match": MATCH, "fullmatch": FULL}  # fmt: skip
_RE_FLAGS_AT = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "finditer": 2,
                "findall": 2, "split": 3, "sub": 4, "subn": 4}  # fmt: skip


def _source(module: Any) -> str:
    try:
        return inspect.getsource(module)
    except (OSError, TypeError):
        return ""


def _inline(module: Any) -> Iterator[tuple[str, tuple[str, int], frozenset[str]]]:
    """Constant patterns written in calls: ``re.search(r"...", text, re.I)``, ``lazy(r"...")``,
    with the operation the call does (none for ``lazy`` and ``re.compile``)."""
    for node in ast.walk(ast.parse(_source(module))):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        if isinstance(f, ast.Attribute) and getattr(f.value, "id", "") == "re":
            at = _RE_FLAGS_AT.get(name)
        elif name == "lazy":
            at = 1
        else:
            continue
        if at is None:
            continue
        flags: ast.expr | None = node.args[at] if len(node.args) > at else None
        flags = next((k.value for k in node.keywords if k.arg == "flags"), flags)
        value = eval(compile(ast.Expression(flags), "<flags>", "eval"), {"re": re}) if flags else 0
        ops = frozenset([_OP[name]]) if name in _OP else frozenset()  # compiled: used elsewhere
        yield f"{module.__name__}:{node.lineno}", (first.value, int(value) & ~re.UNICODE), ops


def _uses(name: str, code: str) -> frozenset[str]:
    """The operations ``code`` (import lines left out) calls on the pattern held by ``name``
    (``_TOC.fullmatch(``); every operation when the name is also used otherwise (kept in a
    tuple, passed to a helper), since what is done with it there is not known."""
    ops: set[str] = set()
    for m in re.finditer(rf"\b{re.escape(name)}\b(?!\s*=[^=])(\.(\w+)\(?)?", code):
        attr = m[2] or ""
        if attr in _OP and m[1].endswith("("):
            ops.add(_OP[attr])
        elif attr not in ("pattern", "flags"):
            return ALL_OPS
    return frozenset(ops)


def collect(modules: list[Any] | None = None) -> dict[tuple[str, int], tuple[str, frozenset[str]]]:
    """Every pattern of ``modules`` (all those of ``PACKAGES``) and every ``lazy`` one made so
    far: where it was first found, and the operations timed: those the code calls on it, or
    all of them when it is not only called by name (kept in a list, passed to a helper)."""
    modules = list(_modules()) if modules is None else modules
    lines = "\n".join(map(_source, modules)).splitlines()
    code = "\n".join(ln for ln in lines if not ln.lstrip().startswith(("from ", "import ")))
    found: dict[tuple[str, int], tuple[str, frozenset[str]]] = {}

    def add(key: tuple[str, int], where: str, ops: frozenset[str]) -> None:
        first, before = found.get(key, (where, frozenset()))
        found[key] = first, before | ops

    for module in modules:
        for name, value in vars(module).items():
            for key in _in(value):
                add(key, f"{module.__name__}.{name}", _uses(name, code))
        for where, key, ops in _inline(module):
            add(key, where, ops)
    for lazy in rx.made():
        key = _key(lazy)
        if key is not None:
            add(key, repr(lazy)[:60], frozenset())
    return {key: (where, ops or ALL_OPS) for key, (where, ops) in found.items()}


PATTERNS = collect()

# --- hostile texts from a pattern's own alphabet ------------------------------------------------

POOL = " \n\t.,:;-_!?()[]\"'/aZ07é…“”"  # common text characters, tried in every class
_CATEGORY = {
    "DIGIT": str.isdigit,
    "SPACE": str.isspace,
    "WORD": lambda c: c.isalnum() or c == "_",
    "LINEBREAK": lambda c: c == "\n",
}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def _category(cat: Any, ch: str) -> bool:
    name = str(cat).replace("CATEGORY_", "").replace("UNI_", "").replace("LOC_", "")
    negated = name.startswith("NOT_")
    return _CATEGORY[name.removeprefix("NOT_")](ch) != negated


def _member(items: list[tuple[Any, Any]], ch: str, ignore_case: bool) -> bool:
    """``ch`` is in the character class ``items`` (a parsed ``[...]``)."""
    negated, hit = False, False
    for c in {ch, ch.lower(), ch.upper()} if ignore_case else {ch}:
        for op, av in items:
            if op is sre.NEGATE:
                negated = True
            elif op is sre.LITERAL:
                hit |= ord(c) == av
            elif op is sre.RANGE:
                hit |= av[0] <= ord(c) <= av[1]
            elif op is sre.CATEGORY:
                hit |= _category(av, c)
    return hit != negated


class _Samples:
    """The alphabet, literal fragments and sample strings of a parsed pattern and its parts."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.ignore_case = bool(flags & re.IGNORECASE)
        self.chars: dict[str, None] = {}
        self.fragments: dict[str, None] = {}
        self.parts: dict[str, None] = {}  # a sample of every sequence inside the pattern
        tree = sre_parse.parse(pattern, flags)
        self._alphabet(list(tree))
        self.whole = self._seq(list(tree))

    def _alphabet(self, seq: list[tuple[Any, Any]]) -> None:
        run = ""
        for op, av in [*seq, (None, None)]:
            if op is sre.LITERAL:
                run += chr(av)
                self.chars[chr(av)] = None
                continue
            if len(run) > 1:
                self.fragments[run] = None
            run = ""
            if op is sre.IN:
                for iop, iav in av:
                    if iop is sre.LITERAL:
                        self.chars[chr(iav)] = None
                    elif iop is sre.RANGE:
                        self.chars.update(dict.fromkeys(map(chr, iav)))
            for sub in _children(op, av):
                self._alphabet(list(sub))

    def _class(self, items: list[tuple[Any, Any]]) -> list[str]:
        cands = [chr(av) for op, av in items if op is sre.LITERAL]
        cands += [chr(x) for op, av in items if op is sre.RANGE for x in (av[0], av[1])]
        cands += [*POOL, *self.chars]
        out = list(dict.fromkeys(c for c in cands if _member(items, c, self.ignore_case)))
        return out[:6]

    def _seq(self, seq: list[tuple[Any, Any]]) -> list[str]:
        """Samples of a sequence: the first sample of each item, then each item varied."""
        items = [self._item(op, av) or [""] for op, av in seq]
        out = ["".join(i[0] for i in items)]
        for k, samples in enumerate(items):
            for alt in samples[1:4]:
                out.append("".join(alt if j == k else i[0] for j, i in enumerate(items)))
        out = list(dict.fromkeys(out))[:8]
        self.parts.update(dict.fromkeys(s for s in out if s))
        return out

    def _item(self, op: Any, av: Any) -> list[str]:
        name = str(op)
        if op is sre.LITERAL:
            return [chr(av)]
        if op is sre.NOT_LITERAL:
            return [next(c for c in POOL if ord(c) != av)]
        if op is sre.ANY:
            return ["a", "\n"]
        if op is sre.IN:
            return self._class(av)
        if op is sre.BRANCH:
            return [s for alt in av[1] for s in self._seq(list(alt))[:2]][:16]
        if op is sre.SUBPATTERN:
            return self._seq(list(av[-1]))
        if name in _REPEATS:
            low, high, sub = av
            subs = self._seq(list(sub))
            high = 60 if high is sre.MAXREPEAT else high
            out = [subs[0] * max(low, 1), subs[0] * min(high, max(low, 3)), "".join(subs)]
            return out + ([""] if low == 0 else [])
        if name == "ATOMIC_GROUP":
            return self._seq(list(av))
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            self._seq(list(av[1]))  # its alphabet and parts count; it matches nothing itself
            return [""]
        if op is sre.GROUPREF_EXISTS:
            return self._seq(list(av[1]))
        return [""]  # AT (anchors), GROUPREF


def _children(op: Any, av: Any) -> list[Any]:
    name = str(op)
    if op is sre.BRANCH:
        return list(av[1])
    if op is sre.SUBPATTERN or name in _REPEATS:
        return [av[-1]]
    if name == "ATOMIC_GROUP":
        return [av]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]
    if op is sre.GROUPREF_EXISTS:
        return [s for s in av[1:] if s]
    return []


def _root(unit: str) -> str:
    """The shortest string whose repetition is ``unit`` repeated ("abab" -> "ab")."""
    for size in range(1, len(unit) // 2 + 1):
        if len(unit) % size == 0 and unit[:size] * (len(unit) // size) == unit:
            return unit[:size]
    return unit


Text = tuple[str, str]  # a hostile text: a head, then a unit repeated


def texts(pattern: str, flags: int) -> list[Text]:
    """Hostile texts for ``pattern``: runs of each character it names and of common ones, of
    its literal fragments, and of samples of its parts and their prefixes (what almost matches,
    again and again); and a prefix of each sample followed by a run of its next character
    ("<a" then "a" repeated)."""
    s = _Samples(pattern, flags)
    runs: dict[str, None] = dict.fromkeys([*s.chars, *POOL, *s.fragments])
    pumps: dict[Text, None] = {}
    for sample in [*s.whole, *s.parts]:
        cuts = {len(sample) * k // 4 for k in range(1, 4)} | {1, len(sample) - 1, len(sample)}
        runs.update(dict.fromkeys(sample[:c] for c in sorted(cuts) if c > 0))
        runs[sample + " "] = None
        pumps.update(
            dict.fromkeys((sample[:c], sample[c]) for c in sorted(cuts) if c < len(sample))
        )
    out = [("", _root(u)) for u in runs if u]
    out += [(head, unit) for head, unit in pumps if (head, unit) not in out]
    return [t for t in dict.fromkeys(out) if END not in t[0] + t[1]][:MAX_TEXTS]


def hostile(text: Text, size: int) -> str:
    head, unit = text
    return head + (unit * (size // len(unit) + 1))[: size - 1 - len(head)] + END


def _show(text: Text) -> str:
    return f"{text[0]!r} then {text[1]!r} repeated" if text[0] else f"{text[1]!r} repeated"


# --- timing ------------------------------------------------------------------------------------


class _TooSlow(Exception):
    """A timed run went over its limit (raised from the CPU-time alarm)."""


def _stop(signum: int, frame: object) -> None:
    raise _TooSlow


def _seconds(run: Callable[[], object], limit: float = CAP) -> float:
    """CPU seconds ``run`` takes (on a busy machine, wall time also counts the waits), or
    ``inf`` when it takes over ``limit``: an alarm stops it (``re`` checks for signals), so a
    pattern that takes cubic or exponential time fails the test instead of hanging it."""
    before = signal.signal(signal.SIGVTALRM, _stop)
    signal.setitimer(signal.ITIMER_VIRTUAL, limit)
    gc.disable()
    try:
        start = time.thread_time()
        run()
        return time.thread_time() - start
    except _TooSlow:
        return math.inf
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, before)
        gc.enable()


def _operations(pattern: re.Pattern[str]) -> dict[str, Callable[[str], object]]:
    return {
        SCAN: lambda text: sum(1 for _ in pattern.finditer(text)),
        MATCH: pattern.match,
        FULL: pattern.fullmatch,
    }


def _best(run: Callable[[str], object], text: str, tries: int = 3) -> float:
    """The least of ``tries`` timings (the machine's own hiccups only add time)."""
    best = math.inf
    for _ in range(tries):
        best = min(best, _seconds(lambda: run(text)))
        if math.isinf(best):
            break
    return best


def _slow(run: Callable[[str], object], text: Text) -> str | None:
    """Why ``run`` is not linear on the hostile text ``text``, or None when it is."""
    if _seconds(lambda: run(hostile(text, SCREEN))) < SUSPECT * SCREEN:
        return None
    small = _best(run, hostile(text, SMALL))
    large = _best(run, hostile(text, LARGE)) if small < CAP / 4 else math.inf
    growth = large / max(small, 1e-4)
    if large < FLOOR or (growth <= GROWTH and large <= CAP):
        return None
    if math.isinf(small):
        return f"over {CAP}s at {SMALL:,} characters"
    if math.isinf(large):
        return f"{small:.3f}s at {SMALL:,} characters, over {CAP}s at {LARGE:,}"
    return f"{small:.3f}s at {SMALL:,} characters, {large:.3f}s at {LARGE:,} ({growth:.1f}x)"


def slow_texts(pattern: str, flags: int, ops: frozenset[str] = ALL_OPS, most: int = 3) -> list[str]:
    """What is wrong with ``pattern``: a line for each hostile text (up to ``most``) on which
    one of ``ops`` takes super-linear time; empty when there is none."""
    compiled = re.compile(pattern, flags)
    problems = []
    for text in texts(pattern, flags):
        for op, run in _operations(compiled).items():
            if op not in ops:
                continue
            why = _slow(run, text)
            if why is not None:
                problems.append(f"{op} on {_show(text)}: {why}")
                if len(problems) >= most:
                    return problems
    return problems


@pytest.mark.parametrize(
    ("pattern", "flags"), list(PATTERNS), ids=[where for where, _ in PATTERNS.values()]
)
def test_pattern_runs_in_linear_time_on_hostile_text(pattern: str, flags: int) -> None:
    assert slow_texts(pattern, flags, PATTERNS[pattern, flags][1]) == []


# --- the harness itself ------------------------------------------------------------------------


SAMPLE = """
import re
from mou_cli.draft.rx import lazy

SCANNED = re.compile(r"a+b")
MATCHED = lazy(r"c+d", re.I)
LISTED = [lazy(r"e+f")]


def use(text):
    SCANNED.finditer(text)
    MATCHED.match(text)
    return re.fullmatch(r"g+h", text, flags=re.S)


def make():
    return lazy(r"i+j")
"""


def test_every_kind_of_pattern_is_collected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A global pattern, a ``lazy`` one, one in a list, a constant one written inline and one
    made by a call are all found, each with the operations the code does with it."""
    (tmp_path / "regex_sample.py").write_text(SAMPLE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("regex_sample")
    made = module.make()
    found = collect([module])
    assert found[r"a+b", 0] == ("regex_sample.SCANNED", frozenset([SCAN]))
    assert found[r"c+d", re.I] == ("regex_sample.MATCHED", frozenset([MATCH]))
    assert found[r"e+f", 0] == ("regex_sample.LISTED", ALL_OPS)
    assert found[r"g+h", re.S] == ("regex_sample:13", frozenset([FULL]))
    assert found[made.pattern, 0][1] == ALL_OPS
    assert len(PATTERNS) > 200  # and the real ones are there


def test_the_harness_finds_known_slow_patterns() -> None:
    """What issue 13 found, as it was: each of these is flagged (so a pass means something)."""
    for pattern, flags in [
        (r"(\.{3,}|…+|_{4,}|\t)\s*[\divxlc]+\s*$", re.I),  # headings._TOC
        (r"\{\{.*?\}\}|\{%.*?%\}", 0),  # placeholder._TAG
        (r"<!--.*?-->", re.S),  # markdown._COMMENT
        (r"(?P<num>\d[\d.,]*\d|\d)\s?(?P<pct>%)?\s*\((?P<words>[^()]{2,160})\)", 0),
    ]:
        assert slow_texts(pattern, flags, most=1), pattern


def test_the_harness_passes_linear_patterns() -> None:
    for pattern in (r"\bPIHAK\s+KEDUA\b", r"[A-Za-z]+(?:-[A-Za-z]+)*", r"<!--(?:[^-]|-(?!->))"):
        assert slow_texts(pattern, 0) == [], pattern


# --- end to end: the reproducers of issue 13, and what the review found ------------------------

MEMORY = 1 << 30  # bytes of address space a run may use
SECONDS = 8  # CPU seconds a run stays well within (Python starting and importing included)


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _docx(path: Path, text: str, table: bool) -> None:
    """A DOCX holding ``text`` in a paragraph after "Pasal 1", or in each cell of a table of
    two signature columns (line breaks as ``w:br``)."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("Pasal 1")
    if table:
        cells = doc.add_table(rows=1, cols=2).rows[0].cells
        for cell in cells:
            cell.text = text
    else:
        doc.add_paragraph(text)
    doc.save(str(path))


OPENING = """NOTA KESEPAHAMAN

Pada hari ini para pihak yang bertanda tangan di bawah ini:

{}

Pasal 1
Maksud dan Tujuan

Para pihak sepakat untuk bekerja sama dalam bidang pendidikan.
"""
NOT_BINDING = """NOTA KESEPAHAMAN

Pasal 1
Sifat

Nota Kesepahaman ini tidak mengikat secara hukum.

Pasal 2
Ruang Lingkup

{}
"""
BILINGUAL = """# NOTA KESEPAHAMAN

> MEMORANDUM OF UNDERSTANDING

## Pasal 1 Maksud dan Tujuan

> Article 1 Purpose

Para pihak sepakat untuk bekerja sama dalam bidang pendidikan dan pelatihan bagi para petani \
sesuai dengan ketentuan yang berlaku. {}

> The parties agree to cooperate in the field of education and training for farmers under \
> the applicable law.

## Pasal 2 Jangka Waktu

> Article 2 Term

Nota Kesepahaman ini berlaku selama 2 (dua) tahun sejak tanggal ditandatangani oleh para pihak.

> This Memorandum is valid for two (2) years from the date of signature by the parties.
"""
PURPOSE = "Pasal 1\nMaksud dan Tujuan\n\nPara pihak bekerja sama sesuai ayat (1){}x\n"

# case -> (file name, its text): a ".table.docx" puts the text in table cells
REPRODUCERS: dict[str, tuple[str, str]] = {
    # issue 13, item 3
    "dots then ! (headings._TOC)": ("t.txt", "." * 30_000 + "!\n"),
    "60 KB of dots": ("t.txt", "." * 60_000 + "!\n"),
    "a DOCX paragraph of dots": ("t.docx", "." * 30_000 + "!"),
    "underscores in Markdown": ("t.md", "_" * 60_000 + "!\n"),
    "{{ repeated (placeholder._TAG)": ("t.md", "{{" * 30_000 + "\n"),
    "{% repeated (placeholder._TAG)": ("t.md", "{%" * 30_000 + "\n"),
    "XXX repeated (placeholder._ROMAN_BEFORE)": ("t.txt", "XXX " * 10_000 + "\n"),
    "<!-- repeated (markdown._COMMENT)": ("t.md", "<div>\n" + "<!--" * 200_000 + "\n"),
    "digits before a bracket (numbers._DIGITS_FIRST)": ("t.txt", "1" * 30_000 + " (satu hari\n"),
    "dotted capitals (parties.ENTITY)": (
        "t.txt",
        OPENING.format(
            'PT Maju, selanjutnya disebut "Mitra".\n\nMitra Ltd, ' + "A." * 15_000 + " x"
        ),
    ),
    "spaces in a name (parties._ON_BEHALF, _FORMS_RE)": (
        "t.txt",
        OPENING.format("Untuk dan atas nama A" + " " * 20_000 + "x, selanjutnya disebut Mitra"),
    ),
    "quotes before an alias (parties._BEFORE_ALIAS)": (
        "t.txt",
        OPENING.format("Antara " + '"' * 30_000 + " (hereinafter “X”)"),
    ),
    # found in the review
    "an unclosed quote in an alias (parties._ALIAS)": (
        "t.txt",
        OPENING.format("PT A (the “A" * 6_000),
    ),
    "a directive with spaces (directives._DIRECTIVE)": (
        "t.txt",
        "mou: disable=MOU-C005" + " " * 20_000 + "!\n",
    ),
    "an unclosed HTML tag (markdown._TAG)": ("t.md", "<div>\n<a" + "a" * 30_000 + "\n"),
    "recitals then spaces (landmarks._BACKGROUND)": ("t.txt", "Recitals" + " " * 20_000 + "x\n"),
    "hyphens before a bracket (dates._DURATION)": (
        "t.txt",
        "Pasal 1\nJangka Waktu\n\nBerlaku sejak 1 April 2027 sampai dengan 31 Maret 2029 selama "
        + "-a" * 15_000
        + ", 2 (dua) tahun.\n",
    ),
    "a reference then spaces (bilingual_mismatch._REFS)": (
        "t.md",
        BILINGUAL.format("Lihat ayat 1" + " " * 3_000 + "x."),
    ),
    "a reference then spaces (goals_not_measurable._REFS)": (
        "t.txt",
        PURPOSE.format(" " * 30_000),
    ),
    "materai in one long word (materai_spelling)": ("t.txt", "materai." * 20_000 + "\n"),
    "kerjasama in one long word (kerjasama_spelling)": ("t.txt", "kerjasama." * 20_000 + "\n"),
    "duties in a non-binding MoU (obligations_in_nonbinding_mou)": (
        "t.txt",
        NOT_BINDING.format("Para pihak wajib membayar denda. " * 6_000),
    ),
}


def write_case(path: Path, text: str) -> Path:
    """The reproducer file: plain text, or a DOCX (in table cells for ".table.docx")."""
    if path.name.endswith(".docx"):
        table = path.name.endswith(".table.docx")
        path = path.with_name(path.name.replace(".table.docx", ".docx"))
        _docx(path, text, table)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def check_seconds(path: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """``python -m mou_cli check path --format json`` with a time and memory limit (the code
    this test imported, wherever it is), and the CPU seconds it took (a busy machine does not
    count). JSON, since the text report of 20,000 findings takes seconds of its own."""
    import mou_cli

    source = str(Path(mou_cli.__file__).resolve().parents[1])
    path_var = os.pathsep.join([source, os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-m", "mou_cli", "check", path.name, "--format", "json"],
        cwd=path.parent,
        capture_output=True,
        text=True,
        timeout=SECONDS * 6,
        preexec_fn=_limits,
        env={**os.environ, "PYTHONPATH": path_var, "NO_COLOR": "1", "COLUMNS": "120"},
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return done, cpu


@pytest.mark.parametrize("case", list(REPRODUCERS))
def test_reproducer_finishes_quickly(tmp_path: Path, case: str) -> None:
    name, text = REPRODUCERS[case]
    done, seconds = check_seconds(write_case(tmp_path / name, text))
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert json.loads(done.stdout)["files"][0]["error"] is None
    assert seconds < SECONDS, f"{case}: {seconds:.1f} CPU seconds"
