"""Opening a database: the engine per dialect, SQLite pragmas, migrations to head."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from amity.errors import StoreError
from amity.settings import normalize_db

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
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
        conn.exec_driver_sql("BEGIN")


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


def alembic_config(connection: Connection | None = None) -> Config:
    """Returns an Alembic config for the packaged migrations, bound to `connection`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrades the database to `revision`; raises StoreError if it cannot be reached."""
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
    except DBAPIError as exc:
        raise StoreError(
            f"cannot open the store at {engine.url.render_as_string(hide_password=True)}: "
            f"{exc.orig or exc}",
            "check the path or that the database server is running and reachable",
        ) from exc
