"""Party names: the names of a sentence that can be a party to a tie. This module holds the
finding of them, with what it leaves out (people, countries, dates, venues, headings, agencies,
initials and peoples) and the splitting of "A and B" named as one; each party's country, the
pairs they name and the record of a tie live in parties.
"""

from __future__ import annotations

import re

from amity.extract.doc import Doc, Span
from amity.extract.en.lexicon import COMMON_NAME_WORDS, NOT_NAME, ORG_HEADS
from amity.extract.en.titles import is_title_word


def _names(doc: Doc, start: int, end: int) -> list[Span]:
    return [
        n for n in doc.in_range("name", start, end) if n.data.get("cls") in ("org", "place", "name")
    ]


ALIAS_BEFORE = re.compile(
    r"\b(?:then|formerly|previously|once|now|later|still)\s+(?:called|known\s+as|named)\s+$"
    r"|\b(?:formerly|renamed)\s+$|\b(?:bore|bears|bearing|under|had|has)\s+the\s+(?:old\s+|former\s+)?name\s+$"
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


def _whole_place(doc: Doc, n: Span) -> bool:
    """True if the gazetteer knows the whole name as a place ("Murray Bridge", not "Gyumri City
    Hall")."""
    return any(p.start == n.start and p.end == n.end for p in doc.in_range("place", n.start, n.end))


def _line_label(doc: Doc, n: Span) -> bool:
    """True for a word that opens a line and ends at a colon ("Q:", "Announcement:") and is no
    place ("Minsk: talks begin" names one)."""
    text = doc.text
    opens = n.start == 0 or text[text.rfind("\n", 0, n.start) + 1 : n.start].strip() == ""
    return (
        opens
        and text.startswith(":", n.end)
        and " " not in str(n.value)
        and not doc.in_range("place", n.start, n.end)
    )


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
        asked = QUESTION_LEAD.match(str(n.value))
        if asked and (_opens_sentence(doc, n) or doc.text[max(0, n.start - 2) : n.start] == ": "):
            n = Span(n.start + asked.end(), n.end, n.label, str(n.value)[asked.end() :], n.data)
        if QUESTION_WORD.fullmatch(str(n.value)) or (
            OPENING_WORD.fullmatch(str(n.value)) and _opens_sentence(doc, n)
        ):
            continue  # "Speaking at the dinner, ...", "Sizeable Polish communities live ..."
        if (
            CONTINENTS.fullmatch(str(n.value))  # "eight towns in Europe and Latin America"
            or CALENDAR.fullmatch(str(n.value))
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
        if _line_label(doc, n):
            continue  # "Q: How did ...", "Announcement: seminar": a label, no party
        if out and doc.text[out[-1].end : n.start] == " (":
            continue  # "Harbin (P. R. China)": the bracket places the party
        if doc.text[max(0, n.start - 7) : n.start] == "on the ":
            continue  # "the castle town on the Lieser": a river or coast that places a town
        if LOCATOR_BEFORE_TOWN.match(doc.text, n.end) and doc.text[: n.start].endswith("the "):
            continue  # "the Normandy town of Aunay-sur-Odon": the region only places the town
        if (
            DESCRIBED.match(doc.text, n.end)
            and doc.text[: n.start].endswith(("the ", "The "))
            and " of " not in str(n.value)
        ):
            continue  # "the Kyushu prefecture becomes ...": the region describes a party named before
        if (
            _qualifier(doc, out, n)
            or _headline(doc, n)
            or REGION_NAME.fullmatch(str(n.value))
            or VENUE.search(str(n.value))
            and not city_of
            and not _whole_place(doc, n)  # "Murray Bridge" is a town
        ):
            continue
        if re.search(
            r"\b(?:agreements?|memorand(?:um|a|ums)|protocols?|treat(?:y|ies)|declarations?|contracts?|mous?|"
            r"program|programme|day|week|golden|silver|diamond|jubilee)\b"
            r"|\b(?:market|fair|festival|expo|exhibition|tournament|concert|ceremony|anniversar\w*|"
            r"meetings?|conferences?|summit|congress|symposium|games)$",
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
        if out and APPOSITION_OPEN.fullmatch(doc.text, out[-1].end, n.start):
            continue  # "Redon, a small town in the east of Brittany, has been": it places Redon
        if LOCATOR_BEFORE.search(doc.text, max(0, n.start - 30), n.start):
            continue  # "a second partner town north of the Alps": where, no party
        if COUNTED_PLACES.match(doc.text, n.start, n.end + 16):
            continue  # "Thirteen Washington cities have ...": a count of cities, no party
        if out and _region_of(doc, out[-1], n):
            continue  # "Andover in Hampshire", "Ottweiler, in the German Saarland": it places it
        out.append(n)
    return out


APPOSITION_OPEN = re.compile(
    r",\s+(?:a|an)\s+(?![^,;()]*\b(?:sister|twin|partner|friendship)\b)[^,;()]{0,60}?"
    r"\b(?:in|of|near)\s+(?:the\s+)?"
)
LOCATOR_BEFORE = re.compile(
    r"\b(?:north|south|east|west|north-east|north-west|south-east|south-west)\s+of\s+(?:the\s+)?$"
)
COUNTED_PLACES = re.compile(
    r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|"
    r"Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|\d+)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"\s+(?:cities|towns|municipalities|counties|communities)\b"
)
IN_REGION = re.compile(r",?\s+in\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?")


def _region_of(doc: Doc, town: Span, n: Span) -> bool:
    """True for a name that only places the town just before it: "in" and no city of its own."""
    if not IN_REGION.fullmatch(doc.text, town.end, n.start):
        return False
    kinds = {p.data.get("kind") for p in doc.spanning("place", n.start, n.end)}
    towns = {p.data.get("kind") for p in doc.spanning("place", town.start, town.end)}
    if towns & {"admin1", "country"} or kinds & {"city", "country"}:
        return False
    return "admin1" in kinds or "city" in towns


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
    r"Church|Cathedral|Museum|Park|Gallery|Library|Temple|Shrine|Castle|Centre|Center|Plaza|"
    r"Teahouse|Bridge|Station|Airport|Pier)$"
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
    """True for "in New South Wales" right after a place, or "Dobong-gu, one of the districts
    of Seoul": it locates the party, it is not one."""
    if out and LOCATING_APPOSITION.fullmatch(doc.text, out[-1].end, n.start):
        return True
    if not out or doc.text[out[-1].end : n.start] not in (" in ", " in the "):
        return False
    return bool(
        doc.in_range("place", n.start, n.end)
        or doc.at("country", n.start)
        or REGION_WORD.search(str(n.value))
    )


LOCATING_APPOSITION = re.compile(
    r",\s+(?:one\s+of\s+(?:the\s+)?(?:(?!sister|twin|partner|friend)[\w-]+\s+){0,2}?"
    r"(?:districts|wards|boroughs|suburbs|counties|municipalities|cities|towns)|an?\s+"
    r"(?:(?!sister|twin|partner|friend)[\w-]+\s+){0,2}?(?:district|ward|borough|suburb|county|"
    r"municipality|city|town|village))\s+(?:of|in)\s+(?:the\s+)?"
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
_CONTINENT = (
    r"(?:the\s+)?(?:(?:Latin|North|South|Central|Eastern|Western|Northern|Southern|East|West|"
    r"South-East|Southeast|North-East|Northeast|Sub-Saharan)\s+)?(?:Europe|Asia|Africa|America|"
    r"Americas|Oceania|Australasia|Scandinavia|Balkans|Caucasus|Middle East|Far East|Pacific|"
    r"Eurasia|Caribbean)"
)
CONTINENTS = re.compile(_CONTINENT + r"(?:(?:,\s*|\s+and\s+)" + _CONTINENT + r")*")
DESCRIBED = re.compile(
    r"\s+(?:prefecture|province|region|state|city|town|county|capital|port|district)"
    r"(?=\s*[,;:)]|\s+(?:is|was|has|had|have|becomes|became|will|would|also|already|and|signed|"
    r"joined|received|hosted|welcomed|sent)\b)"
)
LOCATOR_BEFORE_TOWN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:town|city|village|commune|comune|municipality|borough)\s+of\s+(?=[A-Z])"
)
# A capitalized word that opens a sentence and reads as a verb or adjective, not a name
OPENING_WORD = re.compile(r"[A-Z][a-z]+(?:ing|able|ible|ly|ed)")
# "Q: How did Lahr ...": a question's first word, after a label, is no name
QUESTION_WORD = re.compile(r"How|What|When|Where|Why|Who|Which|Is|Was|Did|Does|Do|Are|Were")
# "Is Austin now a sister city of ...?": the question's verb opens the name
QUESTION_LEAD = re.compile(r"(?:Is|Was|Did|Does|Do|Are|Were|Has|Have|Will|Can)\s+(?=[A-Z])")


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
