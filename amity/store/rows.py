"""Records as rows: validation, typed columns, search text and identity of a record.

A record's `data` column keeps the record as extracted; the typed columns hold
its effective values (the corrected ones once a person corrected it), so that
queries and dashboards can filter on them.
"""

from __future__ import annotations

import re
from typing import Any

from amity.errors import InputError
from amity.records import FIELDS, INTERNAL, KINDS, REVIEW_STATES

Span = tuple[int, int]
_SPACES = re.compile(r"\s+")


def check_kind(kind: str) -> str:
    """Returns kind if it is a record kind, else raises InputError."""
    if kind not in KINDS:
        raise InputError(f"unknown record kind {kind!r}", f"use one of {', '.join(KINDS)}")
    return kind


def check_state(state: str) -> str:
    """Returns state if it is a review state, else raises InputError."""
    if state not in REVIEW_STATES:
        raise InputError(
            f"unknown review state {state!r}", f"use one of {', '.join(REVIEW_STATES)}"
        )
    return state


def norm(name: Any) -> str:
    """Returns a name folded for matching: lower case, single spaces, no leading 'the'."""
    text = _SPACES.sub(" ", str(name or "")).strip().casefold()
    return text[4:] if text.startswith("the ") else text


def find_span(record: dict[str, Any], text: str) -> Span | None:
    """Returns the record's evidence span: its `span`, else where its `evidence` is in text."""
    span = record.get("span")
    if span:
        start, end = int(span[0]), int(span[1])
        if not 0 <= start <= end <= len(text):
            raise InputError(
                f"evidence span {[start, end]} is outside the report text (length {len(text)})",
                "fix the extractor's offsets",
            )
        return start, end
    evidence = str(record.get("evidence") or "")
    where = text.find(evidence) if evidence else -1
    return (where, where + len(evidence)) if where >= 0 else None


def extracted_data(
    kind: str, record: dict[str, Any], text: str, span: Span | None
) -> dict[str, Any]:
    """Returns the record as stored in `data`: every key but span/confidence, evidence filled."""
    data = {key: value for key, value in record.items() if key not in INTERNAL}
    for name in FIELDS[kind]:
        data.setdefault(name, None)
    if span is not None:
        data["evidence"] = text[span[0] : span[1]]
    return data


def effective(data: dict[str, Any], corrected: dict[str, Any] | None) -> dict[str, Any]:
    """Returns the record's values: as extracted, overlaid with any corrections."""
    return {**data, **(corrected or {})}


def _int(value: Any, field: str) -> int | None:
    """Returns value as an int, or None when absent."""
    if value is None or value == "":
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError) as exc:
        raise InputError(f"{field} {value!r} is not a number", "give a whole number") from exc


def _float(value: Any, field: str) -> float | None:
    """Returns value as a float, or None when absent."""
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{field} {value!r} is not a number", "give a number") from exc


def country(value: Any) -> str | None:
    """Returns an ISO 3166-1 alpha-2 code in upper case, or None for anything else."""
    code = str(value or "").strip()
    return code.upper() if len(code) == 2 and code.isascii() and code.isalpha() else None


def party(value: Any) -> dict[str, Any]:
    """Returns a partnership side as {'name', 'country'} (a bare string is a name)."""
    if isinstance(value, dict):
        return {"name": value.get("name"), "country": value.get("country")}
    return {"name": value, "country": None}


def as_list(value: Any) -> list[Any]:
    """Returns value as a list: None is empty, a scalar is one item."""
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def columns(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """Returns the typed columns of a record of `kind` (entity ids not included)."""
    get = values.get
    if kind == "events":
        return {
            "type": get("type"), "title": get("title"), "start": get("start"), "end": get("end"),
            "city": get("city"), "country": country(get("country")),
            "participants": _int(get("participants"), "participants"),
            "countries": [c for c in map(country, as_list(get("countries"))) if c],
        }  # fmt: skip
    if kind == "partnerships":
        a, b = party(get("a")), party(get("b"))
        return {
            "type": get("type"), "date": get("date"),
            "a_name": a["name"], "a_country": country(a["country"]),
            "b_name": b["name"], "b_country": country(b["country"]),
        }  # fmt: skip
    if kind == "people":
        return {
            "name": get("name"), "title": get("title"), "organization": get("organization"),
            "country": country(get("country")), "date": get("date"),
        }  # fmt: skip
    return {
        "subject": get("subject"), "metric": get("metric"),
        "value": _float(get("value"), "value"), "qualifier": get("qualifier"),
    }  # fmt: skip


def _words(value: Any) -> list[str]:
    """Returns the text pieces inside a field value (lists and dicts flattened)."""
    if value is None:
        return []
    if isinstance(value, dict):
        return [w for v in value.values() for w in _words(v)]
    if isinstance(value, list | tuple):
        return [w for v in value for w in _words(v)]
    return [str(value)]


def title(kind: str, values: dict[str, Any]) -> str:
    """Returns a one-line title for a record, for search hits and lists."""
    if kind == "events":
        return str(values.get("title") or values.get("type") or "event")
    if kind == "partnerships":
        a, b = party(values.get("a")), party(values.get("b"))
        return f"{a['name'] or '?'} – {b['name'] or '?'}"
    if kind == "people":
        return ", ".join(w for w in (values.get("name"), values.get("title")) if w) or "person"
    value, metric = values.get("value"), values.get("metric") or ""
    return (
        f"{values.get('subject') or '?'}: {value:g} {metric}"
        if isinstance(value, int | float)
        else f"{values.get('subject') or '?'}: {metric}"
    )


def doc(kind: str, values: dict[str, Any]) -> tuple[str, str]:
    """Returns (title, body) of a record's search text."""
    body = " ".join(w for name in FIELDS[kind] for w in _words(values.get(name)))
    return title(kind, values), body


def identity(kind: str, values: dict[str, Any]) -> tuple[Any, ...]:
    """Returns what makes two records of `kind` the same statement, for re-extraction."""
    if kind == "events":
        return (values.get("type"), values.get("start"))
    if kind == "partnerships":
        names = sorted((norm(party(values.get("a"))["name"]), norm(party(values.get("b"))["name"])))
        return tuple(names)
    if kind == "people":
        return (norm(values.get("name")),)
    try:
        return (_float(values.get("value"), "value"),)
    except InputError:
        return (values.get("value"),)


def overlaps(a: Span | None, b: Span | None) -> bool:
    """Returns whether two evidence spans overlap; an unknown span overlaps anything."""
    if a is None or b is None:
        return True
    return a[0] < b[1] and b[0] < a[1] or a == b
