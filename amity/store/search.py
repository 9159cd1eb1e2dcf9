"""Search across reports and records: word matches first, then substring matches.

Words: FTS5 unicode61 (SQLite) or a 'simple' tsvector (PostgreSQL), ranked.
Substrings: FTS5 trigram or LIKE (SQLite), ILIKE backed by pg_trgm (PostgreSQL);
they find names inside unspaced CJK text (西城 in 西城区) and rank after word hits.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.engine import Connection

from amity.errors import InputError
from amity.records import KINDS

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


def _quoted(terms: list[str]) -> str:
    """Returns an FTS5 query matching all terms, each as a literal phrase."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _like(term: str) -> str:
    """Returns a LIKE pattern finding term anywhere, with wildcards escaped."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", term) + "%"


# SQL per (dialect, pass, target). Targets: reports (kind 'report'), docs (record_docs).
_SQLITE = {
    ("words", "reports"): "SELECT 'report', rowid, rowid, -bm25(reports_words, 4.0, 1.0) AS s "
    "FROM reports_words WHERE reports_words MATCH :q ORDER BY s DESC LIMIT :n",
    (
        "words",
        "docs",
    ): "SELECT d.kind, d.record_id, d.report_id, -bm25(record_docs_words, 4.0, 1.0) AS s "
    "FROM record_docs_words JOIN record_docs d ON d.id = record_docs_words.rowid "
    "WHERE record_docs_words MATCH :q AND d.kind IN :kinds ORDER BY s DESC LIMIT :n",
    ("trigram", "reports"): "SELECT 'report', rowid, rowid, 0.0 FROM reports_trigram "
    "WHERE reports_trigram MATCH :q ORDER BY rowid DESC LIMIT :n",
    ("trigram", "docs"): "SELECT d.kind, d.record_id, d.report_id, 0.0 "
    "FROM record_docs_trigram JOIN record_docs d ON d.id = record_docs_trigram.rowid "
    "WHERE record_docs_trigram MATCH :q AND d.kind IN :kinds ORDER BY d.id DESC LIMIT :n",
    (
        "like",
        "reports",
    ): "SELECT 'report', id, id, 0.0 FROM reports WHERE {where} ORDER BY id DESC LIMIT :n",
    ("like", "docs"): "SELECT kind, record_id, report_id, 0.0 FROM record_docs "
    "WHERE kind IN :kinds AND {where} ORDER BY id DESC LIMIT :n",
}
_POSTGRESQL = {
    ("words", "reports"): "SELECT 'report', id, id, ts_rank(tsv, q) AS s "
    "FROM reports, plainto_tsquery('simple', :q) q WHERE tsv @@ q ORDER BY s DESC, id DESC LIMIT :n",
    ("words", "docs"): "SELECT kind, record_id, report_id, ts_rank(tsv, q) AS s "
    "FROM record_docs, plainto_tsquery('simple', :q) q WHERE tsv @@ q AND kind IN :kinds "
    "ORDER BY s DESC, id DESC LIMIT :n",
    (
        "like",
        "reports",
    ): "SELECT 'report', id, id, 0.0 FROM reports WHERE {where} ORDER BY id DESC LIMIT :n",
    ("like", "docs"): "SELECT kind, record_id, report_id, 0.0 FROM record_docs "
    "WHERE kind IN :kinds AND {where} ORDER BY id DESC LIMIT :n",
}


def _statement(dialect: str, mode: str, target: str, n_terms: int = 0) -> TextClause:
    """Returns the SQL of one search pass, with a LIKE condition per term where needed."""
    sql = (_POSTGRESQL if dialect == "postgresql" else _SQLITE)[(mode, target)]
    column = "text" if target == "reports" else "body"
    op = "ILIKE" if dialect == "postgresql" else "LIKE"
    where = " AND ".join(f"{column} {op} :p{i} ESCAPE '\\'" for i in range(n_terms))
    stmt = text(sql.replace("{where}", where))
    return stmt.bindparams(bindparam("kinds", expanding=True)) if target == "docs" else stmt


def _passes(dialect: str, query: str, terms: list[str]) -> list[tuple[str, dict[str, Any], int]]:
    """Returns the (mode, parameters, number of LIKE terms) of each pass to run, in rank order."""
    words = (query if dialect == "postgresql" else _quoted(terms), 0)
    if dialect == "sqlite" and all(len(t) >= 3 for t in terms):
        substring = ("trigram", {"q": _quoted(terms)}, 0)
    else:
        substring = ("like", {f"p{i}": _like(t) for i, t in enumerate(terms)}, len(terms))
    return [("words", {"q": words[0]}, 0), substring]


def candidates(conn: Connection, query: str, kinds: list[str], n: int) -> list[Candidate]:
    """Returns up to n best hits per pass and target, word hits first, each hit once."""
    terms = query.split()
    dialect = conn.dialect.name
    record_kinds = [k for k in kinds if k != "report"]
    targets = (["reports"] if "report" in kinds else []) + (["docs"] if record_kinds else [])
    found: dict[tuple[str, int], Candidate] = {}
    for mode, params, n_like in _passes(dialect, query, terms):
        for target in targets:
            extra = {"kinds": record_kinds} if target == "docs" else {}
            rows = conn.execute(
                _statement(dialect, mode, target, n_like), {**params, **extra, "n": n}
            )
            for kind, ident, report_id, score in rows:
                found.setdefault((kind, ident), Candidate(kind, ident, report_id, float(score)))
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
