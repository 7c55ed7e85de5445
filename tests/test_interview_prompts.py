"""Single prompts and topics, typed into the real prompt library (no whole interview): yes/no
needs Enter, an answer given before starts selected, details take what they show unless
ticked, and an answers file's own answers are never asked again."""

from __future__ import annotations

import copy

import pytest
from interview_keys import DOWN, ENTER, keyboard

from mou_cli.examples import all_examples
from mou_cli.interview import store
from mou_cli.interview.asking import Prompt
from mou_cli.interview.questions import TOPICS, topic
from mou_cli.interview.state import State
from mou_cli.interview.terminal import QuestionaryAsker, ask_yes_no
from mou_cli.interview.walk import Walker


def typed(keys: str, prompts: list[Prompt], lang: str = "id") -> list:
    """The answers to ``prompts`` when ``keys`` are typed (all at once, before the first)."""
    with keyboard() as inp:
        inp.send_text(keys)
        asker = QuestionaryAsker(State(ui_lang=lang))
        return [asker.ask(p) for p in prompts]


def test_y_alone_does_not_answer_enter_does_and_the_next_keys_stay_for_the_next_prompt():
    yes_no = Prompt("a", "confirm", "Bentuk komite?", default=False)
    text = Prompt("b", "text", "Rapat")
    assert typed("y\rbulanan\r", [yes_no, text]) == [True, "bulanan"]
    assert typed("t\r\r", [Prompt("a", "confirm", "?", default=True), text]) == [False, ""]
    assert typed("\r", [Prompt("a", "confirm", "?", default=True)]) == [True]


def test_t_means_no_only_in_indonesian():
    with keyboard() as inp:
        inp.send_text("tn\r")  # "t" is ignored in English; "n" answers
        assert ask_yes_no("Share profits?", True, "en") is False
    with keyboard() as inp:
        inp.send_text("t\r")
        assert ask_yes_no("Bagi keuntungan?", True, "id") is False


def test_an_answer_given_before_starts_selected_typing_replaces_it():
    before = Prompt("d", "text", "Tenggat", prefill="2026-06-30")
    assert typed("2028-06-30\r", [before]) == ["2028-06-30"]  # not 2026-06-302028-06-30
    assert typed("\r", [before]) == ["2026-06-30"]  # Enter keeps it
    assert typed("\x1b[DX\r", [before]) == ["2026-06-3X0"]  # an arrow key edits it


def test_ticked_choices_come_back_in_order():
    boxes = Prompt("x?", "details", "Atur?", choices=[("a", "A: 1"), ("b", "B: 2"), ("c", "C: 3")])
    assert typed(f" {DOWN}{DOWN} {ENTER}", [boxes]) == [["a", "c"]]
    assert typed(ENTER, [boxes]) == [[]]


class Script:
    """An asker answering by key from a dict (Enter semantics for the rest), no terminal."""

    def __init__(self, answers: dict) -> None:
        self.answers = answers
        self.asked: list[Prompt] = []

    def ask(self, p: Prompt):
        self.asked.append(p)
        if p.key in self.answers:
            value = self.answers[p.key]
            return p.convert(value) if p.kind == "text" and p.convert else value
        from mou_cli.interview.asking import enter

        return enter(p)

    def say(self, text: str, style: str = "") -> None:
        pass


def _state(**data) -> State:
    base = {"schema": 1, "language": "id", "type": "joint_venture", "parties": []}
    base["parties"] = [
        {"name": "PT A", "short_name": "A", "kind": "company", "jurisdiction": "Indonesia"},
        {"name": "PT B", "short_name": "B", "kind": "company", "jurisdiction": "Indonesia"},
    ]
    base.update(data)
    return State(base, {"language", "type"})


def test_details_not_ticked_take_what_they_show_without_asking():
    state = _state()
    asker = Script({})
    Walker(state, asker).run(topic("governance"))
    assert [p.key for p in asker.asked] == ["governance?"]
    shown = dict(asker.asked[0].choices)
    assert shown["governance.decisions"].endswith("Dengan suara terbanyak")  # the JV default
    gov = state.data["governance"]
    assert (
        gov["committee"] is True and gov["decisions"] == "majority" and gov["meetings"] == "monthly"
    )
    assert "governance.decisions" in state.data["_interview"]["filled"]


def test_only_ticked_details_are_asked_and_what_a_change_brings_is_offered():
    state = _state()
    asker = Script({"dispute?": ["dispute.forum"], "dispute.forum": "court"})
    Walker(state, asker).run(topic("dispute"))
    asked = [p.key for p in asker.asked]
    assert asked == ["dispute?", "dispute.forum", "dispute?"]  # the court, offered
    assert [k for k, _ in asker.asked[2].choices] == ["dispute.court"]
    assert state.data["dispute"]["court"] == "Pengadilan Negeri Jakarta"
    assert "arbitration" not in state.data["dispute"]


def test_a_dry_run_changes_nothing():
    state = _state()
    before = copy.deepcopy(state.data)
    entries = Walker(state)._preview(topic("ip").items[0], state.data, "", Walker(state)._ctx())
    assert state.data == before and {k for k, _, _ in entries} >= {"ip.foreground", "ip.license"}


def test_an_answers_file_opened_for_editing_asks_nothing(tmp_path):
    for path, _ in all_examples().values():
        state, _ = store.load(path)
        walker = Walker(state, Script({}))
        for t in TOPICS:
            walker.run(t, "mark")
        for t in TOPICS:
            walker.run(t, "ask")
        assert walker.asker.asked == [], path.name


TYPES = ("strategic", "joint_venture", "distribution", "marketing", "technology", "community",
         "supply_chain")  # fmt: skip


@pytest.mark.parametrize("binding", [False, True], ids=["mou", "pks"])
@pytest.mark.parametrize("language", ["id", "en", "id-en"])
@pytest.mark.parametrize("type_", TYPES)
def test_enter_everywhere_reaches_valid_answers_for_every_type(type_, language, binding):
    """The hurried path: every question a topic offers has a value to offer (a new question
    without one would be asked of every user), and together they make valid answers, for an
    MoU and a binding agreement of every type."""
    from mou_cli.answers import validate

    state = State(
        {
            "schema": 1,
            "language": language,
            "type": type_,
            "binding": binding,
            "parties": [
                {
                    "name": "PT Maju Bersama",
                    "address": "Jl. Asia Afrika 1",
                    "representative": {"name": "Dewi"},
                },
                {
                    "name": "Universitas Padjadjaran",
                    "address": "Jl. Dipati Ukur 35",
                    "representative": {"name": "Rina"},
                },
            ],
        },
        {"language", "type", "binding", "parties[0].name", "parties[1].name"},
    )
    walker = Walker(state)
    walker.filling = True
    for t in TOPICS:
        walker.run(t, "fill")
    assert walker.needs == []
    answers = validate(store.finish(state.data)).answers
    assert answers.binding is binding
    block = getattr(answers, type_)
    if type_ in ("distribution", "joint_venture", "supply_chain", "strategic", "community"):
        assert block is not None  # its terms as shown, written down
