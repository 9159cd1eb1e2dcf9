"""Events' countries completed from the report's ties: an exchange between two countries involves both.

A report of a tie between a city of one country and a city of another tells of visits,
signings and meetings that involve both sides even where a sentence names only the place
it happened in. Language-neutral: it reads records, not text.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from amity.extract.doc import Doc


def _tie_pairs(partnerships: list[dict[str, Any]]) -> set[frozenset[str]]:
    """Returns the pairs of distinct countries the report's partnerships join."""
    pairs = set()
    for tie in partnerships:
        a = (tie.get("a") or {}).get("country")
        b = (tie.get("b") or {}).get("country")
        if a and b and a != b:
            pairs.add(frozenset((str(a), str(b))))
    return pairs


def _partner(country: str, pairs: set[frozenset[str]]) -> str | None:
    """Returns the one country the report ties `country` to, or None if none or several."""
    partners = {other for pair in pairs if country in pair for other in pair if other != country}
    return partners.pop() if len(partners) == 1 else None


def event_countries(doc: Doc) -> Doc:
    """Adds to an event naming one country the other side: its tie partner or the report's other."""
    events = doc.records.get("events", [])
    pairs = _tie_pairs(doc.records.get("partnerships", []))
    # Without ties, a report whose events name exactly two countries is about those two.
    named = Counter(c for event in events for c in event.get("countries") or [])
    only_two = list(named) if not pairs and len(named) == 2 else []
    for event in events:
        countries = event.get("countries") or []
        if len(countries) != 1:
            continue
        other = _partner(countries[0], pairs) if pairs else None
        if other is None and only_two:
            other = next(c for c in only_two if c != countries[0])
        if other:
            event["countries"] = [*countries, other]
    return doc
