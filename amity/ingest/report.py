"""Bytes of one report to a ReportIn: read by format, normalize, hash, title, date, language."""

from __future__ import annotations

import os

from amity.errors import InputError
from amity.ingest.metadata import clean_title, find_published, find_title
from amity.ingest.readers import format_of, parse
from amity.ingest.text import content_hash, guess_language, normalize
from amity.records import ReportIn

EMPTY = {
    "text": "empty file, no text",
    "html": "the HTML page has no text",
    "pdf": "the PDF has no text (scanned pages need OCR first)",
    "docx": "the Word file has no text",
}


def build_report(
    source: str,
    name: str,
    data: bytes,
    content_type: str | None = None,
    charset: str | None = None,
) -> tuple[ReportIn, str | None]:
    """Returns the ReportIn for a report's bytes and a warning (or None); InputError if bad."""
    fmt = format_of(name, data, content_type)
    if not data.strip():
        raise InputError(f"{name}: {EMPTY['text']}", "give a report with text")
    document = parse(name, data, fmt, charset)
    text = normalize(document.text)
    if not text:
        raise InputError(f"{name}: {EMPTY[fmt]}", "give a report with text")
    report = ReportIn(
        source=source,
        text=text,
        content_hash=content_hash(text),
        title=_title(fmt, document.title, text),
        published=document.published or find_published(text),
        language=guess_language(text),
        fmt=fmt,
        size=len(data),
    )
    return report, document.warning


def _title(fmt: str, metadata_title: str | None, text: str) -> str | None:
    """Returns the title: a text file's heading line, else the format's metadata title."""
    if fmt == "text":
        return clean_title(find_title(text))
    return clean_title(metadata_title) or clean_title(find_title(text))


def read_report(path: str, max_bytes: int | None = None) -> ReportIn:
    """Returns the ReportIn of one file, without storing it; InputError if it cannot be read."""
    from amity.ingest.sources import read_file
    from amity.settings import load_settings

    limit = max_bytes or load_settings().max_bytes
    report, _ = build_report(os.path.abspath(path), path, read_file(path, path, limit))
    return report
