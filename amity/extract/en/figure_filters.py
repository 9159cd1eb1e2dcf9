"""Figure filters: the numbers that are no stated figure of a party's exchanges. This module
holds what a number is left out for (a span of time, a number that names, a population, a sum
of money, how many took part in one event) and the trivial figures ("26 of
them", "two panels").
"""

from __future__ import annotations

import re

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.cues import BACKGROUND

NOT_COUNTED = re.compile(
    r"\s*(?:years?|months?|days?|weeks?|hours?|minutes?|seconds?|decades?|centuries|times|o'clock|am|pm|a\.m|p\.m|km|kilometers?|"
    r"kilometres?|miles?|meters?|metres?|kg|tons?|tonnes?|degrees?|sides|parties|aspects|topics|themes|points|areas|fields|nights?|"
    r"ways|steps|rounds?|stages?|phases?|parts?|articles?|chapters?|sessions? of the|th|st|nd|rd|hectares|square|sq|mw|kw|gw|"
    r"floors?|storeys?|stories|pages?|lines?|percentage points|percent|per cent|%|sections|"
    # goods handed over are no counts of exchanges ("1,300 books", "200 computers")
    r"books|volumes|computers|laptops|masks|boxes|parcels|packages|trees|seedlings|paintings|"
    r"respirators|gloves|thermometers|generators|blankets|LEDs|lights|bulbs|consignments|pallets|"
    r"doses|kits|tablets|"
    # what a speech or a report was made of: no count of exchanges
    r"proposals|ideas|questions|priorities|dates|suggestions|wishes|goals|"
    # "among its ten largest trade partners": a rank, no count
    r"largest|biggest|oldest|most|best)(?!\w)",
    re.I,
)


POPULATION = re.compile(
    r"\s*(?:inhabitants|residents|population|(?:[\w-]+\s+){0,10}?[\w-]+\s+"
    r"(?:live|living|reside|residing|are based|are living))\b"
)
# "five packed days", "three busy weeks": a length of time
TIME_SPAN = re.compile(r"\s*[a-z]+\s+(?:days|weeks|months|years|nights|hours)\b")


# "a city of about 280,000 people": how many live there
SETTLEMENT_OF = re.compile(
    r"\b(?:a|the)\s+(?:[\w-]+\s+)?(?:city|town|village|district|county|region|municipality|"
    r"community|island|school|college|university)\s+of\s+(?:about|some|nearly|around|over|more than|almost)?\s*$"
)
NAMED_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:Foundation|Association|Society|Club|Initiative|Fund|"
    r"Program|Programme|Project|Campaign|Institute|Council|Street|St|Avenue|Ave|Road|Rd|"
    r"Boulevard|Blvd|Lane|Drive|Square|Highway)\b"
)
MONEY = re.compile(
    r"\s*(?:(?:US|Hong Kong|Australian|Canadian|New Zealand)\s+)?(?:dollars?|euros?|yuan|renminbi|rmb|"
    r"rubles?|roubles?|pounds?|yen|won|tenge|som|rupees?|usd|eur|crores?|lakhs?|pesos?|reais|"
    r"zloty|hryvnias?|lari|manat|dong|baht|ringgit|francs?)\b",
    re.I,
)


SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]")
PAIR_APPOSED = re.compile(r"\band\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s+(?:the\s+)?$")


def _all_of_own_ties(text: str, num: Span, before: str) -> bool:
    """True for "all four of our twin towns": how many ties a body has, told whole."""
    of = re.match(r"\s+of\s+(?:its|their|our)(?=\s)", text[num.end : num.end + 14])
    return (
        num.value > 2
        and re.search(r"\ball\s+$", before) is not None
        and of is not None
        and OWN_TIES.match(text, num.end + of.end()) is not None
    )


def _excluded(doc: Doc, num: Span, used: set[int], sent: Span) -> bool:
    text = doc.text
    if num.start in used or num.data.get("member"):
        return True
    if TIME_SPAN.match(text, num.end):
        return True
    if NOT_COUNTED.match(text, num.end) and not re.match(
        r"\s*sessions?\b", text[num.end : num.end + 12]
    ):
        return True
    at = num.data["num_start"]
    inside = doc.spanning("name", at, at + 1) + [
        q for q in doc.spanning("quoted", num.start, num.start + 1) if q.start < num.start
    ]
    if inside:
        return True
    before = text[max(sent.start, num.start - 12) : num.start].lower()
    if (
        re.search(r"\b(?:the|both|these|those|its|their|our|all|no\.|number|top|group)\s+$", before)
        and num.data.get("word")
        and not (
            num.value > 2
            and re.search(r"\b(?:its|their|our)\s+$", before)
            and OWN_TIES.match(text, num.end)
        )
        and not _all_of_own_ties(text, num, before)
    ):
        return True  # "the three cities": those told before; but "its four twin towns" counts
    if re.search(r"\d[:.]$", before) or re.match(r"[:.]\d", text[num.end : num.end + 2]):
        return True  # "9:03", "10.30": a time of day
    if STRUCTURE.match(text, num.end):
        return True  # "three thematic sections", "five continents": how a forum was laid out
    if num.data.get("percent") and POPULATION_SHARE.match(text, num.end):
        return True  # "20 percent of the city's residents": a share of a population
    if MONTH_AFTER.match(text, num.end):
        return True  # "17 OCT 2024", "17 october 2023": a day the date grammar left unread
    if re.search(
        r"(?:\bno\.|\bnumber|#|\butc\s*[+-]?|\bgmt\s*[+-]?|\b(?:year|grade|form|class|level|article|page|"
        r"section|chapter|room|route|highway|stage|day|week|part|phase|round|suite|unit)(?:s)?"
        r"(?:\s+\d+(?:\s+(?:and|or|to)|\s*[–-]))?)\s*$",
        before,
    ):
        return True  # "Taiyuan No. 5 Middle School": a number that names, not counts
    wide = text[max(sent.start, num.start - 40) : num.start].lower()
    if (
        POPULATION.match(text, num.end)
        or re.search(r"\bhome to\s+(?:\w+\s+)?$", before)
        or SETTLEMENT_OF.search(wide)
        or re.search(r"\b(?:aged?|ages)\s+(?:\d+\s+(?:to|and|-)\s+)?$", wide)
        or re.search(r"\bpopulation\s+(?:of|is|was|stands at|reached)\s+(?:\w+\s+){0,2}$", wide)
    ):
        return True  # how many live somewhere is a population, not an exchange's figure
    if MONEY.match(text, num.end) or re.search(
        r"[$€£¥₩₹]\s*$|\b(?:us|rmb|usd|eur|rs\.?|inr|php|krw|jpy)\s*$", before
    ):
        return True  # sums of money are not counts of exchanges
    cased = text[max(sent.start, num.start - 12) : num.start]
    if re.search(r"[A-Z][\w-]*(?<!['’]s)\s$", cased) and re.match(
        r"\s*(?:[A-Z]|\)|$)", text[num.end :]
    ):
        return True  # "the Maryland 5 Star", "(DepEd 11)": a number inside a name
    if NAMED_AFTER.match(text, num.end):
        return True  # "the 100,000 Strong Foundation": a number in a name
    if "+" in text[max(0, num.start - 1) : num.end + 1]:
        return True  # "16+1 cooperation" names a format, it counts nothing
    if re.match(r"\(c\)", text[num.end : num.end + 3]):
        return True  # a "501(c)(3)" nonprofit (telephone numbers are no numbers at all)
    if SECTION_NUMBER.match(text, num.start) and text[max(0, num.start - 1) : num.start] in (
        "",
        "\n",
    ):
        return True  # "3.1 E. Ross reported ...": a numbered paragraph of minutes
    if re.match(r"\s+words\b", text[num.end : num.end + 8]):
        return True  # "in three words": a turn of phrase
    if NO_COUNT_LINE.match(text, sent.start, sent.end):
        return True  # "Apologies were received from three members.", "Box 41, 221 00 Lund"
    if PARTS_OF.search(text, max(sent.start, num.start - 70), num.start) and COMPANY.search(
        text, sent.start, num.start
    ):
        return True  # "The 22-member group, made up of 13 doctors and nine nurses": its parts
    if num.value == 2 and re.match(
        r"\s+(?:countries|sides|parties|cities|nations|peoples|cultures|communities|capitals|towns)\b",
        text[num.end : num.end + 14],
    ):
        return True  # "the two countries": a relation, not a count
    if num.value == 2 and PAIR_APPOSED.search(text, max(sent.start, num.start - 80), num.start):
        return True  # "Bochum and Donetsk, two old coal-mining cities": the pair described
    if _attendance(doc, num, sent):
        return True
    return num.value == 0 or bool(num.data.get("word") and num.value == 1)


STRUCTURE = re.compile(
    r"\s*(?:[a-z-]+\s+)?(?:sections|workshops|panels|aims|goals|themes|topics|continents|wards|"
    r"summers|winters|languages|sub-?forums|sessions|rounds|categories|stages)\b"
)
PARTS_OF = re.compile(
    r"\b(?:made up of|consisting of|composed of|comprising)\s+(?:[^.;:()]{0,50}\band\s+)?$"
)
COMPANY = re.compile(
    r"\d[\d,]*[- ](?:member|strong|person)\b|\b(?:group|delegation|team|party) of\s+\d", re.I
)
# Minutes' apologies and contact lines: their numbers count no exchange
NO_COUNT_LINE = re.compile(
    r"\W*(?:Apolog(?:y|ies)\b|(?:Contact|Address|Enquiries|Inquiries)\s*:)|[^\n]*\b(?:P\.?\s?O\.?\s+)?Box\s+\d",
    re.I,
)
POPULATION_SHARE = re.compile(r"[^.;]{0,40}?\b(?:residents|population|inhabitants)\b")
MONTH_AFTER = re.compile(
    r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\.?\s+(?:19|20)\d\d\b",
    re.I,
)
OWN_TIES = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+|other\s+|overseas\s+|foreign\s+)?"
    r"(?:sister|twin|partner|friendship|friendly)[\s-](?:cit|town|province|region|state|communit)"
)
PEOPLE_COUNTED = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,2}?(?:people|persons|participants|guests|delegates|campers|students|"
    r"schoolchildren|pupils|children|youths|young people|teachers|doctors|nurses|athletes|artists|"
    r"performers|visitors|members|mayors|officials|representatives|volunteers|technicians|experts|"
    r"adults|chaperones|councillors|councilors|staff|officers|employees)\b",
    re.I,
)
ATTENDED = re.compile(
    r"\b(?:attended|attending|took part|take part|taking part|participated|joined|gathered|drew|"
    r"bringing together|brought together|welcomed|came|arrived|spent|will spend|will travel|"
    r"travelled|traveled|toured|(?:a|the) (?:group|delegation|team|party) of|comprising|"
    r"including|included|include|among them|travelling|traveling|accompanied|accompanying|"
    r"sent|dispatched|(?:bring|brought|bringing) (?:[\w-]+ ){0,8}together|"
    r"(?:before|in front of) (?:about |some |more than |nearly |over |around )?\d[\d,]*)\b",
    re.I,
)


def _attendance(doc: Doc, num: Span, sent: Span) -> bool:
    """True for how many people took part in one event: its participants, not a stated figure."""
    text = doc.text
    if not PEOPLE_COUNTED.match(text, num.end):
        return False
    if re.search(
        r"\b(?:from|(?<!front )of|out of|among)\s+$",
        text[max(sent.start, num.start - 12) : num.start],
    ):
        if not re.search(
            r"\b(?:group|delegation|team|party|dinner|reception|banquet|gathering|audience|crowd|"
            r"ceremony|event|meeting|concert) of\s+$",
            text[max(sent.start, num.start - 20) : num.start],
        ):
            return False  # "from 1,345 applicants": the pool, not who took part
    body = text[sent.start : sent.end]
    if scan.search_in(doc, BACKGROUND, body, sent.start):
        return False  # "So far, more than 500 students have participated": a running total
    return bool(scan.search_in(doc, ATTENDED, body, sent.start))


PRONOUN_METRIC = re.compile(r"(?:of\s+)?(?:them|us|those|these|it|which|whom)\b", re.I)
EXCHANGE_WORDS = re.compile(
    r"\b(?:ties|tie|relation|cit|town|countr|member|agreement|partner|school|province|region|"
    r"state|team|delegation|volunteer|network|organi[sz]ation|association|friend)",
    re.I,
)


def _trivial(metric: str, value: float) -> bool:
    """True for "26 of them" or "two panels": no count of a party's exchanges."""
    if PRONOUN_METRIC.match(metric):
        return True
    return value <= 2 and not EXCHANGE_WORDS.search(metric)
