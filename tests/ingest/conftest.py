"""Helpers that make small report files of each format in a test's tmp_path."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data" / "ingest"


def _pdf_bytes(lines: list[str], title: str | None = None, password: str | None = None) -> bytes:
    """Returns a one-page PDF with the lines, optionally titled and password-protected."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    if title:
        pdf.set_title(title)
    pdf.multi_cell(0, 8, "\n".join(lines))
    data = bytes(pdf.output())
    if password is None:
        return data
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _docx_bytes(
    paragraphs: list[str], table: list[list[str]] | None = None, title: str = ""
) -> bytes:
    """Returns a .docx with a heading, paragraphs and an optional table."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_heading(paragraphs[0], level=1)
    for text in paragraphs[1:]:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def data_dir() -> Path:
    """Returns the folder of the small reports we wrote for these tests."""
    return DATA


@pytest.fixture
def make_pdf():  # type: ignore[no-untyped-def]
    """Returns the function that makes PDF bytes."""
    return _pdf_bytes


@pytest.fixture
def make_docx():  # type: ignore[no-untyped-def]
    """Returns the function that makes .docx bytes."""
    return _docx_bytes


class Handler(BaseHTTPRequestHandler):
    """Serves the server's pages {path: (content type, body)}; /slow sleeps; else 404."""

    server: PageServer

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/slow":
            time.sleep(2)
        if self.path not in self.server.pages:
            self.send_error(404, "Not Found")
            return
        content_type, body = self.server.pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if self.path != "/big":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


class PageServer(ThreadingHTTPServer):
    """A local server of test pages that does not print clients giving up on purpose."""

    daemon_threads = True
    pages: dict[str, tuple[str, bytes]]

    def handle_error(self, request: object, client_address: object) -> None:
        return


@pytest.fixture
def http_server() -> Iterator[tuple[str, dict[str, tuple[str, bytes]]]]:
    """Yields the base URL of a local HTTP server in a thread and its (editable) pages."""
    httpd = PageServer(("127.0.0.1", 0), Handler)
    httpd.pages = {}
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", httpd.pages
    httpd.shutdown()
    httpd.server_close()
