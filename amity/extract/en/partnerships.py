"""Partnerships: sister and friendship cities, friendly schools, agreements and memberships."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.lexicon import COMMON_NAME_WORDS, NOT_NAME, ORG_HEADS, PLACE_SUFFIXES
from amity.extract.en.located import country_of, home_place, report_country
from amity.extract.en.titles import is_title_word

TIE = re.compile(
    r"\b(?:sister|twin|twinned|twinning|friendship|friendly|partner)[\s-]+(?:cit(?:y|ies)|provinces?|states?|districts?|prefectures?|regions?|counties|county|towns?|municipalit(?:y|ies)|relations(?:hip)?s?|ties|agreements?|(?:exchange|cooperation)\s+(?:cit(?:y|ies)|relations(?:hip)?s?))\b"
    r"|\btwinn(?:ed|ing)\b|\bsister[\s-]city\b|\bsisterhood\b",
    re.I,
)
SCHOOL = re.compile(r"\b(?:sister|friendly|friendship|partner)[\s-]+schools?\b", re.I)
AGREEMENT = re.compile(
    r"\b(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|contracts?|letter of intent|accords?|framework|protocol|declaration of intent|partnership)\b",
    re.I,
)
SIGNED = re.compile(
    r"\b(?:signed|sign|inked|concluded|established|establish|formali[sz]ed|entered into|renewed|became|become|are now|officially|reached|agreed)\b",
    re.I,
)
WITH = re.compile(r"\bwith\s+(?:the\s+)?", re.I)
MEMBER_OF = re.compile(
    r"\baccept(?:ed|s)?\s+(?:the\s+)?(.{0,120}?)\s+as\s+(?:the\s+)?(?:\w+\s+)?(?:new\s+)?members?(?:\s+organi[sz]ations?)?\s+of\s+(?:the\s+)?",
    re.I,
)
JOINED = re.compile(
    r"\b(?:joined|has joined|have joined|was admitted to|were admitted to|became (?:a |an )?(?:new |official |full )?members? of|acceded to)\s+(?:the\s+)?",
    re.I,
)
LISTED_MEMBERS = re.compile(
    r"\bmembers?\b[^.;]{0,60}?\b(?:namely|including|such as|includ(?:e|es))\s+", re.I
)
NETWORK_HEADS = (
    "network",
    "alliance",
    "association",
    "federation",
    "union",
    "council",
    "consortium",
    "league",
    "organization",
    "club",
    "forum",
    "coalition",
    "committee",
    "platform",
)


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


TIE_AGREEMENT = re.compile(
    r"\b(?:agreement|memorandum|protocol)\s+(?:on|of)\s+(?:the\s+)?(?:establish\w*\s+(?:of\s+)?)?(?:friendship|twin|sister|twinning|friendly)",
    re.I,
)
SIGNING = re.compile(r"\b(?:sign\w*|inked|concluded|entered)\b", re.I)


def tie_type(text: str, doc: Doc | None = None, start: int = 0) -> str | None:
    """Returns the partnership type a sentence speaks of, or None (doc and start: where it lies)."""

    def found(rx: re.Pattern[str]) -> bool:
        return bool(rx.search(text) if doc is None else scan.search_in(doc, rx, text, start))

    if found(SCHOOL):
        return "school"
    if found(TIE) or found(TIE_AGREEMENT):
        return "sister_city"
    if found(AGREEMENT) and found(SIGNING):
        return "agreement"
    return None


PAIR_GAP = re.compile(
    # ", California and": a state or province that places the first party (skipped as a party)
    r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?\s+and\s+(?:the\s+)?|"
    r"(?:\s+(?:of|in)\s+[^,]*?)?\s+and\s+(?:the\s+)?|(?:\s+(?:city|town|county|district|province|region|oblast|state|prefecture|municipality))?\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:city|town|county|district|province)\s+of\s+)?|-|–"
)
LIST_MARK = re.compile(
    r"\b(?:twinned with|twinning with|relations?(?:hips?)? with|ties with|links? with|partnerships? with|agreements? with|sister cit(?:y|ies) (?:of|with|in)|twin (?:towns?|cit(?:y|ies)) (?:of|with)|partner cit(?:y|ies) (?:of|with)|namely|include|includes|including|among them|are|were)\s+(?:the\s+)?|:\s*",
    re.I,
)
REFER = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:cities|capitals|towns|sides|municipalities|provinces|regions|districts|counties|schools|universities|councils|parties)\b|\bthe two\b",
    re.I,
)
# "A new sister city relationship links Adelanto, California, and Hadong County"
JOINS = re.compile(
    r"\b(?:links|linking|joins|joining|connects|connecting|unites|uniting)\s+(?:the\s+)?"
)
OTHERS = re.compile(r"\bothers?\b")
# "Guilin, Hastings' sister city in China since 1981": the year the tie dates from
SINCE = re.compile(r"[^.;]{0,40}?\bsince\s+((?:1[89]|20)\d\d)\b")
OF_OWNER = re.compile(r"(?:sister|twin|partner)\s+(?:cit|town)\w*\s+of\b", re.I)
PRONOUN = re.compile(
    r"^(?:it|its|the city|the town|the district|the county|the region|the province)\b", re.I
)


CALENDAR = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)"
)
PUBLICATION = re.compile(r"\b(?:Newsletter|Bulletin|Edition|Issue|Minutes|Annual Report)\b")


PAIR_BEFORE = re.compile(
    r"(?:\bbetween\s+(?:the\s+)?(?:(?:towns|cities|municipalities) of\s+)?|\bwith\s+(?:the\s+)?|[,:]\s*)$",
    re.I,
)
PAIR_AFTER = re.compile(
    r",?\s+(?:have|has|had|are|were|will|would|signed|became|become|agreed|decided|formali[sz]ed|"
    r"established|forged|celebrat\w*|renewed|marked)\b"
)


def _split_and(doc: Doc, n: Span) -> list[Span]:
    """Returns "Twyford and Cuincy" as two names; a body's name ("Friends and Partners Club") stays."""
    value = str(n.value)
    if " and " not in value or set(value.lower().split()) & ORG_HEADS:
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
        if CALENDAR.fullmatch(str(n.value)) or PUBLICATION.search(str(n.value)):
            continue
        dated = sum(
            min(d.end, n.end) - max(d.start, n.start) for d in doc.spanning("date", n.start, n.end)
        )
        if (
            doc.overlapping("person", n.start, n.end)
            or _is_country(doc, n)
            or dated * 2 >= n.end - n.start
            or str(n.value) in _surnames(doc)
        ):
            continue
        n = _after_date(doc, n)
        n = _place_of_holder(doc, n)
        if out and doc.text[out[-1].end : n.start] == " (":
            continue  # "Harbin (P. R. China)": the bracket places the party
        if (
            _qualifier(doc, out, n)
            or _headline(doc, n)
            or REGION_NAME.fullmatch(str(n.value))
            or VENUE.search(str(n.value))
        ):
            continue
        if re.search(
            r"\b(?:agreement|memorandum|protocol|treaty|declaration|contract|mou|program|programme|day|week)\b"
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
                or _is_admin1(doc, n)
            )
        ):
            continue  # "Suifenhe City, Heilongjiang Province": the province only places the city
        out.append(n)
    return out


def _is_admin1(doc: Doc, n: Span) -> bool:
    """True for a name that is a state or province the gazetteer knows ("Adelanto, California")."""
    return any(
        p.start == n.start and p.end == n.end and p.data.get("kind") == "admin1"
        for p in doc.spanning("place", n.start, n.end)
    )


REGION_NAME = re.compile(
    r"(?:the\s+)?(?:Europe|Asia|Africa|Oceania|Scandinavia|the Caribbean|Caribbean|Middle East|"
    r"(?:Latin|North|South|Central) America|Asia[- ]Pacific|Eurasia)",
)


# Where a signing took place is not a party to it ("at Gwangju City Hall").
VENUE = re.compile(
    r"\b(?:Hall|Hotel|Palace|Stadium|Auditorium|Chambers?|Arena|Pavilion|Theatre|Theater|Square|"
    r"Church|Cathedral|Museum|Park|Gallery|Library|Temple|Shrine|Castle|Centre|Center)$"
)


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
    return bool(doc.in_range("place", n.start, n.end) or doc.at("country", n.start))


def _headline(doc: Doc, n: Span) -> bool:
    """True for a capitalized dateline or heading at a line start ("XI'AN, 17 May 2023 -")."""
    value = str(n.value)
    line_start = n.start == 0 or doc.text[n.start - 1] == "\n"
    return line_start and value.isupper() and len(value) > 3


def _is_country(doc: Doc, n: Span) -> bool:
    country = doc.at("country", n.start)
    rest = doc.text[country.end : n.end] if country else ""
    return bool(country and (n.end <= country.end or rest in ("'s", "’s")))


def _pairs_before(doc: Doc, names: list[Span]) -> list[tuple[Span, Span]]:
    """Returns the (A, B) pairs of "A and B, C and D signed ..."."""
    pairs: list[tuple[Span, Span]] = []
    k = 0
    while k + 1 < len(names):
        gap = doc.text[names[k].end : names[k + 1].start]
        if PAIR_GAP.fullmatch(gap):
            pairs.append((names[k], names[k + 1]))
            k += 2
        else:
            k += 1
    return pairs


def _hyphen_pair(doc: Doc, parties: list[Span], sent: Span) -> tuple[Span, Span] | None:
    """Returns (A, B) of "the A-B sister city relationship" when both halves are known places."""
    cue = scan.search(doc, TIE, sent.start, sent.end)
    for n in parties:
        value = str(n.value)
        if "-" not in value or cue is None or not 0 <= cue.start() - n.end <= 2:
            continue
        cut = n.start + value.index("-")
        a, b = Span(n.start, cut, n.label, value[: cut - n.start], n.data), None
        b = Span(cut + 1, n.end, n.label, value[cut - n.start + 1 :], n.data)
        if doc.in_range("place", a.start, a.end) and doc.in_range("place", b.start, b.end):
            return a, b
    return None


def _weak_mark(mark: re.Match[str], cue: re.Match[str] | None) -> bool:
    """True for "are"/"were" that do not follow the tie they would list ("its sister cities are")."""
    word = mark.group().strip().lower()
    return word in ("are", "were", "are the", "were the") and (
        cue is None or cue.end() > mark.start()
    )


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


def _focus(doc: Doc, before: int) -> Span | None:
    """Returns the place the report is about: its home city, else the one named most before."""
    home, _ = home_place(doc)
    if home:
        first = next((p for p in doc.get("place") if str(p.value) == home), None)
        if first is not None and first.start < before:
            return Span(first.start, first.end, "name", home, {"cls": "place"})
    counts: dict[str, list[Span]] = {}
    for n in _parties(doc, 0, before):
        if n.data.get("cls") in ("place", "name") and doc.in_range("place", n.start, n.end):
            counts.setdefault(str(n.value), []).append(n)
    if not counts:
        return None
    return max(counts.values(), key=len)[0]


def _context_pair(doc: Doc, before: int) -> tuple[Span, Span] | None:
    """Returns the last pair of places named together before `before` ("A and B", "A-B")."""
    found = None
    for sent in doc.sentences:
        if sent.start >= before:
            break
        pairs = _pairs_before(doc, [n for n in _parties(doc, sent.start, min(sent.end, before))])
        if pairs:
            found = pairs[-1]
    if found is None:  # "its Japanese sister city, Nagaizumi-cho": the report's own tie
        found = next(
            (
                pair
                for s in doc.sentences
                if s.end <= before
                for pair in [_own_partner(doc, s)]
                if pair
            ),
            None,
        )
    return found


def ties_in(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns the partnerships one sentence establishes or reports."""
    text = doc.text[sent.start : sent.end]
    kind = tie_type(text, doc, sent.start)
    linked = kind is None and _linked(doc, sent)
    ties = _ties_of(doc, sent, "sister_city" if linked else kind)
    if linked:
        ties = [t for t in ties if _both_places(doc, sent, t)]
    ties = [t for t in ties if t["type"] != "sister_city" or not _a_body(t)]
    if scan.search(doc, PROPOSED, sent.start, sent.end):
        return []  # "a letter proposing a sister city relationship": no tie yet
    if scan.search(doc, ENDED, sent.start, sent.end):
        return [t for t in ties if not _ended(doc, sent, t)]
    return ties


LINK_WORD = re.compile(
    r"\b(?:partnerships?|links?|relationships?|relations|ties|pairs|twinning|friendship)\b", re.I
)
PROPOSED = re.compile(
    r"\b(?:propos(?:e|es|ed|ing|al)|request(?:s|ed|ing)?|possibility of|feasibility|would like to|"
    r"declined|turned down)\b(?![^.;]{0,80}\bsigned\b)",
    re.I,
)


PLACE_BODIES = {"council", "government", "administration", "assembly", "office"}


def _a_body(tie: dict[str, Any]) -> bool:
    """True if a party of a sister-city tie is a body ("Ministry of Foreign Affairs"), no place."""
    for side in ("a", "b"):
        words = {w.lower().strip("’'") for w in tie[side]["name"].split()}
        if (words & ORG_HEADS) - PLACE_BODIES:
            return True
    return False


def _linked(doc: Doc, sent: Span) -> bool:
    """True for "A and B made their partnership official" in a report about sister cities."""
    if not scan.search(doc, LINK_WORD, sent.start, sent.end):
        return False
    key = ("sister report", -1)
    if key not in doc.cache:
        doc.cache[key] = scan.search(doc, TIE, 0, len(doc.text)) is not None
    return bool(doc.cache[key])


def _both_places(doc: Doc, sent: Span, tie: dict[str, Any]) -> bool:
    """True if both parties of a tie look like places: known to the gazetteer, or short names
    with no word of a body's name ("Bry", not "Dong-Eui University")."""
    key = ("place names", -1)
    if key not in doc.cache:
        doc.cache[key] = {str(p.value) for p in doc.get("place")}
    names: set[str] = doc.cache[key]
    for side in ("a", "b"):
        name = tie[side]["name"]
        words = [w.lower() for w in name.split()]
        if set(words) & ORG_HEADS or (len(words) > 3 and not any(n in name for n in names)):
            return False
    return True


ENDED = re.compile(
    r"\b(?:has|have|had)\s+(?:since\s+)?been\s+(?:ended|terminated|suspended|dissolved|discontinued|cancelled|canceled)"
    r"|\b(?:was|were)\s+(?:later\s+)?(?:ended|terminated|suspended|dissolved|discontinued)\b",
    re.I,
)


def _ended(doc: Doc, sent: Span, tie: dict[str, Any]) -> bool:
    """True for a tie the sentence says has ended ("a link with Reno, set up in 1973, has since been ended")."""
    text = doc.text[sent.start : sent.end]
    for side in ("a", "b"):
        name = tie[side]["name"]
        at = text.find(name)
        end = ENDED.search(text, max(0, at))
        if at >= 0 and end and not re.search(r"[;.]", text[at : end.start()]):
            return True
    return False


def _ties_of(doc: Doc, sent: Span, kind: str | None) -> list[dict[str, Any]]:
    """Returns the partnerships one sentence states, ended ones included."""
    out: list[dict[str, Any]] = []
    own = _own_partner(doc, sent)
    if own:
        since = SINCE.match(doc.text, max(own[0].end, own[1].end), sent.end)
        extra = {"since": since.group(1)} if since else {}
        # A visit to "its sister city" dates the visit; "B became A's sister city" dates the tie.
        visit = _becomes(doc, sent) is None and _apposed(doc, sent) is None
        out.append(_record(doc, "sister_city", *own, sent) | {"own": visit} | extra)
    if own and kind:
        # "Kochi is the fifth sister region of South Jeolla; its other four are A and B"
        named = {_norm(str(own[0].value)), _norm(str(own[1].value))}
        for a, b in _tie_pairs(doc, sent, kind):
            pair = {_norm(str(a.value)), _norm(str(b.value))}
            between = doc.text[own[1].end : b.start]
            if pair != named and b.start > own[1].end and OTHERS.search(between):
                out.append(_record(doc, kind, a, b, sent))
    elif kind:
        pairs = _tie_pairs(doc, sent, kind)
        for k, (a, b) in enumerate(pairs):
            # "The two mayors signed a memorandum": parties named only before the sentence
            context = max(a.start, b.start) < sent.start
            rec = _record(doc, kind, a, b, sent) | ({"context": True} if context else {})
            if len(pairs) > 1:
                rec.update(_item_date(doc, sent, pairs, k))
            out.append(rec)
    out.extend(_memberships(doc, sent))
    return out


def _item_date(doc: Doc, sent: Span, pairs: list[tuple[Span, Span]], k: int) -> dict[str, str]:
    """Returns {"since": date} of the k-th tie of a list: the date right after its partner
    ("with A in 1961"), else the nearest one before it ("in 1983 added a link with B")."""
    b = pairs[k][1]
    after_end = pairs[k + 1][1].start if k + 1 < len(pairs) else sent.end
    before_start = pairs[k - 1][1].end if k > 0 else sent.start
    before_start = max(before_start, doc.text.rfind(";", before_start, b.start) + 1)
    semicolon = doc.text.find(";", b.end, after_end)
    after = doc.in_range("date", b.end, semicolon if semicolon >= 0 else after_end)
    before = [d for d in doc.in_range("date", before_start, b.start)]
    found = after[0] if after else (before[-1] if before else None)
    if found is None or found.value is None or found.value.year is None:
        return {"undated": "1"}  # the list dates some ties, not this one
    iso = found.value.iso()[0]
    return {"since": iso} if iso else {"undated": "1"}


def _list_mark(doc: Doc, text: str, sent: Span, parties: list[Span]) -> re.Match[str] | None:
    """Returns the mark a list of partners follows; a lead-in label's colon ("A little history:",
    naming no party before it) is none."""
    for mark in LIST_MARK.finditer(text):
        if mark.group().strip() == ":" and not any(
            n.end <= sent.start + mark.start() for n in parties
        ):
            continue
        return mark
    return None


def _tie_pairs(doc: Doc, sent: Span, kind: str) -> list[tuple[Span, Span]]:
    text = doc.text[sent.start : sent.end]
    parties = _parties(doc, sent.start, sent.end)
    joined = _hyphen_pair(doc, parties, sent)
    if joined:
        return [joined]
    between = re.search(r"\bbetween\s+(?:the\s+)?", text)
    if between:
        after = [n for n in parties if n.start >= sent.start + between.end()]
        listed = _first_with_rest(doc, after)
        if listed:
            return listed
        pairs = _pairs_before(doc, after[:2])
        if pairs:
            return pairs
    joins = JOINS.search(text)
    if joins:
        pairs = _pairs_before(doc, [n for n in parties if n.start >= sent.start + joins.end()][:2])
        if pairs:
            return pairs
    mark = _list_mark(doc, text, sent, parties)
    cue = TIE.search(text) or SCHOOL.search(text) or AGREEMENT.search(text)
    cut = sent.start + (mark.start() if mark else (cue.start() if cue else len(text)))
    head = [n for n in parties if n.end <= cut]
    pairs = _pairs_before(doc, head)
    if pairs:
        return pairs
    if not head and len(_pairs_before(doc, parties)) >= 2 and LINK_WORD.search(text):
        return _pairs_before(doc, parties)  # "Other pairs include A and B, C and D"
    if mark and _weak_mark(mark, cue):
        mark = None  # "Plans ... were discussed": a verb, not a list of partners
    if mark:
        tail = [n for n in parties if n.start >= sent.start + mark.end()]
        subject = _clause_subject(doc, head) if head else None
        if head and IT_BEFORE.search(text[: mark.start()]):
            subject = head[0]  # "Colchester ... : it has been twinned with ..."
        if subject is None and (
            PRONOUN.search(text)
            or re.search(
                r"\b(?:its|their|our)\b|\bthe (?:city|town|district|county|shire|council)['’]s\b",
                text[: mark.start()],
                re.I,
            )
        ):
            subject = _focus(doc, sent.start)
        if subject is None and OF_OWNER.match(mark.group()) and len(tail) > 1:
            subject, tail = tail[0], tail[1:]  # "The sister cities of Murmansk are A and B"
        tail = _without_qualifiers(doc, tail)
        if subject is not None and tail:
            return [(subject, t) for t in tail if str(t.value) != str(subject.value)]
    signed_with = SIGNED_WITH.search(text)
    if signed_with and head:
        partner = [n for n in parties if n.start >= sent.start + signed_with.end()]
        if partner and partner[0].start - (sent.start + signed_with.end()) < 30:
            return [(_clause_subject(doc, head), partner[0])]
    if REFER.search(text):
        pair = _context_pair(doc, sent.end)
        if pair:
            return [pair]
    return []


QUALIFIES = re.compile(
    r",?\s+(?:the\s+)?(?:capital|seat|centre|center|a city|a town|a district)\s+of\s+(?:the\s+)?"
    r"|\s+(?:of|in)\s+(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?"
    r"(?:[A-Z][\w-]+['’]s\s+)?|,\s+"
)


QUALIFIES_ONLY = re.compile(
    r",?\s+(?:the\s+)?(?:capital|seat|centre|center|a city|a town|a district)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]+['’]s\s+)?"
)


def _without_qualifiers(doc: Doc, names: list[Span]) -> list[Span]:
    """Returns the names without those that only place the one before ("capital of Dornod")."""
    out: list[Span] = []
    for n in names:
        if out and QUALIFIES_ONLY.fullmatch(doc.text, out[-1].end, n.start):
            continue
        out.append(n)
    return out


def _clause_subject(doc: Doc, head: list[Span]) -> Span:
    """Returns who signed: the first of names chained by qualifiers ("Chuncheon, the capital of
    Gangwon Province", "Hailar District of Hulunbuir City in north China's Inner Mongolia")."""
    k = len(head) - 1
    while k > 0 and QUALIFIES.fullmatch(doc.text, head[k - 1].end, head[k].start):
        k -= 1
    return head[k]


OWN_TIE = re.compile(
    r"(?:\b(?:its|their|our)|(?P<owner>\b[A-Z][\w-]+)['’]s|\b(?:from|with|to|visit(?:ed|ing)?)\s+(?:the\s+)?[A-Z][a-z]+)"
    r"\s+(?:[\w-]+\s+)?(?:sister|twin|friendship|partner)[\s-]+"
    r"(?:city|town|province|county|district|state|prefecture|region),?\s+(?:of\s+)?(?:the\s+)?(?=[A-Z])",
    re.I,
)
FROM = re.compile(
    r"\b(?:from|of)\s+(?:the\s+)?(?:\w+\s+)?(?:city|town|county)?\s*(?:of\s+)?$", re.I
)


BECOMES = re.compile(
    r"\s+(?:thus\s+|now\s+)?(?:would be|will be|is|was|becomes|became|has become)\s+(?:the\s+)?"
    r"(?:(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:sister|twin|partner)[\s-]+(?:city|town|region|province|state|prefecture|county|district)"
    r"(?:\s+of\s+(?P<of>[A-Z]))?"
)


def _becomes(doc: Doc, sent: Span) -> tuple[Span, Span] | None:
    """Returns (A, B) of "B would be A's tenth sister city" / "B becomes the sister city of A"."""
    if not scan.may_match(doc, BECOMES, sent.start, sent.end):
        return None
    parties = _parties(doc, sent.start, sent.end)
    for b in parties:
        aside = APPOSITION.match(doc.text, b.end, sent.end)  # "Tiznit, a market town in Morocco,"
        m = BECOMES.match(doc.text, aside.end() if aside else b.end, sent.end)
        if m is None or not (m.group("owner") or m.group("of")):
            continue
        at = m.start("owner") if m.group("owner") else m.start("of")
        owner = next((n for n in parties if n.start == at), None)
        if owner is not None and str(owner.value) != str(b.value):
            return owner, b
    return None


APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;.()]{3,90}?,")
APPOSED = re.compile(
    r",\s+(?:(?:which|that|who)\s+(?:is|was|has been)\s+(?:twinned|paired|linked)\s+with\s+(?:the\s+)?(?P<with>[A-Z])"
    r"|(?:its|their|our)\s+(?:[\w-]+\s+)?(?:sister|twin|partner|friendship)[\s-]+(?:city|town)\b"
    # "Guilin, Hastings' sister city in China": the owner's name, then the tie
    r"|(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+)?"
    r"(?:sister|twin|partner|friendship)[\s-]+(?:city|town|region|province|state)\b)"
)
OWNS_IS = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:sister|twin|partner)[\s-]+(?:city|town)\s+(?:is|was|has been|became)\s+(?:the\s+)?(?=[A-Z])"
)


def _apposed(doc: Doc, sent: Span) -> tuple[Span, Span] | None:
    """Returns the tie of "Nancy, which is twinned with Karlsruhe", "Batesville, their sister city",
    "Whanganui's other sister city is Toowoomba"."""
    if not (
        scan.may_match(doc, APPOSED, sent.start, sent.end)
        or scan.may_match(doc, OWNS_IS, sent.start, sent.end)
    ):
        return None
    parties = _parties(doc, sent.start, sent.end)
    for k, n in enumerate(parties):
        m = APPOSED.match(doc.text, n.end, sent.end)
        if m and m.group("with"):
            other = next((x for x in parties if x.start == m.start("with")), None)
            if other is not None:
                return n, other
        elif m and m.group("owner"):
            start, end = m.start("owner"), m.end("owner")
            return Span(start, end, "name", doc.text[start:end], {"cls": "place"}), n
        elif m:
            owner = next(
                (
                    x
                    for x in parties[:k]
                    if FROM.search(doc.text[max(sent.start, x.start - 30) : x.start])
                ),
                None,
            )
            owner = owner or (parties[0] if k > 0 else None)
            if owner is not None:
                return owner, n
        possessive = str(n.value).endswith(("'s", "’s"))
        m = OWNS_IS.match(doc.text, n.end - 2 if possessive else n.end, sent.end)
        if m:
            other = next((x for x in parties if x.start == m.end()), None)
            if other is not None:
                return n, other
    return None


def _own_partner(doc: Doc, sent: Span) -> tuple[Span, Span] | None:
    """Returns (A, B) of "a delegation from A visited its sister city B"."""
    became = _becomes(doc, sent) or _apposed(doc, sent)
    if became:
        return became
    m = scan.search(doc, OWN_TIE, sent.start, sent.end)
    if not m:
        return None
    parties = _parties(doc, sent.start, sent.end)
    partner = next((n for n in parties if n.start == m.end()), None)
    before = [n for n in parties if n.end <= m.start()]
    if m.group("owner"):
        # "Manukau's sister city of Utsunomiya": the owner is the party.
        before = [n for n in parties if n.start <= m.start() < n.end + 1] or before
    if partner is None or not before:
        return None
    home = next(
        (n for n in before if FROM.search(doc.text[max(sent.start, n.start - 30) : n.start])),
        before[0],
    )
    return (home, partner) if str(home.value) != str(partner.value) else None


BIG_CITY = 500_000
SIGNED_WITH = re.compile(
    r"\b(?:signed|inked|concluded|reached|entered into|formali[sz]ed|forged|established|set up)\b"
    r"[^.;]{0,90}?\bwith\s+(?:the\s+)?",
    re.I,
)


def _record(doc: Doc, kind: str, a: Span, b: Span, sent: Span) -> dict[str, Any]:
    return {
        "type": kind,
        "a": _party(doc, a),
        "b": _party(doc, b),
        "date": None,
        "span": [sent.start, sent.end],
        "confidence": 0.7,
    }


def _memberships(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    text = doc.text
    out = []
    m = scan.search(doc, MEMBER_OF, sent.start, sent.end)
    if m:
        net = _network_at(doc, m.end(), sent)
        members = _parties(doc, m.start(1), m.end(1))
        tail = re.search(r"\b(?:including|namely|such as)\s+", text[m.end() : sent.end])
        if tail:
            members += _parties(doc, m.end() + tail.end(), sent.end)
        for mem in members:
            if net and mem is not net and not _is_count_word(mem):
                out.append(_record(doc, "membership", mem, net, sent))
    for j in scan.finditer(doc, JOINED, sent.start, sent.end):
        subject = _names(doc, sent.start, j.start())
        net = _network_at(doc, j.end(), sent)
        if subject and net:
            out.append(_record(doc, "membership", subject[-1], net, sent))
    listed = scan.search(doc, LISTED_MEMBERS, sent.start, sent.end)
    if listed and not m:
        net = _network_before(doc, sent)
        members = _parties(doc, listed.end(), sent.end)
        out.extend(
            _record(doc, "membership", mem, net, sent)
            for mem in members
            if net and mem.start != net.start
        )
    return out


def _network_before(doc: Doc, sent: Span) -> Span | None:
    """Returns the network a list of members belongs to: the last one named in the item so far."""
    item = doc.item_at(sent.start)
    start = item.start if item else max(0, sent.start - 1000)
    for n in reversed(_names(doc, start, sent.start)):
        words = str(n.value).lower().split()
        if words and words[-1] in NETWORK_HEADS and len(words) > 1:
            return _with_acronym(doc, n)
    return None


def _is_count_word(n: Span) -> bool:
    return str(n.value).lower() in ("network", "the network")


def _network_at(doc: Doc, pos: int, sent: Span) -> Span | None:
    """Returns the network named at pos; "the Network" refers back to one named earlier."""
    names = [n for n in _names(doc, pos, sent.end) if n.start - pos < 5]
    if names:
        n = names[0]
        if " " in str(n.value):
            return n
        word = str(n.value).lower()
        for prev in reversed(_names(doc, max(0, sent.start - 2000), pos)):
            if (
                prev.end <= pos
                and word in str(prev.value).lower()
                and len(str(prev.value)) > len(word)
            ):
                return _with_acronym(doc, prev)
        return n
    return None


def _with_acronym(doc: Doc, n: Span) -> Span:
    m = re.match(r"\s*\(([A-Z][A-Za-z0-9&-]{1,12})\)", doc.text[n.end : n.end + 20])
    if m:
        return Span(
            n.start, n.end + m.end(), "name", doc.text[n.start : n.end + m.end()], dict(n.data)
        )
    return n


def date_of(doc: Doc, sent: Span) -> str | None:
    """Returns the date of a tie: its sentence's date, else the event it was signed at."""
    from amity.extract.en.events import is_headline, sentence_date

    d = sentence_date(doc, sent)
    if d and scan.search(doc, ANNIVERSARY, sent.start, sent.end) and d.data.get("kind") == "rel":
        return None  # "the 20-year relationship will be celebrated this month": not its start
    if d:
        return d.value.iso()[0]
    if scan.search(doc, JUST_SIGNED, sent.start, sent.end):
        return _signed_later(doc, sent) or doc.published  # news: "A and B have signed ..."
    if doc.items and sent.end <= doc.items[0].end and is_headline(doc, doc.items[0], 0):
        return _signed_later(doc, sent, None)  # a headline: "A and B become twin cities"
    if not scan.search(doc, DEED_WORDS, sent.start, sent.end):
        return None  # "The other ten are ...": a list of ties, not a deed dated by an event
    best = None
    at_event = scan.search_in(doc, AT_EVENT, doc.text[sent.start : sent.end], sent.start)
    for ev, rec in zip(doc.get("event"), doc.records.get("events", []), strict=True):
        same_item = doc.item_at(ev.start) is doc.item_at(sent.start)
        if ev.start <= sent.start and (same_item or at_event):
            best = rec.get("start")
    return best


DEED_WORDS = re.compile(
    r"\b(?:sign\w*|agree\w*|establish\w*|formali[sz]\w*|memorand\w*|protocols?|inked|become|became|"
    r"forged|concluded|twinned|linked|joined|admitted|accepted|set up|renewed|members?)\b",
    re.I,
)
AT_EVENT = re.compile(
    r"\b(?:at|during|on)\s+the\s+(?:sub-forum|forum|ceremony|conference|summit|meeting)", re.I
)


ANNIVERSARY = re.compile(r"\banniversar|\bcelebrat|\b\d+-year\b|\byears? of\b", re.I)
JUST_SIGNED = re.compile(
    r"\b(?:have|has) (?:just |now |recently )?signed\b|\bsigned\b[^.]{0,80}\btoday\b", re.I
)
SIGNED_AGAIN = re.compile(
    r"\b(?:the|this|that|an?) (?:document|agreement|memorandum|accord|protocol|mou)\b[^.]{0,60}\b(?:was|were) signed\b",
    re.I,
)


def _signed_later(doc: Doc, sent: Span, within: int | None = 2) -> str | None:
    """Returns the date the next sentences give the signing ("The document was signed on 8 May")."""
    from amity.extract.en.events import sentence_date

    later = [s for s in doc.sentences if s.start >= sent.end][:within]
    for s in later:
        if scan.search(doc, SIGNED_AGAIN, s.start, s.end):
            d = sentence_date(doc, s)
            return d.value.iso()[0] if d else None
    return None


IT_BEFORE = re.compile(
    r"\b(?:it|the (?:city|town))\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+)?(?:also\s+)?(?:been\s+)?$",
    re.I,
)
LISTED_PLACE = re.compile(r"[A-Z][\w’'. -]{1,40}?\s+\((?:the\s+)?[A-Z][\w .'-]{1,30}\)")
OF_AFTER_TIE = re.compile(
    r"(?:sister|twin|partner|friendship)[\s-](?:cit(?:y|ies)|towns?)\s+of\s+(?=[A-Z])", re.I
)


def _listed_ties(doc: Doc, sent: Span, prev: Span | None) -> list[dict[str, Any]]:
    """Returns ties listed as "A (Country), B (Country)" right after a sentence about ties."""
    text = doc.text[sent.start : sent.end]
    if prev is None or scan.search_in(doc, TIE, text, sent.start):
        return []
    before = doc.text[prev.start : prev.end]
    if not scan.search_in(doc, TIE, before, prev.start) or len(LISTED_PLACE.findall(text)) < 2:
        return []
    of = OF_AFTER_TIE.search(before)
    named = _parties(doc, prev.start + of.end(), prev.end) if of else []
    subject = named[0] if named else next(iter(_parties(doc, prev.start, prev.end)), None)
    if subject is None:
        return []
    listed = [n for n in _parties(doc, sent.start, sent.end) if str(n.value) != str(subject.value)]
    return [_record(doc, "sister_city", subject, n, sent) for n in listed]


WITH_ITEM = re.compile(
    r"\W{0,3}(?:And\s+|and\s+)?[Ww]ith\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:town|city|village|municipality|district|county)\s+of\s+)?(?=[A-Z])"
)
LEADS_LIST = re.compile(
    r"\b(?:partnerships?|twinnings?|twin towns?|sister cities|partner (?:towns|cities)|twinned)\b[^.]*:\s*$",
    re.I,
)


Lead = tuple[Span, int]  # the owner of a list of partners, and sentences since its last item


def _with_items(doc: Doc, sent: Span, lead: Lead | None) -> list[dict[str, Any]]:
    """Returns the tie of an item "With the English town of Hitchin since 1958." under a lead."""
    if lead is None:
        return []
    m = WITH_ITEM.match(doc.text, sent.start, sent.end)
    partner = (
        next((n for n in _parties(doc, m.end(), sent.end) if n.start == m.end()), None)
        if m
        else None
    )
    return [_record(doc, "sister_city", lead[0], partner, sent)] if partner else []


def _list_lead(doc: Doc, sent: Span, lead: Lead | None) -> Lead | None:
    """Returns the owner of "Bingen maintains partnerships with six towns:" while its items go on."""
    if scan.search(doc, LEADS_LIST, sent.start, sent.end):
        owner = next(iter(_parties(doc, sent.start, sent.end)), None)
        return (owner, 0) if owner else None
    if lead is None:
        return None
    if WITH_ITEM.match(doc.text, sent.start, sent.end):
        return lead[0], 0
    # A remark between items ("Hitchin has a population of ...") keeps the list open once.
    return (lead[0], lead[1] + 1) if lead[1] < 1 else None


def partnerships(doc: Doc) -> Doc:
    """Fills the partnerships records."""
    out = []
    prev: Span | None = None
    lead: Lead | None = None
    for sent in doc.sentences:
        items = _with_items(doc, sent, lead)
        lead = _list_lead(doc, sent, lead)
        for rec in (items or ties_in(doc, sent)) + _listed_ties(doc, sent, prev):
            # A visit to "its sister city" dates the visit, not the tie.
            since = rec.pop("since", None)
            undated = rec.pop("undated", None) or rec.pop("own", False)
            rec["date"] = since or (None if undated else date_of(doc, sent))
            rec.pop("own", None)
            out.append(rec)
        prev = sent
    ties = _fold_context_agreements(merge_ties(out))
    signed = _tie_signing_date(doc)
    for tie in ties:
        _fill_countries(doc, tie)
        if signed and tie["type"] == "sister_city" and not tie["date"] and _is_news_tie(doc, tie):
            tie["date"] = signed
    doc.records["partnerships"] = ties
    return doc


def _tie_signing_date(doc: Doc) -> str | None:
    """Returns the date of the one signing event of a sister-city agreement the report tells."""
    dates = {
        rec["start"]
        for ev, rec in zip(doc.get("event"), doc.records.get("events", []), strict=True)
        if rec["type"] == "signing"
        and rec.get("start")
        and scan.search(doc, TIE, ev.start, ev.end) is not None
    }
    return dates.pop() if len(dates) == 1 else None


def _is_news_tie(doc: Doc, tie: dict[str, Any]) -> bool:
    """True for the tie a report is about: both parties named in its headline or first lines."""
    head = doc.text[: doc.items[1].end] if len(doc.items) > 1 else doc.text[:400]
    return all(tie[side]["name"].split()[0] in head for side in ("a", "b"))


def _fill_countries(doc: Doc, tie: dict[str, Any]) -> None:
    """Gives a party without a country its body's, or for bodies the report's own country."""
    from amity.extract.en.people import org_country

    # A network a member joins is often international: only the member is filled in.
    for side in ("a",) if tie["type"] == "membership" else ("a", "b"):
        party = tie[side]
        if party["country"] is None:
            party["country"] = org_country(party["name"])
        if party["country"] is None and tie["type"] != "sister_city":
            party["country"] = report_country(doc)


def _fold_context_agreements(ties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Returns the ties with "the two sides signed a memorandum" folded into their sister-city tie.

    Such a memorandum, between parties the report has tied without a date, is the tie's own
    document: it dates the tie rather than adding another.
    """
    sister = {_pair_key(t): t for t in ties if t["type"] == "sister_city"}
    out = []
    for tie in ties:
        first = sister.get(_pair_key(tie))
        if tie.pop("context", False) and tie["type"] == "agreement" and first and not first["date"]:
            first["date"] = tie["date"]
            continue
        out.append(tie)
    return out


def _pair_key(tie: dict[str, Any]) -> frozenset[str]:
    return frozenset(_norm(tie[k]["name"]) for k in "ab")


def merge_ties(ties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Returns the ties with restatements of one sister-city or school tie merged into the first.

    Agreements stay apart: two parties may sign several.
    """
    out: list[dict[str, Any]] = []
    seen: dict[tuple[str, frozenset[str]], dict[str, Any]] = {}
    for tie in ties:
        key = (tie["type"], frozenset(_norm(tie[k]["name"]) for k in "ab"))
        first = seen.get(key) if tie["type"] in ("sister_city", "school") else None
        if first is None:
            seen[key] = tie
            out.append(tie)
            continue
        first["date"] = first["date"] or tie["date"]
        for k in "ab":
            twin = tie["a"] if _norm(tie["a"]["name"]) == _norm(first[k]["name"]) else tie["b"]
            first[k]["country"] = first[k]["country"] or twin["country"]
    return out


def _norm(name: str) -> str:
    return re.sub(
        r"[’']s$|(?<=s)[’']$|\s+(?:city|town|county|district)$", "", name.strip(), flags=re.I
    ).lower()
