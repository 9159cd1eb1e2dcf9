"""Stated figures: counts a report gives about a party's exchanges ("more than 2,800 pairs")."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.cues import BACKGROUND
from amity.extract.en.located import home_place

NOT_COUNTED = re.compile(
    r"\s*(?:years?|months?|days?|weeks?|hours?|minutes?|seconds?|decades?|centuries|times|o'clock|am|pm|a\.m|p\.m|km|kilometers?|"
    r"kilometres?|miles?|meters?|metres?|kg|tons?|tonnes?|degrees?|sides|parties|aspects|topics|themes|points|areas|fields|nights?|"
    r"ways|steps|rounds?|stages?|phases?|parts?|articles?|chapters?|sessions? of the|th|st|nd|rd|hectares|square|sq|mw|kw|gw|"
    r"floors?|storeys?|stories|pages?|lines?|percentage points|percent|per cent|%|sections|"
    # goods handed over are no counts of exchanges ("1,300 books", "200 computers")
    r"books|volumes|computers|laptops|masks|boxes|parcels|packages|trees|seedlings|paintings)(?!\w)",
    re.I,
)
METRIC_WORD = re.compile(r"\s*([\w’'()*-]+)")
METRIC_STOP = {
    "attended",
    "took",
    "visited",
    "participated",
    "joined",
    "came",
    "arrived",
    "travelled",
    "traveled",
    "spent",
    "signed",
    "held",
    "gathered",
    "received",
    "with",
    "from",
    "in",
    "at",
    "to",
    "on",
    "which",
    "that",
    "who",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "will",
    "across",
    "around",
    "under",
    "for",
    "by",
    "since",
    "and",
    "as",
    "into",
    "during",
    "through",
    "including",
    "such",
}
SUBJECT_VERB = re.compile(
    r"\b(?:has|have|had|boasts?|counts?|includes?|comprises?|covers?|attracted|dispatched|sent|trained|hosted|held|organized|established|signed|built|donated|benefited|received|invited|served|set up|formed|there (?:are|were|is))\b",
    re.I,
)
PRONOUNS = re.compile(
    r"^\W*(?:it|they|the (?:program|programme|project|network|association|federation|society|center|centre|forum|conference|alliance|foundation|organization|city|district|delegation|event|school|university|platform|initiative|team|council|committee))\b",
    re.I,
)


def _metric(doc: Doc, num: Span, end: int) -> str | None:
    """Returns what a number counts: the words after it ("pairs of sister city relations")."""
    words_found: list[str] = []
    pos = num.end
    while len(words_found) < 8:
        m = METRIC_WORD.match(doc.text, pos, end)
        if not m or m.group(1).lower() in METRIC_STOP:
            break
        if m.group(1).lower() == "of" and re.match(
            r"\s*(?:the\s+)?\d", doc.text[m.end() : m.end() + 8]
        ):
            break
        words_found.append(m.group(1))
        pos = m.end()
        if doc.text[pos : pos + 1] in (",", ".", ";", ":"):
            break
    words = " ".join(words_found).strip()
    if not words or not re.match(r"[\w(“\"]", words):
        return None
    words = re.sub(r"^(?:of\s+)?(?:the\s+)?", "", words)
    return words.rstrip(" ()") or None


BETWEEN = re.compile(
    r"[^.;]*?\bbetween\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+and\s+(?:the\s+)?"
    r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
)
LOCAL_PRONOUN = re.compile(
    r"\W*(?:\w+\s+){0,3}?(?:the|our) (?:city|town|district|county|shire)\b", re.I
)


def _adjective(doc: Doc, n: Span) -> bool:
    """True for a nationality adjective taken as a name ("Chinese" in "16 Chinese cities")."""
    value = str(n.value)
    return (
        " " not in value
        and value.endswith(("ese", "ian", "ish", "an", "i"))
        and bool(doc.at("country", n.start))
    )


def _subject(doc: Doc, sent: Span, num: Span, current: str | None) -> str | None:
    """Returns who a figure is about: the sentence's subject, else the event it belongs to."""
    text = doc.text
    pair = BETWEEN.match(text, num.end, min(sent.end, num.end + 90))
    if pair:
        return (
            f"{pair.group(1)} and {pair.group(2).rstrip('.')}"  # "ties between Japan and Australia"
        )
    verb = SUBJECT_VERB.search(text, sent.start, num.start)
    names = [
        n
        for n in doc.in_range("name", sent.start, verb.start() if verb else num.start)
        if n.data.get("cls") in ("org", "place", "event", "name")
    ]
    names = [
        n
        for n in names
        if not doc.in_range("date", n.start, n.end)
        and not doc.in_range("person", n.start, n.end)
        and not _adjective(doc, n)
        and str(n.value).lower() not in GROUP_WORDS
        and not CALENDAR.fullmatch(str(n.value))
        and not (NOT_SUBJECT.fullmatch(str(n.value)) and n.start - sent.start < 3)
        and not _label(doc, n)
    ]
    if not names and LOCAL_PRONOUN.match(text, sent.start, num.start):
        home, _ = home_place(doc)
        if home:
            return home  # "the city has set up ties with seven cities"
    if names and verb:
        return (
            str(names[-1].value)
            if names[-1].data.get("cls") != "name" or len(names) == 1
            else str(names[0].value)
        )
    if PRONOUNS.match(text[sent.start : sent.end]) or not names:
        return current
    return current or str(names[0].value)


def _label(doc: Doc, n: Span) -> bool:
    """True for a caption's or minutes' label ("SHOWING RESPECT:", "Host families:"): no subject."""
    return doc.text[n.end : n.end + 1] == ":" or (
        str(n.value).isupper() and doc.text[n.end : n.end + 2].strip()[:1] == ":"
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
    if re.search(
        r"\b(?:the|both|these|those|its|their|our|all|no\.|number|top|group)\s+$", before
    ) and num.data.get("word"):
        return True
    if re.search(r"\d[:.]$", before) or re.match(r"[:.]\d", text[num.end : num.end + 2]):
        return True  # "9:03", "10.30": a time of day
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
    if NOT_A_COUNT.match(text, num.start) or re.match(r"\(c\)", text[num.end : num.end + 3]):
        return True  # a telephone number ("01303 892621"), a "501(c)(3)" nonprofit
    if re.match(r"\s+words\b", text[num.end : num.end + 8]):
        return True  # "in three words": a turn of phrase
    if num.value == 2 and re.match(
        r"\s+(?:countries|sides|parties|cities|nations|peoples|cultures|communities|capitals|towns)\b",
        text[num.end : num.end + 14],
    ):
        return True  # "the two countries": a relation, not a count
    if _attendance(doc, num, sent):
        return True
    return num.value == 0 or bool(num.data.get("word") and num.value == 1)


NOT_A_COUNT = re.compile(r"0\d{3,}(?:[\s-]\d{3,})?\b|\+\d")
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


# Days, months and gerunds that open a sentence are no subjects ("Running alongside ...").
CALENDAR = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)(?:['’]s)?"
)
NOT_SUBJECT = re.compile(
    CALENDAR.pattern + r"|[A-Z][a-z]+ing|Alongside|Meanwhile|Together|Besides|Later|Earlier|"
    r"Today|Yesterday|Altogether|Overall|Since|Until"
)
GROUP_WORDS = {
    "staff", "members", "delegations", "delegates", "officials", "residents", "students",
    "participants", "organisers", "organizers", "guests", "visitors", "councillors", "volunteers",
}  # fmt: skip


def _country_name(doc: Doc, subject: str | None) -> str | None:
    """Returns a subject that is a country's short form ("US") as the country's name."""
    from amity.registry.countries import Countries

    if not subject:
        return subject
    table = Countries.load()
    code = table.code(subject)
    if code and len(subject) <= 3:
        return table.info(code).name
    return subject


def _shouted(text: str) -> bool:
    """True for a line in capitals (a heading), whose numbers are dates and references."""
    letters = sum(map(str.isalpha, text))  # counted in C: this runs on every sentence
    return letters >= 12 and sum(map(str.isupper, filter(str.isalpha, text))) > 0.8 * letters


def _trivial(metric: str, value: float) -> bool:
    """True for "26 of them" or "two panels": no count of a party's exchanges."""
    if PRONOUN_METRIC.match(metric):
        return True
    return value <= 2 and not EXCHANGE_WORDS.search(metric)


def participants_numbers(doc: Doc) -> set[int]:
    """Returns the start offsets of numbers already used as events' participants."""
    return {n.start for n in doc.get("number") if n.data.get("participants")}


def _is_title(doc: Doc, item: Span) -> bool:
    """True for a first item that is a one-line title, not a paragraph."""
    text = doc.text[item.start : item.end]
    return "\n" not in text.strip() and len(text) < 160 and not text.rstrip().endswith(".")


def figures(doc: Doc) -> Doc:
    """Fills the figures records."""
    used = participants_numbers(doc)
    events = list(zip(doc.get("event"), doc.records.get("events", []), strict=True))
    starts = [ev.start for ev, _ in events]
    # out of order, each sentence looks through them all
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    out: list[dict[str, Any]] = []
    headline = doc.items[0] if doc.items and _is_title(doc, doc.items[0]) else None
    for sent in doc.sentences:
        if headline is not None and sent.start < headline.end:
            continue  # a headline restates what the body says, with its figures
        if _shouted(doc.text[sent.start : sent.end]):
            continue  # "CM-1 SISTER CITY COMMITTEE - MINUTES - 6 DECEMBER 2018": a heading
        current = _current_event(doc, events, sent, starts if ordered else None)
        for num in doc.in_range("number", sent.start, sent.end):
            if _excluded(doc, num, used, sent):
                continue
            part = _part_of_last(doc, num, sent, out)
            if part is not None:
                out.append(part)  # "48 sister cities around the world, 12 of them in the US"
                continue
            grown = MEMBERSHIP_TO.search(doc.text, max(sent.start, num.start - 60), num.start)
            metric = "members" if grown else _metric(doc, num, sent.end)
            if not metric or (not num.data.get("percent") and _trivial(metric, num.value)):
                continue
            if num.data.get("percent"):
                metric = "percent " + metric
            subject = (
                _members_of(doc) if grown else _country_name(doc, _subject(doc, sent, num, current))
            )
            if subject is None:
                subject = _last_event_before(events, sent) or _members_of(doc)
            out.append(
                {
                    "subject": subject,
                    "metric": metric,
                    "value": num.value,
                    "qualifier": num.data.get("qualifier"),
                    "span": [sent.start, sent.end],
                    "confidence": 0.6,
                }
            )
        out.extend(_ordinal_ties(doc, sent))
    doc.records["figures"] = out
    return doc


OF_THEM = re.compile(r"\s+of\s+them\s+(in|from)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")


def _part_of_last(
    doc: Doc, num: Span, sent: Span, out: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """Returns "12 of them in the US" as a part of the count just before in the sentence."""
    m = OF_THEM.match(doc.text, num.end)
    if m is None or not out or out[-1]["span"] != [sent.start, sent.end]:
        return None
    last = out[-1]
    return last | {
        "metric": f"{last['metric']} {m.group(1)} {m.group(2).rstrip('.')}",
        "value": num.value,
        "qualifier": num.data.get("qualifier"),
    }


def _members_of(doc: Doc) -> str | None:
    """Returns the body a report speaks for, whose membership it counts."""
    from amity.extract.en.people import _main_org

    return _main_org(doc) or home_place(doc)[0]


# "membership has grown to 52", "membership now stands at 31": how many members a body has
MEMBERSHIP_TO = re.compile(
    r"\bmembership\s+(?:has\s+|had\s+|now\s+)*(?:grown|grew|rose|risen|increased|reached|"
    r"stands|stood|climbed)\s+(?:to|at)\s+$",
    re.I,
)


ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20,
}  # fmt: skip
ORDINAL_TIE = re.compile(
    r"\b(?P<ord>\d{1,3}(?:st|nd|rd|th)|"
    + "|".join(ORDINALS)
    + r")\s+(?:(?:overseas|foreign|international|official|new|friendly|European|Asian|American)\s+)?"
    r"(?P<what>(?:sister|twin|partner|friendship|friendly)[\s-](?:city|cities|town|province|state|region)|city|town)"
    r"\b[^.;]{0,40}?\b(?:of|with|for)\s+(?P<whose>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})",
    re.I,
)


# "Chihuahua City becomes El Paso's third sister city": the owner before the rank
ORDINAL_OWNED = re.compile(
    r"\b(?P<whose>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})['’]s\s+(?P<ord>\d{1,3}(?:st|nd|rd|th)|"
    + "|".join(ORDINALS)
    + r")\s+(?:(?:overseas|foreign|international|official|new|friendly|European|Asian|American)\s+)?"
    r"(?P<what>(?:sister|twin|partner|friendship|friendly)[\s-](?:city|town|province|state|region))\b",
)


def _ordinal_ties(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns counts stated as ranks: "Harbin becomes the eleventh sister city of Murmansk"."""
    out = []
    ranks = [
        *scan.finditer(doc, ORDINAL_TIE, sent.start, sent.end),
        *ORDINAL_OWNED.finditer(doc.text, sent.start, sent.end),
    ]
    for m in ranks:
        word = m.group("ord").lower()
        value = ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        what = m.group("what").lower()
        metric = "sister cities" if what in ("city", "town") else what.replace("city", "cities")
        out.append(
            {
                "subject": m.group("whose"),
                "metric": metric,
                "value": value,
                "qualifier": None,
                "span": [sent.start, sent.end],
                "confidence": 0.5,
            }
        )
    return out


def _last_event_before(events: list[tuple[Span, dict[str, Any]]], sent: Span) -> str | None:
    """Returns the title of the last event stated before a sentence: what a bare count is about."""
    titles = [rec.get("title") for ev, rec in events if ev.start <= sent.start]
    return titles[-1] if titles else None


def _current_event(
    doc: Doc,
    events: list[tuple[Span, dict[str, Any]]],
    sent: Span,
    starts: list[int] | None = None,
) -> str | None:
    """Returns the title of the event a sentence belongs to (same item, stated before it).

    starts, the events' starts if in order, finds the last such event without reading them all.
    """
    item = doc.item_at(sent.start)
    title = None
    if item is not None and starts is not None:
        k = bisect_right(starts, min(sent.start, item.end - 1)) - 1
        if k >= 0 and starts[k] >= item.start:
            title = events[k][1].get("title")
    elif item is not None:
        for ev, rec in events:
            if ev.start <= sent.start and item.start <= ev.start < item.end:
                title = rec.get("title")
    # a title that is the sentence itself ("The society was founded in 1952.") names no subject
    return None if title and title.rstrip().endswith((".", "!", "?")) else title
