"""Reviewing records, the review log, and re-extraction that keeps reviewed records."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from sqlalchemy import select

from amity.errors import InputError, NotFound
from amity.store import Store, schema


def _log(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.review_log).order_by(schema.review_log.c.id)).mappings()
        return [dict(r) for r in rows]


def _event_id(store: Store, report_id: int, event_type: str) -> int:
    events = store.records(report_id=report_id, kind="events")
    return next(e["id"] for e in events if e["type"] == event_type)


@pytest.mark.parametrize("state", ["confirmed", "rejected"])
def test_confirm_or_reject(store: Store, riverton: int, state: str) -> None:
    event_id = _event_id(store, riverton, "forum")
    updated = store.review("events", event_id, state, "ana")
    assert updated["review_state"] == state
    assert updated["reviewed_by"] == "ana"
    assert updated["reviewed_at"] is not None
    assert store.record("events", event_id)["review_state"] == state
    assert [
        (r["kind"], r["record_id"], r["from_state"], r["to_state"], r["user"]) for r in _log(store)
    ] == [("events", event_id, "extracted", state, "ana")]


def test_correction_changes_values_and_keeps_original(store: Store, riverton: int) -> None:
    event_id = _event_id(store, riverton, "forum")
    updated = store.review(
        "events", event_id, "corrected", "ben", {"participants": 320, "countries": ["US", "PT"]}
    )
    assert updated["participants"] == 320
    assert updated["countries"] == ["US", "PT"]
    assert updated["original"] == {"participants": 300, "countries": ["US"]}
    assert updated["title"] == "Riverton Friendship Forum"
    with store.engine.connect() as conn:
        column = conn.execute(
            select(schema.events.c.participants).where(schema.events.c.id == event_id)
        ).scalar()
        codes = (
            conn.execute(
                select(schema.event_countries.c.country).where(
                    schema.event_countries.c.event_id == event_id
                )
            )
            .scalars()
            .all()
        )
    assert column == 320
    assert sorted(codes) == ["PT", "US"]
    assert _log(store)[-1]["changes"] == {
        "participants": {"from": 300, "to": 320},
        "countries": {"from": ["US"], "to": ["US", "PT"]},
    }


def test_reset_to_extracted_restores_values(store: Store, riverton: int) -> None:
    partnership = store.records(report_id=riverton, kind="partnerships")[0]
    store.review("partnerships", partnership["id"], "corrected", "ben", {"date": "2018-05-16"})
    reset = store.review("partnerships", partnership["id"], "extracted", "ben")
    assert reset["date"] == partnership["date"]
    assert "original" not in reset
    assert [r["to_state"] for r in _log(store)] == ["corrected", "extracted"]


@pytest.mark.parametrize(
    ("state", "changes", "message"),
    [
        ("corrected", None, "needs the changed fields"),
        ("confirmed", {"title": "x"}, "use state 'corrected'"),
        ("corrected", {"colour": "red"}, "no field colour"),
        ("approved", None, "unknown review state"),
    ],
)
def test_bad_reviews_are_refused(
    sqlite_store: Store, make_sample: Any, state: str, changes: Any, message: str
) -> None:
    report, records = make_sample("riverton")
    report_id = sqlite_store.add_report(report, records)
    event_id = _event_id(sqlite_store, report_id, "visit")
    with pytest.raises(InputError, match=message):
        sqlite_store.review("events", event_id, state, "ana", changes)
    assert sqlite_store.record("events", event_id)["review_state"] == "extracted"
    assert _log(sqlite_store) == []


def test_review_missing_record(store: Store) -> None:
    with pytest.raises(NotFound):
        store.review("figures", 999, "confirmed", "ana")


def test_replace_extracted_swaps_unreviewed_records(
    store: Store, riverton: int, make_sample: Any
) -> None:
    _, records = make_sample("riverton")
    newer = copy.deepcopy(records)
    newer["figures"][0]["value"] = 13
    counts = store.replace_extracted(riverton, newer)
    assert counts == {"replaced": 5, "added": 5, "kept": 0}
    assert [f["value"] for f in store.records(report_id=riverton, kind="figures")] == [13]
    with store.engine.connect() as conn:
        evidence = conn.execute(select(schema.evidence.c.id)).scalars().all()
    assert len(evidence) == 4


def test_replace_extracted_never_touches_reviewed(
    store: Store, riverton: int, make_sample: Any
) -> None:
    forum = _event_id(store, riverton, "forum")
    visit = _event_id(store, riverton, "visit")
    person = store.records(report_id=riverton, kind="people")[0]["id"]
    store.review("events", forum, "corrected", "ana", {"participants": 350})
    store.review("events", visit, "rejected", "ana")
    store.review("people", person, "confirmed", "ana")
    _, records = make_sample("riverton")
    counts = store.replace_extracted(riverton, records)
    assert counts == {"replaced": 2, "added": 2, "kept": 3}
    events = {e["id"]: e for e in store.records(report_id=riverton, kind="events")}
    assert set(events) == {forum, visit}
    assert events[forum]["participants"] == 350
    assert events[visit]["review_state"] == "rejected"
    assert [p["id"] for p in store.records(report_id=riverton, kind="people")] == [person]
    assert len(store.records(report_id=riverton, kind="figures")) == 1


def test_replace_extracted_adds_new_statement_near_reviewed(
    store: Store, riverton: int, make_sample: Any
) -> None:
    forum = _event_id(store, riverton, "forum")
    store.review("events", forum, "confirmed", "ana")
    _, records = make_sample("riverton")
    other = dict(records["events"][1], type="culture", title="Friendship concert")
    counts = store.replace_extracted(riverton, {"events": [records["events"][1], other]})
    assert counts["added"] == 1
    types = sorted(e["type"] for e in store.records(report_id=riverton, kind="events"))
    assert types == ["culture", "forum"]


def test_replace_extracted_missing_report(store: Store) -> None:
    with pytest.raises(NotFound):
        store.replace_extracted(404, {})


def test_replace_extracted_is_all_or_nothing(store: Store, riverton: int, make_sample: Any) -> None:
    before = store.records(report_id=riverton)
    _, records = make_sample("riverton")
    records["figures"][0]["span"] = [0, 10**6]
    with pytest.raises(InputError):
        store.replace_extracted(riverton, records)
    assert store.records(report_id=riverton) == before
