"""Tests of merging and splitting entities by hand, and undoing it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from amity.errors import InputError, NotFound
from amity.registry.importer import import_registry
from amity.registry.merge import history, merge, split, undo
from amity.registry.queries import find_place, partners
from amity.store import schema
from amity.store.registry import canonical


def place(store: Any, name: str, country: str | None = None) -> int:
    """Returns the entity id of a place."""
    with store.engine.connect() as conn:
        return find_place(conn, name, country)


def partner_names(store: Any, name: str, country: str | None = None) -> list[str]:
    """Returns the sorted partner names of a place."""
    with store.engine.connect() as conn:
        return sorted(t["partner"]["name"] for t in partners(conn, name, country)["ties"])


def test_merge_joins_ties_and_undo_restores_them(imported: Any) -> None:
    nowhere, smalltownia = place(imported, "Nowhereville"), place(imported, "Smalltownia")
    before = (partner_names(imported, "Nowhereville"), partner_names(imported, "Smalltownia"))
    done = merge(imported, "place", nowhere, smalltownia, "ana")
    assert partner_names(imported, "Smalltownia") == ["Rybinsk", "Wuhan"]
    assert partner_names(imported, "Nowhereville") == ["Rybinsk", "Wuhan"]
    [row] = history(imported)
    assert (row["id"], row["action"], row["user"], row["undone_at"]) == (done, "merge", "ana", None)
    undo(imported, done, "ana")
    assert (
        partner_names(imported, "Nowhereville"),
        partner_names(imported, "Smalltownia"),
    ) == before
    assert history(imported)[0]["undone_at"] is not None


def test_merge_moves_every_name_of_the_entity(imported: Any) -> None:
    kyiv = place(imported, "Kyiv")
    with imported.engine.connect() as conn:
        names = (
            conn.execute(
                select(schema.entity_links.c.entity_id).where(
                    schema.entity_links.c.kind == "places", schema.entity_links.c.same_as == kyiv
                )
            )
            .scalars()
            .all()
        )
    assert names  # "Kiev" and "Kyiv" as written point to the gazetteer's Kyiv
    target = place(imported, "Tbilisi")
    done = merge(imported, "places", kyiv, target, "ana")
    with imported.engine.connect() as conn:
        assert set(canonical(conn, "places", [kyiv, *names]).values()) == {target}
    undo(imported, done, "ana")
    with imported.engine.connect() as conn:
        assert set(canonical(conn, "places", names).values()) == {kyiv}


def test_split_detaches_a_name_and_a_new_import_respects_it(
    sqlite_imported: Any, twins: Any
) -> None:
    store = sqlite_imported
    kyiv = place(store, "Kyiv")
    with store.engine.connect() as conn:
        kiev = conn.execute(
            select(schema.places.c.id).where(schema.places.c.key == "kiev|UA")
        ).scalar_one()
    done = split(store, "place", kiev, "ana")
    import_registry(store, twins)
    with store.engine.connect() as conn:
        assert canonical(conn, "places", [kiev]) == {kiev: kiev}
    undo(store, done, "ana")
    with store.engine.connect() as conn:
        assert canonical(conn, "places", [kiev]) == {kiev: kyiv}


def test_person_merge(imported: Any) -> None:
    ids = []
    with imported.engine.begin() as conn:
        for name in ("Lin Songtian", "Songtian Lin"):
            row = {"key": name.lower(), "name": name, "country": "CN"}
            ids.append(
                conn.execute(
                    schema.persons.insert().returning(schema.persons.c.id), row
                ).scalar_one()
            )
    merge(imported, "person", ids[1], ids[0], "ana")
    with imported.engine.connect() as conn:
        assert canonical(conn, "people", ids) == {ids[0]: ids[0], ids[1]: ids[0]}


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda s, a, b: merge(s, "place", a, a, "ana"), InputError),
        (lambda s, a, b: merge(s, "place", a, 999_999, "ana"), NotFound),
        (lambda s, a, b: merge(s, "planet", a, b, "ana"), InputError),
        (lambda s, a, b: split(s, "place", a, "ana"), InputError),
        (lambda s, a, b: undo(s, 999_999, "ana"), NotFound),
    ],
)
def test_wrong_merges_say_why(imported: Any, call: Any, error: type[Exception]) -> None:
    a, b = place(imported, "Wuhan"), place(imported, "Rybinsk")
    with pytest.raises(error):
        call(imported, a, b)


def test_undo_twice_is_refused(imported: Any) -> None:
    done = merge(imported, "place", place(imported, "Wuhan"), place(imported, "Rybinsk"), "ana")
    undo(imported, done, "ana")
    with pytest.raises(InputError, match="already undone"):
        undo(imported, done, "ana")
