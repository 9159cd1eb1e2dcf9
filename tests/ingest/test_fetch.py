"""Fetching URLs from a local HTTP server: content types, errors, time-out, size limit."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from amity.errors import InputError
from amity.ingest.fetch import fetch, read_url_list, url_items

PAGES: dict[str, tuple[str, bytes]] = {
    "/note": ("text/plain; charset=utf-8", b"Twin towns, notes on a visit"),
    "/latin": ("text/plain; charset=iso-8859-1", "Städte".encode("iso-8859-1")),
    "/big": ("text/plain", b"y" * 5000),
}


class Handler(BaseHTTPRequestHandler):
    """Serves PAGES, a slow page, and 404 for anything else."""

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/slow":
            time.sleep(2)
        if self.path not in PAGES:
            self.send_error(404, "Not Found")
            return
        content_type, body = PAGES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if self.path != "/big":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


class QuietServer(ThreadingHTTPServer):
    """A server that does not print the broken pipes of clients that gave up on purpose."""

    def handle_error(self, request: object, client_address: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    """Yields the base URL of a local HTTP server running in a thread."""
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


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
