"""A grammar of English dates: days, ranges, months, years, seasons and report periods.

Each mention's value is a PartialDate range; years left out are filled later from the
report's date or the period it covers (`resolve_year`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import cast

from amity.extract.doc import Doc, Span
from amity.extract.en.day_anchors import days_in_stays
from amity.extract.en.partial_date import YEAR, PartialDate
from amity.extract.en.relative_dates import WEEKDAYS, relative_dates
from amity.extract.en.report_year import _since_founding, _yearless_dateline, context_year
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
        rf"\b(?:{WEEKDAY},?\s+)?(?P<m>{MON})\s+(?P<d>{DAY}){TO}(?:{WEEKDAY},?\s+)?(?P<m2>{MON})\s+(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?\b",
    ),
    # January 20 to 26, 2018
    (
        "md_d",
        rf"\b(?P<m>{MON})\s+(?P<d>{DAY}){TO}(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?\b(?!\s*(?:years?|days?|people|countries|%))",
    ),
    # 20 January to 3 February 2018
    (
        "dm_dm",
        rf"\b(?:{WEEKDAY},?\s+)?(?P<d>{DAY})\s+(?P<m>{MON}){TO}(?:{WEEKDAY},?\s+)?(?P<d2>{DAY})\s+(?P<m2>{MON})(?:,?\s+(?P<y>{YEAR}))?\b",
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


def find_period(doc: Doc, mentions: list[Span]) -> tuple[str, str] | None:
    """Returns the period a bulletin covers, from a "(2018.1-2018.6)" mention in its first lines."""
    head_end = doc.items[1].end if len(doc.items) > 1 else len(doc.text)
    for s in mentions:
        if s.data["kind"] == "period" and s.start < head_end:
            start, end = s.value.iso()
            return (start or "", end or "")
    return None


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
    if doc.published is None and year is not None and year in _since_founding(doc)[1]:
        doc.published = _yearless_dateline(doc, found, year)
        if doc.published is not None:  # "last Friday" now has a day to count from
            found = find_dates(doc.text, doc)
    lines = section_datelines(doc, found)
    doc.add("dateline", lines)
    found = sorted(found + _relative_by_section(doc, found, lines), key=lambda s: s.start)
    found = _year_words(doc, found)
    for s in found:
        s.data["explicit_year"] = s.value.explicit_year
        s.value = resolve_year(s.value, _named_year(doc, s) or _weekday_year(doc.text, s, year))
        if _told_as_past(doc, s):
            s.value = replace(s.value, year=s.value.year - 1, year2=None)  # type: ignore[operator]
        elif _told_as_coming(doc, s):
            v = s.value
            s.value = replace(v, year=v.year + 1, year2=v.year2 + 1 if v.year2 else None)
    doc.add("date", days_in_stays(doc, found))
    return doc


# "The 2017 meeting will run from 23 to 25 August": the year the sentence's subject names
NAMED_YEAR = re.compile(r"\b[Tt](?:he|his)\s+((?:19|20)\d\d)\s+[a-z]")


def _named_year(doc: Doc, s: Span) -> int | None:
    """Returns the year of "The 2017 meeting ..." for a day without its year in that sentence."""
    if s.value.explicit_year or s.value.year is not None:
        return None
    sent = doc.sentence_at(s.start)
    m = NAMED_YEAR.search(doc.text, sent.start, s.start) if sent else None
    if m:
        return int(m.group(1))
    # "in October 2024 a delegation stayed from 8 to 12 October": the month named with its year
    for named in MONTH_YEAR.finditer(doc.text, sent.start if sent else s.start, s.start):
        if MONTHS.get(named.group(1).lower().rstrip(".")) == s.value.month:
            return int(named.group(2))
    return None


MONTH_YEAR = re.compile(rf"\b({MON})\s+({YEAR})\b")


PAST_DEED = re.compile(
    r"\b(?:was|were|had|welcomed|visited|hosted|held|signed|came|went|travelled|traveled|"
    r"took place|attended|received|organi[sz]ed|celebrated|played|performed|spent|met)\b"
)
AHEAD = re.compile(
    r"\b(?:will|shall|plans?|planned|scheduled|is to|are to|expected|due|upcoming|next|coming)\b",
    re.I,
)


def _told_as_past(doc: Doc, s: Span) -> bool:
    """True for a month named without its year, later in the year than the report's date, in
    a sentence that tells it as past ("In October Agen welcomed ..." in a report of January
    2017): it is the previous year's."""
    pub = doc.published or ""
    v = s.value
    if len(pub) < 7 or s.data["explicit_year"] or s.data.get("kind") == "rel" or v.year is None:
        return False
    if v.month is None or v.year != int(pub[:4]) or v.month <= int(pub[5:7]) or v.is_range:
        return False
    sent = doc.sentence_at(s.start)
    lo, hi = (sent.start, sent.end) if sent else (max(0, s.start - 120), s.end + 120)
    text = doc.text[lo:hi]
    return bool(PAST_DEED.search(text)) and not AHEAD.search(text)


COMING = re.compile(
    r"\b(?:will|shall|is to be|are to be|(?:is|are) (?:scheduled|planned|due)|upcoming|next)\b",
    re.I,
)


def _told_as_coming(doc: Doc, s: Span) -> bool:
    """True for a month named without its year, earlier in the year than the report's date, in a
    sentence that tells it as to come ("will be held from 21 to 23 March" in a newsletter of
    August 2018): it is the next year's."""
    pub = doc.published or ""
    v = s.value
    if len(pub) < 7 or s.data["explicit_year"] or s.data.get("kind") == "rel" or v.year is None:
        return False
    if v.month is None or v.year != int(pub[:4]) or v.month >= int(pub[5:7]) - 1:
        return False  # a month just gone may be one the report was written in
    sent = doc.sentence_at(s.start)
    lo, hi = (sent.start, sent.end) if sent else (max(0, s.start - 120), s.end + 120)
    text = doc.text[lo:hi]
    told = re.sub(r"\b(?:will|to|shall)\s+(?:be\s+)?\w+", "", text)  # "will be held" is no deed
    return bool(COMING.search(text)) and not PAST_DEED.search(told)
