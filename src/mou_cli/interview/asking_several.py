"""Asking for several values at one question: a list of texts (one prompt each, kept as typed)
and a percentage per party (summing to 100).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mou_cli.interview.asking import HINT_END, Asking
from mou_cli.interview.spec import Q
from mou_cli.interview.state import Ctx, get_path, set_path
from mou_cli.messages import Msg, msg

MAX_LIST = 20


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
        """Several texts, one prompt each; what is typed is kept as it goes."""
        current = get_path(item, q.path)
        existing = list(current) if isinstance(current, list) else []
        langs = ctx.doc_langs if q.translatable else (ctx.doc_lang,)
        suggested: list[dict[str, str]] = []
        if not existing:
            for lang in langs:
                ctx.text_lang = lang
                for i, text in enumerate(self._default(q, ctx) or []):
                    if i == len(suggested):
                        suggested.append({})
                    suggested[i][lang] = text
        out: list[Any] = []
        for n in range(MAX_LIST):
            shown = existing[n] if n < len(existing) else None
            suggestion = suggested[n] if n < len(suggested) else None
            item_key, label = f"{key}[{n}]", f"{message} {n + 1}"
            end = shown is None and suggestion is None
            value = self._list_item(q, item_key, ctx, label, langs, shown, suggestion or {}, end)
            if value is None:
                if end:
                    break
                continue
            out.append(value)
            set_path(item, q.path, out + existing[n + 1 :])  # kept, in case of a pause
            self.on_answer()
        return out or None

    def _list_item(
        self,
        q: Q,
        key: str,
        ctx: Ctx,
        message: str,
        langs: tuple[str, ...],
        shown: Any,
        suggestion: dict[str, str],
        end: bool,
    ) -> Any:
        out: dict[str, str] = {}
        for j, lang in enumerate(langs):
            ctx.text_lang = lang
            asked = f"{message} [{lang.upper()}]" if len(langs) > 1 else message
            now = shown.get(lang) if isinstance(shown, dict) else shown
            value = self._text(
                q,
                key,
                ctx,
                asked,
                now,
                optional=j == 0,
                default=suggestion.get(lang) or "",
                instruction=self.t(HINT_END) if end and j == 0 else "",
            )
            if value is None:
                return None
            out[lang] = value
        return out if len(langs) > 1 else out[langs[0]]

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


def _share_check(name: str, left: float, last: bool) -> Callable[[Any], Msg | None]:
    """A party's share is at most what is ``left``; the ``last`` party's is exactly that."""

    def check(value: Any) -> Msg | None:
        if last and abs(value - left) > 1e-9:
            return msg(
                f"Sisa untuk {name} adalah {num(left)}%; jumlah harus 100%.",
                f"{name} gets the remaining {num(left)}%; shares must sum to 100%.",
            )
        if value > left + 1e-9:
            return msg(f"Melebihi sisa {num(left)}%.", f"More than the {num(left)}% left.")
        return None

    return check


def num(x: float) -> str:
    """A percentage without a needless ``.0``."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
