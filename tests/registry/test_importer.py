"""Tests of the twin-town import: one symmetric, deduplicated registry, idempotent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from amity.errors import ConfigError
from amity.registry.importer import import_registry
from amity.registry.queries import partners
from amity.store import schema


def names(store: Any, place: str, country: str | None = None) -> list[tuple[str, str | None]]:
    """Returns (partner name, country) of a place's ties, sorted."""
    with store.engine.connect() as conn:
        found = partners(conn, place, country)
    return sorted((t["partner"]["name"], t["partner"]["country"]) for t in found["ties"])


def test_summary_counts_rows_ties_and_unresolved(store: Any, twins: Path) -> None:
    summary = import_registry(store, twins)
    assert (summary.wikipedia_rows, summary.wikidata_edges) == (10, 4)
    # Wuhan-Manchester and Kyiv-Wuhan come from both sets, Tbilisi-Kyiv twice as Kiev/Kyiv
    assert summary.ties == summary.new_ties == summary.total_ties == 9
    assert summary.unresolved == 2  # Smalltownia, Nowhereville
    assert "10 Wikipedia rows" in summary.describe()


def test_second_import_adds_nothing(imported: Any, twins: Path) -> None:
    with imported.engine.connect() as conn:
        before = [conn.execute(select(t)).all() for t in (schema.places, schema.ties)]
    again = import_registry(imported, twins)
    assert (again.new_ties, again.new_places, again.total_ties) == (0, 0, 9)
    with imported.engine.connect() as conn:
        assert [conn.execute(select(t)).all() for t in (schema.places, schema.ties)] == before


def test_ties_are_symmetric_and_sourced_once_per_row(imported: Any) -> None:
    with imported.engine.connect() as conn:
        wuhan = partners(conn, "Wuhan")
        manchester = partners(conn, "Manchester")
    tie = next(t for t in wuhan["ties"] if t["partner"]["name"] == "Manchester")
    back = next(t for t in manchester["ties"] if t["partner"]["name"] == "Wuhan")
    assert tie["id"] == back["id"]
    assert sorted(s["source"] for s in tie["sources"]) == ["wikidata", "wikipedia", "wikipedia"]
    assert tie["in_registry"] and not tie["in_reports"]


def test_name_and_country_variants_meet_in_one_place(imported: Any) -> None:
    assert (
        names(imported, "Kyiv") == names(imported, "Kiev") == [("Tbilisi", "GE"), ("Wuhan", "CN")]
    )
    assert ("Bordeaux", "FR") in names(imported, "Wuhan")


def test_same_name_in_two_countries_stays_two_places(imported: Any) -> None:
    assert names(imported, "Perth", "Australia") == [("Perth", "GB")]
    assert names(imported, "Perth", "GB") == [("Perth", "AU")]


def test_places_have_coordinates_parents_and_wikidata_ids(imported: Any) -> None:
    with imported.engine.connect() as conn:
        wuhan = partners(conn, "Wuhan")["place"]
        info = schema.place_info
        qid = conn.execute(select(info.c.wikidata_id).where(info.c.place_id == wuhan["id"]))
        assert qid.scalar() == "Q11746"
    assert (wuhan["country"], wuhan["parent"]) == ("CN", "Hubei")
    assert abs(wuhan["lat"] - 30.58) < 0.1 and abs(wuhan["lon"] - 114.27) < 0.1


def test_wikidata_place_missing_from_gazetteer_keeps_its_own_coordinates(imported: Any) -> None:
    with imported.engine.connect() as conn:
        found = partners(conn, "Testford Springs")
    assert (found["place"]["lat"], found["place"]["lon"]) == (40.0, -100.0)
    assert [t["partner"]["name"] for t in found["ties"]] == ["Manchester"]


def test_unresolved_names_are_kept_as_written(imported: Any) -> None:
    with imported.engine.connect() as conn:
        found = partners(conn, "Nowhereville")
    assert found["place"]["resolved"] is False and found["place"]["lat"] is None
    assert (found["place"]["name"], found["place"]["country"]) == ("Nowhereville", "CH")
    assert [t["partner"]["name"] for t in found["ties"]] == ["Rybinsk"]


def test_missing_data_files_say_where_to_look(sqlite_store: Any, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="twin_towns_enwiki.csv"):
        import_registry(sqlite_store, tmp_path)


@pytest.mark.slow
def test_full_data_imports_fast_and_once(sqlite_store: Any) -> None:
    first = import_registry(sqlite_store)
    assert first.wikipedia_rows > 26_000 and first.ties > 25_000
    assert first.unresolved < first.places / 2
    second = import_registry(sqlite_store)
    assert (second.new_ties, second.new_places) == (0, 0)
    assert ("Manchester", "GB") in names(sqlite_store, "Wuhan")
