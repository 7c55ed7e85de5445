"""Word list numbers as Word shows them, computed from ``numbering.xml`` and ``styles.xml``.

A numbered paragraph stores no number, only a list (``numId``) and a level (``ilvl``); Word
counts. Counters are kept per abstract list, as Word does, so two lists sharing one definition
continue each other unless a ``startOverride`` restarts them. A level restarts after any higher
level (or as ``lvlRestart`` says).

Values are taken within Word's own ranges, so a hostile ``numbering.xml`` costs what a real one
does: levels 0-8 (Word will not load others), starting values 0-``MAX_START`` (the bound Word
gives a list's "Start at" and OOXML gives bullet numbering), level texts of at most
``MAX_LEVEL_TEXT`` characters (Word allows 31 once the numbers are in). Every number is written
in time and length bounded by its digits: Roman numerals up to 3,999 and letters up to 780
("ZZZ...", 30 letters, Word's last), larger numbers in digits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mou_cli.readers.docx_text import VAL, Element, W, number

_EN_WORDS = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
    "Twenty",
]
_EN_ORD = [
    "Zeroth",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth",
    "Eighteenth",
    "Nineteenth",
    "Twentieth",
]


MAX_START = 32_767
MAX_LEVEL_TEXT = 64
MAX_ROMAN = 3_999
MAX_LETTER = 26 * 30
_ROMAN = (
    ("", "M", "MM", "MMM"),
    ("", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"),
    ("", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"),
    ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"),
)


def _roman(n: int) -> str:
    """1..3,999 in Roman numerals, one table lookup per digit; anything else in digits."""
    if not 1 <= n <= MAX_ROMAN:
        return str(n)
    return "".join(table[int(d)] for table, d in zip(_ROMAN, f"{n:04d}", strict=True))


def _letter(n: int) -> str:
    """Word's letters: A..Z, AA..ZZ, AAA... (the letter repeated) up to 780; then digits."""
    if not 1 <= n <= MAX_LETTER:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def fmt(n: int, num_fmt: str) -> str:
    """Counter ``n`` in Word's ``numFmt``."""
    if num_fmt in ("upperRoman", "lowerRoman"):
        r = _roman(n)
        return r if num_fmt == "upperRoman" else r.lower()
    if num_fmt in ("upperLetter", "lowerLetter"):
        r = _letter(n)
        return r if num_fmt == "upperLetter" else r.lower()
    if num_fmt == "decimalZero":
        return f"{n:02d}"
    if num_fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if num_fmt == "cardinalText" and 0 <= n < len(_EN_WORDS):
        return _EN_WORDS[n]
    if num_fmt == "ordinalText" and 0 <= n < len(_EN_ORD):
        return _EN_ORD[n]
    if num_fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass
class Level:
    start: int = 1
    num_fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # restart after this level (0-based); None = any higher level
    legal: bool = False


@dataclass
class Numbering:
    """Every list definition of a document, and the running counters."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> start
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    seen_nums: set[str] = field(default_factory=set)
    starts: dict[str, dict[int, int]] = field(default_factory=dict)  # startOverride in force

    @classmethod
    def parse(cls, root: Element | None) -> Numbering:
        self = cls()
        if root is None:
            return self
        links: dict[str, str] = {}
        for a in root.iter(f"{W}abstractNum"):
            aid = a.get(f"{W}abstractNumId", "")
            link = a.find(f"{W}numStyleLink")
            if link is not None:
                links[aid] = link.get(VAL, "")
            levels: dict[int, Level] = {}
            self.abstract[aid] = levels
            for lvl in a.findall(f"{W}lvl"):
                ilvl = number(lvl.get(f"{W}ilvl", "0"), -1, -1, 9)
                if 0 <= ilvl <= 8:
                    levels[ilvl] = _level(lvl)
        for num in root.iter(f"{W}num"):
            nid = num.get(f"{W}numId", "")
            ref = num.find(f"{W}abstractNumId")
            self.nums[nid] = ref.get(VAL, "") if ref is not None else ""
            for o in num.findall(f"{W}lvlOverride"):
                so = o.find(f"{W}startOverride")
                ilvl = number(o.get(f"{W}ilvl", "0"), -1, -1, 9)
                if so is not None and 0 <= ilvl <= 8:
                    start = number(so.get(VAL, "1"), 1, 0, MAX_START)
                    self.overrides.setdefault(nid, {})[ilvl] = start
        return self

    def label(self, num_id: str, ilvl: int) -> str:
        """The number Word shows for the next paragraph in list ``num_id`` at level ``ilvl``."""
        aid = self.nums.get(num_id)
        levels = self.abstract.get(aid or "")
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(aid or "", {})
        starts = self.starts.setdefault(aid or "", {})
        if num_id not in self.seen_nums:
            self.seen_nums.add(num_id)
            for lvl_n, start in self.overrides.get(num_id, {}).items():
                starts[lvl_n] = start
                for k in [k for k in counters if k >= lvl_n]:
                    del counters[k]
        lvl = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, starts.get(ilvl, lvl.start) - 1) + 1
        for deeper, dl in levels.items():
            if deeper > ilvl and (dl.restart is None or (dl.restart and ilvl <= dl.restart - 1)):
                counters.pop(deeper, None)
        text = lvl.text
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                ref = levels.get(k, Level())
                value = counters.get(k, starts.get(k, ref.start))
                text = text.replace(token, fmt(value, "decimal" if lvl.legal else ref.num_fmt))
        if lvl.num_fmt == "bullet":
            return ""
        return text.strip()


def _level(lvl: Element) -> Level:
    def val(tag: str, default: str = "") -> str:
        el = lvl.find(f"{W}{tag}")
        return el.get(VAL, default) if el is not None else default

    restart = number(val("lvlRestart"), -1, -1, 9)
    return Level(
        start=number(val("start", "1"), 1, 0, MAX_START),
        num_fmt=val("numFmt", "decimal") or "decimal",
        text=val("lvlText")[:MAX_LEVEL_TEXT],
        restart=restart if 0 <= restart <= 8 else None,
        legal=lvl.find(f"{W}isLgl") is not None,
    )
