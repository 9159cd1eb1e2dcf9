"""Reading reports and records back; stats; NotFound."""

from __future__ import annotations

from typing import Any

import pytest

from amity.errors import InputError, NotFound
from amity.records import KINDS
from amity.store import Store


def _fill(store: Store, make_sample: Any) -> list[int]:
    ids = []
    for name in ("riverton", "xicheng_zh"):
        report, records = make_sample(name)
        ids.append(store.add_report(report, records))
    return ids


def test_reports_lists_without_text_with_counts(store: Store, make_sample: Any) -> None:
    riverton, xicheng = _fill(store, make_sample)
    listed = store.reports()
    assert [r["id"] for r in listed] == [xicheng, riverton]
    assert all("text" not in r for r in listed)
    assert listed[1]["counts"] == {"events": 2, "partnerships": 1, "people": 1, "figures": 1}
    assert listed[0]["counts"] == {"events": 1, "partnerships": 1, "people": 0, "figures": 0}


@pytest.mark.parametrize(
    ("order", "first"),
    [
        ("ingested", "riverton"),
        ("-ingested", "xicheng_zh"),
        ("published", "riverton"),
        ("-published", "xicheng_zh"),
    ],
)
def test_reports_order(sqlite_store: Store, make_sample: Any, order: str, first: str) -> None:
    _fill(sqlite_store, make_sample)
    assert first in sqlite_store.reports(order=order)[0]["source"]


def test_reports_paging(sqlite_store: Store, make_sample: Any) -> None:
    ids = _fill(sqlite_store, make_sample)
    pages = [sqlite_store.reports(limit=1, offset=n, order="id")[0]["id"] for n in range(2)]
    assert pages == ids
    assert sqlite_store.reports(limit=1, offset=2) == []


def test_reports_bad_order(sqlite_store: Store) -> None:
    with pytest.raises(InputError, match="order"):
        sqlite_store.reports(order="colour")


def test_records_filters(store: Store, make_sample: Any) -> None:
    riverton, xicheng = _fill(store, make_sample)
    everything = store.records()
    assert isinstance(everything, dict)
    assert {k: len(v) for k, v in everything.items()} == {
        "events": 3,
        "partnerships": 2,
        "people": 1,
        "figures": 1,
    }
    mine = store.records(report_id=xicheng, kind="events")
    assert [e["title"] for e in mine] == ["西城区友好代表团访问里斯本"]
    assert mine[0]["evidence"] == "2019年3月，西城区友好代表团访问了葡萄牙里斯本市"
    first = store.records(kind="events")[0]["id"]
    store.review("events", first, "confirmed", "ana")
    assert [e["id"] for e in store.records(kind="events", state="confirmed")] == [first]
    assert len(store.records(kind="events", state="extracted")) == 2
    assert len(store.records(kind="events", limit=1, offset=2)) == 1


def test_records_keyset_paging_matches_offsets(store: Store, make_sample: Any) -> None:
    _fill(store, make_sample)
    every = [r["id"] for r in store.records(kind="events")]
    pages, after = [], None
    while page := store.records(kind="events", limit=2, after=after):
        pages.append([r["id"] for r in page])
        after = pages[-1][-1]
    assert [i for page in pages for i in page] == every and len(every) == 3
    assert pages[1] == [r["id"] for r in store.records(kind="events", limit=2, offset=2)]


def test_record_fields(store: Store, make_sample: Any) -> None:
    _fill(store, make_sample)
    partnership = store.records(kind="partnerships")[0]
    again = store.record("partnerships", partnership["id"])
    assert again == partnership
    assert again["a"] == {"name": "Riverton City", "country": "US"}
    assert again["kind"] == "partnerships"


@pytest.mark.parametrize("kind", KINDS)
def test_record_not_found(store: Store, kind: str) -> None:
    with pytest.raises(NotFound):
        store.record(kind, 12345)


def test_report_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="no report 7"):
        store.report(7)


def test_unknown_kind(sqlite_store: Store) -> None:
    with pytest.raises(InputError, match="unknown record kind"):
        sqlite_store.records(kind="meetings")


def test_stats_and_ids(store: Store, make_sample: Any) -> None:
    assert store.stats() == dict.fromkeys(
        (
            "reports",
            "events",
            "partnerships",
            "people",
            "figures",
            "places",
            "organizations",
            "failures",
        ),
        0,
    )
    ids = _fill(store, make_sample)
    stats = store.stats()
    assert stats["reports"] == 2 and stats["events"] == 3 and stats["figures"] == 1
    assert stats["places"] == 4  # Lakeside, Riverton, Riverton City, 里斯本
    assert stats["organizations"] == 5
    assert store.report_ids() == ids
