"""A grammar of English dates: days, ranges, months, years, seasons and report periods.

Each mention's value is a PartialDate range; years left out are filled later from the
report's date or the period it covers (`resolve_year`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import cast

from amity.extract.doc import Doc, Span
from amity.extract.en.day_anchors import days_in_stays
from amity.extract.wordstarts import finditer_words
from amity.ingest.metadata import find_published

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TO = r"\s*(?:-|–|—|~|to|through|till|until|and)\s*"

PATTERNS: list[tuple[str, str]] = [
    # ISO and dotted dates: 2023-04-22, 2023/4/22, 2023.4.22
    ("ymd", rf"\b(?P<y>{YEAR})[-/.](?P<m>1[0-2]|0?[1-9])[-/.](?P<d>[12]\d|3[01]|0?[1-9])\b"),
    # European day.month.year: 16.11.2023, 16/11/2023 (day first when it cannot be a month)
    ("dmy", rf"\b(?P<d>[12]\d|3[01]|0?[1-9])[./](?P<m>1[0-2]|0?[1-9])[./](?P<y>{YEAR})\b"),
    # A period: 2018.1-2018.6, 2019.07-2019.12
    (
        "period",
        rf"\b(?P<y>{YEAR})\.(?P<m>1[0-2]|0?[1-9]){TO}(?P<y2>{YEAR})\.(?P<m2>1[0-2]|0?[1-9])\b",
    ),
    # January 20 to February 3, 2018
    (
        "md_md",
        rf"\b(?P<m>{MON})\s+(?P<d>{DAY}){TO}(?P<m2>{MON})\s+(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?\b",
    ),
    # January 20 to 26, 2018
    (
        "md_d",
        rf"\b(?P<m>{MON})\s+(?P<d>{DAY}){TO}(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?\b(?!\s*(?:years?|days?|people|countries|%))",
    ),
    # 20 January to 3 February 2018
    (
        "dm_dm",
        rf"\b(?P<d>{DAY})\s+(?P<m>{MON}){TO}(?P<d2>{DAY})\s+(?P<m2>{MON})(?:,?\s+(?P<y>{YEAR}))?\b",
    ),
    # 20 to 26 January 2018, 20-26 January
    # (Thursday) 25th to (Monday) 29th May
    (
        "d_dm",
        rf"\b(?:{WEEKDAY},?\s+)?(?P<d>{DAY}){TO}(?:{WEEKDAY},?\s+)?(?P<d2>{DAY})\s+(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}))?\b",
    ),
    # Tuesday, March 5, 2024 / March 5th, 2024 / March 5
    (
        "md",
        rf"\b(?:{WEEKDAY},?\s+)?(?P<m>{MON})\s+(?P<d>{DAY})\b(?!\s*(?:years?|%|-\w))(?:,?\s+(?P<y>{YEAR})\b)?",
    ),
    # 5 March 2024 / Tuesday 5 March
    (
        "dm",
        rf"\b(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MON})\b(?:,?\s+(?P<y>{YEAR})\b)?",
    ),
    # March to May 2018
    ("m_m", rf"\b(?P<m>{MON}){TO}(?P<m2>{MON})(?:,?\s+(?P<y>{YEAR}))?\b"),
    # (late / early / mid-) March 2018, March of 2018
    (
        "m",
        rf"\b(?:(?P<part>[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(?P<m>{MON})(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?\b",
    ),
    # 2016-2018 (a span of years)
    ("y_y", rf"\b(?P<y>{YEAR}){TO}(?P<y2>{YEAR})\b"),
    # In 2016
    ("y", rf"\b(?P<y>{YEAR})\b"),
]
COMPILED = [(kind, re.compile(p)) for kind, p in PATTERNS]
# Words that make "May" or "March" a verb or a noun rather than a month.
NOT_MONTH_AFTER = re.compile(
    r"\s+(?:be|have|not|also|help|allow|continue|the|we|you|they|on|forward|past|of\s+(?:the|progress))\b",
    re.I,
)


@dataclass(frozen=True)
class PartialDate:
    """A date range whose year may still be unknown; month/day None mean a coarser grain."""

    year: int | None
    month: int | None = None
    day: int | None = None
    year2: int | None = None
    month2: int | None = None
    day2: int | None = None
    explicit_year: bool = False

    @property
    def is_range(self) -> bool:
        return self.day2 is not None or self.month2 is not None or self.year2 is not None

    def with_year(self, year: int) -> PartialDate:
        """Returns the date with a missing year filled (the end may roll into the next year)."""
        if self.year is not None:
            return self
        y2 = None
        if self.is_range:
            y2 = year + 1 if (self.month2 or 13) < (self.month or 0) else year
        return PartialDate(year, self.month, self.day, y2, self.month2, self.day2)

    def iso(self) -> tuple[str | None, str | None]:
        """Returns (start, end) as ISO strings at the grain known; end None for a single date."""
        start = _iso(self.year, self.month, self.day)
        if not self.is_range:
            return start, None
        y2 = self.year2 if self.year2 is not None else self.year
        m2 = self.month2 if self.month2 is not None else (self.month if self.day2 else None)
        return start, _iso(y2, m2, self.day2)


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _num(s: str | None) -> int | None:
    return int(re.sub(r"\D", "", s)) if s else None


def _month(s: str | None) -> int | None:
    return MONTHS.get(s.lower().rstrip(".")) if s else None


def _value(kind: str, g: dict[str, str | None]) -> PartialDate | None:
    y, y2 = _num(g.get("y")), _num(g.get("y2"))
    m, m2 = _month(g.get("m")) if kind not in ("ymd", "period", "dmy") else _num(g.get("m")), None
    if kind == "period":
        m2 = _num(g.get("m2"))
    elif g.get("m2"):
        m2 = _month(g.get("m2"))
    d, d2 = _num(g.get("d")), _num(g.get("d2"))
    if d2 is not None and d is not None and m2 is None and d2 <= d:
        return None
    if kind == "y_y" and (y2 is None or y is None or not 0 < y2 - y < 30):
        return None
    if kind == "period":
        return PartialDate(y, m, None, y2, m2, None, explicit_year=True)
    return PartialDate(y, m, d, y2 if kind == "y_y" else None, m2, d2, explicit_year=y is not None)


def find_dates(text: str, doc: Doc | None = None) -> list[Span]:
    """Returns the date mentions of the text (doc: its Doc, if any), longest first where they overlap."""
    doc = doc if doc is not None and doc.text is text else Doc(text=text)
    taken = bytearray(len(text))
    found: list[Span] = []
    for kind, rx in COMPILED:
        for m in finditer_words(doc, rx):
            if any(taken[m.start() : m.end()]):
                continue
            if kind == "m" and _month_is_word(text, m):
                continue
            if kind == "y" and _year_is_not_date(text, m):
                continue
            value = _value(kind, m.groupdict())
            if value is None:
                continue
            found.append(
                Span(
                    m.start(),
                    m.end(),
                    "date",
                    value,
                    {"kind": kind, "part": m.groupdict().get("part")},
                )
            )
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(found, key=lambda s: s.start)


def _month_is_word(text: str, m: re.Match[str]) -> bool:
    word = m.group("m")
    if word.lower().rstrip(".") in (
        "may",
        "march",
        "mar",
        "jan",
        "dec",
        "sept",
        "sep",
        "oct",
        "nov",
        "aug",
        "jun",
        "jul",
        "feb",
        "apr",
    ):
        if m.group("y") or m.group("part"):
            return False
        if word in ("May", "March"):
            before = text[max(0, m.start() - 12) : m.start()].lower()
            return not re.search(
                r"\b(?:in|since|until|till|from|by|early|late|mid|of|during|last|next|this|before|after)\s*-?$",
                before,
            ) or bool(NOT_MONTH_AFTER.match(text, m.end()))
        return (
            word[0].isupper()
            and len(word) <= 4
            and not re.search(
                r"\b(?:in|since|from|by)\s+$", text[max(0, m.start() - 8) : m.start()]
            )
        )
    return False


def _year_is_not_date(text: str, m: re.Match[str]) -> bool:
    """True for a four-digit number that counts things or names a plan ("2030 Agenda")."""
    after = text[m.end() : m.end() + 14]
    before = text[max(0, m.start() - 2) : m.start()]
    if re.match(
        r"\s*(?:people|persons|participants|students|volunteers|members|years|km|%|yuan|dollars)\b",
        after,
        re.I,
    ):
        return True
    return before.endswith(("-", "/", "No", "#")) or bool(re.match(r"[-/]\d", after))


def resolve_year(value: PartialDate, default_year: int | None) -> PartialDate:
    """Returns the date with its year filled from the report's context, if it lacks one."""
    if value.year is not None or default_year is None:
        return value
    return value.with_year(default_year)


WEEKDAY_BEFORE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*(?:the\s+)?$", re.I
)


WEEKDAY_IN = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)


def _weekday_year(text: str, span: Span, year: int | None) -> int | None:
    """Returns the year near `year` in which a day named with its weekday falls on that weekday."""
    value = span.value
    m = WEEKDAY_BEFORE.search(text, max(0, span.start - 14), span.start) or WEEKDAY_IN.match(
        text, span.start, span.end
    )
    if year is None or value.year is not None or m is None or not (value.month and value.day):
        return year
    wanted = WEEKDAYS.index(m.group(1).lower())
    for candidate in (year, year - 1, year + 1, year - 2, year + 2):
        try:
            if date(candidate, value.month, value.day).weekday() == wanted:
                return candidate
        except ValueError:
            continue
    return year


def context_year(doc: Doc, mentions: list[Span]) -> int | None:
    """Returns the year a report's undated days belong to: its period, its date, or its main year."""
    if doc.period:
        return int(doc.period[0][:4])
    if doc.published:
        reviewed = REVIEWED_YEAR.search(doc.text, 0, 400)
        if reviewed and int(reviewed.group(1)) < int(doc.published[:4]):
            return int(reviewed.group(1))  # "Annual Report for the year 2017", adopted in 2018
        return _reviewed_year(mentions, int(doc.published[:4]))
    years = [s.value.year for s in mentions if s.value.explicit_year and s.data["kind"] != "y"]
    head = doc.text[: doc.items[0].end] if doc.items else doc.text[:300]
    years += [int(y) for y in re.findall(rf"\b({YEAR})\b", head)] * 2
    if not years:
        years = [s.value.year for s in mentions if s.value.year]
    return max(set(years), key=years.count) if years else None


REVIEWED_YEAR = re.compile(
    r"\b(?:for the year|annual report(?: for)?|report for|review of)\s+((?:19|20)\d\d)\b", re.I
)


def _reviewed_year(mentions: list[Span], published: int) -> int:
    """Returns the year a report's undated days belong to: its own year, or the year before when
    the report reviews it ("Annual report 2017", adopted in April 2018) and names it most."""
    years = [s.value.year for s in mentions if s.value.explicit_year and s.value.year]
    before = years.count(published - 1)
    return published - 1 if before >= 2 and before > years.count(published) else published


def find_period(doc: Doc, mentions: list[Span]) -> tuple[str, str] | None:
    """Returns the period a bulletin covers, from a "(2018.1-2018.6)" mention in its first lines."""
    head_end = doc.items[1].end if len(doc.items) > 1 else len(doc.text)
    for s in mentions:
        if s.data["kind"] == "period" and s.start < head_end:
            start, end = s.value.iso()
            return (start or "", end or "")
    return None


RELATIVE = re.compile(
    r"\b(?:(?P<which>(?i:last|this|next|the following|the previous|earlier this|later this))\s+(?P<unit>year|month|weekend|week|spring|summer|autumn|fall|winter)"
    r"|(?P<day>today|yesterday|tomorrow)"
    # "Friday (12)": a weekday with its day of the month, as Spanish and Italian news write it.
    r"|\b(?P<wdnum>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\((?P<dnum>[1-9]|[12]\d|3[01])(?=\))"
    r"|\b(?P<whichday>(?i:next|this|last|this coming))\s+(?P<weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:[Oo]n|[Ss]ince)\s+(?:the\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\s*,?\s*(?:\(|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d)))\b"
    # "on the 22nd": a day of the report's own month, as Korean and Japanese news write it.
    r"|\b[Oo]n\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?(?P<ordday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s*-?\s*(?:anniversary|century|floor|session|round|plenary|meeting|congress|edition|"
    r"birthday|annual|year|day|time|of\b|(?:and|to)\s+(?:the\s+)?\d|-))",
)
STILL = re.compile(
    r"\b(?:continues?|continuing|still|until|to this|even|remain(?:s|ing)?)\b[^.;]{0,15}$", re.I
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}


def _day_near(anchor: date, m: re.Match[str], text: str) -> date:
    """Returns the day "today", "yesterday" or "on Monday" means, seen from the report's date."""
    if m.group("day"):
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("day").lower()]
        return anchor + timedelta(days=shift)
    target = WEEKDAYS.index(m.group("weekday").lower())
    ahead = re.search(
        r"\b(?:will|shall|is to|are to|is due|are due|next)\b",
        text[max(0, m.start() - 80) : m.start()],
    )
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
        if m.group("ordday"):
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
                value = PartialDate(year + delta, explicit_year=True)
            else:
                value = PartialDate(
                    year + delta, SEASON_MONTH[unit] if False else None, explicit_year=True
                )
        out.append(
            Span(offset + m.start(), offset + m.end(), "date", value, {"kind": "rel", "part": None})
        )
    return out


def section_datelines(doc: Doc, found: list[Span]) -> list[Span]:
    """Returns the date-only lines that head the dated sections of a bulletin ("9 September 2016")."""
    out = []
    for line in doc.sentences:
        text = doc.text[line.start : line.end].strip(" .")
        if len(text) > 40:
            continue
        inside = [s for s in found if line.start <= s.start < line.end]
        if len(inside) == 1 and inside[0].value.day and inside[0].value.explicit_year:
            if inside[0].end - inside[0].start >= len(text) - 12:
                out.append(inside[0])
    # One date line is the report's own date; sections need at least two.
    return out if len(out) >= 2 else []


def _relative_by_section(doc: Doc, found: list[Span], lines: list[Span]) -> list[Span]:
    """Returns relative dates, each resolved against the dateline of its section or the report's."""
    out: list[Span] = []
    bounds = [s.start for s in lines] + [len(doc.text)]
    out.extend(relative_dates(doc.text[: bounds[0]], doc.published, found))
    for line, end in zip(lines, bounds[1:], strict=True):
        anchor = line.value.iso()[0]
        for s in relative_dates(doc.text[line.end : end], anchor, found, offset=line.end):
            out.append(s)
    return out


YEAR_WORD_GAP = re.compile(r"\s*,?\s*(?:of\s+)?")
MONTH_WORD_BEFORE = re.compile(r"\b(next|last|this|coming)\s+$", re.I)


def _year_words(doc: Doc, found: list[Span]) -> list[Span]:
    """Returns the mentions with "May 23 last year" and "next March" given their years."""
    out: list[Span] = []
    for s in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and s.data["kind"] == "rel"
            and s.value.month is None
            and prev.data["kind"] != "rel"
            and not prev.value.explicit_year
            and YEAR_WORD_GAP.fullmatch(doc.text, prev.end, s.start)
        ):
            prev.value = replace(prev.value.with_year(s.value.year), explicit_year=True)
            prev.end = s.end
            continue
        if s.data["kind"] != "rel" and not s.value.explicit_year and s.value.month:
            s.value = _month_word_year(doc, s)
        out.append(s)
    return out


def _month_word_year(doc: Doc, s: Span) -> PartialDate:
    """Returns "next March" or "last October" dated from the report's own date, else as it was."""
    word = MONTH_WORD_BEFORE.search(doc.text, max(0, s.start - 10), s.start)
    pub = doc.published or ""
    if word is None or len(pub) < 7:
        return cast(PartialDate, s.value)
    year, month, which = int(pub[:4]), int(pub[5:7]), word.group(1).lower()
    if which in ("next", "coming"):
        year += s.value.month <= month
    elif which == "last":
        year -= s.value.month >= month
    return replace(s.value.with_year(year), explicit_year=True)


def dates(doc: Doc) -> Doc:
    """Fills the "date" mentions (years resolved) and doc.period; sets doc.published if absent."""
    found = find_dates(doc.text, doc)
    doc.period = find_period(doc, found)
    if doc.published is None:
        doc.published = find_published(doc.text)
    year = context_year(doc, found)
    lines = section_datelines(doc, found)
    doc.add("dateline", lines)
    found = sorted(found + _relative_by_section(doc, found, lines), key=lambda s: s.start)
    found = _year_words(doc, found)
    for s in found:
        s.data["explicit_year"] = s.value.explicit_year
        s.value = resolve_year(s.value, _weekday_year(doc.text, s, year))
    doc.add("date", days_in_stays(doc, found))
    return doc
