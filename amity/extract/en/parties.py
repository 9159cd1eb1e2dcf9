"""The parties of a sentence: each party's country, the pairs that "A and B" or "between A, B
and C" name, the one that signs among names chained by qualifiers ("Chuncheon, the capital of
Gangwon Province"), and the record of a tie between two parties. The names that can be a party
to a tie (not people, countries, dates, venues or headings) are found in party_names."""

from __future__ import annotations

import re
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.en.lexicon import PLACE_SUFFIXES
from amity.extract.en.located import country_of


def _party(doc: Doc, n: Span) -> dict[str, Any]:
    """Returns {"name", "country"} for a party, "of Belarus"/"Russia's" giving its country."""
    text = doc.text
    name = str(n.value)
    if name.endswith(("s'", "s’")):
        name = name[:-1]  # "Colorado Springs' sister city": the possessive mark is no part of it
    country = None
    m = re.match(r"\s+(?:of|in)\s+(?:the\s+)?", text[n.end : n.end + 10])
    if m:
        country = doc.value_at("country", n.end + m.end())
    before = text[max(0, n.start - 20) : n.start]
    pm = re.search(r"([A-Z][\w ]+?)[’']s\s+$", before)
    if country is None and pm:
        country = doc.value_at("country", n.start - len(pm.group(0)))
    kind_of = KIND_OF_BEFORE.search(text, max(0, n.start - 40), n.start)
    if country is None and kind_of:
        adj = kind_of.group("adj")
        country = doc.value_at("country", kind_of.start()) or LANGUAGE_ADJ.get(adj)
    if "(" in text[n.end : n.end + 3]:
        country = country or doc.value_at("country", n.end + text[n.end : n.end + 3].index("(") + 1)
    inner = [c for c in doc.in_range("country", n.start, n.end)]
    for c in inner:
        if c.start == n.start and c.end == n.end:
            return {"name": name, "country": str(c.value)}
    trailing = [c for c in inner if c.end == n.end]
    if trailing:
        inner = trailing
    country = country or (str(inner[0].value) if inner else None) or _place_country(doc, n)
    name = _strip_country(name, inner, doc, n)
    name = OF_REGION.sub("", AGENCY_LEAD.sub("", name)) or name
    name = re.sub(r"['’]s$", "", name)
    country = country or next(
        (
            str(p.data["country"])
            for p in doc.get("place")
            if p.value == name and p.data.get("country")
        ),
        None,
    )
    country = country or country_of(doc, name)
    pm = re.match(r"([A-Z][\w ]+?)[’']s\s+", name)
    if pm and inner and inner[0].start == n.start:
        name = name[pm.end() :]
    return {"name": name, "country": country}


# Adjectives the country table leaves out as they name a language too ("English lessons").
LANGUAGE_ADJ = {"English": "GB"}
# "the English city of Coventry": the adjective gives the country.
KIND_OF_BEFORE = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+)\s+(?:city|town|village|municipality|port|capital|region|province)\s+of\s+$"
)
# "KAZINFORM The Akimat of ...": a news agency's name run into the sentence it opens.
AGENCY_LEAD = re.compile(r"^[A-Z]{3,}[.:]?\s+(?:The\s+)?(?=[A-Z])")
# "Kazan of the Republic of Tatarstan": the region only places the city.
OF_REGION = re.compile(
    r"\s+of\s+the\s+(?:Republic|Province|Region|State|Oblast|Prefecture|Autonomous)\b.*$"
)


def _strip_country(name: str, inner: list[Span], doc: Doc, n: Span) -> str:
    """Drops a trailing " of Belarus" so that the name reads as the report names the place."""
    for c in inner:
        if c.end == n.end and re.search(r"\s+of\s+(?:the\s+)?$", doc.text[n.start : c.start]):
            return (
                doc.text[n.start : c.start]
                .rstrip()
                .removesuffix(" of")
                .removesuffix(" of the")
                .rstrip()
            )
    return name


def _place_country(doc: Doc, n: Span) -> str | None:
    """Returns the country of a party that is a place ("Rybinsk City"), not of an org named after one."""
    last = str(n.value).split()[-1].lower()
    for p in doc.in_range("place", n.start, n.end):
        rest = doc.text[p.end : n.end].strip().lower().split()
        whole = p.start == n.start and (
            not rest or rest[0] in PLACE_SUFFIXES or last in PLACE_SUFFIXES
        )
        # A body named after a large city belongs to that city's country ("Shanghai Academy").
        whole = whole or (p.start == n.start and (p.data.get("population") or 0) >= BIG_CITY)
        if p.data.get("country") and (
            whole or doc.text[p.end : n.end].strip().lower() in PLACE_SUFFIXES
        ):
            return str(p.data["country"])
    return None


PAIR_GAP = re.compile(
    # ", California and": a state or province that places the first party (skipped as a party)
    r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?\s+and\s+(?:the\s+)?|"
    # ", in the country's southwest, and": an aside that places the first party
    r",\s+(?:in|on|near)\s+[^,;]{1,60},\s+and\s+(?:the\s+)?|"
    r"(?:\s+(?:of|in)\s+[^,]*?)?\s+and\s+(?:the\s+)?(?:(?:city|town|county|district|municipality)\s+of\s+)?|(?:\s+(?:city|town|county|district|province|region|oblast|state|prefecture|municipality|ulus|soum|aimag|rayon|raion|nasleg|uyezd|gmina|powiat))?\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town|county|district|province)\s+of\s+)?|-|–"
)


def _pairs_before(doc: Doc, names: list[Span]) -> list[tuple[Span, Span]]:
    """Returns the (A, B) pairs of "A and B, C and D signed ..."."""
    pairs: list[tuple[Span, Span]] = []
    k = 0
    while k + 1 < len(names):
        after, nxt = names[k].end, k + 1
        if k + 2 < len(names) and QUALIFIES_ONLY.fullmatch(doc.text, after, names[k + 1].start):
            after, nxt = names[k + 1].end, k + 2  # "Chuncheon, the capital of Gangwon, and Da Lat"
        gap = doc.text[after : names[nxt].start]
        route = doc.text[max(0, names[k].start - 8) : names[k].start].endswith(("via ", "through "))
        if PAIR_GAP.fullmatch(gap) and not route:  # "ride via Opole and Pilsen": a route
            pairs.append((names[k], names[nxt]))
            k = nxt + 1
        else:
            k += 1
    return pairs


def _first_with_rest(doc: Doc, names: list[Span]) -> list[tuple[Span, Span]]:
    """Returns (A, B), (A, C) of "between A, B and C": the first named with each of the others."""
    k = 1
    while k < len(names) and doc.text[names[k - 1].end : names[k].start] == ", ":
        k += 1
    if (
        k < 2
        or k >= len(names)
        or doc.text[names[k - 1].end : names[k].start] not in (" and ", ", and ")
    ):
        return []
    return [(names[0], n) for n in names[1 : k + 1]]


QUALIFIES = re.compile(
    r",?\s+(?:the\s+)?(?:capital|seat|centre|center|a city|a town|a district)\s+of\s+(?:the\s+)?"
    r"|\s+(?:of|in)\s+(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?"
    r"(?:[A-Z][\w-]+['’]s\s+)?"
)


QUALIFIES_ONLY = re.compile(
    r",?\s+(?:the\s+)?(?:capital|seat|centre|center|a city|a town|a district)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]+['’]s\s+)?"
)


# "Saint-Maur-des-Fossés near Paris", "Trebbin, south of Berlin": the place locates the one before
NEAR = re.compile(
    r",?\s+(?:near|outside|close to|just outside|(?:north|south|east|west|north-east|north-west|"
    r"south-east|south-west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?"
)


def _without_qualifiers(doc: Doc, names: list[Span]) -> list[Span]:
    """Returns the names without those that only place the one before ("capital of Dornod")."""
    out: list[Span] = []
    for n in names:
        if out and (
            QUALIFIES_ONLY.fullmatch(doc.text, out[-1].end, n.start)
            or NEAR.fullmatch(doc.text, out[-1].end, n.start)
        ):
            continue
        out.append(n)
    return out


def _clause_subject(doc: Doc, head: list[Span]) -> Span:
    """Returns who signed: the first of names chained by qualifiers ("Chuncheon, the capital of
    Gangwon Province", "Hailar District of Hulunbuir City in north China's Inner Mongolia")."""
    k = len(head) - 1
    while k > 0 and (
        QUALIFIES.fullmatch(doc.text, head[k - 1].end, head[k].start)
        or BODY_IN.fullmatch(doc.text, head[k - 1].end, head[k].start)
    ):
        k -= 1
    return head[k]


# "The Khotyn city territorial community in Chernivtsi Oblast": the region places the body
BODY_IN = re.compile(r"(?:\s+(?!and\b|or\b|with\b)[a-z]+){1,3}\s+in\s+(?:the\s+)?")


BIG_CITY = 500_000


def _record(doc: Doc, kind: str, a: Span, b: Span, sent: Span) -> dict[str, Any]:
    return {
        "type": kind,
        "a": _party(doc, a),
        "b": _party(doc, b),
        "date": None,
        "span": [sent.start, sent.end],
        "confidence": 0.7,
    }
