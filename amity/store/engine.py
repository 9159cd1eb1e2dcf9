"""Opening a database: the engine per dialect, SQLite pragmas, migrations to head."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from amity.errors import StoreError
from amity.settings import normalize_db

MIGRATIONS = Path(__file__).parent / "migrations"
_MIGRATING = threading.Lock()
WRITE = "amity_write"
SQLITE_PRAGMAS = (
    "PRAGMA busy_timeout=10000",  # first: the next pragmas may wait for another writer
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA cache_size=-65536",
    # Checkpointing every 40 MB rather than 4 MB: ingest writes much FTS data per report.
    "PRAGMA wal_autocheckpoint=10000",
)


def dumps(value: Any) -> str:
    """Returns value as JSON, keeping non-ASCII names readable in the database."""
    return json.dumps(value, ensure_ascii=False)


def _sqlite_setup(engine: Engine) -> None:
    """Sets the pragmas on each new SQLite connection and makes BEGIN explicit."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite's implicit transactions skip DDL; SQLAlchemy's documented fix.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the lock up front: a deferred BEGIN whose first write fires an FTS5
        # trigger fails at once with "database is locked" instead of waiting its turn.
        immediate = conn.get_execution_options().get(WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create(url: str) -> Engine:
    """Returns an engine for a store URL or SQLite path (not yet connected)."""
    url = normalize_db(url)
    postgres = url.startswith("postgresql")
    # A server that does not answer should fail Store.open in seconds, not minutes.
    connect_args = {"connect_timeout": 10} if postgres and "connect_timeout" not in url else {}
    try:
        engine = create_engine(
            url, json_serializer=dumps, pool_pre_ping=postgres, connect_args=connect_args
        )
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(
            f"cannot use store URL {url!r}: {exc}", "give a SQLite path or a postgresql:// URL"
        ) from exc
    if engine.dialect.name == "sqlite":
        _sqlite_setup(engine)
    elif engine.dialect.name != "postgresql":
        raise StoreError(
            f"unsupported database {engine.dialect.name!r}", "use SQLite or PostgreSQL"
        )
    return engine


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """Yields a connection in a write transaction, committed on exit, rolled back on error."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            yield conn


def alembic_config(connection: Connection | None = None) -> Config:
    """Returns an Alembic config for the packaged migrations, bound to `connection`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str | None:
    """Returns the newest migration's revision id."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _at_head(engine: Engine) -> bool:
    """Returns whether the database is already migrated to the newest revision."""
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    return current is not None and current == head_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrades the database to `revision`; raises StoreError if it cannot be reached."""
    try:
        if revision == "head" and _at_head(engine):
            return
        # Alembic's `op` and `context` are module globals: one migration at a time per process.
        with _MIGRATING, writing(engine) as conn:
            if conn.dialect.name == "postgresql":  # other processes may be migrating too
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('amity.store.migrate'))"))
            command.upgrade(alembic_config(conn), revision)
    except DBAPIError as exc:
        raise StoreError(
            f"cannot open the store at {engine.url.render_as_string(hide_password=True)}: "
            f"{exc.orig or exc}",
            "check the path or that the database server is running and reachable",
        ) from exc
