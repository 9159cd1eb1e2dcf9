"""Adding reports with evidence and records; duplicates; all-or-nothing writes; failures."""

from __future__ import annotations

import copy
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import func, select

from amity.errors import InputError
from amity.records import KINDS, ReportIn
from amity.store import Store, schema


def _count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _all_counts(store: Store) -> dict[str, int]:
    return {name: _count(store, table) for name, table in schema.metadata.tables.items()}


def test_add_report_stores_records_with_evidence(store: Store, make_sample: Any) -> None:
    report, records = make_sample("riverton")
    report_id = store.add_report(report, records)
    stored = store.report(report_id)
    assert stored["text"] == report.text
    assert stored["content_hash"] == report.content_hash
    assert stored["published"] == "2018-05-16"
    for kind in KINDS:
        assert len(stored["records"][kind]) == len(records[kind])
        for got, given in zip(stored["records"][kind], records[kind], strict=True):
            assert got["span"] == given["span"]
            assert got["evidence"] == given["evidence"] == report.text[slice(*given["span"])]
            assert got["confidence"] == pytest.approx(given["confidence"])
            assert got["review_state"] == "extracted"


def test_shared_evidence_is_one_row(store: Store, make_sample: Any) -> None:
    report, records = make_sample("riverton")
    store.add_report(report, records)
    spans = {tuple(r["span"]) for items in records.values() for r in items}
    assert _count(store, schema.evidence) == len(spans) < sum(map(len, records.values()))


def test_entities_one_row_per_name(store: Store, make_sample: Any) -> None:
    for salt in ("", " again"):
        report, records = make_sample("riverton", salt)
        store.add_report(report, records)
    with store.engine.connect() as conn:
        places = conn.execute(select(schema.places.c.name, schema.places.c.country)).all()
        orgs = conn.execute(select(schema.organizations.c.name)).scalars().all()
        people = conn.execute(select(schema.persons.c.name)).scalars().all()
        linked = conn.execute(select(schema.event_organizers.c.organization_id)).scalars().all()
    assert sorted(places) == [("Lakeside", "PT"), ("Riverton", "US"), ("Riverton City", "US")]
    assert sorted(orgs) == ["Riverton City", "Riverton Friendship Association"]
    assert people == ["Anna Berg"]
    assert len(linked) == 2 and None not in linked


def test_event_countries_rows(store: Store, make_sample: Any) -> None:
    report, records = make_sample("riverton")
    store.add_report(report, records)
    with store.engine.connect() as conn:
        codes = conn.execute(select(schema.event_countries.c.country)).scalars().all()
    assert sorted(codes) == sorted(c for e in records["events"] for c in e["countries"])


def test_duplicate_hash_returns_none_and_writes_nothing(store: Store, make_sample: Any) -> None:
    report, records = make_sample("riverton")
    store.add_report(report, records)
    before = _all_counts(store)
    again = ReportIn("elsewhere.txt", report.text + " changed", report.content_hash)
    assert store.has_report(report.content_hash)
    assert store.add_report(again, records) is None
    assert _all_counts(store) == before


def test_failing_record_rolls_back_whole_report(store: Store, make_sample: Any) -> None:
    report, records = make_sample("riverton")
    bad = copy.deepcopy(records)
    bad["figures"][0]["span"] = [5, len(report.text) + 10]
    with pytest.raises(InputError):
        store.add_report(report, bad)
    assert not store.has_report(report.content_hash)
    counts = _all_counts(store)
    assert {n: c for n, c in counts.items() if c and n not in ("alembic_version", "tallies")} == {}
    with store.engine.connect() as conn:  # the tallies' rows stay, all at zero
        assert set(conn.execute(select(schema.tallies.c.n)).scalars()) == {0}


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [("events", "participants", "many"), ("figures", "value", "a dozen")],
)
def test_non_numeric_values_are_input_errors(
    sqlite_store: Store, make_sample: Any, kind: str, field: str, value: str
) -> None:
    report, records = make_sample("riverton")
    records[kind][0][field] = value
    with pytest.raises(InputError, match=field):
        sqlite_store.add_report(report, records)
    assert sqlite_store.stats()["reports"] == 0


def test_record_without_span_finds_evidence_or_none(sqlite_store: Store, make_sample: Any) -> None:
    report, _ = make_sample("riverton")
    found = {"name": "Anna Berg", "title": "Mayor", "evidence": "led by Mayor Anna Berg"}
    missing = {"name": "Nobody", "evidence": "words that are not in the report"}
    report_id = sqlite_store.add_report(report, {"people": [found, missing]})
    people = sqlite_store.records(report_id=report_id, kind="people")
    start = report.text.index("led by Mayor Anna Berg")
    assert people[0]["span"] == [start, start + len("led by Mayor Anna Berg")]
    assert people[1]["span"] is None
    assert people[1]["evidence"] == "words that are not in the report"


def test_role_date_defaults_to_report_date(sqlite_store: Store, make_sample: Any) -> None:
    report, records = make_sample("riverton")
    sqlite_store.add_report(report, records)
    with sqlite_store.engine.connect() as conn:
        dates = conn.execute(select(schema.roles.c.date)).scalars().all()
    assert dates == [report.published]


def test_add_failure(store: Store, make_sample: Any) -> None:
    report, _ = make_sample("riverton")
    report_id = store.add_report(report)
    store.add_failure("broken.pdf", "cannot read PDF", component="reader")
    store.add_failure(report.source, "dates: bad year", report_id=report_id, component="dates")
    assert store.stats()["failures"] == 2
    with store.engine.connect() as conn:
        rows = (
            conn.execute(
                select(schema.extraction_failures).order_by(schema.extraction_failures.c.id)
            )
            .mappings()
            .all()
        )
    assert [(r["source"], r["report_id"], r["component"]) for r in rows] == [
        ("broken.pdf", None, "reader"),
        (report.source, report_id, "dates"),
    ]


@pytest.mark.parametrize(
    ("name", "runs"),
    [("riverton", None), ("xicheng_zh", ["2019年3月", "西城区友好代表团访问了葡萄牙里斯本市"])],
)
def test_unspaced_runs_are_kept_for_trigram_search(
    store: Store, make_sample: Any, name: str, runs: Any
) -> None:
    report, _ = make_sample(name)
    report_id = store.add_report(report)
    with store.engine.connect() as conn:
        table = schema.report_unspaced
        stored = conn.execute(select(table.c.text).where(table.c.id == report_id)).scalar()
    assert (stored.split("\n")[:2] if stored else None) == runs


def test_writers_in_parallel_threads(tmp_path: Any, make_sample: Any) -> None:
    url = str(tmp_path / "shared.db")
    Store.open(url).close()

    def write(worker: int) -> list[int | None]:
        with Store.open(url) as mine:
            return [mine.add_report(*make_sample("riverton", f" {worker}-{i}")) for i in range(15)]

    with ThreadPoolExecutor(max_workers=3) as pool:
        ids = [i for batch in pool.map(write, range(3)) for i in batch]
    assert None not in ids and len(set(ids)) == 45
    with Store.open(url) as store:
        assert store.stats()["reports"] == 45
        assert store.stats()["events"] == 90
