"""One reader per format; `parse` picks it from the file name, content type or first bytes."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import PurePosixPath

from amity.ingest.readers.base import Document

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
CONTENT_TYPES = {
    "text/plain": "text",
    "text/markdown": "text",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
READERS = {
    "text": ("amity.ingest.readers.plain", "read_text"),
    "html": ("amity.ingest.readers.html", "read_html"),
    "pdf": ("amity.ingest.readers.pdf", "read_pdf"),
    "docx": ("amity.ingest.readers.docx", "read_docx"),
}

__all__ = ["Document", "FORMATS", "format_of", "parse", "sniff"]


def format_of_name(name: str) -> str | None:
    """Returns the format a file name's extension stands for, or None if unknown."""
    path = name.split("?", 1)[0].split("#", 1)[0] if "://" in name else name
    return FORMATS.get(PurePosixPath(path).suffix.lower())


def sniff(data: bytes) -> str:
    """Returns the format the first bytes suggest: pdf, docx, html or text."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith(b"pk\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


def format_of(name: str, data: bytes, content_type: str | None = None) -> str:
    """Returns the format of a report from its content type, its name, then its bytes."""
    if content_type:
        mime = content_type.split(";")[0].strip().lower()
        if mime in CONTENT_TYPES:
            return CONTENT_TYPES[mime]
    return format_of_name(name) or sniff(data)


def reader_for(fmt: str) -> Callable[..., Document]:
    """Returns the read function of a format (imported on first use)."""
    module, function = READERS[fmt]
    return getattr(import_module(module), function)  # type: ignore[no-any-return]


def parse(name: str, data: bytes, fmt: str, charset: str | None = None) -> Document:
    """Returns the Document a format's reader makes of the bytes."""
    return reader_for(fmt)(name, data, charset)
