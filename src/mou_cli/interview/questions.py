"""Every interview topic, in the order asked; each topic's questions are a table in its own
``questions_*.py`` module (field, prompt and help in Indonesian and English, kind, choices,
default and the condition under which each is asked).

Defaults that depend on the partnership type live in ``defaults.py``; a question's own
``default`` is used when the type has none.

The terms of each partnership type are one topic (``questions_types.py``), asked after the
parties so that its defaults can name them (the principal, the supplier) and before the purpose
so that the scope can follow them (a distributor's territory).

Adding questions follows four rules, which keep the hurried path short
(tests/test_interview_counts.py counts it):

1. Ask directly only what nobody can suggest and every draft needs (a party's name). Put the
   rest in the topic's one ``Details``, each question with a default (``defaults.FIELDS`` by
   type, or the question's own): the user sees the values and ticks what to change.
2. A question that only matters after another answer says so with ``when``; it is offered
   as soon as it applies, with the value it would take.
3. Choices come from the model's ``Literal`` types (``Titled``); texts shown in the document
   are ``translatable``; every prompt, help and title has its Indonesian and English.
4. A number with a unit is ``target``, money is ``money``, either of them (a minimum
   purchase) is ``measure``, a currency code is ``currency``, a date is ``date``: the parsers
   read what people write and say back what they understood. A rule the answers validation
   applies across fields (a goal's deadline after the signing date) is also a ``check``, so
   it is said when the answer is typed, not first at the review.
"""

from __future__ import annotations

import re

from mou_cli.interview.questions_closing import CLOSING
from mou_cli.interview.questions_disputes import DISPUTE
from mou_cli.interview.questions_document import BASICS
from mou_cli.interview.questions_governance import GOVERNANCE
from mou_cli.interview.questions_ip import IP
from mou_cli.interview.questions_money import FINANCIAL
from mou_cli.interview.questions_parties import PARTIES
from mou_cli.interview.questions_purpose import PURPOSE
from mou_cli.interview.questions_roles import ROLES
from mou_cli.interview.questions_term import TERM
from mou_cli.interview.questions_types import TERMS
from mou_cli.interview.spec import Topic, leaves

TOPICS: tuple[Topic, ...] = (
    BASICS,
    PARTIES,
    TERMS,
    PURPOSE,
    ROLES,
    FINANCIAL,
    IP,
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
        for item in leaves(t.items):
            if re.split(r"[.\[]", item.path, maxsplit=1)[0] == head:
                return t
    return None
