"""Stated figures: counts a report gives about a party's exchanges ("more than 2,800 pairs").

The numbers left out as no such figure, and the trivial ones, are told apart in figure_filters."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.en.figure_filters import _excluded, _trivial
from amity.extract.en.figure_ranks import _ordinal_deeds, _ordinal_ties
from amity.extract.en.located import home_place
from amity.extract.en.party_names import CALENDAR as DAYS_AND_MONTHS

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
    words = re.sub(r"^(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?", "", words)
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


WHICH_HAS = re.compile(r",\s+(?:which|that|who)\s+(?:[a-z]+\s+)?$")


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
    if names and verb and WHICH_HAS.search(text, sent.start, verb.start()):
        return str(names[-1].value)  # "contact the Partnerschaftsverein, which has 64 members"
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


# Days, months and gerunds that open a sentence are no subjects ("Running alongside ...").
CALENDAR = re.compile(DAYS_AND_MONTHS.pattern + r"(?:['’]s)?")
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


def participants_numbers(doc: Doc) -> set[int]:
    """Returns the start offsets of numbers already used as events' participants."""
    return {n.start for n in doc.get("number") if n.data.get("participants")}


STAT_LINE = re.compile(r":\s*[\d,.]+\s")


def _heading_lines(doc: Doc) -> Span | None:
    """Returns the last of the one-line titles that open a report (a masthead, a date line, the
    headline), or None when it opens with a paragraph."""
    last = None
    for item in doc.items[:3]:
        lines = doc.text[item.start : item.end].strip().split("\n")
        if len(lines) > 3 or any(
            len(x) >= 160 or x.rstrip().endswith(".") or STAT_LINE.search(x) for x in lines
        ):
            break  # a paragraph, or a line of figures ("Member Cities: 7,847 cities in ...")
        last = item
    return last


def figures(doc: Doc) -> Doc:
    """Fills the figures records."""
    used = participants_numbers(doc)
    events = list(zip(doc.get("event"), doc.records.get("events", []), strict=True))
    starts = [ev.start for ev, _ in events]
    # out of order, each sentence looks through them all
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    out: list[dict[str, Any]] = []
    ranks: list[dict[str, Any]] = []
    headline = _heading_lines(doc)
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
            told = _number_of(doc, sent, num) or _total_of_ties(doc, sent, num)
            metric = "members" if grown else told[0] if told else _metric(doc, num, sent.end)
            if not metric or (not num.data.get("percent") and _trivial(metric, num.value)):
                continue
            if num.data.get("percent"):
                metric = "percent " + metric
            subject = (
                _members_of(doc) if grown else _country_name(doc, _subject(doc, sent, num, current))
            )
            if told and told[1]:
                subject = told[1]
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
        ranks.extend(_ordinal_deeds(doc, sent))
    # "the 21st team Hebei has sent" and "Hebei has dispatched 21 medical teams": one count
    counted = {(f["value"], f["subject"]) for f in out} | {(f["value"], f["span"][0]) for f in out}
    out.extend(
        r for r in ranks if not {(r["value"], r["subject"]), (r["value"], r["span"][0])} & counted
    )
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
    r"\bmembership\s+(?:[a-z]+\s+){0,5}?(?:grown|grew|rose|risen|increased|reached|"
    r"stands|stood|climbed)\s+(?:to|at)\s+(?:just\s+)?$",
    re.I,
)


# "the number of sister cities of Dushanbe has reached 22", "bringing the number of its partner
# towns to 12": a count told after what it counts
NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?:(?P<own>[A-Z][\w-]*)['’]s\s+)?(?P<metric>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s)"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    # "the number of cities with which the Sheki district holds friendship charters to eight"
    r"|\s+(?:with|in)\s+which\s+(?:the\s+)?(?P<rel>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"(?:\s+[a-z][\w-]*){1,5}?)?"
    r"(?:\s+(?:has|had|have|now|already|thus|also))*\s+(?:reached|(?:rose|risen|grew|grown|increased|"
    r"climbed)\s+to|stands\s+at|stood\s+at|totals|totalled|totaled|is|was|to)\s+$"
)


def _number_of(doc: Doc, sent: Span, num: Span) -> tuple[str, str | None] | None:
    """Returns (what, whose) of a count told as "the number of X of Y has reached N"."""
    m = NUMBER_OF.search(doc.text, max(sent.start, num.start - 150), num.start)
    if m is None:
        return None
    return m.group("metric"), m.group("own") or m.group("owner") or m.group("rel")


# "Austin brings the total to five" after a list of a town's sister cities
TOTAL_TO = re.compile(
    r"\b(?:brings|brought|bringing|takes|took|raises|raised)\s+the\s+total\s+to\s+$"
)


def _total_of_ties(doc: Doc, sent: Span, num: Span) -> tuple[str, str | None] | None:
    """Returns ("sister cities", the town) of "B brings the total to five" in a report on ties."""
    from amity.extract.en.tie_context import _focus
    from amity.extract.en.tie_types import _sister_report

    if not TOTAL_TO.search(doc.text, max(sent.start, num.start - 40), num.start):
        return None
    if not _sister_report(doc):
        return None
    focus = _focus(doc, sent.start)
    return "sister cities", str(focus.value) if focus is not None else None


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
