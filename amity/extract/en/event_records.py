"""Event records: the record of one event built from its draft. This module holds the building of
the record (its type, title, start and end, city and country, organizers, participants and
countries) and the helpers it reads them with: the end a later sentence gives, a visit's title
from where the visitors came, an occasion's title, the host a sentence names and the report's
own home city.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from amity.extract import scan
from amity.extract.components.geo import resolve_country
from amity.extract.doc import Doc, Span
from amity.extract.en import cues
from amity.extract.en.day_anchors import THAT_TIME
from amity.extract.en.event_dates import lead_date, sentence_date
from amity.extract.en.event_parts import organizers_of, participants_of, sentence_countries
from amity.extract.en.event_places import event_place, place_of_agents, said_place
from amity.extract.en.event_start import HOMEWARD, OWN_PART, Draft
from amity.extract.en.event_types import event_type
from amity.extract.en.located import country_of, home_place, report_country
from amity.extract.en.signing_titles import SIGNED_PAPER, signing_title

LASTS_UNTIL = re.compile(
    r"\b(?:last|lasts|lasting|run|runs|running|continue|continues|stay|stays|remain|remains)\s+"
    r"(?:in\s+[A-Z][\w-]*\s+)?(?:to|until|till|through)\s+"
    rf"|\b(?:{HOMEWARD}|due)\s+(?:back\s+(?:home\s+)?|home\s+)"
    # "arrived Saturday and will leave Wednesday": the day the visitors go
    r"|\b(?:will\s+leave|leaves|left|departs|departed|will\s+depart)\s+(?=(?:on\s+)?[A-Z][a-z]+day\b)"
)


def end_from_support(doc: Doc, draft: Draft) -> str | None:
    """Returns an end date stated after the start ("arrived on Friday (12) and will stay until
    Wednesday (17)") or later ("This camp will last to April 29")."""
    for sent in [draft.main, *draft.support]:
        m = scan.search(doc, LASTS_UNTIL, sent.start, sent.end)
        if m:
            for d in doc.in_range("date", m.end(), sent.end):
                end = d.value.iso()[0]
                if draft.start and end <= draft.start and d.data.get("kind") == "rel":
                    end = _week_later(end)  # "fly home on Monday": the Monday after the start
                return end if draft.start is None or end > draft.start else None
    return None


def _week_later(day: str) -> str:
    """Returns the ISO day seven days after an ISO day (a month or year comes back as it is)."""
    if len(day) != 10:
        return day
    return (date.fromisoformat(day) + timedelta(days=7)).isoformat()


# "The week ran from 30 June to 6 July 2024": the days of an event told before by its month
RAN_FROM = re.compile(
    r"\W*(?:The|This|It|That)\b[^.;]{0,40}?\b(?:ran|runs|took place|lasted|was held|is held|"
    r"will run|will take place|will be held)\s+(?:from|between)\s+"
)


def _refine_dates(doc: Doc, draft: Draft) -> None:
    """Gives an event dated by its month the days a following sentence states for it."""
    if not draft.start or len(draft.start) != 7 or not draft.support:
        return
    sent = draft.support[0]
    m = RAN_FROM.match(doc.text, sent.start, sent.end)
    dates = doc.in_range("date", m.end(), sent.end) if m else []
    if not dates or not dates[0].value.day:
        return
    start, end = dates[0].value.iso()
    if draft.start in (start[:7], (end or "")[:7]):
        draft.start, draft.end = start, end


FROM_PLACE = re.compile(
    r"\b(?:from|(?:delegation|group|party)\s+of)\s+(?:the\s+)?"
    r"(?:(?:city|town|district|county)\s+of\s+)?(?=[A-Z])"
)


def _visit_title(doc: Doc, sent: Span, city: str) -> str:
    """Returns a visit's name made of who came and where ("Inagi delegation visit to Foster
    City"), for a sentence that names no event."""
    for m in FROM_PLACE.finditer(doc.text, sent.start, sent.end):
        place = doc.at("place", m.end())
        if place is not None and place.start == m.end() and str(place.value) != city:
            return f"{place.value} delegation visit to {city}"
    return f"visit to {city}"


# "the association's welcome banquet that evening at the Crowne Plaza Hotel"
OCCASION = re.compile(
    r"\b(?:(?:a|an|the|its|their|his|her)\s+)?((?:[\w'’-]+\s+){0,3}?"
    r"(?:reception|banquet|dinner|luncheon|ceremony|concert|festival|talks|courtesy call|"
    r"performance|gala|exhibition|fair|party))\b"
    r"(?:[^.,;]{0,30}?\s((?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de))*))?",
    re.I,
)
OCCASION_LEAD = {"a", "an", "the", "its", "their", "his", "her", "our", "for", "to", "at", "in",
                 "with", "and", "of", "on", "back", "attended", "held", "hosted", "gave", "joined",
                 "before", "after", "previous", "evening", "morning"}  # fmt: skip


def _occasion_title(doc: Doc, sent: Span) -> str | None:
    """Returns the name of a meeting or show a sentence tells of without naming it ("welcome
    banquet at the Crowne Plaza Hotel")."""
    m = OCCASION.search(doc.text, sent.start, sent.end)
    if m is None:
        return None
    words = m.group(1).split()
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if w.lower() in OCCASION_LEAD), default=0)
    words = words[cut:]  # "delegation paid a courtesy call": what follows the last "a"
    while len(words) > 1 and words[0][:1].isdigit():
        words = words[1:]
    if len(words) < 2 and not m.group(2):
        return None  # a bare "ceremony" says less than the sentence's opening words
    return " ".join(words + ([m.group(2).rstrip(".")] if m.group(2) else []))


TRAVELLED = re.compile(
    r"\b(?:visit(?:ed|ing)?|arriv\w+|travel\w*|trip|came to|went to|tour(?:ed)?|flew)\b", re.I
)
# A title that is a clause or a when ("city agreement was signed at an online ceremony",
# "partnership agreement on 8 September"), not a name
CLAUSE_TITLE = re.compile(r"\b(?:was|were|signed|has|have|had)\b|\b(?:on|at)\s+(?:\d|an?\b|the\b)")


def _title_place(doc: Doc, draft: Draft) -> tuple[str | None, str | None]:
    """Returns a city the event's own name carries ("SCO Media Beijing Forum")."""
    if draft.title_span is None:
        return None, None
    for p in doc.in_range("place", *draft.title_span):
        if doc.text[max(0, p.start - 5) : p.start].lower().endswith(("from ", "with ")):
            continue  # "guests from Brookfield" came from there; the event was not there
        if doc.text.startswith(" World", p.end):
            continue  # "the Rugby World Cup": a sport's name, not a town
        if p.data.get("kind") == "city" and p.data.get("country"):
            return str(p.value), str(p.data["country"])
    return None, None


HOSTING = re.compile(
    r"\b(?:hosted|hosts|welcomed|welcomes|received|receives|receiving|reception|welcome (?:function|dinner|party)|"
    r"our (?:city|town|district|county|shire)|(?:in|to) the city)\b",
    re.I,
)


def _at_home(doc: Doc, sent: Span) -> bool:
    """True for a sentence that names no place but the report's own city, or only where guests
    came from ("Visitors from Yamanashi will be in town"): it happened at home."""
    home, _ = home_place(doc)
    if home is None:
        return False
    for span in doc.in_range("place", sent.start, sent.end) + doc.in_range(
        "country", sent.start, sent.end
    ):
        before = doc.text[max(sent.start, span.start - 6) : span.start].lower()
        if str(span.value) != home and not before.endswith(("from ", "of ")):
            return False
    return True


OUTBOUND = re.compile(
    r"\b(?:went|go|goes|going|travel\w*|visit|visits|visited|visiting|trip|journey|flew|fly|"
    r"left for|leaves? for|headed|abroad|overseas|mission|tour|toured)\b",
    re.I,
)


def _home_city(doc: Doc, sent: Span, country: str | None) -> tuple[str | None, str | None]:
    """Returns the report's own city for an event in its country that names no city and no
    trip away ("the committee gathered on Thursday in the Picasso room"), else (None, country)."""
    home, home_country = home_place(doc)
    if home is None or country not in (None, home_country) or doc.period or doc.get("dateline"):
        return None, country  # a bulletin of a period reports from far and wide
    if scan.search(doc, OUTBOUND, sent.start, sent.end):
        return None, country
    return home, home_country


def _continues(doc: Doc, draft: Draft) -> bool:
    """True if an event's sentence refers back to the trip or group of the one before it."""
    return bool(scan.search(doc, ANAPHORA, draft.main.start, draft.main.end))


def _anchored(doc: Doc, draft: Draft) -> bool:
    """True for an event dated from the day told before it ("That evening", "The next day")."""
    date = sentence_date(doc, draft.main)
    return date is not None and bool(date.data.get("anchored"))


# "Concord, California, hosted a delegation", "Newport Beach Mayor Rush Hill received a
# delegation", "a ceremony held at the Embassy of Poland in Rome": where the event took place
HOSTED_BY_SUBJECT = re.compile(
    r"(?:,\s*[A-Z][\w ]{2,20},)?\s+(?:(?:Mayor|Governor|Lord Mayor|City Council)\s+(?:[A-Z][\w'’-]*\s+){0,3})?"
    r"(?:hosted|received|welcomed|marked|celebrated|hosts|receives|welcomes|marks|celebrates)\b"
)
HELD_AT_IN = re.compile(r"\bheld\s+at\s+(?:the\s+)?[^,.;]{3,80}?\s+in\s+(?=[A-Z])")


def _host_subject(doc: Doc, sent: Span) -> tuple[str, str | None] | None:
    """Returns the place that hosts the event: a sentence's subject that hosted, received or
    marked it, or the city a venue it was held at lies in."""
    held = HELD_AT_IN.search(doc.text, sent.start, sent.end)
    if held:
        place = doc.at("place", held.end())
        if place is not None and place.start == held.end():
            return str(place.value), place.data.get("country")
    lead = lead_date(doc, sent)
    start = lead.end if lead is not None else sent.start
    first = next(iter(doc.in_range("place", start, min(sent.end, start + 40))), None)
    if first is None or doc.text[start : first.start].strip(" ,.") not in ("", "the", "The"):
        return None
    if not HOSTED_BY_SUBJECT.match(doc.text, first.end, sent.end):
        return None
    return str(first.value), first.data.get("country")


WENT_THERE = re.compile(
    r"\b(?:travel(?:l)?ed|went|flew|journeyed|headed|returned|came|go|travel|fly)\s+(?:back\s+)?there\b"
)


def _place_before(doc: Doc, draft: Draft) -> tuple[str | None, str | None]:
    """Returns the last city named before an event's sentence in its paragraph, home excluded."""
    home, _ = home_place(doc)
    item = draft.item
    for p in reversed(doc.in_range("place", item.start, draft.main.start)):
        if p.data.get("kind") == "city" and str(p.value) != home:
            return str(p.value), p.data.get("country")
    return None, None


def _country_in_doc(doc: Doc, city: str) -> str | None:
    """Returns the country the report's own mentions of a place gave it (Penrith AU, not GB)."""
    for p in doc.get("place"):
        if str(p.value) == city and p.data.get("country"):
            return str(p.data["country"])
    return None


ANAPHORA = re.compile(
    r"\b(?:the|their|its|this) (?:trip|visit|tour|stay|delegation|visitors|guests|programme|program)\b"
    r"|\b(?:they|the group|the students)\b",
    re.I,
)


def build(doc: Doc, draft: Draft, before: Draft | None = None) -> dict[str, Any]:
    """Returns the event record of a draft (`before`: the event reported just before it)."""
    draft.type = event_type(doc, draft)
    if (
        draft.type == "visit"
        and scan.search(doc, OWN_PART, draft.main.start, draft.main.end)
        and (draft.part or not scan.search(doc, TRAVELLED, draft.main.start, draft.main.end))
    ):
        draft.type = "meeting"  # "the rector received the delegation": a meeting on the visit
    if draft.type == "signing" and (
        draft.title_span is None
        or CLAUSE_TITLE.search(draft.title)
        or not SIGNED_PAPER.search(draft.title)  # "at a ceremony": not what was signed
    ):
        draft.title = signing_title(doc, draft.main) or draft.title
    sents = [draft.main] + [
        s
        for s in draft.support
        if not scan.search_in(doc, cues.BACKGROUND, doc.text[s.start : s.end], s.start)
    ]
    city, country = event_place(doc, draft.main, draft.type, draft.title_span)
    hosted = _host_subject(doc, draft.main) if city is None else None
    if hosted:
        city, country = hosted
    if city is None and scan.search(doc, WENT_THERE, draft.main.start, draft.main.end):
        city, country = _place_before(doc, draft)  # "a party travelled there": the place just named
    organizers = organizers_of(doc, [draft.main] + draft.support, draft.title_span)
    if city is None and country is None:
        city, country = _title_place(doc, draft)
    if city is None and country is None:
        city, country = said_place(doc, sents[1:])
    if city is None and country is None and draft.base is not None and draft.inherited_date:
        city, country = draft.base.place  # a sub-event takes place where its parent does
    if city is None and country is None:
        city, country = place_of_agents(doc, organizers)
    if city is None and country is None and before is not None and _continues(doc, draft):
        city, country = before.place  # "the centrepiece of the trip is a ceremony on 16 April"
    if (
        city is None
        and country is None
        and scan.search(doc, HOSTING, draft.main.start, draft.main.end)
    ):
        city, country = home_place(doc)
    elif city and country is None:
        country = _country_in_doc(doc, city) or country_of(doc, city) or resolve_country(city)
    if city is None and country is None and _at_home(doc, draft.main):
        city, country = home_place(doc)
    if country is None and not doc.in_range("country", draft.main.start, draft.main.end):
        country = report_country(doc)  # nothing says otherwise: where the report speaks from
    if before is not None and THAT_TIME.search(doc.text, draft.main.start, draft.main.end):
        city, country = before.place  # "On that occasion ...": where the event before happened
    if city is None and before is not None and draft.type != "visit" and _anchored(doc, draft):
        city, country = before.place  # "That evening he spoke at a reception": where that day was
    if city is None:
        city, country = _home_city(doc, draft.main, country)
    draft.place = (city, country)
    countries = sentence_countries(doc, sents)
    if country and country not in countries:
        countries.append(country)
    _refine_dates(doc, draft)
    if draft.type == "visit" and draft.title_span is None and city:
        draft.title = _visit_title(doc, draft.main, city)
    elif draft.title_span is None and draft.type in ("meeting", "culture"):
        draft.title = _occasion_title(doc, draft.main) or draft.title
    end = draft.end or end_from_support(doc, draft)
    return {
        "type": draft.type,
        "title": draft.title,
        "start": draft.start,
        "end": end if end != draft.start else None,
        "city": city,
        "country": country,
        "organizers": organizers,
        "participants": participants_of(doc, [draft.main] + draft.support),
        "countries": countries,
        "span": [draft.main.start, draft.main.end],
        "confidence": 0.7 if draft.start else 0.5,
    }
