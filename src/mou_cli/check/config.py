"""`mou check` configuration: ``[tool.mou.check]`` in ``pyproject.toml`` or ``[check]`` in
``mou.toml``: the nearest configuration file from the current folder upwards, as for
`mou new` (``mou.toml`` wins in the same folder)::

    [tool.mou.check]
    disable = ["MOU-S003", "archaic-words"]     # rule ids (MOU-S003, S003) or names
    severity = { "MOU-C005" = "error", "MOU-I002" = "off" }   # error | warning | info | off
    lang = "id"            # the language drafts must have: id | en | id-en
    messages = "en"        # message language (default: each draft's first language)
    fail_on = "warning"    # error | warning | info (default error)
    exclude = ["archive/**", "*.old.md"]   # skipped when a folder is checked
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mou_cli.config import find_config, read_toml
from mou_cli.errors import MouError
from mou_cli.finding import SEVERITIES, Rule, find_rule

LANGS = ("id", "en", "id-en")
MESSAGE_LANGS = ("id", "en")
DEFAULT_EXCLUDE = ("*.checklist.md", "~$*", ".*", "README*", "CHANGELOG*", "LICENSE*")


class ConfigError(MouError):
    """The configuration file is wrong."""


@dataclass
class Config:
    disable: set[str] = field(default_factory=set)  # rule ids (upper case)
    severity: dict[str, str] = field(default_factory=dict)  # rule id -> severity
    lang: str | None = None  # expected draft language
    messages: str | None = None  # message language
    fail_on: str = "error"
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    source: Path | None = None  # the file it came from


@contextmanager
def _config_errors() -> Iterator[None]:
    """A configuration file that cannot be read or parsed is a ConfigError naming it."""
    try:
        yield
    except ConfigError:
        raise
    except MouError as exc:
        raise ConfigError(exc.message) from None


def _check_table(path: Path, mou: dict[str, Any]) -> dict[str, Any] | None:
    """The check settings in the mou table of ``path``, or None when it has none."""
    table = mou.get("check")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: the check settings must be a table")
    return table


def _mou_table(path: Path) -> dict[str, Any]:
    """The mou table of a file named with ``--config``: ``[tool.mou]`` of a pyproject.toml."""
    with _config_errors():
        data = read_toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("mou", {}) if isinstance(tool, dict) else {}
    return data if isinstance(data, dict) else {}


def _nearest(start: Path | None = None) -> tuple[Path | None, dict[str, Any]]:
    """The nearest mou configuration file and its check settings, if it has any."""
    with _config_errors():
        path, mou = find_config(start)
    table = None if path is None else _check_table(path, mou)
    return (None, {}) if table is None else (path, table)


def find(start: Path | None = None) -> Path | None:
    """The nearest mou configuration file (see :mod:`mou_cli.config`: ``mou.toml`` or a
    ``pyproject.toml`` with ``[tool.mou]``) when it has check settings; the same file
    `mou new` reads, so one project has one configuration."""
    return _nearest(start)[0]


def load(path: Path | None, rules: Mapping[str, Rule]) -> Config:
    """The configuration in ``path`` (or found upwards when None), checked against ``rules``."""
    if path is None:
        source, table = _nearest()
    elif not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    else:
        source, table = path, _check_table(path, _mou_table(path)) or {}
    if source is None:
        return Config()
    return parse(table, rules, source)


def _rule_id(key: str, rules: Mapping[str, Rule], where: str) -> str:
    found = find_rule(rules, key)
    if found is None:
        raise ConfigError(f"{where}: unknown rule {key!r}; see `mou rules`")
    return found.id


def parse(table: dict[str, Any], rules: Mapping[str, Rule], source: Path | None = None) -> Config:
    """A ``Config`` from the settings table; every mistake is reported together."""
    where = str(source) if source else "configuration"
    errors: list[str] = []
    cfg = Config(source=source)
    known = {"disable", "severity", "lang", "messages", "fail_on", "fail-on", "exclude"}
    for key in table:
        if key not in known:
            errors.append(f"unknown setting {key!r} (known: {', '.join(sorted(known))})")
    disable = table.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(x, str) for x in disable):
        errors.append("'disable' must be a list of rule ids")
        disable = []
    for key in disable:
        try:
            cfg.disable.add(_rule_id(key, rules, where))
        except ConfigError as exc:
            errors.append(exc.message.split(": ", 1)[1])
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        errors.append("'severity' must be a table of rule id = severity")
        severity = {}
    for key, value in severity.items():
        try:
            rid = _rule_id(key, rules, where)
        except ConfigError as exc:
            errors.append(exc.message.split(": ", 1)[1])
            continue
        if value == "off":
            cfg.disable.add(rid)
        elif value in SEVERITIES:
            cfg.severity[rid] = value
        else:
            allowed = ", ".join((*SEVERITIES, "off"))
            errors.append(f"severity of {key}: {value!r} is not one of {allowed}")
    lang = table.get("lang")
    if lang is not None and lang not in LANGS:
        errors.append(f"'lang' must be one of {', '.join(LANGS)}, not {lang!r}")
    cfg.lang = lang if lang in LANGS else None
    messages = table.get("messages")
    if messages is not None and messages not in MESSAGE_LANGS:
        errors.append(f"'messages' must be one of {', '.join(MESSAGE_LANGS)}, not {messages!r}")
    cfg.messages = messages if messages in MESSAGE_LANGS else None
    fail_on = table.get("fail_on", table.get("fail-on", "error"))
    if fail_on not in SEVERITIES:
        errors.append(f"'fail_on' must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    else:
        cfg.fail_on = fail_on
    exclude = table.get("exclude")
    if exclude is not None:
        if isinstance(exclude, list) and all(isinstance(x, str) for x in exclude):
            cfg.exclude = DEFAULT_EXCLUDE + tuple(exclude)
        else:
            errors.append("'exclude' must be a list of glob patterns")
    if errors:
        raise ConfigError(f"{where}: invalid check settings", details=errors)
    return cfg
