"""Dates told from the report's own date: "last year", "next March", "on Monday", "today",
"this weekend", "Friday (12)", "on the 22nd"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from amity.extract.doc import Doc, Span
from amity.extract.en.numbers import WORD_NUM, word_value
from amity.extract.en.partial_date import PartialDate
from amity.extract.wordstarts import finditer_words

MOVES = (
    "arrived", "arrives", "arrive", "left", "leaves", "leave", "returned", "returns", "return",
    "began", "begins", "started", "starts", "ended", "ends", "departed", "departs", "flew", "fly",
    "flies",
)  # fmt: skip
RELATIVE = re.compile(
    r"\b(?:(?P<which>(?i:last|this|next|the following|the previous|earlier this|later this|the end of (?:the|this)))\s+(?P<unit>year|month|weekend|week|spring|summer|autumn|fall|winter)"
    r"|(?P<day>today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|last night)"
    # "In the spring Agen hosted ...": a season of the report's year, or the one before
    r"|(?<=[Ii]n the )(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+(?:of|term|school|months?|semester|session)\b)"
    # "Friday (12)": a weekday with its day of the month, as Spanish and Italian news write it.
    r"|\b(?P<wdnum>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\((?P<dnum>[1-9]|[12]\d|3[01])(?=\))"
    r"|\b(?P<whichday>(?i:next|this|last|this coming))\s+(?P<weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # "greeted Thursday evening": a bare weekday told with its time of day, as US news write it
    r"|(?:\b(?:[Oo]n|[Ss]ince)\s+(?:the\s+)?|\b(?=[MTWFS][a-z]+day\s+(?:morning|afternoon|evening|night)\b)"
    # "arrived Saturday and will leave Wednesday": a bare weekday after a verb of coming and going
    + "|"
    + "|".join(f"(?<={verb} )" for verb in MOVES)
    + ")"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\s*,?\s*(?:\(|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d)))\b"
    # "50 years ago": a year counted back from the report's own
    rf"|\b(?P<ago>[1-9]\d?|(?i:{WORD_NUM}))\s+years\s+ago\b"
    # "on the 22nd": a day of the report's own month, as Korean and Japanese news write it.
    r"|\b[Oo]n\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?(?P<ordday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s*-?\s*(?:anniversary|century|floor|session|round|plenary|meeting|congress|edition|"
    r"birthday|annual|year|day|time|of\b|(?:and|to)\s+(?:the\s+)?\d|-))",
)
STILL = re.compile(
    r"\b(?:continues?|continuing|still|until|to this|even|remain(?:s|ing)?)\b[^.;]{0,15}$", re.I
)
# A deed told as past, after a season: "In the spring Agen hosted two students"
PAST = re.compile(
    r"^[^.;]*?\b(?:hosted|welcomed|visited|was|were|held|went|came|spent|took|signed)\b"
)
PRESENT = re.compile(
    r"\b(?:opens|follows|begins|starts|runs|continues|closes|ends|takes place|arrives|departs)\b"
)
PAST_VERB = re.compile(
    r"\b(?:\w+ed|was|were|met|held|took|went|came|gave|began|spoke|led|left|saw|made|had)\b"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}


def _day_near(anchor: date, m: re.Match[str], text: str) -> date:
    """Returns the day "today", "yesterday" or "on Monday" means, seen from the report's date."""
    if m.group("day"):
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(m.group("day").lower(), 0)
        return anchor + timedelta(days=shift)
    target = WEEKDAYS.index(m.group("weekday").lower())
    window = text[max(0, m.start() - 80) : m.start()]
    window = re.split(r"[.!?;]\s", window)[-1]  # the sentence before tells its own time
    ahead = re.search(r"\b(?:will|shall|is to|are to|is due|are due|next)\b", window) or (
        PRESENT.search(window) and not PAST_VERB.search(window)
    )  # "A sustainability forum follows on Tuesday": a programme told ahead
    if ahead:
        return anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
    return anchor - timedelta(days=(anchor.weekday() - target) % 7)


def _named_weekday(today: date, m: re.Match[str]) -> date | None:
    """Returns the day of "Friday (12)" (the month near today where the 12th is a Friday) or of
    "next Thursday", "last Monday", "this Friday" seen from today."""
    if m.group("wdnum"):
        target, num = WEEKDAYS.index(m.group("wdnum").lower()), int(m.group("dnum"))
        for shift in (0, -1, 1):
            total = today.year * 12 + today.month - 1 + shift
            try:
                d = date(total // 12, total % 12 + 1, num)
            except ValueError:
                continue
            if d.weekday() == target:
                return d
        return None
    target, which = WEEKDAYS.index(m.group("weekday2").lower()), m.group("whichday").lower()
    if which == "last":
        return today - timedelta(days=(today.weekday() - target) % 7 or 7)
    return today + timedelta(days=(target - today.weekday()) % 7 or (7 if which == "next" else 0))


def _weekend(today: date, delta: int) -> PartialDate:
    """Returns the Saturday and Sunday of last (-1), this (0) or next (1) weekend."""
    saturday = today + timedelta(days=(5 - today.weekday()) % 7)  # this weekend's
    if today.weekday() == 6:
        saturday = today - timedelta(days=1)
    saturday += timedelta(days=7 * delta)
    sunday = saturday + timedelta(days=1)
    return PartialDate(
        saturday.year, saturday.month, saturday.day, sunday.year, sunday.month, sunday.day, True
    )


def _day_of_month(year: int, month: int, today: int, day: int) -> PartialDate:
    """Returns "the 22nd" as a date: this month's, or last month's if that day is still ahead."""
    if day > today:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return PartialDate(year, month, day, explicit_year=True)


YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\b")


def _years(count: str) -> int:
    """Returns the number of "50" or "fifty"."""
    return int(count) if count.isdigit() else int(word_value(count.lower()) or 0)


def relative_dates(
    text: str, published: str | None, taken: list[Span], offset: int = 0
) -> list[Span]:
    """Returns "last year", "this spring", "today" resolved against the report's own date."""
    if not published or len(published) < 4:
        return []
    year = int(published[:4])
    month = int(published[5:7]) if len(published) >= 7 else None
    day = int(published[8:10]) if len(published) >= 10 else None
    out = []
    for m in finditer_words(Doc(text=text), RELATIVE):  # as RELATIVE.finditer(text)
        if any(s.start <= m.start() + offset < s.end for s in taken):
            continue
        if m.group("day") and STILL.search(text, max(0, m.start() - 25), m.start()):
            continue  # "friendships that continue today": no date of an event
        if m.group("ago"):
            value = PartialDate(year - _years(m.group("ago")), explicit_year=True)
        elif m.group("ordday"):
            if day is None or month is None:
                continue
            value = _day_of_month(year, month, day, int(m.group("ordday")))
        elif m.group("wdnum") or m.group("weekday2"):
            if day is None or month is None:
                continue
            d = _named_weekday(date(year, month, day), m)
            if d is None:
                continue
            value = PartialDate(d.year, d.month, d.day, explicit_year=True)
        elif m.group("season"):
            if any(0 <= t.start - (offset + m.end()) < 40 for t in taken):
                continue  # "follows in the autumn: in October": the month says it better
            season = SEASON_MONTH[m.group("season").lower()]
            told = text[m.end() : m.end() + 150]
            earlier = month is not None and season > month and PAST.search(told) is not None
            value = PartialDate(year - 1 if earlier else year, explicit_year=True)
        elif m.group("day") or m.group("weekday"):
            if day is None:
                continue
            d = _day_near(date(year, month or 1, day), m, text)
            value = PartialDate(d.year, d.month, d.day, explicit_year=True)
        else:
            which, unit = m.group("which").lower(), m.group("unit").lower()
            delta = (
                -1
                if which in ("last", "the previous")
                else 1
                if which in ("next", "the following")
                else 0
            )
            if unit == "weekend":
                if day is None or month is None:
                    continue
                value = _weekend(date(year, month, day), delta)
            elif unit == "week":
                if day is None or month is None:
                    continue
                d = date(year, month, day) + timedelta(days=7 * delta)
                value = PartialDate(d.year, d.month, explicit_year=True)
            elif unit == "month":
                if month is None:
                    continue
                total = year * 12 + month - 1 + delta
                value = PartialDate(total // 12, total % 12 + 1, explicit_year=True)
            elif unit == "year":
                base = year
                if which in ("the following", "the previous"):
                    # "opened Kariya Park in 1992, and the association was set up the following
                    # year": the year told just before, not the report's
                    said = YEAR_BEFORE.findall(text, max(0, m.start() - 160), m.start())
                    base = int(said[-1]) if said else year
                value = PartialDate(base + delta, explicit_year=True)
            else:
                value = PartialDate(
                    year + delta, SEASON_MONTH[unit] if False else None, explicit_year=True
                )
        out.append(
            Span(offset + m.start(), offset + m.end(), "date", value, {"kind": "rel", "part": None})
        )
    return out
