"""A digest page in headless Chromium: the charts are drawn and the months follow in order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from amity.store import Store
from tests.publish.conftest import load_report, reject
from tests.web.browser.conftest import chromium, serving  # noqa: F401 - the browser fixture

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "publish"


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Yields the address of the app served over a store with the Lakeford bulletin."""
    store = Store.open(str(tmp_path_factory.mktemp("browser") / "publish.db"))
    reject(store, load_report(store, "lakeford"), "events", "Lakeside concert")
    with serving(store) as url:
        yield url
    store.close()


def test_digest_page_draws_its_charts(chromium: Any, app_url: str) -> None:  # noqa: F811
    context = chromium.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{app_url}/")
    page.click("header nav a[href='/digest']")
    page.wait_for_selector("article.digest")
    page.fill("input[name=from]", "2021-03")
    page.fill("input[name=to]", "2021-05")
    page.click("form.publish-filter button[type=submit]")
    page.wait_for_function(
        "() => document.querySelectorAll('svg.chart-months rect.chart-bar').length === 3"
    )
    heights = page.eval_on_selector_all(
        "svg.chart-months rect.chart-bar", "els => els.map(e => e.getBoundingClientRect().height)"
    )
    assert heights[1] < 1 < heights[0] and abs(heights[0] - heights[2]) < 1  # 1, 0 and 1 events
    box = page.locator("svg.chart-map").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    assert page.locator("svg.chart-map path.reached").count() >= 2
    months = page.locator("section.month h2").all_inner_texts()
    assert months == ["March 2021", "April 2021", "May 2021"]
    assert page.inner_text("#total-events") == "2"
    assert "concert" not in page.inner_text("main").lower()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "digest.png"), full_page=True)
    page.click("section.month a.source >> nth=0")
    page.wait_for_selector("#report-text")
    assert not errors
    context.close()
