"""The pages in headless Chromium: search, open a report, follow evidence, correct, see it."""

from __future__ import annotations

import re
from typing import Any

from tests.web.browser.conftest import Served, shot
from tests.web.conftest import PASSWORD


def sign_in(page: Any, served: Served, name: str = "eda") -> None:
    """Signs the page's browser in through the sign-in form."""
    page.goto(f"{served.url}/signin")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector(f"text={name} (editor)")


def test_search_report_evidence_correct_and_see_it(page: Any, served: Served) -> None:
    page.goto(f"{served.url}/")
    page.fill("form.search input[name=q]", "Portavel")
    page.click("form.search button")
    page.wait_for_selector("article.hit")
    shot(page, "1-search")
    page.click(f"article.hit[data-kind=report] a[href='/reports/{served.report_id}']")
    page.wait_for_selector("#report-text a.ev")
    assert page.locator("#report-text a.ev").count() == 4
    shot(page, "2-report")
    page.click("#report-text a.ev-events")
    page.wait_for_url(re.compile(r"/records/events/\d+$"))
    assert "youth forum" in page.inner_text("h1")
    sign_in(page, served)
    page.go_back()
    page.go_back()
    page.wait_for_url(re.compile(r"/records/events/\d+$"))
    page.reload()
    page.fill("#correct input[name=participants]", "150")
    page.fill("#correct input[name=city]", "Lakeside Harbour")
    shot(page, "3-correct")
    page.click("#correct button[type=submit]")
    page.wait_for_selector("text=was: 120")
    assert "corrected" in page.inner_text("article.record")
    page.click("a.source-link")
    page.wait_for_selector("#report-text")
    facts = page.inner_text("section.records")
    assert "Lakeside Harbour" in facts and "150 participants" in facts
    shot(page, "4-report-corrected")


def test_hostile_text_stays_text_in_the_browser(page: Any, served: Served) -> None:
    from tests.web.conftest import load_sample

    hostile = load_sample(served.store, "hostile")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{served.url}/reports/{hostile}")
    page.wait_for_selector("#report-text")
    assert '<script>alert("pwned")</script>' in page.inner_text("#report-text")
    assert page.title().startswith("<script>")
    assert dialogs == []
    assert page.locator("#report-text script, #report-text img, #report-text iframe").count() == 0
    shot(page, "5-hostile")


def _a_place(served: Served) -> int:
    """Returns the id of a place with coordinates (its page has a map)."""
    from amity.web.geo import place_features

    return int(next(place_features(served.store))["properties"]["id"])


def test_pages_fit_a_phone(chromium: Any, served: Served) -> None:
    context = chromium.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    try:
        paths = (
            "/",
            f"/reports/{served.report_id}",
            "/search?q=Lakeside",
            "/review",
            "/network",
            "/add",
            f"/places/{_a_place(served)}",
        )
        for path in paths:
            page.goto(served.url + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 380, f"{path} is {width}px wide on a 375px screen"
        shot(page, "6-phone-review")
    finally:
        context.close()


def test_world_map_draws_outlines_places_and_ties(page: Any, served: Served) -> None:
    page.goto(f"{served.url}/")
    page.wait_for_selector("#map .leaflet-overlay-pane path.leaflet-interactive")
    page.wait_for_function(
        "() => document.querySelectorAll('#map .leaflet-overlay-pane path').length > 100"
    )
    assert page.locator("#map .leaflet-tile").count() == 0
    shot(page, "7-home-map")


def test_place_map_and_network_click_through(page: Any, served: Served) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{served.url}/network")
    page.wait_for_function("() => window.amityGraph && window.amityGraph.nodes().length === 3")
    shot(page, "8-network")
    kyoto = page.evaluate(
        "(() => { const n = window.amityGraph.nodes().filter(n => n.data('label').startsWith('Kyoto'))[0];"
        " const p = n.renderedPosition(); const box = document.getElementById('graph').getBoundingClientRect();"
        " return [box.left + p.x, box.top + p.y]; })()"
    )
    page.mouse.click(kyoto[0], kyoto[1])
    page.wait_for_url(re.compile(r"/places/\d+$"))
    assert "Kyoto" in page.inner_text("h1")
    page.wait_for_function(
        "() => document.querySelectorAll('#map .leaflet-overlay-pane path').length > 100"
    )
    assert page.locator("table.ties tr").count() == 3
    shot(page, "9-place")
    assert all(url.startswith(served.url) for url in requests)
