"""export_rows: flat JSON-able rows per kind, streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from amity.errors import InputError
from amity.store import Store

EXPECTED = {
    "reports": {
        "id",
        "source",
        "title",
        "published",
        "language",
        "fmt",
        "content_hash",
        "size",
        "ingested_at",
    },
    "events": {
        "type",
        "title",
        "start",
        "end",
        "city",
        "country",
        "organizers",
        "participants",
        "countries",
    },
    "partnerships": {"type", "a_name", "a_country", "b_name", "b_country", "date"},
    "people": {"name", "title", "organization", "country"},
    "figures": {"subject", "metric", "value", "qualifier"},
}
COMMON = {
    "id",
    "report_id",
    "review_state",
    "confidence",
    "evidence",
    "evidence_start",
    "evidence_end",
}


@pytest.fixture
def filled(store: Store, make_sample: Any) -> Store:
    for name in ("riverton", "xicheng_zh"):
        report, records = make_sample(name)
        store.add_report(report, records)
    return store


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_rows_are_flat_and_complete(filled: Store, kind: str) -> None:
    rows = list(filled.export_rows(kind))
    expected_count = filled.stats()[kind]
    assert len(rows) == expected_count > 0
    for row in rows:
        assert EXPECTED[kind] <= set(row)
        if kind != "reports":
            assert COMMON <= set(row)
        assert all(not isinstance(v, dict) for v in row.values())
        json.dumps(row)
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)


def test_event_rows_keep_lists_and_evidence(filled: Store) -> None:
    rows = list(filled.export_rows("events"))
    forum = next(r for r in rows if r["type"] == "forum")
    assert forum["organizers"] == ["Riverton Friendship Association"]
    assert forum["countries"] == ["US"]
    assert forum["participants"] == 300
    report = filled.report(forum["report_id"])
    assert report["text"][forum["evidence_start"] : forum["evidence_end"]] == forum["evidence"]


def test_partnership_rows_split_sides(filled: Store) -> None:
    rows = {r["a_name"]: r for r in filled.export_rows("partnerships")}
    assert rows["西城区"]["b_name"] == "里斯本市"
    assert rows["Riverton City"]["b_country"] == "PT"


def test_corrected_values_are_exported(filled: Store) -> None:
    figure = next(filled.export_rows("figures"))
    filled.review("figures", figure["id"], "corrected", "ana", {"value": 14})
    again = next(filled.export_rows("figures"))
    assert again["value"] == 14 and again["review_state"] == "corrected"


def test_export_streams(filled: Store) -> None:
    rows = filled.export_rows("reports")
    assert isinstance(rows, Iterator)
    first = next(rows)
    assert "text" not in first and first["ingested_at"].endswith("+00:00")
    rows.close()  # type: ignore[attr-defined]


def test_unknown_export_kind(sqlite_store: Store) -> None:
    with pytest.raises(InputError, match="cannot export"):
        sqlite_store.export_rows("planets")
