"""Tie context: what a sentence's tie refers back to. This module holds the place a report is
about, the party "the province" means, the last pair named before a sentence, and the pairs a
sentence tells without naming them: "the two schools", the visitors' home and host, the bodies
the signers sign for, and the two ends of a journey.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.located import home_place
from amity.extract.en.own_ties import _own_partner
from amity.extract.en.parties import _pairs_before
from amity.extract.en.party_names import _parties

PRONOUN = re.compile(
    r"^(?:it|its|the city|the town|the district|the county|the region|the province)\b", re.I
)


WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")


def _referred_pair(doc: Doc, sent: Span, parties: list[Span]) -> list[tuple[Span, Span]]:
    """Returns (A, B) of "The province signed ... with B": A is the province told of before."""
    text = doc.text[sent.start : sent.end].lstrip()
    pronoun = PRONOUN.match(text)
    partner = next(
        (
            n
            for n in parties
            if WITH_BEFORE.search(doc.text, max(sent.start, n.start - 12), n.start)
        ),
        None,
    )
    if pronoun is None or partner is None:
        return []
    word = pronoun.group().split()[-1].lower()
    subject = _focus_named(doc, sent.start, word) or _focus(doc, sent.start)
    if subject is None or str(subject.value) == str(partner.value):
        return []
    return [(subject, partner)]


def _focus(doc: Doc, before: int) -> Span | None:
    """Returns the place the report is about: its home city, else the one named most before."""
    home, _ = home_place(doc)
    if home:
        first = next((p for p in doc.get("place") if str(p.value) == home), None)
        if first is not None and first.start < before:
            return Span(first.start, first.end, "name", home, {"cls": "place"})
        lowered = scan.folded(doc) or doc.text.lower()
        at = lowered.find(home.lower())  # named in capitals first: "PORT STEPHENS"
        if 0 <= at < before:
            return Span(at, at + len(home), "name", home, {"cls": "place"})
    counts: dict[str, list[Span]] = {}
    for n in _parties_before(doc, before):
        if n.data.get("cls") in ("place", "name") and doc.in_range("place", n.start, n.end):
            counts.setdefault(str(n.value), []).append(n)
    if not counts:
        return None
    return max(counts.values(), key=len)[0]


def _focus_named(doc: Doc, before: int, word: str) -> Span | None:
    """Returns the party "the province" refers to: the one most named before whose name ends with
    that word ("South Jeolla Province"), if any."""
    if word in ("it", "its", "city", "town"):
        return None
    counts: dict[str, list[Span]] = {}
    for n in _parties_before(doc, before):
        if str(n.value).lower().endswith(" " + word):
            counts.setdefault(str(n.value), []).append(n)
    return max(counts.values(), key=len)[0] if counts else None


def _parties_before(doc: Doc, before: int) -> list[Span]:
    """Returns _parties(doc, 0, before): the first of the report's parties, read off them all.

    Parties are found name after name, each by those before it: the parties of the names that
    end by `before` open the list of the whole report's. Found once, that list serves each
    sentence that refers back to "the city" or "the province", not read again each time.
    """
    key = ("parties from the start", -1)
    if key not in doc.cache:
        doc.cache[key] = _parties_by_name_end(doc)
    known = doc.cache[key]
    if known is None:
        return _parties(doc, 0, before)
    parties, ends = known
    return parties[: bisect_right(ends, before)]


def _parties_by_name_end(doc: Doc) -> tuple[list[Span], list[int]] | None:
    """Returns the report's parties and the end of the name each lies in (None if names overlap
    or a party lies outside its name: then no list of them is the start of another)."""
    names = doc.get("name")
    if any(b.start < a.end for a, b in zip(names, names[1:], strict=False)):
        return None
    starts = [n.start for n in names]
    parties = _parties(doc, 0, len(doc.text))
    ends = []
    for p in parties:
        i = bisect_right(starts, p.start) - 1
        if i < 0 or p.end > names[i].end:
            return None
        ends.append(names[i].end)
    return parties, ends


def _context_pair(doc: Doc, before: int, places: bool = False) -> tuple[Span, Span] | None:
    """Returns the last pair of places named together before `before` ("A and B", "A-B"); with
    `places`, of places the gazetteer knows ("the two cities": not two companies)."""
    found = None
    for sent in doc.sentences:
        if sent.start >= before:
            break
        pair = _last_pair(doc, sent.start, min(sent.end, before), places)
        if pair:
            found = pair
    if found is None:  # "its Japanese sister city, Nagaizumi-cho": the report's own tie
        found = next(
            (
                pair
                for s in doc.sentences
                if s.end <= before
                for pair in [_own_partner(doc, s)]
                if pair
            ),
            None,
        )
    return found


def _last_pair(doc: Doc, start: int, end: int, places: bool) -> tuple[Span, Span] | None:
    """Returns the last pair of places named together in [start, end), with `places` of places
    the gazetteer knows (found once per range: each tie that refers to "the two cities" reads
    every sentence before it)."""
    known: dict[tuple[int, int], Any] = doc.cache.setdefault(("last pair", int(places)), {})
    if (start, end) not in known:
        pairs = _pairs_before(doc, _parties(doc, start, end))
        if places:
            pairs = [p for p in pairs if all(doc.in_range("place", n.start, n.end) for n in p)]
        known[(start, end)] = pairs[-1] if pairs else None
    return known[(start, end)]  # type: ignore[no-any-return]


# "a group from Clinton Township came to Yasu, and the Sister City Agreement was signed"
JOURNEY_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
JOURNEY_TO = re.compile(
    r"\b(?:came|went|travell?ed|traveled|flew|arrived|returned)\s+(?:to|in)\s+(?:the\s+)?$"
    r"|\bvisited\s+(?:the\s+)?$"
)


def _journey_pair(doc: Doc, sent: Span, parties: list[Span]) -> tuple[Span, Span] | None:
    """Returns (origin, destination) of visitors who came from one place to another in the
    sentence that tells the signing, when it names no pair of its own."""
    places = [n for n in parties if doc.in_range("place", n.start, n.end)]
    origin = next(
        (n for n in places if JOURNEY_FROM.search(doc.text, max(sent.start, n.start - 8), n.start)),
        None,
    )
    if origin is None:
        return None
    goal = next(
        (
            n
            for n in places
            if n.start > origin.end
            and JOURNEY_TO.search(doc.text, max(origin.end, n.start - 20), n.start)
        ),
        None,
    )
    return (origin, goal) if goal is not None else None


SIGNED_VERB = re.compile(
    r"\b(?:signed|inked|put\s+(?:their|his|her)\s+(?:names?|signatures?)\s+to)\b", re.I
)


SCHOOL_NAME = re.compile(r"\b(?:School|College|Gakuen|Gymnasium|Lyc[eé]e|Academy)\b")


def _two_schools_before(doc: Doc, before: int) -> tuple[Span, Span] | None:
    """Returns the last two schools named before "the two schools" (each named on its own)."""
    start = max(0, before - 1500)
    schools: list[Span] = []
    for n in _parties(doc, start, before):
        if SCHOOL_NAME.search(str(n.value)) and all(str(n.value) != str(s.value) for s in schools):
            schools.append(n)
    return (schools[-2], schools[-1]) if len(schools) >= 2 else None


def _signers_bodies(doc: Doc, sent: Span) -> tuple[Span, Span] | None:
    """Returns the bodies of the two people who signed ("Mayor John Smith of Riverton and Mayor
    Ken Sato of Kobe signed a memorandum"): the parties are whom they sign for."""
    if not SIGNED_VERB.search(doc.text, sent.start, sent.end):
        return None
    bodies: list[Span] = []
    for person in doc.records.get("people") or []:
        start, end = person["span"]
        org = person.get("organization")
        if not org or start < sent.start or end > sent.end:
            continue
        at = doc.text.find(org, start, end)
        if at >= 0 and all(str(b.value) != org for b in bodies):
            bodies.append(Span(at, at + len(org), "name", org, {"signer": True}))
    return (bodies[0], bodies[1]) if len(bodies) == 2 else None


# "went to Yangzhou, where the two cities signed", "in Weihai, the two sides signed": the place
# the visitors were in, and the report's own city
WHERE_THE_TWO = re.compile(r"(?:,\s+where|^\W*(?:[\w ]{0,20},\s+)?in\s+\S+,)\s+$", re.I)


def _host_pair(doc: Doc, sent: Span, refer: re.Match[str] | None) -> tuple[Span, Span] | None:
    """Returns (home, host) when "the two" follow the one place the visitors were in."""
    if refer is None:
        return None
    at = sent.start + refer.start()
    places = [n for n in _parties(doc, sent.start, at) if doc.in_range("place", n.start, n.end)]
    if not places or not WHERE_THE_TWO.search(doc.text[sent.start : at]):
        return None
    home = _focus(doc, sent.start)
    host = places[-1]
    if home is None or str(home.value) == str(host.value):
        return None
    return home, host
