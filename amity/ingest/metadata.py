"""Title and publication date found in a report's own text (when no metadata gives them)."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = (
    re.compile(r"(?P<year>(?:19|20)\d\d)[-/.](?P<num>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    # Day first with dots, as European reports write it: 16.11.2023.
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<num>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<num>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
    # Slashes: day first as most of the world writes it (15/09/2025), else month first (11/20/2020).
    re.compile(r"(?<![\d/])(?P<day>\d{1,2})/(?P<num>\d{1,2})/(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?<![\d/])(?P<num>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)"),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"),
)
_LABEL = re.compile(
    r"^\W*(?:date|published(?:\s+on)?|posted(?:\s+on)?|release(?:d|\s+date)?|updated"
    r"|publication\s+date|发布时间|发布日期|日期|时间)\b\s*[:：]?\s*",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"(?P<y1>(?:19|20)\d\d)\.(?P<m1>\d{1,2})\s*[-–—~至]\s*(?:(?P<y2>(?:19|20)\d\d)\.)?(?P<m2>\d{1,2})(?!\d)"
)
_FRONT = re.compile(r"(?:---\n)?(?P<body>(?:[A-Za-z_][\w -]{0,30}:[^\n]*\n){1,30})---\n")
# A date with a time of day in a short header line is when the page was published.
_STAMP = re.compile(
    r"(?<!\d)(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?=[ T]\d\d?:\d\d)"
)
_PLACE_LEAD = re.compile(r"^\W*[A-Z][A-Z .'’-]{2,30},\s*(?=\S)")
# An agency's dateline opening the lead: "Bishkek, 23.09.23. /Kabar/. The ..." (two-digit year).
_AGENCY_LEAD = re.compile(
    r"^\W*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2},\s*"
    r"(?P<day>\d{1,2})\.(?P<num>\d{1,2})\.(?P<year>(?:19|20)?\d\d)(?![\d])\.?\s*(?:[/(–—-]|$)"
)
_WEEKDAY = re.compile(
    r"^\W*(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+(?=\d|[A-Z][a-z]+\.? \d)",
    re.I,
)
_ISO = re.compile(r"(?<!\d)(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)")
_BYLINE = re.compile(r"\||^\W*(?:source|by|posted|updated|editor|author|written by)\b", re.I)
_SEASON_YEAR = re.compile(
    r"\b(?:Spring|Summer|Autumn|Fall|Winter)\s+(?P<year>(?:19|20)\d\d)\b|"
    r"\b(?P<annual>(?:19|20)\d\d)\s+Annual\s+Report\b"
)
_MONTH_YEAR = re.compile(r"([A-Za-z]+)\.?,?\s+((?:19|20)\d\d)\b")
# A month and year that end a header line, alone or after a separator ("Newsletter - June 2017").
_MONTH_YEAR_IN = re.compile(r"(?:^|[-–—|,:]\s*)\b([A-Za-z]+\.?,?\s+(?:19|20)\d\d)\s*$")
_ISSUE = re.compile(r"\b(?:newsletter|bulletin|e-news|digest|update|issue|edition)\b", re.I)
HEAD_LINES = 15
MAX_TITLE = 300
MAX_CJK_TITLE = 60
# Navigation, breadcrumbs and links that web clippings put above the real heading.
_NOT_TITLES = re.compile(
    r">>|\s>\s|://|^(?:english version|skip to|您的位置|当前位置)|登录|打印|字体|字号|字號", re.I
)


def parse_date(text: str) -> str | None:
    """Returns the first full date in the text as YYYY-MM-DD, or None."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            found = _iso(match.groupdict())
            if found:
                return found
    return None


def _iso(parts: dict[str, str | None]) -> str | None:
    """Returns YYYY-MM-DD from regex groups (numeric or named month), None if not a date."""
    month_name = (parts.get("month") or "").lower()
    month = MONTHS.get(month_name) if month_name else int(parts.get("num") or 0)
    try:
        return date(int(parts["year"] or 0), month or 0, int(parts["day"] or 0)).isoformat()
    except ValueError:
        return None


def _head(text: str) -> list[str]:
    """Returns the first non-empty lines of the text, stripped."""
    lines: list[str] = []
    for line in text[:5000].split("\n"):
        if line.strip():
            lines.append(line.strip())
        if len(lines) >= HEAD_LINES:
            break
    return lines


def dateline(text: str) -> str | None:
    """Returns the date of a "Date: ..." / "Published: ..." line, or of a line that is a date."""
    head = _head(text)
    for line in head:
        found = labelled_date(line)
        if found:
            return found
    for line in head:
        line = _WEEKDAY.sub("", _PLACE_LEAD.sub("", line))  # "TASHKENT, Friday 9 February 2024"
        if len(line) <= 60 and _starts_with_date(line):
            return parse_date(line)
    for line in head:
        found = _agency_date(line)
        if found:
            return found
    for line in head:
        stamp = _STAMP.search(line) if len(line) <= 120 else None
        # A header of parts ("Press release | City, Division | 22 November 2024") runs longer.
        if stamp is None and len(line) <= (160 if "|" in line else 80) and _BYLINE.search(line):
            stamp = _ISO.search(line)  # "Source: Xinhua | 2018-12-05"
            parts = [p.strip() for p in line.split("|")]
            dated = next((p for p in parts if _starts_with_date(p)), None)
            if stamp is None and dated:
                return parse_date(dated)  # "SPAFFC News | July 11, 2024"
        if stamp:
            return parse_date(stamp.group())  # "Source: Xinhua| 2018-12-06 05:52:50|Editor: yan"
    return _header_date(head) or _tail_stamp(text)


# A time of day beside a date: "16:52 18.08.2025 (updated: 17:04 18.08.2025)"
_CLOCK = re.compile(r"(?<![\d.])\d{1,2}:\d\d(?![\d])")


def _tail_stamp(text: str) -> str | None:
    """Returns the date of a short time stamp among the last lines, where some sites print it."""
    lines = [line.strip() for line in text[-2000:].split("\n") if line.strip()][-3:]
    for line in lines:
        letters = sum(c.isalpha() for c in line)
        # a stamp, not a sentence: it opens with digits and holds few words
        if len(line) <= 80 and line[:1].isdigit() and letters <= 20 and _CLOCK.search(line):
            found = parse_date(line)
            if found:
                return found
    return None


_PLACE_COMMA = re.compile(r"^\W*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2},\s*")
# what ends a dateline's date: a dash or bracket, the line's end, or a full stop before the lead
_DATE_CLOSE = re.compile(r"\.?\s*(?:[/(–—-]|$)|\.\s+(?=[A-Z])")


def _agency_date(line: str) -> str | None:
    """Returns the date of an agency's dateline opening the lead: "Bishkek, 23.09.23. /Kabar/.",
    "TASHKENT, 30 May 2013 (UzDaily.com) --"."""
    lead = _AGENCY_LEAD.match(line)
    if lead:
        groups = lead.groupdict()
        year = groups["year"] or ""
        return _iso({**groups, "year": year if len(year) == 4 else f"20{year}"})
    place = _PLACE_COMMA.match(line)
    if place is None:
        return None
    for pattern in _DATE_PATTERNS:
        m = pattern.match(line, place.end())
        if m and _DATE_CLOSE.match(line, m.end()):
            return _iso(m.groupdict())
    return None


# A first line that is only a source and its date, with a dash between them
_SOURCE_DATE = re.compile(r"^[^–—|\d]{2,40}?\s[–—|-]\s+(?P<date>[^–—|]{6,40})$")


def _header_date(head: list[str]) -> str | None:
    """Returns the date of a short header line below the title ("Agenda.ge, 16 Oct 2015 - 12:40",
    "Press note - Lucknow, 27 February 2026"), else the year of "Summer 2023" or "2021 Annual Report",
    else the month of "Newsletter - June 2017"."""
    short = [line for line in head[1:6] if len(line) <= 90 and not line.endswith(".")]
    for line in short:
        found = parse_date(line)
        if found:
            return found
    source = _SOURCE_DATE.match(head[0]) if head else None
    if source and parse_date(source.group("date")):
        return parse_date(source.group("date"))  # "Rijnmond – Sunday 9 September 2018"
    for line in short:
        m = _SEASON_YEAR.search(line)
        if m:
            return m.group("year") or m.group("annual")
    # The title line itself may be the issue's name: "SISTER CITIES - NEWSLETTER, August 2018".
    issues = [head[0]] if head and _ISSUE.search(head[0]) and len(head[0]) <= 90 else []
    for line in issues:
        found = parse_date(line)  # "Twinning Association - NEWSLETTER No 6 - 6 July 2006"
        if found:
            return found
    parts = [part.strip() for line in issues + short for part in line.split("|")]
    for line in parts:  # "Newsletter, April 2016 | Sister City News": the parts of a header
        if len(line.split()) <= 8:
            for m in _MONTH_YEAR_IN.finditer(line):  # "Newsletter - June 2017"
                month = _month_of(m.group(1))
                if month:
                    return month
    return None


def labelled_date(line: str) -> str | None:
    """Returns the date of a line such as "Date: 2023-04-22" or "发布时间：2023-08-04"."""
    label = _LABEL.match(line)
    if not label:
        return None
    rest = line[label.end() : label.end() + 40]
    return parse_date(rest) or _month_of(rest)


def _month_of(text: str) -> str | None:
    """Returns YYYY-MM of a month and year alone ("April 2018"), or None."""
    m = _MONTH_YEAR.match(text.strip())
    if not m or m.group(1).lower() not in MONTHS:
        return None
    return f"{int(m.group(2)):04d}-{MONTHS[m.group(1).lower()]:02d}"


def _starts_with_date(line: str) -> bool:
    """Returns True if a date pattern matches at the very start of the line."""
    return any(p.match(line) for p in _DATE_PATTERNS)


def period_end(text: str) -> str | None:
    """Returns YYYY-MM of the end of a period such as "(2018.1-2018.6)" in a heading line."""
    for line in _head(text)[:3]:
        match = _PERIOD.search(line)
        if match:
            year = int(match["y2"] or match["y1"])
            month = int(match["m2"])
            if 1 <= month <= 12 and 1 <= int(match["m1"]) <= 12:
                return f"{year:04d}-{month:02d}"
    return None


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Returns the "key: value" header closed by a "---" line, and the text after it."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match.group("body").splitlines():
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, text[match.end() :]


def find_published(text: str) -> str | None:
    """Returns the report's own date: front matter, dateline, else the end of a heading's period."""
    fields, body = front_matter(text)
    for key in ("date", "published"):
        found = parse_date(fields.get(key, ""))
        if found:
            return found
    return dateline(body) or period_end(body)


def find_title(text: str) -> str | None:
    """Returns the front matter's title, else the first short heading-like line, or None."""
    fields, body = front_matter(text)
    if fields.get("title"):
        return fields["title"]
    for line in _head(body):
        line = line.lstrip("#").strip()
        if _is_heading(line):
            return line
    return None


def _is_heading(line: str) -> bool:
    """Returns True for a line that reads as a title, not navigation, a label or a paragraph."""
    cjk = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
    if cjk > len(line) / 3:
        too_short, too_long = cjk < 6, len(line) > MAX_CJK_TITLE
    else:
        too_short, too_long = len(line.split()) < 2, len(line) > MAX_TITLE
    if too_short or too_long or _NOT_TITLES.search(line) or line.endswith((":", "：", "。", ".")):
        return False
    if labelled_date(line) or (_starts_with_date(line) and len(line) <= 60):
        return False
    return any(c.isalnum() for c in line)


def clean_title(title: str | None) -> str | None:
    """Returns the title with collapsed spaces, or None if empty or a placeholder."""
    if not title:
        return None
    title = " ".join(title.split())
    if not title or title.lower() in ("untitled", "none", "document", "(anonymous)"):
        return None
    return title[:MAX_TITLE]
