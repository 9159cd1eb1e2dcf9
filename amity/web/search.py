"""Faceted search: the store's ranked hits, narrowed by kind, type, country, year, organization.

Facets are counted over the best `POOL` hits, so that filtering one facet shows
how many hits each value of the others keeps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from amity.store import schema
from amity.store.search import Candidate, candidates, search_kinds, snippet

POOL = 500
FACETS = ("kind", "type", "country", "year", "org")
Attrs = dict[str, set[str]]


def _by_id(conn: Connection, stmt: Any) -> dict[int, list[Any]]:
    """Returns {id: [row, ...]} of a statement whose first column is the record id."""
    out: dict[int, list[Any]] = {}
    for row in conn.execute(stmt):
        out.setdefault(row[0], []).append(row[1:])
    return out


def _event_attrs(conn: Connection, ids: list[int]) -> dict[int, Attrs]:
    """Returns the facet values of events: type, country, year, organizers."""
    ev, org = schema.events, schema.event_organizers
    rows = _by_id(
        conn, select(ev.c.id, ev.c.type, ev.c.country, ev.c.start).where(ev.c.id.in_(ids))
    )
    orgs = _by_id(conn, select(org.c.event_id, org.c.name).where(org.c.event_id.in_(ids)))
    return {
        i: {"type": {t}, "country": {c}, "year": {(s or "")[:4]}, "org": {o for (o,) in orgs.get(i, [])}}
        for i, [(t, c, s)] in rows.items()
    }  # fmt: skip


def _partnership_attrs(conn: Connection, ids: list[int]) -> dict[int, Attrs]:
    """Returns the facet values of partnerships: type, both countries, year."""
    pa = schema.partnerships
    cols = (pa.c.id, pa.c.type, pa.c.a_country, pa.c.b_country, pa.c.date)
    rows = _by_id(conn, select(*cols).where(pa.c.id.in_(ids)))
    return {
        i: {"type": {t}, "country": {a, b}, "year": {(d or "")[:4]}}
        for i, [(t, a, b, d)] in rows.items()
    }


def _people_attrs(conn: Connection, ids: list[int]) -> dict[int, Attrs]:
    """Returns the facet values of people: country, organization."""
    ro = schema.roles
    rows = _by_id(conn, select(ro.c.id, ro.c.country, ro.c.organization).where(ro.c.id.in_(ids)))
    return {i: {"country": {c}, "org": {o}} for i, [(c, o)] in rows.items()}


def _report_attrs(conn: Connection, ids: list[int]) -> dict[int, Attrs]:
    """Returns the facet values of reports: year published."""
    rep = schema.reports
    rows = _by_id(
        conn, select(rep.c.id, func.substr(rep.c.published, 1, 4)).where(rep.c.id.in_(ids))
    )
    return {i: {"year": {y}} for i, [(y,)] in rows.items()}


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
            attrs["kind"] = {kind}
            for values in attrs.values():
                values.discard(None)
                values.discard("")
            out[(kind, i)] = attrs
    for hit in hits:
        out.setdefault((hit.kind, hit.id), {"kind": {hit.kind}})
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
    pool = [(attrs, _misses(attrs, chosen)) for attrs in all_attrs]
    out: dict[str, list[Any]] = {}
    for facet in FACETS:
        counts = Counter(
            v
            for attrs, misses in pool
            if not misses or misses == [facet]
            for v in attrs.get(facet, ())
        )
        out[facet] = [[v, n] for v, n in sorted(counts.items(), key=lambda p: (-p[1], p[0]))[:20]]
    return out


def _details(conn: Connection, hits: list[Candidate]) -> dict[tuple[str, int], tuple[str, str]]:
    """Returns {(kind, id): (title, searchable text)} of the hits, read in one query per table."""
    out: dict[tuple[str, int], tuple[str, str]] = {}
    rep, docs = schema.reports, schema.record_docs
    reports = [h.id for h in hits if h.kind == "report"]
    records = [h for h in hits if h.kind != "report"]
    if reports:
        named = func.coalesce(rep.c.title, rep.c.source)
        found = select(rep.c.id, named, rep.c.text).where(rep.c.id.in_(reports))
        for i, title, body in conn.execute(found):
            out[("report", i)] = (title or "", body or "")
    if records:
        columns = (docs.c.kind, docs.c.record_id, docs.c.title, docs.c.body)
        wanted = select(*columns).where(docs.c.record_id.in_({h.id for h in records}))
        for kind, i, title, body in conn.execute(wanted):
            out[(kind, i)] = (title or "", body or "")
    return out


def search(
    store: Any, query: str, chosen: dict[str, str] | None = None, limit: int = 20, offset: int = 0
) -> dict[str, Any]:
    """Returns {query, filters, total, hits, facets}: ranked hits with every chosen facet value."""
    chosen = {k: v for k, v in (chosen or {}).items() if k in FACETS and v}
    terms = query.split()
    out: dict[str, Any] = {"query": query, "filters": chosen, "total": 0, "hits": []}
    out["facets"] = {facet: [] for facet in FACETS}
    if not terms:
        return out
    if "kind" in chosen:
        chosen["kind"] = search_kinds([chosen["kind"]])[0]
    with store.engine.connect() as conn:
        pool = candidates(conn, " ".join(terms), search_kinds(None), POOL)[:POOL]
        attrs = attributes(conn, pool)
        kept = [h for h in pool if _keeps(attrs[(h.kind, h.id)], chosen)]
        shown = kept[offset : offset + limit]
        details = _details(conn, shown)
        for hit in shown:
            title, body = details.get((hit.kind, hit.id), ("", ""))
            out["hits"].append({**hit._asdict(), "title": title, "snippet": snippet(body, terms)})
    out["total"] = len(kept)
    out["facets"] = facet_counts(attrs.values(), chosen)
    return out


def kept(request: Any, query: str, chosen: dict[str, str], limit: int, offset: int) -> Any:
    """Returns search(...) as kept by the app's cache until the store changes."""
    from amity.web.context import cached, store_of

    wanted = tuple(sorted((k, v) for k, v in chosen.items() if v))
    key = ("search", " ".join(query.split()), wanted, limit, offset)
    return cached(request, key, lambda: search(store_of(request), query, chosen, limit, offset))
