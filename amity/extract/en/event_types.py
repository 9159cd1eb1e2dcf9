"""Event types: the RECORDS.md type of an event (a visit, a meeting, a signing and the rest), read
from the head of its title and from its main sentence.
"""

from __future__ import annotations

import re

from amity.extract import scan
from amity.extract.doc import Doc
from amity.extract.en import cues
from amity.extract.en.event_start import Draft, _programme_total

RECEIVED_AT = re.compile(
    r"\b(?:reception|banquet|dinner|buffet|barbecue|luncheon|p[oō]whiri|p[oō]hiri|welcome function|"
    r"civic welcome)\b"
)
JOURNEY = re.compile(
    r"\b(?:travel\w*|arriv\w*|visited|toured|trip|journey|flew|went to|came to|spent|stay\w*|tour)\b"
)


MINUTES_OF_MEETING = re.compile(
    r"\bminutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:meeting|agm|assembly)\b"
)


def event_type(doc: Doc, draft: Draft) -> str:
    """Returns the RECORDS.md type of an event from its title head and its main sentence."""
    text = doc.text[draft.main.start : draft.main.end].lower()
    if _programme_total(text):
        return "visit"  # "more than 500 people have taken part in homestays since": the exchanges
    if MINUTES_OF_MEETING.search(text):
        return "meeting"  # "The minutes of the 119th AGM, held on 15 June 2016, were signed"
    title = draft.title.lower()
    travels = re.search(
        r"\b(?:visited|paid (?:an? )?(?:official |working |friendly )?visit|arrived in|study tour|toured"
        r"|(?:hosted|welcomed|received) (?:a|an|the) (?:[\w-]+ ){0,3}(?:group|delegation|party)"
        r"|(?:travel(?:s|led|ed)?|trip|journey) to|arrives? in|(?:flies|fly|flew|sets?) (?:out|off)"
        r"|spen[dt]s? (?:a|an|one|two|three|four|five|six|several|ten|\d+) (?:days?|nights?|weeks?|months?) in"
        r"|made (?:the|a|an|his|her|their) (?:\w+ )?(?:trip|journey|visit)"
        r"|(?:delegat\w+|visitors|guests|group|party) from (?:[\w-]+ ){1,3}arrived"
        r"|(?:came|went|flew) (?:back )?to\b(?=.{0,80}\b(?:delegation|group|party)\b)"
        r"|\b(?:delegation|group|party)\b.{0,80}\b(?:came|went|flew) (?:back )?to)\b",
        text,
    ) or scan.search(doc, GOES_TO, draft.main.start, draft.main.end)
    team = re.search(
        r"\b(?:volunteers?|(?:medical|aid|rescue|relief) (?:\w+ )?team|team of (?:[\w-]+ ){0,3}?"
        r"(?:medical|doctors|medics|nurses|volunteers))\b.{0,60}arrived",
        text,
    )
    if travels and not team and RECEIVED_AT.search(text) and not JOURNEY.search(text):
        return "meeting"  # "received the party at a Mayor's reception": the reception, no journey
    if travels and not team:
        if not re.search(
            r"\b(?:attended|presented)\s+the\b.{0,80}\b(?:forum|conference|summit)", text
        ):
            return "visit"
    if re.search(r"\bmet with\b|\bmeets?\b|\bmet\b|\breceived\b", text) and not _has_head(title):
        return "meeting"
    main = draft.main
    for kind, rx in cues.TYPE_RX[:3]:
        # text is the sentence lower-cased: rx (case-blind) cannot match without its words.
        if scan.may_match(doc, rx, main.start, main.end) and rx.search(text):
            if (
                kind == "founding"
                and _has_head(title)
                and not re.search(
                    r"inaugura|found|set up|accept|admitted", title + " " + text[:200]
                )
            ):
                continue
            return kind
    head = _title_head(title)
    if head == "meeting" and NAMED_MEETING.search(draft.title):
        return "forum"  # "the 26th Meeting of Mayors of Cities of ...": a gathering of many
    if head:
        return cues.HEAD_TYPE[head]
    for kind, rx in cues.TYPE_RX[3:]:
        if scan.may_match(doc, rx, main.start, main.end) and rx.search(text):
            return kind
    return "other"


# "will send a group of its young farmers to Mitoyo", "Eight students are due to come to Tsuyama",
# "12 pupils went to Dinslaken": people going to a named place.
GOES_TO = re.compile(
    r"\b(?:send|sends|sent|will send)\s+(?:a|an|its|their|our|the|\d+|[a-z]+ty(?:-[a-z]+)?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:group|party|delegation|students|pupils|people|members|farmers)\b"
    r"[^.;]{0,60}?\bto\s+(?:its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}?[A-Z]"
    r"|\b(?:group|party|delegation|students|pupils|people|members|farmers|visitors)\b[^.;]{0,60}?"
    r"\b(?:come|comes|came|go|goes|went|travel|travels|fly|flies)\s+(?:back\s+)?to\s+(?:the\s+)?[A-Z]"
    r"|\b(?:delegation|group|party)\b[^.;]{0,80}?\b(?:was|were|will be) in\s+[A-Z]"
    r"|\b(?:delegation|group|party)\s+(?:came|comes|will come)\s+over\b"
)


NAMED_MEETING = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth)\b[^.]{0,60}?(?<!General )\bMeetings?\b"
    r"|\bMeetings? of (?:the\s+)?(?:Mayors|Cities|Heads|Governors|Leaders|Municipalities)\b"
    r"|\b(?:City|Cities|Mayors['’]?|Municipal) Meetings?\b"
)


def _has_head(title: str) -> bool:
    return _title_head(title) is not None


def _title_head(title: str) -> str | None:
    """Returns the event head noun of a title ("forum" of "Forum on Social Welfare")."""
    words: list[str] = re.findall(r"[a-z][a-z-]*", title.lower())
    cut = next(
        (k for k, w in enumerate(words) if w in ("of", "on", "for", "themed", "under") and k > 0),
        len(words),
    )
    heads = [w for w in words if w in cues.HEAD_TYPE and (w != "week" or _named_week(title))]
    for w in reversed(words[:cut]):
        if w in heads:
            return w
    return heads[0] if heads else None


def _named_week(title: str) -> bool:
    """True for a week that is an event ("Culture Week"), not a span of time ("of the week")."""
    return bool(
        re.search(
            r"\b(?:cultur\w*|friendship|arts?|film|food|music|fashion|tourism|\w+ese|\w+ian)\s+week\b",
            title,
        )
    )
