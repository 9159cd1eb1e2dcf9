"""The parties of a sentence: the names that can be a party to a tie (not people, countries,
dates, venues or headings), each with its country; the pairs that "A and B" or "between A, B
and C" name, the one that signs among names chained by qualifiers ("Chuncheon, the capital of
Gangwon Province"), and the record of a tie between two parties."""

from __future__ import annotations

import re
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.en.lexicon import COMMON_NAME_WORDS, NOT_NAME, ORG_HEADS, PLACE_SUFFIXES
from amity.extract.en.located import country_of
from amity.extract.en.titles import is_title_word


def _names(doc: Doc, start: int, end: int) -> list[Span]:
    return [
        n for n in doc.in_range("name", start, end) if n.data.get("cls") in ("org", "place", "name")
    ]


def _party(doc: Doc, n: Span) -> dict[str, Any]:
    """Returns {"name", "country"} for a party, "of Belarus"/"Russia's" giving its country."""
    text = doc.text
    name = str(n.value)
    country = None
    m = re.match(r"\s+(?:of|in)\s+(?:the\s+)?", text[n.end : n.end + 10])
    if m:
        country = doc.value_at("country", n.end + m.end())
    before = text[max(0, n.start - 20) : n.start]
    pm = re.search(r"([A-Z][\w ]+?)[’']s\s+$", before)
    if country is None and pm:
        country = doc.value_at("country", n.start - len(pm.group(0)))
    kind_of = KIND_OF_BEFORE.search(text, max(0, n.start - 40), n.start)
    if country is None and kind_of:
        adj = kind_of.group("adj")
        country = doc.value_at("country", kind_of.start()) or LANGUAGE_ADJ.get(adj)
    if "(" in text[n.end : n.end + 3]:
        country = country or doc.value_at("country", n.end + text[n.end : n.end + 3].index("(") + 1)
    inner = [c for c in doc.in_range("country", n.start, n.end)]
    for c in inner:
        if c.start == n.start and c.end == n.end:
            return {"name": name, "country": str(c.value)}
    trailing = [c for c in inner if c.end == n.end]
    if trailing:
        inner = trailing
    country = country or (str(inner[0].value) if inner else None) or _place_country(doc, n)
    name = _strip_country(name, inner, doc, n)
    name = OF_REGION.sub("", AGENCY_LEAD.sub("", name)) or name
    name = re.sub(r"['’]s$", "", name)
    country = country or next(
        (
            str(p.data["country"])
            for p in doc.get("place")
            if p.value == name and p.data.get("country")
        ),
        None,
    )
    country = country or country_of(doc, name)
    pm = re.match(r"([A-Z][\w ]+?)[’']s\s+", name)
    if pm and inner and inner[0].start == n.start:
        name = name[pm.end() :]
    return {"name": name, "country": country}


ALIAS_BEFORE = re.compile(
    r"\b(?:then|formerly|previously|once|now|later|still)\s+(?:called|known\s+as|named)\s+$"
    r"|\b(?:formerly|renamed)\s+$|\b(?:bore|bears|bearing|under|had|has)\s+the\s+(?:old\s+|former\s+)?name\s+$"
)
# Adjectives the country table leaves out as they name a language too ("English lessons").
LANGUAGE_ADJ = {"English": "GB"}
# "the English city of Coventry": the adjective gives the country.
KIND_OF_BEFORE = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+)\s+(?:city|town|village|municipality|port|capital|region|province)\s+of\s+$"
)
# "KAZINFORM The Akimat of ...": a news agency's name run into the sentence it opens.
AGENCY_LEAD = re.compile(r"^[A-Z]{3,}[.:]?\s+(?:The\s+)?(?=[A-Z])")
# "Kazan of the Republic of Tatarstan": the region only places the city.
OF_REGION = re.compile(
    r"\s+of\s+the\s+(?:Republic|Province|Region|State|Oblast|Prefecture|Autonomous)\b.*$"
)


def _strip_country(name: str, inner: list[Span], doc: Doc, n: Span) -> str:
    """Drops a trailing " of Belarus" so that the name reads as the report names the place."""
    for c in inner:
        if c.end == n.end and re.search(r"\s+of\s+(?:the\s+)?$", doc.text[n.start : c.start]):
            return (
                doc.text[n.start : c.start]
                .rstrip()
                .removesuffix(" of")
                .removesuffix(" of the")
                .rstrip()
            )
    return name


def _place_country(doc: Doc, n: Span) -> str | None:
    """Returns the country of a party that is a place ("Rybinsk City"), not of an org named after one."""
    last = str(n.value).split()[-1].lower()
    for p in doc.in_range("place", n.start, n.end):
        rest = doc.text[p.end : n.end].strip().lower().split()
        whole = p.start == n.start and (
            not rest or rest[0] in PLACE_SUFFIXES or last in PLACE_SUFFIXES
        )
        # A body named after a large city belongs to that city's country ("Shanghai Academy").
        whole = whole or (p.start == n.start and (p.data.get("population") or 0) >= BIG_CITY)
        if p.data.get("country") and (
            whole or doc.text[p.end : n.end].strip().lower() in PLACE_SUFFIXES
        ):
            return str(p.data["country"])
    return None


PAIR_GAP = re.compile(
    # ", California and": a state or province that places the first party (skipped as a party)
    r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?\s+and\s+(?:the\s+)?|"
    # ", in the country's southwest, and": an aside that places the first party
    r",\s+(?:in|on|near)\s+[^,;]{1,60},\s+and\s+(?:the\s+)?|"
    r"(?:\s+(?:of|in)\s+[^,]*?)?\s+and\s+(?:the\s+)?(?:(?:city|town|county|district|municipality)\s+of\s+)?|(?:\s+(?:city|town|county|district|province|region|oblast|state|prefecture|municipality))?\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town|county|district|province)\s+of\s+)?|-|–"
)


CALENDAR = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)"
)
PUBLICATION = re.compile(r"\b(?:Newsletter|Bulletin|Edition|Issue|Minutes|Annual Report)\b")


# Last words that end a body's name as its head does ("Sister Cities International").
BODY_TAILS = {"international", "inc", "ltd", "gmbh"}

PAIR_BEFORE = re.compile(
    r"(?:\bbetween\s+(?:the\s+)?(?:(?:towns|cities|municipalities) of\s+)?|\bwith\s+(?:the\s+)?|[,:]\s*|"
    # an item of a list: "- the city of Kashgar and Kattakurgan district"
    r"(?:^|\n)[ \t]*[-–—•*·][ \t]*(?:the\s+)?(?:(?:city|town|county|district|province|prefecture|region)\s+of\s+)?)$",
    re.I,
)
PAIR_AFTER = re.compile(
    r"(?:,\s+(?:for (?:instance|example)|too|however|meanwhile|in turn),)?"  # an aside first
    r",?\s+(?:have|has|had|are|were|will|would|signed|became|become|agreed|decided|formali[sz]ed|"
    r"established|forged|celebrat\w*|renewed|marked|concluded|inked|sealed|exchanged|first|also|"
    r"both|jointly|began|started|put|added|twinned|share|shared)\b"
)


def _two_bodies(value: str) -> bool:
    """Whether "Sister Cities International and Henan University" names two bodies, not one."""
    left, right = value.split(" and ", 1)
    last = left.split()[-1].lower()
    return (last in ORG_HEADS or last in BODY_TAILS) and len(right.split()) > 1


def _split_and(doc: Doc, n: Span) -> list[Span]:
    """Returns "Twyford and Cuincy" as two names; a body's name ("Friends and Partners Club") stays."""
    value = str(n.value)
    if " and " not in value:
        return [n]
    if set(value.lower().split()) & ORG_HEADS and not _two_bodies(value):
        return [n]
    before = doc.text[max(0, n.start - 30) : n.start]
    if not (PAIR_BEFORE.search(before) or PAIR_AFTER.match(doc.text, n.end)):
        return [n]  # "Carrying forward Shanghai Spirit and Open ...": no pair of parties
    cut = value.index(" and ")
    left, right = value[:cut], value[cut + 5 :]
    if not (left[:1].isupper() and right[:1].isupper()):
        return [n]
    a = Span(n.start, n.start + cut, n.label, left, n.data)
    b = Span(n.start + cut + 5, n.end, n.label, right, n.data)
    return [a, b]


def _parties(doc: Doc, start: int, end: int) -> list[Span]:
    """Returns the names in [start, end) that can be a party (a new list; found once per range)."""
    known: dict[tuple[int, int], list[Span]] = doc.cache.setdefault(("parties", -1), {})
    found = known.get((start, end))
    if found is None:
        found = known[(start, end)] = _find_parties(doc, start, end)
    return list(found)


def _person_names(doc: Doc) -> set[str]:
    """Returns the full names of the people the report names, wherever they are named."""
    key = ("person names", -1)
    if key not in doc.cache:
        doc.cache[key] = {str(p.value) for p in doc.get("person") if " " in str(p.value)}
    return set(doc.cache[key])


def _surnames(doc: Doc) -> set[str]:
    """Returns the last names of the people the report names ("Chmiel" of "Adam Chmiel")."""
    key = ("surnames", -1)
    if key not in doc.cache:
        doc.cache[key] = {
            str(p.value).split()[-1] for p in doc.get("person") if len(str(p.value).split()) > 1
        }
    return set(doc.cache[key])


def _find_parties(doc: Doc, start: int, end: int) -> list[Span]:
    """Returns the names in [start, end) that can be a party: not people, countries, dates or deeds."""
    out: list[Span] = []
    for n in [part for name in _names(doc, start, end) for part in _split_and(doc, name)]:
        n = _cased_lead(doc, n)
        if _demonym(doc, n):
            owner = re.match(r"(.+?)['’]s\s", str(n.value))  # "Invercargill's Japanese"
            if owner is None:
                continue
            n = Span(n.start, n.start + owner.end(1), n.label, owner.group(1), n.data)
        if _agency_or_initials(doc, n) or ALIAS_BEFORE.search(
            doc.text, max(0, n.start - 30), n.start
        ):
            continue  # "the city, then called Stalingrad": another name of a party, not a party
        if OPENING_WORD.fullmatch(str(n.value)) and _opens_sentence(doc, n):
            continue  # "Speaking at the dinner, ...", "Sizeable Polish communities live ..."
        if (
            CALENDAR.fullmatch(str(n.value))
            or PUBLICATION.search(str(n.value))
            or str(n.value).lower() in GENERIC_WORDS
            or " " not in str(n.value)
            and is_title_word(
                re.sub(r"['’]s$", "", str(n.value))
            )  # "Mayor greets", "Officer's note"
        ):
            continue
        city_of = CITY_OF.match(str(n.value)) is not None
        n = _place_of_holder(doc, n)  # "Mayor Ann Tuck of Hampton": the person is no party
        dated = sum(
            min(d.end, n.end) - max(d.start, n.start) for d in doc.spanning("date", n.start, n.end)
        )
        if (
            doc.overlapping("person", n.start, n.end)
            or _is_country(doc, n)
            or dated * 2 >= n.end - n.start
            or str(n.value) in _surnames(doc)
            or str(n.value) in _person_names(doc)  # "Evgeny Pervyshov receives ..." in a headline
        ):
            continue
        n = _after_date(doc, n)
        if out and doc.text[out[-1].end : n.start] == " (":
            continue  # "Harbin (P. R. China)": the bracket places the party
        if doc.text[max(0, n.start - 7) : n.start] == "on the ":
            continue  # "the castle town on the Lieser": a river or coast that places a town
        if LOCATOR_BEFORE_TOWN.match(doc.text, n.end) and doc.text[: n.start].endswith("the "):
            continue  # "the Normandy town of Aunay-sur-Odon": the region only places the town
        if (
            _qualifier(doc, out, n)
            or _headline(doc, n)
            or REGION_NAME.fullmatch(str(n.value))
            or VENUE.search(str(n.value))
            and not city_of
        ):
            continue
        if re.search(
            r"\b(?:agreements?|memorand(?:um|a|ums)|protocols?|treat(?:y|ies)|declarations?|contracts?|mous?|"
            r"program|programme|day|week|golden|silver|diamond|jubilee)\b"
            r"|\b(?:market|fair|festival|expo|exhibition|tournament|concert|ceremony|anniversar\w*)$",
            str(n.value),
            re.I,
        ):
            continue
        words = [
            w.lower().strip("’'")
            for w in re.findall(r"[\w’'-]+", str(n.value).replace("’s", "").replace("'s", ""))
        ]
        if all(w in COMMON_NAME_WORDS or w in NOT_NAME for w in words) and not (
            len(words) > 1 and set(words) & ORG_HEADS
        ):
            continue
        if (
            out
            and doc.text[out[-1].end : n.start] == ", "
            and (
                words[-1]
                in ("province", "state", "region", "prefecture", "oblast", "county", "krai")
                and " of " not in str(n.value)
                and len(words) <= 4
                or _is_admin1(doc, n, out[-1])
            )
        ):
            continue  # "Suifenhe City, Heilongjiang Province": the province only places the city
        out.append(n)
    return out


def _is_admin1(doc: Doc, n: Span, before: Span) -> bool:
    """True for a state or province the gazetteer knows that places the name before it
    ("Adelanto, California"), not one of another country ("Toyama, Kerala with Ehime")."""
    from amity.registry.gazetteer import Gazetteer

    before_country = next(
        (p.data.get("country") for p in doc.spanning("place", before.start, before.end)), None
    )
    if any(
        p.start == n.start
        and p.end == n.end
        and p.data.get("kind") == "admin1"
        and before_country in (None, p.data.get("country"))
        for p in doc.spanning("place", n.start, n.end)
    ):
        return True
    # "Tacoma, Washington": a state the gazetteer also knows as a city still places the city,
    # unless a list goes on after it ("Niigata, Akita, Joetsu and Maizuru")
    goes_on = re.match(r",\s+(?=[A-Z])|\s+and\s+(?=[A-Z])", doc.text[n.end : n.end + 8])
    if goes_on and doc.at("country", n.end + goes_on.end()) is None:
        return False  # "Klamath Falls, Oregon, United States": a country after it still places
    return before_country is not None and any(
        p.kind == "admin1" and p.country == before_country
        for p in Gazetteer.load().lookup(str(n.value))
    )


REGION_NAME = re.compile(
    r"(?:the\s+)?(?:Europe|Asia|Africa|Oceania|Scandinavia|the Caribbean|Caribbean|Middle East|"
    r"(?:Latin|North|South|Central) America|Asia[- ]Pacific|Eurasia)",
)


# Where a signing took place is not a party to it ("at Gwangju City Hall").
VENUE = re.compile(
    r"\b(?:Hall|Hotel|Palace|Stadium|Auditorium|Chambers?|Arena|Pavilion|Theatre|Theater|Square|"
    r"Church|Cathedral|Museum|Park|Gallery|Library|Temple|Shrine|Castle|Centre|Center)$"
    r"|^(?:Plaza|Piazza|Platz|Plac|Palazzo|Palais|Rathaus)\b"
)


# "City of Brooklyn Center": a place whose name ends like a venue's.
CITY_OF = re.compile(r"(?:The\s+)?(?:City|Town|Village|Municipality|Borough)\s+of\s+")
HOLDER_OF = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){1,5}of\s+(?=[A-Z])")


def _place_of_holder(doc: Doc, n: Span) -> Span:
    """Returns "Koya" of "Mayor of Koya" and "Hampton" of "Mayor Ann Tuck of Hampton"."""
    m = HOLDER_OF.match(str(n.value))
    if not m:
        return n
    head = str(n.value)[: m.end()].split()
    if not (is_title_word(head[0]) or doc.overlapping("person", n.start, n.start + m.end())):
        return n
    start = n.start + m.end()
    return Span(start, n.end, n.label, doc.text[start : n.end], n.data)


def _after_date(doc: Doc, n: Span) -> Span:
    """Returns the name without a date run into its start ("May 2024 Ozolmuiza" -> "Ozolmuiza")."""
    for d in doc.overlapping("date", n.start, n.end):
        if d.start <= n.start < d.end < n.end:
            start = d.end + len(doc.text[d.end : n.end]) - len(doc.text[d.end : n.end].lstrip())
            return Span(start, n.end, n.label, doc.text[start : n.end], n.data)
    return n


def _qualifier(doc: Doc, out: list[Span], n: Span) -> bool:
    """True for "in New South Wales" right after a place: it locates the party, it is not one."""
    if not out or doc.text[out[-1].end : n.start] not in (" in ", " in the "):
        return False
    return bool(
        doc.in_range("place", n.start, n.end)
        or doc.at("country", n.start)
        or REGION_WORD.search(str(n.value))
    )


# "Paju in Gyeonggi Province": a province or prefecture after "in" locates the town before it
REGION_WORD = re.compile(r"\s(?:Province|Prefecture|Oblast|Krai|Region|Governorate|Voivodeship)$")


AGENCY_CLOSE = re.compile(r"\)\s*(?:--|-|–|—|:)")


def _agency_or_initials(doc: Doc, n: Span) -> bool:
    """True for a news agency in a dateline ("BREST, 29 September (BelTA) -") and for initials
    that place the name before ("Washington, D.C.")."""
    text = doc.text
    if text[n.start - 1 : n.start] == "(" and AGENCY_CLOSE.match(text, n.end):
        return True
    if str(n.value) in _agencies(doc):
        return True  # "..., BelTA has learned."
    return (
        text[max(0, n.start - 2) : n.start] == ", "
        and re.fullmatch(r"(?:[A-Z]\.){2,3}", str(n.value)) is not None
    )


DATELINE_AGENCY = re.compile(r"\(([A-Z][\w.-]{1,20}(?: [A-Z][\w.-]{1,20})?)\)\s*(?:--|-|–|—|:)")


def _agencies(doc: Doc) -> set[str]:
    """Returns the news agencies named in brackets in the report's datelines ("(Xinhua) --")."""
    key = ("agencies", -1)
    if key not in doc.cache:
        doc.cache[key] = {m.group(1) for m in DATELINE_AGENCY.finditer(doc.text, 0, 2000)}
    return set(doc.cache[key])


DEMONYM_END = re.compile(r"(?:ese|ish|[^aeiou]ian|ean|ican)$")


# "the Normandy town of ...": a region that only places the town named after it
LOCATOR_BEFORE_TOWN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:town|city|village|commune|comune|municipality|borough)\s+of\s+(?=[A-Z])"
)
# A capitalized word that opens a sentence and reads as a verb or adjective, not a name
OPENING_WORD = re.compile(r"[A-Z][a-z]+(?:ing|able|ible|ly|ed)")


def _opens_sentence(doc: Doc, n: Span) -> bool:
    """True for a name that is the first word of its sentence."""
    before = doc.text[max(0, n.start - 3) : n.start]
    return n.start == 0 or before.endswith(("\n", ". ", "! ", "? ", '" ', "“", '"', "‘"))


def _demonym(doc: Doc, n: Span) -> bool:
    """True for "Pakistani-American", "Indigenous Australian", "English": a people or a
    language, named by an adjective that no body's or place's word follows."""
    words = str(n.value).lower().split()
    if words and words[-1] == "english":
        return True
    if len(words) == 1 and DEMONYM_END.search(words[0]) and not doc.at("place", n.start):
        return True  # "Gallurese and Corsican": tongues or peoples no table lists
    last = doc.spanning("country", n.end - 1, n.end)
    return bool(last) and last[-1].end == n.end and last[-1].data.get("kind") == "adjective"


def _cased_lead(doc: Doc, n: Span) -> Span:
    """Returns a lead's capitalized first name as a name ("WESTBURY has welcomed ...": Westbury),
    which local papers set in capitals; a dateline ("XI'AN, 17 May") stays as it is."""
    value = str(n.value)
    line_start = n.start == 0 or doc.text[n.start - 1] == "\n"
    if line_start and value.isupper() and len(value) > 3 and LEAD_VERB.match(doc.text, n.end):
        return Span(n.start, n.end, n.label, value.title(), n.data)
    return n


LEAD_VERB = re.compile(r"\s+(?:has|have|had|is|was|will|welcomed|hosted|signed|became|marked)\b")


def _headline(doc: Doc, n: Span) -> bool:
    """True for a capitalized dateline or heading at a line start ("XI'AN, 17 May 2023 -")."""
    value = str(n.value)
    line_start = n.start == 0 or doc.text[n.start - 1] == "\n"
    return line_start and value.isupper() and len(value) > 3


def _is_country(doc: Doc, n: Span) -> bool:
    country = doc.at("country", n.start)
    rest = doc.text[country.end : n.end] if country else ""
    return bool(country and (n.end <= country.end or rest in ("'s", "’s")))


# Number words and common nouns that open a sentence in capitals are no parties.
GENERIC_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "contracts", "agreements", "documents", "projects", "members",
    "delegates", "officials", "residents", "students", "participants", "guests", "visitors",
    "delegations", "sister city", "sister cities", "twin town", "twin towns", "twin city",
    "twin cities", "friendship city", "friendship cities", "partner city", "partner cities",
    "published", "posted", "updated", "source", "minutes",
}  # fmt: skip


def _pairs_before(doc: Doc, names: list[Span]) -> list[tuple[Span, Span]]:
    """Returns the (A, B) pairs of "A and B, C and D signed ..."."""
    pairs: list[tuple[Span, Span]] = []
    k = 0
    while k + 1 < len(names):
        after, nxt = names[k].end, k + 1
        if k + 2 < len(names) and QUALIFIES_ONLY.fullmatch(doc.text, after, names[k + 1].start):
            after, nxt = names[k + 1].end, k + 2  # "Chuncheon, the capital of Gangwon, and Da Lat"
        gap = doc.text[after : names[nxt].start]
        route = doc.text[max(0, names[k].start - 8) : names[k].start].endswith(("via ", "through "))
        if PAIR_GAP.fullmatch(gap) and not route:  # "ride via Opole and Pilsen": a route
            pairs.append((names[k], names[nxt]))
            k = nxt + 1
        else:
            k += 1
    return pairs


def _first_with_rest(doc: Doc, names: list[Span]) -> list[tuple[Span, Span]]:
    """Returns (A, B), (A, C) of "between A, B and C": the first named with each of the others."""
    k = 1
    while k < len(names) and doc.text[names[k - 1].end : names[k].start] == ", ":
        k += 1
    if (
        k < 2
        or k >= len(names)
        or doc.text[names[k - 1].end : names[k].start] not in (" and ", ", and ")
    ):
        return []
    return [(names[0], n) for n in names[1 : k + 1]]


QUALIFIES = re.compile(
    r",?\s+(?:the\s+)?(?:capital|seat|centre|center|a city|a town|a district)\s+of\s+(?:the\s+)?"
    r"|\s+(?:of|in)\s+(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?"
    r"(?:[A-Z][\w-]+['’]s\s+)?"
)


QUALIFIES_ONLY = re.compile(
    r",?\s+(?:the\s+)?(?:capital|seat|centre|center|a city|a town|a district)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]+['’]s\s+)?"
)


# "Saint-Maur-des-Fossés near Paris", "Trebbin, south of Berlin": the place locates the one before
NEAR = re.compile(
    r",?\s+(?:near|outside|close to|just outside|(?:north|south|east|west|north-east|north-west|"
    r"south-east|south-west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?"
)


def _without_qualifiers(doc: Doc, names: list[Span]) -> list[Span]:
    """Returns the names without those that only place the one before ("capital of Dornod")."""
    out: list[Span] = []
    for n in names:
        if out and (
            QUALIFIES_ONLY.fullmatch(doc.text, out[-1].end, n.start)
            or NEAR.fullmatch(doc.text, out[-1].end, n.start)
        ):
            continue
        out.append(n)
    return out


def _clause_subject(doc: Doc, head: list[Span]) -> Span:
    """Returns who signed: the first of names chained by qualifiers ("Chuncheon, the capital of
    Gangwon Province", "Hailar District of Hulunbuir City in north China's Inner Mongolia")."""
    k = len(head) - 1
    while k > 0 and (
        QUALIFIES.fullmatch(doc.text, head[k - 1].end, head[k].start)
        or BODY_IN.fullmatch(doc.text, head[k - 1].end, head[k].start)
    ):
        k -= 1
    return head[k]


# "The Khotyn city territorial community in Chernivtsi Oblast": the region places the body
BODY_IN = re.compile(r"(?:\s+(?!and\b|or\b|with\b)[a-z]+){1,3}\s+in\s+(?:the\s+)?")


BIG_CITY = 500_000


def _record(doc: Doc, kind: str, a: Span, b: Span, sent: Span) -> dict[str, Any]:
    return {
        "type": kind,
        "a": _party(doc, a),
        "b": _party(doc, b),
        "date": None,
        "span": [sent.start, sent.end],
        "confidence": 0.7,
    }
