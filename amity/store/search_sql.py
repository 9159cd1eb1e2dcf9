"""The SQL of each search pass, per dialect and target (reports or record_docs).

A pass is (SQL, parameters); its rows are (kind, id, report_id, score). Passes are
listed best first: whole words, then word prefixes (both ranked among the newest SCORED
matches), then substring matches (score 0). A pass runs only while the ones before it
found fewer hits than wanted (see amity.store.search.candidates).
"""

from __future__ import annotations

import re
from typing import Any

Pass = tuple[str, dict[str, Any]]

# Scripts written without spaces between words: CJK, kana, hangul, Thai, Lao, Khmer,
# Myanmar, with digits attached (2019年). A frozen copy lives in migration 0002.
_UNSPACED_CHARS = (
    "\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f"
    "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
)
UNSPACED = re.compile(f"[0-9]*[{_UNSPACED_CHARS}][{_UNSPACED_CHARS}0-9]*")
_ANY_UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]")

DOC_KINDS = "kind IN :kinds"
# The most matches a word pass scores: the newest ones (see _sqlite_words).
SCORED = 2000


def unspaced(text: str) -> str:
    """Returns the runs of text written without spaces between words, one per line."""
    # Two quick exits: most reports are in spaced scripts, and findall is slow on them.
    if text.isascii() or not _ANY_UNSPACED.search(text):
        return ""
    return "\n".join(UNSPACED.findall(text))


def _phrase(term: str, prefix: bool = False) -> str:
    """Returns term as an FTS5 phrase literal, optionally matching as a prefix."""
    return '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")


def _like(term: str) -> str:
    """Returns a LIKE pattern finding term anywhere, with wildcards escaped."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", term) + "%"


def _sqlite_words(target: str, terms: list[str], prefix: bool) -> Pass:
    """Returns an FTS5 unicode61 pass: every term as a word (or word prefix), ranked by bm25.

    Only the newest SCORED matches are scored (FTS5 walks its index by rowid, newest first,
    and stops there), so a query of common words costs the same in a store of any size.
    Whole words go first: a prefix makes FTS5 merge the postings of every word it starts,
    about four times the work, only needed when whole words find too few.
    """
    query = " ".join(_phrase(t, prefix=prefix) for t in terms)
    if target == "reports":
        sql = (
            "SELECT 'report', rowid, rowid, s FROM (SELECT rowid, "
            "-bm25(reports_words, 4.0, 1.0) AS s FROM reports_words WHERE reports_words MATCH :q "
            "ORDER BY rowid DESC LIMIT :scored) ORDER BY s DESC, rowid DESC LIMIT :n"
        )
    else:
        sql = (
            "SELECT kind, record_id, report_id, s FROM (SELECT d.kind, d.record_id, d.report_id, "
            "-bm25(record_docs_words, 4.0, 1.0) AS s, d.id FROM record_docs_words "
            "JOIN record_docs d ON d.id = record_docs_words.rowid "
            f"WHERE record_docs_words MATCH :q AND d.{DOC_KINDS} "
            "ORDER BY record_docs_words.rowid DESC LIMIT :scored) ORDER BY s DESC, id DESC LIMIT :n"
        )
    return sql, {"q": query, "scored": SCORED}


def _sqlite_report_term(i: int, term: str) -> tuple[str, Any]:
    """Returns the condition on reports.id that one term of a substring search sets."""
    if not UNSPACED.search(term):
        return f"id IN (SELECT rowid FROM reports_words WHERE reports_words MATCH :t{i})", _phrase(
            term, prefix=True
        )
    if len(term) >= 3:
        return (
            f"id IN (SELECT rowid FROM reports_trigram WHERE reports_trigram MATCH :t{i})",
            _phrase(term),
        )
    return f"id IN (SELECT id FROM report_unspaced WHERE text LIKE :t{i} ESCAPE '\\')", _like(term)


def _sqlite_substrings(target: str, terms: list[str]) -> list[Pass]:
    """Returns the trigram pass: reports by their unspaced runs, records by their whole text."""
    if target == "reports":
        if not any(UNSPACED.search(t) for t in terms):
            return []  # the words pass already did all a substring pass could
        parts = [_sqlite_report_term(i, t) for i, t in enumerate(terms)]
        where = " AND ".join(cond for cond, _ in parts)
        sql = f"SELECT 'report', id, id, 0.0 FROM reports WHERE {where} ORDER BY id DESC LIMIT :n"
        return [(sql, {f"t{i}": value for i, (_, value) in enumerate(parts)})]
    if all(len(t) >= 3 for t in terms):
        sql = (
            "SELECT d.kind, d.record_id, d.report_id, 0.0 FROM record_docs_trigram "
            "JOIN record_docs d ON d.id = record_docs_trigram.rowid "
            f"WHERE record_docs_trigram MATCH :q AND d.{DOC_KINDS} ORDER BY d.id DESC LIMIT :n"
        )
        return [(sql, {"q": " ".join(_phrase(t) for t in terms)})]
    return [_like_pass("LIKE", target, terms)]


def _like_pass(op: str, target: str, terms: list[str]) -> Pass:
    """Returns a pass requiring every term as a substring of the text (LIKE or ILIKE)."""
    column = "text" if target == "reports" else "body"
    where = " AND ".join(f"{column} {op} :t{i} ESCAPE '\\'" for i in range(len(terms)))
    params = {f"t{i}": _like(t) for i, t in enumerate(terms)}
    if target == "reports":
        sql = f"SELECT 'report', id, id, 0.0 FROM reports WHERE {where} ORDER BY id DESC LIMIT :n"
    else:
        sql = (
            "SELECT kind, record_id, report_id, 0.0 FROM record_docs "
            f"WHERE {DOC_KINDS} AND {where} ORDER BY id DESC LIMIT :n"
        )
    return sql, params


def _postgresql_words(target: str, query: str) -> Pass:
    """Returns the tsvector pass ('simple' config): the newest SCORED matches by ts_rank."""
    table, kinds = ("reports", "") if target == "reports" else ("record_docs", f" AND {DOC_KINDS}")
    columns = "'report', id, id" if target == "reports" else "kind, record_id, report_id"
    picked = "id, tsv" if target == "reports" else "id, kind, record_id, report_id, tsv"
    sql = (
        f"WITH hits AS (SELECT {picked} FROM {table} WHERE tsv @@ plainto_tsquery('simple', :q)"
        f"{kinds} ORDER BY id DESC LIMIT :scored) "
        f"SELECT {columns}, ts_rank(tsv, plainto_tsquery('simple', :q)) AS s FROM hits "
        "ORDER BY s DESC, id DESC LIMIT :n"
    )
    return sql, {"q": query, "scored": SCORED}


def passes(dialect: str, target: str, terms: list[str]) -> list[Pass]:
    """Returns the passes searching `target` ('reports' or 'docs') for all terms, best first."""
    if dialect == "postgresql":
        return [_postgresql_words(target, " ".join(terms)), _like_pass("ILIKE", target, terms)]
    words = [_sqlite_words(target, terms, prefix) for prefix in (False, True)]
    return [*words, *_sqlite_substrings(target, terms)]
