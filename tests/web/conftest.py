"""Web fixtures: the app over a fresh store of each dialect, sample reports, signed-in clients.

- `load_sample(store, name)`: stores tests/data/web/<name>.txt with its records; returns its id.
- `app_store`: a fresh Store (SQLite and PostgreSQL, via the root `store` fixture).
- `client`: a TestClient on the app over `app_store`.
- `harbour`: id of the harbour sample stored in `app_store`.
- `cities`: id of the cities sample (Kyoto, Boston, Paris), stored and resolved by the registry.
- `sign_in(client, role)`: creates a user of that role and signs the client in; returns its name.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from amity.records import ReportIn
from amity.settings import Settings
from amity.store import users as accounts
from amity.web import create_app

DATA = Path(__file__).parent.parent / "data" / "web"
PASSWORD = "correct horse battery"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def sample_records(name: str, text: str) -> dict[str, list[dict[str, Any]]]:
    """Returns the sample's records, each given the span of its evidence in text."""
    records = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    for items in records.values():
        for record in items:
            start = text.index(record["evidence"])
            record["span"] = [start, start + len(record["evidence"])]
    return copy.deepcopy(records)


def load_sample(store: Any, name: str, salt: str = "") -> int:
    """Stores a sample report of tests/data/web (salt appended) with its records; returns its id."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8") + salt
    report = ReportIn(
        source=f"tests/{name}.txt",
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=text.splitlines()[0],
        published=re.search(r"Date: (\S+)", text).group(1),  # type: ignore[union-attr]
        language="en",
        fmt="text",
    )
    report_id = store.add_report(report, sample_records(name, text))
    assert report_id is not None
    return int(report_id)


def settings_for(store: Any) -> Settings:
    """Returns settings naming the store, with a fixed session key."""
    return replace(Settings(), db=store.url, secret_key="test-key-" + "k" * 32)


def csrf_of(client: TestClient, path: str = "/signin") -> str:
    """Returns the CSRF token a page of the client's session carries."""
    found = _CSRF.search(client.get(path).text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


@pytest.fixture
def app_store(store: Any) -> Any:
    """Returns a fresh Store of each dialect for the app."""
    return store


@pytest.fixture
def client(app_store: Any) -> Iterator[TestClient]:
    """Yields a TestClient on the app over `app_store` (no extraction when adding reports)."""
    app = create_app(settings_for(app_store), store=app_store, extract=False)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def harbour(app_store: Any) -> int:
    """Returns the id of the harbour sample, stored with its four records."""
    return load_sample(app_store, "harbour")


@pytest.fixture
def cities(app_store: Any) -> int:
    """Returns the id of the cities sample, stored and resolved (places, coordinates, ties)."""
    from amity.registry.resolve import resolve_report

    report_id = load_sample(app_store, "cities")
    resolve_report(app_store, report_id)
    return report_id


@pytest.fixture
def sign_in(app_store: Any) -> Callable[..., str]:
    """Returns a function (client, role) -> name that makes a user and signs the client in."""

    def go(client: TestClient, role: str) -> str:
        name = f"{role}-{uuid.uuid4().hex[:6]}"
        accounts.add_user(app_store, name, role, PASSWORD)
        form = {"name": name, "password": PASSWORD, "csrf": csrf_of(client), "next": "/"}
        response = client.post("/signin", data=form, follow_redirects=False)
        assert response.status_code == 303, response.text
        return name

    return go
