"""Shared fixtures: fresh, empty stores on SQLite and on the real PostgreSQL server.

- `store_url`: URL of a fresh empty store, parametrized over sqlite and postgresql.
- `store`: a Store opened on `store_url`, closed after the test.
- `sqlite_store`: a Store on a fresh SQLite file, for fast tests.
- `store_url_factory`: call it with "sqlite" or "postgresql" for more fresh URLs.
- `pg_url_factory`: call it for fresh PostgreSQL URLs only.

PostgreSQL is AMITY_TEST_PG (default postgresql://postgres@127.0.0.1:5432/test).
Each fresh PostgreSQL store is its own schema (search_path=<schema>,public),
dropped after the test, so parallel workers never meet. If the server cannot be
reached the PostgreSQL cases are skipped, or fail when CI=true.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

PG_URL = os.environ.get("AMITY_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
DIALECTS = ("sqlite", "postgresql")


def _pg_admin() -> Any:
    """Returns an autocommit psycopg connection to the test server (raises if unreachable)."""
    import psycopg

    return psycopg.connect(PG_URL, autocommit=True, connect_timeout=5)


@pytest.fixture(scope="session")
def pg_server() -> str:
    """Returns the test server URL once it is reachable with pg_trgm installed, else skips."""
    try:
        with _pg_admin() as conn:
            try:
                conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
            except Exception:  # noqa: BLE001 - a parallel worker created it at the same moment
                pass
    except Exception as exc:  # noqa: BLE001 - any connection failure means no server
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at {PG_URL} is unreachable and CI=true: {exc}")
        pytest.skip(f"PostgreSQL at {PG_URL} is unreachable: {exc}")
    return PG_URL


def _schema_url(schema: str) -> str:
    """Returns the SQLAlchemy URL of the test server with search_path=<schema>,public."""
    from sqlalchemy.engine import make_url

    from amity.settings import normalize_db

    url = make_url(normalize_db(PG_URL)).update_query_dict(
        {"options": f"-csearch_path={schema},public"}
    )
    return url.render_as_string(hide_password=False)


@pytest.fixture
def pg_url_factory(pg_server: str) -> Iterator[Callable[[], str]]:
    """Yields a function returning the URL of a fresh empty PostgreSQL schema; drops them after."""
    schemas: list[str] = []

    def make() -> str:
        schema = f"amity_test_{uuid.uuid4().hex[:12]}"
        with _pg_admin() as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        schemas.append(schema)
        return _schema_url(schema)

    yield make
    with _pg_admin() as conn:
        for schema in schemas:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def store_url_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], str]:
    """Returns a function dialect -> URL of a fresh empty store ("sqlite" or "postgresql")."""
    counter = iter(range(1_000_000))

    def make(dialect: str = "sqlite") -> str:
        if dialect == "postgresql":
            return request.getfixturevalue("pg_url_factory")()
        return f"sqlite:///{tmp_path / f'store{next(counter)}.db'}"

    return make


@pytest.fixture(params=DIALECTS)
def store_url(request: pytest.FixtureRequest, store_url_factory: Callable[[str], str]) -> str:
    """Returns the URL of a fresh empty store, once per dialect."""
    return store_url_factory(request.param)


@pytest.fixture
def store(store_url: str) -> Iterator[Any]:
    """Yields a Store opened on a fresh empty database of each dialect."""
    from amity.store import Store

    with Store.open(store_url) as opened:
        yield opened


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Any]:
    """Yields a Store on a fresh SQLite file."""
    from amity.store import Store

    with Store.open(str(tmp_path / "store.db")) as opened:
        yield opened
