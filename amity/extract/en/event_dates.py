"""When a sentence says its event happened: the date that opens it ("On May 27, ..."), else the one
it gives for what it reports; and which lines are headlines."""

from __future__ import annotations

import re

from amity.extract.doc import Doc, Span
from amity.extract.en import cues


def _memo(doc: Doc, name: str) -> dict[tuple[int, int], Span | None]:
    """Returns a report's memo of one per-sentence date, renewed whenever its dates change."""
    dates = doc.mentions.get("date")
    memo = doc.cache.get((name, 0))
    if memo is None or memo[0] is not dates:
        memo = doc.cache[(name, 0)] = (dates, {})
    return memo[1]  # type: ignore[no-any-return]


def lead_date(doc: Doc, sent: Span) -> Span | None:
    """Returns the date that opens a sentence ("On May 27, ...", "April witnessed ...")."""
    # Several rules ask for a sentence's dates: each is read once per sentence.
    memo, key = _memo(doc, "lead_date"), (sent.start, sent.end)
    if key not in memo:
        memo[key] = _lead_date(doc, sent)
    return memo[key]


# "TASHKENT, 30 May 2013 (UzDaily.com) -- ": the agency's dateline, not the event's date
# "CHICAGO, Dec. 5 (Xinhua) --", "YOKOHAMA, JAPAN – Wednesday, October 17, 2007 –"
AGENCY_DATELINE = re.compile(
    r"\W*[A-Z][A-Z .'’-]+,[^\n]{0,50}?(?:--|—|–|\s-(?=\s))\s*"
    r"(?:[^\n]{0,40}?\b(?:19|20)\d\d\s*(?:--|—|–|\s-(?=\s))\s*)?"
)


def _body_start(doc: Doc, sent: Span) -> int:
    """Returns where a sentence starts after an agency's dateline that opens it."""
    m = AGENCY_DATELINE.match(doc.text, sent.start, sent.end)
    return m.end() if m and doc.in_range("date", sent.start, m.end()) else sent.start


def _lead_date(doc: Doc, sent: Span) -> Span | None:
    start = _body_start(doc, sent)
    head = cues.LEAD.match(doc.text, start, sent.end)
    pos = head.end() if head else start
    for d in doc.in_range("date", start, min(sent.end, pos + 40)):
        if (
            d.start <= pos + 2
            and d.value.month is not None
            or (d.start <= pos + 2 and _year_lead(doc, d))
        ):
            return d
    return None


def _year_lead(doc: Doc, d: Span) -> bool:
    """True for "In 2016," — a bare year that dates what follows."""
    before = doc.text[max(0, d.start - 6) : d.start].lower()
    return (
        d.data.get("kind") == "y"
        and before.rstrip().endswith(("in", "since", "by"))
        and doc.text[d.end : d.end + 1] == ","
    )


def sentence_date(doc: Doc, sent: Span) -> Span | None:
    """Returns the date a sentence gives for what it reports (not years inside names)."""
    memo, key = _memo(doc, "sentence_date"), (sent.start, sent.end)
    if key not in memo:
        memo[key] = _sentence_date(doc, sent)
    return memo[key]


def days_in_month(month: Span, later: list[Span]) -> Span:
    """Returns the days a sentence gives within the month it opens with ("In October 2024 a
    delegation stayed in Ome from 8 to 12 October"), else the month."""
    v = month.value
    if v.day is not None or v.month is None or v.is_range:
        return month
    for d in later:
        if d.value.day and (d.value.year, d.value.month) == (v.year, v.month):
            return d
    return month


def _range_around(day: Span, dates: list[Span]) -> Span:
    """Returns the range of days a sentence also gives around its day ("welcomed last Thursday,
    ... whose stay, from June 29 to July 2"): the whole event's time."""
    if day.data.get("kind") != "rel":
        return day  # "a reception on 12 May during the festival, which ran from 10 to 20 May"
    first, _ = day.value.iso()
    for d in dates:
        start, end = d.value.iso()
        if d is not day and d.value.is_range and end and start <= first <= end and start != end:
            return d
    return day


def _sentence_date(doc: Doc, sent: Span) -> Span | None:
    lead = lead_date(doc, sent)
    if lead:
        return days_in_month(lead, doc.in_range("date", lead.end, sent.end))
    start = _body_start(doc, sent)
    dates = doc.in_range("date", start, sent.end)
    if start > sent.start and dates and all(_is_today(doc, d) for d in dates):
        dates = []  # "KAZAN, 4 March 2024 - ... signed today": the dateline's day
    for d in dates or doc.in_range("date", sent.start, sent.end):
        if d.data.get("kind") == "period" or HISTORY_BEFORE.search(
            doc.text, max(sent.start, d.start - 70), d.start
        ):
            continue  # "which their predecessors first sealed on 12 October 2005": history
        if PERIOD_ENDED.search(doc.text, max(sent.start, d.start - 30), d.start):
            continue  # "the accounts for the year ended 31 December 2016": a book's period
        if BEFORE_DATE.search(doc.text, max(sent.start, d.start - 12), d.start) and not (
            doc.text.startswith("the end", d.start)  # "before the end of the year": by then
        ):
            continue  # "Before this week, the mayors had last met in 2009": not that time
        if _told_on(doc, d, dates):
            continue  # "announced on the 22nd that it had signed ... the day before"
        if d.value.month is not None:
            return _range_around(d, dates)
        if d.data.get("kind") == "rel":
            finer = [e for e in dates if e.start > d.start and e.value.month is not None]
            return finer[0] if finer else d  # "turns 450 this year ... were held last week"
        if _year_lead(doc, d) or re.search(
            r"\b(?:in|since|between|during|(?:spring|summer|autumn|fall|winter) of|back to|dates? from|dating from|as early as|back in)\s+$",
            doc.text[max(0, d.start - 14) : d.start],
            re.I,
        ):
            if not doc.text[d.end : d.end + 2].strip()[:1].isupper():
                return d
    return None


TODAY = re.compile(r"today|tonight|this (?:morning|afternoon|evening)", re.I)


def _is_today(doc: Doc, d: Span) -> bool:
    """True for "today", "this morning": the day the report is dated."""
    return TODAY.fullmatch(doc.text, d.start, d.end) is not None


# "announced on the 22nd that": the day the news was told, not the day of the deed
TOLD_ON = re.compile(
    r"\b(?:announced|said|reported|stated|revealed|told\s+[\w ]{1,30}?)\s+(?:on\s+)?$", re.I
)


THAT_CLAUSE = re.compile(r"\s+that\b")


def _told_on(doc: Doc, d: Span, dates: list[Span]) -> bool:
    """True for the day a report was told on, when a "that" clause after it dates the deed."""
    if not TOLD_ON.search(doc.text, max(0, d.start - 40), d.start):
        return False
    that = THAT_CLAUSE.match(doc.text, d.end)
    return that is not None and any(e.start > d.end for e in dates)


PERIOD_ENDED = re.compile(
    r"\b(?:year|period|quarter|months?)\s+(?:ended|ending|to)\s+$|\b(?:as\s+at|as\s+of)\s+$", re.I
)
BEFORE_DATE = re.compile(r"\b(?:[Bb]efore|[Uu]ntil|[Tt]ill|[Pp]rior to|[Aa]head of)\s+$")
HISTORY_BEFORE = re.compile(
    r"\b(?:which|that|when)\b[^,.;]{0,50}\b(?:first|originally|previously)\b[^,.;]{0,25}$"
)


def is_headline(doc: Doc, item: Span, index: int) -> bool:
    """True for a title line or boilerplate line rather than a sentence of the report."""
    text = doc.text[item.start : item.end]
    return (
        "\n" not in text
        and len(text) < 250
        and not text.rstrip().endswith((".", "。", "”", '"'))
        and (index == 0 or len(text) < 90)
    )


BEGAN = re.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started)\s+(?:on\s+)?$")


def began_date(doc: Doc, sent: Span) -> Span | None:
    """Returns the day "a visit that began on Monday" started, told after the day it ended."""
    for d in doc.in_range("date", sent.start, sent.end):
        if d.value.day and BEGAN.search(doc.text, max(sent.start, d.start - 25), d.start):
            return d
    return None
