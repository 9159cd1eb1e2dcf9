"""What a reader returns: a document's raw text and the metadata its format carries."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Document:
    """A report's text as a reader found it, before normalization, with format metadata."""

    text: str
    title: str | None = None
    published: str | None = None
    warning: str | None = None
