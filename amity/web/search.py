"""Faceted search: the store's ranked hits, narrowed by kind, type, country, year, organization.

Facets are counted over the best `POOL` hits, so that filtering one facet shows
how many hits each value of the others keeps.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy.engine import Connection

from amity.store.search import Candidate, candidates, rows, search_kinds, snippet

POOL = 500
FACETS = ("kind", "type", "country", "year", "org")
Attrs = dict[str, tuple[str, ...]]  # facet -> the hit's values, each once
Pool = tuple[list[Candidate], dict[tuple[str, int], Attrs]]  # best hits, their facet values


def ids_in(conn: Connection, column: str, ids: Iterable[int]) -> tuple[str, dict[str, Any]]:
    """Returns the condition 'column is one of ids' as SQL with its one parameter, :ids.

    On SQLite one JSON parameter however many ids: an IN list of 500 bound values cost
    more to build and bind than the look-ups it asks for.
    """
    if conn.dialect.name == "sqlite":
        return f"{column} IN (SELECT value FROM json_each(:ids))", {"ids": json.dumps(list(ids))}
    return f"{column} IN :ids", {"ids": list(ids)}


def _rows(conn: Connection, sql: str, column: str, ids: Iterable[int]) -> list[tuple[Any, ...]]:
    """Returns the rows of `sql` (its WHERE left open: {where}) for the ids in column."""
    where, params = ids_in(conn, column, ids)
    return rows(conn, sql.format(where=where), params)


def _one(value: Any) -> tuple[Any, ...]:
    """Returns a facet's one value as a tuple, empty when the value is (None or '')."""
    return (value,) if value is not None and value != "" else ()


def _some(*values: Any) -> tuple[Any, ...]:
    """Returns a facet's values, each once, empty ones (None, '') dropped."""
    return tuple(dict.fromkeys(v for v in values if v is not None and v != ""))


def _event_attrs(conn: Connection, ids: list[int]) -> dict[int, Attrs]:
    """Returns the facet values of events: type, country, year, organizers (one row each)."""
    sql = (
        "SELECT e.id, e.type, e.country, substr(e.start, 1, 4), o.name FROM events e "
        "LEFT JOIN event_organizers o ON o.event_id = e.id WHERE {where}"
    )
    out: dict[int, Attrs] = {}
    for i, t, c, y, name in _rows(conn, sql, "e.id", ids):
        attrs = out.get(i)
        if attrs is None:
            out[i] = attrs = {"type": _one(t), "country": _one(c), "year": _one(y), "org": ()}
        if name is not None and name != "" and name not in attrs["org"]:
            attrs["org"] += (name,)
    return out


def _partnership_attrs(conn: Connection, ids: list[int]) -> dict[int, Attrs]:
    """Returns the facet values of partnerships: type, both countries, year."""
    sql = (
        "SELECT id, type, a_country, b_country, substr(date, 1, 4) FROM partnerships WHERE {where}"
    )
    return {
        i: {"type": _one(t), "country": _some(a, b), "year": _one(y)}
        for i, t, a, b, y in _rows(conn, sql, "id", ids)
    }


def _people_attrs(conn: Connection, ids: list[int]) -> dict[int, Attrs]:
    """Returns the facet values of people: country, organization."""
    sql = "SELECT id, country, organization FROM roles WHERE {where}"
    return {i: {"country": _one(c), "org": _one(o)} for i, c, o in _rows(conn, sql, "id", ids)}


def _report_attrs(conn: Connection, ids: list[int]) -> dict[int, Attrs]:
    """Returns the facet values of reports: year published."""
    sql = "SELECT id, substr(published, 1, 4) FROM reports WHERE {where}"
    return {i: {"year": _one(y)} for i, y in _rows(conn, sql, "id", ids)}


READERS = {
    "report": _report_attrs,
    "events": _event_attrs,
    "partnerships": _partnership_attrs,
    "people": _people_attrs,
}


def attributes(conn: Connection, hits: list[Candidate]) -> dict[tuple[str, int], Attrs]:
    """Returns each hit's facet values, empty values dropped, under (kind, id)."""
    out: dict[tuple[str, int], Attrs] = {}
    for kind, read in READERS.items():
        ids = [h.id for h in hits if h.kind == kind]
        for i, attrs in (read(conn, ids) if ids else {}).items():
            attrs["kind"] = (kind,)
            out[(kind, i)] = attrs
    for hit in hits:
        if (hit.kind, hit.id) not in out:
            out[(hit.kind, hit.id)] = {"kind": (hit.kind,)}
    return out


def _misses(attrs: Attrs, chosen: dict[str, str]) -> list[str]:
    """Returns the chosen facets whose value a hit lacks."""
    return [k for k, v in chosen.items() if v not in attrs.get(k, ())]


def _keeps(attrs: Attrs, chosen: dict[str, str], skip: str | None = None) -> bool:
    """Returns whether a hit has every chosen facet value (but the `skip` facet)."""
    return all(k == skip for k in _misses(attrs, chosen))


def facet_counts(all_attrs: Iterable[Attrs], chosen: dict[str, str]) -> dict[str, list[Any]]:
    """Returns {facet: [[value, hits], ...]}, each counted with the other facets applied."""
    # A hit counts for a facet when it misses no chosen value but maybe that facet's own.
    found: dict[str, list[Any]] = {facet: [] for facet in FACETS}
    for attrs in all_attrs:
        misses = _misses(attrs, chosen) if chosen else ()
        if not misses:
            for facet, values in attrs.items():
                found[facet] += values
        elif len(misses) == 1 and misses[0] in attrs:
            found[misses[0]] += attrs[misses[0]]
    out: dict[str, list[Any]] = {}
    for facet, every in found.items():
        counts = sorted(Counter(every).items(), key=lambda p: (-p[1], p[0]))[:20]
        out[facet] = [[v, n] for v, n in counts]
    return out


def _details(conn: Connection, hits: list[Candidate]) -> dict[tuple[str, int], tuple[str, str]]:
    """Returns {(kind, id): (title, searchable text)} of the hits, read in one query per table."""
    out: dict[tuple[str, int], tuple[str, str]] = {}
    reports = [h.id for h in hits if h.kind == "report"]
    records = list(dict.fromkeys(h.id for h in hits if h.kind != "report"))
    if reports:
        sql = "SELECT id, coalesce(title, source), text FROM reports WHERE {where}"
        for i, title, body in _rows(conn, sql, "id", reports):
            out[("report", i)] = (title or "", body or "")
    if records:
        sql = "SELECT kind, record_id, title, body FROM record_docs WHERE {where}"
        for kind, i, title, body in _rows(conn, sql, "record_id", records):
            out[(kind, i)] = (title or "", body or "")
    return out


def _pool(conn: Connection, terms: list[str]) -> Pool:
    """Returns the best POOL hits of the terms and their facet values."""
    hits = candidates(conn, " ".join(terms), search_kinds(None), POOL)[:POOL]
    return hits, attributes(conn, hits)


def pool(store: Any, query: str) -> Pool:
    """Returns the best POOL hits of a query and their facet values: what every narrowing
    and page of its search starts from."""
    with store.engine.connect() as conn:
        return _pool(conn, query.split())


def search(
    store: Any,
    query: str,
    chosen: dict[str, str] | None = None,
    limit: int = 20,
    offset: int = 0,
    found: Pool | None = None,
) -> dict[str, Any]:
    """Returns {query, filters, total, hits, facets}: ranked hits with every chosen facet value.

    `found`: the query's pool(store, query) when already at hand (it is not changed).
    """
    chosen = {k: v for k, v in (chosen or {}).items() if k in FACETS and v}
    terms = query.split()
    out: dict[str, Any] = {"query": query, "filters": chosen, "total": 0, "hits": []}
    out["facets"] = {facet: [] for facet in FACETS}
    if not terms:
        return out
    if "kind" in chosen:
        chosen["kind"] = search_kinds([chosen["kind"]])[0]
    with store.engine.connect() as conn:
        hits, attrs = found if found is not None else _pool(conn, terms)
        kept = [h for h in hits if _keeps(attrs[(h.kind, h.id)], chosen)] if chosen else hits
        shown = kept[offset : offset + limit]
        details = _details(conn, shown)
        for hit in shown:
            title, body = details.get((hit.kind, hit.id), ("", ""))
            out["hits"].append({**hit._asdict(), "title": title, "snippet": snippet(body, terms)})
    out["total"] = len(kept)
    out["facets"] = facet_counts(attrs.values(), chosen)
    return out


def kept(request: Any, query: str, chosen: dict[str, str], limit: int, offset: int) -> Any:
    """Returns search(...) as kept by the app's cache until the store changes.

    The query's pool is kept too: narrowing a search by a facet or turning its page reads
    no hit again (with a cache budget of 0 each search reads its own).
    """
    from amity.web.context import cached, store_of

    store, words = store_of(request), " ".join(query.split())
    wanted = tuple(sorted((k, v) for k, v in chosen.items() if v))

    def compute() -> dict[str, Any]:
        found = (
            cached(request, ("search pool", words), lambda: pool(store, words)) if words else None
        )
        return search(store, query, chosen, limit, offset, found)

    return cached(request, ("search", words, wanted, limit, offset), compute)
