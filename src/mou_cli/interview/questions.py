"""Every interview topic, in the order asked; each topic's questions are a table in its own
``questions_*.py`` module (field, prompt and help in Indonesian and English, kind, choices,
default and the condition under which each is asked).

Defaults that depend on the partnership type live in ``defaults.py``; a question's own
``default`` is used when the type has none.
"""

from __future__ import annotations

import re

from mou_cli.interview.questions_closing import CLOSING
from mou_cli.interview.questions_disputes import DISPUTE
from mou_cli.interview.questions_document import BASICS
from mou_cli.interview.questions_governance import GOVERNANCE
from mou_cli.interview.questions_ip import CONFIDENTIALITY, IP
from mou_cli.interview.questions_money import FINANCIAL
from mou_cli.interview.questions_parties import PARTIES
from mou_cli.interview.questions_purpose import BACKGROUND, GOALS, SCOPE
from mou_cli.interview.questions_roles import ROLES
from mou_cli.interview.questions_term import TERM
from mou_cli.interview.spec import Topic

TOPICS: tuple[Topic, ...] = (
    BASICS,
    PARTIES,
    BACKGROUND,
    GOALS,
    SCOPE,
    ROLES,
    FINANCIAL,
    IP,
    CONFIDENTIALITY,
    GOVERNANCE,
    TERM,
    DISPUTE,
    CLOSING,
)


def topic(topic_id: str) -> Topic:
    return next(t for t in TOPICS if t.id == topic_id)


def topic_of(field: str) -> Topic | None:
    """The topic whose questions fill ``field`` (``parties[1].contact.email`` -> parties)."""
    head = re.split(r"[.\[]", field, maxsplit=1)[0]
    for t in TOPICS:
        for item in t.items:
            if re.split(r"[.\[]", item.path, maxsplit=1)[0] == head:
                return t
    return None
