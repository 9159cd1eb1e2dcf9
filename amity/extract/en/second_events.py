"""Second events in the sentence of an event: a visit that goes on to another place ("will lead a
delegation to Seattle and will go to Adelaide", "she will also call on Songpa-gu") and a named
forum or festival a visit went to ("in Korea for the New Cities Summit in Songdo")."""

from __future__ import annotations

import re
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.en import cues

# "and will go to Adelaide", "and to visit Sichuan Province", "she will also call on Songpa-gu"
ONWARD = re.compile(
    r"(?:\band\s+(?:will\s+|to\s+)?(?:also\s+)?|\bwill\s+also\s+|,\s+(?:then\s+)?)"
    r"(?:go|travel|fly|head|visit|call on|stop in|continue)\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
)
# "for the New Cities Summit in Songdo", "to attend the Stadtmauerfest"
NAMED = re.compile(
    r"\b(?:for|at|attend|attended|attending)\s+(?:the|an?)\s+(?P<name>(?:\d+\w*\s+)?(?:[A-Z][\w'’-]*\s+){0,6}?"
    r"(?:[a-z]+\s+)?(?P<head>Summit|Forum|Conference|Festival|Expo|EXPO|Congress|Symposium|Fair|Games|"
    r"Exhibition|conference|forum|summit|festival|[A-Z][a-z]+fest))"
    r"(?:\s+in\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
)


def second_events(
    doc: Doc, records: list[dict[str, Any]], mains: list[Span]
) -> list[tuple[Span, dict[str, Any]]]:
    """Returns (sentence, record) of the further events the sentences of visits state."""
    out = []
    for sent, rec in zip(mains, records, strict=True):
        text = doc.text[sent.start : sent.end]
        for m in ONWARD.finditer(text):
            place = _known(doc, sent.start + m.start("place"), m.group("place"))
            if place and place[0] != rec.get("city"):
                out.append((sent, _copy(rec, "visit", f"visit to {place[0]}", *place)))
        if rec["type"] != "visit":
            continue
        for m in NAMED.finditer(text):
            name = m.group("name").strip()
            if name.lower() in (rec.get("title") or "").lower():
                continue
            head = m.group("head").lower()
            kind = "culture" if head.endswith("fest") else cues.HEAD_TYPE.get(head, "forum")
            city = m.group("place")
            known = _known(doc, sent.start + m.start("place"), city) if city else None
            country = known[1] if known else None
            out.append(
                (
                    sent,
                    _copy(rec, kind, name, city or rec.get("city"), country or rec.get("country")),
                )
            )
    return out


def _known(doc: Doc, pos: int, name: str) -> tuple[str, str | None] | None:
    """Returns (name, country) of a place the gazetteer knows at pos, or None."""
    place = doc.at("place", pos)
    if place is None or place.start != pos:
        return None
    return str(place.value), place.data.get("country")


def _copy(
    rec: dict[str, Any], kind: str, title: str, city: str | None, country: str | None
) -> dict[str, Any]:
    """Returns a record like the visit's, for another event of the same sentence and time."""
    countries = list(rec.get("countries") or [])
    if country and country not in countries:
        countries.append(country)
    return rec | {
        "type": kind,
        "title": title,
        "city": city,
        "country": country,
        "organizers": [],
        "participants": None,
        "countries": countries,
        "confidence": 0.5,
    }
