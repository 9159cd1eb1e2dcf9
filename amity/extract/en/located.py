"""Where a report itself says a named place lies: "the Latvian town of Rujiena", "Sakura City,
Japan", "Wetzlar in Germany", "Jacksonville (USA)", "China's Xi'an"."""

from __future__ import annotations

import re
from typing import Any

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
    names: dict[int, list[Any]] = {}  # the place, org and other names, by where they end
    for n in doc.get("name"):
        if n.data.get("cls") in ("place", "name", "org"):
            names.setdefault(n.end, []).append(n)
    for c in doc.get("country"):
        code = str(c.value)
        m = KIND_OF.match(doc.text, c.end)
        if m:
            _put(out, doc, m.end(), code)  # "the Latvian town of Rujiena"
        if doc.text.startswith("’s ", c.end) or doc.text.startswith("'s ", c.end):
            _put(out, doc, c.end + 3, code)  # "China's Xi'an"
        _before(out, doc, c.start, code, names)
    for p in doc.get("place"):
        if p.data.get("kind") == "admin1" and p.data.get("country"):
            _before(out, doc, p.start, str(p.data["country"]), names)  # "Batesville, Indiana"
    return out


def _before(
    out: dict[str, str], doc: Doc, pos: int, code: str, names: dict[int, list[Any]]
) -> None:
    """Records the country of the name just before ", Japan", " (USA)" or " in Germany"."""
    gap = AFTER.search(doc.text, max(0, pos - 8), pos)
    if gap:
        for n in names.get(gap.start(), ()):
            if not doc.at("country", n.start):
                out.setdefault(_key(str(n.value)), code)  # "Sakura City, Japan"


def _put(out: dict[str, str], doc: Doc, pos: int, code: str) -> None:
    """Records the country of the name that starts at pos."""
    for n in doc.in_range("name", pos, pos + 80):
        if n.start == pos:
            out.setdefault(_key(str(n.value)), code)
        return


def _key(name: str) -> str:
    return re.sub(r"[’']s$", "", name.strip())


def home_place(doc: Doc) -> tuple[str | None, str | None]:
    """Returns the city a report speaks from: the one it names most often, if it stands out."""
    if ("home", 0) not in doc.cache:
        doc.cache[("home", 0)] = _home(doc)
    return doc.cache[("home", 0)]


FIRST_NAME = re.compile(r"(?:^|[\s(])([A-Z][a-z]+) $")
NOT_FIRST_NAMES = {"The", "In", "At", "From", "To", "On", "And", "Of", "For", "With", "By", "Near",
                   "Miss", "City", "Mayor", "Greater", "North", "South", "East", "West", "New",
                   "Old", "Lake", "Port", "Fort", "Saint", "San", "Santa", "Los", "Las", "Le",
                   "La", "Bad", "Upper", "Lower", "Great", "Little", "Mount", "Cape", "Cities",
                   "Sister", "Twin", "Towns", "Council", "Association", "Society", "Committee",
                   "Friendship", "Twinning", "County", "State", "Province", "Visit", "Welcome"}  # fmt: skip


def _after_a_first_name(text: str, start: int) -> bool:
    """True for "Kendall" in "Rod Kendall": a place name that is a person's surname here."""
    m = FIRST_NAME.search(text, max(0, start - 20), start)
    return m is not None and m.group(1) not in NOT_FIRST_NAMES


HEADER_COUNCIL = re.compile(
    r"^\W*(?:(?:The\s+)?(?:City|Town|Borough|Shire|District|County)\s+of\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)"
    r"\s+(?:(?:City|Borough|District|Shire|Town|County|Regional|Municipal)\s+)?(?:Council|Government)\b"
)


def _header_council(doc: Doc) -> tuple[str, str | None] | None:
    """Returns the city of the council a report heads with ("WAGGA WAGGA CITY COUNCIL") or
    signs with ("City of Ansbach – Press Office", "Tauranga City Council Communications Team")."""
    first = doc.text[: doc.items[0].end if doc.items else 120][:200]
    m = None
    for line in first.strip().splitlines()[:2]:  # "Minutes of ...\nWagga Wagga City Council"
        m = HEADER_COUNCIL.match(line.title() if line.isupper() else line)
        if m:
            break
    if not m:
        head = doc.text[: doc.items[min(2, len(doc.items) - 1)].end if doc.items else 300]
        for line in head.splitlines()[:8]:  # "CITY OF SAN LEANDRO" on a line of its own
            line = line.strip()
            m = CITY_OF_LINE.fullmatch(line.title() if line.isupper() else line)
            if m:
                break
    if not m and len(doc.items) > 2:
        last = doc.text[doc.items[-1].start : doc.items[-1].end].strip()
        m = SIGNING_OFFICE.match(last) if len(last) < 80 else None
    found = _council_city(next((g for g in m.groups() if g), None)) if m else None
    memo = None if found else _memo_council(doc)
    return _council_city(memo.group(1)) if memo else found


MEMO_COUNCIL = re.compile(
    r"\s*(?:To|From|Memo to)\s*:.*?\bthe\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+"
    r"(?:City|Town|Borough|District|Shire)\s+Council\b"
)
CITY_OF_LINE = re.compile(
    r"(?:The\s+)?(?:City|Town|Borough|County|Municipality|Shire)\s+[Oo]f\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
# A release's closing line: the office of the city that speaks
SIGNING_OFFICE = re.compile(
    r"(?:(?:The\s+)?(?:City|Town|Municipality)\s+of\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s*[-–—,|]\s*(?:Press|Media|Communications?|Public Relations)\b"
    r"|([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+(?:City|District|Borough|Town|Shire)\s+Council\s+"
    r"(?:Communications?|Press|Media)\b)"
)


def _memo_council(doc: Doc) -> re.Match[str] | None:
    """Returns the council a memo is addressed to or sent from ("To: ... the Seward City
    Council"): the city the report speaks for, however often it names its partner."""
    for line in doc.text[:600].splitlines()[:10]:
        m = MEMO_COUNCIL.match(line)
        if m:
            return m
    return None


def _council_city(name: str | None) -> tuple[str, str | None] | None:
    """Returns a council's city and its country, if the gazetteer knows it."""
    from amity.registry.gazetteer import Gazetteer

    if not name:
        return None
    name = re.sub(r"\bAnd\b", "and", name)
    # "Tonbridge and Malling Borough Council": a borough named for its towns, the first placing it
    for part in (name, name.split(" and ")[0]):
        found = [p for p in Gazetteer.load().lookup(part)[:3] if p.kind == "city"]
        if found:
            return name, found[0].country
    return None


ASSOCIATION_AROUND = re.compile(
    r"(?:Sister\s+Cit(?:y|ies)|Twinning|Twin\s+Towns?|Friendship)\s+(?:(?:of|for)\s+)?$"
    r"|^\s+(?:Sister\s+Cit(?:y|ies)|Twinning|Twin\s+Towns?|Friendship)\s+(?:Association|Committee|Society|Club|Commission)"
)


CITY_OF_BEFORE = re.compile(r"\b(?:City|Town|Borough|Municipality|County)\s+of\s+$", re.I)


def _header_association_places(doc: Doc) -> list[str]:
    """Returns the places the header's association is named for ("Sister Cities Newport News",
    "Frankston Twinning Association"): the report speaks from there."""
    end = doc.items[min(2, len(doc.items) - 1)].end if doc.items else 300
    out = []
    # "NZ-China Friendship Society": a society named for a country speaks from no city of it
    places = [p for p in doc.in_range("place", 0, min(end, 400)) if p.data.get("kind") != "country"]
    first_line = doc.items[0].end if doc.items else doc.text.find("\n")
    for k, p in enumerate(places):
        before = doc.text[max(0, p.start - 20) : p.start]
        after = doc.text[p.end : p.end + 40]
        # "Sister City Committee, City of Corpus Christi - Minutes": the publisher's own city
        publisher = p.start < first_line and CITY_OF_BEFORE.search(before)
        if ASSOCIATION_AROUND.search(before) or ASSOCIATION_AROUND.match(after) or publisher:
            # "Frankston Susono Friendship Association": the first of the towns it joins
            while k > 0 and not doc.text[places[k - 1].end : places[k].start].strip():
                k -= 1
            out.append(str(places[k].value))
    if not out:
        # "Polegate Twinning Association", "Chelmsford Town Twinning Association": a town too
        # small for the gazetteer still names the association's home
        m = HEADER_ASSOCIATION.search(doc.text, 0, min(end, 400))
        line = doc.text[:first_line].split("\n", 1)[0]
        if m is None and line.isupper():  # "PORT STEPHENS SISTER CITIES COMMITTEE"
            m = HEADER_ASSOCIATION.search(line.title())
        if m and m.start() < first_line:
            out.append(m.group(1))
    return out[:1]


HEADER_ASSOCIATION = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+(?!Town\b|City\b|District\b|Borough\b)[A-Z][\w'’-]+)?)\s+"
    r"(?:(?:Town|City|District|Borough)\s+)?"
    r"(?:Twinning|Sister\s+Cit(?:y|ies)|Twin\s+Towns?)\s+(?:Association|Committee|Society|Club|Commission)\b"
)


def _home(doc: Doc) -> tuple[str | None, str | None]:
    counts: dict[str, int] = {}
    country: dict[str, str | None] = {}
    _, abroad = _two_sided_body(doc)
    for p in doc.get("place"):
        if (
            p.data.get("kind") == "city"
            and not _after_a_first_name(doc.text, p.start)
            and (abroad is None or p.data.get("country") != abroad)
        ):
            counts[str(p.value)] = counts.get(str(p.value), 0) + 1
            country.setdefault(str(p.value), p.data.get("country"))
    for name in _header_association_places(doc):
        # a town too small for the gazetteer counts as often as the report names it, unless
        # a town it holds is counted ("Ballina-Killaloe" and "Killaloe")
        known = [p for p in re.split(r"[\s-]+", name) if p in counts]
        if name not in counts and known:
            name = max(known, key=lambda p: counts[p])  # the most named town it holds
        counts[name] = counts.get(name, doc.text.count(name) - 1) + 5
    dateline = _dateline_city(doc)
    if dateline and dateline in counts:
        counts[dateline] += 3  # "DUBUQUE, Iowa —": local news speaks from where it is datelined
    for m in OUTBOUND.finditer(
        doc.text, 0, doc.items[min(3, len(doc.items) - 1)].end if doc.items else 600
    ):
        name = m.group(1) or m.group(2)
        name = name if name in counts else name.split()[0]  # "Goulburn Mulwaree Council"
        if name in counts:
            counts[name] += 3  # "A delegation from Goulburn leaves for Japan": home sends it
    titled = TITLE_OWNER.match(doc.text, 0, doc.items[0].end if doc.items else 0)
    if titled and titled.group(1) in counts:
        counts[titled.group(1)] += 3  # "Chiang Mai and its sister cities: what ... means"
    header = _header_council(doc)
    if header and _memo_council(doc):
        counts[header[0]] = counts.get(header[0], 0) + 10
    if header:
        first = header[0].split(" and ")[0]  # "Tonbridge" counts for "Tonbridge and Malling"
        counts[header[0]] = (
            counts.get(header[0], 0) + 3 + (counts.pop(first, 0) if first != header[0] else 0)
        )
        country.setdefault(header[0], header[1])
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # stable: first named wins ties
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None, None
    return ranked[0][0], country.get(ranked[0][0])


# "A delegation from Goulburn Mulwaree Council leaves for Japan", "Goulburn councillors head to"
OUTBOUND = re.compile(
    r"\b(?:delegation|group|party|team|students|councillors)\s+from\s+(?:the\s+)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+[A-Z][\w'’-]+)*?(?:\s+(?:City|District|Shire|Borough)?\s*Council)?"
    r"\s+(?:leaves|left|departs|departed|heads|headed|sets off|set off|flies|will leave|will travel|is travelling)\s+(?:for|to)\b"
    r"|\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:councillors|delegation|students|mayor|Mayor)\s+"
    r"(?:heads?|headed|leaves?|travels?|fly|flies|set off|sets off)\s+(?:for|to)\b"
)
# A headline on a town's ties: "Napier's sister cities", "Chiang Mai and its twin towns"
TITLE_OWNER = re.compile(
    r"\W*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:['’]s|\s+and\s+its)\s+(?:[\w-]+\s+)?"
    r"(?:sister|twin|partner|friendship)[\s-](?:cities|towns|city|town|ties|links)\b"
)
CAPS_DATELINE = re.compile(r"([A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*),\s")


def _dateline_city(doc: Doc) -> str | None:
    """Returns the city of a capitals dateline opening the body ("DUBUQUE, Iowa —"), as the
    report otherwise writes it."""
    for item in doc.items[1:3]:
        m = CAPS_DATELINE.match(doc.text, item.start, item.end)
        if m and len(m.group(1)) > 2:
            return m.group(1).title()
    return None


def report_country(doc: Doc, named: bool = True) -> str | None:
    """Returns the country a report speaks from: its home city's, else (named) the one it names most.

    Worked out once per report: events, people and ties ask for it, one by one.
    """
    key = ("report country", int(named))
    if key not in doc.cache:
        doc.cache[key] = _report_country(doc, named)
    return doc.cache[key]  # type: ignore[no-any-return]


# "Tyneside-China Friendship Society", "Australia-Japan Society": a body named for two sides
# speaks from the first and about the second.
TWO_SIDED_BODY = re.compile(
    r"\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s*[-–]\s*([A-Z][\w’'-]*(?:\s+(?!Friendship)[A-Z][\w’'-]*)?)\s+"
    r"(?:Friendship\s+)?(?:Society|Association|Club|Federation|Foundation)\b"
)


def _two_sided_body(doc: Doc) -> tuple[str | None, str | None]:
    """Returns the countries (home, abroad) of a header's two-sided body, as far as they are named."""
    end = doc.items[min(2, len(doc.items) - 1)].end if doc.items else 300
    m = TWO_SIDED_BODY.search(doc.text, 0, min(end, 400))
    if not m:
        return None, None
    from amity.registry.countries import Countries

    table = Countries.load()
    return table.code(m.group(1)), table.code(m.group(2))


def _report_country(doc: Doc, named: bool) -> str | None:
    home, country = home_place(doc)
    if home and country or not named:
        return country
    own, abroad = _two_sided_body(doc)
    if own:
        return own
    counts: dict[str, int] = {}
    for c in doc.get("country"):
        if str(c.value) != abroad:
            counts[str(c.value)] = counts.get(str(c.value), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None
