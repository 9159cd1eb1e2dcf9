"""Second events in the sentence of an event: a visit that goes on to another place ("will lead a
delegation to Seattle and will go to Adelaide", "she will also call on Songpa-gu") and a named
forum or festival a visit went to ("in Korea for the New Cities Summit in Songdo")."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en import cues
from amity.extract.en.event_dates import days_in_month

# "and will go to Adelaide", "and to visit Sichuan Province", "she will also call on Songpa-gu"
ONWARD = re.compile(
    r"(?:\band\s+(?:will\s+|to\s+)?(?:also\s+)?|\bwill\s+also\s+|,\s+(?:then\s+)?)"
    r"(?:go|travel|fly|head|visit|call on|stop in|continue)\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
)
# "for the New Cities Summit in Songdo", "to attend the Stadtmauerfest"
NAMED = re.compile(
    r"\b(?:for|at|attend|attended|attending|joined|join|took\s+part\s+in|participated\s+in|marched\s+in)"
    r"\s+(?:the|an?)\s+(?P<name>(?:\d+\w*\s+)?(?:[A-Z][\w'’-]*\s+){0,6}?"
    r"(?:[a-z]+\s+)?(?P<head>Summit|Forum|Conference|Festival|Expo|EXPO|Congress|Symposium|Fair|Games|"
    r"Exhibition|Matsuri|Carnival|Fiesta|Parade|conference|forum|summit|festival|[A-Z][a-z]+fest))"
    r"(?:\s+in\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
)


def second_events(
    doc: Doc,
    records: list[dict[str, Any]],
    mains: list[Span],
    supports: list[list[Span]] | None = None,
) -> list[tuple[Span, dict[str, Any]]]:
    """Returns (sentence, record) of the further events the sentences of visits state; a named
    festival or forum a visit went to may be told in any of its sentences."""
    out = []
    for k, (sent, rec) in enumerate(zip(mains, records, strict=True)):
        text = doc.text[sent.start : sent.end]
        for m in ONWARD.finditer(text):
            place = _known(doc, sent.start + m.start("place"), m.group("place"))
            if place and place[0] != rec.get("city"):
                out.append((sent, _copy(rec, "visit", f"visit to {place[0]}", *place)))
        out.extend(_during(doc, sent, rec))
        out.extend(_coordinated(doc, sent, rec))
        out.extend(_signed_after(doc, sent, rec))
        if rec["type"] != "visit":
            continue
        for told in [sent, *(supports[k] if supports else [])]:
            out.extend(_named_events(doc, told, rec))
    return out


def _named_events(doc: Doc, sent: Span, rec: dict[str, Any]) -> list[tuple[Span, dict[str, Any]]]:
    """Returns the named festivals and forums a visit's sentence says it went to."""
    out = []
    text = doc.text[sent.start : sent.end]
    for m in NAMED.finditer(text):
        name = m.group("name").strip()
        if name.lower() in (rec.get("title") or "").lower():
            continue
        head = m.group("head").lower()
        festive = head.endswith("fest") or head in ("matsuri", "carnival", "fiesta", "parade")
        kind = "culture" if festive else cues.HEAD_TYPE.get(head, "forum")
        city = m.group("place")
        known = _known(doc, sent.start + m.start("place"), city) if city else None
        country = known[1] if known else None
        named = _copy(rec, kind, name, city or rec.get("city"), country or rec.get("country"))
        own = [d for d in doc.in_range("date", sent.start + m.end(), sent.end) if d.value.day]
        if own and own[0].start - (sent.start + m.end()) < 80:
            named["start"], named["end"] = own[0].value.iso()  # "which runs from 6 to 8 September"
        out.append((sent, named))
    return out


# "at the Awards Dinner on July 15, during SCI's 61st Annual Conference and Leadership Summit,
# which was held in Virginia Beach from July 12 to 15": the larger event around this one
DURING = re.compile(
    r"\bduring\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)(?P<name>(?:\d+\w*\s+)?(?:[A-Z][\w'’-]*\s+){0,5}?"
    r"(?P<head>Summit|Forum|Conference|Festival|Congress|Symposium|Convention|Expo|Games)"
    r"(?:\s+(?:and|of|on|for)\s+(?:[A-Z][\w'’-]*\s*){1,4})?)"
)


SMALLER = re.compile(
    r"\b(?:at|to|for)\s+(?:a|an|the)\s+(?P<title>(?:[\w'’-]+\s+){0,5}?(?P<head>reception|dinner|"
    r"ceremony|concert|banquet|gala|luncheon|exhibition|performance))\b"
)


def _during(doc: Doc, sent: Span, rec: dict[str, Any]) -> list[tuple[Span, dict[str, Any]]]:
    """Returns the named event another one took place during, dated by its own dates if given."""
    m = scan.search(doc, DURING, sent.start, sent.end)
    if m is None or rec["type"] == "visit":
        return []
    name = m.group("name").strip()
    if (
        name.lower() in (rec.get("title") or "").lower()
        or (rec.get("title") or "").lower() in name.lower()
    ):
        inner = SMALLER.search(doc.text, sent.start, m.start())
        if inner is None:
            return []
        # the sentence's own event is the dinner or reception held during the named one
        rec["title"] = inner.group("title")
        rec["type"] = cues.HEAD_TYPE.get(inner.group("head").lower(), "meeting")
    head = m.group("head").lower()
    other = _copy(rec, cues.HEAD_TYPE.get(head, "forum"), name, rec.get("city"), rec.get("country"))
    dates = doc.in_range("date", m.end(), sent.end)
    if dates and dates[0].value.is_range:
        other["start"], other["end"] = dates[0].value.iso()
    places = [p for p in doc.in_range("place", m.end(), sent.end)]
    if places:
        other["city"], other["country"] = str(places[0].value), places[0].data.get("country")
    return [(sent, other)]


# "X will hold Days of Russian Culture in June, the town announced after a cultural cooperation
# agreement was signed in Kavarna on Monday": the signing is an event of its own, on its own day
SIGNED_AFTER = re.compile(
    r"\b(?:after|when|as)\s+(?:a|an|the)\s+(?P<paper>(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|memorandum|accord|protocol|treaty|charter|declaration)"
    r"(?:\s+(?:of|on)\s+[\w ]{1,30}?)?)\s+(?:was|were|had been)\s+signed\b"
    r"(?:\s+in\s+(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)))?",
    re.I,
)


def _signed_after(doc: Doc, sent: Span, rec: dict[str, Any]) -> list[tuple[Span, dict[str, Any]]]:
    """Returns the signing a clause of another event's sentence tells with its own date."""
    m = scan.search(doc, SIGNED_AFTER, sent.start, sent.end)
    dates = doc.in_range("date", m.end(), sent.end) if m else []
    if m is None or not dates or rec["start"] == dates[0].value.iso()[0]:
        return []
    place = _known(doc, m.start("place"), m.group("place")) if m.group("place") else None
    signing = _copy(
        rec,
        "signing",
        f"signing of the {m.group('paper').strip()}",
        place[0] if place else rec.get("city"),
        place[1] if place else rec.get("country"),
    )
    signing["start"], signing["end"] = dates[0].value.iso()
    if rec["type"] == "signing":
        culture = dict(cues.TYPE_RX)["culture"]
        rec["type"] = "culture" if culture.search(rec["title"] or "") else "other"
    return [(sent, signing)]


# ", and a Sawbridgeworth group will travel to Moosburg from 19-22 October", "and to Wuhan ... in
# 2015": a second clause with a journey and a date of its own
CLAUSE = re.compile(r",\s+(?:and|while|whereas|but)\s+|;\s+(?:and\s+)?|\s+and\s+(?=to\s+[A-Z])")
JOURNEY = re.compile(
    r"\b(?:travel(?:l?ed|s|l?ing)?|went|go(?:es|ing)?|c[oa]me|comes|coming|visit(?:ed|s|ing)?|"
    r"stay(?:ed|s|ing)?|arriv(?:e|ed|es|ing)|return(?:ed|s|ing)?|made the trip|head(?:ed|s|ing)?|"
    r"flew|fly|welcom(?:e|ed|es|ing)|host(?:ed|s|ing)?|sp[ae]nt|spend(?:s|ing)?)\b"
)

# "will stay ... until March 27" ends the same stay; "the 2019 Rugby World Cup" names another thing
NOT_OWN_DATE = re.compile(r"\b(?:until|till|through|the|to)\s+$|['’]s\s+$")

DATE_OPENS = re.compile(r"(?:(?:earlier|later|then|and)\s+)?(?:in|on|at|during)\s+(?:the\s+)?")
TOWARD = re.compile(r"\b(?:to|in|at)\s+$")


def _coordinated(doc: Doc, sent: Span, rec: dict[str, Any]) -> list[tuple[Span, dict[str, Any]]]:
    """Returns the journeys a sentence's later clauses tell with dates of their own."""
    out: list[tuple[Span, dict[str, Any]]] = []
    splits = list(CLAUSE.finditer(doc.text, sent.start, sent.end))
    for k, m in enumerate(splits):
        clause_end = splits[k + 1].start() if k + 1 < len(splits) else sent.end
        dates = doc.in_range("date", m.end(), clause_end)  # a later clause's date is its own
        if not dates or not doc.in_range("date", sent.start, m.start()):
            continue
        start, end = days_in_month(dates[0], dates[1:]).value.iso()
        elliptic = m.group().strip() == "and"
        # the journey's verb, before its date, or after a date that opens the clause ("; in
        # August the Omura students come to San Carlos")
        opens = DATE_OPENS.fullmatch(doc.text, m.end(), dates[0].start) is not None
        reach = min(clause_end, dates[0].end + 90) if opens else dates[0].start
        verb = JOURNEY.search(doc.text, m.end(), reach)
        if (
            start == rec.get("start")
            or not ((elliptic and rec["type"] == "visit") or verb)
            or NOT_OWN_DATE.search(doc.text, m.end(), dates[0].start)
            or (verb and doc.text.startswith(" home", verb.end()))
        ):
            continue
        places = [
            p
            for p in doc.in_range("place", m.end(), clause_end)
            if TOWARD.search(doc.text, max(m.end(), p.start - 4), p.start)
        ]
        city = str(places[0].value) if places else rec.get("city")
        country = places[0].data.get("country") if places else rec.get("country")
        title = f"visit to {city}" if city else rec["title"]
        journey = _copy(rec, "visit", title, city, country)
        journey["start"], journey["end"] = start, end
        out.append((sent, journey))
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
