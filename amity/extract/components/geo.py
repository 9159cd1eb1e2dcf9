"""Countries and places named in a report, through the registry's alias table and gazetteer."""

from __future__ import annotations

import gc
import re
from typing import Any

from amity.extract.doc import Doc, Span

# Country names that are also common words or names: kept only where the context says country.
NAME_LIKE = {
    "Jordan",
    "Chad",
    "Georgia",
    "Columbia",
    "Guinea",
    "Niger",
    "Turkey",
    "China",
    "Dominica",
}


_FROZEN: list[bool] = []


def _freeze_tables() -> None:
    """Takes the registry's tables, loaded once and kept, out of the garbage collector's rounds.

    The gazetteer holds millions of objects: every full collection would walk them all again
    while reports are extracted, for nothing (they are never garbage).
    """
    if not _FROZEN:
        _FROZEN.append(True)
        gc.collect()
        gc.freeze()


def countries(doc: Doc) -> Doc:
    """Fills "country" mentions (value: ISO alpha-2 code) from names, adjectives and compounds."""
    from amity.registry.countries import Countries

    table = Countries.load()
    found = []
    for m in table.find(doc.text):
        if m.surface in NAME_LIKE and _looks_like_person(doc.text, m.start, m.end):
            continue
        if m.kind == "adjective" and _a_surname(doc.text, m.start, m.end):
            continue  # "Frank Finn (Chair)", "John French said": a person's surname
        found.append(
            Span(m.start, m.end, "country", m.code, {"kind": m.kind, "surface": m.surface})
        )
    doc.add("country", found)
    return doc


# Words before a people's name that are no given names: "Two Polish schools", "Our Finns"
NOT_GIVEN = {"The", "In", "Of", "Two", "Three", "Four", "Five", "Many", "Some", "All", "Both",
             "Our", "Their", "His", "Her", "Its", "Young", "Local", "New", "Other", "Visiting",
             "Mr", "Mrs", "Ms", "Dr", "Mayor", "And", "With", "For", "From", "To", "By", "At",
             "On", "As", "A", "An", "This", "That", "These", "Those", "Several", "Most"}  # fmt: skip


def _a_surname(text: str, start: int, end: int) -> bool:
    """True for a people's noun after a given name ("Frank Finn", "John French"), not an
    adjective ("Finnish") nor one before a name ("Polish Ambassador")."""
    word = text[start:end]
    if word.endswith(("ish", "ese", "an", "ian", "ic", "i", "s")) or not word[:1].isupper():
        return False
    before = re.search(r"(?:^|[^\w.])([A-Z][a-z]+)[ \t]+$", text[max(0, start - 25) : start])
    after = re.match(r"[ \t]+([A-Z])", text[end : end + 3])
    return before is not None and before.group(1) not in NOT_GIVEN and after is None


def _looks_like_person(text: str, start: int, end: int) -> bool:
    """True for "Michael Jordan" or "Chad Smith": a capitalized word right before or after."""
    before = text[max(0, start - 15) : start].split()
    after = text[end : end + 15].split()
    prev_cap = (
        bool(before)
        and before[-1][:1].isupper()
        and before[-1].isalpha()
        and before[-1] not in ("The", "In", "Of")
    )
    next_cap = bool(after) and after[0][:1].isupper() and after[0].isalpha()
    return prev_cap or (next_cap and not after[0].endswith(","))


def places(doc: Doc) -> Doc:
    """Fills "place" mentions: names in the gazetteer, with country and coordinates."""
    try:
        from amity.registry.gazetteer import Gazetteer
    except ImportError:
        doc.add("place", [])
        return doc
    gaz = Gazetteer.load()
    _freeze_tables()
    found = []
    country_spans = doc.get("country")
    named = {str(c.value) for c in country_spans}
    in_country = bytearray(len(doc.text) + 1)
    for c in country_spans:
        in_country[c.start : c.end] = b"\x01" * (c.end - c.start)
    matches = [
        m
        for m in gaz.find(doc.text, placed=lambda s, e: _placed(doc.text, s, e))
        if not in_country[m.start] and not _inside_a_name(doc.text, m.start, m.end, m.candidates)
    ]
    # States and provinces the report names ("New Mexico") place its cities as countries do.
    divisions = {
        (c.admin1_name, c.country)
        for m in matches
        if m.candidates and all(c.kind == "admin1" for c in m.candidates)
        for c in m.candidates[:1]
        if not named or c.country in named  # "the Nord department of France" is not Burkina's
    }
    named |= {country for _, country in divisions}
    for m in matches:
        # The report's own divisions and countries decide between places of the same name.
        best = next((c for c in m.candidates if (c.admin1_name, c.country) in divisions), None)
        best = best or next((c for c in m.candidates if c.country in named), None)
        best = best or (m.candidates[0] if m.candidates else None)
        if best is None:
            continue
        found.append(Span(m.start, m.end, "place", m.surface, _place_data(best)))
    found.extend(_capitals_described(doc, gaz, {(s.start, s.end) for s in found}))
    found.sort(key=lambda s: s.start)
    doc.add("place", _short_forms(found))
    return doc


# "the Russian capital", "the Tajik capital": the capital city of the country the adjective names
CAPITAL_DESCRIBED = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+capital\b(?!\s+(?:city\s+)?of\b)")


def _capitals_described(doc: Doc, gaz: Any, taken: set[tuple[int, int]]) -> list[Span]:
    """Returns a place for each "the Russian capital": the country's capital, named so."""
    out = []
    for m in CAPITAL_DESCRIBED.finditer(doc.text):
        country = doc.at("country", m.start(1))
        if country is None or country.data.get("kind") != "adjective":
            continue
        city = gaz.capital_of(str(country.value))
        if city is None or (m.start(), m.end()) in taken:
            continue
        data = _place_data(city) | {"described": True}
        out.append(Span(m.start(), m.end(), "place", city.name, data))
    return out


def _place_data(place: Any) -> dict[str, Any]:
    """Returns what a place mention carries of a gazetteer place."""
    return {
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "kind": place.kind,
        "geonames_id": place.geonames_id,
        "population": place.population,
    }


def _short_forms(found: list[Span]) -> list[Span]:
    """Places a short name as the report's full name of it ("Newcastle" of "Newcastle upon Tyne")."""
    full = {str(s.value): s for s in found if " " in str(s.value) or "-" in str(s.value)}
    if not full:
        return found
    for s in found:
        name = str(s.value)
        longer = next(
            (f for key, f in full.items() if key.startswith((name + " ", name + "-"))), None
        )
        if longer is not None and longer.data.get("country") != s.data.get("country"):
            s.data = dict(longer.data)
    return found


PLACE_BEFORE = re.compile(
    r"\b(?:in|to|from|at|near|visited|visiting|toured|(?:city|town|village) of)\s+$"
)
PLACE_AFTER = re.compile(r"\s*(?:$|[.,;:)]|\s(?:and|in|on|at|for|to|with|from|last|this|next)\b)")


def _placed(text: str, start: int, end: int) -> bool:
    """True for "in Nelson." or "to Hastings, where", or "Concord, California,": a common name
    its context makes a place."""
    if STATE_AFTER.match(text, end):
        return True
    return bool(PLACE_BEFORE.search(text, max(0, start - 20), start)) and bool(
        PLACE_AFTER.match(text, end)
    )


# "Concord, California," "Mission, Texas": a town named with its state
STATE_AFTER = re.compile(
    r",\s+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|"
    r"New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|"
    r"Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|"
    r"Washington|West Virginia|Wisconsin|Wyoming|New South Wales|Queensland|Victoria|Tasmania|"
    r"Ontario|Quebec|British Columbia|Alberta)\b"
)


NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w’'-]*)")
LAST_WORD = re.compile(r"([A-Z][\w’'-]*)[ \t]+$")


def _inside_a_name(text: str, start: int, end: int, candidates: tuple[Any, ...]) -> bool:
    """True for a town known only from the twin-town lists inside a longer capitalized name.

    Those lists name small towns after ordinary words ("Federation", "Mission"): only where
    the name stands alone ("Twyford and Cuincy") is it taken as the town.
    """
    if not candidates or any(c.geonames_id > 0 for c in candidates):
        return False
    after = NEXT_WORD.match(text, end)
    before = LAST_WORD.search(text, max(0, start - 30), start)
    return bool(after) or bool(before and before.group(1) not in OPENERS)


# Capitalized words that may stand before a place name without being part of it.
OPENERS = {"The", "In", "At", "From", "To", "On", "And", "Of", "For", "With", "By", "Near"}


def resolve_country(name: str) -> str | None:
    """Returns the country of a place name through the gazetteer, or None if it is unknown."""
    from amity.registry.gazetteer import Gazetteer

    best = Gazetteer.load().best(name)
    return best.country if best else None
