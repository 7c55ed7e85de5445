"""Run the rules over one draft: configuration, inline suppression, findings in text order.

A rule that raises does not stop the run: it becomes a finding of ``MOU-X001``
(internal-error) naming the rule. Reading files and checking many of them at once is the
command's work (``mou_cli.commands.check_files``); this module sees only a ``Draft``.
"""

from __future__ import annotations

from mou_cli.check.config import Config
from mou_cli.check.registry import CheckRule, Hit, all_rules
from mou_cli.draft import Draft, Loc
from mou_cli.finding import RANK, Finding
from mou_cli.messages import msg

INTERNAL_ERROR = "MOU-X001"
QUOTE_MAX = 160


def message_lang(draft: Draft, cfg: Config, lang: str | None) -> str:
    """``--lang``, else the configured message language, else the draft's first language."""
    if lang in ("id", "en"):
        return lang
    if cfg.messages:
        return cfg.messages
    return draft.langs[0] if draft.langs and draft.langs[0] in ("id", "en") else "en"


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 1] + "…"


def _suppressed(draft: Draft, rule: CheckRule, loc: Loc | None) -> bool:
    for key in (rule.id, rule.name.upper(), "*"):
        where = draft.disabled.get(key)
        if not where:
            continue
        if None in where:
            return True
        if loc is not None and ((loc.line in where) or (loc.para in where)):
            return True
    return False


def _crash(rule: CheckRule, exc: Exception) -> Hit:
    """The internal-error hit for ``rule`` failing with ``exc``."""
    detail = f"{type(exc).__name__}: {exc}"[:300]
    return Hit(
        msg(
            f"galat internal pada {rule.id} ({rule.name}): {detail}",
            f"internal error in {rule.id} ({rule.name}): {detail}",
        ),
        hint=msg(
            "Ini kesalahan pada mou; draf belum diperiksa oleh aturan ini.",
            "This is a bug in mou; the draft was not checked by this rule.",
        ),
    )


def check_draft(
    draft: Draft,
    cfg: Config,
    *,
    rules: dict[str, CheckRule] | None = None,
    lang: str | None = None,
) -> list[Finding]:
    """Every finding of every enabled rule on ``draft``, suppressions applied, in text order.

    The configuration's ``lang`` becomes ``draft.expected_langs``, which ``MOU-X002`` reads.
    """
    rules = all_rules() if rules is None else rules
    if cfg.lang:
        draft.expected_langs = tuple(cfg.lang.split("-"))
    mlang = message_lang(draft, cfg, lang)
    out: list[Finding] = []

    def add(rule: CheckRule, hit: Hit) -> None:
        if _suppressed(draft, rule, hit.loc):
            return
        loc = hit.loc or Loc()
        severity = cfg.severity.get(rule.id, rule.severity)
        if hit.at_most is not None and RANK[hit.at_most] < RANK[severity]:
            severity = hit.at_most
        out.append(
            Finding(
                file=draft.path,
                rule=rule.id,
                name=rule.name,
                severity=severity,
                msg=hit.message,
                hint_msg=hit.hint,
                quote=_quote(hit.quote),
                line=loc.line,
                para=loc.para,
                page=loc.page,
                article=loc.article,
                category=rule.category,
                lang=mlang,
            )
        )

    for rule in rules.values():
        if rule.id in cfg.disable:
            continue
        try:
            hits = list(rule.check(draft))
        except Exception as exc:  # a broken rule must not stop the run
            if INTERNAL_ERROR not in cfg.disable:
                add(all_rules()[INTERNAL_ERROR], _crash(rule, exc))
            continue
        for hit in hits:
            add(rule, hit)
    out.sort(key=lambda f: (f.line or f.para or 0, -RANK[f.severity], f.rule))
    return out
