"""Drafts of events and the test of whether a sentence starts one of its own (a date with a deed
or an event's name) or says more about the event before it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en import cues
from amity.extract.en.event_dates import lead_date, sentence_date
from amity.extract.en.event_parts import (
    event_title,
)

FUTURE_ONLY = re.compile(
    r"\b(?:will|plans? to|is expected to|are expected to|is scheduled to)\b", re.I
)


@dataclass
class Draft:
    """An event being assembled from its main sentence and the sentences that elaborate on it."""

    main: Span
    item: Span
    start: str | None
    end: str | None
    title: str
    title_span: tuple[int, int] | None = None
    support: list[Span] = field(default_factory=list)
    type: str = "other"
    inherited_date: bool = False
    base: Draft | None = None
    place: tuple[str | None, str | None] = (None, None)
    part: bool = False  # told as part of the event before it, dated by it


QUOTED_SPEECH = re.compile(
    r"\s*[\"“].{10,}[\"”],?\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|told|added|noted)\b"
)
# '... our cooperation," Deputy Mayor X said at the conference.': the end of a quotation
# begun in a sentence before
QUOTE_ENDS = re.compile(
    r"[^\"“”]*[,.!?][\"”]\s*,?\s+(?:[\w.’'-]+\s+){0,8}?(?:said|says|told|added|noted|stressed)\b"
)


def _dated_in_words(doc: Doc, sent: Span) -> bool:
    """True for a sentence with a date of its own, not only "today" or "this year"."""
    return any(d.data.get("kind") != "rel" for d in doc.in_range("date", sent.start, sent.end))


PART_OF_EVENT = re.compile(
    r"\b(?:the\s+)?(?:\w+['’]s\s+)?(?:final|first|second|third|last|closing|opening)\s+day\b[^.]{0,40}\b(?:was|is|will be)\b",
    re.I,
)


def starts_event(doc: Doc, sent: Span, current: Draft | None) -> bool:
    """True if a sentence reports an event of its own, not more about the current one."""
    text = doc.text[sent.start : sent.end]
    if (
        QUOTED_SPEECH.match(text)
        or (QUOTE_ENDS.match(text) and not _dated_in_words(doc, sent))
        or scan.search_in(doc, PART_OF_EVENT, text, sent.start)
    ):
        return False  # a quotation from the event, or one of its days: more about it
    if current is not None and back_subject(text, current.title):
        return False  # "The forum, held from December 7 to 9, ...": the forum told before
    # "Since 1992, more than 140 students have taken part": the programme as a whole
    if PROGRAMME_SINCE.match(text) or _programme_total(text):
        return True
    if GOES_HOME.match(text):
        return False  # "The visitors fly home on Monday": the end of the visit told before
    date = lead_date(doc, sent)
    inner = date or sentence_date(doc, sent)
    if inner is not None and LEAVING.search(
        doc.text, max(sent.start, inner.start - 60), inner.start
    ):
        return False  # "... before leaving Boppard on 7 October": the end of a stay told before
    if inner and inner.data.get("anchored") and not OWN_EVENT.search(text):
        return False  # "The next day the khokim met ...": talks and tours are part of the visit
    happened = inner is not None and bool(
        scan.search_in(doc, cues.HAPPENED, text, sent.start) or _dated_trip(doc, sent)
    )
    if inner:
        has_cue = bool(
            scan.search_in(doc, cues.ANY_CUE, text, sent.start)
            or scan.search_in(doc, cues.HAPPENING, text, sent.start)
        )
        if date and (has_cue or happened) and not _is_background(doc, text, sent.start):
            return True
        if (
            inner.value.day
            and has_cue
            and not _is_background(doc, text, sent.start)
            and not _recalled(text)
        ):
            own = event_title(doc, sent)[0] or ""
            return current is None or not _same_title(own, current.title)
        grain = inner.value.month is not None or inner.data.get("kind") == "rel"
        acted = grain or bool(scan.search_in(doc, ACTED, text, sent.start))
        if acted and has_cue and happened and not _is_background(doc, text, sent.start):
            own = event_title(doc, sent)[0] or ""
            return current is None or not _same_title(own, current.title)
    if inner and inner.value.day and scan.search_in(doc, FOUNDED, text, sent.start):
        return True  # "SIRONET was founded on November 21, 2017 and has now ..."
    if inner and inner.value.month and HELD_SUBJECT.match(text):
        return True  # "A Japanese food tasting will be held on Oct. 23-24": what is held is one
    # The cheap test first: most sentences name no event, and need no title.
    title, span = event_title(doc, sent) if _has_event_name(doc, sent) else (None, None)
    if not title:
        return bool(_founded_org(doc, sent))
    if current and _same_title(title, current.title) or GENERIC_TITLE.search(title):
        return False  # "the forum was also a reminder ...": the event told before
    named = any(n.data.get("cls") == "event" for n in doc.in_range("name", sent.start, sent.end))
    quoted = bool(doc.in_range("quoted", sent.start, sent.end))
    simultaneous = bool(scan.search_in(doc, cues.SAME_TIME, text, sent.start)) and (named or quoted)
    opened = bool(span and OPENED.match(doc.text, span[1], sent.end) and named)
    return (
        bool(scan.search_in(doc, PASSIVE_HELD, text, sent.start))
        or happened
        or simultaneous
        or opened
    )


# "The visitors from Kiskőrös fly home on Monday": a sentence that only ends a visit told before
HOMEWARD = r"(?:fly|flies|return|returns|head|heads|go|goes|travel|travels)"
GOES_HOME = re.compile(
    r"\W*(?:The|These|Those|Our|Their)\s+(?:[\w-]+\s+){0,2}?(?:visitors|guests|delegation|group|"
    rf"students|delegates|party|ambassadors)\b[^.;,]{{0,40}}?\b(?:will\s+)?(?:{HOMEWARD}|leave|leaves)"
    r"\s+(?:back\s+)?(?:for\s+)?home\b"
)


PROGRAMME_SINCE = re.compile(
    r"\W*Since\s+(?:the\s+first\s+[\w-]+\s+in\s+)?(?:19|20)\d\d,?\s+(?:more\s+than\s+|over\s+|some\s+|"
    r"about\s+|nearly\s+|almost\s+|around\s+)?[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:students|pupils|people|"
    r"residents|participants|delegates|visitors|teachers|citizens)\b[^.;]{0,80}?\b(?:have|has)\s+"
    r"(?:taken\s+part|participated|visited|travelled|traveled|gone|come|stayed|been\s+hosted)\b"
)
# "more than 500 people have taken part in homestays between the two communities", told with
# the time the programme has run ("over those 27 years", "between 1994 and 2019", "since then")
PROGRAMME_TOTAL = re.compile(
    r"\b(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|almost\s+|around\s+)?[\d,]{2,}\s+"
    r"(?:[\w-]+\s+){0,3}?(?:students|pupils|people|young people|youngsters|residents|participants|"
    r"delegates|visitors|teachers|citizens|teenagers)\b[^;]{0,80}?\b(?:have|has|had)\s+(?:now\s+)?"
    r"(?:taken\s+part|participated|visited|travelled|traveled|stayed|been\s+hosted|lived\s+with|"
    r"been\s+exchanged|crossed|made\s+the\s+(?:trip|journey))\b"
    r"|\b(?:more\s+than\s+|over\s+|some\s+|about\s+)?[\d,]{2,}\s+(?:[\w-]+\s+){0,3}?"
    r"(?:students|pupils|people|young people|youngsters|teenagers)\b[^.;]{0,60}?\blived\s+with\s+"
    r"host\s+families"
)
PROGRAMME_SPAN = re.compile(
    r"\b(?:since|between\s+(?:19|20)\d\d\s+and|over\s+(?:those|these|the\s+past|the\s+last)\s+"
    r"[\w-]+\s+years|in\s+that\s+time)\b",
    re.I,
)


def _programme_total(text: str) -> bool:
    """True for a count of all who took part in a programme over the years it has run."""
    return PROGRAMME_TOTAL.search(text) is not None and PROGRAMME_SPAN.search(text) is not None


LEAVING = re.compile(
    r"\b(?:before|after|until)\s+(?:leaving|departing(?:\s+from)?|heading\s+home\s+from)\s+"
    r"[^.;,]{0,40}?\s+on\s+$"
)


# "the club's outgoing trip of three weeks to New Zealand in October": a trip named with its time
TRIP_TO = re.compile(
    r"\b(?:trip|journey|tour|exchange visit|mission)\s+(?:of\s+[^,.;()]{1,30}?\s+)?to\s+(?:the\s+)?(?-i:[A-Z])"
    r"[^,.;()]{0,30}?\s+(?:in|on|from|between)\s+$"
    # "whose four-day stay, from June 29 to July 2,": a stay told with its days
    r"|\bstay,?\s+(?:from|between)\s+$",
    re.I,
)


def _dated_trip(doc: Doc, sent: Span) -> bool:
    """True when a date of the sentence follows a trip to a named place ("trip to Japan in May")."""
    return any(
        TRIP_TO.search(doc.text[max(sent.start, d.start - 90) : d.start])
        for d in doc.in_range("date", sent.start, sent.end)
    )


# What happens during a visit but is an event of its own: ceremonies, receptions, performances.
OWN_EVENT = re.compile(
    r"\b(?:ceremony|reception|concert|festival|dinner|banquet|luncheon|forum|conference|seminar|"
    r"signed|signing|put (?:their|his|her) names? to|communiqu\w+|exhibition|performance|performed|gala|party|c[eé]il[ií]|dedicat\w+|unveil\w*|"
    r"tournament|match|competition|workshop|lecture|screening|panel|received|hosted|inaugurat\w+|"
    r"courtesy call|held talks)\b",
    re.I,
)
FOUNDED = re.compile(
    r"\b(?:was|were)\s+(?:officially\s+|formally\s+|also\s+)?(?:founded|set up|established|inaugurated)\b",
    re.I,
)


def _founded_org(doc: Doc, sent: Span) -> Span | None:
    """Returns the organization a sentence says was founded or set up ("X was set up at Y")."""
    m = scan.search(doc, FOUNDED, sent.start, sent.end)
    if not m:
        return None
    for n in doc.in_range("name", sent.start, m.start()):
        if n.data.get("cls") == "org" and doc.text[n.end : m.start()].strip() == "":
            return n
    return None


# Past-tense deeds that make a sentence dated only by its year report an event.
ACTED = re.compile(
    r"\b(?:visited|travel(?:l)?ed|arrived|toured|hosted|held|staged|signed|founded|opened|"
    r"donated|dispatched|sent|performed|welcomed|spent|came to|went to|took part|"
    r"made (?:the|a|an|his|her|their) (?:\w+ )?(?:trip|journey|visit)|sat down (?:together|with)|"
    r"came over)\b",
    re.I,
)
HELD_SUBJECT = re.compile(
    r"\W*(?:An?|The)\s+(?:[\w'’-]+\s+){1,5}?(?:will\s+be|is\s+to\s+be|are\s+to\s+be|was|were)\s+"
    r"held\b"
)
# "The 2023 Global Mayors' Forum opened in Guangzhou on Friday": a named event told begun
OPENED = re.compile(
    r"\s+(?:officially\s+|formally\s+)?(?:opened|opens|kicked\s+off|kicks\s+off|got\s+under\s+way|"
    r"gets\s+under\s+way|began|begins|closed|closes|wrapped\s+up)\b"
)
PASSIVE_HELD = re.compile(
    r"\b(?:was|were)\s+(?:successfully\s+|also\s+|grandly\s+)?"
    r"(?:held|staged|hosted|opened|launched|convened|founded|set up|established|inaugurated)\b",
    re.I,
)


EVENT_NAME_WORD = re.compile(
    r"\b(?:sub-forum|forum|panel discussion|conference|summit|symposium|seminar|festival|exhibition|ceremony|camp|course|office|week)\b",
    re.I,
)
DEED = re.compile(
    r"\b(?:held|staged|visited|opened|attended|signed)\b"
    r"|\bwill (?:be in|visit|travel|attend|host|hold|meet|sign|take part)\b"
)


GENERIC_TITLE = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+"
    r"(?!(?:next|previous|last|first|second|third|following|coming|upcoming|final)\b)"
    r"(?:[a-z][\w-]*\s+)?(?:sub-forum|forum|"
    r"conference|summit|symposium|seminar|festival|exhibition|ceremony|camp|course|meeting)$"
)


def _has_event_name(doc: Doc, sent: Span) -> bool:
    return any(
        n.data.get("cls") == "event" for n in doc.in_range("name", sent.start, sent.end)
    ) or bool(scan.search_in(doc, EVENT_NAME_WORD, doc.text[sent.start : sent.end], sent.start))


RECALLED = re.compile(
    r"\b(?:dates back|date back|(?<!years )(?<!years ago )since|was signed|were signed|agreement was|"
    r"anniversary of\b[^.;]{0,40}\b(?:1[89]|20)\d\d)\b",
    re.I,
)


def _recalled(text: str) -> bool:
    """True for a sentence that recalls an old date ("the tie dates back to 3 July 1999")."""
    return bool(RECALLED.search(text))


def _is_background(doc: Doc, text: str, start: int) -> bool:
    """True for a sentence (text, at offset start) that states totals rather than one deed."""
    return bool(scan.search_in(doc, cues.BACKGROUND, text, start)) and not scan.search_in(
        doc, DEED, text, start
    )


TITLE_STOP = {"the", "of", "and", "a", "an", "this", "that", "these", "those", "its", "their"}


# "The forum, held together with ...": a sentence whose subject is the event told before
BACK_SUBJECT = re.compile(
    r"\W*(?:The|This|That)\s+(sub-forum|forum|conference|summit|symposium|seminar|festival|"
    r"exhibition|camp|congress|fair)\b(?!\s+(?:of|on|in)\b)"
)


def back_subject(text: str, title: str) -> bool:
    """True for a sentence opening "The forum" after a forum was told."""
    m = BACK_SUBJECT.match(text)
    return m is not None and m.group(1) in title.lower()


def _same_title(a: str, b: str) -> bool:
    wa = set(re.findall(r"[a-z0-9]+", a.lower())) - TITLE_STOP
    wb = set(re.findall(r"[a-z0-9]+", b.lower())) - TITLE_STOP
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.7


# What a visitor does on the trip, told without a day: "will attend a reception", "gave a lecture"
SUB_EVENT = re.compile(
    r"\b(?:will\s+|to\s+)?(?:attend(?:s|ed)?|t(?:ook|ake|akes) part in|host(?:s|ed)?|held|hold|"
    r"g(?:ave|ive|ives)|deliver(?:s|ed)?|open(?:s|ed)?|join(?:s|ed)?\s+(?:[\w-]+\s+){1,4}for|"
    r"paid|pay|pays|followed by|(?:clos|end|finish)(?:e|es|ed|s|ing)?\s+with)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:reception|ceremony|dinner|banquet|luncheon|lecture|"
    r"concert|festival|gala|exhibition|performance|forum|conference|seminar|workshop|parade|"
    r"celebrations|courtesy call|matsuri)\b"
    # "where an exhibition of folk art opened", "a gala concert was held"
    r"|\b(?:an?)\s+(?:[\w-]+\s+){0,3}?(?:exhibition|concert|reception|ceremony|gala|banquet|"
    r"performance)\b[^.;]{0,120}?\b(?:opened|was held|took place)\b",
    re.I,
)
TRIP = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|delegation|travel(?:s|led|ed)?|trip|tour(?:ed)?|stay(?:ed|ing)?)\b",
    re.I,
)


def sub_event(doc: Doc, sent: Span, base: Draft | None) -> bool:
    """True for an undated sentence that tells what a visitor does on a trip told with its
    dates ("In San Diego, the Mayor will attend a reception ..."): an event of its own."""
    if base is None or base.start is None or sentence_date(doc, sent) is not None:
        return False
    if CAME_FOR.match(doc.text, sent.start, sent.end):
        return True  # "The Gyumri delegation came to Tver for the City Day": the visit itself
    text = doc.text[sent.start : sent.end]
    if (
        scan.search_in(doc, OWN_PART, text, sent.start)
        and scan.search_in(doc, cues.HAPPENED, text, sent.start)
        and not QUOTED_SPEECH.match(text)
        and not _is_background(doc, text, sent.start)
    ):
        return True  # "The rector received the delegation", "They held talks with the mayor"
    part = scan.search(doc, SUB_EVENT, sent.start, sent.end)
    if not part:
        return False
    if scan.search(doc, TRIP, base.main.start, base.main.end):
        return True
    # "Days of Culture" opened: its exhibitions and concerts are events of their own
    return bool(
        PROGRAMME.search(doc.text, base.main.start, base.main.end)
        and PROGRAMME_PART.search(part.group())
        and not scan.search(doc, TRIP, sent.start, sent.end)
    )


PROGRAMME = re.compile(r"\b(?:[Dd]ays of|[Ff]estival|[Ww]eek of)\b")
PROGRAMME_PART = re.compile(r"(?i:exhibition|concert|ceremony|gala|reception|banquet|performance)")


# What one side does with the other while a dated event goes on: talks, a reception, a signing
OWN_PART = re.compile(
    r"\b(?:held talks|had talks|received (?:the|a) (?:[\w-]+ )?(?:delegation|guests|visitors|group)"
    r"|(?:a|an) (?:[\w-]+ ){0,2}(?:reception|courtesy call|banquet|concert|ceremony)|performed)",
    re.I,
)


# "The Gyumri delegation came to Tver for ...": the visit the event told before was part of
CAME_FOR = re.compile(
    r"\W*The\s+(?:[A-Z][\w-]+\s+){1,3}(?:delegation|group|party|guests|visitors)\s+"
    r"(?:came|travelled|traveled|flew|had come)\s+to\s+(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|"
    r"the\s+(?:[A-Z][\w-]+\s+)?(?:capital|city|town|region))\s+for\b"
)
