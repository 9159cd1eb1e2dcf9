"""The parts of an event read off its sentences: title, organizers, participants, countries.

Its place (and the place of its hosts) lives in event_places."""

from __future__ import annotations

import re

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en import cues

NP_WORD = r"[\w’'&+-]"  # the characters of the words before an event's head noun
NP_WORDS = 7  # at most this many words (after "the") before the head
NP_HEADS = (
    r"sub-forum|forum|conference|summit|symposium|seminar|dialogue|congress|roundtable|convention|"
    r"meeting|reception|talks|hearing|ceremony|festival|exhibition|expo|week|concert|gala|performances?|camp|course|training|workshop|"
    r"tour|visit|programs?|programmes?|activities|action|events?"
)
EVENT_NP = re.compile(
    rf"\b(?:the\s+)?((?:{NP_WORD}+\s+){{0,{NP_WORDS}}}?(?:{NP_HEADS})"
    r"(?:\s+(?:of|on|for|themed|between)\s+[^,.;:]{3,90}?)?)(?=\s+(?:was|were|is|organi[sz]ed|sponsored|hosted|jointly|held|staged|under|in|at|opened|kicked|launched)\b|[,.;:]|$)",
    re.I,
)
# Leftwards from a head noun (on the reversed text): the furthest an EVENT_NP match can begin,
# "the" and NP_WORDS words, each followed by spaces.
NP_LEFT = re.compile(rf"{NP_WORD}*(?:\s+{NP_WORD}*){{0,{NP_WORDS + 1}}}")
HEAD_WORD = re.compile(
    r"(?i)forum|conference|summit|symposium|seminar|dialogue|congress|roundtable|convention|meeting|reception|talks|hearing"
    r"|ceremony|festival|exhibition|expo|week|concert|gala|performance|camp|course|training|workshop|tour|visit|program"
    r"|activities|action|event"
)
LIST_CUE = re.compile(r"\b(?:namely|such as|including|includ(?:e|es|ed|ing))\s+", re.I)
# "The visit programme also included a business forum ..., as well as a joint concert by ..."
PROGRAMME_ITEM = re.compile(
    r"(?:^|,\s*(?:as well as\s+)?|\band\s+|\bas well as\s+)(?:a|an|the)\s+((?:[\w’'-]+\s+){0,5}?"
    r"(?:forum|conference|seminar|exhibition|concert|festival|fair|reception|performance|gala)"
    r"(?:\s+(?:of|on|by|for)\s+[^,.;]{3,60}?)?)(?=\s+and\s+|\s+in\s+[A-Z]|,|\.|$)"
)


def event_title(doc: Doc, sent: Span) -> tuple[str | None, tuple[int, int] | None]:
    """Returns the event's name as written and its offsets, or (None, None) (once per sentence)."""
    key = ("event_title", sent.start)
    if key not in doc.cache:
        doc.cache[key] = _event_title(doc, sent)
    return doc.cache[key]  # type: ignore[no-any-return]


def _event_title(doc: Doc, sent: Span) -> tuple[str | None, tuple[int, int] | None]:
    text = doc.text
    for q in doc.in_range("quoted", sent.start, sent.end):
        after = text[q.end : q.end + 30].lower()
        head = re.match(
            r"\s*((?:[\w-]+\s+){0,2}?(?:sub-forum|forum|conference|summit|exhibition|festival|week|camp|ceremony|activities|program|programme|action|dialogue|symposium|seminar))\b",
            after,
        )
        if head:
            return text[q.start : q.end + head.end()].strip(), (q.start, q.end + head.end())
        if _has_head_word(q.value):
            return q.value, (q.start + 1, q.end - 1)
    for n in doc.in_range("name", sent.start, sent.end):
        if n.data.get("cls") == "event":
            return _with_ordinal(text, n), (n.start, n.end)
    m = _event_np(doc, sent)
    if m and len(m.group(1).split()) >= 2 and not DURATION.search(m.group(1)):
        return m.group(1).strip(), (m.start(1), m.end(1))
    return None, None


# "spent a week in Japan": a length of time, no event named "week"
DURATION = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|each|every|per|whole|full|the\s+following|"
    r"the\s+next|the\s+same)\s+week$",
    re.I,
)


def _event_np(doc: Doc, sent: Span) -> re.Match[str] | None:
    """Returns EVENT_NP's first match in the sentence, searched from where one can begin.

    No match begins before the words that may precede the sentence's first head noun.
    """
    low = scan.folded(doc)
    if low is None:
        found = HEAD_WORD.search(doc.text, sent.start, sent.end)
        return EVENT_NP.search(doc.text, sent.start, sent.end) if found else None
    # HEAD_WORD's words are in every head noun: without one, the sentence has no event title.
    if not scan.may_match(doc, HEAD_WORD, sent.start, sent.end):
        return None
    head = scan.first_of(low, scan.spellings(NP_HEADS, re.I), sent.start, sent.end)
    if head < 0:
        return None
    back = len(doc.text) - head
    left = NP_LEFT.match(scan.reversed_text(doc), back)
    begin = head - (left.end() - back) if left else head
    return scan.search(doc, EVENT_NP, max(sent.start, begin), sent.end)


def _has_head_word(s: str) -> bool:
    return bool(
        re.search(
            r"\b(?:forum|conference|summit|symposium|seminar|dialogue|congress|festival|exhibition|expo|week|camp|course|training|meeting|ceremony|roundtable|convention|gala|tour)\b",
            s,
            re.I,
        )
    )


def _with_ordinal(text: str, n: Span) -> str:
    """Returns the name with a lower-case ordinal before it ("first SCO Women's Forum")."""
    m = re.search(
        r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+$",
        text[max(0, n.start - 12) : n.start],
    )
    return f"{m.group(1)} {n.value}" if m else str(n.value)


def list_titles(doc: Doc, sent: Span) -> list[tuple[str, tuple[int, int]]]:
    """Returns the events listed in one sentence ("activities were held, such as A and B")."""
    text = doc.text[sent.start : sent.end]
    m = scan.search_in(doc, LIST_CUE, text, sent.start)
    if not m or not re.search(
        r"\b(?:activities|events|sub-forums|forums|side events|supporting|programme|program|itinerary)\b",
        text[: m.start()],
        re.I,
    ):
        return []
    body_start = sent.start + m.end()
    out = []
    for n in doc.in_range("name", body_start, sent.end):
        if n.data.get("cls") == "event":
            out.append((str(n.value), (n.start, n.end)))
    for q in doc.in_range("quoted", body_start, sent.end):
        if not any(s[1][0] <= q.start < s[1][1] for s in out):
            out.append((q.value, (q.start, q.end)))
    for lm in re.finditer(
        r"(?:^|,\s*|\band\s+)(?:the\s+)?((?:[a-z][\w’'-]*\s+){0,2}(?:forum|conference|seminar|exhibition)\s+(?:of|on)\s+[^,.;]{3,60}?)(?=\s+and\s+|,|\.|$)",
        doc.text[body_start : sent.end],
    ):
        start = body_start + lm.start(1)
        if not any(s[1][0] <= start < s[1][1] for s in out):
            out.append((lm.group(1), (start, body_start + lm.end(1))))
    if re.search(r"\b(?:programme|program|itinerary)\b", text[: m.start()], re.I):
        for lm in PROGRAMME_ITEM.finditer(doc.text[body_start : sent.end]):
            start = body_start + lm.start(1)
            if not any(s[1][0] <= start < s[1][1] for s in out):
                out.append((lm.group(1), (start, body_start + lm.end(1))))
    return sorted(out, key=lambda t: t[1][0]) if len(out) >= 2 else []


def organizers_of(doc: Doc, sents: list[Span], title_span: tuple[int, int] | None) -> list[str]:
    """Returns the organizations that organized, hosted or sponsored an event, as written."""
    out: list[str] = []
    for sent in sents:
        for rx in (cues.ORGANIZED_BY, cues.UNDER_OF):
            for m in scan.finditer(doc, rx, sent.start, sent.end):
                out.extend(_agents_from(doc, sent.start + 0 if False else m.end(), sent.end))
        out.extend(_subject_agents(doc, sent))
    seen: list[str] = []
    for name in out:
        if name not in seen and not (
            title_span and doc.text[title_span[0] : title_span[1]] == name
        ):
            seen.append(name)
    return seen


def _agents_from(doc: Doc, pos: int, end: int) -> list[str]:
    """Returns the list of names starting at pos: "A, B and C"."""
    out = []
    for n in doc.in_range("name", pos, end):
        gap = doc.text[pos : n.start]
        if gap.strip(" ,") not in (
            "",
            "and",
            "the",
            "and the",
            "as well as",
            "as well as the",
            "&",
        ):
            break
        if n.data.get("cls") in ("org", "place", "name") and not _is_person_or_country(doc, n):
            out.append(str(n.value))
        elif n.data.get("cls") == "event":
            break
        pos = n.end
    return out


def _is_person_or_country(doc: Doc, n: Span) -> bool:
    if doc.in_range("person", n.start, n.end):
        return n.data.get("cls") != "org"
    country = doc.at("country", n.start)
    return bool(country and country.start == n.start and country.end == n.end)


def _subject_agents(doc: Doc, sent: Span) -> list[str]:
    """Returns the subject of "X (and Y) organized/held/hosted ..." after the sentence's lead."""
    text = doc.text
    m = scan.search(doc, cues.AGENT_VERBS, sent.start, sent.end)
    if not m:
        return []
    names = [
        n
        for n in doc.in_range("name", sent.start, m.start() + 1)
        if n.data.get("cls") in ("org", "place")
    ]
    if not names:
        return []
    last = names[-1]
    if text[last.end : m.start()].strip(" ,") not in ("", "jointly", "successfully"):
        return []
    group = [last]
    for n in reversed(names[:-1]):
        gap = text[n.end : group[0].start].strip(" ,")
        if gap in ("and", "", "and the", "the"):
            group.insert(0, n)
        else:
            break
    return [str(n.value) for n in group if not _is_person_or_country(doc, n)]


NOW_HAS = re.compile(r"\W*(?:Today|Now|Currently|At present)\b", re.I)


SERVED = re.compile(
    r"\b(?:treated|examined|served|screened|vaccinated|operated on|cared for|benefit(?:ed|ing)?|"
    r"patients|beneficiaries|(?:care|treatment|services?|help|assistance) to)\b[^.;]{0,30}$"
)


ONE_SIDE = re.compile(
    r"\W*[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:will\s+|is\s+to\s+)?(?:again\s+|also\s+)?"
    r"(?:select|selects|selected|send|sends|sent|choose|chooses|chose|nominate|nominates|nominated)\b"
)


HAS_MEMBERS = re.compile(r"\b(?:has|have|had|counts?|numbers?)\s+$")


def participants_of(doc: Doc, sents: list[Span]) -> int | None:
    """Returns the first number of people stated for the whole event (the number is marked used)."""
    for sent in sents:
        text = doc.text[sent.start : sent.end]
        if sent is not sents[0] and (
            scan.search_in(doc, cues.BACKGROUND, text, sent.start) or NOW_HAS.match(text)
        ):
            continue  # "Today it has 13 branches with about 700 members": the body now, no event
        if sent is not sents[0] and ONE_SIDE.match(text):
            continue  # "Lahti will again select 17 participants": one side's group, a figure
        for num in doc.in_range("number", sent.start, sent.end):
            if num.data.get("percent") or num.data.get("participants"):
                continue
            after = doc.text[num.end : min(sent.end, num.end + 60)]
            if SERVED.search(doc.text, max(sent.start, num.start - 45), num.start):
                continue  # "treated approximately 5,000 residents": whom the event served
            if HAS_MEMBERS.search(
                doc.text, max(sent.start, num.start - 12), num.start
            ) and re.match(r"\s*(?:[a-z]+\s+)?members\b", after):
                continue  # "The association now has 85 members": a body's size, a figure
            if num.data.get("member") or (
                cues.PEOPLE_NOUNS.match(after.lstrip())
                and not re.match(r"\s*(?:member\s+)?(?:organizations|countries|cities)", after)
            ):
                num.data["participants"] = True  # an event's head count is not also a figure
                return int(num.value)
    return None


def sentence_countries(doc: Doc, sents: list[Span]) -> list[str]:
    """Returns the ISO codes of the countries the sentences name or place in, in order of mention."""
    out: list[str] = []
    for sent in sents:
        for c in doc.in_range("country", sent.start, sent.end):
            if c.value and str(c.value) not in out:
                out.append(str(c.value))
    # A place of a country the report names elsewhere brings that country in ("the Gyumri
    # delegation came to Tver"); an unnamed one's country is too often a namesake's.
    named = {str(c.value) for c in doc.get("country")}
    for sent in sents:
        for place in doc.in_range("place", sent.start, sent.end):
            code = place.data.get("country")
            if code and code in named and code not in out:
                out.append(code)
    return out
