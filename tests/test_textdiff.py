"""The shared word and paragraph differ keeps both versions recoverable and pairs edits."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from mou_cli.textdiff import Piece, align, diff_words, similarity, tokens

_words = st.lists(
    st.sampled_from(["30", "(tiga", "puluh)", "hari", "days", "Rp750.000.000,00", " ", ",", "."]),
    max_size=25,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_words, _words)
def test_both_versions_rebuild_from_the_pieces(old: str, new: str) -> None:
    pieces = diff_words(old, new)
    assert "".join(p.text for p in pieces if p.kind != "insert") == old
    assert "".join(p.text for p in pieces if p.kind != "delete") == new
    # neighbours always differ in kind (pieces are merged)
    assert all(a.kind != b.kind for a, b in itertools.pairwise(pieces))


def test_a_changed_number_is_one_deletion_and_one_insertion() -> None:
    pieces = diff_words("within 30 (thirty) days", "within 45 (forty-five) days")
    changed = [p for p in pieces if p.kind != "equal"]
    assert changed == [
        Piece("delete", "30"),
        Piece("insert", "45"),
        Piece("delete", "thirty"),
        Piece("insert", "forty-five"),
    ]


def test_amounts_stay_one_token() -> None:
    assert tokens("Rp750.000.000,00 dan") == ["Rp750.000.000,00", " ", "dan"]


@settings(max_examples=200, deadline=None)
@given(st.lists(_words, max_size=12), st.lists(_words, max_size=12))
def test_alignment_visits_every_paragraph_once_in_order(old: list[str], new: list[str]) -> None:
    pairs = align(old, new)
    assert [i for i, _ in pairs if i is not None] == list(range(len(old)))
    assert [j for _, j in pairs if j is not None] == list(range(len(new)))


def test_an_edited_paragraph_pairs_and_an_unrelated_one_does_not() -> None:
    old = ["Pasal 1", "The term is thirty (30) days from signing.", "Old clause about fees."]
    new = ["Pasal 1", "The term is forty-five (45) days from signing.", "Brand new text entirely."]
    assert align(old, new) == [(0, 0), (1, 1), (2, None), (None, 2)]


def test_similarity_ignores_case_and_spacing() -> None:
    assert similarity("PARA  PIHAK sepakat", "para pihak sepakat") == 1.0
    assert similarity("", "something") == 0.0
