"""Tallies kept on write: row counts, live events per month and per place, country mentions,
and a change counter.

The home page and the map read these few rows instead of counting a million events; the
web app's cache keeps results until the change counter ('store', 'changes') moves, which
every insert, update and delete of the tables pages show bumps.
Triggers keep them in the same transaction as every insert, update and delete (ingest,
review, re-extraction, deleted reports): one trigger body per table and operation,
as SQLite triggers or as PL/pgSQL functions. On PostgreSQL a transaction-level advisory
lock serializes the writers that touch tallies, so two of them never deadlock on two
tally rows taken in opposite orders.

Revision ID: 0006_perf
Revises: 0005_plans
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_perf"
down_revision = "0005_plans"
branch_labels = None
depends_on = None

LIVE = "('extracted', 'confirmed', 'corrected')"
# Tables whose rows are counted (tally 'rows', keyed by table name).
COUNTED = ("reports", "events", "partnerships", "roles", "figures", "places",
           "organizations", "extraction_failures")  # fmt: skip
# Tables whose every change bumps the change counter (what cached pages are made of).
CHANGED = ("reports", "events", "partnerships", "roles", "figures", "event_countries",
           "event_organizers", "record_docs", "places", "organizations", "people", "ties",
           "tie_sources", "entity_links", "entity_merges", "place_info", "review_log",
           "extraction_failures")  # fmt: skip
OPS = (("ai", "INSERT"), ("au", "UPDATE"), ("ad", "DELETE"))
BUMP = "SELECT 'store', 'changes', 1 WHERE 1 = 1"
UPSERT = (
    "INSERT INTO tallies (name, key, n) {select} "
    "ON CONFLICT (name, key) DO UPDATE SET n = tallies.n + excluded.n"
)


def _rows(table: str, sign: int) -> str:
    """Returns the SELECT of a table's row count change."""
    return f"SELECT 'rows', '{table}', {sign} WHERE 1 = 1"


def _month(r: str, sign: int) -> str:
    """Returns the SELECT of the month change of a live event (r: NEW or OLD)."""
    return (
        f"SELECT 'month', substr({r}.start, 1, 7), {sign} "
        f"WHERE {r}.review_state IN {LIVE} AND length({r}.start) >= 7"
    )


def _place(r: str, sign: int) -> str:
    """Returns the SELECT of the place change of a live event."""
    return (
        f"SELECT 'place', CAST({r}.place_id AS TEXT), {sign} "
        f"WHERE {r}.review_state IN {LIVE} AND {r}.place_id IS NOT NULL"
    )


def _event_countries(r: str, sign: int) -> str:
    """Returns the SELECT of the country changes of a live event's country rows."""
    return (
        f"SELECT 'country', country, {sign} * count(*) FROM event_countries "
        f"WHERE event_id = {r}.id AND {r}.review_state IN {LIVE} GROUP BY country"
    )


def _country_row(r: str, sign: int) -> str:
    """Returns the SELECT of the change of one event_countries row, if its event is live."""
    return (
        f"SELECT 'country', {r}.country, {sign} WHERE EXISTS (SELECT 1 FROM events e "
        f"WHERE e.id = {r}.event_id AND e.review_state IN {LIVE})"
    )


def _side(r: str, side: str, sign: int) -> str:
    """Returns the SELECT of the change of one country of a live partnership."""
    column = f"{r}.{side}_country"
    return (
        f"SELECT 'country', {column}, {sign} "
        f"WHERE {r}.review_state IN {LIVE} AND {column} IS NOT NULL"
    )


def _partnership(r: str, sign: int) -> list[str]:
    """Returns the SELECTs of both countries of a partnership."""
    return [_side(r, "a", sign), _side(r, "b", sign)]


def triggers() -> list[tuple[str, str, str, str | None, list[str]]]:
    """Returns every tally trigger: its name, timing, table, UPDATE OF columns, statements."""
    out: list[tuple[str, str, str, str | None, list[str]]] = []
    for table in COUNTED:
        if table not in ("events", "partnerships"):
            out.append((f"tally_{table}_ai", "AFTER INSERT", table, None, [_rows(table, 1)]))
            out.append((f"tally_{table}_ad", "AFTER DELETE", table, None, [_rows(table, -1)]))
    out += [
        ("tally_events_ai", "AFTER INSERT", "events", None,
         [_rows("events", 1), _month("NEW", 1), _place("NEW", 1)]),
        ("tally_events_ad", "AFTER DELETE", "events", None,
         [_rows("events", -1), _month("OLD", -1), _place("OLD", -1)]),
        ("tally_events_au", "AFTER UPDATE", "events", "start, place_id, review_state",
         [_month("OLD", -1), _month("NEW", 1), _place("OLD", -1), _place("NEW", 1),
          _event_countries("OLD", -1), _event_countries("NEW", 1)]),
        ("tally_event_countries_ai", "AFTER INSERT", "event_countries", None,
         [_country_row("NEW", 1)]),
        ("tally_event_countries_ad", "AFTER DELETE", "event_countries", None,
         [_country_row("OLD", -1)]),
        ("tally_event_countries_au", "AFTER UPDATE", "event_countries", "event_id, country",
         [_country_row("OLD", -1), _country_row("NEW", 1)]),
        ("tally_partnerships_ai", "AFTER INSERT", "partnerships", None,
         [_rows("partnerships", 1), *_partnership("NEW", 1)]),
        ("tally_partnerships_ad", "AFTER DELETE", "partnerships", None,
         [_rows("partnerships", -1), *_partnership("OLD", -1)]),
        ("tally_partnerships_au", "AFTER UPDATE", "partnerships",
         "a_country, b_country, review_state",
         [*_partnership("OLD", -1), *_partnership("NEW", 1)]),
    ]  # fmt: skip
    return out


# An event's country rows go before the event, while it is still there to say it was live
# (a cascade would delete them after, when their trigger can no longer see the event).
EVENT_CHILDREN = "DELETE FROM event_countries WHERE event_id = OLD.id"


def _sqlite_statements() -> list[str]:
    """Returns the CREATE TRIGGER statements for SQLite."""
    out = [f"CREATE TRIGGER tally_events_bd BEFORE DELETE ON events BEGIN {EVENT_CHILDREN}; END"]
    for name, timing, table, columns, selects in triggers():
        event = f"{timing} OF {columns}" if columns else timing
        body = " ".join(UPSERT.format(select=s) + ";" for s in selects)
        out.append(f"CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW BEGIN {body} END")
    bump = UPSERT.format(select=BUMP)
    for table, (op_name, timing) in _changes():
        out.append(
            f"CREATE TRIGGER changed_{table}_{op_name} AFTER {timing} ON {table} "
            f"FOR EACH ROW BEGIN {bump}; END"
        )
    return out


def _changes() -> list[tuple[str, tuple[str, str]]]:
    """Returns (table, (short name, operation)) of every SQLite change-counter trigger."""
    return [(table, op) for table in CHANGED for op in OPS]


def _pg_function(name: str, statements: list[str], returns: str = "NULL") -> str:
    """Returns the CREATE FUNCTION of one PL/pgSQL trigger body."""
    body = " ".join(s + ";" for s in statements)
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_advisory_xact_lock(hashtext('amity.tallies')); "
        f"{body} RETURN {returns}; END $$"
    )


def _postgresql_statements() -> list[str]:
    """Returns the CREATE FUNCTION and CREATE TRIGGER statements for PostgreSQL."""
    out = [
        _pg_function("tally_events_bd", [EVENT_CHILDREN], "OLD"),
        "CREATE TRIGGER tally_events_bd BEFORE DELETE ON events "
        "FOR EACH ROW EXECUTE FUNCTION tally_events_bd()",
    ]
    for name, timing, table, columns, selects in triggers():
        event = f"{timing} OF {columns}" if columns else timing
        out.append(_pg_function(name, [UPSERT.format(select=s) for s in selects]))
        out.append(
            f"CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"
        )
    # One bump per statement is enough to say the store changed.
    out.append(_pg_function("tally_changed", [UPSERT.format(select=BUMP)]))
    out += [
        f"CREATE TRIGGER changed_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION tally_changed()"
        for table in CHANGED
    ]
    return out


def _fill() -> None:
    """Counts what is already stored into the tallies."""
    live = f"review_state IN {LIVE}"
    selects = [f"SELECT 'rows', '{table}', count(*) FROM {table}" for table in COUNTED]
    selects.append("SELECT 'store', 'changes', 0")
    selects += [
        "SELECT 'month', substr(start, 1, 7), count(*) FROM events "
        f"WHERE {live} AND length(start) >= 7 GROUP BY substr(start, 1, 7)",
        "SELECT 'place', CAST(place_id AS TEXT), count(*) FROM events "
        f"WHERE {live} AND place_id IS NOT NULL GROUP BY place_id",
        "SELECT 'country', c, count(*) FROM ("
        f"SELECT a_country AS c FROM partnerships WHERE {live} AND a_country IS NOT NULL "
        f"UNION ALL SELECT b_country FROM partnerships WHERE {live} AND b_country IS NOT NULL "
        "UNION ALL SELECT ec.country FROM event_countries ec JOIN events e "
        f"ON e.id = ec.event_id WHERE e.{live}) AS named GROUP BY c",
    ]
    for select in selects:
        op.execute(f"INSERT INTO tallies (name, key, n) {select}")


def upgrade() -> None:
    op.create_table(
        "tallies",
        sa.Column("name", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("n", sa.Integer, nullable=False),
    )
    op.create_index("ix_tallies_name", "tallies", ["name", "n"])
    _fill()
    dialect = op.get_bind().dialect.name
    statements = _postgresql_statements() if dialect == "postgresql" else _sqlite_statements()
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    names = ["tally_events_bd", *(name for name, *_ in triggers())]
    tables = {"tally_events_bd": "events", **{name: table for name, _, table, *_ in triggers()}}
    for name in names:
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {tables[name]}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in CHANGED:
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS changed_{table} ON {table}")
        else:
            for op_name, _ in OPS:
                op.execute(f"DROP TRIGGER IF EXISTS changed_{table}_{op_name}")
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS tally_changed()")
    op.drop_index("ix_tallies_name", table_name="tallies")
    op.drop_table("tallies")
