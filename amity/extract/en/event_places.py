"""Event places: where an event happened, read off its sentences. This module holds the place
of an event (the city a visit went to or "the X Forum in St. Petersburg"), the place a later
sentence gives for it, and the place an event's host stands for ("Adelanto City Council").
"""

from __future__ import annotations

import re

from amity.extract import scan
from amity.extract.components.geo import resolve_country
from amity.extract.doc import Doc, Span
from amity.extract.en.lexicon import ORG_HEADS, PLACE_SUFFIXES


def event_place(
    doc: Doc, sent: Span, kind: str, title_span: tuple[int, int] | None
) -> tuple[str | None, str | None]:
    """Returns (city as written, ISO country) where the event of a sentence took place."""
    text = doc.text
    if title_span:
        after = re.match(
            r"\s+(?:was\s+(?:held|staged)\s+)?(?:in|at)\s+(?:the\s+)?(?=[A-Z])",
            text[title_span[1] : sent.end],
        )
        if after:
            city, country = _place_at(doc, title_span[1] + after.end(), sent.end)
            if city or country:
                return city, country  # "the X Forum in St. Petersburg"
    if kind == "visit":
        city, country = _visit_place(doc, sent)
        if city:
            return city, country
    for m in re.finditer(
        r"\b(?:in|at)\s+(?:the\s+|a\s+)?(?:(?:city|town|village) of\s+)?(?=[A-Z])",
        text[sent.start : sent.end],
    ):
        pos = sent.start + m.end()
        if title_span and title_span[0] <= pos < title_span[1]:
            continue
        before = text[max(sent.start, pos - 40) : pos].lower()
        if re.search(
            r"\b(?:in (?:cooperation|accordance|collaboration|partnership|the name)|at the invitation)\b",
            before[-30:],
        ):
            continue
        if _locates_origin(doc, sent.start, sent.start + m.start(), pos):
            continue
        city, country = _place_at(doc, pos, sent.end)
        if city or country:
            return _city_before(doc, sent.start + m.start()) or (city, country)
    if kind == "visit":
        return None, _destination(doc, sent)
    return None, None


VISIT_TO = re.compile(
    r"\b(?:visit(?:ed|ing|s)?(?:\s+to)?|travel(?:l)?(?:ed|ing|s)?\s+to|trip\s+to|(?:going|heading)\s+to|(?:delegation|group|mission)\s+to|arrived\s+in|arrives?\s+in|went\s+to|"
    r"came\s+to|welcomed\s+to|(?:was|were)\s+hosted\s+in|leaves?\s+for|left\s+for|tour\s+of|toured|heads?\s+to|headed\s+to|flew\s+to|spent\s+[\w\s]{1,20}?\s+in|spend\s+[\w\s]{1,20}?\s+in|"
    r"(?:(?<=visit\s)|(?<=trip\s))(?:that\s+)?(?:[\w.]+\s+){1,4}made\s+to)"
    r"\s+(?:the\s+|its\s+|their\s+|our\s+|[A-Z][\w-]+['’]s\s+)?(?:(?:sister|twin|friendship|partner)\s+city,?\s+(?:of\s+)?|(?:[a-z][\w-]+\s+)?(?:city|town)\s+of\s+)?(?=[A-Z])",
    re.I,
)


def _city_before(doc: Doc, at: int) -> tuple[str, str | None] | None:
    """Returns the city just before "in Hokkaido" ("the City of Chitose in Hokkaido celebrated"):
    the region only places it."""
    for p in doc.in_range("place", max(0, at - 40), at):
        if p.end == at - 1 or p.end == at:
            after = doc.in_range("place", at, at + 40)
            region = after and after[0].data.get("kind") != "city"
            if p.data.get("kind") == "city" and region:
                return str(p.value), p.data.get("country")
    return None


# "a group from Shiroishi City in Miyagi Prefecture", "students from Eniwa, in Hokkaido,"
FROM_NAME = re.compile(
    r"\bfrom\s+(?:(?:the|our|its|their|a|an)\s+)?(?:[\w’'-]+,?\s+){0,4}?(?:[A-Z][\w’'.-]*,?\s+){1,5}$"
)


def _locates_origin(doc: Doc, start: int, at: int, pos: int) -> bool:
    """True for "in Miyagi Prefecture" after "from Shiroishi City": the region only places
    where the visitors come from."""
    region = doc.at("place", pos)
    if region is None or region.start != pos or region.data.get("kind") == "city":
        return False
    m = FROM_NAME.search(doc.text, max(start, at - 80), at)
    return m is not None and not doc.in_range("date", m.start(), at)


HAPPENED_IN = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:signed|held|staged|hosted)\s+in\s+(?:the\s+)?(?=[A-Z])"
    r"|\btook place in\s+(?:the\s+)?(?=[A-Z])"
)


def said_place(doc: Doc, sents: list[Span]) -> tuple[str | None, str | None]:
    """Returns the place a later sentence gives for the event ("The memorandum was signed in
    Taraz by ...")."""
    for sent in sents:
        for m in scan.finditer(doc, HAPPENED_IN, sent.start, sent.end):
            city, country = _place_at(doc, m.end(), sent.end)
            if city or country:
                return city, country
    return None, None


def _visit_place(doc: Doc, sent: Span) -> tuple[str | None, str | None]:
    """Returns the city (and its country) a visit went to: "visited Goulburn", "travelled to Harbin"."""
    for m in scan.finditer(doc, VISIT_TO, sent.start, sent.end):
        city, country = _place_at(doc, m.end(), sent.end)
        if city:
            return city, country
    return None, None


def _place_at(doc: Doc, pos: int, end: int) -> tuple[str | None, str | None]:
    """Reads "Xiamen, Fujian Province", "Bogota, capital of Columbia", "Duanhua School of Phnom Penh"."""
    text = doc.text
    date = doc.at("date", pos)
    if date is not None:
        return None, None
    capital = doc.at("place", pos)
    if capital is not None and capital.data.get("described"):
        return str(capital.value), capital.data.get("country")  # "in the Russian capital"
    m = re.match(r"((?:[A-Z][\w’'.-]*)(?:\s+(?:[A-Z][\w’'.-]*|of(?:\s+the)?|de))*)", text[pos:end])
    if not m:
        return None, None
    run = m.group(1)
    run_end = pos + len(run.rstrip())
    countries = doc.starting("country", pos, run_end + 60)
    parts = [p for p in re.split(r"\s+of\s+(?:the\s+)?", run) if p]
    for offset, part in _with_offsets(run, parts, pos):
        part_clean = part.strip(" .,")
        if doc.at("country", offset):
            return None, doc.value_at("country", offset)
        if _is_org(part_clean):
            inner = _place_inside(doc, offset, offset + len(part))
            if inner:
                return inner  # "at the Frankston Civic Centre": in Frankston
            continue
        country = _near_country(doc, offset + len(part), end) or _place_country(doc, offset)
        if country is None and not _place_like(doc, part_clean, offset):
            continue  # "the SCNZ youth workshop", "Council Chambers": no place
        return part_clean.rstrip("."), country
    return None, (str(countries[0].value) if countries and countries[0].start <= run_end else None)


def _place_inside(doc: Doc, start: int, end: int) -> tuple[str, str | None] | None:
    """Returns the city a venue's name starts with ("Frankston Civic Centre"), if any."""
    for p in doc.in_range("place", start, end):
        if p.start == start and p.data.get("kind") == "city":
            return str(p.value), p.data.get("country")
    return None


def _place_like(doc: Doc, name: str, offset: int) -> bool:
    """True for a name the gazetteer knows there, or one with a place word ("Xicheng District")."""
    if doc.at("place", offset) is not None:
        return True
    words = name.lower().split()
    return bool(words) and (words[-1] in PLACE_SUFFIXES or words[0] in ("city", "town"))


def _with_offsets(run: str, parts: list[str], base: int) -> list[tuple[int, str]]:
    out, k = [], 0
    for p in parts:
        k = run.find(p, k)
        out.append((base + k, p))
        k += len(p)
    return out


def _is_org(name: str) -> bool:
    words = name.lower().split()
    if len(words) > 1 and words[-1] in ("district", "board") and words[-2] == "school":
        return True  # "San Mateo-Foster City School District": a school board, not a place
    return (
        bool(words)
        and (
            words[-1] in ORG_HEADS
            or words[-1]
            in (
                "hall",
                "park",
                "palace",
                "hotel",
                "center",
                "centre",
                "stadium",
                "square",
                "building",
                "venue",
                "museum",
            )
        )
        and words[-1] not in PLACE_SUFFIXES
    )


def _near_country(doc: Doc, pos: int, end: int) -> str | None:
    """Returns a country named right after a place (", Pakistan", " of South Korea", ", capital of Columbia")."""
    m = re.match(
        r"(?:,\s*(?:the\s+)?(?:capital|a city|city|province|town)\s+of\s+|,\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+(?:Province|Region|State|Division|Prefecture|Oblast|County),\s*|,\s*|\s+of\s+|\s+in\s+)(?:the\s+)?",
        doc.text[pos:end],
    )
    if not m:
        return None
    return doc.value_at("country", pos + m.end())


def _place_country(doc: Doc, pos: int) -> str | None:
    place = doc.at("place", pos)
    return (
        str(place.data["country"])
        if place and place.start == pos and place.data.get("country")
        else None
    )


def _destination(doc: Doc, sent: Span) -> str | None:
    """Returns the one country a visit went to ("visited South Africa", "to Pakistan")."""
    text = doc.text
    m = re.search(
        r"\b(?:visited|visit to|visiting|arrived in|trip to|tour (?:of|to)|to)\s+(?:the\s+)?",
        text[sent.start : sent.end],
    )
    if not m:
        return None
    pos = sent.start + m.end()
    dest = [c for c in doc.in_range("country", pos, sent.end) if c.start - pos < 60]
    codes = {
        str(c.value) for c in dest if c.start < pos + 3 or text[pos : c.start].strip(" ,") == ""
    }
    listed = re.match(
        r"[A-Z][\w ,’'-]*?(?:\band\b[^.,;]*)?(?=[.;]|,\s+[a-z]|\s+[a-z])", text[pos : sent.end]
    )
    if listed and sum(1 for c in dest if c.start < pos + len(listed.group())) > 1:
        return None
    return codes.pop() if len(codes) == 1 else None


AGENCY_WORDS = re.compile(
    r"\s+(?:City|Town|Municipal|County|District|Borough|Shire|Metropolitan|Regional)?\s*"
    r"(?:Council|Government|Administration|Hall|Assembly|Office|Akimat|People['’]s Government)\b.*$"
)


def place_of_agents(doc: Doc, agents: list[str]) -> tuple[str | None, str | None]:
    """Returns the place an event's host stands for ("Adelanto City Council" -> Adelanto)."""
    for agent in agents:
        name = AGENCY_WORDS.sub("", agent).strip()
        if (
            not name
            or _is_org(name)
            or name == agent
            and not re.search(r"\b(?:District|City|County|Province|Town)$", name)
        ):
            continue
        country = resolve_country(name)
        if country or re.search(r"\b(?:District|City|County|Town|Borough|Shire)$", name):
            return name, country
    return None, None
