"""The year a report speaks of: its period or date, the year its undated days belong to, and
for an agency dateline without a year, the year an anniversary it reports counts to."""

from __future__ import annotations

import re
from datetime import date

from amity.extract.doc import Doc, Span
from amity.extract.en.numbers import WORD_NUM, word_value
from amity.extract.en.partial_date import YEAR


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
    lead = doc.text[: doc.items[1].end] if len(doc.items) > 1 else head
    years += [int(y) for y in YEAR_NAMING.findall(lead)] * 2  # "The 2023 Global Mayors' Forum"
    years += _anniversary_years(doc.text) * 3
    if not years:
        years = [s.value.year for s in mentions if s.value.year]
    main = max(set(years), key=years.count) if years else None
    starts, since = _since_founding(doc)
    if len(set(since)) == 1 and main in starts:
        return since[0]  # the years told are all the tie's start: "20 years of twinning"
    return main


# "The 2023 Global Mayors' Forum opened": the year an event of the lead is named for
YEAR_NAMING = re.compile(
    rf"\b(?:[Tt]he|[Tt]his)\s+({YEAR})\s+(?=[A-Z]|[a-z]+\s+(?:forum|festival|"
    r"conference|summit|camp|exchange|season|programme|program)\b)"
)


# "marks the 60th anniversary of the armistice that halted the 1950-53 war": 1953 + 60
ANNIVERSARY_OF = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b[^.;:!?]{0,80}?"
    rf"\b({YEAR})(?:\s*[-–]\s*(\d{{2}}|{YEAR})\b)?"
)


def _anniversary_years(text: str) -> list[int]:
    """Returns the years an anniversary sets ("the 60th anniversary of ... 1953" is 2013)."""
    out = []
    for m in ANNIVERSARY_OF.finditer(text):
        start, end = int(m.group(2)), m.group(3)
        last = (
            int(end) if end and len(end) == 4 else start // 100 * 100 + int(end) if end else start
        )
        out.append(last + int(m.group(1)))
    return out


# "celebrations of 20 years of twinning", "two decades of twin-city relations", "the 25th
# anniversary": how long a tie has lasted, told without the year it is told in
ANNIVERSARY_COUNT = re.compile(
    rf"\b(?:(?P<nth>\d{{1,3}})(?:st|nd|rd|th)\s+anniversary"
    rf"|(?:(?:mark\w*|celebrat\w*)\s+)?(?P<years>\d{{1,3}}|{WORD_NUM})[\s-]+years?\s+(?:of|as)\b"
    rf"|(?:mark\w*|celebrat\w*)\s+(?P<marked>\d{{1,3}}|{WORD_NUM})\s+years\b"
    rf"|(?P<decades>{WORD_NUM})\s+decades\s+of\b)",
    re.I,
)
# "the twinning agreement signed with Niigata in February 1991": the year the tie began
FOUNDED_IN = re.compile(
    r"\b(?:signed|sealed|established|twinned|founded|concluded|since|began|formali[sz]ed)\b"
    rf"[^.;!?]{{0,60}}?\b({YEAR})\b",
    re.I,
)


def _since_founding(doc: Doc) -> tuple[set[int], list[int]]:
    """Returns the years ties are told to have begun in ("signed ... in February 1991") and the
    years the report's anniversary counts set from them, read once per report."""
    key = ("since founding", 0)
    if key not in doc.cache:
        starts = {int(m.group(1)) for m in FOUNDED_IN.finditer(doc.text)}
        doc.cache[key] = starts, _years_since(doc.text, starts)
    found: tuple[set[int], list[int]] = doc.cache[key]
    return found


def _years_since(text: str, starts: set[int]) -> list[int]:
    """Returns the years the anniversary counts of a text set from the years ties began: "20
    years of twinning" with a tie signed in 1991 is 2011 (for datelines without a year)."""
    counts = set()
    for m in ANNIVERSARY_COUNT.finditer(text):
        n = m["nth"] or m["years"] or m["marked"] or m["decades"]
        value = int(n) if n.isdigit() else word_value(n)
        if value and m["decades"]:
            value *= 10
        if value and 1 <= value <= 150:
            counts.add(int(value))
    return [y + n for y in starts for n in counts if y + n <= date.today().year + 1]


REVIEWED_YEAR = re.compile(
    r"\b(?:for the year|annual report(?: for)?|report for|review of)\s+((?:19|20)\d\d)\b", re.I
)


def _reviewed_year(mentions: list[Span], published: int) -> int:
    """Returns the year a report's undated days belong to: its own year, or the year before when
    the report reviews it ("Annual report 2017", adopted in April 2018) and names it most."""
    years = [s.value.year for s in mentions if s.value.explicit_year and s.value.year]
    before = years.count(published - 1)
    return published - 1 if before >= 2 and before > years.count(published) else published


# "VLADIVOSTOK, July 20 (Itar-Tass) --": an agency's dateline without its year
DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'/-]{2,40},\s*")


def _yearless_dateline(doc: Doc, found: list[Span], year: int) -> str | None:
    """Returns the day of an agency dateline that gives no year, in the report's main year."""
    for s in found:
        if s.start > 400:
            break
        line_start = doc.text.rfind("\n", 0, s.start) + 1
        v = s.value
        if v.year is None and v.day and not v.is_range:
            if DATELINE_PLACE.fullmatch(doc.text, line_start, s.start):
                return v.with_year(year).iso()[0]
    return None
