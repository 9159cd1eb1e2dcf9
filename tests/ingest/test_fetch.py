"""Fetching URLs from a local HTTP server: content types, errors, time-out, size limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from amity.errors import InputError
from amity.ingest.fetch import fetch, read_url_list, url_items

PAGES: dict[str, tuple[str, bytes]] = {
    "/note": ("text/plain; charset=utf-8", b"Twin towns, notes on a visit"),
    "/latin": ("text/plain; charset=iso-8859-1", "Städte".encode("iso-8859-1")),
    "/big": ("text/plain", b"y" * 5000),
}


@pytest.fixture
def server(http_server: tuple[str, dict[str, tuple[str, bytes]]]) -> str:
    """Returns the base URL of a local server holding PAGES."""
    base, pages = http_server
    pages.update(PAGES)
    return base


def test_fetch_returns_body_and_content_type(server: str) -> None:
    got = fetch(f"{server}/note", timeout=5, max_bytes=1000)
    assert got.data == b"Twin towns, notes on a visit"
    assert (got.content_type, got.charset) == ("text/plain; charset=utf-8", "utf-8")


def test_fetch_404(server: str) -> None:
    with pytest.raises(InputError, match=r"/missing: HTTP 404"):
        fetch(f"{server}/missing", timeout=5, max_bytes=1000)


def test_fetch_time_out(server: str) -> None:
    with pytest.raises(InputError, match=r"/slow: (no answer within 0\.3 s|cannot fetch)"):
        fetch(f"{server}/slow", timeout=0.3, max_bytes=1000)


def test_fetch_stops_past_the_size_limit(server: str) -> None:
    with pytest.raises(InputError, match=r"/big: the page is over the size limit of 1,000 bytes"):
        fetch(f"{server}/big", timeout=5, max_bytes=1000)


def test_fetch_refused_connection() -> None:
    with pytest.raises(InputError, match=r"cannot fetch"):
        fetch("http://127.0.0.1:9/none", timeout=2, max_bytes=1000)


def test_url_list_skips_blanks_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("# reports\nhttp://a.example/1\n\n  https://b.example/2  # second\n", "utf-8")
    assert read_url_list(path) == ["http://a.example/1", "https://b.example/2"]


def test_url_list_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the URL list"):
        read_url_list(tmp_path / "none.txt")


def test_url_items_reject_other_schemes() -> None:
    items = url_items(["http://a.example/", "ftp://b.example/x", "file:///etc/passwd"])
    assert [item.error for item in items] == [
        None,
        "ftp://b.example/x: not an http(s) URL",
        "file:///etc/passwd: not an http(s) URL",
    ]
