"""The figures a place or organization states about itself, next to what the records support.

"19 cities (districts) of 16 countries" is two figures: 19 ties, 16 countries. Each stated
figure whose metric names something Amity counts (ties, friendly schools, countries, events,
participants) is compared with that count; a difference is flagged, read with the figure's
qualifier ("more than 30" is matched by 31 or more, "about" and "nearly" allow 10%).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy.engine import Connection

from amity.publish.common import live_records, report_refs
from amity.store import schema

# The first measure whose pattern the metric matches is the one compared.
MEASURES = (
    ("schools", re.compile(r"school", re.I)),
    ("countries", re.compile(r"countr|\bnations?\b", re.I)),
    ("ties", re.compile(r"sister|twin|friend|partner|cit(?:y|ies)|district|province|pairs?\b|relation", re.I)),
    ("events", re.compile(r"event|activit|exchange|visit|forum", re.I)),
    ("participants", re.compile(r"participant|delegate|people|persons?\b|visitor", re.I)),
)  # fmt: skip
MEASURE_LABELS = {
    "schools": "friendly schools in the records",
    "countries": "countries reached in the records",
    "ties": "ties in the registry and reports",
    "events": "events in the records",
    "participants": "participants in the records",
}
TOLERANCE = 0.1


def measure_of(metric: str | None) -> str | None:
    """Returns the measure a figure's metric names (ties, schools, ...), or None."""
    for name, pattern in MEASURES:
        if metric and pattern.search(metric):
            return name
    return None


def compare(value: float, qualifier: str | None, found: int) -> str:
    """Returns 'matches', 'fewer in records' or 'more in records' for a stated value."""
    if qualifier == "more_than":
        low, high = value + 1, float("inf")
    elif qualifier == "nearly":
        low, high = value * (1 - TOLERANCE), value
    elif qualifier == "about":
        low, high = value * (1 - TOLERANCE), value * (1 + TOLERANCE)
    else:
        low = high = value
    if found < low:
        return "fewer in records"
    return "more in records" if found > high else "matches"


def stated_figures(conn: Connection, names: list[str]) -> list[dict[str, Any]]:
    """Returns the live figures whose subject is one of the names (any case), oldest report first."""
    keys = sorted({n.strip().casefold() for n in names if n and len(n.strip()) > 1})
    if not keys:
        return []
    subject = func.lower(schema.figures.c.subject)
    found = live_records(conn, "figures", or_(*(subject == k for k in keys)))
    reports = report_refs(conn, {f["report_id"] for f in found})
    for figure in found:
        figure["published"] = reports.get(figure["report_id"], {}).get("published")
        figure["report_title"] = reports.get(figure["report_id"], {}).get("title")
    return sorted(found, key=lambda f: (str(f["published"] or "~"), f["id"]))


def checked(figures: list[dict[str, Any]], counts: dict[str, int]) -> list[dict[str, Any]]:
    """Returns each stated figure with the count the records support and whether they differ."""
    out = []
    for figure in figures:
        measure = measure_of(figure.get("metric"))
        row = {
            "date": figure.get("published"), "subject": figure.get("subject"),
            "metric": figure.get("metric"), "value": figure.get("value"),
            "qualifier": figure.get("qualifier"), "stated": stated_text(figure),
            "evidence": figure.get("evidence"), "report_id": figure["report_id"],
            "record_id": figure["id"], "measure": measure, "records": None,
            "status": "not counted", "differs": False,
        }  # fmt: skip
        if measure is not None and isinstance(figure.get("value"), int | float):
            row["records"] = counts.get(measure, 0)
            row["status"] = compare(float(figure["value"]), figure.get("qualifier"), row["records"])
            row["differs"] = row["status"] != "matches"
            row["measure_label"] = MEASURE_LABELS[measure]
        out.append(row)
    return out


def stated_text(figure: dict[str, Any]) -> str:
    """Returns a figure as stated: 'more than 30 events'."""
    value = figure.get("value")
    number = f"{value:g}" if isinstance(value, int | float) else str(value or "?")
    words = {"more_than": "more than ", "about": "about ", "nearly": "nearly "}
    prefix = words.get(str(figure.get("qualifier")), "")
    return f"{prefix}{number} {figure.get('metric') or ''}".strip()
