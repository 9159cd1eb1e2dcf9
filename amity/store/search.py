"""Search across reports and records: word matches first, then substring matches.

Words: FTS5 unicode61 words and prefixes (SQLite) or a 'simple' tsvector
(PostgreSQL), ranked. Substrings: FTS5 trigram or LIKE over the CJK (unspaced)
runs (SQLite), ILIKE backed by pg_trgm (PostgreSQL); they find names inside
unspaced text (西城 in 西城区) and rank after word hits. See search_sql.py.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from amity.errors import InputError
from amity.records import KINDS
from amity.store.search_sql import passes

SEARCH_KINDS = ("report", *KINDS)
SNIPPET_BEFORE, SNIPPET_AFTER = 60, 120
_SPACES = re.compile(r"\s+")


class Candidate(NamedTuple):
    """A search hit before its title and snippet are fetched."""

    kind: str
    id: int
    report_id: int
    score: float


def search_kinds(kinds: list[str] | None) -> list[str]:
    """Returns the searched kinds ('report' and record kinds); 'reports' means 'report'."""
    if not kinds:
        return list(SEARCH_KINDS)
    wanted = ["report" if k == "reports" else k for k in kinds]
    unknown = sorted(set(wanted) - set(SEARCH_KINDS))
    if unknown:
        raise InputError(
            f"cannot search kind {', '.join(unknown)}", f"use {', '.join(SEARCH_KINDS)}"
        )
    return wanted


def rows(conn: Connection, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Returns every row of plain SQL with :named parameters (a list one expands), as tuples.

    On SQLite the driver's cursor reads them, inside the connection's transaction: a search
    reads a thousand rows or more, and SQLAlchemy's result rows cost more than reading them.
    """
    expanding = [name for name, value in params.items() if isinstance(value, list)]
    if conn.dialect.name != "sqlite" or expanding:
        stmt = text(sql).bindparams(*(bindparam(name, expanding=True) for name in expanding))
        return [tuple(row) for row in conn.execute(stmt, params)]
    if not conn.in_transaction():
        conn.begin()  # BEGIN, as SQLAlchemy's own first statement would: one snapshot
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def candidates(conn: Connection, query: str, kinds: list[str], n: int) -> list[Candidate]:
    """Returns up to n best hits per target (more when a substring pass adds some), each once.

    Word hits rank first (whole words, then the last word as a prefix); a later pass of a
    target runs only while the earlier ones found fewer than n (a last resort: none), so a
    query of common words is answered from the cheapest pass (substring hits, score 0,
    would rank below all word hits anyway).
    """
    terms = query.split()
    dialect = conn.dialect.name
    record_kinds = [k for k in kinds if k != "report"]
    targets = (["reports"] if "report" in kinds else []) + (["docs"] if record_kinds else [])
    every_kind = set(record_kinds) == set(KINDS)
    found: dict[tuple[str, int], Candidate] = {}
    for target in targets:
        extra = {"kinds": record_kinds, "n": n} if target == "docs" else {"n": n}
        hits = 0
        for sql, params, last_resort in passes(dialect, target, terms, every_kind):
            if hits >= (1 if last_resort else n):
                break  # enough hits from the better passes of this target
            wanted = {**params, **extra} if ":kinds" in sql else {**params, "n": n}
            for kind, ident, report_id, score in rows(conn, sql, wanted):
                if (kind, ident) not in found:
                    found[(kind, ident)] = Candidate(kind, ident, report_id, float(score))
                    hits += 1
    return sorted(found.values(), key=lambda c: (-c.score, -c.report_id, c.kind, -c.id))


def snippet(body: str, terms: list[str]) -> str:
    """Returns a short window of body around the first term found, whitespace collapsed."""
    matches = [m for t in terms if (m := re.search(re.escape(t), body, re.IGNORECASE))]
    first = min(matches, key=lambda m: m.start()) if matches else None
    start = max(0, first.start() - SNIPPET_BEFORE) if first else 0
    end = min(len(body), (first.end() if first else 0) + SNIPPET_AFTER)
    window = _SPACES.sub(" ", body[start:end]).strip()
    return ("…" if start > 0 else "") + window + ("…" if end < len(body) else "")


def _details(conn: Connection, hit: Candidate) -> tuple[str, str]:
    """Returns (title, searchable text) of a hit."""
    if hit.kind == "report":
        sql = "SELECT coalesce(title, source), text FROM reports WHERE id = :id"
        row = conn.execute(text(sql), {"id": hit.id}).one()
    else:
        sql = "SELECT title, body FROM record_docs WHERE kind = :kind AND record_id = :id"
        row = conn.execute(text(sql), {"kind": hit.kind, "id": hit.id}).one()
    return row[0] or "", row[1] or ""


def search(
    conn: Connection, query: str, kinds: list[str] | None, limit: int, offset: int
) -> list[dict[str, Any]]:
    """Returns ranked hits for query across reports and records."""
    wanted, terms = search_kinds(kinds), query.split()
    if not terms:
        return []
    page = candidates(conn, " ".join(terms), wanted, limit + offset)[offset : offset + limit]
    hits = []
    for hit in page:
        title, body = _details(conn, hit)
        hits.append({**hit._asdict(), "title": title, "snippet": snippet(body, terms)})
    return hits
