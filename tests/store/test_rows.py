"""Record helpers: spans, names, identities, typed columns."""

from __future__ import annotations

from typing import Any

import pytest

from amity.errors import InputError
from amity.store import rows

TEXT = "The Harbour Hall hosted the forum. 西城区代表团"


@pytest.mark.parametrize(
    ("record", "span"),
    [
        ({"span": [4, 16]}, (4, 16)),
        ({"evidence": "hosted the forum"}, (17, 33)),
        ({"evidence": "西城区"}, (35, 38)),
        ({"evidence": "not there"}, None),
        ({}, None),
    ],
)
def test_find_span(record: dict[str, Any], span: Any) -> None:
    assert rows.find_span(record, TEXT) == span


@pytest.mark.parametrize("span", [[-1, 3], [5, 2], [0, len(TEXT) + 1]])
def test_bad_span(span: list[int]) -> None:
    with pytest.raises(InputError, match="outside the report text"):
        rows.find_span({"span": span}, TEXT)


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("The  Riverton\nFriendship Association", "riverton friendship association"),
        (None, ""),
        ("CPAFFC", "cpaffc"),
    ],
)
def test_norm(name: Any, folded: str) -> None:
    assert rows.norm(name) == folded


@pytest.mark.parametrize(
    ("value", "code"),
    [("pt", "PT"), (" US ", "US"), ("Portugal", None), (None, None), ("P1", None)],
)
def test_country(value: Any, code: Any) -> None:
    assert rows.country(value) == code


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [((0, 5), (4, 9), True), ((0, 5), (5, 9), False), ((3, 3), (3, 3), True), (None, (1, 2), True)],
)
def test_overlaps(a: Any, b: Any, overlap: bool) -> None:
    assert rows.overlaps(a, b) is overlap


def test_partnership_identity_ignores_order_and_case() -> None:
    one = {"a": {"name": "Lakeside"}, "b": {"name": "The Riverton City"}}
    two = {"a": {"name": "riverton city"}, "b": "LAKESIDE"}
    assert rows.identity("partnerships", one) == rows.identity("partnerships", two)
    assert rows.identity("figures", {"value": "12"}) == rows.identity("figures", {"value": 12.0})


def test_event_columns() -> None:
    columns = rows.columns(
        "events", {"participants": "300", "countries": ["pt", "Portugal"], "country": "us"}
    )
    assert columns["participants"] == 300
    assert columns["countries"] == ["PT"]
    assert columns["country"] == "US"


def test_doc_flattens_fields() -> None:
    title, body = rows.doc(
        "partnerships",
        {
            "type": "school",
            "a": {"name": "North School", "country": "US"},
            "b": {"name": "南山中学"},
        },
    )
    assert title == "North School – 南山中学"
    assert "North School" in body and "南山中学" in body and "US" in body
