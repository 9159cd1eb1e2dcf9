"""Tallies kept on write match a recount of the tables after every kind of write."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, text

from amity.store import Store, schema, tallies

LIVE = ("extracted", "confirmed", "corrected")


def recount(store: Store) -> dict[tuple[str, str], int]:
    """Returns every tally counted afresh from the tables, zeros left out."""
    out: Counter[tuple[str, str]] = Counter()
    with store.engine.connect() as conn:
        for table in tallies.ROW_TABLES.values():
            out[("rows", table)] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        ev, pa, ec = schema.events, schema.partnerships, schema.event_countries
        for start, place, state in conn.execute(
            select(ev.c.start, ev.c.place_id, ev.c.review_state)
        ):
            if state in LIVE and start and len(start) >= 7:
                out[("month", start[:7])] += 1
            if state in LIVE and place is not None:
                out[("place", str(place))] += 1
        live = set(conn.execute(select(ev.c.id).where(ev.c.review_state.in_(LIVE))).scalars())
        for event_id, country in conn.execute(select(ec.c.event_id, ec.c.country)):
            out[("country", country)] += event_id in live
        for a, b, state in conn.execute(select(pa.c.a_country, pa.c.b_country, pa.c.review_state)):
            for code in (a, b):
                out[("country", code)] += bool(code) and state in LIVE
    return {key: n for key, n in out.items() if n}


def kept(store: Store) -> dict[tuple[str, str], int]:
    """Returns the tallies as kept by the triggers, zeros and the change counter left out."""
    t = schema.tallies
    with store.engine.connect() as conn:
        return {(name, key): n for name, key, n in conn.execute(select(t)) if n and name != "store"}


def _stored(store: Store, make_sample: Any, name: str = "riverton", salt: str = "") -> int:
    report, records = make_sample(name, salt)
    report_id = store.add_report(report, records)
    assert report_id is not None
    return int(report_id)


def _first(store: Store, kind: str, report_id: int) -> int:
    return int(store.records(report_id, kind)[0]["id"])  # type: ignore[index]


def test_ingest_counts_rows_months_places_countries(store: Store, make_sample: Any) -> None:
    _stored(store, make_sample)
    _stored(store, make_sample, "xicheng_zh")
    counted = kept(store)
    assert counted == recount(store)
    assert counted[("month", "2018-05")] == 2 and counted[("rows", "events")] >= 2
    assert counted[("country", "US")] == 3  # two events' countries and one tie's side
    with store.engine.connect() as conn:
        assert tallies.row_counts(conn) == store.stats()


REVIEWS = [
    ("events", "rejected", None),
    ("events", "confirmed", None),
    ("events", "corrected", {"start": "2020-01-02", "city": "Harbourtown", "countries": ["FR"]}),
    ("events", "corrected", {"start": None}),
    ("partnerships", "rejected", None),
    ("partnerships", "corrected", {"b": {"name": "Lakeside", "country": "ES"}}),
    ("people", "rejected", None),
]


@pytest.mark.parametrize(("kind", "state", "changes"), REVIEWS)
def test_review_keeps_tallies(
    store: Store, make_sample: Any, kind: str, state: str, changes: dict[str, Any] | None
) -> None:
    report_id = _stored(store, make_sample)
    record_id = _first(store, kind, report_id)
    store.review(kind, record_id, state, "ann", changes)
    assert kept(store) == recount(store)
    store.review(kind, record_id, "extracted", "ann")  # and back
    assert kept(store) == recount(store)


def test_reject_drops_an_event_from_its_month(store: Store, make_sample: Any) -> None:
    report_id = _stored(store, make_sample)
    before = kept(store)[("month", "2018-05")]
    store.review("events", _first(store, "events", report_id), "rejected", "ann")
    assert kept(store)[("month", "2018-05")] == before - 1


def test_reextraction_keeps_tallies(store: Store, make_sample: Any) -> None:
    report_id = _stored(store, make_sample)
    store.review("events", _first(store, "events", report_id), "confirmed", "ann")
    _, records = make_sample("riverton")
    records["events"][1]["start"] = "2019-07-01"
    store.replace_extracted(report_id, records)
    assert kept(store) == recount(store)
    store.replace_extracted(report_id, {"events": [], "partnerships": []})
    assert kept(store) == recount(store)


def test_deleting_a_report_takes_its_records_out(store: Store, make_sample: Any) -> None:
    keep = _stored(store, make_sample, salt=" one")
    gone = _stored(store, make_sample, salt=" two")
    with store.engine.begin() as conn:
        conn.execute(delete(schema.reports).where(schema.reports.c.id == gone))
    assert kept(store) == recount(store)
    assert store.stats()["reports"] == 1 and store.report(keep)


def test_rows_written_by_hand_are_counted(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(insert(schema.places), [{"key": f"k{i}", "name": f"P{i}"} for i in range(3)])
        conn.execute(delete(schema.places).where(schema.places.c.key == "k0"))
    assert store.stats()["places"] == 2
    assert kept(store) == recount(store)


def _changes(store: Store) -> int:
    t = schema.tallies
    with store.engine.connect() as conn:
        stmt = select(t.c.n).where(t.c.name == "store", t.c.key == "changes")
        return int(conn.execute(stmt).scalar_one())


def test_every_write_moves_the_change_counter(store: Store, make_sample: Any) -> None:
    seen = [_changes(store)]
    report_id = _stored(store, make_sample)
    seen.append(_changes(store))
    store.review("events", _first(store, "events", report_id), "rejected", "ann")
    seen.append(_changes(store))
    with store.engine.begin() as conn:  # an update that adds no row (a registry edit)
        conn.execute(schema.places.update().values(lat=1.0))
    seen.append(_changes(store))
    with store.engine.begin() as conn:
        conn.execute(delete(schema.reports).where(schema.reports.c.id == report_id))
    seen.append(_changes(store))
    assert seen == sorted(set(seen)), seen
