"""Where a report itself says a named place lies: "the Latvian town of Rujiena", "Sakura City,
Japan", "Wetzlar in Germany", "Jacksonville (USA)", "China's Xi'an"."""

from __future__ import annotations

import re

from amity.extract.doc import Doc

KIND_OF = re.compile(
    r"\s+(?:city|town|village|municipality|county|district|region|province|prefecture|state|"
    r"capital|port|island|shire|borough|oblast)\s+of\s+(?:the\s+)?(?=[A-Z])",
    re.I,
)
AFTER = re.compile(r"(?:,\s*|\s+\(\s*|\s+in\s+)(?:the\s+)?$")
KEY = "located"


def located(doc: Doc) -> dict[str, str]:
    """Returns {place name: ISO country} for every place the report locates in a country."""
    cached = doc.cache.get((KEY, 0))
    if cached is None:
        cached = _collect(doc)
        doc.cache[(KEY, 0)] = cached
    return cached


def country_of(doc: Doc, name: str) -> str | None:
    """Returns the country the report gives a place name (also with "City" or "'s" trimmed)."""
    found = located(doc)
    base = re.sub(r"[’']s$", "", name.strip())
    return found.get(base) or found.get(re.sub(r"\s+(?:City|Town|Shire)$", "", base))


def _collect(doc: Doc) -> dict[str, str]:
    out: dict[str, str] = {}
    names = [n for n in doc.get("name") if n.data.get("cls") in ("place", "name", "org")]
    for c in doc.get("country"):
        code = str(c.value)
        m = KIND_OF.match(doc.text, c.end)
        if m:
            _put(out, doc, m.end(), code, names)  # "the Latvian town of Rujiena"
        if doc.text.startswith("’s ", c.end) or doc.text.startswith("'s ", c.end):
            _put(out, doc, c.end + 3, code, names)  # "China's Xi'an"
        gap = AFTER.search(doc.text, max(0, c.start - 8), c.start)
        if gap:
            for n in names:
                if n.end == gap.start() and not doc.at("country", n.start):
                    out.setdefault(_key(str(n.value)), code)  # "Sakura City, Japan"
    return out


def _put(out: dict[str, str], doc: Doc, pos: int, code: str, names: list[object]) -> None:
    for n in doc.in_range("name", pos, pos + 80):
        if n.start == pos:
            out.setdefault(_key(str(n.value)), code)
        return


def _key(name: str) -> str:
    return re.sub(r"[’']s$", "", name.strip())
