"""The places a Chinese report speaks from and to: "我市", "在京", "两市" resolved against the text."""

from __future__ import annotations

import re

from amity.extract.doc import Doc, Span
from amity.extract.zh.text import simple

# One-character names of Chinese cities and provinces, read only after a verb of place.
CITY_ABBREV = {"京": "北京", "沪": "上海", "渝": "重庆", "穗": "广州", "蓉": "成都", "港": "香港"}
ABBREV_PLACE = re.compile("(?<=[在访赴抵来返离到驻])([京沪渝穗蓉港])(?![\u4e00-\u9fff]{0,1}[剧腔])")
HOME = re.compile("(?:我|本)(市|省|区|县|州)")
LEVEL = {
    "市": ("city",),
    "区": ("city",),
    "县": ("city",),
    "省": ("admin1",),
    "州": ("admin1", "city"),
}


def home_place(doc: Doc, level: str) -> Span | None:
    """Returns the report's own place of a level (市, 省...): the first Chinese one it names."""
    kinds = LEVEL.get(level, ("city",))
    key = ("zh.home", ord(level))
    if key not in doc.cache:
        found = None
        for place in doc.get("place"):
            if place.data.get("country") == "CN" and place.data.get("kind") in kinds:
                found = place
                break
        doc.cache[key] = found
    found = doc.cache[key]
    return found if isinstance(found, Span) else None


def places_in(doc: Doc, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    """Returns (start, end, name, country) of the places in [start, end): named, "我市", "在京"."""
    view = simple(doc)
    out = [
        (p.start, p.end, doc.text[p.start : p.end], p.data.get("country"))
        for p in doc.in_range("place", start, end)
    ]
    for m in HOME.finditer(view, start, end):
        home = home_place(doc, m.group(1))
        if home is not None:
            out.append((m.start(), m.end(), _bare(doc.text[home.start : home.end]), "CN"))
    for m in ABBREV_PLACE.finditer(view, start, end):
        out.append((m.start(), m.end(), CITY_ABBREV[m.group(1)], "CN"))
    return sorted(out)


def _bare(name: str) -> str:
    """Returns a place name without its 市 (the form reports use after 我市 stood for it)."""
    return name[:-1] if len(name) > 2 and name[-1] in "市县" else name
