"""Suggesting the events and ties that advance a plan's tasks, by matching the tasks' words.

Candidates are the unrejected events dated within the plan's period and the ties
established (or reported) within it; a plan of a place only looks at that place's ties.
A candidate scores for each signal it shares with a task's title, target and owner:

- type: the task names the event's type (a forum, a delegation) or the tie's (a sister city);
- country: the task names one of the countries involved, or their region ('Africa');
- place and organization names, and the other words of the event's title, each word
  weighted by how rare it is among the candidates (a district's own name, found in every
  item, counts little).

Candidates under MIN_SCORE are dropped and the best TOP kept per task.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.engine import Connection

from amity.publish.plans_words import Terms, region_codes, terms, words
from amity.store import schema
from amity.store.registry import canonical, chunks, links_of, members

MIN_SCORE = 2.0
TOP = 5
MAX_CANDIDATES = 20_000  # without a period, the newest events only
WEIGHTS = {"type": 2.0, "country": 2.0, "region": 2.0, "places": 2.0, "orgs": 1.5, "title": 1.0}
Period = tuple[str | None, str | None]


@dataclass
class Candidate:
    """An event or tie as matching sees it: its type, countries and words per field."""

    kind: str
    id: int
    types: set[str]
    countries: set[str]
    fields: dict[str, set[str]] = field(default_factory=dict)

    def all_words(self) -> set[str]:
        """Returns the words of every field."""
        return set().union(*self.fields.values()) if self.fields else set()


def in_period(when: str | None, period: Period) -> bool:
    """Returns whether a date (YYYY, YYYY-MM or YYYY-MM-DD) falls in the period (open ends ok)."""
    start, end = period
    if not when:
        return start is None and end is None
    size = len(when[:10])
    return (start is None or when[:10] >= start[:size]) and (end is None or when[:10] <= end[:size])


def _dated(column: Any, period: Period) -> list[Any]:
    """Returns coarse SQL conditions keeping dates that may be in the period (by year)."""
    start, end = period
    conditions = [column.is_not(None)]
    if start:
        conditions.append(column >= start[:4])
    if end:
        conditions.append(column <= end + "~")  # '~' sorts after every date character
    return conditions


def _names_by(
    conn: Connection, table: Any, key: Any, name: Any, ids: list[int]
) -> dict[int, list[str]]:
    """Returns {key: [names]} of the rows whose key is one of ids."""
    out: dict[int, list[str]] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        for row_key, row_name in conn.execute(select(key, name).where(key.in_(part))):
            out.setdefault(row_key, []).append(row_name or "")
    return out


def event_candidates(conn: Connection, period: Period) -> list[Candidate]:
    """Returns the unrejected events in the period, one per event reported several times."""
    e = schema.events
    cols = (
        e.c.id,
        e.c.type,
        e.c.title,
        e.c.start,
        e.c.city,
        e.c.country,
        e.c.countries,
        e.c.place_id,
    )
    query = select(*cols).where(e.c.review_state != "rejected").order_by(e.c.id.desc())
    if period != (None, None):
        query = query.where(*_dated(e.c.start, period))
    rows = [r for r in conn.execute(query.limit(MAX_CANDIDATES)) if in_period(r.start, period)]
    copies = links_of(conn, "events", [r.id for r in rows])
    rows = [r for r in rows if r.id not in copies]
    ids = [r.id for r in rows]
    organizers = _names_by(conn, schema.event_organizers, schema.event_organizers.c.event_id,
                           schema.event_organizers.c.name, ids)  # fmt: skip
    p = schema.places
    places = _names_by(conn, p, p.c.id, p.c.name, [r.place_id for r in rows if r.place_id])
    return [_event(r, organizers.get(r.id, []), places.get(r.place_id, [])) for r in rows]


def _event(row: Any, organizers: list[str], places: list[str]) -> Candidate:
    """Returns the candidate of an event row."""
    countries = {c for c in [row.country, *(row.countries or [])] if c}
    fields = {
        "title": words(row.title),
        "places": words(" ".join([row.city or "", *places])),
        "orgs": words(" ".join(organizers)),
    }
    return Candidate("event", row.id, {row.type} if row.type else set(), countries, fields)


def tie_candidates(conn: Connection, period: Period, place_id: int | None) -> list[Candidate]:
    """Returns the ties established or reported in the period (of the plan's place, if any)."""
    t, src = schema.ties, schema.tie_sources
    query = select(t).where(t.c.status != "ended").order_by(t.c.id)
    if place_id is not None:
        ids = members(conn, "places", place_id)
        query = query.where(or_(t.c.a_place_id.in_(ids), t.c.b_place_id.in_(ids)))
    elif period == (None, None):
        return []  # every tie of a world registry would be a candidate
    if period != (None, None):
        reported = select(src.c.tie_id).where(*_dated(src.c.date, period))
        query = query.where(or_(and_(*_dated(t.c.established, period)), t.c.id.in_(reported)))
    rows = list(conn.execute(query.limit(MAX_CANDIDATES)))
    return _ties(conn, rows, period)


def _ties(conn: Connection, rows: list[Any], period: Period) -> list[Candidate]:
    """Returns the candidates of tie rows, with their places' and organizations' names."""
    place_ids = [i for r in rows for i in (r.a_place_id, r.b_place_id) if i]
    ends = canonical(conn, "places", place_ids)
    p, o = schema.places, schema.organizations
    info = {r.id: r for r in conn.execute(select(p.c.id, p.c.name, p.c.canonical_name, p.c.country)
                                          .where(p.c.id.in_(list({*place_ids, *ends.values()}))))}  # fmt: skip
    org_ids = [i for r in rows for i in (r.a_org_id, r.b_org_id) if i]
    orgs = {
        r.id: r
        for r in conn.execute(select(o.c.id, o.c.name, o.c.country).where(o.c.id.in_(org_ids)))
    }
    out = []
    for row in rows:
        sides = [info[ends[i]] for i in (row.a_place_id, row.b_place_id) if i and ends[i] in info]
        bodies = [orgs[i] for i in (row.a_org_id, row.b_org_id) if i in orgs]
        names = [n for s in sides for n in (s.name, s.canonical_name) if n]
        fields = {"places": words(" ".join(names)), "orgs": words(" ".join(b.name for b in bodies))}
        countries = {x.country for x in [*sides, *bodies] if x.country}
        out.append(Candidate("tie", row.id, {row.type}, countries, fields))
    return out


def weights(candidates: list[Candidate]) -> dict[str, float]:
    """Returns each word's weight, 1.0 for a word of one candidate, less the more it is shared."""
    counts = Counter(w for c in candidates for w in c.all_words())
    n = max(len(candidates), 1)
    return {w: max(0.2, math.log(1 + n / df) / math.log(1 + n)) for w, df in counts.items()}


def type_match(task: Terms, cand: Candidate) -> bool:
    """Returns whether the task names the candidate's type (a signing counts for a tie)."""
    if cand.kind == "tie":
        return bool(task.tie_types & cand.types)
    return bool(task.event_types & cand.types) or (bool(task.tie_types) and "signing" in cand.types)


def score(task: Terms, cand: Candidate, idf: dict[str, float]) -> float:
    """Returns how much a candidate shares with a task's terms (0 for nothing)."""
    typed = type_match(task, cand)
    total = WEIGHTS["type"] if typed else 0.0
    # A task that names the kind of thing it wants is not advanced by another kind of
    # thing merely for sharing a country: that signal then counts half.
    where = 1.0 if typed or not (task.event_types or task.tie_types) else 0.5
    if task.countries & cand.countries:
        total += WEIGHTS["country"] * where
    elif task.regions & {r for c in cand.countries for r in region_codes(c)}:
        total += WEIGHTS["region"] * where
    for name in ("places", "orgs"):
        shared = task.words & cand.fields.get(name, set())
        total += WEIGHTS[name] * max((idf.get(w, 1.0) for w in shared), default=0.0)
    named = cand.fields.get("places", set()) | cand.fields.get("orgs", set())
    shared = task.words & (cand.fields.get("title", set()) - named)  # a name counts once
    total += WEIGHTS["title"] * min(2.0, sum(idf.get(w, 1.0) for w in shared))
    return total


def task_text(task: dict[str, Any]) -> str:
    """Returns the text a task is matched on: title, target and owner."""
    return " ".join(str(task.get(k) or "") for k in ("title", "target", "owner"))


def best(
    task: dict[str, Any], candidates: list[Candidate], idf: dict[str, float]
) -> list[tuple[str, int, float]]:
    """Returns the task's best candidates as (kind, id, score), highest first, at most TOP."""
    found = terms(task_text(task))
    scored = [(c.kind, c.id, score(found, c, idf)) for c in candidates]
    kept = sorted((s for s in scored if s[2] >= MIN_SCORE), key=lambda s: (-s[2], s[0], s[1]))
    return kept[:TOP]


def match_plan(
    conn: Connection, tasks: list[dict[str, Any]], period: Period, place_id: int | None
) -> dict[int, list[tuple[str, int, float]]]:
    """Returns {task id: its best (kind, id, score)} among the plan's candidates."""
    candidates = event_candidates(conn, period) + tie_candidates(conn, period, place_id)
    idf = weights(candidates)
    return {task["id"]: best(task, candidates, idf) for task in tasks}
