"""Kept aggregates follow the store: new reports, reviews and ties show at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from amity.web.cache import Cache
from tests.web.conftest import load_sample


def test_a_kept_result_is_reused_until_the_store_changes(app_store: Any, harbour: int) -> None:
    cache, calls = Cache(app_store), []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert cache.get("k", compute) == cache.get("k", compute) == 1
    load_sample(app_store, "cities")
    assert cache.get("k", compute) == 2
    figure = app_store.records(report_id=harbour, kind="figures")[0]
    app_store.review("figures", figure["id"], "confirmed", "tester")
    assert cache.get("k", compute) == 3


def test_a_kept_result_expires(app_store: Any) -> None:
    cache, calls = Cache(app_store, seconds=0.0), []
    cache.get("k", lambda: calls.append(1))
    cache.get("k", lambda: calls.append(1))
    assert len(calls) == 2


def test_home_shows_new_reports_and_reviews_at_once(
    client: TestClient, app_store: Any, harbour: int
) -> None:
    assert client.get("/api/home").json()["counts"]["reports"] == 1
    load_sample(app_store, "hostile")
    assert client.get("/api/home").json()["counts"]["reports"] == 2
    for event in app_store.records(kind="events"):
        app_store.review("events", event["id"], "rejected", "tester")
    assert client.get("/api/home").json()["events_per_month"] == []
    assert "No dated events yet" in client.get("/").text


def test_concurrent_misses_compute_once(app_store: Any) -> None:
    import threading
    import time

    cache, calls = Cache(app_store), []

    def slow() -> str:
        calls.append(1)
        time.sleep(0.3)
        return "done"

    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.get("k", slow))) for _ in range(5)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["done"] * 5 and len(calls) == 1


@pytest.mark.parametrize("path", ["/", "/search?q=forum", "/places/{place}"])
def test_public_pages_are_kept_until_a_write(
    client: TestClient, app_store: Any, harbour: int, path: str
) -> None:
    event = app_store.records(report_id=harbour, kind="events")[0]
    links = client.get(f"/api/records/events/{event['id']}").json()["links"]
    place = next(e for e in links if e["kind"] == "places")
    path = path.format(place=place["id"])
    first = client.get(path).text
    assert client.get(path).text == first and 'name="csrf"' not in first
    app_store.review("events", event["id"], "rejected", "tester")  # leaves every one of them
    assert client.get(path).text != first


def test_signed_in_users_get_their_own_page(
    client: TestClient, sign_in: Callable[..., str], harbour: int
) -> None:
    anonymous = client.get("/").text
    name = sign_in(client, "editor")
    page = client.get("/").text
    assert name in page and name not in anonymous and 'name="csrf"' in page


def test_api_lists_follow_reviews(client: TestClient, app_store: Any, harbour: int) -> None:
    path = f"/api/records/events?report_id={harbour}"
    event = client.get(path).json()[0]
    assert event["review_state"] == "extracted"
    app_store.review("events", event["id"], "confirmed", "tester")
    assert client.get(path).json()[0]["review_state"] == "confirmed"


def test_a_budget_of_nothing_keeps_nothing(app_store: Any) -> None:
    cache, calls = Cache(app_store, max_bytes=0), []
    cache.get("k", lambda: calls.append(1))
    cache.get("k", lambda: calls.append(1))
    assert len(calls) == 2 and not cache.kept


def test_a_budget_of_nothing_computes_concurrent_requests_side_by_side(app_store: Any) -> None:
    import threading

    cache = Cache(app_store, max_bytes=0)
    both = threading.Barrier(2, timeout=10)  # broken if one request waited for the other

    def together() -> str:
        both.wait()
        return "done"

    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("k", together)))]
    threads.append(threading.Thread(target=lambda: results.append(cache.get("k", together))))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["done", "done"] and not cache.kept


def test_the_least_recently_used_go_first(app_store: Any) -> None:
    cache = Cache(app_store, max_bytes=10)
    for key in ("a", "b", "a", "c"):
        cache.get(key, lambda key=key: key * 4)
    assert list(cache.kept) == ["a", "c"] and cache.size == 8


def test_workers_share_the_pages_one_of_them_computed(app_store: Any, tmp_path: Any) -> None:
    from amity.web.shared import SharedPages

    path = str(tmp_path / "pages.db")
    one, two = (Cache(app_store, shared=SharedPages(path, 1000)) for _ in range(2))
    calls: list[str] = []

    def page(name: str) -> Callable[[], str]:
        return lambda: calls.append(name) or f"<p>{name}</p>"

    assert (
        one.get(("page", "/"), page("one")) == two.get(("page", "/"), page("two")) == "<p>one</p>"
    )
    assert two.get("json", lambda: b"[1]") == one.get("json", lambda: b"[2]") == b"[1]"
    assert one.get("data", lambda: {"n": 1}) == {"n": 1} and two.get("data", lambda: {"n": 2}) == {
        "n": 2
    }  # only text is shared
    load_sample(app_store, "cities")  # a write: every kept page is stale
    assert two.get(("page", "/"), page("two")) == "<p>two</p>" and calls == ["one", "two"]


def test_the_shared_pages_keep_within_their_budget(app_store: Any, tmp_path: Any) -> None:
    import sqlite3

    from amity.web.shared import SharedPages

    shared = SharedPages(str(tmp_path / "pages.db"), 10)
    for key in ("a", "b", "c"):
        shared.keep(key, 1, key * 4)
    assert shared.get("a", 1) is None and shared.get("c", 1) == "cccc"
    assert shared.get("c", 2) is None
    shared.keep("d", 2, "dd")
    with sqlite3.connect(shared.path) as conn:
        assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 1  # older versions go


@pytest.mark.parametrize("budget", [None, 0])
def test_the_workers_of_a_server_get_its_shared_pages(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, budget: int | None
) -> None:
    from amity.web.server import SHARED_PAGES, app_from_env

    config = tmp_path / "amity.toml"
    config.write_text("" if budget is None else f"[amity]\nweb_cache_bytes = {budget}\n")
    monkeypatch.setenv("AMITY_CONFIG", str(config))
    monkeypatch.setenv("AMITY_DB", str(tmp_path / "store.db"))
    monkeypatch.setenv(SHARED_PAGES, str(tmp_path / "pages.db"))
    app = app_from_env()
    try:
        shared = app.state.cache.shared
        assert (shared is None) if budget == 0 else shared.path == str(tmp_path / "pages.db")
    finally:
        app.state.store.close()
