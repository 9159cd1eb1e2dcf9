"""Editions of a recurring event listed in one sentence: "It was first convened in Beijing in
2008, followed by Shanghai in 2010", "The previous meeting was held in Vladivostok in 2015, and
the one before it in Maizuru in 2013". Each (city, year) becomes an event of the type and name
of the recurring event the report is about."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span

# "in Beijing in 2008", "Shanghai in 2010", "in the Japanese city of Maizuru in 2013"
EDITION = re.compile(
    r"(?:\bin\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:city|town)\s+of\s+|\b(?:in|by|to)\s+|,\s+|\band\s+)"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+in\s+(?P<year>(?:19|20)\d\d)\b"
)
# Words that say the sentence lists editions of one event, not unrelated trips.
EDITION_WORDS = re.compile(
    r"\b(?:first|previous|next|last|followed by|editions?|the one before|convened|held|hosted|"
    r"took place|will take place|met)\b",
    re.I,
)
RECURRING = ("forum", "meeting", "culture", "training")


def edition_events(doc: Doc, records: list[dict[str, Any]], mains: list[Span]) -> list[Any]:
    """Returns (sentence, record) pairs of the editions the report lists, not already records."""
    base = next((r for r in records if r["type"] in RECURRING), None)
    if base is None:
        return []
    taken = {(r.get("city"), str(r.get("start") or "")[:4]) for r in records}
    out = []
    for sent in doc.sentences:
        text = doc.text[sent.start : sent.end]
        if not scan.search_in(doc, EDITION_WORDS, text, sent.start):
            continue
        found = [m for m in EDITION.finditer(text) if _city(doc, sent.start + m.start("place"))]
        if len(found) < 2 and not (found and sent in mains):
            continue
        for m in found:
            key = (m.group("place"), m.group("year"))
            if key in taken:
                continue
            taken.add(key)
            out.append((sent, _record(doc, base, sent, m)))
    return out


def _city(doc: Doc, pos: int) -> str | None:
    """Returns the country of the city the gazetteer knows at pos, or None."""
    place = doc.at("place", pos)
    if place is None or place.start != pos or place.data.get("kind") != "city":
        return None
    return str(place.data.get("country") or "") or None


def _record(doc: Doc, base: dict[str, Any], sent: Span, m: re.Match[str]) -> dict[str, Any]:
    """Returns the event record of one listed edition."""
    country = _city(doc, sent.start + m.start("place"))
    return {
        "type": base["type"],
        "title": f"{base['title']} ({m.group('place')}, {m.group('year')})",
        "start": m.group("year"),
        "end": None,
        "city": m.group("place"),
        "country": country,
        "organizers": [],
        "participants": None,
        "countries": [country] if country else [],
        "span": [sent.start, sent.end],
        "confidence": 0.5,
    }
