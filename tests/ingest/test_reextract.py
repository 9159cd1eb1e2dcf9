"""Re-extraction over stored reports: new records in, reviewed ones kept, failures recorded."""

from __future__ import annotations

from typing import Any

import pytest

from amity.errors import NotFound
from amity.ingest.reextract import reextract, select_reports
from amity.ingest.report import build_report

TEXT = """Harbour towns renew their tie

Date: 2021-10-08

On 7 October a delegation of 12 people from Northport visited Southbay, Ireland.
Mayor Ada Brightwater of Northport met Southbay's mayor to plan a youth forum.
"""
OTHER = "A quiet season\n\nNo visits took place this winter.\n"


def sentence(text: str, words: str) -> list[int]:
    """Returns the [start, end] of the first sentence that holds `words`."""
    start = text.index(words)
    return [start, text.index(".", start) + 1]


def visit(text: str, title: str) -> dict[str, Any]:
    """Returns an event record on the visit sentence with the given title."""
    return {
        "type": "visit", "title": title, "start": "2021-10-07", "end": None, "city": "Southbay",
        "country": "IE", "organizers": ["Northport"], "participants": 12, "countries": ["IE"],
        "span": sentence(text, "On 7 October"), "confidence": 0.5,
    }  # fmt: skip


def meeting(text: str) -> dict[str, Any]:
    """Returns an event record on the meeting sentence."""
    return {
        "type": "meeting", "title": "Brightwater meets Southbay's mayor", "start": "2021-10-07",
        "end": None, "city": None, "country": None, "organizers": ["Northport"],
        "participants": None, "countries": [], "span": sentence(text, "Mayor Ada"),
        "confidence": 0.5,
    }  # fmt: skip


def fake_extractor(title: str, with_meeting: bool = True) -> Any:
    """Returns an extractor that finds the visit under `title` (and the meeting)."""

    def extract(text: str, **_: Any) -> dict[str, Any]:
        events = [visit(text, title)] + ([meeting(text)] if with_meeting else [])
        return {"events": events, "partnerships": [], "people": [], "figures": []}

    return extract


@pytest.fixture
def stored(store: Any) -> tuple[Any, int, int]:
    """Returns a store with two reports (the first with two events) and their ids."""
    first, _ = build_report("/reports/harbour.txt", "harbour.txt", TEXT.encode())
    one = store.add_report(first, fake_extractor("old title")(first.text))
    second, _ = build_report("/reports/quiet.txt", "quiet.txt", OTHER.encode())
    two = store.add_report(second, None)
    return store, one, two


def events(store: Any, report_id: int) -> list[dict[str, Any]]:
    """Returns the report's events."""
    return store.records(report_id=report_id, kind="events")


def test_unreviewed_records_are_replaced(stored: tuple[Any, int, int]) -> None:
    store, one, _ = stored
    summary = reextract(store, [one], extractor=fake_extractor("new title"))
    assert summary.ok and summary.reports == 1
    assert (summary.replaced, summary.added, summary.kept) == (2, 2, 0)
    assert sorted(e["title"] for e in events(store, one)) == [
        "Brightwater meets Southbay's mayor",
        "new title",
    ]


def test_reviewed_records_are_never_overwritten_or_resurrected(
    stored: tuple[Any, int, int],
) -> None:
    store, one, _ = stored
    by_type = {e["type"]: e for e in events(store, one)}
    store.review("events", by_type["visit"]["id"], "corrected", "ed", {"participants": 13})
    store.review("events", by_type["meeting"]["id"], "rejected", "ed")
    summary = reextract(store, [one], extractor=fake_extractor("new title"))
    assert (summary.added, summary.kept) == (0, 2)
    after = {e["type"]: e for e in events(store, one)}
    assert after["visit"]["participants"] == 13
    assert after["visit"]["title"] == "old title"
    assert after["meeting"]["review_state"] == "rejected"
    assert len(events(store, one)) == 2


def test_a_record_no_longer_found_goes_unless_reviewed(stored: tuple[Any, int, int]) -> None:
    store, one, _ = stored
    reextract(store, [one], extractor=fake_extractor("new title", with_meeting=False))
    assert [e["type"] for e in events(store, one)] == ["visit"]


def test_a_failing_report_is_recorded_and_the_batch_goes_on(stored: tuple[Any, int, int]) -> None:
    store, one, two = stored

    def picky(text: str, **kw: Any) -> dict[str, Any]:
        if "Northport" in text:
            raise ValueError("no rule for this")
        return fake_extractor("x", with_meeting=False)(TEXT) | {"events": []}

    seen: list[tuple[str, str]] = []
    summary = reextract(
        store, [one, two], extractor=picky, progress=lambda n, o, m: seen.append((n, o))
    )
    assert summary.reports == 1
    assert [s for s, _ in summary.failed] == ["/reports/harbour.txt"]
    assert "ValueError: no rule for this" in summary.failed[0][1]
    assert seen == [("/reports/harbour.txt", "failed"), ("/reports/quiet.txt", "done")]
    assert sorted(e["title"] for e in events(store, one)) == [
        "Brightwater meets Southbay's mayor",
        "old title",
    ]


def test_the_real_pipeline_runs_over_stored_reports(stored: tuple[Any, int, int]) -> None:
    store, one, two = stored
    summary = reextract(store, select_reports(store))
    assert summary.ok and summary.reports == 2
    found = events(store, one)
    assert found and all(e["title"] != "old title" for e in found)
    assert any(e["participants"] == 12 for e in found)


@pytest.mark.parametrize(
    ("refs", "expected"),
    [((), [0, 1]), (("2",), [1]), (("quiet.txt",), [1]), (("/reports/harbour.txt", "1"), [0])],
)
def test_select_reports(
    stored: tuple[Any, int, int], refs: tuple[str, ...], expected: list[int]
) -> None:
    store, one, two = stored
    ids = [one, two]
    refs = tuple(str(ids[int(r) - 1]) if r.isdigit() else r for r in refs)
    assert select_reports(store, refs) == [ids[i] for i in expected]


def test_select_an_unknown_report(stored: tuple[Any, int, int]) -> None:
    with pytest.raises(NotFound, match="no stored report 'nowhere.txt'"):
        select_reports(stored[0], ["nowhere.txt"])
