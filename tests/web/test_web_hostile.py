"""Hostile report text and record fields are shown as text, never run as markup."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import load_sample


class Tags(HTMLParser):
    """Collects the tags and attributes a browser would build from a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def dangers(page: str) -> list[str]:
    """Returns the script-running markup in a page: script, img, iframe tags, on* handlers, js: links."""
    parser = Tags()
    parser.feed(page)
    found = [tag for tag, _ in parser.tags if tag in ("script", "img", "iframe", "b")]
    for _tag, attrs in parser.tags:
        found += [name for name, _ in attrs if name.startswith("on")]
        found += [str(v) for _, v in attrs if v and v.strip().lower().startswith("javascript:")]
    return found


@pytest.fixture
def hostile(app_store: Any) -> int:
    """Returns the id of the hostile sample: HTML and JavaScript in its text and records."""
    return load_sample(app_store, "hostile")


def pages_of(client: TestClient, report_id: int) -> list[str]:
    """Returns every page that shows the hostile report's text or records."""
    report = client.get(f"/api/reports/{report_id}").json()
    records = [f"/records/{k}/{r['id']}" for k, rows in report["records"].items() for r in rows]
    paths = [
        "/",
        "/reports",
        f"/reports/{report_id}",
        "/review",
        "/search?q=Evilton",
        "/search?q=alert",
        *records,
    ]
    return [client.get(path).text for path in paths]


def test_no_hostile_markup_reaches_any_page(client: TestClient, hostile: int) -> None:
    pages = pages_of(client, hostile)
    assert all("Evilton" in page for page in pages[2:])
    for page in pages:
        assert dangers(page) == []


def test_the_danger_finder_finds_danger() -> None:
    page = '<p onclick="x()"><script>1</script><a href=" javascript:alert(1)">a</a><img src=x></p>'
    assert sorted(dangers(page)) == [" javascript:alert(1)", "img", "onclick", "script"]


def test_hostile_text_is_shown_escaped(client: TestClient, hostile: int) -> None:
    page = client.get(f"/reports/{hostile}").text
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page
    assert "&lt;/a&gt;&lt;script&gt;" in page


def test_hostile_evidence_is_still_linked_to_its_record(client: TestClient, hostile: int) -> None:
    tie = client.get(f"/api/records/partnerships?report_id={hostile}").json()[0]
    page = client.get(f"/reports/{hostile}").text
    link = f'href="/records/partnerships/{tie["id"]}"'
    assert link in page
    after = page[page.index(link) :]
    assert after.index("&lt;/a&gt;&lt;script&gt;") < after.index("</a>")


def test_hostile_search_terms_are_escaped(client: TestClient, hostile: int) -> None:
    page = client.get("/search", params={"q": '"><script>alert(5)</script>'}).text
    assert "<script>alert(5)" not in page
    assert "&lt;script&gt;alert(5)" in page


def test_hostile_names_in_facets_and_forms_are_escaped(
    client: TestClient, hostile: int, sign_in: Any
) -> None:
    sign_in(client, "editor")
    tie = client.get(f"/api/records/partnerships?report_id={hostile}").json()[0]
    page = client.get(f"/records/partnerships/{tie['id']}").text
    assert 'value="Goodville&#34;&gt;&lt;script&gt;alert(4)&lt;/script&gt;"' in page
    found = client.get("/search?q=Org").text
    assert "<b onmouseover" not in found
