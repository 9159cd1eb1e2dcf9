"""Template filters and globals: record titles, party names, field labels."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from amity.records import EVENT_TYPES, FIELDS, KINDS, PARTNERSHIP_TYPES, QUALIFIERS, REVIEW_STATES
from amity.store.rows import party, title

SINGULAR = {
    "events": "event",
    "partnerships": "partnership",
    "people": "person",
    "figures": "figure",
}
KIND_LABELS = {"report": "reports", **{k: k for k in KINDS}}
FACET_LABELS = {
    "kind": "Kind",
    "type": "Type",
    "country": "Country",
    "year": "Year",
    "org": "Organization",
}


def record_title(record: dict[str, Any]) -> str:
    """Returns a record's one-line title from its kind and effective fields."""
    return title(record["kind"], record)


def summary(record: dict[str, Any]) -> str:
    """Returns a record's key facts after its title: when, where, who, how many."""
    kind = record["kind"]
    if kind == "events":
        facts = [record.get("start"), record.get("city"), record.get("country")]
        facts.append(
            f"{record['participants']} participants" if record.get("participants") else None
        )
    elif kind == "partnerships":
        facts = [record.get("type"), record.get("date")]
    elif kind == "people":
        facts = [record.get("organization"), record.get("country")]
    else:
        facts = [record.get("qualifier")]
    return " · ".join(str(f) for f in facts if f)


def show(value: Any) -> str:
    """Returns a field value as text: lists joined, parties as 'Name (CC)', None as a dash."""
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, dict):
        side = party(value)
        return f"{side['name'] or '?'}" + (f" ({side['country']})" if side["country"] else "")
    if isinstance(value, list | tuple):
        return ", ".join(show(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def joined(value: Any, sep: str = ", ") -> str:
    """Returns a list field as editable text (items joined), or the value itself."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return sep.join(str(v) for v in value)
    return show(value) if isinstance(value, float) else str(value)


def link(path: str, params: dict[str, Any], **changes: Any) -> str:
    """Returns path with params overlaid by changes as a query string, empty values dropped."""
    merged = {**params, **changes}
    query = urlencode({k: v for k, v in merged.items() if v not in (None, "")})
    return f"{path}?{query}" if query else path


FILTERS = {"record_title": record_title, "summary": summary, "show": show, "joined": joined}
GLOBALS = {
    "KINDS": KINDS,
    "FIELDS": FIELDS,
    "SINGULAR": SINGULAR,
    "KIND_LABELS": KIND_LABELS,
    "FACET_LABELS": FACET_LABELS,
    "EVENT_TYPES": EVENT_TYPES,
    "PARTNERSHIP_TYPES": PARTNERSHIP_TYPES,
    "QUALIFIERS": QUALIFIERS,
    "REVIEW_STATES": REVIEW_STATES,
    "party": party,
    "link": link,
}
