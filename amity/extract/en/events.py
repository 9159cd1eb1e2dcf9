"""Events: forums, visits, meetings, signings, trainings, volunteer teams, cultural events,
foundings and aid, each with its dates, place, organizers, participants and countries.

This module holds the component and the drafts of the events each item reports; the type of an
event lives in event_types and the building of its record from a draft in event_records.
"""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en import cues
from amity.extract.en.editions import edition_events
from amity.extract.en.event_dates import began_date, is_headline, lead_date, sentence_date
from amity.extract.en.event_parts import event_title, list_titles
from amity.extract.en.event_records import build
from amity.extract.en.event_start import (
    FUTURE_ONLY,
    GOES_HOME,
    TRIP,
    Draft,
    _founded_org,
    _is_background,
    back_subject,
    starts_event,
    sub_event,
)
from amity.extract.en.lexicon import EVENT_HEADS
from amity.extract.en.rosters import header_body
from amity.extract.en.second_events import second_events
from amity.extract.en.sub_events import sub_forums

__all__ = ["Draft", "FUTURE_ONLY", "is_headline", "lead_date", "sentence_date", "starts_event"]


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
        if current is None and not out and previous and _back_subject(doc, sent, previous):
            previous.support.append(sent)  # "The forum, held from December 7 to 9, ..."
            date = sentence_date(doc, sent)
            if date is not None and (previous.start is None or date.value.day2):
                previous.start, previous.end = date.value.iso()  # its days, told now
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


def _back_subject(doc: Doc, sent: Span, previous: Draft) -> bool:
    """True for a paragraph opening "The forum, ..." after a paragraph told of a forum, not
    of another year ("The forum ... was first held in Beijing in August 2012")."""
    if not back_subject(doc.text[sent.start : sent.end], previous.title):
        return False
    date = sentence_date(doc, sent)
    own = date.value.iso()[0][:4] if date is not None else None
    return own is None or previous.start is None or previous.start.startswith(own)


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


THE_GROUP = re.compile(
    r"\W*(?:The|This|That|Our)\s+(?:[\w-]+\s+){0,2}(?:group|delegation|visitors|guests|party)\b"
    r"|\W*They\b"
)


def _same_visit(doc: Doc, drafts: list[Draft], records: list[dict[str, Any]], k: int) -> bool:
    """True for "The group ... arrived on Saturday" after the visit it retells was reported with
    the same place and day."""
    rec = records[k]
    if rec["type"] != "visit":
        return False
    if rec["end"] and any(
        j < k
        and other["type"] == "visit"
        and (other["start"], other["end"], other["country"])
        == (rec["start"], rec["end"], rec["country"])
        for j, other in enumerate(records)
    ):
        return True  # the same days, from October 8 to 13, in the same country: the visit again
    if not THE_GROUP.match(doc.text, drafts[k].main.start):
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
        return _minutes_of(doc, item)
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


# "Minutes of the 120th Annual General Meeting" over "Held at the Embassy ... on 12 July 2017"
MINUTES_OF = re.compile(
    r"(?:^|\n)[ \t]*Minutes\s+of\s+(?:the\s+)?(?P<what>[^\n]{3,100}?(?:[Mm]eeting|AGM|Assembly|"
    r"Congress|Conference))[ \t]*(?=\n|$)"
)
HELD_LINE = re.compile(r"\W*(?:Held|Convened|Meeting held)\s+(?:at|in|on)\b")


def _minutes_of(doc: Doc, item: Span) -> Draft | None:
    """Returns the meeting "Minutes of the X Meeting" records, dated by the "Held at ... on"
    line after it."""
    m = MINUTES_OF.search(doc.text, item.start, item.end)
    if m is None:
        return None
    later = [i for i in doc.items if i.start >= item.end][:1]
    if not later or not HELD_LINE.match(doc.text, later[0].start, later[0].end):
        return None
    days = [d for d in doc.in_range("date", later[0].start, later[0].end) if d.value.day]
    if not days:
        return None
    body = header_body(doc)
    title = f"{m['what']} of {body}" if body else m["what"]
    start, end = days[0].value.iso()
    held = Span(later[0].start, later[0].end, "sentence")
    draft = Draft(held, later[0], start, end, title)
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
    extra = (
        edition_events(doc, records, mains)
        + second_events(doc, records, mains, [d.support for d in drafts])
        + sub_forums(doc, records, mains)
    )
    spans = [Span(d.main.start, d.main.end, "event", i) for i, d in enumerate(drafts)]
    for sent, rec in extra:
        spans.append(Span(sent.start, sent.end, "event", len(records)))
        records.append(rec)
    order = sorted(range(len(records)), key=lambda k: spans[k].start)
    doc.records["events"] = [records[k] for k in order]
    doc.add("event", [Span(spans[k].start, spans[k].end, "event", i) for i, k in enumerate(order)])
    return doc
