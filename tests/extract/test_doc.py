"""amity.extract.doc: spans and the document's lookups."""

from __future__ import annotations

import pytest

from amity.extract import extract_doc, guess_language
from amity.extract.doc import Doc, Span


@pytest.mark.parametrize(
    ("a", "b", "overlaps"),
    [
        ((0, 5), (4, 8), True),
        ((0, 5), (5, 8), False),
        ((2, 3), (0, 9), True),
        ((0, 1), (3, 4), False),
    ],
)
def test_overlaps(a: tuple[int, int], b: tuple[int, int], overlaps: bool) -> None:
    assert Span(*a).overlaps(Span(*b)) is overlaps
    assert Span(*b).overlaps(Span(*a)) is overlaps


def test_add_sorts_and_in_range_filters() -> None:
    doc = Doc(text="x" * 30)
    doc.add("thing", [Span(10, 12), Span(2, 4), Span(2, 9), Span(20, 25)])
    assert [(s.start, s.end) for s in doc.get("thing")] == [(2, 9), (2, 4), (10, 12), (20, 25)]
    assert [(s.start, s.end) for s in doc.in_range("thing", 2, 12)] == [(2, 9), (2, 4), (10, 12)]
    assert doc.get("nothing") == [] and doc.in_range("nothing", 0, 30) == []


def test_item_and_sentence_lookups() -> None:
    text = "Head line\n\nFirst one. Second one."
    doc = extract_doc(text, lang="en")
    pos = text.index("Second")
    assert doc.slice(doc.item_at(pos)) == "First one. Second one."  # type: ignore[arg-type]
    assert doc.slice(doc.sentence_at(pos)) == "Second one."  # type: ignore[arg-type]
    assert doc.item_at(text.index("\n\n") + 1) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two towns signed a friendship agreement.", "en"),
        ("两市签署了友好城市协议。", "zh"),
        ("両市は姉妹都市の協定に署名しました。", "ja"),
        ("두 도시는 자매결연 협정을 체결했다.", "ko"),
        ("", "en"),
    ],
)
def test_guess_language(text: str, lang: str) -> None:
    assert guess_language(text) == lang


def test_spanning_finds_long_mentions_that_overlapping_leaves_out() -> None:
    doc = Doc(text="x" * 1000)
    doc.add("thing", [Span(0, 700), Span(600, 610), Span(650, 660), Span(800, 900)])
    assert [(s.start, s.end) for s in doc.spanning("thing", 605, 655)] == [
        (0, 700),
        (600, 610),
        (650, 660),
    ]
    assert [(s.start, s.end) for s in doc.overlapping("thing", 605, 655)] == [
        (600, 610),
        (650, 660),
    ]
    assert doc.spanning("thing", 700, 800) == [] and doc.spanning("none", 0, 10) == []
    doc.add("thing", [Span(1, 3)])  # replaced: the longest length is measured again
    assert [(s.start, s.end) for s in doc.spanning("thing", 2, 3)] == [(1, 3)]


def test_starting_keeps_mentions_that_run_past_the_end() -> None:
    doc = Doc(text="x" * 50)
    doc.add("thing", [Span(2, 40), Span(5, 8), Span(30, 35)])
    assert [(s.start, s.end) for s in doc.starting("thing", 2, 30)] == [(2, 40), (5, 8)]


def test_items_and_sentences_by_offset() -> None:
    text = "One. Two.\n\nThree. Four. Five.\n\nSix."
    doc = extract_doc(text, lang="en")
    second = doc.items[1]
    assert [doc.slice(s) for s in doc.sentences_in(second.start, second.end)] == [
        "Three.",
        "Four.",
        "Five.",
    ]
    for pos in range(len(text)):
        expected = next((i for i in doc.items if i.start <= pos < i.end), None)
        assert doc.item_at(pos) is expected
