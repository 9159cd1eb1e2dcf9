"""People and their roles: "Vice Governor of Hubei Province Zhao Haishan", "Wang Hongyan, Vice
President of All-China Youth Federation", "Finland Parliament Speaker Lohela"."""

from __future__ import annotations

import re
from functools import lru_cache

from amity.extract.doc import Doc, Span
from amity.extract.en.counterparts import counterparts
from amity.extract.en.located import country_of, home_place, report_country
from amity.extract.en.person_words import SURNAME_PARTICLES, Person
from amity.extract.en.rosters import roster_people
from amity.extract.en.sentence_people import SentencePeople


def merge_people(people: list[Person]) -> list[Person]:
    """Returns one person per name, the first mention's role completed by later ones."""
    by_name: dict[str, Person] = {}
    out: list[Person] = []
    for p in people:
        key = p.name.value.lower()
        same = by_name.get(key) or next(
            (q for q in out if _same_person(q.name.value, p.name.value)), None
        )
        if same is None:
            by_name[key] = p
            out.append(p)
            continue
        if len(p.name.value) > len(same.name.value):
            same.name = p.name  # the full name, wherever it comes
        same.title = same.title or p.title
        same.organization = same.organization or p.organization
        same.country = same.country or p.country
    return out


def _same_person(a: str, b: str) -> bool:
    """True if b is a's surname or full name written again ("Ustinov" after "Dmitri Ustinov")."""
    wa, wb = a.lower().split(), b.lower().split()
    if wa == wb:
        return True
    short_, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(short_) > 1 and long_[-len(short_) :] == short_ and short_[0] in SURNAME_PARTICLES:
        return True  # "Van Tassell" and "Michelle Van Tassell"
    if len(wa) == len(wb) == 2 and wa[1] == wb[1] and wa[0][0] == wb[0][0]:
        if min(len(wa[0].rstrip(".")), len(wb[0].rstrip("."))) == 1:
            return True  # "L Vennell" after "Lesley Vennell": an initial for the first name
    short, full = (wb, wa) if len(wb) == 1 else (wa, wb) if len(wa) == 1 else ([], [])
    # "Mayor Lee" after "Lee Jae-soo", "Mayor Takehisa" after "Takehisa Akinari": East Asian
    # names put the surname first.
    return bool(short) and short[0] in (full[-1], full[0])


LOCAL_TITLE = re.compile(
    r"\b(?:mayor|councill?or|council|city|town|shire|county|governor|alderman|manager|clerk|"
    r"selectman|reeve|warden|akim|khokim|provost)\b",
    re.I,
)


def _country_by_context(doc: Doc, p: Person) -> str | None:
    """Returns the country of a person's body as the report locates it, or of the home city."""
    if p.organization:
        found = country_of(doc, p.organization)
        if found:
            return found
    home, country = home_place(doc)
    if home and p.organization == home:
        return country
    if p.organization:
        found = org_country(p.organization)
        if found:
            return found
    if home and not p.organization and LOCAL_TITLE.search(p.title or "") and _dominant(doc, home):
        return country
    return report_country(doc)


def org_country(org: str) -> str | None:
    """Returns the country of a body: a known acronym's ("CPAFFC"), else the one its name names."""
    from amity.registry.countries import Countries
    from amity.registry.gazetteer import Gazetteer
    from amity.registry.orgs import known_names, norm

    for word in [org, *org.split()]:
        known = known_names().get(norm(word))
        if known is not None and known.country:
            return known.country
    found = {m.code for m in Countries.load().find(org) if not m.ambiguous}
    if not found:  # towns known only from the twin-town lists are too often ordinary words
        found = {
            m.candidates[0].country
            for m in Gazetteer.load().find(org)
            if m.candidates and m.candidates[0].geonames_id > 0
        }
    return found.pop() if len(found) == 1 else None


CLUB_TITLE = re.compile(
    r"^(?:treasurer|secretary|chair|chairperson|convener|convenor|member|coordinator|co-ordinator|"
    r"club member|committee member)$",
    re.I,
)


def _org_by_context(doc: Doc, p: Person) -> str | None:
    """Returns the body a titled person serves when the sentence names none: the report's own
    city for a mayor or councillor, its main association for a club's officers."""
    title = p.title or ""
    if LOCAL_TITLE.search(title):
        home, _ = home_place(doc)
        return home
    if CLUB_TITLE.search(title):
        return _main_org(doc)
    return None


def _main_org(doc: Doc) -> str | None:
    """Returns the body a report names most, if it names one at least twice and most often."""
    counts: dict[str, int] = {}
    for n in doc.get("name"):
        value = str(n.value)
        if n.data.get("cls") == "org" or (
            n.data.get("cls") == "name"
            and len(value.split()) >= 3
            and not any(p.start == n.start for p in doc.overlapping("place", n.start, n.end))
        ):
            counts[value] = counts.get(value, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _dominant(doc: Doc, home: str) -> bool:
    """True if the home city is named at least twice as often as any other city."""
    counts: dict[str, int] = {}
    for p in doc.get("place"):
        if p.data.get("kind") == "city":
            counts[str(p.value)] = counts.get(str(p.value), 0) + 1
    others = [n for name, n in counts.items() if name != home]
    return counts.get(home, 0) >= 2 * max(others, default=1)


def people(doc: Doc) -> Doc:
    """Fills "person" mentions and the people records."""
    found: list[Person] = []
    for sent in doc.sentences:
        found.extend(SentencePeople(doc, sent).find())
    # Roster lines come last: a title a sentence gives ("President David Schmidt") wins.
    found = [p for p in roster_people(doc, found + _bylines(doc)) if not _a_place(doc, p)]
    found += counterparts(doc, found)
    merged = merge_people(found)
    short = _acronyms(doc)
    for p in merged:
        if p.organization == p.name.value:
            p.organization = None  # "Anthony Hancock (Secretary)": the name is no body of hers
        p.country = p.country or _country_by_context(doc, p)
        p.organization = p.organization or _org_by_context(doc, p)
        p.organization = short.get(p.organization or "", p.organization)
    doc.add("person", [p.name for p in found])
    doc.records["people"] = [
        {
            "name": p.name.value,
            "title": p.title,
            "organization": p.organization,
            "country": p.country,
            "span": [p.evidence[0], p.evidence[1]],
            "confidence": 0.8 if p.title else 0.5,
        }
        for p in merged
    ]
    return doc


# "the Chinese People's Association for Friendship with Foreign Countries (CPAFFC)"
ACRONYM_DEFINED = re.compile(
    r"(?<![\w’'-])(?P<full>[A-Z][\w’'.&-]*(?:[ \t]+(?:(?:of|for|with|and|on|in|the|de|du|des|la|le)[ \t]+)*"
    r"[A-Z][\w’'.&-]*){1,9})[ \t]+\((?P<short>[A-Z][A-Z0-9&-]{1,11})\)"
)


def _acronyms(doc: Doc) -> dict[str, str]:
    """Returns the full names the report gives its acronyms ("Sister Cities New Zealand (SCNZ)")."""
    key = ("acronyms", -1)
    if key not in doc.cache:
        out: dict[str, str] = {}
        for m in ACRONYM_DEFINED.finditer(doc.text):
            full = re.sub(r"^(?:The|In|At|By|From|With)\s+", "", m.group("full"))
            out.setdefault(m.group("short"), full)
        doc.cache[key] = out
    return dict(doc.cache[key])


def _a_place(doc: Doc, p: Person) -> bool:
    """True for a "person" that is a city ("San Antonio, SCI's vice chair", "General Santos")."""
    name = str(p.name.value)
    if (
        " " not in name
        and p.evidence[0] == p.name.start
        and any(
            s.start <= p.name.start and p.name.end <= s.end
            for label in ("place", "country")
            for s in doc.spanning(label, p.name.start, p.name.end)
        )
    ):
        return True  # "Lancashire, so our Deputy Mayor": a place before a title ("Mayor Kashiwa" stays)
    before = doc.text[max(0, p.name.start - 12) : p.name.start].split()
    written = f"{before[-1]} {name}" if before and p.title and before[-1] == p.title else name
    return any(" " in c and _a_city_name(c) for c in {name, written})


@lru_cache(maxsize=4096)
def _a_city_name(name: str) -> bool:
    """True for the name, as written, of a city the gazetteer knows."""
    from amity.registry.gazetteer import Gazetteer

    return any(g.kind == "city" and g.name == name for g in Gazetteer.load().lookup(name)[:3])


BYLINE = re.compile(
    r"\((?:author|by|reporter|editor|written by)\s*[:：]\s*([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})\)",
    re.I,
)


# "Author: Zhanna Nurmaganbetova" on a line of its own
BYLINE_LINE = re.compile(
    r"(?im)^[ \t]*\(?(?:author|by|reporter|editor|correspondent|written by|journalist|"
    r"photographer|photo|photos|text|writer|translator|translated by)[ \t]*[:：][ \t]*"
    r"((?-i:[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,3}))\)?[ \t.]*$"
)


# "By Erin Holloway, Staff Writer, Sequim Gazette": the writer with the role and paper
BYLINE_BY = re.compile(
    r"(?m)^[ \t]*By[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})(?:,[ \t]*"
    r"([A-Za-z][\w]+(?:[ \t]+[A-Za-z][\w]+){0,3}?)(?:,[ \t]*([A-Z][^\n,]{2,40}?))?)?[ \t]*$"
)
# "Photographed by Sun Tao" on a line of its own
PHOTO_BY = re.compile(
    r"(?m)^[ \t]*(?:Photographed|Photos?|Pictures?|Translated|translated)[ \t]+by[ \t]+"
    r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})[ \t.]*$"
)


def _bylines(doc: Doc) -> list[Person]:
    """Returns authors named in a byline such as "(author: Han Yihua)" or "Author: Name"."""
    out: list[Person] = []
    for m in BYLINE_BY.finditer(doc.text, 0, min(len(doc.text), 600)):
        span = Span(m.start(1), m.end(1), "person", m.group(1))
        out.append(Person(span, m.group(2), m.group(3), None, (m.start(1), m.end())))
    for m in PHOTO_BY.finditer(doc.text):
        span = Span(m.start(1), m.end(1), "person", m.group(1))
        role = "translator" if "ranslated" in m.group(0) else "photographer"
        out.append(Person(span, role, None, None, (m.start(), m.end())))
    for m in [*BYLINE.finditer(doc.text), *BYLINE_LINE.finditer(doc.text)]:
        if any(p.name.start == m.start(1) for p in out):
            continue
        role = re.split(r"[:：]", m.group(0))[0].strip(" \t\n(").lower()
        span = Span(m.start(1), m.end(1), "person", m.group(1))
        out.append(Person(span, role, None, None, (m.start(), m.end())))
    return out
