"""Chinese dates: "2018年3月5日", "3月5日至8日", "3月上旬", "今年5月", "2018年1月至6月", "15日".

A date the report writes without its year takes the report's year (its own date, else the
last year it named before); without either it stays unresolved (value None). A dateline
without a year ("中新网5月21日电") gives the report's date with the first year the text names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.zh.numbers import parse_chinese
from amity.extract.zh.text import simple

_N = "〇零一二三四五六七八九十"
YEAR = rf"(?:(?P<{{p}}y>(?:19|20)\d{{{{2}}}}|[{_N}]{{{{4}}}})年|(?P<{{p}}rel>今年|去年|明年|前年|本年|当年))"
MONTH = r"(?P<{p}m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?"
DAY = r"(?P<{p}d>3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])[日号]"
PART = r"(?P<{p}part>上旬|中旬|下旬|初|底|末|中下旬|中上旬)?"


def _day_only(p: str) -> str:
    """Returns the pattern of a bare day ("15日"), groups prefixed by p."""
    return rf"(?P<{p}dd>3[01]|[12]\d|0?[1-9])[日号]"


def _date(p: str) -> str:
    """Returns the pattern of one date (year, year-month, month-day, day), groups prefixed by p."""
    y, m, d, part = (x.format(p=p) for x in (YEAR, MONTH, DAY, PART))
    month_ahead = "(?=(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月)"
    return f"(?:(?:{y}|{month_ahead})(?:{m}(?:{d}|{part}))?|{_day_only(p)})"


ISO = r"(?P<iy>(?:19|20)\d{2})[-./](?P<im>1[0-2]|0?[1-9])[-./](?P<id>3[01]|[12]\d|0?[1-9])(?!\d)"
DATE = re.compile(
    rf"{ISO}|(?<![\d.])(?:{_date('a')})(?:(?:至|到|—|–|-|~|～)(?:{_date('b')}))?(?P<end_part>年底|年初)?"
)
DATELINE = re.compile(r"(?:社|网|报|台|电)[^\n,。]{0,8}?(\d{1,2})月(\d{1,2})日电")
EXPLICIT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
SAME_DAY = re.compile("同日|当日|当天|同一天")
RELATIVE = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "明年": 1, "前年": -2}


@dataclass
class Context:
    """What an undated day is read against: the report's year and the last year and month read."""

    published: int | None
    year: int | None = None
    month: int | None = None


def _num(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else parse_chinese(text)


def _year(g: dict[str, str | None], p: str, ctx: Context) -> int | None:
    """Returns the year a date states, or the one it takes from the report and context."""
    if g.get(p + "y"):
        return _num(g[p + "y"])
    rel = g.get(p + "rel")
    if rel:
        base = ctx.published if ctx.published is not None else ctx.year
        return None if base is None else base + RELATIVE[rel]
    return ctx.published if ctx.published is not None else ctx.year


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    """Returns YYYY, YYYY-MM or YYYY-MM-DD, or None without a year."""
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _side(
    g: dict[str, str | None], p: str, ctx: Context, base: tuple[Any, ...] | None
) -> tuple[Any, ...]:
    """Returns (year, month, day, stated year?) of one side of a date; the end borrows the start's."""
    month, day = _num(g.get(p + "m")), _num(g.get(p + "d"))
    if g.get(p + "dd"):
        day = _num(g[p + "dd"])
        month = base[1] if base else ctx.month
    stated = bool(g.get(p + "y") or g.get(p + "rel"))
    year = _year(g, p, ctx) if stated or base is None else base[0]
    if month is None and not stated and base:
        month = base[1]
    return year, month, day, stated


def resolve(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None]:
    """Returns the ISO start and end of a date match, updating the context."""
    g = m.groupdict()
    if g.get("iy"):
        start = _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
        ctx.year, ctx.month = int(g["iy"]), int(g["im"])
        return start, None
    if g.get("add") and ctx.month is None:
        return None, None
    first = _side(g, "a", ctx, None)
    if first[3] and first[0] is not None:
        ctx.year = first[0]
    if first[1] is not None:
        ctx.month = first[1]
    start = _iso(*first[:3])
    end = None
    if any(g.get(k) for k in ("by", "brel", "bm", "bd", "bdd")):
        end = _iso(*_side(g, "b", ctx, first)[:3])
    return start, end


def find_published(doc: Doc, view: str) -> str | None:
    """Returns the report's date from a yearless dateline and the first year the text names."""
    m = DATELINE.search(view[:600])
    year = EXPLICIT_YEAR.search(view)
    if m is None or year is None:
        return None
    return f"{int(year.group(1)):04d}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"


def dates(doc: Doc) -> Doc:
    """Fills "date" mentions (value: ISO start or None; data: end) and doc.published if absent."""
    view = simple(doc)
    if doc.published is None:
        doc.published = find_published(doc, view)
    ctx = Context(int(doc.published[:4]) if doc.published else None)
    found = []
    for m in DATE.finditer(view):
        if m.group("add") and not _day_opens(view, m.start()):
            continue
        start, end = resolve(m, ctx)
        part = m.group("apart") or m.group("end_part")
        data = {"end": end, "part": part, "relative": bool(m.group("arel"))}
        found.append(Span(m.start(), m.end(), "date", start, data))
    found.extend(same_days(view, found))
    doc.add("date", found)
    return doc


def same_days(view: str, found: list[Span]) -> list[Span]:
    """Returns "同日" and "当天" as the last full date before them."""
    out = []
    for m in SAME_DAY.finditer(view):
        days = [d for d in found if d.start < m.start() and d.value and len(str(d.value)) == 10]
        if days:
            data = {"end": None, "part": None, "relative": True}
            out.append(Span(m.start(), m.end(), "date", days[-1].value, data))
    return out


def _day_opens(view: str, pos: int) -> bool:
    """True if a bare day ("15日") starts a clause, as in "15日,省外办...", not "42日"."""
    return pos == 0 or view[pos - 1] in ",;。、 \n(（于在"
