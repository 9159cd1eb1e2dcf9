"""Events: forums, visits, meetings, signings, trainings, volunteer teams, cultural events,
foundings and aid, each with its dates, place, organizers, participants and countries."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from amity.extract import scan
from amity.extract.components.geo import resolve_country
from amity.extract.doc import Doc, Span
from amity.extract.en import cues
from amity.extract.en.day_anchors import THAT_TIME
from amity.extract.en.editions import edition_events
from amity.extract.en.event_dates import began_date, is_headline, lead_date, sentence_date
from amity.extract.en.event_parts import (
    event_place,
    event_title,
    list_titles,
    organizers_of,
    participants_of,
    place_of_agents,
    said_place,
    sentence_countries,
)
from amity.extract.en.event_start import (
    FUTURE_ONLY,
    GOES_HOME,
    HOMEWARD,
    OWN_PART,
    TRIP,
    Draft,
    _founded_org,
    _is_background,
    starts_event,
    sub_event,
)
from amity.extract.en.lexicon import EVENT_HEADS
from amity.extract.en.located import country_of, home_place, report_country
from amity.extract.en.rosters import header_body
from amity.extract.en.second_events import second_events
from amity.extract.en.signing_titles import SIGNED_PAPER, signing_title

__all__ = ["Draft", "FUTURE_ONLY", "is_headline", "lead_date", "sentence_date", "starts_event"]


RECEIVED_AT = re.compile(
    r"\b(?:reception|banquet|dinner|buffet|barbecue|luncheon|p[oō]whiri|p[oō]hiri|welcome function|"
    r"civic welcome)\b"
)
JOURNEY = re.compile(
    r"\b(?:travel\w*|arriv\w*|visited|toured|trip|journey|flew|went to|came to|spent|stay\w*|tour)\b"
)


def event_type(doc: Doc, draft: Draft) -> str:
    """Returns the RECORDS.md type of an event from its title head and its main sentence."""
    text = doc.text[draft.main.start : draft.main.end].lower()
    title = draft.title.lower()
    travels = re.search(
        r"\b(?:visited|paid (?:an? )?(?:official |working |friendly )?visit|arrived in|study tour|toured"
        r"|(?:hosted|welcomed|received) (?:a|an|the) (?:[\w-]+ ){0,3}(?:group|delegation|party)"
        r"|(?:travel(?:s|led|ed)?|trip|journey) to|arrives? in|(?:flies|fly|flew|sets?) (?:out|off)"
        r"|spen[dt]s? (?:a|an|one|two|three|four|five|six|several|ten|\d+) (?:days?|nights?|weeks?|months?) in"
        r"|made (?:the|a|an|his|her|their) (?:\w+ )?(?:trip|journey|visit)"
        r"|(?:delegat\w+|visitors|guests|group|party) from (?:[\w-]+ ){1,3}arrived"
        r"|(?:came|went|flew) (?:back )?to\b(?=.{0,80}\b(?:delegation|group|party)\b)"
        r"|\b(?:delegation|group|party)\b.{0,80}\b(?:came|went|flew) (?:back )?to)\b",
        text,
    ) or scan.search(doc, GOES_TO, draft.main.start, draft.main.end)
    team = re.search(
        r"\b(?:volunteers?|(?:medical|aid|rescue|relief) (?:\w+ )?team|team of (?:[\w-]+ ){0,3}?"
        r"(?:medical|doctors|medics|nurses|volunteers))\b.{0,60}arrived",
        text,
    )
    if travels and not team and RECEIVED_AT.search(text) and not JOURNEY.search(text):
        return "meeting"  # "received the party at a Mayor's reception": the reception, no journey
    if travels and not team:
        if not re.search(
            r"\b(?:attended|presented)\s+the\b.{0,80}\b(?:forum|conference|summit)", text
        ):
            return "visit"
    if re.search(r"\bmet with\b|\bmeets?\b|\bmet\b|\breceived\b", text) and not _has_head(title):
        return "meeting"
    main = draft.main
    for kind, rx in cues.TYPE_RX[:3]:
        # text is the sentence lower-cased: rx (case-blind) cannot match without its words.
        if scan.may_match(doc, rx, main.start, main.end) and rx.search(text):
            if (
                kind == "founding"
                and _has_head(title)
                and not re.search(
                    r"inaugura|found|set up|accept|admitted", title + " " + text[:200]
                )
            ):
                continue
            return kind
    head = _title_head(title)
    if head == "meeting" and NAMED_MEETING.search(draft.title):
        return "forum"  # "the 26th Meeting of Mayors of Cities of ...": a gathering of many
    if head:
        return cues.HEAD_TYPE[head]
    for kind, rx in cues.TYPE_RX[3:]:
        if scan.may_match(doc, rx, main.start, main.end) and rx.search(text):
            return kind
    return "other"


# "will send a group of its young farmers to Mitoyo", "Eight students are due to come to Tsuyama",
# "12 pupils went to Dinslaken": people going to a named place.
GOES_TO = re.compile(
    r"\b(?:send|sends|sent|will send)\s+(?:a|an|its|their|our|the|\d+|[a-z]+ty(?:-[a-z]+)?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:group|party|delegation|students|pupils|people|members|farmers)\b"
    r"[^.;]{0,60}?\bto\s+(?:its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}?[A-Z]"
    r"|\b(?:group|party|delegation|students|pupils|people|members|farmers|visitors)\b[^.;]{0,60}?"
    r"\b(?:come|comes|came|go|goes|went|travel|travels|fly|flies)\s+(?:back\s+)?to\s+(?:the\s+)?[A-Z]"
    r"|\b(?:delegation|group|party)\b[^.;]{0,80}?\b(?:was|were|will be) in\s+[A-Z]"
    r"|\b(?:delegation|group|party)\s+(?:came|comes|will come)\s+over\b"
)


NAMED_MEETING = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth)\b[^.]{0,60}?(?<!General )\bMeetings?\b"
    r"|\bMeetings? of (?:the\s+)?(?:Mayors|Cities|Heads|Governors|Leaders|Municipalities)\b"
    r"|\b(?:City|Cities|Mayors['’]?|Municipal) Meetings?\b"
)


def _has_head(title: str) -> bool:
    return _title_head(title) is not None


def _title_head(title: str) -> str | None:
    """Returns the event head noun of a title ("forum" of "Forum on Social Welfare")."""
    words: list[str] = re.findall(r"[a-z][a-z-]*", title.lower())
    cut = next(
        (k for k, w in enumerate(words) if w in ("of", "on", "for", "themed", "under") and k > 0),
        len(words),
    )
    heads = [w for w in words if w in cues.HEAD_TYPE and (w != "week" or _named_week(title))]
    for w in reversed(words[:cut]):
        if w in heads:
            return w
    return heads[0] if heads else None


def _named_week(title: str) -> bool:
    """True for a week that is an event ("Culture Week"), not a span of time ("of the week")."""
    return bool(
        re.search(
            r"\b(?:cultur\w*|friendship|arts?|film|food|music|fashion|tourism|\w+ese|\w+ian)\s+week\b",
            title,
        )
    )


def drafts_of_item(
    doc: Doc, item: Span, previous: Draft | None, section: Span | None = None
) -> list[Draft]:
    """Returns the events an item (paragraph) reports, with their supporting sentences."""
    out: list[Draft] = []
    current: Draft | None = None
    for sent in doc.sentences_in(item.start, item.end):
        if GOES_HOME.match(doc.text, sent.start, sent.end):
            continue  # the end of a visit: added to it once all are found
        heading = None if out or current else _date_heading(doc, sent)
        if heading is not None:
            section = heading  # "Oct. 1 - Salisbury." heads the item's news
            continue
        if (
            section is not None
            and not out
            and _section_event(doc, sent)
            and _leads(doc, sent, section)
        ):
            current = _draft(doc, sent, item, *event_title(doc, sent), None)
            current.start, current.end = section.value.iso()
            out.append(current)
            continue
        listed = list_titles(doc, sent)
        if listed and (current or previous or sentence_date(doc, sent)):
            base = current or previous
            for title, span in listed:
                out.append(_draft(doc, sent, item, title, span, base))
            current = out[-1] if len(listed) == 1 else current
            continue
        if starts_event(doc, sent, current):
            current = _draft(
                doc,
                sent,
                item,
                *event_title(doc, sent),
                current or (previous if _same_time(doc, sent) else None),
            )
            out.append(current)
        elif sub_event(doc, sent, current or previous):
            # "In San Diego, he will attend a reception": dated by the trip it is part of
            out.append(_draft(doc, sent, item, *event_title(doc, sent), current or previous))
            out[-1].part = True
        elif current:
            current.support.append(sent)
        elif previous is not None and not out and _refers_back(doc, sent):
            previous.support.append(sent)  # "More than 180 officials attended the conference."
    return out


NEWS_LEAD = re.compile(
    r"\W*(?!(?:It|This|That|There|These|Those|We|Our|As|In|If|When|While|With)\b)[A-Z]"
    r"[^.]*\b(?:arrived|visited|signed|held|opened|welcomed|hosted|received|met|toured|launched|"
    r"(?:has|have) (?:arrived|visited|signed|held|opened|welcomed|hosted|received|met|launched)|"
    r"put (?:their|his|her) (?:names?|signatures?) to)\b"
)


def _leads(doc: Doc, sent: Span, section: Span) -> bool:
    """True unless the date is the report's own and the sentence is no news lead ("X has arrived")."""
    if section.data.get("kind") != "published":
        return True
    return bool(NEWS_LEAD.match(doc.text, sent.start, sent.end))


BACK_REFERENCE = re.compile(
    r"\b(?:the|this) (?:conference|forum|meeting|summit|symposium|seminar|visit|delegation|event|"
    r"camp|festival|ceremony|exhibition|reception|tour|trip|programme|program|memorandum|agreement|"
    r"signing)\b",
    re.I,
)


def _refers_back(doc: Doc, sent: Span) -> bool:
    """True for an undated sentence of a new paragraph that is about the event just told."""
    return sentence_date(doc, sent) is None and bool(
        scan.search(doc, BACK_REFERENCE, sent.start, sent.end)
    )


def _section_event(doc: Doc, sent: Span) -> bool:
    """True for an undated sentence that reports a deed, under a bulletin's dateline."""
    text = doc.text[sent.start : sent.end]
    if sentence_date(doc, sent) is not None or _is_background(doc, text, sent.start):
        return False
    return bool(scan.search_in(doc, cues.ANY_CUE, text, sent.start)) and bool(
        scan.search_in(doc, cues.HAPPENED, text, sent.start)
    )


DATE_HEADING_REST = re.compile(
    r"\s*(?:[-–—:|]\s*(?:[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,3})?)?\s*\.?\s*"
)


def _date_heading(doc: Doc, sent: Span) -> Span | None:
    """Returns the date of a sentence that is only a date and a place ("Oct. 14-17 - Fair Hill,
    Elkton."), heading the news after it."""
    dates = doc.in_range("date", sent.start, sent.end)
    if len(dates) != 1 or doc.text[sent.start : dates[0].start].strip(" -•*\t"):
        return None
    if not dates[0].value.day or not DATE_HEADING_REST.fullmatch(doc.text, dates[0].end, sent.end):
        return None
    rest = re.findall(r"[\w-]+", doc.text[dates[0].end : sent.end].lower())
    if any(w in EVENT_HEADS or w.rsplit("-", 1)[-1] in EVENT_HEADS for w in rest):
        return None  # "4 October - Mid-Autumn Festival.": the event's own name
    return dates[0]


def _same_time(doc: Doc, sent: Span) -> bool:
    """True for a sentence that reports something happening at the same time as the one before."""
    return bool(scan.search_in(doc, cues.SAME_TIME, doc.text[sent.start : sent.end], sent.start))


def _draft(
    doc: Doc,
    sent: Span,
    item: Span,
    title: str | None,
    span: tuple[int, int] | None,
    base: Draft | None,
) -> Draft:
    date = sentence_date(doc, sent)
    start, end = date.value.iso() if date else (None, None)
    began = began_date(doc, sent)
    if began is not None and start and began.value.iso()[0] < start:
        start, end = (
            began.value.iso()[0],
            start,
        )  # "completed on Wednesday a visit that began on Monday"
    inherited = False
    if start is None and base is not None:
        start, end, inherited = base.start, base.end, True
    text = doc.text[sent.start : sent.end]
    founded = None if title else _founded_org(doc, sent)
    if founded is not None:
        title, span = f"{founded.value} founded", (founded.start, founded.end)
    title = title or _fallback_title(text)
    return Draft(sent, item, start, end, title, span, inherited_date=inherited, base=base)


NEWS_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z .'’-]+,[^-–—\n]{0,40}?(?:--|—|–|-)\s*(?:[^\n]{0,40}?\b(?:19|20)\d\d\s*(?:--|—|–)\s*)?"
)


# A sentence's opening that only says when, counted from the day before
DAY_ANCHOR_LEAD = re.compile(
    r"^(?:Later\s+)?(?:the\s+same\s+day|that\s+(?:day|morning|afternoon|evening))\s*,?\s*"
    r"|^In\s+the\s+(?:morning|afternoon|evening)\s*,?\s*"
    r"|^(?:Following|After)\s+the\s+(?:meeting|talks|ceremony|signing|reception)\s*,?\s*",
    re.I,
)


def _fallback_title(text: str) -> str:
    """Returns the first words of a sentence, without its dateline and opening date."""
    body = NEWS_DATELINE.sub("", text)  # "CHICAGO, Dec. 5 (Xinhua) -- A delegation ..."
    body = re.sub(r"^\W*(?:On|From|In|During)\s+[^,]{3,30},\s*", "", body)
    body = DAY_ANCHOR_LEAD.sub("", body)  # "Later the same day the governor attended ..."
    return " ".join(body.split()[:12]).rstrip(",;:")


LASTS_UNTIL = re.compile(
    r"\b(?:last|lasts|lasting|run|runs|running|continue|continues|stay|stays|remain|remains)\s+"
    r"(?:in\s+[A-Z][\w-]*\s+)?(?:to|until|till|through)\s+"
    rf"|\b(?:{HOMEWARD}|due)\s+(?:back\s+(?:home\s+)?|home\s+)"
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


THE_GROUP = re.compile(
    r"\W*(?:The|This|That|Our)\s+(?:[\w-]+\s+){0,2}(?:group|delegation|visitors|guests|party)\b"
    r"|\W*They\b"
)


def _same_visit(doc: Doc, drafts: list[Draft], records: list[dict[str, Any]], k: int) -> bool:
    """True for "The group ... arrived on Saturday" after the visit it retells was reported with
    the same place and day."""
    rec = records[k]
    if rec["type"] != "visit" or not THE_GROUP.match(doc.text, drafts[k].main.start):
        return False
    return any(
        j < k
        and other["type"] == "visit"
        and other["city"] == rec["city"]
        and other["start"] == rec["start"]
        for j, other in enumerate(records)
    )


def _restated(drafts: list[Draft], records: list[dict[str, Any]], k: int) -> bool:
    """True for a signing or meeting told as part of an event of its own kind and day: the same
    deed again ("During the meeting, the sides signed ..." after the signing was reported)."""
    rec, base = records[k], drafts[k].base
    if not drafts[k].part or base is None or rec["type"] not in ("signing", "meeting"):
        return False
    j = next((j for j, d in enumerate(drafts) if d is base), None)
    return j is not None and (records[j]["type"], records[j]["start"]) == (
        rec["type"],
        rec["start"],
    )


def _old_signing(doc: Doc, draft: Draft, rec: dict[str, Any]) -> bool:
    """True for a signing recalled from years before the report: a tie's history, not news."""
    year = (doc.published or "")[:4]
    start = str(rec.get("start") or "")[:4]
    if rec["type"] != "signing" or not (year.isdigit() and start.isdigit()):
        return False
    text = doc.text[draft.main.start : draft.main.end]
    return int(start) < int(year) - 1 and not re.search(r"\b(?:ceremony|attended)\b", text)


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


def _news_date(doc: Doc) -> Span | None:
    """Returns the report's own date, to the day, as a section date for its lead sentence."""
    from amity.extract.en.dates import PartialDate

    pub = doc.published or ""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", pub) or doc.get("dateline"):
        return None
    value = PartialDate(int(pub[:4]), int(pub[5:7]), int(pub[8:10]), explicit_year=True)
    return Span(0, 0, "date", value, {"kind": "published"})


def _lead_told(doc: Doc, item: Span, lead: Span | None) -> Span | None:
    """Returns the date a news lead gives ("became sister cities on Saturday"), else the lead's."""
    if lead is None:
        return None
    for sent in doc.sentences_in(item.start, item.end):
        date = sentence_date(doc, sent)
        if date is not None and date.value.day and not date.value.is_range:
            return Span(0, 0, "date", date.value, {"kind": "published"})
    return lead


MEETING_HELD = re.compile(r"\b(?:[Mm]inutes of|[Mm]eeting of)\b[^\n]{0,80}\bheld on\b")
# "Regular Meeting Minutes" over a line that holds only the meeting's date
MINUTES_HEAD = re.compile(
    r"(?P<head>[^\n]*\b(?:[Mm]inutes|MINUTES))[ \t]*\n[ \t]*(?P<date>[^\n]{6,40})$", re.M
)


def _minutes_meeting(doc: Doc, item: Span) -> Draft | None:
    """Returns the meeting a heading "X – Minutes" dated by the line under it records."""
    m = MINUTES_HEAD.match(doc.text, item.start, item.end)
    if m is None:
        return None
    dates = doc.in_range("date", m.start("date"), m.end("date"))
    if not dates or not dates[0].value.day or dates[0].end - dates[0].start < len(m["date"]) - 12:
        return None
    body = re.sub(r"\W*(?:regular\s+|annual\s+)?(?:meeting\s+)?minutes$", "", m["head"], flags=re.I)
    body = body.strip() or header_body(doc) or ""
    title = f"meeting of {body}" if body else "meeting"
    start, end = dates[0].value.iso()
    draft = Draft(Span(item.start, item.end, "sentence"), item, start, end, title)
    draft.type = "meeting"
    return draft


def _add_homecomings(doc: Doc, drafts: list[Draft]) -> None:
    """Adds "The visitors fly home on Monday" to the last visit told before it: its end."""
    for sent in doc.sentences:
        if not GOES_HOME.match(doc.text, sent.start, sent.end):
            continue
        visits = [
            d
            for d in drafts
            if d.main.end <= sent.start and scan.search(doc, TRIP, d.main.start, d.main.end)
        ]
        if visits:
            visits[-1].support.append(sent)


def events(doc: Doc) -> Doc:
    """Fills the events records and "event" mentions (the sentences that state them)."""
    drafts: list[Draft] = []
    previous: Draft | None = None
    lines = doc.get("dateline")
    section: Span | None = None
    lead = _news_date(doc)
    told = 0
    for index, item in enumerate(doc.items):
        inside = [d for d in lines if item.start <= d.start < item.end]
        if inside:
            section = inside[-1]  # a bulletin's dated section starts here
        minutes = _minutes_meeting(doc, item)
        if minutes is not None:
            drafts.append(minutes)
            previous = minutes
            continue
        if is_headline(doc, item, index) and not MEETING_HELD.search(
            doc.text, item.start, item.end
        ):
            continue  # a title line, unless it is "Minutes of the X held on 28 March 2019"
        # A news item's undated lead sentence tells what happened as of the report's date.
        found = drafts_of_item(doc, item, previous, section or lead)
        told += 1
        # A lead that told no deed ("A and B became sister cities on Saturday") dates the deed
        # the next paragraph tells ("The mayors signed the agreement at a ceremony ...").
        lead = _lead_told(doc, item, lead) if not found and not drafts and told < 3 else None
        drafts.extend(found)
        previous = found[-1] if found else previous
    _add_homecomings(doc, drafts)
    records = [build(doc, d, drafts[i - 1] if i else None) for i, d in enumerate(drafts)]
    kept = [
        k
        for k, rec in enumerate(records)
        if not _old_signing(doc, drafts[k], rec)
        and not _restated(drafts, records, k)
        and not _same_visit(doc, drafts, records, k)
    ]
    drafts, records = [drafts[k] for k in kept], [records[k] for k in kept]
    mains = [d.main for d in drafts]
    extra = edition_events(doc, records, mains) + second_events(
        doc, records, mains, [d.support for d in drafts]
    )
    spans = [Span(d.main.start, d.main.end, "event", i) for i, d in enumerate(drafts)]
    for sent, rec in extra:
        spans.append(Span(sent.start, sent.end, "event", len(records)))
        records.append(rec)
    order = sorted(range(len(records)), key=lambda k: spans[k].start)
    doc.records["events"] = [records[k] for k in order]
    doc.add("event", [Span(spans[k].start, spans[k].end, "event", i) for i, k in enumerate(order)])
    return doc
