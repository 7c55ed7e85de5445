"""Which article of OLD is which article of NEW.

Articles are paired in four passes, each over those still unpaired: the same number and title;
the same title (a renumbered or moved article); the same number and a body at least
``SAME_NUMBER`` alike (a retitled article); a body at least ``SAME_BODY`` alike (a moved and
retitled one). Alike is measured on the sets of words (Jaccard), which costs little even for a
long agreement. Among the pairs, those that keep their order relative to the most others (a
longest increasing run) stayed in place; the others moved.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from mou_cli.draft import Article

SAME_NUMBER = 0.3
SAME_BODY = 0.6
_PAIR_BUDGET = 10_000  # unpaired old x new articles compared by content at most
_WORD = re.compile(r"\w+")


@dataclass
class Match:
    """An article of OLD and its counterpart in NEW (None: removed or added)."""

    old: Article | None
    new: Article | None
    how: str = ""  # number+title | title | number+content | content
    moved: bool = False


def _title(a: Article) -> str:
    return " ".join(_WORD.findall(a.title.casefold()))


def _words(a: Article) -> frozenset[str]:
    return frozenset(_WORD.findall(" ".join(c.text for c in a.body).casefold()))


def _alike(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def match(old: list[Article], new: list[Article]) -> list[Match]:
    """Every article of ``old`` and ``new`` once, paired where they are one article, in NEW's
    order (a removed article comes after the one that preceded it in OLD)."""
    pairs: dict[int, int] = {}
    how: dict[int, str] = {}
    taken: set[int] = set()

    def by_key(keyer: Callable[[Article], Hashable | None], label: str) -> None:
        queues: dict[Hashable, list[int]] = defaultdict(list)
        for j, b in enumerate(new):
            k = keyer(b)
            if j not in taken and k is not None:
                queues[k].append(j)
        for i, a in enumerate(old):
            k = keyer(a)
            if i in pairs or k is None or not queues.get(k):
                continue
            j = queues[k].pop(0)
            pairs[i], how[i] = j, label
            taken.add(j)

    by_key(lambda a: (a.number, _title(a)) if _title(a) else None, "number+title")
    by_key(lambda a: _title(a) or None, "title")
    words_old = {i: _words(a) for i, a in enumerate(old) if i not in pairs}
    words_new = {j: _words(b) for j, b in enumerate(new) if j not in taken}
    for i in list(words_old):
        for j in list(words_new):
            same = old[i].number is not None and old[i].number == new[j].number
            if same and _alike(words_old[i], words_new[j]) >= SAME_NUMBER:
                pairs[i], how[i] = j, "number+content"
                taken.add(j)
                del words_old[i], words_new[j]
                break
    if len(words_old) * len(words_new) <= _PAIR_BUDGET:
        scored = sorted(
            ((_alike(words_old[i], words_new[j]), i, j) for i in words_old for j in words_new),
            reverse=True,
        )
        for score, i, j in scored:
            if score < SAME_BODY:
                break
            if i not in pairs and j not in taken:
                pairs[i], how[i] = j, "content"
                taken.add(j)
    stayed = _in_order(pairs)
    return _ordered(old, new, pairs, how, stayed)


def _in_order(pairs: dict[int, int]) -> set[int]:
    """The old indexes of a largest set of pairs whose new indexes rise with the old ones."""
    olds = sorted(pairs)
    tails: list[int] = []  # new index ending the best run of each length
    tail_at: list[int] = []  # position in ``olds`` of that end
    back: list[int] = [-1] * len(olds)
    for k, i in enumerate(olds):
        j = pairs[i]
        at = bisect_left(tails, j)
        if at == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[at] = j
            tail_at[at] = k
        back[k] = tail_at[at - 1] if at else -1
    out: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        out.add(olds[k])
        k = back[k]
    return out


def _ordered(
    old: list[Article],
    new: list[Article],
    pairs: dict[int, int],
    how: dict[int, str],
    stayed: set[int],
) -> list[Match]:
    by_new = {j: i for i, j in pairs.items()}
    keyed: list[tuple[tuple[int, int, int], Match]] = []
    for j, b in enumerate(new):
        i = by_new.get(j)
        if i is None:
            keyed.append(((j, 0, 0), Match(None, b)))
        else:
            keyed.append(((j, 0, 0), Match(old[i], b, how[i], moved=i not in stayed)))
    after = -1  # NEW index of the last paired OLD article met, in OLD's order
    for i, a in enumerate(old):
        if i in pairs:
            after = pairs[i] if i in stayed else after
            continue
        keyed.append(((after, 1, i), Match(a, None)))
    keyed.sort(key=lambda pair: pair[0])
    return [m for _, m in keyed]
