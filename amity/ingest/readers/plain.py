"""Plain text and Markdown reports."""

from __future__ import annotations

from amity.ingest.readers.base import Document
from amity.ingest.text import decode


def read_text(name: str, data: bytes, charset: str | None = None) -> Document:
    """Returns the decoded text of a .txt or .md file (title and date come from the text)."""
    decoded = decode(name, data, declared=charset)
    return Document(decoded.text, warning=_warning(name, decoded.warning))


def _warning(name: str, warning: str | None) -> str | None:
    """Returns the decoding warning prefixed with the file name, or None."""
    return f"{name}: {warning}" if warning else None
