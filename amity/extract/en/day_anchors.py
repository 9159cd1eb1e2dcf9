"""Days told from another day: "On the Friday" of a stay, "the same day", "the next day".

A weekday told after a dated stretch of days is a day of that stretch, not of the week the
report was published in: "On the Friday" in a newsletter on a visit of 25-29 May is 26 May.
"The same day", "that evening" and "the next day" count from the last single day named before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from amity.extract.doc import Doc, Span
from amity.extract.en.partial_date import PartialDate
from amity.extract.en.relative_dates import WEEKDAYS
from amity.extract.wordstarts import finditer_words

ON_WEEKDAY = re.compile(
    r"\b[Oo]n\s+(?P<the>the\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!\s*,?\s*(?:\(|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d))"
)
# How far back a stretch of days still anchors a weekday: "On the Friday" reaches further.
REACH = {True: 1500, False: 600}
LONGEST_STAY = 21


def days_in_stays(doc: Doc, found: list[Span]) -> list[Span]:
    """Returns the date mentions with weekdays inside an earlier stretch of days resolved in it,
    days counted from the day named before ("the next day"), and the last day of a stay told
    with its length ("returned on Sunday after a ten-day visit") turned into the stay."""
    found = _stays_told_by_length(doc, _that_time(doc, _days_after(doc, _nth_days(doc, found))))
    if "day" not in doc.text and "DAY" not in doc.text:
        return found
    ranges = [s for s in found if _days(s) is not None]
    if not ranges:
        return found
    out = list(found)
    for m in finditer_words(doc, ON_WEEKDAY):
        day = _day_in_stay(ranges, m)
        if day is None:
            continue
        out = [s for s in out if not (s.start <= m.start("weekday") < s.end)]
        value = PartialDate(day.year, day.month, day.day, explicit_year=True)
        out.append(Span(m.start(), m.end(), "date", value, {"kind": "rel", "part": None}))
    return sorted(out, key=lambda s: s.start)


def _days(s: Span) -> tuple[date, date] | None:
    """Returns the first and last day of a mention that spans a few whole days."""
    v = s.value
    if not v.is_range or not (v.year and v.month and v.day and v.day2):
        return None
    try:
        first = date(v.year, v.month, v.day)
        last = date(v.year2 or v.year, v.month2 or v.month, v.day2)
    except ValueError:
        return None
    return (first, last) if 0 < (last - first).days <= LONGEST_STAY else None


def _day_in_stay(ranges: list[Span], m: re.Match[str]) -> date | None:
    """Returns the day of the stay just before m that falls on m's weekday."""
    reach = REACH[bool(m.group("the"))]
    before = [s for s in ranges if s.end <= m.start() and m.start() - s.end <= reach]
    if not before:
        return None
    stay = _days(before[-1])
    assert stay is not None
    wanted = WEEKDAYS.index(m.group("weekday").lower())
    day = stay[0]
    while day <= stay[1]:
        if day.weekday() == wanted:
            return day
        day += timedelta(days=1)
    return None


# "The same day", "that evening", "the next day": a day counted from the one named before; a
# sentence that opens "In the afternoon" goes on with the day told before it.
AFTER_DAY = re.compile(
    r"\b(?P<same>[Tt]h(?:e|at)\s+same\s+(?:day|evening|afternoon|morning)|[Ll]ater\s+that\s+day|"
    r"[Tt]hat\s+(?:morning|afternoon|evening|night)|(?:(?<=\n)|(?<=[.!?] ))In\s+the\s+(?:morning|afternoon|evening)|"
    r"(?:(?<=\n)|(?<=[.!?] ))(?:Following|After)\s+the\s+(?:meeting|talks|ceremony|signing|reception))\b"
    r"|\b(?P<next>[Tt]he\s+(?:next|following)\s+(?:day|morning|afternoon|evening)|[Tt]he\s+day\s+after)\b"
    r"|\b(?P<prev>[Tt]he\s+(?:day|evening|night)\s+before|[Tt]he\s+previous\s+(?:day|evening))\b(?!\s+(?:the|yesterday|its|his|her|their)\b)"
)
# Words one of which every match of AFTER_DAY holds: most reports hold none and skip it.
AFTER_DAY_WORDS = ("same ", "hat morning", "hat afternoon", "hat evening", "hat night", "next ",
                   "following ", "day after", "before", "previous ", "the morning", "the afternoon", "the evening",
                   "Following the ", "After the ")  # fmt: skip
ANCHOR_REACH = 800


# "On that occasion": the time of the event told just before
THAT_TIME = re.compile(r"\b[Oo]n\s+(?:that|the\s+same)\s+occasion\b")


def _that_time(doc: Doc, found: list[Span]) -> list[Span]:
    """Returns the mentions with "on that occasion" dated as the last date named before it."""
    if "occasion" not in doc.text:
        return found
    out = list(found)
    for m in finditer_words(doc, THAT_TIME):
        before = [s for s in out if s.end <= m.start() and m.start() - s.end <= ANCHOR_REACH]
        if not before or any(s.start <= m.start() < s.end for s in out):
            continue
        data = {"kind": "rel", "part": None, "anchored": True}
        out.append(Span(m.start(), m.end(), "date", before[-1].value, data))
        out.sort(key=lambda s: s.start)
    return out


# "On his first full day in Tokyo": a day of the stay told just before, counted from its start.
NTH_DAY = re.compile(
    r"\b[Oo]n\s+(?:his|her|their|its|the)\s+(?P<nth>first|second|third|fourth|fifth|last|final)"
    r"\s+(?P<full>full\s+)?day\b"
)
NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def _nth_days(doc: Doc, found: list[Span]) -> list[Span]:
    """Returns the mentions with "on his first full day" dated as that day of the stay before."""
    if " day" not in doc.text:
        return found
    out = list(found)
    for m in finditer_words(doc, NTH_DAY):
        stays = [
            s
            for s in out
            if s.end <= m.start() and m.start() - s.end <= ANCHOR_REACH and _days(s) is not None
        ]
        stay = _days(stays[-1]) if stays else None
        if stay is None or any(s.start <= m.start() < s.end for s in out):
            continue
        nth = m.group("nth")
        day = stay[1] if nth in ("last", "final") else stay[0] + timedelta(days=NTH[nth])
        day += timedelta(days=1 if m.group("full") and nth not in ("last", "final") else 0)
        if day > stay[1]:
            continue
        value = PartialDate(day.year, day.month, day.day, explicit_year=True)
        data = {"kind": "rel", "part": None, "anchored": True}
        out.append(Span(m.start(), m.end(), "date", value, data))
        out.sort(key=lambda s: s.start)
    return out


def _days_after(doc: Doc, found: list[Span]) -> list[Span]:
    """Returns the mentions with "the same day" and "the next day" resolved against the last
    single day named within a paragraph or two before."""
    if not any(w in doc.text for w in AFTER_DAY_WORDS):
        return found
    out = list(found)
    for m in finditer_words(doc, AFTER_DAY):
        if any(s.start <= m.start() < s.end for s in out):
            continue
        anchor = _last_day(out, m.start())
        if anchor is None:
            month = _last_month(out, m.start())  # "for six days at the end of July": that month
            if month is None or m.group("prev"):
                continue
            value = PartialDate(month[0], month[1], None, explicit_year=True)
        else:
            day = anchor + timedelta(days=1 if m.group("next") else -1 if m.group("prev") else 0)
            value = PartialDate(day.year, day.month, day.day, explicit_year=True)
        data = {"kind": "rel", "part": None, "anchored": True}
        out.append(Span(m.start(), m.end(), "date", value, data))
        out.sort(key=lambda s: s.start)
    return out


def _last_month(found: list[Span], pos: int) -> tuple[int, int] | None:
    """Returns (year, month) of the last near date mention before pos that names both."""
    near = [
        s.value
        for s in found
        if s.end <= pos and pos - s.end <= ANCHOR_REACH and s.value.year and s.value.month
    ]
    if not near or near[-1].is_range:
        return None
    return near[-1].year, near[-1].month


def _last_day(found: list[Span], pos: int) -> date | None:
    """Returns the single day of the last date mention before pos, if it is near."""
    days = [
        s
        for s in found
        if s.end <= pos and pos - s.end <= ANCHOR_REACH and s.value.day and not s.value.is_range
    ]  # "on 14 November ... signed in November last year ... The same day": the 14th
    if not days:
        return None
    v = days[-1].value
    if not (v.year and v.month and v.day):
        return None
    try:
        return date(v.year, v.month, v.day)
    except ValueError:
        return None


# "returned home on Sunday after a ten-day cultural exchange": the day closes a stay of ten days.
RETURNED = re.compile(r"\b(?:[Rr]eturned|[Cc]ame back|[Gg]ot back|[Ff]lew back|[Aa]rrived back)\b")
STAY_LENGTH = re.compile(
    r"\bafter\s+(?:a|an|their|his|her|its)\s+(?P<n>\d{1,2}|[a-z]+)[- ](?P<unit>day|week)\b", re.I
)


def _stays_told_by_length(doc: Doc, found: list[Span]) -> list[Span]:
    """Returns the mentions with the day a group came back after an N-day stay made that stay."""
    from amity.extract.en.numbers import word_value

    if "eturned" not in doc.text and " back" not in doc.text:
        return found
    out = list(found)
    for m in finditer_words(doc, RETURNED):
        length = STAY_LENGTH.search(doc.text, m.end(), m.end() + 80)
        if length is None or re.search(r"[.;!?]", doc.text[m.end() : length.start()]):
            continue
        n = length.group("n")
        count = int(n) if n.isdigit() else word_value(n.lower())
        day_spans = [s for s in out if m.end() <= s.start < length.start()]
        if not count or not day_spans or _days(day_spans[0]) or not day_spans[0].value.day:
            continue
        v = day_spans[0].value
        try:
            last = date(v.year, v.month, v.day)
        except (TypeError, ValueError):
            continue
        days = int(count) * (7 if length.group("unit").lower() == "week" else 1)
        first = last - timedelta(days=days - 1)
        span = day_spans[0]
        value = PartialDate(
            first.year, first.month, first.day, last.year, last.month, last.day, True
        )
        out[out.index(span)] = Span(span.start, span.end, "date", value, dict(span.data))
    return out
