"""Asking for several values at one question: a list of texts (in one line, separated by
``;``; per document language with as many items in each) and a percentage per party (summing
to 100).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mou_cli.interview.asking import Asking
from mou_cli.interview.spec import Q
from mou_cli.interview.state import Ctx, get_path
from mou_cli.messages import Msg, msg
from mou_cli.model import TextMap, text_in

HINT_LIST = msg("pisahkan butir dengan ;", "separate items with ;")


class AskingSeveral(Asking):
    """``Asking``, plus the question kinds that give several values: ``list`` and ``shares``."""

    def _ask(
        self, q: Q, item: dict[str, Any], key: str, ctx: Ctx, label: str, lead: bool = False
    ) -> Any:
        if q.kind == "shares":
            return self._shares(q, item, key, ctx)
        if q.kind == "list":
            return self._list(q, item, key, ctx, self._message(q, label))
        return super()._ask(q, item, key, ctx, label, lead)

    def _list(
        self, q: Q, item: dict[str, Any], key: str, ctx: Ctx, message: str
    ) -> list[Any] | None:
        """Several texts in one prompt per document language, ``a; b; c``."""
        current = get_path(item, q.path)
        existing = list(current) if isinstance(current, list) else []
        langs = ctx.doc_langs if q.translatable else (ctx.doc_lang,)
        out: dict[str, list[str]] = {}
        for lang in langs:
            ctx.text_lang = lang
            shown = "; ".join(_in(v, lang) for v in existing) if existing else None
            suggested = "; ".join(self._default(q, ctx) or []) if not existing else ""
            first = out.get(langs[0])
            value = self._text(
                q,
                key,
                ctx,
                f"{message} [{lang.upper()}]" if len(langs) > 1 else message,
                shown,
                optional=q.optional and first is None,
                default=suggested or None,
                check=_as_many(len(first)) if first is not None else None,
                instruction=self.t(HINT_LIST),
                kind="list",
            )
            if not value:
                return None
            out[lang] = value
        if len(langs) == 1:
            return out[langs[0]]
        return [{lang: out[lang][i] for lang in langs} for i in range(len(out[langs[0]]))]

    def _shares(self, q: Q, item: dict[str, Any], key: str, ctx: Ctx) -> list[dict[str, Any]]:
        """A percentage per party, the last one given what is left so that they sum to 100."""
        names = ctx.short_names
        current = get_path(item, q.path)
        before = {s.get("party"): s.get("percent") for s in current or [] if isinstance(s, dict)}
        out: list[dict[str, Any]] = []
        left: float = 100
        for j, name in enumerate(names):
            last = j == len(names) - 1
            equal = round(100 / len(names))
            default = left if last else min(equal, left)
            prefill = before.get(name) if not last and name in before else None
            value = self._text(
                Q(q.path, "percent", q.prompt),
                f"{key}[{name}]",
                ctx,
                self.t(q.prompt, party=name),
                prefill,
                False,
                default=default,
                check=_share_check(name, left, last),
                instruction=self.t(msg(f"tersisa {num(left)}%", f"{num(left)}% left")),
                model_path=None,
            )
            left = round(left - value, 6)
            if value:
                out.append({"party": name, "percent": value})
        return out


def _in(value: Any, lang: str) -> str:
    """One list item's text in ``lang``."""
    if isinstance(value, dict):
        value = TextMap(**{k: v for k, v in value.items() if k in ("id", "en")})
    return text_in(value, lang) or ""


def _as_many(n: int) -> Callable[[Any], Msg | None]:
    def check(value: Any) -> Msg | None:
        if isinstance(value, list) and len(value) != n:
            return msg(
                f"Tulis {n} butir, sebanyak teks Indonesia (sekarang {len(value)}).",
                f"Write {n} items, as many as the Indonesian text ({len(value)} now).",
            )
        return None

    return check


def _share_check(name: str, left: float, last: bool) -> Callable[[Any], Msg | None]:
    """A party's share is at most what is ``left``; the ``last`` party's is exactly that."""

    def check(value: Any) -> Msg | None:
        if last and abs(value - left) > 1e-9:
            return msg(
                f"Sisa untuk {name} adalah {num(left)}%; jumlah harus 100%.",
                f"{name} gets the remaining {num(left)}%; shares must sum to 100%.",
            )
        if value > left + 1e-9:
            return msg(
                f"Melebihi sisa {num(left)}%; tulis paling banyak {num(left)}.",
                f"More than the {num(left)}% left; write at most {num(left)}.",
            )
        return None

    return check


def num(x: float) -> str:
    """A percentage without a needless ``.0``."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
