"""Opening, re-opening and closing stores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from amity.errors import StoreError
from amity.store import Store

TABLES = {
    "reports", "evidence", "events", "event_organizers", "event_countries", "partnerships",
    "places", "organizations", "people", "roles", "figures", "review_log", "users",
    "extraction_failures", "record_docs", "alembic_version",
}  # fmt: skip


def test_open_creates_every_table(store: Store) -> None:
    names = set(inspect(store.engine).get_table_names())
    assert TABLES <= names
    assert store.dialect in ("sqlite", "postgresql")
    assert store.url.startswith(store.dialect)


def test_open_bare_path_makes_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with Store.open(str(path)) as store:
        assert store.dialect == "sqlite"
        assert store.stats()["reports"] == 0
    assert path.exists()


def test_sqlite_pragmas(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as conn:
        pragma = {
            p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragma["journal_mode"] == "wal"
    assert pragma["synchronous"] == 1  # NORMAL
    assert pragma["foreign_keys"] == 1
    assert pragma["busy_timeout"] > 0


def test_reopen_keeps_data(store_url: str, make_sample: Any) -> None:
    report, records = make_sample("riverton")
    with Store.open(store_url) as first:
        report_id = first.add_report(report, records)
    with Store.open(store_url) as second:
        assert second.report_ids() == [report_id]
        assert second.stats()["events"] == 2


def test_memory_store_works() -> None:
    with Store.open(":memory:") as store:
        assert store.stats()["reports"] == 0


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://nobody@127.0.0.1:1/none",
        "sqlite:////nonexistent-dir/deeper/amity.db",
    ],
)
def test_unreachable_store_raises_store_error(url: str) -> None:
    with pytest.raises(StoreError) as caught:
        Store.open(url)
    assert "cannot open the store" in str(caught.value)


def test_unsupported_url_raises_store_error() -> None:
    with pytest.raises(StoreError):
        Store.open("nosuchdb://host/x")
