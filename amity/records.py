"""The record kinds and their fields: the RECORDS.md format shared by extract, store and export.

A record is a dict with the RECORDS.md fields of its kind plus two internal keys:
`span` ([start, end] offsets of the evidence in the report text) and `confidence`
(0..1). `to_records_format` drops the internal keys and fills `evidence` from `span`.
"""

from __future__ import annotations

from typing import Any

KINDS = ("events", "partnerships", "people", "figures")

EVENT_TYPES = (
    "forum",
    "visit",
    "meeting",
    "signing",
    "training",
    "volunteering",
    "culture",
    "founding",
    "aid",
    "other",
)
PARTNERSHIP_TYPES = ("sister_city", "school", "agreement", "membership")
QUALIFIERS = ("more_than", "about", "nearly")
REVIEW_STATES = ("extracted", "confirmed", "corrected", "rejected")

FIELDS: dict[str, tuple[str, ...]] = {
    "events": (
        "type",
        "title",
        "start",
        "end",
        "city",
        "country",
        "organizers",
        "participants",
        "countries",
        "evidence",
    ),
    "partnerships": ("type", "a", "b", "date", "evidence"),
    "people": ("name", "title", "organization", "country", "evidence"),
    "figures": ("subject", "metric", "value", "qualifier", "evidence"),
}

INTERNAL = ("span", "confidence")


def empty_records() -> dict[str, list[dict[str, Any]]]:
    """Returns a fresh dict with an empty list per record kind."""
    return {kind: [] for kind in KINDS}


def public_record(kind: str, record: dict[str, Any], text: str | None = None) -> dict[str, Any]:
    """Returns the record with only its RECORDS.md fields, evidence filled from its span."""
    out = {name: record.get(name) for name in FIELDS[kind]}
    span = record.get("span")
    if text is not None and span:
        out["evidence"] = text[span[0] : span[1]]
    return out


def to_records_format(
    doc_name: str,
    published: str | None,
    records: dict[str, list[dict[str, Any]]],
    text: str | None = None,
) -> dict[str, Any]:
    """Returns one report's records as the RECORDS.md JSON object."""
    out: dict[str, Any] = {"doc": doc_name, "published": published}
    for kind in KINDS:
        out[kind] = [public_record(kind, r, text) for r in records.get(kind, [])]
    return out


class ReportIn:
    """A report read from a file or URL, ready to be stored (text already decoded)."""

    __slots__ = ("source", "title", "published", "language", "text", "content_hash", "fmt", "size")

    def __init__(
        self,
        source: str,
        text: str,
        content_hash: str,
        title: str | None = None,
        published: str | None = None,
        language: str | None = None,
        fmt: str | None = None,
        size: int | None = None,
    ) -> None:
        self.source = source
        self.text = text
        self.content_hash = content_hash
        self.title = title
        self.published = published
        self.language = language
        self.fmt = fmt
        self.size = size

    def __repr__(self) -> str:
        return f"ReportIn({self.source!r}, title={self.title!r}, published={self.published!r})"
