"""Cutting a report's text into segments linked to the records whose evidence covers them."""

from __future__ import annotations

from typing import Any

import pytest

from amity.web.highlight import segments

TEXT = "Alpha met Beta. Gamma signed. Delta."


def rec(kind: str, ident: int, sentence: str, state: str = "extracted") -> dict[str, Any]:
    """Returns a record of `kind` whose span is the sentence's place in TEXT."""
    start = TEXT.index(sentence)
    return {
        "id": ident,
        "span": [start, start + len(sentence)],
        "review_state": state,
        "kind": kind,
    }


def test_segments_rebuild_the_text_exactly() -> None:
    records = {
        "events": [rec("events", 1, "Alpha met Beta.")],
        "figures": [rec("figures", 2, "Delta.")],
    }
    parts = segments(TEXT, records)
    assert "".join(p["text"] for p in parts) == TEXT
    linked = [(p["text"], [m["id"] for m in p["marks"]]) for p in parts if p["marks"]]
    assert linked == [("Alpha met Beta.", [1]), ("Delta.", [2])]


def test_overlapping_spans_split_and_link_the_shortest_first() -> None:
    outer = rec("events", 1, "Alpha met Beta. Gamma signed.")
    inner = rec("people", 7, "Gamma")
    parts = segments(TEXT, {"events": [outer], "people": [inner]})
    gamma = next(p for p in parts if p["text"] == "Gamma")
    assert [m["id"] for m in gamma["marks"]] == [7, 1]
    first = next(p for p in parts if p["text"].startswith("Alpha"))
    assert first["anchors"] == ["events-1"]
    assert gamma["anchors"] == ["people-7"]


@pytest.mark.parametrize(
    "record",
    [
        {"id": 1, "span": None, "review_state": "extracted"},
        {"id": 2, "span": [5, 5], "review_state": "extracted"},
        {"id": 3, "span": [10, 999], "review_state": "extracted"},
        {"id": 4, "span": [0, 5], "review_state": "rejected"},
    ],
)
def test_records_without_a_usable_span_or_rejected_are_not_linked(record: dict[str, Any]) -> None:
    parts = segments(TEXT, {"events": [record]})
    assert parts == [{"text": TEXT, "start": 0, "marks": [], "anchors": []}]


def test_empty_text_gives_no_segments() -> None:
    assert segments("", {"events": []}) == []
