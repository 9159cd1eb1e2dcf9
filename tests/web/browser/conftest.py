"""Browser fixtures: the app served by uvicorn in a thread, and Debian's Chromium via Playwright.

No browser is downloaded: Playwright drives /usr/bin/chromium (AMITY_CHROMIUM to change it).
Without it the browser tests skip, or fail when CI=true. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from amity.registry.resolve import resolve_report
from amity.store import Store
from amity.store import users as accounts
from amity.web import create_app
from tests.web.conftest import PASSWORD, load_sample, settings_for

CHROMIUM = os.environ.get("AMITY_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "web"


def _free_port() -> int:
    """Returns a TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """Yields a headless Chromium browser, or skips when it is not installed (fails on CI)."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing and CI=true: install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Served:
    """A running app: its base URL, its store, and the sample report's id."""

    def __init__(self, url: str, store: Any, report_id: int) -> None:
        self.url, self.store, self.report_id = url, store, report_id


@contextmanager
def serving(store: Store) -> Iterator[str]:
    """Serves the app over a store with uvicorn in a thread; yields its address, then stops it."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(
        create_app(settings_for(store), store=store),
        host="127.0.0.1",
        port=port,
        log_level="warning",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """Yields the app on a SQLite store with the harbour and cities samples and an editor 'eda'."""

    store = Store.open(str(tmp_path_factory.mktemp("browser") / "web.db"))
    report_id = load_sample(store, "harbour")
    resolve_report(store, load_sample(store, "cities"))
    accounts.add_user(store, "eda", "editor", PASSWORD)
    with serving(store) as url:
        yield Served(url, store, report_id)
    store.close()


@pytest.fixture
def page(chromium: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """Yields a fresh browser page; saves a screenshot of where it ended under test-artifacts/."""
    context = chromium.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    yield opened
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    opened.screenshot(path=str(ARTIFACTS / f"{request.node.name}-end.png"), full_page=True)
    context.close()


def shot(page: Any, name: str) -> Path:
    """Saves a full-page screenshot as test-artifacts/web/<name>.png; returns its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
