"""Registry fixtures: the small twin-town data sets of tests/data/registry/twins, reports we write."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from amity.records import ReportIn

TWINS = Path(__file__).parent.parent / "data" / "registry" / "twins"


def span(text: str, words: str) -> list[int]:
    """Returns the [start, end] of words in text."""
    start = text.index(words)
    return [start, start + len(words)]


def make_report(text: str, published: str | None = None, source: str = "note.txt") -> ReportIn:
    """Returns a report of our own text."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return ReportIn(source, text, digest, title=text.splitlines()[0], published=published)


def add(store: Any, text: str, records: dict[str, list[dict[str, Any]]], **kw: Any) -> int:
    """Stores a report with records (each record's `evidence` given as words of the text)."""
    for items in records.values():
        for record in items:
            record["span"] = span(text, record.pop("evidence"))
    report_id = store.add_report(make_report(text, **kw), records)
    assert report_id is not None
    return int(report_id)


@pytest.fixture
def twins() -> Path:
    """Returns the folder of the small twin-town data sets."""
    return TWINS


@pytest.fixture
def imported(store: Any, twins: Path) -> Any:
    """Returns a store (each dialect) holding the small registry."""
    from amity.registry.importer import import_registry

    import_registry(store, twins)
    return store


@pytest.fixture
def sqlite_imported(sqlite_store: Any, twins: Path) -> Any:
    """Returns a SQLite store holding the small registry."""
    from amity.registry.importer import import_registry

    import_registry(sqlite_store, twins)
    return sqlite_store
