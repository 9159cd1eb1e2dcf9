"""The parts of an event read off its sentences: title, place, organizers, participants, countries."""

from __future__ import annotations

import re

from amity.extract import scan
from amity.extract.components.geo import resolve_country
from amity.extract.doc import Doc, Span
from amity.extract.en import cues
from amity.extract.en.lexicon import ORG_HEADS, PLACE_SUFFIXES

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


def event_place(
    doc: Doc, sent: Span, kind: str, title_span: tuple[int, int] | None
) -> tuple[str | None, str | None]:
    """Returns (city as written, ISO country) where the event of a sentence took place."""
    text = doc.text
    if title_span:
        after = re.match(
            r"\s+(?:was\s+(?:held|staged)\s+)?(?:in|at)\s+(?:the\s+)?(?=[A-Z])",
            text[title_span[1] : sent.end],
        )
        if after:
            city, country = _place_at(doc, title_span[1] + after.end(), sent.end)
            if city or country:
                return city, country  # "the X Forum in St. Petersburg"
    if kind == "visit":
        city, country = _visit_place(doc, sent)
        if city:
            return city, country
    for m in re.finditer(
        r"\b(?:in|at)\s+(?:the\s+|a\s+)?(?:(?:city|town|village) of\s+)?(?=[A-Z])",
        text[sent.start : sent.end],
    ):
        pos = sent.start + m.end()
        if title_span and title_span[0] <= pos < title_span[1]:
            continue
        before = text[max(sent.start, pos - 40) : pos].lower()
        if re.search(
            r"\b(?:in (?:cooperation|accordance|collaboration|partnership|the name)|at the invitation)\b",
            before[-30:],
        ):
            continue
        if _locates_origin(doc, sent.start, sent.start + m.start(), pos):
            continue
        city, country = _place_at(doc, pos, sent.end)
        if city or country:
            return _city_before(doc, sent.start + m.start()) or (city, country)
    if kind == "visit":
        return None, _destination(doc, sent)
    return None, None


VISIT_TO = re.compile(
    r"\b(?:visit(?:ed|ing|s)?(?:\s+to)?|travel(?:l)?(?:ed|ing|s)?\s+to|trip\s+to|(?:going|heading)\s+to|(?:delegation|group|mission)\s+to|arrived\s+in|arrives?\s+in|went\s+to|"
    r"came\s+to|welcomed\s+to|(?:was|were)\s+hosted\s+in|leaves?\s+for|left\s+for|tour\s+of|toured|heads?\s+to|headed\s+to|flew\s+to|spent\s+[\w\s]{1,20}?\s+in|spend\s+[\w\s]{1,20}?\s+in|"
    r"(?:(?<=visit\s)|(?<=trip\s))(?:that\s+)?(?:[\w.]+\s+){1,4}made\s+to)"
    r"\s+(?:the\s+|its\s+|their\s+|our\s+|[A-Z][\w-]+['’]s\s+)?(?:(?:sister|twin|friendship|partner)\s+city,?\s+(?:of\s+)?|(?:[a-z][\w-]+\s+)?(?:city|town)\s+of\s+)?(?=[A-Z])",
    re.I,
)


def _city_before(doc: Doc, at: int) -> tuple[str, str | None] | None:
    """Returns the city just before "in Hokkaido" ("the City of Chitose in Hokkaido celebrated"):
    the region only places it."""
    for p in doc.in_range("place", max(0, at - 40), at):
        if p.end == at - 1 or p.end == at:
            after = doc.in_range("place", at, at + 40)
            region = after and after[0].data.get("kind") != "city"
            if p.data.get("kind") == "city" and region:
                return str(p.value), p.data.get("country")
    return None


# "a group from Shiroishi City in Miyagi Prefecture", "students from Eniwa, in Hokkaido,"
FROM_NAME = re.compile(
    r"\bfrom\s+(?:(?:the|our|its|their|a|an)\s+)?(?:[\w’'-]+,?\s+){0,4}?(?:[A-Z][\w’'.-]*,?\s+){1,5}$"
)


def _locates_origin(doc: Doc, start: int, at: int, pos: int) -> bool:
    """True for "in Miyagi Prefecture" after "from Shiroishi City": the region only places
    where the visitors come from."""
    region = doc.at("place", pos)
    if region is None or region.start != pos or region.data.get("kind") == "city":
        return False
    m = FROM_NAME.search(doc.text, max(start, at - 80), at)
    return m is not None and not doc.in_range("date", m.start(), at)


HAPPENED_IN = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:signed|held|staged|hosted)\s+in\s+(?:the\s+)?(?=[A-Z])"
    r"|\btook place in\s+(?:the\s+)?(?=[A-Z])"
)


def said_place(doc: Doc, sents: list[Span]) -> tuple[str | None, str | None]:
    """Returns the place a later sentence gives for the event ("The memorandum was signed in
    Taraz by ...")."""
    for sent in sents:
        for m in scan.finditer(doc, HAPPENED_IN, sent.start, sent.end):
            city, country = _place_at(doc, m.end(), sent.end)
            if city or country:
                return city, country
    return None, None


def _visit_place(doc: Doc, sent: Span) -> tuple[str | None, str | None]:
    """Returns the city (and its country) a visit went to: "visited Goulburn", "travelled to Harbin"."""
    for m in scan.finditer(doc, VISIT_TO, sent.start, sent.end):
        city, country = _place_at(doc, m.end(), sent.end)
        if city:
            return city, country
    return None, None


def _place_at(doc: Doc, pos: int, end: int) -> tuple[str | None, str | None]:
    """Reads "Xiamen, Fujian Province", "Bogota, capital of Columbia", "Duanhua School of Phnom Penh"."""
    text = doc.text
    date = doc.at("date", pos)
    if date is not None:
        return None, None
    m = re.match(r"((?:[A-Z][\w’'.-]*)(?:\s+(?:[A-Z][\w’'.-]*|of(?:\s+the)?|de))*)", text[pos:end])
    if not m:
        return None, None
    run = m.group(1)
    run_end = pos + len(run.rstrip())
    countries = doc.starting("country", pos, run_end + 60)
    parts = [p for p in re.split(r"\s+of\s+(?:the\s+)?", run) if p]
    for offset, part in _with_offsets(run, parts, pos):
        part_clean = part.strip(" .,")
        if doc.at("country", offset):
            return None, doc.value_at("country", offset)
        if _is_org(part_clean):
            inner = _place_inside(doc, offset, offset + len(part))
            if inner:
                return inner  # "at the Frankston Civic Centre": in Frankston
            continue
        country = _near_country(doc, offset + len(part), end) or _place_country(doc, offset)
        if country is None and not _place_like(doc, part_clean, offset):
            continue  # "the SCNZ youth workshop", "Council Chambers": no place
        return part_clean.rstrip("."), country
    return None, (str(countries[0].value) if countries and countries[0].start <= run_end else None)


def _place_inside(doc: Doc, start: int, end: int) -> tuple[str, str | None] | None:
    """Returns the city a venue's name starts with ("Frankston Civic Centre"), if any."""
    for p in doc.in_range("place", start, end):
        if p.start == start and p.data.get("kind") == "city":
            return str(p.value), p.data.get("country")
    return None


def _place_like(doc: Doc, name: str, offset: int) -> bool:
    """True for a name the gazetteer knows there, or one with a place word ("Xicheng District")."""
    if doc.at("place", offset) is not None:
        return True
    words = name.lower().split()
    return bool(words) and (words[-1] in PLACE_SUFFIXES or words[0] in ("city", "town"))


def _with_offsets(run: str, parts: list[str], base: int) -> list[tuple[int, str]]:
    out, k = [], 0
    for p in parts:
        k = run.find(p, k)
        out.append((base + k, p))
        k += len(p)
    return out


def _is_org(name: str) -> bool:
    words = name.lower().split()
    if len(words) > 1 and words[-1] in ("district", "board") and words[-2] == "school":
        return True  # "San Mateo-Foster City School District": a school board, not a place
    return (
        bool(words)
        and (
            words[-1] in ORG_HEADS
            or words[-1]
            in (
                "hall",
                "park",
                "palace",
                "hotel",
                "center",
                "centre",
                "stadium",
                "square",
                "building",
                "venue",
                "museum",
            )
        )
        and words[-1] not in PLACE_SUFFIXES
    )


def _near_country(doc: Doc, pos: int, end: int) -> str | None:
    """Returns a country named right after a place (", Pakistan", " of South Korea", ", capital of Columbia")."""
    m = re.match(
        r"(?:,\s*(?:the\s+)?(?:capital|a city|city|province|town)\s+of\s+|,\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+(?:Province|Region|State|Division|Prefecture|Oblast|County),\s*|,\s*|\s+of\s+|\s+in\s+)(?:the\s+)?",
        doc.text[pos:end],
    )
    if not m:
        return None
    return doc.value_at("country", pos + m.end())


def _place_country(doc: Doc, pos: int) -> str | None:
    place = doc.at("place", pos)
    return (
        str(place.data["country"])
        if place and place.start == pos and place.data.get("country")
        else None
    )


def _destination(doc: Doc, sent: Span) -> str | None:
    """Returns the one country a visit went to ("visited South Africa", "to Pakistan")."""
    text = doc.text
    m = re.search(
        r"\b(?:visited|visit to|visiting|arrived in|trip to|tour (?:of|to)|to)\s+(?:the\s+)?",
        text[sent.start : sent.end],
    )
    if not m:
        return None
    pos = sent.start + m.end()
    dest = [c for c in doc.in_range("country", pos, sent.end) if c.start - pos < 60]
    codes = {
        str(c.value) for c in dest if c.start < pos + 3 or text[pos : c.start].strip(" ,") == ""
    }
    listed = re.match(
        r"[A-Z][\w ,’'-]*?(?:\band\b[^.,;]*)?(?=[.;]|,\s+[a-z]|\s+[a-z])", text[pos : sent.end]
    )
    if listed and sum(1 for c in dest if c.start < pos + len(listed.group())) > 1:
        return None
    return codes.pop() if len(codes) == 1 else None


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


def participants_of(doc: Doc, sents: list[Span]) -> int | None:
    """Returns the first number of people stated for the whole event (the number is marked used)."""
    for sent in sents:
        text = doc.text[sent.start : sent.end]
        if sent is not sents[0] and (
            scan.search_in(doc, cues.BACKGROUND, text, sent.start) or NOW_HAS.match(text)
        ):
            continue  # "Today it has 13 branches with about 700 members": the body now, no event
        for num in doc.in_range("number", sent.start, sent.end):
            if num.data.get("percent") or num.data.get("participants"):
                continue
            after = doc.text[num.end : min(sent.end, num.end + 60)]
            if SERVED.search(doc.text, max(sent.start, num.start - 45), num.start):
                continue  # "treated approximately 5,000 residents": whom the event served
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


AGENCY_WORDS = re.compile(
    r"\s+(?:City|Town|Municipal|County|District|Borough|Shire|Metropolitan|Regional)?\s*"
    r"(?:Council|Government|Administration|Hall|Assembly|Office|Akimat|People['’]s Government)\b.*$"
)


def place_of_agents(doc: Doc, agents: list[str]) -> tuple[str | None, str | None]:
    """Returns the place an event's host stands for ("Adelanto City Council" -> Adelanto)."""
    for agent in agents:
        name = AGENCY_WORDS.sub("", agent).strip()
        if (
            not name
            or _is_org(name)
            or name == agent
            and not re.search(r"\b(?:District|City|County|Province|Town)$", name)
        ):
            continue
        country = resolve_country(name)
        if country or re.search(r"\b(?:District|City|County|Town|Borough|Shire)$", name):
            return name, country
    return None, None
