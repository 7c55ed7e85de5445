"""Word list numbers as Word shows them, computed from ``numbering.xml`` and ``styles.xml``.

A numbered paragraph stores no number, only a list (``numId``) and a level (``ilvl``); Word
counts. Counters are kept per abstract list, as Word does, so two lists sharing one definition
continue each other unless a ``startOverride`` restarts them. A level restarts after any higher
level (or as ``lvlRestart`` says).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mou_cli.readers.docx_text import VAL, Element, W

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


_ROMAN_VALUES = (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1)
_ROMAN_DIGITS = ("M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I")


def _roman(n: int) -> str:
    out = []
    for v, s in zip(_ROMAN_VALUES, _ROMAN_DIGITS, strict=True):
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letter(n: int) -> str:
    # Word: A..Z, AA..ZZ, AAA... (the letter repeated)
    n = max(n, 1)
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
    if num_fmt == "cardinalText" and n < len(_EN_WORDS):
        return _EN_WORDS[n]
    if num_fmt == "ordinalText" and n < len(_EN_ORD):
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
            self.abstract[aid] = {
                int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in a.iter(f"{W}lvl")
            }
        for num in root.iter(f"{W}num"):
            nid = num.get(f"{W}numId", "")
            ref = num.find(f"{W}abstractNumId")
            self.nums[nid] = ref.get(VAL, "") if ref is not None else ""
            for o in num.iter(f"{W}lvlOverride"):
                so = o.find(f"{W}startOverride")
                if so is not None:
                    ilvl = int(o.get(f"{W}ilvl", "0"))
                    self.overrides.setdefault(nid, {})[ilvl] = int(so.get(VAL, "1"))
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

    restart = val("lvlRestart")
    return Level(
        start=int(val("start", "1") or 1),
        num_fmt=val("numFmt", "decimal") or "decimal",
        text=val("lvlText"),
        restart=int(restart) if restart.isdigit() else None,
        legal=lvl.find(f"{W}isLgl") is not None,
    )
