"""Counterparts: "Daejeon Mayor Yeom Hong-chul and his Sapporo counterpart, Fumio Ueda" gives
Fumio Ueda the title of the person before him, in the place the sentence names for him."""

from __future__ import annotations

import re

from amity.extract.doc import Doc, Span
from amity.extract.en.person_words import Person
from amity.extract.en.titles import is_title_word

COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+(?:(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+)?counterpart"
    r"(?:\s+(?:from|in|of)\s+(?P<place2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?,\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
    r"(?=,|\.|\s+(?:and|signed|said|who|was|were|has|had|met|put|presented|agreed|held)\b)"
)


def counterparts(doc: Doc, found: list[Person]) -> list[Person]:
    """Returns the counterparts a report names without a title of their own, each with the
    title of the person the sentence names before them."""
    out: list[Person] = []
    named = {str(p.name.value) for p in found}
    for m in COUNTERPART.finditer(doc.text):
        name = m.group("name")
        if name in named or any(is_title_word(w) for w in name.split()):
            continue  # "his counterpart, Mayor Bat-Uul": the title is stated, found already
        sent = next((s for s in doc.sentences if s.start <= m.start() < s.end), None)
        lo = sent.start if sent is not None else m.start() - 200
        before = [p for p in found if p.title and lo <= p.name.start and p.name.end <= m.start()]
        if not before:
            continue
        title = before[-1].title
        where = m.group("place") or m.group("place2")
        org, country = _where(doc, m, where)
        span = Span(m.start("name"), m.end("name"), "person", name)
        out.append(Person(span, title, org, country, (m.start(), m.end())))
    return out


def _where(doc: Doc, m: re.Match[str], where: str | None) -> tuple[str | None, str | None]:
    """Returns (body, country) of "his Sapporo counterpart" or "his Polish counterpart"."""
    if where is None:
        return None, None
    group = "place" if m.group("place") else "place2"
    country = doc.at("country", m.start(group))
    if country is not None:
        return None, str(country.value)
    place = doc.at("place", m.start(group))
    if place is not None:
        return where, place.data.get("country")
    return where, None
