"""Each format's reader: HTML without markup or script, PDF, docx, format detection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from amity.errors import InputError
from amity.ingest.readers import format_of, sniff
from amity.ingest.readers.docx import read_docx
from amity.ingest.readers.html import read_html
from amity.ingest.readers.pdf import read_pdf
from amity.ingest.readers.plain import read_text

LEAKS = (
    "SCRIPT",
    "STYLE",
    "ONLOAD",
    "ONERROR",
    "JSLINK",
    "NOSCRIPT",
    "alert(",
    "javascript:",
    "<",
    ">",
)


def test_html_keeps_text_and_metadata_only(data_dir: Path) -> None:
    document = read_html("delegation.html", (data_dir / "delegation.html").read_bytes())
    assert document.title == "Delegation visits the harbour city"
    assert document.published == "2023-06-02"
    assert "youth exchange programme" in document.text
    assert "cooperation memorandum" in document.text
    assert [leak for leak in LEAKS if leak in document.text] == []


def test_html_fallback_gives_visible_text_without_scripts() -> None:
    page = (
        b"<html><head><title>Short note</title><script>var x='SCRIPT-TEXT'</script></head>"
        b"<body><div onclick=\"alert('ONCLICK')\">Guests came.</div><style>p{}</style>"
        b"<a href=\"javascript:void('JSLINK')\">Go</a><!-- COMMENT --></body></html>"
    )
    document = read_html("note.html", page)
    assert document.title == "Short note"
    assert "Guests came." in document.text
    for leak in ("SCRIPT", "ONCLICK", "JSLINK", "COMMENT", "p{}", "<"):
        assert leak not in document.text


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><title>Empty</title></head><body></body></html>",
        b"<html><body><script>only('SCRIPT')</script><style>a{}</style></body></html>",
    ],
)
def test_html_without_text_is_rejected(page: bytes) -> None:
    with pytest.raises(InputError, match=r"^empty\.html: the HTML page has no text"):
        read_html("empty.html", page)


def test_html_meta_charset_is_honoured() -> None:
    body = "<p>" + "Die Städtepartnerschaft wurde gefeiert, sagte der Bürgermeister. " * 3 + "</p>"
    page = f'<html><head><meta charset="iso-8859-1"><title>Fest</title></head><body>{body}</body></html>'
    document = read_html("fest.html", page.encode("iso-8859-1"))
    assert "Städtepartnerschaft" in document.text
    assert "Bürgermeister" in document.text


def test_pdf_text_and_title(make_pdf: Callable[..., bytes]) -> None:
    data = make_pdf(["Twin towns meet again", "The council received guests."], title="Twin towns")
    document = read_pdf("meet.pdf", data)
    assert document.title == "Twin towns"
    assert "The council received guests." in document.text


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", b"%PDF-1.7\n" + bytes(range(256)) * 4, b"%PDF-"],
)
def test_corrupted_pdf_is_rejected(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^report\.pdf: the PDF is corrupted or unreadable"):
        read_pdf("report.pdf", data)


def test_password_protected_pdf_is_rejected(make_pdf: Callable[..., bytes]) -> None:
    data = make_pdf(["A secret report"], password="s3cret")
    with pytest.raises(InputError, match=r"^report\.pdf: the PDF is password-protected"):
        read_pdf("report.pdf", data)


def test_pdf_with_empty_user_password_is_read(make_pdf: Callable[..., bytes]) -> None:
    data = make_pdf(["An openly readable report"], password="")
    assert "openly readable" in read_pdf("open.pdf", data).text


def test_docx_paragraphs_and_tables(make_docx: Callable[..., bytes]) -> None:
    data = make_docx(
        ["Exchange year review", "Our town hosted three delegations.", "Next year: a school link."],
        table=[["Partner", "Year"], ["Lakeport", "2019"]],
    )
    document = read_docx("review.docx", data)
    assert document.title == "Exchange year review"
    text = document.text
    assert (
        text.index("three delegations") < text.index("school link") < text.index("Lakeport | 2019")
    )
    assert "Partner | Year" in text


def test_docx_title_from_core_properties(make_docx: Callable[..., bytes]) -> None:
    data = make_docx(["Heading", "Body."], title="Annual report")
    assert read_docx("a.docx", data).title == "Annual report"


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"plain text, not a docx"])
def test_broken_docx_is_rejected(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^bad\.docx: not a readable Word \(\.docx\) file"):
        read_docx("bad.docx", data)


def test_plain_text_warns_on_invalid_utf8() -> None:
    document = read_text("n.txt", "Café crème ".encode() * 3 + b"\xff")
    assert document.warning == "n.txt: invalid UTF-8 in 1 place(s), replaced with U+FFFD"


@pytest.mark.parametrize(
    ("name", "data", "content_type", "fmt"),
    [
        ("a.TXT", b"x", None, "text"),
        ("a.md", b"x", None, "text"),
        ("a.htm", b"x", None, "html"),
        ("a.pdf", b"x", None, "pdf"),
        ("a.docx", b"x", None, "docx"),
        ("https://example.org/a.pdf?x=1#top", b"x", None, "pdf"),
        ("https://example.org/page", b"x", "text/html; charset=utf-8", "html"),
        ("https://example.org/x.txt", b"x", "application/pdf", "pdf"),
        ("https://example.org/x", b"%PDF-1.4 ...", "application/octet-stream", "pdf"),
        ("noext", b"  <!DOCTYPE html><html>", None, "html"),
        ("noext", b"just words", None, "text"),
        ("notes#1.txt", b"x", None, "text"),
    ],
)
def test_format_of(name: str, data: bytes, content_type: str | None, fmt: str) -> None:
    assert format_of(name, data, content_type) == fmt


def test_sniff_docx(make_docx: Callable[..., bytes]) -> None:
    assert sniff(make_docx(["Title", "Body"])) == "docx"


def test_visible_text_fallback_drops_hidden_elements() -> None:
    from amity.ingest.readers.html import _visible

    page = (
        "<html><head><title> Note </title><style>x{}</style></head><body>"
        "<h2>Heading</h2>Loose <b>bold</b> text<script>SCRIPT()</script><p>Para</p>"
        "<template>TEMPLATE</template><noscript>NOSCRIPT</noscript></body></html>"
    )
    title, text = _visible(page)
    assert title == "Note"
    assert text.split() == ["Heading", "Loose", "bold", "text", "Para"]
