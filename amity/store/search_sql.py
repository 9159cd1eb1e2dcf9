"""The SQL of each search pass, per dialect and target (reports or record_docs).

A pass is SQL with its parameters; its rows are (kind, id, report_id, score). Passes are
listed best first: whole words, then with the last word as a prefix (both ranked among
the newest SCORED matches: on SQLite title hits first, on PostgreSQL by ts_rank), then
substring matches (score 0). A pass runs only while the ones before it found fewer hits
than wanted; on SQLite, a substring pass over spaced words (a last resort) only when they
found none (see amity.store.search.candidates)."""

from __future__ import annotations

import re
from typing import Any, NamedTuple


class Pass(NamedTuple):
    """One search pass: its SQL, its parameters, and whether it is a last resort."""

    sql: str
    params: dict[str, Any]
    # A last resort runs only when the passes before it found nothing at all.
    last_resort: bool = False


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


def _sqlite_words(target: str, terms: list[str], prefix: bool, every_kind: bool) -> Pass:
    """Returns an FTS5 unicode61 pass: every term as a word (the last maybe a prefix), title first.

    Only the newest SCORED matches are ranked (FTS5 walks its index by rowid, newest first,
    and stops there), so a query of common words costs the same in a store of any size.
    A match scores 2 when the title holds every term, else 1; bm25 would read the whole
    index entry of each term to weigh it, a cost that grows with the store (7 ms for two
    common words at 1M records). Whole words go first: a prefix makes FTS5 merge the
    postings of every word it starts, only needed when whole words find too few, and only
    the last term is taken as a prefix (the word being typed): a common word as a prefix
    costs its whole posting list (11 ms for 'culture' at 1M records).
    """
    last = len(terms) - 1
    query = " ".join(_phrase(t, prefix=prefix and i == last) for i, t in enumerate(terms))
    table = "reports_words" if target == "reports" else "record_docs_words"
    # Records of some kinds only: the kind is in record_docs, joined before the limit.
    join, kinds = ("", "")
    if target != "reports" and not every_kind:
        join, kinds = f" JOIN record_docs d ON d.id = {table}.rowid", f" AND d.{DOC_KINDS}"
    ranked = (
        f"WITH newest AS (SELECT {table}.rowid AS id FROM {table}{join} "
        f"WHERE {table} MATCH :q{kinds} ORDER BY {table}.rowid DESC LIMIT :scored), "
        f"titled AS (SELECT rowid AS id FROM {table} WHERE {table} MATCH :title "
        "AND rowid >= (SELECT min(id) FROM newest)) "
    )
    # Ordered as amity.store.search.candidates orders hits, so that the best n are the
    # same whatever n: score, then newest report, kind, newest record.
    if target == "reports":
        sql = ranked + (
            "SELECT 'report', id, id, CASE WHEN id IN titled THEN 2.0 ELSE 1.0 END AS s "
            "FROM newest ORDER BY s DESC, id DESC LIMIT :n"
        )
    else:
        sql = ranked + (
            "SELECT d.kind, d.record_id, d.report_id, "
            "CASE WHEN d.id IN titled THEN 2.0 ELSE 1.0 END AS s FROM newest "
            "JOIN record_docs d ON d.id = newest.id "
            "ORDER BY s DESC, d.report_id DESC, d.kind, d.record_id DESC LIMIT :n"
        )
    return Pass(sql, {"q": query, "title": "{title} : (" + query + ")", "scored": SCORED})


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


def last_resort(terms: list[str]) -> bool:
    """Returns whether substring passes are a last resort: no term is in an unspaced script."""
    # Words in spaced scripts were found whole or as prefixes already; a substring inside
    # them is wanted only when nothing else matched (a trigram pass over common words
    # costs 15-20 ms at 1M records). Unspaced names (西城 in 西城区) need the substrings.
    return not any(UNSPACED.search(t) for t in terms)


def _sqlite_substrings(target: str, terms: list[str]) -> list[Pass]:
    """Returns the trigram pass: reports by their unspaced runs, records by their whole text."""
    rescue = last_resort(terms)
    if target == "reports":
        if rescue:
            return []  # the words pass already did all a substring pass could
        parts = [_sqlite_report_term(i, t) for i, t in enumerate(terms)]
        where = " AND ".join(cond for cond, _ in parts)
        sql = f"SELECT 'report', id, id, 0.0 FROM reports WHERE {where} ORDER BY id DESC LIMIT :n"
        return [Pass(sql, {f"t{i}": value for i, (_, value) in enumerate(parts)})]
    if all(len(t) >= 3 for t in terms):
        sql = (
            "SELECT d.kind, d.record_id, d.report_id, 0.0 FROM record_docs_trigram "
            "JOIN record_docs d ON d.id = record_docs_trigram.rowid "
            f"WHERE record_docs_trigram MATCH :q AND d.{DOC_KINDS} ORDER BY d.id DESC LIMIT :n"
        )
        return [Pass(sql, {"q": " ".join(_phrase(t) for t in terms)}, rescue)]
    return [_like_pass("LIKE", target, terms, rescue)]


def _like_pass(op: str, target: str, terms: list[str], rescue: bool = False) -> Pass:
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
    return Pass(sql, params, rescue)


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
    return Pass(sql, {"q": query, "scored": SCORED})


def passes(dialect: str, target: str, terms: list[str], every_kind: bool = False) -> list[Pass]:
    """Returns the passes searching `target` ('reports' or 'docs') for all terms, best first.

    `every_kind`: records of every kind are wanted, so a pass need not check their kind.
    """
    if dialect == "postgresql":  # its parser drops words in markup: ILIKE finds them
        return [_postgresql_words(target, " ".join(terms)), _like_pass("ILIKE", target, terms)]
    words = [_sqlite_words(target, terms, prefix, every_kind) for prefix in (False, True)]
    return [*words, *_sqlite_substrings(target, terms)]
